"""Reads and writes kbctl's lexicon files (Sources/KB/Lexicons/*.tsv) for the generator scripts:
`#` comment lines, a `# columns:` header, tab-separated rows; missing trailing fields read as empty."""
import os
import re


def read_tsv(directory, name):
    """The rows of `directory/name` as dicts keyed by the file's columns."""
    cols, rows = None, []
    for line in open(os.path.join(directory, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("#"):
            m = re.match(r"#\s*columns:\s*(.*)", line)
            if m:
                cols = [c.strip() for c in re.split(r"[\t,]", m.group(1))]
            continue
        if line.strip():
            f = line.split("\t")
            rows.append(dict(zip(cols, f + [""] * (len(cols) - len(f)))))
    return rows


def write_tsv(path, header, rows):
    """Writes `header` (comment lines, `# columns:` last) and the rows (tuples of fields) to `path`;
    prints how many rows it wrote."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header) + "\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(f"{path}: {len(rows)} rows")
