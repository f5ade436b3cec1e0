"""Locale routing, failure recording and resilience, added to any of Wagtail's
engine backends.

A backend configured with LANGUAGE_CODE keeps only that locale's pages in its index
(and only what readers may see: live pages outside private sections); the
`default` backend keeps everything for the admin. Every backend records a failed
index update so that `search_catch_up` can redo it later. Its client has separate
connect/read timeouts (CONNECT_TIMEOUT, TIMEOUT) and the engine's circuit breaker
(search/transport.py), and its search results answer from the database when the
engine fails (search/degrade.py).
"""

import urllib3

from search import failures, fields, routing
from search.degrade import DegradingResultsMixin
from search.transport import breaker_transport, default_transport

# Clients on urllib3 take a connect/read Timeout; elastic-transport (ES 8/9) one number.
URLLIB3_CLIENTS = ("elasticsearch", "opensearchpy")


class WeightedMappingMixin:
    """Mapping half: text of RELATED weight goes to its own group only, not to
    `_all_text`, so a name mentioned in a related snippet counts less than body text
    (modelsearch copies every field into `_all_text`; see search/fields.py); titles
    go to the TITLE group."""

    def get_mapping(self):
        mapping = super().get_mapping()
        related_group = self.get_boost_field_name(fields.RELATED)
        for field in mapping["properties"].values():
            copy_to = field.get("copy_to")
            if isinstance(copy_to, list) and related_group in copy_to:
                field["copy_to"] = [related_group]
        # Page's own title (boost 2) is the column every page type shares: give it
        # the TITLE group, so titles weigh the same on every type and in every index.
        title = mapping["properties"].get("title")
        if title and "copy_to" in title:
            title["copy_to"] = ["_all_text", self.get_boost_field_name(fields.TITLE)]
        return mapping


class LocaleIndexMixin:
    """Index class half: route each object to its locale's index only."""

    def add_item(self, item):
        verdict = self.backend.route(item)
        if verdict is routing.INDEX:
            super().add_item(item)
        elif verdict is routing.REMOVE:
            # Unpublished or made private since it was indexed.
            self.delete_item(item)

    def add_items(self, model, items):
        keep = routing.Router(self.backend.locale_pk)
        items = [item for item in items if keep(item) is routing.INDEX]
        super().add_items(model, items)
        return len(items)


class LocaleBackendMixin:
    """Backend half: knows its language and records failed updates."""

    def __init__(self, params):
        params = dict(params)
        self.language_code = params.pop("LANGUAGE_CODE", None)
        connect_timeout = params.pop("CONNECT_TIMEOUT", None)
        options = dict(params.get("OPTIONS") or {})
        urls = params.get("URLS") or params.get("HOSTS") or []
        self.breaker_name = ",".join(map(str, urls))
        transport = options.get("transport_class", default_transport(self.client_class))
        options["transport_class"] = breaker_transport(transport, self.breaker_name)
        client_package = self.client_class.__module__.split(".")[0]
        if connect_timeout and client_package in URLLIB3_CLIENTS:
            read = params.get("TIMEOUT", 10)
            params["TIMEOUT"] = urllib3.Timeout(connect=connect_timeout, read=read)
        params["OPTIONS"] = options
        super().__init__(params)

    def _get_host_config_from_url(self, url):
        """Wagtail's per-host config for ES 7 / OpenSearch sets ``verify_certs`` and
        ``http_auth`` on each host, which would override the client OPTIONS (CA
        bundle, verify_certs=False, a user); keep them only when the URL says so."""
        host = super()._get_host_config_from_url(url)
        if host.get("http_auth") is None:
            host.pop("http_auth", None)
        host.pop("verify_certs", None)  # the client's default is True for https
        return host

    @property
    def locale_pk(self):
        if not hasattr(self, "_locale_pk"):
            self._locale_pk = routing.locale_pk(self.language_code)
        return self._locale_pk

    def route(self, obj):
        return routing.Router(self.locale_pk)(obj)

    def wants_model(self, model) -> bool:
        """Locale backends hold pages only (see routing.py)."""
        return self.language_code is None or routing.is_page_model(model)

    def indexed_objects(self, model):
        """What a rebuild of this backend reads from the database for ``model``."""
        objects = model.get_indexed_objects()
        if self.language_code is not None:
            objects = objects.filter(locale_id=self.locale_pk)
        return objects

    def add(self, obj):
        try:
            super().add(obj)
        except Exception as exc:
            failures.record(obj, "index", exc)
            raise  # modelsearch logs it and lets the edit be saved

    def delete(self, obj):
        try:
            super().delete(obj)
        except Exception as exc:
            failures.record(obj, "delete", exc)
            raise


class ColumnNameCacheMixin:
    """Mapping half: a field's column name depends only on the model and the field,
    yet modelsearch recomputes it for every field of every document (about a tenth
    of a rebuild's document building); remember it per process."""

    _column_names: dict = {}

    def get_field_column_name(self, field):
        key = (self.model, field)
        try:
            return self._column_names[key]
        except KeyError:
            name = super().get_field_column_name(field)
            self._column_names[key] = name
            return name


def localised(backend_class):
    """A subclass of a Wagtail engine backend with locale routing, recording and
    database answers when the engine fails."""
    index_class = type(
        f"Locale{backend_class.index_class.__name__}",
        (LocaleIndexMixin, backend_class.index_class),
        {},
    )
    results_class = type(
        f"Degrading{backend_class.results_class.__name__}",
        (DegradingResultsMixin, backend_class.results_class),
        {},
    )
    mapping_class = type(
        f"Weighted{backend_class.mapping_class.__name__}",
        (WeightedMappingMixin, ColumnNameCacheMixin, backend_class.mapping_class),
        {},
    )
    return type(
        f"Locale{backend_class.__name__}",
        (LocaleBackendMixin, backend_class),
        {
            "index_class": index_class,
            "results_class": results_class,
            "mapping_class": mapping_class,
            "__module__": __name__,
        },
    )
