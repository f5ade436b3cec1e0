"""@search's reader filters and facets, the site's own (kind, country, theme, target
group, year): with words they narrow the ranked search and count its facets; without
words the catalog applies them; bad values are a 400."""

import pytest
from django.utils import timezone

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def practices(practice_index):
    teachers = factories.TargetGroupFactory(slug="teachers", name="Teachers")
    learners = factories.TargetGroupFactory(slug="learners", name="Learners")
    guidance = factories.ThemeFactory(slug="guidance", name="Guidance")
    made = {}
    for title, kind, country, groups, themes in (
        ("Mentoring teachers in companies", "tool", "FI", [teachers], [guidance]),
        ("Mentoring learners at work", "good-practice", "NL", [learners], []),
        ("Mentoring for all", "quick-win", "FI", [teachers, learners], [guidance]),
    ):
        page = factories.PracticePageFactory(
            parent=practice_index, title=title, kind=kind, countries=[country]
        )
        page.target_groups.set(groups)
        page.themes.set(themes)
        page.save_revision().publish()
        made[title] = page
    return made


def titles(data) -> set[str]:
    return {item["title"] for item in data["items"]}


def test_words_and_a_target_group_narrow_the_search_and_count_its_facets(
    client, practices
):
    data = client.api("/en/@search?SearchableText=mentoring&group=teachers&facets=1")

    assert titles(data) == {"Mentoring teachers in companies", "Mentoring for all"}
    assert data["facets"]["group"] == {"teachers": 2, "learners": 1}
    assert data["facets"]["kind"] == {"tool": 1, "quick-win": 1}
    assert data["facets"]["country"] == {"FI": 2}
    assert data["facets"]["theme"] == {"guidance": 2}


def test_every_filter_must_hold(client, practices):
    data = client.api(
        "/en/@search?SearchableText=mentoring&group=learners&country=fi&kind=quick-win"
    )
    assert titles(data) == {"Mentoring for all"}


def test_filters_without_words_use_the_catalog(client, practices):
    data = client.api("/en/@search?group=learners&theme=guidance")
    assert titles(data) == {"Mentoring for all"}
    this_year = timezone.now().year
    data = client.api(f"/en/@search?portal_type=PracticePage&year={this_year}")
    assert len(titles(data)) == 3
    data = client.api(f"/en/@search?portal_type=PracticePage&year={this_year - 5}")
    assert titles(data) == set()


def test_a_year_that_is_not_a_number_is_a_400(client, practices):
    reply = client.get(
        "/++api++/en/@search", {"SearchableText": "mentoring", "year": "last"}
    )
    assert reply.status_code == 400
    assert "year" in reply.json()["message"]


def test_an_unknown_kind_with_words_is_a_400_that_names_the_allowed_kinds(
    client, practices
):
    reply = client.get(
        "/++api++/en/@search", {"SearchableText": "mentoring", "kind": "recipe"}
    )
    assert reply.status_code == 400
    assert "good-practice" in reply.json()["message"]


def test_editors_drafts_obey_the_filters_too(editor_client, practices, practice_index):
    draft = factories.PracticePageFactory(
        parent=practice_index, title="Mentoring draft", kind="tool", live=False
    )
    draft.save_revision()
    data = editor_client.api("/en/@search?SearchableText=mentoring&kind=quick-win")
    assert titles(data) == {"Mentoring for all"}
    data = editor_client.api("/en/@search?SearchableText=mentoring&kind=tool")
    assert "Mentoring draft" in titles(data)
