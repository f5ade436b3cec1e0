"""@navigation: the navigation root ("Home") and its sections, nested to
``expand.navigation.depth`` levels (default 1), in tree order, with one
query for the tree."""

from cms.api import access, urls_public
from cms.api.params import to_int
from cms.api.serializers.summary import review_state
from cms.api.service import Component, ComponentService, navigation_root
from cms.conf import settings as api_settings


class Navigation(Component):
    name = "navigation"

    def depth(self) -> int:
        depth = to_int(
            "expand.navigation.depth", self.options.get("depth", 1), minimum=1
        )
        return min(depth, api_settings.MAX_NAVIGATION_DEPTH)

    def data(self) -> dict:
        root = navigation_root(self.page)
        tree = access.visible(self.request, root.get_descendants())
        tree = tree.filter(depth__lte=root.depth + self.depth()).order_by("path")
        nodes = {root.path: {"items": []}}
        top = self.node(root)
        for page in tree:
            node = self.node(page)
            parent = nodes.get(page.path[: -page.steplen])
            if parent is not None:
                parent["items"].append(node)
                nodes[page.path] = node
        top["items"] = []
        return {"items": [top, *nodes[root.path]["items"]]}

    def node(self, page) -> dict:
        return {
            "@id": urls_public.page_url(self.request, page),
            "title": page.title,
            "description": page.search_description or "",
            "review_state": review_state(page),
            "use_view_action_in_listings": False,
            "items": [],
        }


class Get(ComponentService):
    component = Navigation
