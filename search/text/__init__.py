"""Text analysis for the database search backend, in Python: the same steps at index
and at query time (``analysis.py``), so that an inflected or unaccented query meets
the page's words in the index."""
