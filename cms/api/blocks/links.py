"""Links and images in blocks, both ways. Reading, internal links of rich text
(``<a linktype="page" id=…>``, documents) become public URLs, loaded in one query per
kind for the whole page; writing, a URL of this site (or Plone's
``resolveuid/<UID>``) becomes a page or document link again, any other URL stays a
plain ``href``. Images are addressed as ``<site>/++image++<id>``, which the
``@@images`` view (``cms.api.images``) answers as Volto asks for them."""

import re
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Page

from cms.api import urls_public
from cms.api.serializers.values import absolute

_PAGE_LINK = re.compile(r'<a\b[^>]*\blinktype="page"[^>]*>')
_DOC_LINK = re.compile(r'<a\b[^>]*\blinktype="document"[^>]*>')
_ID = re.compile(r'\bid="(\d+)"')
_RESOLVEUID = re.compile(r"(?:^|/)resolveuid/([0-9a-fA-F-]{32,36})/?$")
_DOCUMENT_PATH = re.compile(r"^/documents/(\d+)/")
_IMAGE_PATH = re.compile(r"^/(?:\+\+api\+\+/)?\+\+image\+\+(\d+)/?$")
IMAGE_PREFIX = "++image++"


def _ids(pattern, sources: list[str]) -> set[int]:
    return {
        int(m.group(1))
        for html in sources
        for tag in pattern.findall(html or "")
        for m in [_ID.search(tag)]
        if m
    }


class LinkMap:
    """Public URLs of the pages and documents that rich text values link to."""

    def __init__(self, request, sources: list[str]):
        self.request = request
        page_ids, doc_ids = _ids(_PAGE_LINK, sources), _ids(_DOC_LINK, sources)
        self.pages, self.documents = {}, {}
        if page_ids:  # no query at all for text without internal links
            pages = Page.objects.filter(pk__in=page_ids)
            pages = pages.only("pk", "depth", "url_path", "locale_id")
            self.pages = {p.pk: urls_public.page_url(request, p) for p in pages}
        if doc_ids:
            docs = get_document_model().objects.filter(pk__in=doc_ids)
            self.documents = {d.pk: absolute(request, d.url) for d in docs}

    def url(self, attrs: dict) -> str:
        kind, pk = attrs.get("linktype"), attrs.get("id", "")
        if kind == "page":
            return self.pages.get(int(pk), "") if str(pk).isdigit() else ""
        if kind == "document":
            return self.documents.get(int(pk), "") if str(pk).isdigit() else ""
        return attrs.get("href", "")


def image_url(request, image_id: int) -> str:
    return f"{urls_public.public_base(request)}/{IMAGE_PREFIX}{image_id}"


class LinkResolver:
    """URLs a client sends back, as ``<a>`` attributes of database HTML."""

    def __init__(self, request):
        self.request = request
        self.base = urls_public.public_base(request)

    def site_path(self, url: str) -> str | None:
        """The path of a URL of this site (absolute or ``/…``), else None."""
        if url.startswith(self.base + "/") or url == self.base:
            url = url[len(self.base) :] or "/"
        elif not url.startswith("/") or url.startswith("//"):
            return None
        path = unquote(urlsplit(url).path)
        return path.removeprefix("/++api++") or "/"

    def attrs(self, url: str) -> dict:
        path = self.site_path(url) if isinstance(url, str) else None
        if path is None and isinstance(url, str) and ":" not in url.split("/")[0]:
            path = "/" + url if _RESOLVEUID.search(url) else None  # "../resolveuid/…"
        if path is None:
            return {"href": url} if url else {}
        uid = _RESOLVEUID.search(path)
        page = page_by_uid(uid.group(1)) if uid else page_at(path)
        if page is not None:
            return {"linktype": "page", "id": page.pk}
        doc = _DOCUMENT_PATH.match(path)
        if doc and get_document_model().objects.filter(pk=doc.group(1)).exists():
            return {"linktype": "document", "id": int(doc.group(1))}
        if uid:
            raise ValidationError(_("No page has the UID %(uid)s.") % {"uid": uid[1]})
        return {"href": url}

    def image_id(self, url) -> int:
        """The image an image block's ``url`` names (``…/++image++<id>``)."""
        path = self.site_path(url) if isinstance(url, str) else None
        found = _IMAGE_PATH.match(path or "")
        if found is None:
            raise ValidationError(
                _("%(url)s is not an image of this site.") % {"url": url}
            )
        return int(found.group(1))


def page_at(path: str):
    """The page at a public path (``/fi/kaytannot/x``), else None."""
    segments = [s for s in path.strip("/").split("/") if s]
    if not segments or any(s.startswith("@") for s in segments):
        return None
    lang, rest = segments[0], segments[1:]
    pages = Page.objects.filter(locale__language_code=lang, depth=2 + len(rest))
    if rest:
        pages = pages.filter(url_path__endswith="/" + "/".join(rest) + "/")
    return pages.order_by("path").first()


def page_by_uid(uid: str):
    from cms.api.indexes import by_uid

    return Page.objects.filter(by_uid([uid])).first()
