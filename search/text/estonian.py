"""Estonian: Snowball's estonian stemmer leaves the genitive's stem vowel on
(mitteametlik / mitteametliku, hetk / hetke, kutseõpetaja / kutseõpetajate →
``kutseopetaja``), so a stem loses one final vowel when enough is left."""

_VOWELS = "aeiou"  # folded: õ, ä, ö, ü are o, a, o, u here
MIN_STEM = 3


def drop_stem_vowel(stem: str) -> str:
    if stem.endswith(tuple(_VOWELS)) and len(stem) > MIN_STEM:
        return stem[:-1]
    return stem
