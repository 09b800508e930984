#!/usr/bin/env python3
"""Writes schemas/export.bigquery.json, a BigQuery table schema for `kbctl export --format jsonl`,
from the published JSON Schema (schemas/export.schema.json): one table for every kind of record,
the union of the kinds' fields in the order they first appear. A field every kind has and none may
leave null is REQUIRED; the others are NULLABLE (a line of another kind leaves them out); arrays are
REPEATED. Load with:
  bq load --source_format=NEWLINE_DELIMITED_JSON DATASET.kbctl export.jsonl schemas/export.bigquery.json
Usage: scripts/gen-bigquery-schema.py [--check]   (--check: exit 1 if the file is not up to date)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "schemas", "export.schema.json")
TARGET = os.path.join(HERE, "..", "schemas", "export.bigquery.json")
TYPES = {"string": "STRING", "integer": "INT64", "number": "FLOAT64", "boolean": "BOOL"}


def field_type(prop):
    """(BigQuery type, nullable, repeated) of one JSON Schema property."""
    if "const" in prop:
        return "STRING", False, False
    types = prop["type"] if isinstance(prop["type"], list) else [prop["type"]]
    nullable = "null" in types
    (json_type,) = [t for t in types if t != "null"]
    if json_type == "array":
        return TYPES[prop["items"]["type"]], False, True
    return TYPES[json_type], nullable, False


def bigquery_schema(schema):
    kinds = schema["$defs"]
    fields, seen = [], {}
    for kind in kinds.values():
        for name, prop in kind["properties"].items():
            bq_type, nullable, repeated = field_type(prop)
            if name in seen:
                if seen[name]["type"] != bq_type:
                    sys.exit(f"field '{name}' has type {bq_type} in one kind and {seen[name]['type']} in another")
                continue
            everywhere = all(name in k["required"] for k in kinds.values())
            mode = "REPEATED" if repeated else "REQUIRED" if everywhere and not nullable else "NULLABLE"
            description = prop.get("description", "")
            seen[name] = {"name": name, "type": bq_type, "mode": mode, "description": description}
            fields.append(seen[name])
    return fields


def main():
    with open(SOURCE, encoding="utf-8") as f:
        text = json.dumps(bigquery_schema(json.load(f)), indent=2, ensure_ascii=False) + "\n"
    if "--check" in sys.argv[1:]:
        with open(TARGET, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{TARGET} is not what {SOURCE} gives: run scripts/gen-bigquery-schema.py")
        return
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
