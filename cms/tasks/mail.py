"""E-mail sent in the background through Django's task framework (django-tasks), on
the "mail" backend (settings.TASKS). The message is rendered before it is queued, so
the task only delivers it. While the SMTP server cannot be reached the attempt fails
and cms/tasks/retry.py queues it again with a growing delay; an answer no retry mends
(a 5xx refusal) gives up at once. Every failed attempt's error stays on the task's
row, in the admin's report of background tasks. Nothing is lost: a message is
delivered, waiting for its next attempt, or failed for good and listed there."""

import smtplib

from django.core.mail import EmailMessage
from django.db import transaction
from django_tasks import task

from cms.tasks.retry import GiveUp


def is_transient(error: Exception) -> bool:
    """A server down, unreachable or answering 4xx: worth trying again later."""
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code < 500
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code < 500 for code, _m in error.recipients.values())
    return isinstance(error, OSError | smtplib.SMTPServerDisconnected)


@task(backend="mail", queue_name="mail")
def deliver(subject: str, body: str, to: list[str], attempt: int = 0) -> int:
    """Send one message. ``attempt`` is unused: tasks queued by the previous
    version, which counted attempts itself, still carry it."""
    try:
        return EmailMessage(subject, body, to=to).send()
    except Exception as error:
        if is_transient(error):
            raise
        raise GiveUp(f"{type(error).__name__}: {error}") from error


def send_later(subject: str, body: str, to: list[str]) -> None:
    """Queue a message once the current transaction commits (nothing is sent for
    data that was rolled back)."""
    if not to:
        return
    transaction.on_commit(lambda: deliver.enqueue(subject, body, list(to)))
