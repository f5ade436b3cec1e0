"""Admin registration: the glossary as a snippet. Translatable, so wagtail-localize
adds its "Translate" actions; editors and translators get its model permissions with
the other translatable snippets (locales.roles)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.glossary.models import GlossaryConcept


class GlossaryConceptViewSet(SnippetViewSet):
    model = GlossaryConcept
    icon = "doc-full"
    menu_label = _("Glossary")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["term", "synonyms", "slug"]
    # Not in any search index (readers never search concepts): filter in the
    # database instead.
    search_backend_name = None
    search_fields = ["term", "synonyms", "definition"]


register_snippet(GlossaryConceptViewSet)
