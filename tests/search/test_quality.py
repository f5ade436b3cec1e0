"""Search quality on the real engine: field weights that mean the same on every page
type, title phrases, recency, typo tolerance and "did you mean", whole-word
highlights, synonyms, and fallback search (a locale's pages plus the source
language's untranslated pages, each analysed in its own language)."""

import datetime as dt

import pytest
from wagtail.models import Locale

from search.query import search_pages
from tests import factories
from tests.search.conftest import published
from tests.search.test_glossary import glossary_cache  # noqa: F401 (autouse)

pytestmark = pytest.mark.search_engine


def body(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def mentions_once(parent, word, n):
    """Practices that mention the word once, deep in a long body."""
    filler = "Schools and companies meet every month to plan the next steps. " * 6
    return [
        published(
            factories.PracticePageFactory(
                parent=parent,
                title=f"Regional cooperation {i}",
                summary="Teachers and employers share plans and timetables.",
                body=body(f"{filler} One session covered {word} too."),
            )
        )
        for i in range(n)
    ]


ABOUT = {  # page type → (factory, fixture of its parent, its summary-level field)
    "StandardPage": (factories.StandardPageFactory, "home", "summary"),
    "PracticePage": (factories.PracticePageFactory, "practice_index", "summary"),
    "NewsPage": (factories.NewsPageFactory, "news_index", "lead"),
    "EventPage": (factories.EventPageFactory, "event_index", "summary"),
    "ProjectPage": (factories.ProjectPageFactory, "project_index", "summary"),
}


@pytest.mark.parametrize("type_name", sorted(ABOUT))
def test_a_summary_about_the_word_beats_body_mentions_on_every_type(
    type_name, request, search_engine, practice_index
):
    factory, parent_fixture, field = ABOUT[type_name]
    parent = request.getfixturevalue(parent_fixture)
    about = published(
        factory(
            parent=parent,
            title="Spring programme",
            **{field: "Traineeships for young people: how traineeships work."},
        )
    )
    mentions_once(practice_index, "traineeships", 8)
    search_engine.refresh()

    found = search_pages("traineeship", locale="en", per_page=20)

    assert found.total == 9
    assert found.items[0].pk == about.pk


def test_dutch_summary_page_ranks_first_among_many_practices(
    search_engine, translated_homes
):
    """The reported case: a Dutch page whose summary is about "opleidingen" ranked
    178th of 179 for "opleiding" (StandardPage summaries were unboosted)."""
    dutch = Locale.objects.get(language_code="nl")
    nl_home = translated_homes.get_parent().get_translation(dutch)
    nl_index = translated_homes.get_translation(dutch)
    page = published(
        factories.StandardPageFactory(
            parent=nl_home,
            title="Over ons",
            summary="Opleidingen voor docenten en opleidingen voor mentoren.",
        )
    )
    for i in range(12):
        published(
            factories.PracticePageFactory(
                parent=nl_index,
                title=f"Samenwerking {i}",
                summary="Scholen en bedrijven werken samen aan stages, roosters, "
                "begeleiding en een opleiding op de werkplek voor leerlingen.",
            )
        )
    search_engine.refresh()

    found = search_pages("opleiding", locale="nl", per_page=20)

    assert found.total == 13
    assert found.items[0].pk == page.pk


def test_title_phrase_ranks_above_scattered_words(search_engine, practice_index):
    phrase = published(
        factories.PracticePageFactory(
            parent=practice_index,
            title="Coaching for training companies",
            summary="Coaches visit firms.",
        )
    )
    published(
        factories.PracticePageFactory(
            parent=practice_index,
            title="Companies open their doors for training",
            summary="Companies show what training means.",
        )
    )
    search_engine.refresh()

    assert search_pages("training companies", locale="en").items[0].pk == phrase.pk


def test_recency_breaks_ties_between_news(search_engine, news_index):
    today = dt.date.today()
    old, new = (
        published(
            factories.NewsPageFactory(
                parent=news_index,
                title=f"Skills fair {n}",
                lead="A skills fair for apprentices.",
                date=date,
            )
        )
        for n, date in ((1, today - dt.timedelta(days=3 * 365)), (2, today))
    )
    search_engine.refresh()

    assert [p.pk for p in search_pages("skills fair", locale="en").items] == [
        new.pk,
        old.pk,
    ]


TYPOS = {  # locale → (typed, the word in translated_practice's texts)
    "en": ("mentorign", "mentoring"),
    "fi": ("opetajat", "opettajat"),
    "nl": ("leerlignen", "leerlingen"),
    "et": ("õpetajatle", "õpetajatele"),
    "lv": ("skolotajiem", "skolotājiem"),
}


@pytest.mark.parametrize("code", sorted(TYPOS))
def test_typos_are_corrected_in_every_language(code, translated_practice, settings):
    typed, meant = TYPOS[code]

    found = search_pages(typed, locale=code)

    assert translated_practice[code] in found.items
    assert found.fuzzy
    assert found.corrected_query.lower() == meant.lower()

    settings.VETCMS_SEARCH_RETRY_BELOW = 0  # typo tolerance off: nothing found
    assert search_pages(typed, locale=code).total == 0


def test_did_you_mean_when_nothing_matches_even_fuzzily(translated_practice):
    found = search_pages("mentorign qqqzzzx", locale="en")

    assert found.total == 0
    assert found.suggestion.startswith("mentoring")


def test_most_of_several_words_find_the_page_when_all_of_them_find_nothing(
    translated_practice,
):
    # "kiiresti" (quickly) is not on the page, as a form the stemmer cannot bring to
    # the page's word would not be (e.g. "head" / "häid"): three of four words still
    # find it, as typed, without a correction notice.
    found = search_pages("õpetajatele tuge ettevõtetes kiiresti", locale="et")

    assert [page.pk for page in found.items] == [translated_practice["et"].pk]
    assert found.corrected_query is None
    # One word of three is not enough.
    assert search_pages("õpetajatele kiiresti aeglaselt", locale="et").total == 0


def test_highlights_mark_whole_words_in_latvian_and_finnish(
    search_engine, translated_homes
):
    pages = {}
    for code, title, summary in (
        (
            "lv",
            "Prakses apliecība",
            "Jauniešiem izsniedz apliecībai līdzīgu dokumentu.",
        ),
        (
            "fi",
            "Työpaikkaohjaus",
            "Yritykset tarjoavat tukea opettajille työpaikoilla.",
        ),
    ):
        parent = translated_homes.get_translation(
            Locale.objects.get(language_code=code)
        )
        pages[code] = published(
            factories.PracticePageFactory(parent=parent, title=title, summary=summary)
        )
    search_engine.refresh()

    lv = " ".join(search_pages("apliecība", locale="lv").highlights[pages["lv"].pk])
    fi = " ".join(search_pages("opettajat", locale="fi").highlights[pages["fi"].pk])

    assert "<mark>apliecībai</mark>" in lv and "</mark>i" not in lv
    assert "<mark>opettajille</mark>" in fi


def test_synonyms_apply_at_query_time(search_engine, practice_index, settings):
    from search.glossary.models import GlossaryConcept

    # The synonyms come from the glossary editors keep (search/glossary).
    GlossaryConcept.objects.create(
        slug="vet",
        term="vocational education and training",
        synonyms="VET",
        locale=Locale.objects.get(language_code="en"),
    )
    page = published(
        factories.PracticePageFactory(
            parent=practice_index,
            title="Learning by doing",
            summary="Vocational education and training in small firms.",
        )
    )
    search_engine.refresh()

    assert page in search_pages("VET", locale="en").items
    settings.VETCMS_SEARCH_SYNONYMS = {"en": []}  # no reindex needed either way
    settings.VETCMS_SEARCH_RETRY_BELOW = 0
    assert search_pages("VET", locale="en").total == 0


@pytest.fixture
def english_only(search_engine, translated_homes):
    """An English practice with no Finnish translation."""
    page = published(
        factories.PracticePageFactory(
            parent=translated_homes,
            title="Peer mentors in the workshop",
            summary="Older apprentices guide newcomers at the workbench.",
            kind="tool",
            countries=["AT"],
        )
    )
    search_engine.refresh()
    return page


def test_fallback_search_in_finnish(translated_practice, english_only):
    """English words find the English-only page from fi (analysed in English);
    an inflected Finnish form still finds the Finnish page; a translated page
    shows once, in Finnish."""
    english = search_pages("mentor apprentice", locale="fi")
    assert [p.pk for p in english.items] == [english_only.pk]
    assert english.is_fallback(english_only)

    finnish = search_pages("opettajille", locale="fi")  # inflected: opettajat
    assert [p.pk for p in finnish.items] == [translated_practice["fi"].pk]
    assert not finnish.fallback_ids

    both = search_pages("mentoring", locale="fi")  # the en title of the fi page
    assert translated_practice["en"] not in both.items


def test_fallback_follows_publishing_the_translation(
    search_engine, translated_practice, english_only
):
    translated_practice["fi"].unpublish()  # the English page is re-sent
    search_engine.refresh()

    found = search_pages("mentoring apprenticeships", locale="fi")
    assert [p.pk for p in found.items] == [translated_practice["en"].pk]
    assert found.is_fallback(translated_practice["en"])


def test_facets_count_what_is_shown(translated_practice, english_only):
    found = search_pages(
        "",
        locale="fi",
        facets=["content_type", "kind", "country", "year"],
        filters={"content_type": "PracticePage"},
    )

    shown = {p.pk for p in found.items}
    assert shown == {translated_practice["fi"].pk, english_only.pk}
    counts = {name: {b.value: b.count for b in bs} for name, bs in found.facets.items()}
    assert counts["content_type"] == {"PracticePage": 2}
    assert [b.label for b in found.facets["content_type"]] == ["Käytäntö"]
    assert counts["kind"] == {"good-practice": 1, "tool": 1}
    assert counts["country"]["AT"] == 1


def test_a_title_in_another_inflection_beats_summaries_with_the_words(
    search_engine, translated_homes
):
    """Finnish Snowball stems "ammatillinen" and "ammatillisesta" apart (ammatillin /
    ammatillis): the page titled with the words wins over pages whose summaries hold
    them as typed."""
    parent = translated_homes.get_translation(Locale.objects.get(language_code="fi"))
    about = published(
        factories.PracticePageFactory(
            parent=parent,
            title="Ammatillisesta opettajasta oppimislähettilääksi",
            summary="Kahdeksan kuukauden ohjelma kouluille.",
        )
    )
    mentions = [
        published(
            factories.PracticePageFactory(
                parent=parent,
                title=f"Alueellinen yhteistyö {n}",
                summary="Ammatillinen opettaja ja yritykset suunnittelevat yhdessä.",
            )
        )
        for n in range(5)
    ]
    search_engine.refresh()

    found = search_pages("ammatillinen opettaja", locale="fi")

    assert found.items[0] == about and set(mentions) <= set(found.items)
    assert not found.fuzzy
