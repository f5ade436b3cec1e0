"""Named vocabularies: code lists and taxonomies read through the app registry (no page
model imports), field and block choices of page types, the site's languages and
types."""

from django.apps import apps
from django.conf import settings
from django.utils.translation import get_language

from cms.api.serializers import registry


class Vocabulary:
    title = ""

    def terms(self, request) -> list[dict]:
        raise NotImplementedError


class ModelVocabulary(Vocabulary):
    """Rows of a model: a code list (token = code) or a translatable taxonomy (token =
    slug, titles in the request's language, falling back to the source language)."""

    def __init__(self, label: str, token: str, title: str, translatable=False):
        self.label, self.token, self.title, self.translatable = (
            label,
            token,
            title,
            translatable,
        )

    def terms(self, request):
        model = apps.get_model(self.label)
        rows = model.objects.all()
        if self.translatable:
            lang = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
            rows = rows.filter(locale__language_code__in=[lang, settings.LANGUAGE_CODE])
        terms = {}
        for row in rows.order_by("pk"):
            token = getattr(row, self.token)
            lang_of_row = getattr(getattr(row, "locale", None), "language_code", None)
            if token not in terms or lang_of_row != settings.LANGUAGE_CODE:
                terms[token] = {"token": token, "title": str(row)}
        return sorted(terms.values(), key=lambda t: t["token"])


class ChoicesVocabulary(Vocabulary):
    """Choices of a page type's field, or of a block inside a StreamField
    (``block_path`` = "resource.resource_type")."""

    def __init__(self, label: str, field: str, title: str, block_path: str = ""):
        self.label, self.field, self.title, self.block_path = (
            label,
            field,
            title,
            block_path,
        )

    def choices(self):
        field = apps.get_model(self.label)._meta.get_field(self.field)
        if not self.block_path:
            return field.flatchoices
        block = field.stream_block
        for name in self.block_path.split("."):
            block = block.child_blocks[name]
        return block.field.choices

    def terms(self, request):
        return [
            {"token": str(k), "title": str(v)} for k, v in self.choices() if k != ""
        ]


class FunctionVocabulary(Vocabulary):
    def __init__(self, title, function):
        self.title, self.function = title, function

    def terms(self, request):
        return self.function()


def _content_languages():
    return [{"token": code, "title": str(name)} for code, name in settings.LANGUAGES]


def _portal_types():
    return [
        {"token": m.__name__, "title": str(m._meta.verbose_name).capitalize()}
        for m in registry.page_models()
    ]


VOCABULARIES: dict[str, Vocabulary] = {
    "countries": ModelVocabulary("pages.Country", "code", "Countries"),
    "languages": ModelVocabulary("pages.Language", "code", "Languages"),
    "themes": ModelVocabulary("pages.Theme", "slug", "Themes", translatable=True),
    "target_groups": ModelVocabulary(
        "pages.TargetGroup", "slug", "Target groups", translatable=True
    ),
    "practice_kinds": ChoicesVocabulary("pages.PracticePage", "kind", "Practice kinds"),
    "resource_types": ChoicesVocabulary(
        "pages.MaterialBankPage",
        "resources",
        "Resource types",
        "resource.resource_type",
    ),
    "audience_roles": ChoicesVocabulary(
        "pages.MaterialBankPage", "resources", "Audience roles", "resource.audiences"
    ),
    "content_languages": FunctionVocabulary("Content languages", _content_languages),
    "portal_types": FunctionVocabulary("Types", _portal_types),
}
