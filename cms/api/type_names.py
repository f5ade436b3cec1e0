"""Plone's type names as aliases of vetcms's page types, so that Plone clients (Volto,
@plone/client, scripts written for Plone) can say ``Document`` where vetcms says
``StandardPage``. Accepted in ``@type`` on POST, in ``portal_type`` queries (catalog,
@search, @querystring-search) and at ``@types/<name>``; replies keep vetcms's names
(Volto 17 would pick its Event/News Item views for Plone's names, and those views read
fields vetcms does not have). Names only: ``cms`` never imports a page model."""

from cms.api.serializers.registry import LANGUAGE_ROOT_TYPE

# Plone name → vetcms type names, the one to create first.
ALIASES: dict[str, tuple[str, ...]] = {
    "Document": ("StandardPage",),
    "News Item": ("NewsPage",),
    "Event": ("EventPage",),
    # The section index pages below a language root hold pages as Plone folders do.
    "Folder": (
        "PracticeIndexPage",
        "EventIndexPage",
        "NewsIndexPage",
        "ProjectIndexPage",
        "AmbassadorIndexPage",
    ),
}


def expand(names: list[str]) -> list[str]:
    """``portal_type`` values with each Plone name replaced by the vetcms names it
    stands for (unknown names stay, to be ignored as Plone's catalog ignores them)."""
    expanded: list[str] = []
    for name in names:
        for each in ALIASES.get(name, (name,)):
            if each not in expanded:
                expanded.append(each)
    return expanded


def candidates(name: str) -> tuple[str, ...]:
    """The vetcms type names a single ``@type`` may mean, in order of preference."""
    return ALIASES.get(name, (name,))


def plone_name(vetcms_name: str) -> str | None:
    """The Plone name a vetcms type answers to, if any (``LRF`` is its own)."""
    if vetcms_name == LANGUAGE_ROOT_TYPE:
        return LANGUAGE_ROOT_TYPE
    for plone, names in ALIASES.items():
        if vetcms_name in names:
            return plone
    return None
