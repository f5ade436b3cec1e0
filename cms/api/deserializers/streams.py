"""StreamField from Wagtail's JSON block format ``[{"type", "value", "id"?}]``: block
types checked against the field's definition, rich text sanitised like any rich text
field, chooser blocks by id, then Wagtail's own ``to_python`` and ``clean``."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail import blocks

from cms.api.deserializers import values


def stream(field, value):
    """A StreamValue for ``field`` (a StreamField) from JSON, validated by Wagtail."""
    if value is None:
        value = []
    stream_block = field.stream_block
    raw = raw_stream(stream_block, value, path=field.name)
    try:
        return stream_block.clean(stream_block.to_python(raw))
    except ValidationError:
        raise
    except (TypeError, ValueError, AttributeError, KeyError) as error:
        # A value of the wrong shape deep inside a block (e.g. a number for an embed).
        raise ValidationError(
            _("Not in Wagtail's block format: %(error)s") % {"error": error}
        ) from None


def raw_stream(stream_block, value, path: str) -> list[dict]:
    if not isinstance(value, list):
        raise ValidationError(
            _("%(path)s: expected a list of blocks.") % {"path": path}
        )
    result = []
    for index, item in enumerate(value):
        where = f"{path}[{index}]"
        if not isinstance(item, dict) or "type" not in item:
            raise ValidationError(
                _('%(path)s: expected {"type": …, "value": …}.') % {"path": where}
            )
        child = stream_block.child_blocks.get(item["type"])
        if child is None:
            raise ValidationError(
                _("%(path)s: unknown block type %(type)s.")
                % {"path": where, "type": item["type"]}
            )
        raw = {
            "type": item["type"],
            "value": raw_value(child, item.get("value"), where),
        }
        if isinstance(item.get("id"), str):
            raw["id"] = item["id"]
        result.append(raw)
    return result


def raw_value(block, value, path: str):
    """Normalise what a client may send for one block into Wagtail's stored JSON."""
    if isinstance(block, blocks.RichTextBlock):
        return values.rich_text(value, features=block.features)
    if isinstance(block, blocks.ChooserBlock):
        return _chooser_id(value, path)
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            raise ValidationError(_("%(path)s: expected an object.") % {"path": path})
        return {
            name: raw_value(child, value.get(name), f"{path}.{name}")
            for name, child in block.child_blocks.items()
            if name in value
        }
    if isinstance(block, blocks.StreamBlock):
        return raw_stream(block, value, path)
    if isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            raise ValidationError(_("%(path)s: expected a list.") % {"path": path})
        return [
            raw_value(block.child_block, v, f"{path}[{i}]") for i, v in enumerate(value)
        ]
    return value


def _chooser_id(value, path: str):
    if isinstance(value, dict):
        value = value.get("id")
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if value is None or (
        isinstance(value, int) and not isinstance(value, bool) and value < 2**31
    ):
        return value
    raise ValidationError(_("%(path)s: expected an id.") % {"path": path})
