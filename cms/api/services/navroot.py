"""@navroot: the navigation root of the context (its language root folder, or the site
root), fully serialized without items or components."""

from cms.api.service import Component, ComponentService, navigation_root


class Navroot(Component):
    name = "navroot"

    def data(self) -> dict:
        from cms.api.serializers.content import serialize

        root = navigation_root(self.page)
        return {"navroot": serialize(self.request, root, include_items=False)}


class Get(ComponentService):
    component = Navroot
