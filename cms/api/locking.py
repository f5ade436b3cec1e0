"""plone.locking over Wagtail's page lock: ``@lock`` locks a page for its user (others
cannot edit it), ``PATCH @lock`` refreshes it, ``DELETE @lock`` (or ``@unlock``)
releases it. Wagtail's ``can_lock``/``can_unlock`` decide who may, and each change is
in the audit log, as the admin's lock views do.

Locks taken here expire, as Plone's do: ``timeout`` seconds (default
``LOCK_TIMEOUT``) after they were taken or last refreshed, recorded in ``ApiLock``.
An expired lock is released when it is next looked at (``release_if_expired``) and
by the scheduler (``release_expired``, the ``release_expired_locks`` command), so an
abandoned edit never locks a page for good. Locks taken in Wagtail's admin keep
Wagtail's rule: they last until released (``timeout: null``)."""

import datetime as dt

from django.core import signing
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.api import urls_public
from cms.api.exceptions import BadRequest, Conflict, Forbidden
from cms.api.models import ApiLock
from cms.api.serializers.values import json_date
from cms.conf import settings as api_settings

LOCK_SALT = "cms.api.lock"
EXPIRED = "expired"  # the audit-log entry's reason for a release nobody asked for


def api_lock(page) -> ApiLock | None:
    """The ``ApiLock`` of the page's current lock, if the API took it."""
    if not page.locked or page.locked_at is None:
        return None
    record = ApiLock.objects.filter(page_id=page.pk).first()
    if record is None or record.locked_at != page.locked_at:
        return None
    return record


def expires_at(record: ApiLock) -> dt.datetime:
    return record.locked_at + dt.timedelta(seconds=record.timeout)


def release_if_expired(page) -> bool:
    """Release the page's lock if the API took it and its time is over."""
    record = api_lock(page)
    if record is None or expires_at(record) > timezone.now():
        return False
    _release(page, user=None, data={"reason": EXPIRED})
    return True


def release_expired() -> int:
    """Release every expired API lock (the scheduler's run); returns how many."""
    released = 0
    now = timezone.now()
    for record in ApiLock.objects.select_related("page"):
        page = record.page
        if record.locked_at != page.locked_at or not page.locked:
            record.delete()  # the lock it timed is gone: nothing to release
        elif expires_at(record) <= now:
            _release(page.specific, user=None, data={"reason": EXPIRED})
            released += 1
    return released


def _release(page, *, user, data=None) -> None:
    with transaction.atomic():
        page.locked, page.locked_by, page.locked_at = False, None, None
        page.save(update_fields=["locked", "locked_by", "locked_at"], clean=False)
        ApiLock.objects.filter(page_id=page.pk).delete()
        log(instance=page, action="wagtail.unlock", user=user, data=data or {})


def info(request, page) -> dict:
    """Plone's lock info: ``{"locked", "stealable"}``, and who locked it when, with
    its ``timeout`` in seconds (null for a lock taken in the admin)."""
    release_if_expired(page)
    user = getattr(request, "user", None)
    stealable = bool(
        user and user.is_authenticated and page.permissions_for_user(user).can_unlock()
    )
    if not page.locked:
        return {"locked": False, "stealable": True}
    owner = page.locked_by
    name = owner.get_username() if owner else ""
    locked_at = page.locked_at or timezone.now()
    record = api_lock(page)
    return {
        "created": json_date(locked_at),
        "creator": name,
        "creator_name": (owner.get_full_name() or name) if owner else "",
        "creator_url": f"{urls_public.public_base(request)}/@users/{name}",
        "locked": True,
        "name": "plone.locking.stealable",
        "stealable": stealable,
        "time": locked_at.timestamp(),
        "timeout": record.timeout if record else None,
        "token": signing.dumps([page.pk, locked_at.isoformat()], salt=LOCK_SALT),
    }


def timeout_from(value) -> int:
    """The requested timeout in seconds (Plone's ``{"timeout": N}``), or the default."""
    if value is None:
        return api_settings.LOCK_TIMEOUT
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise BadRequest(_("timeout must be a number of seconds."))
    try:
        seconds = int(value)
    except ValueError:
        raise BadRequest(_("timeout must be a number of seconds.")) from None
    if not 0 < seconds <= api_settings.MAX_LOCK_TIMEOUT:
        raise BadRequest(
            _("timeout must be between 1 and %(max)s seconds.")
            % {"max": api_settings.MAX_LOCK_TIMEOUT}
        )
    return seconds


def lock(request, page, *, timeout: int | None = None) -> None:
    """Lock ``page`` for the requester; locking it again (their own API lock) sets
    the new timeout and starts it afresh."""
    user = request.user
    seconds = timeout_from(timeout)
    if page.depth <= 1:
        raise Forbidden(_("You may not lock this page."))
    release_if_expired(page)
    if page.locked and page.locked_by_id != user.pk:
        raise Conflict(_("Resource is locked by someone else."))
    if not page.permissions_for_user(user).can_lock():
        raise Forbidden(_("You may not lock this page."))
    if page.locked and api_lock(page) is None:
        return  # their own admin lock: it stays as Wagtail keeps it
    with transaction.atomic():
        fresh = not page.locked
        page.locked, page.locked_by, page.locked_at = True, user, timezone.now()
        page.save(update_fields=["locked", "locked_by", "locked_at"], clean=False)
        ApiLock.objects.update_or_create(
            page_id=page.pk,
            defaults={"locked_at": page.locked_at, "timeout": seconds},
        )
        if fresh:
            log(instance=page, action="wagtail.lock", user=user)


def refresh(request, page) -> None:
    """``PATCH @lock`` (and Plone's empty PATCH): the requester's API lock starts its
    timeout again. Nothing to refresh on an unlocked page or an admin lock."""
    release_if_expired(page)
    record = api_lock(page)
    if record is None:
        return
    if page.locked_by_id != request.user.pk:
        raise Conflict(_("Resource is locked by someone else."))
    with transaction.atomic():
        page.locked_at = timezone.now()
        page.save(update_fields=["locked_at"], clean=False)
        record.locked_at = page.locked_at
        record.save(update_fields=["locked_at"])


def unlock(request, page, *, force: bool = False) -> None:
    user = request.user
    release_if_expired(page)
    if not page.locked:
        return
    if page.locked_by_id != user.pk and not force:
        raise Conflict(_("Resource is locked by someone else; unlock it with force."))
    if not page.permissions_for_user(user).can_unlock():
        raise Forbidden(_("You may not unlock this page."))
    _release(page, user=user)
