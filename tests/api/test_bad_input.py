"""Bad input of every kind gets a 4xx in plone.rest's error shape, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

URLS = [
    "/en/practices?b_size=0",
    "/en/practices?b_start=abc",
    "/en/practices?b_size=-5",
    "/en/practices?fullobjects=perhaps",
    "/en/practices?expand=navigation&expand.navigation.depth=-1",
    "/en/practices?expand.navigation.depth=deep&expand=navigation",
    "/en/practices?metadata_fields.x=1",
    "/@search?path.depth=x",
    "/@search?path.depth=-7",
    "/@search?sort_on=nope",
    "/@search?sort_order=up",
    "/@search?b_size=1e3",
    "/@search?sort_limit=x",
    "/@search?SearchableText=" + "y" * 700,
    "/@querystring-search",
    "/@querystring-search?query=%7Bnot-json",
    "/@querystring-search?query=42",
    "/@vocabularies/countries?b_size=zero",
    "/@vocabularies/countries?sort_on=token",
    "/@vocabularies/countries/extra",
    "/en/@translation-locator?target_language=fi",
    "/en/@workflow/publish",
    "/en/%00",
    "/en/practices/@breadcrumbs?preview_token=bad",
]


@pytest.mark.parametrize("url", URLS)
def test_bad_input_is_a_client_error(client, editor_client, practice_index, url):
    for c in (client, editor_client):
        response = c.get("/++api++" + url)
        assert 400 <= response.status_code < 500, (url, response.status_code)
        body = response.json()
        assert {"type", "message"} <= set(body), body


@pytest.mark.parametrize(
    "body",
    [
        '{"query": [{"i": "start", "o": "plone.app.querystring'
        '.operation.date.between", "v": ["x", "y"]}]}',
        '{"query": [{"i": "kind", "o": "x.selection.any", "v": [{"a": 1}]}]}',
        '{"query": [], "b_size": "many"}',
        '{"query": [{"i": "path", "o": "plone.app.querystring'
        '.operation.string.absolutePath", "v": "/nope::x"}], '
        '"sort_on": "nope"}',
    ],
)
def test_bad_querystring_criteria_are_400(client, practice_index, body):
    response = client.post(
        "/++api++/@querystring-search", body, content_type="application/json"
    )
    assert response.status_code == 400, response.content
