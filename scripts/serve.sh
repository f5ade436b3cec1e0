#!/usr/bin/env bash
# Production start: install if needed, migrate, collect static files, then run the
# application server (granian, WSGI) in the foreground and beside it the scheduler
# (scripts/scheduler.sh: publish_scheduled every minute) and the task worker
# (scripts/worker.sh: the tasks queued in the database); a signal to this script
# stops them all, and the helpers stop when the server ends.
#
#   SECRET_KEY=… ALLOWED_HOSTS=vet.example.org DATABASE_URL=… CACHE_URL=… bash scripts/serve.sh
#
#   HOST, PORT          listen address (default 0.0.0.0:8000)
#   WEB_CONCURRENCY     worker processes (default: 2 per CPU core)
#   PYTHON_THREADS      threads per worker running Django (default 4)
#   GRANIAN_*           any other granian option by its environment name, e.g.
#                       GRANIAN_LOG_ACCESS_ENABLED=1 (see `.venv/bin/granian --help`)
#   SERVE_SKIP_SETUP=1  skip migrate and collectstatic (already done by a release step)
#   SERVE_SCHEDULER=0   no scheduler beside the server (cron runs
#                       `scripts/scheduler.sh --once` instead); SCHEDULER_INTERVAL too
#   SERVE_WORKER=0      no task worker beside the server (scripts/worker.sh runs
#                       elsewhere); TASKS_BACKEND defaults to "database" here
# Settings: cms.settings.production (README, "Serving in production"). granian was
# measured against gunicorn (sync, gthread) and uvicorn with bench/load.py: as fast
# as gthread on uncached pages, twice its throughput on cached ones.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-cms.settings.production}
# Background tasks are queued in the database and run by the worker, not in a request.
export TASKS_BACKEND=${TASKS_BACKEND:-database}
[[ -x .venv/bin/granian ]] || bash scripts/setup.sh

if [[ ${SERVE_SKIP_SETUP:-0} != 1 ]]; then
  .venv/bin/python manage.py migrate --no-input -v0
  .venv/bin/python manage.py collectstatic --no-input -v0
fi

cores=$(nproc 2>/dev/null || echo 1)
server=(.venv/bin/granian --interface wsgi cms.wsgi:application
  --host "${HOST:-0.0.0.0}" --port "${PORT:-8000}"
  --workers "${WEB_CONCURRENCY:-$((2 * cores))}"
  --blocking-threads "${PYTHON_THREADS:-4}"
  --no-ws --respawn-failed-workers --workers-kill-timeout 20)

helpers=()
if [[ ${SERVE_SCHEDULER:-1} != 0 ]]; then
  bash scripts/scheduler.sh &
  helpers+=($!)
fi
if [[ ${SERVE_WORKER:-1} != 0 && $TASKS_BACKEND == database ]]; then
  bash scripts/worker.sh &
  helpers+=($!)
fi
if [[ ${#helpers[@]} == 0 ]]; then
  exec "${server[@]}"
fi

"${server[@]}" &
server_pid=$!
trap 'kill -TERM "$server_pid" "${helpers[@]}" 2>/dev/null || true' INT TERM
set +e
wait "$server_pid"
status=$?
# A trapped signal ends `wait` early: wait for the server's own (graceful) exit.
while kill -0 "$server_pid" 2>/dev/null; do
  wait "$server_pid"
  status=$?
done
kill -TERM "${helpers[@]}" 2>/dev/null
wait "${helpers[@]}" 2>/dev/null
exit "$status"
