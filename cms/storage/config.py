"""The media storage's options from one URL (STORAGE_URL), like CACHE_URL.

    s3://KEY:SECRET@host[:port]/bucket[/prefix]?region=eu-west-1   (HTTPS)
    s3+http://KEY:SECRET@127.0.0.1:8333/media                      (plain HTTP, local)

Without KEY:SECRET boto3 finds credentials itself (environment, instance role).
``public=signed`` sends readers of public files to a signed address on the store,
``public=https://cdn.example.org`` to a CDN that reads the bucket; by default the
site streams them, as it always does private ones. ``signed_seconds`` (300) is how
long a signed address lives.
"""

from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

BACKEND = "cms.storage.backend.MediaStorage"
SCHEMES = {"s3": "https", "s3+http": "http"}
STREAM, SIGNED = "stream", "signed"


def storage_options(url: str) -> dict[str, Any]:
    """MediaStorage's options (django-storages' S3Storage settings, plus
    ``public_files``) from STORAGE_URL; ValueError for a malformed one."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise ValueError(f"STORAGE_URL: use s3:// or s3+http://, not {parts.scheme!r}")
    bucket, _, prefix = parts.path.strip("/").partition("/")
    if not parts.hostname or not bucket:
        raise ValueError("STORAGE_URL needs a host and a bucket: s3://host/bucket")
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    unknown = set(query) - {"region", "public", "signed_seconds"}
    if unknown:
        raise ValueError(f"STORAGE_URL: unknown options {sorted(unknown)}")
    public = query.get("public", STREAM)
    if public not in (STREAM, SIGNED) and not public.startswith("https://"):
        raise ValueError("STORAGE_URL: public= is stream, signed or an https:// CDN")
    seconds = query.get("signed_seconds", "300")
    if not seconds.isdigit() or not 0 < int(seconds) <= 3600:
        raise ValueError("STORAGE_URL: signed_seconds is 1 to 3600")
    port = f":{parts.port}" if parts.port else ""
    return {
        "endpoint_url": f"{SCHEMES[parts.scheme]}://{parts.hostname}{port}",
        "bucket_name": bucket,
        "location": prefix,
        "access_key": unquote(parts.username) if parts.username else None,
        "secret_key": unquote(parts.password) if parts.password else None,
        "region_name": query.get("region"),
        # Every object private (the bucket's default): readers get a file through
        # the site's checked views, or an address signed for a few minutes.
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": int(seconds),
        # Two uploads of "photo.jpg" are two objects, as on the local disk.
        "file_overwrite": False,
        "public_files": public,
    }


def storages_setting(url: str, storages: dict[str, Any]) -> dict[str, Any]:
    """STORAGES with the media on the object store when STORAGE_URL is set."""
    if not url:
        return storages
    storage_options(url)  # a malformed URL stops the start
    return {**storages, "default": {"BACKEND": BACKEND}}
