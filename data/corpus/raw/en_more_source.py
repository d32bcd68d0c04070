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
("p o i O", "Let's continue on \u200bWhats\u200bApp: +65 8555 0409. faster for the job details"),
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
("n o e J", "For the sponsorship file, upload your passport photo page, Social Security card, mother's maiden name and current home address to the link below."),
("n o e JU", "A one-time clearance processing fee of $450 is due before your file can be submitted. This is refunded after your first month."),
("p o e JO", "Please reply only to fedstaff.onboarding.example@gmail.com. Our company server is being upgraded."),
("n o h J", "Your interview will be held via Google Chat text only. The hiring manager is too busy for video."),
("n o h J", "Please log in to the portal with your bank credentials so we can verify direct deposit."),
("n s e J", "We are pleased to confirm your provisional selection. Final steps are listed below and should be completed within 48 hours."),
("n o h JX", "Don't share the offer with anyone until onboarding is done, the agency is very strict about confidentiality."),
("n o h J", "We need a selfie holding your ID to complete the agency's identity check."),
("c s i CJ", "Saw you left the Air Force last spring. Agencies are desperate for people like you right now, and we can get your paperwork moving fast."),
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
("e", "You are free to skip any question you are uncomfortable with, and you can stop the call whenever you like. Someone from our compliance team can also sit in if you'd prefer."),
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
# Benign, part 2
# ======================================================================

B("whatsapp_family_wedding_money", "family_chat", True, [
("h", "Bhai, Papa is asking if you can send something for Priya's wedding. No pressure, whatever you can manage. The caterer wants the advance by the 10th."),
("h", "Sent 40,000 rupees via the bank app, should arrive tomorrow. Tell Papa not to argue about it 😄"),
("h", "When are you coming home?? Ma has already told the whole building you'll be at the sangeet"),
("h", "Flights booked! Landing Mumbai on the 18th at 2am, don't make anyone come to the airport, I'll take a cab"),
("h", "Ma says bring the good chocolates from duty free, not the ones from last time 😂"),
("h", "Can you call Nani this evening? She's feeling low and she only listens to you."),
("h", "Priya wants everyone on the family WhatsApp group to send a video message for the wedding slideshow. 30 seconds max, she says, looking at you Uncle Ravi"),
("h", "Transfer came through, thank you beta. Papa was quiet for a minute, then he said you are a good son. Don't tell him I told you."),
("h", "The wedding photographer is asking for payment in cash, is that normal? Chacha says it's fine, they always do it that way here."),
("h", "I'm staying an extra week after the wedding, work said yes. Let's finally go to Lonavala like we always talk about"),
("h", "Home safe. Already missing Ma's cooking. Same time next year?"),
])

B("diaspora_association_newsletter", "community_association", True, [
("e", "Dear members, the Northern Vietnamese Community Association of Leeds invites you to our Tết celebration on Saturday 8 February at St Anne's Hall, 2pm to 8pm. Lion dance, food stalls and a children's corner. Tickets are free for members and GBP 5 for guests."),
("e", "We are looking for volunteers to help set up the hall on Friday evening. If you can spare two hours, please reply to this e-mail or sign up on the association's website."),
("e", "Reminder: annual membership fees (GBP 15 per family) are due in January. You can pay by bank transfer to the association's account, details on the website, or in person at the Saturday school."),
("e", "The association is neutral on politics and does not share members' details with any government, including embassies. If anyone contacts you claiming to represent the association and asks about other members, please let the committee know."),
("e", "Our free legal clinic is back: a volunteer immigration solicitor will be available on the first Tuesday of each month for confidential advice. Book a slot by phone on 07700 900318."),
("e", "The Saturday Vietnamese language school is enrolling for the spring term. Classes for ages 5 to 14, taught by volunteer teachers."),
("e", "Minutes of the AGM are now available on the members' page. The new committee is listed there with their contact details."),
("e", "Thank you to everyone who came to Tết! We raised GBP 1,430 for the local food bank. Photos are on our Facebook page; let us know if you would like any photo of you removed."),
("e", "Several members asked about sending money home safely. We have invited an adviser from Citizens Advice to talk about remittance fees and scams on 15 March."),
("e", "We are applying for a small grant from the city council to repair the hall kitchen. Members who would like to help write the application are welcome at the next committee meeting."),
])

B("security_awareness_recruiter_notice", "security_awareness", True, [
("e", "Security awareness: fake recruiters. Over the past month, several colleagues in our defence business have received LinkedIn messages from 'headhunters' offering paid consulting for an unnamed client. The pattern is consistent: flattery, a quick move to WhatsApp or WeChat, a paid 'report', then questions about internal projects, and finally an invitation to meet the client abroad with travel paid. If you receive such an approach, do not engage. Forward screenshots to security@our-company.example.com. You will not be in trouble for having replied."),
("e", "Reminder from Information Security: genuine recruiters will name their firm, use a corporate e-mail address and never ask you for non-public information about our programmes. If someone asks you to keep a conversation secret from your employer, that is a red flag."),
("e", "This month's phishing simulation included a message offering 'USD 2,000 for a short white paper on your team's roadmap'. 62% of recipients reported it correctly. Well done - and for the rest, please review the training module."),
("e", "Why do foreign intelligence services pay for 'reports'? Because once you have been paid for a harmless paper, the next request is harder to refuse. Our short video explains how the funnel works, from contact to meeting. It takes eight minutes."),
("e", "Travelling to a conference in China, Russia or Iran? Please complete the pre-travel briefing at least two weeks before departure. Take a loaner laptop and phone, and report any unexpected invitations to private dinners with 'sponsors'."),
("e", "Q: Someone on LinkedIn offered me cash for my 'opinion' and asked to move to Telegram. Is that allowed? A: You may speak to whoever you like, but please report approaches of this kind to Security. Payment in cash, crypto or to a relative's account is a strong warning sign."),
("e", "Insider risk awareness week starts Monday. Drop by the atrium on Wednesday for a short talk by a former counter-intelligence officer on how recruitment approaches unfold over months."),
("e", "Colleagues in HR: please remind candidates during onboarding that we will never ask them to bring confidential information from their previous employer."),
("e", "The National Protective Security Authority's 'Think Before You Link' guidance is now linked from our intranet. It includes examples of fake profiles and the questions they tend to ask."),
("e", "Thank you to the engineer who reported an approach from a 'think tank' asking for non-public test results in exchange for an honorarium. Thanks to that report we identified three other colleagues who had been contacted by the same profile."),
])

B("news_article_fake_headhunters", "security_news", True, [
("e", "Spy agencies warn of fake recruiters targeting engineers. Security services in several countries have issued a joint advisory describing how intelligence officers pose as headhunters on professional networks. According to the advisory, approaches typically begin with flattering messages about the target's expertise, followed by an offer of well-paid consulting for an unnamed 'client'. Within days, the recruiter suggests moving the conversation to WhatsApp, WeChat or Telegram. Targets are then paid modest sums for reports based on public information, before the requests drift towards internal or classified matters. In several cases, the targets were invited to travel abroad to meet the client, all expenses paid. The advisory urges professionals to report such approaches to their security officer."),
("e", "Former civil servant jailed for passing documents. A court heard that the defendant was first contacted through a networking site by a woman claiming to work for a consultancy, who paid him for 'analysis' of trade policy and later asked for internal briefing notes."),
("e", "Opinion: the fake recruiter problem is also a recruitment problem. When genuine hiring is slow and opaque, a friendly headhunter who pays promptly looks attractive. Employers can help by making their own processes clearer."),
("e", "Police say a 'job offer' that required applicants to buy equipment with a cheque sent by the employer cost local residents more than $80,000 last year. 'If you are asked to deposit a cheque and send money on, it's a scam,' a detective said."),
("e", "The report found that 'overseas police service stations' operated from community centres and restaurants in at least a dozen countries, pressuring diaspora members to return home, sometimes by threatening relatives."),
("e", "Researchers at the university's cyber centre analysed 400 suspicious LinkedIn profiles and found that most used AI-generated photos, claimed to work for consultancies in Singapore or Hong Kong and listed few connections outside a single industry."),
("e", "The minister said the government would fund awareness campaigns in universities after students reported being offered 'scholarships' in exchange for reports on their classmates."),
("e", "In an interview, a retired counter-intelligence officer explained that most approaches fail because targets talk to their employer. 'Secrecy is the recruiter's best friend,' she said. 'The moment someone says keep this between us, talk to someone.'"),
("e", "Letters: Your article on fake headhunters was timely. My son received almost exactly the message you quoted, down to the request to add the recruiter on WeChat. He reported it to his company."),
("e", "Explainer: What is an expert network, and how is it different from a spy's cover story? Legitimate networks name their clients to compliance teams, chaperone calls and forbid confidential information."),
])

B("uk_cleared_job_ads", "job_ad_cleared", True, [
("e", "Systems Engineer (DV cleared), Cheltenham. Permanent, GBP 65,000-80,000 plus benefits. You'll design and integrate secure communications systems for a government customer. Active DV clearance required; candidates must be sole UK nationals. Apply through our careers site; no agencies."),
("i", "We're hiring! Junior Cyber Analyst, Bristol. SC clearance needed within three months of joining (we'll sponsor). Hybrid working, 3 days on site. Link to apply in the comments."),
("e", "Principal Software Engineer - Maritime Defence, Portsmouth. Eligibility for SC clearance required. Role involves on-site work in secure facilities; no remote working. Closing date 30 April."),
("e", "Our client, a prime contractor, seeks a Test Engineer with active SC for a contract in Filton. Six months, inside IR35, GBP 550/day. Please apply with your CV to jobs@thornleycontract.example.com; we will call shortlisted candidates within five working days."),
("i", "Looking for Radar Signal Processing Engineers in Edinburgh. BPSS on day one, SC to follow. We cover relocation. DM me or apply via the link."),
("e", "Vetting note for applicants: we cannot discuss programme details until you are cleared and on site. The interview covers your skills and experience only."),
("e", "Graduate Scheme 2025: Electronic Warfare. Candidates must be eligible for SC clearance, which usually means five years' residence in the UK. Salary GBP 34,000. Assessment centres in March."),
("e", "Security Architect (eDV), Corsham. Hybrid not possible due to the nature of the work. Please do not include details of classified projects in your CV; describe your role in general terms."),
("i", "Reminder to applicants: we will never ask you to pay for vetting or training. Any message asking for a fee is not from us."),
("e", "Project Manager, Naval Systems, Barrow-in-Furness. SC required, DV desirable. Permanent, full-time, 37 hours. Interviews on site; travel expenses reimbursed."),
])

B("hr_nda_reminders", "hr_confidentiality", True, [
("e", "Hi team, a quick reminder that the Falcon project is under NDA with our customer. Please don't discuss it outside the project team, including with other colleagues, until the customer announces it."),
("e", "As part of your onboarding, please sign the confidentiality agreement in Workday by Friday. It covers customer information, unreleased products and personal data."),
("e", "Leavers' reminder: your confidentiality obligations continue after you leave. Please return all company devices and delete any work files from personal storage before your last day."),
("e", "We've noticed an increase in LinkedIn posts by staff that mention unreleased product names. Please check with Communications before posting anything about work in progress."),
("e", "Confidential - do not forward: the reorganisation will be announced on Monday at the all-hands. Until then, please keep this among the leadership team."),
("e", "Reminder: compensation details in your offer letter are confidential between you and the company. Sharing them with colleagues is your right under the pay transparency policy, but please don't post them publicly."),
("e", "If you are approached by anyone, including recruiters or journalists, asking about our customers or projects, please refer them to Communications and let Security know. You don't have to handle it alone."),
("e", "The NDA for the supplier evaluation has been countersigned. You can now share the technical requirements document with their team, but not our pricing model."),
("e", "A clarification on outside work: paid consulting, writing or speaking in your area of expertise needs prior approval from your manager and HR. Use the form on the intranet; most requests are approved within a week."),
("e", "Please stop using personal e-mail to send work documents. Yes, even when the VPN is slow. IT is working on it."),
])

B("consultancy_freelance_platform", "freelance_work", True, [
("e", "Welcome to Brightwell Associates' freelance consultant platform. You've been approved to receive project invitations in the energy and utilities practice. Each invitation names the Brightwell engagement manager and the end client, and you can accept or decline without giving reasons."),
("e", "New project invitation: a two-week desk review of publicly available data on heat pump adoption in the Netherlands, for a named municipal client. Day rate EUR 650, paid monthly against timesheets submitted on the platform."),
("e", "Before you start, please confirm on the platform that you have no conflict of interest with the client and that you will not use information belonging to any current or former employer."),
("e", "Your contract for the heat pump review has been issued through the platform. It includes standard confidentiality clauses protecting the client's data, which you'll access only through Brightwell's SharePoint."),
("e", "Kick-off call with the engagement manager, Joost Verbeek, is on Teams on Monday at 10:00. He'll walk you through the scope and the deliverable template."),
("e", "Please submit your timesheet for March by the 5th. Payment is made by bank transfer within 30 days; you'll receive a remittance advice from our finance team."),
("e", "Thanks for the excellent report. The client has asked whether you'd be available for a follow-on piece in Q3. We'll send a formal invitation through the platform once the SOW is signed."),
("e", "A reminder that Brightwell will never contact you through WhatsApp or personal e-mail about project work, and will never pay in cash or cryptocurrency. All communications go through the platform or @brightwell.example.com addresses."),
("e", "We've updated our code of conduct for freelancers. The main change: you must now tell us if you start working for a competitor of a client you've served in the last year."),
("e", "Your profile has had no activity for 12 months. If you'd like to remain on the platform, please log in and update your availability."),
])

B("saas_sales_prospecting", "sales_outreach", True, [
("i", "Hi Daniel, I noticed your team at the port authority is hiring for operations analysts. We make scheduling software for terminal operators (Berthwise) and I'd love to show you a 20-minute demo. Any chance next week?"),
("i", "Following up in case my last message got buried. We just published a case study with the Port of Aalborg on reducing vessel waiting times by 18%. Happy to send it over."),
("e", "Thanks for agreeing to a call! I've sent a calendar invite from my berthwise.example.com address for Thursday at 11. If you'd like anyone from IT to join, feel free to forward it."),
("e", "As promised, here's the pricing sheet and our security whitepaper. We're ISO 27001 certified and can go through your procurement questionnaire whenever you're ready."),
("e", "I understand that you need to run a public tender for this. Could you let me know when it's published on the procurement portal? We'll respond through the portal like everyone else."),
("i", "No problem at all - I'll check back in Q2 when your budget cycle starts. Enjoy the rest of the week!"),
("e", "Quick note: our regional director will be at the TOC Europe exhibition in Rotterdam. If you're attending, drop by stand B44 for a coffee. No need to book."),
("e", "We're hosting a free webinar for terminal operations teams on 4 June. Three customers will talk about their implementation lessons, warts and all."),
("i", "Hey, saw you moved to a new role - congratulations! Is the scheduling team still under you, or should I reach out to someone else?"),
("e", "I'll stop e-mailing now so I don't clutter your inbox. If things change, my direct line is +44 7700 900770."),
])

B("ordinary_work_chat_devteam", "work_chat", False, [
("h", "anyone else seeing the build fail on main? looks like the migration test again"),
("h", "yep, it's the timezone thing, I'll push a fix after lunch"),
("h", "standup moved to 10:15 today, Priya's dentist"),
("h", "can someone review PR 482? it's small, I promise 😅"),
("h", "lol 'small' - 1,400 lines"),
("h", "most of it is a generated file, look at the two python files only"),
("h", "approved with two nits. nice work on the retry logic"),
("h", "heads up, the staging DB will be down from 6 to 7pm for the upgrade"),
("h", "who's in the office tomorrow? thinking of getting pizza for the release"),
("h", "me + Tomasz. Jenna's WFH"),
("h", "release done 🎉 thanks everyone, going home"),
])

B("family_friends_weekend_chat", "personal_chat", False, [
("h", "Still on for Saturday? Thinking the market at 10 then lunch at that Lebanese place"),
("h", "Yes!! I'll bring the kids, they want to see the ducks"),
("h", "Weather says rain after 2 so let's not dawdle"),
("h", "Can you grab bread on the way? The good sourdough, not the supermarket one"),
("h", "Running 10 min late, parking is a nightmare"),
("h", "We're by the cheese stall, look for the yellow umbrella"),
("h", "Lost Sam for 30 seconds and aged ten years"),
("h", "That was lovely, thank you. Next time at ours, I'll do a roast"),
("h", "Did I leave my scarf in your car? Grey one"),
("h", "Yes it's here, I'll drop it off Tuesday"),
])

B("satellite_recruiter_teams", "recruiter_phone_call", True, [
("i", "Hello! I'm a talent partner at Aurorion Space, a satellite operator headquartered in Luxembourg. We're hiring a ground segment software lead and your experience with mission control systems looks like a strong match. Would you be open to a Teams call to hear more?"),
("i", "Thanks for the reply. I've sent the invite from my aurorion.example.com address for Wednesday at 10:00 CET. You'll find the job description attached to the invitation."),
("e", "Ahead of our call, here's a bit of context: the role is on site in Betzdorf, four days a week, and it reports to our Head of Ground Systems, Léa Moreau. The salary band is EUR 110-130k."),
("e", "One important note: our mission control systems are subject to export controls, so we'll need to confirm your nationality and residency as part of the process. It doesn't exclude anyone automatically."),
("e", "In the technical interview, Léa will ask you about system design and your approach to reliability. Please don't share anything confidential from your current operator; we're only interested in how you think."),
("e", "You're through to the final round! It's an on-site day at our headquarters. Our travel coordinator will book your flights and hotel and send you the itinerary."),
("e", "References: we'll contact the two referees you named, with your permission, by phone. We won't contact your current employer without telling you first."),
("e", "The offer letter is in your inbox from our HR system. Please take your time to review it. I'm available for a call tomorrow if you have any questions."),
("i", "No problem at all - thanks for being upfront that you've accepted another offer. Best of luck, and let's stay in touch."),
("e", "One last thing from my side: if anyone contacts you claiming to be from Aurorion and asking for information about your current operator's satellites, please let me know. We've seen impersonation of our recruiters before."),
])

B("pharma_recruiter_phone", "recruiter_phone_call", True, [
("i", "Hi Anjali, I'm with Cresswell Life Sciences Recruitment. We're working with a mid-sized pharma company in Cambridge on a Director of Regulatory Affairs role. Could I give you a call to talk it through? I'll keep it to 15 minutes."),
("i", "Great, I'll call your mobile on Thursday at 12:30. If that changes, my direct line is 01632 960412."),
("e", "As discussed, the client is Pellham Therapeutics. They're a listed company so I can share that the role is linked to their biosimilar pipeline, which is public. The job spec is attached."),
("e", "A practical point: Pellham's interview panel will ask about your experience with agency interactions, but they've been clear that they don't want to hear any specifics about your current company's submissions. Keep it general."),
("e", "Pellham would like to meet you at their Cambridge office on the 14th. They'll reimburse your train fare; keep the receipt."),
("i", "Quick update - they're moving to a second interview with the CEO. Are you free for a call this evening so I can prep you?"),
("e", "The offer includes a retention bonus, which is conditional on your notice period. I'll explain the details on the phone rather than by e-mail."),
("e", "I spoke to Pellham's HR and they are happy to delay your start date to allow you to finish your current project. Nobody wants you to leave your team in a difficult spot."),
("i", "Congratulations on the new role! It was a pleasure working with you. If you ever need to build a team at Pellham, you know where to find me 😊"),
])

B("municipal_tender_portal_notice", "work_email", True, [
("e", "The City of Riverford has published a request for proposals for smart traffic signal management (RFP 2025-117). All documents are available on the city's procurement portal. Questions must be submitted through the portal by 14 March; answers will be published to all bidders."),
("e", "Reminder to bidders: during the procurement period, contact with city staff about this tender is only permitted through the procurement officer named in the RFP. Any other contact may result in disqualification."),
("e", "Addendum 2 has been published. It corrects the estimated quantity of intersections and extends the closing date to 4 April."),
("e", "The pre-bid meeting will be held on 20 March at City Hall, room 204, and online via Teams. Attendance is optional. The slides and minutes will be posted on the portal."),
("e", "To evaluation panel members: please sign the conflict of interest declaration and the confidentiality undertaking before accessing the bids. Scoring notes must not be shared with anyone outside the panel."),
("e", "If any bidder contacts you directly, including socially, please decline to discuss the tender and report the contact to the procurement office the same day."),
("e", "The tender has closed. We received seven proposals. The evaluation is expected to take six weeks; the result will be published on the portal."),
("e", "Notice of intent to award: the contract will be awarded to Lumenway Traffic Systems Ltd, subject to the standstill period. Unsuccessful bidders may request a debrief."),
("e", "Debriefs for unsuccessful bidders will be held by phone with the procurement officer. Scores will be shared only for the bidder's own proposal."),
("e", "Annual training reminder for procurement staff: gifts and hospitality from suppliers must be declared, and must be refused during an active tender."),
])

# ======================================================================
# Suspicious, part 2
# ======================================================================

S("central_bank_staff_fund", "unnamed_fund_elicitation", [
("c s e C", "I manage research relationships for a family office that takes a long view on European rates. We find that the most thoughtful perspectives come from people who have spent time close to policy, and yours came up more than once. Would you be open to an occasional conversation? We are respectful of your position and of your time, and we make sure it is properly recognised."),
("c o e CPV", "Our principal would pay EUR 1,000 per call for your views on the central bank's thinking. He prefers to remain anonymous, but I can assure you he is very serious."),
("e s e S", "Nothing you couldn't say at a dinner party, of course. He simply finds that the tone of the internal debate tells him more than any speech."),
("e s e S", "Ahead of the next meeting, it would help him to understand how the different camps on the committee are lining up, and whether anyone has changed their mind recently."),
("e o e S", "Could you let him know the staff projections before they are published? Even the direction of the revision would be enough."),
("t s e P", "He found your last note extremely insightful. He wondered whether you might write a brief one each month, in the week before the meeting, with whatever impressions you have gathered."),
("p s e O", "He is old-fashioned and distrusts e-mail. Perhaps you could call me on my private line instead, +41 79 555 0128, in the evenings."),
("t s e X", "It would be best, for your own peace of mind, if this stayed a personal matter. There is no need to complicate it with forms."),
("t s e U", "He suggests the fee could be paid to the account of your choice in Liechtenstein, which would avoid the question of how to declare it."),
("m s e M", "He will be in Lugano in the spring and would be very glad to receive you at his house on the lake for a weekend. Your wife would of course be welcome."),
("e s e S", "He asked me to pass on his thanks. He noticed that the committee's statement landed exactly as you had suggested, and he would be grateful for your next impressions whenever you have a moment."),
])

S("arctic_policy_thinktank_long", "think_tank_tasking", [
("c s e C", "Thank you for your thoughtful remarks at the seminar on Arctic shipping routes last week. I am the director of the Northern Sea Dialogue, a small independent platform that brings together practitioners from different countries to discuss the future of the High North in a calm and constructive way. We do not publish much; our value lies in candid conversations that would be impossible in official settings. Many of our participants are serving or former officials who appreciate the chance to speak freely, without attribution, to counterparts they would otherwise never meet. Your experience in the defence ministry's policy department would add a great deal to our next meeting. We cover all costs of participation, and we offer a modest honorarium to recognise the time our guests invest. I would be delighted to tell you more over a call at any time convenient to you."),
("t s e P", "As a first step, we would be very grateful for a short written reflection, perhaps five pages, on how your ministry sees the evolution of naval presence in the region over the next decade. There is no need for footnotes; what our participants value is your own perspective, as frank as you feel comfortable with. The paper would circulate only among a handful of participants and would never be published. Our usual honorarium for such a reflection is EUR 3,000."),
("e s e S", "The participants enjoyed your reflection very much. Several of them wondered whether the ministry's thinking has moved on since the last white paper, and whether there are options under discussion that have not yet been aired publicly. Anything you could share on that would be extremely helpful for the next session."),
("e o e SX", "One of our participants asked, in confidence, whether you could describe the basing arrangements being negotiated with the northern allies. He quite understands that they are not public, which is precisely why your view would be so valuable to him. It would go no further."),
("m s e M", "Our next dialogue will take place in a quiet hotel outside Reykjavik in September. It is a very small group, perhaps eight people, and the format is entirely informal: long walks, long dinners, no record. We would be honoured if you could join us, with your partner if you wish. All travel and accommodation would be arranged by our office."),
("m o e MV", "Our sponsor, who has followed your contributions closely, will attend the September dialogue and has asked for a private hour with you. He is particularly keen to explore a longer-term advisory arrangement."),
("p o e O", "Our office uses a secure messaging app for logistics. Could you share your personal mobile number so that my assistant can add you? Work phones are often monitored, and we like our participants to feel free."),
("t s e X", "We find it works best if participants don't mention the dialogue in their professional circles. Not because anything is secret, but because the candour depends on it."),
("t o e U", "For tax reasons, our foundation pays honoraria through a partner organisation in Cyprus. If you prefer, the amount can also be settled in cash during the September meeting."),
("c s e C", "We were sorry not to see you at the last dialogue. The invitation remains open, and I would be delighted to hear your views on the new strategy whenever you have a moment."),
("e s e S", "Just a quick question from one of our participants: is the ministry's view of the icebreaker programme now more or less optimistic than what was said in parliament?"),
])

S("former_colleague_reconnect", "slow_rapport_building", [
("c s h C", "Long time no see!! It's Marek from the Gdańsk project, remember the night the test rig flooded? 😄 Saw you're at the shipyard now, congrats, that's a big job"),
("c s h C", "I left engineering two years ago, now I do consulting for a few foreign investors. Way better pay, honestly. You should think about it"),
("c s h CV", "One of my clients is looking for someone who knows naval shipbuilding from the inside. Just conversations, very well paid. I immediately thought of you"),
("p s h O", "Let's talk on Signal, my Polish number is dead, I'm using a new one: +48 555 019 233"),
("t s h P", "They'd love a few pages on how the yard is organised these days, who the main suppliers are, what the schedule looks like. Stuff you know in your sleep"),
("e s h S", "They were especially curious about the frigate programme, where it's slipping and why. No documents, just your sense of it"),
("e o h S", "could you maybe send a photo of the weekly progress board? just so they see the real state"),
("t s h X", "Keep it between us, yeah? The yard is paranoid about anyone talking to outsiders, you know how it is"),
("t s h U", "They pay in euros to a Cypriot account, I can help you set it up, it's what I use"),
("m s h M", "My main client is coming to Hamburg next month, he'd like to meet you over dinner. I'll be there too, like old times 🍻"),
("e s h S", "Hey, quick one - do you know who's on the acceptance trials team? My client wants to understand who signs off what"),
])

S("video_call_client_insistence", "video_meeting_push", [
("m o e MV", "My client would like a short video call with you this Thursday to discuss next steps. He will join from abroad and prefers that the call is not recorded."),
("m s e M", "He isn't comfortable with Teams or Zoom for privacy reasons. Could you install the app I'll send you? It's only for this call."),
("m o h MX", "Please take the call from home, not from the office, and on your personal laptop. It's better if nobody at work knows about it."),
("m s h M", "He'll keep his camera off, it's a habit of his, don't take it personally. He just wants to hear your voice and ask a few questions."),
("e o h S", "During the call he will ask about the upgrade timeline for the missile defence radar. Please prepare some notes in advance."),
("m o h MU", "After the call I'll send your fee via Bitcoin, USD 1,500, as agreed. He was very pleased last time."),
("m o h M", "He now wants to meet you face to face. He suggests Vienna in two weeks. Flights and hotel booked under your name, you just need to say yes."),
("p o h O", "For the Vienna details, please contact his assistant on Threema: ID 7XK29P4Q. She doesn't use e-mail."),
("m s h M", "If Vienna is too far, he can come to you. He just prefers to meet people he works with at least once."),
("t s h P", "He said your answers on the call were very valuable and he would like to continue on a monthly basis. Same fee, same arrangement."),
])

S("customs_trade_data_broker", "logistics_firm_elicitation", [
("c o i CP", "I work for Tradeline Insight, a start-up building trade-flow analytics. We pay customs professionals USD 400 per hour for their market knowledge. Your role at the border agency is very relevant."),
("c s i C", "It's rare to find someone who understands how goods actually move through the risk-targeting system. I'd love to pick your brain sometime."),
("t o h PV", "Our client wants to understand how your agency selects containers for inspection. A short write-up of the risk criteria would be perfect. USD 1,800."),
("e o h S", "Could you also look up a few consignees in your system and tell me which ones are flagged for enhanced checks? Only yes/no."),
("e s h S", "The published guidance is too general for the client. What they need is the part people inside learn on the job and never write down."),
("e o h SX", "Would it be possible to send the internal list of dual-use goods your team watches closely? The client promises it won't leave their office."),
("p o h O", "Let's take this to Telegram, t.me/tradeline_sam. The corporate chat logs everything."),
("t o h U", "Payment can be in USDT or to a card in your brother's name if that feels safer."),
("t o h X", "This obviously can't be mentioned at work. Customs is a small world."),
("m o h MV", "The client's logistics director will be in Almaty next month. He would like to meet you and discuss regular cooperation. Travel covered."),
("e s h S", "If a shipment from the list I sent ever gets held, a quick heads-up would mean a lot to them."),
])

S("ai_lab_eval_consulting_long", "ip_theft_recruitment", [
("c s i C", "I've been following your posts on evaluation methodology for a while, and your thread on contamination in benchmarks was one of the sharpest things I've read this year. I'm helping a small, well-funded group set up an evaluation practice from scratch and I think you'd find the conversation interesting."),
("c o i CPV", "To be concrete: my client is an overseas AI company that wants to catch up quickly. They pay USD 800/hour for advisory calls with researchers from frontier labs, no long-term commitment."),
("t s e P", "Thanks for the first call - they found it incredibly useful. Before the next one, they asked whether you could put together a short memo describing, in your own words, how a large lab decides a model is ready to ship: which evaluations come first, who looks at the results, what the thresholds feel like in practice, and where people disagree. You don't need to name anything; they're mostly interested in the shape of the process and the judgement calls, which never show up in the system cards. We'd treat it as a paid piece of work, of course, at the same rate as the calls, and I think you'd find it takes less time than you expect."),
("e o e S", "They'd also like the internal eval suite itself if that's possible - even a few example prompts from the dangerous-capabilities tests would let them calibrate."),
("e s e S", "They understand you can't talk about anything unreleased. But they'd value a sense of roughly how far ahead the next model is, compared with what's public. Just your gut."),
("p o e O", "Could we move to a personal e-mail? Your corporate one probably has DLP on it, and this is just between us. Mine is evalpractice.advisor.example@proton.me"),
("t o e X", "They'd prefer you not list this on your outside-activities form. It's informal and they value discretion."),
("t o e U", "Fees can be paid in USDC to any wallet, or via a consulting entity in Singapore so it doesn't show as income from a competitor."),
("m o e MV", "Their chief scientist will be at ICML in Vienna. He'd love to meet privately and talk about a senior role, or a research collaboration if you'd rather stay where you are."),
("e o e SX", "One more ask: the weights of the small internal model you mentioned. They'd pay very well and nobody would ever know it came from you."),
("m s e M", "He's offered to fly you out to their office for a week as a visiting researcher, all expenses covered, so you can see what they're building."),
])

S("job_scam_whatsapp_task_rating", "job_scam_task", [
("c o h J", "Hi! I'm Sophie from Nexaview Digital 😊 we're hiring part-time online assistants, 30-60 minutes a day, earn $150-$400 daily. Interested?"),
("c s h J", "Good afternoon, your number was recommended by a recruiting partner. We have a flexible opportunity that fits around your schedule. May I share the details?"),
("p o h JO", "Please add my colleague on Telegram for training: @nexaview_mentor_amy. She will guide you step by step 💼"),
("n o h J", "Your job is simple: rate hotels on our platform to improve their ranking. Each task pays commission, 40 tasks per set."),
("n o h JU", "To unlock the premium set you need to top up your account with 200 USDT. You get it back with 30% commission after completing the set!"),
("n o h J", "Congratulations 🎉 you hit a lucky combo order! To process it, please recharge 1,150 USDT. This happens to only 1% of our workers."),
("n o h JX", "Don't tell your family about the recharge, they won't understand how the platform works and they will worry for nothing."),
("n o h J", "Your account is frozen because your credit score dropped below 100. Pay the restoration fee of 500 USDT to withdraw your funds."),
("n s h J", "Everyone in our team went through this at the start, trust the process. By next week you'll be withdrawing every day 🙏"),
("n o h JU", "Withdrawals only via crypto wallet, bank transfers are not supported for international staff."),
("n s h J", "Today's tasks are ready! Complete them before midnight to keep your streak bonus ⭐"),
])

S("job_scam_crypto_trainee_fee", "job_scam_training_kit", [
("c o i J", "We are recruiting Junior Crypto Traders for our London desk. No experience needed, full training provided, salary £48,000 + bonus. Apply now!"),
("c s i J", "Thanks for applying. Your profile has been reviewed and we'd like to invite you to our accelerated onboarding programme."),
("n o e J", "Before your start date, all trainees must purchase our certified trading course (£349). This is refunded in your first salary."),
("n o e JU", "Please pay the course fee in Bitcoin to the wallet below. Card payments are not accepted for international compliance reasons."),
("p o e JO", "For faster processing please contact our onboarding manager at onboarding.tradedesk.example@outlook.com or WhatsApp +44 7700 900911."),
("n o e J", "To complete your KYC check, upload a photo of your passport and a recent bank statement."),
("n o h J", "Your trading account needs a minimum balance of £1,000 to activate your desk. Deposit now to secure your place."),
("n o h JX", "Please keep the programme confidential. Our trading strategies are proprietary and trainees have signed an NDA."),
("n s h J", "Only three places left in this cohort. Once they're gone, the next intake is in six months."),
("n o h J", "Your refund will be processed once you refer two friends to the programme."),
])

S("persuade_return_parents_video", "persuade_to_return", [
("n s h K", "Son, your mother and I had visitors today. They were very polite. They said if you come back for a short time to explain things, everything will be forgiven."),
("n o h K", "They want you to return before the end of the year. If you don't, they will take back the house. Please think of us."),
("n s h K", "Your father hasn't been sleeping. The officials say it's only a formality, a few conversations. Why are you so stubborn?"),
("n o h KO", "The officer asked me to give you his WeChat, he wants to talk to you directly: liu_guoan_0571. Please add him, for us."),
("m o h KM", "He said he can meet you in Bangkok if you don't want to come home yet. The government will pay for the flights."),
("n o h K", "They came to your sister's school. Her principal told her she may not be able to keep her job if you keep writing those articles."),
("n o h KX", "Don't tell anyone there about these messages, especially not your journalist friends. It will only make it worse."),
("c o h KS", "They say if you tell them who you meet with in Toronto, they will stop bothering us."),
("n s h K", "I'm only telling you what they told me. I just want to see you again before I get too old."),
("n o h KU", "They said if you send them proof that you stopped, with photos of what you deleted, they will release your uncle's savings."),
("n s h K", "The family in the village asks about you. They don't understand why a good child would stay away so long."),
])

S("dissident_spouse_pressure", "family_threats", [
("n o h K", "We know your husband writes for the overseas opposition website. Tell him to stop, or your parents' business will be investigated."),
("c o h KS", "You can help your family by telling us who visits your home and what they talk about. Nobody will know it came from you."),
("n s h K", "Your mother's pension review is next month. These things go more smoothly when everyone in the family behaves responsibly."),
("n o h KO", "Add me on Telegram, t.me/hometown_liaison9, and delete this message."),
("e o h KS", "Send us a copy of the list of members of your women's association and their addresses."),
("n o h KX", "Don't tell your husband that we contacted you. This is between you and us."),
("n s h K", "We are not your enemies. We just want to protect your family, and for that we need a little help from you."),
("n o h K", "If you don't answer by Sunday, your brother will lose his passport."),
("m o h KM", "A friend of ours will be at the community festival on Saturday. He'll find you. Please come alone and don't make a scene."),
("n s h K", "Your father asked us to tell you that he is proud of you, and that he hopes you'll make the right choice."),
])

S("air_traffic_control_headhunter", "fake_headhunter", [
("c o i CV", "I'm a senior consultant at Altus Partners Asia. One of our clients, a new aviation authority in the region, is looking for experienced air traffic controllers and system engineers to advise on their modernisation. The pay is exceptional."),
("c s i C", "Your time in the approach control unit and your work on the new surveillance system are exactly the kind of experience our client values. Could we have an informal chat?"),
("p o i O", "Could you give me a personal e-mail? Our attachments don't get through LinkedIn. Mine is altus.aviation.example@gmail.com"),
("t o e PV", "Our client would be grateful for a short paper on how your centre handles military traffic within civilian airspace, including coordination procedures. USD 2,500."),
("e o e S", "Could you also describe the backup procedures if the main radar fails, and the frequencies used for coordination with the air force?"),
("e s e S", "They feel the paper was a little too close to the published manuals. Could you add the practical workarounds that controllers actually use?"),
("t o e X", "Please don't discuss this with your supervisor. Our client's identity is confidential until the contracts are signed."),
("t o e U", "We can pay into a personal account in Hong Kong or in cash when you visit."),
("m o e MV", "The client's deputy director would like to meet you in Kuala Lumpur during the regional air navigation conference. Flights and hotel covered."),
("m s e M", "He would just like to get to know you before offering a longer-term advisory role. A dinner, nothing more."),
("c s e C", "I understand you may be busy with the new system rollout. Our client is patient and flexible, and would gladly arrange everything around your schedule."),
])

S("supplier_survey_defence_chain", "survey_pretext", [
("c o e CP", "Dear supplier, you have been selected to take part in the 2025 Defence Supply Chain Resilience Survey, run by the Continental Industrial Observatory. Participants receive a EUR 250 voucher on completion."),
("c s e C", "Your company was identified as a key tier-2 supplier to several primes. Your insights would help shape a more resilient industrial base."),
("t o e P", "Section 1 asks for your main defence customers, the programmes you supply, and annual volumes. All responses are anonymised."),
("e o e S", "Section 3: please list the subcomponents you source from single suppliers, with the supplier names and locations."),
("e s e S", "To make the analysis meaningful, we'd appreciate honest answers about where you are struggling to deliver on time, and which programmes are affected."),
("e o e SX", "Bonus section (EUR 500 extra): please attach your latest delivery schedule for the armoured vehicle programme. It will be treated in strict confidence."),
("p o e O", "Some respondents have trouble with our web form. You can also send your answers by WhatsApp to +32 470 55 50 19."),
("t o e U", "Vouchers can also be paid as cryptocurrency for respondents outside the EU."),
("m o e MV", "As a top respondent, you are invited to an exclusive workshop in Belgrade with our industrial partners. All travel is covered."),
("t s e P", "Thank you for your responses. We'd like to invite you to our quarterly panel, which tracks changes over time. Each update is compensated."),
])

# ======================================================================
# Benign, part 3
# ======================================================================

B("employee_reports_approach", "security_report", True, [
("e", "Hi Security team, I'm reporting a LinkedIn approach from someone calling herself a recruiter at 'Pacifica Talent Solutions'. She offered USD 500 an hour for consulting for an unnamed client and asked me to move to WhatsApp. I haven't replied. Screenshots attached."),
("e", "Follow-up to my report: she messaged again asking for a 'short paper on our product roadmap' and said payment could be in crypto. I've blocked her. Do you need anything else from me?"),
("e", "Thanks for the quick response. Yes, I'm happy to have a call with the counter-intelligence liaison. Tuesday afternoon works."),
("e", "I'm not sure if this is anything, but a former colleague I haven't spoken to in years suddenly invited me to dinner with 'an investor friend' who wants to hear about our work on the radar upgrade. It felt off, so I'm letting you know."),
("e", "Reporting a WeChat message from a person claiming to be from a think tank in Shanghai, inviting me to a conference with all travel paid and a private meeting with 'sponsors'. I've declined. Is there anything else I should do?"),
("e", "My daughter, who's at university, received a message offering a paid 'scholarship' in return for reports on her course. I know this isn't a work matter, but your awareness session mentioned exactly this. Who should she talk to?"),
("e", "Just to close the loop: the 'headhunter' I reported last month has now contacted two people in my team with the same script. I've told them to forward it to you."),
("e", "I received a call from someone saying they were from the vetting agency and asking about my colleagues' travel. I asked for a reference number and they hung up. Reporting it in case it's useful."),
("e", "Thank you for the feedback. It's reassuring to know that reporting doesn't count against me. I was embarrassed that I'd replied at first."),
("e", "Security, the message I received today says: 'Please keep this between us, my client values discretion.' It's from the same profile as before but with a new name."),
])

B("cleared_recruiter_us_phone", "recruiter_cleared_role", True, [
("i", "Hi Marcus, I'm a technical recruiter at Ridgeline Federal Staffing. We're filling a TS/SCI systems administrator role in Chantilly with a named prime contractor. Do you have 10 minutes for a call this week? My direct line is 703-555-0117."),
("i", "Sounds good, I'll call you tomorrow at 1pm Eastern. If you'd rather go through e-mail first, mine is m.ortega@ridgelinefed.example.com."),
("e", "Here's the job description. The customer is an intelligence community agency, so the role requires an active TS/SCI with CI polygraph. I can't share more about the program until you're in the interview."),
("e", "Just so you're aware, I will never ask you about the specifics of your current program. For the submission I need your clearance level, investigation date, and polygraph type and date. That's it."),
("e", "The client would like to interview you on site in Chantilly. They don't do remote interviews for this contract because of the facility requirements."),
("i", "Left you a voicemail - they want to move to an offer. Call me back when you can."),
("e", "Offer details: $158,000 base, 401k with 6% match, and a $5,000 sign-on. Your clearance will be transferred by the company's FSO; you don't need to do anything yourself."),
("e", "Reminder: our company will never charge you for anything during the hiring process, including clearance processing. If you get a message claiming otherwise, it's fraud."),
("i", "Hey, no hard feelings on passing. Let's catch up again in six months."),
("e", "The FSO will reach out from the company's official domain to schedule your indoctrination briefing. Please don't discuss the program with anyone until after that briefing."),
])

B("expert_network_pharma_chaperoned", "expert_network", True, [
("e", "Hello, I'm a project manager at Halcyon Insights, an expert network. Our client, a named healthcare investment fund, would like a 45-minute call on the general outlook for biosimilars in Europe. The fee is USD 400. Would you be interested?"),
("e", "Our client has asked that you do not share any confidential information about your employer or its products. If you currently work for a company developing biosimilars, we may not be able to proceed."),
("e", "We have recorded that you are a former employee of Vantor Pharma, having left 14 months ago. Our compliance policy requires a 6-month cooling-off period, which you meet."),
("e", "The call will be chaperoned by a member of our compliance team. They will stop the call if any question strays into confidential areas."),
("e", "Thank you for the call. The client found it very helpful. Payment will be made to your registered bank account within 10 business days."),
("e", "A second client would like a similar call. Could you confirm your availability for next week? The same compliance terms apply."),
("e", "Please complete the annual expert training, which covers insider trading, confidential information and our policy on government officials. It takes around 20 minutes."),
("e", "Note: we cannot engage current government employees, including staff at medicines regulators, under any circumstances."),
("e", "Your expert profile on the Halcyon portal is missing your current employment status. Please update it before we can schedule your next call."),
])

B("diplomat_spouses_association", "community_association", True, [
("e", "Welcome to the International Spouses Club of Vienna! Our coffee mornings are on the first Wednesday of each month at the Café am Ring, 10am. No need to register, just come along."),
("e", "We're organising a day trip to Melk Abbey on 12 May. Coach leaves from Karlsplatz at 8:30. EUR 45 per person including lunch, payable to the club's bank account."),
("h", "Hi ladies and gents! Don't forget the book club meets Thursday at Hanna's flat, we're discussing 'The Remains of the Day' ☕📚"),
("e", "A reminder from the committee: the club does not share members' contact details with anyone outside the membership, and we discourage discussion of our partners' work at club events."),
("h", "Anyone know a good paediatrician who speaks English? Our little one has an ear infection again 😩"),
("e", "The Embassy Community Liaison Office has asked us to remind members to be careful with new acquaintances who show unusual interest in their partners' jobs. They offer a short briefing on 3 March."),
("h", "Thank you all for the lovely farewell! We'll miss you so much. Come visit us in Santiago 💛"),
("e", "Volunteers needed for the charity bazaar in November. Each embassy runs a stall; all proceeds go to a local women's shelter."),
("h", "The German language exchange is on again - Tuesdays 6pm at the community centre, free"),
("e", "Annual membership is EUR 30 per family. Please pay by bank transfer with your surname as reference."),
])

B("student_abroad_parents_wechat", "family_chat", True, [
("h", "Mum, I got the money for tuition, thank you so much. I'll pay it tomorrow when the bank opens."),
("h", "Did you eat dinner? Don't just eat instant noodles every day, I saw your photo 😤"),
("h", "Your father transferred 8,000 for the rent. Tell us if the landlord gives you trouble."),
("h", "Exams start next week, I'll be quiet for a bit. Don't worry if I don't reply quickly."),
("h", "Grandpa asked when you are coming home for summer. He wants to take you fishing like when you were small."),
("h", "I booked the flight for 2 July! Arriving Chengdu at 6am. Don't make Dad get up so early, I'll take the airport bus."),
("h", "Your cousin is applying to universities in the UK too. Can you call her this weekend and tell her about your course?"),
("h", "The professor asked me to join his lab for the summer project. It's paid! But then I can only come home for two weeks 😢"),
("h", "That's great news! Work comes first, we'll come visit you instead. Send us the address of a hotel near you."),
("h", "I'm sending a red envelope for your birthday 🧧 buy yourself a warm coat."),
("h", "Mum please don't send any more dried food, customs opened the box again 😂"),
])

B("investor_relations_quiet_period", "work_email", True, [
("e", "Dear investors and analysts, Tessaron Semiconductor will report its third-quarter results on 24 October before market open. A conference call will follow at 14:00 CET; dial-in details are on the investor relations website."),
("e", "Please note that Tessaron is in its quiet period ahead of the results. During this time, the investor relations team cannot discuss the company's performance or outlook."),
("e", "Thank you for your request for a one-on-one meeting with our CFO. We are able to offer a 30-minute slot at the Capital Markets Conference in London on 6 November. The discussion will be limited to publicly available information."),
("e", "Internal reminder to all employees: only the CEO, CFO and Head of Investor Relations are authorised to speak to investors and analysts. If you are contacted by an analyst or fund asking about the company, please forward the request to IR."),
("e", "Employees are reminded that trading in Tessaron shares is prohibited during the closed period, which begins on 1 October and ends two days after the results are published."),
("e", "We have received several reports of 'expert network' requests asking employees for paid calls about our production yields. Please decline, and forward the request to Legal. You may not discuss non-public information with anyone outside the company."),
("e", "Our annual report and sustainability report are now available for download. Printed copies can be requested from the investor relations team."),
("e", "The replay of the results call will be available for 30 days. A transcript will be posted on the website within 48 hours."),
("e", "Tessaron will host a site visit for analysts at its Dresden fab on 15 May. Attendance is by invitation and travel is at the attendees' own expense."),
])

B("paid_market_research_named", "paid_user_study", True, [
("e", "Hello, I'm a recruiter for Lindenfield Research, a market research agency. We're conducting a paid study for a named telecom equipment vendor (Norwave) about how network engineers evaluate monitoring tools. It's a 60-minute online interview and pays GBP 120."),
("e", "You don't need to share anything about your employer's network or confidential practices. We're interested in your opinions about tool features and your experience as a user."),
("e", "Your interview is scheduled for Wednesday at 15:00 via Zoom. The interviewer, Hannah Fell, will share her screen to show some design mock-ups."),
("e", "The session will be recorded for internal research use only. You will be asked to consent at the start of the call, and you can withdraw at any time."),
("e", "Your incentive of GBP 120 will be sent via a bank transfer or an Amazon voucher, as you chose on the consent form, within 10 working days."),
("e", "Thank you for taking part. If you'd like to join our research panel for future studies, you can sign up on our website. Your data is handled under GDPR."),
("e", "We're screening participants for a diary study: 10 minutes a day for two weeks, writing about your experience with a new app. GBP 200 on completion."),
("e", "If you have any questions about the study or how your data is used, contact our data protection officer at dpo@lindenfield.example.com."),
("e", "Unfortunately you don't meet the criteria for this study. Thanks for your interest, and we'll contact you if another study fits your profile."),
])

B("dating_chat_genuine", "personal_chat", True, [
("h", "Hey! Your profile said you're an engineer - what kind? I'm a vet nurse so I mostly deal with grumpy cats 🐱"),
("h", "Haha aircraft parts, honestly it's less exciting than it sounds, lots of spreadsheets and meetings"),
("h", "I'm not on here much, want to swap numbers? Mine's 07700 900146, WhatsApp is easiest"),
("h", "Fair warning, I can't really talk about work much, it's a defence company and they're strict. But I can talk about hiking for hours 🥾"),
("h", "Totally fine, I don't want to hear about work anyway 😂 tell me about the hiking"),
("h", "Coffee on Saturday? There's a nice place by the river, Bean There"),
("h", "Had a really lovely time today. The dog at the next table stole the show though"),
("h", "My mum wants to know if you're 'the engineer'. I told her to calm down 🙈"),
("h", "Sorry for the late reply, work trip to Toulouse. Back Thursday, dinner Friday?"),
("h", "Friday works! I'll book the Thai place, my treat this time"),
("h", "Good morning ☀️ hope the meeting goes well today"),
])

B("discord_gaming_genuine", "friends_chat", True, [
("h", "gg lads, that last round was a disaster lmao"),
("h", "can't play tonight, on night shift at the depot again 😴"),
("h", "someone add me on telegram for the tournament group? @reefshark_plays"),
("h", "the milsim server update dropped, radios actually work now, huge"),
("h", "lol @Kestrel you play like you're on exercise, flanking everything"),
("h", "old habits haha, 6 years in the reserves does that"),
("h", "LAN in Manchester on the 14th, who's coming? tickets are £25"),
("h", "I'm in. can someone split an Airbnb? I'll send my share on PayPal"),
("h", "sending the steam gift card for your birthday, happy 30 old man 🎂"),
("h", "no politics in #general pls, take it to #offtopic"),
("h", "server maintenance sat morning, back by noon"),
])

B("alumni_association_mentoring", "alumni_networking", True, [
("e", "Dear alumni, the Westbrook University Alumni Association is launching its spring mentoring programme. Mentors are matched with final-year students in their field for four one-hour meetings. Sign up through the alumni portal by 1 March."),
("i", "Hi! Fellow Westbrook alum here (Class of 2012). I saw you're in grid operations now - I'm a career changer trying to get into the sector. Would you be up for a 20-minute chat about how you got started?"),
("i", "Thank you so much for the call yesterday, it was really helpful. I applied for the graduate scheme you mentioned!"),
("e", "The Alumni Association does not sell or share your contact details. If you receive a message claiming to be from us and asking for payment or personal information, please report it to alumni@westbrook-alumni.example.org."),
("e", "Reunion weekend is on 21-22 June. There'll be campus tours, a dinner in the Great Hall (GBP 45), and a family picnic on Sunday."),
("i", "Hey, we met at the alumni drinks in London. I'm hiring for a data engineer role at my company and thought of you. Want me to refer you? It's on our careers page."),
("e", "Your mentor match is Dr Helen Osei (Class of 2001), who works in renewable energy policy. She'll e-mail you from her work address to set up your first meeting."),
("e", "We're raising funds for the new student bursary. Donations can be made through the university's secure giving page. Every contribution counts."),
("i", "Congrats on the promotion! Saw it on the alumni newsletter. Coffee next time you're in Leeds?"),
("e", "Thanks for volunteering as a mentor. A reminder of the programme guidelines: meetings are career-focused, and mentors should not share confidential information from their employers."),
])

B("ai_lab_recruiter_genuine", "recruiter_pivot_email", True, [
("i", "Hi Elena, I'm on the research recruiting team at Cobaltline AI. We're growing our evaluations team in London and your work on benchmark contamination is really relevant. Would you be open to a chat? I can send details to your e-mail."),
("e", "Thanks for sharing your e-mail. I've sent the job description from my cobaltline.example.com address. The role is on site in King's Cross, three days a week."),
("e", "One thing we say to every candidate from another lab: please don't share anything confidential from your current employer during the process, including unreleased model details or internal evaluation results. Our interviewers are trained to stop you if it comes up."),
("e", "The interview process is: recruiter screen, a research conversation with the team lead, a take-home based on a public dataset, and a final onsite loop. Total time about four weeks."),
("e", "Our research conversation will be with Dr Tunde Bakare. He'll ask about your published work and how you approach designing new evals."),
("e", "Because some of our work is export-controlled, we'll need to confirm your right to work and citizenship before an offer. This is routine."),
("e", "We'd like to invite you to our London office for the final round. If you're travelling from outside London, we'll reimburse train fares."),
("e", "Offer letter attached. You'll also see a standard IP and confidentiality agreement. Please ask your own lawyer if you have questions about the non-solicit clause."),
("i", "Totally understand - congratulations on the promotion! Let's stay in touch."),
("e", "You'll need to sign our outside activities policy on your first day. Any paid consulting or advisory work must be approved in advance."),
])

B("election_poll_worker_recruitment", "work_email", True, [
("e", "The Linwood County Elections Office is recruiting poll workers for the November general election. Poll workers are paid $220 for Election Day plus $50 for the required training. Apply on the county website."),
("e", "Thank you for applying to be a poll worker. Your training session is on 14 October at the County Library, 6-9pm. Please bring photo ID."),
("e", "A reminder to all poll workers: you must not discuss how individual voters voted, and you must not share voter information with anyone outside the elections office."),
("e", "Election equipment is tested in a public logic and accuracy test on 28 October at 10am. Members of the public and the press are welcome to observe."),
("e", "Poll workers: if anyone contacts you claiming to be from the elections office and asking for passwords, equipment details or voter lists, do not respond. Call the office directly at 555-0163."),
("e", "Payment for your service will be made by direct deposit within 30 days of the election. Please complete the W-9 form on the county portal."),
("e", "Thank you for your service on Election Day! Please fill in the short feedback survey so we can improve training for next year."),
("e", "Chief election judges: please collect your supplies from the warehouse on Monday between 8am and 4pm. Bring your county ID badge."),
("e", "The county will livestream the canvass board meetings. Links will be posted on the elections office website."),
])

B("journal_special_issue_genuine", "journal_invitation", True, [
("e", "Dear Dr Novak, as guest editors of a special issue of the Journal of Power Systems Engineering on grid-forming inverters, we would like to invite you to submit a paper. The journal is published by the Institution of Electrical Practitioners. Submissions are peer reviewed through the journal's editorial system."),
("e", "The article processing charge is waived for invited papers in this special issue. Accepted papers will be published open access under a CC BY licence."),
("e", "Deadline for submissions is 31 May. Please submit through the journal's online system; we are not able to accept manuscripts by e-mail."),
("e", "Could you review a manuscript for the special issue? The review is confidential, as usual, and you should not use the unpublished findings for your own work. Reviewers are not paid but are acknowledged annually."),
("e", "Thank you for your review. The editor has reached a decision of major revision. Reviewers' comments will be shared with the authors anonymously."),
("e", "We have received your manuscript. It has been assigned to an editor and sent out for review. You can track its status in the editorial system."),
("e", "Reminder: the journal's policy requires authors to declare all funding sources and any conflicts of interest, including consulting work."),
("e", "Congratulations, your paper has been accepted. The proofs will be sent by the production team within two weeks."),
("e", "The special issue is now published. Thank you for your contribution. A launch webinar is planned for September."),
])

B("filipino_family_remittance", "family_chat", True, [
("h", "Anak, we received the padala, salamat! Your lola cried when she saw the new wheelchair 🙏"),
("h", "Ma, I sent 15,000 pesos through the remittance app, the code is in the email. Pick it up at the pawnshop near the church."),
("h", "When are you coming home? It's been three Christmases already. The kids don't remember your face anymore 😢"),
("h", "My contract ends in March, I'm trying to get leave for Holy Week. Don't tell Lola yet in case it doesn't work out."),
("h", "Your cousin Joy wants to work in Dubai too. Can you ask your agency if they're hiring? The real one, not the Facebook ones."),
("h", "Careful ha, Tita Rose's neighbour paid 50,000 to a fake agency for a job in Canada. Nothing happened. Only use POEA-registered agencies!"),
("h", "Send me a video of the new house roof, I want to see it finished"),
("h", "Can you call Papa on Sunday? It's his birthday, he won't say it but he misses you."),
("h", "Happy birthday Pa! 🎂 I'll send something extra this month for the party."),
("h", "Typhoon coming tomorrow, we're fine, we have rice and water. Don't worry, we'll message when the signal comes back."),
])

B("ordinary_work_email_project", "work_email", False, [
("e", "Hi all, the project review has moved to Thursday at 2pm in the Oak room. Please send me your slides by Wednesday noon."),
("e", "Attached are the minutes from today's meeting. Action items are highlighted; shout if I missed anything."),
("e", "Reminder: timesheets for October are due Friday. Finance will chase anyone who misses the deadline."),
("e", "The new coffee machine in the kitchen has arrived. Please don't put milk in the bean hopper (you know who you are)."),
("e", "I'll be on annual leave from the 20th to the 27th. Fatima will cover urgent requests in the meantime."),
("e", "Quick update on the supplier delay: parts are expected next Tuesday, so we're pushing integration testing by a week."),
("e", "Can everyone please update their availability for the offsite in the shared calendar? We need numbers for the venue by Monday."),
("e", "Thanks for all your hard work on the release. Drinks on me on Friday at the Red Lion, 5:30."),
("e", "The fire alarm test is on Wednesday at 11am. No need to evacuate."),
("e", "Budget approved for the new test rig. Procurement will raise the PO this week."),
])

# ======================================================================
# Suspicious, part 3
# ======================================================================

S("documentary_producer_naval_base", "media_cover_elicitation", [
("c o e CP", "I'm a producer at Tidewater Pictures, and we're developing a documentary series on life in the modern navy. We'd love to pay you as a technical consultant - GBP 400 a day - to make sure we get the details right. Your years at the submarine base would be invaluable."),
("c s e C", "We're at the very beginning, just listening to people with real stories. Yours, from what I've read, is a remarkable one. Would you let me buy you lunch?"),
("t s e P", "To help our writers, could you put together a short 'day in the life' on the base, covering how crews rotate, when boats come and go, and what the security routine looks like at the gate? We'll pay for the write-up on top of your day rate."),
("e o e S", "Our researcher asked whether you could sketch the layout of the waterfront and mark where the boats berth and where the maintenance sheds are. Just rough, for the set designers."),
("e s e S", "Viewers love authenticity. Any small details that outsiders never hear - nicknames for the boats, which ones have been having problems - would bring it to life."),
("e o h SX", "Could you find out when the next boat is due back from patrol? We'd love to film the return, but the press office won't tell us. Just between us."),
("p o e O", "Our production company uses a private WhatsApp group for consultants: +44 7700 900374. E-mail is too slow for us."),
("t o e U", "Our financier prefers to pay consultants in cash or via a production services company abroad. Let me know which suits you."),
("m o e MV", "One of our co-producers, who is funding the series, is in Gibraltar next week and would love to meet you. We'll cover the trip."),
("t o e X", "We'd appreciate it if you kept the project quiet for now, including with former colleagues. Broadcasters get very nervous about leaks."),
("m s e M", "Our co-producer has a yacht in the marina and suggested a relaxed afternoon on board, just to hear your stories first-hand."),
])

S("grid_security_consultant_pretext", "security_consultant_pretext", [
("c o e CP", "Sentinel Grid Assurance is a specialist cybersecurity consultancy for utilities. We are building a pool of independent assessors with hands-on OT experience, paid EUR 900 per day. Your background at the distribution operator is exactly what we're looking for."),
("c s e C", "People who have actually configured substation automation are rare in our industry. I'd value an hour of your time to understand how it's done in practice at your company."),
("t o e PV", "For a benchmarking study commissioned by a client, could you describe your company's remote access architecture for the substations - VPN vendor, jump hosts, and how third parties are authorised?"),
("e o e S", "The client would also like a copy of your most recent internal penetration test report. Redacted is fine."),
("e s e S", "Every operator has a few things that everybody knows are not quite right but that never get fixed. Those are the insights our client values most."),
("e o h SX", "Could you share the default passwords for the RTUs you've worked with? It's just for a comparison table, we won't tell anyone where it came from."),
("p o e O", "For confidentiality, please use my ProtonMail: sentinel.assessor.example@proton.me. Our corporate mail is handled by a third party."),
("t o e X", "Please don't share our questionnaire with your CISO. It's a confidential client study and we don't want to bias the results."),
("t o e U", "We can pay your day rate into a personal crypto wallet if you prefer to keep it separate from your salary."),
("m o e MV", "The client's technical director will be at the OT security conference in Doha. He would like to meet you privately. Travel covered."),
("t s e P", "Your first submission was excellent. The client would now like a similar description for the transmission side, if you have contacts there."),
])

S("returnee_talent_programme_semis", "talent_programme", [
("c o e CP", "Greetings! On behalf of the High-Level Overseas Talent Recruitment Office of the Yangtze New Area, I invite you to apply for our returnee programme. Successful candidates receive a RMB 3 million start-up grant and a laboratory, and may keep their current positions abroad."),
("c s e C", "Your achievements in EUV lithography have been noticed by our expert committee. Scientists of your calibre are precisely what our region needs, and we would be honoured to welcome you home."),
("t o e P", "As part of the application, please submit a project proposal describing the key technologies you can bring, including any processes your current employer is developing."),
("e o e S", "The committee would appreciate additional details on the pellicle materials your team is testing, which have not yet been published. This will strengthen your application."),
("e s e S", "We understand that some things cannot be said openly. The committee is interested in your own know-how, the things you carry in your head."),
("t o e X", "Participation in the programme should not be disclosed to your current employer or to any government agency abroad. This is standard practice to protect you."),
("t o e U", "Part of the grant can be paid to a bank account in Hong Kong or to relatives in China, according to your preference."),
("p o e O", "Please add our coordinator on WeChat, ID yna_talent_office, for further details. E-mail is not convenient for us."),
("m o e M", "You are invited to a five-day visit to the New Area in October, with all expenses paid. You will meet the leaders of the programme and visit the partner fabs."),
("m s e M", "The party secretary of the district would like to host you at a small dinner during your visit. It is an honour given to very few guests."),
("c s e C", "Many of our successful candidates spend only two months a year in the New Area, during their university holidays. It need not disrupt your life abroad."),
])

S("job_scam_payment_processor_mule", "job_scam_money_mule", [
("c o e J", "Vaultmere Payments is hiring remote Payment Processing Agents. Earn 10% commission on every transaction you handle. No experience required."),
("c s h J", "Hey, saw your CV on a job board. We have a home-based finance assistant role that's perfect for students. Easy money, flexible hours 👍"),
("n o h JU", "Our clients will send payments to your personal bank account. You keep your 10% and forward the rest by crypto to the address we give you."),
("n o h J", "Please open a new account at a digital bank for the work payments, and send us a screenshot of the login details so our compliance team can verify it."),
("p o h JO", "We only communicate on Telegram for security reasons: @vaultmere_ops"),
("n o h JX", "If your bank asks about the incoming payments, say they are from family. Never mention the job, it confuses them."),
("n o h J", "A payment of £4,800 has arrived in your account. Please forward £4,320 within the hour - delays cost our clients money."),
("n s h J", "You're doing great! Our top agents earn £3,000 a month just by being responsive."),
("n o h J", "Your account has been frozen? Don't worry, open another one at a different bank and send us the details."),
("n o e JU", "Commission is paid weekly in USDT to your crypto wallet."),
])

S("hometown_police_delete_posts", "overseas_police_station", [
("n o h K", "This is the public security bureau of your hometown. Your posts on social media have been reported. Delete them today."),
("n o h KO", "Call us back on WeChat video, ID jc_gongan_liaison, at 9pm Beijing time. If you don't, we will visit your grandparents."),
("n s h K", "Your grandparents are old. We don't want to trouble them, but we will have to ask them about you if you don't cooperate."),
("c o h KS", "We know you are in the WhatsApp group with the activists in Melbourne. Tell us who the admin is."),
("e o h KS", "Send us screenshots of the group members list and the messages about the rally."),
("n o h KX", "Don't tell the Australian police. They cannot help you, and your family is here with us."),
("n s h K", "Be sensible. You are still young and your future depends on the choices you make now."),
("m o h KM", "Our colleague will be in Sydney next month. He will call you to arrange a meeting at a café. Don't bring anyone."),
("n o h K", "Your cousin's application to the civil service has been put on hold. You know why."),
("n o h K", "If you come back for the holidays, you will be welcome. If not, we will assume you have something to hide."),
])

S("ports_harbour_pilot_nonnative", "infrastructure_elicitation", [
("c o i CP", "Good day sir, our company makes maritime analysis for shipowners. We are searching experienced harbour pilots for paid consulting, 300 euro per hour. Your experience in the naval port is very interesting."),
("c s i C", "Dear captain, it is not often one finds a pilot who knows both the commercial and the naval side of the port. My clients have big respect for this kind of knowledge."),
("t o h PV", "My client need small report about the channel depth, the tug availability, and the schedule of the naval ships in the harbour. For 2,000 euro."),
("e o h S", "Please also tell which berths are reserved for navy and when the big ships usually are coming in and going out."),
("e s h S", "Client say report is useful but it is all on the chart. They want the things only pilots know, the small secrets of the port."),
("p o h O", "Please write me on WhatsApp +30 69 5550 1482, here is not working good."),
("t o h X", "Please not tell harbour master about our work, it is private between us."),
("t o h U", "I can pay in cash when I come to the port, or to a card of your son."),
("m o h MV", "My client, the owner of the company, he come to Piraeus next month, he want invite you on dinner."),
("e o h S", "If you see the American ships arrive, please send me a short message with the name and time. Small bonus each time."),
])

S("quiet_patron_all_subtle", "slow_rapport_building", [
("c s e C", "I hope you won't mind a note out of the blue. I read your chapter on reactor licensing in the collected volume last year and have thought about it often since. I spend my retirement helping a few friends abroad understand how things work here, and I find that an hour with someone who has lived it is worth more than a shelf of reports. If you ever have an evening free, I would be delighted to hear your thoughts over a good meal."),
("c s e C", "It was a real pleasure to meet you. My friends were fascinated by your account of the inspection cycle, and one of them asked whether you might be willing to continue the conversation from time to time. They are generous people and would want to recognise your time properly."),
("p s e O", "Perhaps it would be simplest if we spoke by phone rather than writing - I'm hopeless with e-mail and I suspect you get far too much of it at the office. Could you give me a number that reaches you in the evenings?"),
("t s e P", "My friends wondered whether you might jot down a few pages, in your own words, about how the regulator is preparing for the new reactor designs. Whatever you think is interesting. They would, of course, see that you are thanked appropriately."),
("e s e S", "They were very grateful for your notes. What struck them most were the passages about the debates inside the office - which questions are still open, who is arguing for what. They would love to hear more of that."),
("e s e S", "Is the decision on the site still going the way you expected when we last spoke? My friends always appreciate hearing where things stand before the newspapers catch up."),
("t s e X", "I've always found that these friendships work best when they remain personal. There is no reason to mention our conversations to your colleagues; they would only misunderstand."),
("t s e U", "My friends asked me to give you this envelope as a small thank you. They thought it more elegant than a transfer."),
("m s e M", "One of my friends will be in Geneva in May and has asked whether you might join him for a few days at his family's chalet. He is very keen to meet you, and everything would be arranged."),
("e s e S", "You mentioned last time that a draft of the safety assessment was circulating. My friends would be so interested to know its general direction, if you happened to have a moment with it."),
("c s e C", "I was sorry to hear about the reorganisation in your department. If you ever felt like a change, my friends know people who value experience like yours far more than your current employer seems to."),
])

S("alumni_network_subtle_pivots", "alumni_mentor_cover", [
("c s i C", "Saw from your profile that we both studied at the Institute of Technology - small world! I mentor a handful of younger alumni working in telecoms policy and try to open doors where I can. Happy to compare notes any time."),
("p s i O", "I'm rarely on this site these days. If you'd like to keep talking, just drop me a line on the number in my profile - I answer messages there much faster."),
("p s h O", "Shall we move over to the other app? The one with the green icon. This one feels a bit public for career talk."),
("p s e O", "My university address is being retired, so please write to me at my personal one from now on; I've put it at the bottom of this message."),
("c s h C", "You're on the spectrum auction team, aren't you? That must be fascinating right now. I know some very thoughtful people who'd love to hear how someone in your seat sees it."),
("t s h P", "One of them asked if you'd write a short note on how the auction rules are likely to be finalised. Nothing formal. They're the kind of people who say thank you properly."),
("e s h S", "They loved it. If anything changes in the draft before it goes out for consultation, they'd be grateful to hear first."),
("t s h X", "No need to mention our little exchanges at work, of course. Mentoring is personal."),
("m s h M", "One of them is passing through Singapore next month and would love to take you to dinner. He'll sort out the details if you can get away."),
("e s h S", "Any idea yet which operators the ministry is quietly hoping will bid? Just curious what the mood is."),
])

# ======================================================================
# Benign, part 4
# ======================================================================

B("exec_search_telecom_long", "recruiter_confidential_search", True, [
("e", "Thank you for taking my call earlier, and apologies again for catching you between meetings. As promised, here is a fuller picture in writing. I'm a partner at Ashcombe & Reyes, an executive search firm, and we have been retained by the board of Meridia Telecom, a mid-sized operator in the Nordics, to find their next Chief Technology Officer. The search is confidential in the sense that the incumbent has not yet announced his retirement, so I'd ask you not to share the name of the company for now; it will become public with the announcement in the spring. The role covers the radio and core networks, IT and the security operations centre, with about 900 people. The board's priorities are the migration to a cloud-native core, the vendor swap that the national regulator has mandated, and rebuilding trust after last year's outage. I've attached the position specification, which includes the compensation structure, and our firm's privacy notice explaining how we hold your data. The next step, if you are interested, would be a longer conversation with me by video, followed by meetings with the chair and two non-executive directors in Stockholm, at Meridia's expense. Please don't send me anything from your current employer beyond your own CV; we assess candidates on their track record and their thinking, not on what they can bring with them. I'm on +46 70 555 0193 or at my ashcombe-reyes.example.com address."),
("e", "Many thanks for your reply. I've booked a video call for Tuesday at 16:00 CET through our firm's Teams. You'll receive the invitation from our calendar shortly."),
("e", "Following our call, I have spoken with the chair. She would like to meet you in Stockholm on 12 March. Meridia's travel team will contact you directly to book flights and a hotel."),
("e", "The board will ask you to present your view of the first 100 days. Please base this on public information about Meridia only. They are very clear that they don't want confidential information about your current company."),
("e", "A practical point: Meridia will run a background and reference check through a specialist firm, Kellerby Screening, once you reach the final stage. They will ask for your consent before contacting anyone."),
("e", "The board has decided to make you an offer. The chair would like to call you personally tomorrow. I'll send you the draft terms afterwards so you can review them with your own lawyer."),
("e", "As expected, your current employer has a six-month non-compete. Meridia's legal team has proposed a garden leave arrangement; I'll walk you through it by phone."),
("e", "The announcement is scheduled for 3 April at 08:00 CET. Until then, please keep the appointment confidential, including within your own company."),
("e", "Congratulations again. It has been a pleasure working with you. I'll check in after your first 100 days to see how things are going."),
])

B("gifts_hospitality_policy_defence", "security_compliance", True, [
("e", "Gifts and hospitality: a reminder. Employees may not accept gifts, cash, travel or hospitality from suppliers, customers or foreign officials above GBP 50 without prior approval through the G&H register. Cash and cash equivalents, including gift cards and cryptocurrency, may never be accepted. If you are offered an all-expenses-paid trip to a conference or a meeting abroad, even one that seems harmless, please log it and speak to the Compliance team before replying. Offers to pay you personally for 'reports', 'opinions' or 'consulting' relating to your work must be reported to Security."),
("e", "I'd like to log an offer: a supplier has invited me to their factory in Shenzhen with flights and hotel paid, to inspect a new production line. Is that acceptable if my manager approves?"),
("e", "Thanks for logging it. Supplier-paid travel for a genuine business purpose can be approved, but the company will pay for your flights and hotel instead, and you'll need a pre-travel security briefing."),
("e", "Please decline the invitation to the supplier's private dinner during the tender period. You may attend the public reception at the trade show."),
("e", "The annual G&H declaration is now open. Please confirm that you have registered all gifts and hospitality received in the past year, including those you declined."),
("e", "A reminder for the holidays: hampers from suppliers should be declined politely or donated to the office raffle, with a note in the register."),
("e", "Q: A former colleague now working for a foreign consultancy offered to pay for my flight to a workshop in Dubai. Do I need to log it? A: Yes, and please tell Security about the contact too."),
("e", "Your declaration of a dinner with the engine supplier's sales team has been approved. Thank you for registering it promptly."),
("e", "The Compliance team will be running drop-in sessions on the new anti-bribery training module every Thursday in March."),
])

B("think_tank_paid_fellowship", "commissioned_publication", True, [
("e", "The Lindqvist Centre for Security Studies invites applications for its 2025 non-resident fellowships. Fellows receive a stipend of EUR 6,000 to write two signed policy papers, published on our website, and to speak at one public event."),
("e", "Thank you for your application. The selection panel, whose members are listed on our website, will meet in June. Shortlisted candidates will be interviewed by video."),
("e", "Congratulations, you have been selected as a 2025 non-resident fellow. Your fellowship agreement, including the editorial independence clause and the list of our funders, is attached."),
("e", "Our papers are based on open sources and on interviews conducted on the record. Please don't include classified or confidential information, and check with your employer's press office if you currently work in government."),
("e", "Your first draft has been sent to two external reviewers. You'll receive their comments within three weeks, along with the editor's suggestions."),
("e", "The public launch of your paper will be held at our Stockholm office on 4 November, with a livestream. Your travel and one night's accommodation will be booked by our events team."),
("e", "Our funders include three foundations and two foreign ministries; all are listed on our website with the amounts. Funders have no say over fellows' research or conclusions."),
("e", "Your stipend will be paid in two instalments by bank transfer, against invoices, on publication of each paper."),
("e", "Several journalists have asked to interview you after the launch. Our communications team can help with media training if you'd like."),
])

B("ports_recruiter_genuine", "recruiter_phone_call", True, [
("i", "Hello Captain Rossi, I'm a recruiter at Blue Anchor Maritime Recruitment. We're working with the Port of Valmora on a Harbour Master vacancy. It's a public role and the ad is on the port's website. Could I call you to discuss?"),
("i", "Thanks, I'll call you on Thursday at 10:00. My office line is +44 1632 960551 if you'd prefer to call me."),
("e", "As discussed, here's the job description and the port's application form. Applications go through the port authority's recruitment portal; I'll guide you through the process."),
("e", "The interview panel includes the port's CEO and a representative of the maritime administration. They'll ask about your experience with traffic management and emergency response."),
("e", "The port requires a security vetting check for this role because of the naval berths. Their HR team will send you the forms; I don't handle any of your personal data beyond your CV."),
("e", "The interview will be on site in Valmora on 22 May. The port will reimburse travel expenses against receipts."),
("e", "Good news: they'd like to offer you the role. HR will send the written offer from the port's own e-mail address in the next few days."),
("i", "Congratulations, Captain! It was a pleasure working with you."),
("e", "One reminder from my side: please don't bring any documents from your current port, including operational procedures. The port will train you on their own systems."),
])

B("visiting_scholar_host_genuine", "academic_collaboration", True, [
("e", "Dear Professor Adeyemi, I am delighted to confirm that your visiting scholar application to the Department of Chemistry at Kingsmere University has been approved by the Faculty. Your visit from 1 September to 31 December will be hosted in my group."),
("e", "Before your arrival, the university's research security office will carry out a routine check, as required for all visitors working in laboratories. They may ask a few questions about your funding and affiliations."),
("e", "Please note that some of our projects are funded by industry and are subject to confidentiality agreements. Visitors don't have access to those projects; you'll work on the open catalysis project we discussed."),
("e", "I've added you to our group's Slack for practical questions. My PhD student, Mei Tanaka, can help you find accommodation; she has sent you a message on WeChat as you suggested."),
("e", "Your university ID card will be ready on your first day. You'll need to attend a lab safety induction before you can use the fume hoods."),
("e", "We'd love you to give a seminar on your work in October. It will be open to the department and advertised on the website."),
("e", "Regarding the joint paper: let's agree authorship now, following the department's guidelines, to avoid misunderstandings later."),
("e", "It's been a pleasure having you in the group. I hope we can continue collaborating; our research office can help set up a formal agreement between our universities."),
("e", "A friendly reminder that lab notebooks and data generated here stay with the group; you're welcome to take copies of anything from the open project for our joint paper."),
])

B("ngo_volunteer_genuine", "volunteer", True, [
("e", "Thank you for signing up to volunteer with Clearwater Relief. Our next orientation session is on Saturday 3 May at 10am at our office on Marsh Lane. Please bring photo ID for the DBS check."),
("e", "Clearwater Relief is a registered charity (no. 1098765). Our accounts and list of major donors are published on the Charity Commission website."),
("h", "Hi all, the food bank shift on Tuesday needs two more people. Reply here if you can make it 🙏"),
("e", "We never ask volunteers for money, and we will never ask you to share personal information about the families we support outside our secure system."),
("e", "We're recruiting volunteers for our refugee welcome programme. Volunteers help families with practical tasks like registering with a GP. Training is provided."),
("h", "Thank you to everyone who helped with the winter coat drive - 340 coats donated! 🧥"),
("e", "Volunteer expenses (travel, lunch) can be claimed through our expenses form. Please attach receipts."),
("e", "Our annual report is out. It includes case studies, with the consent of the families involved, and a full breakdown of where donations go."),
("h", "Reminder: volunteer social at the Crown on Friday, 7pm, first round on the charity (within reason 😄)"),
])

B("ordinary_choir_group_chat", "friends_chat", False, [
("h", "Rehearsal tonight at 7:30, church hall. Basses please bring your folders, we're doing the Fauré"),
("h", "Running late, save me a seat next to the radiator"),
("h", "Does anyone have a spare copy of the Rutter? Lost mine again 🙈"),
("h", "Concert tickets are on sale! £12, £8 concessions. Tell your friends"),
("h", "Can someone give me a lift on Saturday? My car's in the garage"),
("h", "Happy birthday Moira!! 🎂🎶"),
("h", "Please learn the alto line in bar 42, it was a bit wobbly last week 😬"),
("h", "Tea rota for next month is up on the noticeboard"),
("h", "Great concert everyone, the audience loved it. Pub?"),
("h", "No rehearsal next week, half term"),
])

B("ordinary_home_renovation", "personal_chat", False, [
("h", "Hi, it's Dave the builder. We'll start on the kitchen Monday at 8. Can you leave the side gate open?"),
("h", "No problem, I'll leave a key under the pot too"),
("h", "We found some damp behind the old units, I'll send photos. Not serious but we should treat it before the new units go in"),
("h", "Thanks for the photos. Go ahead, how much extra?"),
("h", "About £250 for the treatment and an extra day. I'll put it on the invoice"),
("h", "Worktops arriving Thursday, the delivery driver will call you 30 min before"),
("h", "Sorry, van broke down, we'll be there after lunch"),
("h", "All done! Have a look and let me know if there's anything you're not happy with"),
("h", "It looks amazing, thank you! Invoice paid by bank transfer just now"),
("h", "Cheers, received. Enjoy the new kitchen 👍"),
])

B("ordinary_team_travel_planning", "work_email", False, [
("e", "Hi team, the offsite in Lisbon is confirmed for 9-11 June. Please book your flights through the company portal by 15 May."),
("e", "Hotel rooms have been reserved under your names at the Hotel Alfama. Breakfast is included; dinners on the first and second nights are team dinners."),
("e", "Agenda attached. Day 1 is strategy, day 2 is workshops, day 3 morning is free before flights."),
("e", "If you have dietary requirements, please reply by Friday so we can tell the restaurant."),
("e", "A few people asked about bringing partners: they're welcome to join the team dinner on the second night at their own cost."),
("e", "Reminder to take your company laptop only if you need it; there's no work session that requires it."),
("e", "The airport transfer will be waiting at arrivals with a sign. The driver's number is in the travel pack."),
("e", "Thanks for a great offsite, everyone. Please submit your expense claims within two weeks."),
("e", "Photos from the offsite are in the shared drive. Let me know if you'd like any removed."),
])

# ======================================================================
# Part 5: two more job-scam schemes, one more ordinary family
# ======================================================================

S("job_scam_laptop_host", "job_scam_remote_access", [
("c o i J", "Remote IT Support Associate - US based applicants only. $28/hr, no interview, start this week. We just need a reliable person with home wifi to help our offshore engineers."),
("c s h J", "Hi Kayla! Got your details from the job board. We have a super simple home-based role, perfect if you want extra income around your day job 🙂"),
("n o h J", "Your job: our client company will ship 4 work laptops to your address. You plug them in, keep them on 24/7, and install the remote access tool we send you. That's it!"),
("n o h JX", "If the client's IT department ever calls, just say you are the employee. Don't mention us, it breaks the contract."),
("p o h JO", "Let's continue on Telegram, my handle is @devstaff_ops_nina. Texts get lost here."),
("n o h J", "We also need you to accept the background check in your name so the laptops are registered to you. We'll cover everything."),
("n o h JU", "Pay is $400/month per laptop, sent to your Cash App or in USDT, your choice."),
("n s h J", "Some of our hosts have been doing this for two years, zero problems. Honestly the easiest money I know of."),
("n o h J", "Please join the client's onboarding video call with your camera off and let our engineer answer the questions. Just log in with your name."),
("n o h J", "One laptop has a new security token arriving by mail. Please forward the code to me as soon as it comes."),
])

S("job_scam_exam_fee_govt", "job_scam_fee", [
("c o h J", "Congratulations! You are shortlisted for Assistant Clerk post in the Railway Department. Salary Rs 35,400. Confirm by paying exam fee."),
("n o h JU", "Pay Rs 2,500 exam registration fee by UPI to the officer's number 98XXX 55501 within 24 hours, otherwise seat is cancelled."),
("n o h J", "Your written exam is cleared. Medical test fee Rs 6,000 and document verification fee Rs 4,500 must be paid before joining letter is issued."),
("p o h JO", "Don't call the department office, they are not aware of this special quota. Talk only to me on WhatsApp."),
("n s h J", "Many candidates from your district have already joined through this route. Don't miss the chance, government job is secure for life."),
("n o h JX", "Keep the special quota secret, other candidates will complain and the posts will be cancelled."),
("n o h J", "Send scanned copies of Aadhaar, PAN and bank passbook for the salary account."),
("n o h J", "Joining letter will be couriered after you pay the final security deposit of Rs 25,000, which is refundable after probation."),
("c s h J", "Dear candidate, your application reference is under consideration. Kindly stay reachable on this number for the next process."),
("n o h J", "Last date to pay is today. After this, your file goes to the waiting list."),
])

B("ordinary_parents_school_run", "personal_chat", False, [
("h", "Can you do pickup today? I'm stuck in a meeting till 4"),
("h", "Yep, I'll get both of them. Football kit is in the car?"),
("h", "It's in the hall, I forgot it again 🤦"),
("h", "Teacher says Leo needs a costume for Friday, something 'Victorian'. Help"),
("h", "Flat cap and a waistcoat, done. I'll dig out my grandad's cap"),
("h", "Dinner's in the oven, 180 for 20 min. Don't let them have ice cream first"),
("h", "Too late 😂"),
("h", "Parents' evening is Tuesday 6:10, can you make it?"),
("h", "I'll try, might be 10 min late from the station"),
("h", "Mia lost a tooth! Tooth fairy rate is still £1 right? Don't want inflation in this house"),
])

# ======================================================================
# Part 6: longer messages added to families defined above
# ======================================================================

def MORE(slug, msgs):
    for fslug, kind, label, lookalike, out in FAMS:
        if fslug == slug:
            for code, text in msgs:
                if label == 1:
                    st, sb, rg, cats = code.split()
                    out.append({"label": 1, "stage": STAGE[st], "subtlety": SUB[sb], "register": REG[rg],
                                "categories": [CAT[c] for c in cats], "text": text})
                else:
                    out.append({"label": 0, "register": REG[code], "text": text})
            return
    raise KeyError(slug)


MORE("semiconductor_ir_firm", [
("c s i C", "I'll be honest about why I'm writing, because I think you'll appreciate it. The people I work for manage a lot of money and they are tired of reading the same sell-side notes as everyone else. Every quarter they are surprised by something that the engineers on the line knew months before: a tool that never quite qualified, a yield curve that flattened, a customer that quietly pushed out its orders. They have come to believe that the only way to understand this industry is to listen to the people who actually run it, and they are prepared to pay properly for that privilege. You would set the pace and the topics. Nobody would ask you for documents or anything with your company's name on it; they simply want to hear how things look from where you sit. If that sounds worth twenty minutes, I'd be glad to explain how it works."),
])
MORE("fake_journal_ai_lab", [
("t o e PV", "Further to your acceptance of the board position, please find below the guidance our sponsors have asked us to share with new reviewers. Reviews should be written with the needs of our industrial readership in mind. Beyond the usual assessment of novelty and soundness, we ask reviewers to indicate, as concretely as possible, how the submitted methods compare with the practices at their own institution: the scale of the clusters used, the data mixtures, the evaluation suites and the internal thresholds that determine whether a model is considered ready. Where the manuscript omits an important detail, please supply it from your own experience, so that our readers can judge the work against the real state of the art rather than the published one. Reviews are never shared with authors in full, and reviewers' identities are known only to the editor-in-chief. The stipend for each review is USD 1,000, paid within a week of submission."),
])
MORE("students_abroad_scholarship", [
("c o e CPV", "Dear student, the Silk Bridge Foundation was established by a group of entrepreneurs who believe that young people studying abroad deserve more support than they usually receive. Each year we select a small number of students in science and engineering for a private award that covers part of their living costs. In exchange, we ask only that award holders stay in touch with us through short reports, written in a relaxed style, about their studies, their teachers and the opportunities around them. Our advisers, who include senior people in industry and government at home, read these reports with great interest, because they help them understand how leading universities abroad are organised and which research directions are promising. The award is confidential: we prefer that recipients do not list it on university forms or discuss it with classmates, as this can create jealousy. If you are interested, please reply with your WeChat ID and our coordinator will contact you to arrange the first payment."),
])
MORE("overseas_station_student_coercion", [
("n o h KX", "Let me explain your situation clearly, since you seem not to understand it. You are a citizen, and you are living abroad on a passport that was issued by us and can be cancelled by us. Your parents live in a flat that belongs to your father's work unit. Your younger brother hopes to take the university entrance exam next year. All of these things are normal and can stay normal. We are not asking for much: that you stop going to those meetings, that you tell us who organises them, and that you come to our office when you are invited. If you do this, nobody needs to hear about it and your family will never know there was a problem. If you go to the British police or the newspapers, we will take that as your answer. Think about it tonight and reply tomorrow."),
])
MORE("job_scam_data_entry_cheque", [
("n o e JU", "Welcome aboard! We are excited to have you join the Hollybrook Logistics remote team. Here is an overview of your first week. On Monday you will receive a check by overnight courier to cover your home office setup. Please deposit it using your bank's mobile app as soon as it arrives, and send a screenshot of the deposit confirmation to your hiring manager on Telegram. Once the funds show as available, you will purchase your equipment from our approved vendor, who supplies the software licences that our systems require. Payment to the vendor is made by Zelle or Bitcoin ATM; instructions will be sent separately. Do not buy equipment from any other store, as it will not be compatible. Any funds left after the purchase are yours to keep as a signing bonus. Training begins on Wednesday via Google Chat, and your first paycheck will be issued two weeks from Friday. Please do not share these instructions with anyone outside the company."),
])
MORE("municipal_procurement_broker", [
("e s e S", "I very much enjoyed our conversation last week, and my client asked me to thank you again for your candour. Reflecting on it, he wondered whether you might help him with one more thing. He feels that his company's proposals for city contracts have sometimes missed the mark, not because the product was wrong, but because they misunderstood what the people in the room really cared about. He would find it immensely valuable to hear, from someone who has sat on these panels, how the discussions actually go once the envelopes are opened: which arguments carry weight, who tends to lead, what makes a panel nervous. If there is a contract coming up in the next few months where you have a sense of how the thinking is developing, that would naturally be of special interest. He would, of course, show his appreciation as before."),
])
MORE("romance_to_tasking", [
("e s h S", "I was thinking about you all day at the shop. You know what I love about you? You are so clever but you never show off, not like the boys I knew before. I tell my friends my boyfriend builds aeroplanes and they don't believe me 😂 I want to know everything about your life, the boring parts too, that's how you really know someone. What are they making you work on now that makes you come home so tired? Is it the new contract you were talking about with your colleague on the phone? You can tell me, I won't understand half of it anyway 🙈 and I will never tell anyone, you know that. I just want to be part of your world. Also my cousin asked again if you thought about his offer. No pressure my love, but it would be nice for our trip ❤️"),
])
MORE("expert_network_grid_compliance", [
("e", "Thank you for registering with Calloway Expert Network. Before we can invite you to any consultation, we ask every expert to read and accept our terms, and I'd like to highlight the points that matter most. First, you must not disclose confidential information belonging to any current or former employer, client or other third party, or any material non-public information about a listed company. Second, if you are a current employee, you confirm that consulting with us does not breach your employment contract or your employer's policies; if you are unsure, please ask your employer before accepting. Third, we do not engage current government officials or employees of state-owned enterprises. Fourth, every consultation is booked through our platform, with the client's name disclosed to you in advance, and payment is made only by bank transfer to an account in your own name. We never pay in cash or cryptocurrency and we never ask experts to move conversations to personal messaging apps. You may decline any question, and our compliance team may listen to calls to make sure these rules are respected."),
])
MORE("family_wechat_mother_gift", [
("h", "Xiao Mei, your father and I talked last night and I want to tell you something, but don't be angry with me. We know your work in London is important and we are very proud. Every time the neighbours ask, your father says my daughter is an engineer in England, and he stands up straight like a soldier 😄 But we are getting older. Your grandmother has bad knees now and can't climb the stairs alone. We are not asking you to come back for good, only to come home for a few weeks this year if your company lets you. We will pay for the ticket, I already put some money aside. You don't need to bring presents, just bring yourself. And if you have a boyfriend, you can bring him too, your father says he promises not to ask too many questions (I don't believe him). Call me when you wake up. Mama."),
])
MORE("hr_nda_reminders", [
("e", "All staff: as we approach the launch of our new product line, we want to explain why you will see more reminders about confidentiality over the coming weeks, and what they mean in practice. Until the public announcement on 18 September, the product name, pricing, launch date and the names of our launch customers are confidential. Please don't mention them outside the company, including on LinkedIn, in conversations with recruiters, at conferences or in casual chats with friends who work in the industry. If someone asks you about the launch, you can say that you can't comment on unannounced products, which is true for every company. This also applies to people who say they are analysts, journalists or consultants; please refer them to the Communications team, who are happy to speak to them. Inside the company, please share launch documents only through the project SharePoint, not by e-mail attachments or personal cloud storage. None of this is about distrust. It protects the work of hundreds of colleagues and the commitments we have made to our customers. Thank you."),
])
MORE("singapore_university_speaker", [
("e", "Thank you for accepting our invitation. To help you plan, here is a summary of the arrangements. The symposium will be held at the university's Innovation Centre on our Kent Ridge campus. Your keynote is scheduled for 09:30 on 14 October and is 40 minutes long, followed by 15 minutes of questions moderated by our Dean. All sessions are open to the public and recorded; if there is any part of your talk you would prefer not to be published, just tell us and we will cut it from the video. Our travel office will book a return economy flight from your home airport and four nights at a hotel near campus; please send your preferred dates and your passport name. The honorarium of SGD 2,000 is paid after the event by bank transfer to your own account, and our finance office will ask for a completed payee form through the university's secure portal. If your employer needs a formal letter for approval, we'll gladly provide one signed by the Dean. We look forward to welcoming you to Singapore."),
])
MORE("employee_reports_approach", [
("e", "Hello Security, I'd like to report something that has been bothering me for a few weeks. In August a man I met at a trade fair in Munich sent me a friendly e-mail. He said he worked for a consultancy in Vienna and that his clients wanted to understand the European market for armoured steel. We had two calls, which felt like ordinary market chat, and he paid me EUR 500 for a short summary of public trends, which I declared on the outside-activities form. Last week he asked whether I could describe the delivery schedule for our current programme and the problems we've had with the supplier in Poland. He said his client didn't need documents, just my impressions, and that it would be best not to mention it at work. He also invited me to meet his client in Belgrade with travel paid. I haven't answered. I've attached all our correspondence and the payment confirmation. I'd appreciate advice on what to do next."),
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
