"""Translator roles and the review workflow, created on every install.

wagtail-localize has no locale permission model (its issue #108), so roles are plain
Wagtail permissions: Editors hold page permissions on the tree root (every locale) and
publish; "Translators (<ll>)" hold add/edit (never publish) on their locale's home page
only, so their work goes through the "Translation review" workflow that each translated
locale's tree is assigned to. Everything here is idempotent: it runs after every
``migrate`` and again when a locale's home page is created.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editors"
REVIEW_WORKFLOW = "Translation review"
REVIEW_TASK = "Editors' review of translations"
EDITOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock")
# No "publish": a translator submits to the review workflow instead.
TRANSLATOR_PAGE_PERMISSIONS = ("add", "change")
MEDIA_PERMISSIONS = {"wagtailimages": "image", "wagtaildocs": "document"}


def translators_group_name(language_code: str) -> str:
    return f"Translators ({language_code})"


def translated_language_codes() -> list[str]:
    return [code for code, _n in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def _perm(app_label: str, codename: str) -> Permission | None:
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()


def _add_perms(group: Group, *perms: Permission | None) -> None:
    group.permissions.add(*[p for p in perms if p is not None])


def _translatable_snippets() -> list[type]:
    from wagtail.snippets.models import get_snippet_models

    return [m for m in get_snippet_models() if issubclass(m, TranslatableMixin)]


def _snippet_perms(actions: tuple[str, ...]) -> list[Permission | None]:
    return [
        _perm(model._meta.app_label, f"{action}_{model._meta.model_name}")
        for model in _translatable_snippets()
        for action in actions
    ]


def _grant_pages(group: Group, page: Page, actions: tuple[str, ...]) -> None:
    for action in actions:
        permission = _perm("wagtailcore", f"{action}_page")
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )


def _grant_collection(group: Group, collection: Collection, actions) -> None:
    for app_label, model in MEDIA_PERMISSIONS.items():
        for action in actions:
            permission = _perm(app_label, f"{action}_{model}")
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )


def locale_collection(language_code: str) -> Collection:
    """Images and documents a locale's translators upload (localised screenshots,
    translated PDFs) live in their own collection under the root."""
    root = Collection.get_first_root_node()
    name = f"Translations ({language_code})"
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def setup_editors() -> Group:
    editors, _c = Group.objects.get_or_create(name=EDITORS)
    _add_perms(
        editors,
        _perm("wagtailadmin", "access_admin"),
        _perm("wagtail_localize", "submit_translation"),
        # The admin's report of background tasks (cms/tasks/report.py).
        _perm("django_tasks_database", "view_dbtaskresult"),
        *_snippet_perms(("add", "change", "delete", "publish")),
        # A page's aliases (old paths after a rename), as Plone lets its editors keep.
        *(
            _perm("wagtailredirects", f"{a}_redirect")
            for a in ("add", "change", "delete")
        ),
    )
    _grant_pages(editors, Page.get_first_root_node(), EDITOR_PAGE_PERMISSIONS)
    _grant_collection(
        editors, Collection.get_first_root_node(), ("add", "change", "choose")
    )
    return editors


def setup_translators(language_code: str) -> Group:
    group, _c = Group.objects.get_or_create(name=translators_group_name(language_code))
    _add_perms(
        group,
        _perm("wagtailadmin", "access_admin"),
        # Global in wagtail-localize; locales.guard limits it to the group's locale.
        _perm("wagtail_localize", "submit_translation"),
        *_snippet_perms(("change",)),
    )
    _grant_collection(group, Collection.get_first_root_node(), ("choose",))
    _grant_collection(
        group, locale_collection(language_code), ("add", "change", "choose")
    )
    return group


def setup_review_workflow(editors: Group) -> Workflow:
    workflow, _c = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK)
    task.groups.add(editors)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    return workflow


def assign_locale_tree(root: Page) -> None:
    """Give a translated locale's home page to its translators and to the review
    workflow (an editor's own workflow choice for that page is kept)."""
    code = root.locale.language_code
    if code not in translated_language_codes():
        return
    group = Group.objects.filter(name=translators_group_name(code)).first()
    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    if group is not None:
        _grant_pages(group, root, TRANSLATOR_PAGE_PERMISSIONS)
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})


@transaction.atomic
def setup_roles() -> None:
    editors = setup_editors()
    for code in translated_language_codes():
        setup_translators(code)
    setup_review_workflow(editors)
    for root in Page.objects.filter(depth=2).select_related("locale"):
        assign_locale_tree(root)


def setup_roles_after_migrate(**kwargs) -> None:
    # Permissions of the content apps exist once every app has migrated.
    if not Permission.objects.filter(codename="submit_translation").exists():
        return
    setup_roles()


def on_page_saved(sender, instance, created=False, raw=False, **kwargs) -> None:
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        assign_locale_tree(instance)
