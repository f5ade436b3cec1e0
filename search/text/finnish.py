"""The Finnish -us/-ys nouns, which Snowball's finnish stemmer splits three ways.

oppisopimus → ``oppisopimus``, oppisopimusta → ``oppisopimu``, oppisopimuksella →
``oppisopimuks``; kauneus → ``kauneus``, kauneutta → ``kauneut``, kauneuden →
``kauneud`` (the same for -ys: terveys, yhteyksiä). A one-word search would miss most
pages that use the word, so every form is brought to one stem.

That stem is the partitive's, without the -s (``oppisopimu``): adding the -s back to
the partitive's stem instead would also turn the elative of a word in -u into an -us
word (koulusta, "from school", → ``koulus``, no longer meeting koulu)."""

import re

# At the end of the stem: -uks/-yks (oppisopimuksen, yhteyksiä), -ut/-ud/-yt/-yd after
# a vowel (kauneutta, kauneuden, terveyttä) and the nominative's -us/-ys.
_US_FORM = re.compile(r"(?:([uy])ks|([aeiouy][uy])[td]|([uy])s)$")
# The -nen words keep -in in the nominative and -is elsewhere (ammatillinen →
# ``ammatillin``, ammatillisesta → ``ammatillis``; työssäoppiminen, -oppimisesta):
# both lose their last letter.
_NEN_FORM = re.compile(r"([^aeiouy]i)[ns]$")


def merge_us(stem: str) -> str:
    """One stem for the forms of a Finnish -us/-ys noun or -nen word (given its
    Snowball stem)."""
    stem = _US_FORM.sub(lambda m: m.group(1) or m.group(2) or m.group(3), stem)
    return _NEN_FORM.sub(r"\1", stem)
