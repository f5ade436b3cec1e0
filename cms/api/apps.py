from django.apps import AppConfig


class ApiConfig(AppConfig):
    """Fills the serializer and deserializer registries by page-type label: ``cms``
    never imports a page model, so type-specific ones are attached here, once apps are
    loaded."""

    name = "cms.api"
    label = "vetcms_api"
    verbose_name = "vetcms Plone-style API"

    def ready(self):
        from cms.api import traversal
        from cms.api.deserializers import pages as deserializers
        from cms.api.serializers import pages

        pages.register_all()
        deserializers.register_all()
        traversal.connect()
