"""The real search engine fixtures (tests/search/conftest.py) for the probe."""

from tests.search.conftest import engine_url, search_engine, session_engine  # noqa: F401
