"""The e-mails of an ambassador application, delivered to a real SMTP server: the
receipt and the decision reach the applicant in the language of the form they sent,
each reviewer gets an alert, and a message sent while the server is down is queued
again and delivered once it is back."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from pages.models import AmbassadorApplication
from tests import factories
from tests.conftest import member
from tests.smtp import SMTPServer

VALID = {
    "name": "Liis Tamm",
    "email": "liis@example.org",
    "country": "EE",
    "organisation": "Tallinn VET school",
    "kind": "learning-provider",
    "motivation": "We coach workplace trainers.",
    "consent": "on",
}
DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
    "search": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}


@pytest.fixture
def smtp():
    server = SMTPServer()
    server.start()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=server.port,
        EMAIL_TIMEOUT=5,
        DEFAULT_FROM_EMAIL="network@vet.example.org",
        VETCMS_SITE_APPLICATION_RATE_LIMIT=100,
    ):
        yield server
    server.stop()


@pytest.fixture
def reviewer(django_user_model):
    from locales.roles import EDITORS

    return member(django_user_model, "emma", EDITORS)


def apply(client, page, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url + "apply/", {**VALID, **data})
    assert response.status_code == 302
    return AmbassadorApplication.objects.latest("submitted_at")


def run_worker(*extra):
    call_command(
        "db_worker",
        "--batch",
        "--backend=mail",
        "--queue-name=mail",
        "--no-startup-delay",
        "--no-reload",
        *extra,
        verbosity=0,
    )


@pytest.fixture
def fi_apply_page(ambassador_index, finnish):
    return finnish(ambassador_index, {"Ambassadors": "Lähettiläät"})


def test_receipt_reaches_the_applicant_in_the_forms_language(
    client, smtp, fi_apply_page, django_capture_on_commit_callbacks
):
    apply(client, fi_apply_page, django_capture_on_commit_callbacks)

    (receipt,) = smtp.inbox.to("liis@example.org")
    assert receipt["From"] == "network@vet.example.org"
    assert "Vastaanotimme hakemuksesi" in receipt["Subject"]
    body = receipt.get_content()
    assert "Hyvä Liis Tamm" in body
    assert "Viro" in body  # the country's Finnish name


def test_receipt_of_an_english_form_is_in_english(
    client, smtp, ambassador_index, django_capture_on_commit_callbacks
):
    apply(client, ambassador_index, django_capture_on_commit_callbacks)
    (receipt,) = smtp.inbox.to("liis@example.org")
    assert "We received your application" in receipt["Subject"]
    assert "Estonia" in receipt.get_content()


def test_each_reviewer_gets_an_alert_with_a_link_to_the_pending_list(
    client, smtp, reviewer, fi_apply_page, django_capture_on_commit_callbacks
):
    apply(client, fi_apply_page, django_capture_on_commit_callbacks)

    (alert,) = smtp.inbox.to(reviewer.email)
    assert alert["Subject"] == "New ambassador application from Liis Tamm"
    assert alert["To"] == reviewer.email  # alone: no other reviewer's address
    listing = reverse("wagtailsnippets_pages_ambassadorapplication:list")
    assert f"http://testserver{listing}?status=pending" in alert.get_content()


def test_reviewer_alert_is_in_the_reviewers_admin_language(
    client, smtp, reviewer, ambassador_index, django_capture_on_commit_callbacks
):
    from wagtail.users.models import UserProfile

    UserProfile.objects.create(user=reviewer, preferred_language="nl")
    apply(client, ambassador_index, django_capture_on_commit_callbacks)
    (alert,) = smtp.inbox.to(reviewer.email)
    assert alert["Subject"] == "Nieuwe aanmelding als ambassadeur van Liis Tamm"


@pytest.mark.parametrize(
    "decision, subject",
    [("approve", "Tervetuloa"), ("reject", "Hakemuksesi")],
)
def test_decision_reaches_the_applicant_in_the_forms_language(
    smtp, locales, editor, django_capture_on_commit_callbacks, decision, subject
):
    application = factories.AmbassadorApplicationFactory(
        email="kari@example.org", language="fi"
    )
    with django_capture_on_commit_callbacks(execute=True):
        getattr(application, decision)(editor)

    (mail,) = smtp.inbox.to("kari@example.org")
    assert mail["Subject"].startswith(subject)


# The worker closes connections it finds inside a transaction, as between tasks in
# production; on PostgreSQL that would close the test's own, so these tests commit.
@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=0)
def test_mail_sent_while_the_server_is_down_is_delivered_when_it_returns(
    client, smtp, ambassador_index, django_capture_on_commit_callbacks
):
    apply(client, ambassador_index, django_capture_on_commit_callbacks)
    assert DBTaskResult.objects.count() == 1  # queued, not sent during the request
    smtp.stop()

    run_worker("--max-tasks=1")

    # The same task queued again (cms/tasks/retry.py), its error kept.
    retry = DBTaskResult.objects.get()
    assert retry.status == "READY"
    assert "ConnectionRefusedError" in retry.exception_class_path
    assert len(retry.worker_ids) == 1
    assert smtp.inbox.messages == []

    smtp.start()
    run_worker()

    (receipt,) = smtp.inbox.to("liis@example.org")
    assert "We received your application" in receipt["Subject"]
    assert DBTaskResult.objects.get(pk=retry.pk).status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=30)
def test_retries_wait_longer_each_time(smtp):
    from django.utils import timezone

    from cms.tasks.mail import deliver

    smtp.stop()
    result = deliver.enqueue("Subject", "Body", ["someone@example.org"])
    # Two attempts already made (their workers recorded on the row).
    DBTaskResult.objects.filter(pk=result.id).update(worker_ids=["w1", "w2"])
    before = timezone.now()
    run_worker("--max-tasks=1")

    retry = DBTaskResult.objects.get(status="READY")
    wait = (retry.run_after - before).total_seconds()
    assert 115 <= wait <= 125  # 30 s doubled twice
    run_worker()  # not due yet: nothing runs, nothing is lost
    assert DBTaskResult.objects.get(pk=retry.pk).status == "READY"


@pytest.mark.django_db(transaction=True)
@override_settings(TASKS=DATABASE_TASKS, VETCMS_TASKS_RETRY_DELAY=0)
def test_a_message_the_server_refuses_fails_without_retries(smtp):
    from cms.tasks.mail import deliver

    smtp.refuse_with = "554 5.7.1 Rejected"
    result = deliver.enqueue("Subject", "Body", ["someone@example.org"])
    run_worker()

    row = DBTaskResult.objects.get(pk=result.id)
    assert (row.status, len(row.worker_ids)) == ("FAILED", 1)
    assert "554" in row.traceback


def test_only_transient_smtp_errors_are_retried():
    import smtplib

    from cms.tasks.mail import is_transient

    assert not is_transient(smtplib.SMTPDataError(554, b"Rejected"))
    assert is_transient(smtplib.SMTPDataError(451, b"Try later"))
    assert is_transient(ConnectionRefusedError())
