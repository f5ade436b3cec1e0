"""Locale ids and language codes, both ways, from one small in-process map: every API
reply and search needs them, and the rows almost never change. The map is reloaded on
a miss, after a minute (another process may have changed a locale) and when a Locale
is saved or deleted in this process."""

import time

from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale

MAX_AGE = 60  # seconds
_CODES: dict[int, str] = {}  # locale id → language code
_IDS: dict[str, int] = {}  # language code → locale id
_loaded_at = 0.0


def locale_code(locale_id: int) -> str:
    """The language code of a locale id ("" if there is no such locale)."""
    if locale_id not in _CODES or _expired():
        _reload()
    return _CODES.get(locale_id, "")


def locale_id(language_code: str) -> int | None:
    """The id of a language's locale (None if it has none)."""
    if language_code not in _IDS or _expired():
        _reload()
    return _IDS.get(language_code)


def locale_ids(language_codes) -> dict[str, int]:
    """``{code: locale id}`` for the codes that have a locale."""
    found = {code: locale_id(code) for code in language_codes}
    return {code: pk for code, pk in found.items() if pk is not None}


def _expired() -> bool:
    return time.monotonic() - _loaded_at > MAX_AGE


def _reload() -> None:
    global _loaded_at
    rows = list(Locale.objects.values_list("id", "language_code"))
    _loaded_at = time.monotonic()
    _CODES.clear()
    _CODES.update(rows)
    _IDS.clear()
    _IDS.update((code, pk) for pk, code in rows)


def forget(**kwargs) -> None:
    _CODES.clear()
    _IDS.clear()


def connect() -> None:
    post_save.connect(forget, sender=Locale, dispatch_uid="vetcms-locale-ids")
    post_delete.connect(forget, sender=Locale, dispatch_uid="vetcms-locale-ids")
