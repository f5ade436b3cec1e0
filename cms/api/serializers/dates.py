"""Plone's dates from Wagtail's: ``created`` (the first publish, else the first
revision: a never-published page was still created), ``effective`` (go-live, else
the first publish), ``modified`` (the last publish, else the latest revision) and
Plone's ``Date`` (effective, else modified)."""

from django.db.models import Min
from wagtail.models import Revision

# Set on pages by load_creation_times: when their first revision was saved.
FIRST_REVISION = "_api_first_revision_at"


def load_creation_times(pages) -> None:
    """The first revision's time of the never-published ``pages``, in one query
    (none when every page was published)."""
    drafts = {str(p.pk): p for p in pages if p.first_published_at is None}
    if not drafts:
        return
    rows = (
        Revision.page_revisions.filter(object_id__in=list(drafts))
        .values("object_id")
        .annotate(first=Min("created_at"))
    )
    for row in rows:
        setattr(drafts[row["object_id"]], FIRST_REVISION, row["first"])


def created(page):
    if page.first_published_at:
        return page.first_published_at
    first = getattr(page, FIRST_REVISION, None)
    if first is None and hasattr(page, "latest_revision_created_at"):
        first = page.latest_revision_created_at
    return first


def effective(page):
    return page.go_live_at or page.first_published_at


def modified(page):
    return page.last_published_at or page.latest_revision_created_at


def date(page):
    return effective(page) or modified(page)
