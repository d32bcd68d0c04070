"""Third author's English training families for recruitscreen (both classes).

Every message body below was written by hand for this file; names, firms, handles,
numbers and addresses are invented (e-mail domains are example.com/.org or free-mail
handles containing "example"; phone numbers come from fiction ranges such as
UK 07700 900xxx and US 555-01xx). Bodies carry no greeting or sign-off: the corpus
build adds those from a shared pool.

Run ``python en_author3_source.py`` to (re)write ``en_author3.jsonl`` next to this
file, deterministically. ``--check`` validates and prints counts without writing.
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("en_author3.jsonl")

CATS = {
    "cred": "credential_targeting",
    "off": "off_platform",
    "paid": "paid_task",
    "vague": "vague_client",
    "sens": "sensitive_info",
    "meet": "client_meeting",
    "secr": "secrecy",
    "pay": "unusual_payment",
    "coer": "coercion",
    "scam": "job_scam",
}
STAGES = {"contact", "pivot", "tasking", "elicitation", "meeting", "none"}
REGISTERS = {"chat", "email", "inmail"}
SUB = {"o": "overt", "s": "subtle"}

FAMILIES: list[dict] = []


def fam(slug, label, kind, register, msgs, lookalike=None):
    """Declare one family.

    Suspicious (label 1) messages: (stage, "cat cat", "o"|"s", text[, register]).
    Benign (label 0) messages: text or (text, register); ``lookalike`` is per family.
    """
    FAMILIES.append(dict(slug=slug, label=label, kind=kind, register=register,
                         msgs=msgs, lookalike=lookalike))


# ===========================================================================
# SUSPICIOUS families, part A
# ===========================================================================

fam("northfold-advisory-nuclear-fuel", 1, "fake_consultancy", "inmail", [
    ("contact", "cred vague", "o",
     "I'm a partner at Northfold Strategy Advisory. We're a small boutique and one of our clients, a large "
     "energy group I can't name yet, wants to understand fuel qualification timelines for the new reactor "
     "designs. Your profile says you spent six years in fuel performance at a national lab. Would you take "
     "a paid, informal advisory role? Evenings only."),
    ("contact", "cred paid", "o",
     "Quick follow-up. We pay senior people like you between 400 and 700 pounds an hour, and the first "
     "piece is just a short written overview. No commitment after that."),
    ("pivot", "off", "o",
     "LinkedIn strips attachments for me, annoyingly. Send me your personal e-mail, or better, WhatsApp me "
     "on +44 7700 900214 and I'll share the brief there."),
    ("pivot", "off secr", "o",
     "Please use your home address rather than the work one. Our client is sensitive about appearing in "
     "anyone's corporate mail logs, and I'm sure your employer would only complicate things."),
    ("tasking", "paid vague", "o",
     "Attached is the outline: 3,000 words on where the qualification programme stands, which test "
     "reactors are booked and what the regulators are worried about. The client is flexible on format. "
     "1,800 pounds on delivery."),
    ("tasking", "paid", "s",
     "The client read your note twice and liked the plain style. They'd like a second one along the same "
     "lines, a bit deeper on the irradiation schedule."),
    ("elicitation", "sens", "o",
     "What they really need is the stuff that's not in the published papers: the internal slippage, the "
     "test results that haven't cleared review, which vendors are in trouble. Nothing classified, "
     "obviously, just what the working group is saying among itself."),
    ("elicitation", "sens", "s",
     "Is there a version of the timeline your team uses day to day, as opposed to the one that goes out "
     "to the public? Even a photo of a whiteboard would tell them more than the annual report."),
    ("elicitation", "sens secr", "o",
     "If you can send the meeting minutes from the fuel working group, the client will treat them with "
     "total discretion. No one at the lab needs to know they left the building."),
    ("meeting", "meet", "o",
     "The client would like to thank you in person. They'll fly you to Istanbul for two nights in a good "
     "hotel and you'd have dinner with their technical director. Everything is covered, including a "
     "generous honorarium."),
    ("meeting", "meet secr", "s",
     "Best to book it as a personal holiday, I think. It keeps things simple for you at work, and the "
     "people you'd be seeing prefer to keep their circle small."),
    ("tasking", "pay", "o",
     "Finance asks whether you'd accept the fee in USDT this time rather than a bank transfer. It arrives "
     "faster and there's no paperwork your side."),
    ("contact", "cred vague paid", "o",
     "To give you a clearer picture before you decide: Northfold works for a handful of long-standing "
     "clients in the energy space, mostly in Asia, who prefer not to be named in early conversations. "
     "They are particularly interested in people with hands-on experience of fuel qualification, "
     "post-irradiation examination and the licensing interface, because that is where published "
     "information runs thin. You would be writing short, thoughtful pieces from home at your own pace, "
     "and we have found that people in your position typically earn a meaningful second income from it "
     "without any conflict with their main job. I'd be glad to walk you through it on a call.", "email"),
])

fam("coastal-hypersonic-visiting-scholar", 1, "fake_research_centre", "email", [
    ("contact", "cred meet", "o",
     "The Centre for Advanced Flow Studies is inviting a small number of researchers working on "
     "scramjet combustion to spend a funded three-month visiting fellowship with us. Given your work on "
     "thermal protection, you would be an ideal candidate. Flights, housing and a stipend of 9,000 USD "
     "per month are provided."),
    ("contact", "cred", "s",
     "We noticed your thesis chapter on leading-edge ablation was never published in a journal. Our "
     "director found it fascinating and would love to hear more about where the project went afterwards."),
    ("pivot", "off", "o",
     "Our university system is being migrated, so please write to our programme officer directly at "
     "flowstudies.example@163.com or add her on WeChat, ID cafs_ying2024. She handles all visas."),
    ("tasking", "paid", "o",
     "As part of the application, fellows submit a 'research continuation report' describing their "
     "current project in detail: test conditions, materials, results to date and the next milestones. A "
     "preparation grant of 2,000 USD is paid when we receive it."),
    ("tasking", "paid sens", "o",
     "The committee would like more detail in the report. In particular they ask for the wind-tunnel run "
     "conditions and any data from the flight test series, even preliminary."),
    ("elicitation", "sens", "s",
     "Could you also tell us a little about who funds your lab's current work and what the sponsor's "
     "requirements look like? It helps us match you with the right host group here."),
    ("elicitation", "sens secr", "o",
     "Our reviewers understand that some of this is controlled. You can send it through the programme "
     "officer's personal mailbox, which isn't monitored by anyone outside our centre."),
    ("meeting", "meet", "o",
     "Good news: the committee has approved you. Before the fellowship begins, our director would like you "
     "to visit for a week to meet our industrial partners. We have booked a flight via Doha for the 14th."),
    ("meeting", "meet secr", "o",
     "There's no need to file an official travel request with your university for the preliminary visit. "
     "It's a private invitation and a lot of our fellows find the paperwork just slows things down."),
    ("contact", "secr", "o",
     "One more request: please don't mention the fellowship to your supervisor or your export-control "
     "office until we have finalised it. Premature announcements have caused problems before."),
    ("tasking", "pay", "o",
     "The preparation grant will come from our partner foundation's account in Hong Kong rather than from "
     "the university. You may see a different name on the transfer; that is normal."),
    ("meeting", "meet", "s",
     "Our partners are very keen to sit down with you. They have questions that are easier to discuss "
     "face to face, and they will look after you well while you're here."),
    ("contact", "cred vague", "o",
     "The Centre was founded five years ago with support from several industrial groups who share an "
     "interest in high-speed flight. Most of our visiting fellows come from Europe and North America, and "
     "we are especially interested in people who have worked close to real test programmes rather than "
     "pure simulation. Your background in thermal protection materials, and your time on the test "
     "campaign you mention on your public CV, would make you an excellent fit. Our fellows are free to "
     "publish, though we do ask that the continuation report remain with the committee."),
])

fam("deep-signal-podcast-quantum", 1, "fake_podcast_producer", "inmail", [
    ("contact", "cred", "o",
     "Hey! I produce Deep Signal, a tech podcast with around 80k listeners. We're doing a season on "
     "quantum hardware and your name keeps coming up. Would you come on as a guest? We pay guests 500 USD "
     "for the pre-interview."),
    ("contact", "paid", "s",
     "Love your conference talk on error correction btw. We'd do a short prep call first so the "
     "interview flows well. Paid, of course."),
    ("pivot", "off", "o",
     "I'm hardly ever on here, can we move to Telegram? My handle is @deepsignal_mara. Easier to swap "
     "voice notes."),
    ("tasking", "paid vague", "o",
     "For the prep, our research team needs a written backgrounder: your lab's qubit counts, coherence "
     "numbers and roadmap. One of our sponsors is also very interested and may want to follow up."),
    ("elicitation", "sens", "o",
     "Off mic, what's the real fidelity you're seeing? Not the number in the press release, the one the "
     "team talks about internally."),
    ("elicitation", "sens", "s",
     "Our listeners love hearing about what's coming next before anyone else does. Anything on the next "
     "chip generation you could hint at? We can keep it off the episode."),
    ("elicitation", "sens vague", "o",
     "Our sponsor's analysts would pay extra for the cryo supply chain details — which dilution fridge "
     "vendors you rely on and the delivery problems you've had."),
    ("meeting", "meet vague", "o",
     "Our sponsor is hosting a small dinner in Singapore next month for guests of the show. They'd love to "
     "fly you out, business class, and talk about a longer advisory deal."),
    ("tasking", "pay", "o",
     "Pre-interview fee is ready 🙌 we pay in crypto to guests abroad, just send me a USDT wallet address. "
     "Bank wires from our side are a nightmare."),
    ("tasking", "secr", "o",
     "Also, maybe don't tell your comms team until the episode is scheduled. They always want to script "
     "everything and it kills the vibe."),
    ("contact", "cred", "s",
     "Totally understand you're busy. The season won't work without someone from a hardware group like "
     "yours, so we're flexible on dates.", "chat"),
    ("pivot", "off", "s",
     "I'll drop you a voice note on the other app tonight, the one we talked about. Easier than typing all "
     "this out here.", "chat"),
])

fam("meridian-ventures-scout-crypto", 1, "fake_vc_scout", "inmail", [
    ("contact", "cred", "o",
     "I scout deep-tech for Meridian Frontier Ventures. We're looking at post-quantum cryptography and "
     "your work on the lattice key-exchange implementation at your bank stood out. Have you ever thought "
     "about starting something of your own?"),
    ("contact", "paid", "s",
     "No pressure at all, we just like meeting strong technical people early. Happy to pay you a "
     "consulting fee for your time while we get to know the space."),
    ("pivot", "off", "o",
     "Our partners prefer WhatsApp for early chats, it's all very informal. My number is +1 555 0142."),
    ("tasking", "paid", "o",
     "To help us with diligence, could you put together a short memo on how your bank is rolling out "
     "PQC internally? Which systems first, which vendors, where it's stuck. We'll pay 3,000 USD for it."),
    ("elicitation", "sens", "o",
     "It would be most useful if you could share the internal migration plan itself, or a redacted copy. "
     "We'd only use it to understand the market."),
    ("elicitation", "sens", "s",
     "Which HSM models are you actually running in production, and which firmware? Just so we can size the "
     "replacement opportunity properly."),
    ("elicitation", "sens secr", "o",
     "Honestly, the key-management architecture diagram would be gold for us. Keep it between the two of "
     "us; our LPs never see diligence materials."),
    ("meeting", "meet vague", "o",
     "One of our LPs, a family office based in Macau, wants to meet founders we're excited about. Could you "
     "fly out for a weekend? They cover all travel."),
    ("tasking", "pay", "o",
     "For the memo fee, we can pay via a stablecoin or through our Cayman vehicle, whichever suits you. "
     "Many advisers prefer it off their payroll."),
    ("contact", "vague", "s",
     "Our fund is a little unusual in that most of our capital comes from a few strategic investors who "
     "like to stay in the background. That's why our website is so thin, ha."),
    ("meeting", "meet", "s",
     "They're not really the conference-booth type. A quiet dinner is more their style, and they'd like to "
     "hear your thinking directly."),
    ("contact", "cred vague", "o",
     "To be open about our thesis: we think the migration to post-quantum schemes is the biggest "
     "infrastructure project in banking this decade, and the people who know how it is really going are "
     "the engineers inside the banks, not the vendors. We back a few founders a year, but we also run an "
     "advisory circle of practitioners who help our strategic investors understand the landscape. "
     "Members write occasional memos and join calls. It is well paid and discreet, and a lot of our "
     "advisers keep their day jobs. I think you'd be a natural fit.", "email"),
])

fam("polyglot-bridge-translation-shipyard", 1, "fake_translation_agency", "email", [
    ("contact", "paid", "o",
     "Polyglot Bridge Translations is expanding its technical panel. We found your profile on a "
     "translators' forum. You mention naval architecture documents — we have steady, well-paid work in "
     "exactly that field. Rates start at 0.25 EUR per word."),
    ("contact", "cred", "o",
     "We particularly need linguists who have worked inside a shipyard or for a classification society, "
     "because our client's documents are very specialised. Your years at the yard are a big plus."),
    ("pivot", "off", "o",
     "Our project managers work on WeChat for speed. Please add pm_lin_polyglot or send your CV to "
     "polyglotbridge.example@qq.com — our company domain is having mail problems."),
    ("tasking", "paid vague", "o",
     "First test job: translate the attached public brochure, then write a one-page glossary of the terms "
     "your former yard uses internally for hull modules. The client is very particular."),
    ("tasking", "paid sens", "o",
     "The client now asks for 'source material' rather than translation. If you still have any build "
     "specifications, test reports or welding procedures from your time at the yard, they'll pay "
     "separately for those."),
    ("elicitation", "sens", "s",
     "Do you still keep in touch with people at the yard? The client would like to understand how the "
     "frigate programme is going, from someone who hears things."),
    ("elicitation", "sens", "o",
     "Anything on the propulsion shafting problems you mentioned would be useful. Even an unofficial "
     "summary in your own words is fine, the client will handle the rest."),
    ("tasking", "pay", "o",
     "Payments this month will come through a partner in Dubai in cash deposits to your account, in "
     "several smaller amounts. Please don't be alarmed."),
    ("tasking", "secr", "s",
     "It's best if this stays a private arrangement. Agencies like ours depend on discretion, and your old "
     "colleagues don't need to know who you're working for now."),
    ("meeting", "meet", "o",
     "Our client's technical manager will be in Rotterdam next week and would like to meet you for lunch "
     "to discuss a larger contract. He'll reimburse your train fare on the day, in cash."),
    ("pivot", "off", "s",
     "I've left a voice message in our group. Check it when you can, it's easier than writing everything "
     "by email.", "chat"),
    ("tasking", "paid vague", "o",
     "Thank you for the glossary, the client was impressed. Let me explain the next phase, because it is a "
     "little different from normal translation work. Our client is preparing a bid and wants to "
     "understand how European yards organise their block outfitting, their quality checks and their "
     "supplier base. You are one of very few linguists who has actually seen this from the inside. They "
     "would like a series of short reports, each around 1,500 words, written in English from your own "
     "knowledge. We will pay 1,200 EUR per report, and the client may add a bonus for especially detailed "
     "material such as drawings or internal schedules you may still have at home."),
])

fam("eurorail-signalling-association", 1, "fake_trade_association", "email", [
    ("contact", "cred", "o",
     "The International Rail Interlocking Forum invites experienced signalling engineers to join our new "
     "Technical Experts Panel. Members receive an annual honorarium of 6,000 EUR and complimentary summit "
     "attendance."),
    ("contact", "cred vague", "s",
     "We are a young association, but our members include several operators and suppliers who prefer to "
     "stay out of the public eye for now."),
    ("tasking", "paid", "o",
     "Panel members contribute a quarterly 'state of the network' paper. For your first, please cover the "
     "ETCS Level 2 rollout on your routes: vendor versions, fault rates and cyber hardening."),
    ("elicitation", "sens", "o",
     "The panel particularly values details that aren't in public reports, such as internal incident logs "
     "or failure investigations. These help members benchmark honestly."),
    ("elicitation", "sens", "s",
     "How are the interlocking upgrades on the northern corridor going, really? We hear the timetable has "
     "slipped, and members would appreciate an insider's view."),
    ("pivot", "off", "o",
     "For panel business we use a private Signal group so members can talk freely. Please send your mobile "
     "number to the secretariat at irif.secretariat.example@gmail.com."),
    ("elicitation", "sens secr", "o",
     "If you have access to the network's vulnerability assessment, a few pages would be invaluable. "
     "Panel papers are never shared outside the membership."),
    ("meeting", "meet", "o",
     "The annual summit is in Baku this year. We'd like you on the closing panel; all travel, four nights "
     "and a speaking fee are covered. Members' partners are welcome."),
    ("meeting", "meet vague", "s",
     "Some of our founding members will be at the summit and are eager to talk with you privately during "
     "the evening programme."),
    ("tasking", "pay", "o",
     "The honorarium is paid quarterly in cash at member meetings, or by crypto if you prefer. We avoid "
     "bank fees for our members."),
    ("tasking", "secr", "o",
     "Membership of the panel is confidential. We ask members not to declare it to employers, because "
     "several operators take an old-fashioned view of outside work."),
    ("contact", "cred paid", "o",
     "The Forum exists to give working engineers a voice that their employers and the big suppliers do "
     "not. Our experts are people with real responsibility for interlocking, train protection and "
     "signalling cyber security on live networks. In return for a modest amount of your time — a paper "
     "each quarter and the occasional call — you would receive the honorarium, first-class travel to "
     "our events and a network of peers across Europe, the Gulf and Asia. I'd be happy to arrange a "
     "call with our chairman, who is very keen to meet you."),
])
# ===========================================================================
# SUSPICIOUS families, part B
# ===========================================================================

fam("old-classmate-water-scada", 1, "old_classmate_reunion", "chat", [
    ("contact", "cred", "s",
     "Is this really you?! It's Wen from the second-year hydraulics lab, we shared that awful bench by the "
     "window. Saw your name on the water board's annual report. You've done so well!"),
    ("contact", "cred", "s", "So you're running the control room now? That's huge. Do you still play badminton?"),
    ("pivot", "off", "s",
     "Let's not do this on here, it feels like writing a letter lol. Add me where the class group is, "
     "same name as always, I'll pull you in."),
    ("pivot", "off", "o",
     "Here's my wx id: wen_hydro88. The whole class is there, they'll be so happy to see you."),
    ("tasking", "paid", "s",
     "Random question — my company does consulting for utilities back home and we're writing a little "
     "comparison of how plants abroad handle telemetry. Would you look over a few questions? I'd insist on "
     "paying you, it's only fair."),
    ("elicitation", "sens", "s",
     "What do you guys actually use for the SCADA side now? And does the remote access go through a "
     "vendor or your own team? Just curious how you've set it up."),
    ("elicitation", "sens", "o",
     "Could you send me a screenshot of the network layout or the remote-access procedure? I'd just use "
     "it as a reference for our own report, nobody will see where it came from."),
    ("elicitation", "sens", "s",
     "You mentioned the reservoir pumps had an outage last winter. Was that ever explained? Our client "
     "had a very similar issue and would love to understand what the cause was."),
    ("tasking", "pay", "o",
     "I sent you a little red envelope for the questions 🧧 and more is coming. If your bank asks, it's "
     "just a gift from an old friend."),
    ("tasking", "secr", "s",
     "Maybe don't mention me to your IT people, haha, they'll think I'm selling something. It's just "
     "between old friends."),
    ("meeting", "meet", "s",
     "A few of us are getting together in Shenzhen in April, twenty-year reunion! My boss said he'd pay "
     "your flight if you could also come by the office and say hello."),
    ("meeting", "meet vague", "o",
     "My boss really wants to meet you — his clients are the ones who buy the report. Just a dinner, they "
     "will take good care of you. Bring your laptop in case they want to show you something."),
    ("contact", "cred", "s",
     "I still remember you were the only one who understood the pump curve assignment, haha. It makes "
     "total sense that you ended up responsible for a whole city's water. My own path was less "
     "exciting: a few years at a design institute, then consulting. These days I mostly help local "
     "utilities modernise, which is why I was so happy to find you. We're facing so many of the same "
     "problems, and honestly I'd love to learn from how you do things. No rush to reply, I know you're "
     "busy, but it would be really nice to catch up properly."),
])

fam("bright-futures-charity-parliament", 1, "fake_charity", "email", [
    ("contact", "cred", "o",
     "Bright Futures Education Trust supports exchanges between young legislators' aides across Europe "
     "and Asia. We are looking for parliamentary staff to join our advisory council. Your role in the "
     "defence committee office makes you an ideal candidate."),
    ("contact", "paid", "s",
     "Council members give a few hours a quarter, and we cover their expenses generously, including a "
     "'research allowance' that most find very helpful."),
    ("tasking", "paid vague", "o",
     "Our donors fund a series of policy notes. We'd like you to write one on the committee's current "
     "inquiry into defence procurement: which witnesses, which lines of questioning, what the report "
     "might recommend. 1,500 GBP per note."),
    ("elicitation", "sens", "o",
     "The donors are especially interested in the draft report before publication. If you have access "
     "to it, even a summary of its recommendations would be very welcome."),
    ("elicitation", "sens", "s",
     "Which members are leaning which way on the frigate question? Our trustees find those human details "
     "so valuable for planning the next exchange."),
    ("elicitation", "sens", "o",
     "Could you send us the list of closed-session witnesses and the topics they covered? It's for "
     "background only."),
    ("pivot", "off", "o",
     "To avoid the parliamentary e-mail filters, please send drafts to trustees.brightfutures.example@gmail.com "
     "or to our director on WhatsApp, +44 7700 900561."),
    ("tasking", "pay", "o",
     "The research allowance can be paid in cash at our London reception next month, or to a relative's "
     "account if you'd rather it didn't appear on your own statements."),
    ("tasking", "secr", "o",
     "We'd be grateful if you didn't register the allowance with the parliamentary standards office. It's "
     "a private charitable gift, not a formal role."),
    ("meeting", "meet", "o",
     "The trustees would like to invite you and one guest on our study tour to Shanghai in October. "
     "Business-class flights, five nights, and meetings with think-tank colleagues."),
    ("meeting", "meet vague", "s",
     "One of our main donors will be in London on the 9th and would like to thank you personally for your "
     "notes. A quiet lunch somewhere near Westminster?"),
    ("contact", "vague", "s",
     "We are a small charity and most of our funding comes from a few private philanthropists who prefer "
     "not to be listed. They care a great deal about understanding how democracies make decisions, which "
     "is why they value the perspective of people like you who see the process up close. We also run a "
     "mentoring scheme for students, a book prize and an annual lecture, and council members are always "
     "welcome at those. I hope you'll consider joining us; we would be honoured."),
])

fam("global-critical-minerals-summit", 1, "dubious_summit_organiser", "email", [
    ("contact", "cred meet", "o",
     "You are invited to speak at the Global Critical Minerals Leadership Summit in Macau, 12–14 May. As "
     "a senior geologist on the lithium brine projects, your perspective would be invaluable. Speaker "
     "travel, five-star accommodation and an honorarium of 5,000 USD are provided."),
    ("contact", "paid", "s",
     "Speakers are asked to prepare a short briefing for our delegates in advance. It need not be long."),
    ("tasking", "paid sens", "o",
     "For the speaker briefing, please include your company's reserve estimates per block, the "
     "recovery rates from the pilot plant and the offtake terms under negotiation. Delegates are all "
     "senior investors."),
    ("elicitation", "sens", "s",
     "Our delegates were curious how the permitting is really going. Is the state approval as close as "
     "the press release says?"),
    ("elicitation", "sens", "o",
     "Could you also share the unpublished drill results from the eastern tenements? Our sponsors will "
     "hold them in confidence and it would greatly improve the session."),
    ("pivot", "off", "o",
     "Our event team coordinates speakers over WhatsApp. Please message Ms. Cho on +1 555 0187 with your "
     "passport details for the flights."),
    ("meeting", "meet vague", "o",
     "During the summit, our sponsor — a large processing group — has reserved a private room for a "
     "dinner with you. They are keen to discuss a long-term advisory relationship."),
    ("meeting", "meet", "s",
     "After the summit, there's an optional site visit for selected speakers. We'd love you to join; it's "
     "a rare chance to see refining at scale."),
    ("tasking", "pay", "o",
     "The honorarium will be given in cash on arrival, in US dollars. For tax reasons many of our "
     "international speakers prefer this."),
    ("tasking", "secr", "o",
     "Speaker arrangements are strictly confidential. Please don't share our invitation letter or the "
     "sponsor's name with your colleagues."),
    ("contact", "cred", "s", "Your colleague on the rare earths team might also enjoy the summit. Could you introduce us?"),
    ("tasking", "paid vague", "o",
     "We are sorry to hear that your company's comms department declined the invitation. Many of our "
     "speakers find that their employers are overly cautious about these events. You are welcome to "
     "attend in a personal capacity instead: we would simply list you as an independent expert and the "
     "honorarium and travel would be unchanged. Our sponsor is still very interested in your briefing, "
     "particularly anything you can share about grade, recoveries and the buyers you are talking to, and "
     "would be willing to double the fee for a more detailed paper delivered before the summit."),
])

fam("pharma-insight-partners-chat", 1, "fake_consultancy", "chat", [
    ("contact", "cred paid", "o",
     "hi, I'm with Pharma Insight Partners, we match clinical experts with paid research projects. your "
     "profile says you're a trial manager on the obesity programme. interested in a few paid hours?"),
    ("contact", "paid", "o", "$300 an hour, totally flexible, can be done in the evening"),
    ("pivot", "off", "o",
     "better to continue on telegram, linkedin is slow. search for pip_research_anna"),
    ("tasking", "paid vague", "o",
     "first project: the client wants a write-up on enrolment at your sites, dropout rates and what the "
     "safety committee has flagged so far. 2 pages is fine"),
    ("elicitation", "sens", "o",
     "can you share the unblinded interim numbers if you see them? client would pay a lot more for real "
     "data than for opinions"),
    ("elicitation", "sens", "s",
     "how did the last DSMB meeting go? anything that made people nervous?"),
    ("elicitation", "sens", "o", "any chance of a copy of the protocol amendment before it goes to the regulator?"),
    ("tasking", "vague", "s", "can't say who the client is, sorry 🙏 they're big and they're careful"),
    ("tasking", "secr", "o", "pls don't mention this on your work laptop or email. delete our chat after if you want"),
    ("tasking", "pay", "o",
     "payment via wise to any account you like, or crypto. some experts use their spouse's account, "
     "it's fine"),
    ("meeting", "meet", "o",
     "client is flying people to Zurich next month for a workshop, all paid. you'd be one of 3 experts. "
     "interested?"),
    ("elicitation", "sens secr", "o",
     "ok so here's the thing. the client trades on this stuff, I'm sure you've guessed. what they want "
     "is the efficacy signal before the readout. you don't need to send documents, just tell me in your "
     "own words whether the primary endpoint is looking good. nobody will ever connect it to you, we "
     "never write names in our notes, and you'll get 10k for a ten-minute call. think about it"),
])

fam("agriseed-market-study", 1, "fake_consultancy", "email", [
    ("contact", "cred", "o",
     "AgriNova Market Studies is preparing a report on hybrid seed breeding in Europe. We would like to "
     "interview breeders with direct experience in maize and rapeseed programmes. Your work at the "
     "breeding station is highly relevant."),
    ("contact", "paid vague", "s",
     "The study is commissioned by an agricultural group interested in the European market. The "
     "interview is paid at 250 EUR per hour."),
    ("tasking", "paid", "o",
     "Following our call, the client asks for a written report on your station's parent lines: which "
     "inbred lines are used, their origins and the traits you are selecting for."),
    ("elicitation", "sens", "o",
     "Would it be possible to obtain a small sample of seed from the parent lines? Even a few grams. The "
     "client's laboratory would only use it for 'benchmarking'."),
    ("elicitation", "sens", "s",
     "Which of the new lines do you think will go to registration trials next year? The client has a "
     "particular interest in the drought work."),
    ("elicitation", "sens", "o",
     "The marker data from your genotyping platform would be extremely valuable. Could you export a "
     "file? We would pay separately for any data."),
    ("pivot", "off", "o",
     "Please continue correspondence at agrinova.studies.example@163.com; our office server is unreliable."),
    ("meeting", "meet", "o",
     "The client invites you to visit their research farm in Heilongjiang for a week in August. All "
     "costs are covered and your family is welcome."),
    ("tasking", "pay secr", "o",
     "For the seed samples, we would pay 5,000 EUR in cash. Please post them in an ordinary envelope, "
     "marked as a gift, and do not mention it to your station director."),
    ("meeting", "meet secr", "s",
     "When you visit, it may be easier to say you are on a family holiday. The client values "
     "discretion very much."),
    ("contact", "cred vague", "o",
     "We understand from your colleagues at the field day that you have been with the station for "
     "almost fifteen years, which is exactly the depth of experience our client is looking for. They are "
     "building a breeding programme from scratch and would rather learn from the people who have done it "
     "than repeat every mistake. Beyond the interviews, there may be a longer consulting role, with "
     "regular visits and a retainer, for the right person. Everything is handled confidentially, and "
     "experts are never named in our reports."),
])

fam("cloud-sre-headhunter-subtle", 1, "fake_headhunter", "inmail", [
    ("contact", "cred", "s",
     "Your post about the region failover incident was one of the most honest write-ups I've read. I "
     "place senior reliability engineers and would love to pick your brain sometime."),
    ("contact", "vague", "s",
     "The team I'm hiring for is building their own cloud from scratch, and they're trying to avoid "
     "the mistakes the big providers made. I can't say much more yet, they're early."),
    ("pivot", "off", "s",
     "I'm travelling and terrible with this inbox. Is there a number I can message you on? Whatever app "
     "you prefer."),
    ("tasking", "paid", "s",
     "They'd be happy to pay for a couple of hours of your thinking, even before any formal process. Just "
     "a few pages on how you'd structure a control plane for a region of that size."),
    ("elicitation", "sens", "s",
     "How does your current employer handle access to the hypervisor hosts? I ask because the team has "
     "gone back and forth on it, and yours seems to have figured it out."),
    ("elicitation", "sens", "s",
     "Out of interest, roughly how many people could touch the customer key management in production? "
     "It's the sort of thing that sets the bar for what they build."),
    ("elicitation", "sens", "s",
     "It would be amazing to see the kind of runbook you use for a regional outage. I know it's "
     "internal — even a sanitised version would tell them a lot about how mature your team is."),
    ("meeting", "meet", "s",
     "The founders will be in Dubai the week after next. If you could join them for a day, they'll "
     "arrange everything; it's a very relaxed setting."),
    ("meeting", "meet", "s",
     "They'd rather meet you in person before anything goes on paper. Old-fashioned, I know."),
    ("tasking", "secr", "s",
     "Probably wise not to update your profile or tell your manager until there's an offer. These things "
     "get around."),
    ("tasking", "pay", "s",
     "They pay advisers through a holding company abroad, so it won't look like a second salary. It keeps "
     "things simpler for everyone."),
    ("contact", "cred", "s",
     "I'll be straight with you about why I reached out. Most of the people I talk to have lovely CVs but "
     "have never actually been paged at 3am when a whole region goes dark. You have, more than once from "
     "the sound of it, and you wrote about it with real clarity. The group I'm working with is small, "
     "very well funded and in a hurry. They don't want a recruiter's summary of you, they want to hear "
     "how you think, ideally over a relaxed conversation first. Would that be something you'd be open "
     "to?"),
])

fam("urban-futures-institute-council", 1, "fake_research_centre", "email", [
    ("contact", "cred paid", "o",
     "The Urban Futures Institute is researching smart-city procurement in European municipalities. As a "
     "senior officer in the city's digital services team, you'd be a valued contributor. We offer 800 EUR "
     "per short paper."),
    ("contact", "vague", "s", "Our research is funded by a consortium of international partners with an interest in urban technology."),
    ("tasking", "paid", "o",
     "Paper one: how the council chose the traffic-camera vendor, the evaluation scoring and which "
     "suppliers lost. We'd value your candid view."),
    ("elicitation", "sens", "o",
     "If you can attach the confidential tender evaluation report, it would save you a lot of writing."),
    ("elicitation", "sens", "s",
     "Who on the council is pushing the new data platform hardest? And who is resisting? Our funders like "
     "to understand the local dynamics."),
    ("elicitation", "sens", "o",
     "Could you let us know which CCTV systems connect to the police control room and how access is "
     "managed? Purely for our network study."),
    ("pivot", "off", "o",
     "Please reply via my personal e-mail, ufi.director.example@gmail.com — the council's firewall keeps "
     "blocking us."),
    ("tasking", "secr", "o",
     "Because of procurement rules, it's best not to mention our papers to your manager. Many councils "
     "have strict rules on outside work, and they don't really apply to research."),
    ("tasking", "pay", "o", "We can pay you in gift cards or prepaid cards, whichever you like — no bank details needed."),
    ("meeting", "meet vague", "o",
     "Our partners would like to host you at a smart-city expo in Shenzhen this autumn. We'll take care of "
     "everything, and there will be a private meeting with them on the last day."),
    ("meeting", "meet", "s", "A couple of our partners are passing through next week. Coffee somewhere quiet?"),
    ("tasking", "paid vague", "o",
     "Thank you so much for your first paper, the partners found it extremely useful. As a next step, they "
     "would like a regular briefing — perhaps monthly — on the council's digital projects, upcoming "
     "tenders and any problems you notice with existing suppliers. They are not interested in anything "
     "secret, only in the practical realities that never make it into the published minutes. We would "
     "increase your fee to 1,200 EUR per briefing, and you would remain fully anonymous in anything we "
     "publish."),
])
# ===========================================================================
# SUSPICIOUS families, part C
# ===========================================================================

fam("safeguard-analytics-police-it", 1, "fake_consultancy", "inmail", [
    ("contact", "cred", "o",
     "Saw you're the systems lead for the force's command-and-control platform. I'm with Safeguard "
     "Analytics; we advise overseas public-safety agencies on modernisation and we pay well for "
     "practitioner insight."),
    ("contact", "paid", "s", "It's an hour or two a month, from home, and it doesn't touch your day job."),
    ("pivot", "off", "o",
     "Can we take this to WhatsApp? I'm on +44 7700 900873. I don't like discussing client work over "
     "LinkedIn."),
    ("tasking", "paid vague", "o",
     "Our client, a ministry abroad, would like a paper on how UK forces structure access to the "
     "national databases from control rooms. 2,500 GBP for around ten pages."),
    ("elicitation", "sens", "o",
     "A copy of your force's access-control policy and the audit logging setup would be ideal. We'll "
     "treat it as reference material only."),
    ("elicitation", "sens", "s",
     "How easy is it, in practice, for an officer to look up a vehicle or a person without a case "
     "reference? Our client is trying to understand what's realistic."),
    ("elicitation", "sens", "o",
     "Could you run a couple of name checks for us as a test of the system's speed? Just to see what comes "
     "back. I'll send the names on WhatsApp."),
    ("tasking", "secr", "o",
     "Obviously don't log any of this with professional standards. Outside consultancy confuses them."),
    ("tasking", "pay", "o", "Fee can go in bitcoin or cash, whichever leaves less of a trail for you."),
    ("meeting", "meet vague", "o",
     "The ministry's deputy director is in Belgrade next month and would like to meet you. Flights and "
     "hotel on us; just take a couple of days' leave."),
    ("contact", "cred", "s", "Your colleague in the digital forensics unit — would they be open to a similar chat?"),
    ("elicitation", "sens", "s",
     "Thanks for the overview of the control-room setup, it was genuinely useful. Our client keeps coming "
     "back to one point, though: they don't fully understand how the national database access is "
     "actually granted day to day, as opposed to what the guidance says. Is there a gap between the two? "
     "In most forces we've looked at there is, and it is the gap that interests them — who really has "
     "access, how often it's reviewed and what happens when someone looks something up for a friend.",
     "email"),
])

fam("skyline-defence-youtube-hypersonics", 1, "fake_podcast_producer", "chat", [
    ("contact", "cred", "o",
     "hey!! I run Skyline Defence Explained on YouTube (240k subs) 🚀 we're making a big hypersonics "
     "episode and I saw you work on the glide vehicle program. would you consult for us? paid ofc"),
    ("contact", "paid", "o", "we pay consultants $150/hr, super chill, just fact-checking our scripts 😊"),
    ("pivot", "off", "o", "my editor prefers telegram for files, can you add @skyline_prod_kat ?"),
    ("tasking", "paid", "o",
     "first task: can you review our script and correct the parts about thermal limits and manoeuvre "
     "ranges? put the real numbers where we guessed"),
    ("elicitation", "sens", "s", "how close are we on the range figure? warmer or colder than 2,000 km? 👀"),
    ("elicitation", "sens", "o",
     "do you have any test footage or slides from the program we could use? we'd blur the logos, nobody "
     "would know"),
    ("elicitation", "sens", "s", "what was the deal with the test that got cancelled in march? rumours everywhere lol"),
    ("tasking", "vague", "o",
     "btw our sponsor for the episode is an aerospace analysis firm, they might want extra reports from "
     "you, separate fee"),
    ("tasking", "pay", "o", "I'll pay through paypal friends & family or USDT, whatever you prefer 💸"),
    ("tasking", "secr", "o", "you def shouldn't tell your security office lol, they hate youtubers 😂"),
    ("meeting", "meet", "o",
     "the sponsor wants to fly you to abu dhabi for an on-camera interview + a meeting with their "
     "analysts. 5 star hotel. you in? 🔥"),
    ("contact", "cred", "s",
     "honestly the comments section is full of people who think they know this stuff, having someone "
     "who has actually worked on it would make the episode so much better"),
    ("elicitation", "sens secr", "o",
     "ok real talk. the sponsor is asking me for something specific and I said I'd ask you. they want to "
     "know the materials used on the nose cone and the test schedule for the next six months. they "
     "said it doesn't have to be documents, a voice note is fine, and that they'd pay 8k for it. I know "
     "it's a bit much but they're serious people and they've always been discreet with me. think about it "
     "and delete this after 🙏"),
])

fam("terse-handler-shipyard-telegram", 1, "terse_handler", "chat", [
    ("pivot", "off", "o", "Move to T e l e g r a m. @harbour_k17. Now."),
    ("pivot", "off", "o", "not here. ϲontinue on the paper plane app, same handle"),
    ("tasking", "paid", "o", "Same as before. Two pages. Dock 4 schedule next month. 500."),
    ("elicitation", "sens", "o", "Need hull numbers of the boats in dry dock. Photos ok."),
    ("elicitation", "sens", "o", "Sonar dome fit date. Who is the supplier."),
    ("elicitation", "sens", "s", "Is the big one still waiting? Why."),
    ("tasking", "pay", "o", "Paid. Check the wallet. Next one is double."),
    ("tasking", "secr", "o", "Delete after reading. Don't use the work phone."),
    ("meeting", "meet", "o", "Friend is in Gdansk on the 3rd. Lunch. He pays. Bring the drive."),
    ("tasking", "vague", "s", "They liked it. They want more of the same."),
    ("elicitation", "sens", "o", "Crew rota for the trials. Whatever you can get."),
    ("pivot", "off", "s", "Use the other number from now on. Old one is finished."),
])

fam("slow-rapport-parliament-researcher", 1, "slow_rapport", "chat", [
    ("contact", "cred", "s",
     "Thanks again for the chat at the reception last night, it was lovely to meet someone who actually "
     "reads the bills. Let's have that coffee!"),
    ("contact", "cred", "s", "How's the committee week going? You looked exhausted in the broadcast, ha."),
    ("pivot", "off", "s",
     "Happy to chat here but honestly I'm on my phone more. My number's the one on the card, message me "
     "there any time."),
    ("contact", "paid", "s",
     "I've started doing some freelance writing for a policy newsletter back home. They pay surprisingly "
     "well. You should do it too, you'd be brilliant."),
    ("tasking", "paid", "s",
     "The editor asked if I know anyone who could write a short piece on how the committee works behind "
     "the scenes. Not politics, just process. I thought of you straight away."),
    ("tasking", "vague", "s",
     "The readers are mostly business people who want to understand the system better. They never name "
     "contributors."),
    ("elicitation", "sens", "s",
     "Out of interest, did the minister's evidence session go as badly as people say? I only know what "
     "was in the papers."),
    ("elicitation", "sens", "s",
     "I heard a rumour the report will be softer on the China section than the draft. Is that right? No "
     "worries if you can't say."),
    ("elicitation", "sens", "s",
     "You mentioned last time there was a private briefing on the cable security issue. Was that any "
     "good? I'd love to know what they actually said."),
    ("tasking", "pay", "s",
     "The newsletter said they can pay you through me if that's easier — no invoices, no forms."),
    ("tasking", "secr", "s",
     "Probably better not to mention the newsletter to your boss. You know how the office is about "
     "anything external."),
    ("meeting", "meet", "s",
     "The editor's in town next week and would love to buy you dinner. Honestly no agenda, he's just a "
     "big fan of your writing."),
    ("meeting", "meet", "s",
     "He also mentioned a study trip they organise every spring for young researchers. All covered. I did "
     "it two years ago and it was amazing."),
    ("contact", "cred", "s",
     "It's funny, I didn't expect to make real friends in this city, everyone is so busy and so guarded. "
     "But talking to you feels easy. I loved hearing about how you got into politics, and about your "
     "dad's shop. My family is similar, we never had anything handed to us. Anyway, sorry for the long "
     "message! I just wanted to say that I really value our chats, and I hope we keep them up even when "
     "the session gets crazy. Let me know if you fancy the Thai place on Friday."),
])

fam("overseas-station-student", 1, "overseas_police_station", "chat", [
    ("none", "coer", "o",
     "This is the overseas service centre of your hometown public security bureau. We need to verify "
     "some information about your activities at the university. Please call us back today."),
    ("none", "coer", "o",
     "We know you attended the vigil outside the consulate. You should explain this to us before your "
     "family is asked about it."),
    ("none", "coer off", "o", "Add our officer on WeChat: service_center_wm. Do it tonight."),
    ("none", "coer", "o",
     "Your mother was visited yesterday. She is well. She would like you to cooperate so that she is not "
     "troubled again."),
    ("none", "coer sens", "o",
     "Give us the names of the students who organised the vigil and the group chat they use. This is "
     "for their safety too."),
    ("none", "coer", "s",
     "We are only here to help students abroad. It would be a pity if your scholarship renewal ran into "
     "difficulties."),
    ("none", "coer secr", "o", "Don't tell your university or the local police about our conversation. It will only complicate things for you."),
    ("none", "coer", "o",
     "Please come to the community centre on Saturday at 3pm. Bring your passport. We only want to talk."),
    ("none", "coer", "s", "Your father's work unit has been asking about you. It would be good to give them some reassurance."),
    ("none", "coer", "o",
     "You still haven't deleted the post. You have 48 hours. After that we can't help your family."),
    ("none", "coer", "s",
     "Many students like you make a small mistake when they are young and far away from home. It is "
     "normal. What matters is what you do next. If you cooperate with us, everything can be settled "
     "quietly: your family will be left in peace, your passport renewal will go smoothly, and nobody at "
     "home will need to know about the vigil. We are patient, but our patience is not unlimited. Think "
     "about your parents, and call us."),
    ("none", "coer", "o", "Post something positive about the motherland this week. We will be watching your account."),
])

fam("overseas-station-shop-owner", 1, "overseas_police_station", "chat", [
    ("none", "coer", "o",
     "Mr. Liang, this is the hometown association liaison. The public security office asks that you come "
     "to a meeting about your business registration back home."),
    ("none", "coer", "s",
     "Your brother's restaurant back home has had some inspection problems. Things like that are easier "
     "to resolve when relatives abroad are cooperative."),
    ("none", "coer sens", "o",
     "Customers in your shop talk. We would like you to tell us about anyone who speaks against the "
     "government, especially the ones from the temple group."),
    ("none", "coer", "o",
     "Put the flag in your window for the national day and take down the newspaper they bring. We noticed it."),
    ("none", "coer off", "o", "Call this number, not the old one: +44 7700 900348. Only WhatsApp voice."),
    ("none", "coer", "o",
     "The uncle of your wife was invited for tea. He was told his pension depends on your attitude."),
    ("none", "coer secr", "o", "If you go to the British police, remember your family is still there. Keep it among us."),
    ("none", "coer sens", "s", "Who was the tall man who came twice last week? You seemed to know him well."),
    ("none", "coer", "s",
     "We don't want trouble for your shop. We want friends. Friends help each other and tell each other "
     "things."),
    ("none", "coer pay", "o",
     "The association needs a contribution for the national day gala, 2,000 pounds, cash. Everyone pays. "
     "Those who don't are remembered."),
    ("none", "coer", "s",
     "Your daughter studies at the university here, yes? We have friends among the students. They say she "
     "is very bright."),
    ("none", "coer", "o",
     "Mr. Liang, let me be clear with you, because I respect you as a hard-working man. The office back "
     "home has a file on your family. At the moment it is a thin file. Whether it gets thicker depends "
     "on you. We need a list of the people who attend the Sunday meetings at the back of your shop, their "
     "phone numbers if you have them, and a message from you when the writer from London visits again. "
     "In return, your brother's inspections will stop and your mother's travel permit will be approved. "
     "This is a simple and fair arrangement."),
])

fam("persuade-to-return-relatives", 1, "persuade_to_return", "chat", [
    ("none", "coer", "s",
     "Son, two men from the county office came again today. They were polite. They said everything would "
     "be forgiven if you came home."),
    ("none", "coer", "o",
     "They told your father that if you do not return by spring his pension will be reviewed. Please "
     "think of him."),
    ("none", "coer", "s", "Your aunt cried all evening. Nobody is sleeping well here."),
    ("none", "coer", "o",
     "The officer left his number for you. He says you must call him yourself, it is the only way this ends."),
    ("none", "coer off", "o", "He wants you to add him on WeChat: homecounty_chen. He will explain the procedure to return."),
    ("none", "coer", "o",
     "They took your cousin's passport at the border. They said it would be returned when you came back."),
    ("none", "coer", "s",
     "Your old teacher came to see us. He said the people in charge were very reasonable and that you "
     "should not believe what foreigners tell you."),
    ("none", "coer sens", "o",
     "The officer says you should also tell them who you meet in Toronto, the ones from the association. "
     "Then they will go easier."),
    ("none", "coer", "s", "We sent you the photos of grandma's birthday. She asked where you were. What should we tell her?"),
    ("none", "coer secr", "o", "Don't speak to journalists there. They said if you talk to the media it will be much worse for us."),
    ("none", "coer", "o",
     "Your sister's job application at the bank was rejected. The manager told her quietly it was because "
     "of you."),
    ("none", "coer", "s",
     "My child, I am not writing this because someone is standing next to me. I am writing because I "
     "miss you and I am tired. Whatever you did, it can be fixed. The man from the office says many people "
     "came back and they are living normal lives, working, married. He promised that if you return "
     "before the new year, there will be no trial, only a conversation. I don't know what to believe any "
     "more. But I know that your father is not well and that we are old. Please call the number."),
])
# ===========================================================================
# SUSPICIOUS families, part D: job scams
# ===========================================================================

fam("crypto-task-optimisation-job", 1, "job_scam_task", "chat", [
    ("none", "scam", "o",
     "Hello! I'm Stella from BrightPath Digital HR. We saw your CV on a job site. We offer a flexible "
     "online job: 30–60 minutes a day, earn 200–500 USD daily. Interested?"),
    ("none", "scam off", "o", "Please add our mentor on WhatsApp +1 555 0119 to start the free training today 😊"),
    ("none", "scam", "o",
     "The work is simple: you 'boost' app ratings by completing 40 tasks per set. Each task gives "
     "commission. Today's training account already has 100 USDT for you!"),
    ("none", "scam pay", "o",
     "To unlock your personal account, please top up 50 USDT. It goes to your own balance and you get it "
     "back with commission."),
    ("none", "scam pay", "o",
     "Congratulations!! 🎉 You got a 'combination task' — it pays 6x commission. Your balance is negative "
     "now, please top up 380 USDT to complete it."),
    ("none", "scam", "s", "Don't worry, this happens to all our top performers. Just one more set and you can withdraw everything."),
    ("none", "scam pay", "o",
     "Withdrawal requires a 20% 'tax clearance' payment first. This is a platform rule, not our choice."),
    ("none", "scam secr", "o", "Please don't discuss the tasks with your family or bank, they don't understand digital jobs and might freeze your funds."),
    ("none", "scam", "o", "Look at the screenshots in our group 👇 Maria withdrew 4,800 USDT yesterday!"),
    ("none", "scam", "s",
     "Your credit score dropped because you left a set unfinished. To restore it, finish the set today."),
    ("none", "scam pay", "o",
     "I can lend you 500 USDT from my own account because I believe in you. You only need to add 1,200."),
    ("none", "scam", "o",
     "Dear, I understand you feel worried, many people do at the start. But think about it: you have "
     "already earned more than 900 USDT in commission, it is sitting in your account right now. If you "
     "stop, the system will freeze the balance and everything is lost. The only way forward is to finish "
     "the final combination task. After that your account is upgraded to VIP level 2 and withdrawals are "
     "instant, no more top-ups. I have been through this myself, and now I earn more than in my old "
     "office job. Trust the process!"),
])

fam("fake-internship-equipment-fee", 1, "job_scam_equipment", "email", [
    ("none", "scam", "o",
     "Congratulations! Following your application to the Remote Data Analyst Internship at Vantage Quill "
     "Analytics, you have been selected without interview. Starting salary is 28 USD per hour."),
    ("none", "scam off", "o",
     "Onboarding is conducted via Telegram chat with our HR manager. Please download Telegram and "
     "message @vq_hr_onboarding with your full name and date of birth."),
    ("none", "scam pay", "o",
     "Your home-office equipment (laptop, monitor, software licences) must be bought from our approved "
     "vendor. You'll be reimbursed in your first paycheck. Send 1,150 USD via Zelle to the vendor."),
    ("none", "scam pay", "o",
     "We are sending you a cheque for 3,400 USD. Deposit it by mobile and wire 2,900 to the equipment "
     "vendor the same day. Keep the rest for your time."),
    ("none", "scam", "o",
     "To complete your file, please send a photo of both sides of your driving licence and your Social "
     "Security number."),
    ("none", "scam", "s", "We noticed the vendor payment has not arrived. Orientation starts Monday and your place can't be held."),
    ("none", "scam pay", "o", "If Zelle doesn't work, you can buy Apple gift cards and send us the codes instead."),
    ("none", "scam", "s",
     "Your training materials are ready, but the system needs your bank login to set up direct deposit."),
    ("none", "scam", "o",
     "This is your final notice. Your internship offer will be withdrawn if the equipment fee is not "
     "paid within 24 hours."),
    ("none", "scam", "o",
     "Welcome aboard! Vantage Quill is a fast-growing analytics company with offices in Austin and "
     "Toronto. As a remote intern, you'll clean and label data sets, prepare weekly dashboards and "
     "support our client success team. You'll work 20 hours a week, flexible, and after a three-month "
     "probation you may be offered a full-time role with benefits. Before your start date, please "
     "complete three steps: confirm your personal details with HR on Telegram, purchase your equipment "
     "through our vendor (reimbursed), and read the attached handbook. We're excited to have you!"),
    ("none", "scam secr", "s", "Please don't post about the offer on social media until you've started, company policy."),
])

fam("payroll-agent-diversion", 1, "job_scam_payroll", "email", [
    ("none", "scam", "o",
     "We are a construction subcontractor from Portugal expanding into the UK and are hiring a part-time "
     "Payroll Coordinator to work from home. 2,000 GBP per month plus commission."),
    ("none", "scam pay", "o",
     "Your role: receive workers' wage payments into your personal account, then forward them to their "
     "families abroad via the transfer service we specify. You keep 8% of each transfer."),
    ("none", "scam", "s",
     "We use personal accounts because our UK company account is still being opened. This is temporary."),
    ("none", "scam pay", "o", "Today you will receive 4,750 GBP. Please send 4,370 to the account below by end of day and keep the rest."),
    ("none", "scam secr", "o",
     "If your bank calls to ask about the payments, say they are from family members. They ask too many "
     "questions about business transfers."),
    ("none", "scam", "o", "Please also open a second account with another bank — we'll have more workers next month."),
    ("none", "scam pay", "o", "This week please convert the funds to bitcoin at the ATM on the high street and send to the wallet address."),
    ("none", "scam off", "o",
     "Let's move to WhatsApp for instructions, it's faster than e-mail: +44 7700 900615."),
    ("none", "scam", "s", "You're doing great, the foreman says the families received everything. More payments Thursday."),
    ("none", "scam", "o",
     "Our HR team needs your online banking login so we can check the payments arrived correctly."),
    ("none", "scam", "o",
     "I understand your bank has frozen your account, and I know that is stressful. This happens "
     "sometimes when the bank's system sees several incoming payments from different people, but it is "
     "only a misunderstanding. Please do not tell them about our arrangement, because they will not "
     "understand and it will take months. Simply say the money came from friends repaying a loan. "
     "Meanwhile, you can continue your work through your partner's account, and we will increase your "
     "commission to 10% for the trouble."),
])

fam("overseas-visa-job-fee", 1, "job_scam_visa", "chat", [
    ("none", "scam", "o",
     "Good news brother! Hotel in Canada need 20 workers — housekeeping, kitchen, driver. Salary 3,200 CAD "
     "monthly, free accommodation, LMIA visa sponsored."),
    ("none", "scam", "o", "Send your passport copy and CV on this WhatsApp today, only few places left 🇨🇦"),
    ("none", "scam pay", "o",
     "Employer pays everything, you only pay the visa processing fee 850 USD and medical 200. Western "
     "Union to our agent."),
    ("none", "scam", "s", "Your file is approved by employer. Now waiting only the embassy step. Very fast this year."),
    ("none", "scam pay", "o",
     "Embassy asks extra 'bond' 1,500 USD, refundable when you arrive. Send today to keep your slot."),
    ("none", "scam", "o", "Here is your appointment letter from the hotel, signed by the HR manager 👇 (attachment)"),
    ("none", "scam secr", "o", "Don't go to the embassy yourself, they will reject you. Only our agent can handle."),
    ("none", "scam", "s", "Many of my cousins went this way, all working there now, good life."),
    ("none", "scam pay", "o", "Flight ticket we book for you, 640 USD. Pay to my personal account, company account is under audit."),
    ("none", "scam", "o", "Why you are not replying? The employer is angry, they will give your place to someone else tomorrow."),
    ("none", "scam", "o",
     "Brother I am telling you with all honesty because we are from the same district. This is the last "
     "batch this year. After this the rules change and nobody can go without a degree. I already "
     "submitted your name to the employer, I put my own reputation for you. If you don't pay the bond "
     "now, they will blacklist you and also me. Borrow from family if you need, in three months you "
     "will send it back ten times. Everybody who went is happy. Don't listen to people who are jealous."),
])

fam("data-entry-activation-fee", 1, "job_scam_activation", "chat", [
    ("none", "scam", "o",
     "Work from home data entry 📝 Type simple forms, earn 45 GBP per 100 forms. No experience needed. "
     "Reply YES to get started."),
    ("none", "scam", "o", "You're registered ✅ To receive your first batch of forms, activate your account with a one-time 35 GBP fee."),
    ("none", "scam pay", "o", "Activation can be paid by PayPal friends and family or by bank transfer to our coordinator, Ms. Field."),
    ("none", "scam", "s", "Your forms are waiting in the portal. They expire in 6 hours if the account isn't active."),
    ("none", "scam", "o", "Accuracy check failed: 3 errors in 100 forms. Under the contract, you owe a penalty of 220 GBP."),
    ("none", "scam pay", "o", "To avoid legal action for the penalty, please pay via gift card and send us the photo of the card."),
    ("none", "scam", "o", "Upgrade to Premium Typist for 99 GBP and get double pay per form and no penalties!"),
    ("none", "scam", "s", "Hi again, just checking why you didn't finish registration? Lots of people are earning already."),
    ("none", "scam off", "o", "Join our Telegram group for daily payments proof: t.me/typing_jobs_uk_example"),
    ("none", "scam", "o",
     "Dear member, our records show that you accepted the terms and conditions of the Data Entry "
     "Agreement on the 4th, which includes a minimum accuracy of 98% and a penalty clause for incomplete "
     "batches. Since your submitted work did not meet the standard, the contract obliges you to pay the "
     "quality assurance fee. We understand this may be a surprise. If you settle within 48 hours, our "
     "legal department will close the case and you can continue working with a fresh batch. Otherwise "
     "the matter will be passed to our debt recovery partner."),
    ("none", "scam", "s", "Ok no problem, I'll give you one more chance because you seem honest. Pay half today, half next week."),
])


# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def rows():
    out = []
    n = 0
    for i, f in enumerate(FAMILIES, 1):
        family = f"a3-fam-{i:03d}-{f['slug']}"
        for m in f["msgs"]:
            n += 1
            if f["label"] == 1:
                stage, cats, sub, text, *rest = m
                reg = rest[0] if rest else f["register"]
                row = {"id": f"a3-{n:04d}", "text": text, "label": 1, "family": family,
                       "kind": f["kind"], "categories": [CATS[c] for c in cats.split()],
                       "stage": stage, "subtlety": SUB[sub], "register": reg}
            else:
                text, reg = (m, f["register"]) if isinstance(m, str) else m
                row = {"id": f"a3-{n:04d}", "text": text, "label": 0, "family": family,
                       "kind": f["kind"], "categories": [], "stage": "none",
                       "register": reg, "lookalike": bool(f["lookalike"])}
            row["text"] = " ".join(row["text"].split())
            out.append(row)
    return out


def check(rs):
    errors = []
    ids = [r["id"] for r in rs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    seen = {}
    for r in rs:
        key = r["text"].lower()
        if key in seen:
            errors.append(f"duplicate text {r['id']} = {seen[key]}")
        seen[key] = r["id"]
        if r["stage"] not in STAGES:
            errors.append(f"bad stage {r['id']}")
        if r["register"] not in REGISTERS:
            errors.append(f"bad register {r['id']}")
        if r["label"] == 1 and not r["categories"]:
            errors.append(f"no categories {r['id']}")
        for dom in _EMAIL.findall(r["text"]):
            if "example" not in dom.lower() and "example" not in r["text"].lower().split(dom.lower())[0][-40:]:
                errors.append(f"non-example e-mail domain {dom} in {r['id']}")
    by_fam = collections.defaultdict(list)
    for r in rs:
        by_fam[r["family"]].append(r)
    for famname, members in by_fam.items():
        if len({m["label"] for m in members}) != 1:
            errors.append(f"mixed labels in {famname}")
        if not 8 <= len(members) <= 15:
            errors.append(f"{famname} has {len(members)} messages")
    sus = [r for r in rs if r["label"] == 1]
    cats = collections.Counter(c for r in sus for c in r["categories"])
    for c in CATS.values():
        if not cats[c]:
            errors.append(f"category {c} missing")
    stages = collections.Counter(r["stage"] for r in sus)
    for s in STAGES:
        if not stages[s]:
            errors.append(f"stage {s} missing")
    return errors


def report(rs):
    sus = [r for r in rs if r["label"] == 1]
    ben = [r for r in rs if r["label"] == 0]
    fams = collections.Counter((r["family"], r["label"]) for r in rs)
    print(f"messages {len(rs)}: suspicious {len(sus)}, benign {len(ben)}")
    print(f"families {len(fams)}: suspicious {sum(1 for f in fams if f[1] == 1)}, "
          f"benign {sum(1 for f in fams if f[1] == 0)}")
    print("suspicious stages", dict(collections.Counter(r["stage"] for r in sus).most_common()))
    print("suspicious subtlety", dict(collections.Counter(r["subtlety"] for r in sus)))
    print("categories", dict(collections.Counter(c for r in sus for c in r["categories"]).most_common()))
    print("benign lookalike", dict(collections.Counter(r["lookalike"] for r in ben)))
    print("registers", dict(collections.Counter((r["label"], r["register"]) for r in rs)))
    words = [len(r["text"].split()) for r in rs]
    print(f"words min {min(words)} max {max(words)} median {sorted(words)[len(words)//2]}; "
          f">80 words: {sum(w > 80 for w in words)}")
    print("kinds:")
    for (k, lab), n in sorted(collections.Counter((r["kind"], r["label"]) for r in rs).items(),
                              key=lambda x: (-x[0][1], x[0][0])):
        print(f"  {lab} {k}: {n}")


def main(argv):
    rs = rows()
    errors = check(rs)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    report(rs)
    if errors:
        return 1
    if "--check" not in argv:
        with OUT.open("w", encoding="utf-8", newline="\n") as fh:
            for r in rs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
