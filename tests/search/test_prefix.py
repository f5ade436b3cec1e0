"""search/prefix.py leans on two names of the database backends (django-modelsearch):
the search compiler's ``LAST_TERM_IS_PREFIX`` switch and the backend's ``_search``.
These tests pin them, and the prefix search itself."""

import pytest
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from search.prefix import prefix_compiler, prefix_search
from tests import factories

pytestmark = pytest.mark.django_db


def test_the_database_backend_has_the_names_prefix_search_uses(locales):
    backend = get_search_backend("default")
    assert backend.query_compiler_class.LAST_TERM_IS_PREFIX is False
    assert backend.autocomplete_query_compiler_class.LAST_TERM_IS_PREFIX is True
    assert callable(backend._search)


def test_the_prefix_compiler_only_switches_the_last_term(locales):
    compiler = get_search_backend("default").query_compiler_class
    assert prefix_compiler(compiler).LAST_TERM_IS_PREFIX is True
    assert issubclass(prefix_compiler(compiler), compiler)
    assert prefix_compiler(compiler) is prefix_compiler(compiler)  # made once


def test_a_prefix_search_finds_words_the_last_term_starts(practice_index):
    factories.PracticePageFactory(
        parent=practice_index, title="Apprenticeship ladders", summary="x"
    )
    factories.PracticePageFactory(
        parent=practice_index, title="Apprentices abroad", summary="x"
    )
    pages = Page.objects.live()

    def found(text):
        results = prefix_search(
            pages, PlainText(text), operator="and", order_by_relevance=True
        )
        return {p.title for p in results}

    assert found("apprentice") == {"Apprenticeship ladders", "Apprentices abroad"}
    assert found("ladders apprentices") == {"Apprenticeship ladders"}
    assert found("abroad apprentices") == {"Apprentices abroad"}
