"""STORAGE_URL → the media storage's options; without it, the local disk as before."""

import subprocess
import sys
from pathlib import Path

import pytest

from cms.storage.config import BACKEND, storage_options, storages_setting

ROOT = Path(__file__).resolve().parents[2]
DISK = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}


def test_no_storage_url_keeps_the_local_disk():
    assert storages_setting("", DISK) is DISK
    code = "from django.conf import settings; print(settings.STORAGES['default'])"
    shown = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); " + code],
        cwd=ROOT,
        env={"PATH": "", "DJANGO_SETTINGS_MODULE": "cms.settings.test"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "FileSystemStorage" in shown.stdout, shown.stderr[-2000:]


def test_a_local_store_url():
    options = storage_options("s3+http://vetcms:s%2Fcret@127.0.0.1:8333/media")
    assert options["endpoint_url"] == "http://127.0.0.1:8333"
    assert (options["bucket_name"], options["location"]) == ("media", "")
    assert (options["access_key"], options["secret_key"]) == ("vetcms", "s/cret")
    assert options["file_overwrite"] is False
    assert options["querystring_auth"] is True and options["default_acl"] is None
    assert options["public_files"] == "stream"
    assert storages_setting("s3+http://k:s@h/b", DISK)["default"] == {
        "BACKEND": BACKEND
    }


def test_a_cloud_url_with_a_prefix_region_and_cdn():
    options = storage_options(
        "s3://s3.eu-north-1.amazonaws.com/vet-media/site-1/"
        "?region=eu-north-1&public=https://cdn.example.org&signed_seconds=60"
    )
    assert options["endpoint_url"] == "https://s3.eu-north-1.amazonaws.com"
    assert (options["bucket_name"], options["location"]) == ("vet-media", "site-1")
    assert options["access_key"] is None  # boto3 finds them (environment, role)
    assert options["region_name"] == "eu-north-1"
    assert options["public_files"] == "https://cdn.example.org"
    assert options["querystring_expire"] == 60


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8333/media",  # not s3://
        "s3://127.0.0.1:8333/",  # no bucket
        "s3:///media",  # no host
        "s3://h/b?acl=public-read",  # unknown option
        "s3://h/b?public=http://cdn.example.org",  # a CDN over plain HTTP
        "s3://h/b?signed_seconds=86400",
        "s3://h/b?signed_seconds=abc",
    ],
)
def test_malformed_urls_stop_the_start(url):
    with pytest.raises(ValueError):
        storages_setting(url, DISK)
