#!/usr/bin/env bash
# The readers' site in a real browser: Debian's chromium driven by playwright-core, with
# axe-core's accessibility checks. Builds the demo site in a temporary SQLite database,
# serves it on a free port, runs tests/browser/*.test.mjs, stops the server.
#   bash tests/browser/run.sh
# Screenshots and page HTML of failed steps go to tests/browser/artifacts/ (git-ignored).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
python=${PYTHON:-$root/.venv/bin/python}

if [[ ! -x /usr/bin/chromium ]]; then
  echo "browser tests: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

trap stop_demo_server EXIT
# shellcheck source=serve_demo.sh
source "$here/serve_demo.sh"
export ARTIFACTS="$here/artifacts"
rm -rf "$ARTIFACTS"
status=0
node --test --test-reporter=spec "$here"/*.test.mjs || status=$?
if [[ $status != 0 ]]; then
  cp "$work/server.log" "$ARTIFACTS/server.log" 2>/dev/null || true
  echo "browser tests failed: screenshots in $ARTIFACTS" >&2
fi
exit $status
