"""Admin wiring: the translation-status report and the review button on translations."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton

from locales import editor, fallback, review, views

# wagtail-localize's own before_edit_page hook has the default order 0 and answers every
# translated page with its editor; ours comes first to take the review action.
BEFORE_LOCALIZE = -1


@hooks.register("before_edit_page", order=BEFORE_LOCALIZE)
def review_action_in_translation_editor(request, page):
    return editor.answer_review_action(request, page)


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("translation-status/", views.status_view, name="locales_status"),
        path(
            "translation-review/<int:page_id>/",
            views.submit_for_review_view,
            name="locales_submit_for_review",
        ),
    ]


# wagtail-localize labels its report with an eager gettext when the reports menu is
# first built, so every later user saw the language of the first admin request after
# a start (and, with several workers, of each worker's); a lazy label follows each
# request's language.
LOCALIZE_REPORT_LABEL = _("Translations")


@hooks.register("construct_reports_menu")
def translate_localize_report_label(request, menu_items):
    url = reverse("wagtail_localize:translations_report")
    for item in menu_items:
        if item.url == url:
            item.label = LOCALIZE_REPORT_LABEL
            item.name = "translations"  # was slugified from the first label


class StatusMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_view_status(request.user)


@hooks.register("register_reports_menu_item")
def status_menu_item():
    return StatusMenuItem(
        _("Translation status"), reverse("locales_status"), icon_name="table", order=900
    )


def review_button(page, user, view_name=None, next_url=None):
    if page.depth > 1 and review.can_submit_for_review(page, user):
        url = reverse("locales_submit_for_review", args=[page.pk])
        yield ListingButton(
            _("Submit translation for review"), url, priority=61, icon_name="resubmit"
        )


hooks.register("register_page_listing_more_buttons", review_button)
hooks.register("register_page_header_buttons", review_button)


@hooks.register("insert_editor_js")
def review_action_js():
    # Puts the review action on the translation editor's primary button (editor.py).
    return format_html(
        '<script src="{}" defer></script>', static("locales/js/review_action.js")
    ) + format_html(
        '<script src="{}" defer></script>', static("locales/js/editor_strings.js")
    )


hooks.register("before_serve_page", fallback.mark_served_language)
hooks.register("after_convert_alias_page", review.after_alias_conversion)


@hooks.register("construct_page_chooser_queryset")
def chooser_pages(pages, request):
    # Translators link to what they may read: no other locale's drafts or private
    # titles (cms.core.access); in indexed fields, as the chooser's search follows.
    from cms.core import access

    return access.readable(request, pages, searchable=True)
