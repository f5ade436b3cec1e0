#!/usr/bin/env bash
# Volto 17.23, Plone 6's own frontend, over the vetcms demo: builds it (tests/volto/build.sh,
# cached outside the clone), starts it in seamless mode against the demo server
# (tests/live/demo_server.sh, started here unless BASE_URL says one is already running,
# as in scripts/test.sh) and drives it in Debian's chromium with playwright-core:
#   bash tests/volto/run.sh
# A PNG per step goes to $VOLTO_SHOTS (default tests/volto/shots, git-ignored), with
# Volto's log; the demo's server.log is copied there when a step fails. In CI (CI=true)
# a build that fails or a Volto that does not start fails the run.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"
python=${PYTHON:-$root/.venv/bin/python}
started=$SECONDS

if [[ ! -x /usr/bin/chromium ]]; then
  echo "volto tests: installing Debian's chromium" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

volto_dir=$(bash "$here/build.sh")
echo "== volto: built in $volto_dir ($((SECONDS - started)) s)" >&2
(cd "$here/driver" && npm ci --no-audit --no-fund --loglevel=error)

volto_pid=""
stop_volto() {
  if [[ -n $volto_pid ]]; then
    kill "$volto_pid" 2>/dev/null || true
    wait "$volto_pid" 2>/dev/null || true
  fi
}
if [[ -z ${BASE_URL:-} ]]; then
  trap 'stop_volto; stop_demo_server' EXIT
  # shellcheck source=../live/demo_server.sh
  source "$root/tests/live/demo_server.sh"
else
  trap stop_volto EXIT
fi

export VOLTO_SHOTS=${VOLTO_SHOTS:-$here/shots}
rm -rf "$VOLTO_SHOTS"
mkdir -p "$VOLTO_SHOTS"
volto_port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Seamless mode: Volto's server proxies /++api++ to vetcms, keeping the Host header, so
# vetcms's @ids are Volto's own addresses; the rewrite target is vetcms's API root (Volto
# would otherwise send Zope's VirtualHostBase path).
(cd "$volto_dir" && NODE_ENV=production HOST=127.0.0.1 PORT=$volto_port \
  RAZZLE_BIND_ADDRESS=127.0.0.1 RAZZLE_DEV_PROXY_API_PATH="$BASE_URL" \
  RAZZLE_PROXY_REWRITE_TARGET=/++api++ exec node build/server.js) >"$VOLTO_SHOTS/volto.log" 2>&1 &
volto_pid=$!
ready=0
for _ in $(seq 1 300); do
  # Any answer will do: a page that fails is the driver's to report.
  code=$(curl -s -o /dev/null -m 30 -w '%{http_code}' "http://127.0.0.1:$volto_port/" || true)
  if [[ $code != 000 ]]; then ready=1; break; fi
  if ! kill -0 "$volto_pid" 2>/dev/null; then break; fi
  sleep 0.2
done
if ((!ready)); then
  echo "Volto did not answer on port $volto_port within 60 s; its log:" >&2
  cat "$VOLTO_SHOTS/volto.log" >&2
  exit 1
fi
export VOLTO_URL="http://127.0.0.1:$volto_port"
echo "== volto: $VOLTO_URL over $BASE_URL; screenshots in $VOLTO_SHOTS" >&2

status=0
# One file at a time: the editor's steps write to the demo the others read.
node --test --test-concurrency=1 --test-reporter=spec "$here"/driver/*.test.mjs || status=$?
if [[ $status != 0 ]]; then
  cp "$DEMO_WORK/server.log" "$VOLTO_SHOTS/server.log" 2>/dev/null || true
  echo "volto tests failed: screenshots, volto.log and server.log in $VOLTO_SHOTS" >&2
fi
echo "== volto: $((SECONDS - started)) s in all; screenshots in $VOLTO_SHOTS" >&2
exit $status
