#!/usr/bin/env python3
"""A large kbctl database in minutes: ingest a few hundred varied articles, then copy their rows.

Ingest runs at ~150 articles/s on a 2-core machine, so 100,000 articles would take hours. Query
speed depends on how many rows the tables hold and how often the same entities recur, not on
whether every article is new text, so this script:
  1. writes VARIANTS variants of the seed articles (names of countries, capitals, people and
     organisations swapped from small invented lists, so entities recur unevenly, as in an archive);
  2. ingests them with kbctl (the real extraction: every row is one kbctl wrote);
  3. copies documents, sentences, mentions, statements, relations and roles with new ids until the
     database holds TARGET documents: entities and aliases stay shared, each copy gets unique
     document hashes and its own publication dates, and the full-text index is rebuilt once.

The copy reads the column lists from the database, so it follows schema changes that keep the
id columns' names (id, document_id, sentence_id, statement_id); a table without document_id
(mentions, since 0009) is copied by its sentences.

Usage: scripts/bench-100k.py KBCTL OUT.db [TARGET] [VARIANTS]   (default 100000 documents, 300 variants)
"""
import glob, os, random, re, sqlite3, subprocess, sys, tempfile, time

COUNTRIES = [  # (country, adjective, capital): all in kbctl's gazetteer
    ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"), ("India", "Indian", "New Delhi"),
    ("Turkey", "Turkish", "Ankara"), ("Brazil", "Brazilian", "Brasília"), ("France", "French", "Paris"),
    ("Japan", "Japanese", "Tokyo"), ("Iran", "Iranian", "Tehran"), ("Pakistan", "Pakistani", "Islamabad"),
    ("Egypt", "Egyptian", "Cairo"), ("Germany", "German", "Berlin"), ("Israel", "Israeli", "Jerusalem"),
]
ORGANIZATIONS = ["NATO", "the European Union", "the African Union", "ASEAN", "the United Nations"]
FIRST = ["Pavel", "Marta", "Oskar", "Lena", "Tomas", "Irina", "Victor", "Nadia", "Anton", "Greta"]
LAST = ["Varenko", "Holmqvist", "Dunmore", "Castellan", "Brightwater", "Okonjo", "Feldhaus", "Marrow", "Ilves", "Quintero"]
PEOPLE = ["Dmitry Rogozin", "Ivo Daalder", "Dmitry Medvedev"]  # the seed's speakers, replaced in variants


def variant(text, i):
    """Variant 0 is the text itself; the others swap one country, the alliance and the speakers."""
    if i == 0:
        return text
    rnd = random.Random(i)
    # Zipf: the k-th entry of a list comes up 1/k as often as the first (the top person of 100
    # speaks in about a fifth of the articles, as a head of state does in an archive).
    pick = lambda xs: rnd.choices(xs, weights=[1 / (k + 1) for k in range(len(xs))])[0]
    country, adjective, capital = pick(COUNTRIES)
    swaps = {"Russia": country, "Russian": adjective, "Moscow": capital, "NATO": pick(ORGANIZATIONS)}
    people = [f"{first} {last}" for last in LAST for first in FIRST]
    for person in PEOPLE:
        name = pick(people)
        swaps[person] = name
        swaps[person.split()[-1]] = name.split()[-1]
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, swaps), key=len, reverse=True)) + r")\b")
    # A sentence with a full date of its own, for the timeline.
    month = ["January", "March", "May", "July", "September", "November"][i % 6]
    dated = f"On {month} {1 + i % 28}, {2000 + i % 25}, {country} warned {pick(COUNTRIES)[0]} of consequences."
    return pattern.sub(lambda m: swaps[m.group(1)], text) + f"\n\n{dated}\n\nVariant {i} of the benchmark.\n"


def ingest(kbctl, db, variants):
    seeds = [open(p, encoding="utf-8").read() for p in sorted(glob.glob("seeds/*.txt"))]
    with tempfile.TemporaryDirectory() as corpus:
        for i in range(variants):
            with open(os.path.join(corpus, f"v{i:04d}.txt"), "w", encoding="utf-8") as f:
                f.write(variant(seeds[i % len(seeds)], i // len(seeds)))
        subprocess.run([kbctl, "ingest", "--quiet", "--db", db, corpus], check=True)


OFFSET_COLUMNS = {"id", "document_id", "sentence_id", "statement_id"}


def replicate(db, target):
    c = sqlite3.connect(db, isolation_level=None)
    c.execute("PRAGMA journal_mode = OFF")  # a generated file: nothing to recover
    c.execute("PRAGMA synchronous = OFF")
    c.execute("PRAGMA cache_size = -400000")
    base = c.execute("SELECT count(*), max(id) FROM documents").fetchone()
    if base[0] != base[1]:
        sys.exit("bench-100k: the ingested documents' ids are not 1…n")
    docs = base[0]
    tables = ["documents", "sentences", "mentions", "statements", "relations", "roles"]
    top = {t: c.execute(f"SELECT max(id) FROM {t}").fetchone()[0] or 0 for t in tables}
    columns = {t: [r[1] for r in c.execute(f"PRAGMA table_info({t})")] for t in tables}
    offset_of = {"id": None, "document_id": "documents", "sentence_id": "sentences", "statement_id": "statements"}
    c.execute("BEGIN")
    c.execute("DROP TRIGGER sentences_fts_insert")  # the index is rebuilt once at the end
    copy = 1
    while copy * docs < target:
        last = min(docs, target - copy * docs)
        for t in tables:
            exprs = []
            for col in columns[t]:
                if col in OFFSET_COLUMNS:
                    ref = t if col == "id" else offset_of[col]
                    exprs.append(f"{col} + {copy} * {top[ref]}")
                elif t == "documents" and col == "sha256":
                    exprs.append(f"substr(sha256, 1, 56) || printf('%08x', {copy})")
                elif t == "documents" and col == "published":
                    exprs.append(f"date('2000-01-01', '+' || (({copy} * {docs} + id) % 9000) || ' days')")
                else:
                    exprs.append(col)
            if t == "documents":
                of_document = f"id <= {last}"
            elif "document_id" in columns[t]:
                of_document = f"document_id <= {last}"
            else:  # mentions reach their document through their sentence (0009)
                of_document = f"sentence_id IN (SELECT id FROM sentences WHERE document_id <= {last} AND id <= {top['sentences']})"
            c.execute(f"INSERT INTO {t} ({', '.join(columns[t])}) SELECT {', '.join(exprs)} FROM {t} "
                      f"WHERE {of_document} AND id <= {top[t]}")
        copy += 1
        if copy % 20 == 0:
            print(f"  {copy * docs} documents", file=sys.stderr)
    c.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
    c.execute("COMMIT")
    c.close()
    return docs


def main():
    kbctl, out = sys.argv[1], sys.argv[2]
    target = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
    variants = int(sys.argv[4]) if len(sys.argv) > 4 else 300
    if os.path.exists(out):
        os.remove(out)
    t = time.monotonic()
    ingest(kbctl, out, variants)
    t_ingest = time.monotonic() - t
    src = sqlite3.connect(out)
    trigger = src.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'sentences_fts_insert'").fetchone()[0]
    src.close()
    replicate(out, target)
    c = sqlite3.connect(out)
    c.execute(trigger)  # back exactly as the migrations made it
    # No ANALYZE: kbctl never runs it, so plans here are the ones a user's database gets.
    c.commit()
    counts = c.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM mentions), "
                       "(SELECT count(*) FROM statements), (SELECT count(*) FROM relations), (SELECT count(*) FROM entities)").fetchone()
    c.close()
    print(f"generated {out}: {counts[0]} documents, {counts[1]} sentences, {counts[2]} mentions, {counts[3]} statements, "
          f"{counts[4]} relations, {counts[5]} entities; {os.path.getsize(out) / 1e9:.1f} GB; "
          f"ingest of {variants} variants {t_ingest:.0f} s, copies {time.monotonic() - t - t_ingest:.0f} s")


if __name__ == "__main__":
    main()
