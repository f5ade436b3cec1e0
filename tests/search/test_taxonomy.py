"""Search reaches the content's vocabularies through the registry that the pages app
fills when Django loads it (search/taxonomy.py), not by importing pages."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from pages.models import Country, TargetGroup, Theme
from pages.vocabularies import PracticeKind, country_name
from search import taxonomy


def test_the_pages_app_registers_its_vocabularies_for_search():
    registered = taxonomy.taxonomy()
    assert registered == taxonomy.Taxonomy(
        kinds=PracticeKind,
        country_name=country_name,
        country=Country,
        theme=Theme,
        target_group=TargetGroup,
    )


def test_without_a_registered_taxonomy_search_says_which_app_registers_it(
    monkeypatch,
):
    monkeypatch.setattr(taxonomy, "_registered", [])
    with pytest.raises(ImproperlyConfigured, match="'pages'"):
        taxonomy.taxonomy()
