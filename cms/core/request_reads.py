"""Shared-cache values read once per request: the content generation and the
glossary's token were each read from Redis two to four times in one @search (a round
trip each). Within a request (Django's request_started to request_finished, in this
thread's context) the first read is kept; outside one (commands, the task worker,
code run without a request) every call reads. A change made by the request itself
forgets what it read (``forget``).

Keys named with ``read_together`` (the generation, the glossary's token) come from
the cache in one round trip on the first read of any of them: a @search needs both,
and each Redis round trip is a wait outside the request's CPU."""

from contextvars import ContextVar

from django.core.cache import cache

_READS: ContextVar[dict | None] = ContextVar("vetcms_request_reads", default=None)
_TOGETHER: set[str] = set()
_FETCHED = object()  # in a request's reads once the keys read together are in


def read_together(key: str) -> None:
    """Fetch ``key`` with the other keys named here (``once`` then falls back to
    its ``read()`` only for a key not in the cache)."""
    _TOGETHER.add(key)


def once(key: str, read):
    """``read()``'s value, read once per request for ``key``."""
    reads = _READS.get()
    if reads is None:
        return read()
    if key in _TOGETHER and _FETCHED not in reads:
        reads[_FETCHED] = True
        found = cache.get_many(sorted(_TOGETHER - reads.keys()))
        reads.update((k, v) for k, v in found.items() if v is not None)
    if key not in reads:
        reads[key] = read()
    return reads[key]


def forget(key: str) -> None:
    reads = _READS.get()
    if reads is not None:
        reads.pop(key, None)


def request_started(**_signal) -> None:
    _READS.set({})


def request_finished(**_signal) -> None:
    _READS.set(None)


def connect() -> None:
    from django.core.signals import request_finished as finished
    from django.core.signals import request_started as started

    started.connect(request_started, dispatch_uid="vetcms-request-reads-start")
    finished.connect(request_finished, dispatch_uid="vetcms-request-reads-finish")
