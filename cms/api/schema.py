"""JSON Schema of a page type for an add or edit form, in plone.restapi's
``@types/{name}`` shape, read from what Wagtail's own editor uses: the type's edit
handler (its tabs become ``fieldsets``, its panels the field order) and the admin form
class it builds (``required``, widgets, choices, lengths). Choices of taxonomies and
code lists point at ``@vocabularies``; other relations list their choices."""

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.blocks.base import BlockField

from cms.api import urls_public
from cms.api.vocabularies import VOCABULARIES

# Tab headings as Plone's fieldset ids: the first tab is always "default".
FIELDSET_IDS = {"Promote": "promote", "Settings": "settings"}
# Filled by the server (slug from the title when missing), so never required here.
OPTIONAL = {"slug"}
SIMPLE = [  # (form field class, schema), most specific first
    (forms.BooleanField, {"type": "boolean", "factory": "Yes/No"}),
    (forms.IntegerField, {"type": "integer", "factory": "Integer"}),
    (forms.FloatField, {"type": "number", "factory": "Floating-point number"}),
    (
        forms.DateTimeField,
        {"type": "string", "format": "date-time", "factory": "Date/Time"},
    ),
    (forms.DateField, {"type": "string", "format": "date", "factory": "Date"}),
    (forms.URLField, {"type": "string", "format": "uri", "factory": "URL"}),
    (forms.EmailField, {"type": "string", "format": "email", "factory": "Email"}),
    (forms.CharField, {"type": "string", "factory": "Text line (String)"}),
]
WIDGETS = {
    "DateTimeField": "datetime",
    "DateField": "date",
    "URLField": "url",
    "EmailField": "email",
}


def type_schema(request, model) -> dict:
    edit_handler = model.get_edit_handler()
    form_fields = edit_handler.get_form_class().base_fields
    properties, required, fieldsets = {}, [], []
    for index, tab in enumerate(_tabs(edit_handler)):
        names = []
        for panel in _field_panels(tab):
            name = _panel_name(panel)
            if isinstance(panel, InlinePanel):
                properties[name] = inline_schema(panel)
            elif name in form_fields:
                field = form_fields[name]
                properties[name] = field_schema(request, model, name, field)
                if field.required and name not in OPTIONAL:
                    required.append(name)
            else:
                continue
            names.append(name)
        if names:
            fieldsets.append(_fieldset(tab, index, names))
    _mark_read_only(model, properties)
    _add_blocks(properties, required, fieldsets)
    return {
        "title": str(model._meta.verbose_name).capitalize(),
        "type": "object",
        "properties": properties,
        "required": required,
        "fieldsets": fieldsets,
        "layouts": ["document_view", "listing_view"],
    }


def _add_blocks(properties: dict, required: list, fieldsets: list) -> None:
    """Volto edits a type whose schema has ``blocks``/``blocks_layout`` with its
    blocks editor (its sidebar hides them); the body is edited as blocks there
    (``cms.api.blocks.write``), so the schema no longer offers it as a field (Volto
    would show its value as text). A write may still send ``body`` itself."""
    from cms.api.blocks.read import BODY_FIELD

    if BODY_FIELD not in properties:
        return
    # As plone.restapi describes plone.app.blocks' fields.
    json_field = {"type": "dict", "factory": "JSONField", "widget": "json"}
    properties["blocks"] = {"title": _("Blocks"), **json_field, "default": {}}
    properties["blocks_layout"] = {
        "title": _("Blocks Layout"),
        **json_field,
        "default": {"items": []},
    }
    del properties[BODY_FIELD]
    if BODY_FIELD in required:
        required.remove(BODY_FIELD)
    for fieldset in fieldsets:
        fieldset["fields"] = [n for n in fieldset["fields"] if n != BODY_FIELD]
    fieldsets.append(
        {
            "id": "layout",
            "title": _("Layout"),
            "fields": ["blocks", "blocks_layout"],
            "behavior": "plone",
            "description": "",
        }
    )


def _mark_read_only(model, properties: dict) -> None:
    """Fields a write would refuse (inline rows, such as a news article's people)
    are offered as Plone offers read-only ones, so a form never sends them."""
    from cms.api.deserializers.registry import deserializer_class

    writable = deserializer_class(model).writable_names(model)
    for name, schema in properties.items():
        if name not in writable:
            schema["readonly"] = True


def _tabs(edit_handler) -> list:
    children = getattr(edit_handler, "children", [])
    tabbed = children and all(hasattr(c, "children") for c in children)
    return list(children) if tabbed else [edit_handler]


def _field_panels(panel) -> list:
    """FieldPanels and InlinePanels in the editor's order (groups flattened)."""
    if isinstance(panel, FieldPanel | InlinePanel):
        return [panel]
    return [p for child in getattr(panel, "children", []) for p in _field_panels(child)]


def _panel_name(panel) -> str:
    return panel.relation_name if isinstance(panel, InlinePanel) else panel.field_name


def _fieldset(tab, index: int, names: list[str]) -> dict:
    heading = str(getattr(tab, "heading", "") or _("Default"))
    fieldset_id = (
        "default" if index == 0 else FIELDSET_IDS.get(heading, heading.lower())
    )
    return {
        "id": fieldset_id,
        "title": heading,
        "fields": names,
        "behavior": "plone",
        "description": "",
    }


def field_schema(request, model, name: str, field) -> dict:
    schema = {"title": str(field.label or name), "description": str(field.help_text)}
    if isinstance(field, BlockField):
        schema.update(type="array", factory="Blocks", widget="blocks")
    elif _is_rich_text(model, name):
        schema.update(type="string", factory="Rich Text", widget="richtext")
    elif isinstance(field, forms.ModelMultipleChoiceField):
        item = {"type": "string", **_choices(request, field)}
        schema.update(
            type="array", factory="Multiple Choice", items=item, uniqueItems=True
        )
    elif isinstance(field, forms.ModelChoiceField):
        schema.update(type="string", factory="Relation Choice", **_relation(field))
    elif isinstance(field, forms.ChoiceField):
        choices = [[str(k), str(v)] for k, v in field.choices if k != ""]
        schema.update(
            type="string",
            factory="Choice",
            choices=choices,
            enum=[k for k, _v in choices],
        )
    else:
        schema.update(_simple(field))
    _constraints(schema, model, name, field)
    return schema


def _simple(field) -> dict:
    for kind, spec in SIMPLE:
        if isinstance(field, kind):
            schema = dict(spec)
            widget = WIDGETS.get(kind.__name__)
            if kind is forms.CharField and not isinstance(
                field.widget, forms.TextInput
            ):
                widget = "textarea"
            return {**schema, **({"widget": widget} if widget else {})}
    return {"type": "string"}


def _constraints(schema, model, name, field) -> None:
    if getattr(field, "max_length", None) and schema["type"] == "string":
        schema["maxLength"] = field.max_length
    for bound in ("min_value", "max_value"):
        if getattr(field, bound, None) is not None and schema["type"] == "integer":
            schema["minimum" if bound == "min_value" else "maximum"] = getattr(
                field, bound
            )
    default = _model_default(model, name)
    if default is not None:
        schema["default"] = default


def _model_default(model, name):
    try:
        model_field = model._meta.get_field(name)
    except Exception:  # a form-only field
        return None
    default = getattr(model_field, "default", None)
    if callable(default) or default is None or isinstance(default, type):
        return None
    return default if isinstance(default, bool | int | str) and default != "" else None


def _is_rich_text(model, name) -> bool:
    from wagtail.fields import RichTextField

    try:
        return isinstance(model._meta.get_field(name), RichTextField)
    except Exception:
        return False


def _choices(request, field) -> dict:
    """A vocabulary link for taxonomies and code lists, else the choices inline."""
    label = field.queryset.model._meta.label
    for name, vocabulary in VOCABULARIES.items():
        if getattr(vocabulary, "label", None) == label:
            base = urls_public.public_base(request)
            return {"vocabulary": {"@id": f"{base}/@vocabularies/{name}"}}
    return {"choices": [[str(o.pk), str(o)] for o in field.queryset]}


def _relation(field) -> dict:
    """A chooser (a page, an image, a snippet): Volto's object browser."""
    model = field.queryset.model
    return {"widget": "object_browser", "relation": model._meta.label_lower}


def inline_schema(panel) -> dict:
    """An InlinePanel (ordered related rows): a list of small objects."""
    model = panel.db_field.related_model
    names = [_panel_name(p) for p in _field_panels_of(model)]
    return {
        "title": str(panel.label or panel.relation_name),
        "description": "",
        "type": "array",
        "factory": "List",
        "widget": "inline",
        "items": {
            "type": "object",
            "properties": {n: {"type": "string"} for n in names},
        },
    }


def _field_panels_of(model) -> list:
    return [p for p in getattr(model, "panels", []) if isinstance(p, FieldPanel)]
