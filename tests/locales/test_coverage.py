"""Every page type and translatable snippet is translated in wagtail-localize's editor,
segment by segment, with its translatable and synchronised fields chosen on purpose."""

import pytest
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import OverridableSegment, StringSegment

from locales.localize import translate
from pages import models
from tests import factories

PAGE_FIELDS = {"title", "slug", "seo_title", "search_description"}
# Translatable: words readers read. Synchronised: codes, dates, numbers, files, links,
# places and names, the same in every language.
EXPECTED = {
    models.PracticePage: (
        {"summary", "body", "implementing_organisation", "source_study", "image_alt"},
        {
            "image",
            "kind",
            "website",
            "start_year",
            "end_year",
            "status",
            "countries",
            "themes",
            "target_groups",
            "service_languages",
        },
    ),
    models.EventPage: (
        {"summary", "body", "venue", "documents", "image_alt"},
        {
            "image",
            "start",
            "end",
            "time_zone",
            "online",
            "online_url",
            "project",
            "registration_url",
            "organisers",
        },
    ),
    models.NewsPage: (
        {"lead", "image_caption", "image_alt", "body"},
        {"date", "image", "people", "organisations", "related_articles"},
    ),
    models.ProjectPage: (
        {"summary", "body", "work_packages", "deliverables", "funding_programme"},
        {
            "acronym",
            "start_date",
            "end_date",
            "website",
            "contact_name",
            "contact_email",
            "partners",
            "countries",
        },
    ),
    models.MaterialBankPage: ({"intro", "resources"}, set()),
    models.HomePage: ({"intro", "body"}, set()),
    models.StandardPage: ({"summary", "body"}, set()),
    models.AmbassadorIndexPage: ({"intro", "body"}, {"applications_open"}),
    models.Theme: ({"name", "description"}, {"slug"}),
    models.TargetGroup: ({"name", "description"}, {"slug"}),
    models.Organisation: ({"name"}, {"acronym", "kind", "website", "country"}),
    models.Person: ({"role", "organisation"}, {"name"}),
    models.Ambassador: (
        {"expertise", "profile"},
        {
            "name",
            "country",
            "organisation",
            "kind",
            "photo",
            "city",
            "latitude",
            "longitude",
        },
    ),
}
IGNORED = PAGE_FIELDS | {"show_in_menus", "go_live_at", "expire_at"}


@pytest.mark.parametrize("model", EXPECTED, ids=lambda m: m.__name__)
def test_fields_are_classified_on_purpose(model):
    fields = get_translatable_fields(model)
    synchronised = {f.field_name for f in fields if isinstance(f, SynchronizedField)}
    translatable = {f.field_name for f in fields} - synchronised
    ignored = IGNORED if issubclass(model, Page) else set()
    assert (translatable - ignored, synchronised - ignored) == EXPECTED[model]


def test_image_block_translates_caption_and_alt_text_and_keeps_the_image(
    news_index, fi_home
):
    image = Image.objects.create(title="Photo", file=get_test_image_file())
    article = factories.NewsPageFactory(
        parent=news_index,
        title="Signing",
        body=[
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "Two directors sign",
                    "caption": "In Turin",
                    "credit": "",
                },
            }
        ],
    )
    translate(news_index, "fi", {"News": "Uutiset"})
    fi = translate(
        article,
        "fi",
        {
            "Two directors sign": "Kaksi johtajaa allekirjoittaa",
            "In Turin": "Torinossa",
        },
    )

    strings = set(
        StringSegment.objects.filter(
            source__object_id=article.translation_key
        ).values_list("string__data", flat=True)
    )
    assert {"Two directors sign", "In Turin"} <= strings
    assert OverridableSegment.objects.filter(
        source__object_id=article.translation_key, context__path__contains="image"
    ).exists()
    block = fi.body[0].value
    assert (block["alt_text"], block["caption"], block["image"]) == (
        "Kaksi johtajaa allekirjoittaa",
        "Torinossa",
        image,
    )


def fi_translations(home, locales):
    """One translated page of every type, through wagtail-localize."""
    practices = factories.PracticeIndexPageFactory(parent=home)
    events = factories.EventIndexPageFactory(parent=home)
    news = factories.NewsIndexPageFactory(parent=home)
    projects = factories.ProjectIndexPageFactory(parent=home)
    network = factories.AmbassadorIndexPageFactory(parent=home)
    project = factories.ProjectPageFactory(parent=projects)
    sources = [
        home,
        practices,
        events,
        news,
        projects,
        network,
        project,
        factories.StandardPageFactory(parent=home),
        factories.PracticePageFactory(parent=practices),
        factories.EventPageFactory(parent=events),
        factories.NewsPageFactory(parent=news),
        factories.MaterialBankPageFactory(parent=project),
    ]
    return [translate(page, "fi", {}) for page in sources]


def test_every_page_type_opens_in_the_translation_editor(client, home, locales, editor):
    client.force_login(editor)
    pages = fi_translations(home, locales)
    assert len({type(p) for p in pages}) == 12
    for page in pages:
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page
        templates = {t.name for t in response.templates}
        assert "wagtail_localize/admin/edit_translation.html" in templates, page


@pytest.mark.parametrize(
    "factory",
    [
        factories.ThemeFactory,
        factories.TargetGroupFactory,
        factories.OrganisationFactory,
        factories.PersonFactory,
        factories.AmbassadorFactory,
    ],
    ids=lambda f: f._meta.model.__name__,
)
def test_every_translatable_snippet_opens_in_the_translation_editor(
    client, locales, editor, factory
):
    fi = translate(factory(), "fi", {})
    model = type(fi)
    url = reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit",
        args=[fi.pk],
    )
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in {
        t.name for t in response.templates
    }
