"""Images and documents for the demo, drawn here so the demo needs no downloads."""

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def demo_image(title: str, colour: tuple[int, int, int]):
    """An image with its title written on it; reused if one with that title exists."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    canvas = PILImage.new("RGB", (1200, 675), colour)
    ImageDraw.Draw(canvas).text((40, 40), title, fill=(255, 255, 255))
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    slug = "".join(c if c.isalnum() else "-" for c in title.lower())[:60]
    return Image.objects.create(
        title=title, file=ContentFile(buffer.getvalue(), f"{slug}.png")
    )


def _pdf_bytes(text: str) -> bytes:
    """A valid one-page PDF showing ``text`` (ASCII), written without a PDF library."""
    safe = text.encode("ascii", "replace").decode().replace("(", "[").replace(")", "]")
    stream = f"BT /F1 18 Tf 72 720 Td ({safe}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


def demo_document(title: str):
    """A PDF document titled ``title``; reused if one with that title exists."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    slug = "".join(c if c.isalnum() else "-" for c in title.lower())[:60]
    return Document.objects.create(
        title=title, file=ContentFile(_pdf_bytes(title), f"{slug}.pdf")
    )
