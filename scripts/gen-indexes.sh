#!/bin/sh
# Compiles what the start-up would otherwise compile from text at every run:
#   Sources/KB/Lexicons/entities.index  the entity lexicons (words, countries, organizations,
#       places, weapons, documents, people and the generated phoenix-* and geo-* files);
#   Sources/KB/Lexicons/tagger.index    the tagger's weights (tagger.tagger).
#
# Run it after changing any of those files or the code that reads them (Knowledge+Entities.swift,
# Knowledge+Actors.swift, the tokenizer, PlainName, TaggerModel): EntityIndexTests and
# TaggerIndexTests fail until you do. Until then kbctl still works: it sees a stale index and
# compiles the text at each start instead.
set -eu
cd "$(dirname "$0")/.."
KB_UPDATE_INDEX=1 swift test --filter 'EntityIndexTests/indexMatchesTheLexicons|TaggerIndexTests/indexMatchesTheModel' 2>&1 | grep -E 'error|passed|failed' || true
for f in entities tagger; do
    test -s "Sources/KB/Lexicons/$f.index"
    echo "wrote Sources/KB/Lexicons/$f.index ($(wc -c < "Sources/KB/Lexicons/$f.index") bytes)"
done
echo "build again to embed them"
