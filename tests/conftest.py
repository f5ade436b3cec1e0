"""Shared fixtures: the five locales and a site whose root is an English home page."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import Locale, Page, Site

from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE
from locales.localize import translate
from tests import factories


@pytest.fixture(autouse=True)
def source_language_interface():
    """Django keeps the last activated language in the thread, and a request to /fi/
    activates Finnish; with compiled catalogs that would translate the next test's
    labels. Every test starts, and ends, in the source language."""
    translation.activate(SOURCE_LANGUAGE)
    yield
    translation.activate(SOURCE_LANGUAGE)


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code in LANGUAGE_CODES
    }


@pytest.fixture
def home(locales):
    """An English HomePage as the default site's root, instead of the welcome page."""
    root = Page.get_first_root_node()
    Page.objects.filter(
        depth=2, content_type=ContentType.objects.get_for_model(Page)
    ).delete()
    home = factories.HomePageFactory(parent=root, slug="home", locale=locales["en"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


@pytest.fixture
def practice_index(home):
    return factories.PracticeIndexPageFactory(parent=home)


@pytest.fixture
def event_index(home):
    return factories.EventIndexPageFactory(parent=home)


@pytest.fixture
def news_index(home):
    return factories.NewsIndexPageFactory(parent=home)


@pytest.fixture
def project_index(home):
    return factories.ProjectIndexPageFactory(parent=home)


@pytest.fixture
def ambassador_index(home):
    return factories.AmbassadorIndexPageFactory(parent=home)


@pytest.fixture
def fi_home(home):
    return translate(home, "fi", {"Home": "Etusivu", "home": "etusivu"})


@pytest.fixture
def nl_home(home):
    return translate(home, "nl", {"Home": "Start", "home": "start"})


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="editor", email="editor@example.org", password="pw"
    )


def member(django_user_model, username, group_name):
    """A user in one of the groups locales.roles sets up (password "pw")."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="pw"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def fi_translator(django_user_model):
    from locales.roles import translators_group_name

    return member(django_user_model, "aino", translators_group_name("fi"))


@pytest.fixture
def staff_editor(django_user_model):
    from locales.roles import EDITORS

    return member(django_user_model, "emma", EDITORS)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo site (load_demo), built once for a module's tests: in a transaction
    rolled back after the module, while each test runs in its own savepoint (the
    ``db`` fixture), so a test's writes do not reach the next."""
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import transaction

    outer = transaction.atomic()
    with django_db_blocker.unblock():
        outer.__enter__()
        call_command("load_demo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    cache.clear()  # e.g. Wagtail's site root paths, which no rollback resets


@pytest.fixture
def report_figures(record_property):
    """Figures a test measured (probe counts, timings), printed in the run's summary:
    record_property travels back from pytest-xdist's workers, where print does not."""

    def report(*lines: str) -> None:
        for line in lines:
            record_property("figures", line)

    return report


def pytest_terminal_summary(terminalreporter):
    lines = [
        value
        for outcome in ("passed", "failed")
        for report in terminalreporter.stats.get(outcome, [])
        for name, value in getattr(report, "user_properties", ())
        if name == "figures" and report.when == "call"
    ]
    if lines:
        terminalreporter.section("figures measured by the tests")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def redis_url():
    """The Redis that scripts/test.sh starts (scripts/redis.sh) and exports as
    VETCMS_TEST_REDIS_URL: tests needing it skip locally without it, fail in CI."""
    import os
    import socket
    from urllib.parse import urlsplit

    url = os.environ.get("VETCMS_TEST_REDIS_URL", "")
    reason = "VETCMS_TEST_REDIS_URL is not set (start one: scripts/redis.sh start)"
    if url:
        parts = urlsplit(url)
        try:
            socket.create_connection((parts.hostname, parts.port or 6379), 2).close()
            return url
        except OSError as exc:
            reason = f"{url} does not answer ({exc})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI needs Redis: {reason}", pytrace=False)
    pytest.skip(f"Redis tests skipped: {reason}")


@pytest.fixture(scope="session")
def storage_url():
    """The object store that scripts/test.sh starts (scripts/storage.sh) and exports
    as VETCMS_TEST_STORAGE_URL: tests needing it skip locally without it, fail in CI."""
    import os
    import socket
    from urllib.parse import urlsplit

    url = os.environ.get("VETCMS_TEST_STORAGE_URL", "")
    reason = "VETCMS_TEST_STORAGE_URL is not set (start one: scripts/storage.sh start)"
    if url:
        parts = urlsplit(url)
        try:
            socket.create_connection((parts.hostname, parts.port or 443), 2).close()
            return url
        except OSError as exc:
            reason = f"{parts.hostname}:{parts.port} does not answer ({exc})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI needs the object store: {reason}", pytrace=False)
    pytest.skip(f"Object store tests skipped: {reason}")


@pytest.fixture
def object_store(storage_url, settings):
    """Media on the object store for one test, under a prefix of its own in the
    bucket (removed afterwards); yields that prefix's objects as a boto3 Bucket
    filter's arguments: ``{"Prefix": ...}`` with the bucket as ``.bucket``."""
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    from django.core.cache import caches
    from django.core.files.storage import storages

    from cms.storage.config import storages_setting

    # Wagtail caches renditions by image id, and ids come back after each test's
    # rollback: no rendition of another test's prefix.
    for cache in caches.all():
        cache.clear()

    parts = urlsplit(storage_url)
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    url = urlunsplit(parts._replace(path=f"{parts.path.rstrip('/')}/{prefix}"))
    settings.STORAGE_URL = url
    settings.STORAGES = storages_setting(url, settings.STORAGES)
    storage = storages["default"]
    yield ObjectStore(storage, prefix)
    storage.bucket.objects.filter(Prefix=f"{prefix}/").delete()


class ObjectStore:
    """The test's part of the bucket, read as the store itself lists it."""

    def __init__(self, storage, prefix):
        self.storage = storage
        self.prefix = prefix

    def keys(self) -> set[str]:
        """Object names relative to the media root (``original_images/…``)."""
        objects = self.storage.bucket.objects.filter(Prefix=f"{self.prefix}/")
        return {obj.key.removeprefix(f"{self.prefix}/") for obj in objects}

    def bucket_url(self, name: str) -> str:
        """The object's plain address on the store, with no signature."""
        endpoint = self.storage.endpoint_url.rstrip("/")
        return f"{endpoint}/{self.storage.bucket_name}/{self.prefix}/{name}"


@pytest.fixture
def remembered(monkeypatch):
    """The shared cache's memo (cms/core/generation) on, as in production, and empty
    before and after the test."""
    from cms.core import generation

    monkeypatch.setattr(generation, "shared", lambda: True)
    generation._MEMO.clear()
    yield
    generation._MEMO.clear()


@pytest.fixture
def access_clock(monkeypatch):
    """``cms.core.access``'s clock, set by the test (``access_clock.value``)."""
    from types import SimpleNamespace

    from django.utils import timezone

    from cms.core import access

    now = SimpleNamespace(value=timezone.now())
    monkeypatch.setattr(access, "timezone", SimpleNamespace(now=lambda: now.value))
    return now
