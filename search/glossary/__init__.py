"""The multilingual VET glossary: concepts editors keep as a translatable snippet
(models.py) and the per-language term lists search reads from them (terms.py)."""
