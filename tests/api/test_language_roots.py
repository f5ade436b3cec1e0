"""Language roots (``/++api++/fi``): their ids are remembered between requests, and a
home added, replaced or changed elsewhere is still served as it is now."""

import pytest
from wagtail.models import Page

from locales.localize import translate

pytestmark = pytest.mark.django_db


def title_at(client, path, expect=200):
    data = client.api(path, expect=expect)
    return data["title"] if expect == 200 else None


def test_a_language_gets_its_home_as_soon_as_it_is_translated(client, home):
    client.api("/fi", expect=404)  # a missing home is not remembered
    translate(home, "fi", {"Home": "Etusivu", "home": "etusivu"})
    assert title_at(client, "/fi") == "Etusivu"


def test_a_replaced_home_is_served_at_once(client, home, fi_home):
    assert title_at(client, "/fi") == "Etusivu"
    fi_home.delete()
    client.api("/fi", expect=404)
    translate(home, "fi", {"Home": "Koti", "home": "koti"})
    assert title_at(client, "/fi") == "Koti"


def test_a_home_changed_without_signals_is_looked_up_again(
    client, home, fi_home, nl_home, locales
):
    """As if another process had changed it (no signal here, no generation bump):
    the remembered id is checked against the page as it is."""
    assert title_at(client, "/fi") == "Etusivu"
    assert title_at(client, "/nl") == "Start"
    Page.objects.filter(pk=nl_home.pk).update(locale=locales["et"])
    Page.objects.filter(pk=fi_home.pk).update(locale=locales["nl"])
    assert title_at(client, "/nl") == "Etusivu"
    assert title_at(client, "/et") == "Start"
    client.api("/fi", expect=404)
