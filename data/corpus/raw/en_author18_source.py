"""English training messages from an eighteenth hand: the academic, policy and industry-events world.

Who and how: written by a project engineer (an AI assistant) by hand, from the threat description in
``../shared/DESIGN.md`` and public warnings (CSIS, MI5/NPSA "Think Before You Link", FBI) only, blind to
the rule packs, the rest of the corpus and the evaluation sets. Every family holds three templates, each
written in its own words (a chat line, an InMail or short e-mail, a longer e-mail with a signature, a
quoted reply or a forwarded header); each template is filled three times from ``POOLS`` with the shared
helper ``template_families.py``. Every person, firm, institute, address and number is invented
(``example`` domains, 555-01xx and 020 7946 0xxx numbers).

Run: ``.venv/bin/python data/corpus/raw/en_author18_source.py`` rewrites ``en_author18.jsonl``
(byte-identical for a given seed).

What the families cover. Benign (mostly hard look-alikes): think tanks paying for a signed, published
policy brief; universities inviting a seminar with travel reimbursed; conference programme committees
flying a speaker abroad; a government consultation on a published draft; an industry association's
public response; peer review; a visiting-scholar programme and its export-control screening; grant
panels; journalists on the record; a delegation announced through official channels and registered with
the security office; an expert network that names itself and refuses non-public information; a
recruiter with company, role and band who moves to WhatsApp for scheduling; colleagues asking for a
draft on the work channel; a security-awareness notice quoting the warning signs; travel claims;
clearance job adverts; a speakers' WhatsApp group; a co-author on WeChat; a diaspora family chat;
a consultant invoicing a named client; a public tender; onboarding through the official portal; an
embargoed report; a Chatham House roundtable; an honorarium notice; and three plain families. Suspicious,
in the same settings and registers: a "research centre" that pays per insight and never publishes, a
closed-door workshop abroad with a request to bring examples from work, a visiting fellowship that wants
the project list and clearance details, a policy consultancy that wants the ministry's draft before
release, a delegation that keeps the dinner off the calendar, peer review drifting to unreleased results,
a conference side meeting, moves to an app, odd payment, secrecy, diaspora coercion, a grant-fee scam and
a task scam. Eleven of the twenty suspicious families are subtle (no app name, client, fee, payment
word, confidential, internal or report: the intent shows only in what is asked).

Counts and length spread (printed by this file when run):
447 messages in 50 families (8 or 9 each; a few identical fills are kept once).
suspicious: 179 messages in 20 families; subtle families 11 (98 messages), overt 9 (81 messages);
    words 3-20 / 30-120 / 121-300: 59 / 60 / 60.
benign: 268 messages in 30 families; look-alike families 27 (242 messages), plain 3 (26);
    words 3-20 / 30-120 / 121-300: 88 / 90 / 90.
"""

from __future__ import annotations

import re
from pathlib import Path

from template_families import Families, build, write

SEED = 1820261122
PER_TEMPLATE = 3

POOLS: dict[str, list[str]] = {
    "first": ["Sam", "Lena", "Omar", "Jo", "Mei", "Chris", "Ines", "Kofi", "Hannah", "Arjun"],
    "last": ["Okafor", "Lindqvist", "Tanabe", "Quintero", "Whitlock", "Raman", "Brennan", "Kowalczyk"],
    "name": ["Dana Whitlock", "Priya Raman", "Tomasz Wierzbicki", "Helen Osei", "Marcus Lindqvist",
             "Aiko Tanabe", "Rafael Quintero", "Grace Ndlovu", "Felix Marchetti", "Ruth Abernethy"],
    "sector": ["semiconductor export controls", "grid-scale battery storage", "satellite communications",
               "AI model evaluation", "undersea cable resilience", "hydrogen supply chains",
               "5G spectrum policy", "defence procurement reform"],
    "city": ["Vienna", "Singapore", "Dubai", "Istanbul", "Hong Kong", "Lisbon", "Bangkok", "Geneva"],
    "day": ["Tuesday", "Wednesday", "Thursday", "Friday", "Monday"],
    "date": ["12 March", "3 April", "17 May", "9 June", "22 September", "14 October", "5 November"],
    "fee": ["$400", "$600", "£350", "€500", "$750", "£450"],
    "big": ["$3,000", "$4,500", "€2,500", "£2,000", "$5,000"],
    "phone": ["555-0142", "555-0177", "555-0119", "555-0163", "555-0108"],
    "ukphone": ["020 7946 0718", "020 7946 0342", "020 7946 0925"],
    "tt": ["the Halvorsen Institute for Technology Policy", "the Brightwater Policy Forum",
           "the Castlereagh Centre for Strategic Studies", "the Meridian Energy Policy Institute"],
    "ttmail": ["programmes@halvorsen-institute.example.org", "events@brightwater-forum.example.org",
               "research@castlereagh-centre.example.org"],
    "uni": ["the University of Eastmarch", "Kellridge University", "the Northfield School of Public Policy",
            "Ashcombe College"],
    "conf": ["the Baltic Grid Resilience Summit", "SpaceComms Asia", "the European Chip Policy Forum",
             "the AI Assurance Symposium", "the Subsea Networks Conference"],
    "assoc": ["the Federation of Aerospace Suppliers", "the Telecoms Operators Association",
              "the Energy Storage Industry Council", "the Compound Semiconductor Alliance"],
    "xnet": ["Corvane Insights", "Lattice Expert Network", "Pellham Advisory Network"],
    "org": ["Kestrel Microsystems", "Norrland Avionics", "Tidewater Grid", "Vantor Telecom",
            "the Department for Energy Security", "Halcyon Radar Systems"],
    "role": ["Senior RF Engineer", "Policy Adviser, Export Controls", "Lead Verification Engineer",
             "Principal Analyst, Energy Security", "Head of Spectrum Strategy"],
    "band": ["£78,000 to £92,000", "$145k to $170k", "€85,000 to €98,000", "£95,000 to £110,000"],
    "doc": ["the draft export-control guidance", "the next spectrum auction rules", "the revised grid code",
            "the defence industrial strategy refresh", "the chip subsidy allocation list"],
    "vague": ["the Orient Horizon Research Centre", "Blue Meridian Strategic Studies",
              "the Pacific Bridge Policy Lab", "Crestline Global Analysis", "the Silkstone Dialogue Group"],
    "handle": ["d.whitlock.research@gmail.example.com", "horizon.desk@mail.example.net",
               "pbridge.office@proton.example.net", "crestline.fellows@outlook.example.com"],
    "mail": ["s.okafor@eastmarch.example.ac.uk", "events@kellridge.example.edu",
             "l.brennan@northfield.example.org", "programme@ashcombe.example.ac.uk"],
}

OPENERS = ["", "", "", "Hi, ", "Hello, ", "Hi again, ", "Morning, "]
CLOSERS = ["", "", "", " Thanks.", " Best wishes.", " Cheers.", " Many thanks."]

F = Families()

# ---------------------------------------------------------------- suspicious: overt
F.add("en18-s-01-research-centre-per-insight", 1, "fake_think_tank", "email", False, [
    ("tasking", "paid_task vague_client",
     "We pay {fee} per insight note on {sector}. Client prefer bullet points."),
    ("tasking", "paid_task vague_client",
     "Thank you for the first note, {first}. Our client found the part on procurement timelines "
     "very useful. We would like to move to a regular arrangement: {fee} for each short insight, "
     "sent whenever you hear something new. The notes are for the client's own planning and are "
     "not published, so there is no need to polish them or add references."),
    ("tasking", "paid_task vague_client",
     "Dear {first},\n\nI am writing from {vague}, a small research centre that supports decision "
     "makers in the region with practical analysis of {sector}. We came across your conference talk "
     "and were impressed by how clearly you explained the trade-offs.\n\nWe work for a client who "
     "prefers not to be named at this stage. They are not interested in academic papers; what they "
     "value is short, candid insight from practitioners, the kind of thing that never makes it into "
     "the published literature. For each insight of one or two pages we pay {fee}, and a bonus of "
     "{big} for a longer quarterly overview.\n\nTo be clear, nothing you write for us will be "
     "published or shared outside the client's team, so you can be frank. Topics we would start "
     "with: how your organisation is prioritising projects for the next eighteen months, and which "
     "suppliers are being considered.\n\nIf this interests you, reply with a convenient time and I "
     "will send the first brief.\n\nKind regards,\n{name}\nSenior Research Coordinator\n{vague}"),
])
F.add("en18-s-02-closed-door-workshop", 1, "fake_conference", "email", False, [
    ("meeting", "client_meeting sensitive_info",
     "Workshop in {city}, all paid. Bring a few real examples from your work."),
    ("meeting", "client_meeting sensitive_info paid_task",
     "Following our call: the closed-door workshop in {city} on {date} is confirmed. Flights, hotel "
     "and a {big} participation fee are covered by our sponsor. There are no slides and no published "
     "proceedings. Participants are asked to bring concrete examples from their current work, ideally "
     "documents they have worked on, so that the discussion stays practical rather than theoretical."),
    ("meeting", "client_meeting sensitive_info vague_client secrecy",
     "Dear Dr {last},\n\nOn behalf of the organising group I am pleased to invite you to a closed-door "
     "expert workshop on {sector}, to be held in {city} from {date} for three days. The workshop is "
     "small by design: eight practitioners and a few representatives of our partner, who funds the "
     "series and prefers to remain in the background.\n\nAll costs are met by the organisers: business "
     "class flights, five nights at a good hotel, meals, and a participation fee of {big} paid on "
     "arrival. There is no registration website and no list of participants is circulated; we find "
     "people speak more freely that way, and we would ask you not to mention the invitation to "
     "colleagues.\n\nThe one thing we ask is that you come prepared. Rather than a presentation, please "
     "bring real material from your own work, for example test results, programme schedules or "
     "supplier assessments, which the group can discuss in detail.\n\nPlease reply to confirm and send "
     "a copy of your passport so the travel team can book.\n\nWith best regards,\n{name}\nWorkshop "
     "Secretariat"),
])
F.add("en18-s-03-visiting-fellowship-clearance", 1, "fake_visiting_scholar", "inmail", False, [
    ("contact", "credential_targeting sensitive_info",
     "For the fellowship form: list your current projects and clearance level, please."),
    ("contact", "credential_targeting sensitive_info paid_task",
     "Congratulations, {first}, you have been shortlisted for our visiting fellowship ({big} for "
     "six weeks, housing included). To complete the file the committee needs a list of the projects "
     "you have worked on in the last three years, the programme names, your security clearance level "
     "and its expiry date, and the names of two colleagues who hold the same level."),
    ("contact", "credential_targeting sensitive_info vague_client",
     "Dear {first} {last},\n\nThank you for your interest in the Visiting Fellowship at {vague}. The "
     "panel was impressed by your profile and would like to move your application to the final "
     "stage.\n\nBecause our fellows work closely with partners in government and industry, the panel "
     "asks every finalist for a fuller picture of their background. Please send, as a Word file rather "
     "than through any portal:\n\n1. Every programme or project you have contributed to since 2019, "
     "with its internal code name where one exists and your role in it.\n2. Your security clearance: "
     "level, sponsoring agency, date of the last review.\n3. Any restrictions on foreign travel your "
     "employer has placed on you.\n4. Names and roles of your current line manager and team.\n\nThe "
     "fellowship carries a stipend of {big} and covers travel to {city}. Our sponsors review the "
     "files themselves, which is why we need the detail.\n\nBest wishes,\n{name}\nFellowship Office, "
     "{vague}"),
])
F.add("en18-s-04-app-pivot-after-talk", 1, "fake_academic", "chat", False, [
    ("pivot", "off_platform",
     "Great talk! Easier on WeChat, add me? My id is horizon_lab88"),
    ("pivot", "off_platform vague_client",
     "Hi {first}, I was in the audience at {conf} and loved your remarks on {sector}. I advise a "
     "group of investors who would value your view. LinkedIn is a little slow for me, could we "
     "continue on Telegram or WhatsApp? My number is +852 5000 0164. Or send me your "
     "personal email, I'll write from {handle}."),
    ("tasking", "off_platform vague_client paid_task",
     "Dear {first},\n\nIt was a pleasure to meet you briefly at the coffee break at {conf}. As I "
     "mentioned, I work with a client in the {sector} space who is building up an advisory circle of "
     "senior practitioners. The work is light: occasional short conversations and a written view now "
     "and then, properly rewarded.\n\nThe conference app and work e-mail are not ideal for this kind "
     "of conversation, because our client's IT rules block attachments from most corporate domains. "
     "Could you write to me at {handle} from a private address, or add me on Signal or WeChat? I can "
     "then send you the outline and the terms.\n\nI appreciate this is a bit informal. The client is "
     "discreet and prefers to build trust first before introductions are made.\n\nWarm regards,\n"
     "{name}\nIndependent Adviser"),
])
F.add("en18-s-05-odd-honorarium", 1, "fake_think_tank", "email", False, [
    ("tasking", "unusual_payment paid_task",
     "Honorarium ready. USDT or gift cards, which do you prefer?"),
    ("tasking", "unusual_payment paid_task vague_client",
     "{first}, our finance team cannot send the {big} for your paper by bank transfer this time, the "
     "client's account is offshore. Options: cash when we meet, crypto to a wallet of your choice, or "
     "a transfer to a relative's account if that is easier for tax. Let me know which one works."),
    ("tasking", "unusual_payment paid_task vague_client secrecy",
     "Dear {first},\n\nThank you again for the paper on {sector}. Our partners read it closely and "
     "have asked for a follow-up in the same style, on the timetable for {doc}.\n\nA word about "
     "payment. We understand that an honorarium from abroad can create paperwork with your employer, "
     "so we have simplified things. The {big} can be paid in any of these ways:\n\n- in Bitcoin or "
     "USDT to a wallet you control;\n- in Amazon or Apple gift cards, sent in several smaller "
     "amounts;\n- to the bank account of a family member, with a description such as \"family "
     "support\";\n- in cash, handed over at our next meeting.\n\nNone of these requires an invoice, "
     "and no tax form will be issued. Many of our contributors prefer it this way.\n\nPlease tell me "
     "your choice and, for the follow-up, whether you can include the figures discussed at your last "
     "team meeting.\n\nRegards,\n{name}\nFinance and Partnerships, {vague}"),
])
F.add("en18-s-06-no-need-to-tell-employer", 1, "fake_consultant", "chat", False, [
    ("none", "secrecy",
     "No need to mention our arrangement to your employer, ok?"),
    ("tasking", "secrecy paid_task vague_client",
     "Quick one before our call, {first}. Please keep our arrangement to yourself, including at "
     "{org}. Your employer would only make it complicated with forms and approvals, and my client "
     "values discretion above everything. Delete this thread after reading if you can. Same {fee} as "
     "last time for the hour."),
    ("tasking", "secrecy paid_task vague_client off_platform",
     "Dear {first},\n\nI'm glad the first two papers went well. Before we continue I want to set out "
     "a few working habits that protect both of us.\n\nFirst, please do not list this work in any "
     "outside-interests declaration at {org}. It is research, not employment, and your employer has "
     "no claim on what you do in your own time. Second, use your personal laptop and your private "
     "e-mail, never the work one, and keep the drafts off any shared drive. Third, when we talk by "
     "phone, use the second number I gave you and not your work mobile.\n\nOur client is an "
     "established organisation but is cautious about its name appearing in connection with {sector}, "
     "so the less paperwork, the better.\n\nThe next topic is the supplier shortlist for the programme "
     "you mentioned. The usual {big} will follow once it is received.\n\nBest,\n{name}\n\n> On {day}, "
     "{first} wrote:\n> Should I tell my manager about this? I wasn't sure."),
])
F.add("en18-s-07-diaspora-scholar-pressure", 1, "coercion", "chat", False, [
    ("none", "coercion",
     "Your father was visited again today. Come back and explain yourself."),
    ("none", "coercion",
     "{first}, officers from the local bureau came to your parents' home this morning. They know "
     "about the seminar you spoke at in {city} and the people you sat with. They say it will be "
     "easier for your family if you come back this summer and talk to them in person. Your mother "
     "is very worried, please call her."),
    ("none", "coercion secrecy",
     "Dear {first},\n\nI write as someone from your home town who wants to help. The people I work "
     "with have followed your academic career abroad with interest, including your work at {uni} "
     "and the panel you chaired on {sector}. Some of what was said on that panel caused concern at "
     "home.\n\nThey asked me to pass on a simple message. Your parents are well, for now, and your "
     "brother's business licence is being renewed without difficulty. That can continue. In "
     "exchange they would like two things: that you come home for a short visit before the end of "
     "the year to clarify a few matters, and that in the meantime you send me the names of the "
     "students from our province who attend your reading group, and what they talk about.\n\nIt is "
     "better not to discuss this with your university or with the local police there. They would not "
     "understand our situation, and it would only make things harder for your family.\n\nI will "
     "message again next week.\n\nA friend from home"),
])
F.add("en18-s-08-grant-processing-fee", 1, "job_scam", "email", False, [
    ("none", "job_scam unusual_payment",
     "Fellowship approved! Pay the {fee} processing fee today to release funds."),
    ("pivot", "job_scam unusual_payment off_platform",
     "Dear applicant, your research grant of {big} from {vague} has been approved. Before the funds "
     "can be released, a refundable compliance deposit of {fee} must be paid by gift card or to the "
     "agent account below within 48 hours. Reply from your personal email with photos of your ID "
     "and your bank login so our finance officer can verify you."),
    ("none", "job_scam unusual_payment",
     "Subject: Award letter - International Young Researchers Grant\n\nDear {first} {last},\n\n"
     "Congratulations. Following review of your publications in {sector}, the board of {vague} has "
     "selected you for an International Young Researchers Grant of {big}, together with a funded "
     "visit to {city}.\n\nTo activate the award, please complete these steps:\n\n1. Pay the "
     "administration and visa-support fee of {fee}. Because of international banking delays we "
     "accept only Western Union, Bitcoin or Steam gift cards.\n2. Send scans of your passport, your "
     "university ID and a recent bank statement.\n3. Confirm acceptance within three working days, "
     "otherwise the grant passes to the reserve candidate.\n\nThe fee is fully refunded with the "
     "first instalment. Please do not contact your university grants office, as this programme is "
     "administered directly by our board.\n\nYours sincerely,\n{name}\nGrants Officer\n{handle}"),
])
F.add("en18-s-09-paper-rating-task-scam", 1, "job_scam", "chat", False, [
    ("none", "job_scam",
     "Rate 30 abstracts, earn {fee} daily. Top up first to unlock tasks."),
    ("pivot", "job_scam off_platform unusual_payment",
     "Hello professor! We are an academic indexing platform hiring remote reviewers. You rate short "
     "paper abstracts and earn commission per task, {fee} a day is normal. To unlock premium tasks "
     "you need a small recharge in USDT, which comes back with profit. Add our mentor on Telegram to "
     "start."),
    ("pivot", "job_scam off_platform unusual_payment",
     "[{day} 10:02] Mentor Lily: Welcome to the Scholar Review Team! Today you finished 12 of 40 "
     "tasks, balance shows {fee}.\n[{day} 10:03] Mentor Lily: You hit a combination task, so the "
     "account is negative now. Recharge {big} to continue, then you can withdraw everything.\n"
     "[{day} 10:05] {first}: I already put money in twice, I just want to withdraw what I earned.\n"
     "[{day} 10:06] Mentor Lily: Withdrawal only after all 40 tasks, this is platform rule. Many "
     "professors in our group did the same and withdrew {big} last week, see screenshots.\n[{day} "
     "10:08] Mentor Lily: Please move to our WhatsApp group, the customer service there will give "
     "you the wallet address. Don't tell your bank the purpose, just say family transfer, otherwise "
     "they block it and you lose everything.\n[{day} 10:09] {first}: ok. how long does it take\n"
     "[{day} 10:10] Mentor Lily: Ten minutes after recharge. Hurry, the task expires at noon."),
])

# ---------------------------------------------------------------- suspicious: subtle
F.add("en18-s-10-draft-before-release", 1, "fake_consultant", "email", False, [
    ("elicitation", "sensitive_info",
     "Any chance of seeing {doc} before it goes out?"),
    ("elicitation", "sensitive_info",
     "Thanks for the overview of the consultation, {first}, but the people I work with have read "
     "everything that is on the website already. What would really help them is the version the "
     "minister's office is looking at now, before the text is cleaned up for release. Even a photo "
     "of the key pages would do."),
    ("elicitation", "sensitive_info vague_client paid_task",
     "Dear {first},\n\nI hope the move to the new team has gone smoothly. I wanted to pick up our "
     "conversation from the forum in {city}.\n\nAs I said then, our small consultancy helps a few "
     "overseas organisations understand where policy is heading so they can plan sensibly. On "
     "{doc} we already have the published consultation and the speeches. What we lack is a sense of "
     "how the text has changed since then: which thresholds moved, which companies or technologies "
     "were added or dropped, and what the officials expect ministers to sign off.\n\nI know the "
     "final version will be public in a few weeks. That is exactly why it would be useful to see the "
     "current draft now; by the time it is announced, the decisions on our side will have been made. "
     "If sending a file is awkward, you could simply read me the changed paragraphs over the phone, "
     "or bring a printout when we next have lunch.\n\nWe would of course make it worth your while, "
     "as before.\n\nWith warm regards,\n{name}\nPartner"),
])
F.add("en18-s-11-dinner-off-the-calendar", 1, "fake_delegation", "email", False, [
    ("meeting", "client_meeting secrecy",
     "Dinner tonight with the delegation head. Best left off the calendar."),
    ("meeting", "client_meeting secrecy",
     "{first}, the official programme ends at five. Afterwards the head of our delegation would like "
     "to have dinner with you alone at the hotel in a private room. It would be better if this "
     "doesn't appear in your diary or in the visit notes, so please don't mention it to the protocol "
     "team. A car will wait at the side entrance."),
    ("meeting", "client_meeting secrecy sensitive_info",
     "Dear {first},\n\nThank you for hosting our delegation at {org} yesterday. The visit was very "
     "instructive and the presentations were of a high standard.\n\nOur vice-director enjoyed your "
     "remarks on {sector} and would like to continue the conversation in a more relaxed setting "
     "before we leave on {day}. He has reserved a table for two at a restaurant near the station for "
     "Thursday evening.\n\nWe would prefer to keep this outside the official programme. There is no "
     "need to put it in your calendar or to let your international office know, as it is a personal "
     "dinner and not part of the exchange. He mentioned he would be interested to hear more about "
     "the testing schedule you touched on in the lab tour, and who on your side makes the decisions "
     "on the next phase.\n\nPlease let me know by text if Thursday suits you. I will send the address "
     "on the day.\n\nWith best regards,\n{name}\nLiaison Officer for the delegation"),
])
F.add("en18-s-12-unpublished-papers", 1, "fake_think_tank", "email", False, [
    ("tasking", "paid_task sensitive_info",
     "Our papers stay with the board only, so write freely about what's not announced."),
    ("tasking", "paid_task sensitive_info",
     "Dear {first}, the board enjoyed your analysis. One point for the next piece: our papers are "
     "never published, they go only to a handful of readers, so there is no need to stick to what is "
     "already in the press. The more you can say about plans that haven't been announced yet, the "
     "more useful it is. We will cover your time as before."),
    ("tasking", "paid_task sensitive_info vague_client",
     "Dear {first},\n\nThank you for agreeing to write for {vague}. Let me explain how our series "
     "works, since it differs from what you may know from other institutes.\n\nWe do not publish. "
     "Each analysis is read by a small circle of senior readers abroad who need to understand "
     "{sector} for their own decisions, and it is never quoted or attributed. For that reason we ask "
     "authors to go beyond the literature. A good piece tells the readers what the press cannot: "
     "which projects are ahead or behind schedule, what the engineers at {org} think of the new "
     "design, which budget lines are being cut before the figures are released.\n\nLength is "
     "flexible, three to five pages. Please do not add your name or your institution to the "
     "document; we will keep track of authorship on our side.\n\nWe will cover your time generously, "
     "and for pieces our readers find especially helpful there is a further token of thanks.\n\n"
     "Best wishes,\n{name}\nDirector of Studies"),
])
F.add("en18-s-13-peer-review-drift", 1, "fake_academic", "email", False, [
    ("elicitation", "sensitive_info",
     "As a reviewer, could you share your lab's unreleased test numbers for comparison?"),
    ("elicitation", "sensitive_info",
     "Thank you for the careful review, Dr {last}. The authors ask whether you could compare their "
     "results with the figures your own group obtained on the current programme at {org}, even if "
     "those are not yet released. A short table would be enough, and it would stay with the "
     "editors."),
    ("elicitation", "sensitive_info credential_targeting",
     "Dear Dr {last},\n\nThank you for agreeing to review for our journal. Your comments on the "
     "manuscript on {sector} were the most detailed we received.\n\nThe editorial board has one "
     "unusual request. Because the submitted results are hard to judge without a benchmark from "
     "practice, we would welcome a short note on how your own team's unreleased work compares: the "
     "performance figures you reached in recent trials, the test set-up, and the partners involved. "
     "This would not appear in the journal. It would help the editors decide whether the paper "
     "overstates its findings.\n\nWe would also like to invite you to join our editorial advisory "
     "group. For that we need a short CV listing the projects you have worked on, including any "
     "government programmes, and the names of colleagues who might also act as reviewers.\n\nWith "
     "thanks and best regards,\n{name}\nManaging Editor\n\n> Dear editor, my review is attached. I "
     "have no conflicts of interest to declare."),
])
F.add("en18-s-14-conference-side-meeting", 1, "fake_conference", "chat", False, [
    ("meeting", "client_meeting",
     "Some freinds would like to meet you after the panel, just you. Room 1204."),
    ("meeting", "client_meeting secrecy",
     "{first}, great panel today. A couple of people who sponsor our programme are staying at the "
     "hotel and would like a quiet word this evening, away from the conference floor. They are not "
     "on the attendee list and would rather keep it that way. I can take you up after the "
     "reception."),
    ("meeting", "client_meeting secrecy sensitive_info",
     "Dear {first},\n\nThank you once more for speaking at {conf} in {city}. Your session was the "
     "one people were still discussing at dinner.\n\nSome of the people who make the event possible "
     "were not able to attend in person and asked whether they could meet you privately while you "
     "are here. They have arranged a suite at the hotel on the evening of {date}, after the gala. "
     "They are not part of the conference, and I would ask you to keep the meeting to yourself; "
     "the organising committee is not involved.\n\nThey are most interested in the points you "
     "could not cover in public, particularly the next stage of the work at {org} and the problems "
     "your team is running into. A car can bring you back to your hotel afterwards, and your extra "
     "night is of course arranged.\n\nWith best regards,\n{name}\nSpeaker Liaison"),
])
F.add("en18-s-15-diaspora-quiet-pressure", 1, "coercion", "chat", False, [
    ("none", "coercion",
     "Your mother was asked about you again. Better you come home and explain."),
    ("none", "coercion",
     "{first}, nobody wants trouble for your family. Just tell us who else from home joins the "
     "reading group at {uni}, and what they say about the situation. Then your sister's job "
     "application goes through and everyone can relax."),
    ("none", "coercion",
     "Dear {first},\n\nIt has been a long time. I am writing because your aunt asked me to, and "
     "because I think you should hear this from someone who cares about the family.\n\nSince your "
     "talk at {uni} was shared online, some people from the district office have been visiting your "
     "parents. They were polite. They asked about your studies, your friends abroad, and whether you "
     "are planning to come home soon. Your father's pension papers have been delayed since then, "
     "and your cousin was told his transfer is on hold.\n\nThey say everything can be sorted out "
     "quickly if you come back for a few weeks in the summer and speak with them directly, and if "
     "in the meantime you stop appearing at those events. They also mentioned they would like to "
     "know who organises the student association there.\n\nPlease think about your parents. Do not "
     "make this bigger by talking to the people at your university about it.\n\nYour uncle"),
])
F.add("en18-s-16-association-benchmark", 1, "fake_trade_contact", "email", False, [
    ("elicitation", "sensitive_info",
     "For the benchmark, please include your unannounced roadmap dates and yields."),
    ("elicitation", "sensitive_info credential_targeting",
     "Dear member, thank you for joining the {sector} benchmarking circle. To make the comparison "
     "meaningful, each participant shares the figures companies do not usually publish: planned "
     "production dates, process yields, the names of the engineers leading each line, and which "
     "customers the next generation is intended for. Results go only to the circle."),
    ("elicitation", "sensitive_info credential_targeting",
     "Dear {first},\n\nI am following up on the benchmarking questionnaire for the {sector} working "
     "circle. Several members have already taken part and found the exchange valuable.\n\nI noticed "
     "that your answers kept to what {org} has already put in its annual statement. That is "
     "understandable, but it limits what you get back. The circle works on the principle that "
     "everyone gives a little more than they would in public: the schedule for the next product "
     "generation, the test yields, which government programmes you are bidding for and with which "
     "partners, and who on your team holds the relevant clearances.\n\nNothing is attributed to "
     "a company by name in the summary, and the raw answers stay with the coordinator. We can also "
     "do this as a conversation rather than a form, if that feels easier; I will be in your city on "
     "{date}.\n\nWith kind regards,\n{name}\nCircle Coordinator"),
])
F.add("en18-s-17-off-record-journalist", 1, "fake_journalist", "email", False, [
    ("elicitation", "sensitive_info secrecy",
     "Not for print. What's actually going on with the programme delays?"),
    ("elicitation", "sensitive_info secrecy",
     "I'm writing a background piece on {sector} and won't quote you or name {org}. I'd like the "
     "things that aren't in the press releases: which milestones slipped, who on the team is "
     "leaving, and what the test results showed. Better over a drink than in writing."),
    ("elicitation", "sensitive_info secrecy credential_targeting",
     "Dear {first},\n\nI'm a freelance writer working on a long piece about {sector} for a "
     "magazine abroad. A mutual acquaintance from {conf} suggested you as someone who really knows "
     "how things work.\n\nI won't use your name, your job title or where you work, and nothing you say "
     "will be quoted. I'm not after the official line, which I already have from the press office. "
     "What I'm missing is the picture from inside: how the programme at {org} is really going, what "
     "the engineers think of the new requirements, which parts of the schedule are slipping, and who "
     "the key people are, including those with access to the test data.\n\nI'd also love to know "
     "which colleagues of yours might be open to a chat.\n\nI'll be in your city next week. Could we "
     "meet somewhere quiet rather than at your office? I'm happy to keep it informal.\n\nBest,\n"
     "{name}"),
])
F.add("en18-s-18-flattery-team-mapping", 1, "fake_researcher", "inmail", False, [
    ("contact", "credential_targeting",
     "Impressive profile. Who else on your team works on the cleared side?"),
    ("contact", "credential_targeting",
     "Hello {first}, your publications on {sector} are remarkable for someone in industry. I am "
     "mapping the experts in this field for a study. Could you tell me who leads the work at {org}, "
     "which of your colleagues have government access, and who among them might enjoy an "
     "academic collaboration?"),
    ("contact", "credential_targeting sensitive_info",
     "Dear {first},\n\nI have followed your work for some time, from your early papers to the "
     "talk at {conf}. Very few people combine that depth with practical experience, and I would be "
     "honoured to learn from you.\n\nI lead a small study that maps the community working on "
     "{sector}: who the leading engineers are, how teams are organised, and how people move between "
     "industry and government. Your perspective would be invaluable.\n\nTo start, could you help me "
     "with a few simple questions? Which groups at {org} work on the defence side, and roughly how "
     "large are they? Which of your colleagues hold government access, and at what level? Who would "
     "be the right person to speak to about the test programme? And are there former colleagues "
     "who have recently left and might be open to new opportunities?\n\nI would be glad to credit "
     "you in the acknowledgements, or keep you anonymous if you prefer.\n\nWith admiration,\n{name}"),
])
F.add("en18-s-19-hosted-visit-abroad", 1, "fake_think_tank", "email", False, [
    ("meeting", "client_meeting",
     "My colleagues would love to host you in {city}. Everything is arranged, just come."),
    ("meeting", "client_meeting",
     "{first}, following our exchange, the people I work with would like to meet you in {city} "
     "next month. Flights, hotel and everything else will be taken care of on our side. It is just "
     "a conversation among friends, no talk, no programme. Send me your preferred dates and I'll "
     "arrange the rest."),
    ("meeting", "client_meeting sensitive_info secrecy",
     "Dear {first},\n\nI hope you are keeping well. Our conversations over the last months have "
     "been a real pleasure, and the senior people I work with have been reading your notes with "
     "great interest.\n\nThey would like to meet you in person, and have suggested a few days in "
     "{city} in {date}. Everything will be looked after: your flights, a comfortable hotel, meals "
     "and some sightseeing. There is no conference and no audience, just two or three long "
     "conversations with people who can make use of your expertise.\n\nIt would help if you could "
     "bring material that lets them go deeper than our earlier exchanges: the plans your team is "
     "working on for {doc}, the latest test data, anything that explains the next phase better than "
     "the public documents do.\n\nFor simplicity, you might describe the trip as a holiday. Please "
     "send me your passport details and I will take care of the rest.\n\nWith warm regards,\n{name}"),
])
F.add("en18-s-20-background-notes", 1, "fake_consultant", "email", False, [
    ("tasking", "paid_task sensitive_info",
     "Another short background note? Focus on what the directorate hasn't announced."),
    ("tasking", "paid_task sensitive_info",
     "{first}, the last background note was excellent. For the next one, could you describe, in "
     "your own words, how the directorate is weighing the options for {doc}? The published "
     "consultation we already have; what matters is how the officials see it today. Same "
     "arrangement as before."),
    ("tasking", "paid_task sensitive_info vague_client",
     "Dear {first},\n\nThank you for the two notes so far. They were read closely by the people I "
     "advise, and I have been asked to propose a regular rhythm: one short background note every "
     "month, three or four pages, written in your own words and without letterhead.\n\nThe topics "
     "they have in mind for the next quarter are:\n\n- the options your directorate is weighing for "
     "{doc}, and which one officials favour;\n- the names of the companies on the shortlist for the "
     "new {sector} programme;\n- the views of the minister's advisers, as you hear them in "
     "meetings.\n\nThe published consultation and speeches are of no use to them, as they follow "
     "those already. They need the thinking that sits behind the public documents.\n\nAs before, "
     "your time will be generously recognised, and I would suggest we keep the notes between the two "
     "of us rather than involving anyone at work.\n\nBest wishes,\n{name}"),
])

# ---------------------------------------------------------------- benign look-alikes
F.add("en18-b-01-policy-brief-commission", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "Brief commissioned: {fee}, your name on it, published on our site."),
    ("none", "",
     "Dear {first}, {tt} would like to commission a signed policy brief on {sector}, about 3,000 "
     "words, drawing only on published sources and your own expertise. The fee is {big}, paid by "
     "bank transfer against an invoice. The brief will appear under your name on our website and in "
     "our open-access series. Our funders are listed in our annual accounts."),
    ("none", "",
     "Dear Dr {last},\n\nI am writing from the research team at {tt} to ask whether you would be "
     "willing to write a policy brief for our series on {sector}.\n\nThe brief would be around "
     "3,000 words and aimed at parliamentary staff and journalists. We are looking for an "
     "independent, evidence-based assessment built on public sources: published regulations, "
     "company filings, academic work and your own experience. We do not want and will not use any "
     "information that is confidential to your employer, and if you work in government we will ask "
     "you to clear the text with your department as usual.\n\nThe fee is {big}, paid by bank "
     "transfer on submission of an invoice. The brief is peer reviewed, published under your name on "
     "our website and launched at a public event in {date}. Our funding sources are listed on the "
     "Transparency page of our website.\n\nIf you are interested, I would be happy to talk through "
     "the scope on a call. My direct line is {ukphone}.\n\nBest regards,\n{name}\nResearch "
     "Programme Manager\n{tt}\n{ttmail}"),
])
F.add("en18-b-02-university-seminar", 0, "university_invite", "email", True, [
    ("none", "",
     "Seminar on {date} confirmed. Keep your train receipts, we reimburse."),
    ("none", "",
     "Dear {first}, thank you for agreeing to give our departmental seminar on {sector} on {date}. "
     "The talk is public and will be recorded for our YouTube channel unless you prefer otherwise. "
     "We reimburse economy travel and one night's hotel; please send receipts with the claim form "
     "attached. Dinner with the group afterwards is optional."),
    ("none", "",
     "Dear Dr {last},\n\nOn behalf of the research seminar committee at {uni}, I am delighted to "
     "invite you to give a talk in our {sector} seminar series this term. Our suggested date is "
     "{date}, at 4 pm, with about 45 minutes for the talk and 30 for questions.\n\nThe seminar is "
     "open to staff, students and the public, and is listed on the university events page. Please "
     "base the talk on published or publishable work; we recognise that speakers from industry and "
     "government cannot discuss unreleased material, and nobody will press you on it.\n\nThe "
     "department covers standard-class travel and one night at the university guesthouse. Expenses "
     "are reimbursed through our finance office by bank transfer after the visit, against receipts; "
     "the claim form is attached. We are sadly not able to offer an honorarium.\n\nIf the date does "
     "not suit, let me know and we can find another one.\n\nWith best wishes,\n{name}\nSeminar "
     "Convenor, {uni}\n{mail}"),
])
F.add("en18-b-03-conference-speaker-abroad", 0, "conference_invite", "email", True, [
    ("none", "",
     "Your flights to {city} are booked, itinerary in your inbox. See you there!"),
    ("none", "",
     "Dear {first}, the programme committee of {conf} would be glad to have you on the opening "
     "panel in {city} on {date}. As an invited speaker, your economy flight and three hotel nights "
     "are covered by the conference; our travel agency will contact you to book. Slides will be "
     "published on the conference website after the event."),
    ("none", "",
     "Dear {first} {last},\n\nI am pleased to confirm, on behalf of the programme committee, that "
     "your abstract has been accepted for an invited talk at {conf}, held this year in {city} from "
     "{date}.\n\nAs an invited speaker you are entitled to:\n- a return economy flight from your "
     "home airport, booked by our official travel agency;\n- three nights at the conference hotel;\n"
     "- a waived registration fee.\n\nPlease complete the speaker form on the conference website by "
     "the end of the month, including your biography and any dietary needs. Talks are recorded and "
     "published with the proceedings; if your employer needs to clear your slides, please allow "
     "time for that before the upload deadline.\n\nSome speakers have asked about visas. We can "
     "issue an official invitation letter on conference letterhead; request it through the form, "
     "not by e-mail.\n\nWe look forward to welcoming you.\n\nKind regards,\n{name}\nProgramme "
     "Committee Chair, {conf}\nspeakers@conference.example.org"),
])
F.add("en18-b-04-government-consultation", 0, "government_consultation", "email", True, [
    ("none", "",
     "The consultation on {doc} closes {date}. Responses are published."),
    ("none", "",
     "Dear stakeholder, the department has published {doc} for public consultation. The draft, an "
     "impact assessment and the questions are on the consultation page. Responses may be published "
     "with your organisation's name unless you tell us otherwise. We will also hold two open "
     "online sessions; registration is through the same page."),
    ("none", "",
     "Dear {first},\n\nThank you for attending yesterday's stakeholder roundtable on {doc}. As "
     "promised, here is a summary of next steps.\n\nThe consultation draft is now published on the "
     "department's website, together with the questions we discussed. The closing date for written "
     "responses is {date}. We especially welcome evidence from industry on the costs of the "
     "proposed thresholds and on supply-chain effects.\n\nPlease note that, under our consultation "
     "principles, responses may be published, and they may be disclosed under freedom of information "
     "law. If part of your response is commercially sensitive, mark it clearly and explain why; we "
     "cannot guarantee it will be withheld.\n\nOfficials cannot discuss the content of any revised "
     "text before it is laid before Parliament, so please do not ask us for advance sight of changes. "
     "A summary of responses will be published with the final version.\n\nWith thanks,\n{name}\n"
     "Policy Team, {org}\nconsultation@gov.example.org"),
])
F.add("en18-b-05-industry-association", 0, "industry_association", "email", True, [
    ("none", "",
     "Working group call {day} at 3: the public consultation response."),
    ("none", "",
     "Dear members, {assoc} is drafting its response to {doc}. Please send comments on the "
     "attached draft by {date}. Competition law applies: do not share prices, bids, customer names "
     "or future plans in your comments or on the call. Our legal adviser will attend and the "
     "minutes will be circulated."),
    ("none", "",
     "Dear {first},\n\nThank you for volunteering for the {sector} working group of {assoc}. Ahead "
     "of our first meeting on {date}, a few housekeeping points.\n\nThe group's task is to prepare "
     "the association's public response to {doc}. The response will be signed by the association, "
     "published on our website, and submitted through the official consultation portal.\n\nAs with "
     "all association meetings, our competition-law guidelines apply. Members must not exchange "
     "commercially sensitive information: prices, margins, bids, capacity plans, customer or "
     "supplier names. Please also do not bring anything your employer treats as confidential or "
     "export-controlled; everything we discuss should be suitable for publication. Counsel will "
     "attend and an agenda and minutes are circulated to all members.\n\nThe meeting is in our "
     "offices, and members' travel costs are met by their own companies as usual.\n\nBest regards,\n"
     "{name}\nPolicy Director, {assoc}\n{ukphone}"),
])
F.add("en18-b-06-peer-review-request", 0, "peer_review", "email", True, [
    ("none", "",
     "Review invite: {sector} manuscript, 21 days. Accept or decline in the system."),
    ("none", "",
     "Dear Dr {last}, would you review a manuscript on {sector} for our journal? The abstract is "
     "below. Please respond through the editorial system. As usual, the manuscript is confidential "
     "to the review process: do not share it or use its contents, and declare any conflicts of "
     "interest with the authors. Reviewers are not paid, but we send a certificate."),
    ("none", "",
     "Dear Dr {last},\n\nThank you for your review of manuscript JTP-2024-0{phone}. The authors have "
     "submitted a revised version, and I would be grateful if you could look at whether they have "
     "addressed your points.\n\nYou can access the revision and their response letter through the "
     "journal's editorial system; the link in the automated e-mail is valid for 30 days. Please do "
     "not download the files to shared drives or pass them to colleagues, as the manuscript remains "
     "confidential until publication, and please declare if your circumstances have changed since "
     "the first round (for example a new collaboration with the authors' group).\n\nWe ask reviewers "
     "to judge the paper on what is in it. There is no need to compare it with unpublished results "
     "from your own organisation, and we would not want you to.\n\nThe revision is due back within "
     "21 days. If you cannot do it, a short decline through the system is perfectly fine.\n\nWith "
     "thanks,\n{name}\nHandling Editor, Journal of Technology Policy"),
])
F.add("en18-b-07-visiting-scholar-programme", 0, "visiting_scholar", "email", True, [
    ("none", "",
     "Visiting scholar application opens {date}. Apply via the university portal."),
    ("none", "",
     "Dear {first}, thank you for your enquiry about the visiting scholar programme at {uni}. "
     "Applications are made through the university's online portal with a CV, a research proposal "
     "and a letter from your home institution. The programme provides a desk, library access and a "
     "monthly stipend set out on our website."),
    ("none", "",
     "Dear {first},\n\nI am pleased to tell you that the committee has offered you a place as a "
     "visiting scholar at {uni} for the spring term, working with Professor {last}'s group on "
     "{sector}.\n\nThe award includes a stipend of {big} for the term, paid monthly through the "
     "university payroll, and a contribution towards one return flight, reimbursed against "
     "receipts.\n\nBefore the visit, please complete three steps in the university's applicant "
     "portal (not by e-mail): upload a copy of your passport for the right-to-work check, accept the "
     "terms of the visit, and fill in the research-security questionnaire, which our compliance "
     "office uses to check whether any export-control licence is needed. The questionnaire asks "
     "about your research area and funders in general terms; please do not upload any documents "
     "belonging to your current employer.\n\nYour visit will be announced on the department's "
     "website. If anything is unclear, the International Office is happy to help on {ukphone}.\n\n"
     "Warm regards,\n{name}\nVisiting Scholars Coordinator, {uni}\n{mail}"),
])
F.add("en18-b-08-grant-panel", 0, "grant_panel", "email", True, [
    ("none", "",
     "Panel papers are on the portal. Please declare conflicts before {day}."),
    ("none", "",
     "Dear {first}, thank you for joining the grant panel for the {sector} call. Panel members "
     "receive an honorarium of {fee} per meeting, paid through the research council's payroll. "
     "Applications are confidential and must only be accessed through the secure portal. Please "
     "complete the conflict-of-interest declaration before reading."),
    ("none", "",
     "Dear Dr {last},\n\nOn behalf of the research council, thank you for agreeing to serve on the "
     "assessment panel for the {sector} call. A few practical points before the meeting on {date}.\n\n"
     "All applications are held on the council's secure portal. They are confidential to the "
     "panel: please do not download them to personal devices, discuss them outside the panel or "
     "use anything you read in your own work. Declare any conflict of interest in the portal before "
     "you open a proposal; you will be asked to leave the room when we discuss that application.\n\n"
     "Panel members receive an honorarium of {fee} per meeting day, paid to your bank account "
     "through our payroll after the meeting, together with travel expenses claimed on the standard "
     "form. The council never asks panel members to pay anything or to use a personal e-mail for "
     "panel business.\n\nThe meeting is at the council's offices. The agenda and the ranking "
     "template will follow.\n\nKind regards,\n{name}\nPanel Secretary\n{ukphone}"),
])
F.add("en18-b-09-journalist-on-record", 0, "journalist_interview", "email", True, [
    ("none", "",
     "Journalist here. Comment on the record about the announced programme?"),
    ("none", "",
     "Hi {first}, I'm a reporter at the Eastmarch Ledger covering {sector}. The government "
     "announced its new programme this morning and I'm looking for an on-the-record comment from "
     "someone with industry experience. Happy to send questions by e-mail. Deadline is 5 pm; I've "
     "also contacted your press office."),
    ("none", "",
     "Dear {first},\n\nI'm a technology correspondent at the Northgate Herald, and I'm writing a "
     "feature on {sector} after last week's announcement of the national programme.\n\nI would "
     "like to interview you on the record, with your name and title, for about twenty minutes by "
     "phone or video. I'm interested in your public views: what the announced funding can and "
     "cannot achieve, how the sector has reacted, and what you said on this topic in your talk at "
     "{conf}. I'm not looking for anything your employer hasn't made public, and if {org} prefers "
     "the request to go through its press office, I'm happy to do that; I've copied them here.\n\n"
     "I can send the quotes I intend to use for a factual check before publication, though not the "
     "whole article. The piece is due to run on {date}.\n\nBest regards,\n{name}\nTechnology "
     "Correspondent, Northgate Herald\nnewsdesk@northgate-herald.example.com\n{ukphone}"),
])
F.add("en18-b-10-official-delegation", 0, "official_delegation", "email", True, [
    ("none", "",
     "Delegation visit {day}: security office has the guest list. Badges at reception."),
    ("none", "",
     "Colleagues, a trade delegation arranged through the embassy visits the site on {date}. The "
     "programme is on the intranet and has been cleared by Security. Only the public showroom and "
     "the conference room are in scope; no lab tours. Any private meetings with visitors must be "
     "logged with the security office."),
    ("none", "",
     "Dear {first},\n\nFollowing the embassy's request, I can confirm the arrangements for the "
     "incoming delegation on {sector}, visiting {org} on {date}.\n\nThe visit was announced through "
     "the official channels and appears on the ministry's public calendar. The programme is:\n"
     "10:00 welcome and public presentation (conference room 2)\n11:00 showroom\n12:30 working "
     "lunch with the leadership team\n14:00 departure\n\nThe security office has the guest list "
     "and has briefed hosts. As a reminder of our visitor policy: keep discussions to published "
     "material; do not take visitors to labs or project areas; decline gifts above the policy "
     "limit; and report any follow-up contact, including invitations to dinner or to visit abroad, "
     "to the security office using the usual form. Invitations are not a problem in themselves, "
     "but we need to know about them.\n\nThank you for hosting.\n\n{name}\nInternational Relations "
     "Office, {org}\n{ukphone}"),
])
F.add("en18-b-11-expert-network-call", 0, "expert_network", "inmail", True, [
    ("none", "",
     "{xnet}: one-hour call on {sector}, {fee}. Public info only."),
    ("none", "",
     "Hello {first}, I'm an associate at {xnet}, an expert network. Our client, an infrastructure "
     "investment fund, would like a one-hour call on {sector} market trends. We pay {fee} for the "
     "hour. Before scheduling, you'll complete our compliance attestation confirming you won't share "
     "confidential or material non-public information, and that your employer's policies allow "
     "it."),
    ("none", "",
     "Dear {first},\n\nThank you for agreeing to speak with our client. Here are the details for "
     "the consultation.\n\nFirm: {xnet}\nEnd client: a European asset manager (investment research "
     "team)\nTopic: demand outlook and regulation in {sector}, based on public information and your "
     "general industry experience\nLength: 60 minutes, by phone, on {day}\nRate: {fee} per hour, "
     "paid by bank transfer or through our payments portal within 30 days\n\nBefore the call, "
     "please complete the compliance attestation in your expert portal. It confirms that:\n- you "
     "will not disclose confidential, proprietary or material non-public information about any "
     "current or former employer, or about any company you have a duty to;\n- you are not a "
     "government employee, or you have permission from your agency;\n- consulting does not breach "
     "any agreement you have.\n\nOur compliance team may listen to the call. If at any point a "
     "question makes you uncomfortable, you can decline it or end the call and you will still be "
     "paid.\n\nBest regards,\n{name}\nAssociate, {xnet}\ncompliance@expertnet.example.com"),
])
F.add("en18-b-12-recruiter-whatsapp-scheduling", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "WhatsApp easier for scheduling? Happy either way. Interview slots {day}."),
    ("none", "",
     "Hi {first}, I'm a recruiter at Selwyn Search, hiring a {role} for {org}, band {band} plus "
     "pension. The job description is on the company careers page. If you're open to it, could you "
     "send a CV and a time for a 15-minute call? If WhatsApp is quicker for arranging times, my work "
     "number is {phone}; the interviews themselves go through the company."),
    ("none", "",
     "Hi {first},\n\nThanks for the quick reply and the CV. I've shared it with the hiring manager "
     "at {org} for the {role} position (band {band}, hybrid, based in their Bristol office), and "
     "they'd like a first interview.\n\nNext steps:\n1. A 30-minute video interview with the hiring "
     "manager, invitation from the company's own recruiting system, not from me.\n2. A technical "
     "panel at the office; travel reimbursed by {org} under their normal expenses policy.\n3. The "
     "role needs SC clearance, which {org} sponsors after an offer. You don't need to send me "
     "anything about clearance now.\n\nSeveral candidates have asked to arrange times on WhatsApp "
     "because it's quicker when they're travelling. That's fine, my work mobile is {phone}, but I'll "
     "only use it for times and dates. Anything about the role, the offer or documents goes by "
     "e-mail from my company address.\n\nBest,\n{name}\nSenior Consultant, Selwyn Search\n"
     "careers@selwynsearch.example.com\n\n> On {day}, {first} wrote:\n> Thanks, CV attached. I'm "
     "travelling next week, is WhatsApp OK?"),
])
F.add("en18-b-13-colleague-draft-slides", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "can you send me the draft of the board slides before Thursday?"),
    ("none", "",
     "{first}, the internal review of {doc} is on {day}. Could you put the latest draft in the team "
     "folder rather than emailing it round? Legal want to check the confidential annex before it "
     "goes to the minister's office. Ping me on Teams if access doesn't work."),
    ("none", "",
     "[{day} 09:12] {first}: morning, is the upcoming budget paper final?\n[{day} 09:13] {name}: not "
     "yet, internal draft v4 is on SharePoint, don't circulate outside the team\n[{day} 09:14] "
     "{first}: ok. I need the confidential annex numbers for the board slides, can I copy them?\n"
     "[{day} 09:16] {name}: yes but keep them on the board template in the restricted folder, not in "
     "email. and mark the deck OFFICIAL-SENSITIVE\n[{day} 09:17] {first}: will do. deadline still "
     "Thursday?\n[{day} 09:17] {name}: Wednesday end of day, comms need a day to check the public "
     "version against the announcement\n[{day} 09:20] {first}: fine. also, someone from a research "
     "centre I don't know asked me about the programme timetable on LinkedIn, how do I report that?\n"
     "[{day} 09:21] {name}: forward to the security team mailbox, don't reply. good catch\n[{day} "
     "09:22] {first}: done 👍"),
])
F.add("en18-b-14-security-awareness-notice", 0, "security_awareness", "email", True, [
    ("none", "",
     "Reminder: never move to WeChat with a recruiter you do not know."),
    ("none", "",
     "Security tip of the week: a \"think tank\" that pays for reports, names no client, asks for "
     "internal or non-public information, wants to move to WhatsApp, Telegram or a personal e-mail, "
     "and invites you abroad with all expenses paid fits the pattern of hostile state approaches. "
     "Do not reply; forward it to the security team."),
    ("none", "",
     "Subject: Think before you link - approaches at conferences and online\n\nDear colleagues,\n\n"
     "With the conference season starting, the security team would like to remind everyone of the "
     "warning signs of an approach by a foreign intelligence service posing as an academic, "
     "headhunter or think tank:\n\n- flattery and an offer that seems too good for the work asked;\n"
     "- a vague, unnamed \"client\" who pays generously for \"reports\" or \"white papers\";\n- an "
     "early move off the platform: \"let's continue on WeChat, WhatsApp, Telegram or Signal\", or "
     "\"write to my personal gmail\";\n- questions that drift from public matters to internal, "
     "upcoming or confidential ones;\n- an invitation to meet the client abroad, travel and hotel "
     "paid;\n- requests for secrecy: \"no need to tell your employer\";\n- payment in cash, crypto, "
     "gift cards or to a relative.\n\nNone of this means you cannot speak at events or write for "
     "legitimate institutions. Declare outside work as usual and report anything odd to "
     "security@company.example.com or on {ukphone}.\n\nThe Protective Security Team"),
])
F.add("en18-b-15-travel-reimbursement", 0, "travel_reimbursement", "email", True, [
    ("none", "",
     "Your {city} conference claim was approved, {fee} paid Friday."),
    ("none", "",
     "Hi {first}, finance here. For your trip to {conf} in {city}, the flights were booked by the "
     "travel desk, so please claim only the hotel, the per diem and local transport. Upload the "
     "receipts in the expenses system; reimbursement goes to your salary account with the next "
     "payroll."),
    ("none", "",
     "Dear {first},\n\nThank you for submitting your expense claim for the trip to {conf} in "
     "{city}. I have a few questions before I can approve it.\n\n1. The hotel invoice shows five "
     "nights, but the approved travel request covers four. If the extra night was for work, please "
     "add a line from your line manager; if it was personal, deduct it.\n2. The dinner on {date} "
     "lists two guests. Our policy requires the guests' names and organisations for any hospitality, "
     "and for foreign government officials it must also be logged in the gifts and hospitality "
     "register.\n3. The taxi receipt is in a foreign currency; please attach the card statement so "
     "we can use the actual exchange rate.\n\nOnce these are sorted, the claim of about {big} will "
     "be paid into your salary account with the next payroll run. We never reimburse in cash or to "
     "any account other than your own.\n\nMany thanks,\n{name}\nTravel and Expenses Team\n"
     "expenses@company.example.com"),
])
F.add("en18-b-16-clearance-job-advert", 0, "cleared_job_ad", "email", True, [
    ("none", "",
     "Hiring: {role}, DV clearance required, {band}. Apply on our careers site."),
    ("none", "",
     "{org} is recruiting a {role} to support government programmes in {sector}. Salary {band}. "
     "Candidates must hold or be eligible for SC clearance; sponsorship is available. Do not send "
     "details of classified work in your application. Apply through our careers portal; we never "
     "ask for fees or move interviews to messaging apps."),
    ("none", "",
     "Subject: Job alert - {role} (clearance required)\n\nA new role matching your saved search has "
     "been posted.\n\nEmployer: {org}\nRole: {role}\nSalary: {band}, plus 10% bonus and pension\n"
     "Location: hybrid, three days on site\n\nAbout the role: you will lead a small team working on "
     "{sector} for defence and government customers. The work involves classified programmes, so "
     "applicants must hold active DV or SC clearance, or be willing to undergo vetting. Sole UK "
     "nationality may be required for some projects.\n\nHow to apply: through the employer's careers "
     "site only. Your CV should describe your experience in general terms; do not include programme "
     "names, classified details or anything your current employer would not want published. "
     "Clearance status can be stated as a level only.\n\nThis employer is a member of the "
     "recruitment standards scheme: it will never ask you to pay for training or equipment, or to "
     "continue the process on a personal messaging app.\n\nManage alerts in your account settings.\n"
     "ClearedJobs Board - jobs.example.com"),
])
F.add("en18-b-17-speakers-whatsapp-group", 0, "conference_invite", "chat", True, [
    ("none", "",
     "Speakers' WhatsApp group for {conf} logistics, added you!"),
    ("none", "",
     "[{day} 18:40] {name}: Welcome to the {conf} speakers group. Airport shuttles to the hotel in "
     "{city} run every 30 mins from arrivals. Per diems are in your welcome envelope, receipts for "
     "taxis please. Programme questions to the committee e-mail."),
    ("none", "",
     "[{day} 08:01] {name}: Good morning speakers! Reminder that the opening panel starts at 9:30 "
     "in Hall B. Please be there at 9 for the sound check\n[{day} 08:03] {first}: on my way, the "
     "hotel shuttle is late\n[{day} 08:04] {name}: no problem, a second one leaves at 8:20\n[{day} "
     "08:10] Dr {last}: my slides are on the USB stick, and I sent them to speakers@conference."
     "example.org yesterday\n[{day} 08:11] {name}: got them, thanks. they'll be published on the "
     "website after the session as agreed\n[{day} 08:25] {first}: quick q: the travel claim form "
     "asks for a bank IBAN, is that for the flight refund?\n[{day} 08:26] {name}: yes, flights you "
     "booked yourself get refunded by bank transfer within 30 days. hotel is paid directly by us\n"
     "[{day} 08:27] {first}: perfect\n[{day} 08:40] {name}: also, the gala dinner is at 7 tonight, "
     "buses from the hotel at 6:30. Partners welcome, just tell the desk"),
])
F.add("en18-b-18-coauthor-wechat", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "Paper accepted!! 🎉 Celebrate when you visit Shanghai in {date}?"),
    ("none", "",
     "Hi {first}, I'm messaging on WeChat becuase university e-mail keeps bouncing. The camera-ready "
     "version of our paper on {sector} is due {day}. I fixed the figures; could you check the "
     "acknowledgements and the funding statement? The preprint is already public."),
    ("none", "",
     "[{day} 21:02] Wei: {first}, reviewers' comments are in! Mostly positive\n[{day} 21:03] "
     "{first}: great!! what do they want?\n[{day} 21:05] Wei: more detail on the simulation set-up "
     "and a comparison with the published baseline from last year's workshop\n[{day} 21:06] "
     "{first}: fine, the baseline code is on GitHub. I can do the table this weekend\n[{day} 21:08] "
     "Wei: also our department invited you to give a talk in {date}, they cover the flight and "
     "hotel. official letter comes from the dean's office by e-mail\n[{day} 21:09] {first}: "
     "lovely. I'll have to ask my university's research office first, they check overseas trips now\n"
     "[{day} 21:10] Wei: of course, same for us\n[{day} 21:12] {first}: sending the revision to "
     "the shared Overleaf, not here. talk tomorrow!"),
])
F.add("en18-b-19-diaspora-family-chat", 0, "family_chat", "chat", True, [
    ("none", "",
     "Mum says come home for the wedding. She misses you 😭"),
    ("none", "",
     "{first}, Dad's check-up went fine, teh doctor says his heart is stable. I sent the money for "
     "his medicine through the bank transfer you set up, thank you. Are you still coming home for "
     "cousin Lin's wedding? Everyone asks about you."),
    ("none", "",
     "[{day} 19:30] Mum: {first} have you eaten\n[{day} 19:31] {first}: yes mum, noodles\n[{day} "
     "19:31] Mum: your auntie asks when you come back home. the wedding is {date}\n[{day} 19:33] "
     "{first}: I booked, arriving the 10th. only 9 days though, work is busy\n[{day} 19:33] Mum: "
     "good!! I will tell your father. don't bring big gifts, just come\n[{day} 19:35] Sis: I sent "
     "the red envelope money for Lin from both of us, you can pay me back later\n[{day} 19:36] "
     "{first}: thanks, I'll transfer tonight\n[{day} 19:37] Mum: and bring the medicine for grandpa "
     "from the pharmacy there, the one the doctor wrote down\n[{day} 19:38] {first}: yes, it's in my "
     "bag already\n[{day} 19:40] Mum: 😊 call on Sunday when everyone is here"),
])
F.add("en18-b-20-consultant-invoice", 0, "consulting_engagement", "email", True, [
    ("none", "",
     "Invoice attached for the {org} workshop, {big}, 30 days."),
    ("none", "",
     "Hi {first}, attached is my invoice for the market review I did for {org} under our framework "
     "agreement (PO reference on the invoice). Amount {big}, bank details as in the contract. The "
     "final report was delivered to your procurement team on {date} and is cleared for publication "
     "on your website."),
    ("none", "",
     "Dear {first},\n\nPlease find attached invoice INV-0{phone} for the strategy workshops delivered "
     "to {org} in {date}, under the statement of work signed with your procurement team.\n\nSummary:"
     "\n- two facilitation days with the {sector} leadership team\n- the written summary report, "
     "delivered on time and approved by your programme director\n- travel to your office, charged "
     "at cost with receipts attached\n\nTotal: {big} plus VAT, payable within 30 days to the business "
     "account named in the contract. Please note my firm never changes bank details by e-mail; if "
     "you receive a message asking you to pay a different account, call me on {ukphone} before doing "
     "anything.\n\nAs agreed in the NDA, I have deleted the working files you shared with me, and I "
     "will not use any of your confidential information for other clients.\n\nThank you for the "
     "collaboration.\n\nKind regards,\n{name}\nPrincipal, Larchmont Strategy Ltd\n"
     "accounts@larchmont.example.co.uk"),
])
F.add("en18-b-21-public-tender-bid", 0, "procurement_notice", "email", True, [
    ("none", "",
     "Bid team: tender clarification answers are out, check the portal."),
    ("none", "",
     "All, the public tender for the {sector} framework is live on the government procurement "
     "portal, deadline {date}. Clarification questions go through the portal only; no contact with "
     "the buyer's staff during the standstill. Pricing stays in the bid team folder until "
     "submission. Kick-off {day} at 10."),
    ("none", "",
     "Dear bid team,\n\nWe have decided to bid for the public tender for {sector} services published "
     "by {org} on the national procurement portal (contract value up to {big} per month, four "
     "years).\n\nSome rules for the coming weeks:\n\n1. All questions to the buyer go through the "
     "portal's clarification function. Answers are published to all bidders, so don't ask anything "
     "that would reveal our solution.\n2. No informal contact with the buyer's staff or evaluators "
     "until the award. If someone from the buyer, a rival bidder or a \"consultant\" offers you "
     "insight into the evaluation or other bids, decline and tell me; that is a procurement offence.\n"
     "3. Our pricing model and the draft solution are commercially confidential. Keep them in the "
     "bid folder, not in personal e-mail or chat apps.\n4. Partners sign our teaming agreement "
     "before they see the draft.\n\nThe internal gate review is on {date}.\n\nThanks,\n{name}\nBid "
     "Manager"),
])
F.add("en18-b-22-onboarding-official-portal", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "Upload your passport for right-to-work in the HR portal, not by e-mail."),
    ("none", "",
     "Welcome to {uni}, {first}! Before your start date, please upload proof of identity and right "
     "to work through the staff onboarding portal. HR will never ask you to send ID documents to a "
     "personal e-mail or messaging app, or to pay for equipment. Your line manager is {name}."),
    ("none", "",
     "Dear {first},\n\nWelcome to {tt}. We are delighted you are joining as {role} on {date}.\n\n"
     "Please complete these steps in the onboarding portal (link in the separate e-mail from our HR "
     "system) at least a week before you start:\n\n- upload your passport or other ID for the "
     "right-to-work check;\n- enter your bank details for payroll;\n- read and sign the staff "
     "handbook, including our policy on outside interests and the confidentiality clause in your "
     "contract;\n- complete the declaration of funding and affiliations, which we publish in summary "
     "on our website as part of our transparency commitment.\n\nIf you hold a security clearance "
     "from a previous role, there is no need to tell us its details; the vetting team will contact "
     "you separately if your post requires it.\n\nWe will never ask for ID, bank details or "
     "payments by WhatsApp, text or personal e-mail. If you receive such a request claiming to be "
     "from us, call HR on {ukphone}.\n\nBest wishes,\n{name}\nPeople Team, {tt}"),
])
F.add("en18-b-23-embargoed-report", 0, "press_release", "email", True, [
    ("none", "",
     "Embargoed until {date} 00:01. Launch report attached."),
    ("none", "",
     "Dear journalists, please find attached our new report on {sector}, under embargo until 00:01 "
     "on {date}. You may interview the authors before then, but nothing may be published or posted "
     "until the embargo lifts. After that the report is free on our website. Contact the press "
     "office for interviews."),
    ("none", "",
     "Dear {first},\n\nThank you for your interest in the launch of our report on {sector}. As one "
     "of the journalists on our embargo list, you will receive the full report, the executive "
     "summary and the charts on {day}, three days before publication.\n\nThe embargo terms are "
     "simple: no coverage, posts or quotes before 00:01 on {date}. The report will then be "
     "published in full on the website of {tt} and presented at a public launch event with the "
     "minister, which you are welcome to attend.\n\nThe authors are available for interviews on the "
     "record before the embargo lifts. Please arrange them through me, not directly.\n\nA reminder "
     "that the embargo applies to the report itself; the figures in it come from public data sets "
     "and company filings listed in the annex, which you can of course consult at any time.\n\nBest "
     "regards,\n{name}\nHead of Communications, {tt}\npress@example.org\n{ukphone}"),
])
F.add("en18-b-24-export-control-screening", 0, "research_compliance", "email", True, [
    ("none", "",
     "Export-control check for your visitor: project titles only, via the form."),
    ("none", "",
     "Dear Professor {last}, the research security office needs to screen the proposed visit of "
     "your guest researcher. Please list, in the online form, the project titles and funders your "
     "group works on, and which labs the visitor will access. We need titles only, not technical "
     "details. Decisions usually take two weeks."),
    ("none", "",
     "Dear {first},\n\nThank you for registering the proposed visiting fellow in your group. Under "
     "the university's trusted research policy, we check visits in sensitive areas such as {sector} "
     "against export-control and sanctions rules.\n\nTo do this, please complete the screening form "
     "in the research office portal with:\n- the visitor's current affiliation and funding source;\n"
     "- the titles of the projects they will work on, and whether any involve controlled technology "
     "or government funding;\n- the labs and systems they will access.\n\nPlease give project titles "
     "and funder names only; do not attach technical documents, and do not list colleagues' security "
     "clearances, which we do not need. If a project is under a defence contract, our contracts team "
     "will talk to the sponsor directly.\n\nMost screenings conclude within ten working days. We "
     "will tell you if a licence is needed before the visit can go ahead.\n\nKind regards,\n{name}\n"
     "Research Security Adviser, {uni}\n{mail}"),
])
F.add("en18-b-25-old-colleague-coffee", 0, "friendly_meetup", "chat", True, [
    ("none", "",
     "In {city} for the conference too? Coffee on me after the keynote!"),
    ("none", "",
     "Hey {first}! Saw on LinkedIn that you're speaking at {conf}. I'm there for my company's "
     "stand. Fancy a drink on the Wednesday? Would be lovely to catch up on the kids and the old "
     "team. I'll text you on WhatsApp when I land."),
    ("none", "",
     "[{day} 17:45] {first}: you made it to {city}!\n[{day} 17:46] {name}: just checked in. hotel is "
     "fancy, the company is paying for once 😂\n[{day} 17:47] {first}: haha. dinner tonight? there's "
     "a place near the venue that does good fish\n[{day} 17:48] {name}: yes please. can I bring "
     "Karin from my team? she's presenting tomorrow\n[{day} 17:48] {first}: of course\n[{day} "
     "17:50] {name}: no shop talk though, I've had enough of the upcoming reorg for one week\n[{day} "
     "17:51] {first}: deal. I'm not allowed to talk about ours either until it's announced\n[{day} "
     "17:52] {name}: lol. 8pm? I'll book for three\n[{day} 17:53] {first}: perfect, see you in the "
     "lobby\n[{day} 23:40] {name}: that was great, thank you for dinner. next time it's my turn, maybe when "
     "you're in our city for the spring meeting"),
])
F.add("en18-b-26-honorarium-notice", 0, "payroll_notice", "email", True, [
    ("none", "",
     "Your honorarium of {fee} was paid to your bank account today."),
    ("none", "",
     "Dear {first}, the honorarium of {fee} for your lecture at {uni} has been approved. It will be "
     "paid by bank transfer within 15 working days, with tax deducted at source as required. We "
     "never pay in cash, cryptocurrency or gift cards, or to third-party accounts."),
    ("none", "",
     "Dear {first},\n\nThank you for delivering the keynote at {tt}'s annual conference. This e-mail "
     "confirms the arrangements for your honorarium.\n\nAmount: {big}\nMethod: bank transfer to the "
     "account in your supplier form\nTiming: within 30 days of receiving your invoice\nTax: as a "
     "non-resident speaker, you may be subject to withholding; our finance team will send a "
     "certificate for your records\n\nIf your employer's policy requires the honorarium to be paid "
     "to the organisation rather than to you, or to be declined, just let us know and we will "
     "adjust. Several government speakers do this.\n\nFor your security: we will never change "
     "payment details by e-mail, and we never pay by cash, crypto, gift card or to a relative's "
     "account. If you receive a message saying otherwise, contact our finance office on {ukphone}.\n\n"
     "With thanks again,\n{name}\nEvents Finance\n{tt}\n{ttmail}"),
])
F.add("en18-b-27-chatham-house-roundtable", 0, "roundtable_invite", "email", True, [
    ("none", "",
     "Roundtable is Chatham House rule. Public material only, summary published after."),
    ("none", "",
     "Dear {first}, {tt} invites you to a closed roundtable on {sector} on {date}, held under the "
     "Chatham House rule. A non-attributed summary will be published. Please speak from public "
     "sources and your own views only; officials attend in a personal capacity. Economy travel is "
     "reimbursed."),
    ("none", "",
     "Dear {first},\n\nWe are holding a small roundtable on {sector} in {city} on {date}, and would "
     "be delighted if you could join us. Participants include officials, company representatives "
     "and academics from several countries; the full list is shared with all participants in "
     "advance.\n\nThe discussion is held under the Chatham House rule, so that people can speak "
     "freely about their own views. It is not a forum for sharing non-public information, and we "
     "ask participants not to bring or discuss anything confidential to their organisations. A "
     "short, non-attributed summary is published on our website, and the event is listed in our "
     "public events calendar.\n\n{tt} covers economy flights and two hotel nights for participants "
     "travelling from abroad, booked through our travel agency. If you are a public servant, please "
     "check your department's rules on accepting hospitality; we can send a formal letter for your "
     "approval file.\n\nKind regards,\n{name}\nEvents Manager, {tt}\n{ttmail}"),
])

# ---------------------------------------------------------------- benign, plain
F.add("en18-b-28-lab-group-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "",
     "printer on floor 3 is jammed again, use the one by the kitchen"),
    ("none", "",
     "Reminder: lab meeting moved to {day} at 11 because of the fire drill. {first} is presenting "
     "the new calibration results, and someone please bring biscuits, it's been weeks. Room booking "
     "is under my name."),
    ("none", "",
     "[{day} 12:01] {first}: lunch?\n[{day} 12:02] {name}: 10 mins, finishing a plot\n[{day} "
     "12:02] Dr {last}: I'm in, the canteen has that curry again\n[{day} 12:05] {first}: ok meet by "
     "the lifts\n[{day} 12:10] {name}: sorry, 5 more, matplotlib is fighting me\n[{day} 12:11] Dr "
     "{last}: classic. we'll save you a seat\n[{day} 12:40] {name}: made it, where are you\n[{day} "
     "12:41] {first}: by the window\n[{day} 12:58] Dr {last}: btw the seminar this afternoon is in "
     "the big lecture theatre, not the usual room\n[{day} 12:59] {first}: thanks! also who "
     "borrowed my good HDMI adapter, please bring it back\n[{day} 13:02] {name}: guilty, it's on my "
     "desk, sorry\n[{day} 13:03] {first}: 😤 ok\n[{day} 13:05] Dr {last}: and "
     "don't forget the group photo for the website on Friday, smart casual please"),
])
F.add("en18-b-29-department-newsletter", 0, "work_email", "email", False, [
    ("none", "",
     "Room 2.14 booked for the reading group, {day} 2-4pm."),
    ("none", "",
     "Hi all, the department's summer newsletter is out. Highlights: two new lecturers joining in "
     "September, the refurbished common room, the photo competition results and a profile of our "
     "outgoing head of school. Please send news for the autumn issue to {name} by the end of "
     "{date}."),
    ("none", "",
     "Dear colleagues,\n\nA few updates before the end of term.\n\nTeaching: marks for the spring "
     "modules are due in the system by {date}. The exam board meets a week later; external examiners "
     "have been sent the scripts.\n\nBuildings: the east wing lifts will be out of service for "
     "maintenance for two weeks from {day}. Please use the stairs by the library or the west "
     "entrance lift. Accessible routes are shown on the estates page.\n\nEvents: the end-of-year "
     "party is in the courtyard on the last Friday of term, weather permitting. Families are "
     "welcome, and there will be a bouncy castle for the children, by popular demand.\n\nPeople: "
     "please join me in congratulating Dr {last} on her promotion and {first} on passing the PhD "
     "viva with minor corrections.\n\nFinally, a reminder that annual leave requests for August "
     "should be in by the end of the month so we can plan cover for the open days.\n\nBest wishes,"
     "\n{name}\nDepartment Manager"),
])
F.add("en18-b-30-student-supervision", 0, "ordinary_chat", "chat", False, [
    ("none", "",
     "Chapter 3 comments done, see you {day} at 10."),
    ("none", "",
     "Hi {first}, I read chapter 3. The argument is much clearer now, but the literature review "
     "still repeats points from chapter 2. Could you merge those sections and add the two papers I "
     "mentioned? Also start thinking about a title for the conference abstract, deadline {date}."),
    ("none", "",
     "Dear {first},\n\nThanks for sending the full draft of the thesis. I've gone through it over "
     "the weekend and my comments are in the margin; here is the overall picture.\n\nThe "
     "introduction is good but long. Cut it to about eight pages and move the history of the field "
     "into chapter 2, where it fits better.\n\nChapter 4 is the strongest. The statistical analysis "
     "is careful and the figures are clear. Please add the robustness checks we discussed, even if "
     "they only go into an appendix.\n\nChapter 5 needs the most work. At the moment it restates "
     "results rather than discussing what they mean for {sector}; think about what a reader in "
     "policy would take from it.\n\nOn timing: if you can send the revised draft by {date}, we can "
     "aim to submit before the summer and book the viva for early autumn.\n\nWell done on getting "
     "this far, it is a real achievement.\n\nBest,\n{last}"),
])

TELLTALE = re.compile(
    r"whatsapp|wechat|telegram|signal|gmail|proton|\bvx\b|\bwx\b|weixin|@|[$£€¥]|\bclients?\b|\bfees?\b"
    r"|\bpa(?:y|id|yment)\b|\bcash\b|crypto|bitcoin|\bmoney\b|\breward|honorarium|stipend|gift card"
    r"|deposit|cheque|confidential|secret|classified|between us|internal|non-public|\breport|police"
    r"|\breturn|don't tell|your employer",
    re.IGNORECASE,
)
SUBTLE = {f"en18-s-{n:02d}" for n in range(10, 21)}


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for row in rows:
        # A greeting in front of a subject line, a chat export or a "Dear ..." reads wrong: drop it.
        text = str(row["text"])
        for opener in filter(None, OPENERS):
            if text.startswith(opener) and text[len(opener):].startswith(("Subject:", "[", "Dear ")):
                row["text"] = text[len(opener):]
        prefix = str(row["family"])[:9]
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif prefix in SUBTLE:
            row["subtlety"] = "subtle"
            assert not TELLTALE.search(str(row["text"])), (row["id"], TELLTALE.search(str(row["text"])))
    write(rows, Path(__file__).with_name("en_author18.jsonl"))
    summarise(rows)


def summarise(rows: list[dict[str, object]]) -> None:
    """Print the counts and the length spread quoted in the module docstring."""
    def spread(label: int) -> str:
        words = [len(str(r["text"]).split()) for r in rows if r["label"] == label]
        bins = [sum(1 for n in words if lo <= n <= hi) for lo, hi in ((3, 20), (30, 120), (121, 300))]
        return "/".join(map(str, bins)) + f" (other {len(words) - sum(bins)})"

    for label, name in ((1, "suspicious"), (0, "benign")):
        mine = [r for r in rows if r["label"] == label]
        families = {str(r["family"]) for r in mine}
        subtle = {str(r["family"]) for r in mine if r["subtlety"] == "subtle"}
        alike = {str(r["family"]) for r in mine if r["lookalike"]}
        print(f"{name}: {len(mine)} messages in {len(families)} families; subtle families {len(subtle)} "
              f"({sum(1 for r in mine if r['subtlety'] == 'subtle')} messages); look-alike families "
              f"{len(alike)} ({sum(1 for r in mine if r['lookalike'])} messages); words 3-20/30-120/121-300: "
              f"{spread(label)}")


if __name__ == "__main__":
    main()
