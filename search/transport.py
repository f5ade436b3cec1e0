"""The engine client's transport with the circuit breaker (search/breaker.py) in
front: every request of every client (searches, indexing, the admin's search, the
rebuild) checks it, so one place decides whether the engine is worth asking.

Works with the transports of elasticsearch-py 7, opensearch-py 2/3 and
elastic-transport (elasticsearch-py 8/9): only ``perform_request`` is wrapped."""

import importlib
import inspect
from functools import lru_cache

from search.breaker import breaker_for

CLIENT_PACKAGES = ("elasticsearch", "opensearchpy", "elastic_transport")
OUTAGE_NAMES = {"ConnectionError", "ConnectionTimeout"}


def is_client_error(exc: BaseException) -> bool:
    """Raised by an engine client (any of them), not by our own code."""
    return type(exc).__module__.split(".")[0] in CLIENT_PACKAGES


def is_outage(exc: BaseException) -> bool:
    """The engine could not answer: no connection, a timeout, or a 5xx (no master,
    shards unavailable). A 4xx is an answer (our request was wrong): not an outage."""
    if not is_client_error(exc):
        return False
    if OUTAGE_NAMES & {cls.__name__ for cls in type(exc).__mro__}:
        return True
    status = getattr(exc, "status_code", None)
    status = getattr(getattr(exc, "meta", None), "status", status)
    return isinstance(status, int) and status >= 500


class BreakerTransportMixin:
    breaker_name = ""

    def perform_request(self, *args, **kwargs):
        breaker = breaker_for(self.breaker_name)
        if not breaker.allow():
            raise open_error(type(self), breaker)
        try:
            response = super().perform_request(*args, **kwargs)
        except Exception as exc:
            if is_outage(exc):
                breaker.failed(exc)
            else:
                breaker.succeeded()
            raise
        breaker.succeeded()
        return response


@lru_cache(maxsize=64)
def breaker_transport(base: type, breaker_name: str) -> type:
    """``base`` (a client's transport class) with the breaker named ``breaker_name``."""
    return type(
        f"Breaker{base.__name__}",
        (BreakerTransportMixin, base),
        {"breaker_name": breaker_name, "__module__": __name__},
    )


def default_transport(client_class: type) -> type:
    """The transport class a client uses when none is given."""
    parameter = inspect.signature(client_class.__init__).parameters["transport_class"]
    return parameter.default


def open_error(transport_class: type, breaker) -> Exception:
    """The client's own ConnectionError, so callers handle it as any outage."""
    package = next(
        cls.__module__.split(".")[0]
        for cls in transport_class.__mro__
        if cls.__module__.split(".")[0] in CLIENT_PACKAGES
    )
    error_class = importlib.import_module(package).ConnectionError
    message = f"circuit breaker open after: {breaker.last_error}"
    if package == "elastic_transport":
        return error_class(message)
    return error_class("N/A", message, None)
