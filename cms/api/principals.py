"""Wagtail's users and groups in plone.restapi's shapes (``@users``, ``@groups``,
``@principals``, ``@sharing``), and the Plone roles their permissions amount to.

Who sees what follows Wagtail's admin: its user and group managers (superusers, or
``auth.change_user`` / ``auth.change_group``) see everyone; a signed-in user sees
themself; nobody else sees another user's e-mail address."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.translation import gettext_lazy as _

from cms.api import urls_public

# Plone's local roles that Wagtail's page permissions amount to, with the titles of
# Plone's sharing view; Reader stands for a page's group view restriction.
PAGE_ROLES = {
    "Contributor": ("add_page", _("Can add")),
    "Editor": ("change_page", _("Can edit")),
    "Reviewer": ("publish_page", _("Can review")),
    "Reader": (None, _("Can view")),
}
GLOBAL_ROLES = ("Member", "Manager")
ROLES = (*PAGE_ROLES, *GLOBAL_ROLES)


def manages_users(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("auth.change_user"))


def manages_groups(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("auth.change_group"))


def user_roles(user) -> list[str]:
    """Plone's global roles: every account is a Member, superusers Managers (page
    permissions are local roles, shown by @sharing)."""
    return ["Manager", "Member"] if user.is_superuser else ["Member"]


def service_base(request) -> str:
    """The addressed page's URL: as in Plone, a service's ``@id`` is on its context
    (``<site>/en/@users/x`` for a client whose site root is /en)."""
    page = getattr(request, "api_context", None)
    if page is None:
        return urls_public.public_base(request)
    return urls_public.page_url(request, page)


def user_url(request, username: str) -> str:
    return f"{service_base(request)}/@users/{username}"


def group_url(request, name: str) -> str:
    return f"{service_base(request)}/@groups/{name}"


def user_data(request, user, *, with_email: bool) -> dict:
    groups = list(user.groups.order_by("name").values_list("name", flat=True))
    return {
        "@id": user_url(request, user.get_username()),
        "id": user.get_username(),
        "username": user.get_username(),
        "fullname": user.get_full_name() or None,
        "email": user.email if with_email else None,
        "description": None,
        "home_page": None,
        "location": None,
        "portrait": None,
        "roles": user_roles(user),
        "groups": {
            "@id": f"{user_url(request, user.get_username())}",
            "items": [{"id": name, "title": name} for name in groups],
            "items_total": len(groups),
        },
    }


def group_page_roles(group: Group) -> list[str]:
    codenames = set(
        group.page_permissions.values_list("permission__codename", flat=True)
    )
    return [role for role, (code, _t) in PAGE_ROLES.items() if code in codenames]


def group_data(request, group: Group, *, with_users: bool = False) -> dict:
    data = {
        "@id": group_url(request, group.name),
        "id": group.name,
        "groupname": group.name,
        "title": group.name,
        "description": "",
        "email": "",
        "roles": group_page_roles(group),
    }
    if with_users:
        names = list(
            group.user_set.order_by("username").values_list("username", flat=True)
        )
        data["users"] = {
            "@id": data["@id"],
            "items": names,
            "items_total": len(names),
        }
    return data


# Plone's virtual group of every signed-in user.
EVERYONE = "AuthenticatedUsers"


def find_users(text: str, limit: int | None = None, groups: list[str] | None = None):
    from django.db.models import Q

    users = get_user_model().objects.filter(is_active=True).order_by("username")
    if groups and EVERYONE not in groups:
        users = users.filter(groups__name__in=groups).distinct()
    if text:
        users = users.filter(
            Q(username__icontains=text)
            | Q(first_name__icontains=text)
            | Q(last_name__icontains=text)
            | Q(email__icontains=text)
        )
    return users[:limit] if limit else users


def find_groups(text: str):
    groups = Group.objects.order_by("name")
    return groups.filter(name__icontains=text) if text else groups
