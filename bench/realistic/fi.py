"""Finnish pages and queries of the realistic judged set."""

from bench.realistic.judged import JudgedPage as P
from bench.realistic.judged import JudgedQuery as Q

PAGES = [
    P(
        "apprenticeship-support-small-firms",
        "practice",
        "Oppisopimuksella ensimmäinen työntekijä pienyritykseen",
        "Alueellinen palvelu auttaa pieniä yrityksiä palkkaamaan "
        "oppisopimusopiskelijan "
        "ja tukee työpaikkaa koko koulutuksen ajan.",
        "Moni pienyrittäjä haluaisi kouluttaa uuden osaajan itse, mutta epäröi, koska "
        "oppisopimuksen tekeminen tuntuu työläältä. Palvelussa jokainen yritys saa "
        "oman yhteyshenkilön, joka käy läpi oppisopimusta koskevat asiat, laatii "
        "yhdessä oppilaitoksen kanssa henkilökohtaisen osaamisen "
        "kehittämissuunnitelman "
        "ja vierailee työpaikalla ensimmäisten kuukausien aikana. Tarvittaessa "
        "yrittäjä voi lainata kokeneen työpaikkaohjaajan suuremmasta yrityksestä. "
        "Kokeilun aikana 140 yritystä palkkasi ensimmäisen opiskelijansa "
        "oppisopimuksella, useimmat ravintola-, autokorjaamo- ja kampaamoalalla. "
        "Tuetuista opiskelijoista selvästi useampi suoritti tutkinnon loppuun kuin "
        "yrityksissä, joilla yhteyshenkilöä ei ollut. Monet yrittäjät ovat jo ottaneet "
        "toisenkin oppisopimusopiskelijan. Palvelu jatkuu ensi vuonna kolmessa uudessa "
        "maakunnassa.",
    ),
    P(
        "early-warning-system",
        "practice",
        "Poissaoloihin puututaan viikon sisällä",
        "Oppilaitokset seuraavat poissaoloja ja opintojen etenemistä, jotta "
        "keskeyttämisriski huomataan ajoissa.",
        "Opintojen keskeyttäminen ei yleensä tapahdu yhtäkkiä. Ensin opiskelija jää "
        "pois tunneilta, sitten rästejä kertyy ja yhteys ryhmään heikkenee. Tässä "
        "mallissa ryhmänohjaaja tarkistaa poissaolot joka perjantai. Jos opiskelija "
        "on ollut poissa yli kolme päivää kuukaudessa tai hylätty kahdesta "
        "osaamisen näytöstä, hänen kanssaan sovitaan tapaaminen viikon sisällä. "
        "Keskustelussa etsitään pieniä ratkaisuja: muutettu lukujärjestys, "
        "tukiopetusta matematiikassa tai aika kuraattorille. Henkilöstö on "
        "koulutettu puhumaan nuorten kanssa eikä heistä. Kolmessa vuodessa "
        "keskeyttäneiden osuus laski 14 prosentista yhdeksään, ja opiskelijat "
        "kertovat kokevansa, että heistä välitetään. Malli on otettu käyttöön jo "
        "yhdeksässä oppilaitoksessa, ja sen materiaalit ovat kaikkien käytettävissä.",
    ),
    P(
        "guidance-days",
        "event",
        "Ohjauksen päivät 2027",
        "Kaksipäiväinen tapahtuma opinto-ohjaajille, opettajille ja työnantajille "
        "nuorten ammatinvalinnan tukemisesta.",
        "Valtakunnalliset ohjauksen päivät kokoavat yhteen kaikki, jotka neuvovat "
        "nuoria ja aikuisia koulutus- ja uravalinnoissa. Tänä vuonna teemana ovat "
        "käsityö- ja rakennusalojen ammatit, joissa työvoimapula on suurin ja joista "
        "nuoret tietävät vähiten. Ohjaajat pääsevät kokeilemaan uusia digitaalisia "
        "työkaluja ammattien tutkimiseen ja kuulevat, miten yritykset järjestävät "
        "tutustumispäiviä. Lisäksi keskustellaan siitä, miten ohjauksessa kohdataan "
        "vanhemmat, jotka epäilevät ammatillisen koulutuksen arvoa. Toisena päivänä "
        "vieraillaan oppilaitosten työsaleissa. Osallistuminen on maksutonta, mutta "
        "paikkoja on 120. Ilmoittautuminen päättyy 15. maaliskuuta. Ohjelma ja "
        "puhujat päivitetään tälle sivulle helmikuun aikana, ja osa esityksistä "
        "striimataan verkkoon.",
    ),
    P(
        "validation-of-prior-learning",
        "page",
        "Osaamisen tunnistaminen ja tunnustaminen",
        "Aiemmin hankittu osaaminen voidaan hyväksyä osaksi tutkintoa, vaikka se "
        "olisi opittu työssä tai harrastuksissa.",
        "Ihmiset oppivat paljon muuallakin kuin koulussa: työssä, järjestötoiminnassa "
        "ja arjessa. Aiemmin hankitun osaamisen tunnistaminen ja tunnustaminen "
        "(AHOT) tekee tämän osaamisen näkyväksi. Ammatillisessa koulutuksessa "
        "opiskelijan kanssa selvitetään heti alussa, mitä hän jo osaa, ja osaaminen "
        "kirjataan henkilökohtaiseen suunnitelmaan. Jos osaaminen vastaa tutkinnon "
        "perusteita, opiskelija voi osoittaa sen näytössä ilman, että hänen "
        "tarvitsee käydä samoja opintoja uudelleen. Näin opiskeluaika lyhenee. "
        "Ohjaus on tärkeää, koska moni aikuinen aliarvioi omat taitonsa. Sivulta "
        "löydät eurooppalaiset suositukset ja esimerkkejä eri maista. Lisäksi "
        "kerromme, miten tunnustaminen toimii korkeakouluissa ja vapaassa "
        "sivistystyössä.",
    ),
    P(
        "workplace-instructor-training",
        "practice",
        "Työpaikkaohjaajakoulutus verkossa ja lähiopetuksena",
        "Lyhyt koulutus antaa opiskelijoita työpaikalla ohjaaville työntekijöille "
        "välineet suunnitteluun, palautteeseen ja arviointiin.",
        "Työelämässä oppiminen onnistuu vain, jos työpaikalla on joku, joka ehtii ja "
        "osaa ohjata. Useimmat työpaikkaohjaajat ovat kuitenkin alansa ammattilaisia "
        "eivätkä ole koskaan opiskelleet ohjaamista. Oppilaitosten ja "
        "työnantajajärjestöjen yhdessä järjestämässä koulutuksessa käsitellään "
        "tehtävien suunnittelua, palautteen antamista, ristiriitatilanteita ja "
        "osaamisen arviointia. Osallistujat tuovat mukanaan oikean opiskelijan "
        "suunnitelman ja kehittävät sitä koulutuksen aikana. Työpaikkaohjaajien "
        "koulutus järjestetään iltaisin, jotta kenenkään ei tarvitse olla pois "
        "tuotannosta kokonaisia päiviä. Oppilaitokset kertovat, että koulutetun "
        "ohjaajan jaksot keskeytyvät harvemmin. Koulutuksesta saa todistuksen, ja "
        "sen voi suorittaa myös osissa.",
    ),
    P(
        "green-skills-construction",
        "news",
        "Rakennusala tarvitsee vihreää osaamista",
        "Tuoreen selvityksen mukaan rakennusyritysten on vaikea löytää työntekijöitä, "
        "jotka osaavat asentaa lämpöpumppuja ja korjata vanhoja taloja "
        "energiatehokkaiksi.",
        "Asuntokannan energiaremontit vaativat Euroopassa satojatuhansia osaavia "
        "tekijöitä. Selvityksen mukaan kahdella kolmesta rakennusyrityksestä on jo "
        "avoimia työpaikkoja, joissa tarvitaan vihreitä taitoja, kuten "
        "aurinkopaneelien asennusta, lämpöpumppujen asennusta tai purkujätteen "
        "lajittelua uudelleenkäyttöön. Ammatilliset oppilaitokset uudistavat "
        "opetustaan, mutta opettajien mukaan laitteet ovat kalliita ja muuttuvat "
        "nopeasti. Tekijät suosittelevat lyhyitä täydennyskoulutuksia alalla jo "
        "työskenteleville, tiiviimpää yhteistyötä valmistajien kanssa ja kestävän "
        "kehityksen sisällyttämistä jokaiseen rakennusalan tutkintoon. Selvitys "
        "kattaa kaksitoista maata. Sen mukaan pula on suurinta sähkö- ja "
        "LVI-asentajista, ja eniten uutta osaamista tarvitaan korjausrakentamisessa. "
        "Koko raportti on luettavissa julkaisusivullamme.",
    ),
    P(
        "digital-skills-vet-teachers",
        "practice",
        "Ammatillisten opettajien digitaidot kuntoon",
        "Opettajat kehittävät digiosaamistaan lyhyissä verkkomoduuleissa ja jakavat "
        "kokemuksiaan kollegoille.",
        "Koronakevät pakotti monet ammatilliset opettajat siirtämään käytännön "
        "opetuksen verkkoon muutamassa päivässä, ja erot digitaalisessa osaamisessa "
        "tulivat näkyviin. Nyt opettajat arvioivat ensin itse omat taitonsa ja "
        "valitsevat sen jälkeen sopivat moduulit. Aiheina ovat esimerkiksi "
        "opetusvideoiden kuvaaminen, simulaattorien käyttö, verkossa arviointi ja "
        "opiskelijoiden tietosuoja. Yksi moduuli vie noin kaksi tuntia. Jokaisessa "
        "oppilaitoksessa toimii digitutor, joka auttaa kokeilemaan uusia välineitä "
        "omilla tunneilla. Vuoden jälkeen opettajat kertoivat olevansa "
        "varmempia, ja opiskelijoiden mielestä tunnit olivat monipuolisempia. "
        "Moduulit ovat vapaasti käytettävissä avoimella lisenssillä, ja niitä "
        "päivitetään kahdesti vuodessa.",
    ),
    P(
        "teachers-and-trainers",
        "page",
        "Opettajat ja kouluttajat ammatillisessa koulutuksessa",
        "Ammatillisten opettajien ja työpaikkojen kouluttajien osaamista on "
        "kehitettävä koko työuran ajan.",
        "Ammatillinen koulutus nojaa kahteen ammattikuntaan: oppilaitosten "
        "opettajiin ja työpaikoilla opiskelijoita ohjaaviin kouluttajiin. "
        "Opettajalta vaaditaan sekä pedagogista osaamista että ajantasaista "
        "ammattitaitoa. Työpaikkaohjaajat puolestaan ovat kokeneita työntekijöitä, "
        "jotka opastavat opiskelijaa työn lomassa. Molempia ryhmiä haastavat "
        "teknologian nopea muutos, yhä erilaisemmat opiskelijat ja uudet tehtävät, "
        "kuten ohjaus ja osaamisen tunnustaminen. Täydennyskoulutus, "
        "opettajien työelämäjaksot ja yhteiset verkostot pitävät osaamisen "
        "ajan tasalla. Tälle sivulle on koottu tutkimuksemme opettajan ammatista, "
        "maakohtaisia esimerkkejä sekä 4 000 opettajan ja kouluttajan kyselyn "
        "tulokset. "
        "Kyselyn mukaan eniten koulutusta toivotaan digitaalisiin välineisiin ja "
        "erityistä tukea tarvitsevien opiskelijoiden ohjaukseen.",
    ),
    P(
        "second-chance-adult-learning",
        "practice",
        "Aikuisena ammattiin työn ohessa",
        "Aikuiset opiskelijat suorittavat ammatillisen tutkinnon, joka nuorena jäi "
        "kesken, työn ja perheen rinnalla.",
        "Joka viidenneltä aikuiselta puuttuu toisen asteen tutkinto. Useimmat heistä "
        "käyvät töissä ja heillä on perhe, joten päätoiminen opiskelu ei ole "
        "mahdollista. Ohjelmassa opiskellaan iltaisin ja viikonloppuisin, osin "
        "omalla työpaikalla, ja työssä hankittu osaaminen tunnustetaan. "
        "Henkilökohtaisen suunnitelman ansiosta kokenut lähihoitajan tehtävissä "
        "toiminut aikuinen saattaa tarvita vain muutaman tutkinnon osan. Jokaisella "
        "aikuisopiskelijalla on valmentaja, joka auttaa jaksamisessa ja käytännön "
        "asioissa, kuten lastenhoidon järjestämisessä. Yli 600 aikuista on "
        "aloittanut opinnot, ja kolme neljästä on jo suorittanut tutkinnon. Moni on "
        "siirtynyt paremmin palkattuun työhön.",
    ),
    P(
        "lifelong-guidance-services",
        "page",
        "Elinikäinen ohjaus",
        "Tietoa, neuvontaa ja ohjausta, jotka auttavat kaikenikäisiä tekemään "
        "koulutukseen ja työhön liittyviä valintoja.",
        "Uravalintoja ei tehdä kerran elämässä. Nuori valitsee oppilaitoksen, "
        "aikuinen vaihtaa työtä, kouluttautuu uudelleen tai palaa opiskelemaan "
        "tauon jälkeen. Elinikäinen ohjaus tukee ihmistä näissä käänteissä: se "
        "tarjoaa tietoa ammateista ja koulutuksista, neuvontaa vaihtoehdoista ja "
        "pidempää uraohjausta niille, jotka sitä tarvitsevat. Ohjauspalveluja "
        "tarjoavat oppilaitokset, TE-palvelut, aikuiskoulutuskeskukset ja yhä "
        "useammin verkkopalvelut. Hyvä ohjaus on puolueetonta, maksutonta tai "
        "edullista ja tavoittaa myös ne, jotka eivät itse osaa pyytää apua. "
        "Sivulla kerrotaan ohjausjärjestelmistä Euroopassa ja urasuunnittelutaitoja "
        "koskevasta työstämme. Mukana on myös esimerkkejä siitä, miten ohjauksen "
        "vaikuttavuutta on mitattu eri maissa.",
    ),
    P(
        "apprenticeship-reform",
        "news",
        "Oppisopimuskoulutuksen rahoitus uudistuu",
        "Eduskunta hyväksyi lain, jonka mukaan oppisopimusopiskelijoille maksetaan "
        "vähimmäispalkkaa ja työnantaja saa bonuksen valmistuneesta opiskelijasta.",
        "Kahden vuoden keskustelun jälkeen tiistaina hyväksytty laki muuttaa "
        "oppisopimusten rahoitusta. Ensi syyskuusta alkaen opiskelijalle maksetaan "
        "ensimmäisenä vuonna vähintään kuusikymmentä prosenttia "
        "vähimmäispalkasta, ja osuus kasvaa myöhempinä vuosina. Työnantaja saa "
        "koulutuskorvauksen sijaan bonuksen, kun opiskelija suorittaa tutkinnon. "
        "Uudistus mahdollistaa myös yli 25-vuotiaiden oppisopimukset aiempaa "
        "joustavammin. Ammattiliitot pitävät palkkasäännöksiä hyvänä, "
        "työnantajajärjestöt taas vaativat pienyrityksille kevyempää paperityötä. "
        "Ministeriö arvioi, että oppisopimuksella opiskelevien määrä kasvaa "
        "neljänneksellä viidessä vuodessa. Laki tulee voimaan 1. syyskuuta, ja "
        "siirtymäaika jo alkaneille oppisopimuksille on kaksi vuotta. Tarkemmat ohjeet "
        "julkaistaan kesällä.",
    ),
    P(
        "early-leaving-webinar",
        "event",
        "Webinaari: keinoja opintojen keskeyttämisen ehkäisyyn",
        "Käytännön toimijat esittelevät kolme hyväksi havaittua tapaa tukea "
        "opiskelijoita jatkamaan ammatillisia opintojaan.",
        "Tunnin mittainen verkkoseminaari on tarkoitettu opettajille, "
        "oppilaitosjohdolle, opinto-ohjaajille ja päättäjille. Puhujat kertovat "
        "keinoista, joiden vaikutuksia on arvioitu: ensimmäisen vuoden opiskelijoiden "
        "mentoroinnista, joustavasta polusta, jolla opiskelija voi vaihtaa alaa "
        "aloittamatta alusta, sekä oppilaitosten ja nuorisotyön yhteistyöstä niiden "
        "nuorten tavoittamiseksi, jotka eivät enää tule kouluun. Jokaisen "
        "puheenvuoron jälkeen on aikaa kysymyksille. Tallenne julkaistaan tällä "
        "sivulla. Osallistuminen on maksutonta, ja linkki lähetetään "
        "ilmoittautuneille. Webinaari kuuluu osallistavaa koulutusta käsittelevään "
        "sarjaamme. Aiempien webinaarien tallenteet löytyvät sarjan sivulta, ja "
        "kysymyksiä voi lähettää etukäteen ilmoittautumisen yhteydessä. Seuraava "
        "webinaari järjestetään syksyllä.",
    ),
    P(
        "first-year-mentoring",
        "practice",
        "Vertaistutorit tukevat uusia opiskelijoita",
        "Kokeneemmat opiskelijat auttavat aloittavia ryhmiä ensimmäisinä "
        "kuukausina, jolloin keskeyttämisen riski on suurimmillaan.",
        "Ensimmäiset kuukaudet uudessa oppilaitoksessa ratkaisevat paljon. Jos "
        "kavereita ei löydy tai iso kampus tuntuu sekavalta, opinnot jäävät "
        "helposti kesken jo ennen kesää. Toisen ja kolmannen vuoden opiskelijat "
        "toimivat vapaaehtoisina vertaistutoreina. Kullakin tutorilla on neljästä "
        "viiteen saman alan aloittajaa, joita hän tapaa viikoittain ja joille hän "
        "näyttää työsalit, ruokalan ja paikat, joista saa apua. Tutorit "
        "koulutetaan kuuntelemaan ja tunnistamaan, milloin on syytä kääntyä "
        "opettajan puoleen. Tutoroinnista saa opintopisteitä. Tutoroitujen "
        "joukossa keskeyttäjiä oli vähemmän, ja tutorit kertoivat oman "
        "itseluottamuksensa kasvaneen. Malli on helppo ottaa käyttöön, koska se ei "
        "vaadi lisää henkilöstöä.",
    ),
    P(
        "return-to-education",
        "practice",
        "Etsivä nuorisotyö tuo keskeyttäneet takaisin opintoihin",
        "Nuorisotyöntekijät ottavat yhteyttä nuoriin, jotka ovat jääneet ilman "
        "tutkintoa, ja auttavat heitä palaamaan koulutukseen.",
        "Joka vuosi osa nuorista katoaa ammatillisen oppilaitoksen kirjoista ilman "
        "uutta opiskelupaikkaa. Kunta saa tiedon keskeyttäneistä, ja etsivä "
        "nuorisotyöntekijä ottaa kuhunkin yhteyttä kuukauden sisällä puhelimella, "
        "somessa tai kotikäynnillä. Ensimmäisissä tapaamisissa puhutaan nuoren "
        "elämäntilanteesta eikä koulusta. Monella on velkoja, terveysongelmia tai "
        "asunto puuttuu. Kun nuori on valmis, hän voi aloittaa lyhyen valmentavan "
        "jakson, jossa tehdään käytännön töitä pajalla ja vahvistetaan "
        "perustaitoja. Sen jälkeen hän hakeutuu uudelleen ammatilliseen "
        "koulutukseen, usein eri alalle. Kaksi kolmesta tavoitetusta palaa vuoden "
        "sisällä opintoihin tai työhön. Työtä rahoittavat kunta ja valtio yhdessä.",
    ),
    P(
        "language-support-migrants",
        "practice",
        "Suomen kieltä opitaan ammattiopintojen lomassa",
        "Maahan muuttaneet opiskelijat oppivat suomea samalla, kun he opiskelevat "
        "ammattiin.",
        "Jos ammattiopintoihin pääsee vasta, kun kieli on hallussa, moni maahan "
        "muuttanut aikuinen odottaa työtä vuosia. Tässä mallissa kieltä ja "
        "ammattia opetetaan yhdessä. Suomi toisena kielenä -opettaja ja "
        "ammatillinen opettaja suunnittelevat tunnit yhdessä ja opettavat joskus "
        "samassa työsalissa. Opiskelijat harjoittelevat juuri niitä sanoja, joita "
        "työssä tarvitaan, työturvallisuusohjeista asiakaspalveluun. Kirjalliset "
        "tehtävät pidetään lyhyinä ja käytännönläheisinä. Koulutuksia järjestetään "
        "puhdistuspalveluissa, logistiikassa, hoitoalalla ja ravintola-alalla. "
        "Opiskelijat pääsevät työssäoppimisjaksoille kuukausia aiemmin kuin "
        "erillisillä kielikursseilla, ja työnantajien mukaan väärinkäsityksiä on "
        "vähemmän. Malli on laajenemassa myös rakennusalalle ja kiinteistöhuoltoon, "
        "joissa kielitaidon puute on ollut suurin este työllistymiselle.",
    ),
    P(
        "work-based-learning-survey",
        "news",
        "Kysely: yritykset haluavat enemmän sananvaltaa työelämässä oppimiseen",
        "Työnantajat ottaisivat enemmän opiskelijoita, jos oppilaitokset ottaisivat "
        "ne mukaan suunnitteluun ja arviointiin.",
        "Viime keväänä tehtyyn kyselyyn vastasi 2 300 yritystä. Niiltä kysyttiin, "
        "miksi ne ottavat tai eivät ota ammatillisen koulutuksen opiskelijoita "
        "työpaikalle oppimaan. Useimmat näkevät työpaikalla tapahtuvan oppimisen "
        "keinona rekrytoida tulevia työntekijöitä. Ne, jotka ovat lopettaneet, "
        "mainitsevat heikon yhteydenpidon oppilaitokseen, huonosti valmistautuneet "
        "opiskelijat ja vähäiset vaikutusmahdollisuudet. Yritykset, jotka "
        "osallistuvat koulutussopimuksen laatimiseen ja näyttöjen arviointiin, "
        "jatkavat kaksi kertaa todennäköisemmin. Raportti suosittelee jokaiseen "
        "oppilaitokseen nimettyä yhteyshenkilöä ja opettajien ja "
        "työpaikkaohjaajien yhteistä koulutusta. Lisäksi jokaisesta jaksosta "
        "pitäisi sopia lyhyesti kirjallisesti, mitä opiskelija tekee ja mitä hänen "
        "on tarkoitus oppia.",
    ),
    P(
        "early-leavers-statistics",
        "news",
        "Koulutuksen varhain päättäneitä yhä vähemmän",
        "Ilman toisen asteen tutkintoa koulutuksen jättäneiden nuorten osuus laski "
        "EU:ssa, mutta pojat ja ulkomailla syntyneet ovat yhä suuremmassa vaarassa.",
        "Uusien lukujen mukaan 9,5 prosenttia EU:n 18–24-vuotiaista on jättänyt "
        "koulutuksen perusasteen varaan. Vuoden 2030 tavoite on alle yhdeksän "
        "prosenttia. Useat maat ovat jo saavuttaneet sen, mutta joissakin osuus on "
        "pysynyt lähes samana kymmenen vuotta. Nuoret miehet jättävät koulutuksen "
        "kesken useammin kuin nuoret naiset, ja EU:n ulkopuolella syntyneillä osuus "
        "on noin kaksinkertainen. Ammatillisella koulutuksella on kaksoisrooli: se "
        "pitää monet käytännönläheiset nuoret koulutuksessa, mutta joillakin aloilla "
        "keskeyttäminen on yleistä. Analyysimme käy luvut läpi maittain ja vertaa "
        "niitä kymmenen vuoden takaiseen tilanteeseen. Suomen luvut ovat EU:n "
        "keskitasoa parempia.",
    ),
    P(
        "about-vet",
        "page",
        "Mitä ammatillinen koulutus on?",
        "Ammatillinen koulutus valmistaa nuoria ja aikuisia työelämän tehtäviin "
        "oppilaitoksissa, työpaikoilla ja koko työuran ajan.",
        "Ammatillisessa koulutuksessa hankitaan tietoja, taitoja ja osaamista, joita "
        "tietyissä ammateissa tarvitaan. Perustutkintoon johtava koulutus on "
        "toisen asteen koulutusta, jota järjestetään oppilaitoksissa, työpaikoilla "
        "tai molemmissa. Ammatti- ja erikoisammattitutkinnot sekä "
        "täydennyskoulutus auttavat aikuisia päivittämään osaamistaan tai "
        "vaihtamaan alaa. Euroopan maiden järjestelmät eroavat paljon: joissakin "
        "maissa suurin osa opiskelee oppisopimuksella, toisissa lähes kaikki "
        "opiskelevat oppilaitoksessa ja käyvät jaksoilla yrityksissä. Yhteistä on "
        "tavoite tutkinnoista, joihin työnantajat luottavat ja joiden jälkeen voi "
        "jatkaa korkeakouluun. Sivu selittää keskeiset käsitteet ja ohjaa "
        "maakohtaisiin kuvauksiin. Lisäksi löydät tilastoja siitä, kuinka moni "
        "nuori valitsee ammatillisen koulutuksen eri maissa.",
    ),
    P(
        "continuous-learning-service",
        "page",
        "Jatkuvan oppimisen ja työllisyyden palvelukeskus",
        "JOTPA rahoittaa lyhyitä koulutuksia työikäisille aloille, joilla on "
        "osaajapula.",
        "Jatkuvan oppimisen ja työllisyyden palvelukeskus (JOTPA) aloitti "
        "toimintansa vuonna 2021 Opetushallituksen yhteydessä. Sen tehtävänä on "
        "vahvistaa työikäisten mahdollisuuksia kehittää osaamistaan ja vastata "
        "alueiden ja toimialojen työvoimatarpeisiin. Palvelukeskus rahoittaa "
        "lyhytkestoisia koulutuksia, kuten hitsauksen, hoiva-alan ja "
        "ohjelmistokehityksen täsmäkoulutuksia, ja tukee ohjauspalvelujen "
        "kehittämistä. Koulutukset on suunnattu erityisesti niille, joiden "
        "osaaminen on vanhentumassa tai jotka vaihtavat alaa. Rahoitushaut "
        "julkaistaan palvelukeskuksen sivuilla. Sivulla kerrotaan myös, miten "
        "palvelukeskus arvioi, ovatko koulutukset johtaneet työllistymiseen ja "
        "millaista palautetta osallistujat ovat antaneet. Vuonna 2024 rahoitusta sai "
        "yli 200 koulutusta eri puolilla Suomea, ja niihin osallistui noin "
        "kymmenentuhatta työikäistä.",
    ),
    P(
        "entrepreneurship-in-vet",
        "practice",
        "Yrittäjyys osaksi ammatillisia opintoja",
        "Opiskelijat perustavat harjoitusyrityksen ja myyvät omia tuotteitaan ja "
        "palvelujaan oikeille asiakkaille.",
        "Moni ammatillisen koulutuksen opiskelija työllistää itsensä valmistumisen "
        "jälkeen, esimerkiksi kampaajana, rakentajana tai kuvaajana. Siksi "
        "yrittäjyyden perusteet kuuluvat kaikille. Mallissa opiskelijat perustavat "
        "pienissä ryhmissä harjoitusyrityksen lukuvuoden ajaksi, laativat "
        "liiketoimintasuunnitelman, hinnoittelevat palvelunsa ja myyvät niitä "
        "oikeille asiakkaille oppilaitoksen myymälässä ja verkossa. Paikalliset "
        "yrittäjät toimivat kummeina ja kommentoivat suunnitelmia. Lukuvuoden "
        "lopuksi ryhmät esittelevät tuloksensa messuilla. Osa harjoitusyrityksistä "
        "on jatkanut oikeina yrityksinä, ja opiskelijoiden mukaan yrittäjyys "
        "tuntuu nyt realistiselta vaihtoehdolta palkkatyölle. Mallia kokeillaan "
        "ensi vuonna myös aikuiskoulutuksessa, jossa moni opiskelija suunnittelee "
        "jo valmiiksi oman yrityksen perustamista.",
    ),
    P(
        "student-wellbeing",
        "page",
        "Opiskeluhuolto ammatillisessa oppilaitoksessa",
        "Kuraattori, psykologi ja terveydenhoitaja tukevat opiskelijan hyvinvointia, "
        "jotta opinnot sujuvat.",
        "Hyvinvointi ja opinnoissa menestyminen kulkevat käsi kädessä. "
        "Ammatillisissa oppilaitoksissa opiskelijoilla on oikeus maksuttomaan "
        "opiskeluhuoltoon, johon kuuluvat terveydenhoitajan, kuraattorin ja "
        "psykologin palvelut. Palveluihin voi hakeutua itse, tai opettaja voi "
        "ohjata opiskelijan niiden piiriin, kun huoli herää. Yhteisöllinen "
        "opiskeluhuolto puolestaan tarkoittaa koko oppilaitoksen hyvinvointia "
        "edistävää työtä, kuten kiusaamisen ehkäisyä ja yhteisiä tapahtumia. "
        "Tutkimusten mukaan mielenterveyden ongelmat ovat yksi yleisimmistä "
        "syistä opintojen keskeyttämiseen, joten matalan kynnyksen tuki on tärkeää. "
        "Sivulla on linkkejä oppaisiin ja tutkimuksiin sekä yhteystiedot "
        "valtakunnallisiin tukipalveluihin. Opiskelijat voivat myös varata ajan "
        "chatin kautta.",
    ),
]

QUERIES = [
    Q(
        "oppisopimus pienyritys",
        "inflection",
        {"apprenticeship-support-small-firms": 2, "apprenticeship-reform": 1},
    ),
    Q(
        "oppisopimuksen palkka",
        "inflection",
        {"apprenticeship-reform": 2, "apprenticeship-support-small-firms": 1},
    ),
    Q(
        "keskeyttämisen ehkäisy webinaari",
        "inflection",
        {"early-leaving-webinar": 2, "early-warning-system": 1},
    ),
    Q("ohjauspäivät", "compound", {"guidance-days": 2}),
    Q(
        "ohjaajien koulutus",
        "compound-part",
        {"workplace-instructor-training": 2, "teachers-and-trainers": 1},
    ),
    Q("lämpöpumppu", "compound-part", {"green-skills-construction": 2}),
    Q(
        "koulupudokkaat",
        "synonym",
        {
            "return-to-education": 2,
            "early-warning-system": 1,
            "early-leavers-statistics": 1,
        },
    ),
    Q(
        "työssäoppiminen yritykset",
        "synonym",
        {"work-based-learning-survey": 2, "workplace-instructor-training": 1},
    ),
    Q("AHOT", "acronym", {"validation-of-prior-learning": 2}),
    Q("JOTPA", "acronym", {"continuous-learning-service": 2}),
    Q("yritäjyys", "typo", {"entrepreneurship-in-vet": 2}),
    Q("vertaistuutorit", "typo", {"first-year-mentoring": 2}),
    Q("vihreat taidot rakennusala", "no-diacritics", {"green-skills-construction": 2}),
    Q(
        "tyopaikkaohjaaja koulutus",
        "no-diacritics",
        {"workplace-instructor-training": 2, "teachers-and-trainers": 1},
    ),
    Q(
        "opettajien digitaidot verkkomoduulit",
        "multi-word-fields",
        {"digital-skills-vet-teachers": 2},
    ),
    Q(
        "maahanmuuttajat suomen kieli ammatti",
        "multi-word-fields",
        {"language-support-migrants": 2},
    ),
    Q("mikrotutkinnot", "english-page", {"en:micro-credentials": 2}),
    Q("osaamistarpeiden ennakointi", "english-page", {"en:skills-forecasting": 2}),
    Q(
        "ammatillisen koulutuksen huippuyksiköt",
        "english-page",
        {"en:centres-of-vocational-excellence": 2},
    ),
    Q(
        "henkilökohtainen koulutustili",
        "english-page",
        {"en:individual-learning-accounts": 2},
    ),
]
