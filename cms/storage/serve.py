"""A media file from the object store, for cms.media_serve once it has checked that
the reader may see it: streamed, or for a public file the store's (or a CDN's)
address when STORAGE_URL says ``public=signed`` or ``public=https://…``."""

from django.http import FileResponse, Http404, HttpResponseRedirect
from django.utils.cache import patch_cache_control

from cms.storage.backend import MediaStorage


def file_response(storage: MediaStorage, path: str, public: bool, max_age: int):
    address = storage.public_url(path) if public else None
    if address:
        response = HttpResponseRedirect(address)
        # Kept by browsers and proxies for less time than the signed address lives.
        max_age = min(max_age, storage.querystring_expire // 2)
        patch_cache_control(response, public=True, max_age=max_age)
        return response
    try:
        file = storage.open(path)
    except FileNotFoundError:
        raise Http404 from None
    return FileResponse(file)
