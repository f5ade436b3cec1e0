"""Wagtail's `elasticsearch8` backend with locale routing (see base.py)."""

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.backends.base import localised

SearchBackend = localised(Elasticsearch8SearchBackend)
