"""The naive baseline: what a site gets from Elasticsearch with no thought about
language. One index per language with the `standard` analyzer (the same for every
language), title / summary / body as plain text fields, and a plain `multi_match`
over them. Same documents and the same visibility as vetcms: a locale's live,
public reader pages plus the English pages that have no live translation there."""

from collections.abc import Iterator

from django.db.models import Model
from wagtail.fields import StreamField
from wagtail.search import index

from cms.core import access
from locales.config import LANGUAGE_CODES, fallback_languages
from search import fields
from search.params import reader_models

FIELD_BY_WEIGHT = {
    fields.TITLE: "title",
    fields.SUMMARY: "summary",
    fields.BODY: "body",
}
MAPPING = {
    "properties": {
        "title": {"type": "text", "analyzer": "standard"},
        "summary": {"type": "text", "analyzer": "standard"},
        "body": {"type": "text", "analyzer": "standard"},
        "visible_in": {"type": "keyword"},
    }
}


class NaiveIndex:
    """``prefix + "naive_" + code`` indices on the client ``es``."""

    def __init__(self, es, prefix: str):
        self.es, self.prefix = es, prefix

    def name(self, code: str) -> str:
        return f"{self.prefix}naive_{code}"

    def exists(self) -> bool:
        return all(self.es.indices.exists(index=self.name(c)) for c in LANGUAGE_CODES)

    def build(self) -> int:
        from elasticsearch.helpers import bulk

        for code in LANGUAGE_CODES:
            self.es.indices.create(
                index=self.name(code),
                body={
                    "settings": {"number_of_shards": 1, "number_of_replicas": 0},
                    "mappings": MAPPING,
                },
            )
        actions = (
            {"_index": self.name(code), "_id": pk, "_source": doc}
            for code, pk, doc in documents()
        )
        sent, _errors = bulk(self.es, actions, chunk_size=500, refresh="wait_for")
        return sent

    def search(self, text: str, code: str, size: int = 50) -> tuple[list[int], int]:
        """The ranked page ids (the first ``size``) and how many pages matched."""
        names = [self.name(c) for c in [code, *fallback_languages(code)]]
        body = {
            "size": size,
            "_source": False,
            "query": {
                "bool": {
                    "must": {
                        "multi_match": {
                            "query": text,
                            "fields": ["title", "summary", "body"],
                        }
                    },
                    "filter": {"term": {"visible_in": code}},
                }
            },
        }
        body["track_total_hits"] = True
        hits = self.es.search(index=",".join(names), body=body)["hits"]
        return [int(hit["_id"]) for hit in hits["hits"]], hits["total"]["value"]


def documents() -> Iterator[tuple[str, int, dict]]:
    """(language, page id, document) for every live, public reader page."""
    seen = set()
    for model in reader_models():
        pages = access.searchable_pages(model.get_indexed_objects())
        for page in pages:
            if page.pk in seen or type(page) is not model:
                continue
            seen.add(page.pk)
            code = page.locale.language_code
            yield code, page.pk, {**_texts(page), "visible_in": _visible_in(page, code)}


def _visible_in(page, code: str) -> list[str]:
    """The page's own language, and the languages it is a fallback page in."""
    live = set(page.search_live_locales)
    return [code] + [
        other
        for other in LANGUAGE_CODES
        if other not in live and code in fallback_languages(other)
    ]


def _texts(page: Model) -> dict[str, str]:
    texts = {name: [] for name in FIELD_BY_WEIGHT.values()}
    for field in _text_fields(type(page)).values():
        target = FIELD_BY_WEIGHT.get(field.boost or fields.BODY)
        if target is not None:
            texts[target].extend(_words(page, field.field_name))
    return {name: " ".join(parts) for name, parts in texts.items()}


def _text_fields(model) -> dict[str, index.SearchField]:
    """The model's text fields by name, the last declaration winning (the title is
    declared by Page and again by the reader fields), without the spelling words
    that are kept out of the full text."""
    found = {}
    for field in model.get_search_fields():
        if not isinstance(field, index.SearchField):
            continue
        if field.kwargs.get("es_extra", {}).get("include_in_all") is False:
            continue
        found[field.field_name] = field
    return found


def _words(page: Model, name: str) -> list[str]:
    value = getattr(page, name, None)
    if callable(value):
        value = value()
    if not value:
        return []
    try:
        model_field = page._meta.get_field(name)
    except Exception:  # a property or method, not a model field
        return [str(value)]
    if isinstance(model_field, StreamField):
        return [str(text) for text in model_field.get_searchable_content(value)]
    return [str(value)]
