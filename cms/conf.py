"""The API's knobs, django-filter style: defaults here, overridden by
``VETCMS_API_<NAME>`` settings, re-read when a setting changes so
``override_settings`` works in tests.

Dotted paths (issue #24). The API sits above locales, search and pages and imports
them plainly where nothing is swapped (``@suggest`` calls ``search.suggest``). The
dotted-path knobs below stay because a deployment swaps or switches off the part:
- ``SEARCH_ADAPTER``, ``SEARCH_FUNCTION``, ``DRAFT_SEARCH_FUNCTION``: the search layer
  is replaceable (another adapter); with ``SEARCH_FUNCTION`` empty or not importable
  @search answers from the catalog (``cms.api.search_layer.catalog_adapter``), with
  ``DRAFT_SEARCH_FUNCTION`` empty editors find what readers find;
- ``TRANSLATION_STATE_FUNCTION``, ``FALLBACK_RESOLVER``, ``LISTING_LOCALIZER``: the
  translation policy; empty, a locale has no fallback and lists only its own tree
  (tests/api/test_fallback.py runs the API that way);
- ``AMBASSADOR_MODEL``: a model label read through Django's app loading, for a site
  whose network profiles live in another model.
"""

from typing import Any

from cms.core.knobs import Knobs

DEFAULTS: dict[str, Any] = {
    # Public origin that every @id starts with (e.g. "https://vet.example.org"). Empty:
    # forwarded host/proto when trusted, else the request's own host.
    "PUBLIC_URL": "",
    "TRUST_FORWARDED_HOST": False,
    # Plone's default batch size, and the largest batch a client may ask for.
    "BATCH_SIZE": 25,
    "MAX_BATCH_SIZE": 500,
    "MAX_NAVIGATION_DEPTH": 5,
    # Anonymous responses: Cache-Control max-age in seconds (0 disables the header).
    "CACHE_MAX_AGE": 60,
    # Origins allowed to read the API from a browser ("*" for any).
    "CORS_ALLOWED_ORIGINS": [],
    # Image scales in summaries and content (Plone's names, Wagtail filter specs).
    "IMAGE_SCALES": {
        "thumb": "max-128x128",
        "preview": "max-400x400",
        "large": "max-800x800",
    },
    # JSON Web Tokens from @login: lifetime in seconds (Plone's default: 12 hours).
    "TOKEN_MAX_AGE": 12 * 3600,
    # Failed logins (per username and client address) before 429, and the window in
    # seconds they are counted in.
    "LOGIN_MAX_FAILURES": 5,
    "LOGIN_FAILURE_WINDOW": 300,
    # Locks taken through @lock: seconds until they expire unless refreshed
    # (plone.locking's default); a client may ask for another timeout.
    "LOCK_TIMEOUT": 600,
    "MAX_LOCK_TIMEOUT": 24 * 3600,
    # Signed preview tokens: lifetime in seconds.
    "PREVIEW_TOKEN_MAX_AGE": 3600,
    # The search adapter (dotted path) that @search uses, and the search layer's
    # function it calls for full-text queries (the catalog answers when it is missing;
    # it takes search_pages' keyword arguments, load_fields among them).
    "SEARCH_ADAPTER": "cms.api.search_layer.search_layer_adapter",
    "SEARCH_FUNCTION": "search.query.search_pages",
    # The search layer's full-text search over drafts for editors (empty: editors
    # find only what readers find).
    "DRAFT_SEARCH_FUNCTION": "search.drafts.search_drafts",
    # Function reporting a page's translation state (top-level content GET only);
    # empty or not importable: the key is left out.
    "TRANSLATION_STATE_FUNCTION": "locales.state.translation_state",
    # Function finding the untranslated source page a /<ll>/… path stands for
    # (translated part of the path, then source slugs): called as
    # f(request, language, path_components) -> (page, args, kwargs) | None. Such a page
    # is served in its source language, marked "fallback". Empty: those paths are 404.
    "FALLBACK_RESOLVER": "locales.fallback.resolve",
    # Module (dotted path) choosing, for listings (``items``, @navigation,
    # @querystring-search, the ambassadors), each item once in the reader's language
    # or its fallback (``localized``, ``mark``, ``below_translations``,
    # ``in_source_order``). Empty: a locale lists only its own tree.
    "LISTING_LOCALIZER": "locales.localized",
    "SITE_TITLE": "",
    # @actions' site actions besides the sitemap: action id → slug of the source
    # language root's child page (its translation is linked in each language).
    "SITE_ACTION_PAGES": {"accessibility": "accessibility", "contact": "contact"},
    # The public profiles of the ambassadors network (GeoJSON and the network page).
    "AMBASSADOR_MODEL": "pages.Ambassador",
}

settings = Knobs("VETCMS_API_", DEFAULTS)
