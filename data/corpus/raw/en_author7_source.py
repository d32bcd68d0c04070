"""English training families, author 7: regenerates ``en_author7.jsonl``.

Who and how: written by a helper session (an AI assistant) in session 6, by hand, from the threat
description in ``DESIGN.md`` and the public warnings it summarises (CSIS, MI5/NPSA "Think Before You
Link", FBI) only. The author never opened the rule packs, the training corpus (apart from the shared
``template_families.py`` helper), ``data/dev/`` or any evaluation set, and never ran the screener on
this file.

Run: ``.venv/bin/python data/corpus/raw/en_author7_source.py`` (same bytes every time).

What the families cover (``en7-s-NN-slug`` suspicious, ``en7-b-NN-slug`` benign):

- Suspicious, every stage and category: fake headhunters and recruiters after cleared staff and
  veterans, paid "papers" for an unnamed client (think tanks, critical minerals), a handler drifting
  to an AI lab's internal work, a fab engineer's yields, trips abroad to meet the "friends", secrecy
  towards the employer and the vetting office, crypto / gift cards / envelopes / a relative's account,
  diaspora coercion through family, deposit-first job scams, task scams, a subtle identity-theft job
  scam, obfuscated pivots. Seven families are subtle: no app name, no "client", no fee or payment
  word, no "confidential"; only what is asked shows the intent.
- Benign, mostly hard look-alikes: in-house recruiters who move to phone or e-mail, a headhunter's
  confidential search, expert networks that name the firm and refuse confidential information, paid
  lectures, examiners and think-tank reviews, cleared job ads (one in a veterans' group chat),
  security notices quoting the warning signs, family chats on WeChat and WhatsApp, colleagues moving
  to Teams, Slack, enterprise WeChat or Signal, reimbursements, onboarding, an on-the-record
  journalist, conference organisers, alumni and parents' groups, bank and payroll notices; and six
  families of plain SMS between friends, family and colleagues that touch money, numbers, secrets,
  the boss's report and travel.

Markers: a template that starts with a pilcrow takes no shared opener, one that ends with a section
sign takes no shared closer (subject lines, chat exports, signatures).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from template_families import Families, build, write  # noqa: E402

SEED = 20261122
PER_TEMPLATE = 2
NO_OPENER = "\u00b6"
NO_CLOSER = "\u00a7"

POOLS: dict[str, list[str]] = {
    "first": ["Aisha", "Ben", "Chloé", "Daniel", "Emeka", "Fiona", "Gareth", "Hui Min", "Isabel", "Jonah",
              "Kavya", "Liam", "Marisol", "Nadia", "Owen", "Pooja", "Rory", "Siobhan", "Tariq", "Wei"],
    "last": ["Okafor", "Brennan", "Lachance", "Whitfield", "Nakamura", "Desrosiers", "Ashworth",
             "Kowalczyk", "Farrell", "Abernethy", "Sandoval", "Quenneville"],
    "me": ["Martin Oyelaran", "Claire Dubé", "Stephen Harcourt", "Leah Vance", "Kenji Morrow",
           "Andrea Castellanos", "Colin Pryce", "Yusuf Demir", "Hannah Lindqvist", "Grant Ellery"],
    "me1": ["Jason", "Vivian", "Rob", "Elena", "Kev", "Lina", "Marco", "Dee"],
    "me2f": ["Sarah", "Tom", "Anita", "Greg", "Moira", "Raj"],
    "defco": ["Halvern Aerospace", "Northgate Defence Systems", "Corvid Photonics", "Tamarack Mission Systems",
              "Ridgeline Avionics", "Brightwater Naval Electronics"],
    "lab": ["Lumen Foundry AI", "Qubitline", "Fieldstone Quantum", "Parallax Labs", "Cinder Research",
            "Aster Quantum Computing"],
    "yard": ["Harbourline Shipyards", "Clydeside Marine Works", "Seaward Naval Yards",
             "Eastern Passage Shipbuilding"],
    "mineco": ["Borealis Critical Metals", "Kestrel Rare Earths", "Tundra Lithium", "Ironbark Minerals"],
    "mineral": ["lithium", "rare-earth", "graphite", "cobalt", "gallium"],
    "tt": ["Meridian Policy Institute", "Centre for Strategic Futures", "Atlas Forum for Global Affairs",
           "Pacific Horizon Institute"],
    "en": ["Brightline Expert Network", "Insightbridge", "Keystone Expert Calls", "Northpoint Advisory Network"],
    "fund": ["Greyhaven Capital", "Larchmont Partners", "Sable Point Asset Management"],
    "hh": ["Ashby & Crane Executive Search", "Whitmore Partners", "Calder Search Group"],
    "uni": ["the University of Westmarch", "Lakehead Institute of Technology", "St Aidan's College",
            "Harbour State University"],
    "paper": ["the Halifax Ledger", "The Northern Standard", "Capital Dispatch", "the Midland Chronicle"],
    "conf": ["SpaceTech North 2027", "the Quantum Security Summit", "AeroDefence Expo", "the Critical Minerals Forum"],
    "bank": ["Maple Ridge Bank", "Northshire Building Society", "Cascade Credit Union"],
    "place": ["Singapore", "Dubai", "Hong Kong", "Macau", "Istanbul", "Kuala Lumpur", "Bangkok", "Shenzhen"],
    "home": ["Ottawa", "Halifax", "Bristol", "Glasgow", "Huntsville", "San Diego", "Montréal", "Derby",
             "Colorado Springs"],
    "country": ["Canada", "the UK", "Australia", "the US"],
    "agency": ["DND", "the MoD", "Global Affairs Canada", "the Pentagon", "the Foreign Office",
               "the Department of Energy"],
    "tech": ["hypersonic thermal protection", "phased-array radar", "satellite ground stations", "submarine sonar",
             "GaN amplifiers", "quantum sensing", "AI model evaluation", "undersea cables", "small modular reactors",
             "5G core networks"],
    "node": ["3 nm", "5 nm", "28 nm", "GaN-on-SiC"],
    "fab": ["Fab 2", "the north fab", "the pilot line", "the new fab"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["9:30", "10 am", "2 pm", "4:15", "half eleven", "noon"],
    "clock": ["08:12", "09:47", "11:03", "13:26", "16:40", "19:55", "21:18", "22:51"],
    "sum": ["$500", "$1,200", "£800", "US$2,000", "£1,500", "$3,000 CAD", "€900"],
    "small": ["20", "35", "$40", "£25", "50 bucks", "£60", "80"],
    "phone": ["+1 613 555 0147", "555-0182", "07700 900418", "+44 20 7946 0132", "+1 202 555 0109",
              "(902) 555-0164"],
    "handle": ["@ridge_talent88", "harbourhr_2026", "@consult_mw", "seanlee_example", "@talentbridge_asia"],
    "pmail": ["talentpartner88@example.net", "m.zhou.consult@example.org", "researchdesk.hk@example.com",
              "j.chen_advisory@example.net"],
    "secmail": ["security@example.com", "report-phish@example.org", "insider-risk@example.net"],
    "req": ["R-20417", "REQ-88213", "J-4407", "25-0931"],
    "month": ["March", "June", "October", "December"],
    "chan": ["proj-falcon", "hw-integration", "ops-general", "bid-team"],
}

# Shared by both classes; they vary the wording without telling the classes apart.
OPENERS = ["", "", "", "", "", "", "", "", "Hi, ", "Hello, ", "Hey ", "Morning! "]
CLOSERS = ["", "", "", "", "", "", "", " Thanks.", " Thanks!", " Cheers.", " thx", "\nThanks", " Talk soon."]

F = Families()

# ---------------------------------------------------------------- suspicious

F.add("en7-s-01-gulf-aero-headhunter", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting off_platform",
     "\u00b6Hi {first}, I lead a small search practice placing senior engineers with active clearances into "
     "aerospace programmes in Asia and the Gulf. Your background on {tech} at {defco} is exactly what my partners "
     "want, and packages are well above market. LinkedIn keeps dropping my messages, so could you add me on "
     "WhatsApp at {phone}? Easier to share the details there."),
    ("pivot", "credential_targeting off_platform",
     "\u00b6Thanks for accepting, {first}. Before I send the role description I need to confirm you still hold your "
     "clearance and roughly when it comes up for renewal. I don't really use this inbox - message me on Telegram "
     "(same name, {handle}) and we'll go from there."),
    ("contact", "credential_targeting",
     "\u00b6{first} - saw you left {defco} recently. Rough time in the industry. I represent a group that values people "
     "who have worked on {tech} with government customers and is flexible about how the work is done: remote, "
     "part-time, advisory. Not something I can put in writing on here. What's the best personal number to reach you?"),
    ("pivot", "off_platform vague_client",
     "\u00b6Hello again. Just a reminder that my offer stands. Our HR software blocks LinkedIn attachments, so please send "
     "your CV and a list of the programmes you supported to my personal address, {pmail}, and we can continue on "
     "WeChat where my colleagues in {place} can join."),
    ("contact", "credential_targeting off_platform",
     "\u00b6Dear Sir/Madam {first}, Greetings!! We are hiring experts with security clearence for high salary "
     "consulting in aerospace feild. Work from home possible. Kindly share your whatsapp number so our senior "
     "manager will contact you soonest. Regards"),
])

F.add("en7-s-02-think-tank-papers", 1, "fake_think_tank", "email", False, [
    ("paid_task", "paid_task vague_client",
     "\u00b6Subject: Short paid research for our client\n\nDear {first},\n\nI am a research director at the {tt} in "
     "{place}. One of our clients, a private foundation that prefers not to be named at this stage, would like to "
     "commission short papers (3-5 pages) on {tech} policy in {country}. We offer {sum} per paper, paid on delivery. "
     "The first topic is open: your own view of where the programme is heading. No citations needed.\n\nKind "
     "regards,\n{me}\n{tt}\u00a7"),
    ("paid_task", "paid_task vague_client sensitive_info",
     "\u00b6Dear {first}, thank you for the first paper, our client was very pleased. They would now like a follow-up "
     "on the officials who will shape the next budget round - who supports what, who is wavering. Same fee, and we "
     "can increase it if you include anything that is not yet in the press. Best, {me}\u00a7"),
    ("payment", "unusual_payment",
     "\u00b6Dear {first},\n\nRegarding your honorarium: our finance team has trouble sending transfers to banks in "
     "{country}. Could we pay you in USDT, or in Amazon gift cards if you prefer? Alternatively we can wire it to a "
     "family member's account abroad. Please let me know which suits you.\n\n{me}\nResearch Director, {tt}\u00a7"),
    ("paid_task", "paid_task vague_client off_platform sensitive_info",
     "\u00b6Subject: Commission #3\n\n{first}, below is the outline the client sent over. They want an analysis of the "
     "procurement timeline for {tech} and which suppliers are being considered. Your usual {sum} plus a bonus. "
     "Please send it to my personal address rather than the institute one - {pmail} - our server is being "
     "migrated.\n\n{me}\u00a7"),
    ("contact", "paid_task vague_client",
     "\u00b6Hello {first}, I read your article on {tech} with great interest. Our institute runs a paid 'expert "
     "correspondent' scheme: you write one brief note a month for a partner organisation in Asia, {sum} each, "
     "topics flexible. We handle everything discreetly. Would that interest you?\n\n{me}, {tt}\u00a7"),
])

F.add("en7-s-03-ai-lab-handler", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info vague_client",
     "\u00b6[{clock}] {me1}: the piece you wrote on eval methods was great, the client loved it\n[{clock}] {me1}: "
     "next one they'd like something more concrete - what your lab is actually training right now, compute size, "
     "launch dates\n[{clock}] {me1}: nothing classified obviously, just what's discussed internally\u00a7"),
    ("elicitation", "sensitive_info paid_task secrecy",
     "hey {first}, quick one. the client asks if you can screenshot the internal roadmap slide from {lab}'s "
     "all-hands. they'll double the fee. obviously don't mention this to anyone at work"),
    ("elicitation", "sensitive_info secrecy",
     "ok so the safety eval results - the unreleased ones - are what they really care about. you don't need to "
     "send documents, just tell me what's in them on a call. keep it between us yeah?"),
    ("elicitation", "sensitive_info secrecy",
     "\u00b6[{clock}] {me1}: they liked the white paper\n[{clock}] {me1}: can you find out who else {lab} is partnering "
     "with on the government contract? internal emails would be ideal\n[{clock}] {me1}: no one needs to know it "
     "came from you\u00a7"),
    ("elicitation", "sensitive_info vague_client secrecy",
     "{first} my client is asking about model weights access at {lab}. who has it, how is it logged, what the "
     "audit looks like. purely for a risk report. confidential of course, I'd never name you"),
])

F.add("en7-s-04-fab-yields", 1, "handler_followup", "inmail", False, [
    ("elicitation", "sensitive_info",
     "Good talking at the expo, {first}. I've been thinking about what you said on the new line at {fab}. Roughly "
     "what yields are you seeing on the {node} run these days? Just curious how far behind the press numbers they are."),
    ("elicitation", "sensitive_info",
     "you mentioned a big customer visit next month - is that the one everyone's guessing about? who's coming "
     "from their side? I won't repeat it"),
    ("elicitation", "sensitive_info",
     "\u00b6{first}, when your team moved to the new etch recipe, which tool vendor did they end up going with? And "
     "roughly how many wafers a week are going through {fab} now - ballpark is fine. You could just snap a photo of "
     "the weekly dashboard if that's easier than typing."),
    ("elicitation", "sensitive_info",
     "Hope the move went well. Quick question since you're still close to the process group: has the {node} "
     "tape-out for the defence programme slipped again? A friend of mine is making plans around the date and it "
     "would help to know what's being said inside."),
    ("elicitation", "sensitive_info client_meeting",
     "Enjoyed dinner. Next time bring the spec sheet for the export version you mentioned - the one that isn't on "
     "the website yet. I'd love to compare it with what I've seen elsewhere."),
])

F.add("en7-s-05-trip-to-meet-client", 1, "fake_consultant", "email", False, [
    ("meeting", "client_meeting vague_client unusual_payment",
     "\u00b6Subject: Invitation to {place}\n\nDear {first},\n\nOur client would very much like to thank you in person for "
     "the reports. They propose three days in {place} next month; flights, a five-star hotel and a per diem in cash "
     "are all covered. It is a small private meeting, no presentation required. Please do not book through your "
     "employer's travel office - we will arrange everything.\n\nRegards,\n{me}\u00a7"),
    ("meeting", "client_meeting vague_client sensitive_info",
     "\u00b6{first},\n\nThe people I represent would like to meet face to face before the next assignment. They can't "
     "travel to {home}, so they'd fly you to {place} - business class, all expenses. Bring your work laptop if you "
     "can; they may want to walk through a few things with you.\n\n{me}\u00a7"),
    ("meeting", "client_meeting paid_task secrecy",
     "\u00b6Dear Dr {last},\n\nFurther to our exchange, my principal has confirmed a closed roundtable in {place} on "
     "{tech}. Four participants, no agenda circulated, no list of attendees. An honorarium of {sum} plus travel. We ask "
     "that you travel on your personal passport and do not mention the visit on social media.\n\nWith best "
     "wishes,\n{me}\nProgramme Office\u00a7"),
    ("meeting", "client_meeting unusual_payment secrecy",
     "\u00b6Subject: Re: trip\n\nAll set for {day}. Someone will meet you at the airport and take you to the hotel; your "
     "host will join for dinner. We'll reimburse your flight in cash when you arrive - keep the receipts out of your "
     "company expense system, it only complicates things.\n\n{me}\u00a7"),
    ("meeting", "client_meeting off_platform vague_client",
     "\u00b6Hi {first},\n\nBefore we go further the client wants a video call, camera on, ideally from your office so "
     "they can see you are who you say. {day} evening your time? Send me a personal mobile number and I'll add you "
     "to the call from there.\n\nBest,\n{me}\u00a7"),
])

F.add("en7-s-06-friends-abroad", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting",
     "my friends in {place} are really impressed with your thinking on {tech}. they'd love to host you for a few "
     "days, everything taken care of from the moment you land. when are you free next month?"),
    ("meeting", "client_meeting secrecy",
     "\u00b6[{clock}] {me1}: flights are booked for the 14th, I'll forward the e-ticket\n[{clock}] {me1}: no need to put "
     "it on the company calendar, it's a personal trip\n[{clock}] {me1}: someone will be waiting at arrivals with "
     "your name\u00a7"),
    ("meeting", "client_meeting",
     "\u00b6{first} the people I mentioned are in {place} for one night only, {day}. they'd like to sit down with you "
     "somewhere quiet. I'll send a car to your hotel. bring whatever you've been working on lately"),
    ("meeting", "client_meeting credential_targeting",
     "would you be up for a visit to {place} in the spring? my uncle runs a research park there and wants to show "
     "you around. he specifically asked about your years at {defco}. you'd be our guest the whole week"),
    ("meeting", "client_meeting sensitive_info",
     "Good news - they've agreed to see you. Same hotel as last time. Please bring the notes from the programme "
     "review you described; they'd rather look at them together than have anything sent ahead."),
])

F.add("en7-s-07-diplomat-secrecy", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "\u00b6Look, {first}, no need to tell your employer about our little arrangement. It's advisory work on your own "
     "time, nothing to declare. Keep it between us and everyone's happy."),
    ("secrecy", "secrecy",
     "\u00b6[{clock}] {me1}: btw pls don't mention me on your security clearance renewal form\n[{clock}] {me1}: it just "
     "makes things complicated for nothing. we're just friends who talk\u00a7"),
    ("secrecy", "secrecy vague_client off_platform",
     "Delete this thread after reading pls. Use your personal phone when you reply, not the embassy one. My client "
     "values discretion above everything."),
    ("secrecy", "secrecy",
     "If your security officer asks about foreign contacts just say I'm an old university friend. That's basically "
     "true anyway \U0001f60a"),
    ("secrecy", "secrecy vague_client client_meeting",
     "\u00b6{first} you don't have to report the {place} trip. Tell them it's a family holiday. The client prefers it "
     "stays off the record"),
])

F.add("en7-s-08-quiet-friend", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "Tell the office you're visiting your sister that weekend. Easier for everyone."),
    ("secrecy", "secrecy",
     "probably best if this stays off your work phone. text me from the other one when you get home"),
    ("secrecy", "secrecy",
     "Your department doesn't need to hear about our chats - they'd only make you fill in forms about it. We're "
     "just two people who enjoy talking about {tech}, right?"),
    ("secrecy", "secrecy",
     "\u00b6[{clock}] {me1}: when you list your contacts for the vetting interview, I'd leave me off\n[{clock}] {me1}: "
     "not because anything's wrong, it just saves you an hour of questions\u00a7"),
    ("secrecy", "secrecy",
     "Lovely seeing you. One small thing - if anyone at {defco} asks where the new watch came from, it was a "
     "birthday present from your cousin. Let's keep the story simple."),
])

F.add("en7-s-09-odd-payment", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment",
     "Payment for the last report is ready. We can send USDT to your wallet or Bitcoin, whichever you prefer. Bank "
     "transfers create too many questions."),
    ("payment", "unusual_payment",
     "hi {first}, finance says they can't pay you directly this time. can we send it to your brother's account? or "
     "I can give you Apple gift cards worth {sum} when we meet"),
    ("payment", "unusual_payment",
     "\u00b6[{clock}] {me1}: cash is ready, {sum} in an envelope\n[{clock}] {me1}: I'll leave it with the doorman at "
     "your building under your wife's name\u00a7"),
    ("payment", "unusual_payment secrecy",
     "We'll pay through Alipay to your mother's account back home, it's cleaner for you tax-wise and nobody at "
     "your work sees it."),
    ("payment", "unusual_payment vague_client",
     "The client tops up a prepaid card for you every month, {sum}. No paperwork, no tax slip. I just need an address "
     "that isn't your home."),
])

F.add("en7-s-10-thank-you-envelope", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment",
     "I left a little thank-you with your sister when I dropped off the mooncakes. Count it when you get a moment."),
    ("payment", "unusual_payment",
     "my cousin is in {home} next week, he'll hand you the envelope at the coffee place near your office. same as "
     "last time"),
    ("payment", "unusual_payment paid_task",
     "your son's school costs for the year - consider them taken care of. my friends appreciated the notes on "
     "{tech} very much"),
    ("payment", "unusual_payment",
     "\u00b6[{clock}] {me1}: the new phone is at the front desk of your hotel, under your sister's name\n[{clock}] "
     "{me1}: there's something extra inside the box for the trouble\u00a7"),
    ("payment", "unusual_payment paid_task",
     "Don't worry about the mortgage this month. A friend of mine has sorted it. We can talk about the next piece "
     "of writing when you're ready."),
])

F.add("en7-s-11-police-station-overseas", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "\u00b6{first}, this is the public security bureau in your home town. Your parents have been asked to come in. If you "
     "return voluntarily to explain your online activities, things will be easier for them."),
    ("coercion", "coercion sensitive_info",
     "\u00b6[{clock}] {me1}: we know you attend the association meetings in {home}\n[{clock}] {me1}: send us the names "
     "and photos of who comes. your brother's business licence renewal depends on your cooperation\u00a7"),
    ("coercion", "coercion",
     "Your mother cried on the phone today. She wants you home. The officers said your passport problem can be "
     "solved if you come back this summer. Don't make them wait."),
    ("coercion", "coercion",
     "we are from the service station for overseas nationals. you must report your address and workplace to us "
     "before friday or your family's pension will be reviewed"),
    ("coercion", "coercion off_platform",
     "Cousin, they came to the house again asking about you. They said if you stop posting about the camps "
     "everything will be fine. Please, for your father's sake, call the number they gave: {phone}."),
])

F.add("en7-s-12-family-visitors", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Your father had visitors at the house yesterday. Polite people. They asked when you're coming home and said "
     "they'd like to see you at New Year. He's worried. You know what to do."),
    ("coercion", "coercion sensitive_info",
     "Uncle asked me to tell you: the people who look after the family's affairs would like a list of who "
     "organised the vigil in {home}. Then they'll stop calling him."),
    ("coercion", "coercion",
     "\u00b6[{clock}] {me1}: your sister's job at the hospital is under review\n[{clock}] {me1}: it would help a lot if "
     "you came back for a few weeks and explained yourself in person\u00a7"),
    ("coercion", "coercion",
     "We met your grandmother today. She's well, for now. She'd be happier if you stopped writing those "
     "articles. Think about it."),
    ("coercion", "coercion sensitive_info",
     "\u00b6Hello {first}, I'm a friend of your family from the old neighbourhood. Some of us in {home} meet on Sundays. "
     "It would be nice if you told me a little about the students in your lab - where they're from, what they talk "
     "about. Your parents would be proud of you."),
])

F.add("en7-s-13-laptop-kit-offer", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam unusual_payment off_platform",
     "\u00b6Subject: Offer of Employment - Remote Logistics Coordinator, {defco}\n\nDear {first},\n\nCongratulations! "
     "After reviewing your resume we are pleased to offer you the position of Remote Logistics Coordinator "
     "($38/hr). Before onboarding, new hires must purchase a security-cleared laptop kit ({sum}) from our approved "
     "vendor; the cost is reimbursed with your first paycheque. Please reply from your personal e-mail to "
     "proceed.\n\nHR Department\n{defco}\u00a7"),
    ("job_scam", "job_scam off_platform",
     "\u00b6Dear candidate,\n\nYour interview is scheduled on Telegram with our hiring manager. Please add {handle} and "
     "be ready with your ID and banking details for direct deposit setup.\n\nRegards,\nRecruitment Team\u00a7"),
    ("job_scam", "job_scam unusual_payment",
     "\u00b6Hello {first},\n\nWe have received your application for the document review role. To hold your spot a "
     "refundable background-check deposit of {sum} is required by e-transfer to our processing partner. Once "
     "cleared you start Monday.\n\n{me}\nRecruiting\u00a7"),
    ("job_scam", "job_scam unusual_payment",
     "\u00b6Subject: Cheque for equipment\n\n{first}, we have mailed you a cheque for {sum}. Please deposit it, keep $300 "
     "for your first week, and send the remainder to our equipment vendor through a Bitcoin ATM today so your "
     "workstation can ship.\n\nRegards,\n{me}, Onboarding\u00a7"),
    ("job_scam", "job_scam off_platform unusual_payment",
     "\u00b6Hi, I'm a hiring coordinator for {defco}'s contractor program. We skip formal interviews - a short chat on "
     "WhatsApp, then a training fee of {sum} for the clearance prep course. Most candidates are working within a "
     "week.\n\n{me}\u00a7"),
])

F.add("en7-s-14-task-scam", 1, "job_scam", "chat", False, [
    ("job_scam", "job_scam off_platform",
     "Hi! I'm {me1} from a digital marketing agency. We pay $50-$300 a day for rating products online, 30 minutes "
     "in your spare time. Interested? Reply YES and I'll add you to the team on Telegram."),
    ("job_scam", "job_scam unusual_payment",
     "\u00b6[{clock}] Mentor: great job today, you completed 38 tasks \U0001f389\n[{clock}] Mentor: to unlock the premium "
     "tasks you need to top up your account with 120 USDT first, it comes back with commission\u00a7"),
    ("job_scam", "job_scam unusual_payment",
     "Your account shows a negative balance of $840 because you got a combination order. Top up to withdraw your "
     "earnings, otherwise they stay frozen. This is normal, everyone goes through it."),
    ("job_scam", "job_scam off_platform",
     "hello {first}, ur resume was recommended by a recruiter. part time job, like youtube videos and send "
     "screenshots, earn {sum} daily. contact my colleague on whatsapp {phone}"),
    ("job_scam", "job_scam unusual_payment",
     "Hi dear, job is easy: rate hotels on our app, we pay daily in crypto. First you deposit $100 as 'task "
     "credit' to activate account. Many people earn thousands weekly \U0001f4b0"),
])

F.add("en7-s-15-identity-job", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam",
     "\u00b6Subject: Next steps - Administrative Assistant\n\nHi {first},\n\nThe hiring manager reviewed your resume and "
     "would like to move you straight to the offer stage. Our interview is done by text, so please text {phone} "
     "between 9 and 5 tomorrow with your full name and the job code. Have a photo of the front and back of your "
     "driver's licence ready.\n\nBest,\n{me}\nTalent Acquisition\u00a7"),
    ("job_scam", "job_scam",
     "\u00b6{first}, welcome aboard! Your equipment parcel arrives this week. When it does, log in to the supplier "
     "portal with the same username and password you use for online banking - it links your account "
     "automatically.\n\n{me}\u00a7"),
    ("job_scam", "job_scam",
     "\u00b6Hi {first},\n\nCongratulations on your selection for the remote data entry position. To finalise your file "
     "we need your SIN, date of birth, mother's maiden name and a selfie holding your passport. The office is "
     "fully remote, so everything is handled by e-mail. Please send it today so you can start Monday.\n\nKind "
     "regards,\n{me}\nHR Coordinator\u00a7"),
    ("job_scam", "job_scam",
     "\u00b6Hi, thanks for applying to {defco}. You've been shortlisted! In the next minute you'll receive a six-digit "
     "code by text - please forward it to this address, it confirms your identity with our background check "
     "provider.\n\n{me}\u00a7"),
    ("job_scam", "job_scam",
     "\u00b6Subject: Parcel coordinator - start immediately\n\nDear {first},\n\nThe role is simple: parcels arrive at "
     "your home, you repack them and send them on to the addresses we provide the same day. No experience needed, "
     "no interview. Please reply with your home address and the hours you are usually in.\n\n{me}\u00a7"),
])

F.add("en7-s-16-cleared-bench", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting vague_client",
     "\u00b6Hi {first}, I'm building a bench of consultants who hold or recently held TS/SCI or DV clearances for a new "
     "client in the strategic advisory space. Very flexible hours, excellent day rates. Could you confirm your "
     "current clearance level and your last program?"),
    ("contact", "credential_targeting vague_client sensitive_info",
     "\u00b6Hello {first}, your profile says 'cleared professional' - we love that. Our client in {place} is looking "
     "for former government analysts to provide geopolitical insight. Are you still in touch with people at "
     "{agency}? That network is part of what we value."),
    ("pivot", "credential_targeting off_platform",
     "\u00b6Dear {first}, I noticed you recently left {agency}. Many people in transition find our advisory network a "
     "good fit - we connect former officials with overseas partners who want to understand policy processes. Could "
     "we talk off LinkedIn? I'll send you my WeChat."),
    ("contact", "credential_targeting sensitive_info",
     "\u00b6{first}, quick q - are you the {first} who worked on the {tech} program at {defco}? we have a role that's "
     "literally made for you. need to know your clearance status and whether you still have access to the program "
     "office before we can share more"),
    ("pivot", "credential_targeting off_platform paid_task",
     "\u00b6Hi {first}, we're a boutique firm recruiting veterans with intelligence backgrounds for 'research "
     "support'. Remote, well paid, no need to leave your current job. What was your MOS and your last unit? Happy "
     "to continue by personal email: {pmail}"),
])

F.add("en7-s-17-sponsored-forum", 1, "fake_conference", "email", False, [
    ("meeting", "client_meeting sensitive_info",
     "\u00b6Subject: Keynote invitation - International Forum on {tech}, {place}\n\nDear Dr {last},\n\nWe are honoured to "
     "invite you as a keynote speaker. Business-class flights, hotel and a speaking honorarium of {sum} are "
     "provided. As the forum is sponsored by a government partner, we kindly ask for your slides two weeks in "
     "advance, including any unpublished test data you are able to share.\n\nOrganising Committee\u00a7"),
    ("meeting", "client_meeting secrecy vague_client",
     "\u00b6Dear {first},\n\nThank you for accepting. Our sponsor will host a private dinner after your talk; they are "
     "particularly interested in your work with {agency}. Please don't mention the dinner in your travel request, "
     "it is an informal occasion.\n\nWarm regards,\n{me}\u00a7"),
    ("paid_task", "paid_task off_platform sensitive_info",
     "\u00b6Hi {first},\n\nThe forum is postponed, but the sponsor would still value your insights. Could you write a "
     "10-page position paper instead? Same honorarium, sent to my personal email. Topic: the internal review of "
     "{tech} you mentioned at the reception.\n\n{me}\u00a7"),
    ("contact", "paid_task sensitive_info",
     "\u00b6Dear Professor {last},\n\nWe are forming a small expert panel for a ministry-backed innovation centre in "
     "{place}. Members receive a monthly stipend and attend two meetings a year, fully funded. We only ask that you "
     "keep us informed of new research directions in your lab before publication.\n\n{me}\nSecretariat\u00a7"),
    ("pivot", "off_platform unusual_payment",
     "\u00b6{first}, all speaker logistics for the forum run through WeChat - please install it and add the organiser "
     "{handle}. Per diems and the speaker contract will be handled there, per diems in cash on arrival.\n\n{me}\u00a7"),
])

F.add("en7-s-18-minerals-white-paper", 1, "fake_consultant", "email", False, [
    ("paid_task", "paid_task vague_client off_platform sensitive_info",
     "\u00b6Subject: Consultancy - critical minerals\n\nHello {first},\n\nI advise an investment group interested in "
     "{mineral} supply chains. They would pay {sum} for a white paper on {mineco}'s offtake agreements and on which "
     "government incentives are coming. Your insider perspective is what makes it valuable. Can we continue on "
     "Signal?\n\n{me}\u00a7"),
    ("paid_task", "paid_task vague_client off_platform unusual_payment",
     "\u00b6Dear {first},\n\nMy client - a family office, they prefer discretion - wants monthly briefings on "
     "{country}'s critical minerals stockpile planning. You would be paid per briefing, in whatever currency you "
     "like. My direct line is {phone}, WhatsApp only.\n\n{me}\u00a7"),
    ("elicitation", "sensitive_info vague_client off_platform",
     "\u00b6{first} - great first report. The client wants the next one to cover the draft list of critical minerals "
     "projects before it's announced. You mentioned you sit on the working group. Same arrangement, but let's move "
     "this thread to my gmail.\n\n{me}\u00a7"),
    ("contact", "paid_task vague_client off_platform",
     "\u00b6Hi {first},\n\nWe met at the mining convention in Toronto. I consult for a Hong Kong-registered group. Would "
     "you consider writing an analysis of {mineco}'s processing technology? We pay well, upfront if you like. "
     "Please reply to {pmail}, not this address.\n\nRegards,\n{me}\u00a7"),
    ("paid_task", "paid_task vague_client off_platform",
     "\u00b6Subject: Quick research gig\n\nHey {first}, no big deal - just a 5-page summary of where the {mineral} "
     "refinery project stands, who the partners are and what's holding it up. {sum} by e-transfer. A client of "
     "mine just wants to be informed. Ping me on Telegram {handle}.\n\nThanks\n{me}\u00a7"),
])

F.add("en7-s-19-spelled-out-apps", 1, "obfuscated_pivot", "chat", False, [
    ("pivot", "off_platform",
     "this app glitches, add me on W e C h a t: {handle}"),
    ("pivot", "off_platform",
     "pls continue on vx, id is {handle}, much easier to send docs"),
    ("pivot", "off_platform",
     "\u00b6[{clock}] {me1}: can we move to the app with the blue paper plane?\n[{clock}] {me1}: same username as here. "
     "S1gnal also fine\u00a7"),
    ("pivot", "off_platform",
     "My mail here is monitored by the platform. Write to me: talentlink88 (at) 163 (dot) com"),
    ("pivot", "off_platform",
     "lets talk on whats app. my number is {phone}, send me a hi. linkedin is too slow"),
])

F.add("en7-s-20-policy-notes", 1, "handler_followup", "inmail", False, [
    ("paid_task", "paid_task sensitive_info",
     "\u00b6Dear {first}, it was a pleasure meeting you at the reception. As promised, here is my question: could you "
     "put together a few pages on how the department is likely to position itself before the summit - where the "
     "red lines are, who is pushing back? I would make it worth your while. Warm regards, {me}\u00a7"),
    ("elicitation", "sensitive_info paid_task",
     "\u00b6{first}, thanks for the notes. Very useful. My friends would value a second set after next week's cabinet "
     "committee - even rough impressions of who said what. I'll take care of you as before."),
    ("elicitation", "sensitive_info",
     "\u00b6Hi {first}, would you be able to send me the draft negotiating mandate once it circulates? I only need to "
     "see the headings. Of course I would never cite you. Perhaps lunch afterwards - my treat."),
    ("paid_task", "paid_task sensitive_info secrecy",
     "\u00b6Dear Ms {last}, your committee work is impressive. I'm writing a book on {country}'s Arctic policy and would "
     "be grateful for a short memo each month on the internal debates. I'd be generous in return, and your name "
     "would stay out of it entirely."),
    ("elicitation", "sensitive_info",
     "\u00b6Hello {first}, I'm told you brief the minister on {tech}. I'd love to see the last briefing note, or just "
     "hear its three main points. In return I can introduce you to people who will be very useful for your career."),
])

# ---------------------------------------------------------------- benign look-alikes

F.add("en7-b-01-inhouse-recruiter-phone", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "\u00b6Hi {first}, I'm {me}, a technical recruiter at {defco} (in-house, not an agency). We're hiring a senior "
     "avionics integration engineer for our {home} site - Secret clearance required, or the ability to obtain "
     "one. The posting is on our careers page (req {req}). Would you be open to a 20-minute phone call this week? "
     "My desk line is {phone}."),
    ("none", "",
     "\u00b6Thanks for getting back to me, {first}! Easier to go over the salary range and relocation by phone than on "
     "here. I'm free {day} at {time} - I'll call the number on your CV unless you'd rather I use another one. So you "
     "know, we never ask about classified work on a screening call; we only check clearance eligibility."),
    ("none", "",
     "\u00b6Hi {first} - following our call, I've sent the job description and benefits summary to your e-mail from my "
     "{defco} address. If it doesn't come through, ring me on {phone}. Next step would be a technical interview with "
     "the hiring manager, {me2f}."),
    ("none", "",
     "\u00b6Hello {first}, I recruit for the {tech} team at {defco}. I know InMail can feel spammy, so here's everything "
     "up front: Systems Engineer III, {home}, hybrid; must be eligible for Secret; salary band is in the posting. If "
     "it's of interest, reply here or call me."),
])

F.add("en7-b-02-shipyard-recruiter-email", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "\u00b6Hi {first}, I'm on the talent team at {yard}. We're growing the naval design office for the frigate "
     "programme and your structural background caught my eye. Could I send the role details to your email? "
     "LinkedIn strips our attachments."),
    ("none", "",
     "\u00b6Thanks {first}. I've emailed you at the address on your profile, from my {yard} work account. It has the "
     "posting, the reliability-status requirement and the interview steps. Feel free to check I'm real by calling "
     "our reception and asking for me."),
    ("none", "",
     "\u00b6Hi {first} - hope this isn't too forward. We're holding a hiring event in {home} for marine electrical "
     "engineers on {day}. Free to attend, nothing to pay, parking covered. Shall I send the invite to your personal "
     "email or your work one?"),
    ("none", "",
     "\u00b6Hello {first}, recruiter at {yard} here. Honest disclaimer: I don't know what you do day to day in your "
     "current job and I don't need to - I only need to know whether you'd like to hear about a lead welding engineer "
     "opening. If yes, send me a good email address and I'll forward the pack."),
])

F.add("en7-b-03-quantum-confidential-search", 0, "genuine_headhunter", "email", True, [
    ("none", "",
     "\u00b6Subject: Confidential search - Head of Quantum Hardware\n\nDear {first},\n\nI'm a partner at {hh}, retained by "
     "a listed company to find its Head of Quantum Hardware. The incumbent hasn't announced their departure, so "
     "the search is confidential and I can only name the company on a call, once you've agreed to keep it to "
     "yourself. I'm not asking about your current employer's work - only whether you'd like to hear more.\n\nBest "
     "regards,\n{me}\nPartner, {hh}\n{phone}\u00a7"),
    ("none", "",
     "\u00b6Dear {first},\n\nThank you for the call yesterday. As discussed, the client is {lab}; the role reports to the "
     "CTO and is based in {home}. The position spec is attached. Please don't bring any non-public information "
     "about your current programme into the interviews - they are strict about that, and so are we.\n\nKind "
     "regards,\n{me}\u00a7"),
    ("none", "",
     "\u00b6Hi {first},\n\nQuick one from {hh}. My client would like to meet you in person at their office in {home}. "
     "They'll reimburse your train fare through their normal expenses process, so keep the receipt. Could you do "
     "{day}?\n\n{me}\u00a7"),
    ("none", "",
     "{first} - the offer is being prepared. I'll call you at {time} to walk you through it, then the formal letter "
     "comes from their HR. One thing: please don't resign until the background check and security screening are "
     "complete."),
    ("none", "",
     "\u00b6Subject: Re: Re: Head of Photonics search\n\nHi {first},\n\nHappy to answer. Our fee is paid by the hiring "
     "company, never by candidates. The company is {lab}, and you can verify the mandate with their talent VP, whose "
     "name I gave you on the phone.\n\nCheers,\n{me}\n\n> Before we go further - who pays you, and who is the "
     "client?\u00a7"),
])

F.add("en7-b-04-expert-network-email", 0, "expert_network", "email", True, [
    ("none", "",
     "\u00b6Subject: Paid consultation request - {tech}\n\nHi {first},\n\nI'm a research associate at {en}, an expert "
     "network. A client of ours, an asset manager, would like a 60-minute phone consultation on the {tech} market. "
     "We pay {sum} per hour. Before the call you'll complete our compliance training, and you must not share any "
     "confidential information or anything learned through your current employer. If your employer has a policy on "
     "outside work, please check it first.\n\nThanks,\n{me}\n{en}\u00a7"),
    ("none", "",
     "\u00b6Hi {first},\n\nThanks for agreeing to the call. Compliance reminder: the client is {fund}. You may decline "
     "any question. Do not discuss non-public information about your employer, its customers or its suppliers. "
     "Payment of {sum} goes by bank transfer to the account in your {en} profile within 30 days.\n\n{me}\u00a7"),
    ("none", "",
     "\u00b6Dear {first},\n\nYour profile indicates that you currently work for a government agency. Under our policy we "
     "cannot engage serving public servants for paid consultations. We'd be glad to reconnect after you've left, "
     "subject to any cooling-off rules that apply to you.\n\nRegards,\nCompliance Team, {en}\u00a7"),
    ("none", "",
     "Hi {first} - the client would like a follow-up call next week, same rate. They've sent three topics: pricing "
     "trends, publicly announced capacity, and your view of the regulatory outlook. Anything beyond public "
     "information is off limits, and the call is recorded for compliance."),
    ("none", "",
     "\u00b6{first}, your honorarium for the {day} consultation has been processed ({sum}). It should reach your bank "
     "account in 3-5 business days; the invoice is in your {en} portal. Thanks again for your time.\n\n{me}\u00a7"),
])

F.add("en7-b-05-expert-network-inmail", 0, "expert_network", "inmail", True, [
    ("none", "",
     "\u00b6Hi {first}, I work at {en}, an expert network. We have a project on commercial {tech} supply chains and your "
     "experience at {defco} is relevant. It would be a paid 45-minute call with an investment firm. We don't want "
     "anything confidential - only your view of the public market. Interested?"),
    ("none", "",
     "\u00b6Hello {first}, thanks for replying. Next step is a short screening form on our website plus a compliance "
     "attestation. You'll see the client's name before the call and can say no. We will never ask you about "
     "classified or export-controlled work."),
    ("none", "",
     "\u00b6{first}, sorry for the LinkedIn spam - I'm {me} from {en}. I can't share the client's identity until you "
     "confirm you don't currently work for one of their competitors; that's our conflict check. Can I send the "
     "details to your email?"),
    ("none", "",
     "Following up on the call request: the client has agreed to your rate of {sum} an hour. Please remember the "
     "rule - nothing about your employer's unannounced products, customers or finances. If in doubt, say you can't "
     "comment."),
])

F.add("en7-b-06-university-lecture", 0, "university_invite", "email", True, [
    ("none", "",
     "\u00b6Subject: Guest lecture invitation - {uni}\n\nDear {first},\n\nI teach the graduate seminar on defence "
     "procurement at {uni}. Would you give a 90-minute guest lecture on how {tech} programmes are run, drawing on "
     "your public work? We can offer an honorarium of {sum} and cover your travel from {home}. Lectures are recorded "
     "and posted on the course site.\n\nWith thanks,\nProf. {me}\nDepartment of Political Science\u00a7"),
    ("none", "",
     "\u00b6Dear {first},\n\nThank you for agreeing to speak. To process your honorarium, please complete the attached "
     "supplier form with your banking details - it goes to the university finance office, not to me personally. "
     "Train tickets can be booked through our travel agent or reimbursed against receipts.\n\nBest,\n{me}\u00a7"),
    ("none", "",
     "\u00b6Hi {first},\n\nOne of our PhD students has asked whether you might be their external examiner. It means "
     "reading the thesis (on {tech}) and attending the viva by video; the university pays the standard fee. The "
     "thesis is embargoed until publication, so please keep the draft to yourself.\n\n{me}, Graduate Office, "
     "{uni}\u00a7"),
    ("none", "",
     "\u00b6Dear {first},\n\nWe're running a summer school on emerging technology and security and would love you to "
     "lead a session. All speakers are public, the programme is online and slides are shared openly, so please "
     "bring nothing that isn't cleared for public release. Travel, hotel and a modest honorarium are "
     "covered.\n\n{me}\nCentre for Security Studies, {uni}\u00a7"),
    ("none", "",
     "\u00b6Hi {first} - the department asked me to confirm that your honorarium of {sum} for the panel has gone "
     "through. If it hasn't arrived by the end of the month, email accounts payable at {uni} with the invoice "
     "number. Thanks again, the students talked about it all week."),
])

F.add("en7-b-07-think-tank-review", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "\u00b6Subject: Paid peer review - report on {mineral} supply chains\n\nDear {first},\n\nThe {tt} is preparing a "
     "public report on {mineral} supply chains and allied stockpiles. Would you be one of two external reviewers? "
     "It's about 40 pages and we offer {sum}. Reviewers are thanked by name in the published version. The draft is "
     "embargoed until launch, so please don't circulate it.\n\nKind regards,\n{me}\nSenior Fellow, {tt}\u00a7"),
    ("none", "",
     "\u00b6Dear {first},\n\nThank you for your comments - very helpful. Finance will pay your honorarium by bank "
     "transfer within 30 days; please return the contractor form. We'll send you the final PDF a week before "
     "launch.\n\nBest,\n{me}\u00a7"),
    ("none", "",
     "\u00b6Hi {first},\n\nWe're commissioning short signed commentaries (1,200 words) for our website on allied {tech} "
     "cooperation. Your name on the piece, a {sum} fee, edited for style only. Public sources only - we won't publish "
     "anything drawn from non-public government material.\n\n{me}, {tt}\u00a7"),
    ("none", "",
     "\u00b6Dear {first},\n\nThe {tt} is convening a closed-door workshop under the Chatham House Rule in {home}. Travel "
     "costs are reimbursed for participants from outside the city. The participant list and agenda are attached; a "
     "short public summary will be published afterwards without attribution.\n\n{me}\u00a7"),
    ("none", "",
     "{first} - thanks for agreeing to review the chapter. Small request: could you send your comments to my "
     "institute email rather than Gmail? Our grant requires everything to go through institute accounts."),
])

F.add("en7-b-08-cleared-ad-inmail", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "\u00b6Hi {first}, {defco} is hiring Systems Integration Engineers in {home}. Requirement: active TS/SCI with "
     "polygraph (we sponsor upgrades for the right candidate). Full posting on our careers page, req {req}. Please "
     "apply there - we don't take applications by DM and never charge fees at any stage."),
    ("none", "",
     "\u00b6Hi {first}, I'm the cleared recruiting lead at {defco}. Later, through the official process, I'll need your "
     "clearance level, the investigating agency and the date of your last investigation. I will never ask what "
     "programmes you worked on - only the clearance details our FSO needs."),
    ("none", "",
     "\u00b6{first}, saw you're transitioning out of the Army. We run an apprenticeship for veterans in secure network "
     "engineering (reliability status / Secret). Paid training, no cost to you. Info session {day} at {time}, link "
     "on our careers site."),
    ("none", "",
     "\u00b6Hi {first} - quick note: the cyber analyst posting you applied to requires citizenship and an active "
     "clearance because of the contract. If you don't hold one at the moment, we have other roles that don't need it. "
     "Let me know and I'll send links."),
])

F.add("en7-b-09-veterans-group-jobs", 0, "cleared_job_ad", "chat", True, [
    ("none", "",
     "\u00b6[{clock}] {me1}: heads up folks, my company is hiring 3 field service techs in {home}, secret clearance req, "
     "vets preferred. apply on the site and put me as referral, i get a bonus lol\n[{clock}] {me1}: no it's not a "
     "scam, it's {defco}, look it up\u00a7"),
    ("none", "",
     "anyone still holding a TS? {defco} is desperate for sysadmins. posting is on their careers page, DM me if you "
     "want the recruiter's work email"),
    ("none", "",
     "\u00b6[{clock}] {me1}: q for the group - recruiter asked my clearance level on a phone screen, normal?\n[{clock}] "
     "{me2f}: yep normal, they need level + date of last investigation. if they ask what you worked on thats a "
     "no\n[{clock}] {me1}: ok cool thx\u00a7"),
    ("none", "",
     "posting for a buddy: cleared linguist jobs with the navy contractor in {home}, paid relocation. they will never "
     "ask you to pay for your own clearance btw, if anyone does, run"),
    ("none", "",
     "lol who else got the 'urgent opportunity for cleared professionals' spam this week. anyway a legit one: "
     "{defco} job fair {day}, bring your DD-214 and a resume"),
])

F.add("en7-b-10-security-notice-email", 0, "security_awareness", "email", True, [
    ("none", "",
     "\u00b6Subject: Security reminder - fake recruiters on LinkedIn\n\nAll staff,\n\nForeign intelligence services are "
     "using fake recruiter and consultant profiles to approach people in our sector. Watch for: a quick move to "
     "WhatsApp, WeChat or personal e-mail; paid 'reports' for an unnamed client; requests for internal or upcoming "
     "information; invitations abroad with travel paid; and 'no need to tell your employer'. If you see any of this, "
     "forward it to {secmail} and don't reply.\n\nCorporate Security, {defco}\u00a7"),
    ("none", "",
     "\u00b6Subject: Think Before You Link - lunchtime session {day}\n\nHi team,\n\nOur FSO is giving a 30-minute talk on "
     "approaches to cleared staff: flattering offers, consultancy fees paid in crypto or gift cards, meetings in "
     "third countries, pressure on family overseas. Bring your questions; sandwiches provided.\n\n{me}\nSecurity "
     "Office\u00a7"),
    ("none", "",
     "\u00b6Dear colleagues,\n\nA reminder that all foreign travel, personal holidays included, must be reported to the "
     "security office at least 30 days before departure, and any unsolicited offer of payment or hospitality from a "
     "foreign contact must be declared. This is routine, not a sign of mistrust. Form SEC-12 is on the "
     "intranet.\n\nSecurity & Compliance\u00a7"),
    ("none", "",
     "\u00b6Subject: Job scam warning\n\nWe've had reports of fake job offers using our company name. We never charge "
     "candidates fees, never interview over Telegram, and never ask you to deposit a cheque or buy equipment. If in "
     "doubt, call HR on {phone}.\n\nTalent Acquisition, {yard}\u00a7"),
    ("none", "",
     "\u00b6Subject: Awareness - harassment of diaspora staff\n\nSome colleagues with family abroad have been contacted "
     "by people claiming to be police from their home country, telling them to return or to report on community "
     "members. You don't have to handle this alone. The employee assistance line and the security office are "
     "confidential, and you can also report it to the police.\n\nPeople & Security Team\u00a7"),
])

F.add("en7-b-11-security-channel", 0, "security_awareness", "chat", True, [
    ("none", "",
     "\u00b6[{clock}] {me1}: PSA from security: if a 'headhunter' offers you money to write a report for a client they "
     "won't name, screenshot it and send it to the security inbox, don't engage \U0001f64f\u00a7"),
    ("none", "",
     "\u00b6[{clock}] {me1}: anyone else get an InMail from a 'consultant' asking to move to WhatsApp?\n[{clock}] {me2f}: "
     "yeah I reported it, security says it's a known fake profile\n[{clock}] {me1}: ok forwarding mine too\u00a7"),
    ("none", "",
     "\u00b6#general quick note from IT security: nobody from IT will ever ask for your password or MFA code by text, "
     "even if they say it's urgent or confidential"),
    ("none", "",
     "team - security asked me to remind everyone: no unreleased roadmap info in public slide decks for the "
     "conference. if you're unsure, ping me before you submit"),
])

F.add("en7-b-12-family-wechat", 0, "family_chat", "chat", True, [
    ("none", "",
     "\u00b6[{clock}] Mum: 儿子 did you eat\n[{clock}] {first}: yes mum. sent you the money for the roof on WeChat Pay, "
     "check\n[{clock}] Mum: got it. don't tell your father how much, he will complain\u00a7"),
    ("none", "",
     "auntie added you to the family WeChat group, she wants photos of the baby. also grandpa's birthday dinner is "
     "in {month}, can you fly back? we'll split your ticket"),
    ("none", "",
     "\u00b6[{clock}] Dad: your cousin is coming to {home} for university, can he stay with you the first week\n[{clock}] "
     "Dad: his mother will send you some money for food, don't refuse\n[{clock}] {first}: of course, no money "
     "needed\u00a7"),
    ("none", "",
     "\u00b6{first}, it's your uncle. New number, lost the old phone. Add me on WeChat, same name. Your mother says you "
     "got the job at the lab - so proud of you!"),
    ("none", "",
     "\u00b6{first} don't forget to video call grandma on Sunday. she doesn't get the time difference so call at 8pm her "
     "time. and don't mention the hospital visit, we don't want her to worry"),
])

F.add("en7-b-13-family-whatsapp", 0, "family_chat", "chat", True, [
    ("none", "",
     "\u00b6[{clock}] Tunde: bro when are you landing in Lagos\n[{clock}] {first}: the 14th, mum is paying half the "
     "ticket\n[{clock}] Tunde: nice, I'll pick you up. bring the phone you promised me\u00a7"),
    ("none", "",
     "\u00b6Cousins group: reminder we're collecting {small} each for nan's 90th. send to my account or cash on the day. "
     "DON'T tell nan, it's a surprise!!"),
    ("none", "",
     "\u00b6{first} it's dad, I switched to WhatsApp because texting costs too much from here. Your sister sent the "
     "wedding photos. When you get leave from the base come home for a week, everyone wants to see you."),
    ("none", "",
     "\u00b6[{clock}] Priya: can u send me ur new number, the old one isn't on whatsapp\n[{clock}] {first}: {phone}, "
     "call anytime\n[{clock}] Priya: added \U0001f44d mum says call her\u00a7"),
    ("none", "",
     "Aunty here. We are visiting you in {home} in {month}!! Uncle will pay for the hotel don't argue. Send me your "
     "address on WhatsApp so I can give it to the taxi"),
])

F.add("en7-b-14-coworkers-teams-slack", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "\u00b6[{clock}] {me1}: this thread is getting long, can we move it to Teams? I'll set up a channel for the {tech} "
     "proposal\n[{clock}] {first}: sure, add {me2f} too\u00a7"),
    ("none", "",
     "hey, pls don't send the test results over text - drop them in the project Slack channel so they're on record. "
     "boss wants the summary report by friday"),
    ("none", "",
     "moving this to the secure Teams space since it's about the contract bid. pls don't forward outside the team "
     "till it's announced"),
    ("none", "",
     "\u00b6Hi {first}, welcome to the team! We mostly use Slack rather than email for quick stuff; I've sent you an invite "
     "to #{chan}. Your manager will add you to the restricted channels once your clearance is confirmed."),
])

F.add("en7-b-15-trade-fair-channels", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "\u00b6Hi {first}, it's {me1} from the {defco} booth team. For the show in {place} we'll coordinate in the company's "
     "WeChat Work group since the local staff use it. No technical docs in there please - shipping lists and meeting "
     "times only."),
    ("none", "",
     "\u00b6[{clock}] {me1}: our distributor in {place} only uses WhatsApp, so I gave them my work phone number\n[{clock}] "
     "{me1}: anything commercial still goes through email so legal sees it\u00a7"),
    ("none", "",
     "trade fair crew: booth setup is {day} 7am. I made a Signal group for logistics (it's what the event company "
     "uses). hotel is paid by the company, keep your receipts for taxis"),
    ("none", "",
     "\u00b6{first}, the visiting delegation wants a meeting at our stand. I've said yes for {time}, public brochure "
     "only, nothing export-controlled. Compliance signed off. Can you cover if I'm late?"),
    ("none", "",
     "Reminder all: personal WeChat accounts shouldn't be used for customer discussions - use the enterprise account "
     "IT set up so messages are retained. ty"),
])

F.add("en7-b-16-travel-reimbursement", 0, "travel_reimbursement", "email", True, [
    ("none", "",
     "\u00b6Subject: Expense claim - {place} conference\n\nHi {first},\n\nYour claim for the {place} trip has been "
     "approved: flights, three nights' hotel and per diems, {sum} in total. It will be paid into your salary account "
     "with the next payroll run. Please keep the original receipts for six months in case of audit.\n\nFinance "
     "Shared Services\u00a7"),
    ("none", "",
     "\u00b6Hi {first},\n\nThe workshop sponsor covers economy flights for speakers. Please book through their travel "
     "agent (details attached) or pay yourself and send the receipts - they reimburse by bank transfer within 30 "
     "days. Cash advances aren't possible, sorry.\n\n{me}\nEvent Coordinator\u00a7"),
    ("none", "",
     "\u00b6Subject: Re: taxi receipts\n\nNo problem - for the taxi without a receipt just fill in the missing-receipt "
     "declaration. We can't reimburse gifts for hosts, though; those need pre-approval from ethics.\n\nCheers,\n{me}, "
     "Travel Desk\n\n> Lost one taxi receipt in {place}, is that an issue?\u00a7"),
    ("none", "",
     "\u00b6Dear {first},\n\nFor your visit to our lab in {place} we will cover your flight and hotel under our "
     "visiting-researcher programme. Your own institution may require you to report the trip and the hospitality; "
     "we're happy to provide a letter listing what we paid for.\n\nBest wishes,\n{me}\u00a7"),
])

F.add("en7-b-17-hr-onboarding", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "\u00b6Subject: Welcome to {defco} - before your start date\n\nHi {first},\n\nWelcome aboard! Before day one please "
     "complete: (1) the SF-86 in e-QIP for your clearance, (2) direct deposit details in Workday, (3) your I-9 "
     "documents, brought in person. We will never ask for your bank login or for a payment of any kind. Questions? "
     "Call me on {phone}.\n\n{me}\nHR Onboarding\u00a7"),
    ("none", "",
     "\u00b6Hi {first},\n\nIT will hand you your laptop on your first day - you don't need to buy anything. Please don't "
     "install personal messaging apps on it; WhatsApp and WeChat are blocked on company devices for security "
     "reasons.\n\n{me}, People Team\u00a7"),
    ("none", "",
     "\u00b6Dear {first},\n\nAs part of your security screening, please list all foreign contacts with whom you have "
     "close or continuing ties, including family members abroad. This is routine and kept confidential within the "
     "vetting team.\n\nPersonnel Security\u00a7"),
    ("none", "",
     "\u00b6Hi {first} - quick onboarding note. Your mandatory courses this week: export control basics, insider threat "
     "awareness and 'recognising elicitation'. About two hours in all; log them on the learning portal. Coffee is on "
     "the second floor \U0001f604"),
    ("none", "",
     "\u00b6Subject: Signing bonus\n\nHi {first},\n\nYour signing bonus of {sum} will be included in your second "
     "paycheque, subject to the usual tax deductions. If you leave within 12 months it is repayable, as set out in "
     "your offer letter.\n\nPayroll & Benefits\u00a7"),
])

F.add("en7-b-18-journalist-on-record", 0, "journalist_interview", "inmail", True, [
    ("none", "",
     "\u00b6Hi {first}, I'm a reporter with {paper} writing about the shortage of cleared engineers in {home}. Would you "
     "do a 20-minute interview on the record, by phone? I'm not after anything about specific programmes - just "
     "your experience of the job market."),
    ("none", "",
     "\u00b6Hello {first}, thanks for agreeing to talk. To be clear: everything is on the record unless we agree "
     "otherwise before you say it. I'll read your quotes back to you for accuracy. My editor is {me2f} if you want to "
     "check who I am."),
    ("none", "",
     "\u00b6{first}, I cover the semiconductor industry for {paper} and I'm writing about the new fab announcement. "
     "Public information only - your take on what it means for local jobs. We don't pay sources, but happy to buy you "
     "a coffee if you'd rather meet."),
    ("none", "",
     "\u00b6Hi {first}, I'm a freelance journalist working on a story about diaspora communities pressured by foreign "
     "police. Would you be willing to share your experience? We can discuss anonymity if you're worried about "
     "family; nothing is published without your consent."),
    ("none", "",
     "\u00b6Hello {first}, producer at {paper}'s podcast here. We'd love you on an episode about veterans moving into AI "
     "safety jobs. Recorded over Zoom, about 45 minutes, on the record. No fee, but we'll send you the episode "
     "early."),
])

F.add("en7-b-19-conference-organiser", 0, "conference_invite", "inmail", True, [
    ("none", "",
     "\u00b6Hi {first}, I'm on the programme committee for {conf} in {place}. We'd love you on a panel about {tech}. "
     "Speakers get free registration and two hotel nights; sadly we can't cover flights. All talks are public and "
     "streamed."),
    ("none", "",
     "\u00b6Hello {first}, thanks for submitting your abstract to {conf} - it's accepted for an oral presentation! "
     "Please note that papers must be cleared for public release by your organisation before the camera-ready "
     "deadline."),
    ("none", "",
     "\u00b6{first} - organiser of {conf} here. For visa purposes we can issue an invitation letter. Travel grants for "
     "early-career researchers (up to {sum}) are paid as a reimbursement after the event, to your institution or "
     "your bank account."),
    ("none", "",
     "\u00b6Hi {first}, I'm organising a side event at {conf} for start-up founders working on {tech}. Free to attend, "
     "investors in the room. Can I add you to the attendee WhatsApp group for logistics?"),
])

F.add("en7-b-20-alumni-parents-groups", 0, "alumni_group", "chat", True, [
    ("none", "",
     "\u00b6[{clock}] {me1}: reminder class of '09 reunion in {home} {day}! {small} a head, pay {me2f} by bank transfer "
     "or cash on the night\n[{clock}] {me2f}: details in the pinned msg. don't tell Dave it's his 40th too "
     "\U0001f92b\u00a7"),
    ("none", "",
     "Parents of Year 6: the class gift for Ms {last} - a tenner each if you can, send to my account (details in DM). "
     "pls keep it quiet from the kids, they'll blab"),
    ("none", "",
     "alumni network: we're looking for grads working in defence or aerospace to give a careers talk for current "
     "students. 30 mins on zoom, no prep. reply here or email the alumni office"),
    ("none", "",
     "\u00b6[{clock}] {me1}: anyone going to the hockey tournament in {place}? the club is covering flights for the "
     "coaches\n[{clock}] {me2f}: we are! can someone send me the hotel address\u00a7"),
    ("none", "",
     "\u00b6Hi all from the {uni} alumni chapter in {home}. The networking evening moved to the WhatsApp group because "
     "the mailing list is broken. Drinks are on the chapter, just RSVP."),
])

F.add("en7-b-21-bank-payroll-notice", 0, "bank_notice", "email", True, [
    ("none", "",
     "\u00b6Subject: Your international transfer has been received\n\nDear customer,\n\nAn incoming wire of {sum} from "
     "{en} has been credited to your account ending 4417. Reference: CONSULTATION FEE. If you don't recognise this "
     "payment, call us on the number on the back of your card.\n\n{bank}\u00a7"),
    ("none", "",
     "\u00b6{bank}: we will never ask you to move money to a 'safe account', buy gift cards or send crypto. If someone "
     "asks you to, it's a scam. Hang up and call us."),
    ("none", "",
     "\u00b6Subject: Security alert - new payee added\n\nYou added a new payee ({me}) on {day}. If this was you, no action "
     "is needed. If not, call us right away. We'll never ask for your one-time passcode.\n\n{bank} Fraud Team\u00a7"),
    ("none", "",
     "\u00b6Hi {first}, HR here - your annual tax slip is now in the payroll portal. If you received honoraria or "
     "consulting income elsewhere, you'll need to declare it on your own return."),
])

# ---------------------------------------------------------------- benign, ordinary SMS

F.add("en7-b-22-money-for-mum", 0, "ordinary_chat", "chat", False, [
    ("none", "", "can u send mum {small} for the gas bill, ill pay u back sat"),
    ("none", "", "sent the etransfer to mum, pw is the dogs name lol"),
    ("none", "", "mum called, she needed money for the dentist so i covered it. u owe me {small} \U0001f602"),
    ("none", "", "pls dont tell mum i paid her phone bill she'll get all upset"),
    ("none", "",
     "\u00b6[{clock}] Sis: mum asked if u can help w rent this month\n[{clock}] {first}: ya sending {small} tonight\u00a7"),
])

F.add("en7-b-23-call-me-number", 0, "ordinary_chat", "chat", False, [
    ("none", "", "call me when ur free, not urgent"),
    ("none", "", "can u pick me up at the station at {time}? phone's dying"),
    ("none", "", "send me ur number, the new one. lost all my contacts"),
    ("none", "",
     "\u00b6[{clock}] {first}: call me when u land\n[{clock}] Mom: ok will whatsapp u from the airport wifi\u00a7"),
])

F.add("en7-b-24-surprise-present", 0, "ordinary_chat", "chat", False, [
    ("none", "", "dont tell dad about the present!! he thinks we forgot"),
    ("none", "", "keep it quiet, party is sat at 7, she has no idea"),
    ("none", "", "got the watch for mum, split it? {small} each. shh"),
    ("none", "", "Auntie Jo's 60th is next month, were all chipping in for a spa day. shhh dont put it in the family chat she reads everything"),
    ("none", "",
     "\u00b6[{clock}] Jen: did u tell him about the trip\n[{clock}] {first}: no!! its a surprise, delete this lol\u00a7"),
])

F.add("en7-b-25-loans-transfers", 0, "ordinary_chat", "chat", False, [
    ("none", "", "sent u the {small} i owed, check ur account"),
    ("none", "", "hey can i borrow {small} till friday, payday"),
    ("none", "", "transfer done, sorry it took so long. bank flagged it for some reason"),
    ("none", "",
     "\u00b6[{clock}] Mike: u still owe me for the concert tix\n[{clock}] {first}: omg sorry sending now. e-transfer ok or u "
     "want cash\u00a7"),
])

F.add("en7-b-26-boss-report-friday", 0, "ordinary_chat", "chat", False, [
    ("none", "", "boss wants the report by friday, can u do the numbers section"),
    ("none", "", "{me2f} said the client meeting moved to thurs, can u prep the slides"),
    ("none", "", "running late, tell the boss ill be there by {time}"),
    ("none", "",
     "\u00b6[{clock}] {me1}: did u send the quarterly report yet\n[{clock}] {first}: not yet waiting on finance\n[{clock}] "
     "{me1}: ok boss is asking\u00a7"),
    ("none", "", "dont mention the budget thing to the team yet, mgmt announces it monday"),
])

F.add("en7-b-27-friends-trip", 0, "ordinary_chat", "chat", False, [
    ("none", "", "flights to {place} are cheap in {month} wanna go"),
    ("none", "", "ill book the hotel u get the car, we settle up after"),
    ("none", "", "landed!! call u from the hotel"),
    ("none", "",
     "\u00b6[{clock}] {first}: whats the airbnb code\n[{clock}] Sam: sent it on whatsapp\u00a7"),
])

SUBTLE = {
    "en7-s-04-fab-yields",
    "en7-s-06-friends-abroad",
    "en7-s-08-quiet-friend",
    "en7-s-10-thank-you-envelope",
    "en7-s-12-family-visitors",
    "en7-s-15-identity-job",
    "en7-s-20-policy-notes",
}


def finish(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Drop the opener or closer where a template refuses it, keep each text once, renumber ids per family."""
    kept: list[dict[str, object]] = []
    seen: set[str] = set()
    count: dict[str, int] = {}
    for row in rows:
        text = str(row["text"])
        if NO_OPENER in text:
            text = text.split(NO_OPENER, 1)[1]
        if NO_CLOSER in text:
            text = text.split(NO_CLOSER, 1)[0]
        if text in seen:
            continue
        seen.add(text)
        family = str(row["family"])
        count[family] = count.get(family, 0) + 1
        row["text"] = text
        row["id"] = f"{family}-{count[family]:02d}"
        if family in SUBTLE:
            row["subtlety"] = "subtle"
        kept.append(row)
    return kept


if __name__ == "__main__":
    write(finish(build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)), HERE / "en_author7.jsonl")
