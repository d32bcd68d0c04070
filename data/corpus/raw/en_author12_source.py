"""English training families from a twelfth hand: contrastive pairs of approaches and honest look-alikes.

Written by a helper session (an AI assistant), the twelfth English hand, by hand from the threat
description in ../shared/DESIGN.md and the public warnings it cites (CSIS, MI5/NPSA "Think Before You
Link", FBI) only: blind to the rule packs, the training corpus, data/dev and the evaluation sets; the
screener was never run on the output. Every person, firm, institute, outlet, handle and number is
invented (example.* domains, 555-01xx, +44 7700 900xxx, +852 5000 0121, +86 138 0000 0000); real
places appear only as context.

Run: ``.venv/bin/python data/corpus/raw/en_author12_source.py`` rewrites ``en_author12.jsonl`` next to
this file (byte-identical each run) after checking ids, the subtlety convention and the length bands.

The angle is contrastive pairs: each suspicious family ``en12-s-NN`` has an honest twin ``en12-b-NN``
in the same situation and with the same surface words (pay, client, report, travel, WhatsApp, WeChat,
internal, upcoming, meeting abroad), which differs only in what makes it honest:

- s-01/b-01, s-03/b-03: a recruiter or headhunter who keeps the employer vague and asks about the
  current project against one who names the employer, the role and the salary band and asks for a CV;
- s-02/b-02: a move to WhatsApp, WeChat or a personal address to hide, against one for scheduling;
- s-04/b-04, s-05/b-05: a "consultancy" paying more for colour on what is coming, against expert
  networks that name the firm, pay for one call, refuse non-public information and make the expert
  sign a compliance attestation (one turns a cleared employee away);
- s-06/b-06, s-07/b-07, s-21/b-21: unsigned papers and notes that drift from public sources to the
  bench, a closed workshop abroad, against signed think-tank papers, journal reviews, public lectures,
  an external examiner and a visiting fellowship kept out of a restricted lab;
- s-08/b-08, s-09/b-09: a private dinner with "partners", slides from work and leave instead of a
  work trip, against a public conference that covers a speaker's travel and its logistics;
- s-10/b-10, s-11/b-11, s-22/b-22: a stranger or "colleague" who wants an internal document at a
  personal address, printed or photographed, against colleagues on the work channel;
- s-12/b-12: keeping chats from the manager against keeping a leaving do quiet;
- s-13/b-13, s-14/b-14: payment in USDT, gift cards, an envelope or through a relative, against
  payroll, outside-income and bank fraud notices and family money chats;
- s-15/b-15, s-16/b-16: threats to family to make someone come home and name community members,
  against parents, aunts and cousins asking when they will be home for the holidays or a wedding;
- s-17/b-17, s-18/b-18: deposits, cheques and task-app top-ups, against onboarding through the
  official portal and freelance platforms;
- s-19/b-19: a "journalist" asking off the record for what was not announced, against one asking on
  the record about an announced programme;
- s-20/b-20: a bidder fishing for the evaluation and rivals' prices, against a bid team's rules, the
  authority's published clarifications and a debrief.

Further benign families: security-awareness notices that quote the warning words (b-23, b-28),
clearance job adverts in UK, US and Canadian form (b-24), a consultant invoicing a named client (b-25),
business travel abroad and its declarations (b-26), parents' and alumni groups (b-27), family chats on
WeChat (b-29), and four plain families (b-30 to b-33). Sectors: defence, aerospace, semiconductors,
telecoms, energy, biotech, government policy, universities; UK, Canadian and US English.

Counts, printed from the file (lengths: the same with len(x['text'].split())) by
``.venv/bin/python -c "import json,collections as c; r=[json.loads(l) for l in
open('data/corpus/raw/en_author12.jsonl')]; print(c.Counter((x['label'],x['subtlety'],x['register']) for x in r))"``:
492 messages in 55 families (52 of 9, 3 of 8: 3 hand-written templates each, 3 fillings,
duplicates dropped). 197 suspicious (40%) in 22 families: 12 subtle families with 108 messages
(no stock word of TELLTALE below), 10 overt families with 89. 295 benign in 33 families, 29 of
them look-alikes (260 messages), 4 plain (35). Length in words, suspicious / benign: short chat
lines (3-20 words) 62 / 97, InMails, short e-mails and chat exports (30-120) 63 / 99, long e-mails with
signatures, quoted replies or forwarded headers (121-300) 72 / 99; range 11-205 / 8-209, median 72 / 55.
Stages (label 1): elicitation 60, meeting 24, contact 24, payment 18, coercion 18, job_scam 17,
paid_task 15, secrecy 12, pivot 9.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, Template, build, write

SEED = 1220261122
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "en_author12.jsonl"

# Stock words of the threat. A subtle family's rows must contain none of them, an overt family's
# rows at least one (checked in main()).
TELLTALE = re.compile(
    r"whats ?app|wechat|weixin|telegram|signal|gmail|proton|outlook|\bvx\b|\bwx\b|zoom|skype|\bteams\b|"
    r"@|[$£€¥]|\busdt?\b|\bcad\b|client|\bfees?\b|\bpa(?:y|id|ying|yment)|cash|crypto|bitcoin|money|"
    r"reward|honorari|stipend|gift card|deposit|cheque|invoice|confidential|secret|classified|"
    r"between us|internal|non-public|report|police|return|don't tell|do not tell|your employer"
)


def T(stage: str, cats: str, text: str) -> Template:
    """One hand-written template; the triple-quoted text is stripped of its outer blank lines."""
    return (stage, cats, text.strip("\n"))


POOLS: dict[str, list[str]] = {
    "name": ["Priya", "Daniel", "Mei", "Tom", "Aisha", "Graham", "Nadia", "Owen", "Farah", "Kevin", "Lindsay", "Arjun", "Wen", "Rachel"],
    "surname": ["Okafor", "Lindqvist", "Chen", "Harrow", "Desrosiers", "Patel", "Whitcombe", "Nakamura", "Brennan", "Aziz"],
    "sender": ["Jordan", "Claire", "Harj", "Megan", "Stuart", "Bex", "Ahmed", "Tessa", "Rob", "Yusuf"],
    "hirer": ["Corvane Semiconductor", "Brightwater Aerospace", "Halden Grid Systems", "Marrowpoint Networks",
              "Tessaline Therapeutics", "Ardent Shield Defence", "Northfold Avionics", "Quillon Photonics"],
    "role": ["Senior RF Systems Engineer", "Principal Process Integration Engineer", "Lead Flight Software Engineer",
             "Grid Protection Engineer", "Network Security Architect", "Senior Bioprocess Scientist",
             "Systems Safety Engineer", "Energy Security Policy Analyst"],
    "salary": ["£78,000–£88,000 plus bonus", "CAD 128,000–142,000", "US$152,000–168,000 base", "£64,000–£71,000",
               "$118k to $131k plus a 10% bonus"],
    "ukplace": ["Bristol", "Derby", "Farnborough", "Filton"],
    "uksalary": ["£78,000–£88,000 plus bonus", "£64,000–£71,000", "£70,000–£82,000"],
    "usplace": ["Huntsville, AL", "Tucson, AZ", "Annapolis Junction, MD", "Colorado Springs, CO"],
    "ussalary": ["US$152,000–168,000 base", "$138,000 to $155,000", "$118k to $131k plus a 10% bonus"],
    "caplace": ["Ottawa", "Kanata", "Halifax", "Montréal"],
    "casalary": ["CAD 128,000–142,000", "$104,000 to $121,000 CAD", "CAD 96,500–112,000"],
    "ref": ["REQ-20418", "JR-3317", "AE-1192", "R-07744", "TS-5520"],
    "place": ["Bristol", "Ottawa", "Huntsville", "Derby", "Kanata", "Tucson", "Montréal", "Farnborough", "Austin"],
    "abroad": ["Singapore", "Istanbul", "Dubai", "Hong Kong", "Macau", "Kuala Lumpur", "Bangkok", "Shenzhen"],
    "confcity": ["Lisbon", "Seoul", "Vienna", "Singapore", "Edinburgh", "Denver", "Toulouse", "Melbourne"],
    "programme": ["the Kestrel radar refresh", "the 3 nm pilot line", "the Halcyon satellite bus",
                  "the grid-scale storage rollout", "the 5G core replacement", "the next UAV airframe",
                  "the fill-finish expansion", "the new export-control framework"],
    "topic": ["export controls on lithography tools", "small modular reactors", "spectrum auctions",
              "hypersonic test ranges", "mRNA manufacturing capacity", "undersea cable resilience",
              "satellite launch markets", "critical-minerals policy"],
    "industry": ["semiconductor equipment", "commercial aerospace", "telecoms infrastructure", "utilities",
                 "biotech", "defence electronics"],
    "doc": ["the board slides", "the Q3 programme review deck", "the test-range schedule", "the bid pricing sheet",
            "the supplier risk register", "the design review minutes"],
    "day": ["Thursday", "Monday", "Friday morning", "Tuesday", "the 14th", "Wednesday the 9th"],
    "hh": ["08", "09", "11", "14", "19", "21", "22"],
    "fee": ["$350", "£300", "CAD 450", "US$400", "£250", "$500"],
    "bigfee": ["$2,500", "£1,800", "US$3,000", "CAD 4,000", "£2,200"],
    "network": ["Caldera Insight Partners", "Longbridge Expert Calls", "Ridgeview Advisory Network",
                "Fennick Research Connect"],
    "thinktank": ["the Halloran Institute", "the Peregrine Policy Centre", "the Westmarch Forum",
                  "the Calder Foundation for Security Studies"],
    "uni": ["Marwick University", "the University of Eastvale", "St Aldric College", "Lorne Valley University"],
    "outlet": ["The Northern Ledger", "Capital Wire", "the Harbourside Post", "Meridian Business Daily"],
    "phone": ["+1 613 555 0142", "+44 7700 900417", "+1 202 555 0186", "+44 7700 900862", "+1 416 555 0119"],
    "abroadphone": ["+852 5000 0121", "+86 138 0000 0000", "+971 50 000 0147", "+65 8000 0133"],
    "personal": ["d.harlow.talent@gmail.example.com", "lin.consult88@mail.example.net",
                 "jw.partners@proton.example.org", "career.desk.k@outlook.example.com"],
    "hometown": ["Chengdu", "Harbin", "Tabriz", "Kunming", "Wuhan", "Shiraz", "Xi'an"],
}

# Shared by both classes, one pair of pools per register (so a chat line never opens with "Dear colleague").
CHAT_OPENERS = ["", "", "", "", "hey ", "hi ", "ok "]
CHAT_CLOSERS = ["", "", "", "", "", " …"]
EXPORT_OPENERS = [""]
EXPORT_CLOSERS = [""]
MAIL_OPENERS = ["Hi,\n\n", "Hello,\n\n", "Good afternoon,\n\n", "Hi there,\n\n", "Morning,\n\n", ""]
MAIL_CLOSERS = ["\n\nBest,\nJordan Pike", "\n\nKind regards,\nHelen Strand", "\n\nThanks,\nR. Mahendran",
                "\n\nCheers,\nKate Lowry", "\n\nRegards,\nDr Alan Mercer", "\n\nAll the best,\nTomás Reyes",
                "\n\nWarmly,\nMs P. Varga"]
LONG_OPENERS = ["", "", "Hello,\n\n", "Hi,\n\n", "Good morning,\n\n", "Dear colleague,\n\n"]
LONG_CLOSERS = ["", "", "", "\n\nPlease consider the environment before printing this e-mail."]

REGISTERS = {
    "chat": (CHAT_OPENERS, CHAT_CLOSERS),
    "chat_export": (EXPORT_OPENERS, EXPORT_CLOSERS),
    "inmail_email": (MAIL_OPENERS, MAIL_CLOSERS),
    "long_email": (LONG_OPENERS, LONG_CLOSERS),
}
F: dict[str, Families] = {register: Families() for register in REGISTERS}
SUBTLE: set[str] = set()


def family(fid: str, label: int, kind: str, register: str, lookalike: bool, templates: list[Template],
           subtle: bool = False) -> None:
    """Add a family to its register's list; ``subtle`` marks a suspicious family with no stock word."""
    F[register].add(fid, label, kind, register, lookalike, templates)
    if subtle:
        SUBTLE.add(fid)


# ---------------------------------------------------------------------------------------------
# Suspicious families (label 1). Each s-NN has an honest twin b-NN in the same situation.
# ---------------------------------------------------------------------------------------------

family("en12-s-01-vague-recruiter-current-project", 1, "fake_recruiter", "long_email", False, [
    T("contact", "credential_targeting vague_client sensitive_info", """
I came across your profile while researching engineers who have worked on {programme}, and I have to say your background stood out more than anyone else's on my list. I represent a client in the {industry} space who prefers not to be named at this early stage; they are expanding quietly and have asked me to approach only a handful of people with your depth of experience and, ideally, an active clearance.

The package would be well above market and they are flexible on location. Before I can take it further, my client likes to understand what candidates are working on right now, so it would help if you could give me a short description of your current project: the team size, where it sits in the schedule, and which parts you personally own. Nothing formal, a few paragraphs is fine.

I appreciate this is a little unusual, but the role is being shaped around the right person rather than the other way round. If it is easier, we can speak by phone this week.

Warm regards,
Victor Lam
Senior Partner, Talent Acquisition
Asia-Pacific Executive Search
"""),
    T("elicitation", "sensitive_info vague_client secrecy", """
Thanks for getting back to me so quickly, and apologies that I still can't share the company name. The client is strict about that until the second round.

They read your note and were impressed. Their technical lead had a few follow-up questions that would help them judge seniority: what frequency bands and output power the current design is targeting, which test milestones have slipped this year, and who the main subcontractors are on {programme}. If some of that isn't public yet, that's actually the most useful part for them, and it stays between us and the hiring panel.

Once I have this I can move you straight to an offer conversation and skip the usual rounds. They have mentioned a sign-on bonus, and I think you would be pleasantly surprised.

Best,
Victor

> On {day}, {name} {surname} wrote:
> Hi Victor, happy to hear more. Could you tell me which company this is
> and send the job description? I can't discuss my current work in any detail.
"""),
    T("contact", "credential_targeting vague_client off_platform paid_task", """
I run a small search practice that places senior people with {industry} firms across Asia and the Gulf. One of my clients, a well-funded group that I can introduce properly once we have spoken, is building a team around {topic}, and your name came up twice from people who know your work at {hirer}.

I won't pretend this is a standard process. They are less interested in a CV than in how you think, so the first step is an informal paid conversation about the direction your current team is taking and the problems you are running into. Compensation for your time is generous and can be arranged however suits you.

If you are open to it, reply with a personal e-mail or a mobile number and I will send over a short brief. LinkedIn messages get lost, and this is better kept off your work systems for now.

Kind regards,
Marcus Teo
Managing Director
Harbourline Talent Advisory
"""),
])

family("en12-s-02-recruiter-pivot-off-platform", 1, "fake_recruiter", "chat", False, [
    T("pivot", "off_platform vague_client", "{name}, easier to talk on WhatsApp, my client moves fast. {abroadphone}"),
    T("pivot", "off_platform secrecy", "{name}, can you add me on WeChat instead? better not to use your work email for this"),
    T("pivot", "off_platform credential_targeting", "send me your gmail and I'll share the {role} brief there, not on LinkedIn"),
])

family("en12-s-03-flattering-advisory-circle", 1, "fake_headhunter", "inmail_email", False, [
    T("contact", "credential_targeting", """
Your work on {programme} is exactly the kind of experience that is almost impossible to find. The people I work with are assembling a small advisory circle and would value someone who has seen these programmes from the inside, especially with your level of access. It is flexible, part-time, and can sit alongside your current job without any conflict. Would you be open to a short conversation this week? I can make it worth the hour.
"""),
    T("contact", "credential_targeting sensitive_info", """
I noticed you moved onto {programme} last year. Congratulations, that is a team very few people get into. I advise a group of investors who are trying to understand where the field is heading, and an hour with someone at your level would save them months. No CV needed and nothing formal; I'd simply like to hear what your days look like now and what the team is worried about. When could we talk?
"""),
    T("contact", "credential_targeting vague_client", """
We have a mutual connection from {uni}, who speaks very highly of you. I'm reaching out to a very small number of people who hold current vetting and work in {industry}. What I have in mind is unusual and better explained in person than in writing; it is about perspective rather than a new job. Could you tell me a little about what you're working on at the moment, so I can judge whether it fits?
"""),
], subtle=True)

family("en12-s-04-consultancy-colour-on-upcoming", 1, "fake_consultant", "long_email", False, [
    T("paid_task", "paid_task vague_client sensitive_info secrecy", """
We are a boutique consultancy supporting a client who is making investment decisions in {industry}. Our client values practitioners over analysts, and we would like to commission a series of short written briefings from you, roughly two pages each, monthly, on developments around {topic}.

The fee is {bigfee} per briefing, which we appreciate is well above what expert networks pay. The difference is that our client is not looking for what they can read in the trade press. They want colour: what is coming, what is being discussed in planning meetings, how the next round of decisions is shaping up, which suppliers are in and which are out. You would know better than anyone what is genuinely useful.

There is no need to involve your employer, and payment can be made to whichever account or platform you prefer, including outside the country if that is simpler for tax. Everything we receive is held strictly confidential and is seen by the client only.

If this appeals, I would suggest a first call on a private number. Mine is {abroadphone}.

With best wishes,
Edwin Sato
Director, Greyfield Strategic Advisory
"""),
    T("elicitation", "sensitive_info paid_task", """
Thank you for the first briefing. The client found the section on procurement timing especially helpful. For the next one, they asked me to push a little further. Specifically:

1. The dates and agenda for the next internal review of {programme}.
2. Any test results that have not yet been shared with the customer.
3. Names of the people on the evaluation board, and how they are leaning.

I understand some of this is not public. That is precisely why it carries a higher fee this round ({bigfee} rather than the usual). If you are worried about e-mail, you can dictate it on a call and I will write it up myself, so nothing comes from your side in writing.

The payment for the first piece went out on {day}; let me know if it has not reached the account you gave me.

Best,
Edwin

-----Original Message-----
From: {name} {surname}
Sent: {day}
Subject: briefing 1

Attached. I kept it to public sources as we agreed.
"""),
    T("meeting", "client_meeting paid_task vague_client secrecy", """
Our client would very much like to meet you in person. They are travelling to {abroad} later this month for a regional conference and have asked whether you could join them for a day of discussion there. All flights, hotel and meals would be covered by us, with a separate fee of {bigfee} for the day.

The format is informal: a working lunch and a longer conversation in the afternoon about {topic} and how your organisation sees the next two years. It would help if you could bring any material you have access to that shows the current direction (slides, planning documents, draft specifications), as the client likes to work from documents rather than memory.

We would recommend travelling on a personal basis rather than as a work trip, and booking leave rather than raising it with your line manager, simply to avoid paperwork. I will arrange the tickets directly; please send me your passport details by {day}.

Regards,
Edwin Sato
Greyfield Strategic Advisory
Mobile / WhatsApp: {abroadphone}
"""),
])

family("en12-s-05-people-i-work-with-want-more", 1, "handler_followup", "chat", False, [
    T("elicitation", "sensitive_info", "{name}, the people I work with were hoping for more about what hasn't been announced yet"),
    T("elicitation", "sensitive_info", "{name}, any word on who's been shortlisted for {programme}? before it goes out ideally"),
    T("elicitation", "sensitive_info credential_targeting", "last chat was great. could you sketch what the review board decided on {day}?"),
], subtle=True)

family("en12-s-06-unsigned-white-paper", 1, "fake_consultant", "inmail_email", False, [
    T("paid_task", "paid_task vague_client sensitive_info", """
I represent a research client who commissions short white papers from specialists. They would pay {bigfee} for a 3,000-word paper on {topic}, written under a pen name or unsigned; it will not be published anywhere. They are most interested in your own observations from work rather than published sources. Payment on delivery, to any account you like.
"""),
    T("paid_task", "paid_task vague_client secrecy", """
Following our call, here's the brief for the paper. The client is a private group, so it will circulate only among their staff and won't carry your name. Please cover how your organisation is approaching {programme} and what the planning assumptions are for next year. The fee is {bigfee}, half in advance. Best not to mention this to colleagues for now.
"""),
    T("paid_task", "paid_task unusual_payment off_platform sensitive_info", """
The paper on {topic} is due {day}. As discussed, the fee of {bigfee} will be paid in USDT, or in gift cards if you prefer, to keep things simple across borders. Please send it as an attachment from a personal address rather than your work account. The reader cares about the draft specifications much more than the background section.
"""),
])

family("en12-s-07-writing-drifts-to-the-bench", 1, "handler_followup", "chat_export", False, [
    T("paid_task", "paid_task sensitive_info", """
[{hh}:02] {sender}: read your piece on {topic}, really sharp
[{hh}:02] {sender}: the group I write for loved it
[{hh}:04] {name}: thanks! it was mostly from conference papers
[{hh}:05] {sender}: that's the thing, next time they'd like less from papers and more from your own bench
[{hh}:06] {sender}: like how your team actually runs the tests on {programme}, numbers if you have them
[{hh}:06] {sender}: same arrangement as before, they'll make it worth your while
"""),
    T("elicitation", "sensitive_info paid_task", """
[{hh}:10] {sender}: the second piece was good but it read like a textbook
[{hh}:11] {sender}: the people who read these want to know where things are actually heading, not where the brochures say
[{hh}:13] {name}: I can only write what's public
[{hh}:13] {sender}: of course. just your impressions then, from the meetings you sit in
[{hh}:15] {sender}: no need to put your name on it, they never publish
"""),
    T("elicitation", "sensitive_info", """
[{hh}:40] {sender}: quick one before {day}
[{hh}:41] {sender}: for the next note could you include the timeline your team is working to for {programme}? the real one, not the announced one
[{hh}:44] {name}: not sure I can
[{hh}:45] {sender}: understood. even a rough range helps
[{hh}:45] {sender}: and the usual thank-you will be a bit bigger this time
"""),
], subtle=True)

family("en12-s-08-private-dinner-bring-slides", 1, "fake_conference", "long_email", False, [
    T("meeting", "client_meeting credential_targeting unusual_payment secrecy", """
On behalf of the organising committee of the International Forum on {topic}, it is my pleasure to invite you to {abroad} as a distinguished guest. The forum itself is small, but what our sponsors value most is the private programme: a dinner with a few of our industry partners on the evening before, and a closed working session the following morning.

We would cover business-class flights, five nights at a five-star hotel and a guest honorarium of {bigfee}, paid in cash on arrival or to any account you nominate. There is no need to give a public talk. Instead, our partners would appreciate it if you could bring a short set of slides from your current work at {hirer}, the kind of internal update you would give your own management, as a basis for discussion.

We understand your organisation may have rules about overseas travel; many of our guests prefer to treat the trip as personal leave, which keeps things straightforward.

Please let me know your availability and send a scan of your passport so that our travel desk can book.

Yours sincerely,
Dr Helena Quay
Secretariat, International Forum on {topic}
forum.secretariat@mail.example.net
"""),
    T("meeting", "client_meeting sensitive_info secrecy off_platform", """
Thank you for confirming! I'm delighted you can join us in {abroad}. A few practical points:

- Your tickets will be e-mailed to your personal address. Please don't use your work address, as our partners prefer discretion.
- The dinner on the first evening is the most important part. It will be a small table, five or six people from our partner organisations, very informal.
- If you could bring the slides we discussed on a USB stick rather than a laptop, that is easiest. The more current the better; last quarter's review material would be ideal.
- The honorarium of {bigfee} will be handed to you in an envelope at the hotel.

There is no need to present at the main forum. Many guests skip it entirely.

We look forward to meeting you.

Warm regards,
Helena

> On {day}, {name} wrote:
> OK, I can come for three nights. I'd still like to know who the partners are.
"""),
    T("contact", "client_meeting credential_targeting off_platform", """
I'm writing from the programme office of a leadership summit on {topic} in {abroad}, which brings together senior engineers and officials from across the region. Your name was recommended by one of our advisory members, who follows your work at {hirer}.

We'd like to invite you for an all-expenses-paid visit: flights, hotel, local transport and a generous daily allowance. The summit sessions are not recorded and there are no published proceedings; we find people speak more freely that way. Our sponsors will host a private dinner for invited guests, and I know they would be keen to hear your views on where {programme} is heading and what your team sees as the hardest problems.

The trip can be arranged at short notice and we handle all bookings, so nothing needs to go through your company's travel system. If you're interested, reply with a few dates that suit and a mobile number on which our coordinator can reach you, preferably on WhatsApp.

Best regards,
Simon Ke
Programme Office
"""),
])

family("en12-s-09-hosted-weekend-abroad", 1, "handler_followup", "inmail_email", False, [
    T("meeting", "client_meeting sensitive_info", """
The group I mentioned would be glad to host you in {abroad} next month. Flights and a good hotel would be arranged from our side, and you could fly out on a Friday and be back by Monday, so there's nothing to organise at work. It would be a relaxed weekend: a dinner, one long conversation, some sightseeing. They suggested you bring whatever you're working on at the moment so the discussion is concrete.
"""),
    T("meeting", "client_meeting credential_targeting", """
My colleagues would like to meet you before going any further, and they don't travel, so we'd bring you to {abroad} for two days. Everything is taken care of: tickets, hotel, a car from the airport. I'd suggest booking it as a holiday; it's simpler for everyone. Please bring the latest version of the design notes you described, on paper if that's easier.
"""),
    T("meeting", "client_meeting sensitive_info", """
Good news: the senior person I told you about will be in {abroad} the week of {day} and has asked to see you there. We'll arrange the travel. It won't be a formal meeting, more of a private dinner, but they'll want to go through the review schedule for {programme} and who is making the decisions, so it would help to have that with you.
"""),
], subtle=True)

family("en12-s-10-stranger-wants-document-at-home-address", 1, "fake_acquaintance", "long_email", False, [
    T("elicitation", "sensitive_info off_platform", """
I'm new on the programme office side (started three weeks ago, so you won't have seen my name yet) and I've been asked to pull together a summary for the steering group. {sender} suggested you'd have the latest version of {doc}.

The laptop they gave me still hasn't been set up on the network, so I'm working from my own machine for now. Could you send it to my personal address, {personal}? It's just for this week until IT sorts me out. Internal is fine, I'm aware of the sensitivity and won't forward it.

If you could also include the appendix with the supplier figures, that would save me asking someone else. Sorry for the hassle, and thanks a lot. It's been a chaotic start.

Cheers,
Daniel Roscoe
Programme Office (contractor)

-------- Forwarded message --------
From: IT Service Desk
Date: {day}
Subject: Your ticket has been logged

Thank you for contacting the Service Desk. Your request has been assigned to a technician.
"""),
    T("elicitation", "sensitive_info secrecy off_platform", """
We haven't met, but I sit on the partner side of {programme} and I've been trying to get hold of {doc} for a week. The official route is hopeless: everything takes ten days of approvals. You obviously have access, and I'd be grateful if you could just send a copy to {personal}. No need to mention it to anyone; I'll say it came from our own files.

To be clear, I'm not asking for anything that isn't already shared with partners in principle. It's the timing that matters. We have a decision on {day} and I'd rather make it with the real numbers than with last quarter's.

In return, I'm happy to share what we have on our side, which I suspect your team would find useful. I can also make sure you're thanked properly once the decision is through.

Regards,
G. Hollis
Partner Liaison
"""),
    T("elicitation", "sensitive_info off_platform vague_client", """
Sorry to write out of the blue. I used to work two floors above you at {hirer} and left last year; we were on the same distribution lists for a while. I'm consulting now, and one of my clients has asked for background on how {programme} is structured internally: reporting lines, who signs off on test results, and roughly what the budget looks like this year.

I know you can't send me official documents from the work system, and I wouldn't ask. But if you have an old copy of {doc} lying around, or could photograph the relevant pages, you could send them on WhatsApp to {abroadphone} or to {personal}. I'll make sure you're looked after for your time.

Thanks,
Phil Ambrose
"""),
])

family("en12-s-11-fake-colleague-other-channel", 1, "fake_acquaintance", "chat", False, [
    T("elicitation", "sensitive_info off_platform", "{sender} here, other site. send {doc} to my home account? work one's locked"),
    T("elicitation", "sensitive_info off_platform", "quick favour, photo of page two of {doc}? just text it to this number"),
    T("elicitation", "sensitive_info secrecy", "print {doc} and leave it at reception for my courier? no need to log it"),
], subtle=True)

family("en12-s-12-keep-it-from-the-manager", 1, "handler_followup", "chat", False, [
    T("secrecy", "secrecy", "probably best not to mention our chats to your manager yet, {name}"),
    T("secrecy", "secrecy", "delete this thread after reading, {name}. easier for both of us"),
    T("secrecy", "secrecy client_meeting", "keep it off the travel declaration, just put family trip to {abroad}"),
], subtle=True)

family("en12-s-13-settle-in-tether-or-through-a-relative", 1, "fake_consultant", "long_email", False, [
    T("payment", "unusual_payment secrecy", """
Thank you again for the notes you sent. We're ready to settle the {bigfee}. Because our finance team works across several jurisdictions, we usually pay contributors in one of three ways, and I'd like you to choose:

1. USDT (Tether) to a wallet address you provide: fastest, no bank involved.
2. Prepaid gift cards in smaller denominations, which I can send as codes by message.
3. A transfer to a relative's account, if you would rather it did not appear in yours.

We don't issue invoices or tax forms for these arrangements, so there is nothing to declare on your side and nothing your employer would see. Most of our contributors prefer option 1.

Once I have your preference, payment goes out within 24 hours. The next piece of work is ready whenever you are; the brief is a little longer, but so is the fee.

Best regards,
Leon Ferris
Accounts, Meridale Research Services
"""),
    T("payment", "unusual_payment", """
Understood that you'd rather not use crypto. In that case we can do cash. A colleague of mine will be in {place} on {day} and can hand you an envelope in person, or leave it at the front desk of a hotel under your name. Alternatively, your brother could receive it through a money transfer service and pass it on to you.

We'd prefer not to wire it to your own bank account, as our compliance rules make international transfers slow and involve a lot of forms on both sides. This is purely administrative and I hope it doesn't cause any concern. Many of the specialists we work with find the envelope easiest.

Let me know which works and I'll arrange it this week.

Leon

> On {day}, {name} {surname} wrote:
> Hi Leon, I don't have a crypto wallet and I'm not comfortable with gift cards.
> Can you just pay by bank transfer like a normal invoice? I'd also need a
> proper contract with the name of the company I'm writing for.
"""),
    T("payment", "unusual_payment secrecy paid_task sensitive_info", """
I have some good news. The people we work for were very pleased with your analysis of {topic}, and they'd like to offer you a retainer of {bigfee} a month for continued contributions.

To keep the arrangement simple, we would open an account for you with an overseas payment platform; you'd receive a card linked to it and could withdraw as needed. It doesn't need to be in your name. Many contributors use a spouse's or parent's details, and the amounts stay under the level that triggers any reporting.

All we ask is that the arrangement remains between us and that you continue to send a short monthly update about developments at work, particularly anything about {programme} before it becomes public.

I'll send the card by courier to your home once you confirm.

Kind regards,
Leon Ferris
Meridale Research Services
"""),
])

family("en12-s-14-handed-over-through-family", 1, "handler_followup", "chat", False, [
    T("payment", "unusual_payment", "we can give it to your sister when she's in {place}, easier that way"),
    T("payment", "unusual_payment secrecy", "the envelope is with the barber on {day}, just say it's for {sender}"),
    T("payment", "unusual_payment", "I'll top up your mother's card in {hometown} instead, same as last time"),
], subtle=True)

family("en12-s-15-family-pressured-to-bring-them-home", 1, "coercion", "chat_export", False, [
    T("coercion", "coercion", """
[{hh}:03] Unknown: {name}, this is the community office in {hometown}
[{hh}:04] Unknown: your parents were asked to come in again today
[{hh}:04] Unknown: it would be best for them if you return home before the holiday and explain your activities abroad in person
[{hh}:06] {name}: who is this?
[{hh}:07] Unknown: your father's pension is under review. think about your family
"""),
    T("coercion", "coercion sensitive_info", """
[{hh}:30] Cousin Wei: they came to the house again
[{hh}:31] Cousin Wei: they say if you keep going to those meetings in {place} your mum will lose her job
[{hh}:31] Cousin Wei: they want a list of who else goes, names and phone numbers
[{hh}:33] Cousin Wei: please just send it or come back and talk to them. I'm scared
[{hh}:40] Cousin Wei: don't tell anyone there I wrote to you
"""),
    T("coercion", "coercion secrecy", """
[{hh}:12] Uncle: the police here asked about you again
[{hh}:13] Uncle: they said your brother's business licence can be renewed if you cooperate
[{hh}:13] Uncle: they want you to go to the consulate and sign the paper, then return for a short visit
[{hh}:15] Uncle: don't tell your friends there. do it for the family
[{hh}:15] Uncle: we are all waiting in {hometown}
"""),
])

family("en12-s-16-visitors-at-the-shop", 1, "coercion", "chat", False, [
    T("coercion", "coercion", "your father's shop in {hometown} had visitors again. they want to know when you're coming home"),
    T("coercion", "coercion sensitive_info", "they asked me for everyone at your Saturday meetings in {place}. just give them the names"),
    T("coercion", "coercion", "your sister's place at the university in {hometown} depends on you now. think carefully about coming back"),
], subtle=True)

family("en12-s-17-equipment-deposit-offer", 1, "job_scam", "long_email", False, [
    T("job_scam", "job_scam unusual_payment off_platform", """
Congratulations! Following your online assessment, we are pleased to offer you the position of Remote {role} with {hirer}'s international projects division, at a starting salary of {salary}.

Before your start date we need to ship your pre-configured work laptop and security token. Company policy requires new starters to pay a refundable equipment deposit of {fee}, which will be returned with your first salary. Please pay by one of these methods: Bitcoin, Apple gift cards, or a bank transfer to our logistics partner's personal account (details below).

Once payment is confirmed, please reply from your personal e-mail with a scan of your passport and a photo of your bank card, front and back, so that payroll can be set up without delay.

This offer expires in 48 hours. Due to the high number of applicants we cannot hold the position beyond that.

HR Department
Onboarding Team
{personal}
"""),
    T("job_scam", "job_scam unusual_payment off_platform", """
Thank you for attending the interview on Telegram today. The panel was impressed with your answers and I am happy to confirm that you have been selected for the {role} position, fully remote, {salary}.

Before the contract can be issued, you must complete the mandatory security vetting course. It is provided by our approved training partner and costs {fee}, which will be reimbursed in your first paycheque. Payment is accepted in crypto or by gift card only, as the partner is based overseas. Send a photo of the card codes to this chat once purchased.

After the course you will receive your login details and your first assignments. Please do not discuss the offer publicly until your start date is announced; this protects the confidentiality of the project.

Kind regards,
Recruitment Coordinator
Global Talent Hiring Desk
"""),
    T("job_scam", "job_scam unusual_payment", """
Welcome aboard! As part of your remote onboarding, we will mail you a cheque for {bigfee} to buy your home-office equipment from our approved vendor.

Here is what to do when it arrives:

1. Deposit the cheque into your personal account using your banking app.
2. Keep {fee} for yourself as your first-week allowance.
3. Send the rest to the vendor the same day, by wire transfer or by buying gift cards and sending us the codes, so your equipment ships on time.

It's important to do this quickly: the vendor holds our order only for 24 hours. If your bank asks about the transfer, just say it's for a family member; otherwise they may delay it for days.

Your supervisor will contact you on {day} with your first tasks. We're excited to have you on the team!

Best,
Onboarding Support
{hirer} Remote Careers
"""),
])

family("en12-s-18-task-scam", 1, "task_scam", "chat", False, [
    T("job_scam", "job_scam off_platform unusual_payment", "hi {name}! remote job, rate hotels in an app, earn $80-$300 a day. msg me on WhatsApp"),
    T("job_scam", "job_scam unusual_payment", "{name}, your task account shows a negative balance, top up 200 USDT to unlock your commission"),
    T("job_scam", "job_scam unusual_payment", "congrats you passed! pay the {fee} training kit fee and start tomorrow"),
])

family("en12-s-19-off-the-record-unannounced", 1, "fake_journalist", "inmail_email", False, [
    T("elicitation", "sensitive_info", """
I'm writing a piece about {programme} and I'd love your help with background. Nothing attributed to you, ever. What I'm really missing is what didn't make it into the announcement: which partners were dropped, what the real delivery date looks like, and who inside argued against it. Even a nod in the right direction would help. Could we speak this week, off the record entirely?
"""),
    T("elicitation", "sensitive_info credential_targeting", """
Thanks for talking to me last week; the context you gave was very useful. One follow-up. People tell me the test campaign for {programme} ran into trouble in the spring and that the numbers shown to the ministry were softened. Could you confirm, or tell me roughly what the original figures were? I will never name you or your team, and none of this will be quoted.
"""),
    T("contact", "credential_targeting sensitive_info", """
I cover {industry} for a small specialist newsletter with very senior readers. I'm building a circle of people inside the big programmes who can help me understand what's coming before it's announced, so that I don't get things wrong. It would be a quiet, long-term relationship: no quotes, no names. I'd also be happy to introduce you to some of my readers, who tend to appreciate people with your insight.
"""),
], subtle=True)

family("en12-s-20-bid-steer-over-lunch", 1, "fake_procurement_contact", "long_email", False, [
    T("elicitation", "sensitive_info", """
We met briefly at the supplier day for {programme}. I was the one asking about the timetable at the end. I'm bid manager for a small consortium that is putting together a response, and we're struggling with how to pitch the price.

You'll understand the evaluation better than anyone. I wouldn't expect you to share the scoring model itself, but it would help us enormously to know roughly how price and technical scores are weighted this time, what the other bidders have come in at in the early-engagement rounds, and whether the budget ceiling in the notice is the real figure or a starting point.

I'm not suggesting anything improper. It's the kind of steer a friendly word over coffee would give, and it would stay with me. I'm in {place} on {day} and would be glad to take you to lunch. If this is easier to discuss somewhere away from the office, just say where.

Many thanks,
Alasdair Penrose
Bid Director, Covell Partners
{phone}
"""),
    T("elicitation", "sensitive_info secrecy", """
Thanks for lunch, and for being so candid about the process. I took nothing down and I'll keep it that way.

There's one more thing that would make a real difference. The clarification answers are due to go out to all bidders on {day}, but as you said, the panel has already settled most of them. If you could let me know the gist of the answers on the security requirements and the delivery milestones before they're circulated, we could start on the revised design a week earlier than everyone else.

Equally, if you hear which of the other two consortia the panel is leaning towards, I'd be grateful for a hint. I don't need documents; a call from your own mobile in the evening would do.

I haven't forgotten that your son is looking for a summer placement. We have a good graduate scheme and I'd be glad to put his name forward.

With thanks,
Alasdair
"""),
    T("elicitation", "sensitive_info credential_targeting", """
I saw the notice below this morning and thought of you straight away. As you know, our company has been trying to get onto this framework for three years and we keep falling at the evaluation stage.

What I'd really value is an understanding of how the panel looks at these bids in practice: who sits on it, which of them carries the most weight, and what the previous winning submissions looked like, the pricing tables especially. You'd know where those are kept. A few pages photographed on your phone would be plenty, and nobody needs to know they came from you.

I know it's a big ask. I'd make sure it was worth your while, and there's a senior role coming up with us next year that would suit you very well.

Regards,
Martin Crewe
Commercial Director

---------- Forwarded message ---------
From: Procurement Office
Date: {day}
Subject: Contract notice: {programme}, framework lot 2

The authority intends to award a framework agreement for {programme}. Expressions of interest are invited by the date in the notice. All clarification questions must be submitted through the e-tendering portal.
"""),
], subtle=True)

family("en12-s-21-closed-workshop-abroad", 1, "fake_academic", "long_email", False, [
    T("meeting", "client_meeting credential_targeting secrecy", """
I direct a small research centre that studies technology policy in the Asia-Pacific region. We're hosting a closed workshop in {abroad} next month on {topic}, with a dozen participants from industry and government, and your name came up as someone whose practical experience would add a great deal.

We would look after everything: flights, a comfortable hotel, meals, and a modest thank-you for your time. The workshop isn't recorded and nothing is published, so participants can speak freely about the things that don't appear in official documents: timelines as they really stand, the problems programmes are running into, the debates that happen before decisions are made.

It would be best to come in a personal capacity. Some participants find it easier not to go through their organisation's approval process for this kind of event, and that is entirely your decision.

I'd be glad to speak by phone to explain more. Please let me know if you can join us.

With warm regards,
Professor Lin Hao
Director, Centre for Regional Technology Futures
"""),
    T("elicitation", "sensitive_info paid_task", """
It was a pleasure to meet you in {abroad}, and I hope the flight home was smooth. Several of the participants said afterwards that your remarks were the most useful of the whole workshop.

As we discussed over dinner, we're preparing a short study for a small group of senior readers, and I'd like to ask you to contribute a chapter. It doesn't need to be long or polished. What would be most valuable is your own view of where {programme} actually stands: the schedule the team is working to rather than the announced one, the technical problems that haven't been solved, and which decisions are still open. Anything you can add about the people involved would help too.

Your name wouldn't appear anywhere. We would, of course, recognise your effort in the same way as before.

Best wishes,
Lin Hao
"""),
    T("contact", "credential_targeting sensitive_info client_meeting", """
I'm a visiting researcher at {uni}, working on a project about how large engineering programmes make decisions. I found your name in the programme of last year's conference and thought your experience at {hirer} would be ideal.

The project is informal at this stage, which gives us freedom. Rather than an interview, I'd like to have a few conversations over the coming months about how things work in your team day to day: how designs are approved, who sees the test results first, what the schedule pressure is like this year. Your name would never be attached to anything, and I'd keep my notes entirely private.

I'll be in {place} on {day}. Would you have time for a coffee? I'd also be happy to introduce you to some colleagues abroad who are working on the same questions and would love to host you if you ever visit.

Kind regards,
Dr Mira Solberg
"""),
], subtle=True)

family("en12-s-22-handler-asks-for-names-and-pages", 1, "handler_followup", "chat_export", False, [
    T("elicitation", "sensitive_info", """
[{hh}:05] {sender}: last time's notes were very useful
[{hh}:06] {sender}: this time they'd like the names of who sits on the review board for {programme}
[{hh}:06] {sender}: and how each of them tends to vote
[{hh}:09] {name}: that's a bit much
[{hh}:10] {sender}: understood. even first names and roles would help. same as before otherwise
"""),
    T("secrecy", "secrecy sensitive_info", """
[{hh}:15] {sender}: did you manage to bring the folder home?
[{hh}:16] {name}: not yet, they've started checking bags at the gate
[{hh}:17] {sender}: no rush. photos are fine, just the pages with the dates for {programme}
[{hh}:17] {sender}: and please don't save this chat. I'll clear mine too
"""),
    T("meeting", "client_meeting sensitive_info", """
[{hh}:50] {sender}: my friend is visiting {place} on {day}
[{hh}:51] {sender}: he'd like to meet you for dinner, somewhere quiet
[{hh}:52] {name}: is this about the work stuff?
[{hh}:52] {sender}: partly. bring the notebook you mentioned, the one from the design meetings
[{hh}:54] {sender}: and leave your work phone at home that evening
"""),
], subtle=True)

# ---------------------------------------------------------------------------------------------
# Benign families (label 0). b-01 .. b-22 are the honest twins of s-01 .. s-22; the rest are
# further look-alikes and a few plain messages.
# ---------------------------------------------------------------------------------------------

family("en12-b-01-recruiter-names-employer-and-band", 0, "genuine_recruiter", "long_email", True, [
    T("none", "", """
I'm a recruiter on the in-house talent team at {hirer}, and I'm getting in touch because we have just opened a {role} position in {place} and your experience looks like a close match.

A few facts up front so you can decide whether it's worth your time: the salary band is {salary}, the role is hybrid (three days on site), and because the programme is a defence contract the successful candidate will need to hold or be eligible for security clearance. The full job description is on our careers site under reference {ref}, and the key responsibilities are below.

- Own system-level requirements and verification plans
- Mentor two mid-level engineers
- Work with our customer's technical authority on design reviews

If it sounds interesting, could you send me an up-to-date CV, or book a 20-minute call through the link in my signature? Please don't include anything about your current employer's programmes beyond what is already public on your profile; we only need your role history and skills.

Best regards,
Hannah Mercer
Talent Acquisition Partner, {hirer}
hannah.mercer@careers.example.com | +44 7700 900214
"""),
    T("none", "", """
Thanks for the quick reply, glad the timing works.

To answer your questions: yes, the role is with {hirer} directly (I'm not an agency), the band is {salary}, and the hiring manager is the head of systems engineering in {place}. Interviews are two rounds, a technical conversation with the team and a panel with the programme lead. We won't ask you about anything your current employer considers proprietary, and if a question ever strays there, just say so and we'll move on.

Could you send your CV to me at the address below, or upload it through the portal (the link is in the job posting)? If a phone call is easier before you decide, I'm free {day} afternoon.

Best,
Hannah

Hannah Mercer | Talent Acquisition | {hirer}

> From: {name} {surname}
> Sent: {day}
> Subject: Re: {role} opportunity
>
> Hi Hannah, thanks for reaching out. Before I send anything, is this with
> {hirer} itself or a client of yours? And what's the salary range?
"""),
    T("none", "", """
I work for Lakeshore Technical Search, an agency retained by {hirer} to fill a {role} opening in {caplace}. They've authorised me to name them, and the posting is also on their own careers page (ref {ref}) if you'd like to check it's real.

The range is {casalary} plus benefits and a relocation allowance. It's a permanent position; the team works on commercial and government contracts, so citizenship or permanent residence is required, and a Secret clearance would be sponsored after hire.

If you're interested, the next step is simple: send me your résumé and let me know your availability for a 30-minute phone screen. I'll pass it to their talent team the same day, and from then on you'll deal with them directly. If it's not for you, no problem at all; I'd appreciate a referral if anyone comes to mind.

Thanks,
Amira Haddad
Senior Consultant, Lakeshore Technical Search
+1 416 555 0173
"""),
])

family("en12-b-02-recruiter-moves-to-whatsapp-for-scheduling", 0, "genuine_recruiter", "chat", True, [
    T("none", "", "{hirer} panel confirmed for {day}. ok if I WhatsApp you the joining details?"),
    T("none", "", "happy to move to WhatsApp for scheduling, {phone}. CV already on the {hirer} portal"),
    T("none", "", "thanks {name}, sending the {role} job spec to your personal email as you asked"),
])

family("en12-b-03-headhunter-names-the-client", 0, "genuine_headhunter", "inmail_email", True, [
    T("none", "", """
I'm a headhunter retained by {hirer} for a {role} role in {place}. The salary band is {salary}, with a retention bonus after year one. Because the work supports a government programme, you'd need to be eligible for clearance, which they sponsor. If it interests you, could you send a CV or suggest a time for a call? The full job spec is on the {hirer} careers page, ref {ref}.
"""),
    T("none", "", """
Following your reply: the client is {hirer}, and they're happy for me to say so. The role is {role}, based in {place}, {salary}. They've asked for a CV and a short cover note only, so please don't send anything about your current programme beyond what's on your profile. I'm free for a call {day} if you'd like to talk it through first.
"""),
    T("none", "", """
A quick note after our call: I've shared your CV with {hirer}'s talent team for the {role} vacancy (ref {ref}). Expect an e-mail from their recruitment coordinator within a week to arrange the first interview, which is technical but will stay on your past public work. The band we discussed, {salary}, is confirmed in writing in the attached summary.
"""),
])

family("en12-b-04-expert-network-with-attestation", 0, "expert_network", "long_email", True, [
    T("none", "", """
I'm a research associate at {network}, an expert network that arranges paid one-hour phone consultations between industry practitioners and our clients, who are mostly investment firms. One of them, a fund that invests in {industry}, is looking to speak with someone who understands {topic} from an engineering perspective.

The call would last 60 minutes, paid at {fee} per hour, scheduled at your convenience. Before any call we ask every expert to complete our compliance attestation, which confirms that:

- you will not share confidential information or material non-public information about your current or former employers or their customers;
- you are not bound by an agreement that prohibits consulting of this kind (many employers require prior approval, and we encourage you to ask);
- you hold no government security clearance that would restrict such conversations; if you do, we will not proceed.

The questions will be about public market dynamics: demand trends, the competitive landscape as reported, and how technologies compare. You may decline any question.

If you're interested, reply and I'll send the attestation and a short screening questionnaire.

Kind regards,
Noor Yilmaz
Research Associate, {network}
noor.yilmaz@experts.example.com
"""),
    T("none", "", """
Thanks for completing the screening questions. I'm pleased to confirm your consultation with our client, a mid-sized asset manager with holdings in {industry}, on {day} at 15:00 your time. Your rate of {fee} per hour will be paid by bank transfer within 30 days of the call; please add your details in the expert portal rather than sending them by e-mail.

A reminder of our rules, which the client has also agreed to:

1. Do not discuss confidential information about your employer, its customers or suppliers, or anything learned under a non-disclosure agreement.
2. Do not discuss non-public government programmes or anything related to security-cleared work.
3. If a question makes you uncomfortable, say so and move on; our compliance team can review the call.

The call will run on our own dial-in and a compliance officer may listen in. If your employer's policy requires approval for outside consulting, please obtain it before the call.

Best regards,
Noor
{network} | compliance-first expert consulting
"""),
    T("none", "", """
Thank you for your interest in joining {network} as an expert. Having reviewed your profile, I'm afraid we are unable to arrange paid consultations for you at this time. Our policy excludes current government employees and anyone working on programmes that require a security clearance, and your current role at {hirer} appears to fall into that category.

This is not a judgement on your expertise; it protects you, your employer and our clients. If your circumstances change, for example if you move into a role without those restrictions, you're welcome to apply again, and we'd be glad to consider you for calls on public topics such as {topic}.

In the meantime, a reminder: a legitimate expert network will ask you to certify that you won't share confidential or non-public information, will tell you the client's sector before a call, and will pay through a documented process. If you receive approaches that don't meet those standards, your security officer will want to hear about them.

With thanks,
The Expert Onboarding Team
{network}
"""),
])

family("en12-b-05-expert-call-logistics", 0, "expert_network", "chat", True, [
    T("none", "", "{network} here: call confirmed {day}, one hour, public info only please"),
    T("none", "", "reminder from {network}: client is a {industry} investor, nothing confidential on the call"),
    T("none", "", "thanks {name}, attestation received. {fee} for the hour goes out via the expert portal"),
])

family("en12-b-06-think-tank-signed-paper", 0, "think_tank_commission", "inmail_email", True, [
    T("none", "", """
I'm writing because {thinktank} would like to commission a signed policy paper from you on {topic}, around 4,000 words, for publication in our open-access series in the spring. The fee is {bigfee}, paid on publication, and the paper goes through our usual double-blind review. We work from public sources only; please check whether your employer needs to approve outside writing before you agree.
"""),
    T("none", "", """
Thank you for agreeing to write for {thinktank}. Attached are the contract, our editorial guidelines and the funding statement that will appear on the paper: the series is funded by a public research council and two named foundations. We pay {bigfee} on acceptance, and your name and affiliation will appear on the cover unless your employer asks otherwise.
"""),
    T("none", "", """
We're holding a public panel in {confcity} to launch the paper on {topic}, and we'd like you to speak for ten minutes. Travel and two nights' accommodation are reimbursed under our expenses policy (economy fare, receipts required), and there is a {fee} speaker honorarium. The event is on the record and will be livestreamed.
"""),
])

family("en12-b-07-journal-review-and-lecture-chat", 0, "university_invite", "chat_export", True, [
    T("none", "", """
[{hh}:02] {sender}: hi {name}, it's {sender} from the {uni} journal office
[{hh}:03] {sender}: we'd love you to review a manuscript on {topic}, 3 weeks, standard reviewer honorarium of {fee}
[{hh}:06] {name}: sure, is it already on a preprint server?
[{hh}:07] {sender}: yes, it's public. I'll send the link and the reviewer form through the journal system
"""),
    T("none", "", """
[{hh}:20] {sender}: thanks for the review! really thorough
[{hh}:21] {sender}: finance needs your supplier form through the university portal before they can pay the {fee}
[{hh}:24] {name}: done, submitted this morning
[{hh}:25] {sender}: perfect, it goes out with the payment run on {day}
"""),
    T("none", "", """
[{hh}:30] {name}: any news on the guest lecture?
[{hh}:31] {sender}: yes! {uni} confirmed: public lecture on {topic}, {day}, recorded for the website
[{hh}:32] {sender}: travel reimbursed on receipts plus a {fee} speaker fee
[{hh}:35] {name}: great, I'll clear it with my manager and send the slides a week before
"""),
])

family("en12-b-08-conference-covers-speaker-travel", 0, "conference_invite", "long_email", True, [
    T("none", "", """
On behalf of the programme committee, I'm delighted to invite you to give an invited talk at the {confcity} Symposium on {topic}, held at the city's convention centre in the autumn. The symposium is organised by {uni} with the support of two professional societies, and all sessions are public, recorded and published on our website afterwards.

We'd like a 30-minute talk based on your published work; the programme chair suggested your paper from last year as a starting point. As an invited speaker, your economy flights and three nights at the conference hotel are covered, and registration is waived. If your employer has an approval process for external speaking or overseas travel, please go through it; we're happy to send a formal letter of invitation to your manager or security office.

The speaker pack, with the slide template, our code of conduct and the recording release, is attached. We'd need your title and a short abstract by the end of the month.

With best wishes,
Prof. Ingrid Sørlie
Programme Chair, {confcity} Symposium on {topic}
programme@symposium.example.org
"""),
    T("none", "", """
Thank you for accepting our invitation. Here are the travel arrangements for {confcity}:

- Flights: our travel agency will e-mail you an itinerary to approve. If you'd rather book yourself, keep the receipts and claim through the reimbursement form (economy class, up to the cap in the speaker pack).
- Hotel: three nights at the conference hotel, booked under your name and billed directly to the symposium.
- Your talk: {day}, 11:30, main hall, 30 minutes plus questions. Slides to the AV team by the day before; please check they contain nothing your employer hasn't cleared for public release.

There is a speakers' dinner on the first evening at a restaurant near the venue, open to all speakers and the committee; partners are welcome.

If anything changes, the logistics team is on the number below.

Kind regards,
Ruth Abernethy
Speaker Logistics
{phone}
"""),
    T("none", "", """
Thanks again for a great talk. The room was full and the recording already has several hundred views.

Your reimbursement has been approved: the flight, the airport train and the taxi on the final day. It will be paid by bank transfer in the next payment run, and you'll get a remittance e-mail from the university's finance office. The hotel was billed directly, so there is nothing further for you to claim.

I've also passed your contact details, with your permission, to the organisers of next year's meeting, who'd like to ask you to join the programme committee. They'll be in touch by e-mail.

Best,
Ruth

> On {day}, {name} {surname} wrote:
> Hi Ruth, receipts attached as PDFs. My employer also asked for a copy of
> the invitation letter for their travel records, could you resend it? Thanks.
"""),
])

family("en12-b-09-conference-logistics-chat", 0, "conference_invite", "chat", True, [
    T("none", "", "{name}, your flights to {confcity} are booked, itinerary is in your inbox"),
    T("none", "", "hotel for the {confcity} talk is covered, keep the taxi receipts for your claim"),
    T("none", "", "speakers' dinner {day} at 7, all speakers invited, partners welcome"),
])

family("en12-b-10-colleague-asks-for-draft-on-work-channel", 0, "coworker_channel", "chat", True, [
    T("none", "", "can you send me the draft of {doc} before {day}? Teams is fine"),
    T("none", "", "{name}, dropping {doc} in the project channel. internal only, don't forward outside"),
    T("none", "", "pls share {doc} via SharePoint not email, the file's too big"),
])

family("en12-b-11-colleague-chasing-a-document", 0, "coworker_channel", "chat", True, [
    T("none", "", "{name}, did you get a chance to finish {doc}? need it {day}"),
    T("none", "", "just uploaded {doc} to the team drive, comments by {day} please"),
    T("none", "", "reminder: {doc} stays on the work laptop, no printing before the review"),
])

family("en12-b-12-surprise-leaving-do", 0, "surprise_party", "chat", True, [
    T("none", "", "don't mention the leaving do to {sender}, it's a surprise! {day}, pub across the road"),
    T("none", "", "keep it quiet, collecting for {sender}'s retirement gift, envelope's in my drawer"),
    T("none", "", "delete this thread before {sender} sees it lol, cake arrives at 3"),
])

family("en12-b-13-payroll-and-bank-notices", 0, "payroll_notice", "long_email", True, [
    T("none", "", """
Your expense claim for the trip to {confcity} has been approved by your line manager and Finance. The reimbursement will be paid into the bank account we hold for your salary in the next payroll run, and will appear on your payslip as a separate non-taxable line.

Claim summary:
- Economy flights: reimbursed in full
- Hotel, three nights: reimbursed in full (receipt provided)
- Per diem: paid at the standard rate for the destination
- Taxi, airport to hotel: reimbursed (receipt provided)
- Dinner with a supplier on the second night: not reimbursable under policy 4.2, as the supplier paid and the hospitality was not declared in the gifts register. Please submit the declaration within ten days.

A reminder: we never ask for your banking details by e-mail or chat. If you need to change the account your salary and expenses are paid into, do it yourself through the HR self-service portal. Any message asking you to confirm or change bank details by reply should be forwarded to the security team.

Payroll and Expenses Team
Finance Shared Services
Ref: EXP-{ref}
"""),
    T("none", "", """
We're writing to let you know that a payment of {fee} from {uni}, for the guest lecture you gave on {topic}, has been recorded as external income under the outside-activities policy.

Because the lecture was approved in advance by your director and declared in the register, no further action is needed from you. The university paid the fee to your personal bank account directly, as agreed in your approval form; it will not pass through payroll, so you are responsible for declaring it on your tax return.

If you accept further paid speaking, writing or consulting work, please remember the three steps in the policy: request approval before you agree, declare the payment once received, and never discuss information that is not public. The ethics office is happy to advise if you are unsure whether an invitation is appropriate, for example one that offers travel to a country on the restricted list.

Kind regards,
Outside Activities Desk
People and Ethics Office
"""),
    T("none", "", """
You're setting up a new payee, "{sender} Consulting Ltd", for a transfer of {bigfee}. Before you confirm, please take a moment to check the following.

Criminals often pretend to be recruiters, consultants or employers. Common stories include:
- "Pay a refundable deposit for your laptop or training before you start."
- "We've sent you a cheque; keep part of it and send the rest on."
- "Buy gift cards or crypto and send us the codes."
- "Receive money into your account and pass it to a relative or a colleague."

A real employer will never ask you to pay to get a job or to move money for them. If the payee is a business you know and you've confirmed the details through a number you found yourself, you can continue. If anything feels wrong, stop, and call us on the number on the back of your card.

This message was sent automatically by your bank's fraud-prevention team. We will never ask you to move money to a "safe account".

Northgate Community Bank
Fraud Prevention
"""),
])

family("en12-b-14-family-money-and-gifts", 0, "family_chat", "chat", True, [
    T("none", "", "{name}, sent Grandma the money for her medicine, tell her to check her bank app"),
    T("none", "", "{name}, can you WeChat Pay Auntie for the wedding gift? I'll pay you back"),
    T("none", "", "mum says don't send cash this year, just come home to {hometown} for New Year"),
])

family("en12-b-15-parents-asking-about-the-holidays", 0, "family_chat", "chat_export", True, [
    T("none", "", """
[{hh}:03] Mum: {name}, are you coming home for the holidays?
[{hh}:04] Mum: your father keeps asking, he wants to book the restaurant in {hometown}
[{hh}:06] {name}: trying! work is crazy, I'll know by {day}
[{hh}:07] Mum: ok. Grandma says if you don't come she'll be very sad 😂 no pressure
"""),
    T("none", "", """
[{hh}:20] Dad: the doctor says my knee is fine, don't worry
[{hh}:21] Dad: but your mother would like you to come back in spring, even for one week
[{hh}:22] {name}: I'll look at flights to {hometown} tonight
[{hh}:24] Dad: good. we will pay for half the ticket, don't argue with your father
"""),
    T("none", "", """
[{hh}:41] Auntie Lan: everyone is asking when you'll return for your cousin's wedding
[{hh}:42] Auntie Lan: the date is fixed now, {day} next month in {hometown}
[{hh}:43] {name}: I've asked for leave, fingers crossed
[{hh}:45] Auntie Lan: your mum will cry if you don't come. but she says work first, no pressure
"""),
])

family("en12-b-16-diaspora-family-news", 0, "family_chat", "chat", True, [
    T("none", "", "{name}, Mum's blood pressure is better, she says stop worrying and eat properly"),
    T("none", "", "cousin's wedding in {hometown} is {day}, are you coming back for it?"),
    T("none", "", "Dad wants to video call {day}, he finally learned the new phone"),
])

family("en12-b-17-onboarding-through-the-portal", 0, "hr_onboarding", "long_email", True, [
    T("none", "", """
Welcome to {hirer}! We're delighted you've accepted our offer for the {role} position.

Before your first day, please complete the following in the onboarding portal. The link was sent from our HR system; you can also reach it from our careers page, but never from a link in a chat message.

1. Upload proof of your right to work (passport, or birth certificate plus photo ID). Our team will check the original in person on your first morning.
2. Enter your bank details for payroll directly in the portal. We will never ask for them by e-mail, phone or messaging app.
3. Complete the security clearance questionnaire; our security office will contact you to arrange the interview.

You will not be asked to pay for anything: equipment, training and vetting are paid for by {hirer}. If anyone contacts you claiming to be from us and asks for money, a deposit or a photo of your bank card, please forward the message to the HR team and don't respond.

Your manager will be in touch about your first week. If you have questions, reply to this e-mail or call the HR helpline on {phone}.

Best wishes,
People Team, {hirer}
"""),
    T("none", "", """
As part of your onboarding for the {role} role, {hirer} will sponsor your application for security clearance. This is a standard step for everyone on the programme and there is no cost to you.

What happens next:
- You'll receive an invitation from the government vetting portal within five working days. Complete it yourself; nobody from {hirer} will ever fill it in for you or ask for your login.
- The form asks about foreign travel, relatives abroad and any contact with foreign officials. Answer fully. Having family overseas is common and does not by itself stop a clearance; leaving it out is what causes problems.
- After you start, report any unusual approaches, including recruiters or consultants who offer money for information or invite you abroad. Our security team explains this in your induction.

If you have questions about the process, contact our security office on {phone}. Please don't send personal documents by e-mail; use the upload area in the onboarding portal.

Kind regards,
Security Onboarding
{hirer}
"""),
    T("none", "", """
Your laptop and security token for the {role} position are on their way by courier and should arrive before {day}. There is nothing to pay; please sign for the package with photo ID.

When it arrives:
1. Don't switch it on until your first-day IT session, where we'll enrol it with you.
2. Keep the token separate from the laptop.
3. If the box looks opened or damaged, refuse delivery and call us.

One more thing, because new starters are often targeted: we will never send you a cheque to buy your own equipment, ask you to forward money to a "vendor", or interview you over a chat app. If you receive anything like that using our name, please send it to the HR team so we can warn others.

See you on your first day. Reception is on the ground floor of the {place} site; ask for the People Team.

Warm regards,
Onboarding Coordinator
People Team, {hirer}
{phone}
"""),
])

family("en12-b-18-freelance-platform-payments", 0, "freelance_gig", "chat", True, [
    T("none", "", "milestone approved, {fee} released through the platform. thanks for the quick turnaround!"),
    T("none", "", "invoice received, we pay net 30 by bank transfer, PO number is {ref}"),
    T("none", "", "new task posted for {day}: proofread 12 pages, paid hourly through the agency as usual"),
])

family("en12-b-19-journalist-on-the-record", 0, "journalist_interview", "inmail_email", True, [
    T("none", "", """
I'm a reporter at {outlet}, writing about the government's announcement on {programme} this week. I'd like to interview you on the record about what it means for the {industry} sector, based on your public work. The piece runs on {day}. If your press office needs to approve, I'm happy to go through them; their contact is on your company website.
"""),
    T("none", "", """
Following up on my request: I've also contacted your media relations team, as our policy is to let employers know when we interview staff. I'm only asking about the published strategy and your conference paper on {topic}, nothing unreleased. Fifteen minutes by phone on {day} would be ideal, and quotes will be read back to you for accuracy.
"""),
    T("none", "", """
Thanks for the interview. Here are the quotes I plan to use, attributed to you by name and title as agreed. If anything is inaccurate, please let me know by {day}. I won't use the part where you said you couldn't comment on future procurement, since you asked me not to. The article will be online at {outlet} the same afternoon.
"""),
])

family("en12-b-20-public-tender-bid-team", 0, "procurement_notice", "long_email", True, [
    T("none", "", """
Team,

The contract notice for {programme} was published this morning on the government tender portal. We have 42 days to submit. Kick-off is {day} at 10:00 in the bid room; the bid plan and the compliance matrix are on the internal bid site.

Rules for this competition, please read them:

1. All questions to the authority go through the portal's clarification function, and only the bid manager submits them. Nobody contacts anyone at the authority directly while the competition is running, not even people you know well.
2. If anyone, from the authority, a competitor or a "consultant", offers information about the evaluation, other bids or the budget, decline, make a note and tell me the same day. Using it would disqualify us and could be a criminal offence.
3. Pricing stays in the restricted commercial folder. Don't e-mail pricing to personal addresses or print it.
4. Hospitality from anyone connected with the tender must be declared, whatever its value.

The pricing review is on the 20th. Thanks in advance for the long evenings.

Rosa Kowalczyk
Bid Manager
"""),
    T("none", "", """
Clarification responses, issued to all bidders

The authority has received the following questions about {programme}. In line with the procurement rules, the questions are anonymised and the answers are published to every bidder at the same time.

Q12. Can the authority share the weighting between price and quality?
A. Yes. As stated in section 4 of the invitation to tender, quality is weighted at 60% and price at 40%. The scoring guidance for each quality question is in Annex C.

Q13. Is the budget ceiling in the notice firm?
A. The maximum contract value in the notice is the budget available. Bids above it will be rejected.

Q14. Can bidders meet the evaluation panel before submission?
A. No. There will be no contact with evaluators during the competition. Any attempt to obtain information about the evaluation, or about other bids, will lead to exclusion.

Further questions must be submitted through the portal by {day}.

Commercial Team
Procurement Office
"""),
    T("none", "", """
Thank you for your bid for {programme}. We're writing to tell you the outcome and to offer a debrief.

Your bid was not successful. It scored 71 out of 100 on quality and 88 on price; the winning bid scored 79 and 84 respectively. The name of the winning bidder will be published in the contract award notice. For reasons of commercial confidentiality we cannot share the other bidders' prices or submissions, but the debrief will go through each of your quality scores against the published criteria.

The standstill period runs until {day}. If you'd like a debrief meeting, please request it through the portal and the commercial lead will arrange a one-hour session with two members of the panel.

We appreciate the effort your team put into the bid and hope you'll take part in future competitions.

Yours faithfully,
Contracts Manager
Procurement Office
"""),
])

family("en12-b-21-university-paid-lecture-and-examining", 0, "university_invite", "long_email", True, [
    T("none", "", """
On behalf of the School of Engineering at {uni}, I'd like to invite you to give this year's Halloway Lecture, our annual public lecture on technology and society. The theme this year is {topic}, and your recent article on the subject was mentioned by several colleagues.

The lecture is open to students, staff and the public. It will be recorded and published on the university's website, so we'd ask you to keep to material you are happy to see in public. We offer an honorarium of {fee}, and we'll reimburse your travel and one night's accommodation under the university's expenses policy; our events team can also book the hotel directly if that's easier.

Many speakers from industry need approval from their employer before accepting; we'd be glad to send a formal invitation letter for that purpose.

If you're able to accept, could you let me know which dates in the spring term suit you? We'd need a title and a short biography about six weeks before the lecture.

With kind regards,
Professor Eleanor Vance
Head of School, Engineering
"""),
    T("none", "", """
I'm writing to ask whether you would act as external examiner for a doctoral thesis on {topic}, submitted by one of our candidates in the Department of Physics at {uni}.

The thesis is about 180 pages. It contains no restricted material; the candidate's sponsor has confirmed that all results are cleared for publication, and two chapters have already appeared in journals. The oral examination would take place on campus in about two months, and we would reimburse your travel and accommodation. The university pays a standard examiner's fee of {fee}, processed through our payroll system once the final report is received.

Examiners are asked to declare any conflict of interest, such as co-authorship with the candidate or a commercial relationship with the sponsor, before they accept.

If you're able to help, I'll send the formal nomination form and the university's guidance for examiners.

Best wishes,
Dr Samuel Idowu
Postgraduate Research Director
"""),
    T("none", "", """
I'm pleased to let you know that your application for a six-month visiting fellowship at {uni}'s Centre for Energy Systems has been approved. The fellowship comes with a monthly stipend, shared office space and library access.

Because your research touches on {topic}, the university's export-control officer has reviewed the project. You will be working only on the published, fundamental-research strand of the programme; access to the laboratory wing used for sponsored defence work is not part of the fellowship, and your badge will not open it. Please don't bring controlled data from your home institution, and let us know if anyone asks you to.

The fellowship office will send your agreement and the visa support letter by {day}. Your stipend will be paid monthly into a bank account in your name once the agreement is signed.

We look forward to welcoming you.

Kind regards,
Visiting Fellowships Office
"""),
])

family("en12-b-22-work-group-chat", 0, "coworker_channel", "chat_export", True, [
    T("none", "", """
[{hh}:05] {sender}: minutes from {day}'s review are on the team drive
[{hh}:06] {sender}: they're internal, so don't paste them into the supplier channel
[{hh}:08] {name}: noted. can I share slide 4 with the customer?
[{hh}:09] {sender}: only the cleared version, ask comms first
[{hh}:09] {name}: 👍
"""),
    T("none", "", """
[{hh}:15] {sender}: {uni} alumni dinner in {place} on {day}!
[{hh}:16] {sender}: £35 a head, pay on the night, partners welcome
[{hh}:18] {name}: in. anyone from the old avionics lab coming?
[{hh}:19] {sender}: at least four of us. and the dean is giving a short talk
"""),
    T("none", "", """
[{hh}:50] {sender}: can you bring your notebook from the design meetings to the audit tomorrow?
[{hh}:51] {name}: the paper one? it's in the secure cabinet
[{hh}:52] {sender}: yes, sign it out with security first, we'll go through it in the meeting room
[{hh}:54] {sender}: and leave phones in the lockers as usual
"""),
])

family("en12-b-23-security-awareness-quotes-the-signs", 0, "security_awareness", "long_email", True, [
    T("none", "", """
This month's security bulletin: think before you link.

Security services in Canada, the UK and the US keep warning that people in sectors like ours are approached online by fake recruiters and "consultants". The approach usually follows the same steps, and the words are often the same. Be wary if someone you don't know:

- flatters your experience and says their "client" cannot be named yet;
- asks to move the conversation to WhatsApp, WeChat, Telegram or a personal Gmail early on ("never move to WeChat with a recruiter you do not know");
- offers a fee for a "report" or "white paper", especially one that will not be published;
- drifts towards what is internal, upcoming or not yet public;
- invites you to meet the client abroad with all travel paid;
- says "there's no need to tell your employer" or offers payment in crypto, gift cards or cash.

None of these is proof on its own; genuine recruiters also use WhatsApp, and genuine expert networks pay for calls. What matters is the combination. If in doubt, report it to the security team on {phone} before replying. You won't be in trouble.

Corporate Security, {place} site
"""),
    T("none", "", """
Following several reports from staff at our {place} site, we'd like to share the pattern of approaches we have seen this quarter so that everyone can recognise them.

In each case, the first message came through a professional networking site from a "headhunter" with an impressive profile. Within a day or two the person asked to continue on a messaging app or a personal e-mail address. The next step was an offer of {bigfee} for a short written analysis for an unnamed client, followed by questions about {programme} that were plainly not public. Two colleagues were invited to a "conference" in {abroad} with flights, hotel and an honorarium, on condition that they came on personal leave.

Our colleagues did the right thing: they stopped replying and told us. Please do the same. Report the profile to the platform, forward the messages to the security mailbox, and do not delete anything.

Genuine approaches exist too, and we don't want to discourage you from your career. A real recruiter will name the company and the role, and will not ask about your current work.

Site Security Office
"""),
    T("none", "", """
Quick quiz for the security awareness week. Which of these messages should you report?

A. "Hi, I'm a recruiter at {hirer}. We have a {role} vacancy, salary {salary}. Could you send your CV?"
B. "My client would pay {fee} for an hour of your thoughts on what's coming next in your programme. Let's continue on Telegram."
C. "{network} here: the call is one hour, paid, and we ask you not to share any confidential information."
D. "We'd love to host you in {abroad}. Everything is paid for. There's no need to mention it at work."

Answers: B and D show the warning signs (an unnamed client, a move to a messaging app, money for non-public information, a trip abroad kept from your employer). A and C look like normal professional contact, though it's always fine to check with us.

Prizes for everyone who answers by {day}. Reply to this e-mail with your letters, or drop them in the box at reception.

Security Awareness Team
"""),
])

family("en12-b-24-clearance-job-adverts", 0, "cleared_job_ad", "long_email", True, [
    T("none", "", """
{role} | {hirer} | {ukplace} | {uksalary}

About the role
We're looking for an experienced engineer to join the team delivering {programme}. You'll own requirements, lead design reviews with the customer's technical authority, and mentor junior staff.

Security clearance
Because of the nature of the work, you must hold current DV clearance, or be willing and eligible to undergo it. Eligibility usually requires sole British nationality and ten years' residence in the UK. We sponsor the vetting process and cover all costs.

What we offer
- Salary {uksalary}, reviewed annually
- 28 days' holiday plus bank holidays
- A pension with up to 10% employer contribution
- Flexible working within the constraints of a secure site

How to apply
Apply through our careers site, reference {ref}. We will never ask you to pay for vetting or training, and we never conduct interviews over messaging apps. If you have questions, our recruitment team is on {phone}.

{hirer} is an equal opportunities employer.
"""),
    T("none", "", """
Job title: {role}
Location: {usplace} (on site, 5 days)
Clearance: active TS/SCI with full-scope polygraph required at start
Pay range: {ussalary}
Requisition: {ref}

{hirer} is hiring for a cleared position supporting a government customer. Work is performed in a secure facility; personal devices are not permitted inside.

Responsibilities
- Design and verify subsystems for {programme}
- Produce technical documentation to customer standards
- Take part in design reviews and test events, including occasional travel within the US

Requirements
- Degree in engineering or a related field and 8+ years' experience
- Active clearance as above (we cannot sponsor new clearances for this role)
- US citizenship

Benefits include medical, dental and vision cover, a 401(k) match and tuition assistance.

To apply, use the careers site and quote the requisition number. Recruiters from {hirer} will contact you only from a company e-mail address and will never ask for money or for details of classified work.
"""),
    T("none", "", """
{hirer} is hiring: {role}, {caplace}

This is a permanent, full-time position on a Government of Canada defence contract. Candidates must be able to obtain and maintain a Secret (Level II) security clearance; we will sponsor it. Canadian citizenship or permanent residence is required by the contract.

The salary range is {casalary}, with a comprehensive benefits package, RRSP matching and a hybrid schedule once your clearance is granted.

You will:
- lead system-level analysis for {programme};
- work with suppliers across Canada and the US;
- brief the programme office on technical progress.

We're looking for a professional engineer (P.Eng. or eligible) with at least seven years' experience in {industry}.

Apply through our careers page (competition {ref}) by {day}. Please do not send documents through social media. We will never ask you to pay a fee at any point in our hiring process; if someone does, they are not from {hirer}.
"""),
])

family("en12-b-25-consultant-invoicing-named-client", 0, "freelance_gig", "inmail_email", True, [
    T("none", "", """
Please find attached invoice {ref} for the advisory work on {topic} delivered to {hirer} last month: {bigfee} plus tax, payable to our business account within 30 days as per the contract. The deliverable was the public market overview we presented on {day}; the slides are in the shared folder.
"""),
    T("none", "", """
Thanks for the purchase order. I'll invoice {hirer} for the two workshop days at the agreed day rate. The statement of work lists the deliverables as a public market overview and the workshop slides, nothing else, so I've kept all material to published sources. Payment goes to the company account shown on the invoice.
"""),
    T("none", "", """
A reminder that invoice {ref} to {hirer} is now 15 days overdue. Our bank details are unchanged. If you receive any e-mail claiming our account has changed, please call me on {phone} before paying anything; we had a fraud attempt last year using a look-alike domain.
"""),
])

family("en12-b-26-business-travel-abroad-approved", 0, "travel_reimbursement", "long_email", True, [
    T("none", "", """
Your request to travel to {confcity} for the standards working group meeting has been approved. Please read the following before you go.

Travel and costs: the travel desk will book your flights and hotel on the corporate account. Per diems are paid at the published rate; keep all receipts and submit your claim within 30 days of your return. Dinners with other delegates are fine, but hospitality over the limit in the gifts policy must be declared.

Security: you'll attend a 30-minute pre-travel briefing with the security team on {day}. You'll be issued a loan laptop and phone; leave your usual work devices at home. Take only the documents approved for the meeting, which are the public draft standard and our published comments.

While you're away: if anyone, including fellow delegates, hosts or new contacts, asks about our programmes, offers you paid work, or invites you to a private meeting outside the official agenda, politely decline and tell us when you're back. This is routine and it happens at most international meetings.

Have a good trip.

Travel Security Office
"""),
    T("none", "", """
Hi {name},

I've gone through your claim for the {confcity} trip and approved most of it, but Finance bounced two items, so I wanted to explain before you see the rejection e-mail.

1. The airport lounge access isn't covered under our policy, even on overnight flights. Sorry, I know it was a long one.
2. The dinner on the second night: the receipt shows four people. If it was a working dinner with the other delegates, add their names and organisations and resubmit; that's allowed. If one of them paid for you on another night, please log it in the hospitality register as well, as we have to for anything connected with the standards work.

Everything else (flights, hotel, per diems, the train to the venue) goes through in this month's payroll. The debrief you sent to the security team was really useful, by the way; they said the note about the delegate who kept asking about our test schedule was exactly what they need.

Thanks,
{sender}
Engineering Manager
"""),
    T("none", "", """
Reminder: foreign travel declarations

Anyone who holds a security clearance must declare all foreign travel, both business and personal, at least two weeks before departure, using the form on the security intranet. This includes holidays, family visits and weddings abroad, and trips paid for by someone else.

Why we ask: people in our sector are sometimes approached while travelling, by hosts, fellow guests or people who seem to know a lot about them. A declaration lets us brief you beforehand and debrief you afterwards. It is not a judgement on where you go or why.

Please also tell us if:
- someone you met offers to pay for a future trip, or invites you to meet "partners" privately;
- relatives abroad are asked about you or your work;
- you are asked to bring documents or devices from work.

Declarations are seen only by the security team. If you have questions, call us on {phone} or drop in at the {place} security office.

Personnel Security
"""),
])

family("en12-b-27-parents-and-alumni-groups", 0, "parents_group", "chat_export", True, [
    T("none", "", """
[{hh}:10] Class 4 parents: trip to the science museum is confirmed for {day}
[{hh}:11] Class 4 parents: £12 per child, pay through the school app, not cash please
[{hh}:14] {name}: done! does anyone have a spare packed-lunch box?
[{hh}:15] {sender}: we've got two, I'll bring one to the gate
"""),
    T("none", "", """
[{hh}:02] {sender}: posting for a friend: {hirer} are hiring a {role} in {place}
[{hh}:03] {sender}: recruiter is Hannah on their in-house team, the job is on their careers page ({ref})
[{hh}:05] {name}: do they sponsor clearance?
[{hh}:06] {sender}: yes, it says so in the ad. DM me and I'll pass on your CV
"""),
    T("none", "", """
[{hh}:30] {sender}: raffle for the school roof fund tonight! prizes are gift cards from local shops
[{hh}:31] {sender}: tickets £2, money goes straight to the PTA account
[{hh}:33] {name}: can I pay by transfer? no cash on me
[{hh}:33] {sender}: yes, details are pinned at the top of the group
"""),
])

family("en12-b-28-security-reminders-in-chat", 0, "security_awareness", "chat", True, [
    T("none", "", "{name}, reminder: never move to WeChat with a recruiter you do not know"),
    T("none", "", "if a 'client' offers a fee for internal info on {programme}, report it to security"),
    T("none", "", "phishing drill {day}, don't give fake headhunters your gmail 😉"),
])

family("en12-b-29-family-wechat-about-visits-and-money", 0, "family_chat", "chat_export", True, [
    T("none", "", """
[{hh}:10] Mum: did you get the red envelope on WeChat?
[{hh}:11] {name}: yes thank you!! you didn't have to
[{hh}:12] Mum: it's New Year, of course. buy yourself something warm
[{hh}:14] Mum: and send a photo of your new flat, your grandmother wants to see
"""),
    T("none", "", """
[{hh}:40] {name}: sent the money for Grandma's hospital bill through the bank, should arrive {day}
[{hh}:41] Brother: thanks. I'll pay the hospital and send you the receipt
[{hh}:43] Brother: she's much better, she's already complaining about the food 😄
[{hh}:44] {name}: that's a good sign. call me tonight?
"""),
    T("none", "", """
[{hh}:20] Cousin Mei: are you coming back for Uncle's 70th in {hometown}?
[{hh}:21] {name}: trying to! visa appointment is {day}
[{hh}:22] Cousin Mei: everyone is so excited. Auntie is already planning the menu
[{hh}:25] Cousin Mei: don't bring presents, just bring yourself. ok maybe chocolates
"""),
])

family("en12-b-30-ordinary-chat", 0, "ordinary_chat", "chat", False, [
    T("none", "", "{name}, lunch at 12:30? the new ramen place by the station"),
    T("none", "", "running 10 min late, train stuck outside {place}"),
    T("none", "", "can you feed the cat {day}? key's under the blue pot"),
])

family("en12-b-31-plain-work-email", 0, "work_email", "long_email", False, [
    T("none", "", """
Hi all,

A few updates before the long weekend.

Office move: the team moves to the third floor on {day}. Please pack your desks by Thursday evening; crates will be delivered on Wednesday. Label everything with your name and new desk number (the floor plan is attached). Facilities will move monitors and docking stations, so leave those plugged in.

Parking: the north car park is closed for resurfacing for two weeks. The overflow car park behind the canteen is open, and the shuttle bus will run every 15 minutes from 7:30.

Training: the mandatory fire-warden refresher is now online. It takes about 20 minutes; please finish it by the end of the month.

Social: thanks to everyone who came to the quiz night. We raised enough for two new benches in the garden. The next one is in March.

Have a good weekend,
{sender}
Office Manager, {place}
"""),
    T("none", "", """
Hello everyone,

Here are the notes from this morning's stand-up for those who missed it.

1. Build server: the nightly build failed twice this week because of disk space. Ops have added storage, and builds have been green since Tuesday.
2. Code reviews: we have 14 open pull requests older than a week. Please take two each before Friday. Small comments are fine; don't let perfect be the enemy of merged.
3. Holidays: if you haven't booked your summer leave in the system, please do it this week so that we can plan cover.
4. New starter: {name} {surname} joins us on {day}. {sender} will be their buddy for the first month. Please say hello and invite them to lunch.
5. Retro: moved to Thursday at 15:00 because of the all-hands.

Questions, as always, in the team channel.

Thanks,
{sender}
"""),
    T("none", "", """
Dear residents,

The annual maintenance of the building's lifts will take place on {day}. Work will start at 08:00 and should be finished by 17:00. During this time one lift will be out of service at a time, so please allow extra time, especially in the morning.

We've also been asked to remind everyone about the recycling rules. Cardboard must be flattened before it goes in the blue bins, and glass goes in the separate container by the gate. The collection company has refused to empty the bins twice this month because of contamination, and it costs the building an extra charge each time.

Finally, the residents' association meets on the first Tuesday of the month in the community room. This month's topics are the garden plan and the bicycle storage. All residents are welcome, and there will be tea and biscuits.

Thank you for your cooperation.

Kind regards,
Building Management Office
"""),
])

family("en12-b-32-plain-notices", 0, "notification", "inmail_email", False, [
    T("none", "", """
Your library loan is due back on {day}. You can renew it online up to three times unless another reader has reserved it. Books returned late are charged at 20p a day. Opening hours over the holiday are on the library website.
"""),
    T("none", "", """
Your order has been dispatched and should arrive on {day} between 8 am and 6 pm. You can track it with the link in your account. If nobody is home, the courier will leave a card and try again the next working day, or you can choose a collection point.
"""),
    T("none", "", """
This is a reminder of your dental appointment on {day} at the {place} clinic. Please arrive ten minutes early and bring a list of any medication you take. If you need to cancel, let us know at least 24 hours in advance so that we can offer the slot to someone else.
"""),
])

family("en12-b-33-plain-chat-export", 0, "ordinary_chat", "chat_export", False, [
    T("none", "", """
[{hh}:05] {sender}: hike on Saturday still on?
[{hh}:06] {name}: yes! weather looks ok, bit windy on the ridge
[{hh}:07] {sender}: I'll bring the flask and the map. meet at the car park at 8?
[{hh}:08] {name}: perfect, I'll do sandwiches
"""),
    T("none", "", """
[{hh}:30] {name}: did anyone find a black umbrella after the book club?
[{hh}:32] {sender}: yes it's at mine! I'll bring it {day}
[{hh}:33] {name}: lifesaver, thank you. also who's choosing next month's book?
[{hh}:35] {sender}: I think it's {surname}'s turn, hopefully something short this time
"""),
    T("none", "", """
[{hh}:12] {sender}: the plumber can come {day} between 9 and 12
[{hh}:13] {name}: I'm in all morning, tell him to ring the top bell
[{hh}:15] {sender}: will do. he says it's probably just the washer
[{hh}:16] {name}: fingers crossed, the drip is driving me mad
"""),
])


def words(text: str) -> int:
    """Whitespace-separated words, the unit of the length bands."""
    return len(text.split())


def main() -> None:
    rows: list[dict[str, object]] = []
    for register, (openers, closers) in REGISTERS.items():
        rows += build(F[register], POOLS, openers, closers, "en", SEED + len(rows), PER_TEMPLATE)
    for row in rows:
        row["subtlety"] = "none" if row["label"] == 0 else "subtle" if row["family"] in SUBTLE else "overt"
    # Checks: unique ids; the subtlety convention in both directions; each register within its length band.
    assert len({r["id"] for r in rows}) == len(rows)
    limits = {"chat": (3, 20), "chat_export": (30, 120), "inmail_email": (30, 120), "long_email": (121, 300)}
    for row in rows:
        text = str(row["text"])
        if row["subtlety"] == "subtle":
            assert not TELLTALE.search(text.lower()), (row["id"], TELLTALE.search(text.lower()))
        elif row["subtlety"] == "overt":
            assert TELLTALE.search(text.lower()), row["id"]
        n = words(text)
        low, high = limits[str(row["register"])]
        assert low <= n <= high, (row["id"], n)
    write(rows, OUT)


if __name__ == "__main__":
    main()
