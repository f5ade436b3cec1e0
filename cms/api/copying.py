"""@copy and @move (POST on the target folder, ``{"source": <URL, path or UID> or a
list}``) through Wagtail's CopyPageAction and MovePageAction: its permission and
parent/subpage checks, its audit log. A copy is a draft with a free slug; pages stay in
their language (translations go through @translations)."""

import re

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.actions.copy_page import CopyPageAction, CopyPageIntegrityError
from wagtail.actions.move_page import MovePageAction

from cms.api import urls_public
from cms.api.exceptions import BadRequest, Forbidden
from cms.api.translating import find_page


def sources(request, body: dict) -> list:
    value = body.get("source")
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str) and v for v in values):
        raise BadRequest(_('Give the source as {"source": <URL, path or UID>}.'))
    return [find_page(request, v) for v in values]


def _check(page, target) -> None:
    if page.depth <= 2:
        raise BadRequest(_("The site and language roots cannot be copied or moved."))
    if page.locale_id != target.locale_id:
        raise BadRequest(_("Pages stay in their language; use @translations instead."))


COPY_ID = re.compile(r"^copy([0-9]*)_of_(.*)$")


def free_slug(slug: str, parent) -> str:
    """The copy's id as Zope's OFS.CopySupport._get_id makes it: the same id where
    it is free, else ``copy_of_<id>``, ``copy2_of_<id>``, … (a copy of a copy counts
    on from its number instead of nesting)."""
    from wagtail.models import Page

    match = COPY_ID.match(slug)
    n, original = (int(match[1] or 1), match[2]) if match else (0, slug)
    candidate = slug
    while not Page._slug_is_available(candidate, parent):
        candidate = f"copy{n + 1 if n else ''}_of_{original}"
        n += 1
    return candidate


@transaction.atomic
def copy(request, target, body: dict) -> list[dict]:
    results = []
    for page in sources(request, body):
        _check(page, target)
        _check_type_allowed(page, target)
        action = CopyPageAction(
            page,
            to=target,
            update_attrs={"slug": free_slug(page.slug, target)},
            keep_live=False,
            user=request.user,
        )
        try:
            new = action.execute()
        except PermissionDenied as error:
            raise Forbidden(str(error)) from None
        except CopyPageIntegrityError as error:
            raise BadRequest(str(error)) from None
        results.append(_result(request, page, new))
    return results


@transaction.atomic
def move(request, target, body: dict) -> list[dict]:
    results = []
    for page in sources(request, body):
        _check(page, target)
        if target.pk == page.pk or target.is_descendant_of(page):
            raise BadRequest(_("A page cannot be moved into itself."))
        if not page.specific.can_move_to(target):
            raise _disallowed(page)
        before = urls_public.page_url(request, page)
        try:
            MovePageAction(page, target, pos="last-child", user=request.user).execute()
        except PermissionDenied as error:
            raise Forbidden(str(error)) from None
        page.refresh_from_db()
        results.append(
            {"source": before, "target": urls_public.page_url(request, page)}
        )
    return results


def _check_type_allowed(page, target) -> None:
    """A type the target may not hold is the same 400 as for @move (Wagtail's copy
    action would call it a missing permission)."""
    if not page.specific_class.can_exist_under(target):
        raise _disallowed(page)


def _disallowed(page) -> BadRequest:
    return BadRequest(
        _("Disallowed subobject type: %(type)s")
        % {"type": page.specific_class.__name__}
    )


def _result(request, page, new) -> dict:
    return {
        "source": urls_public.page_url(request, page),
        "target": urls_public.page_url(request, new),
    }
