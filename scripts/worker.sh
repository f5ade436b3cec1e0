#!/usr/bin/env bash
# Runs the background tasks queued in the database (the e-mails of ambassador
# applications, cms/core/mail.py): django-tasks-db's `db_worker` on the "mail" backend,
# until stopped (SIGTERM lets the running task finish). scripts/serve.sh starts it
# beside the server; it can run alone too, on another machine, with the same
# settings (DATABASE_URL, TASKS_BACKEND=database, EMAIL_*):
#
#   TASKS_BACKEND=database bash scripts/worker.sh
#   TASKS_BACKEND=database bash scripts/worker.sh --batch   # what is due, then exit
#
# A send that fails while the SMTP server is down is queued again with a growing
# delay (VETCMS_MAIL_RETRY_DELAY, doubled up to VETCMS_MAIL_RETRY_MAX_DELAY).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-.venv/bin/python}
exec "$PYTHON" manage.py db_worker --backend mail --queue-name mail --no-reload \
  --interval "${WORKER_INTERVAL:-2}" "$@"
