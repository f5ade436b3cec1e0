"""Index column names of the fields search filters, facets and highlights use, as
modelsearch's mapping names them (the same in every engine backend)."""

from functools import cache

from wagtail.models import Page
from wagtail.search import index

from search.fields import ReaderSearchMixin, reader_search_fields

# Text columns not worth a snippet (they hold labels, not prose).
NOT_HIGHLIGHTED = {"search_classification", "search_spelling"}


@cache  # names fixed by the models' search fields (read several times per search)
def column(mapping_class, field_name: str) -> str:
    """The column of a reader field (same for every page type) or a Page field."""
    for field in reader_search_fields:
        if field.field_name == field_name:
            return mapping_class(_any_reader_model()).get_field_column_name(field)
    for field in Page.search_fields:
        if field.field_name == field_name and isinstance(field, index.FilterField):
            return mapping_class(Page).get_field_column_name(field)
    raise KeyError(field_name)


def title_keyword(mapping_class) -> str:
    """The keyword copy of the title (Page's FilterField), readable as a doc value."""
    return mapping_class(Page).get_field_column_name(index.FilterField("title"))


@cache
def highlight_columns(mapping_class) -> tuple[str, ...]:
    """The prose columns of the reader page types that snippets come from: summary
    level first, then body level. Titles are shown anyway and related names are
    labels; highlighting fewer fields is most of what a search costs the engine
    (bench/search.py)."""
    from search.fields import BODY, SUMMARY
    from search.params import reader_models

    columns = []
    for model in reader_models():
        mapping = mapping_class(model)
        for field in model.get_searchable_search_fields():
            name = mapping.get_field_column_name(field)
            weight = field.boost or BODY
            wanted = (
                weight in (SUMMARY, BODY) and field.field_name not in NOT_HIGHLIGHTED
            )
            if wanted and name not in [c for c, _w in columns]:
                columns.append((name, weight))
    columns.sort(key=lambda item: -item[1])
    return tuple(name for name, _weight in columns)


def _any_reader_model():
    from search.params import reader_models

    return next(m for m in reader_models() if issubclass(m, ReaderSearchMixin))
