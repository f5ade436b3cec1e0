"""The only place that replaces parts of wagtail-localize (1.14) where it offers no
hook, signal or URL to extend: the most upgrade-fragile code in the tree, so it is all
here and tests/locales/test_localize_patches.py pins what it relies on.

- ``Translation.save_target`` → ``locales.review.reviewed_save_target``: every path
  through localize (its editor, sync, machine translation, PO import) saves a draft
  unless the user may publish; localize knows nothing of workflows (its issue #676).
- ``StringTranslation.get_comment`` → ``locales.editor_language.translated_note``: the
  note's date in the user's language, not strftime's English month.

Not patches (localize's public surface): the review action is a ``before_edit_page``
hook ordered before localize's (locales/wagtail_hooks.py); the memory button and the
PO upload are views mounted at localize's addresses before its URLs (cms/urls.py); the
editor's props pass through our override of its template
(cms/templates/wagtail_localize/admin/edit_translation.html).
"""

from wagtail_localize.models import StringTranslation, Translation

# Captured before install(): what the replacements call, and what the test pins.
UPSTREAM_SAVE_TARGET = Translation.save_target
UPSTREAM_GET_COMMENT = StringTranslation.get_comment

# localize releases whose patched functions and editor template were read for these.
SUPPORTED_VERSIONS = ("1.14",)


def install(*, save_target, get_comment) -> None:
    """Called once from LocalesConfig.ready()."""
    Translation.save_target = save_target
    StringTranslation.get_comment = get_comment
