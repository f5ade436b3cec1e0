"""@navigation: the navigation root ("Home") and its sections, nested to
``expand.navigation.depth`` levels (default 1), in tree order, with one
query for the tree. A section nobody translated is listed in its fallback language,
at the address the reader's prefix serves it (``cms.api.localized``)."""

from django.utils import translation
from wagtail.models import Page

from cms.api import access, localized, urls_public
from cms.api.params import to_int
from cms.api.serializers.summary import review_state
from cms.api.service import Component, ComponentService, navigation_root
from cms.conf import settings as api_settings
from cms.core import generation


class Navigation(Component):
    name = "navigation"

    def depth(self) -> int:
        depth = to_int(
            "expand.navigation.depth", self.options.get("depth", 1), minimum=1
        )
        return min(depth, api_settings.MAX_NAVIGATION_DEPTH)

    def data(self) -> dict:
        """The tree; for a public read remembered per content generation (what
        anyone sees of it changes only on a publish, move or delete). Its nodes are
        shared between requests: read them, do not change them."""
        language = localized.reader_language(self.request, self.page)
        if not access.is_public_read(self.request):
            return self.tree(language)
        base = urls_public.public_base(self.request)
        key = ("navigation", self.page.path, self.depth(), language, base)
        key += (translation.get_language(),)
        found = generation.memoized(key, lambda: self.tree(language), self.request)
        return {"items": list(found["items"])}

    def tree(self, language) -> dict:
        root = navigation_root(self.page)
        candidates = access.visible(
            self.request, localized.below(Page, root, self.depth(), language)
        )
        # A page hangs under its parent's item, whichever locale either is shown in.
        keys = dict(candidates.values_list("path", "translation_key"))
        keys[root.path] = root.translation_key
        tree = localized.choose(candidates, language)
        tree = localized.in_source_order(tree, language)
        tree = localized.mark(self.request, list(tree), language)
        nodes = {root.translation_key: {"items": []}}
        for page in sorted(tree, key=lambda p: p.depth):
            parent_key = keys.get(page.path[: -page.steplen])
            if page.depth == root.depth + 1:
                parent_key = root.translation_key  # below any translation of root
            parent = nodes.get(parent_key)
            if parent is not None:
                node = self.node(page)
                parent["items"].append(node)
                nodes[page.translation_key] = node
        return {"items": [self.node(root), *nodes[root.translation_key]["items"]]}

    def node(self, page) -> dict:
        return {
            "@id": urls_public.page_url(self.request, page),
            "title": page.title,
            "description": page.search_description or "",
            "review_state": review_state(page),
            "use_view_action_in_listings": False,
            "items": [],
            **localized.fallback_marking(self.request, page),
        }


class Get(ComponentService):
    component = Navigation
