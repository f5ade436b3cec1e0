"""Wagtail's `opensearch2` backend with locale routing (see base.py)."""

from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from search.backends.base import localised

SearchBackend = localised(OpenSearch2SearchBackend)
