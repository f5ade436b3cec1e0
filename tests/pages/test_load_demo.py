"""load_demo builds a whole site in five languages; running it again changes nothing."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from pages import models


def site_snapshot():
    pages = Page.objects.order_by("path").values_list(
        "locale__language_code", "url_path", "title", "live", "content_type__model"
    )
    counts = {
        model.__name__: model.objects.count()
        for model in (
            models.Theme,
            models.Organisation,
            models.Person,
            models.Ambassador,
            models.AmbassadorApplication,
        )
    }
    return list(pages), counts, Revision.objects.count()


@pytest.fixture
def demo(db):
    call_command("load_demo", verbosity=0)


# Building the demo takes seconds: each test below checks several things of one build.


def test_running_twice_gives_the_same_site(demo):
    first = site_snapshot()
    call_command("load_demo", verbosity=0)
    assert site_snapshot() == first


def test_demo_has_every_kind_of_content_in_five_languages(demo, client):
    practices = models.PracticePage.objects.filter(locale__language_code="en")
    assert set(practices.values_list("kind", flat=True)) == {
        "good-practice",
        "quick-win",
        "tool",
    }
    assert practices.values("countries").distinct().count() >= 5
    for model in (
        models.EventPage,
        models.NewsPage,
        models.ProjectPage,
        models.MaterialBankPage,
        models.AmbassadorIndexPage,
    ):
        assert model.objects.live().exists(), model
    assert models.EventPage.objects.filter(start__year=2027).exists()  # upcoming
    assert models.AmbassadorApplication.objects.filter(status="pending").count() == 3
    assert models.Ambassador.objects.values("country").distinct().count() >= 10

    for code, title in [
        ("fi", "Ammatillisen koulutuksen tietoportaali"),
        ("nl", "Kennisportaal beroepsonderwijs"),
        ("et", "Kutsehariduse teadmusportaal"),
        ("lv", "Profesionālās izglītības zināšanu portāls"),
    ]:
        home = models.HomePage.objects.get(locale__language_code=code)
        assert home.live and home.title == title
        assert home.url == f"/{code}/"
        # Five sections and the footer's four pages (contact, legal, privacy, a11y).
        assert home.get_children().live().not_type(models.StandardPage).count() == 5
        assert home.get_children().live().type(models.StandardPage).count() == 4
    practice = models.PracticePage.objects.get(
        slug="praksisbrev", locale__language_code="lv"
    )
    assert practice.title == "Prakses apliecība (Praksisbrev)"
    assert practice.url == "/lv/prakses/praksisbrev/"

    for page in Page.objects.live().filter(depth__gte=2).specific():
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_synthetic_practices_exist_in_all_five_locales(db):
    call_command("load_demo", practices=3, verbosity=0)
    synthetic = models.PracticePage.objects.filter(slug__startswith="synthetic-")
    assert synthetic.count() == 15
    assert set(synthetic.values_list("locale__language_code", flat=True)) == {
        "en",
        "fi",
        "nl",
        "et",
        "lv",
    }
    fi = synthetic.get(locale__language_code="fi", slug="synthetic-00000")
    en = synthetic.get(locale__language_code="en", slug="synthetic-00000")
    assert fi.title != en.title and fi.live


def test_negative_volume_is_refused(db):
    with pytest.raises(CommandError):
        call_command("load_demo", practices=-1, verbosity=0)
