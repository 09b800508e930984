#!/usr/bin/env bash
# Ingest throughput in release: N copies of the seed article (each made unique), one database.
# Usage: scripts/bench.sh [N]   (default 1000). Prints documents per second and MB per second.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
swift build -c release >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for i in $(seq 1 "$n"); do
  { cat seeds/*.txt; printf '\n\nArticle %s of the benchmark.\n' "$i"; } > "$dir/a$i.txt"
done
bytes=$(du -sb "$dir" | cut -f1)
start=$(date +%s.%N)
.build/release/kbctl ingest --quiet --db "$dir/bench.db" "$dir"
end=$(date +%s.%N)
python3 - "$n" "$bytes" "$start" "$end" <<'PY'
import sys
n, b, s, e = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
t = e - s
print(f"{n} documents, {b / 1e6:.1f} MB in {t:.1f} s: {n / t:.0f} documents/s, {b / 1e6 / t:.2f} MB/s")
PY
