"""Page types and snippets, one module per content family."""

from pages.models.ambassadors import (
    Ambassador,
    AmbassadorApplication,
    AmbassadorIndexPage,
)
from pages.models.base import Country, Language
from pages.models.events import EventIndexPage, EventPage
from pages.models.home import HomePage, StandardPage
from pages.models.material_banks import MaterialBankPage
from pages.models.news import (
    NewsIndexPage,
    NewsOrganisation,
    NewsPage,
    NewsPerson,
    NewsRelatedArticle,
)
from pages.models.practices import PracticeIndexPage, PracticePage
from pages.models.projects import ProjectIndexPage, ProjectPage
from pages.models.snippets import Organisation, Person, TargetGroup, Theme

__all__ = [
    "Ambassador",
    "AmbassadorApplication",
    "AmbassadorIndexPage",
    "Country",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "Language",
    "MaterialBankPage",
    "NewsIndexPage",
    "NewsOrganisation",
    "NewsPage",
    "NewsPerson",
    "NewsRelatedArticle",
    "Organisation",
    "Person",
    "PracticeIndexPage",
    "PracticePage",
    "ProjectIndexPage",
    "ProjectPage",
    "StandardPage",
    "TargetGroup",
    "Theme",
]
