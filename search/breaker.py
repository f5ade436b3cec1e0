"""A circuit breaker per engine (its list of hosts), shared by every client in the
process: after BREAKER_FAILURES outages in a row the engine is skipped for
BREAKER_RESET seconds, then a single request probes it (half-open); a success closes
the breaker, a failure opens it again. A dead engine then costs readers nothing
instead of a connect timeout per request; the client's own retries across hosts
still handle one dead node of a cluster (they count as one request here)."""

import logging
import threading
import time
from collections.abc import Callable

from search.conf import settings

logger = logging.getLogger(__name__)


class CircuitBreaker:
    def __init__(self, name: str, clock: Callable[[], float] = time.monotonic):
        self.name = name
        self.clock = clock
        self.failures = 0
        self.opened_at: float | None = None
        self.probing = False
        self.last_error = ""
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        if self.opened_at is None:
            return "closed"
        return "half-open" if self._cooled_down() else "open"

    def allow(self) -> bool:
        """May a request go to the engine now? (Cheap: a lock and a clock read.)"""
        if self.opened_at is None:
            return True
        with self._lock:
            if self.opened_at is None:
                return True
            if self._cooled_down() and not self.probing:
                self.probing = True  # this request probes; the others still skip
                return True
            return False

    def succeeded(self) -> None:
        if self.opened_at is None and not self.failures:
            return
        with self._lock:
            if self.opened_at is not None:
                logger.warning("search engine %s answers again", self.name)
            self.failures, self.opened_at, self.probing = 0, None, False

    def failed(self, error: BaseException) -> None:
        with self._lock:
            self.failures += 1
            self.last_error = f"{type(error).__name__}: {error}"[:500]
            was_open = self.opened_at is not None
            if self.failures >= settings.BREAKER_FAILURES or was_open:
                self.opened_at = self.clock()
                self.probing = False
                if not was_open:
                    logger.error(
                        "search engine %s is unreachable (%s); skipping it for %ss",
                        self.name,
                        self.last_error,
                        settings.BREAKER_RESET,
                    )

    def reset(self) -> None:
        with self._lock:
            self.failures, self.opened_at, self.probing = 0, None, False
            self.last_error = ""

    def _cooled_down(self) -> bool:
        return self.clock() - self.opened_at >= settings.BREAKER_RESET


_breakers: dict[str, CircuitBreaker] = {}
_registry_lock = threading.Lock()


def breaker_for(name: str) -> CircuitBreaker:
    """The process's breaker for one engine (named by its hosts)."""
    try:
        return _breakers[name]
    except KeyError:
        with _registry_lock:
            return _breakers.setdefault(name, CircuitBreaker(name))


def all_breakers() -> dict[str, CircuitBreaker]:
    return dict(_breakers)
