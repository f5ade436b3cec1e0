#!/usr/bin/env bash
# Proves that @plone/client reads and edits a live vetcms site unmodified:
# a dev server on a free port with a temporary SQLite database loaded with the demo
# content, then `node --test` against it, then the server is stopped.
#   bash tests/js/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="$root/.venv/bin/python"

work="$(mktemp -d -t vetcms-js-XXXXXX)"
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=cms.settings.dev
export DATABASE_URL="sqlite:///$work/db.sqlite3"
export MEDIA_ROOT="$work/media"
export SEARCH_URL=""            # Wagtail's database search backend
export DEBUG=false
export ALLOWED_HOSTS="127.0.0.1,localhost"

port="$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export VETCMS_API_URL="http://127.0.0.1:$port"

cd "$root"
echo "== js: building the demo site in $work"
"$python" manage.py migrate --noinput -v 0
"$python" manage.py load_demo -v 0
# Accounts for the write tests: a superuser and a Finnish translator (locales/roles.py),
# with a password made for this run.
VETCMS_TEST_PASSWORD="$("$python" -c 'import secrets; print(secrets.token_urlsafe(12))')"
export VETCMS_TEST_PASSWORD
"$python" manage.py shell -v 0 -c "
import os
from django.contrib.auth.models import Group, User
from locales.roles import translators_group_name
password = os.environ['VETCMS_TEST_PASSWORD']
User.objects.create_superuser('api-admin', 'api-admin@example.org', password)
translator = User.objects.create_user('api-fi', 'api-fi@example.org', password)
translator.groups.add(Group.objects.get(name=translators_group_name('fi')))
"
"$python" manage.py runserver "127.0.0.1:$port" --noreload --insecure >"$work/server.log" 2>&1 &
server_pid=$!

# Wait quietly (no "curl: (7)" per try) up to 60 s, then say clearly if it never came up.
ready=0
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "$VETCMS_API_URL/++api++/@site" 2>/dev/null; then ready=1; break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log"; exit 1; fi
  sleep 0.2
done
if ((!ready)); then echo "the demo server did not answer within 60 s" >&2; cat "$work/server.log"; exit 1; fi

cd "$here"
if [[ ! -d node_modules/@plone/client ]]; then npm ci --no-audit --no-fund; fi
echo "== js: node --test against $VETCMS_API_URL"
node --test --test-reporter=spec
