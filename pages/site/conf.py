"""The reader site's knobs, django-filter style: defaults here, overridden by
``VETCMS_SITE_<NAME>`` settings, re-read when a setting changes (override_settings)."""

from typing import Any

from django.conf import settings as django_settings
from django.core.signals import setting_changed

DEFAULTS: dict[str, Any] = {
    # Ambassador applications accepted from one IP address per window (seconds).
    "APPLICATION_RATE_LIMIT": 5,
    "APPLICATION_RATE_WINDOW": 3600,
    # Take the client address from X-Forwarded-For (only behind a trusted proxy).
    "TRUST_X_FORWARDED_FOR": False,
    # Items in a news feed and in the upcoming-events calendar.
    "FEED_ITEMS": 20,
    "CALENDAR_ITEMS": 100,
    # Results per batch on the search page, the news list and the ambassadors list.
    "SEARCH_PER_PAGE": 10,
    "NEWS_PER_PAGE": 10,
    # The search function (dotted path) the search page calls; see pages/site/search.py.
    "SEARCH_FUNCTION": "pages.site.search.default_search",
}

PREFIX = "VETCMS_SITE_"


class Settings:
    def __init__(self):
        self._cache: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name not in DEFAULTS:
            raise AttributeError(name)
        if name not in self._cache:
            self._cache[name] = getattr(django_settings, PREFIX + name, DEFAULTS[name])
        return self._cache[name]

    def reset(self) -> None:
        self._cache.clear()


settings = Settings()


def _reset(*, setting: str, **kwargs) -> None:
    if setting.startswith(PREFIX):
        settings.reset()


setting_changed.connect(_reset)
