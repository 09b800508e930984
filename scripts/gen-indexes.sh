#!/bin/sh
# Compiles the built-in entity lexicons (Sources/KB/Lexicons: words, countries, organizations,
# places, weapons, documents, people and the generated phoenix-* and geo-* files) into
# Sources/KB/Lexicons/entities.index, which the start-up reads instead of compiling them.
#
# Run it after changing any of those files or the code that compiles them (Knowledge+Entities.swift,
# Knowledge+Actors.swift, the tokenizer, PlainName): `EntityIndexTests` fails until you do. Until
# then kbctl still works: it sees the stale index and compiles the lexicons from text at each start.
set -eu
cd "$(dirname "$0")/.."
KB_UPDATE_INDEX=1 swift test --filter 'EntityIndexTests/indexMatchesTheLexicons' 2>&1 | grep -E 'error|passed|failed' || true
test -s Sources/KB/Lexicons/entities.index
echo "wrote Sources/KB/Lexicons/entities.index ($(wc -c < Sources/KB/Lexicons/entities.index) bytes); build again to embed it"
