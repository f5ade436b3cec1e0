"""The permission probe's crawler: every reader-facing surface (site pages, listings,
feeds, sitemap, site search, the Plone-style API's content, @search, @suggest,
@navigation, @querystring-search, and every service that takes a page: @history and
@history/<n>, @workflow, @lock, @translations, @preview-token; Wagtail's API v2,
document downloads, image originals and renditions) and the admin's choosers, search
and reports, as one user; each answer is handed to ``see(surface, body)``."""

import json
from collections.abc import Callable
from urllib.parse import quote

from cms.api.urls_public import page_path
from locales.config import LANGUAGE_CODES
from tests.security.world import COMMON_WORD, World

See = Callable[[str, str], None]


# Soft hyphens (UTF-8 bytes, ``&shy;``) that headings put into long words: a token
# hyphenated for a narrow screen has leaked all the same.
SOFT_HYPHENS = (b"\xc2\xad", b"&shy;", b"&#173;")


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else None
    content = content if content is not None else response.content
    for soft_hyphen in SOFT_HYPHENS:
        content = content.replace(soft_hyphen, b"")
    return content.decode("latin-1")


def fetch(client, see: See, surface: str, url: str, **kwargs) -> None:
    response = client.get(url, **kwargs)
    see(surface, f"{response.status_code} {body(response)}")


def crawl_site(client, world: World, see: See) -> None:
    for code in LANGUAGE_CODES:
        sections = world.indexes[code]
        fetch(client, see, "site home", f"/{code}/")
        for name in ("news", "practices", "events"):
            fetch(client, see, "site listing", sections[name].url)
        fetch(client, see, "rss feed", sections["news"].url + "rss/")
        fetch(client, see, "atom feed", sections["news"].url + "atom/")
        fetch(client, see, "ical", sections["events"].url + "ical/")
        fetch(client, see, "site search", f"/{code}/search/?q={COMMON_WORD}")
        fetch(client, see, "api suggest", f"/++api++/{code}/@suggest?q=probe&limit=20")
    fetch(client, see, "sitemap", "/sitemap.xml")
    for secret in world.pages:
        fetch(client, see, "site page", secret.page.url)
        code = secret.locale
        fetch(client, see, "site search", f"/{code}/search/?q={secret.key}")


def crawl_api(client, world: World, see: See) -> None:
    for code in LANGUAGE_CODES:
        api = f"/++api++/{code}"
        fetch(
            client,
            see,
            "api navigation",
            f"{api}/@navigation?expand.navigation.depth=4",
        )
        fetch(client, see, "api translations", f"{api}/@translations")
        for name in ("news", "practices", "events"):
            path = page_path(world.indexes[code][name])
            fetch(client, see, "api listing", f"/++api++{path}?b_size=100")
        fetch(
            client,
            see,
            "api search",
            f"{api}/@search?SearchableText={COMMON_WORD}&b_size=100",
        )
        query = [
            {
                "i": "path",
                "o": "plone.app.querystring.operation.string.path",
                "v": f"/{code}",
            }
        ]
        response = client.post(
            "/++api++/@querystring-search",
            data=json.dumps({"query": query, "b_size": 200}),
            content_type="application/json",
        )
        see("api querystring-search", body(response))
        fetch(
            client,
            see,
            "api querystring-search",
            "/++api++/@querystring-search?query=" + quote(json.dumps(query)),
        )
    for state in ("private", "published"):
        fetch(
            client,
            see,
            "api search review_state",
            f"/++api++/@search?review_state={state}&b_size=500&Language=all",
        )
    for secret in world.pages:
        path = page_path(secret.page)
        fetch(client, see, "api content", f"/++api++{path}")
        if secret.kind != "public":
            fetch(client, see, "api translations", f"/++api++{path}/@translations")
            if world.rng.random() < SERVICE_SHARE:
                crawl_page_services(client, path, see)
        crawl_preview(client, path, see)


PAGE_SERVICES = ("@history/0", "@history/1", "@workflow", "@lock")
# Each user asks these of a random share of the hidden pages (the seed replays it):
# every kind and locale is still met in a run, at a third of the requests.
SERVICE_SHARE = 0.35


def crawl_page_services(client, path: str, see: See) -> None:
    """The services that take a page answer by the page's own permissions: its
    revisions (drafts) and review history only to those who may edit it."""
    for service in PAGE_SERVICES:
        fetch(client, see, f"api {service.split('/')[0]}", f"/++api++{path}/{service}")


ADMIN_URLS = (
    ("admin page chooser search", "/admin/choose-page/search/?q=probe"),
    ("admin page chooser", "/admin/choose-page/"),
    ("admin image chooser", "/admin/images/chooser/?q=probe"),
    ("admin image chooser", "/admin/images/chooser/"),
    ("admin document chooser", "/admin/documents/chooser/"),
    ("admin search", f"/admin/pages/search/?q={COMMON_WORD}"),
    ("admin report page types", "/admin/reports/page-types-usage/"),
    ("admin report locked pages", "/admin/reports/locked/"),
    ("admin report aging pages", "/admin/reports/aging-pages/"),
    ("admin report workflows", "/admin/reports/workflow/"),
    ("admin report site history", "/admin/reports/site-history/"),
)


def crawl_admin(client, world: World, see: See) -> None:
    """What the admin shows a signed-in user outside their own pages."""
    for surface, url in ADMIN_URLS:
        fetch(client, see, surface, url)


def crawl_preview(client, path: str, see: See) -> None:
    """A preview token is worth what it opens: the page's latest revision."""
    from django.test import Client

    response = client.get(f"/++api++{path}/@preview-token")
    see("api preview-token", body(response))
    if response.status_code == 200:
        token = response.json()["token"]
        fetch(
            Client(),
            see,
            "api preview (anonymous with token)",
            f"/++api++{path}?preview_token={token}",
        )


def crawl_v2_list(client, see: See, surface: str, url: str) -> None:
    """Every batch of a Wagtail API v2 listing (at most 20 items a request)."""
    offset = 0
    while True:
        response = client.get(f"{url}&limit=20&offset={offset}")
        see(surface, f"{response.status_code} {body(response)}")
        items = response.json().get("items", []) if response.status_code == 200 else []
        if len(items) < 20:
            return
        offset += 20


def crawl_v2_and_files(client, world: World, see: See) -> None:
    crawl_v2_list(client, see, "api v2 pages", "/api/v2/pages/?fields=title")
    crawl_v2_list(client, see, "api v2 search", f"/api/v2/pages/?search={COMMON_WORD}")
    crawl_v2_list(client, see, "api v2 documents", "/api/v2/documents/?fields=title")
    crawl_v2_list(client, see, "api v2 images", "/api/v2/images/?fields=title")
    for secret in world.pages:
        fetch(client, see, "api v2 page", f"/api/v2/pages/{secret.page.pk}/")
    for secret in world.secrets:
        if secret.document is not None:
            document = secret.document
            fetch(client, see, "document download", document.url)
            fetch(client, see, "api v2 document", f"/api/v2/documents/{document.pk}/")
        if secret.image_urls:
            crawl_image(client, secret, see)


def crawl_image(client, secret, see: See) -> None:
    """The original holds the token in its bytes; a rendition is re-encoded without
    it, so a rendition served (200) counts as the token seen."""
    original, *renditions = secret.image_urls
    fetch(client, see, "image original", original)
    for url in renditions:
        response = client.get(url)
        served = response.status_code == 200
        see(
            "image rendition",
            f"{response.status_code} {secret.token if served else ''}",
        )


def crawl(client, world: World, see: See, admin: bool = False) -> None:
    crawl_site(client, world, see)
    crawl_api(client, world, see)
    crawl_v2_and_files(client, world, see)
    if admin:
        crawl_admin(client, world, see)
