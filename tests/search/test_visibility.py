"""Readers never get drafts, private pages, unpublished translations or ambassador
applications back, from the index or from search_pages."""

import pytest
from wagtail.models import Page, PageViewRestriction
from wagtail.search.index import class_is_indexed

from locales.localize import translate
from pages.models import AmbassadorApplication
from search.query import search_pages
from search.suggest import suggest
from tests import factories

pytestmark = pytest.mark.search_engine


def found(word, locale="en"):
    return {page.pk for page in search_pages(word, locale=locale).items}


def test_drafts_are_not_in_the_readers_index(search_engine, practice_index):
    draft = factories.PracticePageFactory(
        parent=practice_index, title="Unreleased scheme", live=False
    )
    search_engine.refresh()

    assert draft.pk not in search_engine.page_ids("en")
    assert draft.pk in search_engine.page_ids("default")  # editors still find it
    assert found("unreleased") == set()
    assert suggest("unrel", locale="en") == []


def test_draft_changes_of_a_live_page_stay_out(search_engine, practice_index):
    page = factories.PracticePageFactory(parent=practice_index, title="Public title")
    page.title = "Secret new title"
    page.save_revision()  # a draft: the live row keeps "Public title"
    search_engine.refresh()

    assert found("secret") == set()
    assert found("public") == {page.pk}


def test_private_pages_never_come_back(search_engine, practice_index):
    page = factories.PracticePageFactory(
        parent=practice_index, title="Members only plan"
    )
    search_engine.refresh()
    assert found("members") == {page.pk}

    PageViewRestriction.objects.create(
        page=practice_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    assert page.pk not in search_engine.page_ids("en")
    assert found("members") == set()


def test_lifting_a_restriction_indexes_the_section_again(search_engine, practice_index):
    restriction = PageViewRestriction.objects.create(
        page=practice_index, restriction_type=PageViewRestriction.LOGIN
    )
    page = factories.PracticePageFactory(parent=practice_index, title="Hidden plan")
    search_engine.refresh()
    assert found("hidden") == set()

    restriction.delete()

    assert page.pk in search_engine.page_ids("en")
    assert found("hidden") == {page.pk}


def test_unpublished_translation_is_not_found(search_engine, translated_homes):
    practice = factories.PracticePageFactory(
        parent=translated_homes, title="Mentoring apprentices"
    )
    fi = translate(
        practice, "fi", {"Mentoring apprentices": "Opettajat ohjaavat"}, publish=False
    )
    search_engine.refresh()

    assert not Page.objects.get(pk=fi.pk).live
    assert found("opettajille", "fi") == set()
    assert fi.pk not in search_engine.page_ids("fi")


def test_ambassador_applications_are_never_indexed(search_engine, ambassador_index):
    AmbassadorApplicationFactory = factories.AmbassadorApplicationFactory
    AmbassadorApplicationFactory(name="Zelda Quixotic", motivation="Quixotic plans")
    search_engine.refresh()

    assert not class_is_indexed(AmbassadorApplication)
    assert found("quixotic") == set()
    reply = search_engine.es.search(
        index=f"{search_engine.prefix}*",
        body={"query": {"query_string": {"query": "quixotic"}}},
    )
    assert reply["hits"]["total"]["value"] == 0


def test_pending_failures_are_read_once_per_content_generation(
    search_engine, practice_index, monkeypatch
):
    """Searches leave out pages whose index update is pending (search/failures.py);
    with a shared cache the pending ids are remembered per content generation, and
    recording a failure moves the generation on."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cms.core import generation
    from search import failures

    monkeypatch.setattr(generation, "shared", lambda: True)
    generation._MEMO.clear()
    assert failures.unseen_pending_page_ids() == []
    with CaptureQueriesContext(connection) as ctx:
        assert failures.unseen_pending_page_ids() == []
    assert len(ctx.captured_queries) == 0
    page = factories.PracticePageFactory(parent=practice_index)
    page.unpublish()
    failures.record(page, "delete", RuntimeError("engine down"))
    assert failures.unseen_pending_page_ids() == [page.pk]
    generation._MEMO.clear()
