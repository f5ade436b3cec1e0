"""@sharing: a page's local roles as Plone's sharing view shows them, read from
Wagtail's group page permissions (add → Contributor, change → Editor, publish →
Reviewer) and group view restrictions (Reader): ``true`` where granted on this page,
``"acquired"`` where granted above it. Readable by whoever may edit the page
(Wagtail's page permissions decide, so a translator sees their language's pages).
POST grants or revokes Contributor/Editor/Reviewer for groups on this page, for group
managers; what Wagtail cannot express (user entries, Reader, ``inherit: false``)
answers 501."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission, PageViewRestriction

from cms.api import principals
from cms.api.access import is_editor, require_user
from cms.api.exceptions import BadRequest, Forbidden, NotImplementedHere, Unauthorized
from cms.api.service import Service, WriteService


def _entries(page) -> list[dict]:
    ancestors = page.get_ancestors(inclusive=True)
    grants: dict[Group, dict] = {}
    rows = GroupPagePermission.objects.filter(page__in=ancestors).select_related(
        "group", "permission"
    )
    by_code = {code: role for role, (code, _t) in principals.PAGE_ROLES.items()}
    for row in rows:
        role = by_code.get(row.permission.codename)
        if role:
            _grant(grants, row.group, role, row.page_id == page.pk)
    restrictions = PageViewRestriction.objects.filter(
        page__in=ancestors, restriction_type=PageViewRestriction.GROUPS
    ).prefetch_related("groups")
    for restriction in restrictions:
        for group in restriction.groups.all():
            _grant(grants, group, "Reader", restriction.page_id == page.pk)
    return [
        {
            "id": group.name,
            "login": None,
            "title": group.name,
            "type": "group",
            "disabled": False,
            "roles": {role: roles.get(role, False) for role in principals.PAGE_ROLES},
        }
        for group, roles in sorted(grants.items(), key=lambda kv: kv[0].name)
    ]


def _grant(grants: dict, group, role: str, here: bool) -> None:
    roles = grants.setdefault(group, {})
    if here or roles.get(role) is not True:
        roles[role] = True if here else "acquired"


class Get(Service):
    params = {"search"}

    def reply(self) -> dict:
        require_user(self.request)
        if not is_editor(self.request, self.context) or self.context.depth < 2:
            raise Unauthorized()
        return {
            "available_roles": [
                {"id": role, "title": str(title)}
                for role, (_code, title) in principals.PAGE_ROLES.items()
            ],
            "entries": _entries(self.context),
            "inherit": True,
        }


class Post(WriteService):
    def reply(self) -> None:
        if not principals.manages_groups(self.user):
            raise Forbidden(_("You may not change who may work on this page."))
        if self.context.depth < 2:
            raise BadRequest(_("Permissions are set on pages, not the site root."))
        body = self.body()
        if body.get("inherit", True) is not True:
            raise NotImplementedHere(_("Wagtail's page permissions always inherit."))
        entries = body.get("entries", [])
        if not isinstance(entries, list) or not all(
            isinstance(e, dict) for e in entries
        ):
            raise BadRequest(_('Give "entries" as a list of objects.'))
        with transaction.atomic():
            for entry in entries:
                _apply(self.context, entry)
        self.status = 204


def _apply(page, entry: dict) -> None:
    if entry.get("type", "group") != "group":
        raise NotImplementedHere(_("Wagtail grants page permissions to groups only."))
    group = Group.objects.filter(name=entry.get("id")).first()
    roles = entry.get("roles")
    if group is None or not isinstance(roles, dict):
        raise BadRequest(_("Unknown group: %(id)s") % {"id": entry.get("id")})
    for role, value in roles.items():
        if role not in principals.PAGE_ROLES:
            raise BadRequest(_("Unknown role: %(role)s") % {"role": role})
        code = principals.PAGE_ROLES[role][0]
        if code is None:
            raise NotImplementedHere(
                _("Who may view a page is set in Wagtail's privacy settings.")
            )
        if value is True:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", codename=code
            )
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission
            )
        elif value is False:
            GroupPagePermission.objects.filter(
                group=group, page=page, permission__codename=code
            ).delete()
