"""The demo glossary: 67 VET concepts in en, fi, nl, et and lv, as agencies and
readers name them. Loaded as the English concept plus its translations through
wagtail-localize (same translation_key), as a translator would enter them, so search
uses them as synonyms and across languages (search/synonyms.py). Definitions are left
for editors."""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.strings import StringValue

from locales.config import LANGUAGE_CODES
from locales.localize import translate
from search.glossary.models import GlossaryConcept

# Each concept: slug → language → "preferred term | synonym | synonym …"; acronyms,
# plurals and the inflected forms readers type are synonyms too.
CONCEPTS: dict[str, dict[str, str]] = {
    "vet": {
        "en": "vocational education and training | VET | vocational training | vocational education",
        "fi": "ammatillinen koulutus | VET | ammatillisen koulutuksen | ammatillinen opetus | ammattikoulutus",
        "nl": "beroepsonderwijs | VET | mbo | middelbaar beroepsonderwijs | beroepsopleiding",
        # Estonian's stemmer leaves the genitive whole ("kutsehariduse", as titles and
        # compounds use it), so it is listed too.
        "et": "kutseharidus | VET | kutsehariduse | kutseõpe | kutseõppe",
        "lv": "profesionālā izglītība | VET | profesionālās izglītības | arodizglītība",
    },
    # Apprenticeship and work-based learning are distinct concepts (issue #21): an
    # apprentice has a contract with the employer; work-based learning is any
    # learning at a workplace. Estonia's apprenticeship form is named
    # "töökohapõhine õpe" (at least two thirds of study at the workplace).
    "apprenticeship": {
        "en": "apprenticeship | apprenticeships | apprenticeship training | apprentices",
        "fi": "oppisopimuskoulutus | oppisopimus | oppisopimukset | oppisopimusopiskelijat",
        "nl": "leerlingwezen | leerlingstelsel | beroepsbegeleidende leerweg | BBL",
        "et": "õpipoisiõpe | töökohapõhine õpe | õpipoisid | õpipoiss",
        "lv": "māceklība | mācekļi | māceklis | mācekļa apmācība",
    },
    "work-based-learning": {
        "en": "work-based learning | WBL | workplace learning | learning at the workplace | on-the-job learning",
        "fi": "työpaikalla tapahtuva oppiminen | työssäoppiminen | työpaikalla oppiminen | työelämässä oppiminen",
        "nl": "werkplekleren | leren op de werkplek | werkend leren | praktijkleren",
        "et": "töökohal õppimine | tööl õppimine | töös õppimine | praktiline õpe töökohal",
        "lv": "darba vidē balstītas mācības | DVB | mācības darba vidē | darbavidē balstītas mācības",
    },
    "early-leaving": {
        "en": "early leaving from education and training | early leaving | early school leaving | early leavers | dropout | dropouts | drop-out | ELET",
        # Pages name the people with participles ("keskeyttäneet", those who broke
        # off; Statistics Finland's "koulutuksen varhain päättäneet"), readers
        # with nouns: both are listed, the participles early (the expansion cap).
        "fi": "koulutuksen keskeyttäminen | koulupudokkaat | keskeyttäneet | koulutuksen varhain päättäneet | opintojen keskeyttäminen | koulupudokas | keskeyttäminen | pudokkaat | opintonsa keskeyttäneet",
        "nl": "voortijdig schoolverlaten | schooluitval | vroegtijdig schoolverlaten | voortijdige schoolverlaters | vsv",
        # The participles pages use ("õpingud katkestanud noored") beside the nouns.
        "et": "haridusest varakult lahkumine | väljalangevus | õpingud katkestanud | koolist väljalangemine | õpingute katkestamine | väljalangenud | katkestanud | katkestajad",
        "lv": "priekšlaicīga mācību pārtraukšana | mācību pārtraukšana | priekšlaicīga pamešana | skolas pamešana | atbirums",
    },
    "neet": {
        "en": "NEET | NEETs | not in education employment or training | young people not in employment education or training",
        "fi": "NEET-nuoret | NEET | koulutuksen ja työn ulkopuolella olevat nuoret | syrjäytyneet nuoret",
        "nl": "NEET-jongeren | NEET | jongeren zonder werk of opleiding | jongeren zonder startkwalificatie",
        "et": "NEET-noored | NEET | mittetöötavad ja mitteõppivad noored | noored kes ei õpi ega tööta",
        "lv": "NEET jaunieši | NEET | jaunieši kas nemācās un nestrādā | nestrādājoši un nemācoši jaunieši",
    },
    "guidance": {
        "en": "guidance | career guidance | lifelong guidance | educational guidance | vocational guidance",
        "fi": "ohjaus | ura-ohjaus | opinto-ohjaus | elinikäinen ohjaus | ohjauspalvelut",
        "nl": "loopbaanbegeleiding | loopbaanoriëntatie | loopbaanoriëntatie en -begeleiding | LOB | studiebegeleiding",
        "et": "karjääriteenused | karjäärijuhendamine | karjääriõpe | elukestev karjääriõpe",
        "lv": "karjeras atbalsts | karjeras vadība | karjeras izglītība | profesionālā orientācija",
    },
    "career-counselling": {
        "en": "career counselling | career counseling | careers advice | career advice | vocational counselling",
        "fi": "uraneuvonta | urasuunnittelu | ammatinvalinnanohjaus | uravalmennus",
        "nl": "loopbaanadvies | loopbaancoaching | beroepskeuzeadvies | studiekeuzeadvies",
        "et": "karjäärinõustamine | karjäärinõustaja | karjäärinõustajad",
        "lv": "karjeras konsultēšana | karjeras konsultācijas | karjeras konsultants",
    },
    "validation": {
        "en": "validation of non-formal and informal learning | validation of prior learning | VPL | recognition of prior learning | RPL | accreditation of prior learning | APL",
        "fi": "aiemmin hankitun osaamisen tunnustaminen | AHOT | osaamisen tunnustaminen | osaamisen tunnistaminen ja tunnustaminen",
        "nl": "erkenning van verworven competenties | EVC | eerder verworven competenties | validering van leren",
        "et": "varasemate õpingute ja töökogemuse arvestamine | VÕTA | varasema õppe arvestamine | VÕTA taotlus",
        "lv": "iepriekšējās mācīšanās atzīšana | ārpus formālās izglītības apgūto kompetenču novērtēšana | profesionālās pieredzes atzīšana | prasmju atzīšana",
    },
    "micro-credentials": {
        "en": "micro-credentials | micro-credential | microcredentials | microcredential | micro credentials",
        "fi": "mikrotutkinnot | mikrotutkinto | mikrotunnisteet | mikrotunniste",
        "nl": "microcredentials | microcredential | microcertificaten | microcertificaat",
        "et": "mikrokvalifikatsioonid | mikrokvalifikatsioon | mikrotunnistused | mikrotunnistus",
        "lv": "mikrokvalifikācijas | mikrokvalifikācija | mikrosertifikāti | mikroapliecinājumi",
    },
    "skills-forecasting": {
        "en": "skills forecasting | skills anticipation | skills forecast | skills foresight | skill needs anticipation",
        "fi": "osaamistarpeiden ennakointi | osaamisen ennakointi | työvoimatarpeiden ennakointi | ennakointi",
        # Readers name the forecast with the noun ("voorspelling") as often as with
        # the verb; "prognose" alone as Finnish "ennakointi" alone.
        "nl": "vaardigheidsprognoses | arbeidsmarktprognoses | voorspellen van vaardigheden | voorspelling van vaardigheden | anticiperen op vaardigheidsbehoeften | prognose | voorspelling",
        "et": "oskuste prognoosimine | OSKA | oskuste vajaduse prognoos | tööjõu- ja oskuste vajaduse prognoosimine",
        "lv": "prasmju prognozēšana | prasmju prognozes | darba tirgus prognozēšana | prasmju pieprasījuma prognozēšana",
    },
    "adult-learning": {
        "en": "adult learning | adult education | adult learners | continuing education",
        "fi": "aikuiskoulutus | aikuisopiskelu | aikuisten oppiminen | aikuisopiskelijat",
        "nl": "volwassenenonderwijs | volwasseneneducatie | leren van volwassenen | volwassen leerders",
        "et": "täiskasvanuharidus | täiskasvanute õpe | täiskasvanute koolitus | täiskasvanud õppijad",
        "lv": "pieaugušo izglītība | pieaugušo mācības | pieaugušo mācīšanās | pieaugušie izglītojamie",
    },
    "lifelong-learning": {
        "en": "lifelong learning | LLL | life-long learning",
        "fi": "elinikäinen oppiminen | jatkuva oppiminen | elinikäisen oppimisen",
        "nl": "levenslang leren | leven lang leren | LLO | leven lang ontwikkelen",
        "et": "elukestev õpe | elukestev õppimine | elukestva õppe",
        "lv": "mūžizglītība | mūža mācīšanās | mūžizglītības",
    },
    "upskilling": {
        "en": "upskilling | up-skilling | skills upgrading",
        "fi": "osaamisen kehittäminen | osaamisen päivittäminen | osaamisen vahvistaminen",
        "nl": "bijscholing | opscholing | upskilling",
        "et": "oskuste täiendamine | täiendõpe | oskuste arendamine",
        "lv": "prasmju pilnveide | kvalifikācijas paaugstināšana | prasmju uzlabošana",
    },
    "reskilling": {
        "en": "reskilling | re-skilling | retraining",
        "fi": "uudelleenkouluttautuminen | uudelleenkoulutus | muuntokoulutus",
        "nl": "omscholing | herscholing | reskilling",
        "et": "ümberõpe | ümberkvalifitseerimine | ümberõppe",
        "lv": "pārkvalifikācija | pārkvalificēšanās | pārkvalifikācijas",
    },
    "teachers-and-trainers": {
        "en": "teachers and trainers | VET teachers | vocational teachers | VET teacher | vocational teacher",
        "fi": "opettajat ja kouluttajat | ammatilliset opettajat | ammatillinen opettaja | ammatinopettaja | ammatillisen koulutuksen opettajat",
        "nl": "docenten en opleiders | mbo-docenten | docent beroepsonderwijs | mbo-docent",
        "et": "õpetajad ja koolitajad | kutseõpetaja | kutseõpetajad | kutsehariduse õpetajad",
        "lv": "skolotāji un pasniedzēji | profesionālās izglītības skolotājs | profesionālās izglītības skolotāji | arodskolotāji",
    },
    "in-company-trainer": {
        "en": "in-company trainer | in-company trainers | workplace trainer | workplace mentor | company tutor",
        "fi": "työpaikkaohjaaja | työpaikkaohjaajat | työpaikkakouluttaja | työpaikan ohjaaja",
        "nl": "praktijkopleider | praktijkbegeleider | leermeester | bedrijfsopleider | werkplekbegeleider",
        "et": "praktikajuhendaja | ettevõttepoolne juhendaja | töökohajuhendaja | praktikajuhendajad",
        "lv": "prakses vadītājs | prakses vadītāji | uzņēmuma mentors | darba vidē balstītu mācību vadītājs",
    },
    "qualification": {
        "en": "qualification | qualifications | vocational qualification | vocational qualifications",
        "fi": "tutkinto | tutkinnot | ammatillinen tutkinto | ammatilliset tutkinnot",
        "nl": "kwalificatie | kwalificaties | diploma | mbo-diploma",
        "et": "kvalifikatsioon | kutsekvalifikatsioon | kvalifikatsioonid | kutse",
        "lv": "kvalifikācija | profesionālā kvalifikācija | kvalifikācijas",
    },
    "eqf": {
        "en": "European Qualifications Framework | EQF | European Qualifications Framework for lifelong learning",
        "fi": "eurooppalainen tutkintojen viitekehys | EQF | eurooppalainen tutkintojen ja osaamisen viitekehys",
        "nl": "Europees kwalificatiekader | EQF | EKK",
        "et": "Euroopa kvalifikatsiooniraamistik | EQF | Euroopa kvalifikatsiooniraamistiku",
        "lv": "Eiropas kvalifikāciju ietvarstruktūra | EKI | EQF",
    },
    "nqf": {
        "en": "national qualifications framework | NQF | national qualification framework",
        "fi": "kansallinen tutkintojen viitekehys | NQF | tutkintojen ja muiden osaamiskokonaisuuksien viitekehys",
        "nl": "nationaal kwalificatiekader | NLQF | NQF | Vlaamse kwalificatiestructuur | VKS",
        "et": "Eesti kvalifikatsiooniraamistik | kvalifikatsiooniraamistik | NQF | EKR",
        "lv": "Latvijas kvalifikāciju ietvarstruktūra | LKI | nacionālā kvalifikāciju ietvarstruktūra | NQF",
    },
    "learning-outcomes": {
        "en": "learning outcomes | learning outcome | learning results",
        "fi": "oppimistulokset | oppimistulos | osaamistavoitteet | osaamisvaatimukset",
        "nl": "leerresultaten | leeruitkomsten | leerresultaat | leerdoelen",
        "et": "õpiväljundid | õpiväljund | õpiväljundite",
        "lv": "mācīšanās rezultāti | mācību rezultāti | sasniedzamie rezultāti",
    },
    "key-competences": {
        "en": "key competences | key competencies | key competences for lifelong learning",
        "fi": "avaintaidot | elinikäisen oppimisen avaintaidot | avainosaaminen",
        "nl": "sleutelcompetenties | kerncompetenties | sleutelvaardigheden",
        "et": "võtmepädevused | üldpädevused | võtmepädevus",
        "lv": "pamatkompetences | galvenās kompetences | transversālās kompetences",
    },
    "green-skills": {
        "en": "green skills | skills for the green transition | sustainability skills | green competences",
        "fi": "vihreät taidot | vihreän siirtymän osaaminen | kestävän kehityksen osaaminen | ympäristöosaaminen",
        "nl": "groene vaardigheden | groene competenties | duurzaamheidsvaardigheden | vaardigheden voor de groene transitie",
        "et": "rohelised oskused | rohepöörde oskused | keskkonnaoskused | kestliku arengu oskused",
        "lv": "zaļās prasmes | zaļās pārkārtošanās prasmes | ilgtspējas prasmes",
    },
    "digital-skills": {
        "en": "digital skills | digital competence | digital competences | ICT skills | digital literacy | DigComp",
        "fi": "digitaidot | digitaaliset taidot | digiosaaminen | digitaalinen osaaminen | TVT-taidot",
        "nl": "digitale vaardigheden | digitale competenties | digitale geletterdheid | ICT-vaardigheden",
        "et": "digioskused | digitaalsed oskused | digipädevus | digipädevused | IKT-oskused",
        "lv": "digitālās prasmes | digitālās kompetences | IKT prasmes | digitālā pratība",
    },
    "dual-system": {
        "en": "dual system | dual VET | dual training | dual vocational training | dual learning",
        "fi": "duaalimalli | duaalinen koulutus | vuorottelukoulutus",
        "nl": "duaal leren | duaal onderwijs | duale opleiding | duaal stelsel",
        "et": "duaalõpe | duaalne õpe | duaalsüsteem",
        "lv": "duālā izglītība | duālās mācības | duālā sistēma",
    },
    "traineeship": {
        "en": "traineeship | traineeships | internship | internships | work placement",
        "fi": "harjoittelu | työharjoittelu | harjoittelujakso | harjoittelupaikka",
        "nl": "stage | stages | werkstage | stageplaats | beroepspraktijkvorming | BPV",
        "et": "praktika | tööpraktika | praktikakoht | praktikant",
        "lv": "prakse | prakses vieta | stažēšanās | prakses",
    },
    "initial-vet": {
        "en": "initial vocational education and training | IVET | initial VET",
        "fi": "ammatillinen perustutkinto | perustutkinto | ammatillinen peruskoulutus",
        "nl": "initieel beroepsonderwijs | initiële beroepsopleiding | initieel beroepsonderwijs en -opleiding",
        "et": "esmane kutseõpe | esmane kutseharidus | kutsekeskharidus",
        "lv": "sākotnējā profesionālā izglītība | profesionālā vidējā izglītība | arodizglītības programmas",
    },
    "continuing-vet": {
        "en": "continuing vocational education and training | CVET | continuing VET | continuing vocational training | further training",
        "fi": "ammatillinen lisäkoulutus | ammatillinen täydennyskoulutus | täydennyskoulutus | lisäkoulutus",
        "nl": "voortgezet beroepsonderwijs | bij- en nascholing | nascholing | na- en bijscholing",
        "et": "täienduskoolitus | täiendkoolitus | kutsealane täienduskoolitus",
        "lv": "profesionālā tālākizglītība | tālākizglītība | profesionālā pilnveide",
    },
    "higher-vet": {
        "en": "higher vocational education | higher VET | professional higher education | short-cycle tertiary education",
        "fi": "ammattikorkeakoulutus | ammattikorkeakoulu | AMK | ammattikorkeakoulut",
        "nl": "hoger beroepsonderwijs | hbo | associate degree | graduaatsopleiding",
        "et": "rakenduskõrgharidus | rakenduskõrgkool | rakenduskõrgkoolid",
        "lv": "profesionālā augstākā izglītība | koledžas izglītība | pirmā līmeņa profesionālā augstākā izglītība",
    },
    "vet-school": {
        "en": "VET school | vocational school | VET provider | vocational college | VET providers",
        "fi": "ammatillinen oppilaitos | ammattioppilaitos | ammattikoulu | koulutuksen järjestäjä",
        "nl": "mbo-school | mbo-instelling | roc | regionaal opleidingencentrum | technische school",
        "et": "kutseõppeasutus | kutsekool | kutsekoolid | kutseõppeasutused",
        "lv": "profesionālās izglītības iestāde | profesionālā skola | tehnikums | arodskola",
    },
    "basic-skills": {
        "en": "basic skills | literacy and numeracy | foundation skills | basic literacy",
        "fi": "perustaidot | luku- ja laskutaito | perusosaaminen | lukutaito",
        "nl": "basisvaardigheden | geletterdheid en gecijferdheid | taal en rekenen | laaggeletterdheid",
        "et": "põhioskused | lugemis- ja arvutusoskus | kirjaoskus | baasoskused",
        "lv": "pamatprasmes | lasītprasme un rēķinpratība | lasītprasme",
    },
    "low-skilled-adults": {
        "en": "low-skilled adults | low-qualified adults | adults with low skills | low-skilled",
        "fi": "vähän koulutetut aikuiset | matalasti koulutetut | vähän koulutetut | heikot perustaidot",
        "nl": "laagopgeleide volwassenen | laagopgeleiden | laaggeschoolden | laaggeletterde volwassenen",
        "et": "madala haridustasemega täiskasvanud | madala kvalifikatsiooniga täiskasvanud | madala haridustasemega",
        "lv": "mazkvalificēti pieaugušie | pieaugušie ar zemu izglītības līmeni | mazkvalificētie",
    },
    "youth-guarantee": {
        "en": "Youth Guarantee | reinforced Youth Guarantee | youth guarantee scheme",
        "fi": "nuorisotakuu | vahvistettu nuorisotakuu | nuorisotakuun",
        "nl": "jongerengarantie | Europese jongerengarantie | versterkte jongerengarantie",
        "et": "noortegarantii | noorte garantii | noortegarantii tugisüsteem",
        "lv": "Jauniešu garantija | jauniešu garantijas | Jauniešu garantijas programma",
    },
    "learning-mobility": {
        "en": "learning mobility | VET mobility | Erasmus+ mobility | mobility abroad | mobility",
        "fi": "liikkuvuus | kansainvälinen liikkuvuus | opiskelijaliikkuvuus | ulkomaanjakso | Erasmus+-liikkuvuus",
        "nl": "leermobiliteit | internationale mobiliteit | buitenlandse stage | mobiliteit",
        "et": "õpiränne | õpirände | välispraktika | Erasmus+ õpiränne",
        "lv": "mācību mobilitāte | mobilitāte | ārvalstu prakse | Erasmus+ mobilitāte",
    },
    "europass": {
        "en": "Europass | Europass CV | Europass certificate supplement",
        "fi": "Europass | Europass-ansioluettelo | Europass-todistusliite",
        "nl": "Europass | Europass-cv | Europass-certificaatsupplement",
        "et": "Europass | Europassi CV | Europassi tunnistuse lisa",
        "lv": "Europass | Europass CV | Europass sertifikāta pielikums",
    },
    "credit-points": {
        "en": "credit points | ECVET | credits | European credit system for VET",
        "fi": "osaamispisteet | osaamispiste | ECVET | opintopisteet",
        "nl": "studiepunten | studiepunt | ECVET | studiebelastingsuren",
        "et": "kutsehariduse arvestuspunktid | EKAP | ECVET | õppepunktid",
        "lv": "kredītpunkti | kredītpunkts | ECVET | profesionālās izglītības kredītpunkti",
    },
    "quality-assurance": {
        "en": "quality assurance | EQAVET | quality in VET | quality management",
        "fi": "laadunvarmistus | laadunhallinta | EQAVET | laadun varmistaminen",
        "nl": "kwaliteitszorg | kwaliteitsborging | EQAVET | kwaliteitsbewaking",
        "et": "kvaliteedi tagamine | kvaliteedijuhtimine | EQAVET | kvaliteeditagamine",
        "lv": "kvalitātes nodrošināšana | kvalitātes vadība | EQAVET | kvalitātes nodrošināšanas sistēma",
    },
    "employer-cooperation": {
        "en": "cooperation with employers | employer engagement | school-business cooperation | partnerships with companies",
        "fi": "työelämäyhteistyö | yhteistyö työelämän kanssa | työelämäkumppanuus | yritysyhteistyö",
        "nl": "samenwerking met bedrijven | samenwerking onderwijs en bedrijfsleven | publiek-private samenwerking | bedrijfsbetrokkenheid",
        "et": "koostöö tööandjatega | koostöö ettevõtetega | tööandjate kaasamine",
        "lv": "sadarbība ar darba devējiem | sadarbība ar uzņēmumiem | darba devēju iesaiste",
    },
    "social-partners": {
        "en": "social partners | social dialogue | employers' organisations and trade unions",
        "fi": "työmarkkinaosapuolet | työmarkkinajärjestöt | työnantaja- ja työntekijäjärjestöt",
        "nl": "sociale partners | sociaal overleg | werkgevers- en werknemersorganisaties",
        "et": "sotsiaalpartnerid | sotsiaaldialoog | tööandjate ja töötajate esindajad",
        "lv": "sociālie partneri | sociālais dialogs | darba devēju un darba ņēmēju organizācijas",
    },
    "sector-skills-councils": {
        "en": "sector skills councils | sectoral skills councils | sectoral councils",
        "fi": "työelämätoimikunnat | koulutustoimikunnat | alakohtaiset toimikunnat",
        "nl": "sectorkamers | sectorraden | SBB | sectorale adviescommissies",
        "et": "kutsenõukogud | kutsenõukogu | valdkondlikud kutsenõukogud",
        "lv": "nozaru ekspertu padomes | NEP | nozaru padomes",
    },
    "occupational-standard": {
        "en": "occupational standard | occupational standards | occupational profile | occupational profiles",
        "fi": "ammattitaitovaatimukset | ammattitaitovaatimus | tutkinnon perusteet | tutkinnon perusteiden",
        "nl": "beroepsprofiel | beroepsprofielen | kwalificatiedossier | beroepscompetentieprofiel",
        "et": "kutsestandard | kutsestandardid | kutsestandardi",
        "lv": "profesijas standarts | profesiju standarti | profesijas standarta",
    },
    "curriculum": {
        "en": "curriculum | curricula | study programme | training programme",
        "fi": "opetussuunnitelma | opetussuunnitelmat | OPS | koulutusohjelma",
        "nl": "curriculum | leerplan | opleidingsprogramma | onderwijsprogramma",
        "et": "õppekava | õppekavad | riiklik õppekava",
        "lv": "izglītības programma | mācību programma | mācību plāns | izglītības programmas",
    },
    "modules": {
        "en": "modular training | modules | modularisation | units of learning outcomes",
        "fi": "tutkinnon osat | tutkinnon osa | modulaarisuus",
        "nl": "modulair onderwijs | modules | modulaire opleidingen | deelkwalificaties",
        "et": "mooduliline õpe | moodulid | õppemoodul | moodulõpe",
        "lv": "modulārā izglītība | moduļi | modulāras programmas",
    },
    "individual-learning-plan": {
        "en": "individual learning plan | personal development plan | personalised learning | individual study plan",
        "fi": "henkilökohtainen osaamisen kehittämissuunnitelma | HOKS | henkilökohtaistaminen | henkilökohtainen opiskelusuunnitelma",
        "nl": "persoonlijk ontwikkelingsplan | POP | individueel ontwikkelingsplan | individueel leertraject",
        "et": "individuaalne õppekava | individuaalne arenguplaan | personaalne õpitee",
        "lv": "individuālais mācību plāns | individualizētas mācības | personalizētas mācības",
    },
    "training-agreement": {
        "en": "training agreement | work placement agreement | training contract",
        "fi": "koulutussopimus | koulutussopimukset | koulutussopimuksella",
        "nl": "praktijkovereenkomst | stageovereenkomst | BPV-overeenkomst",
        "et": "praktikaleping | praktika leping | kolmepoolne leping",
        "lv": "prakses līgums | mācību līgums | trīspusējs līgums",
    },
    "inclusion": {
        "en": "inclusion | inclusive education | social inclusion | inclusive VET",
        "fi": "osallisuus | inklusiivinen koulutus | sosiaalinen osallisuus | inkluusio",
        "nl": "inclusie | inclusief onderwijs | sociale inclusie | passend onderwijs",
        "et": "kaasamine | kaasav haridus | sotsiaalne kaasatus | kaasav õpe",
        "lv": "iekļaušana | iekļaujošā izglītība | sociālā iekļaušana",
    },
    "special-needs": {
        "en": "special educational needs | SEN | special needs | learners with disabilities",
        "fi": "erityinen tuki | erityisen tuen tarve | erityisopetus | erityisopiskelijat",
        "nl": "extra ondersteuning | speciale onderwijsbehoeften | studenten met een beperking | zorgleerlingen",
        "et": "hariduslikud erivajadused | HEV | erivajadustega õppijad | erivajadus",
        "lv": "speciālās vajadzības | speciālās izglītības vajadzības | izglītojamie ar speciālām vajadzībām",
    },
    "migrants": {
        "en": "migrants | migrant learners | refugees | people with a migrant background | newly arrived migrants",
        "fi": "maahanmuuttajat | maahanmuuttajataustaiset | pakolaiset | maahanmuuttajaopiskelijat",
        "nl": "nieuwkomers | migranten | vluchtelingen | statushouders | anderstaligen",
        "et": "sisserändajad | uussisserändajad | pagulased | immigrandid",
        "lv": "migranti | imigranti | bēgļi | patvēruma meklētāji",
    },
    "entrepreneurship": {
        "en": "entrepreneurship | entrepreneurship education | entrepreneurial skills | entrepreneurial learning",
        "fi": "yrittäjyys | yrittäjyyskasvatus | yrittäjyysosaaminen | yrittäjyyskoulutus",
        "nl": "ondernemerschap | ondernemend leren | ondernemerschapsonderwijs | ondernemerschapsvaardigheden",
        "et": "ettevõtlus | ettevõtlusõpe | ettevõtlikkus | ettevõtlusharidus",
        "lv": "uzņēmējdarbība | uzņēmējdarbības izglītība | uzņēmējspējas | uzņēmējdarbības prasmes",
    },
    # What the labour market asks for, apart from forecasting it: readers write
    # "demand for skills" beside "forecast", and a query naming both concepts is
    # also put into the fallback language (search/synonyms.py).
    "skills-demand": {
        "en": "skills demand | demand for skills | skill needs | skills needs",
        "fi": "osaamistarpeet | osaamisen kysyntä | osaamistarve | osaamisen tarve",
        "nl": "vraag naar vaardigheden | vaardigheidsbehoeften | behoefte aan vaardigheden | vraag naar vakmensen",
        "et": "oskuste vajadus | oskuste nõudlus | oskusvajadus | tööturu vajadused",
        "lv": "prasmju pieprasījums | pieprasījums pēc prasmēm | prasmju vajadības",
    },
    "skills-mismatch": {
        "en": "skills mismatch | skills gap | skill gaps | skills shortages | labour shortages",
        "fi": "osaamisvaje | kohtaanto-ongelma | osaajapula | työvoimapula",
        "nl": "mismatch op de arbeidsmarkt | vaardigheidstekort | tekort aan vakmensen | personeelstekort",
        "et": "oskuste mittevastavus | oskuste puudujääk | tööjõupuudus | oskustööjõu puudus",
        "lv": "prasmju neatbilstība | prasmju trūkums | darbaspēka trūkums",
    },
    "recognition-of-qualifications": {
        "en": "recognition of qualifications | recognition of foreign qualifications | diploma recognition | ENIC-NARIC",
        "fi": "tutkintojen tunnustaminen | ulkomailla suoritetun tutkinnon tunnustaminen | tutkinnon tunnustaminen",
        "nl": "diplomawaardering | erkenning van diploma's | diploma-erkenning | Nuffic",
        "et": "kvalifikatsioonide tunnustamine | välisriigi kvalifikatsiooni hindamine | diplomite tunnustamine | ENIC/NARIC",
        "lv": "kvalifikāciju atzīšana | ārvalstu diplomu atzīšana | AIC",
    },
    "digital-credentials": {
        "en": "digital credentials | open badges | digital badges | Europass Digital Credentials",
        "fi": "osaamismerkit | avoimet osaamismerkit | digitaaliset osaamismerkit",
        "nl": "digitale badges | open badges | digitale certificaten",
        "et": "digitaalsed tunnistused | avatud märgid | digimärgid",
        "lv": "digitālie sertifikāti | atvērtās nozīmītes | digitālās nozīmītes",
    },
    "assessment": {
        "en": "assessment | competence-based assessment | skills demonstration | final assessment",
        "fi": "osaamisen arviointi | näyttö | ammattiosaamisen näyttö | näytöt",
        "nl": "beoordeling | examinering | proeve van bekwaamheid | toetsing",
        "et": "hindamine | kutseeksam | õpiväljundite hindamine | lõpueksam",
        "lv": "novērtēšana | kvalifikācijas eksāmens | profesionālās kvalifikācijas eksāmens | vērtēšana",
    },
    "competence-based-education": {
        "en": "competence-based education | competence-based training | competency-based education",
        "fi": "osaamisperusteisuus | osaamisperusteinen koulutus | osaamisperusteinen",
        "nl": "competentiegericht onderwijs | competentiegericht leren | CGO",
        "et": "pädevuspõhine õpe | kompetentsipõhine õpe | õpiväljundipõhine õpe",
        "lv": "kompetencēs balstīta izglītība | kompetenču pieeja | uz kompetencēm balstīta izglītība",
    },
    "transversal-skills": {
        "en": "transversal skills | soft skills | transferable skills | life skills",
        "fi": "geneeriset taidot | pehmeät taidot | työelämätaidot | siirrettävät taidot",
        "nl": "transversale vaardigheden | zachte vaardigheden | soft skills | 21e-eeuwse vaardigheden",
        "et": "ülekantavad oskused | pehmed oskused | sotsiaalsed oskused | üldoskused",
        "lv": "transversālās prasmes | caurviju prasmes | mīkstās prasmes | sociālās prasmes",
    },
    "stem": {
        "en": "STEM | science technology engineering and mathematics | STEAM",
        "fi": "STEM | LUMA | matematiikka ja luonnontieteet | luonnontieteet ja tekniikka",
        "nl": "bèta en techniek | STEM | techniekonderwijs | bètatechniek",
        "et": "STEM | loodus- ja täppisteadused | LTT | reaal- ja tehnikavaldkond",
        "lv": "STEM | eksaktās zinātnes | dabaszinātnes un tehnoloģijas",
    },
    "teacher-training": {
        "en": "teacher training | teacher education | professional development of teachers | continuing professional development | CPD",
        "fi": "opettajankoulutus | ammatillinen opettajankoulutus | opettajien täydennyskoulutus | opettajien osaamisen kehittäminen",
        "nl": "lerarenopleiding | docentprofessionalisering | professionalisering van docenten | nascholing van docenten",
        "et": "õpetajakoolitus | kutseõpetaja koolitus | õpetajate täienduskoolitus | kutseõpetajate koolitus",
        "lv": "skolotāju izglītība | pedagogu profesionālā pilnveide | skolotāju profesionālā pilnveide | skolotāju tālākizglītība",
    },
    "vocational-excellence": {
        "en": "Centres of Vocational Excellence | CoVE | CoVEs | vocational excellence",
        "fi": "ammatillisen huippuosaamisen keskukset | CoVE | huippuyksiköt | huippuosaamiskeskus | huippuyksikkö | ammatillinen huippuosaaminen",
        "nl": "centra voor beroepsexcellentie | CoVE | centra voor innovatief vakmanschap | CIV",
        "et": "kutsealase tipptaseme keskused | CoVE | tippkeskused | kompetentsikeskused",
        "lv": "profesionālās izcilības centri | CoVE | izcilības centri | kompetences centri",
    },
    "skills-competitions": {
        "en": "skills competitions | vocational skills competitions | WorldSkills | EuroSkills",
        "fi": "ammattitaitokilpailut | Taitaja | Taitaja-kilpailu | WorldSkills | EuroSkills",
        "nl": "vakwedstrijden | beroepswedstrijden | Skills Heroes | WorldSkills | EuroSkills",
        "et": "kutsemeistrivõistlused | Noor Meister | WorldSkills | EuroSkills",
        "lv": "profesionālās meistarības konkursi | meistarības konkursi | SkillsLatvia | WorldSkills | EuroSkills",
    },
    "attractiveness-of-vet": {
        "en": "attractiveness of VET | image of VET | parity of esteem | promoting VET",
        "fi": "ammatillisen koulutuksen vetovoima | vetovoimaisuus | ammatillisen koulutuksen arvostus",
        "nl": "aantrekkelijkheid van het beroepsonderwijs | imago van het mbo | imago beroepsonderwijs",
        "et": "kutsehariduse maine | kutsehariduse atraktiivsus | kutseõppe populaarsus",
        "lv": "profesionālās izglītības pievilcība | profesionālās izglītības prestižs | profesionālās izglītības tēls",
    },
    "employability": {
        "en": "employability | school-to-work transition | transition to the labour market | labour market integration",
        "fi": "työllistyminen | työllistettävyys | siirtyminen työelämään | työelämään siirtyminen",
        "nl": "inzetbaarheid | employability | overgang van school naar werk | arbeidsinschakeling",
        "et": "tööalane konkurentsivõime | tööle siirdumine | koolist tööle siirdumine | tööhõive",
        "lv": "nodarbināmība | pāreja no skolas uz darbu | iekļaušanās darba tirgū",
    },
    "preparatory-training": {
        "en": "preparatory training | pre-vocational education | bridging programmes | transition programmes",
        "fi": "tutkintokoulutukseen valmentava koulutus | TUVA | VALMA | valmentava koulutus",
        "nl": "entreeopleiding | voorbereidend beroepsonderwijs | vmbo | schakeljaar",
        "et": "eelkutseõpe | ettevalmistav õpe | kutseõppe ettevalmistus",
        "lv": "sagatavojošās programmas | pirmsprofesionālā izglītība | sagatavošanas kursi",
    },
    # Small firms train most apprentices: readers name them by size, agencies by
    # the acronym.
    "smes": {
        "en": "small and medium-sized enterprises | SMEs | small businesses | small firms | small companies | SME",
        "fi": "pienet ja keskisuuret yritykset | pk-yritykset | pienyritykset | pk-yritys | pienyritys | pienet yritykset",
        "nl": "midden- en kleinbedrijf | mkb | kleine bedrijven | mkb-bedrijven | kleine ondernemingen | kmo",
        "et": "väikese ja keskmise suurusega ettevõtted | VKE | väikeettevõtted | väikeettevõte | väikeettevõtjad",
        "lv": "mazie un vidējie uzņēmumi | MVU | mazie uzņēmumi | mazais uzņēmums | mazie komersanti",
    },
    "mentoring": {
        "en": "mentoring | peer mentoring | mentor | mentors",
        "fi": "mentorointi | vertaismentorointi | mentori | mentorit",
        "nl": "mentoraat | mentoring | peer-mentoring | mentor",
        # Estonian schools call peer mentors "tugiõpilased" (support pupils).
        "et": "mentorlus | tugiõpilased | kaasõppijate mentorlus | mentor | mentorid | tugiõpilane",
        "lv": "mentorings | vienaudžu mentorings | mentors | mentori",
    },
    "online-learning": {
        "en": "online learning | e-learning | distance learning | digital learning | blended learning",
        "fi": "verkko-oppiminen | verkko-opiskelu | etäopiskelu | etäopetus | monimuoto-opetus",
        "nl": "online leren | afstandsonderwijs | e-learning | blended learning | digitaal leren",
        "et": "e-õpe | veebipõhine õpe | kaugõpe | distantsõpe | hübriidõpe",
        "lv": "tiešsaistes mācības | e-mācības | attālinātās mācības | tālmācība | jauktās mācības",
    },
    "individual-learning-accounts": {
        "en": "individual learning accounts | ILA | personal learning account | training vouchers",
        "fi": "henkilökohtainen koulutustili | koulutustili | koulutusseteli | koulutussetelit",
        "nl": "individuele leerrekening | leerrekening | STAP-budget | opleidingscheques",
        "et": "individuaalne õppekonto | koolituskonto | koolituskaart | koolitusvautšer",
        "lv": "individuālie mācību konti | mācību konts | mācību kuponi | mācību vaučeri",
    },
    "vet-funding": {
        "en": "VET funding | financing of VET | funding | performance-based funding",
        "fi": "ammatillisen koulutuksen rahoitus | rahoitus | rahoitusmalli | tuloksellisuusrahoitus",
        "nl": "bekostiging | financiering | financiering van het beroepsonderwijs | bekostiging mbo",
        "et": "kutsehariduse rahastamine | rahastamine | rahastus | tulemuspõhine rahastamine",
        "lv": "profesionālās izglītības finansēšana | finansējums | finansēšana | uz rezultātu balstīts finansējums",
    },
}


def _term_and_synonyms(forms: str) -> tuple[str, str]:
    term, *synonyms = forms.split(" | ")
    return term, "\n".join(synonyms)


def _as_string(text: str) -> str:
    """The text as localize holds it in its strings and PO files: the line breaks of
    a plain-text field become <br/>."""
    return StringValue.from_plaintext(text).data


def build_glossary() -> int:
    """Create the concepts and translations that are missing (an editor's changes
    are kept); returns how many objects were created."""
    source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    created = 0
    for slug, by_language in CONCEPTS.items():
        term, synonyms = _term_and_synonyms(by_language[source.language_code])
        concept, new = GlossaryConcept.objects.get_or_create(
            slug=slug, locale=source, defaults={"term": term, "synonyms": synonyms}
        )
        created += new
        for code in LANGUAGE_CODES:
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None or code == source.language_code:
                continue
            if concept.has_translation(locale):
                continue
            translated = _term_and_synonyms(by_language[code])
            strings = {
                _as_string(source_text): _as_string(text)
                for source_text, text in zip(
                    (concept.term, concept.synonyms), translated, strict=True
                )
            }
            translate(concept, code, strings)
            created += 1
    return created
