"""Judged queries for bench/relevance.py: per language, the words a reader types and
the pages (by slug, in that locale unless ``en:`` says the fallback page) that must
come first. Written for the demo content (pages/demo/), against a synthetic corpus
that shares its vocabulary (pages/demo/synthetic.py's words)."""

JUDGEMENTS: dict[str, list[tuple[str, list[str]]]] = {
    "en": [
        # Only shared words: 140+ synthetic practices match; title phrases decide.
        ("training companies", ["apprenticeship-coaching"]),
        ("mentors workshop", ["peer-mentors"]),
        ("coaches for apprentices and company trainers", ["apprenticeship-coaching"]),
        ("informal moments between learners and staff", ["informal-moments"]),
        ("practice certificate Norway", ["praksisbrev"]),
        (
            "vocational teacher learning ambassador",
            ["vocational-teacher-to-learning-ambassador"],
        ),
        (
            "Centres of Vocational Excellence",
            ["international-dimension-coves", "cove-stakeholder-consultation"],
        ),
        ("NextSteps TechVET", ["nextsteps-techvet"]),
        ("material bank", ["material-bank"]),
        ("ambassador network", ["ambassadors"]),
        (
            "interagency group TVET",
            ["interagency-group-tvet-cedefop", "iag-tvet-meeting-thessaloniki"],
        ),
    ],
    "fi": [
        ("epävirallisia hetkiä", ["informal-moments"]),
        ("hetki oppijoiden ja henkilöstön kesken", ["informal-moments"]),
        ("käytännön todistus", ["praksisbrev"]),
        ("norjalainen koulutuspolku", ["praksisbrev"]),
        (
            "ammatillisesta opettajasta oppimislähettilääksi",
            ["vocational-teacher-to-learning-ambassador"],
        ),
        ("lähettiläsverkosto", ["lahettilaat"]),
        ("materiaalipankki", ["materiaalipankki"]),
        ("tietoportaali", ["etusivu"]),
        ("coaching apprentices", ["en:apprenticeship-coaching"]),
        (
            "Centres of Vocational Excellence",
            ["en:international-dimension-coves", "en:cove-stakeholder-consultation"],
        ),
    ],
    "nl": [
        ("informele momenten", ["informal-moments"]),
        ("leerlingen en personeel", ["informal-moments"]),
        ("praktijkcertificaat", ["praksisbrev"]),
        ("traject in Noorwegen", ["praksisbrev"]),
        ("docent leerambassadeur", ["vocational-teacher-to-learning-ambassador"]),
        ("ambassadeursnetwerk", ["ambassadeurs"]),
        ("materialenbank", ["materialenbank"]),
        ("kennisportaal beroepsonderwijs", ["start"]),
        ("coaching apprentices", ["en:apprenticeship-coaching"]),
        (
            "Centres of Vocational Excellence",
            ["en:international-dimension-coves", "en:cove-stakeholder-consultation"],
        ),
    ],
    "et": [
        ("mitteametlikud hetked", ["informal-moments"]),
        ("õppijate ja töötajate vahel", ["informal-moments"]),
        ("praktikatunnistus", ["praksisbrev"]),
        ("Norra õppetee", ["praksisbrev"]),
        (
            "kutseõpetajast õppimissaadikuks",
            ["vocational-teacher-to-learning-ambassador"],
        ),
        ("saadikute võrgustik", ["saadikud"]),
        ("materjalipank", ["materjalipank"]),
        ("kutsehariduse teadmusportaal", ["avaleht"]),
        ("coaching apprentices", ["en:apprenticeship-coaching"]),
        (
            "Centres of Vocational Excellence",
            ["en:international-dimension-coves", "en:cove-stakeholder-consultation"],
        ),
    ],
    "lv": [
        ("neformāli brīži", ["informal-moments"]),
        ("izglītojamajiem un personālu", ["informal-moments"]),
        ("prakses apliecība", ["praksisbrev"]),
        ("mācību ceļš Norvēģijā", ["praksisbrev"]),
        (
            "profesionālās izglītības skolotāja mācību vēstniekam",
            ["vocational-teacher-to-learning-ambassador"],
        ),
        ("vēstnieku tīkls", ["vestnieki"]),
        ("materiālu banka", ["materialu-banka"]),
        ("zināšanu portāls", ["sakums"]),
        ("coaching apprentices", ["en:apprenticeship-coaching"]),
        (
            "Centres of Vocational Excellence",
            ["en:international-dimension-coves", "en:cove-stakeholder-consultation"],
        ),
    ],
}
