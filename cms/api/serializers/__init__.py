"""Serializers: ``registry`` (by page-type label), ``content`` (full object),
``summary`` (listings), ``values`` / ``streams`` / ``fields`` (value conversion)."""
