"""hreflang alternates and the language switcher advertise only translations anyone
may read (cms.core.access): an expired, private or unreviewed translation is never listed,
for anonymous readers in any language, a translator or an editor."""

import datetime as dt
import re

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from locales.localize import translate
from locales.roles import EDITORS, translators_group_name
from tests import factories

pytestmark = pytest.mark.django_db
ALTERNATE = re.compile(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">')
SWITCHER = re.compile(r'<a href="([^"]+)" hreflang="([^"]+)" lang=')


@pytest.fixture
def translations(home, practice_index):
    """A practice page in English and four translations: fi expired (the scheduler
    has not run), nl in a login-restricted section, et awaiting review (draft), lv
    live and public."""
    for code in ("fi", "nl", "et", "lv"):
        translate(home, code)
        translate(practice_index, code, {"practices": f"practices-{code}"})
    page = factories.PracticePageFactory(parent=practice_index, title="Hoof care")
    page.save_revision().publish()
    pages = {"en": page}
    for code in ("fi", "nl", "et", "lv"):
        pages[code] = translate(page, code, {"Hoof care": f"Hoof care {code}"})
    Page.objects.filter(pk=pages["fi"].pk).update(
        expire_at=timezone.now() - dt.timedelta(minutes=5)
    )
    PageViewRestriction.objects.create(page=pages["nl"], restriction_type="login")
    pages["et"].unpublish()
    return {code: Page.objects.get(pk=p.pk) for code, p in pages.items()}


def alternates(client, url) -> dict[str, str]:
    response = client.get(url)
    assert response.status_code == 200, url
    return dict(ALTERNATE.findall(response.content.decode()))


def switcher(client, url) -> dict[str, str]:
    html = client.get(url).content.decode()
    return {code: href for href, code in SWITCHER.findall(html)}


def as_member(client, django_user_model, name, group):
    user = django_user_model.objects.create_user(name, password="pw")
    user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


def test_hreflang_lists_only_translations_anyone_may_read(client, translations):
    for code in ("en", "lv"):
        links = alternates(client, translations[code].url)
        assert set(links) == {"en", "lv", "x-default"}, code
        assert links["lv"].endswith(translations["lv"].url)


def test_hidden_translations_are_never_advertised_in_any_reader_language(
    client, translations
):
    hidden = {translations[code].url for code in ("fi", "nl", "et")}
    for language in ("en", "fi", "et", "lv"):
        # Readers of fi and et get the English page at their address, as the fallback.
        response = client.get(translations[language].url)
        assert response.status_code == 200, language
        html = response.content.decode()
        for href in hidden:
            assert f'href="http://localhost{href}"' not in html, (language, href)
        links = switcher(client, translations[language].url)
        assert "nl" not in links, language  # the private translation holds its address
        for code in ("fi", "et"):
            followed = client.get(links[code])
            assert followed.status_code == 200, (language, code)
            assert followed.context["page"].pk == translations["en"].pk
            assert f"Hoof care {code}" not in followed.content.decode()


def test_a_translator_and_an_editor_see_the_same_alternates_as_readers(
    client, django_user_model, translations
):
    translator = as_member(
        client, django_user_model, "aino", translators_group_name("fi")
    )
    # The fi translator may open their expired page; it still advertises only en, lv.
    assert set(alternates(translator, translations["fi"].url)) == {
        "en",
        "lv",
        "x-default",
    }
    translator.logout()
    editor = as_member(client, django_user_model, "emma", EDITORS)
    for code in ("en", "nl", "et"):
        links = alternates(editor, translations[code].url)
        assert set(links) == {"en", "lv", "x-default"}, code
