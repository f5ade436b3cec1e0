"""The real search engine for search tests.

scripts/test.sh starts it (search/engine/run.sh) and exports VETCMS_TEST_SEARCH_URL and
VETCMS_TEST_SEARCH_ENGINE. Each test gets its own indices (a unique prefix), deleted
afterwards; the rest of the suite keeps the database backend. Without an engine the
engine tests skip locally and fail in CI (CI=true).
"""

import json
import os
import urllib.request
import uuid

import pytest
from django.test import override_settings
from modelsearch.backends import import_backend
from wagtail.models import Page

from locales.config import LANGUAGE_CODES
from search.config import search_backends
from search.rebuild import rebuild

URL = os.environ.get("VETCMS_TEST_SEARCH_URL", "").rstrip("/")
ENGINE = os.environ.get("VETCMS_TEST_SEARCH_ENGINE", "elasticsearch7")
# One shard, no replicas: a one-node engine stays green and refreshes fast.
TEST_INDEX_SETTINGS = {
    "settings": {"index": {"number_of_shards": 1, "number_of_replicas": 0}}
}


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI needs the search engine: {reason}", pytrace=False)
    pytest.skip(f"search engine tests skipped: {reason}")


@pytest.fixture(scope="session")
def engine_url():
    if not URL:
        _unavailable(
            "VETCMS_TEST_SEARCH_URL is not set (start one: search/engine/run.sh start)"
        )
    try:
        with urllib.request.urlopen(f"{URL}/_cluster/health", timeout=10) as reply:
            health = json.load(reply)
    except OSError as exc:
        _unavailable(f"{URL} does not answer ({exc})")
    if health.get("status") not in ("green", "yellow"):
        _unavailable(f"{URL} is {health.get('status')}")
    return URL


class Engine:
    """The session's indices on the real engine; each test starts with them empty."""

    def __init__(self, url: str, prefix: str):
        self.url = url
        self.prefix = prefix
        # 30 s: the shared test engine on a busy CI machine is slower than a reader
        # should ever wait (the production default is 10 s).
        self.backends_setting = search_backends(
            url, ENGINE, prefix, LANGUAGE_CODES, TEST_INDEX_SETTINGS, timeout=30
        )

    @property
    def es(self):
        # The session's own client: a test may point the settings elsewhere.
        return self.backend("default").es

    @property
    def backends(self) -> list[str]:
        return list(self.backends_setting)

    def rebuild(self, *names: str, schema_only=False) -> int:
        return sum(
            rebuild(name, progress=False, schema_only=schema_only)
            for name in names or self.backends
        )

    def refresh(self) -> None:
        self.es.indices.refresh(index=f"{self.prefix}*")

    def page_ids(self, backend_name: str) -> set[int]:
        """Ids of the pages in one backend's page index, read from the engine."""
        self.refresh()
        index = self.backend(backend_name).get_index_for_model(Page).name
        body = {"query": {"match_all": {}}, "size": 1000, "stored_fields": ["pk"]}
        reply = self.es.search(index=index, body=body)
        return {int(hit["fields"]["pk"][0]) for hit in reply["hits"]["hits"]}

    def backend(self, name: str):
        conf = dict(self.backends_setting[name])
        return import_backend(conf.pop("BACKEND"))(conf)

    def indices(self) -> list[str]:
        return sorted(self.es.indices.get(index=f"{self.prefix}*"))

    def empty(self) -> None:
        # Page ids come back in the next test (rolled-back transactions).
        self.es.delete_by_query(
            index=f"{self.prefix}*",
            body={"query": {"match_all": {}}},
            refresh=True,
            conflicts="proceed",
        )

    def drop(self) -> None:
        self.es.indices.delete(index=f"{self.prefix}*")


@pytest.fixture(scope="session")
def session_engine(engine_url):
    """Creating the indices takes seconds each, so it is done once per session."""
    engine = Engine(engine_url, f"test_{uuid.uuid4().hex[:10]}_")
    # Only while creating the indices: the rest of the suite keeps its own backends.
    with override_settings(WAGTAILSEARCH_BACKENDS=engine.backends_setting):
        engine.rebuild(schema_only=True)
    yield engine
    engine.drop()


@pytest.fixture
def search_engine(session_engine, settings, locales):
    """Search backends on the real engine for this test (empty indices)."""
    settings.WAGTAILSEARCH_BACKENDS = session_engine.backends_setting
    yield session_engine
    session_engine.empty()


def published(page):
    """Publish as an editor does. Factories set ParentalManyToMany relations with a
    plain save(), whose post_save indexing runs before modelcluster writes them; the
    publish flow indexes again afterwards (search/indexing.py)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# The same practice in five languages; each text has words that only that language's
# analyzer reduces to the same stem as the inflected forms the tests search for.
PRACTICE_TEXTS = {
    "en": ("Mentoring apprenticeships", "Workplace mentors support apprentices."),
    "fi": ("Opettajat ohjaavat", "Opettajat ohjaavat oppisopimusopiskelijoita."),
    "nl": ("Leerlingen begeleiden", "Docenten begeleiden leerlingen in bedrijven."),
    "et": ("Tugi õpetajatele", "Õpetajatele antakse tuge ettevõtetes."),
    "lv": ("Atbalsts skolotājiem", "Skolotājiem palīdz uzņēmumos."),
}


@pytest.fixture
def translated_homes(home):
    """The home page and the practice index in all five locales."""
    from locales.localize import translate
    from tests import factories

    index = factories.PracticeIndexPageFactory(parent=home)
    for code in LANGUAGE_CODES[1:]:
        translate(home, code)
        translate(index, code)
    return index


@pytest.fixture
def translated_practice(search_engine, translated_homes):
    """An English practice and its four published translations: {code: page}."""
    from locales.localize import translate
    from tests import factories

    title, summary = PRACTICE_TEXTS["en"]
    practice = factories.PracticePageFactory(
        parent=translated_homes, title=title, summary=summary, slug="mentoring"
    )
    pages = {"en": practice}
    for code in LANGUAGE_CODES[1:]:
        strings = dict(zip(PRACTICE_TEXTS["en"], PRACTICE_TEXTS[code], strict=True))
        pages[code] = translate(practice, code, strings)
    search_engine.refresh()
    return pages
