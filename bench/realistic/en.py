"""English pages and queries of the realistic judged set."""

from bench.realistic.judged import JudgedPage as P
from bench.realistic.judged import JudgedQuery as Q

PAGES = [
    P(
        "apprenticeship-support-small-firms",
        "practice",
        "Apprenticeship support for small firms",
        "A regional service helps micro and small enterprises take on their first "
        "apprentice, from the contract to the final assessment.",
        "Many small businesses would like to train an apprentice but are put off by "
        "paperwork and by the time a young person needs in the first months. The "
        "service assigns each firm an apprenticeship adviser who explains the "
        "contract, checks the training plan with the school and visits the workplace "
        "twice in the first term. Employers can also borrow a trained mentor from a "
        "larger company nearby. Since the pilot started, 140 firms have hired "
        "apprentices for the first time, most of them in catering, car repair and "
        "hairdressing. Apprentices who were supported this way completed their "
        "apprenticeships more often than those in firms without an adviser, and "
        "several employers have taken on a second learner.",
    ),
    P(
        "early-warning-system",
        "practice",
        "An early warning system that spots learners at risk",
        "Schools combine absence, grades and wellbeing data to notice early who "
        "might drop out, and act within a week.",
        "Early leaving from vocational education and training rarely happens "
        "overnight. Learners usually miss lessons, fall behind in one or two subjects "
        "and lose contact with classmates long before they leave. The colleges in "
        "this practice check absences every Friday and flag any learner who misses "
        "more than three days in a month or fails two assessments. A flagged learner "
        "meets a tutor within seven days; together they agree on small steps, such "
        "as a changed timetable, extra support in mathematics or a visit to the "
        "school social worker. The system is not about control: staff were trained "
        "to talk with young people, not about them. Dropout fell from 14 to 9 per "
        "cent in three years.",
    ),
    P(
        "guidance-days",
        "event",
        "Guidance days 2027: careers in the skilled trades",
        "Two days of workshops for career counsellors, teachers and employers on "
        "helping young people choose a vocational path.",
        "The annual guidance days bring together people who advise learners on "
        "their choices. This year the programme focuses on the skilled trades, where "
        "employers report the largest shortages and young people often know least "
        "about the jobs. Counsellors will try out new online tools for exploring "
        "occupations, hear how companies organise taster days and discuss how to "
        "speak with parents who doubt that vocational training leads anywhere. On the "
        "second day, participants visit training workshops in construction, "
        "electrical installation and welding. The event is free, but places are "
        "limited to 120; please register by 15 March. Sessions are in English with "
        "interpretation into the host country's language.",
    ),
    P(
        "validation-of-prior-learning",
        "page",
        "Validation of non-formal and informal learning",
        "How adults can have skills they gained at work, in volunteering or at home "
        "assessed and recognised towards a qualification.",
        "People learn a great deal outside classrooms: at work, in clubs, while "
        "caring for family members or volunteering. Validation of non-formal and "
        "informal learning (VNFIL) makes that learning visible. It usually has four "
        "stages: identifying what a person knows and can do, documenting it, "
        "assessing it against a standard and certifying the result. Many countries "
        "call it recognition of prior learning (RPL) or accreditation of prior "
        "learning. A successful validation can shorten a training programme, give "
        "exemptions from modules or lead to a full vocational qualification. Guidance "
        "is essential throughout, because candidates often underestimate what they "
        "already know. This page links to national contact points and to the "
        "European guidelines for validation.",
    ),
    P(
        "workplace-instructor-training",
        "practice",
        "Training for workplace instructors",
        "A short course gives the employees who supervise learners in companies the "
        "skills to plan, guide and assess learning on the job.",
        "Work-based learning is only as good as the person who looks after the "
        "learner in the company. Yet most workplace instructors have never been "
        "taught how to teach. This three-day course, run jointly by vocational "
        "colleges and employer organisations, covers planning tasks that match the "
        "curriculum, giving feedback, handling conflicts and assessing competence at "
        "the workplace. Participants bring a real learner's plan and improve it "
        "during the course. Companies value the certificate, and colleges report "
        "that placements with a trained instructor are interrupted less often. The "
        "course is offered online and in person, in the evenings, so that "
        "supervisors do not have to leave production for whole days.",
    ),
    P(
        "green-skills-construction",
        "news",
        "Construction sector asks for green skills",
        "A new study shows that building firms struggle to find workers who can "
        "install heat pumps, insulate old houses and work with recycled materials.",
        "Renovating Europe's housing stock to save energy will need hundreds of "
        "thousands of skilled workers. According to the study published this week, "
        "two thirds of construction companies already have vacancies that require "
        "green skills, such as fitting solar panels, installing heat pumps or "
        "sorting demolition waste for reuse. Vocational schools are updating their "
        "programmes, but teachers say equipment is expensive and changes fast. The "
        "authors recommend short upskilling courses for workers already in the "
        "sector, closer links between schools and manufacturers, and including "
        "sustainability in every construction qualification rather than in a "
        "separate module. The study covers twelve countries and is available in "
        "full on our publications page.",
    ),
    P(
        "digital-skills-vet-teachers",
        "practice",
        "Digital skills for VET teachers",
        "Teachers in vocational schools build their digital competence in small "
        "online modules and share what works with colleagues.",
        "When schools closed during the pandemic, many vocational teachers had to "
        "move practical lessons online within days. The experience showed large "
        "differences in digital competence. In this practice, teachers first assess "
        "themselves with a self-reflection tool and then choose modules on topics "
        "such as recording demonstration videos, using simulators, assessing "
        "learners online and protecting learners' data. Each module takes about two "
        "hours. A digital coach in every school helps colleagues try new tools in "
        "their own lessons. After a year, teachers reported more confidence, and "
        "learners said lessons had become more varied. The modules are free to "
        "reuse under an open licence.",
    ),
    P(
        "teachers-and-trainers",
        "page",
        "Teachers and trainers in VET",
        "The people who teach in vocational schools and train learners in companies "
        "need continuing professional development throughout their careers.",
        "Vocational education and training depends on two professions that work side "
        "by side: teachers in schools and trainers in companies. Teachers need both "
        "pedagogical skills and up-to-date knowledge of their trade; trainers are "
        "experienced workers who guide learners on the job. Both groups face fast "
        "technological change, more diverse learners and new tasks such as guidance "
        "and validation. Continuing professional development (CPD) keeps them up to "
        "date: work placements for teachers in companies, courses in teaching for "
        "trainers, networks in which both learn from each other. This page collects "
        "our studies on the teaching profession, country examples of CPD and the "
        "results of our survey of 4,000 teachers and trainers.",
    ),
    P(
        "second-chance-adult-learning",
        "practice",
        "A second chance for adults without a qualification",
        "Adult learners combine work and study to gain the vocational qualification "
        "they missed when they were young.",
        "Around one in five adults in the participating regions has no upper "
        "secondary qualification. Many of them work, have families and cannot go back "
        "to school full time. This programme offers evening and weekend classes, "
        "learning at the workplace and recognition of what participants already know "
        "from their jobs. A personal study plan means that an experienced care "
        "assistant, for example, may only need a few modules to qualify. Each adult "
        "learner has a coach who helps with motivation and practical problems such as "
        "childcare. More than 600 adults have enrolled so far; three quarters of "
        "them completed their qualification, and many moved to better paid jobs.",
    ),
    P(
        "lifelong-guidance-services",
        "page",
        "Lifelong guidance",
        "Information, advice and counselling that help people of every age make "
        "choices about learning and work.",
        "Career decisions are not made once. Young people choose a school, adults "
        "change jobs, retrain or return to learning after a break. Lifelong guidance "
        "supports people at each of these moments with information about "
        "occupations and courses, advice on options and counselling for those who "
        "need more time. Services are offered by schools, public employment "
        "services, adult education centres and, increasingly, online. Good guidance "
        "is independent, free or affordable, and reaches those who are least likely "
        "to ask for it. This page explains how guidance systems are organised in "
        "Europe and links to our work on career management skills and on measuring "
        "the effects of guidance.",
    ),
    P(
        "apprenticeship-reform",
        "news",
        "Parliament adopts apprenticeship reform",
        "Apprentices will receive a minimum wage and companies a bonus for every "
        "learner who finishes the programme.",
        "The new law, adopted on Tuesday after two years of debate, changes how "
        "apprenticeships are funded. From next September, every apprentice will be "
        "paid at least sixty per cent of the national minimum wage in the first "
        "year, rising in later years. Employers will receive a bonus when their "
        "apprentice passes the final examination, rather than a subsidy at the "
        "start. The reform also allows apprenticeship contracts for adults over 25, "
        "which were not possible before. Trade unions welcomed the wage rules; "
        "employer organisations warned that small firms need simpler paperwork. The "
        "ministry expects the number of apprentices to grow by a quarter within "
        "five years.",
    ),
    P(
        "early-leaving-webinar",
        "event",
        "Webinar: what works against early leaving from VET",
        "Practitioners present three measures from the VET toolkit for tackling "
        "early leaving and answer questions from participants.",
        "This one-hour web seminar is for teachers, school leaders, guidance staff "
        "and policy makers who want to prevent young people from leaving education "
        "and training early. Three speakers present measures that have been "
        "evaluated: a mentoring scheme for first-year learners, a flexible pathway "
        "that lets learners change programme without starting again, and a "
        "cooperation between schools and youth workers to reach learners who no "
        "longer attend. Each talk is followed by questions. The session will be "
        "recorded and published on this page. Participation is free; you will "
        "receive the link after registering. The webinar is part of our series on "
        "inclusive education and training.",
    ),
    P(
        "first-year-mentoring",
        "practice",
        "Peer mentors for first-year learners",
        "Older students mentor newcomers in their first months at a vocational "
        "college, when the risk of leaving is highest.",
        "The first months at a new school decide a lot. Learners who do not find "
        "friends or feel lost in a large college are more likely to leave before the "
        "first summer. Here, second- and third-year students volunteer as peer "
        "mentors. Each mentor looks after four or five newcomers from the same "
        "programme, meets them weekly and shows them the workshops, the canteen and "
        "where to get help. Mentors are trained in listening and in knowing when to "
        "involve a teacher. They receive credits for their work. The college "
        "measured fewer early leavers among mentored learners, and mentors said they "
        "gained confidence themselves.",
    ),
    P(
        "return-to-education",
        "practice",
        "Back on track: bringing early leavers back into training",
        "Youth workers and schools contact young people who have left without a "
        "qualification and help them return.",
        "Every year some young people disappear from the register of the vocational "
        "school without another place to go. The municipality receives their names "
        "and a youth worker contacts each of them within a month, by phone, social "
        "media or a home visit. The first meetings are about the young person's "
        "situation, not about school. Many have debts, health problems or no stable "
        "housing. When they are ready, they can join a short preparatory course that "
        "combines practical work in a workshop with basic skills, and then re-enter "
        "a vocational programme, often in another field. Two thirds of those "
        "contacted return to education, training or work within a year.",
    ),
    P(
        "language-support-migrants",
        "practice",
        "Language support built into vocational courses",
        "Newly arrived migrants learn the host country's language while they train "
        "for a trade.",
        "Waiting until they speak the language fluently keeps many newly arrived "
        "adults and young people out of work for years. This practice teaches "
        "language and vocational content together. A language teacher and a "
        "vocational teacher plan the lessons jointly and sometimes teach in the same "
        "workshop, so that learners practise the words they need for the job, from "
        "safety instructions to talking with customers. Written tasks are kept short "
        "and practical. The courses run in cleaning, logistics, care and cooking. "
        "Participants reach the level needed for work placements months earlier "
        "than in separate language courses, and employers report fewer "
        "misunderstandings at the workplace.",
    ),
    P(
        "work-based-learning-survey",
        "news",
        "Survey: companies want more say in work-based learning",
        "Employers are willing to host more learners if schools involve them in "
        "planning and assessment.",
        "The survey of 2,300 companies, carried out last spring, asked why firms "
        "host, or do not host, learners from vocational schools. Most employers see "
        "work-based learning as a way to recruit future staff. Those that stopped "
        "cited poor communication with schools, learners arriving unprepared and "
        "little influence over what learners do. Firms that take part in designing "
        "the training plan and the final assessment are twice as likely to keep "
        "hosting learners. The report recommends a named contact person in every "
        "school, joint training for teachers and workplace instructors, and short "
        "written agreements on tasks and goals for each placement.",
    ),
    P(
        "green-transition-conference",
        "event",
        "Conference: VET for the green transition",
        "Policy makers, schools and social partners discuss how vocational "
        "education prepares people for a climate-neutral economy.",
        "The green transition changes jobs in energy, transport, agriculture and "
        "manufacturing, and creates new ones. This two-day conference asks what "
        "vocational education and training must do so that learners and workers "
        "can take part. Keynotes present forecasts of skills needs up to 2035. "
        "Panels discuss sustainability in curricula, training for teachers, and "
        "how to make sure that workers in declining industries are not left behind. "
        "Schools present projects from wind turbine maintenance to organic farming. "
        "The conference takes place in Brussels and online. Working languages are "
        "English and French; the programme and speakers will be published on this "
        "page.",
    ),
    P(
        "online-guidance-chat",
        "practice",
        "Career counselling by chat",
        "A national chat service lets young people and adults talk to a qualified "
        "career counsellor in the evening and at weekends.",
        "Many people who need advice on training or work do not visit a guidance "
        "office: they are busy, live far away or feel uneasy asking for help. The "
        "chat service is open until ten in the evening and on Saturdays. Counsellors "
        "answer questions about courses, apprenticeships, financial support and "
        "changing careers; they can also book a video meeting for a longer "
        "conversation. Users may stay anonymous. The service answered 48,000 chats "
        "last year; almost half came from adults over 30, and many users said they "
        "would not have contacted a counsellor otherwise. Counsellors work from "
        "regional offices and share a common knowledge base.",
    ),
    P(
        "early-leavers-statistics",
        "news",
        "Fewer early leavers, but gaps remain",
        "The share of young people leaving education and training early fell again, "
        "but boys and young people born abroad are still far more at risk.",
        "New figures show that 9.5 per cent of 18 to 24 year olds in the European "
        "Union left education and training with at most lower secondary education. "
        "The EU target for 2030 is below 9 per cent. Several countries have already "
        "reached it; in others the rate has hardly changed in ten years. Young men "
        "leave early more often than young women, and the rate among young people "
        "born outside the EU is about twice as high. Vocational education plays a "
        "double role: it keeps many practically minded learners in school, but "
        "dropout rates in some vocational programmes are also high. Our analysis "
        "looks at the data country by country.",
    ),
    P(
        "about-vet",
        "page",
        "What is vocational education and training?",
        "Vocational education and training (VET) prepares people for occupations, "
        "at school, in companies and throughout working life.",
        "Vocational education and training equips young people and adults with the "
        "knowledge, skills and competences that particular occupations require. "
        "Initial VET usually takes place at upper secondary level, in schools, in "
        "companies or in both, as in apprenticeships. Continuing VET helps adults "
        "update their skills or change careers. Europe's systems differ widely: in "
        "some countries most learners are apprentices, in others almost all "
        "training takes place at school with placements in companies. What they "
        "share is the goal of qualifications that employers trust and that allow "
        "learners to continue to higher education. This page explains the main "
        "terms and links to country descriptions.",
    ),
    P(
        "micro-credentials",
        "page",
        "Micro-credentials for learning and work",
        "Small, certified units of learning that people can collect, combine and "
        "show to employers.",
        "A micro-credential certifies what a person has learnt in a short course or "
        "learning experience, against transparent standards. Micro-credentials can "
        "be offered by vocational schools, universities, companies or training "
        "providers, and they can sometimes be stacked towards a larger "
        "qualification. They appeal to adults who need to update one skill quickly, "
        "for example in data analysis or heat pump installation, without completing "
        "a whole programme. For learners and employers to trust them, each "
        "micro-credential should state the learning outcomes, workload, assessment "
        "method and issuer, and it should be possible to store it digitally. This "
        "page summarises the European approach and our research on how VET uses "
        "short courses.",
        english_only=True,
    ),
    P(
        "skills-forecasting",
        "page",
        "Skills forecast: which jobs will be in demand",
        "Our skills forecast estimates future employment and job openings by "
        "occupation, sector and qualification level for every Member State.",
        "Knowing which skills the labour market will need helps young people choose "
        "a field, schools plan their programmes and governments decide where to "
        "invest. The skills forecast uses a common model and data for all countries. "
        "It projects employment growth, but also replacement needs: jobs that open "
        "because workers retire or move. The latest forecast expects most job "
        "openings in health care, teaching, ICT and skilled trades, and a growing "
        "demand for medium and high qualifications. Forecasts are not predictions "
        "of the future; they show what happens if current trends continue. Country "
        "pages and the full dataset are available for download.",
        english_only=True,
    ),
    P(
        "individual-learning-accounts",
        "page",
        "Individual learning accounts",
        "A personal training budget that adults can spend on recognised courses, "
        "whoever their employer is.",
        "Adults with low qualifications are the least likely to take part in "
        "training, although they would benefit most. Individual learning accounts "
        "give every adult a yearly amount of money for training, which they can "
        "save up and take with them when they change jobs. A public register lists "
        "the courses that count, and guidance helps people choose. Experience from "
        "countries that introduced such accounts shows that the money alone is not "
        "enough: people need information, time off for training and courses close "
        "to where they live. This page collects the Council recommendation, "
        "national examples and our evaluation of early schemes.",
        english_only=True,
    ),
    P(
        "centres-of-vocational-excellence",
        "page",
        "Centres of vocational excellence",
        "Networks of schools, companies and research bodies that raise the quality of "
        "VET in a region or a sector.",
        "Centres of vocational excellence (CoVEs) bring together vocational "
        "providers, employers, universities and local authorities around a shared "
        "goal, such as skills for the hydrogen economy or for modern agriculture. "
        "They develop new programmes, train teachers, offer upskilling for workers "
        "and support small companies with innovation. Many take part in European "
        "platforms that link centres in several countries. Excellence here does not "
        "mean selecting the best learners: the centres are expected to be inclusive "
        "and to serve the whole region. This page presents the platforms, examples "
        "of centres and our reports on how they are funded and governed.",
        english_only=True,
    ),
]

QUERIES = [
    Q(
        "apprenticeships small businesses",
        "inflection",
        {"apprenticeship-support-small-firms": 2, "apprenticeship-reform": 1},
    ),
    Q(
        "warning signs learner dropping out",
        "inflection",
        {"early-warning-system": 2, "first-year-mentoring": 1},
    ),
    Q(
        "dropout prevention",
        "synonym",
        {
            "early-warning-system": 2,
            "early-leaving-webinar": 1,
            "first-year-mentoring": 1,
            "return-to-education": 1,
        },
    ),
    Q(
        "school leavers without diploma return",
        "synonym",
        {"return-to-education": 2, "second-chance-adult-learning": 1},
    ),
    Q("career counselling chat", "synonym", {"online-guidance-chat": 2}),
    Q("RPL", "acronym", {"validation-of-prior-learning": 2}),
    Q(
        "CPD for trainers",
        "acronym",
        {"teachers-and-trainers": 2, "workplace-instructor-training": 1},
    ),
    Q("CoVE", "acronym", {"centres-of-vocational-excellence": 2}),
    Q("microcredentials", "compound", {"micro-credentials": 2}),
    Q("credentials", "compound-part", {"micro-credentials": 2}),
    Q("heatpump installers", "compound", {"green-skills-construction": 2}),
    Q(
        "apprentiseship reform",
        "typo",
        {"apprenticeship-reform": 2, "apprenticeship-support-small-firms": 1},
    ),
    Q("validaton informal learning", "typo", {"validation-of-prior-learning": 2}),
    Q("mentoring newcomers college", "multi-word-fields", {"first-year-mentoring": 2}),
    Q(
        "teachers digital competence modules",
        "multi-word-fields",
        {"digital-skills-vet-teachers": 2},
    ),
    Q(
        "forecast job openings by occupation",
        "multi-word-fields",
        {"skills-forecasting": 2},
    ),
    Q(
        "training budget for adults",
        "multi-word-fields",
        {"individual-learning-accounts": 2, "second-chance-adult-learning": 1},
    ),
    Q("early leavers figures", "inflection", {"early-leavers-statistics": 2}),
]
