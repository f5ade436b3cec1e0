"""A partly translated page marks each field still in the source language as a
fallback page is marked (``lang`` plus the "in English" badge), and untranslated
taxonomy terms are marked on pages and in the listing's filters."""

import re

import pytest
from django.utils import translation

from locales.localize import translate
from locales.untranslated import source_text
from tests import factories

pytestmark = pytest.mark.django_db

BADGE_FI = '<span class="badge fallback-badge" lang="fi">englanniksi</span>'


@pytest.fixture
def practice(practice_index):
    page = factories.PracticePageFactory(
        parent=practice_index,
        title="Coaching",
        slug="coaching",
        summary="Coaches help.",
        source_study="A study of early leaving",
        implementing_organisation="County authorities",
        body=[{"type": "paragraph", "value": "<p>Coaches meet learners weekly.</p>"}],
    )
    return page


def test_a_source_page_and_a_full_translation_have_no_untranslated_field(
    practice, finnish
):
    fi = finnish(
        practice,
        {
            "Coaching": "Valmennus",
            "Coaches help.": "Valmentajat auttavat.",
            "A study of early leaving": "Tutkimus",
            "County authorities": "Maakunnat",
            "Coaches meet learners weekly.": "Valmentajat tapaavat viikoittain.",
        },
    )
    assert source_text(practice) is None
    assert source_text(fi) is None


def test_untranslated_fields_and_blocks_are_named(practice, finnish):
    fi = finnish(practice, {"Coaching": "Valmennus", "Coaches help.": "Autamme."})
    marks = source_text(fi)
    block = fi.body[0].id
    assert marks.language == "en"
    assert marks.paths == {
        "source_study",
        "implementing_organisation",
        f"body.{block}",
    }
    assert "title" not in marks and "summary" not in marks


def test_the_page_marks_its_untranslated_fields_in_finnish(client, practice, finnish):
    fi = finnish(practice, {"Coaching": "Valmennus", "Coaches help.": "Autamme."})

    html = client.get(fi.url).content.decode()

    assert f'<dd lang="en">A study of early leaving {BADGE_FI}</dd>' in html
    assert f'<dd lang="en">County authorities {BADGE_FI}</dd>' in html
    assert f'<div class="source-text" lang="en"> {BADGE_FI}<p>Coaches' in html
    assert "<h1>Valmennus</h1>" in html  # translated: no mark
    assert html.count("fallback-badge") == 3


def test_dutch_marks_too_and_english_marks_nothing(client, practice, locales):
    for ancestor in practice.get_ancestors().filter(depth__gt=1).specific():
        translate(ancestor, "nl")
    nl = translate(practice, "nl", {"A study of early leaving": "Een studie"})

    html = client.get(nl.url).content.decode()
    assert re.search(
        r'<h1 lang="en">Coaching <span class="badge fallback-badge" '
        r'lang="nl">in het Engels</span></h1>',
        html,
    )
    assert "<dd>Een studie</dd>" in html
    assert "fallback-badge" not in client.get(practice.url).content.decode()


def test_untranslated_terms_are_marked_on_the_page_and_in_the_filters(
    client, practice_index, finnish
):
    done = factories.ThemeFactory(name="Guidance", slug="guidance")
    left = factories.ThemeFactory(name="Early warning", slug="early-warning")
    group = factories.TargetGroupFactory(name="Parents", slug="parents")
    translate(done, "fi", {"Guidance": "Ohjaus"})
    practice = factories.PracticePageFactory(
        parent=practice_index, title="Coaching", themes=[done, left]
    )
    practice.target_groups.set([group])
    practice.save_revision().publish()
    fi = finnish(practice, {"Coaching": "Valmennus"})

    page = client.get(fi.url).content.decode()
    assert re.search(r">Ohjaus</a></li>", page)
    assert re.search(
        r'lang="en">Early warning</a> <span class="badge fallback-badge">englanniksi',
        page,
    )
    assert re.search(r'lang="en">Parents</a> <span class="badge fallback-badge">', page)

    with translation.override("fi"):
        listing = client.get(fi.get_parent().url).content.decode()
    assert '<option value="guidance">Ohjaus (1)</option>' in listing
    assert (
        '<option value="early-warning" lang="en">Early warning (1) · englanniksi'
        in listing
    )
    # Target groups are counted like the other filters.
    assert '<option value="parents" lang="en">Parents (1) · englanniksi' in listing


def test_untranslated_organisers_of_an_event_are_marked(client, event_index, finnish):
    done = factories.OrganisationFactory(name="Agency")
    left = factories.OrganisationFactory(name="Ministry of Education")
    translate(done, "fi", {"Agency": "Virasto"})
    event = factories.EventPageFactory(parent=event_index, title="Seminar")
    event.organisers.set([done, left])
    event.save_revision().publish()
    fi = finnish(event, {"Seminar": "Seminaari"})

    html = client.get(fi.url).content.decode()
    assert "<li><span>Virasto</span></li>" in html
    assert (
        '<li><span lang="en">Ministry of Education</span> '
        '<span class="badge fallback-badge">englanniksi</span></li>'
    ) in html
