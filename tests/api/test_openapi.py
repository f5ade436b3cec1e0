"""/api/openapi.json describes request and response bodies of every operation, and
real answers match the schemas it gives (schemathesis checks the same over generated
requests in tests/schema/run.sh)."""

import json

import pytest
from jsonschema_rs import Draft202012Validator  # schemathesis' validator

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def doc(client):
    return client.get("/api/openapi.json").json()


def operations(doc):
    for url, verbs in doc["paths"].items():
        for verb, op in verbs.items():
            yield url, verb, op


def test_every_operation_has_a_documented_success_body(doc):
    for url, verb, op in operations(doc):
        success = [c for c in op["responses"] if c.startswith("2")]
        if op.get("x-not-implemented"):  # Plone-only: the 501 is the documented answer
            success = ["501"]
        assert success, (url, verb)
        for code in success:
            content = op["responses"][code].get("content")
            if code != "204":
                schema = next(iter(content.values()))["schema"]
                assert schema["$ref"].rsplit("/", 1)[1] in doc["components"]["schemas"]
        assert {"400", "401", "404"} <= set(op["responses"]), (url, verb)


def test_writes_document_their_request_bodies(doc):
    paths = doc["paths"]
    body = paths["/++api++/{path}"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("NewContent")
    assert "requestBody" in paths["/++api++/{path}"]["patch"]
    assert "requestBody" in paths["/++api++/{path}/@login"]["post"]
    assert "requestBody" in paths["/++api++/{path}/@workflow/{transition}"]["post"]
    assert "requestBody" in paths["/++api++/{path}/@history"]["patch"]
    assert "requestBody" in paths["/++api++/{path}/@translations"]["post"]


def validate(doc, name, instance):
    schema = {"components": doc["components"], "$ref": f"#/components/schemas/{name}"}
    errors = list(Draft202012Validator(schema).iter_errors(instance))
    assert not errors, [f"{e.instance_path}: {e.message}" for e in errors[:5]]


def response_schema(doc, url, verb="get", code="200"):
    content = doc["paths"][url][verb]["responses"][code]["content"]
    return next(iter(content.values()))["schema"]["$ref"].rsplit("/", 1)[1]


@pytest.mark.parametrize(
    "template, path",
    [
        ("/++api++/{path}", "/++api++/en/practices?fullobjects=1"),
        ("/++api++/{path}", "/++api++/"),
        ("/++api++/{path}", "/++api++/en/practices/{slug}?expand=navigation,workflow"),
        ("/++api++/{path}/@search", "/++api++/@search?metadata_fields=_all"),
        ("/++api++/{path}/@navigation", "/++api++/en/practices/@navigation"),
        (
            "/++api++/{path}/@contextnavigation",
            "/++api++/en/practices/@contextnavigation",
        ),
        ("/++api++/{path}/@breadcrumbs", "/++api++/en/practices/{slug}/@breadcrumbs"),
        ("/++api++/{path}/@navroot", "/++api++/en/@navroot"),
        ("/++api++/{path}/@translations", "/++api++/en/@translations"),
        ("/++api++/{path}/@actions", "/++api++/en/@actions"),
        ("/++api++/{path}/@workflow", "/++api++/en/practices/@workflow"),
        ("/++api++/{path}/@site", "/++api++/@site"),
        ("/++api++/{path}/@types", "/++api++/@types"),
        ("/++api++/{path}/@types/{type}", "/++api++/@types/EventPage"),
        ("/++api++/{path}/@vocabularies", "/++api++/@vocabularies"),
        ("/++api++/{path}/@vocabularies/{vocabulary}", "/++api++/@vocabularies/themes"),
        ("/++api++/{path}/@querystring", "/++api++/@querystring"),
        ("/++api++/{path}/@lock", "/++api++/en/practices/@lock"),
        ("/++api++/{path}/@history", "/++api++/en/practices/{slug}/@history"),
        ("/++api++/{path}/@aliases", "/++api++/en/practices/@aliases"),
    ],
)
def test_answers_match_their_schemas(
    editor_client, doc, practice_index, template, path
):
    page = factories.PracticePageFactory(parent=practice_index)
    page.save_revision().publish()
    response = editor_client.get(path.format(slug=page.slug))
    assert response.status_code == 200, response.content[:300]
    validate(doc, response_schema(doc, template), response.json())


def test_errors_match_the_error_schema(client, doc, home):
    validate(doc, "Error", client.get("/++api++/en/nothing-here").json())
    validate(doc, "Error", client.get("/++api++/@types").json())
    body = client.post(
        "/++api++/@login",
        json.dumps({"login": "x", "password": "y"}),
        content_type="application/json",
    ).json()
    validate(doc, "Error", body)


def test_every_verb_of_every_service_is_described(doc):
    from importlib import import_module

    from cms.api.openapi import VERBS
    from cms.api.services import SERVICES

    for name, module_name in SERVICES.items():
        module = import_module(f"cms.api.services.{module_name}")
        url = "/++api++/{path}" + (f"/{name}" if name else "")
        for verb in VERBS:
            if hasattr(module, verb):
                assert verb.lower() in doc["paths"][url], (url, verb)
