"""The pages every agency portal links from its footer: contact, legal notice, privacy
statement (the ambassador application links to it) and accessibility statement, in
English and translated. The text is ours; the address and email are invented."""

EMAIL = "info@vet-portal.example.eu"

CONTACT_1 = (
    f"Write to the portal team at {EMAIL}. We answer questions about the content, the "
    "ambassadors network and reuse of the material within five working days."
)
CONTACT_2 = (
    "Postal address: VET knowledge portal, Europe House, 1 Example Square, 1000 "
    "Brussels, Belgium."
)
LEGAL_1 = (
    "The portal is published by the agency that runs the ambassadors network. The "
    "information is offered in good faith; we correct mistakes as soon as we learn of "
    "them but cannot accept liability for how it is used."
)
LEGAL_2 = (
    "Texts may be reused if the source is acknowledged. Photos, logos and documents of "
    "partners remain under their own terms."
)
PRIVACY_1 = (
    "When you apply to join the ambassadors network we store your name, email address, "
    "country, organisation, expertise and motivation. We use them only to review your "
    "application and to contact you about it."
)
PRIVACY_2 = (
    "Only the editors who review applications can see these data. Approved ambassadors "
    "are listed with their name, country, organisation and expertise, never with their "
    "email address. Rejected applications are deleted after one year."
)
PRIVACY_3 = (
    "You may ask to see, correct or delete your data at any time by writing to the "
    "address on the contact page."
)
ACCESS_1 = (
    "We aim to meet WCAG 2.1 at level AA. Every page works without JavaScript, can be "
    "used with a keyboard alone, and is checked automatically with axe-core before each "
    "release."
)
ACCESS_2 = (
    "The map of ambassadors is also given as a table. If something does not work for "
    "you, tell us through the contact page and we will reply within five working days."
)

# (slug, title, summary, paragraphs), in the footer's order.
SITE_PAGES = [
    ("contact", "Contact", "How to reach the team behind this portal.",
     [CONTACT_1, CONTACT_2]),
    ("legal-notice", "Legal notice",
     "Who publishes this portal and on what terms its content may be reused.",
     [LEGAL_1, LEGAL_2]),
    ("privacy", "Privacy statement",
     "What personal data we collect, why, and how long we keep them.",
     [PRIVACY_1, PRIVACY_2, PRIVACY_3]),
    ("accessibility", "Accessibility statement",
     "How far this portal meets the Web Content Accessibility Guidelines and how to "
     "report a problem.",
     [ACCESS_1, ACCESS_2]),
]  # fmt: skip

TRANSLATIONS = {
    "fi": {
        "contact": "yhteystiedot",
        "Contact": "Yhteystiedot",
        "How to reach the team behind this portal.": "Näin tavoitat portaalin tiimin.",
        CONTACT_1: f"Kirjoita portaalin tiimille osoitteeseen {EMAIL}. Vastaamme sisältöä, lähettiläsverkostoa ja aineistojen uudelleenkäyttöä koskeviin kysymyksiin viiden arkipäivän kuluessa.",
        CONTACT_2: "Postiosoite: VET knowledge portal, Europe House, 1 Example Square, 1000 Bryssel, Belgia.",
        "legal-notice": "oikeudellinen-huomautus",
        "Legal notice": "Oikeudellinen huomautus",
        "Who publishes this portal and on what terms its content may be reused.": "Kuka julkaisee portaalin ja millä ehdoilla sen sisältöä saa käyttää uudelleen.",
        LEGAL_1: "Portaalin julkaisee virasto, joka ylläpitää lähettiläsverkostoa. Tiedot tarjotaan hyvässä uskossa; korjaamme virheet heti, kun saamme niistä tiedon, mutta emme vastaa siitä, miten tietoja käytetään.",
        LEGAL_2: "Tekstejä saa käyttää uudelleen, kun lähde mainitaan. Kumppanien valokuviin, logoihin ja asiakirjoihin sovelletaan niiden omia ehtoja.",
        "privacy": "tietosuoja",
        "Privacy statement": "Tietosuojaseloste",
        "What personal data we collect, why, and how long we keep them.": "Mitä henkilötietoja keräämme, miksi ja kuinka kauan säilytämme niitä.",
        PRIVACY_1: "Kun haet lähettiläsverkostoon, tallennamme nimesi, sähköpostiosoitteesi, maasi, organisaatiosi, asiantuntemuksesi ja perustelusi. Käytämme niitä vain hakemuksesi käsittelyyn ja siihen liittyvään yhteydenpitoon.",
        PRIVACY_2: "Tiedot näkevät vain hakemuksia käsittelevät toimittajat. Hyväksytyistä lähettiläistä näytetään nimi, maa, organisaatio ja asiantuntemus, ei koskaan sähköpostiosoitetta. Hylätyt hakemukset poistetaan vuoden kuluttua.",
        PRIVACY_3: "Voit milloin tahansa pyytää nähdä, korjata tai poistaa tietosi kirjoittamalla yhteystietosivulla olevaan osoitteeseen.",
        "accessibility": "saavutettavuus",
        "Accessibility statement": "Saavutettavuusseloste",
        "How far this portal meets the Web Content Accessibility Guidelines and how to report a problem.": "Miten hyvin portaali täyttää verkkosisällön saavutettavuusohjeet ja miten voit ilmoittaa ongelmasta.",
        ACCESS_1: "Tavoitteenamme on WCAG 2.1 -ohjeiden AA-taso. Jokainen sivu toimii ilman JavaScriptiä, sitä voi käyttää pelkällä näppäimistöllä, ja se tarkistetaan automaattisesti axe-core-työkalulla ennen jokaista julkaisua.",
        ACCESS_2: "Lähettiläiden kartta on myös taulukkona. Jos jokin ei toimi sinulle, kerro siitä yhteystietosivun kautta, niin vastaamme viiden arkipäivän kuluessa.",
    },
    "nl": {
        "contact": "contact",
        "Contact": "Contact",
        "How to reach the team behind this portal.": "Zo bereikt u het team achter dit portaal.",
        CONTACT_1: f"Schrijf het portaalteam via {EMAIL}. Vragen over de inhoud, het ambassadeursnetwerk en het hergebruik van het materiaal beantwoorden we binnen vijf werkdagen.",
        CONTACT_2: "Postadres: VET knowledge portal, Europe House, 1 Example Square, 1000 Brussel, België.",
        "legal-notice": "juridische-kennisgeving",
        "Legal notice": "Juridische kennisgeving",
        "Who publishes this portal and on what terms its content may be reused.": "Wie dit portaal uitgeeft en onder welke voorwaarden de inhoud mag worden hergebruikt.",
        LEGAL_1: "Het portaal wordt uitgegeven door het agentschap dat het ambassadeursnetwerk beheert. De informatie wordt te goeder trouw aangeboden; we verbeteren fouten zodra we ervan horen, maar zijn niet aansprakelijk voor het gebruik ervan.",
        LEGAL_2: "Teksten mogen met bronvermelding worden hergebruikt. Voor foto's, logo's en documenten van partners gelden hun eigen voorwaarden.",
        "privacy": "privacy",
        "Privacy statement": "Privacyverklaring",
        "What personal data we collect, why, and how long we keep them.": "Welke persoonsgegevens we verzamelen, waarom, en hoe lang we ze bewaren.",
        PRIVACY_1: "Wanneer u zich aanmeldt voor het ambassadeursnetwerk, bewaren we uw naam, e-mailadres, land, organisatie, expertise en motivatie. We gebruiken ze alleen om uw aanmelding te beoordelen en u daarover te benaderen.",
        PRIVACY_2: "Alleen de redacteuren die aanmeldingen beoordelen, zien deze gegevens. Goedgekeurde ambassadeurs worden vermeld met naam, land, organisatie en expertise, nooit met hun e-mailadres. Afgewezen aanmeldingen worden na een jaar verwijderd.",
        PRIVACY_3: "U kunt op elk moment vragen uw gegevens in te zien, te verbeteren of te verwijderen door te schrijven naar het adres op de contactpagina.",
        "accessibility": "toegankelijkheid",
        "Accessibility statement": "Toegankelijkheidsverklaring",
        "How far this portal meets the Web Content Accessibility Guidelines and how to report a problem.": "In hoeverre dit portaal voldoet aan de richtlijnen voor toegankelijkheid van webcontent en hoe u een probleem meldt.",
        ACCESS_1: "We streven naar WCAG 2.1 op niveau AA. Elke pagina werkt zonder JavaScript, is met alleen een toetsenbord te gebruiken en wordt voor elke release automatisch gecontroleerd met axe-core.",
        ACCESS_2: "De kaart van de ambassadeurs staat ook in een tabel. Werkt iets niet voor u, laat het ons dan weten via de contactpagina; we antwoorden binnen vijf werkdagen.",
    },
    "et": {
        "contact": "kontakt",
        "Contact": "Kontakt",
        "How to reach the team behind this portal.": "Kuidas portaali meeskonnaga ühendust võtta.",
        CONTACT_1: f"Kirjutage portaali meeskonnale aadressil {EMAIL}. Vastame sisu, saadikute võrgustiku ja materjalide taaskasutamise küsimustele viie tööpäeva jooksul.",
        CONTACT_2: "Postiaadress: VET knowledge portal, Europe House, 1 Example Square, 1000 Brüssel, Belgia.",
        "legal-notice": "oigusteave",
        "Legal notice": "Õigusteave",
        "Who publishes this portal and on what terms its content may be reused.": "Kes portaali avaldab ja millistel tingimustel selle sisu võib taaskasutada.",
        LEGAL_1: "Portaali avaldab amet, kes haldab saadikute võrgustikku. Teave on esitatud heas usus; parandame vead kohe, kui neist teada saame, kuid ei vastuta selle eest, kuidas teavet kasutatakse.",
        LEGAL_2: "Tekste võib taaskasutada, kui allikale viidatakse. Partnerite fotodele, logodele ja dokumentidele kehtivad nende endi tingimused.",
        "privacy": "privaatsus",
        "Privacy statement": "Privaatsusteade",
        "What personal data we collect, why, and how long we keep them.": "Milliseid isikuandmeid me kogume, miks ja kui kaua neid säilitame.",
        PRIVACY_1: "Kui kandideerite saadikute võrgustikku, salvestame teie nime, e-posti aadressi, riigi, organisatsiooni, asjatundlikkuse ja motivatsiooni. Kasutame neid ainult teie avalduse läbivaatamiseks ja teiega selles asjas suhtlemiseks.",
        PRIVACY_2: "Neid andmeid näevad ainult avaldusi läbivaatavad toimetajad. Heakskiidetud saadikud on loetletud nime, riigi, organisatsiooni ja asjatundlikkusega, kuid mitte kunagi e-posti aadressiga. Tagasilükatud avaldused kustutatakse aasta pärast.",
        PRIVACY_3: "Võite igal ajal paluda oma andmeid näha, parandada või kustutada, kirjutades kontaktilehel toodud aadressile.",
        "accessibility": "ligipaasetavus",
        "Accessibility statement": "Ligipääsetavuse teatis",
        "How far this portal meets the Web Content Accessibility Guidelines and how to report a problem.": "Mil määral portaal vastab veebisisu ligipääsetavuse suunistele ja kuidas probleemist teatada.",
        ACCESS_1: "Meie eesmärk on WCAG 2.1 AA-tase. Iga leht töötab ilma JavaScriptita, seda saab kasutada ainult klaviatuuriga ja enne iga väljalaset kontrollitakse seda automaatselt tööriistaga axe-core.",
        ACCESS_2: "Saadikute kaart on esitatud ka tabelina. Kui miski teie jaoks ei tööta, andke meile teada kontaktilehe kaudu ja vastame viie tööpäeva jooksul.",
    },
    "lv": {
        "contact": "kontakti",
        "Contact": "Kontakti",
        "How to reach the team behind this portal.": "Kā sazināties ar portāla komandu.",
        CONTACT_1: f"Rakstiet portāla komandai uz {EMAIL}. Uz jautājumiem par saturu, vēstnieku tīklu un materiālu atkalizmantošanu atbildam piecu darba dienu laikā.",
        CONTACT_2: "Pasta adrese: VET knowledge portal, Europe House, 1 Example Square, 1000 Brisele, Beļģija.",
        "legal-notice": "juridisks-pazinojums",
        "Legal notice": "Juridisks paziņojums",
        "Who publishes this portal and on what terms its content may be reused.": "Kas izdod šo portālu un ar kādiem nosacījumiem tā saturu drīkst izmantot atkārtoti.",
        LEGAL_1: "Portālu izdod aģentūra, kas uztur vēstnieku tīklu. Informācija tiek sniegta labā ticībā; kļūdas labojam, tiklīdz par tām uzzinām, taču neuzņemamies atbildību par to, kā informācija tiek izmantota.",
        LEGAL_2: "Tekstus drīkst izmantot atkārtoti, norādot avotu. Partneru fotoattēliem, logotipiem un dokumentiem ir spēkā to pašu noteikumi.",
        "privacy": "privatums",
        "Privacy statement": "Privātuma paziņojums",
        "What personal data we collect, why, and how long we keep them.": "Kādus personas datus mēs vācam, kāpēc un cik ilgi tos glabājam.",
        PRIVACY_1: "Kad piesakāties vēstnieku tīklam, mēs saglabājam jūsu vārdu, e-pasta adresi, valsti, organizāciju, kompetenci un motivāciju. Mēs tos izmantojam tikai jūsu pieteikuma izskatīšanai un saziņai ar jums par to.",
        PRIVACY_2: "Šos datus redz tikai redaktori, kas izskata pieteikumus. Apstiprinātie vēstnieki tiek norādīti ar vārdu, valsti, organizāciju un kompetenci, nekad ar e-pasta adresi. Noraidītie pieteikumi tiek dzēsti pēc viena gada.",
        PRIVACY_3: "Jebkurā laikā varat lūgt piekļūt saviem datiem, tos labot vai dzēst, rakstot uz adresi, kas norādīta kontaktu lapā.",
        "accessibility": "pieklustamiba",
        "Accessibility statement": "Piekļūstamības paziņojums",
        "How far this portal meets the Web Content Accessibility Guidelines and how to report a problem.": "Cik lielā mērā portāls atbilst tīmekļa satura piekļūstamības vadlīnijām un kā ziņot par problēmu.",
        ACCESS_1: "Mūsu mērķis ir WCAG 2.1 AA līmenis. Katra lapa darbojas bez JavaScript, to var lietot tikai ar tastatūru, un pirms katras versijas publicēšanas tā tiek automātiski pārbaudīta ar axe-core.",
        ACCESS_2: "Vēstnieku karte ir pieejama arī tabulas veidā. Ja kaut kas jums nedarbojas, paziņojiet mums, izmantojot kontaktu lapu, un mēs atbildēsim piecu darba dienu laikā.",
    },
}

# The sections' introductions, shown on the home page's cards and each listing.
SECTION_INTROS = {
    "Quick wins, good practices and tools that help learners stay in VET.": {
        "fi": "Nopeita voittoja, hyviä käytäntöjä ja työkaluja, jotka auttavat oppijoita pysymään ammatillisessa koulutuksessa.",
        "nl": "Snelle successen, goede praktijken en instrumenten die leerlingen helpen in het beroepsonderwijs te blijven.",
        "et": "Kiired võidud, head praktikad ja tööriistad, mis aitavad õppijatel kutsehariduses püsida.",
        "lv": "Ātri ieguvumi, labā prakse un rīki, kas palīdz izglītojamajiem palikt profesionālajā izglītībā.",
    },
    "Meetings, seminars and webinars.": {
        "fi": "Kokouksia, seminaareja ja verkkoseminaareja.",
        "nl": "Bijeenkomsten, seminars en webinars.",
        "et": "Kohtumised, seminarid ja veebiseminarid.",
        "lv": "Sanāksmes, semināri un vebināri.",
    },
    "News from the agency and its partners.": {
        "fi": "Uutisia virastolta ja sen kumppaneilta.",
        "nl": "Nieuws van het agentschap en zijn partners.",
        "et": "Uudised ametilt ja selle partneritelt.",
        "lv": "Jaunumi no aģentūras un tās partneriem.",
    },
    "Projects and their resources.": {
        "fi": "Hankkeita ja niiden aineistoja.",
        "nl": "Projecten en hun materialen.",
        "et": "Projektid ja nende materjalid.",
        "lv": "Projekti un to resursi.",
    },
    "People across Europe who share what works against early leaving from VET.": {
        "fi": "Ihmisiä eri puolilta Eurooppaa, jotka jakavat keinoja ammatillisen koulutuksen keskeyttämisen ehkäisemiseen.",
        "nl": "Mensen in heel Europa die delen wat werkt tegen voortijdig schoolverlaten in het beroepsonderwijs.",
        "et": "Inimesed üle Euroopa, kes jagavad, mis aitab kutseõppe katkestamist ära hoida.",
        "lv": "Cilvēki visā Eiropā, kas dalās ar to, kas palīdz novērst profesionālās izglītības priekšlaicīgu pamešanu.",
    },
}
for _source, _targets in SECTION_INTROS.items():
    for _code, _text in _targets.items():
        TRANSLATIONS[_code][_source] = _text
