"""@vocabularies and @types."""

import pytest

pytestmark = pytest.mark.django_db


def test_vocabulary_list(client, home):
    names = [v["@id"].rsplit("/", 1)[1] for v in client.api("/@vocabularies")]
    assert {
        "countries",
        "practice_kinds",
        "themes",
        "resource_types",
        "audience_roles",
        "languages",
    } <= set(names)


@pytest.mark.parametrize(
    "name,token",
    [
        ("countries", "BE-FR"),
        ("practice_kinds", "tool"),
        ("resource_types", "guide"),
        ("audience_roles", "vet-teacher"),
        ("languages", "fi"),
        ("content_languages", "lv"),
    ],
)
def test_vocabulary_terms(client, home, name, token):
    data = client.api(f"/@vocabularies/{name}?b_size=-1")
    assert token in [t["token"] for t in data["items"]]
    assert data["items_total"] == len(data["items"])


def test_vocabulary_filters_and_batching(client, home):
    data = client.api("/@vocabularies/countries?title=belg")
    assert {t["token"] for t in data["items"]} == {"BE", "BE-FR", "BE-NL", "BE-DE"}
    data = client.api("/@vocabularies/countries?tokens:list=FI&tokens:list=NO")
    assert [t["token"] for t in data["items"]] == ["FI", "NO"]
    data = client.api("/@vocabularies/countries?b_size=5")
    assert len(data["items"]) == 5 and "batching" in data
    client.api("/@vocabularies/countries?title=a&token=FI", expect=400)
    client.api("/@vocabularies/nope", expect=404)


def test_types_are_401_for_anonymous(client, home):
    client.api("/@types", expect=401)
    client.api("/@types/PracticePage", expect=401)


def test_type_schema(editor_client, home):
    response = editor_client.get("/++api++/@types/PracticePage")
    assert response["Content-Type"] == "application/json+schema"
    schema = response.json()
    assert schema["type"] == "object" and "kind" in schema["required"]
    assert schema["properties"]["kind"]["enum"] == [
        "good-practice",
        "quick-win",
        "tool",
    ]
    assert schema["properties"]["countries"]["items"]["vocabulary"]["@id"].endswith(
        "/@vocabularies/countries"
    )
    assert schema["fieldsets"][0]["fields"][0] == "title"
    editor_client.api("/@types/Nope", expect=404)
