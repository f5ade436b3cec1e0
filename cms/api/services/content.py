"""Content GET: the page at the URL, fully serialized (``cms.api.serializers``), with
batched ``items`` for folderish pages and ``@components`` (``expand=`` inlines them)."""

from cms.api.access import preview_page_id
from cms.api.batching import BATCH_PARAMS
from cms.api.serializers.content import serialize
from cms.api.service import Service


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
        return serialize(self.request, page, self.query)
