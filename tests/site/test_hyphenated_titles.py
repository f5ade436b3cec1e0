"""Page headings and listed titles carry soft hyphens by the title's own language
(``locales.hyphenation``): Finnish for a translated title, English for one still in
the source language; the tab title stays whole."""

import pytest

from locales.hyphenation import SOFT_HYPHEN, hyphenate
from tests import factories

pytestmark = pytest.mark.django_db

TITLE_FI = "Kansainvälistymisstrategia"


def test_headings_carry_soft_hyphens_of_the_title_language(
    client, practice_index, finnish
):
    source = factories.PracticePageFactory(
        parent=practice_index, title="Internationalisation", slug="long"
    )
    fi = finnish(source, {"Internationalisation": TITLE_FI})
    page = client.get(fi.url).content.decode()
    assert f"<h1>{hyphenate(TITLE_FI, 'fi')}</h1>" in page
    assert SOFT_HYPHEN in hyphenate(TITLE_FI, "fi")
    assert "<title>Kansainvälistymisstrategia" in page  # the tab title stays whole

    # An untranslated title keeps its English (lang="en") and English breaks.
    untranslated = finnish(
        factories.PracticePageFactory(
            parent=practice_index, title="Internationalisation", slug="other"
        ),
        {},
    )
    page = client.get(untranslated.url).content.decode()
    assert f'<h1 lang="en">{hyphenate("Internationalisation", "en")} <span' in page

    listing = client.get(fi.get_parent().url).content.decode()
    assert hyphenate(TITLE_FI, "fi") in listing
