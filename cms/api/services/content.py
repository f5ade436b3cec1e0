"""Content: GET the page at the URL, fully serialized (``cms.api.serializers``), with
batched ``items`` for folderish pages and ``@components`` (``expand=`` inlines them),
plus ``translation_state`` from the translation workflow when it is available.
POST adds a page under it, PATCH edits it (a new revision), DELETE deletes it
(``cms.api.editing``, Wagtail's actions)."""

from django.utils.module_loading import import_string

from cms.api import editing, locking, reader_filters, urls_public
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
        *reader_filters.NAMES,
    }

    def reply(self) -> dict:
        page = latest_for(self.request, self.context)
        data = serialize(self.request, page, self.query)
        state = translation_state(
            page, getattr(self.request, "api_requested_language", None)
        )
        if state is not None:
            data["translation_state"] = state
        return data


def latest_for(request, page):
    """What the requester reads: the latest revision for those who may edit the page
    (Plone's PATCH is the content, so an editor reads back what they saved) and for
    a headless preview token; the live version for everyone else."""
    if page.depth <= 1:
        return page
    locking.release_if_expired(page)  # an expired API lock is not reported
    if preview_page_id(request) != page.pk and not may_edit(request, page):
        return page
    if not page.has_unpublished_changes:
        return page
    return page.get_latest_revision_as_object()


def may_edit(request, page) -> bool:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    return page.permissions_for_user(user).can_edit()


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
            # Plone's lock refresh (an empty PATCH with Lock-Token): the requester's
            # API lock starts its timeout again; an edit without changes is no
            # revision.
            locking.refresh(self.request, self.context)
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
