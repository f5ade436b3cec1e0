"""The project's catalogs for Wagtail's admin strings that Wagtail's own catalogs
leave English in Estonian, Latvian (and a few in Finnish): each entry is one of
Wagtail's English strings, Wagtail does not translate it in that language (so ours
never replaces Wagtail's words), and the admin shows ours."""

import glob
import json
import os
from pathlib import Path

import polib
import pytest
import wagtail
from django.conf import settings
from django.urls import reverse

OURS = Path(settings.BASE_DIR) / "locales" / "wagtail_admin"
WAGTAIL = Path(os.path.dirname(wagtail.__file__))


def wagtail_catalog(code: str, domain: str) -> dict[str, str]:
    pattern = str(WAGTAIL / "**" / "locale" / code / "LC_MESSAGES" / f"{domain}.po")
    entries = {}
    for path in glob.glob(pattern, recursive=True):
        for entry in polib.pofile(path):
            if entry.translated() and not entry.obsolete:
                entries[entry.msgid] = entry.msgstr
    return entries


CATALOGS = sorted(OURS.glob("*/LC_MESSAGES/*.po"))


def test_estonian_and_latvian_have_catalogs():
    assert {p.parts[-3] for p in CATALOGS} >= {"et", "lv"}


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: f"{p.parts[-3]}-{p.stem}")
def test_each_entry_fills_a_gap_in_wagtails_catalog(path):
    code, domain = path.parts[-3], path.stem
    english = set(wagtail_catalog("en", domain)) | {
        e.msgid
        for f in glob.glob(
            str(WAGTAIL / "**/locale/en/LC_MESSAGES" / f"{domain}.po"), recursive=True
        )
        for e in polib.pofile(f)
    }
    theirs = wagtail_catalog(code, domain)
    po = polib.pofile(str(path))
    assert po.metadata["Language"] == code
    for entry in po:
        assert entry.msgid in english, entry.msgid
        assert entry.msgid not in theirs, f"Wagtail translates {entry.msgid!r}"
        assert entry.msgstr and entry.msgstr != entry.msgid, entry.msgid


@pytest.mark.parametrize(
    "code, expected", [("lv", "Pārskati"), ("et", "Abi"), ("lv", "Palīdzība")]
)
def test_the_admin_menu_shows_them(compiled, client, admin_in, code, expected):
    client.force_login(admin_in(code))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'"label": {json.dumps(expected)}' in html  # the sidebar's JSON
