"""Absolute public URLs: every ``@id`` is built here, from the configured public origin
(or a trusted forwarded host), and never carries ``++api++``."""

from cms.conf import settings as api_settings
from locales.ids import locale_code


def public_base(request) -> str:
    """``https://host`` the readers' front end is served from (no trailing slash);
    worked out once per request (every ``@id`` of a reply starts with it)."""
    base = getattr(request, "_vetcms_public_base", None)
    if base is None:
        base = request._vetcms_public_base = _public_base(request)
    return base


def _public_base(request) -> str:
    if api_settings.PUBLIC_URL:
        return api_settings.PUBLIC_URL.rstrip("/")
    meta = request.META
    if api_settings.TRUST_FORWARDED_HOST and meta.get("HTTP_X_FORWARDED_HOST"):
        proto = meta.get("HTTP_X_FORWARDED_PROTO", "https").split(",")[0].strip()
        host = meta["HTTP_X_FORWARDED_HOST"].split(",")[0].strip()
        return f"{proto}://{host}"
    return f"{request.scheme}://{request.get_host()}"


def page_path(page) -> str:
    """The public path of a page: "" for the tree root, "/fi" for a language root,
    "/fi/kaytannot/x" below it (the home page's own slug is not part of the URL)."""
    if page.depth <= 1:
        return ""
    lang = locale_code(page.locale_id)
    rest = page.url_path.strip("/").split("/")[1:]
    return "/" + "/".join([lang, *rest]) if rest else f"/{lang}"


def page_url(request, page) -> str:
    return public_base(request) + page_path(page)


def service_url(request, page, name: str) -> str:
    return f"{page_url(request, page)}/{name}"
