"""What each language's analysis chain needs beyond the engine's built-in analyzer.

Every list here is small and reviewed by hand: the engine ships no morphology for
Finnish or Estonian beyond a light Snowball stemmer (no Voikko or hunspell plugins),
so the gaps that matter for VET text are closed word by word. Compound parts are the
VET words readers write both joined and apart (fi "ohjauspäivät" / "ohjauksen
päivät", nl "volwassenenonderwijs" / "onderwijs voor volwassenen"), written as they
appear inside a compound, lower case."""

from dataclasses import dataclass

# Acronyms written in capitals in every language: never stemmed, and a query typed
# in capitals finds only them (et "VÕTA", validation of prior learning, is also the
# imperative of "võtma", to take: "Võta meiega ühendust" on every contact page).
COMMON_ACRONYMS = (
    "VET",
    "IVET",
    "CVET",
    "NEET",
    "EQF",
    "NQF",
    "ECVET",
    "EQAVET",
    "ESCO",
    "ECTS",
    "VNFIL",
    "RPL",
    "ICT",
    "STEM",
    "EU",
    "ESF",
)


@dataclass(frozen=True)
class Language:
    """One language's chain: the Snowball/light stemmer and stop list of
    analysis-common, plus our rules and lists."""

    stemmer: str
    stopwords: str
    # (regex, replacement) applied to the stem: joins stems Snowball leaves apart.
    stem_rules: tuple[tuple[str, str], ...] = ()
    # "word=>stem" rules applied before the stemmer (the built-in analyzer's own).
    stem_overrides: tuple[str, ...] = ()
    # (regex, replacement) on the word before the stemmer, bringing a family's
    # forms to one word; words matching `lemma_keep` are then kept from the stemmer.
    lemma_rules: tuple[tuple[str, str], ...] = ()
    lemma_keep: str = ""
    compound_parts: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = COMMON_ACRONYMS
    possessive: bool = False  # English "VET's" → "VET"


# Finnish Snowball gives nouns in -us three stems (oppisopimus → oppisopimus,
# oppisopimusta → oppisopimu, oppisopimuksella → oppisopimuks) and adjectives in
# -inen two (ammatillinen → ammatillin, ammatillisesta → ammatillis). `[^_]` keeps the
# rules off acronym tokens ("acronym_…").
FINNISH_STEM_RULES = (
    # -us / -ys nouns (koulutus, ohjaus, rahoitus, mahdollisuus, yrittäjyys)
    (r"^([^_]{3,}[uy])k?s$", "$1"),
    # -uus / -yys nouns' other stem (yrittäjyyden → yrittäjyyd, yrittäjyyttä → …yyt)
    (r"^([^_]{3,}(?:uu|yy))[dt]$", "$1"),
    # -inen adjectives and nouns (ammatillisen, osaamisen → …is)
    (r"^([^_]{4,})is$", "$1in"),
)

# Estonian Snowball cuts nouns in -us two ways (koolitus, koolitust → kooli, like
# "kooli", of the school; koolituse, koolitused, koolitusel → koolituse), so their
# case endings are taken off before it and the -us word is kept whole.
ESTONIAN_US_ENDINGS = (
    "e|t|ed|el|ele|es|est|ega|eks|eni|ena|eta|i|te|tel|tele|tes|test|tega|teks|ti"
)
ESTONIAN_LEMMA_RULES = ((rf"^(\p{{L}}{{3,}}us)(?:{ESTONIAN_US_ENDINGS})$", "$1"),)

LANGUAGES = {
    "en": Language(
        stemmer="english",
        stopwords="_english_",
        possessive=True,
        compound_parts=("micro", "credential", "upskilling", "reskilling"),
    ),
    "fi": Language(
        stemmer="finnish",
        stopwords="_finnish_",
        stem_rules=FINNISH_STEM_RULES,
        compound_parts=(
            "aikuis",
            "ammatti",
            "ennakointi",
            "koulutus",
            "mikro",
            "ohjaaja",
            "ohjaus",
            "opettaja",
            "opinto",
            "opiskelija",
            "oppilaitos",
            "osaaminen",
            # palkka|tuki, vähimmäis|palkka: the wage inside the words pages use
            "palkka",
            "päivä",
            "tutkinto",
            "työpaikka",
            "vihreä",
        ),
    ),
    "nl": Language(
        stemmer="dutch",
        stopwords="_dutch_",
        # The built-in dutch analyzer's own overrides, kept.
        stem_overrides=(
            "fiets=>fiets",
            "bromfiets=>bromfiets",
            "ei=>eier",
            "kind=>kinder",
        ),
        compound_parts=(
            "beroeps",
            "credential",
            "loopbaan",
            "micro",
            "onderwijs",
            # praktijk|opleiders: the trainer is the head (the engine's decompounder
            # adds listed parts only)
            "opleider",
            "opleiding",
            "praktijk",
            "school",
            "uitval",
            "vaardigheden",
            "volwassenen",
            "werkplek",
        ),
        # Dutch writes mbo, hbo, bbl in lower case: only EVC is a capitals acronym.
        acronyms=COMMON_ACRONYMS + ("EVC",),
    ),
    "et": Language(
        stemmer="estonian",
        stopwords="_estonian_",
        lemma_rules=ESTONIAN_LEMMA_RULES,
        lemma_keep=r"\p{L}{3,}us",
        compound_parts=(
            "kutse",
            # karjääri|päevad, karjääri|nõustamine, karjääri|teenused
            "karjääri",
            "õpetaja",
            "koolitus",
            "haridus",
            "täiskasvanu",
            "töökoha",
            "oskus",
            "mikro",
        ),
        acronyms=COMMON_ACRONYMS + ("VÕTA", "EKR", "HTM", "OSKA"),
    ),
    "lv": Language(
        stemmer="latvian",
        stopwords="_latvian_",
        compound_parts=("mikro",),
        acronyms=COMMON_ACRONYMS + ("PIKC", "IZM", "VISC", "NVA"),
    ),
}


def language(code: str) -> Language | None:
    return LANGUAGES.get(code.split("-")[0])
