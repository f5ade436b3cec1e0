import pytest
from django.core.cache import cache
from django.test import override_settings


@pytest.fixture(autouse=True)
def response_cache():
    """The response cache on (locmem is enough in one test process), empty."""
    cache.clear()
    with override_settings(VETCMS_CACHE_RESPONSE_TIMEOUT=300):
        yield
    cache.clear()
