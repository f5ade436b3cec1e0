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

work=$(mktemp -d -t vetcms-browser-XXXXXX)
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=cms.settings.dev
export DEBUG=1
export DATABASE_URL="sqlite:///$work/db.sqlite3"
export MEDIA_ROOT="$work/media"
export SEARCH_URL=""   # Wagtail's database search backend
export LOG_LEVEL=WARNING
export ADMIN_USERNAME=browser-admin ADMIN_PASSWORD="browser-$RANDOM-$RANDOM"

echo "browser tests: building the demo site" >&2
"$python" manage.py migrate --no-input -v0
"$python" manage.py load_demo >/dev/null 2>&1
"$python" manage.py shell -v0 -c "
import os
from django.contrib.auth import get_user_model
get_user_model().objects.create_superuser(os.environ['ADMIN_USERNAME'], 'browser@example.org', os.environ['ADMIN_PASSWORD'])
"

port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$python" manage.py runserver "127.0.0.1:$port" --noreload >"$work/server.log" 2>&1 &
server_pid=$!
# Wait quietly (no "curl: (7)" per try) up to 60 s, then say clearly if it never came up.
ready=0
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/en/" 2>/dev/null; then ready=1; break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
  sleep 0.2
done
if ((!ready)); then echo "the demo server did not answer within 60 s" >&2; cat "$work/server.log" >&2; exit 1; fi

export BASE_URL="http://127.0.0.1:$port"
export ARTIFACTS="$here/artifacts"
rm -rf "$ARTIFACTS"
status=0
node --test --test-reporter=spec "$here"/*.test.mjs || status=$?
if [[ $status != 0 ]]; then
  cp "$work/server.log" "$ARTIFACTS/server.log" 2>/dev/null || true
  echo "browser tests failed: screenshots in $ARTIFACTS" >&2
fi
exit $status
