"""English training messages from a twenty-third hand: everyday texts between people who know each other.

Written by a helper session (an AI assistant) for the recruitscreen corpus, by hand, from the threat
description in ``DESIGN.md`` and the public warnings it cites (CSIS, MI5/NPSA "Think Before You Link",
FBI) only. The author never opened the rule packs, the training corpus, ``data/dev/`` or any evaluation
file; the only file under ``data/corpus/`` it read is the shared helper ``template_families.py``.

Run: ``.venv/bin/python data/corpus/raw/en_author23_source.py`` (rewrites ``en_author23.jsonl`` next to
this file, byte for byte, and prints the counts below).

What it covers. Text messages in many Englishes (British, Scottish, Irish, Singaporean and Malaysian,
Indian, Nigerian, Kenyan, South African, Caribbean, Australian, US), written the way people text:
lower case, abbreviations, missing punctuation, typos, emoji, a few chat-export lines run together.
Benign families are lifts, running late, dinner, owed money and transfers, phone credit, new numbers,
exam results, rotas, a boss wanting a figure by tonight, a landlord, a parcel, relatives abroad, visits
home, parents' health, a cousin's wedding, a friend's interview, "keep it between us till it's official";
most of them are hard look-alikes that share the threat's words while staying honest: recruiters who
name the firm, the role and the band (some moving to WhatsApp only to book a call), expert networks that
pay for an hour and refuse non-public information, paid public reviews and talks, conferences abroad with
travel covered, journalists on the record, colleagues on the work channel about internal drafts, tenders,
security notices quoting the warning signs, clearance adverts, onboarding through the official portal, a
consultant invoicing a named client. Suspicious families are the same brevity from a stranger, handler or
scammer: a quick move to another app, a small paid favour, questions about work that is not theirs to
ask, a "friend" to meet abroad, requests to keep quiet, odd payment, pressure on family back home,
deposits for a job and task scams. Half of the suspicious families are subtle (none of the stock words
in ``TELLTALE``; checked below): the intent shows only in what is asked.

Counts (printed by running this file): 498 messages in 55 families (18 suspicious, 37 benign, 8-10
messages each); 155 suspicious (31%), 343 benign, 265 of them look-alikes (28 of the 37 benign
families); 75 subtle suspicious messages in 9 of the 18 suspicious families. Registers: sms 423, chat
55, chat_export 20. Length in whitespace-separated words: 4-15 words 336, 16-35 words 162, none
longer (median 14, max 30). This hand writes texts, so there are no InMails or long e-mails here.
Stage (suspicious): pivot 30, job_scam 24, elicitation 22, coercion 18, paid_task 16, meeting 16,
payment 12, contact 9, secrecy 8.
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write

SEED = 2326112201
PER_TEMPLATE = 2

# Stock words of the threat. A subtle suspicious message contains none of them (lower-cased text).
TELLTALE = re.compile(
    r"whats ?app|wechat|we chat|telegram|signal|gmail|proton|\bvx\b|\bwx\b|weixin|@|client|\bfees?\b"
    r"|\bpa(?:y|id|ys|ying|yment)\b|cash|crypto|bitcoin|usdt|money|reward|honorarium|deposit|cheque"
    r"|gift ?card|confidential|secret|classified|between us|internal|non-public|report|police|return"
    r"|don'?t tell|employer|transfer|[$£€₦₹]|quid|w e c h a t|t\.e\.l\.e"
)

POOLS: dict[str, list[str]] = {
    "name": ["Tash", "Kwame", "Priya", "Siobhan", "Jun Wei", "Aisha", "Thabo", "Declan", "Mei Ling",
             "Chidi", "Wanjiru", "Ravi", "Kezia", "Hamish", "Nadia", "Lerato", "Farid", "Bronwyn"],
    "rname": ["Lorna Pike", "Dev Achari", "Hui Min Tan", "Gareth Oyelaran", "Shona Baird", "Kip Mwangi"],
    "day": ["tmrw", "thurs", "fri", "sat", "sunday", "mon", "wed"],
    "time": ["6", "half 7", "7.30", "8ish", "5:45", "9", "quarter past 4"],
    "place": ["the station", "the car park by the chemist", "the mamak", "the hawker centre", "the bus stop",
              "the main gate", "the library", "the taxi rank", "ur mum's", "the chippy"],
    "amt": ["20 quid", "R150", "KSh 2,000", "₦10k", "RM40", "S$25", "$30", "€20", "₹1500", "J$3000", "A$35"],
    "fee": ["$500", "£300", "S$800", "RM1,500", "$600", "€400", "A$450", "R6,000"],
    "band": ["£55-65k", "S$7-9k a month", "R650-750k", "RM9-11k", "$120-140k", "KSh 350k a month",
             "A$130-150k", "€70-80k"],
    "co": ["Harrowgate Avionics", "Kestrel Microsystems", "Northwind Grid", "Tamarind Telecom",
           "Bellbird Aerospace", "Corvid Semiconductors", "Lumen Rail Systems", "Ostrander Energy"],
    "xn": ["Brightfield Expert Network", "Calloway Insights", "Ridgeline Expert Calls", "Meridian Panel Partners"],
    "paper": ["Coastal Herald", "Daily Ledger", "Midlands Post", "Straits Courier", "Evening Wire"],
    "home": ["Lagos", "Nairobi", "Penang", "Kingston", "Chennai", "Durban", "Ipoh", "Kumasi", "Cork", "Dundee"],
    "abroad": ["Shenzhen", "Macau", "Bangkok", "Dubai", "Istanbul", "Hong Kong", "Tbilisi"],
    "city": ["Singapore", "Geneva", "Nairobi", "Melbourne", "Toronto", "Edinburgh", "Cape Town"],
    "proj": ["frigate", "5G core", "substation", "fab expansion", "ground station", "radar refit"],
    "num": ["07700 900147", "+44 7700 900312", "555-0134", "555-0178", "+86 138 0000 0000", "07700 900864"],
    "handle": ["sunny_career88", "hr.lily2024", "tt_consult_7", "kevin.jobs.asia", "amy_talent_hk"],
    "event": ["alumni", "careers fair", "industry day", "engineering meetup", "trade show"],
}

# Shared by both classes: chat lines open and close with next to nothing.
OPENERS = ["", "", "", "", "", "", "hey ", "hi ", "oi ", "yo ", "hiya ", "sorry ", "ok so ", "btw ", "sasa ",
           "ey ", "morning ", "ah ", "listen "]
CLOSERS = ["", "", "", "", "", "", " x", " thx", " 🙏", " ta", " cheers", " 👍", " la", " o", " k", " mate"]

S, B = 1, 0
F = Families()

# ---------------------------------------------------------------- suspicious (label 1)
F.add("en23-s-01-quick-app-move", S, "fake_recruiter", "sms", False, [
    ("pivot", "off_platform credential_targeting",
     "saw ur profile, u still at {co}? easier on whatsapp, add me {num}"),
    ("pivot", "off_platform", "its {rname} from the jobs thing, i barely check here. telegram? same name"),
    ("pivot", "off_platform credential_targeting",
     "ur clearance plus the radar background is exactly wat we want 👍 msg me on wechat, id {handle}"),
    ("pivot", "off_platform vague_client", "can we go to signal, this app drops msgs. my client is shy of linkedin {num}"),
    ("pivot", "off_platform vague_client", "my client prefers wechat lah, faster. add me {handle} then we talk proper"),
])
F.add("en23-s-02-small-paid-favour", S, "handler_followup", "sms", False, [
    ("paid_task", "paid_task vague_client",
     "quick one, my client pays {fee} for 1 page on how ur team tests the new firmware"),
    ("payment", "paid_task unusual_payment", "did u finish the short report? {fee} ready, usdt or cash ur choice"),
    ("paid_task", "paid_task vague_client sensitive_info",
     "my people pay {fee} a note. nothing heavy, just wat ur unit is buying next yr"),
    ("pivot", "paid_task off_platform",
     "send the write up to my gmail not the work one k, payment goes out tonight once i have it"),
])
F.add("en23-s-03-what-is-not-out-yet", S, "handler_followup", "sms", False, [
    ("elicitation", "sensitive_info", "my people hoped for a bit more on what's still to be announced {name}"),
    ("elicitation", "sensitive_info", "last bit was nice but its all online already. what is the board deciding next month"),
    ("elicitation", "sensitive_info", "any idea which supplier gets the {proj} job before it goes out? roughly is fine"),
    ("elicitation", "sensitive_info", "can u snap the slide w the test dates, the one from ur meeting {day} 🙏"),
    ("elicitation", "sensitive_info", "whos on the shortlist for the {proj} work, first names will do"),
])
F.add("en23-s-04-friend-abroad", S, "fake_acquaintance", "sms", False, [
    ("meeting", "client_meeting", "my friend in {abroad} would really like to meet u. flights and hotel sorted on our side, u just come"),
    ("meeting", "client_meeting", "come to {abroad} for 3 days, my uncle's people want to hear how ur lab runs. everything arranged"),
    ("meeting", "client_meeting", "no need to book anything, ticket is in ur name already. he only wants an hour w u in {abroad}"),
    ("meeting", "client_meeting secrecy", "dont stress about leave, just call it a holiday. {abroad} is lovely this time of yr"),
])
F.add("en23-s-05-keep-it-quiet", S, "handler_followup", "sms", False, [
    ("secrecy", "secrecy", "no need to mention me to ur manager ok, this stays w us {name}"),
    ("secrecy", "secrecy", "pls clear this chat after u read. and the last one from {day} 🙏"),
    ("secrecy", "secrecy", "if anyone at work asks we met at {name}'s wedding yeah"),
    ("secrecy", "secrecy", "use ur own phone for this not the office one. and leave my name off ur travel form, just put family visit"),
])
F.add("en23-s-06-odd-payment", S, "handler_followup", "sms", False, [
    ("payment", "unusual_payment", "sent {fee} in usdt, check ur wallet and tell me when u have it"),
    ("payment", "unusual_payment paid_task", "cant do bank for this. i'll give ur mum cash in {home} for the last report"),
    ("payment", "unusual_payment secrecy", "i'll put it in ur brother's account so nothing odd shows on ur pay, no one asks"),
    ("payment", "unusual_payment", "gift cards ok this time? 5 of them, {fee} total. same as before"),
    ("payment", "unusual_payment", "cash in an envelope at {place} {day}, same as last time"),
])
F.add("en23-s-07-family-back-home", S, "coercion", "chat_export", False, [
    ("coercion", "coercion", "[21:04] unknown: ur father was visited again today. police say it stops when u return home"),
    ("coercion", "coercion", "the officer asked about u again. just report to the consulate and it all ends, ur mum can sleep"),
    ("coercion", "coercion", "[07:12] unknown: ur mum's pension is under review now. return and report to the consulate, u know the rest"),
    ("coercion", "coercion", "come back for the holiday and sort it face to face. they promise no trouble, police said so"),
    ("coercion", "coercion sensitive_info",
     "send the names of who comes to the saturday meeting in {city}. then the police leave ur sister alone"),
])
F.add("en23-s-08-family-quietly", S, "coercion", "sms", False, [
    ("coercion", "coercion", "ur brother's shop is shut since tues. u know why"),
    ("coercion", "coercion", "aunty says the men came back. she's scared. just ring the number they left"),
    ("coercion", "coercion", "they asked which church u go to in {city} now and who u sit with"),
    ("coercion", "coercion", "better u come home this summer {name}. for everyone's sake, think of ur parents"),
])
F.add("en23-s-09-job-deposit", S, "job_scam", "sms", False, [
    ("job_scam", "job_scam unusual_payment", "congrats u got the warehouse role! pls pay {amt} for uniform before start"),
    ("job_scam", "job_scam", "to secure ur slot send R500 registration fee, refundable after 1st salary"),
    ("job_scam", "job_scam unusual_payment",
     "interview passed ✅ kindly transfer the visa processing fee to the agent account today"),
    ("job_scam", "job_scam unusual_payment", "training kit is {fee}, pay by gift card only, HR reimburse u later"),
])
F.add("en23-s-10-task-scam", S, "task_scam", "sms", False, [
    ("job_scam", "job_scam", "part time job for u dear, like videos and earn {amt} per day, paid same day, interested?"),
    ("job_scam", "job_scam unusual_payment", "ur task 3 shows negative balance, top up 50 usdt to unlock commission"),
    ("job_scam", "job_scam unusual_payment off_platform",
     "complete 30 orders then withdraw, first recharge needed. my mentor on telegram will guide"),
    ("job_scam", "job_scam unusual_payment", "my mentor pays daily 😊 just need a small deposit to start, {amt} only"),
])
F.add("en23-s-11-warm-stranger", S, "fake_acquaintance", "sms", False, [
    ("contact", "credential_targeting", "we met at the {event} thing? ya? u were the one doing the radar work right"),
    ("contact", "credential_targeting", "ur friend said u moved over to the defence side, congrats! which team now"),
    ("contact", "credential_targeting", "saw u got through vetting 🎉 must be interesting stuff u handle at {co}"),
    ("contact", "credential_targeting", "u still on the chip packaging line? someone i know wants a chat, lunch on me"),
    ("contact", "credential_targeting", "heard u started at the ministry 👏 what do u actually do there day to day {name}"),
])
F.add("en23-s-12-somewhere-else", S, "fake_recruiter", "sms", False, [
    ("pivot", "off_platform", "this site reads everything, text me on {num} instead"),
    ("pivot", "off_platform", "can we talk somewhere that isnt tied to ur work account"),
    ("pivot", "off_platform secrecy", "delete this thread after, i'll msg u from my other phone {day}"),
    ("pivot", "off_platform", "whats ur number, not the office one. i'll find u on the app with the green icon 😉"),
])
F.add("en23-s-13-not-theirs-to-ask", S, "handler_followup", "sms", False, [
    ("elicitation", "sensitive_info", "how many people cleared for the new site? roughly"),
    ("elicitation", "sensitive_info", "which floor do they keep the test rigs on at {co}"),
    ("elicitation", "sensitive_info", "did the minister's visit change the {proj} timeline? yes or no is enough"),
    ("elicitation", "sensitive_info credential_targeting", "what range did they get in the last trial, ballpark. and who signs off the export side"),
])
F.add("en23-s-14-paid-report-overt", S, "fake_consultant", "sms", False, [
    ("paid_task", "paid_task vague_client", "my client wants a short report on where ur sector is going next yr. {fee}, 2 pages"),
    ("paid_task", "paid_task vague_client", "consultancy needs ur view on the {proj} upgrade. paid per page, no names on it"),
    ("elicitation", "paid_task vague_client sensitive_info",
     "white paper 3k words, my client covers {fee} plus bonus for internal detail"),
    ("elicitation", "paid_task sensitive_info", "easy money: tell my client what ur firm is bidding on this quarter"),
])
F.add("en23-s-15-meet-abroad-overt", S, "handler_followup", "sms", False, [
    ("meeting", "client_meeting vague_client paid_task", "client wants to meet u in {abroad}, flights and hotel paid, {fee} for ur time"),
    ("meeting", "client_meeting secrecy", "ticket booked to {abroad}, my boss meets u at the airport. dont tell ur company"),
    ("meeting", "client_meeting paid_task", "come for a conference in {abroad}, all paid, just one private dinner w our partners"),
    ("meeting", "client_meeting vague_client paid_task", "video call w my client tonight? camera off is fine. he pays {fee}"),
])
F.add("en23-s-16-worth-your-while", S, "handler_followup", "sms", False, [
    ("paid_task", "paid_task", "can u look over something for a friend of mine, he'll make it worth ur while"),
    ("paid_task", "paid_task sensitive_info", "just a couple of paragraphs on how ur dept decides budgets. i'll sort u out after"),
    ("paid_task", "paid_task sensitive_info", "write down what u remember from the briefing {day}, i'll look after u 😉"),
    ("paid_task", "paid_task", "my friend will get u a new phone if u help him w a few questions about {co}"),
])
F.add("en23-s-17-spelled-out", S, "obfuscated_pivot", "sms", False, [
    ("pivot", "off_platform", "add me on w e c h a t pls, id {handle}"),
    ("pivot", "off_platform", "my t.e.l.e.g.r.a.m is same name as here, {handle}"),
    ("pivot", "off_platform", "whats app me on {num}, job details there"),
    ("pivot", "off_platform", "vx: {handle} faster there, dont use ur work email"),
    ("pivot", "off_platform", "email me at {handle}@example.net not ur work one, easier for the paperwork"),
])
F.add("en23-s-18-job-small-ask", S, "job_scam", "sms", False, [
    ("job_scam", "job_scam", "congrats ur hired! before u start pls buy the starter kit from our supplier, link below"),
    ("job_scam", "job_scam", "ur visa gets sorted once the processing bit is cleared on ur side, {day} latest"),
    ("job_scam", "job_scam", "only 3 spots left, confirm today by topping up ur account on the portal"),
    ("job_scam", "job_scam", "the job's urs {name}, the agent just needs something small for the paperwork 🙏"),
])
SUBTLE = {
    "en23-s-03-what-is-not-out-yet", "en23-s-04-friend-abroad", "en23-s-05-keep-it-quiet",
    "en23-s-08-family-quietly", "en23-s-11-warm-stranger", "en23-s-12-somewhere-else",
    "en23-s-13-not-theirs-to-ask", "en23-s-16-worth-your-while", "en23-s-18-job-small-ask",
}

# ---------------------------------------------------------------- benign look-alikes (label 0)
N = "none"
F.add("en23-b-01-recruiter-names-it", B, "genuine_recruiter", "sms", True, [
    (N, "", "{name}, {rname} from {co} talent team here. senior rf engineer role, {band}, JD on our careers page, can u send ur CV there?"),
    (N, "", "recruiter from {co} asked to move to whatsapp just to book the call time 🙄 job link is on their own site tho so legit"),
    (N, "", "its {rname} ({co} recruitment) - whatsapp ok for scheduling only? everything else stays on ur application"),
    (N, "", "{co} hr rang, 2nd interview {day}, range is {band} they said 🤞"),
    (N, "", "{co} recruiter wants my cv on personal email coz work blocks attachments lol. she's on the company site"),
])
F.add("en23-b-02-expert-network", B, "expert_network", "sms", True, [
    (N, "", "anyone done {xn} calls? 1hr on power chips for an investor, {fee}, made me tick a box saying no confidential info"),
    (N, "", "{xn}: 60 min call, client is a fund looking at telecom towers. we can't accept non-public or confidential info. attestation to follow"),
    (N, "", "did the expert call, {xn} paid {fee} into my bank. had to confirm my employer allows it first"),
    (N, "", "{xn} compliance turned me down coz i still work at the company the client asked about 😂 fair"),
    (N, "", "call w {xn} done, they said stick to public stuff only. easy {fee} tbh"),
])
F.add("en23-b-03-paid-public-review", B, "think_tank_commission", "sms", True, [
    (N, "", "a uni in {city} asked me to review a policy paper, {fee} honorarium and my name on it 😎"),
    (N, "", "the institute wants a 20 min public talk in {city}, travel reimbursed, recorded and online after"),
    (N, "", "got asked to write the energy security brief for the think tank. published under my name, they pay per piece"),
    (N, "", "do i need to declare the paid review to hr? its all public stuff, signed and everything"),
    (N, "", "signed the commission form for the policy paper, they want bank details thru their finance portal"),
])
F.add("en23-b-04-conference-abroad", B, "conference_invite", "sms", True, [
    (N, "", "conference in {city} covering my flights and hotel!! speaking on the wednesday {name}"),
    (N, "", "organisers booked my hotel already, i just claim taxis after"),
    (N, "", "they want a passport copy for the visa letter, uploaded it on the conference site"),
    (N, "", "speaker dinner on thurs, all paid by the organisers. want anything from duty free?"),
    (N, "", "visa letter came from the {city} conference, they cover 3 nights hotel"),
])
F.add("en23-b-05-journalist", B, "journalist_interview", "sms", True, [
    (N, "", "journo from the {paper} wants a comment on the record about the defence programme. its announced so ok w comms?"),
    (N, "", "that reporter rang again, wants 10 mins on the record re the grid plan. sent her to the press office"),
    (N, "", "{name}? {rname} at the {paper}. can i quote u on the public consultation? on the record, by name"),
    (N, "", "interview went out today! they quoted me right for once, {paper} page 6"),
    (N, "", "the {paper} wants a profile on our team, on the record, comms sitting in"),
])
F.add("en23-b-06-work-channel", B, "coworker_channel", "chat", True, [
    (N, "", "can u send me the draft of the board slides before thurs"),
    (N, "", "internal only pls, dont fwd the reorg memo outside the team"),
    (N, "", "is the confidential folder on sharepoint or teams? cant find the site survey {name}"),
    (N, "", "moving this to teams, wifi here is dead"),
    (N, "", "pls dont share the draft numbers yet, finance hasnt signed off"),
])
F.add("en23-b-07-boss-wants-a-figure", B, "work_chat", "sms", True, [
    (N, "", "{name} can u get me the headcount number by tonight, for the budget sheet"),
    (N, "", "need the cost per unit before 9 {day}, rough is fine"),
    (N, "", "where did we land on the overtime figure? client call at 8"),
    (N, "", "kindly share the Q3 forecast by EOD, the MD wants it for the client deck"),
    (N, "", "figure by 6 pls {name}, boss on my case"),
])
F.add("en23-b-08-tender", B, "procurement_notice", "chat", True, [
    (N, "", "tender docs are up on the govt portal, closes fri 5pm"),
    (N, "", "bid team: blackout from today, no chats w the buyer outside the portal pls"),
    (N, "", "clarification questions go thru the portal, dont email the council directly {name}"),
    (N, "", "we lost the {proj} tender 😭 debrief next week"),
])
F.add("en23-b-09-security-notice", B, "security_awareness", "sms", True, [
    (N, "", "lol security training today: never move to wechat with a recruiter you do not know"),
    (N, "", "security email says if anyone offers u money for a report about work, tell the security team. bit dramatic"),
    (N, "", "reminder from vetting: fake headhunters move u to whatsapp then offer paid trips abroad. report it"),
    (N, "", "quiz q: a consultant pays in crypto for internal info, what do u do? answer: report it 😂"),
    (N, "", "our security officer did the think before you link talk, half the room on linkedin during it"),
])
F.add("en23-b-10-going-home", B, "family_chat", "chat_export", True, [
    (N, "", "[19:02] Ma: when r u coming home, i asked 3 times now [19:03] Ma: {name} says dec"),
    (N, "", "booking flights to {home} for dec, dad's paying half"),
    (N, "", "aunty wants u to bring the good chocolate when u come home"),
    (N, "", "[08:15] Dad: wechat video w grandma sunday 8pm ur time ok"),
    (N, "", "dont tell mum im coming, surprise for her birthday 🎂"),
])
F.add("en23-b-11-family-money", B, "family_chat", "sms", True, [
    (N, "", "sent {amt} to gran's account for her meds"),
    (N, "", "can u pay the school fees for {name}, i'll transfer back fri"),
    (N, "", "uncle needs help w the hospital bill in {home}, can we split it"),
    (N, "", "dont tell dad i sent money to {name} again 🙈"),
    (N, "", "sent mama {amt} on mpesa, tell her to check"),
])
F.add("en23-b-12-parents-health", B, "family_chat", "sms", True, [
    (N, "", "dad's scan came back fine 🙏"),
    (N, "", "mum in hospital again in {home}, nothing serious but call her"),
    (N, "", "can u ring the clinic in {home}? they only talk to family"),
    (N, "", "gran keeps asking when u will visit, even a video call {day} would help"),
    (N, "", "gran's op went well, she's asking for u already 🙏"),
])
F.add("en23-b-13-cousin-wedding", B, "family_chat", "chat", True, [
    (N, "", "cousin's wedding in {home} in april, whatsapp group for the flights"),
    (N, "", "aunty says she'll pay ur ticket if u mc the reception"),
    (N, "", "aso ebi money goes to {name} abeg, latest fri"),
    (N, "", "keep it between us but the groom's family paying for the hall 👀"),
    (N, "", "outfit money sent to {name} 💃 fabric coming from home"),
])
F.add("en23-b-14-expecting", B, "family_chat", "sms", True, [
    (N, "", "keep it between us till it's official but we're expecting 🥹"),
    (N, "", "dont tell anyone yet, 12 week scan is {day}"),
    (N, "", "delete that photo lol mum will see the bump"),
    (N, "", "pls dont say anything at work, only my manager knows"),
    (N, "", "scan all good 🥹 still keeping quiet till {day}"),
])
F.add("en23-b-15-promotion", B, "ordinary_chat", "sms", True, [
    (N, "", "keep it between us till it's official but i got the promotion!!"),
    (N, "", "cant say anything til the announcement {day} 🤐"),
    (N, "", "they're moving me to the new site, internal announcement next week"),
    (N, "", "hr said keep the offer terms confidential so shh {name}"),
    (N, "", "official now!! team lead from {day} 🎉"),
])
F.add("en23-b-16-clearance-advert", B, "cleared_job_ad", "sms", True, [
    (N, "", "saw an ad for systems eng at {co}, needs active SC clearance, {band}"),
    (N, "", "job posting says DV required, u still have urs?"),
    (N, "", "sending u the link, its on their careers page. clearance needed but they sponsor it"),
    (N, "", "that defence role wants NV1 plus 5 yrs. u'd smash it mate"),
    (N, "", "cleared jobs fair {day}, {co} has a stand, bring ur cv"),
])
F.add("en23-b-17-onboarding", B, "hr_onboarding", "sms", True, [
    (N, "", "hr need my passport and id uploaded on the onboarding portal by fri"),
    (N, "", "new job wants bank details for payroll, via the portal not email thank god"),
    (N, "", "signed the nda, start {day} 😬"),
    (N, "", "onboarding said never send ID docs over whatsapp, portal only"),
    (N, "", "first day {day}, hr said bring passport for the right to work check"),
])
F.add("en23-b-18-invoice-named-client", B, "consulting_engagement", "sms", True, [
    (N, "", "invoice to {co} sent, 30 day terms 🙄"),
    (N, "", "client finally paid! {fee} for the audit job at {co}"),
    (N, "", "need ur bank details to pay u for ur bit of the {co} subcontract"),
    (N, "", "{co} wants the report by fri, the one we scoped in the SOW"),
])
F.add("en23-b-19-friends-interview", B, "ordinary_chat", "sms", True, [
    (N, "", "good luck w the interview today!! 💪"),
    (N, "", "how did the {co} interview go"),
    (N, "", "they want a 2nd round in {city}, flights paid! take it"),
    (N, "", "recruiter said {band}, do i push for more?"),
    (N, "", "got the {co} job!!! {band} 😭"),
])
F.add("en23-b-20-alumni", B, "alumni_group", "chat", True, [
    (N, "", "alumni dinner next sat, {amt} each, pay {name}"),
    (N, "", "anyone hiring? my friend wants rf jobs, cv in the group"),
    (N, "", "class of 09: reunion in {home} in june, whatsapp poll for dates"),
    (N, "", "{name} from our year is at {co} now, says they're hiring grads"),
])
F.add("en23-b-21-community", B, "community_association", "chat", True, [
    (N, "", "saturday language class moved to 11, pass it on"),
    (N, "", "community centre meeting about the visa clinic tues 7pm"),
    (N, "", "collecting for {name}'s family back home, bank details pinned"),
    (N, "", "consulate's passport day is {day} in {city}, bring 2 photos"),
    (N, "", "independence day do at the hall {day}, bring a plate, {name} doing jollof"),
])
F.add("en23-b-22-expenses", B, "travel_reimbursement", "sms", True, [
    (N, "", "did finance pay back the {city} trip yet? still waiting"),
    (N, "", "expense claim rejected coz receipt in the wrong currency 🙃"),
    (N, "", "per diem for the trip is cash, pick up from reception {day}"),
    (N, "", "book ur flights thru the travel portal or they wont reimburse"),
])
F.add("en23-b-23-bank-payroll", B, "payroll_notice", "sms", True, [
    (N, "", "payslip's out, they finally fixed my overtime"),
    (N, "", "bank text says they'll never ask for ur pin. so who was that call 😂"),
    (N, "", "salary in ✅ {name} drinks on me"),
    (N, "", "payroll messed up my tax code again, {amt} short"),
    (N, "", "bonus in 🎉 {name} u were right"),
])
F.add("en23-b-24-colleagues-other-app", B, "coworker_channel", "chat", True, [
    (N, "", "add me on whatsapp, slack is doing my head in"),
    (N, "", "made a whatsapp group for the night shift swaps, {name} admin"),
    (N, "", "signal for the 5 a side group, work phone stays work"),
    (N, "", "supplier in {abroad} uses corporate wechat not email, IT set it up for us"),
    (N, "", "teams is down, use the whatsapp group for now {name}"),
])
F.add("en23-b-25-relative-abroad", B, "family_chat", "sms", True, [
    (N, "", "uncle in {city} sent photos, the kids are huge"),
    (N, "", "my cousin's visiting from {home}, can she crash at urs fri?"),
    (N, "", "aunty's flight lands 6am {day}, who's picking up"),
    (N, "", "mum wants u to call uncle in {city}, he's been asking about ur job"),
])
F.add("en23-b-26-owed-money", B, "ordinary_chat", "sms", True, [
    (N, "", "u owe me {amt} for the taxi"),
    (N, "", "sent it back, check ur acct"),
    (N, "", "can u send {amt} for the gas, i'll sort u payday"),
    (N, "", "transferred, reference says pizza lol"),
    (N, "", "u still owe me for the concert {name} 👀"),
])
F.add("en23-b-37-moving-for-work", B, "ordinary_chat", "sms", True, [
    (N, "", "{co} offered me the {city} post, they pay the move and 3 months rent 😳"),
    (N, "", "relocation lady from {co} wants a copy of my passport for the work permit, sent thru their hr portal"),
    (N, "", "the {city} job is real, contract signed. dont tell gran yet, i'll tell her sunday"),
    (N, "", "flying out {day}, company booked it. can u mind the plants"),
])
F.add("en23-b-27-new-number", B, "ordinary_chat", "sms", True, [
    (N, "", "new number, lost my phone at {place}. its {name}"),
    (N, "", "save this one, old sim is dead"),
    (N, "", "its {name}, got a work phone finally, use this one for shifts"),
    (N, "", "phone in the toilet 🙃 this is my sister's, call her if urgent"),
    (N, "", "{name} here, new no."),
])

# ---------------------------------------------------------------- plain benign (label 0)
F.add("en23-b-28-lifts", B, "ordinary_chat", "sms", False, [
    (N, "", "can u pick me up from {place} at {time}"),
    (N, "", "running late, 10 min"),
    (N, "", "outside {place}, where r u"),
    (N, "", "aye i'll gie ye a lift, wee bit after {time}"),
    (N, "", "mi soon come, traffic bad"),
])
F.add("en23-b-29-dinner", B, "ordinary_chat", "sms", False, [
    (N, "", "dinner {day}? {place} at {time}"),
    (N, "", "i'll bring dessert, u do the braai"),
    (N, "", "table for 6 at {time}, {name} is coming too"),
    (N, "", "makan where tonight, can or not"),
])
F.add("en23-b-30-phone-credit", B, "ordinary_chat", "sms", False, [
    (N, "", "can u top up my credit, {amt}, i'm dry"),
    (N, "", "out of data, call me"),
    (N, "", "send me bundles pls, {amt} is enough"),
    (N, "", "airtime finished, flash me"),
])
F.add("en23-b-31-exams", B, "ordinary_chat", "sms", False, [
    (N, "", "results out {day}, cant sleep"),
    (N, "", "did u get ur marks? {name} got a first"),
    (N, "", "resit in aug ugh"),
    (N, "", "got in!!! offer came thru {day}"),
    (N, "", "{name} passed!! 🎉🎉"),
])
F.add("en23-b-32-rota", B, "ordinary_chat", "sms", False, [
    (N, "", "can u swap my sat shift, i'll do ur {day}"),
    (N, "", "rota's up, im on nights again"),
    (N, "", "manager says earlies next week, {time} start"),
    (N, "", "covering for {name} {day}, owe me one"),
])
F.add("en23-b-33-class-notes", B, "ordinary_chat", "sms", False, [
    (N, "", "can u send me ur notes from tues lecture"),
    (N, "", "pls share the tut answers, i missed it"),
    (N, "", "lecturer preponed the test to {day} 😩"),
    (N, "", "group project meeting {time} library, {name} bringing laptop"),
])
F.add("en23-b-34-landlord", B, "ordinary_chat", "sms", False, [
    (N, "", "rent's in, boiler still broken"),
    (N, "", "landlord coming round at {time} to check the damp"),
    (N, "", "he wants the deposit form signed by {day}"),
    (N, "", "plumber can do {day} arvo if thats ok"),
])
F.add("en23-b-35-parcel", B, "notification_chat", "sms", False, [
    (N, "", "parcel at ur door"),
    (N, "", "courier left it w the neighbour at no. 12"),
    (N, "", "can u grab my parcel from the post office, they close at {time}"),
    (N, "", "ur online order came, its massive"),
])
F.add("en23-b-36-call-me", B, "ordinary_chat", "sms", False, [
    (N, "", "call me when u can"),
    (N, "", "ring me after {time}, in a meeting"),
    (N, "", "missed ur call, on the bus, {time}?"),
    (N, "", "howzit, phone me just now {name}"),
    (N, "", "call me {name}"),
])


def summary(rows: list[dict[str, object]]) -> None:
    """Print the counts and length spread that the docstring states."""
    words = [len(str(r["text"]).split()) for r in rows]
    susp = [r for r in rows if r["label"] == 1]
    benign = [r for r in rows if r["label"] == 0]
    fams = Counter(str(r["family"]) for r in rows)
    print(f"{len(rows)} messages in {len(fams)} families "
          f"({len({r['family'] for r in susp})} suspicious, {len({r['family'] for r in benign})} benign); "
          f"{len(susp)} suspicious ({100 * len(susp) / len(rows):.0f}%), {len(benign)} benign, "
          f"{sum(1 for r in benign if r['lookalike'])} look-alikes "
          f"({len({r['family'] for r in benign if r['lookalike']})} families); "
          f"subtle {sum(1 for r in susp if r['subtlety'] == 'subtle')} in {len(SUBTLE)} families")
    print(f"words: 2-15 {sum(1 for w in words if w <= 15)}, 16-35 {sum(1 for w in words if 15 < w <= 35)}, "
          f"over 35 {sum(1 for w in words if w > 35)}, min {min(words)}, max {max(words)}, "
          f"median {statistics.median(words):g}; per family {min(fams.values())}-{max(fams.values())}")


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for row in rows:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    bad = []
    for row in rows:
        # a chat-export line keeps its timestamp first: the shared opener is dropped there
        row["text"] = re.sub(r"^[^\[\n]{1,12}(?=\[\d\d:\d\d\] )", "", str(row["text"]))
        text = str(row["text"]).lower()
        if (row["subtlety"] == "subtle") == bool(TELLTALE.search(text)) and row["label"] == 1:
            bad.append(f"{row['id']} {row['subtlety']}: {text}")
    assert not bad, "\n".join(bad)
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    write(rows, Path(__file__).resolve().parent / "en_author23.jsonl")
    summary(rows)


if __name__ == "__main__":
    main()
