"""Serves uploaded files (MEDIA_ROOT, or the object store of STORAGE_URL, under
MEDIA_URL) in development and production, so that images only private pages use stay
private (cms.core.media_access).

An image's original (``original_images/…``) and its renditions (``images/…``) are
refused, like a missing file, to someone who may read none of the pages using it. The
check is cheap for public files: a cached list of the private images' file names
(rebuilt when the site's content generation changes, and at least every
``PRIVATE_FILES_SECONDS``) says a file cannot be private, and only a possible match
asks the database. Public files are sent with a public ``Cache-Control`` so browsers
and a CDN keep them; private ones with ``private, no-store``. Documents are served
by Wagtail's document view (/documents/…, its ``before_serve_document`` check), never
from here.
"""

import bisect
import posixpath

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import storages
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views import static
from wagtail.images import get_image_model

from cms.core import generation, media_access
from cms.storage.backend import MediaStorage
from cms.storage.serve import file_response

ORIGINALS = "original_images/"
RENDITIONS = "images/"
DOCUMENTS = "documents/"
PRIVATE_FILES_SECONDS = 30
PUBLIC_MAX_AGE = 3600
CACHE_KEY = "vetcms:private-image-files"


def private_files() -> dict:
    """{"originals": {path: image id}, "stems": sorted name stems} of private images."""
    key = f"{CACHE_KEY}:{generation.current()}"
    files = cache.get(key)
    if files is None:
        files = _private_files()
        cache.set(key, files, PRIVATE_FILES_SECONDS)
    return files


def _private_files() -> dict:
    image_model = get_image_model()
    ids = media_access.private_ids(image_model)
    originals = dict(image_model.objects.filter(pk__in=ids).values_list("file", "pk"))
    stems = sorted({_stem(path) for path in originals})
    return {"originals": originals, "stems": stems}


def _stem(path: str) -> str:
    return posixpath.splitext(posixpath.basename(path))[0]


def _maybe_rendition_of(stems: list[str], name: str) -> bool:
    """Whether a rendition's file name may belong to one of these originals: Wagtail
    names it ``<original stem, truncated>.<filter spec>.<format>``."""
    for cut in (i for i, char in enumerate(name) if char == "."):
        prefix = name[:cut]
        at = bisect.bisect_left(stems, prefix)
        if at < len(stems) and stems[at].startswith(prefix):
            return True
    return False


def image_of(path: str) -> int | None:
    """The id of the private image this media path is a file of, else None."""
    files = private_files()
    if path.startswith(ORIGINALS):
        return files["originals"].get(path)
    if not path.startswith(RENDITIONS):
        return None
    if not _maybe_rendition_of(files["stems"], posixpath.basename(path)):
        return None
    rendition_model = get_image_model().get_rendition_model()
    image_id = (
        rendition_model.objects.filter(file=path)
        .values_list("image_id", flat=True)
        .first()
    )
    return image_id if image_id in set(files["originals"].values()) else None


def serve(request, path: str):
    path = posixpath.normpath(path).lstrip("/")
    if path.startswith((DOCUMENTS, "..")):
        raise Http404
    image_id = image_of(path)
    if image_id is not None and not media_access.may_see(
        request, get_image_model(), image_id
    ):
        raise Http404
    storage = storages["default"]
    if isinstance(storage, MediaStorage):
        response = file_response(storage, path, image_id is None, PUBLIC_MAX_AGE)
        if response.status_code != 200:
            return response
    else:
        response = static.serve(request, path, document_root=settings.MEDIA_ROOT)
    if image_id is None:
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
