#!/usr/bin/env bash
# The readers' site in a real browser: Debian's chromium driven by playwright-core, with
# axe-core's accessibility checks, over the demo site (tests/live/demo_server.sh, started
# here unless BASE_URL says one is already running, as in scripts/test.sh).
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

if [[ -z ${BASE_URL:-} ]]; then
  trap stop_demo_server EXIT
  # shellcheck source=../live/demo_server.sh
  source "$root/tests/live/demo_server.sh"
fi
export ARTIFACTS="$here/artifacts"
rm -rf "$ARTIFACTS"
status=0
node --test --test-reporter=spec "$here"/*.test.mjs || status=$?
if [[ $status != 0 ]]; then
  cp "$DEMO_WORK/server.log" "$ARTIFACTS/server.log" 2>/dev/null || true
  echo "browser tests failed: screenshots in $ARTIFACTS" >&2
fi
exit $status
