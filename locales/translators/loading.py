"""Machine translators are a dotted path plus options, as in wagtail-localize."""

from typing import Any

from django.utils.module_loading import import_string


def load_translator(config: dict[str, Any]):
    return import_string(config["CLASS"])(config.get("OPTIONS", {}))
