"""The reader search page's back end: search/query.py's ``search_pages`` (the engine or
the database), with what the database backend cannot do filled in here: result counts
per page type, and snippets with the words searched for marked."""

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.utils.html import escape, strip_tags
from django.utils.module_loading import import_string
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from pages.site.conf import settings

FACETS = ["content_type", "kind", "country", "theme", "year"]
SNIPPET_FIELDS = ("summary", "lead", "intro", "search_description")
SNIPPET_WORDS = 40


class SearchInputError(ValueError):
    """Bad search input; the message says what to change."""


@dataclass
class Facet:
    value: str
    label: str
    count: int


@dataclass
class Results:
    items: list
    total: int
    facets: dict[str, list[Facet]] = field(default_factory=dict)
    snippets: dict[int, str] = field(default_factory=dict)
    degraded: bool = False  # the engine is down: the database answered (a notice)
    fallback_ids: set[int] = field(default_factory=set)  # shown in another language
    corrected_query: str | None = None  # typo retry: results are for these words
    close_matches: bool = False  # typo retry: words like the query's, query unchanged
    suggestion: str | None = None  # did you mean (nothing found)
    typo_tolerance: bool = True  # False on the database backend

    @property
    def has_facets(self) -> bool:
        return any(self.facets.values())


def default_search(query, *, locale, filters, page, per_page) -> Results:
    from search.query import SearchError, search_pages

    try:
        found = search_pages(
            query,
            locale=locale,
            filters=filters,
            facets=FACETS,
            page=page,
            per_page=per_page,
            highlight=True,
        )
    except SearchError as error:
        raise SearchInputError(str(error)) from error
    facets = {
        name: [Facet(b.value, b.label, b.count) for b in buckets]
        for name, buckets in found.facets.items()
    }
    if "facets" in found.unsupported or not facets:
        facets = {"content_type": type_counts(query, locale, filters)}
    snippets = {
        pk: mark_safe(
            " … ".join(fragments)
        )  # the engine escapes; only <mark> is markup
        for pk, fragments in found.highlights.items()
        if fragments
    }
    return Results(
        found.items,
        found.total,
        facets,
        snippets,
        degraded=found.degraded,
        fallback_ids=set(found.fallback_ids),
        corrected_query=found.corrected_query,
        close_matches=found.fuzzy and not found.corrected_query,
        suggestion=found.suggestion,
        typo_tolerance="typo tolerance" not in found.unsupported,
    )


def type_counts(query, locale, filters) -> list[Facet]:
    """Results per page type, one count query each (the database backend's facets)."""
    from search.facets import reader_type_name
    from search.params import reader_models
    from search.query import search_pages

    counts = []
    for model in reader_models():
        name = f"{model._meta.app_label}.{model._meta.model_name}"
        narrowed = {**filters, "content_type": name}
        total = search_pages(
            query, locale=locale, filters=narrowed, page=1, per_page=1, highlight=False
        ).total
        if total:
            counts.append(Facet(name, reader_type_name(model), total))
    return sorted(counts, key=lambda f: (-f.count, f.label))


# The search form's parameters and the filters of search_pages they stand for.
FILTER_PARAMS = (
    ("content_type", "type"),
    ("kind", "kind"),
    ("country", "country"),
    ("theme", "theme"),
    ("year_from", "year"),
    ("year_to", "year"),
)


def page_context(form, language_code: str) -> tuple[dict, int]:
    """The search page's context and HTTP status for a bound SearchForm."""
    context = {"search_form": form, "query": "", "results": None, "error": ""}
    # Autocomplete for the search box (pages/static/pages/suggest.js, the API).
    context["suggest_url"] = f"/++api++/{language_code}/@suggest"
    if not form.is_valid():
        context["error"] = gettext("Please correct the search form.")
        return context, 400
    data = form.cleaned_data
    filters = {key: str(data[param]) for key, param in FILTER_PARAMS if data[param]}
    context.update(query=data["q"], filters=filters)
    if not (data["q"] or filters):
        return context, 200
    page = data["page"] or 1
    try:
        results = run(data["q"], locale=language_code, filters=filters, page=page)
        last = max(1, -(-results.total // settings.SEARCH_PER_PAGE))
        if page > last:  # past the end: show the last batch
            page = last
            results = run(data["q"], locale=language_code, filters=filters, page=page)
    except SearchInputError as error:
        context["error"] = str(error)
        return context, 400
    except RuntimeError as error:  # SearchUnavailable: readers get a 503 if so set
        retry_after = getattr(error, "retry_after", None)
        if retry_after is None:
            raise
        context["error"] = gettext(
            "Search is not available right now. Please try again in a few minutes."
        )
        context["retry_after"] = retry_after
        return context, 503
    paginator = Paginator(range(results.total), settings.SEARCH_PER_PAGE)
    context.update(results=results, page_obj=paginator.get_page(page))
    return context, 200


def run(query, *, locale, filters, page) -> Results:
    results = import_string(settings.SEARCH_FUNCTION)(
        query,
        locale=locale,
        filters=filters,
        page=page,
        per_page=settings.SEARCH_PER_PAGE,
    )
    for item in results.items:
        if item.pk not in results.snippets:
            results.snippets[item.pk] = snippet(item, query)
    return results


def snippet(page, query: str) -> str:
    """The page's summary with the words searched for in <mark>, HTML-escaped; a
    whole word is marked when it starts with a word searched for (an inflected form:
    "apliecība" marks all of "apliecībai", never part of it)."""
    text = next(
        (str(getattr(page, n)) for n in SNIPPET_FIELDS if getattr(page, n, "")), ""
    )
    text = Truncator(strip_tags(text)).words(SNIPPET_WORDS)
    words = [re.escape(escape(w)) for w in query.split() if len(w) > 1]
    html = escape(text)
    if words:
        pattern = re.compile(r"(?<!\w)((?:" + "|".join(words) + r")\w*)", re.IGNORECASE)
        html = pattern.sub(r"<mark>\1</mark>", html)
    return mark_safe(html)
