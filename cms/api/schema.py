"""JSON Schema of a page type, in plone.restapi's ``@types/{name}`` shape: properties
with ``factory`` / ``widget`` / ``vocabulary``, ``required``, ``fieldsets`` and
``layouts``."""

from django.db import models
from wagtail.fields import RichTextField, StreamField

from cms.api import urls_public
from cms.api.serializers.fields import own_fields
from cms.api.vocabularies import VOCABULARIES

SIMPLE = [
    (models.BooleanField, {"type": "boolean", "factory": "Yes/No"}),
    (models.IntegerField, {"type": "integer", "factory": "Integer"}),
    (models.FloatField, {"type": "number", "factory": "Floating-point number"}),
    (
        models.DateTimeField,
        {
            "type": "string",
            "format": "date-time",
            "factory": "Date/Time",
            "widget": "datetime",
        },
    ),
    (
        models.DateField,
        {"type": "string", "format": "date", "factory": "Date", "widget": "date"},
    ),
    (
        models.URLField,
        {"type": "string", "format": "uri", "factory": "URL", "widget": "url"},
    ),
    (
        models.EmailField,
        {"type": "string", "format": "email", "factory": "Email", "widget": "email"},
    ),
    (models.TextField, {"type": "string", "factory": "Text", "widget": "textarea"}),
    (models.CharField, {"type": "string", "factory": "Text line (String)"}),
]


def vocabulary_for(request, field) -> dict | None:
    label = field.related_model._meta.label if field.is_relation else None
    for name, vocabulary in VOCABULARIES.items():
        if getattr(vocabulary, "label", None) == label and label:
            base = urls_public.public_base(request)
            return {"@id": f"{base}/@vocabularies/{name}"}
    return None


def field_schema(request, field) -> dict:
    schema = {
        "title": str(field.verbose_name).capitalize(),
        "description": str(field.help_text or ""),
    }
    if isinstance(field, StreamField):
        schema.update(type="array", factory="Blocks", widget="blocks")
    elif isinstance(field, RichTextField):
        schema.update(type="string", factory="Rich Text", widget="richtext")
    elif field.many_to_many or isinstance(field, models.ForeignKey):
        vocab = vocabulary_for(request, field)
        item = {"type": "string", **({"vocabulary": vocab} if vocab else {})}
        if field.many_to_many:
            schema.update(
                type="array", factory="Multiple Choice", items=item, uniqueItems=True
            )
        else:
            schema.update(
                type="string",
                factory="Relation Choice",
                **({"vocabulary": vocab} if vocab else {}),
            )
    else:
        for kind, spec in SIMPLE:
            if isinstance(field, kind):
                schema.update(spec)
                break
        if field.choices:
            schema.update(
                factory="Choice",
                choices=[[str(k), str(v)] for k, v in field.flatchoices],
            )
            schema["enum"] = [str(k) for k, _v in field.flatchoices]
    return schema


def type_schema(request, model) -> dict:
    fields = own_fields(model)
    properties = {
        "title": {"type": "string", "title": "Title", "factory": "Text line (String)"},
        "slug": {"type": "string", "title": "Slug", "factory": "Text line (String)"},
    }
    properties.update({f.name: field_schema(request, f) for f in fields})
    required = ["title"] + [
        f.name for f in fields if not getattr(f, "blank", True) and not f.many_to_many
    ]
    return {
        "title": str(model._meta.verbose_name).capitalize(),
        "type": "object",
        "properties": properties,
        "required": required,
        "fieldsets": [
            {
                "id": "default",
                "title": "Default",
                "fields": list(properties),
                "behavior": "plone",
                "description": "",
            }
        ],
        "layouts": ["document_view", "listing_view"],
    }
