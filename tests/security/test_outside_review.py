"""One test per finding of the outside review (issue 22), named after the behaviour
that now holds."""

import json

import pytest

from cms.api.urls_public import page_path
from locales.localize import translate
from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


@pytest.fixture
def en_draft_revision(news_index, editor):
    """A published English news item with a newer draft that holds a secret."""
    page = factories.NewsPageFactory(parent=news_index, title="Open title")
    page.save_revision(user=editor).publish(user=editor)
    page.title = "Secret draft title"
    page.save_revision(user=editor)
    return page


def api_get(client, page, suffix="", user=None, **extra):
    if user is not None:
        extra.update(basic(user.username))
    return client.get("/++api++" + page_path(page) + suffix, **extra)


# 1. @history


def test_history_of_another_locales_page_is_refused_to_a_translator(
    client, en_draft_revision, fi_translator
):
    for suffix in ("/@history", "/@history/1"):
        response = api_get(client, en_draft_revision, suffix, user=fi_translator)
        assert response.status_code == 403
        assert "Secret draft title" not in response.content.decode()


def test_history_of_own_locales_page_is_open_to_its_translator(
    client, home, en_draft_revision, fi_translator
):
    translate(home, "fi", {"Home": "Etusivu"})
    fi_page = translate(en_draft_revision, "fi", {"Open title": "Avoin"})
    response = api_get(client, fi_page, "/@history/0", user=fi_translator)
    assert response.status_code == 200


def test_history_draft_revision_is_shown_to_an_editor(
    client, en_draft_revision, staff_editor
):
    response = api_get(client, en_draft_revision, "/@history/1", user=staff_editor)
    assert response.status_code == 200
    assert response.json()["title"] == "Secret draft title"
