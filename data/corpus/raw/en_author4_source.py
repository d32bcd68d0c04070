#!/usr/bin/env python3
"""Fourth author's English training families (both classes), hand-written.

Every message body below was written by hand for this project; names, firms, handles, numbers and
addresses are invented (e-mail domains example.com / example.org or free-mail handles containing
"example"; phone numbers from fiction ranges).  Bodies carry no greeting or sign-off: the corpus build
adds those from a shared pool.

Run ``python en_author4_source.py`` to rewrite ``en_author4.jsonl`` byte for byte;
``--check`` validates and prints counts without writing.
"""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

OUT = Path(__file__).with_name("en_author4.jsonl")

CAT = {
    "cred": "credential_targeting", "off": "off_platform", "paid": "paid_task", "vague": "vague_client",
    "sens": "sensitive_info", "meet": "client_meeting", "secr": "secrecy", "pay": "unusual_payment",
    "coer": "coercion", "scam": "job_scam",
}
STAGES = ("contact", "pivot", "tasking", "elicitation", "meeting", "none")
REGISTERS = ("chat", "email", "inmail")

FAMILIES: list[dict] = []


def S(slug: str, kind: str, register: str, msgs: list[tuple]) -> None:
    """A suspicious family. Each message: (stage, "cat cat", "o"|"s", text[, register])."""
    FAMILIES.append({"slug": slug, "kind": kind, "label": 1, "register": register, "msgs": msgs})


def B(slug: str, kind: str, register: str, msgs: list, lookalike: bool = True) -> None:
    """A benign family. Each message: text, or (register, text)."""
    FAMILIES.append({"slug": slug, "kind": kind, "label": 0, "register": register, "msgs": msgs,
                     "lookalike": lookalike})


# ---------------------------------------------------------------------------------------------------
# Families (numbered in definition order)
# ---------------------------------------------------------------------------------------------------
S("talent_acquisition_avionics", "fake_talent_acquisition", "inmail", [
    ("contact", "cred vague", "o", "I head talent acquisition for Hengrui Aero Systems Partners, and your profile came up in a search for engineers with certified flight-control software experience. We support a client building a regional jet programme and they want people who have been through DO-178C certification from the inside. The role is advisory, part-time and paid in the range you would expect for a senior consultant. Could I share more? I'd also be happy to answer any questions you have about how we work before you commit to anything."),
    ("contact", "cred", "s", "Your years on the flight management computer team at a major avionics house are exactly what our search is about. Not looking for you to leave your job, more to share perspective now and then. Open to a chat?"),
    ("pivot", "off", "o", "LinkedIn limits how much I can attach here and our compliance people prefer we don't keep client names on the platform. Easiest is WeChat, my ID is hengrui_talent_lin. Or WhatsApp +44 07700 900418 if you prefer."),
    ("pivot", "off", "s", "Happy to continue, but I'd rather not go back and forth in InMail, it's clumsy on my phone. Is there an app you use for messages with friends? I'll find you there."),
    ("tasking", "paid vague", "o", "The first piece the client would like is short: four or five pages on how your programme handles partitioning between flight-critical and non-critical software, and where the pain points were in certification. They pay 1,800 USD for something like that and there is more work after it.", "chat"),
    ("tasking", "paid", "o", "No rush on the write-up. Just your honest view of where the integration schedule slipped and why; the people I work with value candour more than polish. Name your fee.", "chat"),
    ("elicitation", "sens", "o", "The client read your paper and liked it a lot. They asked whether you could add the actual timing budgets and the test results from the last qualification run. They understand these are internal documents and they will treat them carefully.", "chat"),
    ("elicitation", "sens secr", "o", "Please don't mention this to your manager, it is only a consultancy side project and they would misunderstand. Can you photograph the pages from the interface control document you mentioned? Photos are fine, no need to scan.", "chat"),
    ("elicitation", "sens", "o", "You mentioned the certification authority raised three findings last year. What exactly were they, and how did the team close them? My client is trying to avoid the same mistakes.", "chat"),
    ("meeting", "meet", "o", "The client's chief engineer will be in Kuala Lumpur next month and would like to thank you in person. Flights and hotel are on us, business class. Two days, and you can add a few days of holiday at our expense.", "chat"),
    ("meeting", "meet secr", "s", "Maybe better not to book through your company travel desk for this. We'll send the tickets to your personal address. When can you get away for a long weekend?", "chat"),
    ("tasking", "pay", "o", "Finance asks if you can receive the fee as USDT, or through a cousin's account overseas. Bank transfers to your country take a long time and ask many questions.", "chat"),
])

S("gulf_offset_headhunter_drones", "fake_headhunter", "email", [
    ("contact", "cred vague", "o", "I am retained by a Gulf sovereign client that is standing up a domestic unmanned-systems industry under its offset programme. They are looking for a handful of senior Western engineers who have worked on medium-altitude long-endurance platforms. Compensation is tax-free and substantial. I am not able to name the client at this stage."),
    ("contact", "cred", "o", "Your time on the payload integration team for the maritime patrol drone is precisely what was asked for. Do you still hold your clearance? It matters to the client, as it shows you were trusted with the real thing.", "inmail"),
    ("pivot", "off", "o", "Kindly reply to my personal address, gulfsearch.partner.example@gmail.com. Our corporate mail is monitored by the client's IT and they prefer discretion at this early stage."),
    ("tasking", "paid vague", "o", "Before a formal offer, the client asks candidates for a paid technical memo, around ten pages, on how your former programme solved datalink latency over the horizon. The fee is 5,000 USD, paid on receipt, regardless of the hiring decision."),
    ("tasking", "paid", "s", "What they really want to see is how you think. Pick whichever subsystem you know best and describe how it was designed and tested, as if you were briefing a new lead engineer on day one. Length is up to you."),
    ("elicitation", "sens", "o", "The committee liked the memo but found it too general. They need the actual link budget figures and the encryption module part numbers you used. Nobody will publish any of this."),
    ("elicitation", "sens secr", "o", "They are also curious about which customers the platform was offered to and what those customers asked to change. Keep this part between the two of us, please."),
    ("meeting", "meet", "o", "The programme director would like to interview you in Abu Dhabi the week after next. Everything is arranged; you only need to send a passport scan. Your wife is welcome to come too."),
    ("meeting", "meet secr", "o", "For your own comfort, I'd suggest you tell your employer you are taking a holiday. Once the offer is signed you can tell them whatever you want."),
    ("tasking", "pay", "o", "The memo fee will come from a trading company in Cyprus, not from the client itself. Please don't be surprised by the name on the transfer."),
    ("contact", "cred vague", "o", "If you know any former colleagues from the programme who might also be open to a conversation, I'd be grateful for an introduction. The client rewards referrals generously."),
])

S("bigtech_hr_broken_english_ai_chips", "fake_big_tech_hr", "chat", [
    ("contact", "cred", "o", "hello sir i am HR from big tech company (cannot say name yet, NDA) we see your profile, you are in AI accelerator design team yes? we have very good senior position for you, salary double of now"),
    ("contact", "cred vague", "o", "Dear candidate, our company is world top 5 technology company, hiring for AI chip architect in new lab. You are selected for fast track interview. Please confirm interest today.", "inmail"),
    ("pivot", "off", "o", "linkedin is not convenient for HR process. please add whatsapp +1 555 0143 or telegram @bigtech_hr_amy so i send you job description and test"),
    ("pivot", "off", "o", "for fast track candidate we use w e c h a t, id is amy_hr_ai2026, please add and say you are from linkedin"),
    ("tasking", "paid", "o", "first step is technical assesment. please write how your current chip do the memory scheduling for transformer model, 3-5 page. we pay 800 usd for assesment even if not hired, it is our policy"),
    ("elicitation", "sens", "o", "assesment is good but hiring manager want more detail. can you share the block diagram of current tapeout and the power numbers? only for evaluate your level, we delete after"),
    ("elicitation", "sens", "s", "manager asks: in your team what is the yield problem now and which foundry node you use for next one. he says it help him decide which team you fit"),
    ("elicitation", "sens secr", "o", "please do not tell your colleague about this process, if your company know you interview they may fire you. it is for protect you"),
    ("meeting", "meet", "o", "good news!! final round is onsite in Shenzhen R&D center, company pay flight and hotel 5 star. you can go next month? bring laptop for show your project"),
    ("tasking", "pay scam", "o", "for the assesment payment we use Alipay or USDT, bank is slow for international. send me your wallet address"),
    ("elicitation", "sens", "s", "also manager is interested to know who else in your team is strong, maybe we can hire them too. you can send names and what they work on"),
])

S("geopolitical_risk_newsletter_fmo", "paid_newsletter_tasking", "email", [
    ("contact", "paid cred", "o", "I edit Meridian Risk Letter, a subscription briefing on geopolitical risk read by investment funds in Asia and the Middle East. We pay practitioners to contribute short anonymous notes. Someone with your background in your foreign ministry's policy planning staff would be ideal. Rates start at 600 EUR per note."),
    ("contact", "paid", "s", "We publish without bylines, which many of our contributors in government appreciate. You'd be writing about what you already think about all day. Interested?"),
    ("tasking", "paid vague", "o", "For the first note, our subscribers would like your reading of how the ministry will position itself before the regional summit in March. About 1,200 words. Payment within a week of delivery."),
    ("tasking", "paid vague", "s", "Several readers have asked specifically for more on the mood inside the building rather than the official line. That's where you add value that the newspapers cannot."),
    ("elicitation", "sens", "o", "This draft is good but a bit close to what the minister said publicly. What was in the internal steering note? Even a summary of the options paper would make the piece worth three times the rate."),
    ("elicitation", "sens", "s", "Who in the ministry is arguing for the harder line, and who is resisting? Names help our readers understand where things will go."),
    ("pivot", "off secr", "o", "Given the sensitivity, let's move our correspondence to Signal. My number is +44 07700 900726. Please don't use your work address any more; I will delete the old thread on my side."),
    ("tasking", "pay", "o", "We can pay contributors in cash when our associate is in your city, or in crypto if you prefer. Some people would rather not see our name on their bank statement, which is understandable."),
    ("meeting", "meet", "o", "Our principal subscriber, a fund manager who reads everything you write, will be in Vienna in two weeks and would love to buy you dinner. He prefers to keep it informal. Shall I arrange it?"),
    ("meeting", "meet vague", "s", "Some of what he wants to ask is better said over a table than written down. He will cover your trip, of course."),
    ("elicitation", "sens secr", "o", "Could you send us the cable summaries you mentioned from the embassy in the capital? We will paraphrase heavily and no one will be able to trace it."),
    ("tasking", "paid", "o", "Our readers have renewed for another year, thanks partly to your work. We'd like to put you on a monthly retainer of 2,500 EUR for two notes a month."),
])

S("gov_relations_consultancy_procurement", "fake_gr_consultancy", "email", [
    ("contact", "vague paid", "o", "Crestline Public Affairs advises international manufacturers on government procurement in Europe. A client of ours is preparing for the next armoured vehicle tender and would value an informal adviser who understands how your ministry scores bids. The work is occasional and well paid."),
    ("contact", "cred", "s", "We noticed you moved from the procurement agency's land systems branch into industry last year. Your knowledge of how evaluations actually run would be useful to us."),
    ("tasking", "paid vague", "o", "To start, our client would like a paper on the evaluation process for large land-systems contracts: who sits on the panels, how scores are weighted, where decisions are made. We propose a fee of 4,000 EUR."),
    ("elicitation", "sens", "o", "Do you still have contacts on the current evaluation panel? The client would pay a premium for a sense of how their draft bid compares with the competitors' submissions."),
    ("elicitation", "sens secr", "o", "We would never ask you to share anything you are not comfortable with. But if you have the scoring matrix from the last round on your laptop, it would save our client months. This stays strictly between us."),
    ("elicitation", "sens", "s", "How did the agency react to the delays on the previous programme? Are they likely to favour a supplier with local production this time, or is price still decisive?"),
    ("pivot", "off", "o", "Better we continue on my personal line, WhatsApp +44 07700 900512. Our firm's e-mail is hosted abroad and the client is particular about data."),
    ("tasking", "pay secr", "o", "Payment can go to a consulting company in your name in Malta, which we can set up for you. It is cleaner for everyone and nothing appears on your domestic tax return for now."),
    ("meeting", "meet vague", "o", "The client's director for Europe would like to meet you in Istanbul. We'll cover everything. He prefers not to be named in e-mail."),
    ("meeting", "meet", "s", "A quiet lunch with the people we're advising would clear up a lot. When are you next travelling?"),
    ("tasking", "paid", "s", "We have another assignment, on the naval programme this time. Same arrangement as before."),
])

S("fake_journalist_subsea_cables", "fake_journalist", "email", [
    ("contact", "cred", "o", "I'm a freelance reporter writing a long feature on the resilience of undersea cables in the North Atlantic for a European business magazine. I'm told you've worked on repair operations for years. Could I interview you, on background only?"),
    ("contact", "cred", "o", "I'm not after anything secret, only the perspective of someone who has actually been on a repair ship. Half an hour would be enough."),
    ("pivot", "off", "o", "My magazine's mail server is unreliable, please write to me at nordic.feature.writer.example@proton.me, or better, message me on Telegram @cable_story_kl."),
    ("elicitation", "sens", "o", "For the piece I'd like to map where the cables come ashore and which landing stations have the weakest physical security. Could you mark on a map the ones you know?"),
    ("elicitation", "sens", "s", "How long does it usually take to get a repair ship on site? And which routes have no spare capacity if one cable goes down?"),
    ("elicitation", "sens secr", "o", "You mentioned the navy's monitoring arrangements at the landing site. Could you explain how they work? I won't quote you, and nobody will know you spoke to me."),
    ("tasking", "paid", "o", "My editor has agreed to pay you a research fee of 1,000 EUR for your time, since this is taking more of it than I expected. Shall I send it by PayPal or do you prefer crypto?"),
    ("tasking", "paid vague", "o", "A consultancy I work with on the side is doing a risk study on the same topic and would like to commission a short note from you. They pay well and are discreet."),
    ("meeting", "meet", "o", "The consultancy's partner is flying to Reykjavik next month and asked if you would meet him there. Your travel is covered. I can come along to introduce you."),
    ("elicitation", "sens", "o", "One last thing for the feature: the repair schedule for next quarter, if you have it. Which ships are committed where?"),
    ("pivot", "off secr", "o", "Could you delete our earlier e-mails? Sources sometimes get into trouble for speaking to the press, and I'd hate that for you."),
])
S("ghostwriter_memoir_border", "fake_ghostwriter", "email", [
    ("contact", "cred paid", "o", "I'm a ghost-writer working on a series of memoirs by people who served on their country's borders. A publisher has commissioned the series and I'm looking for someone with a long career in customs and border protection to work with. We share the royalties and there's an advance of 8,000 GBP for the contributor."),
    ("contact", "cred", "s", "Your thirty years at the ports and land crossings must have given you stories nobody else can tell. I'd love to hear them."),
    ("tasking", "paid", "o", "Let's start with recorded interviews, two hours each, maybe ten sessions. I'll turn them into chapters. Each session is paid 400 GBP, on the day."),
    ("elicitation", "sens", "o", "For the chapter on the smuggling investigations, could you walk me through how the risk targeting system flags a container or a vehicle? Which indicators does it look at? Readers love that kind of detail."),
    ("elicitation", "sens", "s", "I'd like to describe a typical night shift at the crossing. How many officers, which lanes are staffed, when the handover happens, where the blind spots are."),
    ("elicitation", "sens secr", "o", "Do you still have the internal manuals from your last posting? Even old editions. I'll only use them for background and I'll never cite them. Best not to mention this to the pensions people or your old colleagues."),
    ("pivot", "off", "o", "The publisher uses WhatsApp for all author communication. Can you message me at +44 07700 900233 so I can send the contract draft?"),
    ("tasking", "paid vague", "s", "The publisher has a partner abroad interested in translation rights. They'd like a separate chapter just for that edition, focused on the technology at the crossings today."),
    ("meeting", "meet", "o", "The foreign partner would like to meet you in Belgrade and discuss the translated edition. They'll pay for the trip and a generous day rate."),
    ("tasking", "pay", "o", "The advance will be split: half now through a payment app, half in cash when we meet. Publishers do this more often than you'd think."),
    ("elicitation", "sens", "s", "Any former colleagues still serving who might contribute a short anecdote? They'd be anonymous, of course. Especially anyone at the new container terminal."),
])

S("gaming_friend_grid_operator", "online_friend_tasking", "chat", [
    ("contact", "cred", "s", "gg man that last raid was insane 😂 btw you said you work at the power company? thats cool, my uncle did electrical stuff too"),
    ("contact", "cred", "s", "so whats your actual job there, like control room or field? i always wondered how the grid stays on when everyone turns on the kettle at once lol"),
    ("pivot", "off", "o", "discord voice keeps dropping for me, add me on telegram? same name, @ironmoth77. easier to chat there"),
    ("pivot", "off", "s", "my cousin made a private server for just a few of us, less noise. ill send you the invite through that other app we talked about"),
    ("tasking", "paid vague", "o", "random q. my cousin runs a small energy consulting thing and pays people for short writeups about how control rooms work. like 300 bucks for a page or two. want me to connect you? its easy money for you"),
    ("tasking", "paid", "s", "he liked your thing about load balancing!! he asked if you could do another one about what happens during an outage, step by step. same rate"),
    ("elicitation", "sens", "o", "he wants to know which substations are the most critical in your region and what SCADA software your company runs. he says itll help a client with a risk study"),
    ("elicitation", "sens", "s", "does your control room use any remote access for the vendors? how do they log in? just curious honestly, im into netsec stuff"),
    ("elicitation", "sens secr", "o", "dude dont tell your work about the writeups, theyre weird about side gigs. also could you screenshot the network diagram you were complaining about? i want to see how messy it is haha"),
    ("tasking", "pay", "o", "cousin says he can pay in game credits or crypto, whatever you like. paypal freezes his account sometimes"),
    ("meeting", "meet", "o", "hey the tournament finals are in Istanbul in may, my cousin can pay your flight and hotel if you come. he wants to meet you, says youre the smartest guy hes hired"),
    ("meeting", "meet vague", "s", "hes bringing a friend from the company he consults for. nothing formal, just dinner"),
])

S("fitness_app_friend_ports", "online_friend_tasking", "chat", [
    ("contact", "cred", "s", "Saw your morning run along the harbour wall again, you're fast! 🏃 Do you work at the port? I see the route starts near the container gates."),
    ("contact", "cred", "s", "Ha, logistics planning, that explains the early starts. Which terminal? I'm new to the city and trying to learn what everything is."),
    ("pivot", "off", "o", "The app's chat is terrible, let's use WhatsApp instead: +44 07700 900689. I'll send you the trail-run route I mentioned."),
    ("tasking", "paid vague", "o", "Funny timing, a friend of mine does market research for a shipping investor and they pay locals for short notes on how a port runs. 250 EUR a note. Want me to put you in touch?"),
    ("tasking", "paid", "o", "They loved your note on crane scheduling. Could you do one on how the terminal decides which ships get priority berths? Same fee, they pay fast."),
    ("elicitation", "sens", "o", "They're asking about the military cargo that comes through, which berths and which days. Is that in your planning system?"),
    ("elicitation", "sens", "s", "Who handles the navy's logistics contracts at the port? It'd be great to know which companies and which people. Just for their market map."),
    ("elicitation", "sens secr", "o", "Could you send a screenshot of the berth schedule for next month? Don't mention it to anyone at work, they'd make a fuss about nothing."),
    ("tasking", "pay", "o", "They'd prefer paying in Bitcoin this time, is that okay? Or I can hand you cash after our Sunday run 😊"),
    ("meeting", "meet vague", "o", "My friend's boss flies in on Tuesday. He's the one who actually reads your notes, and he keeps asking if he can buy you a coffee. He'll pay for lunch and a bit extra for your time."),
    ("pivot", "off secr", "o", "Maybe delete our older chats? My phone got stolen once and I'm paranoid now."),
])

S("language_tutor_elections", "online_friend_tasking", "chat", [
    ("contact", "cred", "s", "You did so well with the past tense today! 🎉 What do you do when you're not studying Mandarin? You mentioned an office with lots of deadlines."),
    ("contact", "cred", "s", "Election commission! That must be exciting in an election year. We can use vocabulary from your work for the next lesson, it's easier to remember."),
    ("pivot", "off", "o", "Let's do the lessons on WeChat video instead of the platform, it takes a 30% fee from me. Add me: laoshi_ming_88. I'll give you a discount."),
    ("tasking", "paid", "s", "Homework: write 300 characters about a normal day at your office. Who you work with, what you discuss in meetings. Real details are better for learning!"),
    ("tasking", "paid vague", "o", "My friend works for a research company that studies elections around the world. She would pay you to write short reports in English about your commission's preparations. It could pay for all your lessons."),
    ("elicitation", "sens", "o", "She asks about the vote counting software, which company supplies it and how the results are sent from the counting centres. And which officials are responsible for it."),
    ("elicitation", "sens", "s", "For our conversation practice, describe the security measures in your building. How do people get in? Do you use cards? Where are the servers kept?"),
    ("elicitation", "sens secr", "o", "Can you share the internal list of staff and their phone numbers? She wants to invite them to a survey. Don't tell your boss, it's just a small favour."),
    ("tasking", "pay", "o", "She can pay you through Alipay or in cash when she visits. Much simpler than bank transfer."),
    ("meeting", "meet", "o", "There's a summer language camp in Hangzhou, all expenses paid, for my best students! Two weeks. My friend will be there and can meet you."),
    ("elicitation", "sens", "s", "Lesson topic this week: describe a problem your office is worried about before the election. Use the new words we learned: 担心, 问题, 系统."),
])

S("investor_due_diligence_batteries", "fake_investor_dd", "email", [
    ("contact", "cred vague", "o", "We are a private investment office evaluating a significant position in solid-state battery companies. Our due diligence team would like to speak with experienced cell engineers for a paid call. The fee is 500 USD per hour. Our principal prefers not to be named until the deal closes."),
    ("contact", "cred", "s", "Your work on electrolyte stability at the gigafactory in Sweden came up several times in our research. Would you spare an hour to help us understand the field?"),
    ("tasking", "paid vague", "o", "The first call went very well, thank you. Our principal would like a written summary of the state of your company's pilot line, including your honest assessment of its prospects. We'd pay 3,000 USD."),
    ("elicitation", "sens", "o", "For the investment committee, we need actual yields and cycle-life figures from your latest internal tests, not the figures in the press release. Everything you send will remain confidential."),
    ("elicitation", "sens", "s", "Which suppliers are you qualifying for the next generation of separators? And how far along is that process? Our principal wants to know who else is in the chain."),
    ("elicitation", "sens secr", "o", "We understand your employment contract has confidentiality clauses. That is why we pay well and keep your name out of our notes. Please use your private e-mail from now on."),
    ("pivot", "off", "o", "Please continue with me at dd.team.asia.example@163.com, or on WeChat if you have it. Our corporate mail blocks large attachments."),
    ("tasking", "pay", "o", "We can settle the invoice through a Hong Kong entity or in stablecoins, whichever you prefer. Many consultants choose stablecoins to avoid paperwork."),
    ("meeting", "meet", "o", "Our principal would like to host you in Singapore at the end of the quarter. Business-class travel, and a consulting fee for the two days."),
    ("meeting", "meet secr", "s", "It's best to keep the trip private for now. Deals like this are sensitive until announced."),
    ("elicitation", "sens", "s", "Could you bring along any test data from the dry-room line? He is a technical man and enjoys reading the raw numbers."),
])

S("fab_recruiting_abroad", "fake_fab_recruiter", "inmail", [
    ("contact", "cred", "o", "A new 3-nanometre-class fab abroad is hiring process integration leads with experience at the world's top foundries. Relocation package, housing, schooling, and a signing bonus of one year's salary. Your profile looks like an excellent fit."),
    ("contact", "cred vague", "o", "I can't say which company yet, the project is still confidential, but it's well funded and has government backing. Would you like to hear more?"),
    ("pivot", "off", "o", "Could we move this to WhatsApp or Line? I travel a lot and rarely check LinkedIn. My number is +1 555 0177."),
    ("tasking", "paid", "o", "As part of the hiring process, the technical committee asks senior candidates to prepare a paid review of a process flow: how would you set up EUV layers for a new logic node? They pay 2,500 USD for it.", "chat"),
    ("elicitation", "sens", "o", "The committee wants to compare with what you do today. Could you include your current fab's process recipes, or at least the key parameters for the critical layers?", "chat"),
    ("elicitation", "sens", "o", "Which equipment vendors is your fab planning to order from next year, and are any of the tools restricted for export? It helps them plan.", "chat"),
    ("elicitation", "sens secr", "o", "Please use your personal laptop for this, not your work one. And don't discuss the process with HR at your current employer, it is normal in this industry.", "chat"),
    ("meeting", "meet", "o", "The CTO would like to meet you in person. We can arrange a trip to see the site, all paid, and you will meet the team. Bring any materials you think are relevant.", "chat"),
    ("tasking", "pay", "o", "We can pay the review fee into any account you like, including abroad. Some candidates prefer it that way.", "chat"),
    ("contact", "cred", "o", "Would any of your team members also be interested? We'll pay you a finder's fee for each senior hire.", "chat"),
    ("meeting", "meet secr", "s", "For the trip, you might want to say it's a family holiday. There is no need to create worries at your current job before you have decided.", "chat"),
])
S("retired_officer_advisory_board", "fake_advisory_board", "inmail", [
    ("contact", "cred paid", "o", "I am putting together an advisory board for Aldermoor Strategic Holdings, a group investing in aerospace and defence technology in emerging markets. We are looking for retired senior officers who can offer strategic perspective. The commitment is four meetings a year, the honorarium is 40,000 USD annually, and there is no need to give up any current roles. Your career in air force logistics and procurement would bring exactly the experience the board needs. Would you be willing to speak with me?"),
    ("contact", "cred", "s", "Your retirement announcement caught our eye. After a career like yours, you deserve work that values your judgement properly."),
    ("contact", "vague", "o", "The group's shareholders are based in Asia and prefer to remain discreet for now, as is common with family offices. I can share more once we've spoken."),
    ("pivot", "off", "o", "Please feel free to reach me on WhatsApp, +44 07700 900145, or my private mail aldermoor.board.example@gmail.com. The LinkedIn inbox is not secure enough for board matters."),
    ("tasking", "paid vague", "o", "Ahead of the first meeting, the shareholders would appreciate a written assessment of the air force's modernisation priorities for the next decade. Your views, your words. We'll treat it as part of your first year's honorarium.", "email"),
    ("tasking", "paid", "s", "They were impressed. They'd like a second paper on how the procurement decisions are really made, beyond the official process. What actually moves a programme forward?", "email"),
    ("elicitation", "sens", "o", "Could you tell us which of your former colleagues are now in charge of the fighter replacement programme, and how they lean? The shareholders would like to know whom to approach.", "email"),
    ("elicitation", "sens", "s", "Do you know what the air staff concluded about the tanker fleet's readiness? Even your impression from conversations would be helpful.", "email"),
    ("meeting", "meet", "o", "The first board meeting will be in Macau. The chairman will host a dinner for the new members. Your travel and your spouse's are covered, first class.", "email"),
    ("meeting", "meet secr", "o", "There is no need to declare the board seat to the ministry for now, since the group is not a defence contractor in your country. We'd rather keep the membership quiet until the public announcement.", "email"),
    ("tasking", "pay", "o", "The honorarium is paid quarterly from a trust in the British Virgin Islands. If you prefer, we can also pay part of it into a family member's account.", "email"),
    ("elicitation", "sens vague", "s", "The chairman asked me to pass on a question: in your view, which of the new airbases will host the next squadron, and when? He's thinking about local investments.", "email"),
])

S("asian_offset_headhunter_6g", "fake_headhunter", "inmail", [
    ("contact", "cred vague", "o", "Hello, I am a headhunter for a telecommunications group in Asia that is building a 6G research centre as part of a defence offset arrangement with a European supplier. They need principal engineers who have worked on the radio access network for national operators. Package is very attractive."),
    ("contact", "cred", "o", "Your patents on beamforming came up in our mapping. My client reads them closely. It would be a privilege to talk."),
    ("pivot", "off", "o", "Can we talk on Telegram? I'm @offset_search_jin. Or V信 if you use it, same ID. LinkedIn limits what I can send."),
    ("pivot", "off", "o", "My client prefers that we don't keep long exchanges on professional platforms. Do you have a personal number I can message?"),
    ("tasking", "paid vague", "o", "The research centre's director asks for a paid concept paper from shortlisted candidates: your vision for 6G integrated sensing and communication, and how your current employer approaches it. 3,000 USD.", "chat"),
    ("elicitation", "sens", "o", "The paper should also cover your employer's internal roadmap for the next three years, especially the features they haven't announced. That is what distinguishes a principal engineer.", "chat"),
    ("elicitation", "sens", "s", "How does your operator's network deal with lawful interception at the core? The director is curious how it is implemented in practice.", "chat"),
    ("elicitation", "sens secr", "o", "Please keep this process confidential from your employer, they are a competitor of the offset partner. We will not reveal your name to anyone.", "chat"),
    ("meeting", "meet", "o", "Next step: a visit to the research centre in Seoul or Shanghai, whichever suits you. Director will host. All costs covered, we'll send the e-ticket.", "chat"),
    ("tasking", "pay", "o", "We pay the concept paper fee through a consulting agent in Hong Kong. If you have a crypto wallet, that is fastest.", "chat"),
    ("contact", "cred", "o", "By the way, are you still working with the defence ministry on the tactical network project? My client values that experience very much.", "chat"),
])

S("biotech_scientific_advisory", "fake_consultancy_tasking", "email", [
    ("contact", "cred vague", "o", "Our firm advises a life-sciences group in Asia on its vaccine and biologics strategy. We are recruiting scientific advisers from leading Western labs for occasional paid consultations. The client is a large group that prefers to stay anonymous at this stage."),
    ("contact", "cred", "s", "Your recent paper on lipid nanoparticle formulations was excellent. We'd value your perspective on where the field is heading."),
    ("tasking", "paid", "o", "Would you write a short review of the challenges in scaling up mRNA manufacture, based on your own experience? The client offers 2,000 USD for five to eight pages."),
    ("elicitation", "sens", "o", "The review was very useful. The client now asks for the specific formulation ratios and process conditions used in your lab's unpublished work. They are willing to pay 10,000 USD."),
    ("elicitation", "sens", "s", "What do you know about your collaborators' work on the pandemic preparedness project? Which pathogens are they studying, and who funds it?"),
    ("elicitation", "sens secr", "o", "We understand these details are not published. That is exactly why the client values them. Your university need not know about this consultation."),
    ("pivot", "off", "o", "Please continue by WhatsApp, +1 555 0118. Our corporate system will be migrated soon and e-mails might get lost."),
    ("meeting", "meet", "o", "The client's chief scientific officer would be delighted to host you at their campus in Suzhou. They will cover all travel costs and a lecture fee."),
    ("tasking", "pay", "o", "The fee can be paid in cash during your visit, or we can transfer it to a family member's account if that's simpler for your tax situation."),
    ("meeting", "meet secr", "s", "It would be best to travel on a personal basis rather than as a university trip. Less paperwork for you."),
    ("tasking", "paid vague", "o", "There's a second project coming up, about cell lines. Same client, same terms. Shall I send the outline?"),
])

S("space_launch_fake_forum", "fake_conference", "email", [
    ("contact", "cred", "o", "We are delighted to invite you as a speaker at the International Forum on Commercial Space Access, to be held in Hong Kong this autumn. Your expertise in launch vehicle propulsion is highly respected. We cover business-class travel, five nights in a luxury hotel and a speaker fee of 5,000 USD."),
    ("contact", "cred", "s", "A few of our advisory committee members have followed your work on reusable upper stages. They would be honoured to hear you speak."),
    ("tasking", "paid", "o", "Please prepare a presentation of about 40 minutes. We'd like it to include as much technical detail as possible about your company's engine test campaign; the audience is highly specialised."),
    ("elicitation", "sens", "o", "The committee reviewed your slides and asks whether you could add the combustion stability data from the last hot-fire tests, and the turbopump design parameters. It will make the talk outstanding."),
    ("elicitation", "sens", "s", "Could you also say something about your company's government launch contracts and the payloads they involve? The audience is very interested in that."),
    ("pivot", "off", "o", "For logistics, our coordinator will be in touch via WeChat. Please add spaceforum_coordinator. That is how we manage all speaker arrangements."),
    ("meeting", "meet vague", "o", "After the forum there will be a private dinner with some of our sponsors. They would like to discuss possible collaboration with you in a more relaxed setting."),
    ("meeting", "meet secr", "o", "The sponsors prefer that the dinner is not publicised. Please don't mention it to your company; it is purely personal."),
    ("tasking", "pay", "o", "The speaker fee will be paid in cash in Hong Kong dollars upon arrival, for convenience."),
    ("tasking", "paid vague", "s", "One of the sponsors asked if you would be willing to advise them from time to time after the forum. It could be a long relationship."),
    ("contact", "cred", "s", "The forum also welcomes your colleagues. If any of your team would like to come, please send us their names and roles."),
])

S("terse_handler_drones", "terse_handler", "chat", [
    ("tasking", "paid", "s", "Got the last one. Good. Same again by Friday."),
    ("elicitation", "sens", "s", "Need the new wing test dates. And who's on the team now."),
    ("elicitation", "sens", "s", "The Thursday meeting. What did they decide?"),
    ("tasking", "pay", "o", "Sent 0.08 BTC. Confirm."),
    ("pivot", "off", "o", "Don't use this number any more. New one on Signal tomorrow."),
    ("elicitation", "sens", "o", "Photos of the control station. Not the public ones."),
    ("meeting", "meet", "s", "Istanbul, the 14th. Same place as last time. Ticket's in your inbox."),
    ("elicitation", "sens secr", "s", "Who else knows? Keep it that way."),
    ("tasking", "paid", "s", "Can you do longer this time? More on the sensor package."),
    ("elicitation", "sens", "s", "Budget for next year. Whatever you can get."),
    ("tasking", "pay secr", "s", "The usual amount will be in your sister's account. Don't touch it for a month."),
])
S("family_threat_back_home", "family_threat", "chat", [
    ("none", "coer", "o", "Your mother was invited for a conversation at the district office today. She is fine. But she is worried about you, and about the posts you shared last month about the camps. You know what we are asking."),
    ("none", "coer", "o", "We know you have been attending the meetings at the community centre in Toronto. Your father's pension review is coming up. It would be a shame if there were problems."),
    ("none", "coer", "s", "Your brother is doing well at his new job. It would be a pity to see that interrupted. Think about your family when you decide what to write online."),
    ("none", "coer", "o", "Delete the article and the video within three days. Then call this number. If you don't, your relatives will face the consequences, not you."),
    ("none", "coer secr", "o", "Don't tell the Canadian police about our conversation. They can't protect your family here, and talking to them will only make things harder."),
    ("none", "coer", "s", "Your aunt says you haven't called in a long time. She would like to see you. Maybe you should come home for the new year holiday. We can make sure the paperwork goes smoothly."),
    ("none", "coer", "o", "If you come back voluntarily, everything can be resolved quietly. If not, your passport will not be renewed and your family's house may be looked into."),
    ("none", "coer", "s", "Nobody here wishes you harm. All anyone asks is that you behave like a good son. Your mother cries every night."),
    ("pivot", "coer off", "o", "Add this WeChat account, it's from the public security bureau in your hometown. We will tell you what to do next. Do not ignore it."),
    ("none", "coer", "o", "Your cousin was questioned about the money you sent for the school fees. Where did it come from? Who are your friends there?"),
])

S("diaspora_reporting_demand", "diaspora_reporting", "chat", [
    ("none", "coer", "o", "You are on the committee of the students' association now. We need the list of members and their phone numbers. It is for their own safety."),
    ("none", "coer", "o", "Tell us who organised the vigil last Saturday and who gave speeches. Send photos if you have them."),
    ("none", "coer", "s", "We hear the association is inviting a speaker next month. Let us know the name and what the talk will be about. Just so we understand."),
    ("none", "coer paid", "o", "If you help us, your scholarship will be extended and your family will be looked after. If you refuse, we can't guarantee anything."),
    ("none", "coer secr", "o", "Don't discuss our conversations with anyone in the association, especially not with the Uyghur students. This is a private matter between you and the consulate."),
    ("pivot", "coer off", "o", "Use the new account I added on WeChat. Delete the old one. Send the information there every Sunday."),
    ("none", "coer", "o", "The young woman who runs the Telegram group, what is her real name? Where does she live? Her family back home would like to get in touch."),
    ("none", "coer", "o", "You attended the protest at the embassy. We have photos. We can forget them if you help us this time."),
    ("none", "coer pay", "o", "For your trouble, we'll send 2,000 yuan through Alipay each month. No one needs to know."),
    ("none", "coer", "s", "It's good that you visit the temple community. Let us know who comes from our province and what they talk about. Nothing more."),
    ("meeting", "coer meet", "o", "Come to the restaurant on Dundas Street on Thursday at 8. A friend from the service centre will be there. Come alone."),
])

S("persuade_to_return_email", "persuade_to_return", "email", [
    ("none", "coer", "o", "This is a formal notice from the overseas affairs office of your home province. You are requested to return to assist an investigation into financial irregularities in your former employer. Your cooperation would be taken into account. Failure to return will affect your family members' employment."),
    ("none", "coer", "o", "We have attempted to contact you several times. Your wife's bank account has been frozen pending the outcome of the investigation. It will remain so until you return and give your statement."),
    ("none", "coer", "s", "Many people in your situation have chosen to return and have been treated leniently. We hope you will think of your son, who is preparing for university entrance exams."),
    ("none", "coer secr", "o", "Do not contact lawyers or journalists about this matter. It will only make the situation worse for you and for your relatives."),
    ("none", "coer", "o", "Our colleagues have visited your parents to explain the situation. Your mother asked us to pass on that she wants you to come home. She is not in good health."),
    ("meeting", "coer meet", "o", "A representative will be in Paris next month. We propose you meet him at the consulate to discuss the terms of your return. We can arrange your travel documents."),
    ("none", "coer", "s", "We understand you have a new life in France. That doesn't have to end. A short visit to settle the matter and you can go back. Isn't that better for everyone?"),
    ("none", "coer", "o", "If you do not respond within 15 days, the case will be transferred to the prosecutor and your property in the city will be confiscated. Your brother's business licence will also be reviewed."),
    ("none", "coer", "s", "We have spoken with your former classmates in Lyon. They say you are a sensible person. We hope that's true."),
])

S("cheque_overpayment_scam", "job_scam_cheque", "email", [
    ("none", "scam", "o", "Congratulations! You have been selected for the remote administrative assistant position at our company. Starting salary is 35 USD/hour, fully remote. To set up your home office, we will send you a cheque for 4,800 USD. Deposit it and buy the equipment from our approved vendor."),
    ("none", "scam pay", "o", "The cheque was accidentally made out for 7,800 USD instead of 4,800. Please deposit it and send the extra 3,000 back via Zelle or Bitcoin ATM as soon as possible. Our accountant made an error."),
    ("none", "scam", "o", "Our approved vendor only accepts Apple gift cards for the equipment order. Please buy 6 cards of 500 USD each and send photos of the backs to me."),
    ("pivot", "scam off", "o", "All onboarding is done through Telegram. Please add our HR manager @hr_onboarding_jess and send your full name and phone number."),
    ("none", "scam", "s", "Your interview went very well and the team was impressed. The next step is simple: we'll send some funds for equipment, and you just need to follow the instructions for purchases."),
    ("none", "scam secr", "o", "Please don't discuss the cheque with the bank staff; they sometimes delay deposits for new customers. Just say it's from your employer."),
    ("none", "scam", "o", "The cheque has cleared on your side now? Good. Then please send the vendor payment today, the equipment needs to ship before Friday or you will miss the training."),
    ("none", "scam", "s", "We had some trouble with the first cheque and are sending a replacement. Meanwhile, could you cover the vendor from your own funds? You'll be reimbursed in the first paycheck."),
    ("contact", "scam", "o", "We found your résumé on an online job board and would like to offer you a position as a data entry clerk. No interview needed. Reply with your personal e-mail address to receive the offer letter.", "chat"),
    ("none", "scam pay", "s", "Your bank has probably put a hold because of the amount. That's normal. Send what you can now from your savings and the rest when it clears."),
])

S("reshipping_scam", "job_scam_reshipping", "email", [
    ("contact", "scam", "o", "We are hiring Quality Control Inspectors to work from home. The job is simple: receive parcels, check the contents, take photos, and reship to our overseas clients using the prepaid labels we send. 2,500 USD per month plus a bonus per parcel."),
    ("none", "scam", "o", "Your first parcels are on their way. Please open each one, photograph the item and the serial number, then repackage it with the new label and drop it at the post office. Do not use your own name on the return address."),
    ("none", "scam", "o", "Some of the packages will come addressed to other people at your address. That's normal, they are our clients' names. Just accept them and process them as usual."),
    ("none", "scam pay", "o", "Payroll is delayed this month because of a bank audit. You will receive the full amount next month with a 20% bonus. Please continue processing the parcels in the meantime."),
    ("pivot", "scam off", "o", "For faster communication, please install WhatsApp and message our logistics coordinator at +1 555 0182. The company e-mail is only used for formal documents."),
    ("none", "scam secr", "o", "If the post office asks, say the parcels are gifts for family abroad. Our clients prefer privacy."),
    ("none", "scam", "s", "Great job this week! You processed 14 parcels, the best in your region. Next week we'll send more laptops and phones."),
    ("none", "scam", "o", "We need a copy of your driver's licence and a utility bill to register you with the courier service. Please send them today."),
    ("none", "scam", "s", "A few parcels will come from an electronics store. Please don't contact the store if they call you; our team handles all customer questions."),
])

S("onboarding_fee_scam", "job_scam_fee", "chat", [
    ("contact", "scam", "o", "Dear applicant, your application for Remote Customer Support Agent has been approved!!! Salary 4,200 USD/month. Please complete onboarding today to secure your position."),
    ("none", "scam", "o", "To complete onboarding, you must purchase the training package and software licence for 189 USD. This fee will be refunded in your first salary."),
    ("none", "scam pay", "o", "Payment can be made via CashApp, Venmo or Bitcoin only. Credit cards are not accepted for the training kit, sorry for the inconvenience."),
    ("none", "scam", "o", "Almost everything is done. The last step is the background check, which has a processing fee of 75 USD, paid directly to our verification partner."),
    ("none", "scam", "o", "Your laptop is ready to ship but there is a customs clearance fee of 120 USD. Please pay urgently so we can dispatch it."),
    ("pivot", "scam off", "o", "Please continue onboarding with our HR team on Telegram: @onboard_team_rachel. Your recruiter will be in touch there."),
    ("none", "scam secr", "o", "We are a stealth start-up, so please don't post about your new job on social media until we launch. Also don't discuss the fees with others, as they're part of our internal process."),
    ("none", "scam", "s", "Several candidates have already completed the process. Only two places left. Do you want to keep yours?"),
    ("none", "scam", "o", "Important: your account will be deactivated if the certification fee is not received in 24 hours. Don't lose this opportunity!"),
    ("contact", "scam", "s", "Hi, is this still your number? I'm a recruiter and saw your profile on an online job board. We have a remote opening that pays well and only needs a few hours a day. Interested? 😊"),
])
S("hr_forms_identity_theft", "job_scam_identity", "email", [
    ("none", "scam", "o", "Welcome aboard! Before your start date, please complete the attached HR forms: employee details, direct deposit, and tax withholding. We also need a scan of your passport, both sides of your driver's licence, and your Social Security card."),
    ("none", "scam", "o", "For payroll setup, please provide your online banking username and password so our finance team can verify the account. This is a one-time process."),
    ("pivot", "scam off", "o", "Our HR portal is down. Please send the forms to my personal e-mail, hr.onboarding.example@outlook.com, and text me at 555-0134 when done."),
    ("none", "scam", "s", "We just need a selfie holding your ID next to your face. It's required by our identity verification provider."),
    ("none", "scam", "s", "The bank has sent a code to your phone to confirm the direct deposit. Could you forward it to me? It expires in ten minutes."),
    ("none", "scam secr", "o", "Please don't call the main office number about onboarding; they don't handle new remote hires. Everything goes through me."),
    ("none", "scam", "o", "To complete your I-9 verification, please fill in your mother's maiden name, your date of birth, and the answers to your bank security questions on the form attached."),
    ("contact", "scam cred", "s", "I saw your résumé on a job site and you would be perfect for a remote payroll coordinator role with our firm. The hiring process is quick and entirely online. Shall I send the forms?"),
    ("none", "scam", "s", "Just one more thing: our insurer needs your health insurance number and your previous employer's address. Then you are all set for Monday!"),
    ("none", "scam", "o", "Your first salary deposit failed. Please open a new account with the online bank I'll send you, using your details, and share the login with payroll so they can test it."),
])

S("mystery_shopper_scam", "job_scam_mystery_shopper", "chat", [
    ("contact", "scam", "o", "You've been selected as a Secret Shopper in your area! Earn 400 USD per assignment evaluating local stores. No experience required. Reply YES to receive your first assignment."),
    ("none", "scam", "o", "Your first assignment: we have mailed you a cheque for 2,450 USD. Deposit it, keep 400 as your fee, then evaluate a money transfer service by sending the rest to the name we provide."),
    ("none", "scam pay", "o", "Please evaluate the gift card counter at a supermarket: buy 4 Google Play cards worth 500 each, rate the service, then send us the card codes for our records."),
    ("none", "scam", "s", "Make sure to note how long the cashier takes and whether they ask you any questions. If they ask why you're buying so many cards, just say they're gifts."),
    ("none", "scam secr", "o", "As a mystery shopper, you must never reveal that you're on assignment. Don't tell the bank or the store staff anything about us."),
    ("pivot", "scam off", "o", "Please continue with our assignment coordinator on WhatsApp at +1 555 0156. Text messages from this number will no longer be monitored."),
    ("none", "scam", "s", "Great work on the last evaluation! Your score was excellent. Your next assignment will be larger; please be ready by Thursday."),
    ("none", "scam", "o", "We noticed the transfer hasn't been sent yet. Please complete the task within 24 hours, or you'll be charged for the full amount of the cheque."),
    ("none", "scam", "s", "Quick question: which bank do you use and what's the daily withdrawal limit? It helps us plan your assignments."),
])

S("talent_acquisition_drones_subtle", "fake_talent_acquisition", "inmail", [
    ("contact", "cred", "s", "I've been following the work your company is doing on autonomous swarming for a while, and your name keeps coming up. I'm building a small network of senior people in the field for a small group of people who are thinking about the next ten years. Would you be open to a conversation, purely exploratory?"),
    ("contact", "cred vague", "s", "To be transparent: the people I represent aren't hiring right now. They're trying to understand the landscape, and they'd rather learn from practitioners than from analysts."),
    ("pivot", "off", "s", "I'm travelling for the next few weeks and barely online here. Is there a way to reach you that doesn't involve this inbox? Whatever you use with friends is fine."),
    ("tasking", "paid", "s", "It would help if you could jot down a few thoughts on where autonomy in small aircraft is hardest in practice. Nothing formal. I'd make sure your time is properly recognised.", "chat"),
    ("tasking", "paid vague", "s", "They found your notes genuinely useful. They wondered if you'd be willing to do this regularly, a page or two a month, on the same terms.", "chat"),
    ("elicitation", "sens", "s", "The part they kept coming back to was your comment about the flight trials being harder than expected. What happened, exactly? And how did the programme office react?", "chat"),
    ("elicitation", "sens", "s", "They also wondered how the navigation behaves when the satellite signal is denied. You'd know better than anyone whether the approach actually works in the field.", "chat"),
    ("elicitation", "sens secr", "s", "I'd suggest keeping our exchanges to yourself for now. People talk, and I wouldn't want anyone to get the wrong idea about you.", "chat"),
    ("meeting", "meet", "s", "One of the people I work with will be in Singapore next month and would very much like to thank you in person. They've asked whether they could cover a trip for you.", "chat"),
    ("meeting", "meet", "s", "It's a nice city for a long weekend. Bring your partner, it's on them. They'd only want an hour or two of your time.", "chat"),
    ("tasking", "pay", "s", "I'll make sure the recognition for the last few notes reaches you in whatever way is most convenient. Some people prefer it not to go through the usual channels.", "chat"),
    ("elicitation", "sens", "s", "Quick one: did the budget for the next phase survive the review? I know it was in question.", "chat"),
])

S("trade_compliance_consultancy_customs", "fake_consultancy_tasking", "email", [
    ("contact", "vague paid", "o", "Harbourline Trade Advisory helps international shippers navigate customs in Europe. One of our clients, a large exporter, would like to retain a former customs officer as a part-time adviser. We understand you recently left the revenue service after twenty years. The fee would be 3,000 EUR per month."),
    ("contact", "cred", "o", "Your experience in post-clearance audit is rare. Our clients would benefit from understanding how the service thinks."),
    ("tasking", "paid vague", "o", "For our client, could you prepare a short memo on how shipments are selected for physical inspection at the main port? Which declarations attract attention, and which do not?"),
    ("elicitation", "sens", "o", "We'd like to know the thresholds and risk profiles the targeting system uses, especially for dual-use electronics. Our client wants to avoid delays."),
    ("elicitation", "sens", "o", "Which officers handle the controlled-goods desk these days? Would any of them be open to a friendly coffee with our client's logistics manager?"),
    ("elicitation", "sens secr", "o", "Do you still have access to the internal alerts system through a former colleague? A quick look at whether our client's consignments are flagged would be very valuable. We'd keep it strictly between us."),
    ("pivot", "off", "o", "Please use my private number for this, WhatsApp +44 07700 900911. I'd rather not have this on the firm's e-mail system."),
    ("tasking", "pay", "o", "The retainer will be paid through a service company in Dubai. You may invoice as a freelance translator if that's easier for your accountant."),
    ("meeting", "meet vague", "o", "The client's managing director is visiting Rotterdam next week and would like to meet you privately. He'll explain the next phase in person."),
    ("meeting", "meet secr", "s", "Better not to mention the meeting to your old colleagues. They might misunderstand your new role."),
    ("tasking", "paid", "o", "The client has a new line of products coming through, similar to the last ones. Could you advise on the paperwork before the ship arrives?"),
])

S("election_observation_ngo", "fake_ngo_tasking", "email", [
    ("contact", "paid vague", "o", "The Global Electoral Integrity Network is recruiting local correspondents to report on election preparations ahead of the national vote. We pay 500 USD per monthly report. Your experience as a regional returning officer would be extremely valuable."),
    ("contact", "cred", "s", "We are impressed by the professionalism of your election administration and would like to learn from people like you who make it work."),
    ("tasking", "paid", "o", "For the first report, please describe the logistics of ballot distribution in your region: how ballots are stored, transported, and who has access."),
    ("elicitation", "sens", "o", "Could you include the list of polling station chairs in your region with their contact details? Our network wants to invite them to a training."),
    ("elicitation", "sens", "s", "What are the main concerns inside the commission about the new electronic tabulation system? Have there been any problems in testing that haven't been made public?"),
    ("elicitation", "sens secr", "o", "Please send us the internal security plan for the counting centres. It will not be published. Please do not mention our network to the commission, as they are sensitive about foreign NGOs."),
    ("pivot", "off", "o", "From now on, please send reports through Telegram to @gein_regional_desk. Our e-mail is being targeted by hackers."),
    ("tasking", "pay", "o", "Payment will be made in USDT to protect your privacy. Please provide a wallet address."),
    ("meeting", "meet", "o", "We are organising a workshop for our correspondents in Belgrade. Travel and accommodation are covered, and there is a per diem of 200 USD."),
    ("meeting", "meet vague", "o", "At the workshop, a few of our donors would like to meet you personally to thank you for your reports."),
    ("elicitation", "sens", "s", "Who in the commission has the final say on the tabulation system? Our donors would like to understand how decisions are made."),
    ("tasking", "paid", "o", "Your last report was the most detailed we've received. Could you do one a week until the election? We'll double the fee."),
])

S("visiting_fellowship_foreign_ministry", "fake_academic_fellowship", "email", [
    ("contact", "cred paid", "o", "The Centre for Eurasian Dialogue is pleased to offer a visiting fellowship to a mid-career diplomat with experience in arms control. The fellowship is remote, with a stipend of 2,000 EUR per month, and involves writing short papers for our private seminar series."),
    ("contact", "cred", "s", "Your posting at the delegation in Geneva gave you a view of negotiations that few people have. We'd value hearing it."),
    ("tasking", "paid vague", "o", "Our first seminar is on the prospects of the review conference. Could you write a paper on your government's negotiating position and red lines? The seminar is closed and papers are not circulated."),
    ("elicitation", "sens", "o", "The seminar participants found your paper illuminating. They'd like to know more about the internal instructions your delegation received, and the disagreements between your ministry and the defence ministry."),
    ("elicitation", "sens", "s", "Which of your colleagues is likely to lead the delegation next year? What are their views?"),
    ("pivot", "off", "o", "Please correspond with me via my personal address, eurasia.dialogue.example@gmail.com. Our university's system is not secure."),
    ("elicitation", "sens secr", "o", "We understand you cannot share classified documents, and we would not ask. But if you can share the gist of the latest instructions, just verbally, it would help our seminar enormously. It will stay between us."),
    ("meeting", "meet", "o", "We would like to invite you to our annual retreat in Baku. All expenses covered, with a special honorarium for fellows who attend in person."),
    ("meeting", "meet vague", "s", "A few senior figures from our partner institutions will also attend. They'd like to speak with you privately."),
    ("tasking", "pay", "o", "The stipend can be paid to a bank in Cyprus, or in cash at the retreat. Many fellows prefer the latter for simplicity."),
    ("contact", "cred", "s", "Would any of your colleagues in the arms control department be interested in a fellowship? We would welcome recommendations."),
])
B("inhouse_recruiter_avionics", "genuine_recruiter", "inmail", [
    "I'm Priya Raman, a technical recruiter in-house at Vantor Avionics in Bristol. We're hiring a lead software engineer for our flight management systems team, and your experience with DO-178C caught my eye. The role is on-site three days a week, salary band 85-100k GBP. The full advert is on our careers page under reference VA-2291. Would you be open to a short call? If now isn't a good time, just let me know when might suit you better and I'll get back in touch then.",
    "Thanks for getting back to me! To keep things simple, could you send your CV to priya.raman@vantor-avionics.example.com? I'll book a 30-minute call with the hiring manager, Tom Eckersley, for next week.",
    "Just to set expectations: we won't ask you about anything from your current employer's programmes. The interview covers your own skills and a take-home exercise based on a fictional system we designed.",
    ("email", "I've sent a Teams invitation for Tuesday at 14:00. If that doesn't work, reply with a couple of alternatives and I'll rearrange."),
    ("email", "Attached is the take-home exercise. It's a small flight-plan parser with some deliberately awkward edge cases; please spend no more than three hours on it. We don't pay for the exercise, but we do give written feedback either way."),
    ("email", "The panel enjoyed talking to you. We'd like to invite you to a final interview at our Filton site on the 12th. We'll reimburse standard-class rail fares through our expense system, so please keep your ticket."),
    ("email", "Good news: we'd like to make you an offer. Formal paperwork will come from our HR system, hr-onboarding@vantor-avionics.example.com, and you'll need to complete a BPSS check. There's no cost to you for any of it."),
    "No worries if the timing isn't right. I'll note in our system that you'd like to hear about principal roles next year.",
    "Hi again, quick one: our recruitment privacy notice is linked in my signature, it explains how we store your data and how to ask us to delete it.",
    ("email", "Reminder that our offices are closed between Christmas and New Year, so any reply from me will come in the first week of January."),
    "Our Head of Engineering will be speaking at the Royal Aeronautical Society event next month. If you're attending, feel free to say hello; no pressure either way.",
])

B("agency_recruiter_drones", "genuine_recruiter", "inmail", [
    "I'm a consultant at Hallbeck Search, a specialist engineering recruitment agency in Reading. I'm working on a retained search for a Head of Flight Test at Skyreach Unmanned Systems, a UK drone manufacturer. Their public job post is live on their site. Would you like the details?",
    "The role involves running the test range in Wales and leading a team of 12. Salary is around 95k GBP plus a bonus. Security clearance at SC level is required, or you'd need to be eligible to obtain it.",
    ("email", "I've attached the job description as a PDF. If you'd like to go ahead, I'll need your up-to-date CV and your permission to submit it to Skyreach. I won't send your details anywhere without your consent."),
    ("email", "I've arranged a phone call with Skyreach's CTO, Dr Helen Marsh, on Thursday at 10:00. She'll call you from the company's main line."),
    ("email", "Feedback from Helen: she was impressed by your range safety background and wants to invite you to a panel interview at their site in Cheltenham. They'll cover your train fare."),
    "Happy to talk through the package in more detail, including the pension and relocation support. I'm on 0118 496 0532 or you can book a slot in my calendar.",
    ("email", "Just a note on process: our fee is paid by the client, never by candidates. If anyone ever asks you for money in connection with a job, that's not us."),
    ("email", "The offer is with you. Skyreach's HR will send the contract through their onboarding portal and start the clearance process with the vetting agency. Congratulations!"),
    "I hope the first month at Skyreach is going well. If you know anyone looking for a flight test engineer role, I'd be glad to hear from them.",
    "Quick update: the role has been put on hold pending a budget review. I'll let you know as soon as I hear more, sorry about this.",
])

B("cleared_role_job_ads_space", "cleared_job_ad", "email", [
    "Launch Vehicle Guidance Engineer, TS/SCI required. Cape Canaveral, FL. Orbital Forge Inc. is seeking an engineer to develop guidance, navigation, and control algorithms for our medium-lift launcher. Active Top Secret clearance with SCI eligibility is required at start. Apply through orbitalforge.example.com/careers, requisition 4471.",
    "We're hiring a Payload Integration Specialist for national security launches. Candidates must hold an active Secret clearance. Relocation assistance available. Applications are accepted only through our careers site; we never ask for fees or personal banking details during recruitment.",
    "Range Safety Officer (Secret clearance). Responsibilities include flight termination system analysis and coordination with the Space Force range. Competitive salary, 401(k), and clearance maintenance paid by the company.",
    "Orbital Forge is attending the ClearanceJobs virtual career fair next Thursday. Our recruiters will be available to discuss open positions requiring Secret and Top Secret clearances. Register through the fair's website.",
    "Thank you for applying for the Propulsion Test Engineer position. Because this role requires a clearance, we will verify your eligibility through the official government system after a conditional offer. Please do not send your SF-86 or any clearance documents by e-mail.",
    "Hi, I'm Dana from the Orbital Forge talent team. I noticed you hold an active TS clearance. We have several openings in our Huntsville office. Any chance of a quick call this week? You can reach me at dana.whitlock@orbitalforge.example.com or 555-0127.",
    "Reminder: Orbital Forge recruiters use only @orbitalforge.example.com addresses. If you receive an offer from another domain, or a request for payment, please report it to recruiting-security@orbitalforge.example.com.",
    "Senior Telemetry Engineer, hybrid, Colorado Springs. Secret clearance preferred; we sponsor clearances for the right candidate. This role involves supporting launch operations and post-flight analysis. Salary range 130k-160k USD.",
    "We appreciate your interest. Unfortunately, we're unable to sponsor clearances for the intern programme this year. We'll keep your application on file for uncleared positions.",
    "Our cleared hiring event is next week. Bring your résumé and a government-issued ID. We'll do on-the-spot interviews and provide conditional offers where possible. Clearance verification follows standard DCSA procedures.",
])

B("clearance_recruiter_uk_dv", "genuine_recruiter", "inmail", [
    "I'm a recruiter at Calloway Defence Resourcing in Farnborough. I work with UK defence primes on roles requiring SC and DV clearance. I saw you hold DV. I have a systems engineering role in naval combat systems at Thamesport Marine, Portsmouth. Would you be interested?",
    "To be upfront: I won't ask you about any classified work. We'll talk about your general skills and the kinds of programmes you want to work on, nothing more. Your clearance level is something I need to confirm at a high level only.",
    "The hiring manager would like a 20-minute phone call. Are you free on Friday afternoon? She'll call from the Thamesport switchboard on 01632 960 217.",
    "Quick note: once you're at offer stage, Thamesport's security team will handle the transfer of your clearance through UKSV. You don't need to send me any vetting paperwork.",
    "Unfortunately, the client decided to go with an internal candidate. I'm sorry, I know you were keen. I'll keep you posted about similar roles.",
    "There's a new DV role at a company in Bristol focusing on submarine communications. I'm allowed to share the company name once you confirm interest; it's a standard confidentiality condition from the client, and I'll send their public job listing.",
    ("email", "Thank you for confirming. The client is Deepwell Systems Ltd, and the role is listed on their careers page as DS-3310. I've attached the job description. Please let me know if you'd like me to submit your CV."),
    ("email", "Just checking in. Have you had a chance to look at the Deepwell role? No pressure, I just want to make sure you're not waiting on me."),
    "I'm organising a small networking breakfast for cleared engineers in Farnborough next month, at the Aerospace Centre. It's free, and several primes will attend. Interested?",
    "We've updated our privacy notice. You can see what data we hold about you, or ask us to delete it, at any time through our website.",
])

B("expert_network_batteries", "expert_network", "email", [
    "I'm Marta Lindqvist, a project manager at Kestrel Expert Network. A client of ours, Northwind Capital (a London investment firm), is researching the European battery supply chain and would like to speak with a former cell-manufacturing engineer for a 60-minute consultation. The rate is 450 USD. Would you be open to it?",
    "Before we schedule anything, please complete our compliance training (15 minutes) and confirm you're not bound by any agreement that prevents you from consulting. We do not want any confidential information from your current or former employers, and you can decline any question.",
    "Here are Northwind's questions in advance: 1) How do you see the cost curve for LFP cells evolving? 2) What are the main bottlenecks in scaling up cell production in Europe? 3) Which technologies do you consider most promising? All answers should be based on public information and your general expertise.",
    "The call is confirmed for Tuesday at 15:00 CET, on our recorded Zoom line. A Kestrel compliance officer will join for the first five minutes to remind everyone of the rules.",
    "Thanks for the call. Northwind found it very useful. Payment of 450 USD will be sent to the bank account you registered on our portal within 30 days. You'll receive a confirmation e-mail.",
    "A reminder: you must not share any material non-public information about any company during Kestrel consultations. If a client asks you something you're not comfortable answering, please say so and let us know afterwards.",
    "Northwind would like a follow-up call in two weeks on the same topic. The same terms apply. Would you be available?",
    "Our annual compliance attestation is due. Please log into the portal and confirm your employment status and any new restrictions by the end of the month. Thank you for being part of the network.",
    "We've received a request from a client in Seoul who'd like to discuss battery recycling. The client is a listed materials company, which we'll name in the engagement brief. Same rules, same rate. Interested?",
    "You recently updated your profile to say you've joined a battery manufacturer. Per our policy, we'll pause your consultations in this sector for six months. Thanks for letting us know.",
    "A client asked whether you could share slides from your previous employer's internal presentations. We've told them this isn't permitted, and we wanted to confirm we won't pass on any such request to you.",
])

B("expert_network_semis", "expert_network", "email", [
    "Dear expert, I'm contacting you from Tessellate Insights, a primary research firm. Our client, Halden Partners, a US hedge fund, would like to schedule a 45-minute call with someone experienced in advanced packaging for AI chips. Compensation is 600 USD per hour. The call would be recorded and a transcript kept for compliance.",
    "Please review our terms and conditions, especially sections 4 (confidential information) and 5 (conflicts of interest). In short: nothing that belongs to an employer, past or present, may be shared on a call, and you must tell us if you are currently employed by a listed semiconductor company.",
    "Thank you for confirming you left Meridian Semiconductor more than 12 months ago. That satisfies our cooling-off period. We've scheduled the call for Thursday 16:00 GMT.",
    "The client's questions focus on public topics: the outlook for chiplet architectures, the capacity of packaging houses, and industry trends. If any question strays into areas you're not comfortable with, please decline.",
    "Your payment has been processed. Please allow 5 to 7 business days for the transfer to your bank account. The invoice is available in your expert portal.",
    "We noticed the client asked about Meridian's roadmap on the call. Our compliance team has raised this with the client and reminded them of our rules. Thank you for declining to answer. You did exactly the right thing.",
    "Tessellate has a new engagement with a European investment bank about the EUV lithography market. Please let us know if you're available next week.",
    "Our compliance team runs a short refresher course every quarter on material non-public information and insider trading rules. The next session is Wednesday; it's optional but recommended.",
    "Here's a quick survey (10 minutes, paid 75 USD) about semiconductor equipment purchasing trends. It's an anonymous survey run by our client, a public research firm. You may skip any question.",
    "Your profile will be deactivated after 24 months of inactivity. If you want to remain in our network, simply log into the portal.",
])
B("paid_speaking_singapore_university", "speaking_invitation", "email", [
    "On behalf of the School of Electrical and Electronic Engineering at Lion City University (Singapore), I'm writing to ask whether you would be our opening keynote speaker at the Workshop on 5G and Beyond, 14-15 March. We'd cover economy-class airfare, four nights at the university guest house and an honorarium of 2,000 SGD. The workshop programme and past speakers are listed on our public website. Please let me know by the end of the month whether you're able to accept, so that we can announce the programme in good time.",
    "The talk should be about 45 minutes and aimed at graduate students and industry researchers. We'll publish the slides on the workshop site afterwards, so please only include material you are happy to make public.",
    "Our travel office will book your flights once you send your preferred dates. They will e-mail you from travel@lcu.example.org. We'll need your passport name exactly as written, but please don't send a passport scan by e-mail.",
    "Please let us know if your employer requires a formal invitation letter for approval. We're happy to provide one, signed by the Head of School, Professor Wen Li.",
    "The honorarium will be paid by bank transfer after the workshop, in accordance with university finance rules. The payment will come from Lion City University's account and you'll receive a remittance advice.",
    "Attached is the programme. Your keynote is on the first morning, followed by a panel on open RAN with speakers from three operators. The panel is public and will be live-streamed.",
    "On the first evening the Dean hosts a small speakers' dinner at the faculty club; bring your partner if you like, and tell us if you have food allergies.",
    "Thank you for your wonderful talk! The recording is now on our YouTube channel. The honorarium has been processed and should reach your account within two weeks.",
    "We're planning next year's workshop on 6G sensing. Would you consider joining the programme committee? It's voluntary and involves reviewing about ten abstracts.",
    "A small correction to the schedule: your keynote moves to 9:30 instead of 9:00. Apologies for the late change.",
])

B("paid_speaking_dubai_ports", "speaking_invitation", "email", [
    "I'm the conference director for the Gulf Ports and Logistics Summit, organised by Dunemark Events LLC in Dubai. We'd like you to speak on a panel about automation at container terminals on 22 October. We offer business-class travel, three nights' accommodation and a speaker fee of 3,000 USD. Details of the 2025 summit, including recordings, are on our website.",
    "The panel will be moderated by Sarah O'Connell of Maritime Weekly. Other panellists are from two terminal operators and a crane manufacturer. We'll circulate a briefing note with the questions two weeks before.",
    "Please note all panels are public and recorded. We ask speakers not to discuss commercially confidential information. Your slides will be shared with attendees.",
    "We'll need a short bio and a headshot for the programme. Please upload them to the speaker portal using the link in this e-mail; no need to send anything else.",
    "Our speaker fee is invoiced through Dunemark Events LLC and paid by bank transfer within 30 days of the event. If your employer doesn't allow you to accept fees, we can donate the amount to a charity of your choice.",
    "Confirmed: your flights are booked. You'll receive e-tickets from our travel partner, Falconwing Travel. A driver will meet you at the airport with a sign.",
    "We're also hosting a networking reception on the evening of the 21st at the hotel. Attendance is optional. It's an open event for all registered delegates.",
    "Thank you for speaking! The feedback from delegates was excellent. We'll send the recording link and the delegate survey results next week.",
    "Quick reminder: please submit your travel expense claims (taxis, meals not included in the hotel) within 14 days via the portal, with receipts.",
    "We've shortlisted your panel for the summit highlights video. Please let us know if you object to being included.",
])

B("journalist_on_record_elections", "journalist_request", "email", [
    "I'm Eleanor Pryce, a reporter at the Northern Courier covering local government. I'm working on a story about the county's new ballot-counting machines and would like to interview someone from the elections office on the record. Could you or a colleague speak with me this week? I can be reached at eleanor.pryce@northerncourier.example.com.",
    "To be clear, I'm looking for on-the-record comments about the public testing process and how the county explains it to voters. I'm not looking for anything confidential or non-public, and I'll be quoting you by name.",
    "I've also sent the same request to your press office, as I understand they coordinate interviews. Happy to go through them if you prefer.",
    "Thanks for arranging the interview with your press officer present. I'll send my questions in advance: 1) How were the machines chosen? 2) What public testing is planned? 3) How will results be audited? 4) What should voters know about the process?",
    "Here's the draft quote I'd like to use: 'Every machine goes through a public logic and accuracy test before the election, and anyone can come and watch.' Is this accurate? Please let me know if you'd like any changes.",
    "The article will run on Sunday's front page. I'll send you the link when it's online. Thanks again for your time and openness.",
    "One follow-up question: how many observers attended the last public test? If you don't have that figure handy, no problem.",
    "I'm doing a follow-up piece on poll worker recruitment. Would your office be willing to put me in touch with a volunteer who's happy to speak on the record?",
    "We made a small correction to the article: the county has 212 polling places, not 221. Apologies for the error; it has been fixed online.",
    "Our newsroom policy: we never pay sources and we never accept payment for coverage. If anyone claiming to be from the Courier offers you money, please let our editor know.",
])

B("journalist_subsea_outage", "journalist_request", "inmail", [
    "I'm Jonas Berg, a technology correspondent for Baltic Business Review. I'm writing about the recent subsea cable outage and would like to interview you about the repair process in general terms, on the record. You can see my published work on our website. Would you be available for a 20-minute phone call?",
    "I'll also contact your company's press office so they're aware. If they'd prefer to handle the interview, that's completely fine.",
    "The focus is public information: how repairs work, how long they usually take, and what the industry is doing about resilience. I won't ask about specific security arrangements.",
    ("email", "Thanks for agreeing to the interview. I'll call you at 11:00 on Wednesday from our newsroom line, +46 8 555 0123. The call will be recorded for accuracy, with your consent."),
    ("email", "Here is the paragraph where I quote you. Could you check it for accuracy? 'Repair ships are on standby under industry agreements, and most faults are fixed within a couple of weeks,' said Maria Lund, a cable engineer at Skagen Subsea."),
    ("email", "The article is published. Thank you for your help. I've also included a link to the industry's public resilience report, which you mentioned."),
    "I'm planning a podcast episode on cable ships. Would you be interested in being a guest? It would be recorded in our Stockholm studio, and we'd cover your rail fare.",
    "Apologies for the delay in getting back to you. Our editor decided to hold the story for a week because of breaking news.",
    ("email", "We don't offer payment for interviews, but we're happy to credit your company and link to their recruitment page if they wish."),
    "Would your press office be able to provide a photo of a repair ship at work? We'd credit it appropriately.",
])

B("book_publisher_contract", "publisher_contract", "email", [
    "Thank you for sending your proposal for a history of the Concorde test programme. We at Larkspur Books would like to offer you a publishing contract. The advance is 6,000 GBP, paid in three instalments: on signing, on delivery of the manuscript, and on publication. Royalties are 10% of net receipts.",
    "I've attached our standard contract. Please read it carefully and feel free to have it checked by the Society of Authors or a lawyer. Clause 7 covers the delivery date and clause 12 covers your warranty that the book contains nothing confidential or defamatory.",
    "Since you mentioned your years at the Ministry, we'll need the manuscript to go through the government's pre-publication review. That's your responsibility under your own obligations, but we'll build the time into the schedule.",
    "Our copy-editor, Fiona Hale, will be working with you on the manuscript. She will contact you from fiona.hale@larkspurbooks.example.com.",
    "The first instalment of your advance has been paid into your bank account. You'll receive a royalty statement twice a year, in March and September.",
    "Our publicity team would like to arrange a launch event at the Brooklands Museum. Would you be willing to give a short talk and sign copies?",
    "We've received a request for translation rights from a German publisher, Falkenhorst Verlag. The contract will go through our rights department and you'll receive 50% of the proceeds, as stated in your contract.",
    "Could you send us high-resolution scans of the photographs you'd like to include? Please confirm that you own the rights or have permission from the archive.",
    "The cover design is attached. We'd love your feedback. The designer has used the prototype at Fairford as you suggested.",
    "Please be aware that Larkspur will never ask you to pay for publication. If you receive a message asking for fees in our name, please let us know.",
    "I'm delighted to say the book has been shortlisted for the Aviation History Prize. The ceremony is in London in November; we'll cover your travel.",
])

B("language_exchange_partner", "language_exchange", "chat", [
    "你好! Thanks for the session today, your tones are getting much better. Same time Thursday? 😊",
    "Haha I'm still terrible at 'r' sounds in English. My colleagues laugh at me. Can we practise 'rural' again next time?",
    "How was your weekend? I went hiking with my sister, the weather was amazing. I learned the word 'drizzle' from your message last week and used it at work!",
    "You said you work in the electricity sector, right? My English teacher says I should describe jobs for practice. I'm a pharmacist. Boring? 😄",
    "Sure, we can switch to WeChat for voice messages if the app is laggy. My ID is on my profile. Or we stay here, whatever is easier for you.",
    "Question: is it 'I am agree' or 'I agree'? My boss wrote 'I am agree' in a presentation and I was too shy to correct him 🙈",
    "I'll be visiting London next month for a conference on pharmacy! Maybe we can meet for coffee and practise in person? No worries if you're busy.",
    "Here's the article I mentioned about 春节 traditions. Let me know what words you didn't understand.",
    "Sorry I missed today, my son had a fever. Hope we can reschedule for Saturday morning?",
    "Your essay on your hometown was really nice. Only a few mistakes with 了. I marked them in red.",
    "What do you say in English when you want to politely decline something? Like when a colleague invites you to karaoke and you don't want to go 😂",
])
S("subsea_cable_recruiter", "fake_headhunter", "inmail", [
    ("contact", "cred vague", "o", "I'm a senior partner at Bluewake Talent, a boutique search firm for marine infrastructure. We've been retained by a consortium building new subsea cable systems in the Indo-Pacific, and they are looking for route engineers and landing-station specialists who have worked on Atlantic systems. I can't name the consortium yet because it involves state-owned partners who are sensitive about publicity before the financing closes. What I can say is that the package is well above market, with a consulting option for people who don't want to leave their current role. Your work on the last transatlantic build is exactly what they asked for. Could we find half an hour to talk, in confidence?"),
    ("contact", "cred", "s", "Not many people have planned a cable landing from survey to commissioning. You have, twice. That's why I'm writing."),
    ("pivot", "off", "o", "InMail isn't ideal for the documents I'd like to show you. Could you message me on W h a t s A p p, +44 07700 900377? Or Telegram, same number. I check both constantly."),
    ("tasking", "paid vague", "o", "The consortium's technical director would like a paid desk study before any formal interviews: your assessment of the main risks when routing a cable through congested straits, drawing on your experience. Ten pages, 4,500 USD, paid in advance if you like. The study would be for internal use only and would never carry your name. He reads everything himself and will use your study to decide whether to fly you out for the final round. Let me know if the deadline of three weeks is realistic.", "chat"),
    ("elicitation", "sens", "o", "He liked it, but wants specifics: the exact landing coordinates, the burial depth along the shore-end and the location of the branching units on the systems you built. He says generic answers don't help him compare.", "chat"),
    ("elicitation", "sens", "s", "Who monitors the cables you worked on once they are live, and how quickly would anyone notice if a repeater started behaving oddly? He is curious how operators in the West organise this.", "chat"),
    ("elicitation", "sens secr", "o", "I'd ask you not to mention any of this to your employer. Consortium projects are competitive and they would see it as a conflict, which it isn't. Also please use your personal laptop for the documents.", "chat"),
    ("meeting", "meet", "o", "The final round is in Manila. The technical director will meet you personally, and the consortium's chairman may join for dinner. Flights are business class, five-star hotel, and a daily consulting rate for your time. I'll send the itinerary through WhatsApp.", "chat"),
    ("tasking", "pay", "o", "Regarding the fee for the study: the consortium pays through a trading agent in Labuan. Some consultants prefer USDT, which we can also do. Just let me know which you prefer.", "chat"),
    ("contact", "cred", "s", "Would any of your colleagues on the marine survey side be open to a similar conversation? The consortium needs several people with your background.", "chat"),
    ("meeting", "meet secr", "s", "Maybe just tell your manager you're taking a few days off. There's no reason anyone needs to know about Manila until there's an offer.", "chat"),
    ("elicitation", "sens", "s", "One more question from the director: on the systems you know, which landing stations are shared with government traffic? He thinks it changes the security requirements.", "chat"),
])

S("avionics_mro_partner_recruiter", "fake_headhunter", "inmail", [
    ("contact", "cred", "o", "Hi! I recruit for Tianjin Skyworks MRO Partners, an aircraft maintenance organisation expanding into military transport aircraft support. We're looking for avionics technicians and engineers with experience on NATO fleets. The salary is about double what you earn now, and housing is provided. Interested?"),
    ("contact", "cred", "s", "Your background on the C-130 avionics upgrade is very interesting to our technical team. Can I ask how long you worked on it?"),
    ("pivot", "off", "o", "Let's continue on WhatsApp, it's easier for me. +1 555 0109. I'll send you the job description there."),
    ("tasking", "paid", "o", "Our technical director asks if you could write a short report on the upgrade: which systems were changed, and what problems appeared in testing. It's a paid assignment, 1,200 USD, and helps us assess your level.", "chat"),
    ("elicitation", "sens", "o", "Could you also include the wiring diagrams and the maintenance manual sections for the defensive aids suite? Our engineers need to see the real documents to check compatibility.", "chat"),
    ("elicitation", "sens", "s", "How does your squadron's maintenance schedule work? How many aircraft are usually available at any one time?", "chat"),
    ("elicitation", "sens secr", "o", "Please don't tell anyone at the base about our conversations. Military people are suspicious of foreign companies, even civilian ones.", "chat"),
    ("meeting", "meet", "o", "We invite you to visit our facility in Tianjin for a week. You'll meet the team and see the hangars. We'll pay everything, including a visit to Beijing.", "chat"),
    ("tasking", "pay", "o", "We can pay the report fee to an account abroad or in cash, whatever you want. Bank transfers from China can be slow.", "chat"),
    ("contact", "cred", "s", "Any other technicians from your unit looking for a change? We pay a bonus of 2,000 USD for each referral who joins.", "chat"),
])

S("university_6g_collaboration", "fake_academic_collaboration", "email", [
    ("contact", "cred paid", "o", "I am an associate professor at a university in Asia leading a 6G research group. I have read your papers on terahertz channel modelling with great interest and would like to invite you to collaborate on a joint project. Our lab has generous funding, and we can offer you a visiting position with a stipend, as well as co-authorship on papers. Several of your European colleagues have already spent time with us and found it very rewarding, both scientifically and financially, and I would be glad to put you in touch with one of them."),
    ("contact", "cred", "s", "Your measurement campaign at the defence lab is unique. We have nothing like it. I believe we could learn a lot from each other."),
    ("tasking", "paid", "o", "As a first step, could you share the raw channel measurement data from your campaign? We'll analyse it and write a joint paper. We'll pay a consulting fee of 5,000 USD for the data preparation."),
    ("elicitation", "sens", "o", "We'd also be interested in the specifications of the equipment and antenna arrays you used, especially the custom ones developed for the military project."),
    ("elicitation", "sens secr", "o", "I understand that some of your data may be restricted. If you could share it informally, we'll make sure it's never published in its raw form. Your lab doesn't need to know the details of our collaboration."),
    ("pivot", "off", "o", "For faster communication, please add me on WeChat: prof_li_6g_lab. Our university e-mail often blocks large attachments."),
    ("meeting", "meet", "o", "We'd like to invite you for a two-week visit to our lab next summer. All costs covered, plus an honorarium. You'll meet our team and our industry partners."),
    ("meeting", "meet vague", "s", "Some of our industry partners are very interested in your work and would like to meet you during the visit. They are very generous with collaborators."),
    ("tasking", "pay", "o", "The honorarium can be paid in cash during the visit, or to a bank account in Hong Kong if that's more convenient."),
    ("tasking", "paid", "s", "We're applying for a large grant and would like to list you as a foreign expert. It would involve a few visits a year and a substantial salary."),
    ("elicitation", "sens", "s", "Do you know which frequency bands your defence ministry is planning to reserve? It would help us shape our proposal."),
])

S("alumni_wechat_group_ai_chips", "fake_alumni_network", "chat", [
    ("contact", "cred", "s", "Hi! I'm from the same university, class of 2009. I saw your profile in the alumni group. So nice to see our alumni doing well in Silicon Valley! Do you work on AI chips now?"),
    ("contact", "cred", "s", "Our alumni association is organising mentoring for students interested in chip design. Would you be willing to join? It's a great way to give back."),
    ("pivot", "off", "o", "We have a WeChat group for alumni in the Bay Area. Can I add you? Please send me your WeChat ID, or scan the QR code I'll send."),
    ("tasking", "paid", "s", "Some students are preparing for job interviews and would like to know what the design flow looks like in a big company. Could you write something up? The association will cover your time."),
    ("tasking", "paid vague", "o", "One of our senior alumni runs an investment fund in Shanghai and would like a paid consultation about AI accelerator architecture. He pays 1,000 USD per hour. Are you interested?"),
    ("elicitation", "sens", "o", "The fund manager is especially interested in your company's next-generation chip. What process node, what memory architecture, when is tape-out planned? He says this is for market analysis."),
    ("elicitation", "sens", "s", "He also wondered which customers are testing the chip now and how they find it. Just your impression."),
    ("elicitation", "sens secr", "o", "Please don't mention to your colleagues that you're consulting for an alumnus. People can be jealous. This is just among us classmates."),
    ("meeting", "meet", "o", "The alumni association is hosting a reunion in Shanghai in October. The fund manager will pay for your flights and hotel. It would be a great chance to meet him in person."),
    ("tasking", "pay", "o", "For the consultation fee, he can pay through WeChat Pay or transfer to your parents' account at home. Whatever is easiest for you."),
    ("contact", "cred vague", "s", "Also, the university's talent office would love to talk to you about a programme for overseas alumni. It comes with research funding and a position back home if you ever want it."),
])

S("broken_english_battery_headhunter", "fake_headhunter", "inmail", [
    ("contact", "cred", "o", "Dear Sir/Madam, I am headhunter for big battery company in Asia, we build new gigafactory in Hungary and need experienced cathode material engineer. Your experience at European battery company is very good match. Salary 180k EUR + car + apartment. Please reply if interest."),
    ("contact", "cred", "s", "Also our chairman say if you know process for high nickel cathode, we can discuss special position, reporting to him direct."),
    ("pivot", "off", "o", "Please contact me by wechat or whatsapp, my number +86 138 0000 1234. Linkedin i do not check often, sorry."),
    ("pivot", "off", "o", "or email me to battery.hr.zhang.example@163.com (not company email because company email is not working outside China)"),
    ("tasking", "paid", "o", "For interview, please prepare presentation about your current process: calcination temperature, precursor ratio, coating method. We pay 2000 EUR for presentation preparation.", "chat"),
    ("elicitation", "sens", "o", "Chairman ask, can you bring real data from your factory? Production yield, defect rate, supplier list. He want to see you really know the process.", "chat"),
    ("elicitation", "sens secr", "o", "please do not tell your company about this interview. in our industry it is normal, they will not understand. also use personal email only please.", "chat"),
    ("meeting", "meet", "o", "Chairman invite you to visit our headquarter in China next month, we pay business class and hotel. Also you can visit our new factory.", "chat"),
    ("tasking", "pay", "o", "presentation fee we can pay cash in euro when you visit, or to any bank you want", "chat"),
    ("elicitation", "sens", "s", "do you know other engineer in your team who want to change job? chairman want to build whole team, he can pay more to team leader", "chat"),
    ("meeting", "meet secr", "s", "for visit, better you take holiday, no need to say business trip. after you join we make everything official", "chat"),
])

S("ports_market_intelligence", "fake_consultancy_tasking", "inmail", [
    ("contact", "vague paid", "o", "Good afternoon. I run a market intelligence practice serving infrastructure investors in Asia. One of our clients is evaluating investments in European port terminals and would like to hire a few experienced port professionals as paid advisers. The work is flexible and can be done evenings and weekends. Your career in harbour operations at one of Europe's largest ports makes you an ideal candidate. Our client is a significant player in the sector but prefers to remain anonymous during the evaluation phase, which is standard in deal work. Fees start at 800 EUR per short report. Is a call something you would consider?"),
    ("contact", "cred", "s", "Your current role as deputy harbour master must give you an excellent overview of what's really happening at the port."),
    ("pivot", "off", "o", "Could we continue on WhatsApp? +44 07700 900564. My clients prefer that we don't keep this kind of correspondence on LinkedIn."),
    ("tasking", "paid vague", "o", "The first report would cover how the port's capacity is allocated between terminals and what expansion plans exist. Our client would value your personal view more than the published masterplan.", "chat"),
    ("elicitation", "sens", "o", "The client is interested in the arrangements for naval vessels and NATO cargo at the port. Which quays are used, how often, and how security is organised during those calls.", "chat"),
    ("elicitation", "sens", "s", "What do the port authority's board papers say about the terminal concession renewal? I gather it's been discussed recently.", "chat"),
    ("elicitation", "sens secr", "o", "It would be best not to mention our arrangement to the port authority. They're strict about outside work, and this is harmless research anyway.", "chat"),
    ("meeting", "meet", "o", "The client's head of European investments will be in Hamburg next month and would like to meet you over dinner. We'll cover your travel.", "chat"),
    ("tasking", "pay", "o", "Payment can be arranged through a company in Hong Kong, or in crypto if you prefer privacy.", "chat"),
    ("tasking", "paid", "o", "The client was delighted with your last note. They'd like to retain you for a year. Let's discuss terms when we meet.", "chat"),
])
B("security_team_newsletter", "security_awareness", "email", [
    "Security Bulletin, April edition. This month we're focusing on fake recruiters. Security services in several countries have warned that foreign intelligence officers pose as headhunters on LinkedIn, offering well-paid consulting work to people in defence, aerospace and technology. The pattern is usually the same: a flattering approach, a quick move to WhatsApp, WeChat or a personal e-mail, a paid 'report' for an unnamed client, then requests for internal information, and finally an all-expenses-paid trip abroad so that the 'client' can say thank you in person. If any of this sounds familiar, please contact the security team. Nobody who reports an approach gets into trouble for it.",
    "Reminder from the Security Office: if a recruiter asks you to keep your conversation secret from your employer, offers payment in crypto or cash, or wants you to write a report about your current work, stop and talk to us. These are classic warning signs of a state-backed approach, not a genuine job offer.",
    "Thanks to everyone who completed the 'Think Before You Link' training. Completion rates are at 87% across the division. The remaining staff have until the end of the month. The training takes 20 minutes and covers how to spot fake profiles, what to do if you're contacted, and how to report suspicious approaches.",
    "Case study from the bulletin: an engineer was contacted by a 'consultant' who offered 2,000 USD for a paper on industry trends. After the first paper, the consultant asked for details about an unannounced product, and then invited the engineer to Shanghai to meet the 'client'. The engineer reported it to us, and we helped them end the contact safely. Well done to them for spotting it. If something similar happens to you, don't try to investigate it yourself.",
    "Q&A from the security team. Q: A recruiter wants to move our chat to WhatsApp. Is that a red flag? A: Not on its own. Many genuine recruiters use WhatsApp or phone calls. It becomes a concern combined with other signals: an unnamed client, paid reports about your work, pressure to keep it secret, or requests for non-public information.",
    "We've noticed an increase in fake job offers targeting our staff through personal e-mail. The messages offer remote roles and ask for an 'onboarding fee' or for you to deposit a cheque. These are scams. Never pay to get a job, and never move money for a new employer.",
    "Travel security reminder: if you are invited to speak at a conference abroad, please register your trip with the security team at least two weeks before. We'll give you a briefing on the destination, including what devices to take and how to handle unexpected invitations to private dinners with sponsors.",
    "New poster for the kitchens: 'Flattery, a fee, and a favour: three steps to a recruitment pitch.' Please take a look and let us know what you think. Posters with other messages will follow in the coming months.",
    "A note on diaspora staff: some colleagues may be pressured by officials from their country of origin, including threats to their family at home or demands to report on community members. If this is happening to you or someone you know, our security team and HR can help in confidence. You can also contact the police.",
    "The security team's annual survey is open. It takes 10 minutes and asks whether you've been approached by suspicious recruiters in the past year. Your answers are anonymous and help us target our training.",
    "Results of the phishing simulation: 14% of staff clicked the link in a fake 'LinkedIn recruiter' message offering a consulting gig. Don't worry if you did, it's how we learn. The giveaways were the unnamed client, the urgent tone and the request to reply on a personal e-mail.",
])

B("hr_confidentiality_coi", "hr_policy_notice", "email", [
    "Annual reminder: Conflict of Interest declarations are due by 31 March. All employees must declare any outside employment, consulting work, board memberships, or paid speaking engagements. If you're unsure whether something counts, it probably does, so please declare it. The form is on the HR intranet under Policies > Conflicts of Interest. HR reviews declarations within ten working days and will get in touch if anything needs a conversation. Nothing you declare will be shared outside HR and your director.",
    "A reminder about confidentiality: company information that is not public, including product roadmaps, customer lists, test results and internal meeting notes, must not be shared outside the company without approval. This applies to expert network calls, conference talks and social media too. If in doubt, ask your manager or Legal.",
    "Gifts and hospitality policy update: you may accept gifts worth up to 50 GBP. Anything above that, including paid travel or accommodation from a supplier or a foreign organisation, must be approved in advance by your director and recorded in the register.",
    "Outside work requests: if you've been offered paid consulting or an advisory role, please submit an outside work request before accepting. We approve most requests, but we need to check for conflicts with our customers and our security obligations.",
    "Thank you for declaring your advisory role with the Royal Society working group. This has been approved. Please let us know if your role changes.",
    "Following the recent security incident, we are reminding all staff that our NDA obligations continue after you leave the company. Former employees who are approached to discuss our work should contact Legal.",
    "Your request to speak at the industry conference in Singapore has been approved. Please remember to have your slides reviewed by the communications team before the event, and to register your trip with Security.",
    "New starters: please complete your mandatory compliance modules (Code of Conduct, Confidentiality, Anti-Bribery, Export Control) within your first 30 days. The modules are in the learning portal.",
    "HR will never ask for your bank password, PIN, or one-time codes. If you receive a message claiming to be from HR and asking for these, please report it to the IT Service Desk immediately.",
    "Reminder: employees with security clearances must report foreign travel and any unusual contacts with foreign nationals to the Security Office. This is a condition of your clearance and helps protect you.",
    "We've updated the whistleblowing policy. You can raise concerns anonymously through our independent hotline. The new policy is attached and on the intranet.",
])

B("family_wechat_home", "family_chat", "chat", [
    "儿子, did you eat yet? Mom made dumplings today and thought of you 🥟",
    "Your father sent you 2000 yuan on WeChat for your birthday. Buy something nice, don't spend it all on work books!",
    "When are you coming home for Spring Festival? Grandma keeps asking. She wants to see you before her surgery.",
    "Your cousin got into university in Beijing!! The whole family is so proud. Send her a red envelope on WeChat if you can 🧧",
    "Did you see the photos of the new apartment? Your father insisted on the big TV. I told him it's too big 😂",
    "Don't work too late. Your auntie says people in London work until 10pm. Take care of your health, that's the most important thing.",
    "Can you send me the name of that vitamin you bought last time? The pharmacy here doesn't have it.",
    "I transferred your tuition share for your sister. Tell her to study hard and call her mother more often!",
    "Weather is cold here, first snow today ❄️ How is it in London? Wear a coat.",
    "Your uncle wants to know if you can help him with English for his business e-mail. He'll call you on WeChat video on Sunday.",
    "We booked the restaurant for the family dinner on the 28th. If your flight lands late, we'll wait for you.",
    "Grandma's surgery went well. She's tired but asked about you first thing. Call her tomorrow 💕",
])

B("family_whatsapp_remittance", "family_chat", "chat", [
    "Beta, the money arrived, thank you. Your father's medicine is paid for this month 🙏",
    "Your sister's wedding date is fixed: 14 February. Please book your ticket early, prices go up!",
    "Can you send 300 pounds for the roof repair? The rain came in again last night. I'll pay you back when the rent comes.",
    "Papa wants to know when you're coming home. He says he hasn't seen you in two years and he's getting old 😢",
    "The neighbour's son works in Dubai now. Everyone asks about you. I told them you're an important engineer in England 😄",
    "Your grandmother made you a shawl. I'll send it with Rahul when he comes to London next month.",
    "Did you get my voice note? The internet here is so bad, it keeps cutting out.",
    "Western Union or Wise? Your uncle says Wise is cheaper. Can you check?",
    "The whole family watched your video call last night. Your niece can't stop talking about your cat 🐱",
    "Don't forget Diwali! We'll call you at 7pm your time so you can see the lights.",
    "Your cousin is applying for a visa to study in Manchester. Can you write a letter saying she can stay with you for the first month?",
])

B("family_telegram_wedding", "family_chat", "chat", [
    "Привет! The wedding is confirmed for 3 August in Almaty. Can you come? We'd love you to be there.",
    "Mum is asking if you can bring chocolates from England, the ones in the purple box 😂",
    "Dad sent you 50,000 tenge for your flight. Check your card. Don't argue, it's a gift!",
    "Can you send me your measurements? Aunt Gulnara is sewing a traditional coat for you.",
    "The ticket prices are crazy now. Maybe fly through Istanbul? It's cheaper.",
    "Grandpa asked if you're still working for that aeroplane company. I told him yes and he showed everyone your photo from the factory.",
    "I created a Telegram group for the wedding guests. I'll add you, it's where we'll share the schedule and photos.",
    "Can you give a short speech in English at the reception? My husband's friends from Canada will be there.",
    "The restaurant changed the menu, now there will be beshbarmak AND plov 😋",
    "We got your gift! The kettle is amazing, thank you so much!! ❤️",
    "When are you coming home for good? Just joking, Mum told me to ask 😅",
])

B("diaspora_festival_association", "diaspora_association", "email", [
    "The Vietnamese Community Association of Leeds is organising our annual Tết festival on 8 February at the Civic Hall. We're looking for volunteers to help with food stalls, children's activities and the lion dance. Please reply if you can help!",
    "Thank you to everyone who volunteered last year. The festival raised 4,200 GBP for the community centre's language school. This year we hope to do even better.",
    "Committee meeting on Thursday at 7pm at the community centre. Agenda: festival budget, performers, council licence, and the new youth committee. All members welcome.",
    ("chat", "Hi all, we still need 5 people for the spring roll stall on Saturday morning! Message me if you're free 🙏"),
    "We've received a grant from the city council's cultural fund to cover the hall rental. Thank you to the team who wrote the application.",
    "Our membership list is private. We will never share members' contact details with anyone, including consular officials or other organisations. If someone asks you for member information, please refer them to the committee.",
    "The Vietnamese Embassy has asked if it can have a stall at the festival to offer passport renewal information. The committee has agreed, on the condition that it is for information only. Members are not obliged to visit.",
    ("chat", "Photos from the festival are up on the Facebook page! Tag yourselves. Thank you for an amazing day 🎉🧧"),
    "The Association's Annual General Meeting will be held on 20 April. We will elect a new chair and treasurer. Nominations close on 1 April.",
    "Free English classes for new arrivals start in May at the community centre. Please share with anyone who might benefit.",
    "We're collecting oral histories from elders in the community. If your grandparents would like to share their stories, we'd love to record them. It's for the city archive.",
])
B("gaming_friends_chat", "gaming_friends", "chat", [
    "bro that clutch in the last round 🔥🔥 how did you even see him behind the crate",
    "cant play tonight, mandatory overtime. the grid control room has a storm drill all week, my eyes are dead lol",
    "ok who left the party mid raid, i see you @kestrel 👀",
    "telegram group for the squad is up, link in the discord pins. mostly memes and scheduling",
    "new season drops thursday, patch notes look rough for snipers",
    "my mum asked what i do all night and i said 'team building' 😂",
    "anyone selling the old GPU? mine started making a noise like a jet engine",
    "gg all, 12 wins in a row. im going to sleep before my shift, night",
    "is the tournament this weekend still online only? not flying to Berlin for a 40 euro prize lmao",
    "you still doing nights at the substation? we could do a sunday afternoon session instead",
    "lol my kid just asked if the power company can turn off the internet when it's bedtime",
    "happy birthday dude!! 🎂 the squad chipped in for a skin, check your inventory",
])

B("vendor_sales_grid_software", "vendor_prospecting", "inmail", [
    "Hi, I'm Megan Holt, account executive at Gridwise Analytics. We build outage prediction software used by twelve European distribution network operators. I noticed you lead the control room modernisation programme at your utility. Could I show you a 20-minute demo sometime? Our case study with a Dutch operator is on our website.",
    "I know you're busy, so just a quick follow-up on my last note. We're exhibiting at the European Utility Week in Vienna, stand B42, if a face-to-face chat is easier.",
    "Totally understand this isn't a priority right now. Would it be okay if I checked back in the autumn, when budgets are being set?",
    ("email", "Thanks for taking the call! As promised, here are the slides and a link to our public security documentation, including our ISO 27001 certificate. Any procurement would of course go through your formal tender process."),
    ("email", "Our solutions engineer, Karl, can run a proof of concept using synthetic data or your publicly available network data. We don't need access to your operational systems or any confidential information for the trial."),
    ("email", "I've attached our standard NDA in case your team would like to discuss your requirements in more detail. Your legal team is welcome to use your own template instead."),
    "We're hosting a webinar on storm response next Tuesday with a panel of control room managers. No sales pitch, promise. Registration link is in the post on our company page.",
    "Congrats on your promotion! Saw it on your profile. If the new role brings you into grid analytics, let me know.",
    ("email", "Just to confirm: we received the invitation to tender and will submit our response through your procurement portal by the deadline. We won't contact evaluation panel members during the tender period, per your rules."),
    "Hi, I'm no longer at Gridwise, but my colleague Sam Ortiz will be your point of contact. sam.ortiz@gridwise.example.com.",
])

B("invoices_payroll", "finance_admin", "email", [
    "Invoice INV-20714 from Copperline Facilities Ltd for cleaning services in October is attached. Amount due: 3,480.00 GBP. Payment terms 30 days. Our bank details are unchanged from previous invoices.",
    "Payroll notice: November salaries will be paid on the 26th instead of the 28th because of the bank holiday. Payslips are available in the HR portal.",
    "Reminder: expense claims for October must be submitted by Friday to be included in this month's payroll. Please attach receipts for all items over 25 GBP.",
    "Please note that Copperline Facilities will never change its bank details by e-mail. If you receive a message asking you to pay a new account, call us on the number on your contract before paying.",
    "Your P60 for the tax year is available in the payroll portal. Please keep it for your records.",
    "Purchase order PO-5521 for the conference booth has been approved. Please forward the supplier invoice to accounts payable quoting the PO number.",
    "We've identified an overpayment in your September salary of 212.40 GBP due to a system error. With your agreement, we'll deduct it from your December pay. Please contact Payroll if you'd like a different arrangement.",
    "Statement of account attached. Two invoices are overdue: INV-20511 and INV-20603. Please let us know if there's any query holding them up.",
    "Pension contributions: from April, the employer contribution rises to 8%. You don't need to do anything, but you can change your own contribution in the benefits portal.",
    "Thank you for your payment of 1,250.00 EUR received on 3 March. Your account is now up to date.",
    "Travel allowance for the Brussels trip has been approved: 3 nights at the standard rate plus rail fare. The amount will be added to your next salary.",
])

B("genuine_bigtech_recruiter", "genuine_recruiter", "inmail", [
    "Hi, I'm Jordan Blake, a technical sourcer at Lumenforge, working on our custom silicon team in Austin. We're hiring a Principal Architect for our next AI inference accelerator. I came across your ISSCC paper and thought you might be interested. The role is listed on lumenforge.example.com/careers, job ID 88213. Happy to share more about the team if you're curious, and equally happy to hear it's not the right moment. Either way, thanks for reading this far.",
    "To answer your question: yes, the role is based in Austin, with relocation support. We can sponsor visas. Compensation is a mix of base salary, bonus and equity, and I can share the range on a call.",
    "Our interview process is five rounds: recruiter call, hiring manager call, two technical rounds, and a final loop. We never ask candidates to share confidential material from their current employer, and interviewers are trained to steer away from it.",
    ("email", "I've sent a calendar invite for Wednesday at 9am Pacific from my Lumenforge address. The call will be on Google Meet. Looking forward to it."),
    ("email", "Following up on our chat, here's a summary of the role and the team. If you'd like to proceed, please apply through the careers link so your application is tracked in our system."),
    ("email", "The hiring manager, Aditi Rao, would love to chat. She's a former architect at a GPU company and now leads the inference team. Could you do Thursday or Friday this week?"),
    ("email", "Reminder: all offers from Lumenforge come from our official HR system. We never request fees, gift cards, or personal banking information before you've signed an offer."),
    "No problem at all, I understand the timing isn't right. I'll reach out again in six months, if that's ok with you.",
    "We're hosting an open evening for hardware engineers at our Austin office next month. Talks from our silicon team, food, and no hard selling. Want an invite?",
    ("email", "Thank you for interviewing with us. Unfortunately, we've decided to move forward with another candidate. The feedback from the panel was very positive, and we'd like to stay in touch for future roles."),
    "Hi! Just checking whether you're still open to hearing about roles. We have a new opening in our memory subsystem team that might suit you better than the last one.",
])

B("genuine_fab_recruiter_abroad", "genuine_recruiter", "inmail", [
    "I'm Kenji Watanabe from the talent acquisition team at Hoshina Semiconductor Manufacturing, which is building a new 300mm fab in Kumamoto, Japan. We're recruiting process engineers with experience in lithography and etch, and your background at a European fab is very relevant. Relocation support, housing assistance and Japanese language classes are included. The job descriptions are on our English careers site. Would you like to learn more? I'm also happy to connect you with a European engineer who moved to Kumamoto last year, if you'd like to hear what it's like from someone who has done it.",
    "Our roles are with Hoshina directly, not through an agency. You can verify my details on our corporate website's recruitment page, where the team contacts are listed.",
    "Please note: during interviews, we will ask about your general skills and experience. We do not want, and will not accept, any confidential information from your current or previous employers. This is part of our company policy and our candidates sign a declaration to that effect.",
    ("email", "Thank you for your application. I've forwarded it to the hiring manager for the lithography group. We'll contact you within two weeks to schedule a video interview via Microsoft Teams from our corporate account."),
    ("email", "We'd like to invite you to an on-site interview in Kumamoto. We'll book your flights and hotel through our corporate travel agent. You'll receive an official invitation letter from our HR department, which you may need for your visa."),
    ("email", "During your visit, we'll also arrange a tour of the city and the international school, since you mentioned your children. If you prefer, your partner is welcome to join at our expense."),
    ("email", "We're pleased to offer you the position of Senior Process Engineer. The offer letter is attached and is also available in our candidate portal. Please review it carefully; you may want to consult an independent adviser about the tax implications of relocating."),
    ("email", "Export control note: because our fab uses equipment subject to export controls, your employment will require a standard screening by our trade compliance team. They'll contact you directly. There's nothing you need to prepare."),
    "If the timing isn't right, we'd be happy to keep in touch. We expect to open more positions next year as the second phase comes online.",
    "Our recruitment team will be at SEMICON Europa in Munich in November. If you're attending, come and say hello at our booth.",
])
B("think_tank_signed_commission", "think_tank_commission", "email", [
    "I'm the research director at the Whitcombe Institute for Security Studies in London. We're commissioning a series of signed policy briefs on the security of critical undersea infrastructure, and we'd like to invite you to write one on cable repair capacity. The fee is 1,500 GBP for around 4,000 words. Briefs will be published on our website under your name, and our funding sources are listed in our annual report. We would need the final draft by the end of June, and there will be one round of peer review before then.",
    "The brief should draw on public sources and your professional expertise. Please don't include anything that is confidential or commercially sensitive; our editorial team will also check this. If your employer needs to approve the brief, we're happy to allow time for that.",
    "Our contract is attached. It covers the fee, the deadline (30 June), the licence to publish under Creative Commons, and your right to republish the brief elsewhere after six months.",
    "We'll hold a public launch event for the series at our offices in September, with a panel of authors. It will be livestreamed. Would you be willing to take part?",
    "Thank you for your draft. The peer reviewer's comments are attached; they are mostly about structure and a couple of sources that need updating. Could you send a revised version within two weeks?",
    "The fee will be paid by bank transfer on publication. Please send an invoice to finance@whitcombe.example.org with your bank details. If you're employed by a government body, please let us know; some can't accept fees, and we can donate it to a charity instead.",
    "Your brief was published today and has already been picked up by two trade journals. Thank you for an excellent piece.",
    "We've received a request from a journalist at the Financial Gazette to interview you about your brief. Shall I pass on your contact details, or would you prefer to go through our press office?",
    "We're planning a closed roundtable under the Chatham House Rule with officials and industry. The participants list will be shared in advance, and no fees are paid. Would you like to attend?",
    "The Institute is applying for a grant from a European foundation to expand the series. Would you be willing to be named as a potential author in the application?",
])

B("genuine_advisory_board", "genuine_advisory_board", "email", [
    "I'm the chair of Stratavane Ltd, a UK company developing satellite communication terminals for emergency services. We are forming an advisory board and would be honoured if you would consider joining, given your career in the Royal Air Force's communications branch. The role involves four meetings a year in Guildford and an annual fee of 8,000 GBP. The company's investors and ownership are listed on Companies House. I'd be glad to meet you for coffee to explain the company and the board, with no commitment on your part.",
    "I should mention that, as a former senior officer, you may need to seek advice from the Advisory Committee on Business Appointments before accepting. We're happy to provide whatever information ACOBA needs and to wait for their decision.",
    "Our board papers will cover the company's own strategy and products only. We would never ask you to share anything you learned in service that is not public, and our advisers sign a statement to that effect.",
    "Attached is the draft advisory agreement, which sets out the fee, expenses policy, conflict of interest rules and confidentiality obligations. Please have it reviewed by your own adviser.",
    "ACOBA's advice has been published on their website; they've approved the appointment with the standard conditions. Welcome to the board!",
    "The first meeting is on 15 May at our Guildford office, 10:00 to 13:00, followed by lunch with the engineering team. We'll reimburse your travel in line with our expenses policy.",
    "The fee is paid quarterly by bank transfer from the company's account, with a statement. Please send your bank details through our finance portal rather than by e-mail.",
    "We're considering a partnership with a company in South Korea. As this could raise export control questions, we've asked our lawyers to brief the board at the next meeting. Your views would be welcome.",
    "Thank you for your thoughtful input at the last meeting. The board minutes are attached for your approval.",
    "Our annual declarations of interest are due. Please list any other board roles or consultancies you hold, so we can manage any conflicts.",
])

B("genuine_investor_dd", "genuine_investor_dd", "email", [
    "I'm an analyst at Cobalt Ridge Ventures, a Berlin venture capital firm. We're considering an investment in Voltaic Cells GmbH and have engaged Kestrel Expert Network to arrange calls with industry experts. I understand you've agreed to speak with us next week. I'd like to share our questions in advance so you can decide whether you're comfortable with them.",
    "Our questions are: 1) How do you see the market for sodium-ion batteries developing? 2) What are the biggest manufacturing challenges for new entrants? 3) How do customers evaluate new cell suppliers? We are not asking about your current employer and would prefer you didn't discuss it.",
    "Thank you for the call. Your overview of the qualification process was very helpful. As agreed, Kestrel will handle your payment.",
    "The target company has agreed to let us speak with its own engineers as part of our due diligence, under an NDA between our firms. We won't need any further information from you, but thank you again.",
    "We've completed the investment. The announcement will be on our website next week. Thank you for your contribution to our research.",
    "For our records: all expert calls were arranged through Kestrel, recorded, and conducted under their compliance terms. No confidential information was requested or received.",
    "Could we arrange a follow-up call through Kestrel in the new year? We'd like to understand how the sector has developed.",
    "We're hosting a public panel on European battery manufacturing in Berlin in March, with speakers from industry and government. Would you like to speak? We'll cover your travel and pay a small honorarium, with your employer's consent.",
    "Our partner, Dr Ilse Fischer, would like to thank you personally. She'll be at the Battery Show in Stuttgart if you're attending.",
    "Please note that our firm's communications are archived for regulatory purposes, including any e-mails with experts.",
])

B("language_tutor_genuine", "language_tutor", "chat", [
    "Great lesson today! Your homework: write 5 sentences about your weekend using the past tense. See you Tuesday 🙂",
    "Reminder: my rate is 25 GBP per hour, payable through the tutoring platform as usual. I've sent next month's schedule.",
    "Don't worry about the tones, everyone struggles at first. Try listening to the podcast I sent for 10 minutes a day.",
    "Sorry, I have to cancel Thursday's lesson, my daughter is sick. Can we do Friday at the same time instead?",
    "I noticed you used 'meeting' vocabulary at work. Shall we do a lesson on business Mandarin next time? It could be useful for your company's trips.",
    "Here's a scanned page from the textbook, chapter 8. We'll practise the dialogue at the restaurant.",
    "Your essay about your job at the council was very good! Just a few corrections with measure words. I've marked them.",
    "The platform is having technical problems today. Shall we use Zoom instead? I'll send you the link here.",
    "Happy Mid-Autumn Festival! 🥮 Let's learn the vocabulary for it next lesson.",
    "The HSK exam registration closes on the 15th. Do you want me to help you decide which level to take?",
    "We've finished book 2! Congratulations. Next month we'll start on reading newspaper articles.",
])

B("fitness_club_chat", "fitness_club", "chat", [
    "Parkrun this Saturday at 9! Who's in? 🏃‍♀️ Coffee after at the usual place.",
    "Great pace on the harbour loop this morning everyone, 5:12 average!",
    "Anyone have a spare head torch for the winter evening runs? Mine died.",
    "I added the new members to the WhatsApp group. Welcome Jess and Tom! 👋",
    "The club AGM is next Wednesday at the rugby club bar. We need a new treasurer, any volunteers?",
    "Reminder: the half marathon registration closes on Friday. Club members get a 10% discount code.",
    "Sorry I missed Sunday, I was working at the port, the early shift is brutal 😴",
    "Strava says I ran 1,000 km this year! 🎉 Thanks for all the motivation, team.",
    "Anyone want to share a taxi to the race in Bristol? There's room for 3 more in mine.",
    "Lost: a blue water bottle at the track on Tuesday. Has anyone seen it?",
    "Photos from the relay are on the club's Facebook page. Amazing effort from everyone.",
])

B("customs_border_job_ads", "public_sector_job_ad", "email", [
    "Border Force Officer vacancies, Dover and Heathrow. Salary 28,000-32,000 GBP plus shift allowance. Applicants must pass Counter Terrorist Check (CTC) security clearance. Apply through Civil Service Jobs, reference 301842. The Home Office never charges for applications.",
    "Thank you for applying to HM Revenue & Customs. Your application has progressed to the online test stage. You'll receive an e-mail from Civil Service Jobs with instructions. Please do not respond to requests for payment or personal financial information.",
    "Customs Risk Analyst, Felixstowe. You'll analyse trade data to target high-risk consignments. SC clearance is required, which we'll sponsor. Full details and person specification on Civil Service Jobs.",
    "We're pleased to invite you to an assessment centre for the Border Force Officer role. Please bring your passport and proof of address. The assessment includes a role play and a written exercise.",
    "Your conditional offer is subject to pre-employment checks, including security vetting. The vetting team will contact you directly through the official vetting portal. Please complete the forms within 10 working days.",
    "Information session: Careers in Customs and Border Protection, online on 18 March. Hear from serving officers about their roles. Register through the Home Office careers site.",
    "Reminder to all applicants: beware of fraudulent job offers claiming to be from Border Force. We do not recruit via WhatsApp and never ask for fees. Report suspicious messages to Action Fraud.",
    "We regret to inform you that your application was unsuccessful at the sift stage. Feedback is available on request. We encourage you to apply for future vacancies.",
    "Port Health Officer, Southampton City Council. Inspect food imports at the port and work closely with Border Force. No clearance required. Apply through the council's website.",
    "Congratulations on completing your Border Force training! Your posting is confirmed at Dover Eastern Docks from 3 June.",
])
S("grid_think_tank_long_emails", "fake_think_tank", "email", [
    ("contact", "cred paid vague", "o", "I direct the energy security programme at the Caspian Bridge Policy Forum, a small independent think tank with offices in Tbilisi and Vienna. We are preparing a private study on the resilience of European transmission grids for a group of sponsors who fund our work on condition of anonymity. Your name was suggested to us by a former colleague of yours who admires your work on the national control centre. We would like to commission you to write a background paper of about fifteen pages, drawing on your experience, for a fee of 6,000 EUR. The paper would circulate only among the sponsors, never publicly, and would not carry your name."),
    ("pivot", "off", "o", "Our institutional e-mail has been unreliable since we moved servers, and several authors have lost messages. Could you write to my personal account instead? It is caspian.forum.example at gmail dot com. If you prefer instant messages, I am on S i g n a l with the number +44 07700 900802, which is the fastest way to reach me while I travel between our two offices this month."),
    ("tasking", "paid", "o", "Thank you for agreeing. For the paper, the sponsors would like you to focus on the practical side rather than theory: how the control centre actually responds when several lines trip at once, how decisions are escalated, and which parts of the process depend on a handful of experienced people. They feel that the published literature misses this human layer entirely, and that someone who has sat in the chair can describe it as no academic could. Please write freely; we will edit for style only."),
    ("elicitation", "sens", "o", "The sponsors read the draft with great interest and have some follow-up questions. They would like the actual contingency list the control centre uses, the names of the substations you consider single points of failure, and the current status of the remote terminal unit upgrade. They understand these are internal matters, which is why the fee reflects the value of your insight. We can add another 4,000 EUR for an annex containing this material, which would be seen by no more than three people."),
    ("elicitation", "sens secr", "o", "I should be frank about one thing. The sponsors value discretion above everything, and so should you: a paper like this, if misunderstood by your employer or by the regulator, could cause you unnecessary trouble. I suggest you do not mention the commission to anyone at work, do not write it on your work computer, and delete our correspondence after each exchange. This is simply good practice among people in our field, and it protects you above all."),
    ("meeting", "meet vague", "o", "Our lead sponsor will be in Vienna for a few days at the end of next month and wonders if you could spare him a long lunch, just the two of you. He wants to say thank you face to face and talk about a longer arrangement, perhaps a standing retainer for quarterly papers. We will book your flights and a hotel near the Ringstrasse, and there will be a day rate for your time. Please let me know which dates suit you, and whether you prefer to travel on a weekend."),
    ("tasking", "pay", "o", "About the fee: our sponsors pay through a foundation in Liechtenstein, and the foundation prefers to transfer to accounts outside the eurozone for its own accounting reasons. Many of our authors have found it easiest to receive the money into an account opened for the purpose in Georgia or Armenia, or in stablecoins. We can help you with the paperwork if you choose the first route. Please do not put the foundation's name on any invoice."),
    ("elicitation", "sens", "s", "A short question that came up over the weekend: after the incident in January, did the operator change how it controls vendor access to the control network? The sponsor remembers you saying that the arrangement was temporary and wonders whether it is still in place."),
    ("contact", "cred", "s", "We are also assembling a small circle of practitioners from neighbouring operators for a similar exercise. If there is anyone you trust, perhaps in the interconnector team, I would be glad of an introduction. The terms would be the same as yours."),
    ("tasking", "paid vague", "s", "The sponsors have one more request for the spring. They would like a view on how the grid would cope with a prolonged cold spell combined with the loss of a major interconnector, written from the inside, as only you can. The terms would be the same, and I can send half in advance if that helps."),
])

S("overseas_police_station_whatsapp", "overseas_police_station", "chat", [
    ("none", "coer", "o", "This is the overseas service centre of the city public security bureau. We need to verify your residence status. Come to our office on Wednesday at 3pm, the address is above the restaurant on Mill Lane. Bring your passport."),
    ("none", "coer", "o", "You missed your appointment. This is not a good attitude. Your file has been sent back to the bureau at home, and your parents have been informed."),
    ("none", "coer", "s", "We know you are doing well in your studies. It would be a pity if your family had problems with their business licence because of your behaviour abroad."),
    ("none", "coer", "o", "Stop attending the protests at the consulate. We have your photos. If you continue, your brother will lose his position at the state bank."),
    ("none", "coer secr", "o", "This conversation is confidential. Do not share these messages with the British police or with the media. It will not help you."),
    ("none", "coer", "o", "You need to help us identify the people who organised the candle vigil. Send names, phone numbers and where they work. Then your case can be closed."),
    ("none", "coer", "s", "Your mother called us herself, crying. She wants you to cooperate. Why do you make her suffer?"),
    ("pivot", "coer off", "o", "Delete WhatsApp messages from us after reading. From now on we will contact you on a new number on Telegram, so reply there only."),
    ("none", "coer", "o", "Your passport expires next year. If you want to renew it at the consulate without problems, you know what you need to do."),
    ("none", "coer pay", "s", "If you help us, we can make sure your family receives support. Money is no problem. We know students have difficult lives abroad."),
    ("none", "coer", "s", "Your friends from our province meet every Friday at the tea house near the university. Go more often. Tell us what they talk about. Simple."),
    ("none", "coer", "o", "Last chance. Return home for 'family reasons' before the end of the year, or the bureau will open a formal case against your father."),
])

S("task_scam_rating_app", "job_scam_task", "chat", [
    ("contact", "scam", "o", "Hi! I'm Lily from the recruitment team of a digital marketing agency. We're hiring part-time remote staff to boost app ratings. 30 minutes a day, earn 150-400 USD daily. No experience needed. Interested? 😊"),
    ("pivot", "scam off", "o", "Great! Please add our mentor on Telegram: @mentor_daisy_work. She'll guide you through the training tasks today."),
    ("none", "scam", "o", "Welcome to the team! Your first 40 tasks are free to try. After you complete them, you'll receive your first commission of 68 USD. Then you'll need to top up your account to unlock premium tasks."),
    ("none", "scam pay", "o", "You've hit a 'combination task'. To continue, you need to deposit 450 USDT. Finish the set and the deposit comes back to you along with a 30% bonus. It happens to every member at this level."),
    ("none", "scam", "s", "Congratulations, you're so close to the big commission! Just one more deposit and you can withdraw everything this evening. Don't give up now!"),
    ("none", "scam secr", "o", "Please don't tell your bank what the transfer is for, they sometimes block crypto purchases. Just say it's an investment."),
    ("none", "scam", "o", "The system has locked your account: your reputation points fell under 90 after the late task. Unlocking costs 20% of your balance. Then you can withdraw."),
    ("none", "scam", "s", "Look at our group, so many members withdrawing today 🤑 Trust the process. Our company has operated for 8 years."),
    ("none", "scam", "s", "I understand you are worried. I was too, at first. But I withdrew 12,000 last month. Let me help you. Can you borrow from a friend for the last task?"),
    ("none", "scam pay", "o", "Please send the deposit to the new wallet address below. The old one has reached its limit. Send screenshots after transfer."),
])

S("space_startup_investor_inmail", "fake_investor_dd", "inmail", [
    ("contact", "cred vague", "o", "I'm a partner at a technology fund investing in space launch and satellite constellations. We're doing due diligence on several European launch start-ups and we're looking for senior engineers with first-hand experience of solid rocket motors. We pay 700 USD per hour for expert calls, and we're very flexible about timing. Our limited partners include a sovereign fund in Asia that prefers not to be named until the fund's first close. Might you have time to talk?"),
    ("contact", "cred", "s", "I read your thesis on grain design many years ago and still consider it one of the best on the topic. It would be an honour to talk."),
    ("pivot", "off", "o", "Let's move this to a proper channel. Telegram: @aurora_space_capital. Or write to aurora.sc.partner.example@gmail.com. LinkedIn isn't good for confidential deal discussions."),
    ("tasking", "paid vague", "o", "Thanks for a great first call. Our investment committee would like a written report, 10-15 pages, comparing the propulsion approaches of the main European start-ups and the national agency's programme. We'll pay 8,000 USD for the report.", "chat"),
    ("elicitation", "sens", "o", "The committee has a specific question on the national programme: what is the status of the new motor's qualification, and what problems were found in the last static firing? They know it's not public. That's why they're asking you.", "chat"),
    ("elicitation", "sens", "s", "Which of your former colleagues are now at the start-ups? And what are their salaries, roughly? It helps us understand the talent market.", "chat"),
    ("elicitation", "sens secr", "o", "We'd appreciate it if you could keep our arrangement private. Funds are careful about leaks before investments are made, and you wouldn't want your former employer to think you're sharing their information, even though of course you're not.", "chat"),
    ("meeting", "meet", "o", "Our LP would like to meet you in Singapore during the Space Week conference. We'll fly you out, business class. He's keen to hear your views directly.", "chat"),
    ("tasking", "pay", "o", "For tax reasons, our LP prefers to pay consultants through a company in the Seychelles. We can also pay in USDC. What works best for you?", "chat"),
    ("meeting", "meet vague", "s", "He'd also like you to meet a few of his technical people while you're there, informally. Nothing to prepare, just conversation.", "chat"),
    ("tasking", "paid", "s", "Following your meeting, the LP wants to put you on a monthly retainer. Same kind of work, a short note each month on what you're hearing.", "chat"),
])

S("fake_bigtech_onboarding_scam", "job_scam_fake_hr", "inmail", [
    ("contact", "scam", "o", "Congratulations! Following a review of your profile, you have been shortlisted for a remote Data Analyst role at a leading global tech company. Salary 65 USD/hour, flexible hours, full benefits. The interview will be conducted via text chat on Telegram with our hiring manager. Please reply with your personal e-mail and phone number."),
    ("pivot", "scam off", "o", "Please download Telegram and message our hiring manager at @talent_hr_mgr_david. The interview is text-based and takes about 45 minutes. Mention reference code DA-2291."),
    ("none", "scam", "o", "Thank you for completing the interview. We're happy to offer you the position! Please find attached the offer letter. Before your start date, you'll need to buy your work laptop and software from our certified vendor. We'll reimburse you with your first paycheck.", "chat"),
    ("none", "scam pay", "o", "To buy the equipment, please send 1,350 USD to our vendor via Zelle or Bitcoin. Once the vendor confirms, they'll ship the equipment within 2 business days.", "chat"),
    ("none", "scam", "o", "For payroll and tax purposes, we need pictures of both sides of your driver's licence, your SSN, and the username and password for your online banking. Direct deposit can't be set up without them.", "chat"),
    ("none", "scam secr", "o", "Please keep the offer confidential until the official announcement. The company is restructuring and prefers new hires don't post on LinkedIn yet.", "chat"),
    ("none", "scam", "o", "Our vendor says there was a problem with your payment. Can you try again, with a different card or a gift card? The training starts Monday and I don't want you to miss it.", "chat"),
    ("contact", "scam", "s", "Hi, I'm a recruiter with a tech company. Your profile is impressive! We're offering remote jobs with very competitive pay, and interviews can be done this week. Would you like to know more?"),
    ("none", "scam", "o", "URGENT: your onboarding is incomplete. Please complete the payment for your equipment within 24 hours, otherwise the offer will be withdrawn and passed to the next candidate.", "chat"),
])
B("hr_onboarding_genuine", "genuine_onboarding", "email", [
    "Welcome to Harrowgate Engineering! We're delighted you're joining the structures team on 2 June. Over the next two weeks you'll receive a few e-mails from our HR system, onboarding@harrowgate.example.com, asking you to complete your personal details, emergency contacts and bank details for payroll inside our secure portal. Please don't send any of this information by e-mail or chat. On your first day, bring your passport or birth certificate for the right-to-work check, which we'll do in person at reception. There is no cost to you at any stage, and your laptop will be waiting for you at your desk.",
    "A quick note about your pre-employment checks. Because your role involves work on defence programmes, we'll start the BPSS check now and the SC clearance application after you join. Our security team will send you a link to the official government vetting portal; you'll fill in the forms there yourself. Nobody from Harrowgate will ever ask you to send your vetting forms, your passwords or any one-time codes by e-mail or phone. If anyone does, please tell us straight away, because it would be a scam using our name.",
    "Your first week: Monday is induction, including health and safety, IT setup and a tour of the site. Tuesday and Wednesday you'll shadow your buddy, Chris Allen, on the wing rib project. Thursday is the mandatory security briefing, which covers how to recognise suspicious approaches from people posing as recruiters or consultants, and what to do about them. Friday afternoon is lunch with the team. If you have any questions before you start, your line manager's number is in your offer letter.",
    "Please find attached the employee handbook and the IT acceptable use policy. You'll be asked to confirm you've read both during induction. The handbook includes our policy on outside employment, which asks you to declare any consulting or advisory work, and our confidentiality policy, which continues after you leave.",
    "Our benefits provider will send you a welcome pack to your home address within your first month. You can choose your pension contribution, join the cycle-to-work scheme, and add family members to the private medical insurance. Nothing needs to be done before you start.",
    "Reminder: your ID badge photo can be uploaded in the onboarding portal, or we can take it on the day. Please use a plain background and no sunglasses 😊",
    "We noticed you haven't yet completed the bank details section in the portal. Payroll needs this by the 15th to pay you at the end of your first month. If you're having trouble logging in, call the HR helpdesk on 01632 960 418.",
    "Parking is limited on site during the first two weeks of the month because of construction. The shuttle bus from the station runs every 20 minutes from 7:00. Your badge will open the car park barrier once it's activated.",
    "Thanks for completing everything! Your onboarding checklist is now complete. See you on Monday at 8:45 at main reception.",
    "One last thing: you'll be invited to the company's new starter lunch with the managing director in your second week. It's informal, just a chance to meet other new joiners.",
])

B("gr_firm_hiring_inmail", "genuine_recruiter", "inmail", [
    "I'm a partner at Ashworth Public Affairs, a government relations consultancy in Westminster. We're registered on the Consultant Lobbying Register, and our client list is published quarterly on our website. We're hiring a Senior Consultant for our defence and security practice, and your time at the Ministry of Defence's procurement directorate caught my eye. The role involves advising clients on public policy, preparing consultation responses and meeting officials in an open and recorded way. Salary 70-80k GBP. Would you be interested in a conversation?",
    "To be clear about the role: we work only with publicly available information and with clients who are publicly listed on our register entries. As a former civil servant, you'd need to follow the Business Appointment Rules, and depending on your seniority, you may need ACOBA advice and a lobbying ban for a period. We're used to this and will support you through it. Two of our current consultants went through exactly the same process last year, and they'd be happy to tell you about it.",
    "Our code of conduct, which we follow as members of the Public Relations and Communications Association, prohibits offering any payment or benefit to officials and requires us to be transparent about whom we represent. I've attached it so you can see our approach.",
    ("email", "Thanks for your interest. I've sent you a calendar invitation for a call on Friday at 11:00 from my Ashworth e-mail. We'll discuss the role, the practice and the Business Appointment Rules."),
    ("email", "Following our conversation, I've attached the job description and our standard interview process: two interviews, a written exercise on a fictional policy brief, and reference checks. We don't ask candidates to share anything from their previous government role."),
    ("email", "Our managing partner is keen to see you face to face. We'll hold the interview at our office near St James's Park on 3 April. We'll reimburse your travel costs."),
    "Apologies for the slow reply, I've been at the party conference this week. Happy to pick this up next week.",
    ("email", "We're delighted to offer you the role. The offer is conditional on your Business Appointment Rules clearance. Our HR team will send you the formal paperwork through our HR system."),
    "Thanks for letting me know you've decided to stay in your current role. I completely understand, and I wish you all the best. Let's stay in touch.",
    "We're running a free seminar on how the new Procurement Act changes defence contracting, open to anyone in the sector. It's on our events page if you're interested.",
])

B("newsletter_oped_solicitation", "newsletter_contribution", "email", [
    "I edit the Foreign Affairs Quarterly Review's online newsletter, which publishes short signed opinion pieces on international affairs. Several of our readers enjoyed your recent conference remarks on Arctic shipping routes. Would you be willing to write a 900-word op-ed on that topic for our newsletter? We pay 250 GBP per published piece, and all pieces appear under the author's name with a short bio and a declaration of interests. We publish on our open website and our subscribers include diplomats, academics and journalists.",
    "Our editorial guidelines are attached. Please note that we only publish pieces based on public information and the author's own analysis. If you're a current official, we'll need your department's approval for publication, and we'll state in the bio that the views are your own.",
    "Thank you for your draft. It's an excellent piece. Our editor made a few suggestions, mainly shortening the second section and adding sources for the shipping statistics. Could you send a revised version by Friday?",
    "Your op-ed is now live on our website and will go out in this Thursday's newsletter to about 18,000 subscribers. Thank you for your contribution. The fee will be paid within 30 days; please send an invoice to our accounts team.",
    "We've received a response to your piece from a professor in Tromsø, which we'd like to publish next week. Would you like to write a short reply? We'd publish both together.",
    "Our newsletter runs an annual contributors' event in London, a drinks reception at our offices in Bloomsbury. Contributors and their partners are welcome; no fees or travel are paid, but we'd love to see you.",
    "Could we republish your piece in our printed annual anthology? We'd pay an additional 100 GBP and credit you as the author. You keep the copyright.",
    "Just a reminder: we don't accept anonymous submissions, and we don't commission pieces on behalf of third parties. All our funding is listed on our website.",
    "Would you consider joining our panel of regular contributors? It's one piece per quarter, on any topic in your area, at our standard rate. No obligation.",
    "Your piece was one of our most-read articles of the year! Thank you again.",
])

B("employee_report_quotes_flags", "employee_incident_report", "email", [
    "Reporting a suspicious LinkedIn approach, as per the security policy. Yesterday I received an InMail from someone claiming to be a 'talent acquisition partner' for an unnamed client in the aerospace sector. Within two messages they asked me to move to WhatsApp, offered 2,000 USD for a 'short report' on how my team handles certification, and said the client would like to meet me in Singapore. They also asked me to keep it between us. I haven't replied since. Screenshots attached. Let me know if you need anything else.",
    "Appreciate you getting back to me so fast. Done: profile blocked, and I'm not answering anything else from them. For your records, the WhatsApp number they gave was +44 07700 900310 and the profile name was 'Annie Chen, Talent Partner'.",
    "Another one for the pile, I'm afraid. A 'journalist' e-mailed me from a proton address asking for background on our landing stations and offered a 'research fee'. The magazine they named doesn't seem to have anyone by that name on its masthead. I haven't answered.",
    "Follow-up to my report: the recruiter messaged again today saying the client is 'very disappointed' I haven't replied and offering to double the fee. I'm forwarding it as requested and not replying.",
    "I'd like to declare an approach I received at the conference in Vienna. A man who introduced himself as an investor asked detailed questions about our test programme and invited me to dinner with 'some friends'. I declined. I'm reporting it in line with the travel security guidance.",
    "Hi security team, I'm not sure whether this is suspicious or not. A recruiter from a named agency contacted me about a role at a defence company and wants to continue by phone. She gave me her company e-mail and the role is on the company's website. Is that okay? I'm happy to proceed if so.",
    "Thanks for checking. Good to know it's a genuine recruiter, I'll go ahead with the call. It's reassuring that the agency and the role are both verifiable.",
    "My colleague in the test lab mentioned that someone on a gaming Discord had been asking her a lot about her work and suggested a 'paid write-up'. I encouraged her to talk to you directly, but wanted to flag it in case she doesn't.",
    "Incident closed: as agreed, I've stopped all contact with the 'consultant'. Thank you for the support and the briefing on what to expect if they try again.",
    "Quick feedback on the security briefing: the example of the 'no classified stuff, just what's discussed internally' message was really useful. That's exactly how the approach I had was worded.",
])

B("genuine_recruiter_whatsapp_gulf", "genuine_recruiter", "inmail", [
    "I'm Farah Haddad, a recruitment consultant at Crescent Talent Partners in Dubai. We're a licensed recruitment agency (licence details on our website). I'm recruiting for an airport operations manager at Emirates Gateway Airports, a government-owned airport operator that has publicly announced its expansion. The role is listed on their careers page. Your experience running ground operations at a European hub would be a strong fit. Would you like to discuss it? I'm happy to answer questions about living in the UAE as well, since I know that's a big part of any decision like this.",
    "In the Gulf, a lot of recruitment happens over WhatsApp, so if you prefer, we can chat there. My number is +971 4 555 0190, which is our office line on WhatsApp Business. Otherwise e-mail is perfectly fine: farah.haddad@crescenttalent.example.com.",
    "The package: tax-free salary of around 45,000 AED per month, housing allowance, schooling for two children, annual flights home and health insurance. The client will share the full details in the offer.",
    ("chat", "Hi, it's Farah from Crescent Talent. Thanks for adding me here! I've just sent the job description by e-mail as well so you have it in writing."),
    ("chat", "The client would like a video interview next Tuesday at 2pm UAE time. They'll send a Teams link from their HR address. Does that suit you?"),
    ("chat", "Just to confirm, there are no fees for candidates. The client pays our fee. Visa, medical and Emirates ID costs are covered by the employer too."),
    ("email", "Following the interviews, Emirates Gateway would like you in Dubai for the last round and a look round the terminal. Their own travel desk handles flights and the hotel and will be in touch with you directly."),
    ("chat", "Great news, they've made an offer! 🎉 The offer letter will come from their HR system. Take your time to read it and let me know if you have any questions."),
    ("chat", "No problem at all, I completely understand you want to discuss it with your family. Take the weekend."),
    "Congratulations on your first month in Dubai! If any of your former colleagues would be interested in roles in the region, feel free to pass on my details.",
])

B("security_awareness_notices_2", "security_awareness", "email", [
    "Think Before You Link: a reminder from the Information Security Office. Fake profiles on professional networking sites are increasingly used by hostile state actors to approach staff with access to sensitive information. Typical signs include a profile with few connections and a generic photo, a job offer that seems too good to be true, a request to move the conversation to WeChat, WhatsApp or Telegram, a paid task such as a 'white paper' for an unnamed client, and an all-expenses-paid invitation to travel abroad. If you notice these signs, don't engage further and report the approach via the security portal.",
    "This month's awareness tip: genuine recruiters usually tell you the name of the company they are hiring for, move to a corporate e-mail or a scheduled phone call, and never ask for non-public information about your current employer. Fake recruiters often stay vague about the client, push for personal messaging apps, and want a 'sample report' about your work. If you aren't sure, forward the message to the security team. We'll reply within one working day and tell you whether it looks genuine, and we'll never tell your manager unless you want us to.",
    "Warning signs of job scams: being offered a job without an interview, being asked to pay for training or equipment, receiving a cheque and being asked to send part of it back, or being asked for your bank login. If you see any of these, stop. Scammers also use the names of real companies, so check that the e-mail domain matches.",
    "Security quiz answers: Q1, the correct answer was C. A request to 'keep this between us' and to avoid telling your manager is a classic secrecy signal. Q2, the answer was B: an expert network that names its client, sets compliance rules and says it doesn't want confidential information is typically legitimate. Q3, the answer was A: family members sending money over WeChat is normal and not a concern. Thanks to the 420 people who took part. The next quiz will be in June, on travel security.",
    "New guidance for staff travelling abroad for conferences: register your trip, take a clean loan laptop, and be cautious about unexpected invitations to private dinners. If someone offers to pay for extra nights or a side trip to 'meet some friends', decline politely and let us know when you're back.",
    "Information for staff with family abroad: we know that some colleagues face pressure from officials in their country of origin, including threats to relatives and requests to report on community events. You are not alone, and you won't get into trouble for telling us. We can help you contact the police and we'll treat everything in confidence.",
    "Lunch-and-learn session on Thursday at 12:30 in the atrium: 'How intelligence services use recruitment pitches.' A former investigator will explain real cases, including fake consultancies and paid reports. Sandwiches provided.",
    "We've updated the list of warning signs on the intranet: vague client, unusual payment methods (crypto, cash, payment via a relative), requests for internal documents, invitations to meet a client abroad, and pressure for secrecy. The page also includes examples of legitimate approaches for comparison.",
    "A reminder that reporting a suspicious approach is never a failure. Last year staff reported 63 approaches, and in every case the person who reported it was thanked, not blamed.",
    "Our annual security awareness week starts on Monday. Events include a quiz, a talk from the national security agency's outreach team, and a workshop on social media privacy. Full programme on the intranet.",
])
B("team_chat_ordinary", "ordinary_work_chat", "chat", [
    "standup moved to 10:15 today, Priya's stuck on the train",
    "has anyone got the latest build? mine still shows the old splash screen",
    "lunch? thinking the ramen place, leaving at 12:30",
    "PR is up for the parser fix, would appreciate a second pair of eyes before Friday",
    "🎉 congrats to Omar, first week done and already found two bugs in my code",
    "the meeting room booking system is down again, we'll just squat in the kitchen",
    "can someone cover my on-call Saturday? I'll swap you for any weekend in March",
    "retro notes are in the wiki. top item again: too many meetings 😅",
    "heads up, the air con on floor 3 is broken, bring a fan or work from home",
    "leaving early today for the dentist, ping me on mobile if anything's on fire",
    "who ate my yoghurt. it had my name on it. in capital letters.",
], lookalike=False)

B("work_email_ordinary", "ordinary_work_email", "email", [
    "Hi all, a quick summary of today's project review. The wing test rig is now two weeks behind because of the late delivery of the load cells, but the supplier has confirmed they'll arrive on Monday. We agreed to move the first test to the 18th and to run the second and third tests back to back to recover some of the time. Sarah will update the schedule and circulate it by Wednesday. Please flag any conflicts with your own plans as soon as you can. Thanks everyone for a productive meeting.",
    "Please find attached the minutes of Thursday's design review. Actions are highlighted in yellow. Let me know by Tuesday if anything is missing or incorrect.",
    "The building is shut all day Friday while the electricians test every socket, so take your laptop home with you on Thursday.",
    "I'll be on annual leave from 4 to 15 August. During that time, please contact Ben for anything urgent about the test programme.",
    "Could you send me the latest version of the requirements spreadsheet? The one on the share drive seems to be from last month.",
    "The quarterly all-hands is on 12 March at 14:00 in the main hall, with a livestream for remote colleagues. Agenda: financial results, the new site in Leeds, and a Q&A with the leadership team.",
    "Thanks for your help with the customer visit yesterday. They were impressed with the demo and have asked for a proposal by the end of the month. I'll set up a kick-off meeting for the bid team next week. Before then, could each of you think about which parts of the proposal you can own? I'd like us to agree on a draft structure at the meeting so we can start writing in parallel. Thanks again, it was a great effort from everyone.",
    "Apologies, I double-booked myself for Tuesday afternoon. Could we move our one-to-one to Wednesday morning?",
    "The new coffee machine is installed on the second floor. The beans go in the top, the milk goes in the fridge. I can't believe this needs saying.",
    "Welcome to the team, Maya! Maya joins us from the university as a graduate engineer and will be working on the avionics test benches. Please say hello.",
    "Budget season is here. Please send me your training requests for next year by the end of October, with a short justification for each.",
], lookalike=False)

B("family_logistics_ordinary", "ordinary_family_chat", "chat", [
    "can you pick up milk on the way home? and bread if they have the seeded one",
    "Ella's school play is Thursday at 6. I've told work I'm leaving early, can you do the same?",
    "the boiler guy is coming between 8 and 12 tomorrow. who's working from home?",
    "Mum's flight lands at 3:40, terminal 2. I'll pick her up if you can do dinner",
    "dentist reminder for Sam, Monday 4:15",
    "have you seen my car keys?? not in the bowl, not in my coat",
    "found them. they were in the fridge. don't ask 🙃",
    "Grandad says thank you for the photos, he's printed them all",
    "bin day tomorrow, recycling week. Please don't forget again 😂",
    "football practice cancelled, the pitch is flooded. Sam is devastated",
    "I've booked the cottage for half term, 3 nights. Dog allowed!",
], lookalike=False)

B("friends_chat_ordinary", "ordinary_friends_chat", "chat", [
    "pub quiz tonight? we need a team name that isn't 'Quiz Team Aguilera' again",
    "happy birthday!!! 🎂🎈 hope you're being spoiled",
    "did you watch the final? I still can't believe that penalty",
    "anyone want tickets for the gig on the 12th? my sister can't go, face value",
    "running 10 mins late, save me a seat",
    "omg look at this dog in a raincoat 🐶",
    "brunch Sunday at Ada's place? bring something, she's doing pancakes",
    "thanks for a great evening, sorry I was so tired by the end",
    "are we still doing the hike in May? I've bought boots, no turning back now",
    "can you send me that recipe for the lentil thing?",
    "heading to Lisbon next week, any tips for where to eat?",
], lookalike=False)

B("neighbours_group_ordinary", "ordinary_community_chat", "chat", [
    "Hi neighbours! Has anyone else lost power on Elm Road? Just wondering if it's the whole street.",
    "Black cat spotted in my garden again, anyone missing one? Very friendly, wearing a red collar.",
    "Reminder: street party planning meeting Tuesday 7pm at no. 14. Bring ideas and biscuits.",
    "Found a parcel addressed to no. 22 on my doorstep, I'll drop it round this evening.",
    "The council is resurfacing the road on the 5th and 6th, so no parking on the street those days.",
    "Does anyone have a ladder I can borrow for an hour? Gutter is overflowing.",
    "Thank you to whoever cleared the snow from the pavement this morning, very kind!",
    "Plant swap on Saturday outside the library. I've got loads of tomato seedlings.",
    "The power's back now, apparently a fault at the substation. Thanks all.",
    "Lovely to meet everyone at the street party. Photos are in the shared album 📸",
], lookalike=False)

B("school_parents_ordinary", "ordinary_parents_chat", "chat", [
    "Does anyone know if it's non-uniform day on Friday? My son swears it is",
    "Reminder: school trip money is due Monday, 12 pounds through the parent app",
    "Lost: small green jumper with 'Amira' written inside. Please check your kids' bags 🙏",
    "The school sent the Year 4 spelling list, I've put it in the group files",
    "Is anyone doing pick-up for swimming club on Wednesday? I'm stuck at work until 6",
    "Thank you to everyone who baked for the cake sale! We raised 340 pounds for the library",
    "Parents' evening bookings open tonight at 7pm, they go fast",
    "Headlice letter came home again 😩 time for the comb",
    "Can anyone recommend a maths tutor? Our daughter is struggling with fractions",
    "Sports day is moved to the 20th because of the weather forecast",
], lookalike=False)
S("ground_segment_talent_long_inmail", "fake_talent_acquisition", "inmail", [
    ("contact", "cred vague", "o", "I lead talent acquisition for Orient Horizon Space Services, a young company that builds and operates satellite ground stations for government and commercial customers across Asia and Africa. We are expanding quickly and our shareholders, who include a state-owned investment group, have asked us to bring in experienced engineers from Europe who understand how secure ground segments are designed and run. Your years at a national space agency's mission operations centre put you right at the top of our list. We offer consulting contracts alongside full-time roles, so you could keep your current position if you prefer. May I tell you more?"),
    ("contact", "cred", "s", "I should say that I don't write to many people like this. Most of the profiles I see are strong on paper but have never actually run a control centre during a real anomaly. You have, more than once, judging by the papers you co-authored and the awards your team received. That kind of experience is rare, and the people I work for know it. Even if a move is out of the question for you, I would value twenty minutes to understand how you think about the job, and I would be glad to compensate you for the time."),
    ("pivot", "off", "o", "Thank you for replying. LinkedIn is not the right place for the material I'd like to show you, partly because our shareholders are careful about what appears on foreign platforms. Could you add me on We\u200bChat? My ID is ohss_talent_grace. If you don't use it, Telegram or WhatsApp on +44 07700 900655 will work just as well. I'll send the role description and the consulting terms there, along with a short note about the first project, which I think you'll find interesting."),
    ("tasking", "paid vague", "o", "As promised, here is the first piece of consulting work. Our client, a ministry customer whose name I can share only after you sign, wants an independent review of how a modern mission operations centre should be organised: staffing, shift patterns, how commands are authorised, how the network is segmented. They would like you to base it on what you know works in practice, not on textbooks. The fee is 7,500 USD for about twenty pages, and we can pay half in advance.", "chat"),
    ("elicitation", "sens", "o", "Our client read your review and was very impressed by it. Their engineers have a few specific questions. How exactly does your agency authenticate telecommands to its satellites, and where are the keys stored? Which ground stations does your agency share with defence users? And what happened during the outage two years ago that was never fully explained in public? They understand that these are delicate matters, which is why they value your answers so highly and will keep them within a very small circle.", "chat"),
    ("elicitation", "sens secr", "o", "I want to be transparent with you about discretion, because it matters to both of us. Our shareholders are sensitive about publicity, and your agency might misunderstand a consulting relationship with an Asian company, even though there is nothing improper about it. I suggest you do not mention our work to your colleagues or your security office, that you use a personal device for our exchanges, and that we delete our messages every few days. Many of our consultants do the same.", "chat"),
    ("meeting", "meet", "o", "Our chief technical officer will host a small workshop for our consultants in Kuala Lumpur at the end of next month, and he would very much like you to attend. We will cover business-class flights, five nights at a good hotel and a daily fee of 1,000 USD. The workshop is informal and gives our client's engineers a chance to meet you in person and ask the questions they would rather not put in writing. Your partner is welcome too, and we can arrange some sightseeing.", "chat"),
    ("tasking", "pay", "o", "About payment: our finance department pays international consultants through a service company registered in the Seychelles, which keeps things simple for everyone. If you prefer, we can also pay in USDT to a wallet of your choice, or transfer the fee to a relative's account if that is more convenient for your tax situation. Please let me know which option you prefer and I will arrange the advance this week. There is no need to mention any of this on your annual declaration at work.", "chat"),
    ("elicitation", "sens", "s", "A small follow-up question from the CTO, if you have a moment. He remembers your comment that the agency is planning to move some of its operations to a new site, and he wondered when that will happen and what will change in the way the network is connected during the transition. He thinks periods of change are when organisations are most interesting to study, and he would love to include your view in the workshop discussion. Whatever you can share will be appreciated.", "chat"),
    ("contact", "cred", "s", "Before the workshop, our CTO asked whether you might recommend one or two trusted colleagues with similar experience, perhaps from the flight dynamics team or from the security side. We would treat them exactly as we have treated you, with the same respect and the same terms, and of course we would mention your name only if you want us to. People you trust are the people we want to work with, and I have come to trust your judgement a great deal over these months."),
])

S("ghostwriter_diplomat_memoir_long", "fake_ghostwriter", "email", [
    ("contact", "cred paid", "o", "I am a ghost-writer and literary consultant, and I have spent the last decade helping public servants turn their careers into books. A publishing house I work with closely has asked me to find a senior diplomat with experience of multilateral negotiations who would like to write a memoir, with my help. They are offering an advance of 25,000 EUR, which is unusual in this market and reflects their interest in the subject. I read the profile of you in the ministry's alumni magazine and thought immediately that your story would make a remarkable book. Would you allow me to send you a short proposal?"),
    ("tasking", "paid", "o", "Thank you for your warm reply. The way I usually work is through long recorded conversations, perhaps a dozen sessions of two hours, which I then shape into chapters for you to review and rewrite. The publisher pays 500 EUR per session as part of the advance, directly to you after each one. We can start with your early postings and move forward chronologically. Please don't worry about what is publishable at this stage; we will decide that together later, and nothing leaves my hands without your approval."),
    ("pivot", "off", "o", "For the recordings, I suggest we use a messaging app rather than e-mail, since the files are large and my university account has a low quota. I use WhatsApp and Telegram on +44 07700 900248, and my private e-mail is memoir.writer.example at proton dot me. Please don't use your ministry address for our correspondence; publishers like to keep their projects discreet until the contract is announced, and ministries sometimes have strict rules about staff writing books. I'll explain the whole process when we speak."),
    ("elicitation", "sens", "o", "The chapter on the negotiations in Geneva is the heart of the book, and I think we need to go further. Readers will want to know what the instructions from the capital actually said, how far the delegation was authorised to go, and which allies privately disagreed with the public position. Could you tell me, even off the record for now, what was in the instruction telegrams during the final week? We can decide later what to include, but I need the full picture to write the scene properly."),
    ("elicitation", "sens", "s", "I have been thinking about the chapter on your years as deputy head of mission. It would bring the story alive if you could describe the people around you in detail: who was reliable, who drank too much, who had money worries, who was unhappy with their career. Those human portraits are what separate a great memoir from a dull one. Please be as candid as you like; I will change names and details wherever needed, and you will see every sentence before anyone else does."),
    ("elicitation", "sens secr", "o", "The publisher's foreign partner, who will handle the international edition, has asked whether you still have copies of any documents from the period, such as meeting notes or cables, even if they are marked restricted. They would only be used to check dates and facts, and would be returned or destroyed. I understand this is sensitive, so please keep it between the two of us and don't mention it to your former colleagues or to the ministry's pre-publication review office for the time being."),
    ("meeting", "meet", "o", "The foreign partner would very much like to meet you before the contract is finalised. Their editor-in-chief will be in Istanbul next month and has invited you to spend three days there as his guest, with flights, a hotel on the Bosphorus and a separate fee for your time. He would like to talk about the international edition and, as he puts it, the parts of the story that are too interesting to leave out. Your wife is warmly invited as well."),
    ("tasking", "pay", "o", "On the practical side, the publisher's foreign partner prefers to pay the advance through a literary agency in Dubai, in several instalments, to avoid complications with currency controls. Some of our authors have received part of their advance in cash at the first meeting, which they find simpler. Please let me know what you would prefer. There is no need to involve your bank's advisers or your accountant at this stage; we can regularise everything once the book is published."),
    ("tasking", "paid vague", "s", "Our partner has one more idea which I think you will like. Besides the book, they would like to commission occasional private notes from you on current diplomatic questions, as background for their editorial team. The notes would never be published and would pay 2,000 EUR each. It is a way of keeping the relationship going while we work on the manuscript, and of making the most of your insight while it is still fresh."),
    ("meeting", "meet secr", "s", "For the trip to Istanbul, it might be easier not to mention it to the ministry's alumni office or to your former colleagues. People can be jealous when one of their own gets a book deal, and rumours travel quickly in our small world. Think of it as a private holiday with some conversations about literature. We can make the announcement together, at the right moment, when the contract is signed and everything is settled. Until then, let's enjoy the work."),
])

B("search_firm_long_inmails", "genuine_recruiter", "inmail", [
    "I'm Rebecca Stanton, a partner at Thornfield Executive Search in London. We've been retained by Aurelis Space Systems, the satellite manufacturer in Stevenage, to find their next Director of Ground Segment Engineering; the appointment has been announced internally and will be advertised on their careers site next week. I'm writing to a small number of people with experience running mission operations, and your career at the agency stood out. The role reports to the CTO, leads about 140 engineers, and requires SC clearance, which I understand you hold. If you're open to a confidential conversation, I'd suggest a call from our office line at a time that suits you.",
    "Thank you for your reply and your questions. To answer them in order: yes, the client is Aurelis, and you're welcome to tell your family and your referees; no, there's no requirement to relocate, although the role is on site three days a week; and yes, the package includes a relocation allowance if you decide to move closer. I've attached the candidate brief, which Aurelis approved for circulation. It sets out the role, the team and the selection process, including a psychometric assessment and a final panel with two board members.",
    "I'd like to be clear about one thing from the start, because people in your position sometimes worry about it. At no point in this process will anyone from Thornfield or Aurelis ask you about classified matters or about non-public information from your current employer. The interviews focus on leadership, your approach to building teams and your general technical judgement. If a question ever seems to stray, please say so; the panel has been briefed, and we'd want to know about it.",
    "Following our call, I've arranged a first meeting with Aurelis's CTO, Dr Marcus Hale, at their Stevenage site on the 14th at 10:00. You'll receive a formal invitation from their HR team, from an aurelis-space.example.com address, with directions and parking details. Travel expenses will be reimbursed through their standard process, so please keep your receipts. If the date doesn't work, reply to me and I'll find an alternative; Marcus is flexible in the second half of the month.",
    "Feedback from the first meeting was very positive. Marcus particularly liked your answer on how you'd balance the commercial constellation work with the government programmes. The next step is a panel interview with the CEO and the HR Director, plus a short presentation on your first hundred days in the role. They've asked me to stress that the presentation should be about your own ideas and priorities, not about your current organisation's plans. The panel is scheduled for the 28th, at their Stevenage site, and I'll send the joining instructions separately.",
    "A quick note on references and vetting, as you asked about it. Aurelis will take up references only after an offer, and only with your agreement. Because the role involves classified programmes, their security controller will arrange for your existing clearance to be transferred through the official vetting service; you won't need to send any vetting paperwork to us or to the client. If you have any questions about that process, their security controller is happy to speak to you directly.",
    "I'm delighted to let you know that Aurelis would like to make you an offer. The CEO will call you tomorrow morning to discuss it personally, and the written offer will follow from their HR system. In the meantime, I'd encourage you to think about your notice period and any restrictions in your current contract; if you'd like, I can introduce you to an independent employment lawyer, although of course that's entirely your choice and at no cost to you from us.",
    "I quite understand your decision to stay, and I think it's a wise one given the new programme you've just been given. Thank you for the care you put into the process and for being so straightforward with me throughout. Aurelis asked me to pass on their thanks as well. If it's all right with you, I'll keep your details on file and get in touch only if a role comes up that I think genuinely merits your attention, no more than once or twice a year.",
    "I'm working on a new search for a national space agency's partner consortium and I'd value your advice rather than your candidacy. Could you suggest any people with deep experience of spacecraft operations who might be worth approaching? I'd only contact them through normal channels, and I won't mention your name unless you tell me I may. A fifteen-minute call would be enormously helpful, at your convenience. I'm around most of next week, and happy to work around your schedule, including early mornings or evenings if that's easier for you.",
    "Thank you for the introductions you suggested last month. Both conversations were excellent, and one of them has led to an appointment that will be announced next week. As a small thank-you, Thornfield makes a donation to a charity of the adviser's choice rather than paying referral fees; if you let me know which charity you'd like to support, we'll arrange it. I hope the new programme is going well. Do let me know if I can ever return the favour.",
])

B("visiting_lecture_long_emails", "speaking_invitation", "email", [
    "I'm writing on behalf of the Department of Aerospace Engineering at Ostrava Technical University to invite you to give our annual Holub Memorial Lecture on 6 November. The lecture is public, takes place in the university's main auditorium, and is usually attended by around three hundred students, staff and members of the local aviation community. We would cover your return flight, two nights at the Hotel Imperial and an honorarium of 1,500 EUR, paid by the university after the event. Previous lecturers are listed on our website, along with recordings of their talks.",
    "Thank you for accepting! For the lecture itself, we suggest about fifty minutes on any topic in aircraft design or certification that you find interesting, followed by questions from the audience. The lecture will be recorded and published on the university's YouTube channel, so please include only material you're happy to see in public. If your employer requires a formal invitation letter for approval, I'll send one signed by the Dean, Professor Jana Novotná, on university letterhead.",
    "Our travel coordinator, Petra Kolářová, will book your flights once you send your preferred times. She'll write to you from her university address, travel@ostrava-tu.example.org, and will send your e-ticket and hotel confirmation by e-mail. We'll also arrange a taxi from the airport. We won't need your passport details until the booking itself, and Petra will ask for only your name as it appears in the passport and your date of birth, which the airline requires.",
    "A few practical details for the day. The lecture starts at 17:00, but we'd be grateful if you could arrive at the auditorium by 16:15 to test the slides and the microphone. After the lecture, the Dean will host a dinner for you and a few colleagues from the department at a restaurant in the old town. On the following morning, if you have time, our students would love to show you the wind tunnel and their drone racing project; it's entirely optional.",
    "For the honorarium, the university's finance office needs a simple form with your bank details, which I'll send through our secure document portal rather than by e-mail. Payment is made in euros within thirty days of the lecture, by bank transfer from the university's account, and the remittance advice will show the lecture's name. If your employer doesn't allow you to accept honoraria, we can donate the amount to the university's student hardship fund instead, as some previous lecturers have preferred.",
    "Thank you again for a wonderful lecture. The students were still talking about your story of the first flight of the prototype the next morning. The recording is now online, and the honorarium has been processed by our finance office; you should see it in your account within two weeks. Several students asked whether you'd consider supervising an internship at your company. I told them I'd pass on the question, with no obligation whatsoever; our careers office can handle the details if you're interested.",
    "I hope you don't mind me writing again. The department is organising a small international workshop on sustainable aviation next spring and we'd love you to join the programme committee. The role involves reviewing around a dozen abstracts in January and chairing one session in April. There is no fee, but we would cover your travel and accommodation for the workshop itself, in the same way as for the lecture. The call for papers is public and will be on our website next month.",
    "A small request from our press office: the regional newspaper would like to publish a short interview with you ahead of the lecture, about your career and your advice for young engineers. The interview would be on the record and by e-mail, with five or six questions, and you'd see the final text before publication. Please feel free to decline; it's not a condition of the invitation, and the press office will understand completely if your employer prefers you not to give interviews.",
    "The Dean has asked me to pass on her thanks for the book you donated to the department library. It's now on display in the reading room with a small note about your lecture. She would also like to invite you to the department's anniversary celebration next year, which will bring together former lecturers and alumni. The details will follow in the autumn, and of course there's no obligation to attend. We would be very glad to see you there if your schedule allows it.",
    "Just a short note to let you know that the recording of your lecture has passed ten thousand views, which is a record for the series. Thank you for making the effort to come all the way to Ostrava. If you ever find yourself in the region again, please let us know; the students would be delighted to see you. We would also be happy to host you again as a lecturer in a few years' time, when a new generation of students will be ready to hear your stories.",
])
S("offset_avionics_polished_subtle", "fake_headhunter", "email", [
    ("contact", "cred", "s", "Forgive the unsolicited note. I advise a handful of governments and manufacturers on industrial participation, the arrangements under which a buyer of aircraft asks the seller to invest in its own industry in return. One of the buyers I work with is at an early stage of building an avionics capability, and they have asked me, quietly, to find two or three people who have lived through a mission-systems integration from start to finish. Your name came up more than once. I'm not asking you to consider a move; I'm asking whether you'd be willing to talk, at a time and in a manner that suits you."),
    ("contact", "vague", "s", "You asked, very reasonably, who the buyer is. I hope you'll understand that I can't say yet, for the same reasons you wouldn't discuss your own customers with a stranger. What I can tell you is that they are a serious country with a serious budget, that the programme has political support at the highest level, and that the people I report to are thoughtful and patient. If our conversations go well, I'll be able to tell you much more, and you'll be free to walk away at any point."),
    ("pivot", "off", "s", "I've found that e-mail makes these conversations stiffer than they need to be, and I'm conscious that your work account is not the right place for them. If you have a personal number or an app you use with friends, I'd be happy to continue there; otherwise I'm glad to call you at home some evening. Whatever you decide, there's no hurry. I'm travelling for most of the month and I answer messages late at night in whatever time zone I happen to be in."),
    ("tasking", "paid", "s", "It would help the people I work for enormously if you could set down, in your own words, what you learned on the integration programme: where the schedule really went, what you would do differently, which decisions turned out to matter. It needn't be polished. Write it as you would explain it to a bright new colleague over dinner. I'd see to it that your time is recognised properly, in a way that reflects what your experience is worth rather than what a consultancy would charge.", "chat"),
    ("elicitation", "sens", "s", "Your notes were excellent, and they've prompted some questions. The engineers were curious about the part you only touched on, the way the threat library for the defensive aids is built and updated, and how often it changes in practice. They also wondered how the software is loaded onto the aircraft in the field and who checks it. They'd be grateful for anything you can tell them, in as much detail as you think is fair. There is no rush at all.", "chat"),
    ("elicitation", "sens secr", "s", "I'll say this once, because I think it needs saying. What we're doing is entirely ordinary in my world, but people in your organisation might not see it that way, and I'd hate for you to be put in an awkward position by a colleague who misunderstood. So my advice, for what it's worth, is to keep our conversations to yourself, to keep the notes off any device your employer can see, and to let me worry about the rest. I have done this for a long time.", "chat"),
    ("meeting", "meet", "s", "The person who reads your notes most closely would like very much to meet you. He'll be in Cyprus for a few days at the end of the month and has suggested lunch by the sea, somewhere quiet. He would take care of your travel and accommodation, naturally, and he'd like to thank you properly for the time you've given. If you'd rather bring your wife and make a long weekend of it, he'd be delighted; it's a beautiful time of year there.", "chat"),
    ("tasking", "pay", "s", "On the question of recognition, I've learned that people appreciate flexibility. Some prefer something paid into an account abroad, some prefer it to go to a family member, and some prefer it in a form that doesn't trouble the banks at all. Tell me what would be most comfortable for you and I'll see that it's arranged before we meet. There is no need to involve anyone else in this, and certainly no need to put anything in writing.", "chat"),
    ("elicitation", "sens", "s", "One last thing from our friend, if I may. He understands that a new variant of the radar warning receiver is in trials, and he wonders how it performs against the older equipment, and when it will be fitted to the fleet. He's asked me to stress that he's only interested in your impressions, nothing on paper, and that he would quite understand if you preferred not to say. He has great respect for you. He also asked me to say how sorry he was to miss you last time.", "chat"),
    ("contact", "cred", "s", "Our friend asked me to tell you how much he enjoyed your company in Limassol. He also asked, a little shyly, whether there might be anyone else from your old programme, someone you trust, who would enjoy the same kind of conversation. He is always looking for thoughtful people, and the arrangement would be exactly the same as yours. Only if you're comfortable, of course; your judgement is what he values most. He also sends his warmest regards to your wife."),
])

B("father_long_family_emails", "family_email", "email", [
    "My dear son, your mother and I read your e-mail together last night and we were very happy to hear that the new job is going well. It is good that your manager trusts you with the testing work so soon. Your mother says you sound tired in your voice messages, so please sleep more and don't eat only sandwiches. The weather here has finally turned cool, and the persimmons in the garden are ready; your aunt has already taken half of them. I have sent you a little money on WeChat for your birthday. Buy something warm for the winter. We love you and we are proud of you.",
    "Your sister's exam results came out yesterday and she did better than anyone expected, especially in physics. She says it's because you helped her with the revision over video calls, so she wants to thank you herself but is too shy. She is thinking of applying to universities abroad next year and would like your advice about England. Your mother is less keen on the idea, as you can imagine, but I told her that we cannot keep both children at home forever. Please call her this weekend, she will want to hear your voice.",
    "I wanted to tell you myself before your mother does, because she will make it sound worse than it is. I went to the hospital last week for the check-up on my heart, and the doctor wants me to have a small procedure next month. It is very routine, and your uncle, who knows the surgeon, says there is nothing to worry about. I don't want you to take time off work or spend money on a flight for this. If you can come home at Spring Festival, that will be enough for me.",
    "Thank you for the money you sent for the procedure. You should not have done it, but your mother cried when she saw it and said you have a good heart. Everything went well, and I am already walking around the garden every morning. The nurses were very kind. I have told everyone in the building about my son the engineer in England, so now the neighbours ask me about aeroplanes and I have to pretend I understand. When will you come home? Your room is ready whenever you want it.",
    "We have decided to sell the old flat in the city and move permanently to the house in the countryside. Your mother likes the quiet, and the stairs were becoming difficult for me. I am sorting out the papers now, which means a lot of visits to offices and a lot of waiting. Your share of the old furniture is in the storage room at your uncle's place, so tell us if you want anything kept. Otherwise we will give it to your cousin, who is getting married in the spring.",
    "Your cousin's wedding is set for the third of May, and the whole family is hoping you can come. I know the flights are expensive and your holidays are short, so don't feel obliged. If you do come, we can pay for part of the ticket, it would make your mother so happy. The banquet will be at the big hotel by the river, and your cousin has asked whether you would give a short speech in English for her husband's friends from Canada. She says you are the best speaker in the family.",
    "I hope you are not working too hard. Your mother read an article about people in England working late and getting ill, and now she worries every night. I told her you are sensible. Still, remember that no job is worth your health. Go for walks, see your friends, and find a nice girl, your mother adds. She has also asked me to remind you to wear a scarf when it's windy. I am only the messenger, please don't blame me.",
    "Thank you for the photographs from your trip to Scotland. We showed them to everyone at the family dinner, and your grandmother asked whether the castle was where you live now. The lake looks very cold, I hope you didn't swim in it. Your mother has printed the one of you by the mountain and put it on the wall next to your graduation picture. We are looking forward to seeing you at New Year. Tell us your flight number when you have booked it, and I will come to the airport.",
    "Your flight details are noted, and your uncle will drive me to the airport to pick you up. Your mother is already planning what to cook every day of your visit, so I suggest you arrive hungry. Your grandmother wants to teach you how to make her dumplings, since she says none of the grandchildren can do it properly. If you have room in your suitcase, please bring some of the English biscuits in the tin, your sister has been talking about them since last year.",
    "It was so good to have you home, even for just ten days. The house feels very quiet now. Your mother keeps setting an extra bowl at dinner by mistake. Thank you for fixing the computer and for teaching me how to use the video call properly; I practised with your aunt yesterday and it worked. Have a safe journey back and send us a message when you land. We will transfer the money for the ticket as we promised, no arguments. Take care of yourself, my son.",
])


# ---------------------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------------------
def rows() -> list[dict]:
    out = []
    n = 0
    for fi, fam in enumerate(FAMILIES, 1):
        family = f"a4-fam-{fi:03d}-{fam['slug']}"
        for m in fam["msgs"]:
            n += 1
            if fam["label"] == 1:
                stage, cats, sub, text = m[:4]
                reg = m[4] if len(m) > 4 else fam["register"]
                row = {"id": f"a4-{n:04d}", "text": text, "label": 1, "family": family, "kind": fam["kind"],
                       "categories": [CAT[c] for c in cats.split()], "stage": stage,
                       "subtlety": {"o": "overt", "s": "subtle"}[sub], "register": reg}
            else:
                reg, text = (m if isinstance(m, tuple) else (fam["register"], m))
                row = {"id": f"a4-{n:04d}", "text": text, "label": 0, "family": family, "kind": fam["kind"],
                       "categories": [], "stage": "none", "lookalike": fam["lookalike"], "register": reg}
            out.append(row)
    return out


def check(rs: list[dict]) -> list[str]:
    errs = []
    ids = [r["id"] for r in rs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    texts = collections.Counter(r["text"].strip().lower() for r in rs)
    for t, c in texts.items():
        if c > 1:
            errs.append(f"duplicate text: {t[:60]!r}")
    fams = collections.defaultdict(list)
    for r in rs:
        fams[r["family"]].append(r)
        if r["stage"] not in STAGES:
            errs.append(f"{r['id']}: bad stage {r['stage']}")
        if r["register"] not in REGISTERS:
            errs.append(f"{r['id']}: bad register {r['register']}")
        if r["label"] == 1 and not r["categories"]:
            errs.append(f"{r['id']}: suspicious row without categories")
        if not r["text"].strip():
            errs.append(f"{r['id']}: empty text")
    for f, members in fams.items():
        if len({r["label"] for r in members}) != 1:
            errs.append(f"{f}: mixed labels")
        if not 8 <= len(members) <= 15:
            errs.append(f"{f}: {len(members)} messages (want 8-15)")
    sus = [r for r in rs if r["label"] == 1]
    for c in CAT.values():
        if not any(c in r["categories"] for r in sus):
            errs.append(f"category never used: {c}")
    for s in STAGES:
        if not any(r["stage"] == s for r in sus):
            errs.append(f"stage never used: {s}")
    return errs


def report(rs: list[dict]) -> None:
    C = collections.Counter
    sus = [r for r in rs if r["label"] == 1]
    ben = [r for r in rs if r["label"] == 0]
    fams = {r["family"]: r["label"] for r in rs}
    print(f"{len(rs)} messages in {len(fams)} families")
    print(f"suspicious {len(sus)} in {sum(1 for v in fams.values() if v == 1)} families; "
          f"benign {len(ben)} in {sum(1 for v in fams.values() if v == 0)} families")
    print("suspicious stages:", dict(C(r["stage"] for r in sus).most_common()))
    print("suspicious subtlety:", dict(C(r["subtlety"] for r in sus).most_common()))
    print("categories:", dict(C(c for r in sus for c in r["categories"]).most_common()))
    print("benign lookalike:", dict(C(r["lookalike"] for r in ben).most_common()))
    print("registers:", dict(C(r["register"] for r in rs).most_common()),
          "| suspicious", dict(C(r["register"] for r in sus).most_common()),
          "| benign", dict(C(r["register"] for r in ben).most_common()))
    print("kinds (suspicious):", dict(C(r["kind"] for r in sus).most_common()))
    print("kinds (benign):", dict(C(r["kind"] for r in ben).most_common()))
    words = sorted(len(r["text"].split()) for r in rs)
    print(f"words: min {words[0]}, median {words[len(words) // 2]}, max {words[-1]}, "
          f"over 80 words {sum(1 for w in words if w > 80)}")


def main(argv: list[str]) -> int:
    rs = rows()
    errs = check(rs)
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    report(rs)
    if errs:
        return 1
    if "--check" not in argv:
        with OUT.open("w", encoding="utf-8", newline="\n") as fh:
            for r in rs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
