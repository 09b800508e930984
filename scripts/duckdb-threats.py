#!/usr/bin/env python3
"""Asks DuckDB "who threatens whom" over kbctl's output as it is, the way `kbctl query` does, and
prints the rows as a JSON array (the same columns as `kbctl query "who threatens whom" --format json`).

  scripts/duckdb-threats.py sqlite KB.db              a kbctl database, through DuckDB's SQLite reader
  scripts/duckdb-threats.py shards A.db B.db ...      several shard databases as one view
  scripts/duckdb-threats.py jsonl EXPORT.jsonl        `kbctl export --format jsonl`, through read_json

Needs the `duckdb` package. DuckDB's SQLite reader is an extension: it is loaded from the
`duckdb-extension-sqlite-scanner` package when that is installed (no network needed), else DuckDB
installs it itself.
"""
import json
import os
import sys

import duckdb

HERE = os.path.dirname(os.path.abspath(__file__))

# kbctl's "who threatens whom": threats (CAMEO root 13), grouped, the earliest evidence by text.
THREATS = """
SELECT subject, predicate, object, polarity, modality, source AS whose_claim, count(*) AS count, min(evidence) AS evidence
FROM {source}
WHERE substr(cameo, 1, 2) = '13'
GROUP BY subject, predicate, object, polarity, modality, source
ORDER BY count DESC, subject, object
"""


def load_sqlite_reader(con):
    try:
        import duckdb_extension_sqlite_scanner as package
    except ImportError:
        con.execute("INSTALL sqlite; LOAD sqlite")
        return
    folder = os.path.join(os.path.dirname(package.__file__), "extensions")
    (version,) = os.listdir(folder)
    con.execute(f"LOAD '{os.path.join(folder, version, 'sqlite_scanner.duckdb_extension')}'")


def over_sqlite(con, paths):
    """Each database attached read-only; their relations as one view, each relation once by key."""
    load_sqlite_reader(con)
    selects = []
    for i, path in enumerate(paths):
        con.execute(f"ATTACH '{path}' AS kb{i} (TYPE sqlite, READ_ONLY)")
        selects.append(f"SELECT * FROM kb{i}.v_relations")
    # A document ingested into two shards is one set of rows: relation_key says which are the same.
    con.execute("CREATE VIEW relations AS SELECT DISTINCT ON (relation_key) * FROM (" + " UNION ALL ".join(selects) + ")")
    return "relations"


def over_jsonl(con, path):
    """The export read with the columns the published schema gives the relation kind."""
    with open(os.path.join(HERE, "..", "schemas", "export.schema.json"), encoding="utf-8") as f:
        relation = json.load(f)["$defs"]["relation"]["properties"]
    types = {"string": "VARCHAR", "integer": "BIGINT"}
    columns = {}
    for name, prop in relation.items():
        kind = prop.get("type", "string")
        kind = [t for t in kind if t != "null"][0] if isinstance(kind, list) else kind
        columns[name] = types[kind]
    spec = "{" + ", ".join(f"'{k}': '{v}'" for k, v in columns.items()) + "}"
    con.execute(f"CREATE VIEW relations AS SELECT * FROM read_json('{path}', format = 'newline_delimited', columns = {spec}) WHERE kind = 'relation'")
    return "relations"


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("sqlite", "shards", "jsonl"):
        sys.exit(__doc__)
    con = duckdb.connect()
    mode, paths = sys.argv[1], sys.argv[2:]
    source = over_jsonl(con, paths[0]) if mode == "jsonl" else over_sqlite(con, paths)
    cursor = con.execute(THREATS.format(source=source))
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
