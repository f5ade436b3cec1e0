"""Bad search input is a SearchError that says what is wrong, never a crash."""

import pytest

from search.config import search_backends
from search.query import SearchError, search_pages


@pytest.fixture(autouse=True)
def database_backend(settings, locales):
    settings.WAGTAILSEARCH_BACKENDS = search_backends("", "elasticsearch7", "x_")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"locale": "de"}, "Unknown locale 'de'"),
        ({"filters": {"colour": "red"}}, "Unknown filter(s) ['colour']"),
        ({"filters": {"kind": "best"}}, "Unknown kind ['best']"),
        ({"filters": {"country": "XX"}}, "Unknown country ['XX']"),
        ({"filters": {"theme": "nope"}}, "Unknown theme ['nope']"),
        ({"filters": {"content_type": "Image"}}, "Unknown content type(s) ['Image']"),
        ({"filters": {"year_from": "soon"}}, "year_from must be a whole number"),
        ({"filters": {"year_from": 2020, "year_to": 2010}}, "must not be after"),
        ({"facets": ["colour"]}, "Unknown facet ['colour']"),
        ({"sort": "random"}, "Unknown sort ['random']"),
        ({"page": 0}, "page must be at least 1"),
        ({"page": "two"}, "page must be a whole number"),
        ({"per_page": 1000}, "per_page must be between 1 and 500"),
        ({"page": 200, "per_page": 100}, "first 10000"),
    ],
)
def test_bad_input_says_what_is_wrong(kwargs, message):
    with pytest.raises(SearchError) as error:
        search_pages("x", **kwargs)

    assert message in str(error.value)


def test_overlong_query_is_refused():
    with pytest.raises(SearchError, match="longer than 500"):
        search_pages("word " * 200)


def test_search_error_is_a_value_error():
    assert issubclass(SearchError, ValueError)
