"""The public application form: saved as pending for editors, EU27 + IS + NO only,
consent required, a honeypot, a rate limit per address, messages in the reader's
language, a confirmation page; never a server error."""

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from pages.models import AmbassadorApplication
from pages.vocabularies import ApplicationStatus

VALID = {
    "name": "Liis Tamm",
    "email": "liis@example.org",
    "country": "EE",
    "organisation": "Tallinn VET school",
    "kind": "learning-provider",
    "expertise": "Work-based learning",
    "motivation": "We coach workplace trainers.",
    "consent": "on",
    "website": "",
}


@pytest.fixture
def apply_url(ambassador_index):
    return ambassador_index.url + "apply/"


def test_form_shows_labelled_fields_and_a_csrf_token(client, apply_url):
    response = client.get(apply_url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    for field in ("name", "email", "country", "organisation", "motivation", "consent"):
        assert f'<label for="id_{field}">' in html


def test_country_choices_are_the_network_only(client, apply_url):
    choices = dict(client.get(apply_url).context["form"].fields["country"].choices)
    assert {"FI", "IS", "NO", "GR"} <= set(choices)
    assert "CH" not in choices and "GB" not in choices and "BE-FR" not in choices


def test_valid_application_is_pending_and_confirmed(client, apply_url):
    response = client.post(apply_url, VALID, follow=True)

    assert response.redirect_chain[-1][0].endswith("/apply/thanks/")
    assert b"We received your application" in response.content
    application = AmbassadorApplication.objects.get()
    assert (application.name, application.status, application.language) == (
        "Liis Tamm",
        ApplicationStatus.PENDING,
        "en",
    )


def test_a_country_outside_the_network_is_refused_with_a_message(client, apply_url):
    response = client.post(apply_url, {**VALID, "country": "CH"})
    assert response.status_code == 200
    assert "country" in response.context["form"].errors
    assert not AmbassadorApplication.objects.exists()


def test_consent_is_required(client, apply_url):
    data = {k: v for k, v in VALID.items() if k != "consent"}
    response = client.post(apply_url, data)
    assert response.context["form"].errors["consent"] == [
        "Consent is required to apply."
    ]
    assert b"Consent is required to apply." in response.content
    assert not AmbassadorApplication.objects.exists()


def test_an_invalid_email_is_reported(client, apply_url):
    response = client.post(apply_url, {**VALID, "email": "not-an-address"})
    assert response.status_code == 200
    assert "email" in response.context["form"].errors


def test_a_filled_honeypot_is_thanked_but_not_saved(client, apply_url):
    response = client.post(apply_url, {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert response["Location"].endswith("/apply/thanks/")
    assert not AmbassadorApplication.objects.exists()


@override_settings(VETCMS_SITE_APPLICATION_RATE_LIMIT=2)
def test_too_many_posts_from_one_address_are_refused(client, apply_url):
    for n in range(2):
        assert (
            client.post(apply_url, {**VALID, "email": f"a{n}@example.org"}).status_code
            == 302
        )
    response = client.post(apply_url, {**VALID, "email": "third@example.org"})
    assert response.status_code == 429
    assert b"Too many applications" in response.content
    assert AmbassadorApplication.objects.count() == 2


@override_settings(VETCMS_SITE_APPLICATION_RATE_LIMIT=1)
def test_the_rate_limit_is_per_address(client, apply_url):
    client.post(apply_url, VALID, REMOTE_ADDR="10.0.0.1")
    other = client.post(
        apply_url, {**VALID, "email": "b@example.org"}, REMOTE_ADDR="10.0.0.2"
    )
    assert other.status_code == 302
    assert AmbassadorApplication.objects.count() == 2


def test_messages_are_in_the_readers_language(client, ambassador_index, finnish):
    fi_page = finnish(ambassador_index)
    response = client.post(fi_page.url + "apply/", {"consent": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fi">' in html
    with translation.override("fi"):
        required = gettext("This field is required.")
    assert required != "This field is required."  # a Finnish catalog has it
    assert f'<ul class="errorlist" id="id_name_error"><li>{required}</li></ul>' in html


def test_application_from_a_finnish_page_records_the_language(
    client, ambassador_index, finnish
):
    fi_page = finnish(ambassador_index)
    client.post(fi_page.url + "apply/", VALID)
    assert AmbassadorApplication.objects.get().language == "fi"


def test_closed_applications_show_a_notice_and_save_nothing(client, ambassador_index):
    ambassador_index.applications_open = False
    ambassador_index.save_revision().publish()
    response = client.post(ambassador_index.url + "apply/", VALID)
    assert response.status_code == 200
    assert b"Applications are closed" in response.content
    assert not AmbassadorApplication.objects.exists()


def test_the_network_page_links_to_the_form(client, ambassador_index):
    assert b'href="/en/ambassadors/apply/"' in client.get(ambassador_index.url).content


@override_settings(VETCMS_SITE_APPLICATION_RATE_LIMIT=1)
def test_invalid_posts_do_not_use_up_the_accepted_limit(client, apply_url):
    for _attempt in range(3):  # typos, corrected one after the other
        response = client.post(apply_url, {**VALID, "email": "not-an-address"})
        assert response.status_code == 200
    assert client.post(apply_url, VALID).status_code == 302
    assert AmbassadorApplication.objects.count() == 1


@override_settings(VETCMS_SITE_APPLICATION_INVALID_RATE_LIMIT=3)
def test_invalid_posts_have_their_own_limit(client, apply_url):
    for _attempt in range(3):
        client.post(apply_url, {**VALID, "consent": ""})
    response = client.post(apply_url, VALID)
    assert response.status_code == 429
    assert not AmbassadorApplication.objects.exists()


def test_the_invalid_posts_limit_is_generous_by_default(client, apply_url):
    for _attempt in range(12):
        assert client.post(apply_url, {**VALID, "country": "CH"}).status_code == 200
    assert client.post(apply_url, VALID).status_code == 302
