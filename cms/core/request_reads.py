"""Shared-cache values read once per request: the content generation and the
glossary's token were each read from Redis two to four times in one @search (a round
trip each). Within a request (Django's request_started to request_finished, in this
thread's context) the first read is kept; outside one (commands, the task worker,
code run without a request) every call reads. A change made by the request itself
forgets what it read (``forget``)."""

from contextvars import ContextVar

_READS: ContextVar[dict | None] = ContextVar("vetcms_request_reads", default=None)


def once(key: str, read):
    """``read()``'s value, read once per request for ``key``."""
    reads = _READS.get()
    if reads is None:
        return read()
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
