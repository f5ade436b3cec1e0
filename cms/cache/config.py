"""CACHES from one URL (CACHE_URL), like DATABASE_URL for the database."""

from typing import Any
from urllib.parse import urlsplit

from cms.core.shared_cache import REDIS_BACKEND

LOCMEM_BACKEND = "django.core.cache.backends.locmem.LocMemCache"
DUMMY_BACKEND = "django.core.cache.backends.dummy.DummyCache"


def caches_setting(url: str, key_prefix: str = "vetcms") -> dict[str, Any]:
    """redis://, rediss:// → Django's RedisCache (failing open); empty or locmem://
    → this process's memory (the embedded default); dummy:// → no cache at all."""
    scheme = urlsplit(url).scheme if url else "locmem"
    if scheme in ("redis", "rediss", "unix"):
        default = {
            "BACKEND": REDIS_BACKEND,
            "LOCATION": url,
            # A dead Redis must cost a request milliseconds, not the OS's TCP timeout.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    elif scheme == "locmem":
        default = {"BACKEND": LOCMEM_BACKEND, "LOCATION": "vetcms"}
    elif scheme == "dummy":
        default = {"BACKEND": DUMMY_BACKEND}
    else:
        raise ValueError(
            f"CACHE_URL={url!r}: use redis://, rediss://, unix://, locmem:// or dummy://"
        )
    return {"default": {**default, "KEY_PREFIX": key_prefix}}


def frontend_cache_setting(environ) -> dict[str, Any]:
    """WAGTAILFRONTENDCACHE for wagtail.contrib.frontend_cache (a CDN or proxy purged
    on publish); empty, and the app left out, unless the environment names one."""
    backends: dict[str, Any] = {}
    if environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, Squid, nginx: HTTP PURGE
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": environ["FRONTEND_CACHE_PURGE_URL"],
        }
    if environ.get("CLOUDFLARE_API_TOKEN") and environ.get("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": environ["CLOUDFLARE_API_TOKEN"],
            "ZONEID": environ["CLOUDFLARE_ZONE_ID"],
        }
    return backends
