"""Index column names of the fields search filters, facets and highlights use, as
modelsearch's mapping names them (the same in every engine backend)."""

from functools import cache

from wagtail.models import Page
from wagtail.search import index

from search.fields import ReaderSearchMixin, reader_search_fields

# Text columns not worth a snippet (they hold labels, not prose).
NOT_HIGHLIGHTED = {"search_classification", "search_spelling"}


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
    """Every text column of the reader page types, title last."""
    from search.params import reader_models

    columns = []
    for model in reader_models():
        mapping = mapping_class(model)
        for field in model.get_searchable_search_fields():
            name = mapping.get_field_column_name(field)
            if field.field_name not in NOT_HIGHLIGHTED and name not in columns:
                columns.append(name)
    columns.sort(key=lambda name: name == "title")
    return tuple(columns)


def _any_reader_model():
    from search.params import reader_models

    return next(m for m in reader_models() if issubclass(m, ReaderSearchMixin))
