# Sourced by the live suites (tests/js, tests/schema, tests/browser) and scripts/test.sh:
# builds the demo site once in a temporary SQLite database, creates the accounts the
# suites log in with, serves it on a free port and exports where it is. The caller's
# EXIT trap calls stop_demo_server. Needs $root and $python.
#
# Exports BASE_URL (and VETCMS_API_URL, the same address, for @plone/client), DEMO_WORK
# (the server's folder: server.log, paths.txt, leaves.txt) and one password made for
# this run, VETCMS_TEST_PASSWORD, shared by the accounts:
#   api-admin      a superuser (also ADMIN_USERNAME/ADMIN_PASSWORD for the browser)
#   api-fi         a Finnish translator (locales/roles.py)
#   schema-editor  a member of Wagtail's Editors group
DEMO_WORK=$(mktemp -d -t vetcms-demo-XXXXXX)
demo_server_pid=""
stop_demo_server() {
  if [[ -n $demo_server_pid ]]; then
    kill "$demo_server_pid" 2>/dev/null || true
    wait "$demo_server_pid" 2>/dev/null || true
  fi
  rm -rf "$DEMO_WORK"
}

export DJANGO_SETTINGS_MODULE=cms.settings.dev
# DEMO_DATABASE_URL: an empty database to build the demo in instead (the PostgreSQL
# pass of .ci/run fuzzes the API there too).
export DATABASE_URL="${DEMO_DATABASE_URL:-sqlite:///$DEMO_WORK/db.sqlite3}"
export MEDIA_ROOT="$DEMO_WORK/media"
export SEARCH_URL=""   # Wagtail's database search backend
export DEBUG=false     # production's error pages and no query log
export ALLOWED_HOSTS="127.0.0.1,localhost"
export DEMO_WORK
VETCMS_TEST_PASSWORD=$("$python" -c 'import secrets; print(secrets.token_urlsafe(12))')
export VETCMS_TEST_PASSWORD
export ADMIN_USERNAME=api-admin ADMIN_PASSWORD="$VETCMS_TEST_PASSWORD"

echo "== demo site: building it in $DEMO_WORK" >&2
"$python" manage.py migrate --no-input -v0
"$python" manage.py load_demo -v0 >/dev/null
"$python" manage.py shell -v0 -c "
import os
from pathlib import Path
from django.contrib.auth.models import Group, User
from wagtail.models import Page
from cms.api.urls_public import page_path
from locales.roles import EDITORS, translators_group_name

password = os.environ['VETCMS_TEST_PASSWORD']
User.objects.create_superuser('api-admin', 'api-admin@example.org', password)
for username, group in (('api-fi', translators_group_name('fi')), ('schema-editor', EDITORS)):
    user = User.objects.create_user(username, f'{username}@example.org', password)
    user.groups.add(Group.objects.get(name=group))
# Pools of real paths for schemathesis's hooks (tests/schema/hooks.py).
work = Path(os.environ['DEMO_WORK'])
pages = Page.objects.filter(depth__gt=1).order_by('path')
paths = [''] + [page_path(p).lstrip('/') for p in pages[:60]]
leaves = [page_path(p).lstrip('/') for p in pages.filter(numchild=0, depth__gt=3)[:40]]
(work / 'paths.txt').write_text('\n'.join(paths))
(work / 'leaves.txt').write_text('\n'.join(leaves))
"

demo_port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# --insecure: runserver serves the static files with DEBUG off.
"$python" manage.py runserver "127.0.0.1:$demo_port" --noreload --insecure >"$DEMO_WORK/server.log" 2>&1 &
demo_server_pid=$!
# Wait quietly (no "curl: (7)" per try) up to 60 s, then say clearly if it never came up.
demo_ready=0
for _ in $(seq 1 300); do
  if curl -fs -o /dev/null "http://127.0.0.1:$demo_port/++api++/@site" 2>/dev/null; then demo_ready=1; break; fi
  if ! kill -0 "$demo_server_pid" 2>/dev/null; then cat "$DEMO_WORK/server.log" >&2; exit 1; fi
  sleep 0.2
done
if ((!demo_ready)); then
  echo "the demo server did not answer within 60 s" >&2
  cat "$DEMO_WORK/server.log" >&2
  exit 1
fi
export BASE_URL="http://127.0.0.1:$demo_port"
export VETCMS_API_URL="$BASE_URL"
