"""Translations go through a moderation workflow before publishing.

wagtail-localize's editor publishes or saves drafts but knows nothing of Wagtail
workflows (its issue #676). Here a translation is saved as a draft revision from the
translator's strings and submitted to the workflow of its page (the "Translation review"
workflow on every translated locale's tree); an editor's approval publishes that
revision.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation

from locales.localize_patches import UPSTREAM_SAVE_TARGET as _localize_save_target


def translation_of(page: Page) -> Translation | None:
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def save_draft(translation: Translation, user=None):
    """Store the translation's current strings as a draft revision of its target.

    wagtail-localize's ``save_target(publish=False)`` also saves the target's database
    row, so a "draft" of an already live translation is shown to readers at once. A
    live target gets only a new revision here (Wagtail's ``save_revision`` touches no
    content column); a new or unpublished target is saved by localize as usual. Objects
    without drafts (plain snippets) are saved, as localize's editor does.
    """
    source_instance = translation.source.get_source_instance()
    if not isinstance(source_instance, DraftStateMixin):
        _localize_save_target(translation, user=user, publish=True)
        return None
    target = source_instance.get_translation_or_none(translation.target_locale)
    if target is None or not target.live:
        _localize_save_target(translation, user=user, publish=False)
        return None
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    return draft.save_revision(user=user)


def strings_newer_than(translation: Translation, when) -> bool:
    """Whether a string of the translation was edited (localize's editor) after
    ``when`` (the page's latest revision): then those strings are the newer text."""
    from wagtail_localize.models import StringTranslation

    edited = StringTranslation.objects.filter(
        locale=translation.target_locale,
        translation_of__segments__source=translation.source,
    )
    if when is not None:
        edited = edited.filter(updated_at__gt=when)
    return edited.exists()


def can_submit_for_review(page: Page, user) -> bool:
    if page.locale_id == Locale.get_default().pk:
        return False
    perms = page.permissions_for_user(user)
    return (
        perms.can_edit()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
        and translation_of(page) is not None
    )


def submit_for_review(page: Page, user):
    """Save the translation as a draft and start its page's workflow; returns the
    workflow state."""
    page = page.specific
    if not page.permissions_for_user(user).can_edit():
        raise PermissionDenied
    translation = translation_of(page)
    if translation is None:
        raise ValueError("This page is not a translation made with wagtail-localize.")
    workflow = page.get_workflow()
    if workflow is None:
        raise ValueError("No workflow applies to this page.")
    save_draft(translation, user=user)
    page.refresh_from_db()
    return workflow.start(page, user)


def may_publish_target(translation: Translation, user) -> bool:
    """Whether ``user`` may publish the translation's target: an editor (a reviewer)
    may; a translator, a script (no user) or anyone else may not."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    source = translation.source.get_source_instance()
    locale = translation.target_locale
    if not isinstance(source, Page):
        model = type(source)
        return user.has_perm(
            f"{model._meta.app_label}.publish_{model._meta.model_name}"
        )
    target = source.get_translation_or_none(locale)
    if target is None:
        parent = source.get_parent()
        target = parent.get_translation_or_none(locale) if parent else None
    if target is None:
        return False
    policy = PagePermissionPolicy()
    return policy.user_has_permission_for_instance(user, "publish", target)


def reviewed_save_target(self: Translation, user=None, publish=True):
    """``Translation.save_target`` with review enforced: every path through
    wagtail-localize (submitting, syncing, its editor, machine translation, PO import)
    saves a draft unless the user may publish the target. Installed by
    locales/localize_patches.py."""
    source = self.source.get_source_instance()
    if publish and isinstance(source, DraftStateMixin):
        if not may_publish_target(self, user):
            return save_draft(self, user=user)
    return _localize_save_target(self, user=user, publish=publish)


def after_alias_conversion(request, page):
    """Wagtail's ``after_convert_alias_page`` hook: an alias turned into an ordinary
    translated page keeps the source's text and would stay live unreviewed; unless
    the user may publish it, it is unpublished (readers get the source page as the
    fallback) until a translation of it is approved."""
    from wagtail.actions.unpublish_page import UnpublishPageAction

    if page.locale_id == Locale.get_default().pk or not page.live:
        return None
    if page.permissions_for_user(request.user).can_publish():
        return None
    UnpublishPageAction(page, user=request.user).execute(skip_permission_checks=True)
    return None
