"""Content GET: the page at the URL, fully serialized (``cms.api.serializers``), with
batched ``items`` for folderish pages and ``@components`` (``expand=`` inlines them),
plus ``translation_state`` from the translation workflow when it is available."""

from django.utils.module_loading import import_string

from cms.api.access import preview_page_id
from cms.api.batching import BATCH_PARAMS
from cms.api.serializers.content import serialize
from cms.api.service import Service
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
