from django.apps import AppConfig


class ApiConfig(AppConfig):
    """Fills the serializer registry by page-type label: ``cms`` never imports a page
    model, so type-specific serializers are attached here, once apps are loaded."""

    name = "cms.api"
    label = "vetcms_api"
    verbose_name = "vetcms Plone-style API"

    def ready(self):
        from cms.api.serializers import pages

        pages.register_all()
