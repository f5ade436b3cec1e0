"""The multilingual VET glossary editors keep in the admin ("Glossary" menu).

- ``models.GlossaryConcept``: a translatable snippet; per language a preferred term,
  synonyms and variants (one per line: acronyms, plurals, inflected forms readers
  type) and a short definition. The English concept and its translations share a
  ``translation_key`` (wagtail-localize's "Translate" action, editor and PO files).
  Editors add/change/delete concepts, translators change their locale's (the
  permissions ``locales.roles`` gives every translatable snippet).
- ``terms``: every concept's forms per language, kept per process under a token in
  Django's cache that a saved or deleted concept drops.
- ``search/synonyms.py`` turns them into query-time synonyms on both backends, a
  concept's forms joined across the search's locale and its fallback languages.

The demo glossary (67 concepts in en, fi, nl, et, lv) is ``pages/demo/glossary.py``,
loaded by ``manage.py load_demo``."""
