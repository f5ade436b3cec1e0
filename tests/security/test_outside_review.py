"""One test per finding of the outside review (issue 22), named after the behaviour
that now holds."""

import json

import pytest

from cms.api.urls_public import page_path
from locales.localize import translate
from tests import factories
from tests.api.conftest import basic

pytestmark = pytest.mark.django_db


@pytest.fixture
def en_draft_revision(news_index, editor):
    """A published English news item with a newer draft that holds a secret."""
    page = factories.NewsPageFactory(parent=news_index, title="Open title")
    page.save_revision(user=editor).publish(user=editor)
    page.title = "Secret draft title"
    page.save_revision(user=editor)
    return page


def api_get(client, page, suffix="", user=None, **extra):
    if user is not None:
        extra.update(basic(user.username))
    return client.get("/++api++" + page_path(page) + suffix, **extra)


# 1. @history


def test_history_of_another_locales_page_is_refused_to_a_translator(
    client, en_draft_revision, fi_translator
):
    for suffix in ("/@history", "/@history/1"):
        response = api_get(client, en_draft_revision, suffix, user=fi_translator)
        assert response.status_code == 403
        assert "Secret draft title" not in response.content.decode()


def test_history_of_own_locales_page_is_open_to_its_translator(
    client, home, en_draft_revision, fi_translator
):
    translate(home, "fi", {"Home": "Etusivu"})
    fi_page = translate(en_draft_revision, "fi", {"Open title": "Avoin"})
    response = api_get(client, fi_page, "/@history/0", user=fi_translator)
    assert response.status_code == 200


def test_history_draft_revision_is_shown_to_an_editor(
    client, en_draft_revision, staff_editor
):
    response = api_get(client, en_draft_revision, "/@history/1", user=staff_editor)
    assert response.status_code == 200
    assert response.json()["title"] == "Secret draft title"


# 2. @suggest on the engine


@pytest.fixture
def timed_news(news_index):
    """Three published news items found by "zebra": one open, one expired before the
    scheduler ran, one whose go-live is still to come (live, as after an import)."""
    import datetime as dt

    from django.utils import timezone
    from wagtail.models import Page

    now = timezone.now()
    pages = {}
    for name in ("open", "expired", "future"):
        page = factories.NewsPageFactory(parent=news_index, title=f"Zebra {name}")
        page.save_revision().publish()
        pages[name] = page
    Page.objects.filter(pk=pages["expired"].pk).update(
        expire_at=now - dt.timedelta(hours=1)
    )
    Page.objects.filter(pk=pages["future"].pk).update(
        go_live_at=now + dt.timedelta(days=2)
    )
    return pages


@pytest.mark.search_engine
def test_suggest_on_the_engine_offers_no_expired_or_future_titles(
    client, search_engine, timed_news
):
    search_engine.refresh()
    data = client.get("/++api++/en/@suggest", {"q": "zebr"}).json()
    assert [item["title"] for item in data["items"]] == ["Zebra open"]


def engine_down_while(search_engine, settings, change):
    """Run ``change`` with the backends pointed at a dead address (the index misses
    it and IndexFailure records it), then bring them back."""
    from locales.config import LANGUAGE_CODES
    from search.config import search_backends
    from tests.search.conftest import ENGINE, TEST_INDEX_SETTINGS
    from tests.search.test_engine_down import unused_url

    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        unused_url(), ENGINE, search_engine.prefix, LANGUAGE_CODES, TEST_INDEX_SETTINGS
    )
    change()
    settings.WAGTAILSEARCH_BACKENDS = search_engine.backends_setting
    search_engine.refresh()


@pytest.mark.search_engine
def test_suggest_offers_no_page_unpublished_or_deleted_while_the_engine_was_down(
    client, search_engine, settings, timed_news, news_index
):
    gone = factories.NewsPageFactory(parent=news_index, title="Zebra gone")
    gone.save_revision().publish()
    search_engine.refresh()
    assert len(client.get("/++api++/en/@suggest", {"q": "zebr"}).json()["items"]) == 2

    def change():
        timed_news["open"].unpublish()
        gone.delete()

    engine_down_while(search_engine, settings, change)
    assert gone.pk in search_engine.page_ids("en")  # the index still has it
    assert client.get("/++api++/en/@suggest", {"q": "zebr"}).json()["items"] == []


# 6. Odd input: a clear 4xx (or the first page), never a 500

HUGE = "9" * 20
LONG = "9" * 5000


@pytest.mark.parametrize("value", ["%C2%B2", "%D9%A1", LONG, HUGE, "-1", "0"])
def test_reader_listing_page_numbers_that_are_not_plain_numbers_show_a_page(
    client, news_index, event_index, value
):
    for index in (news_index, event_index):
        assert client.get(f"{index.url}?page={value}").status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        f"b_start={HUGE}",
        f"b_start={LONG}",
        "b_start=%C2%B2",
        f"b_size={HUGE}",
        f"b_start:int={HUGE}",
    ],
)
def test_api_batch_numbers_out_of_range_are_a_bad_request(client, news_index, query):
    for url in ("/++api++/@search", "/++api++" + page_path(news_index)):
        response = client.get(f"{url}?{query}")
        assert response.status_code == 400, (url, response.content[:300])
        assert response.json()["type"] == "BadRequest"


def test_querystring_search_body_with_a_huge_b_start_is_a_bad_request(client, home):
    body = {"query": [], "b_start": 10**20}
    response = client.post(
        "/++api++/@querystring-search",
        data=json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == 400


def test_history_version_in_other_digits_is_not_found(
    client, en_draft_revision, editor
):
    for version in ("%C2%B2", LONG):
        response = api_get(client, en_draft_revision, f"/@history/{version}", editor)
        assert response.status_code == 404


def patch(client, page, raw: bytes, user):
    return client.patch(
        "/++api++" + page_path(page),
        data=raw,
        content_type="application/json",
        **basic(user.username),
    )


@pytest.mark.parametrize(
    "raw",
    [
        b'{"title": "bad \\ud800 text"}',
        b'{"title": "nul \\u0000 here"}',
        b'{"subjects": ["ok", "\\udfff"]}',
        b'{"\\u0000": 1}',
    ],
)
def test_json_with_unstorable_text_is_a_bad_request_and_nothing_is_saved(
    client, en_draft_revision, editor, raw
):
    before = en_draft_revision.get_latest_revision().pk
    response = patch(client, en_draft_revision, raw, editor)
    assert response.status_code == 400
    assert "holds" in response.json()["message"]
    assert en_draft_revision.get_latest_revision().pk == before


@pytest.mark.parametrize(
    "url",
    [
        "/en/search/?q=a%00b",
        "/en/news/?page=1%00",
        "/++api++/@search?SearchableText=a%00b",
        "/++api++/en/@suggest?q=a%00b",
        "/admin/pages/search/?q=a%00b",
        "/en/news%00/",
    ],
)
def test_nul_in_a_path_or_parameter_is_a_bad_request(client, news_index, url):
    assert client.get(url).status_code == 400


# 7. The admin works for non-superusers


@pytest.mark.search_engine
def test_admin_page_chooser_search_works_for_a_translator_on_the_engine(
    client, search_engine, home, news_index, fi_translator
):
    fi_home = translate(home, "fi", {"Home": "Etusivu"})
    fi_news = translate(news_index, "fi", {news_index.title: "Uutiset"})
    mine = factories.NewsPageFactory(parent=fi_news, title="Zebra oma", live=False)
    mine.save_revision()
    other = factories.NewsPageFactory(
        parent=news_index, title="Zebra draft", live=False
    )
    other.save_revision()
    search_engine.refresh()
    client.force_login(fi_translator)
    response = client.get("/admin/choose-page/search/", {"q": "Zebra"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Zebra oma" in html and "Zebra draft" not in html
    assert fi_home.pk


def test_admin_preview_of_a_never_published_practice_with_themes_works(
    client, practice_index, staff_editor
):
    theme = factories.ThemeFactory(name="Coaching")
    practice = factories.PracticePageFactory(
        parent=practice_index, title="Draft practice", live=False
    )
    practice.themes.set([theme])
    practice.save_revision()
    client.force_login(staff_editor)
    response = client.get(f"/admin/pages/{practice.pk}/view_draft/")
    assert response.status_code == 200
    assert "Draft practice" in response.content.decode()


# 8. Admin choosers and reports as a translator


@pytest.fixture
def en_private_media(news_index):
    """An image and a document used only by an English draft news item."""
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from tests.security.world import image_with_urls

    image, _urls = image_with_urls("zqimage")
    image.title = "Secret photo"
    image.save()
    document = get_document_model().objects.create(
        title="Secret report", file=ContentFile(b"%PDF-1.4\n", name="secret.pdf")
    )
    page = factories.NewsPageFactory(
        parent=news_index, title="Secret draft item", live=False
    )
    page.image = image
    page.body = [{"type": "document", "value": {"document": document.pk}}]
    page.save()
    page.save_revision()
    return image, document


@pytest.mark.parametrize(
    "url,title",
    [
        ("/admin/images/chooser/", "Secret photo"),
        ("/admin/documents/chooser/", "Secret report"),
    ],
)
def test_admin_media_choosers_hide_other_locales_private_files_from_a_translator(
    client, en_private_media, fi_translator, staff_editor, url, title
):
    client.force_login(fi_translator)
    response = client.get(url)
    assert response.status_code == 200
    assert title not in response.content.decode()
    client.force_login(staff_editor)
    assert title in client.get(url).content.decode()


def test_page_types_report_hides_other_locales_unseen_pages_from_a_translator(
    client, en_private_media, fi_home, fi_translator, staff_editor
):
    url = "/admin/reports/page-types-usage/"
    client.force_login(fi_translator)
    response = client.get(url)
    assert response.status_code == 200
    assert "Secret draft item" not in response.content.decode()
    client.force_login(staff_editor)
    assert "Secret draft item" in client.get(url).content.decode()


# 4. Tokens and password changes


def login_token(client, username="emma") -> str:
    response = client.post(
        "/++api++/@login",
        data=json.dumps({"login": username, "password": "pw"}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    return response.json()["token"]


def test_a_token_stops_working_when_the_password_changes(
    client, news_index, staff_editor
):
    token = login_token(client)
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert api_get(client, news_index, "/@history", **bearer).status_code == 200
    staff_editor.set_password("new-pw")
    staff_editor.save()
    response = api_get(client, news_index, "/@history", **bearer)
    assert response.status_code == 401
    assert "password" in response.json()["message"]


def test_a_token_issued_after_the_password_change_works(
    client, news_index, staff_editor
):
    staff_editor.set_password("pw")
    staff_editor.save()
    token = login_token(client)
    page = api_get(
        client, news_index, "/@history", HTTP_AUTHORIZATION=f"Bearer {token}"
    )
    assert page.status_code == 200


def test_logout_everywhere_ends_every_earlier_token_of_the_user(
    client, news_index, staff_editor
):
    phone, laptop = login_token(client), login_token(client)
    response = client.post(
        "/++api++/@logout",
        data=json.dumps({"everywhere": True}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {laptop}",
    )
    assert response.status_code == 204
    refused = api_get(
        client, news_index, "/@history", HTTP_AUTHORIZATION=f"Bearer {phone}"
    )
    assert refused.status_code == 401
    assert "logout everywhere" in refused.json()["message"]
    fresh = login_token(client)
    page = api_get(
        client, news_index, "/@history", HTTP_AUTHORIZATION=f"Bearer {fresh}"
    )
    assert page.status_code == 200


def test_a_plain_logout_leaves_the_users_other_tokens_working(
    client, news_index, staff_editor
):
    phone, laptop = login_token(client), login_token(client)
    response = client.post("/++api++/@logout", HTTP_AUTHORIZATION=f"Bearer {laptop}")
    assert response.status_code == 204
    page = api_get(
        client, news_index, "/@history", HTTP_AUTHORIZATION=f"Bearer {phone}"
    )
    assert page.status_code == 200


# 5. One login limit for every path


def admin_login(client, password):
    return client.post(
        "/admin/login/",
        {"username": "emma", "password": password},
        REMOTE_ADDR="10.0.0.9",
    )


def test_admin_login_form_is_limited_and_the_right_password_then_waits(
    client, home, staff_editor, settings
):
    settings.VETCMS_API_LOGIN_MAX_FAILURES = 3
    for _attempt in range(3):
        assert admin_login(client, "nope").status_code in (200, 429)
    response = admin_login(client, "pw")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "_auth_user_id" not in client.session


def test_failures_on_the_admin_form_count_for_the_api_too(
    client, home, staff_editor, settings
):
    settings.VETCMS_API_LOGIN_MAX_FAILURES = 2
    for _attempt in range(2):
        admin_login(client, "nope")
    response = client.post(
        "/++api++/@login",
        data=json.dumps({"login": "emma", "password": "pw"}),
        content_type="application/json",
        REMOTE_ADDR="10.0.0.9",
    )
    assert response.status_code == 429
    assert response.json()["type"] == "TooManyRequests"
    # Basic credentials are refused the same way.
    response = api_get(
        client,
        home,
        "",
        HTTP_AUTHORIZATION=basic("emma")["HTTP_AUTHORIZATION"],
        REMOTE_ADDR="10.0.0.9",
    )
    assert response.status_code == 429


def test_the_login_limit_holds_while_the_shared_cache_is_down(
    client, home, staff_editor, settings
):
    settings.VETCMS_API_LOGIN_MAX_FAILURES = 2
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.cache.backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        }
    }
    for _attempt in range(2):
        admin_login(client, "nope")
    assert admin_login(client, "pw").status_code == 429


def test_the_login_limit_uses_the_forwarded_address_rule_of_the_application_form(
    client, home, staff_editor, settings
):
    from django.conf import settings as django_settings

    from cms.core.client_address import client_ip
    from pages.site import ratelimit

    settings.VETCMS_SITE_TRUST_X_FORWARDED_FOR = True
    settings.VETCMS_API_LOGIN_MAX_FAILURES = 2
    for _attempt in range(2):
        admin_login(client, "nope")  # from 10.0.0.9 behind the proxy
    forwarded = {"HTTP_X_FORWARDED_FOR": "203.0.113.5"}
    response = client.post(
        "/admin/login/", {"username": "emma", "password": "pw"}, **forwarded
    )
    assert response.status_code == 302  # another client: not locked out
    request = response.wsgi_request
    assert client_ip(request) == "203.0.113.5"
    assert (
        django_settings.AXES_CLIENT_IP_CALLABLE == "cms.core.client_address.client_ip"
    )
    assert ratelimit._key("apply", request).endswith(":203.0.113.5")


# 10. Configuration


@pytest.mark.parametrize("origins", [["*"], ["*", "https://front.example.org"]])
def test_cors_star_lets_any_origin_read_but_never_with_credentials(
    client, news_index, settings, origins
):
    settings.VETCMS_API_CORS_ALLOWED_ORIGINS = origins
    response = client.get(
        "/++api++" + page_path(news_index), HTTP_ORIGIN="https://evil.example.org"
    )
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_cors_listed_origin_is_named_with_credentials(client, news_index, settings):
    settings.VETCMS_API_CORS_ALLOWED_ORIGINS = ["*", "https://front.example.org"]
    response = client.get(
        "/++api++" + page_path(news_index), HTTP_ORIGIN="https://front.example.org"
    )
    assert response["Access-Control-Allow-Origin"] == "https://front.example.org"
    assert response["Access-Control-Allow-Credentials"] == "true"
    assert "Origin" in response["Vary"]


def test_the_admin_calls_neither_gravatar_nor_the_wagtail_update_check(
    client, home, editor
):
    client.force_login(editor)  # a superuser: the one Wagtail shows the check to
    html = client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
    assert "releases.wagtail.org" not in html and "data-w-upgrade" not in html


def test_reader_pages_carry_a_content_security_policy_and_the_admin_does_not(
    client, news_index, staff_editor
):
    policy = client.get(news_index.url)["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "object-src 'none'" in policy
    client.force_login(staff_editor)
    assert "Content-Security-Policy" not in client.get("/admin/")


# 11. @workflow/submit on a translation


def test_api_submit_of_a_translation_sends_the_translators_latest_strings_to_review(
    client, home, news_index, fi_translator
):
    from wagtail.models import Locale
    from wagtail_localize.models import StringSegment, StringTranslation, Translation
    from wagtail_localize.operations import TranslationCreator

    translate(home, "fi", {"Home": "Etusivu"})
    translate(news_index, "fi", {news_index.title: "Uutiset"})
    source = factories.NewsPageFactory(parent=news_index, title="Source title")
    source.save_revision().publish()
    fi = Locale.objects.get(language_code="fi")
    TranslationCreator(fi_translator, [fi]).create_translations(source)
    translation = Translation.objects.get(
        source__object_id=source.translation_key, target_locale=fi
    )
    segment = StringSegment.objects.get(
        source=translation.source, string__data="Source title"
    )
    # The translator edits a string in localize's editor and does not save a draft.
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=fi,
        context=segment.context,
        data="Käännetty otsikko",
    )
    target = source.get_translation(fi)
    response = client.post(
        "/++api++" + page_path(target) + "/@workflow/submit",
        content_type="application/json",
        **basic(fi_translator.username),
    )
    assert response.status_code == 200, response.content
    target.refresh_from_db()
    state = target.current_workflow_state
    submitted = state.current_task_state.revision.as_object()
    assert submitted.title == "Käännetty otsikko"
    assert not target.live  # still for the reviewer to publish


# 12. Engine errors of elasticsearch-py 8/9 (elastic_transport)


class TransportConnectionError(Exception):
    """Stands in for elastic_transport.ConnectionError (elasticsearch-py 8/9 is not
    installed beside the 7.x client the test engine needs): same module, same name."""

    __module__ = "elastic_transport"


class FailingClient:
    def __init__(self, error):
        self.error = error

    def search(self, **kwargs):
        raise self.error


class FakeBackend:
    use_new_elasticsearch_api = True

    def __init__(self, error):
        self.es = FailingClient(error)


def test_an_elastic_transport_connection_error_is_search_unavailable():
    from search.engine_search import send
    from search.results import SearchUnavailable

    with pytest.raises(SearchUnavailable):
        send(FakeBackend(TransportConnectionError("refused")), "idx", {})


def test_a_bug_of_our_own_still_raises_as_itself():
    from search.engine_search import send

    with pytest.raises(KeyError):
        send(FakeBackend(KeyError("x")), "idx", {})


# 3. After an engine outage


@pytest.mark.search_engine
def test_search_totals_follow_the_database_until_the_catch_up_has_run(
    client, search_engine, settings, timed_news, news_index
):
    gone = factories.NewsPageFactory(parent=news_index, title="Zebra gone")
    gone.save_revision().publish()
    search_engine.refresh()

    def change():
        timed_news["open"].unpublish()
        gone.delete()

    engine_down_while(search_engine, settings, change)
    assert gone.pk in search_engine.page_ids("en")  # the index is behind
    reply = client.get("/++api++/en/@search", {"SearchableText": "zebra"}).json()
    assert (reply["items"], reply["items_total"]) == ([], 0)


@pytest.mark.search_engine
def test_the_catch_up_retires_cached_responses(search_engine, settings, timed_news):
    from cms.core import generation
    from search.catch_up import catch_up

    engine_down_while(search_engine, settings, timed_news["open"].unpublish)
    before = generation.current()
    assert catch_up().done == 1
    assert generation.current() != before
