"""wagtail-localize's own strings in the project's languages: the project ships fi, nl,
et and lv translations of every string localize shows (server and JavaScript), found
before localize's own, half-empty catalogs; its report's menu label follows each
request's language; the admin can be switched to every site language."""

import json
import re
from pathlib import Path

import polib
import pytest
import wagtail_localize
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE

TARGETS = [code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]
DOMAINS = ["django", "djangojs"]
UPSTREAM = Path(wagtail_localize.__file__).parent / "locale"
OURS = Path(settings.BASE_DIR) / "locales" / "wagtail_localize"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%s|\{[a-z_]*\}")


def upstream_msgids(domain: str) -> set[str]:
    source = polib.pofile(str(UPSTREAM / "en" / "LC_MESSAGES" / f"{domain}.po"))
    return {e.msgid for e in source if not e.obsolete}


def ours(code: str, domain: str) -> polib.POFile:
    return polib.pofile(str(OURS / code / "LC_MESSAGES" / f"{domain}.po"))


def test_localize_strings_are_what_its_english_catalog_lists():
    assert len(upstream_msgids("django")) == 78
    assert len(upstream_msgids("djangojs")) == 48


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("code", TARGETS)
def test_every_localize_string_is_translated(code, domain):
    po = ours(code, domain)
    translated = {e.msgid for e in po.translated_entries() if "fuzzy" not in e.flags}
    assert upstream_msgids(domain) - translated == set()
    assert po.metadata["Language"] == code


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("code", TARGETS)
def test_localize_placeholders_and_trailing_spaces_survive(code, domain):
    for entry in ours(code, domain):
        texts = (
            list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        )
        for text in texts:
            expected = sorted(PLACEHOLDER.findall(entry.msgid))
            assert sorted(PLACEHOLDER.findall(text)) == expected, (entry.msgid, text)
            # localize appends a name to these ("Translate with " + translator)
            assert text.endswith(" ") == entry.msgid.endswith(" "), entry.msgid


@pytest.mark.parametrize(
    "code, msgid, expected",
    [
        # localize's fi says "Kone"; et and lv leave these English.
        ("fi", "Machine", "Koneellinen"),
        (
            "et",
            "Translation of %(instance)s into %(locale)s",
            "%(instance)s – tõlge: %(locale)s",
        ),
        ("lv", "Sync translated pages", "Sinhronizēt tulkotās lapas"),
        (
            "nl",
            "Translation of %(instance)s into %(locale)s",
            "Vertaling van %(instance)s naar het %(locale)s",
        ),
    ],
)
def test_project_translations_win_over_localizes_own(compiled, code, msgid, expected):
    with translation.override(code):
        assert translation.gettext(msgid) == expected


@pytest.mark.parametrize(
    "code, expected",
    [
        ("fi", "Käännä työkalulla: "),
        ("et", "Tõlgi tööriistaga: "),
        ("lv", "Tulkot ar rīku: "),
    ],
)
def test_localize_javascript_catalog_serves_our_translations(
    compiled, client, admin_in, code, expected
):
    client.force_login(admin_in(code))
    response = client.get(reverse("wagtail_localize:javascript_catalog"))
    assert response.status_code == 200
    assert json.dumps(expected) in response.content.decode()


LABELS = ("Käännökset", "Translations")  # the sidebar's JSON escapes non-ASCII


def test_localize_report_menu_label_follows_each_requests_language(
    compiled, client, admin_in
):
    from wagtail.admin.menu import reports_menu

    # As after a start: the menu is built by the first request, a Finnish one.
    reports_menu.__dict__.pop("registered_menu_items", None)
    finnish, english = (f'"label": {json.dumps(t)}' for t in LABELS)
    client.force_login(admin_in("fi"))
    assert finnish in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(admin_in("en"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert finnish not in html
    assert english in html


@pytest.mark.parametrize("code", ["lv", "et"])
def test_admin_can_be_switched_to_latvian_and_estonian(
    compiled, client, admin_in, code
):
    from wagtail.admin.localization import get_available_admin_languages

    assert code in dict(get_available_admin_languages())
    client.force_login(admin_in(code))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'lang="{code}"' in html
