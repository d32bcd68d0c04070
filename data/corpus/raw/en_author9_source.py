"""Short English chat messages from a ninth hand: regenerates ``en_author9.jsonl``.

Who and how
    Written by a helper session (an AI assistant) for the lead, by hand, one template at a time,
    from the threat description in ``DESIGN.md`` and the public warnings it cites (CSIS, MI5/NPSA
    "Think Before You Link", FBI). Its author never opened the rule packs, the training corpus (other
    than ``template_families.py``), ``data/dev/`` or any evaluation file, and never ran the screener
    on the output. One annotator.

Run
    ``.venv/bin/python data/corpus/raw/en_author9_source.py`` (byte-identical output; it also
    checks the counts, lengths and ids below and prints the length spread).

What it covers
    Very short chat and SMS-style lines, the kind of text on which the classifier over-reacts.
    Every template is written out once, in its own wording (``PER_TEMPLATE = 1``); slots only vary
    names, places, firms and numbers. No openers or closers, so the two classes share the same
    surface and the same length spread.

    Benign (33 families): arguments and feelings between partners, plans, questions about meaning
    and facts, family news, school and exams, work gripes, gossip, jokes, flatmates; look-alikes
    between people who know each other: money (transfers, rent, splitting bills, cash, gift cards),
    addresses, numbers and ids, moving a chat to WhatsApp/WeChat/Signal, family asking "when are
    you coming home", friendly secrets, paid trips abroad, "any word on the promotion?"; and about
    a third honest work lines: recruiters who send the job description to a work address or call
    about a named role, headhunters who name the client, invoices and honoraria, an expert network
    that refuses confidential information, colleagues moving to Teams/Slack/corporate WeChat, HR
    onboarding, travel reimbursement, conference and university invitations, cleared job posts,
    security-awareness reminders, a journalist on the record, everyday colleague chat.

    Suspicious (22 families): the funnel in a few words, texted once trust exists. Overt (10
    families): moving to Telegram/WhatsApp/WeChat/Signal or a personal mail, paid reports for a
    client, crypto/gift card/cash or payment to a relative, "keep this between us", a client
    abroad with travel paid, deposit and task scams, "nothing classified, just internal", police
    and threats to family, clearance targeting (each message has a word from ``TELLTALE``). Subtle
    (12 families, no word from ``TELLTALE``):
    the contract's timing, who is on the bid, who works on what, "my friend" abroad, "no need to
    mention it at work", "my other number", "your mother would be happier if you came back",
    "does your old badge still work", "just jot down what came up", "I'll put it in your
    brother's name", a starter kit to buy, where the prototypes are kept, a quiet video call.

Fields
    As ``template_families.build`` writes them. ``stage`` is the step the message shows, chosen
    by hand: ``contact``, ``pivot``, ``tasking``, ``elicitation``, ``meeting``, and outside the
    library's stage list ``secrecy``, ``payment``, ``coercion``, ``job_scam``; benign ``none``.
    ``categories`` are ``[]`` for benign rows. ``subtlety`` is ``overt``/``subtle`` for label 1
    (a whole family is subtle or not) and ``none`` for label 0. Register is ``chat`` throughout.

Counts and lengths (printed by this script from the file it writes)
    495 messages in 55 families (8 to 10 each): 201 suspicious (22 families; 12 subtle families,
    110 subtle messages), 294 benign (33 families, 21 of them look-alikes).
    Words per message (whitespace-separated):
        suspicious: 2-17 words, median 8, 106/201 = 52.7% with 8 or fewer
        benign:     2-17 words, median 9, 145/294 = 49.3% with 8 or fewer

    Five benign lines were removed by the lead after the fact: the task description quoted five
    real SMS messages as examples of false alarms, and the author wrote them in word for word.
    Those messages belong to the held-out half of the SMS ham the model is measured on, so no
    training text may repeat them (``tests/test_corpus.py`` checks that none does).
    Surface kept alike too: a "?" in 30% of suspicious and 29% of benign messages (26% and 27% of
    the short ones); lower-case first letter 52% and 48%.

Everything is invented: names, firms, handles, numbers (555-01xx, +44 7700 900xxx, +86 138 0000
0000), addresses on example domains.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from template_families import Families, Template, build, write  # noqa: E402

SEED = 20261122
PER_TEMPLATE = 1
OPENERS = [""]
CLOSERS = [""]

POOLS: dict[str, list[str]] = {
    "name": ["Priya", "Tom", "Mei", "Jonas", "Leila", "Sam", "Ana", "Dev", "Kat", "Oli"],
    "surname": ["Patel", "Hughes", "Okafor", "Brennan", "Lindqvist"],
    "day": ["Monday", "Tuesday", "Thursday", "Friday"],
    "city": ["Ottawa", "Toronto", "Leeds", "Bristol", "Denver", "Halifax"],
    "abroad": ["Istanbul", "Singapore", "Dubai", "Bangkok", "Macau", "Belgrade"],
    "home": ["Chengdu", "Wuhan", "Kunming", "Harbin", "Fuzhou"],
    "firm": ["Halden Aerospace", "Brightwater Energy", "Corvid Semiconductors",
             "Larchmont Telecom", "Northvale Systems"],
    "sector": ["semiconductor", "satellite", "battery", "5G", "drone", "grid"],
    "project": ["Kestrel", "Bluefin", "Atlas-2", "Harrier"],
    "role": ["systems engineer", "policy analyst", "RF engineer", "data scientist"],
    "handle": ["jlee_example", "talent_example", "mira.hr.example", "k_consult_example"],
    "mobile": ["+44 7700 900142", "+1 613 555 0147", "+86 138 0000 0000", "+1 416 555 0193"],
    "pmail": ["hr.example@gmail.com", "anna_example@163.com", "talent_example@qq.com"],
    "phone": ["555-0142", "555-0178", "555-0116", "555-0190"],
    "domain": ["northgate-talent.example.com", "halden.example.com", "corvid.example.org"],
    "expertfirm": ["Keystone Expert Calls", "Meridian Insight Network"],
    "paper": ["Riverside Courier", "Harbour Ledger", "Capital Weekly Example"],
    "place": ["the ramen place", "Luigi's", "the Crown", "that taco spot"],
}

# A subtle family has none of these (case-insensitive) and every overt message has one: app names
# and handles, mail, "client", fees, amounts and payment words, "confidential"-like words, "between
# us", "don't tell", police.
TELLTALE = re.compile(
    r"whatsapp|wechat|telegram|signal|gmail|\bqq\b|163\.com|@|e-?mail|\bclient|\bfee\b|\bpa(?:y|id)"
    r"|cash|crypto|bitcoin|usdt|gift card|[$£€]|\busd\b|confidential|classified|secret|internal"
    r"|between us|between you and me|no need to tell|(?:not|n't|never) (?:to )?(?:tell|mention)"
    r"|police|\breports?\b|white paper|money|deposit|alipay|\bvx\b|\bwx\b|\bhandle\b",
    re.IGNORECASE,
)


def fam(stage: str, cats: str, *texts: str | Template) -> list[Template]:
    """Templates of one family: plain strings take the family's stage and categories."""
    return [t if isinstance(t, tuple) else (stage, cats, t) for t in texts]


def chat(*texts: str) -> list[Template]:
    """Benign templates: no stage, no categories."""
    return fam("none", "", *texts)


F = Families()
S, B = 1, 0

# ----------------------------------------------------------------------------- suspicious, overt
F.add("en9-s-01-app-handle", S, "fake_recruiter", "chat", False, fam("pivot", "off_platform",
    "easier on telegram, here's my handle: {handle}",
    "LinkedIn keeps logging me out, whatsapp me on {mobile}",
    "do u have wechat? quicker there",
    "Not big on this app. Signal? {phone}",
    "add me on telegram pls, search {handle}",
    "Hi {name}, my manager prefers WhatsApp for the {sector} role details.",
    "wechat? {handle}",
    "This platform isn't secure for salary talk. Telegram? Same name as here.",
    "Signal ok for you?",
))
F.add("en9-s-02-paid-report", S, "fake_consultant", "chat", False, fam("tasking", "paid_task vague_client",
    "my client wants 5 pages on {sector} policy, 2000 USD",
    "paid report, interested?",
    "could you write up how {firm} sees the new export rules? client pays per page",
    "just a white paper, nothing heavy. $1500.",
    "The client liked your last analysis. Same fee for a follow-up on {sector}?",
    "Quick paper for my client? paid same week",
    "They want your view on next year's {sector} budgets. Paid upfront if you like.",
    "client needs it by {day}, can u do?",
    "Honestly it's easy money. Two pages, your opinion, my client doesn't need your name on it.",
))
F.add("en9-s-03-odd-payment", S, "handler_followup", "chat", False, fam("payment", "unusual_payment",
    "cash ok? or crypto?",
    "I can pay in USDT, no bank needed",
    "gift cards ok?",
    "We'll send the fee to your wife's account so it doesn't show on yours.",
    "bitcoin or cash in hand, your pick",
    "Payment comes via Alipay to your mother in {home}, simpler that way",
    "I'll bring the cash when I'm in {city}",
    "dont put it through payroll or anything, I'll send crypto to a wallet you set up",
    "Can the money go to your cousin's card? My finance side prefers that.",
))
F.add("en9-s-04-keep-between-us", S, "handler_followup", "chat", False, fam("secrecy", "secrecy",
    "keep this between us ok",
    "no need to tell your employer",
    "don't mention me to your security officer lol",
    "This stays confidential, right? Even from your team.",
    "Best not to tell HR you're talking to us, they get twitchy about outside work.",
    ("secrecy", "secrecy off_platform", "pls delete our telegram chat after reading"),
    "Between you and me, my people would rather your manager never hears the name.",
    ("secrecy", "secrecy off_platform", "Don't put any of this in your work email."),
    "secret from your wife too",
))
F.add("en9-s-05-client-abroad", S, "fake_consultant", "chat", False, fam("meeting", "client_meeting vague_client",
    "my client would love to meet u in {abroad}, flights covered",
    "Client's in {abroad} next week. We pay everything.",
    "Fancy a free trip to {abroad}? client's treat",
    "Business class, five-star hotel, one dinner with the client. That's all.",
    "The client wants to thank you in person.",
    "They'd rather meet face to face, {abroad} works, we'll cover the visa fee too.",
    ("meeting", "client_meeting unusual_payment", "flights paid, just bring your passport"),
    "a short video call with my client, camera on, no recording please",
    "client dinner, {abroad}?",
))
F.add("en9-s-06-deposit-first", S, "job_scam", "chat", False, fam("job_scam", "job_scam unusual_payment",
    "pay the deposit and we start you Monday",
    "Congrats you're hired! Just the $85 training kit fee first.",
    "Top up 50 USDT to unlock the next task set.",
    "deposit first pls",
    "You earn commission per review, but the account needs a 200 activation payment first.",
    "fee by gift card, HR will confirm",
    "uniform fee is 40, paid back with first salary",
    "start tmrw, just pay the 60 registration",
    ("pivot", "job_scam off_platform",
     "Reply from your personal email to receive the offer letter and deposit instructions."),
    "background check costs 35, pls pay today",
))
F.add("en9-s-07-personal-mail", S, "fake_headhunter", "chat", False, fam("pivot", "off_platform",
    "send the CV to my gmail, work mail is down",
    "Use your personal email, not the {firm} one.",
    "pls reply to {pmail}",
    "Our firm mail bounces a lot, write me at {pmail} instead",
    "Not the work address pls, private email better",
    "I'll send the details to your personal inbox, what's the email?",
    "my qq mail is easiest, {pmail}",
    "Could you email your CV from a home address? Our system flags corporate domains.",
    "gmail is fine, just not your office one",
))
F.add("en9-s-08-internal-only", S, "fake_consultant", "chat", False, fam("elicitation", "sensitive_info",
    "nothing classified, just internal chatter",
    ("elicitation", "sensitive_info unusual_payment",
     "Any internal memos on the {project} budget? Happy to pay for your time."),
    "Just what's discussed internally, no secrets",
    ("elicitation", "sensitive_info vague_client",
     "Could you share the confidential draft before it's public? My client needs it early."),
    "internal slides?",
    "I don't need anything classified, just the non-public timeline for {project}.",
    "a screenshot of the internal roadmap is enough",
    ("elicitation", "sensitive_info unusual_payment",
     "Whatever they're saying in internal meetings about the {sector} tender, I'd pay well for it."),
    "the confidential version, not the press one",
))
F.add("en9-s-09-police-family", S, "coercion", "chat", False, fam("coercion", "coercion",
    "The police visited your mother again today.",
    ("coercion", "coercion off_platform", "Come back and this all goes away. Call me on WeChat."),
    "ur dad's pension is with the police now",
    ("coercion", "coercion off_platform", "we need names from your association, on wechat tonight"),
    "The police station in {home} wants you to report in person.",
    "police say your sister's job could be at risk",
    "Return before new year and the police won't bother your parents again.",
    "Report who attends the Sunday meetings.",
    "the police officer says just come home, all forgiven",
))
F.add("en9-s-10-clearance-wanted", S, "fake_headhunter", "chat", False,
      fam("contact", "credential_targeting vague_client",
    "still hold your TS clearance? client asking",
    ("contact", "credential_targeting paid_task",
     "My client only hires people with active clearance, paid consulting, remote."),
    ("contact", "credential_targeting paid_task", "Do you still have your DV? paid advisory work"),
    "saw your profile, ex-defence? my client loves that",
    "Looking for cleared engineers in {sector} for a short paid project, client is discreet.",
    "what level is your clearance now? client wants to know",
    "client pays double for anyone with current clearance",
    "Your security clearance is exactly why my client wants to talk. Fee negotiable.",
    ("contact", "credential_targeting", "are you still cleared at {firm}? asking for a client"),
))

# ----------------------------------------------------------------------------- suspicious, subtle
F.add("en9-s-11-bid-timing", S, "handler_followup", "chat", False, fam("elicitation", "sensitive_info",
    "any word on when the contract gets announced?",
    "who else bid?",
    "what did the audit say?",
    "Has the shortlist for the {project} tender gone up the chain yet?",
    "did the board sign off on the number or still arguing",
    "Roughly what figure is your side putting in? Ballpark is fine.",
    "when does the minister see it?",
    "Any idea who they're leaning towards before it goes out on {day}?",
    "what were the scores on the other bids",
))
F.add("en9-s-12-who-does-what", S, "fake_alumni", "chat", False,
      fam("elicitation", "sensitive_info credential_targeting",
    "Who on your team does the radar side?",
    "Could you send me the org chart? Just names and titles.",
    "who signs off on exports at {firm}",
    "Is {name} still running the test range, or did she move?",
    "which of your colleagues has the higher vetting?",
    "Know anyone in the {sector} group who'd be open to a chat, and a bit unhappy?",
    "who handles the foreign visitors list",
    "Any names from the {project} team? Juniors are fine too, even better actually.",
    "whose desk does the final design go to",
))
F.add("en9-s-13-my-friend-abroad", S, "handler_followup", "chat", False, fam("meeting", "client_meeting",
    "my friend will be in {abroad} next month, come say hi",
    "flights and hotel sorted, just show up",
    "he'd really like to meet you properly",
    "Why not make it a long weekend in {abroad}? My friend's treat.",
    "bring your passport, not your work phone",
    "My friend is the one who really reads your work. Dinner in {abroad}?",
    "just us three",
    "He can't travel to {city}, so it's easier if you come to him.",
    "tickets are booked, check your inbox",
))
F.add("en9-s-14-not-at-work", S, "handler_followup", "chat", False, fam("secrecy", "secrecy",
    "no need to mention it at work",
    "Leave my name out of it if anyone asks.",
    "use your home laptop for this one",
    "Maybe don't put it on your travel form, it just complicates things.",
    "delete this thread after reading? habit of mine",
    "If your security people ask, we met at a conference, which is true.",
    "Your wife doesn't need the details either.",
    "Best to say it's a family trip, honestly that's simpler for everyone.",
    "keep it off your work phone pls",
))
F.add("en9-s-15-other-number", S, "handler_followup", "chat", False, fam("pivot", "off_platform",
    "text me on my other number, {phone}",
    "Can we talk somewhere other than here? This site reads everything.",
    "let's move this off here",
    "I'll drop a new number in a sec, delete this one after.",
    "this profile's getting flagged, new number below",
    "Easier to call? I'll ring from a different phone, save it as Mike.",
    "not here. later",
    "Do you have a phone that isn't from work? Send me that number.",
    "the green app, you know the one",
))
F.add("en9-s-16-family-back-home", S, "coercion", "chat", False, fam("coercion", "coercion",
    "Your mother would be happier if you came back.",
    "your brother's exam results are still pending, aren't they",
    "We know where your parents live.",
    "think of your sister's school place",
    "remember your dad",
    "Your cousin's business licence is up for renewal in {home}, just so you know.",
    "come home for the holiday, we'll talk then",
    "You still have family here. That should matter.",
    "Who organises the vigil in {city}? Your aunt wants to know.",
    "your mum cried on the phone today",
))
F.add("en9-s-17-still-have-access", S, "fake_alumni", "chat", False, fam("contact", "credential_targeting",
    "you still have your access at the lab, right?",
    "still on the programme?",
    "does your old badge still work",
    "Heard you moved to the {sector} side. Still on the same vetting level?",
    "we need people like you, with your background",
    "Are you the one who sits on the design reviews for {project} now?",
    ("elicitation", "credential_targeting sensitive_info", "still got the login for the shared drive?"),
    "Your profile says nuclear, but it doesn't say which site. Which one?",
    "how long until your renewal comes up",
))
F.add("en9-s-18-jot-it-down", S, "handler_followup", "chat", False, fam("tasking", "paid_task sensitive_info",
    "just jot down what came up in Thursday's meeting",
    "A page on how the procurement board thinks would really help.",
    "Bullet points are fine, nothing polished",
    "Write up what you know about the new rules before they're out.",
    "could you summarise the slides from {day}",
    "Same as last time: who said what, and what they decided.",
    "a few lines on the minister's mood",
    "Notes from the working group would be gold, even rough ones.",
    "whiteboard photo works",
    "send it tonight if you can, same as before",
))
F.add("en9-s-19-in-her-name", S, "handler_followup", "chat", False, fam("payment", "unusual_payment",
    "I'll put it in your brother's name this time",
    "Better it doesn't show on your statement, right?",
    "Can it go to your mum in {home}? Fewer questions.",
    "envelope at lunch",
    "Your cousin can collect it, no forms.",
    "We can send it as a wedding gift to your sister, nobody asks about gifts.",
    "card in your wife's name works fine",
    "It'll arrive in small bits over a few weeks so nothing stands out.",
    "prefer it doesn't go near your bank",
))
F.add("en9-s-20-starter-kit", S, "task_scam", "chat", False, fam("job_scam", "job_scam",
    "start Monday, just buy the starter kit first",
    "Rate 30 products a day and it unlocks the next level, you just top up first.",
    "you're hired! send your bank login so HR can set you up",
    "A cheque's coming, keep your share and send on the rest.",
    "No interview needed, the position is yours.",
    "buy the laptop from our supplier first",
    "your level 2 is frozen until you complete 3 more orders",
    "level 3 unlocks after one more order",
    "no interview, you start tomorrow",
))
F.add("en9-s-21-how-is-the-project", S, "handler_followup", "chat", False, fam("elicitation", "sensitive_info",
    "how's the new project going? what are they building?",
    "supplier picked yet?",
    "what's the range on the new one?",
    "Is the {project} test still on for spring, or did it slip again?",
    "which chip are they using in the seeker",
    "Has the yield problem at the fab been fixed, or are they hiding it?",
    "How many units are they ordering",
    "Your boss sounded worried on the panel. Something wrong with the trial?",
    "where are the prototypes kept these days",
))
F.add("en9-s-22-quiet-call", S, "handler_followup", "chat", False, fam("meeting", "client_meeting",
    "my friend wants a quick video chat, just you two",
    "Come to {abroad} for a weekend, everything's arranged.",
    "camera on, just you",
    "He's senior, so better if it's only you on the call.",
    "can you do {day} night, his time?",
    "My colleague from the ministry side would like to say hello over dinner.",
    ("meeting", "client_meeting unusual_payment", "he'll have a small thank-you for you"),
    "Nothing formal, just a chat in a hotel lobby in {abroad}, I'll book the room next door.",
    "come alone, it's more relaxed",
))

# ----------------------------------------------------------------------------- benign, plain
F.add("en9-b-01-arguments", B, "couple_chat", "chat", False, chat(
    "why do you always have to have the last word",
    "Im not shouting, im typing",
    "You said you'd be home by 8 and it's nearly 11, so don't 'babe' me.",
    "whatever. do what u want",
    "Why is it always me who has to apologise first?",
    "can we not do this over text",
    "honestly you never listen when I talk about my day, it's like talking to the wall",
    "FINE. goodnight.",
))
F.add("en9-b-02-partners", B, "couple_chat", "chat", False, chat(
    "miss u already",
    "Thinking of u, hope the interview went ok xx",
    "did u eat? dont skip lunch again",
    "Sorry about last night. I was tired and took it out on you.",
    "home in 20, want me to grab anything",
    "you looked really nice this morning, forgot to say",
    "Can't wait for the weekend, just us and no phones.",
    "love you, drive safe",
))
F.add("en9-b-03-plans", B, "friend_chat", "chat", False, chat(
    "are we still on for sat?",
    "Dinner at 7 at {place}? I booked for four.",
    "running 10 min late soz",
    "Whos bringing the speaker for {name}'s bday thing",
    "Can we push to {day}? Work is chaos this week.",
    "meet at the station or outside the cinema?",
    "if it rains we just go to the pub instead, agreed?",
    "I'll drive, you sort the snacks, {name} pays for parking lol",
    "tmrw still good? 10ish",
    "Movie starts 9:15 so let's grab food first around 8, {place} maybe",
))
F.add("en9-b-04-meaning", B, "friend_chat", "chat", False, chat(
    "whats the point of any of it tbh",
    "what does 'liminal' even mean, my prof keeps saying it",
    "If a tree falls and nobody posts about it, did it happen?",
    "is it weird that I like mondays?",
    "Do you think people actually change or just get better at hiding it?",
    "what's the meaning of 'ad hoc'",
    "deep thought of the day: cereal is soup. discuss",
    "Why do we say 'heads up' when you should duck?",
))
F.add("en9-b-05-facts", B, "friend_chat", "chat", False, chat(
    "what's the capital of Australia again?",
    "do the clocks go back this weekend or next?",
    "how many grams in a cup of flour?",
    "Is it Boxing Day on the 26th in Canada too or is that just UK?",
    "who sang that song in the ikea ad?",
    "Quick q: can you freeze cooked rice or is that a myth?",
    "is the pharmacy open on sundays?",
    "what year did we go to Whistler, 2019 or 2020? arguing with mum",
    "how do you spell accommodation lol",
))
F.add("en9-b-06-family-news", B, "family_chat", "chat", False, chat(
    "Mum's out of hospital, home by lunch",
    "my cousin is pregnant!! due in april",
    "Your brother got the job at the garage, he starts Monday.",
    "Dad fell off the ladder again, he's fine, just his pride",
    "Grandma turns 90 in June, we're doing a big lunch at {name}'s, please come.",
    "my husband finally fixed the boiler",
    "Kids both have chickenpox so we're out for Sunday, sorry x",
    "Auntie {name} says hi and asks when ur getting married lol",
    "wife says thanks for the flowers",
))
F.add("en9-b-07-school", B, "friend_chat", "chat", False, chat(
    "how was the exam??",
    "revising chem all night kill me",
    "Did you get the notes from Tuesday's lecture? I was asleep.",
    "results come out thursday im actually sick",
    "Teacher said the coursework is due Friday not Monday, did you know?",
    "group project meeting in library at 4",
    "Can u explain question 3? I don't get what they mean by 'justify'",
    "failed the driving theory test by ONE point",
    "mr {surname} gave us a detention for breathing basically",
))
F.add("en9-b-08-work-gripes", B, "coworker_chat", "chat", False, chat(
    "my boss is driving me nuts today",
    "Another meeting that could have been an email, I swear.",
    "printer's jammed AGAIN",
    "They moved the deadline up to Wednesday without telling anyone, classic.",
    "who schedules a 4:30 on a friday",
    "Payroll messed up my overtime so now I have to chase them for a week.",
    "need a coffee before this review",
    "my manager took credit for my slides in front of everyone lol kill me",
    "open plan office = no thinking allowed",
))
F.add("en9-b-09-gossip", B, "friend_chat", "chat", False, chat(
    "did you hear about Jen and Mark??",
    "OMG {name} dyed her hair green",
    "Apparently the new neighbours are having a baby, saw the pram going in.",
    "not to gossip but... he was at the party with someone else",
    "spill. what happened at brunch",
    "Guess who turned up at the wedding uninvited. Go on, guess.",
    "she blocked him on everything lmao",
    "My sister says Tom's moving to Calgary for a girl he met online, she's not convinced.",
    "tell me everything tonight",
))
F.add("en9-b-10-jokes", B, "friend_chat", "chat", False, chat(
    "why did the scarecrow get promoted? outstanding in his field",
    "lol im dead 💀",
    "I told my wife she was drawing her eyebrows too high. She looked surprised.",
    "that meme is literally you",
    "my cat has more followers than me now, I'm done",
    "HAHAHA stop",
    "What do you call a fake noodle? An impasta. You're welcome.",
    "sending u this video, watch till the end",
    "brb crying laughing",
))
F.add("en9-b-11-flatmates", B, "flatmate_chat", "chat", False, chat(
    "who ate my yoghurt?",
    "bins go out tonight, your turn",
    "The landlord's coming Thursday to look at the damp, can someone be in?",
    "can u stop leaving the heating on 24/7 pls",
    "we're out of loo roll again",
    "Party at ours Saturday? I'll ask downstairs so they don't call the council.",
    "whose towel is on the floor?",
    "Wifi is down, I've rung the provider, they said maybe tomorrow, great.",
    "hoovering at 8am is a crime fyi",
))

# ----------------------------------------------------------------------------- benign, look-alike
F.add("en9-b-12-money-friends", B, "friend_chat", "chat", True, chat(
    "did the transfer go through?",
    "send me the account number and I'll pay you back tonight",
    "u owe me 12 for the pizza btw",
    "I sent it to your savings by mistake, can you move it?",
    "venmo or cash, whichever",
    "Can you lend me 50 till payday? I'll pay you back Friday promise.",
    "what's your sort code again?",
    "Just etransferred you for the tickets, password is 'concert' lol",
    "paypal me when u can no rush",
))
F.add("en9-b-13-rent-bills", B, "flatmate_chat", "chat", True, chat(
    "rent's due friday, can you etransfer me",
    "split the bill? It's 84.60 each with tip.",
    "Hydro bill came in, 96 split three ways, so 32 each.",
    "I'll pay the landlord and you guys send me your share",
    "council tax direct debit bounced?? checking now",
    "Internet is 45 a month, can we just rotate who pays?",
    "who hasn't paid for the cleaner yet",
    "Deposit back from old flat finally!! splitting it tonight",
    "send me ur half of the gas",
))
F.add("en9-b-14-address-ids", B, "friend_chat", "chat", True, chat(
    "what's your address again? sending your birthday card",
    "send me your id and I'll add you",
    "What's your new number? {name} said you changed it.",
    "Need your passport number for the group booking, airline wants everyone's.",
    "whats the postcode for the hall?",
    "Can you send me your student ID so I can add you to the gym guest list?",
    "Is it flat 4 or 4B? The courier is confused.",
    "my new number is {phone}, save it",
))
F.add("en9-b-15-other-app", B, "friend_chat", "chat", True, chat(
    "text me on whatsapp, my sms is broken",
    "add me on wechat mum, Auntie showed me how",
    "moving the group to signal, link in a sec",
    "I'm on telegram now, same number",
    "Facebook is dead, just message me on WhatsApp like a normal person.",
    "Whats ur wechat id? need it for the uni group",
    "call me on whatsapp, cheaper from abroad",
    "Can you add {name} to the group chat? She's not on here.",
    "my gmail is easier than this",
))
F.add("en9-b-16-coming-home", B, "family_chat", "chat", True, chat(
    "when are you coming home?",
    "Your mother misses you, call her this weekend please.",
    "grandpa asks every day when ur visiting",
    "Mum put the family on WeChat, accept the invite so she stops asking me.",
    "Your father is proud of you, he just won't say it.",
    "come back for chinese new year? we'll pay half the ticket",
    "everyone's asking about you at the temple",
    "Auntie in {home} sent photos of the new flat, look on the family group.",
    "ring your nan, she worries",
))
F.add("en9-b-17-friendly-secrets", B, "friend_chat", "chat", True, chat(
    "don't tell mum about the party, it's a surprise",
    "keep this between us but I'm pregnant",
    "Don't mention the job thing to dad yet, I want to tell him myself.",
    "shh its a secret til sunday",
    "Please don't tell {name} I told you, she'd kill me",
    "delete that pic lol, no one needs to see it",
    "our secret ok 🤐",
    "Not telling anyone about the interview until I actually get it.",
    "mums the word",
))
F.add("en9-b-18-trips", B, "family_chat", "chat", True, chat(
    "flights to Lisbon booked, you're coming",
    "Dad's paying for the trip to {abroad}, don't argue",
    "Bring your passport, we leave at 5am",
    "My cousin in {abroad} says we can stay with her, hotel money saved.",
    "visa came through!!",
    "Uncle wants to meet you when we land, he's cooking for everyone.",
    "did you pack the adapter?",
    "Hen do in {abroad}, everything's booked, you just need to show up.",
    "what time does your flight land?",
))
F.add("en9-b-19-any-news", B, "friend_chat", "chat", True, chat(
    "any word on the promotion?",
    "what did the doctor say?",
    "Did you get the contract in the end? Fingers crossed.",
    "So who got the manager job? Tell me it wasn't Dave.",
    "when do they announce the results?",
    "How did the inspection go? Did the auditors like the new kitchen?",
    "who else applied for the flat?",
    "Any news on whether they're closing the Leeds office? Everyone's jittery.",
    "did your offer get accepted??",
))
F.add("en9-b-20-cash-and-cards", B, "family_chat", "chat", True, chat(
    "cash ok for the babysitter?",
    "I'll pay your brother back directly, easier",
    "Gran sent you a gift card for your birthday, check the post.",
    "Put it in my wife's account, mine's frozen after the fraud thing.",
    "grabbing cash for the taxi, need any",
    "Mum wants to send you some money for books, which account?",
    "tip the cleaner in cash pls",
    "Bitcoin is down again, told you not to buy it lol",
    "I'll bring the money for the concert tickets on Friday, in an envelope like old times.",
))

# ----------------------------------------------------------------------------- benign, work
F.add("en9-b-21-recruiter-email", B, "genuine_recruiter", "chat", True, chat(
    "Thanks, I'll send the job description to your work email",
    "JD is in your inbox, shout if questions",
    "Could you send an updated CV to careers@{domain}?",
    "Great speaking today. Full details of the {role} role at {firm} follow by email.",
    "I'll email you the offer letter tonight",
    "Is the address on your CV still the best one for the paperwork?",
    "pls email references by friday",
    "I've copied {name} from the {firm} HR team, she'll arrange the interview.",
    "Sent the JD from my work account, check spam",
))
F.add("en9-b-22-recruiter-call", B, "genuine_recruiter", "chat", True, chat(
    "Can we do a quick call Thursday about the Ottawa role?",
    "free for 15 mins tomorrow?",
    "I'll ring you at 2 on your mobile, ok?",
    "Hi {name}, {firm} would like a second interview, video or in person, your call.",
    "call went well, they liked you",
    "Quick call before your interview? I'll brief you on the panel.",
    "what number's best to reach you?",
    "Rescheduling to Monday 10am, the hiring manager is sick. Sorry!",
    "ok to call ur cell?",
))
F.add("en9-b-23-headhunter-named", B, "genuine_headhunter", "chat", True, chat(
    "the client is Acme Bank, happy to share the JD",
    "role is with {firm}, {city} office",
    "It's a permanent {role} job at {firm}, salary range in the JD.",
    "Client's name is on the spec, no mystery",
    "I'm retained by {firm} for this search, their head of talent can confirm.",
    "Base is 95k plus bonus, hybrid in {city}.",
    "Happy to put you in touch with the hiring manager directly if you'd prefer.",
    "It's a public listing, you can apply on their site too",
    "interview is on-site at their HQ",
))
F.add("en9-b-24-invoices", B, "university_talk", "chat", True, chat(
    "invoice for the talk is attached",
    "Honorarium for the guest lecture goes through university payroll, form attached.",
    "can u send your bank details on the supplier form",
    "Paid on the 30th as usual, remittance to follow.",
    "receipt attached for the train",
    "The panel fee is 500, we'll need a W-9 first.",
    "Travel to {city} is reimbursed, keep your receipts.",
    "finance says invoice needs a PO number",
    "Thanks for the workshop! Expenses claim link is in the email from {name}.",
))
F.add("en9-b-25-expert-network", B, "expert_network", "chat", True, chat(
    "Hi, it's {name} from {expertfirm}: paid 1-hour call on public {sector} trends?",
    "Please don't share anything confidential on the call.",
    "Client is a fund, name shared after compliance check",
    "Rate is 200/hr, paid via {expertfirm} invoice",
    "Reminder: only public information, nothing from your current employer.",
    "compliance form first, then we book",
    "If a question touches non-public info, just decline, that's fine.",
    "your call is confirmed for {day} 3pm",
    "Payment goes to your bank account within 30 days of the call, via our platform.",
))
F.add("en9-b-26-work-channel", B, "coworker_channel", "chat", True, chat(
    "move this to slack?",
    "ping me on teams, laptop's open",
    "Let's take this to the team channel so {name} sees it too.",
    "can you share the deck on teams not email",
    "corporate wechat for the Shanghai supplier pls, legal wants records",
    "Slack me the link",
    "I'm in meetings all day, Teams is best, phone after 5.",
    "DMing you the draft on slack",
    "The vendor wants WhatsApp but policy says use Teams, I'll tell them.",
))
F.add("en9-b-27-onboarding", B, "hr_onboarding", "chat", True, chat(
    "Your start date is 3 March, badge pickup at reception.",
    "Welcome aboard! Laptop arrives Monday",
    "Please bring photo ID and proof of address on day one.",
    "security clearance paperwork is in your inbox",
    "Payroll needs your bank details by Friday via the HR portal, not by email.",
    "Induction is 9am, room 2B",
    "Don't forget to read the security briefing before you get your pass.",
    "Buddy lunch on Wednesday with {name}!",
    "contract signed? great, see you monday",
))
F.add("en9-b-28-travel-claims", B, "travel_reimbursement", "chat", True, chat(
    "submit your Berlin receipts by Friday",
    "Flights for the {city} conference are booked through the travel desk.",
    "hotel's on the company card",
    "Per diem is 60 a day, claim it on the expenses system.",
    "did finance reimburse your taxi yet?",
    "Taking a work laptop to {abroad}? IT says get the loaner.",
    "expenses deadline is the 25th",
    "They rejected my claim because the receipt was in Korean lol",
    "Mileage form is in the shared drive",
))
F.add("en9-b-29-invitations", B, "conference_invite", "chat", True, chat(
    "Would you speak on our {sector} panel in May? Travel covered.",
    "Honorarium is 500 CAD, happy to send the contract",
    "abstract deadline is friday!",
    "The seminar is public and recorded, slides go on our website.",
    "Could you review a chapter for our press? There's a small fee.",
    "Your talk slot is 2:15, room B",
    "We'd love you as keynote at the {city} summit, invitation letter attached.",
    "visa letter sent, safe travels",
    "poster session moved to the atrium",
))
F.add("en9-b-30-cleared-jobs", B, "cleared_job_ad", "chat", True, chat(
    "we're hiring cleared sysadmins, know anyone?",
    "My team has a Secret-cleared analyst opening in {city}, apply on our careers page.",
    "Requires active clearance, posting is on the {firm} site",
    "Referral bonus if you know a cleared engineer!",
    "Not a recruiter, just my team's job post, share if you like.",
    "TS/SCI required, full-time, on-site",
    "Open role: systems engineer, DV needed, apply through the official portal only.",
    "ask {name}, she's got the clearance thing sorted",
    "clearance transfers over if you move within the department",
))
F.add("en9-b-31-awareness", B, "security_awareness", "chat", True, chat(
    "Reminder: recruiters asking to move to WhatsApp? Report to security.",
    "Fake headhunters are targeting cleared staff, be careful",
    "If someone offers to pay for 'reports', talk to us first.",
    "think before you link, folks",
    "Never send internal documents to personal email addresses.",
    "Phishing test next week, don't click, just report lol",
    "Trips abroad paid by strangers? Tell the security office first.",
    "security briefing at 11 in the canteen",
    "If anyone asks you to keep contact secret from us, that's the warning sign.",
))
F.add("en9-b-32-journalist", B, "journalist", "chat", True, chat(
    "Would you talk on the record about the strike?",
    "I'm a reporter at the {paper}, can I quote you by name?",
    "happy to send questions by email first",
    "on the record or background?",
    "Deadline is 5pm, 10 minutes by phone would be great.",
    "Press office approved, go ahead",
    "Our piece on the plant closure runs Sunday, any comment?",
    "can I use your title in the piece",
    "thanks, quote checked with your comms team",
))
F.add("en9-b-33-colleagues", B, "coworker_chat", "chat", False, chat(
    "meeting moved to 3",
    "Can you cover my shift Saturday? I'll do your Tuesday.",
    "who has the key for the storeroom?",
    "Running late, train stuck outside {city}, start without me.",
    "nice job on the demo today",
    "Can you proofread the proposal before it goes to {name} at 4?",
    "lunch? canteen or the thai place",
    "IT says the VPN is down for everyone, not just us.",
    "cake in the kitchen, go go go",
))

SUBTLE = {family for family, label, *_ in F if label == S and int(family.split("-")[2]) >= 11}


def words(row: dict[str, object]) -> int:
    return len(str(row["text"]).split())


def spread(rows: list[dict[str, object]]) -> str:
    n = [words(r) for r in rows]
    short = sum(1 for w in n if w <= 8)
    return (f"{min(n)}-{max(n)} words, median {statistics.median(n):g}, "
            f"{short}/{len(n)} = {100 * short / len(n):.1f}% with 8 or fewer")


def check(rows: list[dict[str, object]]) -> None:
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    families: dict[object, int] = {}
    for r in rows:
        families[r["family"]] = families.get(r["family"], 0) + 1
        assert 2 <= words(r) <= 25, r["text"]
        assert (r["label"] == 0) == (r["stage"] == "none" and r["categories"] == []), r["id"]
        if r["label"] == S:
            assert (r["subtlety"] == "subtle") != bool(TELLTALE.search(str(r["text"]))), r["text"]
    assert all(8 <= n <= 10 for n in families.values()), families
    for label in (S, B):
        part = [r for r in rows if r["label"] == label]
        share = sum(1 for r in part if words(r) <= 8) / len(part)
        assert 0.45 <= share <= 0.6, (label, share)


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for row in rows:
        if row["label"] == B:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
    check(rows)
    path = HERE / "en_author9.jsonl"
    write(rows, path)
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    check(rows)
    sus = [r for r in rows if r["label"] == S]
    ben = [r for r in rows if r["label"] == B]
    print(f"{len(F)} families ({len(SUBTLE)} subtle), "
          f"{sum(1 for r in sus if r['subtlety'] == 'subtle')} subtle messages, "
          f"{sum(1 for f in F if f[1] == B and f[4])} look-alike benign families")
    print(f"suspicious: {spread(sus)}")
    print(f"benign:     {spread(ben)}")


if __name__ == "__main__":
    main()
