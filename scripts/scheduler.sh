#!/usr/bin/env bash
# Publishes and unpublishes pages on schedule (go-live / expiry dates): Wagtail's
# `publish_scheduled`, releases page locks taken through the API whose timeout has passed
# (`release_expired_locks`) and redoes the search index updates that failed while the
# engine was down (`search_catch_up`, a no-op when nothing failed) and queues again the
# background tasks a dead worker left running (`tasks_recover`), every
# SCHEDULER_INTERVAL seconds (default 60) and once at start, until stopped.
# Readers never see an expired page even between runs (cms/core/access.py checks the dates
# at read time); this keeps the database and the search indices in step.
#
#   bash scripts/scheduler.sh          # loop in the foreground (the production start
#                                      # script runs it in the background)
#   bash scripts/scheduler.sh --once   # one run, e.g. from cron:
#   * * * * * cd /srv/vetcms && bash scripts/scheduler.sh --once >> /var/log/vetcms-scheduler.log 2>&1
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-.venv/bin/python}
INTERVAL=${SCHEDULER_INTERVAL:-60}

run_once() {
  "$PYTHON" manage.py publish_scheduled || echo "scheduler: publish_scheduled failed (exit $?)" >&2
  "$PYTHON" manage.py release_expired_locks || echo "scheduler: release_expired_locks failed (exit $?)" >&2
  # Still failing (engine down): kept for the next run.
  "$PYTHON" manage.py search_catch_up || echo "scheduler: search_catch_up failed (exit $?)" >&2
  # Tasks left running by a worker that died and never came back (cms/tasks/recovery.py).
  "$PYTHON" manage.py tasks_recover || echo "scheduler: tasks_recover failed (exit $?)" >&2
}

if [[ "${1:-}" == "--once" ]]; then
  run_once
  exit 0
fi

pause=
trap '[[ -n $pause ]] && kill "$pause" 2>/dev/null; exit 0' INT TERM
while true; do
  run_once
  sleep "$INTERVAL" &
  pause=$!
  wait "$pause"
done
