"""Benchmark: what the privacy check on /media/ (cms/media_serve.py) costs, beside
Django's bare ``static.serve`` of the same files.

    python bench/media.py [--requests 300]
    STORAGE_URL=$(scripts/storage.sh url)/bench python bench/media.py   # object store

Builds a throwaway SQLite demo database, then makes one news photo private (its page
put behind a login). Times, in-process (Django test Client, full middleware), the
original and a rendition of a public photo, the private photo refused to an anonymous
reader (404) and served to an editor, and the same public files through a bare
``static.serve`` view: p50 / p95 in ms.

Measured 2026-12-02, quiet 2-core VM (load < 1), 300 requests each, p50: a public
original or rendition 0.30 ms checked vs 0.25 ms bare (the cached private-file list
answers without a query); a private file 3.1-3.4 ms for an editor (reference index
and page access queries); refused to an anonymous reader 20.6 ms, of which 17.7 ms is
the reader site's translated 404 page (a missing file costs the same).

On the object store (SeaweedFS from scripts/storage.sh, loopback), 5 December 2026,
loaded 2-core VM (load 7-10), 100 requests each, p50 store vs local disk (same load):
a public original or rendition 15-16 ms vs 0.5 ms (a HEAD and a GET to the store per
request, streamed by the site; ``public=signed`` redirects instead); a private file
for an editor 18-20 ms vs 12 ms; refused to an anonymous reader 46-47 ms vs 59-70 ms
(the 404 page dominates; the store is not asked).
"""

import argparse
import io
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

RENDITION = "fill-320x200"


def setup(work: str) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.dev"
    os.environ["DEBUG"] = "false"  # production's serving path (cms/media_serve.py)
    os.environ["DATABASE_URL"] = f"sqlite:///{work}/db.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{work}/media"
    os.environ["SEARCH_URL"] = ""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_demo", verbosity=0, stdout=io.StringIO())


def photos():
    """A public and a private news photo: (original path, rendition path) each."""
    from wagtail.models import PageViewRestriction

    from pages.models import NewsPage

    news = list(
        NewsPage.objects.live()
        .filter(locale__language_code="en", image__isnull=False)
        .order_by("path")
    )
    public, private = news[0], news[-1]
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    # Translations share the photo: they must be private too for it to be private.
    for page in private.get_translations():
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.LOGIN
        )
    return [
        (page.image.file.name, page.image.get_rendition(RENDITION).file.name)
        for page in (public, private)
    ]


def timed(client, url: str, status: int, requests: int) -> tuple[float, float]:
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        if response.streaming:  # static.serve streams the file: read all of it
            b"".join(response.streaming_content)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != status:
            raise SystemExit(f"{url} answered {response.status_code}, not {status}")
    return statistics.median(times), statistics.quantiles(times, n=20)[-1]


def bare_view(request, path):
    from django.conf import settings
    from django.views import static

    return static.serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns: list = []  # this module is the bare server's URLconf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    setup(tempfile.mkdtemp(prefix="vetcms-bench-media-"))

    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client, override_settings
    from django.urls import path

    from cms.core import generation

    settings.ALLOWED_HOSTS = ["*"]
    logging.getLogger("django.request").setLevel(logging.ERROR)  # a line per 404
    urlpatterns.append(path("media/<path:path>", bare_view))
    (public, public_rendition), (private, private_rendition) = photos()
    generation.bump()  # the private-file list is rebuilt for the new restriction
    editor = Client()
    editor.force_login(
        get_user_model().objects.create_superuser("bench-editor", "e@example.org", "x")
    )
    anonymous = Client()
    media = settings.MEDIA_URL
    rows = [
        ("public original", anonymous, public, 200),
        ("public rendition", anonymous, public_rendition, 200),
        ("private original, anonymous", anonymous, private, 404),
        ("private rendition, anonymous", anonymous, private_rendition, 404),
        ("missing file (404 page only)", anonymous, "original_images/none.png", 404),
        ("private original, editor", editor, private, 200),
        ("private rendition, editor", editor, private_rendition, 200),
    ]
    print(f"\n{args.requests} requests each, in-process, DEBUG off")
    print(f"{'file':<32}{'checked p50':>12}{'p95':>8}{'bare p50':>10}")
    for name, client, file, status in rows:
        p50, p95 = timed(client, f"{media}{file}", status, args.requests)
        bare = ""
        if status == 200 and client is anonymous and not settings.STORAGE_URL:
            with override_settings(ROOT_URLCONF=__name__):
                bare = f"{timed(client, f'{media}{file}', 200, args.requests)[0]:.2f}"
        print(f"{name:<32}{p50:>12.2f}{p95:>8.2f}{bare:>10}")


if __name__ == "__main__":
    main()
