"""@querystring-search: listings by criteria ``[{i, o, v}]`` (plone.app.querystring
operations), by POST body or by GET with the JSON in ``query`` (URL-encoded once more by
@plone/client). Same reply shape as @search."""

import json
from urllib.parse import unquote

from django.db.models import Q
from django.utils.translation import gettext as _

from cms.api import catalog, localized, querystring_ops, search_adapter
from cms.api.batching import Batch, batched_reply
from cms.api.components import names
from cms.api.exceptions import BadRequest
from cms.api.params import to_bool, to_int
from cms.api.serializers.content import listing
from cms.api.service import Service, refuse_unstorable

BODY_KEYS = {
    "query",
    "b_start",
    "b_size",
    "limit",
    "sort_on",
    "sort_order",
    "fullobjects",
    "metadata_fields",
    "sort_limit",
}


class Post(Service):
    params = {"b_start", "b_size"}

    def body(self) -> dict:
        try:
            body = json.loads(self.request.body or b"{}")
        except (ValueError, UnicodeDecodeError):
            raise BadRequest(_("The request body is not valid JSON.")) from None
        if not isinstance(body, dict):
            raise BadRequest(_("The request body must be a JSON object."))
        refuse_unstorable(body)
        return body

    def reply(self) -> dict:
        body = self.body()
        unknown = set(body) - BODY_KEYS
        if unknown:
            raise BadRequest(
                _("Unknown key(s): %(keys)s.") % {"keys": ", ".join(sorted(unknown))}
            )
        if not body.get("query"):
            raise BadRequest(_("No query supplied"))
        criteria = querystring_ops.criteria(self.request, self.context, body["query"])
        criteria.reader_language = self.reader_language(criteria)
        if self.context.depth > 1:
            # A listing on a page never lists that page itself (Plone's "UID not"),
            # nor, in another language, its translations.
            criteria.lookups.append(~Q(translation_key=self.context.translation_key))
        criteria.sort_on = [body["sort_on"]] if body.get("sort_on") else []
        order = body.get("sort_order")
        if isinstance(order, bool):
            order = "descending" if order else "ascending"
        criteria.descending = catalog.descending(order)
        batch = Batch.from_params(
            {**self.query, **{k: body[k] for k in ("b_start", "b_size") if k in body}}
        )
        result = search_adapter.adapter()(
            self.request, criteria, batch.start, batch.size
        )
        if body.get("limit"):
            result.total = min(result.total, to_int("limit", body["limit"], minimum=1))
        items = listing(
            self.request,
            result.pages,
            fullobjects=to_bool("fullobjects", body.get("fullobjects", False)),
            metadata_fields=names(body.get("metadata_fields")),
        )
        items = localized.mark_summaries(
            self.request, result.pages, items, criteria.reader_language
        )
        reply = batched_reply(batch, self.url, self.query_pairs, items, result.total)
        reply["facets"] = result.facets
        if result.unsupported:
            reply["unsupported"] = result.unsupported
        if result.degraded:  # the search engine is down: a limited, database search
            reply["degraded"] = True
        return reply

    def reader_language(self, criteria: catalog.Criteria) -> str | None:
        """The language listed: the context's below a language root, else the one
        Language criterion; None (every language as it is) otherwise."""
        language = localized.reader_language(self.request, self.context)
        if language:
            return language
        asked = {x for x in criteria.languages if x}
        return asked.pop() if len(asked) == 1 else None


class Get(Post):
    params = {"query", "b_start", "b_size"}

    def body(self) -> dict:
        raw = self.request.GET.get("query")
        if not raw:
            raise BadRequest(_("No query supplied"))
        if raw.lstrip().startswith("%"):
            raw = unquote(raw)  # @plone/client encodes the JSON twice
        try:
            body = json.loads(raw)
        except ValueError:
            raise BadRequest(_("The query parameter is not valid JSON.")) from None
        if isinstance(body, list):
            body = {"query": body}
        if not isinstance(body, dict):
            raise BadRequest(_("The query parameter must be a JSON object."))
        refuse_unstorable(body)
        return body
