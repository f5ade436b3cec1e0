"""Fields every content page shares in the search index, so that one filter, facet or
sort works across page types.

modelsearch names a field defined on a page subclass after that subclass
(`pages_practicepage__kind_filter`); these are defined once, on an abstract mixin, so
their index names are the same for every page type (`vetsearch_readersearchmixin__…`).
"""

import datetime as dt
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone, translation
from wagtail.search import index

# Field weights by role, the same on every page type. Each weight is also the name of
# the field group modelsearch copies the text into (`_all_text_boost_5_0`), so the
# query (search/engine_query.py) can weigh the groups; changing one needs
# `search_reindex`. A field at BODY weight is only in `_all_text`; RELATED text is
# kept out of `_all_text` (search/backends/base.py), so it counts less than body.
TITLE = 5.0  # title, project acronym
SUMMARY = 3.0  # summary, lead, intro
BODY = 1.0  # body, StreamField text, captions, documents
RELATED = 0.5  # names of related things: kind, countries, themes, organisations


def title_field(name: str = "title") -> index.SearchField:
    return index.SearchField(name, boost=TITLE)


def summary_field(name: str) -> index.SearchField:
    return index.SearchField(name, boost=SUMMARY)


def body_field(name: str) -> index.SearchField:
    return index.SearchField(name)


def related_field(name: str) -> index.SearchField:
    return index.SearchField(name, boost=RELATED)


# Relations whose names readers search for, in the page's language.
NAMED_RELATIONS = ("countries", "themes", "target_groups", "partners", "organisers")
# Inline links (news) that point at a person or organisation snippet.
LINKED_RELATIONS = {"organisations": "organisation", "people": "person"}


class ReaderSearchMixin(models.Model):
    """Mix into a page type (before Page) and add `reader_search_fields` to its
    `search_fields`. `search_date_source` names the field that dates the content."""

    search_date_source = "first_published_at"

    class Meta:
        abstract = True

    @property
    def search_date(self) -> dt.date | None:
        return as_date(getattr(self, self.search_date_source, None))

    @property
    def search_kind(self) -> str:
        return getattr(self, "kind", "") or ""

    @property
    def search_countries(self) -> list[str]:
        # A region also files the page under its country, so BE finds BE-FR.
        codes = set()
        for country in related(self, "countries"):
            codes.add(country.code)
            if country.parent_id:
                codes.add(country.parent_id)
        return sorted(codes)

    @property
    def search_themes(self) -> list[str]:
        return sorted(theme.slug for theme in related(self, "themes"))

    @property
    def search_groups(self) -> list[str]:
        return sorted(group.slug for group in related(self, "target_groups"))

    @property
    def search_classification(self) -> str:
        """Kind, countries, themes, target groups and organisations as words in the
        page's language, so "Suomi" or "ohjaus" find a Finnish page filed under them."""
        with translation.override(self.locale.language_code):
            return " ".join(classification_words(self))

    @property
    def search_live_locales(self) -> list[str]:
        """Languages with a live translation of this page (itself included): the
        fallback search shows a source page only where it has none."""
        from locales.config import LANGUAGE_CODES

        flags = {code: getattr(self, _live_in(code), None) for code in LANGUAGE_CODES}
        if None not in flags.values():  # annotated by get_indexed_objects
            return sorted(code for code, live in flags.items() if live)
        from wagtail.models import Page

        codes = Page.objects.filter(translation_key=self.translation_key, live=True)
        return sorted(codes.values_list("locale__language_code", flat=True))

    @property
    def search_spelling(self) -> str:
        """Title and summary-level text, for "did you mean" (see engine_query)."""
        names = [
            f.field_name
            for f in type(self).get_searchable_search_fields()
            if (f.boost or 1) >= SUMMARY
        ]
        return " ".join(str(getattr(self, n, "") or "") for n in names)

    @classmethod
    def get_indexed_objects(cls):
        # One query per relation per chunk instead of one per page while indexing.
        queryset = super().get_indexed_objects().select_related("locale")
        names = [name for name in NAMED_RELATIONS if _has_relation(cls, name)]
        return queryset.prefetch_related(*names).annotate(**_live_translations())


reader_search_fields = [
    title_field(),  # replaces Page's title (boost 2)
    index.FilterField("search_date", type="DateField"),
    index.FilterField("search_kind"),
    index.FilterField("search_countries"),
    index.FilterField("search_themes"),
    index.FilterField("search_groups"),
    index.FilterField("search_live_locales"),
    related_field("search_classification"),
    # Unstemmed words for the spelling suggester; not part of `_all_text`. The
    # search analyzer is named too: a locale index's `default_search` (our query
    # chain, search/analyzers.py) would otherwise analyse the suggester's text.
    index.SearchField(
        "search_spelling",
        es_extra={
            "analyzer": "standard",
            "search_analyzer": "standard",
            "include_in_all": False,
        },
    ),
]


def _live_in(code: str) -> str:
    return f"search_live_in_{code}"


def _live_translations() -> dict:
    """One EXISTS per language: has this page a live translation there?"""
    from django.db.models import Exists, OuterRef
    from wagtail.models import Page

    from locales.config import LANGUAGE_CODES

    return {
        _live_in(code): Exists(
            Page.objects.filter(
                translation_key=OuterRef("translation_key"),
                locale__language_code=code,
                live=True,
            )
        )
        for code in LANGUAGE_CODES
    }


def as_date(value) -> dt.date | None:
    """A year, date or datetime as a date (datetimes in the site's time zone)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return (
            timezone.localtime(value).date()
            if timezone.is_aware(value)
            else value.date()
        )
    if isinstance(value, dt.date):
        return value
    return dt.date(int(value), 1, 1)


def related(page, name: str) -> list:
    """The related objects, from the prefetch cache when there is one: building a
    modelcluster manager per access costs more than the rest of the document."""
    if not _has_relation(type(page), name):
        return []
    prefetched = getattr(page, "_prefetched_objects_cache", {})
    if name in prefetched:
        return list(prefetched[name])
    return list(getattr(page, name).all())


def classification_words(page) -> list[str]:
    words = []
    if hasattr(page, "get_kind_display") and page.kind:
        words.append(str(page.get_kind_display()))
    for name in NAMED_RELATIONS:
        words.extend(_localized_names(page, related(page, name)))
    for name, attr in LINKED_RELATIONS.items():
        if _has_relation(type(page), name):
            targets = [getattr(link, attr) for link in getattr(page, name).all()]
            words.extend(_localized_names(page, targets))
    return words


def _localized_names(page, objects) -> list[str]:
    names = []
    for obj in objects:
        if hasattr(obj, "get_translation_or_none"):
            obj = obj.get_translation_or_none(page.locale) or obj
        names.append(str(obj))
    return names


@cache
def _has_relation(model, name: str) -> bool:
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True
