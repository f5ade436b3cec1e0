"""Images as Volto asks for them: ``<image>/@@images/image`` (the original) and
``<image>/@@images/image/<scale>``, where ``<image>`` is the ``…/++image++<id>`` URL
of an image block (``cms.api.blocks.links``). Volto's server fetches these paths
from the backend, with or without ``/++api++``, with the reader's token.

Images that only unseen pages use stay private (``cms.core.media_access``): they are
missing for everyone else, as under /media/."""

import mimetypes

from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from cms.api.access import authenticate_request
from cms.api.exceptions import ApiError
from cms.conf import settings as api_settings
from cms.core import media_access

PATTERN = r"^(?:\+\+api\+\+/)?\+\+image\+\+(?P<image_id>\d+)/@@images/(?P<rest>.+)$"
# Plone's scale names (plone.namedfile), as Wagtail filter specs; the API's own
# IMAGE_SCALES take precedence so that image JSON and these URLs agree.
PLONE_SCALES = {
    "icon": "max-32x32",
    "tile": "max-64x64",
    "thumb": "max-128x128",
    "mini": "max-200x200",
    "preview": "max-400x400",
    "teaser": "max-600x600",
    "large": "max-800x800",
    "larger": "max-1000x1000",
    "great": "max-1200x1200",
    "huge": "max-1600x1600",
}
PUBLIC_MAX_AGE = 3600


def scale_spec(name: str) -> str | None:
    return {**PLONE_SCALES, **api_settings.IMAGE_SCALES}.get(name)


@require_safe
def serve(request, image_id: str, rest: str):
    try:
        authenticate_request(request)
    except ApiError:
        raise Http404 from None  # a bad token sees what anonymous readers see
    model = get_image_model()
    image = model.objects.filter(pk=int(image_id)).first()
    if image is None or not media_access.may_see(request, model, image.pk):
        raise Http404
    file = image_file(image, rest.strip("/").split("/"))
    response = FileResponse(file.open("rb"), content_type=_mime(file.name))
    if image.pk not in media_access.private_ids(model, [image.pk]):
        patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response


def image_file(image, parts: list[str]):
    """The original (``image``) or a named scale (``image/<scale>``)."""
    if parts[0] != "image" or len(parts) > 2:
        raise Http404
    if len(parts) == 1:
        return image.file
    spec = scale_spec(parts[1])
    if spec is None:
        raise Http404
    try:
        return image.get_rendition(spec).file
    except SourceImageIOError:
        raise Http404 from None


def _mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
