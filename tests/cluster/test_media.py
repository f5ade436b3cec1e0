"""Media on a cluster: an image uploaded through server 1's admin is rendered once,
into the shared object store, and served with the same bytes through server 2; an
image used only by a private page is refused to anonymous readers on both servers."""

import http.cookiejar
import io
import json
import re
import subprocess
import urllib.error
import urllib.parse
import urllib.request
import uuid

from PIL import Image as PILImage

from tests.cluster.conftest import CLUSTER
from tests.cluster.test_freshness import ensure_home


def png(color) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (640, 480), color).save(out, "PNG")
    return out.getvalue()


def admin_session(server, editor):
    """An opener logged in to ``server``'s Wagtail admin, and its CSRF token."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{server}/admin/login/", timeout=30).read()
    token = next(c.value for c in jar if c.name == "csrftoken")
    form = {"username": editor[0], "password": editor[1]}
    form["csrfmiddlewaretoken"] = token
    answer = opener.open(
        urllib.request.Request(
            f"{server}/admin/login/", urllib.parse.urlencode(form).encode()
        ),
        timeout=30,
    )
    assert answer.url.rstrip("/").endswith("/admin")  # logged in, not the form again
    # Django rotates the CSRF token at login: the form takes the new one.
    return opener, next(c.value for c in jar if c.name == "csrftoken")


ROOT = "1"  # the root collection of a fresh database (wagtailcore's migration)


def upload(server, editor, title, data):
    """The admin's image upload form (wagtailimages:add), multipart."""
    opener, token = admin_session(server, editor)
    boundary = uuid.uuid4().hex
    parts = []
    fields = {"csrfmiddlewaretoken": token, "title": title, "collection": ROOT}
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"'
            f"\r\n\r\n{value}\r\n".encode()
        )
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
        f'filename="{title}.png"\r\nContent-Type: image/png\r\n\r\n'.encode()
        + data
        + b"\r\n"
    )
    parts.append(f"--{boundary}--\r\n".encode())
    request = urllib.request.Request(f"{server}/admin/images/add/", b"".join(parts))
    request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
    answer = opener.open(request, timeout=30)
    page = answer.read().decode()
    # A valid form redirects to the listing; an invalid one is the form again.
    errors = re.findall(r'class="error-message"[^>]*>(.*?)<', page, re.S)
    assert "/admin/images/add/" not in answer.url, errors or page[-3000:]


def manage(script) -> dict:
    """Run ``script`` (printing one JSON line last) with the cluster's settings."""
    done = subprocess.run(
        [*CLUSTER, "manage", "shell", "-c", script],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


STORE_STATE = """
import json
from django.core.files.storage import storages
from wagtail.images import get_image_model
image = get_image_model().objects.get(title={title!r})
renditions = [r.file.name for r in image.renditions.all()]
store = storages["default"]
print(json.dumps({{
    "pk": image.pk,
    "original": image.file.name,
    "original_in_store": store.exists(image.file.name),
    "renditions": renditions,
    "bytes": {{n: store.open(n, "rb").read().hex() for n in renditions}},
}}))
"""


def test_an_upload_through_one_server_is_rendered_once_and_served_by_both(
    servers, editor
):
    one, two = servers
    title = "cluster-" + uuid.uuid4().hex[:8]
    upload(one, editor, title, png((200, 30, 30)))
    stored = manage(STORE_STATE.format(title=title))
    assert stored["original_in_store"]
    # (the admin's listing after the redirect may have made its own thumbnail)
    before = set(stored["renditions"])
    scale = f"/++image++{stored['pk']}/@@images/image/thumb"

    status, made = get(two + scale)
    assert status == 200 and made[:8] == b"\x89PNG\r\n\x1a\n"
    status, again = get(one + scale)
    assert (status, again) == (200, made)

    after = manage(STORE_STATE.format(title=title))
    new = set(after["renditions"]) - before
    # One thumb rendition, made by server 2 and found by server 1: the same object.
    assert len(new) == 1, after["renditions"]
    (key,) = new
    assert bytes.fromhex(after["bytes"][key]) == made


PRIVATE_IMAGE = """
import json
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from pages.models import HomePage
from tests import factories
image = get_image_model().objects.get(title={title!r})
home = HomePage.objects.get(locale__language_code="en", slug="home")
index = factories.NewsIndexPageFactory(parent=home, slug={slug!r})
index.save_revision().publish()
page = factories.NewsPageFactory(parent=index, title={title!r}, image=image)
page.save_revision().publish()
PageViewRestriction.objects.create(page=page, restriction_type="login")
print(json.dumps({{"pk": image.pk}}))
"""


def test_an_image_used_only_by_a_private_page_is_refused_on_both_servers(
    servers, editor
):
    one, two = servers
    ensure_home(one, editor)  # the English home page the private news goes under
    title = "private-" + uuid.uuid4().hex[:8]
    upload(one, editor, title, png((30, 30, 200)))
    pk = manage(STORE_STATE.format(title=title))["pk"]
    paths = [f"/++image++{pk}/@@images/image", f"/++image++{pk}/@@images/image/thumb"]
    # Public while no page restricts it: server 2 reads (and may cache) it first.
    assert get(two + paths[1])[0] == 200
    manage(PRIVATE_IMAGE.format(title=title, slug="news-" + title))
    for server in (one, two):
        for path in paths:
            assert get(server + path)[0] == 404, (server, path)
