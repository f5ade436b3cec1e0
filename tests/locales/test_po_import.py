"""A translator's PO file uploaded in wagtail-localize's editor: the strings are
imported, saved as a draft and submitted for review (an editor learns of it, the live
page does not change); a file without localize's header or for another translation
is refused with a message, never a 500."""

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from locales.review import translation_of
from tests.locales.test_workflow import draft_fi  # noqa: F401 (fixture)


def pofile_of(client, translation) -> polib.POFile:
    url = reverse("wagtail_localize:download_pofile", args=[translation.id])
    reply = client.get(url)
    assert reply.status_code == 200
    return polib.pofile(reply.content.decode())


def summary_translated(po: polib.POFile) -> polib.POFile:
    """The PO file a Finnish translator sends back: the summary translated."""
    for entry in po:
        if entry.msgid == "Coaches help apprentices.":
            entry.msgstr = "Valmentajat tukevat oppisopimusopiskelijoita."
    return po


def upload(client, translation, text: str, next_url="/admin/"):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.id])
    file = SimpleUploadedFile("fi.po", text.encode(), content_type="text/x-gettext")
    return client.post(f"{url}?next={next_url}", {"file": file})


def test_an_uploaded_po_file_is_saved_as_a_draft_and_submitted_for_review(
    client, draft_fi, fi_translator
):
    client.force_login(fi_translator)
    translation = translation_of(draft_fi)
    po = summary_translated(pofile_of(client, translation))

    reply = upload(client, translation, str(po))

    assert reply.status_code == 302
    draft_fi.refresh_from_db()
    assert draft_fi.workflow_in_progress
    assert not draft_fi.live
    latest = draft_fi.get_latest_revision_as_object()
    assert latest.summary == "Valmentajat tukevat oppisopimusopiskelijoita."
    [message] = [str(m) for m in get_messages(reply.wsgi_request)]
    assert "submitted them for review" in message


@pytest.mark.parametrize(
    "text, expected",
    [
        ('msgid ""\nmsgstr ""\n\nmsgid "Coaching"\nmsgstr "Valmennus"\n', "different"),
        ("this is not a PO file \x00\xff", "valid PO file"),
    ],
)
def test_a_foreign_or_broken_file_is_refused_with_a_message(
    client, draft_fi, fi_translator, text, expected
):
    client.force_login(fi_translator)
    translation = translation_of(draft_fi)

    reply = upload(client, translation, text)

    assert reply.status_code == 302
    [message] = [str(m) for m in get_messages(reply.wsgi_request)]
    assert expected in message
    draft_fi.refresh_from_db()
    assert not draft_fi.workflow_in_progress


def test_a_translator_of_another_language_may_not_upload(
    client, draft_fi, django_user_model
):
    from locales.roles import translators_group_name
    from tests.conftest import member

    client.force_login(member(django_user_model, "nl-t", translators_group_name("nl")))

    reply = upload(client, translation_of(draft_fi), 'msgid ""\nmsgstr ""\n')

    assert reply.status_code == 403
    draft_fi.refresh_from_db()
    assert not draft_fi.workflow_in_progress


def test_the_upload_address_is_ours_and_takes_only_posts(
    client, draft_fi, fi_translator
):
    client.force_login(fi_translator)
    translation_id = translation_of(draft_fi).id
    url = reverse("wagtail_localize:upload_pofile", args=[translation_id])
    assert url == reverse("locales_upload_pofile", args=[translation_id])
    assert client.get(url).status_code == 405


def test_with_a_task_worker_the_upload_is_queued_and_its_task_imports_it(
    client, draft_fi, fi_translator
):
    from django.test import override_settings
    from django_tasks_db.models import DBTaskResult

    from tests.task_doubles import DATABASE_TASKS as tasks

    client.force_login(fi_translator)
    translation = translation_of(draft_fi)
    po = summary_translated(pofile_of(client, translation))

    with override_settings(TASKS=tasks):
        reply = upload(client, translation, str(po))
        [message] = [str(m) for m in get_messages(reply.wsgi_request)]
        assert "will be imported in a moment" in message
        draft_fi.refresh_from_db()
        assert not draft_fi.workflow_in_progress  # not yet: queued
        # As the worker runs it (its own process: tests/cms/test_task_retries.py and
        # tests/security/test_worker_scripts.py run real ones on the database).
        row = DBTaskResult.objects.get(task_path="locales.po_import.import_pofile")
        assert row.status == "READY"
        outcome = row.task.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])

    assert outcome == "submitted"
    draft_fi.refresh_from_db()
    assert draft_fi.workflow_in_progress
    latest = draft_fi.get_latest_revision_as_object()
    assert latest.summary == "Valmentajat tukevat oppisopimusopiskelijoita."


def test_the_translator_is_told_in_their_admin_language(
    client, compiled, draft_fi, fi_translator
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(fi_translator)
    profile.preferred_language = "fi"
    profile.save()
    client.force_login(fi_translator)
    translation = translation_of(draft_fi)

    upload(client, translation, str(pofile_of(client, translation)))

    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Käännökset tuotiin PO-tiedostosta ja lähetettiin tarkastettaviksi." in html
