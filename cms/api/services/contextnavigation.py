"""@contextnavigation: the section menu of Plone's navigation portlet. From the
section the context is in (``topLevel`` levels below the language root), the pages
along the context's path are opened: their children are listed, other branches stay
closed. Options ``expand.contextnavigation.{name, topLevel, bottomLevel, includeTop,
currentFolderOnly}``; one query for the tree."""

from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.api import access, urls_public
from cms.api.params import to_bool, to_int
from cms.api.serializers import registry
from cms.api.serializers.metadata import page_id
from cms.api.serializers.summary import review_state
from cms.api.service import Component, ComponentService, navigation_root


class ContextNavigation(Component):
    name = "contextnavigation"

    def option(self, name, default, convert):
        value = self.options.get(name, default)
        return convert(f"expand.contextnavigation.{name}", value)

    def start(self):
        """The page whose children are the menu's first level (None: nothing)."""
        page = self.page
        if self.option("currentFolderOnly", False, to_bool):
            return page if registry.is_folderish(page) else page.get_parent().specific
        root = navigation_root(page)
        top = self.option("topLevel", 1, lambda n, v: to_int(n, v, minimum=0))
        depth = root.depth + top
        if page.depth < depth:
            return None
        if page.depth == depth:
            return page
        return page.get_ancestors().get(depth=depth)

    def data(self) -> dict:
        start = self.start()
        custom = str(self.options.get("name") or "")
        root = navigation_root(self.page)
        reply = {
            "available": start is not None,
            "has_custom_name": bool(custom),
            "title": custom or _("Navigation"),
            "url": urls_public.page_url(self.request, root) + "/sitemap",
            "items": [],
        }
        if start is not None:
            items = self.tree(start)
            if self.option("includeTop", False, to_bool):
                items = [self.node(start), *items]
            reply["items"] = items
        return reply

    def tree(self, start) -> list[dict]:
        bottom = self.option("bottomLevel", 0, lambda n, v: to_int(n, v, minimum=0))
        root_depth = navigation_root(self.page).depth
        opened = [start.path] + [
            self.page.path[:n]
            for n in range(len(start.path) + start.steplen, len(self.page.path) + 1)
            if n % start.steplen == 0
        ]
        where = Q(pk__in=[])
        for path in opened:
            depth = len(path) // start.steplen + 1
            if not bottom or depth - root_depth <= bottom:
                where |= Q(path__startswith=path, depth=depth)
        pages = access.visible(self.request, Page.objects.filter(where)).order_by(
            "path"
        )
        nodes = {start.path: {"items": []}}
        for page in pages:
            parent = nodes.get(page.path[: -page.steplen])
            if parent is not None:
                nodes[page.path] = node = self.node(page)
                parent["items"].append(node)
        return nodes[start.path]["items"]

    def node(self, page) -> dict:
        url = urls_public.page_url(self.request, page)
        return {
            "@id": url,
            "href": url,
            "title": page.title,
            "description": page.search_description or "",  # as @navigation
            "icon": "",
            "thumb": "",
            "is_current": page.pk == self.page.pk,
            "is_folderish": registry.is_folderish(page),
            "is_in_path": self.page.path.startswith(page.path)
            and page.pk != self.page.pk,
            "normalized_id": page_id(page),
            "review_state": review_state(page),
            "type": registry.portal_type(page).lower().replace(" ", "-"),
            "items": [],
        }


class Get(ComponentService):
    component = ContextNavigation
