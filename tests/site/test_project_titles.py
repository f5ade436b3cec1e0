"""A project's heading names its acronym once: "Title (ACRONYM)" only when the title
does not already hold it, on the project page and in the projects listing."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "title, acronym, shown",
    [
        ("NextSteps@TechVET", "NextSteps@TechVET", "NextSteps@TechVET"),
        ("The NEXUS project", "Nexus", "The NEXUS project"),
        ("Ambassadors for VET", "LA4VET", "Ambassadors for VET (LA4VET)"),
        ("Skills for tomorrow", "", "Skills for tomorrow"),
    ],
)
def test_the_acronym_is_not_repeated(client, home, title, acronym, shown):
    index = factories.ProjectIndexPageFactory(parent=home)
    project = factories.ProjectPageFactory(parent=index, title=title, acronym=acronym)

    page_html = client.get(project.url).content.decode()
    listing_html = client.get(index.url).content.decode()

    assert f"<h1>{shown}</h1>" in page_html
    assert f">{shown}</a>" in listing_html
