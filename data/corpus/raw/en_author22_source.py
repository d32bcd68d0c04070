"""English training messages by a new hand (author 22): one month of five professionals' inboxes.

Who and how
-----------
Written by hand by a helper session (an AI assistant) from the threat description in
``../shared/DESIGN.md`` and the public warnings summarised in its brief (CSIS, MI5/NPSA "Think
Before You Link", FBI) only: blind to the rule packs, to the rest of the training corpus and to
every evaluation set; the screener was never run on this file. Every person, firm, journal,
podcast, address and number is invented (``example`` domains, 555-01xx, 07700 900xxx,
0491 570 15x, +86 138 0000 0000 style placeholders); real places and public bodies appear only as
context.

The angle: what actually reaches five people in one month -- a radar engineer at Norvane
Avionics (Kanata, Canada), a policy analyst in the critical-minerals team of the Department for
Industrial Resilience (London), a battery chemist at Kestrel Cells (Perth, Australia), a grid
operations manager at Tri-River Grid Coordination (Austin, US) and a process engineer at Lumitek
Wafer (Eindhoven). The honest senders use the threat's words naturally ("our client, a large
utility", "happy to move to WhatsApp to find a time", "travel and hotel covered", "a short paid
report"); the approaches differ only in what is asked, who stays unnamed and where it is going.

Families (``en22-s-NN`` suspicious, ``en22-b-NN`` benign), three hand-written templates each,
filled three times from ``POOLS`` with an opener and a closer drawn from pools that both classes
share (one pair of pools per register: chat lines get none, InMails and short e-mails a greeting
and a signed sign-off, long e-mails -- which carry their own subject line, greeting, quoted reply
or forwarded header -- a signed sign-off):

- suspicious: WhatsApp/WeChat pivots, questions about what has not been announced, "don't
  mention our chats at work", pressure on diaspora family (overt and subtle), task scams, being
  "hosted" abroad, vague-client headhunters, paid papers for an unnamed party, flattery,
  "write-ups" with no word of money, odd payment, "a number your office doesn't see", meeting
  the client, an expert network "without a compliance form", full advisory pitches, follow-ups
  that ask for specifics, closed roundtables, "no need to tell your employer", equipment-purchase
  job scams, a former colleague's forwarded favour;
- benign look-alikes: family and partner chats on WhatsApp/WeChat, colleagues on Teams/Slack,
  recruiters who move to WhatsApp for scheduling, alumni groups, conference and podcast
  logistics, security reminders and newsletters quoting the warning signs, expenses, old
  friends, recruiter InMails with company, role and band, expert networks with compliance
  language, paid peer reviews, trade-press journalists on the record, HR onboarding through the
  portal, professional bodies and unions, vendors, clearance adverts, headhunters with "strictly
  confidential salary details", think-tank commissions, paid university talks abroad, speaker
  packages, investor-relations quiet periods, public tenders with a quoted reply, a consultant
  invoicing a named client; plain: friends, facilities notices, residents' newsletters.

Subtle families (11 of 21 suspicious) contain none of the ``TELLTALE`` words below; every overt
suspicious message contains at least one (``check`` asserts both, and the word bands of each
register: chat 3-20, InMail and short e-mail 30-120, long e-mail 121-300).

Counts (printed by ``.venv/bin/python data/corpus/raw/en_author22_source.py``):

    454 messages in 52 families: 183 suspicious in 21 families (94 subtle rows in 11
    families), 271 benign in 31 families (28 look-alike families, 244 look-alike rows)
    label 1 lengths: long (121-300) 54, medium (30-120) 72, short (3-20) 57
    label 0 lengths: long (121-300) 89, medium (30-120) 90, short (3-20) 92
    stages (label 1): contact 27, paid_task 27, meeting 26, elicitation 25, pivot 18,
    job_scam 18, secrecy 17, coercion 16, payment 9
    categories (label 1): sensitive_info 61, credential_targeting 42, paid_task 39,
    vague_client 36, secrecy 35, off_platform 30, client_meeting 29, unusual_payment 24,
    job_scam 18, coercion 16
    registers (label 1 / label 0): chat 57 / 92, InMail 18 / 9, short e-mail 54 / 81,
    long e-mail 54 / 89; at most 9 rows a family (identical fills are kept once).

Run: ``.venv/bin/python data/corpus/raw/en_author22_source.py`` rewrites ``en_author22.jsonl``
next to this file (same output every time: fixed seed).
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 2226111
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "en_author22.jsonl"

# Words that give a suspicious message away on the surface; a subtle family has none of them,
# an overt suspicious family has at least one in every message.
TELLTALE = re.compile(
    r"whatsapp|wechat|telegram|signal|teams|zoom|skype|gmail|proton|qq\.com|163\.com|weixin"
    r"|\bvx\b|\bwx\b|@|\$|€|£|¥|\busd|client|\bfees?\b|\bpa(?:y|id)|cash|crypto|bitcoin|money"
    r"|reward|honorari|stipend|gift card|deposit|cheque|confidential|secret|classified"
    r"|between us|internal|non-public|report|police|\breturn|don't tell|your employer"
    r"|personal e-?mail|compensat|invoice"
)

POOLS: dict[str, list[str]] = {
    "rfirst": ["Priya", "Tom", "Aileen", "Marcus", "Joost", "Wen", "Daniel", "Fatima", "Lena", "Ravi", "Siobhan", "Hugo"],
    "sfirst": ["Mark", "Sofia", "Kevin", "Ines", "Hamid", "Grace", "Pieter", "Nadia", "Owen", "Mei", "Callum", "Rosa"],
    "slast": ["Harlow", "Okafor", "van Riel", "Duchamp", "Brennick", "Sato", "Linwood", "Achterberg", "Mistry", "Quayle"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["9:30", "10:00", "11:15", "13:30", "15:00", "16:30"],
    "date": ["4 March", "11 March", "18 March", "25 March", "1 April", "8 April"],
    "month": ["May", "June", "September", "October", "November"],
    "city": ["Lisbon", "Seoul", "Vienna", "Kraków", "Osaka", "Montréal"],
    "hub": ["Singapore", "Dubai", "Macau", "Bangkok", "Istanbul", "Kuala Lumpur"],
    "cityd": ["Toronto", "Manchester", "Perth", "Houston", "Rotterdam"],
    "usd": ["$300", "$350", "$400", "$450", "$500"],
    "gbp": ["£250", "£300", "£350", "£400"],
    "eur": ["€300", "€350", "€400", "€450"],
    "aud": ["A$350", "A$400", "A$450", "A$500"],
    "band_cad": ["CAD 118,000–136,000", "CAD 125,000–142,000", "CAD 130,000–150,000"],
    "band_eur": ["€68,000–€82,000", "€72,000–€88,000", "€75,000–€90,000"],
    "band_gbp": ["£52,000–£61,000", "£58,000–£66,000", "£60,000–£70,000"],
    "band_usd": ["$138,000–$162,000", "$145,000–$170,000", "$150,000–$175,000"],
    "band_aud": ["A$130,000–A$150,000", "A$140,000–A$160,000", "A$145,000–A$165,000"],
    "phone_ca": ["613-555-0142", "613-555-0178", "343-555-0119"],
    "phone_uk": ["07700 900 214", "07700 900 581", "07700 900 736"],
    "phone_us": ["512-555-0163", "512-555-0107", "737-555-0125"],
    "phone_au": ["0491 570 156", "0491 570 157", "0491 570 158"],
    "phone_far": ["+86 138 0000 0000", "+86 139 0000 0121", "+852 5000 0121"],
    "wxid": ["harbourlight_88", "kevints2024", "mlin_consult", "bluepeak_hr"],
    "pages": ["four", "five", "six", "eight"],
    "ref": ["REQ-24118", "REQ-24391", "REQ-25007", "REQ-25112"],
    "tender": ["DIR-2026-0417", "DIR-2026-0452", "DIR-2026-0488"],
    "en_firm": ["Meridel Insight", "Callisto Expert Partners", "Brightline Advisory Network", "Orrery Research Calls"],
    "search_firm": ["Halberd & Pike Search", "Northgate Talent", "Corrigan Associates", "Fenwright Executive"],
}

# Openers and closers: one pair of pools per register, each shared by both classes.
CHAT_OPENERS = [""]
CHAT_CLOSERS = [""]
MAIL_OPENERS = ["Hi,\n\n", "Hello,\n\n", "Good morning,\n\n", "Dear colleague,\n\n", "Hi there,\n\n", "Good afternoon,\n\n"]
LONG_OPENERS = [""]
CLOSERS = [
    "\n\nKind regards,\nDana Whitcombe",
    "\n\nBest,\nLuc Moreau\nProgramme Manager",
    "\n\nThanks,\nAmira Castell\nSenior Associate",
    "\n\nAll the best,\nJ. Okonkwo-Baird",
    "\n\nRegards,\nTobias Ferrand\nDirector, Research Partnerships",
    "\n\nCheers,\nNell",
    "\n\nWarm regards,\nHenrik Solberg-Ames\nPrincipal",
    "\n\nBest wishes,\nYara Delacroix-Lum",
]

CHAT = Families()
MAIL = Families()
LONG = Families()

# ---------------------------------------------------------------------------------------------
# Suspicious, chat lines
# ---------------------------------------------------------------------------------------------
CHAT.add("en22-s-01-app-pivot", 1, "fake_recruiter", "chat", False, [
    ("pivot", "off_platform credential_targeting",
     "Loved your talk on phased-array calibration, {rfirst}. LinkedIn is slow for me, WhatsApp instead? {phone_far}"),
    ("pivot", "off_platform",
     "{rfirst}, this app keeps dropping my messages. Easier on WhatsApp: {phone_far}, add me pls"),
    ("pivot", "off_platform credential_targeting",
     "Can we continue on WeChat? My ID is {wxid}. Quicker for the role details, the fab side especially."),
])
CHAT.add("en22-s-02-not-announced", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info",
     "{rfirst}, the people I work with were hoping for a bit more about what hasn't been announced yet."),
    ("elicitation", "sensitive_info",
     "Any idea which substations are on next quarter's outage list, before it goes out on {date}? Ask {sfirst} maybe"),
    ("elicitation", "sensitive_info",
     "Just the rough yield numbers on the new line would do by {day}, {rfirst}. Nothing you'd have to look up."),
])
CHAT.add("en22-s-03-not-at-work", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "Probably best not to mention our chats at work, {rfirst}. People there wouldn't get how this works."),
    ("secrecy", "secrecy",
     "Delete this thread once you've read it, ok? Simpler for both of us, {rfirst}. Talk {day}."),
    ("secrecy", "secrecy",
     "If anyone at Norvane asks, we're just old friends from Waterloo. See you {day} at {time}."),
])
CHAT.add("en22-s-04-family-pressure", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "{rfirst}, the police came to mum's flat on {day}. They say it stops if you come back for the holiday."),
    ("coercion", "coercion",
     "Police station officer wants the names of who runs your association in {cityd}. Send them, think of dad's pension."),
    ("coercion", "coercion",
     "They told your brother his shop licence depends on you returning home by {month}. Please just do it, {rfirst}."),
])
CHAT.add("en22-s-05-come-home", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Uncle says the neighbourhood office called {day} asking when you're coming home. They mentioned your sister's job."),
    ("coercion", "coercion",
     "{rfirst}, come for New Year and sit down with them once. After that they'll leave grandma alone."),
    ("coercion", "coercion",
     "{rfirst}, they want to know who else goes to the Saturday meetings in {cityd}. Better you tell them than me."),
])
CHAT.add("en22-s-06-task-scam", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam unusual_payment",
     "Hi {rfirst}! Remote job: {usd}/day for rating hotel listings. Top up 50 USDT to unlock the VIP tasks."),
    ("job_scam", "job_scam unusual_payment",
     "Congrats {rfirst}, task 28 of 30 done! A deposit releases your commission, support is on Telegram."),
    ("job_scam", "job_scam off_platform",
     "Hiring now, 1-2 hrs a day, paid daily in crypto. Reply YES and mentor {sfirst} adds you on WhatsApp."),
])
CHAT.add("en22-s-07-host-you", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting",
     "Next time you're in {hub} tell me. My friends would love to host you, everything arranged on our side."),
    ("meeting", "client_meeting sensitive_info",
     "Bring the slides from the pilot line when you come {day}, they'd like to go through them over dinner."),
    ("meeting", "client_meeting secrecy",
     "Flights to {hub} are sorted. Just don't book anything through the office travel desk this time."),
])

# ---------------------------------------------------------------------------------------------
# Suspicious, InMails and short e-mails (the greeting and the signed sign-off come from the pools)
# ---------------------------------------------------------------------------------------------
MAIL.add("en22-s-08-vague-headhunter", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting vague_client",
     "I came across your profile and your radar systems background at Norvane is exactly what my client "
     "is looking for. They are a leading international technology group expanding into airborne sensing, "
     "and they value people who have held a security clearance. The role is flexible advisory work with "
     "very competitive pay, mostly remote. I can't share the company name at this stage, but if you send "
     "me your personal email I'll forward the details today."),
    ("contact", "credential_targeting vague_client off_platform",
     "Your profile stood out: years in the control room of a major US grid operator is rare. I represent "
     "a client in the energy sector overseas who is building a small advisory panel. Compensation is "
     "generous and the hours are light. They prefer people with NERC CIP experience and current site "
     "access. Could we continue by personal email or phone? The client keeps its name private until the "
     "first call."),
    ("contact", "credential_targeting vague_client paid_task",
     "Quick question {rfirst}: would you consider a part-time consulting role alongside your current job? "
     "My client, a fast-growing Asian semiconductor group, pays very well for insight from engineers in "
     "European fabs with EUV experience. No need to leave Lumitek. I'd be glad to explain more off "
     "LinkedIn. What's the best private number for you?"),
])
MAIL.add("en22-s-09-paid-paper", 1, "fake_consultant", "email", False, [
    ("paid_task", "paid_task vague_client",
     "I run a small research consultancy and we have a client who would like a short paid report on the "
     "UK's approach to critical-minerals stockpiling: roughly {pages} pages, your own views, {gbp} per "
     "page. Your background in the department makes you ideal. The client prefers to remain anonymous "
     "but is a serious institution. Could you start next week?"),
    ("paid_task", "paid_task vague_client",
     "We're commissioning a white paper on grid storage procurement in Texas for a client of ours, "
     "{usd} per thousand words, paid on delivery. You'd write under a pen name and we handle the rest. "
     "The view of someone inside a grid operator is what makes it worth it to them."),
    ("paid_task", "paid_task vague_client sensitive_info",
     "Would you take on a paid analysis for an overseas client interested in sodium-ion cathode scale-up? "
     "{pages} pages, {aud} up front and the rest on delivery. They are particularly keen on where "
     "Kestrel's pilot line is heading next year, beyond what was in the investor deck."),
])
MAIL.add("en22-s-10-flattery", 1, "fake_researcher", "inmail", False, [
    ("contact", "credential_targeting",
     "Your work on phased-array calibration is some of the most thoughtful I've seen. I'm putting "
     "together a small circle of practitioners who talk openly about where airborne radar is heading, "
     "beyond what gets said at conferences. People in your position rarely get asked for their views, "
     "and I think yours deserve to be heard. Would you be open to a conversation?"),
    ("contact", "credential_targeting",
     "I've followed your unit's work on supply resilience for a while. You clearly see further ahead than "
     "most of the people writing about it in public. A few friends of mine who advise governments in the "
     "region would value an informal exchange with someone who actually sits in the room. Nothing formal, "
     "just coffee next time you're free."),
    ("contact", "credential_targeting sensitive_info",
     "Reading your thesis on high-nickel cathodes I thought: this is someone who should be talking to "
     "people beyond Perth. I help a group of investors understand battery chemistry properly, and they "
     "would be grateful for an hour with you now and then. They'd want to understand how your team "
     "thinks about the next two years, not only what's been presented."),
])
MAIL.add("en22-s-11-write-up", 1, "handler_followup", "email", False, [
    ("paid_task", "paid_task sensitive_info",
     "Following our chat, would you put together {pages} pages on how your fab qualifies a new etch "
     "chemistry: the steps, who signs off, how long it takes? In your own words, nothing formal. We'll "
     "look after you generously for the time, and there could be a series of these if it works for both "
     "sides."),
    ("paid_task", "paid_task sensitive_info",
     "We'd like a write-up on how the minerals team ranks projects for support: the criteria, who weighs "
     "in, and how the list is changing this year. {pages} pages would be plenty. My colleagues will make "
     "it well worth your evening, {rfirst}."),
    ("paid_task", "paid_task sensitive_info",
     "Could you draft something short for us on how your control room handles a cold-weather emergency: "
     "the sequence, the thresholds, the phone tree? Two or three pages. We'll treat it as a commission "
     "and take care of you properly once it's in."),
])
MAIL.add("en22-s-12-odd-payment", 1, "handler_followup", "email", False, [
    ("payment", "unusual_payment secrecy",
     "For the review you did, we can send the amount in USDT or to your wife's account, whichever keeps "
     "it off your payslip. Just tell me which wallet or which account, and it will be there by {day}."),
    ("payment", "unusual_payment",
     "Payment for the call will come as gift cards again, {usd} in five codes. Easier for everyone than a "
     "bank transfer with your name on it. Let me know when you have redeemed them."),
    ("payment", "unusual_payment client_meeting",
     "We'll pay in cash when we meet in {hub}, in an envelope at the hotel. Nothing goes through a bank, "
     "so there is no paperwork for you to explain later."),
])
MAIL.add("en22-s-13-other-number", 1, "handler_followup", "email", False, [
    ("pivot", "off_platform",
     "This site isn't great for talking properly and I'd rather not leave a long trail here. Could you "
     "give me a number or an address that isn't the office one? It would make it easier for both of us "
     "to speak freely, and I'll explain everything there."),
    ("pivot", "off_platform secrecy",
     "Let's not do this through your work account, {rfirst}. Do you have a number of your own I can text? "
     "I'll send you somewhere quieter to carry on. Much tidier for this kind of conversation."),
    ("pivot", "off_platform",
     "Thinking about your last answer, this would go better away from work systems. Is there a home "
     "address or a phone your office doesn't see? I'll write there with the rest of the details."),
])
MAIL.add("en22-s-14-meet-client", 1, "fake_consultant", "email", False, [
    ("meeting", "client_meeting vague_client",
     "Good news: my client would like to meet you in person in {hub} next month. Business-class flights "
     "and the hotel are covered, plus a daily allowance. Please bring your laptop, they'd like to go "
     "through the radar test results with you directly."),
    ("meeting", "client_meeting secrecy",
     "The client was very happy with your notes and invites you to Shenzhen for two days. We pay for "
     "everything: flights, hotel, meals. It would help to travel on your own passport and not mention "
     "the trip at work."),
    ("meeting", "client_meeting vague_client",
     "My principal will be in {hub} on {date} and would like an hour with you. All travel paid by our "
     "side. He is the client I mentioned, and he prefers to discuss the grid project in person rather "
     "than in writing."),
])

MAIL.add("en22-s-21-network-no-limits", 1, "fake_expert_network", "email", False, [
    ("paid_task", "paid_task sensitive_info secrecy",
     "We're an expert network and a client would pay {usd} an hour to hear about Norvane's radar work. "
     "Unlike the big networks we don't make you sign a compliance form, and the client is comfortable "
     "with internal detail: programme schedules, test results, who the customers are. The call stays "
     "off the record, so there's no reason for your employer to hear about it."),
    ("paid_task", "paid_task sensitive_info vague_client",
     "Our client, a fund in Asia, would like a series of calls on Lumitek's next node at {eur} per hour. "
     "The more specific the better: tool choices, yields, which customer is first on the line. Our "
     "compliance form mentions non-public information, but that's only standard wording, don't let it "
     "hold you back."),
    ("paid_task", "paid_task sensitive_info secrecy",
     "A client of ours would value monthly calls with someone inside the department's minerals team, "
     "{gbp} per call. We know the usual rules for officials, so we keep no recording and no written "
     "record with your name; you'd appear in our files under a code. Topics would follow what is "
     "coming up before ministers."),
])

# ---------------------------------------------------------------------------------------------
# Suspicious, long e-mails (subject line, greeting, quoted or forwarded parts; signed sign-off)
# ---------------------------------------------------------------------------------------------
LONG.add("en22-s-15-advisory-pitch", 1, "fake_consultant", "long_email", False, [
    ("contact", "credential_targeting paid_task vague_client off_platform",
     "Subject: Advisory opportunity - North American grid resilience\n\n"
     "Dear {rfirst},\n\n"
     "I hope you don't mind the direct note. I'm a partner at Westmere Strategic, a boutique advisory "
     "firm in Hong Kong, and your name came up as one of the most experienced operations people in Texas.\n\n"
     "We act for a client, a large infrastructure investor in Asia, that is studying the US power market. "
     "They would pay {usd} per hour for short written briefings on how grid operators plan for extreme "
     "weather, how control-room systems are bought and maintained, and what is coming over the next few "
     "years. Nothing technical that you'd need to prepare; your perspective is what matters.\n\n"
     "Because of the sensitivity of the sector, the client prefers discretion and would rather not use "
     "corporate e-mail. Could you add me on WhatsApp at {phone_far}? I can explain the arrangement there "
     "and send the first set of questions this week.\n\n"
     "I look forward to hearing from you."),
    ("contact", "credential_targeting paid_task vague_client off_platform",
     "Subject: Consulting for a defence-technology client\n\n"
     "Dear {rfirst},\n\n"
     "I came across your publications on adaptive beamforming and your years at Norvane Avionics. My firm "
     "supports a client, an international aerospace group whose name I can share later, that is "
     "assembling a panel of senior radar engineers for occasional consultations.\n\n"
     "The work is simple: a few written reports a year on trends in airborne radar, written from your own "
     "experience, at {usd} per report and more for longer pieces. The client particularly values people "
     "who have worked on programmes with the Canadian government, so your clearance would be an asset.\n\n"
     "To keep things moving quickly I'd suggest WeChat (ID {wxid}) or a personal e-mail rather than "
     "LinkedIn, which the client finds too public. Please let me know which you prefer and I'll send "
     "the first brief."),
    ("contact", "credential_targeting paid_task vague_client",
     "Subject: Paid research collaboration\n\n"
     "Dear {rfirst},\n\n"
     "Your team's work on critical minerals is widely respected, and I'm writing to ask whether you would "
     "consider a part-time research collaboration alongside your role at the department.\n\n"
     "We advise a client, a sovereign investor that prefers not to be named, on supply-chain policy in "
     "Europe. They would like regular short papers on the UK's thinking: which minerals are priorities, "
     "how the support scheme is evolving, how ministers view partnerships with other countries. {gbp} "
     "per paper, and a retainer after the first three.\n\n"
     "Many of our contributors are serving officials and the arrangement is entirely personal, so there "
     "is no need to involve anyone else. Could we have a quick call on your mobile this week?"),
])
LONG.add("en22-s-16-follow-up-specifics", 1, "handler_followup", "long_email", False, [
    ("elicitation", "sensitive_info",
     "Subject: Thank you, and a few follow-up questions\n\n"
     "Dear {rfirst},\n\n"
     "Thank you again for the notes you sent last month. They were read carefully and the people reading "
     "them found your explanation of the review process very clear.\n\n"
     "They had some follow-up questions, which I'll put simply. First, which of the companies on the "
     "current shortlist for the minerals support scheme are likely to make it through, and which are "
     "struggling? Second, what position is the department expected to take when the consultation "
     "closes: the draft you mentioned, rather than what has been published? Third, who on the "
     "ministerial side is pushing hardest, and who is sceptical?\n\n"
     "I know some of this goes a little beyond what you'd normally put in writing. If it's easier, we can "
     "go through it over lunch on {day} and you needn't write anything down at all."),
    ("elicitation", "sensitive_info",
     "Subject: Re: winter readiness notes\n\n"
     "Hi {rfirst},\n\n"
     "Your notes on winter readiness went down very well. My colleagues said it was the clearest account "
     "they'd had of how an operator thinks during a cold snap.\n\n"
     "For the next piece they'd like to go one level deeper. Specifically: the dates of the planned "
     "maintenance outages on the 345 kV lines this spring, the order in which load would be shed if it "
     "came to that, and which vendor is being chosen for the new energy management system, since the "
     "award hasn't been made public yet.\n\n"
     "I realise the outage schedule and the shed order are the sort of thing that lives on the operator "
     "side only. Rough dates are fine, and a photo of the planning sheet would save you typing. No rush, "
     "end of the month is fine."),
    ("elicitation", "sensitive_info",
     "Subject: Next steps\n\n"
     "Dear {rfirst},\n\n"
     "It was a pleasure to talk on {day}. Your description of the cleanroom culture at Lumitek was "
     "fascinating, and I have passed your thoughts on to my partners.\n\n"
     "They would like to continue, with a slightly more focused set of questions. What are the current "
     "line yields on the new node, even as ranges? Which tool vendors are on the roadmap for next year, "
     "and is anything being held up by the export licensing? And roughly when is your largest customer "
     "expected to tape out on the line?\n\n"
     "None of this needs documents; your recollection is enough. I'd be grateful if you could reply "
     "here rather than from the office, simply so that it stays informal. Let me know what suits."),
])
LONG.add("en22-s-17-roundtable", 1, "fake_conference", "long_email", False, [
    ("meeting", "client_meeting sensitive_info",
     "Subject: Invitation - closed roundtable on airborne sensing, {hub}\n\n"
     "Dear {rfirst},\n\n"
     "On behalf of our hosts, I'd like to invite you to a small roundtable in {hub} in {month}. We will be "
     "eight people at most, all practitioners, meeting over two days in a private villa. Our hosts look "
     "after flights, the hotel and all meals, and there is an allowance for your time.\n\n"
     "The format is informal. Each guest leads one session on a problem from their own work; for you, we "
     "hoped you would walk us through how the radar on your current programme performs in clutter, with "
     "the real figures rather than the brochure ones.\n\n"
     "We keep the group small and prefer that it doesn't appear on travel forms or in conference lists, "
     "which guests tell us they appreciate. Let me know your dates and we will take care of the rest."),
    ("meeting", "client_meeting sensitive_info",
     "Subject: Study visit - battery manufacturing\n\n"
     "Hi {rfirst},\n\n"
     "Further to our conversation, the group I mentioned would be delighted to host you for a study visit "
     "in {hub} in {month}: four days, a tour of two cell plants and dinners with their engineers. "
     "Everything is arranged and covered on their side, including business-class flights.\n\n"
     "All they ask for is an open exchange. They are especially interested in Kestrel's coating "
     "process, the moisture control in your dry room, and the results from the pilot run that hasn't been "
     "written up yet. Bringing your lab notebook or a few slides would make the discussions much richer.\n\n"
     "They would prefer to keep the visit low-key, so I suggest you take it as leave. Send me your "
     "passport details when convenient."),
    ("meeting", "client_meeting sensitive_info",
     "Subject: Seminar on supply resilience\n\n"
     "Dear {rfirst},\n\n"
     "I'm writing on behalf of a small foundation that brings together officials and researchers for "
     "off-the-record seminars. We would very much like you to join our next one in {hub} on {date}. Your "
     "flights, hotel and expenses would of course be taken care of.\n\n"
     "The discussion will focus on how governments decide which mineral projects to back. It would be "
     "most useful if you could speak to the department's current thinking, including options that are "
     "still under discussion and not yet in any published strategy.\n\n"
     "Participation is by invitation only and we don't publish the list. If you'd rather not route this "
     "through your office's travel approval, we can book everything directly in your name. I'd be glad "
     "to talk it over."),
])
LONG.add("en22-s-18-no-need-to-tell", 1, "handler_followup", "long_email", False, [
    ("secrecy", "secrecy unusual_payment",
     "Subject: Re: the review\n\n"
     "> Before I do more of these I'd have to clear outside work with my manager.\n\n"
     "I understand, {rfirst}, and I appreciate you being careful. But honestly there's no need to tell "
     "your employer about this. It's a private arrangement between two people who respect each other's "
     "work, and HR departments make everything complicated.\n\n"
     "To keep it simple on your side, we can pay in crypto to a wallet of your choice, or to a relative's "
     "account if you prefer. That way nothing appears on your tax return and no one asks questions.\n\n"
     "The next topic is the calibration procedure we discussed. Same terms as before, {usd} on delivery. "
     "If you'd like, we can continue this on Signal, where messages disappear after a day."),
    ("secrecy", "secrecy unusual_payment",
     "Subject: Re: Re: paper two\n\n"
     "> I'm not comfortable with being paid in cash. Can it not go through my bank?\n\n"
     "Dear {rfirst},\n\n"
     "Of course I respect that, but I'd ask you to think about it from our side. Bank transfers leave a "
     "trail that your employer's compliance people may misread, and then you'd spend weeks explaining a "
     "perfectly innocent piece of writing. Cash, or a transfer to a family member, avoids that.\n\n"
     "Please also keep our correspondence to yourself. It's not that anything is wrong; it's that these "
     "things are easily misunderstood, and we'd both rather not lose a good working relationship.\n\n"
     "I'll be in London on {date} and can bring the payment for the second paper then."),
    ("secrecy", "secrecy unusual_payment",
     "Subject: Re: Quick question\n\n"
     "> Should I mention this to our security office? They ask us to declare contacts.\n\n"
     "Hi {rfirst},\n\n"
     "I'd really recommend against that. Declaring it would turn a friendly exchange into a file, and "
     "you'd be asked about every conversation for years. Nothing you've shared is classified, so there is "
     "nothing to declare. Just keep it between us.\n\n"
     "On the money: the last transfer went to your brother's account as agreed. If that's awkward for "
     "him, we can switch to gift cards or USDT, whichever you prefer.\n\n"
     "Looking forward to your next notes on the radar upgrade. If your security office sends another "
     "reminder about contacts, ignore it: they send the same form to everyone, and a friendly chat "
     "between engineers is not what it is meant for."),
])
LONG.add("en22-s-19-equipment-scam", 1, "job_scam", "long_email", False, [
    ("job_scam", "job_scam",
     "Subject: Offer of employment - Remote Process Data Analyst\n\n"
     "Dear {rfirst},\n\n"
     "Congratulations! Following your online assessment, we are pleased to offer you the position of "
     "Remote Process Data Analyst, starting on {date}. Your contract will follow once onboarding is "
     "complete.\n\n"
     "Before your start date, every new analyst must purchase a home-office kit (laptop, secure token and "
     "headset) from our approved vendor, so that the equipment meets our standards. The cost is refunded "
     "in full with your first salary. Please complete the purchase through the vendor link we sent by text "
     "and forward the receipt by end of day tomorrow to secure your place; unfilled places are offered to "
     "the next candidate.\n\n"
     "We look forward to welcoming you to the team. Please do not contact the head office directly during "
     "onboarding, as your coordinator handles all questions."),
    ("job_scam", "job_scam",
     "Subject: Final step - background verification\n\n"
     "Hi {rfirst},\n\n"
     "Thank you for the video interview yesterday. The hiring panel was impressed and would like to move "
     "straight to an offer for the Senior Battery Engineer role.\n\n"
     "Our policy requires a background verification before any offer is issued. This is done by an "
     "independent agency and costs 390, which we refund in your first week. The agency's details and the "
     "link are in the attachment. Once it's done, the signed offer will reach you within 24 hours.\n\n"
     "Please note the verification window closes on {day}. After that the role goes back to the pool and "
     "we can't hold it for you. Any questions, text your coordinator on {phone_au} rather than calling the "
     "office, which doesn't handle recruitment."),
    ("job_scam", "job_scam",
     "Subject: Training materials for your new role\n\n"
     "Dear {rfirst},\n\n"
     "Welcome aboard as a remote Grid Analytics Associate. We're excited to have someone with your "
     "operations background.\n\n"
     "Your first two weeks are training. To take part you need the training materials pack and the "
     "licence for our analysis software, which you buy from our partner store. Most new starters get "
     "them the same day. Keep the receipt: the full amount is added back to your first salary, along "
     "with a starting bonus.\n\n"
     "Because places in each training group are limited, we ask you to complete the purchase within 48 "
     "hours. We're a fully remote company, so all contact goes through your onboarding coordinator "
     "rather than a phone line. We can't wait to get you started."),
])
LONG.add("en22-s-20-forwarded-favour", 1, "fake_acquaintance", "long_email", False, [
    ("elicitation", "sensitive_info credential_targeting",
     "---------- Forwarded message ---------\n"
     "From: {sfirst} {slast}\n"
     "Date: {day}, {date}\n"
     "Subject: catching up + a small favour\n"
     "To: {rfirst}\n\n"
     "Hey {rfirst},\n\n"
     "Been ages since the Norvane days! I'm at a research institute now, doing long-range studies on "
     "sensing. Much calmer than programme work, I can tell you.\n\n"
     "The group here is trying to benchmark where the Canadian programmes really are. I remembered you "
     "were on the upgrade. Do you happen to know the detection range the new array reached in the last "
     "trials, and when the next test-range slot is? Also, what is the export paperwork still holding "
     "up? People here keep guessing and I said I'd ask someone who actually knows.\n\n"
     "No need for anything official, your memory is plenty. Happy to do the same for you any time."),
    ("elicitation", "sensitive_info credential_targeting",
     "---------- Forwarded message ---------\n"
     "From: {sfirst} {slast}\n"
     "Date: {day}, {date}\n"
     "Subject: the old team\n"
     "To: {rfirst}\n\n"
     "Hi {rfirst},\n\n"
     "Forwarding the note my new director wrote, since he explains it better than me. We're an advisory "
     "institute now and he's keen to hear from people in the ministry.\n\n"
     "His question is about the minerals strategy refresh: which partner countries are on the draft list, "
     "and whether the stockpile figure in the options paper is going up or down. He knows it's not out "
     "yet, that's why he asked me if I still knew anyone.\n\n"
     "You'd be doing me a real kindness here, I'm still finding my feet. A couple of lines back to this "
     "address would be perfect, no need to copy anyone at work."),
    ("elicitation", "sensitive_info credential_targeting",
     "---------- Forwarded message ---------\n"
     "From: {sfirst} {slast}\n"
     "Date: {day}, {date}\n"
     "Subject: quick one from an old labmate\n"
     "To: {rfirst}\n\n"
     "Hi {rfirst}!\n\n"
     "Hope Perth is treating you well. I moved to a battery start-up overseas in the new year and it's "
     "going great, though everything here is a rush.\n\n"
     "My boss asked whether I knew anyone at Kestrel, and of course I thought of you. He'd love to know "
     "the cycle life you're getting on the new cathode, the supplier of your precursor, and when the "
     "pilot line goes to three shifts. Even rough numbers help; he'd rather hear it from someone on the "
     "bench than read a press release.\n\n"
     "He said he'd be very generous if you ever want to visit, and I'd love to see you. Let me know!"),
])

# ---------------------------------------------------------------------------------------------
# Benign, chat lines
# ---------------------------------------------------------------------------------------------
CHAT.add("en22-b-01-family-whatsapp", 0, "family_chat", "chat", True, [
    ("none", "",
     "Mum's scan is on {day}. I'll send the clinic money by bank transfer tonight, can you video call her?"),
    ("none", "",
     "Dad says stop sending money {rfirst}, he's fine 😅 just come visit in {month} like you promised"),
    ("none", "",
     "Flights home booked for {date}! Auntie wants the WhatsApp group to decide the wedding menu lol"),
])
CHAT.add("en22-b-02-family-wechat", 0, "family_chat", "chat", True, [
    ("none", "",
     "Cousin Lili's wedding is in {month} in Chengdu. Red envelope from both of us? I'll send it on WeChat"),
    ("none", "",
     "{rfirst}, grandpa's blood pressure is better. He asked when you're coming home, I told him {month} 🙂"),
    ("none", "",
     "Sent you the WeChat Pay for the train tickets, thanks for booking! See you at Hongqiao {day}"),
])
CHAT.add("en22-b-03-work-channel", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "{rfirst}, can you send me the draft of the board slides before {day}? Internal only for now."),
    ("none", "",
     "Pinging on Teams since Slack is down. {rfirst}, need the confidential cost sheet for the tender by {time}"),
    ("none", "",
     "{rfirst}, please don't forward the reorg memo outside the team yet, HR announces it {day}."),
])
CHAT.add("en22-b-04-recruiter-scheduling", 0, "genuine_recruiter", "chat", True, [
    ("none", "",
     "Thanks for the CV {rfirst}! OK to text you on WhatsApp just to find a slot with Brabant Photonics?"),
    ("none", "",
     "Call with the Halden Energy panel moved to {day} {time}, same Teams link. Band still {band_usd}."),
    ("none", "",
     "Got your reply {rfirst}. Sending the formal job spec for the Ottawa radar role from my work address now."),
])
CHAT.add("en22-b-05-alumni-group", 0, "alumni_group", "chat", True, [
    ("none", "",
     "Class of 2014 dinner in {city}: £35 each, pay Aisha by transfer, reply in the Signal group if you're in"),
    ("none", "",
     "Who's coming to the Waterloo alumni mixer in Ottawa on {day}? Drinks paid by the co-op office"),
    ("none", "",
     "Reunion photos from {city} are up in the WhatsApp group, {rfirst} you look exactly the same 😂"),
])
CHAT.add("en22-b-06-friends", 0, "ordinary_chat", "chat", False, [
    ("none", "", "Five-a-side moved to 7 on {day}, {rfirst} bring the orange bibs"),
    ("none", "", "{rfirst}, still ok to borrow the tent this weekend? I'll pick it up {day} after work"),
    ("none", "", "Happy birthday {rfirst}!! 🎉 first round on me {day}"),
])
CHAT.add("en22-b-07-conference-logistics", 0, "conference_invite", "chat", True, [
    ("none", "",
     "{rfirst}, your hotel in {city} is booked for 3 nights, airport taxi is on us. Slides by {date} please!"),
    ("none", "",
     "Flights to {city} confirmed: the conference covers economy return, e-ticket sent to your work email."),
    ("none", "",
     "Hi {rfirst}, WhatsApp is fine for logistics. Our driver will hold a sign with your name at {city} arrivals."),
])
CHAT.add("en22-b-08-security-reminder", 0, "security_awareness", "chat", True, [
    ("none", "",
     "Reminder from Security for {day}: never move to WeChat with a recruiter you don't know. Report it."),
    ("none", "",
     "PSA from {sfirst}: a 'headhunter' paying for a report for an unnamed client? Forward it to security@norvane.example.com"),
    ("none", "",
     "{sfirst}'s tip of the week: no genuine employer needs you to keep a job offer secret from your current one."),
])
CHAT.add("en22-b-09-expenses", 0, "travel_reimbursement", "chat", True, [
    ("none", "", "Finance finally paid back my {city} trip, {rfirst}. Only took three weeks 🙄"),
    ("none", "",
     "{rfirst}, do I claim the {city} hotel or do you? The client meeting came out of our budget"),
    ("none", "",
     "Per diem for {city} is {eur} a day. Keep the taxi receipts and upload them by {day}"),
])
CHAT.add("en22-b-10-old-friend", 0, "alumni_group", "chat", True, [
    ("none", "",
     "{rfirst}! Saw you moved to the fab. Coffee when I'm in Eindhoven in {month}? No agenda, just catching up"),
    ("none", "",
     "Long time {rfirst}! I'm at Halden Energy now, if you ever want to hear about roles there just ping me"),
    ("none", "",
     "Going to the electrochem meeting in {city}, {rfirst}? Would be great to have dinner, my treat this time"),
])

CHAT.add("en22-b-31-partner-chat", 0, "family_chat", "chat", True, [
    ("none", "",
     "The {city} organisers paid my flight after all 🎉 can you pick me up {day} around {time}?"),
    ("none", "",
     "Got a paid review request from that battery journal, {aud}. Worth it or skip, {rfirst}?"),
    ("none", "",
     "Recruiter from Halden called again, they'll send the offer to my personal email {day}. Dinner to discuss?"),
])

# ---------------------------------------------------------------------------------------------
# Benign, InMails and short e-mails
# ---------------------------------------------------------------------------------------------
MAIL.add("en22-b-11-recruiter-inmail", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "I'm a recruiter at {search_firm} working with Halden Aerospace in Mississauga on a Senior Radar "
     "Systems Engineer role: permanent, hybrid, {band_cad} plus bonus. It needs eligibility for a Canadian "
     "Secret clearance, which your profile suggests you hold. The full description is on their careers "
     "page under {ref}. If you're interested, could you send me an up-to-date CV and suggest a time for "
     "a 20-minute call this week?"),
    ("none", "",
     "I'm recruiting for Ashgrove Consulting, a public-sector advisory firm, for a Principal Policy "
     "Adviser in critical minerals, London-based with two office days, {band_gbp}. SC clearance held or "
     "obtainable. I know civil servants have to be careful about outside approaches, so to be clear: this "
     "is a job, not a consultancy request, and you can check the vacancy on Ashgrove's own site. Happy to "
     "talk by phone on {phone_uk} if it's of interest."),
    ("none", "",
     "Voltara Energy Storage in Adelaide is hiring a Senior Cathode Chemist, {band_aud} plus equity, and "
     "I'm handling the search for them. They're scaling a sodium-ion line and want someone who has taken "
     "a cathode from coin cell to pilot. The salary details are strictly confidential until the first "
     "interview, but the band above is firm. Could you send a CV to my work address or call me on "
     "{phone_au}?"),
])
MAIL.add("en22-b-12-expert-network", 0, "expert_network", "email", True, [
    ("none", "",
     "I'm with {en_firm}, an expert network. One of our clients, a European infrastructure fund, would "
     "like a one-hour call on how US grid operators plan for winter peaks, based on public filings and "
     "your general experience. We pay {usd} for the hour. Please note that we do not accept confidential "
     "or non-public information, including anything about your current employer, and you'll complete a "
     "short compliance attestation before the call. Interested?"),
    ("none", "",
     "{en_firm} here. Our client, a semiconductor equipment investor, is looking for a 45-minute "
     "consultation on industry trends in etch and deposition. The rate is {eur} per hour. You must not "
     "share anything confidential about Lumitek or its customers, and if your contract forbids outside "
     "consulting, please decline. The compliance questions are in the link on our website."),
    ("none", "",
     "We're an expert network ({en_firm}) and a client in the mining sector would value an hour on the "
     "public battery-materials market in Australia. {aud} for the call, paid by bank transfer to you. We "
     "screen out current employees of companies named in the project, so please tell us if you're at a "
     "cell maker and we'll check whether this project is one you can take."),
])
MAIL.add("en22-b-13-paid-review", 0, "paid_peer_review", "email", True, [
    ("none", "",
     "On behalf of the editors of the Journal of Electrochemical Storage Materials, would you review "
     "manuscript JESM-2026-0318, 'Moisture tolerance of layered sodium oxides'? Reviews are due within 21 "
     "days. We offer an honorarium of {aud} or a publication voucher for each completed report. Please "
     "accept or decline through the editorial system, where the abstract is attached."),
    ("none", "",
     "The Laurentian Applied Research Council panel would like you as an external reviewer for a grant proposal on "
     "low-cost phased arrays. The review takes about three hours and carries a fee of CAD 300. The "
     "proposal is confidential to the panel, so please don't share or discuss it. Conflicts of interest "
     "must be declared before you receive the file."),
    ("none", "",
     "Would you act as external peer reviewer for our forthcoming paper on rare-earth recycling? We pay "
     "reviewers {gbp}, acknowledge them by name in the published version, and ask only for comments on "
     "the public evidence. If your department needs to approve outside work first, we're happy to wait."),
])
MAIL.add("en22-b-14-podcast", 0, "conference_invite", "email", True, [
    ("none", "",
     "I host Gridlines, a podcast on power systems, and we'd love to have you on for an episode about "
     "winter readiness. Everything would come from the public record: the operator's published winter "
     "plan and last year's event report. We record in person in Houston; travel and hotel are covered, "
     "and your press office is welcome to sit in."),
    ("none", "",
     "The Fab Floor is a podcast for process engineers, and I'd like to invite you for a conversation on "
     "careers in lithography. No company specifics, just your path and advice for students. We record on "
     "Zoom for about 50 minutes and pay guests {eur}, or donate it to a charity of your choice."),
    ("none", "",
     "Policy Unpacked would like to record a short episode with you on the published critical-minerals "
     "strategy. We'd clear it with your department's press office first. We record at our studio in "
     "Edinburgh; train fare and a night at the hotel are reimbursed."),
])
MAIL.add("en22-b-15-journalist", 0, "journalist_interview", "email", True, [
    ("none", "",
     "I'm a reporter at Wires & Load Weekly, the transmission trade paper. I'm writing about the expansion "
     "programme Tri-River announced on {date} and would like 15 minutes with you on the record, by phone. "
     "If it's easier, I can send questions in writing through your press office. My deadline is {day} noon."),
    ("none", "",
     "I write for Northern Sentinel Defence Journal and I'm covering the radar upgrade contract announced last week. "
     "Would you or a Norvane spokesperson comment on the record? I'm only interested in what's been made "
     "public, the schedule and the jobs in Kanata. Happy to go through your media relations team."),
    ("none", "",
     "I'm a journalist at Cell & Grid Australia. We're running a piece on the state's battery "
     "manufacturing grants and I'd like to quote you on Kestrel's announced pilot line. Could we speak on "
     "the record {day}? Your comms team is copied."),
])
MAIL.add("en22-b-16-hr-onboarding", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "Welcome to Lumitek! Before your start date on {date}, please upload a copy of your passport and "
     "your bank details through the Workday onboarding portal, never by e-mail. If anyone asks you for "
     "these by phone or over a messaging app, it isn't us: report it to hr-help@lumitek.example.com."),
    ("none", "",
     "To begin your security screening, please complete the clearance form through the government portal "
     "using the reference in your offer letter. Do not send ID documents to anyone by e-mail. Your "
     "security officer will contact you from a norvane.example.com address only."),
    ("none", "",
     "Your employment contract is ready for e-signature in the HR portal. Please also add your bank and "
     "superannuation details there so that your first pay goes through on {date}. We never ask for "
     "passwords or payment of any kind during onboarding."),
])
MAIL.add("en22-b-17-professional-body", 0, "community_association", "email", True, [
    ("none", "",
     "Your annual membership fee for the Institute of Radar and Avionics Engineers is due on {date}. "
     "Renew through the member portal only. We will never ask for payment by gift card, text message or "
     "bank transfer to a personal account."),
    ("none", "",
     "The Civil and Technical Staff Union ballot on this year's pay offer closes on {date}. Members in "
     "the department will receive a ballot paper at their home address. Please don't vote using office "
     "equipment or work e-mail."),
    ("none", "",
     "The Chemical Society of Western Australia invites members to a free evening seminar on solid-state "
     "electrolytes on {day}. Our speaker's travel is sponsored by the university. Please register so we "
     "can plan catering."),
])
MAIL.add("en22-b-18-vendor", 0, "supplier_chat", "email", True, [
    ("none", "",
     "Following {day}'s call, attached is our quotation for the high-purity solvent and the binder "
     "samples. Payment terms are 30 days from invoice. Our NDA is already with your legal team, so once "
     "they sign we can send the confidential technical data sheets."),
    ("none", "",
     "Our field engineer can visit the fab on {day} to recalibrate the etch chamber. Please confirm the "
     "site access forms and the cleanroom induction with your facilities team. The visit is covered by "
     "your service contract, no extra charge."),
    ("none", "",
     "Thanks for visiting our stand. As promised, here is the datasheet for the compact antenna test "
     "range, and the price list for Canadian customers. We can arrange a demonstration at your site, or "
     "at our lab in Burlington if you'd rather see it running."),
])
MAIL.add("en22-b-19-facilities", 0, "work_email", "email", False, [
    ("none", "",
     "The quarterly safety walk-through moves to {day} at {time}. Please wear steel toe caps and bring your "
     "badge. We'll start at the loading bay and finish in the canteen, roughly an hour in all."),
    ("none", "",
     "The room booking system will be offline on Saturday for maintenance. Bookings made before then are "
     "kept. If you need a room over the weekend, ask the front desk and they'll note it on paper."),
    ("none", "",
     "The north car park will be resurfaced from {day}. Please use the overflow site on Birch Road for two "
     "weeks. A shuttle will run every fifteen minutes during the morning and evening peaks."),
])
MAIL.add("en22-b-20-clearance-ad", 0, "cleared_job_ad", "email", True, [
    ("none", "",
     "Now hiring: Systems Engineer, Radar Signal Processing, Kanata ON. Requires a valid Secret clearance "
     "(Level II) or eligibility to obtain one. Salary {band_cad}, plus relocation support. Apply through "
     "the careers portal under {ref}; we do not recruit through messaging apps or personal e-mail."),
    ("none", "",
     "Grid Cybersecurity Analyst, Austin TX, hybrid. Must hold or be able to obtain a DOE Q clearance. "
     "{band_usd}, full benefits. Interviews are held on our premises or over our corporate video platform. "
     "Apply under {ref} on our careers page."),
    ("none", "",
     "Policy Adviser, Critical Minerals, London. SC clearance required before start; DV desirable. "
     "{band_gbp}. The department never charges applicants and never asks them to move to a chat app. "
     "Closing date {date}."),
])

# ---------------------------------------------------------------------------------------------
# Benign, long e-mails
# ---------------------------------------------------------------------------------------------
LONG.add("en22-b-21-headhunter", 0, "genuine_headhunter", "long_email", True, [
    ("none", "",
     "Subject: Director, Grid Operations - retained search\n\n"
     "Dear {rfirst},\n\n"
     "I lead the energy practice at {search_firm}. We have been retained by our client, a large utility in "
     "the Mountain West, to find a Director of Grid Operations. I'm not able to name them in writing "
     "until you've agreed to be represented, which is standard for retained searches, but I'll tell you "
     "on the phone and you're free to check the mandate with their HR team afterwards.\n\n"
     "The role leads two control rooms and about 60 people. The package is {band_usd} base plus a bonus "
     "of up to 25%, relocation and a generous pension. I'll share the strictly confidential salary "
     "details on the call; they're confidential because the client's current director doesn't know "
     "they're recruiting yet.\n\n"
     "Would you have 20 minutes this week? If you prefer, I'm happy to move this to WhatsApp just to find "
     "a time, but the conversation itself is best by phone on {phone_us}."),
    ("none", "",
     "Subject: Re: Head of Process Integration\n\n"
     "> Thanks, I'm open to hearing more. Who is the company?\n\n"
     "Hi {rfirst},\n\n"
     "Glad you're interested. The client is Brabant Photonics in Eindhoven; their head of process "
     "integration is retiring and they'd like someone from a high-volume fab. You'd report to the CTO.\n\n"
     "Salary is in the band {band_eur} plus a 15% bonus and a 30% ruling if you qualify. I've attached the "
     "job description they wrote, and their own careers page has the same text under vacancy {ref}.\n\n"
     "Next step would be a 30-minute call with me, then two interviews on site. Please don't bring "
     "anything from Lumitek to the interviews; they're only interested in how you work, not in what "
     "your current employer is doing, and they'll say so themselves. Does {day} at {time} suit?"),
    ("none", "",
     "Subject: A senior role you may like\n\n"
     "Dear {rfirst},\n\n"
     "I'm a partner at {search_firm} in Toronto. Our client, an Ottawa defence electronics company with "
     "about 900 staff, is looking for a Chief Radar Engineer. I can name them once you confirm interest; "
     "they're listed on the government's public contracts site, so nothing about them is hidden, they "
     "just don't want their competitors to hear about the search.\n\n"
     "The position requires a Canadian Secret clearance, which the company will sponsor to Top Secret. "
     "Base salary {band_cad} with a bonus on top. The hiring manager would meet you at their office, and "
     "they reimburse travel for candidates from outside Ottawa.\n\n"
     "I'd rather speak than write. Could I call you on your mobile, or would you send me a number? "
     "Either way, nothing in this process needs to be kept from your employer beyond the usual "
     "discretion of a job search."),
])
LONG.add("en22-b-22-expert-network-long", 0, "expert_network", "long_email", True, [
    ("none", "",
     "Subject: Paid consultation - battery materials (1 hour)\n\n"
     "Hi {rfirst},\n\n"
     "I'm a research associate at {en_firm}. Our client, an Australian superannuation fund, is studying "
     "battery materials and would value an hour with a practising chemist. The topics are public ones: "
     "the outlook for sodium-ion chemistries, how cathode suppliers compete, and what you read in "
     "published roadmaps.\n\n"
     "The fee is {aud} for the hour, paid to your bank account within 14 days. Before the call you'll "
     "complete our compliance attestation, which asks you to confirm that:\n"
     "- you will not disclose confidential information or material non-public information about any "
     "company, including your current employer;\n"
     "- consulting does not breach your employment agreement or any duty to your employer;\n"
     "- you will end the call if a question would require such information.\n\n"
     "A compliance officer from our side listens in on calls with current employees of listed companies. "
     "If you'd like to go ahead, reply with three times that suit you in the next fortnight."),
    ("none", "",
     "Subject: Consultation request - US grid operations\n\n"
     "Dear {rfirst},\n\n"
     "I'm writing from {en_firm}, an expert network, about a paid one-hour consultation. Our client is a "
     "consulting firm advising a private-equity investor on a transmission project, and they'd like to "
     "understand how operators approach interconnection queues in general.\n\n"
     "We pay {usd} per hour, pro rata. Our terms, which you'll sign before any call:\n"
     "1. Do not share confidential, proprietary or non-public information.\n"
     "2. Do not discuss your current employer's plans, contracts or critical infrastructure details.\n"
     "3. Government employees and people holding security clearances are not eligible for this project.\n\n"
     "If rule 3 applies to you, just let me know and I'll close the request. Otherwise, the call would be "
     "on a recorded line, with our compliance team able to review it."),
    ("none", "",
     "Subject: Re: expert call on lithography\n\n"
     "> Happy to help, but I can't talk about anything specific to Lumitek.\n\n"
     "Hi {rfirst},\n\n"
     "Thank you, and that's exactly right. We don't want anything specific to Lumitek either, and our "
     "client, a London-based equity research team, has agreed the question list in advance.\n\n"
     "The questions cover the public debate on high-NA adoption, typical qualification timelines in the "
     "industry, and how engineers see the job market. You're free to skip any question and to end the "
     "call at any point. The rate is {eur} per hour, paid by {en_firm} to your bank account, and you'll "
     "receive our compliance attestation to sign beforehand.\n\n"
     "Could you do {day} at {time} CET? I'll send a calendar invite from our corporate address."),
])
LONG.add("en22-b-23-think-tank", 0, "think_tank_commission", "long_email", True, [
    ("none", "",
     "Subject: Commission - policy paper on mineral partnerships\n\n"
     "Dear {rfirst},\n\n"
     "The Halloway Institute would like to commission a signed policy paper from you for our autumn "
     "series on resource security. The paper would be around 4,000 words, draw on published material, "
     "and appear on our website under your name with the usual disclaimer that views are your own.\n\n"
     "We pay authors {gbp} per thousand words, and travel to the launch event in Brussels is reimbursed. "
     "As you are a civil servant, we assume you'll need your department's approval for outside writing; "
     "we're happy to provide a letter describing the commission for your line manager or ethics "
     "adviser. Nothing in the paper should rely on internal or unpublished government material.\n\n"
     "If you're interested, could you let me know by {date}? We'd be glad to talk through the scope on a "
     "call."),
    ("none", "",
     "Subject: Invitation to contribute - grid resilience report\n\n"
     "Dear {rfirst},\n\n"
     "I'm a senior fellow at the Pemberton Energy Forum, a non-partisan think tank in Washington. We are "
     "preparing a public report on extreme-weather resilience and would like to include a short chapter "
     "written by a practising operator.\n\n"
     "Contributors receive an honorarium of {usd} and are credited by name. The report goes through "
     "external peer review and is published open access; we'll share the final text with your "
     "communications team before publication. If your employer prefers that you write in a personal "
     "capacity, we can note that in the byline.\n\n"
     "There's also an optional roundtable in DC on {date}, with travel and one night's hotel paid. "
     "Please let me know if you'd like the outline."),
    ("none", "",
     "Subject: Paid review of our radar export-control briefing\n\n"
     "Dear {rfirst},\n\n"
     "The Ridgefield Centre for Security Studies at a Canadian university is finishing a public briefing "
     "on export controls for radar components. We'd be grateful for a technical review by an engineer: "
     "two hours of reading and comments, with a fee of CAD 400.\n\n"
     "The draft uses only open sources, and we ask reviewers not to add anything their employer would "
     "consider proprietary or controlled. Your name would appear in the acknowledgements unless you "
     "prefer otherwise. If Norvane needs to approve this first, we're glad to write to them directly.\n\n"
     "Comments can go straight into the PDF or in a short memo, whichever is easier; we don't need a "
     "polished text. The launch will be a public event in Ottawa in {month}. Thank you for considering it."),
])
LONG.add("en22-b-24-university-talk", 0, "university_paid_talk", "long_email", True, [
    ("none", "",
     "Subject: Invitation - keynote at the {city} Energy Storage School\n\n"
     "Dear {rfirst},\n\n"
     "I'm writing on behalf of the organising committee of the {city} Energy Storage School, run each "
     "{month} by the university's faculty of chemistry. We'd be delighted if you would give the opening "
     "keynote, about 45 minutes, on taking new cathode chemistries from the lab to a pilot line.\n\n"
     "The school covers your return economy flight, four nights at the conference hotel and meals, and we "
     "offer a speaker fee of {eur}. The talk is recorded and published on our website, so please include "
     "only material you are happy to make public; your employer's approval is of course up to you.\n\n"
     "If you can accept, our events office will book the travel through the university's agency and "
     "send you the itinerary. Could you let us know by {date}?"),
    ("none", "",
     "Subject: Guest lecture and visit, {month}\n\n"
     "Dear {rfirst},\n\n"
     "Our department of electrical engineering would like to invite you to give a guest lecture on radar "
     "system design to our final-year students in {city}, followed by an informal lunch with staff.\n\n"
     "We can pay a modest honorarium and reimburse your flights and two hotel nights against receipts. "
     "The lecture is public and open to all students. We understand that people in the defence sector "
     "often need clearance for foreign travel, so please take whatever time your security office needs, "
     "and tell us if they'd like a formal letter of invitation.\n\n"
     "Most of the students are doing capstone projects with a local weather-radar group, so practical "
     "stories from industry would mean a great deal to them. Thank you for considering it; your talk at "
     "the symposium last year was a favourite here."),
    ("none", "",
     "Subject: Speaking at our public policy seminar\n\n"
     "Dear {rfirst},\n\n"
     "The School of Government at the University of {city} runs a public seminar series on economic "
     "security. We'd be honoured if you would speak in {month} on how the UK designs critical-minerals "
     "policy, drawing on the published strategy.\n\n"
     "We cover travel and accommodation, and we offer an honorarium of {gbp}, which some officials prefer "
     "to decline or donate; either is fine. The session will be on the record and recorded, with "
     "questions from students and the public. If your department would rather send a press officer along "
     "or review the slides, we're used to that.\n\n"
     "We usually book the afternoon slot so that speakers can travel on the same day. I'd be happy to "
     "talk about dates on a call."),
])
LONG.add("en22-b-25-speaker-package", 0, "conference_invite", "long_email", True, [
    ("none", "",
     "Subject: Your speaker package - Lowlands Lithography Forum, {city}\n\n"
     "Dear {rfirst},\n\n"
     "Thank you for accepting our invitation to speak. Here is your speaker package:\n\n"
     "Travel: we cover a return economy flight from Amsterdam; please book through our travel agent, "
     "whose details are in the attached form.\n"
     "Hotel: three nights at the conference hotel, paid directly by us.\n"
     "Allowance: a per diem of {eur} for meals and local transport.\n"
     "Slides: due {date}. They'll be published on the forum website after the event, so please clear them "
     "with your company before sending.\n\n"
     "The speakers' dinner is on the evening before your session, and you're welcome to bring a guest. If "
     "you need a visa letter, reply with your passport name and nationality and our secretariat will "
     "issue one. For anything urgent during the event, our logistics lead is on WhatsApp at the number "
     "in the attached form."),
    ("none", "",
     "Subject: Re: Panel at GridFutures {city}\n\n"
     "> Sounds good, but my company will need to approve the travel.\n\n"
     "Hi {rfirst},\n\n"
     "Of course. I've attached a formal invitation letter for your manager, with the programme and the "
     "list of other panellists, all of whom are public figures in the sector.\n\n"
     "To recap what we cover: business-class flights for long-haul speakers, four hotel nights and ground "
     "transport. We don't pay speaker fees, but we do reimburse visa costs. The panel is on the record "
     "and streamed, and we'd ask you to keep to material your company has already published.\n\n"
     "If your manager would like to speak with us directly, my colleague in the programme office is happy "
     "to set up a short call. Once your approval comes through, just send me your preferred flights and "
     "I'll ask our agency to book them."),
    ("none", "",
     "Subject: Invitation to speak - Airborne Sensing Summit\n\n"
     "Dear {rfirst},\n\n"
     "We'd like to invite you to speak at this year's Airborne Sensing Summit in {city}, on {date}. The "
     "session is on calibration of phased arrays and runs 25 minutes plus questions.\n\n"
     "We cover your flights, hotel and meals for the duration of the event. The summit is an open trade "
     "conference with about 1,200 attendees, and the programme is public on our website. As your work is "
     "in defence, we know that your employer and possibly your government will need to review both the "
     "trip and the slides, and we're glad to provide whatever paperwork helps.\n\n"
     "Please let us know if you can accept by the end of the month."),
])
LONG.add("en22-b-26-investor-relations", 0, "notification", "long_email", True, [
    ("none", "",
     "Subject: Quiet period before half-year results\n\n"
     "Dear colleagues,\n\n"
     "Kestrel Cells enters its quiet period on {date}, ahead of the half-year results. Until the results "
     "are published, please do not discuss the company's financial performance, production volumes or "
     "customer contracts with anyone outside Kestrel, including analysts, investors, consultants and "
     "journalists.\n\n"
     "You may receive approaches from expert networks or research firms offering to pay for a call about "
     "the battery industry. Under our policy, staff may not take paid calls about our sector while "
     "employed here. If you receive one, decline and forward it to investor relations.\n\n"
     "Material non-public information must stay inside the company. If you're unsure whether something "
     "is public, ask legal before you speak. Thank you for helping us keep the market fair."),
    ("none", "",
     "Subject: Investor day - staff guidance\n\n"
     "Hi all,\n\n"
     "Our investor day is on {date} in Sydney. A few of you will present or meet investors at the booths, "
     "and the company is paying travel and hotel for everyone on the list.\n\n"
     "Please stick to the approved slides. Investors will ask about the next-generation cell, customer "
     "names and the pilot line's yields; the answer is that we discuss only what is in the published "
     "deck. If someone offers to continue the conversation privately, over WhatsApp or at dinner "
     "afterwards, politely decline and refer them to investor relations.\n\n"
     "Name badges, the run sheet and the dress code will be sent on {day}. If you are presenting, please "
     "do a full run-through with the comms team the week before. Thank you for representing us well. "
     "Questions to the IR inbox."),
    ("none", "",
     "Subject: Reminder - insider trading policy\n\n"
     "Dear {rfirst},\n\n"
     "As someone on the insider list for Lumitek's upcoming announcement, you may not trade company shares "
     "until two days after it is published. You also may not pass any of the confidential information to "
     "family or friends, even informally.\n\n"
     "If you're approached by a consultant, a headhunter or a former colleague asking about the "
     "announcement, please don't engage and let compliance know. Approaches sometimes arrive with an "
     "offer of payment for a short 'market view'; these should be reported too.\n\n"
     "If you have questions about what counts as inside information, the policy is on the intranet, and "
     "the compliance team runs a drop-in session every {day} at {time}. Please confirm you've read this "
     "by signing in the compliance portal."),
])
LONG.add("en22-b-27-tender", 0, "procurement_notice", "long_email", True, [
    ("none", "",
     "Subject: Re: Tender {tender} - clarification\n\n"
     "> Could we meet informally before the deadline to discuss the evaluation criteria?\n\n"
     "Dear bidder,\n\n"
     "Thank you for your question. Under the rules of this public tender, we cannot meet bidders "
     "individually or discuss the evaluation outside the published process. All clarification questions "
     "must be submitted through the procurement portal, and the answers are published to every bidder at "
     "the same time.\n\n"
     "The evaluation criteria and their weightings are in section 4 of the tender documents. The deadline "
     "for submissions is {date} at 12:00. Any contact with members of the evaluation panel about this "
     "tender, including hospitality or offers of paid work, will lead to disqualification.\n\n"
     "If the portal is unavailable close to the deadline, tell the procurement helpdesk at once so that "
     "the outage is recorded and all bidders are treated alike. We look forward to receiving your bid."),
    ("none", "",
     "Subject: Bid team - confidentiality for the {tender} submission\n\n"
     "Hi team,\n\n"
     "Thanks for all the work on the radar maintenance bid. A few reminders before the final week:\n\n"
     "The pricing model is strictly confidential and stays on the bid SharePoint. Don't e-mail it to "
     "personal accounts to work from home; use the VPN. Our teaming partner's rates are covered by the "
     "NDA, so they don't go into any shared folder either.\n\n"
     "If anyone from the customer side or a competitor contacts you during the blackout period, don't "
     "discuss the bid. Note the contact and tell me.\n\n"
     "Once we've submitted, the working files move to the archive and access is removed for everyone "
     "except the bid manager. Final review on {day} at {time}. Pizza is on me."),
    ("none", "",
     "Subject: Market engagement day - grid storage procurement\n\n"
     "Dear {rfirst},\n\n"
     "Tri-River is holding a public market engagement day on {date} ahead of its procurement for "
     "grid-scale storage. The session is open to all interested suppliers, takes place at our Austin "
     "office and is streamed.\n\n"
     "We will present the outline requirement, the timetable and the evaluation approach. Slides and a "
     "recording will be published afterwards so that suppliers who can't attend are not disadvantaged. "
     "Suppliers may not request private meetings with staff involved in the procurement.\n\n"
     "As a member of the evaluation team, please don't accept hospitality from potential bidders from now "
     "until contract award, and declare any approach to the procurement office. Questions from suppliers "
     "about the session itself should go to the procurement mailbox, not to you."),
])
LONG.add("en22-b-28-security-newsletter", 0, "security_awareness", "long_email", True, [
    ("none", "",
     "Subject: Security bulletin - fake recruiters\n\n"
     "Dear colleagues,\n\n"
     "Several staff have recently received online approaches that follow a pattern described by national "
     "security agencies. Warning signs include:\n"
     "- a 'recruiter' or 'consultant' who flatters you and mentions your clearance;\n"
     "- an early request to move to WhatsApp, WeChat, Telegram or a personal e-mail;\n"
     "- an offer of money for a 'short report' or 'white paper' for an unnamed client;\n"
     "- questions drifting towards internal or unpublished information;\n"
     "- an invitation to meet the client abroad, with travel paid;\n"
     "- a request to keep it secret from your employer, or payment in crypto or gift cards.\n\n"
     "None of these is proof on its own, and genuine recruiters also call and e-mail. But if you see "
     "several, stop replying, don't delete anything, and report it to the security office. You will not "
     "be in trouble for reporting."),
    ("none", "",
     "Subject: Think before you link - refresher\n\n"
     "Hi {rfirst},\n\n"
     "This is your annual reminder to complete the online security refresher by {date}. This year's "
     "module covers approaches through professional networking sites.\n\n"
     "A typical approach: a think-tank researcher asks for your views, then offers to pay for a paper, "
     "then suggests continuing on Signal 'for convenience'. Later come questions about upcoming "
     "decisions, and an invitation to a conference overseas where the hosts pay for everything. Officers "
     "rarely ask for classified documents at first; they ask for what is 'just internal'.\n\n"
     "This year there is also a short section on what to do if a relative abroad is asked about your "
     "work. The module takes 25 minutes. If you think you may have been approached, you can report it "
     "confidentially through the departmental security unit."),
    ("none", "",
     "Subject: Case study for this month's awareness session\n\n"
     "Dear team,\n\n"
     "For {day}'s session, please read this anonymised case before we meet. An engineer at a supplier was "
     "contacted by a headhunter with no company name, who moved the chat to WeChat within a day. The "
     "headhunter then offered {usd} per report for 'industry analysis' for a client in Asia, asked about "
     "upcoming test results, and finally invited the engineer to {hub}, all expenses paid, with a "
     "request not to tell anyone at work.\n\n"
     "The engineer reported it after the second message, which is exactly what we want. Discussion "
     "questions: at which point would you have noticed? What would a genuine recruiter have done "
     "differently? Coffee and pastries from 9."),
])
LONG.add("en22-b-29-consultant-invoice", 0, "freelance_gig", "long_email", True, [
    ("none", "",
     "Subject: Invoice 2026-014 - Aldergate Water Authority\n\n"
     "Hi {rfirst},\n\n"
     "Please find attached my invoice for the control-room review I carried out for Aldergate Water "
     "Authority in February. As agreed in the statement of work, it covers eight days at the day rate, "
     "plus travel to the two treatment sites, with receipts attached.\n\n"
     "Payment is due within 30 days to my company's business account, the details of which are on the "
     "invoice and unchanged from last time. If your finance team needs a purchase order number, it's "
     "PO-55812. The final report went to your operations director on {date} and is marked for internal "
     "use only, as the contract requires.\n\n"
     "Thank you again for the work. I'm available for the follow-up review in {month} if you'd like to "
     "go ahead."),
    ("none", "",
     "Subject: Re: consultancy fees for the cathode study\n\n"
     "> Can you confirm the total before I raise the PO?\n\n"
     "Hi {rfirst},\n\n"
     "Sure. The total for the cathode degradation study for Kestrel Cells is twelve days at the agreed "
     "rate plus lab time at the university, as set out in the proposal you signed. I'll invoice Kestrel "
     "directly, with payment to my consultancy's bank account in Perth.\n\n"
     "As before, all test data belongs to Kestrel and stays confidential under our agreement; I keep "
     "nothing once the report is delivered. If anything changes in scope, I'll send a revised quote "
     "before doing the work.\n\nFor your records: the interim results went to your team on {date}, and the "
     "remaining ageing tests finish in {month}. I'll send the final data pack and a summary of methods "
     "with the last invoice. Thanks for organising it."),
    ("none", "",
     "Subject: Statement of work - Tri-River training\n\n"
     "Dear {rfirst},\n\n"
     "Attached is the statement of work for the operator training I'm delivering to Tri-River Grid "
     "Coordination in {month}. Summary: four sessions on emergency procedures for new control-room staff, "
     "using Tri-River's own manuals, which I'll return at the end.\n\n"
     "My fee is {usd} per session plus mileage, invoiced to Tri-River's accounts payable after the last "
     "session. I've signed your confidentiality agreement and your contractor code of conduct.\n\n"
     "The sessions will run in your training room on {day} mornings. I'll bring printed exercises; the "
     "scenario files stay on Tri-River's training server and I won't take copies away.\n\n"
     "If procurement needs my insurance certificate or W-9, let me know and I'll send them over."),
])
LONG.add("en22-b-30-residents-newsletter", 0, "community_association", "long_email", False, [
    ("none", "",
     "Subject: Elm Park residents - spring newsletter\n\n"
     "Hello neighbours,\n\n"
     "Spring is here and the committee has a few updates. The litter pick is on {day} morning, meeting at "
     "the playground at 10; gloves and bags provided. The council has agreed to repair the footpath by "
     "the pond, with work starting in {month}.\n\n"
     "We're still looking for volunteers to run the plant swap and for someone with a van to help move "
     "the library boxes to the community hall. If you can help with either, reply to this e-mail.\n\n"
     "Finally, thank you to everyone who came to the quiz night. We raised enough for two new benches, "
     "which will go in by the tennis courts. See you at the litter pick!"),
    ("none", "",
     "Subject: Street party planning\n\n"
     "Hi everyone,\n\n"
     "The street party is confirmed for the last Saturday in {month}, with the road closed from noon to 8. "
     "We need tables, chairs, bunting and, above all, people to help set up from 11.\n\n"
     "The kids' races will be at 2 and the bake-off judging at 4, with the usual rule that judges may not "
     "eat their own family's cakes. There'll be a sign-up sheet on the noticeboard outside number 14.\n\n"
     "If you have any concerns about parking or access that day, speak to {rfirst} at number 22, who is "
     "liaising with the council. Anyone who would like to run a stall, lemonade or second-hand books or "
     "anything else, let us know by the end of the month so we can plan the layout. Looking forward to "
     "a good day."),
    ("none", "",
     "Subject: Allotment society AGM\n\n"
     "Dear members,\n\n"
     "The annual general meeting of the allotment society will be held on {day} at 7pm in the church "
     "hall. The agenda includes the water trough repairs, the waiting list and the election of a new "
     "secretary, as {rfirst} is stepping down after six years.\n\n"
     "Please bring any produce you'd like to show for the informal show-and-tell; last year's marrows set "
     "a high bar. Tea and biscuits provided.\n\n"
     "If you can't attend but would like to raise something, leave a note in the shed's letter box before "
     "the meeting. Plot inspections follow in the next fortnight: the committee walks round on a weekday "
     "evening and leaves a card for anyone whose plot needs attention. Subscriptions for the coming "
     "year can be settled at the meeting or in the shed on Sunday mornings."),
])

SUBTLE = {
    "en22-s-02-not-announced", "en22-s-03-not-at-work", "en22-s-05-come-home", "en22-s-07-host-you",
    "en22-s-10-flattery", "en22-s-11-write-up", "en22-s-13-other-number", "en22-s-16-follow-up-specifics",
    "en22-s-17-roundtable", "en22-s-19-equipment-scam", "en22-s-20-forwarded-favour",
}


def length_bin(text: str) -> str:
    """The length band of a message in whitespace-separated words."""
    n = len(text.split())
    return "short (3-20)" if n <= 20 else "medium (30-120)" if n <= 120 else "long (121-300)"


def rows() -> list[dict[str, object]]:
    """All rows, one build per register with its own opener and closer pools, subtlety set."""
    out = (
        build(CHAT, POOLS, CHAT_OPENERS, CHAT_CLOSERS, "en", SEED, PER_TEMPLATE)
        + build(MAIL, POOLS, MAIL_OPENERS, CLOSERS, "en", SEED + 1, PER_TEMPLATE)
        + build(LONG, POOLS, LONG_OPENERS, CLOSERS, "en", SEED + 2, PER_TEMPLATE)
    )
    for row in out:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    return out


def check(out: list[dict[str, object]]) -> None:
    """The conventions this file promises, asserted on every build."""
    ids = [r["id"] for r in out]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len({r["text"] for r in out}) == len(out), "duplicate texts"
    for r in out:
        text, n = str(r["text"]), len(str(r["text"]).split())
        low, high = {"chat": (3, 20), "long_email": (121, 300)}.get(str(r["register"]), (30, 120))
        assert low <= n <= high, (r["id"], n)
        if r["subtlety"] == "subtle":
            assert not TELLTALE.search(text.lower()), (r["id"], TELLTALE.search(text.lower()))
        elif r["subtlety"] == "overt":
            assert TELLTALE.search(text.lower()), r["id"]
        if r["label"] == 0:
            assert r["categories"] == [] and r["stage"] == "none", r["id"]
    assert SUBTLE <= {str(r["family"]) for r in out}


def summary(out: list[dict[str, object]]) -> str:
    """The counts quoted in the module docstring."""
    fams = {(r["family"], r["label"], r["lookalike"]) for r in out}
    lines = [
        f"{len(out)} messages in {len(fams)} families: "
        f"{sum(r['label'] == 1 for r in out)} suspicious in {sum(f[1] == 1 for f in fams)} families "
        f"({sum(r['subtlety'] == 'subtle' for r in out)} subtle rows in {len(SUBTLE)} families), "
        f"{sum(r['label'] == 0 for r in out)} benign in {sum(f[1] == 0 for f in fams)} families "
        f"({sum(f[1] == 0 and f[2] for f in fams)} look-alike families, "
        f"{sum(r['label'] == 0 and bool(r['lookalike']) for r in out)} look-alike rows)",
    ]
    for label in (1, 0):
        bins = collections.Counter(length_bin(str(r["text"])) for r in out if r["label"] == label)
        lines.append(f"label {label} lengths: " + ", ".join(f"{k} {v}" for k, v in sorted(bins.items())))
    stages = collections.Counter(str(r["stage"]) for r in out if r["label"] == 1)
    lines.append("stages (label 1): " + ", ".join(f"{k} {v}" for k, v in stages.most_common()))
    cats = collections.Counter(c for r in out for c in cast(list[str], r["categories"]))
    lines.append("categories (label 1): " + ", ".join(f"{k} {v}" for k, v in cats.most_common()))
    return "\n".join(lines)


if __name__ == "__main__":
    ROWS = rows()
    check(ROWS)
    write(ROWS, OUT)
    print(summary(ROWS))
