"""What the section pages list, for the reader's language: every item once, translated
or in its fallback language (``locales.localized``), each batch marked in bulk so the
templates can link it under the reader's prefix and say "in English".

Registered on the models through ``pages.models.routing.context``."""

from collections import defaultdict

from django.core.paginator import Paginator
from django.db.models import Count

from cms.core import access
from locales.localized import (
    children_of_translations,
    localized,
    localized_list,
    mark,
    reader_language,
)
from pages.models import (
    AmbassadorIndexPage,
    EventIndexPage,
    MaterialBankPage,
    NewsIndexPage,
    PracticeIndexPage,
    ProjectIndexPage,
    ProjectPage,
    TargetGroup,
    Theme,
)
from pages.models.routing import context
from pages.site import europe_map
from pages.site.conf import settings
from pages.site.forms import (
    AmbassadorFilterForm,
    PracticeFilterForm,
    ResourceFilterForm,
)
from pages.site.listing_images import with_images


def page_number(request, name="page") -> int:
    """The ``?page=`` asked for; 1 for anything but a plain ASCII number ("²" and
    5,000 digits pass ``str.isdigit`` but not ``int``). The paginator's ``get_page``
    turns a number past the end into the last page."""
    value = request.GET.get(name, "1")
    if not (value.isascii() and value.isdigit()) or len(value) > 9:
        return 1
    return max(int(value), 1)


def marked_batch(page_obj, language, request):
    page_obj.object_list = mark(page_obj.object_list, language, request)
    return page_obj


@context(PracticeIndexPage)
def practice_listing(page, request) -> dict:
    language = reader_language(request, page)
    # Terms nobody translated yet are offered in their fallback language, marked.
    themes = localized_list(Theme.objects.order_by("name"), language)
    groups = localized_list(TargetGroup.objects.order_by("name"), language)
    form = PracticeFilterForm(request.GET, themes=themes, groups=groups)
    filters = form.cleaned_data if form.is_valid() else {}
    names = ("kind", "country", "theme", "group")
    chosen = {name: filters.get(name, "") for name in names}
    form.show_counts(practice_counts(page, language, chosen))
    practices = page.practices(**chosen, language=language)
    # The listing shows each practice's countries, fetched for the whole batch at once.
    paginator = Paginator(
        with_images(practices.prefetch_related("countries")), page.per_page
    )
    batch = paginator.get_page(filters.get("page") or 1)
    return {"filter_form": form, "page_obj": marked_batch(batch, language, request)}


def practice_counts(page, language, chosen: dict) -> dict[str, dict[str, int]]:
    """Per filter, how many practices each value finds with the other filters kept
    (so a reader sees what a change would give): one query per filter."""

    def others(name):
        return page.practices(**{**chosen, name: ""}, language=language)

    kinds = others("kind").order_by().values("kind").annotate(n=Count("pk"))
    countries = defaultdict(set)
    for pk, code, parent in others("country").values_list(
        "pk", "countries__code", "countries__parent_id"
    ):
        for value in (code, parent):
            if value:
                countries[value].add(pk)  # a region counts for its country too

    def by_term(name, relation):
        found = defaultdict(set)
        for pk, slug in others(name).values_list("pk", f"{relation}__slug"):
            if slug:
                found[slug].add(pk)
        return {slug: len(pks) for slug, pks in found.items()}

    return {
        "kind": {row["kind"]: row["n"] for row in kinds},
        "country": {code: len(pks) for code, pks in countries.items()},
        "theme": by_term("theme", "themes"),
        "group": by_term("group", "target_groups"),
    }


@context(EventIndexPage)
def event_listing(page, request) -> dict:
    language = reader_language(request, page)
    past = Paginator(with_images(page.past(language)), 10).get_page(
        page_number(request)
    )
    return {
        "upcoming_events": mark(
            with_images(page.upcoming(language)), language, request
        ),
        "past_page": marked_batch(past, language, request),
    }


@context(NewsIndexPage)
def news_listing(page, request) -> dict:
    language = reader_language(request, page)
    paginator = Paginator(with_images(page.articles(language)), settings.NEWS_PER_PAGE)
    batch = paginator.get_page(page_number(request))
    return {"page_obj": marked_batch(batch, language, request)}


@context(ProjectIndexPage)
def project_listing(page, request) -> dict:
    language = reader_language(request, page)
    banks = localized(
        access.public_pages(children_of_translations(MaterialBankPage, page)), language
    )
    projects = list(page.projects(language)) + list(banks.order_by("title"))
    return {"section_items": mark(projects, language, request)}


@context(ProjectPage)
def project_children(page, request) -> dict:
    """A project's material banks and pages, translated or in their fallback."""
    from wagtail.models import Page

    language = reader_language(request, page)
    children = localized(
        access.public_pages(children_of_translations(Page, page)), language
    ).order_by("path")
    return {"child_pages": mark(children, language, request)}


@context(AmbassadorIndexPage)
def ambassador_listing(page, request) -> dict:
    language = reader_language(request, page)
    form = AmbassadorFilterForm(request.GET)
    country = form.cleaned_data["country"] if form.is_valid() else ""
    picture = europe_map.europe_map(page.counts_by_country(language))
    ambassadors = page.ambassadors(country, language=language)
    return {
        "filter_form": form,
        "ambassador_list": mark(ambassadors, language),
        "europe_map": picture,
        "counted": [c for c in picture["countries"] if c.count],
    }


@context(MaterialBankPage)
def material_bank_listing(page, request) -> dict:
    form = ResourceFilterForm(request.GET)
    filters = form.cleaned_data if form.is_valid() else {}
    resources = page.filtered_resources(
        resource_type=filters.get("resource_type", ""),
        audience=filters.get("audience", ""),
        language=filters.get("language", ""),
    )
    return {"filter_form": form, "resource_list": resources}
