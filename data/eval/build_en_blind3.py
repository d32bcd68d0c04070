"""Build data/eval/en_blind3.jsonl: a blind, hand-written English evaluation set.

Every text below is written out in full by hand (no templates, no slot filling). The script checks
the labels and fields, checks that no subtle message carries a stock word, shuffles with a fixed
seed and numbers the messages enb3-001 ... enb3-200 in shuffled order. Running it again gives the
same bytes. Held out: measured by the lead only, never used to tune anything.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from recruitscreen.types import CATEGORIES as TYPE_CATEGORIES

OUT = Path(__file__).with_name("en_blind3.jsonl")
SEED = 20261122

CATEGORIES = frozenset(TYPE_CATEGORIES)
# The step a message mainly performs: the library's stages (tasking written paid_task) and four steps
# that run outside its funnel.
STAGES = frozenset("contact pivot paid_task elicitation meeting secrecy payment coercion job_scam".split())
# A subtle message carries none of these: the intent shows only in what is asked.
STOCK = re.compile(
    r"wechat|whatsapp|telegram|signal|viber|gmail|qq\.|163\.|\bclient|\bfee|\bpay|\bpaid"
    r"|\$|usd|cash|crypto|bitcoin|confidential|secret|classified|between us|honorarium"
    r"|compensat|money|reward",
    re.IGNORECASE,
)

RECORDS: list[dict[str, object]] = []


FIELDS = ("text", "label", "kind", "lookalike", "categories", "stage", "subtlety")


def sus(kind: str, cats: list[str], stage: str, subtlety: str, text: str) -> None:
    """Add a suspicious message (label 1)."""
    RECORDS.append(dict(zip(FIELDS, (text.strip(), 1, kind, False, cats, stage, subtlety), strict=True)))


def ben(kind: str, text: str, lookalike: bool = True) -> None:
    """Add a benign message (label 0): no categories, no stage, no subtlety."""
    RECORDS.append(dict(zip(FIELDS, (text.strip(), 0, kind, lookalike, [], "none", "none"), strict=True)))


# ---------------------------------------------------------------- suspicious: contact
sus("fake_headhunter", ["credential_targeting", "vague_client"], "contact", "overt", """
Hi Marcus,

I lead a small retained-search practice and I'm working a mandate for a client in the Asia-Pacific aerospace space who would rather not be named this early. They are after people who have sat inside propulsion test programmes and who hold (or recently held) a US Secret clearance. From your profile you tick both boxes.

Package is well above market. Could we set up 15 minutes this week?

Warm regards,
Desmond Hale
Hale Arden Partners | Executive Search
""")
sus("fake_academic", ["credential_targeting", "client_meeting"], "contact", "subtle", """
Dear Dr. Okafor,

Our institute runs a visiting-scholar programme for senior engineers from national laboratories. We were impressed by your group's results on scramjet inlet stability and would be honoured to host you for one semester in Shenzhen. Housing, flights and a generous research allowance are arranged on our side, and there is no teaching load. We only ask that you bring your experience and share it with our young team.

Please let me know a suitable time to discuss.

Prof. Lin Weiguo
International Exchange Office
""")
sus("fake_recruiter", ["credential_targeting", "vague_client"], "contact", "overt", """
Hello Priya — I recruit for a global defence electronics group (name shared after NDA). We specifically want candidates with an active Secret or TS/SCI clearance and hands-on EW work. Remote possible, salary roughly double what you're on. Interested?
""")
sus("fake_investor", ["credential_targeting"], "contact", "subtle", """
Hi Tom, I back hardware founders, mostly people coming out of big defence primes with an itch to build. Your years on the Aegis upgrade team are exactly the background my partners like. No pitch needed — would you grab a coffee and just walk me through what that team actually works on day to day?
""")
sus("fake_think_tank", ["credential_targeting", "paid_task", "vague_client"], "contact", "overt", """
Subject: Senior Fellowship invitation – Centre for Pacific Horizons

Dear Ambassador (ret.) Whitcombe,

The Centre for Pacific Horizons is assembling a small circle of former officials to provide perspective to our partners on trade and security questions. Fellows receive a quarterly stipend of USD 6,000 for short written reflections. Our sponsors prefer discretion and are not listed publicly.

Kind regards,
Helena Zhou, Programme Director
""")
sus("fake_conference", ["credential_targeting", "vague_client"], "contact", "overt", """
Great to meet you at the Farnborough stand on Wednesday! As mentioned, the group I represent is keen to talk to engineers from the Tempest supply chain. My principal does not like to appear in public, but he asked me to find people with your level of access. Can we meet again before the show closes?
""")
sus("fake_recruiter", ["credential_targeting"], "contact", "subtle", """
Hi Jenna, I help people leaving congressional staff roles move into advisory work. Four years on the Armed Services committee is a rare background. Before we talk roles, could you tell me a little about which portfolios you covered and which members you briefed most often?
""")
sus("fake_headhunter", ["credential_targeting", "vague_client", "paid_task"], "contact", "overt", """
Subject: Grid resilience advisory – discreet opportunity

Mr. Duchesne, I represent a foreign utility investor who wants informal advice from control-room engineers at Canadian transmission operators. Your work at the provincial operator is exactly what they need. Advisory fees are generous and paid per session. The investor prefers not to be named at this stage.

R. Vance
""")
sus("fake_consultant", ["credential_targeting", "vague_client"], "contact", "overt", """
Subject: Introduction – supply-chain advisory

Dear Ms. Haldane,

Our consultancy advises clients on lithography and EUV supply-chain risk. One of them is especially interested in engineers who have worked on the source modules at your employer. Could we arrange an introductory call? Everything will of course remain discreet.

Oliver Marsh
Strategic Insight Advisory | London · Hong Kong
""")
sus("fake_ngo", ["credential_targeting", "sensitive_info"], "contact", "subtle", """
Hello Ahmed, I'm a researcher at a small NGO looking at how mobile operators are handling the removal of older core-network equipment. You're one of few engineers who has done this hands-on. Could we have a chat about how your operator is sequencing the swap and which sites go first?
""")
sus("fake_recruiter", ["credential_targeting", "vague_client"], "contact", "overt", """
hey! saw your poster at NeurIPS on RL for chip floorplanning. im a talent scout for a well funded lab abroad (cant say the name yet, they are private). they pay PhD students 3x a normal internship. are you still at the university lab working on the DARPA-funded project?
""")
sus("fake_headhunter", ["credential_targeting", "vague_client"], "contact", "overt", """
Dear Brigadier (retd) Fenwick,

Congratulations on your retirement. A client of mine, a sovereign family office, is forming an advisory board and would value the insight of someone with your career in defence procurement. The role is non-executive and very light. I'd be glad to share more over a call.

With respect,
Julian Crane
""")
sus("fake_academic", ["credential_targeting"], "contact", "subtle", """
Hi Dr. Reyes, I'm putting together a small, invitation-only working group of engineers from national labs to think about next-generation reactor instrumentation. Members meet twice a year, everything is arranged for you. Your team at the lab would be a great fit — who else there would you suggest?
""")
sus("fake_journalist", ["credential_targeting", "secrecy"], "contact", "overt", """
Hi Councillor Brandt, I write for an overseas business weekly and I'm doing a background piece on port expansion tenders. You won't be named or quoted — it's strictly for my understanding, and nobody at city hall needs to know we spoke. Free for a drink after the council meeting?
""")
# ---------------------------------------------------------------- suspicious: pivot
sus("fake_recruiter", ["off_platform", "credential_targeting"], "pivot", "overt", """
Thanks for accepting! I'm hardly ever on LinkedIn tbh. Do you have WhatsApp? +852 5000 0137. Easier to share the role details about the satellite payload job there.
""")
sus("obfuscated_pivot", ["off_platform", "vague_client"], "pivot", "overt", """
Dear Kevin, my client is very interested in your background in phased-array radar. For efficiency please add me on W e C h a t (id: harbour_bridge_88) and I will explain the project.
""")
sus("fake_consultant", ["off_platform"], "pivot", "subtle", """
Good talking today. One small thing: could you send me an address that isn't on your company's server? My side has had trouble with corporate filters, and things move faster when it's just you and me.
""")
sus("obfuscated_pivot", ["off_platform"], "pivot", "overt", """
msg me on Te-le-gram @northwind_lee, linkedin keeps eating my messages
""")
sus("fake_think_tank", ["off_platform", "vague_client"], "pivot", "overt", """
Subject: Re: Policy roundtable

Hi Gemma,

Thanks for your quick reply. To keep things simple, could you write to me at pacific.horizon.research@gmail.example.com rather than your parliamentary address? Our partners find the House filters troublesome, and I'd like to send you the brief from them directly.

Best,
Ryan Cho

> On Tue, 3 Mar, Gemma Hurst wrote:
> Thanks Ryan, happy to hear more about the roundtable. My MP's diary is very full before recess, but I can
> take a look at whatever you send.
""")
sus("fake_recruiter", ["off_platform"], "pivot", "subtle", """
[09:12] Lena K.: lovely to chat about the avionics role!
[09:13] Lena K.: what's a good mobile for you? not the office line pls, I'll text you from my own phone
[09:13] Lena K.: just easier than this site
""")
sus("obfuscated_pivot", ["off_platform", "credential_targeting"], "pivot", "overt", """
given your clearance, better not here. add vx: sky_path2019
""")
sus("fake_headhunter", ["off_platform", "secrecy"], "pivot", "overt", """
Please download Signal and message +44 7700 900412. It is a more private channel and what we discuss about the role is better kept off your work devices and away from your HR team.
""")
sus("obfuscated_pivot", ["off_platform", "vague_client"], "pivot", "overt", """
Dear Sir, regarding the consulting opportunity for the client I mentioned, kindly contact my assistant at lucy.wang (at) qq (dot) com — she will send the details.
""")
sus("fake_investor", ["off_platform"], "pivot", "subtle", """
Hi Sam, great to meet at the demo day. I don't really use email for early conversations — too many people read it. Could you give me a personal number and I'll send you an app link for a chat that deletes itself? Much nicer for founders.
""")
sus("fake_consultant", ["off_platform", "paid_task"], "pivot", "overt", """
Hi Claire! Our advisory would love a few short write-ups from you, paid per piece. LinkedIn is clunky for this, so let's move to WhatsApp. My number is +1 202 555 0148.
""")
sus("fake_academic", ["off_platform"], "pivot", "subtle", """
Dear Dr. Morgan, thank you for agreeing to review our draft. The university mail system rejects large attachments from abroad, so I will send everything to your home address instead — what is the best personal address for you?
""")
# ---------------------------------------------------------------- suspicious: paid task
sus("handler_followup", ["paid_task", "vague_client"], "paid_task", "overt", """
Hi Dan, my client was very pleased with your first paper on Canadian Arctic radar modernisation. They'd like a second one, 8-10 pages, on the NORAD upgrade timeline. Same fee as before, USD 3,500.
""")
sus("fake_consultant", ["paid_task", "vague_client", "credential_targeting"], "paid_task", "overt", """
Subject: Short consultancy – semiconductor export controls

Dear Mr. Aldridge,

Given your role at the Department, a client of ours would welcome a white paper on how the licensing team is likely to interpret the new rules on advanced-node tools. Around 3,000 words; our standard honorarium is GBP 2,000. No need to cite sources.

Regards,
Fiona Leung
Meridian Bridge Consulting
""")
sus("handler_followup", ["paid_task"], "paid_task", "subtle", """
Your last overview was exactly what our people needed. Could you do one more, same length, on how your division is organising the new hydrogen-turbine trials? We'll look after you for your time, as before.
""")
sus("fake_think_tank", ["paid_task", "vague_client"], "paid_task", "overt", """
Subject: New commission

Hi Rosa,

The foundation has a new commission for you: an analysis of Canberra's likely position at the next AUKUS working-group meeting. It won't be published, it's for our sponsors only. 2,500 AUD on delivery.

Cheers,
Marcus Teo
Indo-Pacific Futures Foundation
""")
sus("handler_followup", ["paid_task"], "paid_task", "subtle", """
[14:02] Victor: you write really clearly
[14:02] Victor: could you put together something on how the 5G rollout contracts are being split between vendors at your ministry? 10 pages would be perfect
[14:03] Victor: I'll make it worth your while
""")
sus("fake_consultant", ["paid_task", "vague_client", "unusual_payment"], "paid_task", "overt", """
My client pays 500 USDT per report. Topics: US semiconductor fab incentives, which firms are getting what, who sits on the review panels. You can be paid to any wallet you like.
""")
sus("fake_academic", ["paid_task"], "paid_task", "subtle", """
Subject: A short memo

Dear Professor Hill,

Our research centre would appreciate a short memo, for internal use only, on your committee's deliberations about the next round of quantum-computing grants. Nothing for publication — a few pages would do, and we'd of course recognise the effort generously.

With best wishes,
Dr. Sun Haoran
Centre for Frontier Technology Studies
""")
sus("job_scam", ["paid_task", "job_scam"], "paid_task", "overt", """
Congrats!! You've been selected as a remote "research assistant". Your job: write 3 short reports a week on tech news, $400 each. Before starting we need a $95 onboarding fee for the software licence.
""")
sus("handler_followup", ["paid_task", "vague_client", "sensitive_info"], "paid_task", "overt", """
Subject: next piece

Michael,

Thank you for the grid report. The client now wants something closer to home: a paper on the outage response plans your operator has filed with the regulator, including the parts that are not on the public docket. Fee doubled for this one.

Best,
A.

-----Original Message-----
From: Michael Osei
Sent: 14 October
Subject: report

Attached. Let me know if they want anything changed.
""")
sus("fake_investor", ["paid_task", "credential_targeting"], "paid_task", "subtle", """
Hi Chloe, since you're on the satellite ground-segment team, would you write up a 'market view' for our fund: which contracts your company is bidding on next year and roughly at what price? We treat these as advisory work and take good care of our advisers.
""")
sus("fake_consultant", ["paid_task", "vague_client", "off_platform"], "paid_task", "overt", """
hiya, got another paid one for you. client wants a 5-page brief on the Senate intel committee's view of the undersea cable bill. send it on telegram when done, 1.5k as usual
""")
sus("handler_followup", ["paid_task"], "paid_task", "subtle", """
Dear Helen,

Thank you again for your thoughtful notes on the procurement reform. The group found them very useful. Would you be willing to prepare a similar note on the shortlisted bidders for the frigate support contract and what each was told at the debrief? I will arrange the usual token of thanks.

Warmly,
Edmund
""")
# ---------------------------------------------------------------- suspicious: elicitation
sus("handler_followup", ["sensitive_info", "vague_client"], "elicitation", "overt", """
[20:03] Nick: No classified stuff of course 😊
[20:03] Nick: just what people are saying internally about the F-35 sustainment budget cut
[20:04] Nick: my client is trying to understand the mood
""")
sus("handler_followup", ["sensitive_info"], "elicitation", "subtle", """
Quick one: the draft of the cyber strategy that went round your department last week — does it still include the section on critical-infrastructure vendors? If you happen to have the latest version, a photo of the contents page would be plenty.
""")
sus("fake_consultant", ["sensitive_info", "paid_task", "vague_client"], "elicitation", "overt", """
Subject: follow-up questions

Dear Sarah,

The client has a few follow-up questions after your report:
1. Which foundries are on the internal shortlist for the 3nm packaging line?
2. What yield figures were shown at the last internal review?
3. Anything not yet public on the Arizona timeline?

Additional fee of USD 4,000 for answers this week.

Kind regards,
Peter Yuen
""")
sus("fake_recruiter", ["sensitive_info", "credential_targeting"], "elicitation", "subtle", """
For the next interview round the hiring manager likes a 'technical case study'. Could you describe the architecture of the secure network you maintain at the agency — segments, vendors, how remote access works? Real detail helps us place you at the right grade.
""")
sus("handler_followup", ["sensitive_info"], "elicitation", "subtle", """
How did the council's closed session go on Tuesday? I heard the water-treatment contract was discussed. Who argued against the current supplier, and did they put a number on the replacement?
""")
sus("fake_think_tank", ["sensitive_info", "vague_client"], "elicitation", "overt", """
Subject: G7 energy – background

Dear Mr. Ferreira,

Our partners would appreciate any internal assessments your ministry has prepared ahead of the G7 energy meeting. Even drafts are fine; we understand they are not for circulation.

Yours sincerely,
Dr. Anton Velichko
Senior Fellow, Eurasia Energy Dialogue
""")
sus("handler_followup", ["sensitive_info", "secrecy"], "elicitation", "overt", """
[21:47] Mr Chen: did you get the test schedule for the new drone?
[21:48] Mr Chen: not the public one, the internal version with dates
[21:48] Mr Chen: keep this between us please, nobody else needs to know
""")
sus("fake_headhunter", ["sensitive_info", "credential_targeting"], "elicitation", "subtle", """
Before I put you forward, the hiring panel asked for an org chart of your current unit at the base — names, roles, who reports to whom. It helps them see the level you've been operating at.
""")
sus("handler_followup", ["sensitive_info", "vague_client"], "elicitation", "overt", """
The client only wants a sense of where the party leadership stands on the Taiwan motion before it goes public. You sit in the caucus meetings, so you'd know. A few lines is enough.
""")
sus("fake_academic", ["sensitive_info"], "elicitation", "subtle", """
Dear Wei, for our joint paper it would help a lot to include the unpublished calibration data from your lab's detector array, and the room layout. Could you bring it on a USB when you visit? The export office does not need to be involved for academic work.
""")
sus("fake_consultant", ["sensitive_info", "paid_task"], "elicitation", "overt", """
Thank you for the overview. Could you now add the internal cost figures for the SMR design review? The public numbers are not what we need. We will pay extra for anything that has not been published.
""")
sus("handler_followup", ["sensitive_info"], "elicitation", "subtle", """
Hi Rob, random question — at the substation you look after, which SCADA vendor is it and which firmware version? Also, is the remote access still through that one jump box you mentioned?
""")
sus("fake_journalist", ["sensitive_info", "secrecy"], "elicitation", "overt", """
Subject: background only

Ms. Oduya,

I completely understand you can't talk on the record. Off the record and strictly confidential: has the procurement office already chosen the telecom vendor for the emergency network, and what were the scores? No one will ever know it came from you.

J. Castell
""")
sus("handler_followup", ["sensitive_info"], "elicitation", "subtle", """
Lovely dinner last night! You mentioned the audit of your team's export licences — how did it turn out? And which of the licences for the Gulf customer are still pending? Just curious how it all works.
""")
sus("fake_investor", ["sensitive_info"], "elicitation", "subtle", """
Before our investment committee, could you share your employer's internal roadmap slide for the AI accelerator — the one with tape-out dates? I know it's not public, that's exactly why it would help.
""")
sus("handler_followup", ["sensitive_info", "vague_client", "paid_task"], "elicitation", "overt", """
[08:40] Kev: hey, my client liked the notes on the Hill defence markup
[08:41] Kev: next: what did members say in the closed briefing on hypersonics? you were in the room
[08:41] Kev: same rate, paid when you send it
""")
# ---------------------------------------------------------------- suspicious: meeting
sus("handler_followup", ["client_meeting", "vague_client"], "meeting", "overt", """
Subject: Good news

Hi Dan,

The client would like to meet you in person. We'll fly you business class to Shanghai next month, hotel covered, 3 days. They want to discuss a longer-term arrangement.

Talk soon,
Ivy Chen
Senior Associate, Eastgate Consulting
""")
sus("fake_think_tank", ["client_meeting"], "meeting", "subtle", """
Dear Colonel Ashby,

Our director would very much like to continue the conversation face to face. We have arranged a small dinner in Singapore on the 14th with two senior people from our side; your flights and hotel are already taken care of. Please let me know your passport name so we can finalise.

Respectfully,
Grace Tan
""")
sus("handler_followup", ["client_meeting", "secrecy"], "meeting", "overt", """
Meeting in Hong Kong confirmed for the 9th. Better if you don't mention it to your employer — just say you're on holiday. Our friends will cover everything.
""")
sus("fake_consultant", ["client_meeting", "vague_client", "paid_task"], "meeting", "overt", """
Subject: Invitation – Bangkok workshop

Hi Liam,

The client is organising a 2-day closed workshop in Bangkok for experts on undersea cable landing stations. You'd present for an hour; fee USD 5,000 plus flights and hotel. Only a handful of people are invited. Please confirm by Friday.

Best,
Nora
""")
sus("handler_followup", ["client_meeting", "sensitive_info"], "meeting", "subtle", """
My colleague from the head office is passing through Istanbul next week and would love to meet you. Could you fly over for a day? Tickets will be sent to you. Bring whatever you've been working on lately — he likes to see things on paper.
""")
sus("fake_academic", ["client_meeting", "credential_targeting"], "meeting", "overt", """
Subject: Keynote invitation – Harbin symposium

Dear Dr. Kaur,

As a cleared researcher in hypersonics you are a natural keynote for our closed symposium in Harbin. All travel is paid by our sponsor. Please travel on your personal passport rather than an official one — it makes the visa quicker.

Sincerely,
Prof. Guo Li
Symposium Secretariat
""")
sus("handler_followup", ["client_meeting", "sensitive_info"], "meeting", "subtle", """
[18:20] Jason: the people I told you about are in Toronto this weekend
[18:21] Jason: dinner saturday? private room at the restaurant, just us four
[18:21] Jason: they'd like to hear about the pipeline control upgrade from you directly
""")
sus("fake_investor", ["client_meeting", "vague_client"], "meeting", "overt", """
Our LP in the Gulf wants to meet you before committing. He'd like you in Dubai for two days, all paid. He mostly wants to hear how your drone autopilot is used by your military customers.
""")
sus("handler_followup", ["client_meeting", "off_platform"], "meeting", "overt", """
Video call with the client tomorrow 8am your time. Use the WeChat video, not Zoom. Camera on please, they like to see who they are talking to.
""")
sus("fake_conference", ["client_meeting", "credential_targeting"], "meeting", "subtle", """
Dear Ms. Laurent, following the trade fair we would be delighted to host you at our factory in Tianjin with two of your colleagues from the satellite programme. Everything is arranged from the moment you land. Please also tell us which of your colleagues hold clearances, so we can plan the right sessions.
""")
sus("handler_followup", ["client_meeting", "unusual_payment"], "meeting", "overt", """
[23:10] Sunny: when you come to Macau my boss will give you the rest in cash
[23:11] Sunny: don't bring a laptop, we'll provide one
""")
# ---------------------------------------------------------------- suspicious: secrecy
sus("handler_followup", ["secrecy"], "secrecy", "overt", """
Just a reminder: please don't tell your employer or your security officer about our little arrangement. They wouldn't understand, and it would only complicate things for you.
""")
sus("handler_followup", ["secrecy"], "secrecy", "subtle", """
When you fill in the annual travel declaration at work, just list the trip as a family holiday. No need to mention meeting us — it only creates paperwork.
""")
sus("fake_consultant", ["secrecy", "paid_task", "vague_client"], "secrecy", "overt", """
Subject: our arrangement

Dear Karen,

A small but important point: the reports you write for the client should not be mentioned to anyone at the Ministry, including your manager. Please also delete our emails after reading. This protects both of us.

Regards,
Bill Tao
""")
sus("handler_followup", ["secrecy"], "secrecy", "subtle", """
Use your home laptop for our stuff from now on, not the work one. And maybe don't mention me to your husband either, he seems the worrying type.
""")
sus("fake_recruiter", ["secrecy", "credential_targeting"], "secrecy", "overt", """
Important: do NOT report this contact on your security clearance form. It's a private job discussion and your FSO doesn't need to know. Keep it confidential.
""")
sus("handler_followup", ["secrecy"], "secrecy", "subtle", """
If anyone from your security office asks how we know each other, just say we met at the university reunion.
""")
sus("handler_followup", ["secrecy", "off_platform"], "secrecy", "overt", """
[01:14] R: pls delete this chat after reading
[01:14] R: also turn on disappearing msgs in Signal, 1 day
[01:15] R: the fewer traces the better for you
""")
sus("fake_think_tank", ["secrecy", "vague_client"], "secrecy", "overt", """
Subject: Adviser agreement

Dear Dr. Blake,

We ask all our advisers to sign our private non-disclosure letter: you agree not to reveal our sponsors or our work together to your employer or to any government body. Standard practice for us.

Marguerite Fong
Secretariat, Lantern Policy Circle
""")
sus("handler_followup", ["secrecy", "unusual_payment"], "secrecy", "overt", """
Don't put the money in your main account, your employer's vetting people can see that. Open a new one somewhere else or keep it in cash. Just between us.
""")
# ---------------------------------------------------------------- suspicious: payment
sus("handler_followup", ["unusual_payment"], "payment", "overt", """
[17:22] Grace: the fee for your last paper is ready
[17:22] Grace: we can send it in Bitcoin, Alipay, or gift cards — whichever is easiest for you
[17:23] Grace: just tell me which
""")
sus("handler_followup", ["unusual_payment"], "payment", "subtle", """
As before, my cousin will meet you at the coffee shop near the station on Saturday with the envelope. Count it there if you like.
""")
sus("fake_consultant", ["unusual_payment", "paid_task"], "payment", "overt", """
Subject: Invoice

Hi Greg,

For tax reasons we'd prefer not to pay you directly. Could you give us your brother's account details instead? The full USD 7,000 for the three reports will go there this week.

Thanks,
Sophie
""")
sus("handler_followup", ["unusual_payment"], "payment", "subtle", """
My side would rather not send anything to an account in your name. Does your daughter in Vancouver have a bank account? We can put it there and she can pass it on.
""")
sus("handler_followup", ["unusual_payment", "secrecy"], "payment", "overt", """
[10:05] Anna: sent you 0.12 BTC for the last one
[10:05] Anna: don't convert it all at once, your bank might ask questions
""")
sus("fake_investor", ["unusual_payment", "vague_client"], "payment", "overt", """
Subject: Advisory agreement – payment route

Hi Ravi,

For the advisory work, our client pays through a company in the Seychelles. You'll receive monthly 'consulting' invoices to sign. Nothing to worry about, it's how international work is done.

Cheers,
Owen Maddox
Partner, Blue Lagoon Capital
""")
sus("handler_followup", ["unusual_payment"], "payment", "subtle", """
The parcel for your trouble will be left at your parents' place, not your flat. Easier that way. Let me know when they're home.
""")
sus("handler_followup", ["unusual_payment", "paid_task"], "payment", "overt", """
I can pay you in Amazon and Apple gift cards for the reports, 1,000 each. Cards are easier than a bank transfer for us.
""")
sus("fake_academic", ["unusual_payment"], "payment", "overt", """
Subject: Your visit – research stipend

Dear Dr. Finch,

The research stipend will be transferred in cash to you during your visit, as our foundation cannot transfer funds to a US account. Please do not declare it to your university, it is a personal gift.

Dr. Zhao Min
Foreign Affairs Office
""")
# ---------------------------------------------------------------- suspicious: coercion
sus("coercion", ["coercion"], "coercion", "overt", """
Mr. Wang, this is the public security bureau of your home city. Your father was asked to come in today. If you do not return to clarify your situation before the end of the month, your family's business licence will be reviewed. Call us on +86 138 0000 0000.
""")
sus("coercion", ["coercion"], "coercion", "subtle", """
Your mother had visitors from the neighbourhood committee again yesterday. They only want you to come back and have a talk. It would be much easier for her if you did. She is not young any more.
""")
sus("coercion", ["coercion", "sensitive_info"], "coercion", "overt", """
We know you attend the student association meetings in Montreal. Send us the names of the organisers and what they discuss, or your brother will lose his position at the state company. Think of your family.
""")
sus("coercion", ["coercion", "off_platform"], "coercion", "overt", """
[22:31] +86 138 0000 0019: Hello Li Na, add me on WeChat, I am from the police station back home
[22:32] +86 138 0000 0019: your aunt gave us your number. we need to talk about your posts online
[22:32] +86 138 0000 0019: if you cooperate your family will have no trouble
""")
sus("coercion", ["coercion"], "coercion", "subtle", """
Your uncle's retirement pension is being looked at again. Everyone in the family hopes you'll think carefully about the rally next Saturday and perhaps stay home that day. We'll know if you go.
""")
sus("coercion", ["coercion", "client_meeting"], "coercion", "overt", """
Subject: Notice to attend

Dear compatriot,

The overseas service station in Toronto invites you to an interview this Thursday. It is about your passport renewal and your relatives at home. Failure to attend will be reported to the authorities in your home province.

Overseas Affairs Liaison Office (Toronto)
""")
sus("coercion", ["coercion"], "coercion", "subtle", """
Hi Aziz, your sister asked me to message you. She says the people who came to the house want you to call them and to stop writing for that website. She cried the whole evening. Please, for her sake.
""")
sus("coercion", ["coercion", "secrecy"], "coercion", "overt", """
Come back home for the Spring Festival and we can sort out your father's problem. Don't tell the Canadian police or your community association about this call — that would make things much worse for him.
""")
# ---------------------------------------------------------------- suspicious: job scams
sus("job_scam", ["job_scam", "unusual_payment"], "job_scam", "overt", """
Congratulations! You've been hired as a Remote Data Entry Clerk at $32/hr. We'll mail you a cheque for $2,800 to buy your home-office equipment. Deposit it and send the balance via Zelle to our approved vendor.
""")
sus("job_scam", ["job_scam", "off_platform"], "job_scam", "overt", """
Hello, I am HR from a recruitment agency. Your resume was recommended by several online recruitment platforms. Part-time job, 30 min a day, earn $150-$500/day. Please contact my manager on Telegram @hr_julia_work for details.
""")
sus("job_scam", ["job_scam", "unusual_payment"], "job_scam", "overt", """
Subject: Offer of Employment – Junior Systems Analyst

Dear Candidate,

Following your interview on the chat platform, we are pleased to offer you the position. To activate your employee account, please purchase the mandatory training kit (CAD 450) via gift card from our certified partner and send the codes to this address.

HR Department
Northgate Systems Ltd
""")
sus("job_scam", ["job_scam"], "job_scam", "subtle", """
Welcome to the product-rating team! Your first 30 tasks are unlocked. After task 30 your account shows a negative balance — top it up to continue and all your earnings are released together. Most new members clear this on day one.
""")
sus("job_scam", ["job_scam", "off_platform"], "job_scam", "overt", """
Hi! This is Megan from a staffing firm. Your profile matches a remote role ($900/week). Please reply from your personal email, not this one, so I can send the contract. Time sensitive!
""")
sus("job_scam", ["job_scam", "unusual_payment"], "job_scam", "overt", """
Subject: Visa processing – Site Engineer offer

Dear Applicant,

Your visa processing for the engineering role in Qatar requires a refundable deposit of USD 1,200, to be sent by Western Union to our agent. Your flight and first month's salary follow after.

Best Regards,
Recruitment Desk
Gulfstar Manpower Services
""")
sus("task_scam", ["job_scam", "unusual_payment"], "job_scam", "overt", """
[11:02] Mentor Lily: today's commission 86.40 USDT ✅
[11:03] Mentor Lily: next is a combination task, you need to recharge 300 USDT first to unlock it
[11:03] Mentor Lily: don't worry, everything returns with profit when you finish
""")
sus("job_scam", ["job_scam", "unusual_payment"], "job_scam", "overt", """
Secret shopper wanted! We send you a cheque, you buy gift cards at 3 stores and rate the service, then text us the card numbers. Keep $300 as your payment.
""")
sus("job_scam", ["job_scam", "credential_targeting"], "job_scam", "overt", """
Urgent hiring for cleared personnel!! Secret clearance holders earn $95/hr from home. Registration fee of $150 to verify your clearance with our partner agency. Pay today, start Monday.
""")
# ---------------------------------------------------------------- benign look-alikes
ben("genuine_recruiter", """
Hi Marcus, I'm a recruiter at Halvorsen Aerospace (halvorsen-aero.example.com). We're hiring a Senior Propulsion Test Engineer at our Mojave site; the role needs an active Secret clearance, which I see you hold. Salary band $165-185k. Would you be open to a 20-minute call? I can send the job description to your email first if that's easier. — Alicia Romero, Talent Acquisition
""")
ben("genuine_recruiter", """
Thanks Priya! Easiest if we switch to email so I can send the full spec and our interview process — I'm at k.ellis@brightwave-defence.example.co.uk. The hiring manager is Dr. Sam Ode, who leads our EW radar team in Farnborough. Looking forward to it.
""")
ben("genuine_recruiter", """
[16:40] Jordan (Corvid Semiconductor recruiting): hey, thanks for the chat at the career fair!
[16:41] Jordan (Corvid Semiconductor recruiting): can I text you on WhatsApp about interview times? my work phone is +1 512 555 0163
[16:41] Jordan (Corvid Semiconductor recruiting): the onsite is in Austin, flights + hotel booked by us
""")
ben("genuine_recruiter", """
Subject: Your application – Grid Protection Engineer (Req 48213)

Dear Mr. Duchesne,

Thank you for applying to Lakeshore Hydro. We'd like to invite you to a first interview by phone with our Manager of Protection & Control, Ms. Irene Vo. Please choose a slot in the scheduling link below or reply with your availability. Travel expenses for the second, in-person interview in Sudbury are reimbursed under our candidate policy.

Talent Team, Lakeshore Hydro
careers@lakeshorehydro.example.ca
""")
ben("genuine_recruiter", """
Hi Jenna — I'm the in-house recruiter at Bellweather Strategies, a public-affairs firm in DC. We have an opening for a Director, Defense Policy (posting link below). Note: we can't discuss anything you worked on in committee, and we follow the post-employment ethics rules, so the first step is just a call about your interests and timing. Could I call your cell tomorrow?
""")
ben("genuine_recruiter", """
hi Ben, Mei from Tessaract AI recruiting here. the team uses WeChat Work for our Shanghai office so I added you there, but for the offer paperwork everything goes via our HR portal and your email. chat soon!
""")
ben("genuine_headhunter", """
Subject: Confidential search – VP Engineering, space systems

Dear Dr. Okafor,

I'm a partner at Kestrel Search. We have been retained on a confidential search for a VP Engineering by a listed Canadian space company. I can name the client once you sign our standard mutual NDA (attached), which is our normal practice for unannounced executive roles. Compensation is in the range of CAD 320-360k plus equity.

If you're open to it, could we speak by phone this week?

Best regards,
Hannah Kestrel
Kestrel Search Partners | 416 555 0114 | kestrelsearch.example.ca
""")
ben("genuine_headhunter", """
Tom, following our call — the client is Orrin Robotics (yes, the one in Pittsburgh). They've cleared me to name them now. Next step is a video call with their CTO on Zoom. I'll send a calendar invite to your personal email since you mentioned you don't want it landing on your work account while you're still there.
""")
ben("genuine_headhunter", """
Dear Brigadier (retd) Fenwick,

We are retained by Caldera Defence plc, a UK SME, to find a non-executive director. The role is published on our website and the company's, with the usual conflict-of-interest and ACOBA clearance that a former senior officer would need. Fee is £35k a year for about 15 days. Happy to send the pack.

Kind regards,
Rupert Lyle, Lyle & Mercer Board Practice
""")
ben("genuine_headhunter", """
hey, it's Nadia from the search firm. just tried calling — no rush. I'm mostly on WhatsApp when I'm travelling, so text me there if simpler: +44 7700 900233. the firm is Vireo Aerospace, like I said on the phone.
""")
ben("genuine_headhunter", """
Subject: Re: Board role – energy utility

Hello Mr. Duarte,

Thanks for your questions. The client is Northern Spruce Energy Co-op; I'm happy to be named in your conflicts declaration. To be clear: we won't ask about anything from your time at the regulator, and the board will ask you to recuse from any matter you handled there.

Regards,
Patricia Hume

On Mon, 9 Feb, Luis Duarte wrote:
> Before we go further: who is the client, and would you expect me to talk about files from my time at
> the regulator? I'm still under a cooling-off period.
""")
ben("expert_network", """
Subject: Paid 1-hour consultation – satellite ground segment

Hi Chloe,

I'm a project manager at Lumen Insight Group, an expert network. A client, a private equity fund evaluating the ground-station market, would like a 60-minute call with you. We pay $450/hour.

Please note our compliance rules: you must not share any confidential or non-public information about your current employer, and you may decline any question. You'll complete a short compliance attestation before the call.

Best,
Rahul Menon, Lumen Insight Group
""")
ben("expert_network", """
Hi Rob! Quick note from Tarrow Expert Network: our client (an infrastructure investor) is looking for someone to explain in general terms how utilities pick SCADA vendors. We can't discuss your own employer's systems or anything non-public. Paid $300 for 45 min via bank transfer to you. Interested?
""")
ben("expert_network", """
Thanks for the call today, Dr. Haldane. Your fee of £600 has been approved and will be paid to your UK bank account within 10 working days. As a reminder, per our terms you confirmed you shared no confidential information from your employer. — Coppergate Expert Network compliance team
""")
ben("expert_network", """
[13:05] Sara (Meridale Experts): Hi Paul, per your question — yes, you can decline any topic you're not comfortable with
[13:05] Sara (Meridale Experts): the client knows you're a current govt employee so they won't ask about your department at all, only the public budget docs
[13:06] Sara (Meridale Experts): and we need your ethics office sign-off before we book it
""")
ben("expert_network", """
Subject: Screening questions before your call

Hello Ms. Oduya,

Before we schedule your paid consultation with our client, please answer three screening questions. If answering any would require non-public information, please say so and we will withdraw the request. We do not accept consultants whose employer forbids outside work.

Fennick Advisory Network
""")
ben("expert_network", """
hi Greg, payment reminder from Quillstone Experts: we can only pay into an account in your own name, so please update the bank details in your profile (we can't send to a relative's account or in gift cards). thanks!
""")
ben("university_invite", """
Dear Dr. Kaur,

On behalf of the Department of Aerospace Engineering at the University of Pembina, I'd like to invite you to give our annual Hargreaves Lecture on 12 March. We offer an honorarium of CAD 1,500, and we'll book your flights and hotel. The talk is public and recorded, so please keep to published work.

Warm regards,
Prof. Elaine Macrae
""")
ben("university_invite", """
Dear Professor Hill, the Graduate School at Tidewater University invites you to serve as external examiner for a PhD thesis in quantum information. The thesis is confidential until the defence; the examiner fee is $400, paid by direct deposit after the oral exam (online or in person, travel covered).
""")
ben("university_invite", """
Dear Dr. Reyes,

I'm pleased to confirm your visiting-scholar appointment at the Institut Polytechnique de Ville-Marie (Sept–Dec). Your host is Prof. Claire Dion in Nuclear Engineering; the appointment letter, the visa support letter and the housing stipend details are attached. Please have your own lab's export-control officer review the list of topics you plan to discuss, as we do for every visitor.

Bureau des chercheurs invités
""")
ben("university_invite", """
hi Dr. Morgan — sorry the uni server bounced my attachments! I've put the manuscript on our department's SharePoint instead, link below. Let me know if it doesn't open. Thanks again for reviewing, the journal will send you the official invite.
""")
ben("university_invite", """
Dear Ms. Laurent, the School of Public Policy at Keswick College would be delighted if you could join a panel on space policy on 4 April. Panellists receive a £300 honorarium and rail travel. The session is on the record and open to students and press.
""")
ben("paid_peer_review", """
Subject: Grant review invitation – Arctic Systems Research Fund

Dear Dr. Finch,

You've been selected to review three applications for the Arctic Systems Research Fund. Applications are confidential: do not share or discuss them with anyone. Reviewers receive a $250 honorarium per application, paid by cheque from the Fund. Please declare any conflicts of interest before opening them.
""")
ben("paid_peer_review", """
Hi Wei, thanks for agreeing to review for the journal. The manuscript you'll see is unpublished and under confidential review, so please don't share it or use its data. We offer a 30% APC discount voucher as thanks. — Editorial Office, Journal of Detector Physics
""")
ben("think_tank_commission", """
Subject: Commissioned paper – Arctic security series

Dear Dan,

The Northwater Institute would like to commission a 6,000-word paper for our public Arctic Security series, on the modernisation of continental air defence, based on open sources. Fee CAD 4,000. The paper will be published under your name after peer review, and our funders are listed on our website.

Best,
Dr. Ingrid Solberg, Research Director
""")
ben("think_tank_commission", """
Hi Rosa — lovely to chat at the Kirribilli policy lunch. Confirming the commission: a 3,000-word piece on AUKUS Pillar II for our website, bylined, AUD 1,800, payable by EFT. Open sources only, of course. Our editorial team will be in touch about the deadline.
""")
ben("think_tank_commission", """
Dear Ambassador (ret.) Whitcombe,

The Halden Forum on Trade Policy invites you to join our Senior Fellows. Fellows write two signed commentaries a year for publication and take part in one public conference; the stipend is USD 6,000 a year. Our donors are disclosed in our annual report, and we ask fellows to declare any foreign government ties.

Regards, Helena Ortiz
""")
ben("think_tank_commission", """
Subject: Re: your report draft

Thanks Michael, the draft on outage response is excellent. Two asks: please cite the public regulator filings directly, and remove the paragraph that leans on your own utility's internal plan — we publish only what can be sourced. Payment goes out once it's final.

Priya Lal
Editor, Grid Futures series, Tamworth Energy Institute

> Draft attached. Section 3 leans a bit on what I know from work, tell me if that's a problem.
""")
ben("think_tank_commission", """
[10:14] Fiona (Northline Policy Forum): got the brief, thanks!
[10:14] Fiona (Northline Policy Forum): invoice us the £1,200 as agreed, normal bank transfer
[10:15] Fiona (Northline Policy Forum): it'll go up on the site on Monday with your name on it
""")
ben("cleared_job_ad", """
Now hiring: Systems Engineer III (Space Sensors), Colorado Springs. Active TS/SCI with CI polygraph required. Hybrid not available. Salary $140,000-$175,000. Apply through careers.ridgelinesys.example.com — Ridgeline Systems is an equal opportunity employer.
""")
ben("cleared_job_ad", """
Role: Network Security Engineer – MOD programme (SC clearance required, DV desirable)
Location: Bristol, 4 days on site
Salary: £62,000 + 10% bonus
Ridgeback Digital Ltd. Candidates must be sole UK nationals. No agencies please.
""")
ben("cleared_job_ad", """
📣 We're hiring! Cyber Analyst (Reliability Secret), Ottawa. Bilingualism an asset. Apply by 15 May on our careers page. Questions? Email jobs@mapleshield.example.ca — we never ask for fees or ask you to message us on apps.
""")
ben("cleared_job_ad", """
Subject: Job alert – 3 new cleared roles near you

• Software Engineer, Secret clearance, Huntsville AL — Orbital Forge
• Test Engineer, TS, Dayton OH — Kinetic Arc
• Program Analyst, Public Trust, Arlington VA — Cedarpoint Federal
View all jobs on ClearedCareers Example
""")
ben("cleared_job_ad", """
Hey all, my team at Wyvern Labs is hiring two RF engineers — need an active Secret, or eligible. DM me and I'll pass your CV to the hiring manager directly (referral bonus for me, full disclosure 😄).
""")
ben("security_awareness", """
Subject: Think Before You Link – reminder for all staff

Colleagues,

Hostile states use fake recruiter profiles to approach people with access. Watch for: a headhunter who won't name the client; a quick move to WhatsApp, WeChat or a personal email; offers of paid "reports" or "white papers"; questions about non-public or internal work; invitations abroad with all travel paid; and requests to keep it secret from your employer. If you see any of these, report it to the security office through the intranet form. Don't engage further.

Protective Security Team
""")
ben("security_awareness", """
Quiz time 🧠 Which of these is a red flag? (a) a recruiter who names the company and sends the job ad, (b) a "consultant" who pays in crypto for a report for an unnamed client, (c) an expert network that says it wants no confidential info. Answer in Friday's newsletter!
""")
ben("security_awareness", """
Reminder from your Facility Security Officer: cleared employees must report foreign travel and any suspicious contact, including unsolicited job offers asking about your program. You will never get in trouble for reporting. Form SF-CONTACT is on the intranet.
""")
ben("security_awareness", """
Community notice — Ottawa Uyghur & Tibetan support network: if someone calls claiming to be police "from home", threatens your family, or asks you to return or to report on others here, you are not alone. Write down the number, do not pay anything, and contact the RCMP National Security line.
""")
ben("security_awareness", """
Subject: Job scam warning

Students — several of you received "remote assistant" offers asking you to deposit a cheque and buy gift cards, or to pay a training fee. These are scams. Real employers never ask you to pay to start. Forward suspicious offers to the Career Centre.
""")
ben("family_chat", """
[19:02] Mum: 宝贝 did you eat? your dad sent 500 on WeChat for your birthday, check it
[19:03] Mum: don't tell your brother it was more than his lol
[19:05] Me: thank you!! I'll call on Sunday
""")
ben("family_chat", """
Auntie Ling: come home for Spring Festival this year, grandma keeps asking. We'll pay for your ticket, don't argue. Send me your passport number on WhatsApp so cousin Jun can book.
""")
ben("family_chat", """
[08:11] Dad: did the transfer arrive? I sent it to your sister's account because yours kept bouncing
[08:12] Dad: she'll pass it on. Don't say anything to your mum, it's for the anniversary present
""")
ben("family_chat", """
Hi beta, your uncle from Lahore has a new number +92 300 0000001, save it. He's coming to Toronto in June and wants to meet everyone. Don't worry about the hotel, he insists on paying.
""")
ben("family_chat", """
Grandpa's 80th! Zoom link for everyone abroad is below. Please keep the slideshow a secret from him until Saturday. Cousin Fei is collecting photos on WeChat.
""")
ben("family_chat", """
[21:30] Sis: u still at the lab?
[21:31] Sis: mum says come home early this summer, she misses you. also bring those maple cookies
[21:34] Me: lol ok, i'll look at flights
""")
ben("coworker_channel", """
Hi Sarah, can we move this to Teams? Easier to share the foundry yield deck there, it's internal so I'd rather not put it on LinkedIn messages. I'll add you to the channel.
""")
ben("coworker_channel", """
hey Rob, Slack is down again — text me at my work mobile 555-0172 if anything trips at the substation tonight. I'm on call till 7.
""")
ben("coworker_channel", """
Hi team, from Monday we'll use the corporate WeChat (企业微信) group for the Suzhou supplier project instead of personal WeChat, per the new IT policy. Please don't forward drawings to personal accounts.

Thanks, Kevin
""")
ben("coworker_channel", """
Claire — group chat for the offsite is on Signal since half of us are on personal phones. No work docs in there please, just logistics. Link: signal.example/group/offsite
""")
ben("coworker_channel", """
[11:50] Liam: can you send me the cable landing station drawings?
[11:51] Dee: not over this, they're restricted. I'll put them in the project share, you have access
[11:51] Liam: 👍 ta
""")
ben("travel_reimbursement", """
Subject: Travel approved – Shanghai supplier audit

Hi Wei, your trip to the Shanghai supplier (15-19 Oct) is approved. Flights and hotel are booked by Corporate Travel; meals are reimbursed at per diem. Please complete the foreign travel briefing with Security before you go and the debrief form when you're back.
""")
ben("travel_reimbursement", """
Your expense report #EX-20931 (Dubai trade show, USD 2,418.50) has been approved and will be paid with your next salary. — Expensely notifications
""")
ben("travel_reimbursement", """
hi Jason, accounts says your Toronto dinner receipts are missing for the pipeline client visit. can you upload them by Friday so we can reimburse? thx
""")
ben("travel_reimbursement", """
Dear Dr. Kaur, thank you for attending the workshop in Montreal. To reimburse your travel, please send the receipts and the banking form (account in your own name) to finance@ivm.example.ca. We cannot pay in cash or to a third party.
""")
ben("alumni_group", """
[WeChat group: Jinghua Univ. Alumni Vancouver]
[20:14] Xiaoming: anyone know a good accountant for tax season?
[20:15] Joy: I can share mine, DM me
[20:16] Xiaoming: thanks! also, hotpot next Sat? I'll pay the first round
""")
ben("alumni_group", """
Subject: Class of 2004 reunion – Kingston

Hi all! Reunion weekend is 14-16 June. The Alumni Association is covering Friday's dinner; the rest is pay-as-you-go. Please don't mention the slideshow to Prof. Dunning, it's a surprise for his retirement.
""")
ben("alumni_group", """
Hey folks, RMC alumni here — any ex-signals people willing to speak (on the record, unclassified) to current cadets about careers? Small thank-you gift from the association, nothing fancy.
""")
ben("alumni_group", """
[19:44] Priya: reminder: Kalinga Tech alumni mixer at the Bow River Club Thursday 🎉
[19:45] Priya: drinks covered by our sponsor Westfall Energy, their recruiter will be there too
[19:45] Dev: 🙌 count me in
""")
ben("parents_group", """
Grade 5 parents: please e-transfer $20 to the class rep (treasurer@bayview-pac.example.ca) for Ms. Ortega's end-of-year gift by Friday. Keep it secret from the kids, they'll spill it!
""")
ben("parents_group", """
[WhatsApp: U10 Hockey Parents]
[07:02] Coach Dave: ice time moved to 8am Sat
[07:04] Lisa: can someone drive Mateo? we're at my mum's
[07:05] Raj: sure, I'll pick him up at 7:30
""")
ben("parents_group", """
Hi everyone, the school trip to Ottawa is fully funded by the Parliament youth programme — travel and hotel paid. Kids need a passport or birth certificate. Forms to Mrs. Kaye by 3 March.
""")
ben("journalist_interview", """
Subject: Interview request – The Harbour Ledger

Dear Councillor Brandt,

I'm a reporter at The Harbour Ledger working on a story about the port expansion tender. I'd like to interview you on the record about the council's decision and the public documents. I won't ask you to discuss in-camera sessions. Could we talk by phone this week?

Maya Lindqvist
""")
ben("journalist_interview", """
Hi Ms. Oduya — Dan Weller, Telecom Weekly. Writing about the public-safety broadband network. Happy to talk to your press office if you prefer; I only need the public timeline and, if you're willing, a quote with your name.
""")
ben("journalist_interview", """
hi Aziz, I'm a freelance journalist writing about transnational repression against Uyghur writers in Canada. Would you be willing to speak, named or anonymous — your choice? I can meet at a café or over Signal, whatever feels safer for you.
""")
ben("journalist_interview", """
Subject: Fact-check – your quote

Dr. Reyes, before publication we're checking your quote about reactor instrumentation: "The industry needs more technicians than it trains." Is that accurate? We go to print Thursday. Thanks — Science Desk, The Northern Courier.
""")
ben("journalist_interview", """
[15:20] Ruth (Defence Post): got 10 min for a call about the procurement reform? on the record
[15:21] Ruth (Defence Post): I've read the public consultation, just want your view as a former official
""")
ben("conference_invite", """
Subject: Speaker invitation – Asia-Pacific Semiconductor Forum, Singapore

Dear Ms. Haldane,

We'd be delighted to invite you to speak at APSF 2027 (Marina Bay, 9-11 June). Speakers receive economy flights, three nights' accommodation and a complimentary pass. Slides will be published on our website, so please include only material cleared for public release.

APSF Programme Committee
""")
ben("conference_invite", """
Dear Dr. Okafor, your abstract "Inlet unstart detection with pressure arrays" has been accepted for oral presentation at the International Symposium on Air-Breathing Engines in Beijing. Travel grants for early-career authors are available; apply by 30 April.
""")
ben("conference_invite", """
Hi Liam — the Subsea Cable Forum in Lisbon has a free slot on the resilience panel. Our sponsor covers flights and hotel for panellists. The whole forum is livestreamed, so public info only. Keen?
""")
ben("conference_invite", """
Subject: Closed roundtable (Chatham House Rule) – energy transition

Dear Mr. Duarte,

The Marlowe Institute invites you to a roundtable on grid investment in London on 3 May, held under the Chatham House Rule. Participants' travel is reimbursed. The list of participants and the funders are attached; a public summary will be published without attribution.
""")
ben("conference_invite", """
reminder: Power engineers' local chapter dinner talk Tuesday, 6pm — speaker on substation automation. $15 students, free for members. pizza sponsored by Lakeshore Hydro.
""")
ben("hr_onboarding", """
Subject: Welcome to Corvid Semiconductor!

Hi Ben,

Ahead of your first day, please sign the Confidentiality and Invention Assignment Agreement and the Code of Conduct in Workday. You'll also complete export-control training in week one. Your direct deposit form is in the Payroll section.

People Team
""")
ben("hr_onboarding", """
Congrats on the offer! Reminder that the terms of your offer are confidential — please don't share the salary figures with other candidates. Your background check starts once you submit the consent form.
""")
ben("hr_onboarding", """
Hi Priya, your security clearance transfer has been initiated by our FSO. You'll receive an e-QIP invitation by email; please don't send SSNs or passport scans over chat or personal email.
""")
ben("hr_onboarding", """
[09:00] HR Bot: Welcome aboard, Chloe! 🎉
[09:00] HR Bot: Step 1: laptop pickup at IT, Floor 2. Step 2: sign NDA in DocuSign. Step 3: security briefing at 11:00
""")
ben("bank_notice", """
Northshore Bank: an international wire of GBP 600.00 from COPPERGATE EXPERTS LTD has been credited to your account ending 4471. If you don't recognise it, call 1-800-555-0199.
""")
ben("bank_notice", """
Security tip from Tamarack Trust: we'll never ask you to move money to a "safe account", buy gift cards, or pay in crypto. Never share your one-time passcode, even with someone who says they're from the bank.
""")
ben("bank_notice", """
You added a new payee "L. Chen" for international transfers. If this was you, no action is needed. If it wasn't, lock your card in the app and call us. — Harbourline Credit Union
""")
ben("payroll_notice", """
Payroll: your pay stub for the period ending 15 Nov is available. Note: this period includes your $1,250 referral bonus and the reimbursement of your conference travel (Beijing).
""")
ben("payroll_notice", """
Hi Greg, we've received a request to change where your salary is paid. For your protection we only pay into accounts in the employee's own name, and we confirm every change by phone. We'll call you on your extension today.

Payroll Services
""")
ben("payroll_notice", """
Reminder to contractors: invoices for October are due by the 5th. Payment is by bank transfer only — we don't pay in cash, gift cards or crypto. Questions to ap@wyvernlabs.example.com.
""")
ben("surprise_party", """
Hey, it's Jess! Planning a surprise 40th for Mark on the 22nd. Please don't tell him or mention it at work 🤫 I'll add you to a WhatsApp group with the others. Chip in $25 if you can.
""")
ben("surprise_party", """
[12:02] Omar: psst — farewell for Director Hughes next Friday. keep it quiet, she thinks it's a budget meeting
[12:03] Omar: collecting cash for the gift in the envelope on my desk
""")
ben("surprise_party", """
Subject: shhh – Helen's retirement

All, we're planning a surprise lunch for Helen's retirement from Procurement. Please keep this confidential until the day! The venue is paid from the team's social fund; RSVP to me by the 10th.

Edmund
""")
ben("investor_meeting", """
Hi Sam, great meeting at demo day. Our fund (Pinecrest Ventures, pinecrest.example.com) would like to continue the conversation. Could you send your deck to my work email? We don't need anything beyond what you'd share with any investor.
""")
ben("investor_meeting", """
Tom, as discussed, our DD list is attached. Note we can't accept any information belonging to your former employer, and our CFIUS counsel will review the cap table because one LP is foreign. Call me with questions.
""")
ben("investor_meeting", """
hi Chloe — our partner meeting is in Dubai next month; we'd cover your flight and hotel to pitch in person, or you can dial in on Zoom, totally your call. Nothing about your current employer needed, just your startup.
""")
ben("trade_fair", """
Dear Ms. Laurent, thank you for visiting our stand at Paris Air Show. As promised, I attach our catalogue of satellite connectors and the price list. We would be happy to meet your procurement team by video.
""")
ben("trade_fair", """
Please find attached the invoice for stand B14 (£8,400). Payment by bank transfer to the account on the invoice. We never change bank details by email — call us to confirm.
""")
ben("community_association", """
Dear members, the Chinese Canadian Cultural Association's Mid-Autumn gala is on 14 Sept. Tickets $30, free for seniors. Volunteers, join our WeChat group. Our treasurer will post the audited accounts.
""")
ben("procurement_notice", """
Subject: Notice of award – RFP 2026-044 water treatment upgrades

The City of Port Alder has awarded RFP 2026-044 to Clearwell Systems Ltd. Unsuccessful proponents may request a debrief within 10 days. Evaluation scores are confidential and will only be shared with each proponent for their own bid.
""")
ben("procurement_notice", """
Hi Helen, reminder: the frigate support bid is in the blackout period, so no contact with bidders outside the formal channel. If anyone approaches you, log it with the contract officer.
""")
ben("grad_student_request", """
Hi Professor Hill, I'm a master's student at Lakeview University writing about quantum-computing funding in Canada. Could I interview you for 20 minutes about the public grant calls? I'll send you my ethics approval and the consent form.
""")
# ---------------------------------------------------------------- benign plain
ben("ordinary_chat", "running 10 min late, grab us a table by the window?", lookalike=False)
ben("ordinary_chat", """
[18:01] Kim: did u feed the cat
[18:03] Alex: yes and watered the plants
""", lookalike=False)
ben("ordinary_chat", "Happy birthday!! hope the day's lovely, drinks on me next week 🎂", lookalike=False)
ben("ordinary_chat", "anyone want my spare ticket to the hockey game tonight? free to a good home", lookalike=False)
ben("work_email", """
Subject: Q3 planning

Hi all, the Q3 planning session is moved to Thursday 2pm in room 4B. Please bring your updated milestones. Thanks, Nadia
""", lookalike=False)
ben("work_email", """
Subject: Printer on 3rd floor

The printer on 3 is fixed. Please don't leave documents in the tray overnight. — Facilities
""", lookalike=False)
ben("work_email", """
Hey Dee, left some comments on your PR for the telemetry parser. Mostly naming, one off-by-one. Ping me if you want to pair on it.
""", lookalike=False)


def check(records: list[dict[str, object]]) -> None:
    """Fail loudly if a record breaks the conventions of the set."""
    labels = [r["label"] for r in records]
    assert len(records) == 200, len(records)
    assert labels.count(1) == 100 and labels.count(0) == 100, labels.count(1)
    benign = [r for r in records if r["label"] == 0]
    assert sum(1 for r in benign if r["lookalike"]) >= 90
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in records:
        kind = str(r["kind"])
        assert re.fullmatch(r"[a-z][a-z_]*", kind), kind
        cats = r["categories"]
        assert isinstance(cats, list)
        if r["label"] == 1:
            assert cats and set(cats) <= CATEGORIES and len(set(cats)) == len(cats), r["text"]
            assert r["stage"] in STAGES and r["subtlety"] in {"overt", "subtle"}, r["text"]
            if r["subtlety"] == "subtle":
                hit = STOCK.search(str(r["text"]))
                assert hit is None, (hit, r["text"])
        else:
            assert cats == [] and r["stage"] == "none" and r["subtlety"] == "none"


def main() -> None:
    check(RECORDS)
    records = list(RECORDS)
    random.Random(SEED).shuffle(records)
    lines = []
    for n, r in enumerate(records, 1):
        row = {"id": f"enb3-{n:03d}", **r}
        lines.append(json.dumps(row, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} messages to {OUT}")


if __name__ == "__main__":
    main()
