"""Demo content, modelled on real VET portals and written for this project.

Facts (names of programmes, dates, countries, roles) follow public pages of Cedefop and the
ETF; every sentence is our own. People and places in the ambassadors network are invented.
"""

import datetime as dt

THEMES = [
    ("guidance", "Guidance and counselling"),
    ("work-based-learning", "Work-based learning"),
    ("recognition", "Recognition of skills and prior learning"),
    ("early-warning", "Early warning and monitoring"),
    ("migrants", "Integration of migrants"),
    ("families", "Families and communities"),
    ("flexible-pathways", "Flexible pathways"),
]

TARGET_GROUPS = [
    ("learners-at-risk", "Learners at risk of leaving"),
    ("early-leavers", "Early leavers"),
    ("migrants", "Migrants and refugees"),
    ("teachers-trainers", "Teachers and trainers"),
    ("employers", "Employers and in-company trainers"),
    ("parents", "Parents"),
]

# (key, name, acronym, kind, website, country)
ORGANISATIONS = [
    (
        "cedefop",
        "European Centre for the Development of Vocational Training",
        "Cedefop",
        "eu-agency",
        "https://www.cedefop.europa.eu",
        "GR",
    ),
    (
        "etf",
        "European Training Foundation",
        "ETF",
        "eu-agency",
        "https://www.etf.europa.eu",
        "IT",
    ),
    (
        "empl",
        "European Commission, Directorate-General for Employment, Social Affairs and "
        "Inclusion",
        "DG EMPL",
        "eu-institution",
        "https://commission.europa.eu",
        "BE",
    ),
    (
        "unesco",
        "United Nations Educational, Scientific and Cultural Organization",
        "UNESCO",
        "un-body",
        "https://www.unesco.org",
        None,
    ),
    (
        "unevoc",
        "UNESCO International Centre for Technical and Vocational Education and "
        "Training",
        "UNEVOC",
        "un-body",
        "https://unevoc.unesco.org",
        None,
    ),
    (
        "ilo",
        "International Labour Organization",
        "ILO",
        "un-body",
        "https://www.ilo.org",
        None,
    ),
    (
        "oecd",
        "Organisation for Economic Co-operation and Development",
        "OECD",
        "oecd",
        "https://www.oecd.org",
        None,
    ),
    ("worldbank", "World Bank", "", "international", "https://www.worldbank.org", None),
    ("north-tech", "North Coast Technical College (demo)", "", "provider", "", "FI"),
    ("tallinn-vet", "Harju Vocational Centre (demo)", "", "provider", "", "EE"),
    ("riga-vet", "Daugava Technical School (demo)", "", "provider", "", "LV"),
    ("delta-vet", "Delta Vocational College (demo)", "", "provider", "", "NL"),
]

# (key, name, role, organisation key)
PEOPLE = [
    ("siebel", "Jürgen Siebel", "Executive Director", "cedefop"),
    ("torsti", "Pilvi Torsti", "Director", "etf"),
    (
        "zahilas",
        "Loukas Zahilas",
        "Head of Department for VET and Qualifications",
        "cedefop",
    ),
    ("huot", "Hervé Huot-Marchand", "Co-chair of the meeting", "unesco"),
    (
        "psifidou",
        "Irene Psifidou",
        "Expert, coordinator of the ambassadors network",
        "cedefop",
    ),
]

STUDY = "Leaving education early: putting VET centre stage (Cedefop)"

# slug, kind, title, summary, countries, themes, target groups, organisation,
# service languages, start year, status
PRACTICES = [
    (
        "praksisbrev",
        "good-practice",
        "Certificate of practice (Praksisbrev)",
        "A two-year route in Norway that is built mostly on practical training and can lead on "
        "to a full trade certificate.",
        ["NO"],
        ["work-based-learning", "flexible-pathways"],
        ["learners-at-risk"],
        "County authorities",
        ["no"],
        2007,
        "ongoing",
    ),
    (
        "certification-per-unit",
        "good-practice",
        "Certification Per Unit (CPU)",
        "Learners in the French Community of Belgium have their skills validated one unit at a "
        "time, which rewards progress and helps them avoid repeating a whole year.",
        ["BE-FR"],
        ["recognition", "flexible-pathways"],
        ["learners-at-risk"],
        "Ministry of the French Community",
        ["fr"],
        2011,
        "ongoing",
    ),
    (
        "apprenticeship-coaching",
        "good-practice",
        "Coaching for apprentices and training companies",
        "Austrian coaches step in when apprentices and their company trainers disagree, so that "
        "a misunderstanding does not end an apprenticeship; trainers can be coached too.",
        ["AT"],
        ["work-based-learning", "guidance"],
        ["learners-at-risk", "employers"],
        "Austrian Economic Chambers",
        ["de"],
        2012,
        "ongoing",
    ),
    (
        "work-experience-matters",
        "tool",
        "My work experience matters!",
        "A set of tools that helps migrants have their professional experience and potential "
        "recognised, combining counselling with short work placements.",
        ["DE"],
        ["recognition", "migrants"],
        ["migrants"],
        "",
        ["de", "en", "ar"],
        2016,
        "completed",
    ),
    (
        "codered-curriculum",
        "tool",
        "Code RED curriculum and learning material",
        "Learning material that builds young people's employability skills, with a tutor "
        "handbook on helping them back into education and training.",
        ["IE", "NL"],
        ["guidance"],
        ["early-leavers", "teachers-trainers"],
        "",
        ["en", "nl"],
        2015,
        "completed",
    ),
    (
        "jovent-pathways",
        "good-practice",
        "Comprehensive pathways for young people",
        "A cooperative offers young people a single route through guidance, training, social "
        "support and a first job.",
        ["ES"],
        ["guidance", "flexible-pathways"],
        ["early-leavers"],
        "Jovent cooperative",
        ["es"],
        1999,
        "ongoing",
    ),
    (
        "involve-parents",
        "tool",
        "Involve parents, improve school",
        "Practical ideas and materials that help teachers bring parents into school life.",
        ["PT", "IT"],
        ["families"],
        ["parents", "teachers-trainers"],
        "",
        ["pt", "it", "en"],
        2014,
        "completed",
    ),
    (
        "recognition-contact-points",
        "good-practice",
        "Contact points for qualifications gained abroad (AST)",
        "Free counselling on having qualifications from abroad recognised and on further "
        "education, offered in many languages to migrants and people under protection.",
        ["AT"],
        ["recognition", "migrants"],
        ["migrants"],
        "AST contact points",
        [
            "de",
            "bs",
            "sr",
            "hr",
            "tr",
            "en",
            "pl",
            "ru",
            "uk",
            "fr",
            "ro",
            "es",
            "pt",
            "zh",
            "fa",
            "ar",
            "dyu",
            "bbo",
        ],
        2013,
        "ongoing",
    ),
    (
        "informal-moments",
        "quick-win",
        "Informal moments between learners and staff",
        "Short, relaxed encounters between learners and school staff help build trust and good "
        "relationships.",
        ["FI", "EE", "LV", "NL"],
        ["guidance"],
        ["learners-at-risk", "teachers-trainers"],
        "",
        [],
        None,
        "",
    ),
    (
        "welcome-days",
        "quick-win",
        "Welcome days for new learners",
        "A first week that introduces new learners to each other, to their teachers and to the "
        "workshop makes a good start more likely.",
        ["DK", "SE"],
        ["early-warning"],
        ["learners-at-risk"],
        "",
        [],
        None,
        "",
    ),
    (
        "absence-alerts",
        "quick-win",
        "Same-day follow-up of absences",
        "Calling a learner on the day they miss class shows that someone notices, and reveals "
        "problems early.",
        ["NL", "BE-NL"],
        ["early-warning"],
        ["learners-at-risk", "parents"],
        "",
        [],
        None,
        "",
    ),
    (
        "peer-mentors",
        "good-practice",
        "Peer mentors in the workshop",
        "Second-year learners mentor newcomers during practical training and help them settle "
        "into the trade.",
        ["EE", "LV"],
        ["work-based-learning", "guidance"],
        ["learners-at-risk"],
        "",
        ["et", "lv"],
        2019,
        "pilot",
    ),
]

COVE_EVENT = {
    "slug": "cove-stakeholder-consultation",
    "title": "International dimension of Centres of Vocational Excellence: stakeholders' "
    "consultation",
    "summary": "An online meeting to present the project and explore, with international "
    "and EU organisations, how they could take part and be consulted.",
    "start": dt.datetime(2022, 3, 30, 10, 0),
    "end": dt.datetime(2022, 3, 30, 11, 30),
    "time_zone": "Europe/Rome",
    "venue": "",
    "online": True,
    "organisers": ["etf", "empl"],
    "documents": [
        ("Agenda", "agenda"),
        ("Factsheet on the international dimension of CoVEs", "factsheet"),
        ("Presentations by ETF experts", "presentation"),
        ("Presentation by DG Employment", "presentation"),
    ],
}

EVENTS = [
    COVE_EVENT,
    {
        "slug": "iag-tvet-meeting-thessaloniki",
        "title": "Interagency Group on TVET meets in Thessaloniki",
        "summary": "International organisations working on VET compare recent work, the "
        "influence of artificial intelligence on skills, and VET in times of crisis.",
        "start": dt.datetime(2023, 12, 7, 9, 30),
        "end": dt.datetime(2023, 12, 7, 17, 0),
        "time_zone": "Europe/Athens",
        "venue": "Cedefop, Thessaloniki",
        "online": False,
        "organisers": ["cedefop", "unesco"],
        "documents": [("Agenda", "agenda")],
    },
    {
        "slug": "cedefop-etf-knowledge-sharing-seminar",
        "title": "Cedefop-ETF knowledge-sharing seminar: excellence and inclusion",
        "summary": "The two agencies' yearly seminar, held the day after the interagency "
        "meeting.",
        "start": dt.datetime(2023, 12, 8, 9, 0),
        "end": dt.datetime(2023, 12, 8, 13, 0),
        "time_zone": "Europe/Athens",
        "venue": "Cedefop, Thessaloniki",
        "online": False,
        "organisers": ["cedefop", "etf"],
        "documents": [],
    },
    {
        "slug": "ambassadors-web-seminar-2027",
        "title": "Ambassadors' web seminar: inclusive VET in practice",
        "summary": "Ambassadors share what works in keeping learners on board, from early "
        "warning to coaching in companies.",
        "start": dt.datetime(2027, 3, 17, 14, 0),
        "end": dt.datetime(2027, 3, 17, 15, 30),
        "time_zone": "Europe/Riga",
        "venue": "",
        "online": True,
        "online_url": "https://meet.vet-portal.example.eu/ambassadors-2027",
        "registration_url": "https://events.vet-portal.example.eu/ambassadors-2027/register",
        "organisers": ["cedefop"],
        "documents": [("Agenda", "agenda")],
    },
]

NEWS = [
    {
        "slug": "interagency-group-tvet-cedefop",
        "title": "Cedefop hosts the Interagency Group on TVET for the first time",
        "date": dt.date(2023, 12, 11),
        "lead": "Heads of international organisations working on vocational education and "
        "training met at Cedefop to discuss working groups, artificial intelligence and "
        "crisis response.",
        "body": "<p>The group, set up by UNESCO in 2008, coordinates the policy advice, "
        "programmes and research of international organisations on TVET. Its members "
        "discussed joint implementation plans so that support to countries draws on shared "
        "evidence.</p><p>Working groups cover indicators, career guidance, the future of "
        "TVET and work-based learning.</p>",
        "caption": "Participants of the interagency meeting in Thessaloniki.",
        "people": ["siebel", "torsti", "zahilas", "huot"],
        "organisations": [
            "cedefop",
            "unesco",
            "unevoc",
            "ilo",
            "oecd",
            "worldbank",
            "etf",
            "empl",
        ],
    },
    {
        "slug": "cedefop-etf-cooperation-2024-2026",
        "title": "Cedefop and the ETF renew their cooperation for 2024-26",
        "date": dt.date(2023, 12, 12),
        "lead": "The directors of the two sister agencies signed a new framework of "
        "cooperation before their yearly knowledge-sharing seminar.",
        "body": "<p>The agencies have worked together under a formal agreement since 2001, "
        "ahead of the enlargements of 2004 and 2007. This year's seminar looked at "
        "excellence and inclusion.</p>",
        "caption": "The directors of Cedefop and the ETF after signing the framework.",
        "people": ["siebel", "torsti"],
        "organisations": ["cedefop", "etf"],
    },
    {
        "slug": "vocational-teacher-to-learning-ambassador",
        "title": "From vocational teacher to learning ambassador",
        "date": dt.date(2022, 11, 15),
        "lead": "Teachers trained as learning ambassadors link their schools with technology "
        "companies and coach workplace instructors.",
        "body": "<p>Technology companies need both engineers and skilled workers with a "
        "secondary qualification. In the NextSteps@TechVET project, schools and companies "
        "from four countries work out how teachers and companies can cooperate.</p>",
        "caption": "Learning ambassadors at a training event in Finland.",
        "people": [],
        "organisations": ["north-tech", "tallinn-vet", "riga-vet", "delta-vet"],
    },
]

NEXTSTEPS = {
    "slug": "nextsteps-techvet",
    "title": "NextSteps@TechVET",
    "acronym": "NextSteps@TechVET",
    "summary": "Partnerships between VET providers and technology companies that promote "
    "work-based learning and the career guidance skills of the people involved.",
    "start_date": dt.date(2020, 9, 1),
    "end_date": dt.date(2023, 8, 31),
    "partners": ["north-tech", "tallinn-vet", "riga-vet", "delta-vet"],
    "countries": ["FI", "EE", "LV", "NL"],
    "funding_programme": "Erasmus+",
    "work_packages": [
        (
            1,
            "Training learning ambassadors",
            "Teachers learn to act between school and "
            "work as career guidance specialists.",
        ),
        (
            2,
            "Material bank",
            "Tips and self-assessment tools in all project languages.",
        ),
        (3, "Open Badges", "Criteria for learning ambassadors and workplace trainers."),
    ],
}

COVE = {
    "slug": "international-dimension-coves",
    "title": "The international dimension of Centres of Vocational Excellence",
    "acronym": "CoVE international",
    "summary": "A 24-month project for DG Employment that builds international cooperation "
    "between Centres of Vocational Excellence, on the basis of the ETF Network of "
    "Excellence.",
    "start_date": dt.date(2021, 11, 1),
    "end_date": dt.date(2023, 10, 31),
    "partners": ["etf", "empl"],
    "countries": [],
    "funding_programme": "European Commission",
    "work_packages": [
        (1, "International self-assessment tool for vocational excellence", ""),
        (2, "Feasibility of a quality award on vocational excellence", ""),
        (
            3,
            "Evidence on excellence for the digital and green transitions, innovation and "
            "applied research",
            "",
        ),
        (4, "Policy support and capacity building", ""),
    ],
}

ALL_LANGUAGES = ["en", "fi", "nl", "et", "lv"]

# title, description, type, audiences, languages
RESOURCES = [
    (
        "Learning ambassador self-assessment",
        "Rate your own competences against the learning ambassador model.",
        "self-assessment",
        ["learning-ambassador"],
        ALL_LANGUAGES,
    ),
    (
        "Workplace trainer self-assessment",
        "A checklist for instructors who guide learners at work.",
        "self-assessment",
        ["workplace-trainer"],
        ALL_LANGUAGES,
    ),
    (
        "Tips for the first day at the workplace",
        "Short advice for trainers welcoming a learner.",
        "guide",
        ["workplace-trainer", "company"],
        ALL_LANGUAGES,
    ),
    (
        "Open Badge criteria: learning ambassador",
        "What a learning ambassador shows to earn the badge.",
        "badge-criteria",
        ["learning-ambassador"],
        ["en", "fi"],
    ),
    (
        "Open Badge criteria: workplace trainer",
        "What a workplace trainer shows to earn the badge.",
        "badge-criteria",
        ["workplace-trainer"],
        ["en", "et"],
    ),
    (
        "Supporting work-based learning: a practical guide",
        "Good ways of supporting learners, teachers and companies, drawn from the project.",
        "guide",
        ["learning-ambassador", "vet-teacher", "company"],
        ["en"],
    ),
]

# name, country, city, lat, lon, kind, organisation, expertise
AMBASSADORS = [
    (
        "Aino Virtanen",
        "FI",
        "Tampere",
        61.50,
        23.76,
        "learning-provider",
        "North Coast Technical College (demo)",
        "Guidance in technology programmes",
    ),
    (
        "Kristjan Tamm",
        "EE",
        "Tallinn",
        59.44,
        24.75,
        "learning-provider",
        "Harju Vocational Centre (demo)",
        "Work-based learning",
    ),
    (
        "Ilze Ozola",
        "LV",
        "Riga",
        56.95,
        24.11,
        "policy-maker",
        "Ministry (demo)",
        "Early warning systems",
    ),
    (
        "Sanne de Vries",
        "NL",
        "Utrecht",
        52.09,
        5.12,
        "expert",
        "Research institute (demo)",
        "Monitoring early leaving",
    ),
    (
        "Lukas Gruber",
        "AT",
        "Graz",
        47.07,
        15.44,
        "other-stakeholder",
        "Apprenticeship office (demo)",
        "Coaching apprentices",
    ),
    (
        "Marie Dubois",
        "BE",
        "Liège",
        50.63,
        5.57,
        "learning-provider",
        "School (demo)",
        "Unit-based certification",
    ),
    (
        "Nikos Papadopoulos",
        "GR",
        "Thessaloniki",
        40.64,
        22.94,
        "expert",
        "University (demo)",
        "Inclusive education",
    ),
    (
        "Ingrid Hansen",
        "NO",
        "Bergen",
        60.39,
        5.32,
        "policy-maker",
        "County authority (demo)",
        "Practice-based routes",
    ),
    (
        "Jón Sigurðsson",
        "IS",
        "Reykjavík",
        64.15,
        -21.94,
        "expert",
        "College (demo)",
        "Guidance",
    ),
    (
        "Ana Martín",
        "ES",
        "Valencia",
        39.47,
        -0.38,
        "other-stakeholder",
        "Cooperative (demo)",
        "Pathways for young people",
    ),
    (
        "Piotr Nowak",
        "PL",
        "Kraków",
        50.06,
        19.94,
        "learning-provider",
        "School (demo)",
        "Teacher development",
    ),
    (
        "Giulia Ricci",
        "IT",
        "Turin",
        45.07,
        7.69,
        "expert",
        "Foundation (demo)",
        "Family involvement",
    ),
]

# name, email, country, organisation, kind, motivation
APPLICATIONS = [
    (
        "Eva Novak",
        "eva.novak@example.org",
        "SI",
        "VET school (demo)",
        "learning-provider",
        "I coordinate a mentoring scheme and would like to share it.",
    ),
    (
        "Tomas Petrauskas",
        "tomas.p@example.org",
        "LT",
        "Agency (demo)",
        "policy-maker",
        "Our new monitoring system could interest other countries.",
    ),
    (
        "Hanna Berg",
        "hanna.berg@example.org",
        "SE",
        "Municipality (demo)",
        "other-stakeholder",
        "We run outreach to young people who left school.",
    ),
]
