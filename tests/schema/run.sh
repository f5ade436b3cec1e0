#!/usr/bin/env bash
# schemathesis over /api/openapi.json against a live dev server with the demo content:
# read and write operations, anonymous and as an editor (HTTP Basic), checking that no
# response is a server error and every response matches the documented status, media
# type and schema. Prints how many requests were made.
#   bash tests/schema/run.sh   (VETCMS_SCHEMA_EXAMPLES=N test cases per operation,
#                              VETCMS_SCHEMA_MAX_TIME=S seconds at most per pass)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="$root/.venv/bin/python"
examples="${VETCMS_SCHEMA_EXAMPLES:-14}"

work="$(mktemp -d -t vetcms-schema-XXXXXX)"
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
base="http://127.0.0.1:$port"

cd "$root"
echo "== schema: building the demo site in $work"
"$python" manage.py migrate --noinput -v 0
"$python" manage.py load_demo -v 0
# An editor (Wagtail's Editors group) with a password made for this run, and the pools
# of real paths the hooks draw from.
password="$("$python" -c 'import secrets; print(secrets.token_urlsafe(12))')"
VETCMS_SCHEMA_PASSWORD="$password" VETCMS_SCHEMA_WORK="$work" "$python" manage.py shell -v 0 -c "
import os
from pathlib import Path
from django.contrib.auth.models import Group, User
from wagtail.models import Page
from cms.api.urls_public import page_path
user = User.objects.create_user('schema-editor', 'schema-editor@example.org', os.environ['VETCMS_SCHEMA_PASSWORD'])
user.groups.add(Group.objects.get(name='Editors'))
work = Path(os.environ['VETCMS_SCHEMA_WORK'])
pages = Page.objects.filter(depth__gt=1).order_by('path')
paths = [''] + [page_path(p).lstrip('/') for p in pages[:60]]
leaves = [page_path(p).lstrip('/') for p in pages.filter(numchild=0, depth__gt=3)[:40]]
(work / 'paths.txt').write_text('\n'.join(paths))
(work / 'leaves.txt').write_text('\n'.join(leaves))
"
"$python" manage.py runserver "127.0.0.1:$port" --noreload --insecure >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 900); do
  if curl -fsS -o /dev/null "$base/++api++/@site"; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/server.log"; exit 1; fi
  sleep 0.2
done

export SCHEMATHESIS_HOOKS="$here/hooks.py" VETCMS_SCHEMA_PATHS="$work/paths.txt" VETCMS_SCHEMA_LEAVES="$work/leaves.txt"
checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
run() {
  "$root/.venv/bin/schemathesis" run "$base/api/openapi.json" --url "$base" \
    --checks "$checks" --mode positive --phases examples,fuzzing \
    --max-examples "$examples" --seed 11 --workers 2 --no-color \
    --request-timeout 30 --suppress-health-check all \
    --max-time "${VETCMS_SCHEMA_MAX_TIME:-180}" "$@"
}
status=0
echo "== schema: anonymous"
run || status=1
before="$(grep -cE '"(GET|HEAD|POST|PATCH|PUT|DELETE|OPTIONS) ' "$work/server.log" || true)"
echo "== schema: as an editor (HTTP Basic)"
run --auth "schema-editor:$password" || status=1
total="$(grep -cE '"(GET|HEAD|POST|PATCH|PUT|DELETE|OPTIONS) ' "$work/server.log" || true)"
errors="$(grep -cE '" 5[0-9][0-9] ' "$work/server.log" || true)"
echo "== schema: $total requests ($before anonymous, $((total - before)) as an editor), $errors answered 5xx"
if [[ $status != 0 || $errors != 0 ]]; then exit 1; fi
