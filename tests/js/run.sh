#!/usr/bin/env bash
# Proves that @plone/client reads and edits a live vetcms site unmodified: `node --test`
# against the demo site (tests/live/demo_server.sh, started here unless BASE_URL says one
# is already running, as in scripts/test.sh).
#   bash tests/js/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="$root/.venv/bin/python"
cd "$root"
if [[ -z ${BASE_URL:-} ]]; then
  trap stop_demo_server EXIT
  # shellcheck source=../live/demo_server.sh
  source "$root/tests/live/demo_server.sh"
fi

cd "$here"
if [[ ! -d node_modules/@plone/client ]]; then npm ci --no-audit --no-fund --loglevel=error; fi
echo "== js: node --test against $VETCMS_API_URL"
node --test --test-reporter=spec
