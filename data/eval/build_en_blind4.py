"""Build data/eval/en_blind4.jsonl: the fourth blind English evaluation set.

Every message below is written out by hand in full. The script only checks the
fields, shuffles with a fixed seed and numbers the messages enb4-001 ... enb4-200.
Rebuild: .venv/bin/python data/eval/build_en_blind4.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("en_blind4.jsonl")

# The categories and stages named in data/eval/README.md (one word each, space-separated).
CATEGORIES = frozenset(
    "credential_targeting off_platform paid_task vague_client sensitive_info client_meeting secrecy"
    " unusual_payment coercion job_scam".split()
)
STAGES = frozenset(
    "contact pivot paid_task elicitation meeting secrecy payment coercion job_scam".split()
)
# A subtle message carries none of these stock words: its intent shows only in what is asked.
STOCK = re.compile(
    r"wechat|whatsapp|telegram|signal|gmail|qq\.com|163|\bvx\b|\bwx\b|client|\bfees?\b|\bpay|paid|cash|"
    r"crypto|money|reward|confidential|secret|classified|between us|honorari",
    re.IGNORECASE,
)

ROWS: list[dict[str, object]] = []


def s(kind: str, stage: str, subtlety: str, categories: list[str], text: str) -> None:
    """A suspicious message."""
    ROWS.append({"text": text.strip("\n"), "label": 1, "kind": kind, "lookalike": False,
                 "categories": categories, "stage": stage, "subtlety": subtlety})


def b(kind: str, text: str, lookalike: bool = True) -> None:
    """A benign message (a look-alike unless said otherwise)."""
    ROWS.append({"text": text.strip("\n"), "label": 0, "kind": kind, "lookalike": lookalike,
                 "categories": [], "stage": "none", "subtlety": "none"})


# ---------------------------------------------------------------- suspicious: contact
s("fake_recruiter", "contact", "overt", ["credential_targeting", "vague_client"], """
Hi Priya, I'm a talent partner for a fast-growing consultancy that advises government clients in the Asia-Pacific region. Your profile (Defence Research, active Secret clearance) stood out. We have flexible, well-paid advisory roles, fully remote, a few hours a month. Open to a quick chat?
""")
s("fake_academic", "contact", "subtle", ["credential_targeting"], """
Subject: Research exchange - RF engineering

Dear Dr Okafor,

I very much enjoyed your IEEE paper on GaN amplifiers for phased arrays. I coordinate a small exchange for researchers in RF engineering and I would like to learn more about your present work at the laboratory, including which programmes you are currently cleared to work on, so that I can suggest suitable partners.

With warm regards,
Prof. Liang Wen
Office of International Cooperation
""")
s("fake_headhunter", "contact", "overt", ["credential_targeting", "paid_task"],
  "Still holding TS/SCI? Got a very lucrative side consulting gig for you. DM me.")
s("fake_think_tank", "contact", "subtle", ["credential_targeting"], """
Subject: Practitioner perspectives on grid resilience

Hello Mr Brennan,

The Institute for Pacific Energy Futures is assembling a practitioners' view of how North American grids cope with stress events. People who have actually sat in a control room are rare in this debate, and your years at Northgate Hydro's system control centre are exactly the perspective we lack. Would you be open to a series of informal conversations over the coming months? We are flexible on format.

Kind regards,
Dana Wu
Research Coordinator, IPEF
""")
s("fake_headhunter", "contact", "overt", ["vague_client", "credential_targeting", "off_platform"], """
Subject: Senior advisory role - strategic semiconductors

Good afternoon Mr Feld,

I represent a client in the semiconductor space who prefers not to be named at this early stage. They are looking for a senior adviser with first-hand knowledge of advanced packaging and of US export licensing. Remuneration is well above market. Please reply to my personal address, m.roarke.talent@gmail.example.com, as our corporate system is being migrated.

Best,
Martin Roarke
Executive Search
""")
s("fake_consultant", "contact", "subtle", ["credential_targeting"],
  "Congratulations on retiring from Global Affairs, Ambassador. Some friends of mine would value your view of things. Lunch soon?")
s("fake_academic", "contact", "overt", ["credential_targeting", "paid_task", "client_meeting"], """
Subject: Visiting Fellowship invitation

Dear Professor Haldane,

On behalf of the Institute of Advanced Strategic Studies I am pleased to invite you as a Visiting Fellow for three months. We cover flights, a furnished apartment and a stipend of USD 8,000 per month. Fellows are not expected to teach. We only ask for periodic informal briefings on the discussions in the export-control advisory committee you sit on.

Yours sincerely,
Dr. Zhou Ming
""")
s("fake_investor", "contact", "subtle", ["credential_targeting"], """
Hi Tomás, we're a family office looking at early-stage AI chip companies and your tape-out results caught our eye. Before anything formal we'd like an informal conversation with your lead process engineer directly, without the founders in the room. Could you make an introduction?
""")
s("fake_grad_student", "contact", "subtle", ["credential_targeting"], """
hi! I'm a PhD student in acoustics and I noticed on your profile that you work at the naval dockyard. would you consider mentoring me? I'm especially curious about the towed array work your team does and how the testing is scheduled
""")
s("fake_trade_contact", "contact", "overt", ["credential_targeting", "paid_task", "off_platform"], """
Nice meeting you at the booth at Farnborough! My company pays consultants very well for market insight from people with your background in avionics. Add me on WeChat: tradelink_example88 and we talk details.
""")
s("fake_ngo", "contact", "overt", ["credential_targeting", "paid_task"], """
Hello, we are an independent NGO researching telecom supply chains. We compensate experts at $400/hour. We are specifically looking for people currently employed in 5G core network operations at national carriers. Would you be interested?
""")
s("fake_recruiter", "contact", "overt", ["credential_targeting"],
  "You're the Meridian Aero engineer with Secret clearance? Have a role for you.")
s("fake_investor", "contact", "overt", ["credential_targeting", "sensitive_info", "vague_client"], """
Subject: Port expansion - introduction

Dear Ms Aldridge,

I represent a small delegation of overseas clients, investors with a keen interest in the harbour expansion. As you work in the councillor's office, you will have a better sense than anyone of how members are leaning ahead of the vote. We would greatly appreciate an informal word, well before anything is made public.

Respectfully,
Victor Lam
Harbourline Partners
""")
s("fake_journalist", "contact", "subtle", ["credential_targeting", "secrecy"], """
Hi Gareth, I'm a freelance writer working on a long piece about the frigate programme. I won't name you and I'd rather you didn't loop in your press office, they only give me the press release. Could we speak one evening this week?
""")

# ---------------------------------------------------------------- suspicious: pivot
s("handler_followup", "pivot", "overt", ["off_platform"],
  "Great chatting! Can you add me on WeChat? ID hr_lily_example")
s("handler_followup", "pivot", "overt", ["off_platform"], "pls move to telegram @talentbridge_example, faster there")
s("obfuscated_pivot", "pivot", "overt", ["off_platform"],
  "Let's continue on W h a t s A p p, +44 7700 900123. LinkedIn limits my messages.")
s("handler_followup", "pivot", "overt", ["off_platform"], """
Could you write to me from your home address rather than the work one? A gmail is fine. Our filters keep bouncing messages from government domains and I don't want to lose you.
""")
s("handler_followup", "pivot", "subtle", ["off_platform"],
  "Got a number that isn't your work phone? Easier for evening calls.")
s("obfuscated_pivot", "pivot", "overt", ["off_platform"], "add me vx: jing_recruit_example, all our consultants use it")
s("fake_consultant", "pivot", "overt", ["off_platform", "secrecy"], """
Subject: Re: Advisory opportunity

Dear Ms Kowalczyk,

Thank you for your reply. For security reasons our firm does not discuss assignments on LinkedIn. Please install Signal and message me at +86 138 0000 0000 so we can continue privately.

Regards,
Eric Tan
Partner, Lotus Bridge Advisory

> Thank you, I'd be interested to hear more about the role, though I'd need to clear
> any outside work with my employer first.
> Anna Kowalczyk
""")
s("handler_followup", "pivot", "overt", ["off_platform", "secrecy"],
  "[10:02] Alex Wong (Recruiter): Can we take this to Telegram?\n[10:03] Alex Wong (Recruiter): I'd rather our discussion about the Ottawa role not sit on LinkedIn's servers")
s("fake_academic", "pivot", "subtle", ["off_platform"], """
Subject: Workshop on quantum sensing

Dear Dr Singh,

My colleague will contact you at your personal address about the workshop. Please do not reply from the university account, it strips attachments from outside and tends to flag us.

Kind regards,
Li Jun
Programme Office
""")
s("handler_followup", "pivot", "subtle", ["off_platform"], """
[21:14] Kevin Zhou: this app is blocked for me most days
[21:15] Kevin Zhou: do you have the green one? the one with the two bubbles
[21:15] Kevin Zhou: I'll send my ID there
""")
s("job_scam", "pivot", "overt", ["off_platform", "job_scam"], "Send me your gmail and I'll forward the job details there.")
s("handler_followup", "pivot", "subtle", ["off_platform", "secrecy"],
  "I'll text you from another number from now on. This one's for work.")

# ---------------------------------------------------------------- suspicious: paid task
s("fake_consultant", "paid_task", "overt", ["paid_task", "vague_client", "sensitive_info"], """
Subject: Re: Research assignment

Hi Martin,

Our client would like a 3,000-word report on Canada's critical minerals strategy, including your view on which projects are going to get federal support before it's announced. USD 2,500 on delivery.

Best,
Grace Liu
Aurora Strategic Consulting
""")
s("handler_followup", "paid_task", "subtle", ["paid_task", "sensitive_info"], """
Could you put together a few pages on how your ministry is really thinking about the telecom security bill? A first draft by Friday would be great. We'll look after you for your time, as always.
""")
s("fake_consultant", "paid_task", "overt", ["paid_task", "vague_client"],
  "White paper on next-gen satellite ground station architecture, 10 pages, $5k. Client is an Asian research institute, prefers to stay anonymous.")
s("fake_consultant", "paid_task", "overt", ["paid_task", "vague_client", "credential_targeting"], """
Subject: Short analytical assignment

Hi Deborah,

Following our call: the assignment is a 15-page analysis of the US Navy's unmanned surface vessel roadmap, with emphasis on anything you know from your time in PEO Ships that is not in the public budget documents. Our client pays USD 6,000 for the first paper and we would expect regular follow-on work.

Payment can be made to any account you nominate.

Best regards,
Alan Cho
Senior Associate, Everbright Insight Consulting
+852 5000 0188
""")
s("handler_followup", "paid_task", "overt", ["paid_task", "sensitive_info"],
  "I'll send 1,000 for each briefing note. Topics this month: lithography export controls, and your department's position on them.")
s("handler_followup", "paid_task", "subtle", ["paid_task", "sensitive_info"], """
Next topic: how the regulator will treat foreign vendors in the 2027 spectrum auction. Same length as before. Thanks again for the last one, it was very well received upstairs.
""")
s("fake_grad_student", "paid_task", "overt", ["paid_task", "vague_client", "sensitive_info"], """
hi again, my supervisor's partner organisation would sponsor a small study, 3k, about the cooling setup and power redundancy at your data centre. it's just for academic purposes and nobody needs your employer's name
""")
s("fake_think_tank", "paid_task", "overt", ["paid_task", "vague_client", "sensitive_info"], """
Subject: Commissioning enquiry

Dear Commander (ret.) Hughes,

We commission short papers from practitioners. Proposed topic: weaknesses in allied naval logistics in the Indo-Pacific. Authors remain anonymous and papers are never published; they are circulated only to our sponsors. The honorarium is GBP 4,000.

Strategic Horizons Forum
""")
s("fake_consultant", "paid_task", "overt", ["paid_task", "sensitive_info"],
  "Honorarium of $800 for a short perspective piece on the Senate committee's draft. A copy of the draft itself would help a lot, if you have it.")
s("handler_followup", "paid_task", "subtle", ["paid_task", "sensitive_info"], """
Would you mind writing up your thoughts on the procurement timeline for the new frigates? Nothing long. My people found your last note very useful and would like more in that style.
""")
s("fake_expert_network", "paid_task", "overt", ["paid_task", "vague_client", "sensitive_info"], """
Hi Nadia, quick one from GlobalView Experts. Our end client (we can't say who) wants a 1-hour call on your utility's upcoming rate case and the internal capex numbers behind it. $1,200 for the hour, paid to whatever account you like.
""")
s("handler_followup", "paid_task", "overt", ["paid_task"],
  "Can you do another one on the battery plant? Same fee as last time.")

# ---------------------------------------------------------------- suspicious: elicitation
s("handler_followup", "elicitation", "overt", ["sensitive_info"],
  "[20:15] Sophie: no need for anything classified\n[20:15] Sophie: just what people are saying internally about the cuts to the space programme")
s("fake_consultant", "elicitation", "overt", ["sensitive_info", "vague_client"], """
Who on your team actually signs off on firmware updates for the substations? Names would help me understand the structure. My client needs this by Friday.
""")
s("handler_followup", "elicitation", "subtle", ["sensitive_info"],
  "[14:10] Yan: could you send a photo of the seating plan for next week's ministerial visit?\n[14:11] Yan: just so I know who's who")
s("handler_followup", "elicitation", "subtle", ["sensitive_info"], "Which fabs get the new EUV tools first? Roughly is fine.")
s("handler_followup", "elicitation", "overt", ["sensitive_info", "paid_task"],
  "Is the org chart for your directorate still the same as last year's? If there's a newer one I'd love a look. Happy to pay for the trouble.")
s("fake_consultant", "elicitation", "overt", ["sensitive_info", "vague_client", "paid_task"], """
Subject: Follow-up

Dear Mr Olsen,

Thank you for the overview last week. Our client is mainly interested in the unpublished results from the hypersonic glide trials. Anything you can share beyond the open literature will be well rewarded, and handled with complete discretion.

Best regards,
K. Ivanova
Northstar Analytics Ltd.

-----Original Message-----
From: Erik Olsen
Sent: Monday, 3 November 2026 17:12
Subject: Overview

Hi, attached is the public overview of the programme I mentioned. Hope it helps.
Erik
""")
s("handler_followup", "elicitation", "overt", ["sensitive_info", "secrecy"],
  "You mentioned the draft strategy. Could you snap the contents page? Nobody will know it came from you, I promise.")
s("fake_think_tank", "elicitation", "subtle", ["sensitive_info"], """
When does cabinet get the review, and what's the recommendation likely to be? Ideally before it's announced, so our paper isn't out of date the day it lands.
""")
s("handler_followup", "elicitation", "overt", ["sensitive_info", "paid_task"], """
[09:02] Mr Han: how are the merger talks going
[09:03] Mr Han: any names of the bidders yet?
[09:03] Mr Han: same fee as before
""")
s("fake_researcher", "elicitation", "subtle", ["sensitive_info", "credential_targeting"], """
Hi Marcus, for the resilience study: what SCADA version are you running at the Eastfield substation, and is remote access still through the same VPN concentrator? I'll keep the answers anonymised.
""")
s("handler_followup", "elicitation", "overt", ["sensitive_info", "secrecy"],
  "Just between us, what are the other bidders quoting on the radar maintenance contract?")
s("fake_ngo", "elicitation", "subtle", ["sensitive_info"], """
Could you let me know which MPs on the committee are wavering on the foreign influence registry? Before the vote rather than after, if you can.
""")
s("fake_investor", "elicitation", "overt", ["sensitive_info", "paid_task"], """
[00:12] Ray Chen: would you be able to share the eval numbers for the model your lab hasn't released yet?
[00:13] Ray Chen: happy to pay for your time obviously
""")
s("fake_journalist", "elicitation", "subtle", ["sensitive_info"], """
Could you forward me the internal memo on the port security upgrade? I'll keep it off the record and won't quote it directly.
""")
s("fake_grad_student", "elicitation", "subtle", ["sensitive_info"], """
Subject: Thesis data request

Dear Ms Petrov,

For my thesis I need the real failure rates for the reactor coolant pumps, not the published ones, which are rounded. Would you be able to pull them from your plant's maintenance system? I only need the last five years.

Many thanks,
Yu Chen
MSc candidate
""")
s("handler_followup", "elicitation", "overt", ["sensitive_info", "secrecy", "paid_task"], """
[18:40] Lin: the shortlist for the core network vendors
[18:40] Lin: internal docs are fine, I keep everything confidential
[18:41] Lin: bonus if you get it before the board meets
""")

# ---------------------------------------------------------------- suspicious: meeting
s("fake_consultant", "meeting", "overt", ["client_meeting", "vague_client", "paid_task"], """
Subject: Travel arrangements

Dear Dr Patel,

The client would like to meet you in Shanghai in March. Flights, hotel and a USD 3,000 honorarium are covered. Please bring your laptop, they may have detailed questions on the project.

Regards,
Jason Qian
Transpacific Advisory Group
""")
s("handler_followup", "meeting", "overt", ["client_meeting"], """
My partners will be in Singapore on the 14th. Could you stop over on your way back from the conference? We'll pay for the ticket change on our side.
""")
s("handler_followup", "meeting", "overt", ["client_meeting", "off_platform", "vague_client"],
  "Video call with the sponsor next Tuesday. Camera off is fine. Please use your home computer, not the office one.")
s("fake_academic", "meeting", "overt", ["client_meeting", "sensitive_info"], """
Free trip to Beijing for an "academic exchange", 5-star hotel, all expenses paid. You would only need to give a short talk on your department's cyber policy. Closed-door, no recording, no slides distributed.
""")
s("handler_followup", "meeting", "subtle", ["client_meeting", "secrecy"], """
[19:47] Mr. Zhao: best to book the flights yourself and we'll reimburse you after
[19:48] Mr. Zhao: keep the itinerary looking like a holiday
""")
s("fake_consultant", "meeting", "subtle", ["client_meeting", "credential_targeting"],
  "Our director is in Toronto next week, can you do dinner? He'd love to hear about the F-35 sustainment work.")
s("fake_consultant", "meeting", "overt", ["client_meeting", "vague_client"],
  "We'll cover business class to Hong Kong for you and your wife. The client only needs a couple of hours of your time.")
s("fake_academic", "meeting", "subtle", ["client_meeting", "secrecy"], """
Subject: Macau symposium - travel

Dear Dr Abernathy,

The symposium in Macau is confirmed for May. Please travel on your personal passport rather than the official one, it makes the visa side much simpler.

With best regards,
Dr Helen Sun
Programme Committee, Pearl River Dialogue
""")
s("fake_trade_contact", "meeting", "subtle", ["client_meeting", "credential_targeting"], """
At Hannover Messe, come by Hall 7 after the stands close on Wednesday. My colleague wants to discuss your grid-balancing software work in person, just the two of you, away from the crowds.
""")
s("fake_investor", "meeting", "overt", ["client_meeting", "sensitive_info"], """
Subject: Due diligence meeting - Dubai

Dear Rahul,

Our fund would like to host your lead engineer in Dubai for two days, all expenses paid. Only him, please, no founders or lawyers needed at this stage. Ask him to bring the latest chip layout files for our technical due diligence.

Warm regards,
Saeed Al-Amin
Crescent Frontier Capital
""")
s("fake_conference", "meeting", "overt", ["client_meeting", "paid_task", "credential_targeting"], """
Dear Colonel Marsh (ret.), you are invited to speak at a closed roundtable in Istanbul on NATO air defence integration. Business-class travel and a USD 5,000 speaking fee. Attendance list is private and there is no published programme.
""")

# ---------------------------------------------------------------- suspicious: secrecy
s("handler_followup", "secrecy", "overt", ["secrecy"],
  "No need to tell your employer about this, it's just a side consultation.")
s("handler_followup", "secrecy", "overt", ["secrecy", "credential_targeting"],
  "Keep this between us for now, ok? Your lab's HR wouldn't understand.")
s("handler_followup", "secrecy", "subtle", ["secrecy"],
  "If anyone at work asks, we met at the alumni dinner. Which is true!")
s("handler_followup", "secrecy", "overt", ["secrecy", "off_platform"],
  "Delete this thread once read. Next time I'll message you on Signal.")
s("fake_consultant", "secrecy", "overt", ["secrecy", "vague_client"], """
Subject: Engagement terms

Dear Dr Kaur,

Further to our discussion, we would prefer that our relationship remain discreet and confidential. Please do not list Pinecrest Advisory on your outside-activity disclosure form; our client is particularly sensitive to this.

Regards,
Howard Lee
Pinecrest Advisory
""")
s("handler_followup", "secrecy", "subtle", ["secrecy"],
  "No need to put me on the foreign contact report. Just friends.")
s("handler_followup", "secrecy", "subtle", ["secrecy"], """
[22:41] A.: remember, not a word to the security office
[22:41] A.: they overreact to everything
""")
s("handler_followup", "secrecy", "subtle", ["secrecy", "off_platform"],
  "Use your own laptop for our chats from now on. Work devices are monitored.")
s("fake_think_tank", "secrecy", "overt", ["secrecy", "paid_task"], """
Hi Siobhan, one more thing about the commissioned paper: please keep it confidential and off your CV. Your name won't appear anywhere and we'd prefer your director doesn't hear about it. Fee as agreed.
""")

# ---------------------------------------------------------------- suspicious: payment
s("handler_followup", "payment", "overt", ["unusual_payment"],
  "We pay in USDT to avoid bank delays. Just send me your wallet address.")
s("handler_followup", "payment", "overt", ["unusual_payment"],
  "Can the payment go to your daughter's account? Simpler for tax on both sides.")
s("handler_followup", "payment", "subtle", ["unusual_payment"],
  "Envelope's at the hotel front desk, under your wife's name.")
s("fake_consultant", "payment", "overt", ["unusual_payment", "paid_task"], """
Hello Jennifer, your honorarium for the briefing paper will be sent as e-gift cards (10 x $100) to the address you gave me. Let me know once they arrive.
""")
s("handler_followup", "payment", "subtle", ["unusual_payment"],
  "Easier if it goes to your brother in Hong Kong?")
s("fake_consultant", "payment", "overt", ["unusual_payment", "paid_task"], """
Subject: Consultancy fee - next steps

Dear Mr Whitcombe,

Your consultancy fee is ready for release. To keep things simple for our finance team, please open an account with Northwave Digital Bank (online, takes ten minutes) rather than using your usual bank, and send me the IBAN.

Kind regards,
Elena Markova
Accounts, Baltic Meridian Consulting
""")
s("handler_followup", "payment", "overt", ["unusual_payment"], "Cash on delivery of the paper. Meet me at the café.")
s("handler_followup", "payment", "subtle", ["unusual_payment"],
  "Next one, the usual amount is in locker 14B at Union Station.")
s("fake_consultant", "payment", "overt", ["unusual_payment"], """
[16:30] Peter: we can pay via Alipay or crypto, whichever you prefer
[16:31] Peter: bank wires only create paperwork for you
""")

# ---------------------------------------------------------------- suspicious: coercion
s("coercion", "coercion", "subtle", ["coercion"], """
Your mother in Wuhan had visitors from the local office today. She is fine. It would be best for everyone if you came home for the spring festival and spoke with us.
""")
s("coercion", "coercion", "overt", ["coercion"], """
We know where your parents live. Return before the end of the month or your brother will lose his job at the bureau.
""")
s("coercion", "coercion", "subtle", ["coercion", "sensitive_info"], """
The association needs a list of who attended the vigil at the art gallery on Saturday. You are well placed to help. By the way, your family's shop licence back home is up for renewal next month.
""")
s("coercion", "coercion", "overt", ["coercion"], """
This is the liaison office of the public security bureau. You must report to the service station on Dundas Street to update your registration. Failure to appear will affect your relatives.
""")
s("coercion", "coercion", "subtle", ["coercion"], """
[08:15] Uncle Wei: the officers came again this morning
[08:16] Uncle Wei: they say if you keep posting about the protests your cousin won't get into university
[08:16] Uncle Wei: please just stop and call the number they left
""")
s("coercion", "coercion", "overt", ["coercion"], """
Subject: Notice regarding your pension

Mr Chen,

Your pension back home is under review. Come to the consulate to discuss it, and bring your passport. Do not ignore this message.

Consular Affairs Liaison
""")
s("coercion", "coercion", "subtle", ["coercion"], "Your father asked me to tell you: time to come home.")
s("coercion", "coercion", "overt", ["coercion", "sensitive_info"], """
Send us the names of the students organising the Hong Kong solidarity event and your sister's case will be closed. Otherwise it goes to court.
""")
s("coercion", "coercion", "overt", ["coercion", "sensitive_info"], """
We would like you to keep an eye on the new members of the cultural association in Calgary and send us regular updates. Your aunt's hospital treatment depends on your cooperation.
""")

# ---------------------------------------------------------------- suspicious: job scams
s("job_scam", "job_scam", "overt", ["job_scam", "unusual_payment"], """
Congratulations! You have been shortlisted for Remote Data Entry Associate ($45/hr). Before your start date please purchase the onboarding equipment kit ($180) from our approved vendor. The cost is reimbursed with your first pay cheque.
""")
s("job_scam", "job_scam", "overt", ["job_scam", "off_platform"],
  "Hi, Rachel from NovaMart HR. Part-time job, earn $200-500/day. Reply YES and I'll add you on WhatsApp.")
s("job_scam", "job_scam", "overt", ["job_scam", "unusual_payment"], """
Subject: Your start - equipment

Hi Jordan,

We mailed you a cheque for $2,950. Deposit it, keep $350 as your first week's salary, and e-transfer the rest to our equipment supplier today so your laptop ships on time.

Onboarding Team
Brightway Logistics Inc.
""")
s("job_scam", "job_scam", "overt", ["job_scam", "off_platform"], """
Your interview will be held on Telegram with our hiring manager, Mr. Dean Carter. Please reply from your personal e-mail, not from LinkedIn.
""")
s("job_scam", "job_scam", "overt", ["job_scam", "unusual_payment"], """
Subject: Offer of Employment - Logistics Coordinator

Dear Applicant,

We are pleased to offer you the position. To secure your place, a refundable background-check deposit of USD 95 is required within 24 hours via the link below. Failure to complete this step will result in the offer being withdrawn.

HR Department
Pacific Rim Freight Solutions
""")
s("task_scam", "job_scam", "overt", ["job_scam", "paid_task"],
  "Like hotel pages = £5 per like!! Join our team now, daily payout.")
s("job_scam", "job_scam", "overt", ["job_scam"], "Hi! Recruiter Mia here. Remote job, 30 mins a day, only need a phone.")
s("job_scam", "job_scam", "subtle", ["job_scam"], """
Welcome aboard! Before your first day we need a copy of your passport, your SIN, and your online banking login so we can set up direct deposit.
""")

# ---------------------------------------------------------------- benign: recruiters and headhunters
b("genuine_recruiter", """
Hi Priya, I'm a technical recruiter at Halcyon Defence Systems in Ottawa. We're hiring a Senior Systems Engineer for our maritime radar programme (Secret clearance required, which I see you hold). The posting is on our careers page, req. 24-117. If you're interested, could we set up a 20-minute phone call? My direct line is 613-555-0142.
""")
b("genuine_recruiter", "Thanks Sam! Sending the JD to your email now, talk Thursday at 2?")
b("genuine_recruiter", """
Subject: Your application - Firmware Engineer II, Corvane Semiconductor

Hi Alex,

Thanks for applying. The hiring manager would like a 45-minute video interview. I've sent a Teams invite to the address on your application for Tuesday 10:00 PT. If that doesn't work, reply with two other slots.

Please note: Corvane will never ask you for money, bank details or gift cards during recruitment. If anyone does, report it to recruiting@corvane.example.com.

Best,
Jamie Ortega
Talent Acquisition, Corvane Semiconductor
""")
b("genuine_recruiter", "hey, can I call you on your mobile instead? easier than InMail for scheduling")
b("genuine_recruiter", """
Hi Morgan - I recruit for Lindqvist Energy (we operate the two wind farms off Yarmouth). We've got a SCADA engineer opening on the Halifax team, salary band $105-120k. Happy to send the full posting to a personal email if you'd rather not get it at work, just let me know which address.
""")
b("genuine_recruiter", """
Hello Dr Mensah, I'm with university recruitment at Ashgrove Labs (AI safety research, London). Our team saw your workshop talk at the Montreal ML symposium and would love to talk about a Research Scientist role. We sponsor visas and cover relocation. Could I give you a ring this week?
""")
b("genuine_recruiter", "Offer letter's in your inbox. Call me if anything looks off. - Trish, Kestrel Aerospace HR")
b("genuine_headhunter", """
Subject: Confidential search - VP Engineering

Dear Ms Ferreira,

I lead the aerospace practice at Whitlow & Grey Executive Search. We have been retained by Arden Avionics (Wichita) to find their next VP of Engineering; the search is confidential because the incumbent has not yet announced his retirement. The role reports to the CEO, and I can share the full brief once we have spoken. Would a call on Thursday suit you?

Kind regards,
Oliver Grey
Partner, Whitlow & Grey
+1 316 555 0127
""")
b("genuine_headhunter", "My client is a listed telecom operator, I can name them once you've signed the NDA, standard for this level. Call?")
b("genuine_headhunter", """
Hi Connor, quick follow-up from our coffee. The company is Norhaven Grid; the role is Director of Protection & Control, based in Manchester. Compensation is confidential until the second round, but it's a genuine step up. I'll email the pack to the address you gave me (your personal one, as you asked).
""")
b("genuine_headhunter", """
[14:02] Ruth (Beacon Search): Hi Li, are you ok with me sending the brief on WhatsApp? PDF too big for LinkedIn
[14:05] Li Na: sure, same number as my CV
[14:05] Ruth (Beacon Search): great, it's the Head of Photonics role at Tessaro in Cambridge, full name of company in the PDF
""")
b("genuine_headhunter", "Shortlist call moved to Friday. Client is still Halvard Defence, nothing's changed.")

# ---------------------------------------------------------------- benign: expert networks
b("expert_network", """
Subject: Paid consultation request - grid batteries in Ontario

Hi Fatima,

I'm a research associate at Talis Expert Network. One of our clients, an investment fund, would like a one-hour phone consultation on the economics of grid-scale batteries in Ontario. We pay $350 for the hour. Please note: we do not want, and you must not share, any confidential or non-public information about your current or former employers. Before the call you'll complete our compliance training and confirm your employer permits outside consulting.

Best,
Owen Mbeki
Talis Expert Network
""")
b("expert_network", "Reminder: your Talis call is at 3 pm ET. Don't share anything non-public, as per the terms you signed.")
b("expert_network", """
Hi Rob, thanks for your interest. Unfortunately you're currently employed by a federal agency, and our policy is that we don't engage current government employees for paid consultations. We'll reach out again if your situation changes. - Compliance team, Fairmont Insights
""")
b("expert_network", """
Hello Dr Wang, Meridian Expert Panel here. A consulting firm working for a semiconductor equipment maker would like 45 minutes on public trends in advanced packaging. Fee: USD 400, paid by bank transfer after the call. Their name will be shared once you accept; you may decline any question and should not discuss anything covered by an NDA.
""")
b("expert_network", "Your payment of $350 for the Talis consultation on 14 Nov has been sent to your bank account on file.")
b("expert_network", """
Subject: Re: consultation

Hi Ben,

Fully understood that your employer wants to see the questions first. I've attached the client's question list (public-market questions only) and our compliance policy. Take whatever time you need to clear it internally.

Cheers,
Anika

> Hi Anika, before I accept, my employer's compliance office wants to see the
> questions in advance. Is that ok?
> Ben
""")

# ---------------------------------------------------------------- benign: universities, think tanks, reviews
b("university_invite", """
Dear Dr Holloway,

The School of Public Policy at Westbrook University would be delighted if you would give our annual Security Lecture on 12 March. The talk is public and will be recorded for our YouTube channel. We offer an honorarium of CAD 1,500 and will cover your travel from Ottawa and one night's hotel. Please let me know if you'd be willing.

With best wishes,
Prof. Ines Carvalho
""")
b("university_invite", """
Dear Prof. Nakamura, I'm pleased to confirm your appointment as visiting scholar at our Centre for Energy Systems, Sept-Dec. Your stipend will be paid through university payroll, and the visa letter from the international office is attached. Welcome!
""")
b("university_invite", "Are you still up for the guest lecture on Thursday? Parking pass is at the front desk.")
b("university_invite", """
Hi Dr Farouk, our PhD students would love a 30-minute Zoom talk on careers in aerospace engineering. We can offer a small $200 honorarium; your department chair is cc'd as per our policy for external speakers.
""")
b("university_invite", """
Subject: External examiner - MSc thesis

Dear Dr Bowen, would you act as external examiner for an MSc thesis on spectrum sharing in 5G? The thesis is public once defended. The university pays a standard examiner's fee of GBP 250 and travel for the viva, or it can be held online.
""")
b("think_tank_commission", """
Subject: Commissioned paper - Arctic shipping and security

Dear Ms Tremblay,

The Northern Policy Forum would like to commission a 5,000-word paper from you on Arctic shipping routes and sovereignty, for publication under your name in our spring series. The fee is CAD 3,000. All sources must be public; the paper goes through our standard peer review, and our funders are listed on our website.

Regards,
Michael Oduya
Director of Research, Northern Policy Forum
""")
b("think_tank_commission", "Draft looks great! We'll publish Monday with your byline. Invoice us whenever.")
b("think_tank_commission", """
Hi Gwen, confirming the terms for your brief on the semiconductor supply chain: 2,500 words, £1,200, published under your name, open-source material only. If you cite anything from your time at the department, please run it past their pre-publication review first.
""")
b("think_tank_commission", """
Dear Professor Achebe, our institute would like to invite you to a roundtable on critical minerals in Washington on 9 April. The discussion is under the Chatham House rule; participants' names and the summary will be published. We cover economy travel and one night.
""")
b("think_tank_commission", "Your panel on quantum policy is confirmed. Travel desk will book your flight, send passport name please.")
b("paid_peer_review", """
Subject: Review request - Journal of Power Systems

Dear Dr Iyer, would you review manuscript JPS-2026-0418, "Inertia estimation in low-carbon grids"? The manuscript is confidential; please do not share it or use its contents. As a thank-you we offer a USD 50 APC voucher.
""")
b("paid_peer_review", "Grant panel review due Friday. Honorarium's processed via the portal, not by email.")

# ---------------------------------------------------------------- benign: clearance job ads
b("cleared_job_ad", """
Job alert: Systems Administrator III - TS/SCI with Full Scope Poly required. Location: Chantilly, VA. Salary $130k-$160k. Apply through the Brightline Federal careers portal. US citizenship required.
""")
b("cleared_job_ad", "Now hiring: Secret-cleared network engineers, Colorado Springs. Sign-on bonus $10k. Apply on our site.")
b("cleared_job_ad", """
Role: Security Cleared Software Developer (SC/DV)
Location: Bristol, hybrid
Salary: £60,000-£75,000 + 10% clearance allowance
You must hold or be eligible for DV clearance. Applications via the Thornbury Defence careers site only; we never contact candidates via messaging apps.
""")
b("cleared_job_ad", """
Hi all, my team at Polaris Space is hiring two RF engineers who can obtain Reliability status (Canada). Remote-friendly, occasional travel to Montreal. DM me for the link or apply directly: polarisspace.example.com/careers
""")
b("cleared_job_ad", "Cleared? We're hiring. Booth 214 at the Cleared Careers Expo tomorrow.")

# ---------------------------------------------------------------- benign: security awareness
b("security_awareness", """
Subject: Think before you link - reminder

Colleagues,

Foreign intelligence services use fake recruiter and consultant profiles to approach staff with clearances. Warning signs: a flattering offer for a vague "client", a request to move to WeChat, WhatsApp or a personal email, paid "white papers", invitations abroad with travel covered, and requests to keep it quiet. If this happens to you, do not delete anything; report it to security@agency.example.org.

Departmental Security Office
""")
b("security_awareness", "Reminder: report any foreign contact on the form, even if it seems harmless.")
b("security_awareness", """
[10:31] Dev: did everyone get the phishing training email?
[10:32] Amal: the one about fake headhunters offering cash for reports? yes lol
[10:32] Dev: apparently someone in finance actually got one on LinkedIn last month
""")
b("security_awareness", """
PSA from the IT security team: if a "recruiter" asks you to continue on Telegram or Signal, asks about internal projects, or offers crypto or gift cards, stop and forward it to us. Real recruiters don't need your badge photo.
""")
b("security_awareness", """
Subject: Briefing slides - insider threat awareness

Hi Paula, attached are the slides for Thursday. Slide 6 has the examples: "no classified stuff, just what's discussed internally", "keep this between us", "we'll pay your daughter instead". Let me know if you want me to cut any for time.

Grant
Personnel Security
""")
b("security_awareness", "Saw the CSIS notice about fake think tanks. Forwarding to the team.")

# ---------------------------------------------------------------- benign: family chats
b("family_chat", """
[19:02] Mum: 到了吗? did you land ok
[19:10] Jason: yes just got to the hotel
[19:11] Mum: call grandma on WeChat tomorrow, she misses you
""")
b("family_chat", "Dad, I sent you the money for grandma's medicine through WeChat Pay. Check pls")
b("family_chat", """
[21:45] Auntie Mei: your cousin is going to Toronto in March for university!!
[21:46] Auntie Mei: can she stay with you the first week? we'll pay for the groceries
[21:50] Kevin: of course, tell her to message me on WhatsApp
""")
b("family_chat", "Don't tell your brother about the trip home yet, I want to surprise him at the airport!")
b("family_chat", """
[08:03] Baba: police came to check the new residence registration, all fine
[08:04] Baba: they just needed the house book
[08:04] Lin: ok good, send me a photo of the form when you have time
""")
b("family_chat", "Ma, I'm coming home for Spring Festival! Flights booked, don't worry about money")
b("family_chat", """
[17:20] Priti: can you send 200 to Rohan's account? mine's frozen till Monday
[17:21] Priti: I'll pay you back on the weekend
[17:25] Anil: done. tell him it's from his favourite uncle
""")

# ---------------------------------------------------------------- benign: colleagues and work
b("coworker_channel", "Let's move this to Teams, easier to share the drawings there.")
b("coworker_channel", """
[11:20] Marta: can we take this to the #grid-ops Slack channel? the email thread is getting long
[11:21] Ken: sure, I'll post the relay settings there
""")
b("coworker_channel", """
Hi Wei, please add me on corporate WeChat (WeCom) so we can coordinate with the Suzhou plant team. My ID is on the staff directory. Thanks!
""")
b("coworker_channel", "Ping me on Signal if the build fails overnight, I'm not checking email tonight.")
b("coworker_channel", """
Subject: Re: Q3 internal roadmap

Hi team, please keep the roadmap internal until the all-hands on Friday; it's marked confidential for a reason. After that we can share the summary with partners.

Thanks,
Lucy

-----Original Message-----
From: Raj Patel
Sent: Tuesday, 18 November 2026 09:40
Subject: Q3 internal roadmap

Can we send the roadmap to the Kestrel team now, or wait?
""")
b("coworker_channel", "Can you send me the internal test results before the review? Want to check the graphs.")
b("travel_reimbursement", """
Subject: Travel claim approved - Singapore, IEEE conference

Hi Dr Shah, your expense claim (flights, hotel and registration, SGD 4,210) has been approved and will be reimbursed with your next payroll. Reminder: per policy, foreign travel must also be reported to the security office before departure.

Finance Services
""")
b("travel_reimbursement", "Keep your receipts from Beijing, finance needs originals for the reimbursement.")
b("travel_reimbursement", """
Hi all, the client is covering flights and hotel for the Calgary site visit. Book through the travel portal as usual and code it to project 4471 so it gets billed back.
""")
b("travel_reimbursement", "The per diem for Seoul is $95/day, paid with your expense report.")
b("travel_reimbursement", """
[16:02] Rosa: did your reimbursement for the Hannover trip come through?
[16:05] Tom: not yet, they want the boarding passes
[16:05] Rosa: ugh same. the app is useless
""")
b("procurement_notice", """
Subject: RFP 2026-118 - blackout period

Dear suppliers, during the evaluation period for RFP 2026-118 (radar maintenance services), all communication must go through the contracting officer named in the RFP. Do not contact evaluation team members directly. Questions received through other channels will not be answered.

Procurement Services
""")
b("procurement_notice", "Bid results are public now, posted on the procurement portal this morning.")
b("hr_onboarding", """
Subject: Welcome to Sentinel Grid - before your first day

Hi Aisha,

Welcome! Please complete your onboarding in the HR portal: upload your passport or citizenship document for the security screening, and enter your direct deposit details there (never by email). Your manager will meet you at reception at 9:00 on Monday.

People Team, Sentinel Grid
""")
b("hr_onboarding", "Don't forget to bring two pieces of ID on day one for the clearance paperwork.")
b("hr_onboarding", """
Hi Marco, HR here. Your laptop will be couriered to your home address; you don't need to buy anything. If anyone claiming to be from us asks you to pay for equipment, it's a scam - please tell us.
""")
b("hr_onboarding", """
Welcome to the team! Your security briefing is on Tuesday at 10. It covers foreign travel reporting, social media and what to do if someone approaches you about your work.
""")
b("bank_notice", """
Maple Trust fraud alert: We will never ask you to move money to a "safe account" or pay in gift cards or crypto. If someone does, hang up and call the number on the back of your card.
""")
b("bank_notice", "Maple Trust: an e-Transfer of $1,250.00 from ACME PAYROLL was deposited to your account.")
b("bank_notice", """
Subject: Confirm your new payee

You added a new payee (J. Park, account ending 4411). If this was you, no action is needed. If not, call us at 1-800-555-0199.
Harbour Savings Bank
""")
b("payroll_notice", "Your pay stub for Nov 15 is available in the employee portal.")
b("payroll_notice", """
Subject: Payroll change - bonus payment

Hi all, the retention bonus will be paid as a separate deposit on 30 Nov into the same account as your salary. It's taxable; details on the portal. Payroll will never ask for bank details by email.
""")
b("payroll_notice", """
Reminder from Payroll: if you are working from abroad for more than 2 weeks, tell us before you go. Tax and security both need to know.
""")

# ---------------------------------------------------------------- benign: communities, press, conferences
b("alumni_group", """
[20:11] Hui (Lakeshore U Alumni Shanghai): welcome to the group everyone! dinner on the 28th, 150 RMB per person, pay me on WeChat
[20:12] Daniel: count me in
[20:14] Sofia: +1, can I bring my husband?
""")
b("alumni_group", "Class of '09 reunion fund: e-transfer $40 to Jen, she's treasurer this year.")
b("alumni_group", """
Subject: Alumni mentoring - defence and aerospace track

Dear alumni, we're pairing students with mentors working in defence, aerospace and space. Mentors meet their student three times a term, on campus or by video. Please don't discuss anything that isn't public about your work; students are told the same.

Alumni Relations, Harbourview Engineering Society
""")
b("alumni_group", "Old boss from the ministry is retiring, we're all chipping in for a gift. You in?")
b("parents_group", "Reminder: $25 for the field trip, cash in an envelope with your child's name please!")
b("parents_group", """
[07:45] Grade 4 Parents: Does anyone know if the school trip to Ottawa is still on?
[07:47] Leila: yes, buses leave 7am Friday
[07:48] Mark: please don't tell the kids about the surprise museum sleepover, teachers want it to be a secret
""")
b("parents_group", "Can someone add me to the WhatsApp group for the hockey team? New parent here.")
b("parents_group", """
Hi everyone, the PTA needs volunteers for the science fair. If you work in engineering, AI or anything techy, the kids would love a 10-minute demo. No need to prepare much!
""")
b("journalist_interview", """
Subject: Interview request - The Ledger

Dear Dr Reyes,

I'm a reporter at The Northern Ledger working on a story about the province's plans for small modular reactors. I'd like to interview you on the record about your published research. I'll identify myself and my outlet in any contact with your university, and I'm happy to go through your media office if you prefer.

Regards,
Hannah Leclerc
Science reporter, The Northern Ledger
416-555-0163
""")
b("journalist_interview", "Hi, reporter from the Citizen here. Could I call you for a quote on the transit strike? On the record.")
b("journalist_interview", """
Hi Ms Nkemelu, I'm a researcher at Open Grid Watch, an NGO. We're publishing a report on the resilience of rural power lines and would like to interview you about your published testimony to the committee. We'll send you the quotes for checking before publication.
""")
b("journalist_interview", """
[13:20] Sara (Radio North producer): hi! we'd love to have you on the panel about AI regulation tomorrow at 6
[13:22] Raj: sure, can I say I'm speaking in a personal capacity?
[13:22] Sara (Radio North producer): absolutely, we'll put that on the chyron
""")
b("journalist_interview", "Your media office approved the interview. See you at 11 at the studio.")
b("conference_invite", """
Subject: Invitation to speak - Asia Pacific Grid Forum, Singapore

Dear Mr Adeyemi,

We would be honoured to have you as a speaker at the Asia Pacific Grid Forum (Marina Convention Centre, 18-19 June). Speakers receive complimentary registration, economy flights and two nights' accommodation. All sessions are public and slides are published on our website after the event. The full programme and sponsor list are attached.

Best regards,
Conference Secretariat, APGF
""")
b("conference_invite", "Your poster was accepted at SPCON 2027! Registration deadline is March 3.")
b("conference_invite", """
Dear Dr Lindahl, the organising committee of the Space Systems Symposium in Toulouse invites you to chair a session. Travel support of up to EUR 800 is available on request; please submit receipts via the conference portal after the event.
""")
b("conference_invite", """
Hi Jo! Great to see your name on the programme in Shenzhen. A few of us are doing dinner on the Tuesday, want to join? Dutch, as always.
""")
b("conference_invite", "Visa invitation letter for the Beijing workshop attached. The university's travel office has a copy.")
b("surprise_party", "Shh! Don't tell Dan about Saturday. Surprise party at 7, bring cash for the cake fund.")
b("surprise_party", """
[18:30] Emma: nobody tell the boss we're taking her out for her 50th!! keep it secret
[18:31] Ollie: my lips are sealed
[18:31] Emma: send me $20 on e-transfer, not cash please
""")
b("surprise_party", """
Subject: Confidential - Mike's farewell

Hi all, please keep this between us until Friday. We're collecting for Mike's farewell gift (he leaves after 22 years at the plant). Drop whatever you like in the envelope at Carol's desk. Please don't reply-all!
""")
b("community_association", """
Hi everyone, the Chinese Cultural Association of Edmonton is collecting donations for the Lunar New Year gala. You can pay by e-transfer or WeChat Pay to our treasurer. Receipts provided for tax purposes.
""")
b("community_association", "Community centre meeting moved to Thursday 7pm. Bring your neighbours!")
b("investor_meeting", """
Subject: Follow-up - Series A

Hi Tomás, thanks for the deck. Our partners would like to meet the founding team in person at our Toronto office on the 9th. We'll cover your travel from Montreal. Technical diligence will be done under NDA by an independent firm, and we won't need anything beyond what you'd show any investor.

Best,
Alicia Moore
Partner, Greenlake Ventures
""")

# ---------------------------------------------------------------- benign: plain
b("ordinary_chat", "running 10 min late, grab me a coffee?", lookalike=False)
b("ordinary_chat", "did you see the game last night", lookalike=False)
b("ordinary_chat", """
[12:01] Nat: lunch at the pho place?
[12:02] Ben: yeah give me 15
""", lookalike=False)
b("work_email", """
Subject: Minutes - facilities committee

Hi all, minutes from Tuesday attached. Main action: replace the lobby carpet before the audit. Next meeting 4 Dec.

Thanks,
Gloria
""", lookalike=False)
b("work_email", "Printer on 3rd floor is jammed again, IT ticket raised.", lookalike=False)


def main() -> None:
    assert len(ROWS) == 200, len(ROWS)
    for row in ROWS:
        assert row["text"] and isinstance(row["text"], str)
        if row["label"] == 1:
            cats = row["categories"]
            assert isinstance(cats, list) and cats and set(cats) <= CATEGORIES, row
            assert row["stage"] in STAGES and row["subtlety"] in {"overt", "subtle"}, row
            if row["subtlety"] == "subtle":
                hit = STOCK.search(str(row["text"]))
                assert hit is None, (hit, row["text"])
        else:
            assert row["categories"] == [] and row["stage"] == "none" and row["subtlety"] == "none"
    texts = [row["text"] for row in ROWS]
    assert len(set(texts)) == len(texts), "duplicate text"
    rows = list(ROWS)
    random.Random(20261126).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as out:
        for number, row in enumerate(rows, start=1):
            record = {"id": f"enb4-{number:03d}", **row}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
