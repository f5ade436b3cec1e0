#!/usr/bin/env bash
# Create .venv (Python 3.11) and install vetcms with its test tools. Safe to re-run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
# constraints.txt: the versions CI last passed with (a new release cannot break CI
# unannounced); pyproject.toml keeps the ranges a deployment may use.
.venv/bin/python -m pip install --quiet --disable-pip-version-check \
  -c constraints.txt -e ".[test,opensearch]"

# Compile the interface translations (locales/<ll>/LC_MESSAGES/django.po → .mo) with
# polib, so no gettext tools are needed.
.venv/bin/python manage.py compile_catalogs
