# Sourced by run.sh and screenshots.sh: builds the demo site in a temporary SQLite
# database, serves it on a free port and exports BASE_URL; the caller's EXIT trap
# should call stop_demo_server. Needs $root and $python.
work=$(mktemp -d -t vetcms-browser-XXXXXX)
server_pid=""
stop_demo_server() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}

export DJANGO_SETTINGS_MODULE=cms.settings.dev
export DEBUG=1
export DATABASE_URL="sqlite:///$work/db.sqlite3"
export MEDIA_ROOT="$work/media"
export SEARCH_URL=""   # Wagtail's database search backend
export LOG_LEVEL=WARNING
export ADMIN_USERNAME=browser-admin ADMIN_PASSWORD="browser-$RANDOM-$RANDOM"

echo "browser: building the demo site" >&2
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
