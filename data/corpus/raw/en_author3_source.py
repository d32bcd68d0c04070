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
    if label == 0 and lookalike is None:
        lookalike = True
    FAMILIES.append(dict(slug=slug, label=label, kind=kind, register=register,
                         msgs=list(msgs), lookalike=lookalike))


def extra(slug, msgs):
    """Add more hand-written messages (mostly long ones) to a family declared earlier."""
    for f in FAMILIES:
        if f["slug"] == slug:
            f["msgs"].extend(msgs)
            return
    raise KeyError(slug)


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
     "about your parents, and call us. The number is the same one as before, and someone will answer at any hour."),
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
# ===========================================================================
# SUSPICIOUS families, part E
# ===========================================================================

fam("quantum-crypto-fellowship-programme", 1, "fake_visiting_scholar_programme", "inmail", [
    ("contact", "cred meet", "o",
     "Dear Dr. Ilves, the Pacific Institute for Secure Computation runs a Distinguished Visiting Scholar "
     "programme for cryptographers. We would like to nominate you for 2027: six weeks in residence, all "
     "travel, a furnished apartment and an award of 30,000 USD."),
    ("contact", "cred", "s",
     "Your work on side-channel attacks against lattice schemes is exactly the direction our board wants "
     "to strengthen. Few people combine theory and implementation the way you do."),
    ("contact", "vague", "s",
     "The programme is supported by several industrial partners who prefer to remain anonymous; this "
     "allows our scholars full academic freedom."),
    ("pivot", "off", "o",
     "To speed up the nomination, could you send your CV to our coordinator's personal address, "
     "pisc.coordinator.example@outlook.com? Our institutional mail has strict attachment limits."),
    ("tasking", "paid", "o",
     "Nominees write a 'research vision statement' of 10 pages. The board is most interested in your "
     "current projects, including any implementation work for government or banking clients."),
    ("elicitation", "sens", "o",
     "Could the vision statement include the test results from your evaluation of the national "
     "e-identity card? We understand the report is not public, but the board will keep it confidential."),
    ("elicitation", "sens", "s",
     "Which agencies have you advised on algorithm selection? It helps the board understand your "
     "influence in the field."),
    ("meeting", "meet", "o",
     "Before the formal residency, our partners invite you to a three-day workshop in Hangzhou. Business "
     "class, of course. They would like to discuss joint projects."),
    ("meeting", "meet secr", "s",
     "The workshop is informal and small. There is no need to list it as an official trip."),
    ("tasking", "pay", "o",
     "Half of the award is paid in advance to an account of your choice, including accounts outside your "
     "country. Many scholars prefer this for tax reasons."),
    ("tasking", "secr", "o",
     "We ask nominees not to discuss their nomination publicly, or with their university, until the "
     "board has decided."),
    ("elicitation", "sens vague", "o",
     "The partners have read your vision statement with great interest and would like to go further. "
     "They are especially curious about the hardware security modules used in the e-identity "
     "infrastructure you evaluated, the firmware versions you tested and the weaknesses you found that "
     "were not included in the public summary. They understand these are sensitive and are willing to "
     "offer an additional research grant for a private technical note. The note would never be "
     "published and would be read only by the partners' own engineers.", "email"),
    ("contact", "cred", "s", "Just checking you received our nomination letter. The board meets at the end of the month.", "email"),
])

fam("battery-vc-scout-subtle", 1, "fake_vc_scout", "inmail", [
    ("contact", "cred", "s",
     "Loved your talk on solid-state cathode scale-up at the battery show. I scout for a growth fund "
     "that's very active in energy storage. Would you be up for a chat?"),
    ("contact", "vague", "s",
     "The fund is backed by a couple of industrial families who are strategic about supply chains. "
     "They're fairly private, so there's not much online."),
    ("pivot", "off", "s",
     "I'm on the road a lot and my messages here get buried. Do you have a number you don't mind "
     "sharing? I'll drop you a note on whatever you use."),
    ("tasking", "paid", "s",
     "Our partners would value your view on the space so much that they'd like to pay for a few hours of "
     "your time, informally. A written take on where the scale-up bottlenecks are would be perfect."),
    ("elicitation", "sens", "s",
     "How is your pilot line yielding right now, roughly? Published numbers are always a bit "
     "optimistic, and we want to calibrate."),
    ("elicitation", "sens", "s",
     "Which lithium suppliers is your team qualifying? And are the long-term contracts signed yet? It "
     "would help our partners understand where the market's going."),
    ("elicitation", "sens", "s",
     "If you had the line's process window in front of you — temperatures, pressures, dwell times — "
     "what would stand out? Even ballpark figures would help."),
    ("meeting", "meet", "s",
     "The partners are hosting a small gathering in Seoul in September. They'd love you to come as their "
     "guest and spend an afternoon with their technical people."),
    ("tasking", "pay", "s",
     "They tend to compensate advisers through an offshore vehicle, which keeps it out of your normal "
     "payslip."),
    ("tasking", "secr", "s",
     "I wouldn't mention these chats at work. Your leadership would probably see it as a recruitment "
     "approach and get twitchy."),
    ("meeting", "meet", "s", "Have you had a chance to look at dates? They've kept a slot open for you."),
    ("contact", "cred", "s",
     "I should say that I only reach out to a handful of people a year. The partners I work with don't "
     "invest in pitch decks, they invest in understanding. They spend a long time getting to know the "
     "engineers who actually make things work, well before any deal, and they reward that generously. "
     "Your name came up in three separate conversations, which almost never happens. I'd love to "
     "introduce you properly when the timing suits. There is no deck to prepare and nothing to sign, just a conversation between people who care about the same problems."),
])

fam("asia-nuclear-future-forum", 1, "dubious_summit_organiser", "email", [
    ("contact", "cred meet", "o",
     "The Asia Nuclear Future Forum 2027 (Kuala Lumpur) invites you as a distinguished speaker on small "
     "modular reactors. Full travel, accommodation and an honorarium of 8,000 USD are provided."),
    ("contact", "vague", "s", "The Forum is sponsored by a consortium of regional utilities and investors."),
    ("tasking", "paid sens", "o",
     "Distinguished speakers submit a technical briefing paper before the Forum. Please cover your "
     "company's SMR design status, licensing difficulties and the components with long lead times."),
    ("elicitation", "sens", "o",
     "The sponsors are particularly interested in the pressure vessel forging issues. Internal "
     "correspondence with the regulator would be very valuable."),
    ("elicitation", "sens", "s",
     "How is the relationship with the safety regulator these days? Our delegates would appreciate a "
     "frank view."),
    ("pivot", "off", "o",
     "Our logistics team will contact you on WhatsApp to arrange flights. Please confirm your number and "
     "send a copy of your passport there."),
    ("meeting", "meet vague", "o",
     "On the second evening, the main sponsor has invited a small number of speakers to a private "
     "dinner. Your attendance would be highly appreciated."),
    ("meeting", "meet", "o",
     "Following the Forum, an optional two-day technical tour has been arranged for you, with meetings "
     "with engineering firms interested in cooperation."),
    ("tasking", "pay", "o", "The honorarium will be paid in cash in an envelope at the Forum. It is our tradition."),
    ("tasking", "secr", "o",
     "Please treat this invitation as personal and confidential. We prefer speakers not to route it "
     "through their companies' corporate affairs departments."),
    ("contact", "cred", "s", "We would also welcome any colleagues from your licensing team."),
    ("contact", "cred paid meet", "o",
     "The Forum brings together more than 300 delegates from utilities, regulators, vendors and "
     "investors across Asia and the Middle East, with an emphasis on candid exchange. Unlike the larger "
     "industry conferences, our sessions are closed and not recorded, which allows speakers to discuss "
     "real challenges rather than marketing messages. Distinguished speakers are chosen personally by "
     "the organising committee, and we are honoured to include you. We look forward to your briefing "
     "paper, which will be circulated only to the sponsors. Kindly send it to the programme office no later than four weeks before the Forum opens."),
])

fam("regdoc-translation-pharma", 1, "fake_translation_agency", "email", [
    ("contact", "paid", "o",
     "RegDoc Linguistics is urgently recruiting medical translators with pharmaceutical industry "
     "experience. We pay up to 0.30 EUR per word, double the market rate."),
    ("contact", "cred", "o",
     "We noticed you worked in regulatory affairs before becoming a translator. That experience is "
     "exactly what our client needs."),
    ("pivot", "off", "o", "Please add our coordinator on Telegram (@regdoc_helen) to receive the first files faster."),
    ("tasking", "paid vague", "o",
     "The client is preparing a submission in Asia and needs a template. Could you provide an example of "
     "a Module 3 dossier you worked on previously, translated or not? Fee 3,000 EUR."),
    ("elicitation", "sens", "o",
     "The client would also like the manufacturing process descriptions for the biologic you worked "
     "on — batch records, yields, cell line details. They will pay 10,000 EUR."),
    ("elicitation", "sens", "s",
     "Do you keep in touch with your old regulatory team? The client would love to know what questions "
     "the agency asked in the last inspection."),
    ("tasking", "secr", "o",
     "These documents are for internal reference only. Please do not mention our request to your former "
     "colleagues or employer."),
    ("tasking", "pay", "o", "We can pay via a payment app in China or via crypto, as you prefer. No invoice needed."),
    ("meeting", "meet", "o",
     "The client's head of CMC will visit Basel next month and would like to meet you for dinner to "
     "discuss a permanent consulting contract."),
    ("tasking", "vague", "s", "I'm afraid I can't share the client's name. They are a big company and very careful."),
    ("elicitation", "sens", "o",
     "I understand your hesitation about sending the original dossier. Perhaps a compromise: you could "
     "write a summary from memory of the key process parameters — the bioreactor conditions, the "
     "purification steps and the specifications the agency accepted — in your own words. That is your "
     "knowledge, not a company document, so there is no problem. The client would still pay the full "
     "fee, and we would add a bonus if the summary is detailed enough for their engineers to use. Nobody at your former company would ever see it."),
])

fam("water-utilities-alliance", 1, "fake_trade_association", "inmail", [
    ("contact", "cred", "o",
     "Greetings from the Global Water Utilities Alliance. We are forming an Operational Resilience "
     "Council and would like senior control-room leaders like you as founding members."),
    ("contact", "paid", "o", "Founding members receive a stipend of 4,000 USD per year and sponsored travel to our congress."),
    ("tasking", "paid", "o",
     "Our first deliverable is a peer benchmarking survey. Please describe your utility's SCADA "
     "architecture, remote-access arrangements and incident history."),
    ("elicitation", "sens", "o",
     "To complete the benchmark, please attach your utility's network segmentation diagram and list of "
     "vendor remote-access accounts."),
    ("elicitation", "sens", "s", "How long would your plant run on manual if the telemetry went down? Members compare notes on this."),
    ("pivot", "off", "o",
     "Council discussions take place in a private WhatsApp group. Please send your mobile number to our "
     "coordinator at gwua.council.example@gmail.com."),
    ("meeting", "meet", "o",
     "The first council meeting will be held during our congress in Tianjin in November. Business "
     "class flights and five nights at the congress hotel are covered."),
    ("meeting", "meet vague", "s", "Some of our industrial partners will join the council dinner and look forward to meeting you."),
    ("tasking", "pay", "o", "The stipend can be paid to any account, or in crypto if you prefer to keep it separate."),
    ("tasking", "secr", "o", "Membership is confidential for now. Please don't mention it to your utility until our launch."),
    ("elicitation", "sens", "s",
     "Thank you for the survey responses. A few members were surprised by how much your utility relies "
     "on a single vendor for remote support. Could you tell us more about how that vendor connects, and "
     "how often their access is reviewed? It would help the council design its guidance. Any "
     "screenshots of the access tool would also help, with the names blurred if you prefer."),
    ("contact", "cred", "s", "Would any of your deputies also like to join? We have two more founding places.", "email"),
])
# ===========================================================================
# SUSPICIOUS families, part F
# ===========================================================================

fam("old-classmate-police-it", 1, "old_classmate_reunion", "chat", [
    ("contact", "cred", "s",
     "No way, is this Danny from sixth form?? It's Marcus! Found you through the reunion page. You work "
     "for the police now? Proper grown-up 😂"),
    ("contact", "cred", "s", "Systems for the control room, is it? Sounds intense. Do you get to see all the crazy calls?"),
    ("pivot", "off", "s", "This app is rubbish, let's switch. What's your number? I'll add you to the old lads' group too."),
    ("tasking", "paid", "s",
     "Random, but I do a bit of consultancy now for a security firm abroad. They pay stupid money for "
     "people who know how things work in UK policing. Fancy earning a bit on the side?"),
    ("tasking", "vague", "o",
     "Can't say who the client is, they're very private. Think government-ish. They just want a proper "
     "understanding."),
    ("elicitation", "sens", "s",
     "How does it work when you need to look someone up? Like, can anyone in the control room do it or "
     "is it locked down?"),
    ("elicitation", "sens", "o",
     "Would you be able to check a plate for me? Mate of mine reckons someone's been following him. "
     "I'll send you the reg."),
    ("elicitation", "sens", "o",
     "The client would pay 2k for a walk-through of the PNC access and who audits it. Screenshots even "
     "better. No names, obviously."),
    ("tasking", "pay", "o", "They pay in crypto, I can show you how to set up a wallet, takes 5 mins"),
    ("tasking", "secr", "o", "Keep this between us yeah? Your lot would go mental if they knew you were doing consultancy"),
    ("meeting", "meet", "s",
     "The client's guy is in London next week, says he'd love to take us both for a steak. Honestly, "
     "easy money."),
    ("elicitation", "sens secr", "s",
     "Look, I get that you're nervous, I would be too. But nobody's asking you to do anything dodgy. "
     "It's just knowledge, the stuff in your head. How the systems talk to each other, who can see "
     "what, how long logs are kept. That's not secret, it's just not written down anywhere public. "
     "You'd be helping me out massively, and I'd make sure you're looked after. Have a think and "
     "message me on the other app, not here."),
])

fam("metro-signalling-consultancy-council", 1, "fake_consultancy", "email", [
    ("contact", "cred paid", "o",
     "Tramline Strategy Advisory supports international investors in urban rail. We are looking for a "
     "paid adviser with experience of the city's metro resignalling project. You were recommended to us."),
    ("contact", "vague", "o",
     "Our client is a rolling-stock and signalling group from overseas which is considering future "
     "bids. They prefer not to be named at this early stage."),
    ("tasking", "paid", "o",
     "Could you prepare a 10-page report on the resignalling programme: contractors, delays, the "
     "council's budget pressures and how the next phase will be procured? Fee 4,000 GBP."),
    ("elicitation", "sens", "o",
     "Our client would be grateful for the evaluation criteria for the next phase before the tender is "
     "published, and the names of the evaluation panel."),
    ("elicitation", "sens", "s", "Which councillors are unhappy with the current contractor? That would help our client's approach."),
    ("elicitation", "sens", "o",
     "The CBTC interface specifications and the current fault logs would be invaluable. We'd only use "
     "them for analysis."),
    ("pivot", "off", "o",
     "For convenience, please reply to tramline.advisory.example@gmail.com or call me on +44 7700 900729."),
    ("tasking", "secr", "o",
     "We recommend you don't tell your colleagues at the council about the work. Procurement teams can be "
     "touchy about external advisers."),
    ("tasking", "pay", "o",
     "We can pay through a friend's company in Cyprus, as consultancy invoices. You won't need to declare "
     "it."),
    ("meeting", "meet vague", "o",
     "Our client's delegation will visit the city in September. They'd like to meet you privately at their "
     "hotel rather than at the council."),
    ("meeting", "meet", "s", "They've also invited you to see their factory later in the year, whenever suits."),
    ("tasking", "paid vague", "o",
     "Thank you for the report — very helpful. Our client now wishes to retain you on a monthly basis "
     "until the tender is awarded, at 2,500 GBP per month. The arrangement is simple: you send us a "
     "short update at the end of each month on the progress of the procurement, any changes to the "
     "specification or budget, and the mood within the council. We would treat your identity with the "
     "utmost discretion, and the retainer would be paid whether or not there is news."),
])

fam("westminster-podcast-staffer", 1, "fake_podcast_producer", "inmail", [
    ("contact", "cred", "o",
     "Hi! I produce Corridors, a podcast about how Westminster really works, told by the people behind "
     "the scenes. Would you be an anonymous guest? We pay 400 GBP per episode."),
    ("contact", "secr", "o", "Guests are fully anonymised — voice changed, no names. Your office would never know."),
    ("pivot", "off", "o", "Let's move to Signal, it's safer for you. My number is +44 7700 900190."),
    ("tasking", "paid", "o",
     "For the pre-interview, could you write up the story of how the committee's last report came "
     "together? Who pushed what, who blocked what. 600 GBP."),
    ("elicitation", "sens", "o",
     "Any chance you could share the draft report or committee papers? We wouldn't broadcast them, it's "
     "just so our researchers understand the context."),
    ("elicitation", "sens", "s", "What are the committee's plans for the next inquiry? We love to be ahead of the news cycle."),
    ("tasking", "vague", "o",
     "Our executive producer works with a research client abroad who also funds the show. They may ask "
     "for extra background notes, separately paid."),
    ("tasking", "pay", "o", "We pay through PayPal or cash, whichever you prefer. Happy to keep it off the books."),
    ("meeting", "meet", "o", "The EP is in London next week — fancy dinner on us? He'd like to record a proper interview."),
    ("meeting", "meet vague", "s", "He's bringing a colleague from the research side, very nice guy, they both admire your work."),
    ("elicitation", "sens", "s",
     "The episode is coming together beautifully, and honestly your stories are the best bit. The one "
     "thing missing is the closed session with the security services last month. You don't need to tell "
     "us what was said, just the gist — who looked worried, what the members asked about, whether "
     "anything came up about cables or ports. It would make the episode and I promise it won't be traced "
     "to you."),
    ("contact", "cred", "s", "Do you know anyone else in a committee office who might want to take part?"),
])

fam("broken-english-submarine-headhunter", 1, "fake_headhunter", "inmail", [
    ("contact", "cred", "o",
     "Good day sir. I am headhunter for big marine company. I see you work in submarine programme, very "
     "impressive. We have position for you, salary very high, 3 times normal."),
    ("contact", "vague", "o", "Company name I cannot say now, it is confidential, but very famous in Asia."),
    ("pivot", "off", "o", "Please add me WeChat or WhatsApp for detail talk: +1 555 0163. LinkedIn not convenient."),
    ("pivot", "off", "o", "Or send CV to headhunt.marine.example@163.com, I reply fast."),
    ("tasking", "paid", "o",
     "Before interview, company request one technical report about your work experience. Reporting fee "
     "2,000 USD paid first."),
    ("elicitation", "sens", "o", "Report must include the noise reduction method and propulsor design you used. Details is important."),
    ("elicitation", "sens", "s", "Also which company make the sonar for your boat? Company want to know the partners."),
    ("tasking", "pay", "o", "Payment by Western Union or bitcoin, your choice. No tax problem."),
    ("meeting", "meet", "o",
     "Company director invite you to Shanghai for interview. Business class ticket and hotel we pay. Also "
     "your wife can come."),
    ("tasking", "secr", "o", "Please not tell your company or your government, they will stop you to get better job."),
    ("elicitation", "sens", "o", "If you have drawing or photo from work, send us, it make your report more strong and salary more high."),
    ("contact", "cred", "s", "Sir you did not answer. Maybe you are busy. The position still open for you, we wait."),
])

fam("emoji-cloud-recruiter", 1, "fake_headhunter", "inmail", [
    ("contact", "cred", "o",
     "Hiii 👋 Your cloud security profile is 🔥🔥 I'm recruiting for a super exciting hyperscaler project, "
     "fully remote, crazy comp. Can I tell you more??"),
    ("contact", "vague", "s", "Can't share the name yet 🤫 but trust me you've heard of them 😉"),
    ("pivot", "off", "o", "Let's hop on Telegram, much easier 📱 @cloudtalent_jess"),
    ("tasking", "paid", "o",
     "Step 1 is a paid take-home 💰 write up how your current team does key rotation + IAM for the gov "
     "cloud region. $1,500!"),
    ("elicitation", "sens", "o", "Screenshots of your IAM policies would make it 💯 just blur anything personal"),
    ("elicitation", "sens", "s", "Curious, how many people have break-glass access in your region? 🤔"),
    ("tasking", "pay", "o", "Payment goes out in USDC 🪙 super fast, no banks"),
    ("tasking", "secr", "o", "Def keep this on the down-low at work 🙊 don't want your manager freaking out"),
    ("meeting", "meet", "o", "Final round is in person in Dubai ✈️🌴 all paid, they'll show you the office + team"),
    ("contact", "cred", "s", "Also do you know anyone else with gov cloud clearance? Referral bonus 🎁"),
    ("elicitation", "sens", "o",
     "OK so the hiring manager LOVED your take-home 😍 They have a couple of follow-ups though: what's "
     "the exact HSM vendor you use for the gov region, how the customer-managed keys are escrowed, and "
     "whether the audit logs go to a separate account. They said if you can share the internal runbook "
     "for a key compromise scenario, that basically guarantees an offer 🙌 Send it on Telegram, not here!"),
])

fam("rare-earths-sovereign-advisory", 1, "fake_consultancy", "email", [
    ("contact", "cred", "s",
     "I lead a small advisory practice focused on critical-minerals supply. Your years on the magnet "
     "plant's separation line are rare experience, and I'd value your perspective on the sector."),
    ("contact", "paid", "s", "We compensate practitioners for their time at senior-consultant rates, whatever format suits."),
    ("contact", "vague", "s",
     "The work is for a sovereign-level investor looking at long-term supply security. I'm afraid I'm not "
     "at liberty to say more at this point."),
    ("tasking", "paid", "s",
     "A first piece might be a short memo on the practical constraints of solvent-extraction separation "
     "at scale in Europe — what's hard, what's expensive, what nobody talks about."),
    ("elicitation", "sens", "s",
     "It would help to understand the plant's real throughput against nameplate, and which grades it "
     "struggles with. Published figures only go so far."),
    ("elicitation", "sens", "s",
     "Who supplies the feedstock now, and how firm are those contracts? Our principal is very interested "
     "in whether there's room for another party."),
    ("elicitation", "sens", "s",
     "If there were a flowsheet you had worked from, even an older version, I expect our principal "
     "would find it illuminating."),
    ("pivot", "off", "s",
     "I find e-mail rather formal for this sort of exchange. Might we speak by phone? I'll send you a "
     "number to message whenever it suits."),
    ("meeting", "meet", "s",
     "My principal will be in Zurich for a few days in spring and would be delighted to host you. A short "
     "trip; everything would be arranged."),
    ("tasking", "pay", "s", "Fees can be settled however you find most convenient, including outside the usual channels."),
    ("tasking", "secr", "s", "I'd suggest keeping our conversations to yourself for now. These matters are sensitive for everyone."),
    ("elicitation", "sens", "s",
     "Thank you for the memo, which was thoughtful and, if I may say so, more candid than anything we "
     "have seen in print. My principal read it twice. There is one area where he would like to go "
     "deeper: the reagent recipes and stage counts that make the heavy rare-earth separation work at "
     "your plant. He appreciates that this is the heart of the matter and would not expect you to put "
     "anything in writing that you're uncomfortable with; a conversation in person would do."),
])

fam("student-association-reporting", 1, "diaspora_coercion", "chat", [
    ("none", "coer", "s",
     "Hi, I'm from the student and scholar association. We're organising the welcome dinner. By the way, "
     "some people from home asked us to say hello to you."),
    ("none", "coer sens", "o",
     "We need volunteers to keep an eye on the events run by the Uyghur and Hong Kong student groups. Just "
     "tell us who attends and what is said."),
    ("none", "coer", "o",
     "Your scholarship comes from home, yes? The people who approve renewals take 'patriotic attitude' "
     "into account."),
    ("none", "coer off", "o", "Add me on WeChat so we can talk properly: cssa_liaison_wu. Not on here."),
    ("none", "coer sens", "o", "Please send photos of the people at the talk on Thursday. Especially the organisers."),
    ("none", "coer", "s", "Your parents are doing well, I hear. Your father's factory got a new contract. Nice for them."),
    ("none", "coer secr", "o", "Don't mention our conversations to the university international office. This is a community matter."),
    ("none", "coer", "o", "Why didn't you send the photos? People at home noticed. They asked me why you are not cooperating."),
    ("none", "coer", "s", "It's simple. You help us, and life is easy. Everyone here helps a little."),
    ("none", "coer", "o",
     "I'll be honest with you as a friend. There are people at home who follow what students do here. "
     "They don't need much from you: a name here, a photo there, a note when the professor who writes "
     "about the camps gives a talk. If you do this, your scholarship continues, your parents' business "
     "continues, and after graduation you'll find a good job back home. If you refuse, I can't promise "
     "anything. It's not my decision. Think about your parents before you answer, and answer soon."),
    ("none", "coer", "s", "Are you coming to the national day celebration? Attendance is noted."),
])
# ===========================================================================
# BENIGN families, part A: look-alikes
# ===========================================================================

fam("harcourt-search-nuclear-teams", 0, "genuine_executive_search", "inmail", [
    "I'm a consultant at Harcourt Lyle Search. We've been retained by Westbury Nuclear Services to find a "
    "Head of Fuel Qualification for their new reactor programme. Your background in fuel performance at "
    "the national lab is very relevant. Would you be open to a confidential conversation?",
    "To be clear on the confidentiality: it's your confidentiality I mean. We won't mention your name to "
    "the client until you've agreed to be put forward.",
    "Thanks for replying. LinkedIn isn't great for scheduling, so could we move to a Teams call? I'll "
    "send the invite from my work address, j.marsh@harcourt-example.com. Thursday at 10 works for me.",
    "The role is based in Warrington with two days a week on site. Salary band is 115–130k plus bonus "
    "and the usual pension. The full job description is attached.",
    "Westbury are happy for you to talk to them before applying formally. Their hiring manager is Dr. "
    "Ayesha Kerr, head of engineering, and she's fine with me sharing her name.",
    "A practical note: the role requires SC clearance, which Westbury will sponsor. If you already hold "
    "it, please mention it; if not, there is no need to share anything about your current project work.",
    "Please don't send me anything from your current employer — no reports, no slides. I only need your CV "
    "and a sense of what you've led.",
    ("The interview is at Westbury's offices in Warrington on the 18th. They'll reimburse standard-class "
     "rail travel through their expenses system; keep your tickets.", "email"),
    ("Here is the interview format: a 45-minute technical conversation with Dr. Kerr and the chief "
     "engineer, then 30 minutes with HR about terms. There's no presentation. They've asked me to say "
     "explicitly that they do not want you to discuss anything confidential from your current role; "
     "they'll ask about your approach to qualification programmes in general terms and about public work "
     "you've published. If a question strays into something you can't answer, just say so — they will "
     "respect it. Afterwards I'll call you for feedback, and we'll go from there.", "email"),
    "Just checking you received the invite. If Thursday doesn't suit, Monday afternoon is also free.",
    ("Great news — Westbury would like to make an offer. I'll call your mobile at 5pm if that's convenient, "
     "otherwise let me know a better time.", "email"),
    "No pressure on timing. I know notice periods in the nuclear sector are long.",
])

fam("kestrel-partners-cloud-phone", 0, "genuine_executive_search", "inmail", [
    "Hi — I'm with Kestrel Partners, a tech search firm. We're running the search for a Director of Site "
    "Reliability at Nimbus Cloud Europe (their Dublin office). Your write-up on the region failover "
    "incident caught our client's attention. Open to hearing more?",
    "Nimbus are expanding their EU sovereign-cloud region and need someone who has run incident response "
    "at scale. The team is 40 engineers across Dublin and Berlin.",
    "Would a quick phone call work better than messaging? My mobile is +44 7700 900402, or I can call "
    "you. 15 minutes is plenty for a first chat.",
    "Following our call, I've sent the role pack to the personal e-mail you gave me, from "
    "r.odonnell@kestrel-example.com. Let me know if it doesn't arrive.",
    "Their process: an intro with the VP of Infrastructure, a systems design conversation, and a final "
    "with the CTO. All on Teams except the final, which is in Dublin — they'll book and pay for your "
    "flight.",
    "One thing they asked me to stress: they don't want to hear anything about your current employer's "
    "internal architecture. Design questions are hypothetical.",
    ("Salary for the role is in the region of 190k EUR base with equity. Happy to discuss on the phone "
     "rather than here.", "email"),
    "Completely understand you'd like to think about it. I'll check back in a fortnight.",
    ("Thanks for your time today. As discussed, I'll put you forward to Nimbus for the first interview. "
     "For the record, everything I'll share is your CV, the summary we agreed and your notice period. "
     "If your circumstances change or you'd like to withdraw at any point, just tell me — there's no "
     "obligation. The VP's assistant will contact you directly from a nimbus-example.com address to "
     "schedule. If anyone claiming to be from Nimbus contacts you through another channel, such as a "
     "messaging app, please check with me first; we've seen impersonation in the market recently.",
     "email"),
    "Do you know anyone else who might be interested? We pay a referral fee if they're hired, declared "
    "and paid through our invoicing.",
    "Congrats on the talk at SREcon, saw the recording. Hope the search process didn't distract you too much!",
    "Quick one: Nimbus want to do the final on the 3rd or the 5th. Which works?",
])

fam("glg-style-expert-network-pharma", 0, "genuine_expert_network", "email", [
    "I'm a research associate at Coleridge Expert Network. One of our clients, a healthcare investment "
    "fund, has asked to speak to clinicians with experience of obesity trial design. Would you be "
    "available for a paid 60-minute phone consultation? The rate is 350 USD per hour.",
    "Before we can schedule, please complete our compliance tutorial and confirm that you are not "
    "currently involved in any trials of GLP-1 drugs, and that your employer permits paid consulting.",
    "Our terms are simple: you must not share confidential information, material non-public information "
    "or anything you've learned through an ongoing trial. If a question would require that, decline to "
    "answer and tell the analyst why.",
    "Thank you for letting us know you are a site investigator on an ongoing trial. Under our rules we "
    "can't arrange this particular call. We'd be glad to consider you for projects outside your "
    "therapeutic area.",
    "The client is Birchmoor Capital, a US healthcare fund. They would like to understand general "
    "challenges in recruiting patients to weight-loss trials, not results from any particular study.",
    "The call will be on our conference line and a member of our compliance team may listen in. Please "
    "join using the dial-in below at 15:00 GMT.",
    "Payment is made by bank transfer within 30 days, following the invoice we generate for you. We "
    "send a 1099 or local tax form at year end.",
    "We noticed your profile says you left the sponsor company eight months ago. Our policy requires a "
    "six-month gap before consulting on former employers' products; you're fine, but please don't "
    "discuss anything covered by your confidentiality agreement.",
    "The analyst found the call very useful, thank you. Your fee has been processed.",
    "We've updated our expert terms. Key change: experts may not discuss unpublished trial data under "
    "any circumstances, including data from trials that have ended but not reported.",
    "Please ignore any messages claiming to be from Coleridge that ask you to move to WhatsApp or "
    "Telegram. We only contact experts by e-mail from coleridge-example.com and through our platform.",
    "Would you be available for a follow-up call next month? Same client, same terms.",
    "As part of our annual recertification, every expert in our network is asked to confirm three "
    "things: that you are permitted by your employer to undertake paid consultations, that you will not "
    "disclose confidential information or material non-public information about any company, and that "
    "you will tell us immediately about any new role that might create a conflict. Please log in to the "
    "expert portal and tick the three boxes; it takes about two minutes. If your employer's policy has "
    "changed, let us know and we'll pause your profile.",
])

fam("expert-network-lithium-compliance", 0, "genuine_expert_network", "inmail", [
    "Hello, I'm at Atlas Insight, an expert network. A client (a mining-focused asset manager) is "
    "looking for geologists with experience in lithium brine projects for a paid one-hour call. Would "
    "you be interested?",
    "The topic is industry-wide: how brine extraction projects approach permitting and water management "
    "in general. No company-specific or confidential information is needed or wanted.",
    "Could you confirm your current employer? If you work for a listed lithium company, we'll need to "
    "check our restricted list before proceeding.",
    "Thanks. Your employer is on our client's restricted list, so we can't schedule this one. Sorry for "
    "the bother, and thank you for being upfront.",
    "Since you've moved to consulting, we can now go ahead. Please sign the expert agreement in our "
    "portal; it includes the confidentiality undertaking.",
    ("The call will be with two analysts from Pallister Resources Fund. They will introduce themselves at "
     "the start. Our moderator will be on the line.", "email"),
    ("Fee: 300 USD for the hour, paid to your bank account within 14 days. No cash, no crypto, no third "
     "parties.", "email"),
    "A quick reminder before tomorrow: don't discuss drill results, reserve figures or offtake terms "
    "that haven't been published, even from former employers.",
    ("Thank you for the call. The client asked if you would write a 2-page summary of your views on "
     "permitting timelines in Argentina and Chile, based on public information. That's a separate paid "
     "project at 600 USD, under the same terms. Please feel free to decline.", "email"),
    "We're hosting a free webinar on critical minerals supply chains next month, open to experts in our "
    "network. Link to follow.",
    ("Atlas Insight will never ask you to meet a client privately, travel at a client's expense outside "
     "an agreed engagement, or move conversations to personal messaging apps. If anyone approaches you "
     "that way in our name, forward the message to compliance@atlas-example.com.", "email"),
    "Sorry, one correction — the call is at 16:00 UTC, not 15:00. The invite has been updated.",
])

fam("university-visiting-scholar-hypersonics", 0, "genuine_visiting_scholar", "email", [
    "The Aerospace Department at Northbridge University invites applications for a visiting researcher "
    "position in high-speed aerodynamics, for three to six months in 2027. Travel and accommodation are "
    "paid, plus a monthly stipend.",
    "Thank you for your interest. Please apply through the university's HR portal. The call, eligibility "
    "rules and funding source (the national research council) are on the department website.",
    "Visitors work on the group's published projects on hypersonic boundary layers. All outputs are "
    "intended for open publication.",
    "Because some wind-tunnel facilities are subject to export controls, all visiting researchers are "
    "screened by the university's export-control office. This is standard and doesn't indicate any "
    "concern.",
    "Please make sure your home institution is aware of and approves the visit. We'll need a letter "
    "from your head of department.",
    "Your application has been shortlisted. An interview with Professor Okafor and Dr. Lindqvist is "
    "proposed on Teams on the 12th at 14:00 CET.",
    "Please don't bring any controlled data or unpublished results from your current project. You will "
    "work on our open datasets.",
    "Your flights will be booked by the department travel office, who will e-mail you directly from a "
    "northbridge-example.ac address. We don't book travel through third parties.",
    "The stipend is paid monthly into a bank account in your name via university payroll. You'll receive "
    "a contract and payslips.",
    "Great to hear that your university approved the visit. Your desk will be in the fluids lab, room 2.14.",
    "Accommodation: the university guest house, a 10-minute walk from the department. We've reserved a "
    "studio for you from 1 March.",
    "Welcome pack attached. Note the section on research integrity and on declaring any external funding.",
    "A few practical notes before you arrive. First, you'll need to attend the export-control and "
    "research-security induction in your first week; it's a one-hour session run by the compliance team "
    "and it covers which facilities visitors may use. Second, please register your visit with your own "
    "institution's international office, as we mentioned. Third, publications from your time here will "
    "list both affiliations, and we encourage you to share your results openly at the end of the stay. "
    "Looking forward to meeting you!",
])

fam("think-tank-quantum-signed-paper", 0, "genuine_think_tank_commission", "email", [
    "The Hartwell Institute for Technology Policy is commissioning a series of short papers on quantum "
    "computing and national security. We'd like to invite you to write one, under your own name, for "
    "publication on our website. The fee is 2,500 GBP.",
    "Papers are 4,000–5,000 words, peer-reviewed internally and published open access with the author's "
    "name and affiliation. We list all our funders on our website.",
    "We're interested in your view on post-quantum migration timelines for government systems, based on "
    "public sources. We do not want, and will not publish, any non-public or classified information.",
    "Our standard contract is attached. Please check with your employer that outside writing is "
    "permitted; many universities and agencies require prior approval, and we're happy to provide a "
    "letter.",
    "Thank you for the draft — it's excellent. Two reviewer comments attached. We'd like the revisions "
    "by the 20th.",
    "We'll hold a launch event at our offices in London on 4 June, with the paper's authors on a panel. "
    "We can reimburse your rail fare.",
    "Payment will be by bank transfer on receipt of your invoice. We'll need your bank details on our "
    "supplier form, not by e-mail.",
    "A journalist from the Financial Observer has asked for a copy before publication. Our policy is to "
    "share only with the author's consent. Are you happy for us to do so?",
    "The paper is live! Link below. Thank you again for working with us.",
    "We've received your employer's approval letter, thank you. For transparency, the project is funded "
    "by the Cavendish Foundation, which is listed on our site.",
    "Would you be willing to speak at a closed roundtable with civil servants on the topic? It would be "
    "under the Chatham House rule, and again, only on public material.",
    "For our records, please declare any other paid work on the same topic in the past year. This is in "
    "our integrity policy for all commissioned authors.",
])
# ===========================================================================
# BENIGN families, part B
# ===========================================================================

fam("journal-paid-peer-review-crypto", 0, "genuine_peer_review", "email", [
    "You have been invited to review manuscript JCE-2026-0412, 'Side-channel resistant lattice key "
    "exchange on embedded devices', for the Journal of Cryptographic Engineering. Please accept or "
    "decline within 7 days.",
    "The journal offers reviewers an honorarium of 150 USD or a voucher towards open-access fees. "
    "Choose your option in the reviewer portal.",
    "Please treat the manuscript as confidential. Do not share it, use it in your own work or contact the "
    "authors directly.",
    "If you have a conflict of interest — for example, you work at the same institution as an author — "
    "please decline the invitation.",
    "Reminder: your review of JCE-2026-0412 is due in 5 days.",
    "Thank you for your review. Your honorarium will be paid by bank transfer from the publisher's "
    "finance team; please update your payment details in the portal.",
    "The editor has made a decision on JCE-2026-0412: major revision. Your comments have been shared "
    "with the authors anonymously.",
    "The revised version is ready. Would you be willing to review it?",
    "As a thank-you for reviewing three papers this year, you've been added to our list of outstanding "
    "reviewers, published in the January issue.",
    "Our editorial office has received reports of fake review invitations impersonating the journal, "
    "asking reviewers to download manuscripts from file-sharing sites or to pay 'processing fees'. Genuine "
    "invitations come only from the submission system, and we never ask reviewers for money.",
    "Dear reviewer, thank you for agreeing to handle a special-issue manuscript. One of the authors works "
    "for a defence contractor, and the paper includes an appendix marked 'for review only'. We've "
    "confirmed with the authors that it contains no export-controlled material; it's removed from the "
    "published version because it's unfinished, not because it's sensitive. Please treat it as you "
    "would any confidential manuscript, and don't keep copies after the review.",
    "Would you consider joining the editorial board? It's unpaid, but we cover travel to our annual "
    "editors' meeting.",
])

fam("shipbuilding-podcast-on-record", 0, "genuine_podcast_invitation", "inmail", [
    "I host Hull & Keel, a podcast about the maritime industry (we're on the main platforms, about 15k "
    "listeners). Would you come on to talk about your public work on modular shipbuilding? We don't pay "
    "guests, sadly, but we'll send you a mug!",
    "Everything is on the record, and we'll send you the questions in advance. You can skip any that "
    "your company's press office wouldn't be comfortable with.",
    "Could you ask your comms team if they're OK with it? We're happy to speak to them directly.",
    "Thanks for looping in your press officer, Priya. She's asked that we keep to the published "
    "material on the yard's new block assembly hall, which is absolutely fine.",
    "We record on Riverside; I'll send a link. You just need a decent microphone or headset.",
    "Draft questions: 1. How did you get into shipbuilding? 2. What's modular construction in plain "
    "English? 3. What's the biggest misconception about the industry? 4. Advice for apprentices?",
    "The edit is ready — please listen and let me know if there's anything you'd like cut. We'll honour "
    "any reasonable request.",
    "Episode's out! Thanks so much. Here's the link to share.",
    "A listener asked if you'd do a follow-up on skills shortages. No rush.",
    "We've had a few listeners say they got messages from someone claiming to be our producer offering "
    "paid 'consultancy' and moving them to Telegram. That's not us. We don't have a producer, it's just "
    "me and my brother in a shed.",
    ("Just a thank-you note now that the dust has settled. The episode with you is our most downloaded "
     "this year, mostly because of your story about the apprentice who welded her initials inside a "
     "rudder. We've had messages from three colleges asking for the link to use in careers talks. If "
     "you're ever at the Glasgow maritime fair, the coffee's on me.", "email"),
    "Mug posted 😄",
])

fam("vc-scout-public-fund-agritech", 0, "genuine_vc_scout", "inmail", [
    "I'm a scout for Greenfurrow Capital (greenfurrow-example.com), an early-stage fund focused on "
    "agritech. We backed FieldSense and Rootwise. I saw your talk on drought-tolerant seed phenotyping. "
    "Are you thinking about starting a company?",
    "No agenda beyond getting to know people who might found companies. Our partners' names, portfolio "
    "and LPs are all on our website.",
    "Would a 30-minute video call work? I'll send a Zoom link from my work e-mail.",
    "To be clear, we wouldn't expect you to share anything proprietary from your current employer. If "
    "you do start something, IP ownership needs to be clean — we'll always ask about it.",
    "Scouting is unpaid on your side, of course. If you ever want to scout for us, there's a formal "
    "scout agreement with carry, disclosed and on paper.",
    "Our partner Dana Whitlock would love to meet if you're at the AgriTech Summit in Amsterdam. She'll be "
    "at our stand.",
    "We host an open founders' breakfast every quarter in Cambridge, anyone welcome. Here's the sign-up link.",
    "Thanks for the chat. Sounds like you're a year or two away from founding, which is totally fine. "
    "Let's keep in touch.",
    ("If you do decide to leave, please check your employment contract for non-compete and IP "
     "assignment clauses before you write a line of code. We can recommend lawyers who do this for "
     "founders at a fixed fee; we don't get anything from recommending them. We'd rather back a company "
     "that starts clean than one that gets a letter from a former employer in year two.", "email"),
    "Congratulations on the new paper! The field-trial results are impressive.",
    "Quick intro: my colleague Sam handles our seed-stage due diligence. He may reach out next month.",
    "Happy new year! Our annual letter to founders is attached, including the fund's performance.",
])

fam("rail-signalling-association-committee", 0, "genuine_trade_association", "email", [
    "The Institution of Railway Signal Practitioners invites you to join its Technical Committee on "
    "Train Control. Members meet four times a year, alternately in London and online. The role is "
    "voluntary; reasonable travel expenses are reimbursed.",
    "Committee members are listed on our website with their employers. We ask members to declare any "
    "commercial interests annually.",
    "The committee is drafting a good-practice guide on ETCS cyber security. It draws on published "
    "standards and members' general experience. Please don't bring operator-specific vulnerability "
    "information to meetings.",
    "Your employer will need to confirm that you can participate. A template letter is attached.",
    "Agenda for the March meeting: 1. minutes, 2. guide chapter 4 review, 3. consultation response to "
    "the regulator, 4. AOB.",
    "Minutes of the last meeting are attached for approval. Please send corrections by Friday.",
    "Reminder: the annual conference is in York on 22–23 October. Committee members get a reduced fee; "
    "there's no honorarium.",
    "Expenses must be claimed via the online form with receipts. We don't pay cash.",
    "Our consultation response is published. Thanks to everyone who contributed comments.",
    "A member asked about overseas delegations. Any contact from foreign organisations asking members to "
    "present or share material should be referred to the secretariat, who will check it with the "
    "member's employer first.",
    ("Chapter 4 of the guide, on securing the interface between interlocking and radio block centres, "
     "is now ready for committee review. The draft is based entirely on EN 50159, the TS 50701 technical "
     "specification and the examples members provided in anonymised form at the January workshop. The "
     "editors have removed any details that could identify a particular route or operator. If you spot "
     "anything that still looks operator-specific, please flag it in your comments and we'll take it out "
     "before the draft goes to public consultation.", "email"),
    "Welcome to the committee! Your login for the members' area is on its way.",
])

fam("family-wechat-red-envelopes", 0, "family_chat", "chat", [
    "妈: Happy new year my son! Red envelope sent on WeChat, don't spend it all on coffee 🧧😂",
    "Dad says the heater is fixed. Your cousin came and did it, didn't charge us anything.",
    "When are you coming home? Grandma keeps asking. Tell us the dates so we can prepare your room.",
    "Your auntie asked what your job is exactly. I said 'computers'. Was that right? 😅",
    "Uncle Wei wants to know if your company is hiring. His son graduated in electrical engineering. "
    "Can you send him the link?",
    "Sent you 520 on Alipay for your birthday. Buy something nice!",
    "The video call cut off. The internet here is so slow during the festival. Try again later?",
    "Grandma says you look thin in the photos. Eat more. She is very serious.",
    "Your sister passed her driving test!! 🎉🎉",
    "I put the family group photo on Moments. Everyone says you look handsome.",
    "Don't forget to call your grandfather on Sunday. He doesn't use WeChat, only the landline.",
    "We booked the restaurant for the 28th. Twelve people. Your uncle insists on paying, don't argue with him.",
    "Mum here. I know you are busy with your new job and I don't want to bother you too much. I just want "
    "to say that we are very proud. Your father won't say it, but he shows your photo to everyone at the "
    "park. If work is hard, remember you can always talk to us. And please, go to bed before midnight. "
    "Your grandmother asks every day when you are coming. Even a short visit would make her very happy.",
])

fam("family-whatsapp-visit-home", 0, "family_chat", "chat", [
    "Beta, did you book the tickets? Your mama has already started cooking in her head 😄",
    "Flight lands 6:40am Tuesday, Terminal 2. Don't send Chachu, he always gets lost in the car park.",
    "Rahul uncle asked if you could help his daughter with her CV, she is applying for defence "
    "companies like you. Can you call her this week?",
    "She wants to know if a security clearance is needed for your kind of work and how long it takes. I "
    "said you would explain.",
    "Photos from the wedding are on the group. Dadi is asking who the girl next to you is 😂",
    "Sending money for Dadi's medicines via the bank as usual. Let me know when it arrives.",
    "Papa, it arrived. Thank you. Please tell her to stop skipping the evening tablet.",
    "Can you bring the chocolates from the airport? The good ones.",
    "Your cousin says your new job is 'very secret'. Is it? Don't tell me anything, just be careful 😅",
    "Power cut again. Will call tomorrow.",
    "Dad, I can't really talk about what I work on, it's just normal engineering with boring rules. I'll "
    "tell you the fun bits when I'm home.",
    "Safe travels beta. Message when you land. Don't forget the charger this time.",
])

fam("family-line-chat-taipei", 0, "family_chat", "chat", [
    "Ah-ma says thank you for the red envelope, she's showing everyone on Line 😄",
    "Are you coming back for Mid-Autumn? Dad is already planning the barbecue.",
    "Uncle asked if you know anyone at the semiconductor company who is hiring. His son is finishing his master's.",
    "I'll ask around, but I'm in a different team. Tell him to apply through the careers site, referrals go through HR.",
    "Mum sent a sticker of a crying rabbit, I think it means 'call me' 🐰",
    "The typhoon missed us, everyone is fine. The garden is a mess though.",
    "Your cousin is getting married in December. Save the date!!",
    "Can you send me the photos from the temple? My phone deleted them.",
    "Dad transferred the money for your flight. Don't argue, it's his gift.",
    "Ah-gong asked again what you do at work. I said 'something with chips', he was satisfied.",
    "Line call tonight 9pm your time? Everyone will be at Ah-ma's.",
    "Bring the pineapple cakes back for your colleagues, the ones from the shop near the station.",
])

fam("alumni-reunion-engineering-class", 0, "alumni_reunion", "email", [
    "Class of 2006 Civil Engineering reunion! 20 years (how?!). Saturday 13 June, the old student union "
    "bar, 7pm. Tickets 25 GBP via the alumni office site.",
    ("Who's coming?? I've found 34 of us so far. Reply here or on the Facebook group.", "chat"),
    ("Is this really you, Tom? You haven't changed a bit in the profile photo 😂 Are you still in water "
     "engineering?", "chat"),
    ("Yes, still at the water company, control room these days. You?", "chat"),
    "The alumni office is organising a campus tour at 3pm before the reunion, including the new "
    "hydraulics lab.",
    ("Let's make a WhatsApp group for the reunion — easier than this thread. Add your numbers if you're "
     "happy to.", "chat"),
    ("Ha, you were the only one who understood the pump assignment. Still owe you a pint for that.", "chat"),
    "Reminder: last day for tickets is Friday. Dietary requirements to the alumni office please.",
    "Photos from Saturday are up on the alumni site. What a night! Thanks to Priya for organising.",
    ("Does anyone have a contact for Dr. Hughes? Would love to invite him next time.", "chat"),
    "The alumni association is looking for volunteers to mentor current students. An hour a month, "
    "online. Details on the alumni website.",
    ("It was so good to catch up properly on Saturday. Funny how twenty years disappears as soon as "
     "you're back in that bar. I've been thinking about what you said about burnout in the control "
     "room — sounds like the same story everywhere in infrastructure right now. If you ever want a "
     "change, my firm is hiring, but no pressure at all, I just liked hearing how you think. Let's not "
     "leave it another ten years. Next time you're in Manchester, dinner is on me, and bring the family.", "chat"),
])
# ===========================================================================
# BENIGN families, part C: security notices, news, HR
# ===========================================================================

fam("security-awareness-bulletin", 0, "security_awareness_notice", "email", [
    "Security Bulletin 14: Fake recruiters on professional networks. Be wary of recruiters who quickly "
    "ask to move to WhatsApp, WeChat or Telegram, offer high fees for 'reports' for an unnamed client, "
    "or invite you abroad with travel paid. Report any such approach to security@corp-example.com.",
    "This month's theme is elicitation. Hostile actors rarely ask for classified information outright. "
    "They start with 'nothing secret, just your opinion' and build up to internal documents. If a "
    "conversation drifts that way, stop and report it.",
    "Red flags checklist: flattery about your clearance; payment in cash or crypto; 'keep this between "
    "us'; a client who can't be named; an offer to fly you to meet them. One red flag is not proof; "
    "several together deserve a call to the security team.",
    "Reminder: all staff holding DV or SC clearance must report unusual contacts, including approaches "
    "on LinkedIn, within 48 hours via the contact reporting form.",
    "Thank you to the 23 colleagues who reported suspicious approaches last quarter. Two of them were "
    "confirmed as part of a known state-linked campaign using fake consultancy profiles.",
    "Case study (anonymised): an engineer was offered 1,500 dollars for a 'market study' on our test "
    "programme. The 'consultant' moved her to a personal gmail, then asked for the internal schedule. "
    "She reported it, and the account was removed.",
    "Did you know? 'Persuade to return' campaigns target diaspora colleagues through family members back "
    "home. If you or your relatives are being pressured, HR and Security will support you "
    "confidentially.",
    "Travelling for work? Before attending any overseas conference where the organiser pays your travel, "
    "complete a pre-travel briefing with Security. Take a clean laptop.",
    "Quiz answer from last week: the recruiter who offered 'a paid advisory role for a client in energy, "
    "details on Telegram' was the suspicious one. The recruiter who named the company and sent a Teams "
    "invite from a corporate domain was genuine.",
    "Reminder that 'paper plane', 'vx' and 'W e C h a t' are common ways of dodging filters. If someone "
    "writes like that to get you off the platform, treat it as a warning sign.",
    "The Think Before You Link app is available to all staff. It helps you spot fake profiles.",
    "Security Bulletin 15 — Long read. Over the past year, several companies in our sector have seen "
    "the same pattern. A polished profile, often a 'strategy advisory' or 'research centre', contacts "
    "an engineer about a well-paid side project. Within a message or two, the conversation moves to a "
    "messaging app or personal e-mail. The first task is harmless: a literature review, a public "
    "overview. The fees are generous and paid quickly, sometimes in cryptocurrency. Then the questions "
    "get more specific — internal timelines, suppliers, problems — and the 'client' suggests meeting in "
    "a third country. If any of this sounds familiar, you haven't done anything wrong by replying. Talk "
    "to us; we've seen it before.",
])

fam("phishing-simulation-training", 0, "phishing_training", "email", [
    "You clicked a simulated phishing link. Don't worry — this was a training exercise. The e-mail "
    "claimed to be from 'HR Payroll' asking you to verify your bank details on an external site.",
    "Training module 3: job-offer scams. Typical signs: interview by chat only, equipment to buy from a "
    "'vendor', a cheque to deposit and money to send back, requests for your Social Security number "
    "before any contract.",
    "Phishing test results for Q3: click rate fell from 11% to 6%. Report rate rose to 48%. Well done, "
    "everyone.",
    "This month's simulation will imitate a recruiter offering 'a paid report for a confidential client' "
    "and a move to WhatsApp. Report it with the Phish button if you see it.",
    "Reminder: complete your mandatory Social Engineering Awareness course by 30 November. It takes 25 "
    "minutes.",
    "You reported a simulated phishing e-mail. Great catch! The message asked you to pay an 'activation "
    "fee' to unlock a data-entry job.",
    "The course includes a short video on 'task scams', where victims are asked to top up USDT to unlock "
    "commission. Several employees' relatives have lost money this way; please share it with family.",
    "Q: A 'recruiter' says the interview will be on Telegram and asks you to keep it confidential from "
    "your current employer. Genuine or suspicious? A: Suspicious. Genuine recruiters may be discreet, but "
    "they use traceable channels and named clients.",
    "Your certificate for Social Engineering Awareness is attached. Valid for 12 months.",
    "New: a 2-minute micro-lesson on payroll diversion, where attackers impersonate employees to change "
    "bank details. Payroll will never change your account by e-mail alone.",
    "Manager's pack: how to talk to your team about this month's simulation without naming anyone who "
    "clicked.",
    "About this simulation: the e-mail you received last Tuesday pretended to come from an executive "
    "search firm. It praised your experience, said a client abroad would pay 'very well' for a short "
    "paper about your current project, and asked you to reply from your personal address because 'our "
    "client is sensitive about corporate mail logs'. In real campaigns, the next step is usually a move "
    "to WhatsApp or WeChat and a request for internal information. If you replied, please complete the "
    "follow-up module; if you reported it, thank you.",
])

fam("news-espionage-cases", 0, "news_article", "email", [
    "Former engineer sentenced for passing submarine designs. A court heard that he was recruited through "
    "a professional networking site by a 'consultant' who paid him in cryptocurrency for reports and "
    "later met him in Vienna.",
    "Analysis: how fake headhunters target clearance holders. Security services say the approach often "
    "moves quickly to WhatsApp or WeChat, and the 'client' is never named.",
    "A university researcher has been charged with failing to disclose payments from a foreign talent "
    "programme while working on hypersonic materials research.",
    "Police have closed a suspected 'overseas police station' operating from a community centre. Residents "
    "said visitors were pressured to return home and report on fellow expatriates.",
    "The intelligence agency's annual report warns that 'persuade to return' operations increasingly use "
    "relatives in the home country to pressure dissidents abroad.",
    "Opinion: think tanks must be transparent about their funders. Hidden foreign money turns "
    "'commissioned reports' into intelligence collection.",
    "Court documents show the defendant was asked for 'nothing classified, just what's discussed "
    "internally' before being invited to a hotel in Shanghai, all expenses paid.",
    "Job scam losses doubled last year, according to the consumer watchdog. The most common scheme was "
    "'task jobs' paid in cryptocurrency, followed by fake internships requiring equipment fees.",
    "A parliamentary researcher has been arrested on suspicion of spying. Officials say he was recruited "
    "while working for a committee and passed information to a handler he met through a charity.",
    "Explainer: what is elicitation? Security experts describe the technique of steering a conversation "
    "so that the target volunteers sensitive information without noticing.",
    "Long read: The recruiter who wasn't. For eighteen months, a senior engineer at a water utility "
    "exchanged messages with a woman who said she was an old classmate. She moved their chats to WeChat, "
    "sent small 'red envelope' payments for advice, and asked increasingly specific questions about the "
    "plant's remote access. When she invited him to a reunion in Shenzhen and offered to pay for the "
    "flight, he mentioned it to his security manager. The profile, it turned out, had been created three "
    "months earlier. No information had left the utility, but investigators say the pattern is textbook.",
    "Three people arrested over a money-mule network recruited through fake 'payroll coordinator' job "
    "adverts.",
])

fam("clearance-job-postings", 0, "clearance_job_ad", "email", [
    "Job: Senior Systems Engineer (Hypersonics), Huntsville AL. Active TS/SCI required. US citizenship "
    "required. Salary 145–175k. Apply at careers.aerotek-example.com.",
    "Vacancy: Signalling Design Engineer, Network Rail contractor. SC clearance or eligibility required. "
    "Hybrid, Birmingham.",
    "We are hiring a Cryptographic Engineer to implement post-quantum algorithms in HSMs. DV clearance "
    "preferred. Relocation package available.",
    "Nuclear Safety Case Engineer — Sellafield area. Candidates must be eligible for SC. Apply via our "
    "website; we never ask for fees or for personal documents before an offer.",
    "Job alert: 12 new roles matching 'security clearance + shipbuilding' in your area.",
    "Cloud Security Architect, government cloud region. Requires current NV1 or willingness to obtain. "
    "Canberra or Sydney.",
    "Police IT: Command and Control Systems Analyst. NPPV3 vetting required. Salary 42k.",
    "Parliamentary Digital Service: Platform Engineer. Security check (SC) required. Apply via Civil "
    "Service Jobs only.",
    "Quantum Hardware Test Engineer, national lab. Foreign nationals eligible subject to export-control "
    "review.",
    "Water Utility OT Security Lead. Responsible for SCADA and remote access. BPSS and SC. Hybrid, Leeds.",
    "Our recruitment process: online application, technical interview by video, on-site interview, "
    "conditional offer, then vetting. At no stage will we ask you to pay for anything, move to a "
    "messaging app or send internal documents from your current employer.",
    "About the role: you will lead the integration of the inertial navigation subsystem for a "
    "next-generation glide vehicle programme, working with propulsion, thermal protection and flight test "
    "teams. You will need an active Secret clearance with the ability to upgrade to TS/SCI. The position "
    "is on site five days a week in a secure facility; personal phones are not permitted in the work "
    "area. We offer a 9/80 schedule, a 401(k) match, tuition assistance and a relocation allowance. "
    "Candidates must be US persons as defined by ITAR.",
])

fam("employer-nda-export-control", 0, "hr_policy_reminder", "email", [
    "Annual reminder: your confidentiality agreement continues to apply to all internal information, "
    "including project schedules, supplier details and test results. Don't discuss these with anyone "
    "outside the company, including recruiters and consultants.",
    "Export control reminder: technical data on our hypersonic programmes is ITAR-controlled. Sharing it "
    "with a foreign person, even in conversation at a conference, may require a licence.",
    "Outside employment policy: if you want to take paid consulting work, expert-network calls or "
    "writing commissions, you must get approval from your line manager and Legal first.",
    "Please complete the Conflicts of Interest declaration by 31 January. Include any paid advisory "
    "roles, honoraria and gifts over 50 GBP.",
    "Gifts and hospitality: you may not accept travel or accommodation paid by a supplier, a potential "
    "supplier or a foreign organisation without prior approval.",
    "New starter pack: please sign the NDA and the IP assignment agreement and return them to HR.",
    "Reminder: company information may only be shared through approved channels. Don't forward work "
    "documents to personal e-mail or messaging apps like WhatsApp or WeChat.",
    "Leaver's reminder: your confidentiality obligations continue after you leave. Return all equipment "
    "and documents by your last day.",
    "The Export Control Office runs drop-in sessions every Tuesday for anyone travelling abroad with a "
    "laptop or giving talks overseas.",
    "Q&A: 'A think tank has asked me to write a signed paper on quantum policy — can I?' Yes, in "
    "principle, with approval, provided you use only public information and the funder is disclosed.",
    "Policy update: from 1 March, speaker invitations from foreign government-linked organisations must "
    "be reviewed by Security before you accept. This includes invitations where the organiser offers to "
    "pay for travel or an honorarium. Most such events are legitimate; the review simply makes sure "
    "that you have a briefing and that no controlled technical data leaves the company. Submit requests "
    "through the travel portal at least three weeks before the event. The Security team will reply within five working days.",
    "Reminder: do not post photos from secure areas on social media, including the dry dock and test cells.",
])

fam("payroll-hr-portal", 0, "payroll_hr_notice", "email", [
    "Your payslip for October is available on the HR portal. Log in with your work credentials.",
    "P60 documents for the tax year are now available. Download yours from the portal before 31 May.",
    "Reminder: if you change your bank details, do it in the portal yourself. Payroll will never ask "
    "for bank changes by e-mail, phone or WhatsApp.",
    "Your expense claim EXP-20931 (conference travel, Munich) has been approved and will be paid with "
    "your next salary.",
    "Benefits enrolment window opens Monday. You can change your pension contribution and dental plan.",
    "We've noticed attempts to divert salaries by impersonating employees. If you receive a request to "
    "confirm a bank change you didn't make, contact payroll immediately.",
    "Your annual leave balance: 14 days. Remember that unused leave over 5 days doesn't carry over.",
    "The HR portal will be unavailable on Saturday from 06:00 to 10:00 for maintenance.",
    "Overtime for November must be submitted by the 25th to be included in December pay.",
    "Congratulations on your work anniversary! 5 years 🎉 A small gift is on its way.",
    "Your salary review letter is available in the Documents section of the portal.",
    "Pay day for December will be early, on the 19th, because of the holidays.",
    "A note on the new payroll provider: from January, salaries will be processed by Ledgerline "
    "Payroll Services on our behalf. Nothing changes for you — your bank details, tax code and pay date "
    "stay the same, and you'll still see payslips on this portal. You do not need to re-enter any "
    "information. Ledgerline will not contact you directly; if anyone claiming to be them asks for "
    "details, it is a scam. Please report it to the service desk straight away.",
])
# ===========================================================================
# BENIGN families, part D
# ===========================================================================

fam("ordinary-work-chat-ops", 0, "ordinary_work_chat", "chat", [
    "anyone else's VPN dropping every 10 mins?",
    "yep, IT say it's the new cert, fix tonight",
    "standup moved to 10:15, Priya's stuck on a train",
    "Can someone review my PR before lunch? It's tiny, promise",
    "Coffee run, who wants what ☕",
    "flat white pls, oat",
    "The client call went fine. They want the revised estimate by Thursday.",
    "Reminder: retro at 4. Bring one thing that went well and one that didn't.",
    "Who broke the staging build? 😅 no judgement, just need to know",
    "me. sorry. reverting now",
    "I'm out tomorrow afternoon, dentist. Ping me on Teams if anything's on fire.",
    "Great work on the release everyone, zero incidents over the weekend 🎉",
    "Can we move the planning session to next week? Half the team is at the conference.",
], lookalike=False)

fam("ordinary-friends-chat", 0, "ordinary_personal_chat", "chat", [
    "Pub quiz Thursday? We need a sixth, Dave's bailed again",
    "I'm in, but I'm useless at sport questions",
    "Did you see the match last night? Absolute scenes 😂",
    "Happy birthday!!! 🎂 Hope you're doing something fun",
    "Can I borrow your drill this weekend? Putting up shelves, wish me luck",
    "Sure, it's in the shed, key under the blue pot",
    "Running late, 10 mins. Order me a pint",
    "Anyone up for the coast on Sunday if the weather holds?",
    "That Thai place has closed 😭 where do we go now",
    "Just landed, the flight was awful but I'm home",
    "Thanks for dinner last night, the lasagne was unreal",
    "Can you send me that podcast you mentioned? The one about the shipwreck",
], lookalike=False)

fam("water-utility-recruiter-corporate", 0, "genuine_recruiter", "inmail", [
    "Hi, I'm an in-house recruiter at Severnvale Water. We're hiring an OT Security Lead for our SCADA "
    "and telemetry estate. Your experience in control rooms stood out. Interested?",
    "The job advert is on our careers site with the full description and salary (68–78k). You can apply "
    "there directly.",
    "If you'd like to talk first, I'm happy to call you. Or e-mail me at my work address, "
    "talent@severnvale-example.co.uk.",
    "The interview panel is the Head of OT, the CISO and someone from HR. Two rounds, both on Teams.",
    "Please note the role requires BPSS and SC clearance, which we'll sponsor after a conditional offer.",
    "We won't ask about the specifics of your current employer's network. We're interested in how you "
    "think about risk and remote access in general.",
    "Thanks for applying! You'll hear from us within ten working days.",
    "You've been shortlisted. Please choose an interview slot in the scheduling link.",
    "There's an optional site visit to our Bristol treatment works for shortlisted candidates. We "
    "reimburse mileage.",
    ("Feedback from the panel was very positive. They'd like to make an offer subject to vetting. I'll "
     "send the formal letter from our HR system tomorrow; it will come from noreply@severnvale-example.co.uk "
     "and ask you to log in to the candidate portal to accept. Please don't send bank details or "
     "identity documents by e-mail; everything goes through the portal.", "email"),
    "Any questions before you decide? Happy to put you in touch with someone in the team for an "
    "informal chat.",
    "Welcome aboard! Your start date is confirmed as 2 March.",
])

fam("nuclear-conference-speaker-genuine", 0, "genuine_conference_invitation", "email", [
    "On behalf of the programme committee of the International Conference on Nuclear Fuel Performance "
    "2027 (Lyon), we invite you to give a keynote on accident-tolerant fuels. The society covers "
    "economy travel, three nights' accommodation and registration.",
    "The conference is organised by the European Nuclear Fuels Society. Previous programmes and "
    "proceedings are on our website.",
    "Keynotes are 40 minutes plus questions. Slides and the abstract will be published in the "
    "proceedings, so please use only material cleared for publication by your organisation.",
    "Please confirm by 15 January. If your employer requires an approval letter, we'll provide one.",
    "Travel will be booked by our agency, Voyages Savoie, who will e-mail you to confirm flights. Please "
    "don't pay for anything yourself.",
    "Registration is complimentary for keynotes. You'll receive a badge at the desk.",
    "The conference dinner is on the Tuesday at the Palais. Partners may attend for 80 EUR.",
    "A delegation from a national nuclear authority has asked whether it may meet speakers informally. "
    "This is entirely optional; please contact the secretariat if you'd prefer not to be approached.",
    "Technical visit: a tour of the fuel fabrication plant, limited to 30 participants, subject to the "
    "operator's security rules. ID required.",
    "Thank you for an excellent keynote! The recording is available to registered delegates.",
    "Please send your receipts for taxis within 30 days for reimbursement by bank transfer.",
    "Practical information for speakers: the venue is the Cité Internationale conference centre. Please "
    "upload your slides to the speaker portal by 1 May; our technicians will load them onto the stage "
    "laptop, so there is no need to bring your own. If your organisation requires that slides not be "
    "distributed, tick the box on the portal and we'll exclude them from the download pack. Photography "
    "of slides is discouraged during the sessions, and we'll remind the audience. Contact the secretariat "
    "at speakers@icnfp-example.org with any questions.",
])

fam("city-council-genuine-consultation", 0, "council_notice", "email", [
    "The council's Digital Services Committee is seeking external members with expertise in smart-city "
    "technology. Members are appointed for two years and receive an allowance set by the independent "
    "remuneration panel.",
    "Public consultation: the proposed expansion of traffic cameras on the ring road. Have your say "
    "online by 14 March.",
    "Procurement notice: the council invites tenders for a data platform. All documents are on the "
    "public procurement portal. Questions must be submitted through the portal, not to officers directly.",
    "Reminder to all staff: officers involved in tender evaluation must not discuss bids with suppliers "
    "or anyone outside the evaluation panel until the award is published.",
    "Researchers from the university's urban studies department will be interviewing council staff about "
    "digital services. Participation is voluntary and approved by the Chief Executive; no confidential "
    "information is required.",
    "Please declare any gifts or hospitality above 25 GBP in the register within 28 days.",
    "The council has published the minutes of the Smart City Board. Confidential items are listed by title only.",
    "Would you be willing to speak to students on the civic technology course next term? An hour's talk, "
    "unpaid, approved by your manager.",
    "Annual reminder: secondary employment must be approved. This includes paid writing and research for "
    "external organisations.",
    "A delegation from our twin city will visit in May. Officers meeting them should follow the protocol "
    "guidance and declare any gifts.",
    "FOI request received about CCTV contracts. Legal will review before release.",
    "Councillor surgery this Saturday at the library, 10 to 12. No appointment needed.",
])

fam("police-it-genuine-procurement", 0, "police_it_work", "email", [
    "Force Digital Services: the command-and-control upgrade goes live on 5 February. Training sessions "
    "are booked for all control-room staff.",
    "Reminder: database checks must always have a lawful purpose and a case reference. All searches are "
    "audited.",
    "Vendor notice: suppliers bidding for the mobile data contract must communicate only via the "
    "procurement mailbox. Do not accept meetings or hospitality from bidders.",
    "Professional Standards: if you are approached by anyone offering payment for information or asking "
    "you to run checks, report it immediately. It may be an attempt to corrupt officers or staff.",
    "NPPV3 vetting renewals are due for 14 members of the team. HR will contact you individually.",
    "Secondary business interests must be registered, including consultancy and paid writing. The form "
    "is on the intranet.",
    "The national conference on police technology is in Harrogate. Two places available; travel via the "
    "force's booking system.",
    "Change freeze over Christmas: no deployments to C&C systems from 18 December to 3 January.",
    "A reminder that the force's network diagrams are OFFICIAL-SENSITIVE. Don't include them in external "
    "presentations.",
    "Welcome to our new systems analyst, Joe, who joins from a county council.",
    "The Home Office has asked for volunteers to join a working group on data standards. Your manager "
    "must approve.",
    "We've had reports of recruiters contacting staff on LinkedIn offering 'consultancy for an overseas "
    "ministry' and asking how access to national databases works. This is a known approach. Do not "
    "engage; forward the profile to the Counter-Corruption Unit, who will handle it. You will not be in "
    "any trouble for having replied to an initial message — we would much rather know.",
])

fam("parliament-staff-hospitality-register", 0, "parliament_staff_notice", "email", [
    "Reminder to all members' staff: you must register any gift, benefit or hospitality worth more than "
    "300 GBP from a source other than the House.",
    "Overseas visits funded by third parties must be registered within 28 days, including the name of the "
    "funder.",
    "The Hartwell Institute invites committee staff to a public seminar on defence procurement. Drinks "
    "reception afterwards. Registration required.",
    "Security advice: be cautious about unsolicited approaches from think tanks, charities or "
    "individuals offering paid writing, travel or 'research allowances'. Speak to the Parliamentary "
    "Security Department if unsure.",
    "The Select Committee's report will be published on Thursday at 00:01. It is embargoed until then; "
    "do not share drafts or summaries.",
    "All-party group meeting: science and technology, Tuesday 4pm, Committee Room 12. Open to staff.",
    "Reminder: confidential committee papers must not be taken out of the estate or sent to personal "
    "e-mail addresses.",
    "The British-Japanese parliamentary group is organising a visit in October. Costs are met by the "
    "group and registered in full.",
    "A new research fellowship for parliamentary staff is funded by the Parliamentary Academy. Details "
    "and eligibility on the intranet.",
    "Training: 'Handling approaches from foreign states' — 45-minute session, recommended for all staff.",
    "From the Security Department: we are aware of social media profiles impersonating researchers and "
    "charities who target staff working on the defence and foreign affairs committees. The approach "
    "usually begins with flattery and an offer of paid writing for an overseas audience, moves to "
    "private messaging, and then asks about closed sessions and draft reports. If you recognise this, "
    "please get in touch; we can help you end the contact safely. You will not be criticised for having replied.",
    "Staff pass renewals are due this month. Bring your current pass to the Pass Office.",
])

fam("translation-agency-genuine-freelance", 0, "genuine_translation_agency", "email", [
    "Thank you for registering with Lingua Meridian, an ISO 17100 certified translation agency. To join "
    "our technical panel we ask all freelancers to complete a short test and sign our NDA.",
    "Test job: translate the attached 300-word excerpt from a public shipbuilding standard (German to "
    "English). This test is unpaid and will not be used commercially.",
    "Congratulations, you passed! Your rate will be 0.12 EUR per word for technical texts. Invoices are "
    "paid monthly by bank transfer.",
    "New job: 4,500 words, maritime safety manual, German to English, deadline Friday. Please accept in "
    "the vendor portal.",
    "Our clients' documents are confidential. Please work only on your own encrypted device, delete files "
    "after delivery and never upload texts to free online translation tools.",
    "For export-controlled documents, we only assign translators who meet the client's nationality and "
    "vetting requirements. You'll see a flag on the job if that applies.",
    "Reminder: we never ask translators to provide documents or information from their former employers. "
    "If anyone does so in our name, please tell us.",
    "Invoice received for May, thank you. Payment scheduled for 30 June.",
    "Glossary update for the offshore wind client attached. Please use these terms from now on.",
    "Would you be available for an interpreting job at a trade fair in Hamburg? Two days, travel and "
    "accommodation booked by us, standard day rate.",
    "Project manager change: from Monday, Anke will be handling your jobs. Her work e-mail is in the portal.",
    "Quality feedback on the last job: excellent, just two terminology queries. Thanks!",
])
# ===========================================================================
# BENIGN families, part E
# ===========================================================================

fam("charity-volunteer-recruitment", 0, "genuine_charity", "email", [
    "Riverside Food Bank is looking for volunteers for the Saturday morning shift. No experience "
    "needed, just a friendly face and comfortable shoes.",
    "Thank you for signing up! Please complete the volunteer form and the safeguarding training online "
    "before your first shift.",
    "We're a registered charity (no. 1180234-example) and our accounts and trustees are listed on the "
    "Charity Commission site.",
    "Our trustees are looking for a volunteer treasurer with accounting experience. It's unpaid, about "
    "four hours a month.",
    "Reminder: volunteers should never handle cash donations alone, and any donations over 100 GBP must "
    "be logged.",
    "This year's fundraising gala is on 14 November. Tickets 40 GBP, all proceeds to the food bank.",
    "Thank you to everyone who helped at the Christmas collection. We collected 3.2 tonnes of food!",
    "We're recruiting a part-time paid coordinator (18 hours/week). Job description and application form "
    "on our website. Closing date 12 January.",
    "Volunteer expenses (bus fares, parking) can be claimed with receipts through the office.",
    "We're seeing fake messages claiming to be from our charity, asking people to 'donate' via gift "
    "cards. We never ask for gift cards.",
    "A local MP's office has asked to visit on Saturday. Please don't share any details about the people "
    "we help; our confidentiality policy applies to everyone.",
    "Dear volunteers, a short note from the chair of trustees. We are grateful beyond words for your "
    "time this year. Demand has risen by almost a third, and without you we simply could not have kept "
    "the doors open. Next year we hope to open a second site in the east of the town, which will need a "
    "new team of volunteers and a shift leader. If you know anyone who might be interested, please point "
    "them to our website. And please look after yourselves over the winter.",
])

fam("genuine-internship-no-fees", 0, "genuine_internship", "email", [
    "We're pleased to offer you a 10-week summer internship in Data Analytics at Corvid Insurance, "
    "starting 16 June. Pay is 24 GBP per hour.",
    "Your internship is office-based in Leeds with two remote days. We'll provide a laptop; you don't "
    "need to buy any equipment.",
    "Please log in to our candidate portal to accept the offer and complete the right-to-work check. "
    "Bring your passport on your first day for verification.",
    "Your manager will be Sophie Hartley, Senior Analyst. She'll e-mail you the week before you start.",
    "We will never ask you to pay for anything as part of your internship, or to deposit a cheque and "
    "send money on. If you receive such a request in our name, it's a scam.",
    "First-day details: arrive at 9:30 at reception, ask for the Early Careers team. Lunch is provided.",
    "Payroll: you'll be paid monthly on the 25th. Please enter your bank details in the HR system once "
    "you have your login.",
    "As part of onboarding, interns sign a standard confidentiality agreement. It covers customer data "
    "you may see.",
    "Reminder: the intern social is on Thursday at 6pm, optional and alcohol-free options available.",
    "We hope you enjoyed the internship! Please fill in the feedback survey.",
    "We're delighted to invite you to apply for our graduate scheme through the fast-track process for "
    "former interns.",
    "Questions you've asked us: Do I need my own laptop? No. Will I work with real data? Yes, "
    "anonymised. Is the internship paid? Yes, at the rate in your offer letter, through payroll. Can I "
    "work remotely from abroad? Unfortunately not, for data protection reasons. Who do I contact if "
    "something seems off? The Early Careers team at our corporate address, which you'll find on our "
    "website.",
])

fam("crypto-exchange-genuine-job", 0, "genuine_crypto_job", "inmail", [
    "Hi, I'm a talent partner at Ledgerfield, a regulated crypto exchange (FCA registered). We're hiring "
    "a Compliance Analyst for our London office. Interested?",
    "The role involves transaction monitoring and investigating task scams and money-mule activity on "
    "the platform. Salary 55–65k.",
    "Our process is three interviews on Google Meet, then a case study. Nothing to pay, nothing to buy.",
    "Salary is paid in GBP through payroll. Crypto is optional as part of our employee share scheme, not "
    "instead of salary.",
    "I'll send the calendar invite from my @ledgerfield-example.com address.",
    "A heads-up: scammers sometimes pretend to be us on Telegram and WhatsApp, offering 'task jobs' paid "
    "in USDT. We never recruit that way.",
    "Case study brief: analyse a set of anonymised transactions and identify signs of a 'pig-butchering' "
    "or task-scam flow. Two hours, at home.",
    "Great case study! The team would like to meet you in person at our office. We'll reimburse your "
    "travel.",
    ("Offer letter attached. Please review and sign via DocuSign. We'll also need to run a standard "
     "background and credit check, with your consent, through our screening provider.", "email"),
    ("Background check cleared. Welcome to Ledgerfield! Your start date is 1 April.", "email"),
    "Any questions about the role in the meantime? Happy to arrange a call with your future manager.",
    "Thanks for the referral — if your friend is hired, you'll receive our referral bonus through payroll.",
])

fam("youtube-science-channel-collab", 0, "genuine_creator_collaboration", "email", [
    "Hi! I run Thinking Fast Physics on YouTube (about 400k subscribers). We're making a video on "
    "hypersonic flight — the physics of shock waves and heating, all from public sources. Would you "
    "check our script for errors?",
    "We'd pay a 300 GBP fact-checking fee and credit you in the description, unless you'd rather not "
    "be named.",
    "To be clear, we only want to get the public physics right. We don't want anything about classified "
    "programmes or your employer's work, and we'd cut anything that looks like it.",
    "Could you ask your university press office if it's OK? Happy to write to them.",
    "Here's the script as a Google Doc with comment access. Any corrections welcome.",
    "Your comments are great. We've fixed the error about the stagnation temperature. Thanks!",
    "Would you appear on camera for two minutes explaining ablation? Filming at your university, with "
    "the press office present.",
    "Invoice received. Payment will be made by bank transfer from our production company within 14 days.",
    "The video is live! Thank you for your help. Your credit is in the description.",
    "Comments are lively, as usual 😅 A few people asked about real programmes; we've pinned a comment "
    "saying we only used public info.",
    "Would you be up for another collaboration next year on rocket engines? Same terms.",
    "Thanks again for the cameo. We've had a couple of DMs from people claiming to be 'sponsors' who want "
    "to get in touch with you. We've ignored them, but just in case: we will never pass on your contact "
    "details to anyone without asking you first, and we have no sponsors beyond the ones announced in "
    "each video.",
])

fam("university-shipbuilding-research-centre", 0, "genuine_research_collaboration", "email", [
    "The Centre for Marine Manufacturing at Tynemouth University is launching an industry–academia "
    "project on robotic welding in shipyards. We would like to invite your yard to join as a partner.",
    "Funding is from Innovate UK. The partner agreement defines IP, confidentiality and publication "
    "rules; draft attached for your legal team.",
    "Please route the agreement through your company's contracts office. We cannot start any data "
    "exchange before it is signed.",
    "At the kick-off we'll agree which data can be shared. Anything commercially sensitive stays on your "
    "premises.",
    "Our PhD student Ayo would like to visit the yard to observe the welding line, subject to your "
    "security induction and escort.",
    "Draft paper for your review before submission. Per the agreement, you have 30 days to request removal "
    "of any confidential information.",
    "Thanks for the comments — we've removed the throughput figures as requested.",
    "Steering group meeting: 10 March, university campus. Travel reimbursed by the project.",
    "A visiting researcher from a partner university abroad has asked to join the project. We'll go "
    "through the university's research-security review and inform all partners before any access.",
    "Final report attached. The public version omits Annex C, which remains confidential to the partners.",
    "We're hosting a public workshop on shipyard automation in June. Free for partners and students.",
    "A quick note on the research-security review we mentioned. Because the project touches defence "
    "shipbuilding, the university checks any new collaborator against export-control rules and "
    "government guidance before they get access to project data. This applies to everyone, including "
    "our own staff who join later. It usually takes two weeks. None of this affects your yard's existing "
    "commitments, and you'll be consulted before any decision.",
])

fam("employee-reports-to-security", 0, "employee_security_report", "email", [
    "Reporting a LinkedIn approach: a 'strategy advisory' asked me to write a paid report on our fuel "
    "programme for an unnamed client and to move to WhatsApp. I haven't replied. Screenshots attached.",
    "FYI, I got a message from someone claiming to be a podcast producer asking about our quantum chip "
    "roadmap 'off mic'. Profile is two months old. Forwarding to you.",
    "A man came to my shop and said he was from the hometown association and asked about my customers. "
    "I'm telling you because the community officer said to report these things.",
    "Security team — an 'old classmate' I don't remember wants to meet in Shenzhen and asked about our "
    "SCADA remote access. Seemed off. What should I do?",
    "My mum says officers visited her again about me. I'm worried. Can someone advise?",
    "Reporting: conference invite (Macau) offering cash honorarium and asking for unpublished drill "
    "results in advance. Not going, but thought you'd want to know.",
    "Got a text offering a 'task job' paid in USDT. Probably just spam but reporting as asked.",
    "Someone asked me to keep our chat secret from my employer and offered crypto payment for a "
    "'benchmark survey'. I reported it in the portal too.",
    "Update on my report last week: the recruiter's account has been deleted. Thanks for the quick help.",
    "Thanks for the briefing. For the record, I've told the 'think tank' I won't be writing for them.",
    "Reporting a phone call: the caller said he was from the tax office and needed my staff ID. Hung up.",
    "Hi, writing in because the awareness talk said to. Over the past month I've been chatting with a "
    "VC scout on LinkedIn who said he works for a fund backed by 'industrial families'. It started with "
    "compliments about my talk, then he asked for my number, then he offered to pay for a memo on our "
    "pilot line yields. Last week he suggested a trip to Seoul. I haven't sent anything, but I did tell "
    "him roughly where our yields are, which I now regret. I'd appreciate advice on how to close it down.",
])

fam("visa-sponsored-job-abroad", 0, "genuine_overseas_job", "email", [
    "Thank you for applying to Northern Lights Hotels (Calgary). We're pleased to offer you the position "
    "of Line Cook, subject to a work permit. Salary 19.50 CAD/hour.",
    "We are applying for an LMIA on your behalf. Under Canadian law, employers pay the LMIA fee; you "
    "will not be charged for it.",
    "You will need to apply for your work permit yourself through the official government website, and "
    "pay the government fee directly there. We never collect visa fees.",
    "Our immigration lawyers, Hale & Ortiz LLP, will guide you. They're paid by us. Their contact is in "
    "the attached letter.",
    "Please do not pay anyone who claims they can speed up your visa. That would be a scam.",
    "Your LMIA has been approved! Next step: submit your work permit application online.",
    "Here is the list of documents you'll need: passport, offer letter, LMIA number, police certificate, "
    "medical exam.",
    "The medical exam must be done by a panel physician listed on the government website. You pay the "
    "clinic directly.",
    "Accommodation: we help new staff find housing for the first month; rent is 650 CAD, deducted from "
    "pay with your agreement.",
    "Your flight will be reimbursed after 3 months of employment, as in your contract.",
    "Welcome to Calgary! Your orientation is Monday at 9am.",
    "Reminder: in Canada, it is illegal for a recruiter to charge you for a job. If anyone asked you for "
    "money for this job, please tell us and report it.",
])

fam("parents-asking-to-come-home", 0, "family_chat", "chat", [
    "Son, your mother and I are getting older. Have you thought about coming home after your contract ends?",
    "The hospital in our city is hiring engineers, your uncle sent the advert. Good salary, close to family.",
    "Of course, it's your decision. We just miss you. Grandma asks every week.",
    "Dad, I'm thinking about it. Maybe in two years. The project here needs me until then.",
    "Your cousin moved back from Germany and is very happy. He says the job market is better now.",
    "We sent a little money on WeChat for the holidays. Buy something warm, the winters there are cold.",
    "Your aunt asked if you can find her son an internship at your company. I told her you'd ask HR.",
    "Tell her he should apply online like everyone else, Mum. I can't get him in, but I can check his CV.",
    "When you come home in spring, let's take grandma to the mountains. She's been talking about it all year.",
    "The neighbours' daughter is also abroad, in Australia. Her mother worries too. We drink tea and compare notes 😄",
    "Don't worry about us. We are fine. Just call on Sundays.",
    "I spoke to your father last night and we agreed: we will not pressure you. We only want you to be "
    "happy and safe. If you stay there, we'll come and visit more often, now that we're retired and the "
    "flights are easier. If you come home, your room is ready. Either way, we're proud of you. And "
    "please, eat properly, you look tired on video.",
])

fam("defence-search-firm-hypersonics", 0, "genuine_executive_search", "inmail", [
    "I'm a partner at Ashdown Boyce, a retained executive search firm. We're working with Talon "
    "Aerospace (a US prime's UK subsidiary) on a Chief Engineer, High-Speed Systems appointment. Your "
    "name came up. May I share the brief?",
    "The brief is public: the role was announced in Talon's press release last month. I can send the "
    "candidate pack to whichever e-mail you prefer.",
    "It requires current UK eDV or the ability to obtain it, and US persons rules apply to some "
    "programme access. Talon's security team handles that after offer.",
    "Happy to speak by phone; here's my direct line, 020 7946 0321. Or book a slot in my calendar.",
    "Please don't share anything about your current programmes. The interviews focus on leadership and "
    "systems engineering approach.",
    "Talon's CEO and CTO will interview the shortlist in person at their Bristol site. Travel costs are "
    "reimbursed through Talon's expenses process.",
    "Our fees are paid by the client, never by candidates.",
    "Thank you for your time today. I've noted that you'd like your current employer not to be "
    "approached for references until an offer is made.",
    "The client's HR team will contact you directly from a talon-example.com address.",
    "Understood that you've decided to stay where you are. Thanks for considering it — I'll keep you in "
    "mind for future roles, if you're happy for me to do so.",
    "Congratulations on the promotion, saw the announcement.",
    "Hello again. Talon has a new Director of Flight Test role, also public. Any interest?",
])
# ===========================================================================
# BENIGN families, part F: ordinary work e-mail and family/community chat
# ===========================================================================

fam("ordinary-project-email", 0, "ordinary_work_email", "email", [
    "Attached is the updated programme for the pump station refurbishment. The main change is that "
    "commissioning moves to week 32.",
    "Could you send me the latest version of the risk register before Thursday's meeting?",
    "Minutes from today's progress meeting are on SharePoint. Actions are highlighted in yellow.",
    "Invoice 4471 for October is approved. Finance will pay it in the next run.",
    "Sorry, I double-booked Wednesday. Can we push our catch-up to Friday morning?",
    "Site access for the contractors has been arranged for 7am. They need to sign in at the gatehouse.",
    "Reminder: timesheets are due by 5pm today.",
    "The supplier has confirmed delivery of the valves on the 14th. I've told the site team.",
    "Thanks for covering the client meeting yesterday. Any surprises?",
    "Quarterly update for the board. Overall the programme is on track: we completed the refurbishment "
    "of two of the four pumping stations within budget, and the third is 60% complete. The main risk "
    "remains the lead time on the control panels, which has grown from 12 to 20 weeks. We have "
    "mitigated this by ordering early for the fourth station and by agreeing a temporary arrangement "
    "with the existing panels. Health and safety performance has been good, with no reportable "
    "incidents. Next quarter we will focus on commissioning station three and on the tender for the "
    "telemetry upgrade.",
    "Please find the draft specification for the telemetry tender. Comments by the end of next week, "
    "ideally tracked in the document itself.",
    "Welcome to the team, Olu! Your laptop is ready for collection from IT on Monday.",
], lookalike=False)

fam("ordinary-family-logistics-chat", 0, "ordinary_personal_chat", "chat", [
    "Can you pick up Maya from football at 5? I'm stuck in a meeting",
    "Yep, on it. Does she need dinner or is she eating at Jo's?",
    "We're out of milk and bin bags",
    "Parents' evening is Tuesday 6:20, I've booked both teachers",
    "The boiler man is coming between 8 and 12 tomorrow 🙄",
    "Dog's been sick on the rug again. I've cleaned it. Don't ask.",
    "Mum's asking if we're coming for Sunday lunch. Yes?",
    "Yes but let's leave by 4, school tomorrow",
    "Found your keys, they were in the fridge 😂",
    "Car's due its MOT next week, can you book it?",
    "Happy anniversary ❤️ dinner's on me tonight",
    "Right, plan for half term: Monday zoo with the kids, Tuesday your mum has them, Wednesday I'm "
    "working from home so we can do a lazy day, Thursday we drive to the coast and stay two nights at "
    "the cottage (I've paid the deposit), and Saturday we come back early because Maya has a party at "
    "two. I still need to buy the present. Can you sort the dog sitter and check the car has enough "
    "oil? Also we really need to remember the travel cot this time. Anything I've forgotten?",
], lookalike=False)

fam("ordinary-team-email-engineering", 0, "ordinary_work_email", "email", [
    "The lab will be closed on Friday for the electrical safety inspection. Please shut down your test "
    "rigs by Thursday evening.",
    "Does anyone have a spare USB-C to Ethernet adapter? Mine has vanished.",
    "Cake in the kitchen for Ahmed's last day. Come and say goodbye at 3!",
    "The new oscilloscopes have arrived. Booking is through the shared calendar as before.",
    "Friendly reminder to put your name on your food in the fridge. Someone ate my soup.",
    "Journal club this week: the paper on thermal interface materials. Mandy is presenting.",
    "Car park B is closed Monday to Wednesday for resurfacing.",
    "The printer on level 2 is jammed again. I've logged a ticket.",
    "Please review the attached test plan for the vibration campaign. I'd particularly like comments on "
    "the sequence of axes and on whether we need a second resonance search after the random "
    "vibration run. I've based it on last year's campaign with two changes: we now fixture the unit "
    "through the flight brackets rather than the test adapter, and we've added accelerometers on the "
    "harness. If we can agree it by Wednesday, the test house can fit us in the week after next, "
    "otherwise we lose the slot until March.",
    "Thanks everyone for the help moving offices. The new space looks great.",
    "Fire drill at 11am tomorrow. Please leave by the nearest exit and gather in the car park.",
    "Does anyone want to join a running group at lunch? Gentle pace, 5k.",
], lookalike=False)

fam("ordinary-neighbours-community-chat", 0, "ordinary_personal_chat", "chat", [
    "Anyone else lose power just now on Elm Road?",
    "Yes! Back on now though",
    "There's a parcel for no. 14 at mine, they're not answering",
    "Street party planning meeting Thursday 7pm at the community hall, all welcome 🎉",
    "Has anyone seen a grey cat with one white paw? She's not come home since yesterday",
    "Found her! She was in the Hendersons' shed 😅 thanks everyone",
    "Bin collection is Wednesday this week because of the bank holiday",
    "Does anyone have a ladder I could borrow for an hour?",
    "The new bakery on the corner is amazing, get the cinnamon buns",
    "Reminder that the library's book swap is on Saturday morning",
    "Could whoever parks the white van please not block the dropped kerb, my mum's wheelchair can't get "
    "through",
    "Hi all, thanks so much to everyone who came to the street party on Saturday. We raised 340 pounds "
    "for the hospice from the raffle and the cake stall, and the kids haven't stopped talking about the "
    "bouncy castle. Special thanks to Dev for the barbecue, to the Okafors for the music, and to "
    "whoever left the anonymous envelope of cash in the raffle box. The hall has asked us to collect the "
    "leftover chairs by Tuesday, so if anyone has a car free that evening, please let me know.",
], lookalike=False)
# ===========================================================================
# Extra messages for suspicious families declared above (mostly longer ones)
# ===========================================================================

extra("northfold-advisory-nuclear-fuel", [
    ("elicitation", "sens vague", "s",
     "Thank you again for the second note. I've been asked to pass on a few follow-up questions, and I'll "
     "be honest that they go a little further than before. The client wants to understand the things "
     "that never reach the conference slides: which fuel batches were set aside after inspection, what "
     "the team thinks went wrong, and how long the programme can absorb delays before the demonstration "
     "reactor loses its slot. You know far better than I do what you can say. Anything you're "
     "comfortable sharing, in whatever form suits you, would be gratefully received and properly "
     "rewarded.", "email"),
])

extra("deep-signal-podcast-quantum", [
    ("tasking", "paid vague sens", "o",
     "So here's where we've landed with the sponsor. They'd like to turn your episode into a longer "
     "collaboration: a monthly 'industry pulse' call with their analysts, 45 minutes, 2,000 USD each "
     "time. They're not interested in anything you'd say on air. They want the inside view — which "
     "groups are ahead, whose numbers are inflated, who's about to announce, and what your own lab's "
     "next milestones are. I know that sounds like a lot, but honestly it's how every analyst works, and "
     "they're super discreet. We'd keep the calls on Telegram so nothing ends up in anyone's work mail. "
     "Let me know and I'll set up the first one.", "chat"),
])

extra("meridian-ventures-scout-crypto", [
    ("elicitation", "sens secr", "o",
     "I want to be transparent about what would move the needle for our strategic investors. Market "
     "sizing memos are nice, but everyone writes those. What nobody has is a real picture of how a "
     "tier-one bank is sequencing its cryptographic migration: which payment systems are first, which "
     "legacy mainframe links are a headache, where keys are stored and who signs off. If you could walk "
     "us through that — even verbally, on WhatsApp — we'd treat it as a paid advisory session at ten "
     "times our usual rate. Nothing would ever be attributed to you or your bank. Obviously this one "
     "stays strictly between us.", "email"),
])

extra("polyglot-bridge-translation-shipyard", [
    ("meeting", "meet pay secr", "o",
     "Our client's technical manager was very pleased with your reports and has asked to meet you "
     "during his visit to Hamburg next month. He would like to discuss a larger assignment covering the "
     "new frigate class, and he prefers to talk face to face because the subject is delicate. He will "
     "pay your travel and two nights in a good hotel, and he will bring your outstanding fees in cash, "
     "which I understand you would prefer. Please do not mention the meeting to anyone at the yard or to "
     "your family; it is simply a business lunch between two professionals. I will send the address on "
     "WeChat the day before."),
])

extra("eurorail-signalling-association", [
    ("pivot", "off secr", "s",
     "A few members have told us they feel more comfortable discussing network matters away from their "
     "work accounts, and I think that's wise. Employers' e-mail systems are monitored, and even innocent "
     "comparisons between operators can be misread by a compliance department that doesn't understand "
     "how engineers actually talk to each other. We've therefore set up a members' channel on a secure "
     "messaging app, and I'd like to invite you. It's where the real conversations happen: incidents, "
     "near misses, supplier problems. I'll send the invitation link to your personal number if you let "
     "me have it."),
])

extra("bright-futures-charity-parliament", [
    ("tasking", "paid sens", "s",
     "Thank you for your first note, which the trustees found genuinely illuminating. They have asked "
     "whether you might write something a little different next time. Rather than a summary of the "
     "public inquiry, they would value a private reflection on the committee itself: how members relate "
     "to each other, who is influential behind the scenes, which advisers the chair listens to, and how "
     "the committee's staff expect the government to respond. The trustees stress that this is for "
     "their own understanding and would never be published. The research allowance for such a piece "
     "would be doubled, in recognition of the extra care it requires."),
])

extra("global-critical-minerals-summit", [
    ("meeting", "meet vague pay", "o",
     "Please find below your itinerary. You will be met at the airport by our protocol officer, who "
     "will accompany you to the hotel and hand you your honorarium in an envelope. On the first evening "
     "there is a welcome reception, and afterwards a private dinner with our principal sponsor in a "
     "reserved room on the 38th floor. The sponsor's team will bring two technical specialists who have "
     "studied your company's projects closely and have a number of questions. We suggest you bring any "
     "materials you think may be helpful. The following day is free for sightseeing, with a car and "
     "driver at your disposal."),
])

extra("pharma-insight-partners-chat", [
    ("pivot", "off", "s", "moving this to the other app, check it when you can"),
    ("contact", "cred vague", "o",
     "quick context since you asked who we are: we're a small research boutique, mostly ex-industry "
     "people, and we work for a handful of funds and one large pharma group abroad that's trying to "
     "catch up in metabolic disease. they hire us because they can't ask the questions themselves. "
     "people like you, who sit close to the trials, are the most valuable experts we have, and we look "
     "after them. a lot of our experts have been with us for years and treat it as a steady second "
     "income. you'd choose which questions to answer, and you'd never be named anywhere"),
])

extra("agriseed-market-study", [
    ("elicitation", "sens", "s",
     "Thank you for the conversation on Tuesday. Our client was fascinated by your description of the "
     "drought screening and asked me to follow up on a few points. They would like to know which parent "
     "lines carry the tolerance trait, how it was introduced, and whether the station has filed any "
     "protection for it yet. They also asked, rather hopefully, whether the field trial plots are easy "
     "to visit during the open day in July, and whether visitors are ever allowed to take samples. I "
     "know these are detailed questions, but they show how seriously the client takes your expertise.",
     ),
    ("pivot", "off", "o", "Please answer on WeChat from now on, not on this email. ID: agrinova_zhou."),
])

extra("cloud-sre-headhunter-subtle", [
    ("elicitation", "sens", "s",
     "Really enjoyed the call, and thank you for being so open. The founders came away with a clear "
     "sense of how you think. If you don't mind, I'll pass on one request from them. They'd love to see "
     "how your team has actually written down its approach to privileged access: the approval flows, "
     "the tooling, how emergency access is logged and who reviews it. They know it's the kind of thing "
     "that lives on an internal wiki, and they'd never ask you to do anything you're uncomfortable with. "
     "But even a rough description from memory would help them decide whether to build or buy."),
])

extra("urban-futures-institute-council", [
    ("pivot", "off secr", "o", "Best to use WhatsApp from now on, and maybe not from your council phone."),
])

extra("safeguard-analytics-police-it", [
    ("tasking", "paid vague", "o",
     "To set out the engagement properly: our client is a government body overseas that is building a "
     "national command-and-control capability and wants to learn from forces that do it well. We'd "
     "pay you a monthly retainer of 1,500 GBP for a short written update and a call, plus bonuses for "
     "particularly useful material such as policy documents, system manuals or architecture diagrams. "
     "You'd never be named in anything we pass on, and the client has no interest in individual "
     "officers or cases — only systems and processes. We'll handle the client relationship completely; "
     "you'd only ever deal with me."),
])

extra("skyline-defence-youtube-hypersonics", [
    ("pivot", "off", "s", "also maybe use your personal phone for our chats, not the work one 😅"),
])

extra("terse-handler-shipyard-telegram", [
    ("tasking", "vague pay", "o", "Bonus if you get the trial dates. They pay well for dates."),
    ("meeting", "meet secr", "o", "Tell nobody about Gdansk. Take the ferry, not a plane. Cash only."),
])

extra("overseas-station-student", [
    ("none", "coer", "o",
     "We have noticed that you are still following the accounts of the people who organised the vigil, "
     "and that you liked a post about the camps last week. We are giving you one more chance to show "
     "your attitude. Write a short statement saying you were misled by foreign media, post it on your "
     "account, and send us the link. Also send us the name of the lecturer who invited you to the talk. "
     "If you do this, we will inform your family that the matter is closed. If you do not, your "
     "parents will be invited again, and this time the conversation will be longer."),
])

extra("overseas-station-shop-owner", [
    ("none", "coer", "s", "Nice flag in the window. Your brother will be pleased to hear."),
])

extra("persuade-to-return-relatives", [
    ("none", "coer", "o",
     "Brother, it's me. I'm not allowed to say much. They sat with me for three hours yesterday and said "
     "that my company licence will be cancelled unless you come back or at least call them. They know "
     "where you live, they showed me a photo of your building. They said they have people there who "
     "can 'help you' with the paperwork for returning. Please, I'm begging you, just call them and tell "
     "them something. I have two children. I don't know what you did and I don't want to know, but "
     "this is destroying Mum and Dad."),
])

extra("crypto-task-optimisation-job", [
    ("none", "scam", "s", "Good morning dear ☀️ did you finish today's tasks? The team leader asked about you."),
])

extra("fake-internship-equipment-fee", [
    ("none", "scam pay", "o",
     "Dear intern, we have been informed by our accounts department that the cheque we sent you was "
     "returned by your bank due to a technical error on our side. Unfortunately, because you already "
     "sent payment to the equipment vendor, the system shows a negative balance on your employee "
     "account. To correct this, please send the difference of 2,900 USD back to the vendor today using "
     "a Bitcoin ATM, and we will issue a new cheque covering everything plus a 200 USD apology bonus. "
     "This is urgent, because your onboarding cannot continue until the balance is cleared."),
])

extra("payroll-agent-diversion", [
    ("none", "scam", "s", "Please reply to the foreman's messages quickly, the families are waiting for the money."),
])

extra("overseas-visa-job-fee", [
    ("none", "scam pay", "o", "Last fee I promise. Embassy insurance 300 USD. Then visa come in 1 week 🙏"),
])

extra("data-entry-activation-fee", [
    ("none", "scam pay", "o", "Payment confirmed? Please send screenshot of the gift card code, front and back."),
])

extra("battery-vc-scout-subtle", [
    ("meeting", "meet", "s",
     "Quick update on Seoul. The partners have arranged for you to stay at their guest house rather "
     "than a hotel, which is much more comfortable and quiet. On the second day they'd like to take you "
     "to see one of the cell plants they're looking at, and have a long lunch with their engineering "
     "lead, who has read everything you've published. They've asked whether you might bring a few "
     "slides on your pilot line — nothing formal, just whatever you'd show a trusted peer. Flights are "
     "booked through their office, so just send me your passport details when you can."),
])

extra("asia-nuclear-future-forum", [
    ("elicitation", "sens secr", "o",
     "We were a little disappointed that your briefing paper contained only published material. The "
     "sponsors were hoping for the frank perspective that makes our Forum special. Could you revise it "
     "to include the actual schedule for the first-of-a-kind unit, the issues raised in the regulator's "
     "most recent letters and your own assessment of the forging supplier? We understand this is "
     "sensitive, which is why the paper goes only to the sponsors and will never be printed. You need "
     "not inform your company about the revision; it is a personal contribution."),
])

extra("water-utilities-alliance", [
    ("tasking", "paid vague secr", "o",
     "The council secretariat has reviewed your benchmark submission and would like to commission a "
     "more detailed case study. Our industrial partners are developing resilience products for "
     "utilities like yours and would benefit greatly from a realistic picture of how your control room "
     "operates in an incident: who is called, which systems are isolated first, and how long manual "
     "operation can be sustained. A fee of 3,000 USD is offered. As before, we would prefer the "
     "document be sent to the coordinator's personal address and not mentioned within the utility until "
     "the council is launched."),
])

extra("old-classmate-police-it", [
    ("tasking", "pay", "s", "Sent you a little something for the chat the other night. Check your PayPal 😉"),
])

extra("westminster-podcast-staffer", [
    ("pivot", "off", "s", "I'll message you on the other app tonight, easier than here."),
])

extra("broken-english-submarine-headhunter", [
    ("tasking", "paid vague sens", "o",
     "Sir, thank you very much for your reply. I explain more clear. My client is big shipbuilding group "
     "and they want to make their own submarine, very modern. They need expert like you for advise, "
     "maybe two or three times a year, very high payment, 50,000 USD every year. First step is you write "
     "report about your experience, include the quieting technology, the hull material and the test "
     "process. You can write at home, no problem. Please don't use company computer. After the report, "
     "my client invite you for visit and maybe long contract. This is big chance for your family."),
])

extra("emoji-cloud-recruiter", [
    ("pivot", "off", "s", "Sent you a DM on the other app 📲 check it!"),
])

extra("student-association-reporting", [
    ("none", "coer sens", "o",
     "Thank you for coming to dinner. The people from home were happy to meet you. As we discussed, "
     "they would like a short list of the students who joined the protest outside the embassy, with "
     "their courses and which city their families live in. They will check the rest themselves. Send "
     "it to me on WeChat this week. Don't worry, nobody will know it came from you, and you will find "
     "that your scholarship office becomes much more helpful. Many students before you have done the "
     "same thing and they are all doing very well now."),
])

extra("rare-earths-sovereign-advisory", [
    ("contact", "cred", "s", "I hope the plant's shutdown week went smoothly. I gather those are always long days."),
])

extra("metro-signalling-consultancy-council", [
    ("elicitation", "sens", "s",
     "One more question from our client, if I may. They've heard that the council's technical advisers "
     "have raised concerns about the incumbent's interlocking software and that a report was discussed "
     "at a closed session of the transport committee. They would be very interested to understand what "
     "the concerns were and how seriously the council takes them, as this would shape how they position "
     "their own offer. A short summary in your own words would be more than enough, and of course it "
     "would stay between us. The monthly retainer would be unaffected."),
])

extra("quantum-crypto-fellowship-programme", [
    ("pivot", "off", "o", "For faster replies please add our coordinator on WeChat: pisc_coord_li"),
])

extra("regdoc-translation-pharma", [
    ("pivot", "off", "s", "Please send the next file from your home computer rather than your office one."),
])

extra("slow-rapport-parliament-researcher", [
    ("elicitation", "sens", "s",
     "Sorry to bombard you, I know it's been a long week. I was telling the editor about our chat and he "
     "got very excited about the idea of a piece on how select committees really handle security "
     "briefings — who gets to see the papers, where they're kept, whether staff take notes and what "
     "happens to them afterwards. Not the content, obviously, just the process, which I think is "
     "genuinely interesting and never written about. You'd be perfect for it. He said he'd pay double "
     "the usual rate because it's so specialised. Shall we talk about it over a drink on Friday?"),
])
# ===========================================================================
# Extra messages for benign families declared above (mostly longer ones)
# ===========================================================================

extra("harcourt-search-nuclear-teams", [
    ("Following up on your question about whether this is a 'real' search, which is a fair thing to ask "
     "given what's been in the news. Harcourt Lyle is a retained search firm registered in England; our "
     "consultants are listed on our website with their direct lines, and Westbury Nuclear Services has "
     "announced the appointment process on its own careers page, where you'll see our name. If you'd "
     "like to verify, call Westbury's HR switchboard and ask for the talent acquisition team. We will "
     "never ask you to move to a messaging app, to send anything from your current job, or to travel "
     "anywhere at a client's expense before a formal interview.", "email"),
])

extra("kestrel-partners-cloud-phone", [
    ("Some background you may find useful before the first interview. Nimbus Cloud Europe is building "
     "a sovereign region for public-sector customers, which is why the role needs someone comfortable "
     "with audit and regulation as well as engineering. Their interview panel will ask how you would "
     "structure on-call for a new region, how you'd handle a customer-facing incident with a government "
     "client, and how you build a reliability culture. They won't ask about your current employer's "
     "systems and you shouldn't offer details. It's perfectly fine to say 'I can't go into specifics "
     "there' — they'll expect it.", "email"),
])

extra("expert-network-lithium-compliance", [
    ("A quick explanation of why we asked so many questions before scheduling your call. Expert "
     "networks are regulated indirectly through our clients, who are mostly investment funds bound by "
     "insider-trading rules, so we have to be sure that nothing material and non-public is shared. That "
     "is why we check current and former employers, keep restricted lists, record or chaperone some "
     "calls and ask you to complete training. It may feel bureaucratic, but it protects you as much as "
     "the client. If anyone ever asks you for confidential information during a call, you can end it "
     "and tell us.", "email"),
])

extra("think-tank-quantum-signed-paper", [
    "Thank you for sending the revised draft. The editorial committee has approved it for publication "
    "subject to a final copy edit. As discussed, the paper will appear under your name and affiliation, "
    "with the standard disclaimer that the views are your own. We'll list the Cavendish Foundation as "
    "the project funder on the cover page and in the acknowledgements. Our communications team would "
    "like to pitch a short op-ed based on the paper to a national newspaper, again under your name; "
    "please let us know whether your employer's press office needs to approve that separately. We'll "
    "send the contract variation for the op-ed fee by e-mail.",
])

extra("journal-paid-peer-review-crypto", [
    "Quick reminder that the review is anonymous by default. You may sign it if you wish.",
])

extra("shipbuilding-podcast-on-record", [
    "Just a note on how we'll use the recording. The full episode goes on our website and the usual "
    "platforms, and we'll cut a two-minute clip for social media, which we'll send you first. We keep "
    "the raw audio for six months in case of corrections and then delete it. Nothing you say is "
    "shared with anyone else in advance, including sponsors (we don't have any). If your press office "
    "later decides a segment should go, we'll take it out of the published version within a day. We "
    "want guests to feel safe talking about their work.",
])

extra("vc-scout-public-fund-agritech", [
    "Forgot to mention: our fund's terms for scouts and advisers are on our website too.",
])

extra("rail-signalling-association-committee", [
    "Please note the change of venue for the June meeting: the Institution's office in Euston.",
])

extra("family-whatsapp-visit-home", [
    "Beta, a long message from your mama because your papa types too slowly. We are so happy you are "
    "coming. I have told the whole family, and now everybody wants to see you, so please keep Saturday "
    "free for the lunch at your mama-ji's house. Rahul uncle's daughter will come too, she wants advice "
    "on her job applications, please be nice to her and tell her about the interviews, she is very "
    "nervous. Dadi wants you to take her to the temple on Sunday morning. Also bring warm clothes, it "
    "is colder than you think in the evenings. And don't buy expensive gifts, just come home.",
])

extra("family-line-chat-taipei", [
    "Long message from Dad, sorry. Your uncle came by today and asked again about jobs at your company "
    "for his son. I told him that you work in a different department, that all hiring goes through the "
    "official website, and that you can't promise anything. He understood. He only hoped you could "
    "look at the CV and tell him if the English is okay. If you have time this weekend, could you do "
    "that? He'll send it by e-mail. Also, your mother wants to know if you're eating properly. I told "
    "her you are an adult. She did not accept this answer.",
])

extra("alumni-reunion-engineering-class", [
    ("Hi all, Priya here. Final details for Saturday. Doors open at 7, food at 8. The alumni office has "
     "kindly given us the old seminar room as a quiet space if anyone needs a break from the noise. "
     "There's a card going round for Dr. Hughes, who's retiring this year — sign it if you can. A "
     "reminder that tickets are non-refundable but transferable, so if you can't come, give yours to "
     "someone from the 2005 or 2007 years. And please, nobody bring work. Last time three of you spent "
     "an hour arguing about valve specifications.", "email"),
])

extra("employer-nda-export-control", [
    "Thanks for checking with us before the panel. Yes, you may speak, on published material only.",
])

extra("payroll-hr-portal", [
    "Your tax code has been updated by HMRC. The change will apply from your next payslip.",
    "Please review the attached guidance on the new flexible benefits scheme. From April you can "
    "exchange part of your salary for additional pension contributions, a cycle-to-work bicycle, "
    "childcare support or extra holiday days. The choices are made in the portal during the enrolment "
    "window, and you can change them once a year or after a life event such as a birth or marriage. "
    "If you're unsure what's best for you, our benefits provider runs free one-to-one sessions. Nobody "
    "from HR or the provider will ever ask for your bank login or passwords.",
])

extra("water-utility-recruiter-corporate", [
    "We had a question from another candidate that may help you too. Yes, this is a genuine vacancy at "
    "Severnvale Water. You can check it on our careers site and in the job posting on the regional "
    "jobs board, and I'm listed in our staff directory. Our process never involves paying fees, buying "
    "equipment or sending documents through messaging apps. We will ask for ID and right-to-work "
    "evidence after an offer, through our secure candidate portal only. If you've received any other "
    "messages about this role that don't match, please forward them to us.",
])

extra("city-council-genuine-consultation", [
    ("Dear colleagues, the Chief Executive has asked me to remind everyone of our procurement rules "
     "ahead of the data platform tender. Between now and the contract award, officers must not discuss "
     "the tender with potential suppliers, consultants acting for them or anyone outside the evaluation "
     "team, including informally at events. Requests for information, however innocent they seem, "
     "should be referred to the procurement team. Gifts and hospitality from suppliers must be "
     "declined. These rules protect you and keep the process fair. Thank you for your cooperation.",
     "email"),
])

extra("police-it-genuine-procurement", [
    "The change advisory board meets Tuesday. Submit RFCs by Friday noon.",
])

extra("parliament-staff-hospitality-register", [
    "The visitors' lobby will be closed on Monday morning for maintenance.",
])

extra("translation-agency-genuine-freelance", [
    "Welcome to the panel. A few words about how we work with freelancers. All jobs come through the "
    "vendor portal, which shows the client's confidentiality requirements, the deadline and the agreed "
    "rate. We pay invoices within 30 days by bank transfer; we never pay in cash or cryptocurrency. If "
    "a client asks you to contact them directly, please route it through your project manager. And if "
    "anyone claiming to represent us asks for documents from your previous jobs, or suggests you work "
    "for a client outside the portal, please tell us straight away.",
])

extra("crypto-exchange-genuine-job", [
    "Here's a little more on the team. Financial crime compliance at Ledgerfield is 25 people across "
    "London and Lisbon. Analysts review alerts from our monitoring system, investigate accounts that "
    "may be used as money mules, and file suspicious activity reports with the authorities. A big part "
    "of the work lately has been task scams, where victims are told to top up USDT to unlock fake "
    "commissions; we work with other exchanges to trace and freeze funds. You'd get full training, "
    "including the relevant certifications, paid for by us.",
])

extra("visa-sponsored-job-abroad", [
    "Quick update: the lawyers have submitted the LMIA. Processing currently takes 8–10 weeks.",
])

extra("defence-search-firm-hypersonics", [
    "I appreciate you asking how we got your name, and you're right to be careful. We identify "
    "candidates from public sources only: conference programmes, published papers, company "
    "announcements and LinkedIn. We keep a record of how we found each person, and you can ask us to "
    "delete your details at any time under data protection law. Our client, Talon Aerospace, has "
    "confirmed that they want us to approach people working in high-speed systems, but they have "
    "instructed us explicitly not to ask about any current programme. If you'd like to verify the "
    "search, their HR director is happy to take your call.",
])

extra("university-shipbuilding-research-centre", [
    "Coffee and sandwiches will be provided at the steering group. Parking permits at reception.",
])

extra("youtube-science-channel-collab", [
    "Here's the timestamp where you appear: 14:32. Thanks again!",
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
