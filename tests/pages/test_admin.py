"""Editors can open the create and edit forms of every page type and snippet."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from pages import models
from tests import factories

PAGE_TYPES = [
    models.HomePage,
    models.StandardPage,
    models.PracticeIndexPage,
    models.PracticePage,
    models.EventIndexPage,
    models.EventPage,
    models.NewsIndexPage,
    models.NewsPage,
    models.ProjectIndexPage,
    models.ProjectPage,
    models.MaterialBankPage,
    models.AmbassadorIndexPage,
]
SNIPPETS = [
    models.Theme,
    models.TargetGroup,
    models.Organisation,
    models.Person,
    models.Ambassador,
    models.AmbassadorApplication,
]


@pytest.fixture
def demo(
    home,
    practice_index,
    event_index,
    news_index,
    project_index,
    ambassador_index,
    locales,
):
    """One page of each type and one of each snippet, plus a second, empty home."""
    factories.StandardPageFactory(parent=home)
    factories.PracticePageFactory(parent=practice_index)
    factories.EventPageFactory(parent=event_index)
    factories.NewsPageFactory(parent=news_index)
    project = factories.ProjectPageFactory(parent=project_index)
    factories.MaterialBankPageFactory(parent=project)
    factories.HomePageFactory(
        parent=home.get_parent(), slug="home-fi", locale=locales["fi"]
    )
    for factory in (
        factories.ThemeFactory,
        factories.TargetGroupFactory,
        factories.OrganisationFactory,
        factories.PersonFactory,
        factories.AmbassadorFactory,
        factories.AmbassadorApplicationFactory,
    ):
        factory()


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda m: m.__name__)
def test_edit_form_opens(client, demo, editor, model):
    page = model.objects.first()
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize("model", PAGE_TYPES[1:], ids=lambda m: m.__name__)
def test_create_form_opens_under_an_allowed_parent(client, demo, editor, model):
    parent = next(
        p
        for p in Page.objects.filter(depth__gte=2).specific()
        if model.can_create_at(p)
    )
    client.force_login(editor)
    url = reverse(
        "wagtailadmin_pages:add", args=["pages", model._meta.model_name, parent.pk]
    )
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("model", SNIPPETS, ids=lambda m: m.__name__)
def test_snippet_listing_and_edit_open(client, demo, editor, model):
    client.force_login(editor)
    name = f"wagtailsnippets_pages_{model._meta.model_name}"
    assert client.get(reverse(f"{name}:list")).status_code == 200
    obj = model.objects.first()
    assert client.get(reverse(f"{name}:edit", args=[obj.pk])).status_code == 200
