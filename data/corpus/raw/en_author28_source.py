"""English training messages, author 28: messages that talk about the threat, and the threat dressed as them.

Who and how
-----------
Written by a helper session (an AI assistant) as a new hand, by hand, from the threat description in
``../shared/DESIGN.md`` and from what public warnings describe (CSIS, MI5/NPSA "Think Before You Link",
FBI). Blind to the rule packs, the training corpus, ``data/dev/`` and the evaluation sets: the only file
under ``data/corpus/`` that was opened is ``raw/template_families.py`` (the shared builder). Every name,
firm, address and number is invented (``example`` domains, 555-01xx and +44 7700 900xxx numbers).

Run: ``.venv/bin/python data/corpus/raw/en_author28_source.py`` (writes ``en_author28.jsonl`` next to
this file; byte-identical on every run).

What the families cover
-----------------------
Benign (``en28-b-*``), mostly hard look-alikes that *talk about* the threat: colleagues joking about a
spammy headhunter, a security desk acknowledging a report, a mentor warning a mentee, a manager
forwarding an InMail with "is this legit?", an employee's full report to the security office quoting
the approach word for word, insider-risk bulletins and quizzes, consular notices about scams and
overseas "police service stations", a lawyer, a union rep and HR advising someone who was approached,
a research-security briefing for PhD students, a news digest of court cases, podcast show notes. Beside
them the ordinary look-alikes: recruiters who name the firm, role and band (one moving to WhatsApp only
to schedule), an expert network that refuses confidential information, journalists on the record,
conference and think-tank invitations with travel covered, clearance job ads, HR onboarding through
the official portal, a bid team on a public tender, travel claims, family chats about going home and
sending money, a consultant invoicing a named client. Three plain families (team chat, office notices,
a project status e-mail).

Suspicious (``en28-s-*``): approaches that borrow the language of the warnings to look safe ("I know
they warn you about recruiters like me, so full transparency"), that impersonate the security office,
vetting or a lawyer to collect clearance and programme details, that come back after the target
reported them, plus the rest of the funnel in the same registers: off-platform pivots, paid papers for
an unnamed party, drift to what is not yet public, hosted trips abroad, secrecy, thanks paid through
relatives, diaspora coercion, deposit and task scams. Subtle families carry none of the stock words
(app and mail names, "@", client, fee/pay, cash, crypto, money, deposit, currency signs, confidential,
secret, classified, internal, report, police, return, "your employer"); ``build`` checks it.

Counts (printed by ``.venv/bin/python data/corpus/raw/en_author28_source.py``)
-----------------------------------------------------------------------------
427 messages in 50 families of 8-9 (three templates each in the short and medium groups, three
draws per template; two templates each in the long group, four draws per template; identical
results kept once):

- families: 20 suspicious (11 subtle: no stock word in any of their 94 messages), 30 benign
  (27 look-alike, 3 plain)
- messages: 172 suspicious (40.3%), 255 benign; stages (suspicious): elicitation 63, contact 22,
  job_scam 18, paid_task 18, meeting 17, pivot 9, payment 9, secrecy 8, coercion 8
- length in whitespace-separated words (short 3-20 / medium 21-120 / long over 120):
  suspicious 61 / 63 / 48 (12-198 words, median 53); benign 86 / 90 / 79 (10-165, median 46)
- registers: chat 147, InMail 54, short e-mail 98, long e-mail 128 (with subject lines and
  signatures; quoted replies, forwarded headers or chat exports with ``[hh:mm] Name:`` lines in
  several)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 2826112201
PER_TEMPLATE = {"short": 3, "medium": 3, "long": 4}

# Stock words that a subtle message must not contain (checked after build).
TELLTALE = re.compile(
    r"whatsapp|wechat|telegram|signal|gmail|proton|qq\.com|163\.com|zoom|skype|\bteams\b|@|\bclients?\b"
    r"|\bfees?\b|\bpa(?:y|id|ying|yment|yments)\b|\bcash\b|crypto|bitcoin|usdt|money|honorari|stipend"
    r"|gift card|deposit|cheque|[$€£¥]|\busd\b|confidential|secret|classified|between us|\binternal"
    r"|non-public|report|police|\breturn|don'?t tell|your employer|\bwx\b|\bvx\b",
    re.IGNORECASE,
)

POOLS: dict[str, list[str]] = {
    "fn": ["Priya", "Marek", "Aisha", "Tom", "Wen", "Lucia", "Hamid", "Jenna", "Oskar", "Mei"],
    "fn2": ["Dana", "Rafael", "Helen", "Kwame", "Sofia", "Liam", "Yuki", "Imogen", "Victor", "Nadia"],
    "sn": ["Harlow", "Okonjo", "Feldmann", "Castell", "Rivaz", "Lindqvist", "Achebe", "Moreau"],
    "co": ["Arden Defence Systems", "Corvid Avionics", "Halcyon Microdevices", "Northmere Energy",
           "Tessaly Networks", "Brackwater Aerospace", "Quillon Photonics"],
    "hire": ["Vantor Dynamics", "Elmridge Robotics", "Saltmarsh Grid", "Pennick Semiconductor",
             "Orrin Space Systems", "Lowfield Cyber"],
    "role": ["Senior RF Engineer", "Lead Systems Engineer", "Power Electronics Engineer",
             "ML Evaluation Scientist", "Cyber Security Architect", "Test Range Manager"],
    "band": ["$145k–$170k", "£82,000–£95,000", "CAD 128,000–148,000", "$160k–$185k", "£70,000–£80,000"],
    "sector": ["satellite communications", "power semiconductors", "hypersonics testing",
               "grid-scale storage", "5G core networks", "AI model evaluation", "avionics software",
               "undersea cables"],
    "city": ["Singapore", "Lisbon", "Seoul", "Dubai", "Istanbul", "Macau", "Kuala Lumpur", "Vienna",
             "Bangkok"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "date": ["14 March", "2 April", "19 May", "6 June", "23 September", "11 October", "4 November"],
    "amt": ["$1,500", "$2,000", "$2,500", "£900", "$800", "€1,200", "$3,000"],
    "phone": ["+1 613 555 0142", "+1 202 555 0178", "+44 7700 900312", "+44 7700 900847",
              "+1 416 555 0116", "555-0193"],
    "mail": ["k.lam.consult@example.com", "talent.direct@example.net", "j.wu.partners@example.org",
             "m.rowe1983@example.com", "harbourline.hr@example.net"],
    "tg": ["@lumen_talent", "@ridgeway_hr", "@p_chen_partners", "@northstar_search"],
    "prog": ["the Arctic radar renewal", "the new frigate programme", "the 6G spectrum auction",
             "the grid-storage tender", "the sovereign AI compute plan", "the fighter engine upgrade",
             "the launch-site expansion"],
    "town": ["Chengdu", "Harbin", "Kunming", "Xiamen", "Urumqi", "Lanzhou", "Hefei"],
    "xn": ["Brightwater Insights", "Calderon Expert Panels", "Meridian Voices", "Tallgrass Advisory Network",
           "Ostrava Expert Calls"],
    "tt": ["the Greystone Policy Institute", "the Northbridge Centre for Technology Policy",
           "the Atlantic Futures Forum", "the Lakeview Security Initiative"],
    "uni": ["Kingsmere University", "the University of Eastbrook", "Lakeshore Institute of Technology",
            "Carrow College"],
    "conf": ["the Pacific Space Systems Summit", "EuroGrid Forum", "the Baltic Cyber Week",
             "the Asia Power Electronics Congress", "the Open RAN World Forum"],
    "paper": ["Harbour Herald", "Capital Ledger", "Midland Tribune", "Policy Wire"],
    "t1": ["07:42", "08:05", "08:31", "08:58"],
    "t2": ["10:14", "10:47", "11:02", "11:36"],
    "t3": ["13:20", "13:55", "14:08", "14:41"],
}

# Greetings and sign-offs, shared by both classes within a length group.
OPENERS = {
    "short": [""],
    "medium": ["", "", "Hi Priya,\n\n", "Hello Mark,\n\n", "Dear Dr Osei,\n\n", "Good morning,\n\n",
               "Hi there,\n\n", "Dear Ms Castell,\n\n"],
    "long": [""],
}
CLOSERS = {
    "short": ["", "", "", " thanks", " 👍", " ty"],
    "medium": ["", "", "\n\nBest regards,\nM. Okafor", "\n\nThanks,\nJ. Novak",
               "\n\nKind regards,\nRuth Salgado\nProgramme Office", "\n\nBest,\nTheo",
               "\n\nAll the best,\nAnnika Lehto, Associate Director"],
    "long": ["", "", "\n\nSent from my phone", "\n\nPlease consider the environment before printing this e-mail."],
}

# Families by length group: "short" chat lines (3-20 words), "medium" InMails and short e-mails
# (30-120 words), "long" e-mails with signatures, quoted replies or forwarded headers (120-300 words).
GROUPS: dict[str, Families] = {"short": Families(), "medium": Families(), "long": Families()}
SUBTLE: set[str] = set()

S = GROUPS["short"]
M = GROUPS["medium"]
L = GROUPS["long"]

# ---------------------------------------------------------------- suspicious, short chat lines
S.add("en28-s-01-transparent-pivot", 1, "fake_recruiter", "chat", False, [
    ("pivot", "off_platform", "They warn you about recruiters like me, so full transparency: "
     "can we continue on WhatsApp? {phone}"),
    ("pivot", "off_platform", "Not one of those dodgy headhunters from the posters, promise 😊 "
     "Easier on Telegram, I'm {tg}"),
    ("pivot", "off_platform", "Totally legit, google me. LinkedIn keeps flagging my messages, "
     "so just write to {mail}"),
])
S.add("en28-s-02-not-public-yet", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info", "My people hoped for more on what hasn't been made public "
     "about {prog}."),
    ("elicitation", "sensitive_info", "Thanks for the slides. Anything on how {co} plans to bid "
     "next round, before it's announced?"),
    ("elicitation", "sensitive_info", "the public stuff we already have. what's the thinking "
     "behind the {sector} roadmap that nobody's seen?"),
])
SUBTLE.add("en28-s-02-not-public-yet")
S.add("en28-s-03-after-you-told", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy", "Heard you mentioned our chat to your security people. No hard "
     "feelings. Maybe keep the next one to ourselves?"),
    ("secrecy", "secrecy", "{fn}, no need to loop anyone else in this time. It only makes "
     "things complicated for both of us."),
    ("secrecy", "secrecy", "I get that you had to tell them. Let's start over, quietly, "
     "on my other number. {fn2}"),
])
SUBTLE.add("en28-s-03-after-you-told")
S.add("en28-s-04-host-you-abroad", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting", "My colleagues in {city} would love to host you next month. "
     "Flights, hotel, everything arranged on our side."),
    ("meeting", "client_meeting", "Could you stop over in {city} on the way back? Two people "
     "want to meet you in person."),
    ("meeting", "client_meeting", "any chance you could come to {city} for two days? we'd take "
     "care of everything. just dinner with {fn2}"),
])
SUBTLE.add("en28-s-04-host-you-abroad")
S.add("en28-s-05-task-scam", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam unusual_payment", "Part-time job! Rate 30 products a day, earn "
     "{amt} a week. Top up 50 USDT to unlock level 2."),
    ("job_scam", "job_scam unusual_payment", "Hi, HR from {hire} 👋 Training kit is $89, "
     "refunded after week one. Gift cards accepted."),
    ("job_scam", "job_scam unusual_payment", "Congrats {fn}, you passed screening! Pay the $120 "
     "onboarding deposit today to hold the role."),
])
S.add("en28-s-06-fake-security-desk", 1, "fake_security_office", "chat", False, [
    ("elicitation", "credential_targeting sensitive_info", "Hi {fn}, security office here. "
     "Following up your disclosure: what level are you cleared to, and which programmes?"),
    ("elicitation", "credential_targeting sensitive_info", "This is {fn2} from vetting. To close "
     "your case, list the projects you're read into and your manager's name."),
    ("elicitation", "credential_targeting sensitive_info", "Security desk: reply with your badge "
     "number and the building you sit in so we can update your file."),
])
SUBTLE.add("en28-s-06-fake-security-desk")
S.add("en28-s-07-short-paid-note", 1, "fake_consultant", "chat", False, [
    ("paid_task", "paid_task vague_client", "My client pays {amt} for a short note on {sector} "
     "trends. Two pages. Interested?"),
    ("paid_task", "paid_task vague_client", "quick one: white paper for a client, {amt}, "
     "stays anonymous, due {day}?"),
    ("paid_task", "paid_task vague_client", "Client loved your last report 👍 same fee for one "
     "on {prog}? nothing sensitive lol"),
])

# ---------------------------------------------------------------- benign, short chat lines
S.add("en28-b-01-headhunter-joke", 0, "coworker_channel", "chat", True, [
    ("none", "", "lol another 'exciting opportunity' from a 'client in {sector}' who wants "
     "WhatsApp. straight to security"),
    ("none", "", "{fn} got the same InMail word for word. 'Paid white paper, unnamed client'. "
     "Reported it obviously"),
    ("none", "", "that headhunter again 🙄 offered me {amt} for a 'report'. sent it to insider "
     "risk, {fn2} said thanks"),
])
S.add("en28-b-02-board-slides", 0, "coworker_channel", "chat", True, [
    ("none", "", "can you send me the draft of the board slides before {day}? internal only, "
     "usual folder is fine"),
    ("none", "", "{fn}, Q3 numbers for {prog} stay confidential till the all-hands, "
     "don't post them in general"),
    ("none", "", "moving this to Teams, Slack keeps eating my attachments. client deck v4 is "
     "there for {day}"),
])
S.add("en28-b-03-family-chat", 0, "family_chat", "chat", True, [
    ("none", "", "Mum's scan came back fine 🙏 I'll send money for the follow-up through the bank "
     "on {day}"),
    ("none", "", "{fn}, are you coming home for the cousin's wedding in {town}? Grandma keeps "
     "asking on WeChat"),
    ("none", "", "Dad says flights to {town} are cheaper in May. I'll pay his ticket, you do "
     "the hotel?"),
])
S.add("en28-b-04-mentor-warning", 0, "mentor_advice", "chat", True, [
    ("none", "", "If anyone offers to pay you for a 'report' for an unnamed client, send it to "
     "me first. {fn2}"),
    ("none", "", "Rule of thumb, {fn}: real recruiters name the company. Ones who want WeChat "
     "on day one, ignore."),
    ("none", "", "Congrats on the clearance! Maybe take the badge photo off your profile though "
     "😉 see you {day}"),
])
S.add("en28-b-05-recruiter-scheduling", 0, "genuine_recruiter", "chat", True, [
    ("none", "", "Hi {fn}, {fn2} from {hire}. Is WhatsApp easier for fixing the interview slot "
     "on {day}?"),
    ("none", "", "Confirming your call with the {hire} hiring manager, 2pm {day}. Reply here or "
     "by email."),
    ("none", "", "{fn2} ({hire} recruiting): the {role} offer pack went to your email, shout "
     "if it's missing"),
])
S.add("en28-b-06-travel-claim", 0, "travel_reimbursement", "chat", True, [
    ("none", "", "finance confirmed: {city} hotel and flights get reimbursed, receipts into "
     "Concur by {day}"),
    ("none", "", "Per diem for {city} is paid with your next salary, not cash. Keep boarding "
     "passes, {fn}."),
    ("none", "", "is the registration fee for {conf} on the company card or do we claim "
     "it?"),
])
S.add("en28-b-07-community-warning", 0, "community_association", "chat", True, [
    ("none", "", "Reminder from the association: if someone calls saying they're police from "
     "home, hang up and tell {fn}."),
    ("none", "", "Consulate notice about fake 'service stations' is pinned. Nobody has to report "
     "on anyone. Questions to {fn2}."),
    ("none", "", "Aunty {fn}, the man asking for our member list on {day} is not from us. Don't give him "
     "anything."),
])
S.add("en28-b-08-security-ack", 0, "security_awareness", "chat", True, [
    ("none", "", "Thanks {fn}, received. Don't reply to them or move to WhatsApp. We'll follow "
     "up {day}."),
    ("none", "", "Insider risk here: your report is logged. Keep the messages, don't delete the "
     "account. {fn2}"),
    ("none", "", "Got your forward {fn}. Yes, textbook fake recruiter. Block him, we'll handle "
     "the rest."),
])
S.add("en28-b-09-team-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "build is red again, {fn} can you look at it after standup?"),
    ("none", "", "lunch at the Thai place {day}? I'll book for six"),
    ("none", "", "who took the whiteboard markers from room 4 😤 {fn2} was it you"),
])
S.add("en28-b-10-tender-chat", 0, "procurement_notice", "chat", True, [
    ("none", "", "Clarification deadline on our bid for {prog} is {day}. Questions "
     "through the portal only."),
    ("none", "", "bid team: our pricing is commercial-in-confidence, keep it off email till we "
     "submit {day}"),
    ("none", "", "Buyer's site visit is in {city} on {day}. Travel is on us, book via the "
     "travel desk."),
])

# ---------------------------------------------------------------- suspicious, InMails and short e-mails
M.add("en28-s-08-warned-transparent", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting vague_client paid_task off_platform",
     "I'm sure you've seen the 'Think Before You Link' posters, so let me be upfront: I'm a "
     "consultant, my client is a research firm in {city}, and they pay {amt} per short paper on "
     "{sector}. Nothing classified, ever. I know the warnings say to be careful when someone "
     "asks to move off LinkedIn, but the platform limits my messages. My WhatsApp is {phone}. "
     "Your call entirely."),
    ("contact", "credential_targeting vague_client paid_task off_platform",
     "I know your company trains you to be suspicious of messages like this one, and that's "
     "healthy. I'm not a spy, just a headhunter whose client values people with clearance and "
     "{sector} experience. It's consultancy work, {amt} a month, fully remote. I'd rather "
     "explain the details on Telegram ({tg}) than here."),
    ("contact", "credential_targeting vague_client paid_task off_platform",
     "Full disclosure before you read on: yes, I'm a recruiter you don't know, and yes, my "
     "client prefers to stay unnamed for now. I understand if that rings alarm bells. The work "
     "is paid analysis of public trends in {sector}, {amt} per piece, and we would keep it on "
     "personal e-mail ({mail}) so it stays separate from your day job."),
])
M.add("en28-s-09-forum-flattery", 1, "fake_think_tank", "inmail", False, [
    ("contact", "credential_targeting sensitive_info",
     "Your work on {sector} at {co} is exactly the grounded perspective our forum is missing. "
     "We are a small group of practitioners who meet informally to compare notes. Given where "
     "you sit, it would be wonderful to hear how the upcoming decisions look from the inside, "
     "well before they reach the press. Would you be open to a first conversation next week?"),
    ("contact", "credential_targeting sensitive_info",
     "I came across your profile while looking for people who have actually worked on {prog}. "
     "Most of what is written about it comes from the outside. We would value your view on the "
     "parts that haven't been announced, informally and off the record. Could we find half an "
     "hour on {day}?"),
    ("contact", "credential_targeting",
     "A former colleague of yours suggested I reach out. We are gathering a small circle of "
     "people who hold clearances in {sector} to talk through where things are heading. Nothing "
     "written, nothing formal, just a conversation among people who understand the stakes. "
     "Would {day} suit you?"),
])
SUBTLE.add("en28-s-09-forum-flattery")
M.add("en28-s-10-white-paper-offer", 1, "fake_consultant", "short_email", False, [
    ("paid_task", "paid_task vague_client unusual_payment",
     "Following our call: my client would like a 10-page white paper on how {co} evaluates "
     "suppliers for {sector}. The fee is {amt}, paid in USDT or to any account you name, "
     "including a relative's. They prefer not to be named at this stage, which is standard in "
     "our industry."),
    ("paid_task", "paid_task vague_client sensitive_info unusual_payment",
     "Thanks again for the first report. The client was impressed. For the next one they would "
     "like more depth on {prog}: timelines, who is deciding, which options are on the table. "
     "Same fee, {amt}, by PayPal to your personal address this time so your bank doesn't ask "
     "questions."),
    ("paid_task", "paid_task vague_client secrecy unusual_payment",
     "As discussed, here is the brief. Topic: procurement outlook for {sector}. Length: 3,000 "
     "words. Fee: {amt}, half upfront in bitcoin. Please don't put your name or your "
     "employer's on the document, and there's no need to mention the arrangement at work."),
])
M.add("en28-s-11-counsel-intake", 1, "fake_lawyer", "short_email", False, [
    ("elicitation", "credential_targeting sensitive_info",
     "I act for several people in {sector} who were approached in the same way you were. To "
     "assess whether you are exposed, I need a short note setting out the programmes you have "
     "worked on since 2019, your level of access and the names of the people who briefed you. "
     "Please send it to me directly rather than through your office."),
    ("elicitation", "credential_targeting sensitive_info",
     "I'm counsel retained in connection with your recent disclosure. Before we meet I'll need "
     "you to describe, as precisely as you can, what you work on at {co} and which parts of "
     "{prog} you have seen that were never announced. This protects you: what you tell me is "
     "privileged."),
    ("elicitation", "credential_targeting sensitive_info",
     "Following your call with HR, I've been asked to take a statement. Could you write down "
     "which projects you are read into, which sites you visit and who outside {co} knows what "
     "you do? Leave it at the front desk in an envelope marked for {fn2} {sn}."),
])
SUBTLE.add("en28-s-11-counsel-intake")
M.add("en28-s-12-offer-deposit", 1, "job_scam", "short_email", False, [
    ("job_scam", "job_scam unusual_payment off_platform secrecy",
     "Congratulations! After reviewing your CV, {hire} would like to offer you the {role} "
     "position, remote, {band}. Before onboarding we need a refundable equipment deposit of "
     "$350 in gift cards. Please reply from your personal e-mail, not your work account, and "
     "keep this offer confidential until you start."),
    ("job_scam", "job_scam unusual_payment off_platform",
     "Dear candidate, your interview on Telegram was successful. Our finance team will post a "
     "cheque for your home-office equipment; deposit it and forward $1,900 to our vendor by "
     "Zelle the same day. This is standard for all remote hires at {hire}."),
    ("job_scam", "job_scam unusual_payment credential_targeting off_platform",
     "This is the onboarding desk at {hire}. To complete your background check please pay the "
     "screening fee ({amt}) in crypto and send a photo of your passport and clearance card to "
     "{mail}. Your start date is {date}."),
])
M.add("en28-s-13-starting-over", 1, "handler_followup", "inmail", False, [
    ("elicitation", "sensitive_info secrecy",
     "I gather my last note caused a bit of a stir at your end, and I understand. Let's start "
     "again, more slowly. I'm not after anything that would get you into trouble. I would "
     "simply like to hear, in your own words, how the review of {prog} is going. Nothing "
     "written down, and no need to mention it to anyone."),
    ("elicitation", "sensitive_info secrecy",
     "I'm sorry my earlier message worried your colleagues; that was never the idea. Perhaps it "
     "would be simpler if we just talked as two people who care about {sector}, over lunch, "
     "without making it an official thing. You could tell me what the people around you are "
     "really saying about {prog}."),
    ("elicitation", "sensitive_info",
     "I saw that you passed my note along. No offence taken; you did what you were told to do. "
     "But I think you'll find I'm more useful to you than they are. When you're ready, I'm "
     "still curious about who at {co} is shaping the next round and which way they lean."),
])
SUBTLE.add("en28-s-13-starting-over")
M.add("en28-s-14-thanks-via-family", 1, "handler_followup", "short_email", False, [
    ("payment", "unusual_payment",
     "For the piece you wrote, we would rather send our thanks to your sister in {town}. It is "
     "simpler for everyone, and she can pass it on when you visit. Just give me her full name "
     "and her bank details and I'll arrange the rest."),
    ("payment", "unusual_payment secrecy",
     "About the thank-you for last month: would an envelope at your cousin's shop in {town} "
     "work? We can also arrange it through your mother, whichever draws the least attention. "
     "Let me know by {day}."),
    ("payment", "unusual_payment",
     "Your contribution is appreciated and we have put something aside for you. It can go to "
     "any relative in {town}, or we can hand it over when you come to {city}. Nothing needs to "
     "go through your own bank."),
])
SUBTLE.add("en28-s-14-thanks-via-family")

# ---------------------------------------------------------------- benign, InMails and short e-mails
M.add("en28-b-11-genuine-recruiter", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "I'm {fn2}, in-house recruiter at {hire}. We are hiring a {role} for our {sector} team, "
     "salary band {band} plus bonus. The role needs an active Secret clearance, which your "
     "profile says you hold. Could you send your CV through our careers site "
     "(careers.example.com), or book a 20-minute call with me there?"),
    ("none", "",
     "Thanks for replying. I've sent the {role} job description to the email on your CV. The "
     "band is {band}; hybrid, three days in the office. If WhatsApp is easier for scheduling "
     "the panel interview, my number is {phone}, but everything formal (offer, references, "
     "clearance transfer) goes through the {hire} HR portal."),
    ("none", "",
     "I recruit for {hire} and think you would be a strong fit for our {role} opening. Pay is "
     "{band}, with relocation support. There's no need to share anything about your current "
     "projects; we only discuss what is on your CV. Happy to set up a call with the hiring "
     "manager next {day}."),
])
M.add("en28-b-12-expert-network", 0, "expert_network", "inmail", True, [
    ("none", "",
     "I'm a research associate at {xn}, an expert network. A client of ours, an investment firm "
     "looking at the {sector} industry, would like a one-hour phone consultation with someone "
     "who knows the supply chain. The fee is {amt} for the hour. We do not accept confidential "
     "or non-public information, and before the call you will sign a short compliance "
     "attestation."),
    ("none", "",
     "Following up from {xn}: the end client is a consulting firm working on {sector}. "
     "Compensation is {amt} per hour, paid through our payroll provider. Current government "
     "employees are not eligible, and we will ask you to confirm that you won't discuss your "
     "present employer's internal matters."),
    ("none", "",
     "Before we schedule your paid call ({amt}, 60 minutes), please accept our terms in the "
     "{xn} portal: you will not disclose confidential information, trade secrets or anything "
     "under an NDA, and you may end the call at any point. The client is a private-equity fund "
     "researching {sector}; their name is shared once you agree."),
])
M.add("en28-b-13-journalist", 0, "journalist_interview", "short_email", True, [
    ("none", "",
     "I'm a reporter at the {paper}, writing about {prog}, which the ministry announced on "
     "{date}. Would you comment on the record about the public timeline and what it means for "
     "the {sector} workforce? I'm not looking for anything internal, and I'll read quotes back "
     "to you for accuracy. My deadline is {day}."),
    ("none", "",
     "I host the {paper} weekly podcast on technology policy. We're doing an episode on {prog} and would "
     "like an on-the-record interview, 30 minutes, recorded over Zoom. Questions in advance, no "
     "surprises, and please clear it with your communications team first."),
    ("none", "",
     "I cover defence and industry for the {paper}, and your press office suggested I contact you about {prog}. Could we talk on the record for "
     "ten minutes this week? I would name you with your title and only ask about what was in "
     "the public announcement on {date}."),
])
M.add("en28-b-14-conference-speaker", 0, "conference_invite", "short_email", True, [
    ("none", "",
     "On behalf of the programme committee of {conf}, held in {city} on {date}, I'm pleased to "
     "invite you to give a 25-minute talk on your published work in {sector}. We cover economy "
     "flights and three nights at the conference hotel, and slides are posted publicly. Please "
     "check your employer's travel policy before accepting."),
    ("none", "",
     "Your abstract for {conf} ({city}) has been accepted. As an invited speaker you receive "
     "free registration and reimbursement of flights and hotel up to {amt} against receipts. "
     "Please submit the speaker form on the conference website by {day}."),
    ("none", "",
     "We would be delighted if you could join the panel on {sector} at {conf} in {city}. Travel "
     "and hotel are covered and there is a modest honorarium of {amt}. The session is open to "
     "the press and will be recorded and published."),
])
M.add("en28-b-15-hr-onboarding", 0, "hr_onboarding", "short_email", True, [
    ("none", "",
     "Welcome to {hire}! Before your start date on {date}, please upload a photo of your "
     "passport and proof of address through the Workday onboarding portal. We will never ask "
     "for ID documents by email, WhatsApp or text message. Questions: call HR on {phone}."),
    ("none", "",
     "HR onboarding here. Your security clearance transfer is in progress; please complete the "
     "personal history form in the official portal only. If anyone contacts you claiming to be "
     "from our team and asks for documents another way, forward it to us on {day}."),
    ("none", "",
     "Reminder: payroll needs your direct deposit details by {day}. Enter them in the employee "
     "self-service portal, not in reply to this message. Your first pay date at {hire} is "
     "{date}."),
])
M.add("en28-b-16-is-this-legit", 0, "colleague_reporting_approach", "short_email", True, [
    ("none", "",
     "Got this on LinkedIn this morning. Is this legit?\n\n> Hello, I represent a client in "
     "{city} who pays {amt} for short reports on {sector}. We can talk on WhatsApp.\n\nI "
     "haven't replied. Forwarding to security as well."),
    ("none", "",
     "Quick sanity check before I reply: a 'headhunter' wants my personal email and says the "
     "client prefers to stay confidential. Legit, or one of the ones from the briefing on "
     "{day}? Screenshot attached."),
    ("none", "",
     "Is this legit? Someone called {fn2} from {xn} wants a paid call about {sector} and says "
     "they 'don't want confidential information'. They named the firm and sent written terms. "
     "Seems fine, but I wanted a second opinion."),
])
M.add("en28-b-17-consular-notice", 0, "security_awareness", "short_email", True, [
    ("none", "",
     "Consular notice: citizens abroad have received calls from people claiming to be police or "
     "embassy staff, demanding money or a return home to 'settle a case'. Real officials never "
     "ask for payment by phone. Hang up and call the consulate on the number on our website."),
    ("none", "",
     "Embassy advisory: we are aware of so-called overseas 'police service stations' contacting "
     "community members. If anyone pressures you, or threatens your family at home, contact "
     "local police. You are not obliged to report on other community members to anyone."),
    ("none", "",
     "Scam alert from the consulate: fraudsters are using WeChat to pose as visa officers and "
     "ask for fees in gift cards. The consulate never charges fees over WeChat or accepts gift "
     "cards. Report such messages to local police and to us."),
])
M.add("en28-b-18-cleared-job-ad", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "{hire} is hiring: {role}, {sector}. Location: on-site. Salary {band}. Requirement: "
     "active TS/SCI with polygraph. Apply on our careers site; we never ask for clearance "
     "details outside the official application."),
    ("none", "",
     "Job posting: {role} ({sector}). Must hold or be eligible for enhanced security vetting. "
     "Salary {band}, pension, 10% bonus. Interviews in person at our Bristol site. {hire} is "
     "an equal opportunity employer."),
    ("none", "",
     "Now hiring cleared engineers! {hire} needs a {role} with current DV clearance. {band}, "
     "relocation paid. Send your CV through the application form; our recruiters only call "
     "from a {hire} number."),
])
M.add("en28-b-19-advice-after-approach", 0, "legal_advice", "short_email", True, [
    ("none", "",
     "Thanks for sending the messages. Speaking as your employment lawyer, my advice: don't reply, don't delete anything, and tell "
     "your company's security office today. You have done nothing wrong by being contacted. We "
     "can go through your options on {day}."),
    ("none", "",
     "As your union rep: reporting an approach is protected and nobody will hold it against "
     "you. Keep screenshots of the WhatsApp messages and of the offer of payment, and we'll "
     "bring them to the meeting with security together on {day}."),
    ("none", "",
     "HR here. Thank you for flagging the recruiter who asked about {prog}; you did the right "
     "thing. Security may ask you a few questions and you can bring a colleague. Nothing "
     "changes about your role."),
])
M.add("en28-b-20-office-notice", 0, "work_email", "short_email", False, [
    ("none", "",
     "The {day} office move is confirmed. Please pack your desks by 4pm and label boxes with "
     "your name and floor. IT will reconnect monitors over the weekend, and parking passes for "
     "the new building are at reception from Monday."),
    ("none", "",
     "Reminder: the fire drill is on {day} at 10:30. Use the east staircase and gather by the "
     "car park. Floor wardens, please collect your vests from facilities beforehand. Thanks for "
     "your patience."),
    ("none", "",
     "The printer on level 3 is fixed. Toner is in the cupboard next to the kitchen if it runs "
     "out again. Let {fn} know if the scanner still sends to the wrong folder."),
])

# ---------------------------------------------------------------- suspicious, long e-mails
L.add("en28-s-15-fake-insider-risk", 1, "fake_security_office", "long_email", False, [
    ("elicitation", "credential_targeting sensitive_info off_platform secrecy",
     "Subject: ACTION REQUIRED: clearance re-verification after recent recruiter approaches\n\n"
     "Dear colleague,\n\nAs you will have seen in the awareness bulletins, several staff working "
     "on {sector} have been approached by fake recruiters offering payment for reports. To "
     "protect you, the Insider Risk Office is re-verifying everyone who holds a clearance.\n\n"
     "Please complete the confidential verification form at secure-verify.example.net within "
     "48 hours. You will need:\n- your clearance level and number\n- the programmes you are "
     "currently read into, including {prog}\n- your date of birth and passport number\n- the "
     "personal e-mail address and mobile number you use outside work\n\nDo not discuss this "
     "verification with colleagues or line managers. The process is confidential so that "
     "nobody under review is tipped off. Staff who do not complete the form may have their "
     "access suspended.\n\nThank you for helping keep {co} safe.\n\n{fn2} {sn}\nInsider Risk "
     "Office\n{co}"),
    ("elicitation", "credential_targeting sensitive_info off_platform unusual_payment",
     "Subject: Your report to security: protecting yourself\n\nDear {fn},\n\nI'm a solicitor "
     "who specialises in national-security employment matters. Colleagues of yours have told "
     "me that you recently reported an approach from a recruiter. I want to be clear that you "
     "did the right thing. Unfortunately, people who report are sometimes treated as suspects "
     "afterwards, and your employer's security team does not act for you.\n\nI would like to "
     "prepare an independent record on your behalf. For that I need, in writing, the names of "
     "the programmes you work on, your clearance level, who you report to, and what the "
     "recruiter asked about {prog}. Please send it from a personal account to {mail} rather "
     "than your work address, which is monitored.\n\nMy usual retainer is waived in cases like "
     "yours; a small administrative fee of {amt} can be paid by gift card.\n\nYours sincerely,\n"
     "{fn2} {sn}\nSolicitor"),
])
L.add("en28-s-16-transparent-long", 1, "fake_think_tank", "long_email", False, [
    ("contact", "credential_targeting sensitive_info",
     "Subject: An unusual introduction\n\nDear {fn},\n\nYou have probably sat through the same "
     "briefings I have, the ones that tell you to be wary of strangers who praise your work and "
     "suggest a quiet conversation. So let me say at the start that I understand any hesitation "
     "and I won't be offended if you ignore this.\n\nI lead a small study group on {sector}. We "
     "are retired officials, engineers and a few academics. We meet twice a year, we publish "
     "nothing under anyone's name, and we try to understand where the field is really going "
     "rather than where the press releases say it is going.\n\nPeople like you, who see the "
     "work at {co} from the inside, are the ones we learn most from. I'm not asking for "
     "anything that isn't yours to share. Over time, though, it would help us greatly to hear "
     "how the next round of decisions on {prog} is being framed, before the announcement "
     "rather than after.\n\nIf you are willing, a walk and a conversation in {city} or nearer "
     "home would be a good start.\n\nWith respect,\n{fn2} {sn}"),
    ("elicitation", "sensitive_info credential_targeting",
     "Subject: Re: your questions\n\n{fn},\n\nYou asked, quite rightly, who I am and why I'm "
     "interested. The warnings you have read are real, and I would ask the same questions in "
     "your place. I'm an analyst, I've spent twenty years around {sector}, and I simply "
     "enjoy talking to people who know more than I do.\n\nI'm not going to ask you for "
     "documents, and I'm not going to ask you to do anything you would be uncomfortable "
     "explaining. What I value is judgement: which of the options on {prog} people around you "
     "think will win, who is pushing for what, how the timetable is actually slipping. That "
     "sort of thing never appears in print until it's too late to be useful.\n\nTake your time. "
     "If it helps, we can keep our conversations light and informal, the kind nobody needs to "
     "write down. I'll be in {city} later in the month and could meet you wherever suits.\n\n"
     "Warmly,\n{fn2}"),
])
SUBTLE.add("en28-s-16-transparent-long")
L.add("en28-s-17-meet-abroad", 1, "fake_consultant", "long_email", False, [
    ("meeting", "client_meeting secrecy vague_client paid_task",
     "Subject: Trip to {city}: details\n\nHi {fn},\n\nGreat news: my client has agreed to meet "
     "you in person. They were very pleased with your two papers on {sector} and would like to "
     "discuss a longer engagement.\n\nThe plan:\n- Flights (business class) and five nights at "
     "a good hotel in {city}, all paid by the client\n- A per diem of {amt} in cash on arrival\n"
     "- One day of meetings, the rest of the time is yours\n\nA couple of practical points. "
     "It's better to book this as a holiday and not as a work trip, and there's no need to "
     "mention the meeting to your employer; they tend to complicate things. Please leave your "
     "work phone at home. If you bring anything on {prog}, keep it on paper.\n\nI'll send the "
     "tickets to your personal email once you confirm dates. {date} works well for them.\n\n"
     "Best,\n{fn2} {sn}\nSenior Consultant"),
    ("meeting", "client_meeting vague_client off_platform secrecy",
     "Subject: Re: Re: invitation\n\nDear {fn},\n\nThank you for your honest reply. I understand "
     "your security office advises staff to report invitations like this, and of course you "
     "should follow your rules. I only want to reassure you that this is a normal business "
     "visit. My client hosts many foreign experts every year.\n\nThey will cover the flights, "
     "the hotel and an honorarium of {amt} for a half-day seminar. The seminar is closed, "
     "with no recording and no published programme, so you can speak freely about your "
     "experience on {prog}.\n\nFor logistics, it is easier if we continue on WeChat; my ID is "
     "in the attachment. Once we confirm, I'll ask the travel agent to send everything to "
     "your private address.\n\n> I need to check with my security office before I can "
     "accept any travel.\n\nKind regards,\n{fn2} {sn}"),
])
L.add("en28-s-18-vetted-forward", 1, "fake_expert_network", "long_email", False, [
    ("elicitation", "sensitive_info credential_targeting",
     "Subject: Fwd: approval for our conversation\n\n{fn},\n\nSo that you feel comfortable, "
     "here is the note from our governance team confirming that our exchanges have been "
     "reviewed and are in order.\n\n---------- Forwarded message ----------\nFrom: Governance "
     "Desk\nDate: {date}\nTo: {fn2} {sn}\nSubject: conversation with {co} engineer\n\nWe have "
     "no objection to the proposed discussion. As usual, the participant should not share "
     "documents.\n----------\n\nWith that settled, the question my colleagues care most about is "
     "practical: when the test results on {prog} come in next quarter, what will the team do "
     "if they fall short? Who makes that call, and what are the fallback options being "
     "discussed among the engineers? Anything you have heard in the corridors would be "
     "valuable, and you can tell me in person when we meet in {city}.\n\nBest wishes,\n{fn2}"),
    ("elicitation", "sensitive_info",
     "Subject: Fwd: Re: ethics sign-off\n\nHello {fn},\n\nForwarding the sign-off below so "
     "nobody has any worries on your side.\n\n-------- Original message --------\nFrom: "
     "Ethics Committee\nSent: {day}, {date}\nSubject: Re: ethics sign-off\n\nThe interview "
     "protocol is approved. Participants may withdraw at any time.\n--------\n\nNow, to the "
     "substance. The published material on {sector} at {co} we have read closely; it is "
     "competent but it is all a year old. What would make your contribution stand out is the "
     "current picture: the design changes the team is weighing right now, the problems they "
     "haven't solved, and the dates they are actually working to, not the ones in the "
     "newsletter. A rough sketch is fine; we can go through it together.\n\nAll the best,\n"
     "{fn2} {sn}"),
])
SUBTLE.add("en28-s-18-vetted-forward")
L.add("en28-s-19-family-pressure", 1, "coercion", "long_email", False, [
    ("coercion", "coercion",
     "Subject: About your family in {town}\n\n{fn},\n\nYou may have read the warnings your "
     "embassy sends about so-called service stations. Let me be straightforward with you, since "
     "you prefer that. I am not a criminal and this is not a scam. I work with the public "
     "security bureau in {town} and your father's file has landed on my desk.\n\nYour parents "
     "are well. They would like you to return home to sort out the matter of your residence "
     "registration, and they are worried, because the local police have visited twice and your "
     "mother's pension is now under review. None of this needs to escalate.\n\nThere is a "
     "simple way to show good faith: send us the names of the people who organise the "
     "weekend association meetings, and where they work. Then we can close the file.\n\nDo not "
     "involve the local authorities where you are. It would only make things harder for your "
     "parents.\n\n{fn2}"),
    ("coercion", "coercion off_platform",
     "[{t1}] Mum: {fn} please call, the two men came again this morning\n[{t1}] Mum: they "
     "say you must come home before {date} or your brother loses his job\n[{t2}] Unknown: "
     "Hello {fn}. I am the officer handling your case. Your mother is fine. Please add me "
     "on WeChat so we can speak privately, this number is not convenient.\n[{t2}] Unknown: "
     "We know about the warnings from your consulate. They exaggerate. We only want to talk.\n"
     "[{t3}] Unknown: If you prefer not to come back yet, you can help in another way. Tell us "
     "who attends the Saturday meetings at the community centre and which of them speak to "
     "journalists.\n[{t3}] Unknown: Your family's situation depends on your cooperation. No "
     "need to tell the local police, it will not help your mother.\n[{t3}] Mum: please just "
     "do what they say"),
])
L.add("en28-s-20-public-only-reply", 1, "handler_followup", "long_email", False, [
    ("elicitation", "sensitive_info",
     "Subject: Re: our chat on {day}\n\nThat's completely fair, {fn}, and thank you for being "
     "clear about it. Public material only, understood. I'd never want you in an awkward "
     "position.\n\nSo let me ask within those limits. You mentioned the committee met last "
     "week. Without quoting anyone, was the leaning towards the cheaper option or the one "
     "with the longer timeline? And is {co} still expected to lead, or has that been "
     "reopened? If a yes or no is easier than an explanation, that's fine too.\n\nI'll be in "
     "{city} on {date} if you'd rather talk over lunch than write.\n\nBest,\n{fn2}\n\n> On "
     "{day}, {fn} wrote:\n> Happy to keep talking, but I can only discuss what's been "
     "published about {prog}. I hope you understand.\n> {fn}"),
    ("elicitation", "sensitive_info credential_targeting",
     "Subject: Re: follow-up\n\nHi {fn},\n\nOf course. I read your note twice and I respect "
     "the line you've drawn. Everything I ask from now on will be about published facts.\n\n"
     "Here's one: the public plan for {prog} says the first phase closes in spring. From "
     "your seat, does that date still hold? If it has moved, just roughly how far. And which "
     "suppliers are in the running for phase two; the list was never printed, but I imagine "
     "it's common knowledge on your floor.\n\nI'm also putting together a small list of people "
     "who hold clearances in {sector} and might enjoy the odd conversation. Would any of your "
     "colleagues be open to it? Names are enough.\n\nThanks as ever,\n{fn2} {sn}\n\n> On "
     "{date}, {fn} wrote:\n> Before we continue, I should say that I won't talk about anything "
     "that isn't public. I've had the briefings."),
])
SUBTLE.add("en28-s-20-public-only-reply")

# ---------------------------------------------------------------- benign, long e-mails
L.add("en28-b-21-employee-report", 0, "colleague_reporting_approach", "long_email", True, [
    ("none", "",
     "Subject: Reporting a recruiter approach\n\nHi security team,\n\nAs per the briefing, I'm "
     "reporting an approach. I have not replied and I haven't clicked anything. The messages "
     "are copied in full below.\n\nMessage 1 (LinkedIn, {date}):\n\"Hello {fn}, your "
     "background in {sector} is impressive. My client, a consultancy in {city}, pays {amt} for "
     "short reports on industry trends. Nothing confidential. Could we continue on WhatsApp? "
     "{phone}\"\n\nMessage 2 (two days later):\n\"Just following up. The client would also be "
     "happy to invite you to {city}, all expenses paid. No need to mention it at work, it's a "
     "private arrangement.\"\n\nThe profile has about 40 connections, most in defence firms. "
     "Screenshots are attached. Let me know if you need anything else, and whether I should "
     "block the account or leave it.\n\nThanks,\n{fn}\n{role}, {co}"),
    ("none", "",
     "Subject: Suspicious contact: for the insider risk log\n\nHello {fn2},\n\nFollowing our "
     "call on {day}, here is the written account you asked for.\n\nA woman introducing "
     "herself as a researcher at a think tank approached me at {conf}. She later emailed from "
     "{mail} and asked me to write a paid white paper for 'a client who prefers not to be "
     "named'. Her words: \"it would be helpful to include what's being discussed internally "
     "about {prog}, nothing classified of course.\" She then suggested we switch to Telegram "
     "because 'email is slow'.\n\nI told her I would not continue and forwarded everything "
     "to you. I did not share any information beyond my public conference slides. I have kept "
     "the business card she gave me and can drop it off at your office.\n\nKind regards,\n{fn}"
     "\n{co}"),
])
L.add("en28-b-22-insider-risk-bulletin", 0, "security_awareness", "long_email", True, [
    ("none", "",
     "Subject: Insider Risk Bulletin: fake recruiters, spot the signs\n\nDear colleagues,\n\n"
     "This quarter three staff reported approaches that followed the same script. Thank you to "
     "everyone who reported. Here are the warning signs, quoted from real messages:\n\n1. "
     "Flattery and a vague 'client': \"My client is very interested in your expertise.\"\n2. "
     "A quick move off the platform: \"Let's continue on WeChat / WhatsApp / Telegram\" or a "
     "personal gmail address.\n3. Paid reports: \"{amt} for a short white paper.\"\n4. Drift "
     "to what is not public: \"just what is discussed internally, nothing classified.\"\n5. "
     "Travel: \"the client would like to meet you in {city}, all expenses paid.\"\n6. Secrecy: "
     "\"no need to tell your employer.\"\n\nNever move to WeChat with a recruiter you do not "
     "know. If you see two or more of these, stop replying and contact Insider Risk on "
     "extension 4410.\n\n{fn2} {sn}\nInsider Risk Programme, {co}"),
    ("none", "",
     "Subject: Friday quiz: would you reply?\n\nHi all,\n\nThis week's five-minute quiz. Which "
     "of these messages should go to the security office?\n\nA) \"Hi, I'm {fn2} from {hire}. "
     "We're hiring a {role}, band {band}. Can I send the job description to your email?\"\nB) "
     "\"I represent a client who pays {amt} per report on {sector}. Can we talk on Signal?\"\n"
     "C) \"Our think tank would like to fly you to {city} to meet some friends. Please keep "
     "this between us.\"\nD) \"{xn} here: a one-hour paid call, we never accept confidential "
     "information, terms attached.\"\n\nAnswers: B and C should be reported (unnamed client, "
     "off-platform move, secrecy, paid travel). A and D are ordinary: they name the firm, the "
     "role or the terms. Remember, an honest approach can still feel odd, so ask us if in "
     "doubt.\n\nSee you next week,\nSecurity Awareness Team"),
])
L.add("en28-b-23-court-digest", 0, "news_digest", "long_email", True, [
    ("none", "",
     "Subject: Weekly security digest, {date}\n\nTop story: a former contractor was sentenced "
     "this week after admitting he wrote paid 'political risk reports' for a consultancy that "
     "turned out to be a front. According to the court filings, the first contact was a "
     "LinkedIn message from a recruiter offering {amt} per report. Within weeks the "
     "conversation had moved to WhatsApp, and the requests drifted from public trends to "
     "'what colleagues are saying internally'. He was later invited to {city} with flights and "
     "hotel paid, where he met the 'client'.\n\nThe judge noted that he had been told to keep "
     "the work from his employer, and that he was paid in cash and through a relative's "
     "account.\n\nAlso this week: the government published new guidance on research security "
     "for universities, and {tt} released a report on talent programmes in {sector}.\n\nThe "
     "digest is compiled from public sources. Forward it freely.\n\n{fn2} {sn}, editor"),
    ("none", "",
     "Subject: Case notes for our reading group\n\nHi everyone,\n\nFor {day}'s session, "
     "please read the summaries of two public cases.\n\nCase 1: a retired intelligence officer "
     "was contacted by a 'headhunter' on a professional networking site, travelled twice to "
     "meet a 'think tank' contact abroad, was paid in cash and given a special phone for "
     "secret messages. He was convicted in 2019.\n\nCase 2: a graduate student set up a fake "
     "consultancy and posted job adverts, then paid respondents with security clearances for "
     "reports that he passed to his handlers. He pleaded guilty in 2020.\n\nQuestions to "
     "think about: at which step could a colleague, a manager or HR have noticed? Which "
     "warning signs were visible in the first message, and which only later?\n\nSnacks are on "
     "me this time.\n\n{fn2}\nReading group, {uni}"),
])
L.add("en28-b-24-phd-briefing", 0, "research_security_briefing", "long_email", True, [
    ("none", "",
     "Subject: Research security briefing for new PhD students, {date}\n\nDear students,\n\n"
     "Welcome to {uni}. As part of induction, the Research Security Office runs a one-hour "
     "briefing on {day} at 2pm in the Senate Room.\n\nWe will cover:\n- export controls on "
     "{sector} research and what they mean for sharing code and data\n- how to recognise an "
     "approach: offers of paid 'consultancy reports' for unnamed clients, invitations to "
     "fully funded visits abroad, requests to continue on WeChat or WhatsApp with someone you "
     "have only just met, and the phrase 'no need to tell your supervisor'\n- how to accept "
     "genuine invitations and paid talks safely: declare them, get the host's name in "
     "writing, and ask us if unsure\n\nNobody will get into trouble for asking or for reporting "
     "something that turns out to be harmless.\n\nBest wishes,\nDr {fn2} {sn}\nResearch "
     "Security Office, {uni}"),
    ("none", "",
     "Subject: Re: invitation from a lab abroad\n\nHi {fn},\n\nThanks for checking with us "
     "first, that's exactly right. I've looked at the invitation you forwarded. It names the "
     "host lab and the professor, the funding is through a public exchange programme, and "
     "the talk will be published on their website. That's all normal, and you can accept.\n\n"
     "Two suggestions: travel with a clean laptop from our loan pool, and don't take "
     "unpublished results from the {sector} project. If anyone there asks about your group's "
     "unpublished work or offers you private payment for a 'report', politely decline and let "
     "us know when you're back.\n\nPlease also submit the travel declaration form so the "
     "department can reimburse your flights to {city}.\n\n> Is it okay to accept this? They "
     "cover flights and hotel.\n\nBest,\n{fn2}\nResearch Security Office"),
])
L.add("en28-b-25-think-tank-review", 0, "think_tank_commission", "long_email", True, [
    ("none", "",
     "Subject: Paid peer review: draft report on {sector}\n\nDear {fn},\n\nI'm the research "
     "director at {tt}. We're about to publish a report on {sector} supply chains and would "
     "value an external review from someone with your background. The draft is entirely based "
     "on public sources and will be published in full, with reviewers named in the "
     "acknowledgements unless you prefer otherwise.\n\nThe task is about six hours of reading "
     "and written comments. We offer an honorarium of {amt}, paid by bank transfer against an "
     "invoice, and we will cover travel to the launch event in {city} on {date} if you'd like "
     "to attend.\n\nPlease check with your employer about outside work first; we are happy to "
     "write to them directly. We do not want any information that isn't public.\n\nKind "
     "regards,\n{fn2} {sn}\nResearch Director, {tt}\nwww.example.org"),
    ("none", "",
     "Subject: Re: speaking invitation and terms\n\nDear {fn},\n\nThank you for your quick "
     "reply and your questions, which are very reasonable.\n\nTo answer them: the "
     "roundtable is on the record and will be streamed; the other speakers are listed on our "
     "website; the fee of {amt} is paid to you or, if your rules require, to a charity you "
     "choose; and we reimburse economy travel and one night's hotel against receipts.\n\nWe "
     "would only ask you to speak from your published work on {prog}. We will not ask about "
     "anything internal to your organisation.\n\nI attach our standard speaker agreement. "
     "Your communications office is welcome to review it.\n\n> Could you confirm who "
     "funds the event and whether it is public?\n\nWith best wishes,\n{fn2} {sn}\nEvents Lead,"
     " {tt}"),
])
L.add("en28-b-26-hr-quoted-advice", 0, "hr_advice", "long_email", True, [
    ("none", "",
     "Subject: Re: strange offer: what should I do?\n\nHi {fn},\n\nThanks for coming to us, "
     "and please don't worry. Being approached is not a disciplinary matter. Based on what "
     "you describe, this looks like the kind of approach in our security policy: an unnamed "
     "client, payment for reports, and a request to move to your personal email.\n\nWhat "
     "happens next:\n1. Security will call you on {day} to take a short statement.\n2. Please "
     "don't reply, and keep the messages.\n3. If the person contacts you again, note the date "
     "and forward it.\n\nYou do not need to tell them anything about your work, and you will "
     "not be asked to continue the conversation.\n\n> I got a LinkedIn message offering {amt} "
     "a month for 'analysis' for a client in {city}. They want to switch to Gmail. Is this "
     "normal?\n\nBest wishes,\n{fn2} {sn}\nHR Business Partner, {co}"),
    ("none", "",
     "Subject: Advice on your recruiter contact\n\nDear {fn},\n\nFurther to our meeting, a "
     "short summary of my advice as your lawyer.\n\nThe recruiter who contacted you named a "
     "real company ({hire}), a real role ({role}) and a salary band ({band}), and moved to "
     "WhatsApp only to fix an interview time. On its own that is normal recruiting. The "
     "point that needs care is the later request to describe your current work on {prog} "
     "in detail 'so the hiring manager can judge your fit'.\n\nYou should answer questions "
     "about your skills and your public record only. You may tell the recruiter that your "
     "clearance terms prevent you from discussing current projects. Because you hold a "
     "clearance, I also recommend that you tell your security officer about the contact; "
     "doing so will not affect your application.\n\nMy fee for this advice is covered by your "
     "union membership.\n\nYours sincerely,\n{fn2} {sn}\nEmployment Lawyer"),
])
L.add("en28-b-27-consultant-invoice", 0, "freelance_consulting", "long_email", True, [
    ("none", "",
     "Subject: Invoice INV-2031 for {hire}\n\nHi {fn2},\n\nPlease find attached my invoice for "
     "the {sector} market review delivered on {date}.\n\nClient: {hire}, procurement "
     "department\nPO number: 4500218834\nServices: 6 days of analysis of public market data, "
     "one workshop with your team\nFee: {amt} per day plus travel to {city} at cost\n\nPayment "
     "by bank transfer to the business account on the invoice, 30 days. As agreed in the "
     "statement of work, I used only public and licensed data, and I did not receive any "
     "confidential information from your competitors or from my previous employer. My "
     "conflict-of-interest declaration is attached again for your records, and the two "
     "workshop slide decks are in the shared folder your team set up.\n\nThanks for a "
     "good project. Happy to join the follow-up call on {day}.\n\nBest regards,\n{fn} {sn}\n"
     "{sn} Consulting Ltd\nCompany no. 09876543"),
    ("none", "",
     "Subject: Re: timesheet and expenses, {date}\n\nHello {fn2},\n\nHere are the timesheet "
     "and expense claim for the bid support on {prog}. Your procurement team asked for receipts "
     "for the {city} trip, so those are scanned in the second attachment (flights, two hotel "
     "nights, taxi).\n\nTotal: 4.5 days at the agreed rate, plus expenses. I've invoiced "
     "{hire} as the client of record, as stated in our contract, and copied your accounts "
     "payable address.\n\nOne note for the file: the tender documents are commercial-in-"
     "confidence, so I've deleted my working copies now that the bid is submitted, per "
     "clause 12, and returned the data-room login to your bid manager.\n\n> Could you send the timesheet by {day}? Finance closes the month early."
     "\n\nRegards,\n{fn} {sn}\nIndependent Consultant"),
])
L.add("en28-b-28-podcast-notes", 0, "podcast_notes", "long_email", True, [
    ("none", "",
     "Subject: New episode: 'The recruiter who wasn't'\n\nThis week on Secure by Design we "
     "talk to a former counter-intelligence officer about fake recruiters and how they work.\n"
     "\nIn this episode:\n- Why the first message is always flattering and always mentions a "
     "'client' who can't be named yet\n- The pivot: 'LinkedIn is limiting me, add me on "
     "WhatsApp'\n- Paid reports: starting with {amt} for something harmless, then asking for "
     "'a bit more colour' on what's internal\n- The free trip to {city} and the dinner with "
     "'friends'\n- Why people don't tell their employer, and why they should\n\nOur guest "
     "also explains how to tell these approaches apart from genuine recruiters and expert "
     "networks, which name the firm and refuse confidential information.\n\nListen on the "
     "website or in your podcast app. Transcript available.\n\nHosts: {fn2} {sn} and {fn}"),
    ("none", "",
     "Subject: Show notes, episode 48: diaspora pressure and 'service stations'\n\nThis week "
     "we speak with a human-rights researcher about overseas 'police service stations' and "
     "campaigns to persuade people to return home.\n\nWhat we cover:\n- How families in {town} "
     "are used as leverage, and what the messages typically say\n- Why victims are often "
     "asked to report on community associations rather than to come back\n- Where to get "
     "help: local police, community legal clinics, and the consulate of the country you "
     "live in\n\nThe researcher reads out, with permission, a WeChat message sent to one "
     "interviewee: 'Your mother misses you. Come back and everything will be fine.'\n\nIf "
     "this episode raises concerns for you, resources are listed on our website.\n\nProduced "
     "by {fn2} {sn}. Music by {fn}."),
])
L.add("en28-b-29-family-visit-email", 0, "family_chat", "long_email", True, [
    ("none", "",
     "Subject: Plans for {town} in the summer\n\nHi {fn},\n\nMum called last night. The doctor "
     "says Dad's heart surgery can go ahead in August, and the hospital wants a deposit before "
     "they book the slot. I've sent {amt} through the bank to Mum's account; can you cover the "
     "rest when the bill comes? Keep the receipts, we'll split it properly later.\n\nAlso, "
     "cousin Lin's wedding is on {date}, the week after. Auntie keeps asking on WeChat whether "
     "we're both coming. I said yes. Flights via {city} are cheapest if we book before the "
     "end of the month.\n\nOne more thing: Mum got a strange call from someone saying they "
     "were from 'the police' and asking about you. She hung up, good for her. I told her not "
     "to give anyone our details. I'll mention it to the community centre.\n\nTalk on the "
     "weekend,\n{fn2}"),
    ("none", "",
     "[{t1}] {fn2}: Morning! flights to {town} booked for the 3 of us 🎉\n[{t1}] {fn2}: "
     "{city} stopover, 6 hours, we can get noodles\n[{t2}] {fn}: amazing. did you send Grandma "
     "the money for the roof?\n[{t2}] {fn2}: yes via the bank app, she says thank you, she "
     "wants us to bring chocolate\n[{t2}] {fn}: haha ok. are we telling Uncle about the "
     "wedding gift or is it a surprise\n[{t3}] {fn2}: surprise!! don't tell him\n[{t3}] "
     "{fn}: my lips are sealed. also I have to tell work I'm travelling, security wants a "
     "form for any trip abroad, even a family one\n[{t3}] {fn2}: same here, takes 5 min\n[{t3}] {fn}: see you "
     "at the airport 💛 I'll bring the passports"),
])
L.add("en28-b-30-project-status", 0, "work_email", "long_email", False, [
    ("none", "",
     "Subject: Weekly status: test bench upgrade\n\nHi all,\n\nShort update for week 14.\n\n"
     "Done:\n- new power supplies installed on benches 2 and 3\n- calibration scripts moved to "
     "the shared repository, with {fn} reviewing\n- the vendor fixed the firmware issue we "
     "found on {day}\n\nIn progress:\n- cable management on bench 4 (waiting for parts, ETA "
     "{date})\n- documentation for the new operators, first draft by the end of next week\n\n"
     "Risks:\n- the thermal chamber is booked by another team for most of next month, so we "
     "may slip the soak tests by a week\n\nNothing needs a decision from you this week. As "
     "usual, shout if something looks off, and the full tracker is on the team site.\n\nThanks,\n{fn2} {sn}\nLab Lead"),
    ("none", "",
     "Subject: Re: planning for the Q3 offsite\n\nHi {fn},\n\nThanks for pulling the options "
     "together. My view:\n\n1. The lakeside venue is the best fit, twenty minutes from the "
     "office, with a room big enough for all 35 of us.\n2. Two days is plenty; let's do {day} "
     "and the day after.\n3. For the agenda, I'd keep the morning of day one for the roadmap "
     "and leave the afternoon for team-building. Last year's escape room went down well.\n\n"
     "Could you check dietary requirements with everyone and get a quote for the coach? I'll "
     "ask {fn2} to send the calendar invite once we've confirmed the date, and we can "
     "share the plan at the next all-hands.\n\n> Three venues "
     "attached, prices in the spreadsheet. Let me know what you think.\n\nCheers,\n{sn}"),
])


def _length_group(n_words: int) -> str:
    return "short" if n_words <= 20 else "medium" if n_words <= 120 else "long"


def main() -> None:
    rows: list[dict[str, object]] = []
    for offset, (group, families) in enumerate(GROUPS.items()):
        rows += build(families, POOLS, OPENERS[group], CLOSERS[group], "en", SEED + offset,
                      PER_TEMPLATE[group])
    for row in rows:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
            hit = TELLTALE.search(str(row["text"]))
            assert hit is None, (row["id"], hit.group(0) if hit else "")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    write(rows, Path(__file__).resolve().parent / "en_author28.jsonl")

    fams = {str(r["family"]) for r in rows}
    sus = [r for r in rows if r["label"] == 1]
    ben = [r for r in rows if r["label"] == 0]
    print(f"families: {len(fams)} ({sum(f.startswith('en28-s') for f in fams)} suspicious, "
          f"{len(SUBTLE)} of them subtle; {sum(f.startswith('en28-b') for f in fams)} benign, "
          f"{len({r['family'] for r in ben if r['lookalike']})} look-alike)")
    print(f"messages: {len(rows)} ({len(sus)} suspicious, {len(ben)} benign; "
          f"{sum(r['subtlety'] == 'subtle' for r in sus)} subtle)")
    for name, part in (("suspicious", sus), ("benign", ben)):
        lengths = Counter(_length_group(len(str(r["text"]).split())) for r in part)
        words = sorted(len(str(r["text"]).split()) for r in part)
        print(f"{name}: short {lengths['short']}, medium {lengths['medium']}, long {lengths['long']}; "
              f"words {words[0]}-{words[-1]}, median {words[len(words) // 2]}")
    print("per family:", sorted(Counter(str(r["family"]) for r in rows).values()))


if __name__ == "__main__":
    main()
