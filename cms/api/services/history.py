"""@history over Wagtail's revisions: GET lists them (Plone's "versioning" entries,
oldest is version 0) with the workflow events (Plone's "workflow" entries), newest
first; GET ``@history/<n>`` is the page as revision n stored it; PATCH
``{"version": n}`` reverts: a new revision with revision n's content (Wagtail's
revert action), the live page unchanged until it is published. Only for users
whose page permissions cover the page."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.actions.revert_to_page_revision import RevertToPageRevisionAction
from wagtail.models import PageLogEntry

from cms.api import access, editing, transitions, urls_public
from cms.api.exceptions import BadRequest, Forbidden, NotFound
from cms.api.serializers.content import serialize
from cms.api.serializers.values import json_date
from cms.api.service import Service, WriteService
from cms.api.services import workflow

COMMENTS = {
    "wagtail.revert": gettext_lazy("Reverted to an earlier version"),
    "wagtail.copy_for_translation": gettext_lazy("Translation created"),
}


def require_editor(request, page) -> None:
    """Revisions hold drafts: only for those whose page permissions cover this page
    (a translator of another locale is refused, as in the admin)."""
    access.require_user(request)
    if not access.is_editor(request, page):
        raise Forbidden()


def revisions(page) -> list:
    return list(page.revisions.select_related("user").order_by("created_at", "pk"))


def actor(request, user) -> dict:
    name = user.get_username() if user else ""
    return {
        "@id": f"{urls_public.public_base(request)}/@users/{name}",
        "fullname": (user.get_full_name() or name) if user else "",
        "id": name,
        "username": name or None,
    }


class Get(Service):
    takes_subpath = True

    def reply(self):
        page = self.context
        require_editor(self.request, page)
        if page.depth <= 1:
            raise NotFound()
        if self.subpath:
            return self.version(page)
        return sorted(
            self.versions(page) + self.workflow(page),
            # Same-second entries: a workflow event (creation, publish) is logged
            # after the revision it concerns, so it comes first, as in Plone; later
            # versions first too.
            key=lambda e: (
                e["time"] or "",
                e["type"] == "workflow",
                e.get("version", -1),
            ),
            reverse=True,
        )

    def versions(self, page) -> list[dict]:
        items = revisions(page)
        logs = dict(
            PageLogEntry.objects.filter(revision__in=items)
            .exclude(action="wagtail.edit")
            .values_list("revision_id", "action")
        )
        notes = {  # Plone's changeNote, kept on the edit's audit-log entry
            revision_id: (data or {}).get("comment")
            for revision_id, data in PageLogEntry.objects.filter(
                revision__in=items, action="wagtail.edit"
            ).values_list("revision_id", "data")
        }
        may_revert = page.permissions_for_user(self.request.user).can_edit()
        base = urls_public.service_url(self.request, page, "@history")
        entries = []
        for number, revision in enumerate(items):
            comment = notes.get(revision.pk) or COMMENTS.get(logs.get(revision.pk), "")
            entries.append(
                {
                    "@id": f"{base}/{number}",
                    "action": _("Edited"),
                    "actor": actor(self.request, revision.user),
                    "comments": str(
                        comment or (_("Initial version") if not number else "")
                    ),
                    "may_revert": may_revert,
                    "time": json_date(revision.created_at),
                    "transition_title": _("Edited"),
                    "type": "versioning",
                    "version": number,
                }
            )
        return entries

    def workflow(self, page) -> list[dict]:
        entries = []
        for log_entry in workflow.history_entries(page):
            item = workflow.entry(log_entry)
            state_title = item.pop("title")
            item.update(
                actor=actor(self.request, log_entry.user),
                state_title=state_title,
                transition_title=str(
                    transitions.TITLES.get(item["action"], _("Create"))
                ),
                type="workflow",
            )
            item["action"] = item["action"] or "Create"
            entries.append(item)
        return entries

    def version(self, page) -> dict:
        revision = nth_revision(page, self.subpath)
        data = serialize(self.request, revision.as_object(), {}, include_items=False)
        data["version"] = int(self.subpath[0])
        return data


def nth_revision(page, subpath):
    items = revisions(page)
    text = subpath[0] if len(subpath) == 1 else ""
    if not (text.isascii() and text.isdigit() and len(text) < 10):
        text = ""
    if not text or int(text) >= len(items):
        raise NotFound(_("No version %(v)s.") % {"v": "/".join(subpath)})
    return items[int(text)]


class Patch(WriteService):
    def reply(self) -> dict:
        page = self.context
        version = self.body().get("version")
        if isinstance(version, bool) or not isinstance(version, int | str):
            raise BadRequest(_('Give the version to revert to: {"version": n}.'))
        revision = nth_revision(page, [str(version)])
        if not page.permissions_for_user(self.user).can_edit():
            raise Forbidden(_("You may not edit this page."))
        if editing.is_locked_for(page, self.user):
            raise Forbidden(_("Resource is locked."))
        RevertToPageRevisionAction(page, revision, user=self.user).execute()
        return {
            "message": _("%(title)s has been reverted to revision %(version)s.")
            % {"title": page.title, "version": version}
        }
