"""A light stemmer for Latvian, which Snowball does not have.

After Kreslins' approach as Savoy's light stemmers apply it: remove one noun or
adjective case ending (the longest that fits) and leave enough of the word to carry
its meaning; verbs and derivation are left alone. Works on folded text (ā → a, š →
s), as the index holds it, so the endings are written without diacritics: izglītība,
izglītības, izglītībai, izglītību and izglītībā all become ``izglitib``."""

# Longest first, so "-iem" is tried before "-em". The definite adjectives' -aj-
# endings (profesionālajā) are left out: they would cut the agent nouns in -tājs
# (skolotāja → skolot, but skolotājs → skolotaj), which readers search for more.
_ENDINGS = sorted(
    "iem ais ai ei am em im um us as es os ij is ie u a i e o s".split(),
    key=len,
    reverse=True,
)
_VOWELS = set("aeiou")
# Labials take a j before some endings (prasme → prasmju, zeme → zemju).
_PALATAL_J = ("bj", "mj", "pj", "vj")
MIN_STEM = 3


def stem(word: str) -> str:
    for ending in _ENDINGS:
        rest = word[: -len(ending)]
        if word.endswith(ending) and len(rest) >= MIN_STEM and _VOWELS & set(rest):
            if rest.endswith(_PALATAL_J):
                rest = rest[:-1]
            return rest
    return word
