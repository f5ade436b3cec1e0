#!/usr/bin/env bash
# A throwaway PostgreSQL for CI from Debian's packages: start | url | fresh NAME
# (fresh: drops and creates database NAME, owned by the CI role, and prints its URL)
set -euo pipefail
USER_NAME=vetcms PASSWORD=vetcms PORT=${PGPORT:-5432}

case ${1:-} in
  start)
    if ! command -v pg_ctlcluster >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_lsclusters -h | grep -q "^$version main" || pg_createcluster "$version" main >/dev/null
    pg_ctlcluster "$version" main start 2>/dev/null || true
    for _ in $(seq 1 30); do
      su postgres -c "pg_isready -q -p $PORT" && break
      sleep 1
    done
    # CREATEDB lets the test runner create and drop its test database.
    su postgres -c "psql -q -p $PORT -tc \"SELECT 1 FROM pg_roles WHERE rolname='$USER_NAME'\"" | grep -q 1 ||
      su postgres -c "psql -q -p $PORT -c \"CREATE ROLE $USER_NAME LOGIN CREATEDB PASSWORD '$PASSWORD'\""
    su postgres -c "psql -q -p $PORT -tc \"SELECT 1 FROM pg_database WHERE datname='$USER_NAME'\"" | grep -q 1 ||
      su postgres -c "createdb -p $PORT -O $USER_NAME $USER_NAME"
    ;;
  url) echo "postgres://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$USER_NAME" ;;
  fresh)
    name=${2:?usage: $0 fresh NAME}
    [[ $name =~ ^[a-z_]+$ ]] || { echo "$0: database names are [a-z_]+" >&2; exit 2; }
    su postgres -c "dropdb -p $PORT --if-exists $name && createdb -p $PORT -O $USER_NAME $name"
    echo "postgres://$USER_NAME:$PASSWORD@127.0.0.1:$PORT/$name"
    ;;
  *) echo "usage: $0 start|url|fresh NAME" >&2; exit 2 ;;
esac
