"""Exposure by allow-list: the API shows the fields a page type lists in
``api_fields`` (Wagtail's own attribute) and nothing else it adds to Page."""

import pytest

from cms.api.serializers import fields, registry
from pages.models import PracticePage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", registry.page_models(), ids=lambda m: m.__name__)
def test_every_field_is_listed_or_declared_private(model):
    """A new field fails here until it is listed in ``api_fields`` (public) or in
    ``api_private_fields`` (private on purpose)."""
    assert fields.unlisted_fields(model) == []
    own = {f.name for f in fields.own_fields(model)}
    assert fields.listed_names(model) <= own  # no typo lists a field that is not there


def test_a_field_the_type_does_not_list_is_unlisted(monkeypatch):
    listed = [f for f in PracticePage.api_fields if f.name != "website"]
    monkeypatch.setattr(PracticePage, "api_fields", listed)
    assert fields.unlisted_fields(PracticePage) == ["website"]
    monkeypatch.setattr(PracticePage, "api_private_fields", ("website",), raising=False)
    assert fields.unlisted_fields(PracticePage) == []


@pytest.mark.parametrize("language", ["en", "fi"])
def test_a_field_left_off_the_list_is_not_in_the_reply(
    client, editor_client, practice_index, fi_home, monkeypatch, language
):
    practice = factories.PracticePageFactory(
        parent=practice_index, website="https://internal.example.org/notes"
    )
    if language == "fi":
        practice = practice.copy_for_translation(fi_home.locale, copy_parents=True)
        practice.save_revision().publish()
    path = practice.url.removesuffix("/")
    for reader in (client, editor_client):
        assert reader.api(path)["website"] == "https://internal.example.org/notes"

    listed = [f for f in PracticePage.api_fields if f.name != "website"]
    monkeypatch.setattr(PracticePage, "api_fields", listed)
    for reader in (client, editor_client):
        data = reader.api(path)
        assert "website" not in data and data["summary"] == practice.summary
        assert "internal.example.org" not in str(data)


def test_wagtails_api_v2_reads_the_same_list(client, practice_index):
    """/api/v2/ (the bench's comparison) shows each listed field and only those."""
    practice = factories.PracticePageFactory(parent=practice_index)
    data = client.get(f"/api/v2/pages/{practice.pk}/").json()
    assert set(data) - {"id", "meta", "title"} == fields.listed_names(PracticePage)
    assert data["countries"] == [str(c) for c in practice.countries.all()]
