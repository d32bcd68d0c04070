"""English training messages by author 20: the workplace and the personal circle.

Who and how: written by a project engineer (an AI assistant) who had read only DESIGN.md ("The threat it
screens for") and public warnings (CSIS, MI5/NPSA "Think Before You Link", FBI). Every template was
hand-written blind to the rule packs, the training corpus and the evaluation sets. Every name, firm,
handle, address and number is invented (example.com/.net/.org, 555-01xx, 07700 900xxx).

Run from the repository root::

    .venv/bin/python data/corpus/raw/en_author20_source.py

It rewrites ``data/corpus/raw/en_author20.jsonl`` with ``template_families.build`` (fixed seed).

What the families cover. Benign (``en20-b-*``), mostly hard look-alikes: colleagues asking each other for
board slides, forecasts and an embargoed press release on the work channel; managers moving a thread to
Teams or Slack; friends comparing salaries and next jobs; family chats on WeChat and WhatsApp about money
for relatives, a visit home, a cousin's wedding; club trips with costs shared; expense claims; an expert
network with a compliance attestation; a recruiter scheduling on WhatsApp; a journalist on the record;
think-tank reviews and conference trips with travel paid; HR onboarding through the portal; payroll and
security-awareness notices that quote the warning signs; a public tender; a consultant invoicing a named
client; a cleared job advert. Suspicious (``en20-s-*``), in the same circle and registers: the old friend,
neighbour, club member, in-law or former manager who asks for the same internal material for someone
else, on a personal address or another app, for money or behind the employer's back; an invitation to
meet the interested people abroad; pressure on family at home; task and cheque scams. More than half of
the suspicious families are subtle (no app name, no "client", no fee, no "confidential").

Counts and lengths (printed by ``stats()`` at the end of a run):
449 messages in 50 families (9 each, one family 8 after a duplicate was dropped); 180 suspicious
(40%) in 20 families, 10 of them subtle (90 messages); 269 benign in 30 families, 26 of them look-alikes.
Words: 153 short (<=20), 174 medium (21-120), 122 long (>120); min 9, max 174. Chat families are chat
lines, the others InMail/short e-mails, and the families whose texts open with "Subject:" are the longer
e-mails (signatures, quoted replies, forwarded headers come from the closers shared by both classes).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 2020
PER_TEMPLATE = 3

POOLS: dict[str, list[str]] = {
    "name": ["Priya", "Tom", "Mei", "Jonas", "Aisha", "Rob", "Lena", "Karim", "Sofia", "Dev", "Hannah", "Wei"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "tomorrow"],
    "company": ["Halvern Systems", "Brightwater Energy", "Corvane Aerospace", "Lumeq Semiconductors",
                "Tessaline Telecom", "Orrin Defence"],
    "rival": ["Kestrow Engineering", "Palisade Networks", "Marrow & Finch", "Cobalt Ridge Energy"],
    "project": ["Project Kestrel", "the Arden bid", "the grid upgrade", "the radar refresh",
                "the 5G core rollout", "the Lark tape-out"],
    "doc": ["board slides", "Q3 forecast", "pricing model", "capacity plan", "roadmap deck", "bid costings"],
    "city": ["Lisbon", "Singapore", "Vienna", "Istanbul", "Dubai", "Kuala Lumpur", "Shenzhen"],
    "amount": ["£200", "$300", "€250", "$500", "£150", "$120"],
    "handle": ["lucky_fox88", "sunrise_2024", "mh_travels", "blue_lantern7"],
    "mail": ["k.ashby.home@example.com", "dmorrow77@example.net", "li.family@example.org",
             "old.pal.steve@example.com"],
    "phone": ["+1 555-0143", "07700 900184", "+86 138 0000 0000", "+44 7700 900392", "+1 555-0178"],
}

CHAT_OPENERS = ["", "", "", "[09:12] ", "[14:47] ", "[21:03] ", "hey ", "hi ", "ok so "]
CHAT_CLOSERS = ["", "", "", " thx", " cheers", " 🙏", " x", " ta"]

MID_OPENERS = ["Hi {0},\n\n", "Hello {0},\n\n", "Hey {0},\n\n", "Dear {0},\n\n", "{0} -\n\n"]
MID_NAMES = ["Sam", "Anna", "Marcus", "Yuki", "Chloe", "Ravi"]
MID_CLOSERS = ["\n\nThanks,\nJess", "\n\nBest,\nDaniel", "\n\nCheers, Olu", "\n\nSpeak soon,\nM.",
               "\n\nKind regards,\nHelen Barr", "\n\nThanks a lot!\nTariq"]

LONG_OPENERS = ["", "", "Date: Tue, 4 Nov 2025 08:42\n", "[External sender]\n"]
LONG_CLOSERS = [
    "\n\nBest regards,\nNina Kowalczyk\nSenior Programme Manager\nUnit 4, Millbrook Business Park, Leeds LS9 0ZZ\n"
    "Tel +44 7700 900417 | nina.k@example.com\n\nI work flexible hours; if this arrives outside yours, please"
    " reply when it suits you. Please consider the environment before printing this e-mail.",
    "\n\nThanks,\nGareth\n\nSent from my phone, please excuse typos\n\n> On Sun, 2 Nov 2025 at 19:04, you wrote:\n"
    "> Good to hear from you! Been a mad few weeks here, the kids have had every bug going.\n"
    "> Let me have a think and I'll get back to you in the week.",
    "\n\nAll the best,\nLiang Hu\nliang.hu@example.org | +1 555-0112\n\n-----Original Message-----\nFrom: you\n"
    "Sent: Thursday 30 October 2025 16:51\nSubject: RE: catching up\n\nThanks for getting in touch, it's been"
    " ages. Happy to chat, let me know what works.",
    "\n\nKind regards\nF. Okafor\n\n--\nThis e-mail and any attachment are intended for the addressee only."
    " If you received it in error, please delete it and tell the sender. Views expressed are the sender's own."
    " E-mail is not a secure medium; we accept no liability for changes made after it was sent.",
    "\n\nCheers,\nBen\n\n> On Mon, 3 Nov, at 17:20, you wrote:\n> Sounds good, happy to help where I can.\n"
    "> I'm travelling the first half of next week but free from Thursday.\n> Say hi to everyone from me, and thanks"
    " again for dinner last month.\n> Talk later.",
    "\n\nWarmly,\nClaire Dumont\n07700 900265\n\nPS: I've changed my number, the old one no longer works, so"
    " please update it on your side.\n\n-----Original Message-----\nFrom: you\nSent: Friday 12:05\n"
    "Subject: RE: catching up\n\nLovely to hear from you, let's sort a time soon.",
]

F = Families()

# ---------------------------------------------------------------- suspicious: short chat lines
F.add("en20-s-01-oldfriend-numbers", 1, "subtle_approach", "chat", False, [
    ("elicitation", "vague_client sensitive_info",
     "remember {name} from uni? he keeps asking how our {doc} look before they go out"),
    ("elicitation", "vague_client sensitive_info",
     "could you grab the {project} draft numbers? only the bits that aren't out yet"),
    ("elicitation", "off_platform sensitive_info",
     "send the {project} stuff to the address I texted, not your work one"),
])
F.add("en20-s-02-neighbour-cash", 1, "handler_followup", "chat", False, [
    ("elicitation", "paid_task sensitive_info secrecy unusual_payment",
     "{amount} cash for a copy of the {doc}. nobody at {company} needs to know"),
    ("elicitation", "paid_task vague_client sensitive_info secrecy",
     "my friend will pay {amount} for the {project} numbers, just don't mention it at work obviously"),
    ("pivot", "off_platform unusual_payment secrecy",
     "can we move to Telegram? rather not have your work phone in it. USDT ok?"),
])
F.add("en20-s-03-inlaw-return", 1, "coercion", "chat", False, [
    ("none", "coercion off_platform",
     "officers came to your mum's again. come back for one talk and it ends. WeChat: {handle}"),
    ("none", "coercion",
     "they want names of who runs the {city} community dinners. then your dad keeps his pension"),
    ("none", "coercion",
     "think of your parents. one week at home, they promise no trouble, just a talk"),
])
F.add("en20-s-04-excolleague-shortlist", 1, "subtle_approach", "chat", False, [
    ("elicitation", "sensitive_info secrecy",
     "go on, who's still in for {project}? I won't say where I heard"),
    ("elicitation", "sensitive_info",
     "what did the board decide about the {city} site? that's not out till next month right"),
    ("elicitation", "sensitive_info",
     "send me the new org chart {name}, the one HR hasn't sent round yet"),
])
F.add("en20-s-05-task-scam", 1, "job_scam", "chat", False, [
    ("pivot", "job_scam off_platform",
     "Hi! Part-time role rating hotels, {amount} a day from your phone. reply on WhatsApp {phone}"),
    ("none", "job_scam unusual_payment",
     "to unlock 30 more tasks top up {amount} first, it comes back with commission tonight"),
    ("none", "job_scam unusual_payment",
     "your account shows negative balance. deposit {amount} in USDT today or earnings are frozen"),
])
F.add("en20-s-06-visiting-friend", 1, "subtle_approach", "chat", False, [
    ("meeting", "vague_client sensitive_info client_meeting",
     "friend from {city} is here {day}, keen to hear how testing really went. dinner's on him"),
    ("meeting", "vague_client client_meeting",
     "they'd like you to come out to {city} and meet everyone properly. they'll sort everything"),
    ("elicitation", "vague_client sensitive_info",
     "bring the real results, not the ones in the newsletter. that's what they're curious about"),
])
F.add("en20-s-07-club-member", 1, "subtle_approach", "chat", False, [
    ("contact", "credential_targeting",
     "so you're cleared then? what level, if you don't mind me asking, {name}"),
    ("elicitation", "credential_targeting sensitive_info",
     "does your pass get you into the {project} lab? what's actually in there"),
    ("elicitation", "vague_client sensitive_info",
     "could you bring the test schedule on {day}'s run? my brother-in-law is keen to see it"),
])

# ---------------------------------------------------------------- suspicious: InMail / short e-mail
F.add("en20-s-08-classmate-report", 1, "fake_consultant", "email", False, [
    ("tasking", "paid_task vague_client off_platform",
     "Long time! I do a bit of advisory work now and one of my clients wants a short note on where "
     "{company} is heading with {project}. Two pages, {amount} per page, paid by transfer. Easier if you "
     "reply to my personal address, {mail}, as I don't check this one."),
    ("elicitation", "paid_task vague_client sensitive_info",
     "The client liked your first note a lot. For the next one they'd like what was said in the internal "
     "review of the {doc}, since the public version is too thin. Same rate, {amount} per page."),
    ("tasking", "paid_task vague_client secrecy",
     "Quick one: my client has another topic for you, {project} timelines. Please keep it between the two "
     "of us, I don't think your manager would get why you're helping me. {amount} on delivery."),
])
F.add("en20-s-09-cousin-trip", 1, "fake_think_tank", "email", False, [
    ("meeting", "client_meeting vague_client paid_task",
     "My business partner in {city} has some friends in the industry who would love to meet you. Flights "
     "and hotel covered, plus {amount} a day for your time. Bring a few slides on {project} and what comes next."),
    ("meeting", "client_meeting secrecy",
     "All booked for {city}. Tell work it's a family visit, it's simpler, they don't need to know about "
     "the meetings. Someone will collect you at the airport and take you straight to the hotel; you won't "
     "need any money while you're there."),
    ("meeting", "client_meeting sensitive_info vague_client",
     "Before you fly, the people in {city} asked whether you could bring the {doc} on a USB stick, the "
     "version that hasn't been through approvals. They'll take it from there."),
])
F.add("en20-s-10-former-manager", 1, "subtle_approach", "email", False, [
    ("elicitation", "vague_client sensitive_info",
     "Hope the new role is treating you well. I'm helping out a few people I trust these days and they'd "
     "find it useful to see the forward plan for {project}, the one that's still being argued over. Only "
     "for background. No need to copy anyone in."),
    ("elicitation", "sensitive_info secrecy",
     "Thanks for the overview. Honestly the published bits are the same as everyone else has. What we'd "
     "really value is where the {doc} landed after the last board, before it gets tidied up. Best kept off "
     "the shared drive, I'd say."),
    ("elicitation", "vague_client sensitive_info",
     "Could we catch up {day}? The group I mentioned would like your honest read on which suppliers "
     "{company} is leaning towards. Nothing written down is needed, just what you've heard in the room."),
])
F.add("en20-s-11-neighbour-son", 1, "subtle_approach", "email", False, [
    ("elicitation", "sensitive_info vague_client",
     "My son is doing a research project on {project} and his supervisor suggested he talk to someone "
     "inside {company}. Could you share the test data from the last round? Only what you have to hand, "
     "the internal runs rather than the press pack."),
    ("elicitation", "sensitive_info",
     "Thank you for the chat over the fence! He was hoping for the draft {doc} as well, not the published "
     "one. He says the people guiding him want to compare it with what they already have."),
    ("elicitation", "sensitive_info secrecy",
     "If easier, just drop a printout through our letterbox rather than e-mailing, then nobody needs to "
     "fuss about it. The figures for {project} are what matter to him. His deadline is the end of "
     "the month, so sooner would be kinder."),
])
F.add("en20-s-12-father-message", 1, "coercion", "email", False, [
    ("none", "coercion",
     "Your father asked me to write. The people from the office were polite, but they want you to come and "
     "explain yourself in person. It would make things easier for everyone here, especially your mother."),
    ("none", "coercion",
     "They asked again about the friends you meet in {city}. If you could tell them who organises the "
     "gatherings, they say your brother's job application can go ahead. Please think about it."),
    ("none", "coercion",
     "I don't like passing this on. They said your passport renewal will be 'difficult' unless you come "
     "home this summer and sit down with them. Your aunt is very worried."),
])
F.add("en20-s-13-payment-to-sister", 1, "handler_followup", "email", False, [
    ("tasking", "paid_task unusual_payment secrecy",
     "The second report was great. We'll send the {amount} to your sister's account this time rather than "
     "yours, so it doesn't show up next to your salary. Just send me her details."),
    ("tasking", "paid_task unusual_payment",
     "Payment for the {project} summary can go as gift cards or crypto, whichever you prefer. Bank "
     "transfers take too long from where we are and they ask too many questions. Tell me which and I'll "
     "sort it tonight."),
    ("tasking", "paid_task vague_client unusual_payment",
     "My client wants to thank you properly for the notes. Cash in an envelope when we meet {day}, "
     "{amount}, no paperwork needed. Same café as last time, I'll be at the back table."),
])
F.add("en20-s-14-assistant-cheque", 1, "job_scam", "email", False, [
    ("none", "job_scam unusual_payment",
     "Thanks for your interest in the remote personal assistant role. We will post you a cheque for "
     "{amount}; deposit it, keep your wage and buy gift cards with the rest for our vendors."),
    ("pivot", "job_scam off_platform",
     "Your application to {company} is approved. To continue, reply from your personal e-mail and text "
     "the hiring manager on {phone}. Interviews are done by chat only. Please have your bank details ready for direct deposit."),
    ("none", "job_scam unusual_payment",
     "Congratulations on the offer. Before equipment ships, a refundable {amount} deposit is needed for "
     "your laptop kit. Pay through the link and send a screenshot. Your start date is confirmed once the payment clears."),
])

# ---------------------------------------------------------------- suspicious: longer e-mails
F.add("en20-s-15-oldfriend-funnel", 1, "fake_consultant", "email", False, [
    ("tasking", "paid_task vague_client off_platform secrecy",
     "Subject: long time no see!\n\nHi {name},\n\nIt was great bumping into you at the reunion. As I "
     "said, I've set up a small consultancy and one of my clients, a group in {city}, is very interested "
     "in the {project} space. They pay well for short written reports: {amount} per page, and they are "
     "flexible on topics. You obviously know the area better than anyone I've met.\n\nIt would be easier to "
     "talk on WhatsApp ({phone}) or my gmail rather than here, my work account is monitored and I'd rather "
     "keep this separate. No need to mention it at {company} either; it's just a side thing between old "
     "friends. If the first one works out there's a lot more where that came from."),
    ("elicitation", "paid_task vague_client sensitive_info off_platform",
     "Subject: Re: the report\n\nHi {name},\n\nThanks so much for the report, the client read it over the "
     "weekend. They felt the first half was more or less what's on the {company} website, which is fair "
     "enough for a first go. For the next one they'd like to go a bit deeper: the numbers in the {doc} as "
     "they stand now, before the board sees them, and who is pushing back internally. Nothing classified "
     "of course, just what's being discussed inside.\n\nSame rate, and they're happy to add a bonus if "
     "it's in by {day}. Send it to {mail}, please, not my work address."),
    ("meeting", "client_meeting vague_client paid_task secrecy",
     "Subject: a trip?\n\nHi {name},\n\nGood news: the client would like to meet you in person to say "
     "thanks and talk about a longer arrangement. They've offered to fly you to {city} business class, "
     "hotel for three nights, and an honorarium of {amount} a day. I'd be there too, so it's really just "
     "dinner with friends.\n\nI'd suggest you take it as annual leave and keep the reason to yourself; "
     "HR people get nervous about anything unusual. Let me know your dates on WhatsApp and I'll sort "
     "everything from this end."),
])
F.add("en20-s-16-partner-press-release", 1, "subtle_approach", "email", False, [
    ("elicitation", "sensitive_info vague_client",
     "Subject: Re: Re: joint comms\n\nHi {name},\n\nThanks for the quick turnaround on the joint "
     "statement. One more thing while I have you: the folks I'm helping on our side would like to see the "
     "draft of your own release for {project} before it goes out, the one your comms team is still "
     "holding. It would help them line things up. The version you'd send round internally is perfect; "
     "I don't need the final one, that'll be public anyway.\n\nIf you could also drop in the figures "
     "that were cut from the public deck, I'd be grateful. Easiest to send it straight to me rather than "
     "through the project mailbox, which copies half the world."),
    ("elicitation", "sensitive_info secrecy",
     "Subject: quick follow-up\n\nHi {name},\n\nSorry to chase. I know the release for {project} is due "
     "{day}, and I know you can't share it officially. I'm not asking you to break anything, I just need "
     "to know roughly what the numbers will be and whether {rival} is named. A yes or no on a few points "
     "would do, by phone if that's easier than writing. It would stay with me and the two people I "
     "report to; they're discreet.\n\nIf it helps I can ring you after work rather than during the "
     "day, so it doesn't land in the office."),
    ("elicitation", "vague_client sensitive_info",
     "Subject: the costings\n\nHi {name},\n\nGreat to see you at the partner day. I was talking to some "
     "contacts afterwards and they were curious about how {company} priced the {project} work; the "
     "published award only gives the total. If you still have the breakdown from the evaluation, even an "
     "old draft of the {doc}, they would find it very helpful. They're not competitors, just people who "
     "like to understand the market properly.\n\nNo hurry, whenever suits. A photo of the key page would "
     "be plenty."),
])
F.add("en20-s-17-alumni-roundtable", 1, "subtle_approach", "email", False, [
    ("meeting", "client_meeting vague_client sensitive_info",
     "Subject: small roundtable in {city}\n\nDear {name},\n\nWe were in the same year at college, though "
     "you may not remember me. I now spend a lot of time in {city}, where some friends of mine run an "
     "informal circle of people interested in the {project} field. They would be delighted to host you "
     "for a few days next month; everything would be arranged for you, of course.\n\nThe evenings are "
     "very relaxed. What they value most is a candid view of what isn't in the annual reports: where "
     "the programme is really going, what worries the engineers, what the board is weighing up. Nothing "
     "you'd have to write down. Would the second half of the month work?"),
    ("meeting", "client_meeting vague_client",
     "Subject: Re: small roundtable\n\nDear {name},\n\nI'm so glad you can come. My friends have booked "
     "the hotel near the old town and someone will meet you at the airport. There's no need to trouble "
     "your office with the details; it's a private visit among acquaintances, and I'd rather it stayed "
     "relaxed. On the second evening a gentleman who has followed your career for some years would like "
     "a quiet word about how you might help them in the longer term.\n\nIf you could bring anything "
     "showing the current plans for {project}, even in draft, it would make the conversation easier."),
    ("elicitation", "vague_client sensitive_info",
     "Subject: after {city}\n\nDear {name},\n\nThank you again for making the trip. Everyone enjoyed your "
     "company. My friends have one follow-up question they were too polite to ask at dinner: the figures "
     "that {company} has not yet published for {project}, and which partners are being considered. They "
     "understand you may only know part of it. Even your impression from meetings would help them a "
     "great deal, and they are keen to stay in touch and invite you back in the spring."),
])
F.add("en20-s-18-liaison-threat", 1, "coercion", "email", False, [
    ("none", "coercion off_platform",
     "Subject: your family in the home province\n\nDear {name},\n\nI write as the community liaison for "
     "nationals living in {city}. We have spoken with your parents, who are in good health for now. It "
     "has come to our attention that you attend gatherings that criticise the government. We recommend "
     "that you return for a discussion before the end of the month; your parents' situation depends on "
     "your cooperation.\n\nPlease add my WeChat ({handle}) so we can arrange your travel. Do not discuss "
     "this message with the local police or with community organisers, as that would make matters "
     "worse for your relatives."),
    ("none", "coercion",
     "Subject: second notice\n\nDear {name},\n\nYou have not replied. Your brother has been asked to "
     "leave his post until you return. This is unnecessary. If you cannot come home, we will accept a "
     "list of the people who organised the protest in {city} last month and the names of their "
     "families, sent to this address. After that, the pressure on your relatives will be lifted.\n\n"
     "We are patient, but not without limit."),
    ("none", "coercion off_platform",
     "Subject: a friendly reminder\n\nDear {name},\n\nYour mother cried when we visited yesterday. She "
     "wants you home. It is a simple thing: book a flight, come to the office, sign a statement, and "
     "then you may go back to your life abroad. The officer handling your case can be reached on "
     "{phone} or on Telegram. If you choose silence, your family's business licence will be reviewed. "
     "Think about who pays the price for your stubbornness."),
])
F.add("en20-s-19-brotherinlaw-advisory", 1, "subtle_approach", "email", False, [
    ("elicitation", "vague_client sensitive_info",
     "Subject: Fwd: questions for {name}\n\n---------- Forwarded message ---------\nFrom: Viktor\n"
     "Subject: questions for {name}\n\nCould you ask your brother-in-law these?\n\n-------\n\nHi {name}, "
     "sorry to pass this on, Viktor's the partner I told you about at Christmas. He's trying to get a "
     "better picture of the {project} procurement before it's announced. Mainly: which bidders are "
     "still in, what the evaluation scores look like, and whether the budget line in the {doc} is "
     "changing. I said you'd know more than the papers. No pressure, but it'd really help me with him."),
    ("elicitation", "sensitive_info secrecy",
     "Subject: Re: questions\n\nHi {name},\n\nThanks, that was useful, and Viktor was very pleased. He "
     "asked if you could get hold of the actual evaluation sheet rather than your memory of it; a photo "
     "would be fine. Probably best not to use your work e-mail for it, just text it to me. I'd rather "
     "your sister didn't hear about it either, she worries about your job.\n\nHe said he'd like to take "
     "us both out when he's over from {city}, as a thank-you."),
    ("meeting", "client_meeting vague_client sensitive_info",
     "Subject: Viktor in town\n\nHi {name},\n\nViktor's over from {city} on {day} and asked if you'd join "
     "us for lunch. He's bringing a colleague who looks after their longer-term plans and would like to "
     "hear directly from you how {company} is thinking about {project} next year, beyond what's public. "
     "They've booked a private room, so it's quiet. He mentioned they might have some ongoing work for "
     "you if it goes well, but let's see."),
])
F.add("en20-s-20-signal-whitepaper", 1, "fake_headhunter", "email", False, [
    ("tasking", "credential_targeting off_platform paid_task vague_client",
     "Subject: opportunity for cleared engineers\n\nHello {name},\n\nA mutual friend from your running "
     "club passed me your name. I'm a talent partner working for a client in the {project} sector who "
     "is looking for people with an active clearance. Before any formal role there is a paid white paper, "
     "{amount} for 3,000 words on trends you see at work. My client prefers Signal for first "
     "conversations, it's quicker. My number there is {phone}.\n\nI'll explain the rest once we've "
     "connected; the client is discreet and prefers not to be named at this stage."),
    ("elicitation", "sensitive_info vague_client off_platform unusual_payment",
     "Subject: Re: white paper\n\nHello {name},\n\nThe paper was received well. My client has asked for a "
     "second piece with more specifics: internal test schedules, which subcontractors are involved, and "
     "anything in the {doc} that isn't yet public. Payment will be in Bitcoin to a wallet of your "
     "choice. Please upload through the link I sent on Signal rather than by e-mail.\n\nThey see this as "
     "the start of a long relationship."),
    ("meeting", "client_meeting secrecy vague_client",
     "Subject: meeting the team\n\nHello {name},\n\nMy client would like to meet in {city} next month, "
     "all expenses covered and a generous per diem. Please don't mention the trip to your security "
     "officer; it would only complicate the approval process for a purely private visit. I'll send "
     "tickets to your personal e-mail once you confirm the dates."),
])

# ---------------------------------------------------------------- benign: short chat lines
F.add("en20-b-01-board-slides-teams", 0, "coworker_channel", "chat", True, [
    ("none", "", "can you send me the draft of the {doc} before {day}? want to check numbers first"),
    ("none", "", "{name} the internal {doc} is on the team SharePoint, keep it inside the deal team"),
    ("none", "", "moving this to our Teams channel, easier than 40 reply-alls about {project}"),
])
F.add("en20-b-02-manager-slack", 0, "coworker_channel", "chat", True, [
    ("none", "", "let's take this to the #proj-updates channel on Slack, the email thread is getting silly"),
    ("none", "", "can you ping me on Teams once the {doc} is updated? I'll review before {day}'s meeting"),
    ("none", "", "please keep the unannounced bits in the private channel until comms signs off"),
])
F.add("en20-b-03-wechat-money-family", 0, "family_chat", "chat", True, [
    ("none", "", "sent {amount} to Auntie on WeChat Pay for grandma's medicine, tell mum pls"),
    ("none", "", "mum asks when you're coming home, she wants to book the train tickets"),
    ("none", "", "dad's check-up went fine. don't tell him I told you he was worried lol"),
])
F.add("en20-b-04-friend-salary", 0, "friend_chat", "chat", True, [
    ("none", "", "what are they paying you at {company} now? thinking of applying for the senior role"),
    ("none", "", "got an offer from {rival}, about 15k more but a longer commute. thoughts?"),
    ("none", "", "don't tell anyone at work yet but I'm interviewing at {company} on {day}"),
])
F.add("en20-b-05-club-trip-costs", 0, "club_chat", "chat", True, [
    ("none", "", "{city} trip: flights about {amount} each, hotel split four ways. send your share by {day}"),
    ("none", "", "I paid the deposit for the {city} apartment, revolut me when you can"),
    ("none", "", "ride club weekend in {city} confirmed! all costs shared, spreadsheet pinned"),
])
F.add("en20-b-06-cousin-wedding", 0, "family_chat", "chat", True, [
    ("none", "", "cousin's wedding in {city} is confirmed, dad's booking everyone's flights, add yourself to the WhatsApp group"),
    ("none", "", "aunt says bring cash for the red envelope, {amount} is fine"),
    ("none", "", "can you send me your passport number so uncle can book the hotel for the wedding"),
])
F.add("en20-b-07-expense-claim", 0, "coworker_channel", "chat", True, [
    ("none", "", "finance says the {city} trip is reimbursed, just upload the receipts in Concur by {day}"),
    ("none", "", "did your per diem for {city} come through? mine's still pending"),
    ("none", "", "travel desk booked the {city} flights, hotel is on the corporate card"),
])
F.add("en20-b-08-ordinary-chat", 0, "ordinary_chat", "chat", False, [
    ("none", "", "lunch at the noodle place {day}? {name} is coming too"),
    ("none", "", "running late, train stuck outside the station again"),
    ("none", "", "did anyone take my charger from the {day} meeting room lol"),
])
F.add("en20-b-09-public-bid", 0, "coworker_channel", "chat", True, [
    ("none", "", "have you seen {rival}'s bid for the council tender? it's published on the portal"),
    ("none", "", "the award notice for {project} is out, {rival} came in under us on price"),
    ("none", "", "{name} can you pull {rival}'s annual report, want their public numbers for {day}"),
])
F.add("en20-b-10-security-reminder", 0, "security_awareness", "chat", True, [
    ("none", "", "security reminder: if an 'old friend' asks for work docs on your personal email, report it"),
    ("none", "", "IT: never move to WeChat or Telegram with a recruiter you don't know. tell security"),
    ("none", "", "PSA from the security team: nobody legit pays for internal reports in gift cards or crypto"),
])

# ---------------------------------------------------------------- benign: InMail / short e-mail
F.add("en20-b-11-embargoed-release", 0, "work_email", "email", True, [
    ("none", "",
     "Attached is the draft press release for {project}. It is embargoed until the announcement on {day}, "
     "so please keep it inside the comms and legal group and don't forward it. Comments in the doc by noon."),
    ("none", "",
     "Could you sanity-check the figures in the unannounced {project} release against the {doc}? Legal "
     "wants them to match exactly before it goes to the board. It's in the embargo folder on the comms SharePoint. Work email only, please."),
    ("none", "",
     "Quick heads-up: the internal Q&A for the {project} announcement is on the intranet. Please don't "
     "discuss the deal with anyone outside {company} until the press release is out. The Q&A has the approved lines if customers ask."),
])
F.add("en20-b-12-friend-next-job", 0, "friend_chat", "email", True, [
    ("none", "",
     "Saw the senior engineer role at {company} on their careers site, base band looks like £70-85k. "
     "Would you be up for referring me? I'll send my CV to your work email so it goes through the "
     "proper referral route."),
    ("none", "",
     "Thanks for the referral! The recruiter from {company} called, they want a video interview on "
     "{day}. Any tips on the panel? Not asking for the questions, obviously, just the vibe."),
    ("none", "",
     "Got the offer! {amount} sign-on bonus and relocation to {city} paid. I'll tell my manager "
     "{day} before I accept. They were decent about the notice period too, so I can hand over "
     "properly. Drinks on me."),
])
F.add("en20-b-13-relative-bank-details", 0, "family_chat", "email", True, [
    ("none", "",
     "Can you send me your bank details? Mum wants to pay you back the {amount} for the flights home. "
     "She'd rather do a normal transfer than cash this time. No hurry at all."),
    ("none", "",
     "Uncle asked whether you could help with grandma's care home fees this month, {amount} would cover "
     "it. Only if you can, nobody expects it. We'll talk on the family call {day}."),
    ("none", "",
     "We've set up a shared account for Dad's hospital costs. The details are in the family WhatsApp. "
     "Everyone's putting in what they can, please don't stress. Dad says thank you to all of you, he's "
     "doing better already."),
])
F.add("en20-b-14-neighbours-outing", 0, "club_chat", "email", False, [
    ("none", "",
     "The street party is on {day} from two. Bring a dish if you can, and we're collecting £5 a house "
     "for the bouncy castle. Ring me on {phone} if you can't make it."),
    ("none", "",
     "The allotment society coach to the flower show leaves at eight. Tickets are £12, pay me at the "
     "gate. Lunch is your own. If it rains we go anyway, the marquees are covered. Let me know by {day} "
     "so I can tell the driver numbers."),
    ("none", "",
     "Book club this month is at {name}'s house. We're reading the one about the lighthouse. Bring "
     "wine, not spoilers. Next month it's the short stories, the library has copies on hold under my "
     "name."),
])
F.add("en20-b-15-onboarding-portal", 0, "hr_onboarding", "email", True, [
    ("none", "",
     "Welcome to {company}! Before your start date please upload your passport and proof of address "
     "through the onboarding portal. Please don't email ID documents; the portal is encrypted. Any questions, just reply here."),
    ("none", "",
     "Your background check for the cleared role at {company} has started. The vetting team will "
     "contact you from an @example.com address only, never from a personal account or messaging app."),
    ("none", "",
     "Reminder: your right-to-work check is due {day}. Bring your original passport to reception; HR "
     "will never ask you to pay for checks or send documents by WhatsApp. Your first-day schedule will follow next week."),
])
F.add("en20-b-16-expert-network-inmail", 0, "expert_network", "inmail", True, [
    ("none", "",
     "I'm with Greyline Insight, an expert network. A client, an investment firm in the energy sector, "
     "would like a paid one-hour call about grid equipment pricing trends. {amount}/hour. We do not "
     "want confidential or non-public information, and you'll sign our compliance attestation first."),
    ("none", "",
     "Thanks for agreeing to the Greyline call on {day}. Before it, please complete the attestation "
     "confirming you won't discuss non-public information about {company} or any current employer. The form takes five minutes on our adviser portal."),
    ("none", "",
     "Following your Greyline consultation, payment of {amount} will reach your bank via our payroll "
     "provider within 10 days. The end client is a private equity fund; their name was disclosed in "
     "the project brief."),
])
F.add("en20-b-17-recruiter-whatsapp", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "I'm recruiting a Senior RF Engineer for {company} in Bristol, £75-90k plus bonus, hybrid. Job "
     "reference RF-2291. If it's of interest, could you send your CV and a good time for a call?"),
    ("none", "",
     "Great speaking earlier. To arrange the interview with {company}'s hiring manager, is it okay if I "
     "WhatsApp you on the number in your CV? Just for scheduling, the formal invite comes from our "
     "company email."),
    ("none", "",
     "Confirming your interview with {company} on {day} at 10:00, on site. Travel is reimbursed by "
     "{company} against receipts; your contact there is the HR coordinator named in the invite. Let me know if you need parking."),
])
F.add("en20-b-18-journalist", 0, "journalist_request", "email", True, [
    ("none", "",
     "I'm a reporter at the Northgate Courier writing about {company}'s announced {project}. Would you "
     "be willing to comment on the record, with your name and title, for a piece running {day}?"),
    ("none", "",
     "Thanks for your time. To be clear, I'm only asking about what's already been announced; I'll "
     "send you the quotes to check before we publish. Our press office line is {phone}."),
    ("none", "",
     "Following up on the interview request: your press office says they'd rather field it. Happy to "
     "go through them, I'll email them the questions today. Either way, thanks for considering it, and sorry for the short deadline."),
])
F.add("en20-b-19-room-booking", 0, "work_email", "email", False, [
    ("none", "",
     "The third-floor kitchen will be closed {day} for cleaning. Please use the one on the second floor "
     "and take your mugs home. The dishwasher will be replaced at the same time, finally. Thanks for your patience."),
    ("none", "",
     "I've booked the big meeting room for the retro on {day}. Bring your own laptop charger, the "
     "spare ones have gone missing again. Sticky notes and pens are provided, snacks are not."),
    ("none", "",
     "Fire drill on {day} at 11. Leave by the nearest exit and meet at the car park. It takes ten "
     "minutes, I promise. Fire wardens, please collect your vests from reception beforehand."),
])
F.add("en20-b-20-payroll-notice", 0, "payroll", "email", True, [
    ("none", "",
     "Your expenses for the {city} conference have been approved and will be paid with your salary. "
     "Payroll will never ask you to pay in gift cards, crypto or to a personal account."),
    ("none", "",
     "Your bank details change request was received through the HR portal. If you didn't make it, "
     "call payroll on {phone} straight away. We never confirm changes by text. Thank you for keeping your details up to date."),
    ("none", "",
     "This month's payslip includes the {amount} referral bonus. Questions go to payroll through the "
     "helpdesk, not by reply to this email. Thanks for the referral, and have a good weekend."),
])

# ---------------------------------------------------------------- benign: longer e-mails
F.add("en20-b-21-awareness-newsletter", 0, "security_awareness", "email", True, [
    ("none", "",
     "Subject: Security bulletin: approaches through friends and family\n\nHi all,\n\nThis month's "
     "theme is approaches that don't look like approaches. The warning signs, word for word from the "
     "public guidance: a contact who flatters you and mentions a vague 'client'; a request to move to "
     "WhatsApp, WeChat, Telegram or a personal e-mail; an offer to pay for 'reports' or 'white papers'; "
     "questions that drift towards internal or non-public information; an invitation to meet abroad "
     "with travel paid; and a request to keep it from your employer.\n\nThese sometimes come from an "
     "old friend or a neighbour who has been asked to pass something on. If anything like this "
     "happens, tell the security team on {phone}. You won't be in trouble."),
    ("none", "",
     "Subject: Think before you link - refresher\n\nHi {name},\n\nAs part of your annual training, "
     "please read the attached one-pager. Key points: never move to WeChat with a recruiter you don't "
     "know; be wary of anyone offering {amount} for a 'short report' for a client they won't name; "
     "report anyone who asks you to send the {doc} or other internal papers to a personal address, "
     "even a relative.\n\nDiaspora colleagues: if someone pressures your family at home to make you "
     "return or report on others, that's a crime here. Talk to us in confidence. The refresher takes "
     "ten minutes; please complete it by {day}."),
    ("none", "",
     "Subject: Phishing and job-scam warning\n\nDear colleagues,\n\nWe've seen messages to staff "
     "offering part-time 'tasks' that pay {amount} a day once you top up a deposit, and fake recruiters "
     "asking people to reply from their personal e-mail. Real employers don't ask for deposits, gift "
     "cards or crypto.\n\nWe've also had two reports of contacts offering payment for internal "
     "documents about {project}. If you receive anything similar, don't reply; forward it to the "
     "security mailbox and delete it. Thank you to the colleagues who reported these quickly."),
])
F.add("en20-b-22-board-figures-thread", 0, "coworker_channel", "email", True, [
    ("none", "",
     "Subject: RE: {doc} for Thursday\n\nHi {name},\n\nThanks for the draft. Two things before it goes "
     "to the board pack: the capex line for {project} still shows last quarter's number, and the "
     "headcount slide doesn't match the HR extract. Could you fix both and send me the internal version "
     "by {day} lunchtime? Please keep it in the finance channel on Teams rather than email, the board "
     "secretary prefers one copy in circulation.\n\nThe figures stay internal until the results "
     "announcement, so no sharing with the auditors' wider team yet. I'll walk the CFO through it "
     "Friday morning."),
    ("none", "",
     "Subject: Re: numbers for the steering group\n\nHi {name},\n\nCan you send me the latest "
     "{doc} before the steering group? I need the version with the unannounced {city} site in it, not "
     "the sanitised one. I'll only share it with the three of us on the programme board; it goes "
     "nowhere else until legal clears it.\n\nAlso, {rival} published their interim numbers this "
     "morning, they're on their investor page. Worth adding a comparison slide from the public "
     "figures. Thanks, and sorry for the short notice."),
    ("none", "",
     "Subject: FW: draft release and Q&A\n\n---------- Forwarded message ---------\nFrom: Comms Team\n"
     "Subject: draft release and Q&A\n\nPlease review by {day}.\n\n-------\n\n{name}, forwarding as "
     "you're on the approvals list. This is the draft of the not-yet-announced {project} release plus "
     "the internal Q&A. Please check the technical claims, especially the performance figures, and "
     "reply to comms only. The embargo is strict: no sharing outside {company}, not even with partners "
     "who'll be named, until the announcement goes live."),
])
F.add("en20-b-23-think-tank-review", 0, "think_tank_commission", "email", True, [
    ("none", "",
     "Subject: Invitation to peer review a public report\n\nDear {name},\n\nThe Halden Institute for "
     "Energy Policy is preparing a public report on grid resilience, to be published in March under the "
     "authors' names. We'd like to invite you to act as a paid peer reviewer. The honorarium is "
     "{amount}, paid by bank transfer on invoice, and you'd be credited in the acknowledgements.\n\n"
     "The review covers only the draft we send you, which is itself public once published; we don't "
     "ask for any information about your employer. If your employer needs to approve outside work, "
     "we're happy to send a formal letter to your line manager."),
    ("none", "",
     "Subject: Talk at our policy seminar, travel covered\n\nDear {name},\n\nFollowing your published "
     "article on semiconductor supply chains, the Centre for Technology and Society at Westmere "
     "University would like to invite you to give a public talk in {city} on {day}. We cover economy "
     "flights and two nights' hotel, reimbursed on receipts through the university's finance office, "
     "and a speaker fee of {amount}.\n\nThe session is recorded and posted online. Please check with "
     "your employer's outside-engagements policy; we can provide whatever paperwork they need."),
    ("none", "",
     "Subject: Commissioned policy paper - contract attached\n\nDear {name},\n\nThank you for agreeing "
     "to write the 4,000-word paper on spectrum policy for our public series. The contract is attached: "
     "fee {amount}, paid in two halves to the account on your invoice, and the paper will appear under "
     "your name on the Institute's website. Our editorial guidelines ask authors to rely only on "
     "published sources.\n\nOur programme director will be your contact; her number is {phone}."),
])
F.add("en20-b-24-conference-abroad", 0, "conference_invite", "email", True, [
    ("none", "",
     "Subject: Speaker invitation - Applied Photonics Forum, {city}\n\nDear {name},\n\nOn behalf of the "
     "programme committee, I'm pleased to invite you to speak at the Applied Photonics Forum in {city} "
     "this autumn. The forum covers return economy flights, four nights at the conference hotel and "
     "registration. Slides will be published on the forum website, so please present only material "
     "that's already public or cleared by your employer.\n\nOur travel agent will contact you from "
     "travel@example.org to book. The full programme and the list of sponsors are on our website."),
    ("none", "",
     "Subject: Re: travel for the {city} workshop\n\nHi {name},\n\nThanks for confirming. Your flights "
     "are booked and the e-tickets are attached; the hotel is paid directly by the organisers. For "
     "meals, keep receipts and claim through the reimbursement form on the workshop page.\n\nA few of us "
     "are using a WhatsApp group for on-the-day logistics (taxis, venue changes). Happy to add you if "
     "you send a number, entirely optional; everything official still comes by e-mail."),
    ("none", "",
     "Subject: Panel on critical minerals - {city}\n\nDear {name},\n\nWe're organising a panel on "
     "critical minerals at the annual trade summit in {city}. {company} has already confirmed one "
     "speaker and we'd love a second view. Flights and hotel are covered by the summit organisers, and "
     "the session is open to press. We'll need your employer's approval letter and your bio by "
     "{day}.\n\nFeel free to call me on {phone} with any questions about the format."),
])
F.add("en20-b-25-expert-network-compliance", 0, "expert_network", "email", True, [
    ("none", "",
     "Subject: Paid consultation request - telecom infrastructure\n\nDear {name},\n\nI'm a project "
     "manager at Tallis Advisory Network. One of our clients, a US asset manager researching the telecom "
     "tower market, would like a one-hour phone consultation on general industry trends. We pay "
     "{amount} per hour.\n\nBefore the call you'll complete our compliance attestation confirming you "
     "won't share confidential or material non-public information, including anything about {company} "
     "or its customers. If your employer restricts outside consulting, please decline; we'll "
     "understand. A compliance officer may listen in."),
    ("none", "",
     "Subject: Re: scheduling\n\nHi {name},\n\nThanks for accepting. I've scheduled the call for {day} "
     "at 15:00 UK time via our dial-in; the client's analyst will join. Please remember the ground "
     "rules: public information and your general expertise only, no details of current projects such as "
     "{project}, no customer names. If a question goes too far, just say so and we'll move on.\n\nThe "
     "fee is paid by bank transfer after the call, and you'll receive a statement for your taxes."),
    ("none", "",
     "Subject: Compliance declaration - please sign\n\nDear {name},\n\nOur compliance team requires "
     "every adviser to sign the attached declaration before any call. In short: you are not currently "
     "employed by the company being discussed; you will not disclose confidential information of any "
     "current or former employer; you are permitted by your employer to consult. We do not accept "
     "requests to pay third parties or to pay outside the bank system.\n\nThe signed form goes back "
     "through our adviser portal, not by e-mail."),
])
F.add("en20-b-26-consultant-invoice", 0, "consulting_engagement", "email", True, [
    ("none", "",
     "Subject: Invoice 2025-041 - {company}, grid study phase 2\n\nHi {name},\n\nPlease find attached my "
     "invoice for the phase 2 work on the {project} study for {company}: twelve days at the agreed "
     "rate, per the statement of work signed in June. The purchase order number is on the invoice. "
     "Payment to the business account on file, 30 days as usual.\n\nThe client's programme manager has "
     "signed off the timesheet; a copy is attached. As the NDA requires, I've returned the working "
     "files to their SharePoint and deleted my local copies."),
    ("none", "",
     "Subject: Subcontract for the {company} engagement\n\nHi {name},\n\nAs discussed, I'd like to "
     "bring you in as a subcontractor on the {company} project. The client is named in the attached "
     "master agreement and they've approved subcontractors in writing. Day rate {amount}, invoiced "
     "monthly to my limited company. You'll need to sign their NDA and complete their security "
     "induction before getting access to any of their internal documents.\n\nIf you're happy, I'll "
     "set up a call with their procurement lead."),
    ("none", "",
     "Subject: Re: expenses for the {city} site visit\n\nHi {name},\n\nThanks for the reminder. The "
     "flights and hotel for the {city} visit go on the expenses line of the next invoice to {company}, "
     "with receipts; their policy reimburses economy only, so I've left off the upgrade. I'll send the "
     "visit report to their engineering manager through their supplier portal on {day}.\n\nLet me "
     "know if you need anything else for the audit."),
])
F.add("en20-b-27-public-tender", 0, "procurement", "email", True, [
    ("none", "",
     "Subject: Bid/no-bid for the council tender\n\nTeam,\n\nThe county council has published the "
     "tender for {project} on the public procurement portal, closing {day} in four weeks. The "
     "specification, evaluation criteria and last contract's award value are all on the portal. "
     "{rival} won the previous round; their published award notice shows the price.\n\nPlease review "
     "the spec and send me your view on whether we bid. Our own pricing stays in the bid folder on "
     "SharePoint; don't discuss it with anyone outside the bid team."),
    ("none", "",
     "Subject: Clarification questions submitted\n\nHi all,\n\nI've submitted our three clarification "
     "questions through the tender portal. The buyer will publish the answers to every bidder, "
     "anonymised, by {day}. Reminder of the rules: no contact with the buyer's evaluation panel outside "
     "the portal, and no hospitality with them until the contract is awarded.\n\nThe draft {doc} is "
     "with finance for review; the final version goes in via the portal only."),
    ("none", "",
     "Subject: Debrief from the award\n\nHi {name},\n\nWe came second on {project}. The buyer's debrief "
     "letter gives our scores against each criterion and the winner's total price, which they're "
     "obliged to publish. We lost mainly on social value. I'll walk the team through it on {day}; "
     "the letter is marked commercial in confidence, so please keep it to the bid team.\n\nA good "
     "effort all round, and lessons for the next one."),
])
F.add("en20-b-28-family-visit-home", 0, "family_chat", "email", True, [
    ("none", "",
     "Subject: Coming home in July?\n\nHi {name},\n\nMum's appointment went well, the doctor is happy "
     "with her blood pressure now. She keeps asking when you're coming home; I told her July, was "
     "that right? If you can send {amount} towards the new boiler, I'll put it in with mine, no rush.\n\n"
     "Also, Auntie set up a WeChat group for the family reunion, she'll add you. Please don't mention "
     "Dad's knee to him on the call, he's embarrassed about the stick. Love from all of us."),
    ("none", "",
     "Subject: Wedding plans\n\nHi {name},\n\nLi's wedding is set for the 14th in {city}. Uncle has "
     "booked a block of rooms and asked everyone to pay their own share, the link is in the WhatsApp "
     "group. Grandma wants all the grandchildren there; she's been talking about it for months.\n\n"
     "If you can't get leave, don't worry, we'll video call you in. And could you bring some of those "
     "biscuits from the shop near you, Mum loves them."),
    ("none", "",
     "Subject: Money for Grandpa\n\nHi {name},\n\nThanks for offering to help with Grandpa's hospital "
     "bills. The easiest way is a normal bank transfer to Mum's account; the details are below my "
     "name. She'll pay the hospital directly and keep the receipts for everyone.\n\nHe's in good "
     "spirits and asking about your job. I told him you're still at {company} and doing well. Call "
     "him on Sunday if you can, he'd love that."),
])
F.add("en20-b-29-cleared-job-ad", 0, "cleared_job_ad", "email", True, [
    ("none", "",
     "Subject: Job alert: Systems Engineer (Secret clearance)\n\nA new role matches your saved search. "
     "{company} is hiring a Systems Engineer for {project}, based on site, salary £60-72k. Active "
     "Secret clearance or eligibility required; sponsorship for vetting is available. Apply through "
     "the {company} careers site with your CV. Interviews are held on site; travel is reimbursed.\n\n"
     "This alert was sent because you subscribed on our job board. Manage alerts in your account "
     "settings. We never ask candidates to pay fees or to move to messaging apps."),
    ("none", "",
     "Subject: Cleared roles at our open day\n\nDear {name},\n\nThanks for registering for the {company} "
     "open day on {day}. Several roles on the day require DV or SC clearance; the vetting team will be "
     "there to explain the process. Please bring photo ID for site access and don't bring laptops or "
     "phones beyond reception.\n\nIf you already hold clearance, please don't describe any classified "
     "work in your application or on LinkedIn; the vetting team confirms your status directly."),
    ("none", "",
     "Subject: Your application - Principal RF Engineer\n\nDear {name},\n\nThank you for applying to "
     "{company}. The role requires eligibility for TS/SCI. Our recruiter will call you from a "
     "{company} number to arrange a technical interview; the offer letter, if any, will come from our "
     "HR system and never asks for payment. Please be aware of fake recruiters using our name: we "
     "never use WhatsApp, Telegram or personal e-mail addresses for hiring."),
])
F.add("en20-b-30-team-offsite-plain", 0, "work_email", "email", False, [
    ("none", "",
     "Subject: Team offsite agenda\n\nHi all,\n\nThe offsite is on {day} at the community hall. We start "
     "at half nine with coffee, then the retrospective on last quarter, lunch, and the afternoon on "
     "next year's priorities. Dress is casual. Parking is limited, so car-share if you can; there's a "
     "sign-up sheet on the fridge.\n\nIf you have dietary needs, tell {name} by the end of the week. "
     "We'll finish with the quiz. Yes, the quiz is back."),
    ("none", "",
     "Subject: Book club newsletter\n\nHello readers,\n\nThis month we finished the long novel about "
     "the two sisters and the orchard, and opinions were split. Next month we're trying something "
     "shorter: a collection of stories set on a ferry. We meet at {name}'s on the second Tuesday; "
     "bring a snack to share.\n\nThe library has three copies on hold for us. Please return them on "
     "time, the fines are small but the librarian's disappointment is huge."),
    ("none", "",
     "Subject: Garden volunteers needed\n\nHi everyone,\n\nThe school garden needs help before the "
     "summer fete on {day}. We're weeding, painting the fence and moving the compost bins. Tools are "
     "provided, bring gloves and a water bottle. Children are welcome if supervised.\n\nWe'll start at "
     "ten and finish around one, with sandwiches in the middle. Reply to this e-mail so we know numbers, "
     "and thank you to everyone who helped with the spring planting."),
])

SUBTLE = {"en20-s-01-oldfriend-numbers", "en20-s-04-excolleague-shortlist", "en20-s-06-visiting-friend",
          "en20-s-07-club-member", "en20-s-10-former-manager", "en20-s-11-neighbour-son",
          "en20-s-12-father-message", "en20-s-16-partner-press-release", "en20-s-17-alumni-roundtable",
          "en20-s-19-brotherinlaw-advisory"}


def _group(register: str, long: bool) -> list:
    """The families of one length group (chat lines, InMail/short e-mail, longer e-mail)."""
    out = []
    for fam in F:
        is_long = fam[5][0][2].startswith("Subject:")
        if (fam[3] == "chat") == (register == "chat") and (register == "chat" or is_long == long):
            out.append(fam)
    return out


def rows() -> list[dict[str, object]]:
    mid_openers = [o.format(n) for o in MID_OPENERS for n in MID_NAMES]
    out = (build(_group("chat", False), POOLS, CHAT_OPENERS, CHAT_CLOSERS, "en", SEED, PER_TEMPLATE)
           + build(_group("email", False), POOLS, mid_openers, MID_CLOSERS, "en", SEED + 1, PER_TEMPLATE)
           + build(_group("email", True), POOLS, LONG_OPENERS, LONG_CLOSERS, "en", SEED + 2, PER_TEMPLATE))
    for row in out:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    order = {fam[0]: i for i, fam in enumerate(F)}
    out.sort(key=lambda r: (order[str(r["family"])], str(r["id"])))
    return out


def stats(data: list[dict[str, object]]) -> str:
    words = [len(str(r["text"]).split()) for r in data]
    band = Counter("short" if w <= 20 else "medium" if w <= 120 else "long" for w in words)
    fams = {str(r["family"]) for r in data}
    sus = [r for r in data if r["label"] == 1]
    ben_fams = {str(r["family"]) for r in data if r["label"] == 0}
    look_fams = {str(r["family"]) for r in data if r["label"] == 0 and r["lookalike"]}
    subtle_fams = {str(r["family"]) for r in sus if r["subtlety"] == "subtle"}
    sus_fams = {str(r["family"]) for r in sus}
    return (f"{len(data)} messages in {len(fams)} families; {len(sus)} suspicious in {len(sus_fams)} families "
            f"({len(subtle_fams)} subtle), {len(data) - len(sus)} benign in {len(ben_fams)} families "
            f"({len(look_fams)} look-alike). Words: {band['short']} short (<=20), {band['medium']} medium "
            f"(21-120), {band['long']} long (>120); min {min(words)}, max {max(words)}.")


if __name__ == "__main__":
    data = rows()
    write(data, Path(__file__).resolve().parent / "en_author20.jsonl")
    print(stats(data))
