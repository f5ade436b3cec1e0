from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    # Distinct from wagtail.search ("wagtailsearch") and from modelsearch.
    label = "vetsearch"
    verbose_name = "vetcms search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db import connection

        from search import indexing

        indexing.connect()
        if connection.vendor == "sqlite":
            # Its module reads modelsearch's SQLite models: not there on PostgreSQL.
            from search.backends.sqlite_ranking import add_ranked_entries

            add_ranked_entries()
