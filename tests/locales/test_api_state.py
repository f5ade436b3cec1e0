"""Every content response of the API says how its content is translated."""

import pytest

from locales.localize import translate
from tests import factories


@pytest.fixture
def tree(practice_index, fi_home, nl_home):
    translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )
    practice = factories.PracticePageFactory(
        parent=practice_index, title="Coaching", slug="coaching"
    )
    translate(practice, "fi", {"Coaching": "Valmennus", "coaching": "valmennus"})
    return practice


def state(client, path):
    response = client.get("/++api++" + path)
    assert response.status_code == 200, response.content[:300]
    return response.json()["translation_state"]


def test_source_content_says_it_is_the_source(client, tree):
    assert state(client, "/en/practices/coaching")["state"] == "source"


def test_a_partial_translation_says_what_is_still_in_the_source_language(client, tree):
    fi = state(client, "/fi/kaytannot/valmennus")
    assert fi["state"] == "incomplete"
    assert fi["language"] == "fi" and fi["source_language"] == "en"
    assert 0 < fi["translated"] < fi["segments"]


def test_a_stale_translation_says_it_is_out_of_date(client, tree):
    tree.summary = "A new summary."
    tree.save_revision().publish()
    assert state(client, "/fi/kaytannot/valmennus")["state"] == "out_of_date"
