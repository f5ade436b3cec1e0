"""The one access rule for reading pages, used by the API, both search paths, preview
tokens, feeds, listings and the reader site.

- Anyone: pages that are published now (live, ``go_live_at`` reached, ``expire_at``
  not passed: enforced at read time, before ``publish_scheduled`` catches up) and
  public (no view restriction on them or above them).
- A signed-in user, in addition: the pages Wagtail's page permissions let them work on
  (add, change or publish on the page or above it). A translator's grant is on their
  locale's home page, so they see their own locale's drafts and private sections only;
  an editor's grant on the tree root covers every locale.

Everything else is unseen, and callers answer it like a missing page.
"""

import datetime as dt

from django.db.models import Min, Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.permission_policies.pages import PagePermissionPolicy

from cms.core import generation

WORK_ACTIONS = {"add", "change", "publish"}
READABLE_IDS_MAX_AGE = dt.timedelta(seconds=60)


def published_q(at=None) -> Q:
    """Live now: live, scheduled go-live reached, not expired."""
    at = at or timezone.now()
    return (
        Q(live=True)
        & (Q(go_live_at__isnull=True) | Q(go_live_at__lte=at))
        & (Q(expire_at__isnull=True) | Q(expire_at__gt=at))
    )


def restricted_paths(request=None) -> list[str]:
    """Tree paths under a view restriction, read once per request, and once per
    content generation when the cache is shared (saving or deleting a restriction,
    moving or deleting a page bump it: cms/cache/signals.py)."""
    cached = getattr(request, "_access_restricted_paths", None)
    if cached is not None:
        return cached
    paths = generation.memoized("restricted-paths", _restricted_paths, request)
    if request is not None:
        request._access_restricted_paths = paths
    return paths


def _restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def public_q(paths: list[str]) -> Q:
    q = Q()
    for path in paths:
        q &= ~Q(path__startswith=path)
    return q


def visibility_q(request=None, at=None) -> Q:
    """THE filter for what anonymous readers may see (listings, search, feeds)."""
    return published_q(at) & public_q(restricted_paths(request))


def public_pages(queryset, request=None):
    """Narrow a page queryset to what anyone may read."""
    return queryset.filter(visibility_q(request))


def stale_live_ids(request=None) -> list[int]:
    """Pages still marked live whose time is over (or not yet come): the search
    engine's index keeps them until the scheduler runs, so queries exclude them.
    Remembered per content generation (a publish or unpublish bumps it) until the
    next scheduled go-live or expiry of a live page, when the set changes by time."""
    now = timezone.now()
    return generation.memoized_until(
        "stale-live-ids", lambda: _stale_live_ids(now), now, request
    )


def _stale_live_ids(now) -> tuple[list[int], object]:
    """The stale ids at ``now`` and the next moment they change (None: never)."""
    live = Page.objects.filter(live=True).order_by()  # no tree order: SQLite would
    ids = list(  # scan the path index
        live.filter(Q(expire_at__lte=now) | Q(go_live_at__gt=now)).values_list(
            "pk", flat=True
        )
    )
    return ids, _next_scheduled_moment(now)


def _next_scheduled_moment(now):
    """The next go-live or expiry of a live page after ``now`` (None: none): when
    time alone changes what is published."""
    moments = (
        Page.objects.filter(live=True)
        .order_by()
        .aggregate(
            expiry=Min("expire_at", filter=Q(expire_at__gt=now)),
            go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
        )
    )
    return min((m for m in moments.values() if m is not None), default=None)


def readable_ids(pks, request=None) -> set[int]:
    """Which of ``pks`` anyone may read now (``visibility_q``). With a shared cache,
    from the set of every readable id, remembered per content generation until the
    next scheduled go-live or expiry, and for a minute at most (one query per
    publish, minute and process instead of one per search); otherwise one query."""
    if not generation.shared():
        rows = Page.objects.filter(visibility_q(request), pk__in=list(pks))
        return set(rows.order_by().values_list("pk", flat=True))
    now = timezone.now()
    readable_now = generation.memoized_until(
        "readable-ids", lambda: _readable_ids(now), now, request
    )
    return {pk for pk in pks if pk in readable_now}


def _readable_ids(now) -> tuple[frozenset[int], object]:
    rows = Page.objects.filter(visibility_q(at=now)).order_by()
    # A minute at most: a change made behind Wagtail's back (an SQL update: no
    # signal, no generation bump) is seen within that time all the same.
    moments = (_next_scheduled_moment(now), now + READABLE_IDS_MAX_AGE)
    return frozenset(rows.values_list("pk", flat=True)), min(m for m in moments if m)


def _user(who):
    user = getattr(who, "user", who)
    return user if user is not None and user.is_authenticated else None


def workable_pages(user):
    """The pages the user's page permissions cover (None: none, for anonymous)."""
    if user is None or not user.is_active:
        return None
    return PagePermissionPolicy().instances_user_has_any_permission_for(
        user, WORK_ACTIONS
    )


def searchable_visibility_q(request=None) -> Q:
    """``visibility_q`` in the fields every search backend indexes (live, path, id):
    for querysets that are searched afterwards (the admin's page chooser)."""
    q = Q(live=True) & public_q(restricted_paths(request))
    stale = stale_live_ids(request)
    return q & ~Q(pk__in=stale) if stale else q


def readable(who, queryset, *, searchable=False):
    """Narrow a page queryset to what ``who`` (a request or a user) may read;
    ``searchable``: in indexed fields only, so that ``.search()`` may follow."""
    request = who if hasattr(who, "user") else None
    user = _user(who)
    if user is not None and user.is_superuser and user.is_active:
        return queryset
    visible = searchable_visibility_q(request) if searchable else visibility_q(request)
    workable = workable_pages(user)
    if workable is not None:
        visible |= Q(pk__in=workable.values("pk"))
    return queryset.filter(visible)


def is_published(page, at=None) -> bool:
    at = at or timezone.now()
    return bool(
        page.live
        and (page.go_live_at is None or page.go_live_at <= at)
        and (page.expire_at is None or page.expire_at > at)
    )


def is_restricted(page, request=None) -> bool:
    return any(page.path.startswith(p) for p in restricted_paths(request))


def may_work_on(who, page) -> bool:
    user = _user(who)
    if user is None:
        return False
    perms = page.permissions_for_user(user)
    return perms.can_edit() or perms.can_publish()


def can_read(who, page) -> bool:
    request = who if hasattr(who, "user") else None
    if is_published(page) and not is_restricted(page, request):
        return True
    return may_work_on(who, page)


def can_preview(who, page) -> bool:
    """Preview tokens open a page's latest revision: only for those who may edit it."""
    user = _user(who)
    return user is not None and page.permissions_for_user(user).can_edit()


def check_serve(page, request, serve_args, serve_kwargs):
    """Wagtail's ``before_serve_page`` hook for the reader site: an expired or not yet
    live page is missing, even before the scheduler runs; a login-restricted page is
    for those whose page permissions cover it (Wagtail asks the login form of
    anonymous readers, and the password form, itself)."""
    from django.core.exceptions import PermissionDenied
    from django.http import Http404

    if not is_published(page) and not may_work_on(request, page):
        raise Http404
    user = _user(request)
    if user is None or may_work_on(request, page):
        return None
    for restriction in page.get_view_restrictions():
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            raise PermissionDenied
    return None


def searchable_pages(queryset, request=None):
    """The visibility filter for querysets handed to a search backend, in the fields
    every backend indexes (live, path, id): live and public, minus the pages whose
    time is over but that the scheduler has not unpublished yet. Search results are
    then checked against the database with ``public_pages``."""
    queryset = queryset.filter(live=True).filter(public_q(restricted_paths(request)))
    stale = stale_live_ids(request)
    return queryset.exclude(pk__in=stale) if stale else queryset
