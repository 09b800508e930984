#!/usr/bin/env bash
# Makes a Python virtual environment at $1 with the tools kbctl's output is tested with:
# Datasette, sqlite-utils, pandas, networkx, rdflib (from PyPI). Tests find it through
# KB_PYTHON_VENV=$1 and skip, saying so, without it. Exits 1 (with a warning) on any failure, so a
# caller can go on without the tools.
# Usage: scripts/python-tools.sh /tmp/kbctl-venv
set -uo pipefail
venv="${1:?usage: scripts/python-tools.sh VENV_PATH}"
if ! command -v python3 >/dev/null; then echo "warning: python3 is not installed; Python tool tests will be skipped" >&2; exit 1; fi
if [ ! -x "$venv/bin/python3" ] && ! python3 -m venv "$venv"; then
  echo "warning: python3 -m venv failed (Debian/Ubuntu: apt-get install python3-venv); Python tool tests will be skipped" >&2; exit 1
fi
if ! "$venv/bin/pip" install --quiet --disable-pip-version-check datasette sqlite-utils pandas networkx rdflib; then
  echo "warning: pip install failed; the Python tool tests that need a missing tool will be skipped" >&2; exit 1
fi
