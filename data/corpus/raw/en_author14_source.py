"""English training families from a fourteenth hand, heavy on subtle approaches and hard look-alikes.

Who and how: written by a helper session (an AI assistant) from the threat description in
``../shared/DESIGN.md`` and the public warnings summarised in its brief (CSIS, MI5/NPSA "Think Before
You Link", FBI) only, blind to the rule packs, the training corpus, ``data/dev/`` and the evaluation
sets; the only file under ``data/corpus/`` it opened is ``template_families.py``. Every template is
hand-written in its own wording; slots (names, employers, programmes, cities, sectors) come from
``POOLS``; every person, firm, programme, address and number is invented (``example`` domains,
``+44 7700 900xxx``, ``020 7946 0xxx``, ``+86 138 0000 0000``).

Run: ``.venv/bin/python data/corpus/raw/en_author14_source.py`` rewrites ``en_author14.jsonl`` next
to it (fixed seed, byte-identical output).

Angle: the approaches the classifier misses most, where nothing but what is asked gives the intent
away. Suspicious families (``en14-s-NN``), each in its own voice: a former colleague who reconnects
and asks what the team is chasing before the announcement, a doctoral student whose questions narrow
to one programme's dates, an investor who wants to know which bidder lost the tender, a friend of a
friend who takes care of a trip to meet "someone interested in your field", a writer who promises no
attribution and asks about an unpublished review, a recruiter who wants to carry on "somewhere more
relaxed than here", a cousin whose family is being asked about you, a thank-you through a brother's
account, a headhunter for an unnamed group, a policy circle's unannounced options, a friend who asks
you to keep the chats to yourself, a roundtable with a private dinner, a supplier asking for the end
use, a classmate after the delegation list, a retired officials' lunch circle, a mentor who wants the
risk register, a task platform with top-ups, a researcher whose colleague keeps his camera off, a
father's friend asking for the association's members, a second phone, an envelope left with a
relative, a gym friend asking about night shifts; then eight overt families with the stock words
(app pivot, paid reports for a client, "what's discussed internally", the client abroad, "don't tell
your employer", crypto and gift cards, a police notice to return, a deposit job scam). Subtle
families (s-01 to s-21 and s-30) carry none of the stock words in ``TELLTALE`` (checked on every
row at build time). Benign families (``en14-b-NN``) speak in the same voices with honest intent: a
real former colleague, a doctoral student with ethics approval, an investor asking about published
results, a cousin planning a visit, a journalist on the record, recruiters and a headhunter who name
the company, role and salary (one moves to WhatsApp for scheduling), an expert network with its
compliance attestation, a think tank's paid public review, a conference abroad covering the
speaker's travel, a colleague asking for the board slides, a public tender, a security notice
quoting the warning signs, clearance adverts, HR onboarding through the portal, a consultant
invoicing a named client, a sister on WeChat about a father's operation, a paid guest lecture,
travel reimbursement, a real mentor, an alumni reunion abroad, a surprise farewell; two plain
families (work chat, friends' chat).

Counts (printed from the file): 483 messages in 54 families of 8-9 messages. Suspicious 269 in 30
families: 22 subtle families (198 messages), 8 overt (71). Benign 214 in 24 families: 22 look-alike
families (196 messages), 2 plain (18). Whitespace-separated words 3-20 / 30-120 / 121-300:
suspicious 89 / 90 / 90, benign 70 / 72 / 72 (none outside these bands). Registers (suspicious /
benign): chat line 89 / 70, InMail or short e-mail 72 / 54, chat export with ``[day hh:mm] Name:``
lines 18 / 18, ``Subject:`` e-mail with signature, quoted reply or list 90 / 72. Characters:
suspicious 54-1065 (median 355), benign 54-1237 (median 342.5). Stage (suspicious): elicitation 81,
meeting 36, pivot 27, payment 27, coercion 26, contact 18, paid_task 18, secrecy 18, job_scam 18.

Openers and closers come in one pair of pools per length band, each shared by both classes; chat
exports and InMails that open with their own greeting get none. Rows: ``subtlety`` is ``subtle`` or
``overt`` for suspicious rows, ``none`` for benign ones; ``register`` is set from the text.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write

SEED = 1420261122
PER_TEMPLATE = 3
HERE = Path(__file__).resolve().parent

POOLS: dict[str, list[str]] = {
    "me": ["Priya", "Tom", "Mei", "Daniel", "Aisha", "Rob", "Hannah", "Kenji", "Sofia", "Marcus"],
    "name": ["Elena Varga", "Owen Pritchard", "Lina Chow", "Farid Haddad", "Grace Okafor",
             "Niall Brennan", "Yusuf Demir", "Clara Lindqvist", "Jonah Mercer", "Bea Santos"],
    "first": ["Elena", "Owen", "Lina", "Farid", "Grace", "Niall", "Yusuf", "Clara", "Jonah", "Bea"],
    "employer": ["Northvale Aerospace", "Kestrel Semiconductors", "Brightwater Energy", "Halden Telecom",
                 "Corvid Defence Systems", "Lumen AI Labs", "Tarn Grid Services", "Meridian Photonics"],
    "sector": ["satellite communications", "power electronics", "radar", "chip packaging", "grid storage",
               "5G core networks", "autonomy software", "hypersonic materials"],
    "prog": ["Project Heron", "the Atlas upgrade", "the Kestrel-2 line", "the Solent demonstrator",
             "Phase B of Tidewater", "the Orion refresh", "the Beacon pilot"],
    "city": ["Singapore", "Istanbul", "Dubai", "Macau", "Kuala Lumpur", "Budapest", "Bangkok", "Shenzhen"],
    "firm": ["Harbourline Advisory", "Greyfield Partners", "Tessellate Insights", "Orchard Gate Consulting",
             "Bluestone Research Group"],
    "network": ["Calder Expert Network", "Proxima Insight Calls", "Ridgeway Expert Connect",
                "Fernhill Advisory Network"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "month": ["March", "April", "May", "September", "October", "November"],
    "app": ["WhatsApp", "WeChat", "Telegram", "Signal"],
    "amount": ["USD 1,500", "USD 2,000", "USD 3,000", "USD 2,500"],
    "uni": ["University of Eastmoor", "Halberd University", "Kingsmere College", "Linden Institute of Technology"],
    "tank": ["the Castlegate Institute", "the Northern Policy Forum", "the Atlantic Resilience Centre",
             "the Wexford Policy Lab"],
    "home": ["Harbin", "Chengdu", "Kunming", "Wuhan", "Xiamen"],
    "relative": ["Auntie Lan", "Uncle Wei", "Grandma", "Uncle Jun", "Auntie Mei"],
    "role": ["Senior RF Engineer", "Principal Systems Engineer", "Firmware Lead", "Power Systems Analyst",
             "Network Security Architect", "ML Research Engineer"],
}

# Opener and closer pools, one pair per length band, each shared by BOTH classes.
SHORT_OPENERS = ["", "", "", "", "hey ", "Hi! ", "ok so ", "Morning. ", "Hiya, "]
SHORT_CLOSERS = ["", "", "", "", " :)", " x", " 👍", " (late reply, sorry)"]
MEDIUM_OPENERS = ["", "", "", "Hello,\n\n", "Hi there,\n\n", "Good morning,\n\n", "Hi again,\n\n"]
MEDIUM_CLOSERS = ["", "", "\n\nBest regards", "\n\nThanks,\nM.", "\n\nKind regards", "\n\nCheers",
                  "\n\nSent from my phone", "\n\nWarmly"]
LONG_OPENERS = [""]
LONG_CLOSERS = ["", "", "", "\n\nPlease consider the environment before printing this e-mail.",
                "\n\nSent from a mobile device, excuse the brevity."]

F = Families()

# ---------------------------------------------------------------------------------------------
# Suspicious, subtle: nothing but what is asked gives the intent away.
# ---------------------------------------------------------------------------------------------

F.add("en14-s-01-former-colleague-reconnect", 1, "fake_acquaintance", "mixed", False, [
    ("elicitation", "sensitive_info",
     "so what's the team chasing these days, {me}? anything big before the announcement?"),
    ("elicitation", "sensitive_info credential_targeting",
     "[{day} 21:02] {first}: so good to hear your voice after all these years!!\n[{day} 21:03] {first}: "
     "still laughing about the test rig fire drill\n[{day} 21:05] {first}: how's life at {employer}? is "
     "{prog} still on for {month} or has it slipped again?\n[{day} 21:06] {first}: heard the partner "
     "list is changing before it goes public, who's in and who's out? curious"),
    ("elicitation", "sensitive_info",
     "Subject: Re: re: long time!\n\nHi {me},\n\nThat was such a good chat on {day}. I'd forgotten how "
     "much I miss working with people who actually know their stuff. Glad the kids are well and that "
     "you finally got the promotion, well deserved after the {sector} mess we inherited back then.\n\n"
     "I've been thinking about what you said about {prog}. You sounded excited but a bit cagey, which "
     "I completely respect. I'm only asking because I'm trying to work out where the field is heading "
     "before I decide on my next move. Roughly what stage are the trials at, and which numbers are the "
     "team worried about? Even a ballpark on the timeline before the public announcement would help me "
     "a lot. And if there's a slide deck from the last programme review lying around, I'd love to see "
     "how they framed it, I always liked your team's charts.\n\nNo rush at all. Let's do that dinner "
     "when I'm next in town, my treat.\n\nAll the best,\n{first}\n\n> On {day}, {me} wrote:\n> Great to "
     "hear from you! Things are busy but good here."),
])

F.add("en14-s-02-phd-student-timeline", 1, "fake_grad_student", "mixed", False, [
    ("elicitation", "sensitive_info",
     "Quick one for my thesis: when does {prog} move to the next test phase?"),
    ("elicitation", "sensitive_info credential_targeting",
     "Thank you again for answering my earlier questions, they were very helpful for my literature "
     "chapter on {sector}. My supervisor suggested I narrow the focus to a single case, and {prog} fits "
     "best. Could you tell me which month the qualification tests are planned for, which sites will host "
     "them, and whether the schedule has changed since the last public update? Dates that aren't in "
     "the press releases would be the most useful for my timeline figure."),
    ("elicitation", "sensitive_info",
     "Subject: Follow-up questions (doctoral project on {sector})\n\nDear {me},\n\nI hope you don't mind "
     "me writing again. My name is {name} and I'm in the third year of a doctorate on how large "
     "engineering programmes manage risk. Your conference talk last year was one of the reasons I "
     "chose the topic.\n\nMy earlier questions were quite general, but my committee now wants a "
     "detailed case study, so I would be grateful for help with a few specifics about {prog}:\n\n"
     "1. The exact dates of the next two milestones, including any that have moved.\n2. Which "
     "subcontractors are responsible for the parts that failed qualification, and why.\n3. How many "
     "units are planned for the first delivery, and to which user.\n\nI know some of this may not be "
     "published yet; that is precisely what makes it valuable for original research, and I will "
     "anonymise everything. A short call would also be fine if writing it down is awkward.\n\nWith "
     "many thanks,\n{name}\nDoctoral candidate"),
])

F.add("en14-s-03-investor-lost-tender", 1, "fake_investor", "mixed", False, [
    ("elicitation", "sensitive_info",
     "Between friends: which supplier lost the {sector} tender, and by how much?"),
    ("elicitation", "sensitive_info vague_client",
     "Hi {me}, I run a small fund that follows {sector} closely. The award notice for the frame "
     "agreement comes out next month, but a few of us would like to understand the scoring before it "
     "does. Which bidder came second, and was it price or the technical score that sank them? Anything "
     "about the evaluation panel's comments would help us position early. Dinner is on me "
     "next time I'm in town."),
    ("elicitation", "sensitive_info vague_client",
     "Subject: Quick question on the {sector} competition\n\nDear {me},\n\nWe met briefly at the "
     "industry breakfast in {month}; I'm the one who asked the question about supply-chain resilience. "
     "I'm {name}, a partner at a family office that has been building a position in mid-cap suppliers "
     "to {employer}.\n\nWe are trying to decide whether to add to one holding ahead of the contract "
     "announcement. The public documents tell us who bid but not how it went. From your seat on the "
     "evaluation side, you would know which of the three shortlisted firms is out of the running, how "
     "close the scores were, and whether there is any chance the decision is reopened after the "
     "challenge period.\n\nI'm not asking for documents, only your impression. Even a word on which "
     "name we should stop looking at would save us weeks of work, and we would of course remember the "
     "help. I'm in town on {day} if a coffee is easier than writing.\n\nBest wishes,\n{name}"),
])

F.add("en14-s-04-friend-of-friend-trip", 1, "fake_acquaintance", "mixed", False, [
    ("meeting", "client_meeting",
     "Flights and hotel on us. He just wants an hour with someone in {sector}."),
    ("meeting", "client_meeting credential_targeting",
     "Hi {me}, {first} from the running club gave me your name, I hope that's alright. I have a friend "
     "in {city} who is fascinated by {sector} and would love to meet someone who actually works in it. "
     "If you fancy a long weekend there, I'll take care of the flights and the hotel, and he'll show you "
     "the city. Nothing formal, just a good dinner and some conversation about where your work is "
     "going. Would {month} suit you?"),
    ("meeting", "client_meeting credential_targeting vague_client",
     "Subject: That trip we talked about\n\nHey {me},\n\nGreat meeting you at the barbecue, it was so "
     "nice to talk to someone who doesn't glaze over when you mention {sector}. As promised, here's "
     "the idea.\n\nA good friend of mine lives in {city} and spends his time bringing people together "
     "across industries. He's hosting a small dinner the second week of {month} and asked me whether I "
     "knew anyone from {employer} or similar who would be open to joining. I thought of you right away."
     "\n\nEverything would be looked after: business-class flights, a nice hotel near the river, a "
     "driver. You'd only need to bring yourself and be willing to talk about your work and the people "
     "you work with. He's very discreet and prefers small groups, so I wouldn't make a big thing of it "
     "at the office; people get jealous about trips like this.\n\nLet me know and I'll send the "
     "dates.\n\nCheers,\n{first}"),
])

F.add("en14-s-05-unattributed-journalist", 1, "fake_journalist", "mixed", False, [
    ("elicitation", "sensitive_info",
     "Nothing you say will carry your name. What did the {prog} review actually find?"),
    ("elicitation", "sensitive_info credential_targeting",
     "I'm writing a longer piece on {sector} and your name came up as someone who knows how decisions "
     "really get made at {employer}. I'd never attribute anything to you, not even as 'a source close "
     "to'. What I need is the substance of the review the board commissioned after the {prog} delays: "
     "who wrote it, what it recommended, and which recommendations were dropped before it reached the "
     "minister."),
    ("elicitation", "sensitive_info secrecy",
     "Subject: Background only, no attribution\n\n{me},\n\nThanks for not hanging up on me yesterday. "
     "I know cold calls from journalists-turned-authors are nobody's favourite thing.\n\nLet me be clear "
     "about how I work. You won't be quoted, named, described or hinted at. I keep no notes with "
     "names on them and I'd suggest we don't put anything in writing at all. What I'm after is the "
     "story behind the story: the review of {prog} that was carried out over the summer and never "
     "published. I've heard it was far more critical than the short statement that went out in "
     "{month}.\n\nIf you could tell me which parts of the design it flagged, who pushed to soften the "
     "conclusions, and whether there's a second version circulating, I'd take it from there and find "
     "other ways to confirm it. Nobody would ever trace it back to you.\n\nA walk in the park on {day} "
     "evening? Leave your work phone at home, it's nicer that way.\n\n{first}"),
])

F.add("en14-s-06-somewhere-relaxed", 1, "fake_recruiter", "mixed", False, [
    ("pivot", "off_platform",
     "Shall we carry on somewhere more relaxed than here, {me}? Send a number."),
    ("pivot", "off_platform credential_targeting",
     "Thanks for accepting my request, {me}. Your background in {sector} is exactly the kind of profile "
     "I hoped to find. This site is a bit stiff for a proper conversation and messages get lost, so "
     "could we move to something more personal? Give me a mobile number or an address you check at "
     "weekends, not your work one, and I'll explain what I have in mind."),
    ("pivot", "off_platform credential_targeting vague_client",
     "Subject: Re: Your profile\n\nHello {me},\n\nThank you for the quick answer. To be honest, I'm "
     "not a great fan of doing this kind of thing on a networking site: everything is visible, the "
     "inbox is full of noise, and the people I represent prefer a more personal approach.\n\nThey are a "
     "small, well-connected group with interests in {sector} and they value practitioners like you "
     "who have seen how the work is done from the inside at places like {employer}. Before I say more, "
     "I'd like us to talk somewhere quieter. Could you send me a private number, or set up a new "
     "address just for our conversations? Something that isn't tied to your job would be best; it "
     "keeps things simple for everyone.\n\nOnce we're set up there I'll tell you about the opportunity "
     "in detail. I think you'll find it rather interesting, and quite flexible around your current "
     "role.\n\nWarm regards,\n{name}\nPartner, talent introductions"),
])

F.add("en14-s-07-cousin-family-asked", 1, "coercion", "mixed", False, [
    ("coercion", "coercion",
     "Some men came to ask {relative} about you again. Mum says please come home soon."),
    ("coercion", "coercion",
     "[{day} 21:31] {first}: are you free to talk?\n[{day} 21:33] {first}: don't worry, everyone is "
     "healthy\n[{day} 21:34] {first}: but the neighbourhood office has been asking {relative} where you "
     "work now and who your friends are over there\n[{day} 21:36] {first}: they were polite. they said it "
     "would be easier for the family if you came back to {home} for a visit and explained yourself"),
    ("coercion", "coercion sensitive_info",
     "Subject: family news\n\nDear cousin,\n\nI'm writing from my new address because I wanted to say "
     "this properly. First the good news: {relative} is out of hospital and eating again, and my "
     "little one started school.\n\nThe other news is harder. Two officials visited the family in "
     "{home} last month. They knew your name, your job at {employer} and the street you live on. They "
     "asked whether you still go to the community meetings and who else attends. They told {relative} "
     "that your brother's transfer at work was 'under review' and that everything would go more "
     "smoothly if you came back to meet them in person, or at least wrote down what you know about the "
     "people you meet there.\n\nNobody here wants to frighten you. We just don't know what to say to "
     "them next time. Please think about it and tell me what answer to give. If you could send the "
     "names they asked about, maybe they would leave the family alone.\n\nYour cousin,\n{first}"),
])

F.add("en14-s-08-brothers-account", 1, "handler_followup", "mixed", False, [
    ("payment", "unusual_payment",
     "The thank-you goes through my brother's account this time, same as in {month}."),
    ("payment", "unusual_payment secrecy",
     "Thanks again for the notes on {prog}, they were exactly what we hoped for. For the thank-you, "
     "it's simpler if it comes from my brother's account in {city} rather than from the company. Could "
     "you give me details for an account in a family member's name? Something not linked to your "
     "job would be tidier for both of us."),
    ("payment", "unusual_payment secrecy paid_task",
     "Subject: Logistics for next month\n\nDear {me},\n\nI hope the move went smoothly. Thank you for "
     "sending your thoughts on the {sector} roadmap so quickly; the people I work with read them "
     "closely and have a few more questions for next time.\n\nOn the practical side, we've had trouble "
     "with the last transfer: the bank asked questions we would rather not answer. So from now on the "
     "thank-you will come from my brother, who runs a trading business in {city}. It will look like a "
     "refund for goods. If you have a relative who could receive it in their name, even better; "
     "otherwise an account you opened recently would do.\n\nPlease don't mention the arrangement to "
     "anyone at {employer}. It's entirely normal where I come from, but people here can be rigid "
     "about these things.\n\nSend me the details when convenient and I'll arrange it this week.\n\n"
     "Best,\n{first}"),
])

F.add("en14-s-09-headhunter-vague-group", 1, "fake_headhunter", "mixed", False, [
    ("contact", "credential_targeting vague_client",
     "Your clearance and {sector} background are rare. A group I advise would like a chat."),
    ("contact", "credential_targeting vague_client",
     "{me}, I'll keep this short. I help a small group of investors find people with real depth in "
     "{sector}, and your years at {employer} plus an active clearance put you in a very short list. I "
     "can't name them at this stage, they prefer to stay in the background until there's trust on both "
     "sides, but I can promise it's worth an evening of your time. Are you open to a conversation?"),
    ("contact", "credential_targeting vague_client",
     "Subject: An unusual opportunity\n\nDear {me},\n\nForgive the unsolicited message. I've followed "
     "your work for some time, your talk on {sector} was the clearest I've heard, and your profile "
     "suggests you hold a clearance that very few people in the field still have.\n\nI act for a "
     "private group that is building expertise in this area. They are patient, generous and very "
     "discreet; they don't advertise and they don't use job boards. What they look for is not a "
     "full-time hire but advice from someone who understands how programmes like {prog} are run from "
     "the inside: who decides, how the budget flows, where the bottlenecks are.\n\nI realise this is "
     "vague. That's deliberate at this stage: the names come once we've spoken and I understand what "
     "you'd be comfortable with. Many of the people I've introduced keep their current roles and give "
     "a few hours a month.\n\nWould you be open to a call next week? I'll work around your "
     "schedule.\n\nKind regards,\n{name}\nSenior Partner, executive introductions"),
])

F.add("en14-s-10-think-tank-unannounced", 1, "fake_think_tank", "mixed", False, [
    ("paid_task", "paid_task sensitive_info",
     "Two pages on the {prog} options not yet announced, and we'll make it worth your while."),
    ("paid_task", "paid_task sensitive_info vague_client",
     "Our members have enjoyed your public commentary on {sector}, but what they really value is the "
     "view from inside the room. Would you write us a short note on the options your department is "
     "weighing for {prog} that haven't been announced yet? It stays within our circle, it won't carry "
     "your name, and we look after our contributors generously."),
    ("paid_task", "paid_task sensitive_info vague_client",
     "Subject: Invitation to contribute - members' briefing series\n\nDear {me},\n\nI'm {name}, "
     "programme director at a private policy circle whose members work in finance and trade. We "
     "produce a short briefing series that is never published; members rely on it to anticipate "
     "decisions rather than read about them afterwards.\n\nWe would like you to contribute one "
     "briefing of about two thousand words on {sector}. We are less interested in what has already "
     "been said in public than in how the debate is running among officials: which options for {prog} "
     "are on the table, which are favoured, and what the timing looks like before anything is "
     "announced.\n\nThe piece would appear without attribution and would circulate only among our "
     "members. We look after our contributors well, and there would be further pieces if this one "
     "works out. Several serving officials already write for us on the same terms.\n\nWould you be "
     "willing? I would be glad to explain more by phone.\n\nWith best regards,\n{name}\nProgramme "
     "Director"),
])

F.add("en14-s-11-keep-it-quiet", 1, "handler_followup", "mixed", False, [
    ("secrecy", "secrecy",
     "Probably best not to mention our chats at {employer}. They wouldn't get it."),
    ("secrecy", "secrecy",
     "One more thing, {me}. I'd keep our conversations to yourself for now, including with your manager "
     "and the security people. They tend to see every outside friendship as a risk, and then you end "
     "up filling in forms for nothing. We're two people who enjoy talking about {sector}, that's all, "
     "and I'd like to keep it simple."),
    ("secrecy", "secrecy sensitive_info",
     "Subject: Re: next week\n\nHi {me},\n\nI understand why you hesitated on the phone, and I "
     "appreciate your honesty. Let me reassure you.\n\nNothing you've shared with me has gone further "
     "than me and one colleague whom I trust completely. I've never written your name anywhere. I "
     "would ask you to be equally careful on your side: there's no need to declare our meetings on "
     "those annual forms, and I'd avoid mentioning me to anyone at {employer}, even in passing. Once "
     "people start asking questions, they never stop, and it spoils a good friendship.\n\nFor the same "
     "reason, let's not meet at the usual café. I'll be at the bookshop on the corner near the station "
     "on {day} at six. Bring the notes on {prog} if you managed to put them together; if not, we'll "
     "just talk.\n\nYour friend,\n{first}\n\n> I'm not sure about all this. Should I tell someone at "
     "work?"),
])

F.add("en14-s-12-roundtable-side-dinner", 1, "fake_conference", "mixed", False, [
    ("meeting", "client_meeting",
     "After the roundtable, a private dinner with a few guests who aren't on the programme."),
    ("meeting", "client_meeting credential_targeting",
     "We'd be delighted to have you at our roundtable on {sector} in {city} this {month}. Travel and "
     "accommodation are arranged by us. The public session is short; the real value is the dinner "
     "afterwards with a few senior guests who can't appear on the list. They've asked specifically "
     "to hear from someone at {employer} about how the work is organised."),
    ("meeting", "client_meeting vague_client credential_targeting",
     "Subject: Your invitation - {city} roundtable\n\nDear {me},\n\nFollowing our brief exchange, I'm "
     "pleased to confirm your invitation to our closed roundtable on the future of {sector}, held in "
     "{city} in {month}.\n\nThe format is unusual. The morning session is a modest panel with a small "
     "audience, nothing you need to prepare. In the evening we host a private dinner for a handful of "
     "guests from government and industry who attend only on condition that their names stay off the "
     "programme and out of the photographs. They are particularly keen to understand how decisions on "
     "{prog} are taken and who the key engineers are.\n\nWe arrange everything: flights, a suite at "
     "the hotel, local transport and an extra day for sightseeing. You needn't use your work travel "
     "system, and there's no need to list the dinner on any form; it isn't part of the official "
     "event.\n\nPlease send your passport details so we can book.\n\nWith warm regards,\n{name}\n"
     "Events Office"),
])

F.add("en14-s-13-supply-chain-end-use", 1, "fake_trade_contact", "mixed", False, [
    ("elicitation", "sensitive_info",
     "Which programme do those forgings end up in? Just so we plan capacity."),
    ("elicitation", "sensitive_info",
     "Following our order for the housings, our planning team would like to understand the end use "
     "better. Which platform are they for, what delivery rate does {employer} expect next year, and "
     "who is the final user? We also noticed the drawings have a revision letter missing; could you "
     "send the full set, including the sheets marked for restricted circulation?"),
    ("elicitation", "sensitive_info",
     "Subject: Capacity planning for next year\n\nDear {me},\n\nThank you for the good cooperation on "
     "the last batch. Our factory manager was very pleased with the feedback on tolerances.\n\nTo "
     "plan capacity properly, we would appreciate a little more context than the purchase orders give "
     "us. In particular:\n- the programme the parts are destined for, and whether it is {prog};\n- "
     "expected volumes over the next three years, including any increase that has not yet been "
     "announced;\n- the names of the other suppliers on the same assembly, so we can coordinate "
     "directly;\n- the test results from your acceptance lab, especially any failures.\n\nWe "
     "understand that some of this sits outside the normal supplier portal. If it is easier, you could "
     "send it from your own address, or bring a copy when you visit our plant in {city}; we would be "
     "happy to host you for a few days.\n\nBest regards,\n{name}\nBusiness Development"),
])

F.add("en14-s-14-classmate-delegation", 1, "fake_alumni", "mixed", False, [
    ("elicitation", "sensitive_info",
     "Who's on the delegation list for the trip next month? Asking for a classmate."),
    ("elicitation", "sensitive_info credential_targeting",
     "So good to see you at the reunion! You mentioned you're now on the committee side at {employer}. "
     "I have an old friend who organises hospitality for visiting delegations. Could you tell me who's "
     "travelling in the {month} trip, what hotel they're in and the rough agenda? He likes to know in "
     "advance who the decision-makers are."),
    ("elicitation", "sensitive_info credential_targeting vague_client",
     "Subject: Reunion follow-up and a small favour\n\nHey {me},\n\nWhat a night! I still can't believe "
     "{first} showed up after twenty years. I've put the photos in the class folder.\n\nI wanted to ask "
     "you something I didn't want to bring up in front of everyone. I've been helping some people I "
     "know who follow {sector} very closely. They'd love to understand who actually matters on your "
     "side: the names behind {prog}, the org chart is on the website but not who "
     "really decides, and which of them travel abroad often.\n\nYou don't need to write anything "
     "formal. A quick list with a line on each person would be more than enough, or we could go "
     "through the staff directory together over a drink. These people are very appreciative of help "
     "and they remember their friends.\n\nLet's catch up soon either way.\n\n{first}"),
])

F.add("en14-s-15-retired-officials-circle", 1, "fake_policy_circle", "mixed", False, [
    ("contact", "credential_targeting",
     "You'd fit our circle well. Do you still see your old team?"),
    ("contact", "credential_targeting vague_client",
     "Dear {me}, congratulations on your retirement after so many years of service. I convene an "
     "informal circle of former officials who meet every quarter over lunch to talk about {sector}. "
     "Our guests appreciate hearing from people who still have friends in the department. Would you "
     "like to join us? And do you keep in touch with your successors?"),
    ("contact", "credential_targeting vague_client sensitive_info",
     "Subject: Lunch circle - invitation\n\nDear {me},\n\nI was given your name by a former colleague "
     "of yours who speaks very highly of you. I host a small, informal lunch circle for retired civil "
     "servants and officers who worked on {sector}. We meet four times a year in a private room; "
     "conversation is frank and nothing is recorded.\n\nSome of our guests are overseas friends who "
     "find it hard to understand how decisions are taken here. What helps them most is hearing from "
     "people who still have good relations with the serving team: who has moved where, which projects "
     "are growing, what worries the people in charge of {prog}.\n\nWe look after our members' "
     "expenses, of course, and there are occasional study trips to {city}, which many of our members "
     "enjoy.\n\nWould you join us at the next lunch on the first {day} of {month}? Bring any old "
     "colleague you think would enjoy it.\n\nWith warm regards,\n{name}\nConvenor"),
])

F.add("en14-s-16-mentor-drift", 1, "handler_followup", "mixed", False, [
    ("elicitation", "sensitive_info",
     "Proud of you, {me}! Out of interest, what were the actual numbers from {day}'s test?"),
    ("elicitation", "sensitive_info",
     "Our mentoring chats have been a joy, {me}. You've grown so much since we started. For our next "
     "session, bring the slides from your team's design review of {prog}, the full version with the "
     "margins and the failure cases, not the one for visitors. It will help me give you sharper advice "
     "on how to present to your directors."),
    ("elicitation", "sensitive_info credential_targeting",
     "Subject: Notes for our next session\n\nDear {me},\n\nThank you for an honest conversation on "
     "{day}. It's rare to mentor someone so open about their doubts, and I think you're ready for the "
     "senior role.\n\nTo help you prepare, I'd like us to work on real material rather than "
     "hypotheticals. Could you bring three things next time? First, the current risk register for "
     "{prog}, or at least the top ten risks as your team ranks them. Second, the names of the people "
     "on the steering group and where each of them stands on the budget question. Third, the test "
     "data from the {month} campaign, the raw version rather than the summary.\n\nI know it's more than "
     "most mentors ask for. But advice is only as good as the picture it's based on, and I don't want "
     "to give you generic guidance. Everything stays with me; I shred my notes after each session.\n\n"
     "Looking forward to it,\n{name}"),
])

F.add("en14-s-17-task-platform", 1, "task_scam", "mixed", False, [
    ("job_scam", "job_scam",
     "Level 2 unlocks once your balance is topped up, {me}. Then 40 tasks a day."),
    ("job_scam", "job_scam",
     "Congratulations, {me}, you passed the trial day! Your role is simple: rate 30 products a day in "
     "our web dashboard and your earnings appear at once. To unlock the premium orders you "
     "need to top up your balance first; it comes back with the commission at the end of the week. "
     "Most of our team members double it within a month."),
    ("job_scam", "job_scam",
     "Subject: Welcome to the Product Optimisation Team\n\nDear {me},\n\nWelcome aboard! We are happy "
     "to confirm your position as a remote Product Optimisation Assistant with our partner "
     "merchants.\n\nHow it works:\n- Log in each morning and complete your daily set of 40 product "
     "ratings.\n- Each completed set adds commission to your dashboard.\n- Some sets contain 'combination "
     "orders'. These require your balance to be topped up before you can continue; the amount is "
     "credited back together with a bonus when the set is complete.\n- Withdrawals open once you reach "
     "the Gold level.\n\nYour coach {first} will guide you through your first three days. Please do not "
     "discuss the task structure with people outside the team, as merchants protect their rating "
     "methods.\n\nWe look forward to working with you.\n\nOnboarding Team\nMerchant Growth Services"),
])

F.add("en14-s-18-camera-off-colleague", 1, "fake_researcher", "mixed", False, [
    ("meeting", "client_meeting",
     "My colleague will join on {day}. He prefers the camera off and nothing recorded."),
    ("meeting", "client_meeting sensitive_info vague_client",
     "Thanks for agreeing to a video chat, {me}. A senior colleague of mine will join; he's the one "
     "really interested in your lab's work. He keeps his camera off and doesn't like calls recorded, "
     "so please set it up from home rather than the office system. He'd like to hear how export "
     "approvals for your {sector} work are handled in practice."),
    ("meeting", "client_meeting sensitive_info vague_client",
     "Subject: Arrangements for {day}\n\nDear {me},\n\nI'm glad the timing works. A few details for our "
     "video meeting.\n\nI'll be joined by a senior colleague who funds much of our research; he "
     "introduces himself only by his first name and keeps his camera off, which is his habit with "
     "everyone. Please connect from a personal laptop rather than your work account, and from "
     "somewhere you won't be overheard. We'd rather not record.\n\nHe is most interested in three "
     "things: how your group handles the export approval process for {sector} components, which "
     "items on {prog} have been refused and why, and which of your colleagues are responsible for the "
     "licence applications. If you have any examples of past applications, it would help to have them "
     "open during the call.\n\nIf this goes well, he would like to meet you in person in {city} later "
     "this year, at our expense.\n\nBest regards,\n{name}"),
])

F.add("en14-s-19-community-list", 1, "coercion", "mixed", False, [
    ("coercion", "coercion",
     "Just the names of who comes on Saturdays. It will help your parents."),
    ("coercion", "coercion",
     "Hello {me}, I'm a friend of your father's from {home}. He asked me to contact you. People there "
     "would like to know who attends the association's Saturday meetings and who organises the "
     "language classes. If you could send a list with phone numbers, it would show goodwill, and "
     "your father's pension problem would be much easier to sort out."),
    ("coercion", "coercion",
     "Subject: From your father's friend\n\nDear {me},\n\nI hope you don't find this letter strange. I "
     "have known your family in {home} for many years; your father and I worked together before you "
     "were born.\n\nI'll be direct, because I care about him. The local office has reopened his file. "
     "They say that his child abroad keeps bad company and joins meetings that speak against the "
     "country. I told them you are a good person who only wants a quiet life, and they said there is "
     "a simple way to prove it.\n\nThey would like to know who runs the association you attend, who "
     "speaks at the meetings, and who helps new arrivals with their papers. Photographs from the "
     "last event would help too. If you do this, they promised me your father's travel permission "
     "will be restored and your mother's treatment will not be interrupted.\n\nPlease think about your "
     "parents. They are not young any more.\n\nWith respect,\nOld Zhou"),
])

F.add("en14-s-20-other-number", 1, "handler_followup", "mixed", False, [
    ("pivot", "off_platform secrecy",
     "Got another number, {me}? One your office doesn't know about."),
    ("pivot", "off_platform secrecy",
     "[{day} 22:48] {first}: hey, quick thing\n[{day} 22:48] {first}: better if we stop using this "
     "phone, it's the one {employer} gave you right?\n[{day} 22:50] {first}: pick up a cheap second "
     "handset or a new number and text me from that\n[{day} 22:51] {first}: I'll wipe this thread on my "
     "side. nobody at work needs to wonder who you're chatting with"),
    ("pivot", "off_platform secrecy",
     "Subject: A small change\n\nHi {me},\n\nThanks for the call yesterday. Before we carry on, I'd "
     "like to suggest a change in how we keep in touch.\n\nI noticed you replied from your work phone "
     "twice last week. I'm sure you know your company's rules better than I do, but in my experience "
     "those devices are looked at more often than people think, and I'd hate for a simple friendship to "
     "be misread. Could you get a separate number for us? A top-up SIM is easiest; the corner shop "
     "near your station sells them. Use it only for our messages and keep it at home.\n\nWhile you're "
     "at it, let's stop using real names in messages. I'll sign as 'the gardener', and you can be "
     "'the neighbour'. It sounds silly, I know, but it protects both of us.\n\nText me the new number "
     "when you have it and I'll send details for {day}.\n\nBest,\n{first}"),
])

F.add("en14-s-21-envelope-with-relative", 1, "handler_followup", "mixed", False, [
    ("payment", "unusual_payment",
     "I left a small thank-you with {relative}. Open it at home."),
    ("payment", "unusual_payment secrecy",
     "[{day} 18:05] {first}: your sister is lovely, had tea with her in {home}\n[{day} 18:06] {first}: "
     "left an envelope with her, a thank-you for the {prog} notes\n[{day} 18:07] {first}: easier than "
     "the bank and nothing to declare\n[{day} 18:09] {first}: there'll be another one after we meet "
     "next time, same way"),
    ("payment", "unusual_payment secrecy paid_task",
     "Subject: Thank you\n\nDear {me},\n\nI wanted to thank you properly for the time you spent on "
     "the questions about {sector}. The people I work with found your answers on the production "
     "schedule extremely useful and would like more of the same.\n\nAs we discussed, I won't send "
     "anything through the bank. Instead, my assistant will leave a parcel with your mother in {home} "
     "next week. It contains an envelope and a watch, which I hope you'll accept as a sign of "
     "friendship. For the next round, we could also arrange for your nephew's university costs to be "
     "taken care of directly, which is simpler for everyone and leaves no record in your name.\n\n"
     "Please don't mention these arrangements at {employer}; some people there would find it hard to "
     "understand friendship between our two worlds.\n\nWith gratitude,\n{first}"),
])

F.add("en14-s-30-gym-friend-shifts", 1, "fake_acquaintance", "mixed", False, [
    ("elicitation", "sensitive_info",
     "who's on nights at the substation this week? just curious, {me}"),
    ("elicitation", "sensitive_info",
     "[{day} 19:40] {first}: good session today, my legs are gone\n[{day} 19:41] {first}: random "
     "question, at {employer} do you still do the handover at 10 pm?\n[{day} 19:43] {first}: and who "
     "holds the keys to the control room on weekends, is it always the same two people?\n[{day} "
     "19:44] {first}: my mate is writing a thriller and wants it realistic haha"),
    ("elicitation", "sensitive_info credential_targeting",
     "Subject: that thing I asked about\n\nHey {me},\n\nSorry if I went on a bit after the gym "
     "last night. You were kind to answer, and you clearly know the site inside out.\n\nI've been "
     "chatting to an old friend who studies how big sites like yours run day to day, and he found "
     "what you said fascinating. He had a few follow-ups I promised to pass on, if you don't mind:\n"
     "- How many people are on site overnight, and when do the shifts change?\n- Which doors and "
     "systems still use the old card readers you mentioned?\n- Who signs off when the {sector} "
     "equipment is taken offline for maintenance, and how far ahead is that planned?\n- Is there a "
     "floor plan somewhere, even an old one?\n\nNo need to write it all out; we could go through it "
     "over a drink after Thursday's session, and he'd love to join if you're up for it. He's a "
     "generous host.\n\nCheers,\n{first}"),
])

# ---------------------------------------------------------------------------------------------
# Suspicious, overt: the stock words of the funnel are there.
# ---------------------------------------------------------------------------------------------

F.add("en14-s-22-recruiter-app-pivot", 1, "fake_recruiter", "mixed", False, [
    ("pivot", "off_platform vague_client",
     "My client prefers {app}. Add me there and I'll share the role."),
    ("pivot", "off_platform vague_client credential_targeting",
     "Hi {me}, I'm a recruiter for a fast-growing client in {sector} who values cleared engineers like "
     "you. The details are sensitive, so I'd rather not discuss them on this platform. Could we "
     "continue on {app}? My number is +86 138 0000 0000. Or send me your personal e-mail, not the "
     "{employer} one, and I'll write from there."),
    ("pivot", "off_platform vague_client credential_targeting",
     "Subject: {role} opportunity - let's move this off LinkedIn\n\nDear {me},\n\nThank you for "
     "replying to my InMail. As I mentioned, I'm recruiting on behalf of a client in the {sector} space "
     "who is expanding quickly in Asia and needs senior people who hold, or have held, a security "
     "clearance. The package is very generous and the work is largely advisory and remote.\n\nMy "
     "client is a private company and is cautious about publicity, so I can't share their name on "
     "this site; LinkedIn messages are also monitored by employers more than people realise. The "
     "easiest way forward is for you to add me on {app} (search for the handle harbour_talent_88) or "
     "to send your CV to my personal address, talent.harbour@mail.example.net.\n\nOnce we're "
     "connected there, I'll send the full job description and arrange a first call with the client's "
     "director. Please don't forward this message to anyone at {employer} for now.\n\nBest regards,\n"
     "{name}\nTalent Partner"),
])

F.add("en14-s-23-paid-reports-client", 1, "fake_consultant", "mixed", False, [
    ("paid_task", "paid_task vague_client",
     "Client pays {amount} per report. Two pages is enough."),
    ("paid_task", "paid_task vague_client",
     "Dear {me}, my consultancy, {firm}, serves a client who wants regular reports on {sector} policy. "
     "We pay {amount} per report of 3-5 pages, with a bonus for timely material. No need to sign "
     "anything formal; we can start with a trial report on the outlook for {prog} next week."),
    ("paid_task", "paid_task vague_client unusual_payment",
     "Subject: Consulting reports - terms\n\nDear {me},\n\nIt was a pleasure to speak with you. As "
     "promised, here are the terms for the report series my client has asked for.\n\nScope: monthly "
     "analytical reports on {sector} developments, with a focus on how {employer} and its partners "
     "see the next two years. The client is a research organisation in Asia that prefers to remain "
     "anonymous; I handle all communication.\n\nFee: {amount} per report, paid within a week of "
     "delivery. We can pay by bank transfer to an account of your choice, by PayPal, or in USDT if "
     "you prefer discretion. The first report can be short, a trial so the client can judge the "
     "quality.\n\nFormat: plain text, no letterhead, sent to my personal address rather than through "
     "{firm}'s system.\n\nI'm confident this will be a rewarding relationship. Please confirm and I'll "
     "send the first set of questions.\n\nRegards,\n{name}\nSenior Consultant, {firm}"),
])

F.add("en14-s-24-internal-drift", 1, "handler_followup", "mixed", False, [
    ("elicitation", "sensitive_info paid_task",
     "Nothing classified on {prog}, just what's discussed internally. Same fee as last time."),
    ("elicitation", "sensitive_info paid_task vague_client",
     "Your last report was good, {me}, but my client felt it was mostly public material. For the next "
     "one they'd like what's discussed internally about {prog}: budget figures, the internal schedule, "
     "and the minutes from the last review. Nothing classified, of course. They'll double the fee "
     "for that."),
    ("elicitation", "sensitive_info paid_task vague_client secrecy",
     "Subject: Feedback on your last paper\n\nHi {me},\n\nMy client read your paper on {sector} and "
     "asked me to pass on their thanks. The analysis was sound, but I'll be honest: most of it could "
     "be found online, and they are paying for insight they can't get elsewhere.\n\nFor the next "
     "paper they'd like you to go deeper. Specifically: the internal cost estimates for {prog}, the "
     "list of subcontractors under consideration, and any confidential test results from the last "
     "quarter. They understand you can't send classified documents and they don't want any; a summary "
     "in your own words of what is discussed internally is enough.\n\nThe fee will be {amount}, twice "
     "the usual amount. As always, please keep this between us and send it from your personal "
     "account.\n\nBest,\n{first}"),
])

F.add("en14-s-25-meet-client-abroad", 1, "handler_followup", "mixed", False, [
    ("meeting", "client_meeting vague_client",
     "The client wants to meet you in {city}. Flights and hotel paid."),
    ("meeting", "client_meeting vague_client secrecy",
     "Good news, {me}: my client was impressed and would like to meet you in person in {city} next "
     "month. We'll pay for business-class flights, five nights in a good hotel and a generous daily "
     "allowance. Please book leave rather than a work trip, and there's no need to tell your employer "
     "where you're going."),
    ("meeting", "client_meeting vague_client secrecy unusual_payment",
     "Subject: Travel to {city}\n\nDear {me},\n\nI'm delighted to tell you that the client wishes to "
     "meet you in person. They have read all your reports with great interest and want to discuss a "
     "longer-term arrangement.\n\nThe meeting will take place in {city} over two days in {month}. We "
     "will pay for your flights, your hotel and all meals, and you will receive {amount} in cash on "
     "arrival for your time. Please fly on your personal passport and book the trip as a holiday. The "
     "client values discretion: don't tell your employer, your colleagues or your family the purpose "
     "of the trip.\n\nAt the meeting, the client's director would like to go through the {prog} "
     "questions in more detail. Bring anything you think will be useful, on paper rather than a "
     "laptop.\n\nI'll send the tickets once you confirm the dates.\n\nWarm regards,\n{name}\n{firm}"),
])

F.add("en14-s-26-dont-tell-employer", 1, "handler_followup", "mixed", False, [
    ("secrecy", "secrecy",
     "Keep this between us, {me}. No need to tell {employer} about our arrangement."),
    ("secrecy", "secrecy paid_task",
     "Just a reminder, {me}: our consulting arrangement is confidential. Please don't list it on your "
     "annual declaration and don't tell your employer or the security officer. If anyone asks, say you "
     "do occasional freelance writing. Delete our {app} chats every week to be safe."),
    ("secrecy", "secrecy paid_task off_platform",
     "Subject: Some ground rules\n\nDear {me},\n\nNow that we've worked together for a few months, I'd "
     "like to agree a few ground rules so that our arrangement stays safe for both of us.\n\n1. Our "
     "work is strictly confidential. Don't mention it to your employer, your colleagues or the vetting "
     "officer, and leave it off any conflict-of-interest forms.\n2. Use only {app} with disappearing "
     "messages switched on. Never write to me from your work e-mail or phone.\n3. Don't save files on "
     "a work device. Print what you need and bring it to our meetings.\n4. If you are ever asked about "
     "me, I'm an old friend from university who works in trade.\n\nThese are routine precautions, and "
     "the client is very pleased with your work. Your fee for the last two reports will be paid this "
     "week.\n\nBest,\n{first}"),
])

F.add("en14-s-27-crypto-giftcards", 1, "handler_followup", "mixed", False, [
    ("payment", "unusual_payment",
     "Send me your USDT wallet address by {day}. Bank transfers are too slow for this."),
    ("payment", "unusual_payment paid_task",
     "[{day} 13:47] {first}: payment for the {sector} analysis is ready\n[{day} 13:48] {first}: bank "
     "transfers cause questions so we pay in bitcoin or USDT\n[{day} 13:48] {first}: or Apple gift "
     "cards if you don't have a wallet\n[{day} 13:50] {first}: tell me which and I'll send {amount} "
     "today"),
    ("payment", "unusual_payment paid_task secrecy",
     "Subject: Payment options\n\nDear {me},\n\nThank you for the excellent paper. My finance team "
     "has approved the payment of {amount} and asked me to confirm how you would like to receive it.\n"
     "\nOption A: crypto (USDT on TRC20 or bitcoin). Fast, and it doesn't show on your bank statement.\n"
     "Option B: gift cards from a major retailer, sent as codes by e-mail to your personal address.\n"
     "Option C: cash, handed over when we next meet.\n\nWe don't recommend bank transfers for this "
     "kind of consulting, as banks sometimes ask for contracts and invoices we prefer not to produce. "
     "Also, please don't declare this income through your employer's outside-work process; it "
     "creates paperwork nobody needs.\n\nReply with your choice and wallet address.\n\nRegards,\n"
     "{name}\nAccounts, {firm}"),
])

F.add("en14-s-28-police-threat-return", 1, "coercion", "mixed", False, [
    ("coercion", "coercion",
     "Police visited your parents again. Return home and explain yourself, or it gets worse."),
    ("coercion", "coercion",
     "This is the {home} public security bureau. Your activities abroad have been noted. Your mother "
     "was questioned today. Contact this office on +86 138 0000 0000 within seven days and make "
     "arrangements to return. If you cooperate, your family will not be troubled further."),
    ("coercion", "coercion sensitive_info",
     "Subject: Notice to overseas citizen\n\n{me},\n\nThis is a formal notice from the overseas "
     "liaison office of the {home} police. Our records show that you have taken part in activities "
     "abroad that harm national interests, including gatherings organised by the association in your "
     "city.\n\nYou are required to return home before the end of {month} to clarify your situation. "
     "Until then, your parents' household registration is under review and your brother has been "
     "suspended from his post. These measures will be lifted once you return or, at a minimum, "
     "provide a written account of the association's members, their addresses and their plans.\n\n"
     "You may contact our representative in your city through {app}. Do not discuss this notice with "
     "the local authorities; doing so will be considered a refusal to cooperate.\n\nOverseas Liaison "
     "Office"),
])

F.add("en14-s-29-job-scam-deposit", 1, "job_scam", "mixed", False, [
    ("job_scam", "job_scam unusual_payment",
     "You're hired, {me}! Just pay the USD 150 equipment deposit via gift card today."),
    ("job_scam", "job_scam off_platform",
     "Congratulations {me}, after reviewing your CV we offer you the remote Data Entry Clerk role at "
     "USD 38/hour. Please reply from your personal Gmail, not LinkedIn, and send a copy of your ID. "
     "A training kit costs USD 250, refundable with your first salary."),
    ("job_scam", "job_scam unusual_payment off_platform",
     "Subject: Offer of Employment - Remote Administrative Assistant\n\nDear {me},\n\nFollowing your "
     "interview on Telegram with our hiring manager, we are pleased to offer you the position of "
     "Remote Administrative Assistant at a salary of USD 4,200 per month.\n\nBefore your start date "
     "we will send you a cheque for USD 3,800 to buy your home-office equipment from our approved "
     "vendor. Please deposit the cheque into your account and transfer USD 3,500 to the vendor the same "
     "day, as they ship only after receiving payment. Keep the remaining USD 300 as a welcome bonus."
     "\n\nYou will also need to pay a one-time background check fee of USD 95 in gift cards; please "
     "send the card codes to hr.onboarding.desk@mail.example.org.\n\nWelcome to the team!\n\nHuman "
     "Resources Department"),
])

# ---------------------------------------------------------------------------------------------
# Benign: the same voices and surface words, honest intent.
# ---------------------------------------------------------------------------------------------

F.add("en14-b-01-former-colleague-catchup", 0, "friendly_meetup", "mixed", True, [
    ("none", "",
     "saw the {prog} announcement on the news, congrats to the whole team!"),
    ("none", "",
     "{me}! Lovely to reconnect. I read the press release about {prog}, sounds like the team pulled it "
     "off after all those late nights. I won't ask about anything you can't talk about, I remember the "
     "drill. Mostly I wanted to say I'm back in town from {month} and would love a pint. Is the old "
     "place by the station still open?"),
    ("none", "",
     "Subject: Re: catching up\n\nHi {me},\n\nWhat a treat to hear your voice on {day}. I still can't "
     "believe you have three kids now, and congratulations on making principal; you earned it after "
     "cleaning up the {sector} mess we were handed.\n\nYou sounded a bit cagey about {prog}, and quite right too; I'd have been the same in your shoes. "
     "I'll wait for the public launch like everyone else and cheer from the sidelines. What I really "
     "wanted to ask is whether you'd give me a reference for the role I'm applying for at {employer}'s "
     "competitor. They want someone who worked with me on the old test rig, and you're the obvious "
     "person. It's a ten-minute phone call with their HR, nothing about your current work.\n\nAnd "
     "yes, dinner when I'm next in town, my treat. The Lebanese place, if it's still there.\n\nAll the "
     "best,\n{first}\n\n> On {day}, {me} wrote:\n> So lovely to hear from you, it's been mad here "
     "but all good."),
])

F.add("en14-b-02-phd-student-ethics", 0, "grad_student_request", "mixed", True, [
    ("none", "",
     "Thanks for the interview, {me}! Transcript attached to check before I use quotes."),
    ("none", "",
     "Dear {me}, I'm a doctoral researcher at {uni} studying how engineering teams in {sector} manage "
     "risk. My project has ethics approval (ref. HREC-2031-114). I'd like a 45-minute interview about "
     "your career path and your views on published case studies. I'm not asking about any current "
     "programme or anything your employer hasn't made public, and you can withdraw at any time. A "
     "GBP 20 voucher is offered as thanks."),
    ("none", "",
     "Subject: Research interview request - {uni} (ethics ref. HREC-2031-114)\n\nDear {me},\n\nMy name "
     "is {name} and I'm a third-year doctoral researcher in the Department of Engineering Management "
     "at {uni}, supervised by Professor Anjali Rao. My thesis looks at how large engineering "
     "programmes in {sector} learn from published failures.\n\nI'm inviting practitioners to a "
     "one-hour interview. Please note:\n- The study has full ethics approval; the participant "
     "information sheet and consent form are attached.\n- I will only ask about your general "
     "experience and about publicly documented cases. Please do not share anything confidential, "
     "commercially sensitive or security-related; if a question strays there, simply decline.\n- "
     "Interviews are recorded only with your consent, transcribed, anonymised and stored on the "
     "university's secure server.\n- You may want to check with your line manager first; I'm happy to "
     "write to them.\n\nParticipants receive a GBP 20 voucher, or a donation to a charity of their "
     "choice.\n\nWith thanks,\n{name}\nDoctoral Researcher, {uni}\nresearch.office@uni.example.ac.uk"),
])

F.add("en14-b-03-investor-public-results", 0, "genuine_investor", "mixed", True, [
    ("none", "",
     "Great results call. Will the slides be on the investor site today?"),
    ("none", "",
     "Hello, I'm an analyst at a long-only fund that holds shares in {employer}. Ahead of the "
     "half-year results I'd like to book a slot with investor relations to go over the published "
     "guidance on {sector}. I understand the company is in its closed period, so I'm only asking about "
     "figures already in the annual report and the last trading update."),
    ("none", "",
     "Subject: Meeting request - published results and the {sector} segment\n\nDear Investor "
     "Relations team,\n\nI'm {name}, a portfolio manager at Saltmarsh Capital (FCA-registered), where "
     "we have held {employer} shares for four years. I'd like to request a meeting with your CFO or the "
     "IR team after the results on {day}.\n\nOur questions concern the public record only:\n1. How "
     "the margin bridge in the results presentation splits between pricing and volume.\n2. The capital "
     "expenditure guidance for the {sector} segment as stated in the annual report.\n3. How the "
     "order book figure is defined.\n\nWe are aware of the company's disclosure policy and do not "
     "expect, and would not accept, any inside information. If anything discussed could be "
     "price-sensitive, please stop us. We are happy to have your IR officer and a second colleague in "
     "the room.\n\nI've copied our compliance team for the record.\n\nKind regards,\n{name}\n"
     "Portfolio Manager, Saltmarsh Capital\ncompliance@saltmarsh.example.com"),
])

F.add("en14-b-04-cousin-visit", 0, "family_chat", "mixed", True, [
    ("none", "",
     "Grandma asks when you're coming home. She's saving the good tea for you!"),
    ("none", "",
     "[{day} 19:02] {first}: cousin!! are you coming back to {home} for the wedding?\n[{day} 19:03] "
     "{first}: {relative} wants to know so she can book the restaurant\n[{day} 19:05] {first}: also "
     "mum says send her your flight number on WeChat, dad will pick you up\n[{day} 19:06] {first}: "
     "and don't bring presents this time, everyone says so (bring the chocolate though)"),
    ("none", "",
     "Subject: Plans for the summer visit\n\nDear cousin,\n\nIt was so good to video call last week. "
     "{relative} still talks about how tall the kids have grown!\n\nHere's what we've planned so far. "
     "You land on the 12th and Dad will pick you up at the airport. You'll stay with us in {home}; the "
     "spare room is ready. On the 15th we go to the countryside for Grandma's birthday, and the "
     "wedding is on the 20th. The couple asked for no gifts, but everyone is sending red envelopes "
     "anyway, so bring some cash in small notes.\n\nAbout the money for {relative}'s hospital bill: "
     "thank you for offering. The easiest way is the bank transfer to my account, same as at New Year, "
     "and I'll take it to the hospital and send you the receipt. Don't tell {relative} how much, she'll "
     "only refuse it.\n\nLet me know if you want me to book the train to the countryside.\n\nLove,\n"
     "{first}"),
])

F.add("en14-b-05-journalist-on-record", 0, "journalist_interview", "mixed", True, [
    ("none", "",
     "Reporter here: any comment on record about today's {prog} announcement?"),
    ("none", "",
     "Hi {me}, I'm a reporter at the Harbour Gazette covering the announcement of {prog}. I'd like a "
     "short interview on the record, with your name and title, about what the public documents mean "
     "for local jobs. I've also contacted {employer}'s press office, who can sit in. If you'd rather "
     "not, no problem at all."),
    ("none", "",
     "Subject: Interview request - {prog} announcement (on the record)\n\nDear {me},\n\nI'm {name}, a "
     "technology correspondent at the Northern Ledger. Following yesterday's public announcement of "
     "{prog}, I'm writing a feature on what it means for the {sector} industry in the region.\n\nI'd "
     "like to interview you on the record for about 20 minutes. I'd quote you by name and job title, "
     "and I'm happy to read back your quotes before publication. I'm only interested in what has been "
     "announced publicly and in your own professional view of the field; I won't ask about anything "
     "your employer hasn't published, and I've copied {employer}'s media relations team, as I know "
     "most companies prefer staff interviews to go through them.\n\nMy deadline is {day} at 5 pm. "
     "Phone or video both work.\n\nBest wishes,\n{name}\nTechnology Correspondent, the Northern "
     "Ledger\nnewsdesk@ledger.example.co.uk | 020 7946 0132"),
])

F.add("en14-b-06-recruiter-named-role", 0, "genuine_recruiter", "mixed", True, [
    ("none", "",
     "Can we move to WhatsApp just for scheduling? Easier than InMail for times."),
    ("none", "",
     "Hi {me}, I'm an in-house recruiter at {employer}. We're hiring a {role} in Bristol, salary GBP "
     "72,000-85,000 plus bonus, hybrid three days on site. The job spec is on our careers page "
     "(ref. NV-2214). Would you send a CV or book a 20-minute call? Happy to text on WhatsApp to "
     "schedule if that's easier; the interviews themselves go through our normal process."),
    ("none", "",
     "Subject: {role} - {employer}, Bristol (ref. NV-2214)\n\nHi {me},\n\nThanks for getting back to "
     "me. As promised, the details:\n\nCompany: {employer}\nRole: {role}, {sector} team\nLocation: "
     "Bristol, hybrid (3 days on site)\nSalary: GBP 72,000-85,000 plus 10% bonus and pension\n"
     "Clearance: the role requires SC; we sponsor it, you don't need to hold it today.\n\nThe process "
     "is a 30-minute call with me, a technical interview with the hiring manager and a half-day on "
     "site. Travel to the site interview is reimbursed through our expenses system.\n\nYou asked "
     "whether we can sort times on WhatsApp as you're travelling; of course, my work mobile is +44 "
     "7700 900418. I'll send the formal invitations from my work address, and please don't send "
     "anything about your current employer's projects at any stage; we only need your CV.\n\nBest "
     "regards,\n{name}\nTalent Acquisition, {employer}\ncareers@northvale.example.com"),
])

F.add("en14-b-07-expert-network", 0, "expert_network", "mixed", True, [
    ("none", "",
     "{network}: one-hour call, USD 400. Compliance attestation attached."),
    ("none", "",
     "Hello {me}, I'm a research associate at {network}. One of our clients, an investment firm, would "
     "like a one-hour call on public trends in {sector}. We offer USD 450 for the hour. Before any "
     "call you'll complete our compliance attestation confirming you won't share confidential or "
     "non-public information, or anything your employer prohibits."),
    ("none", "",
     "Subject: Paid consultation - {sector} market structure ({network})\n\nDear {me},\n\nI'm {name}, "
     "an associate at {network}, an expert network that connects investors with industry "
     "professionals for paid consultations.\n\nThe project: our client, a London-based asset manager, "
     "wants to understand the competitive landscape in {sector}, based on publicly available "
     "information and your general industry experience. The call lasts one hour and pays USD 500 via "
     "our payment platform, with a 1099 or equivalent statement.\n\nBefore scheduling, you'll complete "
     "our compliance attestation. In it you confirm that you will not disclose confidential, "
     "proprietary or material non-public information, including anything about your current "
     "employer; that the call is consistent with your employer's policies; and that you may end the "
     "call at any time. A compliance officer may listen in. If you work for a government body or "
     "hold a clearance, please tell us, as some such roles are excluded from our platform.\n\nBest "
     "regards,\n{name}\nResearch Associate, {network}\nprojects@network.example.com"),
])

F.add("en14-b-08-think-tank-public-review", 0, "think_tank_commission", "mixed", True, [
    ("none", "",
     "The review fee is GBP 600; your name goes on the published paper."),
    ("none", "",
     "Dear {me}, {tank} is publishing a policy paper on {sector} supply chains in {month}. Would you act "
     "as a named external reviewer? The draft uses only public sources, and we ask for comments on "
     "method and balance, not on anything from your day job. We offer a GBP 600 honorarium, and your "
     "name appears in the acknowledgements. Please check with your employer first."),
    ("none", "",
     "Subject: Invitation to peer-review a public policy paper ({tank})\n\nDear {me},\n\nI'm {name}, "
     "head of research at {tank}, a registered charity (no. 1190447) that publishes open-access "
     "analysis on technology and security policy. Our funders are listed on our website.\n\nWe are "
     "finalising a paper on resilience in {sector}, to be launched publicly in {month} at an event in "
     "Westminster. We would be grateful if you would serve as one of two named peer reviewers.\n\nThe "
     "draft (about 9,000 words) relies entirely on published sources. We ask for written comments on "
     "accuracy, method and balance within three weeks. We do not want, and will not use, any "
     "non-public information from your work; if you're unsure whether something is public, please "
     "leave it out.\n\nWe offer an honorarium of GBP 750, paid by bank transfer against an invoice, "
     "and we will reimburse standard-class rail travel if you attend the launch. Many reviewers "
     "check with their employer's outside-activities process first; we can provide a letter.\n\nWith "
     "best wishes,\n{name}\nHead of Research, {tank}\nresearch@policy.example.org"),
])

F.add("en14-b-09-conference-speaker-abroad", 0, "conference_invite", "mixed", True, [
    ("none", "",
     "Your flight to {city} is booked. Hotel confirmation is in the speaker pack."),
    ("none", "",
     "Dear {me}, on behalf of the programme committee I'm pleased to invite you to speak at the "
     "International Symposium on {sector} in {city}, {month}. The organisers cover economy flights and "
     "three nights at the conference hotel. Talks are public and recorded; slides go on the symposium "
     "website. Please confirm with your organisation's travel policy."),
    ("none", "",
     "Subject: Invited speaker - International Symposium on {sector}, {city}\n\nDear {me},\n\nOn behalf "
     "of the programme committee of the International Symposium on {sector}, I am delighted to invite "
     "you to give a 30-minute talk in the session on open standards.\n\nThe symposium runs for three "
     "days in {month} at the {city} Convention Centre and is organised by a consortium of universities "
     "and professional societies; the full programme and sponsor list are on the public website. All "
     "sessions are open to registered attendees and recorded.\n\nFor invited speakers we cover:\n- "
     "economy return flights, booked by our travel agent in your name;\n- three nights at the "
     "conference hotel;\n- registration and the conference dinner.\nWe do not offer a speaker fee.\n\n"
     "We ask that your talk draws on published work. Many speakers need approval from their "
     "employer's travel or security office for travel to {city}; we're happy to send a formal letter "
     "to whoever handles that. Please reply by the end of the month.\n\nKind regards,\n{name}\n"
     "Programme Chair\nspeakers@symposium.example.org"),
])

F.add("en14-b-10-colleague-board-slides", 0, "coworker_channel", "mixed", True, [
    ("none", "",
     "{me} can you send me the draft of the board slides before Thursday?"),
    ("none", "",
     "[{day} 08:41] {first}: morning! can you drop the internal draft of the {prog} slides in the team "
     "channel before the board prep?\n[{day} 08:42] {first}: the confidential version, not the customer "
     "one, Sarah needs the real numbers\n[{day} 08:44] {first}: and please don't e-mail it outside, "
     "the board pack only goes through the secure portal"),
    ("none", "",
     "Subject: Board pack - {prog} section\n\nHi {me},\n\nQuick one before the board on Thursday. "
     "Could you put your draft slides for the {prog} section into the board folder on SharePoint by "
     "{day} noon? I'll merge them with finance's numbers.\n\nA few reminders from the company "
     "secretary, because last quarter got messy:\n- The pack is marked Confidential - Board. Only "
     "share it through the board folder; don't attach it to e-mails or paste slides into Teams "
     "chats.\n- Please use the internal schedule, not the customer-facing one. The board needs the "
     "real dates, including the two milestones that slipped.\n- If you're working from home, use the "
     "company laptop and the VPN, not your personal machine.\n\nIf you'd rather walk me through it, "
     "I'm free on Teams after 3 today.\n\nThanks!\n{first}\nStrategy Office, {employer}"),
])

F.add("en14-b-11-public-tender", 0, "procurement_notice", "mixed", True, [
    ("none", "",
     "Clarification deadline for the {sector} tender is {day} 12:00 via the portal."),
    ("none", "",
     "Dear supplier, this is a reminder that the tender for {sector} maintenance services (ref. "
     "PT-4471) closes on {day} at noon. Clarification questions must go through the e-procurement "
     "portal only; answers are published to all bidders. Staff on the evaluation panel are not allowed "
     "to discuss the tender with bidders during the standstill period."),
    ("none", "",
     "Subject: Contract award notice - {sector} framework (ref. PT-4471)\n\nDear bidder,\n\nThank you "
     "for your tender for the {sector} framework. We write to inform you of the outcome of the "
     "evaluation.\n\nThe contract is to be awarded to Glenmoor Systems Ltd. Your tender was ranked "
     "second. Attached you will find your own scores against each criterion, the scores of the winning "
     "bid, and the relative advantages of the winning tender, as the procurement regulations require. "
     "We cannot share information on other bidders' pricing or methods.\n\nA standstill period of ten "
     "days now applies. If you wish to ask for a debrief, please do so through the portal; members "
     "of the evaluation panel will not respond to direct approaches, by phone or in person, and any "
     "such contact will be recorded. The award notice will be published on the national contracts "
     "website after the standstill.\n\nYours faithfully,\n{name}\nCategory Manager, Commercial "
     "Directorate"),
])

F.add("en14-b-12-security-awareness", 0, "security_awareness", "mixed", True, [
    ("none", "",
     "Reminder: never move to {app} with a recruiter you do not know."),
    ("none", "",
     "Security tip of the week: be wary if someone you met online offers to pay for 'reports' for an "
     "unnamed client, asks you to continue on WhatsApp or Telegram, invites you abroad with flights "
     "paid, or says there's no need to tell your employer. Report it to the security team; you won't "
     "be in trouble."),
    ("none", "",
     "Subject: Think before you link - how approaches work\n\nDear colleagues,\n\nThis month's "
     "awareness note covers online approaches. Public warnings from security services describe the "
     "same steps again and again:\n\n1. A flattering contact from a 'recruiter', 'consultant' or "
     "'think-tank researcher' who has studied your profile and your clearance.\n2. A quick move off "
     "the platform: 'let's continue on WeChat', 'add me on WhatsApp', 'send me your personal e-mail'.\n"
     "3. Paid work: short reports or white papers for a client who is never named, with generous "
     "fees, sometimes in crypto or gift cards.\n4. Questions that drift from public topics to internal "
     "or confidential ones: 'nothing classified, just what's discussed internally'.\n5. An invitation "
     "to meet the client abroad, travel paid, and a request to keep it quiet.\n\nSubtle versions never "
     "use these words; watch what is being asked, not how. If something feels off, report it to "
     "security@corp.example.com. Reporting is always the right call.\n\nProtective Security "
     "Team, {employer}"),
])

F.add("en14-b-13-clearance-advert", 0, "cleared_job_ad", "mixed", True, [
    ("none", "",
     "Now hiring: {role}, active DV clearance required. Apply on our careers site."),
    ("none", "",
     "{employer} is hiring a {role} for its {sector} programme in Farnborough. Salary GBP 78,000-92,000 "
     "plus 12% pension. Candidates must hold current DV clearance and be UK nationals. Apply through "
     "our careers site only; we never ask for fees, gift cards or a move to a messaging app during "
     "recruitment."),
    ("none", "",
     "Subject: Job alert - {role} (Secret clearance required)\n\nPosition: {role}\nEmployer: "
     "{employer}\nLocation: Huntsville, Alabama (on site)\nSalary range: USD 128,000-152,000, plus "
     "401(k) match and relocation assistance\n\nAbout the role: you will lead design reviews and "
     "verification for {sector} subsystems on a defence programme. You will work with engineering, "
     "quality and customer teams to deliver hardware on schedule.\n\nRequirements:\n- Active Secret "
     "clearance (ability to upgrade to TS/SCI is a plus); US citizenship required.\n- 8+ years in "
     "{sector} or a related field.\n- Experience with requirements management and formal test "
     "campaigns.\n\nHow to apply: through the careers portal only. Our recruiters use company e-mail "
     "addresses ending in @corvid.example.com and will never ask you to pay for training, move to a "
     "chat app, or discuss current programmes before an offer. Equal opportunity employer.\n\nYou "
     "receive this alert because you saved the search '{sector} cleared'. Unsubscribe at any time."),
])

F.add("en14-b-14-hr-onboarding", 0, "hr_onboarding", "mixed", True, [
    ("none", "",
     "{me}, please upload your passport scan to the onboarding portal, not by e-mail."),
    ("none", "",
     "Welcome to {employer}, {me}! Before your start date on {day}, please log in to the onboarding "
     "portal and upload your passport, proof of address and bank details for payroll. Don't send ID "
     "documents by e-mail or chat; HR will never ask you to. Your NDA and the confidentiality policy "
     "are in the portal to sign."),
    ("none", "",
     "Subject: Your onboarding checklist - start date {day}\n\nDear {me},\n\nWe're delighted you're "
     "joining {employer} as {role}. Here's what to do before your first day.\n\n1. Identity and right "
     "to work: upload your passport or birth certificate to the onboarding portal. We verify it by "
     "video in the portal, never by e-mail, WhatsApp or phone.\n2. Bank details for payroll: enter "
     "them in the portal. Payroll will never ask you to change them by e-mail; if anyone does, call "
     "HR.\n3. Security vetting: your clearance application opens in the government vetting system. "
     "Answer fully; undeclared contacts cause more delays than declared ones.\n4. Policies: read and "
     "sign the confidentiality agreement and the outside-activities policy. Paid work outside "
     "{employer}, including consulting and expert calls, needs approval first.\n\nIf anything looks "
     "odd, for example a request for a fee or for documents through another channel, stop and call "
     "us on 0117 496 0731.\n\nWelcome aboard!\n{name}\nPeople Team, {employer}"),
])

F.add("en14-b-15-consultant-invoice", 0, "consulting_engagement", "mixed", True, [
    ("none", "",
     "Invoice for the {sector} workshop sent to Tarn Grid's accounts payable."),
    ("none", "",
     "Hi {me}, attached is invoice INV-0412 for the two-day {sector} workshop we ran for Tarn Grid "
     "Services under PO 77120. Payment terms are 30 days by bank transfer to the account on the "
     "invoice. As agreed in the NDA, I've deleted the working files from my laptop; the final report "
     "is on your SharePoint."),
    ("none", "",
     "Subject: Invoice INV-0413 - Tarn Grid Services, {sector} review (PO 77120)\n\nDear Accounts "
     "Payable,\n\nPlease find attached invoice INV-0413 for consulting services delivered to Tarn Grid "
     "Services in {month}, under purchase order 77120 and the master services agreement signed in "
     "January.\n\nServices: independent review of the {sector} maintenance strategy, including four "
     "stakeholder workshops and a final report delivered to Ms Ruth Adeyemi, Head of Asset Management."
     "\nDays: 6 at GBP 950 per day\nExpenses: rail travel to Leeds, GBP 142.60 (receipts attached)\n"
     "Total: GBP 5,842.60 plus VAT\n\nPayment is due within 30 days to the business account shown "
     "on the invoice, which matches the details registered in your supplier portal. If you receive "
     "any message asking to change these bank details, please call me on 0113 496 0218 before acting "
     "on it.\n\nAs required by our NDA, all client documents have been returned or destroyed.\n\nKind "
     "regards,\n{name}\nDirector, Fellside Consulting Ltd\naccounts@fellside.example.co.uk"),
])

F.add("en14-b-16-diaspora-parents-health", 0, "family_chat", "mixed", True, [
    ("none", "",
     "Mum's scan results are fine! Call on WeChat tonight? x"),
    ("none", "",
     "[{day} 22:10] {first}: doctor says dad needs the operation in {month}\n[{day} 22:11] {first}: "
     "don't panic, it's routine\n[{day} 22:13] {first}: I'll send the hospital bill on WeChat, if you "
     "can transfer half through Alipay that would help\n[{day} 22:14] {first}: and please come back "
     "for a few days if work allows, he keeps asking about you"),
    ("none", "",
     "Subject: Dad's operation and your visit\n\nDear {me},\n\nI'm sorry the call dropped last night, "
     "the hospital wifi is hopeless. Here is everything in one place.\n\nDad's heart operation is "
     "scheduled for the 14th at the provincial hospital in {home}. The surgeon is experienced and "
     "calm, and Dad trusts her. He'll be in for about a week.\n\nMoney: the total is around 60,000 "
     "yuan, and insurance covers about half. I've paid the deposit. If you can send your share to my "
     "bank account, I'll keep all the receipts and photograph them for you. Please don't send cash "
     "with someone travelling; it makes Mum nervous.\n\nVisit: if you can come back for a few days "
     "around the operation, it would mean a lot. Mum says don't worry about the flight, she wants "
     "to help with the ticket, but I told her you'd refuse. {relative} will lend us her car for the "
     "hospital runs.\n\nLet's talk on WeChat on Sunday at 9 your time.\n\nYour sister,\n{first}"),
])

F.add("en14-b-17-university-paid-talk", 0, "university_invite", "mixed", True, [
    ("none", "",
     "Your guest lecture honorarium from {uni} has been processed. Thanks again!"),
    ("none", "",
     "Dear {me}, the School of Engineering at {uni} would like to invite you to give a public guest "
     "lecture on careers in {sector} on {day} {month}. We offer an honorarium of GBP 300 and will "
     "reimburse your travel against receipts. The talk is open to students and will be recorded for "
     "our website."),
    ("none", "",
     "Subject: Guest lecture invitation - {uni}\n\nDear {me},\n\nI'm {name}, director of the "
     "industry-engagement programme at {uni}. Our final-year students were inspired by your article "
     "in the engineering society's magazine, and we would love you to give this year's guest "
     "lecture.\n\nDetails:\n- Topic: your choice, for example how a career in {sector} develops "
     "from graduate to chief engineer.\n- Date: a {day} afternoon in {month}, 50 minutes plus "
     "questions.\n- Audience: around 120 students and staff; the lecture is public and recorded for "
     "the university's YouTube channel.\n- Honorarium: GBP 400, paid by the university's finance "
     "office via payroll (we'll need a short form).\n- Travel: standard-class rail and one night's "
     "hotel, reimbursed under the university's expenses policy.\n\nWe appreciate that you may need "
     "approval from your employer for outside speaking, and we're glad to write to your manager.\n\n"
     "With best wishes,\n{name}\nDirector of Industry Engagement, {uni}\nengage@uni.example.ac.uk"),
])

F.add("en14-b-18-travel-reimbursement", 0, "travel_reimbursement", "mixed", True, [
    ("none", "",
     "Your {city} trip expenses were approved and will be paid with this month's salary."),
    ("none", "",
     "Hi {me}, finance here. Your expense claim for the {city} trade mission has been approved: "
     "flights, four nights' hotel and per diems. The amount will appear with your {month} salary. "
     "Please remember the travel security briefing is mandatory before any trip abroad, and report "
     "any unexpected approaches on your return."),
    ("none", "",
     "Subject: Pre-travel checklist - {city}, {month}\n\nHi {me},\n\nYour trip to {city} for the "
     "{sector} trade fair is approved. The travel desk has booked your flights and hotel; you'll "
     "find the itinerary in the travel portal. Here are the usual reminders.\n\nBefore you go:\n- Attend "
     "the 30-minute travel security briefing (Tuesdays at 2 pm, room 4.12).\n- Collect a clean travel "
     "laptop and phone from IT; don't take your normal devices.\n\nWhile you're there:\n- Keep "
     "receipts for meals and taxis; per diems are paid at the standard rate.\n- If anyone offers "
     "gifts, paid hospitality or a private meeting that wasn't on the agenda, politely decline and "
     "note it.\n\nWhen you're back:\n- Submit your expenses within 30 days.\n- Fill in the "
     "post-travel form, including any contact you found unusual. It takes five minutes and helps the "
     "security team spot patterns.\n\nSafe travels!\n{name}\nTravel Desk, {employer}"),
])

F.add("en14-b-19-headhunter-named-search", 0, "genuine_headhunter", "mixed", True, [
    ("none", "",
     "Happy to share the client's name once you've signed the search NDA."),
    ("none", "",
     "Dear {me}, I'm a partner at Ashcombe Search, retained by Meridian Photonics to find a VP "
     "Engineering for its {sector} division in Cambridge (base GBP 160,000-185,000 plus equity). The "
     "search is confidential because the current VP hasn't announced their departure. I'd welcome a "
     "call from your personal mobile at a convenient time; please don't reply from a work device."),
    ("none", "",
     "Subject: Re: VP Engineering search - Meridian Photonics\n\nDear {me},\n\nThank you for the call "
     "this morning. To confirm what we discussed:\n\nClient: Meridian Photonics plc (retained search, "
     "Ashcombe Search is the sole agency)\nRole: VP Engineering, {sector} division, Cambridge\n"
     "Package: base GBP 160,000-185,000, 30% bonus, equity, relocation\nProcess: a second call with me, "
     "then interviews with the CTO and CEO at their Cambridge office; reasonable travel expenses are "
     "reimbursed by the client.\n\nAs mentioned, the search is confidential because the incumbent has "
     "not yet told the market. I'd be grateful if you kept it to yourself, and I will of course keep "
     "your interest confidential from your current employer. I don't need, and won't ask for, any "
     "information about {employer}'s programmes; your CV and references are enough.\n\nI've also "
     "sent this from my work address; you're welcome to check us on the Companies House register.\n\n"
     "Kind regards,\n{name}\nPartner, Ashcombe Search\nsearch@ashcombe.example.com | 020 7946 0871\n\n"
     "> Sounds interesting. Can you tell me who the client is?"),
])

F.add("en14-b-20-real-mentor", 0, "mentoring", "mixed", True, [
    ("none", "",
     "Great session, {me}! Next time bring your CV draft, nothing from work."),
    ("none", "",
     "Hi {me}, thanks for signing up to the institution's mentoring scheme. For our first session on "
     "{day}, let's talk about your goals and the chartership application. Please don't bring any work "
     "documents or anything about current projects; I only need your own account of your "
     "experience. The scheme's code of conduct is attached."),
    ("none", "",
     "Subject: Notes from our mentoring session\n\nDear {me},\n\nThank you for an honest conversation "
     "on {day}. It's rare to mentor someone so open about their doubts, and I think you're closer to "
     "the senior role than you believe.\n\nA summary of what we agreed:\n1. Draft your chartership "
     "competence statements, using examples you could describe in a public interview. If an example "
     "needs detail your employer wouldn't publish, describe the skill, not the project.\n2. Ask your "
     "line manager for a stretch assignment on the {sector} team and a sponsor for the leadership "
     "course.\n3. Read the two books I mentioned on influencing without authority.\n\nOn the question "
     "you asked about {prog}: please don't tell me more than you would tell a stranger. I mentor people "
     "from several firms in the same industry, and the scheme's rules, rightly, keep us to careers "
     "and skills.\n\nSame time next month?\n\nBest wishes,\n{name}\nChartered Engineer, volunteer "
     "mentor"),
])

F.add("en14-b-21-alumni-reunion-abroad", 0, "alumni_group", "mixed", True, [
    ("none", "",
     "Class of 2012 reunion in {city}! Flights on you, dinner on the alumni fund."),
    ("none", "",
     "[{day} 20:15] {first}: reunion vote closed, it's {city} in {month}!\n[{day} 20:16] {first}: the "
     "alumni office covers the gala dinner, flights and hotel are on each of us\n[{day} 20:18] {first}: "
     "I'll set up a WhatsApp group for the logistics, drop your numbers here if you want in"),
    ("none", "",
     "Subject: 10-year reunion - {city}, {month}\n\nDear classmates,\n\nIt's official: our ten-year "
     "reunion will take place in {city} on the second weekend of {month}, hosted by our classmate "
     "{first}, who now lives there.\n\nWhat's included: the alumni association pays for the welcome "
     "drinks and the gala dinner from the reunion fund (thank you, everyone who donated). Flights and "
     "hotels are up to each of you; we've negotiated a group rate at a mid-range hotel, and the code is "
     "on the alumni site.\n\nProgramme: Friday drinks, a Saturday walking tour and the dinner, Sunday "
     "brunch for whoever survives.\n\nSome of you work in government or defence and have asked whether "
     "there's anything to declare. That's between you and your employer, but the trip is purely "
     "social and everyone buys their own ticket, so it's easy to explain. We'll share photos only "
     "with everyone's consent.\n\nRSVP through the alumni site by the end of the month. Questions go "
     "to the WhatsApp group.\n\nSee you there!\n{name}\nReunion Committee"),
])

F.add("en14-b-22-plain-work-chat", 0, "work_email", "mixed", False, [
    ("none", "",
     "Running ten minutes late, start the {day} stand-up without me."),
    ("none", "",
     "Hi {me}, the test rig is booked for {day} morning, but the calibration kit hasn't come back from "
     "the lab yet. Could you check with stores whether it arrived? If not, let's move our slot to the "
     "afternoon and I'll update the shared calendar."),
    ("none", "",
     "Subject: Minutes - team meeting, {day}\n\nHi all,\n\nThanks for a productive meeting. Minutes "
     "below; shout if I've missed anything.\n\nAttendees: {first}, Sam, Ravi, Jo, Helen.\n\n1. Lab "
     "move: the furniture arrives on the 3rd. Please pack personal items by the 1st and label your "
     "boxes. Facilities will move the equipment.\n2. Training: the new starters' induction is on "
     "the 10th. Ravi will run the workshop tour, Jo the safety talk.\n3. Holiday cover: Helen is off "
     "for two weeks from the 14th. Sam covers her purchase orders.\n4. Social: the summer picnic is "
     "on the 22nd in the park by the river. Bring a dish; the team fund covers drinks.\n5. AOB: the "
     "coffee machine on floor 2 is fixed, finally.\n\nActions: everyone to update their tasks on the "
     "board before Friday.\n\nNext meeting: same time in two weeks.\n\nCheers,\n{first}"),
])

F.add("en14-b-23-plain-friends-chat", 0, "ordinary_chat", "mixed", False, [
    ("none", "",
     "pub quiz tonight {me}? we need someone who knows geography"),
    ("none", "",
     "[{day} 18:02] {first}: did you see the match?\n[{day} 18:03] {first}: absolute robbery in the "
     "last minute\n[{day} 18:05] {first}: anyway, are we still on for the hike on Saturday? I'll bring "
     "the sandwiches if you drive, weather looks decent and my boots are finally dry"),
    ("none", "",
     "Subject: Camping weekend - final plan\n\nHi gang,\n\nRight, the campsite is booked for the "
     "last weekend of {month}. Here's the plan so nobody forgets anything this time.\n\nFriday: meet "
     "at mine at 5, two cars. {first} drives the first one, I'll take the second with the tents.\n"
     "Saturday: the ridge walk (about 14 km), lunch at the little pub by the lake, then a lazy "
     "afternoon. Barbecue in the evening if the ban has been lifted, otherwise camping stove pasta.\n"
     "Sunday: pack up by 11, swim if anyone is brave enough.\n\nBring: sleeping bag, head torch, warm "
     "layers (it was freezing last year), waterproofs, board games. I have spare mats.\n\nFood: I'll "
     "do a big shop on Thursday and we split it on the way home. Let me know about allergies, and yes "
     "Tom, I'll get the good marshmallows.\n\nCan't wait!\n{first}"),
])

F.add("en14-b-24-surprise-farewell", 0, "surprise_party", "mixed", True, [
    ("none", "",
     "Don't tell {me}! Send your share for the gift to my PayPal by {day}."),
    ("none", "",
     "[{day} 12:05] {first}: ok team, {me}'s farewell is Friday at the hotel bar, keep it secret!\n"
     "[{day} 12:06] {first}: I'm collecting for the gift, GBP 10 each to my personal account, details "
     "in DM\n[{day} 12:08] {first}: moving planning to a WhatsApp group so {me} doesn't see it on "
     "Teams\n[{day} 12:09] {first}: whoever has the slides from the launch, we want embarrassing photos"),
    ("none", "",
     "Subject: Surprise farewell for {me} - please don't reply-all!\n\nHi everyone (except {me}, "
     "who is not on this list, I checked three times),\n\nAs you know, {me} leaves {employer} at the "
     "end of {month} after eleven years. We're organising a surprise send-off and need to keep it "
     "secret until the day.\n\nWhen and where: Friday the 28th, 5.30 pm, the function room at the "
     "Station Hotel. {me} thinks it's a supplier meeting, so please play along if asked.\n\nGift: we're "
     "collecting for a weekend away. Please send GBP 10 to 20 by bank transfer or PayPal to me; "
     "details in the spreadsheet on the team drive. Cash in the envelope on my desk is fine too. "
     "Nobody needs to say who gave what.\n\nSpeech: if you have a story, send it to me by Wednesday. "
     "Keep it clean; the director is coming.\n\nPlease don't mention any of this on the team chat, "
     "{me} reads everything.\n\nThanks!\n{name}"),
])

# ---------------------------------------------------------------------------------------------
# Build: one pass per length band, so chat lines get chat openers and long e-mails none.
# ---------------------------------------------------------------------------------------------

SUBTLE = {family for family, label, *_ in F if label == 1 and int(family.split("-")[2]) not in range(22, 30)}

# Stock words a subtle message must not carry (checked on every subtle row after build).
TELLTALE = re.compile(
    r"whatsapp|wechat|telegram|\bsignal\b|gmail|proton|\bvx\b|\bwx\b|weixin|alipay|usdt|\bapp\b|@|[$€£¥]"
    r"|client|\bfees?\b|pay|paid|cash|crypto|bitcoin|money|reward|honorari|stipend|gift card|deposit"
    r"|cheque|confidential|secret|classified|between us|\binternal\b|non-public|report|police|return"
    r"|don't tell|your employer",
    re.IGNORECASE,
)

GREETING = re.compile(r"(Hi|Hello|Dear|Good|\{me\})\b")

BANDS = [
    ("short", SHORT_OPENERS, SHORT_CLOSERS),
    ("medium", MEDIUM_OPENERS, MEDIUM_CLOSERS),
    ("greeted", [""], MEDIUM_CLOSERS),  # InMails that open with their own greeting
    ("long", LONG_OPENERS, LONG_CLOSERS),
    ("export", [""], [""]),  # chat exports start with their first timestamp, nothing around them
]


def band(text: str) -> str:
    """Length band of a template by whitespace-separated words (3-20, 30-120, 121-300).

    Chat exports and InMails that open with their own greeting get no opener."""
    if text.startswith("["):
        return "export"
    words = len(text.split())
    if 20 < words <= 120 and GREETING.match(text):
        return "greeted"
    return "short" if words <= 20 else "medium" if words <= 120 else "long"


def register(text: str) -> str:
    if text.startswith("["):
        return "chat_export"
    if text.startswith("Subject:"):
        return "email"
    return "chat" if len(text.split()) <= 20 else "inmail"


def only(name: str) -> Families:
    """The families restricted to the templates of one length band."""
    out = Families()
    for family, label, kind, reg, lookalike, templates in F:
        kept = [t for t in templates if band(t[2]) == name]
        if kept:
            out.add(family, label, kind, reg, lookalike, kept)
    return out


def main() -> None:
    rows: list[dict[str, object]] = []
    for offset, (name, openers, closers) in enumerate(BANDS):
        rows += build(only(name), POOLS, openers, closers, "en", SEED + offset, PER_TEMPLATE)
    position = {family: k for k, (family, *_) in enumerate(F)}
    rows.sort(key=lambda row: position[str(row["family"])])
    numbers: dict[str, int] = {}
    for row in rows:
        family = str(row["family"])
        numbers[family] = numbers.get(family, 0) + 1
        row["id"] = f"{family}-{numbers[family]:02d}"
        row["register"] = register(str(row["text"]))
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif family in SUBTLE:
            row["subtlety"] = "subtle"
            hit = TELLTALE.search(str(row["text"]))
            if hit:
                raise SystemExit(f"{row['id']}: subtle message carries a stock word: {hit.group(0)!r}")
    write(rows, HERE / "en_author14.jsonl")


if __name__ == "__main__":
    main()
