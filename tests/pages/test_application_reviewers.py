"""Who reviews ambassador applications: Editors and Network managers see them in the
admin, approve and reject them, and find the pending ones on their dashboard;
translators and other staff do not."""

import pytest
from django.urls import reverse

from pages.models import Ambassador, AmbassadorApplication
from pages.roles import NETWORK_MANAGERS
from pages.vocabularies import ApplicationStatus
from tests import factories
from tests.conftest import member

LISTING = "wagtailsnippets_pages_ambassadorapplication:list"


@pytest.fixture
def network_manager(django_user_model):
    return member(django_user_model, "nora", NETWORK_MANAGERS)


@pytest.fixture
def application(locales):
    return factories.AmbassadorApplicationFactory(name="Hanna Berg", country="SE")


@pytest.mark.parametrize("reviewer", ["staff_editor", "network_manager"])
def test_reviewer_sees_applications_in_the_admin(
    client, application, reviewer, request
):
    client.force_login(request.getfixturevalue(reviewer))
    response = client.get(reverse(LISTING))
    assert response.status_code == 200
    assert b"Hanna Berg" in response.content
    approve = reverse("review_ambassador_application", args=[application.pk, "approve"])
    assert approve.encode() in response.content


@pytest.mark.parametrize("reviewer", ["staff_editor", "network_manager"])
def test_reviewer_approves_an_application(client, application, reviewer, request):
    client.force_login(request.getfixturevalue(reviewer))
    url = reverse("review_ambassador_application", args=[application.pk, "approve"])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert Ambassador.objects.get().name == "Hanna Berg"


def test_network_manager_rejects_an_application(client, application, network_manager):
    client.force_login(network_manager)
    url = reverse("review_ambassador_application", args=[application.pk, "reject"])
    client.post(url)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert application.reviewed_by == network_manager


def test_translator_cannot_see_or_review_applications(
    client, application, fi_translator
):
    client.force_login(fi_translator)
    assert client.get(reverse(LISTING)).status_code in (302, 403)
    url = reverse("review_ambassador_application", args=[application.pk, "approve"])
    assert client.post(url).status_code in (302, 403)  # Wagtail: back to the admin
    assert AmbassadorApplication.objects.get().status == ApplicationStatus.PENDING


@pytest.mark.parametrize("reviewer", ["staff_editor", "network_manager"])
def test_dashboard_lists_pending_applications_for_reviewers(
    client, application, reviewer, request
):
    factories.AmbassadorApplicationFactory(
        name="Already Decided", status=ApplicationStatus.REJECTED
    )
    client.force_login(request.getfixturevalue(reviewer))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 ambassador application to review" in html
    assert "Hanna Berg" in html
    assert "Already Decided" not in html


def test_dashboard_has_no_applications_panel_for_translators(
    client, application, fi_translator
):
    client.force_login(fi_translator)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Hanna Berg" not in html
    assert "application to review" not in html


def test_dashboard_panel_is_hidden_when_nothing_is_pending(
    client, locales, staff_editor
):
    factories.AmbassadorApplicationFactory(status=ApplicationStatus.APPROVED)
    client.force_login(staff_editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "application to review" not in html
