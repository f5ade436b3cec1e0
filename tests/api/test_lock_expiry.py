"""Locks taken through @lock carry a timeout (600 s unless asked otherwise), can be
refreshed, and once expired block nobody: not the API, not Wagtail's admin; the
scheduler's command releases them. Time moves by patching the clock, never sleeping."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page, PageLogEntry

from tests.api.editing_fixtures import send

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(monkeypatch):
    """``clock.travel(seconds)`` moves the whole process's clock forward."""

    class Clock:
        offset = dt.timedelta()

        def travel(self, seconds):
            self.offset += dt.timedelta(seconds=seconds)

    clock, real_now = Clock(), timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + clock.offset)
    return clock


def lock(client, page, user, body=None):
    response = send(client, "post", page, "/@lock", body=body or {}, user=user)
    assert response.status_code == 200, response.content
    return response.json()


def test_lock_has_plones_default_timeout(client, tree, staff_editor):
    assert lock(client, tree["en"], staff_editor)["timeout"] == 600


def test_requested_timeout_is_echoed(client, tree, staff_editor):
    assert lock(client, tree["en"], staff_editor, {"timeout": 3600})["timeout"] == 3600


@pytest.mark.parametrize("bad", [0, -5, "soon", True, 10**9])
def test_bad_timeout_is_400(client, tree, staff_editor, bad):
    response = send(client, "post", tree["en"], "/@lock", body={"timeout": bad},
                    user=staff_editor)  # fmt: skip
    assert response.status_code == 400
    assert not Page.objects.get(pk=tree["en"].pk).locked


def test_lock_blocks_others_until_it_expires(client, tree, staff_editor, editor, clock):
    lock(client, tree["en"], staff_editor, {"timeout": 60})
    blocked = send(client, "patch", tree["en"], body={"title": "x"}, user=editor)
    assert blocked.status_code == 403
    clock.travel(61)
    freed = send(client, "patch", tree["en"], body={"title": "x"}, user=editor)
    assert freed.status_code == 204, freed.content


def test_expired_lock_is_reported_unlocked(client, tree, staff_editor, clock):
    lock(client, tree["en"], staff_editor)
    clock.travel(601)
    info = send(client, "get", tree["en"], "/@lock").json()
    assert info == {"locked": False, "stealable": True}
    assert send(client, "get", tree["en"]).json()["lock"]["locked"] is False


def test_expiry_is_in_the_audit_log(client, tree, staff_editor, clock):
    lock(client, tree["en"], staff_editor)
    clock.travel(601)
    send(client, "get", tree["en"], "/@lock")
    entry = PageLogEntry.objects.filter(page=tree["en"], action="wagtail.unlock").get()
    assert entry.user is None and entry.data == {"reason": "expired"}


def test_patch_lock_refreshes_it(client, tree, staff_editor, editor, clock):
    first = lock(client, tree["en"], staff_editor, {"timeout": 60})
    clock.travel(50)
    refreshed = send(client, "patch", tree["en"], "/@lock", user=staff_editor).json()
    assert refreshed["time"] > first["time"] and refreshed["timeout"] == 60
    clock.travel(50)  # 100 s after locking, 50 after the refresh
    blocked = send(client, "patch", tree["en"], body={"title": "x"}, user=editor)
    assert blocked.status_code == 403


def test_empty_patch_refreshes_the_lock(client, tree, staff_editor, clock):
    first = lock(client, tree["en"], staff_editor, {"timeout": 60})
    clock.travel(50)
    assert (
        send(client, "patch", tree["en"], body={}, user=staff_editor).status_code == 204
    )
    info = send(client, "get", tree["en"], "/@lock").json()
    assert info["locked"] and info["time"] > first["time"]


def test_others_cannot_refresh_a_lock(client, tree, staff_editor, editor):
    lock(client, tree["en"], staff_editor)
    assert send(client, "patch", tree["en"], "/@lock", user=editor).status_code == 409


def test_scheduler_command_releases_expired_locks(client, tree, staff_editor, clock):
    lock(client, tree["en"], staff_editor, {"timeout": 60})
    lock(client, tree["en_index"], staff_editor, {"timeout": 3600})
    clock.travel(61)
    call_command("release_expired_locks", verbosity=0)
    assert not Page.objects.get(pk=tree["en"].pk).locked
    assert Page.objects.get(pk=tree["en_index"].pk).locked


def test_admin_edit_view_is_not_blocked_by_an_expired_api_lock(
    client, tree, staff_editor, editor, clock
):
    lock(client, tree["en"], staff_editor, {"timeout": 60})
    clock.travel(61)
    admin = Client()
    admin.force_login(editor)
    response = admin.get(f"/admin/pages/{tree['en'].pk}/edit/", follow=True)
    assert response.status_code == 200
    assert not Page.objects.get(pk=tree["en"].pk).locked


def test_admin_locks_never_expire(client, tree, staff_editor, clock):
    page = Page.objects.get(pk=tree["en"].pk)
    page.locked, page.locked_by, page.locked_at = True, staff_editor, timezone.now()
    page.save()
    clock.travel(10**6)
    call_command("release_expired_locks", verbosity=0)
    info = send(client, "get", tree["en"], "/@lock").json()
    assert info["locked"] and info["timeout"] is None
