"""Adding and removing aliases (Wagtail redirects from old paths to a page), as
plone.restapi's ``POST``/``DELETE @aliases`` do with plone.app.redirector.

Paths are read below the context's language root, as Plone reads them below the
navigation root (``/old-name`` on an English page is ``/en/old-name``). An entry may
name its target with ``redirect-to`` (Plone's form at the site root) and its date with
``datetime``. All or nothing: one bad entry refuses the whole request, naming each."""

from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail.permissions import policy_registry

from cms.api import urls_public
from cms.api.exceptions import BadRequest, Forbidden
from locales.config import LANGUAGE_CODES

# Redirect.old_path's column width.
MAX_PATH = 255


@dataclass
class Entry:
    path: str
    redirect_to: str | None = None
    when: datetime | None = None


def requested(body: dict) -> list[Entry]:
    """The entries a body names: ``items`` (objects with ``path``, or strings) or the
    older ``aliases`` list of strings."""
    raw = body.get("items", body.get("aliases", []))
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not raw:
        raise BadRequest(_('Name the aliases in \'items\': [{"path": "/old-name"}].'))
    return [entry(item) for item in raw]


def entry(item) -> Entry:
    if isinstance(item, str):
        return Entry(item)
    if not isinstance(item, dict) or not isinstance(item.get("path"), str):
        raise BadRequest(_("Each alias needs a 'path' string."))
    unknown = set(item) - {"path", "redirect-to", "datetime"}
    if unknown:
        raise BadRequest(
            _("Unknown keys in an alias: %(keys)s.")
            % {"keys": ", ".join(sorted(unknown))}
        )
    target = item.get("redirect-to")
    if target is not None and not isinstance(target, str):
        raise BadRequest(_("'redirect-to' must be a path."))
    return Entry(item["path"], target, when(item.get("datetime")))


def when(value) -> datetime | None:
    if value in (None, ""):
        return None
    parsed = None
    if isinstance(value, str):
        parsed = parse_datetime(value)
        day = None if parsed else parse_date(value)
        if day:
            parsed = datetime(day.year, day.month, day.day)
    if parsed is None:
        raise BadRequest(_("'datetime' must be an ISO date, not %(v)r.") % {"v": value})
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)


def check_permission(user, page, action: str) -> None:
    """Who may edit the page and holds Wagtail's redirect permission for ``action``."""
    if not page.permissions_for_user(user).can_edit():
        raise Forbidden()
    if not policy_registry.get_by_type(Redirect).user_has_permission(user, action):
        raise Forbidden(_("You may not manage redirects."))


def absolute(context, path: str) -> str:
    """``/old-name`` → ``/en/old-name`` below the context's language root."""
    prefix = "/".join(urls_public.page_path(context).split("/")[:2])  # "/en"
    if prefix and not (path == prefix or path.startswith(prefix + "/")):
        path = prefix + path
    return Redirect.normalise_path(path)


def page_at(path: str) -> Page | None:
    segments = [s for s in path.strip("/").split("/") if s]
    if not segments or segments[0] not in LANGUAGE_CODES:
        return None
    lang, rest = segments[0], segments[1:]
    pages = Page.objects.filter(locale__language_code=lang, depth=2 + len(rest))
    if rest:
        pages = pages.filter(url_path__endswith="/" + "/".join(rest) + "/")
    return pages.order_by("path").first()


def problem(context, path: str) -> str | None:
    """Why ``path`` cannot be an alias (None if it can)."""
    if not path.startswith("/"):
        return _("an alias is a path starting with '/'")
    if len(path) > MAX_PATH or any(ord(c) < 32 or c.isspace() for c in path):
        return _("not a usable path")
    if "@" in path or "++" in path:
        return _("a path with '@' or '++' names a service, not a page")
    if path.strip("/") == "" or page_at(absolute(context, path)):
        return _("a page lives at this path")
    return None


def add(request, context, entries: list[Entry]) -> None:
    failed: dict[str, str] = {}
    wanted: list[tuple[str, Page, Entry]] = []
    site = context.get_site()
    for item in entries:
        target = context
        if item.redirect_to is not None:
            target = page_at(absolute(context, item.redirect_to))
            if target is None:
                failed[item.path] = _("no page at %(p)s") % {"p": item.redirect_to}
                continue
        reason = problem(context, item.path)
        if reason:
            failed[item.path] = reason
            continue
        old_path = absolute(context, item.path)
        # A redirect without a site applies to every site.
        taken = Redirect.objects.filter(
            Q(site=site) | Q(site__isnull=True), old_path=old_path
        ).first()
        if taken and taken.redirect_page_id != target.pk:
            failed[item.path] = _("already an alias of another page")
            continue
        if taken is None:
            wanted.append((old_path, target, item))
    refuse(failed)
    for target in {target.pk: target for _p, target, _i in wanted}.values():
        check_permission(request.user, target, "add")
    with transaction.atomic():
        for old_path, target, item in wanted:
            redirect = Redirect.objects.create(
                old_path=old_path,
                site=site,
                redirect_page=target,
                is_permanent=True,
                automatically_created=False,
            )
            if item.when:
                Redirect.objects.filter(pk=redirect.pk).update(created_at=item.when)


def remove(request, context, entries: list[Entry]) -> None:
    """A page's own aliases; at a language root (Plone's URL management panel) any
    alias below it, each checked against the page it leads to."""
    redirects = Redirect.objects.all()
    if context.depth > 2:
        redirects = redirects.filter(redirect_page=context)
    found, failed = [], {}
    for item in entries:
        old_path = absolute(context, item.path) if item.path.startswith("/") else None
        match = old_path and redirects.filter(old_path=old_path).first()
        if match:
            found.append(match)
        else:
            failed[item.path] = _("not an alias here")
    refuse(failed)
    for redirect in found:
        check_permission(request.user, redirect.redirect_page or context, "delete")
    with transaction.atomic():
        for redirect in found:
            redirect.delete()


def refuse(failed: dict) -> None:
    if failed:
        raise BadRequest(
            _("These aliases were refused: %(list)s.")
            % {"list": "; ".join(f"{p} ({r})" for p, r in failed.items())}
        )
