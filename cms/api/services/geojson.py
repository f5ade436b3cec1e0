"""@ambassadors-geojson: the ambassadors network as a GeoJSON FeatureCollection for
maps, in the context's language, each ambassador once (an untranslated profile in its
fallback language, marked); every language at the site root; public fields only."""

from cms.api import localized
from cms.api.serializers.pages import (
    AMBASSADOR_PUBLIC_FIELDS,
    ambassadors,
    language_marking,
)
from cms.api.service import Service


class Get(Service):
    content_type = "application/geo+json"

    def reply(self) -> dict:
        rows = ambassadors(localized.reader_language(self.request, self.context))
        features = []
        for a in rows:
            if a.latitude is None or a.longitude is None:
                continue
            properties = {
                k: getattr(a, k)
                for k in AMBASSADOR_PUBLIC_FIELDS
                if k not in ("latitude", "longitude")
            }
            properties["country_name"] = a.get_country_display()
            properties.update(language_marking(a))
            features.append(
                {
                    "type": "Feature",
                    "id": a.pk,
                    "geometry": {
                        "type": "Point",
                        "coordinates": [a.longitude, a.latitude],
                    },
                    "properties": properties,
                }
            )
        return {"type": "FeatureCollection", "features": features}
