"""Factories for every page type and snippet (wagtail-factories / factory_boy)."""

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from pages import models


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Theme

    name = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class TargetGroupFactory(ThemeFactory):
    class Meta:
        model = models.TargetGroup


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = "eu-agency"
    locale = factory.LazyFunction(Locale.get_default)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Person

    name = factory.Sequence(lambda n: f"Person {n}")
    role = "Director"
    locale = factory.LazyFunction(Locale.get_default)


class AmbassadorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Ambassador

    name = factory.Sequence(lambda n: f"Ambassador {n}")
    country = "FI"
    kind = "expert"
    locale = factory.LazyFunction(Locale.get_default)


class AmbassadorApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AmbassadorApplication

    name = "Eva Example"
    email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    country = "SI"
    organisation = "A VET school"
    kind = "learning-provider"
    motivation = "I want to share our mentoring scheme."
    consent = True


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.HomePage

    title = "Home"
    intro = "Welcome"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.StandardPage

    title = factory.Sequence(lambda n: f"Page {n}")
    summary = "A plain page."


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.PracticeIndexPage

    title = "Practices"
    slug = "practices"


class PracticePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.PracticePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Practice {n:03d}")
    kind = "good-practice"
    summary = "Learners are coached in companies."

    @factory.post_generation
    def countries(self, create, codes, **kwargs):
        self.countries.set(models.Country.objects.filter(code__in=codes or ["FI"]))
        if create:
            self.save()

    @factory.post_generation
    def themes(self, create, themes, **kwargs):
        if themes:
            self.themes.set(themes)
            if create:
                self.save()


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    start = factory.LazyFunction(
        lambda: timezone.now().replace(second=0, microsecond=0) + dt.timedelta(days=30)
    )
    end = factory.LazyAttribute(lambda o: o.start + dt.timedelta(hours=2))
    time_zone = "Europe/Brussels"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.NewsIndexPage

    title = "News"
    slug = "news"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.NewsPage

    title = factory.Sequence(lambda n: f"News {n}")
    lead = "Agencies meet."
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>The agencies met.</p>"}]
    )


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ProjectIndexPage

    title = "Projects"
    slug = "projects"


class ProjectPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.ProjectPage

    title = factory.Sequence(lambda n: f"Project {n}")
    summary = "Schools and companies cooperate."


class MaterialBankPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.MaterialBankPage

    title = "Material bank"
    slug = "material-bank"


class AmbassadorIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.AmbassadorIndexPage

    title = "Ambassadors network"
    slug = "ambassadors"
