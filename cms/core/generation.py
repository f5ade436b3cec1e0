"""A site-wide content generation in the shared cache: every cached response is keyed
by it, so one increment on publish retires every cached page at once (a page also
shows its parents, siblings, menus and listings, so per-page keys would go stale)."""

import logging
import time

from django.core.cache import cache
from django.db import transaction

from cms.core import request_reads

logger = logging.getLogger(__name__)
KEY = "vetcms:content-generation"
request_reads.read_together(KEY)


def current() -> int:
    """The generation, read from the cache once per request (request_reads)."""
    return request_reads.once(KEY, _read)


def _read() -> int:
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
    request_reads.forget(KEY)  # this request sees its own change
    try:
        cache.incr(KEY)
    except ValueError:  # not there yet (or evicted): start from the clock
        cache.add(KEY, time.time_ns(), timeout=None)
    except Exception:  # a cache outage must not stop a publish
        logger.exception("could not bump the content generation")


_MEMO: dict = {}  # key → (generation, value), this process's
MEMO_SIZE = 20_000


def shared() -> bool:
    """Whether every process reads the same generation (a shared cache): only then
    does a bump in one process retire what another one remembers."""
    from django.conf import settings

    from cms.core.shared_cache import is_shared

    return is_shared(settings.CACHES)


def memoized(key, compute, request=None):
    """``compute()`` once per content generation in this process, for what only
    changes when readers' content does (restrictions, the last publish, a page's
    neighbours as anyone sees them); every time when the cache is not shared. A change
    bumps before and after its commit, so a value computed in between is retired too.
    With ``request``, the generation is read from the cache once per request."""
    if not shared():
        return compute()
    now = _of_request(request)
    hit = _MEMO.get(key)
    if hit is not None and hit[0] == now:
        return hit[1]
    value = compute()
    _remember(key, (now, value))
    return value


def memoized_until(key, compute, at, request=None):
    """As ``memoized``, for a value that also changes at a known moment (a scheduled
    go-live or expiry): ``compute()`` returns ``(value, valid_until)`` (None: until
    the next generation), and the value is computed again once ``at`` reaches it."""
    if not shared():
        return compute()[0]
    now = _of_request(request)
    hit = _MEMO.get(key)
    if hit is not None and hit[0] == now and (hit[2] is None or at < hit[2]):
        return hit[1]
    value, until = compute()
    _remember(key, (now, value, until))
    return value


def recall(keys, request=None) -> dict:
    """What ``remember`` kept under each of ``keys`` in this content generation
    (``{key: value}``, hits only); nothing when the cache is not shared."""
    if not shared() or not keys:
        return {}
    now = _of_request(request)
    found = {}
    for key in keys:
        hit = _MEMO.get(key)
        if hit is not None and hit[0] == now:
            found[key] = hit[1]
    return found


def remember(key, value, request=None) -> None:
    """Keep ``value`` under ``key`` for this content generation (``recall``), for
    values computed in bulk (a batch of search results' summaries)."""
    if shared():
        _remember(key, (_of_request(request), value))


def _of_request(request) -> int:
    """The generation, read from the cache once per request."""
    now = getattr(request, "_content_generation", None) or current()
    if request is not None:
        request._content_generation = now
    return now


def _remember(key, entry: tuple) -> None:
    if len(_MEMO) >= MEMO_SIZE:  # a crude bound: entries of old generations go too
        _MEMO.clear()
    _MEMO[key] = entry
