"""Error messages answer in the request's language: the addressed content's
(``/++api++/fi/…``), else Accept-Language; English by default."""

import pytest

pytestmark = pytest.mark.django_db


def test_bad_parameter_under_finnish_content_is_explained_in_finnish(client, fi_home):
    data = client.api("/fi?b_size:int=many", expect=400)
    assert data == {
        "type": "BadRequest",
        "message": "Parametrin 'b_size' on oltava kokonaisluku, ei 'many'.",
    }


def test_bad_parameter_without_language_follows_accept_language(client, home):
    data = client.api("?b_size:int=many", expect=400, HTTP_ACCEPT_LANGUAGE="fi")
    assert data["message"] == "Parametrin 'b_size' on oltava kokonaisluku, ei 'many'."


def test_english_is_the_default_language_of_messages(client, home):
    data = client.api("/en?b_size:int=many", expect=400)
    assert data["message"] == "Parameter 'b_size' must be an integer, not 'many'."


def test_not_found_under_finnish_content_is_in_finnish(client, fi_home):
    data = client.api("/fi/ei-ole", expect=404)
    assert data["type"] == "NotFound"
    assert data["message"] == "Resurssia ei löytynyt: /fi/ei-ole"
