"""Estonian: two repairs around Snowball's estonian stemmer.

- Nouns in -us: Snowball cuts them two ways (koolitus, koolitust → ``kool``, like
  "kooli", of the school; koolituse, koolitusel → ``koolitus``), so a case ending
  after -us is taken off first and the -us word is kept from the stemmer
  (``us_lemma``), as the engine's lemma rule does (search/analysis/languages.py
  holds the endings for both).
- The genitive's stem vowel: Snowball leaves it on (mitteametlik / mitteametliku,
  hetk / hetke, kutseõpetaja / kutseõpetajate → ``kutseopetaja``), so a stem loses
  one final vowel when enough is left."""

import re

from search.analysis.languages import ESTONIAN_US_ENDINGS

_VOWELS = "aeiou"  # folded: õ, ä, ö, ü are o, a, o, u here
MIN_STEM = 3
# Folded text: letters are [^\W\d_]; the engine's rule is ^(\p{L}{3,}us)(endings)$.
_US_WORD = re.compile(rf"^([^\W\d_]{{3,}}us)(?:{ESTONIAN_US_ENDINGS})?$")


def us_lemma(word: str) -> str | None:
    """The -us noun a folded ``word`` is a form of (koolitusel → koolitus), else
    None."""
    match = _US_WORD.match(word)
    return match.group(1) if match else None


def drop_stem_vowel(stem: str) -> str:
    if stem.endswith(tuple(_VOWELS)) and len(stem) > MIN_STEM:
        return stem[:-1]
    return stem
