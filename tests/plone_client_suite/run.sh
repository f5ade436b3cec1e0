#!/usr/bin/env bash
# @plone/client's own vitest suite (the tests its npm package ships in src/) against a
# live vetcms demo site (tests/live/demo_server.sh, started here unless BASE_URL says
# one is running, as in scripts/test.sh). Copies the tests out of node_modules into
# ./work (never committed), applies the harness adaptations (README.md), runs them one
# file at a time, prints the counts and fails on any failure not in
# expected-failures.txt.
#   bash tests/plone_client_suite/run.sh [vitest filters]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="$root/.venv/bin/python"
cd "$root"
if [[ -z ${BASE_URL:-} ]]; then
  trap stop_demo_server EXIT
  # shellcheck source=../live/demo_server.sh
  source "$root/tests/live/demo_server.sh"
fi

cd "$here"
if [[ ! -d node_modules/@plone/client ]]; then npm ci --no-audit --no-fund --loglevel=error; fi
work=${VETCMS_SUITE_WORK:-$here/work}
export VETCMS_SUITE_WORK="$work"
rm -rf "$work" && mkdir -p "$work"
cp -r node_modules/@plone/client/src "$work/src"
cp harness/resetFixture.ts "$work/src/resetFixture.ts"

# The English language root stands as Plone's site root (apiPath = <site>/en);
# VETCMS_SUITE_ROOT= (empty) uses the whole site's root instead, as a Plone client
# initialised with the bare site URL would.
suite_root=${VETCMS_SUITE_ROOT-en}
export VETCMS_SUITE_API_PATH="$BASE_URL${suite_root:+/$suite_root}" VETCMS_SUITE_USER=api-admin
node harness/adapt.mjs "$work/src"
# What resetFixture keeps: the pages below /en before the run.
VETCMS_SUITE_BASELINE=$(curl -fsS -u "api-admin:$VETCMS_TEST_PASSWORD" \
  "$VETCMS_SUITE_API_PATH/++api++?b_size=1000" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify(JSON.parse(s).items.map(i=>i["@id"]))))')
export VETCMS_SUITE_BASELINE

echo "== @plone/client's own suite against $VETCMS_SUITE_API_PATH"
status=0
npx vitest run --config vitest.config.ts --reporter=dot --reporter=json \
  --outputFile.json="$work/results.json" "$@" || status=$?
if [[ ! -s $work/results.json ]]; then
  echo "vitest wrote no report (exit $status)" >&2
  exit 1
fi
node harness/check.mjs "$work/results.json" expected-failures.txt "$work"
