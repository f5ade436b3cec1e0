"""StreamField as JSON blocks ``[{"id", "type", "value"}]``: rich text expanded with
public links, images and documents in their Plone shapes, structs and lists walked."""

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.api.serializers import values


def stream(request, stream_value) -> list[dict]:
    return [
        {
            "id": child.id,
            "type": child.block_type,
            "value": block_value(request, child.block, child.value),
        }
        for child in stream_value
    ]


def block_value(request, block, value):
    if isinstance(block, blocks.RichTextBlock):
        return values.rich_text(request, value.source if value else "")["data"]
    if isinstance(block, ImageChooserBlock):
        return values.image(request, value)
    if isinstance(block, DocumentChooserBlock):
        return values.document(request, value)
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_value(request, block.child_blocks[name], child)
            for name, child in value.items()
        }
    if isinstance(block, blocks.StreamBlock):
        return stream(request, value)
    if isinstance(block, blocks.ListBlock):
        return [block_value(request, block.child_block, item) for item in value]
    return values.json_scalar(block.get_api_representation(value))
