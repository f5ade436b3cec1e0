"""A listing's filter options show their counts and the ones that find nothing are
disabled (a reader is not led to a bare "No results."), except the one chosen."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def options(html: str, name: str) -> dict[str, bool]:
    """{value: disabled} of the named select's options."""
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S)
    assert select, f"no {name} filter"
    return {
        value: "disabled" in attrs
        for attrs, value in (
            (m.group(0), m.group(1))
            for m in re.finditer(r'<option value="([^"]*)"[^>]*>', select.group(1))
        )
    }


def test_options_that_find_nothing_are_disabled(client, practice_index):
    factories.PracticePageFactory(parent=practice_index, kind="tool", countries=["FI"])

    html = client.get(practice_index.url).content.decode()

    kinds = options(html, "kind")
    assert kinds["tool"] is False and kinds[""] is False
    assert kinds["quick-win"] is True and kinds["good-practice"] is True
    countries = options(html, "country")
    assert countries["FI"] is False and countries["LV"] is True


def test_the_chosen_option_stays_enabled_even_when_it_finds_nothing(
    client, practice_index
):
    factories.PracticePageFactory(parent=practice_index, kind="tool", countries=["FI"])

    html = client.get(practice_index.url, {"kind": "quick-win"}).content.decode()

    assert options(html, "kind")["quick-win"] is False
