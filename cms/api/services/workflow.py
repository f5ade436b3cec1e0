"""@workflow (GET): the review state; anonymous readers get 200 with no transitions,
as Volto fetches it on every page. Editors see publish/unpublish as transitions."""

from django.utils.translation import gettext as _

from cms.api import access, urls_public
from cms.api.serializers.summary import review_state
from cms.api.service import Component, ComponentService

STATE_TITLES = {"published": "Published", "private": "Private"}


class Workflow(Component):
    name = "workflow"

    def data(self) -> dict:
        page = self.page
        if page.depth <= 1:
            return {"history": [], "transitions": []}
        state = review_state(page)
        transitions = []
        if access.is_editor(self.request):
            action = "retract" if page.live else "publish"
            transitions.append(
                {
                    "@id": urls_public.service_url(
                        self.request, page, f"@workflow/{action}"
                    ),
                    "title": _(action.capitalize()),
                }
            )
        return {
            "history": [],
            "transitions": transitions,
            "state": {"id": state, "title": _(STATE_TITLES[state])},
        }


class Get(ComponentService):
    component = Workflow
