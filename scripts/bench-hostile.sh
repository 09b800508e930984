#!/usr/bin/env bash
# Hostile inputs in release (issue 17): 1 MB Markdown files made of the runs that were quadratic,
# and `kbctl check` on a database holding one 4 MB document. Prints the seconds each took.
# Usage: scripts/bench-hostile.sh   (KB_NO_BUILD=1 to use the release binary already built)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${KB_NO_BUILD:-}" ] || swift build -c release >/dev/null
kbctl=.build/release/kbctl
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); python3 -c "print(f'{$e - $s:.2f}')"; }
for unit in '[' ' _a' '*a ' '[a](' '![' '**a'; do
  python3 - "$dir/in.md" "$unit" <<'PY'
import sys
path, unit = sys.argv[1], sys.argv[2]
open(path, "w").write(unit * ((1 << 20) // len(unit)) + "\n\nText.")
PY
  rm -f "$dir/md.db"*
  printf '1 MB of %-6s as Markdown: ingest %s s\n' "'$unit'" "$(seconds "$kbctl" ingest --quiet --db "$dir/md.db" "$dir/in.md")"
done
python3 - "$dir/big.txt" <<'PY'
import sys
sentence = "Le ministre a déclaré à l’agence que la paix était proche, et Peru said it would talk. "
open(sys.argv[1], "w").write(sentence * ((4 << 20) // len(sentence.encode())))
PY
printf 'one 4 MB document: ingest %s s, ' "$(seconds "$kbctl" ingest --quiet --max-size 8 --db "$dir/big.db" "$dir/big.txt")"
printf 'check %s s\n' "$(seconds "$kbctl" check --db "$dir/big.db")"
"$kbctl" check --db "$dir/big.db" --format csv | grep -c ',ok,' | xargs printf '%s checks ok\n'
