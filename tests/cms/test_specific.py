"""cms.specific: specific pages straight from each type's table."""

import pytest
from django.contrib.contenttypes.models import ContentType

from cms.specific import specific_pages
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
