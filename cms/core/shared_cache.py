"""Whether the site's cache is shared by every process (Redis) or this process's
own: the kernel's memo (cms/core/generation.py) and the response cache's default
(settings) both depend on it. The backend is named, not imported: the kernel stays
below cms.cache, which defines it (cms/cache/backends.py) and builds CACHES."""

from typing import Any

REDIS_BACKEND = "cms.cache.backends.ResilientRedisCache"


def is_shared(caches: dict[str, Any]) -> bool:
    """Whether every process of the site sees the same cache."""
    return caches["default"]["BACKEND"] == REDIS_BACKEND
