"""@workflow: GET the review state, the transitions the requester may make and, for
editors, the history from Wagtail's page log (anonymous readers get 200 with no
transitions, as Volto fetches it on every page). POST ``@workflow/<transition>``
(``{"comment", "effective", "expires"}``) makes one (``cms.api.transitions``)."""

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import PageLogEntry

from cms.api import access, editing, transitions, urls_public
from cms.api.exceptions import BadRequest
from cms.api.serializers.values import json_date
from cms.api.service import Component, ComponentService, WriteService

# Wagtail's log actions shown as Plone workflow history: (Plone action, state after).
EVENTS = {
    "wagtail.create": (None, "private"),
    "wagtail.publish": ("publish", "published"),
    "wagtail.unpublish": ("retract", "private"),
    "wagtail.workflow.start": ("submit", "pending"),
    "wagtail.workflow.approve": ("approve", "pending"),
    "wagtail.workflow.reject": ("reject", "private"),
    "wagtail.workflow.cancel": (None, "private"),
}


class Workflow(Component):
    name = "workflow"

    def data(self) -> dict:
        page = self.page
        if page.depth <= 1:
            return {"history": [], "transitions": []}
        state = transitions.state(page)
        editor = access.is_editor(self.request, page)
        return {
            "history": history(page) if editor else [],
            "transitions": self.transitions(),
            "state": {"id": state, "title": str(transitions.STATE_TITLES[state])},
        }

    def transitions(self) -> list[dict]:
        user = self.request.user
        return [
            {
                "@id": urls_public.service_url(
                    self.request, self.page, f"@workflow/{name}"
                ),
                "title": str(transitions.TITLES[name]),
            }
            for name in transitions.available(self.page, user)
        ]


def history_entries(page):
    entries = PageLogEntry.objects.filter(page=page, action__in=EVENTS)
    return entries.select_related("user").order_by("timestamp")


def history(page) -> list[dict]:
    """Publishing and review events (editors only: the entries name people)."""
    return [entry(e) for e in history_entries(page)]


def entry(log_entry) -> dict:
    action, state = EVENTS[log_entry.action]
    data = log_entry.data or {}
    comment = data.get("comment") or (data.get("workflow") or {}).get("comment") or ""
    return {
        "action": action,
        "actor": log_entry.user.get_username() if log_entry.user else "",
        "comments": comment,
        "review_state": state,
        "time": json_date(log_entry.timestamp),
        "title": str(transitions.STATE_TITLES[state]),
    }


class Get(ComponentService):
    component = Workflow


class Post(WriteService):
    """One transition: Plone's answer ``{"action", "actor", "comments",
    "review_state", "time", "title"}``."""

    takes_subpath = True

    def reply(self) -> dict:
        if len(self.subpath) != 1:
            raise BadRequest(_("Name one transition: @workflow/<transition>."))
        name = self.subpath[0]
        body = self.body()
        comment = body.get("comment", "")
        if not isinstance(comment, str):
            raise BadRequest(_("The comment must be a string."))
        dates = {k: body[k] for k in ("effective", "expires") if k in body}
        page = self.context
        if dates and name == "publish":
            editing.update(self.request, page, dates)
            page.refresh_from_db()
        transitions.perform(page, name, self.user, comment)
        page.refresh_from_db()
        state = transitions.state(page)
        return {
            "action": name,
            "actor": self.user.get_username(),
            "comments": comment,
            "review_state": state,
            "time": json_date(timezone.now()),
            "title": str(transitions.STATE_TITLES[state]),
        }
