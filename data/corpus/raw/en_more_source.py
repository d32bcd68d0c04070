"""Hand-written source of the SECOND AUTHOR's English families (both classes, message bodies only).

One author wrote every family in this file, suspicious and benign alike, so that class is not
confounded with author style. Names, firms, handles and numbers are invented; e-mail domains are
example.com/.org or free-mail handles containing "example"; phone numbers come from fiction ranges.

Run: python3 en_more_source.py  -> rewrites en_more.jsonl next to this file (deterministic).

Suspicious families:  S(slug, kind, [(code, text), ...])
  code = "<stage> <subtlety> <register> <category letters>", e.g. "t s e PV"
Benign families:      B(slug, kind, lookalike, [(register, text), ...])
Families are numbered in the order they are defined (m-fam-NNN-<slug>); ids are m-NNNN in file order.
"""
import collections
import json
import os
import re
import sys

FAMS = []
STAGE = {"c": "contact", "p": "pivot", "t": "tasking", "e": "elicitation", "m": "meeting", "n": "none"}
SUB = {"o": "overt", "s": "subtle"}
REG = {"h": "chat", "e": "email", "i": "inmail"}
CAT = {"C": "credential_targeting", "O": "off_platform", "P": "paid_task", "V": "vague_client",
       "S": "sensitive_info", "M": "client_meeting", "X": "secrecy", "U": "unusual_payment",
       "K": "coercion", "J": "job_scam"}


def S(slug, kind, msgs):
    out = []
    for code, text in msgs:
        st, sb, rg, cats = code.split()
        out.append({"label": 1, "stage": STAGE[st], "subtlety": SUB[sb], "register": REG[rg],
                    "categories": [CAT[c] for c in cats], "text": text})
    FAMS.append((slug, kind, 1, None, out))


def B(slug, kind, lookalike, msgs):
    out = []
    for rg, text in msgs:
        out.append({"label": 0, "register": REG[rg], "text": text})
    FAMS.append((slug, kind, 0, lookalike, out))


# ======================================================================
# Suspicious, part 1
# ======================================================================

S("grid_interconnect_thinktank", "think_tank_tasking", [
("c o e CP", "I am programme director at the Meridian Institute for Energy Transition, a research foundation registered in Macau. We are preparing a confidential study of cross-border interconnectors in Northern Europe and we are looking for engineers who have worked inside a transmission system operator. Your years in the dispatch centre make you an obvious candidate. Contributors receive EUR 2,500 per short paper."),
("c s e C", "Your conference poster on frequency containment reserves was mentioned to me by a colleague who saw it in Lisbon. We rarely find people who can explain how balancing actually works on the night shift rather than in the textbooks. I would value an hour of your time, at whatever moment suits you."),
("t o e PV", "Our funder would like the first paper to cover the reinforcement plan for the two new interconnectors: expected commissioning dates, which substations are the bottlenecks, and what the operator does if one link trips in winter. Eight pages is plenty. It will only be read by the funder's internal team."),
("t s e P", "We loved the draft. The readers only felt that most of it could be pieced together from the ten-year network plan. What they would really value is the texture you can't get from documents - how the control room actually copes when things go wrong, and which fixes are still on somebody's to-do list."),
("e o e S", "Could you also share the contingency list the operators use for N-2 events, and the names of the protection relays installed at the coastal substation? Photos of the screens would be fine if a copy is difficult."),
("e s e S", "Is anything being discussed about the control system upgrade that hasn't been put out to tender yet? Even a sense of who is in the running would help our funder plan."),
("p o e O", "The foundation's mailbox is being migrated, so please send the next draft to meridian.studies.example@163.com instead. It is also quicker for me on the road."),
("t o e XU", "Please keep the foundation's name out of any conversation at work. Our funders prefer discretion. For the fee, we can transfer to any account you like, or in USDT if you would rather not have it show on your bank statement."),
("m o e MV", "The funder's head of research will be in Hong Kong for a week in March and would like to host you there. Flights, hotel and a generous per diem are on us. It is a chance to discuss a longer collaboration face to face."),
("m s e M", "Several of the people who read your papers would like to thank you in person. Would a weekend in Macau in spring suit you and your partner? Everything would be taken care of."),
("e o e SX", "Between us: the funder is particularly keen on the blackout restoration plan. I know it is restricted, but a summary in your own words is all we need."),
("t s e P", "For the third paper the topic is yours to choose, as long as it is something you have seen first-hand and would not expect to read in the trade press."),
])

S("semiconductor_ir_firm", "investor_elicitation", [
("c o i CV", "Hi - I run investor relations projects for Kestrelbay Partners. One of our clients, a large Asian fund, is building a position in advanced packaging and wants to hear from a process engineer at a leading fab. Paid calls, USD 600 an hour, fully remote. Interested?"),
("c s i C", "Your background in hybrid bonding is rare and the people I work with have noticed. They'd love an informal chat about where the industry is heading - nothing formal, and they'll make it worth your while."),
("p o i O", "Easier to talk on WhatsApp, I'm travelling all week. +852 5550 1934. Just say you're the packaging engineer."),
("t o h PV", "Client asked for a short note before the call: your fab's yield on the new interposer line, month by month since ramp. Rough numbers fine. $1,200 for the note."),
("e o h S", "They'd also like to know which tool vendors failed qualification last quarter and why. That's the part they can't get from the earnings call."),
("e s h S", "Honestly the published stuff is all priced in. What moves the needle for them is anything the rest of the market won't hear until the next quarter."),
("t o h X", "Btw, no need to run this past your compliance team. It's a private conversation, not an expert network thing, so none of their forms apply."),
("t o h U", "Payment goes out via a Hong Kong trading company so it doesn't look like consulting income. Or crypto if you prefer. Tell me which."),
("m o h MV", "The fund's CIO is at SEMICON in Taipei next month. He'd like to buy you dinner and talk about a retainer. We'll book your flights, business class."),
("e s h SX", "Anything you hear in the weekly ramp meeting is gold to them. Just keep it between you and me and we're fine."),
("m s h M", "He's a lovely guy, really, you'll get on. Quiet restaurant, just the three of us, nothing awkward."),
])

S("satellite_market_intel_startup", "fake_startup_recruiter", [
("c o i CP", "We're Orbitwise Intelligence, a market-intelligence start-up tracking the commercial space sector. We're looking for satellite engineers to write paid briefing notes on the side. $800 per note, flexible hours. Your work on ground segment software caught our eye."),
("c s i C", "Loved your thread about the antenna pointing bug you fixed last year. We're a small team that helps people outside the industry understand how constellations are really run. Fancy a chat?"),
("t o i PV", "First brief for our client: the tasking workflow for your company's imaging satellites, from customer request to downlink. Who approves what, and how long it takes. 3-4 pages."),
("t s e P", "Nice work on the first note. Our reader said it was helpful but quite close to the marketing brochure. Next time, more of what you see from the ops floor, please."),
("e o e SV", "Our client needs the list of government customers whose tasking gets priority, and roughly how often their requests come in. They know it isn't public - that's exactly why it's valuable."),
("e o h S", "can u also send the telemetry and command link frequencies + the encryption mode used on the uplink? just the parameters, not the keys"),
("p o h O", "Our Slack is being shut down, let's move to Telegram. Handle is @orbitwise_ana"),
("p s h O", "I'll message you from my other number, it's the one I check. Don't reply to the old one."),
("t o h XU", "Payments come from our Cyprus entity, in EUR or USDC. Don't put Orbitwise on any outside-work form, the client insists on confidentiality."),
("m o e MV", "Our client's technical director will be at the space conference in Dubai. He would like to meet you privately for an hour; we'll cover the trip and add a bonus for your time."),
("e s h S", "whatever's on the roadmap but not announced yet is what they care about most"),
("c s e C", "Many of our contributors are people like you, with a few years in operations and the sense that their insight is undervalued. We think expertise should be paid properly, and our client agrees."),
])

S("biotech_fake_ngo", "ngo_cover_elicitation", [
("c o e CP", "I write on behalf of the Global Health Equity Alliance, a non-profit that helps lower-income countries prepare for the next pandemic. We commission short technical reviews from working scientists and pay an honorarium of USD 1,800 each. Your lab's work on mRNA delivery would be invaluable to us."),
("c s e C", "We were very moved by your interview about making vaccines affordable. Our alliance shares that mission and would be honoured to have you as an advisor. The time commitment is small and the cause, we think, is worth it."),
("t o e PV", "Our partners in the region would like a review of the lipid formulation your team uses and the stability data you have so far. It will inform their own programme and will not be published."),
("e o e S", "Would it be possible to share the unpublished batch records from your pilot plant? Our partners tell us they would save years of work. We will of course treat them as strictly confidential."),
("e s e S", "Anything you can tell us about what didn't work - the failed formulations that never made it into a paper - would be hugely useful. Those lessons are rarely shared."),
("t s e P", "Thank you for the first review. The partners were grateful but felt it mostly followed your published papers. They wondered if a second, more practical piece could reflect the things you've learned at the bench."),
("p o e O", "Our alliance uses a secure WhatsApp group for advisors. Please add +44 7700 900417 and I'll invite you."),
("t o e XU", "Because our donors prefer anonymity, we ask advisors not to mention the alliance to their university or funders. Honoraria can be paid to a personal account abroad if that is easier."),
("m o e MV", "Our partners' scientific director would like to invite you to visit their facility in Shenzhen. All travel is covered and there will be a small ceremony naming you an honorary advisor."),
("m s e M", "A few of our partners will be at the vaccine summit in Geneva. Could you find an hour for a quiet lunch with them? They would love to thank you personally."),
("e o h SX", "Please don't forward the questions to your tech transfer office. They complicate everything and our partners just want to learn."),
])

S("romance_to_tasking", "romance_rapport_tasking", [
("c s h C", "Hey you 😊 saw on your profile you're an engineer in Bristol? I'm new in the UK, would love someone to show me the city. what do you build?"),
("c s h C", "Haha so you do the landing gear for military planes? That's actually so cool. my dad was an engineer too, he would love you"),
("p o h O", "This app keeps logging me out 🙄 add me on WhatsApp? +44 7700 900582"),
("c s h C", "Good morning handsome ☀️ did you sleep? Tell me about your day, I like hearing about the hangar and your funny boss"),
("t s h P", "My cousin runs a small consultancy, they pay people like you to write little reports about the industry. You could earn extra for our trip to Lisbon 💕"),
("t o h PV", "He says his client will pay £1,500 for a few pages on which parts your company gets from which suppliers. Easy for you, no?"),
("e o h S", "Babe can you send me photos of the drawings you were working on? I just want to understand your job better, I'm so proud of you"),
("e s h S", "Don't be silly, I'm not asking for secrets 🙈 just tell me what the programme is having trouble with, what everyone at work complains about"),
("t o h X", "Please don't tell your friends about my cousin's work, people are so jealous and judgemental. This is just for us 🤫"),
("t o h U", "He will send the money to my account and I give it to you in cash when we meet, it's easier for taxes he says"),
("m o h M", "My cousin wants to meet you in Istanbul when we go on our holiday ✈️ he's paying for everything!! Just one dinner with him and his boss, then it's just us"),
("e s h S", "you're quiet today... did something happen at work? you can tell me anything, I never tell anyone"),
])

S("fake_journal_ai_lab", "fake_journal_pretext", [
("c o e CP", "The International Journal of Frontier Machine Intelligence invites you to join our editorial board. Board members receive an annual stipend of USD 4,000 and are asked to review two manuscripts per quarter. Your work on large-scale training has been widely cited and we would be honoured."),
("t o e P", "Please find attached the first manuscript for review. The authors claim training efficiency results that we find hard to believe. In your review, please compare their approach with the methods actually used in your own lab, in as much detail as possible."),
("e o e S", "Our reviewers often mention that the most useful reviews describe the internal evaluation thresholds at leading labs. Could you state the red-teaming criteria your lab uses before a model is released? This will remain confidential between the board and the editor."),
("e s e S", "The board would welcome your view on where the frontier labs actually are, as opposed to where their papers suggest they are. Our readers are ahead of the public literature and expect our reviewers to be as well."),
("t s e P", "Thank you for your review. The editor found it thorough but general. For the next one, more concrete comparisons with your own group's unreleased work would be very much appreciated."),
("e o e SX", "A colleague on the board asks whether you could share the compute budget and cluster layout for your lab's next training run. He assures me it will only be used to calibrate reviews, and we will not cite you."),
("p o e O", "Our journal system has problems with university spam filters. Please send your reviews to ijfmi.editor.example@qq.com from now on."),
("t o e U", "The stipend is paid through our publishing partner in Hong Kong. If your university requires disclosure, we can split it into smaller amounts or pay via PayPal to a relative."),
("m o e M", "The editor-in-chief will host our annual board meeting in Hangzhou in September. Flights and five-star accommodation are covered, and there will be a private session with our sponsors from industry."),
("m s e M", "Perhaps we could meet at NeurIPS? Our sponsor would be glad to invite you for a quiet dinner away from the crowds."),
("c s e C", "We are assembling a small circle of reviewers with hands-on experience of training runs at scale. Academics rarely have that perspective, which is why we are writing to you directly."),
])

S("discord_gaming_contact", "gaming_rapport_tasking", [
("c s h C", "gg that last match was insane lol. you said you're in the army signals? respect. what unit"),
("c s h C", "bro you always log on at weird hours, night shift at the base again? 😂"),
("p o h O", "discord is laggy for voice, got telegram? @nightowl_raid7"),
("t o h P", "ok so my mate runs a milsim forum and pays ppl for real info to make the game realistic. like $200 a post. you'd crush it"),
("t o h PV", "he wants a writeup of how your radios are set up on exercises, callsigns, frequencies, that sort of thing. for the mod"),
("e o h S", "can you snap the kit list in your locker room? the official one. he says the ones online are all outdated"),
("e s h S", "nothing secret obviously 😅 just the stuff you guys actually use day to day, what breaks, what nobody likes"),
("t o h U", "he pays in steam cards or btc, whatever you want, no bank stuff"),
("t o h X", "dont post about this in the clan chat tho, some of them are weird about it"),
("e o h S", "when's your next deployment? he wants to time a new map drop around it haha"),
("m o h M", "he's coming to the LAN in Warsaw next month, wants to meet you, hotel is on him"),
("p s h O", "use the other app from now, this one's getting monitored"),
])

S("alumni_network_ports", "alumni_cover_elicitation", [
("c o i C", "Hello fellow alum! I coordinate the Maritime Leaders Alumni Circle for graduates of the port management programme. We connect senior port officials with partners overseas for paid advisory work. Your role at the container terminal makes you an ideal member."),
("c s i C", "It's always a joy to find another graduate doing well. Our circle is small, informal, and a little old-fashioned: we help each other. Some of our members have found the conversations surprisingly rewarding."),
("p o i O", "The alumni portal is clunky. Could we continue on WeChat? My ID is mlac_harbour_li."),
("t o h PV", "A partner of the circle, a logistics investor, would like a short paper on how the terminal schedules berths for naval and government vessels. RMB 12,000 for the paper."),
("e o h S", "They also asked about the crane automation software - which vendor, which version, and whether it is connected to the port community system. Just what you know."),
("e s h S", "Our partner is curious about the things that only people inside the port see - which berths get quietly reserved, which cargo is never on the public manifest."),
("t s h P", "The partner asks if you might keep notes on anything unusual at the terminal over the next few months. A paragraph a week would be plenty, and the fee would be monthly."),
("t o h X", "Please don't mention the circle to your port authority colleagues - not everyone is a member and it causes jealousy."),
("t o h U", "We can pay through Alipay to a family member, or in cash when you next visit Shanghai, whichever you prefer."),
("m o h MV", "The partner will be in Singapore for the maritime week and would like to meet you over dinner. We will cover your travel. It is also a chance to meet other alumni."),
("m s e M", "Every spring the circle hosts a reunion weekend near Qingdao. Members are our guests; just bring yourself and your curiosity."),
])

S("election_commission_chatty", "election_infra_elicitation", [
("c s h C", "Hiii! 👋 Saw you're working at the county elections office, I'm doing a project on voting tech and everyone says you're the one who actually knows how it all works 😄"),
("c o h CP", "I'm with Civic Pulse Analytics, we do paid research for clients who care about election integrity. $75 an hour for a couple of chats, easy money for what you already know!"),
("p o h O", "Can we hop to Signal? Work emails make me nervous lol. +1 202 555 0148"),
("t o h PV", "My client would love a quick memo on how your office stores the ballot definition files and who has admin access 🗂️"),
("e o h S", "Could you also tell me the model and firmware version of the tabulators, and how often the poll books sync? Just for the report!"),
("e s h S", "It's less about anything official and more about the gaps you've noticed - the things people at the office grumble about but never put in writing 🤔"),
("e o h SX", "Any chance you could share the list of poll workers for the early voting sites? My client won't share it, promise 🤞"),
("t o h X", "Let's keep this chill and between us, ok? Your supervisor doesn't need to hear about a side gig 😅"),
("t o h U", "I can pay you in Zelle to a friend or in Bitcoin, whatever feels safer for you 💸"),
("m o h MV", "My client is visiting DC next week and would LOVE to take you to lunch, totally on them 🍣"),
("t s h P", "The first memo was great!! 🙌 They want a monthly update now, just whatever's changed at the office."),
])

S("university_visiting_scholar_lab", "academic_cover_elicitation", [
("c o e CP", "I am a visiting scholar recently arrived from abroad and I am looking for a collaborator in your photonics group. My home institution provides a research fund of RMB 200,000 to partners who help us understand advanced fabrication methods."),
("c s e C", "Your paper on silicon nitride waveguides is the reason I asked to come to this department. It would mean a great deal to me if we could have coffee and talk about your work."),
("t o e P", "My home institute would like a short written description of your cleanroom process for the low-loss waveguides. They will pay a consulting fee through my project account."),
("e o e S", "Could you show me the lab notebook for the defence-funded project? I only want to see the process parameters, not the results. My supervisor at home asked me to check whether our approach is similar."),
("e s e S", "I am trying to understand which parts of your work are under the sponsor's restrictions and which parts you are free to talk about. Perhaps you could tell me about the parts in between."),
("e o h SX", "Could you copy the design files to this USB stick for me? Nobody will know, I only need them for a few days."),
("p o h O", "My university email is very slow, please add me on WeChat, my ID is photon_zhou88. Much easier."),
("t o h X", "Please don't tell the professor that I asked about the sponsored project. He is very strict and may misunderstand."),
("m o e MV", "My institute would like to invite you for a two-week visit with all costs covered. The director wants to discuss a joint lab, and you would receive a generous honorarium for each lecture."),
("t o e U", "The fund can pay your consulting fee in cash during your visit, so that there is no need to involve your university finance office."),
("c s e C", "Our programme brings together young scientists from several countries. I would be very happy to recommend you for it, if you would like more opportunities abroad."),
("m s e M", "The director will pass through Zurich on his way to a conference. Maybe you could spare an evening? He would like to thank you for your kindness to me."),
])

S("pharma_regulatory_terse", "terse_handler", [
("c o i CP", "Regulatory affairs background. Paid consults. Client in pharma. $500/hr. Reply yes/no."),
("p o i O", "WhatsApp only. +44 7700 900233."),
("t o h PV", "Client wants summary of your submission timeline for the biosimilar. Dates, open questions from the agency. 2 pages."),
("e o h S", "Also: the agency's deficiency letter. Copy or photo."),
("e s h S", "Public info no use. What's the real delay."),
("t o h U", "Paid in USDT. Send wallet."),
("t o h X", "No emails. No names. Delete chat after reading."),
("e o h S", "Pricing committee decision on the tender - before it's announced. Bonus if by Friday."),
("m o h M", "Client in Zurich 12th. Meet him. Flight booked in your name."),
("t s h P", "Good work. Same again next month. Same rate."),
("e s h S", "Your colleague in QA. Is she open to the same arrangement?"),
])

S("municipal_procurement_broker", "municipal_elicitation", [
("c o e CP", "Our firm, Lindqvist Urban Consulting, advises technology suppliers on the public sector market. We are looking for experienced municipal procurement officers to provide paid market insight. The work is occasional and can be done in the evenings."),
("c s e C", "You have been on the city's procurement team for a long time and must know how things really work. I would value your perspective on a few questions, informally, over a coffee."),
("t o e PV", "Our client, a surveillance camera supplier, would like a short note on the city's upcoming smart-traffic tender: expected budget, evaluation criteria and timing. EUR 1,500."),
("e o e S", "They would also like the names of the evaluation panel members and any scoring notes that have been prepared. I understand these are not public until after award."),
("e s e S", "Where is the thinking in the department going? Even a hint of which way the technical committee is leaning would be enormously helpful."),
("e o e SX", "If you could forward the draft specification before publication, our client would be very grateful. It would remain strictly between us."),
("p o e O", "For privacy, please reply to luc.lindqvist.example@gmail.com rather than my office address."),
("t o e U", "The fee can be paid through an invoice from your brother's company if that is simpler."),
("t s e P", "Our client appreciated the note. They would like to keep you on a small monthly retainer for regular updates on the department."),
("m o e MV", "Our client's managing director would like to thank you personally. He will be in Tallinn next week and would be pleased to invite you to dinner."),
("c o e C", "We are especially interested in people who sit on evaluation panels or who write specifications. Your profile suggests you have done both."),
])

S("defence_supply_broken_english", "fake_headhunter", [
("c o i CV", "Hello sir, I am headhunter for big company, we look for engineer with experience in defence supply chain. Salary very high, work from home. Our client is very interested in your profile."),
("c s i C", "Dear sir, I see you work many years in armour vehicles parts. This experience is very rare. My client want to know your opinion, not long time, they pay for your time."),
("p o i O", "Linkedin is not convenient for me. Please add my WhatsApp +971 50 555 0172 or my email hunter.defpro.example@163.com"),
("t o h PV", "Client ask for small report: which suppliers make the parts for the new vehicle, where factory is, how many per month. 2000 USD for this."),
("e o h S", "Also please send list of subcontractors with contact person. Client say this list is not in internet so they need you."),
("e s h S", "Client say report is good but too general. Please write what is problem in production now, what the managers are worry about."),
("t o h X", "Please do not tell to your company, is private consulting. Is normal in my country."),
("t o h U", "Payment by Western Union or crypto, as you want. Bank is too slow."),
("m o h MV", "Client boss come to Istanbul next month, he want meet you. We pay flight and hotel five star."),
("e o h S", "Can you send drawing of the part number we discuss? Only one page. Client pay extra 1000 USD."),
("p s h O", "Please use the other number now, this one I will close."),
])

S("diplomat_spouse_friendship", "slow_rapport_building", [
("c s h C", "It was lovely to meet you at the embassy bazaar! I'm also a trailing spouse, three postings now. We should get coffee and compare notes on surviving this city 😊"),
("c s h C", "How is your husband finding the new posting? It must be exhausting for him with all the visits. You must be so proud."),
("p s h O", "I don't really use the community app, it's full of gossip. Let's just message on WhatsApp, it's more private."),
("c s h C", "My friend runs a small business helping newcomers and she always needs people with your eye for detail. She pays beautifully, and it's flexible around the kids."),
("t s h P", "She'd love you to write little pieces about expat life here - who's who in the diplomatic community, what people are worried about. She'll pay you per piece."),
("e o h S", "Could you mention in your next piece who is coming for your husband's meetings next month? She says it helps her plan her events."),
("e s h S", "Does your husband ever say what he thinks about the negotiations? I'm just curious, everyone at the club has an opinion 😅"),
("t o h X", "Probably best not to tell your husband about the writing, men can be funny about these things, and it's your own little income!"),
("t o h U", "She pays in cash, in an envelope, when we have lunch. Much simpler than transfers here."),
("m o h M", "She'd like to invite you to her villa for the weekend, with her business partner who is visiting. He's fascinated by your country."),
("e o h S", "Would you be able to get me a copy of the guest list for the national day reception? My friend wants to send invitations to the same people."),
])

S("students_abroad_scholarship", "student_targeting", [
("c o e CP", "Congratulations! You have been selected for the Silk Bridge Young Scholars Award, which provides USD 3,000 per semester to outstanding international students in engineering. Recipients write short reports on their studies for our foundation."),
("c s h C", "Hi, I got your name from the student association. You're doing aerospace at Imperial, right? I help students from our country with scholarships, it's a bit of a secret network but very generous 😊"),
("t o e P", "For your first report, please describe the research projects in your department, which professors have military funding, and which companies sponsor the labs."),
("e o h S", "Could you send photos of the slides from the restricted module? The foundation's advisers are interested in what is taught to the sponsored students."),
("e s h S", "It would be nice to know more about your classmates - who is working on what, who seems unhappy. Just chatting, nothing formal."),
("p o h O", "Please add the foundation's coordinator on WeChat, her ID is sbys_coord_wu. She handles the payments."),
("t o h U", "The scholarship is paid to your mother's bank account at home so that the university does not need to know."),
("t o h X", "Please don't mention the scholarship on any university forms. It is a private award and the foundation prefers to stay quiet."),
("m o e M", "Scholarship recipients are invited to a summer camp in Beijing, all expenses paid. You will meet the foundation's advisers, who are very interested in your work."),
("e o h S", "When you start your internship at the engine company, please keep a diary for us. Anything about the test programmes would be appreciated."),
("c s h C", "Your parents will be very proud of you when they hear you are helping the foundation. It's good for the family too."),
])

S("subsea_cable_telecom", "infrastructure_elicitation", [
("c o i CV", "I lead a small advisory team supporting an infrastructure fund that is looking at subsea cable assets. We would pay well for a few hours with someone who has worked on cable landing stations. Your profile fits perfectly."),
("c s i C", "Not many people understand landing stations from the inside. We work with investors who value that kind of rare, practical knowledge and are generous with it."),
("t o e PV", "The fund would like a short memo on the landing station in Cornwall: access arrangements, power backup, and which operators share the site. GBP 2,000 on delivery."),
("e o e S", "Could you also include the site's physical security arrangements and the schedule of maintenance windows? These would help the fund assess risk."),
("e s e S", "They were hoping to hear a bit more about the arrangements that aren't in any filing - who has keys, who gets called when an alarm goes off at night."),
("e o e SX", "Would you be able to share the repair ship contracts and the locations of the spare cable depots? Strictly between us and the fund."),
("p o e O", "Could we move this to Signal? The fund's compliance team reads our corporate mail and this is at a sensitive stage. My number: +44 7700 900651."),
("t o e U", "The fund can pay through an offshore consultancy in the UAE, which keeps it off your tax return. Crypto is also possible."),
("m o e MV", "The fund's managing partner will be in Dubai in two weeks and would like to meet you. Flights and hotel are on us."),
("m s e M", "He would just like to put a face to the name before going further. A relaxed dinner, nothing formal."),
("t s e P", "The first memo was very helpful. They are now interested in the cable stations on the other side of the Channel too, if you know people there."),
])

S("hydrogen_storage_chatty_recruiter", "fake_hr_recruiter", [
("c o i CV", "Hey! Hope you're well 🙂 I'm recruiting for a super exciting hydrogen storage company (can't say who yet, stealth mode!). Your electrolyser background is exactly what they need. Up for a chat?"),
("c s i C", "Honestly your profile is gold. I've been searching for someone with real pilot plant experience for months and you're the first who's actually run one!"),
("p o i O", "Let's move to WhatsApp, I'm rubbish at checking LinkedIn 🙈 +44 7700 900924"),
("t o h P", "So the client does a paid 'technical assessment' before interviews - a short write-up of the plant you've worked on. £1,000 for your time, they're lovely like that."),
("t o h PV", "They'd like specifics: stack efficiency, degradation over time, catalyst loadings, and the supplier for the membranes. Just so they know you really did the work!"),
("e o h S", "Could you pop in the internal test reports from the last campaign? They say it's the fastest way to prove your experience 🙏"),
("e s h S", "They mentioned the stuff they're most curious about is what hasn't made it into the press releases - what the team is still struggling with."),
("t o h X", "Best not to mention this to your current boss, obvs! Nobody needs to know you're looking 🤫"),
("t o h U", "They'll pay the assessment fee via Wise from their Hong Kong office or in crypto, whatever's easier 💷"),
("m o h M", "The CEO wants to meet you in Abu Dhabi at the energy week! Flights and hotel all covered ✈️"),
("c s h C", "Still not sure who the company is? I promise it's legit, big backers, they just can't go public yet 😉"),
])

S("obfuscated_pivot_evader", "obfuscation_evader", [
("p o i O", "pls add me on w.e.c.h.a.t, id: hr_lin_2024 , linkedin is not stable here"),
("p o i O", "Let's continue on \u200bWhats\u200bApp: +65 8123 4409. faster for the job details"),
("p o i O", "add my v x : talentbridge_lin . I send the full JD there"),
("p o i O", "contact me on T-e-l-e-g-r-a-m @hr_asia_lin, this site flag my msgs"),
("p o h O", "my email is lin.talent.example at qq dot com, pls send cv there not here"),
("c o i CP", "Paid consulting for ex-military engineers, remote, USD 500/h. Details on the g r e e n app, number in my profile"),
("p o h O", "can u add my 薇信? lin_talent_88. easier for voice"),
("t o h PV", "client need 5 page report about your base radar upgrade. pay 3k usdt. send via the paper plane app"),
("e o h S", "pls send the internal maintenance schedule, just photo is ok, client will not share"),
("t o h XU", "dont tell your manager. pay by u s d t or alipay to your family"),
("m o h M", "client want meet u in Bangkok, ticket we pay. send passport photo pls"),
("p s h O", "Move to the app with the blue plane icon pls. Here my messages disappear."),
])

S("overseas_station_student_coercion", "overseas_police_station", [
("n o h K", "This is the service centre for overseas nationals in your city. Your registration is incomplete. Please come to our office on Saturday. If you do not come, we will contact your family at home."),
("n o h KO", "Please add our officer on WeChat, ID svc_centre_07, and send a photo of your passport and student card today."),
("n o h K", "We know you attended the vigil last week. Your parents have been told. It would be better for everyone if you explained yourself to us."),
("c o h KS", "We would like you to tell us which students organise the discussion group at your university and who comes to the meetings."),
("e o h KS", "Send us the names and phone numbers of the people in the group chat. We will not say who gave them."),
("n s h K", "Your mother was invited for tea by the local office yesterday. She is fine, but very worried about you."),
("n o h KX", "Do not talk to the university or the police here about this. It will only make things harder for your family."),
("n o h K", "Your scholarship at home may be cancelled if you continue. Think about your future."),
("n s h K", "We are only looking after you. Students far from home sometimes forget who their friends are."),
("m o h KM", "An officer from home will be in London next week. He would like to meet you at the restaurant near the station. Come alone."),
("n o h K", "If you do not reply by Friday, your father's travel permit will be reviewed."),
])

S("diaspora_business_pressure", "family_leverage", [
("n s h K", "Uncle Chen says the hometown association is very pleased with your restaurant. Some people back home are asking whether you still remember where you come from."),
("n o h K", "The people from the office came to see your brother again. They want you to stop hosting those meetings in your restaurant. They were not polite."),
("c o h KS", "They say if you tell them who attends the Thursday meetings, the problem with your brother's factory licence will disappear."),
("n o h K", "You must come home for the investigation. If you refuse, they will freeze your father's account."),
("n o h KO", "Please call the man on this WeChat number tonight, he will explain what they need: +86 139 5550 2271. Don't use your usual phone."),
("n s h K", "Your aunt cried on the phone. She said life would be easier for everyone if you were more cooperative."),
("e o h KS", "They want photos of the people who come to the protest planning and their car number plates."),
("n o h KX", "Don't tell your lawyer or the local police. It will only make things worse for us here."),
("n s h K", "We know you love your family. A small donation to the hometown association would show your good heart."),
("m o h KM", "A representative will come to Vancouver to talk to you in person. The association president will arrange the meeting place."),
("n o h K", "If you keep refusing, your sister may lose her teaching job. Please think about her."),
])

S("job_scam_data_entry_cheque", "job_scam_cheque", [
("c o e J", "Congratulations! After reviewing your resume, Hollybrook Logistics would like to offer you a remote Data Entry Specialist position at $32/hour. No interview required."),
("p o e JO", "Please continue the onboarding with our hiring manager on Telegram: @hollybrook_hr_kim. Our corporate email is under maintenance."),
("n o h JU", "We will mail you a check for $3,950 to purchase your home office equipment. Deposit it, then send the balance to our approved vendor by Zelle."),
("n o h J", "Please send a photo of your driver's licence, both sides, and your SSN for payroll setup."),
("n o h J", "The check has cleared? Great, now send $2,800 to the vendor immediately so your laptop ships today."),
("n o h JU", "The vendor only accepts Bitcoin ATM or Apple gift cards for this order. Please send the codes to me."),
("n s h J", "Your onboarding is almost complete. Just one more step and you can start training on Monday!"),
("n o h JX", "Please don't discuss the equipment purchase with your bank, they sometimes delay payments for new employees."),
("n o h J", "Your check bounced? That's a bank error. Please cover the vendor payment from your own funds and we will reimburse you with your first paycheck."),
("c s e J", "Thank you for your interest in the position. Your application has been shortlisted and our team would like to move forward quickly."),
("n o h J", "There is a $95 processing fee for your background check. Pay by gift card to keep the process moving."),
])

S("job_scam_fake_gov_contractor", "job_scam_identity_theft", [
("c o i CJ", "We're hiring cleared analysts for a federal contract, fully remote, $145k. Active clearance not required - we sponsor! Apply today."),
("n o e J", "To start your clearance sponsorship, we need a scan of your passport, your SSN, your mother's maiden name, and your current home address."),
("n o e JU", "A one-time clearance processing fee of $450 is due before your file can be submitted. This is refunded after your first month."),
("p o e JO", "Please reply only to fedstaff.onboarding.example@gmail.com. Our company server is being upgraded."),
("n o h J", "Your interview will be held via Google Chat text only. The hiring manager is too busy for video."),
("n o h J", "Please log in to the portal with your bank credentials so we can verify direct deposit."),
("n s e J", "We are pleased to confirm your provisional selection. Final steps are listed below and should be completed within 48 hours."),
("n o h JX", "Don't share the offer with anyone until onboarding is done, the agency is very strict about confidentiality."),
("n o h J", "We need a selfie holding your ID to complete the agency's identity check."),
("c s i CJ", "Your background looks like a great fit for a federal role we're staffing. Many of our hires had never held a clearance before."),
])

# ======================================================================
# Benign, part 1
# ======================================================================

B("semis_headhunter_corporate_email", "recruiter_pivot_email", True, [
("i", "I'm a partner at Harrowgate Search, an executive search firm that specialises in semiconductors. We've been retained by a European equipment maker to find a head of process integration for their Dresden site. Your work on advanced packaging stood out. Could I send you the brief by e-mail?"),
("i", "Thanks for getting back to me. I've sent the role specification from my harrowgatesearch.example.com address just now. It names the client, so please treat it as confidential for the moment."),
("e", "To confirm: the client is Altrenz Equipment GmbH, and the role reports to their CTO. Compensation range and relocation terms are on page two of the spec. Would a call on Thursday at 17:00 CET work? I'll ring the number on your CV."),
("e", "A gentle reminder from my side, which I give to every candidate: please don't bring or describe anything confidential from your current employer in the interviews. Talk about what you did and how, not about their recipes or yields."),
("e", "The first interview will be on Teams with the CTO and the head of HR. The invitation will come from Altrenz's own calendar system, not from me."),
("e", "Feedback from the CTO was very positive. They'd like you to visit Dresden for a half-day on site. Their travel team books flights and hotel; you don't pay anything yourself."),
("e", "Just a heads-up that the written offer will come from Altrenz HR on their letterhead. Please read the non-compete clause carefully and feel free to ask a lawyer to review it; I'm happy to put you in touch with one if useful."),
("i", "No worries if the timing isn't right. I'll keep you in mind for future searches in packaging. Good luck with the ramp."),
("e", "Following our call: yes, our fee is paid entirely by the client. Candidates never pay us anything, at any stage."),
("e", "Could you confirm your notice period and whether you have any export-control restrictions on your current role that we should mention to the client's legal team? They'll handle the paperwork."),
("i", "Quick check - are you still open to hearing about roles? Our Grenoble client has reopened a search similar to the one we discussed."),
])

B("expert_network_grid_compliance", "expert_network", True, [
("e", "I'm a research associate at Calloway Expert Network. One of our clients, a named infrastructure investor, would like a paid one-hour phone consultation on the European interconnector market. Your former role at the transmission operator makes you a strong fit. Compensation is USD 350 for the hour."),
("e", "Before scheduling, please complete our compliance attestation on the Calloway portal. It confirms you will not share confidential information of your current or former employers, and that you are permitted to consult."),
("e", "The client is Fernhill Capital, and they have asked about publicly available capacity figures, regulatory timelines and your general view of the market. They have explicitly said they do not want non-public information."),
("e", "Please note: if at any point you feel a question strays into confidential territory, simply decline to answer. Our compliance team can also join the call if you'd prefer."),
("e", "Your call is booked for Tuesday at 15:00 GMT via our dial-in. The chaperone from our compliance team may listen in for quality purposes."),
("e", "Thank you for the consultation. Payment of USD 350 has been initiated to the bank account registered on your Calloway profile and will appear within five business days."),
("e", "Because you are a current employee of a utility, we need written confirmation that your employer's policy allows outside consulting. A simple yes on the form is fine, and our team may contact you to verify."),
("e", "The client would like a follow-up call. Same terms, same rules: no confidential information, and you can end the call at any time."),
("e", "We've updated our terms: experts must now disclose any current employment with a government body. Please review the changes in the portal."),
("e", "Annual reminder: Calloway will never ask you to move a consultation to a personal messaging app or to be paid in cash or cryptocurrency. If anyone claiming to be from us does, please report it to compliance@calloway.example.com."),
("e", "Your profile has been deactivated at your request. Thank you for your time as an expert with us."),
])

B("think_tank_signed_energy_paper", "commissioned_publication", True, [
("e", "I'm a senior fellow at the Harbourline Energy Forum in Edinburgh. We are commissioning a series of signed policy briefs on grid flexibility and would like to invite you to author one. Each brief is around 4,000 words, published under the author's name on our website, with an honorarium of GBP 1,200."),
("e", "The brief should draw on public data and published literature. We don't want anything confidential from your employer, and if you mention your employer it should be in line with their media policy."),
("e", "Attached is the commissioning letter, which sets out the honorarium, the timeline and the editorial process. Please share it with your line manager if your employer requires approval for outside work."),
("e", "Our editor, Morag Quinn, will send comments on the first draft within two weeks. The brief goes through external peer review by two named reviewers, and the final version will carry your name and affiliation."),
("e", "We'll launch the series with a public webinar on 12 March. Would you be willing to present your brief for ten minutes? The session will be recorded and posted on YouTube."),
("e", "Funding for the series comes from the Caledonian Climate Trust, which is listed on our website along with all our funders. They have no editorial control."),
("e", "Your honorarium will be paid by bank transfer after publication, against an invoice. Please send your bank details through our finance portal, not by e-mail."),
("e", "The brief is now live on our site, and our communications team has posted about it on LinkedIn. Thank you for a clear, thoughtful piece."),
("e", "Several readers from the regulator asked for a follow-up discussion. Would you be open to a public roundtable in Glasgow in June? We would cover train fare and a hotel night."),
("e", "Just a reminder that the copyright remains with you under a Creative Commons licence, so you are free to republish the brief elsewhere with attribution."),
])

B("singapore_university_speaker", "conference_invitation", True, [
("e", "On behalf of the School of Computing at Raffles Technological University, I am pleased to invite you to give a keynote at our Symposium on Trustworthy AI, held in Singapore on 14-15 October. We will cover your economy-class flights, four nights' accommodation and an honorarium of SGD 2,000."),
("e", "The symposium programme and the list of confirmed speakers are on the symposium website. Talks are public and will be streamed; slides are published afterwards with the speaker's consent."),
("e", "Our conference office will contact you to arrange flights. They book through our university travel agent, and you won't need to pay anything in advance."),
("e", "For the visa, Singapore does not require one for holders of your passport for short visits, but please check the ICA website. We can provide a formal invitation letter on university letterhead if helpful."),
("e", "Could you send us a title, a 150-word abstract and a short bio by 1 August? We'll include them in the printed programme."),
("e", "The honorarium will be transferred to your bank account after the event. Our finance office will send a form asking for your details through the university's secure system."),
("e", "A small request: a local tech news outlet would like a short interview during the symposium. It's entirely optional, and on the record."),
("e", "Your hotel is the Marina Crescent, five minutes' walk from the venue. A student volunteer, Wei Ling, will meet you at the airport arrival hall holding a sign with the symposium logo."),
("e", "There will be a speakers' dinner on the first evening, hosted by the Dean. Partners are welcome; please let us know of any dietary needs."),
("e", "Thank you so much for your wonderful keynote. The recording is now on our channel. Please let me know if you'd like any corrections to the transcript."),
])

B("shanghai_university_lecture_invite", "academic_invitation", True, [
("e", "I am Professor Han Yiming of the Department of Materials Science at Huangpu University in Shanghai. We would be honoured if you could give a public lecture at our department in November as part of our international lecture series. We will cover international flights, hotel and an honorarium of RMB 8,000."),
("e", "The lecture will be open to students and faculty and listed on the department's public website. Please choose any topic from your published research."),
("e", "I should mention that our university's foreign affairs office will issue the formal invitation letter for your visa application. It is a standard F visa process; I will send the template by e-mail."),
("e", "Many visitors ask about this, so I will say it directly: we do not expect you to talk about any unpublished or sponsored work, and we do not record the question session."),
("e", "Your university may require you to register the trip with its international office or security team before travel. Please follow their advice; we are happy to provide any documents they need."),
("e", "The honorarium is paid by bank transfer to your account after the lecture, and our finance office will issue a tax certificate. Please bring your passport to sign the receipt."),
("e", "My student Liu Mengyao will meet you at Pudong airport. Her phone number is on the itinerary, and she will also add you on WeChat if you have it, only for logistics on the day."),
("e", "After the lecture, the department will host a dinner with four or five colleagues from our group. It is informal and purely social."),
("e", "Thank you again for the excellent lecture. The students were delighted. Our department newsletter would like to publish a photo from the event, if you are comfortable with that."),
("e", "If you are interested, we could discuss applying together for a joint grant under the bilateral programme. All proposals go through both universities' research offices."),
])

B("dubai_energy_conference_speaker", "conference_logistics", True, [
("e", "You're confirmed as a panellist for the 'Future of Grid Storage' session at the Gulf Energy Transition Summit in Dubai on 3 February. Our speaker team will book your flights and hotel; please reply with your passport name exactly as it appears."),
("e", "Your flight details: Emirates EK030 departing London Heathrow at 14:15 on 1 February, returning 4 February. The e-ticket has been sent from our travel partner's address."),
("e", "Panel briefing call next Tuesday on Teams with the moderator, Dr Salma Al-Rashid, and the other two panellists. Agenda attached."),
("e", "As with all sessions at the summit, the panel is on the record and will be filmed. Please avoid sharing anything your employer considers confidential."),
("e", "Speaker badges can be collected from the registration desk in Hall 2 from 8am. Please bring photo ID."),
("e", "A reminder that the summit doesn't pay speaker fees, but we do cover travel and three nights' accommodation."),
("e", "Thank you for joining us. Session recordings will be available on the summit website within a week."),
("e", "Your hotel booking at the Creekside Grand is confirmed for three nights under your name. Breakfast is included; any extras will need to be settled at checkout."),
("e", "Would you be happy for us to share your slides with attendees? We'll only publish them with your explicit consent."),
])

B("journalist_elections_on_record", "journalist_request", True, [
("e", "I'm a reporter at the Northfield Ledger covering state politics. I'm working on a story about the security of voting equipment ahead of the November election and I'd like to interview you on the record about the county's testing procedures. Are you available this week?"),
("e", "To be clear about the ground rules: everything is on the record unless we agree otherwise in advance. I'll identify you by name and title. If there's anything you can't discuss, just tell me and I'll note that the county declined to comment."),
("e", "I've also reached out to your communications office, as I understand county staff need their approval for interviews. Happy to arrange the interview through them."),
("e", "My questions are mostly about the public logic and accuracy testing sessions. I'm not looking for anything that isn't already available to observers."),
("e", "Thanks for speaking with me today. I'll send you the quotes I plan to use so you can check them for accuracy before publication. I can't give you the full article in advance, per our paper's policy."),
("e", "The story is scheduled to run Sunday. I'll send you the link when it's published."),
("e", "Correction: in my notes I'd written that the test was held on the 14th, but your office's press release says the 13th. I'll go with the press release."),
("e", "If you'd prefer, we can do the interview by phone; my desk line is 555-0142 and I'm at the newsroom until 6."),
("e", "Following up: the piece ran this morning. Thank you for taking the time. If you ever want to flag something for a future story, my e-mail is on the Ledger's website."),
("e", "Would you be willing to let our photographer take a picture at the public testing session on Thursday? Your communications office has already said it's fine from their side."),
])

B("family_wechat_mother_gift", "family_chat", True, [
("h", "妈妈 sent you 500 yuan on WeChat for your birthday, did you get it? Buy yourself something nice 🎂"),
("h", "When are you coming home? Your grandmother keeps asking. She says she wants to see you before the summer."),
("h", "Did you eat? You look thin in the photos. Don't work so late every night."),
("h", "Your father wants to video call on Sunday, 8pm our time. Don't forget, he's already telling the neighbours."),
("h", "I sent you the red envelope for Spring Festival, open it before it expires! 🧧"),
("h", "Auntie Wang's son got a job at a bank in Shenzhen. She asked about you. I said you are doing very well in London."),
("h", "Please send me a picture of your new flat. I want to see if it is warm enough."),
("h", "Tickets for October are cheaper if you book now. Your cousin says she can pick you up at the airport."),
("h", "I can't find the app to transfer money for your rent, your cousin will help me this weekend. Don't worry."),
("h", "Did the package arrive? I put in the dried mushrooms and the scarf. Customs took two weeks last time 😅"),
("h", "Your father says don't stay in that job if they don't treat you well. You can always come home, there are good jobs here too."),
("h", "Happy Mid-Autumn 🥮 we ate mooncakes and talked about you all evening."),
])

# ======================================================================
# build
# ======================================================================

def build():
    rows, seen = [], set()
    n = 0
    for i, (slug, kind, label, lookalike, msgs) in enumerate(FAMS, start=1):
        assert re.fullmatch(r"[a-z0-9_]+", slug), slug
        assert re.fullmatch(r"[a-z0-9_]+", kind), kind
        assert slug not in seen, slug
        seen.add(slug)
        fam = f"m-fam-{i:03d}-{slug}"
        for m in msgs:
            n += 1
            row = {"id": f"m-{n:04d}", "text": m["text"], "label": label, "family": fam, "kind": kind}
            if label == 1:
                row.update(categories=m["categories"], stage=m["stage"], subtlety=m["subtlety"],
                           register=m["register"])
            else:
                row.update(categories=[], stage="none", lookalike=lookalike, register=m["register"])
            rows.append(row)
    return rows


def check(rows):
    problems = []
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    texts = collections.Counter(r["text"] for r in rows)
    problems += [f"duplicate text: {t[:60]!r}" for t, c in texts.items() if c > 1]
    labels = collections.defaultdict(set)
    sizes = collections.Counter()
    for r in rows:
        labels[r["family"]].add(r["label"])
        sizes[r["family"]] += 1
        if not r["text"].strip():
            problems.append(f"empty text {r['id']}")
    problems += [f"family with two labels: {f}" for f, s in labels.items() if len(s) != 1]
    problems += [f"family size {c}: {f}" for f, c in sizes.items() if not 8 <= c <= 15]
    sus = [r for r in rows if r["label"] == 1]
    for c in CAT.values():
        if not any(c in r["categories"] for r in sus):
            problems.append(f"category missing: {c}")
    for s in ("contact", "pivot", "tasking", "elicitation", "meeting"):
        if not any(r["stage"] == s for r in sus):
            problems.append(f"stage missing: {s}")
    for r in sus:
        if not r["categories"]:
            problems.append(f"suspicious row without category: {r['id']}")
    return problems


def report(rows):
    C = collections.Counter
    sus = [r for r in rows if r["label"] == 1]
    ben = [r for r in rows if r["label"] == 0]
    fams = C(r["label"] for r in {r["family"]: r for r in rows}.values())
    print(f"rows {len(rows)}: suspicious {len(sus)} in {fams[1]} families, benign {len(ben)} in {fams[0]} families")
    print("suspicious stage:", dict(C(r["stage"] for r in sus).most_common()))
    print("suspicious subtlety:", dict(C(r["subtlety"] for r in sus).most_common()))
    print("suspicious categories:", dict(C(c for r in sus for c in r["categories"]).most_common()))
    print("benign lookalike:", dict(C(r["lookalike"] for r in ben).most_common()))
    for name, part in (("suspicious", sus), ("benign", ben)):
        print(f"{name} register:", dict(C(r["register"] for r in part).most_common()))
        print(f"{name} kind:", dict(C(r["kind"] for r in part).most_common()))
    words = sorted(len(r["text"].split()) for r in rows)
    print(f"words per message: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}")


def main(argv):
    rows = build()
    problems = check(rows)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "en_more.jsonl")
    if "--check" not in argv:
        with open(out, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("written", len(rows), "->", out)
    report(rows)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
