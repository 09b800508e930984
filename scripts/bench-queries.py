#!/usr/bin/env python3
"""p50 (whole process, RUNS runs) of every canned question, on a kbctl database.

The catalogue's questions with names the seed has, plus the same questions about the entities the
database mentions most (the person who speaks most, the most mentioned country), and `search`.
Each question asks for 100 rows (`--limit 100`: what a table shows by default; JSON has every row unless
limited), in JSON, so that the time is the query's and not the terminal's.

Usage: scripts/bench-queries.py KBCTL DB [RUNS]   (default 5 runs)
"""
import sqlite3, statistics, subprocess, sys, time

kbctl, db = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
speaker = c.execute("SELECT e.name FROM statements s JOIN entities e ON e.id = s.speaker_entity_id WHERE s.id % 50 = 0 "
                    "GROUP BY e.id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
country = c.execute("SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.id % 500 = 0 AND e.type = 'COUNTRY' "
                    "GROUP BY e.id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
c.close()
questions = [("query", q) for q in [
    "who threatens whom", "who opposes whom", f"who threatens {country}", "whom does Iran threaten", "who said what",
    "what did Rogozin say", f"what did {speaker} say", "quotes", "who is Daalder", f"who is {speaker}", "about NATO",
    f"who is {country}", "who is ambassador", "who is who", "entities of type person", "timeline", f"{country} threaten ?",
]] + [("search", "missile defence"), ("search", "Rogozin")]
print(f"p50 of {runs} runs, whole process ({kbctl} on {db}; load {open('/proc/loadavg').read().split()[0]}):")
for command, q in questions:
    times = []
    for _ in range(runs):
        t = time.monotonic()
        p = subprocess.run([kbctl, command, "--db", db, q, "--format", "json", "--limit", "100"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        times.append(time.monotonic() - t)
    note = f"  (exit {p.returncode}: {p.stderr.decode().strip()[:80]})" if p.returncode else ""
    print(f"  {statistics.median(times) * 1000:6.0f} ms  {command} {q!r}{note}", flush=True)
