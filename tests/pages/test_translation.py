"""Every page type and the taxonomy snippets translate into Finnish through
wagtail-localize: texts are translated; dates, countries, files and choices stay
synchronised."""

import datetime as dt

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from locales.localize import translate
from pages.models import Theme
from tests import factories


def test_home_translation_is_a_live_sibling_root(home, fi_home):
    assert fi_home.title == "Etusivu"
    assert fi_home.live
    assert fi_home.locale.language_code == "fi"
    assert fi_home.translation_key == home.translation_key
    assert fi_home.url == "/fi/"


def test_practice_translation_translates_text_and_syncs_classification(
    practice_index, fi_home
):
    theme = factories.ThemeFactory(name="Work-based learning", slug="wbl")
    fi_theme = translate(theme, "fi", {"Work-based learning": "Työssäoppiminen"})
    practice = factories.PracticePageFactory(
        parent=practice_index,
        title="Apprenticeship coaching",
        slug="apprenticeship-coaching",
        summary="Coaches help apprentices and trainers.",
        kind="good-practice",
        countries=["AT"],
        themes=[theme],
        start_year=2012,
    )
    translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )

    fi = translate(
        practice,
        "fi",
        {
            "Apprenticeship coaching": "Oppisopimusvalmennus",
            "apprenticeship-coaching": "oppisopimusvalmennus",
            "Coaches help apprentices and trainers.": (
                "Valmentajat tukevat oppisopimusopiskelijoita."
            ),
        },
    )

    assert fi.live
    assert fi.title == "Oppisopimusvalmennus"
    assert fi.summary == "Valmentajat tukevat oppisopimusopiskelijoita."
    assert fi.url == "/fi/kaytannot/oppisopimusvalmennus/"
    assert fi.kind == "good-practice"
    assert fi.start_year == 2012
    assert [c.code for c in fi.countries.all()] == ["AT"]
    assert fi.localized_themes() == [fi_theme]


def test_event_translation_keeps_times_zone_and_documents(event_index, fi_home):
    agenda = Document.objects.create(title="Agenda", file=ContentFile(b"%PDF", "a.pdf"))
    event = factories.EventPageFactory(
        parent=event_index,
        title="Stakeholders' consultation",
        time_zone="Europe/Rome",
        documents=[
            {
                "type": "document",
                "value": {"title": "Agenda", "kind": "agenda", "document": agenda.pk},
            }
        ],
    )
    translate(event_index, "fi", {"Events": "Tapahtumat"})

    fi = translate(
        event,
        "fi",
        {
            "Stakeholders' consultation": "Sidosryhmien kuuleminen",
            "Agenda": "Esityslista",
        },
    )

    assert fi.title == "Sidosryhmien kuuleminen"
    assert (fi.start, fi.end, fi.time_zone) == (event.start, event.end, "Europe/Rome")
    [document] = fi.documents
    assert document.value["title"] == "Esityslista"
    assert document.value["kind"] == "agenda"
    assert document.value["document"] == agenda


def test_news_translation_translates_lead_and_body(news_index, fi_home):
    article = factories.NewsPageFactory(
        parent=news_index,
        title="Agencies sign a framework",
        lead="Two agencies agree.",
        date=dt.date(2023, 12, 8),
    )
    translate(news_index, "fi", {"News": "Uutiset"})

    fi = translate(
        article,
        "fi",
        {
            "Agencies sign a framework": "Virastot allekirjoittavat puitesopimuksen",
            "Two agencies agree.": "Kaksi virastoa sopii.",
            "The agencies met.": "Virastot tapasivat.",
        },
    )

    assert fi.lead == "Kaksi virastoa sopii."
    assert fi.body[0].value.source == "<p>Virastot tapasivat.</p>"
    assert fi.date == dt.date(2023, 12, 8)


def test_project_and_material_bank_translate_segment_by_segment(project_index, fi_home):
    project = factories.ProjectPageFactory(
        parent=project_index,
        title="NextSteps",
        acronym="NS",
        start_date=dt.date(2020, 9, 1),
        work_packages=[
            {
                "type": "work_package",
                "value": {
                    "number": 1,
                    "title": "Training ambassadors",
                    "description": "",
                },
            }
        ],
    )
    bank = factories.MaterialBankPageFactory(
        parent=project,
        resources=[
            {
                "type": "resource",
                "value": {
                    "title": "Self-assessment",
                    "description": "Rate yourself.",
                    "resource_type": "self-assessment",
                    "audiences": ["learning-ambassador"],
                    "languages": ["en", "fi"],
                    "url": "https://example.org/sa",
                },
            }
        ],
    )
    translate(project_index, "fi", {"Projects": "Hankkeet"})
    fi_project = translate(
        project, "fi", {"Training ambassadors": "Lähettiläiden koulutus"}
    )

    fi_bank = translate(bank, "fi", {"Self-assessment": "Itsearviointi"})

    assert fi_project.acronym == "NS"
    assert fi_project.start_date == dt.date(2020, 9, 1)
    assert fi_project.work_packages[0].value["title"] == "Lähettiläiden koulutus"
    assert fi_project.work_packages[0].value["number"] == 1
    [resource] = [block.value for block in fi_bank.resources]
    assert resource["title"] == "Itsearviointi"
    assert (
        resource["description"] == "Rate yourself."
    )  # not translated yet: source text
    assert resource["languages"] == ["en", "fi"]  # the resource's own languages
    assert fi_bank.get_parent().specific == fi_project


def test_ambassadors_network_and_standard_pages_translate(ambassador_index, fi_home):
    about = factories.StandardPageFactory(parent=ambassador_index, title="Terms")
    translate(ambassador_index, "fi", {"Ambassadors network": "Lähettiläsverkosto"})
    fi_about = translate(about, "fi", {"Terms": "Ehdot"})
    assert fi_about.title == "Ehdot"
    assert fi_about.get_parent().title == "Lähettiläsverkosto"


def test_ambassador_profile_translates_but_name_and_place_do_not(locales):
    ambassador = factories.AmbassadorFactory(
        name="Aino Virtanen",
        city="Tampere",
        latitude=61.5,
        longitude=23.76,
        profile="Guidance counsellor.",
    )
    fi = translate(
        ambassador,
        "fi",
        {
            "Guidance counsellor.": "Opinto-ohjaaja.",
            "Aino Virtanen": "X",
            "Tampere": "X",
        },
    )
    assert fi.profile == "Opinto-ohjaaja."
    assert (fi.name, fi.city, fi.latitude, fi.country) == (
        "Aino Virtanen",
        "Tampere",
        61.5,
        "FI",
    )


def test_theme_slug_is_shared_by_its_translations(locales):
    theme = factories.ThemeFactory(name="Guidance", slug="guidance")
    fi = translate(theme, "fi", {"Guidance": "Ohjaus", "guidance": "ohjaus"})
    assert fi.name == "Ohjaus"
    assert fi.slug == "guidance"
    assert Theme.objects.filter(slug="guidance").count() == 2
