#!/usr/bin/env python3
"""Generate Sources/KB/Lexicons/spelling.tsv, the US/UK spelling pairs `kbctl search` folds.

Usage: python3 scripts/gen-spelling.py [SDIST]

Input: the sdist of PyPI `breame` 0.1.2 (Apache-2.0), its `breame/data/spelling_constants.py`
(BRITISH_ENGLISH_SPELLINGS and AMERICAN_ENGLISH_SPELLINGS). Without SDIST the script runs
`pip download --no-deps breame==0.1.2` into a temporary folder. The archive's sha256 is checked,
and the file is read as data (ast.literal_eval), never imported.
Output: one row per pair, sorted; rerunning rewrites the same bytes.
Pairs in DROPPED are left out: each spelling there is also a different, common word on the other
side of the Atlantic, and searching one would find the other's unrelated sense.
"""
import ast
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_tsv import write_tsv  # noqa: E402

OUT = os.path.join(ROOT, "Sources", "KB", "Lexicons", "spelling.tsv")
SDIST = "breame-0.1.2.tar.gz"
SHA256 = "b6a2cbb390743ab0d7551a4a2ad1bcb7f3126b2d0f5bfa14ae0b4ddb990d8fa6"
MEMBER = "breame-0.1.2/breame/data/spelling_constants.py"
# (uk, us) pairs whose one side is another common word: "tire" (to tire), "draft" (a draft text),
# "practice"/"license" (UK nouns), "program" (UK computing), "check" (to check), "curb" (to curb),
# "story" (a news story), "meter" (a gas meter).
DROPPED = {
    ("tyre", "tire"), ("tyres", "tires"), ("draught", "draft"), ("draughts", "drafts"),
    ("practise", "practice"), ("practised", "practiced"), ("practises", "practices"), ("practising", "practicing"),
    ("licence", "license"), ("licences", "licenses"), ("programme", "program"), ("programmes", "programs"),
    ("cheque", "check"), ("cheques", "checks"), ("kerb", "curb"), ("kerbs", "curbs"),
    ("storey", "story"), ("storeys", "stories"), ("metre", "meter"), ("metres", "meters"),
}


def sdist_path(argv):
    if len(argv) > 1:
        return argv[1]
    folder = tempfile.mkdtemp(prefix="kbctl-breame-")
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                    "breame==0.1.2", "-d", folder], check=True)
    return os.path.join(folder, SDIST)


def pairs(path):
    import hashlib
    data = open(path, "rb").read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        sys.exit(f"{path}: sha256 {digest}, expected {SHA256}; not the pinned breame 0.1.2")
    with tarfile.open(path) as tar:
        source = tar.extractfile(MEMBER).read().decode("utf-8")
    found = set()
    for node in ast.parse(source).body:
        name = node.targets[0].id
        table = ast.literal_eval(node.value)
        for a, b in table.items():
            uk, us = (a, b) if name == "BRITISH_ENGLISH_SPELLINGS" else (b, a)
            if uk != us and " " not in uk + us and (uk, us) not in DROPPED:
                found.add((uk.lower(), us.lower()))
    return sorted(found)


def main(argv):
    rows = pairs(sdist_path(argv))
    header = [
        "# US and UK spellings of one word: `kbctl search` looks for both (defence finds defense).",
        "# source: PyPI breame 0.1.2 (breame/data/spelling_constants.py), sha256 " + SHA256,
        "# licence: Apache-2.0 (Copyright Charles Pierse)",
        "# generated-by: scripts/gen-spelling.py; do not edit: edit the script",
        "# known problems: word forms only as listed (no -ize/-ise rule: size, prize, advise, tour/four would",
        "#   break it); a few pairs whose one side is another word are dropped (tyre/tire, draught/draft,",
        "#   practise/practice, licence/license, programme/program, cheque/check, kerb/curb, storey/story,",
        "#   metre/meter: see DROPPED in the script); the list mixes -ise and -ize UK forms as breame does.",
        "# kind: spelling",
        "# columns: uk\tus",
    ]
    write_tsv(OUT, header, rows)


if __name__ == "__main__":
    main(sys.argv)
