"""Build data/eval/en_blind6.jsonl, the sixth blind English evaluation set.

Every text below is hand-written in full; the script only attaches labels, shuffles with a
fixed seed and numbers the rows. Every name, firm, number and address is invented.

Run: .venv/bin/python data/eval/build_en_blind6.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("en_blind6.jsonl")
SEED = 60_622

Row = dict[str, object]
ROWS: list[Row] = []


def _add(text: str, label: int, kind: str, lookalike: bool, cats: list[str], stage: str,
         subtlety: str) -> None:
    keys = ("text", "label", "kind", "lookalike", "categories", "stage", "subtlety")
    values = (text, label, kind, lookalike, cats, stage, subtlety)
    ROWS.append(dict(zip(keys, values, strict=True)))


def sus(kind: str, stage: str, subtlety: str, categories: list[str], text: str) -> None:
    """Record one suspicious message (never a look-alike)."""
    _add(text, 1, kind, False, categories, stage, subtlety)


def ben(kind: str, text: str, lookalike: bool = True) -> None:
    """Record one benign message: no categories, stage and subtlety 'none'."""
    _add(text, 0, kind, lookalike, [], "none", "none")


CT = "credential_targeting"
OP = "off_platform"
PT = "paid_task"
VC = "vague_client"
SI = "sensitive_info"
CM = "client_meeting"
SE = "secrecy"
UP = "unusual_payment"
CO = "coercion"
JS = "job_scam"

# ---------------------------------------------------------------- suspicious: contact
sus("fake_headhunter", "contact", "overt", [CT, VC],
    "Hi Priya, I came across your profile and your work on the vaccine cold-chain programme at "
    "Halvern Biologics. I represent a client in the life-sciences space who values people with "
    "your level of access. Compensation is flexible. Would you be open to a quick chat?")
sus("fake_headhunter", "contact", "subtle", [CT],
    "Saw you moved from the Port Authority to the rail freight side. Still doing the customs "
    "screening work? Would love to compare notes sometime.")
sus("fake_consultant", "contact", "overt", [CT, VC, PT],
    "Subject: Advisory opportunity - retired flag officers\n\nDear Commodore Ashworth,\n\nOur firm "
    "connects senior retired officers with overseas clients who seek perspective on maritime "
    "posture in the North Atlantic. The client prefers to remain unnamed at this stage. Fees "
    "start at GBP 4,000 per paper.\n\nKind regards,\nJulian Marsh\nPrincipal, Tidewater Horizons "
    "Advisory\njulian.marsh@tidewater-horizons.example.com")
sus("fake_headhunter", "contact", "subtle", [CT],
    "Congrats on the new role in the export licensing unit! Must be fascinating seeing what gets "
    "approved before anyone else does. Mind if I connect?")
sus("fake_academic", "contact", "overt", [CT, VC, CM],
    "Subject: Speaker delegation - ground-station symposium\n\nDear Dr. Okafor, I am a visiting "
    "researcher putting together a small delegation for a satellite ground-station symposium. Our "
    "sponsor covers flights and five nights in Shenzhen for speakers with agency experience. The "
    "sponsor is a private group that prefers discretion.\n\nBest regards,\nDr. Feng Yiran\n"
    "Visiting Researcher (independent)")
sus("fake_headhunter", "contact", "overt", [CT, OP],
    "Hello, I'm recruiting for a confidential aerospace project. Needs active clearance. "
    "Telegram me @kestrel_talent_hr for details, I don't check LinkedIn much.")
sus("fake_headhunter", "contact", "subtle", [CT],
    "Quick question - is your clearance still current after leaving the ministry?")
sus("fake_think_tank", "contact", "overt", [CT, PT, VC],
    "Subject: Invitation to join our expert network\n\nGood afternoon Ms Lindqvist,\n\nThe "
    "Meridian Policy Circle is building a network of "
    "municipal infrastructure specialists. A partner organisation abroad pays well for short "
    "written insights on how city councils in Canada handle telecoms procurement and 5G siting. "
    "Your background as a council planner is exactly what they value.\n\nWarmly,\nDana Kovac\n"
    "Network Coordinator")
sus("fake_investor", "contact", "subtle", [CT, SI],
    "Hey Marcus, we're a seed fund looking at defence tech. Before we talk terms, could you "
    "walk us "
    "through the DND contract your team is bidding on? Just so we know the pipeline.")
sus("fake_headhunter", "contact", "overt", [CT, VC],
    "Subject: Shortlisted - Senior Payload Role\n\nDear Sir, you have been shortlisted by our "
    "client "
    "for a senior role. They are especially interested in candidates with TS/SCI and satellite "
    "payload experience. Salary double your current. Please reply with your CV and clearance "
    "details.\n\nRegards,\nMichael Tan\nSenior Consultant, Apex Orbit Talent\n"
    "m.tan@apexorbit-talent.example.net")
sus("fake_recruiter_interpreter", "contact", "subtle", [CT],
    "Hi Lena, you interpret for the defence committee hearings, right? I'm building a small "
    "team of "
    "translators for ongoing work. Which sessions are you booked for this spring?")
sus("fake_headhunter", "contact", "overt", [CT, OP, VC],
    "Hi there! I help a fast-growing Asian semiconductor group hire process engineers from TSMC "
    "Arizona and Intel. Package is very generous. Can we move to WhatsApp? +852 5550 0147")
sus("fake_headhunter", "contact", "subtle", [CT],
    "Following up on my note - are you still on the standards working group for the 6G radio "
    "specs? I have something that may interest you.")
sus("fake_consultant", "contact", "overt", [CT],
    "Your talk on grid frequency control was great. I work with people who'd pay well to hear "
    "it again in more detail. Coffee?")

# ---------------------------------------------------------------- suspicious: pivot
sus("handler_pivot", "pivot", "overt", [OP],
    "LinkedIn is a bit restrictive for this kind of conversation. Do you have WeChat? My ID is "
    "lily_talent88. Easier to share the job details there.")
sus("handler_pivot", "pivot", "overt", [OP, SE],
    "Let's continue on Signal. My client doesn't want anything on work email.")
sus("handler_pivot", "pivot", "subtle", [OP],
    "Send me a number that isn't your work phone? Easier in the evenings.")
sus("handler_pivot", "pivot", "overt", [OP, VC],
    "Subject: Re: Opportunity\n\nThanks for getting back to me, Tom. Before I share the brief I'd "
    "rather use your personal email, since my client's IT people flag messages to government "
    "domains. Please send it to me at r.chen.talent@mailbox.example.net.\n\nBest,\nRebecca")
sus("handler_pivot", "pivot", "subtle", [OP],
    "What's your personal address? The one at the hospital probably filters attachments.")
sus("handler_pivot", "pivot", "overt", [OP],
    "[14:02] Kevin Z: ok good, download Telegram and search for me, same name\n"
    "[14:02] Kevin Z: we talk there from now")
sus("handler_pivot", "pivot", "overt", [OP, SE],
    "Hi Gareth, glad we met at the Farnborough stand. I'd like to keep things informal, so no "
    "company email please. WhatsApp this number: +44 7700 900147. Delete this message after.")
sus("handler_pivot", "pivot", "subtle", [OP],
    "I'd rather not do this over InMail. Is there a home email you check?")
sus("handler_pivot", "pivot", "overt", [OP, VC],
    "Subject: Collaboration\n\nDear Dr. Haddad,\n\nFollowing our exchange at the vaccine "
    "adjuvant workshop in Lyon, the group "
    "I mentioned would like to discuss a collaboration. They prefer to communicate via WeChat "
    "rather than institutional email. Would you add me? ID: prof_zhou_bio\n\nRegards,\nZhou Min")
sus("handler_pivot", "pivot", "subtle", [OP],
    "let's take this off linkedin. text me on 555-0138 after work")
sus("handler_pivot", "pivot", "overt", [OP, SE],
    "Please install Threema on your personal phone, not the one the council gave you. I'll explain "
    "everything there.")
sus("handler_pivot", "pivot", "subtle", [OP, SE],
    "Easier on your own phone than the office line. Evenings fine.")

# ---------------------------------------------------------------- suspicious: paid_task
sus("paid_report", "paid_task", "overt", [PT, VC],
    "Subject: Short research commission\n\nHi Aisha,\n\nAs discussed, my client would like a 3,000-"
    "word white paper on the Port of Halifax's container screening process and the vendors it "
    "relies on. Fee USD 2,500 on delivery, more for follow-ups. The client is a consultancy in "
    "Asia and prefers not to be named.\n\nThanks,\nOwen Lau\nLau & Partners Research")
sus("paid_report", "paid_task", "overt", [PT, SI],
    "First task is easy: a two-page overview of how your agency decides which launch payloads get "
    "export approval. £800. If the client likes it there will be regular work.")
sus("paid_report", "paid_task", "subtle", [PT],
    "Could you put together a few pages on how the rail signalling upgrade is being staged over "
    "the next two years? Whatever you're comfortable writing.")
sus("paid_report", "paid_task", "overt", [PT, VC, UP],
    "The client was happy with your first report on the council's broadband tender. They are "
    "sending $1,200 in USDT for the next one. Please give me a wallet address.")
sus("paid_report", "paid_task", "overt", [PT, SI],
    "Ten pages on how your lab validates its mRNA stability data would be really useful to the "
    "people I work with. They'd compensate you properly of course.")
sus("paid_report", "paid_task", "overt", [PT, VC],
    "Hey! My client liked your profile. They pay $300 per article for your views on US chip export "
    "rules and what Commerce staff are saying internally. Super easy, 2-3 hours each.")
sus("paid_report", "paid_task", "overt", [PT],
    "Would you write up your thoughts on the substation hardening plan? Five pages, same rate "
    "as last time.")
sus("paid_report", "paid_task", "overt", [PT, VC, SE],
    "Subject: Private assessment\n\nDear Colonel (ret.) Baptiste,\n\nMy principals would value "
    "a private assessment of NATO "
    "readiness in the Baltic region, drawing on your contacts still serving. This is a paid "
    "engagement (EUR 6,000) and strictly between us.\n\nYours faithfully,\nA. Renner")
sus("paid_report", "paid_task", "subtle", [PT],
    "Same as before - a few pages on the procurement pipeline for the new frigates. Can you "
    "have it "
    "by Friday?")
sus("paid_report", "paid_task", "overt", [PT, VC],
    "Subject: Memo request\n\nHi Jun,\n\nThe research house I mentioned wants a quick memo on "
    "which AI "
    "accelerator chips your company is qualifying for the next generation. It's a paid piece, the "
    "end client is an investor and doesn't want to be named.\n\nCheers,\nVictor Hale\n"
    "Hale Market Intelligence | Singapore")
sus("paid_report", "paid_task", "overt", [PT, SI],
    "You mentioned the hospital is trialling a new outbreak surveillance dashboard. Could you "
    "describe how it pulls patient data? A short write-up would be plenty, and I'll take care of "
    "you for your time.")
sus("paid_report", "paid_task", "overt", [PT, VC],
    "Client is after a 'landscape report' on UK defence start-ups with MOD contracts: who is "
    "funded, "
    "what they're building, who's the contact. 1,500 GBP. Interested?")

# ---------------------------------------------------------------- suspicious: elicitation
sus("handler_elicitation", "elicitation", "overt", [SI],
    "The report was good but the client wants more specific info. Can you include the internal "
    "figures from the draft budget that isn't published yet?")
sus("handler_elicitation", "elicitation", "subtle", [SI],
    "Who else sits on the review panel with you? Just first names is fine.")
sus("handler_elicitation", "elicitation", "subtle", [SI],
    "When does the committee vote on the export-control list? Which items get added?")
sus("handler_elicitation", "elicitation", "overt", [SI, PT],
    "Subject: Follow-up questions\n\nHi Dr. Brennan,\n\nThank you for the overview. My client "
    "has a few follow-ups: (1) which strains are in the unpublished phase II panel, (2) the "
    "name of "
    "the contract manufacturer, (3) any internal safety signals not yet reported. A bonus of "
    "$2,000 applies if you can attach the slides from the internal review.\n\nBest regards,\n"
    "Marcus Ye")
sus("handler_elicitation", "elicitation", "subtle", [SI],
    "out of curiosity what does the org chart look like above you now? who reports to the deputy "
    "minister")
sus("handler_elicitation", "elicitation", "subtle", [SI],
    "Is the new launch date firm yet, or still slipping?")
sus("handler_elicitation", "elicitation", "overt", [SI],
    "Can you photograph the floor plan of the new data centre? The client just wants to understand "
    "the layout, nothing sensitive.")
sus("handler_elicitation", "elicitation", "subtle", [SI],
    "Which vendors made the crane automation shortlist? Off the record.")
sus("handler_elicitation", "elicitation", "overt", [SI, SE],
    "I know the pre-consultation draft of the city's surveillance camera policy isn't public yet. "
    "Could you forward it to me? It stays with me and the client, nobody at the council needs to "
    "know.")
sus("handler_elicitation", "elicitation", "subtle", [SI, CT],
    "What clearance level do the people on the night shift in your control room hold? And how many "
    "are there?")
sus("handler_elicitation", "elicitation", "overt", [SI, PT],
    "Thanks for the article. Next time could you add what the minister's staff said in the "
    "briefing "
    "you attended? That's the part the client will pay extra for.")
sus("handler_elicitation", "elicitation", "subtle", [SI],
    "[21:47] Ming: how are the yield numbers on the 3nm line this quarter\n"
    "[21:48] Ming: roughly is fine")
sus("handler_elicitation", "elicitation", "subtle", [SI],
    "Hi Sofia, lovely to see you at the reunion. You're at the space agency now, aren't you? I'm "
    "curious what the next Earth-observation mission will be able to see that the current ones "
    "can't, and which ground stations will receive the data. Are there any documents you could "
    "share? I'd love to learn more.")
sus("handler_elicitation", "elicitation", "overt", [SI, VC],
    "My client is preparing a bid and needs the evaluation criteria weights the ministry is using "
    "before they're released. You're on the committee, right?")
sus("handler_elicitation", "elicitation", "subtle", [SI],
    "Does the interpreter pool get the briefing papers in advance? Could you send me the ones from "
    "Tuesday's closed session so I can prepare the glossary?")
sus("handler_elicitation", "elicitation", "overt", [SI, PT, SE],
    "Subject: Further to our call\n\nDear Mr. Petrov,\n\nFurther to our call, the foundation "
    "would like to receive the internal "
    "minutes of the standards body's security subgroup for the last two meetings. An honorarium "
    "of CAD 3,000 is available. Please do not copy colleagues on this.\n\nKind regards,\n"
    "Dr. Helena Vost\nEastbridge Foundation for Technology Dialogue")

# ---------------------------------------------------------------- suspicious: meeting
sus("client_meeting", "meeting", "overt", [CM, VC],
    "Good news! The client would like to meet you in person in Macau. They will pay business class "
    "and five-star hotel, plus USD 5,000 for your time. Can you travel next month?")
sus("client_meeting", "meeting", "overt", [CM],
    "He's going to be in Istanbul the week of the 14th. Could you fly over for a day? "
    "Everything's covered.")
sus("client_meeting", "meeting", "overt", [CM, VC, SE],
    "Subject: Invitation\n\nDear Professor Nkemelu,\n\nOur sponsor would be honoured to host you "
    "for a private seminar in Beijing. All costs are covered and an honorarium is provided. To "
    "avoid bureaucracy, please book it as personal leave rather than university travel.\n\n"
    "Respectfully,\nLi Wenhao\nOrganising Secretary")
sus("client_meeting", "meeting", "subtle", [CM],
    "They'd like to meet you face to face. Singapore or Dubai, your choice.")
sus("client_meeting", "meeting", "overt", [CM, UP],
    "The partners want to thank you in person for the papers. Come to Hong Kong over the long "
    "weekend, ticket is booked, and they will give you the rest of the fee in cash there.")
sus("client_meeting", "meeting", "subtle", [CM, CT],
    "You've been so helpful. Would you and your husband like a holiday in Bali? My boss wants to "
    "meet you and discuss longer-term work.")
sus("client_meeting", "meeting", "overt", [CM, SE],
    "Flights for Thursday attached. Better not to use your government passport, your personal one "
    "is fine, and don't register the trip with your security office, it's only a private meeting.")
sus("client_meeting", "meeting", "overt", [CM],
    "There's a trade fair in Shanghai in May. My director would like to show you around and "
    "introduce a few people. We'd handle the visa and flights.")
sus("client_meeting", "meeting", "overt", [CM, VC],
    "Subject: KL workshop\n\nHi Greg,\n\nThe end client (a strategy group I can't name yet) "
    "wants a "
    "workshop with you in Kuala Lumpur about power grid resilience. 3 days, all paid, generous "
    "honorarium.\n\nBest,\nNatalie Soo\nEngagement Manager, Crestline Strategic Advisory")
sus("client_meeting", "meeting", "subtle", [CM],
    "Could you stop over in Vienna on your way back from the Geneva meeting? Someone I'd like you "
    "to meet. I'll change your flight.")
sus("client_meeting", "meeting", "overt", [CM, OP],
    "I've sent you the hotel confirmation on WeChat. The chairman arrives on the 3rd. Please don't "
    "bring colleagues.")

# ---------------------------------------------------------------- suspicious: secrecy
sus("handler_secrecy", "secrecy", "overt", [SE],
    "There's no need to tell your employer about our arrangement. It's just consulting.")
sus("handler_secrecy", "secrecy", "subtle", [SE],
    "Probably best your manager doesn't hear about this yet.")
sus("handler_secrecy", "secrecy", "overt", [SE, OP],
    "Please delete our chats after reading and don't mention my name to your security officer. "
    "They overreact to everything.")
sus("handler_secrecy", "secrecy", "subtle", [SE],
    "If anyone at work asks, we met at a conference.")
sus("handler_secrecy", "secrecy", "overt", [SE, PT],
    "Subject: Paperwork\n\nHi Nadia,\n\nFor the reports you won't need to declare anything to "
    "the hospital's outside-work register. Our arrangement is private and the payments are small. "
    "Let's keep it that way.\n\nAll the best,\nEmil Varga\nVarga Insight Partners\n+36 1 555 0142")
sus("handler_secrecy", "secrecy", "subtle", [SE],
    "You don't have to list this on your clearance renewal. It's not employment.")
sus("handler_secrecy", "secrecy", "overt", [SE],
    "this stays between us ok? not even your wife")
sus("handler_secrecy", "secrecy", "subtle", [SE, OP],
    "Use the other phone for this from now on.")
sus("handler_secrecy", "secrecy", "overt", [SE, VC],
    "My client values discretion above everything. If your department learns of this, the "
    "relationship ends, and frankly so might your career. Let's be sensible.")
sus("handler_secrecy", "secrecy", "subtle", [SE],
    "Report the Geneva trip as the conference only. Leave out the rest.")

# ---------------------------------------------------------------- suspicious: payment
sus("handler_payment", "payment", "overt", [UP],
    "Client pays in Bitcoin for tax reasons. Send your wallet address.")
sus("handler_payment", "payment", "overt", [UP, SE],
    "We'll pay your sister's account in Manila so nothing shows on your side.")
sus("handler_payment", "payment", "overt", [UP],
    "Would you prefer the money in your own name or someone else's?")
sus("handler_payment", "payment", "overt", [UP],
    "Subject: Your honorarium\n\nDear Ms. Tremblay,\n\nThank you for the analysis. The honorarium "
    "of CAD 1,800 will be provided as Amazon and Apple gift cards, as our accounts team cannot pay "
    "Canadian individuals directly. Codes will follow by text.\n\nBest wishes,\nGrace Lin\n"
    "Programme Officer, Lotus Bridge Exchange")
sus("handler_payment", "payment", "overt", [UP],
    "I'll bring the rest in an envelope when I'm in Ottawa.")
sus("handler_payment", "payment", "overt", [UP, OP],
    "Payment done via Alipay to the account you gave me. Next time let's use USDT, it's faster and "
    "no bank questions.")
sus("handler_payment", "payment", "overt", [UP, SE],
    "Your son's tuition next term is taken care of. A thank you.")
sus("handler_payment", "payment", "overt", [UP],
    "Can you open a new account at a different bank for these payments? Keep it separate from your "
    "salary account.")
sus("handler_payment", "payment", "overt", [UP],
    "Split it into smaller transfers, less hassle for you.")
sus("handler_payment", "payment", "overt", [UP, VC],
    "Subject: Re: memo\n\nHi Dev, client loved the memo. They'll wire the fee through a trading "
    "company in Dubai, so the reference will say 'consulting services'. Just ignore the name, "
    "it's normal.\n\nRegards,\nSunil\n\n> Attached is the final version. Let me know if they want "
    "changes.")

# ---------------------------------------------------------------- suspicious: coercion
sus("diaspora_coercion", "coercion", "overt", [CO],
    "Your mother is well for now. She would be happier if you came home for the national holiday "
    "and spoke with us. Think about it carefully.")
sus("diaspora_coercion", "coercion", "subtle", [CO],
    "Your father's pension review is next month. Visit before then.")
sus("diaspora_coercion", "coercion", "overt", [CO, SI],
    "We know you attend the community association meetings in Vancouver. Send us the member list "
    "and who spoke at the last event, or your brother's business licence will have problems.")
sus("diaspora_coercion", "coercion", "overt", [CO, OP],
    "[09:12] Officer Wang: add me on WeChat, it's about your parents\n"
    "[09:13] Officer Wang: if you cooperate nothing will happen to them")
sus("diaspora_coercion", "coercion", "subtle", [CO],
    "Your cousin says the family misses you. He had a visit from some people last week who asked "
    "when you're coming back. You should call them.")
sus("diaspora_coercion", "coercion", "overt", [CO],
    "Subject: Regarding your status\n\nMr. Rahimi,\n\nYour continued activities abroad have been "
    "noted. Your relatives have been informed. Returning voluntarily is the only way to resolve "
    "this. We will contact you at this address again.\n\n(no signature)")
sus("diaspora_coercion", "coercion", "subtle", [CO, SI],
    "It would help your aunt a lot if you told us who organised the vigil outside the consulate.")
sus("diaspora_coercion", "coercion", "overt", [CO],
    "Stop posting about the camps. Your parents' house isn't as safe as you think.")

# ---------------------------------------------------------------- suspicious: job_scam
sus("job_scam", "job_scam", "overt", [JS, UP],
    "Congratulations! You're hired as a remote procurement assistant. To receive your laptop, "
    "please pay a $250 refundable equipment deposit by e-transfer today.")
sus("job_scam", "job_scam", "overt", [JS, OP],
    "Hi! We're hiring part-time app reviewers, $80-200/day. Contact our HR on Telegram "
    "@hr_julia_work "
    "to start.")
sus("job_scam", "job_scam", "overt", [JS],
    "Your trial tasks went well! To unlock the next level of orders you'll need to top up your "
    "account balance first.")
sus("job_scam", "job_scam", "overt", [JS, UP],
    "Subject: Offer of Employment - Logistics Coordinator\n\nDear Applicant,\n\nFollowing your "
    "online interview, we are pleased to offer you the position. Before onboarding you must "
    "purchase the training software ($395) from our approved vendor using a Visa gift card. Send "
    "photos of the card codes to hr.onboarding@portline-careers.example.org.\n\nHuman Resources\n"
    "Portline Global Freight")
sus("job_scam", "job_scam", "overt", [JS],
    "We'll mail you a cheque for the home-office equipment. Deposit it and send the leftover "
    "back to our supplier.")
sus("job_scam", "job_scam", "overt", [JS, CT],
    "Government contractor hiring cleared analysts, no interview needed! Pay the $150 clearance "
    "verification fee and start Monday.")
sus("job_scam", "job_scam", "subtle", [JS],
    "Interview is done over text, you don't need a call. Can you send a photo of your passport and "
    "your SIN so payroll can set you up?")

# ---------------------------------------------------------------- benign: genuine recruiters
ben("genuine_headhunter",
    "Hi Priya, I'm Sam Whitfield, a recruiter at Northgate Talent. We're hiring a Senior QA "
    "Manager "
    "for Calder Vaccines in Mississauga (full-time, on-site, $135-150k). Happy to send the job "
    "description by email or set up a 15-minute call. sam.whitfield@northgate-talent.example.com")
ben("genuine_headhunter",
    "Subject: Head of Rail Systems Safety - Westmoor Transit\n\nDear Olumide,\n\nI'm retained by "
    "Westmoor Transit Authority to find their next Head of Rail Systems Safety, based in Leeds. "
    "The role reports to the Chief Engineer and the advert will go live on their careers page next "
    "week. If you'd like to talk it through, my direct line is 0113 496 0147 or I can email you "
    "the candidate pack.\n\nBest wishes,\nHarriet Cole\nPartner, Cole & Penrose Executive Search")
ben("genuine_headhunter",
    "Hey, recruiter at Pinewood Space here. Opening for a GNC engineer on our lunar lander team. "
    "Mind if I send details to your email?")
ben("genuine_headhunter",
    "Thanks for your reply! I'll move this to email so I can attach the full spec and salary band. "
    "Is jlee@ your best address? The interview would be with Aurelia Defence Systems' hiring "
    "manager in Ottawa.")
ben("genuine_headhunter",
    "Hi Anya, I work in-house talent acquisition at Brightwater Semiconductor. We're "
    "confidentially "
    "replacing a director of process integration (the incumbent is retiring, not announced yet). "
    "It's our Austin fab. Could we talk by phone Thursday?")
ben("genuine_headhunter",
    "Great chatting today. As promised, here's my WhatsApp for quick scheduling: +1 613 555 0181. "
    "Formal offer will come from Harbourline Logistics HR by email.")
ben("genuine_headhunter",
    "Recruiter from Kestrel Drones (defence start-up, Bristol). Are you open to roles? Happy "
    "to call.")

# ---------------------------------------------------------------- benign: expert networks
ben("expert_network",
    "Subject: Paid phone consultation - European rail freight\n\nHi Marta,\n\nI'm with Atlas "
    "Expert Partners. A client of ours, an investment firm, would like a one-hour call on trends "
    "in European rail freight. The rate is $400/hour. Please note: we will not ask for, and you "
    "must not share, any confidential information of your current or former employers. You'll "
    "complete our compliance training before the call.\n\nBest,\nLiam Patel\nAtlas Expert Partners")
ben("expert_network",
    "Hi Dr. Sato, I'm reaching out from Quorum Insights, an expert network. A client wants a 45 "
    "minute call on the public landscape of mRNA manufacturing. We pay $350. If your employer "
    "restricts outside consulting, please decline - that's completely fine.")
ben("expert_network",
    "Reminder: your Quorum Insights call with the client is tomorrow at 3pm ET. Remember our "
    "rules: "
    "no confidential or non-public information.")
ben("expert_network",
    "Hi Kwame, thanks for the call. Payment of $300 will go to your bank account via our payments "
    "partner in 5-7 business days. The client was a fund, they didn't want to be named, which is "
    "standard - our compliance team has the record.")
ben("expert_network",
    "Subject: Consultation request (semiconductor packaging)\n\nDear Mr. Fernandes,\n\nBridgeline "
    "Advisors would like to schedule a paid 60-minute consultation about advanced packaging "
    "supply chains. Our client is a mutual fund. Before accepting, please confirm in our portal "
    "that you're not bound by any agreement that prevents you from speaking with us, and that you "
    "will not disclose material non-public information.\n\nKind regards,\nSophie Tran\n"
    "Bridgeline Advisors, Toronto")

# ---------------------------------------------------------------- benign: universities and think tanks
ben("university_invite",
    "Dear Dr. Ashworth,\n\nOn behalf of the Department of War Studies, I'd like to invite you to "
    "give our spring guest lecture on maritime security. We offer an honorarium of £500 plus "
    "rail fare. The talk is public and will be recorded.\n\nWith thanks,\nProf. Ruth Abiodun")
ben("university_invite",
    "Hi! Our grad seminar on vaccine policy would love a 30-min talk from you over Zoom. Small "
    "honorarium ($200) from the department. Let me know?")
ben("university_invite",
    "Subject: External examiner - PhD thesis\n\nDear Professor Moreau,\n\nWould you be willing "
    "to serve as external examiner for a doctoral thesis on power grid resilience? The standard "
    "fee is CAD 750 and we cover travel to Montreal for the defence. The thesis is confidential "
    "until the defence.\n\nSincerely,\nGraduate Studies Office")
ben("think_tank_commission",
    "Dear Ms Lindqvist,\n\nThe Northshore Institute is commissioning a short paper (4,000 words) "
    "on municipal telecoms procurement for our public series. Fee CAD 2,000. Authors are named "
    "and the paper is peer reviewed and published open access. Our funders are listed on our "
    "website.\n\nBest regards,\nDr. Ken Moffat\nDirector of Research")
ben("think_tank_commission",
    "We'd pay £1,200 for a review of our draft report on Arctic shipping routes. It's going to "
    "be published in March. Happy to credit you in the acknowledgements.")
ben("think_tank_commission",
    "Hi Jun, the Pacific Tech Forum is hosting a roundtable on chip export controls (Chatham House "
    "rule, in DC). We cover travel. Only public information please - we say that to everyone.")
ben("university_invite",
    "Paid peer review request from the Journal of Port Logistics: $150 honorarium, 3-week "
    "turnaround.")
ben("think_tank_commission",
    "Subject: Report commission\n\nHello Mr. Ortiz,\n\nThe Centre for Energy Transitions would "
    "like "
    "to commission you to write a chapter on grid interconnectors for our annual report. The fee "
    "is USD 3,000, paid by bank transfer against invoice. The chapter will carry your name and "
    "must rely only on public sources; please don't use anything covered by your employer's "
    "confidentiality rules.\n\nBest,\nAnneke de Vries\nEditor")
ben("visiting_scholar",
    "Dear Dr. Wei,\n\nWe're pleased to offer you a visiting scholar position at the Institute of "
    "Aerospace Studies (Sept-Dec). The stipend is CAD 12,000 and we reimburse your return flight "
    "from Beijing. Please forward your visa documents to the international office.\n\nRegards,\n"
    "Faculty of Applied Science")
ben("visiting_scholar",
    "hi! the visiting fellowship in Edinburgh got approved!! flights and housing paid, 3 months")
ben("visiting_scholar",
    "Your visiting researcher access badge is ready. Note that labs in building C require an "
    "export-"
    "control briefing before entry - please book one with the research security office.")

# ---------------------------------------------------------------- benign: cleared job ads
ben("cleared_job_ad",
    "Job: Systems Engineer, Satellite Ground Segment (Colorado Springs). Active TS/SCI required. "
    "Apply at careers.orbitalforge.example.com/req/4471.")
ben("cleared_job_ad",
    "Subject: Now hiring - Security Cleared Network Engineer\n\nRiverside Communications Ltd is "
    "hiring a network engineer to support MOD sites in Wiltshire. Candidates must hold or be "
    "eligible for SC clearance. Salary £52-60k. Apply through our website; we never ask for fees "
    "or for payment of any kind.\n\nRiverside Communications Recruitment Team")
ben("cleared_job_ad",
    "Reliability status required for this City of Ottawa IT contract role. Apply via MERX.")
ben("cleared_job_ad",
    "We're hiring! Export Compliance Officer, Halden Aerospace. ITAR knowledge required, must be a "
    "US person. Hybrid, Wichita KS. Link in bio.")
ben("cleared_job_ad",
    "Posting: Port Security Analyst (Port of Saint John). Transportation security clearance "
    "required. Closing date 15 January.")

# ---------------------------------------------------------------- benign: security awareness
ben("security_awareness",
    "Subject: Think before you link - reminder\n\nColleagues,\n\nWe've seen an increase in fake "
    "recruiter approaches on LinkedIn. Warning signs: flattering offers out of the blue, requests "
    "to move to WeChat, WhatsApp or personal email, paid 'reports' for an unnamed client, and "
    "invitations abroad with everything paid. Report anything like this to security@ before "
    "replying.\n\nInformation Security Office")
ben("security_awareness",
    "PSA from the security team: if someone offers to pay you in crypto or gift cards for a "
    "'white paper', please forward it to us.")
ben("security_awareness",
    "Reminder: declare all foreign travel to your security officer before departure, even personal "
    "holidays.")
ben("security_awareness",
    "Hi all, for those who missed the briefing: CSIS says the typical pitch starts small - a paid "
    "article on public topics - and drifts to internal info later. The ask to keep it from your "
    "employer is the biggest red flag. Slides are on the intranet.")
ben("security_awareness",
    "[10:31] Jess: lol just got the classic 'consultant' InMail, client unnamed, $$$ for a report, "
    "move to Telegram pls\n"
    "[10:32] Jess: forwarding to security like the training said")
ben("security_awareness",
    "Subject: Research security training - mandatory for grant holders\n\nDear researchers,\n\n"
    "All holders of federal research grants in sensitive areas must complete the research "
    "security module by 31 March. It covers foreign talent programmes, undisclosed affiliations, "
    "requests for unpublished data and offers of paid travel. Questions: "
    "researchsecurity@university.example.ca\n\nOffice of the Vice-President, Research")
ben("security_awareness",
    "Someone messaged me asking who's on the review panel, I didn't answer and reported it. Is "
    "that "
    "the right channel?")

# ---------------------------------------------------------------- benign: family chats
ben("family_chat",
    "妈 wants to know if you're coming home for Spring Festival. add your cousin on WeChat, he "
    "changed his number")
ben("family_chat",
    "[19:20] Dad: Did you get the money I sent for your textbooks?\n"
    "[19:22] Me: yes thanks!! it came through this morning")
ben("family_chat",
    "Auntie's in hospital in Lahore, nothing serious. Call her on WhatsApp.")
ben("family_chat",
    "Don't tell Mum about the trip to Lisbon yet, we're booking it as her birthday surprise!")
ben("family_chat",
    "Can you send me your bank details? Grandpa wants to give all the grandkids something for "
    "graduation.")
ben("family_chat",
    "Hey sis, uncle Farid is visiting Toronto next month. He asked if you could show him around "
    "the hospital where you work, I said I'd ask. No pressure.")
ben("family_chat",
    "ok bought the tickets, you pay me back later")

# ---------------------------------------------------------------- benign: coworkers moving channel
ben("coworker_channel",
    "Let's move this to Teams, easier to share the spreadsheet.")
ben("coworker_channel",
    "Can you ping me on Slack instead? I don't check personal email at work.")
ben("coworker_channel",
    "Hi Wen, I've added you to the WeCom group for the Shenzhen supplier audit. The factory "
    "contacts are all on there.")
ben("coworker_channel",
    "Subject: Re: draft budget\n\nThanks Ali. The draft is internal until council approves it on "
    "the 12th, so please keep it on the shared drive and don't forward it outside the "
    "department.\n\n> Can you send me the latest numbers?\n\nMelanie\nFinance, City of Kelowna")
ben("coworker_channel",
    "Could you send me the working group minutes? I missed the meeting.")

# ---------------------------------------------------------------- benign: travel reimbursement
ben("travel_reimbursement",
    "Your expense claim for the Singapore trade fair (flights, hotel, per diem) has been approved. "
    "Reimbursement will appear with your next pay.")
ben("travel_reimbursement",
    "Subject: Travel booking for Geneva ITU meeting\n\nHi Rahul,\n\nYour flights to Geneva are "
    "booked through our travel desk. The standards body covers your hotel directly. Please file "
    "your foreign travel declaration with the security office before you go, and take the loaner "
    "laptop, not your own.\n\nThanks,\nCarla\nOperations")
ben("travel_reimbursement",
    "Hey, keep your receipts from Tokyo, finance needs originals for anything over $75.")
ben("travel_reimbursement",
    "Approved: per diem for the Hamburg port visit, EUR 62/day.")

# ---------------------------------------------------------------- benign: alumni and community
ben("alumni_group",
    "Hi everyone! Class of 2009 reunion is on 14 June at the Rideau Club. Tickets $60, e-transfer "
    "to the organiser email. Bring old photos!")
ben("alumni_group",
    "RMC alumni: our retired officers' mess dinner is confirmed. Partners welcome.")
ben("alumni_group",
    "Hi Sofia, lovely to see you at the reunion! Are you still at the space agency? My daughter is "
    "thinking of applying for the summer internship there. Could she drop you an email with a "
    "couple of questions about the application?")
ben("alumni_group",
    "Subject: Alumni mentoring programme\n\nDear alumna,\n\nWould you mentor a current engineering "
    "student this year? It's about one call a month. Mentors are matched by sector (energy, "
    "telecoms, aerospace). No confidential work matters are discussed - the focus is career "
    "advice.\n\nAlumni Relations, University of Waterloo")
ben("community_association",
    "Reminder: Lunar New Year potluck at the community centre Saturday 5pm. Volunteers needed for "
    "the children's table.")
ben("community_association",
    "Hi Mr. Rahimi, we're organising a public vigil outside city hall on Sunday and would love you "
    "to say a few words. Media may attend.")

# ---------------------------------------------------------------- benign: parents' groups
ben("parents_group",
    "Class parents: we're collecting $10 each for Ms Barker's leaving gift. Please don't tell the "
    "kids, they'll spill it!")
ben("parents_group",
    "[08:05] Lisa (Year 4): anyone know if school's closed tomorrow for the snow?\n"
    "[08:07] Omar: email from the office says open")
ben("parents_group",
    "Could someone add my husband to the WhatsApp group? His number is 07700 900183.")
ben("parents_group",
    "School trip to Paris: deposit of £150 due by Friday via the school payment portal.")

# ---------------------------------------------------------------- benign: journalists and NGOs
ben("journalist_interview",
    "Subject: Interview request - The Harbour Gazette\n\nDear Councillor Adeyemi,\n\nI'm a "
    "reporter with the Harbour Gazette writing about the city's new surveillance camera policy. "
    "Would you be available for an on-the-record interview this week? I'm happy to send "
    "questions in advance.\n\nBest,\nNoor Haddad\nCity Hall reporter\n(902) 555-0164")
ben("journalist_interview",
    "Hi, I'm a freelance journalist covering chip export rules. Would you speak to me on the "
    "record, or on background if your employer prefers? I'll check quotes with you.")
ben("journalist_interview",
    "I report for a tech newsletter. Can I DM you on Signal? I'm writing about foreign recruiters "
    "approaching engineers and want to hear your experience.")
ben("journalist_interview",
    "Quick one: can I quote you by name on the council vote?")
ben("ngo_research",
    "Dear Ms. Karimova,\n\nI'm a researcher at Open Rights Watch documenting transnational "
    "repression against diaspora communities in Canada. Would you be willing to share your "
    "experience in an interview? You can remain anonymous, and we can talk on Signal if that "
    "feels safer.\n\nWith respect,\nDaniel Osei")
ben("ngo_research",
    "Our survey of interpreters working with refugees takes 10 minutes. $20 gift card as thanks.")

# ---------------------------------------------------------------- benign: conferences and trade fairs
ben("conference_invite",
    "Subject: Speaker invitation - SpaceOps Summit 2027\n\nDear Dr. Okafor,\n\nThe programme "
    "committee would like to invite you to speak on ground-station networks at SpaceOps Summit "
    "in Montreal. We cover economy travel and two hotel nights for invited speakers. Talks are "
    "public and slides are posted online.\n\nKind regards,\nSpaceOps Programme Committee")
ben("conference_invite",
    "Hi Greg! Would love to have you on our grid resilience panel in Kuala Lumpur. Travel grant "
    "covers flights + hotel. Public session, recorded.")
ben("trade_fair",
    "Thanks for stopping by our stand at DSEI. As promised, here's the brochure for our ruggedised "
    "radios. Happy to set up a demo.")
ben("trade_fair",
    "Hannover fair booth needs one more engineer. Company pays flights and hotel, you in?")
ben("conference_invite",
    "Reminder: speakers' dinner tonight 7pm at the hotel restaurant.")

# ---------------------------------------------------------------- benign: HR, bank and payroll
ben("hr_onboarding",
    "Welcome to Aurelia Defence Systems! Please complete your security clearance forms in the HR "
    "portal before your start date. Your badge will be ready on day one.")
ben("hr_onboarding",
    "Subject: Your first week\n\nHi Tomasz,\n\nWelcome aboard! On Monday you'll do the NDA, the "
    "conflict-of-interest declaration (list any outside consulting) and the insider-threat "
    "awareness module. Your laptop will be on your desk - we never ask new staff to buy "
    "equipment.\n\nSee you soon,\nGemma\nPeople Team, Halcyon Rail")
ben("hr_onboarding",
    "Please bring your passport and proof of address on day one for the right-to-work check.")
ben("hr_onboarding",
    "Onboarding reminder: set up direct deposit in Workday by Friday to get paid on the 28th.")
ben("hr_onboarding",
    "Hi! I'm your onboarding buddy. Message me on Teams if you get lost finding the cafeteria.")
ben("bank_notice",
    "Your account ending 4471: a transfer of CAD 1,800 was received from University of Ottawa.")
ben("bank_notice",
    "Northland Bank will never ask you to buy gift cards or move money to a 'safe account'. If "
    "someone does, hang up and call us.")
ben("bank_notice",
    "Subject: Confirm foreign payment\n\nWe've received an incoming international wire to your "
    "account. For your protection, please confirm the sender and purpose in online banking "
    "before funds are released. We'll never ask for your password.\n\nHarbour Credit Union")
ben("bank_notice",
    "Your new debit card has shipped.")
ben("payroll_notice",
    "Your pay stub for the period ending 15 Nov is available in the portal.")
ben("payroll_notice",
    "Payroll: the honorarium for your guest lecture ($500) will be added to your December pay, "
    "taxed at source.")
ben("payroll_notice",
    "Subject: Change to pay date\n\nDue to the holiday, salaries will be paid on 23 December "
    "instead of the 25th. No action needed.\n\nPayroll Services, Municipality of Halton")

# ---------------------------------------------------------------- benign: surprise parties and secrets
ben("surprise_party",
    "Shh, don't tell Dr. Ng! Surprise retirement party for her Friday in the lab lounge.")
ben("surprise_party",
    "We're chipping in for a gift for Pete's 50th. Keep it quiet, he thinks we forgot. E-transfer "
    "me $20 if you're in.")
ben("surprise_party",
    "Delete this thread after reading lol, Marta reads over my shoulder. Party's at 8 on Saturday.")

# ---------------------------------------------------------------- benign: procurement, standards, export control
ben("procurement_notice",
    "Subject: Notice of RFP - Container Terminal Crane Automation\n\nThe Port Authority invites "
    "proposals for crane automation services. Questions must be submitted through the procurement "
    "portal only; contacting evaluation committee members directly will disqualify a bidder.\n\n"
    "Procurement Services")
ben("procurement_notice",
    "Hi, I'm a supplier rep for Deltacore Cables. Is there a public contact for the signalling "
    "upgrade tender? I couldn't find it on the portal.")
ben("standards_body",
    "Subject: 6G radio working group - next meeting\n\nDear members,\n\nThe next meeting is in "
    "Sophia Antipolis on 4-5 March. Contributions must be uploaded to the document server a week "
    "before. Meeting documents are for members only and not for public distribution.\n\n"
    "Working Group Secretariat")
ben("standards_body",
    "Still on the 6G working group? We're joining, how does membership work?")
ben("export_control",
    "Hi team, before anyone sends the new radar datasheet to the distributor in Singapore, run it "
    "past me - it may need a licence. Thanks, Priya (Export Control)")

# ---------------------------------------------------------------- benign: interpreters, translators, misc
ben("interpreter_booking",
    "Hi Lena, are you free to interpret for the defence committee hearing on 12 March? Standard "
    "parliamentary rate. Booking goes through the Translation Bureau.")
ben("interpreter_booking",
    "Glossary for Tuesday's public session attached. Closed-session papers will be given to you on "
    "site and collected afterwards.")
ben("start_up_investor",
    "Hi Marcus, we're a seed fund focused on defence tech. We'd love to hear about your company. "
    "We don't need anything under NDA for a first call - just your public deck.")
ben("retired_officer",
    "Colonel, would you lay the wreath for the Legion branch on Remembrance Day?")
ben("plain_message", "Running 10 min late, start without me.", lookalike=False)
ben("plain_message", "Can you pick up milk on the way home?", lookalike=False)
ben("plain_message", "Great game last night! Same time next week?", lookalike=False)
ben("plain_message", "The plumber is coming Tuesday between 9 and 12.", lookalike=False)


def main() -> None:
    rows = list(ROWS)
    random.Random(SEED).shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for n, row in enumerate(rows, start=1):
            fh.write(json.dumps({"id": f"enb6-{n:03d}", **row}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
