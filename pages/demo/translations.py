"""Short real translations of part of the demo, as translators would enter them in
wagtail-localize. Keys are the English source strings; anything missing stays English."""

HOME_TITLE = "VET knowledge portal"
HOME_INTRO = (
    "Examples, events, news and resources on keeping learners in vocational education and "
    "training."
)

TRANSLATIONS = {
    "fi": {
        HOME_TITLE: "Ammatillisen koulutuksen tietoportaali",
        HOME_INTRO: "Esimerkkejä, tapahtumia, uutisia ja aineistoja siitä, miten oppijat "
        "pysyvät ammatillisessa koulutuksessa.",
        "home": "etusivu",
        "Inspiring practices": "Innostavia käytäntöjä",
        "practices": "kaytannot",
        "Events": "Tapahtumat",
        "events": "tapahtumat",
        "News": "Uutiset",
        "news": "uutiset",
        "Projects": "Hankkeet",
        "projects": "hankkeet",
        "Ambassadors network": "Lähettiläsverkosto",
        "ambassadors": "lahettilaat",
        "Certificate of practice (Praksisbrev)": "Käytännön todistus (Praksisbrev)",
        "A two-year route in Norway that is built mostly on practical training and can lead "
        "on to a full trade certificate.": "Norjalainen kaksivuotinen koulutuspolku, joka "
        "perustuu pääosin käytännön harjoitteluun ja voi johtaa täyteen ammattitutkintoon.",
        "Informal moments between learners and staff": "Epävirallisia hetkiä oppijoiden ja "
        "henkilöstön kesken",
        "Short, relaxed encounters between learners and school staff help build trust and "
        "good relationships.": "Lyhyet ja rennot kohtaamiset oppijoiden ja henkilöstön "
        "välillä rakentavat luottamusta ja hyviä suhteita.",
        "Guidance and counselling": "Ohjaus ja neuvonta",
        "Work-based learning": "Työpaikalla tapahtuva oppiminen",
        "Flexible pathways": "Joustavat koulutuspolut",
        "From vocational teacher to learning ambassador": "Ammatillisesta opettajasta "
        "oppimislähettilääksi",
        "Material bank": "Materiaalipankki",
        "material-bank": "materiaalipankki",
        "Learning ambassador self-assessment": "Oppimislähettilään itsearviointi",
        "Workplace trainer self-assessment": "Työpaikkaohjaajan itsearviointi",
    },
    "nl": {
        "home": "start",
        HOME_TITLE: "Kennisportaal beroepsonderwijs",
        HOME_INTRO: "Voorbeelden, evenementen, nieuws en materialen over het behouden van "
        "leerlingen in het beroepsonderwijs.",
        "Inspiring practices": "Inspirerende praktijken",
        "practices": "praktijken",
        "Events": "Evenementen",
        "events": "evenementen",
        "News": "Nieuws",
        "news": "nieuws",
        "Projects": "Projecten",
        "projects": "projecten",
        "Ambassadors network": "Ambassadeursnetwerk",
        "ambassadors": "ambassadeurs",
        "Certificate of practice (Praksisbrev)": "Praktijkcertificaat (Praksisbrev)",
        "A two-year route in Norway that is built mostly on practical training and can lead "
        "on to a full trade certificate.": "Een tweejarig traject in Noorwegen dat vooral "
        "op praktijkopleiding steunt en kan doorlopen naar een volledig vakdiploma.",
        "Informal moments between learners and staff": "Informele momenten tussen "
        "leerlingen en personeel",
        "Short, relaxed encounters between learners and school staff help build trust and "
        "good relationships.": "Korte, ontspannen ontmoetingen tussen leerlingen en "
        "personeel helpen vertrouwen en goede relaties op te bouwen.",
        "Guidance and counselling": "Begeleiding en counseling",
        "Work-based learning": "Werkplekleren",
        "Flexible pathways": "Flexibele leerroutes",
        "From vocational teacher to learning ambassador": "Van docent beroepsonderwijs tot "
        "leerambassadeur",
        "Material bank": "Materialenbank",
        "material-bank": "materialenbank",
        "Learning ambassador self-assessment": "Zelfevaluatie voor leerambassadeurs",
        "Workplace trainer self-assessment": "Zelfevaluatie voor praktijkopleiders",
    },
    "et": {
        "home": "avaleht",
        HOME_TITLE: "Kutsehariduse teadmusportaal",
        HOME_INTRO: "Näited, sündmused, uudised ja materjalid selle kohta, kuidas hoida "
        "õppijaid kutsehariduses.",
        "Inspiring practices": "Inspireerivad praktikad",
        "practices": "praktikad",
        "Events": "Sündmused",
        "events": "sundmused",
        "News": "Uudised",
        "news": "uudised",
        "Projects": "Projektid",
        "projects": "projektid",
        "Ambassadors network": "Saadikute võrgustik",
        "ambassadors": "saadikud",
        "Certificate of practice (Praksisbrev)": "Praktikatunnistus (Praksisbrev)",
        "A two-year route in Norway that is built mostly on practical training and can lead "
        "on to a full trade certificate.": "Norra kaheaastane õppetee, mis tugineb "
        "peamiselt praktilisele õppele ja võib viia täieliku kutsetunnistuseni.",
        "Informal moments between learners and staff": "Mitteametlikud hetked õppijate ja "
        "töötajate vahel",
        "Short, relaxed encounters between learners and school staff help build trust and "
        "good relationships.": "Lühikesed ja vabad kohtumised õppijate ja kooli töötajate "
        "vahel aitavad luua usaldust ja häid suhteid.",
        "Guidance and counselling": "Nõustamine ja juhendamine",
        "Work-based learning": "Töökohapõhine õpe",
        "Flexible pathways": "Paindlikud õpiteed",
        "From vocational teacher to learning ambassador": "Kutseõpetajast õppimissaadikuks",
        "Material bank": "Materjalipank",
        "material-bank": "materjalipank",
        "Learning ambassador self-assessment": "Õppimissaadiku enesehindamine",
        "Workplace trainer self-assessment": "Praktikajuhendaja enesehindamine",
    },
    "lv": {
        "home": "sakums",
        HOME_TITLE: "Profesionālās izglītības zināšanu portāls",
        HOME_INTRO: "Piemēri, pasākumi, jaunumi un materiāli par to, kā noturēt "
        "izglītojamos profesionālajā izglītībā.",
        "Inspiring practices": "Iedvesmojošas prakses",
        "practices": "prakses",
        "Events": "Pasākumi",
        "events": "pasakumi",
        "News": "Jaunumi",
        "news": "jaunumi",
        "Projects": "Projekti",
        "projects": "projekti",
        "Ambassadors network": "Vēstnieku tīkls",
        "ambassadors": "vestnieki",
        "Certificate of practice (Praksisbrev)": "Prakses apliecība (Praksisbrev)",
        "A two-year route in Norway that is built mostly on practical training and can lead "
        "on to a full trade certificate.": "Divgadīgs mācību ceļš Norvēģijā, kas balstās "
        "galvenokārt uz praktiskām mācībām un var turpināties līdz pilnai amata apliecībai.",
        "Informal moments between learners and staff": "Neformāli brīži starp "
        "izglītojamajiem un personālu",
        "Short, relaxed encounters between learners and school staff help build trust and "
        "good relationships.": "Īsas, nepiespiestas tikšanās starp izglītojamajiem un "
        "skolas personālu palīdz veidot uzticēšanos un labas attiecības.",
        "Guidance and counselling": "Konsultēšana un karjeras atbalsts",
        "Work-based learning": "Darba vidē balstītas mācības",
        "Flexible pathways": "Elastīgi mācību ceļi",
        "From vocational teacher to learning ambassador": "No profesionālās izglītības "
        "skolotāja līdz mācību vēstniekam",
        "Material bank": "Materiālu banka",
        "material-bank": "materialu-banka",
        "Learning ambassador self-assessment": "Mācību vēstnieka pašnovērtējums",
        "Workplace trainer self-assessment": "Darba vidē balstītu mācību vadītāja "
        "pašnovērtējums",
    },
}

# What gets translated into every locale: the tree down to these pages and snippets.
TRANSLATED_PRACTICES = ["praksisbrev", "informal-moments"]
TRANSLATED_NEWS = ["vocational-teacher-to-learning-ambassador"]
TRANSLATED_THEMES = ["guidance", "work-based-learning", "flexible-pathways"]
