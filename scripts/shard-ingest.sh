#!/usr/bin/env bash
# Ingests a folder of articles as N shards in N parallel processes, then merges them into OUT.
# Usage: scripts/shard-ingest.sh N FOLDER OUT [INGEST-OPTION...]
#   INGEST-OPTIONs go to every 'kbctl ingest' (e.g. --lexicon DIR); without --lexicon, a 'lexicons'
#   folder next to OUT is used, as 'kbctl ingest --db OUT' would.
#   KBCTL names the binary (default: kbctl on PATH, else this checkout's release, else debug build).
# OUT ends up with the same rows by key as 'kbctl ingest --db OUT FOLDER'. The same split works
# under any batch runner: each shard is 'kbctl ingest --db SHARD FILES…' on its own list, and
# 'kbctl merge --db OUT SHARD…' folds them wherever they were built.
# Exit code: 0 when every article was ingested, 2 when some were skipped, 1 on failure.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 N FOLDER OUT [INGEST-OPTION...]" >&2
  exit 1
fi
n=$1 folder=${2%/} out=$3
shift 3
case $n in '' | *[!0-9]* | 0) echo "$0: N must be a whole number of shards, 1 or more (got '$n')" >&2; exit 1 ;; esac
[ -d "$folder" ] || { echo "$0: '$folder' is not a folder of articles" >&2; exit 1; }

here=$(cd "$(dirname "$0")/.." && pwd)
kbctl=${KBCTL:-$(command -v kbctl || true)}
for candidate in "$here/.build/release/kbctl" "$here/.build/debug/kbctl"; do
  [ -n "$kbctl" ] || { [ -x "$candidate" ] && kbctl=$candidate; } || true
done
[ -n "$kbctl" ] || { echo "$0: no kbctl found: put it on PATH, set KBCTL, or run 'swift build -c release'" >&2; exit 1; }

options=("$@")
outdir=$(dirname "$out")
if [[ " ${options[*]-} " != *" --lexicon"* ]] && [ -d "$outdir/lexicons" ]; then options+=(--lexicon "$outdir/lexicons"); fi

# Shards live next to OUT (same disk, and no other user's /tmp), removed at the end.
work=$(mktemp -d "$outdir/.kbctl-shards.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The files 'kbctl ingest FOLDER' reads, named as it names them (so 'source' agrees), dealt round-robin.
find "$folder" -type f \( -iname '*.txt' -o -iname '*.text' -o -iname '*.md' -o -iname '*.markdown' -o -iname '*.html' -o -iname '*.htm' \) \
  ! -name '.*' | LC_ALL=C sort > "$work/all"
split -n "r/$n" -d -a 4 "$work/all" "$work/list."

# One ingest per shard, all at once. xargs runs ingest again for more files than one command line
# holds (each run adds to the shard); an ingest that skipped some articles (exit 2, reported on
# stderr) leaves a mark instead of stopping its shard.
export SKIPPED="$work/skipped"
pids=()
for list in "$work"/list.*; do
  shard="$work/shard.${list##*.}.db"
  xargs -r -d '\n' -a "$list" sh -c '"$0" "$@"; c=$?; [ "$c" = 2 ] && : > "$SKIPPED" && c=0; exit "$c"' \
    "$kbctl" ingest --quiet --db "$shard" ${options[@]+"${options[@]}"} &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || { echo "$0: a shard's ingest failed (exit $?); see its message above" >&2; exit 1; }
done
status=0
[ -e "$work/skipped" ] && status=2
shards=("$work"/shard.*.db)
[ -e "${shards[0]}" ] || { echo "$0: no article files under '$folder'" >&2; exit 1; }
"$kbctl" merge --db "$out" "${shards[@]}"
exit "$status"
