"""English training families, author 6: regenerates ``en_author6.jsonl``.

Written by a project engineer (an AI assistant) in one sitting, by hand, from the threat
description in ``DESIGN.md`` ("The threat it screens for") and the brief only. The author was blind
to the rule packs, the training corpus, the development data and every evaluation set: none of
them was opened while writing.

Run: ``.venv/bin/python data/corpus/raw/en_author6_source.py`` (same output every time: fixed seed).

What the families cover:

- Suspicious (``en6-s-NN``): fake headhunters, recruiters, consultants, think tanks, academics and
  investors in semiconductors, telecoms, energy utilities, nuclear, space, biotech and public policy;
  every stage (contact, pivot, paid task, elicitation, meeting, secrecy, payment) plus diaspora
  coercion, deposit job scams and a task scam; spelled-out and disguised app names; seven families
  are ``subtle`` (no app name, no "client", no fee word, no "confidential", no cash or crypto: the
  intent shows only in what is asked).
- Benign (``en6-b-NN``): mostly hard look-alikes (genuine recruiters and headhunters who move to
  e-mail or a call, expert networks that refuse confidential information, paid lectures and paid
  reviews, clearance job ads, security notices quoting the warning signs, family chats on WeChat and
  WhatsApp, colleagues moving to Teams/Slack, reimbursements and bank notices, alumni and parents
  groups, a journalist on the record, a conference organiser, HR onboarding), and six families of
  ordinary SMS-style chat that touches money, phones, secrets, bosses, reports and travel honestly.

Counts: 452 messages in 48 families; 21 suspicious families (207 messages, 69 of them subtle) and
27 benign (245 messages; 21 look-alike families, 6 plain). Registers, suspicious / benign: chat
42% / 45%, e-mail 36% / 36%, InMail 22% / 19%.

Every person, firm, institute, address and number is invented (example.com/.net/.org, 555-01xx,
07700 900xxx, +86 138 0000 0xxx). Templates are hand-written, one wording each; slots only vary
names, places, sums and times.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 6606
PER_TEMPLATE = 3

POOLS: dict[str, list[str]] = {
    "first": ["Priya", "Tom", "Mei", "Daniel", "Aisha", "Graham", "Sofia", "Kevin", "Nadia", "Owen",
              "Lin", "Marcus", "Fatima", "Ruth", "Jonah", "Chloe"],
    "first2": ["Harriet", "Wei", "Callum", "Amara", "Luc", "Deepa", "Brendan", "Yusuf", "Ingrid",
               "Rafael", "Jess", "Colin"],
    "last": ["Okafor", "Hargreaves", "Liang", "Desrosiers", "MacLeod", "Patel", "Kowalski", "Byrne",
             "Tremblay", "Nakamura", "Osei", "Whitfield", "Fenwick", "Arsenault"],
    "topic": ["EUV lithography yield", "5G core network slicing", "small modular reactor licensing",
              "satellite ground segment design", "grid-scale battery storage", "mRNA process scale-up",
              "advanced chip packaging", "spectrum auction policy", "subsea cable resilience",
              "radiation-hardened electronics", "hydrogen electrolyser supply", "reactor fuel supply chains"],
    "employer": ["Halvern Semiconductor", "Cobalt Ridge Telecom", "Northgate Power", "Brightwater Nuclear",
                 "Aurelian Space Systems", "Keystone Biologics", "Tessaline Networks", "Westmarch Hydro"],
    "city": ["Singapore", "Dubai", "Istanbul", "Hong Kong", "Shenzhen", "Vienna", "Kuala Lumpur", "Bangkok"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["9:40", "10:15", "11:30", "13:05", "14:30", "16:45", "19:20", "21:10"],
    "amount": ["$1,500", "$2,000", "US$2,500", "£1,800", "C$3,000", "$4,000"],
    "small": ["$40", "$60", "£25", "$120", "$75", "$200", "£50"],
    "phone": ["555-0143", "555-0178", "07700 900412", "+1 613 555 0162", "07700 900987", "555-0119"],
    "pmail": ["mei.h.research@example.net", "d.carver.1983@example.com", "talentdesk.kwong@example.org",
              "consult.rowan@example.net", "jl.advisory@example.com"],
    "app": ["WhatsApp", "WeChat", "Telegram", "Signal"],
    "uni": ["University of Westmarch", "Carden University", "St. Aldric College",
            "Northshore Institute of Technology", "Lakeview University"],
    "month": ["March", "April", "May", "June", "September", "October", "November"],
}

# Shared by both classes: they only add a trailer now and then.
OPENERS = ["", "", "", ""]
CLOSERS = ["", "", "", "", "", "\n\nSent from my iPhone", "\n\nSent from my phone"]

F = Families()

# ---------------------------------------------------------------- suspicious
F.add("en6-s-01-fab-headhunter-pivot", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting off_platform vague_client",
     "Hi {first}, I lead a small search practice for a fast-growing technology group in Asia. Your years "
     "on {topic} at {employer} are exactly what my client wants. LinkedIn is slow for me, could we move "
     "to {app}? I'm on {phone}."),
    ("pivot", "off_platform vague_client",
     "Hello {first}! Following up my note from {day}. I rarely check this inbox, so please add me on "
     "{app} and we can talk freely about the package. My client prefers not to be named at this stage, "
     "you understand how it is in this industry."),
    ("pivot", "off_platform credential_targeting",
     "{first}, saw you moved into process integration - congrats. Quick q: do you still have access to the "
     "yield dashboards? Send me your personal email or {app}, much easier than here. {first2}"),
    ("contact", "credential_targeting vague_client paid_task",
     "Dear {first} {last},\n\nI represent an investor group building a new fab. They pay senior people "
     "like you {amount} for a one-hour 'knowledge session' on {topic}, no CV needed. Reply with a "
     "number where I can reach you outside work.\n\nRegards,\n{first2}"),
])

F.add("en6-s-02-grid-report-client", 1, "fake_consultant", "email", False, [
    ("paid_task", "paid_task vague_client",
     "Subject: Short paper on {topic}\n\nDear {first},\n\nMy client, a research firm that prefers to stay "
     "in the background, would like a 6-8 page report on {topic} from someone inside the industry. "
     "The fee is {amount}, paid on delivery. No need to polish, bullet points are fine.\n\nBest,\n"
     "{first2} {last}\nPrincipal, Kestrel Strategic Advisory"),
    ("paid_task", "paid_task vague_client unusual_payment",
     "Hi {first},\n\nThanks for the first white paper, my client was very pleased. They would like a "
     "second one, this time on how {employer} plans outages for next winter. Same {amount}; this time "
     "we can send it in USDT or through a friend's account if that's easier for you.\n\n{first2}"),
    ("paid_task", "paid_task vague_client sensitive_info",
     "{first} - the client has a follow-up. They'd like the report to go beyond what's in the annual "
     "filing: the real numbers the planning team uses, not the public ones. Happy to double the fee "
     "for that version."),
])

F.add("en6-s-03-telecom-internal-chat", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info",
     "[{time}] {first2}: nothing classified of course!! just what people are saying internally about "
     "the core network vendor swap. timing, which sites first"),
    ("elicitation", "sensitive_info paid_task",
     "[{time}] {first2}: my people liked your summary. next one, can you get the slide deck from the "
     "{day} steering meeting? the one not on the intranet. i'll add {amount} on top"),
    ("elicitation", "sensitive_info vague_client",
     "[{time}] {first2}: the partners want the lawful intercept setup at {employer}, just in broad "
     "lines, who manages it, which vendor. nothing that would get you in trouble"),
])

F.add("en6-s-04-think-tank-trip", 1, "fake_think_tank", "email", False, [
    ("meeting", "client_meeting paid_task vague_client",
     "Subject: Invitation - closed roundtable, {city}\n\nDear {first} {last},\n\nThe Orient Bridge "
     "Policy Forum would be honoured to host you at a closed roundtable in {city} in {month}. Business "
     "class flights and hotel are covered and we offer {amount} for a short paper on {topic}. Our "
     "sponsors, who prefer to remain unnamed, will attend in person.\n\nSincerely,\nDr {first2} Wen\n"
     "Programme Director"),
    ("meeting", "client_meeting vague_client secrecy",
     "Dear {first},\n\nWe are delighted you accepted. On arrival in {city} a driver will take you to "
     "a private dinner with our funders; there is no published agenda and we ask you not to list the "
     "trip on your travel declaration, it only complicates things.\n\nWarm regards,\n{first2}"),
    ("meeting", "client_meeting paid_task sensitive_info",
     "{first},\n\nFor the meeting in {city} our guests hope you can speak about the parts of the "
     "{topic} review that were left out of the published version. They will bring an envelope for "
     "your expenses.\n\nBest,\n{first2}\nOrient Bridge Policy Forum"),
])

F.add("en6-s-05-secrecy-handler-chat", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy vague_client",
     "{first2}: one thing {first}, no need to tell your employer about our chats. they wouldnt understand "
     "and my client values discretion"),
    ("secrecy", "secrecy off_platform",
     "{first2}: pls delete the thread after reading, and dont use the work laptop for this. {app} only "
     "from now"),
    ("secrecy", "secrecy paid_task",
     "[{day} {time}] {first2}: keep this between us ok? if security asks, it's just a friend helping "
     "with a study. {amount} will be there by {day}"),
    ("secrecy", "secrecy",
     "{first2}: btw if anyone at {employer} asks, we met at the hockey game. simpler that way. and "
     "ur wife doesn't need the details either"),
])

F.add("en6-s-06-odd-payment", 1, "handler_followup", "email", False, [
    ("payment", "unusual_payment paid_task",
     "Subject: payment for the analysis\n\nHi {first},\n\nWe can't pay through a normal invoice "
     "because of our accounting. Options: Bitcoin to a wallet you create, gift cards ({small} each, as "
     "many as needed), or cash when we meet. Tell me which.\n\n{first2}"),
    ("payment", "unusual_payment secrecy",
     "{first},\n\nFor tax reasons it is better if the {amount} goes to a relative's account, "
     "your brother or your mother for example. Nobody at your company needs to see anything. Send me the "
     "account name and number.\n\nRegards,\n{first2} {last}"),
    ("payment", "unusual_payment vague_client",
     "Dear {first},\n\nMy client has sent your fee in USDT; please confirm the wallet address again "
     "because the first transfer bounced. If crypto is a problem we can do Alipay to a friend's "
     "account.\n\nKind regards,\n{first2}\nKestrel Strategic Advisory"),
])

F.add("en6-s-07-coercion-family", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "[{time}] Unknown: {first}, your father was asked to come to the station again today. He is old. "
     "It would be better for him if you came home and explained yourself"),
    ("coercion", "coercion off_platform",
     "[{time}] +86 138 0000 0172: we know you attend the meetings in Toronto. Add me on {app} at this "
     "number and tell us who else goes. your sister's job depends on your attitude"),
    ("coercion", "coercion",
     "[{day} {time}] Cousin: they came to the house again asking when you will return. mum is scared. "
     "they said if you go back voluntarily everything will be forgiven, if not the family business "
     "has problems"),
])

F.add("en6-s-08-deposit-job-scam", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam unusual_payment",
     "Subject: Offer - Remote Data Analyst, {employer} Contractors\n\nCongratulations {first}!\n\nYou "
     "have been selected after your chat interview. Before onboarding, please send a refundable {small} "
     "deposit for your training kit by gift card; photos of the cards to this address. Your "
     "first salary will include the refund.\n\nHR Department"),
    ("job_scam", "job_scam off_platform unusual_payment",
     "Hello {first},\n\nYour equipment cheque for {amount} is attached. Deposit it today, keep your "
     "first week pay, and send the rest to our approved vendor by Bitcoin ATM. Please reply only from "
     "your personal e-mail, our system blocks corporate domains.\n\nOnboarding Team"),
    ("job_scam", "job_scam",
     "Dear Applicant,\n\nto activate your position as Remote Assistant please pay the {small} "
     "registration and background-check fee within 24 hours. Unpaid candidates are removed from the "
     "list. thanks\n\n{first2} {last}\nRecruitment Officer"),
])

F.add("en6-s-09-task-scam-chat", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam off_platform",
     "Hi! I'm {first2} from an online marketing agency. Part-time job, rate apps and earn up to "
     "{amount} a week from your phone. Interested? Add me on {app} for details 😊"),
    ("job_scam", "job_scam unusual_payment",
     "[{time}] Mentor {first2}: your account is at task 27/30. To unlock the combination order you need "
     "to top up {small} in USDT first, then commission + principal are returned together"),
    ("job_scam", "job_scam unusual_payment",
     "[{time}] Mentor {first2}: dear why stop now? you are so close. if you don't recharge today the "
     "balance freezes and you lose what you already put in. many members borrow from family for this"),
])

F.add("en6-s-10-obfuscated-pivot", 1, "obfuscated_pivot", "inmail", False, [
    ("pivot", "off_platform vague_client",
     "Hi {first}, very impressed by your profile. Client in {city} looking for {topic} experts. Pls "
     "add me on W e C h a t, id kwong_{first2}88, LinkedIn messages don't reach me"),
    ("pivot", "off_platform credential_targeting",
     "{first} - your clearance plus the {topic} work is rare. best to continue on Te\u200blegram "
     "@{first2}_talent or write to {first2}.hr at gmail dot com"),
    ("pivot", "off_platform paid_task",
     "Hello {first}, paid consulting opportunity ({amount}/hour). Add my vx: hr_{first2}_{day} - or "
     "email {first2}88 (at) qq (dot) com. Thanks"),
    ("pivot", "off_platform",
     "Dear {first}, I would like to discuss a senior role. Can we talk on S1gnal? My number is "
     "{phone}. Much more private than here."),
])

F.add("en6-s-11-clearance-recruiter", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting off_platform",
     "Hi {first}, we're hiring for a defence programme and priority goes to candidates who currently "
     "hold Secret or above. What level do you hold and when does it expire? Easier to chat at {pmail}."),
    ("contact", "credential_targeting vague_client",
     "{first}, I'm recruiting for a government-adjacent client who values people with active TS "
     "clearances and programme access. Can you list the programmes you've been read into? Just so I can "
     "match you."),
    ("contact", "credential_targeting paid_task",
     "Good afternoon {first}. Our firm pays cleared professionals {amount} for a quick career "
     "interview about their current programme and team structure. No job change needed. Interested?"),
    ("paid_task", "credential_targeting paid_task vague_client",
     "Dear {first}, congratulations on your retirement from the department. Your clearance may have "
     "lapsed but your knowledge hasn't. My client pays {amount} a month for a retired official's view "
     "of how the interdepartmental committee on {topic} really works. Shall we speak by phone?"),
])

F.add("en6-s-12-space-visiting-scholar", 1, "fake_academic", "email", False, [
    ("contact", "credential_targeting paid_task client_meeting",
     "Dear Dr {last},\n\nOur institute invites you as a visiting scholar for two weeks in {city}. "
     "All costs are covered plus {amount} per week. We are especially interested in your work at "
     "{employer} on {topic}, including the parts not yet published.\n\nProf. {first2} Zhao\nInternational "
     "Cooperation Office"),
    ("meeting", "client_meeting sensitive_info",
     "Dear {first},\n\nDuring your visit our partners from industry would like a private session on "
     "the test results of the recent launch campaign. Please bring the raw telemetry on a USB stick, "
     "our network is not connected for security.\n\nBest,\n{first2}"),
    ("secrecy", "secrecy client_meeting",
     "{first},\n\nA reminder that the visit is informal. There is no need to register it with your "
     "company's export office; we issue the invitation letter as a tourism visit.\n\nRegards,\n"
     "{first2} Zhao"),
])

F.add("en6-s-13-smr-investor", 1, "fake_investor", "chat", False, [
    ("elicitation", "sensitive_info paid_task vague_client",
     "{first2}: hey {first}, the fund i advise is looking at SMR vendors. they'd pay {amount} for an "
     "hour on which vendor the regulator is leaning towards, before the decision is public"),
    ("elicitation", "sensitive_info off_platform",
     "{first2}: can u send the draft review schedule on {app}? photos are fine. the investors just "
     "want to know the real dates not the press ones"),
    ("payment", "unusual_payment secrecy",
     "{first2}: ok sent {amount} in bitcoin as thanks. dont mention it to anyone at the commission "
     "pls, these things get misunderstood"),
])

F.add("en6-s-21-fake-forum-speaker", 1, "fake_conference", "email", False, [
    ("contact", "credential_targeting paid_task client_meeting",
     "Subject: Speaker invitation, Energy Security Forum\n\nDear {first},\n\nAs a former deputy director in the energy ministry you would be an ideal speaker "
     "at our closed Energy Security Forum in {city}. Speakers receive {amount} plus business-class "
     "travel. Some of our corporate sponsors would value a private breakfast with you afterwards.\n\n"
     "Yours,\n{first2} {last}\nForum Secretariat"),
    ("elicitation", "sensitive_info paid_task vague_client",
     "Hi {first}, I saw your thesis defence on {topic} at {uni}. Our forum pays PhD students {amount} "
     "to present; my sponsor mainly wants the lab's unpublished measurements, the ones your supervisor "
     "hasn't released yet. Slides don't need your lab's approval."),
    ("elicitation", "sensitive_info vague_client off_platform",
     "Hello {first}, for the procurement panel at the forum our partner company would like to "
     "understand how your city evaluates the telecom tender: the scoring grid and the bids received so "
     "far. We can talk on {app} to keep it informal."),
])

# Subtle families: no app name, no "client", no fee word, no "confidential", no cash or crypto.
F.add("en6-s-14-subtle-return-pressure", 1, "coercion", "email", False, [
    ("coercion", "coercion",
     "Subject: your mother\n\n{first},\n\nI visited your mother on {day}. She is in good health for now. "
     "She asked me to tell you that it is time to come back and settle matters with the local office "
     "yourself. Everyone agrees it is simplest for the family if you do.\n\nYour uncle"),
    ("coercion", "coercion",
     "Dear {first},\n\nThe neighbourhood committee would appreciate a list of the people who attended "
     "the community dinner in Vancouver last month. You know them well. Your brother's application "
     "for a licence is being reviewed at the same time.\n\nRegards"),
    ("coercion", "coercion",
     "{first},\n\nWe have been patient. Your parents' pension was paused while we wait for your "
     "answer. A short video saying you will return by {month} would resolve it. We will not ask "
     "again.\n\n- {first2}"),
])

F.add("en6-s-15-subtle-clearance-probe", 1, "subtle_approach", "inmail", False, [
    ("contact", "credential_targeting",
     "Hi {first}, I noticed you moved from the ministry to {employer}. Did you keep your access "
     "level when you moved, or did you have to start over? I'm trying to understand how that works for "
     "people like you."),
    ("contact", "credential_targeting sensitive_info",
     "{first}, great talk at the summit. Out of curiosity, who on your team signs off on the "
     "export-controlled designs? I'd love to know whose desk those papers cross."),
    ("contact", "credential_targeting",
     "Hello {first}, I'm compiling a map of who works on {topic} across the sector, and in what "
     "roles. Could you tell me the names of the people on your project and which of them travel "
     "abroad often?"),
])

F.add("en6-s-16-subtle-policy-draft", 1, "subtle_approach", "email", False, [
    ("elicitation", "sensitive_info",
     "Subject: budget follow-up\n\nHi {first},\n\nReally enjoyed lunch. Would you be able to send the "
     "version of the spectrum framework that went to cabinet? Not the one on the website, the one with "
     "the reserve prices. I'll keep it to myself.\n\n{first2} {last}"),
    ("elicitation", "sensitive_info",
     "{first},\n\nBefore the announcement on {day}, could you give me a sense of which two regions "
     "made the shortlist for the new plant? Even a hint helps. I'm asking as a friend.\n\nThanks,\n"
     "{first2}"),
    ("elicitation", "sensitive_info",
     "Hello {first},\n\nThe minutes of the working group are only circulated to members, I believe. "
     "Could you forward me the last three? I promise they go nowhere else, I just need to see how "
     "the discussion on {topic} is moving.\n\nBest wishes,\n{first2} {last}"),
    ("elicitation", "sensitive_info",
     "Hi {first},\n\nYou're on the evaluation side of the transformer procurement, right? Just between "
     "two people who know the business: which bidders are still in, and roughly where did the other two "
     "come in on price? I only want to know if it's worth our time to sharpen the pencil.\n\n{first2}"),
])

F.add("en6-s-17-subtle-trip-invite", 1, "subtle_approach", "chat", False, [
    ("meeting", "client_meeting",
     "{first2}: the people I work with would love to meet you properly. we'd fly you to {city} for "
     "a long weekend, everything arranged, you just bring yourself and your notes on {topic}"),
    ("meeting", "client_meeting secrecy",
     "{first2}: better to book it as a holiday, {first}. no point making it complicated with your "
     "office, it's only a dinner and a conversation"),
    ("meeting", "client_meeting sensitive_info",
     "{first2}: when we see them in {city}, could you bring the test schedule for the next quarter? "
     "they'd like to see it on paper, nothing gets emailed"),
])

F.add("en6-s-18-subtle-own-phone", 1, "subtle_approach", "chat", False, [
    ("pivot", "off_platform secrecy",
     "[{time}] {first2}: call me from your own phone tonight, not the desk line. and maybe don't "
     "mention my name around the office, people talk"),
    ("pivot", "off_platform",
     "[{time}] {first2}: i'll give you a number that's better for us. write it on paper, don't save it "
     "under my name"),
    ("pivot", "off_platform",
     "[{time}] {first2}: too many people read the work mail. what's the address you use at home, for "
     "shopping and things? I'll write there from now on"),
    ("secrecy", "secrecy",
     "[{day} {time}] {first2}: if your manager asks who you were talking to at the reception, just say "
     "an old classmate. easier for both of us"),
])

F.add("en6-s-19-subtle-relative-account", 1, "subtle_approach", "chat", False, [
    ("payment", "unusual_payment paid_task",
     "[{time}] {first2}: your notes on the maintenance schedule were v helpful. I've arranged a thank-you "
     "to your sister's account like we said, so nothing shows on yours. same again for the next shutdown?"),
    ("paid_task", "paid_task sensitive_info",
     "[{day} {time}] {first2}: could you put together a few pages on how your lab qualifies new "
     "suppliers? with the actual names and the scores from the last round. I'll make it worth your "
     "while, as before"),
    ("payment", "unusual_payment",
     "{first2}: heads up {first}, the transfer comes through my cousin's trading company in {city}, "
     "invoice says translation services. don't be surprised by the name on the statement"),
])

F.add("en6-s-20-subtle-laptop-advance", 1, "job_scam", "chat", False, [
    ("job_scam", "job_scam",
     "Hi {first}, welcome aboard! Your laptop and headset ship as soon as you cover the first shipment "
     "from our vendor. You get it back on your first paycheck, everyone does it this way"),
    ("job_scam", "job_scam unusual_payment",
     "{first2} (Onboarding): please buy the store cards at the pharmacy and text me the numbers on the "
     "back, the vendor only takes those. we reimburse on {day}"),
    ("job_scam", "job_scam",
     "{first2} (Onboarding): the bank says your check from us cleared, so send the extra back today "
     "by the transfer link I sent, before {time}. the rest is your first week"),
])

# ---------------------------------------------------------------- benign look-alikes
F.add("en6-b-01-fab-recruiter-email", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "Hi {first}, I'm {first2} {last}, technical recruiter at Halvern Semiconductor. We're hiring a Senior Process "
     "Integration Engineer (advanced packaging) at our Ottawa site, posting ref PI-2291. InMail is clunky "
     "for attachments, could you send your CV to my work address, {first2}.{last}@careers.example.com? "
     "Happy to do a 20-min call after."),
    ("none", "",
     "Thanks for getting back to me {first}! Let's move this off LinkedIn: I've sent a calendar invite "
     "for {day} at {time} from my Halvern email. The hiring manager is {first2} {last}, lithography "
     "lead. Salary band is in the posting, nothing hidden."),
    ("none", "",
     "{first}, quick heads-up before you apply: the role needs you to be eligible for a Controlled "
     "Goods registration (Canadian citizen or PR), our compliance team checks that at offer stage. "
     "Best number to call you on? Mine is {phone}, desk line."),
])

F.add("en6-b-02-exec-search-nda", 0, "genuine_headhunter", "email", True, [
    ("none", "",
     "Subject: Chief Operating Officer, confidential search\n\nDear {first},\n\nI lead the energy "
     "practice at Harwell & Stone Executive Search. We have been retained by a listed North American "
     "utility to find its next COO. The search is confidential at the client's request until the "
     "shortlist stage, when I will name them and you will meet the board chair. Would you take a call "
     "on {day}?\n\nKind regards,\n{first2} {last}\nPartner, Harwell & Stone\n{phone}"),
    ("none", "",
     "Dear {first},\n\nThank you for the call. As promised, attached is our standard mutual NDA; once "
     "it is signed I can share the client name, the position specification and the remuneration "
     "range. Nothing we discuss needs any information from your current employer, and we will never "
     "ask for it.\n\nBest,\n{first2}"),
    ("none", "",
     "{first},\n\nThe client is Westmarch Hydro. The board would like to meet you in Winnipeg on {day} "
     "the 14th; Harwell & Stone books and pays your travel through our agency, and the receipts go "
     "to our finance team as usual. My assistant will email the itinerary to your personal address, "
     "as you asked.\n\n{first2} {last}"),
])

F.add("en6-b-03-recruiter-texts", 0, "genuine_recruiter", "chat", True, [
    ("none", "",
     "Hi {first} it's {first2} from Tessaline Networks talent team, we spoke {day}. Is it ok if I text "
     "you here on WhatsApp for scheduling? Panel is {day} {time}, RF engineering, 3 interviewers"),
    ("none", "",
     "[{time}] {first2} (Tessaline TA): flights booked for the onsite, confirmation sent to your "
     "email. keep your receipts for taxis and meals, you claim them on the expense form after, up to "
     "{small} a day"),
    ("none", "",
     "[{time}] {first2} (Tessaline TA): good news!! offer letter is coming from HR today via DocuSign. "
     "call me when you're free and I'll walk you through the comp, {phone}"),
])

F.add("en6-b-04-expert-network-call", 0, "expert_network", "email", True, [
    ("none", "",
     "Subject: Paid consultation request - {topic}\n\nHi {first},\n\nI'm a research associate at "
     "Lumen Expert Network. An investment firm (Granite Hill Capital, who consent to being named) "
     "would like a 60-minute call on general trends in {topic}. The rate is {amount}/hour, paid by "
     "Lumen by bank transfer.\n\nPlease note: we do not want, and you must not share, any confidential "
     "or material non-public information about {employer} or anyone else.\n\n{first2} {last}\nLumen "
     "Expert Network"),
    ("none", "",
     "Hi {first},\n\nBefore we schedule, Lumen's compliance team needs you to complete the short "
     "attestation: that your employer's policy allows outside consultations, that you are not a "
     "government employee, and that you will decline any question touching confidential matters. "
     "The client sees the same rules.\n\nThanks,\n{first2}"),
    ("none", "",
     "{first},\n\nThanks for the call on {day}. The fee of {amount} will be paid to the bank account you "
     "registered in the Lumen portal within 30 days; you'll get a remittance email. If a client ever "
     "contacts you directly outside the platform, please let us know.\n\nBest,\n{first2} {last}"),
])

F.add("en6-b-05-expert-network-inmail", 0, "expert_network", "inmail", True, [
    ("none", "",
     "Hello {first}, I work for Caldera Insights, an expert network. A consultancy advising a "
     "pharmaceutical company would pay {amount} for a one-hour phone consultation on {topic}. We only "
     "discuss public information and your general experience, never anything confidential to your "
     "employer. Would you like the project details by email?"),
    ("none", "",
     "{first}, thanks for asking about the client - it's Ashcombe & Ford, a strategy consultancy; "
     "the end client is a biotech whose name they'll share on the call if you agree. If you're "
     "currently employed at a regulator or have any restriction, just say so and we close the request."),
    ("none", "",
     "Hi {first}, understood that your contract at {employer} forbids paid consultations on current "
     "products. No problem at all, I've removed you from this project. If you leave, we'd be glad to "
     "work with you. - {first2}, Caldera Insights"),
])

F.add("en6-b-06-university-lecture", 0, "university_talk", "email", True, [
    ("none", "",
     "Subject: Guest lecture invitation, ENGR 4120\n\nDear {first} {last},\n\nWould you give a guest "
     "lecture on {topic} to our fourth-year students at {uni} in {month}? We offer a {amount} "
     "honorarium and will reimburse travel and one night's hotel. Slides from public material are "
     "perfect; we record the session for the course site.\n\nBest wishes,\nDr {first2} Okonjo\n"
     "Department of Electrical Engineering"),
    ("none", "",
     "Dear {first},\n\nDelighted you can come. For the honorarium, payroll needs a direct deposit form "
     "and a SIN or ITN; please don't email these, upload them through the university's secure portal "
     "link I'll send from my {uni} address.\n\nThanks again,\n{first2}"),
    ("none", "",
     "Hi {first},\n\nThe students loved it. Two of them asked whether {employer} hires co-op students; "
     "I told them to apply through the public careers page. Your expense claim has been approved and "
     "the honorarium should reach your account by the end of {month}.\n\n{first2}"),
])

F.add("en6-b-07-think-tank-review", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "Subject: Paid peer review - working paper on {topic}\n\nDear {first},\n\nThe Ridgeline Institute "
     "for Public Policy would like to commission a signed peer review of a forthcoming working paper on "
     "{topic}. The honorarium is {amount}; your review will be acknowledged by name when the paper is "
     "published in {month}. We ask only for your expert opinion, not for any non-public information "
     "from your department.\n\nWith thanks,\n{first2} {last}\nSenior Fellow"),
    ("none", "",
     "Dear {first},\n\nAs agreed, the commissioned paper will carry your name, go through our "
     "standard editorial process and be posted on ridgeline.example.org under a Creative Commons "
     "licence. Our funders are listed in the annual report; none of them sees drafts. Contract attached."
     "\n\nBest regards,\n{first2}"),
    ("none", "",
     "{first},\n\nA note from our ethics office: because you are a public servant, please confirm that "
     "your deputy minister's office has cleared the outside activity before we pay the honorarium. "
     "Happy to send them a letter describing the work.\n\n{first2} {last}\nRidgeline Institute"),
])

F.add("en6-b-08-cleared-ad-inmail", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "Hi {first}, I'm a recruiter at Aurelian Space Systems. We're hiring a Ground Segment Software "
     "Engineer in Colorado Springs. Active TS/SCI required (US citizens only, per contract). Full "
     "posting and application: careers.example.com/AS-4471. Questions welcome here."),
    ("none", "",
     "{first}, following up on the systems engineer role: the position requires an active Secret "
     "clearance, which we verify through the official system after you apply - please don't send me "
     "any details of your clearance or programmes in this chat."),
    ("none", "",
     "Hi {first}, I'm an agency recruiter (Brightline Talent, brightline.example.com). My client is a "
     "defence prime that I can name once you're interested - agencies aren't allowed to before that. "
     "The role needs an active Secret clearance. Can we move to a phone call? I won't ask about your "
     "programmes, that's between you and their security officer."),
    ("none", "",
     "Hello {first}, thanks for applying. Next step is a video interview with the hiring manager "
     "{first2} {last} on {day} at {time} via our company Teams. You'll get the link from "
     "noreply@careers.example.com."),
])

F.add("en6-b-09-clearance-bulletin", 0, "cleared_job_ad", "email", True, [
    ("none", "",
     "Subject: Job bulletin - Policy Analyst (EC-05), reliability status / Secret\n\nThe Department "
     "of Energy Transition is hiring Policy Analysts in Ottawa. Condition of employment: Secret "
     "security clearance. Closing date: {day}, {month} 30. Apply only through the official jobs portal; "
     "we never ask candidates for fees or personal banking details.\n\nStaffing Services"),
    ("none", "",
     "Subject: Nuclear security officer vacancies\n\nBrightwater Nuclear is recruiting security officers for "
     "its generating station. Candidates must obtain site access security clearance and pass a "
     "background check. Information sessions on {day} at {time}. Contact: staffing@example.com or "
     "{phone}."),
    ("none", "",
     "Hi all,\n\nFwd from {first2} in HR - internal posting: Senior Cryptographic Engineer, "
     "Developed Vetting (DV) required, London or Bristol, reply to the HR ticket not to me. Pass on to "
     "anyone suitable.\n\n{first}"),
])

F.add("en6-b-10-security-notice-email", 0, "security_awareness", "email", True, [
    ("none", "",
     "Subject: Security awareness: fake recruiters on LinkedIn\n\nColleagues,\n\nWe have seen a rise "
     "in approaches from 'headhunters' and 'consultants' who ask staff with clearances to move the chat "
     "to WhatsApp, WeChat or Telegram, offer {amount} for a 'short report' for an unnamed client, ask "
     "for internal information, invite you abroad with travel paid, and say 'no need to tell your "
     "employer'. If this happens, stop replying and report it to security@example.com.\n\nCorporate "
     "Security"),
    ("none", "",
     "Subject: Think before you link - refresher due {day}\n\nAll staff are reminded to complete the "
     "annual module. Warning signs covered: flattery, quick moves to personal email or encrypted apps, "
     "payment in crypto or gift cards, requests to keep contact secret. Reporting is confidential and "
     "nobody gets in trouble for a report made in good faith.\n\n{first2} {last}, Security Office"),
    ("none", "",
     "Subject: Community notice - calls threatening family overseas\n\nSome members of our community "
     "have received calls from people claiming to be police from their home country, pressuring them "
     "to return or to report on others, and threatening relatives. This is transnational repression. "
     "Do not comply; note the number and contact the police non-emergency line.\n\n{uni} Students' "
     "Association"),
])

F.add("en6-b-11-security-team-chat", 0, "security_awareness", "chat", True, [
    ("none", "",
     "[{time}] {first}: fyi got one of those 'recruiter' msgs, wanted to move to telegram and pay me for "
     "a report for their client lol. reported it to security like the training said"),
    ("none", "",
     "[{time}] {first2} (InfoSec): thanks {first}! that's textbook. please don't reply, just forward "
     "the screenshot to the phishing mailbox. if they mention crypto or meeting abroad note that too"),
    ("none", "",
     "[{day} {time}] {first2} (InfoSec): reminder for the #general channel: nobody from the company "
     "will ever ask you to keep something secret from your manager or pay you in gift cards. if in "
     "doubt, ask us"),
])

F.add("en6-b-12-wechat-family", 0, "family_chat", "chat", True, [
    ("none", "",
     "[{time}] Mum: {first} did you get the money I sent on WeChat? for your rent. don't tell your "
     "father it was that much 😅"),
    ("none", "",
     "[{time}] Auntie Lin: your grandma asks when you're coming home this summer!! she wants to see "
     "you before her birthday. we'll pay half the ticket"),
    ("none", "",
     "[{day} {time}] {first2}: cuz can you send me your new number? WeChat keeps logging me out and I "
     "want to video call with you and mum on sunday"),
    ("none", "",
     "[{time}] Dad: don't talk about your job on WeChat ok, your uncle says they read everything. call "
     "me on whatsapp on {day}. and send your mother some photos she misses you"),
])

F.add("en6-b-13-whatsapp-relatives", 0, "family_chat", "chat", True, [
    ("none", "",
     "{first2}: hey {first}!! dad says you're working at {employer} now?? so proud. call us on "
     "whatsapp when you can, the time difference is killing me"),
    ("none", "",
     "{first2}: sending you {small} for the flowers, I'll reimburse the rest when I'm back from "
     "{city}. keep it between us, it's a surprise for mum"),
    ("none", "",
     "[{time}] Uncle {first2}: your cousin wants to study engineering in Canada. can you tell him how "
     "you applied? nothing special, just your experience. thanks beta"),
])

F.add("en6-b-14-colleagues-to-teams", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "[{time}] {first2}: this thread is getting long, can we move it to Teams? I'll start a channel for "
     "the substation upgrade and add {first} and the vendor contact"),
    ("none", "",
     "[{time}] {first}: pls don't send the design files over personal whatsapp, IT will kill us. "
     "Slack #grid-ops or SharePoint only"),
    ("none", "",
     "[{day} {time}] {first2}: added you to the corporate WeChat group for the Shenzhen supplier "
     "visit. travel desk is booking flights, {first} has the per diem rules"),
])

F.add("en6-b-15-former-colleague-inmail", 0, "coworker_channel", "inmail", True, [
    ("none", "",
     "Hey {first}! Long time since {employer}. I'm at a startup now doing {topic}. Would love to catch "
     "up - drop me a line at my work email {first2}@startup.example.com and let's grab coffee when "
     "I'm in town {day}."),
    ("none", "",
     "{first}, good to hear from you. Since we're both on the standards committee, let's move this to "
     "the committee's Slack so the others see it too. Nothing here we can't share."),
    ("none", "",
     "Hi {first}, {first2} here from your old team. Our manager's leaving do is on {day}, we're "
     "collecting $20 each for a gift - don't tell her! I'll add you to the Signal group we use for "
     "the drinks."),
])

F.add("en6-b-16-travel-reimbursement", 0, "payroll", "email", True, [
    ("none", "",
     "Subject: Expense claim approved - {city} conference\n\nHi {first},\n\nYour claim for the {city} "
     "trip (flights, hotel, registration) has been approved and {amount} will be paid to your salary "
     "account with the next payroll run. Please keep the original receipts for seven years.\n\nFinance "
     "Operations"),
    ("none", "",
     "Hi {first},\n\nQuick one from travel desk: the company covers flights and hotel for the "
     "supplier audit in {city}, but the client dinner must go on your corporate card with the guest "
     "names, per the gifts and hospitality policy. Don't pay anything in cash if you can avoid it.\n\n"
     "{first2}"),
    ("none", "",
     "{first},\n\nYour per diem claim was returned: the receipt for {small} is missing. Please upload a "
     "photo in Concur by {day}. If a supplier offered to pay for anything on the trip, declare it on the "
     "hospitality register.\n\nThanks,\n{first2} {last}, Accounts Payable"),
])

F.add("en6-b-17-bank-payroll-notice", 0, "bank_notice", "email", True, [
    ("none", "",
     "Subject: Incoming international payment\n\nDear {first} {last},\n\nWe received an incoming wire "
     "of {amount} from {uni} with the reference 'Honorarium guest lecture'. It has been credited to "
     "your chequing account. We will never ask you to confirm your password or to buy gift cards.\n\n"
     "Northbank Customer Care"),
    ("none", "",
     "Subject: Change to your direct deposit\n\nHi {first},\n\nThis confirms that your direct deposit "
     "details were changed on {day} in the HR portal. If you did not make this change, call the payroll "
     "help line on {phone} at once; payroll will never ask you to move your salary to crypto or to "
     "another person's account.\n\nPayroll Services"),
    ("none", "",
     "Subject: Your e-Transfer from {first2}\n\n{first2} {last} sent you {small} with the message "
     "'for the concert tickets, don't tell Jess yet'. Deposit it from your banking app.\n\nThis is an "
     "automated notice."),
])

F.add("en6-b-18-alumni-parents-groups", 0, "alumni_group", "chat", True, [
    ("none", "",
     "[{time}] {first2} ({uni} alumni): classmates! reunion dinner in {city} on the {day} of the "
     "conference. AA, about {small} each, add your name in the WeChat group"),
    ("none", "",
     "[{time}] {first} (Grade 4 parents): the class teacher's gift - please send {small} to me by "
     "e-transfer and please keep it quiet around the kids, they can't keep secrets 🙈"),
    ("none", "",
     "[{day} {time}] {first2}: anyone in the alumni group working in semiconductors? my son needs "
     "advice on which grad programmes are good. happy to move to whatsapp if easier"),
])

F.add("en6-b-19-journalist-on-record", 0, "journalist", "inmail", True, [
    ("none", "",
     "Hi {first}, I'm {first2} {last}, a reporter at the Prairie Ledger. I'm writing about the "
     "shortage of engineers in {topic}. Would you be willing to speak on the record, with your name and "
     "title, for 20 minutes this week? I'm not looking for anything internal to {employer}."),
    ("none", "",
     "{first}, thanks for agreeing. I'll call on your office line at {time} on {day}; if your comms team "
     "wants to sit in, that's fine. I'll send quotes for fact-checking before publication."),
    ("none", "",
     "Hello {first}, your press office said you can't talk about the licensing decision before it's "
     "published, which I understand. Could we instead talk about your career path for the profile? "
     "Totally on the record."),
])

F.add("en6-b-20-conference-organiser", 0, "conference_invite", "email", True, [
    ("none", "",
     "Subject: Invited speaker - International Symposium on {topic}, {city}\n\nDear Dr {last},\n\nOn "
     "behalf of the programme committee, I invite you to give a 30-minute talk at the symposium in "
     "{city} in {month}. The organisers cover economy flights, four nights' hotel and registration. "
     "Talks are public and the proceedings are published.\n\nProf. {first2} Han\nGeneral Chair"),
    ("none", "",
     "Dear {first},\n\nThanks for registering. Speakers can book flights themselves and be reimbursed "
     "on presentation of receipts, or use our travel agency. The visa invitation letter is attached. "
     "Please check with your employer's travel security office before you go, as many of our speakers "
     "from government do.\n\nBest,\nSymposium Secretariat"),
    ("none", "",
     "{first},\n\nA reminder that slides must be cleared for public release by your organisation; we "
     "post them online after the event. Dinner on {day} at {time} is open to all speakers.\n\n"
     "{first2}, Local Organising Committee"),
])

F.add("en6-b-21-hr-onboarding", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "Subject: Welcome to {employer} - before your first day\n\nHi {first},\n\nWelcome! Before "
     "{day} please sign the confidentiality agreement and the acceptable use policy in Workday. The "
     "terms of your offer are confidential, so please don't share them with other candidates. Your "
     "laptop will be handed to you on site; we never ask new hires to pay for equipment.\n\n{first2} "
     "{last}, People Team"),
    ("none", "",
     "Hi {first},\n\nFor your security clearance application, please fill in the form in the official "
     "portal only. Security will interview you in person. Do not send passport copies by email or to "
     "anyone who contacts you claiming to be from us.\n\n{first2}, Onboarding"),
    ("none", "",
     "{first},\n\nPayroll needs your direct deposit details by {day}. Enter them yourself in the HR "
     "portal - we will not ask for them by phone or text. Your relocation allowance of {amount} is paid "
     "with your first salary.\n\nPeople Team"),
])

# ---------------------------------------------------------------- benign ordinary chat (plain)
F.add("en6-b-22-money-for-mum", 0, "ordinary_chat", "chat", False, [
    ("none", "",
     "can u send mum {small} for the gas bill, ill pay u back {day} when i get paid"),
    ("none", "",
     "[{time}] {first}: sent u the {small} i owed u from the trip, check ur account. thx for covering me"),
    ("none", "",
     "{first2}: mum says the transfer didnt go thru?? she gave the wrong acct number again lol can u "
     "call her when ur free"),
])

F.add("en6-b-23-pickups-and-numbers", 0, "ordinary_chat", "chat", False, [
    ("none", "",
     "{first} can u pick me up from the station at {time}? train from {day} got cancelled ugh"),
    ("none", "",
     "hey its {first2} new phone, save this number. old one got stolen so dont reply to anything from "
     "the old number asking for money"),
    ("none", "",
     "[{time}] {first}: send me ur number and i'll add u to the group chat for saturday 🎉"),
])

F.add("en6-b-24-surprise-secret", 0, "ordinary_chat", "chat", False, [
    ("none", "",
     "{first} dont tell dad about the present!! its the watch he wanted, i paid {small} already, u owe me "
     "half. pick it up {day}?"),
    ("none", "",
     "[{time}] {first2}: shhh keep it secret, party is {day} at {time}. {first} is bringing the cake"),
    ("none", "",
     "{first}: grandpa wants to pay for the whole trip to {city} but dont let mum know how much it cost "
     "she'll freak"),
])

F.add("en6-b-25-boss-report-friday", 0, "work_chat", "chat", False, [
    ("none", "",
     "boss wants the report by friday 😩 can u send me ur numbers for the {topic} section tonight"),
    ("none", "",
     "[{time}] {first2}: {first} the client called, they want the quote revised before {day}. can u "
     "ring me on my mobile, {phone}"),
    ("none", "",
     "[{day} {time}] {first}: flight to {city} booked for the trade show, company card. remind me to "
     "keep the taxi receipts this time lol"),
])

F.add("en6-b-26-municipal-shift-chat", 0, "work_chat", "chat", False, [
    ("none", "",
     "[{time}] {first2}: can u swap my {day} shift at the water plant? ill cover ur weekend. dont tell "
     "the supervisor til its approved"),
    ("none", "",
     "{first}: the city moved us all to the new scheduling app, download it before monday or u wont "
     "see ur shifts"),
    ("none", "",
     "[{time}] {first2}: council wants the snow-clearing report by {day}, i'll text u the numbers from "
     "my personal phone, work one is dead"),
])

F.add("en6-b-27-flatmates-rent", 0, "ordinary_chat", "chat", False, [
    ("none", "",
     "rent is due {day}, e-transfer me ur half ($950) pls. landlord wants it all in one payment"),
    ("none", "",
     "[{time}] {first}: paid the hydro bill, ur share is {small}. no rush, pay me back whenever"),
    ("none", "",
     "{first2}: landlord wants cash for the deposit?? sounds sketchy, tell him we'll do e-transfer "
     "with a receipt"),
])

SUBTLE = {"en6-s-14-subtle-return-pressure", "en6-s-15-subtle-clearance-probe", "en6-s-16-subtle-policy-draft",
          "en6-s-17-subtle-trip-invite", "en6-s-18-subtle-own-phone", "en6-s-19-subtle-relative-account",
          "en6-s-20-subtle-laptop-advance"}


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for row in rows:
        if row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    write(rows, Path(__file__).resolve().parent / "en_author6.jsonl")


if __name__ == "__main__":
    main()
