"""The database backend (no engine) analyses text per language, at index and query
time (search/text/, search/backends/database.py), on SQLite and on PostgreSQL
(DATABASE_URL): inflected forms, missing diacritics and fallback pages meet the
page's words; title matches rank first; pages show their own text. A search that
finds nothing is retried with its misspelt words corrected (search/db_typos.py)."""

import re

import pytest
from django.db import connection
from modelsearch.conf import get_app_config

from locales.config import LANGUAGE_CODES
from locales.localize import translate
from search.config import search_backends
from search.query import search_pages
from search.text.analysis import index_text
from tests import factories


@pytest.fixture
def database_backend(settings, locales):
    settings.WAGTAILSEARCH_BACKENDS = search_backends("", "elasticsearch7", "x_")


@pytest.fixture
def index(database_backend, home):
    practices = factories.PracticeIndexPageFactory(parent=home)
    for code in LANGUAGE_CODES[1:]:
        translate(home, code)
        translate(practices, code)
    return practices


@pytest.fixture
def publish(index):
    """A practice published in ``code`` (an English source translated into it)."""
    counter = iter(range(1000))

    def publish(code, title, summary="Practice", body_text=""):
        n = next(counter)
        source = (f"Source title {n}", f"Source summary {n}")
        practice = factories.PracticePageFactory(
            parent=index, title=source[0], summary=source[1], slug=f"practice-{n}"
        )
        if code == "en":
            practice.title, practice.summary = title, summary
            practice.save_revision().publish()
            return practice
        return translate(
            practice, code, dict(zip(source, (title, summary), strict=True))
        )

    return publish


def found(query, locale):
    return [page.title for page in search_pages(query, locale=locale).items]


@pytest.mark.parametrize(
    "query", ["oppisopimus", "oppisopimusta", "oppisopimuksella", "oppisopimuksen"]
)
def test_finnish_us_forms_meet(publish, query):
    publish("fi", "Oppisopimuksella töihin", "Nuoret oppivat työpaikalla.")
    publish("fi", "Opettajien oppisopimus", "Opettajat oppivat.")
    publish("fi", "Oppisopimusta tukemassa", "Tukea yrityksille.")
    publish("fi", "Ohjausta nuorille", "Nuoret saavat tukea.")

    assert sorted(found(query, "fi")) == [
        "Opettajien oppisopimus",
        "Oppisopimuksella töihin",
        "Oppisopimusta tukemassa",
    ]


def test_a_finnish_elative_still_meets_its_word(publish):
    # koulusta ("from school") is koulu's, not an -us noun's form
    publish("fi", "Koulu ja työ", "Siirtyminen työelämään.")

    assert found("koulusta", "fi") == ["Koulu ja työ"]


@pytest.mark.parametrize(
    "code, title, query",
    [
        ("nl", "Opleidingen voor volwassenen", "opleiding"),
        ("nl", "Begeleiding van leerlingen", "leerling"),
        ("et", "Kutseõpetajate koolitused", "kutseõpetajatele"),
        ("lv", "Profesionālās izglītības iestādes", "profesionālā izglītība"),
        ("lv", "Prasmju prognozēšana", "prasmes prognozēšanai"),
        ("en", "Mentoring apprentices", "mentored apprentice"),
        # What Snowball leaves apart (search/text/finnish.py, dutch.py, estonian.py)
        ("fi", "Ammatillisesta opettajasta", "ammatillinen opettaja"),
        ("nl", "Informele momenten", "informeel moment"),
        ("et", "Mitteametlikud hetked", "mitteametlik hetk"),
        ("lv", "Skolotāja loma", "skolotājs"),
    ],
)
def test_an_inflected_query_finds_the_page(publish, code, title, query):
    publish(code, title)
    publish(code, "Something else entirely")

    assert found(query, code) == [title]


@pytest.mark.parametrize(
    "code, title, query",
    [
        ("fi", "Työssäoppiminen yrityksissä", "tyossaoppiminen"),
        ("et", "Õpipoisiõpe töökohas", "opipoisiope"),
        ("lv", "Māceklība uzņēmumā", "maceklibas"),
    ],
)
def test_a_query_without_diacritics_finds_the_page(publish, code, title, query):
    publish(code, title)

    assert found(query, code) == [title]


def test_a_fallback_page_is_found_with_its_own_language_stems(publish):
    publish("en", "Teachers mentoring apprentices")  # no Finnish translation

    assert found("mentored", "fi") == ["Teachers mentoring apprentices"]


def test_a_title_match_ranks_above_a_body_match(publish):
    # The body pages say the word twice in a few words: weighed like the title
    # (upstream's bm25), they would come first.
    for n in range(3):
        publish("en", f"Guidance services {n}", "Apprenticeship and apprenticeships.")
    long_summary = " ".join(["Young people climb steps at work and school."] * 6)
    publish("en", "Apprenticeship ladders", long_summary)

    assert found("apprenticeship", "en")[0] == "Apprenticeship ladders"


def test_pages_show_their_own_text_while_the_index_holds_tokens(publish):
    page = publish("fi", "Oppisopimuksella töihin", "Työpaikalla oppiminen.")

    result = search_pages("oppisopimusta", locale="fi").items[0]
    assert (result.title, result.summary) == (
        "Oppisopimuksella töihin",
        "Työpaikalla oppiminen.",
    )
    entry = get_app_config().get_model("IndexEntry").objects.get(object_id=str(page.pk))
    assert tokens(entry.title) == set(
        index_text("Oppisopimuksella töihin", "fi").split()
    )
    assert "oppisopimu" in tokens(entry.title)
    assert set(index_text("Työpaikalla oppiminen.", "fi").split()) <= tokens(entry.body)


def tokens(indexed: str) -> set[str]:
    """The tokens of an index entry's column: text on SQLite; on PostgreSQL a
    tsvector, read back as ``'token':1C 'other':2C``."""
    if connection.vendor == "postgresql":
        return set(re.findall(r"'([^']+)'", indexed))
    return set(indexed.split())


def test_the_admins_search_analyses_in_every_language(publish):
    from wagtail.models import Page

    page = publish("lv", "Pieaugušo izglītība")

    assert list(Page.objects.live().search("izglitibas")) == [page.page_ptr]


def test_prefix_search_reads_the_last_word_as_typed(publish):
    publish("en", "Mentoring apprenticeships")

    assert found("mentored apprent*", "en") == ["Mentoring apprenticeships"]


def test_a_misspelt_word_is_corrected_and_the_correction_reported(publish):
    publish("en", "Peer mentors for apprentices")

    found = search_pages("peer mentros", locale="en")

    assert [p.title for p in found.items] == ["Peer mentors for apprentices"]
    assert found.corrected_query == "peer mentors"


def test_a_misspelt_word_without_diacritics_is_corrected(publish):
    publish("fi", "Materiaalipankki opettajille")

    found = search_pages("materiaalipankkki", locale="fi")

    assert [p.title for p in found.items] == ["Materiaalipankki opettajille"]
    assert found.corrected_query == "materiaalipankki"


def test_a_search_that_finds_reports_no_correction(publish):
    publish("en", "Peer mentors for apprentices")

    found = search_pages("mentoring", locale="en")

    assert found.total == 1
    assert found.corrected_query is None


def test_nothing_close_means_no_results_and_no_notice(publish):
    publish("en", "Peer mentors for apprentices")

    found = search_pages("zzyzx quorbit", locale="en")

    assert found.total == 0
    assert found.corrected_query is None
    assert found.suggestion is None


def test_several_words_find_a_page_with_all_but_one_of_them(publish):
    # hyviä is hyvä's plural partitive: no stemmer brings it to hyvät (and no title
    # has a word close enough for the typo retry)
    publish("fi", "Luottamus ja suhteet", "Hyviä suhteita rakennetaan.")

    found = search_pages("luottamus ja hyvät suhteet", locale="fi")

    assert [p.title for p in found.items] == ["Luottamus ja suhteet"]
    assert found.corrected_query is None


def test_two_words_are_not_relaxed_to_one(publish):
    publish("en", "Peer mentors")

    assert search_pages("mentors abroad", locale="en").total == 0


@pytest.mark.parametrize(
    "code, title, query",
    [
        ("fi", "Ohjauspäivät syksyllä", "ohjaus"),
        ("nl", "Volwassenenonderwijs in de regio", "onderwijs"),
        ("et", "Täiskasvanuharidus töö kõrvalt", "haridus"),
        ("fi", "Vähimmäispalkkaa maksetaan", "palkka"),
        ("nl", "Training voor praktijkopleiders", "opleiders"),
    ],
)
def test_a_listed_part_finds_the_compound(publish, code, title, query):
    # the parts are added at index time (search/text/compounds.py)
    publish(code, title)
    publish(code, "Something else entirely")

    assert found(query, code) == [title]


@pytest.mark.parametrize(
    "code, title, query",
    [
        ("fi", "Ammattikoulut kaupungissa", "koulut"),
        ("nl", "Werkplekbegeleiders gezocht", "begeleiders"),
    ],
)
def test_the_head_after_a_listed_first_part_finds_the_compound(
    publish, code, title, query
):
    publish(code, title)
    publish(code, "Something else entirely")

    assert found(query, code) == [title]


@pytest.mark.parametrize(
    "code, title, query",
    [
        ("fi", "Ohjauksen päivät syksyllä", "ohjauspäivät"),
        ("nl", "Onderwijs voor volwassenen", "volwassenenonderwijs"),
        ("et", "Karjäärinõustamise päevad Tartus", "karjääripäevad"),
    ],
)
def test_a_compound_finds_its_parts_written_apart(publish, code, title, query):
    publish(code, title)
    publish(code, "Something else entirely")

    assert found(query, code) == [title]


@pytest.mark.parametrize("query", ["koolitus", "koolitust", "koolitusel"])
def test_estonian_us_forms_meet_and_not_the_shorter_word(publish, query):
    # Snowball alone cuts koolitust to kool, kooli's stem (search/text/estonian.py)
    publish("et", "Koolitused õpetajatele")
    publish("et", "Kooli raamatukogu")

    assert found(query, "et") == ["Koolitused õpetajatele"]


def test_a_synonym_variant_of_three_words_is_relaxed_like_the_query(publish, settings):
    # "pitkä work placement" leaves out "pitkä", which the English page lacks
    settings.VETCMS_SEARCH_SYNONYMS = {"fi": [["työelämäjakso", "work placement"]]}
    publish("en", "Work placement abroad")  # no Finnish translation
    publish("en", "Something else entirely")

    found = search_pages("pitkä työelämäjakso", locale="fi")

    assert [p.title for p in found.items] == ["Work placement abroad"]
    assert found.corrected_query is None
