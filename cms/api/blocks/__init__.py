"""Volto blocks over Wagtail pages: ``read`` derives ``blocks``/``blocks_layout`` from a
page, ``write`` turns them back into its body StreamField, ``slate`` converts Volto's
rich text ⇄ Wagtail's database HTML, ``links`` maps URLs ⇄ page, document and image
references, ``facts`` renders the derived (read-only) blocks."""
