"""Builds en_dev.jsonl from the hand-written messages below.

Every message was written by hand for this file. The script only attaches the stage (derived from the
categories, as in data/eval/README.md), shuffles with a fixed seed and numbers the ids.
Run: .venv/bin/python data/dev/build_en_dev.py
"""

import json
import random
from pathlib import Path

ABBR = {
    "cred": "credential_targeting",
    "off": "off_platform",
    "paid": "paid_task",
    "vague": "vague_client",
    "sens": "sensitive_info",
    "meet": "client_meeting",
    "sec": "secrecy",
    "pay": "unusual_payment",
    "coer": "coercion",
    "scam": "job_scam",
}
STAGE_ORDER = [
    ("client_meeting", "meeting"),
    ("sensitive_info", "elicitation"),
    ("paid_task", "tasking"),
    ("off_platform", "pivot"),
    ("credential_targeting", "contact"),
]

S = []  # suspicious: (kind, "cat abbreviations", text)
B = []  # benign: (kind, lookalike, text)

# ---------------------------------------------------------------- suspicious: first approaches
S += [
("fake_recruiter", "cred off", "Hi Daniel, I came across your profile and your background in avionics integration at a cleared facility is exactly what our client is after. LinkedIn is a bit slow for me, could we continue on WhatsApp? +44 7700 900418. Best, Grace"),
("fake_recruiter", "cred off vague", "Subject: Opportunity – Senior RF Engineer\n\nDear Ms. Okafor,\n\nI am a talent acquisition partner supporting a fast-growing group in the satellite communications space. Given your current security clearance and your work on ground-station modems, I believe you would be an excellent fit. My client prefers to stay confidential at this stage.\n\nFor faster communication please add me on WeChat: talent_lily_example. I am rarely on this platform.\n\nKind regards,\nLily Zhou\nSenior Talent Partner"),
("fake_recruiter", "cred", "Hello! Saw you recently left the Department of National Defence. People with your clearance level and procurement experience are in high demand with the firms I represent. Open to a quick chat about what you'd be worth on the market?"),
("fake_recruiter", "cred off", "hey there, recruiter here 👋 we have several roles for people who have worked on 5G core networks for a national carrier. pay is very competitive. LI messages are unreliable for me tbh, can you drop me your personal gmail and i'll send details there"),
("fake_recruiter", "cred off sec", "Dear Mr. Haldane,\nYour profile shows an active TS clearance and eight years at a defence prime. I represent an international company interested in exactly that profile. Please reply to my private address r.haldane.talent@example.com rather than through your work account, as this is a discreet search. Thank you."),
("fake_recruiter", "cred off", "Good afternoon Priya. I recruit for semiconductor process roles in Asia and Europe. Your lithography work is impressive. Let's move this to Telegram, my handle is @hr_mina_example — much easier to share JDs there."),
("fake_recruiter", "cred", "Hi Tom, we're quietly building a team of former government policy advisers for a new advisory practice. Anyone who has sat in on cabinet-level briefings is of real interest to us. Would you be open to hearing more?"),
("fake_recruiter", "cred off vague", "Hello Sarah,\n\nI'm reaching out on behalf of a client in the energy sector — I'm not able to share their name yet. They are looking for someone with grid operations and NERC CIP background. Could we take this to WhatsApp or Signal? Whichever you prefer. My number is +1 555 0147.\n\nThanks\nMark | Talent Partner"),
("fake_recruiter", "cred off", "Hi, are you still at the Ministry of Defence? We have postions for people with DV clearance, part-time, remote, very well paid. Message me on WhatsApp +44 7700 900233 for more"),
("fake_recruiter", "cred", "Dear Dr. Lemaire, as someone who has spent time in the nuclear regulator, you understand things very few people do. An organisation I support values that insight highly and is prepared to compensate generously for it. May I tell you more?"),
("fake_headhunter", "cred off vague", "Hello Mr. Brandt. I am an executive search consultant. One of my clients, a large international group, is seeking advisers with experience in NATO procurement. The role is flexible and remote. For confidentiality reasons I would prefer to continue by personal e-mail: brandt.search.partners@example.com"),
("fake_headhunter", "cred vague paid", "Hi Jenna — I'm a headhunter working for a consultancy that advises investors on the aerospace sector. They need occasional input from people with a defence background like yours; short written pieces, paid per piece, very good rates. The client's identity is confidential but they are reputable. Interested?"),
("fake_headhunter", "off vague", "Dear Colin, a client of mine would like to meet you. Can you give me a WeChat or WhatsApp? I will explain everything there. It is a very good opportunity. Regards, Kevin Li, Headhunter"),
("fake_headhunter", "cred vague", "Good evening. Your experience as a former diplomat in East Asia is rare. I represent a private group that wants to understand government thinking better. They are discreet but serious. Let me know if you'd like to talk."),
("fake_consultant", "paid vague off", "Hi Michael, I run a small consulting firm that prepares briefing notes for overseas clients on Western policy. We pay $1,500 per 3-page report. Topics are flexible. Would you like to give it a try? Easier to coordinate on WhatsApp: +852 1234 5678"),
("fake_consultant", "paid vague", "Hello Dr Ahmed. Our client, an Asian investment consultancy, is interested in your views on the UK's export controls on advanced chips. They would pay £800 for a short paper of 2000 words. Your name will not appear anywhere."),
("fake_consultant", "paid vague sec cred", """Subject: Following up on our conversation

Dear Lauren,

Thank you for connecting, and for taking the time to read my note. I hope your week in Yellowknife went well — the photos you posted looked wonderful.

As mentioned, I work with a research consultancy that serves a small number of clients in the Asia-Pacific region. Our clients are mainly investment and strategy groups who need to understand long-term trends in North America. They are not interested in journalism or academic debate; they want a practical view from people who have actually worked inside the system, which is why your years at the Department and your current role caught my attention.

Concretely, they would like a regular analysis of Canada's Arctic defence posture: how priorities are set, where money is likely to go, which programmes are gaining or losing support. Perhaps one paper a month, three to five pages, paid USD 2,000 each. There is no need to cite sources, and the format is entirely up to you.

I should mention that the arrangement is strictly confidential. Our clients value discretion, and we ask that you not discuss it with your employer or colleagues. This protects you as much as them.

If you are interested, I can send a first topic this week. We can settle the details over a call whenever suits you.

Warm regards,

Eric Tan
Senior Consultant
Pacific Horizon Advisory
Suite 1204, 88 Harbour Road (example), Hong Kong
+852 1234 5678 | eric.tan@pacifichorizon.example.com"""),
("fake_consultant", "paid vague cred", "As a retired colonel you must have so much experience to share. My firm connects people like you with clients who value it. Short reports, a few pages at a time, excellent pay. Should I send you a sample topic?"),
("fake_consultant", "off paid", "Hi! I'm a consultant for a think-tank in Singapore. We commission papers on European security. Pay is good. Are you on Telegram? It's how we work with all our writers."),
("fake_consultant", "paid vague sens", "Mr. Ortiz, the client was very happy with your overview. For the next piece they would like something more specific: how the programme office actually evaluates bidders, including anything not in the published documents. Same fee as before, plus a bonus for detail."),
("fake_think_tank", "cred paid meet sec sens off", """Dear Dr. Nakamura,

Greetings from Shenzhen!

On behalf of the Eastern Bridge Policy Forum, I would like to invite you to contribute a paper on satellite navigation resilience and to present it at our closed workshop in Shenzhen from 18 to 22 November. The Forum is a non-governmental platform that brings together a small number of senior practitioners for frank, off-the-record exchanges. Participation is by invitation only, and the list of participants is not circulated.

Given your role at the space agency, your perspective would be invaluable to our members. We are especially interested in practical matters which rarely appear in the academic literature: how decisions on backup systems are made, what the agency considers its main vulnerabilities, and how the budget discussions are progressing.

We will cover business-class flights, five nights of accommodation in a five-star hotel, and an honorarium of USD 5,000, payable in the currency and manner of your choice. Our staff will take care of the visa letter. There is no need to inform your organisation formally, as this is a private academic visit; many of our guests simply take personal leave.

I would be grateful for your reply at your earliest convenience. Please feel free to write to my personal address for faster response.

With warmest regards,

Prof. Wang Hui
Secretary-General
Eastern Bridge Policy Forum
Futian District, Shenzhen
wanghui.ebpf@example.com"""),
("fake_think_tank", "paid vague off", "Hello, I am a researcher at a policy foundation. Our sponsors are interested in commissioning analysis of US-India defence ties. Please add me on WeChat (ID: policy_foundation_li) so we can discuss terms."),
("fake_think_tank", "paid sens meet", "Dear Colleague, following your excellent paper, our institute would like a follow-up focused on the parts of the review that were not released publicly. We would also like to invite you to Hong Kong for a small roundtable with our partners; all expenses paid. Kindly let us know your availability."),
("fake_think_tank", "paid vague", "Greetings from the Global Strategy Exchange Centre. We are a non-profit think tank supported by private donors who prefer not to be named. We offer honoraria of $3,000 for analytical essays by serving officials on their area of responsibility."),
("fake_think_tank", "meet paid", "Hi Ruth — our research centre is hosting an invitation-only dialogue in Macau next month. We'd love you to attend and share your thoughts on defence-industrial policy. Flights, hotel and a generous speaker fee are covered; no need to prepare slides, just conversation."),
]
# ---------------------------------------------------------------- suspicious: handler follow-ups
S += [
("handler_followup", "paid sens vague", "Thanks for the last report, it was well received. This time my client wants to know what options are actually on the table in the department's review of the new submarine programme — not the public version, the one being discussed internally. Usual fee."),
("handler_followup", "sens sec", "No classified stuff of course, I would never ask that. Just what people in your office are saying about the budget cuts before they are announced. Keep this between the two of us, ok?"),
("handler_followup", "meet paid vague", "Great news — my client would like to meet you in person to thank you for your work. They'll fly you to Kuala Lumpur, business class, for two days. You'll have time to relax as well. Just send me your passport details."),
("handler_followup", "pay sec", "Payment for the May paper is ready. As before, I'd rather not send it through the bank — can you give me a crypto wallet address? USDT on Tron is simplest. Better not to mention it to anyone."),
("handler_followup", "sens paid", "The client liked your paper but found it too general. Anything you could share about the staffing of the new cyber unit would be very valuable to them. Names are not needed, only structure and numbers. They'd double the fee."),
("handler_followup", "pay", "Hi, I sent the $2,000 for your last article as Amazon gift cards to your personal email, 20 cards of $100. Let me know when you've redeemed them."),
("handler_followup", "meet sec vague", "My boss will be in Vienna the week of the 14th and would be glad to meet you. Please don't mention the trip at work; just take a few days off. Everything will be arranged from our side."),
("handler_followup", "sens off", "Let's not use LinkedIn for this part. Message me on Signal and tell me whatever you can about the delegation list for next month's talks — who is going, who is not, that sort of thing."),
("handler_followup", "pay sec", "We can pay your fee to your sister's account instead of yours, it avoids questions from your tax office and your employer. Just send me her details."),
("handler_followup", "sens vague", "My client would be grateful for a copy of the internal slides from your team's quarterly review. If they're marked, don't worry, just take photos of the screen; it's only for background."),
("handler_followup", "paid vague sens", "Dear Anna, attached are three new topics from our client. For topic 2 in particular they'd appreciate your insight on what hasn't been made public yet. We can increase the honorarium to $3,500 for this one."),
("handler_followup", "meet", "The gentleman I mentioned would like a video call with you tomorrow evening to ask a few follow-up questions about your paper. Camera on is better. Only the three of us."),
("handler_followup", "sec off", "Please delete our chat from LinkedIn after reading. I've sent you an invite on Telegram. From now on only there."),
("handler_followup", "pay sens", "Here is the first half in cash as discussed — I'll leave the envelope with the hotel concierge. The second half when you bring the document list from the program office."),
("handler_followup", "meet paid sens", "Subject: Shanghai trip\n\nDear Robert,\n\nAs promised, our partners would be delighted to host you in Shanghai from 3 to 6 October. They have read your two reports with great interest and would like to discuss the next one in person, especially the procurement timelines you mentioned are still under wraps. Flights, hotel and a daily allowance are covered, and they will of course pay the usual fee for the visit.\n\nBest regards,\nJason"),
("handler_followup", "sens sec", "you said your team is testing the new encryption module right now. just curious, which vendors are in the shortlist? off the record obviously, I won't quote you"),
("handler_followup", "paid sens vague", "Our client is preparing for negotiations and would like a short memo on the government's likely bottom line. Anything you've heard in meetings would help. The usual arrangement applies."),
("handler_followup", "pay", "I'll send your payment through Alipay this time since the wire was returned. If you don't have Alipay, tell me and I'll find someone local to hand you cash."),
("handler_followup", "meet vague pay", "The client would like to thank you personally in Istanbul. Everything paid, and there will be a bonus in cash. Let me know which dates work."),
("handler_followup", "sens", "By the way — you mentioned last time that the test results were disappointing. Could you say how disappointing? Range, failure rate, that kind of thing. It'd help me understand the context."),
("handler_followup", "sec", "One thing: it's better your wife doesn't know about our arrangement, some people misunderstand consulting. And please don't mention me to your security officer, they ask too many questions."),
("handler_followup", "sens paid vague", "Really appreciate the summary. My principal had one question: in the version of the policy that's still in draft, is the export ban going to include servicing of existing equipment? If you could find out, that would be worth a lot to them."),
("handler_followup", "meet off", "Can we talk on WhatsApp tonight? My client is coming to Toronto next week and would like to have dinner with you, his treat. Private room, nobody will bother us."),
("handler_followup", "paid vague sec", "We've received the second report, thank you. Our client asks that you continue on the same theme monthly. Please keep this work to yourself; our clients value discretion above all."),
("handler_followup", "sens", "Is there any chance you could bring the reorganization chart home one evening? I only need a look, I'll give it back the next morning."),
("handler_followup", "pay off", "Sorry for the delay with payment! The finance team can only pay in Bitcoin for foreign contributors. Send me your wallet on Telegram and I'll do it today."),
("handler_followup", "meet paid vague sec", "Dear Ms. Kowalczyk, the director of our partner institution was impressed by your analysis and invites you to a private briefing in Beijing. Travel, accommodation and an additional honorarium of €4,000 will be provided. Please treat this invitation as personal."),
("handler_followup", "sens vague", "The people I work with were hoping for a bit more about what hasn't been made public yet. What you sent is good, but they can read most of it in the papers."),
]
# ---------------------------------------------------------------- suspicious: subtle approaches (no telltale keyword)
S += [
("subtle_approach", "paid vague sens", "Hi Claire, the people I work with read your piece on grid modernisation and found it thoughtful. They'd value a few pages on how the regulator is really leaning on the rate case — the parts that haven't come out yet. They're generous with people who help them understand."),
("subtle_approach", "cred vague", "Mr. Fitzgerald, your years at the embassy must have given you a view of things few people have. Some friends of mine would appreciate hearing about it, informally. Would that be of interest?"),
("subtle_approach", "paid vague", "I have a friend who advises a group of investors. They sometimes need someone to put their thoughts on paper about policy questions in your field. It's quick and they're very appreciative. Shall I put you in touch?"),
("subtle_approach", "sens", "You must hear a lot in those steering meetings. What's the mood there about the delay? I'm just trying to understand where things are heading before everyone else does."),
("subtle_approach", "meet paid vague", "The gentlemen I mentioned will be in Singapore in March and would very much like to have dinner with you. They'll take care of getting you there, of course. They enjoyed your notes."),
("subtle_approach", "sens paid", "Loved the write-up. Next time, maybe less of what's in the annual report and more of what you see from the inside? That's what makes it worth it for them."),
("subtle_approach", "vague sec", "It's probably best if this stays a conversation between friends for now. My partners prefer not to be named until there's trust on both sides."),
("subtle_approach", "cred", "Hi James, I noticed you spent six years on the hill before moving into industry. People who have seen how decisions actually get made in Ottawa are rare. I'd enjoy a coffee whenever you're free."),
("subtle_approach", "paid vague", "Would you be open to a small side project? A few thoughts on where your ministry is going on critical minerals, a couple of pages. The organisation behind it prefers to stay in the background but pays well and on time."),
("subtle_approach", "sens vague", "Just so you know, anything you might have on the drafting of the new framework — early versions, comments going back and forth — would be hugely appreciated by the people I'm helping."),
("subtle_approach", "meet vague", "My associates would love to hear your perspective directly. Would a quiet lunch when you're next in Dubai work? They'll happily arrange the trip around your schedule."),
("subtle_approach", "paid sens", "I'd pay for an hour of your time, happily. Not the conference talk version — what you'd tell a close colleague about how the evaluation really went."),
("subtle_approach", "sec", "Let's keep this between us for the moment. No need to involve anyone at your company until we know whether it's a fit."),
("subtle_approach", "cred paid vague", "Your work on the fleet modernisation review was excellent. There's a group I help that values that sort of expertise and would gladly compensate you for a short perspective now and then. Nothing formal."),
("subtle_approach", "sens", "Hey, curious — your lab is the one running the trials for the new propellant, right? How are the numbers looking compared to what was promised? Just between researchers."),
("subtle_approach", "paid vague sens", "Hello Greta. A small group I advise follows your agency closely. They'd gladly commission a brief note from you each quarter — nothing you'd find in a press release, just your honest read from where you sit."),
("subtle_approach", "meet", "It would be easier to talk face to face. There are people I'd like you to meet who can open doors for you. When could you travel? Everything will be looked after."),
("subtle_approach", "vague paid", "I'm writing on behalf of someone who prefers to remain anonymous for now but follows your research closely. He'd like to support your work in return for occasional written updates."),
("subtle_approach", "sens vague", "The friends I mentioned have read everything that's been published. What they're missing is the picture from inside the room. Any impressions you can share would go a long way."),
("subtle_approach", "cred", "Dear Officer Chen, thank you for your years of service in border intelligence. Now that you've retired, there are organisations that would love to learn from your experience. I'd be honoured to make an introduction."),
("subtle_approach", "paid sec", "They'd compensate you well for your time. It's just better if it doesn't go through any official channel — simpler for everyone."),
("subtle_approach", "sens", "When the minister's office sends over its comments on the draft, could you let me know the gist? I won't share it further, I just like to be ahead of things."),
("subtle_approach", "meet vague paid", "Some people I work with are visiting Ottawa next month. They would be delighted to host you for dinner and talk about your work; they like to show their appreciation to those who help them."),
("subtle_approach", "sens paid", "What you sent was fine, but it's close to what the newspapers had. Something a little closer to the source would be worth much more."),
("subtle_approach", "cred vague", "You've been on the inside of the defence procurement world for a long time. Some of the people I know would value a conversation with someone who has seen it up close."),
("subtle_approach", "vague sens", "My contacts are trying to get a sense of who's likely to be appointed before it's announced. You always seem to know these things early."),
("subtle_approach", "paid vague sec", "The arrangement would be informal: you send thoughts when you have them, they show their gratitude. Best not to make it a topic at the office."),
]
# ---------------------------------------------------------------- suspicious: obfuscated pivots
S += [
("obfuscated_pivot", "off cred", "Hi Leonard, great profile — your radar systems background is just what we need. Please add me on W e C h a t: hr_anna_example so I can share the role."),
("obfuscated_pivot", "off vague", "Dear Ms. Reyes, my client is discreet. Let's continue on Tele\u200bgram, handle @consult_li_example. Thank you."),
("obfuscated_pivot", "off paid", "We pay well for short analyses. Reach me on Wh\u0430ts\u0430pp (+852 1234 5678), I don't check messages here."),
("obfuscated_pivot", "off", "add my vx pls: jenny_rec_example 😊 more convenient"),
("obfuscated_pivot", "off cred", "Hi, I'm recruiting for aerospace roles. Drop me a line at sophie.talent at gmail dot com — don't use this inbox."),
("obfuscated_pivot", "off vague paid", "My client would like to commission a report from you. Please contact me on t.e.l.e.g.r.a.m @vwang_example for details."),
("obfuscated_pivot", "off", "Could we move to S1gnal? +44 7700 900512"),
("obfuscated_pivot", "off cred vague", "Hello Ryan, my client in the defence space is very interested in your clearance profile. My wx is zhang_hh_example, add me and I'll tell you more."),
("obfuscated_pivot", "off paid", "Reply to me at chen.report (at) qq (dot) com, the fee for your first paper is already agreed."),
("obfuscated_pivot", "off", "Let's chat on ＷｅＣｈａｔ instead, ID: mira_example_88"),
("obfuscated_pivot", "off sec", "This platform is monitored. Please write to me on what's app: 555 0193. Keep this discreet."),
("obfuscated_pivot", "off vague", "my client prefers the green app 🟢 for privacy — number is +1 555 0172, message me there"),
("obfuscated_pivot", "off paid vague", "Hi Aisha — happy to share the brief. Easiest is W-h-a-t-s-A-p-p, +44 7700 900681. The client pays per report."),
]
# ---------------------------------------------------------------- suspicious: job scams
S += [
("job_scam", "scam pay", "Congratulations! You have been selected for the Remote Data Entry position ($35/hr). Before you start, you need to purchase your home office equipment from our approved vendor. We'll send you a cheque to cover it; deposit it and send the balance to the vendor by gift card."),
("job_scam", "scam off", "Hello, this is Emily from Talent Hub. Your resume was reviewed and you qualifiy for a part-time online job, 1-2 hours a day, $300-800 daily. Please add me on WhatsApp +1 555 0139 to recieve training."),
("job_scam", "scam", "Dear Applicant, to finalise your employment with Orion Logistics you must pay a one-time onboarding fee of $149 for your background check and training kit. This is refundable after your first paycheck."),
("job_scam", "scam off", "Hi, reply to this offer only from your personal e-mail (not your work or school address). Your interview will take place over Telegram text chat with our hiring manager, Mr. Davis."),
("job_scam", "scam pay", "You're hired! As a payment processing assistant you will receive customer payments into your personal account and forward them in Bitcoin, keeping 10% as your commission."),
("job_scam", "scam", "Thanks for applying. Unfortunately we cannot proceed until the $95 certification fee for our mandatory software course is paid. Use the link below, payment by prepaid card only."),
("job_scam", "scam pay", "hi dear, job is easy: rate products in the app and earn commission. first task needs a deposit of 50 USDT to unlock the level. after that you withdraw anytime 🙏"),
("job_scam", "scam off pay", """Subject: Your application – Administrative Assistant (Remote) – Next Step

Good day,

We reviewed your CV on the job board and we are pleased to inform you that you have been shortlisted for the position of Remote Administrative Assistant with Brightline Solutions.

Position details:
- Pay: $32.50/hour, 20-25 hours per week
- Fully remote, flexible schedule
- Duties: data entry, scheduling, processing customer payments, liaising with vendors
- Benefits after 90 days

The interview is conducted via the Wire app as our hiring managers travel frequently. Kindly download it and search for HR.Bennett.example, then send the message "Brightline interview" to start. The interview is text-based and takes about 45 minutes.

Once hired, you will receive a company cheque to purchase your work equipment (laptop, printer, software) from our certified vendor. Any remaining balance should be sent back to the vendor in the form of Bitcoin or store gift cards, as instructed by your supervisor. Please have your banking details and a photo of your ID ready for payroll setup.

Kindly respond within 24 hours as positions fill quickly.

Regards,
Mr. Harold Bennett
HR Department
Brightline Solutions
"Building Brighter Futures"
"""),
("job_scam", "scam", "Mystery shopper wanted! Earn $400 per assignment. We will mail you a cheque for $2,450; deposit it, keep your fee and buy the listed gift cards for evaluation."),
("job_scam", "scam pay", "Dear candidate, your first salary will be sent in crypto because we are an international company. Please also send us a copy of your passport and SIN so we can register you."),
("job_scam", "scam", "We loved your interview! Final step: purchase the laptop and software licence ($1,200) from our partner store, you'll be reimbursed with your first pay."),
("job_scam", "scam off pay", "Part-time job opportunity: liking YouTube videos, 5 USD per like. Contact our receptionist on Telegram @task_anna_example. Payment in USDT daily."),
("job_scam", "scam", "hello, we are hiring package reshippers. you receive parcels at home, relabel and send abroad. $2,500/month. no experience needed, start tomorrow"),
("job_scam", "scam off", "Greetings. The HR manager reviewed your profile on Indeed. Kindly set up a Google Hangouts account and add hiring.manager.example@gmail.com for your online interview at 2 PM."),
("job_scam", "scam pay", "To activate your position as a remote bookkeeper, please buy three Apple gift cards of $200 each and send photos of the back. This is standard for verifying new staff."),
("job_scam", "scam", "Your visa-sponsored job in Canada is approved! Pay the LMIA processing fee of CAD 2,800 to our agent within 48 hours to secure it."),
]
# ---------------------------------------------------------------- suspicious: coercion
S += [
("coercion", "coer", "Mr. Zhao, your mother came to see us today. She is worried about you. It would be best for everyone if you came back and explained yourself. We will make sure nothing happens to her in the meantime."),
("coercion", "coer", "We know you attend the association meetings in Vancouver. Send us the names of the people who speak at them, with photos if possible. Your brother's job depends on your cooperation."),
("coercion", "coer", "This is the public security bureau of your hometown. Your case is not closed. If you return voluntarily before the end of the month, it will be treated leniently. Otherwise your family will bear the consequences."),
("coercion", "coer sec", "Don't tell anyone about this call, not your friends, not the Canadian police. Just think about your father's health and whether you want him to keep his pension."),
("coercion", "coer off", "Your cousin gave us your WhatsApp. We need you to come to the service station at the community centre on Saturday to update your information. Bring your passport."),
("coercion", "coer", "Stop posting about the protests. Your parents have been asked to come in for tea twice already. Next time it won't be tea."),
("coercion", "coer", "You are a son of this country. Come home, and the problem with your residence permit and your sister's university place can be solved. We are being patient."),
("coercion", "coer", "We will need a list of the students in your WeChat group who talk about independence. Nothing bad will happen to them, it's just for our records. Your family will appreciate your help."),
("coercion", "coer", "Dear Ms. Rahimi, your aunt has been called for questioning about your activities abroad. If you stop your interviews with foreign journalists, this may not be necessary again."),
("coercion", "coer pay", "We can arrange for the debt of your father's business to disappear. All you need to do is tell us who organised the vigil on Sunday, and we'll send a little something for your trouble."),
("coercion", "coer", "Your grandmother is old. It would be a shame if she couldn't see you again. Think about returning for the holidays and having a talk with us."),
("coercion", "coer", "Someone from the consulate will call you. Answer their questions about the people in your temple and everything stays calm at home."),
("coercion", "coer sec", "Your uncle says hello. He asks you to delete the articles you wrote and to keep quiet about this message. He is counting on you."),
("coercion", "coer", "I'm from the hometown liaison office. We noticed you haven't renewed your passport. The easiest way is to come back in person; your parents already agreed to help convince you."),
("coercion", "coer", "the comments you made in that podcast were noticed back home. your father lost his position at the factory last week. you know how to fix this."),
]
# ---------------------------------------------------------------- suspicious: more first approaches
S += [
("fake_recruiter", "cred off", "Hi Marcus! I'm a recruiter with a global staffing group. We have an urgent need for engineers cleared to Secret who have worked on tactical data links. Please reply with your WhatsApp number and I'll call you today."),
("fake_recruiter", "cred vague paid", "Dear Helen, we're hiring part-time 'policy consultants' among former public servants. Most of our consultants are ex-Global Affairs. The work: short written pieces for our client, paid per piece. No need to leave your current role."),
("fake_recruiter", "cred off vague sec", "Hello Andrew,\n\nI hope this finds you well. I lead talent acquisition for a confidential client in the quantum computing space. Your work at the national lab on cryogenic control electronics matches their needs precisely.\n\nAs this search is sensitive, I'd appreciate it if you kept it to yourself for now and replied from a personal address rather than your lab account. Happy to talk on WhatsApp too.\n\nBest wishes,\nNina Feldman\nTalent Acquisition Lead"),
("fake_recruiter", "cred", "Hello, we noticed from your profile that you hold a current NV1 clearance. We'd love to have you on our roster of advisers. Are you available for a short call this week?"),
("fake_recruiter", "cred off", "Hey Ben, hope you don't mind the cold message. I'm hiring for semiconductor packaging folks, especially anyone from a fab with export-controlled tooling. WeChat or Telegram is best, which do you use?"),
("fake_recruiter", "cred off paid", "Dear Sir, we are an HR agency. We are looking for people working in telecommunications at government level to provide market reports for our client. Excellent remuneration. Please contact via email: hr.globalreach.example@gmail.com"),
("fake_headhunter", "cred off vague", "Hi Olivia,\n\nI'm a headhunter based in Hong Kong. One of my clients — a major conglomerate I can't name yet — is setting up an advisory board and wants someone who has worked in the Canadian public service on trade. Please share your personal e-mail or WeChat so we can exchange documents securely.\n\nThanks,\nVincent"),
("fake_headhunter", "cred vague", "Good morning Mr. Patel, I specialise in placing senior defence officials into advisory roles. My current mandate is from an Asian sovereign-backed group. Given your NATO staff experience, I'd like to present you."),
("fake_headhunter", "vague paid sec", "A client of mine is looking for a few trusted advisers. Retainer of $5,000 a month for occasional written input. They are very private and prefer that advisers do not advertise the relationship."),
("fake_headhunter", "cred off", "Hello Dr. Kim, I'm a headhunter for AI research roles. Your work on model compression at a government-funded lab is highly relevant. Can I have your WhatsApp? It's easier for me to share the brief there."),
("fake_headhunter", "cred vague meet", "Dear General (ret.) Moreau, a client of my firm would be honoured to meet you during your next trip to Asia. They are interested in your perspective on defence cooperation. Travel can be arranged on their side."),
("fake_headhunter", "vague off sec", "Sorry to be mysterious. My client is a well known firm but they dont want competitors to know they are hiring. Please move to my personal e-mail, headhunter.sasha@example.com, and don't forward this."),
("fake_headhunter", "cred vague paid", "Hi Derek, I'm a search consultant helping a private equity client understand the border-security market. Someone with your background at the agency could earn a very good side income through short written briefs. Shall I tell you more?"),
("fake_consultant", "paid vague sens", "Hello Ms. Lindqvist, I am a consultant for a company that does market research for foreign clients. We would like your insights on upcoming government contracts in the rail signalling sector, ideally before they go to tender. We pay well for timely information."),
("fake_consultant", "paid off", "Hi, I work for a consulting company in Shanghai. We look for experts to write short reports about US politics. $500 per report, 2 pages. Add me on WeChat to get started: ID sheng_consult_example"),
("fake_consultant", "cred paid vague", "Dear Mr. Novak, as a security consultant I support clients who need to understand critical infrastructure risks. Your work at the transmission operator makes you an ideal contributor. We pay €1,200 for a short risk paper. The client prefers anonymity."),
("fake_consultant", "paid vague pay", "Our client would like a paper on Canada's rare-earth strategy. Fee CAD 2,500. Payment can be made in crypto or to any account you prefer, including a family member's."),
("fake_consultant", "paid vague sec", "Hello! I run a geopolitical consulting practice. A client needs a monthly two-page note on your country's defence posture. It's paid very generously, but I must ask you to keep our work discreet — no mention to colleagues or on your CV."),
("fake_consultant", "paid sens vague", "Dear Dr. Baptiste, thank you for agreeing to write for us. For the first assignment, our client would appreciate your assessment of the hospital authority's internal pandemic stockpile numbers — the real ones rather than the published figures."),
("fake_consultant", "paid vague", "I am a consultant. Clients pay me to understand your industry. I pay you to explain it to me. Simple :) 500 USD for one page. Who is the client? Doesn't matter, they're legit."),
("fake_think_tank", "cred paid vague", "Dear Professor Silva, our foundation supports research on maritime security. We would like to commission a paper from you, given your advisory role with the navy. Our donors remain anonymous by choice, but the honorarium is substantial."),
("fake_think_tank", "paid meet off", "Hello, I am from the Asia Continental Research Institute. We'd like you to write an analysis and present it at our seminar in Hangzhou, all costs covered. Please add me on WeChat to arrange your trip."),
("fake_think_tank", "paid sens", "Our institute would be delighted to publish your views — but for the commissioned version, we'd prefer the unpublished details of the ministry's review. That part would remain for internal use only."),
("fake_think_tank", "meet vague sec", "We are hosting a small, private exchange in Bangkok with representatives of our sponsors. No press, no programme published. We would be glad to have you; please keep the invitation to yourself."),
("fake_think_tank", "cred paid", "Dear Deputy Director, the Silk Road Policy Institute invites senior officials to author short 'perspective' papers under a pseudonym. Honorarium USD 6,000 per paper."),
("fake_think_tank", "paid vague off", "hi, I'm a research fellow at a think tank. our funders would like a series of papers on the Five Eyes. can we continue by personal email? my address is fellow.hu@example.org"),
]
# ---------------------------------------------------------------- benign look-alikes
B += [
("genuine_recruiter", True, "Hi Daniel, I'm Sam Ortega, technical recruiter at Northwind Avionics (northwind-avionics.example.com). We have an opening for a Systems Integration Engineer in Montréal, posting ref NA-2291. Would you have 20 minutes for a phone call this week? You can reach me at sam.ortega@northwind-avionics.example.com or 514-555-0162."),
("genuine_recruiter", True, "Subject: Senior RF Engineer – Halcyon Space Systems\n\nHi Ms. Okafor,\n\nI lead hiring for our ground segment team at Halcyon Space Systems. The role requires the ability to obtain a Secret clearance, which I see you already hold. Here is the public posting: careers.halcyon.example.com/jobs/4471.\n\nIf it's of interest, I'd suggest we move to e-mail — I'll send the full description and the interview steps.\n\nBest,\nRenée Caldwell\nTalent Acquisition, Halcyon Space Systems\n+1 555 0108"),
("genuine_recruiter", True, "Hey Ben, thanks for accepting! I recruit for Tessellate Semiconductor's packaging group in Albany. Happy to keep talking here or by e-mail, whatever's easier for you. Job link: tessellate.example.com/careers/pkg-eng-12"),
("genuine_recruiter", True, "Hi Priya, following up on my InMail: would a quick Teams call on Thursday work? I'll send an invite from my Lumen Microdevices address so it goes through our calendar. No prep needed, it's just an intro."),
("genuine_recruiter", True, "Hello Tom, I'm with Harbour Search Partners. We're running a retained search for a Director of Government Relations at Canadian Rail Alliance. The client has asked us to keep the search confidential until the shortlist, and we'll ask candidates to sign a standard NDA before sharing the compensation package. Would you be open to a call?"),
("genuine_recruiter", True, "Hi Sarah, Mark Ellison from GridWorks Utility here (I'm in-house HR). The role is Senior OT Security Analyst, posted at gridworks.example.com/jobs. Let me know a good number and time and I'll give you a call, or book a slot here: calendly.example.com/m-ellison"),
("genuine_recruiter", True, "Hi Leonard! Thanks for your reply. I'm traveling this week and mostly on my phone — if you prefer, you can WhatsApp me at +44 7700 900760, but e-mail (k.moss@corvid-defence.example.com) is fine too. The posting is on our careers page, ref CD-RAD-07."),
("genuine_recruiter", True, "Dear Dr. Kim, I'm a recruiter at Parallax AI. We're hiring for a research scientist role in model efficiency (posting: parallax.example.com/jobs/rs-eff). Our process: a 30-min call with me, a technical interview with the team, then an onsite in Toronto — we cover travel and hotel for the onsite."),
("genuine_recruiter", True, "Hello Olivia — I'm an in-house recruiter at Maple Trade Analytics. We're hiring a Trade Policy Advisor; public servants often apply because the work is close to what GAC does. Job ad: mapletrade.example.com/careers. Happy to answer questions by e-mail."),
("genuine_recruiter", True, "Hi Ryan, I'm Jo from ClearPath Staffing. I place cleared engineers with defence primes. Our current client is Lockridge Aerospace (named on the posting with their permission), role requires an active Secret. Can we set up a phone call? My office line is 555-0119."),
("genuine_recruiter", True, "Hi Marcus, I work in the talent team at Sentinel Datalink. Since you asked for more details, I'll move us to e-mail so I can attach the PDF job description. Please note we'll never ask you for fees or bank details during the process."),
("genuine_recruiter", True, "Hello Aisha, thanks for the quick reply! I'll WhatsApp you the interview time since you mentioned you're abroad — it's from my work phone. The interview itself will be on Zoom with our engineering manager, Luis Gomez. Company is Brightwave Networks, posting BW-1182."),
("genuine_recruiter", True, "Hey! Recruiter at Fjord Robotics here. I know recuiters in your inbox can be sketchy these days, so: my company e-mail is ines.varga@fjordrobotics.example.com, you can verify me on our website's team page. We're hiring controls engineers in Kitchener."),
("genuine_recruiter", True, "Dear Mr. Brandt, I'm a partner at Holloway & Finch Executive Search. We've been retained by Norsk Maritime Systems to find a Head of Defence Programmes. The role is public on our website. If you're interested, I'd suggest a call, after which we can meet in person at our Ottawa office."),
("genuine_recruiter", True, "Hi Helen, I'm a recruiter at the Public Policy Forum Consulting group. We're looking for former public servants for a Senior Advisor role (full time, salaried, Ottawa). Link: ppfc.example.com/join. Former GAC folks welcome; we do a conflict-of-interest check per Treasury Board post-employment rules."),
("genuine_recruiter", True, "Hi Jenna, quick note: the hiring manager would like to meet you onsite in Seattle. Our travel team (travel@aerolume.example.com) will book your flight and hotel; keep your receipts for meals and we'll reimburse them with the standard expense form."),
("expert_network", True, "Hi Dr. Ahmed, I'm an associate at Atlas Expert Network (atlasexperts.example.com). A client, a London-based asset manager, would like a 1-hour phone consultation on semiconductor export controls. Compensation is £250/hour. Please note: we do not want any confidential information or material non-public information, and you must not discuss your current employer's business."),
("expert_network", True, """Subject: Consultation request – Arctic logistics (project #MIP-30418)

Hello Lauren,

I'm reaching out from Meridian Insight Partners, an expert network that connects professionals with clients who want to learn about an industry. One of our clients, Polar Freight Analytics (a shipping-data company that has agreed to be named), would like to speak with someone familiar with Arctic shipping routes and port infrastructure.

The call would be one hour by phone, paid at USD 300 by bank transfer to an account in your name. Topics the client has proposed:
  1. seasonal traffic patterns through the Northwest Passage (public data)
  2. the state of port facilities in Nunavut, as reported publicly
  3. general views on insurance and ice-class requirements

Before scheduling, you'll complete our 10-minute compliance training and confirm our terms. In short: you must not share confidential information, material non-public information, or anything you learned under a duty of confidentiality to a current or former employer. Current government employees are not eligible to consult through our platform, so please tell me if that applies to you; former employees must comply with their post-employment rules.

If you'd rather not take part, just reply "no thanks" and we won't contact you about this project again.

Best,
Philip Duarte
Associate, Energy & Transport
Meridian Insight Partners | 200 King St W (example), Toronto ON
+1 555 0124 | pduarte@meridian-insight.example.com
Meridian Insight Partners does not seek, and its experts may not provide, confidential or non-public information."""),
("expert_network", True, "Thanks for joining the Keystone Experts network. Reminder of our rules: never share confidential information of any current or former employer, never share information under an NDA, and decline any question that makes you uncomfortable. Your call with the client (a consulting firm) is Tuesday 10:00 ET."),
("expert_network", True, "Hi Greta, the client for Thursday's call is Brookline Capital (they've agreed to be named). Topics: public information on the EV battery supply chain. Fee $400/hr paid via our platform by direct deposit. Our compliance team may listen in."),
("expert_network", True, "Hello, I'm from Corvus Expert Network. We noticed your profile and wonder if you'd like to join as an expert on defence procurement. You'd take paid phone consultations with investors. We screen out anyone currently in government and we never pay for non-public information."),
("expert_network", True, "Quick follow-up from Lattice Research Network: the client asked whether you could cover the public tender process for the rail signalling contract. We've reminded them that you won't discuss anything non-public or your employer's bids. Still interested at $275/hr?"),
("expert_network", True, "Dear Mr. Novak, thank you for completing your call. Payment of €300 will reach your bank account within 10 business days via our payment provider. If you'd like to be paid to a different account, update it in the expert portal; we can only pay accounts in your own name."),
("expert_network", True, "Hi James, Sandpiper Expert Network here. Our client (a Toronto-based consultancy) is researching how federal procurement reform might affect SMEs. It's a 45-min paid call, $350. Because you left government recently, please confirm the call complies with your post-employment obligations."),
("expert_network", True, "Reminder before your consultation: do not share information that is confidential, proprietary or classified. If the client asks something you can't answer, just say so. The call will be recorded for compliance. — Atlas Expert Network Compliance"),
("expert_network", True, "Hi! I work at Beacon Expert Calls. A hedge fund client would like 3 short calls with people who know the satellite broadband market. Public info only, $200 per call. You'd be paid by PayPal or bank transfer, your choice."),
("expert_network", True, "Dear Dr. Baptiste, we'd like to invite you to a paid survey (20 min, $150) on hospital procurement trends, commissioned by Lumen Health Partners. Please do not include information about specific contracts at your hospital."),
("family_chat", True, "[2024-02-03 20:14] Mom: 儿子, 春节回来吗? Your dad already bought the tickets for you 😊\n[2024-02-03 20:15] Mom: don't tell your sister yet, it's a surprise for her"),
("family_chat", True, "Auntie Lin: Sent you 500 on Alipay for your birthday! Buy yourself something nice, don't tell your uncle I spent so much haha"),
("family_chat", True, "Dad: When are you coming home? Your grandmother keeps asking. We can pay for the flight if money is tight."),
("family_chat", True, "[12/07/2023, 18:02] Ayesha: Can you call mum on WhatsApp tonight? She wants to talk about the wedding, and keep it between us till the families meet 🤫"),
("family_chat", True, "Cousin Wei: add me on WeChat, it's easier than texting from here. my ID is wei_cousin_example. grandma wants to see photos of the baby!"),
("family_chat", True, "Mom: your father's health is better now, don't worry. But it would make him very happy if you could come back this summer, even for a week."),
("family_chat", True, "Brother: I'll send the money for mum's medicine through Wise, it's cheaper than the bank. Don't mention it to her, she'll say it's too much."),
("family_chat", True, "Uncle Hao: The family association is organizing a dinner for Mid-Autumn. Bring your friends, everyone is welcome. Let me know in the WeChat group."),
("family_chat", True, "Sis: mum gave me your new number, are you on Telegram? the family group moved there because dad's phone can't run WhatsApp anymore lol"),
("family_chat", True, "Grandpa: Your cousin got into university in Chengdu! Everyone is proud. When you come home we will have a big dinner, and you must tell us about Canada."),
("family_chat", True, "Mom: I sent you the 红包 on WeChat, 888 for good luck. Don't spend it all on bubble tea!"),
("cleared_job_ad", True, "Job posting: Systems Engineer III (TS/SCI with Poly required). Location: Chantilly, VA. Responsibilities include requirements analysis for ground systems. Apply at careers.arclight.example.com, req #22-0981. U.S. citizenship required."),
("cleared_job_ad", True, "We're hiring! Cyber Threat Analyst — Government of Canada Reliability status; Secret clearance an asset. Hybrid, Ottawa. Salary $85,000–$98,000. Apply through the GC Jobs portal by March 31, reference 24-DND-EA-123."),
("cleared_job_ad", True, "Senior Software Engineer — DV cleared (or eligible). Bristol. Join our team building mission systems for the RAF. Competitive salary, pension, 25 days leave. Apply via our website; no agencies please."),
("cleared_job_ad", True, "ClearanceJobs alert: 12 new jobs matching 'Secret, RF engineer' near Colorado Springs. View jobs: clearancejobs.example.com/alerts"),
("cleared_job_ad", True, "Position: Intelligence Analyst (Top Secret). Department: Canadian Security Intelligence Service. Note: CSIS will never contact you through WhatsApp or request payment during the hiring process. Apply only through our official careers site."),
("cleared_job_ad", True, "Hiring: Nuclear Safety Engineer, Secret clearance required, Chalk River area. We offer relocation assistance and will pay for your trip to our site for the final interview."),
("cleared_job_ad", True, "Posting: Policy Analyst, Defence Policy Group (Secret clearance required, or ability to obtain). Work involves handling classified material; candidates must pass a security screening. Questions: staffing@dpg.example.gc.ca"),
("cleared_job_ad", True, "Remote-eligible? No — this role requires on-site work in a SCIF. Active TS/SCI. Pays 160-190k. DM me if you want a referral, I work on the team and can send the req number."),
("cleared_job_ad", True, "Lockridge Aerospace is hosting a cleared hiring event on June 12 in Ottawa. Bring your resume and proof of your clearance level. Interviews on the spot. Registration: lockridge.example.com/events"),
("security_awareness", True, """Subject: Security reminder — fake recruiters and "consultants" on LinkedIn

Colleagues,

Over the last quarter the Departmental Security Office has received eleven reports from staff who were approached on LinkedIn by so-called headhunters or consultants. The approaches follow a familiar pattern, which CSIS and our allies have described publicly:

  • a flattering first message that mentions your clearance or your position;
  • an early request to move the chat to WeChat, WhatsApp, Telegram or a personal e-mail;
  • an offer of money for "reports" or "white papers" for a client who is never named;
  • questions that drift towards internal, non-public or confidential matters ("nothing classified, just what's discussed internally");
  • an invitation to meet the client abroad, travel and hotel paid;
  • requests to keep the arrangement secret ("don't tell your employer") and payment in crypto, gift cards or cash.

None of these signs proves anything on its own; recruiters do move to e-mail, and expert networks do pay for calls. It is the combination that matters. If you recognise the pattern, do not reply, do not delete the messages, and contact us at security@agency.example.gc.ca or ext. 4400. Reporting is confidential and will not affect your clearance.

Thank you for your vigilance.

Departmental Security Office
Corporate Services Branch"""),
("security_awareness", True, "Think Before You Link tip of the week: be wary if someone you met online quickly suggests moving to a private messaging app, offers generous payment for 'white papers', or says 'don't tell your employer'. These are classic signs of a state-backed approach."),
("security_awareness", True, "Quiz question 4: A recruiter you've never met offers you $2,000 to write a report for a client they won't name, then invites you to Shanghai, all expenses paid. What should you do? (a) Go (b) Ask for the client's name (c) Report to your security officer. Answer: (c)."),
("security_awareness", True, "FBI warning: foreign intelligence services use fake job offers and professional networking sites to target current and former cleared personnel. Red flags include unsolicited offers, requests to communicate off-platform and payment for seemingly harmless papers."),
("security_awareness", True, "Reminder from HR: job scammers may ask you to pay for training kits, cash a cheque and buy gift cards, or reply from your personal e-mail. Our company will never ask you to pay for anything during hiring."),
("security_awareness", True, "Community safety notice: members of our diaspora have reported calls from people claiming to be police from their home country, asking them to return or threatening their families. If you receive such a call, write down the details and contact the RCMP National Security Information Network at 1-800-555-0199."),
("security_awareness", True, "Hey team, slides from today's insider-threat briefing are in the shared drive. Main takeaways: unnamed 'clients', requests for internal info, offers of paid trips abroad, secrecy, weird payment methods. When in doubt, ask the security desk."),
("security_awareness", True, "From the CSIS public report: 'Threat actors pose as recruiters or consultants, offering lucrative opportunities to those with access to sensitive information, and then ask for reports on non-public topics.' Please read it before next week's training."),
("security_awareness", True, "Training module 3 transcript: 'The approach often starts innocently: a compliment on your profile, a request to continue on WhatsApp, a small paid task. Then come the questions about what's discussed internally. Recognise the pattern and report it.'"),
("security_awareness", True, "Poster text for the break room: Offered money for a report by someone you've never met? Asked to keep it from your employer? Invited abroad with everything paid? STOP. Report it. Security Office, ext. 4400."),
("think_tank_commission", True, "Dear Dr. Nakamura, the Centre for Space Policy Studies (cspolicy.example.org) would like to commission a signed 4,000-word paper on GNSS resilience for our public series, with an honorarium of CAD 2,000. The paper will be peer-reviewed and published under your name on our website. Our funders are listed in our annual report."),
("think_tank_commission", True, "Hi Ruth, as discussed, the Institute for Defence Industry Studies will publish your policy brief in our spring series. Attached: the standard author agreement (CC BY licence, $1,500 fee, payable by bank transfer). Our editor, Dr. Fatima Noor, will send comments by the 20th."),
("think_tank_commission", True, "Subject: Call for papers — Maritime Security Review\n\nThe Atlantic Ocean Policy Institute invites submissions for its annual Maritime Security Review. Selected authors receive an honorarium of USD 1,000 and will present at our public conference in Halifax; travel is covered. All papers are published with the author's name. Please note we cannot accept papers containing classified or non-public government information.\n\nEditorial Board"),
("think_tank_commission", True, "Hello Professor Silva, the Lusophone Security Forum would be glad to pay a $2,500 fee for a chapter in our edited volume (Routledge-style academic press, public release next year). Your name and affiliation will appear on the chapter."),
("think_tank_commission", True, "Thanks for your draft, Michael. Our peer reviewers asked for more sources on the public record — all claims should be traceable to published documents. Once revised, we'll process the honorarium and schedule publication. — Policy Studies Editorial Team, Northern Affairs Institute"),
("think_tank_commission", True, "Hi Anna, our think tank is putting together a public report on Baltic energy security, funded by the Nordic Research Fund (acknowledged on the cover). Would you write the section on interconnectors? Fee €1,800, byline, public launch event in Riga."),
("think_tank_commission", True, "Dear Colleague, the Canadian Global Policy Council invites you to speak at our annual public forum. Speakers receive a modest honorarium of $750 and travel within Canada. Sessions are livestreamed; please do not present material that is not already public."),
("coworker_channel", True, "hey, let's move this to Teams, my Outlook keeps freezing. I'll ping you there in 5"),
("coworker_channel", True, "Can you Slack me the draft instead? Email attachments over 10MB bounce on the guest network."),
("coworker_channel", True, "Priya — I'm on leave next week, if anything urgent comes up with the audit just WhatsApp me on my personal (+1 555 0155). Don't send anything confidential there though, just ping me and I'll log in."),
("coworker_channel", True, "[09:12] Jordan: moving the project chat to Signal since half the team is on the road, link in your email\n[09:13] Jordan: nothing sensitive in there obvs, that stays on the work systems"),
("coworker_channel", True, "Hey, it's Karen from the Halifax office. Could you send me the public version of the annual report to my gmail? I'm working from my cottage and VPN is down. Thanks!"),
("coworker_channel", True, "Let's keep the surprise party for Mei between us — I've made a WhatsApp group without her. Chip in $10 for the gift if you can, e-transfer to me."),
("coworker_channel", True, "We're moving the Ottawa–Vancouver sync to Google Meet from now on, Teams keeps dropping. Invite updated."),
("coworker_channel", True, "Quick one — can we jump on a call? Easier than going back and forth on email about the budget slides. My cell is 613-555-0177."),
("coworker_channel", True, "PS: the internal version of the deck has the cost numbers, please only share the external one with the vendor. Thanks!"),
]
B += [
("conference_invite", True, "Dear Dr. Lemaire,\n\nOn behalf of the organising committee, I am pleased to invite you as a keynote speaker at the International Symposium on Nuclear Safety Regulation, Eastbridge University, Shanghai, 14–16 May. The university will cover your economy flight, four nights' accommodation and registration. The programme and speaker list are public at nsr2025.example.edu.\n\nThe symposium brings together regulators, operators and academics from twelve countries. Keynotes are 40 minutes with 15 minutes of questions and will be recorded and published on the symposium website, together with the slides, unless you ask us otherwise. Proceedings will appear in an open-access volume.\n\nPractical details: our secretariat will send a formal invitation letter for your visa, and you may book your flight yourself and claim the cost against receipts, or let our travel agency book it. Reimbursement is made by bank transfer to your own account after the event, following the university's financial rules. If your organisation requires the invitation to go through official channels, we are happy to write to your director as well.\n\nKind regards,\nProf. Liu Fang\nProgramme Chair, NSR 2025\nSchool of Nuclear Science and Engineering, Eastbridge University\nnsr2025@eastbridge.example.edu | +86 21 5555 0100"),
("conference_invite", True, "Hi Ruth, you're confirmed as a panelist for the Defence Industry Policy Summit in Toronto. Our events team will book your flight and hotel; the session will be recorded and posted on our YouTube channel."),
("conference_invite", True, "Invitation: Beijing Forum on Climate Cooperation, 9–11 September. Hosted by Peking Lakeview University with the support of the Ministry of Ecology. Travel and accommodation for invited speakers are covered. Presentations will be published in the conference proceedings."),
("conference_invite", True, "Dear Ms. Reyes, thank you for agreeing to speak at the Women in Aerospace Canada gala in Montréal. We will reimburse your train ticket and one night at the hotel on presentation of receipts."),
("conference_invite", True, "Hello Professor, the Kyoto Workshop on Quantum Materials invites you to give a 30-minute talk. The Japan Society for Science grant covers travel for invited speakers. Please register via the workshop website by April 1."),
("conference_invite", True, "Subject: Visa letter for your trip to the Singapore Maritime Week\n\nDear Colin, attached is your invitation letter for the visa application. As a speaker, your flights and hotel are covered by the Maritime and Port Institute. The public agenda is online. Looking forward to seeing you there!"),
("conference_invite", True, "Hi all, reminder that the Ottawa Security Studies conference is next week. Registration is free for students and the department will reimburse your bus fare. No recording in the closed Chatham House session."),
("hr_onboarding", True, "Welcome to Corvid Defence! Before your first day, please sign the attached Non-Disclosure Agreement and the Acceptable Use Policy. As a reminder, the terms of your offer are confidential and should not be shared with other candidates."),
("hr_onboarding", True, "Hi Andrew, your security clearance paperwork has been submitted to the Contract Security Program. You'll get a letter when it's processed. Until then, you won't have access to classified areas; please don't discuss project details outside the team."),
("hr_onboarding", True, "New employee checklist: 1) Complete security briefing 2) Set up direct deposit in Workday 3) Read the Code of Conduct (section 4: confidential information) 4) Report any foreign travel to the Security Office in advance."),
("hr_onboarding", True, "Reminder: all staff must report any contact with foreign officials or unusual approaches from recruiters to the security office. This is a standard requirement of your clearance and not a cause for alarm."),
("hr_onboarding", True, "Hi Jo, confidential for now — we're restructuring your team and want to offer you the lead role before the announcement goes out next Monday. Please keep it to yourself until then. Let's talk in my office at 3."),
("hr_onboarding", True, "Your offer letter from Parallax AI is attached. Salary, equity and start date are listed on page 2. Please do not share the compensation details publicly. Sign via DocuSign by Friday."),
("payroll", True, "Your expense claim #44812 (Ottawa trip: train, hotel, meals) for $612.40 has been approved and will be paid by direct deposit on the next pay run."),
("payroll", True, "Subject: Payroll notice — no changes by e-mail\n\nPlease note that Payroll will never ask you to change your bank details by e-mail, and will never pay salaries in gift cards or cryptocurrency. Update your direct deposit only through the employee portal.\n\nPayroll Services"),
("payroll", True, "Hi Michelle, I've reimbursed the $85 you paid for the client lunch — it should show up as an Interac e-Transfer from the company account today."),
("payroll", True, "Travel advance approved: CAD 1,200 for your Vancouver trip. Per diem rates apply. Submit receipts within 30 days of return."),
("payroll", True, "Reminder: honoraria for external speakers are paid by cheque or bank transfer only, after the W-8BEN / tax form is received. We do not pay in cash."),
("payroll", True, "The stipend for your summer research assistantship will be paid monthly to the account registered with the university. If you'd like it paid to a parent's account, that's not possible — the account must be in your name."),
("freelance_gig", True, "Hi Lauren, thanks for your Upwork proposal. I'm the content lead at Polaris Energy Media. We'd like a 1,500-word white paper on hydrogen storage for our client Northgate Utilities (they'll publish it under their brand, you'll be credited as contributor). Budget $900, paid through Upwork milestones."),
("freelance_gig", True, "Job on Fiverr: Looking for a writer with defence industry knowledge to write a public market overview of the Canadian shipbuilding sector, using public sources only. 3,000 words, $600."),
("freelance_gig", True, "Hello! I edit the Globe Policy Review. Would you write a 1,200-word op-ed on Arctic sovereignty for our June issue? $400 fee, your byline. Deadline May 20."),
("freelance_gig", True, "We're a small B2B agency. Our client, CipherGrid Inc., needs a ghostwritten blog series on zero-trust networking. You'd be paid $0.25/word via Payoneer. NDA attached — it covers CipherGrid's product roadmap, which you'll get under embargo."),
("freelance_gig", True, "Thanks for applying to write for TechBrief! Our standard rate is $300 per explainer, paid by PayPal 30 days after publication. Topics are assigned through our editorial calendar in Trello."),
("freelance_gig", True, "Hi — I found your portfolio on Contra. We need a technical writer to turn our public API docs into a white paper for Helix Payments. Can we do a quick Zoom call tomorrow? 2-week project, $2,000 fixed."),
("news_article", True, "OTTAWA — A former federal employee was approached on LinkedIn by a 'headhunter' who offered thousands of dollars for reports and later invited him to Shanghai, according to court documents. Prosecutors say the recruiter moved the conversation to WeChat and asked for non-public information."),
("news_article", True, "In 2020, a Singaporean national pleaded guilty in the US to acting as an agent of a foreign power. He had set up a fake consulting firm and paid American officials to write reports for unnamed clients, court records show."),
("news_article", True, "A report released Tuesday says overseas 'police service stations' pressured diaspora members to return home, in some cases by threatening relatives. The RCMP said it was investigating."),
("news_article", True, "Newsletter: This week MI5 re-launched 'Think Before You Link', warning that more than 20,000 Britons have been approached online by fake recruiters working for hostile states. The usual pattern: flattery, a move to private messaging, paid papers, then requests for sensitive information."),
("news_article", True, "Podcast notes, ep. 41: How job scams work — fake cheque, gift cards, 'reply from your personal email', and the training-kit fee. Our guest, a fraud investigator, explains how to spot them."),
("consulting_engagement", True, "Hi Derek, as agreed, you'll subcontract to us on the Ministry of Transport border-modernisation project. The client is named in the contract (Ministry of Transport), the work is covered by their standard NDA, and you'll bill us monthly at the agreed rate."),
("consulting_engagement", True, "Subject: SOW for your review\n\nHello Ms. Lindqvist,\n\nAttached is the statement of work for the rail signalling market study for Nordic Rail Investors AB. The deliverable is a 20-page report based on public tenders and interviews. Fee: SEK 120,000, invoiced in two instalments. Please confirm you have no conflict of interest with your current employer.\n\nBest,\nHenrik Dahl\nDahl Advisory"),
("consulting_engagement", True, "The client is asking to keep the engagement confidential until their press release on the 14th — standard for an acquisition. You can mention it to your own company's compliance team, of course."),
("security_consultant", True, "Hello, I'm Lena Vogt from RedLine Security, engagement ref RLS-2024-118. Your CISO has authorised a phishing simulation next month. This message is just to confirm the scope document you received from your IT department."),
("security_consultant", True, "Hi Mr. Novak, per our contract with Transgrid (PO 4500218), our team will perform the OT security assessment on site May 6–10. Our consultants will carry company ID and a letter from your security manager."),
("friendly_meetup", True, "Hey! It was great to meet you at the AIAA conference. I'll be in Ottawa next week — let me buy you lunch? Would love to hear how the new job is going."),
("friendly_meetup", True, "Hi Greta, my old boss from the ministry is in town and wants to catch up with everyone from the 2019 team. Dinner's on him, Thursday at the Italian place. No shop talk promised 😄"),
]
# ---------------------------------------------------------------- benign, plain
B += [
("ordinary_chat", False, "are we still on for hockey tonight? I can pick you up at 7"),
("ordinary_chat", False, "lol did you see the email from the condo board about the parking spots"),
("ordinary_chat", False, "Happy birthday!! 🎂 hope you have an amazing day, drinks on me this weekend"),
("ordinary_chat", False, "Running 10 min late, bus broke down. Order me the usual pls"),
("ordinary_chat", False, "Hey, do you still have that book on the history of the Cold War? I'd like to borrow it for my trip."),
("ordinary_chat", False, "[2024-05-11 09:03] Sam: morning! beach or hike today?\n[2024-05-11 09:05] Sam: weather says rain after 3 so maybe hike early"),
("ordinary_chat", False, "Thanks again for dinner last night, the dumplings were amazing. Send me the recipe?"),
("ordinary_chat", False, "congrats on the new job!!! so happy for you"),
("ordinary_chat", False, "Did you end up buying the Subaru or the Mazda? Im looking too and would love your take."),
("ordinary_chat", False, "My flight landed, going through customs now. See you at arrivals!"),
("ordinary_chat", False, "Can you water my plants while I'm away Tues–Fri? Key is under the mat as usual."),
("ordinary_chat", False, "that documentary about the Apollo program was so good, you have to watch it"),
("ordinary_chat", False, "Hi neighbour, your package was delivered to us by mistake. I'll drop it off after work."),
("ordinary_chat", False, "Yo, fantasy league draft is Sunday at 8. Don't forget this time 😂"),
("ordinary_chat", False, "Just finished the marathon!! 4:12, my knees hate me"),
("ordinary_chat", False, "Mom says dinner is at 6 on Sunday, bring the kids. Dad's making his famous ribs."),
("work_email", False, "Subject: Q3 planning meeting\n\nHi all, the Q3 planning meeting is moved to Thursday 10:00 in room 4B. Please bring your updated project timelines.\n\nThanks,\nDiane"),
("work_email", False, "Hi Raj, attached are the minutes from yesterday's steering committee. Let me know if I missed anything."),
("work_email", False, "The fire alarm test is scheduled for Wednesday at 11:00. No need to evacuate."),
("work_email", False, "Subject: Printer on 3rd floor\n\nThe printer near the kitchen is out of toner. Facilities has been notified. Please use the one by reception in the meantime."),
("work_email", False, "Hi team, great work on the release. Pizza in the big meeting room at noon to celebrate!"),
("work_email", False, "Can someone review PR #482 before end of day? It's a small fix to the logging config."),
("work_email", False, "Reminder: timesheets are due Friday at 5 PM. Late submissions will delay your pay."),
("work_email", False, "Subject: Welcome our new intern\n\nPlease welcome Zoe Martin, who joins the data team for the summer. She's studying statistics at Carleton. Say hi if you see her around!\n\nMarco"),
("work_email", False, "Hi Lisa, the client approved the mock-ups. Can you start on the final assets next week?"),
("work_email", False, "The VPN will be down for maintenance Saturday 02:00–04:00 ET."),
("work_email", False, "Hi all, the office will be closed on Monday for Victoria Day. Enjoy the long weekend!"),
("work_email", False, "Subject: Re: budget variance\n\nThanks Paul, I've updated the spreadsheet with the corrected figures for line 14. Variance is now under 2%.\n\nBest,\nAmira Said\nFinance Analyst | Northbridge Consulting\n416-555-0128"),
("work_email", False, "Please complete the annual accessibility training in the LMS by June 30."),
("work_email", False, "Hi Ken, could you send me the latest version of the user guide? The link in the wiki is broken."),
("work_email", False, "Subject: Parking lot resurfacing\n\nThe north parking lot will be closed Thursday and Friday for resurfacing. Please park in the south lot or on Elm Street."),
("work_email", False, "Team lunch poll: sushi, tacos or the Lebanese place? Vote in the thread by 11."),
("notification", False, "Your Amazon order #112-5550199-0042 has shipped and will arrive Thursday."),
("notification", False, "LinkedIn: You appeared in 14 searches this week. See who's looking at your profile."),
("notification", False, "Your verification code is 482913. It expires in 10 minutes. Do not share it with anyone."),
("notification", False, "Reminder: your dentist appointment is tomorrow at 2:30 PM. Reply C to confirm."),
("notification", False, "GitHub: @lchen-example commented on issue #31: 'Thanks, merged.'"),
("notification", False, "Your Uber receipt for Tuesday's ride: $18.40. Rate your driver."),
("notification", False, "Calendar: 'Dentist' moved to Friday 9:00 AM."),
("notification", False, "Your library books are due in 3 days. Renew online at library.example.org."),
]


def main() -> None:
    rows = []
    for kind, cats, text in S:
        names = [ABBR[c] for c in cats.split()]
        if "coercion" in names:
            stage = "none"
        else:
            stage = next((st for cat, st in STAGE_ORDER if cat in names), "none")
        rows.append({"text": text, "label": 1, "kind": kind, "lookalike": False,
                     "categories": names, "stage": stage})
    for kind, look, text in B:
        rows.append({"text": text, "label": 0, "kind": kind, "lookalike": look,
                     "categories": [], "stage": "none"})
    random.Random(20251121).shuffle(rows)
    out = Path(__file__).with_name("en_dev.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            rec = {"id": f"dev-{i:04d}", **row}
            rec = {k: rec[k] for k in ("id", "text", "label", "kind", "lookalike", "categories", "stage")}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
