"""What the database backends (SQLite FTS5, PostgreSQL) need to analyse text per
language, as mixins over modelsearch's own classes (search/backends/database.py):

- the index entries hold each object's text fields as tokens of its locale's language
  (``search.text.analysis``): upstream writes its entries, then ``add_items`` writes
  the analysed title and body over them with upstream's own indexer, whose
  ``prepare_field`` is the one place a field's text passes through;
- the search compiler turns the query's words into tokens (``search.text.query``).

Autocomplete entries stay as typed (prefixes of titles), and pages are displayed and
highlighted from their own fields, never from the index."""

from django.conf import settings
from modelsearch.conf import get_app_config
from modelsearch.index import AutocompleteField, RelatedFields
from modelsearch.utils import get_content_type_pk

from locales.config import LANGUAGE_CODES, SOURCE_LANGUAGE
from locales.ids import locale_code
from search.text import analysis
from search.text.query import analysed

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)


def language_of(obj) -> str:
    """The language an object's text is written in: its locale's, else the site's."""
    locale_id = getattr(obj, "locale_id", None)
    return (locale_code(locale_id) if locale_id else "") or SOURCE_LANGUAGE


class AnalysingIndexerMixin:
    """Upstream's ObjectIndexer, each search field's text as tokens in its language."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.language = language_of(obj)

    def prepare_field(self, obj, field):
        for prepared in super().prepare_field(obj, field):
            # RelatedFields come back through this method: already analysed.
            if isinstance(field, (RelatedFields, AutocompleteField)):
                yield prepared
            else:
                text = analysis.index_text(prepared[-1], self.language)
                yield (*prepared[:-1], text)


class AnalysingIndexMixin:
    indexer_class = None  # an AnalysingIndexerMixin subclass of upstream's indexer

    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if not objs or not model.get_search_fields():
            return
        indexers = {
            indexer.id: indexer
            for indexer in (self.indexer_class(obj, self.backend) for obj in objs)
        }
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model), object_id__in=list(indexers)
            )
        )
        for entry in entries:
            entry.title = indexers[entry.object_id].title
            entry.body = indexers[entry.object_id].body
        IndexEntry._default_manager.bulk_update(
            entries, ["title", "body"], batch_size=200
        )


class AnalysingCompilerMixin:
    """Upstream's search compiler over index tokens; queries without languages are
    analysed in every site language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", None)
        codes = [code for code, _name in languages] if languages else LANGUAGE_CODES
        self.query = analysed(
            self.query, codes, last_word_prefix=self.LAST_TERM_IS_PREFIX
        )
