"""Rank SQLite FTS5 matches in the query that matches them.

modelsearch's SQLite compiler filters ``pk IN (FTS match)`` and scores each row with
a correlated subquery that runs the match again: at 10k pages one word with 1,604
hits took ~0.5 s, nearly all of it those subqueries. Here the FTS table is joined
to the searched rows and ``bm25()`` read in that one pass (match, then each hit's
row by its primary key), ordered as upstream orders (score, then ``-pk``).

The join goes through ``RANKED_ENTRIES``, a relation to modelsearch's index entries
that compares the row's key with the entry's ``object_id`` as bare columns: upstream's
``index_entries`` casts the key to text, which SQLite cannot look up by primary key
(it scanned every page per hit). SQLite compares them numerically (the key's integer
affinity), as upstream's own subquery does."""

from django.apps import apps
from django.db.models import Q
from modelsearch.abstract_models import TextIDGenericRelation
from modelsearch.backends.database.sqlite.query import MatchExpression
from modelsearch.backends.database.sqlite.sqlite import normalize
from modelsearch.conf import get_app_config
from modelsearch.index import class_is_indexed
from modelsearch.query import MatchAll, Not

RANKED_ENTRIES = "ranked_index_entries"


class RankedEntries(TextIDGenericRelation):
    """An indexed model's index entries, joined by its primary key (see above)."""

    def get_object_id_lookup(self, alias, remote_alias):
        key = self.model._meta.pk
        object_id = self.remote_field.model._meta.get_field(self.object_id_field_name)
        return key.get_lookup("exact")(
            key.get_col(alias), object_id.get_col(remote_alias)
        )

    def bulk_related_objects(self, objs, using=None):
        return []  # upstream's index_entries relation deletes them


def add_ranked_entries() -> None:
    """On every indexed model, as modelsearch adds ``index_entries`` (its ready()).
    SQLite only (search/apps.py): PostgreSQL cannot compare an integer key with text
    unconverted, and modelsearch's compiler there already ranks in the matching
    query."""
    entry = get_app_config().get_model("IndexEntry")
    for model in apps.get_models():
        if class_is_indexed(model) and RANKED_ENTRIES not in model.__dict__:
            RankedEntries(entry).contribute_to_class(model, RANKED_ENTRIES)


class OnePassRankingMixin:
    """For modelsearch's SQLiteSearchQueryCompiler (and its subclasses)."""

    def search(self, config, start, stop, score_field=None):
        query = normalize(self.query)
        model = self.queryset.model
        if isinstance(query, (MatchAll, Not)) or RANKED_ENTRIES not in model.__dict__:
            return super().search(config, start, stop, score_field=score_field)
        match = MatchExpression(
            self.fields or self.FTS_TABLE_FIELDS,
            self.build_search_query(query, config=config),
        )
        fts = f"{RANKED_ENTRIES}__sqliteftsindexentry"
        queryset = self.queryset.filter(Q(**{f"{fts}__isnull": False}), match)
        if self.order_by_relevance and score_field is None:
            score_field = "_score"
        if score_field is not None:
            rank = self._build_rank_expression(self.get_search_vectors(), config)
            queryset = queryset.annotate(**{score_field: rank})
            if self.order_by_relevance:
                queryset = queryset.order_by(score_field, "-pk")
        if not self.order_by_relevance and not queryset.query.order_by:
            queryset = queryset.order_by("-pk")  # stable pages, as upstream
        return queryset[start:stop]
