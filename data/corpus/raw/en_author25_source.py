"""English training messages by a new hand (author 25): strategic sectors the corpus has least of.

Who and how
-----------
Written by a helper session (an AI assistant) for the recruitscreen corpus, by hand, from the threat
description in ``../shared/DESIGN.md`` and the public warnings it cites (CSIS, MI5/NPSA "Think Before
You Link", FBI) only. The author never opened the rule packs, the rest of the training corpus, the
development sets or the evaluation sets, and never ran the screener on this file: it is blind to the
rules, the corpus and the evaluation. Every person, firm, institute, address and number is invented
(``example`` domains, 555-01xx, 07700 900xxx, +86 138 0000 0000); real cities and public bodies appear
only as places and context.

Run: ``.venv/bin/python data/corpus/raw/en_author25_source.py`` rewrites ``en_author25.jsonl`` next to
it (same seed, same bytes) and prints the counts below; it stops with an error if a subtle family
carries a stock word or a message falls outside its register's length band.

What it covers
--------------
Sectors: semiconductors and lithography, the power grid and civil nuclear, telecoms and undersea
cables, satellites and launch, biotech and vaccines, quantum, critical minerals and batteries, ports
and shipping, agricultural genetics, export-control staff, parliamentary aides, municipal officials,
university tech-transfer offices and graduate students.

- Suspicious (``en25-s-*``): a "market study" of a fab's yield, a resilience "consultancy" after a
  grid operator's restoration plans, a trade "friendship" trip for a committee aide, a "headhunter"
  asking a PhD student for unpublished results, a subsea-cable pivot, a satellite "investor group",
  a paid vaccine white paper, a quantum "institute" visit abroad, a minerals insider told to keep
  quiet, port schedules paid in USDT and gift cards, seed lines carried in a suitcase, a licensing
  officer asked about pending cases, a council tender panel, a tech-transfer office asked for
  disclosures before filing, diaspora coercion (overt and subtle), task scams, a subtle job scam,
  a subtle pivot at a nuclear station, a handler paying a fab engineer through his brother, and a
  paid study of subsea-cable repair times that ends with cash abroad.
  Twelve of the 21 suspicious families are subtle: no app name, "client", fee, pay, report,
  "confidential", "internal" or currency; the intent shows only in what is asked.
- Benign (``en25-b-*``), 28 of 31 families hard look-alikes: sector headhunters naming firm, role and
  band; a grid recruiter who uses WhatsApp for scheduling only; an expert network (e-mail and chat)
  with a compliance attestation and no non-public information; a think-tank paper on minerals; a
  paid public lecture; a satellite conference abroad paying a speaker's flights; a journalist on the
  record; colleagues on the work channel; a port's public tender; security notices quoting the
  warning signs; family and diaspora chats (medicine money, a wedding); clearance job adverts; HR
  onboarding through the portal; consultants invoicing named clients; a trade association; standards
  committees; an analyst citing public filings; export-control training; supplier audits; a grant
  agency; a journal paying reviewers; official site visits; graduate students; an honest
  tech-transfer office; a minister's office; a nuclear recruiter who writes to a personal address at
  the candidate's request. Three plain families (chat, office e-mail, notices).

Shape and counts (printed from the file by this script)
-------------------------------------------------------
52 families of three hand-written templates, each template instantiated three times with slots from
``POOLS`` and an opener and closer shared by both classes; identical results are kept once.

- 464 messages: 187 suspicious (40.3%) in 21 families, 277 benign in 31 families; 48 families hold 9
  messages, 4 hold 8. Benign look-alikes: 250 of 277 (28 of 31 families).
- Subtlety (label 1): 107 subtle (12 families), 80 overt. Three overt messages (explicit threats to a
  family) carry no stock word either.
- Register and length in whitespace-separated words (suspicious / benign; min, median, max):
  ``chat`` 61 / 88 (12-15-20 / 9-14-20), ``short_email`` (InMail or short e-mail) 63 / 99
  (54-69-89 / 46-62-86), ``long_email`` (signatures, quoted replies, a forwarded header) 63 / 90
  (126-146-175 / 134-155-184); overall a third each (149 / 162 / 153).
- Stage (label 1): elicitation 41, meeting 27, contact 24, pivot 18, payment 18, job_scam 18,
  coercion 17, paid_task 15, secrecy 9. Categories (label 1): sensitive_info 101, secrecy 93,
  vague_client 78, credential_targeting 48, off_platform 44, paid_task 42, unusual_payment 36,
  client_meeting 33, job_scam 18, coercion 17.
- Fields as in ``data/eval/README.md`` (``stage`` is the step the message mainly performs; benign
  ``none``; ``subtlety`` overt / subtle, benign ``none``), plus ``family``, ``register``, ``lang``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write

SEED = 25_2026_1122
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "en_author25.jsonl"

# Shared by both classes; kept short so that they fit a chat line as well as an e-mail.
OPENERS = ["", "", "", "", "", "", "Hi! ", "Hello again. ", "Morning! "]
CLOSERS = ["", "", "", "", "", "", "", " Thanks.", "\n\nSent from my phone", "\n\nSent from my iPad"]

POOLS: dict[str, list[str]] = {
    "tname": ["Dana", "Sam", "Imogen", "Ravi", "Jo", "Wen", "Marcus", "Aoife", "Tariq", "Lena", "Kofi", "Mei",
              "Gareth", "Sofia", "Yusuf", "Hélène"],
    "first": ["Maren", "Tobias", "Ifeoma", "Rohan", "Lucia", "Callum", "Anneke", "Darius", "Priya", "Olek",
              "Hana", "Mateo", "Sunniva", "Kwame", "Elif", "Bram"],
    "last": ["Okafor-Reid", "Lindqvist", "Achterberg", "Varga", "Mendonça", "Halvorsen", "Castellano",
             "Whitcombe", "Ferreira-Lowe", "Brandt", "Nakashima", "Oduya", "Petrescu", "Kowalczyk", "Thorne"],
    "xfirst": ["Niamh", "Arjun", "Beatriz", "Tomasz", "Grace", "Emeka", "Ingrid", "Leo", "Farah", "Ciaran"],
    "xlast": ["Abernethy", "Sokolova", "Quaye", "Marchetti", "Ellery", "Haddad", "Voss", "Ranganathan",
              "Delacroix", "Mwangi"],
    "fab": ["Caldera Semiconductor", "Norrland Wafer Technologies", "Brightline Lithography",
            "Halcyon Microdevices", "Pellucid Photonics", "Ostrava Silicon Works"],
    "grid": ["Eastmarch Power Networks", "Tarrow Grid Operations", "Lakeshore Transmission",
             "Fenwick Energy Networks", "Calder Valley Electric"],
    "nuke": ["Kestrel Point", "Greyhaven", "Sallow Bay", "Dunraven Head"],
    "telco": ["Halyard Subsea Systems", "Northwave Telecom", "Meridian Cable Partners", "Tidewater Fibre"],
    "space": ["Orrery Launch Services", "Lumen Orbital", "Skyloft Satellites", "Corvid Space Systems"],
    "bio": ["Vireo Biologics", "Ashgrove Vaccines", "Pennant Therapeutics", "Merrow Bio"],
    "quantum": ["Qubitline Labs", "Coldwater Quantum", "Entangle Systems", "Harwick Quantum"],
    "minerals": ["Tamsin Lithium", "Redcap Minerals", "Ironbark Cathode", "Silverbirch Battery Materials"],
    "port": ["Port of Hollin", "Brackwater Container Terminal", "Saltmarsh Harbour Authority",
             "Port of Elderby"],
    "agri": ["Fallowfield Seed Genetics", "Greenrow Plant Breeding", "Harrowgate Agronomics"],
    "univ": ["the University of Westmere", "Carrow Institute of Technology", "Dunmore University",
             "Lisle Polytechnic"],
    "city": ["Leeds", "Ottawa", "Manchester", "Calgary", "Bristol", "Denver", "Glasgow", "Halifax"],
    "abroad": ["Singapore", "Istanbul", "Dubai", "Budapest", "Macau", "Bangkok", "Tbilisi", "Hong Kong"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "date": ["3 March", "17 April", "9 May", "22 June", "14 September", "6 October", "19 November"],
    "time": ["9:30", "11:00", "14:00", "15:30", "16:15"],
    "fee": ["$400", "$600", "$750", "$1,200", "£500", "£850", "€900"],
    "bigfee": ["$3,000", "$5,000", "$8,000", "USD 12,000", "£4,500", "€6,000"],
    "band": ["$150,000–$175,000", "$120k–$140k base", "£85,000–£100,000", "€95,000–€110,000 plus bonus",
             "CAD 130,000–150,000"],
    "phone": ["+1 555 0142", "(555) 010-0178", "07700 900417", "+44 7700 900263", "+86 138 0000 0000",
              "+852 5000 0171", "555-0119"],
    "pmail": ["mk.advisory@mail.example.com", "harbourview.partners@example.net",
              "t.lindq.private@inbox.example.org", "jadeline.consult@example.net", "r.halden88@mail.example.com"],
    "ref": ["EN-4471", "CS-20931", "PT-118", "QX-5520", "HB-3307", "AG-0912"],
}

F = Families()

# ---------------------------------------------------------------- suspicious (label 1)

F.add("en25-s-01-fab-yield-study", 1, "fake_consultant", "long_email", False, [
    ("paid_task", "paid_task vague_client credential_targeting secrecy",
     "{tname},\n\nI lead a small market-intelligence practice and we have been retained by a client in the "
     "equipment space who wants a clearer picture of how leading-edge fabs are ramping. Your years on the "
     "process-integration side at {fab} make you exactly the kind of person whose view they trust over any "
     "analyst note.\n\nThe work is a written study of roughly ten pages, in your own words, on yield learning "
     "at the newest node: where the excursions come from, how long a typical recovery takes, what the defect "
     "density curve looks like month by month. They pay {bigfee} for the first study and there would be more. "
     "The client prefers not to be named at this stage, which is common in our line of work, and there is no "
     "need to run it past anyone at {fab}, since you'd be writing as a private individual.\n\nIf that "
     "interests you, send me a personal address and I'll share the outline.\n\n{first} {last}\n"
     "Principal, Stratum Insight Partners\n{phone}"),
    ("elicitation", "paid_task vague_client sensitive_info unusual_payment",
     "Thanks for the draft, {tname}. Honestly it reads a little like the public investor-day material, and "
     "my client has that already. What they are paying for is the inside view. Could you add the actual line "
     "yield figures for the last two quarters on the {fab} pilot line, even approximate, and the list of "
     "tools that are currently bottlenecks? Photos of the internal yield dashboard would save you a lot of "
     "typing if that's easier.\n\nThe second instalment ({bigfee}) goes out as soon as the revised version "
     "lands. Same arrangement as before: the transfer comes from our Hong Kong entity, and I'd suggest using "
     "your home address for the invoice.\n\nAppreciated as always,\n{first}\n\n> On {day}, {tname} wrote:\n"
     "> Attached is the first version. I kept to what I could say without\n> naming anything specific to "
     "the site. Let me know if it works."),
    ("meeting", "client_meeting vague_client paid_task sensitive_info secrecy",
     "{tname}, good news: the client read your two studies closely and would like to meet you in person. "
     "They are based in the region and suggest {abroad} on a weekend of your choosing, so it doesn't "
     "interfere with work. Business-class flights and the hotel are covered by us, plus {fee} a day for your "
     "time, and we would hand over the travel money on arrival so there's nothing to claim back.\n\nThey'd "
     "like a working session of two or three hours. Bring whatever you have on the EUV pellicle issue you "
     "mentioned and, if you can, the latest process-of-record sheet for the new node; they have engineers "
     "who will want to go through it line by line. It would be simplest to book the trip as a holiday.\n\n"
     "Let me know dates and I'll sort the rest.\n\nBest,\n{first} {last}\nStratum Insight Partners | "
     "Advisory\nMobile {phone}"),
])

F.add("en25-s-02-grid-restoration-consultancy", 1, "fake_consultant", "long_email", False, [
    ("contact", "credential_targeting vague_client",
     "{tname},\n\nI came across your talk on restoration planning at the regional reliability forum and "
     "thought it was the most practical thing I'd heard on the subject in years. I run a small resilience "
     "consultancy; most of our work is for infrastructure investors who want to understand how operators like "
     "{grid} would cope with a bad winter.\n\nI'm putting together a panel of four or five people who have "
     "actually sat in a control room during a major event. Nothing heavy: a couple of conversations a "
     "quarter, your own opinions, and we would of course make it worth your while. I'm particularly keen on "
     "people who have seen how black-start sequencing is planned at a working utility rather than in a "
     "textbook.\n\nWould you be open to a first chat over coffee next time you're in town? I'm in {city} "
     "most weeks.\n\nKind regards,\n{first} {last}\nDirector, Larchmont Resilience Advisory"),
    ("elicitation", "sensitive_info vague_client secrecy",
     "{tname},\n\nThank you for last week, it was exactly the kind of conversation I hoped for. The people I "
     "work with have been chewing on it since.\n\nThey have one follow-up that I promised to pass on. The "
     "restoration plan you described, with the priority list of substations and the order in which the big "
     "loads come back: is that written down in a document your team maintains? They would be very grateful "
     "to see the current version, or even just the priority list as it stands this winter, along with which "
     "sites still rely on the older protection relays. Likewise the call-out tree for the control room "
     "during an event.\n\nI appreciate that's a step further than a chat. I'd keep it strictly to the two of "
     "us, and it would go a long way with the group.\n\nWarmly,\n{first}\n\nLarchmont Resilience Advisory\n"
     "{city} | London"),
    ("meeting", "client_meeting sensitive_info secrecy vague_client",
     "{tname},\n\nA quick follow-up on the idea we floated. Two of the senior people behind our work will be "
     "in {abroad} at the end of next month and would value sitting down with you for an afternoon. We'd look "
     "after the flights and the hotel, and you could make a long weekend of it if you'd like to bring your "
     "partner.\n\nWhat they want to understand is very specific: how the {grid} control room would behave if "
     "two of the big interconnectors dropped at once, how long the manual switching would take, and where "
     "the weak spots are in the telecoms that the protection schemes rely on. Nobody expects documents to "
     "travel; your memory and a whiteboard would be plenty.\n\nIt might be simplest not to put this in the "
     "travel system at work. Treat it as leave.\n\nLet me know which weekend suits.\n\n{first} {last}\n"
     "Larchmont Resilience Advisory"),
])

F.add("en25-s-03-aide-trade-delegation", 1, "fake_trade_contact", "short_email", False, [
    ("meeting", "client_meeting credential_targeting secrecy off_platform",
     "{tname}, I coordinate a business friendship association that organises short study trips for "
     "parliamentary staff. We'd be delighted to host you on our autumn delegation to {abroad}: five days, "
     "flights, hotel and a daily allowance all covered by our sponsors, no cost to you or your office. There "
     "will be meetings with industry partners who are keen to understand how your committee is thinking "
     "about the critical minerals bill. It's informal, so no need to register it as sponsored travel. Could "
     "we continue by WhatsApp? {phone}"),
    ("meeting", "client_meeting sensitive_info secrecy off_platform vague_client",
     "{tname}, following our chat at the reception, the invitation stands. Our partners in {abroad} would "
     "cover everything, business class, and they'd like a private dinner with you on the second night. "
     "They're especially interested in the draft amendments before they are tabled and in the minister's "
     "position on the export licensing clauses. Please keep the trip off the declared register for now; "
     "we'll handle the paperwork. My personal address is {pmail}."),
    ("paid_task", "paid_task vague_client unusual_payment",
     "{tname}, our friends enjoyed meeting you in {abroad}. As a thank-you for your time they'd like you to "
     "prepare short briefing notes, a page or two each month, on how the select committee is leaning on "
     "telecoms and subsea cable security. {fee} per note, paid in cash through me or to a family member's "
     "account if that's easier for you. Nothing official, just your impressions."),
])

F.add("en25-s-04-phd-headhunter-unpublished", 1, "fake_headhunter", "chat", False, [
    ("contact", "credential_targeting sensitive_info",
     "{tname}, loved your tandem-cell poster. Is the group's newest efficiency figure out yet?"),
    ("elicitation", "sensitive_info",
     "Before the interview, could you send the lab's unsubmitted manuscript? Helps me pitch you."),
    ("elicitation", "sensitive_info credential_targeting",
     "The team mostly wants your lab's unpublished coherence numbers before we talk, {tname}."),
])

F.add("en25-s-05-cable-pivot", 1, "fake_recruiter", "chat", False, [
    ("pivot", "off_platform credential_targeting",
     "Great profile for subsea cable roles {tname}! I rarely check here, add me on Telegram?"),
    ("pivot", "off_platform vague_client",
     "my client needs {telco} landing-station people. WhatsApp me on {phone}, faster"),
    ("pivot", "off_platform secrecy",
     "Reply to my gmail instead pls, and better not from your {telco} account."),
])

F.add("en25-s-06-satellite-investor-group", 1, "fake_consultant", "short_email", False, [
    ("contact", "credential_targeting vague_client",
     "{tname}, your work on ground-segment scheduling at {space} is genuinely impressive, and I don't say "
     "that lightly. I advise a small group of investors looking at the launch sector, and they like to learn "
     "from people who do the real work rather than from brochures. Would you be open to an occasional "
     "conversation? There's no commitment, and I'd make sure your time is properly recognised. Happy to come "
     "to you in {city}."),
    ("elicitation", "sensitive_info vague_client",
     "Thanks for the call, {tname}. The people I work with were hoping for more about what hasn't been made "
     "public yet, mostly the revised launch manifest for next year and which government missions are on it. "
     "Even the rough order of flights would help them. Also, who at {space} handles the keys for the "
     "telemetry uplink? They'd like to know the name and how that team is organised."),
    ("meeting", "client_meeting vague_client sensitive_info secrecy",
     "{tname}, the group would like to thank you properly. One of them will be at the space congress in "
     "{abroad} next month and would love an evening with you; flights and a good hotel are arranged on our "
     "side, and your partner is welcome. If you could bring the test schedule for the new satellite bus we "
     "discussed, the evening would be very productive. Best to keep the plans to yourself for now."),
])

F.add("en25-s-07-vaccine-white-paper", 1, "fake_think_tank", "short_email", False, [
    ("paid_task", "paid_task vague_client credential_targeting off_platform",
     "{tname}, our foundation commissions short white papers from practitioners in vaccine manufacturing. A "
     "client of ours is interested in fill-finish scale-up and would pay {bigfee} for a six-page paper on "
     "the {bio} process. You would not be named, and the client would not be either; that's how we keep "
     "things simple for busy experts. Interested? Reply to {pmail}."),
    ("elicitation", "paid_task sensitive_info secrecy off_platform vague_client",
     "{tname}, thanks, the paper was well received. For the next one our client would like the actual "
     "batch-release data and the stability results that haven't gone to the regulator yet; screenshots are "
     "fine. Same fee, plus a bonus. Please keep our arrangement confidential, and use your personal e-mail "
     "rather than the {bio} one."),
    ("payment", "unusual_payment paid_task secrecy vague_client",
     "{tname}, the second payment is ready. To avoid questions from your bank we can send it as USDT to a "
     "wallet, or split it into gift cards, whichever you prefer. Just don't mention it at {bio}; our client "
     "values discretion above everything. Send the next paper when you can, ideally before {day}."),
])

F.add("en25-s-08-quantum-institute-visit", 1, "fake_academic", "long_email", False, [
    ("contact", "credential_targeting client_meeting sensitive_info",
     "{tname},\n\nI am a visiting professor at a new institute for quantum engineering and have followed your "
     "group's work on superconducting qubit fabrication at {quantum} for a while. Your paper on two-level-"
     "system losses is one of the best I have read.\n\nWe are building a cryogenic measurement lab from "
     "scratch and are gathering advice from people who have done it properly. I'd love to invite you for a "
     "short stay: a seminar, a few days with our students, and time to see the city. Everything would be "
     "arranged by the institute, flights included, and your family is welcome.\n\nOur young team would "
     "benefit most from practical details that never make it into papers: how you tune your fabrication "
     "recipe, what yields you get per wafer, which suppliers you rely on for the dilution refrigerators, and "
     "the things that went wrong. If you are open to it, I will send some dates.\n\nWith warm regards,\n"
     "Prof. {first} {last}\nInstitute for Advanced Quantum Engineering"),
    ("elicitation", "sensitive_info secrecy",
     "{tname},\n\nThank you for the lovely conversation yesterday. My colleagues were delighted and have "
     "asked me to pass on a few questions ahead of your visit, so that your time here is used well.\n\n"
     "1. The exact junction parameters and the oxidation recipe for the chip you showed in the photograph, "
     "the one not yet described in any paper.\n2. Coherence figures for the new device generation, even "
     "preliminary ones.\n3. The name of the company that supplies your parametric amplifiers and the order "
     "quantities for next year.\n4. Whether {quantum} has a government partner for the error-correction "
     "programme, and who the programme manager is there.\n\nI understand some of this is sensitive in your "
     "setting. You could bring it on a memory stick rather than sending it; that way nothing passes through "
     "the lab's systems.\n\nWith thanks,\n{first}"),
    ("meeting", "client_meeting sensitive_info secrecy",
     "{tname},\n\nThe dates are settled: arrive on {date} and leave five days later. The institute has booked "
     "your flights and a suite at the hotel near the campus; you won't need to spend anything while you're "
     "here.\n\nThere's been a small change. Instead of the open seminar, the director would prefer a closed "
     "working session with the engineers from our industrial partner, who are very keen on your fabrication "
     "know-how. Please bring the layouts and process sheets we talked about, and the wafer maps if you can. "
     "It is better if the trip is described as a holiday at your end; the paperwork for official visits at "
     "{quantum} takes months and would spoil everything.\n\nWe will meet you at the airport and take care of "
     "the rest. My colleagues are already planning a dinner in your honour.\n\nBest,\n{first} {last}\n"
     "International Office, Institute for Advanced Quantum Engineering"),
])

F.add("en25-s-09-minerals-keep-quiet", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "Best not to mention our chats to the compliance people at {minerals}. They wouldn't understand."),
    ("secrecy", "secrecy sensitive_info",
     "Delete this thread after reading, {tname}. The offtake numbers you sent were perfect."),
    ("elicitation", "sensitive_info secrecy",
     "Cobalt contract terms before the board sees them, {tname}? Keep it quiet."),
])

F.add("en25-s-10-port-odd-payment", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment paid_task",
     "Sent {fee} in USDT for the berth schedules. Check your wallet {tname}."),
    ("payment", "unusual_payment secrecy",
     "Your cousin gets the cash from our man in {city}. Say nothing at work."),
    ("paid_task", "paid_task unusual_payment sensitive_info",
     "More gift cards once you send the crane maintenance plan for {day}. Photos fine."),
])

F.add("en25-s-11-seed-lines", 1, "fake_trade_contact", "long_email", False, [
    ("contact", "credential_targeting vague_client",
     "{tname},\n\nWe met briefly at the plant-breeding congress, at the stand next to the coffee queue. I "
     "represent an agricultural development company that is expanding its seed programme in several "
     "countries, and I have been asked to find people who really understand hybrid maize breeding at scale."
     "\n\nYou obviously do. Your work at {agri} on drought-tolerant lines is spoken of highly, and my "
     "principals would welcome your perspective as they plan their own pipeline. This could be a part-time "
     "advisory role to begin with, alongside your current position, with a generous arrangement and a very "
     "flexible schedule.\n\nMight you have time for a call next week? I'd also like to send a few questions "
     "in advance so we don't waste your time.\n\nWith best wishes,\n{first} {last}\nBusiness Development, "
     "Verdance Agri Holdings\n{city}"),
    ("elicitation", "sensitive_info vague_client secrecy",
     "{tname},\n\nThank you again for your time on {day}. My principals found it very useful.\n\nAs promised, "
     "here are the questions they sent me. They are mostly about things that are not in the variety "
     "registers yet:\n\n- Which inbred parent lines are behind the two hybrids you expect to submit for "
     "registration next season?\n- What yield advantage are you seeing in the multi-site trials, site by "
     "site?\n- Is there any way to obtain a small quantity of seed from the pre-commercial lines, even a few "
     "hundred kernels, for evaluation?\n\nI know these go further than a general chat. Everything you share "
     "would be handled discreetly and would never find its way back to {agri}; my principals are careful "
     "people. If it's easier, a photo of the trial summary sheet would do.\n\nKind regards,\n{first}"),
    ("meeting", "client_meeting sensitive_info secrecy vague_client",
     "{tname},\n\nMy principals would like to invite you to see their breeding station near {abroad} in the "
     "spring. They will arrange everything: flights, a driver, the hotel, and a few days of sightseeing "
     "afterwards if you would like.\n\nThey suggest you bring some of the seed we discussed in your luggage; "
     "a few envelopes in a suitcase attract no attention, and it would let their team run a side-by-side "
     "comparison while you are there. They would also value an afternoon with their breeders to go through "
     "your selection indices in detail.\n\nI would suggest keeping the trip informal at your end. There's no "
     "reason to involve your colleagues at {agri} at this stage, and a holiday is a holiday.\n\nWarm "
     "regards,\n{first} {last}\nVerdance Agri Holdings"),
])

F.add("en25-s-12-licensing-officer", 1, "fake_consultant", "long_email", False, [
    ("contact", "credential_targeting paid_task vague_client off_platform secrecy",
     "{tname},\n\nI hope you don't mind the direct approach. I'm a trade-compliance consultant and I noticed "
     "from your profile that you've spent six years on export licensing, most recently in the department's "
     "licensing unit. People with that background are rare and very much in demand.\n\nOne of my clients, "
     "an electronics distributor in Asia, would like to retain someone with your experience for occasional "
     "paid advice: short written notes on how licence applications for dual-use items are assessed, what "
     "makes a case likely to be refused, and how long decisions take. {bigfee} per note is what they have in "
     "mind, and there's flexibility.\n\nAs you're still in government, it would be better to communicate "
     "through private channels. Could you reply to {pmail} or add me on WhatsApp ({phone})? Happy to "
     "explain more.\n\nRegards,\n{first} {last}\nHarbourline Trade Advisory"),
    ("elicitation", "sensitive_info vague_client paid_task secrecy",
     "{tname},\n\nThe client was pleased with your first note. They now have a more concrete request. There "
     "are three pending licence applications for lithography spare parts (I'll send the company names "
     "separately) and they would like to know where each one stands in the review, who the assessing officer "
     "is, and whether any of them has been flagged for referral to other departments.\n\nThey also asked "
     "whether you could share the internal guidance that licensing officers use for semiconductor "
     "manufacturing equipment. I understand it is not published. Even a photo of the relevant pages would be "
     "enough.\n\nThe fee for this would be double the usual. Please keep it strictly between us, and don't "
     "use your work phone.\n\n{first}\n\n-----Original Message-----\nFrom: {tname}\nSent: {day}\nSubject: RE: "
     "notes\n\nSent the first one to your private address. Let me know."),
    ("payment", "unusual_payment secrecy paid_task client_meeting vague_client",
     "{tname},\n\nI've had the funds for the last two notes ready for a few days. Because of your position I "
     "think it's wiser not to send a wire to your own account. Options the client can manage easily: bitcoin "
     "to a wallet you control, a transfer to an account in your sister's name, or cash handed over when we "
     "meet in {abroad} next month, where they would also be happy to cover your trip.\n\nLet me know which "
     "you prefer. As before, nothing about this on your work devices or e-mail, and nothing to your manager, "
     "obviously.\n\nIn the meantime the client would very much appreciate an update on the spare-parts "
     "cases, especially anything on timing.\n\nBest,\n{first}\nHarbourline Trade Advisory\nSent from a "
     "personal device"),
])

F.add("en25-s-13-council-tender-panel", 1, "fake_procurement_contact", "short_email", False, [
    ("elicitation", "sensitive_info vague_client off_platform secrecy",
     "{tname}, good to meet you at the chamber breakfast. Quick question, since you sit on the evaluation "
     "panel for the {city} water-treatment upgrade: how will the technical envelope be weighted against "
     "price this time? The published notice is vague and my partners would rather not guess. Also, which "
     "firms have already asked for the site visit? No need to write anything down; a call from your own "
     "phone this evening would be fine."),
    ("elicitation", "sensitive_info credential_targeting",
     "{tname}, I hear you're drafting the specification for the new traffic-control system in {city}. Before "
     "it goes out, would you be willing to look over a few lines we've written and see whether they might "
     "fit in? We've found that councils often appreciate a bit of help with the technical wording. And if "
     "there's a draft of the scoring grid, I'd be grateful for a glance at it before {day}."),
    ("contact", "credential_targeting vague_client sensitive_info",
     "{tname}, I advise a group of overseas investors interested in the {city} harbourside redevelopment. "
     "They are always keen to make friends among the officials who actually understand how decisions get "
     "made at the council. Would you join us for dinner next week? They'd also like to understand which "
     "members of the planning committee are undecided, and what would bring them round."),
])

F.add("en25-s-14-tech-transfer-pipeline", 1, "fake_investor", "long_email", False, [
    ("contact", "credential_targeting sensitive_info",
     "{tname},\n\nI lead scouting for a technology investment group with a strong interest in battery "
     "materials and early-stage university spin-outs. Your office at {univ} has one of the more interesting "
     "portfolios I have seen, and I would like to build a relationship early rather than knock on the door "
     "once everything is already licensed.\n\nTo be useful to each other, it would help me to understand the "
     "pipeline as it really is: which disclosures have come in from the materials science department over "
     "the past six months, which ones you intend to file on, and which inventors you think are most likely "
     "to start a company. I am happy to sign whatever the university requires later, but at this stage an "
     "informal conversation would be more productive.\n\nI will be near the campus on {day}. Would you have "
     "thirty minutes for a coffee?\n\nBest,\n{first} {last}\nPartner, Coldharbour Frontier Capital"),
    ("elicitation", "sensitive_info secrecy",
     "{tname},\n\nGreat to finally meet. As promised, a short note on what would help us most.\n\nThe cathode "
     "coating work from Dr {xlast}'s group looks very promising. Before the patent application goes in, our "
     "engineers would like to read the invention disclosure itself, including the experimental section, so "
     "they can judge how broad the claims might be. If the application is likely to be narrow, we may "
     "prefer to develop an adjacent approach of our own, which would save everyone time.\n\nI appreciate the "
     "university has its process. It might be easiest if you sent the file to me personally rather than "
     "through the formal channel, so that we don't start a process that neither of us is ready for. I'll "
     "make sure it's seen by two people at most.\n\nThanks so much,\n{first}"),
    ("meeting", "client_meeting sensitive_info secrecy",
     "{tname},\n\nOur founders would like to host you and Dr {xlast} at our research centre in {abroad} next "
     "month. We'd take care of the flights and the hotel and arrange a tour of the pilot line. It would be a "
     "chance for Dr {xlast} to see whether our facilities could help scale up the coating process.\n\nTo "
     "make the visit worthwhile, it would help if Dr {xlast} could bring the lab notebooks and the "
     "characterisation data for the newest samples, the ones that aren't in any thesis yet. Our team could "
     "then reproduce a sample while you are there.\n\nThere's no need to go through the formal visit "
     "approvals at {univ}; this is an informal exchange between researchers, and a week of leave covers it."
     "\n\nBest wishes,\n{first} {last}\nColdharbour Frontier Capital"),
])

F.add("en25-s-15-diaspora-threats", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "The police called your father in again. Come home before the holiday, {tname}."),
    ("coercion", "coercion sensitive_info",
     "Send the names of the student association organisers by {day}. Your mother's pension depends on it."),
    ("coercion", "coercion off_platform",
     "Leave the protest WhatsApp group and add our officer on WeChat. Think of your sister."),
])

F.add("en25-s-16-diaspora-family-pressure", 1, "coercion", "short_email", False, [
    ("coercion", "coercion sensitive_info",
     "{tname}, this is your uncle's neighbour. Some men from the district office came by your parents' flat "
     "again on {day} and asked a lot of questions about you: where you work, who your friends are at the "
     "battery plant, whether you still go to the community centre. Your mother hasn't slept since. They said "
     "things would calm down if you came back for a visit and talked to them yourself. Please think about "
     "it."),
    ("coercion", "coercion sensitive_info",
     "{tname}, I'm a friend of the family; they gave me your number. People here would be very grateful if "
     "you could tell them who organises the Saturday language school in {city} and which families send "
     "their children there. It's a small thing, and it would make your brother's business licence much "
     "easier to renew. We can talk more when you visit in the summer. Your parents send their love."),
    ("coercion", "coercion",
     "{tname}, your father asked me to write because he can't say it himself. His passport has been held "
     "since spring and they tell him it depends on you. If you would come home for a short while and sign a "
     "few papers, everything would go back to normal. Nobody wants trouble. Please call your aunt before "
     "{day}."),
])

F.add("en25-s-17-task-scam", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam unusual_payment",
     "Rate 30 satellite-imagery apps daily, earn {fee} weekly! Start by topping up 50 USDT."),
    ("job_scam", "job_scam off_platform",
     "Remote lab assistant job approved {tname}! Pay the $95 onboarding deposit, then message HR on Telegram."),
    ("job_scam", "job_scam unusual_payment",
     "Account balance negative. Deposit 200 USDT by {day} to unlock your commission."),
])

F.add("en25-s-18-job-scam-quiet", 1, "job_scam", "short_email", False, [
    ("job_scam", "job_scam",
     "Congratulations {tname}! After reviewing your CV we are pleased to offer you the position of Remote "
     "Grid Data Analyst with {grid}. Before your start date you'll need to buy your laptop and licensed "
     "software from our approved vendor, and the cost will be added to your first salary. Please reply with "
     "your full date of birth, a photo of both sides of your driving licence and your online banking login so "
     "the onboarding team can set up your account."),
    ("job_scam", "job_scam",
     "{tname}, this is the hiring desk for the shipping coordinator post at {port}. Good news, you're through "
     "to the last step. Tomorrow a transfer will arrive in your bank account for home-office equipment. Keep "
     "10% for your trouble, buy store vouchers with the rest and text us the codes so our supplier can ship "
     "your kit by {day}. This is standard for all new hires."),
    ("job_scam", "job_scam credential_targeting",
     "{tname}, your application for the vaccine-trial data entry role with {bio} went through. To activate "
     "your contractor profile we need a scan of your passport, your national insurance number and a selfie "
     "holding the passport. The onboarding team is overseas, so everything happens by text; interviews "
     "aren't needed for remote roles. Your first assignment arrives once the profile is active."),
])

F.add("en25-s-19-station-pivot", 1, "fake_recruiter", "chat", False, [
    ("pivot", "off_platform",
     "Is there a number that isn't your {nuke} one? Easier to talk properly there."),
    ("pivot", "off_platform",
     "Let's leave this site, {tname}. Which app do you use with friends?"),
    ("pivot", "off_platform secrecy",
     "Could you write from your home address? The {nuke} station filters get nosy."),
])

F.add("en25-s-20-fab-envelopes", 1, "handler_followup", "short_email", False, [
    ("payment", "unusual_payment secrecy sensitive_info",
     "{tname}, all sorted for the last set of drawings. Your brother will find an envelope at the restaurant "
     "on {day}, same as before. Better that nothing goes through your own bank this time; the year-end "
     "checks at {fab} are thorough. Tell me when the photomask inspection logs are ready and I'll arrange "
     "the next envelope the same way."),
    ("payment", "unusual_payment sensitive_info secrecy",
     "{tname}, my friend's travel agency will book your family's summer holiday, flights and resort, and "
     "it's all settled already. Think of it as thanks for the tool-matching spreadsheets. If anyone asks, "
     "you won it in a draw at a supplier event. Next time we meet I'd love the updated overlay data from the "
     "scanner qualification at {fab}."),
    ("secrecy", "secrecy sensitive_info",
     "{tname}, a small request: from now on, let's not meet near the campus. And if anyone at {fab} ever "
     "asks how you know me, we met at the climbing gym, which is true. I'll keep buying the coffees. When "
     "you have the qualification schedule for the new etch tools, bring it on paper rather than sending it. "
     "Same place on {day}?"),
])

F.add("en25-s-21-cable-repair-study", 1, "fake_consultant", "long_email", False, [
    ("paid_task", "paid_task vague_client credential_targeting off_platform secrecy",
     "{tname},\n\nI'm a maritime infrastructure analyst working on a commissioned study of subsea cable "
     "resilience in the region. My client, a consortium of investors who prefer to stay in the background, "
     "is trying to understand how quickly damaged cables actually get repaired, as opposed to what the "
     "operators tell the press.\n\nYou have spent years at {telco} coordinating repair operations, so you "
     "know the reality. Would you write a short paper for us, eight to ten pages, on repair-ship "
     "availability, typical time to fix, and the points along the network where a fault is hardest to reach? "
     "We pay {bigfee} per paper and would probably need three over the year.\n\nIt is easier to keep the "
     "conversation on Signal; my number is {phone}. I'd rather we didn't go through your company e-mail, "
     "simply to keep things personal and quick.\n\nBest regards,\n{first} {last}\nOceanic Route Analytics"),
    ("elicitation", "sensitive_info paid_task vague_client secrecy",
     "{tname},\n\nThanks for the first paper. The client has read it and has some very specific follow-up "
     "questions, which I'll pass on as they came:\n\n- the exact positions of the branching units off the "
     "landing station near {city}, and which of them are monitored;\n- the current contract terms and standby "
     "times of the repair ship on call for your segment;\n- any internal assessment of what would happen if "
     "two cables in the same corridor were cut within a day of each other.\n\nI realise the last one is "
     "internal material. They're not asking for the document itself, just the key figures, and nobody will "
     "know where they came from. The payment for this one would be doubled.\n\nBest,\n{first}\n\n> On "
     "{day}, {tname} wrote:\n> Here's the paper. I've stuck to what's in the public outage\n> notices and the "
     "industry press."),
    ("meeting", "client_meeting vague_client unusual_payment secrecy sensitive_info",
     "{tname},\n\nThe consortium would like to meet you. Two of its members will be at a maritime security "
     "conference in {abroad} next month, and they'd like you to join them for a day of discussions "
     "afterwards. They will cover business-class flights and four nights in a good hotel, and they'll settle "
     "the balance for your papers in cash when you arrive, which avoids the bank questions we discussed.\n\n"
     "They would find it useful if you brought a laptop with the route maps and the fault history for your "
     "segment; they'd like to go through them with their own engineers. I'd suggest you tell {telco} you're "
     "taking a few days' holiday. There's no need to file a conference request for a private trip.\n\nLet "
     "me know your dates.\n\n{first} {last}\nOceanic Route Analytics\n{phone}"),
])

# ---------------------------------------------------------------- benign (label 0)

F.add("en25-b-01-semis-headhunter", 0, "genuine_headhunter", "short_email", True, [
    ("none", "",
     "{tname}, I'm {first} {last} at Keelson Search, a retained search firm for semiconductor manufacturing. "
     "We're hiring a Senior Lithography Process Engineer for {fab} at its new fab in {city}; the salary band "
     "is {band}, plus relocation. The hiring manager is the head of patterning. If it's of interest, could "
     "you send a CV to talent@keelson.example.com or suggest a time for a 20-minute call this week? No "
     "pressure either way."),
    ("none", "",
     "{tname}, following up on my message about the Yield Enhancement Manager role at {fab}. To answer your "
     "question: yes, it's permanent and on-site, {band}, and the interview loop is two technical rounds and "
     "a panel, all booked through {fab}'s own recruiting team. I can't share anything beyond the job "
     "description, and please don't share anything about your current employer's processes in the "
     "interviews; they'll only ask about your own experience."),
    ("none", "",
     "{tname}, thanks for your CV. I've passed it to the hiring team at {fab} for the EUV Equipment Engineer "
     "role (band {band}). They'd like a first call with the group leader, {xfirst} {xlast}, on {day} at "
     "{time}. The invite will come from their corporate calendar. If you'd rather talk to me first, my direct "
     "line is {phone}."),
])

F.add("en25-b-02-grid-recruiter-scheduling", 0, "genuine_recruiter", "chat", True, [
    ("none", "",
     "Easier to sort interview times on WhatsApp? Paperwork still comes from {grid} HR."),
    ("none", "",
     "Texting from my work mobile, {phone}. Protection engineer panel is {day} at {time}."),
    ("none", "",
     "WhatsApp is just for scheduling, {tname}. The formal offer comes through our careers portal."),
])

F.add("en25-b-03-expert-network-email", 0, "expert_network", "long_email", True, [
    ("none", "",
     "{tname},\n\nI'm {first} {last}, a research associate at Meridale Expert Network. One of our clients, an "
     "investment firm covering semiconductor equipment, would like a one-hour telephone consultation with "
     "someone who knows the deposition and etch tool market from the user side. Your background at {fab} "
     "matches their brief.\n\nThe rate for the hour is {fee}, paid by bank transfer to you after the call. "
     "Before we schedule anything, please note: we do not want, and you must not share, any confidential "
     "information or material non-public information about {fab} or any other company, including "
     "unannounced orders, yields or customer names. If your employment contract or your employer's policy "
     "prevents you from consulting, please decline; that is entirely fine.\n\nIf you'd like to go ahead, our "
     "compliance team will ask you to complete a short attestation in our portal confirming the above. "
     "Would {day} next week work?\n\nBest regards,\n{first} {last}\nResearch Associate, Meridale Expert "
     "Network\nmeridale.example.com | {phone}"),
    ("none", "",
     "{tname},\n\nThanks for completing the compliance attestation. Your call is confirmed for {day} at "
     "{time} (60 minutes). The end client is a long-only fund looking at the critical minerals supply chain, "
     "specifically lithium refining capacity outside China.\n\nTopics they have listed:\n- how refiners "
     "generally think about spodumene versus brine feedstock\n- public information about announced refinery "
     "projects and their stated timelines\n- your general view of where costs are heading\n\nAs a reminder, "
     "the call is recorded for compliance purposes and a Meridale compliance officer may listen in. If the "
     "client asks anything that would require you to disclose confidential or non-public information about "
     "{minerals} or anyone else, please decline to answer; you can end the call at any time and you'll still "
     "receive the full {fee}.\n\nDial-in details will come from scheduling@meridale.example.com.\n\nKind "
     "regards,\n{first} {last}\nMeridale Expert Network"),
    ("none", "",
     "{tname},\n\nThank you for yesterday's call on subsea cable repair capacity; the client found it very "
     "helpful. Your payment of {fee} has been approved and will reach the account you registered in our "
     "portal within five working days. You'll receive a remittance advice from accounts@meridale.example.com."
     "\n\nThe client has asked whether you would be available for a thirty-minute follow-up. Before you "
     "decide, please note that the same rules apply: nothing confidential about {telco} or its customers, no "
     "information about pending contracts, and if the questions stray you should feel free to stop. We also "
     "need you to confirm that nothing has changed in your employment since you signed the attestation.\n\n"
     "One more thing: we never ask experts to move calls to personal messaging apps or to accept payment in "
     "anything other than a bank transfer to their own account. If anyone claiming to be from Meridale does, "
     "please tell us.\n\nBest,\n{first}\nMeridale Expert Network"),
])

F.add("en25-b-04-expert-network-chat", 0, "expert_network", "chat", True, [
    ("none", "",
     "Your {fee} for the Halden Insight call is paid. Thanks for declining the non-public question."),
    ("none", "",
     "Halden Insight call at {time}. Please sign the no-confidential-information attestation first."),
    ("none", "",
     "Client's a battery investor; public information only, per our terms. Still free {day}?"),
])

F.add("en25-b-05-think-tank-minerals-paper", 0, "think_tank_commission", "long_email", True, [
    ("none", "",
     "{tname},\n\nI'm writing from the Fenmoor Institute for Resource Policy, an independent think tank "
     "funded by foundation grants (our funders are listed on our website). We are commissioning a series of "
     "signed policy papers on critical minerals and would be glad if you would write one on recycling "
     "capacity for battery-grade nickel.\n\nThe paper would be around 6,000 words, published under your name "
     "on our website and in print, and peer-reviewed by two members of our advisory board. The fee is "
     "{bigfee}, paid on acceptance by bank transfer against an invoice. We would also invite you to present "
     "it at our launch event in {city}; travel and one night's hotel would be reimbursed on receipts under "
     "our standard expenses policy.\n\nThe paper should draw on public sources and your own expertise. If "
     "you are employed by {minerals} or a similar firm, please check that your employer is comfortable with "
     "you writing in a personal capacity; we're happy to send them a letter describing the commission.\n\n"
     "With best wishes,\n{first} {last}\nSenior Fellow, Fenmoor Institute for Resource Policy"),
    ("none", "",
     "{tname},\n\nMany thanks for the draft. The reviewers were positive. A few notes:\n\n1. Section 3 cites "
     "a figure for refinery throughput without a source. Could you add the reference (the company's annual "
     "report would be ideal)? We only publish claims that readers can check.\n2. The reviewers would like a "
     "short paragraph on export restrictions, based on the published regulations.\n3. Please add your "
     "affiliation line as you'd like it to appear, with the usual disclaimer that the views are your own.\n\n"
     "Once the revised version is in, I'll raise the purchase order so that accounts can pay the fee. The "
     "launch is planned for {date} in {city}; our events team will book your train and hotel directly, so "
     "you won't need to pay anything up front.\n\nBest,\n{first}\n\n> On {day}, {tname} wrote:\n> Attached "
     "is the full draft. All figures are from public filings\n> and agency statistics; happy to adjust the "
     "structure."),
    ("none", "",
     "{tname} and fellow authors,\n\nA quick update on the critical minerals series at the Fenmoor "
     "Institute. All five papers have now been accepted and will be published together on {date}. Fees are "
     "being processed this week: you should receive a remittance advice from our finance team, and the "
     "transfer a few days later. If your employer requires the payment to go to them rather than to you, "
     "let me know and we'll re-issue the invoice.\n\nThe launch event will be held at our offices in {city} "
     "and streamed online. Each author will give a ten-minute talk followed by questions from the audience, "
     "which will include journalists and officials; everything said will be on the record. Travel is "
     "reimbursed under our expenses policy (standard-class rail or economy flights, one night's hotel), "
     "claimed through the usual online form.\n\nIf a conflict of interest has arisen since you signed the "
     "author agreement, please tell us before publication so that we can add a declaration.\n\nBest wishes,"
     "\n{first} {last}\nPublications Manager, Fenmoor Institute for Resource Policy\n+44 20 7946 0193"),
])

F.add("en25-b-06-university-public-lecture", 0, "university_invite", "short_email", True, [
    ("none", "",
     "{tname}, on behalf of the physics department at {univ}, I'd like to invite you to give our annual "
     "public lecture on quantum computing on {date}. The talk is for a general audience of about 300 people "
     "and will be recorded and published online. We offer an honorarium of {fee} and will reimburse your "
     "travel and one night's hotel against receipts. Please present only material that is already public; "
     "the audience includes students and the press.\n\n{first} {last}, Events Coordinator"),
    ("none", "",
     "{tname}, thank you for agreeing to speak at {univ}. Our finance office needs a short supplier form and "
     "your bank details through the university's secure payments portal, never by e-mail. If your employer "
     "doesn't allow you to accept an honorarium, we can donate it to a charity of your choice instead. "
     "Slides by {day}, please, so that we can check the captions."),
    ("none", "",
     "{tname}, a reminder from the seminar office at {univ}: your talk on trapped-ion scaling is on {day} at "
     "{time} in the main lecture theatre. Parking is free for speakers. Expense claims go through the online "
     "form; we reimburse economy travel only. Questions from the audience are moderated and the session is "
     "recorded."),
])

F.add("en25-b-07-satellite-conference-abroad", 0, "conference_invite", "long_email", True, [
    ("none", "",
     "{tname},\n\nOn behalf of the programme committee, I am pleased to invite you to speak at the "
     "Asia-Pacific Small Satellite Conference, to be held in {abroad} from {date}. The committee selected "
     "your published work on ground-station networks for the session on responsive launch and operations."
     "\n\nAs an invited speaker, the conference will cover your economy-class return flight, four nights at "
     "the conference hotel and registration. Flights are booked by our travel agency, Lindenfly Travel, once "
     "you send your preferred dates through the speaker portal; we do not reimburse in cash, and we never "
     "ask speakers to pay anything in advance.\n\nYour talk will be 20 minutes plus questions, and the slides "
     "will be published in the open proceedings, so please include only material cleared for public release "
     "by {space}. If your organisation needs an official invitation letter for its travel approval or "
     "export-control review, the secretariat will send one on letterhead.\n\nKind regards,\n{first} {last}\n"
     "Programme Chair, APSSC\nsecretariat@apssc.example.org"),
    ("none", "",
     "{tname},\n\nThank you for confirming. A few practical points for your trip to {abroad}:\n\n- Your "
     "flight booking reference will come from Lindenfly Travel within a week. The hotel is booked in your "
     "name; the conference pays for room and breakfast, and anything else goes on your own card.\n- Your "
     "employer's travel office asked for our invitation letter and the programme, which we have sent to them "
     "directly.\n- There is a speakers' dinner on the first evening at the hotel. Partners are welcome at "
     "their own cost.\n- Please upload your slides by {day} so that the proceedings team can publish them. We "
     "ask all speakers to confirm that the material has been cleared for public release.\n\nWe also pass on "
     "our standard advice: if anyone at the conference offers you paid consulting or asks to continue "
     "discussions privately, you are under no obligation, and our organisers will never contact you on "
     "personal messaging apps.\n\nSee you soon,\n{first}\nAPSSC Secretariat"),
    ("none", "",
     "{tname},\n\nThanks again for your excellent talk in {abroad}. To close the paperwork: the conference has "
     "settled your hotel bill directly, and your flight was prepaid by our agency. If you had any eligible "
     "ground transport costs, please submit them with receipts through the speaker portal by {date}; "
     "reimbursement goes by bank transfer to the account you registered, usually within three weeks.\n\nThe "
     "recording of your session and the slides are now online in the open proceedings. A journalist from a "
     "space trade magazine asked for your e-mail to follow up on the on-the-record Q&A; we have not shared "
     "it, but we can forward their request to you if you wish.\n\nWe would be delighted to see you again "
     "next year, and {space} is welcome to propose a second speaker for the operations track.\n\nWarm "
     "regards,\n{first} {last}\nProgramme Chair, Asia-Pacific Small Satellite Conference"),
])

F.add("en25-b-08-journalist-on-record", 0, "journalist_interview", "short_email", True, [
    ("none", "",
     "{tname}, I'm {first} {last}, an energy reporter at the Northern Ledger. I'm writing a piece on the grid "
     "modernisation programme that {grid} announced last month and would like to interview you on the "
     "record about what the published plan means for customers. I'm only looking for your own views and "
     "what's already public; I won't ask about anything that isn't. Could we talk by phone on {day}? My "
     "number is {phone}."),
    ("none", "",
     "{tname}, thanks for speaking to me. To confirm the ground rules we agreed: everything is on the record "
     "and attributed to you by name and title, except the two sentences you asked to keep on background, "
     "which I'll attribute to 'a person familiar with the programme'. I'll read your quotes back to you "
     "before publication on {day}. Your press office is copied, as you asked."),
    ("none", "",
     "{tname}, I'm a freelance journalist working on a story about the new subsea cable announced by {telco} "
     "this week. Their press office pointed me to you as the engineering spokesperson. Would you have 15 "
     "minutes for an on-the-record interview about the route and the timeline in the press release? Happy to "
     "send questions in advance through your communications team."),
])

F.add("en25-b-09-colleague-work-channel", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "Can you send me the draft of the board slides before {day}? Internal only, obviously."),
    ("none", "",
     "Moving this to the Teams channel {tname}, yield numbers shouldn't live in personal chats."),
    ("none", "",
     "Pls don't forward the outage plan outside the control-room group, it's still draft. {xfirst}"),
])

F.add("en25-b-10-port-public-tender", 0, "procurement_notice", "long_email", True, [
    ("none", "",
     "{tname},\n\nThank you for your clarification question on tender {ref}, automated stacking cranes for "
     "the {port}. In line with the procurement rules, the question and our answer will be published, "
     "anonymised, on the tender portal so that all bidders receive the same information.\n\nAnswer: the "
     "technical specification in Annex B is final. The evaluation criteria and weightings (quality 60%, "
     "price 40%) are as published in the contract notice and will not change. We are unable to tell bidders "
     "how many other firms have registered interest or who they are.\n\nPlease also note that during the "
     "procurement all contact about it must go through the portal's messaging function. Our staff have been "
     "instructed not to discuss the tender by phone, personal e-mail or in person, and any gifts or "
     "hospitality offered to evaluators must be declared and refused.\n\nRegards,\n{first} {last}\n"
     "Procurement Officer\nTender reference {ref}"),
    ("none", "",
     "Team,\n\nA reminder for everyone on the bid for the {city} ferry terminal contract. The client's tender "
     "closes on {date} at noon. Our submission goes through the official portal only; {xfirst} holds the "
     "upload credentials.\n\nCommercial rules while the bid is live:\n- Pricing is commercially confidential. "
     "Keep the pricing workbook on the bid site, not on laptops or in personal e-mail.\n- Any question to "
     "the port authority goes as a formal clarification through the portal. Don't call anyone you know "
     "there about the tender, even socially.\n- If someone from a rival bidder or a \"consultant\" contacts "
     "you offering insight into the evaluation, decline, and tell me or Legal the same day.\n\nThe pricing "
     "review is on {day} at {time}. Bring the final crane maintenance rates and the subcontractor quotes.\n\n"
     "Thanks all,\n{first} {last}\nBid Manager"),
    ("none", "",
     "{tname},\n\nPlease find below the debrief for tender {ref} (port security scanning equipment), provided "
     "under the procurement regulations to all unsuccessful bidders.\n\nYour bid scored 71 out of 100 on "
     "quality and ranked second on price. The winning bid scored higher on maintenance response times and "
     "training. The contract award notice, with the winner's name and the contract value, is published on "
     "the tender portal.\n\nWe cannot share the winning bidder's detailed pricing or technical submission, "
     "which is commercially confidential to them, just as yours is to you. If you would like a debrief "
     "meeting, it will be held by video with two members of the evaluation panel and minuted; please request "
     "it through the portal within ten days.\n\nThank you for taking part.\n\nKind regards,\n{first} {last}"
     "\nHead of Procurement, {port}"),
])

F.add("en25-b-11-security-notices", 0, "security_awareness", "long_email", True, [
    ("none", "",
     "Colleagues,\n\nSeveral staff working on our lithography and metrology programmes have recently "
     "received approaches that follow a well-known pattern. Please read the warning signs below and report "
     "anything similar to the security team.\n\nThe pattern usually runs like this: a flattering message "
     "from a \"recruiter\", \"headhunter\" or \"consultant\" you do not know; a quick request to move to "
     "WeChat, WhatsApp, Telegram or a personal e-mail address; an offer to pay for a short report or white "
     "paper for an unnamed client; questions that drift towards internal, confidential or unpublished "
     "information; and eventually an invitation to meet the client abroad with all travel paid. Often there "
     "is a request to keep it between you and not to tell your employer.\n\nNever move to WeChat with a "
     "recruiter you do not know, never accept payment in crypto or gift cards, and never take work documents "
     "to a meeting.\n\nIf in doubt, forward the message to security@corp.example.com or call the duty officer "
     "on {phone}.\n\nCorporate Security, {fab}"),
    ("none", "",
     "{tname}, here's the draft of this month's Think Before You Link quiz for the grid operations teams. "
     "Could you check the answers before it goes out on {day}?\n\nQ1. A headhunter you've never met praises "
     "your SCADA experience, says her client pays $2,000 per short report and asks you to continue on "
     "Telegram. What do you do? (Answer: don't engage; report it to security.)\nQ2. A \"consultant\" asks for "
     "the black-start plan, \"just the public version, plus what's discussed internally\". Red flag? (Yes: a "
     "drift from public to internal information.)\nQ3. You're offered a free trip abroad to meet investors "
     "and told to book it as leave. Red flag? (Yes: paid travel plus secrecy.)\nQ4. Your aunt asks on WeChat "
     "when you're visiting home. Red flag? (No: ordinary family contact.)\n\nThanks!\n{first} {last}\n"
     "Security Awareness Lead, {grid}"),
    ("none", "",
     "All staff and students at {univ},\n\nThe university has been made aware of messages sent to "
     "international students and staff, in particular graduate students in quantum, battery and vaccine "
     "research. Some pretend to be recruiters offering well-paid remote work; others claim to speak for "
     "officials in the student's home country and pressure them to return, to report on classmates, or to "
     "share unpublished lab data, sometimes with threats to family members.\n\nWarning signs include a job "
     "that asks you to pay a deposit or buy equipment first; a request to switch to WeChat, WhatsApp or "
     "Telegram and keep the conversation secret; payment offered in cash, crypto or to a relative; and any "
     "request for unpublished results.\n\nYou are not in trouble if you receive such a message. Please "
     "contact the International Student Support team or Campus Security in confidence; they can advise and, "
     "where appropriate, put you in touch with the police. Unpublished research data should only be shared "
     "under the university's research agreements.\n\n{first} {last}\nDirector of Research Security"),
])

F.add("en25-b-12-family-wechat", 0, "family_chat", "chat", True, [
    ("none", "",
     "Mum says the hospital moved Dad's check-up to {day}. Still coming home in June?"),
    ("none", "",
     "Sent 2,000 yuan on WeChat for grandma's medicine, {tname}. Don't tell her, she'll scold us."),
    ("none", "",
     "Auntie keeps asking on the family WeChat when you're back. She wants photos of the baby!"),
])

F.add("en25-b-13-diaspora-wedding", 0, "family_chat", "chat", True, [
    ("none", "",
     "Cousin's wedding is {date} in Lagos, {tname}! Flights are pricey, sending my booking."),
    ("none", "",
     "Can you transfer {fee} to Uncle Femi for the wedding gift? I'll pay you back {day}."),
    ("none", "",
     "WhatsApp group for the wedding trip is up. Keep the surprise from Kemi, {tname}!"),
])

F.add("en25-b-14-clearance-job-ads", 0, "cleared_job_ad", "short_email", True, [
    ("none", "",
     "Hiring: Reactor Protection Systems Engineer, {nuke} Generating Station (civil nuclear). Permanent, "
     "{band}. You must hold or be able to obtain security clearance (SC) and meet the site's vetting "
     "requirements; nationality rules may apply under the regulator's guidance. Apply through the careers "
     "portal only. We will never ask you to pay for vetting or training, or to move to WhatsApp for an "
     "interview."),
    ("none", "",
     "Now hiring at {space}: Satellite Flight Operations Lead. Active Secret clearance required, TS/SCI "
     "preferred; US persons only because of ITAR. Salary band {band}, relocation assistance. Shift work "
     "including nights in the mission operations centre. Interviews on site; candidates travel at our "
     "expense, booked by our travel team. Apply at careers.example.com/{ref}."),
    ("none", "",
     "{tname}, I saw you're cleared and working in subsea telecoms. {telco} has an opening for a Cable "
     "Security Analyst, DV clearance required, based in {city}, {band}. The posting is on the company "
     "careers site (job ID {ref}). Happy to answer questions by phone; I'm the internal recruiter for the "
     "security team."),
])

F.add("en25-b-15-hr-onboarding-portal", 0, "hr_onboarding", "short_email", True, [
    ("none", "",
     "{tname}, welcome to {bio}! Before your start date on {date}, please upload a copy of your passport, "
     "proof of address and your right-to-work documents through the onboarding portal (link in your offer "
     "e-mail). Please don't send ID documents by e-mail or chat. Your first day starts at 9:00 with a site "
     "induction, including our confidentiality agreement and a short security briefing."),
    ("none", "",
     "{tname}, a reminder from People Operations: your security vetting form is still incomplete. Please "
     "finish it in the portal by {day}. We will never ask for your bank password, a fee, or documents over "
     "WhatsApp. If anyone claiming to be from {quantum} onboarding asks for those, tell us at "
     "hr-help@corp.example.com."),
    ("none", "",
     "{tname}, thank you for accepting our offer for the Battery Cell Engineer role at {minerals}. Payroll "
     "needs your bank details, entered by you in the HR portal under 'Pay'. Your NDA and the IP assignment "
     "agreement are there too. The terms of your offer are confidential between you and HR; please don't "
     "post them online. See you on {date}!"),
])

F.add("en25-b-16-consultant-invoices", 0, "consulting_engagement", "short_email", True, [
    ("none", "",
     "{tname}, please find attached invoice INV-{ref} for the March work on the berth-capacity study, under "
     "our framework agreement with the {port} (PO 44817): 6.5 days at the agreed day rate, £6,240 plus VAT. "
     "Payment to our business account as shown on the invoice, within 30 days. The deliverables went to "
     "your procurement inbox on {day}."),
    ("none", "",
     "{tname}, a quick note before I invoice {minerals} for the cathode plant feasibility review: the "
     "client's PO covers two site visits, but we did three. I'll only bill the two unless you've approved "
     "the extra day in writing. The report and appendices go via their data room, not e-mail, as the NDA "
     "requires."),
    ("none", "",
     "{tname}, thanks for the fast turnaround on the grid-connection study for {grid}. The client has signed "
     "it off. I've invoiced them {bigfee} for phase one through their supplier portal; your subcontractor "
     "share will be paid to your company account when they pay us. Please address your own invoice to us, "
     "not to them."),
])

F.add("en25-b-17-trade-association", 0, "trade_association", "short_email", True, [
    ("none", "",
     "Members: the Semiconductor Equipment Association's export-control working group meets on {date} in "
     "{city}. Agenda: the new licensing rules for lithography spares, an on-the-record briefing by the "
     "licensing authority, and members' experience of end-use checks. Competition law reminder: no "
     "discussion of prices, customers or commercially confidential plans. Travel is at members' own cost. "
     "RSVP through the members' portal."),
    ("none", "",
     "{tname}, thanks for joining the Battery Materials Council's policy committee. You'll receive the "
     "committee papers, which are for members only until published, through the secure members' site. Our "
     "annual report, including the supply chain survey, goes public on {date}. Could you present the "
     "recycling findings at the launch in {city}?"),
    ("none", "",
     "{tname}, the Offshore Cable Industry Forum is drafting its response to the government consultation on "
     "undersea cable protection. Could {telco} contribute two paragraphs on repair-ship availability, using "
     "public figures? Responses will be published on the consultation site. Draft by {day}, in the shared "
     "workspace, please."),
])

F.add("en25-b-18-standards-committees", 0, "standards_committee", "long_email", True, [
    ("none", "",
     "{tname},\n\nThe next plenary of our working group on optical submarine repeaters will be held in "
     "{abroad} from {date}, hosted by a member company. Delegates' travel and accommodation are paid by "
     "their own employers, as usual; the host covers meeting rooms and lunches only. Hotel block details are "
     "on the members' site.\n\nPlease note the IPR and confidentiality policy: draft specifications and "
     "contributions are available to members only until the standard is approved, after which they are "
     "published. Contributions must not include your company's proprietary information unless you are "
     "prepared for it to be disclosed to all members under the policy.\n\nAgenda items include the revised "
     "power-feeding equipment clauses and the liaison statement from the ITU study group. If {telco} plans to "
     "submit a contribution, please upload it to the document server at least two weeks ahead.\n\nIf you "
     "need a visa invitation letter, ask the secretariat; letters are issued only to registered delegates."
     "\n\nRegards,\n{first} {last}\nWorking Group Secretary"),
    ("none", "",
     "{tname},\n\nThe minutes of the {day} call of the battery safety standards committee are attached "
     "(draft, for members only until approved at the next meeting).\n\nActions:\n- {xfirst} {xlast} to "
     "circulate the revised thermal runaway test procedure.\n- All members to comment on clause 7 by {date}, "
     "using the comment template.\n- Secretariat to ask the national standards body whether observers from "
     "non-member countries may attend the plenary in {abroad}, as three requests have come in.\n\nA reminder "
     "of our antitrust and confidentiality guidelines: we do not discuss pricing, market shares or individual "
     "companies' production plans, and we do not share anything our employers would regard as a trade "
     "secret. If a participant asks for such information in or outside a meeting, please tell the chair.\n\n"
     "The next plenary will be hybrid. Travel is at your employer's expense.\n\nBest regards,\n{first} "
     "{last}\nCommittee Secretary"),
    ("none", "",
     "{tname},\n\n> On {day}, {xfirst} {xlast} wrote:\n> I'm new to the committee. A delegate from another "
     "company asked me\n> over dinner for our internal test data on the new mask blank defect\n> standard, "
     "and offered to share theirs. Is that normal?\n\nGood question, and thanks for raising it. No, that is "
     "not how we work. Test data comes into the committee only as a formal contribution, which your "
     "company's standards manager approves before it is uploaded; once uploaded, it is visible to every "
     "member under the IPR policy. Informal swaps of internal data between delegates, over dinner or by "
     "private message, are outside the process and may breach your employment terms and the competition "
     "rules.\n\nPlease tell your standards manager at {fab} about the conversation. I'll remind all delegates "
     "of the rules at the opening of the next session, without naming anyone.\n\nBest,\n{first} {last}\n"
     "Chair, Mask Technology Working Group"),
])

F.add("en25-b-19-industry-analyst", 0, "industry_analyst", "long_email", True, [
    ("none", "",
     "{tname},\n\nI'm {first} {last}, a senior analyst at Brookhollow Research, an independent firm covering "
     "semiconductors. I'm updating our annual report on advanced packaging capacity and would welcome a "
     "short conversation with you in your role as head of investor relations at {fab}.\n\nTo be clear about "
     "what I'm after: everything in the report is based on public filings, company presentations and "
     "on-the-record interviews. I'd like to check that I've read the capacity figures in your last annual "
     "report correctly and ask how you'd describe the strategy set out at your capital markets day. I'm not "
     "asking for, and wouldn't use, any non-public or inside information, and I understand you are in a "
     "quiet period until {date}; I'm happy to wait until after your results.\n\nOur report is sold to "
     "subscribers, and we pay no one for interviews. I can send the relevant draft paragraphs for a factual "
     "check before publication.\n\nKind regards,\n{first} {last}\nSenior Analyst, Brookhollow Research"),
    ("none", "",
     "{tname},\n\nThank you for the factual check on the draft. I've made both corrections: the wafer-start "
     "figure now cites page 42 of the annual report, and the new plant's timeline now matches your press "
     "release rather than the older investor presentation.\n\nOn your point about the customer names in "
     "paragraph 6: those come from the customers' own public statements, with footnotes. I've removed the "
     "speculation about a third customer since, as you said, neither company has announced anything and I "
     "don't want to publish guesswork.\n\nThe report goes to our subscribers on {date}. I'll send you a copy "
     "the same morning; it's yours to share internally if useful.\n\nBest regards,\n{first}\n\n> From: "
     "{tname}\n> Sent: {day}\n> Two corrections below, both from our public filings. We can't\n> comment on "
     "customers beyond what's already been announced."),
    ("none", "",
     "{tname},\n\nThanks for agreeing to take part in our survey of grid operators on transformer lead times. "
     "To recap how it works: the questionnaire asks for ranges, not exact figures, and every answer is "
     "aggregated across at least eight operators before anything is published, so that no single company "
     "can be identified. Please don't include anything your company treats as confidential; if a question "
     "would require that, skip it.\n\nThe survey is hosted on our own site (survey.brookhollow.example.com) "
     "and takes about twenty minutes. There is no payment for taking part, but every participant receives "
     "the full report free of charge.\n\nThe published report will name participating companies only with "
     "their permission. {grid} can opt out of being named in the acknowledgements by ticking the box at the "
     "end.\n\nIf you have any concerns, our compliance officer is {xfirst} {xlast}, reachable at "
     "compliance@brookhollow.example.com.\n\nKind regards,\n{first} {last}\nBrookhollow Research"),
])

F.add("en25-b-20-export-control-training", 0, "export_control_training", "short_email", True, [
    ("none", "",
     "{tname}, a reminder that your annual export-control training is due by {date}. This year's module "
     "covers the new controls on semiconductor manufacturing equipment, deemed exports to foreign nationals "
     "in our labs, and how to spot a suspicious enquiry: unusual end users, payment from a third country, or "
     "a buyer who asks for no paperwork. It takes about 40 minutes in the learning portal.\n\nTrade "
     "Compliance, {fab}"),
    ("none", "",
     "Team, before the trade show in {abroad}, a reminder from Trade Compliance: do not carry controlled "
     "technical data on laptops, and keep presentations to material approved for public release. If a "
     "visitor asks for detailed specifications, offers to pay for a private briefing or wants to continue on "
     "a messaging app, take their card and pass it to us. Questions to {first} {last}, export control "
     "officer."),
    ("none", "",
     "{tname}, thanks for flagging the purchase order from the distributor in {abroad}. Their end-user "
     "statement names a university, but the delivery address is a freight forwarder and they asked to pay in "
     "advance from a third-party account. We've put the order on hold and logged it in the screening system; "
     "please don't contact the buyer directly for now. Good catch."),
])

F.add("en25-b-21-supplier-audits", 0, "supplier_audit", "long_email", True, [
    ("none", "",
     "{tname},\n\nAs part of our annual supplier quality programme, {minerals} will carry out an on-site "
     "audit of your cathode precursor plant on {date}. The audit team will be {xfirst} {xlast} (lead auditor) "
     "and one process engineer. The visit has been arranged through your quality manager and is covered by "
     "the supply agreement; we pay our own travel and accommodation and will not accept hospitality beyond "
     "working lunches.\n\nPlease have the following available on site: the process flow diagram, the control "
     "plan and the last twelve months of out-of-specification records for the lines supplying us. Documents "
     "can be reviewed on site or uploaded to our supplier portal; please don't send them by personal e-mail "
     "or messaging app.\n\nWe will not ask for, and do not need, information about your other customers, "
     "their volumes or their prices. If any document contains such information, please redact it before the "
     "audit.\n\nThe audit report will be shared with your quality manager within ten working days.\n\n"
     "Regards,\n{first} {last}\nSupplier Quality Manager"),
    ("none", "",
     "{tname},\n\nFollowing the audit at your wafer-cleaning chemicals plant, please find our summary of "
     "findings below. The full report is in the supplier portal.\n\n- Two minor non-conformities: "
     "calibration records for the particle counters were incomplete, and one lot label did not match the "
     "batch record.\n- One observation: visitor access to the blending area was not logged on the day of our "
     "visit.\n\nPlease upload a corrective action plan through the portal by {date}. No follow-up visit is "
     "needed if the evidence is satisfactory.\n\nOn your question about the audit fee: there isn't one. "
     "{fab} never charges suppliers for audits, and nobody from our quality team will ask you for payment, "
     "gifts or a private meeting. If anyone does, please contact our ethics line.\n\nThanks to your team for "
     "their time.\n\n{first} {last}\nSupplier Quality, {fab}"),
    ("none", "",
     "{tname},\n\n---------- Forwarded message ---------\nFrom: {xfirst} {xlast} <visits@harbour.example.org>"
     "\nDate: {day}\nSubject: Audit visit to the container terminal: security arrangements\n\nThe auditors "
     "from the shipping line's insurer are confirmed for {date}. They will arrive at the main gate at 08:30 "
     "and must bring photo ID matching the names on the visit request. Port security will escort them at all "
     "times; photography is allowed only in the areas marked on the attached plan. Please make sure the "
     "crane control room is not on the route.\n\nForwarding for your team. The visit was requested through "
     "the insurer's official channel and approved by our security office, so it's all above board, but "
     "please brief the shift supervisors at the {port} so nobody is surprised. If the auditors ask for "
     "anything beyond the scope letter, such as access logs or the cyber-security plan, refer them to me "
     "rather than handing anything over.\n\nThanks,\n{first}"),
])

F.add("en25-b-22-grant-agency", 0, "grant_agency", "short_email", True, [
    ("none", "",
     "{tname}, the National Vaccine Research Fund invites you to join the review panel for its mRNA "
     "manufacturing call closing on {date}. Reviewers receive an honorarium of {fee} per panel plus travel to "
     "{city} at standard rates. Applications are confidential to the panel; you'll sign a conflict-of-"
     "interest and non-disclosure declaration in the grants portal before seeing them. Please reply through "
     "the portal by {day}."),
    ("none", "",
     "{tname}, your application to the Quantum Technologies Programme (ref {ref}) has passed the first stage. "
     "The interview will be held by video on {day}; the panel may ask about your data-management and "
     "research-security plan, including any collaborations abroad. Reasonable costs for your postdoc to "
     "attend are eligible. Details are in the applicant portal."),
    ("none", "",
     "{tname}, thank you for your review. Your honorarium of {fee} will be paid by bank transfer within 30 "
     "days; please check your bank details in the reviewer portal. A reminder that you must not share the "
     "proposals or discuss them with the applicants, and that any downloaded copies should be deleted now "
     "that the panel has met on {day}."),
])

F.add("en25-b-23-journal-paid-review", 0, "paid_peer_review", "short_email", True, [
    ("none", "",
     "{tname}, as handling editor of the Journal of Power System Resilience, I'd like to invite you to review "
     "a manuscript on black-start restoration with grid-forming inverters. The journal offers reviewers {fee} "
     "or an article-charge discount for a review within 21 days. The manuscript is confidential until "
     "published; please don't share it or use its content. Accept or decline in the editorial system."),
    ("none", "",
     "{tname}, thank you for your review of manuscript {ref}. As part of the journal's pilot scheme, your "
     "reviewer payment of {fee} has been processed through our publisher's payment platform; you'll receive "
     "a receipt by e-mail. If your institution requires the payment to go to them instead, reply to the "
     "editorial office before {day}."),
    ("none", "",
     "{tname}, I'm guest-editing a special issue on lithium extraction and processing for Critical Minerals "
     "Review. Would you contribute a review article? The publisher waives the open-access charge for invited "
     "authors, and the article is peer-reviewed like any other. Proposals by {date}, via the submission "
     "system."),
])

F.add("en25-b-24-official-site-visits", 0, "site_visit", "chat", True, [
    ("none", "",
     "Delegation visit to the fab goes via the protocol office. No phones past reception, {tname}."),
    ("none", "",
     "Ministry approved {day}'s port tour. Visitors' passport copies go to security by noon."),
    ("none", "",
     "Launch-site visitor list is on the official request form; security vets everyone. {xfirst}"),
])

F.add("en25-b-25-grad-students", 0, "grad_student_request", "chat", True, [
    ("none", "",
     "Please don't post the new coherence data anywhere until the preprint is out, {tname}."),
    ("none", "",
     "Supervisor says the recruiter can read my thesis chapters once they're published, not before."),
    ("none", "",
     "Paid internship offer from {quantum}, official letter and all. Telling my supervisor tomorrow."),
])

F.add("en25-b-26-tech-transfer-office", 0, "tech_transfer", "long_email", True, [
    ("none", "",
     "{tname},\n\nThank you for your interest in the solid-state electrolyte technology from Dr {xlast}'s "
     "group. I'm the licensing manager for physical sciences at the technology transfer office of {univ}, "
     "which handles all commercial discussions about the university's inventions.\n\nThe technology is "
     "covered by a published patent application, and the non-confidential summary is attached. Before we can "
     "share unpublished data or arrange for your engineers to talk to the inventors, we'll need a mutual "
     "non-disclosure agreement signed by authorised signatories on both sides; our standard template is "
     "attached. All meetings with the research group are arranged through this office.\n\nAs a matter of "
     "policy we also carry out due diligence and an export-control check on every prospective licensee, and "
     "we'll ask for some details of your company's ownership and the intended field of use.\n\nI'd be happy "
     "to set up an introductory call on {day} at {time}.\n\nBest wishes,\n{first} {last}\nLicensing Manager, "
     "Technology Transfer Office"),
    ("none", "",
     "{tname},\n\nA note for researchers in the Department of Materials about contacts from companies and "
     "investors.\n\nWe are delighted when industry takes an interest in your work, and most enquiries are "
     "exactly what they seem. A few simple rules keep everyone safe and protect your ability to patent:\n\n"
     "1. Don't disclose unpublished results, invention disclosures or lab notebooks to anyone outside the "
     "university without an NDA arranged through the tech-transfer office.\n2. Refer licensing and "
     "investment discussions to us. Investors who are genuinely interested will be happy to go through the "
     "formal route.\n3. Visits to companies abroad that involve showing your research should be registered "
     "with the research security team, who can advise on export controls.\n4. If someone offers you personal "
     "payment, travel or a side role in exchange for early access to your results, tell us; you won't be in "
     "trouble.\n\nQuestions: techtransfer@tto.example.edu\n\n{first} {last}\nDirector, Technology Transfer "
     "Office, {univ}"),
    ("none", "",
     "{tname},\n\nGood news: {minerals} has signed the option agreement for the sodium-ion anode technology. "
     "The signed agreement is in the shared contracts folder. The key terms, in short:\n\n- A twelve-month "
     "exclusive option in the field of grid-scale storage, for an option fee payable to the university.\n- "
     "Their engineers may visit the lab twice during the option period, arranged through this office, with a "
     "researcher present.\n- Data shared under the option stays confidential under the NDA we signed on "
     "{date}.\n\nDr {xlast}'s share of any licence income will be paid through payroll under the "
     "university's revenue-sharing policy; please don't accept any payment from the company directly, and let "
     "me know if anyone there suggests it. The company's press release will be reviewed by our "
     "communications team before publication.\n\nThanks for all your help getting this over the line.\n\n"
     "Best,\n{first} {last}\nSenior Licensing Manager"),
])

F.add("en25-b-27-ministers-office", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "Minister's office wants the briefing note before {day}. Internal draft only, not for lobbyists."),
    ("none", "",
     "Trade delegation invite came in, {tname}. Forwarded to the ethics registrar before anyone replies."),
    ("none", "",
     "Declared the {abroad} conference travel on the register; organisers pay flights, all above board."),
])

F.add("en25-b-28-ordinary-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "Running ten minutes late {tname}, save me a seat at the back?"),
    ("none", "", "Did anyone find a blue umbrella in the meeting room on {day}? It's mine."),
    ("none", "", "Pizza or curry for {xfirst}'s birthday? Vote in the thread by noon."),
])

F.add("en25-b-29-office-email", 0, "work_email", "long_email", False, [
    ("none", "",
     "{tname},\n\nFacilities have confirmed the lift maintenance on {day}: the east lift will be out of "
     "service from 07:00 to 13:00, and the goods lift will be available for deliveries only. If you have "
     "visitors that morning, please meet them at reception and use the west stairs or the west lift.\n\n"
     "Also, the second-floor kitchen is being refitted the following week. The temporary kitchen will be in "
     "meeting room 2.14, so that room can't be booked from {date} for about ten days. I've moved the Tuesday "
     "stand-up to room 3.02.\n\nFinally, the car park barrier is being replaced, so please bring your pass "
     "rather than relying on the number-plate reader. Facilities say the work should be finished by Friday."
     "\n\nThanks for bearing with all this,\n{first} {last}\nOffice Manager\n\n> On {day}, {tname} wrote:\n"
     "> Do we know yet when the lift work is happening? We've got a\n> visitor group on the Tuesday."),
    ("none", "",
     "{tname},\n\nPlans for {xfirst}'s leaving do are coming together. We've booked the upstairs room at the "
     "Crown and Anchor for {day} from 17:30; the first round and some food are covered by the team kitty, "
     "but we're still a little short, so if you haven't chipped in yet, the collection envelope is on my desk "
     "(any amount is fine).\n\nPlease sign the card by Wednesday; it's in the top drawer of the stationery "
     "cupboard. {xfirst} doesn't know about the photo book, so please don't mention it in the team chat, "
     "because they read it!\n\nIf you have dietary requirements, tell me by Monday and I'll pass them on to "
     "the pub.\n\nSpeeches will be short, I promise. I've volunteered to say a few words on behalf of the "
     "team, and you were mentioned as someone with good stories from the early days, so be ready.\n\nSee you "
     "there,\n{first} {last}"),
    ("none", "",
     "{tname},\n\nYour laptop is due for replacement under the four-year refresh programme. IT have reserved "
     "a slot for you on {day} at {time} at the service desk on the ground floor. The swap takes about an "
     "hour: your files on the network drives will be there automatically, but anything saved only on the "
     "desktop or in the downloads folder needs to be moved to your home drive before you come.\n\nPlease "
     "bring your old laptop, the charger and the docking-station power supply. If you use a second monitor "
     "at home, the new laptop needs a different cable; the service desk can give you one.\n\nIf the slot "
     "doesn't suit you, reply to this e-mail with two alternatives and we'll rebook. We're working through "
     "about forty machines this month, so earlier slots fill up quickly.\n\nThanks,\n{first} {last}\nIT "
     "Service Desk"),
])

F.add("en25-b-30-notifications", 0, "notification", "chat", False, [
    ("none", "", "Your order #{ref} has shipped and should arrive {day}."),
    ("none", "", "Reminder: dentist appointment {day} at {time}. Reply C to confirm."),
    ("none", "", "Library notice: 'Quantum Optics' is due back on {date}."),
])

F.add("en25-b-31-nuclear-recruiter-personal-email", 0, "genuine_recruiter", "short_email", True, [
    ("none", "",
     "{tname}, I'm {first} {last}, a recruiter in the nuclear practice at Corran Talent; {xfirst} from your "
     "old department suggested you. We're filling a Senior Safety Case Engineer role at {nuke} Generating "
     "Station for the site operator: permanent, {band}, with relocation support. The role needs security "
     "clearance, which the operator sponsors. Shall I send the full job description to your work e-mail, or "
     "would a personal address be better?"),
    ("none", "",
     "{tname}, no problem at all about using your personal e-mail; plenty of candidates prefer not to "
     "job-hunt from a work account. I've sent the job description there. For transparency: the client is the "
     "{nuke} site operator, the hiring manager is the head of safety case, and interviews are held on site "
     "with travel reimbursed by the operator. Nothing about your current employer's work will come up."),
    ("none", "",
     "{tname}, a quick scheduling note: you're booked for a video interview with the engineering manager at "
     "{nuke} on {day} at {time}. The invite will come from the operator's HR system, not from me. Bring your "
     "passport to next week's site visit for the security desk, and nothing from your current job. Call me "
     "on {phone} if the time doesn't work."),
])

# Families whose suspicious messages carry no stock word: the intent shows only in what is asked.
SUBTLE = {
    "en25-s-02-grid-restoration-consultancy", "en25-s-04-phd-headhunter-unpublished",
    "en25-s-06-satellite-investor-group", "en25-s-08-quantum-institute-visit",
    "en25-s-09-minerals-keep-quiet", "en25-s-11-seed-lines", "en25-s-13-council-tender-panel",
    "en25-s-14-tech-transfer-pipeline", "en25-s-16-diaspora-family-pressure", "en25-s-18-job-scam-quiet",
    "en25-s-19-station-pivot", "en25-s-20-fab-envelopes",
}

# The stock words a subtle message must not contain (lower-cased substrings or patterns).
TELLTALE = re.compile(
    r"whatsapp|wechat|weixin|telegram|signal|gmail|proton|\bvx\b|\bwx\b|@|[$£€¥]|\busd|client|\bfees?\b"
    r"|\bpa(y|id)|cash|crypto|bitcoin|money|reward|honorari|stipend|gift card|deposit|cheque|confidential"
    r"|secret|classified|between us|internal|non-public|report|police|return|don't tell|your employer"
    r"|compensat"
)

# Word bands per register, opener and closer included.
BANDS = {"chat": (3, 20), "short_email": (30, 120), "long_email": (120, 300)}


def check(rows: list[dict[str, object]]) -> None:
    ids = [str(r["id"]) for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len({str(r["text"]) for r in rows}) == len(rows), "duplicate texts"
    bad = []
    for r in rows:
        text, words = str(r["text"]), len(str(r["text"]).split())
        lo, hi = BANDS[str(r["register"])]
        if not lo <= words <= hi:
            bad.append(f"{r['id']}: {words} words")
        assert r["label"] == 1 or (r["categories"] == [] and r["stage"] == "none"), r["id"]
        hit = TELLTALE.search(text.lower())
        if r["subtlety"] == "subtle" and hit:
            bad.append(f"{r['id']}: stock word {hit.group()!r}")
    assert not bad, "\n".join(bad)
    assert SUBTLE <= {str(r["family"]) for r in rows}


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for r in rows:  # build marks every row overt; benign rows carry none, the SUBTLE families subtle
        r["subtlety"] = "none" if r["label"] == 0 else "subtle" if r["family"] in SUBTLE else "overt"
    check(rows)
    write(rows, OUT)
    fams = Counter((r["label"], r["family"]) for r in rows)
    print("families:", Counter(lab for lab, _ in fams), "per family:", sorted(Counter(fams.values()).items()))
    print("label x register:", sorted(Counter((r["label"], r["register"]) for r in rows).items()))
    print("label x subtlety:", sorted(Counter((r["label"], r["subtlety"]) for r in rows).items()))
    print("benign look-alikes:", sum(1 for r in rows if r["label"] == 0 and r["lookalike"]))
    print("suspicious stages:", sorted(Counter(r["stage"] for r in rows if r["label"] == 1).items()))
    for lab in (1, 0):
        n = sorted(len(str(r["text"]).split()) for r in rows if r["label"] == lab)
        print(f"words label {lab}: min {n[0]}, median {n[len(n) // 2]}, max {n[-1]}")


if __name__ == "__main__":
    main()
