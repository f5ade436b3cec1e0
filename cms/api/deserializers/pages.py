"""Type-specific deserializers, registered by model label in ``ApiConfig.ready()``."""

import datetime as dt

from cms.api.deserializers import registry, values
from cms.api.deserializers.content import ContentDeserializer


class EventDeserializer(ContentDeserializer):
    """An event's times without an offset are read as the clock reads where the
    event happens (its ``time_zone``), as the admin form does."""

    first = ("time_zone",)

    def time_zone(self) -> dt.tzinfo:
        name = getattr(self.page, "time_zone", "")
        return values.zone(name) if name else super().time_zone()


def register_all() -> None:
    registry.register("pages.EventPage", EventDeserializer)
