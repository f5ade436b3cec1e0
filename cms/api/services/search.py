"""@search: Plone's catalog search (``SearchableText``, ``portal_type``, ``Language``,
``path.query`` / ``path.depth``, ``review_state`` for editors, sorting,
batching), backed by the search adapter. Facet counts are in the extra key
``facets`` when asked for (``facets=1``), highlighted fragments in ``highlights``
likewise (``highlights=1``): Plone's clients read neither. For a public read, a
result's summary is remembered per content generation (Plone answers from its
catalog's metadata), the search's visibility rule still applied each time."""

from urllib.parse import urlparse

from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.api import (
    access,
    catalog,
    indexes,
    reader_filters,
    search_adapter,
)
from cms.api.batching import BATCH_PARAMS, Batch, batched_reply
from cms.api.components import names
from cms.api.exceptions import ApiError, BadRequest, Unauthorized
from cms.api.params import as_list, to_bool, to_int
from cms.api.serializers import summary
from cms.api.serializers.content import listing
from cms.api.service import Service
from cms.api.traversal import resolve
from cms.api.type_names import expand as plone_type_aliases
from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE
from locales.ids import locale_code

# A search reads only its context's path, locale and read rule: for a public read a
# language root is built from its remembered row (cms/api/traversal.resolve).
BASE_ROW_CONTEXT = True

PARAMS = BATCH_PARAMS | {
    "SearchableText",
    "portal_type",
    "Language",
    "path",
    "review_state",
    "sort_on",
    "sort_order",
    "sort_limit",
    "metadata_fields",
    "fullobjects",
    "use_site_search_settings",
    "page",
    "facets",
    "highlights",
    *indexes.NAMES,
    *reader_filters.NAMES,
}


def tree_path(request, value: str) -> str:
    """A path as clients send it (``/fi/x``, an absolute URL) → the page's tree path."""
    segments = [s for s in urlparse(value).path.split("/") if s and s != "++api++"]
    try:
        return resolve(request, segments).path
    except ApiError:
        return "!"  # matches nothing: an unknown path finds no results, as in Plone


def mark_fallbacks(items: list, result) -> None:
    """Items in a fallback language (no live translation in the searched locale)."""
    for page, item in zip(result.pages, items, strict=False):
        if page.pk in result.fallback_ids:
            item["translation_state"] = "fallback"
            item["language"] = locale_code(page.locale_id)


def current_language() -> str:
    """The negotiated language (Accept-Language, else the default), as
    plone.app.multilingual's language of the request."""
    code = (translation.get_language() or SOURCE_LANGUAGE).split("-")[0]
    return code if code in LANGUAGE_CODES else SOURCE_LANGUAGE


def languages(value, paths: list) -> list[str]:
    """Plone's ``Language`` index as plone.app.multilingual sets it: the language
    asked for (``all``: every language), else the one of the path's language root
    (the paths say it), else the request's."""
    asked = value if isinstance(value, list) else as_list(value)
    if "all" in asked:
        return []
    if asked or value == "":
        return asked
    return [] if paths else [current_language()]


class Get(Service):
    params = PARAMS

    def criteria(self, q: dict) -> catalog.Criteria:
        paths = self.paths(q.get("path"))
        c = catalog.Criteria(
            text=q.get("SearchableText", "")
            if isinstance(q.get("SearchableText", ""), str)
            else "",
            types=plone_type_aliases(as_list(q.get("portal_type"))),
            languages=languages(q.get("Language"), paths),
            sort_on=as_list(q.get("sort_on")),
            descending=catalog.descending(q.get("sort_order")),
        )
        states = as_list(q.get("review_state"))
        if states and not access.is_editor(self.request):
            raise Unauthorized(_("Only editors may search by review_state."))
        c.states = states
        c.paths = paths
        c.lookups = indexes.lookups(q)
        c.reader_filters = reader_filters.parse(q)
        c.facets = to_bool("facets", q["facets"]) if "facets" in q else False
        c.highlights = (
            to_bool("highlights", q["highlights"]) if "highlights" in q else False
        )
        return c

    def paths(self, value) -> list:
        if value is None and self.context.depth > 1:
            return [(self.context.path, None)]
        if value is None:
            return []
        record = value if isinstance(value, dict) else {"query": value}
        depth = record.get("depth")
        depth = (
            to_int("path.depth", depth, minimum=-1) if depth not in (None, "") else None
        )
        queries = record.get("query")
        if queries in (None, ""):
            # @plone/client moves path.query into the URL: the context is the path.
            if self.context.depth <= 1 and depth is None:
                return []
            return [(self.context.path, depth)]
        queries = queries if isinstance(queries, list) else [queries]
        if not all(isinstance(x, str) for x in queries):
            raise BadRequest(_("path.query must be a path."))
        found = [(tree_path(self.request, x), depth) for x in queries]
        # The site root without a depth holds everything: no path at all.
        return [(p, d) for p, d in found if d is not None or len(p) != Page.steplen]

    def reply(self) -> dict:
        q = self.query
        # Above MAX_BATCH_SIZE the batch is capped, not refused: Volto's folder contents
        # asks b_size=100000000 for "All"; batching links lead to the rest, from the
        # same search and ranking.
        batch = Batch.from_params(q)
        full = to_bool("fullobjects", q["fullobjects"]) if "fullobjects" in q else False
        columns = names(q.get("metadata_fields"))
        criteria = self.criteria(q)
        criteria.summaries_only = not full and not columns
        if criteria.summaries_only:  # a public read: remembered summaries serve
            criteria.reuse = summary.remembered_pages(self.request)
        result = search_adapter.adapter()(
            self.request, criteria, batch.start, batch.size
        )
        if "sort_limit" in q:
            result.total = min(
                result.total, to_int("sort_limit", q["sort_limit"], minimum=0)
            )
        items = listing(
            self.request,
            result.pages,
            fullobjects=full,
            metadata_fields=columns,
            remember=criteria.summaries_only,
        )
        mark_fallbacks(items, result)
        reply = batched_reply(batch, self.url, self.query_pairs, items, result.total)
        if criteria.facets:  # opt-in: counting costs more than the search itself
            reply["facets"] = result.facets
        if result.corrected_query:
            reply["corrected_query"] = result.corrected_query  # typo retry
        if result.suggestion:
            reply["did_you_mean"] = result.suggestion
        if criteria.highlights:  # opt-in (highlights=1): the engine's fetch phase
            by_id = {p.pk: i["@id"] for p, i in zip(result.pages, items, strict=True)}
            reply["highlights"] = {
                by_id[pk]: snippets
                for pk, snippets in result.highlights.items()
                if pk in by_id and snippets
            }
        unsupported = [*result.unsupported, *self.ignored]  # Plone ignores both
        if unsupported:
            reply["unsupported"] = unsupported
        if result.degraded:  # the search engine is down: a limited, database search
            reply["degraded"] = True
        return reply
