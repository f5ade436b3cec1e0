"""Each page type can be created with the fields the seeds need."""

import datetime as dt
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document

from pages.blocks import ResourceBlock
from pages.models import Country, MaterialBankPage, NewsPerson, ProjectPage
from tests import factories


def test_practice_keeps_kind_countries_themes_and_details(practice_index):
    theme = factories.ThemeFactory(name="Guidance", slug="guidance")
    practice = factories.PracticePageFactory(
        parent=practice_index,
        kind="tool",
        countries=["BE-FR", "NO"],
        themes=[theme],
        implementing_organisation="Jovent cooperative",
        start_year=2011,
        status="ongoing",
    )
    practice.service_languages.set(["de", "bs", "dyu"])
    practice.save()
    practice.refresh_from_db()

    assert practice.get_kind_display() == "Tool / toolkit"
    assert sorted(c.code for c in practice.countries.all()) == ["BE-FR", "NO"]
    assert [t.slug for t in practice.themes.all()] == ["guidance"]
    assert sorted(practice.service_languages.values_list("code", flat=True)) == [
        "bs",
        "de",
        "dyu",
    ]


def test_region_belongs_to_its_country(db):
    french_community = Country.objects.get(code="BE-FR")
    assert french_community.parent_id == "BE"
    assert str(french_community) == "Belgium – French Community"
    assert not french_community.in_network
    assert Country.objects.filter(in_network=True).count() == 29  # EU27 + IS + NO


def test_event_shows_local_time_in_its_own_time_zone(event_index):
    rome = zoneinfo.ZoneInfo("Europe/Rome")
    event = factories.EventPageFactory(
        parent=event_index,
        start=dt.datetime(2022, 3, 30, 10, 0, tzinfo=rome),
        end=dt.datetime(2022, 3, 30, 11, 30, tzinfo=rome),
        time_zone="Europe/Rome",
    )
    event.refresh_from_db()
    assert event.start.utcoffset() == dt.timedelta(0)  # stored in UTC
    assert event.local_start.strftime("%H.%M %Z") == "10.00 CEST"
    assert event.local_end.strftime("%H.%M") == "11.30"
    assert event.is_past


def test_event_cannot_end_before_it_starts(event_index):
    event = factories.EventPageFactory.build(
        start=dt.datetime(2030, 1, 2, tzinfo=dt.UTC),
        end=dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict


def test_event_documents_keep_their_order_and_kind(event_index):
    agenda = Document.objects.create(title="Agenda", file=ContentFile(b"x", "a.pdf"))
    slides = Document.objects.create(title="Slides", file=ContentFile(b"x", "s.pdf"))
    event = factories.EventPageFactory(
        parent=event_index,
        documents=[
            {
                "type": "document",
                "value": {"title": "Agenda", "kind": "agenda", "document": agenda.pk},
            },
            {
                "type": "document",
                "value": {
                    "title": "Slides",
                    "kind": "presentation",
                    "document": slides.pk,
                },
            },
        ],
    )
    event.refresh_from_db()
    assert [(b.value["kind"], b.value["document"].title) for b in event.documents] == [
        ("agenda", "Agenda"),
        ("presentation", "Slides"),
    ]


def test_news_names_people_and_related_articles(news_index):
    person = factories.PersonFactory(name="Pilvi Torsti", role="Director")
    earlier = factories.NewsPageFactory(parent=news_index)
    article = factories.NewsPageFactory(parent=news_index)
    article.people = [NewsPerson(person=person)]
    article.related_articles.create(related=earlier)
    article.save()

    assert [p.name for p in article.localized_people()] == ["Pilvi Torsti"]
    assert article.localized_related() == [earlier]


def test_project_orders_work_packages_and_rejects_reversed_dates(project_index):
    project = factories.ProjectPageFactory(
        parent=project_index,
        acronym="CoVE",
        start_date=dt.date(2021, 11, 1),
        end_date=dt.date(2023, 10, 31),
        work_packages=[
            {"type": "work_package", "value": {"number": n, "title": f"WP {n}"}}
            for n in (1, 2, 3, 4)
        ],
    )
    assert [wp.value["number"] for wp in project.work_packages] == [1, 2, 3, 4]

    project.end_date = dt.date(2020, 1, 1)
    with pytest.raises(ValidationError):
        project.clean()


def test_material_bank_filters_resources_by_role_type_and_language(project_index):
    project = factories.ProjectPageFactory(parent=project_index)
    resources = [
        ("Self-assessment", "self-assessment", ["learning-ambassador"], ["en", "fi"]),
        ("Badge criteria", "badge-criteria", ["workplace-trainer"], ["en", "et"]),
    ]
    bank = factories.MaterialBankPageFactory(
        parent=project,
        resources=[
            {
                "type": "resource",
                "value": {
                    "title": title,
                    "resource_type": kind,
                    "audiences": roles,
                    "languages": languages,
                    "url": "https://example.org/r",
                },
            }
            for title, kind, roles, languages in resources
        ],
    )
    bank = MaterialBankPage.objects.get(pk=bank.pk)

    assert isinstance(bank.project, ProjectPage)
    assert [r["title"] for r in bank.filtered_resources(language="et")] == [
        "Badge criteria"
    ]
    assert [
        r["title"] for r in bank.filtered_resources(audience="learning-ambassador")
    ] == ["Self-assessment"]
    assert bank.filtered_resources(resource_type="video") == []


def test_resource_needs_a_document_or_a_url():
    block = ResourceBlock()
    value = block.to_python(
        {
            "title": "Guide",
            "resource_type": "guide",
            "audiences": ["learner"],
            "languages": ["en"],
            "url": "",
            "document": None,
        }
    )
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_ambassador_index_counts_ambassadors_by_country(ambassador_index):
    factories.AmbassadorFactory(country="FI")
    factories.AmbassadorFactory(country="FI")
    factories.AmbassadorFactory(country="EE")
    assert ambassador_index.counts_by_country() == {"EE": 1, "FI": 2}
    assert [a.country for a in ambassador_index.ambassadors(country="EE")] == ["EE"]
