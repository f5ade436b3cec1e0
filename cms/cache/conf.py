"""The response cache's knobs: defaults here, overridden by ``VETCMS_CACHE_<NAME>``
settings (cms/settings/base.py sets them from the environment)."""

from typing import Any

from cms.core.knobs import Knobs

DEFAULTS: dict[str, Any] = {
    # Seconds an anonymous GET answer is kept; 0 turns the response cache off. It is
    # only safe where every process shares the cache (Redis): base.py turns it on
    # when CACHE_URL names one. The timeout also bounds what time alone changes
    # (an event becoming past, a page's expiry).
    "RESPONSE_TIMEOUT": 0,
    # Paths never cached (a list), or None: the paths outside the reader site
    # (settings.NON_LOCALIZED_PATH_PREFIXES: the admin, private documents, files
    # served elsewhere, health checks, the stock Wagtail API) less the API's own.
    "SKIP_PREFIXES": None,
    # Models whose saves do not change what readers see (applications are private
    # until approved, and anonymous visitors create them).
    "IGNORED_MODELS": ["pages.ambassadorapplication"],
}

settings = Knobs("VETCMS_CACHE_", DEFAULTS)
