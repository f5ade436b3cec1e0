"""Type-specific serializers, registered by model label in ``ApiConfig.ready()``: the
generic serializer covers every field; these add Plone's event keys and the ambassadors
network's public profiles."""

from django.apps import apps

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
    """The network page lists its locale's ambassadors (public fields only)."""

    def extra(self) -> dict:
        return {
            "ambassadors": [
                ambassador(self.request, a) for a in ambassadors(self.page.locale_id)
            ]
        }


def ambassadors(locale_id):
    model = apps.get_model(api_settings.AMBASSADOR_MODEL)
    return model.objects.filter(locale_id=locale_id).select_related("photo")


def ambassador(request, obj) -> dict:
    data = {name: getattr(obj, name) for name in AMBASSADOR_PUBLIC_FIELDS}
    data["country"] = values.term(obj.country, obj.get_country_display())
    data["kind"] = values.term(obj.kind, obj.get_kind_display())
    data["photo"] = values.image(request, obj.photo) if obj.photo_id else None
    return data


def register_all() -> None:
    registry.register("pages.EventPage", EventSerializer)
    registry.register("pages.AmbassadorIndexPage", AmbassadorIndexSerializer)
