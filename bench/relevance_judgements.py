"""Judged queries for `bench/relevance.py --set demo`: per language, the words a reader
types and the pages (by slug, in that locale unless ``en:`` says the fallback page)
that must come first. Written for the demo content (pages/demo/), against a synthetic
corpus whose titles and summaries mention the same words (pages/demo/synthetic.py
MENTIONS): almost every query's words are shared by tens to hundreds of synthetic
pages, so the weights, the title phrase bonus and length normalisation decide, not a
rare word.

Each query is tagged by what it tests: inflected (another form of the page's words),
words (several shared words, some only in the summary), phrase (the words as the
page's title phrase vs scattered in other pages), synonym (only a synonym's form is
on the page), typo (fuzzy retry), fallback (an English page found from fi/nl/et/lv).
"""

JUDGEMENTS: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        ("informal moment with staff", ["informal-moments"]),  # inflected
        ("trust between learners and staff", ["informal-moments"]),  # words
        ("practical training route in Norway", ["praksisbrev"]),  # words
        ("trade certificates", ["praksisbrev"]),  # inflected
        ("peer mentoring in workshops", ["peer-mentors"]),  # inflected
        ("welcome days for new learners", ["welcome-days"]),  # phrase
        ("parents school", ["involve-parents"]),  # words
        ("young people pathways", ["jovent-pathways"]),  # phrase
        ("counselling qualifications abroad", ["recognition-contact-points"]),
        (
            "vocational teachers as learning ambassadors",
            ["vocational-teacher-to-learning-ambassador"],
        ),  # inflected
        ("ambassadors network", ["ambassadors"]),  # phrase
        ("material bank", ["material-bank"]),  # phrase
        ("training companies", ["apprenticeship-coaching"]),  # phrase
        # synonym: "work-based learning" is only on other pages; its synonym
        # "apprenticeship" is in this page's summary
        ("work-based learning coaching for apprentices", ["apprenticeship-coaching"]),
        ("VET knowledge portal", ["home"]),  # synonym
        ("informl moments", ["informal-moments"]),  # typo
        ("certifcate of practise", ["praksisbrev"]),  # typo
        ("peer mentros", ["peer-mentors"]),  # typo
    ],
    "fi": [
        ("epävirallinen hetki", ["informal-moments"]),  # inflected
        ("oppijat ja henkilöstö", ["informal-moments"]),  # inflected
        ("luottamus ja hyvät suhteet", ["informal-moments"]),  # words
        ("käytännön harjoittelu", ["praksisbrev"]),  # words
        ("todistus", ["praksisbrev"]),  # title word shared by many
        ("ammattitutkinto", ["praksisbrev"]),  # inflected
        ("ammatillisen koulutuksen keskeyttäminen", ["lahettilaat"]),  # words
        ("ammatillinen opettaja", ["vocational-teacher-to-learning-ambassador"]),
        ("ammatillisen koulutuksen tietoportaali", ["etusivu"]),  # phrase
        ("VET tietoportaali", ["etusivu"]),  # synonym
        ("epävirallisia hetkia", ["informal-moments"]),  # typo
        ("materiaalipankkki", ["materiaalipankki"]),  # typo
        ("coaching apprentices", ["en:apprenticeship-coaching"]),  # fallback
    ],
    "nl": [
        ("informeel moment", ["informal-moments"]),  # inflected
        ("vertrouwen tussen leerling en personeel", ["informal-moments"]),  # words
        ("ontspannen ontmoetingen", ["informal-moments"]),  # words
        ("traject in Noorwegen", ["praksisbrev"]),  # words
        ("vakdiploma", ["praksisbrev"]),  # inflected
        ("docent beroepsonderwijs", ["vocational-teacher-to-learning-ambassador"]),
        ("kennisportaal beroepsonderwijs", ["start"]),  # phrase
        ("schoolverlaten beroepsonderwijs", ["ambassadeurs"]),  # words
        ("mbo kennisportaal", ["start"]),  # synonym
        ("infromele momenten", ["informal-moments"]),  # typo
        ("materialenbnak", ["materialenbank"]),  # typo
        ("welcome days", ["en:welcome-days"]),  # fallback
    ],
    "et": [
        ("mitteametlik hetk", ["informal-moments"]),  # inflected
        ("õppijad ja töötajad", ["informal-moments"]),  # inflected
        ("usaldus ja head suhted", ["informal-moments"]),  # words
        ("Norra õppetee", ["praksisbrev"]),  # words
        ("praktiline õpe", ["praksisbrev"]),  # inflected
        ("kutseõpetaja", ["vocational-teacher-to-learning-ambassador"]),  # inflected
        ("saadikute võrgustik", ["saadikud"]),  # phrase
        ("kutsehariduse teadmusportaal", ["avaleht"]),  # phrase
        ("kutseõppe katkestamine", ["saadikud"]),  # inflected
        ("VET teadmusportaal", ["avaleht"]),  # synonym
        ("praktikatunistus", ["praksisbrev"]),  # typo
        ("mitteametlikud hetkd", ["informal-moments"]),  # typo
        ("peer mentors", ["en:peer-mentors"]),  # fallback
    ],
    "lv": [
        ("neformāli brīži", ["informal-moments"]),  # words
        ("uzticēšanās un attiecības", ["informal-moments"]),  # words
        ("prakses apliecība", ["praksisbrev"]),  # phrase
        ("praktiskās mācības Norvēģijā", ["praksisbrev"]),  # inflected
        (
            "profesionālās izglītības skolotājs",
            ["vocational-teacher-to-learning-ambassador"],
        ),  # inflected
        ("vēstnieku tīkls", ["vestnieki"]),  # phrase
        ("materiālu banka", ["materialu-banka"]),  # phrase
        ("zināšanu portāls", ["sakums"]),  # phrase
        ("priekšlaicīga pamešana", ["vestnieki"]),  # inflected
        ("VET zināšanu portāls", ["sakums"]),  # synonym
        ("prakses aplieciba", ["praksisbrev"]),  # typo
        ("vēstnieku tikls", ["vestnieki"]),  # typo
        ("welcome days", ["en:welcome-days"]),  # fallback
    ],
}
