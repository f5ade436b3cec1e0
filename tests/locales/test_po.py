"""PO files in bulk: every pending string of a locale goes out and comes back without
loss, placeholders, rich-text tags and non-ASCII letters included."""

import polib
import pytest
from django.core.management import call_command
from wagtail_localize.models import String

from locales.localize import translate
from locales.po import export_locale
from tests import factories

TITLE = "Šžē café: ķļņ"
SUMMARY = "%(count)s learners in {region} – ä ö õ ü"
BODY = (
    '<p>Read the <b>guide</b> and <a href="https://example.org/report">the report</a>'
    " for 100 % of ā ē ķ ļ ņ š ž.</p>"
)
FINNISH = {
    TITLE: "Šžē kahvila: ķļņ – äö",
    SUMMARY: "%(count)s oppijaa alueella {region} – ä ö õ ü",
}


def finnish(msgid: str) -> str:
    if msgid in FINNISH:
        return FINNISH[msgid]
    if "<b>guide</b>" in msgid:
        # Rich text comes as a string with inline tags; links become <a id="a1">.
        assert '<a id="a1">the report</a>' in msgid
        return 'Lue <b>opas</b> ja <a id="a1">raportti</a>, 100 % ā ē ķ ļ ņ š ž: äöõü.'
    return ""


@pytest.fixture
def pending(practice_index, fi_home):
    translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )
    practice = factories.PracticePageFactory(
        parent=practice_index,
        title=TITLE,
        slug="cafe",
        summary=SUMMARY,
        body=[{"type": "paragraph", "value": BODY}],
    )
    translate(practice, "fi", {"cafe": "kahvila"})
    return practice


def of_practice(paths):
    [path] = [p for p in paths if polib.pofile(str(p)).metadata["X-Source"] == TITLE]
    return path


def fill(paths):
    for path in paths:
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = finnish(entry.msgid)
        po.save(str(path))


def test_export_writes_only_pending_strings(pending, locales, tmp_path):
    path = of_practice(export_locale(locales["fi"], tmp_path))
    assert not any("Practices" in p.name for p in tmp_path.iterdir())  # translated
    po = polib.pofile(str(path))
    msgids = {entry.msgid for entry in po}
    assert {TITLE, SUMMARY} <= msgids
    assert "cafe" not in msgids  # already translated
    assert all(not entry.msgstr for entry in po)
    assert po.metadata["Language"] == "fi"


def test_exported_strings_are_byte_for_byte_the_source_strings(
    pending, locales, tmp_path
):
    path = of_practice(export_locale(locales["fi"], tmp_path))
    reread = {entry.msgid for entry in polib.pofile(str(path))}
    stored = set(String.objects.filter(data__in=reread).values_list("data", flat=True))
    assert reread == stored


def test_round_trip_through_the_commands_is_lossless(
    pending, locales, tmp_path, capsys
):
    call_command("export_translations", "fi", str(tmp_path))
    fill(tmp_path.glob("*.po"))

    call_command("import_translations", "fi", str(tmp_path))

    fi = pending.get_translation(locales["fi"]).specific
    revision = fi.get_latest_revision()
    revision.publish()
    fi.refresh_from_db()
    assert fi.title == FINNISH[TITLE]
    assert fi.summary == FINNISH[SUMMARY]
    assert fi.slug == "kahvila"
    assert fi.body[0].value.source == (
        '<p>Lue <b>opas</b> ja <a href="https://example.org/report">raportti</a>, '
        "100 % ā ē ķ ļ ņ š ž: äöõü.</p>"
    )
    assert "0 fuzzy skipped" in capsys.readouterr().out


def test_import_leaves_pages_as_drafts_for_review(pending, locales, tmp_path):
    paths = export_locale(locales["fi"], tmp_path)
    fill(paths)
    call_command("import_translations", "fi", str(tmp_path))
    fi = pending.get_translation(locales["fi"]).specific
    assert fi.has_unpublished_changes
    assert fi.title == TITLE  # the live version waits for the review


def test_fuzzy_entries_are_not_imported(pending, locales, tmp_path):
    path = of_practice(export_locale(locales["fi"], tmp_path))
    po = polib.pofile(str(path))
    for entry in po:
        entry.msgstr = finnish(entry.msgid)
        if entry.msgid == SUMMARY:
            entry.flags.append("fuzzy")
    po.save(str(path))
    call_command("import_translations", "fi", str(tmp_path), "--no-save")
    again = of_practice(export_locale(locales["fi"], tmp_path / "again"))
    assert {e.msgid for e in polib.pofile(str(again))} == {SUMMARY}


def test_files_of_another_locale_are_refused(pending, locales, tmp_path, capsys):
    export_locale(locales["fi"], tmp_path)
    call_command("import_translations", "nl", str(tmp_path))
    captured = capsys.readouterr()
    assert "not a translation into" in captured.err
    assert "0 string(s) from 0 file(s)" in captured.out


def test_per_page_download_and_upload_in_the_translation_editor(
    client, pending, locales, fi_translator
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from wagtail_localize.models import Translation

    translation = Translation.objects.get(
        source__object_id=pending.translation_key, target_locale=locales["fi"]
    )
    client.force_login(fi_translator)
    download = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = entry.msgstr or finnish(entry.msgid)
    upload = SimpleUploadedFile("fi.po", str(po).encode(), "text/x-gettext-translation")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload},
    )
    assert response.status_code == 302
    for source, finnish_text in FINNISH.items():
        assert String.objects.filter(
            data=source,
            translations__locale=locales["fi"],
            translations__data=finnish_text,
            translations__tool_name="PO File",
        ).exists()


def test_translator_cannot_upload_po_for_another_locale(
    client, pending, locales, fi_translator, nl_home, practice_index
):
    from django.urls import reverse
    from wagtail_localize.models import Translation

    translate(practice_index, "nl", {"Practices": "Praktijken"})
    translate(pending, "nl", {})
    translation = Translation.objects.get(
        source__object_id=pending.translation_key, target_locale=locales["nl"]
    )
    client.force_login(fi_translator)
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {}
    )
    assert response.status_code == 403
