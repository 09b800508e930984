#!/usr/bin/env python3
"""Generate Sources/KB/Lexicons/html-entities.tsv, the named character references HTMLStripper decodes.

Usage: python3 scripts/gen-html-entities.py

Input: `html.entities.html5` of the running Python's standard library, which is the WHATWG HTML
named character reference table. Output: one row per name that ends in ';' (`&Eacute;`), the name
without its ';' and the code points it stands for in hex (one or two; written as numbers because
some are tabs, line feeds or invisible). Sorted by name; rerunning rewrites the same bytes on any
Python whose table is the same (3.4 and later).
"""
import html.entities
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicon_tsv import write_tsv  # noqa: E402

OUT = os.path.join(ROOT, "Sources", "KB", "Lexicons", "html-entities.tsv")


def main():
    rows = sorted((name[:-1], " ".join("%04X" % ord(c) for c in text))
                  for name, text in html.entities.html5.items() if name.endswith(";"))
    header = [
        "# HTML named character references (&Eacute; → É): every name of the HTML standard's table.",
        "# source: WHATWG HTML, named character references, as Python 3's html.entities.html5",
        "# licence: the WHATWG HTML standard is CC BY 4.0; Python's copy is under the PSF licence",
        "# generated-by: scripts/gen-html-entities.py; do not edit: edit the script",
        "# known problems: the legacy forms without ';' (&amp followed by text) are not listed, so they stay as",
        "#   written; names are case-sensitive as in HTML (&Eacute; is É, &eacute; é).",
        "# kind: html-entities",
        "# columns: name\tcodepoints",
    ]
    write_tsv(OUT, header, rows)


if __name__ == "__main__":
    main()
