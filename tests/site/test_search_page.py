"""The search page at /<lang>/search/: results of the reader's language with the words
marked, counts per type to narrow by, batches, and a clear message for bad input."""

import pytest

from tests import factories


@pytest.fixture
def practices(practice_index):
    factories.PracticePageFactory(
        parent=practice_index,
        title="Apprenticeship coaching",
        summary="Coaches follow every apprenticeship in the company.",
    )
    factories.PracticePageFactory(
        parent=practice_index, title="Drop-out alert", summary="Schools track absences."
    )


def test_search_finds_pages_and_marks_the_words(client, home, practices):
    response = client.get("/en/search/", {"q": "apprenticeship"})

    assert response.status_code == 200
    results = response.context["results"]
    assert [p.title for p in results.items] == ["Apprenticeship coaching"]
    html = response.content.decode()
    assert "<mark>apprenticeship</mark>" in html.lower()
    assert "Displaying results 1 - 1 out of 1" in html


def test_results_can_be_narrowed_by_type(client, home, practices, news_index):
    factories.NewsPageFactory(
        parent=news_index, title="Apprenticeship week", lead="An apprenticeship fair."
    )
    everything = client.get("/en/search/", {"q": "apprenticeship"}).context["results"]
    counts = {f.value: f.count for f in everything.facets["content_type"]}
    assert counts == {"PracticePage": 1, "NewsPage": 1}
    labels = {f.label for f in everything.facets["content_type"]}
    assert labels == {"Practice", "News"}  # what readers call them

    narrowed = client.get("/en/search/", {"q": "apprenticeship", "type": "NewsPage"})
    assert [p.title for p in narrowed.context["results"].items] == [
        "Apprenticeship week"
    ]


def test_search_is_limited_to_the_readers_language(client, home, practices, finnish):
    from pages.models import PracticePage

    finnish(
        PracticePage.objects.get(title="Drop-out alert"),
        {"Drop-out alert": "Keskeyttämishälytys"},
    )
    response = client.get("/fi/search/", {"q": "Keskeyttämishälytys"})
    assert [p.locale.language_code for p in response.context["results"].items] == ["fi"]
    assert (
        client.get("/en/search/", {"q": "Keskeyttämishälytys"}).context["results"].total
        == 0
    )


def test_bad_input_gets_a_message_not_a_server_error(client, home, practices):
    response = client.get("/en/search/", {"q": "x", "type": "nonsense"})
    assert response.status_code == 400
    assert b'class="notice error" role="alert"' in response.content


def test_the_query_is_escaped(client, home, practices):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_empty_search_shows_the_form(client, home):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["results"] is None
    assert b'id="search-q"' in response.content


def test_results_come_in_batches(client, home, practice_index):
    for _n in range(13):
        factories.PracticePageFactory(
            parent=practice_index, summary="Mentoring scheme."
        )
    second = client.get("/en/search/", {"q": "mentoring", "page": 2})
    assert len(second.context["results"].items) == 3
    assert b"Displaying results 11 - 13 out of 13" in second.content


def test_a_batch_past_the_end_shows_the_last_one(client, home, practices):
    response = client.get("/en/search/", {"q": "apprenticeship", "page": 9})
    assert response.status_code == 200
    assert [p.title for p in response.context["results"].items] == [
        "Apprenticeship coaching"
    ]
    assert b"Displaying results 1 - 1 out of 1" in response.content


def test_no_refine_box_without_results(client, home, practices):
    response = client.get("/en/search/", {"q": "zzzzqqq"})
    assert b"No results." in response.content
    assert b'class="facets"' not in response.content


def test_untranslated_results_carry_lang_and_the_badge(
    client, home, practices, finnish
):
    """A Finnish reader's search finds the English-only practice, marked as such; a
    translated one appears once, in Finnish."""
    from pages.models import PracticePage

    finnish(
        PracticePage.objects.get(title="Drop-out alert"),
        {"Drop-out alert": "Keskeyttämishälytys", "Schools track absences.": "Koulut"},
    )
    response = client.get("/fi/search/", {"q": "apprenticeship"})
    results = response.context["results"]
    assert [p.title for p in results.items] == ["Apprenticeship coaching"]
    html = response.content.decode()
    assert '<li class="card" lang="en">' in html
    assert "englanniksi" in html  # "in English", in Finnish
    assert "Käytäntö" in html  # the type as readers call it

    found = client.get("/fi/search/", {"q": "alert"}).context["results"]
    assert found.total == 0  # the English title of a translated page is not shown


def test_snippets_mark_whole_words(client, home, practice_index):
    factories.PracticePageFactory(
        parent=practice_index,
        title="Certificate",
        summary="Each certificates holder keeps the certificate.",
    )
    html = client.get("/en/search/", {"q": "certificate"}).content.decode()
    assert "<mark>certificates</mark>" in html
    assert "<mark>certificate</mark>s" not in html


def test_database_backend_says_spelling_correction_is_unavailable(
    client, home, practices
):
    html = client.get("/en/search/", {"q": "zzyzx"}).content.decode()
    assert 'id="no-typo-tolerance"' in html
    # a word close to a title word is retried (search/db_typos.py), and says so
    corrected = client.get("/en/search/", {"q": "aprenticeship"}).content.decode()
    assert 'id="corrected-query"' in corrected


def test_year_facet_narrows_results(client, home, practice_index):
    for year in (2015, 2022):
        factories.PracticePageFactory(
            parent=practice_index, title=f"Mentoring {year}", start_year=year
        )
    response = client.get("/en/search/", {"q": "mentoring"})
    years = {f.value: f.count for f in response.context["results"].facets["year"]}
    assert years == {"2015": 1, "2022": 1}
    narrowed = client.get("/en/search/", {"q": "mentoring", "year": "2022"})
    assert [p.title for p in narrowed.context["results"].items] == ["Mentoring 2022"]
    assert b'name="year" value="2022"' in narrowed.content
