"""Applications: approving one creates the public ambassador; only EU27 + IS + NO;
applicants' personal data stays out of public pages."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pages.models import Ambassador, AmbassadorApplication
from pages.vocabularies import ApplicationStatus
from tests import factories


def test_approval_creates_the_ambassador_without_contact_details(locales, editor):
    application = factories.AmbassadorApplicationFactory(
        name="Eva Novak", email="eva@example.org", country="SI", expertise="Mentoring"
    )

    ambassador = application.approve(editor)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.reviewed_by == editor
    assert application.reviewed_at is not None
    assert application.ambassador == ambassador
    assert (ambassador.name, ambassador.country, ambassador.expertise) == (
        "Eva Novak",
        "SI",
        "Mentoring",
    )
    assert ambassador.locale.language_code == "en"
    assert not hasattr(ambassador, "email")


def test_approval_refuses_a_country_outside_the_network(locales, editor):
    application = factories.AmbassadorApplicationFactory(country="CH")

    with pytest.raises(ValidationError, match="EU Member States, Iceland or Norway"):
        application.approve(editor)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING
    assert not Ambassador.objects.exists()


def test_full_clean_rejects_a_country_outside_the_network(db):
    application = factories.AmbassadorApplicationFactory.build(country="CH")
    with pytest.raises(ValidationError) as error:
        application.full_clean()
    assert "country" in error.value.message_dict


def test_application_without_consent_is_invalid(db):
    application = factories.AmbassadorApplicationFactory.build(consent=False)
    with pytest.raises(ValidationError) as error:
        application.full_clean()
    assert "consent" in error.value.message_dict


def test_rejection_creates_no_ambassador_and_cannot_be_reversed(locales, editor):
    application = factories.AmbassadorApplicationFactory()
    application.reject(editor)

    assert application.status == ApplicationStatus.REJECTED
    assert not Ambassador.objects.exists()
    with pytest.raises(ValidationError, match="already rejected"):
        application.approve(editor)


def test_editor_approves_from_the_admin(client, locales, editor):
    application = factories.AmbassadorApplicationFactory(
        name="Hanna Berg", country="SE"
    )
    client.force_login(editor)
    url = reverse("review_ambassador_application", args=[application.pk, "approve"])

    confirm = client.get(url)
    assert confirm.status_code == 200
    assert b"Hanna Berg" in confirm.content

    response = client.post(url)
    assert response.status_code == 302
    assert Ambassador.objects.get().name == "Hanna Berg"


def test_listing_offers_review_buttons_for_pending_applications(
    client, locales, editor
):
    application = factories.AmbassadorApplicationFactory()
    client.force_login(editor)
    listing = client.get(reverse("wagtailsnippets_pages_ambassadorapplication:list"))
    assert listing.status_code == 200
    approve = reverse("review_ambassador_application", args=[application.pk, "approve"])
    assert approve.encode() in listing.content


def test_unknown_review_action_is_not_found(client, locales, editor):
    application = factories.AmbassadorApplicationFactory()
    client.force_login(editor)
    url = reverse("review_ambassador_application", args=[application.pk, "delete"])
    assert client.post(url).status_code == 404


def test_review_needs_permission(client, locales, django_user_model):
    application = factories.AmbassadorApplicationFactory()
    user = django_user_model.objects.create_user("reader", password="pw")
    client.force_login(user)
    url = reverse("review_ambassador_application", args=[application.pk, "approve"])
    assert client.post(url).status_code in (302, 403)  # admin login or forbidden
    assert AmbassadorApplication.objects.get().status == ApplicationStatus.PENDING


def test_network_page_shows_ambassadors_but_not_applicants(client, ambassador_index):
    factories.AmbassadorFactory(name="Aino Virtanen", country="FI")
    factories.AmbassadorApplicationFactory(
        name="Secret Applicant", email="s@example.org"
    )

    page = client.get(ambassador_index.url)

    assert page.status_code == 200
    assert b"Aino Virtanen" in page.content
    assert b"Secret Applicant" not in page.content
    assert b"s@example.org" not in page.content
