from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "vetcms content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .models.base import sync_code_lists
        from .site import listings, reader_items, routes  # noqa: F401 (they register on the models)

        # Countries and languages are code lists kept in vocabularies.py; the tables
        # follow them after every migrate, so a new entry needs no data migration.
        post_migrate.connect(sync_code_lists, sender=self)
