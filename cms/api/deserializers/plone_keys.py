"""Plone's Document keys that have no Wagtail field of the same name, so that none is
accepted and dropped: each is stored where the page has a counterpart, accepted only
as the fixed value vetcms always reports, or refused with a 400 naming it.

- ``subjects`` (keywords) → the type's themes, by name in any language, slug or UID;
- ``relatedItems`` → the type's related pages (a news article's related articles);
- ``changeNote`` → kept with the new revision's audit-log entry (``@history``'s
  ``comments``);
- ``creators``, ``contributors``, ``rights``, ``allow_discussion``,
  ``table_of_contents``, ``versioning_enabled``, ``nextPreviousEnabled``: vetcms has
  no such settings; the value it reports (or null) is accepted, any other refused."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cms.api.deserializers import related, values
from cms.api.serializers.metadata import RELATED_ITEMS_RELATION, SUBJECT_FIELD

# Key → the values meaning "as vetcms always has it" (what the read side reports).
FIXED = {
    "creators": ([],),
    "contributors": ([],),
    "rights": ("",),
    "allow_discussion": (False, "False", "false"),
    "table_of_contents": (False,),
    "versioning_enabled": (True,),
    "nextPreviousEnabled": (False,),
}
KEYS = {"subjects", "relatedItems", "changeNote", *FIXED}


class PloneKeys:
    """Setters for the keys above, mixed into ``ContentDeserializer``."""

    def set_plone_key(self, key: str, value) -> None:
        if key in FIXED:
            return check_fixed(key, value)
        return getattr(self, f"set_{key}")(value)

    def set_changeNote(self, value):  # noqa: N802 (Plone's key)
        # Read by cms.api.editing after the revision is saved.
        self.page._api_change_note = values.text(value).strip()

    def set_subjects(self, value):
        field = self._own_field(SUBJECT_FIELD)
        if field is None:
            if value in (None, []):
                return
            raise ValidationError(_("This type has no keywords (themes)."))
        if value is None:
            value = []
        if not isinstance(value, list):
            raise ValidationError(_("Expected a list."))
        terms = [self._term(field, v) for v in value]
        setattr(self.page, field.name, terms)

    def _term(self, field, value):
        """A theme by its name (in any language: the read side gives the page's),
        else by what ``related.lookup`` knows (slug, UID, id)."""
        if isinstance(value, str):
            model = field.related_model
            named = model._default_manager.filter(name=value).first()
            if named is not None and hasattr(named, "translation_key"):
                value = str(named.translation_key)
        return related.lookup(field, value, self.locale_id)

    def set_relatedItems(self, value):  # noqa: N802 (Plone's key)
        relation = self._relation(RELATED_ITEMS_RELATION)
        if relation is None:
            if value in (None, []):
                return
            raise ValidationError(_("This type has no related items."))
        if value is None:
            value = []
        if not isinstance(value, list):
            raise ValidationError(_("Expected a list."))
        row_model, target = relation
        rows = [row_model(**{target.name: related.lookup(target, v, self.locale_id)})
                for v in value]  # fmt: skip
        setattr(self.page, RELATED_ITEMS_RELATION, rows)

    def _own_field(self, name: str):
        from cms.api.deserializers import fields

        try:
            field = type(self.page)._meta.get_field(name)
        except Exception:  # FieldDoesNotExist: the type has no such field
            return None
        return field if fields.writable(field) else None

    def _relation(self, name: str):
        """(row model, its page foreign key) of a child relation holding pages."""
        from wagtail.models import Page

        try:
            rel = type(self.page)._meta.get_field(name)
        except Exception:
            return None
        row_model = rel.related_model
        for field in row_model._meta.concrete_fields:
            model = getattr(field, "related_model", None)
            if field.many_to_one and model and issubclass(model, Page):
                if field.name != rel.field.name:  # not the link to its own page
                    return row_model, field
        return None


def check_fixed(key: str, value) -> None:
    if value is None or any(value == v and type(value) is type(v) for v in FIXED[key]):
        return
    raise ValidationError(
        _("vetcms has no such setting: only %(value)s is accepted.")
        % {"value": _json(FIXED[key][0])}
    )


def _json(value) -> str:
    import json

    return json.dumps(value)
