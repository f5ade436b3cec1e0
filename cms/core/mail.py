"""E-mail sent in the background through Django's task framework (django-tasks), on
the "mail" backend (settings.TASKS). The message is rendered before it is queued, so
the task only delivers it; while the SMTP server cannot be reached the task queues
its own retry with a growing delay (django-tasks has no retries of its own), and a
failed attempt stays in the task table with its traceback. Nothing is lost: an
attempt ends either delivered, queued again, or refused for good by the server
(a 5xx answer, recorded as failed)."""

import logging
import smtplib
from datetime import timedelta

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from cms.core.knobs import Knobs

logger = logging.getLogger(__name__)

knobs = Knobs(
    "VETCMS_MAIL_",
    {
        # Seconds before the first retry; doubled on each attempt up to the maximum.
        "RETRY_DELAY": 30,
        "RETRY_MAX_DELAY": 3600,
    },
)


def retry_delay(attempt: int) -> float:
    return min(knobs.RETRY_DELAY * 2**attempt, knobs.RETRY_MAX_DELAY)


def is_transient(error: Exception) -> bool:
    """A server down, unreachable or answering 4xx: worth trying again later."""
    if isinstance(error, smtplib.SMTPResponseException):
        return error.smtp_code < 500
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code < 500 for code, _m in error.recipients.values())
    return isinstance(error, OSError | smtplib.SMTPServerDisconnected)


@task(backend="mail", queue_name="mail")
def deliver(subject: str, body: str, to: list[str], attempt: int = 0) -> int:
    """Send one message; on a transient failure queue the next attempt, then fail
    this one (the worker records it)."""
    try:
        return EmailMessage(subject, body, to=to).send()
    except Exception as error:
        if not is_transient(error) or not deliver.get_backend().supports_defer:
            raise
        delay = retry_delay(attempt)
        deliver.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(
            subject, body, to, attempt=attempt + 1
        )
        logger.warning(
            "Mail to %s not sent (%s); attempt %d in %ss.",
            ", ".join(to),
            error,
            attempt + 2,
            delay,
        )
        raise


def send_later(subject: str, body: str, to: list[str]) -> None:
    """Queue a message once the current transaction commits (nothing is sent for
    data that was rolled back)."""
    if not to:
        return
    transaction.on_commit(lambda: deliver.enqueue(subject, body, list(to)))
