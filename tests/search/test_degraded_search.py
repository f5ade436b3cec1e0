"""The engine down on every search surface: readers get 200 with the database's
answers and a "limited search" notice (or, when so configured, 503 + Retry-After),
never a 500; editors' admin search keeps working; the circuit breaker makes a dead or
hung engine cheap.

"Down" is real: a URL where nothing listens (connection refused), or a socket that
accepts connections and never answers (a hung engine). No engine needs to run."""

import json
import socket
import time

import pytest
from django.test import Client
from django.utils import translation

from locales.config import LANGUAGE_CODES
from locales.localize import translate
from search.breaker import all_breakers
from search.config import search_backends
from search.query import search_pages
from search.results import DEGRADED_NOTE, SearchUnavailable
from search.suggest import suggest
from tests import factories

NOTICE = (
    "Limited search: the search engine is not available right now, so these results "
    "only match your words in titles and texts, without ranking."
)
WORDS = {
    "en": "Apprenticeship coaching",
    "fi": "Oppisopimusvalmennus",
    "nl": "Leerlingbegeleiding",
    "et": "Õpipoisiõppe juhendamine",
    "lv": "Māceklības konsultācijas",
}
OP = "plone.app.querystring.operation."


def unused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture(autouse=True)
def fresh_breakers():
    for breaker in all_breakers().values():
        breaker.reset()
    yield


@pytest.fixture
def practice_everywhere(home):
    """A practice with its index and home in all five locales (database backend)."""
    index = factories.PracticeIndexPageFactory(parent=home)
    practice = factories.PracticePageFactory(
        parent=index, title=WORDS["en"], summary="Coaches follow apprentices."
    )
    for code in LANGUAGE_CODES[1:]:
        translate(home, code)
        translate(index, code)
        translate(practice, code, {WORDS["en"]: WORDS[code]})
    return practice


@pytest.fixture
def engine_down(settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        unused_url(), "elasticsearch7", "down_", LANGUAGE_CODES
    )


@pytest.fixture
def refuse_readers(settings):
    settings.VETCMS_SEARCH_WHEN_ENGINE_DOWN = "unavailable"
    settings.VETCMS_SEARCH_RETRY_AFTER = 45


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_site_search_answers_from_the_database_with_a_translated_notice(
    client, practice_everywhere, engine_down, code
):
    word = WORDS[code].split()[0]
    response = client.get(f"/{code}/search/", {"q": word})

    assert response.status_code == 200
    results = response.context["results"]
    assert results.degraded
    assert [(p.title, p.locale.language_code) for p in results.items] == [
        (WORDS[code], code)
    ]
    with translation.override(code):
        notice = translation.gettext(NOTICE)
    if code != "en":
        assert notice != NOTICE  # translated, not the English text
    assert notice in response.content.decode()


def test_site_search_without_results_still_shows_the_notice(
    client, practice_everywhere, engine_down
):
    response = client.get("/en/search/", {"q": "nonexistentword"})
    assert response.status_code == 200
    assert response.context["results"].total == 0
    assert 'id="search-limited"' in response.content.decode()


def test_site_search_can_answer_503_with_retry_after(
    client, practice_everywhere, engine_down, refuse_readers
):
    response = client.get("/fi/search/", {"q": "Oppisopimusvalmennus"})

    assert response.status_code == 503
    assert response["Retry-After"] == "45"
    with translation.override("fi"):
        message = translation.gettext(
            "Search is not available right now. Please try again in a few minutes."
        )
    assert message in response.content.decode()


def api(client, path, expect=200, **kwargs):
    response = client.get("/++api++" + path, **kwargs)
    assert response.status_code == expect, response.content[:300]
    return response


def test_api_search_answers_from_the_database_marked_degraded(
    client, practice_everywhere, engine_down
):
    data = api(client, "/fi/@search?SearchableText=Oppisopimusvalmennus").json()

    assert [item["title"] for item in data["items"]] == [WORDS["fi"]]
    assert data["degraded"] is True
    assert DEGRADED_NOTE in data["unsupported"]


def test_api_search_below_a_path_degrades_in_the_catalog(
    client, practice_everywhere, engine_down
):
    # A path below a language root is the catalog's job: its ranking degrades too.
    data = api(client, "/en/@search?SearchableText=coaching&path.depth=3").json()
    assert data["degraded"] is True
    assert DEGRADED_NOTE in data["unsupported"]


def querystring(client, text, expect=200):
    body = {"query": [{"i": "SearchableText", "o": OP + "string.contains", "v": text}]}
    response = client.post(
        "/++api++/@querystring-search",
        data=json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == expect, response.content[:300]
    return response


def test_querystring_search_answers_from_the_database(
    client, practice_everywhere, engine_down
):
    data = querystring(client, "Leerlingbegeleiding").json()

    assert [item["title"] for item in data["items"]] == [WORDS["nl"]]
    assert data["degraded"] is True


def test_api_can_answer_503_with_retry_after(
    client, practice_everywhere, engine_down, refuse_readers
):
    response = api(client, "/@search?SearchableText=coaching", expect=503)
    assert response["Retry-After"] == "45"
    assert response.json()["type"] == "ServiceUnavailable"

    response = querystring(client, "coaching", expect=503)
    assert response["Retry-After"] == "45"

    response = api(
        client, "/en/@search?SearchableText=coaching&path.depth=3", expect=503
    )
    assert response["Retry-After"] == "45"


def test_admin_search_keeps_working_for_editors(
    editor, practice_everywhere, engine_down, refuse_readers
):
    admin = Client()
    admin.force_login(editor)

    response = admin.get("/admin/pages/search/", {"q": "Oppisopimusvalmennus"})

    assert response.status_code == 200
    assert WORDS["fi"] in response.content.decode()


def test_search_layer_calls_degrade_too(practice_everywhere, engine_down):
    found = search_pages("coaching", locale="en", facets=["kind"], fuzzy=True)
    assert found.degraded and [p.title for p in found.items] == [WORDS["en"]]
    assert {"typo tolerance", DEGRADED_NOTE} <= set(found.unsupported)
    titles = [i["text"] for i in suggest("Apprentice", locale="en")]
    assert titles == [WORDS["en"]]


def test_search_layer_raises_when_readers_get_503(
    practice_everywhere, engine_down, refuse_readers
):
    with pytest.raises(SearchUnavailable) as raised:
        search_pages("coaching", locale="en")
    assert raised.value.retry_after == 45


@pytest.fixture
def hung_engine(settings):
    """A socket that accepts connections and never answers, as a hung engine does."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        url, "elasticsearch7", "hung_", LANGUAGE_CODES, timeout=1.0, connect_timeout=1.0
    )
    settings.VETCMS_SEARCH_BREAKER_FAILURES = 2
    yield url
    sock.close()


def timed_search() -> float:
    started = time.perf_counter()
    assert search_pages("coaching", locale="en").degraded
    return time.perf_counter() - started


def test_breaker_makes_a_hung_engine_cheap(
    practice_everywhere, hung_engine, settings, report_figures
):
    # The first two requests each wait for the read timeout, then the breaker opens.
    slow = [timed_search() for _ in range(2)]
    assert all(seconds >= 0.95 for seconds in slow)
    breaker = all_breakers()[hung_engine]
    assert breaker.state == "open"

    fast = sorted(timed_search() for _ in range(20))
    median = fast[len(fast) // 2]
    assert breaker.state == "open"
    report_figures(
        f"hung engine: {slow[0] * 1000:.0f} ms per request before the breaker "
        f"opens, {median * 1000:.1f} ms (median of 20) with it open"
    )
    assert fast[-1] < 0.5  # no request waited for the engine: a database search


def test_breaker_probes_once_after_the_reset_time_and_closes_on_success():
    from search.breaker import CircuitBreaker

    now = [0.0]
    breaker = CircuitBreaker("test", clock=lambda: now[0])
    for _ in range(3):
        assert breaker.allow()
        breaker.failed(OSError("refused"))
    assert breaker.state == "open" and not breaker.allow()

    now[0] = 31.0  # BREAKER_RESET (30 s) later: one probe, the others still skip
    assert breaker.state == "half-open"
    assert breaker.allow() and not breaker.allow()
    breaker.failed(OSError("still refused"))  # the probe failed: open again
    assert not breaker.allow()

    now[0] = 62.0
    assert breaker.allow()
    breaker.succeeded()
    assert breaker.state == "closed" and breaker.allow() and breaker.allow()


def test_engine_status_for_readiness(settings, engine_down):
    from search.health import engine_status

    down = engine_status()
    assert (down["configured"], down["ok"], down["status"]) == (
        True,
        False,
        "unreachable",
    )
    assert "ConnectionError" in down["error"]

    settings.WAGTAILSEARCH_BACKENDS = search_backends("", "elasticsearch7", "x_")
    assert engine_status()["ok"] is True  # the database backend: nothing to wait for


@pytest.mark.search_engine
def test_engine_status_of_the_running_engine(search_engine):
    from search.health import engine_status

    status = engine_status()
    assert status["ok"] is True and status["status"] in ("green", "yellow")
    assert status["breaker"] == "closed"
