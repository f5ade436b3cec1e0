"""Upgrade guard for what we build on wagtail-localize's internals
(locales/localize_patches.py, the editor template override, the review hook): each
test pins the upstream code as it was read, and its failure names what to re-check
before updating the pin."""

import hashlib
import inspect
from importlib.metadata import version
from pathlib import Path

import wagtail_localize
from wagtail import hooks
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.views import edit_translation as localize_views

from locales import editor_language, localize_patches, review
from locales import wagtail_hooks as our_hooks

UPGRADE = (
    "wagtail-localize changed under locales/localize_patches.py: {what}. Re-read the "
    "new upstream code, check that {check}, then update the pin in this test."
)


def source_hash(function) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()


def test_localize_release_is_one_the_patches_were_written_for():
    installed = version("wagtail-localize")
    assert installed.startswith(localize_patches.SUPPORTED_VERSIONS), UPGRADE.format(
        what=f"version {installed} is not in {localize_patches.SUPPORTED_VERSIONS}",
        check="every pin below still holds",
    )


def test_save_target_is_the_one_reviewed_save_target_wraps():
    assert source_hash(localize_patches.UPSTREAM_SAVE_TARGET) == (
        "d63133399d2c3e40a4e078bc72c8ad9ca8bd8d558ed3765f3931bc117e6f7b88"
    ), UPGRADE.format(
        what="Translation.save_target's source",
        check="its signature is still (user=None, publish=True), publish=False still "
        "saves the target's row (locales.review.save_draft), and every localize path "
        "still publishes through it",
    )


def test_get_comment_is_the_one_translated_note_replaces():
    assert source_hash(localize_patches.UPSTREAM_GET_COMMENT) == (
        "fcf6e7bcf9a30b6b124adb96e98f3c7d52814dd3ff63b3c4859400ea9620abf2"
    ), UPGRADE.format(
        what="StringTranslation.get_comment's source",
        check="locales.editor_language.translated_note covers the same cases "
        "(tool name, manual, machine)",
    )


def test_the_patches_are_installed():
    assert Translation.save_target is review.reviewed_save_target
    assert StringTranslation.get_comment is editor_language.translated_note


def test_editor_template_our_override_extends_is_unchanged():
    template = (
        Path(wagtail_localize.__file__).parent
        / "templates/wagtail_localize/admin/edit_translation.html"
    )
    assert hashlib.sha256(template.read_bytes()).hexdigest() == (
        "52b849c00b09876c0fb0e7314a762f1eebb1c4212120828c61c1350a301a5ba7"
    ), UPGRADE.format(
        what="its edit_translation.html template",
        check="its content block still renders the editor from the `props` context "
        "variable (cms/templates/wagtail_localize/admin/edit_translation.html "
        "rewrites it before block.super)",
    )


def test_editor_props_our_template_rewrites_still_exist():
    view = inspect.getsource(localize_views.edit_translation)
    for key in ('"canPublish"', '"convertToAliasUrl"'):
        assert key in view, UPGRADE.format(
            what=f"the editor's props no longer have {key}",
            check="locales.editor.review_props and "
            "locales/static/locales/js/review_action.js still drive the footer",
        )


def test_localize_before_edit_page_hook_is_the_one_ours_precedes():
    assert source_hash(localize_hooks.before_edit_page) == (
        "feb0d13b45e7d740044286e256030527a6a1e84b646411ef364de667b3521f36"
    ), UPGRADE.format(
        what="its before_edit_page hook",
        check="it still shows its editor for a page with an enabled Translation, so "
        "locales.editor.answer_review_action sees the same pages",
    )
    order = hooks.get_hooks("before_edit_page")
    assert order.index(our_hooks.review_action_in_translation_editor) < order.index(
        localize_hooks.before_edit_page
    )
