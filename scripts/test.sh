#!/usr/bin/env bash
# Install everything, start the search engine, run the whole test suite, stop the engine.
#   bash scripts/test.sh [pytest args]
# DATABASE_URL selects the database (SQLite by default); VETCMS_JS_TESTS=0 skips the
# Node tests (@plone/client against the API, the reader site in Debian's chromium);
# VETCMS_CLIENT_SUITE=0 skips @plone/client's own vitest suite (tests/plone_client_suite);
# VETCMS_SCHEMA_TESTS=0 skips schemathesis over the OpenAPI description (tests/schema);
# VETCMS_VOLTO_TESTS=0 skips Volto 17, Plone's frontend, over the demo (tests/volto);
# SEARCH_ENGINE=os2 runs the search tests on OpenSearch instead (the cluster test stays
# on Elasticsearch). Redis (scripts/redis.sh) is started for the shared-cache tests and
# stopped on exit, like the engine; so is the object store (scripts/storage.sh) for the
# media-on-object-storage tests; so are two application servers behind HAProxy
# (scripts/cluster.sh) for tests/cluster (VETCMS_TEST_SERVERS=0 skips them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/setup.sh

# Checks before the tests: lint and formatting (ruff, from the test extra) and models
# without a migration.
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python manage.py makemigrations --check --dry-run

# GNU gettext's xgettext for tests/locales/test_catalogs.py (it fails in CI without
# it): Debian's package, as scripts/redis.sh installs redis-server.
if ! command -v xgettext >/dev/null; then
  sudo=""
  ((EUID == 0)) || sudo=sudo
  $sudo apt-get install -y -q gettext >&2 || echo "could not install gettext" >&2
fi

engine=search/engine/run.sh
# tests/search/test_cluster.py starts (and stops) a 3-node cluster itself on
# VETCMS_TEST_CLUSTER_BASE_PORT (default 9270); VETCMS_TEST_CLUSTER=0 skips it.
export VETCMS_TEST_CLUSTER=${VETCMS_TEST_CLUSTER:-1}
cluster=(env SEARCH_NODES=3 SEARCH_BASE_PORT="${VETCMS_TEST_CLUSTER_BASE_PORT:-9270}" bash "$engine")
trap 'bash "$engine" stop >/dev/null 2>&1 || true; "${cluster[@]}" stop >/dev/null 2>&1 || true; bash scripts/redis.sh stop >/dev/null 2>&1 || true; bash scripts/storage.sh stop >/dev/null 2>&1 || true; bash scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT
bash "$engine" start
# Redis for the shared-cache tests (the rate limit across processes): they skip without
# it locally, and fail in CI.
if VETCMS_TEST_REDIS_URL=$(bash scripts/redis.sh start); then
  export VETCMS_TEST_REDIS_URL
elif [[ ${CI:-} == true ]]; then
  echo "CI needs Redis (scripts/redis.sh start failed)" >&2
  exit 1
fi
# The object store (SeaweedFS) for the media tests: skipped without it locally, failed
# in CI.
if VETCMS_TEST_STORAGE_URL=$(bash scripts/storage.sh start); then
  export VETCMS_TEST_STORAGE_URL
elif [[ ${CI:-} == true ]]; then
  echo "CI needs the object store (scripts/storage.sh start failed)" >&2
  exit 1
fi
# Two servers behind HAProxy on PostgreSQL, Redis, the engine and the object store
# (tests/cluster): skipped without them locally, failed in CI.
if [[ ${VETCMS_TEST_SERVERS:-1} != 0 ]]; then
  if VETCMS_TEST_SERVERS_URL=$(bash scripts/cluster.sh start); then
    export VETCMS_TEST_SERVERS_URL
  elif [[ ${CI:-} == true ]]; then
    echo "CI needs the cluster (scripts/cluster.sh start failed)" >&2
    exit 1
  fi
fi
VETCMS_TEST_SEARCH_URL=$(bash "$engine" url)
export VETCMS_TEST_SEARCH_URL
case ${SEARCH_ENGINE:-es7} in
  es7 | elasticsearch7) export VETCMS_TEST_SEARCH_ENGINE=elasticsearch7 ;;
  os2 | opensearch2) export VETCMS_TEST_SEARCH_ENGINE=opensearch2 ;;
esac

# The live suites share one demo server (tests/live/demo_server.sh, its own SQLite
# database with the database search backend), built once, in a subshell so its settings
# stay there. They share nothing with pytest, so they run beside it (most of their time
# is waiting: on the browser, on schemathesis's time budget), their output kept in a file
# that is shown once pytest is done. schemathesis goes last: its editor pass writes.
js=${VETCMS_JS_TESTS:-1} schema=${VETCMS_SCHEMA_TESTS:-1} volto=${VETCMS_VOLTO_TESTS:-1}
client_suite=${VETCMS_CLIENT_SUITE:-$js}
live_pid="" live_log=""
if [[ $js != 0 || $schema != 0 || $client_suite != 0 || $volto != 0 ]]; then
  live_log=$(mktemp -t vetcms-live-XXXXXX.log)
  (
    python="$PWD/.venv/bin/python" root="$PWD"
    trap stop_demo_server EXIT
    # shellcheck source=../tests/live/demo_server.sh
    source tests/live/demo_server.sh
    # Each suite's time in the log, to see where CI's minutes go.
    timed() {
      local started=$SECONDS status=0
      "$@" || status=$?
      echo "== $*: $((SECONDS - started)) s"
      return $status
    }
    if [[ $js != 0 ]]; then
      timed bash tests/js/run.sh
      timed bash tests/browser/run.sh
    fi
    # Before Volto and schemathesis (both write): its tests expect the demo content.
    if [[ $client_suite != 0 ]]; then timed bash tests/plone_client_suite/run.sh; fi
    # Volto's build is cached outside the clone (tests/volto/build.sh); its editor writes.
    # A Volto failure still lets schemathesis run, then fails the run.
    volto_status=0
    if [[ $volto != 0 ]]; then timed bash tests/volto/run.sh || volto_status=$?; fi
    if [[ $schema != 0 ]]; then timed timeout 900 bash tests/schema/run.sh; fi
    exit $volto_status
  ) >"$live_log" 2>&1 &
  live_pid=$!
  # Interrupted: stop the live suites too (the EXIT trap above then stops the services).
  trap 'pkill -TERM -P "$live_pid" 2>/dev/null; kill "$live_pid" 2>/dev/null; exit 130' INT TERM
fi

# On every core (pytest-xdist): tests share only the engine and Redis, where each has its
# own index and key prefix. VETCMS_TEST_WORKERS=0 runs them in this process.
started=$SECONDS pytest_status=0
# --durations: the slowest tests in the log, to see where the minutes go.
.venv/bin/python -m pytest -n "${VETCMS_TEST_WORKERS:-auto}" --durations=15 "$@" || pytest_status=$?
echo "== pytest: $((SECONDS - started)) s"

live_status=0
if [[ -n $live_pid ]]; then
  echo "== the live suites (started beside pytest; their output so far, then as it comes)"
  tail -n +1 -f --pid="$live_pid" "$live_log"
  wait "$live_pid" || live_status=$?
  rm -f "$live_log"
  echo "== live suites: $((SECONDS - started)) s since pytest started"
fi
((pytest_status == 0 && live_status == 0)) || exit 1
