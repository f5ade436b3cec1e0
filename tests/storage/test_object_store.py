"""Media on the object store (STORAGE_URL, a real SeaweedFS from scripts/storage.sh):
uploads land in the bucket, not on the disk; a rendition is made once and found by
every server; private media are refused to anonymous readers on each server and are
never readable from the bucket itself; deleting an image or a document removes its
objects. "Another server" is a second client with its own storage connection and
empty caches, sharing the database and the store, as a second process would."""

import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction

from locales.localize import translate
from tests import factories

pytestmark = pytest.mark.django_db
SCALE = "max-128x128"


def bucket_status(url: str) -> int:
    """What an anonymous request straight to the store gets."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def body(response) -> bytes:
    return b"".join(response.streaming_content)


def another_server(settings_fixture) -> Client:
    """A client as served by another process: a new storage object (its own
    connection to the store) and no cached renditions or private-file lists."""
    settings_fixture.STORAGES = {**settings_fixture.STORAGES}  # rebuilt on next use
    for cache in caches.all():
        cache.clear()
    return Client()


def local_files() -> list[Path]:
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


@pytest.fixture
def news(home):
    index = factories.NewsIndexPageFactory(parent=home)
    translate(home, "fi", {"Home": "Etusivu"})
    return {"en": index, "fi": translate(index, "fi", {"news": "uutiset"})}


def news_with_image(index, title, image):
    page = factories.NewsPageFactory(parent=index, title=title, image=image)
    page.save_revision().publish()
    return page


def test_an_upload_goes_to_the_bucket_privately_not_to_the_disk(object_store):
    before = local_files()
    image = Image.objects.create(title="Photo", file=get_test_image_file())

    assert object_store.keys() == {image.file.name}
    assert image.file.name.startswith("original_images/")
    assert local_files() == before
    # The address handed out is the site's checked view, never the bucket's.
    assert image.file.url == f"/media/{image.file.name}"
    stored = object_store.storage.bucket.Object(
        f"{object_store.prefix}/{image.file.name}"
    )
    assert stored.get()["Body"].read() == image.file.open("rb").read()
    # Nothing in the bucket is public: only a signed address opens it.
    assert bucket_status(object_store.bucket_url(image.file.name)) == 403
    assert bucket_status(object_store.storage.signed_url(image.file.name)) == 200


def test_two_uploads_of_one_file_name_are_two_objects(object_store):
    first = Image.objects.create(title="One", file=get_test_image_file("same.png"))
    second = Image.objects.create(title="Two", file=get_test_image_file("same.png"))
    assert first.file.name != second.file.name
    assert object_store.keys() == {first.file.name, second.file.name}


def test_a_rendition_is_made_once_and_found_by_another_server(
    settings, object_store, news
):
    image = Image.objects.create(title="Shared", file=get_test_image_file())
    news_with_image(news["en"], "Shared photo", image)
    scale_path = f"/++image++{image.pk}/@@images/image/thumb"  # max-128x128

    first = Client().get(scale_path)
    assert first.status_code == 200
    made = body(first)
    renditions = {key for key in object_store.keys() if key.startswith("images/")}
    assert len(renditions) == 1
    (rendition_key,) = renditions
    stamp = object_store.storage.get_modified_time(rendition_key)

    other = another_server(settings)
    assert storages["default"] is not object_store.storage
    again = other.get(scale_path, HTTP_ACCEPT_LANGUAGE="fi")
    assert again.status_code == 200
    assert body(again) == made
    # The same row and object: nothing was generated again.
    assert image.renditions.count() == 1
    assert image.renditions.get().file.name == rendition_key
    assert {k for k in object_store.keys() if k.startswith("images/")} == renditions
    assert storages["default"].get_modified_time(rendition_key) == stamp
    served = other.get(image.get_rendition(SCALE).url)
    assert served.status_code == 200 and body(served) == made
    assert "public" in served["Cache-Control"]


def test_private_media_are_refused_to_anonymous_readers_on_both_servers(
    settings, object_store, news, staff_editor
):
    image = Image.objects.create(title="Private", file=get_test_image_file())
    page = news_with_image(news["fi"], "Kirjautuneille", image)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    document = get_document_model().objects.create(
        title="Pöytäkirja", file=ContentFile(b"secret minutes", name="minutes.txt")
    )
    other_page = factories.NewsPageFactory(
        parent=news["fi"],
        body=[{"type": "document", "value": {"document": document.pk}}],
    )
    other_page.save_revision().publish()
    PageViewRestriction.objects.create(page=other_page, restriction_type="login")
    rendition = image.get_rendition(SCALE)
    image_paths = [
        image.file.url,
        rendition.url,
        f"/++image++{image.pk}/@@images/image",
        f"/++api++/++image++{image.pk}/@@images/image/thumb",
    ]

    for server in ("first", "second"):
        client = Client() if server == "first" else another_server(settings)
        for language in ("fi", "en", "nl"):
            for path in [*image_paths, document.url]:
                answer = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
                assert answer.status_code == 404, (server, language, path)
        client.force_login(staff_editor)
        for path in image_paths:
            answer = client.get(path)
            assert answer.status_code == 200, (server, path)
            assert "no-store" in answer["Cache-Control"]
            assert body(answer)
        answer = client.get(document.url)
        assert answer.status_code == 200 and body(answer) == b"secret minutes", server

    for name in (image.file.name, rendition.file.name, document.file.name):
        assert name in object_store.keys()
        assert bucket_status(object_store.bucket_url(name)) == 403, name


def test_deleting_an_image_or_a_document_removes_their_objects(
    object_store, django_capture_on_commit_callbacks
):
    image = Image.objects.create(title="Gone", file=get_test_image_file())
    image.get_renditions(SCALE, "width-20")
    document = get_document_model().objects.create(
        title="Gone too", file=ContentFile(b"old", name="old.txt")
    )
    kept = Image.objects.create(title="Kept", file=get_test_image_file())
    assert len(object_store.keys()) == 5

    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
        document.delete()

    assert object_store.keys() == {kept.file.name}


@pytest.mark.parametrize("public", ["signed", "https://cdn.example.org/media"])
def test_public_files_may_be_sent_to_the_store_private_ones_never(
    settings, object_store, news, staff_editor, public
):
    settings.STORAGE_URL += f"?public={public}"
    settings.STORAGES = {**settings.STORAGES}
    shown = Image.objects.create(title="Shown", file=get_test_image_file())
    news_with_image(news["en"], "Public photo", shown)
    hidden = Image.objects.create(title="Hidden", file=get_test_image_file())
    page = news_with_image(news["fi"], "Piilossa", hidden)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    client = Client()

    answer = client.get(shown.file.url)
    assert answer.status_code == 302
    assert "public" in answer["Cache-Control"]
    max_age = int(answer["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert 0 < max_age <= 150  # less than the signed address's 300 s
    key = f"{object_store.prefix}/{shown.file.name}"
    if public == "signed":
        assert "Signature=" in answer["Location"]
        with urllib.request.urlopen(answer["Location"], timeout=10) as stored:
            assert stored.read() == shown.file.open("rb").read()
    else:
        assert answer["Location"] == f"{public}/{key}"

    assert client.get(hidden.file.url).status_code == 404
    client.force_login(staff_editor)
    answer = client.get(hidden.file.url)
    assert answer.status_code == 200  # streamed by the site, no address to pass on
    assert "no-store" in answer["Cache-Control"]


def test_an_editor_uploads_through_the_admin_and_sees_the_listing(
    object_store, home, editor
):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from wagtail.models import Collection

    client = Client()
    client.force_login(editor)
    png = get_test_image_file().file.getvalue()
    answer = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Kuva",
            "file": SimpleUploadedFile("kuva.png", png, "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert answer.status_code == 302, answer.context["form"].errors
    image = Image.objects.get(title="Kuva")
    assert image.file.name in object_store.keys()
    assert (image.width, image.height) == (640, 480)
    listing = client.get(reverse("wagtailimages:index"))
    assert listing.status_code == 200
    thumbnails = {k for k in object_store.keys() if k.startswith("images/")}
    assert thumbnails  # the listing's rendition, made on the store
    (thumbnail,) = thumbnails
    assert f"/media/{thumbnail}" in listing.content.decode()
    assert client.get(f"/media/{thumbnail}").status_code == 200
