"""@search as a real Plone 6.1 answers it (issue 20), on the database backend:
a trailing ``*`` is a prefix, a root search keeps to the current language, paging
never changes the search, unknown parameters are ignored. tests/search/
test_search_parity_engine.py asserts the same on the engine."""

import pytest

from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db
SUMMARY = "Coaching in companies."


@pytest.fixture
def learning(practice_index, fi_home):
    """Three English practices about learning (one translated into Finnish), one
    about something else."""
    index_fi = translate(practice_index, "fi", {"Practices": "Käytännöt"})
    assert index_fi.live
    pages = {
        "learners": factories.PracticePageFactory(
            parent=practice_index,
            title="Learners first",
            slug="learners",
            summary=SUMMARY,
        ),
        "learning": factories.PracticePageFactory(
            parent=practice_index,
            title="Learning outcomes",
            slug="learning",
            summary=SUMMARY,
        ),
        "learnability": factories.PracticePageFactory(
            parent=practice_index,
            title="Learnability of trades",
            slug="learnability",
            summary=SUMMARY,
        ),
        "other": factories.PracticePageFactory(
            parent=practice_index,
            title="Mentoring apprentices",
            slug="other",
            summary=SUMMARY,
        ),
    }
    pages["fi"] = translate(
        pages["learners"], "fi", {"Learners first": "Learners ensin"}
    )
    return pages


def titles(data) -> list[str]:
    return [item["title"] for item in data["items"]]


def test_a_trailing_star_is_a_prefix_search(client, learning):
    data = client.api("/@search?SearchableText=learn*")
    assert set(titles(data)) == {
        "Learners first",
        "Learning outcomes",
        "Learnability of trades",
    }


def test_without_a_star_a_word_part_finds_nothing(client, learning):
    assert client.api("/@search?SearchableText=learna")["items_total"] == 0
    data = client.api("/@search?SearchableText=learna*")
    assert titles(data) == ["Learnability of trades"]


def test_only_the_last_word_is_a_prefix(client, learning):
    data = client.api("/@search?SearchableText=outcomes%20learn*")
    assert titles(data) == ["Learning outcomes"]


def test_a_root_search_keeps_to_the_default_language(client, learning):
    data = client.api("/@search?SearchableText=learners&facets=1")
    assert titles(data) == ["Learners first"]
    assert data["facets"]["Language"] == {"en": 1}


def test_a_root_search_follows_accept_language(client, learning):
    data = client.api("/@search?SearchableText=learners", HTTP_ACCEPT_LANGUAGE="fi")
    assert titles(data) == ["Learners ensin"]


def test_the_language_parameter_outranks_accept_language(client, learning):
    data = client.api(
        "/@search?SearchableText=learners&Language=fi", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert titles(data) == ["Learners ensin"]


def test_language_all_widens_a_root_search(client, learning):
    data = client.api("/@search?SearchableText=learners&Language=all")
    assert set(titles(data)) == {"Learners first", "Learners ensin"}


def test_a_search_in_the_finnish_root_stays_finnish_with_fallbacks(client, learning):
    data = client.api("/fi/@search?SearchableText=learn*", HTTP_ACCEPT_LANGUAGE="en")
    assert set(titles(data)) == {
        "Learners ensin",
        "Learning outcomes",  # no Finnish translation: the English fallback
        "Learnability of trades",
    }
    assert "Learners first" not in titles(data)


def test_a_root_listing_without_words_keeps_to_the_language(client, learning):
    data = client.api("/@search?portal_type=PracticePage", HTTP_ACCEPT_LANGUAGE="fi")
    assert titles(data) == ["Learners ensin"]


@pytest.mark.parametrize("user", ["anonymous", "fi_translator", "editor"])
def test_language_scoping_is_the_same_for_every_user(
    client, learning, user, fi_translator, editor
):
    if user != "anonymous":
        client.force_login(fi_translator if user == "fi_translator" else editor)
    data = client.api("/@search?SearchableText=learners", HTTP_ACCEPT_LANGUAGE="fi")
    assert titles(data) == ["Learners ensin"]


def test_an_unaligned_batch_is_a_window_of_the_same_ranking(client, learning):
    ranked = titles(client.api("/@search?SearchableText=learn*&b_size=10"))
    window = client.api("/@search?SearchableText=learn*&b_start=1&b_size=2")
    assert titles(window) == ranked[1:3]
    assert window["items_total"] == 3


def test_a_big_batch_keeps_the_search_and_its_ranking(client, learning):
    ranked = client.api("/@search?SearchableText=learn*&b_size=10")
    big = client.api("/@search?SearchableText=learn*&b_size=500")
    assert titles(big) == titles(ranked)
    assert big["unsupported"] == ranked["unsupported"]  # the same (search) layer


def test_voltos_all_batch_is_capped_with_links_from_the_same_ranking(
    client, learning, settings
):
    ranked = titles(client.api("/@search?SearchableText=learn*&b_size=10"))
    settings.VETCMS_API_MAX_BATCH_SIZE = 2
    data = client.api("/@search?SearchableText=learn*&b_size=100000000")
    assert titles(data) == ranked[:2]
    assert data["items_total"] == 3
    assert "b_start=2" in data["batching"]["next"]


def test_unknown_parameters_are_ignored_and_listed(client, learning):
    data = client.api("/en/practices/@search?path.depth=1&show_inactive=true")
    assert len(data["items"]) == 4
    assert data["unsupported"] == ["show_inactive"]


def test_unknown_parameters_are_ignored_by_other_services(client, learning):
    client.api("/en/practices?show_inactive=true&nonsense=1")


def test_known_parameters_with_bad_values_are_still_400(client, learning):
    client.api("/@search?b_start=-1&show_inactive=true", expect=400)
    client.api("/@search?sort_on=nope&show_inactive=true", expect=400)


@pytest.fixture
def drafts(learning, practice_index):
    """An English and a Finnish draft about learning."""
    english = factories.PracticePageFactory(
        parent=practice_index,
        title="Learnings draft",
        slug="learnings-draft",
        summary=SUMMARY,
        live=False,
    )
    finnish = translate(
        learning["learning"], "fi", {"Learning outcomes": "Learning tulokset"}
    )
    finnish.unpublish()
    return {"en": english, "fi": finnish}


def test_anonymous_readers_never_find_drafts(client, drafts):
    data = client.api("/@search?SearchableText=learn*&Language=all")
    assert "Learnings draft" not in titles(data)
    assert "Learning tulokset" not in titles(data)


def test_an_editor_finds_drafts_by_their_words(client, editor, drafts):
    client.force_login(editor)
    data = client.api("/@search?SearchableText=learnings")
    # A stemming backend (PostgreSQL, the engine) also finds the live "Learning
    # outcomes"; the draft comes first, the Finnish draft never.
    assert titles(data)[0] == "Learnings draft"
    assert "Learning tulokset" not in titles(data)
    assert data["items"][0]["review_state"] == "private"


def test_an_editor_finds_drafts_with_a_prefix(client, editor, drafts):
    client.force_login(editor)
    data = client.api("/@search?SearchableText=learn*")
    assert titles(data)[0] == "Learnings draft"  # drafts first, then readers' ranking
    assert data["items_total"] == 4


def test_a_finnish_translator_finds_finnish_drafts_only(client, fi_translator, drafts):
    client.force_login(fi_translator)
    data = client.api("/@search?SearchableText=learn*&Language=all")
    assert "Learning tulokset" in titles(data)
    assert "Learnings draft" not in titles(data)


def test_a_window_over_drafts_and_live_results_is_one_list(client, editor, drafts):
    client.force_login(editor)
    whole = titles(client.api("/@search?SearchableText=learn*&b_size=10"))
    for start, size in ((0, 1), (1, 2), (2, 2), (3, 5)):
        window = client.api(
            f"/@search?SearchableText=learn*&b_start={start}&b_size={size}"
        )
        assert titles(window) == whole[start : start + size]


def test_an_editor_finds_drafts_below_a_language_root(client, editor, drafts):
    client.force_login(editor)
    data = client.api("/en/practices/@search?SearchableText=learnings")
    # Below a language root the catalog ranks drafts and live pages together.
    assert "Learnings draft" in titles(data)
    assert "Learning tulokset" not in titles(data)
