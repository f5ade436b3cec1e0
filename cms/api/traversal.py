"""From a URL path to a page: ``""`` is the tree root (the Plone Site), ``/fi`` the
Finnish language root, ``/fi/kaytannot/x`` a page below it. Unknown paths that a Wagtail
redirect covers (moved or renamed pages) answer with a redirect, like plone.rest."""

from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponseRedirect
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from cms.api.exceptions import NotFound
from cms.conf import settings as api_settings
from cms.core import access, generation
from locales.config import LANGUAGE_CODES
from locales.ids import locale_id

# language → (home page id, its content type id), and the generation they are for.
_ROOTS: dict = {}
# (language, url path suffix) → (page id, its content type id), and the generation.
_PATHS: dict = {}
PATHS_SIZE = 20_000


class Redirected(Exception):
    """Raised with the response a moved page's old path answers with."""

    def __init__(self, response):
        self.response = response


def split_path(path: str) -> tuple[list[str], str | None, list[str]]:
    """``fi/x/@vocabularies/kinds`` → (["fi", "x"], "@vocabularies", ["kinds"])."""
    if any(ord(char) < 32 for char in path):
        # Control characters (NUL above all) never occur in slugs; databases may
        # truncate strings at NUL, so such a path must not reach a query.
        raise NotFound(_("Resource not found."))
    segments = [s for s in path.strip("/").split("/") if s]
    for index, segment in enumerate(segments):
        if segment.startswith("@"):
            return segments[:index], segment, segments[index + 1 :]
    return segments, None, []


def resolve(request, segments: list[str], *, base_row=False) -> Page:
    """The specific page at ``segments``; NotFound (or a redirect) if there is none.
    ``base_row``: the service reads only the base page's fields of its context (its
    path, locale, dates, restrictions): for a public read a language root is then
    built from its row remembered per content generation, as a base ``Page``."""
    if not segments:
        return Page.get_first_root_node()
    lang, rest = segments[0], segments[1:]
    if lang not in LANGUAGE_CODES:
        raise_not_found(request, segments)
    if not rest and base_row:
        page = language_root_row(lang, request)
        if page is not None:
            return page
    if not rest:
        page = language_root(lang, request)
    else:
        page = page_at(request, lang, rest)
    if rest and (page is None or not access.can_read(request, page)):
        # A missing or unseen page (a translation awaiting review): readers get the
        # source page in its place, if there is one.
        page = fallback_page(request, lang, rest) or page
    if page is None:
        raise_not_found(request, segments)
    specific = page.specific
    if specific is not page:  # .specific does not copy select_related objects
        specific.locale = page.locale
    return specific


def page_at(request, lang: str, rest: list[str]) -> Page | None:
    """The page at ``rest`` below the language's home (base or already specific).
    Which page holds a path changes by a publish, move or delete (the content
    generation moves on) or a draft's rename, so with a shared cache its id is
    remembered per generation in this process and the page loaded by id from its own
    type's table; the row must still be at that path (a draft renamed in between is
    looked up again). The read rule is the caller's, as for a page found afresh."""
    suffix = "/" + "/".join(rest) + "/"
    depth = 2 + len(rest)
    shared = generation.shared()
    if shared:
        now = getattr(request, "_content_generation", None) or generation.current()
        if request is not None:
            request._content_generation = now  # read once per request
        if _PATHS.get("generation") != now or len(_PATHS) > PATHS_SIZE:
            _PATHS.clear()
            _PATHS["generation"] = now
        remembered = _PATHS.get((lang, suffix))
        if remembered:
            pk, type_id = remembered
            model = ContentType.objects.get_for_id(type_id).model_class()
            rows = model.objects.filter(pk=pk) if model else Page.objects.none()
            for page in rows.select_related("locale").order_by()[:1]:
                at_path = page.url_path.endswith(suffix) and page.depth == depth
                if at_path and page.locale_id == locale_id(lang):
                    return page
    pages = Page.objects.filter(locale__language_code=lang, depth=depth)
    pages = pages.select_related("locale")  # translation_state reads it
    page = pages.filter(url_path__endswith=suffix).order_by("path").first()
    if page is not None and shared:
        _PATHS[(lang, suffix)] = (page.pk, page.content_type_id)
    return page


def language_root(lang: str, request=None, remembered_row=False) -> Page | None:
    """The language's home. Which page that is rarely changes, so its id is
    remembered until the content generation moves on (a publish, move or delete
    anywhere, in any process) or a home is saved or deleted in this process, and the
    page loaded by id from its own type's table (already specific), if it is still a
    home of the language."""
    now = getattr(request, "_content_generation", None) or generation.current()
    if request is not None:
        request._content_generation = now  # read once per request
    if _ROOTS.get("generation") != now:
        _ROOTS.clear()
        _ROOTS["generation"] = now
    if remembered_row and (row := _ROOTS.get(("row", lang))) is not None:
        return Page.from_db(DEFAULT_DB_ALIAS, BASE_FIELDS, row)
    remembered = _ROOTS.get(lang)
    if remembered:
        pk, type_id = remembered
        model = ContentType.objects.get_for_id(type_id).model_class()
        # By primary key alone (twice as fast as with the locale joined); checked here.
        found = model.objects.filter(pk=pk).order_by()[:1] if model else []
        for page in found:
            if page.depth == 2 and page.locale_id == locale_id(lang):
                return _keep_row(lang, page) if remembered_row else page
    page = find_language_root(lang)
    if page is None:
        _ROOTS.pop(lang, None)
        return None
    _ROOTS[lang] = (page.pk, page.content_type_id)
    return _keep_row(lang, page) if remembered_row else page


def _keep_row(lang: str, page: Page) -> Page:
    """Remember the home's base row (scalars only) and answer a base ``Page`` built
    from it, as later reads get."""
    row = tuple(getattr(page, name) for name in BASE_FIELDS)
    _ROOTS[("row", lang)] = row
    return Page.from_db(DEFAULT_DB_ALIAS, BASE_FIELDS, row)


BASE_FIELDS = tuple(f.attname for f in Page._meta.concrete_fields)


def language_root_row(lang: str, request) -> Page | None:
    """For a public read with a shared cache: the language's home as a base ``Page``
    built from its row as this process last loaded it in this content generation (a
    publish, move or delete anywhere retires it, a save of a home here too), no
    query; None otherwise. Drafts, locks and revisions (which change without a
    generation bump) are no part of what a public read's service reads of it."""
    from cms.api.access import is_public_read

    if not generation.shared() or not is_public_read(request):
        return None
    page = language_root(lang, request, remembered_row=True)
    return page if page is None or type(page) is Page else None


def forget_roots(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page) and instance.depth == 2:
        _ROOTS.clear()


def connect() -> None:
    post_save.connect(forget_roots, dispatch_uid="vetcms-api-language-roots")
    post_delete.connect(forget_roots, dispatch_uid="vetcms-api-language-roots")


def find_language_root(lang: str) -> Page | None:
    """The translation of the first home by path (the source site's, found at the
    start of the path index), looked up on the translation_key/locale index; else the
    language's first depth-2 page. Filtering on depth and locale alone reads every
    page of the locale (~20 ms at 10k pages on SQLite)."""
    homes = Page.objects.filter(depth=2)
    # The range on path lets the database walk the path index (depth has none).
    first = homes.filter(path__gt="").order_by("path").values("translation_key")[:1]
    homes = homes.select_related("locale")  # translation_state reads it
    found = homes.filter(translation_key__in=first, locale__language_code=lang).first()
    if found is not None:
        return found
    return homes.filter(locale__language_code=lang).order_by("path").first()


def fallback_page(request, lang: str, rest: list[str]) -> Page | None:
    """The untranslated source page that ``/<lang>/<rest>`` stands for (the
    ``FALLBACK_RESOLVER`` knob), or None. ``request.api_requested_language`` records the
    language asked for, so the content reports a "fallback" translation state. Only
    live pages are found; the services still check view restrictions."""
    if not api_settings.FALLBACK_RESOLVER:
        return None
    try:
        resolver = import_string(api_settings.FALLBACK_RESOLVER)
    except ImportError:
        return None
    found = resolver(request, lang, rest)
    # A routable page's sub-route is not a page of its own: the API does not serve it.
    if found is None or found[0].depth != 2 + len(rest):
        return None
    request.api_requested_language = lang
    return found[0]


def raise_not_found(request, segments: list[str]):
    old_path = "/" + "/".join(segments)
    site = Site.find_for_request(request)
    redirect = (
        Redirect.get_for_site(site)
        .filter(old_path__in=[Redirect.normalise_path(old_path), old_path])
        .select_related("redirect_page")
        .first()
    )
    if redirect is not None:
        target = _redirect_target(request, redirect)
        if target:
            status = 302 if request.method in ("GET", "HEAD") else 307
            response = HttpResponseRedirect(target)
            response.status_code = status
            raise Redirected(response)
    error = NotFound(_("Resource not found: %(path)s") % {"path": old_path})
    error.context = _closest_parent_url(request, segments)
    raise error


def _closest_parent_url(request, segments: list[str]) -> str:
    """The public URL of the deepest existing page above a missing path."""
    from cms.api.urls_public import page_url, public_base

    lang, rest = segments[0], segments[1:-1]
    if lang not in LANGUAGE_CODES:
        return public_base(request)
    # Only pages the requester may see: a draft above must not tell that it exists.
    pages = access.readable(
        request, Page.objects.filter(locale__language_code=lang, depth__gte=2)
    )
    for n in range(len(rest), -1, -1):
        candidates = pages.filter(depth=2 + n)
        if n:
            candidates = candidates.filter(
                url_path__endswith="/" + "/".join(rest[:n]) + "/"
            )
        found = candidates.order_by("path").first()
        if found is not None:
            return page_url(request, found)
    return public_base(request)


def _redirect_target(request, redirect) -> str | None:
    from cms.api.urls_public import page_path, public_base

    if redirect.redirect_page_id:
        return f"{public_base(request)}/++api++{page_path(redirect.redirect_page)}"
    return redirect.redirect_link or None
