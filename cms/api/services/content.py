"""Content: GET the page at the URL, fully serialized (``cms.api.serializers``), with
batched ``items`` for folderish pages and ``@components`` (``expand=`` inlines them),
plus ``translation_state`` from the translation workflow when it is available.
POST adds a page under it, PATCH edits it (a new revision), DELETE deletes it
(``cms.api.editing``, Wagtail's actions)."""

from django.utils.module_loading import import_string

from cms.api import editing, urls_public
from cms.api.access import preview_page_id
from cms.api.batching import BATCH_PARAMS
from cms.api.serializers.content import serialize
from cms.api.service import Service, WriteService
from cms.conf import settings as api_settings


class Get(Service):
    params = BATCH_PARAMS | {
        "expand",
        "include_items",
        "fullobjects",
        "metadata_fields",
        "page",
        "version",
    }

    def reply(self) -> dict:
        page = self.context
        if preview_page_id(self.request) == page.pk and page.depth > 1:
            # Headless preview: the latest revision, drafts included.
            page = page.get_latest_revision_as_object()
        data = serialize(self.request, page, self.query)
        state = translation_state(
            page, getattr(self.request, "api_requested_language", None)
        )
        if state is not None:
            data["translation_state"] = state
        return data


def translation_state(page, requested_language: str | None = None) -> dict | None:
    """The locales app's report (source, complete, unreviewed, …) for a page;
    "fallback" when it is served for a path in ``requested_language``."""
    if page.depth <= 1 or not api_settings.TRANSLATION_STATE_FUNCTION:
        return None
    try:
        function = import_string(api_settings.TRANSLATION_STATE_FUNCTION)
    except ImportError:
        return None
    if requested_language:
        return function(page, requested_language=requested_language)
    return function(page)


class Post(WriteService):
    """Plone's add: ``{"@type", "title", "id"?, …}`` → 201, ``Location``, the page."""

    status = 201

    def reply(self) -> dict:
        page = editing.create(self.request, self.context, self.body())
        self.headers["Location"] = urls_public.page_url(self.request, page)
        return serialize(self.request, page, {})


class Patch(WriteService):
    """Plone's update: 204, or the new revision when asked for
    (``Prefer: return=representation``)."""

    def reply(self):
        body = self.body()
        if not body:
            # Plone's lock refresh (an empty PATCH with Lock-Token): Wagtail locks
            # do not expire, and an edit without changes is no revision.
            self.status = 204
            return None
        draft = editing.update(self.request, self.context, body)
        if self.request.headers.get("Prefer") == "return=representation":
            return serialize(self.request, draft, {})
        self.status = 204
        return None


class Delete(WriteService):
    """204; a source page with translations needs ``delete_translations=true``."""

    params = {"delete_translations"}
    status = 204

    def reply(self) -> None:
        body = self.body()
        flag = self.query.get("delete_translations", body.get("delete_translations"))
        with_translations = self.flag("delete_translations", flag)
        editing.delete(self.request, self.context, with_translations=with_translations)
