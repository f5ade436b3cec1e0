"""The content's vocabularies that search filters and facets by: a practice's kind,
countries, themes and target groups. The content app registers them when Django
loads it (pages/apps.py), so search imports no page module and the dependency
points one way, from pages down to search (issue #24)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured


@dataclass(frozen=True)
class Taxonomy:
    kinds: type  # TextChoices: the values and labels of a practice's kind
    country_name: Callable[[str], str]  # an ISO code's name in the active language
    country: type  # the Country model (code)
    theme: type  # the Theme model (slug, name, locale)
    target_group: type  # the TargetGroup model (slug, name, locale)


_registered: list[Taxonomy] = []


def register(taxonomy: Taxonomy) -> None:
    """Called once, from the content app's ``ready()``; a second call replaces it."""
    _registered[:] = [taxonomy]


def taxonomy() -> Taxonomy:
    if not _registered:
        raise ImproperlyConfigured(
            "No taxonomy registered for search: the content app ('pages') registers "
            "it in its AppConfig.ready(); is it in INSTALLED_APPS?"
        )
    return _registered[0]
