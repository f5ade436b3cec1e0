"""Wagtail's `elasticsearch9` backend with locale routing (see base.py)."""

from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends.base import localised

SearchBackend = localised(Elasticsearch9SearchBackend)
