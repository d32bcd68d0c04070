"""Hand-written source of the SUSPICIOUS half of the training corpus (message bodies only).
Run: python3 suspicious_source.py  -> rewrites suspicious.jsonl next to this file.
Code per message: "<stage> <subtlety> <register> <category letters>" (see maps below).
"""
import json, os, re
FAMS = []
STAGE = {"c": "contact", "p": "pivot", "t": "tasking", "e": "elicitation", "m": "meeting", "n": "none", "u": "tasking", "x": "tasking"}
SUB = {"o": "overt", "s": "subtle"}
REG = {"h": "chat", "e": "email", "i": "inmail"}
CAT = {"C": "credential_targeting", "O": "off_platform", "P": "paid_task", "V": "vague_client",
       "S": "sensitive_info", "M": "client_meeting", "X": "secrecy", "U": "unusual_payment",
       "K": "coercion", "J": "job_scam"}

def F(family, kind, msgs):
    out = []
    for code, text in msgs:
        st, sb, rg, cats = code.split()
        out.append({"stage": STAGE[st], "subtlety": SUB[sb], "register": REG[rg],
                    "categories": [CAT[c] for c in cats], "text": text})
    FAMS.append((family, kind, out))

def X(num, msgs):
    for fam, kind, out in FAMS:
        if fam.startswith(f"s-fam-{num:03d}-"):
            for code, text in msgs:
                st, sb, rg, cats = code.split()
                out.append({"stage": STAGE[st], "subtlety": SUB[sb], "register": REG[rg],
                            "categories": [CAT[c] for c in cats], "text": text})
            return
    raise KeyError(num)

RELABEL_SUBTLE = [
"Our director will be attending a forum in Shanghai", "Principal wants to meet you. He'll fly you to Istanbul",
"Our investor's CTO is passing through Dubai", "Any sense of which way the committee is leaning",
"Could you write a couple of paragraphs on how the committee", "One of our biggest subscribers would love",
"After the forum, a company associated", "We invite you to spend the summer with us", "Your experience on the national quantum initiative",
"The vice-president will host a banquet", "My publisher will be in Vienna", "We're an agritech start-up",
"Our sponsors would also appreciate your insights", "The supplier's regional VP will be in Athens", "My boss wants to meet you. He'll fly you to Lisbon",
"Mr Leung, the founder of our family office", "Flights booked. Driver will meet you", "After the visit, Mr Leung's associates",
"I represent a Hong Kong family office", "Our top panellists are invited", "Our director is passing through Tbilisi",
"Our project director will visit next month", "The editorial board invites you", "We have two more manuscripts in your area",
"Our principal will be in Geneva for the WTO week", "When you come, my uncle's boss", "Your brother has been asked to help persuade you",
"They say if you come home for the New Year", "If you continue to meet with them, the association", "They'd like to know about the visitors to your lab",
"They said if you help them, they will give money", "Interview question 1:", "Our sponsor asked whether you still have contacts",
"They liked the last one. This time they're asking about deployment", "My colleagues are very pleased with your first paper",
"The fund would appreciate a short description of the control system", "For the first assignment, please summarise the city's plans",
"The publisher would like a sample chapter", "In the review, could you indicate which aspects", "Your father's restaurant licence is up for renewal",
]


# ---- p1 ----

F("s-fam-001-singapore_consultancy_telecom", "fake_headhunter", [
("c o i CV", "I lead the technology practice at Straitsgate Advisory, a boutique consultancy based in Singapore. Your eight years on the 5G core rollout at your current operator is exactly the background one of our clients has asked us to find. The engagement is remote, flexible around your day job and very well compensated. Would you be open to a short conversation this week?"),
("p o i O", "LinkedIn messaging is a bit limited for the details and I don't check it often. Could you add me on WhatsApp at +65 9127 4480? I'll send the brief there."),
("c s i C", "Your talk on network slicing at the operators' summit last spring was one of the clearest I've heard on the subject. We advise a handful of infrastructure investors in the region who are trying to understand how carriers in your market are approaching the next upgrade cycle. Twenty minutes of your time some evening would be enormously helpful to them, and they are generous with people who help."),
("t o h PV", "The client would like a 6-8 page paper on how your operator is planning its core network refresh. USD 3,000 for the first one, more if they like it. No need for a name on it."),
("e o h SV", "They read your paper, very happy. Next they want specifics: which vendor components are still in the core, and how lawful intercept is configured on your side. Doesn't need to be official documents, your own notes are fine."),
("e s h S", "It was good, but honestly a bit close to what's already in the analyst notes. They were hoping for the parts that never make it into the investor decks - what the engineering team itself is worried about."),
("m o e MU", "My client's regional director will be in Kuala Lumpur the week of the 14th and would very much like to meet you in person to discuss a longer-term arrangement. Flights and hotel are of course covered on our side, and we can settle the outstanding fee in cash when you arrive so you don't have to wait for a transfer."),
("t o h X", "One thing - please don't mention our arrangement to colleagues or your manager. Our clients are very private and it is simpler for everyone if this stays between the two of us."),
("t o h U", "Bank transfers from here take long and sometimes attract questions. We can pay in USDT, or into a Wise account in your wife's name, whichever you prefer."),
("p s h O", "Easier if we continue on the app I mentioned, the number is in my last note. I'm hardly ever on here."),
("m s e M", "We would be glad to host you in Singapore for a couple of days so you can get to know the partners in an informal setting. Nothing structured, a dinner and a conversation about where this could go. We'll take care of the travel, just let me know which dates suit your family."),
("p o i O", "pls add me on W h a t s A p p : plus six five, nine one two seven, four four eight zero. this site keeps flagging my long messages"),
]) 

F("s-fam-002-thinktank_policy_analyst", "think_tank_tasking", [
("c o e CP", "I am a research fellow at the Pacific Horizon Policy Institute, an independent think tank with offices in Hong Kong and Geneva. We are building a small circle of practitioners who can offer grounded perspectives on trade and security policy in Canberra, and your time at the Department of Foreign Affairs makes you an ideal contributor. Short papers are paid at USD 1,500 each. I would welcome the chance to tell you more."),
("c s e C", "Your recent piece on regional maritime cooperation was quoted in one of our seminars and sparked a long discussion. Our institute tries to bring former officials into conversation with scholars who rarely get to hear how decisions are actually made. Would you consider joining one of our closed roundtables? Contributors are offered an honorarium."),
("t o e PV", "For the first paper, our sponsor is interested in how the government is likely to respond to the new export rules on critical minerals. Around 3,000 words, no footnotes needed. They prefer your assessment to published sources, and the paper will not be circulated outside a small readership."),
("t s e P", "Thank you for the draft. It reads well, but the readership found it close to what has already appeared in the commentary. For the next one, could you lean more on your own understanding of how the department sees things, rather than the public record? The honorarium would be doubled to reflect the extra effort."),
("e o e SV", "Our sponsor asked whether you still have contacts in the department who could tell you how the cabinet submission on the minerals strategy is shaping up. Even a sense of the options being considered, before anything is announced, would be extremely valuable to them."),
("e s e S", "The people who read your work value perspectives that aren't in the press releases. Where the department's thinking is still unsettled is exactly where your view matters most to them."),
("m o e MV", "Our director will be attending a forum in Shanghai in November and would like to invite you as a guest speaker. We would of course cover business-class flights and accommodation. There would also be a private dinner with a few of the people who have been reading your papers."),
("m s e M", "It would be lovely to meet face to face at last. Several colleagues who have followed your contributions would like to thank you personally over dinner when you're next in the region. Let's keep it informal - no agenda, no slides."),
("p o e O", "For convenience, may I suggest we move our correspondence to my personal address, phorizon.research@163.com? The institute's server has been unreliable, and I'd like to make sure your drafts reach me directly."),
("t o e XU", "As some of our sponsors prefer discretion, we would ask that the arrangement not be mentioned to your current employer. Payment can be made to an account of your choosing, including outside Australia if that is simpler for tax purposes."),
("e o e SXV", "Our sponsor is asking for the internal briefing notes prepared ahead of the ministerial visit. I understand they are marked for official use, but a summary in your own words would be fine and would of course remain strictly between us."),
]) 

F("s-fam-003-clumsy_hr_lithography", "fake_hr_recruiter", [
("c o h CO", "i am Lily from HR of big tech company, we see your profile working lithography at chip fab. we have very good job for you salary is 3 time of now. can you add my wechat for detail? id: lily_hr_0723"),
("p o h O", "linkedin not convenient for me, my boss only use W e C h a t. please add lily_hr_0723 or scan code i send"),
("c o h CP", "we are looking experienced engineer in EUV process, only part time consulting first. you can do from home, just share your experience. very good pay each month"),
("t o h PS", "my boss want you prepare small document about your fab process parameters, like the recipe for the layer you working. dont worry it is only for understand your level"),
("e o h S", "can you send the photo of process flow chart? boss say is important to decide your salary level. just take by phone is ok"),
("u o h U", "we pay first part 2000 USD by alipay or usdt. which you like? bank is slow"),
("m o h M", "boss invite you come Shenzhen visit factory and talk, all ticket and hotel we pay. also can bring your wife for travel"),
("x o h X", "please not tell your company now, after you join is no problem. now is secret because competition"),
("p o h O", "if you not have we chat you can use v x too same thing. or send me your number i call you"),
("c s h C", "sorry for disturb, i see you are very senior in process integration. my company really respect your skill, can we talk some time? just want to know you"),
("e s h S", "boss very like your answer. he ask which tool settings you changing when yield go down, what you do different from the standard one"),
("p s h O", "i send you friend request on the green app, please accept so we talk easy"),
]) 

F("s-fam-004-cleared_veterans_gig", "clearance_gig_recruiter", [
("c o i C", "Saw you're transitioning out with an active TS/SCI. We place cleared vets in short advisory gigs with private clients overseas. Flexible, remote, pays well above GS scale. Interested?"),
("p o i O", "Can't go into detail on here. Hit me up on Telegram, @ridgeline_talent. Faster and more private."),
("t o h PV", "Client wants a 5 page writeup on how your old unit handles comms security in the field. General stuff, nothing you'd lose sleep over. $2k on delivery."),
("e o h SV", "They liked the last one. This time they're asking about deployment rotations and which bases you'd expect to get the new radar kit first. Just your educated guess."),
("u o h U", "Payment's in BTC or USDT, your pick. Keeps it off the books for both of us."),
("x o h X", "Don't put any of this through your work email and don't mention it at your reinvestigation. It's private consulting, none of their business."),
("c s i C", "Thank you for your service. A lot of folks with your background don't realise how much their experience is worth on the private side once they get out. I work with some people who'd pay serious money just to hear how things really work. No pressure - happy to chat whenever."),
("e s h S", "Your take on the exercise schedule was spot on according to them. They'd love more of that inside-baseball stuff - the things you only know if you were in the room."),
("m o h M", "Principal wants to meet you. He'll fly you to Istanbul, 2 days, all on him. Good chance to lock in a retainer."),
("p o h O", "telegram again: r i d g e l i n e _ t a l e n t . they wiped my last acct"),
("m s h M", "Would you be up for a quick video chat with the guy who's been reading your stuff? Just to put a face to a name. Keep it casual."),
]) 

F("s-fam-005-former_officer_approach", "former_officer_approach", [
("c o e CV", "I represent the Eastbridge Academy of Social Sciences, a research body that studies international relations. We understand you previously served in a national intelligence service and are now working as a private consultant. Our academy would be interested in commissioning your expertise on US-China relations, and can offer substantial compensation for your time."),
("p o e O", "For reasons of security, I prefer that we continue by phone. I will call you from +86 139 0417 2288 tomorrow at 9pm your time. Please do not use your work telephone."),
("m o e MU", "We would like to invite you to Shanghai to meet two of my colleagues. Your airfare and hotel are paid, and we will also give you 10,000 US dollars in cash as a consultancy fee for the visit."),
("t o e PV", "My colleagues are very pleased with your first paper on US policy in the South China Sea. For the next one, could you write about how decisions are made inside the agency where you worked, and who the key people are today?"),
("e o e SX", "We understand you may still have documents from your career. We do not need anything very sensitive, only things that would help us understand the process. Of course, this arrangement must stay between us."),
("p o e OX", "I am sending you a special phone. Please use only the messaging application already installed on it when you send us documents. It deletes the messages automatically, so there is no risk for you."),
("e s e S", "Your explanation of the review process was very useful. My colleagues wondered whether you could describe it in more detail, with examples from the cases you remember best."),
("u o e U", "The 25,000 you asked for is no problem. We will pay part of it in cash when we meet and the rest through a friend's company in Hong Kong so it does not create a record."),
("m s e M", "My colleagues enjoyed your company very much in Shanghai and hope you will return in spring. They will arrange everything again - you need only tell me the dates."),
("c s e C", "A mutual acquaintance suggested that you might be open to sharing your experience of government service with a wider audience. We organise small exchanges between practitioners from different countries, and would be honoured to include you."),
("x o e X", "Please do not discuss our meetings with anyone, including former colleagues. If anyone asks, you are advising us on a book project."),
]) 

F("s-fam-006-political_risk_consultancy_reports", "fake_consultancy_reports", [
("c o e CPV", "I run a small political risk consultancy, Lakeshore Insight Partners. We saw from your job-search profile that you have worked with a US government agency and hold a clearance. We pay experienced professionals to write short reports for our clients in Asia - typically USD 1,000 to 2,000 per report. Would you be interested?"),
("t o e PV", "Our client would like a report on the possible effects of the new Pentagon acquisition reforms on defence contractors. Around 1,200 words. Please draw on your own experience where you can; they are less interested in what is already in the news."),
("t s e P", "Thanks for sending this over. They asked me to pass on that the analysis is solid but it reads like a summary of what's already in the papers. Where you've seen things first-hand, that's what makes the difference for them."),
("e o e SV", "Our client has asked whether you know anything about the current debates on the F-35 programme that have not yet been made public. Any information about internal disagreements would be very valuable and paid at a higher rate."),
("p o e O", "Since your government e-mail is probably monitored, please send future drafts to lakeshore.insight.partners@gmail.com and not to the company address."),
("c o e CV", "We also noticed you previously worked on the staff of a Congressional committee. Do you know other people in similar positions who might want to earn extra income by writing for our clients? We pay a referral fee."),
("u o e U", "We will send your fee through a payment app rather than bank wire. Please tell me which one you use. Our client prefers to avoid the paperwork."),
("x o e X", "Please do not list this work on your financial disclosure or mention it to your security officer. Our clients are sensitive about their names appearing anywhere."),
("m o e MV", "The client would like to meet you when you are next in Asia. They will pay for your trip. They mentioned that they would like to talk about a longer-term arrangement for regular reports."),
("e s e S", "If you still have friends on the Hill, it would help to know which way the committee is leaning before the vote. Nothing formal, just what people are saying over coffee."),
("c s e C", "I came across your resume on the career site and was impressed by the range of your experience in the public sector. We work with a few organisations that appreciate practical insight and pay well for it. Would you like to hear more?"),
]) 

F("s-fam-007-aerospace_composites_hk", "fake_headhunter", [
("c o i CV", "I'm a search partner with Crestmoor Executive Search in Hong Kong. One of our clients, a fast-growing aviation supplier, is looking for senior people with experience in composite airframe structures for military platforms. Your background at the prime looks very relevant. The client prefers to remain anonymous at this stage."),
("c s i C", "Your work on automated fibre placement for the wing skins caught my eye. I'm helping an aviation group in Asia build out their structures capability, and experience like yours is genuinely rare. Open to a quiet conversation about what the next step in your career could look like?"),
("p o i O", "Could we take this to WhatsApp? +852 6310 5527. LinkedIn doesn't let me attach the role description."),
("t o e PV", "Before the client can shortlist you, they've asked for a technical memo of about ten pages explaining the cure cycle and tooling approach you used on your last programme. They will pay a USD 4,500 assessment fee for your time, which is quite generous for a screening step."),
("e o e S", "The memo was very well received. The client's chief engineer has a few follow-up questions about the resin supplier specs and the defect tolerances you worked to. If you have the internal specification documents, that would save everyone time."),
("e s h S", "They loved the detail. Any chance you could walk them through the bits that didn't make it into the conference paper? That's really where the interest is."),
("m o e M", "The client would like to meet you in Hong Kong for a day of interviews with the engineering leadership. Business class, five-star hotel, and a per diem. Could you travel in the first week of next month?"),
("m s e M", "Happy to cover your trip so you can meet my partners in person - let's keep it informal, more of a getting-to-know-you than an interview."),
("x o i X", "Please keep this opportunity to yourself for now. The client is in stealth mode and would be very unhappy if word got around your current employer."),
("u o h U", "The assessment fee can go to an account outside the US if you have one. Otherwise we can do crypto. Saves you a tax headache."),
("p o h O", "add me on whats-app pls, same number as before but +852 6310 5527. i dont really use this app"),
]) 

F("s-fam-008-ai_lab_model_details", "fake_startup_recruiter", [
("c o i CV", "We're an early-stage AI lab backed by a large strategic investor in Asia and we're hiring research leads for foundation models. Comp is roughly 2x what you're on now, fully remote, and the investor is happy to start you on a paid advisory basis while you stay in your current role."),
("c s i C", "Loved your workshop paper on long-context retrieval. We're a small team with a lot of compute and a very patient investor, and we're trying to learn from people who have actually trained at frontier scale. Would you be up for an informal chat sometime?"),
("t o h P", "To get started, could you write up a short memo on how your lab structures its pre-training data mix? We pay $5k per memo. Doesn't have to be polished."),
("e o h S", "The memo was super helpful. Investor is asking for the actual eval numbers on the unreleased model and the tokenizer config if you can get them. Even screenshots would work."),
("e s h S", "What they'd really value is the stuff that isn't in the paper they put out - the ablations that didn't work, the training tricks the team keeps in-house."),
("p o h O", "Let's move to Signal or Telegram, whatever you prefer. I'd rather not have this on your work Slack or on here."),
("x o h X", "Obviously don't mention this to your manager yet. Advisory work during employment is a grey zone and we don't want to put you in a tough spot."),
("m o e MV", "Our investor's CTO is passing through Dubai next month and would love to meet you. We'll fly you out and put you up - two days, mostly dinners. He has a very specific offer in mind."),
("u o h U", "We can pay the advisory fee through a Cayman entity or in USDC, whichever works best for you. Bank wires from our side can be slow."),
("t s h P", "Could you put together a page on where you think your team's roadmap is heading over the next year? Your own sense of it, not the public blog version. We'll make it worth your while."),
("e o h SX", "If you can get access to the checkpoint bucket, even a small model, the investor said they'd pay whatever you think is fair. Just keep it off any company device."),
("p o h O", "my tg is @n0va_labs_hiring -- t e l e gram, not the other one"),
]) 

F("s-fam-009-nuclear_regulator_energy", "energy_consultancy_elicitation", [
("c o e CV", "I am a director at Nordhaven Energy Advisory, a firm that supports international investors in the civil nuclear sector. One of our clients is assessing new-build opportunities in your country and would greatly value the insight of someone with your regulatory background. We would propose a paid consulting arrangement at a daily rate well above the market."),
("c s e C", "Having followed your work on the periodic safety review framework, I believe your perspective would be invaluable to a small group I advise. They are long-term investors who want to understand how licensing decisions are really reached. I would be happy to explain more over a call."),
("t o e PV", "As a first step, our client would appreciate a brief paper, perhaps 2,000 words, on the likely timeline for the small modular reactor licensing decision. The fee would be EUR 3,500. They are keen on your own view rather than the official guidance."),
("e o e S", "Our client was grateful for the paper. They now ask whether you could share the unpublished findings of the regulator's assessment of the reactor vendor's design, even in outline. They appreciate this may be restricted, and will of course treat it with complete discretion."),
("e s e S", "The people I work with were hoping for a little more about what hasn't been made public yet - where the assessment team has concerns, for example, and which issues are still open."),
("p o e O", "Could we perhaps continue this conversation by phone? My mobile is +7 916 402 33 18. I travel a great deal and rarely have access to my office e-mail."),
("m o e MU", "Our client would like to invite you to Vienna for a private meeting alongside the IAEA week. Travel and accommodation are covered, and a consultancy fee of EUR 8,000 would be paid on the day."),
("x o e X", "Given the sensitivity of the sector, we would ask that our conversations remain confidential and that you do not mention them to your colleagues at the regulator."),
("m s e M", "Some colleagues will be in Vienna in the autumn and it would be a pleasure to host you for dinner. An informal evening, nothing more - they simply enjoy hearing from experienced people."),
("u o e U", "For reasons of efficiency, the fee would be paid through an intermediary company in Cyprus. Please send me the details of an account you hold outside the country, if possible."),
("e o e SV", "One further question from the client: which sites are being considered for the interim spent-fuel storage facility, and what does the regulator's internal security assessment say about them?"),
]) 

F("s-fam-010-finance_regulator_hedge", "unnamed_fund_elicitation", [
("c o i CV", "I work with a private investment office that takes a macro view on rates. They pay exceptionally well for conversations with people who understand how the central bank reaches decisions. No need to reveal anything confidential of course - just your general impressions. Open to a call?"),
("c s i C", "Your time on the supervisory side must have given you a view of the banking system few people ever get. I'm putting together a small circle of experienced practitioners for informal exchanges with long-horizon investors. Would you be willing to hear more?"),
("t o e PV", "The fund would like a short note on the likely outcome of the upcoming stress tests. Who you think is close to the line, that sort of thing. GBP 4,000 for a two-page note. They don't need your name on it."),
("e o h S", "Any sense of which way the committee is leaning before the announcement? Even a hint on the vote split would be worth a lot to them."),
("e s h S", "What they value is the stuff between the lines - the tone of the discussion, who pushed back, what didn't make it into the minutes."),
("p o h O", "Let's switch to WhatsApp, +44 7700 918 342. I'd rather not have this in LinkedIn's records."),
("u o h U", "Happy to pay into a Revolut or in crypto if that's easier than invoicing. Nobody needs to see it on a payslip."),
("x o h X", "You'll understand this is strictly between us. Please don't mention it to compliance - they'd just make it complicated."),
("m o e MV", "The principal would like to meet you in Zurich. He's a discreet man and prefers to do business face to face. We'll arrange flights and a hotel near the lake."),
("t s e P", "The fund was delighted with your thoughts on the liquidity facility. Would you be willing to make this a monthly note? They're happy to set up a standing fee on terms that suit you."),
("e o e SX", "Is there any chance you could get a look at the draft enforcement list before it's finalised? The fund would pay a substantial bonus and it would never come back to you."),
]) 


# ---- p2 ----

F("s-fam-011-biotech_trial_data", "investor_elicitation", [
("c o e CV", "I advise a Swiss-registered life sciences investor with a strong interest in mRNA platforms. Your role in clinical operations at your company puts you in a unique position to help them understand the field. They offer paid advisory engagements of CHF 1,000 per hour, and the client's identity would be shared once we have agreed terms."),
("c s i C", "Your poster on lipid nanoparticle stability at the Boston meeting was excellent. I work with a group of long-term investors who are building a view on next-generation delivery platforms, and they learn most from the scientists doing the actual work. Would you be open to an exploratory call?"),
("t o e PV", "Our client would like a written overview of your company's pipeline priorities for the next 18 months, including which programmes are likely to be deprioritised. Around five pages; the fee is USD 6,000."),
("e o e S", "Would you be able to share the interim efficacy readout from the phase II study before it is announced? Our client understands the sensitivity and would handle it with the utmost discretion."),
("e s e S", "It would be most useful to hear how the data safety board discussions have gone so far - the tone more than the figures. That sort of context never reaches the press release."),
("p o e O", "I'd suggest we move off corporate e-mail. You can reach me on Signal at +41 79 553 06 12, or write to my private address, helixbridge.advisory@proton.me."),
("x o e X", "Please be aware that our client values discretion above all. It would be best not to mention this engagement to your company's legal team or your line manager."),
("m o e M", "The client's scientific director will be in Basel for a conference next month and would very much like to meet you for lunch. We would cover your travel and a day rate for your time."),
("u o e U", "For efficiency, we pay advisors through a holding company in Singapore, so the fee would arrive as a consulting invoice from them. If you prefer, we can also pay a portion in cash at the meeting."),
("t s h P", "Could you jot down what you think the team's real plan is for the manufacturing scale-up? Not the investor-day version - your own read of it."),
("e o h S", "if you still have access to the batch records for the last lot that would answer most of their questions. happy to pay extra for that"),
]) 

F("s-fam-012-grid_operator_scada", "infrastructure_fund_elicitation", [
("c o i CV", "I represent an infrastructure fund that is evaluating investments in transmission assets in Europe. They are keen to speak with control-room engineers like yourself who understand how the network is operated day to day. Consulting is paid at EUR 800 per hour. The fund prefers not to be named at this stage."),
("t o e PV", "The fund would appreciate a short description of the control system architecture you work with: which SCADA platform, how the substations connect back to the control centre, and how remote access is handled. It's for their technical due diligence."),
("e o e S", "Thank you, this was very helpful. The technical advisors now ask for a network diagram showing the segmentation between the corporate IT network and the operational network, and the firmware versions of the RTUs. A photo of the internal documentation would be sufficient."),
("e s h S", "They'd like to understand where you and your colleagues think the weak points are. Not the official risk register - what the engineers actually worry about at night."),
("p o i O", "Could you contact me on Telegram? My handle is @gridview_partners. It's more convenient for sharing diagrams."),
("x o h X", "It goes without saying this should stay between us. Your employer would misunderstand a perfectly ordinary due diligence exercise."),
("m o e MU", "The fund's technical lead will be in Belgrade at the end of the month and would like to meet you for a working lunch. We'll cover travel, and the consulting fee would be paid in cash to avoid the delay of invoicing."),
("c s e C", "I've been told you are one of the few people who really understand how the northern interconnector is run. I work with a group of long-term investors who would greatly value half an hour of your time to understand the asset better."),
("e o h SV", "client also asking the schedule for the maintenance outages next quarter and which lines run on backup protection during them"),
("u o h U", "we can pay in USDT to any wallet, or I can send a Revolut transfer from a personal account if that's easier for you"),
("p o h O", "this chat is monitored i think. pls write me on t e l e g r a m, same name, gridview_partners"),
]) 

F("s-fam-013-defence_procurement_market_study", "market_study_elicitation", [
("c o e CPV", "We are conducting a market study on European land-systems procurement for a client in the defence sector and would value your perspective as a procurement officer at the ministry. The interview takes about an hour and is remunerated at EUR 2,000. Our client prefers to remain anonymous."),
("t o e PV", "Following our conversation, our client would like a written summary of the evaluation criteria being used in the armoured vehicle competition, and how the competing bids compare on price. A four-page note would be ideal."),
("e o e S", "Our client wonders if you could share the draft capability requirements document for the next procurement phase. They understand it is not yet public, but even the headline requirements would help them."),
("e s e S", "What would help most is your sense of where the evaluation panel is leaning. Anything beyond the official tender documents would be appreciated."),
("p o e O", "To simplify our correspondence, please send your notes to marketscope.research@outlook.com rather than through the ministry system."),
("x o e X", "We kindly ask that you keep our discussions confidential, including from your colleagues at the ministry. Market studies are sensitive and our client would prefer no one know of their interest."),
("u o e U", "We can transfer the fee to an account in Luxembourg or Switzerland, if you prefer to keep it separate from your salary account."),
("m o e MV", "The client's managing director would be happy to meet you in Belgrade or Istanbul, whichever is more convenient. All travel expenses will be covered."),
("c s e C", "A colleague mentioned that you led the logistics support for the recent framework contract. We are talking to a small number of experienced professionals about how ministries are approaching their modernisation programmes, and your insight would be extremely valuable."),
("t s e P", "The study is going very well thanks to your input. Would you be willing to stay on as an advisor for the next phase? We'd propose a monthly retainer, and the questions would follow the same lines as before."),
("e o e SV", "Our client is particularly interested in the maximum budget the ministry has approved for the contract. They are willing to double the fee for this."),
]) 

F("s-fam-014-parliament_staffer_newsletter", "investor_newsletter_elicitation", [
("c o i CP", "I edit a subscriber-only briefing on Westminster politics for international investors. We pay staffers and researchers for short contributions on what's really happening in the parliamentary process - GBP 500 per item, no byline. Would that interest you?"),
("t o h PV", "Could you write a couple of paragraphs on how the committee is likely to handle the telecoms security bill amendments? Subscribers want the inside view, not what's in the papers."),
("e o h S", "Any chance you could share the draft committee report before publication? It'll never be attributed."),
("e s h S", "Our readers are always most interested in what's said in the room but doesn't make it into Hansard."),
("p o h O", "Could you message me on WhatsApp instead? +44 7911 402 776. Easier than LinkedIn."),
("x o h X", "Please don't mention this to your MP. It's just freelance writing, but some people get funny about it."),
("u o h U", "We pay via PayPal friends-and-family or crypto, whichever you prefer. No invoices needed."),
("m o h M", "One of our biggest subscribers would love to take you to dinner next time he's in London. He's very well connected and might have more work for you."),
("c s i C", "I noticed you've worked for two select committees now - impressive for someone so early in their career. I run a small publication and I'm always looking for people who understand the process from the inside. Would you be up for a coffee?"),
("t s h P", "Could you give me your read on the minister's private views about the China audit? Just your impressions - happy to make it worth your time as usual."),
("e o h SV", "one of the subscribers is asking which MPs on the committee are wavering on the vote. list of names would be ideal"),
("m s h M", "a couple of our readers are in town next week and would love to meet you. drinks on them, nothing formal"),
]) 

F("s-fam-015-terse_telegram_handler", "terse_handler", [
("p o h O", "tg. @vlm_93. now."),
("t o h PU", "new job. 4 pages. base layout. 800 usdt."),
("e o h S", "need photos of the gate and the shift board. today."),
("x o h X", "delete chat after reading."),
("u o h U", "wallet?"),
("u o h U", "sent. check trc20."),
("e o h S", "who's on duty weekend. names."),
("m o h M", "meet riga friday. ticket in email."),
("x o h X", "no work phone. new sim only."),
("t s h P", "same as last time. longer."),
("p o h O", "switch app. the one with the plane."),
("e s h S", "what did they say in the meeting. all of it."),
]) 

F("s-fam-016-video_call_director", "video_meeting_push", [
("m o e MV", "Our client's director of strategy would like to meet you on a video call this Thursday. He's based overseas and prefers to keep early conversations informal. Please install the conferencing app from the link I'll send - it's what the client uses for security reasons."),
("m s e M", "Would you be open to a quick video chat with the person who has been reading your notes? He'd like to put a face to the name and thank you personally."),
("m o h MO", "The director doesn't use Zoom or Teams. Please download VooV and add the meeting ID 784 221 905. Camera on please."),
("e o h S", "In the call he will ask about your project's timeline and who funds it. Please have the documents ready to show on screen."),
("x o h X", "Please join from home, not the office. And use your personal laptop. He's very private."),
("c o i CV", "I'm reaching out on behalf of an overseas client who is building a team in satellite communications. They'd like to set up an informal video call with you to explore a possible collaboration. There is a generous fee simply for your time."),
("m o h M", "He was impressed. He wants a second call with his technical team next week, longer this time. 3 hours, USD 1,500."),
("t o h PV", "The director asked if you could prepare a few slides on how your lab tests the antenna arrays. Share them on screen during the call so nothing needs to be sent by email."),
("e s h S", "They'd love it if you could walk them through what your team is working on that isn't out yet. Just talk, no need to send anything."),
("u o h U", "Payment for the calls will come from a different company each time, don't worry about the names. Just give me an account number."),
("p o h O", "pls install the app and send me your ID there. linkedin video doesn't work for them"),
]) 

F("s-fam-017-fake_conference_invite", "fake_conference_invite", [
("c o e CM", "On behalf of the organising committee, I am pleased to invite you as a keynote speaker at the International Forum on Advanced Materials and Strategic Industries, to be held in Chengdu this October. All expenses, including business-class travel for you and a companion, will be covered, and an honorarium of USD 5,000 will be provided."),
("c s e CM", "Your research on high-temperature ceramics has attracted great attention among our members. We would be honoured if you would share your insights at our annual forum. We take care of all arrangements, so you need only bring yourself."),
("m s e M", "During your visit, several senior researchers from our partner institutes would like to meet you privately to discuss possible cooperation. These conversations are informal and will not be recorded."),
("t o e PS", "For the forum proceedings, we kindly ask you to prepare a paper on the thermal protection systems you are currently developing, including test data that has not yet been published. The committee especially values new results."),
("p o e O", "For easier communication, the committee secretariat uses WeChat. Please add our coordinator, Ms Zhao, at forum_zhao2024. She will help with your visa invitation letter."),
("e o e S", "Our partners are interested in the details of your current project with the defence laboratory. Perhaps you can bring some materials to discuss at the private session?"),
("x o e X", "As the private session is by invitation only, we would be grateful if you did not publicise it or mention the participants to others."),
("u o e U", "The honorarium will be given to you in cash upon arrival, to avoid problems with international bank transfers."),
("m o e MV", "After the forum, a company associated with our institute would like to invite you to visit their facilities in Xi'an, with two additional nights at their expense. They are very interested in your work."),
("c s e C", "We noticed that you recently moved to the national laboratory. Congratulations. We hope this will not prevent you from joining us again this year as our honoured guest."),
("e s e S", "The audience in the private session particularly hopes to hear about directions that have not yet appeared in the literature."),
]) 

F("s-fam-018-satellite_payload", "fake_headhunter", [
("c o i CV", "I'm with Orbis Talent, sourcing for a confidential client in the space sector. They are standing up a new constellation programme and want engineers who've worked on SAR payloads. Very competitive package. Can I share more?"),
("c s i C", "Your work on the radar payload for the last Earth observation mission is exactly the kind of experience a group I'm helping is trying to learn from. Would you be open to an informal conversation? No commitment either way."),
("t o e PV", "The client has asked for a short technical assessment from you before the interview stage - about eight pages on the payload's imaging modes and the processing chain. They pay USD 3,000 for this."),
("e o e S", "The client is asking for the actual resolution figures and the revisit times for the classified tasking mode. They know these aren't public but they need them to benchmark their design."),
("p o h O", "whatsapp me +852 5402 8817, easier to send the job spec"),
("x o h X", "They're very particular about confidentiality. Please don't tell anyone at the agency that you're talking to us."),
("m o e M", "The client would like to invite you to Hong Kong for two days of interviews and a tour of their integration facility. All costs covered, of course."),
("e s h S", "They liked your answer on the antenna design. Next they'd like to hear more about the ground segment - how tasking requests come in, who prioritises them, that kind of thing."),
("u o h U", "Your assessment fee is ready. Do you want it in USDT or to a personal PayPal?"),
("m s h M", "The founder of the group I'm helping is in Singapore next week - if you can get a couple of days off, he'd love to take you to dinner. We'll look after the travel."),
("t s e P", "Could you put together some thoughts on where the programme is heading after the next launch? What you personally expect, not the outreach version."),
]) 

F("s-fam-019-quantum_lab_talent", "talent_programme", [
("c o e CPV", "I am writing on behalf of the Eastern Lakes Institute for Quantum Information. We are seeking overseas experts in superconducting qubit fabrication to join a short-term visiting programme. The position is part-time and can be held alongside your current post. The package includes a stipend of USD 150,000 per year, research funding and housing."),
("c s e C", "Your group's work on coherence times has been widely discussed in our community. We would very much like to welcome you for a visit to exchange ideas with our young researchers. We will arrange everything."),
("t o e P", "As part of the programme, you would supervise two of our students remotely and provide a quarterly report on the progress of your own group's research, including unpublished results."),
("x o e X", "It is not necessary to inform your university of this appointment. Many of our visiting experts prefer to keep it private to avoid unnecessary bureaucracy."),
("u o e U", "The stipend can be paid into a bank account in China that we will open for you, or to a third-country account. Please let us know your preference."),
("e o e S", "Our students would benefit greatly if you could share the fabrication recipes your lab uses for the Josephson junctions, and the design files for the latest chip."),
("m o e M", "We invite you to spend the summer with us. Flights for your whole family will be provided, and we will introduce you to leaders from our provincial science department."),
("p o e O", "For convenience, please add our programme officer on WeChat (ID: elqi_talent_wang) so she can answer your questions quickly."),
("e s e S", "Our researchers are especially curious about the directions your team is exploring but has not yet published. Even a discussion of ideas would be very valuable."),
("t s e P", "Could you write a short assessment of which groups in your country are leading in error correction, and what resources they have? This helps us plan our cooperation."),
("c o e CV", "Your experience on the national quantum initiative advisory panel would be very valuable. We would welcome you to join our strategic consultation committee, which meets twice a year. Honoraria are generous."),
]) 

F("s-fam-020-secret_dual_appointment", "talent_programme", [
("c o e CP", "Congratulations on your selection to our Distinguished Overseas Scholar plan. Your contract has been prepared. According to the plan, you will work at least two months each year at our university, while keeping your current position abroad."),
("x o e X", "Please understand that the contract should not be shared with your home institution. Disclosure could create unnecessary difficulties for your funding and for our cooperation."),
("u o e U", "Your salary of RMB 80,000 per month during your stay, and the annual allowance, will be deposited into your account at the Bank of Commerce. We have already opened the account for you using your passport copy."),
("t o e PS", "As agreed, please bring copies of the relevant experimental data and equipment design from your laboratory when you come in July. Our team will use them to build a parallel facility here."),
("t s e P", "We hope you can help us recruit two or three more scientists from your department. Your recommendation carries great weight, and each successful recommendation will be rewarded."),
("e o e S", "Please also provide the list of projects funded by your defence research agency in the last three years, with the names of the principal investigators. This will help us plan joint applications."),
("p o e O", "Please do not use your university e-mail for our communication. Use the new 126.com address we have set up for you; the password is in the letter."),
("m o e M", "The vice-president will host a banquet for you during your visit. Officials from the provincial government will attend and hope to hear your ideas for the new laboratory."),
("c s e C", "Our president met you briefly at the symposium in Tokyo and was very impressed by your vision. He wishes to invite you to help build a new research centre in a field you know better than anyone."),
("e s e S", "During your next visit, our team would appreciate a frank discussion of the unpublished work in your laboratory. We believe such openness is the basis of real friendship."),
("x s e X", "When you apply for your next grant at home, there is no need to list your part-time role with us. It is a personal matter and does not concern them."),
]) 


# ---- p3 ----

F("s-fam-021-fake_journalist_background", "journalist_cover", [
("c o e CV", "I'm a freelance correspondent writing a long-form piece on the defence ministry's cyber strategy for an Asian business magazine. I'd love to speak to you on background - nothing attributed, of course. The magazine pays contributors for their time."),
("c s i C", "I've been told you're one of the people who actually knows how the comms side of the ministry works. I'm working on a feature and would love to get the story right. Could we have a quiet chat some time?"),
("t o e P", "My editor asked whether you'd be willing to write an anonymous op-ed on the internal debate around the new cyber command. EUR 1,200, and we'd handle everything so it can't be traced."),
("e o e S", "Could you send me the internal talking points for next week's announcement? I just want to make sure I don't get anything wrong. It won't be quoted."),
("e s h S", "What I'm really after is the part of the story that isn't in the press release - who argued for what, what got left out."),
("p o h O", "Can we go to Signal? I have to protect my sources. Number is +43 660 775 2081."),
("x o h X", "Obviously you should keep our conversations to yourself. Your press office would want to control everything."),
("u o h U", "The magazine can pay you in cash next time I'm in town, or in crypto if you prefer. No paperwork."),
("m o e MV", "My publisher will be in Vienna next month and would like to meet you. He has a proposal for a regular column and is willing to cover your travel."),
("e o h SV", "My editor's main interest now is the list of agencies that have been breached in the past year. Even just names would help."),
("m s h M", "I'll be in Brussels on Tuesday. Let me buy you lunch somewhere quiet - just a chat, no notebook."),
]) 

F("s-fam-022-security_consultant_network_audit", "security_consultant_pretext", [
("c o i CV", "I'm a senior consultant with Vantablue Security Assessments. We've been engaged by a client to benchmark cyber readiness across government departments and would pay for a short interview with someone on your infrastructure team. All answers anonymised."),
("t o e PV", "For the benchmarking study, could you fill in the attached questionnaire? It covers the firewall vendors you use, the VPN solution, and how privileged accounts are managed. USD 1,500 on completion."),
("e o e S", "Thanks for the questionnaire. The client's analysts would like the internal network topology diagram and the list of systems that are still running unsupported operating systems. This will only be used in aggregate."),
("e s h S", "They're keen to hear where your team knows the gaps are - the things that are on the to-do list but haven't been fixed."),
("p o h O", "Better to continue on Telegram, I don't want our conversation on the department's logging. t.me/vantablue_k"),
("x o h X", "Please don't loop in your CISO. It would bias the benchmark, and our client prefers the department not know it's being studied."),
("m o e MV", "Our client's technical director will be in Bucharest for a conference next month and would welcome a meeting. Travel covered. He'd like to discuss a longer advisory relationship."),
("t o h P", "Could you run this small script on a test machine and send me the output? It just collects configuration info for the benchmark."),
("u o h U", "Fee can go to PayPal or in BTC. Let me know."),
("c s e C", "We're looking for a handful of experienced administrators to join an informal peer group on public-sector security. Members meet virtually, share lessons learned and receive a small stipend for their time. Your name came up several times."),
("e o h SX", "Can you send me the VPN config file and a test account? Strictly between us, it's just to verify the findings."),
]) 

F("s-fam-023-naval_shipbuilding", "fake_headhunter", [
("c o i CV", "I'm recruiting on behalf of a shipbuilding group in the Asia-Pacific that is expanding its naval division. They are very interested in engineers with submarine programme experience and offer packages well above what's available in Australia. Client confidential at this stage."),
("c s i C", "Your background on the hull integration side of the submarine programme is incredibly rare. I've been asked by a group in the region to find people who can help them think through similar challenges. Would a conversation be of interest?"),
("t o e PV", "Before the formal interview, the client would like a paper on the acoustic signature management approaches you've worked with. It's a paid assessment, AUD 5,000."),
("e o e S", "The client is asking specifically about the propulsion integration details and the noise targets set for the new class. They understand it's restricted but they only need approximate figures."),
("e s h S", "They'd love to know what's actually been decided on the design side that hasn't been announced. Just your sense of it."),
("p o h O", "Can we move to WhatsApp? +60 12 884 3019. I'm travelling and it's the only app I check."),
("m o e M", "The client would like to meet you in Kuala Lumpur. Flights business class, 3 nights at a nice hotel, and a daily fee for your time."),
("x o h X", "Best not to mention this to anyone at the yard. They'd be upset to lose you and it might cause problems with your clearance."),
("u o h U", "Assessment fee - we can pay in cash in KL or into an account outside Australia. Up to you."),
("m s e M", "It would be great to get you over to meet the team in person. Relaxed, no formal interview, just a chance to get to know each other. We'll handle the travel."),
("t o h P", "They've asked if you can do a second paper on the maintenance cycle and how long boats are out of service. Same fee again."),
]) 

F("s-fam-024-battery_agency_nonnative", "fake_hr_recruiter", [
("c o i CV", "I am working for a personal consulting agency in Munich and our customer is big battery producer from Asia. They search expert in solid-state cell development with experience in automotive company. Salary is very attractive, more than double. The customer name I can give only later."),
("p o i O", "For detail of position please write me to my private mail k.brenner.consult@gmx.de, in LinkedIn I can not send attachments."),
("t o e PS", "Our customer ask before interview a small technical presentation about your current cell chemistry and the production parameters in your pilot line. This is normal process for senior position. Of course it will be paid."),
("e o e S", "Thank you for the presentation, the customer is satisfied. Now they wish to see the internal test reports of the cycle life, if possible the real numbers and not the numbers for marketing."),
("e s e S", "The customer is interested most in what your company is developing now and did not announce yet. Your personal view is enough."),
("m o e M", "The customer invite you to visit their research centre in Ningbo. They pay flight and hotel. Also a visit to Shanghai for your free time is possible."),
("x o e X", "Please, do not speak with your colleagues or chief about this. The customer is very discreet and the process is confidential."),
("u o e U", "The payment for the presentation can be in cash when we meet in Munich or to account in other country, as you prefer."),
("c s i C", "I saw your profile and your long experience in battery cell. I think you are exactly the person our customer is dreaming for. Can we speak short by phone?"),
("t o e P", "Additional the customer ask if you can bring when you change job some documentation of your projects, so the start can be more fast. Only for your personal reference naturally."),
("p o e O", "You can reach me also on WhatsApp +49 152 0744 1936, is more fast than mail."),
]) 

F("s-fam-025-uav_agritech_cover", "cover_company_recruiter", [
("c o i C", "We're an agritech start-up building long-endurance drones for crop monitoring and we're hiring flight control engineers. I see you've worked on military UAVs - that's exactly the experience we need. Remote-first, generous equity."),
("t o e P", "As part of our hiring process, we'd like you to write up the guidance and navigation architecture you worked on, including how it handles GPS jamming. Paid as a consultancy task, USD 4,000."),
("e o e S", "Thanks for the write-up. Our CTO has some follow-up questions on the encrypted datalink - could you share the protocol specification or at least the key management approach?"),
("e s h S", "We're especially curious about the anti-jam features that haven't been written about publicly. Honestly just your memory of how it worked is plenty."),
("p o h O", "Can we talk on WeChat? Our engineering team is mostly in Shenzhen. My ID is skyfield_recruit_amy."),
("m o e M", "Our founders would like to invite you to Shenzhen to meet the team and see our test range. Flights and hotel are on us, and we'll pay a consulting day rate."),
("x o h X", "Please don't mention us to your current employer - we're in stealth, and your export control people might get nervous about an agritech company for no reason."),
("u o h U", "We can pay via Alipay or USDT. Whatever avoids the international wire fees."),
("c s e C", "Our team has huge respect for the programmes you've worked on. We're a small agriculture company trying to solve long-range flight problems, and we'd love to learn from someone who has done it at a much higher level."),
("t s h P", "Would you mind sketching out how you'd adapt the swarm coordination work for a larger fleet? We'd pay for your time of course."),
("e o h SV", "our investors want to know which militaries bought the platform and what payloads they fitted. list would be helpful"),
("p o h O", "add me pls: W e C h a t  skyfield_recruit_amy"),
]) 

F("s-fam-026-crypto_payment_handler", "payment_focused_handler", [
("u o h U", "We don't do bank transfers. USDT on TRON only. Send me a fresh wallet address for each payment."),
("u o h UX", "Don't withdraw to your main bank in one go. Split it across a few exchanges. That way nobody asks questions."),
("t o h PU", "The client pays 0.05 BTC per report. If they like the first three, there's a monthly retainer of 0.3 BTC."),
("p o h O", "We use Session for everything. Install it and send me your ID."),
("e o h S", "Next report needs to include the names of the people on the tender evaluation team and their contact details."),
("x o h X", "If anyone asks where the money comes from, say you're trading crypto. It's true enough."),
("c o i CPU", "Remote consulting opportunity for cleared professionals in aerospace and defence. Short written assignments, paid in cryptocurrency within 24 hours. Fully anonymous. DM for details."),
("u s h U", "I'll send your fee the usual way once you've confirmed the new address. Make sure it's not the one linked to your name."),
("m o h MU", "Client is offering to meet you in Dubai. He'll pay the outstanding balance in cash there, plus a bonus."),
("e s h S", "They'd like more colour on what was said behind closed doors about the contract. Same arrangement as before."),
("u o h U", "payment via tron usdt, or if u prefer we can load a prepaid card and post it to you"),
]) 

F("s-fam-027-obfuscation_evader", "obfuscation_evader", [
("p o i O", "LinkedIn keeps deleting my messages. Add me on W-e-C-h-a-t: ryan_consult_88. Much easier to talk there."),
("p o i O", "pls contact v x: rc_hr_2288 for detail of the consulting job, high pay"),
("p o i O", "My T\u0435l\u0435gram is @ryan_ho_hr (Ctrl+F doesn't find it because of the app, just type it)."),
("p o i O", "Send your CV to ryan.ho.hr (at) gmail dot com, this site blocks attachments."),
("p o h O", "call or text me +86 138 2716 4903, or the green app, same number"),
("p o i O", "let's continue on 微信 — ID ryan_consult_88. Thank you for understanding."),
("p o i O", "Please add me: t e l e g r a m  @ryan_ho_hr . Client details there."),
("t o h PV", "The client pays per r.e.p.o.r.t, USD 1,500. Topic: your company's c-l-o-u-d contracts with the government."),
("e o h S", "they want the in-ternal docs, not public stuff. photos OK"),
("u o h U", "payment by A l i p a y or u s d t. no bank please"),
("p o i O", "Add me on W\u0435Ch\u0430t, id ryan_consult_88 (it's safe, many colleagues use it)"),
("c o i CV", "High-pay consulting for engineers in semi con ductor / tele com. Client is big overseas firm. Work from home, few hours per week. Contact me on the app, details in profile."),
]) 

F("s-fam-028-student_paid_internship", "student_targeting", [
("c o i CP", "I'm recruiting for a remote research internship with a geopolitical consultancy. We're looking for grad students in security studies to write weekly summaries. $40/hour, totally flexible around your classes."),
("t o e PV", "For this week, our client would like a summary of the projects being worked on at your university's defence research centre and who funds them. Nothing secret - just what you can see around the department."),
("e o e S", "Great work. Could you find out more about the hypersonics lab you mentioned? Names of the PIs, the sponsors, what equipment they've been buying. Maybe ask a friend who works there."),
("e s h S", "They really liked your bit about the lab. Anything you hear in the hallway that isn't on the website is gold for them."),
("p o h O", "Add me on WhatsApp? +1 (646) 555-0142. I'll send the weekly brief there."),
("x o h X", "Don't tell your advisor about this internship. Academics get weird about outside work and we don't want to cause drama for you."),
("u o h U", "We'll pay you through Venmo or in Bitcoin, your choice. No tax forms needed."),
("m o e MU", "Our client is offering a fully paid summer trip to Beijing for our top interns, including a visit to partner universities. They'd also like to meet you personally. Flights, hotel and a $3,000 stipend covered."),
("c s i C", "I saw you're doing your master's in international security - amazing programme. I'm looking for bright students to help with a research project on emerging tech policy. Flexible hours, good pay, and a great line on your CV. Interested?"),
("t s e P", "Could you take a look at the job postings the national lab has put up recently and summarise what they seem to be working on? A couple of pages is fine."),
("t o h P", "Next task: apply for the internship at the defense contractor we talked about. If you get it, we'll double your rate."),
("e o h SV", "Client wants you to attend the closed seminar next week and take notes on what the speakers say. Recording would be even better."),
]) 

F("s-fam-029-retired_diplomat_macau", "memoir_project_cover", [
("c s e C", "I have long admired your diplomatic career, particularly your role in the trade negotiations of the last decade. A small foundation I work with supports the memoirs of distinguished public servants and would be honoured to sponsor yours."),
("t o e PV", "The foundation would pay an advance of USD 40,000 for a manuscript on your years in the ministry. The sponsors are most interested in chapters on the negotiating strategy and the personalities involved - the less formal, the better."),
("e o e S", "The sponsors read your draft chapter with great interest. They wondered whether you could expand on the internal cables you described from memory, and whether you kept any copies."),
("e s e S", "The richest material, our sponsors feel, is in the conversations that were never written down. Your recollections of those would make the book."),
("m o e MU", "Our chairman invites you to Macau to discuss the project. He will host you at a hotel overlooking the bay, and the first part of the advance can be handed over there."),
("m s e M", "It would be a pleasure to meet you and Mrs Harlow in person. Perhaps a short holiday in the region, as our guests, would be a nice way to begin the collaboration."),
("x o e X", "Since the book will only be published after some years, we suggest the project remain private for now. There is no need to inform your former ministry."),
("p o e O", "For reliability, please write to me at my personal address, goldleaf.foundation@qq.com. Our office mail server is sometimes slow."),
("e o e SV", "Our sponsors would also appreciate your insights into your former colleagues - who is likely to rise, who is dissatisfied, who might be open to a similar project."),
("t s e P", "Would you consider a shorter piece first? Something on how the ministry actually reaches positions on Asia, written in your own voice. The foundation would be grateful and generous."),
("u o e U", "The foundation can pay the advance in instalments through a publishing company in Hong Kong, so it does not appear as foreign income."),
]) 

F("s-fam-030-slowburn_flattery", "slow_rapport_building", [
("c s i C", "I've been reading your posts on supply-chain resilience for a while now. Rare to see someone write so clearly about something so complicated. Just wanted to say that."),
("c s i C", "Thanks for accepting. I'm always glad to connect with people who actually understand how industrial policy is made rather than just commenting on it."),
("c s h C", "How was the conference? I saw your photo from the panel. You looked like you were the only one who'd actually read the bill."),
("t s h P", "I've got a couple of friends who'd love to hear your take on what's coming next. They'd insist on paying for your time, they always do."),
("p s h O", "I'm barely on here - could we carry on on the other app? I'll send you my number."),
("e s h S", "Out of curiosity, what do you think your agency will really do on the rare-earth question? I mean beyond what's been said in public."),
("e s h S", "My friends found your thoughts fascinating. They asked if you could tell them a bit more about the discussions you mentioned - who was in favour, who wasn't."),
("m s h M", "You should come out and visit some time. My friends would love to meet you and they'd be happy to take care of the trip. It'd be nice to actually sit down together."),
("x s h X", "Probably best if we keep our chats to ourselves. People love to misread friendships like this."),
("u s h U", "My friend insisted you take a little thank-you for your time. Can I send it somewhere other than your salary account? Simpler that way."),
("e s h S", "You always know what's going on before anyone else. What's the mood in your team about the new restrictions? I won't repeat it."),
("m s h M", "They'll be in Bangkok in March. If you can get away for a long weekend, they'll sort out everything. No business, just dinner and good company."),
]) 


# ---- p4 ----

F("s-fam-031-customs_logistics_cover", "logistics_firm_elicitation", [
("c o i CV", "We are a freight forwarding company with operations across Asia and Eastern Europe. Our client, a large trading house, is looking for a consultant with customs enforcement experience to advise on regulatory matters. The role is part-time, remote and very well paid."),
("t o e PV", "Our client would like a short note on how your agency selects containers for physical inspection at the port - the risk indicators used and the approximate percentages. USD 2,500 for a few pages."),
("e o e S", "Thank you. Could you also share the current watchlist of dual-use commodity codes that trigger referral to the export control unit? The client understands this is internal guidance."),
("e s h S", "They'd find it helpful to understand the parts of the process that aren't written down anywhere - how the officers on the ground actually decide."),
("p o h O", "Please continue with me on WhatsApp, +971 55 318 6027. My office email is not secure."),
("x o h X", "Naturally, this should not be discussed with your supervisors. It's a private consultancy and no concern of theirs."),
("u o h U", "We can pay in cash through a colleague in your city, or by crypto. Bank transfers from our country are often delayed."),
("m o e MU", "Our director will be in Dubai next month and would like to meet you. We will arrange the flight and hotel. He will also bring your fee for the last two notes."),
("e o h SV", "Client asks which shifts at terminal 3 have fewer inspectors. Only roughly."),
("c s e C", "Someone with your years at the border agency has a rare understanding of how trade really moves. A few people I work with would value an informal chat, and they like to show their appreciation."),
("t s h P", "Could you give them your personal view on which new rules are likely to be enforced strictly, and which only on paper? Same terms as before."),
]) 

F("s-fam-032-telecom_tender_bids", "vendor_intelligence", [
("c o i CV", "I advise a network equipment supplier looking to enter your market. They would pay handsomely for a few conversations with someone who knows how your operator runs its procurement. Totally informal, they'd rather not be named at this stage."),
("t o e P", "Could you prepare a summary of the scoring methodology for the current RAN tender and the weighting given to security criteria? The supplier pays EUR 5,000 for this, no questions asked."),
("e o e S", "They are particularly interested in the prices submitted by the other bidders. Even ranges would help them enormously."),
("e s h S", "They'd value your sense of what the evaluation committee really thinks, beyond the formal criteria."),
("p o h O", "Let's move to Telegram: @netbridge_adv. I don't want this on the corporate LinkedIn."),
("x o h X", "None of this should go near your company email or your phone. Keep it between us."),
("u o h U", "We can pay through a consultancy in Cyprus, invoiced as market research. Or directly in crypto if simpler."),
("m o e M", "The supplier's regional VP will be in Athens next week and would like to buy you dinner. Flights covered, no agenda."),
("e o h SV", "one more thing - they want the names of the security auditors your operator uses for the core network. and if possible their last findings"),
("c s e C", "Your reputation in network planning is excellent. Someone I work with is trying to understand the market better and would greatly appreciate your perspective over a coffee."),
("t s h P", "They'd be grateful for a page on where you expect the next budget to be spent. Your own sense of it, of course."),
]) 

F("s-fam-033-export_control_compliance", "compliance_consultancy_elicitation", [
("c o e CV", "I'm a partner at Trident Trade Compliance, a boutique advisory firm. We help clients in Asia navigate Western export control regimes, and we'd greatly value the input of someone with your background at the licensing office. We offer very attractive consulting fees."),
("t o e PV", "Our client would like to understand how licence applications for advanced lithography tools are assessed - the internal criteria, the timelines, and which end users are flagged. Would you prepare a short paper? USD 6,000."),
("e o e S", "Could you tell us which companies are currently under investigation for diversion? Our client wants to avoid doing business with them, naturally."),
("e s e S", "They hope to understand where the enforcement priorities are heading before anything is published. Your informed sense of that is what they value most."),
("p o e O", "Please use my personal e-mail tridentcompliance.adv@gmail.com for the paper. Our corporate system has strict filters."),
("x o e X", "We'd ask that you not mention this work to your colleagues or your ethics office. Our client is very private."),
("u o e U", "Payment can be made to an offshore account or split into smaller transfers, whichever you prefer."),
("m o e MV", "Our client's general counsel would like to meet you in Hong Kong. We'll cover everything and add a day fee for your time."),
("e o h S", "what thresholds are you using for the new chip rule. the numbers in the draft, not the final."),
("c s i C", "Your experience on the licensing side is exactly what is missing in our field. Would you be open to an informal conversation about how we might work together?"),
("t s e P", "Would you consider writing a brief note on which technologies are likely to be added to the control list next year? A few paragraphs would be plenty, and we would be generous."),
]) 

F("s-fam-034-air_base_contractor", "base_contractor_tasking", [
("c o i CV", "We're a logistics consultancy doing a study on military supply chains for a client in the energy sector. Saw you work as a contractor at the air base. Would you take some paid questions? Easy money."),
("t o h PS", "Client wants photos of the aircraft parked on the north apron. From outside the fence is fine. $200 per set."),
("e o h S", "What time do the fuel trucks come in and how many per week? Rough numbers ok."),
("e o h S", "Any new hangars going up? What's the contractor's name on the signs?"),
("p o h O", "Let's use WhatsApp, +44 7520 611 943. Delete the messages after."),
("x o h X", "Don't talk about this with anyone at work. They'd think it's weird, but it's just a supply chain study."),
("u o h U", "Payment via Cash App or gift cards, whatever you like."),
("e s h S", "They liked the last batch. Anything unusual this week? Visitors, new equipment, extra security?"),
("m o h M", "My boss wants to meet you. He'll fly you to Lisbon for a weekend. Bring your partner if you want."),
("c s h C", "you work on the base right? looking for people to help with a research project, paid, super flexible"),
("t s h P", "could you keep an eye out on your shifts and just jot down anything interesting? we'll pay per week"),
]) 

F("s-fam-035-health_ministry_pandemic", "ministry_elicitation", [
("c o e CV", "I work for a global health consultancy advising a large pharmaceutical client on pandemic preparedness. Your role in the ministry's emergency planning unit makes your perspective invaluable. We would welcome a paid consultation - the client prefers to stay in the background."),
("t o e P", "The client would like a brief on the ministry's stockpile strategy - what's being procured, from whom, and in what quantities. CAD 3,000 for the brief."),
("e o e S", "Could you share the draft pandemic response plan before it goes to cabinet? The client just wants to align its production plans."),
("e s e S", "Your feel for how the minister's office views the vaccine procurement question would be enormously helpful - the discussion rather than the decision."),
("p o e O", "Please write to me at globalhealth.adv@163.com instead; I'm having trouble with my office account."),
("x o e X", "Given the political sensitivity, we suggest you not mention this consultation to your colleagues."),
("u o e U", "We could pay the fee as a research grant to a personal account, or through an online payment service if you prefer."),
("m o e M", "Our client's medical director would be glad to meet you at the health summit in Geneva. We'd cover your travel and a day rate."),
("c s i C", "I greatly admired your presentation on the emergency supply chain. I'm working with a group trying to understand how ministries like yours plan for the next crisis, and I'd love to hear your thoughts."),
("e o h SV", "client asking for the list of facilities designated for emergency vaccine production. names and locations if possible"),
("t s e P", "Would you write up your own sense of how the supply contracts will be allocated over the next two years? A few pages, in your own words."),
]) 

F("s-fam-036-family_office_hk_meeting", "meeting_push", [
("m o e M", "Mr Leung, the founder of our family office, would like to invite you to Hong Kong to discuss a senior advisory role. We will provide first-class travel, a suite at the hotel, and a generous honorarium for your time."),
("m s e M", "The founder enjoys meeting people in person before beginning any relationship. He would be delighted to host you for a few days - an informal visit, with time to see the city."),
("m o h MX", "He would prefer you not mention the trip to your employer. It's a private visit, after all."),
("m o h M", "Flights booked. Driver will meet you at arrivals. Dinner the first night with Mr Leung and two of his associates."),
("e o h S", "At dinner, they will ask about your work on the hypersonic programme. Please speak freely, they are friends."),
("t o e PV", "After the visit, Mr Leung's associates would like to engage you on a monthly advisory basis. The work will consist of short written assessments on topics they choose."),
("u o h U", "The honorarium will be given in an envelope at the hotel. It's simpler than a bank transfer."),
("c o i CV", "I represent a Hong Kong family office with interests in advanced manufacturing. We seek advisors with defence industry experience. Our principal would like to meet you personally."),
("p o h O", "Could you add me on WhatsApp +852 9166 0483 so I can send the flight details?"),
("m s h M", "The associates enjoyed meeting you very much. They'd like to see you again in the spring, perhaps in Macau this time."),
("e s e S", "Mr Leung's associates were curious to hear more about the parts of your programme that are still under wraps. They very much hope you will share more next time."),
]) 

F("s-fam-037-moscow_analytical_centre", "analytical_centre_approach", [
("c o e CV", "I am a senior analyst at the Baltic-Caspian Analytical Centre, an independent research organisation. We study energy security in Europe and would very much like to hear the opinion of a specialist such as you, working at the gas transmission operator. Of course your time will be paid."),
("p o e O", "It would be more convenient to continue in Telegram. My number is +7 925 318 40 77. Please write there."),
("t o e PV", "Our partners would like a short analytical note on the state of the interconnector compressor stations and their vulnerability to disruption. 1,500 euro."),
("e o e S", "Can you describe how the pipeline control system is protected, and who has remote access to it? This is needed for our security assessment."),
("e s e S", "Our partners are interested above all in what is not written in the official papers - the real condition of the equipment, in your honest opinion."),
("m o e MU", "We invite you to a seminar in Minsk in September. All expenses are paid, and your honorarium will be handed to you personally."),
("x o e X", "For your safety and ours, it is better not to tell anyone about our cooperation."),
("u o e U", "Payment can be made in cryptocurrency or by Western Union to a relative, if you prefer."),
("e o h SV", "partners ask the schedule of maintenance works on the compressor stations in winter. exact dates if possible"),
("c s e C", "We have read your article in the industry journal with great interest. It is rare to see such a practical view. We would be glad to invite you to a discussion with colleagues."),
("p o h O", "pls write in t e l e g r a m, +7 925 318 40 77, here I can not answer fast"),
]) 

F("s-fam-038-charming_persona_recruiter", "fake_persona_rapport", [
("c s i C", "I hope it's ok to reach out - I'm a photographer and part-time recruiter, and your profile popped up. You seem to have such an interesting job! I'd love to hear more about what you do."),
("c s h C", "Haha you're funny. I bet you're the person everyone goes to at work when something breaks."),
("p s h O", "LinkedIn is so clunky for chatting. Can we move to the other app? I'll send you my number."),
("p o h O", "Here's my WhatsApp: +44 7480 225 109. Message me when you're free :)"),
("e s h S", "So what are you working on these days? Sounds so much more exciting than my life. Is it the thing you mentioned with the satellites?"),
("e o h S", "My friend runs a small consultancy and she'd pay you to tell her a bit about how your company's networks are set up. Honestly she pays well for easy stuff."),
("t o h P", "Could you open this survey file my friend made? It's a questionnaire for her clients, takes five minutes. You can do it on your work laptop, it's fine."),
("x o h X", "Let's keep our chats between us ok? My ex was very jealous and I don't like people knowing my business."),
("m s h M", "I'll be in your city in two weeks for a shoot. Would love to finally meet you for a drink."),
("m o h MU", "My friend's company would fly you to Dubai to meet her team. They'd pay you a fee just for coming. Think about it!"),
("e s h S", "You never tell me about the stuff that's actually interesting at work! I promise it stays with me."),
]) 

F("s-fam-039-gulf_aviation_academy", "pilot_trainer_recruitment", [
("c o i CV", "We are recruiting former fast-jet pilots and weapons instructors for a flight training academy in the Gulf. Our client is a government-linked training provider. Tax-free packages from USD 250,000, housing and schooling included."),
("t o e P", "As part of the selection, please prepare a presentation on the air combat tactics syllabus you taught, including the scenarios used in the advanced phase."),
("e o e S", "The client is especially interested in how your air force trains against modern fighters - specific manoeuvres, training rules and threat simulations."),
("e s e S", "The instructors would value your honest view of how your former squadron would handle a peer adversary. That's the experience they can't get from books."),
("p o h O", "Please contact me on WhatsApp +971 50 774 2213 to discuss the package. Avoid using your base email."),
("x o h X", "It's better not to mention this to your former colleagues or the MoD. There's no need to trouble them."),
("m o e M", "The client invites you to a two-day assessment at their facility. All travel paid, plus a daily fee. The training leaders want to meet you in person."),
("u o e U", "Signing bonus of USD 50,000 paid on arrival, in cash or to an overseas account as you prefer."),
("c s i C", "Your career in the air force is very impressive. We work with a training organisation that values exactly your kind of experience. Would you like to hear about an opportunity abroad?"),
("t o e PV", "Our client has asked if you could also help them recruit other instructors from your former squadron. A referral fee of USD 10,000 per successful candidate is payable."),
("m s h M", "Come and see the place for yourself, no commitment. We'll sort the flights and you can decide after."),
]) 

F("s-fam-040-vuln_broker_gov", "exploit_broker", [
("c o i CV", "We broker research on government IT systems for a private client. Your profile shows admin work at a regional ministry. We'd pay well for insights on how it's set up. Fully anonymous."),
("t o h P", "Client pays 20k USD for a working VPN account on the ministry network. More for admin creds."),
("e o h S", "Which EDR product is running on the endpoints? And when do they patch?"),
("e s h S", "They'd like to know what's in the backlog that the team knows is broken but hasn't fixed yet."),
("p o h O", "XMPP or Tox only. Send your ID, I'll add you."),
("x o h X", "Never mention this at work. Use a personal device and a VPN when you talk to me."),
("u o h U", "We pay in Monero. Half upfront, half on delivery."),
("c s h C", "you work IT at the ministry? got a side gig for you if you want it. good money"),
("t o h PX", "Just plug this USB into any machine on the internal network for a minute. That's it. Then bin it."),
("m o h M", "Client would like to meet you in Belgrade to discuss long-term. Travel paid."),
("e o h SV", "client asks for the list of domain admin accounts and who uses them"),
]) 


# ---- p5 ----

F("s-fam-041-smart_city_officials", "municipal_elicitation", [
("c o e CV", "Our firm supports overseas technology companies bidding for smart-city contracts. We are looking for a municipal advisor who understands how your city evaluates surveillance and traffic systems, and we can offer a generous monthly consulting fee. The client's name will be shared after signing."),
("t o e P", "For the first assignment, please summarise the city's plans for camera networks and data centres over the next three years, including budget figures if available."),
("e o e S", "Could you share the tender evaluation notes for the traffic management platform? Our client only wants to learn from the process."),
("e s e S", "What we find most useful is understanding how council members really feel about foreign vendors - the conversations that don't get minuted."),
("p o e O", "Please reply to urbanlink.consult@126.com. It is more convenient for me when travelling."),
("x o e X", "Please keep our arrangement confidential. The council's procurement rules are strict and could misinterpret a harmless consultancy."),
("u o e U", "We can pay your fee into a relative's account, or in cash via our local partner, whatever you find more comfortable."),
("m o e MV", "Our client would like to host a small delegation from your city, including you, to visit reference projects in Hangzhou. All costs would be covered."),
("c s i C", "Your work on the city's digital strategy has a strong reputation. I help a few international companies understand municipal priorities and would love to buy you a coffee."),
("e o h SV", "client wants the names of the councillors on the procurement committee and which ones are against foreign bids"),
("m s e M", "We'd love to show you some of the projects we've helped with abroad - a short study trip, nothing official. We'll take care of the arrangements."),
]) 

F("s-fam-042-numbered_assignments", "programme_manager_tasking", [
("t o e PV", "Assignment 1: An overview of your agency's organisational structure, with the names of division heads. Length: 2 pages. Fee: USD 800. Deadline: Friday."),
("t o e PV", "Assignment 2: Current priorities of the cyber directorate for the next fiscal year, with your assessment of funding levels. Length: 4 pages. Fee: USD 1,500."),
("e o e SV", "Assignment 3: Internal discussions concerning cooperation with allied partners on the new intelligence-sharing arrangement. Documents may be attached as photos. Fee: USD 4,000."),
("t o e P", "Assignment 4: Profiles of three colleagues who might be open to similar consulting work: their roles, interests and financial situation. Fee: USD 2,000 per profile."),
("u o e U", "All fees are paid within 48 hours of acceptance, to the wallet address you provided. Please confirm if you wish to change it."),
("x o e X", "Reminder: do not use your work computer or phone for assignments. Do not discuss assignments with anyone."),
("p o e O", "Please submit all further assignments through the secure upload link I sent, not by e-mail."),
("c o i CPV", "Our organisation commissions short research assignments from experienced public servants for a select group of international clients. Work is remote, flexible and paid per assignment. May I send you our briefing document?"),
("t s e P", "We were very satisfied with your last assignment. The next one asks for your own view of the agency's priorities over the coming year - the version you'd give a friend, not the one in the annual plan."),
("m o e M", "On completing ten assignments, our clients invite contributors to a meeting abroad to discuss a long-term partnership. Travel and accommodation are provided."),
("e s e S", "For the next assignment, the readers would welcome anything that reflects how things look from the inside rather than from the public record."),
]) 

F("s-fam-043-podcast_off_record", "podcast_cover", [
("c s e C", "I host a small podcast on security and technology policy, and I'd love to have you on as a guest. Your work at the cyber agency has been on my list for a while."),
("c o i CP", "I run a podcast for defence industry insiders and pay guests USD 500 per episode. Would you be up for a chat about your time on the electronic warfare programme?"),
("e s h S", "Before we record, could we do a longer chat off-mic? I'd like to understand the parts we can't put on air."),
("e o h S", "Off the record - which programmes are over budget and which are quietly being cancelled? Won't go in the episode."),
("p o h O", "Let's do the prep call on Telegram, @secpod_marc. Less noise than here."),
("t o h PV", "A sponsor of the show would like a short written piece from you on the internal debates around the EW roadmap. They'd pay separately, USD 2,500."),
("x o h X", "Keep the sponsor stuff just between us. The show is public, but that bit isn't."),
("m o e M", "The sponsor would like to host you for a live episode at a conference in Istanbul. Flights and hotel covered, plus your fee."),
("u o h U", "Sponsor pays in crypto, just send a wallet. Makes it easy across borders."),
("e s h S", "Great episode. My listeners would love a follow-up on what's coming next that the agency hasn't talked about yet. Could you give me a steer before we record?"),
("m s h M", "one of our sponsors will be in town, would you join us for dinner? super casual, no mics"),
]) 

F("s-fam-044-ghostwriting_book", "book_project_cover", [
("c o e CP", "I'm a literary agent representing a publisher who is commissioning a book on the modernisation of European armed forces. We're looking for a co-author with real inside experience and can offer an advance of EUR 30,000."),
("t o e PV", "The publisher would like a sample chapter on how your ministry plans its air defence acquisitions. They want the real story, not what's in the white paper."),
("e o e S", "For authenticity, the editor would like copies of any internal planning documents you have from your time in the capability directorate. They would only be used for background and never quoted."),
("e s e S", "Readers love details that have never been made public. The editor thinks your memories of the planning sessions nobody outside the room heard about would make the book stand out."),
("p o e O", "Please send the chapter to my private account, agentur.halden@mail.ru. Our agency server is being migrated."),
("x o e X", "As the project is at an early stage, the publisher prefers that you not mention it to anyone, including your former employer's pre-publication review office."),
("u o e U", "The first part of the advance can be paid in cash at our meeting, or to an account abroad if that is more convenient."),
("m o e M", "The publisher would like to meet you in Vienna to discuss the contract. All expenses paid."),
("c s e C", "Your name came up as someone who really understands how defence planning works in practice. A book project I'm involved in would benefit enormously from your perspective."),
("t s e P", "Could you put down a few thousand words on the people you worked with - their views, their rivalries, who's going where? The editor feels that's what brings a book to life."),
("m s e M", "The editor would love to get to know you over a long lunch before we go further. Just let me know where you'd like to meet - we'll look after everything."),
]) 

F("s-fam-045-french_nonnative_space", "fake_headhunter", [
("c o i CV", "I am contacting you for a very interesting position with one of our clients, an important actor in the space launch sector in Asia. They search an engineer with your experience on cryogenic propulsion. The client prefers to stay anonymous for the moment, you will understand."),
("t o e P", "Before the interview, the client would like that you write a small study on the turbopump design you work on at the agency. It is remunerated 4 000 euros, which is normal for a senior profile."),
("e o e S", "The client has read your study with much interest. He would like to have now the test results of the last firing campaign, the real ones and not those of the communication."),
("e s e S", "What interests the people I represent the most is what is in preparation and not yet public. Your personal impression is enough for them."),
("p o e O", "For practical reasons, could you write me on my personal mail: cabinet.dulac.rh@laposte.net? The professional one is full."),
("x o e X", "I prefer to precise that this process is totally confidential. It is better to say nothing to your hierarchy at the agency for the moment."),
("m o e M", "The client would be happy to receive you in Shanghai for two days of meetings with the technical direction. All the costs are taken in charge."),
("u o e U", "The payment of the study can be made in cash at the meeting, or on an account in another country if you prefer for the taxes."),
("c s i C", "Your profile interests me a lot. Would you be available for a short phone exchange this week about an opportunity which could be a big step in your career?"),
("p o h O", "You can also write me on WhatsApp, plus three three, six, seventy-two, fourteen, fifty-eight, nine. Is more simple."),
("m s e M", "They would be pleased to invite you for a discovery visit, without engagement. Only a few days to know each other better."),
]) 

F("s-fam-046-memory_fab_poaching", "ip_theft_recruitment", [
("c o i C", "We are a memory chip company expanding rapidly and looking for senior process engineers from leading fabs. Your salary would be three times your current level, with housing and a signing bonus."),
("t o e PS", "To help you start quickly, please bring the process recipes and integration documents from your current work. Our team will rebuild them on our line."),
("e o h S", "Can you photograph the design rules manual? Our engineers only need a few pages to check."),
("x o h X", "Don't use the company email or USB - it's monitored. Photos with your personal phone are better."),
("p o h O", "Please move to LINE, ID: mfab_hr_chen. More convenient for my boss."),
("u o e U", "Your signing bonus will be paid through a consultancy company in Samoa, as a service fee. This avoids tax problems for you."),
("m o e M", "Our vice president will meet you in Taipei next weekend. Please tell your company you are on holiday."),
("e s e S", "Our team would especially like to hear about the steps where your fab improved yield last year - the parts that are not in any paper."),
("c s i C", "Your experience in DRAM integration is very rare. We have great respect for your work, and would like to have a friendly conversation about your future."),
("t o h P", "Could you introduce us to two or three of your colleagues on the etch team? We reward every introduction."),
("e o h SX", "Our VP asked: which equipment settings did your team change for the new node? please send before you resign, after is difficult"),
("p o h O", "add L I N E pls, mfab_hr_chen. linkedin i dont use often"),
]) 

F("s-fam-047-bring_files_new_job", "ip_theft_recruitment", [
("t o e PS", "Congratulations on accepting the offer. Before you hand in your notice, it would really help the team if you could take copies of the simulation models and test data you've built. You created them, after all."),
("x o e X", "Please don't tell your current manager where you're going. Just say you're taking a career break. It keeps things simple."),
("e o h S", "Could you also download the customer list and the pricing sheets before your access is revoked? It'll help you get up to speed."),
("t s e P", "It would be great if you could bring your own notes and working files with you when you join - anything that helps you pick up where you left off."),
("p o h O", "Best not to send any of it through email. Upload to the Mega link I'll send, or bring it on a personal drive."),
("c o i CV", "A client of ours is building a competing product in the avionics space and is targeting engineers from your team specifically. Package is generous, start date flexible."),
("u o e U", "The client will pay a special bonus of USD 80,000 if you can bring the full design package. This will be paid via a separate consulting agreement."),
("m o e M", "The client's CTO would like to meet you in Singapore before you start, to go through what you'll be bringing. Flights covered."),
("e s e S", "The team is curious about the version your old group is working on now, before it goes out. Whatever you remember would help."),
("c s i C", "Your work on the flight management software has been noticed. A team I'm helping would love to talk about a role that would let you take that work further."),
("e o h SX", "Before you leave can you export the source repo? nobody will check, and it stays between us"),
]) 

F("s-fam-048-paid_survey_escalation", "survey_pretext", [
("c o e CP", "You have been selected to take part in a paid industry survey for professionals in the aerospace sector. The survey takes about 20 minutes and participants receive USD 150. Your answers are anonymous."),
("t o e P", "Thank you for completing the first survey. You qualify for our in-depth panel, which pays USD 600 for a 45-minute written questionnaire on your company's supplier relationships."),
("e o e S", "Part 3 of the questionnaire asks for the names of the programmes you support, the customer for each, and the expected delivery dates. Please be as precise as possible."),
("e o e S", "For the final section, please describe the security measures at your site: badge systems, escort rules, and how visitors are screened."),
("e s e S", "Panel members who share perspectives not available in company communications receive a bonus payment."),
("p o e O", "For follow-up questions, a researcher will contact you on WhatsApp. Please provide your personal mobile number."),
("u o e U", "Payments are sent by gift card or cryptocurrency. Please choose your preferred option."),
("x o e X", "Please do not discuss your participation with colleagues, as this may bias the results."),
("m o e M", "Our top panellists are invited to an expert roundtable in Dubai with our research sponsors. Travel and accommodation are covered."),
("c s e C", "Your experience makes you an ideal participant for a study of professionals in your field. Would you be willing to share your views? Respondents are thanked for their time."),
("t o e PV", "Our sponsor would like you to forward the survey to colleagues working on the same programme. Each completed referral earns you an additional USD 100."),
]) 

F("s-fam-049-election_systems_contractor", "election_infra_elicitation", [
("c o i CV", "I'm with an international election observation consultancy. We'd like to engage technical experts who have worked on voter registration systems in your country. Paid consultation, remote."),
("t o e P", "Could you describe the architecture of the voter registry - hosting, who has database access, and how updates from local offices are synced? USD 2,000 for the write-up."),
("e o e S", "Our analysts would like the list of vendors supporting the count centres and the contact details of the technical staff."),
("e s e S", "What we'd value most are the weaknesses your team knows about but hasn't been able to fix before the election."),
("p o h O", "Let's talk on Telegram - @observe_tech_ana. Work email isn't ideal for this."),
("x o h X", "Best not to mention our chat to the electoral commission. They get nervous about outside contacts before an election."),
("u o h U", "We can pay in USDT or via a personal transfer, whichever suits."),
("m o e M", "Our director is passing through Tbilisi in May and would like to sit down with you about a longer engagement. Flights and hotel are on us."),
("c s e C", "You clearly know the electoral systems better than almost anyone. I work with a group that studies election resilience and would value a conversation."),
("e o h SV", "client asks: who has admin passwords for the results transmission server? just roles, not names. ok names too"),
("t s h P", "Could you write up your personal view of how the results are transmitted on the night? Not the public FAQ, how it really works."),
]) 

F("s-fam-050-fake_alumni_mentor", "alumni_mentor_cover", [
("c s i C", "Fellow alum here - I graduated a few years before you. I mentor younger graduates going into government and would love to hear how you're finding your first posting."),
("c s h C", "So good to meet another alum in the policy world. Coffee sometime? I've been where you are and happy to share what I learned."),
("p s h O", "I'm not really on LinkedIn much. Let's keep in touch on the other app - I'll text you."),
("e s h S", "Sounds like your team is doing fascinating work. What's the big thing everyone's working on that hasn't come out yet?"),
("t s h P", "A friend of mine runs a small advisory outfit. She pays for short notes from people with your background. Want me to introduce you?"),
("t o h PV", "My friend's client would love a 3-page note on your directorate's priorities this year. She pays $1,200. Easy for you."),
("e o h S", "Any chance you could get her a copy of the internal strategy deck? She'd pay extra. Nobody would know it came from you."),
("x o h X", "Between us alumni - probably don't mention the side work to your boss. They'd make it into a thing."),
("m s h M", "My friend's partners are visiting next month. Would you join us for dinner? Their treat, very relaxed."),
("m o h MU", "They'd like to fly you to Hong Kong for a weekend to meet the rest of the team. All covered, plus a thank-you fee."),
("u o h U", "She can pay through PayPal to a personal account, or in crypto. Up to you."),
("e s h S", "You're so well placed now. Who else in the office do you think would be interested in advisory work like this?"),
]) 


# ---- p6 ----

F("s-fam-051-diaspora_research_cover", "community_mapping_elicitation", [
("c o e CPV", "I coordinate a research project on diaspora civil society for an international foundation. We are hiring community organisers as paid research assistants to help us understand how associations are structured in your city. The funder prefers to stay in the background."),
("t o e P", "As a first task, could you prepare an overview of the main community associations, their leaders, and how often they meet? EUR 600 for the overview."),
("e o e S", "The funder would find it very useful to have the membership lists of the youth association and the contact details of the people who organised the protest in March."),
("e s e S", "It would help to know who in the community is most outspoken, and who they are close to. Just your impressions."),
("p o h O", "Please continue on WeChat - my ID is dsp_research_liu. It's easier for sending files."),
("x o h X", "Please don't tell the association committee about this project. They might misunderstand our intentions."),
("u o h U", "We can send your fee by Alipay or to your family's account back home, whichever is more convenient."),
("m o e M", "Our project director will visit next month and would like to meet you privately. We'll take you to dinner and discuss further work."),
("e o h S", "Can you take photos at the community event on Saturday? We need to see who attends, especially the speakers."),
("c s i C", "You clearly know everyone in the community - your work with the newcomers' centre is impressive. I'm working on a study and would love to hear your perspective."),
("t s h P", "could you let me know what people say at the next meeting? just a short summary, I'll make it worth your while"),
]) 

F("s-fam-052-voice_note_chat", "chat_handler", [
("p o h O", "sent u a voice note on whatsapp, listen pls"),
("p s h O", "check the other app, I replied there"),
("t o h PV", "client liked it. wants round two, same topic but deeper. 2.5k"),
("e o h S", "can u get the org chart for the new division? photo fine"),
("e s h S", "they want what the team actually thinks, not the memo"),
("x o h X", "dont forward my messages to anyone ok"),
("u o h U", "paid. usdt, same wallet. confirm"),
("m o h M", "boss in town thurs. dinner? he pays"),
("m s h M", "my friends want to meet u. trip on them"),
("c o h CV", "heard ur cleared. got a client who'd pay well for a chat"),
("e o h SV", "need the date of the minister's visit to the plant. before its announced"),
("p o h O", "tele gram better, same handle @k_mk77"),
]) 

F("s-fam-053-meeting_logistics", "meeting_logistics", [
("m o e MUX", "Your itinerary is confirmed: depart Frankfurt Thursday 22:10, arrive Shenzhen via Hong Kong Friday evening. A driver will collect you at the Lok Ma Chau crossing; please do not take a taxi. Your hotel is booked in my company's name, so you will not need to register with your passport at reception. On Saturday morning you will meet Mr Tang and two of his colleagues from the research side. They will ask about your current programme and the specifications you mentioned, so please bring your notes. The consulting fee for the weekend, EUR 12,000, will be given to you in cash after the meeting. On Sunday you are free; my colleague Ms Fan can show you the city. For your return, please keep the boarding passes and receipts in your own bag rather than submitting them as expenses, and if anyone at work asks, you spent the weekend in Hong Kong visiting an old friend. We will talk about the next visit once you are home."),
("m o h MX", "When you fill in your travel declaration at work, just say you're visiting friends in Hong Kong. Don't mention Shenzhen."),
("m o e M", "Please use the return ticket I sent rather than booking through your company's travel agent. It avoids questions."),
("m s e M", "Everything is arranged for your visit. My partners are looking forward to an unhurried conversation in pleasant surroundings - no formalities."),
("m o h MO", "Leave your work phone at home. I'll give you a local SIM when you arrive. Message me on WeChat when you land."),
("m o h M", "Change of plan: the meeting is moved to Bangkok, same dates. Tickets re-issued, check your personal email."),
("m o e MS", "Mr Tang asked me to remind you that he is most interested in the test data. If you can bring it on a USB stick, he can review it during the meeting and give it back to you."),
("m s h M", "Your room has a nice view. Rest tonight, tomorrow lunch with my friends at 12. They are very curious about you."),
("u o h U", "The envelope is in the hotel safe, code is your birthday. Count it when you arrive."),
("m o e MV", "My client would like to thank you for the productive meeting and proposes a second visit in spring, perhaps in Kunming this time. He would also like you to bring a colleague who works on the guidance side."),
("p o h O", "after you land add wx: tang_assistant_fan. dont call my normal number"),
]) 

F("s-fam-054-sunk_cost_pressure", "handler_pressure", [
("x o h XK", "You've accepted four payments from us already. I don't think you'd want your employer to see the transfer records. Let's keep working together smoothly."),
("e o h SK", "The client is disappointed. The last report had nothing new. They need the internal test results this time - I'm sure you understand what's at stake for you."),
("x s h X", "We've built a good relationship. It would be a shame if anything happened to it. I'm sure you'll find a way to help us again."),
("e o e SK", "I'll be straightforward: we have the photos from your visit to Shanghai and the receipts from the hotel. Your security office would be very interested. Send the planning documents by Friday and we can forget about it."),
("u o h UK", "We'll keep paying as before, but only if the next package arrives on time. Otherwise we'll have to reconsider everything, including what we share with others."),
("p o h OK", "Why haven't you replied on Telegram? Don't ignore me. It won't end well if you disappear."),
("t o h PK", "You wanted out, but you signed our consultancy agreement. If you stop now, our lawyers will contact your company about the work you did for us."),
("e s h S", "Just one more thing and we'll leave you alone. What was decided at the meeting on Tuesday?"),
("m o h MK", "Come to Istanbul next month. We need to talk face to face about how to continue. Don't make me come to you."),
("x o h X", "You don't need to tell anyone. If you keep quiet, so will we."),
("e s h S", "Remember the favour we did for your brother's visa. My friends hope you'll remember it too when they ask about the new project."),
]) 

F("s-fam-055-peer_review_restricted", "peer_review_pretext", [
("c s e C", "I'm an associate editor of the Journal of Advanced Propulsion and Energetics. Given your expertise, I'd be grateful if you would review a manuscript for us. Reviewers receive a modest honorarium."),
("t o e PS", "The authors would appreciate it if your review could compare their results with your own laboratory's unpublished measurements. Please include your data in the confidential comments to the editor."),
("e o e S", "In the review, could you indicate which aspects of their design differ from the configuration used in your national programme? The editorial board finds such comparisons very informative."),
("e s e S", "Our reviewers' most valuable contributions are the insights that haven't yet appeared in print. Please feel free to be generous with yours."),
("p o e O", "Please submit your review directly to my address jape.editorial@163.com; our submission system is undergoing maintenance."),
("u o e U", "As a thank-you for the detailed review, we'd like to offer USD 2,000, which can be sent to any account or by PayPal."),
("m o e M", "The editorial board invites you to join our annual meeting in Harbin as an honoured reviewer. All travel and accommodation are covered."),
("x o e X", "As peer review is confidential, please do not discuss this manuscript or our correspondence with your colleagues or institution."),
("t o e PV", "We have two more manuscripts in your area. Our sponsoring institute would welcome the same level of detail in your comparisons."),
("c o e CP", "We are establishing a panel of expert reviewers from national laboratories. Members receive an annual stipend of USD 10,000 and invitations to our international meetings."),
("e s e S", "Could you also say a few words about the direction your group is heading next? It would help us plan a special issue."),
]) 

F("s-fam-056-rail_signalling", "infrastructure_elicitation", [
("c o i CV", "I'm a consultant supporting an overseas rolling-stock manufacturer that plans to bid for your country's high-speed line. They'd value an advisor with signalling experience from the national rail operator."),
("t o e P", "Could you prepare a note on the ETCS implementation - the suppliers, the interlocking architecture and how the radio block centres are connected? EUR 3,000."),
("e o e S", "The client would like to see the cyber security assessment that was done for the signalling system last year. Just the summary of findings would be fine."),
("e s e S", "Your sense of which parts of the network are most fragile, from the engineers' point of view, is what they're most interested in."),
("p o h O", "Pls message me on WhatsApp +36 30 418 2290, I'm rarely at a computer."),
("x o h X", "Best to keep this to yourself. The rail authority is very cautious about talking to bidders."),
("u o h U", "We pay through a consultancy in Serbia, invoiced as translation work. Or in cash when I'm next in town."),
("m o e M", "The client's project director would like to meet you in Budapest. We'll cover your train or flight, and a day rate."),
("c s e C", "I hear you're the person who really knows how the signalling on the southern corridor works. I'm helping some people understand the rail market and would love to buy you lunch."),
("e o h SV", "client wants the locations of the radio block centres and backup control rooms. rough map is ok"),
("t s h P", "Could you jot down your own view on where the upgrade programme will run late? A page or two, same fee."),
]) 

F("s-fam-057-water_utility_ot", "infrastructure_elicitation", [
("c s i C", "Your talk at the water sector conference on remote telemetry was excellent. I'm helping a small group understand utility operations better, and they'd be grateful for a chat."),
("c o i CV", "Our client, an engineering investor, is interested in the water sector and pays well for consulting with OT engineers. Anonymous at this stage. Can we talk?"),
("t o e PV", "The client would like to know which PLC and HMI vendors your utility uses at the treatment plants, and how remote access for maintenance is set up. USD 2,000 for a short note."),
("e o e S", "Could you share the asset inventory spreadsheet for the pumping stations? The client only needs it to model investment needs."),
("e s h S", "They'd really appreciate knowing where the engineers think the system would be hard to recover if something went wrong."),
("p o h O", "can we use signal? +1 (312) 555-0187. my work email gets scanned"),
("x o h X", "Please don't mention our talks to your IT security team. They tend to panic over nothing."),
("u o h U", "Happy to pay in bitcoin or through Zelle from a friend's account."),
("m o e M", "The client would like to meet you in Toronto for a half-day workshop. Travel and hotel covered, plus USD 3,000."),
("e o h S", "what's the password policy for the remote access portal? and is there MFA on the vendor accounts?"),
("t s h P", "could you write down how the control room would cope if the SCADA went down for a day? your honest version"),
]) 

F("s-fam-058-trade_negotiator", "negotiation_elicitation", [
("c o e CV", "I am reaching out on behalf of a consultancy advising a group of Asian manufacturers on the upcoming trade agreement negotiations. Your experience at the trade ministry would be of great value, and we are prepared to offer a substantial retainer. Our clients prefer not to be named at this stage of the process, which I hope you will understand given the sensitivity of the talks. The engagement would be light-touch: occasional calls and short notes on your view of how things are developing, nothing that would conflict with your obligations."),
("t o e P", "Our clients would like a short note on the ministry's red lines in the agricultural chapter - where it is willing to compromise and where it is not. USD 5,000."),
("e o e S", "Could you share the negotiating mandate approved by cabinet? Even the key paragraphs would be very useful."),
("e s e S", "The people I advise are most interested in the fallback positions - the things the team would accept if pushed but would never say in public."),
("p o e O", "For discretion, please write to tradelink.advisors@protonmail.com rather than to my company address."),
("x o e X", "It would be best if the ministry were not aware of our conversations. The negotiations are at a delicate stage."),
("u o e U", "The retainer can be paid quarterly into an account in Singapore or Dubai, as you prefer. There's no need for it to show up in your domestic accounts."),
("m o e M", "Our principal will be in Geneva for the WTO week and would like to invite you to a private dinner. All expenses covered."),
("c s i C", "Having watched your work on the digital trade chapter, I'd very much like to hear your thoughts on where the talks are heading. Would you be open to a conversation?"),
("e o h SV", "clients ask who on the negotiating team is pushing for a quick deal and who is resisting"),
("m s e M", "It would be a pleasure to host you for a weekend in Geneva. An informal chance to meet a few people who have followed your career with admiration."),
]) 

F("s-fam-059-freelance_platform_gig", "freelance_gig_tasking", [
("c o e CP", "Your proposal on our research analyst posting stood out. We need freelancers with government or military experience to write short briefing papers. Rate is $60/hour, ongoing work."),
("t o e PV", "First milestone: a 1,500-word brief on how your former agency shares threat intelligence with partner countries. Please include your own observations, the client isn't interested in public sources."),
("p o e O", "Let's take this off the platform to avoid the 20% fee. Email me at dk.research.ops@gmail.com or add me on Telegram."),
("u o e U", "Off-platform, we can pay in crypto or via Wise to any account you choose."),
("e o e S", "The client wants to know more about the liaison arrangements you described - who the contacts are and how often they meet. Names help."),
("e s e S", "Your brief was excellent. They would like more of the insider perspective next time - what you saw that didn't make it into official statements."),
("x o e X", "Please don't list this work on your profile or discuss it with former colleagues. Our client values discretion."),
("m o e M", "The client would like to meet top freelancers in person. Would you be able to travel to Kuala Lumpur? All expenses paid."),
("c s i C", "Loved your portfolio. I've got a few long-term research gigs that would suit someone with your background perfectly. Want to hear more?"),
("t o h P", "new milestone posted: profiles of 5 people still working in your old unit. role, rank, what they work on. $200 each"),
("m s e M", "They are keen to thank you properly - how about a few days in Malaysia as their guest? No work, just getting to know each other."),
]) 

F("s-fam-060-language_exchange_partner", "language_exchange_rapport", [
("c s h C", "I saw you're learning Mandarin! I'm looking for a language exchange partner to practise English. Would you like to chat sometimes?"),
("p s h O", "This site is hard for chatting. Can we talk on the app I sent you? I can send voice messages to help your tones."),
("p o h O", "My WeChat is meiyu_lx_98 - add me and I'll teach you some phrases!"),
("c s h C", "Your job sounds so interesting! You work for the government right? I always wanted to understand how it works there."),
("e s h S", "What are you working on this week? You said it was something with the ministry of defence, that's so cool."),
("t s h P", "My uncle writes papers for a company and he needs someone to check his English on some policy papers. He pays well. Could I introduce you?"),
("t o h PV", "My uncle's company wants you to write a short analysis about your department's plans for next year. 8000 yuan, I can send by WeChat Pay."),
("e o h S", "My uncle asked if you can send him the documents from your meeting, he only wants to read them for his research."),
("x o h X", "Please don't tell your colleagues about my uncle. He is a private person and doesn't want trouble."),
("m s h M", "You should visit me in Chengdu! My family would love to host you. We can take care of the flights."),
("m o h MV", "When you come, my uncle's boss wants to meet you. He's very important and very generous."),
("e s h S", "You always tell me the boring parts of your day haha. What's the exciting stuff you never mention? I promise I won't tell anyone"),
]) 


# ---- p7 ----

F("s-fam-061-overseas_police_station_student", "overseas_police_station", [
("c o h KO", "This is the overseas service station of your hometown public security bureau. We need to verify some information about your residence abroad. Please add our staff on WeChat: fzps_service_09."),
("n o h K", "You have not replied for three days. Your registration in the hometown system will be affected. Your parents were asked to come to the office yesterday."),
("e o h KS", "We know you attended the gathering outside the consulate last month. Tell us who organised it and who spoke, and this matter will be closed."),
("m o h KM", "Come to our office on Saturday at 2pm, the address is the trading association building, 3rd floor. Bring your passport. It is only a conversation."),
("n o h KX", "Do not tell your university or the local police about this. It is an internal matter between you and your country."),
("n o h K", "Your scholarship from home can be stopped at any time. It depends on your attitude."),
("e o h KS", "Send us the screenshots of the student group chat where they discussed the protest. Names and photos."),
("n s h K", "We only want to help you. Your mother worries a lot about you. A cooperative attitude will make everything easier for her."),
("p o h KO", "Please install the app we sent and keep location on. This is for your safety while studying abroad."),
("c s h K", "We are volunteers helping students from our province living here. Some people back home asked us to check how you are doing."),
("n o h K", "Your passport renewal will not be approved unless you complete the registration with us in person."),
]) 

F("s-fam-062-persuade_to_return", "persuade_to_return", [
("n o e K", "We are writing on behalf of the relevant authorities concerning the economic case opened against you. If you return voluntarily before the end of the year, your cooperation will be taken into account and the penalties will be significantly reduced."),
("n o e K", "Your continued refusal to return leaves us no choice but to proceed against your assets at home, including the apartment registered in your daughter's name."),
("n s e K", "Many people in your situation have come home and found that matters could be resolved more easily than they feared. We hope you will think about your family's future."),
("m o e KM", "A representative of the working group will be in Toronto next week. We suggest you meet him at a place of your choosing to discuss the conditions of your return. Please do not involve lawyers at this stage."),
("n o e KX", "It would not be wise to speak to the local authorities or the media about this matter. That would only make your situation, and your relatives' situation, more difficult."),
("n o h K", "Your brother has been asked to help persuade you. He is under great pressure. Call him."),
("n o e K", "We remind you that your former business partners have already given statements. Returning now is the best way to protect your reputation and your family."),
("e o e KS", "If you provide information on the other people involved who are still abroad, especially their addresses and contacts, the working group will consider your case favourably."),
("c s e K", "An old friend asked me to pass on a message: everyone at home misses you, and there is a way back if you are willing to talk."),
("n o h K", "The deadline is 30 days. After that, the decision will not be in our hands anymore."),
("p o h KO", "Contact the working group directly on WhatsApp: +86 135 0991 4452. Do not reply to this address."),
]) 

F("s-fam-063-relatives_threatened", "family_threats", [
("n o h K", "Your mother was visited by officers yesterday. They asked about your activities abroad. If you want them to stop visiting, you know what to do."),
("n o h K", "Your sister's job at the hospital is in danger because of your posts online. Delete them and we can talk about her future."),
("n o h K", "We know where your father lives and what medication he needs. It would be a pity if his supply were interrupted."),
("n s h K", "Your parents are getting older. It would be good for them to have peace of mind in their last years. That depends on you."),
("e o h KS", "Give us the names of the people who run the channel you write for, and your family will not be bothered again."),
("m o h KM", "Come to the embassy on Thursday to sign a statement that you regret your actions. Then your brother can be released."),
("n o h KX", "Talking to foreign journalists about this will only make things worse for your relatives. Keep quiet."),
("n o h K", "Your cousin was taken for a 'conversation' today. He told them everything he knows about you. Next it will be your mother."),
("n s h K", "Your family has been very cooperative. We hope you will be too."),
("n o h K", "Call your mother. She wants to tell you herself how worried she is after our visit."),
("p o h KO", "Install this app and add me there, +7 901 488 20 35. We will explain what is expected of you."),
]) 

F("s-fam-064-report_on_community", "informant_recruitment", [
("c o h KS", "We know you attend the mosque on Elm Street. We need someone there who can tell us what is being said about the homeland. It is a small service for your country."),
("e o h KS", "Which members of the cultural association went to the parliament hearing? Send the list with photos."),
("e o h KS", "We need the phone numbers of the people in the organising committee and the details of their families at home."),
("n o h K", "If you help us, your brother's application for a passport will be processed. If not, it may take many years."),
("e s h KS", "Just let us know who comes to the meetings and what they talk about. Nothing more. You see them every week anyway."),
("u o h KU", "We will pay you for each report, in cash or into your account at home. Nobody will know."),
("x o h KX", "Do not tell anyone in the community about our conversation. If they find out, they won't trust you anymore, and neither will we."),
("m o h KM", "Meet me at the café near the station on Sunday. Come alone. I'll explain what we need next."),
("e o h KS", "Record the speeches at the commemoration event and send them to us. Use the phone we gave you."),
("c s h K", "You are a good son of your country. We hope you will help us understand what is happening among our people abroad."),
("e o h KS", "who is funding the new community radio? we need names and where the money comes from"),
]) 

F("s-fam-065-parents_pension_business", "family_leverage", [
("n o h K", "Your father's restaurant licence is up for renewal. Whether it is approved depends on your cooperation."),
("n o h K", "Your parents' pension payments have been suspended pending a review of your activities abroad."),
("n s h K", "We noticed your family's shop has been doing well. It would be a shame if inspectors found problems."),
("e o h KS", "Tell us who organised the petition at your university and your parents' pension will be restored next month."),
("n o e K", "This is a formal notice from the district office regarding your family's property. Contact us within 14 days to discuss how the situation can be resolved. Your attitude will be taken into account."),
("n o h KX", "Don't mention this to your foreign friends or the police. It's a family matter and should be resolved among us."),
("p o h KO", "Add me on V X so we can discuss your parents' situation: dist_office_zhou."),
("n s h K", "Your mother asked me to tell you she's fine, but the business has had some difficulties lately. You know why."),
("m o h KM", "Meet our representative in Vancouver on Friday. If the meeting goes well, your father's licence will be renewed."),
("n o h K", "Your uncle has lost his position because of you. Who's next is up to you."),
]) 

F("s-fam-066-activist_brother_army", "family_threats", [
("n o e K", "We are aware of your activity with the opposition media abroad. Your younger brother has received his call-up papers. Whether he is sent to the front or stays in a rear unit may depend on your decisions."),
("n o h K", "Your mother's apartment is registered as the address of a foreign agent now. You can fix this."),
("e o h KS", "Tell us who finances the channel and where the editors live, and your family will be left in peace."),
("m o h KM", "Come to the consulate in Berlin and write an explanation. It's just a formality. Then we can forget this."),
("n o h KX", "Don't tell your colleagues at the newspaper. They'd only use it against you."),
("p o h KO", "Write to me on Telegram, +7 916 550 11 24. Not here."),
("n s h K", "Your parents are proud of you, I'm sure. But they're also old, and winters are hard. Think about them."),
("n o h K", "A criminal case can be opened at any moment. Your return would close it. Staying abroad makes it worse."),
("u o h KU", "If you agree to cooperate, we can arrange regular payments. Your salary at the newspaper isn't much, is it?"),
("e o h KS", "We need to know who your sources inside the ministry are. That's all. Then this ends."),
]) 

F("s-fam-067-student_group_monitor", "student_monitoring", [
("c o h K", "I'm from the students' association. The association needs volunteers to help keep an eye on the mood in our group chat. It is good for your future career at home."),
("e o h KS", "Who posted the article about the camps in the class group last night? Send me their name and student number."),
("e o h KS", "Please record the lecture on Thursday when the professor talks about Taiwan. Send it to me directly."),
("n o h K", "If you don't help, the association will inform the consulate that you are uncooperative. This could affect your scholarship and your job prospects at home."),
("x o h KX", "Don't tell the professor or the international office. This is just among us."),
("p o h KO", "Please join the new group on W e C h a t. The old one may be monitored."),
("e s h KS", "Just let me know if anyone says anything unusual at the seminar. It's for everyone's safety."),
("u o h KU", "The association will give you 2000 yuan each month for your help. Transferred to your Alipay."),
("m o h KM", "The education counsellor from the consulate wants to have dinner with you on Saturday. He appreciates your help."),
("e o h KS", "Who are the students in your department who have been talking to journalists? We need to know."),
("n s h K", "We just want to make sure everyone from home stays on the right path. You understand."),
]) 

F("s-fam-068-consulate_tea_invitation", "soft_summons", [
("m s h KM", "Some friends from the consulate would like to invite you for tea. Nothing serious, just to get to know our compatriots abroad."),
("m s e KM", "We are organising a small gathering for outstanding compatriots in the region. Your name was mentioned. We hope you can come and share your experiences."),
("e s h KS", "At tea they may ask about the people you work with at the institute. Just answer honestly, it's friendly."),
("n s h K", "They were a bit surprised you didn't come last time. Your father mentioned you're very busy. They hope next time works better."),
("m o h KMX", "Please don't mention the invitation to your employer or colleagues. It's a private meeting between compatriots."),
("e o h KS", "They'd like to know about the visitors to your lab and the projects you're working on. It helps them understand how they can support you."),
("n o h K", "They were disappointed you refused. They asked me to remind you that your visa renewal at home goes through them."),
("c s h K", "I'm from the hometown association. Your uncle said you're doing very well here. We'd love to invite you to our events."),
("u o h KU", "If you continue to meet with them, the association can provide some support for your family's expenses. Just a gesture."),
("p s h KO", "Let's talk on the app, it's more convenient. I'll send you my ID."),
]) 

F("s-fam-069-relative_relay", "relative_as_messenger", [
("n o h K", "Son, please stop posting those things. Two men came to the house again today and asked your father to sign something. We are scared."),
("n s h K", "Your aunt says the people from the district office were very polite, but they want you to call them. Please, for us."),
("m o h KM", "They say if you come home for the New Year, everything will be resolved. They promised. Please come."),
("e o h KS", "They asked me to ask you who your friends are in that group. They said if you tell them, they will leave us alone."),
("p o h KO", "They gave me a number for you to call: +86 186 2047 3316. They said use WeChat, not the phone."),
("n o h KX", "Don't tell your foreign friends about this. The men said it will make it worse for us."),
("n o h K", "Your father lost his position at the factory. They said it's because of you. Please think about your family."),
("n s h K", "Everyone here misses you. Your grandmother asks about you every day. Maybe it is time to come back and make things right."),
("u o h KU", "They said if you help them, they will give money to help us with your grandmother's hospital bills."),
("e o h KS", "The policeman asked for the address where you live now and the names of your roommates. What should I tell him?"),
]) 


# ---- p8 ----

F("s-fam-070-training_kit_fee", "job_scam_training_kit", [
("c o e J", "Congratulations! Based on your resume, you have been shortlisted for the position of Remote Data Entry Clerk at Brightwell Solutions. The position pays $32/hour and is fully remote. Training starts Monday."),
("n o e JU", "Before you can start, all new hires must purchase the training kit and work software from our approved vendor for $189. This amount will be reimbursed with your first paycheck."),
("n o e JU", "Please send the $189 through Zelle or Cash App to our vendor's coordinator. We cannot accept card payments for the kit due to licensing reasons."),
("p o e JO", "For faster onboarding, please reply only to my personal email, hr.brightwell.onboarding@gmail.com. The company system is being upgraded."),
("n s e J", "Your onboarding is nearly complete. The only step remaining is to obtain your starter materials, which our trainers will walk you through once the order is confirmed."),
("n o h JU", "Did you send the payment for the kit? Your start date will be pushed back if we don't receive it today."),
("n o h JU", "The vendor says your payment didn't go through. Please try again with a Google Play gift card instead, $200 value. Send me a photo of the code."),
("c o i J", "We are hiring work-from-home transcriptionists. No experience needed, $800-$1,200/week. Limited spots! Apply now and get trained in 3 days."),
("n s h J", "To keep your spot, you just need to finish setting up your workstation by tomorrow. Let me know when you're ready and I'll send the link."),
("p o h JO", "pls text me on telegram @brightwell_hr_tina for the kit instructions"),
("n o e JU", "Your equipment allowance is approved. Please forward $250 to the IT supplier so they can ship your laptop and headset; you will be refunded in your first paycheck."),
]) 

F("s-fam-071-cheque_equipment_scam", "job_scam_cheque", [
("n o e JU", "We have mailed you a cheque for $3,850. Please deposit it via mobile banking today. Out of that amount, $3,200 should be sent to our equipment vendor for your home office setup, and the remaining $650 is your first week's pay."),
("n o h JU", "The cheque should have cleared by now. Please send the vendor payment immediately through Bitcoin ATM, the instructions are attached."),
("n o h JU", "Your bank is just holding the funds for verification, it's normal. You can still send the vendor payment from your own money and it will balance out when the cheque clears."),
("c o e J", "We are pleased to offer you the position of Administrative Assistant with Corrington Medical Supplies. As a remote employee, you will receive a cheque to purchase your office equipment from our approved supplier."),
("p o e JO", "Please continue communication only through this Gmail address, as our HR portal is under maintenance: corrington.hr.dept@gmail.com."),
("n s e J", "Once the funds are available in your account, please let me know and I'll pass on the supplier's details so we can get your workstation shipped."),
("n o h JU", "Send the balance by Zelle to the vendor's account manager, Michael. Do not mention to your bank what the payment is for, they ask too many questions."),
("n o e JU", "Due to a mistake in our accounting department, the cheque was issued for $2,000 more than intended. Please return the excess via wire transfer to the account below."),
("c o i J", "Remote personal assistant needed for a busy executive who travels a lot. $500/week. Light errands, processing payments. Contact me via email for details."),
("t o h JU", "Your first task: buy three $100 Apple gift cards at your local store and send me photos of the codes. The executive will reimburse you with the next cheque."),
("n s h J", "Did everything go okay at the bank? My manager is waiting for the confirmation so he can process your first assignment."),
]) 

F("s-fam-072-personal_email_fake_hr", "job_scam_personal_email", [
("c o i J", "Your profile has been selected for a Remote Customer Service position with Northgate Logistics Group. Salary $28/hr with full benefits. Please reply to my personal email so we can schedule your interview: northgate.talent.recruit@outlook.com"),
("p o e JO", "Kindly reply from your personal e-mail, not your work address. Our hiring team cannot see messages sent to the LinkedIn inbox."),
("p o e JO", "The interview will be held on Google Hangouts text chat with our hiring manager, Mr. Dale Whitmore. Please add dale.whitmore.hr@gmail.com and send a message saying you are ready."),
("n o e JS", "Congratulations, you have successfully passed the interview. To complete your employment file, please send a scanned copy of your driver's license (front and back), your Social Security number and your bank login for direct deposit setup."),
("n s e J", "We'd like to move quickly with your application. To complete the process, please confirm your home address and best contact details so we can send your offer documents."),
("p o h JO", "pls text me on whatsapp +1 (719) 555-0163 for faster process, linkedin message is slow"),
("c s i J", "I came across your profile and think you'd be a great fit for a remote role on our team. Are you currently open to new opportunities? Let me know and I'll share details."),
("n o e JU", "Before we can issue your contract, a one-time administration fee of $95 is required to cover document processing. Payment can be made through the link below."),
("x o e JX", "Please do not contact the Northgate main office about your application. The remote hiring programme is handled separately and they will not have your file."),
("n o h J", "Sorry for the delay. HR needs the 6-digit code that was just sent to your phone to verify your identity. Please send it to me now."),
("p o i JO", "Please contact me directly: northgate dot talent dot recruit at outlook dot com. This platform does not allow attachments."),
]) 

F("s-fam-073-overseas_visa_fee", "job_scam_visa_fee", [
("c o e J", "We are pleased to inform you that you have been selected for the position of Site Engineer with Al-Nour Construction Company in Doha, Qatar. Monthly salary: USD 7,500, tax free, with accommodation and annual flights."),
("n o e JU", "To process your work visa, the Ministry of Labour requires a processing fee of USD 780, payable to our registered travel agent. Please send by Western Union within 72 hours."),
("n o e JU", "After visa approval, you must pay USD 450 for the mandatory medical screening and USD 320 for the labour insurance. These fees are refundable upon arrival."),
("p o e JO", "Please contact our visa agent Mr. Ibrahim Farouk directly at alnour.visa.dept@yahoo.com, or on WhatsApp +974 3318 5540."),
("n s e J", "Your documents have been received. The final step before your flight booking is to clear the remaining administrative requirements with our agent."),
("c o i J", "URGENT HIRING: Canada farm workers and truck drivers needed. LMIA approved. Free accommodation and flight. Salary CAD 4,500/month. Send CV via WhatsApp only."),
("n o h JU", "Your LMIA is ready but you need to pay the approval fee of CAD 1,200 first. Send through MoneyGram to the name I give you."),
("x o e JX", "Please do not contact the embassy directly about your visa. All communication must go through our agent to avoid delays."),
("n o h J", "Sir, the flight is booked but the immigration clearance certificate is still missing. It costs only $250 and you will fly next week."),
("n s h J", "Congratulations again on your selection. We just need you to complete one last step with our agent before your contract can be stamped."),
("p o h JO", "whats app pls + 9 7 4 3 3 1 8 5 5 4 0 for the offer letter"),
]) 

F("s-fam-074-telegram_task_scam", "job_scam_task", [
("c o h J", "I'm Jessica from Apex Digital Marketing. We are looking for part-time workers to like YouTube videos. $5 per like, earn $200-$800 a day. Interested?"),
("p o h JO", "Please contact my colleague on Telegram to start your tasks: @apex_reception_anna. She will explain everything."),
("t o h JU", "You have completed 3 tasks and earned $15. To unlock the premium tasks with 30% commission, you need to prepay $100 into your task account."),
("t o h JU", "Your account shows a negative balance because you made an error on task 17. Please deposit $1,500 USDT to restore it and withdraw your commission."),
("n o h JU", "Withdrawal is frozen. To unfreeze it you must pay 20% tax on your earnings first. Send to the wallet address below."),
("c s h J", "Are you looking for flexible work? I can introduce you to an easy online job, only 30 minutes a day, paid daily."),
("t s h J", "You're doing great! Just complete the next set of tasks and your earnings will be released to you today."),
("t o h J", "Welcome to the team! Rate these 10 hotels on our app with five stars and send me the screenshots. Payment after each batch."),
("x o h JX", "Don't tell your bank what the transfers are for. They misunderstand crypto and might block your account."),
("p o h JO", "add me pls on t-e-l-e-g-r-a-m @apex_hr_jess, we have a bonus campaign today only"),
("c o h J", "Sorry to disturb, I'm a recruiter from TikShop Partners. We have a part-time job: rating products, 1 hour per day, $300 daily. Reply 1 if interested."),
]) 

F("s-fam-075-reshipping_inspector", "job_scam_reshipping", [
("c o e J", "Thank you for your interest in the Quality Control Inspector role with Meridian Parcel Services. The position is home-based: you receive packages, inspect the contents, take photos, and reship them with the labels we provide. Salary: $2,600 per month."),
("t o e J", "Your first package will arrive tomorrow. Please don't open the inner box. Just photograph the outside, attach the new prepaid label I'll email you, and drop it at the post office."),
("t o h J", "Three packages coming this week. Electronics. Please reship to the addresses in the labels the same day - our customers abroad are waiting."),
("x o h JX", "If the delivery company calls asking about the packages, tell them it's your personal order. Don't mention our company."),
("n o h JU", "Your salary will be paid after 30 days of probation. Meanwhile, please pay the shipping fee for the next batch yourself - it will be refunded."),
("p o e JO", "Please use only the personal email I provided for all communication: meridianparcel.hr@proton.me. Do not use the website contact form."),
("n s e J", "Everything looks good with your first shipment. We're glad to have you on the team and will send the next labels shortly."),
("c o i J", "Work from home: package handling assistant. Receive, check and forward parcels. No experience needed. Flexible hours, weekly pay."),
("t s h J", "Could you also receive a few parcels in your neighbour's name? Some customers prefer different addresses."),
("n o h JS", "To set up your payroll, please send a photo of your ID and your bank account details, including the online banking password."),
]) 

F("s-fam-076-chat_interview_identity", "job_scam_identity_theft", [
("c o i J", "We reviewed your resume on the job board and would like to invite you for an interview for the Remote Financial Analyst position. Interviews are conducted through Microsoft Teams chat. Please download Teams and add the hiring manager."),
("t o h J", "Interview question 1: Why do you want to work for our company? Please type your answer here. The hiring manager will review it in real time."),
("n o h JS", "Congratulations, you passed the interview! Please send a photo of your ID card, a selfie holding it, and your date of birth for the background check."),
("n o h JS", "HR needs your online banking username and password to set up direct deposit. This is standard procedure for remote staff."),
("p o h JO", "Please continue the interview on Signal, our Teams account has been suspended temporarily. Add +1 (424) 555-0199."),
("n s h J", "Your onboarding paperwork is almost complete. We just need to verify a few personal details before your start date."),
("n o h J", "Our company will send you a $3,000 check for equipment. Please deposit it and buy the laptop from the vendor we recommend."),
("c s i J", "Your experience matches a position we're hiring for. Would you have time for a quick interview this week?"),
("x o h JX", "Please don't share the offer with anyone until your contract is signed. Our company is in a quiet hiring phase."),
("n o h JS", "We need your SSN and mother's maiden name for tax forms. Send them here please."),
]) 

F("s-fam-077-background_check_fee", "job_scam_fee", [
("n o e JU", "Your application for the Logistics Coordinator position has been approved pending a background check. The check is conducted by our partner, SecureScreen Verification, at a cost of $65 payable by the candidate."),
("n o e JU", "Please pay the background check fee using the link provided. Note that we only accept payment by prepaid Visa card or Amazon gift card."),
("p o e JO", "For all further questions, please contact me at my direct address, rachel.kemp.recruiting@gmail.com, rather than the company email."),
("n s e J", "Your file is complete except for the screening step. Once it's done, we can send you the contract and schedule your first day."),
("c o i J", "Immediate openings: Warehouse Supervisor, $25/hr. Sign-on bonus. Apply today - background check required."),
("n o h JU", "We haven't received your background check payment. The position will be offered to another candidate if you don't pay by 5pm."),
("n o e JU", "Your background check returned an incomplete record. To clear it, an additional $120 processing fee is required."),
("n o h J", "send me the card number on the back of the gift card and a photo of the receipt please"),
("c s i J", "You have the kind of experience we're looking for. I'd like to move you straight into the final stage of our selection process. Interested?"),
("x o e JX", "Please don't contact the company's main HR line about this - they don't handle the screening and it will only delay your file."),
]) 

F("s-fam-078-mystery_shopper", "job_scam_mystery_shopper", [
("c o e J", "You have been selected to participate in our mystery shopper programme. Your assignment is to evaluate a money transfer service in your area. You will be paid $350 per assignment."),
("t o e JU", "Enclosed is a check for $2,450. Deposit it into your account. Keep $350 as payment, and use the remaining funds to send two money transfers to the recipients listed, then fill out the evaluation form."),
("t o h JU", "Assignment 2: Buy $500 in gift cards at Walmart and evaluate the customer service. Send me the card codes so our auditor can verify them."),
("p o e JO", "Please respond only to this personal email address. Our company domain is blocked by some providers."),
("n s e J", "Thank you for joining the programme. Your first evaluation pack will be mailed shortly. Please keep an eye on your mailbox."),
("x o h JX", "Don't tell the store staff you're evaluating them, or the assignment won't count. And don't discuss the check with your bank."),
("n o h JU", "The check bounced? That's strange. You still need to complete the transfers, our company will reimburse you."),
("c o i J", "Earn extra income as a mystery shopper! $300/assignment, flexible hours. Text your name to the number below."),
("t s h J", "Your next evaluation is ready. It's a simple one, just visit the location and follow the steps in the envelope."),
("p o h JO", "pls contact me: shopper coordinator at g m a i l dot com, full address in the flyer"),
]) 

F("s-fam-079-clearance_sponsorship_fee", "job_scam_clearance_fee", [
("c o i CJ", "Defence contractor hiring junior analysts - we sponsor your security clearance! No prior clearance needed. Salary $95k. Apply now."),
("n o e CJU", "To begin your clearance sponsorship, you must pay the government processing fee of $450. This is refunded after 90 days of employment."),
("n o e CJ", "Please submit your SF-86 details through the form linked below, including your SSN, passport number, and a list of family members with their addresses."),
("p o e JO", "All clearance-related communication is handled through our secure partner email, clearance.sponsor.office@gmail.com. Do not contact the agency directly."),
("n s e CJ", "We're excited to sponsor your clearance. Before we can submit your package, we'll need a few additional details and a small administrative step on your side."),
("n o h JU", "The fingerprinting appointment costs $180, please pay through Cash App to our security coordinator."),
("c s i CJ", "Your background looks like a great fit for some upcoming cleared roles we're supporting. Do you currently hold a clearance, or would you be interested in being sponsored?"),
("x o e JX", "Clearance processing is confidential. Please don't discuss your application with anyone, including your current employer."),
("n o e CJU", "Your clearance has been upgraded to TS. Please pay the upgrade fee of $750 within 48 hours to activate it."),
("n o h JS", "We need copies of your DD-214 and your current clearance letter to transfer your eligibility. Please send them here."),
("p o h JO", "text our clearance coordinator on whats app: +1 202 555 0147, faster than email"),
]) 


# ---- p9 ----

X(1, [
("c s i C", "I've spent the last few months talking to people who built the standalone core networks in Europe and Australia, and your name kept coming up. The partners I work with are preparing an investment thesis on the next wave of network upgrades and are frankly short on people who have done the hard engineering rather than the slideware. What they'd like is an occasional, unhurried conversation - your view of where the architecture is heading, what has gone better or worse than planned, the sort of thing you'd tell a former colleague over a beer. They are used to compensating experts properly for their time and would want to do so here. If that sounds agreeable, I can set up a first call at whatever hour suits you; I'm in Singapore, so evenings your time tend to work well."),
("e s h S", "They keep asking about the things your team talks about among yourselves, before decisions go upstairs. Any colour there is worth more to them than a finished paper."),
])
X(2, [
("t s e P", "Our readership was struck by your remarks on the minerals file in our last roundtable. Would you be willing to expand them into a short private paper - two or three thousand words, written as frankly as you spoke? It would circulate only among a handful of senior members who have asked specifically for your perspective, and the institute would of course recognise the effort with an honorarium commensurate with your seniority. There is no need to cite sources or to restrict yourself to what the department has said publicly; indeed, the members are most interested in your own reading of how ministers are likely to move, which options have quietly fallen away, and where the officials disagree. If it would be easier, I could take notes during a call and draft it for you to approve."),
("p o e O", "Our secretariat now uses a separate mailbox for contributors: p_horizon_sec (at) 163 dot com. Please send the next draft there rather than to the institute domain."),
])
X(3, [
("c o h CO", "my company want expert like you, engineer. pls add W3chat lily_hr_0723 (the 3 is e). very easy job"),
])
X(4, [
("c s i C", "Plenty of guys I served with have made the jump to advisory work and never looked back. There are people out there who'll pay real money just to understand how things actually run on the inside. If you ever want to talk about what that looks like, I'm around."),
("t s h P", "Next one's easy - just your read on how the unit would actually handle it if the new kit slipped a year. Same deal as before."),
])
X(5, [
("e s e S", "My colleagues are writing a study on how your former service works with its partners abroad. Your memories of how the liaison meetings went - who attended, what they tended to discuss - would make the study far richer than anything available in the literature. You may write as much or as little as you like; they will value it either way."),
("m s e M", "My colleagues would very much like to continue your conversation in person. Spring in Shanghai is lovely, and there is a quiet guesthouse they use for such visits. You need not bring anything - only yourself."),
])
X(6, [
("t s e P", "Thanks again for the last piece - it was shared with the right people and landed well. The next topic is a bit broader: how do you expect procurement priorities in your old office to shift after the leadership change? Please write it as you'd explain it to a smart friend, not as a press summary. We're happy to increase the fee given the depth we're hoping for."),
("c o e CV", "Following up on your job-board profile: our clients in Asia remain very keen on people with your US government background. If you know colleagues still in service who want extra income, send me their names and a line about their roles. Referral fee applies."),
])
X(7, [
("c s i C", "Structures people who have actually taken a military airframe through qualification are incredibly hard to find. A group I'm supporting is building something ambitious and would be grateful simply to hear how you'd approach it. No interview, no CV required - just a conversation, and they'd insist on thanking you properly for your time."),
("e s h S", "They found your notes on the tooling fascinating. Anything you can add about the problems the programme ran into that never got written up would be gold."),
])
X(8, [
("c s i C", "We're a tiny team with unusually patient backing, and we're mostly trying to learn. Would you be willing to spend an hour telling us how you'd structure a frontier training run if you were starting from scratch today? We'd pay you for the hour, and there's no expectation beyond that."),
("t s h P", "Super useful call. Could you write down the things you mentioned about how the team picks what goes into the next run? Whatever you remember is fine, however rough."),
("p o h O", "ping me on s1gnal or t.g - same handle n0va_labs_hiring. slack dms aren't great for this"),
])
X(9, [
("c s e C", "Your contributions to the working group on long-term operation were widely respected, and I was sorry to read that you had stepped back from it. I advise a small group of investors who take a very long view of the sector and who place great value on the judgement of people who have sat on the regulatory side. They would welcome the chance to hear your thoughts, at your convenience, on how the new-build licensing process is likely to unfold over the next few years - in particular the points where you expect difficulty. I should add that they are accustomed to compensating such conversations generously, and that the discussion would be entirely informal."),
("e s e S", "Thank you for your candour on the call. My colleagues were especially interested in your comment about the seismic review. Could you say a little more about how the assessment team sees it at the moment, before the position is settled?"),
])
X(10, [
("e s h S", "They'd love to know whether the mood in the building has shifted since the last meeting. Just your instinct - who sounded more cautious, who less."),
("c s i C", "It's rare to meet someone who has sat on both the supervisory and the policy side. A couple of people I know would be fascinated to hear how you see the next year playing out, and they never expect anyone's time for nothing."),
])
X(11, [
("c s i C", "I help a small group of long-horizon investors understand the science behind the companies they back. They are far more interested in the judgement of bench scientists than in analyst notes, and your work on delivery systems is exactly what they keep asking me about. Would you be open to a relaxed first conversation, at whatever hour suits you?"),
("e s e S", "Your comments on the dosing question were fascinating. The investors would be grateful for a little more colour on how the team is reading the early data - you need not send anything, a conversation would suffice."),
])
X(12, [
("c s e C", "Few people understand how a national grid is actually kept stable day to day. I work with a group of long-term owners of network assets who would value an informal hour with someone who has spent years in the control room - your view of how things work in practice, what keeps the operators up at night, where the system is tighter than it looks from outside. Naturally they would compensate you for your time, and there is no need to prepare anything."),
("e s h S", "Thank you, that was enlightening. They'd like to understand how the backup control centre would take over if the main one went down - the practical sequence, as you've seen it in drills."),
])
X(13, [
("e s e S", "Your insight into the evaluation has been extremely useful. The people I work with would now like to understand the panel itself a little better: who carries the most weight, and how each of them tends to view the foreign bidders. Your impressions are all they need."),
("m s e M", "The study's sponsor would be delighted to meet you informally when you're next travelling. A lunch, perhaps, somewhere pleasant - at their invitation, of course."),
])
X(14, [
("t s h P", "Subscribers loved your last piece. Could you do a short one on what the minister's team really thinks about the review? Same rate, same arrangement."),
("e s h S", "Anything from the away-day last week? Even just who said what would make a great item."),
])
X(15, [
("e s h S", "where. when. who."),
("p o h O", "new handle. t g: vlm_94. old one gone."),
])
X(16, [
("m s e M", "My principal would love a short face-to-face on video - he prefers to see the people whose work he admires. Twenty minutes, whenever suits you. He'll be very grateful."),
("e s h S", "In the next conversation, he'd like you to talk through what your group is planning for the next test campaign. He finds it easier to listen than to read."),
])
X(17, [
("c s e CM", "The committee of the Silk Road Frontier Materials Symposium has the honour of inviting you to deliver a plenary lecture. Your pioneering work on ultra-high temperature composites is highly regarded by our members, many of whom have long hoped to exchange views with you in person. The symposium will take place in a beautiful lakeside venue, and we will be pleased to arrange travel and accommodation for you and your spouse, as well as a short cultural programme after the meeting. In addition to the plenary, the organisers would be grateful if you could join a small closed workshop with leading researchers from our partner institutes, where you can speak more freely about your current directions. Please let us know at your earliest convenience whether you can attend, so that we may begin preparing the invitation letter."),
("m s e M", "Several of the younger researchers you met at dinner would be honoured to host you again. They hope you might stay a few extra days as their guest next time."),
])
X(18, [
("c s i C", "Your name came up twice this week with people I trust in the space sector. I'm helping a group set up a new observation programme and they'd value even a single conversation with someone who has seen a payload through to orbit. No strings attached - happy to work around your schedule."),
("e s h S", "They're curious how your agency actually decides which requests get imaged first when things are busy. Just how it works in practice."),
])
X(19, [
("t s e P", "Our young researchers found your lecture very inspiring. Would you be willing to review their progress every few months and give frank advice, drawing on your own group's experience, including the things that did not work? We would offer a generous honorarium for this mentoring."),
])
X(20, [
("t s e P", "It would be very helpful if, during your next visit, you could give our team a detailed seminar on how your laboratory builds and calibrates its instruments. Please feel free to bring any materials that would make the seminar easier to follow."),
("c o e CPX", "Our university invites you to join the Qi-Ming Scholar Plan. Annual salary RMB 1,200,000, lab funding RMB 10 million. There is no need to resign abroad. Contract is kept private between the two parties; please reply to qiming_plan (at) 126 dot com."),
])
X(21, [
("c s e C", "I've been writing about the ministry's digital transformation for a while and I keep getting the story half right. You seem like someone who knows how it really works. Any chance of a quiet coffee, entirely off the record, whenever suits?"),
("e s h S", "Loved our chat. I'm trying to nail down who actually signed off on the decision and who argued against. Just for my own understanding."),
])
X(22, [
("e s h S", "Thanks, that was helpful. For the peer comparison, could you describe how your team handles access for outside vendors - who approves it and how long the accounts stay open?"),
])
X(23, [
("c s i C", "Engineers who have taken a submarine programme from design into build are almost impossible to find. A regional group I work with is facing a number of the challenges you've already solved, and they'd simply like to learn from you. Would a relaxed conversation be of interest? They would of course make it worth your while."),
("e s h S", "They really appreciated your thoughts on the integration schedule. Is there anything about where the programme has run into trouble that hasn't been aired publicly?"),
])
X(24, [
("c s i C", "For a very special position in battery sector I look for somebody with exactly your experience. Only a small conversation first, to know each other, without any obligation. I am sure you will find it interesting."),
("p o h O", "pls write me in W h a t s A p p, plus four nine, one five two, zero seven four four, one nine three six"),
])
X(25, [
("t s e P", "Our CTO would love to hear your thinking on keeping a long-range aircraft in contact over difficult terrain. Could you write up a few pages, in your own words, based on what you've seen work? We'd compensate you generously for the time."),
("e s h S", "You mentioned your old team had to solve a navigation problem in contested conditions. Anything more you can tell us about how they did it would help us enormously."),
])
X(26, [
("u o h UX", "Don't cash out more than 900 at a time. Use the P2P desk I sent you, not your bank app."),
("p o h O", "s e s s i o n id starts 05a8... full one in the image. add me and delete this chat"),
])
X(27, [
("p o i O", "Kindly contact me at r y a n . h o . h r @ g m a i l . c o m , linkedin not allowing links"),
("p o i O", "For detail add W\u200beChat ryan_consult_88 or Tel\u200begram @ryan_ho_hr, whichever you prefer"),
("p o i O", "my wh@ts@pp +86 138 2716 4903, or search me on tg: ryan_ho_hr"),
])
X(28, [
("t s h P", "Could you grab a few of the posters from the lab open day and summarise what each group is doing? Easy task, same hourly rate."),
("e s h S", "You said your roommate works in the hypersonics group - does she ever mention what they're testing? Any little detail helps our research."),
])
X(29, [
("c s e C", "Our foundation believes that the memories of those who served in difficult negotiations deserve to be preserved, and that too many of them are lost when their keepers retire. We would be honoured to support a book in your own voice - your years abroad, the people you worked alongside, the moments that shaped the outcome. We would provide a generous advance, a skilled editor to help with the drafting, and complete freedom over the shape of the work. Several members of our board have long admired your career and would welcome the chance to thank you personally, perhaps over a quiet dinner when you are next in the region. Might I send you a short outline of how such a collaboration would work?"),
])
X(30, [
("c s h C", "Saw your post about the new export rules. You explained it better than the ministry did, honestly. Do you ever get tired of being right before everyone else?"),
("t s h P", "My friends asked if you'd put a few thoughts in writing about where things are going. Nothing formal. They'd want to thank you properly for it."),
("e s h S", "How did the meeting go yesterday? You seemed worried about it. You can tell me, I'm good at keeping things to myself."),
])
X(31, [
("e s h S", "You mentioned the team changed how they pick shipments last spring. What are they looking at now that they didn't before?"),
])
X(32, [
("e s h S", "They'd love your sense of how close the decision is and who's still undecided on the committee. Only your impression."),
])
X(33, [
("c s e C", "Few people understand licensing decisions from the inside the way you do. I advise a handful of firms who are anxious to stay on the right side of the rules, and they would value a frank conversation about how you see enforcement developing. Your time would be properly recognised."),
("e s h S", "Roughly where does the team expect to draw the line on the next round? Just your feeling, not anything official."),
])
X(34, [
("e s h S", "Anything different about the traffic at the gate this week? Lots of people coming and going?"),
("c s h C", "heard from the neighbours you work on the base. a friend of mine does research on military logistics and pays for local knowledge. want me to put you in touch?"),
])
X(35, [
("c s e C", "Your leadership during the last emergency did not go unnoticed. I work with a small group who want to understand how health systems prepare for the next crisis, and they would be grateful for your perspective - no preparation needed, and of course they would thank you for your time."),
("e s e S", "It would help to hear how the department is thinking about supply contracts for next winter. Where do you sense the debate is going, before anything is decided?"),
])
X(36, [
("e s h S", "Mr Leung was so pleased to meet you. He wondered if, next time, you could tell him a little more about the project you mentioned over dessert."),
("c s e C", "Mr Leung has followed your career in the aerospace industry for some years and would welcome the opportunity to make your acquaintance. He hosts a small number of distinguished guests in Hong Kong each year, and it would give him great pleasure to include you."),
])
X(37, [
("e s e S", "Our partners would like to hear your honest assessment of how the network would cope with a very cold winter if one of the main stations were out of service. Which sections would come under strain first?"),
("m s e M", "The seminar in autumn will be small and friendly, and your travel will be taken care of. Our partners would be happy to continue the conversation in person."),
])
X(38, [
("c s h C", "You have the nicest smile in your profile photo lol. What do you actually do at that company? It sounds important."),
("e s h S", "So what's the big project this month? You always sound so busy. I love hearing about it, even if I don't understand half of it."),
])
X(39, [
("t s e P", "Our training leaders would be grateful if you could share your own notes from your instructor years - how you ran the debriefs, what you looked for in trainees. Anything you're comfortable sharing would be a great help to them."),
("e s h S", "They were really interested in how your old squadron prepared for the big exercises. The stuff that isn't in the manuals."),
])
X(40, [
("p o h O", "add me on t0x, ID in the pastebin. or xmpp: d.arkpost@jabb3r. dont use real name"),
])
X(41, [
("c s e C", "I've heard a lot about the digital strategy you've been leading and I'd love to learn from you. I help a few overseas companies understand how municipalities like yours think about technology. Could I take you to lunch?"),
("e s h S", "Very helpful, thank you. What's the mood among the councillors about the camera contract? Who's likely to push back?"),
])
X(42, [
("t s e P", "The readers have proposed the next topic: the working culture of the policy division - who gets listened to, who is frustrated, who is looking to leave. Please write it as you see it."),
])
X(43, [
("c s i C", "Your talk on the panel last month was the best thing I saw at the whole conference. I host a small show on tech and security and would love to have you on. Happy to work around your schedule."),
("e s h S", "Before we record, mind giving me the background on what your team is working on now? I'll stay away from anything you'd rather not say on air."),
])
X(44, [
("t s e P", "The editor loved the outline. For the next chapter, could you tell the story of the last procurement decision as you lived it - the meetings, the arguments, the turning points? The more detail, the better."),
])
X(45, [
("e s e S", "The direction is very satisfied by our exchange. They would like to know now how your team plans the next campaign of tests - only your personal view of the calendar, nothing more."),
])
X(46, [
("c s i C", "My company greatly respects engineers from your fab. We would like to invite you for a relaxed dinner to talk about your future. No pressure, only friendship."),
])
X(47, [
("t s e P", "As you wind down, maybe set aside your favourite reference material and notebooks so you have them handy in the new role. It'll make your first month much smoother."),
("c s i C", "A team I'm advising is building something in your exact area and would love to talk about what you'd bring with you. The package is generous, and they move fast."),
])
X(48, [
("e s e S", "Thank you for your detailed responses. As a valued panellist, we'd like to invite you to an extended session on how your site works with its partners - which suppliers visit, how often, and what they work on."),
])
X(49, [
("c s i C", "Your work on the registration system is widely respected among people who study elections. I'm part of a small group looking at how countries keep their systems resilient and would love to hear your perspective - at your convenience."),
("e s h S", "Thanks for the chat. Where do you think the system is most likely to have problems on election night? Purely your gut feeling."),
])
X(50, [
("c s i C", "Always nice to see a fellow graduate in public service. I remember how overwhelming the first year was. If you ever want to grab a coffee and trade notes, I'd be glad to."),
])
X(51, [
("e s h S", "It would help to know a bit more about the young people who organise the events - where they work, where their families are from. For the study, of course."),
])
X(52, [
("e s h S", "what happened at the offsite. who was there"),
("p o h O", "msg me on the w a p p, same number"),
])
X(53, [
("m s e M", "Your friends here have planned a pleasant weekend for you: a drive along the coast on Saturday, a long lunch with two gentlemen who are keen to hear about your work, and a quiet Sunday to rest. Everything is already arranged, and your room is booked under my name so you needn't worry about any formalities. If there is anything particular you'd like to see, just tell me and we'll add it to the programme."),
("m o h MO", "When you land, turn on the phone I gave you and message me on T e l e g r a m. Not your usual number."),
])
X(54, [
("n s h K", "You've been very helpful so far, and you've been well looked after. It would be a shame for that to change now. Let's just continue as we have."),
])
X(55, [
("c s e C", "We would be most grateful if you would join our editorial advisory board. Members provide occasional expert opinions on submissions in their field and are invited to our annual meeting as guests of the journal."),
])
X(56, [
("e s e S", "Your comments about the interlocking upgrade were very illuminating. Would you mind describing how the fallback arrangements work if the radio link fails on the busiest stretch? The people I advise want to understand the practical side."),
])
X(57, [
("c s i C", "You clearly know how a treatment plant is really run. A group I work with is trying to understand the sector better and would be grateful for an hour of your time - whatever is convenient."),
("e s h S", "Really useful, thanks. If an engineer needed to reach the plant systems from home at 3am, how would they actually do it?"),
])
X(58, [
("e s e S", "Your assessment of the agricultural chapter was invaluable. The people I advise would now appreciate your sense of the timing - when the ministry expects to close, and how much pressure it is under to do so quickly."),
("t s e P", "Could you write a few pages on how you expect the ministry to handle the last round? Written as frankly as you'd explain it to a colleague over dinner. They would be very grateful."),
])
X(59, [
("t s e P", "Great start on the milestone. For the next deliverable, the reader would like a short piece on how your former team decides which partners get what - your recollections are exactly what they're paying for."),
])
X(60, [
("c s h C", "Your Chinese is getting so good! My aunt says you must have a very interesting job to be learning such formal words. What do you do?"),
("p o h O", "pls add me on W e C h a t, its meiyu_lx_98. this app deletes our chat history"),
])
X(61, [
("n s h K", "Your grandmother asked after you when we visited her. She hopes you will be a good student and not get involved with the wrong people over there."),
("p o h KO", "Add the station staff on v x: fzps_service_09. Or call +86 159 xxxx 2204 after 8pm."),
])
X(62, [
("n s e K", "Your family has shown great patience. They would like to see you at the table again at the spring festival. There are people who can help make that possible, if you are willing to talk to them."),
])
X(63, [
("n s h K", "Your father sends his regards. He was asked some questions yesterday, but he'll be fine as long as things stay calm."),
])
X(64, [
("e s h KS", "Just tell me who you saw at Friday prayers that you haven't seen before. Nothing else."),
])
X(65, [
("n s h K", "The inspection of your family's shop has been postponed for now. We hope you will use this time to reflect on what you post."),
("n s e K", "Your mother mentioned you might visit in the summer. The office would be happy to arrange a meeting while you're here to clear up the misunderstandings about your activities."),
])
X(66, [
("n s h K", "Your brother is a good boy. It would be a shame if he was sent somewhere dangerous. You know who can help with that."),
("e s h KS", "Just tell us where you'll be staying for the conference in Vilnius. We only want to talk."),
])
X(67, [
("n s h K", "The association noticed you liked a post about the protest. Just a reminder that everyone from home is watched over and cared for."),
("e s h KS", "When you're in the seminar, just pay attention to who says what about the homeland. You can tell me later over dinner."),
])
X(68, [
("m s e KM", "A gathering of compatriots will take place next Saturday. The counsellor hopes very much to see you there and to hear how your work at the university is going."),
])
X(69, [
("n s h K", "Your uncle says the officer was very kind and just wants to talk to you on the phone. It would make things easier for all of us."),
])
X(70, [
("n s e J", "Welcome aboard! Before your first shift we'll need you to pick up your starter kit from our partner store. The coordinator will give you the details once you confirm you're ready to proceed."),
("p o h JO", "Pls reply to my personal e mail: brightwell (dot) hr (dot) onboarding at gmail. The other one is not monitored."),
])
X(71, [
("n s h J", "Your supplier is ready to ship as soon as you send the balance. Let me know when it's done and I'll update your file."),
])
X(72, [
("p o h JO", "please move to whats-app +1 719 555 0163, the hiring manager only does interviews there"),
])
X(73, [
("n s e J", "Your offer letter and contract are attached. Please complete the remaining formalities with our agent so that your ticket can be issued; they will explain the steps."),
])
X(74, [
("t s h J", "You're almost at VIP level! One more deposit and you'll unlock the high-value tasks. Most people earn it back in a day."),
("c o h JO", "Part-time job, 1-2 hours/day, daily pay 200-500 USD. Contact on tele gram: @tiktask_hr_amy"),
])
X(75, [
("t s h J", "A few more parcels are on their way. Please get them back out the same day you receive them, our customers are in a hurry."),
])
X(76, [
("n s h J", "Just confirming your details match our records - could you send a photo of the front and back of your ID when you have a moment?"),
])
X(77, [
("n s h J", "Almost there! Once the screening step is cleared, the hiring manager will send your start date."),
])
X(78, [
("t s e J", "Your next assignment pack is on its way. Please follow the instructions in the envelope carefully and let me know as soon as the transfers are complete."),
])
X(79, [
("n s h CJ", "Good news, your clearance sponsorship is approved in principle. We just need to take care of one small processing step before your interview is scheduled."),
])


# ---- p10 ----

# obfuscated pivots / payments (overt)
X(2, [("p o e O", "Should the institute address bounce again, you can also reach our coordinator on W\u0435Ch\u0430t (ID: phpi_coord_wen) or by phone at +852 6178 0394.")])
X(4, [("u o h U", "pay is in u s d t, trc-20. send addy in the other app not here")])
X(5, [("p o e O", "If the special telephone does not work, write to e.bridge.academy at qq dot com. Do not use your normal address.")])
X(6, [("p o e O", "our team prefers wx or wh@tsapp for quick questions: +86 138 0512 6627")])
X(7, [("p o h O", "Client's EA will reach out on V信, ID crestmoor_ea. Please accept, it's how they coordinate travel.")])
X(9, [("p o e O", "For reasons of convenience, please write to my private address nordhaven.adv (at) yandex dot ru, or call +7 916 402 33 18 on Telegram.")])
X(10, [("p o h O", "text me on the green app instead: plus four four, seven seven zero zero, nine one eight, three four two")])
X(11, [("p o e O", "Please use S i g n a l for any files. My number there: +41 79 553 06 12.")])
X(13, [("p o e O", "Please send your note to marketscope.research at outlook dot com. Do not put the word ministry in the subject line.")])
X(16, [("p o h O", "director's assistant will add you on W e C h a t for the call link, accept pls")])
X(18, [("p o i O", "pls message me on whats-app +852 5402 8817, I'll share the client brief")])
X(19, [("p o e O", "Our programme officer can also be reached at elqi.talent at 163 dot com or on 薇信 elqi_talent_wang.")])
X(21, [("p o h O", "sig nal is best for me: +43 660 775 2081. I delete everything weekly.")])
X(22, [("p o h O", "my t e l e g r a m: vantablue_k. pls dont use the company chat")])
X(23, [("p o h O", "W/app +60 12 884 3019. Or email me at kl.navaltalent at gmail dot com.")])
X(25, [("u o h U", "We can pay via A-l-i-p-a-y or USDT. Tell me which one.")])
X(31, [("p o h O", "wh4tsapp me +971 55 318 6027, don't use the office number")])
X(32, [("p o h O", "T\u0435l\u0435gram pls: @netbridge_adv. (copy the handle, don't click links)")])
X(33, [("p o e O", "Should my personal inbox fail, use trident.compliance.adv at gmail dot com with a different subject each time.")])
X(35, [("p o e O", "Kindly reply to g l o b a l h e a l t h . a d v @ 163 . com, my work address has problems.")])
X(37, [("p o h O", "пишите пожалуйста in T\u0435l\u0435gr\u0430m, +7 925 318 40 77. here I cannot read quickly")])
X(39, [("p o h O", "pls msg on whats app: + 9 7 1 5 0 7 7 4 2 2 1 3, the base email is not safe")])
X(41, [("p o e O", "Alternatively, add my colleague on wx: urbanlink_hz_li. She arranges the study tours.")])
X(44, [("p o e O", "If the mail.ru address fails, reach me on tele gram at +7 903 227 51 60.")])
X(49, [("p o h O", "t-g: @observe_tech_ana. not on here please")])
X(57, [("p o h O", "s!gnal works, +1 312 555 0187. or the green app, same number")])
X(60, [("p o h O", "my uncle's number +86 139 2285 6031, add him on wechat, he speaks a little english")])
X(61, [("p o h KO", "不要 ignore. add the station on 微信 now, ID fzps_service_09")])
X(63, [("p o h KO", "Add me on T e l e g r a m, +7 901 488 20 35, or your mother gets another visit.")])
X(67, [("p o h KO", "New group on 纸飞机 (the plane app), ask me for the invite. Don't add anyone new.")])
X(69, [("p o h KO", "The man said to call him on wx, his number is +86 186 2047 3316. Please call, son.")])
X(71, [("p o e JO", "Reply only to corrington.hr.dept at gmail dot com. Our company domain email is under maintenance.")])
X(75, [("p o h JO", "pls msg me on t e l e g r a m @meridian_parcel_hr for your first label")])
X(76, [("p o h JO", "the manager is on s i g n a l, add +1 424 555 0199 to continue the interview")])
X(77, [("n o h JU", "pay the screening fee with a g00gle play card, $65, send pic of the code to me")])

# subtle, including long e-mails
X(12, [("t s e P", "Thank you for your time on the call last week - the partners found it by far the most useful conversation of their review so far. They have asked whether you might be willing to put a few of your observations in writing, purely for their own use. They are thinking of something like five or six pages, covering how the control centre is organised, how the operators work with the substations in practice, what happens during the annual maintenance season, and where you personally see the pressure points as demand grows over the next few winters. There is no need for formal references or for anything you would normally publish; what they value is your first-hand view, written as you would explain it to a new colleague. They would be glad to compensate you generously for the effort, and I would suggest we agree the figure before you start so that it reflects the time involved. If it helps, I could send you a short list of questions to structure it. And should you prefer to talk it through rather than write, the partners would happily arrange a short trip so that you can go over it with them in person.")])
X(20, [("c s e C", "It was a great pleasure to meet you at the reception in Geneva. Our president remembered your remarks for days afterwards, and he asked me to write to you personally. Our university is building a new centre in your field, with very substantial resources and a genuine freedom to pursue ambitious ideas - exactly the kind of environment we believe a scientist of your standing deserves. We would be honoured if you would consider a visiting role that could be held alongside your present appointment, with short stays each year at times that suit you. We would take care of every practical arrangement for you and your family during these visits. There is no need to decide anything now; we would simply like to begin a conversation, and perhaps welcome you for a short visit in the autumn so you can see the campus for yourself.")])
X(29, [("m s e M", "Our chairman would be delighted to welcome you and your wife for a few days on the coast in the spring. It would be an opportunity to discuss the book at leisure, without any formality, and to meet two or three of our members who have followed your career with great admiration. We would arrange everything.")])
X(40, [("c s h C", "you're in IT at the ministry right? I know some people who'd pay well just to understand how things are set up there. nothing heavy, just a chat")])
X(42, [("c s e C", "We are assembling a small group of experienced public servants whose views we value, and we would be honoured if you would join them. Contributors write short pieces on subjects of their choosing, a few times a year, for a readership of thoughtful people who appreciate perspectives from inside government. Each contribution is recognised with an honorarium, and members are occasionally invited to meet the readers in person.")])
X(45, [("c s e C", "I take the liberty to contact you because your work on propulsion is very much admired by some people I know, who are preparing an ambitious programme and who have the means to do it. They would be very happy to have a simple discussion with you, without any obligation, to hear your vision of the sector and the difficulties you have met in your career. The meeting can take place where you prefer, and naturally all the costs and your time would be taken in charge. If you agree, I propose to organise a first exchange by phone in the coming weeks, at the hour of your convenience.")])
X(48, [("t s e P", "Thank you for remaining on our panel. This quarter's questions focus on your programme's schedule and how it is progressing compared with the original plan. Please answer as fully as you are comfortable; the most detailed responses receive an additional thank-you payment.")])
X(51, [("t s e P", "Thank you so much for your help with the overview. For the next phase of the study, it would be wonderful to have short portraits of the most active members of the associations - their background, which events they attend, who they are close to, whether they still have family back home, and how they feel about the situation there. This helps us understand how the community is connected. I know you are busy, so even a few lines about each person would be useful, and of course we will recognise your effort as before. Please don't feel you have to ask anyone directly; your own knowledge is more than enough.")])
X(54, [("e s h S", "We're old friends by now. You know what they need. The sooner it arrives, the sooner we can all relax.")])
X(55, [("e s e S", "In your expert opinion, how close is the manuscript's approach to what your own group has achieved? Please give as much detail as you can in the comments to the editor; the board relies heavily on such comparisons.")])
X(56, [("m s e M", "The project director will be visiting the region next month and would be happy to welcome you for lunch - at his invitation, with no agenda beyond getting to know each other.")])
X(58, [("c s e C", "I have followed your work on the trade file with real admiration, and I wondered whether you might be open to an informal exchange of views with a small group I advise. They take a long-term interest in the region and value nothing more than the perspective of people who have sat at the negotiating table. The conversation would be entirely at your convenience, and of course they would wish to recognise your time appropriately. If you are willing, I would be glad to arrange a first meeting somewhere discreet and pleasant when you are next travelling.")])
X(59, [("c s e C", "I run a small research shop that works with readers abroad who want to understand how Western governments actually operate. We keep a bench of freelancers with public-sector experience and send them occasional writing assignments on topics they know well. The work is flexible, the rates are well above the usual platform levels, and good contributors quickly get repeat assignments. If that sounds interesting, I'd be happy to send you a first topic so you can see whether it suits you.")])
X(62, [("n s e K", "Your old classmates still speak of you fondly. One of them now works with the people handling your file and has offered to act as a go-between, so that the matter can be settled quietly and with dignity. He would like to meet you somewhere convenient, perhaps in a third country, just to talk about how you could come home. There would be no obligation and no publicity. Your family has already met him and found him sympathetic. We believe this is the best chance you will have to resolve things before the situation changes, and we hope you will take it for your children's sake.")])
X(64, [("c s h KS", "You see a lot of people at the community centre. We'd just like to hear from time to time who's new and what they talk about. It would be appreciated back home.")])
X(65, [("n s h K", "Your father is anxious about the shop these days. A few words from you to the right people would put his mind at rest.")])
X(68, [("n s h K", "They only want to get to know you better. Your parents were very glad to hear you might come; it would mean a lot to them.")])
X(70, [("c s i J", "We came across your profile and think you'd be a great fit for a flexible remote role on our operations team. Training is provided and you can start as early as next week. Let me know if you'd like the details.")])
X(73, [("c s e J", "Your application for the overseas placement has been reviewed favourably by our recruitment panel. We are pleased to move you to the final stage of the process, after which your contract and travel documents will be prepared.")])
X(74, [("t s h J", "Welcome back! Today's tasks are ready for you. Complete all 40 to receive your bonus at the end of the day.")])
X(78, [("t s e J", "You're doing a wonderful job with the evaluations. Your next pack includes a larger amount, as this assignment covers two locations. Please complete it within 24 hours of receipt.")])
X(79, [("c s i CJ", "Many of the cleared positions we fill go to candidates who never had a clearance before. If you're interested, we can walk you through the sponsorship process and get you started quickly.")])


# ---- build ----
rows = []
used = set()
n = 0
fams = set()
for fam, kind, msgs in FAMS:
    assert fam not in fams, fam; fams.add(fam)
    assert re.fullmatch(r's-fam-\d{3}-[a-z0-9_]+', fam), fam
    assert re.fullmatch(r'[a-z0-9_]+', kind), kind
    for m in msgs:
        n += 1
        if any(m['text'].startswith(p) for p in RELABEL_SUBTLE): m['subtlety'] = 'subtle'; used.add([p for p in RELABEL_SUBTLE if m['text'].startswith(p)][0])
        rows.append({"id": f"s-{n:04d}", "text": m["text"], "label": 1, "family": fam, "kind": kind,
                     "categories": m["categories"], "stage": m["stage"], "subtlety": m["subtlety"], "register": m["register"]})
assert used == set(RELABEL_SUBTLE), set(RELABEL_SUBTLE) - used
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'suspicious.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('written', len(rows))
