"""Builds the demo site. Each step creates only what is missing, so running it again
changes nothing, and an editor's changes to demo pages survive."""

import datetime as dt
import zoneinfo

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from locales.config import LANGUAGE_CODES
from locales.localize import translate
from pages.demo import data, images, site_pages
from pages.demo.glossary import build_glossary
from pages.demo.media import demo_document, demo_image
from pages.demo.translations import (
    HOME_INTRO,
    HOME_TITLE,
    TRANSLATED_NEWS,
    TRANSLATED_PRACTICES,
    TRANSLATED_THEMES,
    TRANSLATIONS,
)
from pages.models import (
    Ambassador,
    AmbassadorApplication,
    AmbassadorIndexPage,
    EventIndexPage,
    EventPage,
    HomePage,
    MaterialBankPage,
    NewsIndexPage,
    NewsOrganisation,
    NewsPage,
    NewsPerson,
    NewsRelatedArticle,
    Organisation,
    Person,
    PracticeIndexPage,
    PracticePage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
    TargetGroup,
    Theme,
)


def add_child(parent, model, slug, **fields):
    """The published child page ``slug`` of ``parent``, created if it does not exist."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    relations = {k: fields.pop(k) for k in list(fields) if isinstance(fields[k], list)}
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    for name, values in relations.items():
        field = model._meta.get_field(name)
        if field.many_to_many and values and isinstance(values[0], str):
            values = list(field.related_model.objects.filter(pk__in=values))
        setattr(page, name, values)
    page.save_revision().publish()
    return page


def paragraph(html):
    return {"type": "paragraph", "value": html}


class DemoBuilder:
    def __init__(self):
        self.en = None
        self.themes, self.groups, self.orgs, self.people = {}, {}, {}, {}
        self.sections = {}

    def steps(self):
        """The build as named steps, for the command's progress bar."""
        return [
            ("locales", self.build_locales),
            ("home", self.build_home),
            ("taxonomies", self.build_snippets),
            ("practices", self.build_practices),
            ("projects", self.build_projects),
            ("events", self.build_events),
            ("news", self.build_news),
            ("ambassadors", self.build_ambassadors),
            ("site pages", self.build_site_pages),
            ("translations", self.build_translations),
            ("glossary", build_glossary),
        ]

    def build_locales(self):
        for code in LANGUAGE_CODES:
            Locale.objects.get_or_create(language_code=code)
        self.en = Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    def build_home(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(locale=self.en, depth=2).first()
        if home is None:
            # Wagtail's installer leaves a plain "Welcome" page as the site root.
            Page.objects.filter(
                depth=2, content_type=ContentType.objects.get_for_model(Page)
            ).delete()
            home = add_child(
                root,
                HomePage,
                "home",
                title=HOME_TITLE,
                intro=HOME_INTRO,
                locale=self.en,
            )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": "vetcms",
            },
        )
        self.home = home
        sections = [
            (
                "practices",
                PracticeIndexPage,
                "Inspiring practices",
                "Quick wins, good practices and tools that help learners stay in VET.",
            ),
            ("events", EventIndexPage, "Events", "Meetings, seminars and webinars."),
            ("news", NewsIndexPage, "News", "News from the agency and its partners."),
            ("projects", ProjectIndexPage, "Projects", "Projects and their resources."),
            (
                "ambassadors",
                AmbassadorIndexPage,
                "Ambassadors network",
                "People across Europe who share what works against early leaving from VET.",
            ),
        ]
        for slug, model, title, intro in sections:
            self.sections[slug] = add_child(home, model, slug, title=title, intro=intro)

    def build_snippets(self):
        for slug, name in data.THEMES:
            self.themes[slug], _c = Theme.objects.get_or_create(
                slug=slug, locale=self.en, defaults={"name": name}
            )
        for slug, name in data.TARGET_GROUPS:
            self.groups[slug], _c = TargetGroup.objects.get_or_create(
                slug=slug, locale=self.en, defaults={"name": name}
            )
        for key, name, acronym, kind, website, country in data.ORGANISATIONS:
            self.orgs[key], _c = Organisation.objects.get_or_create(
                name=name,
                locale=self.en,
                defaults={
                    "acronym": acronym,
                    "kind": kind,
                    "website": website,
                    "country_id": country,
                },
            )
        for key, name, role, org in data.PEOPLE:
            self.people[key], _c = Person.objects.get_or_create(
                name=name,
                locale=self.en,
                defaults={"role": role, "organisation": self.orgs[org]},
            )

    def build_practices(self):
        index = self.sections["practices"]
        add_child(
            index,
            StandardPage,
            "about",
            title="About the selection",
            summary="How the examples were chosen and which countries they cover.",
            body=[
                paragraph(
                    "<p>The examples come from a study on putting VET at the centre of policies "
                    "against early leaving. They were chosen because they were evaluated or "
                    "widely used, and because others can learn from them.</p>"
                )
            ],
        )
        for (
            slug,
            kind,
            title,
            summary,
            countries,
            themes,
            groups,
            org,
            languages,
            start,
            status,
        ) in data.PRACTICES:
            alt = images.PRACTICE_IMAGES[slug]
            add_child(
                index,
                PracticePage,
                slug,
                title=title,
                kind=kind,
                summary=summary,
                countries=countries,
                themes=[self.themes[t] for t in themes],
                target_groups=[self.groups[g] for g in groups],
                implementing_organisation=org,
                service_languages=languages,
                start_year=start,
                status=status,
                source_study=data.STUDY,
                image=demo_image(alt, images.COLOURS[len(slug) % 4]),
                image_alt=alt,
                body=[paragraph(f"<p>{summary}</p>")],
            )

    def build_projects(self):
        index = self.sections["projects"]
        self.projects = {}
        for spec in (data.NEXTSTEPS, data.COVE):
            self.projects[spec["slug"]] = add_child(
                index,
                ProjectPage,
                spec["slug"],
                title=spec["title"],
                acronym=spec["acronym"],
                summary=spec["summary"],
                start_date=spec["start_date"],
                end_date=spec["end_date"],
                partners=[self.orgs[o] for o in spec["partners"]],
                countries=spec["countries"],
                funding_programme=spec["funding_programme"],
                work_packages=[
                    {
                        "type": "work_package",
                        "value": {"number": n, "title": t, "description": d},
                    }
                    for n, t, d in spec["work_packages"]
                ],
            )
        guide = demo_document(
            "Mapping of self-assessment tools for vocational excellence"
        )
        cove = self.projects[data.COVE["slug"]]
        if not cove.deliverables:
            cove.deliverables = [
                {
                    "type": "deliverable",
                    "value": {
                        "title": guide.title,
                        "description": "The project's first deliverable.",
                        "document": guide.pk,
                        "url": "",
                        "due": "2022-06-30",
                    },
                }
            ]
            cove.save_revision().publish()
        add_child(
            self.projects[data.NEXTSTEPS["slug"]],
            MaterialBankPage,
            "material-bank",
            title="Material bank",
            intro="Tips and self-assessment tools for learning ambassadors and workplace "
            "trainers, in the project's five languages.",
            resources=[
                {
                    "type": "resource",
                    "value": {
                        "title": title,
                        "description": description,
                        "document": demo_document(title).pk,
                        "url": "",
                        "resource_type": kind,
                        "audiences": audiences,
                        "languages": languages,
                    },
                }
                for title, description, kind, audiences, languages in data.RESOURCES
            ],
        )

    def build_events(self):
        index = self.sections["events"]
        for spec in data.EVENTS:
            tz = zoneinfo.ZoneInfo(spec["time_zone"])
            alt = images.EVENT_IMAGES[spec["slug"]]
            add_child(
                index,
                EventPage,
                spec["slug"],
                title=spec["title"],
                summary=spec["summary"],
                time_zone=spec["time_zone"],
                start=timezone.make_aware(spec["start"], tz),
                end=timezone.make_aware(spec["end"], tz),
                venue=spec["venue"],
                image=demo_image(alt, images.COLOURS[len(alt) % 4]),
                image_alt=alt,
                online=spec["online"],
                online_url=spec.get("online_url", ""),
                registration_url=spec.get("registration_url", ""),
                organisers=[self.orgs[o] for o in spec["organisers"]],
                project=self.projects[data.COVE["slug"]]
                if spec is data.COVE_EVENT
                else None,
                documents=[
                    {
                        "type": "document",
                        "value": {
                            "title": title,
                            "kind": kind,
                            "document": demo_document(f"{title} - {spec['slug']}").pk,
                        },
                    }
                    for title, kind in spec["documents"]
                ],
            )

    def build_news(self):
        index = self.sections["news"]
        colours = [(11, 79, 156), (0, 112, 84), (140, 45, 25)]
        articles = []
        for spec, colour in zip(data.NEWS, colours, strict=True):
            image = demo_image(spec["title"], colour)
            articles.append(
                add_child(
                    index,
                    NewsPage,
                    spec["slug"],
                    title=spec["title"],
                    date=spec["date"],
                    lead=spec["lead"],
                    image=image,
                    image_alt=spec["caption"],
                    image_caption=spec["caption"],
                    body=[paragraph(spec["body"])],
                    people=[NewsPerson(person=self.people[p]) for p in spec["people"]],
                    organisations=[
                        NewsOrganisation(organisation=self.orgs[o])
                        for o in spec["organisations"]
                    ],
                )
            )
        first, second = articles[0], articles[1]
        if not first.related_articles.exists():
            first.related_articles = [NewsRelatedArticle(related=second)]
            first.save_revision().publish()
            second.related_articles = [NewsRelatedArticle(related=first)]
            second.save_revision().publish()

    def build_ambassadors(self):
        for name, country, city, lat, lon, kind, org, expertise in data.AMBASSADORS:
            Ambassador.objects.get_or_create(
                name=name,
                locale=self.en,
                defaults={
                    "country": country,
                    "city": city,
                    "latitude": lat,
                    "longitude": lon,
                    "kind": kind,
                    "organisation": org,
                    "expertise": expertise,
                },
            )
        for name, email, country, org, kind, motivation in data.APPLICATIONS:
            AmbassadorApplication.objects.get_or_create(
                email=email,
                defaults={
                    "name": name,
                    "country": country,
                    "organisation": org,
                    "kind": kind,
                    "motivation": motivation,
                    "consent": True,
                    "submitted_at": dt.datetime(2026, 10, 1, tzinfo=dt.UTC),
                },
            )

    def build_site_pages(self):
        """Contact, legal notice, privacy and accessibility: the footer's pages."""
        self.site_pages = [
            add_child(
                self.home,
                StandardPage,
                slug,
                title=title,
                summary=summary,
                body=[paragraph(f"<p>{text}</p>") for text in paragraphs],
            )
            for slug, title, summary, paragraphs in site_pages.SITE_PAGES
        ]

    def build_translations(self):
        nextsteps = self.projects[data.NEXTSTEPS["slug"]]
        objects = [
            self.home,
            *self.sections.values(),
            *(
                PracticePage.objects.get(slug=s, locale=self.en)
                for s in TRANSLATED_PRACTICES
            ),
            *(NewsPage.objects.get(slug=s, locale=self.en) for s in TRANSLATED_NEWS),
            nextsteps,
            MaterialBankPage.objects.child_of(nextsteps).get(),
            *(self.themes[s] for s in TRANSLATED_THEMES),
            *self.site_pages,
        ]
        for code in LANGUAGE_CODES:
            if code == self.en.language_code:
                continue
            locale = Locale.objects.get(language_code=code)
            for obj in objects:
                if not obj.has_translation(locale):
                    strings = {
                        **TRANSLATIONS.get(code, {}),
                        **site_pages.TRANSLATIONS.get(code, {}),
                        **images.ALT_TRANSLATIONS.get(code, {}),
                    }
                    translate(obj, code, strings)
