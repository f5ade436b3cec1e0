"""Settings shared by every environment; whatever differs per machine comes from
the environment (see README, "Configuration")."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from cms.cache.config import caches_setting, frontend_cache_setting
from cms.core import timezones
from cms.core.shared_cache import is_shared
from cms.storage.config import storages_setting
from locales.config import LANGUAGE_CODES, LANGUAGES, NATIVE_NAMES, SOURCE_LANGUAGE
from locales.translators.settings import machine_translator
from search.config import backends_from_env

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Surfaces off unless asked for: Wagtail's stock API v2 at /api/v2/ (bench/api.py
# compares it with ours) and Django's admin at /django-admin/ (nothing is registered
# there; Wagtail's admin is /admin/).
WAGTAIL_API_V2 = env_bool("VETCMS_WAGTAIL_API_V2")
DJANGO_ADMIN = env_bool("VETCMS_DJANGO_ADMIN")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Browser apps on other origins that may call the API (a Volto or React dev server on
# http://localhost:3000); cms/api/http.py answers their CORS preflights.
VETCMS_API_CORS_ALLOWED_ORIGINS = env_list("API_CORS_ORIGINS")

INSTALLED_APPS = [
    "pages",
    "search",
    "cms.api",  # fills the API's serializer registry in ready()
    "cms.cache",  # retires cached responses on publish (cms/cache/signals.py)
    "csp",  # Content-Security-Policy on the reader site (below)
    "drf_spectacular_sidecar",  # Swagger UI's files for /api/docs/ (cms/api/docs.py)
    "axes",  # one limit on failed logins on every path (cms/login_limit.py)
    "wagtail.api.v2",  # stock Wagtail API at /api/v2/, for the benchmark comparison
    "rest_framework",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    # Unused, but installed sites have its table (wagtailforms_formsubmission):
    # removing it takes `manage.py migrate wagtailforms zero` on each database first.
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Background tasks in the database (scripts/worker.sh runs them; cms/tasks/).
    "django_tasks",
    "django_tasks_db",
    "cms.tasks",  # retries, recovery of a dead worker's task, the admin report
    # Last: its post_migrate sets up roles once every app's permissions exist.
    "locales",
]

MIDDLEWARE = [
    # /healthz and /readyz, before anything that could fail or redirect them.
    "cms.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # 400 for NUL or lone surrogates in the path or query (cms/core/text_guard.py).
    "cms.core.text_guard.UnsafeTextMiddleware",
    # Anonymous GETs answered from the shared cache (off unless RESPONSE_CACHE_SECONDS
    # or a shared CACHE_URL; cms/cache/middleware.py).
    "cms.cache.middleware.AnonymousResponseCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.PrefixAwareLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Accept: application/json on a page URL answers with the API's JSON.
    "cms.api.middleware.ApiNegotiationMiddleware",
    "locales.guard.TranslatorLocaleMiddleware",
    # The site's own 404/403 under /<lang>/ (after the fallback had its chance).
    "pages.site.errors.ReaderErrorPagesMiddleware",
    "locales.fallback.TranslationFallbackMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A locked-out login (admin form) answers 429 (cms/login_limit.py).
    "axes.middleware.AxesMiddleware",
]

# Failed logins (cms/login_limit.py): django-axes refuses a locked-out username and
# client address on every login path; counted in the database, so the limit holds
# while the shared cache is down.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = "cms.login_limit.failure_limit"
AXES_COOLOFF_TIME = "cms.login_limit.cool_off"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "cms.core.client_address.client_ip"
AXES_LOCKOUT_CALLABLE = "cms.login_limit.lockout_response"
AXES_RESET_ON_SUCCESS = False
AXES_DISABLE_ACCESS_LOG = True  # no row per successful login
AXES_VERBOSE = False

# The reader site loads only its own scripts, styles and fonts (no inline script);
# images may come from a media host, embedded videos from their providers (https).
# Inline styles: the standalone Europe map (an SVG) and embed markup carry them. The
# admin has its own needs (Wagtail's inline scripts): left out.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "https:"],
        "frame-src": ["https:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    },
}
# Privacy: no editor's e-mail hash to gravatar.com, no call to releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://… or sqlite:///…); an SQLite file by default.
# Connections are kept between requests (DATABASE_CONN_MAX_AGE seconds, 0: one per
# request), checked before reuse: a new connection per request cost a served @search
# ~4 of its ~10 CPU ms (SQLite reads the whole schema again on each; cms/api/README.md
# "Speed"). One connection per server thread.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"  # noqa: E501
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: five languages, English first; URLs carry the language prefix.
LANGUAGE_CODE = SOURCE_LANGUAGE
LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The project's catalogs, then its translations of wagtail-localize's own strings
# (server and JavaScript), both found before the apps' catalogs (locales/README.md).
LOCALE_PATHS = [
    BASE_DIR / "locales",
    BASE_DIR / "locales" / "wagtail_localize",
    # Wagtail's admin strings its own catalogs leave English in et, lv (and a few fi).
    BASE_DIR / "locales" / "wagtail_admin",
]
# The admin in each of the site's languages (Wagtail's default list has no Latvian).
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, NATIVE_NAMES[code]) for code in LANGUAGE_CODES
]
USE_I18N = True
# English dates in European form (cms/formats/en/formats.py).
FORMAT_MODULE_PATH = ["cms.formats"]
# Paths served outside the /<lang>/ prefixes, the one list: a 404 there stays a 404
# (cms.middleware), content negotiation leaves them alone (cms.api.middleware), and
# the response cache skips them, the API's own two excepted (cms.cache.middleware).
NON_LOCALIZED_PATH_PREFIXES = [
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/++api++",
    "/++image++",
    "/api/",
    "/healthz",
    "/readyz",
]
USE_TZ = True
# Stored datetimes are UTC; events carry their own time zone for display.
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Brussels")
# The zones offered on the admin's account page: the events' curated list (Wagtail's
# default has every alias and "localtime", which the browser rejects).
WAGTAIL_USER_TIME_ZONES = timezones.names()

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Media on S3-compatible object storage when STORAGE_URL is set (s3://KEY:SECRET@host/
# bucket, cms/storage/config.py; scripts/storage.sh starts a local one), else on the
# local disk in MEDIA_ROOT. Either way readers get files through the site's checked
# views (cms.media_serve, Wagtail's document view), as the addresses handed out say.
STORAGE_URL = os.environ.get("STORAGE_URL", "")
STORAGES = storages_setting(
    STORAGE_URL,
    {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        },
    },
)
# Documents stream through Wagtail's checked view (before_serve_document), on any
# storage: its default for a remote one would redirect to the file's own address.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Cache: CACHE_URL (redis://host:port/db) shares it between processes and machines, as
# the rate limit and the response cache need with several workers; empty: this
# process's memory. SESSION_CACHE=1 keeps sessions in it too (cached_db).
CACHES = caches_setting(
    os.environ.get("CACHE_URL", ""), os.environ.get("CACHE_KEY_PREFIX", "vetcms")
)
if env_bool("SESSION_CACHE"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Seconds an anonymous GET stays cached (0: off); on by default with a shared cache
# only, since each process's own memory would keep serving what another one retired.
VETCMS_CACHE_RESPONSE_TIMEOUT = int(
    os.environ.get("RESPONSE_CACHE_SECONDS") or (300 if is_shared(CACHES) else 0)
)
# A CDN or caching proxy purged on publish (wagtail.contrib.frontend_cache): off unless
# FRONTEND_CACHE_PURGE_URL or CLOUDFLARE_API_TOKEN + CLOUDFLARE_ZONE_ID are set.
WAGTAILFRONTENDCACHE = frontend_cache_setting(os.environ)
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.insert(
        INSTALLED_APPS.index("locales"), "wagtail.contrib.frontend_cache"
    )

# E-mail: Django's SMTP backend when EMAIL_HOST is set (EMAIL_PORT, EMAIL_HOST_USER,
# EMAIL_HOST_PASSWORD, EMAIL_USE_TLS or EMAIL_USE_SSL), else printed to the console.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND") or (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "30"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "vetcms@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Background tasks (django-tasks), three backends on the same engine: "default"
# (Wagtail's own: modelsearch's index update on save, files deleted from storage,
# front-end cache purges; its reference index stays in the request), "search" (index
# updates on publish, reindexing: search/tasks.py) and "mail" (cms/tasks/mail.py).
# TASKS_BACKEND=database queues them all in the database for the worker
# (scripts/worker.sh: one `db_worker` per backend), which retries a failed task with a
# growing delay and re-queues one whose worker died (cms/tasks/); "immediate" (the
# embedded default) runs them in the request.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND") or "immediate"
if TASKS_BACKEND not in TASK_BACKENDS:
    raise ImproperlyConfigured("TASKS_BACKEND must be 'immediate' or 'database'.")
TASKS = {
    "default": {
        # Except the reference index, kept in the request: it decides which media are
        # private (cms/core/media_access.py; cms/tasks/backends.py).
        "BACKEND": {
            "immediate": TASK_BACKENDS["immediate"],
            "database": "cms.tasks.backends.SelectiveDatabaseBackend",
        }[TASKS_BACKEND],
        "OPTIONS": {"IN_REQUEST": ["wagtail.tasks.update_reference_index_task"]},
    },
    "search": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND], "QUEUES": ["search"]},
    "mail": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND], "QUEUES": ["mail"]},
}

WAGTAIL_SITE_NAME = os.environ.get("SITE_NAME", "vetcms")
WAGTAILADMIN_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://localhost:8000")
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "odt",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
    "zip",
]

# Search: SEARCH_URL empty → Wagtail's database backend; otherwise the engine named by
# SEARCH_ENGINE (elasticsearch7 by default) at that URL (or comma-separated URLs of a
# cluster; SEARCH_USER/SEARCH_PASSWORD or SEARCH_API_KEY, SEARCH_CA_CERTS,
# SEARCH_VERIFY_CERTS, SEARCH_TIMEOUT, SEARCH_CONNECT_TIMEOUT), with one backend (and
# index) per language plus "default" for the admin (see search/README.md).
WAGTAILSEARCH_BACKENDS = backends_from_env(os.environ, LANGUAGE_CODES)
# With the engine down readers get the database's answers marked as limited, or, with
# SEARCH_WHEN_DOWN=unavailable, a 503 with Retry-After (search/conf.py).
VETCMS_SEARCH_WHEN_ENGINE_DOWN = os.environ.get("SEARCH_WHEN_DOWN", "database")

# Machine translation: the offline translation memory first, then DeepL, Google Cloud or
# LibreTranslate when their keys are in the environment
# (locales/translators/settings.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(os.environ)
# A new translation starts as a draft (holding the source text), never live at once;
# it goes live when an editor approves it (locales/review.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's default config gives "django" a console handler of its own, and it
        # propagates to root too: every line would be printed twice. Root prints it.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.db.backends": {"level": "WARNING"},
        # Background-task and publish chatter would drown management commands' output.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
        # The engine clients log every request at INFO: one line per search. Their
        # warnings (failed requests, retries) still show.
        "elasticsearch": {"level": "WARNING"},
        "opensearch": {"level": "WARNING"},
    },
}
