"""Keeps translators to their own locale where Wagtail and wagtail-localize check
only a global permission: submitting for translation, the translation editor's write
endpoints, and the snippet editor (snippet permissions are per model, not per locale).
Page edits and publishing are already limited by page permissions on each locale's tree.
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from wagtail.models import Locale, TranslatableMixin
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
            translation = Translation.objects.filter(
                pk=match.kwargs.get("translation_id")
            ).select_related("target_locale")
            return [t.target_locale for t in translation]
        return []
    if name in SNIPPET_WRITES and request.method == "POST":
        locale = _snippet_locale(match)
        return [locale] if locale else []
    return []


class TranslatorLocaleMiddleware:
    """Answers 403 when a user writes to a locale they hold no permissions in."""

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
                raise PermissionDenied
        return None
