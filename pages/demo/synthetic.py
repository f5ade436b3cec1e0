"""Synthetic volumes for benchmarks: practices with text in each locale's language."""

import random
from collections.abc import Iterator
from contextlib import contextmanager

from tqdm import tqdm
from wagtail.models import Locale

from locales.config import LANGUAGE_CODES
from pages.models import Country, PracticePage
from pages.vocabularies import NETWORK_COUNTRIES, PracticeKind

WORDS = {
    "en": "apprenticeship guidance mentoring workshop learners teachers companies "
    "training school support coaching career skills dropout motivation".split(),
    "fi": "oppisopimus ohjaus mentorointi työpaja oppijat opettajat yritykset koulutus "
    "koulu tuki valmennus ura taidot keskeyttäminen motivaatio".split(),
    "nl": "leerlingwezen begeleiding mentoraat werkplaats leerlingen docenten bedrijven "
    "opleiding school ondersteuning coaching loopbaan vaardigheden uitval motivatie".split(),
    "et": "õpipoisiõpe nõustamine mentorlus töökoda õppijad õpetajad ettevõtted koolitus "
    "kool tugi juhendamine karjäär oskused väljalangevus motivatsioon".split(),
    "lv": "māceklība konsultēšana mentorings darbnīca izglītojamie skolotāji uzņēmumi "
    "apmācība skola atbalsts koučings karjera prasmes atbiršana motivācija".split(),
}


# Words of the demo's judged pages (bench/relevance_judgements.py), some inflected
# differently, that synthetic texts mention: so a judged query's words are shared by
# hundreds of pages and ranking, not a rare word, has to put the judged page first.
MENTIONS = {
    "en": "informal moment certificate certificates practice practical trade norway "
    "route relaxed encounters trust staff mentor mentors peer newcomers welcome days "
    "absence parents ambassador ambassadors network material bank vocational teacher "
    "unit pathways young people qualifications abroad counselling portal knowledge".split(),
    "fi": "epävirallinen hetki hetket käytäntö käytännöt todistus todistukset "
    "norjalainen koulutuspolut harjoittelu ammattitutkinto rento kohtaaminen "
    "luottamus henkilöstö suhteet ammatillinen opettaja lähettiläs lähettiläät "
    "verkosto materiaali pankki portaali tieto".split(),
    "nl": "informeel moment momenten certificaat praktijk traject trajecten noorwegen "
    "vakdiploma ontspannen ontmoeting vertrouwen personeel relatie docent "
    "beroepsonderwijs ambassadeur ambassadeurs netwerk materiaal bank kennis "
    "portaal".split(),
    "et": "mitteametlik hetk hetked tunnistus praktika norra õppetee kohtumine "
    "usaldus töötajad töötaja suhted kutseõpetaja saadik saadikud võrgustik "
    "materjal pank portaal kutseharidus".split(),
    "lv": "neformāls brīdis brīži prakse apliecība norvēģija mācības ceļš tikšanās "
    "uzticēšanās personāls attiecības profesionālā izglītība skolotājs vēstnieks "
    "vēstnieki tīkls materiāli banka zināšanas portāls".split(),
}
MENTION_SHARE = 0.25  # of the words of a synthetic summary (titles: none)

# Off for a judged set whose distractors must not share its pages' vocabulary on
# purpose (bench/realistic/): a switch, because bench/search_data.py passes
# MENTION_SHARE itself.
_with_mentions = True


@contextmanager
def without_mentions() -> Iterator[None]:
    """Synthetic texts made inside this block use WORDS only, never MENTIONS."""
    global _with_mentions
    previous, _with_mentions = _with_mentions, False
    try:
        yield
    finally:
        _with_mentions = previous


def _text(rng: random.Random, code: str, words: int, mentions: float = 0.0) -> str:
    """Words of the language, a share of them the judged pages' vocabulary."""
    if not _with_mentions:
        mentions = 0.0
    picked = [
        rng.choice(MENTIONS[code] if rng.random() < mentions else WORDS[code])
        for _ in range(words)
    ]
    return " ".join(picked).capitalize()


def add_synthetic_practices(index, count: int, progress: bool = True) -> int:
    """Add practices ``synthetic-NNNNN`` under ``index`` up to ``count``, each published
    in every locale. Existing ones are kept, so the command can be re-run or
    extended."""
    existing = (
        PracticePage.objects.child_of(index)
        .filter(slug__startswith="synthetic-")
        .count()
    )
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGE_CODES}
    countries = list(NETWORK_COUNTRIES)
    kinds = list(PracticeKind.values)
    created = 0
    for number in tqdm(range(existing, count), desc="practices", disable=not progress):
        rng = random.Random(number)
        page = PracticePage(
            slug=f"synthetic-{number:05d}",
            title=f"{_text(rng, 'en', 4)} {number}",
            kind=rng.choice(kinds),
            summary=_text(rng, "en", 25, MENTION_SHARE),
            start_year=rng.randint(1995, 2025),
        )
        index.add_child(instance=page)
        page.countries = [Country.objects.get(pk=rng.choice(countries))]
        page.save_revision().publish()
        for code, locale in locales.items():
            if code == page.locale.language_code:
                continue
            translated = page.copy_for_translation(locale)
            translated.title = f"{_text(rng, code, 4)} {number}"
            translated.summary = _text(rng, code, 25, MENTION_SHARE)
            translated.save_revision().publish()
        created += 1
    return created
