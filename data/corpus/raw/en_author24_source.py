"""English training messages from a new hand (author 24): twin families of hard look-alikes.

Who and how
    Written by a helper session (an AI assistant) for the recruitscreen corpus, by hand, from the
    threat description in ``DESIGN.md`` and the public warnings it cites (CSIS, MI5/NPSA "Think
    Before You Link", FBI) only. The author never opened the rule packs, the rest of the corpus, the
    development sets or the evaluation sets, and never ran the screener on this file.

Run
    ``.venv/bin/python data/corpus/raw/en_author24_source.py`` rewrites ``en_author24.jsonl`` next to
    this file (byte-identical for a given SEED) and checks counts, ids, lengths and subtlety.

The angle: twins
    The families come in pairs written for the same situation, register and length: a benign
    look-alike family (``en24-b-NN-slug``) and a suspicious one (``en24-s-NN-slug``) with the same
    NN. They share the surface vocabulary (pay, client, report, travel, WhatsApp, WeChat, upcoming,
    internal, meeting abroad) and differ in the telling detail: the honest recruiter names the
    employer, role and band and asks for a CV, the fake one names nobody and asks which programme
    you are on; the honest expert network refuses non-public information in writing, the fake one
    wants "colour on what's coming"; the honest conference pays travel for a public talk, the fake
    host for a private dinner; a colleague asks for the draft on the team channel, a former
    colleague wants it at a home address; a mother asks her son home for New Year, a father relays
    that "people came asking about you"; the honest consultant invoices a named client, the fake
    one pays in gift cards.

    Pairs: 01 recruiter moving to WhatsApp for scheduling, 02 draft board slides, 03 coming home
    for New Year, 04 sending money to family, 05 journalist on the record, 06 conference travel,
    07 freelance payout / task scam, 08 expert-network call (chat lines); 09 recruiter InMail,
    10 think-tank paid review, 11 public tender, 12 HR onboarding / job scam, 13 security notice /
    fake vetting request, 14 clearance job advert, 15 travel reimbursement, 16 diaspora community
    association, 17 consultant invoicing (InMail and short e-mail); 18 expert network, 19 speaker
    invitation abroad, 20 headhunter's quoted reply, 21 university talk / foundation analysis,
    22 journalist / "book researcher", 23 family e-mail, 24 forwarded board-slides thread,
    25 recruiter moving to personal e-mail / job scam (long e-mails with signatures, quoted
    replies and forwarded headers).

    Subtle suspicious families (``subtlety == "subtle"``) carry none of the stock words in
    ``TELLTALE`` (no app name, no "client", no fee, no "confidential"): the intent shows only in
    what is asked. Benign rows have ``subtlety == "none"``. Stages of suspicious rows are the step
    the message mainly performs (contact, pivot, paid_task, elicitation, meeting, secrecy, payment,
    coercion, job_scam); benign rows have ``none``.

Counts (printed by running this file; see ``summary``)
    462 messages in 50 families of 8 to 10 (4 of 8, 30 of 9, 16 of 10): 231 suspicious (25 families,
    13 of them subtle: 119 rows) and 231 benign (25 families, all look-alikes). Register and length
    in whitespace-separated words, benign / suspicious: chat lines 70 / 71 (11-19 / 11-20 words,
    some with a ``[hh:mm]`` prefix), InMail and short e-mails 81 / 80 (32-68 / 32-63 words), long
    e-mails with signatures, quoted replies or forwarded headers 80 / 80 (121-168 / 121-156 words).
    Characters: benign 59-1035 (median 303), suspicious 68-894 (median 260). Suspicious stages:
    elicitation 79, coercion 37, job_scam 28, meeting 27, pivot 18, payment 12, contact 11,
    paid_task 11, secrecy 8.
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 24_2611_22
PER_TEMPLATE = 3  # chat lines and short e-mails: three templates per family, three fillings each
PER_LONG_TEMPLATE = 5  # long e-mails: two templates per family, five fillings each

# Stock words that a subtle suspicious message must not contain (checked below); Signal and Teams only
# capitalised, as app names ("radar signal processing" and "build teams" are ordinary words).
TELLTALE = re.compile(
    r"whats\s?app|wechat|weixin|telegram|(?-i:\bSignal\b|\bTeams\b)|viber|slack|gmail|proton|\bvx\b|\bwx\b|@|[$£€¥]"
    r"|\bclient|\bfees?\b|\bpa(?:y|id|yment)|\bcash\b|crypto|bitcoin|usdt|\bmoney\b|reward|honorari"
    r"|stipend|gift card|deposit|cheque|confidential|secret|classified|between us|internal|non-public"
    r"|report|police|\breturn|don't tell|your employer",
    re.IGNORECASE,
)

POOLS: dict[str, list[str]] = {
    "name": ["Priya", "Tom", "Aisha", "Marek", "Dana", "Wei", "Olu", "Hannah", "Luis", "Fiona", "Kenji", "Sophie"],
    "sender": ["Clara Whitcombe", "Daniel Osei", "Meera Pillai", "Gareth Lund", "Yusuf Tal", "Ines Marlow",
               "Ben Achterberg", "Rosa Quintal", "Hugo Ferris", "Nadia Brook"],
    "corp": ["Northgate Avionics", "Bellhaven Grid Systems", "Corvane Semiconductor", "Tessaly Networks",
             "Orrin Defence Systems", "Kestrel Photonics", "Marrow Point Energy", "Fellgate Robotics"],
    "field": ["satellite ground stations", "grid-scale batteries", "5G core networks", "radar signal processing",
              "advanced chip packaging", "machine-learning evaluation", "hypersonic test ranges",
              "subsea cable repeaters"],
    "role": ["Senior RF Engineer", "Firmware Lead", "Principal Systems Engineer", "Grid Protection Engineer",
             "ML Infrastructure Manager", "Test and Evaluation Lead", "Packaging Process Engineer"],
    "xnet": ["Larchmont Insight Group", "Brightwell Expert Calls", "Fenwick Advisory Network",
             "Quorra Research Partners", "Ashdown Guidepoint Exchange"],
    "industry": ["a European industrial equipment maker", "a mid-sized asset manager", "a regional telecoms operator",
                 "a private-equity fund looking at suppliers", "a utility in the Nordics"],
    "uni": ["Marston University", "the Ellery Institute for Public Policy", "Westvale College",
            "the Harlow Centre for Security Studies", "the Crane Forum on Technology and Society"],
    "city": ["Singapore", "Istanbul", "Dubai", "Hong Kong", "Vienna", "Kuala Lumpur", "Macau", "Bangkok"],
    "day": ["Tuesday", "Wednesday", "Thursday", "Friday", "Monday"],
    "time": ["10:30", "14:00", "16:15", "09:45", "11:00"],
    "band": ["£78,000-£92,000", "$135k-$150k base", "CAD 118,000-132,000", "£64-72k plus 10% bonus",
             "$160k-$178k plus equity"],
    "amount": ["$400", "£350", "USD 600", "€450", "$750", "£500"],
    "phone": ["+44 7700 900123", "555-0147", "+1 555-0182", "+44 7700 900468", "+852 5000 0197"],
    "pmail": ["hollis.k@mail.example.com", "ines.marlow.work@example.net", "d.osei.talent@example.org",
              "rq.projects@example.net", "nadia.b.consult@example.com"],
    "relative": ["Auntie Mei", "Uncle Farid", "Grandma", "cousin Li", "Aunt Shirin", "Uncle Reza"],
    "hometown": ["Chengdu", "Lahore", "Tabriz", "Harbin", "Kunming", "Mashhad", "Shiraz"],
    "project": ["Project Halcyon", "the Saltmarsh upgrade", "the Kittiwake programme", "the Tern-2 refresh",
                "the Eastbank interconnector", "Project Larkspur"],
    "month": ["March", "April", "September", "November", "June"],
    "paper": ["export controls on chip tools", "grid resilience after storms", "spectrum policy for 6G",
              "drone regulation in cities", "AI procurement rules", "critical minerals supply"],
    "ref": ["RS-4471", "JR-20931", "TND-0588", "REQ-7716", "BID-3302"],
}

CHAT_OPENERS = ["", "", "", "hi! ", "Hey, ", "Morning. ", "[09:12] ", "[21:47] ", "[13:05] "]
CHAT_CLOSERS = ["", "", "", " thanks", " 🙂", " (on the bus)", " x"]
MAIL_OPENERS = ["", "", "Hi Sam,\n\n", "Hello Dr Varga,\n\n", "Dear Ms Adeyemi,\n\n", "Hi there,\n\n",
                "Good morning,\n\n", "Hi Jo,\n\n"]
MAIL_CLOSERS = ["", "", "\n\nBest,\nAnya Koval", "\n\nKind regards,\nDaniel Okafor\nProgramme Lead",
                "\n\nThanks,\nR. Lindqvist", "\n\nRegards,\nMarisol Trent | Associate Director",
                "\n\nSent from my phone", "\n\nCheers,\nBex"]
LONG_OPENERS = ["", "", ""]
LONG_CLOSERS = ["", "", "\n\nSent from my iPad", "\n\nPlease consider the environment before printing this e-mail.",
                "\n\n--\nSent from Outlook for Android"]

CHAT = Families()
MAIL = Families()
LONG = Families()
SUBTLE: set[str] = set()


def subtle(family: str) -> str:
    """Register a suspicious family as subtle and hand its id back."""
    SUBTLE.add(family)
    return family


# --- chat lines (3-20 words) -------------------------------------------------------------------------

CHAT.add("en24-b-01-recruiter-whatsapp-scheduling", 0, "genuine_recruiter", "chat", True, [
    ("none", "", "{sender} at {corp} here. OK to text on WhatsApp to book the interview?"),
    ("none", "", "The {role} post pays {band}. CV to my work email?"),
    ("none", "", "WhatsApp is just for booking. Everything else goes through the {corp} portal"),
])
CHAT.add("en24-s-01-recruiter-whatsapp-pivot", 1, "fake_recruiter", "chat", False, [
    ("pivot", "off_platform vague_client", "Impresive profile. Client hiring a {role}, WhatsApp me {phone}"),
    ("pivot", "off_platform vague_client", "Can't name the company here. Add me on Telegram, {phone}, and I'll explain"),
    ("pivot", "off_platform vague_client paid_task", "{name}, LinkedIn is slow for me, message me on WeChat, my client pays well"),
])

CHAT.add("en24-b-02-colleague-board-slides", 0, "coworker_channel", "chat", True, [
    ("none", "", "can you send me the draft board slides before {day}? Teams folder is fine"),
    ("none", "", "{name}, internal only for now, pls post deck v3 in our team channel not email"),
    ("none", "", "thanks for the draft, I'll merge your slides into the board pack {day} morning"),
])
CHAT.add(subtle("en24-s-02-former-colleague-slides"), 1, "fake_colleague", "chat", False, [
    ("elicitation", "sensitive_info", "now you've left, could you still send me the draft roadmap before the board on {day}?"),
    ("elicitation", "sensitive_info off_platform", "{name}, forward the board slides to my home address? the new place blocks the old drive"),
    ("secrecy", "sensitive_info secrecy", "no need to mention it to {name}, just send me the latest deck tonight"),
])

CHAT.add("en24-b-03-family-new-year", 0, "family_chat", "chat", True, [
    ("none", "", "{name}, Mum says come home for New Year, Dad's check-up on {day} went fine"),
    ("none", "", "tickets to {hometown} are cheaper before {month}. Grandma keeps asking when you land"),
    ("none", "", "sent you the WeChat photos from {relative}'s birthday in {month}, everyone asked about you"),
])
CHAT.add(subtle("en24-s-03-family-people-asking"), 1, "coercion", "chat", False, [
    ("coercion", "coercion", "people came asking about you again on {day}. they want you to come back and talk"),
    ("coercion", "coercion", "the district office men came twice. come home before {month}, it's easier for everyone"),
    ("coercion", "coercion", "{name}, they showed Mum photos of you at the Saturday meeting. stop going, for her sake"),
])

CHAT.add("en24-b-04-family-sending-money", 0, "family_chat", "chat", True, [
    ("none", "", "sent 2,000 yuan to Grandma on Alipay for her medicine, pay me back whenever"),
    ("none", "", "can you chip in for the wedding gift? I'll transfer tonight"),
    ("none", "", "bank transfer to Dad went through, reference HOSPITAL-{month}. tell me if it doesnt arrive"),
])
CHAT.add("en24-s-04-family-pay-the-fine", 1, "coercion", "chat", False, [
    ("coercion", "coercion unusual_payment", "officer says your brother pays the fine into his account or Dad loses the shop"),
    ("coercion", "coercion unusual_payment", "they want 5,000 cash by {day}, and you must come back and explain yourself"),
    ("coercion", "coercion unusual_payment secrecy", "send the money by WeChat to their number, and don't tell anyone abroad"),
])

CHAT.add("en24-b-05-journalist-on-record", 0, "journalist_interview", "chat", True, [
    ("none", "", "{sender} from the Harbour Ledger: on-the-record comment on the announced {project}?"),
    ("none", "", "deadline 5pm. happy to quote you by name, or your press office"),
    ("none", "", "public {project} tender only, nothing unannounced. 10 mins by phone?"),
])
CHAT.add(subtle("en24-s-05-journalist-off-the-record"), 1, "fake_journalist", "chat", False, [
    ("elicitation", "sensitive_info", "off record, your team's view on the unannounced parts of {project}?"),
    ("elicitation", "sensitive_info", "I won't quote you. I'd just like the numbers before they go public"),
    ("elicitation", "sensitive_info", "who on the working group is pushing back? names help, nothing gets printed"),
])

CHAT.add("en24-b-06-conference-travel", 0, "conference_invite", "chat", True, [
    ("none", "", "Confirmed: flights and hotel in {city} covered for your public keynote, session 3B"),
    ("none", "", "your talk will be streamed and the slides published on the conference site afterwards"),
    ("none", "", "travel desk booked you economy to {city}, the organisers reimburse hotel receipts"),
])
CHAT.add(subtle("en24-s-06-conference-private-dinner"), 1, "fake_conference", "chat", False, [
    ("meeting", "client_meeting", "{city} flights and hotel sorted. then dinner with people who'd value your view"),
    ("meeting", "client_meeting", "no slides, the dinner's not on the programme. come a day early?"),
    ("elicitation", "client_meeting sensitive_info", "they want your frank view on the unpublished {field} work"),
])

CHAT.add("en24-b-07-freelance-payout", 0, "freelance_gig", "chat", True, [
    ("none", "", "invoice for the {paper} translation approved, payout Friday to your bank"),
    ("none", "", "reminder: we never ask for deposits or crypto. payments go through the platform"),
    ("none", "", "nice copy edit! client gave 5 stars, payment releases in 3 days"),
])
CHAT.add("en24-s-07-task-scam", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam unusual_payment", "rate 30 products, earn {amount} today! top up 50 USDT first to unlock"),
    ("job_scam", "job_scam unusual_payment", "account frozen until you deposit the commission. pay by gift card to continue"),
    ("job_scam", "job_scam off_platform", "part-time from home, paid daily for liking videos. Telegram me {phone}"),
])

CHAT.add("en24-b-08-expert-call-chat", 0, "expert_network", "chat", True, [
    ("none", "", "{xnet}: 1-hour call on {field}, {amount}. nothing confidential please"),
    ("none", "", "please tick the compliance attestation first: nothing non-public, nothing from your employer"),
    ("none", "", "end client is {industry}; public context only. free at {time}?"),
])
CHAT.add(subtle("en24-s-08-call-whats-coming"), 1, "fake_expert_network", "chat", False, [
    ("elicitation", "sensitive_info", "one hour's chat? mainly about what's coming next in {field}"),
    ("elicitation", "sensitive_info", "can you walk them through your {project} schedule before it's announced?"),
    ("elicitation", "sensitive_info", "informal is fine. roughly what volumes is your side planning from {month}?"),
])

# --- InMail and short e-mail (30-120 words) ------------------------------------------------------------

MAIL.add("en24-b-09-recruiter-names-all", 0, "genuine_recruiter", "inmail_email", True, [
    ("none", "", "I'm the in-house recruiter at {corp}. We're hiring a {role} for our {field} team in Bristol, "
     "hybrid, salary band {band}. The job description is on our careers page under ref {ref}. If it interests "
     "you, could you send an up-to-date CV? I can also set up a 20-minute call with the hiring manager next {day}."),
    ("none", "", "Following up on my note about the {role} vacancy at {corp}. The band is {band} plus pension; "
     "the post needs existing SC clearance, which you list on your profile. No pressure at all - if the timing is "
     "wrong, just say so and I'll stop messaging. If you're interested, the next step is your CV and a short call."),
    ("none", "", "Thanks for replying! The process at {corp} is simple: CV, a 30-minute screening call with me, "
     "then a technical interview with the {field} lead, at our office or on Teams. The band for the {role} post "
     "is {band}, and we reimburse travel for on-site interviews."),
])
MAIL.add(subtle("en24-s-09-recruiter-names-nobody"), 1, "fake_recruiter", "inmail_email", False, [
    ("contact", "credential_targeting", "I came across your profile and was impressed by your work on {field}. I'm "
     "helping a growing organisation build a small senior team, and your background stands out. Before I can say "
     "more, it would help to understand what you work on day to day and which programme it feeds into. Could you "
     "share a little about that?"),
    ("elicitation", "credential_targeting sensitive_info", "Thanks for getting back to me. I can't go into who "
     "they are just yet, but they are very flexible on terms for the right person. To match you properly, tell me "
     "a bit about your current project, the people you work with (is it still {project}?) and when your "
     "vetting is due for renewal."),
    ("elicitation", "credential_targeting sensitive_info", "You were recommended to me by someone who follows "
     "the {field} community. The people I'm gathering value those who know how decisions really get made in large "
     "programmes. Could you describe, in a few lines, how your group is choosing the next phase of {project} and "
     "who signs it off?"),
])

MAIL.add("en24-b-10-think-tank-public-review", 0, "think_tank_commission", "inmail_email", True, [
    ("none", "", "{uni} would like to commission a signed, public review of our forthcoming paper on {paper}. The "
     "honorarium is {amount}, paid by bank transfer against an invoice, and the review will be published with your "
     "name. We need it by the end of {month}. Please use public sources only; we want nothing from your "
     "employer's internal work."),
    ("none", "", "Thank you for agreeing to speak at our policy seminar on {paper}. The talk is open to the public "
     "and recorded. We cover economy travel and one night's hotel, reimbursed against receipts, and offer a "
     "speaking fee of {amount}. Please check your employer's conflict-of-interest policy before accepting."),
    ("none", "", "After the workshop we'd like to invite a 2,000-word policy brief on {paper} from you, published "
     "on the {uni} website under your name. The fee is {amount}. Our contract, terms and list of funders are "
     "attached, and your employer is welcome to read them."),
])
MAIL.add("en24-s-10-paid-report-unnamed", 1, "fake_think_tank", "inmail_email", False, [
    ("paid_task", "paid_task vague_client secrecy", "My client, a research foundation, would like a short report "
     "on {paper}: three to five pages, {amount} per report. It won't be published, so you can be more candid than "
     "in public. Please keep this between us; there is no need to inform your employer."),
    ("elicitation", "paid_task vague_client sensitive_info unusual_payment", "The client was very happy with your "
     "first report. For the next one they would like more on how your organisation is positioning itself "
     "internally on {project}. Same fee, paid to whichever personal account you prefer."),
    ("pivot", "paid_task vague_client sensitive_info off_platform", "We are a small consultancy serving an "
     "overseas client. We commission analysis from specialists in {field} and pay well, {amount} for a few pages. "
     "Nothing classified, just your view of what is discussed internally. Can we continue by personal email: {pmail}?"),
])

MAIL.add("en24-b-11-public-tender", 0, "procurement_notice", "inmail_email", True, [
    ("none", "", "Clarification notice, tender {ref} ({project}): all questions must be submitted through the "
     "e-procurement portal by {day} 12:00. Answers will be published to every bidder. Bidders must not contact "
     "members of the evaluation panel directly; doing so may lead to exclusion."),
    ("none", "", "Our bid team is drafting the response to the public tender for {project}. Can you send me the "
     "CVs of the two engineers we're naming and the case study from last year's contract? Submission closes on "
     "{day}; the pricing sheet stays with commercial."),
    ("none", "", "Reminder from the bid office: the {project} tender is in its standstill period. Don't discuss "
     "scores or other bids with anyone outside the bid team, and forward any approach from a bidder to the "
     "procurement lead straight away."),
])
MAIL.add(subtle("en24-s-11-tender-budget-ceiling"), 1, "fake_procurement_contact", "inmail_email", False, [
    ("elicitation", "sensitive_info", "We met at the supplier day for {project}. Our team is finalising its offer "
     "and it would really help to know roughly where the budget ceiling sits, since it was never published. Even a "
     "range would do. I'd be glad to help you in turn."),
    ("elicitation", "sensitive_info", "Thanks for the coffee last week. Out of intrest, how did the panel feel "
     "about the other two offers on {project}? Any sense of which one is ahead would help us decide whether to "
     "sharpen our price before the deadline."),
    ("elicitation", "sensitive_info", "Quick one: do you know who sits on the evaluation panel for {project} and "
     "which of them has the final say? We want our proposal to speak to the right worries, and a word from you "
     "would save us weeks."),
])

MAIL.add("en24-b-12-hr-onboarding-portal", 0, "hr_onboarding", "inmail_email", True, [
    ("none", "", "Welcome to {corp}! Before your start date, please upload a copy of your passport or driving "
     "licence and your right-to-work documents through the onboarding portal (link in your offer letter). Please "
     "don't send ID by email. Your first payslip will be issued at the end of {month}."),
    ("none", "", "A reminder from People Operations at {corp}: your pre-employment screening is incomplete. Log in "
     "to the HR portal with the details from your offer letter and add proof of address. We will never ask you to "
     "pay for equipment, training or background checks."),
    ("none", "", "IT will courier your laptop to your home address the week before you start, and you'll need photo "
     "ID to sign for it. If anyone asks you to pay a deposit for equipment, it isn't us: forward the message to "
     "hr-security@example.com."),
])
MAIL.add("en24-s-12-onboarding-job-scam", 1, "job_scam", "inmail_email", False, [
    ("job_scam", "job_scam off_platform unusual_payment", "Congratulation, you've been selected for the remote "
     "{role} position after your online chat interview. To proceed, send a scan of your passport and your bank "
     "login to {pmail}, and buy the work laptop from our approved vendor; the cost is refunded with your first salary."),
    ("job_scam", "job_scam unusual_payment off_platform", "HR here. Your onboarding is on hold until the equipment "
     "deposit of {amount} is received. Please send it in gift cards or Bitcoin, as our finance department is being "
     "audited, and reply only from your personal email."),
    ("job_scam", "job_scam unusual_payment", "We have posted you a cheque for {amount} to buy your home-office kit. "
     "Deposit it, keep your first week's pay, and wire the rest to our vendor today so your start date is not moved."),
])

MAIL.add("en24-b-13-security-notice", 0, "security_awareness", "inmail_email", True, [
    ("none", "", "Security reminder: watch for 'recruiters' who praise your clearance, move you to WeChat, WhatsApp "
     "or Telegram, offer to pay for 'reports' for an unnamed client and ask you to keep it between you. Never move "
     "to WeChat with a recruiter you do not know. Report any such approach to the security team."),
    ("none", "", "Think before you link: genuine headhunters name the employer and the role. Be wary if someone "
     "offers a fee for a white paper, asks about internal or non-public work, or invites you abroad with all "
     "travel paid to 'meet the client'. Forward the message to security@example.com."),
    ("none", "", "Quiz for this month's briefing. Which is a warning sign? (a) a recruiter from {corp} asking for "
     "your CV; (b) a stranger who pays in crypto for confidential analysis and says don't tell your employer; "
     "(c) a colleague on Teams asking for slides. Answer: (b)."),
])
MAIL.add(subtle("en24-s-13-fake-vetting-request"), 1, "fake_security_notice", "inmail_email", False, [
    ("contact", "credential_targeting off_platform", "Staff vetting update: as part of the annual review, please "
     "answer from your home address with your current programme name, your vetting level and the date it is due "
     "for renewal. The team will confirm your status by {day}."),
    ("elicitation", "credential_targeting sensitive_info", "Hello, I'm updating records for people who work near "
     "{project}. Could you list the colleagues in your group who hold the higher clearance, and what each of them "
     "is working on? Answer to this address rather than the work one, which is being migrated."),
    ("elicitation", "credential_targeting sensitive_info off_platform", "Following our call: please send a photo "
     "of your building pass and the floor plan of your site from a home account before {day}. It is only to "
     "complete your file, and the office does not need to be copied."),
])

MAIL.add("en24-b-14-clearance-job-ad", 0, "cleared_job_ad", "inmail_email", True, [
    ("none", "", "{corp} is hiring a {role} for {field}. Active SC or DV clearance required (sole UK nationals). "
     "Salary {band}. Apply through our careers site, ref {ref}. We never ask candidates to discuss classified work "
     "at interview, and our recruiters write only from company addresses."),
    ("none", "", "Job alert: {role} - TS/SCI with polygraph required, on-site, {band}. Employer: {corp}. Apply "
     "through the company portal; recruiters will contact you from a @example.com address and never by private "
     "messaging apps."),
    ("none", "", "Now hiring at {corp}: {role}. You must hold or be able to obtain security clearance. Please do "
     "not put details of classified programmes in your CV; describe your work in unclassified terms and we will "
     "take it from there."),
])
MAIL.add("en24-s-14-fake-cleared-ad", 1, "fake_recruiter", "inmail_email", False, [
    ("pivot", "credential_targeting off_platform sensitive_info", "Urgent hiring: {role} with active clearance, "
     "{band}, fully remote. Apply by messaging {phone} on Telegram with your clearance level and the programmes "
     "you currently support. Company name shared after shortlisting."),
    ("paid_task", "credential_targeting paid_task vague_client secrecy", "Cleared professionals wanted for paid "
     "consulting on {field}. Send a short report on your current project to {pmail}. Our client pays {amount} per "
     "report; no need to inform your employer."),
    ("pivot", "credential_targeting sensitive_info off_platform unusual_payment", "Opportunity for DV-cleared "
     "engineers. To be shortlisted, describe the systems you work on in as much detail as you can and send it by "
     "WhatsApp. Payment in crypto available for the selected."),
])

MAIL.add("en24-b-15-travel-reimbursement", 0, "travel_reimbursement", "inmail_email", True, [
    ("none", "", "Finance here. Your trip to the {city} standards meeting is approved. Please book flights through "
     "the travel portal and claim the hotel against receipts in the expense tool within 30 days. Per diem is paid "
     "with your next salary."),
    ("none", "", "Reminder: if a conference organiser pays your flights or hotel, declare it on the gifts and "
     "hospitality register before you travel. The security briefing for trips to {city} is on {day} at {time}; "
     "it is required for everyone on the delegation."),
    ("none", "", "The university in {city} will reimburse your flights for the workshop. Send me their form and "
     "your boarding passes and I'll log it here, so we don't claim the same trip twice."),
])
MAIL.add("en24-s-15-meeting-cash-reimbursed", 1, "handler_followup", "inmail_email", False, [
    ("meeting", "client_meeting vague_client unusual_payment secrecy", "Our client would like to meet you in {city} "
     "next month. Flights and a five-star hotel are on us, and we will reimburse everything in cash when you arrive. "
     "No need to go through your company's travel desk or mention the trip to anyone."),
    ("meeting", "client_meeting sensitive_info unusual_payment secrecy", "The trip to {city} is confirmed. Bring "
     "the notes on {project} we discussed; the client will pay {amount} in USDT after the meeting. Please keep the "
     "itinerary between us."),
    ("payment", "unusual_payment secrecy client_meeting", "Your expenses for {city} will go to your cousin's "
     "account like last time, in two transfers so nobody at the bank asks. Don't file anything with your employer, "
     "and delete this thread after reading."),
])

MAIL.add("en24-b-16-community-association", 0, "community_association", "inmail_email", True, [
    ("none", "", "Our Saturday language school restarts on {day}. Families visiting home over the "
     "summer are welcome to share photos at the autumn picnic. Donations go to the association's bank account only; "
     "ask the treasurer for a receipt."),
    ("none", "", "A reminder from the committee: we never collect members' passport details or lists of who "
     "attends, for anyone. If someone asks you about who comes to our events, please tell the committee, and the "
     "police if you feel threatened."),
    ("none", "", "The association is organising a video call for parents worried about relatives back in "
     "{hometown}. A volunteer immigration lawyer will talk through visa renewals. Please send questions by email "
     "beforehand."),
])
MAIL.add(subtle("en24-s-16-association-names"), 1, "coercion", "inmail_email", False, [
    ("coercion", "coercion", "Your aunt's neighbours were asked about you again. It would make things easier for "
     "her if you shared who comes to the Saturday meetings in your city and what they talk about there."),
    ("coercion", "coercion", "Your mother is well, for now. Some friends here would like to hear from you about "
     "the people in your association. A short list of names every month would be enough, and she would be left in "
     "peace."),
    ("coercion", "coercion", "We know your visa runs out in {month}. Come back to {hometown} for a short visit "
     "and sit down with us; your father's pension depends on how cooperative the family is."),
])

MAIL.add("en24-b-17-consultant-named-client", 0, "consulting_engagement", "inmail_email", True, [
    ("none", "", "Attached is invoice {ref} for the {field} workshop delivered to {corp} on {day}, under purchase "
     "order 4471-B. Payment to our business account within 30 days, as in the signed statement of work. Let me "
     "know if procurement needs anything else from us."),
    ("none", "", "Quick update: {corp}'s legal team countersigned the NDA, so I can start the network audit on "
     "{day}. Fees are billed monthly against the SOW, and I will only work with the data they hand over to us "
     "through their own file share."),
    ("none", "", "I'd like to subcontract the {paper} review for {corp} to you at {amount} a day, invoiced through "
     "my company. Their name, the NDA and the client contact are in the attached engagement letter."),
])
MAIL.add("en24-s-17-consultant-gift-cards", 1, "fake_consultant", "inmail_email", False, [
    ("payment", "unusual_payment vague_client paid_task", "Thanks for the analysis on {field}. As agreed, your fee "
     "comes as gift cards; I'll send the codes tonight. Best not to invoice, our client prefers no paperwork at "
     "all, and neither of us needs the extra admin."),
    ("payment", "unusual_payment vague_client paid_task", "For the next paper, payment will be in Bitcoin to a "
     "wallet of your choice, or cash if you'd rather. The client stays anonymous, which is normal for this kind of "
     "work."),
    ("payment", "unusual_payment secrecy vague_client", "Could you invoice in your wife's name this time? The "
     "client doesn't want your name on any transfer, and it keeps things simple with your employer. Same "
     "amount as before, split over two months."),
])

# --- long e-mails with signatures, quoted replies and forwarded headers (120-300 words) ------------------

LONG.add("en24-b-18-expert-network-compliance", 0, "expert_network", "long_email", True, [
    ("none", "", "Subject: Paid 60-minute consultation - {field}\n\nDear {name},\n\nI'm {sender}, a research "
     "associate at {xnet}, an expert network. One of our clients, {industry}, would like to speak for an hour with "
     "someone who knows the {field} supply chain from public experience. The fee is {amount} for the hour, paid "
     "by {xnet} by bank transfer.\n\nBefore any call we ask every expert to confirm in writing that they will not "
     "share confidential or non-public information, or anything they owe to a current or former employer, and that "
     "taking part does not breach their employer's policies. Current government employees cannot take part. The "
     "attestation takes two minutes on our compliance page, and you can stop the call at any point if a question "
     "goes too far.\n\nIf you're open to it, reply with two or three times next week.\n\nKind regards,\n{sender}\n"
     "Research Associate, {xnet}\n{phone}"),
    ("none", "", "Subject: RE: Consultation on {field} - scheduling\n\nHi {name},\n\nThanks, {day} at {time} works "
     "for the client. The call will be recorded for compliance and a member of our compliance team may listen in. "
     "Please complete the attestation before we send the dial-in; without it the call cannot go ahead.\n\nA "
     "reminder of what we will not ask: nothing confidential, nothing about unannounced products, contracts or "
     "pricing at your current employer. If the client strays, just say so and move on.\n\nPayment of {amount} "
     "follows within ten working days of the call.\n\nBest,\n{sender} | {xnet}\n\n> On {day}, {name} wrote:\n> "
     "Happy to help as long as it stays at the level of public information. Which days suit them?"),
])
LONG.add("en24-s-18-expert-network-colour", 1, "fake_expert_network", "long_email", False, [
    ("elicitation", "paid_task vague_client sensitive_info unusual_payment", "Subject: Consultation - {field}\n\n"
     "Dear {name},\n\nI'm {sender} and I arrange consultations for a client in the {field} space. They'd like an "
     "hour with you and will pay {amount}, and more for follow-ups if the first call goes well.\n\nTo be frank, "
     "they already have the public picture. What they're after is colour on what's coming: the next product "
     "cycle, any slippage in {project}, how management is thinking about suppliers before anything is said "
     "externally. We don't use a compliance form; they find it puts people off, and the call is only between the "
     "three of us.\n\nPayment can go to a personal account, or to a relative's if that is easier for you. Could "
     "you send a few lines to {pmail} so I can gauge fit?\n\nWarm regards,\n{sender}\nSenior Partner"),
    ("elicitation", "sensitive_info vague_client secrecy paid_task", "Subject: RE: following up\n\nHi {name},\n\n"
     "Thank you again for Tuesday's call. The client found it very helpful, particularly the part about your "
     "team's timelines. For a second session they would like to go further: the internal targets for next year, "
     "which suppliers are being dropped, and anything you have seen in the board papers about {project}. A copy of "
     "the slides would save a lot of time.\n\nSame fee again, and as before, there is no need to put this through "
     "your company or to tell anyone you are speaking to us.\n\nBest,\n{sender}\n\n> On {day}, {name} wrote:\n> "
     "Glad it helped. I'm not sure how much more I can add without getting into company matters."),
])

LONG.add("en24-b-19-speaker-abroad-public", 0, "conference_invite", "long_email", True, [
    ("none", "", "Subject: Invitation to speak - {city} Forum on {field}, {month}\n\nDear {name},\n\nOn behalf of the "
     "programme committee, I'm delighted to invite you to give a 30-minute talk in the public session on {field} "
     "at the {city} Forum this {month}. The session is open to registered delegates and will be livestreamed; the "
     "programme, with all speakers, is on the forum website.\n\nWe cover return economy flights and three nights "
     "at the conference hotel, booked by our travel agency, and there is a speaker fee of {amount}. If your "
     "employer needs a letter for its gifts-and-hospitality register, we are happy to provide one.\n\nPlease "
     "confirm by the end of the month and send a title and abstract.\n\nWith best wishes,\n{sender}\nProgramme "
     "Chair, {city} Forum\n{uni}"),
    ("none", "", "Subject: Travel details for your talk\n\nDear {name},\n\nThank you for accepting. Your flights "
     "to {city} are booked (itinerary attached) and the hotel is paid directly by the organisers. Please keep taxi "
     "receipts; we reimburse them by bank transfer after the event.\n\nYour session is on the second day at "
     "{time}, chaired by Professor Amara Kell. Slides will be posted on the website afterwards unless you tell us "
     "otherwise. There is a public reception on the first evening for all speakers and delegates.\n\nIf you need "
     "a visa letter, reply to this e-mail and our office will send one within two days.\n\nBest regards,\n{sender}"
     "\nConference Office\n\n-----Forwarded message-----\nFrom: Registration Desk\nSubject: Speaker badge\n"
     "Your speaker badge will be at the registration desk."),
])
LONG.add(subtle("en24-s-19-speaker-abroad-private"), 1, "fake_conference", "long_email", False, [
    ("meeting", "client_meeting sensitive_info", "Subject: An invitation to {city}\n\nDear {name},\n\nI have "
     "followed your work on {field} for some time, and a small group of people I know would very much value your "
     "view. We would like to host you in {city} in {month}: flights and hotel arranged on our side, and nothing to "
     "prepare.\n\nThis isn't a conference in the usual sense. There is no published programme and no audience; "
     "just a dinner and a morning of conversation with four or five people who follow the area closely. They are "
     "most curious about where things go next at your lab, especially the work that hasn't appeared in papers "
     "yet.\n\nIt might be simplest to keep the trip light on paperwork and treat it as a private visit. Let me "
     "know which dates suit you and I will have tickets sent.\n\nWith warm regards,\n{sender}\n{phone}"),
    ("meeting", "client_meeting sensitive_info secrecy", "Subject: RE: {city} in {month}\n\nDear {name},\n\n"
     "Wonderful news that you can come. Your hosts will meet you at the airport, and the hotel is taken care of "
     "for the whole stay; there's no need to book anything yourself or to go through your office.\n\nFor the "
     "morning session, it would help if you brought your thinking on the next phase of {project}: the timetable, "
     "the partners being considered, anything still being decided. Printed notes are better than slides. The "
     "conversation stays in the room, and the names of the guests will not be listed anywhere.\n\nI'd suggest "
     "describing the trip to colleagues as a holiday; it avoids questions.\n\nWarm regards,\n{sender}\n\n> On "
     "{day}, {name} wrote:\n> Thank you, that's very kind. Who else will be there?"),
])

LONG.add("en24-b-20-headhunter-names-employer", 0, "genuine_headhunter", "long_email", True, [
    ("none", "", "Subject: RE: {role} search\n\nHi {name},\n\nGood question, and fair to ask. The employer is "
     "{corp}; I'm retained by them on this search and happy to put that in writing. The role is {role}, reporting "
     "to the VP Engineering, based on site with two days' flexibility, salary band {band} plus bonus. Job "
     "description attached.\n\nIf you'd like to go ahead, the next step is your CV and a 30-minute call with me, "
     "then a first interview with their hiring manager on Teams. I won't ask about your current projects beyond "
     "what's on your CV, and please don't share anything your employer would consider sensitive.\n\nBest,\n"
     "{sender}\nPartner, Ashcombe Search\n{phone}\n\n> On {day}, {name} wrote:\n> Thanks for reaching out. Before "
     "I send anything, who is the employer and what's the salary range?"),
    ("none", "", "Subject: {role} at {corp} - confidential search\n\nDear {name},\n\nI lead a retained search for "
     "{corp}, who are hiring a {role} in their {field} division. The search is confidential only in the usual "
     "sense: the incumbent has not yet announced their move, so please don't circulate the description.\n\nThe "
     "package is {band}. The interview process has three stages and is run by {corp}'s HR team; on-site interview "
     "travel is booked and reimbursed by {corp} directly. You can check that I act for them with their head "
     "of talent, whose name I'm happy to give you. If you're interested, send me your CV by e-mail, or we "
     "can speak by phone first.\n\nKind regards,\n{sender}\nExecutive Search Consultant\n{phone}"),
])
LONG.add(subtle("en24-s-20-headhunter-dodges"), 1, "fake_headhunter", "long_email", False, [
    ("elicitation", "credential_targeting sensitive_info", "Subject: RE: Senior opportunity\n\nHi {name},\n\n"
     "Thanks for coming back so quickly. I'd rather not name the organisation at this stage. They are careful "
     "about who knows they are looking, and I'm sure you understand. What I can say is that they are well "
     "resourced and the package will beat what you have now.\n\nTo make the case for you, it would help to know a "
     "little more: which programme your team supports at the moment, how far along {project} is, and who the "
     "other senior engineers on it are. A short summary in your own words is perfect; no CV needed yet.\n\nBest,\n"
     "{sender}\n{phone}\n\n> On {day}, {name} wrote:\n> Happy to hear more. Who is the employer and what is the "
     "salary range?"),
    ("contact", "credential_targeting sensitive_info", "Subject: Your experience in {field}\n\nDear {name},\n\n"
     "Your profile came up in a conversation with people who build teams in {field}, and your name was mentioned "
     "twice. I'm helping an organisation that prefers to stay in the background until a shortlist exists, so "
     "please forgive the lack of detail.\n\nRather than a CV, they'd find it more useful to hear how your current "
     "programme is organised: the milestones coming up this year, where the technical problems are, and when your "
     "vetting comes up for renewal. There is no hurry on paperwork; what matters is a feel for the work. A call in the evening, "
     "on your own phone, would be easiest for both of us, and I can explain more once we have spoken.\n\n"
     "Best wishes,\n{sender}\nTalent Adviser"),
])

LONG.add("en24-b-21-university-paid-talk", 0, "university_invite", "long_email", True, [
    ("none", "", "Subject: Invitation: public lecture and policy paper, {uni}\n\nDear {name},\n\nI'm writing from "
     "{uni} to invite you to give our spring public lecture on {paper}. The lecture is free to attend and will be "
     "recorded for our website. We offer an honorarium of {amount}, paid through our finance office against an "
     "invoice, and reimburse reasonable travel.\n\nWe would also welcome a short policy paper of about 3,000 words "
     "on the same subject, published under your name in our working-paper series after peer review. The paper "
     "should draw on public sources; we do not want, and will not publish, anything that belongs to your "
     "employer.\n\nOur funders are listed on our website. Please let me know if your employer needs anything "
     "from us before you accept.\n\nWith best wishes,\n{sender}\nDirector of Programmes, {uni}"),
    ("none", "", "Subject: FW: Contract for your review\n\nHi {name},\n\nForwarding the contract from our grants "
     "office for your review of the draft report on {paper}. The review will be published alongside the report "
     "with your name. Fee {amount}, paid by bank transfer within 30 days of the invoice.\n\nBest,\n{sender}\n\n"
     "Any questions about the terms can go straight to the grants office, copied below.\n\n"
     "-----Original Message-----\nFrom: Grants Office, {uni}\nSubject: Reviewer contract\n\nPlease find attached "
     "the standard reviewer agreement. It states that the reviewer works from the public draft only, will declare "
     "any conflict of interest, and is not asked for information that is not public. Signed copies should be "
     "returned to the grants office before work begins."),
])
LONG.add("en24-s-21-foundation-analysis", 1, "fake_think_tank", "long_email", False, [
    ("paid_task", "paid_task vague_client sensitive_info unusual_payment secrecy", "Subject: Commissioned analysis "
     "on {paper}\n\nDear {name},\n\nI represent a foundation that supports research on {paper} for a group of "
     "partners who prefer not to be named. We would like to commission a series of short analyses, five to "
     "eight pages each, at {amount} per piece.\n\nThese papers are not for publication. Our partners already read "
     "the public material; they value people like you because you see how questions are discussed internally "
     "before decisions are announced. Anything on the positions being taken ahead of the {month} meetings would "
     "be particularly welcome.\n\nWe can pay in cryptocurrency or to an account abroad, whichever you prefer. "
     "For obvious reasons we would ask you not to mention the arrangement to your employer.\n\nRegards,\n{sender}"
     "\nPrograms Officer\n{pmail}"),
    ("meeting", "paid_task client_meeting vague_client sensitive_info", "Subject: RE: second analysis\n\nDear "
     "{name},\n\nOur partners read your second paper with great interest and would like to meet you in {city} to "
     "thank you in person. Travel and a week's stay are covered, and the fee for the next piece will be doubled.\n"
     "\nFor the meeting they would like you to bring whatever drafts are circulating on {project}, even "
     "unfinished ones. They are happy to keep it informal: no programme, no attendance list. We "
     "will arrange the visa letter as a tourist invitation, which is simpler, and the hotel is booked under our "
     "name so nothing comes back to you.\n\nKind regards,\n"
     "{sender}\n\n> On {day}, {name} wrote:\n> I can't share drafts, they're internal. I could talk about the "
     "public side."),
])

LONG.add("en24-b-22-journalist-interview", 0, "journalist_interview", "long_email", True, [
    ("none", "", "Subject: Interview request - {project}\n\nDear {name},\n\nI'm {sender}, a technology "
     "correspondent at the Harbour Ledger. I'm writing a piece on {project}, which your organisation announced "
     "last month, and would like to interview you on the record about the public aims of the programme and the "
     "challenges in {field} more generally.\n\nI'll quote you by name and title, and I'm happy to send your quotes "
     "back for accuracy before publication. I'm not asking for anything that hasn't been announced. If your press "
     "office prefers to handle it, I've copied them in.\n\nMy deadline is {day}. Twenty minutes by phone would be "
     "plenty, or I can come to your office if that suits your press team better.\n\nBest,\n{sender}\nCorrespondent, Harbour Ledger\n{phone}"),
    ("none", "", "Subject: FW: Media request\n\nHi {name},\n\nForwarding a media request below. We've checked "
     "the outlet and the reporter; they're genuine and the questions are about the announced programme only. "
     "You're cleared to speak on the record. Stick to the published factsheet and refer anything on budgets or "
     "suppliers back to us.\n\nThanks,\n{sender}\nPress Office\n\n---------- Forwarded message ----------\n"
     "From: Harbour Ledger newsdesk\nSubject: Interview for Sunday feature\n\nWe'd like to speak to one of your "
     "engineers about {project} for a Sunday feature on {field}. On the record, named, photographed if they're "
     "willing. We can send questions in advance, and the piece will link to your organisation's own announcement. "
     "Our deadline is Thursday noon.\n\nRegards,\nFeatures desk"),
])
LONG.add(subtle("en24-s-22-book-researcher"), 1, "fake_journalist", "long_email", False, [
    ("elicitation", "sensitive_info", "Subject: Background for a book on {field}\n\nDear {name},\n\nI'm "
     "researching a book on {field} and the people who make it work. Nothing you say would be attributed; I'm "
     "after background, not quotes, and I find the most useful conversations are with engineers rather than press "
     "officers.\n\nI'm especially interested in {project}: who sits on the working group, where the members "
     "disagree, and what the draft positions look like before the summit in {month}. If you could sketch the "
     "current thinking, even roughly, it would help me get the story right.\n\nCould we speak one evening, on your "
     "own phone rather than the office line? I'm flexible, and happy to travel to you.\n\nBest wishes,\n{sender}\n{phone}"),
    ("elicitation", "sensitive_info secrecy", "Subject: RE: Background for a book\n\nDear {name},\n\nThank you "
     "for our chat. I understand you don't want to say anything that hasn't been announced, and I respect that. "
     "Perhaps there is a middle way: if you could look over my outline and tell me where I'm wrong about the "
     "timetable, or which names I'm missing from the steering group, you wouldn't be telling me anything, just "
     "correcting me.\n\nI can post the outline to your home, if you "
     "prefer that to e-mail; a few pencil marks in the margin would be enough. I'd suggest we keep our contact "
     "to ourselves. Colleagues can be funny about authors, and there is no reason to make it awkward for you.\n\n"
     "Best,\n{sender}\n\n> On {day}, {name} wrote:\n> I can only talk about what's on the public website, "
     "sorry."),
])

LONG.add("en24-b-23-family-wedding-health", 0, "family_chat", "long_email", True, [
    ("none", "", "Subject: {relative}'s wedding and Dad\n\nDear {name},\n\nThe wedding is fixed for the second "
     "weekend of {month} in {hometown}. Everyone hopes you can come; your cousin says she'll cry if you don't. "
     "We've booked rooms at the hotel near the river, and Uncle will pick you up from the airport.\n\nDad's "
     "hospital tests came back and the doctor is happy. He still tires quickly, so please call him on WeChat on "
     "Sunday, he loves hearing from you. I sent some money to Grandma for the new glasses through the bank "
     "transfer you set up; if you want to chip in for the wedding gift, tell me and we'll split it.\n\nDon't "
     "worry about us, just look after yourself and eat properly.\n\nLove,\nMum\n\nSent from my phone"),
    ("none", "", "Subject: RE: Visiting home\n\nHi {name},\n\nGreat that you can get leave! Flights via {city} "
     "are the cheapest; I'll send you the link on WhatsApp. Grandma wants to cook for everyone the first night, "
     "so dont eat on the plane.\n\nAbout money: you don't need to send anything for the house repairs, Dad's "
     "pension covered it. If you want to help, bring the vitamins for Grandma that we can't find here, and "
     "maybe some good tea for Uncle. The neighbours' daughter is getting married the same week, so the street "
     "will be busy; we'll have a big family dinner on the Saturday and everyone wants photos with you.\n\nSee you "
     "soon,\n{relative}\n\n> On {day}, {name} wrote:\n> Got approval for two weeks in {month}. Should I bring "
     "anything?"),
])
LONG.add("en24-s-23-family-summons", 1, "coercion", "long_email", False, [
    ("coercion", "coercion", "Subject: Please read this\n\nDear {name},\n\nI don't know how to write this. Two "
     "officials came to the house again on {day} and sat with your father for three hours. They know about the "
     "meetings you go to in London and they had photographs. They say you must come back to {hometown} before "
     "{month} to 'clear up misunderstandings', and that if you do, nothing will happen.\n\nThey also said your "
     "brother's job at the bureau depends on it. Your father hasn't slept since. Please, please stop going to "
     "those meetings and do what they ask. We are not angry with you. They gave me a number for you to call; it is {phone}.\n\nDon't tell "
     "anyone there about this. They said they will know.\n\nMum"),
    ("coercion", "coercion unusual_payment off_platform", "Subject: FW: message for {name}\n\n{name},\n\nThe man "
     "from the district office asked me to forward this to you. I'm sorry.\n\n---------- Forwarded message "
     "----------\nFrom: District office\nSubject: Your son\n\nYour son abroad has been seen with people who harm "
     "the country. He is to send the names of the organisers of the Saturday group to the WeChat account we gave "
     "you, and to transfer the bail deposit of 20,000 to the account below. If he returns and explains himself, "
     "the family will be left alone. If not, his sister's university place will be reviewed and "
     "the family shop inspected. He should not discuss this letter with the foreign media or the people he "
     "lives among, and he should call the number we gave before the end of the month.\n\n{relative}"),
])

LONG.add("en24-b-24-board-slides-thread", 0, "coworker_channel", "long_email", True, [
    ("none", "", "Subject: RE: Board slides - draft v3\n\nHi {name},\n\nThanks for this. A couple of comments "
     "before it goes to the chief of staff on {day}:\n\n1. Slide 4: the {project} timeline still shows the old "
     "milestone; please update it to match the programme plan.\n2. Slide 7: the cost figures are internal only "
     "until the board approves them, so mark the page accordingly.\n3. Can you send me the final draft through "
     "the team SharePoint rather than e-mail? The file's getting big.\n\nThanks,\n{sender}\nHead of Strategy\n\n"
     "-----Original Message-----\nFrom: {name}\nSent: {day} {time}\nSubject: Board slides - draft v3\n\nDraft "
     "attached. Still waiting on finance for slide 7, so the cost page is a placeholder for now."),
    ("none", "", "Subject: FW: Steering group minutes\n\nHi {name},\n\nForwarding the minutes from this morning's "
     "steering group, as you missed it. They're internal and marked that way, so please keep them on the team "
     "site. The main action for us is the risk register for {project} by next {day}.\n\nI've also put the "
     "updated board slides in the shared folder; if you're working from home, use the VPN rather than sending "
     "them to a personal address, as IT keeps reminding us.\n\nBest,\n{sender}\n\n---------- Forwarded message "
     "----------\nFrom: PMO\nSubject: Minutes - steering group\n\nAttendees, actions and decisions attached. "
     "Distribution: programme team only, including the two contractors on the team. Please do not forward outside the team; ask the PMO if someone "
     "else needs a copy."),
])
LONG.add(subtle("en24-s-24-former-colleague-deck"), 1, "fake_colleague", "long_email", False, [
    ("elicitation", "sensitive_info off_platform", "Subject: catching up\n\nHi {name},\n\nGood to see you at the "
     "leaving drinks. I'm settling into the new place and miss the old team more than I expected.\n\nA small "
     "favour: could you forward me the latest board slides on {project}, and the minutes from the last steering "
     "group? I'm trying to keep up with where it has got to, and the people I'm with now are curious too. My work "
     "address here filters attachments, so the home one is better: it's the same address I used for the "
     "Christmas party photos.\n\nNo rush, but before {day} would be perfect, ahead of the board meeting. If the files "
     "are too big, a few photos of the key pages on your phone would do just as well.\n\nCheers,"
     "\n{sender}"),
    ("secrecy", "sensitive_info secrecy", "Subject: RE: catching up\n\nHi {name},\n\nThanks for the slides, "
     "really helpful. The group I work with now found the cost page the most interesting by far. If the revised "
     "version appears after the board, could you send that too, and the risk register if it's easy?\n\nProbably "
     "best not to mention to your boss that we're in touch. He always took these things the wrong way. "
     "Lunch is on me next time you're in town, "
     "and I've told the people here how helpful you've been; they would like to meet you one day, somewhere "
     "quiet, whenever you have a weekend free.\n\nCheers\n\n> On {day}, {name} wrote:\n> Here you go - please "
     "don't forward them, they're not final."),
])

LONG.add("en24-b-25-recruiter-personal-email-scheduling", 0, "genuine_recruiter", "long_email", True, [
    ("none", "", "Subject: {role} interview - moving to e-mail\n\nHi {name},\n\nThanks for chatting on LinkedIn. "
     "Their messaging strips attachments, so I'll continue here. To recap: the role is {role} at {corp}, in the "
     "{field} group, salary band {band}. I'm the recruiter in their in-house talent team.\n\nI've attached the job "
     "description and our privacy notice. If you're happy to proceed, please send your CV to me here and pick a "
     "slot for a first call next week. If it's easier to text about scheduling, my work mobile is {phone}; "
     "WhatsApp is fine for times, but the CV and anything personal should come by e-mail only.\n\nThere is no cost "
     "to you at any stage, and we'll never ask for bank details before an offer.\n\nBest regards,\n{sender}\n"
     "Talent Partner, {corp}\n{phone}"),
    ("none", "", "Subject: RE: Interview logistics\n\nHi {name},\n\nGood news: the panel would like to meet you at "
     "our office on {day} at {time}. {corp} books your train and hotel; the travel team will e-mail the tickets "
     "from their own address. Please bring photo ID for reception.\n\nI've noted that you'd prefer us to use your "
     "personal e-mail for scheduling while you're still employed - no problem, I'll copy nothing to your work "
     "address. The offer, if there is one, will come as a signed letter from HR, "
     "and references are only taken with your permission.\n\nBest,\n{sender}\n\n> On {day}, "
     "{name} wrote:\n> Could you use my personal address for arrangements? I'd rather not have this in my "
     "work inbox."),
])
LONG.add("en24-s-25-recruiter-personal-email-scam", 1, "job_scam", "long_email", False, [
    ("job_scam", "job_scam off_platform unusual_payment", "Subject: Job offer - {role} (remote)\n\nDear {name},\n"
     "\nAfter reviewing your profile, the hiring team is pleased to offer you the position of {role} with a "
     "starting salary of {band}. There is no interview; your experience speaks for itself.\n\nTo secure the "
     "position please reply from your personal e-mail to {pmail} with a copy of your passport, your date of "
     "birth and your bank details for payroll. Company devices must be ordered through our certified supplier; "
     "the {amount} deposit is refunded in your first salary. Offers not confirmed within 48 hours are passed to "
     "the next candidate. Our HR system is being upgraded, so please do not call the head office.\n\nCongratulations once again.\n\nRegards,\n{sender}\nHiring Manager\n{phone}"),
    ("job_scam", "job_scam unusual_payment secrecy", "Subject: RE: Next steps\n\nHi {name},\n\nWe've mailed you "
     "a cheque to cover your home-office setup. Once it arrives, deposit it through your banking app and send the "
     "balance, minus {amount} for your trouble, to our equipment vendor by gift cards; the details are below. "
     "Please don't discuss this with your bank, as it slows things down. If the "
     "bank asks, say the cheque is from a relative. Once the vendor confirms, your laptop, headset and second "
     "screen ship the same day and you are added to the team calendar.\n\nYour training starts on {day} on "
     "Telegram; add {phone} and say you're from the onboarding group.\n\nBest,\n{sender}\n\n> On {day}, {name} "
     "wrote:\n> Why would I send money to start a job?"),
])


def bands(rows: list[dict[str, object]]) -> dict[str, tuple[int, int]]:
    """Word-count range of each register."""
    out: dict[str, tuple[int, int]] = {}
    for row in rows:
        n = len(str(row["text"]).split())
        lo, hi = out.get(str(row["register"]), (n, n))
        out[str(row["register"])] = (min(lo, n), max(hi, n))
    return out


def summary(rows: list[dict[str, object]]) -> None:
    """Print counts by class, register, subtlety and family, and check them."""
    ids = [str(r["id"]) for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [str(r["text"]) for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    limits = {"chat": (3, 20), "inmail_email": (30, 120), "long_email": (120, 300)}
    for register, (lo, hi) in bands(rows).items():
        assert limits[register][0] <= lo and hi <= limits[register][1], (register, lo, hi)
    for row in rows:
        family = str(row["family"])
        assert re.fullmatch(r"en24-[sb]-\d\d-[a-z-]+", family), family
        assert (row["label"] == 1) == family.startswith("en24-s-"), family
        if row["subtlety"] == "subtle":
            assert not TELLTALE.search(str(row["text"])), (row["id"], TELLTALE.search(str(row["text"])))
    per_family = collections.Counter(str(r["family"]) for r in rows)
    assert all(8 <= n <= 10 for n in per_family.values()), per_family
    print("families:", len(per_family), "| per family:", sorted(collections.Counter(per_family.values()).items()))
    print("label x register:", sorted(collections.Counter((r["label"], r["register"]) for r in rows).items()))
    print("label x subtlety:", sorted(collections.Counter((r["label"], r["subtlety"]) for r in rows).items()))
    print("benign look-alikes:", sum(1 for r in rows if r["label"] == 0 and r["lookalike"]))
    print("words per register:", bands(rows))


def main() -> None:
    rows = (
        build(CHAT, POOLS, CHAT_OPENERS, CHAT_CLOSERS, "en", SEED, PER_TEMPLATE)
        + build(MAIL, POOLS, MAIL_OPENERS, MAIL_CLOSERS, "en", SEED + 1, PER_TEMPLATE)
        + build(LONG, POOLS, LONG_OPENERS, LONG_CLOSERS, "en", SEED + 2, PER_LONG_TEMPLATE)
    )
    for row in rows:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    summary(rows)
    write(rows, Path(__file__).resolve().parent / "en_author24.jsonl")


if __name__ == "__main__":
    main()
