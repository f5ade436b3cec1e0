"""Search input, checked once: every bad value becomes a SearchError that says which
parameter is wrong and what is allowed."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from django.utils import translation

from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE, fallback_languages
from search.fields import ReaderSearchMixin
from search.results import SearchError
from search.taxonomy import taxonomy

ALL_LOCALES = "all"
SORTS = ("relevance", "newest", "oldest")
FACETS = ("content_type", "kind", "country", "theme", "group", "year", "locale")
FILTERS = ("content_type", "kind", "country", "theme", "group", "year_from", "year_to")
MAX_PER_PAGE = 500  # as the API's MAX_BATCH_SIZE: Plone clients ask for big batches
MAX_WINDOW = 10_000  # the engines' default index.max_result_window
MAX_QUERY_LENGTH = 500


@dataclass
class SearchParams:
    text: str = ""
    # The last word is a prefix (Plone's trailing ``*``: Volto sends ``learn*``).
    prefix: bool = False
    locale: str = SOURCE_LANGUAGE
    content_types: list = field(default_factory=list)  # page models
    kinds: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)  # target groups (slugs)
    year_from: int | None = None
    year_to: int | None = None
    facets: list[str] = field(default_factory=list)
    page: int = 1
    per_page: int = 10
    # Where the window starts, if not at a page boundary (Plone's b_start).
    start: int | None = None
    sort: str = "relevance"
    fuzzy: bool = False
    highlight: bool = True
    # Not reader input: ``model → field names`` that result pages load (the rest load
    # on access, one query per page); None loads whole pages (search_pages).
    load_fields: Callable[[type], Iterable[str]] | None = None
    # Not reader input: ``{pk: content type id} → {pk: stand-in}`` for hits the
    # caller needs no page for (the API's remembered summaries); the stand-ins have
    # ``pk``, ``content_type_id`` and ``locale_id``. Visibility is still checked.
    reuse: Callable[[dict], dict] | None = None

    @property
    def offset(self) -> int:
        if self.start is not None:
            return self.start
        return (self.page - 1) * self.per_page

    @property
    def language_codes(self) -> list[str]:
        return list(LANGUAGE_CODES) if self.locale == ALL_LOCALES else [self.locale]

    @property
    def chain(self) -> list[str]:
        """The locale, then its fallback languages (locales.config); empty for
        "all", which searches every locale's own pages."""
        if self.locale == ALL_LOCALES:
            return []
        chain = [self.locale]
        for code in fallback_languages(self.locale):
            if code not in chain:
                chain.append(code)
        return chain

    @property
    def index_languages(self) -> list[str]:
        """The locale indices one search reads."""
        return self.chain or self.language_codes


@cache  # the model registry is fixed once Django is set up (read on every search)
def reader_models() -> tuple:
    from django.apps import apps

    return tuple(m for m in apps.get_models() if issubclass(m, ReaderSearchMixin))


def parse(
    query,
    *,
    locale,
    filters,
    facets,
    page,
    per_page,
    sort,
    fuzzy,
    highlight,
    start=None,
):
    """Check and normalise the arguments of search_pages into SearchParams."""
    filters = dict(filters or {})
    unknown = sorted(set(filters) - set(FILTERS))
    if unknown:
        raise SearchError(f"Unknown filter(s) {unknown}; allowed: {list(FILTERS)}")
    text = _text(query)
    params = SearchParams(
        text=text.rstrip("*").rstrip(),
        prefix=text.endswith("*"),
        locale=_locale(locale),
        content_types=_content_types(_values(filters.get("content_type"))),
        kinds=_kinds(_values(filters.get("kind"))),
        countries=_countries(_values(filters.get("country"))),
        themes=_themes(_values(filters.get("theme"))),
        groups=_groups(_values(filters.get("group"))),
        year_from=_year(filters.get("year_from"), "year_from"),
        year_to=_year(filters.get("year_to"), "year_to"),
        facets=_choices(_values(facets), FACETS, "facet"),
        page=_int(page, "page", 1, None),
        per_page=_int(per_page, "per_page", 1, MAX_PER_PAGE),
        start=None if start is None else _int(start, "start", 0, None),
        sort=_choices([sort or "relevance"], SORTS, "sort")[0],
        fuzzy=bool(fuzzy),
        highlight=bool(highlight),
    )
    _check_ranges(params)
    return params


def _text(query) -> str:
    text = " ".join(str(query or "").split())
    if len(text) > MAX_QUERY_LENGTH:
        raise SearchError(f"The query is longer than {MAX_QUERY_LENGTH} characters.")
    return text


def _locale(locale) -> str:
    if locale in (None, ""):
        active = (translation.get_language() or SOURCE_LANGUAGE).split("-")[0]
        return active if active in LANGUAGE_CODES else SOURCE_LANGUAGE
    if locale == ALL_LOCALES or locale in LANGUAGE_CODES:
        return locale
    raise SearchError(
        f"Unknown locale {locale!r}; use one of {LANGUAGE_CODES} or 'all'."
    )


def _values(value) -> list[str]:
    if value in (None, ""):
        return []
    values = [value] if isinstance(value, str) else list(value)
    return [str(v).strip() for v in values if str(v).strip()]


def _choices(values, allowed, name, list_allowed=True) -> list[str]:
    bad = [v for v in values if v not in allowed]
    if bad:
        hint = f"; allowed: {list(allowed)}" if list_allowed else ""
        raise SearchError(f"Unknown {name} {bad}{hint}")
    return values


def _content_types(values) -> list:
    by_name = {}
    for model in reader_models():
        by_name[model.__name__.lower()] = model
        by_name[model._meta.label_lower] = model
    bad = [v for v in values if v.lower() not in by_name]
    if bad:
        names = sorted(m.__name__ for m in reader_models())
        raise SearchError(f"Unknown content type(s) {bad}; allowed: {names}")
    return [by_name[v.lower()] for v in values]


def _kinds(values) -> list[str]:
    return _choices(values, taxonomy().kinds.values, "kind")


def _countries(values) -> list[str]:
    if not values:
        return []  # no query for the common case
    codes = [v.upper() for v in values]
    known = set(
        taxonomy().country.objects.filter(code__in=codes).values_list("code", flat=True)
    )
    return _choices(codes, known, "country", list_allowed=False)


def _themes(values) -> list[str]:
    if not values:
        return []
    known = set(
        taxonomy().theme.objects.filter(slug__in=values).values_list("slug", flat=True)
    )
    return _choices(values, known, "theme", list_allowed=False)


def _groups(values) -> list[str]:
    if not values:
        return []
    known = (
        taxonomy()
        .target_group.objects.filter(slug__in=values)
        .values_list("slug", flat=True)
    )
    return _choices(values, set(known), "target group", list_allowed=False)


def _year(value, name) -> int | None:
    if value in (None, ""):
        return None
    return _int(value, name, 1000, 9999)


def _int(value, name, low, high) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise SearchError(f"{name} must be a whole number, not {value!r}.") from None
    if number < low or (high is not None and number > high):
        limit = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise SearchError(f"{name} must be {limit}.")
    return number


def _check_ranges(params: SearchParams) -> None:
    if params.year_from and params.year_to and params.year_from > params.year_to:
        raise SearchError("year_from must not be after year_to.")
    if params.offset + params.per_page > MAX_WINDOW:
        raise SearchError(f"Results beyond the first {MAX_WINDOW} cannot be paged to.")
