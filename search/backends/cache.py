"""Backend instances reused between searches. modelsearch builds a new backend (and a
new HTTP client, whose first request is a product check) on every lookup; readers'
searches should not pay that. Keyed by the backend's settings, so a change of
WAGTAILSEARCH_BACKENDS (tests) gets a fresh one."""

import json
from functools import lru_cache

from django.conf import settings
from wagtail.search.backends import get_search_backend


def backend(name: str):
    config = settings.WAGTAILSEARCH_BACKENDS.get(name, {})
    return _backend(name, json.dumps(config, sort_keys=True, default=str))


@lru_cache(maxsize=32)
def _backend(name: str, _config_key: str):
    return get_search_backend(name)
