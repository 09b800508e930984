#!/usr/bin/env bash
# Ingest throughput in release, in one run:
#   * sentences/s (and documents/s) with --jobs 1 and --jobs 2, each into an empty database;
#   * peak RSS of each ingest;
#   * database size / text size;
#   * the "schema floor": kbctl's own rows copied into an empty database of the same schema with
#     INSERT … SELECT in one transaction (what storing costs at best), and sqlite3's FTS5 load of
#     the bare text; kbctl's time as a multiple of each;
#   * with --queries, the p50 (5 runs, whole process) of each canned question on the database;
#   * with --queries-100k, the same on a generated 100,000-article database (scripts/bench-100k.py:
#     a few hundred varied articles ingested, their rows copied; about 2 minutes and 4 GB).
#
# Usage: scripts/bench.sh [N] [--queries] [--queries-100k]
#   N        copies of the seed article, each made unique (default 1000)
#   CORPUS=DIR   ingest the articles in DIR instead
#   KBCTL=PATH   measure that binary (e.g. an older build) instead of building this tree's
#   BENCH_100K_DB=PATH   keep the generated database there, and reuse it when it exists
set -euo pipefail
cd "$(dirname "$0")/.."
n=1000
queries=0
queries_100k=0
for arg in "$@"; do
  case "$arg" in
    --queries) queries=1 ;;
    --queries-100k) queries_100k=1 ;;
    *) n=$arg ;;
  esac
done
if [ -z "${KBCTL:-}" ]; then
  swift build -c release >/dev/null
  KBCTL=.build/release/kbctl
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
corpus=${CORPUS:-$dir/corpus}
if [ -z "${CORPUS:-}" ]; then
  mkdir -p "$corpus"
  for i in $(seq 1 "$n"); do
    { cat seeds/*.txt; printf '\n\nArticle %s of the benchmark.\n' "$i"; } > "$corpus/a$i.txt"
  done
fi

# Runs a command; prints its wall time in seconds and its peak RSS in KB.
measure() {
  python3 - "$@" <<'PY'
import resource, subprocess, sys, time
t = time.monotonic()
subprocess.run(sys.argv[1:], check=False, stdout=subprocess.DEVNULL)
wall = time.monotonic() - t
print(f"{wall:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}")
PY
}

jobs_list="1 2"
"$KBCTL" ingest --help 2>&1 | grep -q -- '--jobs' || jobs_list="none"
results=()
for j in $jobs_list; do
  db="$dir/bench-$j.db"
  if [ "$j" = none ]; then args=(); else args=(--jobs "$j"); fi
  results+=("$j $(measure "$KBCTL" ingest --quiet "${args[@]}" --db "$db" "$corpus")")
  last_db=$db
done

# The schema floor: an empty database of the same schema (kbctl creates it; the input is refused).
"$KBCTL" ingest --quiet --db "$dir/floor.db" /dev/null 2>/dev/null || true

python3 - "$last_db" "$dir/floor.db" "$dir/fts.db" "${results[@]}" <<'PY'
import os, sqlite3, sys, time
src, floor, fts = sys.argv[1:4]
runs = [r.split() for r in sys.argv[4:]]
c = sqlite3.connect(src)
sentences, documents = c.execute("SELECT (SELECT count(*) FROM sentences), (SELECT count(*) FROM documents)").fetchone()
# v_documents: the text is stored once, in the sentences (migration 0009).
text_bytes = c.execute("SELECT sum(length(CAST(text AS BLOB))) FROM v_documents").fetchone()[0]
texts = [r[0] for r in c.execute("SELECT text FROM v_documents ORDER BY document_id")]
c.close()

f = sqlite3.connect(floor, isolation_level=None)
f.execute("PRAGMA foreign_keys = ON")
f.execute("ATTACH ? AS src", (src,))
t = time.monotonic()
f.execute("BEGIN")
for table in ["documents", "sentences", "entities", "aliases", "mentions", "statements", "relations", "roles"]:
    f.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
f.execute("COMMIT")
floor_s = time.monotonic() - t
f.close()

g = sqlite3.connect(fts, isolation_level=None)
g.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'porter unicode61')")
t = time.monotonic()
g.execute("BEGIN")
g.executemany("INSERT INTO t(text) VALUES (?)", ((x,) for x in texts))
g.execute("COMMIT")
fts_s = time.monotonic() - t
g.close()

db_bytes = os.path.getsize(src)
print(f"corpus: {documents} documents, {sentences} sentences, {text_bytes / 1e6:.1f} MB of text")
for jobs, wall, rss in runs:
    wall = float(wall)
    label = "default" if jobs == "none" else f"--jobs {jobs}"
    print(f"ingest {label:>9}: {wall:6.2f} s  {sentences / wall:8.0f} sentences/s  {documents / wall:6.0f} documents/s  "
          f"peak RSS {int(rss) / 1024:.0f} MB  ({wall / floor_s:.1f}x the schema floor, {wall / fts_s:.0f}x sqlite3's FTS5 load)")
if len(runs) == 2:
    print(f"--jobs 2 / --jobs 1: {float(runs[0][1]) / float(runs[1][1]):.2f}x")
print(f"schema floor (INSERT … SELECT of the same rows, one transaction): {floor_s:.2f} s; sqlite3 FTS5 load of the text: {fts_s:.2f} s")
print(f"database {db_bytes / 1e6:.1f} MB = {db_bytes / text_bytes:.2f}x the text")
PY

if [ "$queries" = 1 ]; then
  echo "canned questions on the $n-article database:"
  python3 scripts/bench-queries.py "$KBCTL" "$last_db"
fi

if [ "$queries_100k" = 1 ]; then
  big=${BENCH_100K_DB:-$dir/100k.db}
  [ -f "$big" ] || python3 scripts/bench-100k.py "$KBCTL" "$big" 100000
  # A database an older kbctl generated is brought to this one's schema first.
  "$KBCTL" ingest --quiet --db "$big" - </dev/null 2>/dev/null || true
  echo "canned questions on the 100,000-article database:"
  python3 scripts/bench-queries.py "$KBCTL" "$big"
fi
