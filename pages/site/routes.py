"""The sub-page routes of the page types (search, calendars, feeds, the ambassadors'
map and application form), registered on the models through
``pages.models.routing.route``. Every route answers in the reader's language."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.http import content_disposition_header

from locales.localized import mark, reader_language
from pages import notifications
from pages.models import (
    AmbassadorIndexPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
)
from pages.models.routing import route
from pages.site import europe_map, ical, ratelimit
from pages.site import search as site_search
from pages.site.conf import settings
from pages.site.feeds import AtomNewsFeed, NewsFeed
from pages.site.forms import ApplicationForm, SearchForm


def ics_response(text: str, filename: str) -> HttpResponse:
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    # RFC 6266 / 5987: a translated slug may be non-ASCII ("sanāksme.ics").
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@route(HomePage, "search/", name="search")
def search_view(page, request):
    """The locale's home page also serves the site search at /<lang>/search/."""
    context, status = site_search.page_context(
        SearchForm(request.GET), page.locale.language_code
    )
    context["switcher_suffix"] = "search/"  # the language switcher stays on search
    response = page.render(
        request, template="pages/search.html", context_overrides=context
    )
    response.status_code = status
    if "retry_after" in context:  # the engine is down (503)
        response["Retry-After"] = str(context["retry_after"])
    return response


@route(AmbassadorIndexPage, "map/", name="map")
def map_view(page, request):
    counts = page.counts_by_country(reader_language(request, page))
    response = page.render(
        request,
        template="pages/includes/europe_map.svg",
        context_overrides={
            "europe_map": europe_map.europe_map(counts),
            "standalone": True,
        },
    )
    response["Content-Type"] = "image/svg+xml; charset=utf-8"
    return response


def render_apply(page, request, status=200, **context):
    response = page.render(
        request, template="pages/ambassador_apply.html", context_overrides=context
    )
    response.status_code = status
    return response


# Accepted applications and invalid posts are counted apart: corrections of a form
# with typos never use up the applicant's (or their school's) accepted ones.
APPLY_LIMITS = {
    "apply": "APPLICATION_RATE_LIMIT",
    "apply-invalid": "APPLICATION_INVALID_RATE_LIMIT",
}


def apply_limited(request) -> bool:
    return any(
        ratelimit.exhausted(scope, request, getattr(settings, knob))
        for scope, knob in APPLY_LIMITS.items()
    )


def count_apply(request, scope: str) -> None:
    limit = getattr(settings, APPLY_LIMITS[scope])
    ratelimit.hit(scope, request, limit, settings.APPLICATION_RATE_WINDOW)


@route(AmbassadorIndexPage, "apply/", name="apply")
def apply_view(page, request):
    if not page.applications_open:
        return render_apply(page, request, closed=True)
    form = ApplicationForm(request.POST or None)
    if request.method == "POST":
        if apply_limited(request):
            return render_apply(page, request, 429, form=form, limited=True)
        if not form.is_valid():
            count_apply(request, "apply-invalid")
            return render_apply(page, request, form=form, switcher_suffix="apply/")
        count_apply(request, "apply")
        if not form.is_spam:
            application = form.save(commit=False)
            application.language = page.locale.language_code
            application.save()
            notifications.application_received(application)
        return redirect(page.url + page.reverse_subpage("apply_thanks"))
    return render_apply(page, request, form=form, switcher_suffix="apply/")


@route(AmbassadorIndexPage, "apply/thanks/", name="apply_thanks")
def apply_thanks_view(page, request):
    return page.render(request, template="pages/ambassador_apply_thanks.html")


@route(EventPage, "ical/", name="ical")
def event_ical_view(page, request):
    text = ical.calendar([page], request.get_host(), name=page.title)
    return ics_response(text, f"{page.slug}.ics")


@route(EventIndexPage, "ical/", name="ical")
def event_index_ical_view(page, request):
    language = reader_language(request, page)
    events = mark(page.upcoming(language)[: settings.CALENDAR_ITEMS], language, request)
    for event in events:
        event.reader_full_url = request.build_absolute_uri(event.reader_url)
    text = ical.calendar(events, request.get_host(), name=page.title)
    return ics_response(text, f"{page.slug}-{language}.ics")


@route(NewsIndexPage, "rss/", name="rss")
def rss_view(page, request):
    return NewsFeed(page)(request)


@route(NewsIndexPage, "atom/", name="atom")
def atom_view(page, request):
    return AtomNewsFeed(page)(request)
