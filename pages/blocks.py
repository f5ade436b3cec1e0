"""StreamField blocks shared by the page types. Text sub-blocks are translated segment
by segment in wagtail-localize; choices, dates and files stay synchronised."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from pages.vocabularies import (
    LANGUAGE_CHOICES,
    AudienceRole,
    EventDocumentKind,
    ResourceType,
)

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(required=False, label=_("caption"))
    credit = blocks.CharBlock(required=False, label=_("credit"))

    class Meta:
        icon = "image"
        template = "pages/blocks/image_with_caption.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(
        required=False, help_text=_("Defaults to the file's title.")
    )

    class Meta:
        icon = "doc-full"
        template = "pages/blocks/document.html"


class LinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("URL"))
    text = blocks.CharBlock(label=_("link text"))

    class Meta:
        icon = "link"
        template = "pages/blocks/link.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(required=False, label=_("attribution"))

    class Meta:
        icon = "openquote"
        template = "pages/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    """The body of every content page."""

    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("text"))
    image = ImageWithCaptionBlock()
    document = DocumentBlock()
    link = LinkBlock()
    embed = EmbedBlock(label=_("embedded media"))
    quote = QuoteBlock()


class EventDocumentBlock(blocks.StructBlock):
    """An agenda, factsheet or presentation of an event, in the editor's order."""

    title = blocks.CharBlock(label=_("title"))
    kind = blocks.ChoiceBlock(choices=EventDocumentKind.choices, label=_("kind"))
    document = DocumentChooserBlock(label=_("document"))

    class Meta:
        icon = "doc-full"


class WorkPackageBlock(blocks.StructBlock):
    number = blocks.IntegerBlock(min_value=1, label=_("number"))
    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(required=False, label=_("description"))

    class Meta:
        icon = "list-ol"


class LinkedItemBlock(blocks.StructBlock):
    """Something downloadable or linkable: a Wagtail document or an external URL."""

    title = blocks.CharBlock(label=_("title"))
    description = blocks.TextBlock(required=False, label=_("description"))
    document = DocumentChooserBlock(required=False, label=_("document"))
    url = blocks.URLBlock(required=False, label=_("URL"))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("document") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": _("Choose a document or give a URL.")}
            )
        return value


class DeliverableBlock(LinkedItemBlock):
    due = blocks.DateBlock(required=False, label=_("due date"))

    class Meta:
        icon = "doc-full-inverse"


class ResourceBlock(LinkedItemBlock):
    """A resource of a material bank; it exists in its own languages, whatever the
    locale of the page that lists it."""

    resource_type = blocks.ChoiceBlock(choices=ResourceType.choices, label=_("type"))
    audiences = blocks.MultipleChoiceBlock(
        choices=AudienceRole.choices, label=_("for whom")
    )
    languages = blocks.MultipleChoiceBlock(
        choices=LANGUAGE_CHOICES, label=_("available in")
    )

    class Meta:
        icon = "folder-open-inverse"
