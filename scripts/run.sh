#!/usr/bin/env bash
# First run on a fresh machine: install, migrate, load the demo site and serve it on the
# embedded default (SQLite + Wagtail's database search), with the scheduler
# (scripts/scheduler.sh: scheduled pages go live and expire) beside the server; Ctrl+C
# or a signal to this script stops both. Admin: http://localhost:8000/admin/
#   RUN_SKIP_SETUP=1  skip install, migrate and the demo (already done)
#   RUN_SCHEDULER=0   no scheduler; SCHEDULER_INTERVAL (seconds, default 60)
# E-mails are sent during the request (TASKS_BACKEND=immediate), to the console unless
# EMAIL_HOST is set: no worker is needed here.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ ${RUN_SKIP_SETUP:-0} != 1 ]]; then
  bash scripts/setup.sh
  .venv/bin/python manage.py migrate --no-input -v0
  .venv/bin/python manage.py load_demo
  # A local admin account: admin / admin, or the password in ADMIN_PASSWORD.
  .venv/bin/python manage.py shell -v0 -c "
from django.contrib.auth import get_user_model
User = get_user_model()
if not User.objects.filter(username='admin').exists():
    User.objects.create_superuser('admin', 'admin@example.org', '${ADMIN_PASSWORD:-admin}')
"
fi

server=(.venv/bin/python manage.py runserver "${PORT:-8000}")
if [[ ${RUN_SCHEDULER:-1} == 0 ]]; then
  exec "${server[@]}"
fi

bash scripts/scheduler.sh &
scheduler=$!
"${server[@]}" &
server_pid=$!
# runserver's autoreloader serves from a child process: stop it with its parent.
stop_all() {
  pkill -TERM -P "$server_pid" 2>/dev/null
  kill -TERM "$server_pid" "$scheduler" 2>/dev/null
}
trap 'stop_all || true' INT TERM
set +e
wait "$server_pid"
status=$?
while kill -0 "$server_pid" 2>/dev/null; do
  wait "$server_pid"
  status=$?
done
stop_all
wait "$scheduler" 2>/dev/null
exit "$status"
