"""Admin registration: snippets in a "Network and taxonomies" menu, and the review
actions on ambassador applications."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.core import access, media_access
from pages.admin_panels import add_pending_applications_panel
from pages.admin_views import review_application
from pages.models import (
    Ambassador,
    AmbassadorApplication,
    Organisation,
    Person,
    TargetGroup,
    Theme,
)
from pages.vocabularies import ApplicationStatus


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "slug"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "site"
    list_display = ["name", "acronym", "kind"]
    list_filter = ["kind"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation"]


class AmbassadorViewSet(SnippetViewSet):
    model = Ambassador
    icon = "user"
    list_display = ["name", "country", "kind", "organisation"]
    list_filter = ["country", "kind"]


class AmbassadorApplicationViewSet(SnippetViewSet):
    model = AmbassadorApplication
    icon = "mail"
    list_display = ["name", "country", "organisation", "submitted_at", "status"]
    list_filter = ["status", "country"]
    ordering = ["-submitted_at"]


class NetworkGroup(SnippetViewSetGroup):
    menu_label = _("Network and taxonomies")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        AmbassadorApplicationViewSet,
        AmbassadorViewSet,
        OrganisationViewSet,
        PersonViewSet,
        ThemeViewSet,
        TargetGroupViewSet,
    )


register_snippet(NetworkGroup)


@hooks.register("register_admin_urls")
def application_review_urls():
    return [
        path(
            "ambassador-applications/<int:pk>/<str:action>/",
            review_application,
            name="review_ambassador_application",
        )
    ]


@hooks.register("register_snippet_listing_buttons")
def application_review_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, AmbassadorApplication):
        return
    if snippet.status != ApplicationStatus.PENDING:
        return
    if not user.has_perm("pages.change_ambassadorapplication"):
        return
    for action, label, priority in (
        ("approve", _("Approve"), 5),
        ("reject", _("Reject"), 6),
    ):
        yield ListingButton(
            label,
            reverse("review_ambassador_application", args=[snippet.pk, action]),
            priority=priority,
        )


hooks.register("construct_homepage_panels", add_pending_applications_panel)

# The access rule on the reader site (expiry at read time) and on document downloads.
hooks.register("before_serve_page", access.check_serve)
hooks.register("before_serve_document", media_access.check_document_serve)
hooks.register("construct_image_chooser_queryset", media_access.chooser_files)
hooks.register("construct_document_chooser_queryset", media_access.chooser_files)


@hooks.register("insert_editor_js")
def picker_placement_js():
    # The schedule dialog's date picker must not cover its Save button.
    return format_html(
        '<script src="{}" defer></script>', static("pages/admin/picker_placement.js")
    )
