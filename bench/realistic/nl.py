"""Dutch pages and queries of the realistic judged set."""

from bench.realistic.judged import JudgedPage as P
from bench.realistic.judged import JudgedQuery as Q

PAGES = [
    P(
        "apprenticeship-support-small-firms",
        "practice",
        "Hulp voor mkb-bedrijven bij hun eerste bbl-leerling",
        "Een regionaal steunpunt helpt kleine bedrijven om leerbedrijf te worden en "
        "begeleidt hen tot het diploma.",
        "Veel kleine ondernemers willen best een jongere opleiden, maar zien op "
        "tegen de administratie en de tijd die een leerling in het begin kost. Het "
        "steunpunt koppelt elk bedrijf aan een adviseur die de "
        "praktijkovereenkomst uitlegt, het opleidingsplan met de school afstemt en "
        "in het eerste halfjaar twee keer langskomt. Ondernemers kunnen ook een "
        "ervaren praktijkopleider van een groter bedrijf in de buurt 'lenen'. Sinds "
        "de start van de pilot zijn 140 bedrijven voor het eerst erkend leerbedrijf "
        "geworden, vooral in de horeca, de autotechniek en de kappersbranche. "
        "Leerlingen in de beroepsbegeleidende leerweg die zo werden begeleid, "
        "haalden vaker hun diploma, en meerdere ondernemers hebben inmiddels een "
        "tweede leerling aangenomen.",
    ),
    P(
        "early-warning-system",
        "practice",
        "Verzuim vroeg signaleren, binnen een week in gesprek",
        "Mbo-scholen combineren verzuimcijfers, resultaten en welzijn om op tijd te "
        "zien wie dreigt uit te vallen.",
        "Voortijdig schoolverlaten gebeurt zelden van de ene op de andere dag. "
        "Studenten missen eerst lessen, lopen achter bij een of twee vakken en "
        "verliezen het contact met de klas. De scholen in deze aanpak bekijken elke "
        "vrijdag het verzuim. Wie in een maand meer dan drie dagen afwezig is of "
        "twee toetsen niet haalt, heeft binnen zeven dagen een gesprek met de "
        "studieloopbaanbegeleider. Samen spreken ze kleine stappen af, zoals een "
        "aangepast rooster, bijles rekenen of een afspraak met de "
        "schoolmaatschappelijk werker. Het gaat niet om controle: medewerkers "
        "leerden praten mét jongeren in plaats van over hen. In drie jaar daalde de "
        "uitval van 14 naar 9 procent, en de aanpak wordt nu ook op andere locaties "
        "ingevoerd.",
    ),
    P(
        "guidance-days",
        "event",
        "LOB-dagen 2027: kiezen voor een vak",
        "Twee dagen workshops over loopbaanoriëntatie en -begeleiding voor decanen, "
        "docenten en werkgevers.",
        "Tijdens de jaarlijkse LOB-dagen komt iedereen samen die jongeren helpt bij "
        "hun studiekeuze. Dit jaar staan de technische en ambachtelijke beroepen "
        "centraal, waar de tekorten het grootst zijn en jongeren het minst van "
        "weten. Decanen en loopbaanbegeleiders maken kennis met nieuwe online "
        "hulpmiddelen om beroepen te verkennen, horen hoe bedrijven snuffeldagen "
        "organiseren en bespreken hoe je ouders meeneemt die twijfelen aan het mbo. "
        "Op de tweede dag bezoeken deelnemers praktijklokalen voor bouw, "
        "installatietechniek en lassen. Deelname is gratis, maar er zijn maximaal "
        "120 plaatsen; aanmelden kan tot 15 maart. Het programma en de sprekers "
        "staan vanaf februari op deze pagina.",
    ),
    P(
        "validation-of-prior-learning",
        "page",
        "Erkenning van verworven competenties (evc)",
        "Hoe volwassenen kennis en vaardigheden die ze in werk, vrijwilligerswerk of "
        "thuis hebben opgedaan, kunnen laten erkennen.",
        "Mensen leren veel buiten de schoolbanken: op het werk, bij een "
        "sportvereniging, als mantelzorger of als vrijwilliger. Met een "
        "evc-procedure wordt dat zichtbaar gemaakt. Een kandidaat brengt eerst in "
        "kaart wat hij of zij kan, verzamelt bewijzen in een portfolio en laat "
        "dat beoordelen door een erkende aanbieder tegen een beroepsstandaard of "
        "kwalificatiedossier. Het resultaat is een ervaringscertificaat. Daarmee "
        "kan een opleiding korter worden, kunnen onderdelen worden vrijgesteld of "
        "kan iemand zelfs direct een diploma halen. Begeleiding is onmisbaar, "
        "omdat kandidaten vaak onderschatten wat ze al kunnen. Op deze pagina vindt "
        "u de Europese richtlijnen voor validatie en de contactpunten per land.",
    ),
    P(
        "workplace-instructor-training",
        "practice",
        "Training voor praktijkopleiders in leerbedrijven",
        "Een korte cursus leert medewerkers die studenten op de werkvloer begeleiden "
        "hoe ze leren plannen, feedback geven en beoordelen.",
        "Werkend leren is zo goed als de persoon die de student in het bedrijf "
        "begeleidt. Toch heeft niemand de meeste praktijkopleiders ooit uitgelegd "
        "hoe je een ander iets leert. In deze driedaagse training, die mbo-scholen "
        "en brancheorganisaties samen geven, leren deelnemers taken te kiezen die "
        "bij het kwalificatiedossier passen, feedback te geven, met conflicten om "
        "te gaan en een proeve van bekwaamheid te beoordelen. Iedere deelnemer "
        "neemt het opleidingsplan van een eigen student mee en verbetert dat "
        "tijdens de training. De training is 's avonds, online of op school, zodat "
        "begeleiders niet hele dagen uit de productie hoeven. Scholen zien dat "
        "stages met een getrainde begeleider minder vaak worden afgebroken.",
    ),
    P(
        "green-skills-construction",
        "news",
        "Bouwsector zoekt vakmensen met groene vaardigheden",
        "Uit nieuw onderzoek blijkt dat bouwbedrijven moeilijk personeel vinden dat "
        "warmtepompen kan plaatsen en oude woningen kan verduurzamen.",
        "Om de woningvoorraad energiezuinig te maken zijn honderdduizenden extra "
        "vakmensen nodig. Volgens het deze week verschenen onderzoek heeft twee "
        "derde van de bouwbedrijven vacatures waarvoor groene vaardigheden nodig "
        "zijn: zonnepanelen leggen, warmtepompen installeren, gebouwen isoleren of "
        "sloopafval scheiden voor hergebruik. Mbo-scholen passen hun opleidingen "
        "aan, maar docenten wijzen erop dat de apparatuur duur is en snel "
        "verandert. De onderzoekers bevelen korte bijscholing aan voor mensen die "
        "al in de bouw werken, nauwere samenwerking met fabrikanten en "
        "duurzaamheid in elke bouwopleiding in plaats van in een los keuzedeel. "
        "Het onderzoek beslaat twaalf landen en is te downloaden via onze "
        "publicatiepagina.",
    ),
    P(
        "digital-skills-vet-teachers",
        "practice",
        "Digitale vaardigheden van mbo-docenten versterken",
        "Docenten werken in korte online modules aan hun digitale "
        "bekwaamheid en delen ervaringen met collega's.",
        "Toen de scholen dichtgingen, moesten veel docenten in het beroepsonderwijs "
        "hun praktijklessen binnen een paar dagen online geven. Daarbij bleken de "
        "verschillen in digitale vaardigheden groot. In deze aanpak vullen docenten "
        "eerst een zelfscan in en kiezen daarna modules over bijvoorbeeld "
        "instructievideo's opnemen, simulatoren gebruiken, online toetsen en de "
        "privacy van studenten. Een module kost ongeveer twee uur. Op elke school "
        "helpt een digicoach collega's om nieuwe hulpmiddelen in hun eigen lessen "
        "uit te proberen. Na een jaar voelden docenten zich zekerder en vonden "
        "studenten de lessen afwisselender. De modules zijn vrij te gebruiken "
        "onder een open licentie en worden twee keer per jaar bijgewerkt.",
    ),
    P(
        "teachers-and-trainers",
        "page",
        "Docenten en praktijkopleiders in het beroepsonderwijs",
        "Wie lesgeeft op een mbo-school of studenten opleidt in een bedrijf, moet "
        "zich een loopbaan lang blijven ontwikkelen.",
        "Het beroepsonderwijs draait op twee beroepsgroepen die naast elkaar "
        "werken: docenten op school en praktijkopleiders in bedrijven. Docenten "
        "hebben zowel didactische vaardigheden als actuele vakkennis nodig; "
        "praktijkopleiders zijn ervaren vakmensen die studenten tijdens het werk "
        "begeleiden. Beide groepen krijgen te maken met snelle technologische "
        "veranderingen, meer diverse studenten en nieuwe taken zoals "
        "loopbaanbegeleiding. Professionalisering houdt hen bij: stages van "
        "docenten in bedrijven, didactische cursussen voor opleiders en netwerken "
        "waarin beide groepen van elkaar leren. Op deze pagina staan onze studies "
        "over het docentenberoep, voorbeelden uit verschillende landen en de "
        "uitkomsten van onze enquête onder 4.000 docenten en opleiders.",
    ),
    P(
        "second-chance-adult-learning",
        "practice",
        "Volwassenenonderwijs: alsnog een mbo-diploma naast je werk",
        "Volwassenen die ooit zonder diploma van school gingen, halen hun "
        "vakdiploma in de avonduren en op de werkplek.",
        "Ongeveer een op de vijf volwassenen in de deelnemende regio's heeft geen "
        "startkwalificatie. De meesten werken en hebben een gezin, dus voltijds "
        "naar school gaan is geen optie. Dit programma voor volwassenenonderwijs "
        "biedt lessen op avonden en zaterdagen, leren op de eigen werkplek en "
        "erkenning van wat deelnemers al in hun werk hebben geleerd. Dankzij een "
        "persoonlijk opleidingsplan hoeft een ervaren helpende in de zorg soms maar "
        "enkele onderdelen te volgen. Iedere volwassen student heeft een coach die "
        "helpt bij motivatie en praktische zaken zoals kinderopvang. Ruim 600 "
        "volwassenen zijn begonnen; driekwart heeft het diploma gehaald, en velen "
        "hebben nu beter betaald werk.",
    ),
    P(
        "lifelong-guidance-services",
        "page",
        "Loopbaanbegeleiding voor iedereen, een leven lang",
        "Informatie, advies en begeleiding die mensen van elke leeftijd helpen "
        "keuzes te maken over leren en werk.",
        "Loopbaankeuzes maak je niet één keer. Jongeren kiezen een opleiding, "
        "volwassenen wisselen van baan, scholen zich om of gaan na een pauze weer "
        "leren. Levenslange loopbaanbegeleiding ondersteunt mensen op elk van die "
        "momenten met informatie over beroepen en opleidingen, advies over "
        "mogelijkheden en begeleiding voor wie meer tijd nodig heeft. Die "
        "begeleiding wordt gegeven door scholen, het UWV, leerwerkloketten en "
        "steeds vaker online. Goede begeleiding is onafhankelijk, gratis of "
        "betaalbaar en bereikt juist de mensen die er zelf niet om vragen. Deze "
        "pagina beschrijft hoe loopbaanbegeleiding in Europa is georganiseerd en "
        "verwijst naar ons werk over loopbaancompetenties en het meten van "
        "effecten.",
    ),
    P(
        "apprenticeship-reform",
        "news",
        "Nieuwe regels voor de beroepsbegeleidende leerweg",
        "Bbl-studenten krijgen een minimumloon en leerbedrijven een bonus voor elke "
        "student die het diploma haalt.",
        "De Tweede Kamer heeft dinsdag na twee jaar discussie ingestemd met de "
        "wetswijziging. Vanaf september krijgt elke student in de "
        "beroepsbegeleidende leerweg in het eerste jaar minstens zestig procent van "
        "het minimumloon, oplopend in de jaren daarna. Werkgevers ontvangen niet "
        "langer een subsidie aan het begin, maar een bonus wanneer hun student het "
        "examen haalt. Ook wordt het makkelijker om boven de 25 een bbl-traject te "
        "beginnen. Vakbonden zijn blij met de loonafspraken; werkgeversorganisaties "
        "waarschuwen dat kleine bedrijven minder papierwerk nodig hebben. Het "
        "ministerie verwacht dat het aantal bbl'ers binnen vijf jaar met een "
        "kwart groeit.",
    ),
    P(
        "early-leaving-webinar",
        "event",
        "Webinar: voortijdig schoolverlaten voorkomen, wat werkt?",
        "Drie praktijkmensen presenteren maatregelen uit de Europese toolkit en "
        "beantwoorden vragen van deelnemers.",
        "Dit webinar van een uur is bedoeld voor docenten, schoolleiders, "
        "loopbaanbegeleiders en beleidsmakers die willen voorkomen dat jongeren "
        "zonder diploma vertrekken. Drie sprekers presenteren aanpakken die zijn "
        "geëvalueerd: maatjes voor eerstejaars, een flexibele route waarmee "
        "studenten van opleiding kunnen wisselen zonder opnieuw te beginnen, en "
        "samenwerking tussen scholen en jongerenwerkers om studenten te bereiken "
        "die niet meer komen opdagen. Na elke presentatie is er ruimte voor "
        "vragen. De opname komt op deze pagina. Deelname is gratis; na aanmelding "
        "ontvangt u de link. Het webinar maakt deel uit van onze reeks over "
        "inclusief onderwijs, en eerdere afleveringen zijn terug te kijken.",
    ),
    P(
        "first-year-mentoring",
        "practice",
        "Ouderejaars als maatje voor eerstejaars",
        "Studenten uit het tweede en derde jaar begeleiden nieuwe studenten in de "
        "eerste maanden, wanneer de kans op uitval het grootst is.",
        "De eerste maanden op een nieuwe school zijn beslissend. Wie geen vrienden "
        "maakt of verdwaalt in een groot gebouw, stopt vaak al voor de zomer. Op "
        "deze school melden ouderejaars zich als maatje. Elk maatje neemt vier of "
        "vijf nieuwe studenten van dezelfde opleiding onder zijn hoede, spreekt ze "
        "wekelijks en laat de praktijklokalen, de kantine en de plekken zien waar je "
        "hulp krijgt. De maatjes krijgen een training in luisteren en leren wanneer "
        "ze een docent moeten inschakelen. Ze krijgen er studiepunten voor. Onder "
        "de begeleide eerstejaars was de uitval lager, en de maatjes zeiden zelf "
        "zelfverzekerder te zijn geworden.",
    ),
    P(
        "return-to-education",
        "practice",
        "Terug naar school: jongeren zonder startkwalificatie opnieuw op weg",
        "Gemeenten en scholen zoeken jongeren op die zonder diploma zijn gestopt en "
        "helpen hen terug naar een opleiding.",
        "Elk jaar verdwijnen jongeren uit de inschrijving van het mbo zonder dat ze "
        "ergens anders naartoe gaan. De gemeente krijgt hun namen door en een "
        "trajectbegeleider neemt binnen een maand contact op, telefonisch, via "
        "sociale media of met een huisbezoek. De eerste gesprekken gaan over de "
        "situatie van de jongere, niet over school. Velen hebben schulden, "
        "gezondheidsklachten of geen vaste woonplek. Wie eraan toe is, kan een kort "
        "voortraject volgen met praktisch werk in een werkplaats en basisvaardigheden "
        "als taal en rekenen. Daarna stromen de meesten weer in bij een "
        "mbo-opleiding, vaak in een andere richting. Twee derde van de benaderde "
        "jongeren gaat binnen een jaar weer naar school of aan het werk.",
    ),
    P(
        "language-support-migrants",
        "practice",
        "Nederlands leren op de werkvloer",
        "Nieuwkomers leren de taal terwijl ze een vak leren, met lessen NT2 die "
        "aansluiten op hun beroep.",
        "Als nieuwkomers eerst de taal perfect moeten spreken voordat ze aan een "
        "beroepsopleiding beginnen, staan ze jaren langs de kant. In deze aanpak "
        "gaan taal en vak samen. Een docent Nederlands als tweede taal (NT2) en een "
        "vakdocent bereiden de lessen samen voor en staan soms samen in de "
        "werkplaats. Zo oefenen deelnemers precies de woorden die ze in hun werk "
        "nodig hebben, van veiligheidsinstructies tot het gesprek met een klant. "
        "Schrijfopdrachten zijn kort en praktisch. De trajecten lopen in de "
        "schoonmaak, logistiek, zorg en horeca. Deelnemers kunnen maanden eerder op "
        "stage dan na een losse taalcursus, en werkgevers melden minder "
        "misverstanden.",
    ),
    P(
        "work-based-learning-survey",
        "news",
        "Enquête: leerbedrijven willen meer inspraak in de bpv",
        "Bedrijven willen meer studenten opleiden als scholen hen betrekken bij het "
        "opleidingsplan en de beoordeling.",
        "Voor de enquête werden vorig voorjaar 2.300 bedrijven gevraagd waarom ze "
        "wel of geen studenten uit het mbo opleiden. De meeste bedrijven zien de "
        "beroepspraktijkvorming (bpv) als een manier om toekomstige medewerkers te "
        "werven. Bedrijven die ermee stopten, noemen slechte communicatie met de "
        "school, studenten die onvoorbereid binnenkomen en weinig invloed op wat "
        "studenten doen. Bedrijven die meepraten over het opleidingsplan en de "
        "examinering blijven twee keer zo vaak leerbedrijf. Het rapport beveelt "
        "een vaste contactpersoon op elke school aan, gezamenlijke scholing voor "
        "docenten en praktijkopleiders, en korte schriftelijke afspraken over taken "
        "en doelen per stage.",
    ),
    P(
        "early-leavers-statistics",
        "news",
        "Minder voortijdig schoolverlaters, maar verschillen blijven",
        "Het aandeel jongeren dat zonder startkwalificatie het onderwijs verlaat, "
        "daalde opnieuw. Jongens en in het buitenland geboren jongeren lopen nog "
        "altijd veel meer risico.",
        "Volgens nieuwe cijfers heeft 9,5 procent van de 18- tot 24-jarigen in de "
        "Europese Unie het onderwijs verlaten met hooguit een diploma van de "
        "onderbouw van het voortgezet onderwijs. Het Europese doel voor 2030 is "
        "minder dan 9 procent. Verschillende landen zitten daar al onder, in andere "
        "is het aandeel in tien jaar nauwelijks veranderd. Jonge mannen verlaten "
        "het onderwijs vaker voortijdig dan jonge vrouwen, en onder jongeren die "
        "buiten de EU zijn geboren is het aandeel ongeveer twee keer zo hoog. Het "
        "beroepsonderwijs speelt een dubbele rol: het houdt veel praktisch "
        "ingestelde jongeren op school, maar in sommige opleidingen is de uitval "
        "hoog.",
    ),
    P(
        "about-vet",
        "page",
        "Wat is middelbaar beroepsonderwijs?",
        "Het mbo leidt jongeren en volwassenen op voor een beroep, op school, in "
        "bedrijven en later in hun loopbaan.",
        "Het middelbaar beroepsonderwijs (mbo) geeft jongeren en volwassenen de "
        "kennis en vaardigheden die een beroep vraagt. Er zijn twee leerwegen: in "
        "de beroepsopleidende leerweg (bol) zit een student vooral op school en "
        "loopt hij stage, in de beroepsbegeleidende leerweg (bbl) werkt hij bij "
        "een leerbedrijf en gaat hij een dag per week naar school. Opleidingen "
        "hebben vier niveaus, van entree tot middenkaderopleiding. Met een diploma "
        "op niveau 4 kun je doorstromen naar het hbo. In Europa verschillen de "
        "stelsels sterk, maar overal is het doel een diploma dat werkgevers "
        "vertrouwen. Deze pagina legt de belangrijkste begrippen uit.",
    ),
    P(
        "hybrid-teachers",
        "practice",
        "Hybride docenten: half in het bedrijf, half voor de klas",
        "Vakmensen uit bedrijven geven een of twee dagen per week les op een "
        "mbo-school en brengen de nieuwste praktijk mee.",
        "Scholen in techniek en zorg hebben moeite om vacatures voor docenten te "
        "vullen, terwijl bedrijven vakmensen hebben die hun kennis graag doorgeven. "
        "Een hybride docent blijft in dienst van het bedrijf en werkt daarnaast een "
        "of twee dagen per week op school. De school zorgt voor een didactische "
        "basistraining en een vaste collega als coach. Zo komen studenten in "
        "aanraking met de nieuwste machines en werkwijzen, en leren bedrijven de "
        "studenten kennen die ze later willen aannemen. De regio heeft nu tachtig "
        "hybride docenten. Scholen en bedrijven maken vooraf afspraken over "
        "roosters, zodat lessen niet uitvallen als het druk is in het bedrijf.",
    ),
    P(
        "practice-learning-care",
        "practice",
        "Praktijkleren in de zorg: de afdeling als leeromgeving",
        "Studenten verpleegkunde en verzorging leren in teams op een "
        "leerafdeling van het ziekenhuis.",
        "Op een leerafdeling zorgen studenten van verschillende niveaus samen voor "
        "een groep patiënten, onder begeleiding van ervaren verpleegkundigen en "
        "een docent die op de afdeling aanwezig is. Eerstejaars leren van "
        "ouderejaars, en hbo-studenten coördineren het werk van mbo-studenten. "
        "Elke dag begint met een korte bespreking en eindigt met een reflectie op "
        "wat goed ging en wat beter kan. Het ziekenhuis ziet dat studenten sneller "
        "zelfstandig werken en vaker na hun diploma blijven. Ook de patiënten zijn "
        "tevreden. Inmiddels werken twaalf zorginstellingen met leerafdelingen, "
        "ook in de ouderenzorg en de gehandicaptenzorg.",
    ),
    P(
        "stap-budget",
        "news",
        "STAP-budget stopt: wat komt ervoor in de plaats?",
        "Het scholingsbudget voor werkenden en werkzoekenden verdwijnt. Het geld gaat "
        "naar sectoren en regio's.",
        "Met het STAP-budget (Stimulering Arbeidsmarktpositie) konden volwassenen "
        "jaarlijks tot 1.000 euro aanvragen voor een cursus of opleiding. De "
        "regeling was populair: binnen enkele minuten na het openen van een "
        "aanvraagronde was het geld op. Uit een evaluatie bleek echter dat vooral "
        "hoogopgeleiden er gebruik van maakten en dat veel cursussen weinig met "
        "het werk te maken hadden. Het kabinet stopt daarom met de regeling. Het "
        "geld gaat naar sectorfondsen en regionale leerwerkloketten, die "
        "scholing gerichter moeten inzetten voor mensen met een "
        "praktijkopleiding. Werkgevers- en werknemersorganisaties reageren "
        "verdeeld op het besluit.",
    ),
]

QUERIES = [
    Q(
        "bbl leerling mkb",
        "acronym",
        {"apprenticeship-support-small-firms": 2, "apprenticeship-reform": 1},
    ),
    Q("evc", "acronym", {"validation-of-prior-learning": 2}),
    Q("STAP budget", "acronym", {"stap-budget": 2}),
    Q("volwassenen onderwijs", "compound", {"second-chance-adult-learning": 2}),
    Q(
        "opleiders",
        "compound-part",
        {
            "workplace-instructor-training": 2,
            "teachers-and-trainers": 1,
            "hybrid-teachers": 1,
        },
    ),
    Q("groene vaardigheden bouw", "compound-part", {"green-skills-construction": 2}),
    Q(
        "praktijkopleider training",
        "inflection",
        {"workplace-instructor-training": 2, "teachers-and-trainers": 1},
    ),
    Q("digitale vaardigheid docent", "inflection", {"digital-skills-vet-teachers": 2}),
    Q(
        "schooluitval cijfers",
        "synonym",
        {"early-leavers-statistics": 2, "early-warning-system": 1},
    ),
    Q(
        "uitvallers terug naar school",
        "synonym",
        {"return-to-education": 2, "second-chance-adult-learning": 1},
    ),
    Q("verzium signaleren", "typo", {"early-warning-system": 2}),
    Q("praktjkleren zorg", "typo", {"practice-learning-care": 2}),
    Q(
        "loopbaanorientatie",
        "no-diacritics",
        {"guidance-days": 2, "lifelong-guidance-services": 1},
    ),
    Q("docent werkt ook in bedrijf", "multi-word-fields", {"hybrid-teachers": 2}),
    Q("maatje eerstejaars", "multi-word-fields", {"first-year-mentoring": 2}),
    Q(
        "nieuwkomers taal vakopleiding",
        "multi-word-fields",
        {"language-support-migrants": 2},
    ),
    Q("microcredentials", "english-page", {"en:micro-credentials": 2}),
    Q(
        "voorspelling vraag naar vaardigheden",
        "english-page",
        {"en:skills-forecasting": 2},
    ),
    Q(
        "individuele leerrekening",
        "english-page",
        {"en:individual-learning-accounts": 2},
    ),
    Q(
        "centra voor beroepsexcellentie",
        "english-page",
        {"en:centres-of-vocational-excellence": 2},
    ),
]
