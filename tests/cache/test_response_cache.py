"""Anonymous GETs are answered from the cache until content changes; a stale page is
never served after a publish, unpublish, move, delete or translation publish; signed-in
users, previews and pages with a CSRF token are never cached."""

import pytest
from django.test import Client, override_settings
from wagtail.models import Page

from cms.core import generation
from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def practice(practice_index):
    return factories.PracticePageFactory(
        parent=practice_index, title="Coaching trainers", slug="coaching"
    )


def get(path, client=None, **headers):
    return (client or Client()).get(path, **headers)


def state(response):
    return response.get("X-Response-Cache")


def republish(page, **changes):
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    "path", ["/++api++/en/practices/coaching", "/en/practices/coaching/"]
)
def test_a_repeated_anonymous_get_is_answered_from_the_cache(practice, path):
    first, second = get(path), get(path)
    assert (first.status_code, second.status_code) == (200, 200)
    assert (state(first), state(second)) == ("miss", "hit")
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_html_and_json_of_one_url_are_cached_apart(practice):
    html = get(practice.url)
    data = get(practice.url, **JSON)
    assert state(get(practice.url, **JSON)) == "hit"
    assert get(practice.url, **JSON).json()["title"] == "Coaching trainers"
    assert get(practice.url).content == html.content != data.content


def test_publish_retires_the_cached_page_and_its_listing(practice, practice_index):
    detail, listing = "/++api++/en/practices/coaching", "/++api++/en/practices"
    get(detail), get(listing)
    assert state(get(detail)) == state(get(listing)) == "hit"

    republish(practice, title="Coaching workplace trainers")

    fresh = get(detail)
    assert state(fresh) == "miss"
    assert fresh.json()["title"] == "Coaching workplace trainers"
    titles = [item["title"] for item in get(listing).json()["items"]]
    assert titles == ["Coaching workplace trainers"]
    assert b"Coaching workplace trainers" in get(practice.url).content


def test_unpublish_and_delete_are_never_served_from_the_cache(practice, practice_index):
    other = factories.PracticePageFactory(parent=practice_index, slug="other")
    for page in (practice, other):
        get(page.url), get(f"/++api++{page.url.rstrip('/')}")
    Page.objects.get(pk=practice.pk).unpublish()
    Page.objects.get(pk=other.pk).delete()
    for page in (practice, other):
        assert get(page.url).status_code == 404
        # (unpublished: 401 or 404 by the API's access rule; never the cached 200)
        assert get(f"/++api++{page.url.rstrip('/')}").status_code in (401, 404)


def test_move_retires_the_cached_listings(practice, practice_index, home):
    events = factories.EventIndexPageFactory(parent=home, slug="events")
    get("/++api++/en/practices")
    Page.objects.get(pk=practice.pk).move(events, pos="last-child")
    assert get("/++api++/en/practices").json()["items"] == []
    assert get("/++api++/en/events/coaching").status_code == 200


def test_translation_publish_replaces_the_cached_fallback(
    practice, practice_index, fi_home
):
    translate(practice_index, "fi", {"practices": "kaytannot"})
    path = "/++api++/fi/kaytannot/coaching"
    before = get(path).json()
    assert before["translation_state"]["state"] == "fallback"
    assert state(get(path)) == "hit"

    translate(practice, "fi", {"Coaching trainers": "Kouluttajien valmennus"})

    after = get(path)
    assert after.status_code == 200 and state(after) == "miss"
    assert after.json()["title"] == "Kouluttajien valmennus"
    assert after.json()["language"]["token"] == "fi"


def test_languages_are_cached_apart(practice, fi_home):
    english = get("/++api++/en", HTTP_ACCEPT_LANGUAGE="en").content
    finnish = get("/++api++/fi", HTTP_ACCEPT_LANGUAGE="fi").content
    assert english != finnish
    assert get("/++api++/fi", HTTP_ACCEPT_LANGUAGE="en").content == finnish
    assert b'"fi"' in finnish


def test_signed_in_users_are_never_served_or_stored(practice, editor):
    signed_in = Client()
    signed_in.force_login(editor)
    path = "/++api++/en/practices/coaching"
    assert state(get(path, signed_in)) is None
    assert state(get(path)) == "miss"  # the editor's answer was not stored
    assert state(get(path)) == "hit"
    assert state(get(path, signed_in)) is None  # nor the anonymous one served to them


def test_a_draft_shown_to_an_editor_never_reaches_readers(practice, editor):
    path = "/++api++/en/practices/coaching"
    get(path)
    draft = Page.objects.get(pk=practice.pk).specific
    draft.title = "Secret draft title"
    draft.save_revision()
    signed_in = Client()
    signed_in.force_login(editor)
    signed_in.get(path)
    assert b"Secret draft title" not in get(path).content


def test_bearer_tokens_and_preview_tokens_bypass_the_cache(practice):
    path = "/++api++/en/practices/coaching"
    get(path), get(path)
    assert state(get(path, HTTP_AUTHORIZATION="Bearer x")) is None
    assert state(get(path + "?preview_token=abc")) is None
    assert state(get(path, HTTP_X_PREVIEW_TOKEN="abc")) is None


@pytest.fixture
def apply_url(ambassador_index):
    return ambassador_index.url + "apply/"


def test_the_application_form_is_never_cached_with_a_csrf_token(apply_url):
    first, second = get(apply_url), get(apply_url)
    assert b'name="csrfmiddlewaretoken"' in second.content
    assert state(first) is None and state(second) is None
    assert "csrftoken" in second.cookies
    assert first.context["csrf_token"] != second.context["csrf_token"]


def test_a_submitted_form_works_after_cached_pages(apply_url, ambassador_index):
    get(ambassador_index.url), get(ambassador_index.url)
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(apply_url)
    token = page.context["csrf_token"]
    response = browser.post(apply_url, {"csrfmiddlewaretoken": token, "name": ""})
    assert response.status_code == 200  # the form again, with errors; not 403


def test_snippet_and_privacy_changes_bump_the_generation(practice):
    before = generation.current()
    factories.ThemeFactory(name="Inclusion")
    after_theme = generation.current()
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=practice, restriction_type="login")
    assert before < after_theme < generation.current()
    assert get(practice.url).status_code in (302, 401, 403)


def test_an_application_does_not_bump_the_generation(ambassador_index):
    before = generation.current()
    factories.AmbassadorApplicationFactory()
    assert generation.current() == before


def test_conditional_get_on_a_cached_answer_is_304(practice):
    path = "/++api++/en/practices/coaching"
    etag = get(path)["ETag"]
    repeat = get(path, HTTP_IF_NONE_MATCH=etag)
    assert repeat.status_code == 304 and state(repeat) == "hit"


@override_settings(VETCMS_CACHE_RESPONSE_TIMEOUT=0)
def test_off_by_default_without_a_shared_cache(practice):
    assert state(get(practice.url)) is None and state(get(practice.url)) is None


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "cms.cache.backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
)
def test_a_dead_cache_serves_uncached_pages(practice):
    assert get(practice.url).status_code == 200
    assert get("/++api++/en/practices/coaching").status_code == 200


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_http_and_https_answers_are_cached_apart(practice):
    path = "/++api++/en/practices/coaching"
    secure = get(path, HTTP_X_FORWARDED_PROTO="https")
    assert secure.json()["@id"].startswith("https://")
    plain = get(path)
    assert state(plain) == "miss"
    assert plain.json()["@id"].startswith("http://")
    assert state(get(path, HTTP_X_FORWARDED_PROTO="https")) == "hit"
