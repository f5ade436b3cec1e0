"""Which index a page belongs in: its own locale's, and only while readers may see it
(published, outside private sections). Locale backends hold pages only: readers search
pages; snippets, images and documents are searched in the admin's default backend."""

from wagtail.models import Locale, Page, PageViewRestriction

INDEX = "index"  # belongs here: add or update it
REMOVE = "remove"  # this locale's, but not for readers (draft, private): delete it
SKIP = "skip"  # not a page, or another locale's: not this index's business
ALL_LOCALES = object()  # the default backend's router: everything, drafts included


def locale_pk(language_code: str | None):
    if language_code is None:
        return ALL_LOCALES
    return (
        Locale.objects.filter(language_code=language_code)
        .values_list("pk", flat=True)
        .first()
    )


def is_page_model(model) -> bool:
    return issubclass(model, Page)


class Router:
    """Decide INDEX / REMOVE / SKIP per object; reads the private sections once."""

    def __init__(self, locale_pk):
        self.locale_pk = locale_pk
        self._private_paths = None

    def __call__(self, obj) -> str:
        if self.locale_pk is ALL_LOCALES:
            return INDEX
        if not isinstance(obj, Page) or obj.locale_id != self.locale_pk:
            return SKIP
        if not getattr(obj, "live", True) or self._is_private(obj):
            return REMOVE
        return INDEX

    def _is_private(self, obj) -> bool:
        if self._private_paths is None:
            self._private_paths = tuple(
                PageViewRestriction.objects.values_list("page__path", flat=True)
            )
        return (
            obj.path.startswith(self._private_paths) if self._private_paths else False
        )
