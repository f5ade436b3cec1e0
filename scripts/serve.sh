#!/usr/bin/env bash
# Production start: install if needed, migrate, collect static files, then exec the
# application server (gunicorn, gthread workers) in the foreground.
#
#   SECRET_KEY=… ALLOWED_HOSTS=vet.example.org DATABASE_URL=… CACHE_URL=… bash scripts/serve.sh
#
#   HOST, PORT          listen address (default 0.0.0.0:8000)
#   WEB_CONCURRENCY     worker processes (default: 2 per CPU core)
#   PYTHON_THREADS      threads per worker (default 4)
#   GUNICORN_TIMEOUT    seconds before a stuck worker is replaced (default 30)
#   GUNICORN_CMD_ARGS   any other gunicorn option, e.g. "--access-logfile -"
# The application is loaded once, before the workers fork (--preload): a worker that
# is replaced starts in milliseconds instead of importing Django again under load.
#   SERVE_SKIP_SETUP=1  skip migrate and collectstatic (already done by a release step)
# Settings: cms.settings.production (README, "Serving in production").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-cms.settings.production}
[[ -x .venv/bin/gunicorn ]] || bash scripts/setup.sh

if [[ ${SERVE_SKIP_SETUP:-0} != 1 ]]; then
  .venv/bin/python manage.py migrate --no-input -v0
  .venv/bin/python manage.py collectstatic --no-input -v0
fi

cores=$(nproc 2>/dev/null || echo 1)
exec .venv/bin/gunicorn cms.wsgi:application \
  --bind "${HOST:-0.0.0.0}:${PORT:-8000}" \
  --workers "${WEB_CONCURRENCY:-$((2 * cores))}" \
  --worker-class gthread --threads "${PYTHON_THREADS:-4}" \
  --timeout "${GUNICORN_TIMEOUT:-30}" --graceful-timeout 20 \
  --preload \
  --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}" \
  --worker-tmp-dir /dev/shm --no-control-socket
