"""Routes and listing context of the page types, as mixins that the page models put
before their other bases (``class EventPage(EventRoutes, ReaderSearchMixin, Page)``), so
the models only name them. Every route answers in the page's own language."""

from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.http import content_disposition_header
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages.site import europe_map, ical, ratelimit
from pages.site import search as site_search
from pages.site.conf import settings
from pages.site.feeds import AtomNewsFeed, NewsFeed

# pages.site.forms imports the page models, which import this module: forms are imported
# where they are used.


def page_number(request, name="page") -> int:
    value = request.GET.get(name, "1")
    return int(value) if value.isdigit() and int(value) > 0 else 1


def ics_response(text: str, filename: str) -> HttpResponse:
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    # RFC 6266 / 5987: a translated slug may be non-ASCII ("sanāksme.ics").
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


class HomeRoutes(RoutablePageMixin):
    """The locale's home page also serves the site search at /<lang>/search/."""

    def get_context(self, request, *args, **kwargs):
        from pages.site.reader_items import home_blocks, section_links

        context = super().get_context(request, *args, **kwargs)
        route = getattr(request, "routable_resolver_match", None)
        if route is None or route.url_name != "search":  # the home page itself
            context.update(home_blocks(self, request))
            context.update(section_links(self, request))
        return context

    @path("search/", name="search")
    def search_view(self, request):
        from pages.site.forms import SearchForm

        context, status = site_search.page_context(
            SearchForm(request.GET), self.locale.language_code
        )
        context["switcher_suffix"] = "search/"  # the language switcher stays on search
        response = self.render(
            request, template="pages/search.html", context_overrides=context
        )
        response.status_code = status
        return response


class AmbassadorRoutes(RoutablePageMixin):
    """The network page with its list and map, the application form, the map alone."""

    def get_context(self, request, *args, **kwargs):
        from pages.site.forms import AmbassadorFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = AmbassadorFilterForm(request.GET)
        country = form.cleaned_data["country"] if form.is_valid() else ""
        picture = europe_map.europe_map(self.counts_by_country())
        context.update(
            filter_form=form,
            ambassador_list=self.ambassadors(country),
            europe_map=picture,
            counted=[c for c in picture["countries"] if c.count],
        )
        return context

    @path("map/", name="map")
    def map_view(self, request):
        response = self.render(
            request,
            template="pages/includes/europe_map.svg",
            context_overrides={
                "europe_map": europe_map.europe_map(self.counts_by_country()),
                "standalone": True,
            },
        )
        response["Content-Type"] = "image/svg+xml; charset=utf-8"
        return response

    @path("apply/", name="apply")
    def apply_view(self, request):
        from pages.site.forms import ApplicationForm

        if not self.applications_open:
            return self.render(
                request,
                template="pages/ambassador_apply.html",
                context_overrides={"closed": True},
            )
        form = ApplicationForm(request.POST or None)
        if request.method == "POST":
            allowed = ratelimit.hit(
                "apply",
                request,
                settings.APPLICATION_RATE_LIMIT,
                settings.APPLICATION_RATE_WINDOW,
            )
            if not allowed:
                response = self.render(
                    request,
                    template="pages/ambassador_apply.html",
                    context_overrides={"form": form, "limited": True},
                )
                response.status_code = 429
                return response
            if form.is_valid():
                if not form.is_spam:
                    application = form.save(commit=False)
                    application.language = self.locale.language_code
                    application.save()
                return redirect(self.url + self.reverse_subpage("apply_thanks"))
        return self.render(
            request,
            template="pages/ambassador_apply.html",
            context_overrides={"form": form, "switcher_suffix": "apply/"},
        )

    @path("apply/thanks/", name="apply_thanks")
    def apply_thanks_view(self, request):
        return self.render(request, template="pages/ambassador_apply_thanks.html")


class EventRoutes(RoutablePageMixin):
    @path("ical/", name="ical")
    def ical_view(self, request):
        text = ical.calendar([self], request.get_host(), name=self.title)
        return ics_response(text, f"{self.slug}.ics")


class EventIndexRoutes(RoutablePageMixin):
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["past_page"] = Paginator(self.past(), 10).get_page(page_number(request))
        return context

    @path("ical/", name="ical")
    def ical_view(self, request):
        events = self.upcoming()[: settings.CALENDAR_ITEMS]
        text = ical.calendar(events, request.get_host(), name=self.title)
        return ics_response(text, f"{self.slug}-{self.locale.language_code}.ics")


class NewsIndexRoutes(RoutablePageMixin):
    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.articles().specific(), settings.NEWS_PER_PAGE)
        context["page_obj"] = paginator.get_page(page_number(request))
        return context

    @path("rss/", name="rss")
    def rss_view(self, request):
        return NewsFeed(self)(request)

    @path("atom/", name="atom")
    def atom_view(self, request):
        return AtomNewsFeed(self)(request)


class MaterialBankContext:
    def get_context(self, request, *args, **kwargs):
        from pages.site.forms import ResourceFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = ResourceFilterForm(request.GET)
        filters = form.cleaned_data if form.is_valid() else {}
        context["filter_form"] = form
        context["resource_list"] = self.filtered_resources(
            resource_type=filters.get("resource_type", ""),
            audience=filters.get("audience", ""),
            language=filters.get("language", ""),
        )
        return context
