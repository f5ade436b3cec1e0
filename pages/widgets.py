"""Form widgets whose options are sorted by their label in the language the form is
shown in (``pages.collation``), for country and language lists in the admin and on
the site. The order is decided when the widget renders, so one form definition serves
every language."""

from django import forms

from locales.config import IN_LANGUAGE
from pages.collation import collated_choices


class CollatedChoicesMixin:
    def optgroups(self, name, value, attrs=None):
        self.choices = collated_choices(self.choices)
        return super().optgroups(name, value, attrs)


class EmptyChoicesDisabledMixin:
    """Options listed in ``empty`` (a filter value that finds nothing) are drawn
    disabled, unless chosen: a reader is not offered a road to "No results."."""

    empty: frozenset = frozenset()

    def create_option(self, name, value, label, selected, index, **kwargs):
        option = super().create_option(name, value, label, selected, index, **kwargs)
        if value in self.empty and not selected:
            option["attrs"]["disabled"] = True
        return option


class FallbackOptionsMixin:
    """Options whose label is a term shown in its fallback language (``fallbacks``:
    value → language code) carry ``lang`` and the fallback badge's words, as an
    untranslated item does in a listing: an option can hold no badge element."""

    fallbacks: dict = {}

    def create_option(self, name, value, label, selected, index, **kwargs):
        language = self.fallbacks.get(value)
        if language:
            label = f"{label} · {IN_LANGUAGE.get(language, language)}"
        option = super().create_option(name, value, label, selected, index, **kwargs)
        if language:
            option["attrs"]["lang"] = language
        return option


class FilterSelect(FallbackOptionsMixin, EmptyChoicesDisabledMixin, forms.Select):
    pass


class CollatedSelect(CollatedChoicesMixin, forms.Select):
    pass


class CollatedFilterSelect(
    EmptyChoicesDisabledMixin, CollatedChoicesMixin, forms.Select
):
    pass


class CollatedCheckboxSelectMultiple(
    CollatedChoicesMixin, forms.CheckboxSelectMultiple
):
    pass
