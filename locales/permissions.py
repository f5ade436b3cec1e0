"""Which locales a user may translate into, read from ordinary page permissions.

A group with add/edit permission on the tree root works in every locale; a group with it
on one locale's home page (or any page below) works in that locale only. Snippets have
no tree, so the same answer limits translators' snippet and translation-editor writes
(see locales.guard).
"""

from django.conf import settings
from wagtail.models import GroupPagePermission, Locale

EDIT_CODENAMES = ("add_page", "change_page")


def editable_language_codes(user) -> set[str]:
    """Language codes of the locales ``user`` may edit content in."""
    if not user.is_active:
        return set()
    every = {code for code, _name in settings.LANGUAGES}
    if user.is_superuser:
        return every
    cached = getattr(user, "_locales_editable_codes", None)
    if cached is not None:
        return cached
    grants = GroupPagePermission.objects.filter(
        group__user=user, permission__codename__in=EDIT_CODENAMES
    ).values_list("page__depth", "page__locale__language_code")
    codes: set[str] = set()
    for depth, code in grants:
        if depth == 1:  # the tree root holds every locale
            codes = every
            break
        codes.add(code)
    user._locales_editable_codes = codes
    return codes


def can_edit_locale(user, locale: Locale | str) -> bool:
    code = locale if isinstance(locale, str) else locale.language_code
    return code in editable_language_codes(user)
