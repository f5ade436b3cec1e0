"""Latvian pages and queries of the realistic judged set."""

from bench.realistic.judged import JudgedPage as P
from bench.realistic.judged import JudgedQuery as Q

PAGES = [
    P(
        "apprenticeship-support-small-firms",
        "practice",
        "Pirmais māceklis mazajā uzņēmumā: atbalsts uzņēmējiem",
        "Reģionāls atbalsta dienests palīdz mazajiem uzņēmumiem uzņemt pirmo "
        "audzēkni darba vidē balstītās mācībās un pavada tos līdz "
        "kvalifikācijas eksāmenam.",
        "Daudzi mazo uzņēmumu īpašnieki labprāt apmācītu jaunu darbinieku paši, "
        "taču baidās no dokumentiem un laika, ko māceklis prasa pirmajos mēnešos. "
        "Atbalsta dienests katram uzņēmumam piešķir konsultantu, kurš izskaidro "
        "līgumu, kopā ar profesionālās izglītības iestādi saskaņo mācību plānu un "
        "pirmajā pusgadā divreiz apmeklē darba vietu. Ja vajag, uzņēmējs var "
        "“aizņemties” pieredzējušu prakses vadītāju no lielāka kaimiņu uzņēmuma. "
        "Izmēģinājuma laikā 140 uzņēmumi pirmo reizi uzņēma mācekli, galvenokārt "
        "ēdināšanā, autoremontā un friziera pakalpojumos. Atbalstītie audzēkņi "
        "biežāk pabeidza mācības nekā tie, kuru uzņēmumiem konsultanta nebija, un "
        "vairāki uzņēmēji jau uzņēmuši otro mācekli.",
    ),
    P(
        "early-warning-system",
        "practice",
        "Kavējumus pamana un risina nedēļas laikā",
        "Profesionālās izglītības iestādes seko kavējumiem un sekmēm, lai laikus "
        "pamanītu risku, ka audzēknis pārtrauks mācības.",
        "Mācību pārtraukšana reti notiek vienā dienā. Vispirms audzēknis kavē "
        "stundas, tad uzkrājas parādi un saikne ar grupu vājinās. Šajā modelī "
        "grupas audzinātājs katru piektdienu pārskata kavējumus. Ja audzēknis "
        "mēneša laikā kavējis vairāk nekā trīs dienas vai nav nokārtojis divus "
        "pārbaudījumus, septiņu dienu laikā notiek saruna. Kopā tiek norunāti mazi "
        "soļi: mainīts stundu saraksts, konsultācijas matemātikā vai tikšanās ar "
        "sociālo pedagogu. Mērķis nav kontrole: darbinieki mācījās runāt ar "
        "jauniešiem, nevis par viņiem. Trīs gados mācības pārtraukušo īpatsvars "
        "samazinājās no 14 līdz 9 procentiem, un audzēkņi saka, ka jūt, ka par "
        "viņiem rūpējas.",
    ),
    P(
        "guidance-days",
        "event",
        "Karjeras atbalsta dienas 2027",
        "Divu dienu pasākums karjeras konsultantiem, pedagogiem un darba devējiem "
        "par to, kā palīdzēt jauniešiem izvēlēties profesiju.",
        "Ikgadējās karjeras atbalsta dienas pulcē visus, kuri palīdz jauniešiem un "
        "pieaugušajiem izvēlēties mācības un darbu. Šogad uzmanības centrā ir "
        "amatniecības un būvniecības profesijas, kurās darbaspēka trūkums ir "
        "vislielākais un par kurām jaunieši zina vismazāk. Dalībnieki izmēģinās "
        "jaunus tiešsaistes rīkus profesiju izpētei, uzzinās, kā uzņēmumi rīko "
        "ēnu dienas, un diskutēs, kā runāt ar vecākiem, kuri šaubās par "
        "profesionālās izglītības vērtību. Otrajā dienā paredzēti apmeklējumi "
        "mācību darbnīcās: būvniecība, elektroinstalācija un metināšana. Dalība ir "
        "bez maksas, bet vietu skaits ir ierobežots līdz 120. Pieteikties var līdz "
        "15. martam.",
    ),
    P(
        "validation-of-prior-learning",
        "page",
        "Ārpus formālās izglītības apgūto kompetenču novērtēšana",
        "Kā pieaugušie var iegūt profesionālo kvalifikāciju par prasmēm, ko "
        "apguvuši darbā, brīvprātīgajā darbā vai ikdienā.",
        "Cilvēki daudz mācās ārpus klases: darbā, pulciņos, rūpējoties par "
        "tuviniekiem vai darbojoties kā brīvprātīgie. Ārpus formālās izglītības "
        "sistēmas apgūtās profesionālās kompetences novērtēšana padara šīs "
        "zināšanas redzamas. Pretendents iesniedz iesniegumu akreditētā izglītības "
        "iestādē, apraksta savu pieredzi un kārto profesionālās kvalifikācijas "
        "eksāmenu. Veiksmīgas novērtēšanas rezultātā var saņemt profesionālās "
        "kvalifikācijas apliecību, nemācoties visu programmu no sākuma. Svarīga ir "
        "konsultēšana, jo daudzi pieaugušie nenovērtē savas prasmes. Šajā lapā "
        "atradīsiet Eiropas vadlīnijas par neformālās un ikdienējās mācīšanās "
        "validāciju un kontaktpunktus dažādās valstīs, kā arī biežāk uzdotos "
        "jautājumus.",
    ),
    P(
        "workplace-instructor-training",
        "practice",
        "Apmācība uzņēmumu prakses vadītājiem",
        "Īss kurss sniedz darbiniekiem, kuri vada audzēkņus darba vietā, prasmes "
        "plānot uzdevumus, sniegt atgriezenisko saiti un vērtēt.",
        "Darba vidē balstītas mācības ir tik labas, cik labs ir cilvēks, kurš "
        "audzēkni uzņēmumā vada. Tomēr lielākā daļa prakses vadītāju ir savas "
        "nozares speciālisti, kuriem neviens nav mācījis, kā mācīt citus. Šajā "
        "trīs dienu kursā, ko kopīgi rīko profesionālās izglītības iestādes un "
        "darba devēju organizācijas, dalībnieki mācās izvēlēties mācību "
        "programmai atbilstošus uzdevumus, sniegt atgriezenisko saiti, risināt "
        "konfliktus un novērtēt kompetences darba vietā. Katrs dalībnieks ņem līdzi "
        "sava audzēkņa individuālo plānu un to uzlabo. Kurss notiek vakaros, "
        "tiešsaistē vai klātienē, lai prakses vadītājiem nebūtu jāpamet ražošana "
        "uz veselām dienām.",
    ),
    P(
        "green-skills-construction",
        "news",
        "Būvniecības nozarei vajadzīgas zaļās prasmes",
        "Jauns pētījums rāda, ka būvuzņēmumiem ir grūti atrast darbiniekus, kuri "
        "prot uzstādīt siltumsūkņus un siltināt vecas mājas.",
        "Lai Eiropas dzīvojamo fondu padarītu energoefektīvu, vajadzēs simtiem "
        "tūkstošu kvalificētu strādnieku. Šonedēļ publicētais pētījums liecina, ka "
        "divām trešdaļām būvniecības uzņēmumu jau ir vakances, kurās nepieciešamas "
        "zaļās prasmes: saules paneļu montāža, siltumsūkņu uzstādīšana vai "
        "būvgružu šķirošana atkārtotai izmantošanai. Profesionālās izglītības "
        "iestādes atjauno programmas, bet pedagogi norāda, ka iekārtas ir dārgas un "
        "ātri mainās. Autori iesaka īsus pilnveides kursus nozarē jau "
        "strādājošajiem, ciešāku sadarbību ar ražotājiem un ilgtspējas "
        "iekļaušanu katrā būvniecības kvalifikācijā, nevis atsevišķā modulī. "
        "Pētījums aptver divpadsmit valstis un ir pieejams mūsu publikāciju "
        "lapā.",
    ),
    P(
        "digital-skills-vet-teachers",
        "practice",
        "Profesionālās izglītības pedagogu digitālās prasmes",
        "Pedagogi pilnveido savu digitālo kompetenci īsos tiešsaistes moduļos un "
        "dalās pieredzē ar kolēģiem.",
        "Kad pandēmijas laikā skolas slēdza, daudziem profesionālās izglītības "
        "pedagogiem dažu dienu laikā bija jāpārceļ praktiskās nodarbības "
        "tiešsaistē. Atklājās lielas atšķirības digitālajās prasmēs. Šajā modelī "
        "pedagogi vispirms veic pašnovērtējumu un pēc tam izvēlas moduļus, "
        "piemēram, par mācību video ierakstīšanu, simulatoru izmantošanu, "
        "vērtēšanu tiešsaistē un audzēkņu datu aizsardzību. Viens modulis aizņem "
        "apmēram divas stundas. Katrā skolā ir digitālais mentors, kurš palīdz "
        "kolēģiem izmēģināt jaunus rīkus savās stundās. Pēc gada pedagogi jutās "
        "drošāk, un audzēkņi teica, ka stundas kļuvušas daudzveidīgākas. Moduļi ir "
        "brīvi izmantojami ar atvērtu licenci.",
    ),
    P(
        "teachers-and-trainers",
        "page",
        "Pedagogi un prakses vadītāji profesionālajā izglītībā",
        "Cilvēkiem, kuri māca profesionālās izglītības iestādēs un apmāca "
        "audzēkņus uzņēmumos, jāattīstās visu darba mūžu.",
        "Profesionālā izglītība balstās uz divām profesijām, kas strādā līdzās: "
        "pedagogiem skolā un prakses vadītājiem uzņēmumā. Pedagogam vajag gan "
        "pedagoģiskās prasmes, gan aktuālas nozares zināšanas; prakses vadītāji ir "
        "pieredzējuši darbinieki, kuri vada audzēkni darba procesā. Abas grupas "
        "saskaras ar straujām tehnoloģiju pārmaiņām, arvien daudzveidīgākiem "
        "audzēkņiem un jauniem uzdevumiem, piemēram, karjeras atbalstu. "
        "Profesionālā pilnveide palīdz neatpalikt: pedagogu stažēšanās uzņēmumos, "
        "pedagoģijas kursi prakses vadītājiem un tīkli, kuros abas grupas mācās "
        "viena no otras. Šajā lapā apkopoti mūsu pētījumi par pedagoga profesiju, "
        "valstu piemēri un 4000 pedagogu un prakses vadītāju aptaujas rezultāti.",
    ),
    P(
        "second-chance-adult-learning",
        "practice",
        "Pieaugušo izglītība: profesija līdzās darbam",
        "Pieaugušie iegūst profesionālo kvalifikāciju, ko jaunībā neieguva, "
        "mācoties vakaros un darba vietā.",
        "Aptuveni katram piektajam pieaugušajam iesaistītajos reģionos nav vidējās "
        "izglītības. Lielākā daļa strādā, viņiem ir ģimene, tāpēc mācības pilnā "
        "laikā nav iespējamas. Programma piedāvā nodarbības vakaros un sestdienās, "
        "mācības savā darba vietā un darbā iegūto prasmju atzīšanu. Pateicoties "
        "individuālam plānam, pieredzējušam aprūpētājam var pietikt ar dažiem "
        "moduļiem, lai iegūtu kvalifikāciju. Katram pieaugušajam izglītojamajam ir "
        "mentors, kurš palīdz saglabāt motivāciju un risināt praktiskas lietas, "
        "piemēram, bērnu pieskatīšanu. Mācības sākuši vairāk nekā 600 pieaugušie; "
        "trīs ceturtdaļas jau ieguvušas kvalifikāciju, un daudzi atraduši labāk "
        "apmaksātu darbu.",
    ),
    P(
        "lifelong-guidance-services",
        "page",
        "Karjeras konsultēšana visa mūža garumā",
        "Informācija, padoms un konsultācijas, kas palīdz jebkura vecuma cilvēkiem "
        "izdarīt izvēles par mācībām un darbu.",
        "Karjeras lēmumus nepieņem tikai vienreiz. Jaunietis izvēlas skolu, "
        "pieaugušais maina darbu, pārkvalificējas vai pēc pārtraukuma atgriežas "
        "mācībās. Karjeras atbalsts visa mūža garumā palīdz katrā no šiem "
        "brīžiem: sniedz informāciju par profesijām un mācību iespējām, padomu par "
        "izvēlēm un padziļinātu karjeras konsultēšanu tiem, kam tā vajadzīga. "
        "Pakalpojumus sniedz skolas, Nodarbinātības valsts aģentūra, pieaugušo "
        "izglītības centri un arvien biežāk tiešsaistes dienesti. Labs karjeras "
        "atbalsts ir neitrāls, bezmaksas vai pieejams un sasniedz arī tos, kuri "
        "paši palīdzību nelūdz. Lapā aprakstīts, kā karjeras atbalsts organizēts "
        "Eiropā.",
    ),
    P(
        "apprenticeship-reform",
        "news",
        "Jauni noteikumi darba vidē balstītām mācībām",
        "Saeima pieņēma grozījumus: audzēkņiem DVB būs jāmaksā vismaz daļa "
        "minimālās algas, bet uzņēmumi saņems prēmiju par katru absolventu.",
        "Pēc divu gadu diskusijām otrdien pieņemtie grozījumi maina darba vidē "
        "balstītu mācību (DVB) finansēšanu. No septembra katram audzēknim pirmajā "
        "gadā būs jāmaksā vismaz sešdesmit procenti no minimālās algas, vēlākos "
        "gados vairāk. Darba devējs saņems nevis atbalstu mācību sākumā, bet "
        "prēmiju, kad audzēknis nokārtos kvalifikācijas eksāmenu. Grozījumi arī "
        "vienkāršo DVB līgumu slēgšanu ar pieaugušajiem, kuri vecāki par 25 "
        "gadiem. Arodbiedrības atzinīgi vērtē atalgojuma noteikumus, bet darba "
        "devēju organizācijas brīdina, ka mazajiem uzņēmumiem vajag mazāk "
        "birokrātijas. Ministrija sagaida, ka mācekļu skaits piecos gados "
        "pieaugs par ceturtdaļu.",
    ),
    P(
        "early-leaving-webinar",
        "event",
        "Vebinārs: kā mazināt priekšlaicīgu mācību pārtraukšanu",
        "Praktiķi iepazīstina ar trim pasākumiem no Eiropas rīkkopas un atbild uz "
        "dalībnieku jautājumiem.",
        "Stundu garais vebinārs paredzēts pedagogiem, skolu vadītājiem, karjeras "
        "konsultantiem un politikas veidotājiem, kuri vēlas novērst, ka jaunieši "
        "pamet izglītību pirms laika. Trīs runātāji iepazīstinās ar pasākumiem, "
        "kuru ietekme ir izvērtēta: mentorings pirmā kursa audzēkņiem, elastīgs "
        "mācību ceļš, kas ļauj mainīt programmu, nesākot no sākuma, un skolu un "
        "jaunatnes darbinieku sadarbība, lai sasniegtu audzēkņus, kuri vairs "
        "nenāk uz skolu. Pēc katras prezentācijas būs laiks jautājumiem. Ieraksts "
        "tiks publicēts šajā lapā. Dalība ir bezmaksas; saiti nosūtīsim pēc "
        "reģistrācijas. Vebinārs ir daļa no mūsu sērijas par iekļaujošu "
        "izglītību.",
    ),
    P(
        "first-year-mentoring",
        "practice",
        "Vecāko kursu audzēkņi kā mentori pirmkursniekiem",
        "Otrā un trešā kursa audzēkņi atbalsta jaunos audzēkņus pirmajos mēnešos, "
        "kad risks pārtraukt mācības ir vislielākais.",
        "Pirmie mēneši jaunā skolā izšķir daudz. Ja neizdodas atrast draugus vai "
        "lielā ēka šķiet mulsinoša, mācības bieži tiek pamestas vēl pirms vasaras. "
        "Šajā tehnikumā vecāko kursu audzēkņi brīvprātīgi kļūst par mentoriem. "
        "Katrs mentors rūpējas par četriem vai pieciem tās pašas programmas "
        "pirmkursniekiem, tiekas ar viņiem reizi nedēļā un parāda darbnīcas, "
        "ēdnīcu un vietas, kur saņemt palīdzību. Mentorus apmāca klausīties un "
        "saprast, kad jāiesaista pedagogs. Par mentora darbu var saņemt "
        "kredītpunktus. Starp atbalstītajiem pirmkursniekiem mācības pārtrauca "
        "mazāk, un paši mentori teica, ka viņu pašapziņa ir augusi.",
    ),
    P(
        "return-to-education",
        "practice",
        "Atpakaļ mācībās: jaunatnes darbinieki sameklē tos, kuri pārtraukuši skolu",
        "Pašvaldības jaunatnes darbinieki sazinās ar jauniešiem, kuri pametuši "
        "mācības bez kvalifikācijas, un palīdz viņiem atgriezties.",
        "Katru gadu daļa jauniešu pazūd no profesionālās izglītības iestādes "
        "sarakstiem, nekur citur nemācoties. Pašvaldība saņem ziņas par viņiem, un "
        "jaunatnes darbinieks mēneša laikā sazinās ar katru pa tālruni, sociālajos "
        "tīklos vai apmeklējot mājās. Pirmajās tikšanās reizēs runā par jaunieša "
        "dzīves situāciju, nevis par skolu. Daudziem ir parādi, veselības problēmas "
        "vai nav pastāvīgas dzīvesvietas. Kad jaunietis ir gatavs, viņš var sākt "
        "īsu sagatavošanas programmu, kurā darbnīcā veic praktisku darbu un "
        "nostiprina pamatprasmes. Pēc tam viņš atgriežas profesionālajā izglītībā, "
        "bieži citā jomā. Divas trešdaļas uzrunāto gada laikā atgriežas mācībās "
        "vai darbā.",
    ),
    P(
        "work-based-learning-survey",
        "news",
        "Aptauja: uzņēmumi vēlas vairāk ietekmes darba vidē balstītās mācībās",
        "Darba devēji uzņemtu vairāk audzēkņu, ja skolas viņus iesaistītu mācību "
        "plāna veidošanā un vērtēšanā.",
        "Pagājušā pavasarī veiktajā aptaujā piedalījās 2300 uzņēmumu. Tiem jautāja, "
        "kāpēc tie uzņem vai neuzņem profesionālās izglītības audzēkņus. Vairums "
        "darba devēju darba vidē balstītās mācības uzskata par veidu, kā atrast "
        "nākamos darbiniekus. Tie, kas pārtraukuši sadarbību, min vāju saziņu ar "
        "skolu, nesagatavotus audzēkņus un mazu ietekmi uz to, ko audzēkņi dara. "
        "Uzņēmumi, kuri piedalās mācību plāna izstrādē un noslēguma vērtēšanā, "
        "sadarbību turpina divreiz biežāk. Ziņojumā ieteikts katrā skolā noteikt "
        "kontaktpersonu, rīkot kopīgas mācības pedagogiem un prakses vadītājiem un "
        "katrai praksei noslēgt īsu rakstisku vienošanos par uzdevumiem un "
        "mērķiem.",
    ),
    P(
        "early-leavers-statistics",
        "news",
        "Priekšlaicīgi mācības pametušo jauniešu kļūst mazāk",
        "To jauniešu īpatsvars, kuri pametuši izglītību bez vidējās izglītības, "
        "atkal samazinājās, taču zēni un ārvalstīs dzimušie joprojām ir lielākā "
        "riskā.",
        "Jaunākie dati liecina, ka Eiropas Savienībā 9,5 procenti 18–24 gadus veco "
        "jauniešu ir pametuši izglītību ar ne vairāk kā pamatizglītību. ES mērķis "
        "2030. gadam ir mazāk nekā 9 procenti. Vairākas valstis to jau "
        "sasniegušas, citās rādītājs desmit gados gandrīz nav mainījies. Jaunieši "
        "vīrieši mācības pamet biežāk nekā jaunietes, un ārpus ES dzimušo vidū "
        "rādītājs ir aptuveni divreiz augstāks. Profesionālajai izglītībai ir "
        "divējāda loma: tā notur skolā daudzus praktiski domājošus jauniešus, taču "
        "dažās programmās atbirums ir augsts. Mūsu analīze aplūko datus pa "
        "valstīm.",
    ),
    P(
        "about-vet",
        "page",
        "Kas ir profesionālā izglītība?",
        "Profesionālā izglītība sagatavo jauniešus un pieaugušos darbam profesijā "
        "skolā, uzņēmumā un visu darba mūžu.",
        "Profesionālā izglītība sniedz jauniešiem un pieaugušajiem zināšanas, "
        "prasmes un kompetences, kas vajadzīgas konkrētā profesijā. Sākotnējā "
        "profesionālā izglītība parasti notiek vidējās izglītības līmenī "
        "tehnikumos un citās profesionālās izglītības iestādēs, uzņēmumos vai "
        "abos, kā tas ir darba vidē balstītās mācībās. Tālākizglītība palīdz "
        "pieaugušajiem atjaunot prasmes vai mainīt profesiju. Eiropas valstu "
        "sistēmas ļoti atšķiras: dažās lielākā daļa audzēkņu ir mācekļi, citās "
        "gandrīz visas mācības notiek skolā ar praksi uzņēmumā. Kopīgs ir mērķis "
        "piešķirt kvalifikāciju, kurai uzticas darba devēji un kas ļauj turpināt "
        "studijas augstskolā.",
    ),
    P(
        "sectoral-expert-councils",
        "page",
        "Nozaru ekspertu padomes",
        "Nozaru ekspertu padomes (NEP) apvieno darba devējus, arodbiedrības un "
        "valsts iestādes, lai profesionālā izglītība atbilstu darba tirgum.",
        "Latvijā darbojas nozaru ekspertu padomes, kurās darba devēju un "
        "darbinieku pārstāvji kopā ar ministrijām lemj par savas nozares "
        "profesionālās izglītības saturu. NEP izvērtē profesiju standartus, "
        "iesaka, kuras kvalifikācijas sagatavot un kuras vairs nav vajadzīgas, un "
        "piedalās profesionālās izglītības iestāžu akreditācijā. Padomes ir "
        "izveidotas, piemēram, būvniecības, enerģētikas, kokrūpniecības, "
        "informācijas tehnoloģiju un tūrisma nozarē. Sadarbība palīdz izglītības "
        "iestādēm ātrāk reaģēt uz jaunām prasmju vajadzībām, bet uzņēmumiem — "
        "ietekmēt, ko apgūst nākamie darbinieki. Šajā lapā atradīsiet padomju "
        "sarakstu, sēžu protokolus un padomju kontaktinformāciju.",
    ),
    P(
        "modular-programmes",
        "practice",
        "Modulārās profesionālās izglītības programmas pieaugušajiem",
        "Pieaugušie var apgūt atsevišķus moduļus un pakāpeniski salikt tos kopā "
        "līdz pilnai kvalifikācijai.",
        "Modulārā pieeja ļauj mācīties pa daļām. Katrs modulis ir noslēgta vienība "
        "ar saviem mācīšanās rezultātiem un vērtējumu, tāpēc strādājošs "
        "pieaugušais var apgūt, piemēram, tikai metināšanas pamatus vai "
        "grāmatvedības programmas lietošanu un vēlāk turpināt. Apgūtie moduļi "
        "tiek ierakstīti apliecībā un ieskaitīti, ja cilvēks vēlāk izvēlas iegūt "
        "pilnu profesionālo kvalifikāciju. Programmas piedāvā tehnikumi un "
        "pieaugušo izglītības centri, daļu mācību var apgūt tiešsaistē. "
        "Dalībnieki visvairāk novērtē iespēju sākt ar to, kas darbā "
        "vajadzīgs tūlīt, un to, ka nav jāmācās atkārtoti tas, ko jau prot.",
    ),
    P(
        "pumpurs-project",
        "news",
        "Projekts PuMPuRS palīdzējis tūkstošiem skolēnu turpināt mācības",
        "Eiropas Sociālā fonda projekts sniedza individuālu atbalstu skolēniem, "
        "kuriem draudēja mācību pārtraukšana.",
        "Projekts PuMPuRS, ko īstenoja Izglītības kvalitātes valsts dienests kopā "
        "ar pašvaldībām, noslēdzies ar labiem rezultātiem. Tā laikā "
        "vispārizglītojošās un profesionālās izglītības iestādes izvērtēja, kuriem "
        "audzēkņiem ir risks pamest mācības, un katram sagatavoja individuālu "
        "atbalsta plānu. Atbalsts ietvēra konsultācijas mācību priekšmetos, "
        "psihologa un sociālā pedagoga palīdzību, transporta un ēdināšanas "
        "izdevumu segšanu. Vairāk nekā 80 procenti atbalstīto skolēnu turpināja "
        "mācības. Pieredze parāda, ka vislabāk darbojas agrīna riska pamanīšana un "
        "viena atbildīgā persona, kas seko audzēkņa situācijai. Pašvaldības "
        "aicinātas atbalstu turpināt arī pēc projekta beigām.",
    ),
]

QUERIES = [
    Q(
        "māceklis mazais uzņēmums",
        "inflection",
        {"apprenticeship-support-small-firms": 2, "apprenticeship-reform": 1},
    ),
    Q(
        "mācību pārtraukšanas mazināšana",
        "inflection",
        {"early-leaving-webinar": 2, "pumpurs-project": 1, "early-warning-system": 1},
    ),
    Q("DVB", "acronym", {"apprenticeship-reform": 2, "work-based-learning-survey": 1}),
    Q("NEP", "acronym", {"sectoral-expert-councils": 2}),
    Q("PuMPuRS", "acronym", {"pumpurs-project": 2}),
    Q(
        "pieauguso izglitiba",
        "no-diacritics",
        {"second-chance-adult-learning": 2, "modular-programmes": 1},
    ),
    Q("zalas prasmes buvnieciba", "no-diacritics", {"green-skills-construction": 2}),
    Q(
        "karjeras konsultesana",
        "no-diacritics",
        {"lifelong-guidance-services": 2, "guidance-days": 1},
    ),
    Q("mūžizglītība karjeras atbalsts", "compound", {"lifelong-guidance-services": 2}),
    Q("pirmā kursa audzēkņi mentori", "compound", {"first-year-mentoring": 2}),
    Q(
        "skolas pametēji",
        "synonym",
        {"return-to-education": 2, "early-leavers-statistics": 1},
    ),
    Q("prakse uzņēmumā aptauja", "synonym", {"work-based-learning-survey": 2}),
    Q(
        "pieaugušo izglītbā",
        "typo",
        {"second-chance-adult-learning": 2, "modular-programmes": 1},
    ),
    Q("būvniecbas zaļās prasmes", "typo", {"green-skills-construction": 2}),
    Q(
        "pedagogu digitālās prasmes moduļi",
        "multi-word-fields",
        {"digital-skills-vet-teachers": 2},
    ),
    Q(
        "prakses vadītāju kurss",
        "multi-word-fields",
        {"workplace-instructor-training": 2, "teachers-and-trainers": 1},
    ),
    Q("mikrokvalifikācijas", "english-page", {"en:micro-credentials": 2}),
    Q("prasmju prognozēšana", "english-page", {"en:skills-forecasting": 2}),
    Q(
        "individuālie mācību konti",
        "english-page",
        {"en:individual-learning-accounts": 2},
    ),
    Q(
        "profesionālās izcilības centri",
        "english-page",
        {"en:centres-of-vocational-excellence": 2},
    ),
]
