#!/usr/bin/env bash
# Runs the background tasks queued in the database (TASKS_BACKEND=database): one
# django-tasks-db `db_worker` per task backend ("default": Wagtail's reference index
# and index updates on save, file deletions; "search": index updates on publish,
# reindexing; "mail": the e-mails), all queues of each, until stopped (SIGTERM lets
# the running tasks finish). scripts/serve.sh starts it beside the server; it can run
# alone too, on another machine, with the same settings (DATABASE_URL, SEARCH_URL,
# STORAGE_URL, EMAIL_*, …):
#
#   TASKS_BACKEND=database bash scripts/worker.sh
#   TASKS_BACKEND=database bash scripts/worker.sh --batch   # what is due, then exit
#
#   WORKER_BACKENDS   the backends to run (default "default search mail"), e.g. a
#                     machine only for "search"
#   WORKER_ID         this worker's stable name, unique among the cluster's workers
#                     (default: the host name); each backend's worker is WORKER_ID-<backend>
#   WORKER_INTERVAL   seconds between polls for queued tasks (default 2)
#
# A failed task is queued again with a growing delay (VETCMS_TASKS_RETRY_*, in
# cms/tasks/retry.py). At start, the tasks this worker's previous run left RUNNING
# (killed mid-task: same WORKER_ID) are queued again (cms/tasks/recovery.py); those of
# a worker that never comes back, by the scheduler's check after
# VETCMS_TASKS_STALE_SECONDS.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-.venv/bin/python}
read -r -a backends <<<"${WORKER_BACKENDS:-default search mail}"
worker_id=${WORKER_ID:-$(hostname)}

ids=()
for backend in "${backends[@]}"; do ids+=(--worker-id "$worker_id-$backend"); done
"$PYTHON" manage.py tasks_recover "${ids[@]}"

pids=()
for backend in "${backends[@]}"; do
  "$PYTHON" manage.py db_worker --backend "$backend" --queue-name '*' --no-reload \
    --worker-id "$worker_id-$backend" --interval "${WORKER_INTERVAL:-2}" "$@" &
  pids+=($!)
done
trap 'kill -TERM "${pids[@]}" 2>/dev/null || true' INT TERM
set +e
status=0
for pid in "${pids[@]}"; do
  while true; do
    wait "$pid"
    code=$?
    # A trapped signal ends `wait` early: wait again for the worker's own exit.
    kill -0 "$pid" 2>/dev/null || break
  done
  ((code == 0)) || status=$code
done
exit "$status"
