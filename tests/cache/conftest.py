import pytest
from django.core.cache import cache
from django.test import override_settings

from locales.localize import translate


@pytest.fixture(autouse=True)
def response_cache():
    """The response cache on (locmem is enough in one test process), empty."""
    cache.clear()
    with override_settings(VETCMS_CACHE_RESPONSE_TIMEOUT=300):
        yield
    cache.clear()


@pytest.fixture
def fi_home(home):
    return translate(home, "fi", {"Home": "Etusivu"})
