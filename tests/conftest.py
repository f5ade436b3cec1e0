"""Shared fixtures: the five locales and a site whose root is an English home page."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from wagtail.models import Locale, Page, Site

from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE
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
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        username="editor", email="editor@example.org", password="pw"
    )


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
