"""cms.core.specific: specific pages straight from each type's table, or from the base
table with each type's table joined."""

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from cms.core.specific import specific_pages, specific_pages_joined
from pages.models import EventPage, PracticePage
from tests import factories

pytestmark = pytest.mark.django_db


def test_one_query_per_type_and_what_narrow_leaves(
    practice_index, event_index, django_assert_num_queries
):
    a = factories.PracticePageFactory(parent=practice_index, title="A")
    b = factories.PracticePageFactory(parent=practice_index, title="B")
    e = factories.EventPageFactory(parent=event_index, title="E")
    types = {p.pk: p.content_type_id for p in (a, b, e)}
    types[10**9] = ContentType.objects.get_for_model(ContentType).pk  # not a page
    with django_assert_num_queries(2):
        found = specific_pages(types)
    assert set(found) == {a.pk, b.pk, e.pk}
    assert type(found[a.pk]) is PracticePage and type(found[e.pk]) is EventPage
    assert found[b.pk].summary == b.summary  # the type's own fields are loaded

    found = specific_pages(types, lambda model, rows: rows.exclude(title="B"))
    assert set(found) == {a.pk, e.pk}


def test_joined_loads_every_type_in_one_query_with_only_the_fields_asked(
    practice_index, event_index, django_assert_num_queries
):
    a = factories.PracticePageFactory(parent=practice_index, title="A")
    e = factories.EventPageFactory(parent=event_index, title="E")
    types = {p.pk: p.content_type_id for p in (a, e)}
    types[10**9] = ContentType.objects.get_for_model(ContentType).pk  # not a page
    wanted = {PracticePage: ("title", "summary"), EventPage: ("title", "start")}
    with django_assert_num_queries(1):
        found = specific_pages_joined(types, wanted.get)
    assert set(found) == {a.pk, e.pk}
    assert type(found[a.pk]) is PracticePage and type(found[e.pk]) is EventPage
    with django_assert_num_queries(0):
        assert (found[a.pk].title, found[a.pk].summary) == ("A", a.summary)
        assert (found[e.pk].title, found[e.pk].start) == ("E", e.start)
        assert found[a.pk].pk == found[a.pk].page_ptr_id == a.pk
    assert "body" in found[a.pk].get_deferred_fields()
    assert "summary" in found[e.pk].get_deferred_fields()


def test_joined_keeps_only_the_rows_the_narrowing_queryset_holds(
    practice_index, event_index
):
    a = factories.PracticePageFactory(parent=practice_index, title="A")
    hidden = factories.PracticePageFactory(parent=practice_index, live=False)
    types = {p.pk: p.content_type_id for p in (a, hidden)}
    found = specific_pages_joined(
        types, lambda model: ("title",), Page.objects.filter(live=True)
    )
    assert set(found) == {a.pk}
