"""English training families from a fifteenth hand: diaspora coercion, job and task scams and
unusual payment, against honest look-alikes in the same family, community and workplace settings.

Who and how. Written by a helper session (an AI assistant) by hand from the threat description in
DESIGN.md and the public warnings summarised in its brief (CSIS, MI5/NPSA "Think Before You Link",
FBI), blind to the rule packs, the training corpus, data/dev and the evaluation sets: the only
file under data/corpus/ it opened is template_families.py. The screener was never run on the output.
Every template is written out in its own words (three per family); slots vary only names, days,
dates, places, roles, sectors and invented firm names, and greetings and sign-offs come from
pools shared by both classes (one set of pools per register). Everything is invented: people, firms,
e-mail addresses (example.com/.org domains), phone numbers (555-01xx, +44 7700 900xxx,
+44 20 7946 0xxx, +86 138 0000 0000, +852 5000 0164).

Run: .venv/bin/python data/corpus/raw/en_author15_source.py  (rewrites en_author15.jsonl; the
script checks unique ids and texts, the word band of every register, benign rows with stage
"none" and no categories, and that no subtle message carries a stock word of TELLTALE).

Suspicious families (en15-s-NN): men visiting a father's flat, a brother's post, an overseas
"service station" notice, a family friend who wants a reading group's names for a mother's pension,
a cousin relaying a request for a video call, names from a student talk; a task platform in USDT,
a laptop bought from the "vendor" by gift card or cheque, training paid in gift cards, parcel
reshipping and account "forwarding" jobs, a task site that asks to top up a balance; the fee sent
to a sister's account or a wallet, an envelope left with a cousin, cash on arrival abroad, a hosted
visit booked as annual leave, what has not been announced yet, a number that isn't the work one,
a few paid pages on the panel's weighting, flattery of someone inside a programme, a headhunter
who moves to WeChat. 13 of the 21 families are subtle (no stock word; the intent shows only in
what is asked). Benign families (en15-b-NN), 28 of 31 look-alikes: coming home for the holidays,
a parent's scan, money for mum and remittances home, a cousin's wedding, a Saturday-school parents'
group, a community association gala, a student society, consulate passport services and its scam
warning, onboarding with equipment shipped by the employer and ID through the portal, a payroll
portal, bank scam warnings, friends splitting costs, travel expenses, board slides on the work
channel, a public tender, cleared job adverts, a recruiter who names the role and uses WhatsApp for
scheduling, a headhunter who names the client, an expert network that refuses confidential
information, a think-tank review, a paid guest lecture, a speaker abroad, a journalist on the
record, a consultant invoicing a named client, a security briefing quoting the coercion and
recruiter warning signs; plain: a late-running friend, reminders, a status e-mail and minutes.

Counts (printed by the script):
    458 messages in 52 families
    suspicious 184 in 21 families (13 subtle families, 114 messages)
    benign 274 in 31 families (28 look-alike families, 248 messages)
    words 3-20 / 30-120 / 121-300, suspicious: 70 / 61 / 53
    words 3-20 / 30-120 / 121-300, benign: 88 / 89 / 97
    stages (suspicious): coercion 52, job_scam 43, payment 18, meeting 18, elicitation 15, pivot 15, contact 9, secrecy 8, paid_task 6
    categories (suspicious): unusual_payment 56, coercion 52, secrecy 47, job_scam 43, sensitive_info 39, paid_task 36, off_platform 35, vague_client 30, client_meeting 27, credential_targeting 18
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write  # noqa: E402

SEED = 15_2026_1122
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "en_author15.jsonl"

# Slots. Every pool is shared by both classes; none carries a stock word, so a slot can never
# give a subtle message away.
POOLS: dict[str, list[str]] = {
    "name": ["Wei", "Priya", "Tomasz", "Amara", "Lena", "Jun", "Farid", "Ines", "Mehmet", "Hana",
             "Diego", "Olu"],
    "sur": ["Okafor", "Lindqvist", "Marchetti", "Haddad", "Novak", "Tanaka", "Ferreira", "Brennan",
            "Kowal", "Achterberg"],
    "sender": ["Grace", "Marcus", "Yusuf", "Sofia", "Kenji", "Anneke", "Rahul", "Bea"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "date": ["3 March", "12 April", "18 May", "9 June", "21 September", "14 October"],
    "city": ["Singapore", "Kuala Lumpur", "Istanbul", "Dubai", "Macau", "Bangkok", "Vienna"],
    "hostcity": ["Toronto", "Manchester", "Melbourne", "Rotterdam", "Vancouver", "Auckland"],
    "festival": ["the New Year holidays", "the summer break", "Mum's birthday", "the long weekend"],
    "role": ["Senior RF Engineer", "Principal Firmware Engineer", "Grid Protection Engineer",
             "Systems Safety Lead", "Network Security Architect"],
    "sector": ["satellite communications", "grid control systems", "chip packaging",
               "radar design", "5G core networks", "battery chemistry", "hypersonic testing",
               "export-control policy"],
    "xnet": ["Lattice Expert Partners", "Meridian Insight Calls", "Fairhaven Advisory Network",
             "Quorum Research Connect"],
    "conf": ["the Asia-Pacific Grid Resilience Summit", "the SpaceOps Horizons Forum",
             "the Chip Packaging Symposium", "the Coastal Energy Futures Conference"],
    "org": ["Northwind Avionics", "Calder Grid Systems", "Brightwater Semiconductors",
            "Heliant Telecom", "Marlow Defence Electronics"],
}

# Openers and closers, by register; each list is drawn from by BOTH classes.
CHAT_OPENERS = ["", "", "", "hey ", "Hi, "]
CHAT_CLOSERS = ["", "", "", " 🙏", " thanks"]
NOTE_OPENERS = [""]
NOTE_CLOSERS = ["", "", "\n(automated message)"]
MAIL_OPENERS = ["", "Hi,\n\n", "Hello,\n\n", "Good morning,\n\n", "Hi again,\n\n"]
MAIL_CLOSERS = ["", "\n\nBest,\nNadia", "\n\nKind regards,\nOwen Pritchard", "\n\nThanks,\nSam",
                "\n\nWarm regards,\nL. Oyelaran", "\n\nCheers,\nJo"]
LONG_OPENERS = [""]
LONG_CLOSERS = ["", "", "\n\nSent from my iPhone", "\n\n--\nPlease think of the environment before printing."]

# Stock words that an overt message may carry and a subtle one must not (checked below).
TELLTALE = re.compile(
    r"whats\s?app|wechat|weixin|telegram|signal|viber|\bline app|\bvx\b|\bwx\b|gmail|proton|\bqq\b"
    r"|@|[$€£¥]|\bclients?\b|\bfees?\b|\b(?:pay|pays|paid|paying|payment|payments|payroll)\b"
    r"|\bcash\b|crypto|bitcoin|usdt|\bmoney\b|reward|honorarium|stipend|gift ?card|deposit"
    r"|cheque|\bcheck\b|confidential|secret|classified|between us|internal|non-public|report"
    r"|police|\breturn|don'?t tell|your employer",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------------------------------
# Short chat lines (3-20 words), personal voices
# ---------------------------------------------------------------------------------------------
CHAT = Families()

CHAT.add("en15-s-01-men-at-dads-flat", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Those two men visited your dad again, {name}. They keep asking when you're flying home."),
    ("coercion", "coercion",
     "Your mum says please just call the number they left before {day}. It will be easier for everyone."),
    ("coercion", "coercion",
     "{name}, they know where you study now. Dad asks you to stop going to those Sunday meetings."),
])
CHAT.add("en15-s-04-brother-loses-post", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "The police came again. If you don't return before {festival}, your brother loses his post."),
    ("coercion", "coercion",
     "They said Mum's pension stops unless you come back and sign the statement. Please, {name}."),
    ("coercion", "coercion",
     "Officer Zhao says register at the overseas service station by {day}, or Dad's shop gets inspected."),
])
CHAT.add("en15-s-12-not-announced-yet", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info vague_client",
     "The people I work with hoped for more on what hasn't been announced. Anything on {day}'s shortlist?"),
    ("elicitation", "sensitive_info",
     "Just the draft numbers before they go to the minister on {day}, nothing anyone would miss."),
    ("elicitation", "sensitive_info",
     "Could you photograph the page with the test dates, {name}? The published version leaves them out."),
])
CHAT.add("en15-s-13-number-not-work", 1, "handler_followup", "chat", False, [
    ("pivot", "off_platform",
     "This site keeps eating my messages, {name}. Is there a number that isn't your work one?"),
    ("pivot", "off_platform",
     "Easier if we talk somewhere your company doesn't archive. Personal address, {name}?"),
    ("pivot", "off_platform secrecy",
     "I'll send you a link to a private chat, {name}. Delete this thread after, it's cleaner."),
])
CHAT.add("en15-s-16-leave-it-out", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "Probably best not to mention {day}'s chat to your security office, {name}. They complicate everything."),
    ("secrecy", "secrecy client_meeting",
     "Book the {city} trip as annual leave, {name}. No forms needed for a holiday."),
    ("secrecy", "secrecy",
     "If anyone at work asks, we met at the alumni dinner in {hostcity}. Which is true, really."),
])
CHAT.add("en15-s-19-names-from-the-talk", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Send me the names from {day}'s talk, and who took leaflets. Photos help too."),
    ("coercion", "coercion",
     "{name}, the association back home wants to know who organises the vigil. Just first names."),
    ("coercion", "coercion",
     "{name}, your scholarship goes smoother if you sit with the new students and pass on what they say."),
])
CHAT.add("en15-s-20-envelope-with-cousin", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment",
     "I'll leave an envelope with your cousin at the restaurant on {day}. Count it there."),
    ("payment", "unusual_payment",
     "Easier if it goes to your mum's card than your own, {name}. No questions at your bank."),
    ("payment", "unusual_payment paid_task",
     "Pick a store voucher, any store, and I'll send the code on {day} for the last piece."),
])
CHAT.add("en15-b-01-coming-home", 0, "family_chat", "chat", True, [
    ("none", "", "Mum asks if you're coming home for {festival}. Dad already booked your seat lol"),
    ("none", "", "Grandma keeps asking when you'll return, {name}. Sent you the WeChat photos from her party."),
    ("none", "", "Are you flying back before the wedding on {date}? Auntie wants to know how many rooms to keep."),
])
CHAT.add("en15-b-02-dads-scan", 0, "family_chat", "chat", True, [
    ("none", "", "Dad's scan is on {day}. Call on WhatsApp tonight? No need to fly back yet."),
    ("none", "", "{name}, Mum's blood pressure is fine now, doctor says rest. Don't tell her I told you she fainted."),
    ("none", "", "Hospital wants a family member to sign on {day}. Can you do it by video?"),
])
CHAT.add("en15-b-10-splitting-the-cabin", 0, "ordinary_chat", "chat", True, [
    ("none", "", "Cabin came to 642 total, so 107 each. Transfer whenever, no rush {name}."),
    ("none", "", "I paid the restaurant in cash, {name}, send me your half by bank transfer or PayPal."),
    ("none", "", "Petrol plus tolls was 58. Just buy the coffees on {day} and we're even."),
])
CHAT.add("en15-b-18-board-slides", 0, "coworker_channel", "chat", True, [
    ("none", "", "can you send me the draft of the board slides before {day}? internal version is fine"),
    ("none", "", "Moving this to the Teams channel, {name}, Slack search is useless for the tender files."),
    ("none", "", "Don't forward the pricing sheet outside the team before {day}, it's confidential until the announcement."),
])
CHAT.add("en15-b-23-money-for-mum", 0, "family_chat", "chat", True, [
    ("none", "", "Can you send mum 200 this month? Her pension is late, I'll pay you back {day}."),
    ("none", "", "Sent money to Uncle's account for grandma's medicine on {day}, receipt is in the family chat."),
    ("none", "", "{name}, don't put cash in the card this time, just do the bank transfer like last year."),
])
CHAT.add("en15-b-24-saturday-school", 0, "parents_group", "chat", True, [
    ("none", "", "Reminder for {name}'s class: Saturday school fees are paid in cash at the front desk, receipts given."),
    ("none", "", "Chinese exam moved to {day}. Teacher Liu will post the reading list in the WeChat group."),
    ("none", "", "Can someone drive {name}'s kids home after the dragon dance rehearsal? We're stuck at work."),
])
CHAT.add("en15-b-25-trip-expenses", 0, "travel_reimbursement", "chat", True, [
    ("none", "", "Finance reimburses the {city} flights. Receipts go in the expense portal, not to me."),
    ("none", "", "Per diem for the trip comes with next month's salary, {name}."),
    ("none", "", "{city} hotel's on the company card. If they want a cash deposit, keep the slip."),
])
CHAT.add("en15-b-27-running-late", 0, "ordinary_chat", "chat", False, [
    ("none", "", "running 10 min late {name}, order me the noodles"),
    ("none", "", "{name} are we still on for climbing {day}? I'll bring the spare shoes"),
    ("none", "", "Did anyone find my blue umbrella after {name}'s party?"),
])

# ---------------------------------------------------------------------------------------------
# Notices, SMS and adverts (short and mid-length), impersonal voices
# ---------------------------------------------------------------------------------------------
NOTE = Families()

NOTE.add("en15-s-07-task-commission", 1, "task_scam", "sms", False, [
    ("job_scam", "job_scam off_platform unusual_payment",
     "Hi {name}! Remote job: like 30 videos a day, earn 80-300 USDT commission. Reply YES on Telegram."),
    ("job_scam", "job_scam unusual_payment",
     "{name}, your task account is frozen. Top up 150 USDT to unlock level 2 and withdraw your commission."),
    ("job_scam", "job_scam unusual_payment",
     "Congrats {name}, you were selected! Daily pay 200, training fee 49 by gift card. Text 555-0147."),
])
NOTE.add("en15-b-21-id-through-portal", 0, "hr_onboarding", "sms", True, [
    ("none", "",
     "Hi {name}, please upload your passport and right-to-work documents via the onboarding portal, not by e-mail."),
    ("none", "", "Reminder for {name}: bank details for payroll go in the HR portal only. We never ask by text."),
    ("none", "", "{name}, your laptop ships {day} from IT. Nothing to pay; just sign for it at reception."),
])
NOTE.add("en15-b-29-reminders", 0, "notification", "sms", False, [
    ("none", "", "{name}, your parcel from Hartley Books arrives {day} between 9:00 and 13:00."),
    ("none", "", "Library notice for {name}: 2 items due {day}. Renew online at library.example.org."),
    ("none", "", "Dentist reminder for {name}: check-up {day} at 14:20. Reply C to cancel."),
])
NOTE.add("en15-s-02-service-station-notice", 1, "coercion", "notice", False, [
    ("coercion", "coercion",
     "To all nationals living in {hostcity}: the overseas service station at the community centre "
     "now handles licence renewals and 'family matters'. Everyone who left after 2019 must register "
     "in person by {date}; bring your passport and the names of the associations you belong to. "
     "Those who do not register will be visited, and their relatives at home will be contacted by the "
     "local police. This is for your own protection."),
    ("coercion", "coercion",
     "Dear {name}, this is the liaison office for overseas residents. Our records show you have not "
     "renewed your household registration. Your father has been asked to come to the station twice. "
     "The matter closes quickly if you return for a short interview, or if you help us by sending a "
     "short report on the student group you joined. Call +86 138 0000 0000 before {day}."),
    ("coercion", "coercion off_platform",
     "Volunteers wanted for community safety. The service station seeks students willing to write a "
     "monthly report on classmates who attend protests or talks by 'separatists'. One trip home a year "
     "is covered, and help with your family's paperwork. Those already on our list who decline should "
     "understand that we cannot protect their relatives. Contact Mr Gao on WeChat by {day}: gao_liaison_example."),
])
NOTE.add("en15-s-21-level-two-balance", 1, "task_scam", "notice", False, [
    ("job_scam", "job_scam",
     "Welcome to the evaluation team, {name}! Your role: rate 40 products a day on the merchant site. "
     "Level 1 earns a small share per rating. To open Level 2 your balance must be 300 or more; top it "
     "up from your own account and it comes back with the day's earnings. Most members reach Level 3 "
     "within a week, and the best earners are invited to train newcomers."),
    ("job_scam", "job_scam",
     "Hi {name}, thank you for finishing today's orders. The system shows a combination order worth "
     "1,460 that must be completed before withdrawal. Once your balance covers it, all profits of the "
     "week are released together. Please do not close the account: it cannot be reopened, and the "
     "earnings on it would be lost."),
    ("job_scam", "job_scam",
     "Position: part-time parcel coordinator, work from home. You receive packages in {hostcity} for our overseas "
     "buyers, inspect the contents and repack them with the new labels we send you each morning. Use your "
     "own name and address so couriers trust the delivery. Start {day}; your first salary comes after "
     "30 days of probation."),
])
NOTE.add("en15-b-09-payroll-portal", 0, "payroll_notice", "notice", True, [
    ("none", "",
     "Payroll notice for {name}: as a new starter, please enter the bank account for your salary in the PeopleHub "
     "portal before {date}. Payroll will never ask for bank details by e-mail, text or WhatsApp, and we "
     "never pay salaries in cash, crypto or gift cards. If someone asks you to, forward the message to "
     "security@northwind.example.com."),
    ("none", "",
     "{name}, your expense claim EXP-20417 for the {city} conference (flights, hotel, per diem) was approved "
     "and will be paid into your salary account on the next payroll run. If the amount looks wrong, "
     "raise it in the portal; please do not reply to this automated message."),
    ("none", "",
     "Reminder from HR Payroll for {name}: this month's pay date moves to {date} because of the bank holiday. "
     "Contractors paid through the agency are not affected. Your payslip will appear in the portal the "
     "day before. Questions go to the payroll desk on extension 4410, never to a personal number."),
])
NOTE.add("en15-b-11-bank-scam-warning", 0, "bank_notice", "notice", True, [
    ("none", "",
     "Dear {name}, Harbourline Bank will never ask you to move money to a 'safe account', pay a fee in crypto or "
     "gift cards, or share a one-time code. If a caller says they are from the police or your bank and "
     "tells you to keep the call secret, hang up and ring the number on the back of your card."),
    ("none", "",
     "Hi {name}. A job offer that needs a deposit? Scammers offer remote jobs, then ask you to buy equipment, pay for "
     "training, or receive money into your account and send it on. That makes you a money mule. "
     "Genuine employers send equipment at their own cost. Report it to us on 555-0132."),
    ("none", "",
     "Security alert for {name}: we stopped a transfer of 2,400 to a new payee marked 'task platform "
     "top-up'. If you did not make it, do nothing. If you did, talk to us first: apps that ask you to top "
     "up a balance before you can withdraw your earnings are scams."),
])
NOTE.add("en15-b-20-cleared-adverts", 0, "cleared_job_ad", "notice", True, [
    ("none", "",
     "Hiring: {role}, Marlow Defence Electronics, Bristol. Active SC clearance required, DV preferred. "
     "Salary £78,000–£92,000 plus 10% bonus. Radar processing for naval platforms, on site four days a "
     "week. Apply by {date} through careers.marlow.example.com; we do not accept CVs via WhatsApp or personal "
     "e-mail."),
    ("none", "",
     "Job posting: {role} (TS/SCI with polygraph), Calder Grid Systems, Columbia, MD. Band "
     "$140,000–$165,000. You will support classified network engineering for a federal customer. US "
     "citizenship required, apply by {date}; clearance is verified by our facility security officer after a conditional "
     "offer."),
    ("none", "",
     "We're recruiting a {role} for a government satellite ground-station programme in Ottawa. "
     "Reliability status required, Secret clearance an asset. CAD 118,000–134,000, hybrid, start {date}. Interviews "
     "are held at our office; we will never ask you to pay for background checks or to move the "
     "conversation to another app."),
])

# ---------------------------------------------------------------------------------------------
# InMails and short e-mails (30-120 words); greeting and sign-off come from the shared pools
# ---------------------------------------------------------------------------------------------
MAIL = Families()

MAIL.add("en15-s-05-cousin-passes-it-on", 1, "coercion", "email", False, [
    ("coercion", "coercion",
     "Uncle asked me to write to you. The people from the office would like a video call with you next "
     "{day}, only to chat about the association you joined in {hostcity}. He says it would make things "
     "easier with grandma's house and the permit for his shop. He didn't want to ask you himself. Please "
     "just do it this once."),
    ("coercion", "coercion",
     "I know you don't want to hear it, but they came to the school where I teach on {day} and asked about you. "
     "They were polite. They said if you fly home for a few weeks and have a conversation, everyone can "
     "stop worrying. My headmaster is nervous now. Could you at least tell me when you might come?"),
    ("coercion", "coercion",
     "{name}, Mum cried on the phone today. The man who visits said your posts online are being read, "
     "and that it would be a shame if her travel papers were held up. He left a list of people from your "
     "reading group and asked if you know where they live. I didn't tell him anything. What should I say "
     "next time?"),
])
MAIL.add("en15-s-06-buy-your-own-laptop", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam unusual_payment off_platform",
     "Congratulations, {name}, on your selection as Remote Data Entry Clerk with Brightlane Logistics! Before "
     "onboarding you must buy your work laptop and software from our approved vendor, which we reimburse "
     "with your first salary. Send the 650 equipment fee to the vendor via Bitcoin ATM or Apple gift "
     "cards and share the card codes with me here. Please reply only from your personal e-mail."),
    ("job_scam", "job_scam unusual_payment",
     "Your interview on the chat app went well and HR approved you. We will mail you a cheque for 3,800 on {day}. "
     "Deposit it by mobile, keep 400 as your first week's pay, and send the rest to our equipment "
     "supplier by Zelle today, as the delivery slot expires at 5 pm."),
    ("job_scam", "job_scam unusual_payment off_platform",
     "To secure the position, a refundable deposit of 120 is needed for your training kit and background "
     "check. This is standard policy for all remote staff. Pay via the link, or in USDT if your bank "
     "blocks it. After payment you receive the schedule and your manager's Telegram before {day}."),
])
MAIL.add("en15-s-10-to-your-sisters-account", 1, "handler_followup", "email", False, [
    ("payment", "paid_task vague_client unusual_payment secrecy",
     "Thank you for the paper on the grid tender, the client found it very useful. For the fee, it is "
     "better not to go into your salary account. Can I send the 2,000 to your sister's account, or do "
     "you prefer USDT? Tell me which works for you by {day}, and let's keep this between us."),
    ("payment", "paid_task vague_client unusual_payment client_meeting",
     "Our partner pays for the second report in cash when you are in {city} next month. If you can't "
     "travel, I can give it to your father when I visit your hometown; he won't need to know what it is "
     "for."),
    ("payment", "paid_task unusual_payment secrecy",
     "About the honorarium: my accountant says a transfer from abroad in your own name will raise "
     "questions at your employer. Open a wallet on the exchange I sent you and I'll put the first 1,500 "
     "there in stablecoin on {day}. Then it's yours to move when you like."),
])
MAIL.add("en15-s-14-a-few-pages", 1, "handler_followup", "email", False, [
    ("paid_task", "paid_task vague_client sensitive_info",
     "A small group I advise would value a few pages from you on how the evaluation panel is weighting "
     "the bids this round, before anything is announced. They are generous with people's time, and "
     "nothing would carry your name. Would a short note by {day} be possible?"),
    ("paid_task", "paid_task vague_client sensitive_info",
     "Your summary of the public consultation was excellent. The people I work with now wonder whether "
     "you could go one step further: the options the working group dropped, and why. Just your "
     "recollection, in your own words, by {day} if you can. We'd look after you properly for it."),
    ("elicitation", "paid_task sensitive_info",
     "Following up on our coffee last {day}: could you put together two or three pages on the firmware problems "
     "your team found during qualification? The ones that didn't make it into the published notes are "
     "the interesting part. Happy to make your evenings worthwhile, as last time."),
])
MAIL.add("en15-s-17-rare-vantage-point", 1, "fake_acquaintance", "inmail", False, [
    ("contact", "credential_targeting",
     "I came across your profile while looking for people who really understand {sector}. Engineers who "
     "have worked inside a programme like yours are rare, and I suspect your insight is undervalued "
     "where you are. I'd love to hear how your team is organised and which parts of the work you find "
     "most interesting. No agenda, just a conversation between people in the field."),
    ("contact", "credential_targeting",
     "We have not met, but a friend from your graduate school pointed me to you. He says you moved from "
     "the university lab to the ministry's technology office last year. Congratulations! I organise "
     "small informal exchanges for specialists in {sector} and would be honoured to include you. Would "
     "you have half an hour for a video call this week?"),
    ("contact", "credential_targeting",
     "Your talk on {sector} at the spring workshop stayed with me. I know a few people who follow that "
     "area closely and rarely get to speak to someone with your vantage point inside the agency. Could "
     "we exchange a few thoughts? I'll be in your city on {day}; dinner is on me."),
])
MAIL.add("en15-b-03-money-for-home", 0, "family_chat", "email", True, [
    ("none", "",
     "I've sent 300 to Auntie Rosa's account for grandma's medicine and the nurse visits, through the "
     "bank like last time (reference GRANDMA-MAR). Her hospital bill for February was paid in cash by "
     "Uncle, so we owe him our share, 150 each. Can you transfer yours to him directly before {day}? I'll "
     "keep the receipts in the family folder."),
    ("none", "",
     "Quick update on the money for home: the transfer service charged 4.50 this time, and the rate was "
     "better on Tuesday. Mum got it the same day and says thank you, and please stop sending extra. She "
     "wants you to keep it for your flight for {festival}. I'll do next month's, you do the one after?"),
    ("none", "",
     "Dad asked me to tell you that he does not need money, whatever Mum says on WeChat. He's fine, the "
     "pension came through and the house repairs are paid. If you want to help, pay for his train "
     "ticket to see the specialist in the city on {date}, and we'll split the hotel."),
])
MAIL.add("en15-b-06-association-gala", 0, "community_association", "email", True, [
    ("none", "",
     "The {hostcity} Chinese Community Association's Lunar New Year gala is on {date} at the civic hall. "
     "Tickets are 25 for adults, paid at the door or by bank transfer to the association's account "
     "(details on our website). We still need volunteers for the coat check and the children's lantern "
     "table. Reply here or join the volunteer WeChat group."),
    ("none", "",
     "Minutes from Sunday's committee meeting are attached. Main points: the consulate's passport "
     "service day is confirmed for {date} in our hall; the consulate handles everything, we only lend "
     "the room. Members asked whether we share our mailing list with anyone. We do not, and never will. "
     "Next meeting on {day}."),
    ("none", "",
     "Thanks to everyone who came to the heritage walk on {day}. Photos are on the association page; if you'd "
     "rather not appear, tell me and I'll remove yours, no questions asked. Donations for the elderly "
     "lunch club came to 812, all banked and shown in the treasurer's report for the AGM."),
])
MAIL.add("en15-b-07-student-society", 0, "student_union", "email", True, [
    ("none", "",
     "The International Students' Society AGM is on {day} at 6pm in Room 2.14. We need a sign-in sheet "
     "for fire safety and quorum; it goes to the union office only and is shredded after the count. "
     "Committee members going to the regional conference get their train fares reimbursed by the union, "
     "so keep your tickets."),
    ("none", "",
     "A reminder that the talk by the visiting journalist goes ahead on {day}. Some members have said "
     "they are worried about being photographed. Photography is not allowed in the room, and no "
     "attendance list is kept. If anyone pressures you to tell them who attended, the union welfare "
     "officer can help, in confidence."),
    ("none", "",
     "Welcome back! The society's WhatsApp group is for event news only. Please don't post other "
     "members' names or photos without asking them first. Membership fees (5 for the year) are paid "
     "through the union shop online by {date}, never in cash to a committee member."),
])
MAIL.add("en15-b-13-recruiter-names-the-role", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "I'm a recruiter at Halden Talent, working with Heliant Telecom on a {role} opening in Leeds "
     "(hybrid, £72,000–£85,000). The role leads their 5G core test lab. If you're interested, could you "
     "send an updated CV to my work address, and perhaps WhatsApp me on +44 7700 900418 so we can fix a "
     "call time? All interviews are with Heliant's hiring manager on Teams."),
    ("none", "",
     "Following our call: the interview with Orison Energy for the Grid Protection Engineer role "
     "(Aberdeen, £65–75k plus relocation) is on {day} at 10:00. Orison covers your train fare and one "
     "night at the hotel; keep receipts for their expense form. Text me on my mobile if anything "
     "changes, I'm out of the office all week."),
    ("none", "",
     "Your profile fits a Principal Firmware Engineer role at Brightwater Semiconductors in Eindhoven, "
     "€90–105k. It's permanent, on site, and needs an EU work permit. I'm at a client site until {day}, so if "
     "it's easier, reply to my personal Gmail, r.osei.recruits@gmail.example.com, and I'll pass your CV "
     "to Brightwater's HR."),
])
MAIL.add("en15-b-17-on-the-record", 0, "journalist_interview", "email", True, [
    ("none", "",
     "I'm a reporter at the Tidewater Ledger writing about the government's announced satellite "
     "broadband programme. Would you comment on the record about the public timeline and the budget "
     "published last week? I'm not asking about anything internal or confidential, only your view as an "
     "industry expert. Deadline {day} 5pm; a 15-minute call is enough."),
    ("none", "",
     "Following up on my message of {day} about the new export-control rules. I'd like to quote you by name and "
     "title; if your press office needs to approve the quote, I'm happy to go through them. If you'd "
     "rather talk on background, tell me before we start, not after."),
    ("none", "",
     "We're preparing a piece on overseas 'service stations' and the pressure some students say they "
     "face. You spoke publicly at the vigil in {hostcity}. Would you talk to us on the record? We can "
     "also discuss how we protect sources and whether your family could be affected."),
])
MAIL.add("en15-b-22-invoice-named-client", 0, "consulting_engagement", "email", True, [
    ("none", "",
     "Please find attached invoice INV-2024-031 for the grid-resilience review for Calder Grid Systems "
     "(purchase order 4500218, 6 days at the agreed day rate). Payment to my business account as per the "
     "contract, 30 days. The final report went to your team on {date} and is marked for internal use "
     "under our NDA."),
    ("none", "",
     "A quick note on the Heliant project: my fee for the extra workshop is 1,800, invoiced through my "
     "limited company as usual, and the client has approved the change request in writing. I'll send "
     "the slides to your programme office for review before they go to Heliant's board on {date}."),
    ("none", "",
     "I can take on the white paper for Orison Energy's response to the public consultation. It will "
     "carry my name and Orison's, the fee is as quoted, and I'll use only published data and what your "
     "team chooses to share under the consultancy agreement. I could start on {day}."),
])
MAIL.add("en15-b-26-guest-lecture", 0, "university_invite", "email", True, [
    ("none", "",
     "On behalf of Harlow University's School of Public Policy, I'd like to invite you to give a guest "
     "lecture on {sector} to our master's students on {date}. We pay an honorarium of 400 and reimburse "
     "rail travel; the lecture is public and will be recorded for our website. Let me know if your "
     "employer needs a formal letter."),
    ("none", "",
     "Thank you for agreeing to review the draft chapter for our open-access volume on energy security. "
     "The review fee is 250, paid by bank transfer after we receive your comments (by {date}) and the university's "
     "supplier form. Your name will appear in the acknowledgements unless you prefer otherwise."),
    ("none", "",
     "Our department's seminar series covers travel and one night's accommodation for external "
     "speakers. The seminar is open to the public, and nobody will expect you to discuss anything beyond "
     "your published work. Would {date} or the following week suit you?"),
])

# ---------------------------------------------------------------------------------------------
# Longer e-mails (120-300 words) with subject lines, signatures, quoted replies, forwarded
# headers and chat exports; they carry their own greeting, so the shared pools add only footers
# ---------------------------------------------------------------------------------------------
LONG = Families()

LONG.add("en15-s-03-names-for-the-papers", 1, "coercion", "email", False, [
    ("coercion", "coercion", """Subject: Your mother's pension papers

Dear {name},

I hope your studies are going well. I am writing as a friend of your family, not as anyone official. Your mother came to see me last week. She is worried that her pension transfer has been held up again, and she asked whether I could help. I know some people in the district office and I believe I can.

They have one small request. They are curious about the reading group you attend on Wednesday evenings in {hostcity}: who organises it, who speaks, and whether any of the older members travel abroad often. A list of names and a few photos from the next meeting would be enough. Nobody will be hurt; they only want to understand.

You don't need to write back at length. A short message with the names is fine, and after that I will go to the office with your mother myself.

With warm wishes,
Mr Lin Dehua
Chair, {hostcity} Fujian Fellowship Society"""),
    ("coercion", "coercion", """---------- Forwarded message ----------
From: Uncle Bao
Date: {date}
Subject: please read

{name}, I am forwarding this because they asked me to make sure you see it.

> Mr Bao, thank you for receiving us yesterday. As discussed, your nephew's activities in {hostcity} have come to our attention. We value him as a talented young person and we would like to hear from him directly. A video conversation with our colleague, at a time of his choosing, is all we ask. In the meantime it would be sensible for your business licence renewal to wait until this is settled.

I am too old for this. Your aunt cannot sleep. I don't know what you have been doing over there and I don't want to know. Please talk to them once. Say you are busy with your studies and nothing else. Then we can all go on living.

Bao"""),
    ("coercion", "coercion", """[20:41] Mrs Tan: {name}, did you get my voice note?
[20:42] Mrs Tan: The gentleman from the hometown association asked after you again today. He is kind but he is persistent.
[20:44] Mrs Tan: He says the students who go to the Friday talks at the library are being led astray and the association wants to help them. He asked whether you could sit with them and let him know who comes regularly, and what they plan for the anniversary.
[20:45] Mrs Tan: I said you are busy with exams. He said it would only take an hour a week, and that your father's permit to visit you next year would be much easier.
[20:47] Mrs Tan: He also mentioned that your brother's name came up at his work unit. I don't know what that means.
[20:49] Mrs Tan: I am only passing on the message. Please think about it and don't be angry with me.
[20:52] {name}: I'm not going to do that, Mrs Tan.
[20:53] Mrs Tan: I understand. He said he would ask once more, in person, when he is in {hostcity} on {day}."""),
])
LONG.add("en15-s-08-training-by-gift-card", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam unusual_payment secrecy", """Subject: Offer of Employment - Remote Administrative Assistant

Dear {name},

Following your online interview with our HR manager, we are pleased to offer you the position of Remote Administrative Assistant with Crestmoor Holdings at 28 per hour, 25 hours a week, starting {date}.

Before your start date you must complete our certified onboarding training. The training provider only accepts payment in Apple or Google Play gift cards (total 350, for example 7 cards of 50). Please purchase the cards, scratch the back, and send clear photos of the codes to this e-mail address. The full amount will be refunded with your first paycheck.

As part of payroll setup, reply with your online banking login so our finance team can verify the account. Please do not discuss this offer with anyone until onboarding is complete, as the role is confidential.

We look forward to welcoming you.

Regards,
Ms. Karen Whitfield
Human Resources Director
Crestmoor Holdings
hr.crestmoor.careers@gmail.example.com"""),
    ("job_scam", "job_scam off_platform unusual_payment secrecy", """[09:02] Recruiter Amy: Good morning {name}! This is Amy from the hiring team of Vireo Digital Marketing. We help merchants improve their app rankings.
[09:03] Recruiter Amy: Our part-time job: you complete 40 optimisation tasks each day on our platform, it takes 60 minutes. Daily salary 60-150 USDT plus commission.
[09:05] {name}: what do I need to do
[09:06] Recruiter Amy: I will give you a trial account with 20 USDT, you can withdraw profit today! After the trial please add me on Telegram @amy_vireo_hr for your training.
[09:30] Recruiter Amy: Congratulations, you earned 34 USDT on trial. To start the real account, recharge minimum 100 USDT. It is your own money and it is refunded with the commission at the end of the set.
[09:31] Recruiter Amy: Many members recharge 500 to get the VIP commission of 2%. Please send the screenshot after you recharge.
[09:45] Recruiter Amy: Dear, don't tell the bank what it's for, they sometimes block crypto purchases."""),
    ("job_scam", "job_scam unusual_payment", """Subject: RE: Equipment for your new role

Hi {name},

No problem, I understand the concern. This is the normal process for all our remote staff. The company cannot ship equipment directly to new hires for insurance reasons, so you buy it from our certified supplier and we reimburse it in full with your first payroll. The supplier only takes Zelle or Bitcoin. Your start date depends on the equipment arriving, so please send the 1,240 today.

I also need a copy of your driving licence, front and back, and your SSN for the background check, which costs 85, paid via the same supplier.

Best,
Daniel Ruiz
Onboarding Coordinator, Pinecrest Analytics

> On {day}, {name} wrote:
> Thanks for the offer. My previous employer sent me a laptop. Why do I need to buy mine first? And can I get the offer letter on company letterhead?
> Thanks"""),
])
LONG.add("en15-s-09-parcels-and-transfers", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam", """Subject: Welcome aboard - Quality Control Coordinator

Hi {name},

Welcome to Larkspur Parcel Solutions! As a home-based Quality Control Coordinator you will receive packages from our partner retailers at your address, open them, photograph the contents and send them on with the shipping labels we e-mail you each morning. It usually takes under two hours a day.

Because our retail partners are overseas, the packages will be addressed to you personally, not to our company. This keeps customs simple. Please do not open any sealed phone boxes; just photograph the outer box.

Your first two weeks are a probation period. Your salary for the month, 2,300, is released after the probation, together with a bonus for every package shipped on the same day.

Before you start, please upload a photo of your ID and a selfie holding it to our onboarding page, so that the couriers can match your signature.

Kind regards,
Monica Hale
Logistics Team Lead"""),
    ("job_scam", "job_scam", """Subject: Your account manager role - next steps

Dear {name},

Thank you for completing our online assessment. As discussed, the Regional Account Manager role involves receiving transfers from our customers in your region into your own bank account, because local accounts clear faster than our head office. Each day you will receive instructions on where to forward the amounts, keeping 8% for yourself as your earnings.

You do not need any experience. What matters is that you are reliable and discreet, and that you do the forwarding the same day. Use your main current account, not a new one; new accounts attract checks that delay the customers' orders.

Please send us your account name and number, the name of your bank and a scan of your latest statement so that we can add you to the customer portal. Your first transfer is expected on {day}.

Best regards,
Peter Laine
Recruitment Officer, Anvil Trade Services Ltd"""),
    ("job_scam", "job_scam", """Hi {name},

Great speaking with you today! To recap the next steps for the Customer Experience Specialist role:

1. Our IT team will courier a laptop and a phone to your home this week. Please keep the boxes sealed and pass the second box on to your colleague Tariq, who will collect it from you on {day}.
2. Your login for the training portal will come in a separate message. The training takes three evenings.
3. To set up your salary account quickly, please take a photo of your bank card, front and back, and read out the one-time code your bank sends you when our finance clerk calls.
4. The team prefers new hires not to post about the job on social media until the probation is over. Our competitors watch closely.

Your manager will be Alan Reece. He works nights, so most messages from him will come late.

Warmly,
Sophie Grant
Talent Team, Brightpath Support Services"""),
])
LONG.add("en15-s-11-cash-on-arrival", 1, "handler_followup", "email", False, [
    ("meeting", "client_meeting vague_client unusual_payment secrecy sensitive_info off_platform", """Subject: Invitation - closed roundtable in {city}

Dear Dr {sur},

Further to our exchanges on WhatsApp, my client would be delighted to host you at a small closed roundtable in {city} on {date}. Business-class flights and five nights at a harbour-front hotel are arranged by us; please do not book through your institution.

The honorarium of 8,000 will be handed to you in cash on arrival, in the currency of your choice, so there is no paperwork on your side. The discussion will focus on your team's upcoming test campaign and the vendors shortlisted for the next phase, the things that are not yet in the public domain, as that is what my client values.

For discretion, it would be best to describe the trip to your employer as a family holiday. My client is a private group and prefers not to be named in writing.

I will send the e-ticket to your personal e-mail.

With best regards,
Victor Lam
Managing Partner, Orient Bridge Advisory"""),
    ("meeting", "client_meeting vague_client unusual_payment secrecy sensitive_info paid_task", """[18:20] Henry: Good news, {name}. My client has approved the trip. {city}, three nights, your wife is welcome too.
[18:21] Henry: Flights and hotel on us, and they will give you the remaining 3,000 for the last two reports in person, in cash.
[18:22] {name}: I'd need to declare foreign travel at work.
[18:24] Henry: Many people in your position simply take annual leave and go as tourists. No need to make it complicated. You are meeting friends.
[18:25] Henry: They would like you to bring the slides from the internal review, on a USB stick rather than by e-mail if possible.
[18:27] Henry: After the meeting we can talk about a longer arrangement. They are very happy with your work.
[18:29] Henry: Please delete this chat after you have booked the leave."""),
    ("meeting", "client_meeting unusual_payment secrecy sensitive_info paid_task", """Subject: Re: Visit

{name},

Thank you for confirming. Everything is ready for {date}. Our driver will meet you at {city} airport. You don't need a visa stamp in your passport, as we have arranged the entry on a separate paper, so nothing will show when you go home.

Mr Zhou from the research institute will join us for dinner. He has read your reports carefully and will bring questions about the propulsion test schedule and the supplier problems you mentioned. Please bring anything you have on those; he prefers paper.

Your previous payments will be settled at the same time, and we will add a bonus for the travel. Cash in USD, as before. If your security officer asks, this is a private visit to an old friend.

Looking forward,
Chen"""),
])
LONG.add("en15-s-15-hosted-visit", 1, "fake_academic", "email", False, [
    ("meeting", "client_meeting sensitive_info secrecy credential_targeting", """Subject: Autumn visit

Dear {name},

It was a pleasure to meet you at the workshop. My colleagues and I would very much like to host you in {city} for a few days in October, and your wife is most welcome too. Flights and the hotel would be arranged by us, and you would not need to spend anything while you are here.

We have a small circle of senior people who follow {sector} closely, and they would value an informal evening with you. They are particularly interested in how your programme's schedule has changed since the spring, and what the next test phase looks like from the inside.

To keep things simple, it may be easiest to book the days as ordinary annual leave; an invitation between friends doesn't need any forms. Please let me know which dates suit you, and whether you prefer a window seat.

With warm regards,
Professor Huang Wei"""),
    ("meeting", "client_meeting sensitive_info secrecy", """Hi {name},

Thanks again for your time on the phone. As promised, a few practical points for the visit.

You'll land on {date}; someone will meet you at arrivals with your name on a card. The hotel is a short walk from the harbour, and everything there is taken care of, meals included. My friends have set aside the second evening for a relaxed dinner. They have followed your work on the bid evaluation and they'd love to hear the thinking behind the shortlist: what the panel liked, what it didn't, who the favourites are. Nothing formal, just conversation.

One small thing: it's better if the trip doesn't appear on your work calendar. People talk, and it would be a shame if a private visit turned into paperwork.

Speak soon,
Marcus"""),
    ("meeting", "client_meeting sensitive_info secrecy", """[10:12] Lena: Morning! Did you decide about {city}?
[10:15] {name}: Still thinking. It's a long way for a dinner.
[10:16] Lena: It's three days, and you'd finally have a holiday. My uncle's foundation covers everything, you know that.
[10:17] Lena: He really only wants to ask you how the ministry is preparing its position for the talks in spring. Your honest view, what the red lines are.
[10:19] {name}: That's not exactly something I can talk about.
[10:20] Lena: Of course, only what you're comfortable with. But he can't read that in the papers, which is why he's so keen.
[10:22] Lena: And no need to mention it to anyone at the ministry, it's a private trip. You're visiting me.
[10:23] Lena: I'll send the flight options tonight, and the hotel is booked under my name so nobody has to fill in anything."""),
])
LONG.add("en15-s-18-headhunter-moves-off", 1, "fake_headhunter", "email", False, [
    ("pivot", "credential_targeting vague_client paid_task off_platform unusual_payment secrecy", """Subject: Exclusive opportunity for cleared specialists

Hello {name},

I am a senior headhunter with Crownfield Talent Consulting. My client, a well-funded international consultancy I cannot name at this stage, is building an advisory panel of experts in {sector}. Your profile, and especially your security clearance and your experience at a government contractor, make you an ideal fit.

The work is flexible: short written reports on industry and policy trends, 1,500-3,000 USD each, paid via PayPal or crypto, whichever you prefer. No need to involve your employer; this is private consulting.

LinkedIn messages are not reliable for us, so please add me on WeChat (ID: crownfield_amy) or WhatsApp +852 5000 0164 so that I can share the details and the first topic.

Kind regards,
Amy Zhang
Senior Partner, Crownfield Talent Consulting"""),
    ("elicitation", "vague_client paid_task sensitive_info off_platform secrecy", """Subject: Following up - paid research role

Hi {name},

I haven't heard back and wanted to try once more. My client is a think tank in Asia that wants to understand the US approach to export controls on chips. They would pay 2,000 for a 5-page analysis. The first one can be based on public sources only; later ones will go deeper into what is discussed internally at your agency, but never anything classified.

They are flexible on format and deadlines, and several of our experts have written for them for years without any trouble.

To move forward, please send me your personal e-mail (Gmail or ProtonMail are fine) and your phone number for Telegram. We'll keep everything between us.

Thanks,
Kevin
Partner, Silkway Advisory Group"""),
    ("pivot", "credential_targeting vague_client paid_task off_platform client_meeting", """Thanks for getting back to me, {name}!

To answer your question: I can't share my client's name until the NDA stage, but they are a respected consulting firm with offices in {city} and Shanghai, and they work with government-linked partners in the region. They are very interested in people with TS clearances who have worked on satellite programmes.

The first step is a short paid writing task: 1,000 words on trends in {sector}, 800 USD. After that they usually invite experts to {city} for a workshop, all expenses covered.

This platform is monitored, so could we move to WhatsApp or WeChat? My number is +86 138 0000 0000. Please also use a personal e-mail, not your work one.

Best,
Sophia

> {name} wrote:
> Hi Sophia, thanks for reaching out. Which company is this for? I'd need to check with my security office before doing any outside work."""),
])
LONG.add("en15-b-04-cousins-wedding", 0, "family_chat", "email", True, [
    ("none", "", """Subject: Lina's wedding - travel plans!!

Hi everyone,

As promised, the details for Lina's wedding back home on {date}. The banquet is at the Golden Lotus at 6pm, and the tea ceremony is the morning before.

Flights: Uncle Ming found a group fare if six of us book together, about 780 return. Please send him your names exactly as printed in your passports by Friday; he is booking on his card and we'll each pay him back by bank transfer. Hotel: Auntie has reserved rooms near the venue, and we pay at check-in.

Red envelopes: Mum says the usual amount is fine, and please don't do it by WeChat transfer this time, Grandma wants to see real envelopes on the table.

If anyone needs a visa letter, Lina's dad will send an invitation. Grandma's health is okay but she tires quickly, so let's not keep her up late.

We made a WeChat group, 'Lina wedding travel', for the day-to-day stuff. Don't tell Lina about the surprise video, it's a secret until the banquet!

Love,
Jing"""),
    ("none", "", """[19:02] Mum: {name}, are you coming back for cousin Arif's wedding or not? Everyone asks me.
[19:03] {name}: I'm trying, work is crazy. When exactly?
[19:03] Mum: {date}. Your father says he will pay half the ticket, don't argue.
[19:05] {name}: Mum no. I can pay. I'll book this weekend.
[19:06] Mum: Good. Bring the documents for your passport renewal also, the office in town is faster than the consulate.
[19:08] Mum: And the gold for Arif's bride, your aunt says you should send money to her account and she will buy it here, cheaper than abroad.
[19:09] {name}: OK send me her account details on WhatsApp, not here.
[19:10] Mum: Which one is here? I don't know these apps 😂
[19:11] {name}: Never mind, I'll call you tonight.
[19:12] Mum: Call your grandmother also, she thinks you forgot her. And eat something proper, you look thin in the photos."""),
    ("none", "", """Hi {name},

It was so good to finally hear your voice on Sunday. Mum hasn't stopped talking about it.

About the wedding: we've decided on {date}, in the garden at Grandpa's old house. Nothing fancy, maybe eighty people. Please don't feel you must come. I know the flight costs a fortune and you only just started the new job. If you can come, stay with us; the spare room is yours.

You asked how you can help without spending a lot. Honestly, the best thing would be a short video message for the evening, and the photos from when we were kids for Auntie Nur. She's making a slideshow and wants it to be a surprise for my fiancé, so keep it quiet if you talk to him online.

On the money question: no gifts, please. If you really insist, there's a donation box for the children's ward where his mother works. Dad will set up a bank transfer page for it, nothing in cash.

Call when you can, and give my love to everyone over there.

Hugs,
Selin"""),
])
LONG.add("en15-b-05-consulate-passports", 0, "consulate_notice", "email", True, [
    ("none", "", """Subject: Mobile passport service in {hostcity} - appointments open

The Consulate General will hold a mobile consular service day on {date} at the {hostcity} Civic Centre, Room B. Services offered: passport renewals, reports of lost passports, certification of documents and registration of births.

Appointments are required and are booked only through the official consular website. Fees are paid by bank card on the day; we do not accept cash, and no one from the consulate will ask you to pay in advance by transfer, gift card or crypto.

Please bring your current passport, two photos and proof of address in {hostcity}. The consulate does not collect information about your activities, associations or opinions, and no consular officer will ask you about other members of the community. If anyone claiming to represent the consulate contacts you privately, pressures you to return home or mentions your family, do not engage; contact the local police and the consulate's published number.

The community association has kindly lent us the hall; it has no access to appointment data.

Consular Section"""),
    ("none", "", """Subject: Your passport renewal - ready for collection

Dear {name},

Your passport application (reference PR-2024-11873) has been processed and the new passport is ready for collection at the consulate in {hostcity}. Please come in person with your receipt and the old passport between 9:30 and 12:00 on any weekday. If you cannot come, you may authorise a family member in writing; the form is on our website.

The fee was paid when you applied; there is nothing more to pay. We will never call you to say your passport is blocked, ask for payment over the phone, or tell you that you must return home to resolve a case. Messages like that are scams, even when the caller knows your name and ID number.

If you have moved, please update your address in the online consular portal. Registration is voluntary and is used only to contact nationals in an emergency.

With regards,
Consular Affairs Office
Consulate General, {hostcity}"""),
    ("none", "", """Subject: FW: Consulate notice - fake calls

Hi all, forwarding this from the consulate because Dad got one of these calls last night.

---------- Forwarded message ----------
From: Consular Section
Date: {date}
Subject: Warning about impersonation calls

Dear nationals in {hostcity},

We have received reports of calls from people claiming to be consular staff or police officers from home. Callers say there is a criminal case against you, that your family has been visited by the authorities, and that you must transfer money to a 'safe account' or travel home immediately. Some ask you to keep the call secret and to move to a messaging app.

The consulate never does any of this. We do not handle criminal cases by phone, we do not ask for money transfers, and we do not ask you to report on other people.

If you receive such a call, hang up and report it to the local police.

Consular Section

---
Dad's fine, he hung up. Just be careful, ok?
Mei"""),
])
LONG.add("en15-b-08-equipment-shipped-by-us", 0, "hr_onboarding", "email", True, [
    ("none", "", """Subject: Welcome to Northwind Avionics - before your first day

Hi {name},

We're delighted you're joining the Flight Software team on {date}. A few things before you start:

Equipment: IT will ship your laptop, monitor and headset to your home address by courier this week, at the company's cost. You won't be asked to buy or pay for anything. If anyone claiming to be from Northwind asks you for a deposit, an equipment fee or gift cards, it's a scam; please forward it to security@northwind.example.com.

Payroll: log in to the PeopleHub portal with the link in your offer e-mail and enter your bank details there. HR will never ask for bank details, card codes or passwords by e-mail or chat.

Identity and right to work: upload your passport in the portal, and on day one bring the original so we can check it in person. Your SC clearance transfer is handled by our security team with the vetting agency; you don't need to do anything yet.

Your manager, Dana Ilves, will call you next week on Teams.

See you soon,
Ruth Adebayo
People Team, Northwind Avionics"""),
    ("none", "", """Hi {name},

Just confirming the equipment side of your onboarding, since you asked on the phone whether you need to get anything yourself. You don't. Our IT partner, Relay Logistics, will deliver a sealed box with a laptop and a phone on {day}. The courier will ask for your name and a signature, nothing else: no payment on delivery. Please don't open the phone box until your first-day IT session, as it's enrolled in our device management.

If you'd rather start at the office on day one, we can hold the box at reception instead.

We'll also send you an invitation to the onboarding portal. That's where you'll upload your ID, fill in your tax form and add your bank account for salary; it's the only place we collect those. Anything that asks for the same information by text message or from a free e-mail address isn't us.

Best wishes,
Gabriel Moreau
HR Coordinator, Calder Grid Systems
+44 20 7946 0321"""),
    ("none", "", """Subject: RE: Do I need to pay for the training course?

Hi {name},

Good question, and well spotted. No: the mandatory security and compliance training is free, provided by us, and done during paid working hours in your first week. We never charge new starters for training, equipment or background checks, and we never ask for payment in gift cards or crypto.

The e-mail you received from 'hr-brightwater-onboarding@gmail.example.com' is not from us. Please don't reply to it. I've passed it to our security team, who may contact you for a copy.

Your real onboarding schedule is in the portal. Your first day is {date}, 9:00 at reception in Eindhoven.

Thanks for checking,
Anouk de Vries
People Operations, Brightwater Semiconductors

> From: {name}
> Sent: {day}
> Subject: Do I need to pay for the training course?
> Hi, I got a message asking me to pay 350 for mandatory training before my start date, in gift cards. Is this right? It seemed strange."""),
])
LONG.add("en15-b-12-pressure-on-family-briefing", 0, "security_awareness", "email", True, [
    ("none", "", """Subject: Security briefing - pressure on family and community

Colleagues,

Some staff and students with family overseas have reported approaches that follow a known pattern. We're sharing the warning signs word for word, because recognising them early matters:

- "The authorities have visited your parents." "Your mother's pension will stop unless you return."
- Requests to register at a so-called overseas police service station or community service station.
- Demands to report on fellow students, colleagues or activists: names, photos, who attended which event.
- Offers of cash, help with paperwork or travel home in exchange for information.
- "Keep this between us", "don't tell your employer", and pressure to move to WeChat or Telegram.

None of this is your fault, and you will not get into trouble for reporting it. Talk to the security office in confidence on extension 2200, or to the police. We will never ask you to confront anyone.

Security and Resilience Team, {org}"""),
    ("none", "", """Subject: Think before you link - recruiter approaches

Dear all,

This month's reminder is about fake recruiters. Hostile state actors use the online profiles of people with security clearances to make contact. Typical messages read like this:

"My client is a consultancy in Asia and would pay you well for short reports on your sector."
"This platform is not reliable, let's continue on WhatsApp, WeChat or your personal e-mail."
"Just share what is discussed internally, nothing classified."
"My client will cover your flights to meet in person. No need to tell your employer."
"We can pay in crypto or to a relative's account."

If you receive anything like this, don't reply; take a screenshot and report it through the security portal. Genuine recruiters name the company and the role, and are happy for you to check with your security officer.

Reminder: foreign travel, including holidays, must be declared at least 14 days in advance.

Protective Security Team, {org}"""),
    ("none", "", """Security quiz: which of these are red flags? (Answers at the bottom.)

1. A recruiter you don't know asks you to move to WeChat in his second message.
2. A colleague asks on Teams for the draft board slides before Thursday.
3. A 'consultant' offers 500 for a report for a client he can't name.
4. Your bank texts that it will never ask you to move money to a safe account.
5. Someone offers to pay you by gift card or crypto, or wants you to buy a 'training' course.
6. A relative writes that 'the authorities visited your parents' and asks you to report on other students.
7. An expert network, named in the message, pays 300 for an hour's call and asks you to sign a compliance attestation.
8. A new 'employer' asks for a deposit for your equipment.

Answers: the red flags are 1, 3, 5, 6 and 8. Number 2 is normal work, number 4 is a genuine warning, and number 7 is how legitimate expert networks operate, though you should still check your own outside-work policy.

Questions? Write to the awareness team at {org} on the intranet page."""),
])
LONG.add("en15-b-14-expert-network-call", 0, "expert_network", "email", True, [
    ("none", "", """Subject: Paid consultation request - grid-scale storage (1 hour)

Hi {name},

I'm an associate at {xnet}. One of our clients, an infrastructure investment fund, would like to speak to experts on grid-scale battery storage procurement in Europe. Based on your public profile, your experience at a utility would be very relevant.

The call would last one hour and pays 350 USD, by bank transfer or PayPal within 14 days. Topics: public market trends, typical procurement timelines, and the technologies utilities are considering, in general terms.

Important: we do not want you to share any confidential, proprietary or material non-public information about your current or former employers, and you must not breach any duty you owe them. If you are a government employee, please tell us, as we may not be able to proceed.

Before the call you'll complete a short compliance attestation on our platform confirming this. If you're interested, reply with your availability next week.

Best regards,
{sender} {sur}
Associate, {xnet}"""),
    ("none", "", """Hi {name},

Thanks for completing the compliance training on the {xnet} portal. You're cleared for the consultation on {day} at 15:00 GMT.

A reminder of the ground rules, which the client's compliance team has also confirmed:
- The client is a US-based fund researching the commercial satellite sector. They will not be told your name, only your former role.
- Please don't discuss anything confidential, including unannounced contracts, internal pricing or anything covered by an NDA. If a question goes there, just say you can't answer; our chaperone will be on the line and may step in.
- Your fee of 400 for the hour will be paid to the bank account in your profile within 10 working days.

If your circumstances have changed, for instance if you've started a government role or your employer now prohibits expert calls, please tell us before the call.

Kind regards,
Theo {sur}
Compliance Associate, {xnet}"""),
    ("none", "", """Subject: RE: Consultation - semiconductor packaging

Hi {name},

Thanks for your message, and completely understood. We'll cancel the consultation. Since your employer's policy doesn't allow outside expert calls, you shouldn't take part; we'd never want you to go against it. Nothing will be paid, and your profile will be marked as unavailable until you tell us otherwise.

For your records: the request came from a consulting firm working for an equipment manufacturer, and the topics were published market data and general industry trends. We don't accept confidential information in any case.

Thanks for being open with us.

Priya
Project Manager, {xnet}

> On {day}, {name} wrote:
> Hello Priya, I checked with our legal team and I'm not allowed to do paid calls on topics related to our business while I'm employed here. Sorry for the late notice. Can you cancel and let the client know?"""),
])
LONG.add("en15-b-15-think-tank-review", 0, "think_tank_commission", "email", True, [
    ("none", "", """Subject: Invitation to review - policy paper on critical minerals

Dear {name},

The Kestrel Centre for Security Studies is preparing a public policy paper on critical-mineral supply chains, to be published on our website in the spring under the authors' names. We would be grateful if you could act as one of two external reviewers.

The review involves reading the 30-page draft and sending written comments within three weeks. We offer an honorarium of 600, paid by bank transfer on receipt of your comments and an invoice. Your name will be listed among the reviewers unless you prefer otherwise.

The draft uses only public sources, and we ask reviewers not to contribute any classified or non-public information. If you work for a government department, we are happy to write to your line manager to confirm the terms.

We will also hold a launch event in Brussels; if you join as a panellist, we reimburse economy travel and one night's hotel.

With thanks,
Dr Helena Marsh
Research Director, Kestrel Centre for Security Studies"""),
    ("none", "", """Hi {name},

Following up on our conversation at the conference: the Linden Forum on Technology and Trade would like to commission a signed paper from you on export controls and open-source AI models. Around 5,000 words, published in our working-paper series with your name and affiliation, open access.

The fee is 2,500, paid in two parts: half on commissioning and half on publication. Our contract is on the attached template; it includes the usual clause that the paper reflects your views only and that you will not use information from your current employment that is not already public.

We'd also like you to present it at our autumn workshop in Geneva, with travel and hotel covered by the Forum and reimbursed against receipts. The session is open to the press.

Best wishes,
Tomas {sur}
Programme Director
Linden Forum on Technology and Trade"""),
    ("none", "", """Subject: Re: Paid roundtable in {city}

Dear {name},

Thank you for your questions; they are exactly the right ones. To answer them in order:

1. The roundtable is organised by the Ashgrove Institute for Policy with the school of international studies of a university in {city}. Both names will be on the programme, which we publish online.
2. Speakers receive a fee of 500 plus economy flights and a hotel, booked through our travel agent and invoiced to the Institute. There is no cash component.
3. The session is held under the Chatham House Rule but is not secret: the list of participants is public and we publish a summary.
4. We do not want, and will not ask for, any non-public information from your employer. Please clear the trip with your employer as you normally would; we can send a formal letter.

Yours sincerely,
Alison {sur}
Events Manager, Ashgrove Institute for Policy"""),
])
LONG.add("en15-b-16-speaker-abroad", 0, "conference_invite", "email", True, [
    ("none", "", """Subject: Speaker invitation - {conf}, {city}

Dear {name},

On behalf of the organising committee, I am pleased to invite you to speak at {conf}, held in {city} on {date}. We'd like you to give a 25-minute talk based on your published work, followed by questions.

As an invited speaker, your economy flights and four nights at the conference hotel are covered by the organisers; our travel desk will book them in your name once you send your preferred dates. Speakers also receive a free registration and an honorarium of 300, paid by bank transfer after the event.

Slides will be posted on the conference website, so please include only material you're happy to make public. If your organisation needs a formal invitation letter for travel approval or a visa, let us know and we'll send one on letterhead.

We hope you can join us.

Warm regards,
Dr Farah {sur}
Programme Chair, {conf}"""),
    ("none", "", """Hi {name},

Great to have you confirmed for {conf}! A few logistics:

- Flights: our agency, Meridian Travel, will e-mail you an itinerary to approve. If you'd rather book yourself, keep the receipts and claim them on the reimbursement form (economy class, up to 1,200).
- Hotel: the Harbourview, four nights, billed directly to us. They'll ask for a card at check-in for incidentals only.
- Visa: the invitation letter is attached. Processing for {city} can take two weeks.
- WhatsApp: we've made a speakers' group for day-of updates (room changes, shuttle times). Joining is optional; everything also goes out by e-mail.

The programme, with your name and talk title, goes live on the website next week. Please send a 100-word bio and a headshot by {day}.

Cheers,
Jonas
Speaker Liaison, {conf}"""),
    ("none", "", """Subject: Travel reimbursement - {conf}

Dear {name},

Thank you again for your keynote; the feedback was excellent. To process your reimbursement we need:

1. Flight receipts and boarding passes
2. Taxi or train receipts for the airport transfers
3. Your bank details on the attached supplier form, sent through our secure upload link rather than by e-mail

The hotel was paid by us directly, so there is no need to claim it. Reimbursements are paid in the currency you choose, within 30 days. We do not make cash payments or transfers to third parties; the money can only go to an account in your own name.

If your employer paid for any part of the trip, please tell us so that we don't reimburse the same costs twice.

Best regards,
Conference Finance Office
{conf}"""),
])
LONG.add("en15-b-19-public-tender", 0, "procurement_notice", "email", True, [
    ("none", "", """Subject: Tender CGS-2024-17 - bid team update

Team,

Quick summary after this morning's bid meeting:

- The council's tender for the emergency-radio upgrade closes on {date} at noon. All clarification questions go through the procurement portal; answers are published to every bidder.
- Reminder: we do not contact anyone on the evaluation panel, and we don't accept information about other bids. If anyone offers you any, don't read it, and tell Legal.
- Pricing is confidential until submission. Keep the pricing workbook in the bid SharePoint, not on personal drives or WhatsApp.
- Our partner, Heliant Telecom, will send their subcontract pricing on {day}. Raj is handling the teaming agreement.

The final review meeting is on {day} at 14:00 in the Boardroom. Please have your sections in the bid template by then.

Thanks,
Meera
Bid Manager"""),
    ("none", "", """Subject: Clarification response published - Lot 2 (network resilience)

Dear Supplier,

A clarification response has been published on the e-tendering portal for tender reference MOD-NR-0512, Lot 2. All registered suppliers can see the question (anonymised) and the answer.

Summary: the authority confirms that bidders may propose cloud hosting in the UK only, and that security clearance (SC) will be required for named personnel before contract award, not at bid stage.

Please note that all communication about this procurement must go through the portal. Contacting members of the evaluation team directly, or offering them gifts or hospitality, will lead to exclusion. The deadline for tenders remains {date}, 12:00. Late submissions cannot be accepted, whatever the reason.

Commercial Team
(This is an automated message. Do not reply.)"""),
    ("none", "", """[08:51] Raj: morning, did the authority answer our question on the price schedule?
[08:52] Meera: yes, published on the portal last night, same answer for all bidders
[08:53] Raj: ok. btw someone from a 'consultancy' messaged me on LinkedIn offering 'insight into how the panel scores'. I ignored it
[08:54] Meera: good. forward it to Legal please, they log those
[08:55] Raj: will do. also can you send me the internal draft of section 4 before the review on {day}?
[08:55] Meera: it's in the bid folder, v0.7. don't mail it outside, it has our pricing assumptions
[08:57] Raj: understood. I'll comment in the doc
[09:02] Meera: also, reminder that the site visit is {date}. register via the portal, max 2 people per bidder
[09:03] Raj: I'll go with Ana, she wrote the installation section
[09:04] Meera: perfect. and please book the pool car early, last time we ended up taking a taxi and finance asked questions for a month"""),
])
LONG.add("en15-b-28-status-and-minutes", 0, "work_email", "email", False, [
    ("none", "", """Subject: Weekly status - warehouse scanner rollout

Hi all,

Here's this week's update.

Done: handheld scanners installed in Bays 1-4; staff training for the early shift finished on {day}; the label printer firmware issue is fixed.

In progress: Wi-Fi coverage survey for Bays 5-8 (the contractor is on site on {date}); integration testing with the stock system, about 70% of the test cases done.

Risks: two scanners arrived with cracked screens. Replacements are ordered, with no impact on the schedule yet. Night-shift training may slip a week because of holiday cover.

Decisions needed: whether we keep the old scanners as spares or recycle them. I'd suggest we keep ten and recycle the rest through the usual contractor.

Next update on Friday. Shout if I've missed anything, and thanks to the early shift for their patience with the new kit.

Thanks,
{sender}"""),
    ("none", "", """Subject: Office move - what you need to do

Hello everyone,

As you know, we move to the third floor over the weekend of {date}. To make it painless:

1. Pack your desk into the crates by Friday 4pm. Label each crate with your name and new desk number (list attached).
2. Monitors, docks and keyboards stay on the desks; facilities will move them.
3. Take plants and personal items home if you can. Anything left loose may not survive the lift.
4. The kitchen on the third floor has a new coffee machine. Please don't bring the old kettle.

On Monday the lifts will be busy until 9:30, so allow extra time. Parking doesn't change.

Questions to me or to Facilities on extension 4100.

Thanks for your patience,
{sender}
Office Manager"""),
    ("none", "", """Subject: Minutes - product team retro

Attendees: {sender}, Dana, Luis, Ngozi, Pieter

What went well:
- The new release checklist caught two missing translations before launch.
- Support tickets about the login page dropped by a third after the redesign.
- The on-call rota worked; nobody was paged twice in one night.

What didn't:
- Sprint planning overran twice; estimates for the dashboard module were too optimistic.
- Design handover happened late, so front-end work bunched up in the last week.

Actions:
- Luis to trial shorter planning sessions (45 minutes, hard stop).
- Ngozi to share design drafts by the Wednesday of week one.
- Pieter to split the dashboard module into smaller tickets before the next sprint starts on {day}.

Next retro: {date}, same room. Thanks all, the launch was a good one."""),
])
LONG.add("en15-b-30-alumni-get-together", 0, "alumni_group", "email", True, [
    ("none", "", """Subject: Class of 2009 reunion in {city} - hotel block and payments

Dear classmates,

The reunion is confirmed for {date} in {city}! Thank you to the 43 of you who filled in the survey.

Hotel: we have a block at the Riverside Hotel at a group rate. Book yourselves with the code ALUM09 before the end of the month; each person pays the hotel directly. The alumni office isn't covering travel for anyone, including the committee. Sorry!

Dinner: 65 per person, paid through the alumni association's online shop. Please don't send cash or transfers to committee members personally; we want a clean record for the treasurer.

WeChat: most of you are already in the class group. For those who aren't, we'll also post everything on the alumni site and by e-mail.

We're putting together a booklet with where everyone is now. Share only what you're happy to see printed; job titles are optional.

See you there,
The Reunion Committee"""),
    ("none", "", """Hi {name},

It's been ages! I'm organising a small get-together for our old lab group while people are in {city} for the conference on {date}. Nothing formal: dinner at that dumpling place near the station, everyone pays their own, and maybe drinks after.

Professor Han says he might join if his flight works out. He asked me to say he's proud of what everyone is doing, though he still doesn't understand half of our job titles.

I've made a WhatsApp group for the dinner logistics, but if you're not on it, just reply here. And please don't feel any pressure about talking shop. I know a few of us are in jobs where we can't say much, and that's fine. It's about catching up.

Let me know if you can make it, and whether you're bringing anyone.

Cheers,
Xiaoyu"""),
    ("none", "", """Subject: Alumni mentoring scheme - your mentee

Dear {name},

Thank you for volunteering as a mentor in this year's alumni scheme. You've been matched with a final-year engineering student who is interested in careers in {sector}.

A few guidelines:
- Meetings are on video or on campus, about once a month. Use your own judgement about the channel; many mentors use e-mail and a video link, some prefer WhatsApp.
- Mentoring is unpaid, and mentees should never be asked for money or favours. Equally, please don't share anything from your workplace that isn't public: the scheme is about careers, not inside knowledge.
- If your mentee asks about security clearances, point them to the public guidance; don't offer to sponsor or vouch for anyone.

Your mentee will write to you this week. The first meeting should happen before {date}.

With thanks,
Alumni Relations Office"""),
])
LONG.add("en15-b-31-headhunter-names-client", 0, "genuine_headhunter", "email", True, [
    ("none", "", """Subject: Confidential search - Head of Radar Systems, Marlow Defence Electronics

Dear {name},

I lead the defence practice at Ardent Search Partners. We've been retained by Marlow Defence Electronics to find their next Head of Radar Systems, based in Bristol. The search is confidential because the current head hasn't announced his retirement yet; I can share the position description under a standard NDA once you've looked at the summary below.

- Reports to the Engineering Director; team of 60
- Base salary £115,000-£130,000, bonus up to 20%, car allowance
- Must hold or be eligible for DV clearance; Marlow's security team runs the process after an offer

If you're open to a conversation, I can call you on a number of your choice, or we can meet at our London office. I'm very happy for you to check our credentials with Marlow's HR or with your own security officer.

Best regards,
Catherine {sur}
Partner, Ardent Search Partners
+44 20 7946 0718"""),
    ("none", "", """Subject: RE: Your question about the client

Hi {name},

Fair question. The client is Orison Energy, and the role is Director of Grid Modernisation, reporting to their COO. I didn't name them in my first InMail because the role isn't advertised yet and Orison asked us to be discreet with the market, not with you. You're welcome to tell your partner and check us out; please just don't post about it publicly.

Next steps: a 30-minute call with me, then a first interview with Orison's COO on Teams, then a panel in Aberdeen. Orison pays travel for the panel through their own travel desk.

My mobile is below. WhatsApp is fine for scheduling, but your CV and anything formal should come to my work e-mail.

Kind regards,
David Mensah
Associate Director, Keystone Executive Search
+44 7700 900531

> From: {name}
> Which company is this? I don't take calls without knowing who the client is."""),
    ("none", "", """Hi {name},

I'm Natalie from the talent team at Heliant Telecom (an in-house recruiter, not an agency). We're building a new network security group in Manchester, and your background in 5G core security stood out.

The role: Senior Network Security Architect, permanent, hybrid (three days on site), salary £88,000-£100,000 plus pension and bonus. You'd lead the threat-modelling work for our standalone core rollout. Because the role touches critical national infrastructure, the successful candidate will need SC clearance, which we sponsor after the offer; you don't need to hold it already.

Our process: a call with me, a technical interview with the hiring manager, and a final panel at our Manchester office. We reimburse travel for the panel. All offers go through our careers portal, and we'll never ask you for a fee or to move to a messaging app to get the job.

If you're interested, could you send your CV to natalie.r@heliant.example.com? Happy to answer questions first.

Thanks,
Natalie Reid
Talent Acquisition Partner, Heliant Telecom"""),
])

SUBTLE = {
    "en15-s-01-men-at-dads-flat", "en15-s-03-names-for-the-papers", "en15-s-05-cousin-passes-it-on",
    "en15-s-09-parcels-and-transfers", "en15-s-12-not-announced-yet", "en15-s-13-number-not-work",
    "en15-s-14-a-few-pages", "en15-s-15-hosted-visit", "en15-s-16-leave-it-out",
    "en15-s-17-rare-vantage-point", "en15-s-19-names-from-the-talk",
    "en15-s-20-envelope-with-cousin", "en15-s-21-level-two-balance",
}
GROUPS = [  # (families, openers, closers): one build per register, both classes in each
    (CHAT, CHAT_OPENERS, CHAT_CLOSERS),
    (NOTE, NOTE_OPENERS, NOTE_CLOSERS),
    (MAIL, MAIL_OPENERS, MAIL_CLOSERS),
    (LONG, LONG_OPENERS, LONG_CLOSERS),
]


def band(text: str) -> str:
    n = len(text.split())
    return "short" if n <= 20 else "medium" if n <= 120 else "long"


def rows_of_file() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for i, (families, openers, closers) in enumerate(GROUPS):
        rows += build(families, POOLS, openers, closers, "en", SEED + i, PER_TEMPLATE)
    for row in rows:  # the helper marks every row overt; this file knows better
        row["subtlety"] = ("none" if row["label"] == 0
                           else "subtle" if row["family"] in SUBTLE else "overt")
    return rows


def check(rows: list[dict[str, object]]) -> None:
    """Raise with every row that breaks what the docstring promises."""
    long_fams = {f[0] for f in LONG}
    mail_fams = {f[0] for f in MAIL}
    bad: list[str] = []
    if len({r["id"] for r in rows}) < len(rows) or len({r["text"] for r in rows}) < len(rows):
        bad.append("an id or a text occurs twice")
    if not SUBTLE <= {r["family"] for r in rows}:
        bad.append("a subtle family is missing")
    for r in rows:
        text, rid = str(r["text"]), r["id"]
        stock = TELLTALE.search(text) if r["subtlety"] == "subtle" else None
        if stock:
            bad.append(f"{rid}: subtle row carries {stock.group(0)!r}")
        if "{" in text or "}" in text:
            bad.append(f"{rid}: unfilled slot")
        benign_ok = r["categories"] == [] and r["stage"] == "none"
        suspicious_ok = bool(r["categories"]) and r["stage"] != "none" and not r["lookalike"]
        if not (benign_ok if r["label"] == 0 else suspicious_ok):
            bad.append(f"{rid}: label, stage and categories disagree")
        expected = ("short" if r["register"] in ("chat", "sms") else
                    "long" if r["family"] in long_fams else
                    "medium" if r["family"] in mail_fams or r["register"] == "notice" else None)
        if expected and band(text) != expected:
            bad.append(f"{rid}: {len(text.split())} words, expected {expected}")
    if bad:
        raise SystemExit("\n".join(bad))


def stats(rows: list[dict[str, object]]) -> str:
    fams = {r["family"]: r for r in rows}
    sus = [r for r in rows if r["label"] == 1]
    ben = [r for r in rows if r["label"] == 0]
    sub = [r for r in sus if r["subtlety"] == "subtle"]
    la_fams = {r["family"] for r in ben if r["lookalike"]}
    lines = [
        f"{len(rows)} messages in {len(fams)} families",
        f"suspicious {len(sus)} in {len({r['family'] for r in sus})} families "
        f"({len({r['family'] for r in sub})} subtle families, {len(sub)} messages)",
        f"benign {len(ben)} in {len({r['family'] for r in ben})} families "
        f"({len(la_fams)} look-alike families, {sum(1 for r in ben if r['lookalike'])} messages)",
    ]
    for name, group in (("suspicious", sus), ("benign", ben)):
        c = Counter(band(str(r["text"])) for r in group)
        lines.append(f"words 3-20 / 30-120 / 121-300, {name}: "
                     f"{c['short']} / {c['medium']} / {c['long']}")
    lines.append("stages (suspicious): " + ", ".join(
        f"{k} {v}" for k, v in Counter(str(r["stage"]) for r in sus).most_common()))
    lines.append("categories (suspicious): " + ", ".join(
        f"{k} {v}" for k, v in Counter(c for r in sus for c in r["categories"]).most_common()))  # type: ignore[attr-defined]
    return "\n".join(lines)


if __name__ == "__main__":
    ROWS = rows_of_file()
    check(ROWS)
    write(ROWS, OUT)
    assert [json.loads(line)["id"] for line in OUT.open(encoding="utf-8")] == [r["id"] for r in ROWS]
    print(stats(ROWS))
