"""English training messages by author 27: the working life of recruiters, search firms and expert networks.

Who and how: written by hand by a project engineer (an AI assistant, "author 27") from the threat
description in ``../shared/DESIGN.md`` and public warnings (CSIS 2023, MI5/NPSA "Think Before You Link",
FBI guidance) only, blind to the rule packs, the training corpus, the dev sets and the evaluation sets.
Every name, firm, number and address is invented (example.com/.net/.org, 555-01xx, 07700 900xxx,
+86 138 0000 0000).

Run: ``.venv/bin/python data/corpus/raw/en_author27_source.py`` rewrites ``en_author27.jsonl`` beside it.

What the families cover. Benign (30 families, 28 of them hard look-alikes): agency recruiters with a
named client (or a client named only at first interview, under NDA), in-house talent teams, retained
executive search for board seats, government and cleared-job recruiters, graduate and internship
schemes, expert networks and survey panels with compliance attestations, paid advisory boards,
contract platforms, relocation offers abroad with travel paid, and the follow-ups of a real search:
rescheduling (some by WhatsApp or WeChat), salary negotiation, offer letters, background checks through
the official portal, references, rejections, a recruiter's own security notice; two plain families (a
job alert, an interview panel's logistics). Suspicious (21 families, 11 of them subtle, numbers 09-19:
no app name, no "client", no fee, no "confidential", which ``make_rows`` checks): the fake versions in
the same voices — a headhunter with a nameless principal, early pivots (some spelled to evade), paid
reports and "advisory" work for nobody in particular, drift towards what has not been published,
meetings abroad, secrecy, payment to relatives or in vouchers, deposit and task scams, and pressure on
diaspora family.

Each family has three hand-written templates: a chat line (3-20 words), an InMail or short e-mail
(30-120 words) and a longer e-mail (up to 300 words) with a signature, a quoted reply or a forwarded
header. A shared opener is dropped before a body that already greets, and a shared closer after a
signed e-mail. The register of each row follows its length (chat <= 20 words, inmail <= 120, email).

Counts, printed by ``python en_author27_source.py --stats`` (run from this folder): 453 messages in 51
families (8-9 each); 187 suspicious (41%, 97 of them subtle) and 266 benign; lengths in words, short
(3-20) / medium (30-120) / long (121-300): suspicious 62/63/62, benign 87/92/87.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from template_families import Families, build, write

SEED = 2727
PER_TEMPLATE = 3
OUT = Path(__file__).with_name("en_author27.jsonl")

# Each funnel category and the stage it marks, in funnel order (see data/eval/README.md).
FUNNEL = "credential_targeting=contact off_platform=pivot paid_task=tasking sensitive_info=elicitation client_meeting=meeting"
STAGE_OF = dict(pair.split("=") for pair in FUNNEL.split())
STAGES = list(STAGE_OF.values())


def s(cats: str, text: str) -> tuple[str, str, str]:
    """A suspicious template; its stage is the furthest funnel stage its categories show."""
    found = [STAGE_OF[c] for c in cats.split() if c in STAGE_OF]
    stage = max(found, key=STAGES.index) if found and "coercion" not in cats else "none"
    return (stage, cats, text)


def b(text: str) -> tuple[str, str, str]:
    """A benign template: no categories, stage none."""
    return ("none", "", text)


OPENERS = ["", "", "", "", "", "Hi,\n", "Hello,\n", "Morning,\n", "Hi again,\n"]
CLOSERS = [
    "", "", "", "", "",
    "\nThanks",
    "\nCheers",
    "\nBest,\nMarta",
    "\nKind regards,\nOwen Tregarth",
    "\nThanks, speak soon",
]

POOLS: dict[str, list[str]] = {
    "name": ["Priya", "Tom", "Alicia", "Kwame", "Sofia", "Daniel", "Mei", "Rhys", "Hannah", "Luis"],
    "rec": ["Jess Caldwell", "Marcus Obi", "Fiona Lindqvist", "Raj Menon", "Claire Dunmore", "Ben Ashworth"],
    "firm": ["Harwell Lane Search", "Northgate Talent", "Copperbeech Recruitment", "Brightmoor Partners"],
    "co": ["Avalon Avionics", "Kestrel Microsystems", "Tidewater Grid", "Lumen Radio Systems", "Fernhill Aerospace"],
    "role": ["Senior RF Engineer", "Principal Systems Engineer", "Head of Firmware", "Lead Test Engineer",
             "Power Electronics Lead", "Verification Manager"],
    "band": ["£78k-£88k", "£90k-£105k", "$140k-$160k", "€85k-€95k", "£65k-£72k"],
    "sector": ["avionics", "semiconductor packaging", "satellite communications", "grid storage",
               "radar", "5G radio"],
    "city": ["Munich", "Toronto", "Singapore", "Rotterdam", "Dubai"],
    "far": ["Macau", "Shanghai", "Kuala Lumpur", "Hong Kong", "Istanbul"],
    "day": ["Thursday", "Monday", "Wednesday", "Friday", "Tuesday"],
    "time": ["10.30", "11:00", "2pm", "4:15", "9am"],
    "net": ["Ridgeline Insight", "Calder Expert Network", "Oakmere Advisors Panel", "Brookfield Voices"],
    "fee": ["£250", "$300", "£180", "$450", "€220"],
    "big": ["$2,000", "£1,500", "$3,500", "€2,800"],
    "phone": ["07700 900142", "07700 900387", "555-0148", "555-0172", "+86 138 0000 0000"],
    "mail": ["j.caldwell.recruits@example.com", "talent.desk@example.net", "m.obi.search@example.org"],
    "prog": ["the Kestrel-4 radio refresh", "the next-generation seeker", "the Block 3 upgrade",
             "the new substation controller", "the 3nm packaging line"],
    "ref": ["RS-20417", "NG-3381", "CB-1190", "HL-7725"],
}

F = Families()

# ----------------------------------------------------------------------------- suspicious, overt

F.add("en27-s-01-nameless-principal", 1, "fake_headhunter", "inmail", False, [
    s("credential_targeting vague_client",
      "Your clearance and {sector} background are exactly what my client wants. Open to a chat?"),
    s("credential_targeting vague_client",
      "Hello {name}, I lead a small search practice and I have been following your career for a while. "
      "A client of mine, a well-funded group in the {sector} space, is building a very senior advisory "
      "team and has asked for people who hold an active clearance. I am not able to share their name at "
      "this stage, but the package is far above market and the commitment is light. Would you be open "
      "to a first, informal conversation this week?"),
    s("credential_targeting vague_client",
      "Dear {name},\n\nForgive the unsolicited note. I represent a private client whose interests cover "
      "{sector} and adjacent defence programmes. They are discreet by nature and prefer that I make the "
      "first introductions on their behalf, which is why you will not find them on any job board.\n\n"
      "What drew my attention is the combination on your profile: hands-on engineering on live "
      "programmes, a government clearance that appears current, and time spent close to the people who "
      "decide budgets. That combination is rare and my client values it very highly.\n\nThere is no "
      "formal role yet. At first they would simply like to hear your views on where the sector is "
      "heading, in a series of conversations, and they compensate generously for your time. If that "
      "goes well, a longer arrangement would follow. I can tell you more once we have spoken, but I "
      "would ask that you keep this initial approach to yourself for now.\n\nWith best regards,\n{rec}\n"
      "Managing Partner, Silverline Executive Consulting\nsilverline-exec@example.com"),
])

F.add("en27-s-02-early-pivot", 1, "fake_recruiter", "inmail", False, [
    s("off_platform", "LinkedIn is slow for me, add me on WhatsApp {phone} and we continue there"),
    s("off_platform credential_targeting",
      "Hi {name}, thanks for accepting. I recruit for several firms in {sector} and your profile stood "
      "out, especially the security clearance. I don't really use this site for details, so please drop "
      "me a line on my personal address, {mail}, or on Telegram with the same name. We can go "
      "through the role and the money there, much faster for both of us."),
    s("off_platform credential_targeting vague_client",
      "Hello {name},\n\nI hope you are well. I came across your profile while mapping engineers for a "
      "project in {sector}, and I would love to introduce you to an opportunity with a client of mine. "
      "Before anything else, a practical point: this platform limits how much I can share, and my "
      "client prefers not to have its name written on a public network. So I keep all candidate "
      "conversations on WeChat. My ID is silverline_hr_88, or you can scan the code I will send once you "
      "reply.\n\nIf you are not on WeChat, a private e-mail works too (please not your work account, "
      "their filters tend to bounce my messages). Just send me a short note with your current role, the "
      "programmes you have touched, and your clearance level, and I will explain the opportunity in "
      "full.\n\nLooking forward to it,\n{rec}\nTalent Partner | Asia-Pacific\n> On {day}, {name} wrote:\n"
      "> Hi, happy to connect. What is the role?"),
])

F.add("en27-s-03-fake-expert-call", 1, "fake_consultant", "email", False, [
    s("paid_task sensitive_info vague_client",
      "{big} for an hour on {prog}, the unannounced bits. Client is keen."),
    s("paid_task sensitive_info vague_client unusual_payment",
      "Hi {name}, I run an insight network for investors. One of our clients would pay {big} for a single "
      "call about {prog}: schedule slips, supplier problems, anything the public filings don't show. "
      "We don't ask you to sign anything and payment can go to any account you like, including one not "
      "in your name, or in USDT if that's easier. Are you free {day}?"),
    s("paid_task sensitive_info vague_client unusual_payment secrecy",
      "Dear {name},\n\nThank you for the quick reply. To answer your questions: our client is an "
      "investment group with a strategic interest in {sector}. They are not comfortable being named, "
      "which I'm sure you understand in this market.\n\nThe call would last about an hour. They are "
      "especially interested in {prog}: the real timeline as opposed to the announced one, test results "
      "that have not been released, and which subcontractors are in trouble. They know these are "
      "internal matters, and that is precisely why your perspective is worth {big} to them.\n\nWe skip "
      "the usual compliance forms for calls like this, as they only slow things down. Payment is made "
      "the same day, in cash on collection or to a relative's account, as you prefer, and nothing "
      "appears on a payslip. There is no need to mention it to your employer.\n\nBest regards,\n{rec}\n"
      "Senior Associate, Meridian Insight Partners\n\n---------- Forwarded message ---------\n"
      "From: {name}\nSubject: Re: Consultation request\nWho is the end client, and what is the "
      "compliance process?"),
])

F.add("en27-s-04-advisory-reports", 1, "fake_consultant", "email", False, [
    s("paid_task vague_client secrecy",
      "Board seat is yours if you want it. Monthly report, {big}, keep it low key."),
    s("paid_task vague_client",
      "Dear {name}, we are assembling a small advisory board for a foreign investor looking at "
      "{sector}. Members write a short monthly report on developments they see in their own work, "
      "about 3 pages, and receive {big} per report. The investor remains in the background; all "
      "contact is through me. May I send you the first topic?"),
    s("paid_task vague_client secrecy sensitive_info",
      "Hi {name},\n\nGreat to speak yesterday. As promised, here is how the advisory role works in "
      "practice.\n\n1. Each month I send you a topic, usually something current in {sector}.\n2. You "
      "write 2-4 pages. The most useful reports go beyond the trade press: what your team is discussing, "
      "draft requirements, who is bidding for what.\n3. My principals read them and may send follow-up "
      "questions.\n4. You receive {big} per report, more for the detailed ones.\n\nThe advisory board is "
      "informal, so there is no contract and nothing to declare. Several members prefer that their "
      "employers don't know, and we respect that completely; please treat this e-mail the same way.\n\n"
      "The first topic: how {prog} is really going, compared with what was said at the last trade show.\n"
      "\nWarm regards,\n{rec}\nDirector, Eastbridge Strategic Advisory"),
])

F.add("en27-s-05-meet-abroad", 1, "handler_followup", "email", False, [
    s("client_meeting vague_client", "They want to meet you in {far} next month, all costs on us"),
    s("client_meeting vague_client paid_task",
      "Hi {name}, your last two reports were very well received. The client would now like to meet you "
      "in person in {far}. Flights, a good hotel and an honorarium of {big} for the trip are covered. "
      "Please bring your laptop with the notes from your current project so you can walk them through "
      "it."),
    s("client_meeting vague_client secrecy sensitive_info",
      "Dear {name},\n\nI am pleased to confirm the arrangements for your visit to {far}. My client has "
      "booked business-class flights leaving on {day} evening and a suite for three nights. A driver "
      "will meet you at arrivals; please do not arrange your own transport.\n\nThe programme is "
      "relaxed: dinner on the first night, then a half-day working session with two of their "
      "technical people. They have read your notes on {sector} closely and would like to go deeper, "
      "particularly on the parts of {prog} that you said you couldn't put in writing.\n\nFor "
      "simplicity I suggest you describe the trip as a holiday if anyone at work asks. There is no "
      "need to file a travel report, since this is a private matter. Your expenses will be reimbursed "
      "in cash on arrival.\n\nSafe travels,\n{rec}\nPartner, Grandview Consulting\n+852 0000 0000"),
])

F.add("en27-s-06-deposit-task-scam", 1, "job_scam", "email", False, [
    s("job_scam unusual_payment", "Congrats! Pay the $89 onboarding kit by gift card today to start"),
    s("job_scam off_platform unusual_payment",
      "Hi {name}, you have been shortlisted for a remote data-review role at {co}, {fee}/day. To "
      "activate your account you complete 30 rating tasks and top up a refundable deposit of {fee} in "
      "crypto. Our onboarding manager will add you on Telegram to guide you. Reply YES to begin."),
    s("job_scam off_platform unusual_payment",
      "Dear Applicant,\n\nFollowing your interview by chat on {day}, we are happy to offer you the "
      "position of Remote Procurement Assistant with {co}. Salary: {band} per year, fully remote.\n\n"
      "Before your start date you must purchase your work equipment from our approved vendor. We will "
      "send you a cheque for {big} which you deposit into your personal account; you then transfer "
      "{big} minus your first week's pay to the vendor by wire or Bitcoin ATM. Please do this within "
      "24 hours, as the equipment is reserved for you only until then.\n\nAll further communication "
      "should be sent from your personal e-mail to hr.onboarding.desk@example.net, not through the job "
      "site, which is for initial contact only.\n\nWelcome aboard!\nHR Onboarding Team\n{co}\n\n"
      "> From: {name}\n> Is it normal to pay for equipment before starting?"),
])

F.add("en27-s-07-diaspora-recruiter", 1, "coercion", "chat", False, [
    s("coercion", "Your parents were visited again. Come back and register, it's easier for them."),
    s("coercion",
      "Hello {name}, I am contacting you on behalf of the hometown association. The office back home "
      "asked me to remind you that your father's pension review is pending. If you could return for a "
      "short conversation, or send us the names of the others in your student society, it would help "
      "your family a great deal."),
    s("coercion off_platform",
      "Dear {name},\n\nYou may not remember me; we met at the community new year dinner. I now help "
      "overseas compatriots with job placements back home, and your name came up.\n\nI will be direct "
      "because I think you would prefer it. Officials have spoken with your mother twice this month "
      "about your online posts. She is worried, and her employer has been asked questions too. This "
      "can all be settled easily. A well-paid position is waiting for you in your home province, and "
      "if you accept it, the matter will be considered closed.\n\nIf you are not ready to return, there "
      "is another way: stay in touch with me on WeChat and tell me from time to time who organises "
      "the meetings at your university. Nobody needs to know.\n\nPlease think about your mother and "
      "reply by {day}.\n\nRegards,\nMr Zhao\nOverseas Talent Liaison"),
])

F.add("en27-s-08-spelled-pivot", 1, "obfuscated_pivot", "inmail", False, [
    s("off_platform", "pls add my w e c h a t, id silverline88, easier to talk role"),
    s("off_platform vague_client",
      "Hi {name}, great profile! I have a role from a client in {sector}, package well above market. "
      "This site blocks contact details, so: v x is harbour_talent_2, or mail me at harbourtalent "
      "(at) example (dot) net. Send your CV and clearance level there and I'll share the job spec."),
    s("off_platform vague_client credential_targeting",
      "Hello {name},\n\nThanks for connecting. I work with a small number of strategic clients in "
      "{sector} and I'm looking for people with your combination of design experience and a current "
      "clearance.\n\nI'll be honest, my account here gets flagged whenever I share contact details, so "
      "I've had to get creative. You can reach me on Te\u200blegram as @harbour_recruit, or on "
      "W\u0430tsApp at +44 7700 900 5 5 1. Either is fine.\n\nWhen you message me, please include:\n"
      "- your current employer and programme\n- your clearance level and its expiry\n- your notice "
      "period\n\nI'll reply the same day with the full details of the role. The client is keen to move "
      "quickly and the first conversation is informal.\n\nBest,\n{rec}\nHarbour Talent Partners"),
])

F.add("en27-s-20-paid-white-paper", 1, "fake_think_tank", "email", False, [
    s("paid_task vague_client unusual_payment",
      "{big} in USDT for a 10-page paper on {sector}. For a client, no byline."),
    s("paid_task vague_client secrecy",
      "Dear {name}, our institute commissions short white papers for a client who funds research on "
      "{sector}. Papers are not published and carry no byline; the client only wants unvarnished "
      "views from practitioners. We offer {big} per paper. Please keep the commission between us, "
      "as the client is sensitive about visibility."),
    s("paid_task vague_client sensitive_info unusual_payment",
      "Dear {name},\n\nThank you for agreeing in principle to write for us. Here is the brief for your "
      "first paper.\n\nTitle: Practical obstacles in {prog}\nLength: 8-12 pages\nDeadline: two weeks "
      "from today\nCompensation: {big}\n\nThe client is not interested in anything already in the "
      "press. The value of your paper lies in what you see from inside: the decisions still under "
      "discussion, the figures in the latest internal review, the names of the people who matter. "
      "Attach any supporting documents you think useful; they will only be read by the client.\n\n"
      "Payment goes out within 48 hours of delivery. Most of our authors prefer a transfer to a family "
      "member's account or a crypto wallet, since the amounts can raise questions at a bank. Tell me "
      "which you prefer.\n\nKind regards,\nDr {rec}\nResearch Coordinator, Pacific Horizon Policy "
      "Institute\npacific.horizon.research@example.org"),
])

F.add("en27-s-21-relocation-bait", 1, "fake_recruiter", "email", False, [
    s("client_meeting vague_client credential_targeting",
      "Relocation package ready, fly to {far} for final round, client pays everything. Bring clearance docs"),
    s("client_meeting vague_client secrecy",
      "Hi {name}, the client loved your CV and wants to fly you to {far} for a final interview with "
      "their chairman, all expenses covered. They ask that you don't discuss the process with your "
      "current employer or file it as travel, as they are still in stealth mode."),
    s("client_meeting vague_client credential_targeting sensitive_info",
      "Dear {name},\n\nFurther to our call, I am delighted to tell you that my client would like to "
      "move you to the final stage for the Chief Engineer role in {far}. The package is exceptional: "
      "double your current salary, housing, schooling for your children, and a signing bonus of "
      "{big}.\n\nThe final stage is a two-day visit. My client will book your flights and hotel. On the "
      "first day you will present your work; they suggest you bring design documents or test data from "
      "your current programme so the panel can judge your level properly. The second day is with the "
      "chairman.\n\nA few requests: please travel on your personal passport, not an official one, and "
      "do not list the trip on any security declaration, as my client's name cannot be disclosed yet. "
      "I can only reveal who they are once you have landed.\n\nBest wishes,\n{rec}\nGlobal Mobility "
      "Director, Apex Talent Bridge"),
])

# ----------------------------------------------------------------------------- suspicious, subtle
# No app name, no "client", no fee, no "confidential": what is asked gives them away.

F.add("en27-s-09-unannounced-interest", 1, "subtle_approach", "inmail", False, [
    s("sensitive_info vague_client",
      "Anything on {prog} that hasn't been announced yet? The people I work with would love it."),
    s("sensitive_info vague_client",
      "Hi {name}, thanks again for the chat last week, it was really helpful. The people I work with "
      "were hoping for a bit more on what hasn't been made public yet about {prog}, especially the "
      "dates your team is working to and why the last review went badly. Nothing written, just your "
      "own sense of it over a coffee?"),
    s("sensitive_info vague_client",
      "Hello {name},\n\nI hope the move to the new building went smoothly. I wanted to follow up on our "
      "conversation about {sector}. You were generous with your time, and the summary I passed on was "
      "very well received.\n\nThe group I advise has one more round of questions, and I think you are "
      "the best person to answer them. They already have everything from the trade press and the "
      "annual report, so what would help is the picture from inside: which of the options for {prog} "
      "is actually favoured, what the draft budget looks like before it is cut, and which suppliers are "
      "being quietly dropped.\n\nI know some of that is not the kind of thing one puts in an e-mail, so "
      "I'd suggest we talk it through on a walk near your office on {day}. I'll make it worth the "
      "afternoon.\n\nWith thanks,\n{rec}\n\n> On {day}, {name} wrote:\n> Happy to help where I can, "
      "but most of what I know is in the public slides."),
])

F.add("en27-s-10-interview-elicitation", 1, "subtle_approach", "email", False, [
    s("sensitive_info",
      "For round two, bring the current test data from {prog}. The panel wants real numbers."),
    s("sensitive_info credential_targeting",
      "Hi {name}, good news, you're through to the technical round for the {role} post. The panel "
      "asks each candidate to walk through their current project in detail: the latest measured "
      "performance, the open defects and who sits on the design review board. The more specific, the "
      "better your chances."),
    s("sensitive_info credential_targeting",
      "Dear {name},\n\nThank you for your time on {day}. The hiring manager was impressed and would like "
      "to invite you to a second interview for the {role} position.\n\nThe second interview is a "
      "practical exercise. Rather than a generic case study, we ask candidates to present the real "
      "system they are working on now, since that shows their depth far better. Please prepare around "
      "fifteen slides covering:\n\n- the architecture of {prog} as it stands today\n- the results of the "
      "most recent qualification tests, including the ones that failed\n- the schedule your programme "
      "office is working to, as opposed to the published one\n- the names and roles of the engineers "
      "and officials you report to\n\nPlease send the slides to me by {day} so the panel can read them in "
      "advance. We understand that some of this may be sensitive, but rest assured it stays within the "
      "hiring panel.\n\nKind regards,\n{rec}\nTalent Acquisition, Corvell Systems"),
])

F.add("en27-s-11-quiet-search", 1, "subtle_approach", "inmail", False, [
    s("secrecy vague_client", "Best not to mention our chats at work, the board I represent is private"),
    s("secrecy vague_client",
      "Hi {name}, before we go further: the board I act for is very private, so I'd ask you not to "
      "mention our conversations to anyone at {co}, including HR or security. It's simply how they "
      "prefer to work, and it protects you too while you're still employed there."),
    s("secrecy vague_client sensitive_info",
      "Dear {name},\n\nThank you for an open conversation on {day}. I've spoken with the people I "
      "represent and they would like to continue.\n\nTwo small points of process. First, please don't "
      "record our meetings in your calendar at work or tell your manager; the search is not public and "
      "my principals are particular about that. Second, if your security office asks about outside "
      "contacts, there is no need to list me. We are only talking about careers, after all.\n\nNext "
      "time, they'd value your thoughts on how the vetting process at your organisation actually "
      "works in practice, who signs off on access, and whether anyone on your team is unhappy enough to "
      "consider a move. Those observations help them understand the culture they'd be recruiting "
      "from.\n\nI'll suggest a time shortly.\n\nWarm regards,\n{rec}\nPrincipal, Ashgrove Board "
      "Advisory"),
])

F.add("en27-s-12-weekend-abroad", 1, "subtle_approach", "email", False, [
    s("client_meeting vague_client", "They'd like to host you in {far} for a weekend. Flights arranged."),
    s("client_meeting vague_client",
      "Hi {name}, my colleagues were so pleased with your thoughts on {sector} that they'd like to host "
      "you in {far} for a long weekend. Flights, hotel and dinners are all arranged on our side, and you "
      "would only need to spend one afternoon talking things through with their team."),
    s("client_meeting vague_client sensitive_info secrecy",
      "Dear {name},\n\nI'm delighted you can come. Here is how the weekend in {far} will work.\n\nYou "
      "fly out on {day} evening; the tickets will arrive in your inbox tomorrow. Someone from our side "
      "will collect you at the airport and take you to the hotel. Saturday is yours to explore. On "
      "Sunday afternoon we meet the team at their offices for a few hours.\n\nThey have prepared "
      "questions on {prog}. You don't need to bring slides, but if you can bring the working notes we "
      "discussed, the ones you couldn't show me in London, it would make the afternoon far more "
      "productive for everyone.\n\nOne request: it would be simplest to treat this as a private trip. "
      "No need for a travel notification at work, and I'd avoid mentioning the meeting on social "
      "media.\n\nLooking forward to it,\n{rec}"),
])

F.add("en27-s-13-thank-you-elsewhere", 1, "subtle_approach", "email", False, [
    s("unusual_payment", "We can send the thank-you to your sister's account instead, easier for tax"),
    s("unusual_payment paid_task",
      "Hi {name}, thanks for the notes on {sector}. For the thank-you, we'd rather not go through your "
      "own bank. Shall I send it as store vouchers, to a relative's account, or in cash next time we "
      "meet? Whatever keeps things simple for you."),
    s("unusual_payment paid_task secrecy",
      "Dear {name},\n\nYour write-up arrived safely, thank you. It is exactly what we hoped for, and my "
      "colleagues have already asked whether you would do a second one next month.\n\nOn the question "
      "of the thank-you, we have found that transfers to the author's own bank account create "
      "unnecessary questions for everyone, especially for people with your kind of job. So we offer "
      "three options:\n\n1. cash, handed over when we next meet;\n2. a transfer to an account held by a "
      "family member abroad;\n3. store cards of the same value, sent to an address of your "
      "choice.\n\nMost people choose the first. Whatever you choose, I would keep it off your annual "
      "declarations; it's a private arrangement between us and is better left that way.\n\nThank you "
      "again,\n{rec}\n\n> On {day}, {name} wrote:\n> Attached. Where should I send my bank details?"),
])

F.add("en27-s-14-survey-drift", 1, "subtle_approach", "email", False, [
    s("sensitive_info", "Last survey question: your team's budget for next year before sign-off?"),
    s("sensitive_info",
      "Hi {name}, thanks for joining our industry panel. This month's questionnaire is a bit more "
      "specific: please estimate your unit's draft budget for next year, list the suppliers being "
      "considered for {prog}, and note any delays that haven't reached the press. Short answers are "
      "fine."),
    s("sensitive_info vague_client",
      "Dear panel member,\n\nThank you for completing the first three questionnaires on {sector}. Your "
      "answers were among the most useful we received.\n\nFor the next round, our sponsors have asked "
      "us to go a little further than general market views. The questionnaire is attached and takes "
      "about forty minutes. It asks about:\n\n- the requirements in the draft specification your team "
      "is currently working on\n- the headcount and budget planned for {prog} in the coming year\n- the "
      "results of any trials that have not yet been released\n- which partners are being considered "
      "and which are likely to be dropped\n\nWe understand that you may need to check some of these "
      "with colleagues; feel free to copy figures from internal documents if that is quicker. Your "
      "answers are anonymised before our sponsors see them.\n\nWith thanks,\nPanel Coordination Team\n"
      "Meridale Industry Panel"),
])

F.add("en27-s-15-contract-drift", 1, "subtle_approach", "inmail", False, [
    s("sensitive_info vague_client",
      "For the contract write-up, base it on your current project's drawings, not public ones"),
    s("sensitive_info vague_client",
      "Hi {name}, the short contract is yours if you want it. The group I'm working with needs a "
      "review of {sector} design practice. Ideally you'd base it on what you're doing now at {co}, the "
      "drawings and test plans, rather than textbook material; that's what makes it valuable to "
      "them."),
    s("sensitive_info vague_client",
      "Hello {name},\n\nThanks for your interest in the freelance review project. I've attached the "
      "scope of work. It's a part-time engagement over six weeks, and you can do it in the evenings "
      "alongside your day job.\n\nThe deliverable is a technical review of {sector} practice. To be "
      "frank, the group behind it already has plenty of published literature. What they lack is an "
      "inside view of a real programme, so the review should draw on {prog} wherever possible: the "
      "current design files, the supplier list, the internal risk register and the test plan for the "
      "next milestone.\n\nYou can summarise rather than copy if you feel more comfortable, though "
      "attachments are welcome. The sooner the first section arrives, the sooner we can talk about a "
      "longer arrangement.\n\nBest,\n{rec}\nProject Lead, Northmark Technical Reviews\n\n> On {day}, "
      "{name} wrote:\n> Sounds interesting. What sort of review do you need?"),
])

F.add("en27-s-16-family-reminder", 1, "coercion", "chat", False, [
    s("coercion", "Your mum says the neighbourhood office wants to see you when you're back."),
    s("coercion",
      "Hi {name}, it's your uncle's friend from the district. Your mother asked me to pass this on: "
      "people from the office have been coming by the house. It would be much better for her if you "
      "came home this summer and sorted things out in person."),
    s("coercion",
      "Dear {name},\n\nI hope you don't mind me writing. I'm a friend of your family and I was at your "
      "parents' house on {day}. They are well, but they asked me to write to you because they are "
      "nervous about using their own phones.\n\nSome men from the local office have visited three "
      "times. They were polite, but they asked about you: where you work, who you meet, whether you go "
      "to the gatherings in your city. They said your father's business licence is under review and "
      "that it would help a lot if you came back to explain yourself.\n\nThey also mentioned that if "
      "you could send them a list of the people who organise those gatherings, the visits would stop. "
      "Your mother cried when she told me this.\n\nPlease think about what is best for your family. "
      "I can pass a message to them if you prefer not to call.\n\nWith respect,\nA friend of the "
      "family"),
])

F.add("en27-s-17-handler-next-round", 1, "handler_followup", "email", False, [
    s("sensitive_info", "Last time was great. This time could you bring what the team's been circulating?"),
    s("sensitive_info secrecy",
      "Hi {name}, thanks again for Thursday, it was exactly what we needed. For next time, could you "
      "bring the slides that were circulated before the review of {prog}? Just photos on your phone "
      "would do. And as before, best to keep our chats to ourselves."),
    s("sensitive_info secrecy vague_client",
      "Dear {name},\n\nA short note to say how useful our last few conversations have been. The people "
      "I report to have read everything carefully and are grateful.\n\nWe are now at a point where "
      "general impressions are less useful than specifics. If possible, I'd like our next meeting to "
      "cover three things:\n\n1. the slides from the last programme board for {prog};\n2. the list of "
      "engineers with access to the new test site;\n3. anything you hear about the upcoming "
      "procurement decision before it goes out.\n\nPhotos of pages are fine; there's no need to send "
      "anything by e-mail, you can simply show me on {day}. As always, I'd ask you not to mention our "
      "meetings to your colleagues or to your security team. We've built something valuable and it "
      "would be a pity to complicate it.\n\nSee you at the usual place,\n{rec}"),
])

F.add("en27-s-18-cleared-curiosity", 1, "subtle_approach", "inmail", False, [
    s("credential_targeting", "Saw you hold DV clearance. How does your renewal process actually work?"),
    s("credential_targeting sensitive_info",
      "Hi {name}, I noticed on your profile that you hold a current clearance and work on {prog}. I'm "
      "putting together a picture of how vetting works across the industry. Could you talk me through "
      "your last renewal and who in your team has the higher levels?"),
    s("credential_targeting sensitive_info vague_client",
      "Dear {name},\n\nMy name is {rec}. I research workforce trends in the {sector} industry for a "
      "group of investors who are considering setting up locally.\n\nPeople with security clearances "
      "are at the heart of their plans, and your profile suggests you've held one for several years. "
      "I'd find it very helpful to understand, from someone inside the system:\n\n- which programmes at "
      "your organisation require the higher clearance levels;\n- roughly how many people hold them, "
      "and in which teams;\n- how the periodic review works and what tends to trigger a closer look;\n"
      "- whether any cleared colleagues have been looking to move.\n\nNone of this needs to be formal. "
      "A thirty-minute call would be plenty, and I'd be glad to return the favour with introductions "
      "later on.\n\nWith best wishes,\n{rec}"),
])

F.add("en27-s-19-overseas-internship", 1, "subtle_approach", "email", False, [
    s("secrecy credential_targeting",
      "Summer scheme abroad is yours. Best not to put it on your vetting form."),
    s("secrecy client_meeting",
      "Hi {name}, congratulations on your place on our summer research exchange in {far}. Travel and "
      "housing are covered. One tip from past participants: leave it off your vetting questionnaire "
      "for the graduate scheme, it only causes delays."),
    s("secrecy client_meeting sensitive_info",
      "Dear {name},\n\nCongratulations! You have been selected for the Young Engineers Exchange, a "
      "four-week placement in {far} for students heading into defence and {sector} careers.\n\nAll "
      "flights, accommodation and a generous daily allowance are covered by our sponsors. During the "
      "programme you will attend seminars, visit laboratories and meet senior researchers.\n\nAs part "
      "of the application, we ask each participant to write a short essay about their internship "
      "last summer: the projects, the people, and the technical challenges they saw. The more detail, "
      "the better.\n\nA practical note: several of our alumni have since joined government "
      "programmes. They advise not listing the exchange on security questionnaires, which can "
      "otherwise hold up an application for months. It is an academic programme, after all.\n\nWe "
      "look forward to welcoming you.\n\nExchange Office\nYoung Engineers Exchange"),
])

# ----------------------------------------------------------------------------- benign look-alikes

F.add("en27-b-01-agency-named-later", 0, "genuine_recruiter", "inmail", True, [
    b("Client's a listed {sector} firm, name under NDA till first interview. CV?"),
    b("Hi {name}, I'm {rec} at {firm}. Our client, a listed {sector} company, has asked us to keep "
      "its name confidential until the first interview, which is normal for a replacement hire. The "
      "role is {role}, based on site, {band} plus bonus. Happy to share the full job description and "
      "our privacy notice if you'd like a look."),
    b("Dear {name},\n\nThank you for replying so quickly. I completely understand your caution about "
      "an unnamed client; we get asked this a lot.\n\nHere is what I can tell you now. The client is a "
      "publicly listed {sector} manufacturer with around 4,000 staff in the UK. The position is {role}, "
      "replacing someone who is retiring, so they don't want the vacancy public before the team has "
      "been told. Salary is {band} with a 10% bonus, and the role requires eligibility for SC "
      "clearance, which the employer sponsors.\n\nThe name will be shared before your first interview, "
      "once you have agreed that we can submit your CV. We never submit anyone without written consent. "
      "You can check our registration with the Recruitment and Employment Confederation, and my "
      "colleague on our main office line, 020 7946 0123, can confirm I work here.\n\nBest regards,\n"
      "{rec}\nPrincipal Consultant, Engineering & Defence\n{firm}\n\n> On {day}, {name} wrote:\n> "
      "Who is the client? I'd rather not send a CV blind."),
])

F.add("en27-b-02-inhouse-talent", 0, "genuine_recruiter", "inmail", True, [
    b("{co} talent team here: {role} role open, {band}. Fancy a call?"),
    b("Hi {name}, I'm {rec}, in-house recruiter at {co}. We're hiring a {role} for our {sector} "
      "group, salary {band}, hybrid three days on site. Your work on test automation looks like a "
      "close match. If you're open to it, send a CV through our careers page and I'll book a 20-minute "
      "call."),
    b("Hi {name},\n\nI'm {rec} from the Talent Acquisition team at {co}. I'm reaching out directly "
      "because our hiring manager for {sector} saw your conference talk on verification and asked me "
      "to get in touch.\n\nThe role is {role}, reporting to the Director of Engineering. Salary band is "
      "{band}, plus pension at 8% and an annual bonus. The team works on our next product line, which "
      "we announced publicly last quarter, so there's plenty to talk about openly.\n\nThe process is "
      "a recruiter call, a technical interview with two engineers, and a final conversation with the "
      "director. We don't ask candidates to bring anything from their current employer; the technical "
      "interview uses our own exercise.\n\nIf you're interested, you can apply at careers.example.com "
      "with reference {ref}, or reply with a couple of times that suit you.\n\nBest,\n{rec}\nTalent "
      "Acquisition Partner, {co}"),
])

F.add("en27-b-03-whatsapp-scheduling", 0, "genuine_recruiter", "chat", True, [
    b("Easier to sort times on WhatsApp? I'm on {phone}. Interview still {day} {time}"),
    b("Hi {name}, it's {rec} from {firm}. I'm on the road all week so it's easier to reach me on "
      "WhatsApp at {phone}, just for scheduling. Everything about the role itself, the offer and "
      "your documents will still go through my work e-mail and our candidate portal."),
    b("Hi {name},\n\nQuick update on the {role} process at {co}. The hiring manager has confirmed your "
      "interview for {day} at {time}, on site at their Bristol office. The calendar invitation will "
      "come from their recruitment system, not from me.\n\nA couple of people have asked whether I can "
      "be contacted outside office hours, since interviews sometimes move at short notice. If that "
      "helps you, I'm on WhatsApp at {phone} for scheduling only: times, directions, running late, "
      "that kind of thing. Please don't send your CV, passport or anything about your current employer "
      "that way; those go through the portal, which is encrypted and which {co} audits.\n\nIf you'd "
      "rather keep everything on e-mail, that's completely fine too.\n\nGood luck, and let me know if "
      "you need anything.\n{rec}\nSenior Consultant | {firm}\n{mail}"),
])

F.add("en27-b-04-board-search", 0, "genuine_recruiter", "email", True, [
    b("Board search for a listed {sector} company. Confidential for now; may I call you?"),
    b("Dear {name}, {firm} has been retained by the nominations committee of {co} to find an "
      "independent non-executive director with {sector} and security experience. The appointment is "
      "public once made, with fees set out in the annual report. The search is confidential until "
      "then. Would you be willing to have an exploratory conversation?"),
    b("Dear {name},\n\nThank you for your interest in the non-executive director appointment at {co}. "
      "As promised, some further detail.\n\nThe board is looking for an independent director with "
      "experience of {sector} and government programmes, to sit on the audit and risk committee. The "
      "time commitment is around 20 days a year, and the fee is £55,000 per annum, as published in the "
      "company's remuneration report.\n\nThe search is confidential at this stage because the current "
      "director has not yet announced her retirement. For that reason, please don't discuss it "
      "outside your household until the announcement. You are of course free to raise it with your "
      "current employer's conflicts process, and we would expect you to do so before any "
      "appointment.\n\nNext steps: a meeting with the chair of the nominations committee in London, "
      "then references and the usual regulatory checks.\n\nWith best wishes,\n{rec}\nPartner, Board "
      "Practice\n{firm}\n\n> On {day}, {name} wrote:\n> Thank you. Can I check this with my employer's "
      "compliance team first?"),
])

F.add("en27-b-05-government-recruiter", 0, "cleared_job_ad", "email", True, [
    b("Civil service {role} role, DV required, apply via the official jobs site only"),
    b("Hello {name}, I recruit for a government defence agency through {firm}. We have a {role} role, "
      "{band}, requiring existing DV clearance or willingness to undergo it. All applications go "
      "through the official civil service jobs portal; I'll never ask you for clearance details by "
      "message."),
    b("Dear {name},\n\nThank you for applying for the {role} vacancy (reference {ref}) with the "
      "Ministry's Defence Equipment team.\n\nWe are pleased to invite you to the next stage, an "
      "interview on {day} at {time}. The interview will be held at our offices; travel expenses for "
      "attending are reimbursed through the standard civil service claim form.\n\nAs advertised, this "
      "post requires Developed Vetting. If you are successful, you will receive an invitation from the "
      "national vetting service to complete your security questionnaire online. Please do not send "
      "any details of your current or previous clearances to this mailbox, and be aware that we will "
      "never ask you to move to a messaging app, to pay for vetting, or to share information about "
      "your current work.\n\nIf you have a disability and need adjustments, reply and we will arrange "
      "them.\n\nKind regards,\nRecruitment Team\nDefence Equipment Resourcing\n"
      "defence.recruitment@example.org"),
])

F.add("en27-b-06-graduate-scheme", 0, "genuine_recruiter", "email", True, [
    b("Graduate scheme assessment centre is {day}; travel reimbursed, keep receipts!"),
    b("Hi {name}, thanks for applying to the {co} graduate engineering scheme. You're invited to our "
      "assessment centre on {day}. We reimburse reasonable travel and one night's hotel if you're "
      "coming from more than 100 miles away; claim through the graduate portal afterwards."),
    b("Dear {name},\n\nCongratulations! We are delighted to offer you a place on the {co} Summer "
      "Internship Programme in {sector}, running for twelve weeks from June.\n\nThe internship is paid "
      "at £24,000 pro rata, and we provide subsidised accommodation near the site. Because our work "
      "includes defence contracts, you will need to complete baseline security checks before starting: "
      "a criminal record check and right-to-work verification, both through our onboarding portal. "
      "Please do not e-mail scans of your passport.\n\nYou may be placed on a project that has "
      "confidentiality requirements. If so, your line manager will explain what you can and cannot "
      "say about it, including in your university report, before you begin.\n\nIf you have any "
      "questions, the early careers team is happy to help.\n\nBest wishes,\nEarly Careers Team\n{co}\n"
      "earlycareers@example.com"),
])

F.add("en27-b-07-expert-network-call", 0, "expert_network", "email", True, [
    b("{net}: 1-hr paid call, {fee}, public info only. Interested?"),
    b("Hi {name}, I'm {rec} from {net}, an expert network. An investment fund, our client, would like "
      "a one-hour call about trends in the {sector} market. We pay {fee} for the hour. We do not want "
      "confidential or non-public information about your employer, and you'll complete a short "
      "compliance attestation before the call."),
    b("Dear {name},\n\nThank you for agreeing to consult with {net}. Ahead of your call on {day} at "
      "{time}, here is a summary of the project and our rules.\n\nClient: a long-only investment "
      "manager (name shared on request, once you've cleared conflicts).\nTopic: the market outlook for "
      "{sector} components over the next three years.\nDuration: 60 minutes. Rate: {fee} per hour, paid "
      "by bank transfer to an account in your own name through our payments portal.\n\nBefore the call "
      "you must complete the online attestation confirming that you will not disclose confidential "
      "information or material non-public information, that you are not bound by any agreement "
      "preventing you from consulting, and that you will stop the call if a question strays into "
      "those areas. Current employees of companies in the sector may only speak about the industry in "
      "general terms.\n\nA member of our compliance team may listen in.\n\nBest regards,\n{rec}\n"
      "Project Manager, {net}"),
])

F.add("en27-b-08-survey-panel", 0, "expert_network", "email", True, [
    b("20-min paid survey on {sector} buying habits, {fee}. No company secrets asked."),
    b("Hi {name}, {net} is running a 20-minute survey for a consulting firm studying {sector} "
      "procurement. Respondents receive {fee} by bank transfer or charity donation. Questions are about "
      "your opinions and publicly known trends; please skip anything you'd consider confidential to "
      "your employer."),
    b("Dear {name},\n\nThank you for joining the {net} survey panel. Please read these terms before "
      "taking your first survey.\n\nWho we work for: management consultancies and investors. We tell "
      "you the sector of the end client for each survey, and the name where they allow it.\n\nWhat we "
      "ask: your professional opinions on markets, products and technology trends. We never ask for "
      "internal documents, upcoming product plans, contract values or any information you received in "
      "confidence. If a question seems to ask for that, skip it and tell us.\n\nPayment: each survey "
      "states its honorarium, usually {fee}, paid monthly by bank transfer to an account in your own "
      "name. We do not pay in gift cards or cryptocurrency.\n\nYour employer: some employers require "
      "you to declare outside activities. It is your responsibility to check, and we are happy to "
      "provide a letter describing the panel.\n\nBest,\nPanel Support, {net}"),
])

F.add("en27-b-09-advisory-board", 0, "expert_network", "email", True, [
    b("Advisory board invite from {co} - paid, declared, minutes published. Thoughts?"),
    b("Dear {name}, {co} is forming a technical advisory board for its {sector} products. Members "
      "attend three meetings a year and are paid {big} per meeting under a written agreement. "
      "Membership is published on our website, and we require members to declare it to their "
      "employer."),
    b("Dear {name},\n\nFollowing our conversation on {day}, I'm pleased to formally invite you to join "
      "the Technical Advisory Board of {co}.\n\nThe board meets three times a year, twice online and "
      "once in person at our Rotterdam office, with travel and hotel paid by us and booked through our "
      "corporate travel agent. Members receive {big} per meeting under a consultancy agreement, paid "
      "by invoice.\n\nThe agreement contains a clause we ask every member to read carefully: you must "
      "not share with us any confidential information belonging to your employer or anyone else, and "
      "we will not ask you to. Board papers are prepared from our own material. Membership is listed "
      "on our website and in our annual report, and we ask you to obtain your employer's written "
      "approval before signing.\n\nThe agreement and our conflicts questionnaire are attached.\n\nKind "
      "regards,\nDr {rec}\nChief Technology Officer, {co}"),
])

F.add("en27-b-10-contract-platform", 0, "freelance_gig", "inmail", True, [
    b("Contract role on the platform: 6 months, day rate {fee}, outside IR35. Apply?"),
    b("Hi {name}, I found your profile on the contractor platform. {co} needs a freelance {role} for "
      "six months, {fee} a day, inside IR35 via the platform's payroll. The client is named in the "
      "brief and you'll sign their NDA on day one. Everything, including payment, stays on the "
      "platform."),
    b("Hello {name},\n\nThanks for your proposal on the firmware review project. We'd like to go "
      "ahead.\n\nA summary of the contract, which you'll also see in the platform's contract screen: "
      "the client is {co}, the deliverable is a code review of their own open-source bootloader, the "
      "rate is {fee} per day for up to 15 days, and payment is released by the platform against "
      "approved timesheets.\n\nPlease note the platform's rules, which we follow: all communication and "
      "payment stays here, we will never ask you to pay for access or equipment, and we won't ask for "
      "anything from your other clients or employers. If anyone claiming to be from us suggests "
      "moving to another app or paying outside the platform, please report it.\n\nLooking forward to "
      "working together,\n{rec}\nEngineering Manager, {co}\n\n> On {day}, {name} wrote:\n> Happy to take "
      "this on. Could you confirm the scope?"),
])

F.add("en27-b-11-relocation-offer", 0, "genuine_recruiter", "email", True, [
    b("Relocation to {city} approved: flights, 3 months housing, visa handled by {co}"),
    b("Hi {name}, great news: {co} would like to fly you to {city} for the final interview for the "
      "{role} role. Their travel team will book flights and two nights' hotel and e-mail you the "
      "itinerary from their corporate domain. You don't need to pay anything up front."),
    b("Dear {name},\n\nFurther to your final interview, {co} is pleased to offer you the position of "
      "{role} at our {city} office. The written offer is in the candidate portal; the main points of "
      "the relocation package are below.\n\n- Flights to {city} for you and your family, booked by our "
      "travel provider.\n- Temporary accommodation for up to 90 days.\n- A relocation allowance of "
      "{big}, paid through payroll in your first month.\n- Visa and work permit applications handled by "
      "our immigration lawyers at no cost to you.\n\nBecause the role involves export-controlled "
      "technology, the offer is conditional on export licence approval and on our standard background "
      "check. Please do not bring any documents or files from your current employer; our onboarding "
      "team will ask you to confirm this in writing.\n\nWe're very much looking forward to welcoming "
      "you.\n\nBest regards,\n{rec}\nGlobal Mobility, {co}"),
])

F.add("en27-b-12-rescheduling", 0, "genuine_recruiter", "chat", True, [
    b("Hiring manager's sick, can we move your interview to {day} {time}?"),
    b("Hi {name}, apologies, the panel for the {role} interview has had to move. Could you do {day} at "
      "{time} instead? Same Teams link from {co}'s recruitment system. If that doesn't work, send me "
      "two or three alternative slots and I'll sort it with the hiring manager today."),
    b("Hi {name},\n\nI'm really sorry to do this again. The {co} hiring manager has been called to a "
      "customer site for the week, so {day}'s interview can't go ahead as planned.\n\nThe options they've "
      "offered are:\n- next Tuesday at {time}, in person at their office\n- next Thursday at 3pm, on "
      "Teams\n\nIf you choose in person, they'll reimburse your train fare; just keep the ticket and "
      "send it to me afterwards with the expenses form I'll attach to the confirmation. If neither "
      "slot works, let me know and I'll push for something the following week.\n\nThey asked me to "
      "say they are still very keen, and this is purely a diary problem on their side.\n\nThanks for "
      "your patience,\n{rec}\n{firm}\n\n> On {day}, {name} wrote:\n> Confirmed for {day}, see you "
      "then."),
])

F.add("en27-b-13-salary-negotiation", 0, "genuine_recruiter", "email", True, [
    b("They've come up to the top of the band, {band}. Want me to push further?"),
    b("Hi {name}, I spoke with {co} about your counter-offer. They can't go above the {band} band for "
      "{role}, but they'll add a sign-on bonus of {big}, paid with your first salary, and an extra "
      "five days of leave. All of it will be in the written offer before you decide."),
    b("Hi {name},\n\nThanks for being open about your current package. It makes negotiating much "
      "easier.\n\nI went back to {co}'s head of talent this morning. Their position is:\n\n- Base "
      "salary at the top of the {band} band, as you asked.\n- A sign-on bonus of {big}, repayable if "
      "you leave within 12 months, paid through payroll.\n- They can't match your current employer's "
      "car allowance, but they'll cover the cost of your commute for the first year.\n\nThey'd also "
      "like to know your notice period and whether you have any post-employment restrictions in your "
      "current contract. They'll need to see the restriction clause itself, not anything about the "
      "work, so their lawyer can confirm the role doesn't conflict.\n\nShall I tell them we have a "
      "deal, or do you want to talk it through first? Call me on {phone} any time today.\n\nBest,\n"
      "{rec}\n{firm}"),
])

F.add("en27-b-14-offer-letter", 0, "hr_onboarding", "email", True, [
    b("Offer letter's in the portal. Terms are confidential, so please don't share it around"),
    b("Dear {name}, please find attached your offer letter for the {role} position at {co}, salary "
      "{band}. The terms of this offer are confidential between you and the company. Sign through "
      "DocuSign by {day}; the offer is conditional on references and right-to-work checks."),
    b("Dear {name},\n\nOn behalf of {co}, I am pleased to confirm our offer of employment as {role}, "
      "starting on the first Monday of next month.\n\nSalary: {band}, paid monthly into your bank "
      "account.\nLocation: our {sector} engineering centre, with travel to customer sites when "
      "needed.\nConditions: satisfactory references, right-to-work verification and, because the role "
      "supports government programmes, security clearance sponsored by us.\n\nYour contract includes "
      "our standard confidentiality and intellectual property clauses, and we ask you to confirm that "
      "you will not bring any confidential information from previous employers. We take this "
      "seriously, and your manager will cover it in your first week.\n\nPlease accept the offer in the "
      "HR portal within five working days. We will never ask you to pay for equipment, training or "
      "checks.\n\nWelcome to the team,\n{rec}\nHR Business Partner, {co}"),
])

F.add("en27-b-15-background-check", 0, "hr_onboarding", "email", True, [
    b("Background check link is from our screening vendor, only via the portal"),
    b("Hi {name}, as part of your offer from {co}, our screening partner will e-mail you a link to "
      "their secure portal to upload your passport, proof of address and five years of employment "
      "history. Please upload there only, not by e-mail or WhatsApp. We cover all costs."),
    b("Dear {name},\n\nWelcome to {co}! Before your start date we need to complete pre-employment "
      "screening. This is carried out by our screening provider and covers identity, right to work, "
      "five years of employment history, a basic criminal record check and, for this role, credit "
      "history.\n\nYou will receive an e-mail from the provider within two working days, with a link "
      "to their secure portal (case reference {ref}). Please upload your passport and proof of address "
      "there. Do not send identity documents to this mailbox or to anyone by messaging app; if someone "
      "asks you to, please tell us.\n\nWe pay all screening costs. You will never be asked for a "
      "payment, a deposit or your bank card details as part of this process.\n\nIf you have any "
      "questions, call the onboarding team on 020 7946 0456.\n\nBest regards,\nPeople Operations, {co}"
      "\n\n---------- Forwarded message ---------\nFrom: Screening Services\nSubject: Action required: "
      "case {ref}"),
])

F.add("en27-b-16-rejection", 0, "genuine_recruiter", "email", True, [
    b("Sorry {name}, {co} went with an internal candidate. I'll keep you in mind."),
    b("Hi {name}, thank you for your time on the {role} process. I'm sorry to say {co} has decided to "
      "offer the role to another candidate whose experience of classified programmes was closer to "
      "their needs. Your feedback was strong, and I'd like to keep in touch about future roles."),
    b("Dear {name},\n\nThank you for interviewing for the {role} position at {co}. I'm afraid that "
      "on this occasion the panel has decided not to take your application further.\n\nYou asked for "
      "feedback, so here it is. The panel was impressed by your technical depth and your answer on "
      "design reviews. Where other candidates scored higher was on experience leading teams through "
      "security accreditation, which is a big part of this role. They also noted that you were "
      "careful to talk about your current project only in general terms, which they appreciated; that "
      "was not a factor in the decision.\n\nWe'd welcome an application for the senior engineer role "
      "we expect to advertise in the spring.\n\nWith best wishes,\n{rec}\nTalent Acquisition, {co}\n\n"
      "> On {day}, {name} wrote:\n> Could you share any feedback from the panel?"),
])

F.add("en27-b-17-general-terms", 0, "genuine_recruiter", "inmail", True, [
    b("Only in general terms: what kind of {sector} work are you doing now?"),
    b("Hi {name}, before I put you forward for the {role} role at {co}, could you tell me, in general "
      "terms only, what your current job involves? For example, hardware or software, team size, "
      "and which tools. Please don't tell me anything about the programme itself; I don't need it and "
      "shouldn't have it."),
    b("Hi {name},\n\nThanks for sending your CV. Before I submit it to {co}, I need to fill in their "
      "candidate summary, and I want to make sure we describe your experience accurately without "
      "putting anything in writing that you shouldn't.\n\nCould you confirm, in general terms:\n- the "
      "type of work (design, test, integration, management)\n- the technologies you use day to day\n- "
      "the size of the team you lead\n- your clearance level, which they need only to know whether "
      "sponsorship is required\n\nPlease leave out programme names, customers, contract values and "
      "anything about upcoming projects. The hiring manager has specifically asked recruiters not to "
      "pass on that kind of detail, and I'd rather have a vague summary than put you in a difficult "
      "position.\n\nThanks,\n{rec}\nConsultant, Aerospace & Defence\n{firm}\n{mail}"),
])

F.add("en27-b-18-personal-email-outage", 0, "genuine_recruiter", "email", True, [
    b("Work e-mail's down, using my personal address today. Interview details unchanged."),
    b("Hi {name}, it's {rec} from {firm}. Our e-mail system is down after a server move, so I'm "
      "writing from my personal address for today only. Please don't reply with documents; I'll "
      "resend everything from my work account once it's back, and you can call our office to check."),
    b("Hi {name},\n\nThis is {rec} from {firm}. You might notice this message is from my personal "
      "address rather than my work one. Our e-mail provider has been down since this morning and I "
      "didn't want you to miss the change to tomorrow's interview.\n\n{co} has moved your interview "
      "from {time} to 2.30pm, same address. The official confirmation will come from their recruitment "
      "system once our e-mail is back.\n\nI know moving to a personal e-mail is one of the warning signs "
      "our own security briefing talks about, so please feel free to check: call our office switchboard "
      "on 020 7946 0789 and ask for me, or look me up on our website. Don't send me anything by reply; "
      "there's nothing I need from you.\n\nApologies for the confusion,\n{rec}\nSenior Consultant, "
      "{firm}\n\n> On {day}, {name} wrote:\n> Is tomorrow still on?"),
])

F.add("en27-b-19-onsite-abroad", 0, "genuine_recruiter", "email", True, [
    b("Final round is on site in {city}. {co} books flights, hotel and a taxi."),
    b("Hi {name}, the {co} final round for {role} is on site in {city} on {day}. Their travel "
      "department books your flights and hotel directly, and meals are reimbursed against receipts. "
      "You'll meet the engineering director and tour the public areas of the plant."),
    b("Dear {name},\n\nWe're delighted to invite you to the final interview for {role} at our {city} "
      "headquarters on {day}.\n\nTravel: our corporate travel agency will contact you to book economy "
      "flights and two nights at the hotel next to our office. You won't need to pay for anything in "
      "advance; any incidental costs can be claimed through our candidate expenses form, with "
      "receipts.\n\nProgramme: a technical presentation (on a topic of your choice, based on published "
      "work or a hypothetical design; please don't use material from your current employer), "
      "interviews with the engineering director and two team leads, and lunch with the team.\n\n"
      "Because you hold a government clearance, you may need to notify your security officer of "
      "foreign travel. Please do so; we can provide a letter describing the visit.\n\nBest regards,\n"
      "{rec}\nRecruitment Coordinator, {co}\nrecruitment@example.com"),
])

F.add("en27-b-20-expert-followup", 0, "expert_network", "email", True, [
    b("Paid for Tuesday's call, {fee} is in your account. Thanks from {net}!"),
    b("Hi {name}, thanks for flagging the question about your employer's new product. You were right "
      "to decline it, and we've reminded the client that we don't allow questions about upcoming, "
      "non-public plans. Your {fee} for the full hour has been paid regardless."),
    b("Hi {name},\n\nThank you for the consultation on {day}. Our client found the discussion of "
      "{sector} pricing trends very helpful.\n\nOur compliance team reviewed the call recording, as "
      "we do for every call involving a current employee. They noted that at minute 38 the client "
      "asked about your company's internal cost targets and that you declined to answer. That was the "
      "right call. We have logged it, spoken to the client, and reminded them in writing of our policy "
      "that experts may not share confidential or material non-public information.\n\nYour fee of "
      "{fee} has been paid to your registered bank account; you'll see it within three working days. "
      "If you'd rather not take further calls from this client, let me know and we'll block the "
      "pairing.\n\nBest regards,\n{rec}\nCompliance Associate, {net}\n\n> On {day}, {name} wrote:\n> "
      "FYI, I didn't answer one of the questions. It felt too close to internal matters."),
])

F.add("en27-b-21-references", 0, "genuine_recruiter", "chat", True, [
    b("{name}, can you warn your old manager to expect a reference call from {co}?"),
    b("Hi {name}, {co} has asked for two referees, ideally your current line manager and a previous "
      "one. They'll only contact your current employer after you've accepted. Their HR team sends a "
      "standard form from their own domain; references are confidential between referee and "
      "employer."),
    b("Dear {name},\n\nThank you for providing your referees. A short note on how {co} handles "
      "references, since you asked.\n\nTheir HR team will send each referee a standard form from their "
      "corporate e-mail. The form asks for dates of employment, job title, and an opinion on your "
      "reliability and technical ability. It does not ask about the projects you worked on, and "
      "referees are told not to include confidential information about your work.\n\nReferences are "
      "treated as confidential: you won't see the completed forms, but you can request a copy under "
      "data protection law. Your current employer will only be contacted after you accept the offer, "
      "as agreed.\n\nIf any referee receives a call or message that doesn't come from the {co} "
      "domain, please ask them to ignore it and let me know straight away.\n\nKind regards,\n{rec}\n"
      "{firm}\n{phone}"),
])

F.add("en27-b-22-cleared-ad", 0, "cleared_job_ad", "inmail", True, [
    b("Now hiring: {role}, active Secret clearance required, {band}. Apply on our site"),
    b("{co} is hiring a {role} for its {sector} programmes. Salary {band}. Active Secret clearance "
      "required at start, TS/SCI preferred. Travel to customer sites up to 20%, paid. Apply through "
      "our careers site with reference {ref}. We never ask candidates to pay fees or to share "
      "classified information."),
    b("Job posting: {role} (reference {ref})\n\nAbout us: {co} designs and builds {sector} systems for "
      "government and commercial customers.\n\nThe role: you will lead integration and test for a "
      "programme in its development phase, working with our customer's engineers and our suppliers. "
      "Travel to customer sites, including occasional trips abroad, is part of the job and is paid "
      "through our travel policy.\n\nRequirements:\n- Active Secret clearance at the time of "
      "application (we sponsor upgrades)\n- Eight years of systems engineering experience\n- "
      "Experience with test planning and verification\n\nWhat we offer: {band}, annual bonus, pension "
      "matching, relocation assistance.\n\nHow to apply: through our careers site only. Our recruiters "
      "use @example.com addresses and will never contact you on WhatsApp, WeChat or Telegram, ask for "
      "payment, or ask about classified work. If anyone does, report it to our security team.\n\n"
      "Equal opportunity employer."),
])

F.add("en27-b-23-recruiter-security-notice", 0, "security_awareness", "email", True, [
    b("Reminder: we never move candidates to WeChat or ask for fees. Report fakes."),
    b("Dear candidate, fraudsters are pretending to be {firm} recruiters. Warning signs: an unnamed "
      "client, moving to WhatsApp or Telegram early, paid reports, questions about your current "
      "employer's confidential work, invitations abroad with everything paid. Our consultants never do "
      "this. Report anything suspicious to security@example.com."),
    b("Subject line: Protect yourself from fake recruiters\n\nDear {name},\n\nAs a firm that places "
      "engineers in defence and {sector}, we see more and more fake approaches using our name. "
      "National security agencies have published advice, and we want every candidate to know the "
      "warning signs:\n\n- A \"recruiter\" with a vague client who cannot be named, even later on.\n- "
      "Moving the conversation to WeChat, WhatsApp, Telegram or a personal e-mail early.\n- Offers of "
      "payment for reports or white papers for a \"client\".\n- Questions that drift towards internal, "
      "upcoming or confidential information.\n- An invitation to meet the client abroad, with all "
      "travel paid.\n- Requests to keep it secret from your employer, or to take payment in cash, "
      "crypto or through a relative.\n\nIf you see these, stop replying and tell your security officer. "
      "Our real consultants are listed on our website.\n\nStay safe,\nCompliance Team\n{firm}"),
])

F.add("en27-b-24-wechat-china-role", 0, "genuine_recruiter", "chat", True, [
    b("Added you on WeChat for the {co} Shenzhen interview times, offer paperwork by e-mail"),
    b("Hi {name}, {rec} from {co}'s Shenzhen office. Most candidates here prefer WeChat for quick "
      "scheduling, so I've sent a request. The job description, salary ({band} equivalent in RMB) "
      "and formal offer will all come from our company e-mail and HR system."),
    b("Dear {name},\n\nThank you for your interest in the {role} position at {co}'s Shenzhen research "
      "centre. I'm the in-house recruiter for the team.\n\nTo answer your questions: the role is on our "
      "consumer electronics line, which is not export-controlled and has no defence work. Salary is in "
      "the {band} range converted to RMB, plus housing allowance. The interview process is two video "
      "calls and a final round on site, with flights and hotel booked by our travel team.\n\nMany "
      "candidates find WeChat convenient for scheduling across time zones, so I've added you there; "
      "if you'd rather not use it, e-mail is completely fine. Either way, all formal documents go "
      "through our HR portal. We don't need anything from your current employer, and we'd ask you not "
      "to bring any of their material to the interview.\n\nBest regards,\n{rec}\nTalent Acquisition, "
      "{co} (Shenzhen)\n+86 138 0000 0000"),
])

F.add("en27-b-25-university-careers-panel", 0, "think_tank_commission", "email", True, [
    b("Careers panel at the uni, travel paid plus {fee} honorarium. Would you speak?"),
    b("Dear {name}, the Engineering Careers Office at Dunmore University invites you to speak on a "
      "public panel about careers in {sector}. We offer a {fee} honorarium and reimburse travel. The "
      "session is recorded and published on our website, so please talk only about public material."),
    b("Dear {name},\n\nThank you for agreeing to join our public careers panel, \"Working in Defence "
      "and {sector}\", on {day} at {time} in the Main Lecture Theatre.\n\nPractical details:\n- "
      "Honorarium: {fee}, paid by the university's finance office by bank transfer after the event; "
      "you'll need to complete our supplier form.\n- Travel: standard-class rail and one night's hotel, "
      "reimbursed against receipts.\n- Format: 10-minute talk, then questions from students.\n\nThe "
      "session is open to the public and will be filmed. Students often ask about security clearance "
      "and what people can and cannot say about their work; we'd welcome a few words on that, "
      "including the advice about fake recruiters who offer paid reports for unnamed clients. Please "
      "don't feel obliged to answer anything that touches on your current employer's internal "
      "matters.\n\nWith thanks,\nDr {rec}\nHead of Careers, Faculty of Engineering, Dunmore University"),
])

F.add("en27-b-26-gentle-chase", 0, "genuine_recruiter", "inmail", True, [
    b("Just checking you got my note about the {co} role? No pressure."),
    b("Hi {name}, just following up on my message about the {role} role at {co} ({band}). I know you're "
      "busy, and it's fine if the timing isn't right. If you'd like, I can keep you on our list for "
      "{sector} roles and send one e-mail a quarter. Otherwise I'll leave it there."),
    b("Hi {name},\n\nI'm writing one last time about the {role} opportunity at {co}, then I'll stop "
      "filling your inbox.\n\nSince my first message, the hiring manager has confirmed a few things "
      "that might make a difference: the role can be four days a week, the salary is now {band}, and "
      "the team is moving to a new site closer to the station. The position has been advertised "
      "publicly, so you can see the full ad on their careers page.\n\nIf you're happy where you are, no "
      "problem at all; just reply \"not now\" and I'll note it. If you'd like to talk, I'm available on "
      "{day} or you can call me on {phone}.\n\nAll the best,\n{rec}\n{firm}\n\n> On {day}, {rec} wrote:\n"
      "> Hi {name}, I'm recruiting for a {role} at {co}. Would you be open to a chat?"),
])

F.add("en27-b-27-onboarding-ids", 0, "hr_onboarding", "email", True, [
    b("Upload your passport via the HR portal before {day}, not by e-mail please"),
    b("Hi {name}, welcome to {co}! Before your first day, please upload your passport, bank details "
      "for payroll and your signed NDA through the HR portal. For your security, we never ask for these "
      "by e-mail, WhatsApp or text, and we never ask new starters to pay for anything."),
    b("Dear {name},\n\nWe're looking forward to your first day on {day}. Here is your onboarding "
      "checklist.\n\n1. Identity and right to work: upload your passport in the HR portal. You'll "
      "bring the original on day one for a check.\n2. Payroll: enter your bank details in the portal. "
      "Your salary is paid into an account in your own name only.\n3. Confidentiality agreement: read "
      "and sign it in the portal. It covers our internal information and our customers'.\n4. Security: "
      "because you'll work on a government contract, our security officer will meet you in week one "
      "about clearance and about reporting unusual contacts, such as approaches from unknown "
      "recruiters or consultants.\n5. Equipment: your laptop and badge are ready at reception. There "
      "is nothing to buy.\n\nIf anyone contacts you claiming to be from {co} and asks for documents "
      "another way, please forward it to hr@example.com.\n\nBest,\nPeople Team, {co}"),
])

F.add("en27-b-28-consultant-invoice", 0, "consulting_engagement", "email", True, [
    b("Invoice for the {co} report sent, ref {ref}, payment terms 30 days"),
    b("Hi {name}, attached is my invoice {ref} for the market report I prepared for {co} under our "
      "consulting agreement: 8 days at {fee} a day. Payment to my business account as in the "
      "contract, please. The report used only public sources, as agreed."),
    b("Dear {name},\n\nPlease find attached invoice {ref} for the independent review of {sector} "
      "supply chains that {co} commissioned in March.\n\nSummary:\n- 8 days of work at {fee} per day\n- "
      "Travel to your Rotterdam office, reimbursed at cost (receipts attached)\n- Total: as on the "
      "invoice, plus VAT\n\nPayment terms are 30 days, to the business account shown on the invoice, which matches "
      "the details in our signed contract. If your finance team receives any message asking to change "
      "the account, please call me on {phone} before acting on it; that is a common fraud.\n\nAs "
      "agreed in the statement of work, the final report uses published sources and interviews given "
      "on the record. It contains no confidential information from third parties, and your legal "
      "team has approved it for publication.\n\nThank you for the engagement.\n\nKind regards,\n{rec}\n"
      "Independent Consultant\n{mail}"),
])

# ----------------------------------------------------------------------------- benign, plain

F.add("en27-b-29-job-alert", 0, "notification", "email", False, [
    b("New jobs matching your alert: 4 {sector} roles near you"),
    b("Your weekly job alert: {role} at {co}, {band}; Graduate Engineer at Ordway Labs; Test "
      "Technician at Halden Works. Manage your alerts in settings. You received this because you "
      "subscribed to engineering roles in your area."),
    b("Hi {name},\n\nHere are this week's roles matching your saved search.\n\n1. {role}, {co}. Salary "
      "{band}. Hybrid. Posted 2 days ago.\n2. Systems Engineer, Ordway Labs. Salary £60k-£70k. On site. "
      "Posted 4 days ago.\n3. Quality Engineer, Halden Works. Salary £48k-£55k. Hybrid. Posted today.\n"
      "4. Electronics Technician, Brindle Instruments. Salary £35k-£40k. On site. Posted yesterday.\n\n"
      "Tip of the week: keep your profile's skills section up to date. Employers search by skill, and "
      "profiles with at least five listed skills are viewed twice as often.\n\nYou can change how "
      "often you receive these e-mails, or turn them off, in your account settings. This is an "
      "automated message; replies to this address are not read.\n\nThe Jobs Team\n"
      "jobs-alerts@example.net"),
])

F.add("en27-b-30-panel-logistics", 0, "work_email", "chat", False, [
    b("Are you on the interview panel {day}? Lunch after?"),
    b("Hi {name}, I've booked room 3.14 for the interviews on {day}. Three candidates, 45 minutes each, "
      "starting at {time}. I'll print the scoring sheets. Could you lead the technical questions and "
      "I'll cover the competency ones? Sandwiches are ordered for the break."),
    b("Hi all,\n\nA quick plan for {day}'s interviews for the {role} vacancy.\n\nSchedule:\n- {time} "
      "candidate A\n- 11.45 candidate B\n- 1.30 candidate C (after lunch)\n- 3.00 panel wash-up, "
      "15 minutes\n\nRoles: {name} leads the technical questions, I'll cover behaviours, and Sam from "
      "HR will take notes and explain the benefits package at the end.\n\nPlease read the CVs before "
      "the day; they're in the shared hiring folder, and the scoring sheet is there too. Remember to "
      "score independently before we discuss, otherwise we'll just agree with whoever talks first.\n\n"
      "Lunch is booked at the canteen, and the visitor passes are with reception. If you can't make a "
      "slot, tell me by tomorrow so I can find a substitute.\n\nThanks,\nGrace\nEngineering Manager\n\n"
      "> On {day}, {name} wrote:\n> Count me in. Which room?"),
])

SUBTLE = {f[0] for f in F if f[0].split("-")[2] in {f"{n:02d}" for n in range(9, 20)} and f[1] == 1}
# Suspicious families 09-19 are the subtle ones: none of these words may appear in them.
TELLTALE = re.compile(r"\b(?:whatsapp|wechat|telegram|signal|client|fee|confidential|crypto\w*)\b")


GREETING = re.compile(r"(?:Hi|Hello|Dear|Good|Morning)\b")


def tidy(text: str) -> str:
    """Drop a shared opener before a body that greets already, and a closer after a signed e-mail."""
    for opener in filter(None, OPENERS):
        if text.startswith(opener) and GREETING.match(text, len(opener)):
            text = text[len(opener) :]
    for closer in filter(None, CLOSERS):
        if text.endswith(closer) and "\n\n" in text[: -len(closer)]:
            text = text[: -len(closer)]
    return text


def make_rows() -> list[dict[str, object]]:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    seen: set[str] = set()
    kept = []
    for row in rows:
        row["text"] = tidy(str(row["text"]))
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        kept.append(row)
    rows = kept
    for row in rows:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
            found = TELLTALE.search(str(row["text"]).lower())
            if found:
                raise ValueError(f"{row['id']}: subtle family uses the telltale word {found.group()!r}")
        words = len(str(row["text"]).split())
        # The register follows the length of the message, whatever the family's main one is.
        row["register"] = "chat" if words <= 20 else ("inmail" if words <= 120 else "email")
    return rows


def stats(rows: list[dict[str, object]]) -> None:
    def band(r: dict[str, object]) -> str:
        n = len(str(r["text"]).split())
        return "short" if n <= 20 else ("medium" if n <= 120 else "long")

    for label in (1, 0):
        sub = [r for r in rows if r["label"] == label]
        counts = {k: sum(1 for r in sub if band(r) == k) for k in ("short", "medium", "long")}
        print(label, len(sub), len({r["family"] for r in sub}), counts)
    print("subtle", sum(1 for r in rows if r["subtlety"] == "subtle"),
          "lookalike families", len({r["family"] for r in rows if r["lookalike"]}))


if __name__ == "__main__":
    ROWS = make_rows()
    if "--stats" in sys.argv:
        stats(ROWS)
    else:
        write(ROWS, OUT)
