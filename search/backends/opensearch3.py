"""Wagtail's `opensearch3` backend with locale routing (see base.py)."""

from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.base import localised

SearchBackend = localised(OpenSearch3SearchBackend)
