"""@ambassadors-geojson: the ambassadors network as a GeoJSON FeatureCollection for
maps, in the context's language (all languages at the site root); public fields only."""

from cms.api.serializers.pages import AMBASSADOR_PUBLIC_FIELDS, ambassadors
from cms.api.service import Service


class Get(Service):
    content_type = "application/geo+json"

    def reply(self) -> dict:
        locale = self.context.locale_id if self.context.depth > 1 else None
        rows = ambassadors(locale) if locale else ambassadors(None).model.objects.all()
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
