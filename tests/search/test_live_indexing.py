"""Publishing, unpublishing, moving, deleting and publishing a translation update the
right index; a rebuild (alias swap) keeps the results."""

import pytest
from wagtail.models import Page

from locales.localize import translate
from search.query import search_pages
from search.rebuild import end_bulk_load, start_bulk_load
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine


def found(word, locale="en", **kwargs):
    return [page.pk for page in search_pages(word, locale=locale, **kwargs).items]


def test_a_publish_is_searchable_after_refresh(search_engine, practice_index):
    page = factories.PracticePageFactory(
        parent=practice_index, title="Draft idea", live=False
    )
    search_engine.refresh()
    assert found("idea") == []

    page.title = "Published idea"
    page.save_revision().publish()
    search_engine.refresh()

    assert found("idea") == [page.pk]
    assert found("published") == [page.pk]


def test_republishing_updates_text_and_relations(search_engine, practice_index):
    page = published(
        factories.PracticePageFactory(
            parent=practice_index, title="Dropout scheme", countries=["FI"]
        )
    )
    search_engine.refresh()

    page.title = "Retention scheme"
    page.countries = [factories.models.Country.objects.get(pk="EE")]
    page.save_revision().publish()
    search_engine.refresh()

    assert found("dropout") == []
    assert found("retention", filters={"country": "EE"}) == [page.pk]
    assert found("retention", filters={"country": "FI"}) == []


def test_unpublish_removes_the_page(search_engine, practice_index):
    page = factories.PracticePageFactory(parent=practice_index, title="Retired scheme")
    search_engine.refresh()
    assert found("retired") == [page.pk]

    page.unpublish()
    search_engine.refresh()

    assert found("retired") == []
    assert page.pk not in search_engine.page_ids("en")


def test_delete_removes_the_page_from_every_index(search_engine, practice_index):
    page = factories.PracticePageFactory(parent=practice_index, title="Doomed scheme")
    pk = page.pk
    search_engine.refresh()

    Page.objects.get(pk=pk).delete()

    assert pk not in search_engine.page_ids("en")
    assert pk not in search_engine.page_ids("default")


def test_deleting_a_section_removes_its_pages(search_engine, practice_index):
    page = factories.PracticePageFactory(parent=practice_index, title="Nested scheme")
    search_engine.refresh()

    practice_index.delete()

    assert page.pk not in search_engine.page_ids("en")
    assert page.pk not in search_engine.page_ids("default")


def test_moving_into_a_private_section_hides_the_page(
    search_engine, home, practice_index
):
    from wagtail.models import PageViewRestriction

    private = factories.StandardPageFactory(parent=home, title="Intranet")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    page = factories.StandardPageFactory(parent=home, title="Roaming page")
    search_engine.refresh()
    assert found("roaming") == [page.pk]

    page.move(private, pos="last-child")

    assert page.pk not in search_engine.page_ids("en")
    assert found("roaming") == []


def test_publishing_a_translation_indexes_it_in_its_locale(
    search_engine, translated_homes
):
    practice = factories.PracticePageFactory(
        parent=translated_homes, title="Mentoring apprentices"
    )
    search_engine.refresh()
    assert found("opettajille", "fi") == []

    fi = translate(practice, "fi", {"Mentoring apprentices": "Opettajat ohjaavat"})
    search_engine.refresh()

    assert found("opettajille", "fi") == [fi.pk]
    assert fi.pk in search_engine.page_ids("fi")
    assert fi.pk not in search_engine.page_ids("en")


def test_rebuild_swaps_the_alias_and_keeps_results(search_engine, translated_practice):
    before = {
        code: found(word, code)
        for code, word in (("fi", "opettajille"), ("en", "apprenticeship"))
    }
    es = search_engine.es
    alias = f"{search_engine.prefix}fi_wagtailcore_page"
    old = set(es.indices.get_alias(name=alias))

    sent = search_engine.rebuild("fi", "en")
    search_engine.refresh()

    new = set(es.indices.get_alias(name=alias))
    assert new and not new & old  # a new index behind the same name
    assert not es.indices.exists(index=",".join(old))  # the old one is gone
    assert sent >= 6  # home, practice index and practice in each locale
    after = {
        code: found(word, code)
        for code, word in (("fi", "opettajille"), ("en", "apprenticeship"))
    }
    assert after == before
    assert before["fi"] == [translated_practice["fi"].pk]


def test_bulk_load_settings_are_undone_with_the_index_own_replicas(search_engine):
    backend = search_engine.backend("en")
    index = backend.get_index_for_model(Page)
    es = search_engine.es

    def settings():
        reply = es.indices.get_settings(index=index.name, flat_settings=True)
        return next(iter(reply.values()))["settings"]

    es.indices.put_settings(index=index.name, body={"index": {"number_of_replicas": 1}})
    try:
        replicas = start_bulk_load(backend, index)
        loading = settings()
        assert loading["index.number_of_replicas"] == "0"
        assert loading["index.refresh_interval"] == "-1"
        assert loading["index.translog.durability"] == "async"
        end_bulk_load(backend, index, replicas)
        loaded = settings()
        assert loaded["index.number_of_replicas"] == "1"
        assert "index.refresh_interval" not in loaded  # the default again
        assert "index.translog.durability" not in loaded
    finally:
        es.indices.put_settings(
            index=index.name, body={"index": {"number_of_replicas": 0}}
        )
