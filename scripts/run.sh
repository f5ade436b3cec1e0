#!/usr/bin/env bash
# First run on a fresh machine: install, migrate, load the demo site and serve it on the
# embedded default (SQLite + Wagtail's database search). Admin: http://localhost:8000/admin/
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

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
exec .venv/bin/python manage.py runserver "${PORT:-8000}"
