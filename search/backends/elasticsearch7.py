"""Wagtail's `elasticsearch7` backend with locale routing (see base.py)."""

from wagtail.search.backends.elasticsearch7 import Elasticsearch7SearchBackend

from search.backends.base import localised

SearchBackend = localised(Elasticsearch7SearchBackend)
