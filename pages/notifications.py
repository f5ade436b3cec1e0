"""The e-mails around an ambassador application: a receipt to the applicant and an
alert to everyone who may review it when it arrives, the decision to the applicant
when it is taken. Applicants read theirs in the language of the form they sent
(``application.language``), reviewers in their admin language; each message is
rendered here and handed to ``cms.tasks.mail`` to be sent in the background."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from cms.tasks.mail import send_later
from pages.vocabularies import ApplicationStatus

REVIEW_PERMISSION = "pages.change_ambassadorapplication"


def render(name: str, language: str, context: dict) -> tuple[str, str]:
    """Subject and body of ``pages/mail/<name>.txt`` in ``language``."""
    context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
    with translation.override(language):
        subject = render_to_string(f"pages/mail/{name}_subject.txt", context)
        body = render_to_string(f"pages/mail/{name}.txt", context)
    return " ".join(subject.split()), body.strip() + "\n"


def reviewers():
    """Active users allowed to approve or reject applications, with an address."""
    # with_perm needs the backend named once several are configured (django-axes).
    users = get_user_model().objects.with_perm(
        REVIEW_PERMISSION,
        include_superusers=True,
        is_active=True,
        backend="django.contrib.auth.backends.ModelBackend",
    )
    return users.exclude(email="").select_related("wagtail_userprofile")


def admin_language(user) -> str:
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE


def review_url() -> str:
    listing = reverse("wagtailsnippets_pages_ambassadorapplication:list")
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}{listing}?status={ApplicationStatus.PENDING}"


def application_received(application) -> None:
    context = {"application": application}
    send_later(
        *render("application_received", application.language, context),
        [application.email],
    )
    context["review_url"] = review_url()
    # One message per reviewer: no one sees the others' addresses.
    for user in reviewers():
        send_later(
            *render("application_to_review", admin_language(user), context),
            [user.email],
        )


def application_decided(application) -> None:
    name = (
        "application_approved"
        if application.status == ApplicationStatus.APPROVED
        else "application_rejected"
    )
    send_later(
        *render(name, application.language, {"application": application}),
        [application.email],
    )
