"""Serializers, layered so that imports point one way (down):

1. ``values``, ``streams``, ``metadata``, ``registry`` — single values, catalog columns,
   the by-type lookup;
2. ``summary`` (listings), then ``fields`` (a type's own fields; related pages as
   summaries), then ``bulk`` (loading many pages at once);
3. ``content`` (the full object), then ``pages`` (type-specific subclasses).

``tests/api/test_structure.py`` keeps it so."""
