#!/usr/bin/env bash
# Shards against one ingest, in release: N unique copies of the seed (as scripts/bench.sh makes
# them), ingested once into one database, then as S shards in S parallel processes merged with
# 'kbctl merge'. Prints the three times and checks that both databases hold the same rows by key.
# Usage: scripts/bench-shards.sh [N] [S]   (default 4000 articles, 4 shards; KBCTL=binary skips the build)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-4000} s=${2:-4}
kbctl=${KBCTL:-}
if [ -z "$kbctl" ]; then swift build -c release >/dev/null; kbctl=$PWD/.build/release/kbctl; fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/news"
for i in $(seq 1 "$n"); do
  { cat seeds/*.txt; printf '\n\nArticle %s of the benchmark.\n' "$i"; } > "$dir/news/a$i.txt"
done
now() { date +%s.%N; }
t0=$(now)
"$kbctl" ingest --quiet --db "$dir/one.db" "$dir/news"
t1=$(now)
find "$dir/news" -name '*.txt' | LC_ALL=C sort | split -n "r/$s" -d - "$dir/list."
for list in "$dir"/list.*; do
  xargs -d '\n' -a "$list" "$kbctl" ingest --quiet --db "$dir/shard.${list##*.}.db" &
done
wait
t2=$(now)
"$kbctl" merge --quiet --db "$dir/merged.db" "$dir"/shard.*.db
t3=$(now)
python3 - "$dir/one.db" "$dir/merged.db" "$n" "$s" "$t0" "$t1" "$t2" "$t3" <<'PY'
import sqlite3, sys
one, merged, n, s = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
t0, t1, t2, t3 = map(float, sys.argv[5:9])
def rows(path):
    c = sqlite3.connect(path)
    return {v: sorted(c.execute(f"SELECT {k} FROM {v}").fetchall()) for v, k in
            [("v_documents", "document_key"), ("v_entities", "entity_key, mentions"), ("v_relations", "relation_key, subject, object"),
             ("v_statements", "statement_key, speaker"), ("v_roles", "role_key, person"), ("v_mentions", "mention_key, entity_key")]}
same = rows(one) == rows(merged)
print(f"{n} articles: one ingest {t1 - t0:.1f} s; {s} shards in parallel {t2 - t1:.1f} s + merge {t3 - t2:.1f} s "
      f"= {t3 - t1:.1f} s; merge / one ingest = {(t3 - t2) / (t1 - t0):.3f}; same rows by key: {same}")
PY
