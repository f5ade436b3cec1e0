"""django-storages' S3 backend configured from STORAGE_URL (cms.storage.config).

Its options come from the setting, not from STORAGES' OPTIONS: Wagtail hands the
storage's deconstruction to a task to delete files, and that must not carry the key.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

from cms.storage.config import SIGNED, STREAM, storage_options


class MediaStorage(S3Storage):
    def get_default_settings(self):
        return {
            **super().get_default_settings(),
            **storage_options(settings.STORAGE_URL),
        }

    def url(self, name):
        """The site's own address (MEDIA_URL), never the bucket's: whether a file
        may be seen changes with the pages using it, so the site decides each time
        (cms.media_serve)."""
        return settings.MEDIA_URL + filepath_to_uri(clean_name(name))

    def signed_url(self, name: str) -> str:
        """An address on the store that works for ``querystring_expire`` seconds."""
        return super().url(name)

    def public_url(self, name: str) -> str | None:
        """Where readers of a public file are sent, or None to stream it."""
        if self.public_files == STREAM:
            return None
        if self.public_files == SIGNED:
            return self.signed_url(name)
        key = self._normalize_name(clean_name(name))
        return f"{self.public_files.rstrip('/')}/{filepath_to_uri(key)}"
