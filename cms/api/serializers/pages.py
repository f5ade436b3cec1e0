"""Type-specific serializers, registered by model label in ``ApiConfig.ready()``: the
generic serializer covers every field; these add Plone's event keys and the ambassadors
network's public profiles."""

from django.apps import apps
from django.conf import settings

from cms.api import localized
from cms.api.serializers import registry, values
from cms.api.serializers.content import ContentSerializer
from cms.conf import settings as api_settings

# Only these fields of an ambassador are public (no contact details, ever).
AMBASSADOR_PUBLIC_FIELDS = (
    "name",
    "country",
    "organisation",
    "kind",
    "expertise",
    "profile",
    "city",
    "latitude",
    "longitude",
)


class EventSerializer(ContentSerializer):
    """Adds plone.app.event's keys (``start``, ``end``, ``whole_day``, …)."""

    def extra(self) -> dict:
        page = self.page
        return {
            "whole_day": False,
            "open_end": False,
            "recurrence": None,
            "location": page.venue,
            "event_url": page.online_url or page.registration_url or None,
            "sync_uid": None,
            "timezone": page.time_zone,
        }


class AmbassadorIndexSerializer(ContentSerializer):
    """The network page lists every ambassador once, in the reader's language or its
    fallback (public fields only)."""

    def extra(self) -> dict:
        language = localized.reader_language(self.request, self.page)
        return {
            "ambassadors": [ambassador(self.request, a) for a in ambassadors(language)]
        }


def ambassadors(language: str | None) -> list:
    """Every ambassador once for a reader of ``language``, marked; all of them in
    every language when ``language`` is None."""
    model = apps.get_model(api_settings.AMBASSADOR_MODEL)
    rows = model.objects.select_related("photo", "locale")
    if not language:
        return list(rows)
    chosen = localized.choose(rows, language)
    return localized.mark(None, list(chosen), language)


def ambassador(request, obj) -> dict:
    data = {name: getattr(obj, name) for name in AMBASSADOR_PUBLIC_FIELDS}
    data["country"] = values.term(obj.country, obj.get_country_display())
    data["kind"] = values.term(obj.kind, obj.get_kind_display())
    data["photo"] = values.image(request, obj.photo) if obj.photo_id else None
    data.update(language_marking(obj))
    return data


def language_marking(obj) -> dict:
    """``language``, and ``translation_state`` (as content GET's "fallback") for a
    profile shown in its fallback language."""
    marking = {"language": obj.locale.language_code}
    if getattr(obj, "fallback_language", None):
        marking["translation_state"] = {
            "state": "fallback",
            "language": obj.fallback_language,
            "source_language": settings.LANGUAGE_CODE,
            "requested_language": obj.reader_language,
            "fallback_language": obj.fallback_language,
        }
    return marking


def register_all() -> None:
    registry.register("pages.EventPage", EventSerializer)
    registry.register("pages.AmbassadorIndexPage", AmbassadorIndexSerializer)
