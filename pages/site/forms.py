"""Forms of the readers' site. Unknown filter values are reported back to the reader
(the page still renders), never guessed and never a server error."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pages.models import AmbassadorApplication, Country
from pages.vocabularies import (
    LANGUAGE_CHOICES,
    NETWORK_COUNTRY_CHOICES,
    AudienceRole,
    PracticeKind,
    ResourceType,
)
from pages.widgets import CollatedFilterSelect, CollatedSelect, FilterSelect

ALL = [("", _("All"))]


class ApplicationForm(forms.ModelForm):
    """The public application to join the ambassadors network. ``website`` is a trap:
    hidden from people by CSS, filled in by bots; such a submission is dropped."""

    website = forms.CharField(
        label=_("Leave this field empty"), required=False, max_length=200
    )

    class Meta:
        model = AmbassadorApplication
        fields = [
            "name",
            "email",
            "country",
            "organisation",
            "kind",
            "expertise",
            "motivation",
            "consent",
        ]
        labels = {
            "name": _("Name"),
            "email": _("Email"),
            "country": _("Country"),
            "organisation": _("Organisation"),
            "kind": _("I am a"),
            "expertise": _("Expertise"),
            "motivation": _("Why do you want to join?"),
            "consent": _(
                "I agree that the agency stores and processes these data to review "
                "my application."
            ),
        }
        error_messages = {
            "consent": {"required": _("Consent is required to apply.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country"))] + list(
            NETWORK_COUNTRY_CHOICES
        )
        self.fields["country"].widget = CollatedSelect(
            choices=self.fields["country"].choices
        )
        self.fields["kind"].choices = [("", "—")] + list(self.fields["kind"].choices)[
            1:
        ]
        self.fields["motivation"].widget.attrs["rows"] = 5
        for name in ("name", "email", "organisation"):
            self.fields[name].widget.attrs["autocomplete"] = {
                "name": "name",
                "email": "email",
                "organisation": "organization",
            }[name]
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class PracticeFilterForm(forms.Form):
    """The practice listing's filters; unknown values are reported, not guessed.
    ``counts`` (per field, per value) adds how many practices each choice finds."""

    kind = forms.ChoiceField(
        label=_("Type"),
        required=False,
        choices=ALL + PracticeKind.choices,
        widget=FilterSelect,
    )
    country = forms.ChoiceField(
        label=_("Country"), required=False, widget=CollatedFilterSelect
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False, widget=FilterSelect)
    group = forms.ChoiceField(
        label=_("Target group"), required=False, widget=FilterSelect
    )
    page = forms.IntegerField(min_value=1, required=False)

    def __init__(self, *args, themes=(), groups=(), **kwargs):
        super().__init__(*args, **kwargs)
        countries = [(c.code, c.name) for c in Country.objects.all()]
        self.fields["country"].choices = ALL + countries
        for name, terms in (("theme", themes), ("group", groups)):
            field = self.fields[name]
            field.choices = ALL + [(t.slug, t.name) for t in terms]
            field.widget.fallbacks = {
                t.slug: t.fallback_language
                for t in terms
                if getattr(t, "fallback_language", None)
            }

    def show_counts(self, counts: dict[str, dict[str, int]]) -> None:
        """Label each choice with its count ("Quick win (3)"); the ones that find
        nothing are disabled."""
        for name, by_value in counts.items():
            field = self.fields[name]
            field.choices = [
                (value, f"{label} ({by_value.get(value, 0)})" if value else label)
                for value, label in field.choices
            ]
            field.widget.empty = frozenset(
                value
                for value, _label in field.choices
                if value and not by_value.get(value)
            )


class AmbassadorFilterForm(forms.Form):
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=ALL + list(NETWORK_COUNTRY_CHOICES),
        widget=CollatedSelect,
    )


class ResourceFilterForm(forms.Form):
    """A material bank's resources by role, type and language."""

    audience = forms.ChoiceField(
        label=_("For whom"), required=False, choices=ALL + AudienceRole.choices
    )
    resource_type = forms.ChoiceField(
        label=_("Type"), required=False, choices=ALL + ResourceType.choices
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=ALL + list(LANGUAGE_CHOICES),
        widget=CollatedSelect,
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=500)
    type = forms.CharField(required=False, max_length=60)
    kind = forms.CharField(required=False, max_length=40)
    country = forms.CharField(required=False, max_length=8)
    theme = forms.CharField(required=False, max_length=120)
    year = forms.IntegerField(min_value=1000, max_value=9999, required=False)
    page = forms.IntegerField(min_value=1, required=False)
