"""The browsable API documentation: /api/docs/ serves Swagger UI from the installed
package (no CDN) over /api/openapi.json, whose examples are in the five languages
and whose whole-request examples answer on the demo site."""

import re
from urllib.parse import unquote

import pytest
from django.contrib.staticfiles import finders

from cms.api.openapi import document
from cms.api.openapi_examples import REQUESTS, SECTIONS


@pytest.fixture
def demo(demo_site, db):
    """The demo, built once for this module (tests/conftest.py)."""


def test_the_docs_page_loads_swagger_ui_from_the_site_itself(client, db):
    html = client.get("/api/docs/").content.decode()

    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts and all(src.startswith("/static/") for src in scripts)
    for src in scripts:  # the files exist in the installed packages / the app
        assert finders.find(src.removeprefix("/static/")), src
    assert 'data-schema-url="/api/openapi.json"' in html
    assert "<script>" not in html  # no inline script: the CSP allows 'self' only


def test_every_operation_has_a_path_example_in_each_language():
    for url, verbs in document()["paths"].items():
        for verb, op in verbs.items():
            path = op["parameters"][0]
            assert path["name"] == "path"
            assert set(path["examples"]) == set(SECTIONS), (verb, url)


def test_the_reader_filters_are_documented_with_examples():
    search = document()["paths"]["/++api++/{path}/@search"]["get"]
    params = {p["name"]: p for p in search["parameters"]}
    for name in ("kind", "country", "theme", "group", "year"):
        assert params[name]["description"] and params[name]["examples"], name
    assert params["year"]["schema"]["type"] == "integer"
    assert set(params["SearchableText"]["examples"]) == set(SECTIONS)
    assert "Practices in Finnish from Finland, newest first" in search["description"]


def test_the_example_requests_answer_on_the_demo(client, demo):
    requests = re.findall(r"`GET (/\+\+api\+\+/[^`]+)`", REQUESTS)
    assert len(requests) >= 5
    answers = {}
    for url in requests:
        reply = client.get(unquote(url).replace("+", "%2B"))
        assert reply.status_code == 200, (url, reply.content[:300])
        answers[url] = reply.json()
    finnish = answers[next(u for u in requests if "/fi/@search" in u)]
    assert finnish["items"], "the demo has Finnish practices from Finland"
    assert all(item["@type"] == "PracticePage" for item in finnish["items"])
    dates = [item["effective"] for item in finnish["items"] if item.get("effective")]
    assert dates == sorted(dates, reverse=True)
