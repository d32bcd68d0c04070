"""English training families from a seventeenth hand: short texting in both classes.

Who and how: written by a helper session (an AI assistant) by hand from the threat description in
``DESIGN.md`` only (the funnel, the categories, the look-alikes) and the public warnings it cites
(CSIS, MI5/NPSA "Think Before You Link", FBI). Blind to the rule packs, the training corpus, the
development sets and the evaluation sets: none of them was opened, and the screener was never run on
this file. Every template is its own hand-written sentence; the slots only vary names, places,
amounts, firms and days. Every person, firm, handle and number is invented (``example`` domains,
``07700 900xxx``, ``555-01xx``, placeholder ``+234 800 000 0000``-style numbers).

Run: ``.venv/bin/python data/corpus/raw/en_author17_source.py`` writes ``en_author17.jsonl`` beside
it (byte-identical on every run: fixed seed).

Angle: brevity. Two thirds of the messages are 3-15 words, the rest 16-40, in many voices (British,
Irish, Nigerian, Indian, Filipino, Canadian, US; slang, typos, abbreviations, missing punctuation,
emoji), in both classes alike.

- Benign (``en17-b-*``): people who know each other touching the threat's words honestly: money owed
  and bank details for a refund, "my new number", "add me on the other app", trips home, parents who
  want a visit, remittances to relatives, a cousin's wedding, a friend's job offer, a boss wanting the
  report by Friday, a classmate after notes, "what did the meeting decide", a surprise party to keep
  quiet, housemates splitting bills; and the professional look-alikes in the same short register:
  recruiters naming firm, role and band (some moving to WhatsApp to schedule), expert networks that
  pay for an hour and refuse non-public information, paid talks and conference travel, journalists on
  the record, public tenders, security notices quoting the warning signs, clearance adverts, HR
  onboarding through the portal, invoices to a named client, expense claims, colleagues moving to
  Teams, a colleague reporting an odd approach. Three plain families (dinner plans, office chatter,
  delivery notices).
- Suspicious (``en17-s-*``): the same brevity from a handler or scammer at every stage: flattery with a
  vague client, the pivot off the platform, paid write-ups for unnamed people, drift to the unannounced
  and the internal, "my friend will cover your flight", "don't mention me to your manager", odd
  payment, pressure through family at home, reporting on the community, deposit and task scams. Subtle
  families (``subtlety: subtle``) contain none of the words in ``TELLTALE`` below: the intent shows
  only in what is asked.

Counts and lengths (printed by ``.venv/bin/python data/corpus/raw/en_author17_source.py``):
    463 messages in 51 families.
    suspicious: 192 in 21 families; words 3-15 / 16-40 / 41+: 127 / 65 / 0
    benign: 271 in 30 families; words 3-15 / 16-40 / 41+: 203 / 68 / 0
    subtle: 12 families, 110 messages; benign look-alike: 27 families, 241 messages
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 17_2026_1122
PER_TEMPLATE = 2

# Words that give an approach away; a subtle family must contain none of them.
TELLTALE = re.compile(
    r"whats ?app|wechat|telegram|signal|gmail|proton|\bvx\b|\bwx\b|@|client|\bfees?\b|\bpa(y|id)|cash|"
    r"crypto|bitcoin|usdt|money|confidential|secret|classified|internal|non-public|report|[£$€₱₹]|"
    r"naira|between us|don'?t tell|employer|police|\bapp\b|gift card|honorarium|transfer|account|"
    r"deposit|reward|commission",
    re.IGNORECASE,
)

POOLS: dict[str, list[str]] = {
    "n": ["Tunde", "Aoife", "Priya", "Jomar", "Kayleigh", "Chidi", "Siobhan", "Arjun", "Marisol", "Dev",
          "Ngozi", "Liam", "Bea", "Rohan", "Tess", "Kwame"],
    "day": ["Friday", "Thursday", "tmrw", "Monday", "the weekend", "Sunday", "Weds"],
    "amt": ["£40", "50 quid", "$60", "€35", "₱1,500", "Rs 2,000", "20k naira", "C$75"],
    "home": ["Lagos", "Enugu", "Cebu", "Davao", "Kochi", "Pune", "Galway", "Ibadan", "Iloilo", "Mysore"],
    "city": ["Dubai", "Istanbul", "Singapore", "Bangkok", "Kuala Lumpur", "Doha", "Vienna", "Hong Kong"],
    "co": ["Harrowgate Systems", "Bluewater Avionics", "Kestrel Grid", "Northfield Semis", "Torvane Telecom",
           "Lindqvist Aero", "Pellham Defence", "Orrin Photonics"],
    "role": ["RF engineer", "firmware lead", "grid analyst", "test engineer", "policy adviser",
             "systems engineer", "verification engineer"],
    "band": ["£68-75k", "$140-155k", "C$115-125k", "€80-90k", "£55-62k"],
    "num": ["07700 900417", "555-0142", "+234 800 000 0000", "+63 900 000 0000", "+91 90000 00000",
            "07700 900238", "555-0187"],
    "doc": ["board slides", "Q3 numbers", "risk register", "site visit notes", "budget draft", "test plan",
            "bid summary"],
    "proj": ["the radar refit", "the 5G rollout", "the substation upgrade", "the chip tape-out",
             "the ministry bid", "the drone trials", "the cable landing"],
    "rel": ["Aunty Bisi", "Tita Lorna", "Uncle Ravi", "your cousin Emeka", "Lola", "Chithi", "Uncle Femi"],
    "firm": ["Brightwell Expert Network", "Calloway Insights", "Meridian Advisory Panels", "Quillon Experts"],
    "uni": ["Harlow University", "the Dunmore Institute", "St Aidan's College", "the Carver Policy Centre"],
}

# Shared by both classes: chat openers and sign-offs, mostly empty or tiny.
OPENERS = ["", "", "", "hey ", "hi ", "Hiya ", "Morning! ", "Hello dear, ", "Good day po, ", "oi ", "Hey hey "]
CLOSERS = ["", "", "", " x", " 🙏", " thx", " cheers", " 👍", " ta", " 😊", " pls"]

F = Families()

# ---------------------------------------------------------------- suspicious, overt
F.add("en17-s-01-flattery-vague-client", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting vague_client", "saw ur work on {proj} v impressive. my client needs ppl like u"),
    ("pivot", "off_platform vague_client", "my client prefers WhatsApp, pls add me {num}"),
    ("contact", "credential_targeting vague_client", "hi {n}, still cleared? client in {city} wants a {role} asap"),
    ("pivot", "credential_targeting off_platform vague_client",
     "Good profile {n}. I represent a client in the energy space who values people with your access. "
     "LinkedIn is slow for me, can we continue on WhatsApp {num}? very flexible role"),
    ("contact", "vague_client credential_targeting",
     "u dont know me but a client of mine has followed ur career since {co}. they want a {role} w clearance. interested?"),
])
F.add("en17-s-02-pivot-off-platform", 1, "obfuscated_pivot", "chat", False, [
    ("pivot", "off_platform", "this site deletes msgs, telegram better. same name"),
    ("pivot", "off_platform", "add me on w e c h a t pls, id is kestrel_hr88"),
    ("pivot", "off_platform", "pls reply from ur gmail not work mail ok"),
    ("pivot", "off_platform secrecy",
     "lets move to Signal, its easier and no one at {co} needs to see our chat. my number {num}"),
])
F.add("en17-s-03-paid-short-write-up", 1, "fake_consultant", "sms", False, [
    ("paid_task", "paid_task vague_client", "client pays {amt} a page for ur views on {proj}"),
    ("paid_task", "paid_task vague_client", "quick report for my client, 2 pages, paid same day"),
    ("paid_task", "paid_task vague_client unusual_payment", "report done? client will send fee in usdt tonight"),
    ("paid_task", "paid_task vague_client sensitive_info",
     "my client liked ur last note. next one pls on the supplier list for {proj}, the bits not on the website. "
     "same fee, maybe more"),
    ("paid_task", "paid_task vague_client", "can u do 1 more report {day}? my client pays double for speed"),
])
F.add("en17-s-04-meeting-abroad-paid", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting", "my friend will pay ur flight, just come meet him in {city}"),
    ("meeting", "client_meeting vague_client", "client wants to meet u in {city}, hotel + flights on us"),
    ("meeting", "client_meeting secrecy", "book leave for {day}, say its a holiday. we cover {city} trip"),
    ("meeting", "client_meeting unusual_payment vague_client",
     "the boss of my client is in {city} next week only. ur ticket is booked, cash for expenses at the hotel. "
     "bring the notes we talked about"),
    ("meeting", "client_meeting vague_client", "client landed in {city}, u free for dinner? he pays, bring ur badge"),
])
F.add("en17-s-05-secrecy-overt", 1, "handler_followup", "sms", False, [
    ("secrecy", "secrecy", "dont tell ur manager about us ok, keep it between us"),
    ("secrecy", "secrecy", "no need to tell ur employer, its just side work"),
    ("secrecy", "secrecy off_platform", "delete this chat after reading, use the other phone"),
    ("secrecy", "secrecy vague_client",
     "if security at {co} asks, u never heard of me or my client. its better for everyone. we keep going as normal"),
])
F.add("en17-s-06-odd-payment", 1, "handler_followup", "sms", False, [
    ("payment", "unusual_payment", "sent {amt} in btc, check ur wallet"),
    ("payment", "unusual_payment", "we pay ur sister's account in {home}, easier than ur bank"),
    ("payment", "unusual_payment secrecy", "gift cards ok for this month? dont put it thru payroll lol"),
    ("payment", "unusual_payment vague_client",
     "client says bank transfer is too visible, he'll give u cash when u come to {city}, or crypto if u prefer"),
    ("payment", "unusual_payment", "what's ur mum's account in {home}? we send it there"),
])
F.add("en17-s-07-coercion-overt", 1, "coercion", "chat", False, [
    ("coercion", "coercion", "ur mum says hi. she worries u wont come back. the police visited her again"),
    ("coercion", "coercion", "come home to {home} before {day} or ur brother loses his job"),
    ("coercion", "coercion", "we know where ur family lives. return and this stops"),
    ("coercion", "coercion",
     "officers from the station came to ur parents house in {home}. they want names of the people at ur "
     "association. send them to me and ur father can rest"),
    ("coercion", "coercion", "police asked {rel} about u again. just come back and sign"),
])
F.add("en17-s-08-deposit-task-scam", 1, "job_scam", "sms", False, [
    ("job_scam", "job_scam unusual_payment", "hired! pls send {amt} for ur starter kit, refunded in 1st salary"),
    ("job_scam", "job_scam unusual_payment", "task 3 of 30 done. top up 50 usdt to unlock ur commission"),
    ("job_scam", "job_scam off_platform", "HR here, pls text ur bank login on telegram to set up payroll"),
    ("job_scam", "job_scam unusual_payment",
     "congrats {n} ur remote role at {co} is confirmed! we mail u a cheque, buy the laptop from our vendor "
     "and send them the balance by gift card"),
])
F.add("en17-s-09-send-file-from-work", 1, "handler_followup", "sms", False, [
    ("elicitation", "sensitive_info", "can u send me that file from work tonight, the internal one"),
    ("elicitation", "sensitive_info", "pls snap the confidential page of the {doc} w ur phone"),
    ("elicitation", "sensitive_info vague_client", "client only wants the internal version of the {doc}"),
    ("elicitation", "sensitive_info secrecy paid_task",
     "the public stuff is useless to us. whats discussed internally about {proj}? no classified just internal, "
     "usual fee, keep it quiet"),
])

# ---------------------------------------------------------------- suspicious, subtle (no TELLTALE word)
SUBTLE = set()
F.add("en17-s-10-subtle-flattery", 1, "fake_headhunter", "inmail", False, [
    ("contact", "credential_targeting", "ur name keeps coming up re {proj}. the people I work with are curious"),
    ("contact", "credential_targeting", "still holding the same clearance level as at {co}?"),
    ("contact", "credential_targeting", "we look for quiet experts like u. no CV needed, just a chat"),
    ("contact", "credential_targeting",
     "Hi {n}, I help a small circle of people understand the {role} world. They read everything you've "
     "posted and would value a few of your thoughts now and then. Nothing formal"),
])
SUBTLE.add("en17-s-10-subtle-flattery")
F.add("en17-s-11-subtle-pivot", 1, "handler_followup", "sms", False, [
    ("pivot", "off_platform", "not on here. give me a number that isnt ur work one"),
    ("pivot", "off_platform", "i'll text u from my other phone tonight, save it as Dentist"),
    ("pivot", "off_platform", "this site reads everything. can we talk somewhere quieter"),
    ("pivot", "off_platform",
     "Better we stop writing here {n}. Next time use the little phone I gave you, and leave the work laptop "
     "out of it completely"),
    ("pivot", "off_platform", "switch off location and ring me from the corner shop"),
])
SUBTLE.add("en17-s-11-subtle-pivot")
F.add("en17-s-12-subtle-unannounced", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info", "what's coming next month on {proj}? before its announced"),
    ("elicitation", "sensitive_info", "the people i work with hoped for more on what hasnt been made public yet"),
    ("elicitation", "sensitive_info", "who's shortlisted for {proj}? the real list not the press one"),
    ("elicitation", "sensitive_info",
     "Thanks for the summary but it's all on the website already. What we really want is what your team "
     "said in the room about {proj} and who pushed back"),
    ("elicitation", "sensitive_info", "any dates for {proj} yet? even rough ones the team hasnt shared"),
])
SUBTLE.add("en17-s-12-subtle-unannounced")
F.add("en17-s-13-subtle-the-draft", 1, "handler_followup", "sms", False, [
    ("elicitation", "sensitive_info", "bring the draft the board saw, not the one on the site"),
    ("elicitation", "sensitive_info", "a photo of the {doc} is enough, no need to print"),
    ("elicitation", "sensitive_info", "can u copy the folder for {proj} onto the stick tonight"),
    ("elicitation", "sensitive_info",
     "the version from ur shared drive pls, with the comments still in. the cleaned one they send out tells "
     "us nothing"),
    ("elicitation", "sensitive_info", "who was in the room when they signed off {proj}?"),
])
SUBTLE.add("en17-s-13-subtle-the-draft")
F.add("en17-s-14-subtle-come-meet", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting", "my friend will cover ur flight, just come meet him"),
    ("meeting", "client_meeting", "he's in {city} all week. ur room is booked, just show up"),
    ("meeting", "client_meeting", "take a few days off, we sort the tickets. he wants to thank u himself"),
    ("meeting", "client_meeting",
     "The gentleman who read your notes wants to meet you in {city}. Everything is arranged, you only need "
     "your passport. Tell work it's a family trip"),
])
SUBTLE.add("en17-s-14-subtle-come-meet")
F.add("en17-s-15-subtle-keep-quiet", 1, "handler_followup", "sms", False, [
    ("secrecy", "secrecy", "dont mention me to ur manager"),
    ("secrecy", "secrecy", "no need for ur team to know we talk"),
    ("secrecy", "secrecy", "if anyone at {co} asks, we met at the gym thats all"),
    ("secrecy", "secrecy",
     "Please leave our chats off the annual declaration form {n}. It only makes people ask questions, and "
     "you and I know there's nothing to declare"),
    ("secrecy", "secrecy", "wipe the thread after u read it, habit of mine"),
])
SUBTLE.add("en17-s-15-subtle-keep-quiet")
F.add("en17-s-16-subtle-family-pressure", 1, "coercion", "chat", False, [
    ("coercion", "coercion", "ur mum says hi. she worries u wont come back"),
    ("coercion", "coercion", "ur brother's shop in {home} had visitors again. think of him"),
    ("coercion", "coercion", "ur dad's pension is under review. a visit home would help"),
    ("coercion", "coercion",
     "Nobody is angry {n}. We only want you home in {home} for a talk. Your sister's university place "
     "depends on how sensible you are this month"),
])
SUBTLE.add("en17-s-16-subtle-family-pressure")
F.add("en17-s-17-subtle-community-names", 1, "coercion", "chat", False, [
    ("coercion", "coercion", "who came to the meeting at the community hall? names pls"),
    ("coercion", "coercion", "send me the photos from saturday's gathering, faces clear"),
    ("coercion", "coercion", "which students at ur uni talk about home too much?"),
    ("coercion", "coercion",
     "Your uncle in {home} is doing fine for now. Keep sending me the list of who organises the protests "
     "there and it stays that way"),
    ("coercion", "coercion", "the new lad at ur church, where does his family live?"),
])
SUBTLE.add("en17-s-17-subtle-community-names")
F.add("en17-s-18-subtle-write-up", 1, "fake_consultant", "sms", False, [
    ("paid_task", "paid_task", "write a few pages on how ur team picks suppliers, we'll look after u"),
    ("paid_task", "paid_task", "another short piece on {proj}? same as last time, well worth ur while"),
    ("paid_task", "paid_task", "my friends liked ur notes. more on the test results pls"),
    ("paid_task", "paid_task sensitive_info",
     "The people I help read your piece twice. Could the next one say who in your unit decides on {proj} "
     "and what they argue about? You'll be looked after"),
])
SUBTLE.add("en17-s-18-subtle-write-up")
F.add("en17-s-19-subtle-envelope", 1, "handler_followup", "sms", False, [
    ("payment", "unusual_payment", "my cousin will drop an envelope with ur sister"),
    ("payment", "unusual_payment", "nothing through the bank pls, i'll hand it over in person"),
    ("payment", "unusual_payment", "left something for u at the barber on {day}, ask for Sal"),
    ("payment", "unusual_payment",
     "Your thank-you is with {rel} in {home}, she'll pass it on when you visit. Easier than wiring it and "
     "nobody needs to ask where it came from"),
    ("payment", "unusual_payment", "ur sister will find a little something in her bag {day} 😉"),
])
SUBTLE.add("en17-s-19-subtle-envelope")
F.add("en17-s-20-subtle-laptop-scam", 1, "job_scam", "sms", False, [
    ("job_scam", "job_scam", "to start u must buy the laptop from our supplier first, refunded later"),
    ("job_scam", "job_scam", "training kit first, then we set up ur salary. link below"),
    ("job_scam", "job_scam", "just like 30 videos today and u unlock level 2 earnings"),
    ("job_scam", "job_scam",
     "Congrats on the remote data entry role! Before onboarding pls buy the starter software from our "
     "partner shop, keep the receipt, HR will reimburse on ur first week"),
])
SUBTLE.add("en17-s-20-subtle-laptop-scam")
F.add("en17-s-21-subtle-badge-level", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting", "do u still have the badge from {co}? the level matters"),
    ("contact", "credential_targeting", "which programmes did ur vetting cover? asking for a role"),
    ("contact", "credential_targeting", "send a pic of ur security pass, just to confirm level"),
    ("contact", "credential_targeting",
     "Hi {n}, we only speak with people who've held DV or above in the last two years. If that's you, tell "
     "me which sites you could walk into today"),
    ("contact", "credential_targeting", "impressive vetting history. people like u are rare, lets chat"),
])
SUBTLE.add("en17-s-21-subtle-badge-level")

# ---------------------------------------------------------------- benign look-alikes: people who know each other
F.add("en17-b-01-mum-wants-visit", 0, "family_chat", "chat", True, [
    ("none", "", "when r u coming home to {home}? ur dad keeps asking"),
    ("none", "", "call me on WhatsApp tonight, the other line is bad. Mum"),
    ("none", "", "dad's BP is better but pls visit b4 xmas ok"),
    ("none", "", "ur mum worries u wont come back for the holidays 😂 book ur flight"),
    ("none", "",
     "Mum here. Doctor says Papa's surgery went fine, he's cranky and wants you to visit. {rel} has the spare "
     "room ready. Don't worry about the flight, your brother says he'll help"),
])
F.add("en17-b-02-remittance", 0, "family_chat", "chat", True, [
    ("none", "", "sent {amt} to {rel} for the roof, pls confirm she got it"),
    ("none", "", "ate pls send via GCash not cash this time, easier to track"),
    ("none", "", "can u send {rel}'s school fees this month? I'll pay u back {day}"),
    ("none", "", "money arrived 🙏 {rel} says thank u and come home soon"),
    ("none", "",
     "Hi love, Western Union was closed so I used the bank app to transfer {amt} to {rel}'s account. Keep the "
     "receipt in case the bank in {home} asks"),
])
F.add("en17-b-03-cousins-wedding", 0, "family_chat", "chat", True, [
    ("none", "", "{rel} wedding in {home} is on the 14th!! u coming?"),
    ("none", "", "flights to {home} are mad expensive, splitting w {n}"),
    ("none", "", "add me on WeChat for the wedding group, auntie made one"),
    ("none", "",
     "Cousins group chat: the aso ebi money goes to {rel}, {amt} each, by {day}. Don't tell the groom about "
     "the surprise dance, he'll refuse lol"),
    ("none", "", "{rel} says dont book hotel, u stay w us in {home}"),
])
F.add("en17-b-04-money-owed-refund", 0, "friend_chat", "sms", True, [
    ("none", "", "u still owe me {amt} from the gig lol"),
    ("none", "", "send ur bank details and I'll refund the tickets"),
    ("none", "", "paid u back for dinner, check ur account"),
    ("none", "", "can u pay me cash for the concert ticket? my card's blocked"),
    ("none", "",
     "Hey {n}, the landlord refunded the deposit finally. Your share is {amt}, what's your sort code and account "
     "number? Or I can Revolut you if that's easier"),
])
F.add("en17-b-05-new-number", 0, "friend_chat", "sms", True, [
    ("none", "", "my new number is {num}, old phone got nicked"),
    ("none", "", "add me on the other app, this one keeps crashing"),
    ("none", "", "moved to Signal for the band chat, join when u can"),
    ("none", "",
     "Its {n}! Lost my phone at the match so this is my new number. Save it and delete the old one, and tell "
     "the lads I'm on Telegram now too"),
    ("none", "", "ignore my old WhatsApp, new one is {num}"),
])
F.add("en17-b-06-boss-report-friday", 0, "coworker_channel", "chat", True, [
    ("none", "", "need the monthly report by {day} pls, no rush b4 that"),
    ("none", "", "can u send me the {doc} before the client call?"),
    ("none", "", "report looks good. fix the chart on p3 and send to the team"),
    ("none", "",
     "Boss here, quick one. The client at {co} moved the review to {day}, so I need the {doc} by Thursday "
     "noon. Internal draft is fine, we'll polish later"),
])
F.add("en17-b-07-what-did-meeting-decide", 0, "coworker_channel", "chat", True, [
    ("none", "", "what did the meeting decide? missed it, dentist"),
    ("none", "", "can u send me the draft of the {doc} before Thursday"),
    ("none", "", "can the {doc} go to the vendor or is it internal only?"),
    ("none", "", "was {proj} discussed? anything I need to action"),
    ("none", "",
     "Missed the all-hands, sorry. Did they announce who's leading {proj}? Can you forward the slides "
     "through Teams when you get a sec, I'll keep them on the shared drive"),
])
F.add("en17-b-08-classmate-notes", 0, "friend_chat", "sms", True, [
    ("none", "", "can u send me ur notes from tuesday's lecture"),
    ("none", "", "pls send the file from class tonight, exam is {day}"),
    ("none", "", "i'll pay u in pizza for the stats notes 🍕"),
    ("none", "",
     "hey its {n} from signals and systems. do u have the notes on fourier? i was off sick. can send on "
     "WhatsApp if thats easier"),
    ("none", "", "who has the lab report template? due {day} 😩"),
])
F.add("en17-b-09-friends-job-offer", 0, "friend_chat", "chat", True, [
    ("none", "", "got the offer from {co}!!! {band} + bonus"),
    ("none", "", "recruiter from {co} wants to call me {day} about the {role} role"),
    ("none", "", "should i take it? they pay more but i lose my clearance job"),
    ("none", "",
     "Guess who's moving to {co} 🎉 {role}, {band}, hybrid. Their recruiter was lovely, sent the contract "
     "by email and everything. Drinks on me {day}"),
])
F.add("en17-b-10-housemates-bills", 0, "friend_chat", "chat", True, [
    ("none", "", "electric bill is in, ur share is {amt}"),
    ("none", "", "dont tell {n} abt the broken chair lol I'll fix it"),
    ("none", "", "can u transfer ur rent by {day}, landlord's on my case"),
    ("none", "",
     "House chat: internet going up to {amt} each from next month. If you'd rather pay cash just leave it in "
     "the jar. Bank details pinned above"),
    ("none", "", "refund for the broken heater came thru, {amt} each"),
])
F.add("en17-b-11-surprise-party", 0, "friend_chat", "chat", True, [
    ("none", "", "keep it secret from {n}, party is {day} at 8"),
    ("none", "", "dont tell ur manager, its HIS leaving do 🤫"),
    ("none", "", "collecting {amt} each for the gift, cash or bank"),
    ("none", "",
     "Shhh, this is the secret group for {n}'s 40th. Don't mention it on the main chat. Flights to "
     "{city} are booked for the weekend trip, just need your passport names"),
])
F.add("en17-b-12-aunty-diaspora", 0, "family_chat", "chat", True, [
    ("none", "", "{rel} says hi. she worries about u in the cold"),
    ("none", "", "grandma wants u home for fiesta in {home} 🎉"),
    ("none", "", "ur cousin got into uni in {home}! call him"),
    ("none", "",
     "My dear, the community association is meeting on {day} to plan the independence day party. "
     "Bring your friends. Your mother says she is proud of you"),
    ("none", "", "pls send pics from the trip home, lola misses u"),
])

# ---------------------------------------------------------------- benign look-alikes: professional, short
F.add("en17-b-13-recruiter-named", 0, "genuine_recruiter", "inmail", True, [
    ("none", "", "Hi {n}, {co} hiring a {role}, {band}. Up for a call?"),
    ("none", "", "{role} at {co}, {band}, hybrid. send ur CV?"),
    ("none", "", "thx for the CV! hiring manager at {co} free {day} 2pm?"),
    ("none", "",
     "Hi {n}, I'm an in-house recruiter at {co}. We have a {role} opening, {band} plus pension, security "
     "clearance sponsored. Could you send a CV to careers@example.com?"),
])
F.add("en17-b-14-recruiter-whatsapp-schedule", 0, "genuine_recruiter", "sms", True, [
    ("none", "", "easier to schedule on WhatsApp? {num}, {co} recruitment"),
    ("none", "", "moved ur interview to {day}, details in ur inbox too"),
    ("none", "", "pls send ur CV to my work email, not here"),
    ("none", "",
     "Hi {n}, {co} talent team. Texting from WhatsApp only to find a slot for the {role} interview. Formal "
     "invite comes from our careers portal. Expenses for travel reimbursed as per policy"),
])
F.add("en17-b-15-expert-network", 0, "expert_network", "inmail", True, [
    ("none", "", "{firm}: 1hr call, paid, client is a telecoms fund. no confidential info pls"),
    ("none", "", "pls sign the compliance attestation b4 the call {day}"),
    ("none", "", "fee of {amt} sent for ur call via bank transfer, thx"),
    ("none", "",
     "Hi {n}, {firm} here. A semiconductor investor wants a one-hour call on public market trends. We pay "
     "an hourly fee. You must not share confidential or non-public information from {co}"),
])
F.add("en17-b-16-paid-talk", 0, "university_invite", "email", True, [
    ("none", "", "{uni} would love u for a public talk, fee + travel"),
    ("none", "", "ur review of the policy paper was great, fee on its way"),
    ("none", "", "receipts for the train to the talk pls, finance reimburses"),
    ("none", "",
     "Dear {n}, {uni} invites you to give our open lecture on energy policy, recorded and published online. "
     "We pay a speaker fee and reimburse travel. Happy to arrange a call"),
])
F.add("en17-b-17-conference-abroad", 0, "conference_invite", "email", True, [
    ("none", "", "ur panel in {city} is confirmed! flights+hotel covered"),
    ("none", "", "visa letter for {city} attached, conference pays ur hotel"),
    ("none", "", "speakers dinner in {city} on {day}, u coming?"),
    ("none", "",
     "Hi {n}, the organising committee of the {city} Grid Summit confirms your keynote. We cover economy "
     "flights and three nights at the venue hotel. Programme is public on our site"),
])
F.add("en17-b-18-journalist", 0, "journalist_interview", "email", True, [
    ("none", "", "reporter here, on the record comment on {proj}?"),
    ("none", "", "can I quote u by name on the announced contract?"),
    ("none", "", "piece runs {day}. happy to read back ur quotes"),
    ("none", "",
     "Hi {n}, I'm writing for the Daily Example about the government's announced {proj}. Could I interview "
     "you on the record? Our press office can clear it with your employer first"),
])
F.add("en17-b-19-public-tender", 0, "procurement_notice", "chat", True, [
    ("none", "", "tender for {proj} closes {day}, bid summary ready?"),
    ("none", "", "pls dont share our pricing outside the bid team"),
    ("none", "", "clarification answers are on the public portal now"),
    ("none", "",
     "Bid team: the authority published the evaluation criteria for {proj} on the open portal. Our pricing "
     "stays confidential till submission. Draft response due {day}"),
    ("none", "", "bidders conference for {proj} is open to all, register online"),
])
F.add("en17-b-20-security-notice", 0, "security_awareness", "email", True, [
    ("none", "", "Reminder: never move to WeChat with a recruiter u dont know"),
    ("none", "", "Think Before You Link: fake headhunters ask for internal reports"),
    ("none", "", "IT: we will never ask u to pay in gift cards or crypto"),
    ("none", "",
     "Security team: warning signs are flattery, a vague client, moving to WhatsApp or Telegram, paid "
     "reports, invites abroad with travel paid, and 'don't tell your employer'. Report it to us"),
])
F.add("en17-b-21-clearance-advert", 0, "cleared_job_ad", "inmail", True, [
    ("none", "", "{role}, SC clearance req, {band}, apply via {co} careers"),
    ("none", "", "DV cleared? {co} is hiring in Bristol, {band}"),
    ("none", "", "TS/SCI {role}, onsite only, {band} + relocation"),
    ("none", "",
     "{co} is hiring a {role} for {proj}. Active security clearance required. Salary {band}. Apply on our "
     "careers site, no agencies please"),
])
F.add("en17-b-22-hr-onboarding", 0, "hr_onboarding", "email", True, [
    ("none", "", "pls upload ur passport to the HR portal, not email"),
    ("none", "", "payroll needs ur bank details via the portal by {day}"),
    ("none", "", "sign the NDA on the portal b4 ur first day 🙂"),
    ("none", "",
     "Welcome to {co}, {n}! Upload your ID and right-to-work documents through the onboarding portal only. "
     "We never ask for them by WhatsApp or personal email"),
    ("none", "", "ur laptop ships {day}, IT will call from {num} to set it up"),
])
F.add("en17-b-23-invoice-named-client", 0, "consulting_engagement", "email", True, [
    ("none", "", "invoice for {co} sent, 30 days terms"),
    ("none", "", "client at {co} paid, pls send my cut by {day}"),
    ("none", "", "report for {co} delivered, they loved it"),
    ("none", "",
     "Hi {n}, attached my invoice for the {co} network review, PO 4471, {amt} per hour as agreed. Report went "
     "to their CTO on {day}. Thanks for subcontracting me"),
    ("none", "", "{co} wants the invoice split by project, can u redo it"),
])
F.add("en17-b-24-expenses", 0, "travel_reimbursement", "chat", True, [
    ("none", "", "claim ur {city} taxi on the expenses app"),
    ("none", "", "did finance pay ur hotel from the {city} trip?"),
    ("none", "", "per diem for {city} is {amt}, keep receipts"),
    ("none", "",
     "Your expense claim for the {city} site visit is approved. Flights and hotel will be paid into your "
     "salary account on the next payroll run"),
    ("none", "", "reimbursement for {city} hit my account today finally"),
])
F.add("en17-b-25-move-to-teams", 0, "coworker_channel", "chat", True, [
    ("none", "", "ping me on teams, slack is down"),
    ("none", "", "moved the {proj} chat to corporate WeChat, ok?"),
    ("none", "", "use ur work email for the vendor thread pls"),
    ("none", "",
     "Hey, let's move this to the Teams channel so it's logged. Internal stuff about {proj} shouldn't sit in "
     "WhatsApp, IT gets twitchy"),
])
F.add("en17-b-26-colleague-reports-approach", 0, "colleague_reporting_approach", "chat", True, [
    ("none", "", "weird 'recruiter' wanted me on telegram, sent to security"),
    ("none", "", "did u get the guy offering {amt} for a report? reported him"),
    ("none", "", "another fake headhunter asking abt clearance lol"),
    ("none", "",
     "FYI got an InMail from a 'consultant' whose client wants papers on {proj} and a trip to {city}. "
     "Forwarded it to security like the training said"),
])
F.add("en17-b-27-alumni-parents-group", 0, "alumni_group", "chat", True, [
    ("none", "", "class of 09 reunion in {home}, {amt} each"),
    ("none", "", "parents grp: trip money due {day}, pay the school app"),
    ("none", "", "alumni mixer at {uni}, anyone from {co} coming?"),
    ("none", "",
     "Alumni chat: our old lecturer retires {day}. Collecting {amt} each for a gift, keep it secret from her. "
     "Send to the treasurer's account pinned above"),
])

# ---------------------------------------------------------------- benign, plain
F.add("en17-b-28-dinner-plans", 0, "ordinary_chat", "sms", False, [
    ("none", "", "dinner at 7? {n} is bringing dessert"),
    ("none", "", "running late, traffic is mad"),
    ("none", "", "u want jollof or curry tonight"),
    ("none", "",
     "Are we still on for {day}? I booked the table for four, {n} can't make it so bring whoever you like"),
    ("none", "", "owe u a pint for the lift 🍺"),
])
F.add("en17-b-29-office-chatter", 0, "work_email", "chat", False, [
    ("none", "", "printer on 3rd floor jammed again"),
    ("none", "", "meeting room B is free at 2"),
    ("none", "", "cake in the kitchen, {n}'s birthday"),
    ("none", "",
     "Fire drill at 11 on {day}. Please leave by the nearest exit and meet in the car park, badges on"),
    ("none", "", "anyone seen my charger? left it in room B"),
])
F.add("en17-b-30-delivery-notice", 0, "notification", "sms", False, [
    ("none", "", "Ur parcel arrives {day} between 9 and 1"),
    ("none", "", "Driver couldnt deliver, rebook online"),
    ("none", "", "Your order has shipped. Track it in your orders"),
    ("none", "",
     "Hi {n}, your appointment at the opticians is on {day} at 10:30. Reply Y to confirm or call {num} to "
     "rebook"),
    ("none", "", "Your refund of {amt} has been issued to your card"),
])


def words(text: str) -> int:
    return len(text.split())


def summary(rows: list[dict[str, object]]) -> str:
    fams: dict[int, set[str]] = collections.defaultdict(set)
    subtle_fams = {str(r["family"]) for r in rows if r["subtlety"] == "subtle"}
    look_fams = {str(r["family"]) for r in rows if r["lookalike"]}
    for r in rows:
        fams[int(str(r["label"]))].add(str(r["family"]))
    lines = [f"{len(rows)} messages in {len(fams[0]) + len(fams[1])} families."]
    for label, name in ((1, "suspicious"), (0, "benign")):
        sub = [r for r in rows if r["label"] == label]
        spread = collections.Counter(
            "3-15" if words(str(r["text"])) <= 15 else "16-40" if words(str(r["text"])) <= 40 else "41+"
            for r in sub
        )
        lines.append(
            f"{name}: {len(sub)} in {len(fams[label])} families; words 3-15 / 16-40 / 41+: "
            f"{spread['3-15']} / {spread['16-40']} / {spread['41+']}"
        )
    n_sub = sum(1 for r in rows if r["subtlety"] == "subtle")
    lines.append(f"subtle: {len(subtle_fams)} families, {n_sub} messages; "
                 f"benign look-alike: {len(look_fams)} families, {sum(1 for r in rows if r['lookalike'])} messages")
    return "\n".join(lines)


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for r in rows:
        if r["label"] == 0:
            r["subtlety"] = "none"
        elif r["family"] in SUBTLE:
            r["subtlety"] = "subtle"
            assert not TELLTALE.search(str(r["text"])), r["text"]
    write(rows, Path(__file__).with_name("en_author17.jsonl"))
    print(summary(rows))


if __name__ == "__main__":
    main()
