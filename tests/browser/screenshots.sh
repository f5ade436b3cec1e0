#!/usr/bin/env bash
# Screenshots of the readers' site in every language, for review without a server:
#   bash tests/browser/screenshots.sh [out-dir]     (default: tests/browser/screenshots/)
# Builds the demo site in a temporary database and serves it, like run.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
python=${PYTHON:-$root/.venv/bin/python}
out=$(realpath -m "${1:-$here/screenshots}")

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
trap stop_demo_server EXIT
# shellcheck source=../live/demo_server.sh
source "$root/tests/live/demo_server.sh"
node "$here/screenshots.mjs" "$out"
echo "screenshots in $out" >&2
