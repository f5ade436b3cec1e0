"""The demo's listing images: what each picture shows (its alternative text, drawn on
the placeholder picture too) and that text in the languages the page is translated
into, which the demo's translations feed through wagtail-localize like any string."""

PRACTICE_IMAGES = {
    "praksisbrev": "An apprentice and a trainer at a workbench in a Norwegian workshop.",
    "certification-per-unit": "A learner holding a certificate for one completed unit.",
    "apprenticeship-coaching": "A coach talking with an apprentice and a company trainer.",
    "work-experience-matters": "Young people on a work placement in a kitchen.",
    "codered-curriculum": "Teachers planning a curriculum around a table.",
    "jovent-pathways": "A youth worker and a young person looking at a learning plan.",
    "involve-parents": "Parents and a teacher meeting at a vocational school.",
    "recognition-contact-points": "An adviser explaining how prior learning is recognised.",
    "informal-moments": "Learners and school staff chatting over coffee in a hallway.",
    "welcome-days": "New learners being shown around a school workshop.",
    "absence-alerts": "A teacher checking attendance on a tablet.",
    "peer-mentors": "An older learner helping a first-year learner with a task.",
}

EVENT_IMAGES = {
    "cove-stakeholder-consultation": "A video call with participants from several "
    "organisations.",
    "iag-tvet-meeting-thessaloniki": "A meeting room in Thessaloniki with delegates "
    "around a table.",
    "cedefop-etf-knowledge-sharing-seminar": "Speakers on a panel at a seminar.",
    "ambassadors-web-seminar-2027": "A laptop showing an online seminar with ambassadors.",
}

# Colours of the placeholder pictures, in turn.
COLOURS = [(11, 79, 156), (0, 112, 84), (140, 45, 25), (90, 60, 130)]

ALT_TRANSLATIONS = {
    "fi": {
        PRACTICE_IMAGES["praksisbrev"]: "Oppisopimusopiskelija ja kouluttaja "
        "työpenkin ääressä norjalaisessa verstaassa.",
        PRACTICE_IMAGES["informal-moments"]: "Opiskelijat ja koulun henkilökunta "
        "juttelevat kahvikupin ääressä käytävällä.",
        "Learning ambassadors at a training event in Finland.": "Oppimislähettiläitä "
        "koulutustilaisuudessa Suomessa.",
    },
    "nl": {
        PRACTICE_IMAGES["praksisbrev"]: "Een leerling en een opleider aan een "
        "werkbank in een Noorse werkplaats.",
        PRACTICE_IMAGES["informal-moments"]: "Leerlingen en schoolpersoneel praten "
        "met een kop koffie in een gang.",
        "Learning ambassadors at a training event in Finland.": "Leerambassadeurs op "
        "een trainingsbijeenkomst in Finland.",
    },
    "et": {
        PRACTICE_IMAGES["praksisbrev"]: "Õpipoiss ja juhendaja tööpingi ääres "
        "Norra töökojas.",
        PRACTICE_IMAGES["informal-moments"]: "Õppijad ja kooli töötajad vestlevad "
        "koridoris kohvi juures.",
        "Learning ambassadors at a training event in Finland.": "Õppimissaadikud "
        "koolitusüritusel Soomes.",
    },
    "lv": {
        PRACTICE_IMAGES["praksisbrev"]: "Māceklis un apmācītājs pie darbgalda "
        "Norvēģijas darbnīcā.",
        PRACTICE_IMAGES["informal-moments"]: "Izglītojamie un skolas darbinieki "
        "sarunājas gaitenī pie kafijas tases.",
        "Learning ambassadors at a training event in Finland.": "Mācību vēstnieki "
        "apmācību pasākumā Somijā.",
    },
}
