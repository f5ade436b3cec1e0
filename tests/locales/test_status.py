"""The page × locale translation-status matrix: module, command and admin view."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail_localize.models import Translation

from locales import status
from locales.localize import translate
from tests import factories


@pytest.fixture
def site(practice_index, news_index, fi_home, nl_home):
    translate(
        practice_index, "fi", {"Practices": "Käytännöt", "practices": "kaytannot"}
    )
    practice = factories.PracticePageFactory(
        parent=practice_index, title="Coaching", summary="Coaches help apprentices."
    )
    article = factories.NewsPageFactory(parent=news_index, title="Agencies meet")
    translate(practice, "fi", {"Coaching": "Valmennus"})  # partly translated
    return {"practice": practice, "article": article, "index": practice_index}


def cell(page, code):
    [row] = status.matrix([page])
    return row.cells[code]


def test_partly_translated_page_is_in_progress_with_its_share_of_segments(site):
    practice = site["practice"]
    translation = Translation.objects.get(
        source__object_id=practice.translation_key, target_locale__language_code="fi"
    )
    total, done = translation.get_progress()
    fi = cell(practice, "fi")
    assert 0 < done < total
    assert (fi.state, fi.progress.total, fi.progress.done) == (
        "in_progress",
        total,
        done,
    )
    assert fi.progress.percent == int(100 * done / total)
    assert fi.url == reverse(
        "wagtailadmin_pages:edit",
        args=[practice.get_translation(translation.target_locale).pk],
    )


def test_untranslated_page_is_missing_and_links_to_submit(site):
    nl = cell(site["practice"], "nl")
    assert nl.state == "missing"
    assert nl.url.endswith("?select_locale=nl")


def test_fully_translated_page_is_translated(site):
    assert cell(site["index"], "fi").state == "translated"


def test_source_published_after_the_last_sync_is_out_of_date(site):
    index = site["index"]
    index.title = "Inspiring practices"
    index.save_revision().publish()
    index.refresh_from_db()
    assert cell(index, "fi").state == "out_of_date"
    translate(
        index,
        "fi",
        {"Inspiring practices": "Innostavia käytäntöjä", "practices": "kaytannot"},
    )  # re-synced
    assert cell(index, "fi").state == "translated"


def test_matrix_filters_by_section_and_type(site):
    pages = status.source_pages(page_type="pages.PracticePage")
    assert [p.pk for p in pages] == [site["practice"].pk]
    pages = status.source_pages(section=site["index"])
    assert {p.pk for p in pages} == {site["index"].pk, site["practice"].pk}


def test_matrix_cost_does_not_grow_with_pages(site, django_assert_max_num_queries):
    pages = list(status.source_pages())
    with django_assert_max_num_queries(8):
        status.matrix(pages)


def test_command_prints_json(site, capsys):
    call_command("translation_status", "--json", "--type", "pages.PracticePage")
    data = json.loads(capsys.readouterr().out)
    [row] = data["pages"]
    assert row["title"] == "Coaching"
    assert row["locales"]["fi"]["state"] == "in_progress"
    assert row["locales"]["nl"]["state"] == "missing"
    assert data["summary"]["nl"]["missing"] == 1


def test_command_prints_a_table(site, capsys):
    call_command("translation_status", "--section", str(site["index"].pk))
    out = capsys.readouterr().out
    coaching = next(line for line in out.splitlines() if "Coaching" in line)
    assert "%" in coaching and coaching.rstrip().endswith("-")


def test_admin_view_shows_the_matrix_and_filters(client, site, editor):
    client.force_login(editor)
    url = reverse("locales_status")
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Coaching" in html and "Agencies meet" in html
    assert 'data-state="in_progress"' in html and 'data-state="missing"' in html
    fi = status.summary(status.matrix(status.source_pages()))["fi"]
    assert (
        f"{fi['translated']} translated, {fi['in_progress']} in progress, "
        f"{fi['out_of_date']} out of date, {fi['missing']} missing"
    ) in html

    filtered = client.get(url, {"page_type": "pages.NewsPage"}).content.decode()
    assert "Agencies meet" in filtered and "Coaching" not in filtered
    by_section = client.get(url, {"section": site["index"].pk}).content.decode()
    assert "Coaching" in by_section and "Agencies meet" not in by_section


def test_admin_view_is_for_admin_users_only(client, site, django_user_model):
    user = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    client.force_login(user)
    assert client.get(reverse("locales_status")).status_code in (302, 403)


def test_snippets_have_the_same_matrix(locales, capsys):
    guidance = factories.ThemeFactory(name="Guidance", slug="guidance", description="D")
    factories.ThemeFactory(name="Mentoring", slug="mentoring")
    translate(guidance, "fi", {"Guidance": "Ohjaus"})  # description still English
    translate(guidance, "nl", {"Guidance": "Begeleiding", "D": "B"})

    rows = status.rows_for(page_type="pages.Theme")

    by_title = {row.title: row.cells for row in rows}
    assert by_title["Guidance"]["fi"].state == "in_progress"
    assert by_title["Guidance"]["nl"].state == "translated"
    assert by_title["Mentoring"]["fi"].state == "missing"
    assert by_title["Mentoring"]["fi"].url.endswith("?select_locale=fi")
    guidance.description = "Guidance and counselling"
    guidance.save()
    [stale] = [
        r for r in status.rows_for(page_type="pages.Theme") if r.page == guidance
    ]
    assert stale.cells["nl"].state == "out_of_date"

    call_command("translation_status", "--type", "pages.Theme", "--json")
    data = json.loads(capsys.readouterr().out)
    assert {row["title"] for row in data["pages"]} == {"Guidance", "Mentoring"}


def test_admin_view_lists_a_snippet_type(client, locales, editor):
    factories.ThemeFactory(name="Guidance", slug="guidance")
    client.force_login(editor)
    html = client.get(reverse("locales_status"), {"page_type": "pages.Theme"})
    assert "Guidance" in html.content.decode()
