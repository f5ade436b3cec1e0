"""The admin's report of background tasks (Reports → Background tasks): queued,
running, failed and recently successful tasks with their errors, for superusers and
editors; translators get a 403 and no menu entry."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests import task_doubles

URL = "/admin/reports/tasks/"
DATABASE_TASKS = task_doubles.DATABASE_TASKS


@pytest.fixture
def tasks(db):
    """One task in each state, as the worker leaves them."""
    with override_settings(TASKS=DATABASE_TASKS):
        ids = {
            name: task_doubles.touch.enqueue(f"/tmp/{name}").id
            for name in ("queued", "running", "failed", "done", "old")
        }
    rows = DBTaskResult.objects
    now = timezone.now()
    rows.filter(pk=ids["running"]).update(
        status="RUNNING", started_at=now, worker_ids=["w1"]
    )
    rows.filter(pk=ids["failed"]).update(
        status="FAILED",
        started_at=now,
        finished_at=now,
        worker_ids=["w1", "w2"],
        exception_class_path="builtins.ConnectionRefusedError",
        traceback="Traceback …\nConnectionRefusedError: smtp.example.org is down\n",
    )
    rows.filter(pk=ids["done"]).update(status="SUCCESSFUL", finished_at=now)
    rows.filter(pk=ids["old"]).update(
        status="SUCCESSFUL", finished_at=now - timedelta(days=30)
    )
    return ids


def rows_shown(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_superusers_see_every_state_with_the_error(client, editor, tasks):
    client.force_login(editor)
    html = rows_shown(client.get(URL))
    for label in ("Queued", "Running", "Failed", "Succeeded"):
        assert label in html
    assert "ConnectionRefusedError: smtp.example.org is down" in html
    assert html.count("tests.task_doubles.touch") == 4  # not the month-old success


def test_the_status_filter_lists_one_state(client, editor, tasks):
    client.force_login(editor)
    html = rows_shown(client.get(URL, {"status": "FAILED"}))
    assert html.count("tests.task_doubles.touch") == 1
    assert "smtp.example.org is down" in html


def test_an_unknown_filter_value_is_no_error(client, editor, tasks):
    client.force_login(editor)
    assert client.get(URL, {"status": "<bogus>"}).status_code == 200


def test_editors_see_the_report_and_its_menu_entry(client, staff_editor, tasks):
    client.force_login(staff_editor)
    assert "smtp.example.org is down" in rows_shown(client.get(URL))
    reports = client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL in reports


def test_translators_get_a_403_and_no_menu_entry(client, fi_translator, tasks):
    client.force_login(fi_translator)
    assert client.get(URL).status_code == 403
    assert client.get(URL + "results/").status_code == 403
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_readers_are_sent_to_the_login(client, tasks):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_report_speaks_the_editors_language(client, editor, tasks):
    from wagtail.users.models import UserProfile

    UserProfile.objects.create(user=editor, preferred_language="fi")
    client.force_login(editor)
    html = rows_shown(client.get(URL))
    assert "Taustatehtävät" in html
    assert "Epäonnistui" in html
