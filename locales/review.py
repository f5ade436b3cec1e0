"""Translations go through a moderation workflow before publishing.

wagtail-localize's editor publishes or saves drafts but knows nothing of Wagtail
workflows (its issue #676). Here a translation is saved as a draft revision from the
translator's strings and submitted to the workflow of its page (the "Translation review"
workflow on every translated locale's tree); an editor's approval publishes that revision.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation


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
    translation.save_target(user=user, publish=False)
    page.refresh_from_db()
    return workflow.start(page, user)
