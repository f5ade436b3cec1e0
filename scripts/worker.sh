#!/usr/bin/env bash
# Runs the background tasks queued in the database: django-tasks-db's `db_worker`,
# one per task backend, until stopped (SIGTERM lets each running task finish).
# The backends: "mail" (ambassador-application e-mails, cms/mail.py) and "search"
# (index updates on publish/unpublish/move/delete, search/tasks.py). scripts/serve.sh
# starts it beside the server; it can run alone too, on a worker machine, with the
# same settings (DATABASE_URL, TASKS_BACKEND=database, EMAIL_*, the engine's):
#
#   TASKS_BACKEND=database bash scripts/worker.sh
#   TASKS_BACKEND=database bash scripts/worker.sh --batch   # what is due, then exit
#   WORKER_BACKENDS=search TASKS_BACKEND=database bash scripts/worker.sh   # one only
#
# A send that fails while the SMTP server is down is queued again with a growing
# delay (VETCMS_MAIL_RETRY_DELAY, doubled up to VETCMS_MAIL_RETRY_MAX_DELAY).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-.venv/bin/python}
pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; }
trap stop TERM INT
for backend in ${WORKER_BACKENDS:-mail search}; do
  case "$backend" in
    mail | search) ;;
    *) echo "worker.sh: unknown backend '$backend' (mail, search)" >&2; exit 2 ;;
  esac
  "$PYTHON" manage.py db_worker --backend "$backend" --queue-name "$backend" \
    --no-reload --interval "${WORKER_INTERVAL:-2}" "$@" &
  pids+=($!)
done
status=0
for pid in "${pids[@]}"; do
  # wait returns early when a trapped signal arrives; wait again for the exit.
  wait "$pid" || wait "$pid" || status=$?
done
exit "$status"
