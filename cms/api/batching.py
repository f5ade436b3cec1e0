"""Plone's batching: ``b_start`` (0-based) and ``b_size``; ``batching`` links appear
only when the items do not fit in one batch. Links keep the other query parameters."""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Window
from django.utils.translation import gettext as _

from cms.api.exceptions import BadRequest
from cms.api.params import to_int
from cms.conf import settings as api_settings

BATCH_PARAMS = {"b_start", "b_size"}
CANONICAL_DROP = {"b_start", "b_size", "sort_on", "sort_order", "sort_limit"}


@dataclass
class Batch:
    start: int
    size: int

    @classmethod
    def from_params(
        cls, params: dict, *, allow_all: bool = False, strict: bool = False
    ) -> "Batch":
        """``strict``: a b_size above MAX_BATCH_SIZE is a 400 (else it is capped)."""
        size = params.get("b_size", api_settings.BATCH_SIZE)
        size = to_int("b_size", size, minimum=-1 if allow_all else 1)
        if size == -1:
            size = 10**9
        if strict and size > api_settings.MAX_BATCH_SIZE:
            raise BadRequest(
                _("Parameter 'b_size' must be at most %(maximum)s.")
                % {"maximum": api_settings.MAX_BATCH_SIZE}
            )
        if not allow_all:
            size = min(size, api_settings.MAX_BATCH_SIZE)
        return cls(
            start=to_int("b_start", params.get("b_start", 0), minimum=0), size=size
        )

    def slice(self, sequence):
        return sequence[self.start : self.start + self.size]

    def window_and_total(self, queryset) -> tuple[list, int]:
        """This batch of ``queryset`` and the number of all its rows, in one query
        (``COUNT(*) OVER ()`` beside each row); a count query only when the batch is
        empty. Not for DISTINCT querysets (the window counts before DISTINCT)."""
        counted = queryset.annotate(_batch_total=Window(Count("pk")))
        window = list(self.slice(counted))
        if window:
            return window, window[0]._batch_total
        return window, queryset.count() if self.start else 0

    def links(self, url: str, query: list[tuple[str, str]], total: int) -> dict | None:
        """The ``batching`` record, or None when everything fits in one batch."""
        if total <= self.size:
            return None
        rest = [(k, v) for k, v in query if k != "b_start"]

        def link(start: int) -> str:
            return f"{url}?{urlencode([('b_start', str(start)), *rest])}"

        last = ((total - 1) // self.size) * self.size
        links = {
            "@id": f"{url}?{urlencode(query)}" if query else url,
            "first": link(0),
            "last": link(last),
        }
        if self.start + self.size < total:
            links["next"] = link(self.start + self.size)
        if self.start > 0:
            links["prev"] = link(max(self.start - self.size, 0))
        return links


def canonical_url(url: str, query: list[tuple[str, str]]) -> str:
    kept = [(k, v) for k, v in query if k.split(":")[0] not in CANONICAL_DROP]
    return f"{url}?{urlencode(kept)}" if kept else url


def batched_reply(batch: Batch, url: str, query, items: list, total: int) -> dict:
    reply = {"@id": canonical_url(url, query), "items": items, "items_total": total}
    links = batch.links(url, query, total)
    if links:
        reply["batching"] = links
    return reply
