"""Related objects by the identifiers the read side gives out: pages by ``UID``,
images and documents by id, snippets and code lists by their vocabulary ``token``
(code, slug or id) or, for translatable snippets, by ``UID`` (the translation key).
Translatable targets are taken in the page's locale when the field allows it there
(its ``limit_choices_to``), else as found."""

import uuid

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.models import Page, TranslatableMixin

from cms.api.serializers.metadata import uid


def identifier(value):
    """``"abc"``, ``3``, ``{"UID": …}``, ``{"token": …}`` or ``{"id": …}`` → the key."""
    if isinstance(value, dict):
        for key in ("UID", "token", "id"):
            if value.get(key) not in (None, ""):
                return value[key]
        raise ValidationError(_("Give the related object's UID, token or id."))
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ValidationError(_("Give the related object's UID, token or id."))
    return value


def lookup(field, value, locale_id):
    """The object ``value`` names among those ``field`` may point to (its
    ``limit_choices_to`` applies, e.g. source-language terms only)."""
    if value is None:
        return None
    key = identifier(value)
    model = field.related_model
    queryset = model._default_manager.complex_filter(field.get_limit_choices_to())
    if issubclass(model, Page):
        found = _page_by_uid(queryset, str(key))
    else:
        found = _object_by_key(queryset, key, locale_id)
    if found is None:
        raise ValidationError(
            _("No %(type)s with the identifier %(key)s.")
            % {"type": model._meta.verbose_name, "key": key}
        )
    return found


def _page_by_uid(pages, key: str):
    # UIDs are derived from (translation key, locale): compare within the type only.
    for page in pages.only("pk", "translation_key", "locale_id"):
        if uid(page) == key:
            return pages.get(pk=page.pk)
    return None


def _object_by_key(objects, key, locale_id):
    model = objects.model
    names = {f.name for f in model._meta.get_fields()}
    translatable = issubclass(model, TranslatableMixin)
    candidates = []
    if translatable and _is_uuid(key):
        candidates.append(objects.filter(translation_key=uuid.UUID(str(key))))
    for name in ("code", "slug"):
        if name in names:
            candidates.append(objects.filter(**{name: str(key)}))
    if str(key).isascii() and str(key).isdigit() and len(str(key)) < 10:  # an id
        candidates.append(objects.filter(pk=int(key)))
    for queryset in candidates:
        if translatable and locale_id:
            local = queryset.filter(locale_id=locale_id).first()
            if local is not None:
                return local
        found = queryset.first()
        if found is not None:
            return found
    return None


def _is_uuid(key) -> bool:
    try:
        uuid.UUID(str(key))
    except ValueError:
        return False
    return True
