"""plone.locking over Wagtail's page lock: ``@lock`` locks a page for its user (others
cannot edit it), ``DELETE @lock`` (or ``@unlock``) releases it. Wagtail's
``can_lock``/``can_unlock`` decide who may, and each change is in the audit log, as
the admin's lock views do. Wagtail locks do not expire: ``timeout`` is null."""

from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.api import urls_public
from cms.api.exceptions import Conflict, Forbidden
from cms.api.serializers.values import json_date

LOCK_SALT = "cms.api.lock"


def info(request, page) -> dict:
    """Plone's lock info: ``{"locked", "stealable"}``, and who locked it when."""
    user = getattr(request, "user", None)
    stealable = bool(
        user and user.is_authenticated and page.permissions_for_user(user).can_unlock()
    )
    if not page.locked:
        return {"locked": False, "stealable": True}
    owner = page.locked_by
    name = owner.get_username() if owner else ""
    locked_at = page.locked_at or timezone.now()
    return {
        "created": json_date(locked_at),
        "creator": name,
        "creator_name": (owner.get_full_name() or name) if owner else "",
        "creator_url": f"{urls_public.public_base(request)}/@users/{name}",
        "locked": True,
        "name": "plone.locking.stealable",
        "stealable": stealable,
        "time": locked_at.timestamp(),
        "timeout": None,
        "token": signing.dumps([page.pk, locked_at.isoformat()], salt=LOCK_SALT),
    }


def lock(request, page) -> None:
    user = request.user
    if page.depth <= 1:
        raise Forbidden(_("You may not lock this page."))
    if page.locked and page.locked_by_id != user.pk:
        raise Conflict(_("Resource is locked by someone else."))
    if not page.permissions_for_user(user).can_lock():
        raise Forbidden(_("You may not lock this page."))
    if page.locked:
        return
    page.locked, page.locked_by, page.locked_at = True, user, timezone.now()
    page.save(update_fields=["locked", "locked_by", "locked_at"], clean=False)
    log(instance=page, action="wagtail.lock", user=user)


def unlock(request, page, *, force: bool = False) -> None:
    user = request.user
    if not page.locked:
        return
    if page.locked_by_id != user.pk and not force:
        raise Conflict(_("Resource is locked by someone else; unlock it with force."))
    if not page.permissions_for_user(user).can_unlock():
        raise Forbidden(_("You may not unlock this page."))
    page.locked, page.locked_by, page.locked_at = False, None, None
    page.save(update_fields=["locked", "locked_by", "locked_at"], clean=False)
    log(instance=page, action="wagtail.unlock", user=user)
