from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    # Distinct from wagtail.search ("wagtailsearch") and from modelsearch.
    label = "vetsearch"
    verbose_name = "vetcms search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from search import indexing
        from search.backends.sqlite_ranking import add_ranked_entries

        indexing.connect()
        add_ranked_entries()
