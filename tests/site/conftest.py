"""Fixtures of the reader-site tests: a fresh cache (the application form's rate limit
lives there) and a Finnish translation helper."""

import pytest
from django.core.cache import cache

from locales.localize import translate


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def finnish(locales):
    """Translate a page (ancestors first) into Finnish; return the translation."""

    def make(page, strings=None):
        for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
            if not ancestor.get_translations().filter(locale=locales["fi"]).exists():
                translate(ancestor, "fi")
        return translate(page, "fi", strings or {})

    return make
