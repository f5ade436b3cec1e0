"""WAGTAILSEARCH_BACKENDS from SEARCH_URL/SEARCH_ENGINE: the database without a URL,
otherwise "default" plus one backend per language with its analyzer."""

import pytest

from search.analyzers import analyzer_for, index_settings
from search.config import search_backends, search_index_settings


def test_no_url_means_the_database_backend():
    assert search_backends("", "elasticsearch7", "v_") == {
        "default": {"BACKEND": "search.backends.database"}
    }


@pytest.mark.parametrize("engine", ["elasticsearch7", "opensearch2"])
def test_one_backend_per_language_plus_default(engine):
    backends = search_backends("http://es:9200", engine, "v_", ["en", "fi"])

    assert list(backends) == ["default", "en", "fi"]
    assert backends["default"]["INDEX_PREFIX"] == "v_all_"
    assert "LANGUAGE_CODE" not in backends["default"]
    fi = backends["fi"]
    assert fi["BACKEND"] == f"search.backends.{engine}"
    assert (fi["URLS"], fi["INDEX_PREFIX"], fi["LANGUAGE_CODE"]) == (
        ["http://es:9200"],
        "v_fi_",
        "fi",
    )
    analysis = fi["INDEX_SETTINGS"]["settings"]["analysis"]
    assert analysis == index_settings("fi")["settings"]["analysis"]
    assert set(analysis["analyzer"]) == {"default", "default_search"}


def test_extra_index_settings_are_merged():
    extra = search_index_settings("0")
    backends = search_backends("http://es:9200", "elasticsearch7", "v_", ["et"], extra)

    settings = backends["et"]["INDEX_SETTINGS"]["settings"]
    assert settings["index"] == {"number_of_replicas": 0}
    assert settings["analysis"] == index_settings("et")["settings"]["analysis"]


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError, match="SEARCH_ENGINE='solr'"):
        search_backends("http://x", "solr", "v_")


@pytest.mark.parametrize(
    ("code", "analyzer"),
    [
        ("en", "english"),
        ("fi", "finnish"),
        ("nl", "dutch"),
        ("et", "estonian"),
        ("lv", "latvian"),
        ("de", "standard"),
    ],
)
def test_language_analyzers(code, analyzer):
    assert analyzer_for(code) == analyzer
