from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "vetcms content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Search filters and facets by these vocabularies; it gets them from here
        # rather than importing pages (dependencies point from pages to search).
        from search.taxonomy import Taxonomy, register

        from .models import Country, TargetGroup, Theme
        from .models.base import sync_code_lists
        from .site import listings, reader_items, routes  # noqa: F401 (they register on the models)
        from .vocabularies import PracticeKind, country_name

        register(
            Taxonomy(
                kinds=PracticeKind,
                country_name=country_name,
                country=Country,
                theme=Theme,
                target_group=TargetGroup,
            )
        )

        # Countries and languages are code lists kept in vocabularies.py; the tables
        # follow them after every migrate, so a new entry needs no data migration.
        post_migrate.connect(sync_code_lists, sender=self)
        # Reviewers of applications: after the last app (locales) migrated, when the
        # permissions of every app exist.
        from django.apps import apps

        from .roles import setup_reviewers_after_migrate

        post_migrate.connect(
            setup_reviewers_after_migrate, sender=apps.get_app_config("locales")
        )
