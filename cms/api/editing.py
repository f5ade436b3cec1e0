"""Content writes through Wagtail's own action classes (CreatePageAction,
EditPageAction, DeletePageAction): its permission checks, revisions, lock rule and
audit-log entries, as in the admin. Edits of a live page become a new draft revision;
publishing goes through @workflow."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.actions.create_page import CreatePageAction
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.edit_page import EditPageAction
from wagtail.models import Locale, PageLogEntry

from cms.api import type_names
from cms.api.deserializers.registry import deserialize
from cms.api.exceptions import BadRequest, Forbidden
from cms.api.serializers import registry


class ApiCreatePageAction(CreatePageAction):
    """Wagtail's create action for a page built by a deserializer instead of an
    admin form (Wagtail 8's action saves through ``form.save()`` only)."""

    def _save_instance(self):
        if self.form is not None:
            return super()._save_instance()
        self.instance.live = False
        self.parent.add_child(instance=self.instance)
        return None


def page_type(name, parent=None) -> type:
    """The page model ``name`` means: a vetcms type or its Plone alias (``Document``);
    of an alias's several types (``Folder``), the first one addable under ``parent``."""
    models = {m.__name__: m for m in registry.page_models()}
    names = type_names.candidates(name) if isinstance(name, str) else ()
    found = [models[n] for n in names if n in models]
    if not found:
        raise BadRequest(_("Unknown @type: %(type)s.") % {"type": name})
    if parent is not None:
        for model in found:
            if model in parent.specific_class.creatable_subpage_models():
                return model
    return found[0]


def check_addable(parent, model, user) -> None:
    if parent.depth < 2:
        raise Forbidden(_("Pages are added below a language root."))
    if not parent.permissions_for_user(user).can_add_subpage():
        raise Forbidden(_("You may not add pages here."))
    if model not in parent.specific_class.creatable_subpage_models() or (
        not model.can_create_at(parent)
    ):
        raise BadRequest(
            _("Disallowed subobject type: %(type)s") % {"type": model.__name__}
        )


@transaction.atomic
def create(request, parent, data: dict):
    """A new draft page of ``data["@type"]`` under ``parent``; with
    ``translation_of`` (Volto's "Add translation"), a translation of that page made
    by wagtail-localize, with the other keys applied to its draft."""
    user = request.user
    model = page_type(data.get("@type"), parent)
    check_addable(parent, model, user)
    if data.get("translation_of") is not None:
        from cms.api.translating import add_translation

        target = add_translation(request, parent, model, data)
        fields = {k: v for k, v in data.items() if k not in TRANSLATION_KEYS}
        return update(request, target, fields)
    page = model(owner=user, locale=Locale.objects.get(pk=parent.locale_id))
    deserialize(request, page, data, parent=parent)
    try:
        action = ApiCreatePageAction(page, parent, user=user)
        created = action.execute()
    except PermissionDenied as error:
        raise Forbidden(str(error)) from None
    record_change_note(action.revision, page)
    return created


# Keys of an add that made a translation (not fields of the new draft).
TRANSLATION_KEYS = {"translation_of", "language", "@type"}


def record_change_note(revision, page) -> None:
    """Plone's ``changeNote``: kept as the comment of the revision's audit-log
    entry (what @history answers as its ``comments``)."""
    note = getattr(page, "_api_change_note", "")
    if not note or revision is None:
        return
    for entry in PageLogEntry.objects.filter(revision=revision, action="wagtail.edit"):
        entry.data = {**(entry.data or {}), "comment": note}
        entry.save(update_fields=["data"])


def is_locked_for(page, user) -> bool:
    from cms.api.locking import release_if_expired

    release_if_expired(page)  # an expired API lock blocks nobody
    lock = page.get_lock()
    return bool(lock and lock.for_user(user))


@transaction.atomic
def update(request, page, data: dict):
    """A new revision of ``page`` with ``data`` applied to its latest revision (so
    successive edits of a live page add up); returns that draft object."""
    user = request.user
    if not page.permissions_for_user(user).can_edit():
        raise Forbidden(_("You may not edit this page."))
    if is_locked_for(page, user):
        raise Forbidden(_("Resource is locked."))
    if "translation_of" in data:
        raise BadRequest(_("translation_of: use @translations to link translations."))
    draft = page.get_latest_revision_as_object()
    deserialize(request, draft, data)
    try:
        action = EditPageAction(draft, user=user)
        edited = action.execute()
    except PermissionDenied as error:
        raise Forbidden(str(error)) from None
    record_change_note(action.revision, draft)
    return edited


def dependent_translations(page):
    """Translations made from ``page`` (it is in the source locale)."""
    if page.locale_id != Locale.get_default().pk:
        return page.get_translations().none()
    return page.get_translations(inclusive=False)


@transaction.atomic
def delete(request, page, *, with_translations: bool) -> None:
    user = request.user
    if page.depth <= 2:
        raise Forbidden(_("The site and language roots cannot be deleted here."))
    if not page.permissions_for_user(user).can_delete():
        raise Forbidden(_("You may not delete %(path)s.") % {"path": page.url_path})
    translations = list(dependent_translations(page))
    if translations and not with_translations:
        raise BadRequest(
            _(
                "This page has translations; delete them too with "
                "delete_translations=true, or delete the translations first."
            )
        )
    targets = [t.specific for t in translations] + [page]
    for target in targets[:-1]:  # all or nothing: check every page first
        if not target.permissions_for_user(user).can_delete():
            raise Forbidden(
                _("You may not delete %(path)s.") % {"path": target.url_path}
            )
    for target in targets:
        DeletePageAction(target, user=user).execute()
