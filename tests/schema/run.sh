#!/usr/bin/env bash
# schemathesis over /api/openapi.json against the demo site (tests/live/demo_server.sh,
# started here unless BASE_URL says one is already running, as in scripts/test.sh):
# read and write operations, anonymous and as an editor (HTTP Basic), checking that no
# response is a server error and every response matches the documented status, media
# type and schema. Prints how many requests were made.
#   bash tests/schema/run.sh   (VETCMS_SCHEMA_EXAMPLES=N test cases per operation,
#                              VETCMS_SCHEMA_MAX_TIME=S seconds at most per pass)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="$root/.venv/bin/python"
examples="${VETCMS_SCHEMA_EXAMPLES:-14}"

cd "$root"
if [[ -z ${BASE_URL:-} ]]; then
  trap stop_demo_server EXIT
  # shellcheck source=../live/demo_server.sh
  source "$root/tests/live/demo_server.sh"
fi
base="$BASE_URL"
work="$DEMO_WORK"
password="$VETCMS_TEST_PASSWORD"

export SCHEMATHESIS_HOOKS="$here/hooks.py" VETCMS_SCHEMA_PATHS="$work/paths.txt" VETCMS_SCHEMA_LEAVES="$work/leaves.txt"
# One worker: schemathesis' workers are threads, and CPython 3.11 keeps ast.parse's
# recursion counter per interpreter, so two threads describing Hypothesis lambdas at once
# fail with "AST constructor recursion depth mismatch" (python/cpython#106905).
checks=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
# Operations marked x-not-implemented (Plone-only services and verbs) answer a
# documented 501, which schemathesis counts as a server error: tests/api pins them.
run() {
  "$root/.venv/bin/schemathesis" run "$base/api/openapi.json" --url "$base" \
    --checks "$checks" --mode positive --phases examples,fuzzing \
    --max-examples "$examples" --seed 11 --workers 1 --no-color \
    --request-timeout 30 --suppress-health-check all \
    --exclude-by '/x-not-implemented == true' \
    --max-time "${VETCMS_SCHEMA_MAX_TIME:-180}" "$@"
}
# Requests are counted in the server's log from this run's first line on (in
# scripts/test.sh the same server has served the other live suites before).
log="$work/server.log"
first=$(($(wc -l <"$log") + 1))
requests() { tail -n "+$first" "$log" | grep -cE "$1" || true; }
any='"(GET|HEAD|POST|PATCH|PUT|DELETE|OPTIONS) '
status=0
echo "== schema: anonymous"
run || status=1
anonymous=$(requests "$any")
echo "== schema: as an editor (HTTP Basic)"
run --auth "schema-editor:$password" || status=1
total=$(requests "$any")
errors=$(requests '" 5[0-9][0-9] ')
echo "== schema: $total requests ($anonymous anonymous, $((total - anonymous)) as an editor), $errors answered 5xx"
if [[ $status != 0 || $errors != 0 ]]; then exit 1; fi
