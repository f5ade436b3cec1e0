"""The interface's gettext catalogs: fi, nl, et, lv are complete (no untranslated or
fuzzy entry), placeholders survive translation, every string the code marks is in
them, and they compile without GNU gettext."""

import os
import re
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from django.utils.translation import trans_real

from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE

CATALOG_DIR = Path(settings.LOCALE_PATHS[0])
TARGETS = [code for code in LANGUAGE_CODES if code != SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%%|\{[a-z_]*\}")


def catalog(code) -> polib.POFile:
    return polib.pofile(str(CATALOG_DIR / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", TARGETS)
def test_catalog_has_no_untranslated_or_fuzzy_entry(code):
    po = catalog(code)
    assert len(po) > 300
    assert not po.metadata_is_fuzzy
    assert po.metadata["Language"] == code
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert [e.msgid for e in po.obsolete_entries()] == []


@pytest.mark.parametrize("code", TARGETS)
def test_placeholders_and_plural_forms_survive_translation(code):
    po = catalog(code)
    nplurals = int(re.search(r"nplurals=(\d)", po.metadata["Plural-Forms"]).group(1))
    for entry in po:
        expected = sorted(PLACEHOLDER.findall(entry.msgid))
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == nplurals, entry.msgid
            texts = entry.msgstr_plural.values()
        else:
            texts = [entry.msgstr]
        for text in texts:
            assert sorted(PLACEHOLDER.findall(text)) == expected, (entry.msgid, text)


def test_every_marked_string_of_the_code_is_in_the_catalogs(tmp_path, monkeypatch):
    if not shutil.which("xgettext"):
        # scripts/test.sh installs Debian's gettext: in CI its absence is a failure.
        reason = "needs GNU gettext's xgettext (apt-get install gettext)"
        if os.environ.get("CI", "").lower() in ("1", "true"):
            pytest.fail(f"CI {reason}", pytrace=False)
        pytest.skip(reason)
    monkeypatch.chdir(settings.BASE_DIR)
    with override_settings(LOCALE_PATHS=[tmp_path]):
        call_command(
            "makemessages",
            locale=["fi"],
            # .svg: the ambassadors map is a template too (its title is translated).
            extensions=["html", "txt", "py", "svg"],
            verbosity=0,
            ignore_patterns=[
                ".venv",
                "node_modules",
                "tests",
                "bench",
                "media",
                "static",
            ],
        )
    extracted = {
        e.msgid for e in polib.pofile(str(tmp_path / "fi/LC_MESSAGES/django.po"))
    }
    for code in TARGETS:
        missing = extracted - {e.msgid for e in catalog(code)}
        assert not missing, f"{code}: run makemessages and translate {sorted(missing)}"


@pytest.fixture
def compiled():
    call_command("compile_catalogs", verbosity=0)
    trans_real._translations.clear()
    trans_real._default = None
    yield
    trans_real._translations.clear()


@pytest.mark.parametrize(
    "code, expected",
    [
        ("fi", "Siirry sisältöön"),
        ("nl", "Naar de inhoud"),
        ("et", "Liigu sisu juurde"),
        ("lv", "Pāriet uz saturu"),
    ],
)
def test_compiled_catalogs_translate_at_runtime(compiled, code, expected):
    with translation.override(code):
        assert translation.gettext("Skip to content") == expected


def test_fallback_notice_speaks_the_readers_language(
    compiled, client, practice_index, fi_home
):
    from locales.localize import translate
    from tests import factories

    translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )
    factories.PracticePageFactory(
        parent=practice_index, title="Coaching", slug="coaching"
    )
    html = client.get("/fi/kaytannot/coaching/").content.decode()
    assert "Tätä sivua ei ole vielä käännetty kielellesi" in html
    assert "(englanti)" in html
