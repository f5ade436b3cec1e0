"""Our answers have the keys and shapes (not the values) of plone.restapi's recorded
examples for the same endpoints (tests/api/examples/, written from the recordings in
plone.restapi's src/plone/restapi/tests/http-examples/)."""

import json
from pathlib import Path
from urllib.parse import quote

import pytest

from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db
EXAMPLES = Path(__file__).parent / "examples"
OP = "plone.app.querystring.operation."
QUERY = {
    "query": [{"i": "portal_type", "o": OP + "selection.any", "v": ["PracticePage"]}]
}

# Keys Plone has and we deliberately do not: no equivalent in Wagtail, or no feature.
OMITTED = {
    "changeNote": "plone.app.versioningbehavior's edit note",
    "versioning_enabled": "plone.app.versioningbehavior flag",
    "table_of_contents": "plone.app.contenttypes Document option",
    "text": "Document's rich text field; our types have their own fields",
    "Creator": "metadata naming editors is not published",
    "image_caption": "News Item field; NewsPage names it image_caption too, but "
    "the event example has none",
    "plone.site_logo": "present, null (no logo setting)",
}
OMITTED_BY_EXAMPLE = {
    # Plone's News Item / Event fields that our types name differently.
    "newsitem": {"image", "image_caption"},
    "event": {
        "attendees",
        "contact_email",
        "contact_name",
        "contact_phone",
        "end",
        "event_url",
        "open_end",
        "recurrence",
        "start",
        "sync_uid",
        "whole_day",
        "location",
    },
}
# A null in a recording stands for "unset"; ours may be set (and vice versa for dates).
NULLABLE = {
    "created",
    "modified",
    "effective",
    "expires",
    "review_state",
    "start",
    "end",
    "event_url",
    "plone.site_logo",
    "image_field",
    "image_scales",
    "vocabulary",
}  # Plone's own non-vocabulary indexes have null there too
TYPES = {"string": str, "number": (int, float), "boolean": bool}


def conforms(shape, ours, where="$", omitted=frozenset()):
    """Every key of Plone's shape is in ours with a compatible JSON type."""
    key = where.rsplit(".", 1)[-1]
    if shape == "null" or (key in NULLABLE and ours is None):
        return
    if key == "language" and isinstance(ours, dict):  # term, on a multilingual site
        assert set(ours) == {"token", "title"}, where
        return
    if isinstance(shape, dict):
        assert isinstance(ours, dict), f"{where}: expected an object, got {ours!r}"
        for name, sub in shape.items():
            if name == "*":
                for k, v in ours.items():
                    conforms(sub, v, f"{where}.{k}", omitted)
                continue
            if name in OMITTED or name in omitted:
                continue
            assert name in ours, f"{where}: missing key {name!r}"
            conforms(sub, ours[name], f"{where}.{name}", omitted)
    elif isinstance(shape, list):
        assert isinstance(ours, list), f"{where}: expected a list, got {ours!r}"
        if shape and ours:
            for item in ours[:3]:
                conforms(shape[0], item, f"{where}[]", omitted)
    else:
        assert isinstance(ours, TYPES[shape]), (
            f"{where}: expected {shape}, got {ours!r}"
        )


@pytest.fixture
def site(home, practice_index, event_index, news_index):
    pages = [factories.PracticePageFactory(parent=practice_index) for _ in range(3)]
    for page in [home, practice_index, *pages]:
        page.save_revision().publish()
    translate(home, "fi", {"Home": "Etusivu"})
    translate(practice_index, "fi", {"Practices": "Käytännöt"})
    return {
        "practice": pages[0].slug,
        "event": factories.EventPageFactory(parent=event_index).slug,
        "news": factories.NewsPageFactory(parent=news_index).slug,
    }


def cases(s):
    page = f"/en/practices/{s['practice']}"
    get_query = quote(quote(json.dumps(QUERY)))
    return {
        "siteroot": ("get", "/", None),
        "content_get": ("get", page, None),
        "content_get_folder": ("get", "/en/practices?metadata_fields=UID", None),
        "batching": ("get", "/en/practices/@search?b_size=2&sort_on=path", None),
        "search_options": (
            "get",
            "/@search?path.query=/en/practices&path.depth=1",
            None,
        ),
        "search_metadata_fields": (
            "get",
            "/@search?SearchableText=practice&metadata_fields=modified"
            "&metadata_fields=created",
            None,
        ),
        "querystringsearch_post": ("post", "/@querystring-search", QUERY),
        "querystringsearch_get": (
            "get",
            f"/@querystring-search?query={get_query}",
            None,
        ),
        "breadcrumbs": ("get", f"{page}/@breadcrumbs", None),
        "navigation": ("get", f"{page}/@navigation", None),
        "navigation_tree": (
            "get",
            f"{page}/@navigation?expand.navigation.depth=4",
            None,
        ),
        "navroot_lang_folder_get": ("get", "/en/@navroot", None),
        "contextnavigation": ("get", "/en/practices/@contextnavigation", None),
        "translations_get": ("get", "/en/practices/@translations", None),
        "site_get": ("get", "/@site", None),
        "workflow_get": ("get", f"{page}/@workflow", None),
        "vocabularies": ("get", "/@vocabularies", None),
        "vocabularies_get": ("get", "/@vocabularies/portal_types", None),
        "types": ("get", "/@types", None),
        "types_document": ("get", "/@types/StandardPage", None),
        "404_not_found": ("get", "/en/non-existing-resource", None),
        "expansion_expanded_full": (
            "get",
            f"{page}?expand=actions,breadcrumbs,navigation,workflow,types",
            None,
        ),
        "event": ("get", f"/en/events/{s['event']}", None),
        "newsitem": ("get", f"/en/news/{s['news']}", None),
        "translation_locator": (
            "get",
            f"{page}/@translation-locator?target_language=fi",
            None,
        ),
        "querystring_get": ("get", "/@querystring", None),
    }


NAMES = sorted(p.stem for p in EXAMPLES.glob("*.json"))


@pytest.mark.parametrize("name", NAMES)
def test_shape_matches_plone_recording(editor_client, site, name):
    example = json.loads((EXAMPLES / f"{name}.json").read_text())
    method, path, body = cases(site)[name]
    kwargs = (
        {"data": json.dumps(body), "content_type": "application/json"} if body else {}
    )
    # Like the recordings (made as admin), as an editor.
    response = getattr(editor_client, method)("/++api++" + path, **kwargs)
    assert response.status_code == example["status"], response.content[:300]
    assert response["Content-Type"] == example["content_type"]
    omitted = OMITTED_BY_EXAMPLE.get(name, set())
    conforms(example["shape"], response.json(), omitted=frozenset(omitted))


def test_every_example_has_a_case(site):
    assert set(NAMES) == set(cases(site))
