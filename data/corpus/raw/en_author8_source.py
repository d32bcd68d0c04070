"""English training families, eighth author: hard benign look-alikes and everyday chat.

Written by a helper session (an AI assistant) by hand, from the threat description in
``../shared/DESIGN.md`` and the public warnings summarised in its brief (CSIS, MI5/NPSA "Think Before
You Link", FBI), blind to the rule packs, the training corpus, ``data/dev/`` and every evaluation set.
Its author never ran the screener on the output. Every person, firm, institute, outlet, handle,
address and number is invented (``example`` domains, 555-01xx, +44 7700 900xxx, +852 5000 01xx,
+86 138 0000 0000).

What the families cover:

- suspicious (``en8-s-NN``): every category and stage of the funnel, in satellite communications,
  cybersecurity, pharmaceuticals, agriculture biotech, ports and logistics, banking regulation and
  elections administration; coercion of diaspora members; deposit, cheque and task scams. Seven
  families are subtle: no app name, no "client", no fee or payment word, no "confidential" --
  the intent shows only in what is asked (checked by ``TELLTALE`` below).
- benign look-alikes (``en8-b-NN``, ``lookalike`` true): genuine recruiters and headhunters who name
  the firm and move to e-mail, phone or WhatsApp; expert networks that refuse confidential
  information; paid talks, peer reviews and commissioned papers; clearance job ads; security notices
  quoting the warning signs; family chats on WeChat and WhatsApp; colleagues moving to Teams, Signal
  or WeChat Work; reimbursements; alumni and parents' groups; journalists on the record; conference
  organisers; onboarding; bank and payroll notices.
- everyday chat (``en8-b-NN``, ``lookalike`` false): short SMS between friends, family and
  co-workers about money, lifts, numbers, presents, bosses, reports and shifts.

Run: ``.venv/bin/python data/corpus/raw/en_author8_source.py`` (rewrites ``en_author8.jsonl``;
same output every run).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 20261122
PER_TEMPLATE = 2

POOLS: dict[str, list[str]] = {
    "me": ["Alex", "Jordan", "Sam", "Morgan", "Nadia", "Chris", "Fiona", "Ahmed", "Wei", "Rachel", "Owen", "Mei"],
    "sname": [
        "Daniel Whitcombe", "Grace Liang", "Marcus Oyelaran", "Helen Brandt", "Kevin Zhou",
        "Priya Raman", "Tom Achterberg", "Sophie Hale", "Ray Okafor", "Lena Marchetti",
    ],
    "sfirst": ["Dan", "Grace", "Marcus", "Helen", "Kev", "Priya", "Tom", "Soph", "Ray", "Lena", "Bex", "Jas"],
    "city": ["Singapore", "Hong Kong", "Dubai", "Istanbul", "Macau", "Shenzhen", "Kuala Lumpur", "Bangkok"],
    "homecity": ["Lisbon", "Seoul", "Melbourne", "Vienna", "Shanghai", "Calgary", "Edinburgh", "Denver", "Halifax"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["10:30", "2pm", "4:15", "9am", "11:00", "3:30", "7:45", "12:10"],
    "amt": ["$1,500", "$2,000", "USD 3,000", "£1,200", "$800", "CAD 2,500", "$4,000", "£600"],
    "salary": ["$135-160k", "£78,000-£90,000", "CAD 120-140k", "$150k + bonus"],
    "phone": [
        "555-0142", "+1 613 555 0178", "+44 7700 900321", "+852 5000 0117",
        "+86 138 0000 0000", "(202) 555-0193", "+44 7700 900864",
    ],
    "pmail": [
        "kzhou.research@example.net", "talentdesk88@example.com", "harbourview.partners@example.org",
        "d.whit.private@example.com", "lena.m.consult@example.net",
    ],
    "handle": ["@orbit_talent", "@hk_partners_88", "@sg.advisory", "@rhale_recruit", "@bluequay22"],
    "satco": ["Orbitline Systems", "Kestrel Ground Networks", "Polaris Relay", "Skyhaven Comms"],
    "cyberco": ["Blackfen Security", "Tessellate Cyber", "Northwatch Labs", "Greyhollow Defence"],
    "pharmaco": ["Meridale Therapeutics", "Corvane Bio", "Ashgrove Pharma"],
    "portco": ["Harbourgate Logistics", "Quayline Terminals", "Saltmarsh Freight"],
    "bank": ["Laurentide Trust", "Ashby & Crane Bank", "Westmoor Savings"],
    "uni": ["the University of Westmere", "Carrow College London", "Lakeshore University", "St Aidan's University"],
    "tt": ["the Hollis Institute", "the Brampton Policy Forum", "the Calder Centre for Trade Studies"],
    "en": ["Lattice Expert Partners", "Gridview Insights", "Sageline Advisory"],
    "hhfirm": ["Crestmoor Advisory", "Blue Quay Partners", "Meridian Gate Consulting"],
    "sector": ["satellite communications", "grid security", "vaccine manufacturing", "crop genomics", "port logistics"],
    "satwork": ["Ka-band ground stations", "satellite payload testing", "secure uplink software", "LEO constellation ops"],
    "bankreg": ["the new capital adequacy rules", "stress-testing methodology", "the crypto-asset framework"],
    "pharmasub": ["mRNA formulation", "biologics manufacturing", "antibody purification"],
}

# Shared by both classes; the templates carry their own greetings and signatures.
OPENERS = ["", "", "", ""]
CLOSERS = ["", "", "", ""]

# A subtle message contains none of these (lower-cased substring test).
TELLTALE = [
    "whatsapp", "wechat", "telegram", "signal", "gmail", "qq", "163", "@", "vx", "client", "fee",
    "pay", "paid", "$", "£", "usd", "cad", "crypto", "bitcoin", "usdt", "gift card", "cash",
    "confidential", "secret", "classified", "between us", "don't tell", "internal", "honorarium",
]

F = Families()

# --------------------------------------------------------------------------------------- suspicious

F.add("en8-s-01-cleared-satcom-headhunter", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting",
     "Hi {me}, I came across your profile while mapping engineers who have worked on {satwork}. I recruit "
     "for a small group of firms that value people who already hold a clearance, it saves everyone months. "
     "Is yours still active? Happy to share more once I know where you stand.\n{sname}\nSenior Partner, {hhfirm}"),
    ("pivot", "credential_targeting off_platform",
     "{me}, thanks for accepting. I rarely check LinkedIn, the notifications are a mess. Could we move to "
     "WhatsApp? My number is {phone}. The role suits someone with your background in {satwork} and your "
     "level of vetting, I'd rather explain the details there."),
    ("pivot", "credential_targeting off_platform",
     "Hello again {me}, I tried you on here last week. Telegram works best for me when I'm travelling, "
     "search for {handle}. The position is with a ground-segment operator that wants engineers with current "
     "Secret or above. Nothing complicated, just a conversation first."),
    ("contact", "credential_targeting off_platform",
     "Dear {me},\n\nYour years at {satco} caught my eye. One of my principals is building a team around "
     "{satwork} and is only looking at candidates with existing government clearance (they cannot sponsor). "
     "Compensation is well above market. If interested, send me a personal email address, as our firm keeps "
     "these searches off corporate systems.\n\nKind regards,\n{sname}"),
    ("pivot", "off_platform secrecy",
     "quick follow up {me} - whatsapp or signal, whichever u prefer, {phone}. I'll send the brief there. "
     "Prefer not to go through your work mail for obvious reasons, you know how employers get about headhunters"),
])

F.add("en8-s-02-soc-recruiter-personal-mail", 1, "fake_recruiter", "email", False, [
    ("pivot", "off_platform",
     "Subject: SOC Lead opportunity - {city}\n\nHi {me},\n\nI'm with the talent team of a managed security "
     "provider expanding in {city}. We'd like to talk about a SOC lead role, remote-first, strong package. To "
     "fast-track, please reply from a personal email rather than your work account, and add me on Telegram "
     "({handle}) so we can do an informal screen this week.\n\nBest,\n{sname}\nTalent Acquisition"),
    ("elicitation", "sensitive_info off_platform",
     "Subject: Re: Re: SOC Lead\n\n{me}, thanks for your reply. Before the screening call we need a short "
     "write-up of how incident response is organised at your current employer: tooling, escalation paths, "
     "who has admin on what. Just so the hiring manager can compare. Send it to {pmail}, not this thread.\n\n"
     "> On {day}, {me} wrote:\n> Happy to chat, what's the next step?"),
    ("pivot", "off_platform credential_targeting",
     "Subject: Your application\n\nDear {me},\n\nYou have been shortlisted for Threat Intelligence Analyst. Our "
     "recruiting platform is being migrated, so all interviews this month take place on Telegram. Please "
     "message {handle} with your full name and current clearance status. The interview is text-only.\n\n"
     "HR Department"),
    ("pivot", "off_platform",
     "Subject: quick q\n\nHi {me}, are you still at {cyberco}? I have a red-team role that fits. Can you text "
     "me at {phone}? I'm on the road and whatsapp is easier than email. Cheers, {sfirst}"),
])

F.add("en8-s-03-vetting-questions", 1, "subtle_approach", "inmail", False, [
    ("contact", "credential_targeting",
     "Hi {me}, I noticed you were at {satco} during the ground-station upgrade. Out of curiosity, what level of "
     "vetting did that work need? I'm putting together a shortlist and it changes which doors are open."),
    ("contact", "credential_targeting sensitive_info",
     "Hello {me}, I'm building a small bench of people who have worked near government networks. Could you "
     "tell me which programmes you've been read into over the last five years, and whether your access is "
     "still current? Only the names, no detail needed at this stage."),
    ("contact", "credential_targeting",
     "{me}, great profile. Two quick questions before I go further: is your clearance renewed through your "
     "employer or held in your own name, and when does it next come up for review? It matters for timing on my side."),
    ("contact", "credential_targeting sensitive_info",
     "Dear {me},\n\nI work with organisations that need advisers who understand how {sector} decisions are "
     "actually made in government. Before we speak, could you list the committees or working groups you "
     "currently sit on and who chairs them? It helps me see whether your position is the right fit.\n\n"
     "With thanks,\n{sname}"),
    ("contact", "credential_targeting",
     "Hi {me}, thanks for connecting. Do you still have a building pass for the department, or did that end "
     "when you moved teams? Asking because the people I work with prefer someone who can still get in."),
])

F.add("en8-s-04-bank-regulation-papers", 1, "fake_consultant", "email", False, [
    ("paid_task", "paid_task vague_client",
     "Subject: Short paid research - bank capital rules\n\nDear {me},\n\nI run a small consultancy advising an "
     "overseas client on {bankreg}. They would value a 3-4 page paper from someone with your regulatory "
     "experience. We offer {amt} per paper, paid on delivery. The client prefers to remain anonymous at this "
     "stage, which is normal in our line of work.\n\nRegards,\n{sname}\n{hhfirm}"),
    ("elicitation", "paid_task vague_client sensitive_info",
     "Subject: Next paper\n\n{me}, the client was very pleased. For the next one they'd like more texture than "
     "the public consultation gives: how the supervisors are leaning, what the internal discussion looks "
     "like, which banks are getting the tougher treatment. The fee doubles to reflect the extra effort.\n\n{sname}"),
    ("payment", "paid_task unusual_payment vague_client",
     "Subject: Re: invoice\n\nHi {me}, we can't really do invoices for these, our client's accounting is "
     "structured differently. I'll send {amt} in USDT to a wallet of your choice, or gift cards if that's "
     "simpler. Let me know.\n\n> Should I send you an invoice for the paper?"),
    ("elicitation", "paid_task vague_client sensitive_info off_platform",
     "Subject: white paper\n\nDear {me}, following our call, my client would like an overview of {bankreg} "
     "from the supervisor's side, especially anything not yet in the published guidance. Honorarium {amt}. "
     "Please send it to my personal address {pmail} rather than replying here.\n\nBest wishes,\n{sname}"),
    ("secrecy", "paid_task vague_client secrecy",
     "Subject: thank you\n\n{me}, the last paper was exactly what they needed. Our client has a standing "
     "interest, so we could make this monthly - {amt} each time, no need to formalise anything or mention it "
     "at work. Just keep sending what you hear.\n\nAll best,\n{sname}"),
])

F.add("en8-s-05-elections-drip-questions", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info",
     "[{day} {time}] {sfirst}: hey {me}, how did the boundary review meeting go? any sense yet which ridings "
     "they're merging before it's announced?"),
    ("elicitation", "sensitive_info",
     "{sfirst}: that summary was useful. could you snap the draft procedures for the advance polls? the "
     "version the returning officers get, not the one on the website"),
    ("elicitation", "sensitive_info",
     "[{time}] {sfirst}: quick one - who on your team has admin on the voter list system? and is it the same "
     "login for the training environment"),
    ("elicitation", "sensitive_info",
     "{sfirst}: no rush but when the audit of the counting machines comes back can you tell me which "
     "districts had problems, before it goes to the commission. {day} is fine"),
    ("elicitation", "sensitive_info",
     "[{day}] {sfirst}: your boss mentioned staff shortages for polling day. roughly how many stations are "
     "short and where? just trying to get a picture"),
    ("elicitation", "sensitive_info",
     "{sfirst}: who's doing the cyber review of the results transmission this time, same firm as last year? "
     "and when do they start testing {me}"),
])

F.add("en8-s-06-port-study-foundation", 1, "fake_think_tank", "email", False, [
    ("paid_task", "paid_task vague_client sensitive_info",
     "Subject: Invitation to contribute - maritime supply chains\n\nDear {me},\n\n{tt} is preparing a closed "
     "study on port resilience in the North Atlantic for a partner institution. We would like to commission "
     "you to write 5,000 words on terminal operations at your port, with an honorarium of {amt}. The paper "
     "will not be published; it is for our partner's internal use only.\n\nYours sincerely,\n{sname}\n"
     "Research Director"),
    ("elicitation", "sensitive_info off_platform vague_client",
     "Subject: Re: maritime study\n\nDear {me}, thank you for the outline. Our partners would especially "
     "welcome detail that is not in the annual report: berth allocation for naval and government cargo, the "
     "screening schedule, and which contractors maintain the cranes' control software. Please send "
     "directly to {pmail}.\n\n{sname}"),
    ("payment", "unusual_payment paid_task",
     "Subject: Honorarium\n\n{me}, we can give you the honorarium in cash when we meet on {day}, or send it to an "
     "account in your spouse's name if you'd rather it didn't appear on your tax return. Whatever is most "
     "comfortable.\n\nRegards,\n{sname}"),
    ("secrecy", "paid_task vague_client secrecy",
     "Subject: Study series\n\nDear {me},\n\nOur foundation supports independent research on logistics and "
     "trade. We pay {amt} per brief, and our sponsors prefer to stay in the background. A first brief on "
     "container screening at {portco} would be ideal. No need to involve your employer's communications team; "
     "this is a personal contribution.\n\nBest regards,\n{sname}"),
])

F.add("en8-s-07-trip-to-meet-client", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting vague_client",
     "[{day} {time}] {sfirst}: my client wants to meet you in person, they'll cover flights and hotel in "
     "{city}. 3 days, 1 meeting, rest is holiday 🙂"),
    ("meeting", "client_meeting sensitive_info",
     "{sfirst}: booked you on the thursday flight to {city}, business class. bring your laptop, the people you "
     "meet would like to go through the test results with you"),
    ("meeting", "client_meeting secrecy unusual_payment vague_client",
     "{sfirst}: about the trip. better to fly via {city} and not tell the office where you're going, the client "
     "is a bit sensitive about publicity. all expenses in cash on arrival"),
    ("meeting", "client_meeting paid_task",
     "[{time}] {sfirst}: they really liked your paper. next step is a dinner with the director in {city}. we "
     "pay everything incl visa. can you do {day}?"),
    ("meeting", "client_meeting off_platform vague_client",
     "{sfirst}: if travel is hard we can do a video call with the client instead, but not on Teams, use the "
     "link i send on WhatsApp. camera on pls. {day} {time}?"),
    ("meeting", "client_meeting vague_client secrecy",
     "[{day} {time}] {sfirst}: hotel in {city} is booked under my name, just show your passport. the client's "
     "driver will pick you up, don't bring anyone"),
])

F.add("en8-s-08-hosted-visit", 1, "fake_think_tank", "email", False, [
    ("meeting", "client_meeting",
     "Subject: A visit this spring?\n\nDear {me},\n\nMy colleagues were very impressed by your work on "
     "{sector}. They would be delighted to host you in {city} for a few days in April, flights and hotel on "
     "us, to talk over some ideas in person. There is no programme to prepare; just bring your experience.\n\n"
     "Warm regards,\n{sname}"),
    ("meeting", "client_meeting sensitive_info",
     "Subject: Re: your trip\n\n{me}, glad the dates work. One of our senior people will join the dinner on the "
     "second evening; he is keen to hear how your lab handles the next generation of the design. Perhaps "
     "travel on your ordinary passport rather than the official one, it is simpler at the border.\n\n{sname}"),
    ("meeting", "client_meeting",
     "Subject: Dinner\n\nDear {me}, since you will be in {city} for the trade show anyway, a friend of mine "
     "from the ministry would like to take you to dinner on {day}. Nothing formal. It would be best to come "
     "alone.\n\nBest,\n{sname}"),
    ("meeting", "client_meeting",
     "Subject: Follow-up to our conversation\n\nHello {me},\n\nWe would like to invite you for a short stay in "
     "{city} next month. Everything is arranged from our side - tickets, a driver, a comfortable hotel. The "
     "people you'll meet prefer small rooms and no slides. Could you send a copy of your passport so we can "
     "prepare the invitation letter?\n\nKind regards,\n{sname}"),
])

F.add("en8-s-09-keep-it-quiet", 1, "fake_consultant", "inmail", False, [
    ("secrecy", "secrecy vague_client",
     "Hi {me}, one thing before we go further: please keep our conversations between us. There's no need to "
     "tell your employer, this is a personal arrangement and my client values discretion. {sname}"),
    ("secrecy", "secrecy",
     "{me}, I'd suggest not mentioning our project on your annual security declaration. It's not classified "
     "work, so it doesn't count, and disclosing would only complicate things for you at {cyberco}."),
    ("secrecy", "secrecy off_platform vague_client",
     "Hello {me}, thanks for the draft. Please delete this thread after reading, and next time send from a "
     "non-work device. Our client is very private. Talk {day}."),
    ("secrecy", "secrecy",
     "Dear {me},\n\nJust a reminder that the arrangement we discussed is confidential. If your manager or the "
     "security office ask about contacts on LinkedIn, you can simply say I'm an old university friend.\n\n"
     "Best,\n{sname}"),
    ("secrecy", "secrecy paid_task unusual_payment",
     "{me}, don't mention the fee to anyone at {satco}. Keep it off the books and nobody needs to know, that's "
     "how these things work. {amt} as before."),
])

F.add("en8-s-10-quiet-habits", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "{sfirst}: maybe leave my name out of it if anyone at work asks who you've been chatting to. easier that way"),
    ("secrecy", "secrecy",
     "[{time}] {sfirst}: use your own laptop for this, not the work one. and better not to print anything at "
     "the office"),
    ("secrecy", "secrecy",
     "{sfirst}: if your security officer asks about the trip just say it's a family wedding in {homecity}, no "
     "need to go into detail"),
    ("secrecy", "secrecy",
     "{sfirst}: can you delete our messages after you read them? I do the same on my side, just good habit {me}"),
    ("secrecy", "secrecy",
     "[{day} {time}] {sfirst}: btw the form you fill in every year, where they ask about foreign contacts... "
     "I'd leave me off it. we're just friends after all"),
    ("secrecy", "secrecy",
     "{sfirst}: when you come over {day}, leave your work phone at home. just easier for both of us"),
])

F.add("en8-s-11-odd-payment-routes", 1, "handler_followup", "email", False, [
    ("payment", "unusual_payment paid_task vague_client",
     "Subject: payment for the briefing\n\nHi {me},\n\nThanks for the briefing on the ground-link tender. My "
     "client can pay {amt} in Bitcoin or USDT; bank transfers draw attention and take too long. Send me a "
     "wallet address when you can.\n\n{sname}"),
    ("payment", "unusual_payment paid_task",
     "Subject: Re: payment\n\n{me}, if you prefer not to receive it yourself we can pay the fee to your "
     "brother's account, or your mother's. Many of our advisers do this. Just send the account details.\n\n"
     "> I'm not sure about receiving money from abroad."),
    ("payment", "unusual_payment secrecy",
     "Subject: your thank-you\n\nDear {me}, as agreed I'll bring the envelope when we meet on {day}. Cash is "
     "cleaner for everyone. Please don't deposit it all at once.\n\n{sname}"),
    ("payment", "unusual_payment paid_task vague_client",
     "Subject: Amazon cards\n\nHi {me}, our finance team pays contributors in gift cards for the first few "
     "assignments, {amt} worth per report. Codes to follow by email. It keeps things simple for the client.\n\n"
     "Thanks,\n{sname}"),
])

F.add("en8-s-12-money-sideways", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment secrecy",
     "{sfirst}: my cousin in Vancouver will send something to your sister's account for your trouble. she "
     "doesn't need to know what it's for"),
    ("payment", "unusual_payment",
     "[{time}] {sfirst}: I left a little something in the glovebox of your car. count it later 😉"),
    ("payment", "unusual_payment",
     "{sfirst}: better if the thank-you goes to your dad's account back home, that way nothing shows up on "
     "your side {me}"),
    ("payment", "unusual_payment",
     "{sfirst}: send me a new account for the transfer, not the joint one with your wife. smaller amounts, "
     "more often, works better. {day}?"),
    ("payment", "unusual_payment",
     "[{day}] {sfirst}: for the last piece I topped up the wallet I set up for you. check it when you get a sec"),
    ("payment", "unusual_payment secrecy",
     "[{time}] {sfirst}: your mum's rent for the next few months is sorted. no need to mention where it came "
     "from 🙂"),
])

F.add("en8-s-13-return-home-threats", 1, "coercion", "chat", False, [
    ("coercion", "coercion off_platform",
     "[{time}] Unknown: {me}, this is the public security bureau from your hometown. Your mother is well for "
     "now. Add us on WeChat today, we need to talk about your return."),
    ("coercion", "coercion",
     "Unknown: we know you attend the association meetings in Toronto. Send us the names of who organises "
     "them and your family will have no trouble with the local police. We expect an answer by {day}."),
    ("coercion", "coercion",
     "{sfirst}: your uncle's business licence review is pending. If you come back and explain yourself in "
     "person it will be resolved quickly. If not, it may take a long time. Think about your family, {me}."),
    ("coercion", "coercion off_platform",
     "[{day} {time}] Unknown: stop posting about the camps. your father was asked to come to the station again. "
     "reply on WhatsApp {phone}"),
    ("coercion", "coercion",
     "Unknown: the overseas service station in your city can help you renew your passport, but first you "
     "must tell us about the students who went to the vigil. Call {phone}."),
    ("coercion", "coercion",
     "[{day}] Unknown: {me} we have your sister's new address. come to the consulate on {day} and sign the "
     "letter of repentance. do not go to the police there, it will only be worse for her"),
])

F.add("en8-s-14-family-leverage", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "{sfirst}: your brother's exam for the civil service is this year. the background check will go better "
     "if we hear good things about you over there"),
    ("coercion", "coercion",
     "[{time}] {sfirst}: auntie said the officers visited again asking when you're coming home. they were "
     "polite. they said it would be good for everyone if you came back by spring"),
    ("coercion", "coercion",
     "{sfirst}: we only want a list of who attends the community centre on Sundays. nothing more. it would "
     "make your mother's life easier, {me}"),
    ("coercion", "coercion",
     "{sfirst}: your grandfather's pension is being reviewed. people who cooperate don't have problems with "
     "paperwork. you understand. talk {day}"),
    ("coercion", "coercion",
     "[{day}] {sfirst}: someone from the neighbourhood office came to see your parents. they asked for your "
     "address in Manchester and your new number. they said you should ring them yourself"),
])

F.add("en8-s-15-deposit-and-cheque", 1, "job_scam", "email", False, [
    ("job_scam", "job_scam unusual_payment",
     "Subject: Offer of employment - Remote Data Analyst\n\nDear {me},\n\nCongratulations! Following your "
     "online assessment you have been selected for the position of Remote Data Analyst at {pharmaco}. Before "
     "onboarding, please purchase the required software licence ({amt}) from our approved vendor; it will be "
     "reimbursed with your first salary.\n\nHR Onboarding Team"),
    ("job_scam", "job_scam unusual_payment",
     "Subject: equipment cheque\n\nHi {me}, we've mailed you a cheque for {amt}. Please deposit it, keep 300 "
     "for your trouble and send the rest by Bitcoin ATM to our equipment supplier so your laptop ships "
     "today.\n\nOnboarding"),
    ("pivot", "job_scam off_platform",
     "Subject: Interview result\n\nDear {me}, your interview via text was successful. To finalise the contract "
     "a refundable security deposit of {amt} is required. Please reply from your personal Gmail, our system "
     "blocks work addresses.\n\n{sname}\nRecruitment"),
    ("job_scam", "job_scam unusual_payment",
     "Subject: Training kit\n\nHello {me},\n\nWelcome aboard as a Logistics Coordinator with {portco}! Your "
     "first task is to receive parcels at home and reship them with the labels we send. A one-time training "
     "kit fee of {amt} applies, payable in Apple gift cards.\n\nRegards,\nRecruitment"),
])

F.add("en8-s-16-task-scam", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam unusual_payment",
     "[{time}] Mentor Amy: Hi {me}, today's tasks are ready! Rate 30 products, earn commission. To unlock the "
     "premium set please recharge 100 USDT first, it comes back with profit"),
    ("pivot", "job_scam off_platform",
     "Hello, I'm a recruiter from an online marketing agency. Part-time, {amt}/day, just like videos. "
     "Interested? Contact our coordinator on Telegram {handle}"),
    ("job_scam", "job_scam unusual_payment",
     "Mentor Amy: your account shows a negative balance after the combo task. deposit {amt} to clear it and "
     "withdraw everything. everyone in the group did it {me}"),
    ("pivot", "job_scam off_platform",
     "[{day}] hi! got your number from a job site. we pay {amt} a day for simple app reviews. add me on "
     "WhatsApp {phone} to start"),
    ("job_scam", "job_scam unusual_payment",
     "Mentor Amy: congrats {me}!! level 2 unlocked 🎉 to withdraw your {amt} commission pay the 15% tax first "
     "through the crypto link, then funds are released in 24h"),
])

F.add("en8-s-17-sabbatical-lab-data", 1, "fake_academic", "email", False, [
    ("elicitation", "paid_task sensitive_info vague_client",
     "Subject: Collaboration on trial data\n\nDear Dr {me},\n\nI am spending my sabbatical building links with "
     "researchers in {pharmasub}. A partner company I advise would pay a consultancy fee of {amt} for an "
     "informal look at your unpublished Phase II results, ahead of publication. Nothing would be attributed "
     "to you.\n\nBest regards,\n{sname}"),
    ("elicitation", "sensitive_info paid_task vague_client secrecy",
     "Subject: seed lines\n\nDear {me}, as discussed, our sponsor would like small samples of the "
     "drought-tolerant lines from your field trials, plus the marker data. They will cover all costs and a "
     "generous fee. Please don't route this through the tech-transfer office, it slows everything down.\n\n{sname}"),
    ("elicitation", "sensitive_info paid_task",
     "Subject: Re: visiting position\n\n{me}, the visiting position is confirmed, with {amt} a month. In return "
     "our institute hopes you will bring your lab's protocols and the cell line records. Best to bring them "
     "on a USB key rather than email.\n\n> Is the position still available for autumn?"),
    ("elicitation", "paid_task sensitive_info vague_client",
     "Subject: Review request\n\nDear Dr {me},\n\nCould you review our client's manufacturing process against "
     "what {pharmaco} does for {pharmasub}? Specifically yields, impurities, and the equipment suppliers you "
     "use. We pay {amt} for a two-hour call and keep everything confidential.\n\nRegards,\n{sname}"),
    ("secrecy", "sensitive_info secrecy paid_task vague_client",
     "Subject: Re: Re: the samples\n\n{me}, customs can be slow, so please pack the vials as ordinary reagents "
     "and leave the sponsor's name off the form. Courier collects {day}. The second half of the fee follows on "
     "receipt.\n\n{sname}"),
])

F.add("en8-s-18-spelled-out-apps", 1, "obfuscated_pivot", "inmail", False, [
    ("pivot", "off_platform",
     "Hi {me}, exciting role in {sector}, I'm barely on here. add me on W e C h a t: {handle}"),
    ("pivot", "off_platform",
     "{me}, pls contact me at k.hale88 at gmail dot com, LinkedIn strips attachments and I want to send the "
     "JD. role is in {city}"),
    ("pivot", "off_platform credential_targeting",
     "Hello {me}! Pls add my vx {handle}, it's faster. We need cleared engineers for a project in {city}"),
    ("pivot", "off_platform credential_targeting",
     "Dear {me}, for a role suited to your TS clearance, reach me on T.e.l.e.g.r.a.m {handle} or whats app "
     "{phone}"),
    ("pivot", "off_platform vague_client",
     "Hi {me}, let's talk on S1gnal, number {phone}. The client is discreet and prefers not to use LinkedIn."),
])

F.add("en8-s-19-dockside-union-research", 1, "fake_consultant", "email", False, [
    ("elicitation", "paid_task sensitive_info",
     "Subject: Research on port labour\n\nDear {me},\n\nI'm a researcher for a consultancy studying labour "
     "relations at North American ports. As a union official you have a view few people do. We'd pay {amt} "
     "for a conversation about the bargaining strategy for the next contract, including the points the union "
     "has not yet made public.\n\nThanks,\n{sname}"),
    ("elicitation", "sensitive_info vague_client secrecy paid_task",
     "Subject: Re: research\n\n{me}, very helpful. My client would like to know the strike contingency plans - "
     "which terminals would be affected first and how long the local could hold out. Happy to add a bonus. "
     "Please keep this to yourself; the union executive would not understand.\n\n{sname}"),
    ("elicitation", "sensitive_info off_platform paid_task",
     "Subject: Quick follow-up\n\nHi {me}, could you forward me the minutes from the last executive meeting? "
     "Send to my private email {pmail}. The fee is ready.\n\n{sfirst}"),
    ("paid_task", "paid_task vague_client secrecy sensitive_info",
     "Subject: Consultancy\n\nDear {me}, our client, a shipping investor, would value a monthly note on the "
     "mood on the docks at {portco}: who's organising what, any talk of action over automation. {amt} per "
     "note. No one at the local needs to know.\n\n{sname}"),
    ("meeting", "client_meeting vague_client sensitive_info",
     "Subject: meeting in {city}\n\nDear {me},\n\nMy client would like to thank you in person. There is a "
     "maritime forum in {city} next month; we would cover flights and hotel, and you could meet the investors "
     "over dinner. Please bring the updated list of shop stewards.\n\n{sname}"),
])

F.add("en8-s-20-worth-your-while", 1, "subtle_approach", "inmail", False, [
    ("paid_task", "paid_task sensitive_info",
     "Hi {me}, I follow the agri-biotech field trials closely. Would you write me a few pages on how this "
     "season's trials are really going? I'll make it worth your while."),
    ("paid_task", "paid_task sensitive_info vague_client",
     "{me}, the people I work with read your last post with interest. Could you put together a short overview "
     "of the ground-link upgrade at {satco}, what's been decided and what's still open? We'll look after you "
     "properly."),
    ("paid_task", "paid_task sensitive_info",
     "Hello {me}, could you draft two pages on how your regulator is likely to rule on the merger, including "
     "what the staff recommendation says? Take a week. You won't regret it."),
    ("elicitation", "sensitive_info vague_client",
     "Dear {me}, thank you for the last overview. For the next one, my partners would like names: who on the "
     "project is unhappy, who might be open to a conversation. Same arrangement as before.\n{sname}"),
    ("paid_task", "paid_task sensitive_info",
     "Hi {me}, a small writing job: summarise the vendor shortlist for your ministry's new network, and what "
     "each bid costs. Nothing you'd need to sign. There's a nice thank-you at the end. {sfirst}"),
])

SUBTLE = {
    "en8-s-03-vetting-questions", "en8-s-05-elections-drip-questions", "en8-s-08-hosted-visit",
    "en8-s-10-quiet-habits", "en8-s-12-money-sideways", "en8-s-14-family-leverage", "en8-s-20-worth-your-while",
}

# ------------------------------------------------------------------------------ benign look-alikes

F.add("en8-b-01-inhouse-recruiter-to-email", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "Hi {me}, I'm {sname}, in-house recruiter at {satco}. We're hiring a Senior RF Engineer for our "
     "ground-station team in {homecity} (req. 24-117, on our careers page). Your work on {satwork} looks like a "
     "strong match. Open to a 20-minute call? If so, send me your personal email or a phone number and I'll "
     "set it up - I'm not on LinkedIn much outside work hours."),
    ("none", "",
     "{me}, thanks for getting back to me! Easier to continue by email so I can attach the job description and "
     "the salary band ({salary}): I'll write from my {satco} address this afternoon. The role needs the "
     "ability to obtain Secret clearance, which we sponsor, so no need to hold one now."),
    ("none", "",
     "Hello {me}, recruiter at {cyberco} here. We have an opening for a Detection Engineer (hybrid, "
     "{homecity}), {salary}. Would a quick phone screen this week work? Book through the link on our careers "
     "site, or give me a number and I'll call you."),
    ("none", "",
     "Hi {me} - following up on my note last week about the Product Security Manager role at {cyberco}. "
     "Totally understand if the timing's wrong. If you like, I can call you on {day} at {time}; otherwise I'll "
     "close the loop here. Best, {sname}"),
    ("none", "",
     "Dear {me},\n\nThank you for applying to the Policy Analyst internship with {tt}. I'd like to invite you to "
     "a 30-minute interview by phone or Teams on {day}. Please reply with a number we can reach you on, and let "
     "me know if you need any accommodation.\n\nKind regards,\n{sname}\nPeople & Culture"),
])

F.add("en8-b-02-retained-search-partner", 0, "genuine_headhunter", "inmail", True, [
    ("none", "",
     "Hi {me}, I'm a partner at Ridgeway Search. We've been retained by {bank} to find their next Chief "
     "Information Security Officer. The search is confidential until the incumbent's departure is announced, "
     "so I can only share details by phone. Would you have 15 minutes on {day}? My direct line is {phone}."),
    ("none", "",
     "{me}, thanks for the call today. As promised I've emailed the position specification to your personal "
     "address from my Ridgeway account; the mandate is confidential so please don't forward it. Next step "
     "would be a first conversation with the CEO of {bank} in two weeks."),
    ("none", "",
     "Hello {me}, I lead the cyber practice at Harwell & Finch, an executive search firm. Our client, a listed "
     "port operator, has asked us to approach a handful of people for a Head of OT Security ({salary}). I can "
     "name them once you sign a short NDA - it protects them, not you. Happy to send it by email."),
    ("none", "",
     "Dear {me},\n\nI hope you don't mind the direct approach. Ridgeway Search has been asked by a regional "
     "bank to identify candidates for Head of Regulatory Affairs. The client's name stays with us until "
     "first-round interviews, as is standard in retained searches. If you're open to hearing more, a call "
     "works best - or WhatsApp if you're travelling ({phone}).\n\n{sname}\nPartner, Ridgeway Search"),
    ("none", "",
     "{me} - just to close the loop, the client has gone ahead with another candidate. I'll keep your details "
     "on file with your permission and won't share them without asking. Thanks for your time and candour. "
     "{sname}"),
])

F.add("en8-b-03-recruiter-texts-after-call", 0, "genuine_recruiter", "chat", True, [
    ("none", "",
     "[{day} {time}] {sfirst} ({cyberco} Talent): Hi {me}, it's {sfirst} from {cyberco}, we spoke earlier. As "
     "mentioned I'm texting you here on WhatsApp with the interview slots: {day} {time} or Friday 9am, both "
     "on Teams."),
    ("none", "",
     "{sfirst}: Hi {me} just sending the address for Thursday's onsite - 400 Harbour St, 5th floor, ask for me "
     "at reception. We'll reimburse your train ticket, keep the receipt 👍"),
    ("none", "",
     "[{time}] {sfirst}: good news, the hiring manager wants to make an offer! can I call you at {time}? easier "
     "to go through numbers by phone than text"),
    ("none", "",
     "{sfirst}: hi {me}, quick q before I submit your profile to {satco} - are you a Canadian citizen or PR? "
     "the role needs Reliability Status, they'll sponsor it"),
    ("none", "",
     "{sfirst}: sorry to chase {me}! the offer letter went to your email from our HR system (docusign). shout "
     "if it's not there, sometimes it hits spam"),
])

F.add("en8-b-04-expert-network-compliance", 0, "expert_network", "email", True, [
    ("none", "",
     "Subject: Paid consultation - port automation (1 hour)\n\nHi {me},\n\nI'm a research associate at {en}. "
     "One of our clients, an infrastructure investment fund, would like a one-hour phone consultation on "
     "terminal automation in Canadian ports. The fee is {amt} per hour. Please note: we do not want, and you "
     "must not share, any confidential or non-public information about your current or former "
     "employers.\n\nBest,\n{sname}\n{en}"),
    ("none", "",
     "Subject: Compliance acknowledgement required\n\nDear {me},\n\nBefore your call on {day} with our client "
     "(a European agri-food company), please complete the short compliance tutorial on our platform. It "
     "confirms that you will not disclose material non-public information, confidential information or trade "
     "secrets, and that you may decline any question. Your fee of {amt} is paid by bank transfer within 30 "
     "days.\n\n{en} Compliance Team"),
    ("none", "",
     "Subject: Re: consultation request\n\nHi {me}, thanks for flagging that you currently work for a bank "
     "regulator. Our policy excludes current government employees from paid consultations, so we'll have to "
     "decline this one. Happy to keep your profile on file for when that changes.\n\n{sname}, {en}\n\n"
     "> I should mention I'm on secondment to the supervisor until March."),
    ("none", "",
     "Subject: Your call yesterday\n\n{me}, thanks for speaking with our client. Payment of {amt} has been "
     "released to the bank account in your expert profile. If anything discussed felt close to confidential "
     "territory, please tell our compliance team - we review every call where that happens.\n\nKind regards,\n{en}"),
    ("none", "",
     "Subject: Project: satellite broadband demand\n\nHello {me},\n\nOur client is a consulting firm sizing the "
     "market for satellite broadband in rural areas. They would value 45 minutes of your time at {amt}/hour. "
     "The client's name is shared once you accept, per our standard terms. Publicly available or general "
     "industry knowledge only, please.\n\n{sname}, {en}"),
])

F.add("en8-b-05-expert-network-inmail", 0, "expert_network", "inmail", True, [
    ("none", "",
     "Hi {me}, I'm with {en}. A pharmaceutical client wants views on {pharmasub} capacity in North America. "
     "Paid call, {amt}/hr. We explicitly don't want anything confidential from your employer - general "
     "industry view only. Interested?"),
    ("none", "",
     "{me}, thanks for replying. To protect you, I need to ask: are you currently employed by, or under NDA "
     "with, {pharmaco}? If so we'll exclude that topic. Let me know a good time and I'll send an invite from my "
     "{en} email."),
    ("none", "",
     "Hello {me}, I understand if you'd rather not take calls while on sabbatical. Just in case: our client, a "
     "university spin-out, wants 30 minutes on gene-edited crop regulation in the UK. Paid at our standard "
     "rate, public information only, and you can stop the call at any point. {sname}"),
    ("none", "",
     "Hi {me}! {en} here. We're setting up a panel of former elections administrators for a civic-tech client. "
     "Fees are {amt} per hour. Compliance note: nothing non-public, no internal procedures that aren't already "
     "published. Would you like the project brief?"),
])

F.add("en8-b-06-university-talk-invite", 0, "university_paid_talk", "inmail", True, [
    ("none", "",
     "Dear {me}, I convene the security studies seminar at {uni}. Would you give a public talk on satellite "
     "supply chains next term? We offer an honorarium of {amt} and cover travel from {homecity}. The talk is "
     "recorded and posted on the department's YouTube channel."),
    ("none", "",
     "Hi {me}, following up on the invitation to speak at {uni}. Our finance office needs your banking details "
     "on their supplier form (through the university's secure portal, not by message) to pay the honorarium. "
     "Thanks for your patience with the bureaucracy! {sname}"),
    ("none", "",
     "Hello {me}, we loved your article on election audit methods. The public policy school at {uni} would like "
     "you as keynote for our spring workshop in {homecity}. Flights, two nights' hotel and a {amt} speaker fee "
     "are covered. Slides will be shared with attendees."),
    ("none", "",
     "{me} - this is {sname} from the {uni} alumni office. The Class of 2009 is hosting a careers evening and "
     "would love you to speak about working in cybersecurity. It's unpaid I'm afraid, but dinner is on us and "
     "we can reimburse your train fare."),
    ("none", "",
     "Dear {me},\n\nOn behalf of the organising committee, thank you for agreeing to join the panel on port "
     "security at {uni}. The honorarium ({amt}) is paid through payroll as a casual fee, so you'll receive a "
     "tax slip. Let me know if you'd prefer to donate it to a charity.\n\n{sname}"),
])

F.add("en8-b-07-commissioned-paper-review", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "Subject: Commission - policy paper on seed regulation\n\nDear {me},\n\n{tt} would like to commission a "
     "signed policy paper (6,000 words) on gene-edited crops and trade rules, for publication in our autumn "
     "series. Fee {amt}, payable on acceptance. Our standard contract and editorial guidelines are attached. "
     "We rely only on published sources and interviews you're free to cite.\n\nWith best wishes,\n{sname}\n"
     "Director of Research"),
    ("none", "",
     "Subject: Peer review request\n\nDear Dr {me},\n\nWould you review a manuscript for the Journal of Maritime "
     "Policy? The manuscript is confidential: please don't share it or use its findings before publication. "
     "We offer a small honorarium of {amt} or an APC waiver. Reviews are due in three weeks.\n\nEditorial Office"),
    ("none", "",
     "Subject: Re: draft paper\n\n{me}, many thanks for the draft. Two edits from our review panel: the section "
     "on {bankreg} needs citations for the figures, and the conclusion should be clearly labelled as your "
     "own view. The paper will carry your name and affiliation.\n\nBest,\n{sname}\n\n> Attached is the draft, "
     "a few days late, sorry!"),
    ("none", "",
     "Subject: Roundtable (Chatham House Rule)\n\nDear {me},\n\nWe are hosting a closed roundtable on election "
     "security at {tt} on {day}. Discussion is under the Chatham House Rule; a short public summary without "
     "attribution will follow. Travel within the UK is reimbursed. We never ask serving officials for "
     "non-public information.\n\n{sname}"),
    ("none", "",
     "Subject: Fee and invoice\n\nHi {me}, just confirming the fee of {amt} for your paper on port "
     "cybersecurity. Please send an invoice to accounts@brampton-policy.example.org with your bank details; we "
     "pay by transfer within 30 days. The paper goes online on {day} under your name.\n\n{sname}"),
])

F.add("en8-b-08-clearance-job-ads", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "Hi {me}, we're hiring Systems Engineers (satellite ground segment) at {satco}, {homecity}. Active TS/SCI "
     "with polygraph required. {salary}. Apply through our careers page - we never ask candidates for payment "
     "or to move to messaging apps."),
    ("none", "",
     "{me}, {cyberco} is looking for a Cyber Threat Analyst to support a UK government contract. Candidates must "
     "hold current DV clearance or be eligible for it. Cheltenham, 4 days on site, {salary}. Happy to answer "
     "questions by phone - {sname}"),
    ("none", "",
     "Job alert for {me}: Elections IT Security Specialist, public service. Secret (Level II) security "
     "clearance required. Closing date {day} 23:59. Apply via the jobs portal. Accommodation available "
     "throughout the process."),
    ("none", "",
     "Hello {me}, our team at {satco} has an opening for a Secure Comms Engineer. Enhanced Reliability "
     "required; we sponsor Secret for the right candidate. Full description and salary range on the posting; "
     "call me at {phone} if you want to talk it through first."),
    ("none", "",
     "Hi {me} - sharing a role in case it's of interest: Port Security Officer, {portco}. Requires a "
     "Transportation Security Clearance (we help with the application). Shift work, union position, good "
     "benefits. {sname}"),
])

F.add("en8-b-09-security-notices", 0, "security_awareness", "email", True, [
    ("none", "",
     "Subject: Security reminder: fake recruiters on LinkedIn\n\nAll staff,\n\nWe are seeing more approaches "
     "from so-called headhunters and consultants. Warning signs: moving the conversation to WhatsApp, WeChat "
     "or Telegram early; offers of paid reports for an unnamed client; requests for non-public information; "
     "invitations to travel abroad with expenses paid; requests to keep it secret from your employer. Report "
     "any such contact to security@corp.example.com.\n\nCorporate Security"),
    ("none", "",
     "Subject: Think Before You Link - lunch and learn\n\nHi team,\n\nJoin us on {day} at {time} for a "
     "30-minute session on online approaches by hostile actors. We'll go through anonymised examples: a "
     "'consultant' offering {amt} per white paper, a request to move to Telegram, a free trip to {city}. "
     "Questions welcome.\n\nInformation Security Office"),
    ("none", "",
     "Subject: Monthly quiz\n\nQuestion 3: A recruiter you've never met offers you {amt} to write a report for "
     "their client and asks you to add them on WeChat and not tell your manager. What do you do?\n(a) Accept, "
     "it's just a report (b) Ask for the client's name (c) Stop and report it to security\n\nAnswers {day}!"),
    ("none", "",
     "Subject: Advisory for staff with family overseas\n\nColleagues,\n\nSome staff have reported calls from "
     "people claiming to be police from their home country, asking them to return or to report on community "
     "members, sometimes with threats to relatives. You do not have to comply. Speak to the wellbeing team or "
     "security in confidence ({phone}).\n\nHR and Security"),
    ("none", "",
     "Subject: Reminder: declare foreign travel and contacts\n\nDear colleagues,\n\nIf you hold a clearance, "
     "please report foreign travel and any unusual contact, such as someone asking about your work who offers "
     "payment, gifts or hospitality. Declarations are confidential and are not a sign of wrongdoing.\n\n"
     "{sname}\nDepartmental Security Officer"),
])

F.add("en8-b-10-security-team-chat", 0, "security_awareness", "chat", True, [
    ("none", "",
     "[{time}] #security-announcements | {sname}: heads up everyone, a few people got InMails from a "
     "'consultant' offering {amt} per report and asking to continue on WhatsApp. don't engage, forward to the SOC"),
    ("none", "",
     "{sfirst}: did u get that phishing sim today? the fake recruiter one asking for gift card payment lol. I "
     "reported it, got the 'well done' page"),
    ("none", "",
     "[{day}] {sfirst}: fyi security wants anyone who got the 'paid trip to {city} to meet my client' message "
     "to screenshot it and send it to them, not reply"),
    ("none", "",
     "[{time}] IT Security Bot: New alert: staff are being contacted on Telegram by accounts claiming to be HR "
     "and asking for a deposit for equipment. HR never asks for payment. Report at the service desk, ext {phone}."),
])

F.add("en8-b-11-wechat-family", 0, "family_chat", "chat", True, [
    ("none", "",
     "[{time}] Mum: {me} did you get the red packet I sent on WeChat? it's for your rent, don't tell your dad "
     "how much 😄"),
    ("none", "",
     "Mum: are you coming home for Spring Festival? grandma keeps asking. I'll send money for the ticket if "
     "it's expensive, {sfirst} says flights from {homecity} went up"),
    ("none", "",
     "[{day} {time}] {me}: sent 2000 to your Alipay for the medicine. keep the receipt ok"),
    ("none", "",
     "Dad: your cousin is moving to Toronto for work, can you add him on WeChat and help him find a flat? he "
     "will pay you back for the deposit. his number {phone}"),
])

F.add("en8-b-12-whatsapp-family-friends", 0, "family_chat", "chat", True, [
    ("none", "",
     "[{time}] Nani: beta when are you coming home? we miss you. your uncle says flights are cheap in March, "
     "he will pay half"),
    ("none", "",
     "{sfirst}: keep it quiet but we're doing a surprise trip to {homecity} for mum's 60th. can you chip in "
     "150? send to my Monzo"),
    ("none", "",
     "[{day}] Dad: I changed my WhatsApp number, this is the new one. call me when you're free {me}, nothing "
     "urgent"),
    ("none", "",
     "Sis: don't say anything to Ammi about my new job yet, I want to tell her myself on Eid. {sfirst} knows "
     "but he won't say"),
])

F.add("en8-b-13-colleagues-switch-tool", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "[{time}] {sfirst}: let's move this to Teams, Slack keeps dropping my messages. I'll start a thread with "
     "the incident timeline"),
    ("none", "",
     "{sfirst}: VPN is down again, can you send the draft to my personal email? I'll put it on the shared drive "
     "once I'm back on. {time} at the latest"),
    ("none", "",
     "[{day} {time}] {sfirst}: the Shanghai office only uses WeChat Work, add me there and I'll loop you into "
     "the supplier group"),
    ("none", "",
     "{sfirst}: for on-call tonight use the Signal group, the pager app is being migrated. ping me if "
     "anything breaks {me}"),
])

F.add("en8-b-14-colleague-channel-emails", 0, "coworker_channel", "email", True, [
    ("none", "",
     "Subject: Moving our chat to Teams\n\nHi {me},\n\nThanks for the WhatsApp messages over the weekend, but "
     "since we're discussing the link budget for {satco}, let's keep it on Teams from now on - company policy "
     "for anything project-related. I've created a channel.\n\nCheers,\n{sname}"),
    ("none", "",
     "Subject: Re: handover\n\n{me}, I'm on parental leave from {day}. My personal email is for emergencies "
     "only; for anything on the {portco} account please go to Rahel. Confidential docs stay on "
     "SharePoint.\n\n{sname}\n\n> Can I reach you while you're off?"),
    ("none", "",
     "Subject: New: corporate WeChat for China suppliers\n\nDear team,\n\nFrom next month all communication "
     "with our seed suppliers in China must go through the company's WeChat Work account, not personal WeChat. "
     "IT will install it on your work phone. Please do not share trial data through personal apps.\n\n"
     "{sname}, Procurement"),
    ("none", "",
     "Subject: Signal for the election night team\n\nHi all,\n\nFor election night we'll use a Signal group "
     "for quick coordination between count centres, as agreed with the security team. Official results and "
     "anything sensitive still go through the secure portal only. Numbers to {sname} by {day} please.\n\nThanks"),
    ("none", "",
     "Subject: personal phones\n\nHi {me},\n\nQuick one from the port ops team: please stop using WhatsApp on "
     "your personal phone for shift handovers. Use the Teams channel on your work phone; if the network is "
     "down, call the duty manager on {phone}.\n\n{sname}"),
])

F.add("en8-b-15-travel-reimbursement", 0, "travel_reimbursement", "email", True, [
    ("none", "",
     "Subject: Expense claim - {homecity} conference\n\nHi {me},\n\nYour claim for the trip to {homecity} is "
     "approved: flights, hotel (3 nights) and per diem, {amt} in total. The reimbursement will appear in your "
     "next pay. Please keep original receipts for seven years.\n\nFinance Shared Services"),
    ("none", "",
     "Subject: Travel booking for the client visit\n\n{me}, the client is paying for our flights to {homecity} "
     "under the contract, so book through the agency portal with the project code. Hotel is arranged by them. "
     "Usual per diem applies.\n\n{sname}, Operations"),
    ("none", "",
     "Subject: Re: missing receipt\n\nHi {me}, no problem about the lost taxi receipt from {homecity} - fill in "
     "the missing-receipt declaration and your manager signs it. We can reimburse up to {amt} without a "
     "receipt.\n\nThanks,\nTravel Desk\n\n> I think I left the receipt in the cab, sorry."),
    ("none", "",
     "Subject: Pre-travel security briefing\n\nDear {me},\n\nBefore your trip to {homecity} for the trade fair, "
     "please attend the pre-travel briefing on {day} and pick up a loaner laptop from IT. The company covers all "
     "travel costs; do not accept paid hospitality from anyone you meet without declaring it.\n\nCorporate Security"),
    ("none", "",
     "Subject: per diem rates\n\n{me}, quick note: the per diem for {homecity} is {amt} a day, loaded in advance "
     "onto your corporate card. Cash advances are no longer possible. Any questions, ask the travel team.\n\n{sname}"),
])

F.add("en8-b-16-alumni-parents-groups", 0, "alumni_group", "chat", True, [
    ("none", "",
     "[{time}] {sfirst} (Class of '12 WeChat group): anyone in Ottawa working in cybersecurity? my nephew is "
     "looking for an internship, happy to buy you a coffee"),
    ("none", "",
     "[{day}] Parents Yr 5: reminder, 12 each for Ms Patel's leaving present, bank transfer to the PTA account "
     "by {day}. please don't tell the kids!"),
    ("none", "",
     "{sfirst}: alumni dinner on {day} at 7, {uni} club room. 35 cash or pay on the night. plus ones welcome"),
    ("none", "",
     "[{time}] {sfirst}: hi all, reunion is confirmed! I'll make a WhatsApp group for the people not on WeChat. "
     "send me your number if you want in"),
])

F.add("en8-b-17-reporter-on-record", 0, "journalist_interview", "inmail", True, [
    ("none", "",
     "Hi {me}, I'm a reporter at the Harbour Ledger covering port automation. Would you speak on the record "
     "about the union's position? I'd identify you by name and title. Happy to do it by phone. My editor can "
     "confirm who I am: desk@harbourledger.example.com. {sname}"),
    ("none", "",
     "{me}, thanks for talking yesterday. For transparency, the quotes I plan to use are below; they'll appear "
     "with your name. We don't pay for interviews, and nothing you told me off the record will be used. "
     "Publishing {day}."),
    ("none", "",
     "Hello {me}, I'm writing a feature on election administration for the Northern Dispatch and looking for "
     "former returning officers to speak on the record about staffing. If you'd prefer Signal for "
     "scheduling, my number is {phone}, but the interview itself will be attributed."),
    ("none", "",
     "Dear {me}, I'm researching a story about fake recruiters targeting engineers in {sector}. If you've been "
     "approached, I'd love to hear about it, named or anonymous, your choice. I'm at the Westbridge Post; my "
     "profile links to my published work. {sname}"),
])

F.add("en8-b-18-conference-organisers", 0, "conference_invite", "email", True, [
    ("none", "",
     "Subject: Invitation - International Workshop on Crop Genomics, {homecity}\n\nDear Dr {me},\n\nWe are "
     "pleased to invite you as a speaker. The organising committee covers economy airfare, four nights' "
     "accommodation and registration. If you need a visa invitation letter, please upload a copy of your "
     "passport through the registration system.\n\n{sname}\nOrganising Committee"),
    ("none", "",
     "Subject: Travel grant awarded\n\nDear {me},\n\nCongratulations, you have received a travel grant of {amt} "
     "to attend the Satellite Communications Symposium in {homecity}. The grant is paid by bank transfer after "
     "the event, on presentation of boarding passes and receipts.\n\nProgramme Chair"),
    ("none", "",
     "Subject: Your talk slot\n\nHi {me}, your talk is on {day} at {time}, Room B. Slides by the day before "
     "please. Speakers' dinner is at 7pm; we'll send directions. Looking forward to it!\n\n{sname}, Local "
     "Organiser"),
    ("none", "",
     "Subject: CFP reminder: Port Logistics Summit ({homecity})\n\nDear colleague,\n\nThe call for papers closes "
     "on {day}. Accepted speakers from public bodies and universities receive free registration; we do not "
     "cover travel. Papers are published in open-access proceedings.\n\nThe Programme Committee"),
    ("none", "",
     "Subject: Visa letter and hotel\n\nDear {me},\n\nAttached is your invitation letter for the conference in "
     "{homecity}, signed by the host university. The hotel is booked and paid by the organisers from {day} to "
     "Sunday; incidentals are yours. Please bring your own laptop, the venue's computers are shared.\n\n"
     "{sname}, Conference Secretariat"),
])

F.add("en8-b-19-onboarding", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "Subject: Welcome to {cyberco}!\n\nHi {me},\n\nWelcome aboard. Before your first day please complete the "
     "confidentiality agreement, the acceptable-use policy and your direct-deposit form in Workday. We will "
     "never ask you to pay for equipment - your laptop ships to you free.\n\n{sname}, People Team"),
    ("none", "",
     "Subject: Your offer\n\nDear {me},\n\nPlease find attached your offer letter. The terms of this offer are "
     "confidential; please don't share them with colleagues. Your start date is {day} 3 March. Your security "
     "screening (Secret level) starts this week; the security office will contact you directly.\n\nHR"),
    ("none", "",
     "Subject: Onboarding checklist\n\nHi {me}, a few things for week one: pick up your badge, set up MFA, and "
     "read the policy on outside employment - any paid work outside {pharmaco} needs your manager's approval. "
     "Questions? Reply here.\n\n{sname}, HR Onboarding"),
    ("none", "",
     "Subject: Background check\n\n{me}, our background-check provider will email you from their own domain to "
     "collect references and your last five years of addresses. This is expected. They will not ask for money "
     "or card details.\n\n{sname}\nTalent Team, {portco}"),
])

F.add("en8-b-20-bank-payroll-notices", 0, "bank_notice", "email", True, [
    ("none", "",
     "Subject: Your payslip is available\n\nDear {me},\n\nYour payslip for this month is in the employee "
     "portal. Payroll will never ask you to confirm bank details by text, WhatsApp or email, and never pays in "
     "gift cards or crypto.\n\n{sname}\nPayroll Services"),
    ("none", "",
     "Subject: We'll never ask for these\n\nDear {me},\n\nFraudsters sometimes pose as employers offering "
     "remote jobs that need a deposit, or ask you to receive money and pass it on. We will never ask you to "
     "move money to a 'safe account'. If in doubt, call the number on the back of your card.\n\n{bank}"),
    ("none", "",
     "Subject: International transfer received\n\nHi {me}, you've received an international transfer of {amt} "
     "from {homecity}. Reference: TUITION. If you don't recognise this payment, contact us through the "
     "app.\n\n{bank}"),
    ("none", "",
     "Subject: Change to direct deposit\n\n{me}, we received a request to change your direct-deposit account. "
     "If this was you, no action is needed. If not, call payroll at {phone} straight away - don't reply to "
     "this email.\n\nPayroll, {cyberco}"),
])

# --------------------------------------------------------------------------------- everyday chat

F.add("en8-b-21-sms-money-family", 0, "ordinary_chat", "chat", False, [
    ("none", "", "mum needs 200 for the dentist can u etransfer her tonight i'll send u half {sfirst}"),
    ("none", "", "{sfirst}: got ur transfer thx!! paying u back the rest friday when i get paid"),
    ("none", "", "[{time}] {sfirst}: sent u {amt} for the concert tix, lmk if it didnt come thru"),
    ("none", "", "{sfirst}: owe u 40 for dinner, whats ur email for interac {me}"),
])

F.add("en8-b-22-sms-pickups-travel", 0, "ordinary_chat", "chat", False, [
    ("none", "", "can u pick me up from the airport {day}, flight lands {time}"),
    ("none", "", "flight from {homecity} delayed again ugh. dont wait up, ill grab a taxi"),
    ("none", "", "[{day}] {sfirst}: booked the train to {homecity}, u want me to get ur ticket too? pay me back whenever"),
    ("none", "", "who's picking up the kids {day}, i have a late meeting. {sfirst} cant"),
    ("none", "", "{sfirst}: im outside arrivals door 3, grey honda. hurry the parking guy is giving me looks {me}"),
])

F.add("en8-b-23-sms-numbers-calls", 0, "ordinary_chat", "chat", False, [
    ("none", "", "send me ur number {me}, lost all my contacts when my phone died"),
    ("none", "", "{sfirst}: new number this is me! save it 🙂 old one was {phone}"),
    ("none", "", "text me on whatsapp instead, my imessage is being weird. {sfirst}"),
    ("none", "", "[{time}] {sfirst}: cant talk rn in a meeting, call u after {time}"),
    ("none", "", "{sfirst}: call me when ur free {day}, nothing urgent"),
])

F.add("en8-b-24-sms-presents-surprises", 0, "ordinary_chat", "chat", False, [
    ("none", "", "dont tell dad about the present ok, its a surprise for his 60th. {sfirst} is getting the cake"),
    ("none", "", "{sfirst}: shhh the party is at Jen's {day}, she doesnt know. bring snacks"),
    ("none", "", "keep this between us but i think {sfirst} is gonna propose at xmas in {homecity} 😱"),
    ("none", "", "[{day}] {sfirst}: got mum the necklace, split it 3 ways? 45 each"),
])

F.add("en8-b-25-work-chat-boss-report", 0, "work_chat", "chat", False, [
    ("none", "", "boss wants the report by friday, can u send me ur numbers tmrw {sfirst}"),
    ("none", "", "{sfirst}: client moved the meeting to {time}, can u print the deck"),
    ("none", "", "did u finish the slides for the board? manager is asking. {day} am at the latest"),
    ("none", "", "{sfirst}: the report is confidential till monday so dont forward it outside the team pls"),
    ("none", "", "{sfirst}: boss says the quarterly report goes to the regulator {day}, can u check my tables before {time}"),
])

F.add("en8-b-26-work-chat-shifts-union", 0, "work_chat", "chat", False, [
    ("none", "", "union meeting moved to thurs {time}, tell the others on nights. {sfirst}"),
    ("none", "", "[{day}] {sfirst}: did finance pay back ur hotel from the {homecity} trip? mine still pending"),
    ("none", "", "{sfirst}: im at the port gate, security wont let me in w/o my pass lol can u come down {me}"),
    ("none", "", "expense form due {day}, dont forget the taxi receipts {me}"),
    ("none", "", "{sfirst}: can u swap shifts {day}? ill cover ur nights next week, boss already ok'd it"),
])


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for row in rows:
        if row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
            hits = [w for w in TELLTALE if re.search(re.escape(w), str(row["text"]).lower())]
            assert not hits, (row["id"], hits)
    write(rows, Path(__file__).resolve().parent / "en_author8.jsonl")


if __name__ == "__main__":
    main()
