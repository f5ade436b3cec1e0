"""Dutch: one stem for a long vowel written double in a closed syllable and single
in an open one (informeel / informele, personeel / personele), which Snowball's
dutch stemmer leaves apart (``informeel`` / ``informel``); Kraaij and Pohlmann's
stemmer undoubles it the same way."""

import re

_DOUBLE_VOWEL = re.compile(r"([aeou])\1([^aeiouy])$")


def undouble(stem: str) -> str:
    return _DOUBLE_VOWEL.sub(r"\1\2", stem)
