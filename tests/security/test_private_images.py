"""Images used only by pages readers may not see (login or password restricted, not
live) are not served to them: neither the original nor any rendition, nor through the
API's image fields; public images are served with a public Cache-Control. Tested as
anonymous readers in several languages, a fi translator and an editor."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.test import Client
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, PageViewRestriction

from cms.api.urls_public import page_path
from locales.localize import translate
from locales.roles import EDITORS, translators_group_name
from tests import factories

pytestmark = pytest.mark.django_db
READER_LANGUAGES = ("en", "fi", "nl", "et", "lv")
SCALES = ("max-128x128", "width-800")


def image_urls(image) -> list[str]:
    renditions = image.get_renditions(*SCALES)
    return [image.file.url] + [renditions[spec].url for spec in SCALES]


def news_with_image(index, title):
    image = Image.objects.create(title=title, file=get_test_image_file())
    page = factories.NewsPageFactory(parent=index, title=title, image=image)
    page.save_revision().publish()
    return page, image


@pytest.fixture
def images(home):
    """A public image on a public page (translated into fi and nl), and private ones:
    used only by a login-restricted fi page, a password-restricted et page, an nl
    draft."""
    # Wagtail caches renditions by image id, and ids come back after each test's
    # rollback: start from an empty cache.
    for each in caches.all():
        each.clear()
    news = {"en": factories.NewsIndexPageFactory(parent=home)}
    for code in ("fi", "nl", "et"):
        translate(home, code)
        news[code] = translate(news["en"], code, {"news": f"news-{code}"})
    public_page, public = news_with_image(news["en"], "Public photo")
    for code in ("fi", "nl"):
        translate(public_page, code)
    fi_page, fi_image = news_with_image(news["fi"], "Login photo")
    PageViewRestriction.objects.create(page=fi_page, restriction_type="login")
    et_page, et_image = news_with_image(news["et"], "Password photo")
    PageViewRestriction.objects.create(
        page=et_page, restriction_type="password", password="pw"
    )
    nl_page, nl_image = news_with_image(news["nl"], "Draft photo")
    nl_page.unpublish()
    return {
        "public": (public_page, public),
        "fi": (fi_page, fi_image),
        "et": (et_page, et_image),
        "nl": (nl_page, nl_image),
    }


def status(client, url, language="en") -> int:
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    if response.status_code == 200:
        b"".join(response.streaming_content)
    return response.status_code


def member(django_user_model, name, group) -> Client:
    user = django_user_model.objects.create_user(name, password="pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def test_anonymous_readers_get_no_file_of_an_image_only_private_pages_use(
    client, images
):
    for key in ("fi", "et", "nl"):
        _page, image = images[key]
        for url in image_urls(image):
            for language in READER_LANGUAGES:
                assert status(client, url, language) == 404, (key, url, language)


def test_public_images_are_served_to_readers_with_a_public_cache_control(
    client, images
):
    page, image = images["public"]
    for url in image_urls(image):
        for language in READER_LANGUAGES:
            response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
            assert response.status_code == 200, (url, language)
            assert "public" in response["Cache-Control"]
    # The rendition the reader site shows, in each translation of the page.
    for code in ("en", "fi", "nl"):
        shown = page.get_translation(Locale.objects.get(language_code=code))
        html = client.get(shown.url).content.decode()
        src = re.search(r'<img[^>]+src="(/media/[^"]+)"', html).group(1)
        assert status(client, src, code) == 200, code


def test_a_translator_gets_the_images_of_their_locales_private_pages_only(
    django_user_model, images
):
    translator = member(django_user_model, "aino", translators_group_name("fi"))
    _page, fi_image = images["fi"]
    for url in image_urls(fi_image):
        response = translator.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
    for key in ("et", "nl"):
        for url in image_urls(images[key][1]):
            assert status(translator, url) == 404, (key, url)


def test_an_editor_gets_every_private_image(django_user_model, images):
    editor = member(django_user_model, "emma", EDITORS)
    for key in ("fi", "et", "nl"):
        for url in image_urls(images[key][1]):
            assert status(editor, url) == 200, (key, url)


def test_the_api_image_fields_of_a_private_page_hand_out_no_public_url(
    client, django_user_model, images
):
    editor = member(django_user_model, "emma", EDITORS)
    page, _image = images["fi"]
    data = editor.get(f"/++api++{page_path(page)}").json()
    field = data["image"]
    urls = [field["download"]] + [s["download"] for s in field["scales"].values()]
    assert len(urls) == 4
    for url in urls:
        path = url.removeprefix("http://testserver")
        assert status(editor, path) == 200, path
        assert status(client, path, "fi") == 404, path


def test_an_image_a_public_page_also_uses_is_public(client, images, home):
    _page, fi_image = images["fi"]
    index = images["public"][0].get_parent()
    other = factories.NewsPageFactory(parent=index, title="Shared", image=fi_image)
    other.save_revision().publish()
    for url in image_urls(fi_image):
        assert status(client, url, "fi") == 200, url


def test_document_files_are_not_served_from_media(client, django_user_model):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Plan", file=ContentFile(b"%PDF-1.4 plan", name="plan.pdf")
    )
    editor = member(django_user_model, "emma", EDITORS)
    for who in (client, editor):
        assert who.get(document.file.url).status_code == 404
        assert who.get(document.url).status_code == 200  # Wagtail's checked view


def test_missing_or_escaping_media_paths_are_404(client):
    for path in ("/media/original_images/none.png", "/media/../manage.py"):
        assert client.get(path).status_code == 404
