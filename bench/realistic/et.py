"""Estonian pages and queries of the realistic judged set."""

from bench.realistic.judged import JudgedPage as P
from bench.realistic.judged import JudgedQuery as Q

PAGES = [
    P(
        "apprenticeship-support-small-firms",
        "practice",
        "Õpipoisiõppega esimene töötaja väikeettevõttesse",
        "Piirkondlik tugiteenus aitab väikeettevõtetel võtta tööle esimese "
        "õpipoisi ja toetab neid kuni lõpueksamini.",
        "Paljud väikeettevõtjad tahaksid ise uut töötajat välja õpetada, kuid "
        "kardavad paberimajandust ja seda, kui palju aega õppija esimestel kuudel "
        "vajab. Tugiteenuse kaudu saab iga ettevõte endale nõustaja, kes selgitab "
        "õpipoisiõppe lepingut, lepib koos kutsekooliga kokku õppekava ja külastab "
        "töökohta esimesel poolaastal kaks korda. Vajaduse korral saab ettevõte "
        "laenata kogenud juhendaja mõnelt suuremalt naaberettevõttelt. Katse ajal "
        "võttis 140 ettevõtet esimest korda tööle õpipoisi, enamik neist "
        "toitlustuses, autoremondis ja juuksurinduses. Toetatud õpipoisid "
        "lõpetasid õpingud sagedamini kui need, kelle ettevõttel nõustajat polnud, "
        "ja mitu ettevõtjat on juba võtnud ka teise õppija. Järgmisel aastal "
        "laieneb teenus kolme uude maakonda.",
    ),
    P(
        "early-warning-system",
        "practice",
        "Puudumistele reageeritakse nädala jooksul",
        "Kutsekoolid jälgivad puudumisi ja õpitulemusi, et märgata õpingute "
        "katkestamise ohtu varakult.",
        "Õpingute katkestamine ei juhtu tavaliselt üleöö. Enne seda jääb õppija "
        "tundidest eemale, võlgnevused kogunevad ja side rühmaga nõrgeneb. Selles "
        "mudelis vaatab rühmajuhendaja puudumised üle igal reedel. Kui õppija on "
        "kuu jooksul puudunud üle kolme päeva või jäänud kahes hindamises "
        "arvestuseta, kohtub ta juhendajaga seitsme päeva jooksul. Koos lepitakse "
        "kokku väikestes sammudes, näiteks muudetud tunniplaanis, lisatunnis "
        "matemaatikas või kohtumises sotsiaalpedagoogiga. Eesmärk ei ole "
        "kontroll: töötajad õppisid rääkima noortega, mitte nende üle. Kolme "
        "aastaga langes katkestajate osakaal 14 protsendilt üheksale, ja "
        "õppijate sõnul tunnevad nad nüüd, et neist hoolitakse.",
    ),
    P(
        "guidance-days",
        "event",
        "Karjäärinõustamise päevad 2027",
        "Kahepäevane üritus karjäärispetsialistidele, õpetajatele ja tööandjatele "
        "noorte kutsevaliku toetamisest.",
        "Iga-aastased karjäärinõustamise päevad toovad kokku kõik, kes aitavad noori "
        "ja täiskasvanuid õppimise ja töö valikul. Sel aastal on keskmes oskustööd "
        "ja ehitusvaldkond, kus tööjõupuudus on suurim ja noored teavad ametitest "
        "kõige vähem. Osalejad proovivad uusi veebipõhiseid vahendeid ametite "
        "tutvustamiseks, kuulevad, kuidas ettevõtted korraldavad töövarjupäevi, ja "
        "arutavad, kuidas rääkida lapsevanematega, kes kahtlevad kutsehariduse "
        "väärtuses. Teisel päeval külastatakse kutsekoolide õppetöökodasid: "
        "ehitus, elektripaigaldus ja keevitus. Osalemine on tasuta, kuid kohti on "
        "120. Registreerimine lõpeb 15. märtsil. Kava ja esinejad avaldatakse sellel "
        "lehel veebruaris.",
    ),
    P(
        "validation-of-prior-learning",
        "page",
        "VÕTA ehk varasemate õpingute ja töökogemuse arvestamine",
        "Kuidas tööl, vabatahtlikuna või mujal omandatud teadmisi ja oskusi "
        "arvestada õpingute osana.",
        "Inimesed õpivad palju ka väljaspool klassiruumi: tööl, huviringis, "
        "lähedasi hooldades või vabatahtlikuna. Varasemate õpingute ja "
        "töökogemuse arvestamine (VÕTA) teeb selle õppimise nähtavaks. Taotleja "
        "kirjeldab, mida ta oskab, kogub tõendid portfoolioks ning hindaja võrdleb "
        "neid õppekava või kutsestandardi nõuetega. Kui kogemus vastab nõuetele, "
        "võib õppija saada mooduli arvestatud ilma seda uuesti läbimata, mis "
        "lühendab õpinguid. Kutseõppeasutustes saab VÕTA taotluse esitada kogu "
        "õppeaja jooksul. Nõustamine on oluline, sest paljud täiskasvanud "
        "alahindavad oma oskusi. Sellelt lehelt leiate Euroopa suunised ja "
        "riikide näited ning kontaktid, kust küsida nõu VÕTA taotluse koostamiseks.",
    ),
    P(
        "workplace-instructor-training",
        "practice",
        "Ettevõttepoolsete juhendajate koolitus",
        "Lühikoolitus annab töökohal õppijaid juhendavatele töötajatele oskused "
        "praktika planeerimiseks, tagasiside andmiseks ja hindamiseks.",
        "Töökohapõhine õpe on nii hea kui inimene, kes õppijat ettevõttes juhendab. "
        "Enamik töökohajuhendajaid on aga oma ala spetsialistid, keda pole kunagi "
        "õpetatud teisi õpetama. Kutsekoolide ja tööandjate liitude ühiselt "
        "korraldatud kolmepäevasel koolitusel õpitakse valima õppekavaga sobivaid "
        "ülesandeid, andma tagasisidet, lahendama konflikte ja hindama oskusi "
        "töökohal. Iga osaleja toob kaasa ühe päris õppija praktikakava ja "
        "täiendab seda koolituse käigus. Koolitus toimub õhtuti, veebis või "
        "kohapeal, nii et juhendajad ei pea tootmisest terveid päevi eemal olema. "
        "Koolid märkavad, et koolitatud juhendajaga praktikad katkevad harvemini, "
        "ning ettevõtted hindavad saadud tunnistust.",
    ),
    P(
        "green-skills-construction",
        "news",
        "Ehitussektor vajab rohelisi oskusi",
        "Uuringu järgi on ehitusettevõtetel raske leida töötajaid, kes oskavad "
        "paigaldada soojuspumpasid ja renoveerida vanu maju energiatõhusaks.",
        "Euroopa elamufondi energiatõhusaks muutmiseks on vaja sadu tuhandeid "
        "oskustöötajaid. Sel nädalal avaldatud uuringu kohaselt on kahel "
        "ehitusettevõttel kolmest juba vabu töökohti, kus nõutakse rohelisi "
        "oskusi: päikesepaneelide paigaldamist, soojuspumpade paigaldust või "
        "lammutusjäätmete sorteerimist taaskasutuseks. Kutsekoolid uuendavad "
        "õppekavu, kuid õpetajate sõnul on seadmed kallid ja muutuvad kiiresti. "
        "Autorid soovitavad lühikesi täienduskoolitusi juba sektoris töötavatele "
        "inimestele, tihedamat koostööd tootjatega ning kestlikkuse lõimimist "
        "igasse ehituse kutsesse, mitte eraldi moodulisse. Uuring hõlmab kahtteist "
        "riiki ja on täismahus kättesaadav meie väljaannete lehel. Suurim puudus on "
        "elektrikutest ja ventilatsioonispetsialistidest.",
    ),
    P(
        "digital-skills-vet-teachers",
        "practice",
        "Kutseõpetajate digioskused",
        "Õpetajad arendavad oma digipädevust lühikestes veebimoodulites ja jagavad "
        "kogemusi kolleegidega.",
        "Kui koolid pandemia ajal suleti, pidid paljud kutseõpetajad viima "
        "praktilised tunnid mõne päevaga veebi. Siis selgus, et digipädevuse "
        "erinevused "
        "on suured. Selles mudelis hindavad õpetajad esmalt ise oma oskusi ja "
        "valivad seejärel mooduleid, näiteks õppevideote salvestamine, "
        "simulaatorite kasutamine, veebis hindamine ja õppijate andmekaitse. Üks "
        "moodul võtab aega umbes kaks tundi. Igas koolis on digimentor, kes aitab "
        "kolleegidel uusi vahendeid oma tundides katsetada. Aasta pärast tundsid "
        "õpetajad end kindlamalt ning õppijate sõnul olid tunnid mitmekesisemad. "
        "Mooduleid võib vabalt kasutada avatud litsentsi alusel ja neid "
        "uuendatakse kaks korda aastas.",
    ),
    P(
        "teachers-and-trainers",
        "page",
        "Kutseõpetajad ja juhendajad",
        "Kutsekoolides õpetavad ja ettevõtetes õppijaid juhendavad inimesed vajavad "
        "arengut kogu tööelu jooksul.",
        "Kutseharidus toetub kahele ametile, mis töötavad kõrvuti: õpetajad koolis "
        "ja juhendajad ettevõttes. Kutseõpetajal on vaja nii pedagoogilisi oskusi "
        "kui ka oma eriala värskeid teadmisi, juhendajad on kogenud töötajad, kes "
        "suunavad õppijat töö käigus. Mõlemad rühmad seisavad silmitsi kiire "
        "tehnoloogilise muutusega, üha mitmekesisemate õppijatega ja uute "
        "ülesannetega, nagu nõustamine ja varasema õppe arvestamine. "
        "Täienduskoolitus aitab neil ajaga kaasas käia: õpetajate stažeerimine "
        "ettevõtetes, pedagoogikakursused juhendajatele ja võrgustikud, kus mõlemad "
        "rühmad üksteiselt õpivad. Sellel lehel on meie uuringud õpetajaametist, "
        "riikide näited ja 4000 õpetaja ja juhendaja küsitluse tulemused.",
    ),
    P(
        "second-chance-adult-learning",
        "practice",
        "Täiskasvanuna kutse omandamine töö kõrvalt",
        "Täiskasvanud õppijad omandavad kutsehariduse, mis jäi nooruses pooleli, "
        "töö ja pere kõrvalt.",
        "Ligikaudu igal viiendal täiskasvanul osalevates piirkondades puudub "
        "keskharidus. Enamik neist käib tööl ja neil on pere, mistõttu päevane "
        "õpe ei ole võimalik. Programm pakub õhtuseid ja nädalavahetuse tunde, "
        "õppimist oma töökohal ning tööl omandatud oskuste arvestamist. "
        "Individuaalse õppekava tõttu võib kogenud hooldustöötaja vajada vaid "
        "mõnda moodulit, et kutse kätte saada. Igal täiskasvanud õppijal on "
        "tugiisik, kes aitab motivatsiooni hoida ja praktilisi muresid lahendada, "
        "näiteks lapsehoidu korraldada. Õpinguid on alustanud üle 600 täiskasvanu, "
        "kolm neljandikku on lõpetanud ja paljud on leidnud parema palgaga töö. "
        "Programmi rahastatakse Euroopa Sotsiaalfondi toel.",
    ),
    P(
        "lifelong-guidance-services",
        "page",
        "Karjääriteenused kogu eluks",
        "Teave, nõuanded ja nõustamine, mis aitavad igas vanuses inimestel teha "
        "õppimise ja tööga seotud valikuid.",
        "Karjääriotsuseid ei tehta ainult üks kord. Noor valib kooli, täiskasvanu "
        "vahetab töökohta, õpib ümber või naaseb pärast pausi õppima. Elukestev "
        "karjääriteenus toetab inimest igas sellises olukorras: pakub teavet "
        "ametite ja koolituste kohta, nõuandeid valikute kohta ja põhjalikumat "
        "karjäärinõustamist neile, kes seda vajavad. Teenust pakuvad koolid, "
        "Töötukassa, täiskasvanute koolituskeskused ja üha sagedamini veebiteenused. "
        "Hea karjääriteenus on erapooletu, tasuta või taskukohane ning jõuab ka "
        "nendeni, kes ise abi ei küsi. Sellel lehel kirjeldame, kuidas "
        "karjääriteenused on Euroopas korraldatud, ning tutvustame oma tööd "
        "karjääri planeerimise oskuste ja nõustamise mõju hindamise teemal.",
    ),
    P(
        "apprenticeship-reform",
        "news",
        "Õpipoisiõppe rahastamine muutub",
        "Riigikogu võttis vastu seaduse, mille järgi makstakse õpipoisile "
        "miinimumpalka ja tööandja saab preemia iga lõpetanud õppija eest.",
        "Pärast kaht aastat arutelu teisipäeval vastu võetud seadus muudab "
        "õpipoisiõppe rahastamist. Alates septembrist makstakse õpipoisile "
        "esimesel aastal vähemalt kuuskümmend protsenti alampalgast ja hilisematel "
        "aastatel rohkem. Tööandja ei saa enam toetust õpingute alguses, vaid "
        "preemia siis, kui õppija sooritab kutseeksami. Seadus lubab "
        "õpipoisilepinguid sõlmida ka üle 25-aastastega senisest lihtsamalt. "
        "Ametiühingud tervitasid palgareegleid, tööandjate organisatsioonid aga "
        "hoiatasid, et väikeettevõtted vajavad vähem paberimajandust. Ministeerium "
        "eeldab, et õpipoiste arv kasvab viie aastaga veerandi võrra. Üleminekuaeg "
        "juba sõlmitud lepingutele on kaks aastat. Täpsemad juhised avaldatakse suvel.",
    ),
    P(
        "early-leaving-webinar",
        "event",
        "Veebiseminar: mis aitab vähendada õpingute katkestamist kutsehariduses",
        "Praktikud tutvustavad kolme meedet Euroopa tööriistakastist ja vastavad "
        "osalejate küsimustele.",
        "Tunnipikkune veebiseminar on mõeldud õpetajatele, koolijuhtidele, "
        "tugispetsialistidele ja poliitikakujundajatele, kes soovivad ennetada "
        "noorte lahkumist haridusest enne lõpetamist. Kolm esinejat tutvustavad "
        "meetmeid, mille mõju on hinnatud: esimese kursuse õppijate mentorlus, "
        "paindlik õpitee, mis lubab erialavahetust ilma otsast alustamata, ning "
        "koolide ja noorsootöötajate koostöö, et jõuda õppijateni, kes enam kooli "
        "ei tule. Pärast iga ettekannet on aega küsimusteks. Salvestus avaldatakse "
        "sellel lehel. Osalemine on tasuta, link saadetakse pärast registreerimist. "
        "Veebiseminar kuulub kaasava hariduse sarja, mille varasemaid osi saab "
        "järele vaadata. Küsimusi võib saata ka ette registreerimisvormi kaudu.",
    ),
    P(
        "first-year-mentoring",
        "practice",
        "Vanema kursuse õppijad tugiõpilasteks",
        "Teise ja kolmanda kursuse õppijad toetavad uusi õppijaid esimestel "
        "kuudel, kui katkestamise oht on suurim.",
        "Esimesed kuud uues koolis otsustavad palju. Kui sõpru ei leia või suur "
        "kool tundub segane, jäävad õpingud sageli pooleli juba enne suve. Selles "
        "kutsekoolis tegutsevad vanema kursuse õppijad vabatahtlike "
        "tugiõpilastena. Igal tugiõpilasel on neli-viis sama eriala esmakursuslast, "
        "kellega ta kohtub kord nädalas ning kellele ta näitab õppetöökodasid, "
        "sööklat ja kohti, kust abi saab. Tugiõpilasi koolitatakse kuulama ja ära "
        "tundma, millal tuleb kaasata õpetaja. Tugiõpilastöö eest saab "
        "õppepunkte. Toetatud esmakursuslaste seas oli katkestajaid vähem ning "
        "tugiõpilased ise ütlesid, et nende enesekindlus kasvas. Mudel ei vaja "
        "lisatöötajaid.",
    ),
    P(
        "return-to-education",
        "practice",
        "Noorsootöötajad aitavad õpingud katkestanud noored tagasi kooli",
        "Noorsootöötajad võtavad ühendust noortega, kes on lahkunud ilma "
        "kvalifikatsioonita, ja aitavad neil õpinguid jätkata.",
        "Igal aastal kaob osa noori kutsekooli nimekirjast, ilma et neil oleks "
        "uut kohta, kuhu minna. Omavalitsus saab nende nimed ja noorsootöötaja "
        "võtab igaühega ühendust kuu aja jooksul telefoni, sotsiaalmeedia või "
        "kodukülastuse teel. Esimestel kohtumistel räägitakse noore olukorrast, "
        "mitte koolist. Paljudel on võlad, terviseprobleemid või puudub püsiv "
        "elukoht. Kui noor on valmis, saab ta alustada lühikest ettevalmistavat "
        "programmi, kus tehakse töökojas praktilist tööd ja harjutatakse "
        "põhioskusi. Seejärel naaseb ta kutseõppesse, sageli teisele erialale. "
        "Kaks kolmandikku noortest, kellega ühendust võeti, on aasta jooksul "
        "tagasi õpingutes või tööl.",
    ),
    P(
        "language-support-migrants",
        "practice",
        "Eesti keel kutseõppe sees",
        "Uussisserändajad õpivad eesti keelt samal ajal, kui nad omandavad kutset.",
        "Kui kutseõppesse pääseb alles siis, kui keel on selge, ootavad paljud "
        "uussisserändajad tööd aastaid. Selles mudelis õpetatakse keelt ja eriala "
        "koos. Eesti keele õpetaja ja kutseõpetaja planeerivad tunnid ühiselt ning "
        "õpetavad mõnikord samas õppetöökojas. Nii harjutavad õppijad just neid "
        "sõnu, mida tööl vaja läheb, alates tööohutusjuhenditest kuni klientidega "
        "suhtlemiseni. Kirjalikud ülesanded on lühikesed ja praktilised. Kursused "
        "toimuvad puhastusteeninduses, logistikas, hoolduses ja toitlustuses. "
        "Osalejad jõuavad praktikale mitu kuud varem kui eraldi keelekursuste "
        "järel ning tööandjate sõnul on arusaamatusi vähem. Mudelit laiendatakse "
        "järgmisel aastal ka ehituserialadele.",
    ),
    P(
        "work-based-learning-survey",
        "news",
        "Küsitlus: ettevõtted soovivad töökohapõhises õppes rohkem sõnaõigust",
        "Tööandjad võtaksid rohkem õppijaid, kui koolid kaasaksid neid "
        "õppekava koostamisse ja hindamisse.",
        "Eelmisel kevadel korraldatud küsitlusele vastas 2300 ettevõtet. Neilt "
        "küsiti, miks nad võtavad või ei võta kutsekoolide õppijaid praktikale. "
        "Enamik tööandjaid peab töökohapõhist õpet võimaluseks leida tulevasi "
        "töötajaid. Need, kes on loobunud, nimetavad kehva suhtlust kooliga, "
        "ettevalmistamata õppijaid ja vähest mõju sellele, mida õppijad teevad. "
        "Ettevõtted, kes osalevad praktikakava koostamises ja lõpphindamises, "
        "jätkavad kaks korda tõenäolisemalt. Aruanne soovitab igas koolis "
        "kindlat kontaktisikut, õpetajate ja ettevõttepoolsete juhendajate "
        "ühiskoolitust ning lühikest kirjalikku kokkulepet iga praktika "
        "ülesannete ja eesmärkide kohta. Täielik aruanne on saadaval meie "
        "väljaannete lehel.",
    ),
    P(
        "early-leavers-statistics",
        "news",
        "Haridusest varakult lahkujaid on vähem, kuid lõhed püsivad",
        "Ilma keskhariduseta haridusest lahkunud noorte osakaal vähenes taas, "
        "kuid poisid ja välismaal sündinud noored on endiselt suuremas ohus.",
        "Uute andmete järgi on Euroopa Liidus 9,5 protsenti 18–24-aastastest "
        "lahkunud haridusest kõige enam põhiharidusega. Liidu eesmärk aastaks 2030 "
        "on alla üheksa protsendi. Mitu riiki on selle juba saavutanud, teistes "
        "pole näitaja kümne aastaga peaaegu muutunud. Noored mehed lahkuvad "
        "haridusest varakult sagedamini kui noored naised ning väljaspool Euroopa "
        "Liitu sündinud noorte seas on näitaja umbes kaks korda kõrgem. "
        "Kutseharidusel on kahene roll: see hoiab koolis paljud praktilise "
        "meelega noored, kuid mõnel erialal on katkestamine sage. Meie analüüs "
        "vaatab andmeid riikide kaupa ja võrdleb neid kümne aasta taguse "
        "olukorraga.",
    ),
    P(
        "about-vet",
        "page",
        "Mis on kutseharidus?",
        "Kutseharidus valmistab noori ja täiskasvanuid ette kutsetööks koolis, "
        "ettevõttes ja kogu tööelu jooksul.",
        "Kutseharidus annab noortele ja täiskasvanutele teadmised, oskused ja "
        "hoiakud, mida konkreetne amet nõuab. Esmane kutseõpe toimub tavaliselt "
        "keskhariduse tasemel kutseõppeasutuses, ettevõttes või mõlemas, nagu "
        "õpipoisiõppe puhul. Täienduskoolitus aitab täiskasvanutel oskusi "
        "uuendada või eriala vahetada. Euroopa riikide süsteemid on väga "
        "erinevad: mõnes riigis on enamik õppijaid õpipoisid, teistes toimub "
        "peaaegu kogu õpe koolis ja praktika ettevõttes. Ühine on eesmärk anda "
        "kvalifikatsioon, mida tööandjad usaldavad ja mis võimaldab jätkata "
        "kõrgharidusõpinguid. Sellel lehel selgitame põhimõisteid ja viitame "
        "riikide kirjeldustele ning statistikale selle kohta, kui paljud noored "
        "kutseõppe valivad.",
    ),
    P(
        "professional-exams",
        "news",
        "Kutseeksami saab nüüd sooritada ka ettevõttes",
        "Kutsekoja uute reeglite järgi võib kutseeksami praktilise osa teha "
        "õppija enda töökohal.",
        "Seni pidid kõik õppijad sooritama kutseeksami praktilise osa "
        "eksamikeskuses, mis tähendas sageli pikka sõitu ja võõraid seadmeid. "
        "Sügisest saab eksami praktilise osa teha ka ettevõttes, kus õppija "
        "praktikal on või töötab, kui seal on nõutavad tingimused ja "
        "hindamiskomisjonis "
        "on vähemalt üks ettevõtteväline hindaja. Muudatus puudutab esialgu "
        "ehitus-, metalli- ja toitlustusvaldkonda. Tööandjad loodavad, et nii "
        "näeb eksam rohkem välja nagu päris töö. Kutsekoolid hoiatavad, et "
        "hindamise ühtlus peab säilima ja hindajaid tuleb koolitada. Esimesed "
        "eksamid uute reeglite järgi toimuvad novembris ja esimesed tulemused "
        "avaldatakse aasta lõpus.",
    ),
    P(
        "vocational-education-act",
        "news",
        "Uus kutseõppeasutuse seadus jõustub järgmisel aastal",
        "Haridus- ja Teadusministeerium (HTM) toob kutseõppesse paindlikumad "
        "õpiteed ja kohustusliku õppimise kuni 18. eluaastani.",
        "Riigikogu võttis vastu kutseõppeasutuse seaduse muudatused, mille HTM "
        "esitas eelmisel sügisel. Seaduse järgi peavad kõik noored õppima või "
        "töötama kuni 18-aastaseks saamiseni, ning kutsekoolid peavad pakkuma "
        "lühemaid ja paindlikumaid õpiteid neile, kes ei sobi tavapärasesse "
        "õppekavasse. Samuti muutub lihtsamaks liikumine kutseõppest "
        "gümnaasiumi ja vastupidi. Ministeeriumi hinnangul vähendab see "
        "haridusest varakult lahkumist. Koolijuhid toetavad eesmärki, kuid "
        "küsivad lisaraha tugispetsialistide palkamiseks. Seadus jõustub "
        "1. septembril ning HTM avaldab rakendusjuhendi kevadel. Enne seda "
        "korraldab ministeerium koolidele infopäevad kõigis maakondades, et "
        "selgitada, kuidas uusi õpiteid planeerida ja kuidas muudatus mõjutab "
        "õppijate nõustamist.",
    ),
]

QUERIES = [
    Q(
        "õpipoisiõpe väikeettevõte",
        "inflection",
        {"apprenticeship-support-small-firms": 2, "apprenticeship-reform": 1},
    ),
    Q(
        "õpingute katkestamise vähendamine",
        "inflection",
        {"early-leaving-webinar": 2, "early-warning-system": 1},
    ),
    Q("VÕTA", "acronym", {"validation-of-prior-learning": 2}),
    Q("HTM kutseõppe seadus", "acronym", {"vocational-education-act": 2}),
    Q("vota", "no-diacritics", {"validation-of-prior-learning": 2}),
    Q("eesti keel kutseoppes", "no-diacritics", {"language-support-migrants": 2}),
    Q(
        "karjääripäevad",
        "compound",
        {"guidance-days": 2, "lifelong-guidance-services": 1},
    ),
    Q(
        "täiskasvanuharidus töö kõrvalt",
        "compound",
        {"second-chance-adult-learning": 2},
    ),
    Q("õpetajate digioskused", "compound-part", {"digital-skills-vet-teachers": 2}),
    Q(
        "juhendajate koolitus",
        "compound-part",
        {"workplace-instructor-training": 2, "teachers-and-trainers": 1},
    ),
    Q(
        "koolist väljalangenud noored",
        "synonym",
        {"return-to-education": 2, "early-leavers-statistics": 1},
    ),
    Q("mentorid esmakursuslastele", "synonym", {"first-year-mentoring": 2}),
    Q(
        "õpipoisõpe",
        "typo",
        {"apprenticeship-support-small-firms": 2, "apprenticeship-reform": 2},
    ),
    Q("kutseeksamm ettevõttes", "typo", {"professional-exams": 2}),
    Q(
        "kutseõpetajate täienduskoolitus",
        "multi-word-fields",
        {"teachers-and-trainers": 2, "digital-skills-vet-teachers": 1},
    ),
    Q(
        "rohelised oskused ehitus",
        "multi-word-fields",
        {"green-skills-construction": 2},
    ),
    Q("mikrokvalifikatsioonid", "english-page", {"en:micro-credentials": 2}),
    Q("oskuste prognoosimine", "english-page", {"en:skills-forecasting": 2}),
    Q(
        "individuaalne õppekonto",
        "english-page",
        {"en:individual-learning-accounts": 2},
    ),
    Q(
        "kutsehariduse tippkeskused",
        "english-page",
        {"en:centres-of-vocational-excellence": 2},
    ),
]
