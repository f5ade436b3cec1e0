"""The vocabularies of plone.app.vocabularies that Volto's widgets and @plone/client
name, in Plone's terms: types (all, the ones people work with, the ones they add),
keywords (the themes, in the request's language), content languages, workflow states
and Wagtail's moderation workflows."""

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cms.api.serializers import registry
from cms.api.serializers.registry import LANGUAGE_ROOT_TYPE
from cms.api.vocabularies import VOCABULARIES, FunctionVocabulary, Vocabulary

PREFIX = "plone.app.vocabularies."
STATES = {"private": _("Private"), "published": _("Published")}


def _type_term(model) -> dict:
    return {
        "token": model.__name__,
        "title": str(model._meta.verbose_name).capitalize(),
    }


def portal_types() -> list[dict]:
    """Every type, the language root folders' included."""
    root = {"token": LANGUAGE_ROOT_TYPE, "title": str(_("Language Root Folder"))}
    return sorted(
        [root, *really_user_friendly_types()], key=lambda t: t["title"].lower()
    )


def really_user_friendly_types() -> list[dict]:
    """Every page type (Plone's list less its technical types)."""
    terms = [_type_term(m) for m in registry.page_models()]
    return sorted(terms, key=lambda t: t["title"].lower())


def user_friendly_types() -> list[dict]:
    """The page types editors can create (Wagtail's ``is_creatable``)."""
    terms = [_type_term(m) for m in registry.page_models() if m.is_creatable]
    return sorted(terms, key=lambda t: t["title"].lower())


def content_languages() -> list[dict]:
    return [{"token": code, "title": str(name)} for code, name in settings.LANGUAGES]


def workflow_states() -> list[dict]:
    """Plone's titles: "Published [published]"."""
    terms = [
        {"token": token, "title": f"{title} [{token}]"}
        for token, title in STATES.items()
    ]
    return sorted(terms, key=lambda t: t["title"].lower())


def workflows() -> list[dict]:
    """Wagtail's active moderation workflows (@workflow's ``submit`` starts one)."""
    model = apps.get_model("wagtailcore", "Workflow")
    rows = model.objects.filter(active=True).order_by("name")
    return [{"token": str(row.pk), "title": row.name} for row in rows]


class Keywords(Vocabulary):
    """Plone's keywords are the themes: the token is the name (what ``Subject``
    holds and @search's ``Subject`` matches), in the request's language."""

    title = "Keywords"

    def terms(self, request) -> list[dict]:
        names = [term["title"] for term in VOCABULARIES["themes"].terms(request)]
        return [{"token": name, "title": name} for name in sorted(names, key=str.lower)]


PLONE_VOCABULARIES: dict[str, Vocabulary] = {
    PREFIX + "PortalTypes": FunctionVocabulary("Portal types", portal_types),
    PREFIX + "ReallyUserFriendlyTypes": FunctionVocabulary(
        "Really user friendly types", really_user_friendly_types
    ),
    PREFIX + "UserFriendlyTypes": FunctionVocabulary(
        "User friendly types", user_friendly_types
    ),
    PREFIX + "Keywords": Keywords(),
    PREFIX + "SupportedContentLanguages": FunctionVocabulary(
        "Supported content languages", content_languages
    ),
    PREFIX + "AvailableContentLanguages": FunctionVocabulary(
        "Available content languages", content_languages
    ),
    PREFIX + "WorkflowStates": FunctionVocabulary("Workflow states", workflow_states),
    PREFIX + "Workflows": FunctionVocabulary("Workflows", workflows),
}
