"""Target groups as a filter and a facet on the real engine, as kind, country and
theme already are: the same answers as the database backend gives."""

import pytest

from search.query import search_pages
from tests import factories
from tests.search.conftest import published

pytestmark = pytest.mark.search_engine


def test_a_target_group_filters_and_is_counted(search_engine, practice_index):
    teachers = factories.TargetGroupFactory(slug="teachers", name="Teachers")
    learners = factories.TargetGroupFactory(slug="learners", name="Learners")
    for title, groups in (
        ("Mentoring teachers", [teachers]),
        ("Mentoring learners", [learners]),
        ("Mentoring everyone", [teachers, learners]),
    ):
        page = factories.PracticePageFactory(parent=practice_index, title=title)
        page.target_groups.set(groups)
        published(page)
    search_engine.refresh()

    found = search_pages(
        "mentoring", locale="en", filters={"group": ["teachers"]}, facets=["group"]
    )

    assert {p.title for p in found.items} == {
        "Mentoring teachers",
        "Mentoring everyone",
    }
    counts = {b.value: (b.label, b.count) for b in found.facets["group"]}
    assert counts == {"teachers": ("Teachers", 2), "learners": ("Learners", 1)}
