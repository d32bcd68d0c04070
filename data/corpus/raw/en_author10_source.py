"""English training families from a tenth hand, heavy on hard look-alikes: en_author10.jsonl.

Who and how. Written by a helper session (an AI assistant) in one sitting, by hand, from the
threat description in ../shared/DESIGN.md (the funnel, the categories, the look-alikes) and the
public warnings its brief summarised (CSIS, MI5/NPSA "Think Before You Link", FBI). Blind to
the rules: the writer never opened recruitscreen/rules/, the training corpus (data/corpus/,
except the shared helper template_families.py), data/dev/ or any .jsonl under data/eval/, never
read another author's file, and never ran the screener or any recruitscreen command on this
one. Every template below is written in its own words; names, firms, institutes, hotels,
addresses (example.com/.net/.org) and numbers (555-01xx, +44 7700 900xxx, +86 138 0000 0000 ...)
are invented. One annotator: the writer assigned every label, category and stage.

Run: .venv/bin/python data/corpus/raw/en_author10_source.py
(rewrites en_author10.jsonl byte for byte, checks it, prints the counts below).

How the file is built. Each family holds 4-6 hand-written templates, each tagged with a band:
"chat" (one line), "note" (a longer chat message), "mail" (InMail or short e-mail), "long"
(e-mail with a Subject line, signature, quoted reply or forwarded header) and "export" (chat
lines with [hh:mm] Name: prefixes). Every band is built by template_families.build with its own
opener and closer pools, shared by both classes (chat: nothing or one short word; mail: a
greeting and a sign-off with an invented name and title; long: an occasional "FYI, see below"
or "Sent from my phone"), PER_TEMPLATE = 2 fills per template with slots from POOLS; rows are
then renumbered per family (en10-s-NN-slug-NN, en10-b-NN-slug-NN). Paragraphs wrapped only in
this source are joined back into one line. `register` is the band's (chat, inmail_or_email,
email, chat_export); `subtlety` is "subtle" for the 13 subtle families, "overt" for the other
suspicious ones, "none" for benign rows. check() asserts unique ids and texts, the id shape,
label and family agreeing, every text 3-20, 30-120 or 121-300 words long, and no TELLTALE word
(app names, gmail/qq/163/vx/wx, client, fee, pay/paid, cash, crypto, gift card, money, reward,
honorarium, confidential, secret, classified, "between us", internal, report, private, personal
e-mail, $ £ € @) in any subtle message.

What the families cover.
Suspicious, overt (12 families): a flattering recruiter who wants WhatsApp/Telegram or a
personal address; a headhunter's paid reports for an unnamed client, paid to a relative; a
"security consultant" paying in bitcoin/USDT/gift cards; a think tank's anonymous sponsors and
a closed roundtable abroad with cash at the venue; a handler drifting to "nothing classified,
just what's discussed internally" and the board slides; a meeting abroad with everything paid
and the trip kept off the work record; odd payment (gift cards, Alipay to a relative, an
envelope at a hotel desk); diaspora coercion (a liaison office, an overseas "service station",
a cousin relaying threats); deposit and cheque job scams; a task scam; evasive spellings
(W e C h a t, vx, T e l e g r a m, W.h.a.t.s.A.p.p, "(at) example (dot) net"); a fake expert
network with no compliance form that wants the order book.
Suspicious, subtle (13 families, no telltale word): clearance and programme questions for
"the group I advise"; what has not been announced yet; a move to "a number outside work" or
"the green one with the two bubbles"; a visit abroad on the personal passport, booked as
holiday; keeping a contact off the vetting form and the work calendar; a write-up on sourcing
"worth your while"; an ex-colleague asking for the roadmap deck and the board slides; family
pressure through a residence permit, a promotion, a shop licence; a brother's account, a
locker, an envelope; a PhD student wanting unrounded failure rates; a laptop bought from "our
vendor" and a banking login for "direct deposit"; a symposium that bypasses the travel office
and wants unpublished results; a tender's budget ceiling and shortlist before publication.
Benign look-alikes (31 families): recruiters naming company, role and salary band (one moving
to WhatsApp, one to a personal address, for scheduling only); a confidential executive search
that names the firm after an NDA; expert networks (invented firms) paying for a one-hour call,
naming the end client's industry, refusing confidential and non-public information, with an
attestation, and turning away a government employee or a recent leaver; think tanks and
universities paying for public reviews and talks, travel reimbursed; conference organisers
abroad covering flights and hotel; journalists asking for comment on the record; colleagues
asking for draft board slides and moving chats to Teams, Slack or corporate WeChat;
procurement and bid teams on a public tender; security-awareness notices, a quiz and a case
study quoting the warning signs; family chats (visits home, a parent's operation, money for
relatives, a cousin's wedding); clearance job ads; HR onboarding asking for ID through the
portal; a consultant invoicing a named client; travel reimbursement; payroll and bank notices;
alumni, parents' and community groups; a paid peer review; a by-lined white paper; a VC
partner meeting with travel covered; a surprise party; a vetting interview.
Benign, plain (5 families): dinner and club chats, minutes, IT notices, notifications.

Counts (printed by this script).
541 messages in 61 families (8-10 each): 214 suspicious (39.6%) in 25 families, 13 of them
subtle (115 messages); 327 benign in 36 families, 31 of them look-alikes (280 messages, 86%).
Length (words; short 3-20, medium 30-120, long 121-300):
suspicious short 73, medium 71, long 70 (9-182 words, median 57);
benign short 121, medium 100, long 106 (7-207 words, median 54).
Register (suspicious / benign): chat 100 / 151, InMail or short e-mail 34 / 56, e-mail 68 / 102,
chat export 12 / 18; a Subject line in 68 / 102, a quoted reply or forwarded header in 16 / 18.
Stage (suspicious): elicitation 52, job_scam 27, pivot 26, meeting 26, paid_task 24,
payment 20, coercion 18, contact 11, secrecy 10.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from textwrap import dedent

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write

SEED = 20261010
PER_TEMPLATE = 2
OUT = Path(__file__).resolve().parent / "en_author10.jsonl"

# Slot pools. Every person, firm, institute, hotel, address and number is invented;
# addresses use example.com/.net/.org, numbers come from fiction ranges or placeholders.
POOLS: dict[str, list[str]] = {
    "to": ["Alex", "Jordan", "Hannah", "Vikram", "Elena", "Chris", "Yusuf", "Grace", "Mateo",
           "Lucy", "Ben", "Amara"],
    "to_last": ["Ferreira", "Nakamura", "Oduya", "Brennan", "Kowalski", "Patel", "Sato", "Moreau"],
    "other": ["Helen Marsh", "Ravi Menon", "Claire Dubois", "Tom Reyes", "Anika Shah"],
    "first": ["Dana", "Priya", "Marcus", "Leah", "Tomasz", "Aisha", "Callum", "Mei", "Jonah",
              "Farida", "Owen", "Ines", "Rafael", "Noor", "Kieran", "Sofia", "Wen", "Daniel"],
    "last": ["Whitcombe", "Okafor", "Lindqvist", "Bramley", "Castell", "Haddad", "Morrow",
             "Tennant", "Achebe", "Varga", "Holloway", "Quist", "Fairbairn", "Rosales", "Lian"],
    "co": ["Northwind Avionics", "Halvard Microsystems", "Corvale Energy", "Teslin Radar Systems",
           "Bramwell Photonics", "Aldgate Telecom", "Skerry Aerospace", "Quenby Semiconductors"],
    "agency": ["Brightwell Search", "Harrow & Lyle Talent", "Pinecrest Recruitment",
               "Ostrander Partners", "Tidewell Executive Search"],
    "xnet": ["Meridian Insight Network", "Calloway Expert Calls", "Larchmont Advisory Network",
             "Beacon Panel Research", "Quillfield Expert Exchange"],
    "tank": ["Kestrel Policy Institute", "Harlow Centre for Strategic Studies",
             "Westgate Forum on Technology", "Ardent Institute for Energy Policy", "Linnet Foundation"],
    "uni": ["University of Westmere", "Carrow University", "Stanmore Institute of Technology",
            "Ellery College", "Duncliffe University"],
    "city_abroad": ["Singapore", "Dubai", "Istanbul", "Macau", "Kuala Lumpur", "Bangkok",
                    "Hong Kong", "Abu Dhabi", "Seoul"],
    "home_city": ["Chengdu", "Wenzhou", "Fuzhou", "Kunming", "Harbin", "Shiraz", "Tabriz"],
    "sector": ["phased-array radar", "satellite ground stations", "power semiconductors",
               "grid-scale storage", "5G core networks", "guidance software", "carbon-fibre airframes",
               "AI accelerator chips", "undersea cable repeaters", "gas turbine controls"],
    "programme": ["Harrier", "Kite", "Halcyon", "Orion", "Stormfront", "Larch", "Tern", "Bluewater"],
    "role": ["Principal RF Engineer", "Senior Systems Engineer", "Lead Firmware Engineer",
             "Programme Manager", "Head of Export Compliance", "Staff ML Engineer",
             "Power Electronics Engineer", "Test and Evaluation Lead"],
    "band": ["£92,000-£105,000", "$168,000-$185,000", "CAD 140,000-155,000", "£78,000-£88,000",
             "$145,000-$160,000"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["9:30", "11:00", "14:00", "15:30", "16:15"],
    "date": ["12 March", "3 April", "18 May", "9 June", "24 September", "14 October"],
    "month": ["March", "April", "June", "September", "October", "November"],
    "rate": ["$350", "$450", "£300", "£275", "$500"],
    "amount": ["$3,000", "$5,000", "£2,500", "£4,000", "$7,500"],
    "small": ["$150", "$220", "£120", "£180", "$90"],
    "phone": ["555-0142", "555-0187", "555-0119", "+44 7700 900123", "+44 7700 900456",
              "+1 202 555 0171"],
    "cnphone": ["+86 138 0000 0000", "+86 139 0000 0123", "+852 5000 0188", "+971 50 000 0142"],
    "mail": ["dana.whitcombe@example.com", "m.castell@example.org", "priya.k@example.net",
             "jonah.tennant@example.com", "owen.rosales@example.org"],
    "pmail": ["lucky.consult88@example.net", "mfair.home@example.com", "hz.partners@example.net",
              "quietharbour@example.org", "westlin.advice@example.com"],
    "handle": ["@harbour_lin", "@k_advisory", "@west_wind_77", "@mira_l_talent"],
    "ref": ["REF-20417", "REQ-3381", "JR-11902", "EN-5520", "PR-0771"],
    "hotel": ["the Harbourline Hotel", "the Grand Meridian", "the Pearl Tower Hotel",
              "the Saffron Court"],
    "rel": ["Mum", "Dad", "Auntie Lan", "Uncle Reza", "Grandma", "Auntie Shirin"],
    "cousin": ["Xiaoyu", "Babak", "Lingling", "Arash", "Jun", "Maryam"],
}

# Openers and closers are shared by both classes, so they vary the wording without telling
# the classes apart. Chat lines get nothing or a very short word; e-mails a greeting and a
# sign-off with an invented name and title; long e-mails and chat exports carry their own.
CHAT_OPENERS = ["", "", "", "", "Hi! ", "Hey. ", "Morning! ", "One more thing. ", "Ok. "]
CHAT_CLOSERS = ["", "", "", " Thanks!", " Cheers.", " 🙂", " Thx"]
MAIL_OPENERS = ["Hi,\n\n", "Hello,\n\n", "Good morning,\n\n", "Good afternoon,\n\n",
                "Dear colleague,\n\n", "Hi there,\n\n", ""]
MAIL_CLOSERS = [
    "\n\nBest,\nMaya Lindqvist\nProgramme Lead",
    "\n\nThanks,\nTom Achebe",
    "\n\nKind regards,\nDr. Helena Varga\nSenior Associate",
    "\n\nRegards,\nP. Okafor | Partnerships",
    "\n\nCheers,\nSam",
    "\n\nAll the best,\nRuth Holloway\nDirector, Research Programmes",
    "\n\nSent from my iPhone",
]
LONG_OPENERS = ["", "", "", "FYI, see below.\n\n", "Forwarding for reference.\n\n"]
LONG_CLOSERS = ["", "", "", "\n\nSent from my phone", "\n\n[1 attachment]"]

# band -> (openers, closers, register)
BANDS: dict[str, tuple[list[str], list[str], str]] = {
    "chat": (CHAT_OPENERS, CHAT_CLOSERS, "chat"),
    "note": (CHAT_OPENERS, CHAT_CLOSERS, "chat"),
    "mail": (MAIL_OPENERS, MAIL_CLOSERS, "inmail_or_email"),
    "long": (LONG_OPENERS, LONG_CLOSERS, "email"),
    "export": ([""], [""], "chat_export"),
}

# Words that make a suspicious message overt; a subtle family contains none of them.
TELLTALE = re.compile(
    r"whats\s*app|we\s*chat|telegram|\bsignal\b|\bviber\b|gmail|\bqq\b|\b163\b|\bvx\b|\bwx\b"
    r"|client|\bfees?\b|\bpa(?:y|id|ys|ying|yment|yments)\b|\bcash\b|crypto|bitcoin|\bbtc\b"
    r"|usdt|gift\s*card|\bmoney\b|reward|honorari|confidential|secret|classified|between us"
    r"|internal|\breports?\b|private|personal e-?mail|[$£€@]",
    re.IGNORECASE,
)

Spec = tuple[str, int, str, bool, bool, list[tuple[str, str, str, str]]]
SPECS: list[Spec] = []


LABEL_LINE = re.compile(r"[A-Z][\w ()'/&-]{0,30}: ")


def unwrap(text: str) -> str:
    """Join the lines that are wrapped only in this source file, so that a paragraph is one
    line, as people type it. Kept apart: blank lines, short lines (signatures, greetings),
    list items, "Label:" lines, quoted "> " lines and "[time]" chat lines."""
    out: list[str] = []
    for line in text.split("\n"):
        s = line.strip()
        wrapped_item = line.startswith(" ")
        wrapped_prose = (
            len(out[-1]) >= 60 if out else False
        ) and not (s.startswith(("-", ">", "[")) or re.match(r"\d+\. ", s) or LABEL_LINE.match(s))
        if out and out[-1] and s and not out[-1].startswith((">", "[")) and (wrapped_item or wrapped_prose):
            out[-1] += " " + s
        else:
            out.append(line.rstrip())
    return "\n".join(out)


def t(band: str, stage: str, cats: str, text: str) -> tuple[str, str, str, str]:
    """One template: its band (length and register), funnel stage, categories and text."""
    assert band in BANDS, band
    return (band, stage, cats, unwrap(dedent(text).strip("\n")))


def fam(fid: str, label: int, kind: str, lookalike: bool, subtle: bool,
        *templates: tuple[str, str, str, str]) -> None:
    SPECS.append((fid, label, kind, lookalike, subtle, list(templates)))


def more(fid: str, *templates: tuple[str, str, str, str]) -> None:
    """Further templates for a family written above (the second pass of writing)."""
    for spec in SPECS:
        if spec[0] == fid:
            spec[5].extend(templates)
            return
    raise KeyError(fid)


def b(text: str) -> tuple[str, str, str, str]:
    """A benign chat line."""
    return t("chat", "none", "", text)


def bn(band: str, text: str) -> tuple[str, str, str, str]:
    """A benign message of another band."""
    return t(band, "none", "", text)


# ---------------------------------------------------------------------------------------------
# Suspicious, overt
# ---------------------------------------------------------------------------------------------

fam("en10-s-01-flattering-recruiter-pivot", 1, "fake_recruiter", False, False,
    t("chat", "pivot", "credential_targeting vague_client off_platform",
      "Your {sector} background is exactly what my client wants. Do you have WhatsApp?"),
    t("chat", "pivot", "off_platform",
      "Sorry to chase. Much easier on Telegram, I'm {handle} there."),
    t("mail", "pivot", "credential_targeting vague_client off_platform", """\
      I came across your profile and honestly it stood out: very few people combine hands-on
      {sector} work with an active clearance. I represent a client who is expanding into this
      area and prefers to stay discreet for now. The package is well above market. I'm rarely
      on LinkedIn, so could we continue on WhatsApp? My number is {cnphone}. I can share much
      more detail there and it is faster for both of us."""),
    t("long", "pivot", "credential_targeting vague_client off_platform", """\
      Subject: {role} opportunity - remote friendly, exceptional package

      Dear {to},

      I hope you don't mind the direct approach. I lead a small search practice and one of my
      clients, a well-funded technology group with operations in {city_abroad}, has asked me to
      find two or three people with your exact profile: deep {sector} experience and a track
      record on government programmes. They are not in a position to announce the project yet,
      which is why I can't share the company name in writing at this stage.

      What I can say: the salary is roughly double what the market pays, there is a signing
      bonus, and most of the work can be done from home.

      If you are open to a first conversation, please reply to my personal address
      {pmail} rather than this one, as our company mail system is being migrated this
      month and messages are getting lost. A short CV and a line on the programmes you have
      supported recently would be perfect.

      Warm regards,
      {first} {last}
      Senior Partner
      {cnphone}"""),
)

fam("en10-s-02-headhunter-paid-report", 1, "fake_headhunter", False, False,
    t("chat", "paid_task", "vague_client paid_task",
      "Client loved the first report. {amount} for the next one, same format?"),
    t("mail", "paid_task", "vague_client paid_task secrecy", """\
      While the position is being finalised on their side, my client would like to get to know
      your thinking a little better. Could you write a short report, three or four pages, on
      where {sector} is heading over the next two years? They pay {amount} per report and
      there may be more work after that. No need to mention it to your employer, it is only
      your personal view after all."""),
    t("note", "paid_task", "vague_client paid_task sensitive_info", """\
      Quick update: my client's people read your paper twice and want a second one, this time
      on the {programme} timelines and which subcontractors are struggling. Same rate as before,
      maybe a bonus if it's as detailed as the first. Can you get it to me by {day}?"""),
    t("long", "paid_task", "vague_client paid_task unusual_payment", """\
      Subject: Re: next steps

      Hi {to},

      Thanks for getting back to me so quickly. To answer your question: my client is an
      advisory firm in {city_abroad} that works for investors in the {sector} space. They
      prefer not to be named until the engagement is formal, which is normal in our line of
      work, and I hope you understand.

      The first assignment would be a paper of five to eight pages on how your employer plans
      its purchasing over the next two years. {amount} on delivery, and they are flexible
      about how it reaches you - a transfer to any account you choose, including a family
      member's, if that is simpler for tax purposes.

      Once they have seen your writing they would like to discuss a longer retainer.

      Best,
      {first} {last}

      > On {day}, you wrote:
      > Happy to talk, but who exactly is the client? I'd need to know that before writing
      > anything."""),
)

fam("en10-s-03-consultant-crypto-white-paper", 1, "fake_consultant", False, False,
    t("chat", "payment", "unusual_payment paid_task",
      "For the white paper I can pay in USDT or gift cards, whichever suits."),
    t("mail", "paid_task", "paid_task vague_client secrecy unusual_payment", """\
      We are a two-person consultancy preparing briefing material for a client in the energy
      sector. We would value a white paper of around 3,000 words on {sector} supply chains,
      written from your practical experience. The fee is {amount}, payable in bitcoin or to
      a card of your choice. Please keep this off your work e-mail; our client is sensitive
      about being associated with any particular company."""),
    t("long", "elicitation", "paid_task sensitive_info unusual_payment secrecy", """\
      Subject: Security assessment - short consultancy

      {to},

      Thank you for the call yesterday. As discussed, we are security consultants and we have
      been asked to prepare an assessment of the cyber posture of {co} for a client that is
      considering a partnership with them.

      Most of it is open-source work, which my team will do. Where we need you is the part
      that the open sources miss: how remote access is handled for the engineering network,
      which vendor supplies the firewalls, and whether the last penetration test found
      anything that is still open. Whatever you know from your time there will help the
      picture.

      For around ten hours of your time we can offer {amount}, paid in crypto to a wallet you
      name, so nothing shows up on your payslip. We would ask you not to discuss the
      engagement with anyone at {co}, for obvious reasons.

      Regards,
      {first} {last}
      Independent Security Consultant"""),
    t("export", "elicitation", "sensitive_info vague_client unusual_payment", """\
      [21:04] Leo: got the draft, thanks {to}
      [21:05] Leo: client asks can you add the names of the test engineers and the dates they were on site
      [21:05] Leo: and the version number of the flight software if you have it
      [21:06] Leo: will send 0.05 BTC tonight like last time
      [21:09] Leo: delete this chat after pls"""),
)

fam("en10-s-04-think-tank-unpublished", 1, "fake_think_tank", False, False,
    t("chat", "paid_task", "paid_task vague_client",
      "Our sponsors need the paper before the roundtable. The fee is ready."),
    t("mail", "paid_task", "paid_task sensitive_info client_meeting vague_client", """\
      The {tank} is preparing a series of papers for a group of sponsors who prefer to remain
      anonymous. We would commission one from you on {sector}, 4,000 words, for {amount}.
      What matters to the sponsors is perspective that is not already in the public domain;
      published material they already have. Authors are then invited to a closed roundtable
      in {city_abroad}, all expenses covered."""),
    t("long", "meeting", "client_meeting unusual_payment secrecy", """\
      Subject: Invitation - closed-door roundtable, {city_abroad}, {month}

      Dear {to} {to_last},

      On behalf of the {tank}, I am pleased to invite you to a closed-door roundtable on the
      future of {sector}, to be held in {city_abroad} in {month}. Participation is by
      invitation only and limited to eight experts.

      Your flights (business class), accommodation at {hotel} and all meals are covered.
      There is also an honorarium of {amount}, which will be handed to you in cash at the
      venue to spare you the paperwork.

      Because of the sensitivity of the discussion, there is no need to register the trip
      with your employer's travel office; most of our participants treat it as a private
      visit. Our hosts will collect you at the airport.

      Please send me a scan of your passport at your earliest convenience so that we can
      arrange the visa letter.

      With best wishes,
      {first} {last}
      Director of Programmes
      {tank}"""),
    t("note", "paid_task", "paid_task sensitive_info",
      """\
      Thanks for the outline. It reads well, but the sponsors were hoping for the angle you
      only get from inside: budget decisions before they are announced, which partners are
      being dropped. Could you rework it in that direction? The fee stays the same."""),
)

fam("en10-s-05-handler-internal-drift", 1, "handler_followup", False, False,
    t("chat", "elicitation", "sensitive_info",
      "No classified stuff, just what's discussed internally about the {programme} delays."),
    t("chat", "elicitation", "sensitive_info",
      "Can you photograph the slide with the test dates? Only that one."),
    t("note", "elicitation", "sensitive_info vague_client", """\
      Your last paper was good but too close to what is in the press. My client reads the news
      too :) What they value is what is discussed internally: the schedule slip on {programme},
      which suppliers are in trouble, what the ministry was told at the review. Nothing
      classified, just the conversation in the room."""),
    t("long", "elicitation", "sensitive_info vague_client paid_task", """\
      Subject: Re: draft

      {to},

      Thank you for the draft, received safely. My client has asked me to pass on their thanks
      and a few follow-up questions, if you can manage them before the end of the month.

      1. The board slides you mentioned on our call - is there a version you could share? Even
         the draft would do; the final numbers matter less than the options they considered.
      2. Which of the two radar suppliers is expected to win the next phase, and what price
         was discussed internally?
      3. Is the {month} test date still real or is it slipping again?

      They understand some of this is confidential and they will treat it accordingly. The
      usual amount will follow as soon as they have it, plus something extra for the slides.

      Best,
      {first}

      -----Original Message-----
      From: {to} {to_last}
      Sent: {day}
      Subject: draft

      Here is the draft. I kept it to what I know personally."""),
)

fam("en10-s-06-meet-abroad-all-paid", 1, "handler_followup", False, False,
    t("chat", "meeting", "client_meeting",
      "Tickets booked for {date}. Bring the laptop you used for the draft."),
    t("chat", "meeting", "client_meeting secrecy",
      "Don't register the {city_abroad} trip at work, it's a private visit."),
    t("mail", "meeting", "client_meeting vague_client unusual_payment secrecy", """\
      Good news: my client would like to meet you in person in {city_abroad}. Flights and
      {hotel} are covered, and there is {amount} for your time, in cash if you prefer. It may
      be better to take personal leave and not mention the trip at work - people misunderstand
      these things, and the client values discretion above everything."""),
    t("long", "meeting", "client_meeting vague_client secrecy", """\
      Subject: Itinerary

      Dear {to},

      Please find your itinerary below. Everything has been arranged and paid on our side; you
      only need to bring your passport and, if possible, the notes you used for the second
      paper.

      Outbound: {date}, direct flight, economy plus. A driver will meet you at arrivals with a
      sign reading "Mr Chen's guest" - please do not use your own name at the airport.
      Hotel: {hotel}, three nights, room held under our company's name.
      Day 2: lunch with my client and two of his colleagues, who are very interested in your
      views on the {programme} integration. They will have some specific questions.
      Day 3: free, sightseeing arranged if you wish.

      It is best to describe the visit to colleagues as a family holiday. We have found that
      large employers ask unnecessary questions about trips like this.

      I look forward to finally meeting you.

      {first} {last}
      {cnphone}"""),
)

fam("en10-s-07-odd-payment", 1, "handler_followup", False, False,
    t("chat", "payment", "unusual_payment",
      "Bank transfers leave a trail. Is it ok if I send gift cards instead?"),
    t("note", "payment", "unusual_payment secrecy", """\
      For this month I can send the {amount} to your cousin's account in {home_city}, or give it
      to you in cash when we meet. Which do you prefer? Best not through your own bank, they
      ask questions about foreign transfers and it's simpler to avoid that."""),
    t("long", "payment", "unusual_payment paid_task vague_client", """\
      Subject: Payment arrangements

      Hi {to},

      Sorry about the delay with the last payment. Our finance people have changed how they
      handle independent contributors, so from now on it will work like this:

      - Payments go out in USDT to a wallet in your name. If you don't have one, I can set it
        up for you and send you the recovery words.
      - If you prefer, we can also pay through Alipay to a relative, or load gift cards (any
        major store) up to {small} each.
      - Invoices should be made out for "translation services" rather than for the reports.
        It keeps things tidy on both sides.

      The client is very happy with your work and the next paper is worth {amount}. Please let
      me know which option suits you, and which name to use.

      Thanks,
      {first}"""),
    t("export", "payment", "unusual_payment secrecy", """\
      [18:31] M. Fairbairn: left something for you at the reception of {hotel}
      [18:31] M. Fairbairn: envelope, under your wife's name
      [18:32] M. Fairbairn: it's the {amount} we agreed, in cash
      [18:33] M. Fairbairn: better not to deposit it all at once"""),
)

fam("en10-s-08-diaspora-coercion", 1, "coercion", False, False,
    t("chat", "coercion", "coercion",
      "Your parents in {home_city} miss you. Come back and explain yourself, it's easier for them."),
    t("note", "coercion", "coercion", """\
      This is a reminder from the {home_city} public security liaison. Your father was visited
      again this week. If you return before {month} and bring the list of people from the
      association you attend, the matter will be closed. Otherwise his pension will be reviewed."""),
    t("long", "coercion", "coercion off_platform", """\
      Subject: Registration of overseas nationals - second notice

      Dear compatriot,

      Our records show that you have not yet registered with the overseas service station in
      your city. Registration is required of all nationals from {home_city} living abroad and
      takes only a short meeting. Please add the officer on WeChat ({cnphone}) to arrange a
      time.

      At the meeting you will be asked to confirm your address, your employer and the names of
      the people you meet at the community centre and at the weekly protest outside the
      consulate. This is routine.

      We must remind you that your mother's residence permit and your brother's position at
      the municipal bureau are reviewed each year, and that cooperation is taken into account.
      Many compatriots have found it easiest simply to return home for a few weeks and settle
      these questions in person.

      We look forward to your reply within ten days.

      Overseas Liaison Office"""),
    t("export", "coercion", "coercion", """\
      [07:52] Cousin {cousin}: the police came to uncle's house again yesterday
      [07:52] Cousin {cousin}: they said if you keep posting those things your dad loses his job
      [07:53] Cousin {cousin}: they want you to come back and talk to them. Just once they said
      [07:55] Cousin {cousin}: pls, auntie is crying every day"""),
)

fam("en10-s-09-job-scam-deposit", 1, "job_scam", False, False,
    t("chat", "job_scam", "job_scam unusual_payment",
      "Congratulations, you're hired! Please pay the {small} equipment deposit today to start Monday."),
    t("chat", "job_scam", "job_scam unusual_payment",
      "Cheque for $2,450 is in the post. Deposit it and wire $1,900 to our vendor."),
    t("mail", "job_scam", "job_scam off_platform", """\
      Thank you for applying to the remote Data Entry Clerk role at {co}. Your CV was reviewed and
      you have been shortlisted. The interview takes place by text chat on Telegram; add the
      hiring manager at {handle} and mention code {ref}. Please reply from your personal e-mail,
      not from a work address, so that we can send the offer letter."""),
    t("long", "job_scam", "job_scam unusual_payment", """\
      Subject: Offer of employment - Remote Administrative Assistant

      Dear Applicant,

      Following your interview, we are pleased to offer you the position of Remote
      Administrative Assistant at {co}, at $32 per hour, 25 hours a week.

      Before your start date you must complete our online training programme. The training kit
      (laptop software licence, headset and course materials) costs {small}, which is fully
      refunded with your first salary. Payment is by gift card only, because our payroll
      system does not yet accept transfers from new staff. Please buy the cards at any
      supermarket, scratch the back, and send photos of the codes to the onboarding officer.

      Once the kit is confirmed, you will receive a cheque for your home-office equipment.
      Deposit it, keep $300 for yourself and send the remainder to our approved supplier,
      whose details we will provide.

      We look forward to welcoming you to the team.

      Human Resources Department
      {co}"""),
)

fam("en10-s-10-task-scam", 1, "task_scam", False, False,
    t("chat", "job_scam", "job_scam off_platform",
      "Part-time job: rate hotels online, earn $200-$500 a day. Reply YES on WhatsApp."),
    t("note", "job_scam", "job_scam unusual_payment", """\
      Your task 27 is frozen because the account balance is negative. Top up 120 USDT to unlock
      the commission of 680 USDT, then you can withdraw everything at once. Many members did
      this today. The window closes in 2 hours, please hurry."""),
    t("export", "job_scam", "job_scam unusual_payment", """\
      [10:14] Mentor Amy: Welcome to the product optimisation team! 😊
      [10:14] Mentor Amy: Each day you complete 40 tasks, you click "submit rating" and the platform pays commission
      [10:15] Mentor Amy: First set is free, you keep {small}
      [10:17] Mentor Amy: From level 2 you need to deposit to unlock premium tasks, higher commission
      [10:17] Mentor Amy: I'll send the wallet address when you're ready"""),
    t("long", "job_scam", "job_scam unusual_payment off_platform", """\
      Subject: Your application - flexible remote work

      Hello,

      We got your details from a recruitment website. Our company helps online shops improve
      their ratings, and we are hiring part-time assistants worldwide. No experience needed,
      30-60 minutes a day from your phone.

      How it works: you receive a list of products, you click to rate each one, and you earn
      commission on every set. Daily income is between $80 and $400 depending on your level.
      Salary is paid every evening to your crypto wallet.

      To activate higher levels, members make a small refundable deposit, which is returned
      together with the commission after the set. This protects the platform from fake
      accounts.

      To start, please contact your personal trainer on WhatsApp at {cnphone} and send the
      code {ref}. Places are limited this week.

      Best regards,
      Recruitment Team"""),
)

fam("en10-s-11-obfuscated-pivot", 1, "obfuscated_pivot", False, False,
    t("chat", "pivot", "off_platform",
      "Add me on W e C h a t, id harbour_lin88. Not convenient here."),
    t("chat", "pivot", "off_platform",
      "my vx is k-advisory-01, much easier to talk there 😊"),
    t("mail", "pivot", "off_platform vague_client credential_targeting", """\
      I work with a client who needs people with a {sector} background and a current clearance.
      I'd rather not go into details here; this platform logs everything. You can find me on
      T e l e g r a m as {handle}, or write to lin.harbour (at) example (dot) net from a
      non-work address. I'll explain everything there."""),
    t("long", "pivot", "off_platform vague_client paid_task", """\
      Subject: Following up

      Dear {to},

      Thank you for accepting my connection request. As I mentioned, the organisation I work
      with is building a small advisory panel on {sector}, and your name came up more than
      once. Panel members write a short analysis each quarter and are generously rewarded for
      their time.

      I'm travelling a lot this month and rarely check this inbox, so the easiest way to reach
      me is on W.h.a.t.s.A.p.p at {cnphone}, or on the green app with the same number if that
      one is blocked where you are. Please don't reply here with details; our messages
      on this platform are not as private as people think.

      When we talk, I can tell you more about the panel and the people behind it. I think you
      will find the terms very attractive.

      Kind regards,
      {first} {last}"""),
)

fam("en10-s-12-fake-expert-network", 1, "fake_expert_network", False, False,
    t("chat", "pivot", "off_platform secrecy",
      "Could you take the call on your personal phone rather than the office line?"),
    t("mail", "elicitation", "paid_task sensitive_info vague_client", """\
      We are an expert network working for a fund that follows {co} closely. They would like
      a one-hour call on the company's upcoming contract awards and next quarter's order
      book, at {rate} per hour. There is no compliance form to fill in; it is an informal chat
      and nobody at your company needs to know about it."""),
    t("long", "elicitation", "paid_task sensitive_info secrecy unusual_payment", """\
      Subject: Call agenda - {day} {time}

      Hi {to},

      Thanks again for agreeing to speak with our client. To make the best use of the hour,
      here are the topics they would like to cover:

      - Yields on the new {sector} line since the last quarter (the figures you see in the
        weekly operations meeting are ideal).
      - The names of the two customers that were discussed for the {programme} contract, and
        where the negotiations stand.
      - Any delays or cost overruns that have not yet been disclosed to the market.

      Please don't worry about our usual compliance questionnaire; for an experienced
      professional like you we can skip it. Payment of {rate} per hour will be made to
      any personal account you give us, or to a family member if you prefer to keep it off
      your own statement.

      Talk soon,
      {first} {last}
      Research Associate"""),
    t("note", "elicitation", "sensitive_info paid_task", """\
      Great call today, thank you. The fund would like a follow-up next week, this time with
      the actual numbers from the internal forecast rather than ranges. Same rate, and we can
      double it if you can share the spreadsheet itself. It would stay strictly between us."""),
)

# ---------------------------------------------------------------------------------------------
# Suspicious, subtle: no app name, no client, no fee, nothing marked confidential. The intent
# shows only in what is asked.
# ---------------------------------------------------------------------------------------------

fam("en10-s-13-subtle-clearance-contact", 1, "fake_recruiter", False, True,
    t("chat", "contact", "credential_targeting",
      "Impressive career. Out of curiosity, is your clearance still active?"),
    t("chat", "contact", "credential_targeting vague_client",
      "The group I advise only talks to people who've worked on government programmes. You have?"),
    t("mail", "contact", "credential_targeting vague_client", """\
      I have been following your posts on {sector} for a while and wanted to reach out directly.
      A small group I advise is building a team and they value people who have worked close to
      government programmes. Before I go further, it would help to know which programmes you
      have been on, who the customer was, and how long your clearance runs. No pressure at
      all, it's just to see where you would fit."""),
    t("long", "contact", "credential_targeting vague_client", """\
      Subject: A conversation, if you have time

      Hello {to},

      Forgive the message out of the blue. I came across your talk on {sector} from last year
      and thought it was one of the clearest I have heard on the subject.

      I work with a group of investors who are quietly assembling a technical advisory board.
      They are careful people and would rather not put their names in a first message; I hope
      you can understand that. What they are looking for is not a CV in the usual sense. They
      want to understand the shape of what people like you have actually worked on, at the
      level of detail that never appears on a profile: which ministry programmes, which
      phase, who sat across the table, what level of access you hold and when it is next
      reviewed.

      If you are willing, I would suggest a relaxed first conversation, just the two of us,
      no commitment on either side. I am happy to fit around your schedule, evenings and
      weekends included.

      With respect,
      {first} {last}"""),
)

fam("en10-s-14-subtle-unannounced", 1, "handler_followup", False, True,
    t("chat", "elicitation", "sensitive_info",
      "The people I work with hoped for more on what hasn't been announced yet."),
    t("chat", "elicitation", "sensitive_info",
      "Any word on the bid numbers before they go out on {day}?"),
    t("note", "elicitation", "sensitive_info vague_client", """\
      What you wrote was thoughtful, but most of it is already on the company website. What
      would really help my colleagues is what never gets there: when the next trial is, which
      partner is falling behind, and what the customer was told at the last review. A few
      lines would be enough."""),
    t("long", "elicitation", "sensitive_info vague_client", """\
      Subject: Re: thoughts on the market

      {to},

      Thanks for your note, and sorry I've been slow. I shared your thoughts with the people
      I work with and they were grateful - they asked me to say so.

      If I'm honest, they were hoping for something a little different. Most of what you
      described has been in the trade press since spring. Where they struggle is the period
      before anything is announced: what your team expects the {programme} decision to be,
      which of the two designs management is leaning towards, and whether the {month} date
      will hold. Even your impression of the mood in the steering meetings would be useful.

      I'd never ask you to send documents, of course. Just your sense of how things are
      going, in your own words, whenever you have a quiet moment.

      Warmly,
      {first}

      > I've put down my views on where the sector is going. Hope it helps.
      > {to} {to_last}"""),
)

fam("en10-s-15-subtle-pivot", 1, "fake_headhunter", False, True,
    t("chat", "pivot", "off_platform",
      "This site reads everything. Is there a number I can reach you on outside work?"),
    t("chat", "pivot", "off_platform",
      "Let's continue on the green one with the two bubbles, you know the one."),
    t("mail", "pivot", "off_platform vague_client", """\
      I would prefer not to keep our conversation on this site; too many people can see who
      talks to whom. Could you give me an address that isn't your work one, something you
      check from home in the evenings? The people behind this opportunity are particular
      about how things are discussed, and I would like to respect that from the start."""),
    t("long", "pivot", "off_platform credential_targeting", """\
      Subject: Re: your profile

      Hi {to},

      Lovely to hear back from you. Yes, the role is real and yes, it would suit someone with
      your years on {sector} - especially with your access, which is exactly what makes you
      rare.

      One practical thing before we go on. Messages on this network are read by more people
      than you would think, and the company I am representing has asked that we move early to
      something less visible. Do you have the messaging app most people use abroad, the one
      with the green phone icon? If you send me your mobile number I will add you tonight.
      If you would rather not, a home address for mail that your employer does not see is
      fine too.

      I'll tell you much more there: the company, the team, and the very generous terms they
      have in mind.

      Speak soon,
      {first} {last}"""),
)

fam("en10-s-16-subtle-meeting-abroad", 1, "fake_consultant", False, True,
    t("chat", "meeting", "client_meeting",
      "They'd love to host you in {city_abroad} next month. Everything is taken care of."),
    t("note", "meeting", "client_meeting secrecy", """\
      Travel on your own passport, not the service one, and call it a holiday if anyone at work
      asks. We will handle the flights and {hotel}. My friends will meet you for dinner on the
      second evening and the rest of the week is yours."""),
    t("mail", "meeting", "client_meeting sensitive_info", """\
      Since you will be at the trade show in {city_abroad} anyway, my partners would be glad to
      invite you to a small dinner on the last evening. A car will collect you from the hall.
      They are keen to hear about the test campaign from someone who was there; if you have
      any notes or slides you are comfortable bringing along, please do."""),
    t("long", "meeting", "client_meeting secrecy vague_client", """\
      Subject: {city_abroad}

      Dear {to},

      I am so glad the dates work for you. My friends are delighted and asked me to tell you
      that you should not worry about anything - tickets, hotel, meals and a guide for the
      weekend are all arranged on their side.

      A few small things that make these visits go smoothly:

      - Please book your leave as ordinary holiday. There is no need to describe the trip as
        work, because it isn't, strictly speaking; it is a meeting between friends.
      - If you hold a second passport, it is simpler to use that one.
      - Leave your work phone at home. We will give you a local one at the airport.

      On the Saturday there will be a long lunch with two senior people who have followed
      your work on {sector} for years. They would like to hear your views on the
      {programme} schedule and on the people leading it. It will be relaxed.

      Looking forward,
      {first} {last}"""),
)

fam("en10-s-17-subtle-secrecy", 1, "handler_followup", False, True,
    t("chat", "secrecy", "secrecy",
      "No need to bring your manager into this. It's just two people talking."),
    t("chat", "secrecy", "secrecy",
      "Please delete this thread once you've read it."),
    t("mail", "secrecy", "secrecy vague_client", """\
      One more thought after our coffee. I'd rather our chats stayed off your work calendar
      and away from your work laptop, for your sake as much as mine. Security teams at places
      like yours see patterns where there are none, and my colleagues would hate for you to
      spend an afternoon explaining a friendship to them."""),
    t("long", "secrecy", "secrecy sensitive_info", """\
      Subject: Re: Thursday

      {to},

      Thanks for Thursday. I know you hesitated when I asked about the vetting interview, and
      I want to say plainly that you don't need to mention me there. We have met a few times
      for lunch, that's all, and it isn't the kind of contact those forms are really about.
      Adding my name would only create paperwork for both of us and raise questions that have
      easy answers.

      The same goes for your line manager. If he asks what you do at weekends, the writing
      group is the truth.

      Next time, could you bring the organisation chart for the new division? Only the names
      and titles - I'm trying to understand who decides what, which will help me introduce
      you to the right people later.

      Best,
      {first}

      > I'm not sure about the vetting form, they ask about regular contacts from abroad."""),
)

fam("en10-s-18-subtle-tasking", 1, "fake_consultant", False, True,
    t("chat", "paid_task", "paid_task",
      "Two pages on the supplier roadmap would be plenty. We'll make it worth your while."),
    t("note", "paid_task", "paid_task vague_client", """\
      The partners I mentioned would like a short write-up, five pages or so, on how your
      division plans to source {sector} parts after the export rules change. They will be
      generous for your time and can settle however suits you best."""),
    t("long", "paid_task", "paid_task vague_client sensitive_info", """\
      Subject: A small piece of writing

      Dear {to},

      I hope the new role is treating you well. As promised, here is the outline of the piece
      my associates would like, should you have the evenings for it.

      Working title: "Procurement in {sector}, 2026-2028: a practitioner's view".

      1. How purchasing decisions are really made in your directorate (who proposes, who
         signs, how long it takes).
      2. Which of your current suppliers you expect to be replaced, and why.
      3. Any changes to the {programme} plan you expect before they are made public.

      Length is up to you; eight to ten pages would be ideal. There is no need to cite
      sources. My associates would rather it be your own voice.

      They have asked me to make sure you are properly looked after for this, as before, and
      they are very flexible about how and where that happens.

      With thanks,
      {first} {last}"""),
    t("mail", "paid_task", "paid_task", """\
      Just checking on the write-up we discussed. My associates are patient, but they have a
      meeting on {day} and it would be a shame to miss it. If it helps, send whatever you have
      now and finish the rest later; they will look after you as usual once the first part
      arrives."""),
)

fam("en10-s-19-subtle-ex-colleague", 1, "ex_colleague_approach", False, True,
    t("chat", "contact", "credential_targeting",
      "It's {first} from the old team! Still on the {programme} work?"),
    t("chat", "elicitation", "sensitive_info",
      "Could you send me the draft board slides before {day}? Our side plans around them."),
    t("note", "elicitation", "sensitive_info secrecy", """\
      Could you forward me the latest integration schedule for {programme}? My new employer
      is planning a bid around it and I don't want to bother your manager, he never liked me
      much. Just the dates would do. Easier if it comes from your home address."""),
    t("long", "elicitation", "sensitive_info", """\
      Subject: long time!

      Hi {to},

      It's been ages. I hope the family is well and that {programme} is treating you kindly.
      I moved to {city_abroad} in the spring and joined a firm that works on {sector} -
      interesting people, very ambitious, and they watch the same market we used
      to worry about together.

      I have a favour to ask. We're trying to get our planning right for next year, and I
      remembered that your team produces the quarterly roadmap deck for the steering board.
      Would you be able to send me the latest one? Even last quarter's would help a lot. I'd
      only use it to make sure we're not chasing the same things as your side, which would
      be a waste for everyone.

      Also, who took over from Helen in the test group? I'd love to reconnect with them.

      Drinks on me next time I'm back,
      {first}"""),
)

fam("en10-s-20-subtle-coercion", 1, "coercion", False, True,
    t("chat", "coercion", "coercion",
      "Your mother's residence papers are being looked at again. When are you coming home?"),
    t("note", "coercion", "coercion", """\
      Someone from the neighbourhood office visited your father today. They asked about your
      friends over there and the meetings you go to. He says it would be simpler for everyone
      if you came back and talked to them yourself. Think about it, for him."""),
    t("long", "coercion", "coercion", """\
      Subject: about your brother

      {to},

      I am writing because your mother asked me to, and because I think you should know.
      Last week two men came to your brother's office in {home_city}. They were polite. They
      asked whether he still speaks to you, what you do in the evenings, and who organises
      the Saturday gatherings you go to.

      Afterwards his director told him that his promotion would "wait until the family
      situation is clear". Your mother has not slept properly since.

      They left a number and said you only need to call it, or better, come home for a short
      visit and answer a few questions in person. They said if you do this, nobody will
      bother your brother again. They also said they would like the names of the people at
      the gatherings, just so they know who they are.

      I am not telling you what to do. I am telling you what they said.

      Your uncle"""),
    t("export", "coercion", "coercion", """\
      [22:10] {rel}: they called your dad in again today
      [22:10] {rel}: same questions, your friends, the group photos online
      [22:11] {rel}: they say the shop licence is up for renewal
      [22:13] {rel}: if you come for new year and meet them it will be fine, they promised"""),
)

fam("en10-s-21-subtle-payment", 1, "handler_followup", False, True,
    t("chat", "payment", "unusual_payment",
      "Easier if it goes to your brother's account in {home_city}? Send me his details."),
    t("chat", "payment", "unusual_payment secrecy",
      "There's an envelope for you at the front desk, under your wife's name."),
    t("mail", "payment", "unusual_payment paid_task", """\
      About the thank-you for your last piece: my friends would rather not send anything to a
      bank in your own country, it only creates questions. They can leave it with your sister
      in {city_abroad}, or in a locker at the central station, whichever you prefer. Let me
      know and I'll arrange it this week."""),
    t("long", "payment", "unusual_payment paid_task", """\
      Subject: arrangements

      Dear {to},

      First, my colleagues asked me to thank you again. Your notes were exactly what they
      needed and they want to show their appreciation properly.

      They have suggested a few ways to do this that avoid the usual formalities:

      - a top-up card, loaded in several smaller amounts, that you can use anywhere;
      - a transfer to your mother's account at home, described as family support;
      - or a collection at {hotel} next time you are in {city_abroad}, where a colleague
        will hand it to you in person.

      The third is simplest for everyone. Whatever you choose, it is better not to bring it
      back through the airport in one go, and better not to mention it in writing again.

      Just reply with 1, 2 or 3.

      With gratitude,
      {first}"""),
)

fam("en10-s-22-subtle-grad-student", 1, "fake_grad_student", False, True,
    t("chat", "elicitation", "sensitive_info",
      "For my thesis, could I have the unrounded failure rates from the {programme} test run?"),
    t("mail", "elicitation", "sensitive_info credential_targeting", """\
      I am a doctoral student at {uni} working on reliability modelling for {sector}. Your
      conference paper was a great help. Would you be able to share the raw test logs behind
      it, including the runs that were left out of the paper? They would only be used for my
      thesis and I would not cite your employer by name."""),
    t("long", "elicitation", "sensitive_info", """\
      Subject: thesis data - a small favour

      Dear Dr {to_last},

      I hope you remember me from the poster session in {month}. I am in the third year of my
      PhD at {uni}, supervised by a professor who works closely with several institutes back
      home.

      My chapter on failure prediction is almost done, but the reviewers want real-world data
      rather than the published summaries. Your team's results on {programme} would be
      ideal. Specifically, I am hoping for:

      - the complete test matrix, including the runs that were repeated;
      - the unrounded failure rates per component;
      - the firmware version used in each campaign.

      I would anonymise everything, of course. I could also come to your site for a day and
      look at the logs there, if that is easier than sending files. My scholarship covers
      travel, so there would be no cost to you.

      Thank you so much for considering it,
      {first} {last}
      PhD candidate, {uni}"""),
)

fam("en10-s-23-subtle-job-scam", 1, "job_scam", False, True,
    t("chat", "job_scam", "job_scam",
      "To hold your start date, order the laptop from our approved vendor today. Refunded later."),
    t("note", "job_scam", "job_scam", """\
      Welcome aboard! To set up direct deposit we need your online banking login and the code
      the bank texts you in the next few minutes. It's a one-time verification so your first
      salary arrives on time. Please don't share this step with anyone else."""),
    t("long", "job_scam", "job_scam", """\
      Subject: Next steps - Remote Customer Support Associate

      Hi {to},

      Great news - the hiring panel was impressed with your chat interview and you have been
      selected for the Remote Customer Support Associate role. Your start date is {date}.

      Before then, three things:

      1. Equipment. We use a certified vendor for laptops and headsets so that our security
         software works. Please order the starter kit from the link below today; the cost is
         reimbursed in full with your first salary.
      2. Banking. Send us a photo of your bank card (both sides) so that we can set up your
         salary account.
      3. Training. The first two weeks are unpaid training, which is standard for our
         company.

      Because of high demand, the place is held for 24 hours only. If the vendor order is not
      confirmed by then, the offer goes to the next candidate.

      Kind regards,
      Talent Team"""),
)

fam("en10-s-24-subtle-fake-conference", 1, "fake_conference", False, True,
    t("chat", "meeting", "client_meeting secrecy",
      "Please don't route the invitation through your travel office. We sort the visa letter."),
    t("mail", "meeting", "client_meeting sensitive_info", """\
      Our symposium on {sector} in {city_abroad} has a closed session for practitioners on the
      second day. We would be honoured to have you. Flights and the hotel are arranged by us.
      The organisers ask speakers to bring material on parts of their work not yet published;
      the session is small and nothing is recorded."""),
    t("long", "meeting", "client_meeting secrecy sensitive_info", """\
      Subject: Speaker invitation - {city_abroad} symposium, {month}

      Dear {to} {to_last},

      We are delighted to confirm your place as a speaker at our symposium on {sector} in
      {city_abroad}. The organising committee will take care of flights, the hotel and local
      transport.

      A few practical notes:

      - Please correspond with us directly rather than through your institution's travel or
        protocol office. Those offices tend to slow down invitations like ours by several
        weeks, and the visa letter can be arranged by us in days.
      - The open session is public. The closed session on the second afternoon is not, and
        we ask speakers to bring material that goes beyond their published work: current
        test results, design choices under discussion, the problems that are still open.
      - Photographs are not permitted in the closed session.

      After the symposium, our sponsors would be pleased to host you for a day of visits to
      local laboratories.

      With warm regards,
      Organising Committee"""),
)

fam("en10-s-25-subtle-procurement", 1, "fake_procurement_contact", False, True,
    t("chat", "elicitation", "sensitive_info",
      "Between colleagues: what ceiling did the board set for the tender?"),
    t("note", "elicitation", "sensitive_info secrecy", """\
      Before the tender goes out, could you tell me which three bidders are on the shortlist
      and roughly where the evaluation scores landed? I'm not bidding myself, I'm only helping
      some friends decide whether it is worth the effort. It never goes further than me."""),
    t("long", "elicitation", "sensitive_info", """\
      Subject: coffee?

      Hi {to},

      Good to see you at the supplier day. I've been thinking about what you said about the
      maintenance contract for {programme}, and I wondered if we could have a coffee before
      the tender is published.

      I'm advising a consortium that has not decided whether to bid. It would help them
      enormously to know a few things early: the budget ceiling that was approved, which
      evaluation criteria carry the most weight, and whether the incumbent is expected to be
      renewed. I know these things will eventually be in the tender pack, but by then my
      friends will have lost the time they need to prepare.

      I'm not asking for documents, just a chat. And I'd be very grateful - my friends
      remember the people who help them, and there may be an advisory role for you on their
      side later.

      Let me know a good day,
      {first} {last}"""),
    t("mail", "elicitation", "sensitive_info", """\
      Quick question from the supplier day. Has the scoring panel for the {programme} tender
      met yet? If you could let me know which way the panel is leaning before the notices go
      out on {day}, I could save some people a lot of wasted work. I'll remember the
      kindness."""),
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: honest messages with the surface of an approach
# ---------------------------------------------------------------------------------------------

fam("en10-b-01-recruiter-named-role", 0, "genuine_recruiter", True, False,
    b("Recruiting a {role} at {co}, {band}. Open to a call?"),
    bn("mail", """\
      I'm a recruiter at {agency} and I'm working on a {role} vacancy for {co} at their site
      near Bristol. The salary band is {band} plus bonus, hybrid three days on site, and the
      role needs existing SC clearance or eligibility for it. The job description is attached
      to this InMail. If it's of interest, could you send me an up-to-date CV, or suggest a
      time for a 20-minute call this week?"""),
    bn("long", """\
      Subject: {role} - {co} - {band}

      Hi {to},

      Thanks for accepting my connection. As promised, the details in writing so you can
      decide whether it's worth a call.

      Company: {co} (our client for four years; I'm happy for you to check that with their
      talent team, contact on their careers page)
      Role: {role}, reporting to the Head of Engineering
      Location: on site four days a week; relocation support available
      Salary: {band}, 10% bonus, 8% pension
      Clearance: the programme is government-funded, so the successful candidate will go
      through national security vetting after the offer. You don't need it today.
      Process: a call with me, then two interviews with the hiring manager and the team. No
      tests to do at home.

      Please don't send me anything about your current programmes beyond what's already on
      your CV - the hiring manager is explicit about that and so am I.

      If it appeals, reply with a couple of times that suit, or call me on {phone}.

      Kind regards,
      {first} {last}
      Senior Consultant, {agency}
      {mail}"""),
    b("Thanks for the CV. {co} would like a call {day} at {time}."),
)

fam("en10-b-02-recruiter-whatsapp-scheduling", 0, "genuine_recruiter", True, False,
    b("Easier to sort interview times on WhatsApp? I'm on {phone}. Rest by e-mail."),
    bn("long", """\
      Subject: Re: {role} at {co} - scheduling from my personal address this week

      Hi {to},

      A practical note before Thursday. {agency} is moving to a new e-mail system this week
      and some messages are bouncing, so for scheduling only I'm copying in my personal
      address, {mail}. If anything from my work address doesn't reach you, that one will.

      Nothing else changes. The vacancy is the one on the {co} careers site (reference
      {ref}), the salary band is {band} as advertised, and your CV stays in our system and
      theirs. The formal interview invitation and any offer will come from {co}'s own HR
      team, never from me privately. I won't ask you for documents, ID or anything about your
      current employer by any route.

      If you'd like to check that I am who I say, ring our office switchboard on {phone} and
      ask for me.

      Could you send me two slots that work for a 45-minute video call with the hiring
      manager, {other}?

      Thanks,
      {first} {last}
      Senior Consultant, {agency}

      > Thanks - happy to go ahead. What are the next steps?"""),
    bn("note", """\
      Sorry, my laptop died at the airport - messaging you on WhatsApp just to move Thursday's
      interview with {co} to {time}. The official invitation will come from their HR system
      as before, nothing changes about the process. Reply here or on my work e-mail, whichever
      is easier for you."""),
    bn("long", """\
      Subject: Re: Interview scheduling - {role}, {co}

      Hi {to},

      Thanks for your patience. I've spoken to the hiring manager, {other}, and they
      can do {day} at {time} or the following morning.

      As you suggested, I'm happy to message you on WhatsApp on the day itself in case of
      delays - my work mobile is {phone}. I'll only use it for timing; the offer and anything
      about salary will always come by e-mail from my {agency} address, and you can verify
      the vacancy on the {co} careers site under reference {ref}.

      The interview is a panel of three, 60 minutes, mostly technical discussion of your past
      projects at the level you'd describe in a public talk. Please don't bring any documents
      from your current employer.

      Travel to the site is reimbursed against receipts through {co}'s expenses team; I'll
      send you the form.

      Best,
      {first} {last}
      {agency}

      > From: {to}
      > Could we move things to WhatsApp for scheduling? I'm travelling this week."""),
    bn("export", """\
      [08:40] {first} ({agency}): Morning! Just checking you got the {co} calendar invite for {day}?
      [08:52] Me: yes got it, thanks. Is it on site or video?
      [08:53] {first} ({agency}): On site, reception at 9:45. Bring photo ID, they'll give you a visitor pass
      [08:53] {first} ({agency}): Parking is reimbursed, keep the ticket
      [08:54] Me: perfect"""),
)

fam("en10-b-03-headhunter-exec-search", 0, "genuine_headhunter", True, False,
    b("Confidential CTO search, {sector}. Happy to name the firm on a call."),
    bn("mail", """\
      I'm running a confidential executive search for a listed {sector} company; the role is
      Chief Technology Officer and the package starts at a base well above {band}. I can only
      name the company after a short call and a standard NDA from my firm, {agency}, which I'll
      send by e-mail. Nothing is expected from you beyond your own career history."""),
    bn("long", """\
      Subject: Chief Engineer search - next steps

      Dear {to},

      Thank you for the call this morning. As agreed, here is a summary for your records.

      The company is {co}, and the role is Chief Engineer for their {sector} division. The
      search is confidential because the current post-holder retires in {month} and the
      announcement has not yet been made to staff. The NDA I sent covers that fact only; it
      doesn't ask anything of you about your current employer, and I'd ask you not to share
      anything about them with me either.

      Package: base salary in the range we discussed, long-term incentive plan, relocation.
      Next step: an informal dinner with the CEO and the chair of the board, at their head
      office. If you travel in, {co} will book and pay for your train and hotel directly.

      I'd be grateful for an updated CV by {day}.

      With best wishes,
      {first} {last}
      Partner, {agency}
      {phone}"""),
    b("Spoke to the chair. She'd like to meet you for coffee next week, her office."),
)

fam("en10-b-04-expert-network-call", 0, "expert_network", True, False,
    b("{xnet}: 1-hour paid call on {sector} market trends, {rate}. Interested?"),
    bn("mail", """\
      I'm a research associate at {xnet}. One of our clients, an investment fund, would like a
      one-hour paid phone consultation on the {sector} industry: demand, pricing and the main
      public competitors. We pay {rate} for the hour. We do not want any confidential or
      non-public information about your current or former employers, and you'll be asked to
      confirm that in our compliance attestation before the call."""),
    bn("long", """\
      Subject: Consultation request - {sector} supply chain - {xnet}

      Dear {to},

      Thank you for your interest. Below are the details of the project and the terms.

      End client: an investment management firm (industry: asset management). Our client
      policy means we share the industry, not the name, before the call; you may decline at
      any point.
      Topic: general trends in {sector} supply chains, publicly reported capacity, and how
      buyers typically evaluate suppliers.
      Format: one-hour phone call on {day}, moderated by {xnet}.
      Fee: {rate} per hour, paid by bank transfer to your own account via our consultant
      portal, with an invoice in your name.

      Before the call you must complete our compliance attestation confirming that:
      - you will not disclose confidential, proprietary or material non-public information;
      - you are not bound by an employment contract that forbids this consultation;
      - you are not a government employee.

      If any question during the call moves towards non-public information, please decline to
      answer; our moderator will also stop the line of questioning.

      Kind regards,
      {first} {last}
      Compliance-reviewed project, {xnet}"""),
    b("Attestation received, thanks. Call confirmed {day} {time}; dial-in from {xnet} to follow."),
    b("Reminder from {xnet}: no non-public info on tomorrow's call, please. Fee paid next week."),
)

fam("en10-b-05-expert-network-decline", 0, "expert_network", True, False,
    b("Sorry, {xnet} can't schedule you: government employees are excluded from paid calls."),
    bn("mail", """\
      Thank you for completing our profile form. Because your current employer is a public
      body, our compliance team has placed your profile on hold: {xnet} does not arrange paid
      consultations with serving government employees, even on public topics. If your role
      changes, you are welcome to update your profile. We're sorry for the inconvenience."""),
    bn("long", """\
      Subject: Your recent consultation - compliance review

      Dear {to},

      Thank you for speaking with our client last {day}. As part of our routine quality
      checks, our compliance team reviewed the call recording.

      Everything was in order. We noted that when the client asked about {co}'s upcoming
      order intake, you replied that you could not discuss information that was not public.
      That was exactly right, and we have flagged the question to the client's compliance
      officer as outside the agreed scope.

      A reminder of our policy for future projects:
      - we never seek confidential or material non-public information;
      - you may stop any call at any time without losing your fee;
      - payment is made only to an account in your own name, with a tax form;
      - we will never ask you to move a conversation to a personal messaging app.

      Your fee of {rate} will be paid within 14 days.

      With thanks,
      {first} {last}
      Compliance Team, {xnet}"""),
)

fam("en10-b-06-think-tank-paid-review", 0, "think_tank_commission", True, False,
    b("Would you peer-review our published {sector} report? Modest honorarium, credited by name."),
    bn("mail", """\
      The {tank} is finalising a public report on {sector} supply chains, to be launched in
      {month}. We would like to commission you to review the draft for accuracy. The review is
      paid ({amount}, on invoice) and you will be acknowledged by name in the published report.
      We only need your expertise on public sources; please don't draw on anything from your
      employer that isn't public."""),
    bn("long", """\
      Subject: Commission - policy paper on {sector}, {tank}

      Dear {to},

      Following our conversation at the launch event, I'm pleased to confirm the commission.

      Output: a policy paper of 5,000-6,000 words on the resilience of {sector} supply chains,
      published under your name on the {tank} website and in our autumn series.
      Fee: {amount}, paid in two instalments by bank transfer against invoice, on submission
      of the draft and on publication.
      Travel: you are invited to present the paper at our launch event; travel and one night's
      accommodation are reimbursed under our standard expenses policy.
      Independence: the paper is funded from our core grant. There is no sponsor with a say
      over content, and our funders are listed on our website.
      Sources: public and published material only. Our editors will ask you to confirm that
      nothing in the paper is confidential to any employer.

      I'll send the contract from our operations team this week.

      Best regards,
      {first} {last}
      Senior Fellow, {tank}"""),
)

fam("en10-b-07-university-paid-talk", 0, "university_invite", True, False,
    b("Dept seminar on {date}: would you give a talk? Travel reimbursed, small speaker fee."),
    bn("mail", """\
      On behalf of the Department of Engineering at {uni}, I'd like to invite you to give our
      annual public lecture on {sector} on {date}. We offer a speaker fee of {small} and will
      reimburse your travel and one night's hotel through the university's finance office. The
      lecture is open to the public and will be recorded for our website."""),
    bn("long", """\
      Subject: Visiting lecture - payment and travel forms

      Dear {to},

      Thank you again for agreeing to give the guest lecture on {date}. To process your fee and
      travel, the finance office at {uni} needs the following, submitted through the supplier
      portal (not by e-mail, please, for data protection reasons):

      - the visiting speaker form, with your bank details in your own name;
      - a copy of your passport page, if you are not a UK resident, for right-to-work checks;
      - receipts for rail or air travel (standard class/economy).

      The fee of {small} is paid within 30 days of the lecture. If your employer prefers that
      the fee go to them or to a charity, just tell us and we will invoice accordingly - some
      speakers from government labs do this.

      Slides: the lecture will be public and recorded, so please use only material that has
      already been published or cleared by your employer.

      Warm regards,
      {first} {last}
      Events Coordinator, School of Engineering
      {uni}"""),
    b("Lecture fee from {uni} processed. Expect it in 5 working days."),
)

fam("en10-b-08-conference-abroad", 0, "conference_invite", True, False,
    b("Keynote slot at our {city_abroad} summit in {month}? Flights and hotel on us."),
    bn("mail", """\
      We'd be delighted to have you as a speaker at the {sector} Summit in {city_abroad} on
      {date}. As a keynote speaker your economy flights and three nights at {hotel} are covered
      by the organisers. Registration for speakers is through the public conference website.
      Your employer's travel policy takes precedence; if they prefer to book your travel, we
      will reimburse them instead."""),
    bn("long", """\
      Subject: Speaker logistics - {sector} Summit, {city_abroad}

      Dear {to},

      Thank you for confirming your keynote. Here is everything you need.

      Travel: our travel agent will contact you to book flights. If your organisation requires
      you to book through its own travel desk, please do; send us the invoice and we will
      reimburse your organisation directly.
      Hotel: {hotel}, three nights, booked and paid by the organisers.
      Visa: we can provide an invitation letter. Please request it through the speaker portal.
      Content: the summit is public and sessions are streamed. Please keep to published or
      cleared material; our code of conduct asks speakers not to present anything that is
      confidential or export-controlled.
      Speaker dinner: on the first evening, with the programme committee.

      Many of our speakers from defence and government bodies also notify their security
      office before travel. We're happy to send an official letter for that if it helps.

      With kind regards,
      {first} {last}
      Programme Chair, {sector} Summit"""),
    b("Flight confirmation for {city_abroad} attached. Speaker dinner is {day} at 7pm."),
)

fam("en10-b-09-journalist-on-record", 0, "journalist_interview", True, False,
    b("Reporter here. Could you comment on the record about the {programme} announcement?"),
    bn("mail", """\
      I'm a reporter at the Westmere Herald writing about the government's announced {sector}
      programme. I'd like to interview you on the record about the published plan and what it
      means for the industry. I'm not looking for anything confidential - only your view as an
      expert. If your employer's press office needs to approve, I'm happy to go through them."""),
    bn("long", """\
      Subject: Interview request - Westmere Herald

      Dear {to} {to_last},

      My name is {first} {last} and I cover technology and defence for the Westmere Herald.
      I'm writing a feature on the {programme} programme, which the ministry announced last
      {month}, and on how suppliers are preparing for it.

      I'd like to interview you for about 30 minutes, by phone or in person, and quote you by
      name. The questions would be about the public announcement, the published budget, and
      your general view of the skills shortage in {sector}.

      I understand you may need clearance from your employer's communications team. If so, I'd
      be glad to send my questions to them in advance. I won't ask you about contracts or
      anything that isn't public, and if you prefer to speak only on background about the
      wider industry, we can discuss that openly before we start.

      My deadline is {day}. You can reach me at {mail} or on {phone}.

      Best wishes,
      {first} {last}
      Defence Correspondent, Westmere Herald"""),
    b("Thanks for the quote. It runs tomorrow; I'll send the link."),
)

fam("en10-b-10-colleague-board-slides", 0, "coworker_channel", True, False,
    b("Could you share the board deck draft before {day}? Need to check my numbers."),
    b("Internal only, but the revised {programme} timeline is on SharePoint now."),
    bn("mail", """\
      Could you send me the draft of the steering board slides before {day}'s pre-meet? I want
      to check that the cost figures on slide 6 match the finance pack. Please use the team
      folder rather than e-mail; the deck is marked internal and the labels need to stay on.
      No rush on the appendix."""),
    bn("long", """\
      Subject: Board pack - {programme} - comments by {day}

      Hi all,

      The draft board pack for {programme} is in the programme Teams channel (Files > Board >
      {month}). It's classified OFFICIAL-SENSITIVE, so please review it there and don't
      download copies to personal devices or forward it outside the company.

      What I need from each of you by {day}:
      - {to}: check the schedule slide against the latest integrated plan;
      - Finance: confirm the cost-to-complete figure;
      - Test: a one-line status on the {month} trial.

      If you're working from home, VPN please - the folder won't open otherwise. And if anyone
      external asks about the trial date (suppliers have been fishing), point them to the
      public statement and let me know who asked.

      Thanks,
      {first} {last}
      Programme Office"""),
)

fam("en10-b-11-colleague-moving-chat", 0, "coworker_channel", True, False,
    b("Let's move this to Teams, my WhatsApp is for family. Same thread name?"),
    b("Ping me on Slack, not WhatsApp. I'm offline on my personal phone this weekend."),
    bn("note", """\
      Quick one - can we take the {programme} chat off WhatsApp and into the corporate WeChat
      group? IT reminded everyone that work files shouldn't sit on personal phones. I'll add
      the supplier contacts there too, so nobody needs to share personal numbers any more."""),
    bn("export", """\
      [13:02] {first}: are you in the office today?
      [13:03] Me: WFH, why
      [13:03] {first}: need the updated test schedule for the {city_abroad} customer visit
      [13:04] Me: it's on the team site, internal folder. Don't send it on WhatsApp pls, IT will kill us
      [13:04] {first}: haha fair, grabbing it from there
      [13:05] {first}: travel for the visit is approved btw, finance confirmed"""),
)

fam("en10-b-12-procurement-tender", 0, "procurement_notice", True, False,
    b("Tender for {programme} maintenance is live on the public portal. Questions close {day}."),
    bn("mail", """\
      Reminder to the bid team: the invitation to tender for the {programme} maintenance
      contract is now published on the government procurement portal, reference {ref}. All
      clarification questions must go through the portal; do not contact the buyer's staff
      directly during the standstill, and log any approach from them with the bid manager."""),
    bn("long", """\
      Subject: Bid team kick-off - {programme} support contract ({ref})

      Hi team,

      The tender was published this morning. The documents are public and available on the
      procurement portal; I've also saved them in the bid folder.

      Key facts from the published notice:
      - estimated contract value and duration are in section II.1.5;
      - evaluation is 60% quality, 40% price, with the weightings published in the ITT;
      - deadline for clarification questions is {day} at noon; submission is in six weeks.

      Ground rules, as usual:
      1. All questions go through the portal. We don't discuss the bid with anyone at the
         buying authority outside that channel, however friendly the contact.
      2. If anyone - supplier, recruiter, consultant - offers us "inside" information about the
         budget ceiling or other bidders, refuse, and tell me and Legal the same day.
      3. Pricing stays in the restricted pricing folder.

      Kick-off meeting {day} at {time}, room 3.

      Thanks,
      {first} {last}
      Bid Manager"""),
    b("Clarification answers published on the portal. Budget ceiling isn't disclosed, as expected."),
)

fam("en10-b-13-security-notice", 0, "security_awareness", True, False,
    bn("mail", """\
      Security reminder: if a recruiter you've never met offers a well-paid consultancy, asks
      you to continue on WeChat, WhatsApp or Telegram, wants a paid report for an unnamed client
      or invites you abroad with everything paid, stop and talk to the security team before you
      reply. Legitimate recruiters don't mind waiting a day."""),
    bn("long", """\
      Subject: Think before you reply - online approaches

      Dear colleagues,

      Hostile intelligence services and criminals use professional networking sites to find
      people with access to sensitive work at companies like {co}. The approaches rarely look sinister. Warning signs
      to watch for:

      - flattery and an unusually generous offer from someone you don't know;
      - a "client" who cannot be named;
      - an early request to move to WhatsApp, WeChat, Telegram, Signal or a personal e-mail;
      - requests for paid reports or white papers, which slowly drift towards internal or
        unpublished information ("nothing classified, just what's discussed internally");
      - invitations to meet abroad with flights and hotels paid;
      - requests to keep the contact secret from your employer, or payment in cash, crypto or
        gift cards.

      None of these alone proves anything - real recruiters also use WhatsApp. But if you see
      two or three together, please report it to security@example.com or on extension 4410.
      You won't be in trouble for reporting, even if you have already replied.

      Corporate Security"""),
    b("Security tip: unknown recruiter + move to Telegram + paid report = call us."),
    bn("note", """\
      Reminder from the security team before the trade show in {city_abroad}: if anyone offers
      you a paid consultancy, asks for your personal number or invites you to a private dinner
      with their client, be polite, take their card, and tell us when you're back."""),
)

fam("en10-b-14-security-quiz-coercion", 0, "security_awareness", True, False,
    b("Quiz Q4: stranger moves you to WeChat, offers paid reports. Report it?"),
    b("Answer: yes. An unnamed client plus off-platform payment is a classic approach."),
    bn("mail", """\
      Our community centre runs a free session on {date} about transnational repression. Some
      members have been told that relatives at home will lose their jobs or pensions unless
      they return or report on others. If this happens to you, you are not alone: the police
      here and our volunteers can help, in confidence."""),
    bn("long", """\
      Subject: Training materials - recognising hostile approaches (module 3)

      Hi {to},

      Here is the text for module 3 of the awareness course, for your review before it goes
      to the designers.

      Scenario A. A "consultant" on a networking site praises your work, says his client in
      {city_abroad} pays {amount} for short reports, and asks you to continue on WhatsApp.
      Question: which three warning signs do you see? (Answer: flattery, unnamed client,
      off-platform move.)

      Scenario B. After two harmless papers, he asks for "the board slides, nothing
      classified, just the draft" and suggests paying to your brother's account.
      Question: what should you do? (Answer: stop, keep the messages, call Security.)

      Scenario C. Your aunt messages that officials visited her and asked when you will come
      home. Question: who can help? (Answer: Security, and the police hotline listed below.)

      Let me know if the wording is too long for the slides.

      Thanks,
      {first} {last}
      Security Awareness Lead"""),
)

fam("en10-b-15-family-visit-home", 0, "family_chat", True, False,
    b("{rel} says come home for New Year, she'll pay half the ticket 😊"),
    b("Booked {home_city} flights for {date}! Don't tell Grandma, it's a surprise."),
    bn("note", """\
      Your dad says the visa office finally answered, so you can come home in {month}. He wants
      to pay for the flight this time, don't argue with him. Bring the kids' photos for
      Grandma, she asks every day. Call us on WeChat tonight if you're free."""),
    bn("export", """\
      [19:20] {rel}: when are you landing?
      [19:21] Me: {date}, evening flight via {city_abroad}
      [19:21] {rel}: your uncle will pick you up, don't take a taxi
      [19:22] {rel}: I made a list of things to bring, sending on WeChat
      [19:22] Me: ok but I only have one suitcase 😂
      [19:23] {rel}: then bring two"""),
)

fam("en10-b-16-family-parents-health", 0, "family_chat", True, False,
    b("Dad's test results came back fine. Doctor wants a check-up in {month}."),
    bn("note", """\
      {rel} is home from hospital and resting. The doctor said the operation went well but
      she needs someone with her for two weeks. {cousin} is staying this week; can you video
      call her on WhatsApp tomorrow? She doesn't want your brother told yet, she says he worries
      too much, so keep it quiet for now."""),
    bn("long", """\
      Subject: Mum's appointments and the bills

      Hi both,

      Quick summary after today's appointment in {home_city}, since the WeChat group gets
      messy.

      - The cardiologist is happy with the new medication. Next check-up in {month}.
      - The hospital bill for the last stay came to about {amount}. Insurance covers most of
        it. I've paid the rest from the family account and kept the receipts.
      - Dad asked whether one of us can come home for a few weeks in the summer. I can do
        July; can either of you do August?
      - The neighbours have been wonderful. {rel} brings food every other day. I'd like to send
        her something to say thank you - ideas welcome.

      Please don't mention the bill to Mum on the phone, she'll only fret. I'll explain it to
      her properly when I'm there.

      Love,
      {cousin}"""),
    b("Called Mum on WeChat. She sounds better, sends her love."),
)

fam("en10-b-17-family-sending-money", 0, "family_chat", True, False,
    b("Sent {rel} the money for the roof repair via the bank app. Arrived?"),
    b("Can you Alipay Auntie for the flowers? I'll pay you back Sunday."),
    bn("note", """\
      I transferred {small} to {cousin}'s account for his school books, the rest is for Grandma's
      medicine. The bank needed ID and asked what it was for, so I wrote family support. Tell
      him to send a photo of the receipt so Dad stops worrying."""),
    bn("long", """\
      Subject: Family fund - this quarter

      Hi everyone,

      Here's the summary of the family fund for Grandpa and Grandma in {home_city}, as we agreed
      on the WhatsApp group.

      Money in:
      - me: {small} a month, by standing order;
      - {cousin}: same, by bank transfer from {city_abroad};
      - Uncle: covers the hospital bills directly.

      Money out:
      - rent and utilities at the flat;
      - the carer three mornings a week;
      - the new wheelchair (receipt in the shared folder).

      We're using the registered money-transfer service now, not cash with people travelling
      home - the fees are lower and there's a record. Please keep sending through the account
      in Grandma's name only.

      Next call is Sunday at 8 our time, 3 theirs. Grandma wants to see everyone's kids.

      Love,
      {first}"""),
)

fam("en10-b-18-cousin-wedding", 0, "family_chat", True, False,
    b("{cousin}'s wedding is {date} in {home_city}! Are you coming?"),
    b("Red envelope amount for the wedding? Mum says don't be stingy 😅"),
    bn("export", """\
      [20:01] {rel}: hotel for the wedding is booked, the family rate
      [20:02] {rel}: bride's side is paying for the banquet, we pay the tea ceremony
      [20:02] Me: how much should I put in the envelope?
      [20:03] {rel}: ask your cousin, not me 😂
      [20:04] {rel}: and bring a suit, not the grey one"""),
    bn("long", """\
      Subject: Wedding week - travel details

      Dear all,

      The wedding of {cousin} and {first} is confirmed for {date} in {home_city}. Thank you to
      everyone who has already booked.

      Travel: most of you are flying via {city_abroad}. The family group has a shared list of
      flights; please add yours. Uncle's company will collect everyone from the airport.
      Hotel: the family rate at {hotel} is held until the end of the month. Pay the hotel
      directly.
      Gifts: the couple asked for no gifts, but the aunties insist on red envelopes, so do
      what your conscience tells you.
      Programme: tea ceremony on the morning, banquet in the evening, family lunch the next
      day at Grandma's.

      And one secret: we're preparing a video of messages from the relatives abroad. Please
      record thirty seconds and send it to me on WeChat - and don't tell the couple!

      Love,
      {rel}"""),
)

fam("en10-b-19-clearance-job-ad", 0, "cleared_job_ad", True, False,
    b("Hiring: {role}, active SC or DV clearance required. Apply via our careers site."),
    bn("mail", """\
      {co} is hiring a {role} for its {sector} programme. Salary {band}. The role requires
      current security clearance at DV level (or SC with willingness to upgrade) and UK
      nationality. Applications only through the {co} careers site, reference {ref}. We never
      ask for clearance details or payment by private message."""),
    bn("long", """\
      Subject: Job posting: {role} (Security Clearance Required) - {ref}

      About the role
      {co} is looking for a {role} to join the team delivering a government {sector}
      programme. You will lead the integration of subsystems, own the verification plan and
      represent engineering at customer reviews.

      Requirements
      - Active TS/SCI clearance with polygraph, or current DV (UK). The clearance must be in
        place on day one; we cannot sponsor.
      - 8+ years in systems engineering, including at least one full programme life cycle.
      - Willingness to travel to customer sites, including occasional trips abroad (travel
        costs paid by the company under our travel policy).

      What we offer
      Salary {band}, relocation package, 25 days' leave, pension.

      How to apply
      Only through the careers portal, reference {ref}. We will never ask you for money, for
      your clearance documents by e-mail, or to continue a conversation on a messaging app.
      If someone contacts you claiming to recruit for {co} and does any of these, please tell
      us at careers-integrity@example.com.

      {co} is an equal opportunity employer."""),
    b("Cleared roles at {co}: new postings this week. Clearance verified after offer only."),
)

fam("en10-b-20-hr-onboarding-id", 0, "hr_onboarding", True, False,
    b("Please upload your passport scan in the onboarding portal before {day}. Not by e-mail!"),
    bn("mail", """\
      Welcome to {co}! Before your first day on {date}, please complete the onboarding tasks in
      the HR portal: right-to-work documents (passport or ID), bank details for payroll, and
      the confidentiality agreement. For your security we never ask for ID documents or bank
      details by e-mail, text or WhatsApp; only upload them in the portal."""),
    bn("long", """\
      Subject: Your first week at {co} - onboarding checklist

      Hi {to},

      We're looking forward to welcoming you on {date}. This e-mail lists what we need and how
      to send it. Please read it to the end - the last part matters.

      Before day one (in the HR portal only):
      1. Right-to-work check: upload your passport or national ID. Bring the original on day
         one so we can see it.
      2. Payroll: your bank account details, in your own name. Salary is paid monthly.
      3. Security vetting: the vetting questionnaire opens in the portal; it asks about foreign
         travel and contacts. Answer fully - it's confidential to the vetting team.
      4. Policies: the code of conduct and the confidentiality agreement.

      On day one: reception at 9:00, laptop collection, and an induction session including the
      security briefing on approaches from fake recruiters.

      Important: we will never ask you to pay for equipment, to send ID by e-mail or WhatsApp,
      or to share banking passwords or one-time codes. If you receive a message like that
      claiming to be us, forward it to hr-support@example.org.

      Best wishes,
      {first} {last}
      People Team, {co}"""),
)

fam("en10-b-21-consultant-invoicing", 0, "consulting_engagement", True, False,
    b("Invoice for the {co} engagement sent. Payment terms 30 days as per the SOW."),
    bn("mail", """\
      Attached is invoice {ref} for the work on {co}'s grid-connection study in {month}: 12 days
      at the agreed day rate, plus travel to their site, with receipts. The deliverable report
      was accepted by their engineering director on {day}. Payment to our business account as
      usual; the details are unchanged."""),
    bn("long", """\
      Subject: {co} - subcontract confirmation and NDA

      Hi {to},

      Good news: {co} has signed the statement of work for the {sector} resilience review,
      and we'd like you on the team as a subcontractor.

      Client: {co} (named in the SOW; they're happy for you to contact their project
      manager, {other}, to confirm).
      Scope: a review of their own supplier risk, using documents {co} provides under NDA.
      Those documents are confidential to {co}. They stay on the project SharePoint, and
      nothing goes to any other client or any third party.
      Rate: our standard associate day rate, invoiced monthly to us; we pay within 30 days.
      Travel: two site visits, expenses reimbursed at cost.
      Conflicts: please confirm you are not currently working for any of their competitors.

      I'll send our subcontract and the {co} NDA by DocuSign today. Once both are signed,
      you'll get access to the project space.

      Thanks,
      {first} {last}
      Director, Ashgrove Consulting"""),
)

fam("en10-b-22-travel-reimbursement", 0, "travel_reimbursement", True, False,
    b("Expenses for the {city_abroad} trip approved, paid with next month's salary."),
    b("Keep your hotel receipt from {hotel}, finance won't pay without it."),
    bn("mail", """\
      Your travel claim for the customer meeting in {city_abroad} has been approved by your
      line manager. The total of {amount} (flights, three nights at {hotel}, taxis) will be
      paid into your salary account on the next payroll run. Per diem is paid at the standard
      rate for that country."""),
    bn("long", """\
      Subject: Travel to {city_abroad} - pre-trip briefing and expenses

      Hi {to},

      Your trip to the customer meeting in {city_abroad} on {date} is approved. A few reminders
      before you go:

      Booking: flights and {hotel} are booked through the company travel desk and paid
      centrally. If the customer offers to pay for anything beyond a working meal, decline
      politely and let me know; our gifts and hospitality policy applies.
      Expenses: taxis, meals and incidentals go on your corporate card. Submit the claim within
      30 days with receipts.
      Security: please complete the foreign travel form on the security intranet at least a
      week before departure, take the clean travel laptop rather than your usual one, and
      report any unusual contact when you return. That includes people who want to meet you
      privately outside the agenda.
      Meetings: the agenda is attached; everything we present has been cleared for export.

      Safe travels,
      {first} {last}
      Operations Manager"""),
)

fam("en10-b-23-payroll-bank-notice", 0, "payroll_notice", True, False,
    b("Payslip for {month} is available in the HR portal."),
    bn("mail", """\
      Payroll notice: salaries for {month} will be paid on the 25th. If you've changed banks,
      update your details in the HR portal by the 15th. Payroll will never ask you to confirm
      bank details by phone, pay a fee to release salary, or accept payment in gift cards or
      crypto. Report any such message to the service desk."""),
    bn("long", """\
      Subject: Important: changes to how we pay expenses and reimbursements

      Dear colleague,

      From {month}, expense reimbursements will be paid together with your salary rather than
      as a separate transfer. This is a change in timing only; amounts are unaffected.

      What you need to do: nothing, unless your bank details have changed. In that case,
      update them in the HR portal. The change takes effect after a verification call from
      the payroll team to the phone number already on your record.

      What we will never do:
      - ask for your online banking password or one-time codes;
      - ask you to pay anything to release a payment;
      - pay you in cash, gift cards, cryptocurrency or to someone else's account;
      - contact you on WhatsApp or a personal e-mail about pay.

      We have had reports of fraudsters impersonating payroll. If in doubt, call the service
      desk on {phone} (the number on the intranet, not one given in a message).

      Payroll Services"""),
    b("Your bank: a payment of {amount} from {uni} (speaker fee) has been credited."),
)

fam("en10-b-24-alumni-group", 0, "alumni_group", True, False,
    b("Alumni reunion in {city_abroad} on {date}! Tickets via the association site."),
    bn("note", """\
      The {uni} alumni chapter in {city_abroad} is hosting a dinner on {date}. Several
      of us work in {sector} now and it would be lovely to catch up. Dinner is pay-your-own,
      about {small}. Add your name to the sheet in the WhatsApp group."""),
    bn("export", """\
      [17:45] {first} (class of '09): who's coming to the {city_abroad} reunion?
      [17:47] {cousin}: me! flights booked
      [17:48] {first} (class of '09): association is covering the venue, we pay drinks
      [17:49] Me: can't this year, work trip. Send photos!
      [17:50] {first} (class of '09): will do. Also collecting for a gift for Prof. {last}'s retirement, bank details in the pinned msg"""),
    bn("long", """\
      Subject: {uni} Alumni Association - annual update and a warning

      Dear alumni,

      Thank you to everyone who joined the reunion in {city_abroad}. Photos are on the
      association website.

      Dues: annual membership stays at {small}, paid through the website only.
      Mentoring: 40 of you volunteered to mentor final-year students. Thank you.
      Careers: the jobs board now carries cleared and government roles; employers are
      verified before posting.

      A warning: several alumni in defence and government roles have received messages from
      someone claiming to represent our association, offering paid "consultancy reports" and
      asking to move to Telegram. That is not us. We never pay alumni for reports and we
      never ask you to leave our official channels. If you receive such a message, please
      forward it to us and to your employer's security team.

      With best wishes,
      {first} {last}
      Alumni Relations Officer"""),
)

fam("en10-b-25-parents-group", 0, "parents_group", True, False,
    b("Class trip money ({small}) due {day}. Pay through the school app, not cash please."),
    b("Keep it secret from the kids: teachers' leaving gift collection, {small} each."),
    bn("note", """\
      Parents of Year 5: for Ms {last}'s farewell, we're collecting for a gift and a card. Pay the
      class rep via the school payment system by {day}. Please keep it secret from the kids
      for now, they always tell her. Thank you!"""),
    bn("export", """\
      [21:02] {first} (Y5 rep): reminder, trip to the science museum {day}
      [21:03] {first} (Y5 rep): £12 via the school app, the office can't take cash anymore
      [21:05] {cousin}'s mum: done! do they need packed lunch?
      [21:05] {first} (Y5 rep): yes + a coat, it's forecast rain
      [21:06] Me: thanks for organising 🙏"""),
)

fam("en10-b-26-paid-peer-review", 0, "paid_peer_review", True, False,
    b("Would you review a paper on {sector} for our journal? We pay reviewers {small}."),
    bn("mail", """\
      The editorial board of the Journal of Applied {sector} Engineering invites you to review
      a submitted manuscript on reliability testing. Reviewers receive a modest honorarium of
      {small}, paid by the publisher. The manuscript is confidential to the review process;
      please do not share it or use its results until publication."""),
    bn("long", """\
      Subject: Standards committee - paid technical review

      Dear {to},

      The {sector} working group of the national standards body is revising the test
      standard for qualification, and we would like to commission two independent technical
      reviews of the public consultation draft.

      - The review covers the public draft only; you won't need or receive any company data.
      - You'll be paid {amount} per review under our standard expert contract, to your own
        account or to your employer if their policy requires.
      - Reviewers are named in the published foreword.
      - The comments remain confidential to the working group until the final standard is
        published, which is ordinary practice for standards work.

      If your employer participates in the working group, please tell us; we'll then ask a
      reviewer from another organisation to avoid a conflict of interest.

      Kind regards,
      {first} {last}
      Secretary, Standards Working Group"""),
)

fam("en10-b-27-freelance-white-paper", 0, "freelance_gig", True, False,
    b("Paid white paper for {co}, byline yours, {amount}. Interested?"),
    bn("mail", """\
      We're a B2B content agency and our client {co} has asked for a white paper on {sector}
      market trends, written by a named industry expert. The fee is {amount}, and the paper
      will carry your byline and be published on {co}'s website. It is based on public data;
      we'll ask you to sign a statement that nothing in it is confidential to anyone."""),
    bn("long", """\
      Subject: White paper brief - {co} / {sector}

      Hi {to},

      Lovely to talk on {day}. Here's the brief for the white paper, as promised.

      Client: {co} (marketing department). They'll review the draft before publication.
      Topic: "Five trends shaping {sector} in the next decade".
      Length: 3,500 words, with up to six charts.
      Sources: published statistics, company annual reports and your own public talks. No
      data from your current or former employers that isn't already public - please flag it
      if you're unsure and we'll leave it out.
      Credit: your name and title on the cover and in the press release.
      Fee: {amount}, half on the outline, half on approval, paid by our accounts team to your
      business account against invoice.
      Timeline: outline by {date}, draft three weeks later.

      Contract to follow from our legal team today.

      Best,
      {first} {last}
      Editorial Director, Fairline Content"""),
)

fam("en10-b-28-investor-meeting", 0, "investor_meeting", True, False,
    b("Partner meeting confirmed for {day}. We cover your flight to our office."),
    bn("mail", """\
      Following your pitch, the partners at Sandbar Ventures would like to meet your founding
      team at our office in {city_abroad}. We cover economy flights and two nights' hotel for up
      to three people, booked by our office manager. Please bring the data room index; the
      financials remain confidential under the NDA we signed last week."""),
    bn("long", """\
      Subject: Sandbar Ventures - next steps on Series A

      Dear {to},

      Thank you for the time you and your team gave us. The partnership discussed the company
      this morning and we'd like to move to due diligence.

      Next steps:
      1. Mutual NDA (attached, our standard form). Your numbers stay confidential to the deal
         team and our lawyers.
      2. Data room: please share the financial model, customer contracts and the cap table.
         No customer data that you aren't permitted to share; redact names where your
         contracts require it.
      3. Partner meeting at our office in {city_abroad} on {date}. Flights and hotel for up to
         three people are on us, booked by our office; receipts go to our finance team.
      4. References: we'll speak to two customers you choose and one we find ourselves.

      As you operate in {sector}, our counsel will also check export-control and
      foreign-investment rules before signing.

      Kind regards,
      {first} {last}
      Partner, Sandbar Ventures"""),
)

fam("en10-b-29-surprise-party", 0, "surprise_party", True, False,
    b("Don't tell {first}! Surprise leaving drinks {day}, collecting {small} each."),
    bn("note", """\
      Secret mission: {first} retires on {day} and we're planning a surprise lunch. Please keep
      it quiet, don't mention it in the team channel. Collecting {small} each for the present,
      cash or bank transfer to me. Reply here, not in the main chat!"""),
    bn("long", """\
      Subject: TOP SECRET - {first}'s 30 years

      Hi all (but not {first}!),

      As you know, {first} has been with the company for thirty years on {date}. We want to do
      something special, and we need your help to keep it under wraps.

      The plan:
      - {day} afternoon: the director will call {first} into a "budget review" meeting at 3pm.
      - Instead, everyone meets in the canteen at 2:45 with cake and a slideshow.
      - Family is coming too; {first}'s husband is in on it.

      Contributions: {small} each towards a weekend away. Pay via the collection link in the
      team finance system, or cash to {to} at reception. Please don't mention it on Teams,
      {first} reads everything.

      If you have old photos, send them to me by {day} - the sillier the better.

      Thanks, and mum's the word,
      {to}"""),
    b("Cake's hidden in the fridge. Whatever you do, don't let him look in there."),
)

fam("en10-b-30-community-association", 0, "community_association", True, False,
    b("{home_city} association New Year dinner {date}. Tickets {small}, pay at the door."),
    bn("note", """\
      Message from the {home_city} hometown association: several members have received calls
      from people claiming to be police from home, asking them to register or to report on
      others. Do not give them any information. Our volunteers can help you report it to the
      local police here. We are not collecting any names."""),
    bn("long", """\
      Subject: Community update - events and a safety notice

      Dear members,

      The New Year dinner on {date} is sold out - thank you! Volunteers for setting up, please
      reply to this e-mail.

      Language classes restart in {month}. Fees are unchanged and paid at the first lesson.

      Safety notice: some members have been contacted on WeChat by people who say they are
      officials from back home. They ask about other members, ask people to "come back for a
      chat", or mention relatives' jobs and pensions. This is not normal consular work. You
      do not have to answer. Please keep the messages and speak to our welfare officer in
      confidence, or call the police non-emergency line. We have also asked the local council
      to run an information evening.

      Our association never shares member lists with anyone.

      Warm regards,
      {first} {last}
      Chair, {home_city} Community Association"""),
    b("Welfare officer's number is on the notice board. She speaks Mandarin and Farsi."),
)

fam("en10-b-31-vetting-interview", 0, "clearance_chat", True, False,
    b("Your vetting interview is {day} at {time}. Bring a list of foreign contacts."),
    bn("mail", """\
      I'm the vetting officer handling your security clearance renewal. The interview on
      {date} will cover your finances, foreign travel and regular contacts with people
      abroad, including relatives. Everything you tell us is confidential to the vetting
      process. Please book the slot through the security portal, not by reply."""),
    bn("long", """\
      Subject: Security clearance renewal - what to expect

      Dear {to},

      Your clearance is due for renewal in {month}. The process has three parts:

      1. Questionnaire (security portal): employment, addresses, travel abroad in the last
         five years, and contacts with foreign nationals that are regular or that made you
         uneasy. Family abroad is normal and rarely a problem; not declaring it is.
      2. Interview with a vetting officer, about 90 minutes. You may be asked about money,
         debts, and any approaches you've had from recruiters or "consultants" - for example
         anyone who offered paid work for an unnamed client or asked to move to a messaging
         app.
      3. A reference from your line manager.

      The interview is confidential: the officer reports a recommendation, not your answers,
      to your employer. If anything has happened that worries you - pressure on relatives,
      an odd offer - you can raise it with the officer or with Security at any time.

      Regards,
      Vetting Services"""),
)

# ---------------------------------------------------------------------------------------------
# Benign, plain
# ---------------------------------------------------------------------------------------------

fam("en10-b-32-ordinary-chat-dinner", 0, "ordinary_chat", False, False,
    b("Running late, order me the noodles. Back by 8."),
    b("Did you book the restaurant for {day}? Table for six."),
    bn("export", """\
      [18:20] {first}: leaving now, traffic is awful
      [18:21] Me: no rush, the film starts at 8
      [18:35] {first}: still on the ring road 😩
      [18:36] Me: I'll get the tickets and popcorn
      [18:50] {first}: parked! where are you
      [18:50] Me: by the ticket machines"""),
    bn("note", """\
      Are we still on for the hike on {day}? Forecast looks dry. I can drive if you bring
      snacks. Meeting at the car park by the lake at 9, it's about four hours with lunch. Tell
      {first} to bring proper boots this time."""),
)

fam("en10-b-33-work-email-minutes", 0, "work_email", False, False,
    b("Minutes from today's stand-up are in the shared folder."),
    bn("mail", """\
      Thanks everyone for today's design review. Actions: {first} to update the thermal model by
      {day}; test team to rerun the vibration case; I'll circulate the revised interface
      document next week. Next review in two weeks, same room. Let me know if I've missed
      anything."""),
    bn("long", """\
      Subject: Office move - floor 3 to floor 5

      Hi all,

      As announced at the town hall, the engineering team moves from floor 3 to floor 5 over
      the weekend of {date}.

      What you need to do:
      - Pack your desk into the crates by Friday at 4pm. Label each crate with your name and
        new desk number (list attached).
      - Take personal items home; facilities can't be responsible for them.
      - Lab equipment stays where it is. The lab isn't moving.
      - Monitors and docks will be set up by IT on the new floor.

      On Monday, coffee and pastries on floor 5 from 8:30. The kitchen on 5 has the good
      coffee machine, so there's an upside.

      Questions to facilities or me.

      Thanks,
      {first} {last}
      Office Manager"""),
)

fam("en10-b-34-notification", 0, "notification", False, False,
    b("Your parcel will arrive {day} between {time} and 18:00."),
    b("Reminder: dentist appointment {day} at {time}. Reply C to confirm."),
    bn("mail", """\
      Your library loan "Introduction to {sector}" is due back on {date}. You can renew it
      online twice unless another reader has reserved it. Late returns are charged daily, so
      renew or return it on time. Opening hours over the holiday period are on our website."""),
)

fam("en10-b-35-ordinary-chat-club", 0, "ordinary_chat", False, False,
    b("Training moved to {day}, same time. Bring your own ball."),
    b("Great game today! Same team next week?"),
    bn("note", """\
      Book club update: we're reading the new novel by the author we liked in {month}. Meeting
      at mine on {day}, I'll make soup. Let me know if you can't get a copy, I have a spare
      one. And someone please remind {first} that it's her turn to pick next."""),
)

fam("en10-b-36-work-email-it", 0, "work_email", False, False,
    b("IT: laptops restart tonight at 22:00 for updates. Save your work."),
    bn("mail", """\
      The shared drive will be unavailable on {day} from 18:00 to 22:00 for maintenance. Please
      save and close any open files before then. Outlook and Teams are not affected. If you
      need access during the window for an urgent deadline, contact the service desk."""),
    bn("long", """\
      Subject: New password and MFA rules from {date}

      Hello everyone,

      From {date}, we're tightening sign-in security on all company accounts.

      Changes:
      - Passwords must be at least 14 characters. You'll be prompted to change yours at your
        next sign-in after {date}.
      - Multi-factor authentication is required for every sign-in from outside the office,
        using the authenticator app on your company phone.
      - Old text-message codes will stop working at the end of {month}.

      How to prepare: install the authenticator app from the company portal and register it
      before {date}. It takes five minutes. Guides are on the IT intranet.

      Reminder: IT will never ask you for your password or an authentication code, by phone,
      e-mail or chat. If someone does, it isn't us.

      Thanks for your patience,
      IT Service Desk"""),
)

# ---------------------------------------------------------------------------------------------
# Second pass: longer messages, so that every family spans chat lines, InMails and long e-mails
# ---------------------------------------------------------------------------------------------

more("en10-s-09-job-scam-deposit",
     t("long", "job_scam", "job_scam off_platform unusual_payment", """\
       Subject: Re: Warehouse Coordinator application - interview result

       Hi {to},

       Thank you for completing the interview questions yesterday. The manager reviewed your
       answers this morning and I'm happy to tell you that you have been approved for the
       Warehouse Coordinator position (remote, $27/hour, weekly pay).

       As explained in the chat, new coordinators receive parcels at home, check them,
       relabel them and send them on to our overseas customers. The labels are prepaid.

       To start, we need:
       - a refundable security deposit of {small}, by gift card or crypto, because you will
         be handling high-value goods;
       - your personal e-mail and WhatsApp number, since our company system is used only by
         permanent staff;
       - a photo of your driving licence.

       Your first parcels arrive on {day}. Please do not open them or discuss them with
       anyone; some customers are celebrities and privacy is part of the service.

       Welcome aboard!
       {first} {last}
       Onboarding Coordinator

       > Thank you, I answered all the questions. When will I hear back?"""),
)

more("en10-s-13-subtle-clearance-contact",
     t("long", "contact", "credential_targeting vague_client", """\
       Subject: Re: Re: introduction

       {to},

       Thank you for the kind reply, and for being open about where you are in your career.
       The people I introduced you to were impressed; they rarely meet someone who has held
       the higher level of access for as long as you have.

       Before we arrange a proper conversation, they asked me to collect a little more
       background, so that the meeting is useful for everyone:

       - the teams you have worked in since 2019, with the name of each programme;
       - whether your access is renewed through your employer or through the ministry;
       - the date of your next review;
       - two or three former colleagues, still in the service, who might enjoy a similar
         conversation.

       I realise that is a lot to put in writing. If it is easier, we could go through it over
       dinner when I am next in town. There is a place near your office that I like.

       With thanks,
       {first} {last}

       > Happy to chat, though I should say I can't discuss my current work."""),
)

more("en10-s-17-subtle-secrecy",
     t("long", "secrecy", "secrecy", """\
       Subject: a few thoughts

       Dear {to},

       I've been thinking about our last conversation and I want to make sure you feel at ease.
       Some people get anxious when a friendship starts to involve their work, and that is
       natural. So let me suggest a few habits that keep things simple for both of us.

       Let's not write to each other from work accounts or on work devices. When we meet,
       let's choose places away from your office and avoid the days you have colleagues in
       town. If anyone asks how we know each other, we met through the running club, which is
       true.

       And I'd rather you didn't mention our meetings on the annual form you told me about.
       Those forms are for people who are actually a risk, and you are not one. Listing me
       would only lead to a long interview and a file with your name on it, which helps
       nobody.

       I value our talks a great deal. I hope you'll bring the notes from the planning day
       next time.

       Warmly,
       {first}"""),
)

more("en10-s-20-subtle-coercion",
     t("long", "coercion", "coercion", """\
       Subject: from your sister

       I'm writing from the library computer because they check my phone now.

       On {day} an official came to the flat again, with the man from the street committee.
       They sat with Mum for two hours. They had printouts of your posts and the photo of you
       at the march in the city square over there. They asked who the other people in the
       photo were and whether you still meet them.

       They said it would be "resolved" if you came back for the holiday and had tea with them.
       They said other people have done it and gone back to their lives abroad afterwards. If
       you don't, they said, my teaching licence might have to be "looked at" and Mum's flat
       belongs to the work unit.

       Mum says don't come. I don't know what to say. Maybe send them the names they want and
       they will leave us alone? I'm sorry. Please don't reply to this address.

       {cousin}"""),
)

more("en10-s-22-subtle-grad-student",
     t("long", "elicitation", "sensitive_info credential_targeting", """\
       Subject: follow-up from the workshop

       Dear {to},

       It was a pleasure to talk with you at the workshop in {month}. Your comments on my
       poster made me rethink the whole second chapter, and my supervisor at {uni} asked me to
       thank you.

       You mentioned that your team sees behaviour in the field that the published models miss.
       That is exactly the gap my thesis is trying to close, so I wondered whether you might
       share a little more:

       - the operating temperatures at which the {sector} units actually fail in service;
       - how the latest revision differs from the one described in the 2022 paper;
       - which customers have reported problems, if you are able to say.

       I would keep all of it in my own files and use it only to check my models. I would not
       quote you or name your company. If sending anything is awkward, I would be happy to
       visit you during a weekend and take notes by hand.

       With many thanks,
       {first} {last}
       Doctoral researcher, {uni}"""),
)

more("en10-s-23-subtle-job-scam",
     t("long", "job_scam", "job_scam", """\
       Subject: Re: your application to {co}

       Dear {to},

       Thank you for your patience. I'm happy to confirm that the hiring committee approved
       your application for the Junior Analyst role after the written interview. I'm
       attaching your letter of appointment.

       Since the role is fully remote, our IT partner ships a configured workstation to every
       new analyst. Company policy requires new staff to order it themselves from the
       partner's site and submit the receipt; the full cost is returned with your first
       salary, together with a welcome bonus.

       Our partner accepts only prepaid vouchers for new accounts, available in most
       supermarkets. Once you have them, send a photo of the codes to me and I will place the
       order for you so that the configuration is correct.

       Please complete this before {day}. If we don't hear from you, the committee will offer
       the role to the reserve candidate. We look forward to working with you!

       Best regards,
       {first} {last}
       Recruitment Officer

       > Thank you. Do I need to buy anything before I start?"""),
)

more("en10-s-24-subtle-fake-conference",
     t("long", "meeting", "client_meeting sensitive_info", """\
       Subject: Re: your session

       Dear Dr {to_last},

       Thank you for sending the abstract. The committee found it excellent, though they
       wondered whether you might adjust the focus a little.

       The published results are, of course, already known to our audience. What the
       participants in the closed session value most is the view from the bench: the problems
       you have not solved yet, the test configurations under consideration, and the
       direction your group expects to take over the next two years. A few slides on each
       would be ideal, and the slides will not be circulated afterwards.

       We have also arranged a small dinner after your session with the chair of our sponsoring
       institute, who is very keen to discuss possible cooperation with you directly. The
       institute is happy to extend your hotel stay for a few days if you would like to see
       {city_abroad}.

       There is no need to involve your institution's international office at this stage;
       the invitation is personal.

       Kind regards,
       {first} {last}
       Symposium Office"""),
)

more("en10-s-25-subtle-procurement",
     t("long", "elicitation", "sensitive_info secrecy", """\
       Subject: Re: coffee

       {to},

       Thanks for the coffee, and for your frankness. I understood that you can't hand me
       anything in writing, and I wouldn't want you to.

       I had two small follow-up thoughts. First, you said that the evaluation model "favours
       the incumbent on transition risk". Could you tell me roughly how many points that
       section is worth, and whether the weighting is likely to change before the tender is
       issued? Second, you mentioned that one of the bidders has already had a separate
       session with the technical authority. Do you know which one?

       Again, just your recollection, in your own words, is enough. You can call me from your
       own phone this evening if that's easier than writing; my friends would rather nothing
       about this sits in anyone's work inbox.

       I'll make sure they know how helpful you have been. The advisory role I mentioned is
       very real.

       Best,
       {first} {last}"""),
)

more("en10-b-05-expert-network-decline",
     bn("long", """\
       Subject: Re: Consultation on {co} - we need to stop here

       Hi {to},

       Thank you for your reply and for being candid. You mentioned that you left {co} only
       six weeks ago and that the client's questions concern the contract negotiations you
       worked on until you left.

       Under our policy, that makes the consultation impossible. Our rules bar calls with
       anyone who left a company less than six months ago on topics they worked on there,
       because the information is likely to be confidential and non-public. I have told the
       client that the project is cancelled from our side, without giving your reasons.

       You have done nothing wrong by asking, and you remain very welcome on other projects.
       I'll keep your profile active for topics unrelated to {co}, and you'll be paid a
       small cancellation fee of {small} for the time you spent on our screening questions,
       as our terms provide.

       If anyone contacts you outside {xnet} about the same topic and offers to pay you
       directly, please let me know.

       Best regards,
       {first} {last}
       Project Manager, {xnet}

       > Happy to help, but I should say I was on the {co} negotiation team until recently."""),
)

more("en10-b-06-think-tank-paid-review",
     bn("long", """\
       Subject: Re: Review of the {sector} report - comments and payment

       Dear {to},

       Many thanks for your comments on the draft. The team found them very useful,
       particularly the point about the export-licence figures, which we have corrected using
       the published government data you pointed us to.

       Two practical matters:

       1. Payment. Please send an invoice for {amount} to our finance team at {mail},
          quoting {ref}. We pay by bank transfer within 30 days. If your employer's rules
          require the fee to go to them, or to be waived, just let us know.
       2. Acknowledgement. The report will thank you by name in the acknowledgements. If you
          would prefer to be thanked without your job title, please tell us before {day}.

       The launch is on {date} at our offices and online. The report will be public from
       that day, and you are warmly invited to the panel discussion.

       With thanks again,
       {first} {last}
       Research Director, {tank}

       > Attached are my comments. I've relied only on published sources."""),
)

more("en10-b-20-hr-onboarding-id",
     bn("long", """\
       Subject: Re: Can I e-mail my passport instead?

       Hi {to},

       Thanks for asking before sending it - that's exactly the right instinct.

       Please don't e-mail your passport or send a photo by WhatsApp. Identity documents go
       only through the onboarding portal, which is encrypted and deletes the file once our
       right-to-work check is complete. E-mail attachments sit in inboxes for years.

       If the portal upload keeps failing, you have two options:
       - bring the original on your first day and we'll scan it at reception; or
       - book a 10-minute video call with the People Team, hold the passport up to the
         camera, and we'll record the check in the portal ourselves.

       Your bank details for payroll follow the same rule: portal only. Payroll will never ask
       you for a card photo, an online banking password or a one-time code.

       See you on {date}. Reception opens at 8:30.

       Best,
       {first} {last}
       People Team, {co}

       > The portal keeps timing out. Is it ok to just e-mail you a scan of my passport?"""),
)

more("en10-b-21-consultant-invoicing",
     bn("long", """\
       Subject: Invoice {ref} - {co} grid study, final

       Hello {to},

       Please find attached our final invoice for the {co} engagement, covering {month}.

       Summary:
       - 14 consultant days at the day rate in the statement of work;
       - two site visits to {co}'s substation, with rail tickets and hotel receipts;
       - the final report, accepted by {co}'s engineering director on {day} (acceptance
         e-mail attached).

       Total due: {amount} plus VAT. Payment terms are 30 days to our business account as
       set out on the invoice. Our bank details have not changed; if you ever receive a
       message saying they have, please call me on {phone} before paying anything.

       As agreed in the NDA, we have deleted the {co} documents from our systems now that the
       work is complete. A certificate of deletion is attached for your records.

       Thank you for a very good project. We'd be glad to work with {co} again.

       Kind regards,
       {first} {last}
       Ashgrove Consulting Ltd"""),
)

more("en10-b-26-paid-peer-review",
     bn("long", """\
       Subject: Review invitation - manuscript JASE-2026-0412

       Dear Dr {to_last},

       Given your expertise in {sector}, the editor would like to invite you to review the
       manuscript "Accelerated ageing tests for high-power modules", submitted to the Journal
       of Applied Engineering Reliability.

       Abstract: the authors report lifetime data from 1,200 accelerated tests and propose a
       new failure model. The full manuscript is available in the reviewer system once you
       accept.

       Terms:
       - Please return your review within 21 days.
       - The journal pays reviewers an honorarium of {small} per completed review, or the
         equivalent as an open-access discount.
       - The manuscript is confidential. Please do not share it, discuss it or use its data
         before publication.
       - Declare any conflict of interest, such as recent collaboration with the authors or
         work for a competitor.

       If you cannot review, suggestions of alternative reviewers are very welcome.

       With thanks,
       Editorial Office
       Journal of Applied Engineering Reliability"""),
)

more("en10-b-27-freelance-white-paper",
     bn("long", """\
       Subject: Re: white paper - client comments and a question

       Hi {to},

       {co}'s marketing team has read the draft and is delighted. Their comments are in the
       attached document, mostly small wording changes in the section on standards.

       One point needs your decision. Their product manager asked if you could add a
       paragraph on "where your current employer stands on the new test rules". I told them I
       would ask you, but that we'd normally say no: the paper is meant to use public
       sources, and you shouldn't write about your employer's internal position. I'd suggest
       we answer with a sentence citing the public consultation responses instead. Are you
       comfortable with that?

       Otherwise, the schedule holds. Once the edits are done, I'll release the second half of
       your fee ({amount}) and the paper goes live with your byline on {date}.

       Thanks for a great piece of work,
       {first} {last}
       Fairline Content

       > Draft attached. All the data is from the public sources listed at the end."""),
)

more("en10-b-28-investor-meeting",
     bn("long", """\
       Subject: Travel for the partner meeting, {city_abroad}

       Hi {to},

       Looking forward to seeing you, {cousin} and your CTO on {date}. Here are the
       arrangements.

       Flights: our office manager has booked economy flights for the three of you; the
       e-tickets are attached. If you change anything, let her know - please don't pay
       yourselves and claim it back, it's simpler if everything goes through our travel
       agent.
       Hotel: {hotel}, two nights, paid directly by Sandbar.
       Agenda: 10:00 partner meeting (90 minutes: product, go-to-market, financials), lunch
       with two portfolio founders, and a technical session with our operating partner in
       the afternoon.

       Our counsel reminded me to mention: because the company works in {sector}, please
       don't bring export-controlled technical data to the meeting. The public product
       documentation and the financial model are all we need at this stage.

       Safe travels,
       {first} {last}
       Partner, Sandbar Ventures"""),
)

more("en10-b-31-vetting-interview",
     bn("long", """\
       Subject: Re: Declaring a contact - follow-up

       Dear {to},

       Thank you for coming to see us on {day} and for declaring the approach from the
       "consultant" who offered you paid reports for a client he would not name and then
       asked you to continue on WeChat. You did exactly the right thing by reporting it early
       and keeping the messages.

       To confirm what we agreed:
       - You will not reply to him further. If he contacts you again, forward it to us
         without answering.
       - We have recorded the contact on your vetting file as reported by you. It does not
         count against your clearance.
       - Your relatives in {home_city} were mentioned in one of his messages. If anyone
         contacts them or you about them, tell us, even if it seems minor.

       If you feel under any pressure, you can reach the duty security officer on {phone} at
       any time.

       Kind regards,
       {first} {last}
       Vetting Officer

       > I'd like to report a message I received on LinkedIn last week."""),
)

more("en10-b-33-work-email-minutes",
     bn("long", """\
       Subject: Minutes - design review, {date}

       Attendees: {first} {last} (chair), systems, thermal, test, quality.

       1. Thermal model
       The updated model shows a 4 degree margin at the worst-case load. Thermal to rerun
       with the revised fan curve and report back at the next review.

       2. Vibration test
       The failure on run 3 was traced to a loose fixture, not the unit. Test to repeat run 3
       with the new fixture next week; quality to witness.

       3. Interface document
       Two open comments from the customer. Systems to propose wording by {day}.

       4. Schedule
       No change to the milestone date. The risk register will be updated with the fixture
       issue, probability low.

       5. Any other business
       The team lunch is moved to the first Friday of next month because of the holiday.

       Actions are in the tracker. Next review in two weeks, same time.

       {first}"""),
)

more("en10-b-36-work-email-it",
     bn("long", """\
       Subject: Laptop refresh - your new device is ready

       Hi {to},

       Your replacement laptop is ready for collection from the IT desk on floor 2, any day
       this week between 9:00 and 16:00.

       Before you come:
       - Make sure your files are synced to your OneDrive; local files on the old laptop
         won't be copied.
       - Note any specialist software you use (simulation tools, CAD). Standard software is
         installed already; anything else we'll request on the day.
       - Bring your old laptop, its charger and your badge.

       The swap takes about 30 minutes. You'll sign in with your usual password and set up
       the authenticator again on the new device.

       If you can't come in person, reply with a time and we'll arrange a courier to your
       home address on file. We never ask you to pay for a device or send your password to
       anyone.

       Thanks,
       IT Service Desk
       Ticket {ref}"""),
)

more("en10-b-11-colleague-moving-chat",
     bn("long", """\
       Subject: Moving the supplier chat off WhatsApp

       Hi all,

       A housekeeping note after Tuesday's reminder from IT.

       Until now, the {programme} supplier coordination has been happening in a WhatsApp
       group on our personal phones. It worked, but it means drawings and delivery dates are
       sitting on personal devices, and when people leave we can't remove them from the group.

       From {day} we'll use a Teams channel instead ("{programme} - suppliers"). I've invited
       the supplier contacts as guests; they've all accepted. For our colleagues at the
       {city_abroad} plant who don't have Teams, IT has set up a corporate WeChat group linked
       to the same channel, so nobody needs to use their own account.

       Please:
       - stop posting in the old WhatsApp group after {day};
       - delete work files from your phone;
       - tell me if a supplier asks to keep talking on a private number.

       Thanks for putting up with the change,
       {first} {last}
       Supply Chain Lead"""),
)

more("en10-b-15-family-visit-home",
     bn("long", """\
       Subject: Plans for the summer visit

       Dear {rel},

       Finally some good news: my leave is approved, so the kids and I will be in
       {home_city} from {date} for three weeks. We fly via {city_abroad} and should land in
       the evening.

       A few things:
       - Please don't cook for twenty people on the first night. The kids will be asleep by
         eight anyway.
       - I'm bringing the blood-pressure monitor for Dad and the vitamins {cousin} asked for.
         If you need anything else from here, tell me on WeChat by the end of the month.
       - I'd love a day at the lake like last time, and a visit to Grandma's grave.
       - I'll transfer some money for the house repairs before I come, so Dad stops
         climbing the ladder himself. Don't argue!

       The kids are practising their greetings for the aunties. Be patient with their
       pronunciation.

       See you soon, love to everyone,
       {first}"""),
)

more("en10-b-25-parents-group",
     bn("long", """\
       Subject: Year 6 residential trip - payment and consent

       Dear parents and carers,

       We are pleased to confirm the Year 6 residential trip to the outdoor centre from
       {date}, three nights.

       Cost: {small} per child, covering travel, accommodation, meals and activities. Please
       pay through the school payment app in three instalments. The office cannot accept
       cash. If the cost is a difficulty for your family, please speak to {other}
       in confidence; no child will miss the trip for financial reasons.

       Consent: the consent and medical forms are in the app. Please complete them by {day}.

       Phones: children may not bring phones. Staff will post photos daily on the class page,
       and you can reach the trip leader in an emergency on the number in the app.

       Information evening: {day} at 6pm in the hall, with the centre's staff.

       Kind regards,
       {first} {last}
       Year 6 Team Leader"""),
)

more("en10-b-32-ordinary-chat-dinner",
     bn("long", """\
       Subject: Saturday!

       Hi everyone,

       It's been far too long, so Saturday is happening. Details:

       Where: our place, the new flat. Take the number 12 bus to the library stop, then it's
       the blue door opposite the bakery. Buzzer says {last}.
       When: from 7pm. Kids welcome until bedtime, there's a film and a lot of pizza for
       them.
       Food: I'm doing a big curry and rice. If you want to bring something, dessert or
       drinks would be great. {cousin} has promised the famous lemon cake, no pressure.
       Parking: there's a car park behind the supermarket, free after 6.

       Let me know by Thursday if you're coming so I know how much rice to make. And if
       anyone has a spare folding table, we only have six chairs and a sofa.

       Can't wait to see you all,
       {first}"""),
)

more("en10-b-34-notification",
     bn("mail", """\
       Your order has shipped. Estimated delivery: {day}, between {time} and 18:00. You can
       follow the parcel with tracking number {ref} on the courier's website. If you are not
       at home, the driver will leave a card and try again the next working day. Thank you
       for shopping with us."""),
     bn("long", """\
       Subject: Your appointment at the passport office

       Dear {to} {to_last},

       Your appointment to renew your passport is confirmed.

       Date and time: {date} at {time}
       Place: Regional Passport Office, ground floor, counter 4
       Reference: {ref}

       Please bring:
       - your current passport;
       - the printed application form, signed;
       - two recent photographs, if you did not upload a digital photo;
       - proof of address dated within the last three months.

       The fee has already been paid online. You will not be asked to pay anything at the
       office. If anyone calls or texts asking for a payment to "secure" your appointment, it
       is a scam; do not respond.

       To change or cancel the appointment, use the link in your online account at least 24
       hours before.

       Passport Services
       This is an automated message; please do not reply."""),
)

more("en10-b-35-ordinary-chat-club",
     bn("long", """\
       Subject: Club news - {month}

       Hi all,

       A quick round-up from the committee.

       Training: Tuesdays and Thursdays at 7pm, as before. From next month the Thursday
       session moves to the indoor hall while the pitch is resurfaced.

       Subs: annual membership is due by the end of {month}. Pay by bank transfer using your
       name as the reference, or in person at training. Juniors are half price.

       Kit: the new shirts have arrived. {cousin} has the box; collect yours at training.

       Social: the quiz night is on {day} at the Crown, teams of four, all welcome.

       Volunteers: we still need two people to help with the junior tournament on {date}.
       Mostly making tea and holding the finish line tape. Please reply if you can help.

       Thanks, and see you on the pitch,
       {first} {last}
       Club Secretary"""),
     bn("mail", """\
       Thanks to everyone who came to the beach clean on {day}: 24 volunteers, 18 bags of
       rubbish and one very confused crab. The council collected the bags on Monday. Next
       clean is in {month}; same meeting point at the lifeboat station, gloves and bags
       provided. Bring a hat and water."""),
)

more("en10-b-01-recruiter-named-role",
     bn("note", """\
       Following up on the {role} role at {co}, {to}. The hiring manager liked your CV
       and wants a first video call this week. Salary as discussed, {band}. Could you send me
       two or three times that work? I'll set it up through {co}'s own system."""),
)

more("en10-b-03-headhunter-exec-search",
     bn("mail", """\
       Thanks for signing the NDA. As promised, the company is {co}, and the role is Chief
       Technology Officer for the {sector} business, reporting to the CEO. The current CTO is
       retiring; that is not yet public, hence the confidentiality. I'll send the role
       profile and the board's timeline by e-mail this afternoon."""),
)

more("en10-b-07-university-paid-talk",
     bn("note", """\
       Thanks again for agreeing to speak to our students on {date}. Finance asked
       me to remind you to submit the speaker form through the {uni} portal so the fee can be
       paid, and to keep your train tickets for the reimbursement. Lunch is with the head of
       department."""),
)

more("en10-b-08-conference-abroad",
     bn("mail", """\
       A short note about your session in {city_abroad}: the organisers will pay for your
       flights and hotel, but your employer requires all foreign travel to be logged with the
       travel desk and the security office first. Please log it before you accept, and send
       them the official invitation letter."""),
)

more("en10-b-09-journalist-on-record",
     bn("note", """\
       Following up on my request for comment. I'm writing about the {programme} contract
       announced by the ministry on {day}. Would you speak on the record about what the
       published plan means for skills in {sector}? Twenty minutes by phone, and I'll read
       your quotes back to you."""),
)

# ---------------------------------------------------------------------------------------------
# Third pass: more long messages on both sides, and a few more lines for the smaller families
# ---------------------------------------------------------------------------------------------

more("en10-s-10-task-scam",
     t("chat", "job_scam", "job_scam unusual_payment",
       "Withdrawal approved! Just pay the 15% release tax in USDT first."),
)

more("en10-s-14-subtle-unannounced",
     t("export", "elicitation", "sensitive_info vague_client", """\
       [20:14] {first}: how did the review go today?
       [20:31] Me: long. lots of arguing about the schedule
       [20:32] {first}: ha, always. did they settle the date for the next trial?
       [20:32] {first}: my colleagues are planning their quarter around it, it would save them weeks
       [20:40] Me: not sure I should say, it isn't out yet
       [20:41] {first}: of course, I understand. just the month then? or whether it moved at all
       [20:41] {first}: and was the second supplier still in the room or did they get dropped?
       [20:43] {first}: only between old friends, nobody will know where it came from
       [20:50] Me: I'll think about it
       [20:51] {first}: no rush. also if you still have the slides from {day} I'd love a look, even photos
       [20:52] {first}: they keep asking me how your side sees the {programme} risks and I never have a good answer"""),
)

more("en10-s-21-subtle-payment",
     t("long", "payment", "unusual_payment secrecy", """\
       Subject: Re: the thank-you

       {to},

       I understand your worry about the bank asking questions, and you're right to think
       about it. My friends have dealt with this many times, so let me set your mind at rest.

       Nothing will go to your own account. There are three simple ways:

       1. Your brother opens an account in {city_abroad} in his name; transfers go there as
          family support, and he passes it on in whatever way suits you.
       2. Prepaid shopping cards, in small amounts, delivered by a courier to your home.
       3. I bring it in person next time we have lunch, in an envelope, as before.

       Whichever you choose, please don't put it on a tax return or mention it to your
       accountant; it is a personal gift between friends, not earnings.

       My friends would also like to send something extra for the planning notes you
       mentioned, once they arrive.

       With warm regards,
       {first}

       > I'd rather not have anything arrive in my own account. The bank here asks about every
       > transfer from abroad."""),
)

more("en10-b-13-security-notice",
     bn("long", """\
       Subject: Case study: how an approach unfolded (anonymised)

       Dear colleagues,

       With the permission of the colleague involved, here is how a recent approach developed,
       so that you can recognise the pattern.

       Week 1: a "headhunter" on a networking site praised her work on {sector} and mentioned
       a client in {city_abroad} who could not yet be named.
       Week 2: he asked to continue on WhatsApp "because he rarely checks LinkedIn".
       Week 4: he offered {amount} for a short report on industry trends. The first report
       was harmless and he paid promptly, in crypto.
       Week 7: he asked for "internal views, nothing classified" on the next bid, and
       suggested meeting his client abroad with flights and hotel paid. He asked her not to
       mention it to her manager.

       At that point she came to us. She did nothing wrong, and reporting early protected her
       and {co}. If you recognise any step of this story in your own inbox, call Security on
       extension 4410 or write to security@example.com.

       Corporate Security"""),
)

more("en10-b-16-family-parents-health",
     bn("export", """\
       [09:02] {cousin}: Morning all. Update on Dad after the scan yesterday
       [09:03] {cousin}: the doctor says the tumour is small and they can operate next month
       [09:03] {cousin}: it's the hospital near the river, he knows the surgeon's family
       [09:05] {rel}: thank god. what does it cost? we can all send money
       [09:06] {cousin}: insurance covers most. I'll share the bill in the group when it comes
       [09:07] Me: I can fly home for the operation. Will check flights tonight
       [09:08] {cousin}: that would make Mum so happy. Don't tell Dad yet, he'll say don't waste money on a ticket
       [09:09] {rel}: he always says that 😂
       [09:10] Me: ok, will keep it quiet. Can someone video call me when he's awake after?
       [09:11] {cousin}: of course. I'll call on WeChat, the hospital wifi is bad for WhatsApp
       [09:12] {rel}: I'll cook for Mum that week, nobody worry about food
       [09:14] Me: thank you all ❤️"""),
)

more("en10-b-17-family-sending-money",
     bn("export", """\
       [19:40] {rel}: did the money arrive for Grandma's rent?
       [19:52] {cousin}: yes, arrived this morning, thank you!! I went to the bank with her
       [19:53] {cousin}: the bank asked where it came from, I showed them your message and the transfer slip
       [19:54] Me: good. Next month I'll send on the 1st again
       [19:55] {rel}: please use the proper transfer service, not the man at the shop. Your uncle lost money that way
       [19:56] Me: yes, always the app, with the receipt
       [19:58] {cousin}: Grandma says stop sending so much and buy yourself a coat
       [19:59] Me: tell her I have three coats 😂
       [20:01] {rel}: she won't believe you. Send a photo of the coats
       [20:02] {cousin}: also she wants to know if you're coming for her birthday in {month}
       [20:04] Me: trying! will know after my boss approves leave"""),
)

more("en10-b-21-consultant-invoicing",
     b("Could you check whether {co} has paid invoice {ref}? It was due last week."),
)

more("en10-b-36-work-email-it",
     b("Wi-Fi on floor 4 is down. IT is on it, use the cable for now."),
)

more("en10-b-10-colleague-board-slides",
     bn("long", """\
       Subject: Re: slides for {day}

       Hi {to},

       Yes, of course. The latest draft of the board slides is in the programme site under
       Board > {month} > Draft v4. I haven't attached it because it's marked internal and the
       labels have to stay with the file; the link only works on the company network or VPN.

       Slides 5 to 7 are the ones you'll want: the cost-to-complete, the two options for the
       {programme} schedule, and the supplier risk table. Finance hasn't signed off slide 6 yet,
       so please don't quote those numbers to anyone outside the programme office before
       Thursday.

       If you spot anything odd in the test dates, tell me rather than editing directly; the
       chief engineer is sensitive about who touches that slide.

       Thanks for checking it so quickly,
       {first}

       > Could you send me the latest board slides before the pre-meet? I want to check the
       > numbers against the finance pack."""),
)

more("en10-b-12-procurement-tender",
     bn("long", """\
       Subject: Clarification responses - {ref}

       Dear bidders,

       The contracting authority has published responses to the clarification questions
       received by {day}. The full list is on the procurement portal; a summary follows.

       Q3. Can the authority disclose the budget for the contract?
       A. No. The estimated value range is in the published contract notice. No further
       information on budget will be given to any bidder.

       Q7. May bidders meet the technical authority before submission?
       A. No. All communication must go through the portal until the contract is awarded.
       Any bidder found to have sought information by other routes may be excluded.

       Q9. Will the incumbent supplier receive any information not given to other bidders?
       A. No. All bidders receive the same information at the same time.

       Q12. Is travel to the site visit reimbursed?
       A. No. Bidders attend the site visit on {date} at their own cost.

       The deadline for submissions is unchanged.

       Procurement Team"""),
)

more("en10-b-22-travel-reimbursement",
     bn("long", """\
       Subject: Re: customer offered to pay my hotel in {city_abroad}

       Hi {to},

       Thanks for checking before accepting - good call.

       Under our hospitality policy we can accept a working lunch or dinner from a customer
       during a visit, but not flights or hotels, whoever the customer is. So please decline
       the hotel politely; you can say our policy doesn't allow it, which customers generally
       understand. I'll ask the travel desk to book {hotel} for you on the company account
       instead, same dates.

       Your per diem and taxis go on your expenses as usual. Please also fill in the foreign
       travel form on the security intranet; it's quick and it's required for {city_abroad}
       anyway.

       If the customer pushes, or offers anything else (gifts, a private dinner with people
       not on the agenda), tell me or Security when you're back.

       Have a good trip,
       {first} {last}
       Operations Manager

       > The customer's office says they'll cover my hotel for the three nights. Is that ok?"""),
)


def length_class(text: str) -> str:
    """short: 3-20 words; medium: 30-120; long: 121-300 (anything else is an error)."""
    n = len(text.split())
    if 3 <= n <= 20:
        return "short"
    if 30 <= n <= 120:
        return "medium"
    if 120 < n <= 300:
        return "long"
    return f"out of range ({n} words)"


def make_rows() -> list[dict[str, object]]:
    """Build every band with its own opener and closer pools, then number rows per family."""
    rows: list[dict[str, object]] = []
    for i, (band, (openers, closers, register)) in enumerate(BANDS.items()):
        families = Families()
        for fid, label, kind, lookalike, _subtle, templates in SPECS:
            mine = [(stage, cats, text) for tb, stage, cats, text in templates if tb == band]
            if mine:
                families.add(fid, label, kind, register, lookalike, mine)
        rows += build(families, POOLS, openers, closers, "en", SEED + i, PER_TEMPLATE)
    order = {spec[0]: n for n, spec in enumerate(SPECS)}
    subtle = {spec[0] for spec in SPECS if spec[4]}
    rows.sort(key=lambda r: order[str(r["family"])])
    numbers: Counter[str] = Counter()
    for row in rows:
        family = str(row["family"])
        numbers[family] += 1
        row["id"] = f"{family}-{numbers[family]:02d}"
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif family in subtle:
            row["subtlety"] = "subtle"
    return rows


def check(rows: list[dict[str, object]]) -> None:
    ids = [str(r["id"]) for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [str(r["text"]) for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    id_shape = re.compile(r"en10-[sb]-\d\d-[a-z0-9-]+-\d\d")
    for r in rows:
        text = str(r["text"])
        assert id_shape.fullmatch(str(r["id"])), r["id"]
        assert ("-s-" in str(r["family"])) == (r["label"] == 1), r["id"]
        assert not length_class(text).startswith("out"), (r["id"], length_class(text))
        if r["subtlety"] == "subtle":
            hit = TELLTALE.search(text)
            assert hit is None, (r["id"], hit.group(0) if hit else "")
        if r["label"] == 0:
            assert r["categories"] == [] and r["stage"] == "none", r["id"]
        else:
            assert r["categories"] and not r["lookalike"], r["id"]


def summary(rows: list[dict[str, object]]) -> str:
    lines = []
    for label, name in ((1, "suspicious"), (0, "benign")):
        mine = [r for r in rows if r["label"] == label]
        fams = {str(r["family"]) for r in mine}
        lengths = Counter(length_class(str(r["text"])) for r in mine)
        words = sorted(len(str(r["text"]).split()) for r in mine)
        extra = ""
        if label == 1:
            subtle_f = {str(r["family"]) for r in mine if r["subtlety"] == "subtle"}
            n_subtle = sum(1 for r in mine if r["subtlety"] == "subtle")
            extra = f"; subtle {len(subtle_f)} families / {n_subtle} messages"
        else:
            look_f = {str(r["family"]) for r in mine if r["lookalike"]}
            n_look = sum(1 for r in mine if r["lookalike"])
            extra = f"; look-alike {len(look_f)} families / {n_look} messages"
        lines.append(
            f"{name}: {len(mine)} messages in {len(fams)} families{extra}; "
            f"short {lengths['short']}, medium {lengths['medium']}, long {lengths['long']}; "
            f"words {words[0]}-{words[-1]}, median {words[len(words) // 2]}"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    ROWS = make_rows()
    check(ROWS)
    write(ROWS, OUT)
    print(summary(ROWS))
