"""A small bilingual tree for the editing tests (Volto's edit, add and translate
flows): an English section with a published page and its live Finnish translation."""

import json

import pytest

from cms.api.urls_public import page_path
from locales.localize import translate
from tests import factories


@pytest.fixture
def tree(home, practice_index, editor):
    fi_home = translate(home, "fi", {"Home": "Etusivu"})
    en_page = factories.StandardPageFactory(parent=practice_index, title="Guide")
    en_page.save_revision(user=editor).publish(user=editor)
    fi_page = translate(en_page, "fi", {"Guide": "Opas"})
    return {
        "en": en_page,
        "fi": fi_page,
        "fi_home": fi_home,
        "fi_index": practice_index.get_translation(fi_home.locale),
        "en_index": practice_index,
    }


def send(client, method, page, suffix="", body=None, user=None, **headers):
    kwargs = {"content_type": "application/json", **headers}
    if body is not None:
        kwargs["data"] = json.dumps(body)
    if user is not None:
        from tests.api.conftest import basic  # conftest imports this module

        kwargs.update(basic(user.username))
    return getattr(client, method)("/++api++" + page_path(page) + suffix, **kwargs)
