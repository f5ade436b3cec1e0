"""The reader site's knobs, django-filter style: defaults here, overridden by
``VETCMS_SITE_<NAME>`` settings, re-read when a setting changes (override_settings)."""

from typing import Any

from cms.core.knobs import Knobs

DEFAULTS: dict[str, Any] = {
    # Ambassador applications accepted from one IP address per window (seconds);
    # posts refused as invalid (typos, a missing consent) have a separate, generous
    # limit, so corrections never use up the applicant's own.
    "APPLICATION_RATE_LIMIT": 5,
    "APPLICATION_RATE_WINDOW": 3600,
    "APPLICATION_INVALID_RATE_LIMIT": 50,
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
    # The source-language slug of the privacy statement that the application form and
    # the footer link to (a standard page; its translations are found from it).
    "PRIVACY_PAGE_SLUG": "privacy",
}

settings = Knobs("VETCMS_SITE_", DEFAULTS)
