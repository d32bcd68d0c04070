"""en_author13: LinkedIn-register training messages from a thirteenth English hand, heavy on look-alikes.

Written by a project engineer (an AI assistant) by hand from the threat description in
``../shared/DESIGN.md`` and public warnings (CSIS 2023, NPSA/MI5 "Think Before You Link", FBI guidance)
only: blind to the rule packs, to the rest of the training corpus and to every evaluation set. Every
template below was written for this file; every person, firm, institute, handle and number is invented
(``example`` domains, fiction-range numbers such as ``+44 7700 900xxx`` and ``555-01xx``). Public bodies
and places appear only as context.

The angle is the register where most real approaches and most honest recruiter messages live: connection
notes, InMails, follow-ups ("just bumping this"), replies in a thread ("Re:", a quoted line, a forwarded
header), voice-note transcripts and calendar-invite texts, mostly 10-80 words, plus chat lines and a
share of longer e-mails with signatures.

- Suspicious (label 1): the funnel in those registers - flattering contact with a vague client, the move
  off the platform, paid write-ups for an unnamed party, drift to what is not public, a paid trip to meet
  the sponsor or a closed-door forum abroad, secrecy, odd payment, pressure on diaspora family, deposit and task scams. Twelve of the 23
  families are **subtle**: no app name, no "client", no fee or pay word, no "confidential", no "report"
  (checked below against ``TELLTALE``); the intent shows only in what is asked.
- Benign (label 0): in-house and agency recruiters who name the company, role and salary band (some move
  to WhatsApp or a personal address for scheduling), expert networks that name their firm, pay for an
  hour and refuse non-public information, think tanks and universities paying for public work, conference
  organisers abroad covering travel, journalists on the record, colleagues on the work channel, bid teams
  on a public tender, security notices quoting the warning signs, family chats about visits, health,
  money for relatives and a wedding, cleared job adverts, government recruiters, start-up founders
  looking for advisers, a PhD student with ethics approval, a podcast host, onboarding through the
  official portal, a consultant invoicing a named client, travel and payroll notices, a diaspora
  community association; four plain
  families (ordinary chat, work e-mail, platform notifications, congratulations).

Each template is instantiated ``PER_TEMPLATE`` times with slots from ``POOLS``; openers and closers are
drawn from pools shared by both classes, one pair of pools per register (chat, InMail, transcript,
e-mail). Run: ``.venv/bin/python data/corpus/raw/en_author13_source.py`` (rewrites ``en_author13.jsonl``
byte for byte).

Counts, as printed by ``.venv/bin/python data/corpus/raw/en_author13_source.py --stats``:
501 messages in 57 families: 202 suspicious in 23 families (106 subtle messages in 12 families); 299 benign in
  34 families (264 look-alike messages in 30 look-alike families).
Length, suspicious: long (>120) 54, medium (21-120) 80, short (<=20 words) 68.
Length, benign: long (>120) 89, medium (21-120) 122, short (<=20 words) 88.
Stages (suspicious): elicitation 47, meeting 27, contact 21, paid_task 21, pivot 18, secrecy 18, coercion 17,
  job_scam 17, payment 16.
Registers: chat 181, inmail 152, email 143, transcript 25.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 1320261122
PER_TEMPLATE = 3
OUT = Path(__file__).with_name("en_author13.jsonl")

# Stock words that a subtle message must not carry (checked at build time).
TELLTALE = re.compile(
    r"whats\s?app|wechat|telegram|\bsignal\b|gmail|proton|\bvx\b|\bwx\b|weixin|@|[$£€¥]|\bclients?\b"
    r"|\bfees?\b|\bpa(?:y|id|ying|yment)s?\b|\bcash\b|crypto|bitcoin|usdt|\bmoney\b|reward|honorari"
    r"|stipend|gift card|deposit|cheque|confidential|secret|classified|between us|internal|non-public"
    r"|\breports?\b|police|\breturn|don't tell|your employer",
    re.IGNORECASE,
)

POOLS: dict[str, list[str]] = {
    "name": ["Dana", "Priyanka", "Tomasz", "Helen", "Marcus", "Aisha", "Owen", "Lena", "Farid", "Grace", "Kenji", "Sofia"],
    "sender": ["Jordan Ellery", "Marta Kowalczyk", "Sam Okafor", "Lucy Brandt", "Ravi Menon", "Claire Dufresne"],
    "firm": ["Northvale Systems", "Brightwater Avionics", "Keystrel Microdevices", "Halden Grid Solutions",
             "Orbisant Telecom", "Larchmont Robotics", "Fenwick Photonics", "Tessaly Energy Storage"],
    "agency_firm": ["Pellworth Search", "Ashcombe Talent", "Greyfield Recruitment", "Marlow & Vane Associates"],
    "sector": ["radar", "satellite communications", "chip packaging", "grid-scale storage", "5G core networks",
               "turbine coatings", "machine-learning infrastructure", "hypersonic testing", "avionics software"],
    "role": ["Senior Systems Engineer", "Principal RF Engineer", "Staff ML Engineer", "Lead Verification Engineer",
             "Programme Manager", "Test & Evaluation Lead", "Firmware Engineer"],
    "band": ["£78k–£92k", "$145,000–$170,000", "€85k–€100k", "CAD 120k–140k", "£95k–£110k", "$118,000–$132,000"],
    "network": ["Meridian Insight Partners", "Calloway Expert Network", "Brookline Advisory Panel",
                "Quorum Bridge Research", "Tallis Expert Calls"],
    "rate": ["$350", "£300", "$400", "€325", "£250", "$500"],
    "rate2": ["£4,800", "$7,200", "€5,600", "£3,150"],
    "industry": ["an institutional investor", "a private equity fund", "a semiconductor equipment maker's strategy team",
                 "a utility's planning department", "a management consultancy working for a telecoms operator"],
    "uni": ["the University of Eastmoor", "Harrowgate University", "Kingsbridge Institute of Technology",
            "St Aldric's College", "the University of Wenlock"],
    "tank": ["the Corvell Institute", "the Tamsin Policy Forum", "the Lindqvist Centre for Security Studies",
             "the Hartwell Foundation"],
    "city": ["Singapore", "Macau", "Dubai", "Istanbul", "Kuala Lumpur", "Shenzhen", "Bangkok", "Hong Kong"],
    "city2": ["Lisbon", "Seoul", "Vienna", "Edinburgh", "Toronto", "Munich"],
    "conf": ["the Ostend Radar Symposium", "EuroGrid Futures 2025", "the Pacific Chip Packaging Forum",
             "AeroSystems Week", "the Nordic Telecoms Summit"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["09:00", "10:30", "13:15", "14:00", "16:30"],
    "phone": ["+44 7700 900142", "+1 555-0143", "+44 7700 900517", "+1 555-0178", "+44 7700 900388"],
    "handle": ["j.ellery.recruits@example.com", "marta.k.talent@example.net", "sam.okafor.hiring@example.org"],
    "project": ["the Kestrel upgrade", "Block 4", "the Tern bid", "Project Halyard", "the Mk3 seeker",
                "the Harrier radar refresh", "the new fab line"],
    "outlet": ["The Harbour Ledger", "Aerospace Weekly Review", "Tech Policy Dispatch", "Grid & Power Monthly"],
    "topic": ["the new export-control rules", "the announced fab expansion", "the grid-storage auction",
              "the spectrum auction results", "the published defence review", "the satellite licensing changes"],
    "startup": ["Quillmoor Labs", "Vantari Robotics", "Ostrel AI", "Cobbwell Energy"],
    "podcast": ["Ground Truth Weekly", "The Loaded Bus", "Tolerances", "Off the Bench"],
    "agency": ["the Defence Engineering Agency", "the National Cyber Directorate", "the Office for Space Capability"],
    "tender": ["Lot 2 — coastal radar maintenance", "the regional 5G backhaul framework",
               "the battery storage tender (ref. GS-114)", "the airfield lighting contract"],
    "month": ["March", "April", "June", "September", "October", "November"],
    "amount": ["USD 2,000", "$1,500", "£1,200", "€2,500", "USD 3,000"],
    "ref": ["4471", "5093", "3328", "6120", "2785"],
}

# Openers and closers: one pair of pools per register, each shared by both classes.
CHAT_OPENERS = ["", "", "", "", "[09:41] ", "[21:07] ", "[12/05/2024, 18:22] ", "[Sat 14:03] "]
CHAT_CLOSERS = ["", "", "", "", " thanks", " 🙂", " 👍", " x"]
INMAIL_OPENERS = ["", "", "", "", "Subject: Quick question\n\n", "Subject: Hello\n\n", "Subject: Re: your profile\n\n"]
INMAIL_CLOSERS = [
    "",
    "",
    "\n\nThanks,\nJordan",
    "\n\nBest,\nMarta Kowalczyk · Talent Partner",
    "\n\nCheers, Sam",
    "\n\nKind regards,\nDr Ines Carvalho",
    "\n\nBest wishes,\nRavi Menon, Associate Director",
]
TRANSCRIPT_OPENERS = ["", "", "", "Shared from mobile:\n"]
TRANSCRIPT_CLOSERS = ["", "", "", "\n\n(Transcribed automatically — may contain errors)"]
EMAIL_OPENERS = ["", "", "", "Date: Tue, 14 May 2024 09:12\n", "Date: Thu, 6 June 2024 16:40\n"]
EMAIL_CLOSERS = [
    "\n\nBest regards,\nMarta Kowalczyk\nSenior Associate",
    "\n\nKind regards,\nOwen Pryce | Director",
    "\n\nThanks,\nR. Lindqvist",
    "\n\nAll the best,\nHannah\n\nSent from my phone",
    "\n\nWarm regards,\nDr Tobias Reinholt\nProgramme Lead",
    "\n\nBest,\nK. Asante\nPrincipal",
]

CHAT, INMAIL, TRANSCRIPT, EMAIL = Families(), Families(), Families(), Families()
SUBTLE: set[str] = set()


def subtle(family: str) -> str:
    """Register a suspicious family as subtle (no telltale word) and hand its id back."""
    SUBTLE.add(family)
    return family


# ---------------------------------------------------------------- suspicious: contact

INMAIL.add("en13-s-01-flattering-headhunter", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting vague_client",
     "Came across your profile while searching for people with active clearance in {sector} — very impressive "
     "background. I represent a client in the advisory space who is building a small circle of experts. "
     "Discreet, flexible, well rewarded. Would you be open to a short chat this {day}?"),
    ("contact", "credential_targeting vague_client",
     "Your time on {project} really stands out, {name}. I'm a headhunter retained by a client overseas who values "
     "hands-on {sector} people, especially those still holding a clearance. Part-time, remote, and the client "
     "prefers not to be named at this stage. Interested?"),
    ("contact", "credential_targeting vague_client paid_task",
     "quick note — we're mapping senior {sector} engineers with security clearance for a client of ours. Nothing "
     "formal yet, mostly consulting, very competitive rates. your profile was top of the list. shall i send more "
     "details?"),
])

INMAIL.add(subtle("en13-s-02-curious-connection"), 1, "fake_acquaintance", "inmail", False, [
    ("contact", "credential_targeting",
     "Hi {name}, I saw you moved across to {project}. Congratulations — that team doesn't take many people. I'd "
     "love to connect and hear how the work is split between your site and the prime. Who else would you say is "
     "worth knowing there?"),
    ("contact", "credential_targeting",
     "Fellow {sector} person here. I keep hearing your group is the one to watch this year. Would you accept a "
     "connection? I'm especially curious which of your colleagues hold the clearances for the test range — just "
     "trying to understand how the teams fit together."),
    ("contact", "credential_targeting secrecy",
     "Sorry for the cold note. You were recommended by someone who worked with you on {project}. I bring together "
     "small groups of practitioners who compare notes informally: no slides, no recording, no names. Could I add "
     "you and ask a couple of questions about how your programme is organised?"),
])

# ---------------------------------------------------------------- suspicious: pivot

CHAT.add("en13-s-03-move-to-app", 1, "fake_recruiter", "chat", False, [
    ("pivot", "off_platform", "I'm hardly ever on here. Add me on WhatsApp {phone}, easier to talk"),
    ("pivot", "off_platform", "this site eats my messages, can we move to Telegram? same name as here"),
    ("pivot", "off_platform vague_client",
     "my client only uses WeChat, search {phone} and say you're the {sector} contact"),
])

INMAIL.add(subtle("en13-s-04-off-here-quietly"), 1, "fake_consultant", "inmail", False, [
    ("pivot", "off_platform secrecy",
     "Thanks for getting back to me. I'd rather not go into detail on this site — too many eyes on it, and they "
     "keep everything. Is there a number I can text you on? I'll explain properly there."),
    ("pivot", "off_platform secrecy",
     "Good to hear from you, {name}. Before we go further, could you give me a personal address rather than the "
     "work one? Your company's system scans what comes in and I'd like our conversation to stay readable to the "
     "two of us only. Nothing dramatic, just how I prefer to work."),
    ("pivot", "off_platform",
     "Rather than messaging here, could we talk on your own phone this evening, not the office one? Drop me the "
     "number you use at home. I find people speak more freely once they're away from their desks."),
])

# ---------------------------------------------------------------- suspicious: tasking

EMAIL.add("en13-s-05-paid-write-up", 1, "fake_consultant", "email", False, [
    ("paid_task", "paid_task vague_client secrecy",
     "Subject: Short paid assignment — {sector} outlook\n\nDear {name},\n\nThank you for the call yesterday. As "
     "discussed, my client, an investment consultancy based in {city}, would like a short report (3–5 pages) on "
     "where {sector} is heading over the next two years, with your own view of the main programmes and "
     "suppliers. They pay {amount} per report on delivery, and there could be one a month if the first is "
     "useful.\n\nThe client prefers not to appear in correspondence, so please address everything to me. There is "
     "no need for references or a formal contract at this stage; I will handle the paperwork on my side. Could "
     "you manage a first draft by {day} week? If the topic is awkward for you, suggest another and I will check "
     "with them."),
    ("paid_task", "paid_task vague_client off_platform",
     "Subject: Re: white paper\n\n> I could write something general, but I'm not sure what they need.\n\nGeneral "
     "is perfect to start with. The client is a research group in {city} that follows {sector} closely. A white "
     "paper of around 2,000 words on how procurement decisions are made in your area would be ideal — who is "
     "consulted, how long it takes, what slows it down. The fee is {amount}, half now and half on delivery.\n\n"
     "They appreciate people who write from experience rather than from public sources, so the more of your own "
     "perspective, the better. Please send the text to me directly, from a personal address and not through your "
     "company's system; the client is particular about that.\n\nPS: if you know a colleague who could add the "
     "purchasing side, I'd be glad of an introduction; the client pays the same rate for a second view."),
    ("paid_task", "paid_task vague_client sensitive_info client_meeting",
     "Subject: Follow-up on our chat\n\nHi {name},\n\nIt was good to speak on {day}. I've now had feedback from my "
     "client. They liked your background on {project} very much and would like to commission an analysis piece "
     "on the state of {sector} testing in your country — around ten pages, in your own words. The payment is "
     "{amount}, and they are flexible about how you receive it.\n\nTo be clear, they're not after anything "
     "sensitive, only your professional assessment. That said, the more specific the better: named sites, "
     "timelines, who the main engineers are. If this goes well they have a longer-term advisory role in mind, "
     "with a trip to meet them once things are settled. Let me know by {day} whether you're interested, and which "
     "address I should use for the next steps."),
])

EMAIL.add(subtle("en13-s-06-small-side-project"), 1, "handler_followup", "email", False, [
    ("paid_task", "paid_task vague_client sensitive_info secrecy",
     "Subject: A small idea\n\nDear {name},\n\nThank you again for the conversation on {day}; I learned more in an "
     "hour with you than in a month of reading. The people I work with read your comment on {topic} and would "
     "like more of that. Would you put together a few pages for them on how your team sees the next eighteen "
     "months: which programmes are likely to slip, which suppliers are in trouble, where the budget is really "
     "going? Nothing polished, and no need for references.\n\nThey always make it worth people's while, and they "
     "are quick about it. I would suggest we keep the arrangement informal for now — no contracts, no invoices, "
     "nothing that needs explaining to anyone. If the first piece is useful there will be more, on a regular "
     "basis.\n\nI look forward to hearing what you think."),
    ("paid_task", "paid_task vague_client sensitive_info secrecy",
     "Subject: Monthly notes?\n\nHi {name},\n\nFollowing our chat — the group I advise would like a short note "
     "from you once a month on what's moving in {sector}. Your own observations, not what's in the trade press: "
     "who is hiring and who is quietly letting people go, which test campaigns have been pushed back, which "
     "partners your management has stopped trusting. Half a page is plenty.\n\nThey'll look after your time "
     "generously and won't need anything in writing from your side — no contract, no forms, nothing with your "
     "name on it. Most people in your position find it easy to fit around work, and nobody at the office needs to "
     "know it exists. If it suits you, the first note could cover the last quarter, and we'd go from there."),
    ("paid_task", "paid_task vague_client sensitive_info secrecy",
     "Subject: Side project\n\nWould you be up for a small side project? A research group I'm close to wants a "
     "practitioner's view of {project}: what's working, what's late, which suppliers are struggling, and what the "
     "programme office says about it in meetings that never make the minutes. Two or three pages, in your own "
     "words.\n\nThey're generous with people who help them, and discreet about it. You wouldn't be the first "
     "engineer from your site to do this for them, and the others have been very happy with how things were "
     "handled. If you prefer, we can do it as a conversation rather than a document: I take notes, you just talk, "
     "and nothing goes through your work accounts.\n\nHave a think and let me know."),
])

# ---------------------------------------------------------------- suspicious: elicitation

CHAT.add("en13-s-07-nothing-classified", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info",
     "nothing classified obviously, just what's being said internally about {project}"),
    ("elicitation", "sensitive_info", "could you send the internal schedule for the next test? won't go anywhere else"),
    ("elicitation", "sensitive_info vague_client",
     "the client only wants the non-public bits, the rest they can read themselves"),
])

CHAT.add(subtle("en13-s-08-not-announced-yet"), 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info vague_client",
     "the people I work with were hoping for more about what hasn't been made public yet"),
    ("elicitation", "sensitive_info", "any idea who's on the shortlist for {project} before it's announced?"),
    ("elicitation", "sensitive_info",
     "what did the review board actually decide on {day}? the version that isn't on the website"),
])

INMAIL.add(subtle("en13-s-09-just-bumping"), 1, "handler_followup", "inmail", False, [
    ("elicitation", "sensitive_info",
     "Just bumping this, {name}. Did you get a chance to look out those figures from last month's trials? Even "
     "rough numbers would help — I know the final versions won't be out for a while, which is exactly why "
     "they're interesting."),
    ("elicitation", "sensitive_info",
     "Hi again — circling back on my last message. I'm still keen to see the slides from your programme review "
     "before they go round more widely. A photo of the printed pages would be fine if that's easier than a file."),
    ("elicitation", "sensitive_info",
     "Following up on {day}'s note. You mentioned the team had a new estimate for when {project} goes into "
     "service. Could you share the date they're really working to, rather than the one in the press release?"),
])

# ---------------------------------------------------------------- suspicious: meeting

EMAIL.add("en13-s-10-meet-the-sponsor", 1, "handler_followup", "email", False, [
    ("meeting", "client_meeting vague_client secrecy paid_task",
     "Subject: Invitation — {city}\n\nDear {name},\n\nMy client was very pleased with your last piece and would "
     "like to meet you in person. They propose {city} at the end of {month}: business-class flights, five nights "
     "at a good hotel and all expenses are covered by them, and you would receive a further {amount} for your "
     "time. The meeting itself is informal, a long dinner and a morning session with two of their senior "
     "people.\n\nPlease book the time as annual leave rather than a work trip; it keeps things simple. I will send "
     "the e-tickets to your personal address once you confirm dates. Passport details can come to me directly.\n\nThey have asked me to say how much they value your work so "
     "far; they rarely extend this kind of invitation after only two pieces."),
    ("meeting", "client_meeting vague_client secrecy sensitive_info",
     "Subject: Re: next steps\n\n> Happy to keep helping but I can't travel much this year.\n\nUnderstood, and the "
     "client is flexible. They would only need three days. {city} is easy from where you are, and they will "
     "arrange everything — flights, hotel, a driver. Several of the experts they work with go once a year; it's "
     "where the real conversations happen, as they prefer not to discuss detail by e-mail.\n\nIf a family member "
     "would like to come along, that can be arranged too. Let me know which week suits and I will take care of "
     "the rest. There's no need to mention the trip at work; as far as anyone needs to know it's a holiday, and "
     "in a sense it is.\n\nThey also asked whether you could bring the printed version of the test summary you "
     "mentioned, to go through together over dinner."),
    ("meeting", "client_meeting vague_client unusual_payment secrecy sensitive_info off_platform",
     "Subject: Workshop in {city}\n\nOur partners are organising a small closed workshop on {sector} in {city} and "
     "would like you to attend as a guest expert. The client covers your flights, hotel and a daily allowance, "
     "paid in cash on arrival so you don't have to deal with invoices. There will be no published programme or "
     "attendee list; it's a private exchange between practitioners and the client's own analysts.\n\nThey would "
     "be grateful if you brought along any material from your current work that could support the discussion. "
     "Dates are flexible in {month}.\n\nIf you'd like to bring a colleague from your team who works on the same "
     "programme, they would be very welcome under the same arrangements. Please reply to this address rather than "
     "your work one, and let me know your preferred airport."),
])

INMAIL.add(subtle("en13-s-11-come-and-see-them"), 1, "handler_followup", "inmail", False, [
    ("meeting", "client_meeting vague_client",
     "They'd really like to meet you face to face, {name}. {city}, any week in {month} — flights and hotel arranged "
     "on our side, you'd just need to bring yourself. And your laptop, if the notes are still on it."),
    ("meeting", "client_meeting secrecy",
     "Good news: the director would like to thank you in person. Could you get to {city} for a long weekend? "
     "Everything is taken care of. Best not to book it through the office travel desk — we'll do all that."),
    ("meeting", "client_meeting vague_client",
     "Would you come over for a couple of days? The team there wants to walk through your notes with you "
     "properly, somewhere quieter than a video call. Tickets in your name, a nice hotel in {city}, nothing for "
     "you to organise."),
])

# ---------------------------------------------------------------- suspicious: secrecy and payment

CHAT.add("en13-s-12-keep-it-quiet", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy", "let's keep this between us, no need to tell your employer"),
    ("secrecy", "secrecy", "don't mention me to your security officer, they make everything complicated"),
    ("secrecy", "secrecy", "delete this thread once you've read it, yeah? don't tell anyone at {project} we talk"),
])

CHAT.add(subtle("en13-s-13-not-a-work-thing"), 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy", "probably best not to mention our chats at work, people get the wrong idea"),
    ("secrecy", "secrecy", "use your home laptop for this one rather than the office one"),
    ("secrecy", "secrecy", "if anyone asks, we met at the conference in {month} and that's all"),
])

CHAT.add("en13-s-14-odd-payment", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment", "they'll send it in USDT, just give me a wallet address"),
    ("payment", "unusual_payment secrecy",
     "easier if we pay your brother's account instead of yours, no questions from your bank"),
    ("payment", "unusual_payment", "I can bring it in cash when I'm in town on {day}, or gift cards if you prefer"),
])

CHAT.add(subtle("en13-s-15-roundabout-thanks"), 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment", "could the thank-you go to your sister instead? it's simpler on our end"),
    ("payment", "unusual_payment", "I'll leave an envelope at the front desk of your gym on {day}"),
    ("payment", "unusual_payment secrecy", "would vouchers work? we'd rather it didn't pass through your bank"),
])

# ---------------------------------------------------------------- suspicious: coercion

CHAT.add("en13-s-16-family-pressure", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Your mother had a visit from the local police again. It would be best for everyone if you return before "
     "the new year."),
    ("coercion", "coercion",
     "we know where your parents live. tell us who comes to the Saturday meetings and they won't be bothered"),
    ("coercion", "coercion",
     "The office here says your brother's job is under review. Come back and report to them in {month} and it "
     "will be settled."),
])

CHAT.add(subtle("en13-s-17-come-home-for-tea"), 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "[Voice note, 0:38] It's your uncle. Some men came asking about you again. They were polite. They said things "
     "would be easier for your father if you came home for the holiday and spoke to them yourself."),
    ("coercion", "coercion",
     "They asked me for the names of the people at your Sunday group. I said I didn't know. Please just send them "
     "the list so they stop coming here."),
    ("coercion", "coercion",
     "Dad's passport application is stuck again. The man at the office said it would move if you visited him "
     "while you're here in {month}."),
])

# ---------------------------------------------------------------- suspicious: job scams

EMAIL.add("en13-s-18-deposit-job", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam unusual_payment off_platform",
     "Subject: Offer — Remote Data Analyst\n\nDear candidate,\n\nCongratulations, you have been selected for the "
     "remote Data Analyst position (USD 38/hour, flexible hours). Before onboarding you need to purchase the "
     "company laptop and software package from our approved vendor for $420; this is refunded with your first "
     "salary.\n\nPlease reply from your personal e-mail so HR can send the vendor's payment details. Do not use "
     "the job board's messaging, as our HR system cannot read it. Positions are limited, so kindly confirm within "
     "24 hours to keep your place. We look forward to welcoming you to the team and wish you a successful career "
     "with us.\n\nNote: the equipment vendor only accepts bank transfer to their agent or Bitcoin; card payments "
     "are not possible for security reasons."),
    ("job_scam", "job_scam unusual_payment off_platform",
     "Subject: Part-time opportunity\n\nHi! I'm a recruiter for an online marketing agency and your CV came to us "
     "from a job site. We pay 200–500 USDT a day for simple app-rating tasks, about 30 minutes of work, no "
     "experience needed. After the first three tasks you top up your account to unlock higher commissions; most "
     "of our members double their balance in the first week.\n\nTraining is given by a mentor on Telegram. Reply "
     "with your age and country and I will send the link. Spaces in this round are limited, so please answer "
     "today if you are interested. Many housewives and students already work with us. Withdrawals are processed every "
     "Friday once your level is unlocked, and as our company is registered abroad the tasks are paid in crypto "
     "only."),
    ("job_scam", "job_scam unusual_payment",
     "Subject: Interview result — Document Reviewer\n\nDear applicant,\n\nThank you for completing the chat "
     "interview. Your application for the Document Reviewer role has been approved. A cheque for {amount} will "
     "arrive by courier this week. Deposit it, keep your first week's salary and send the rest as gift cards to "
     "our equipment supplier, who will ship your workstation.\n\nDo not discuss the process with your bank, as "
     "this delays onboarding. Photos of the gift card codes should be sent to your supervisor by text message. "
     "Your start date will be confirmed once the equipment is delivered. If the cheque has not arrived by {day}, "
     "tell us and we will send a replacement. Please keep the courier's tracking number safe. Welcome aboard.\n\n"
     "HR Onboarding Team\nRemote Operations Division\n(This mailbox is not monitored. Reply to the number in the "
     "interview chat.)"),
])

CHAT.add(subtle("en13-s-19-tasks-then-top-up"), 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam", "hello, part-time role, rate 40 videos a day from home, first day is a free trial"),
    ("job_scam", "job_scam unusual_payment",
     "you finished level 1 well done! to open level 2 add 150 to your balance first, then you get it all back plus "
     "commission"),
    ("job_scam", "job_scam", "Hi, your CV was passed to us. Simple online tasks, 1 hour a day, earn 80-300 daily. Reply YES"),
])

# ---------------------------------------------------------------- suspicious: transcripts and invites

TRANSCRIPT.add("en13-s-20-voice-notes-and-invites", 1, "handler_followup", "transcript", False, [
    ("elicitation", "vague_client sensitive_info paid_task off_platform",
     "[Voice note, 1:12] Hi, it's me again. So the client loved the first piece. They'd like the next one to cover "
     "the upcoming bid — who's pricing what, if you can get a look at it. Same fee, same way as last time. Call me "
     "on WhatsApp when you're out of the office."),
    ("elicitation", "off_platform sensitive_info vague_client paid_task",
     "Invitation: Catch-up re. your report\nWhen: {day} {time} (45 min)\nWhere: Telegram call — link to follow\n"
     "Notes: please have the internal test numbers to hand; the client joins for the last 15 minutes."),
    ("elicitation", "sensitive_info off_platform vague_client",
     "[Voice note, 0:52] Hey {name}. Quick one. The people in {city} want to know if the new budget figures are out "
     "internally yet. They can't wait for the public version. Send whatever you have to the gmail, not the work "
     "one. Cheers."),
])

EMAIL.add(subtle("en13-s-21-thread-drift"), 1, "handler_followup", "email", False, [
    ("elicitation", "sensitive_info vague_client",
     "Re: following up\n\nOn {day}, you wrote:\n> Happy to keep chatting, but I'm not sure how much I can add "
     "beyond what's published.\n\nThat's kind of you, and you add more than you think. The published material is "
     "fine as far as it goes, but it tells the people I work with very little about how decisions are actually "
     "made. What would help most is a sense of which suppliers your team is leaning towards on {project}, ahead "
     "of any announcement, and how far apart the bids are.\n\nYou don't need to send documents. A few lines from "
     "memory would do, or we could go through it on a call some evening. Whatever you're comfortable with. I'll "
     "make sure your help is remembered.\n\nBy the way, do you still see the colleague you mentioned who moved to "
     "the test range? I'd love an introduction."),
    ("elicitation", "sensitive_info vague_client client_meeting",
     "Re: Re: lunch next month\n\n> Lunch sounds nice. Any particular topic?\n\nNothing formal at all. I enjoy "
     "these conversations and I always learn something. If it's not awkward, I'd love to understand how the new "
     "{sector} facility is coming along: the real timetable, not the one in the newsletter, and whether the "
     "problems with the second supplier were ever solved. People outside your building have no idea, and the "
     "group I advise is trying to plan around it.\n\nIf you happen to have the latest site plan or the schedule "
     "chart, bring a copy and we can look at it together over coffee. No need to bring anything you'd have to "
     "sign out. I'll book somewhere quiet near your office; let me know which day."),
    ("elicitation", "sensitive_info vague_client",
     "Fwd: programme question\n\n---------- Forwarded message ---------\nFrom: A. Moreau\nDate: {day}\nSubject: "
     "programme question\n\nCould our friend tell us whether the second-phase trials have slipped, and by how "
     "much? Also how many engineers are on the team now.\n----------\n\n{name}, passing on the question above from "
     "the group I mentioned. They're very grateful for your earlier thoughts, which were more useful than anything "
     "they've been able to find elsewhere. If you could give them a sense of the slip and the headcount — even "
     "approximate — it would help them a great deal. I know these numbers are usually kept close, which is why "
     "your view matters to them. No rush; before the end of {month} would be ideal. And if it's easier to talk it through than to write it "
     "down, I'm around most evenings."),
])

INMAIL.add(subtle("en13-s-22-visiting-fellowship"), 1, "fake_think_tank", "inmail", False, [
    ("contact", "credential_targeting paid_task vague_client secrecy",
     "Dear {name}, our institute in {city} hosts a few visiting fellows from industry each year. Fellows write "
     "short briefing notes on their specialism for our members, who are senior people from government and "
     "business. The fellowship is generously supported and can be done alongside your current role, with no need "
     "to change your arrangements at work. May I tell you more?"),
    ("elicitation", "sensitive_info",
     "I'm a postgraduate researcher writing about {sector} supply chains and I'd be very grateful for your help. "
     "Rather than an interview, could you share the working documents your team uses to plan supplier audits? "
     "I'll keep your name out of it, and my supervisor has said we can look after contributors well."),
    ("paid_task", "paid_task vague_client secrecy",
     "Hello, I coordinate an informal study circle on {topic} for officials from several countries. We'd like to "
     "invite you to contribute regular written pieces drawn from your day-to-day work — the more practical, the "
     "better. Contributors are looked after and we handle everything quietly. Would you be open to a first "
     "conversation?"),
])

EMAIL.add("en13-s-23-closed-door-forum", 1, "fake_conference", "email", False, [
    ("meeting", "client_meeting unusual_payment secrecy sensitive_info off_platform",
     "Subject: Invitation — International Forum on Advanced {sector}, {city}\n\nDear {name},\n\nOn behalf of the "
     "organising committee, it is my honour to invite you as a distinguished speaker to our forum in {city} this "
     "{month}. All costs are covered by our sponsors: business-class flights, a suite at the venue hotel and a "
     "speaker's honorarium of {amount}, paid in cash at the venue for your convenience.\n\nThe forum is a "
     "closed-door event: there is no public programme, and we kindly ask you not to share the invitation. Our "
     "sponsors are particularly interested in practical experience from current programmes, so we would be "
     "grateful if your talk could include figures and test results that have not yet appeared in journals. A "
     "private dinner with the sponsors' senior representatives is planned for the second evening.\n\nPlease send "
     "a copy of your passport and your personal mobile number to this address, and we will arrange everything."),
    ("meeting", "client_meeting secrecy unusual_payment sensitive_info",
     "Subject: Re: forum in {city}\n\n> Thank you. I'd need to check with my employer first.\n\nOf course, "
     "although many of our speakers find it simpler to attend in a personal capacity, taking a few days of leave, "
     "so that no approval process is needed. The invitation is to you as an individual expert, not to your "
     "company. The sponsors will cover your flights and hotel in any case, and the honorarium of {amount} can be "
     "transferred to any account you choose, including a family member's.\n\nFor the closed session, the "
     "sponsors have suggested a topic: the main technical obstacles your team is facing on {project} and how you "
     "expect to solve them. Slides need not be formal; handwritten notes are perfectly acceptable. We keep no "
     "recordings. Please let me know your decision by {day}, as the hotel needs names this week."),
    ("meeting", "client_meeting secrecy unusual_payment sensitive_info vague_client",
     "Subject: Your visit — practical arrangements\n\nDear {name},\n\nWe are delighted that you will join us in "
     "{city}. Our driver will meet you at arrivals holding a sign with your first name only. Please leave your "
     "work phone and laptop at home; the venue provides everything you need, and many guests prefer to travel "
     "light.\n\nOn the second day, after the public session, two representatives of our sponsor would like an "
     "hour with you privately to discuss a longer-term advisory role. They are very interested in your "
     "experience with {sector} testing and would value any material you can bring, in print rather than digital. "
     "Everything discussed will remain strictly between you and them. Your per diem will be handed to you in an "
     "envelope on arrival; no receipts are needed."),
])

# ---------------------------------------------------------------- benign: recruiters

INMAIL.add("en13-b-01-inhouse-recruiter", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "Hi {name}, I'm a talent partner at {firm}. We're hiring a {role} for our {sector} team in Bristol — hybrid, "
     "salary band {band} plus bonus and pension. Your work looks like a strong fit. Could you send me an up-to-date "
     "CV, or would a 20-minute call on {day} suit better? The job spec is on our careers page, reference NV-{ref}."),
    ("none", "",
     "Hello {name} — I recruit for {firm}'s engineering group. We have an opening for a {role}, permanent, {band}, "
     "based at our Reading site with two days from home. The role needs SC clearance or eligibility, which your "
     "profile suggests you'd meet. If you're curious, reply with a good time for a call and I'll share the full "
     "description."),
    ("none", "",
     "Hi {name}, hope you don't mind a direct message. {firm} is growing its {sector} team and I think you'd be "
     "great for our {role} opening. Band is {band}; details of the interview process (two technical rounds, one "
     "panel) are in the attached job pack. Happy to answer questions here or by phone."),
])

INMAIL.add("en13-b-02-agency-named-client", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "Hi {name}, I'm with {agency_firm}, a recruitment agency. My client is {firm} — I can name them because the "
     "role is advertised: {role}, {band}, on site in Derby. If you're interested it's often quicker to sort "
     "interview slots on WhatsApp; my work mobile is {phone}. Otherwise e-mail is perfectly fine."),
    ("none", "",
     "Thanks for replying! For scheduling, feel free to message me on WhatsApp ({phone}) — I'm out visiting "
     "candidates most of this week. All the formal stuff (offer, references, right-to-work checks) goes through "
     "{firm}'s own HR portal, so nothing important happens on chat."),
    ("none", "",
     "Quick update on the {firm} {role} role: the hiring manager would like a call on {day}. Could you send your CV "
     "to my work address or, just for today, to my personal e-mail {handle}? Our mail server is down. I'll forward "
     "it to {firm}'s recruitment team straight away."),
])

CHAT.add("en13-b-03-recruiter-bump", 0, "genuine_recruiter", "chat", True, [
    ("none", "", "just bumping this — still keen to chat about the {role} role at {firm}?"),
    ("none", "", "Re: {role} at {firm} — no worries if the timing's wrong, happy to stay in touch"),
    ("none", "", "following up: the band for the {firm} role is {band}, does that work for you?"),
])

# ---------------------------------------------------------------- benign: expert networks, think tanks, universities

EMAIL.add("en13-b-04-expert-network-call", 0, "expert_network", "email", True, [
    ("none", "",
     "Subject: Paid consultation request — {sector} (1 hour)\n\nDear {name},\n\nI'm a research associate at "
     "{network}, an expert network. One of our clients, {industry}, would like a one-hour phone consultation on "
     "general trends in {sector}: market structure, typical lead times, and how buyers evaluate suppliers. The "
     "fee is {rate} for the hour, paid by bank transfer through our platform.\n\nPlease note: we do not want, and "
     "you must not share, any confidential or non-public information about your current or former employers, "
     "including anything covered by an NDA. Before the call you will complete a short compliance attestation "
     "confirming that you are permitted to consult and will speak only from public information and general "
     "experience. If your employer requires approval, we can provide a letter describing the engagement.\n\n"
     "Would any time next {day} work?"),
    ("none", "",
     "Subject: Re: consultation — compliance form\n\n> Before I agree, what exactly would they ask?\n\nGood "
     "question. The client, {industry}, has shared a list of topics: pricing trends over the last five years, how "
     "the market has reacted to {topic}, and which technologies you think will matter by 2030. Nothing about your "
     "employer's own plans, customers or contracts; the moderator will stop the call if it goes there.\n\nThe "
     "attestation on {network}'s portal asks you to confirm that you are not a current government employee, that "
     "you have no confidentiality obligations that would be breached, and that you won't disclose material "
     "non-public information. Your fee of {rate} is paid within 10 days of the call. Happy to send our compliance "
     "policy as a PDF."),
    ("none", "",
     "Subject: Thank you — payment confirmation\n\nDear {name},\n\nThanks again for speaking with our client "
     "({industry}) on {day}. Your fee of {rate} has been approved and will reach your registered bank account "
     "within five business days; the remittance advice will come from {network}'s finance team.\n\nAs a reminder, "
     "our terms forbid passing on confidential information, and our compliance team reviews a sample of call "
     "transcripts. Nothing in your call raised any concern. If you'd like to be considered for future projects, "
     "please keep your profile up to date, including any change of employer, so that we can run conflict checks "
     "before we contact you.\n\nPlease also remember to declare the fee to your employer if your contract "
     "requires it; we can provide a summary of the engagement for that purpose."),
])

INMAIL.add("en13-b-05-expert-network-inmail", 0, "expert_network", "inmail", True, [
    ("none", "",
     "Hi {name}, I work for {network}. A client of ours — {industry} — would like to speak with someone who knows "
     "{sector} for a 60-minute paid call ({rate}). We only discuss public, non-confidential topics and you'll sign "
     "a compliance attestation first. Would you be open to it?"),
    ("none", "",
     "Hello {name}, {network} here. We're arranging short paid phone consultations ({rate}/hour) on {topic} for "
     "{industry}. Please don't accept if your employer's policy forbids outside consulting — we'd rather lose the "
     "call than put you in an awkward spot. No confidential information, ever."),
    ("none", "",
     "Thanks for your interest! As you're currently at a government agency we can't set up this call — our "
     "compliance rules exclude serving public servants. Sorry for the bother; we've noted it on your profile. "
     "— {network} research team"),
])

EMAIL.add("en13-b-06-think-tank-commission", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "Subject: Invitation to review a draft paper\n\nDear {name},\n\nI'm the programme manager at {tank}. We're "
     "about to publish a policy paper on {topic} and would value a peer review from someone with industry "
     "experience. The paper draws only on public sources; we'd ask for written comments of about two pages "
     "within three weeks. We pay reviewers an honorarium of {rate}, and your name would appear in the "
     "acknowledgements unless you'd prefer otherwise.\n\nIf your employer needs to approve outside work, I'm happy "
     "to send a formal letter. The full draft and our review guidelines are attached.\n\nThe review is on the public record: we publish "
     "reviewers' names on the paper's landing page, and your comments go to the authors without edits. Our "
     "conflict-of-interest form is two questions long."),
    ("none", "",
     "Subject: Commissioned paper — {topic}\n\nHi {name},\n\nFollowing the roundtable, the board of {tank} has "
     "approved a commissioned paper on {topic}. The author is paid {rate} on publication, the paper appears under "
     "your name on our website and in our journal, and it goes through our usual editorial review. We don't "
     "expect or want any non-public material; every claim needs a public citation.\n\nWould you be interested? We "
     "would need an outline by the end of {month}, and I can share two recent commissioned papers so you can see "
     "the format and length we usually aim for. The editorial board also asks authors to declare any outside "
     "funding or affiliations, which we publish with the paper. Happy to talk it through by phone first."),
    ("none", "",
     "Subject: Re: talk in {month}\n\n> Would travel be covered?\n\nYes — {tank} covers economy travel and two "
     "nights' accommodation under our expenses policy, and we reimburse against receipts after the event. There "
     "is also a speaker's fee of {rate}. The session is public and recorded; the video and your slides go on our "
     "website afterwards, so please only include material you're happy to publish. Our events team will be in "
     "touch about the running order and the AV check on the morning.\n\nIf your employer's policy doesn't allow "
     "you to accept a fee, just tell us and we'll cover travel only, or donate the fee to a charity of your choice "
     "— several speakers do that. We'll also need a short bio and a photo for the programme, which goes online "
     "two weeks before the event."),
])

INMAIL.add("en13-b-07-university-talk", 0, "university_invite", "inmail", True, [
    ("none", "",
     "Dear {name}, I organise the engineering seminar series at {uni}. Would you give a public talk on your career "
     "in {sector} to our final-year students? We offer a small speaker's fee of {rate} and reimburse train travel. "
     "The talk would be on a {day} afternoon in term time."),
    ("none", "",
     "Hi {name}, our department at {uni} is inviting industry speakers for a paid guest lecture series. The topic "
     "is yours to choose, as long as it's public — we record and publish the lectures. Travel and one night's "
     "hotel are reimbursed through the university's expenses system."),
    ("none", "",
     "Hello {name}, I'm on the organising committee for the industry day at {uni}. We'd love you on the careers "
     "panel. There's no fee, I'm afraid, but we cover travel and lunch, and you'd meet a lot of very keen "
     "students."),
])

EMAIL.add("en13-b-08-conference-abroad", 0, "conference_invite", "email", True, [
    ("none", "",
     "Subject: Speaker invitation — {conf}, {city}\n\nDear {name},\n\nOn behalf of the programme committee, I'm "
     "delighted to invite you to speak at {conf} in {city}. Your talk would sit in the session on {topic} (25 "
     "minutes plus questions). As an invited speaker, your economy flights and three nights at the conference "
     "hotel are covered by the organisers, and registration is waived.\n\nPlease book flights through our travel "
     "agent, Harbourline Travel, whose details are on the speaker page. The full programme and the speaker list "
     "are published on the conference website, and all sessions are open to registered attendees. Let us know by "
     "{day} whether you can accept, and send a title and a 150-word abstract by the end of {month}. We're happy to answer questions by e-mail or "
     "on a call."),
    ("none", "",
     "Subject: Re: {conf} — travel and visa\n\n> Thanks. Do I need a visa, and who handles the hotel?\n\nThe hotel "
     "is booked centrally by the conference office; you'll receive the confirmation in your name. For the visa, "
     "we'll send an official invitation letter from the organising university — most delegates from your country "
     "apply online. If your employer has a travel-approval process, the letter includes the agenda and the "
     "funding source, which usually helps.\n\nFlights are reimbursed after the conference against the e-ticket "
     "and boarding passes, within 30 days, to the bank account you give on the speaker form.\n\nIf you'd like to extend your stay for personal "
     "travel, that's fine: the conference pays for the conference nights and you arrange the rest. A local SIM "
     "card is included in the welcome pack at registration."),
    ("none", "",
     "Subject: {conf} — speaker logistics\n\nDear speakers,\n\nA few practical notes before {conf} in {city}. "
     "Slides are due by {day}; the session chairs will check timing. Please don't include anything your "
     "organisation hasn't cleared for public release — all talks are streamed. Airport pickups are arranged for "
     "arrivals on the Sunday, and the WhatsApp group for speakers is only for logistics (delays, taxi meeting "
     "points).\n\nThe speakers' dinner is on the first evening at the conference hotel. Dietary requirements to "
     "the registration desk, please. We look forward to welcoming you.\n\nFinally, a reminder that the "
     "organisers never ask speakers for payment of any kind, and we will never contact you from a personal "
     "address. If you receive anything that looks like it comes from us but asks for money, or for passport "
     "scans outside the official speaker form, please forward it to the conference office."),
])

INMAIL.add("en13-b-09-journalist-on-record", 0, "journalist_interview", "inmail", True, [
    ("none", "",
     "Hi {name}, I'm a reporter at {outlet}. I'm writing about {topic}, announced last week, and would like a "
     "comment from an engineer in the field — on the record, with your name and title, or just your title if your "
     "press office prefers. Happy to go through your company's communications team if that's easier."),
    ("none", "",
     "Hello {name}, {outlet} here. We're doing a piece on {topic}. I'm only after your view on what's already "
     "public — the announcement and the published figures. I'll send you any quotes to check before publication. "
     "Could you do 15 minutes by phone on {day}?"),
    ("none", "",
     "Thanks for agreeing to speak. Just to confirm the ground rules: everything is on the record unless you say "
     "otherwise before you say it, and I'll describe you as '{role}, {firm}'. If your comms team wants to sit in, "
     "that's absolutely fine."),
])

# ---------------------------------------------------------------- benign: work

CHAT.add("en13-b-10-colleague-work-channel", 0, "coworker_channel", "chat", True, [
    ("none", "", "can you send me the draft of the board slides before Thursday?"),
    ("none", "", "is the internal review for {project} still on {day} or did it move?"),
    ("none", "", "moving this to Teams, easier to share the confidential deck there"),
])

EMAIL.add("en13-b-11-public-tender", 0, "procurement_notice", "email", True, [
    ("none", "",
     "Subject: {tender} — bid team kick-off\n\nTeam,\n\nThe contract notice for {tender} was published on the "
     "government tender portal this morning. The submission deadline is noon on the 14th of {month}. "
     "Clarification questions go through the portal only — please don't contact the authority's staff directly "
     "while the procurement is live.\n\nKick-off is {day} at {time} in Room 3. Pricing stays within the commercial "
     "team and is marked confidential under our bid procedures; the technical volume will be shared on the bid "
     "SharePoint. Please bring your CV updates for the key-personnel annex.\n\nIf anyone outside the bid team asks about "
     "our approach, including former colleagues now at competitors, please decline politely and let me know. The "
     "bid library has last year's winning submission for reference."),
    ("none", "",
     "Subject: Clarification responses published — {tender}\n\nAll,\n\nThe contracting authority has published "
     "its answers to the second round of clarification questions. Two changes affect us: the social-value "
     "weighting rises to 15%, and the mobilisation period is now eight weeks. Both are public on the portal, so "
     "every bidder sees them.\n\nReminder: we're in a blackout with the authority's evaluators until the award. "
     "Any approach from them, or from anyone asking about our pricing, goes straight to the bid manager. Updated "
     "compliance matrix to follow by close of play {day}.\n\nI've updated the bid plan for the new weighting, and "
     "the social-value lead will circulate a revised commitments table tomorrow. Please review your sections "
     "against the new requirement before the colour review. Thanks all."),
    ("none", "",
     "Subject: Re: {tender} outcome\n\n> Any news on the award?\n\nYes — we've received the standstill letter. We "
     "came second on quality and third on price. The letter gives our scores and the winner's, which we can share "
     "with the team; the full evaluation stays with commercial. A debrief with the authority is booked for {day} "
     "at {time}. Thanks, everyone, for the work on this one; lessons-learned session to follow once the debrief "
     "notes are in.\n\nThe debrief is our chance to understand where we lost marks, so please send me any "
     "questions you'd like to put to the authority by the day before. I'll write up the key points and circulate "
     "them to the wider team, with a short note for the framework we're bidding for next spring, where the same "
     "authority is evaluating."),
])

EMAIL.add("en13-b-12-security-awareness", 0, "security_awareness", "email", True, [
    ("none", "",
     "Subject: Security awareness — fake recruiters on social media\n\nAll staff,\n\nThink Before You Link. We've "
     "seen a rise in approaches to colleagues from people posing as recruiters or consultants. The warning signs "
     "are usually the same: flattery and an unnamed \"client\"; a request to move to WeChat, WhatsApp or Telegram "
     "early on; offers of payment for \"reports\" or \"white papers\"; questions that drift towards internal or "
     "confidential information; an invitation to meet the client abroad with travel paid; and requests to keep it "
     "between you and them.\n\nNever move to WeChat with a recruiter you do not know. If you're unsure about an "
     "approach, screenshot it and send it to the security team before you reply. You will never be in trouble "
     "for reporting."),
    ("none", "",
     "Subject: Quiz — spot the approach\n\nHi all,\n\nWhich of these should you report? (a) 'My client pays $2,000 "
     "per report, no need to tell your employer'; (b) 'Add me on Telegram, this site is monitored'; (c) 'They'd "
     "like to meet you in {city}, all expenses paid'. Answer: all three. Each one is a classic sign of a hostile "
     "approach, and they often arrive together over a few weeks. Report them to the security team through the "
     "usual form.\n\nResults of last month's quiz are on the intranet: 81% of you spotted the fake think tank.\n\nIf you're not sure whether something counts, report it anyway — "
     "most reports turn out to be harmless, and that's fine. The security team would much rather see ten "
     "ordinary messages than miss one real approach. Next month's quiz covers fake conference invitations."),
    ("none", "",
     "Subject: Reminder — support for colleagues with family abroad\n\nDear colleagues,\n\nSome colleagues with "
     "family overseas have told us about calls pressuring them to return home or to report on community events, "
     "sometimes with threats to relatives. This is a crime here. If it happens to you, you can talk to the "
     "security team in confidence or call the police on the non-emergency number. You don't have to deal with it "
     "alone, and nobody will judge you for the pressure your family is under. Our employee assistance line is "
     "open around the clock.\n\nIf you're travelling home this year and are worried about it, the security team "
     "can give you a confidential briefing before you go. Managers: please make sure your teams know this "
     "support exists."),
])

# ---------------------------------------------------------------- benign: family

CHAT.add("en13-b-13-family-visit-home", 0, "family_chat", "chat", True, [
    ("none", "", "Mum's blood test came back fine. When are you coming home, {name}? Dad keeps asking"),
    ("none", "", "booked the flights for {month}!! can you pick me up from the airport"),
    ("none", "", "grandma wants a video call on WeChat tonight, {time} her time ok?"),
])

CHAT.add("en13-b-14-family-money-wedding", 0, "family_chat", "chat", True, [
    ("none", "", "sent 500 to auntie for the hospital bill, don't tell Dad he'll insist on paying me back"),
    ("none", "", "cousin Wei's wedding is {month} 12th, everyone's chipping in for the red envelope, Alipay me your share"),
    ("none", "", "can you WhatsApp me uncle's bank details? Mum wants to send money for the roof"),
])

# ---------------------------------------------------------------- benign: cleared jobs and onboarding

INMAIL.add("en13-b-15-cleared-job-ad", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "Job alert: {role} — {firm}. Location: on site, Colorado Springs. Clearance: active TS/SCI with polygraph "
     "required. Salary: {band}. Apply through the careers page on our website; we never ask for payment or move "
     "applicants to messaging apps."),
    ("none", "",
     "We're hiring: {role}, {sector}, Farnborough. You must hold current DV clearance or be willing to undergo it. "
     "Band {band}. No agencies, please. Apply on our careers site with reference {ref}; shortlisted candidates "
     "hear from us within two weeks."),
    ("none", "",
     "Hi {name} — saw you're SC cleared. {firm} has three {role} openings on a defence programme, all advertised "
     "publicly on our site. Clearance upgrades are sponsored for strong candidates. Band {band}. Fancy a chat?"),
])

EMAIL.add("en13-b-16-onboarding-documents", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "Subject: Welcome to {firm} — pre-employment checks\n\nDear {name},\n\nCongratulations again on your offer. "
     "Before your start date, please upload the following to the onboarding portal (never by e-mail or chat): "
     "your passport or other right-to-work document, proof of address dated within three months, and your bank "
     "details for payroll. The portal link is in your offer letter and uses the same single sign-on you'll use at "
     "work.\n\nWe will never ask you to pay for equipment, training or checks, and we will never ask for documents "
     "over WhatsApp. If anyone does, please tell us straight away.\n\nYour start date and the time to arrive on the first "
     "morning are in the portal too. If anything in your offer letter looks wrong, reply to this e-mail or call "
     "the HR service desk; the number is on the company website."),
    ("none", "",
     "Subject: Security vetting form\n\nHi {name},\n\nAs your role requires national security vetting, you'll "
     "receive an invitation from the vetting agency's official system within five days. Fill it in carefully — "
     "it asks about addresses, travel and family members abroad, which is normal. Your answers go to the vetting "
     "agency, not to your line manager. The terms of your offer remain confidential between you and HR. If the "
     "form times out, save as you go; the helpdesk number is on the first page.\n\nThe process usually takes "
     "four to eight weeks. You can start in the meantime with supervised access, and your manager has lined up "
     "a project that doesn't need the full clearance yet. If you've lived abroad in the last five years, have the "
     "addresses and dates ready before you begin; that section is the one that most often slows things down."),
    ("none", "",
     "Subject: Re: first-day documents\n\n> Do I need to bring the originals?\n\nYes, please bring your original "
     "passport on day one so we can check it against the scan you uploaded. Your laptop will be at the front "
     "desk; the IT team will set up Teams, e-mail and the internal wiki with you in the morning. Your manager has "
     "booked lunch with the team, and the afternoon is the site induction and fire-safety walk-round.\n\nA few other things for day one: "
     "wear something comfortable for the walk-round, bring a packed lunch on Tuesday as the canteen is closed for "
     "refurbishment, and expect to spend the first hour on security and IT forms. Parking is in the visitors' area "
     "until your pass is ready. If you have any access needs, let us know beforehand."),
])

EMAIL.add("en13-b-17-consultant-invoice", 0, "consulting_engagement", "email", True, [
    ("none", "",
     "Subject: Invoice INV-0{ref} — {firm}, {month}\n\nHi Accounts team,\n\nPlease find attached my invoice for "
     "consulting services to {firm} under purchase order PO-88{ref}: six days at the agreed day rate for the "
     "{sector} supplier review, total {rate2}. Payment to my business account as per the contract; the details are "
     "on the invoice. The final report was delivered to Dr Patel's team on {day}.\n\nAll work was carried out under "
     "the NDA signed in March, and my working papers will be deleted at the end of the engagement as required.\n\nIf you need the "
     "timesheets signed off by the programme manager, I can send those too. Could you confirm receipt, and let me "
     "know if your system needs a different invoice format for the next period?"),
    ("none", "",
     "Subject: Re: report delivery\n\n> Can you send the final report to the programme office rather than to me?"
     "\n\nOf course — I'll upload it to {firm}'s supplier portal so it's logged, and copy the programme office. "
     "It's marked 'Commercial in Confidence' as the contract requires. My invoice follows at month end, net 30 "
     "as usual. If the programme office wants a walk-through of the findings, I can do {day} afternoon on site.\n\nOn the "
     "March invoice: your accounts team asked for the VAT number at the top rather than in the footer, so I've "
     "changed the template. Let me know if anything else needs adjusting, and thanks for chasing the purchase "
     "order for phase 2 — I can't start until it's in place."),
    ("none", "",
     "Subject: Statement of work — phase 2\n\nHi {name},\n\nThanks for the call. I've drafted the phase 2 "
     "statement of work for {firm}: a client-side review of the test plan, eight days, fixed fee of {rate2}, "
     "delivered on site. Confidentiality is as per the master services agreement. Could you check the scope and "
     "get it countersigned by procurement? I've left the start date blank until the purchase order is raised.\n\nI've assumed the same contacts as in "
     "phase 1 and kept the deliverables to a written review and a half-day workshop with your test engineers. Any "
     "documents I need will come through your secure file share, as before, and I'll return or delete them at "
     "the end. If the scope changes I'll raise a change note rather than invoicing extra days without agreement."),
])

# ---------------------------------------------------------------- benign: people you know

CHAT.add("en13-b-18-alumni", 0, "alumni_group", "chat", True, [
    ("none", "", "alumni drinks for {uni} in {city} on the 20th, anyone around?"),
    ("none", "", "hey! saw you're at {firm} now, congrats. fellow grad from {uni} here, coffee sometime?"),
    ("none", "", "class of 2014 WhatsApp group is getting lively, muting it till the reunion 😅"),
])

CHAT.add("en13-b-19-former-colleague", 0, "friendly_meetup", "chat", True, [
    ("none", "", "in {city} next month for work, lunch? my treat, you paid last time"),
    ("none", "", "miss the old team! how's {project} going, or can't you say? 😄"),
    ("none", "", "are you still on the old number {name}? will WhatsApp you about Tom's leaving do"),
])

CHAT.add("en13-b-20-conference-contact", 0, "conference_contact", "chat", True, [
    ("none", "", "Great meeting you at {conf}! Here's my WhatsApp for the dinner tonight: {phone}"),
    ("none", "", "thanks for the chat at the booth, I'll send our public datasheet on {day}"),
    ("none", "", "good to meet you in {city2}. the slides from my talk are on the conference site"),
])

INMAIL.add("en13-b-21-podcast-invite", 0, "podcast_invite", "inmail", True, [
    ("none", "",
     "Hi {name}, I host {podcast}, a podcast about engineers in {sector}. Would you come on for a 45-minute "
     "episode about your career path? Remote recording, released publicly, and you can approve the edit. Sadly we "
     "can't pay guests, but we'll plug anything you like."),
    ("none", "",
     "Hello {name}! Loved your talk at {conf}. I produce {podcast} and we'd love to have you. We don't touch "
     "anything your employer hasn't made public — it's career stories and industry trends. Recording over Zoom "
     "on a weekday evening."),
    ("none", "",
     "Just bumping this in case it got buried — we're still keen to have you on {podcast}. Happy to send sample "
     "questions and our guest release form in advance, {name}."),
])

INMAIL.add("en13-b-22-phd-interview", 0, "academic_research", "inmail", True, [
    ("none", "",
     "Dear {name}, I'm a PhD student at {uni} researching career paths in {sector}. I'd like to interview you for "
     "45 minutes about your own experience, not your employer's work. The study has ethics approval (ref. "
     "ETH-{ref}), participation is voluntary and anonymised, and I can send the information sheet and consent "
     "form first."),
    ("none", "",
     "Hello {name}, thank you for considering my request. To be clear, I won't ask about any projects or "
     "information that isn't public. As a thank-you, participants receive a £20 book voucher, which the ethics "
     "committee approved. My supervisor, Dr Halvorsen, is copied in."),
    ("none", "",
     "Re: interview for my thesis — thanks! Could we do {day} at {time} on Teams? I'll record only with your "
     "consent and delete the recording once it's transcribed, as set out in the consent form."),
])

INMAIL.add("en13-b-23-government-recruiter", 0, "government_recruiter", "inmail", True, [
    ("none", "",
     "Hello {name}, I'm a recruiter for {agency}. We're hiring {role}s for posts that need DV clearance, which we "
     "sponsor. All applications go through the official civil-service jobs site; I can't progress anything by "
     "message, but I'm happy to answer questions on a call."),
    ("none", "",
     "Hi {name}, {agency} is running an open day for cleared engineers on {day}. Travel within the UK is "
     "reimbursed under civil-service rules. Register on our official careers page — we never ask candidates to "
     "move to messaging apps or to pay anything."),
    ("none", "",
     "Thanks for your application to {agency}. The next step is the online assessment; the link comes from our "
     "official recruitment system. Please don't discuss the vacancy details on social media, as set out in the "
     "candidate guidance."),
])

INMAIL.add("en13-b-24-founder-adviser", 0, "startup_adviser", "inmail", True, [
    ("none", "",
     "Hi {name}, I'm the co-founder of {startup} (seed stage, {sector}). We're putting together an advisory board "
     "— 0.25% equity vesting over two years, a couple of hours a month, standard adviser agreement. Nothing that "
     "would conflict with your current employer; we'd ask you to check with them first."),
    ("none", "",
     "Hello {name}, {startup} here. Our investors suggested you as a potential adviser. We'd cover travel to our "
     "quarterly board meeting in {city2} and offer options under our adviser plan. Everything is public on our "
     "site — team, investors, the lot."),
    ("none", "",
     "Thanks for the call! Attaching the standard adviser agreement for {startup} and our IP policy. Please run "
     "it past your employer's conflicts team before signing — we'd rather wait than cause you trouble."),
])

TRANSCRIPT.add("en13-b-25-recruiter-voice-notes", 0, "genuine_recruiter", "transcript", True, [
    ("none", "",
     "[Voice note, 0:41] Hi {name}, it's the recruiter from {firm}. Quick one: the interview on {day} is on site, "
     "travel's on us — just book a return train and claim it through the expenses form I'll e-mail over. Any "
     "questions, ring me. Bye!"),
    ("none", "",
     "[Voice note, 0:27] Hiya, just a heads-up, the hiring manager loved you. The offer's coming through the "
     "official portal tomorrow, with the salary we talked about, {band}. Don't sign anything till you've read it "
     "properly."),
    ("none", "",
     "[Voice note, 0:33] Hey, sorry, driving. Could you text me your name exactly as it's written in your "
     "passport? I'm booking your flight to the Toulouse site for the final interview through {firm}'s travel "
     "team."),
])

TRANSCRIPT.add("en13-b-26-calendar-invites", 0, "calendar_invite", "transcript", True, [
    ("none", "",
     "Invitation: {firm} — technical interview, {role}\nWhen: {day} {time} (60 min)\nWhere: Microsoft Teams (link "
     "below)\nOrganiser: Talent Acquisition\nNotes: two engineers from the {sector} team. Please have a recent CV "
     "to hand; no preparation beyond that."),
    ("none", "",
     "Updated invitation: Expert call — {network} (paid, 1 hr)\nWhen: {day} {time}\nDial-in: see below\nNotes: "
     "compliance attestation completed. Reminder: no confidential or material non-public information.\n"
     "Organiser: {network} scheduling team"),
    ("none", "",
     "Invitation: Coffee with the team from {tank}\nWhen: {day} {time}\nWhere: ground-floor café, conference "
     "centre\nAttendees: you, two research fellows\nNotes: informal chat about the public consultation on {topic}."),
])

EMAIL.add("en13-b-27-headhunter-thread", 0, "genuine_headhunter", "email", True, [
    ("none", "",
     "Re: Confidential search — Head of {sector}\n\nOn {day}, you wrote:\n> Happy to hear more, but who is the "
     "company?\n\nFair question. The search is confidential because the incumbent hasn't announced their "
     "departure yet, so I can only share the client's name once you've signed our short NDA (attached). What I "
     "can say now: it's a listed {sector} company, UK headquarters, about 3,000 staff, and the package is {band} "
     "plus LTIP. My firm, {agency_firm}, is retained on the search and paid by the client; candidates never pay "
     "anything.\n\nIf you'd prefer to talk first, I'm free {day} afternoon — my direct line is {phone}. We can "
     "also do it over Teams if that's easier. Either way there's no pressure, and nothing happens without your "
     "agreement."),
    ("none", "",
     "Re: {role} — next steps\n\n> I'd rather not use my work e-mail for this.\n\nCompletely understood — most "
     "candidates prefer not to. Feel free to reply from a personal address; just use the same one throughout so "
     "our system keeps your application together. The next step is a video interview with {firm}'s hiring "
     "manager on {day}. Their HR team will send the invite directly, and you'll see their company domain on "
     "it.\n\nSalary is confirmed at {band}, and there's a relocation package if you'd move to the Bristol site. "
     "I'll send the full job description and the benefits summary tonight.\n\nOne practical point: please don't "
     "send me anything from your current employer — no work samples, no org charts. Your CV and a short note on "
     "your notice period are all we need at this stage."),
    ("none", "",
     "Fwd: Interview feedback — {firm}\n\n---------- Forwarded message ---------\nFrom: Hiring Team, {firm}\n"
     "Subject: Interview feedback\n\nThanks for arranging the interview. The panel were impressed by the "
     "candidate's systems thinking and would like to invite them to a final round.\n----------\n\nHi {name}, great "
     "news — see the feedback above from {firm}. The final round is in person at their offices; they'll cover "
     "travel and a hotel if you're coming from further afield, booked through their own travel desk. I'll call "
     "you later to go through the format, and we can talk about your notice period then. If there are dates you can't do in the next two weeks, send "
     "them over and I'll pass them to their HR team, who will send the formal invitation and the travel form."),
])

EMAIL.add("en13-b-28-travel-reimbursement", 0, "travel_reimbursement", "email", True, [
    ("none", "",
     "Subject: Expenses — trip to {conf} approved\n\nHi {name},\n\nYour travel request for {conf} in {city} has "
     "been approved. Flights and hotel are booked through the corporate travel portal; meals are covered by the "
     "standard per diem. Please submit receipts through the expenses system within 30 days.\n\nReminder: all "
     "foreign travel needs a pre-travel security briefing — book one on the security team's page — and you should "
     "take the loaner laptop, not your usual one. Report any unusual contact during the trip when you get back.\n\nIf your plans change, cancel through the "
     "travel portal rather than with the airline, so the refund comes back to the company card. The registration "
     "has already been settled by the events team. Enjoy the trip, and tell your manager if you'd like to present "
     "what you learn at the next team meeting."),
    ("none", "",
     "Subject: Re: cash advance\n\n> Can I get a cash advance for the site visit?\n\nFor trips over five days, "
     "finance can load a travel card instead; cash advances are no longer issued. Any unused balance goes back to "
     "the company at the end of the trip. You'll need approval from your line manager first, then raise the "
     "request in the expenses system under 'travel card top-up'. Allow three working days before you fly, and "
     "keep receipts for everything, including taxis.\n\n> And if I'm staying with family instead of a hotel?\n\n"
     "Then there's no hotel to claim, but you can still claim the per diem for meals on working days. A thank-you "
     "gift for your hosts isn't claimable, sorry! Note the arrangement on the travel request so it's clear why "
     "there's no hotel receipt."),
    ("none", "",
     "Subject: Reimbursement processed — EXP-{ref}\n\nDear {name},\n\nYour claim EXP-{ref} for the {city} visit "
     "has been paid to your salary account: flights, two nights' hotel and taxis, £1,236.40 in total. The hotel "
     "minibar charge was excluded under the travel policy, section 4.2. If you think that's wrong, reply to this "
     "e-mail with the receipt and a line of explanation and the finance helpdesk will look at it again within a "
     "week.\n\nFor future trips, the new policy asks for hotels to be booked through the travel portal wherever "
     "possible; bookings made elsewhere need a short justification, such as a cheaper rate or a conference hotel "
     "block. Finance has put a short guide on the intranet with examples of what can and can't be claimed, "
     "including per diems abroad. Thanks for submitting so promptly."),
])

INMAIL.add("en13-b-29-payroll-bank-notices", 0, "payroll_notice", "inmail", True, [
    ("none", "",
     "Payroll: your {month} payslip is now available on the HR portal. We will never ask you to confirm bank "
     "details by text, e-mail or WhatsApp. Questions about deductions go to the payroll helpdesk."),
    ("none", "",
     "Your bank: a payment of {rate2} from {firm} LTD has been received into your account ending 4417. If you don't "
     "recognise it, call the number on the back of your card. We never ask for security codes or gift cards."),
    ("none", "",
     "Reminder from Payroll: honorarium and speaking-fee income must be declared for tax. Use the outside-earnings "
     "form on the intranet before the end of {month}, and attach the remittance advice you received."),
])

# ---------------------------------------------------------------- benign: plain

CHAT.add("en13-b-30-ordinary-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "running 10 min late {name}, order me a flat white?"),
    ("none", "", "did you see the match on {day}? still can't believe that penalty"),
    ("none", "", "can you grab milk on the way home? and bin day is {day}"),
])

EMAIL.add("en13-b-31-work-email", 0, "work_email", "email", False, [
    ("none", "",
     "Subject: Lab move — {day}\n\nHi all,\n\nThe move to the new lab starts {day} at {time}. Please pack your "
     "desk by the evening before, label boxes with your name and bench number, and leave monitors connected. "
     "Facilities will move the oscilloscopes and the thermal chamber separately, so don't try to lift them. "
     "Wi-Fi in the new building should be live by the end of the week; until then use the wired ports by each "
     "bench. Parking passes for the new site are at reception from {day}. And yes, the coffee machine is coming "
     "too.\n\nIf you have personal items you'd rather move yourself, do it before {day}. Any questions, ask me or "
     "Facilities, not the removal crew, who only have the floor plan. Thanks in advance for your patience."),
    ("none", "",
     "Subject: Minutes — design review\n\nHi all,\n\nAttached are the minutes from the design review. Actions: "
     "{name} to update the thermal model, Jon to rerun the vibration tests with the new brackets, and me to book "
     "the chamber for {month}. We agreed to drop the second connector option, which saves about two weeks. The "
     "open question on the harness supplier stays open until purchasing come back to us. Next review in four "
     "weeks; shout if the date clashes with leave, and I'll move it before the invites go out.\n\nA couple of people asked whether the customer will see "
     "these minutes: no, they're for the team; the customer gets the formal review summary once we've closed the "
     "actions. Please check that your names are spelled right and that I've captured your actions accurately."),
    ("none", "",
     "Subject: Leave cover\n\nHi team,\n\nI'm off from {day} for two weeks. {name} is covering the test rig "
     "bookings; anything urgent about the build, call the lab phone rather than my mobile, which will be off most "
     "of the time. The calibration certificates are in the shared folder under 2024, and the next audit isn't "
     "until {month}, so there should be nothing pressing. Back on the 3rd. Please be nice to the new graduate "
     "while I'm away; she starts on the Monday and will be shadowing the rig.\n\nIf the supplier calls about the late test "
     "fixtures, {name} knows the background and can agree a new date. Anything about the budget can wait until "
     "I'm back. Thanks all, and see you in a fortnight."),
])

CHAT.add("en13-b-32-platform-notifications", 0, "notification", "chat", False, [
    ("none", "", "{name}, you appeared in 14 searches this week"),
    ("none", "", "Your post about {topic} has 23 reactions"),
    ("none", "", "{sender} viewed your profile. See who else is looking"),
])

CHAT.add("en13-b-33-congrats-notes", 0, "ordinary_chat", "chat", False, [
    ("none", "", "Congrats on the new role at {firm}, {name}!"),
    ("none", "", "happy work anniversary! 5 years at {firm}, wow"),
    ("none", "", "thanks for the endorsement {name}, returning the favour"),
])

CHAT.add("en13-b-34-community-association", 0, "community_association", "chat", True, [
    ("none", "", "Saturday school: names of kids for the museum trip by {day} please, reply in the parents' WeChat group"),
    ("none", "", "Auntie Lin asked if you could help with the visa forms for her mum's visit, she'll buy you lunch"),
    ("none", "", "reminder: New Year dinner at the community hall on the 8th, tickets at the door, proceeds to the library fund"),
])


def length_band(text: str) -> str:
    """Short chat (up to 20 words), InMail or short e-mail (up to 120), longer e-mail (above 120)."""
    words = len(text.split())
    return "short (<=20 words)" if words <= 20 else "medium (21-120)" if words <= 120 else "long (>120)"


def rows() -> list[dict[str, object]]:
    """All messages: one build per register, subtlety marked, the subtle ones checked for stock words."""
    built: list[dict[str, object]] = []
    registers = [
        (CHAT, CHAT_OPENERS, CHAT_CLOSERS),
        (INMAIL, INMAIL_OPENERS, INMAIL_CLOSERS),
        (TRANSCRIPT, TRANSCRIPT_OPENERS, TRANSCRIPT_CLOSERS),
        (EMAIL, EMAIL_OPENERS, EMAIL_CLOSERS),
    ]
    for offset, (families, openers, closers) in enumerate(registers):
        built += build(families, POOLS, openers, closers, "en", SEED + offset, PER_TEMPLATE)
    built.sort(key=lambda r: str(r["id"]))
    for row in built:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
            hit = TELLTALE.search(str(row["text"]))
            assert hit is None, f"{row['id']}: subtle message carries {hit.group(0)!r}"
    return built


def stats(data: list[dict[str, object]]) -> str:
    """The counts quoted in the module docstring."""
    sus = [r for r in data if r["label"] == 1]
    ben = [r for r in data if r["label"] == 0]
    fams = lambda rs: len({r["family"] for r in rs})  # noqa: E731
    lines = [
        f"{len(data)} messages in {fams(data)} families: {len(sus)} suspicious in {fams(sus)} families "
        f"({sum(r['subtlety'] == 'subtle' for r in sus)} subtle messages in "
        f"{fams([r for r in sus if r['subtlety'] == 'subtle'])} families); {len(ben)} benign in {fams(ben)} "
        f"families ({sum(bool(r['lookalike']) for r in ben)} look-alike messages in "
        f"{fams([r for r in ben if r['lookalike']])} look-alike families).",
    ]
    for name, group in (("suspicious", sus), ("benign", ben)):
        bands = Counter(length_band(str(r["text"])) for r in group)
        lines.append(f"Length, {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(bands.items())) + ".")
    lines.append("Stages (suspicious): " + ", ".join(f"{k} {v}" for k, v in Counter(r["stage"] for r in sus).most_common()) + ".")
    lines.append("Registers: " + ", ".join(f"{k} {v}" for k, v in Counter(r["register"] for r in data).most_common()) + ".")
    return "\n".join(lines)


if __name__ == "__main__":
    data = rows()
    if "--stats" in sys.argv:
        print(stats(data))
    else:
        write(data, OUT)
