"""Deserializers looked up by page type: keyed by model label ("pages.EventPage"),
filled in ``ApiConfig.ready()`` (``cms`` never imports a page model); a type without
an entry gets the generic deserializer, which writes the model's own fields."""

_DESERIALIZERS: dict[str, type] = {}


def register(label: str, deserializer: type) -> None:
    _DESERIALIZERS[label.lower()] = deserializer


def deserializer_class(model) -> type:
    from cms.api.deserializers.content import ContentDeserializer

    for klass in model.__mro__:
        meta = getattr(klass, "_meta", None)
        if meta is not None and meta.label_lower in _DESERIALIZERS:
            return _DESERIALIZERS[meta.label_lower]
    return ContentDeserializer


def deserialize(request, page, data: dict, *, parent=None):
    """Write ``data`` onto ``page`` (unsaved changes); 400 naming the bad fields."""
    deserializer = deserializer_class(type(page))(request, page, parent=parent)
    deserializer.apply(data)
    return page
