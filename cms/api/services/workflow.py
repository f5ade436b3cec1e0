"""@workflow (GET): the review state; anonymous readers get 200 with no transitions,
as Volto fetches it on every page. Editors also see publish/retract as transitions
and the publishing history from Wagtail's page log."""

from django.utils.translation import gettext as _
from wagtail.models import PageLogEntry

from cms.api import access, urls_public
from cms.api.serializers.summary import review_state
from cms.api.serializers.values import json_date
from cms.api.service import Component, ComponentService

STATE_TITLES = {"published": "Published", "private": "Private"}
PUBLISHING = {
    "wagtail.create": "private",
    "wagtail.publish": "published",
    "wagtail.unpublish": "private",
}


class Workflow(Component):
    name = "workflow"

    def data(self) -> dict:
        page = self.page
        if page.depth <= 1:
            return {"history": [], "transitions": []}
        state = review_state(page)
        editor = access.is_editor(self.request, page)
        return {
            "history": self.history() if editor else [],
            "transitions": self.transitions() if editor else [],
            "state": {"id": state, "title": _(STATE_TITLES[state])},
        }

    def transitions(self) -> list[dict]:
        action = "retract" if self.page.live else "publish"
        url = urls_public.service_url(self.request, self.page, f"@workflow/{action}")
        return [{"@id": url, "title": _(action.capitalize())}]

    def history(self) -> list[dict]:
        """Publishing events (editors only: the entries name people)."""
        entries = PageLogEntry.objects.filter(page=self.page, action__in=PUBLISHING)
        return [
            {
                "action": None if e.action == "wagtail.create" else e.action[8:],
                "actor": e.user.get_username() if e.user else "",
                "comments": "",
                "review_state": PUBLISHING[e.action],
                "time": json_date(e.timestamp),
                "title": _(STATE_TITLES[PUBLISHING[e.action]]),
            }
            for e in entries.select_related("user").order_by("timestamp")
        ]


class Get(ComponentService):
    component = Workflow
