"""Where each page type may be created: the section structure of the seeds."""

import pytest
from wagtail.models import Page

from pages import models

RULES = [
    (
        models.HomePage,
        {
            models.PracticeIndexPage,
            models.EventIndexPage,
            models.NewsIndexPage,
            models.ProjectIndexPage,
            models.AmbassadorIndexPage,
            models.StandardPage,
        },
    ),
    (models.PracticeIndexPage, {models.PracticePage, models.StandardPage}),
    (models.EventIndexPage, {models.EventPage}),
    (models.NewsIndexPage, {models.NewsPage}),
    (models.ProjectIndexPage, {models.ProjectPage, models.MaterialBankPage}),
    (models.ProjectPage, {models.MaterialBankPage, models.StandardPage}),
    (models.AmbassadorIndexPage, {models.StandardPage}),
    (models.PracticePage, set()),
    (models.EventPage, set()),
    (models.NewsPage, set()),
    (models.MaterialBankPage, set()),
]


@pytest.mark.parametrize(
    ("parent", "children"), RULES, ids=lambda v: getattr(v, "__name__", "")
)
def test_allowed_subpage_types(parent, children):
    assert set(parent.allowed_subpage_models()) == children


def test_home_pages_only_at_the_top_of_the_tree():
    assert models.HomePage.allowed_parent_page_models() == [Page]


def test_a_practice_cannot_be_created_outside_a_practice_index(home, news_index):
    assert not models.PracticePage.can_create_at(home)
    assert not models.PracticePage.can_create_at(news_index)


def test_one_ambassadors_network_per_home(home, ambassador_index):
    assert not models.AmbassadorIndexPage.can_create_at(home)
