"""Documents and images used only by pages readers may not see stay private.

Wagtail's reference index records which pages use a file (foreign keys, inline
panels, StreamField blocks, rich text links). A file referenced by pages, none of which
anyone may read (cms.core.access: drafts, expired, private sections), is private: it is not
served to, or listed for, someone whose page permissions cover none of those pages.
Files nobody references, or that a snippet uses, stay public (Wagtail's default).
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page, ReferenceIndex

from cms.core import access


def _page_uses(model, object_ids=None) -> dict[int, set[int]]:
    """{file id: ids of pages that use it}, and non-page uses as page id 0."""
    target = ContentType.objects.get_for_model(model)
    refs = ReferenceIndex.objects.filter(to_content_type=target)
    if object_ids is not None:
        refs = refs.filter(to_object_id__in=[str(i) for i in object_ids])
    page_type = ContentType.objects.get_for_model(Page)
    uses: dict[int, set[int]] = {}
    for base_type, object_id, to_id in refs.values_list(
        "base_content_type_id", "object_id", "to_object_id"
    ):
        page_id = int(object_id) if base_type == page_type.pk else 0
        uses.setdefault(int(to_id), set()).add(page_id)
    return uses


def private_ids(model, object_ids=None) -> set[int]:
    """Ids of files (documents or images) that only unseen pages use."""
    uses = _page_uses(model, object_ids)
    page_ids = {pk for pages in uses.values() for pk in pages if pk}
    public = set(
        access.public_pages(Page.objects.filter(pk__in=page_ids)).values_list(
            "pk", flat=True
        )
    )
    return {
        file_id
        for file_id, pages in uses.items()
        if 0 not in pages and not (pages & public)
    }


def may_see(request, model, file_id: int) -> bool:
    """Whether the requester may see a file: public, or used by a page they may read."""
    if file_id not in private_ids(model, [file_id]):
        return True
    pages = _page_uses(model, [file_id]).get(file_id, set())
    return access.readable(request, Page.objects.filter(pk__in=pages)).exists()


def hidden_ids(request, model) -> set[int]:
    """Ids of the private files the requester may not see: none of the pages that use
    them is readable to them (a translator sees their own locale's private files)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_active and user.is_superuser:
        return set()
    private = private_ids(model)
    if not private:
        return set()
    uses = _page_uses(model, private)
    page_ids = {pk for pages in uses.values() for pk in pages}
    readable = set(
        access.readable(request, Page.objects.filter(pk__in=page_ids)).values_list(
            "pk", flat=True
        )
    )
    return {file_id for file_id in private if not (uses.get(file_id, set()) & readable)}


def chooser_files(files, request):
    """Wagtail's image and document chooser hooks: no titles of files the requester
    may not see (used only by other locales' drafts or private pages)."""
    hidden = hidden_ids(request, files.model)
    return files.exclude(pk__in=hidden) if hidden else files


def check_document_serve(document, request):
    """Wagtail's ``before_serve_document`` hook: a private document is missing."""
    if not may_see(request, type(document), document.pk):
        raise Http404
    return None
