"""Keeps translators to their own locale where Wagtail and wagtail-localize check
only a global permission: submitting for translation, the translation editor's write
endpoints, and the snippet editor (snippet permissions are per model, not per locale).
Page edits and publishing are already limited by page permissions on each locale's tree.
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import Translation

from locales.permissions import can_edit_locale

# wagtail-localize's URL names that change a translation, with its id in the URL.
TRANSLATION_WRITES = {
    "edit_string_translation",
    "edit_override",
    "upload_pofile",
    "machine_translate",
    "stop_translation",
}
# Our views mounted at those addresses before localize's (po_import, machine_translate).
OUR_TRANSLATION_WRITES = {"locales_upload_pofile", "locales_machine_translate"}
SUBMITS = {"submit_page_translation", "submit_snippet_translation"}
SNIPPET_WRITES = {"edit", "delete", "unpublish", "revisions_revert", "lock", "unlock"}


def _snippet_locale(match) -> Locale | None:
    namespace = match.namespace.rsplit(":", 1)[-1]
    if not namespace.startswith("wagtailsnippets_") or "pk" not in match.kwargs:
        return None
    app_label, _sep, model_name = namespace.removeprefix("wagtailsnippets_").partition(
        "_"
    )
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return None
    if not issubclass(model, TranslatableMixin):
        return None
    instance = model.objects.filter(pk=match.kwargs["pk"]).select_related("locale")
    instance = instance.first()
    return instance.locale if instance else None


def translation_locale(match) -> list[Locale]:
    translation = Translation.objects.filter(
        pk=match.kwargs.get("translation_id")
    ).select_related("target_locale")
    return [t.target_locale for t in translation]


def target_locales(request, match) -> list[Locale]:
    """The locales the request would write to (empty when it writes nothing guarded)."""
    name = match.url_name
    if match.namespace.endswith("wagtail_localize"):
        if name in SUBMITS and request.method == "POST":
            ids = [i for i in request.POST.getlist("locales") if i.isdigit()]
            return list(Locale.objects.filter(pk__in=ids))
        if name == "update_translations" and request.method == "POST":
            # Syncing a source rewrites its translations in every locale it has.
            source_id = match.kwargs.get("translation_source_id")
            ids = [i for i in request.POST.getlist("locales") if i.isdigit()]
            return list(
                Locale.objects.filter(
                    Q(translations__source_id=source_id, translations__enabled=True)
                    | Q(pk__in=ids)
                ).distinct()
            )
        if name in TRANSLATION_WRITES and request.method == "POST":
            return translation_locale(match)
        return []
    if name in OUR_TRANSLATION_WRITES and request.method == "POST":
        return translation_locale(match)
    if name in SNIPPET_WRITES and request.method == "POST":
        locale = _snippet_locale(match)
        return [locale] if locale else []
    return []


def needs_publisher(match) -> Page | None:
    """The page a request would make live without review (localize's "Convert to
    alias page" shows the source's text at once), or None."""
    if not match.namespace.endswith("wagtail_localize"):
        return None
    if match.url_name != "convert_to_alias":
        return None
    return Page.objects.filter(pk=match.kwargs.get("page_id")).first()


class TranslatorLocaleMiddleware:
    """Answers 403 when a user writes to a locale they hold no permissions in, or
    would skip the review; renders admin refusals as a styled, translated page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        user = getattr(request, "user", None)
        if match is None or user is None or not user.is_authenticated:
            return None
        if not request.path_info.startswith("/admin/"):
            return None
        for locale in target_locales(request, match):
            if not can_edit_locale(user, locale):
                return admin_forbidden(request)
        page = needs_publisher(match)
        if page is not None and not page.permissions_for_user(user).can_publish():
            return admin_forbidden(request)
        return None

    def process_exception(self, request, exception):
        """Wagtail's and localize's own refusals in the admin, styled the same."""
        user = getattr(request, "user", None)
        if (
            isinstance(exception, PermissionDenied)
            and request.path_info.startswith("/admin/")
            and user is not None
            and user.is_authenticated
        ):
            return admin_forbidden(request)
        return None


def admin_forbidden(request):
    """A 403 in the admin's look, in the user's admin language."""
    from django.template.response import TemplateResponse
    from django.utils import translation
    from wagtail.users.models import UserProfile

    language = UserProfile.get_for_user(request.user).get_preferred_language()
    with translation.override(language):
        response = TemplateResponse(request, "locales/admin_403.html", status=403)
        return response.render()
