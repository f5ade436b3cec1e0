"""One model field from JSON, by field kind: the counterpart of
``cms.api.serializers.fields``. Returns the Python value to assign; errors are
Django ValidationErrors (the caller names the field)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import RichTextField, StreamField

from cms.api.deserializers import related, streams, values


def writable(field) -> bool:
    """Fields a client may set: concrete ones and the page's own (parental)
    many-to-many relations; plain many-to-many tables are not part of a revision."""
    return field.concrete and (
        not field.many_to_many or isinstance(field, ParentalManyToManyField)
    )


def python_value(field, value, *, locale_id=None, tz=None):
    if isinstance(field, StreamField):
        return streams.stream(field, value)
    if isinstance(field, RichTextField):
        return values.rich_text(value, features=field.features)
    if field.many_to_many:
        if not isinstance(value, list):
            raise ValidationError(_("Expected a list."))
        return [related.lookup(field, v, locale_id) for v in value]
    if isinstance(field, models.ForeignKey):
        return related.lookup(field, value, locale_id)
    if field.choices:
        return _choice(field, values.token(value))
    return _scalar(field, value, tz)


def _choice(field, token):
    if token in (None, "") and (field.null or field.blank):
        return None if field.null else ""
    allowed = {str(key) for key, _label in field.flatchoices}
    if str(token) not in allowed:
        raise ValidationError(
            _("%(value)s is not one of the allowed values.") % {"value": token}
        )
    return field.to_python(token)


def _scalar(field, value, tz):
    if isinstance(field, models.DateTimeField):
        return values.date_time(value, tz)
    if isinstance(field, models.DateField):
        return values.date(value)
    if isinstance(field, models.BooleanField):
        return values.boolean(value)
    if isinstance(field, models.CharField | models.TextField):
        return values.text(value) if value is not None or not field.null else None
    if value is None:
        return None
    if isinstance(value, dict | list) or isinstance(value, bool):
        raise ValidationError(_("Expected a single value."))
    return field.to_python(value)
