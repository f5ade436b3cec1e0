"""A site-wide content generation in the shared cache: every cached response is keyed
by it, so one increment on publish retires every cached page at once (a page also
shows its parents, siblings, menus and listings, so per-page keys would go stale)."""

import logging
import time

from django.core.cache import cache
from django.db import transaction

logger = logging.getLogger(__name__)
KEY = "vetcms:content-generation"


def current() -> int:
    value = cache.get(KEY)
    if value is None:
        # A clock value, not 1: if the key is lost (eviction, restart) an old
        # generation, and the responses stored under it, never comes back.
        cache.add(KEY, time.time_ns(), timeout=None)
        value = cache.get(KEY)
    return value


def bump() -> None:
    """Retire every cached response now and again once the transaction commits (a
    request between the two could have cached the content as it was before)."""
    _increment()
    transaction.on_commit(_increment)


def _increment() -> None:
    try:
        cache.incr(KEY)
    except ValueError:  # not there yet (or evicted): start from the clock
        cache.add(KEY, time.time_ns(), timeout=None)
    except Exception:  # a cache outage must not stop a publish
        logger.exception("could not bump the content generation")
