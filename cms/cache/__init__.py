"""The shared cache: CACHE_URL → CACHES, the site-wide content generation, and the
response cache for anonymous readers (README: "Serving in production")."""
