"""Form widgets whose options are sorted by their label in the language the form is
shown in (``pages.collation``), for country and language lists in the admin and on
the site. The order is decided when the widget renders, so one form definition serves
every language."""

from django import forms

from pages.collation import collated_choices


class CollatedChoicesMixin:
    def optgroups(self, name, value, attrs=None):
        self.choices = collated_choices(self.choices)
        return super().optgroups(name, value, attrs)


class CollatedSelect(CollatedChoicesMixin, forms.Select):
    pass


class CollatedCheckboxSelectMultiple(
    CollatedChoicesMixin, forms.CheckboxSelectMultiple
):
    pass
