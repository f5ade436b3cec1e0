"""@actions: what the requester may do here, in plone.restapi's categories, from
Wagtail's page permissions for that user in the page's locale (a Finnish translator
gets ``edit`` on Finnish pages only). Volto shows its Edit, Contents, History,
Sharing and "Manage translations" entries, and the cut/copy/delete/rename buttons,
only for the actions listed here; anonymous readers get ``view`` and a login link."""

from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.api import access, urls_public
from cms.api.service import Component, ComponentService, navigation_root
from cms.conf import settings as api_settings


def action(action_id: str, title: str, url: str = "") -> dict:
    entry = {"id": action_id, "title": title, "icon": ""}
    return {**entry, "url": url} if url else entry


class Actions(Component):
    name = "actions"

    def data(self) -> dict:
        request, page = self.request, self.page
        user = getattr(request, "user", None)
        signed_in = bool(user and user.is_authenticated)
        perms = page.permissions_for_user(user) if signed_in else None
        url = urls_public.page_url(request, page)
        return {
            "object": self.object_actions(url, perms),
            "object_buttons": self.object_buttons(url, perms),
            "portal_tabs": self.portal_tabs(),
            "site_actions": self.site_actions(),
            "user": self.user_actions(url, signed_in),
            "document_actions": [],
        }

    def object_actions(self, url: str, perms) -> list[dict]:
        actions = [action("view", _("View"), url)]
        page = self.page
        if perms is None or page.depth <= 1:
            return actions
        if perms.can_edit():
            actions.append(action("edit", _("Edit"), f"{url}/edit"))
        works_here = access.is_editor(self.request, page)
        if works_here and page.specific_class.allowed_subpage_models():
            actions.append(action("folderContents", _("Contents"), f"{url}/contents"))
        if perms.can_edit() or access.is_editor(self.request):
            # @history's rule (services/history.py): who may edit the page, or
            # anyone who works in the admin.
            actions.append(action("history", _("History"), f"{url}/historyview"))
        if perms.can_edit() and self.request.user.has_perm("auth.change_group"):
            # Who may do what here is Wagtail's group page permissions.
            actions.append(action("local_roles", _("Sharing"), f"{url}/sharing"))
        return actions

    def object_buttons(self, url: str, perms) -> list[dict]:
        """Plone's cut/copy/delete/rename, as Wagtail allows them (not on the site
        or the language roots, which the API never moves or deletes)."""
        if perms is None or self.page.depth <= 2:
            return []
        allowed = [
            ("cut", _("Cut"), perms.can_move()),
            ("copy", _("Copy"), perms.can_copy()),
            ("delete", _("Delete"), perms.can_delete()),
            ("rename", _("Rename"), perms.can_edit()),
        ]
        return [action(i, t, f"{url}/object_{i}") for i, t, ok in allowed if ok]

    def portal_tabs(self) -> list[dict]:
        root = navigation_root(self.page)
        if root.depth <= 1:
            return []
        tabs = access.visible(self.request, root.get_children()).order_by("path")
        return [
            action(t.slug, t.title, urls_public.page_url(self.request, t)) for t in tabs
        ]

    def site_actions(self) -> list[dict]:
        """Plone's site actions: the sitemap of the language root, and the site's
        own accessibility and contact pages in this language where it has them."""
        root = navigation_root(self.page)
        if root.depth <= 1:
            return []
        root_url = urls_public.page_url(self.request, root)
        actions = [action("sitemap", _("Site Map"), f"{root_url}/sitemap")]
        titles = {"accessibility": _("Accessibility"), "contact": _("Contact")}
        for action_id, slug in api_settings.SITE_ACTION_PAGES.items():
            page = self.site_page(root, slug)
            if page is not None:
                url = urls_public.page_url(self.request, page)
                actions.append(
                    action(action_id, titles.get(action_id, page.title), url)
                )
        return actions

    def site_page(self, root, slug: str):
        """The translation, below ``root``, of a language root's child with
        ``slug`` (the source site's), if the requester may see it."""
        sources = Page.objects.filter(depth=3, slug=slug).values("translation_key")
        found = root.get_children().filter(translation_key__in=sources)
        return access.visible(self.request, found).order_by("path").first()

    def user_actions(self, url: str, signed_in: bool) -> list[dict]:
        if not signed_in:
            return [action("login", _("Log in"), f"{url}/login")]
        base = urls_public.public_base(self.request)
        return [
            action("preferences", _("Preferences"), f"{base}/personal-preferences"),
            action("logout", _("Log out"), f"{base}/logout"),
        ]


class Get(ComponentService):
    component = Actions
