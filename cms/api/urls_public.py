"""Absolute public URLs: every ``@id`` is built here, from the configured public origin
(or a trusted forwarded host), and never carries ``++api++``."""

from urllib.parse import urlencode

from wagtail.models import Locale

from cms.conf import settings as api_settings

_LOCALE_CODES: dict[int, str] = {}


def public_base(request) -> str:
    """``https://host`` the readers' front end is served from (no trailing slash)."""
    if api_settings.PUBLIC_URL:
        return api_settings.PUBLIC_URL.rstrip("/")
    meta = request.META
    if api_settings.TRUST_FORWARDED_HOST and meta.get("HTTP_X_FORWARDED_HOST"):
        proto = meta.get("HTTP_X_FORWARDED_PROTO", "https").split(",")[0].strip()
        host = meta["HTTP_X_FORWARDED_HOST"].split(",")[0].strip()
        return f"{proto}://{host}"
    return f"{request.scheme}://{request.get_host()}"


def locale_code(locale_id: int) -> str:
    """Language code of a locale id, from a small cache refreshed on a miss."""
    if locale_id not in _LOCALE_CODES:
        _LOCALE_CODES.clear()
        _LOCALE_CODES.update(Locale.objects.values_list("id", "language_code"))
    return _LOCALE_CODES.get(locale_id, "")


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


def with_query(url: str, params: list[tuple[str, str]]) -> str:
    return f"{url}?{urlencode(params)}" if params else url
