"""The generic deserializer (plone.restapi's ``DeserializeFromJson``): Plone's standard
keys mapped onto Wagtail's page fields, then the type's own fields, then Django's
field validation and the model's ``clean()``; every problem is reported with its field
name in one 400."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.api.deserializers import fields, plone_keys, values
from cms.api.exceptions import ValidationFailed
from cms.api.serializers import fields as read_fields
from cms.api.serializers.summary import DESCRIPTION_FIELDS
from locales.ids import locale_code

# Keys of the read representation that a client may send back and that mean nothing
# to write: computed, or bookkeeping (Volto's ``@static_behaviors``, the add form's
# ``parent``); ``translation_of`` is read by the add (``cms.api.editing``). Plone's
# other keys are stored or refused (``plone_keys``); every other key is an error.
IGNORED = {
    "@id", "@type", "@components", "UID", "type_title", "review_state", "created",
    "modified", "is_folderish", "layout", "lock", "version", "parent", "items",
    "items_total", "batching", "previous_item", "next_item", "working_copy",
    "working_copy_of", "translation_state", "@static_behaviors", "translation_of",
}  # fmt: skip
# Wagtail's core page fields that a client may write (the rest is the tree's).
CORE_WRITABLE = {"title", "slug", "seo_title", "search_description", "show_in_menus"}
CORE_FIELDS = {f.name for f in Page._meta.concrete_fields}


class ContentDeserializer(plone_keys.PloneKeys):
    """Subclasses (registered per type) may set ``read_only`` fields, override
    ``time_zone()`` for naive dates, or add checks in ``clean()``."""

    read_only: tuple[str, ...] = ()
    # Keys applied before the others (e.g. an event's time zone before its dates).
    first: tuple[str, ...] = ()

    def __init__(self, request, page, *, parent=None):
        self.request = request
        self.page = page
        self.parent = parent
        self.errors: list[dict] = []
        self.data: dict = {}  # the whole write, for keys that read others (blocks)

    # Plone's standard keys, each a method writing onto the page.
    def set_title(self, value):
        self.page.title = values.text(value).strip()
        self.page.draft_title = self.page.title

    def set_id(self, value):
        self.page.slug = values.text(value).strip()

    def set_description(self, value):
        model = type(self.page)
        names = {f.name for f in model._meta.concrete_fields}
        name = next((n for n in DESCRIPTION_FIELDS if n in names), "search_description")
        setattr(self.page, name, values.text(value))

    def set_exclude_from_nav(self, value):
        self.page.show_in_menus = not values.boolean(value)

    def set_effective(self, value):
        self.page.go_live_at = values.date_time(value, self.time_zone())

    def set_expires(self, value):
        self.page.expire_at = values.date_time(value, self.time_zone())

    # Wagtail's names for the same fields, as @types offers them.
    set_slug, set_go_live_at, set_expire_at = set_id, set_effective, set_expires

    def set_language(self, value):
        code = values.token(value)
        if code and code != locale_code(self.locale_id):
            raise ValidationError(
                _("A page takes its parent's language; use @translations instead.")
            )

    @property
    def locale_id(self):
        return self.page.locale_id or (self.parent and self.parent.locale_id)

    def time_zone(self) -> dt.tzinfo:
        return timezone.get_current_timezone()

    def set_blocks(self, value):
        from cms.api.blocks.write import set_blocks

        set_blocks(self, value, self.data)

    def set_blocks_layout(self, value):
        if "blocks" not in self.data:
            raise ValidationError(_("Send blocks_layout together with blocks."))

    def apply(self, data: dict) -> None:
        self.data = data
        order = sorted(data, key=lambda k: (k not in self.first, k))
        for key in order:
            if key in IGNORED:
                continue
            try:
                self.set(key, data[key])
            except ValidationError as error:
                self.add_errors(key, error)
        if self.parent is not None and not self.page.title:
            self.add_errors("title", ValidationError(_("Required input is missing.")))
        if not self.errors:
            self.validate()
        if self.errors:
            raise ValidationFailed(self.errors)

    def set(self, key: str, value) -> None:
        setter = getattr(self, f"set_{key}", None)
        if setter is not None and key in STANDARD_KEYS:
            return setter(value)
        if key in plone_keys.KEYS:
            return self.set_plone_key(key, value)
        field = self.writable_fields().get(key)
        if field is None:
            raise ValidationError(_("Unknown or read-only field."))
        python = fields.python_value(
            field, value, locale_id=self.locale_id, tz=self.time_zone()
        )
        setattr(self.page, field.name, python)

    @classmethod
    def writable_names(cls, model) -> "set[str]":
        """Every field name a write of ``model`` stores (what @types may offer)."""
        own = read_fields.api_fields(model, cls.read_only)
        names = {f.name for f in own if fields.writable(f)}
        return names | CORE_WRITABLE | STANDARD_KEYS

    def writable_fields(self) -> dict:
        model = type(self.page)
        own = {
            f.name: f
            for f in read_fields.api_fields(model, self.read_only)
            if fields.writable(f)
        }
        core = {n: model._meta.get_field(n) for n in CORE_WRITABLE - {"title", "slug"}}
        return {**core, **own}

    def add_errors(self, key: str, error: ValidationError) -> None:
        messages = error.messages if hasattr(error, "messages") else [str(error)]
        # Block errors (StreamField) carry their per-block detail in Wagtail's JSON.
        details = error.as_json_data() if hasattr(error, "as_json_data") else None
        for message in messages:
            entry = {"field": key, "message": str(message), "error": "ValidationError"}
            if details:
                entry["details"] = details
            self.errors.append(entry)

    def validate(self) -> None:
        page = self.page
        if not page.slug and page.title:
            page.slug = self.free_slug(slugify(page.title, allow_unicode=True))
        exclude = CORE_FIELDS - CORE_WRITABLE - {"go_live_at", "expire_at"}
        try:
            page.clean_fields(exclude=exclude)
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                self.add_errors(PLONE_NAMES.get(name, name), ValidationError(messages))
        if self.errors:
            return
        self.check_slug()
        self.check_dates()
        try:
            self.clean()
        except ValidationError as error:
            for name, messages in _by_field(error).items():
                self.add_errors(PLONE_NAMES.get(name, name), ValidationError(messages))

    def clean(self) -> None:
        """The model's own checks. Wagtail's ``Page.clean`` also checks the slug
        against the saved tree position, which a new page lacks: ``check_slug`` has
        done that against the parent, so that step is skipped for this call."""
        page = self.page
        page._check_slug_is_unique = lambda: None
        try:
            page.clean()
        finally:
            del page._check_slug_is_unique

    def parent_page(self):
        return self.parent or self.page.get_parent()

    def free_slug(self, base: str) -> str:
        base = base or "page"
        candidate, n = base, 1
        while not Page._slug_is_available(candidate, self.parent_page(), self.page):
            n += 1
            candidate = f"{base}-{n}"
        return candidate

    def check_slug(self) -> None:
        if not Page._slug_is_available(self.page.slug, self.parent_page(), self.page):
            self.add_errors(
                "id",
                ValidationError(
                    _("The id '%(id)s' is already in use in this folder.")
                    % {"id": self.page.slug}
                ),
            )

    def check_dates(self) -> None:
        start, end = self.page.go_live_at, self.page.expire_at
        if start and end and end <= start:
            self.add_errors(
                "expires", ValidationError(_("Expiry must be after publication."))
            )


STANDARD_KEYS = {
    "title", "id", "description", "exclude_from_nav", "effective", "expires",
    "language", "slug", "go_live_at", "expire_at", "blocks", "blocks_layout",
}  # fmt: skip
PLONE_NAMES = {"slug": "id", "go_live_at": "effective", "expire_at": "expires"}


def _by_field(error: ValidationError) -> dict:
    if hasattr(error, "error_dict"):
        return error.message_dict
    return {"__all__": error.messages}
