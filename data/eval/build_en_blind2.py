"""Build ``en_blind2.jsonl``: a blind, hand-written English evaluation set.

Every text below was written out by hand. The script only numbers the rows after a
fixed-seed shuffle, so running it again gives the same bytes.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

Row = dict[str, object]
ROWS: list[Row] = []


def _add(text: str, label: int, kind: str, lookalike: bool, **labels: object) -> None:
    """Record one message; ``labels`` holds categories, stage and subtlety."""
    ROWS.append({"text": text, "label": label, "kind": kind, "lookalike": lookalike, **labels})


def sus(kind: str, stage: str, subtlety: str, categories: list[str], text: str) -> None:
    """Record one suspicious message (never a look-alike)."""
    _add(text, 1, kind, False, categories=categories, stage=stage, subtlety=subtlety)


def ben(kind: str, lookalike: bool, text: str) -> None:
    """Record one benign message: no categories, no stage, no subtlety."""
    _add(text, 0, kind, lookalike, categories=[], stage="none", subtlety="none")


# --- suspicious: contact -------------------------------------------------------------------

sus(
    "fake_headhunter",
    "contact",
    "overt",
    ["credential_targeting", "vague_client"],
    "Hi Marcus, I came across your profile and your TS/SCI with poly really stands out. I represent a "
    "discreet international client who is building an advisory bench of people with your background. "
    "The role is flexible, remote, and very well compensated. Would you be open to a quick chat?",
)
sus(
    "fake_headhunter",
    "contact",
    "subtle",
    ["credential_targeting"],
    "Dear Ms. Okafor,\n\nI lead a small search practice focused on people who have served in "
    "cabinet-level policy offices. Your years at the Privy Council Office are exactly the profile my "
    "principals value. Could you tell me a little about which files you handled in your last two years "
    "there, so I can see where you'd fit?\n\nKind regards,\nHelena Brandt\nBrandt & Vey Search",
)
sus(
    "fake_academic",
    "contact",
    "overt",
    ["credential_targeting", "paid_task"],
    "Subject: Visiting scholar opportunity (fully funded)\n\nDear Dr. Lindqvist,\n\nOur institute "
    "would like to host you as a visiting scholar for three months. We cover flights, housing and a "
    "monthly stipend of USD 9,000. The only requirement is a series of internal briefings on the "
    "hypersonics test programme you supported at your previous lab.\n\nProf. Wen Jiaqi\nEastbridge "
    "Institute for Strategic Technology",
)
sus(
    "fake_investor",
    "contact",
    "subtle",
    ["credential_targeting", "sensitive_info"],
    "Hey Priya - loved your talk at the photonics meetup. We're a seed fund looking at silicon "
    "photonics. Before we put a term sheet in front of anyone, it would really help to understand what "
    "yields your current fab line is getting on the 300mm run and which customers are qualifying it. "
    "Coffee this week?",
)
sus(
    "fake_recruiter",
    "contact",
    "overt",
    ["credential_targeting", "off_platform"],
    "Hello Daniel, we have an opening for a senior RF engineer with active clearance. Salary is 40% "
    "above market. I don't use LinkedIn much, please add me on WhatsApp +44 7700 900118 so we can "
    "discuss details.",
)
sus(
    "fake_think_tank",
    "contact",
    "overt",
    ["credential_targeting", "paid_task"],
    "Dear Councillor Ferreira,\n\nThe Harbourline Policy Forum is compiling perspectives from municipal "
    "leaders on port infrastructure. Given your seat on the city's emergency-planning committee, your "
    "view of how the port authority would respond to a cyber incident would be invaluable. We offer an "
    "honorarium for each perspective.\n\nBest,\nNadia Kovac, Research Fellow",
)
sus(
    "fake_consultant",
    "contact",
    "overt",
    ["credential_targeting", "vague_client", "paid_task"],
    "InMail: Hi Sam, I'm a consultant working with an Asia-based client in the energy space. They need "
    "insight into grid-protection practices at Canadian utilities and you seem ideally placed. It's "
    "short paid pieces of work, $1,500 per piece. Interested?",
)
sus(
    "fake_recruiter",
    "contact",
    "subtle",
    ["credential_targeting"],
    "Good afternoon Major Hollis, congratulations on your upcoming retirement from the Army. Many "
    "officers leaving the service find a second career advising overseas partners. Which programmes "
    "were you read into in the last five years? That helps me match you properly.",
)
sus(
    "fake_conference",
    "contact",
    "overt",
    ["credential_targeting", "client_meeting"],
    "Subject: Invitation - Keynote, Global Semiconductor Security Summit, Macau\n\nDear Mr. Tran,\n\n"
    "You are invited to deliver a keynote on export-controlled lithography. Business-class travel, "
    "five-star hotel and a USD 12,000 speaker fee are covered. Before the event our sponsors would like "
    "a private dinner to discuss your work in more depth.\n\nOrganising Committee",
)
sus(
    "fake_headhunter",
    "contact",
    "subtle",
    ["credential_targeting"],
    "hi Jess!! saw you moved from the Senate Armed Services staff to a lobbying shop - exciting! i place "
    "people like you with foreign trade bodies. quick q, do you still have your old hill badge and "
    "contacts on the committee? that's the bit my people care about most",
)
sus(
    "fake_ngo",
    "contact",
    "subtle",
    ["credential_targeting", "sensitive_info"],
    "Dear Mr. Abdi, I am a researcher with a human-rights NGO preparing a report on diaspora community "
    "organisations in Toronto. Could you share the member list of your association and the names of "
    "the people who organised last month's protest? It would help us protect them.",
)
sus(
    "fake_recruiter",
    "contact",
    "overt",
    ["credential_targeting", "vague_client", "secrecy"],
    "Hello Karen, I'm recruiting on behalf of an unnamed client (they prefer discretion) for a senior "
    "telecom-core role. People with your 5G lawful-intercept experience are rare. Please keep this "
    "approach to yourself for now, my client is very private.",
)
sus(
    "fake_investor",
    "contact",
    "overt",
    ["vague_client", "paid_task", "credential_targeting"],
    "Subject: Strategic partnership\n\nDr Osei,\n\nI represent a family office whose principal wants to "
    "invest in your drone-autonomy start-up. Before any term sheet, the principal would like a "
    "detailed paper on your work with the MOD's autonomy trials. We pay GBP 5,000 for the paper "
    "regardless of outcome.\n\nRegards,\nV. Lorne, Partner",
)
sus(
    "fake_journalist",
    "contact",
    "subtle",
    ["credential_targeting", "sensitive_info"],
    "Hi Tom, I write for a trade newsletter covering defence procurement. I'm not quoting anyone, just "
    "building background. Which bidders are still in the running for the frigate sustainment contract, "
    "and what's the evaluation panel worried about?",
)
sus(
    "fake_headhunter",
    "contact",
    "overt",
    ["credential_targeting", "off_platform"],
    "Dear Eleanor, I specialise in placing former government analysts with consulting clients abroad. "
    "Your DSTL background is excellent. LinkedIn messages are monitored, so let's move to Telegram "
    "(@eastgate_talent_example) where I can share the full brief.",
)

# --- suspicious: pivot ---------------------------------------------------------------------

sus(
    "fake_recruiter",
    "pivot",
    "overt",
    ["off_platform"],
    "Thanks for your reply Ahmed! For the next step please add me on WeChat, my ID is hr_lin_example. "
    "Our team in Shenzhen does all interviews there.",
)
sus(
    "fake_consultant",
    "pivot",
    "overt",
    ["off_platform", "secrecy"],
    "[09:14] Rachel Ng: great to connect\n[09:15] Rachel Ng: can we continue on Signal? "
    "linkedin is not private enough for what my client wants to discuss\n[09:15] Rachel Ng: "
    "+1 202 555 0147",
)
sus(
    "fake_headhunter",
    "pivot",
    "subtle",
    ["off_platform"],
    "Good to hear back, Mike. Rather than your work address, could you send your CV from your home "
    "account? Easier for both of us if none of this goes through the lab's mail server.",
)
sus(
    "fake_think_tank",
    "pivot",
    "overt",
    ["off_platform", "paid_task"],
    "Dear Anika, thank you for agreeing to contribute to our series. Payment details and the brief are "
    "easier to share via W e C h a t - search for 'orient_policy_example'. Looking forward.",
)
sus(
    "fake_recruiter",
    "pivot",
    "subtle",
    ["off_platform"],
    "Hi Colin, this platform keeps cutting off my messages. What's a good mobile number for you, "
    "ideally a personal one rather than the one the department gives you? I'll text you the details.",
)
sus(
    "fake_consultant",
    "pivot",
    "overt",
    ["off_platform", "vague_client"],
    "Subject: Re: Grid modernisation advisory\n\nHi Laura,\n\nMy client prefers not to use corporate "
    "e-mail. Could you write to me at jf.advisory.example@163.com from a personal address? I'll send "
    "the scope of work from there.\n\nJ. Fang",
)
sus(
    "fake_headhunter",
    "pivot",
    "overt",
    ["off_platform"],
    "we should talk on whats app, my number is +852 5000 0100. the role details cant be put in writing "
    "here",
)
sus(
    "fake_academic",
    "pivot",
    "overt",
    ["off_platform"],
    "Dear Kenji, thank you for your paper draft. For future exchanges I'd suggest we use the "
    "personal address on my card rather than the university system - the IT department there reads "
    "everything and is very slow. Best, Lu",
)
sus(
    "fake_recruiter",
    "pivot",
    "overt",
    ["off_platform", "job_scam"],
    "Congrats, you passed the first screen! Please download Telegram and message our hiring manager "
    "@TalentDesk_Example to complete the interview by text. No video call is needed.",
)
sus(
    "fake_consultant",
    "pivot",
    "subtle",
    ["off_platform", "secrecy"],
    "Owen - let's not go back and forth here. I'll call you tonight around nine on your own phone. "
    "Best if you're not in the office when we speak.",
)
sus(
    "fake_think_tank",
    "pivot",
    "overt",
    ["off_platform"],
    "Hi Sarah, our research director would like to speak to you directly. She uses vx (wx id: "
    "dr_sun_example). Just mention my name when you add her.",
)
sus(
    "fake_headhunter",
    "pivot",
    "subtle",
    ["off_platform"],
    "Hi Greg, glad you're interested. The company you'd be talking to doesn't like LinkedIn or e-mail "
    "for first conversations. Is there an app you use with friends? I'll set up a group with the "
    "hiring lead there.",
)
sus(
    "fake_recruiter",
    "pivot",
    "overt",
    ["off_platform", "credential_targeting"],
    "Subject: next steps\n\nHi Fatima,\n\nAs you hold a current DV I can't share the role here. Please "
    "email me at recruiter.wang.example@qq.com and we will set up a call on WhatsApp.\n\nWang Hui\n"
    "Talent Partner",
)

# --- suspicious: paid task -----------------------------------------------------------------

sus(
    "fake_consultant",
    "paid_task",
    "overt",
    ["paid_task", "vague_client"],
    "Subject: Re: Re: Introduction\n\nHi Ben,\n\nThanks for getting back to me so quickly, and "
    "sorry for the delay on my side - I was travelling.\n\nAs promised, here is what my client "
    "has in mind: a 10-page report on the Canadian government's thinking about "
    "critical-minerals export controls, with your own assessment of where the policy is "
    "heading over the next 18 months. They will pay USD 3,000 on delivery. Public sources "
    "are fine to start with; the client is more interested in your judgement than in "
    "references.\n\nIf this goes well there would be a regular series, roughly one piece a "
    "quarter.\n\nBest regards,\nEvelyn Shaw\nSenior Consultant\n\n> On Mon, Ben Adler wrote:\n> Hi "
    "Evelyn, happy to hear more. What sort of work did you have in mind?\n>\n> Ben",
)
sus(
    "fake_think_tank",
    "paid_task",
    "subtle",
    ["paid_task", "sensitive_info"],
    "Dear Isabel,\n\nThank you for the first paper, it was well received. For the second one, could "
    "you go beyond what's been published - how the ministry's working group is actually leaning on "
    "5G vendor restrictions, and who is pushing which way? Same arrangement as last time.\n\nWarm "
    "regards,\nEdmund",
)
sus(
    "fake_consultant",
    "paid_task",
    "overt",
    ["paid_task", "vague_client", "unusual_payment"],
    "We can pay GBP 2,000 per white paper on UK nuclear decommissioning strategy. The client is a "
    "foreign research body, no name needed. Payment in USDT or to any account you choose.",
)
sus(
    "fake_recruiter",
    "paid_task",
    "overt",
    ["paid_task"],
    "Before the final interview, the panel asks every candidate to write a short case study: describe "
    "in about five pages the architecture of the satellite ground-station network you maintained, "
    "including the security zoning. It's paid at our standard contractor rate.",
)
sus(
    "fake_think_tank",
    "paid_task",
    "overt",
    ["paid_task", "vague_client"],
    "Subject: Commission - Arctic shipping analysis\n\nDear Commander (ret.) Walsh,\n\nA partner "
    "organisation we cannot name at this stage wants a frank analysis of the Navy's Arctic patrol "
    "posture. The fee is CAD 4,500. Your byline will not appear anywhere.\n\nEastern Meridian "
    "Research Group",
)
sus(
    "fake_consultant",
    "paid_task",
    "subtle",
    ["paid_task", "sensitive_info"],
    "Hi Jo, quick one - could you put together a couple of pages on how your council decides which "
    "contractors get onto the water-treatment SCADA maintenance list, and who signs off? Happy to "
    "cover your time as before.",
)
sus(
    "fake_academic",
    "paid_task",
    "overt",
    ["paid_task", "vague_client"],
    "Dear Dr. Mensah, a sponsor of our lab would like regular briefing notes (2-3 pages, monthly) on "
    "trends in US AI chip export rules and how your agency interprets them. Honorarium USD 2,500 per "
    "note, paid through a consultancy in Singapore.",
)
sus(
    "fake_headhunter",
    "paid_task",
    "overt",
    ["paid_task", "sensitive_info"],
    "Thanks for the call earlier, Raj. As discussed, the next step is a written exercise: walk us "
    "through your current employer's roadmap for the next two wafer nodes, as you understand it. "
    "Candidates who do this well are paid for their time.",
)
sus(
    "fake_consultant",
    "paid_task",
    "overt",
    ["paid_task", "vague_client", "off_platform"],
    "[14:02] Kevin L: so my client loved your summary\n[14:02] Kevin L: they want a longer one on "
    "NATO air-defence procurement, 2k usd\n[14:03] Kevin L: send it to my gmail not linkedin pls",
)
sus(
    "fake_investor",
    "paid_task",
    "overt",
    ["paid_task", "sensitive_info"],
    "Hi Lena, as part of our diligence we'd value your read on the supplier: a short memo on how the "
    "Department of Energy lab you work with evaluates their components, including any test results "
    "you've seen. We compensate advisers generously.",
)
sus(
    "fake_think_tank",
    "paid_task",
    "overt",
    ["paid_task", "vague_client", "credential_targeting"],
    "Subject: Paid research - policy insight series\n\nDear Ms. Hart,\n\nOur client, an overseas "
    "foundation, funds papers by former officials. With your background at the Home Office, a paper on "
    "internal debates over the Online Safety regime would be ideal. GBP 3,500.\n\nBest regards,\n"
    "Alistair Moon\nGreyfield Insight",
)
sus(
    "fake_consultant",
    "paid_task",
    "overt",
    ["paid_task"],
    "Hi Dev - the last write-up on the utility's outage response was great. Next month could you "
    "do the same for the substation hardening plan, with the site list if you can get it? Same rate.",
)

# --- suspicious: elicitation ---------------------------------------------------------------

sus(
    "handler_followup",
    "elicitation",
    "overt",
    ["sensitive_info"],
    "Subject: Re: catching up\n\nPaul,\n\nNo need for anything classified, honestly. Just what's "
    "being said internally about the fighter replacement - who's for it, who's against it, "
    "and what the cost estimates look like before they're published. Whatever you remember "
    "is fine.\n\nCheers,\nDominic\n\n> On Tue, Paul wrote:\n> Not sure how much I can say, it's "
    "all pretty locked down at the moment.",
)
sus(
    "handler_followup",
    "elicitation",
    "subtle",
    ["sensitive_info"],
    "That was really helpful, Hannah. For the next piece, could you tell me which two options are on "
    "the minister's desk for the spectrum auction, and which way the briefing note recommends? The "
    "announcement is in a month so it's only a matter of timing.",
)
sus(
    "handler_followup",
    "elicitation",
    "overt",
    ["sensitive_info", "secrecy"],
    "Subject: Re: follow-up\n\nMatt,\n\nIf you could send over the internal test report on the new "
    "battery cells - even a photo of the summary page - that would close our question. Nobody will "
    "know it came from you.\n\nRegards,\nK.",
)
sus(
    "handler_followup",
    "elicitation",
    "subtle",
    ["sensitive_info"],
    "hey, how's the new building? curious - do they still badge you through two doors for the "
    "clean room, and is the tooling list from the Dutch supplier on the shared drive or only on paper?",
)
sus(
    "fake_consultant",
    "elicitation",
    "overt",
    ["sensitive_info", "vague_client"],
    "My client wants something nobody else has: the draft of the upcoming defence industrial strategy, "
    "or at least its main headings. You mentioned you sit on the review group.",
)
sus(
    "handler_followup",
    "elicitation",
    "subtle",
    ["sensitive_info"],
    "Hi Nicole, hope the recess is treating you well. Out of interest, when the committee met in camera "
    "last week on the foreign interference report, did the security agency witnesses name specific "
    "countries? Would love your impressions.",
)
sus(
    "fake_journalist",
    "elicitation",
    "overt",
    ["sensitive_info", "secrecy"],
    "I'm a journalist, you can trust me completely. Off the record and never attributed: what did the "
    "internal audit of your agency's contractor vetting find? I just need the gist and any names.",
)
sus(
    "handler_followup",
    "elicitation",
    "subtle",
    ["sensitive_info"],
    "Quick question while I think of it: the network upgrade at your carrier - which core vendor did "
    "they pick in the end, and where are the lawful-intercept boxes physically sitting? Just curious "
    "how they set it up.",
)
sus(
    "fake_academic",
    "elicitation",
    "overt",
    ["sensitive_info", "paid_task"],
    "Dear Wei, for our joint paper we'd need the raw performance data from your lab's unpublished "
    "radar absorber trials. Our foundation will cover a generous consulting fee for the data.",
)
sus(
    "handler_followup",
    "elicitation",
    "subtle",
    ["sensitive_info"],
    "Subject: Thursday\n\nGreat to see you at the reunion, Stephen. You mentioned the procurement "
    "shortlist for the border-surveillance drones. Do you happen to remember the unit prices the "
    "bidders quoted? I'm trying to get a sense of the market.\n\nAll the best,\nGraham",
)
sus(
    "handler_followup",
    "elicitation",
    "overt",
    ["sensitive_info"],
    "[16:12] Sam K: not classified i promise\n[16:12] Sam K: just the non-public stuff from "
    "the internal roadmap slides\n[16:13] Sam K: screenshots are fine, i'll tidy them up",
)
sus(
    "fake_think_tank",
    "elicitation",
    "subtle",
    ["sensitive_info"],
    "Dear Dr. Patel, thank you for your insights on AI safety evaluation. For our closed workshop, "
    "could you describe the evaluation results for the frontier model your institute tested before "
    "release, and which capabilities the government decided not to disclose?",
)
sus(
    "handler_followup",
    "elicitation",
    "subtle",
    ["sensitive_info", "credential_targeting"],
    "You're in the vetting office now, right? Just wondering how long a DV renewal takes these days, "
    "and whether anyone in the Cyber team has been flagged recently. Asking for a friend who is "
    "nervous.",
)
sus(
    "handler_followup",
    "elicitation",
    "overt",
    ["sensitive_info", "unusual_payment"],
    "[22:47] R: i can pay extra for anything marked internal or restricted on the hydrogen "
    "pipeline job\n[22:47] R: emails, minutes, site plans\n[22:48] R: cash is not a problem",
)
sus(
    "fake_consultant",
    "elicitation",
    "subtle",
    ["sensitive_info"],
    "Subject: Following up\n\nHi Aaron,\n\nGreat chat on Thursday. One gap in my picture: which "
    "of your utility's substations still run the old protection relays, and when is the next "
    "patch window? I'm modelling sector resilience and your view would round it off.\n\nThanks "
    "again,\nMartina Greve\nGreve Energy Analytics",
)
sus(
    "handler_followup",
    "elicitation",
    "subtle",
    ["sensitive_info"],
    "[21:40] Li: btw when the delegation comes next week, who from the ministry is going and what "
    "are they going to concede on the rare earths? no rush, whenever you hear",
)

# --- suspicious: meeting -------------------------------------------------------------------

sus(
    "fake_consultant",
    "meeting",
    "overt",
    ["client_meeting", "vague_client"],
    "Dear Rob, my client would like to meet you in person in Shanghai to discuss a long-term "
    "collaboration. Flights, hotel and a per diem are all covered. Can you travel in March?",
)
sus(
    "handler_followup",
    "meeting",
    "subtle",
    ["client_meeting"],
    "Hi Alison, my colleague who read your paper is passing through Istanbul next month and would love "
    "to buy you dinner. Could you fly out for the weekend? We'll sort the tickets - put down that "
    "you're visiting friends.",
)
sus(
    "fake_think_tank",
    "meeting",
    "overt",
    ["client_meeting", "paid_task", "secrecy"],
    "Subject: Invitation to a closed roundtable, Hong Kong\n\nDear Mr. Byrne,\n\nWe invite you to an "
    "off-the-record roundtable with senior figures from our sponsor. All costs covered plus an "
    "honorarium of USD 5,000. Please do not mention the invitation to colleagues; it is by private "
    "nomination only.\n\nThe Secretariat",
)
sus(
    "handler_followup",
    "meeting",
    "overt",
    ["client_meeting"],
    "Would it be easier if we met somewhere you're not known? There's a nice place by the airport. "
    "I'll reimburse the taxi. Bring your laptop if you can.",
)
sus(
    "fake_consultant",
    "meeting",
    "overt",
    ["client_meeting", "vague_client", "unusual_payment"],
    "Subject: Travel arrangements\n\nDear Graham,\n\nThe client is keen to meet you face to "
    "face. They will pay for the trip to Bangkok, and the consulting fee will be settled in "
    "cash on the day. It may be simpler to fly via a third country rather than "
    "directly.\n\nKind regards,\nSimon Lau\nPacific Bridge Consulting Ltd.\nThis e-mail and any "
    "attachments are intended only for the addressee.",
)
sus(
    "fake_academic",
    "meeting",
    "subtle",
    ["client_meeting", "credential_targeting"],
    "Dear Professor Keane, our university would be honoured to host you for a week. We'd also arrange "
    "a few informal meetings with officials from our defence science commission who are eager to "
    "learn about your work on the UK's quantum sensing programme. Everything is arranged on our side.",
)
sus(
    "handler_followup",
    "meeting",
    "overt",
    ["client_meeting", "off_platform"],
    "My manager would like a video call, not on Teams or Zoom, we use a private link. He wants to "
    "hear your views directly on the defence budget. I'll send the link on Telegram.",
)
sus(
    "fake_investor",
    "meeting",
    "subtle",
    ["client_meeting"],
    "Lisa, the partners loved your deck. They'd like you to come to Beijing for two days to meet "
    "their technical team. Flights booked in business. You don't need to bring anyone from your "
    "company - this is about you.",
)
sus(
    "fake_headhunter",
    "meeting",
    "overt",
    ["client_meeting", "vague_client"],
    "Subject: Final round - Singapore\n\nHi Trevor,\n\nThe client has asked to meet you in Singapore "
    "for the final round. They'll fly you out and handle all expenses. I can't share their name until "
    "you're there.\n\nBest,\nMichelle Tan",
)
sus(
    "handler_followup",
    "meeting",
    "subtle",
    ["client_meeting"],
    "Hope the kids are well! Next time you're at the trade fair in Hannover, there's someone I'd like "
    "you to meet over dinner - an old friend who follows the same subjects. I'll handle the hotel.",
)

# --- suspicious: secrecy -------------------------------------------------------------------

sus(
    "handler_followup",
    "secrecy",
    "overt",
    ["secrecy"],
    "Subject: Our arrangement\n\nDear Neil,\n\nJust a reminder: there is no need to tell your "
    "employer about our arrangement. It is a private consultancy, and in my experience large "
    "organisations do not always understand these things.\n\nWith best wishes,\nDr. Conrad "
    "Whitby\nWhitby Strategic Advisory\nSent from my iPhone",
)
sus(
    "handler_followup",
    "secrecy",
    "subtle",
    ["secrecy"],
    "When you fill in the annual declaration at work, there's no reason to list our little project. "
    "It's not really outside employment, is it? Just conversations between friends.",
)
sus(
    "fake_consultant",
    "secrecy",
    "overt",
    ["secrecy", "off_platform"],
    "Please delete our chat history after reading and only contact me on the encrypted app. This "
    "collaboration must remain strictly confidential, even from your family.",
)
sus(
    "handler_followup",
    "secrecy",
    "subtle",
    ["secrecy"],
    "Hi Marta, if anyone from your security office ever asks about me, just say we met at a "
    "conference and haven't spoken since. Simpler that way.",
)
sus(
    "fake_recruiter",
    "secrecy",
    "overt",
    ["secrecy", "credential_targeting"],
    "Subject: Re: opportunity\n\nDear James,\n\nPlease don't report this contact on your clearance "
    "paperwork. The role is a private matter and our client values discretion above everything.\n\n"
    "Regards,\nA. Coleman",
)
sus(
    "handler_followup",
    "secrecy",
    "subtle",
    ["secrecy"],
    "[18:22] Jun: use the other laptop next time\n[18:22] Jun: not the one from work\n[18:23] Jun: "
    "and maybe don't mention the trip to your team lead yet",
)
sus(
    "fake_think_tank",
    "secrecy",
    "overt",
    ["secrecy", "paid_task"],
    "Your papers will be published under a pseudonym, and payments are made outside your country so "
    "there is no record. Please keep our relationship between us.",
)
sus(
    "handler_followup",
    "secrecy",
    "subtle",
    ["secrecy"],
    "[07:58] Viktor: tell your wife it's a conference\n[07:58] Viktor: no point worrying "
    "her\n[07:59] Viktor: honestly the fewer people know, the better for you",
)

# --- suspicious: payment -------------------------------------------------------------------

sus(
    "handler_followup",
    "payment",
    "overt",
    ["unusual_payment"],
    "[23:05] Alex: for the fee i can send bitcoin or usdt\n[23:05] Alex: which wallet do you "
    "prefer?\n[23:06] Alex: faster than a bank and no questions from anyone",
)
sus(
    "handler_followup",
    "payment",
    "overt",
    ["unusual_payment"],
    "Payment for the last piece will go to your sister's account as we discussed. Please send me her "
    "details again, the first transfer bounced.",
)
sus(
    "fake_consultant",
    "payment",
    "overt",
    ["unusual_payment", "vague_client"],
    "Subject: Your honorarium\n\nDear Ms. Dubois,\n\nOur client pays contributors in Amazon and Apple "
    "gift cards to keep things simple. I'll send codes worth USD 1,800 tonight.\n\nBest,\nR. Ho",
)
sus(
    "handler_followup",
    "payment",
    "subtle",
    ["unusual_payment"],
    "I'll bring the envelope to the usual coffee shop on Saturday. Same as before, plus a "
    "little extra for the travel.",
)
sus(
    "handler_followup",
    "payment",
    "overt",
    ["unusual_payment", "off_platform"],
    "Add me on Alipay so I can send the money for the report. If you don't have it, I can pay your "
    "cousin in Guangzhou in RMB.",
)
sus(
    "handler_followup",
    "payment",
    "overt",
    ["unusual_payment"],
    "Could you set up a new account at a different bank for these payments? Keeps things tidy. Not "
    "the one your salary goes into.",
)
sus(
    "fake_think_tank",
    "payment",
    "overt",
    ["unusual_payment", "paid_task"],
    "The honorarium for your paper will be paid by our partner company in Dubai, in cash or crypto as "
    "you prefer. No invoice needed.",
)
sus(
    "handler_followup",
    "payment",
    "subtle",
    ["unusual_payment"],
    "Hi Ian - this time, instead of the usual, we'll take care of your daughter's spring "
    "tuition ourselves. Just send me the college's reference number and we'll sort it.",
)

# --- suspicious: coercion ------------------------------------------------------------------

sus(
    "coercion",
    "coercion",
    "overt",
    ["coercion"],
    "Mr. Zhao, your mother has been visited by local officers. They say your situation can be "
    "resolved if you return home and explain yourself. If you keep refusing, her pension and your "
    "brother's job will be looked at.",
)
sus(
    "coercion",
    "coercion",
    "subtle",
    ["coercion", "sensitive_info"],
    "Hello Aigerim, your father asked me to contact you. He would feel much better if you sent a list "
    "of the people who attend the community meetings in Vancouver. He is not well, and this would "
    "help his case.",
)
sus(
    "coercion",
    "coercion",
    "overt",
    ["coercion"],
    "We know where you live in Leeds and where your children go to school. It would be wise to come "
    "back voluntarily and close your case before things become difficult for your family here.",
)
sus(
    "coercion",
    "coercion",
    "subtle",
    ["coercion"],
    "[20:11] Uncle: the people from the bureau came for tea again\n[20:11] Uncle: they were polite\n"
    "[20:12] Uncle: they asked when you're coming home and whether you still go to those meetings\n"
    "[20:12] Uncle: please think about your mother",
)
sus(
    "coercion",
    "coercion",
    "overt",
    ["coercion", "off_platform"],
    "This is the service station of your home county. Add this WeChat account and report to us every "
    "week about the association's activities. Your family's residence permit depends on your "
    "cooperation.",
)
sus(
    "coercion",
    "coercion",
    "subtle",
    ["coercion"],
    "Dear Ms. Tohti, your sister's university place has been put on hold. She can keep it if you stop "
    "speaking at events in Ottawa. We trust you will make the right choice for her.",
)
sus(
    "coercion",
    "coercion",
    "overt",
    ["coercion"],
    "Subject: Your return\n\nMr. Rahimi,\n\nThe authorities are prepared to forget the charges if you "
    "return within 60 days. Otherwise your family's property will be confiscated. A representative "
    "will meet you at the consulate.\n\nOffice of Overseas Affairs",
)
sus(
    "coercion",
    "coercion",
    "overt",
    ["coercion", "sensitive_info"],
    "Hi cousin, the man from the office says if you just tell him who runs the Telegram channel in "
    "Melbourne, they'll let grandpa travel to see you. It's such a small thing.",
)
sus(
    "coercion",
    "coercion",
    "subtle",
    ["coercion"],
    "Your brother mentioned you might visit for the new year. The neighbourhood committee says you "
    "should come directly to see them when you land. They have some questions about your friends "
    "abroad. It would be best not to delay.",
)

# --- suspicious: job scams -----------------------------------------------------------------

sus(
    "job_scam",
    "job_scam",
    "overt",
    ["job_scam", "unusual_payment"],
    "Congratulations! You're hired as a remote data analyst. Please buy the onboarding equipment kit "
    "(USD 450) from our approved vendor, you'll be reimbursed with your first paycheck.",
)
sus(
    "job_scam",
    "job_scam",
    "overt",
    ["job_scam", "off_platform"],
    "Hi! I'm Emily from a recruitment agency. Earn $200-$800 a day liking products online, part time. "
    "Add our mentor on WhatsApp to start: +1 415 555 0182",
)
sus(
    "job_scam",
    "job_scam",
    "overt",
    ["job_scam"],
    "Thanks for applying to the administrative assistant role. We mailed you a cheque for $3,200; "
    "deposit it, keep $300 for yourself and wire the rest to our office furniture supplier today.",
)
sus(
    "job_scam",
    "job_scam",
    "overt",
    ["job_scam", "unusual_payment"],
    "Subject: Offer of employment\n\nDear Candidate,\n\nYour application for Project Coordinator has "
    "been approved. A refundable security deposit of GBP 250 is required before your contract can be "
    "issued. Payment instructions attached.\n\nHR Department\nNorthvale Logistics",
)
sus(
    "job_scam",
    "job_scam",
    "overt",
    ["job_scam"],
    "Subject: Home-based Logistics Assistant - offer\n\nHi Chloe,\n\nWe liked your profile. The "
    "job: you receive parcels at home, repack them and ship them on to the addresses we send "
    "you. Pay is weekly, no experience needed. Just reply with your home address and a photo "
    "of your driver's licence so we can register you.\n\nKind regards,\nMartin "
    "Felder\nRecruitment Coordinator, Brightpath Fulfilment",
)
sus(
    "job_scam",
    "job_scam",
    "overt",
    ["job_scam", "unusual_payment"],
    "[11:03] Mentor Amy: task 12 done! you've earned 84 USDT\n[11:03] Mentor Amy: to unlock the "
    "combo task you need to top up 300 USDT first\n[11:04] Mentor Amy: everyone does it, you get it "
    "all back",
)
sus(
    "job_scam",
    "job_scam",
    "subtle",
    ["job_scam"],
    "Subject: Interview - next steps\n\nHello Jordan,\n\nWe are pleased to move you forward. "
    "Please fill in your SIN, date of birth and online banking login on the attached form so "
    "we can verify you before the interview.\n\nBest regards,\nAmanda Li\nPeople Operations, "
    "Norcrest Solutions",
)
sus(
    "job_scam",
    "job_scam",
    "overt",
    ["job_scam", "off_platform"],
    "Thank you for your interest. Our HR uses Telegram for interviews. Please contact @hr_manager_"
    "example and reply only from your personal email, not the one on your CV.",
)
sus(
    "job_scam",
    "job_scam",
    "overt",
    ["job_scam", "unusual_payment"],
    "Welcome aboard! Your training materials are with our partner supplier. Pick up two $100 Google "
    "Play cards and send photos of the backs; that covers your licence and it's credited to you on "
    "day one.",
)

# --- benign: genuine recruiters and headhunters --------------------------------------------

ben(
    "genuine_recruiter",
    True,
    "Hi Marcus, I'm a recruiter at Kestrel Avionics (kestrel-avionics.example.com). We're hiring a "
    "Senior Systems Engineer in Huntsville; an active Secret clearance is required. Salary band "
    "$145-165k. If you're interested, could you send your resume to my work address, "
    "j.ortiz@kestrel-avionics.example.com, and we'll set up a phone screen?",
)
ben(
    "genuine_recruiter",
    True,
    "Subject: Your application - Grid Protection Engineer (Req 4471)\n\nHi Sam,\n\nThanks for applying "
    "to Lakeshore Hydro. The hiring manager, Dana Whitfield, would like a 30-minute phone call. Does "
    "Tuesday at 10:00 ET work? I'll call the mobile number on your resume.\n\nBest,\nPriya Nair\n"
    "Talent Acquisition, Lakeshore Hydro\n416-555-0133",
)
ben(
    "genuine_recruiter",
    True,
    "hey Ahmed, thanks for the quick reply! easier to sort the interview over email than InMail - "
    "mine's ahmed.recruit@northbeam.example.com... wait, that's your name, sorry 😅 mine is "
    "k.lowe@northbeam.example.com. Role is the firmware lead we talked about, Ottawa office, hybrid.",
)
ben(
    "genuine_recruiter",
    True,
    "Hi Fatima, thank you for your interest in the Cyber Security Analyst role at Harrowgate Defence "
    "Systems. As the post requires SC clearance, we'll ask you to complete the BPSS checks after "
    "offer. Our careers team will email you from @harrowgate-defence.example.co.uk - we never ask for "
    "payment or contact you on WhatsApp.",
)
ben(
    "genuine_recruiter",
    True,
    "[10:02] Tasha (Recruiting): hi Greg! just tried calling, no worries\n[10:02] Tasha (Recruiting): "
    "the team at Solent Semiconductors wants to move you to the onsite interview\n[10:03] Tasha "
    "(Recruiting): travel to Southampton is reimbursed per our candidate expenses policy, I'll email "
    "the form",
)
ben(
    "genuine_recruiter",
    True,
    "Subject: Re: Policy adviser post (DT-2291)\n\nDear Colin,\n\nThanks for your note, and no "
    "problem at all about the delay. To answer your questions: the post is an EO-grade "
    "policy adviser in our digital unit, based in London with two office days a week. The "
    "full job advert, including the salary band and the success profiles we assess against, "
    "is on the public careers portal under reference DT-2291. Security clearance is at BPSS "
    "level on appointment, with SC sought only if the role changes.\n\nIf you'd like to talk "
    "it through before applying, my direct line is 020 7946 0881, or we can book a Teams "
    "call. Please apply through the portal rather than sending me your CV directly, so that "
    "the sift is fair.\n\nKind regards,\nAnne Petrovic\nResourcing Partner, Department of "
    "Transport (digital unit)\n\n> On 3 Feb, Colin Baird wrote:\n> Hi Anne, sorry for the slow "
    "reply. Could you tell me a bit more about the post and the clearance level?\n> Thanks, "
    "Colin",
)
ben(
    "genuine_recruiter",
    True,
    "Hi Daniel - recruiter at Arclight Space here. I can't share salary over InMail per company "
    "policy, but happy to go through it on a call. Could you give me a number and a good time? "
    "The role's RF design, Denver, requires US citizenship for ITAR.",
)
ben(
    "genuine_headhunter",
    True,
    "Dear Eleanor,\n\nI'm a partner at Hallam Rowe Executive Search. We've been retained by Corvid "
    "Analytics (publicly listed, London) to find a Director of Threat Intelligence. I'd be glad to "
    "share the full specification by email and arrange a call next week.\n\nBest regards,\nJonathan "
    "Hallam\nHallam Rowe | hallamrowe.example.com | +44 20 7946 0412",
)
ben(
    "genuine_headhunter",
    True,
    "Hi Jess, congrats on the move! I work in public-affairs search. My client is the Canadian Offshore "
    "Wind Council - they're hiring a VP Government Relations. Confidential search for now since "
    "the incumbent hasn't announced, but I can tell you everything else on a call.",
)
ben(
    "genuine_headhunter",
    True,
    "Subject: Board role - confidential\n\nDear Major Hollis,\n\nA client of ours, Brightwater "
    "Training Ltd (a simulation-training company in Bristol), is seeking a non-executive director "
    "with military experience. The search is confidential because the current NED is stepping down "
    "in the spring. Could we speak by phone this week?\n\nRegards,\nSiobhan Garvey\nGarvey Associates",
)
ben(
    "genuine_headhunter",
    True,
    "Hi Karen - headhunter here (Telford Search). My client is a Tier 1 telecom operator; I'll give "
    "you the name on our first call, that's standard practice for a retained search before the "
    "candidate's interest is confirmed. Package is in the range you'd expect for a Head of Core "
    "Network. Your work email or phone?",
)
ben(
    "genuine_headhunter",
    True,
    "Trevor, thanks for taking my call. As promised, the job description for Regional Director, "
    "Asia-Pacific at Meridian Aero is attached. Final interviews are in Singapore, which is where the "
    "role is based, and Meridian pays the trip as they do for every finalist.",
)
ben(
    "genuine_headhunter",
    True,
    "Hi Raj, following up from our call - Vellum Semiconductor's hiring team will send you a take-home "
    "design exercise. It's a generic problem they give every candidate; please don't include anything "
    "from your current employer. Let me know if you have questions.",
)

# --- benign: expert networks ---------------------------------------------------------------

ben(
    "expert_network",
    True,
    "Hi Ben, I'm a research associate at Lumen Expert Network. A client, an investment manager, would "
    "like a one-hour call on critical-minerals supply chains. We pay USD 400/hour. Before the call "
    "you'll complete our compliance training confirming you won't share confidential information "
    "from your current or former employers.",
)
ben(
    "expert_network",
    True,
    "Subject: Consultation request - satellite ground segment\n\nDear Fatima,\n\nCalderwood "
    "Insights would like to arrange a 45-minute paid consultation (USD 300). The client is "
    "Ardent Peak Partners, a private-equity fund evaluating a ground-station operator; it "
    "has agreed to be named to you.\n\nBefore we confirm, please read and accept our expert "
    "terms:\n- Current government employees and contractors holding a clearance for related "
    "work are not eligible.\n- Share only public knowledge and your general expertise. Do not "
    "disclose confidential information belonging to any current or former employer, customer "
    "or government.\n- You may decline any question, and our compliance officer may end the "
    "call if it drifts.\n- The fee is paid by bank transfer to an account in your own "
    "name.\n\nKind regards,\nCalderwood Compliance Team\ncalderwood.example.com",
)
ben(
    "expert_network",
    True,
    "hi Lena, thanks for signing up! quick reminder before tomorrow's call: the client (a hedge fund) "
    "knows you're a former DOE contractor. You must decline any question about non-public info - if "
    "it drifts that way, tell the moderator and we'll end the call. Fee $350 via the portal.",
)
ben(
    "expert_network",
    True,
    "Dear Aaron, we'd like to invite you to a paid survey (20 min, CAD 150) on utility grid "
    "modernisation spending. The sponsor is a consulting firm; its name is shared on request. Our "
    "terms forbid sharing material non-public information, and we record all calls.",
)
ben(
    "expert_network",
    True,
    "Hi Jo - Keyline Experts here. Your profile matches a project on municipal water-treatment "
    "technology. Our client is Hartwell Capital. We'll pay £250 for a 1-hour call, by bank transfer "
    "to your own account after the call. Nothing internal to your council, please.",
)
ben(
    "expert_network",
    True,
    "Subject: Re: your consultation\n\nThanks Dev. We've removed the question about your employer's "
    "substation plan from the agenda - you were right to flag it, that's not something we can cover. "
    "The remaining questions are about industry trends only.\n\nBest,\nMaya, Project Manager, "
    "Stonebridge Expert Network",
)

# --- benign: universities and think tanks --------------------------------------------------

ben(
    "university_invite",
    True,
    "Dear Dr. Lindqvist,\n\nThe Department of Aerospace Engineering at the University of Northfield "
    "invites you to give our annual Harwood Lecture (open to the public, recorded). We cover economy "
    "travel and two nights' accommodation, plus an honorarium of $1,000.\n\nWarm regards,\nProf. "
    "Alice Mbeki, Chair",
)
ben(
    "university_invite",
    True,
    "Dear Dr Mensah, would you be willing to serve as external examiner for a PhD thesis on AI export "
    "controls? The university pays the standard examiner fee of £200 and travel to the viva in "
    "Glasgow. The thesis is public once examined.",
)
ben(
    "university_invite",
    True,
    "Hi Kenji! Our grad seminar series is hosting visiting speakers this term. Would you come do a "
    "talk on your published microfluidics work? We can reimburse the train and buy you lunch, "
    "sadly no fee since it's student-run lol",
)
ben(
    "university_invite",
    True,
    "Subject: Visiting Fellowship 2027 - call for applications\n\nThe Institute for Advanced Study at "
    "Westmere University offers five visiting fellowships (3-6 months) for researchers in energy "
    "policy. Fellows receive a stipend, housing and return travel. Applications via the public "
    "portal by 15 February. Fellows present their research at an open seminar.",
)
ben(
    "university_invite",
    True,
    "Dear Professor Keane, you are invited to review a grant proposal for the Research Council's "
    "quantum technologies panel. Reviewers receive a £150 honorarium. The proposal is confidential; "
    "please declare any conflict of interest and do not share it.",
)
ben(
    "university_invite",
    True,
    "Hi Wei, lovely to meet at the workshop. Would you be up for co-authoring the review article? "
    "We'd only use published results from both labs, and the journal covers open-access fees. Happy "
    "to do a Zoom to plan.",
)
ben(
    "think_tank_commission",
    True,
    "Dear Isabel,\n\nThe Northgate Institute would like to commission a 4,000-word signed paper on "
    "5G vendor policy in Canada for our public series. Fee CAD 2,500, paid on invoice. It will be "
    "peer-reviewed and published under your name on our website.\n\nBest,\nDr. Edwin Clarke, "
    "Director of Research",
)
ben(
    "think_tank_commission",
    True,
    "Subject: Panel invitation - Arctic security\n\nDear Commander (ret.) Walsh,\n\nThe Polar Policy "
    "Centre invites you to speak on an on-the-record panel in Halifax. We cover travel and a modest "
    "speaker fee. The event is livestreamed; speakers are asked to draw only on public "
    "information.\n\nKind regards,\nEvents Team",
)
ben(
    "think_tank_commission",
    True,
    "Hi Ms Hart, we're putting together a working paper on online safety regulation and would value "
    "you as a peer reviewer. The paper and reviewers are named in the final publication. Honorarium "
    "£300. Let me know and I'll email the draft.",
)
ben(
    "think_tank_commission",
    True,
    "Dear Councillor Ferreira, the Civic Resilience Lab is running a public consultation on port-city "
    "emergency planning. We'd welcome a short written submission; all submissions are published. "
    "There is no fee, but we can reimburse travel to the public hearing.",
)
ben(
    "think_tank_commission",
    True,
    "Hey Hannah, the spectrum policy chapter for our annual report is yours if you want it! 3k words, "
    "£1,200, by-lined, due end of March. Only public stuff of course - you know how our editors are "
    "about sourcing.",
)

# --- benign: clearance job ads and security awareness --------------------------------------

ben(
    "cleared_job_ad",
    True,
    "JOB: Systems Administrator (TS/SCI w/ Poly) - Chantilly, VA. Ironbridge Federal is hiring. "
    "Active clearance required, no sponsorship. Apply on our careers site; recruiters will contact "
    "you only from @ironbridgefed.example.com.",
)
ben(
    "cleared_job_ad",
    True,
    "Subject: New roles for cleared professionals\n\nHi Paul,\n\nThree new jobs matched your "
    "CipherCareers profile: Intelligence Analyst (TS), Network Engineer (Secret), Program Manager "
    "(TS/SCI). View them on the site. You can change your alerts at any time.\n\nCipherCareers Team",
)
ben(
    "cleared_job_ad",
    True,
    "We're hiring! Security-cleared (DV) software engineers for our Cheltenham office. Hybrid, "
    "£70-90k, pension 12%. Come see us at the careers fair on Thursday, stand 14.",
)
ben(
    "cleared_job_ad",
    True,
    "Position: Policy Analyst, Reliability Secret clearance required (Canada). Department of National "
    "Defence, Ottawa. Closing date 12 March. Apply through the GC Jobs portal only.",
)
ben(
    "cleared_job_ad",
    True,
    "Hi all - my team at Corbel Space is hiring two cleared test engineers (Secret). Please share with "
    "anyone good. Applications via the link on our careers page, DM me if you want to know what the "
    "team's like.",
)
ben(
    "cleared_job_ad",
    True,
    "Subject: Vacancy - Nuclear Security Officer (SC)\n\nSellmoor Power Station is recruiting. SC "
    "clearance will be sought on appointment. Shift allowance and relocation package available. "
    "Apply online by 30 April.",
)

ben(
    "security_awareness",
    True,
    "Subject: Security reminder - Think Before You Link\n\nColleagues,\n\nHostile actors pose as "
    "recruiters and headhunters online. Warning signs: flattery, offers that are too good, requests to "
    "move to WhatsApp or WeChat, paid 'reports' for an unnamed client, invitations abroad with travel "
    "paid, and 'no need to tell your employer'. Report approaches to security@ourfirm.example.com.\n\n"
    "Protective Security Team",
)
ben(
    "security_awareness",
    True,
    "Reminder from the vetting office: if anyone offers you cash, crypto or gift cards for "
    "information, or asks you to keep a contact secret, that's exactly what we need to hear about. "
    "You will not be in trouble for reporting.",
)
ben(
    "security_awareness",
    True,
    "Hey team, just a heads up after this morning's briefing - CSIS says fake 'consultants' are "
    "targeting people in our sector. If someone on LinkedIn asks you to write a white paper for a "
    "client and switch to Telegram, screenshot it and forward it to IT. Don't reply.",
)
ben(
    "security_awareness",
    True,
    "Subject: Travel security briefing - mandatory\n\nAll staff travelling to the Shenzhen trade fair "
    "must attend a pre-travel briefing. We'll cover: approaches at events, invitations to private "
    "dinners, gifts, and people who ask about internal projects. Take the loaner laptop, not your "
    "work one.\n\nCorporate Security",
)
ben(
    "security_awareness",
    True,
    "Foreign interference notice for MPs' staff: you may be approached by people offering paid "
    "'research' or asking about in-camera committee business. Do not discuss confidential matters. "
    "Report contacts to the Sergeant-at-Arms' security office.",
)
ben(
    "security_awareness",
    True,
    "[13:45] Dee (InfoSec): fyi phishing sim next week 🎣\n[13:45] Dee (InfoSec): it'll look like a "
    "recruiter offering a job with a 'confidential client' and asking you to reply from gmail\n"
    "[13:46] Dee (InfoSec): pls don't tell people it's coming lol",
)

# --- benign: family, colleagues, groups ----------------------------------------------------

ben(
    "family_chat",
    True,
    "[19:02] Mum: did you get the money I sent on WeChat for your birthday?\n[19:03] Me: yes thank "
    "you!! 😘\n[19:03] Mum: call me on WeChat video on Sunday, grandma wants to see you",
)
ben(
    "family_chat",
    True,
    "Hi love, your dad says the police came round about the neighbour's car getting broken into. "
    "Everyone's fine, just letting you know. When are you coming home for Christmas? Book soon, the "
    "flights are getting expensive.",
)
ben(
    "family_chat",
    True,
    "[08:15] Auntie Mei: 早上好! family group photo from the wedding attached\n[08:17] Cousin Jay: so "
    "cute\n[08:20] Auntie Mei: Jay tell your sister to add me on WhatsApp, her old number doesn't work",
)
ben(
    "family_chat",
    True,
    "Bro can you send me $200, I'll pay you back Friday. Venmo or e-transfer whatever's easier. Car "
    "needs a new battery and payday is not till the 15th",
)
ben(
    "family_chat",
    True,
    "Hi darling, grandpa is out of hospital and doing much better. Don't worry about flying back "
    "right away, we'll video call on WhatsApp tonight. He wants to hear about your new job.",
)
ben(
    "family_chat",
    True,
    "[21:30] Dad: your cousin in Chengdu wants to know if you can help with her university "
    "application essay for Toronto\n[21:31] Dad: I gave her your email, hope ok\n[21:31] Me: sure "
    "no problem",
)
ben(
    "coworker_channel",
    True,
    "Hey Owen - can we take this to Teams? Easier to share the outage timeline there than over text. "
    "Call at 2 if you're free.",
)
ben(
    "coworker_channel",
    True,
    "Hi all, moving the procurement discussion for the turbine spares to our corporate WeChat Work "
    "group since the Shanghai office is on it. Please use your company account, not personal WeChat.",
)
ben(
    "coworker_channel",
    True,
    "[16:05] Sinead: can you join the slack huddle? the client wants the draft report by friday\n"
    "[16:06] Sinead: (client = Dalesworth Water, the asset-management review)\n[16:06] Me: omw",
)
ben(
    "coworker_channel",
    True,
    "Subject: Moving the bid discussion\n\nHi team,\n\nPlease keep all discussion of the frigate "
    "sustainment bid on the bid SharePoint and the Teams channel - not on personal email or "
    "WhatsApp. The material is commercially confidential.\n\nThanks,\nRuth, Bid Manager",
)
ben(
    "coworker_channel",
    True,
    "ugh, my work phone died, text me on my personal cell 647-555-0119 till IT replaces it. it's "
    "about the substation walkdown tomorrow",
)
ben(
    "coworker_channel",
    True,
    "Hi Matt, the battery cell test report is on the shared drive under QA/2026. Don't email it "
    "outside the company please, the customer NDA covers it. Ping me on Teams if you can't find it.",
)
ben(
    "travel_reimbursement",
    True,
    "Subject: Expense claim approved\n\nYour claim EXP-30312 (flights to Montreal, hotel 2 nights, "
    "per diem) has been approved and will be paid with your next salary. Receipts are kept for audit "
    "for seven years.\n\nFinance Shared Services",
)
ben(
    "travel_reimbursement",
    True,
    "Hi Alison, for the Istanbul workshop the project grant covers your flight and three nights. "
    "Please book through the university's travel agent so it's invoiced directly, and keep your "
    "boarding passes.",
)
ben(
    "travel_reimbursement",
    True,
    "Quick q - is the taxi to the airport claimable if I'm going to the Hannover fair for the company? "
    "Or do I need to take the train? Don't want finance chasing me again 😂",
)
ben(
    "travel_reimbursement",
    True,
    "Dear Dr. Singh, as an invited speaker your travel to Vancouver will be reimbursed on "
    "presentation of receipts (economy class, up to CAD 900). Please submit the attached form within "
    "30 days of the conference.",
)
ben(
    "travel_reimbursement",
    True,
    "Reminder: per diem for the Singapore site visit is SGD 120/day, paid through payroll. Corporate "
    "card for hotels only. Security briefing before departure is mandatory.",
)
ben(
    "alumni_group",
    True,
    "Hi everyone! Reunion dinner for the class of 2011 is on Saturday 14th at the Harbour Grill. "
    "We've set up a WhatsApp group for updates - reply here with your number if you want in. £40 "
    "each, bank transfer to the treasurer.",
)
ben(
    "alumni_group",
    True,
    "Subject: Alumni mentoring programme\n\nDear Stephen,\n\nThe Fort Caldwell Military College alumni "
    "association is matching senior alumni with recent graduates. Mentors meet mentees for coffee "
    "every couple of months. No cost involved. Interested?\n\nBest,\nGraham (Alumni Office)",
)
ben(
    "alumni_group",
    True,
    "Hey! So nice to reconnect at homecoming. A bunch of us from the engineering class are in a "
    "Signal group, want me to add you? Mostly memes and job postings, honestly.",
)
ben(
    "alumni_group",
    True,
    "Chinese Students and Scholars alumni network: our annual spring gala is on 3 May. Tickets $35 "
    "via the website. Volunteers please sign up in the WeChat group. All welcome!",
)
ben(
    "alumni_group",
    True,
    "[12:10] Kofi: anyone from the 2015 cohort going to the Accra meetup?\n[12:12] Ama: yes! flights "
    "booked\n[12:12] Kofi: the alumni fund covers two nights for the panel speakers btw, ask Efua",
)
ben(
    "parents_group",
    True,
    "Hi parents! Reminder: the Year 4 trip to the science centre is on Friday. Please pay £12 on the "
    "school payment portal by Wednesday. Also, please label your child's lunch box!",
)
ben(
    "parents_group",
    True,
    "[07:45] Jen: does anyone know if soccer's on tonight? field looked flooded\n[07:46] Mark: coach "
    "said he'll post in the WhatsApp group by 3\n[07:46] Jen: thanks!!",
)
ben(
    "parents_group",
    True,
    "Hello families, we're collecting for Ms. Alvarez's retirement gift. Send $10 by e-transfer to "
    "the class rep (rep.grade5@example.net) by the 20th. Please keep it a surprise - she has no idea!",
)
ben(
    "parents_group",
    True,
    "Dear parents, the school will never ask you to pay fees by gift card or to a personal account. "
    "If you received a message like that today, it was a scam - please ignore it and forward it to "
    "the office.",
)

# --- benign: press, events, onboarding, money ----------------------------------------------

ben(
    "journalist_interview",
    True,
    "Hi Tom, I'm a reporter at the Maritime Ledger. I'm writing about the frigate sustainment "
    "contract and would like to interview you on the record about the procurement process in general. "
    "I'll send my questions by email in advance. My editor's number is 902-555-0164 if you want to "
    "check who I am.",
)
ben(
    "journalist_interview",
    True,
    "Subject: Interview request - foreign interference inquiry\n\nDear Ms. Nicole Tremblay,\n\nI'm a "
    "correspondent with the Prairie Post. Would you be available for a 20-minute on-the-record "
    "interview about the public hearings? We'd quote you by name; I understand you can't discuss "
    "in-camera sessions.\n\nRegards,\nLiam O'Connor",
)
ben(
    "journalist_interview",
    True,
    "hi! I'm doing a podcast episode on diaspora communities and transnational repression. would you "
    "talk to us on the record about your experience organising in Vancouver? totally fine if you'd "
    "rather not use your full name",
)
ben(
    "journalist_interview",
    True,
    "Dear Mr. Abdi, I'm a researcher at Northlight Rights Monitor (northlight.example.org) documenting "
    "harassment of diaspora activists. Interviews are voluntary and we never ask for names of other "
    "community members. Our consent form is attached.",
)
ben(
    "journalist_interview",
    True,
    "Hey Aaron, tech reporter here - writing about grid cybersecurity after the storm outages. Can "
    "I call you for comment? Happy to go on background on general industry practice if your utility's "
    "comms team prefers, but nothing about your own systems.",
)
ben(
    "conference_invite",
    True,
    "Subject: Speaker invitation - Photonics Frontier 2027\n\nDear Ms. Priya Raman,\n\nWe'd be delighted "
    "to have you speak at Photonics Frontier in Ottawa. Speakers receive free registration and a hotel "
    "room for two nights. Slides will be posted publicly after the event.\n\nProgramme Committee",
)
ben(
    "conference_invite",
    True,
    "Dear Mr. Tran, you have been selected for the panel 'Securing the chip supply chain' at the "
    "International Semiconductor Forum in Seoul. The organisers cover economy flights and hotel. "
    "Your employer's approval form is attached - please have your manager sign it.",
)
ben(
    "conference_invite",
    True,
    "Hi! Reminder that the call for papers for the Energy Systems Resilience Workshop closes Friday. "
    "Accepted authors get a travel grant (up to $1,200) - students especially encouraged to apply.",
)
ben(
    "conference_invite",
    True,
    "Subject: Exhibitor pack - Defence Systems Expo North\n\nThank you for booking stand H4-210. Your exhibitor "
    "badges, build-up times and hotel booking code are attached. Reminder: all export-controlled "
    "items on display need a licence.\n\nExhibitor Services",
)
ben(
    "conference_invite",
    True,
    "Dear Dr Patel, thank you for agreeing to join our closed-door AI safety workshop under the "
    "Chatham House Rule. Participants are asked to share only what their organisations have cleared "
    "for external discussion. We reimburse rail travel.",
)
ben(
    "hr_onboarding",
    True,
    "Subject: Welcome to Northbeam - first day\n\nHi Ahmed,\n\nWelcome aboard! On Monday please bring "
    "two forms of ID for your right-to-work check. Your laptop will be ready at reception. Payroll "
    "will ask for your bank details through Workday - never by email or text.\n\nPeople Team",
)
ben(
    "hr_onboarding",
    True,
    "Hi Greg, the security office needs your SF-86 submitted through e-QIP by Friday so your "
    "clearance investigation can start. Reach out if anything in the form is unclear.",
)
ben(
    "hr_onboarding",
    True,
    "[09:30] Kim (HR): welcome! 🎉 your badge photo is at 11 in room 2B\n[09:31] Kim (HR): and "
    "there's a confidential NDA to sign in DocuSign, standard for everyone\n[09:31] Me: perfect, "
    "thanks!",
)
ben(
    "hr_onboarding",
    True,
    "Dear Laura, before you start please complete the declarations of interest form, including any "
    "outside employment, consultancy or foreign travel. It's part of the standard security vetting "
    "for all staff.",
)
ben(
    "bank_notice",
    True,
    "Maplecrest Bank: We'll never ask for your password or one-time code by text, email or phone. If "
    "someone asks you to move money to a 'safe account', it's a scam. Call 1-800-555-0199.",
)
ben(
    "bank_notice",
    True,
    "Subject: International transfer received\n\nA transfer of USD 1,800.00 from Calderwood "
    "Insights LLC has been credited to your account ending 4471. Reference: CONSULT-2291.\n\n"
    "Northfield Bank",
)
ben(
    "bank_notice",
    True,
    "Your card ending 0932 was used for CAD 1,249.00 at AIRLINE*NORTHWING. If this wasn't you, reply "
    "NO. Msg&data rates may apply.",
)
ben(
    "bank_notice",
    True,
    "We noticed you purchased $500 in gift cards today. Scammers often ask for payment in gift cards. "
    "If someone asked you to buy them, please call us before sharing the codes.",
)
ben(
    "payroll_notice",
    True,
    "Subject: Your payslip for March\n\nYour payslip is now available in the employee portal. This "
    "month includes a one-off travel reimbursement of £312.40.\n\nPayroll Team",
)
ben(
    "payroll_notice",
    True,
    "Payroll reminder: if you change bank accounts, update the details yourself in the HR portal. "
    "Payroll will never change them based on an email request, even from a manager.",
)
ben(
    "payroll_notice",
    True,
    "Hi Ian, the tuition assistance for your course was approved - it'll be paid directly to the "
    "college on your behalf, nothing goes through your salary. Let me know the invoice number.",
)
ben(
    "surprise_party",
    True,
    "Shh!! Surprise party for Dana on Friday at 6. Don't tell her anything, and don't post in the "
    "team channel, she reads it. Chip in $20 to me for the cake 🎂",
)
ben(
    "surprise_party",
    True,
    "[22:01] Sophie: ok so nobody mention the trip to Lisbon to Mum\n[22:01] Sophie: it's her 60th "
    "surprise\n[22:02] Tom: my lips are sealed 🤐\n[22:02] Sophie: I'll pay the flights, you two "
    "sort the hotel",
)
ben(
    "surprise_party",
    True,
    "Subject: Hush-hush: Raj's 25 years\n\nHi all,\n\nWe're marking Raj's 25 years at the fab with a "
    "surprise lunch on the 12th. Please keep it quiet and put a vague 'meeting' in your calendar. "
    "Collection envelope is at reception.\n\nCheers,\nMeg",
)
ben(
    "investor_meeting",
    True,
    "Hi Lisa, Harbour Ventures here (harbourvc.example.com). Following our call, our partners would "
    "like to meet your founding team in Boston. We'll cover your flights. Our standard NDA is "
    "attached; please have your counsel review it first.",
)
ben(
    "investor_meeting",
    True,
    "Dr Osei - thanks for the pitch. As part of diligence we'll need your cap table, public patents and "
    "customer references. We don't need any details of government contracts you're under NDA for; "
    "we'll work around those.",
)
ben(
    "investor_meeting",
    True,
    "hey Priya, great talk on photonics! I'm an angel with a couple of hardware deals. happy to grab "
    "coffee and hear about your start-up idea - just don't tell me anything your current employer "
    "would mind, I'd rather not be in that position",
)

# --- benign: plain -------------------------------------------------------------------------

ben("ordinary_chat", False, "are we still on for climbing tomorrow? I can pick you up at 7")
ben(
    "ordinary_chat",
    False,
    "[17:40] Ravi: running late, train's stuck outside Clapham\n[17:41] Ravi: order me a pint",
)
ben(
    "work_email",
    False,
    "Subject: Minutes - asset management working group\n\nHi all,\n\nMinutes from Tuesday attached. "
    "Action items: Jo to circulate the pump inventory; Dev to book the room for next month.\n\n"
    "Thanks,\nHelen",
)
ben(
    "work_email",
    False,
    "Hi Carla, the printer on the 3rd floor is jammed again. Facilities ticket is FAC-8812. Use the "
    "one by the kitchen for now.",
)
ben(
    "ordinary_chat",
    False,
    "Happy birthday!!! hope you have the best day, see you at the pub on Saturday 🍻",
)

# --- output --------------------------------------------------------------------------------


def main() -> None:
    """Shuffle the rows with a fixed seed, number them and write the JSONL file."""
    rows = list(ROWS)
    random.Random(20261121).shuffle(rows)
    out = Path(__file__).with_name("en_blind2.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for number, row in enumerate(rows, start=1):
            record = {"id": f"enb2-{number:03d}", **row}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
