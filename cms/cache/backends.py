"""Django's RedisCache, made to fail open: while Redis is unreachable every call
answers as an empty cache would (a miss, a no-op, an allowed rate limit) instead of
raising, so a cache outage slows the site down instead of taking it down (Wagtail
itself keeps its site root paths in the default cache). After a failure Redis is
left alone for a few seconds, so a dead server costs no timeout per call."""

import functools
import logging
import time

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)
RETRY_AFTER = 5.0  # seconds without trying Redis after it failed
MISSING = object()  # incr() on an empty cache: raise ValueError, as for a missing key

# What an empty, working cache would answer.
FALLBACKS = {
    "add": True,
    "set": None,
    "touch": False,
    "delete": False,
    "get_many": {},
    "has_key": False,
    "incr": MISSING,
    "set_many": [],
    "delete_many": None,
    "clear": None,
}


class ResilientRedisCache(RedisCache):
    down_until = 0.0

    def get(self, key, default=None, version=None):
        return self._guarded(super().get, default, key, default, version)

    def _guarded(self, call, fallback, *args, **kwargs):
        from redis.exceptions import ConnectionError, TimeoutError

        if time.monotonic() >= self.down_until:
            try:
                return call(*args, **kwargs)
            except (ConnectionError, TimeoutError) as exc:
                self.down_until = time.monotonic() + RETRY_AFTER
                logger.warning(
                    "cache unavailable, retrying in %ss: %s", RETRY_AFTER, exc
                )
        if fallback is MISSING:
            raise ValueError("cache unavailable")
        return fallback


def _guard(name: str, fallback):
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        return self._guarded(method.__get__(self), fallback, *args, **kwargs)

    return guarded


for _name, _fallback in FALLBACKS.items():
    setattr(ResilientRedisCache, _name, _guard(_name, _fallback))
