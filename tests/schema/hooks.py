"""schemathesis hooks for tests/schema/run.sh: most generated requests address real
pages of the demo site (paths listed in $VETCMS_SCHEMA_PATHS, one per line), the rest
keep schemathesis' random paths (404s). Deletions only ever address leaf pages
($VETCMS_SCHEMA_LEAVES), so one run does not empty the tree for the next requests."""

import json
import os
from pathlib import Path

import schemathesis
from hypothesis import strategies as st


def _lines(variable: str) -> list[str]:
    path = os.environ.get(variable)
    lines = Path(path).read_text().splitlines() if path else []
    return [line for line in lines if line is not None] or [""]


PATHS = _lines("VETCMS_SCHEMA_PATHS")
LEAVES = _lines("VETCMS_SCHEMA_LEAVES")


@schemathesis.hook
def flatmap_path_parameters(context, path_parameters):
    if "path" not in path_parameters:
        return st.just(path_parameters)
    operation = context.operation
    deleting = operation is not None and operation.method.upper() == "DELETE"
    pool = LEAVES if deleting and operation.path == "/++api++/{path}" else PATHS
    real = st.sampled_from(pool).map(lambda p: {**path_parameters, "path": p})
    return st.one_of(real, real, real, st.just(path_parameters))


@schemathesis.deserializer("application/json+schema")
def json_schema_body(ctx, response):
    """@types/{type} answers JSON Schema as plone.restapi does: JSON all the same."""
    return json.loads(response.content)
