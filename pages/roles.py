"""Who reviews ambassador applications: "Editors" (locales.roles) and a dedicated
"Network managers" group, who also keep the ambassadors' profiles. Plain model
permissions, so Wagtail's snippet views, the review actions and the dashboard panel
all follow them. Idempotent, run after every ``migrate`` like locales.roles (the
permissions of every app exist by then, which a data migration cannot count on)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from locales.roles import EDITORS

NETWORK_MANAGERS = "Network managers"
APPLICATION_PERMISSIONS = ("view", "change")
AMBASSADOR_PERMISSIONS = ("add", "change", "delete", "publish", "view")


def _perms(app_label: str, model: str, actions) -> list[Permission]:
    codenames = [f"{action}_{model}" for action in actions]
    return list(
        Permission.objects.filter(
            content_type__app_label=app_label, codename__in=codenames
        )
    )


def review_permissions() -> list[Permission]:
    return _perms("pages", "ambassadorapplication", APPLICATION_PERMISSIONS)


@transaction.atomic
def setup_reviewers() -> None:
    editors, _c = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*review_permissions())
    managers, _c = Group.objects.get_or_create(name=NETWORK_MANAGERS)
    managers.permissions.add(
        *_perms("wagtailadmin", "admin", ("access",)),
        *review_permissions(),
        *_perms("pages", "ambassador", AMBASSADOR_PERMISSIONS),
    )


def setup_reviewers_after_migrate(**kwargs) -> None:
    if Permission.objects.filter(codename="change_ambassadorapplication").exists():
        setup_reviewers()
