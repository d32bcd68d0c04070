"""en_author11: everyday English texting that touches the threat's words, and the threat in the same voices.

Written by a helper session (an AI assistant), the eleventh English hand, **by hand and blind**: its only
inputs were the threat description in ``DESIGN.md`` (the funnel, the categories, the look-alikes), the
public warnings summarised in its brief (CSIS, MI5/NPSA "Think Before You Link", FBI) and the format notes
in ``data/eval/README.md``. It never opened the rule packs, the rest of ``data/corpus/`` (only the shared
helper ``template_families.py``), ``data/dev/`` or any evaluation file, and never ran the screener.

Rebuild (byte-identical): ``.venv/bin/python data/corpus/raw/en_author11_source.py`` writes
``en_author11.jsonl`` beside this file. One message per template (``PER_TEMPLATE = 1``), slots drawn from
``POOLS`` and a chat opener and closer drawn from pools that both classes share, with a fixed seed.

Why it exists: on real everyday texts the classifier cried wolf on words of private life that its
training data showed mostly in approaches. The benign families use those words innocently, in the voices
of friends, partners, family, flatmates, classmates and colleagues (British, Indian, Singaporean, Canadian
and US English, abbreviations, missing punctuation, typos, capitals): brothers, husbands and mums and their
news, family pressure to come home for the holidays, money, account numbers, transfers and loans between
people who know each other, tutor fees, remittances home, "my other number", "add me on whatsapp /
wechat / yahoo", personal e-mail addresses, meeting near the station, classes, exams, lecturers, staff,
bosses, business plans, parcels and stamps, visas and tickets home, privacy complaints, surprises kept
quiet, asking for a call when low, gossip, jokes, friends warning each other about scams, parent and
alumni groups. A fifth of the benign families are short honest work lines (a recruiter confirming a call,
HR asking for a form, a colleague asking for the slides, travel reimbursement, an expert network that
refuses non-public information, a security reminder, a paid university talk).

The suspicious families are the funnel as a handler texts once trust exists, in the same casual voices:
moving to another app, paid write-ups for someone unnamed, questions about what is not public at work,
meeting "my friend" abroad with everything arranged, secrecy, odd payment (crypto, vouchers, a relative's
account, an envelope), pressure on family to make someone return, job-deposit and task scams. Ten of the
nineteen suspicious families are **subtle**: no app name, no "client", no fee or pay, no money, cash or
crypto, no "confidential", "secret", "classified" or "between us" (checked below); the intent shows only
in what is asked.

Counts (printed from the file by ``summary()``: run the script with ``--summary``):
498 messages in 55 families (8-10 templates each); 174 suspicious (34.9%) in 19 families (10 subtle
families, 92 messages; 9 overt, 82), 324 benign (65.1%) in 36 families (7 work-line families, 29 everyday;
27 families marked ``lookalike``: the 7 work lines and the 20 everyday ones that talk about money, accounts,
other apps or numbers, family pressure to come home, trips paid or things kept quiet). Words per message
(whitespace-separated, opener and closer included): suspicious 5-36, median 10, 54.6% have 10 or fewer;
benign 4-36, median 10, 56.8% have 10 or fewer. Register ``chat`` throughout. ``stage`` is the funnel step a
suspicious message mainly performs (contact, pivot, tasking, elicitation, meeting; ``none`` for coercion,
job scams and secrecy or payment alone) and ``none`` for every benign message; benign ``categories`` are
``[]``.

Every name, firm, address and number is invented (``example.*`` domains, 555-01xx, +44 7700 900xxx and
placeholder numbers); app names appear as the things people say.
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write

SEED = 20261122
PER_TEMPLATE = 1
OUT = Path(__file__).resolve().with_name("en_author11.jsonl")

# Shared by both classes, so that the way a chat starts or ends says nothing about the label.
OPENERS = ["", "", "", "", "", "hey ", "ok so ", "lol ", "hi ", "oi ", "yo ", "btw ", "sorry late reply, ",
           "haha ", "morning! ", "eh ", "hmm ", "ya ", "listen ", "omg "]
CLOSERS = ["", "", "", "", "", " x", " ttyl", " :)", " lol", " pls", " thx", " ok?", " cheers", " lah",
           " na", " eh", " 🙏", " haha", " k", " xx"]

POOLS: dict[str, list[str]] = {
    "name": ["Priya", "Dan", "Mei", "Arjun", "Sophie", "Kwame", "Wei Ling", "Tom", "Aisha", "Ravi", "Jess",
             "Marco", "Nadia", "Hui Min", "Liam", "Fatima", "Kavya", "Ben", "Siti", "Connor"],
    "rel": ["brother", "sister", "mum", "dad", "cousin", "husband", "wife", "aunty", "uncle", "grandma"],
    "amt": ["£50", "$80", "RM120", "S$200", "₹5,000", "$350", "€75", "CA$120", "£40", "$500"],
    "big": ["2,000 USD", "3k", "£1,500", "$4,000", "5k SGD", "1,800 euros"],
    "phone": ["555-0142", "555-0178", "555-0119", "+44 7700 900412", "+44 7700 900873", "555-0163",
              "+86 138 0000 0000", "+91 98000 00000"],
    "email": ["priya.k@example.com", "dan.w83@example.net", "meimei.home@example.org", "ravi_s@example.com",
              "jess.t@example.net", "kw.asante@example.org"],
    "station": ["the station", "the mrt exit B", "Kings Cross", "the bus stop by the big supermarket", "Union Station",
                "Dadar station", "Bishan mrt", "the tube"],
    "place": ["the coffee shop near ur office", "the food court", "the library", "the donut place on Main",
              "the pub on Church St", "the burger place at the junction", "the mamak", "the canteen"],
    "city": ["Shenzhen", "Macau", "Istanbul", "Dubai", "Hong Kong", "Bangkok", "Kuala Lumpur", "Baku"],
    "hometown": ["Chennai", "Ipoh", "Manchester", "Halifax", "Chengdu", "Lagos", "Cebu", "Pune"],
    "firm": ["Norvale Aerospace", "Kestrel Microdevices", "Brightwater Energy", "Halden Telecom",
             "Orrin Defence Systems", "Quillstone AI", "Tamsin Grid", "Merrow Avionics"],
    "topic": ["the new radar thing", "the 3nm line", "the grid upgrade", "the satellite link",
              "the drone contract", "the training cluster", "the 5G core rollout", "the reactor refit"],
    "festival": ["Diwali", "CNY", "Christmas", "Eid", "Thanksgiving", "Hari Raya", "Pongal", "the holidays"],
    "day": ["tmrw", "Sat", "Friday", "sunday", "next wk", "tonight", "Monday", "on the 14th"],
    "time": ["7", "6.30", "8pm", "noon", "3ish", "after work", "10am", "half 5"],
    "food": ["biryani", "laksa", "pho", "pizza", "dim sum", "chicken rice", "tacos", "a curry"],
    "course": ["stats", "orgo", "econ", "the circuits module", "accounting", "CS2030", "thermo",
               "law of contract"],
    "bank": ["PayNow", "UPI", "e-transfer", "bank app", "PayID"],
    "app": ["whatsapp", "WhatsApp", "wechat", "telegram", "Signal", "WA", "tele"],
}

F = Families()

# ---------------------------------------------------------------- suspicious, overt
F.add("en11-s-01-app-move", 1, "handler_followup", "chat", False, [
    ("pivot", "off_platform secrecy", "move to {app}? too many eyes here"),
    ("pivot", "off_platform", "add me on tele, same name"),
    ("pivot", "off_platform", "my {app} is {phone}, msg me there"),
    ("pivot", "off_platform secrecy", "dont reply here anymore, use signal"),
    ("pivot", "off_platform", "u have vx? send ur id da"),
    ("pivot", "off_platform vague_client", "pls continue on W h a t s A p p, {phone}. my boss also there"),
    ("pivot", "off_platform secrecy",
     "from now only write to my gmail, kwh.asia.2023@example.com. the work email is no good for this kind of "
     "thing, ur IT people can read all of it"),
    ("pivot", "off_platform secrecy", "switch to telegram lah, msgs auto delete there. safer for both of us"),
    ("pivot", "off_platform vague_client",
     "{name}, good talking last week. For the next part pls reach me on WeChat only, id lucky_bamboo_88, "
     "the people I work for don't use email and they prefer voice notes"),
])

F.add("en11-s-02-paid-writeup", 1, "handler_followup", "chat", False, [
    ("tasking", "paid_task vague_client", "client wants 5 pages on {topic}, {big}"),
    ("tasking", "paid_task vague_client", "same report again? client doubles the fee"),
    ("tasking", "paid_task vague_client", "my client pays per page, u in?"),
    ("tasking", "paid_task vague_client", "client needs ur analysis by fri. usual rate"),
    ("tasking", "paid_task vague_client",
     "yo my guy overseas pays good for a white paper on {topic}, nothing fancy just ur views"),
    ("tasking", "paid_task vague_client",
     "can u do 2 more reports this month? the consultancy i told u abt is paying {big} each, no name on it "
     "needed, they just want ur honest read of where things r heading"),
    ("tasking", "paid_task vague_client unusual_payment", "send the paper b4 15th, client transfers after"),
    ("tasking", "paid_task vague_client",
     "the client liked ur supply chain notes. now they want pages on who supplies what. paid ofc"),
    ("elicitation", "paid_task vague_client sensitive_info",
     "write abt what ur ministry is planning on trade next yr, 3 pages, my client pays well. just opinions ok, "
     "but the stuff u hear in meetings is what they really value"),
])

F.add("en11-s-03-job-deposit", 1, "job_scam", "chat", False, [
    ("none", "job_scam unusual_payment", "ur selected! pay {amt} registration fee to confirm"),
    ("none", "job_scam unusual_payment",
     "dear, HR here. to start on monday kindly transfer {amt} for ur laptop, refunded in 1st salary"),
    ("none", "job_scam unusual_payment", "training kit fee {amt}, gift cards only"),
    ("none", "job_scam unusual_payment", "security deposit {amt} first, then offer letter"),
    ("pivot", "job_scam off_platform unusual_payment", "buy starter pack {amt}, send receipt on whatsapp"),
    ("none", "job_scam unusual_payment",
     "sir ur visa processing fee for the dubai hotel job is {amt}, pay to agent account today itself or the "
     "slot goes to next candidate, many people waiting for this post"),
    ("none", "job_scam unusual_payment",
     "we mailed u a cheque for equipment. deposit it and send the extra back to our vendor by gift card"),
    ("pivot", "job_scam off_platform", "pls reply from personal email with ur bank login"),
    ("none", "job_scam unusual_payment", "PAY {amt} UNIFORM FEE FIRST THEN INTERVIEW"),
])

F.add("en11-s-04-task-scam", 1, "task_scam", "chat", False, [
    ("none", "job_scam", "part time job: like videos, earn {amt} daily"),
    ("none", "job_scam unusual_payment", "task 3 done ✅ commission credited. for VIP tasks top up 100 USDT first"),
    ("none", "job_scam unusual_payment", "negative balance, top up {amt} to withdraw"),
    ("pivot", "job_scam off_platform", "rate hotels, easy money. join our telegram grp"),
    ("none", "job_scam unusual_payment", "combo order needs 480 USDT recharge dear"),
    ("none", "job_scam unusual_payment",
     "this is Anna from recruitment, we saw ur CV on a job site. simple online job 1hr/day from ur phone, "
     "salary paid daily in crypto, no experience needed. reply YES to start"),
    ("none", "job_scam secrecy", "pls dont tell ur family abt the tasks until u withdraw, they wont understand"),
    ("none", "job_scam unusual_payment", "pay the merchant fee to unlock level 2"),
    ("pivot", "job_scam off_platform",
     "earn 800-2000 weekly from home!! only need ur bank acct number and whatsapp. my own cousin did it last "
     "month and paid off her car, no joke"),
])

F.add("en11-s-05-odd-payment", 1, "handler_followup", "chat", False, [
    ("none", "unusual_payment", "USDT ok? wallet pls"),
    ("none", "unusual_payment secrecy", "better i pay ur {rel}'s account, less questions"),
    ("none", "unusual_payment", "cash ok? i'll leave it at reception"),
    ("none", "unusual_payment", "gift cards instead of transfer? same value"),
    ("none", "unusual_payment secrecy", "don't put it thru ur bank, my friend will hand u the cash when u land"),
    ("none", "unusual_payment", "alipay or crypto, not ur salary account"),
    ("none", "unusual_payment secrecy", "sent the {big} to ur cousin in {hometown} like u asked, tell him keep quiet"),
    ("tasking", "paid_task unusual_payment vague_client",
     "payment for the notes will come in as 'consulting' from a small company in {city}. don't worry abt the "
     "name on it, my accountant says it's cleaner that way for everyone"),
    ("none", "unusual_payment secrecy", "next one in bitcoin ok? banks flag this"),
])

F.add("en11-s-06-trip-paid", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting vague_client unusual_payment", "client wants to meet in {city}, all paid"),
    ("meeting", "client_meeting vague_client",
     "come to {city} for 3 days, we cover everything. the client wants to thank u in person"),
    ("meeting", "client_meeting", "business class, 5 star, all on us"),
    ("meeting", "client_meeting vague_client secrecy", "ticket booked, client pays. tell office holiday"),
    ("meeting", "client_meeting vague_client paid_task",
     "can u fly out next month? my client in {city} has a lot more paid work for u but they prefer to meet "
     "people first, dinner and a short chat, nothing formal"),
    ("meeting", "client_meeting vague_client sensitive_info",
     "meeting the client in {city} on the 20th, all expenses paid. bring the notes we discussed"),
    ("meeting", "client_meeting vague_client", "client covers ur wife's ticket too"),
    ("meeting", "client_meeting vague_client unusual_payment", "dinner w client sat, cash at the hotel"),
    ("meeting", "client_meeting vague_client paid_task",
     "Video call w my client tmrw? they want to ask u a few things abt ur work directly. paid for the hour"),
])

F.add("en11-s-07-coercion", 1, "coercion", "chat", False, [
    ("none", "coercion", "police called ur parents again. come back"),
    ("none", "coercion", "we know where ur sister works. better for her if u return home before {festival}"),
    ("none", "coercion", "passport cancelled if u dont return by march"),
    ("none", "coercion",
     "tell us who attends the meetings at the community centre and who speaks there, or ur father's pension "
     "is in trouble. we are asking nicely this time"),
    ("none", "coercion", "ur mum cried today. police came again. just come home, sign the paper, they leave her alone"),
    ("none", "coercion", "ur brother's shop can be closed tmrw"),
    ("none", "coercion", "stop posting. ur family pays for it"),
    ("none", "coercion", "the overseas service station needs u to come in and update ur info. bring ur phone and passport"),
    ("none", "coercion",
     "come back for a 'visit', they only want to talk over tea. if u refuse ur uncle loses his job at the "
     "factory, and ur cousin's university place is not certain either"),
    ("none", "coercion", "RETURN. LAST WARNING FOR UR FAMILY"),
])

F.add("en11-s-08-dont-tell-work", 1, "handler_followup", "chat", False, [
    ("none", "secrecy", "no need to tell ur employer ok"),
    ("none", "secrecy", "keep this between us, not even ur wife"),
    ("tasking", "secrecy paid_task", "its confidential, dont mention the reports"),
    ("meeting", "secrecy client_meeting", "don't put the trip on ur leave form as work, just say family stuff"),
    ("pivot", "secrecy off_platform", "don't cc ur work email, use personal"),
    ("none", "secrecy", "ur security officer doesn't need to know"),
    ("none", "secrecy vague_client",
     "Delete our chats after reading pls. the client is a very private person and he gets nervous when things "
     "are written down, u understand. next time we talk by voice"),
    ("none", "secrecy", "if anyone at work asks, we're just old uni friends yeah, we met at a conference years ago"),
    ("none", "secrecy unusual_payment", "dont declare the money, it's a gift"),
])

F.add("en11-s-09-internal-info", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info", "nothing classified, just what ur team discussed internally"),
    ("elicitation", "sensitive_info", "share the internal roadmap slides? just dates"),
    ("elicitation", "sensitive_info vague_client paid_task", "my client wants the non-public test results on {topic}, paid well"),
    ("elicitation", "sensitive_info", "any confidential memo on the budget cuts?"),
    ("elicitation", "sensitive_info", "pics of the intranet org chart pls"),
    ("elicitation", "sensitive_info", "what did the minister's office say in the closed briefing? off record ofc"),
    ("elicitation", "sensitive_info vague_client paid_task",
     "the bid numbers for the {firm} tender, before they're public. client pays extra for early info and nobody "
     "will trace it back to u, they only need the totals and the names"),
    ("elicitation", "sensitive_info", "quick ss of the internal wiki pls"),
    ("elicitation", "sensitive_info",
     "u have access to the restricted drive rite? only need the spec sheet for {topic}, the latest version, "
     "and maybe the test dates if they're in the same folder"),
])

# ---------------------------------------------------------------- suspicious, subtle (no stock word)
F.add("en11-s-10-other-line", 1, "handler_followup", "chat", False, [
    ("pivot", "off_platform secrecy", "can we talk on the green one instead?"),
    ("pivot", "off_platform", "use the other number i gave u"),
    ("pivot", "off_platform secrecy", "better we continue on my personal line, {phone}. dont save my name"),
    ("pivot", "off_platform", "write to me at {email} from now"),
    ("pivot", "off_platform", "the blue plane one, same handle"),
    ("pivot", "off_platform secrecy", "ring me from a non-work phone ok"),
    ("pivot", "off_platform secrecy", "can u get a second sim? easier"),
    ("pivot", "off_platform secrecy", "msg me on the app where msgs disappear, u know which one"),
    ("pivot", "off_platform secrecy",
     "next time dont write on here, this site keeps everything. just ring me on {phone} from outside the "
     "building, at lunch is best, and don't use the office wifi"),
    ("pivot", "off_platform secrecy",
     "my assistant will reach u from a new number tmrw, answer that one. after that clear this convo and we "
     "carry on like nothing, it's tidier for both of us"),
])

F.add("en11-s-11-writeup-for-friends", 1, "handler_followup", "chat", False, [
    ("tasking", "paid_task vague_client",
     "could u jot down a few pages on how {topic} is going? my friends overseas find ur views v useful and "
     "they always look after ppl who help them"),
    ("tasking", "paid_task vague_client", "same as last time? 3-4 pages"),
    ("tasking", "paid_task vague_client",
     "the people i help out would value a short overview of ur lab's plans for next yr. they're generous"),
    ("elicitation", "vague_client sensitive_info", "write what u know abt the tender"),
    ("tasking", "paid_task vague_client", "few pages by friday, usual thank you"),
    ("tasking", "paid_task vague_client",
     "my uncle's company wants a summary of what ur dept is working on, they take care of ppl"),
    ("tasking", "paid_task vague_client", "one more write-up pls, how decisions get made"),
    ("tasking", "paid_task vague_client secrecy", "send the draft to me, i'll pass it"),
    ("elicitation", "vague_client sensitive_info",
     "can u do an explainer on the new export rules, but the version u guys use inside, not the website one? "
     "my friends want to know how it works in practice"),
])

F.add("en11-s-12-whats-inside", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info", "so when's the launch really? not the date on the website, the one they told u"),
    ("elicitation", "sensitive_info", "who made the {firm} shortlist? u must know"),
    ("elicitation", "sensitive_info", "what did the all hands say abt {topic}"),
    ("elicitation", "sensitive_info", "wafers a week, really?"),
    ("elicitation", "sensitive_info", "new names on the export committee?"),
    ("elicitation", "sensitive_info",
     "u still on the project with the navy? what's the test schedule looking like now, and did they fix the "
     "problem with the sensors u mentioned at the bbq last summer"),
    ("elicitation", "sensitive_info", "snap the whiteboard after ur mtg lol"),
    ("elicitation", "sensitive_info", "is next yr's budget already decided inside? i know it's not announced yet"),
    ("elicitation", "sensitive_info", "which suppliers did ur team drop, and why"),
])

F.add("en11-s-13-meet-my-friend", 1, "handler_followup", "chat", False, [
    ("meeting", "client_meeting vague_client", "my friend in {city} wants to meet u. flights, hotel, everything sorted by him"),
    ("meeting", "client_meeting secrecy", "treat it like a holiday, just a chat"),
    ("meeting", "client_meeting", "ticket's booked, {city} on the 12th"),
    ("meeting", "client_meeting vague_client",
     "the gentleman i mentioned will be in {city} next month. he'd love to meet u over dinner, his treat, and "
     "he's happy to arrange ur flight and a few nights at a nice hotel"),
    ("meeting", "client_meeting", "bring ur family, the hotel is arranged"),
    ("meeting", "client_meeting vague_client", "no visa needed for {city}, he covers everything"),
    ("meeting", "client_meeting vague_client", "he wants ur views in person. 2 nights?"),
    ("meeting", "client_meeting vague_client",
     "meet my friends from the institute when ur in {city}? they'll sort the whole trip for u"),
    ("meeting", "client_meeting vague_client sensitive_info",
     "can u come sat? my friend flew in just to see u, we're at the hotel near {station}. he has questions abt "
     "ur work he'd rather not ask over the phone"),
])

F.add("en11-s-14-keep-quiet", 1, "handler_followup", "chat", False, [
    ("none", "secrecy", "no need to mention me to ur manager"),
    ("none", "secrecy", "better ur office doesn't hear abt our chats, they get funny abt these things"),
    ("meeting", "secrecy client_meeting", "say it's a family trip if they ask"),
    ("none", "secrecy", "keep it to urself ok, even ur wife"),
    ("none", "secrecy", "use ur own laptop for this, not work"),
    ("meeting", "secrecy client_meeting", "dont fill in any travel form this time"),
    ("none", "secrecy vague_client",
     "ur security people don't need the details, it's only friends helping friends. if u tell them they'll "
     "make a big thing of nothing and u'll lose ur chance"),
    ("none", "secrecy", "wipe the thread pls"),
    ("none", "secrecy", "if they ask at work how we know each other, say uni. keep it simple"),
])

F.add("en11-s-15-family-back-home", 1, "coercion", "chat", False, [
    ("none", "coercion",
     "ur mum was asked to come in for tea again. they were polite but they say it would be easier for "
     "everyone if u came home for {festival}"),
    ("none", "coercion", "ur brother's shop licence is up for review"),
    ("none", "coercion", "the neighbourhood office visited grandma. she asked me to ask u to come back"),
    ("none", "coercion", "ur dad's pension depends on ur return apparently"),
    ("none", "coercion", "better u stop going to those meetings in london. ur family here is worried for a reason"),
    ("none", "coercion", "who else from home goes to that group?"),
    ("none", "coercion", "no passport for ur sister until u visit"),
    ("none", "coercion", "come back, sign one thing, then peace"),
    ("none", "coercion",
     "they know ur address there, they read it out to ur aunt. she says pls just answer their call this time, "
     "it's only a few questions and then they'll leave her be"),
    ("none", "coercion", "son pls come home. the men came again"),
])

F.add("en11-s-16-odd-transfer", 1, "handler_followup", "chat", False, [
    ("none", "unusual_payment secrecy", "easier if it goes to ur sister's account?"),
    ("none", "unusual_payment", "envelope at the front desk, ur wife's name"),
    ("none", "unusual_payment secrecy", "the usual thank you is in the locker at {station}, number on the ticket"),
    ("none", "unusual_payment secrecy", "store vouchers ok? the bank asks questions"),
    ("none", "unusual_payment", "my friend will top up ur cousin's card in {hometown}. just tell me the number"),
    ("none", "unusual_payment secrecy",
     "i'll send it thru a friend's company so it looks like consulting on paper. u just sign the little "
     "agreement they send, no one at ur office needs to see anything"),
    ("none", "unusual_payment secrecy", "open a new account just for this pls"),
    ("none", "unusual_payment", "send ur wallet address, coins tonite"),
    ("none", "unusual_payment secrecy", "don't bank it all at once"),
])

F.add("en11-s-17-starter-balance", 1, "job_scam", "chat", False, [
    ("none", "job_scam", "congrats, ur hired! just top up the starter balance of {amt} before monday to activate ur account"),
    ("none", "job_scam", "onboarding kit: transfer {amt} to our supplier"),
    ("none", "job_scam", "send ur online banking login for salary setup"),
    ("none", "job_scam",
     "pls deposit the cheque we posted to u today and send the difference to our equipment vendor before "
     "5pm, otherwise ur start date moves back to next month"),
    ("none", "job_scam", "recharge {amt} to unlock level 2 tasks"),
    ("none", "job_scam", "refundable laptop deposit {amt} to secure position 🎉"),
    ("pivot", "job_scam off_platform", "reply from ur personal email with a copy of ur passport and ur card, both sides"),
    ("none", "job_scam", "buy the starter pack first, link below"),
    ("none", "job_scam",
     "ur commission is frozen until u clear the {amt} balance. mentor says it's normal, everyone in the group "
     "did it, and after that u can withdraw the full amount same day"),
])

F.add("en11-s-18-heard-ur-new-role", 1, "subtle_approach", "chat", False, [
    ("contact", "credential_targeting", "heard u got ur clearance renewed, congrats! my friend's firm is always after ppl like u"),
    ("contact", "credential_targeting", "still at {firm}? which programme now"),
    ("contact", "credential_targeting", "u brief the minister now? that true?"),
    ("contact", "credential_targeting",
     "long time no see! u still have access to the lab at {firm}? got an opportunity that would suit u, "
     "better than what they give u there, let's grab lunch and i'll explain"),
    ("contact", "credential_targeting vague_client", "my contact needs someone who knows {topic}"),
    ("contact", "credential_targeting", "what level of vetting do u have now?"),
    ("contact", "credential_targeting", "ur cousin said u just moved to the defence side. let's catch up, i might have something"),
    ("contact", "credential_targeting vague_client",
     "do u still sit in the policy meetings at the ministry? got a friend who'd love to hear from u, he's "
     "starting something and needs ppl who know how things work inside"),
    ("contact", "credential_targeting vague_client", "satellite comms now? my associates want an intro"),
])

F.add("en11-s-19-names-and-numbers", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info", "send me the names on ur team now"),
    ("none", "coercion", "who organises the vigil this yr? numbers?"),
    ("elicitation", "sensitive_info", "the internal phone list pls, engineering floor"),
    ("elicitation", "sensitive_info", "who's on the export committee with u?"),
    ("elicitation", "sensitive_info", "which of ur colleagues handle the {topic} files, and who signs them off"),
    ("elicitation", "sensitive_info", "ur director's mobile?"),
    ("none", "coercion",
     "the student association, who r the leaders now and where do they live? need their numbers too. they "
     "asked me to check and i'd rather it comes from u"),
    ("elicitation", "sensitive_info", "can u tell me which ppl from the lab travel to the conference, and when they fly"),
    ("elicitation", "sensitive_info",
     "who has the keys to the test hangar lol, asking for a friend. also who does the night checks, and is it "
     "the same guard every week or do they rotate"),
])

SUBTLE = {"en11-s-10-other-line", "en11-s-11-writeup-for-friends", "en11-s-12-whats-inside",
          "en11-s-13-meet-my-friend", "en11-s-14-keep-quiet", "en11-s-15-family-back-home",
          "en11-s-16-odd-transfer", "en11-s-17-starter-balance", "en11-s-18-heard-ur-new-role",
          "en11-s-19-names-and-numbers"}

# ---------------------------------------------------------------- benign: short honest work lines
B = "none"
F.add("en11-b-01-recruiter-confirms", 0, "genuine_recruiter", "chat", True, [
    (B, "", "{name}, Dan from Northgate Talent confirming our call tmrw at 3pm re the Data Engineer role at "
            "Fenwick Bank. I'll ring ur mobile, shout if the time doesn't work"),
    (B, "", "thx for ur time today! I'll email the job description to ur personal address as u asked"),
    (B, "", "Lakeshore Staffing here, call u at 5?"),
    (B, "", "Interview confirmed: Thurs 10am, Harrow Robotics"),
    (B, "", "running 5 min late for our call, sorry"),
    (B, "", "it's Grace @ Keel Search. the client is Marlow Grid, senior controls engineer, 85-95k plus "
            "pension, hybrid 3 days. no rush, keen to chat when suits?"),
    (B, "", "offer letter sent, pls check spam"),
    (B, "", "can we move this to email? grace.keel@example.com, easier for sending the JD"),
    (B, "", "i'll whatsapp u the onsite address"),
])

F.add("en11-b-02-hr-forms", 0, "hr_onboarding", "chat", True, [
    (B, "", "pls upload ur bank details on the HR portal before friday so payroll can set u up"),
    (B, "", "P45 and right to work docs pls"),
    (B, "", "don't email ur account number, use the form"),
    (B, "", "HR: NDA attached, sign by Mon"),
    (B, "", "first day 9am, ask for Meena at reception"),
    (B, "", "pls fill in the emergency contact form when u get a sec, a spouse or parent is fine, and double "
            "check the phone number, last year half of them were wrong"),
    (B, "", "just so u know, we never ask for payment to start a job and we never use gift cards. if someone "
            "claiming to be us does, report it to us straight away"),
    (B, "", "ur SIN form is missing, drop it tmrw?"),
    (B, "", "background check consent pls, link in email"),
])

F.add("en11-b-03-colleague-slides", 0, "coworker_channel", "chat", True, [
    (B, "", "can u send me the slides from this morning"),
    (B, "", "move this to teams? phone's dying"),
    (B, "", "ping me on slack when free"),
    (B, "", "deck's on the shared drive, v3 not v2"),
    (B, "", "sending the numbers to ur work email"),
    (B, "", "can we do a quick call instead? typing is too slow and i've got 10 questions"),
    (B, "", "client call moved to 2pm, same link"),
    (B, "", "boss wants the report by EOD and i've rewritten my section twice, can u check it before i send? "
            "the bit on vendor costs still reads weird to me"),
    (B, "", "add me on the team whatsapp pls, HR made a new group for the offsite so we can sort lifts and "
            "who's bringing what, the old group's dead"),
])

F.add("en11-b-04-travel-reimbursed", 0, "travel_reimbursement", "chat", True, [
    (B, "", "submit ur receipts for the Lisbon conf, flights and hotel get reimbursed"),
    (B, "", "taxi from airport is fine, keep receipt"),
    (B, "", "per diem is 60 a day lol"),
    (B, "", "send ur passport name for the flights"),
    (B, "", "did ur expenses go thru?"),
    (B, "", "hotel booked, confirmation in ur inbox"),
    (B, "", "pls put the client dinner on the corporate card, not ur own, finance is still chasing me for the "
            "last time someone paid personally and claimed it three months later"),
    (B, "", "ur trip to the Shenzhen supplier is approved. the security briefing before u go is mandatory, and "
            "take the loaner laptop, not ur normal one, that's policy for that route"),
    (B, "", "reimbursement for the training course hits payroll on the 25th"),
])

F.add("en11-b-05-expert-network", 0, "expert_network", "chat", True, [
    (B, "", "Mara from Ardent Insight Network here. 1hr paid call on EV charging for a named investment client, "
            "we don't want any confidential info at all. Would Thurs work?"),
    (B, "", "call confirmed w our client, a fund named in the compliance form. pls don't share anything non-public"),
    (B, "", "ur honorarium is processing, 3-5 days"),
    (B, "", "pls do the compliance quiz before the call"),
    (B, "", "totally understand, ur employer's policy comes first"),
    (B, "", "public info and general experience only pls"),
    (B, "", "Ardent again, the client would like a 30 min follow up, same rate"),
    (B, "", "we pay by bank transfer, never gift cards"),
    (B, "", "before we schedule, pls confirm u r not a government employee and not bound by any agreement that "
            "stops u talking about ur sector. if u r, we'll have to decline, sorry"),
])

F.add("en11-b-06-security-reminder", 0, "security_awareness", "chat", True, [
    (B, "", "reminder: never share ur login"),
    (B, "", "heads up, phishing test next week lol"),
    (B, "", "security team: fake recruiters are messaging staff on social media offering paid reports for a "
            "'client' and asking to move to whatsapp. pls report them to us, don't engage"),
    (B, "", "if anyone asks u to move to whatsapp and write for a 'client', tell security"),
    (B, "", "annual training due fri, the foreign approaches one"),
    (B, "", "declare foreign travel before ur trip pls"),
    (B, "", "anyone offering cash or crypto for internal info = report it. that's it, that's the msg"),
    (B, "", "lock ur screen when u leave ur desk"),
    (B, "", "got the 'think before u link' email again haha, must be that time of year. tbh the bit about fake "
            "headhunters and travel paid trips abroad was actually useful this time"),
])

F.add("en11-b-07-paid-talk", 0, "university_invite", "chat", True, [
    (B, "", "Dept of Physics would love u to give a seminar in May on ur battery work. we cover train fare and a "
            "£150 honorarium, and the talk is recorded for our website"),
    (B, "", "examine a phd thesis? paid, usual uni rate"),
    (B, "", "alumni panel on zoom, 45 mins, no prep"),
    (B, "", "careers day needs an engineer, u keen?"),
    (B, "", "guest lecture fee goes thru payroll"),
    (B, "", "journal review request, unpaid sadly lol"),
    (B, "", "Prof, confirming ur keynote, hotel booked by the organisers, invoice us after"),
    (B, "", "our students would love a talk on careers in energy, public stuff only"),
    (B, "", "conference in Singapore accepted ur paper!! the uni covers registration and economy flights, u just "
            "book thru the travel portal and keep the boarding passes for the claim"),
])

# ---------------------------------------------------------------- benign: everyday texting
F.add("en11-b-08-family-news", 0, "family_chat", "chat", False, [
    (B, "", "ur brother passed his driving test finally!!"),
    (B, "", "mum says ur husband forgot her bday lol"),
    (B, "", "grandma's out of hospital, asking for u"),
    (B, "", "my sister had the baby!! both fine"),
    (B, "", "dad's retiring in june, we should do something nice for him"),
    (B, "", "ur cousin got engaged, seen the pics?"),
    (B, "", "aunty's knee op went well, she's already complaining abt the hospital food and asking when she can "
            "go back to her walking group, so i think she's fine lol"),
    (B, "", "my mum asks if ur mum got the recipe"),
    (B, "", "bro ur son just called me uncle for the first time omg. i nearly cried in the middle of the shop, "
            "tell ur wife she's raising a legend"),
])

F.add("en11-b-09-come-home", 0, "family_chat", "chat", True, [
    (B, "", "mum keeps asking when ur coming home"),
    (B, "", "da come for pongal atleast, amma asking daily"),
    (B, "", "dad says he'll pay half ur ticket if u come home this summer"),
    (B, "", "ur grandma wants u back before she gets too old, her words not mine. she's saving the big room for "
            "u and already told the whole street ur coming"),
    (B, "", "when r u returning? aunty planned the menu"),
    (B, "", "come home la, 2 yrs already"),
    (B, "", "ma booked ur flight, don't argue"),
    (B, "", "ur father won't say it but he misses u. come back for a few days when work calms down, even just "
            "a long weekend, he keeps looking at ur old room"),
    (B, "", "everyone's asking if u r coming for {festival}, what do i tell them"),
])

F.add("en11-b-10-family-money", 0, "family_chat", "chat", True, [
    (B, "", "send ur account number, i'll transfer rent"),
    (B, "", "dad sent the money for ur fees"),
    (B, "", "ma can u send 2k, laptop died 😭"),
    (B, "", "beta transferred 5000 to ur account, for books only ok, not for movies"),
    (B, "", "can u pay grandma's electric bill from ur account this month? her card expired and the bank is "
            "being useless, i'll pay u back on friday with the shopping money"),
    (B, "", "mum just do a bank transfer, not cash"),
    (B, "", "transferred ur birthday money!! spend it wisely"),
    (B, "", "which account do i send the wedding contribution to? the joint one or urs?"),
    (B, "", "uncle wants to lend u money for the car, he said don't tell aunty lol, but honestly u should ask "
            "dad first, he'll be hurt if he hears it from someone else"),
])

F.add("en11-b-11-loans-friends", 0, "friend_chat", "chat", True, [
    (B, "", "can u lend me 50 till payday"),
    (B, "", "i'll pay u back friday promise"),
    (B, "", "bro u still owe me for the tickets"),
    (B, "", "sent the 40 for dinner, check ur {bank}"),
    (B, "", "no rush on the loan man"),
    (B, "", "can u float me rent this month? new job starts next wk and the first paycheque lands on the 30th, "
            "i'll send it back the same day, u know i'm good for it"),
    (B, "", "paid u back by e-transfer, the password is pizza lol"),
    (B, "", "lend me ur card for the booking? i'll transfer u straight after, my bank app is down"),
    (B, "", "dude i can't pay u back till the 15th, sorry. car needed a new battery and my landlord wants the "
            "deposit topped up, i feel terrible, drinks on me after"),
])

F.add("en11-b-12-flat-bills", 0, "flatmate_chat", "chat", True, [
    (B, "", "transfer me ur half of the electric pls"),
    (B, "", "sort code and acc number? gas money"),
    (B, "", "landlord wants the deposit by fri, can u do ur share by thurs"),
    (B, "", "wifi went up again, 12 quid each"),
    (B, "", "who ate my leftover {food} 😤"),
    (B, "", "put ur share in the house jar pls, we're getting a new kettle and a bin with a lid, the fox got "
            "into the old one again last night and it's everywhere"),
    (B, "", "paid the council tax, ur part's 74"),
    (B, "", "can u get milk, i'll pay u back"),
    (B, "", "new flatmate moving in sat, she's nice, works nights at the hospital so pls keep it quiet in the "
            "mornings, and she'll send her share of the bills from next month"),
])

F.add("en11-b-13-other-number", 0, "friend_chat", "chat", True, [
    (B, "", "this is my other number, save it"),
    (B, "", "work phone died, text me on this"),
    (B, "", "new number! delete the old one"),
    (B, "", "use my personal number pls, {phone}, not the work one, i'm off till monday"),
    (B, "", "oh sorry didn't have ur new number saved"),
    (B, "", "text my other phone, this one's getting cut off"),
    (B, "", "lost my sim on the trip so this is a temp number till i'm back home on tuesday, if u need me "
            "urgently call my sister, she's got my hotel details"),
    (B, "", "my mum's new number is {phone}, add her to the family group pls"),
    (B, "", "got a second sim for work so ignore any msgs from the old number after today. if anyone asks u for "
            "my number just give them this one, the old one's gone"),
])

F.add("en11-b-14-add-me-on", 0, "friend_chat", "chat", True, [
    (B, "", "add me on {app} its easier"),
    (B, "", "r u on wechat? mum only uses that"),
    (B, "", "omg remember msn and yahoo messenger lol. add me on whatsapp instead"),
    (B, "", "my telegram is same as my insta"),
    (B, "", "class group moved to signal, link in email"),
    (B, "", "not on whatsapp anymore, use imessage or just call me like a normal person"),
    (B, "", "add my bf on wechat, he's organising the dinner for my mum's 60th and he needs everyone's dietary "
            "stuff by sunday. his id is the same as his name, all lowercase"),
    (B, "", "can u whatsapp me the address"),
    (B, "", "join the family group on viber pls, grandpa figured it out and now he sends a good morning photo "
            "of his tomatoes every single day, it's honestly the best part of my morning"),
])

F.add("en11-b-15-email-swap", 0, "friend_chat", "chat", True, [
    (B, "", "whats ur email? i'll send the pics"),
    (B, "", "send it to my gmail not the work one, they read everything lol"),
    (B, "", "my email is {email}, send the cv"),
    (B, "", "forward me the booking? my personal email"),
    (B, "", "uni email's dead, use my yahoo"),
    (B, "", "emailed u the recipe, check spam"),
    (B, "", "send the wedding photos to my hotmail pls, the work one has a size limit and IT will moan at me "
            "again. or just share a folder and send me the link"),
    (B, "", "forward the landlord email to me pls"),
    (B, "", "pls don't email me at work abt the surprise party, my boss sits right behind me and reads over my "
            "shoulder, use my own email and i'll check it at lunch"),
])

F.add("en11-b-16-meet-up", 0, "friend_chat", "chat", False, [
    (B, "", "we could meet on the road near {station}, i'll be in a grey jacket"),
    (B, "", "i'm outside, the blue car"),
    (B, "", "meet at {place} at {time}, easier for both of us"),
    (B, "", "running late, wait near the ticket machines"),
    (B, "", "where r u? i'm at exit B"),
    (B, "", "meet halfway? park near ur aunty's"),
    (B, "", "can we meet somewhere quiet this week, need to tell u something in person (good news dw). i'll "
            "drive over, just tell me when ur free and i'll bring cake"),
    (B, "", "lunch {day}? my treat"),
    (B, "", "come down to the hotel lobby when u land, we're all here for the reunion. ur cousin booked the big "
            "table in the restaurant, and my dad is already telling old stories"),
])

F.add("en11-b-17-classes-exams", 0, "classmates_chat", "chat", False, [
    (B, "", "exam tmrw 9am da, pls send ur notes"),
    (B, "", "did u get anything in {course} today"),
    (B, "", "tutor cancelled, free period!!"),
    (B, "", "lecturer said q4 won't come, trust"),
    (B, "", "group project meeting in the library at {time}? i'll book a room"),
    (B, "", "failed the mock lol. parents gonna kill me"),
    (B, "", "can u sign me in for attendance pls, stuck on the bus behind an accident, the lecturer said one "
            "more absence and i lose the participation marks for the whole term"),
    (B, "", "the staff room was locked so i left my essay in her pigeonhole, hope that counts as on time. also "
            "did anyone get the reading list for next week, the link's broken"),
    (B, "", "results out {day}, can't sleep"),
])

F.add("en11-b-18-tutor-fees", 0, "family_chat", "chat", True, [
    (B, "", "tuition aunty wants fees by the 5th"),
    (B, "", "pay the tutor cash today, no transfer"),
    (B, "", "the maths tutor charges 60 an hour now, worth it tho, his grades went up"),
    (B, "", "can u transfer the exam fee to the school account before friday? the reference has to be his full "
            "name and class, otherwise the office can't match it and they chase us again"),
    (B, "", "piano teacher wants the term upfront"),
    (B, "", "coaching centre fees went up, ma fuming"),
    (B, "", "i'll tutor ur son for free if u help me with my CV lol"),
    (B, "", "school trip money due fri, in his bag"),
    (B, "", "driving lessons are 45 each, paid to the instructor directly after the lesson. he's really "
            "patient, took my daughter on the motorway last week and she came back smiling"),
])

F.add("en11-b-19-work-gripes", 0, "work_chat", "chat", False, [
    (B, "", "boss made us stay late again ugh"),
    (B, "", "staff meeting was pointless as usual"),
    (B, "", "manager took credit for my slides AGAIN"),
    (B, "", "they're restructuring, nobody knows anything, everyone's just refreshing their inbox lol"),
    (B, "", "new boss is nice actually, brought donuts"),
    (B, "", "HR wants us back in office 4 days a week from next month, not happening, i spend two hours on the "
            "train and the desks are all taken by 9 anyway"),
    (B, "", "annual review tmrw, wish me luck"),
    (B, "", "someone microwaved fish in the staff kitchen"),
    (B, "", "thinking of quitting honestly, this place is too much. the director shouts in meetings, nobody's "
            "replaced the two people who left, and i haven't had a proper weekend since march"),
])

F.add("en11-b-20-business-ideas", 0, "friend_chat", "chat", True, [
    (B, "", "bro let's start a bubble tea biz"),
    (B, "", "my cousin wants to invest 10k in the truck"),
    (B, "", "should we register the company or just do it on the side first"),
    (B, "", "got a business plan, can u look?"),
    (B, "", "uncle says he'll lend us the start up money if we show him a proper plan with numbers, not just "
            "vibes, so can we sit down sunday and do the spreadsheet"),
    (B, "", "sold 300 worth of cakes this wk!!"),
    (B, "", "anyone know a cheap accountant"),
    (B, "", "the investor wants 20% lol no way"),
    (B, "", "grab a coffee and talk about the app idea? i showed it to my old lecturer and she said the booking "
            "part is actually clever, she even offered to introduce us to the incubator"),
])

F.add("en11-b-21-parcels-stamps", 0, "ordinary_chat", "chat", False, [
    (B, "", "ur parcel came, left it w the neighbour"),
    (B, "", "need stamps for the visa form, got any"),
    (B, "", "courier says i missed them again 🙄"),
    (B, "", "posted the birthday card to grandma, 2nd class so fingers crossed"),
    (B, "", "big box at the door, urs?"),
    (B, "", "post office queue is insane today"),
    (B, "", "can u post my passport back to me, recorded delivery pls? i need it for the visa appointment on "
            "the 20th and i don't trust normal post after last time"),
    (B, "", "tracking says delivered but nothing here"),
    (B, "", "sent u a care package from home, mum added pickles and the snacks u like. the customs form says "
            "food and gifts, so it should be fine, tell me when it arrives"),
])

F.add("en11-b-22-visa-home", 0, "friend_chat", "chat", True, [
    (B, "", "flights home for {festival} are crazy"),
    (B, "", "my visa got approved!!"),
    (B, "", "dad's paying for my ticket home, finally"),
    (B, "", "visa appointment {day}, so nervous"),
    (B, "", "do u need a visa for {city}? planning a trip w the girls"),
    (B, "", "going back to {hometown} for a month"),
    (B, "", "company's sponsoring my work visa, lawyer says about 3 months"),
    (B, "", "uncle will pick me up from the airport, all sorted, so don't take time off work for it. just come "
            "for dinner on sunday, mum's cooking enough for the whole street anyway"),
    (B, "", "can't come home this yr, the visa renewal is stuck and if i leave now i might not get back in. "
            "tell grandma sorry, i'll video call her on the day"),
])

F.add("en11-b-23-privacy-gripes", 0, "friend_chat", "chat", True, [
    (B, "", "some random guy got my number from the group chat??"),
    (B, "", "why did u give my number to ur cousin"),
    (B, "", "pls delete that pic, i didn't agree"),
    (B, "", "keep this between us ok, i don't want the whole office knowing"),
    (B, "", "who added me to this group?"),
    (B, "", "my ex texts from new numbers, blocked again"),
    (B, "", "someone's been calling me from a private number all week, never says anything, just breathing. "
            "creepy. i'm reporting it to the phone company tmrw if it happens again"),
    (B, "", "don't share my address with anyone pls"),
    (B, "", "the landlord gave my email to some marketing company without asking, now i get 10 spam emails a "
            "day about boilers. is that even legal? i'm so annoyed"),
])

F.add("en11-b-24-feeling-low", 0, "friend_chat", "chat", False, [
    (B, "", "can u call me, feeling low"),
    (B, "", "bad day. u free to talk later?"),
    (B, "", "miss home so much today"),
    (B, "", "can't sleep, u up?"),
    (B, "", "thx for listening last night, really needed that, ur the best"),
    (B, "", "i'm ok just tired. call {day}?"),
    (B, "", "feeling a bit lost since the move honestly. new city, no friends yet, and work is just emails all "
            "day. can we facetime this weekend, even for ten minutes"),
    (B, "", "pls check on mum, she sounded sad on the phone last night"),
    (B, "", "sorry for going quiet, it's been a rough few weeks with dad in and out of hospital. not looking for "
            "advice, just want to hear a friendly voice. call when u can?"),
])

F.add("en11-b-25-gossip", 0, "friend_chat", "chat", False, [
    (B, "", "omg did u hear abt Kavya and her ex"),
    (B, "", "he's dating someone from accounts apparently"),
    (B, "", "don't tell anyone but she's pregnant!!"),
    (B, "", "the new neighbour is definitely a spy lol, always on his balcony with binoculars, says he's into "
            "birds. birds. in the middle of the city. ok sure mate"),
    (B, "", "ur cousin's wedding drama is unreal"),
    (B, "", "who invited Ravi? awkward"),
    (B, "", "she said WHAT to her mother in law"),
    (B, "", "so apparently the boss's son is the new intern, nobody is surprised"),
    (B, "", "tea: the landlord is selling the whole building and the agent let it slip to Mrs Chen downstairs, "
            "who obviously told everyone in the lift within about five minutes"),
])

F.add("en11-b-26-jokes", 0, "friend_chat", "chat", False, [
    (B, "", "lol same"),
    (B, "", "my cat just knocked my coffee onto my laptop, staring at me now"),
    (B, "", "why is the bus late when i'm early"),
    (B, "", "if u see a man crying in the cereal aisle it's me"),
    (B, "", "plot twist: i actually did the reading"),
    (B, "", "this meme is literally u"),
    (B, "", "sent u a voice note, sorry it's 4 min"),
    (B, "", "ur dad jokes are getting worse and i say that with love. yesterday u made a pun about cheese at a "
            "funeral reception and my aunt still hasn't recovered"),
    (B, "", "i have become my mother. i just said 'in my day' to a teenager on the bus, then folded a plastic "
            "bag into a triangle and put it in my handbag. send help"),
])

F.add("en11-b-27-surprises", 0, "friend_chat", "chat", True, [
    (B, "", "don't tell mum abt the party!!"),
    (B, "", "keep it between us, proposing sat"),
    (B, "", "don't mention the gift to dad pls"),
    (B, "", "shh, her leaving do is secret, don't put it in the team chat"),
    (B, "", "we're collecting for his bday, transfer me whatever u can by thurs"),
    (B, "", "delete these msgs, she reads my phone lol"),
    (B, "", "act surprised ok"),
    (B, "", "don't tell anyone at work i'm interviewing elsewhere, not even Priya, she's lovely but she tells "
            "the manager everything. i'll explain properly when i know if i got it"),
    (B, "", "the anniversary trip is booked, dad paid for the flights and the hotel, mum has no idea. we tell "
            "her she's going to my cousin's for lunch and drive her to the airport instead"),
])

F.add("en11-b-28-partners", 0, "partner_chat", "chat", True, [
    (B, "", "babe can u send me the account details for the venue deposit"),
    (B, "", "did u pay the car insurance"),
    (B, "", "love u, home by 8"),
    (B, "", "my mum wants us for dinner sun"),
    (B, "", "transferred u for the groceries"),
    (B, "", "ur turn to call ur parents lol"),
    (B, "", "can u pick up my prescription on the way home? i'll pay u back in kisses"),
    (B, "", "booked the flights to see ur family, my card, u do the hotel. ur sister says we can stay with "
            "them but i think we need our own space after the last time"),
    (B, "", "what's the wifi password at ur sister's again? also ur mum asked if we're coming to the temple on "
            "saturday and i said yes without checking, sorry love"),
])

F.add("en11-b-29-job-hunt", 0, "friend_chat", "chat", True, [
    (B, "", "got an interview at the bank!!"),
    (B, "", "a recruiter called me lol, Leeds role"),
    (B, "", "they want a case study before the final round, is that normal"),
    (B, "", "offer came thru, 65k + bonus 😭"),
    (B, "", "headhunter wants my current salary, tell her?"),
    (B, "", "rejected again. whatever"),
    (B, "", "my clearance came thru so i can finally start on the 3rd"),
    (B, "", "interview on teams tmrw, what do i wear from the waist up lol"),
    (B, "", "a recruiter asked me to fill a form on their site, i checked and it's legit, the company emailed me "
            "from their own domain too and the role is on their careers page"),
])

F.add("en11-b-30-family-group", 0, "family_chat", "chat", True, [
    (B, "", "grandma's 80th, send red packet on wechat"),
    (B, "", "ma added u to the family whatsapp"),
    (B, "", "uncle posted 40 good morning images in the group again, someone stop him"),
    (B, "", "dad pls stop forwarding fake news"),
    (B, "", "video call w grandma sun 7pm, wechat"),
    (B, "", "send the baby pics to the group"),
    (B, "", "aunty asked in the group when ur getting married 💀 i said ur busy with work and she replied with a "
            "photo of her friend's son who is 'also very busy'"),
    (B, "", "dad sent angpao on wechat, say thanks"),
    (B, "", "mum's voice notes are 5 min each, someone help. the last one was about the neighbour's dog, the "
            "price of onions and whether i'm eating enough, in that order"),
])

F.add("en11-b-31-sending-home", 0, "family_chat", "chat", True, [
    (B, "", "sent 200 home to mum, she got it"),
    (B, "", "uncle's hospital bills, can u chip in"),
    (B, "", "the transfer to amma's account is taking 3 days this time, weird"),
    (B, "", "pls send a bit extra, roof repair"),
    (B, "", "sending money home for {festival}, want me to add urs in the same transfer"),
    (B, "", "dad says stop sending. sending anyway lol"),
    (B, "", "the bank rejected the transfer because her name on the account has her maiden name, so i need to "
            "redo it. can u send me a photo of her passbook"),
    (B, "", "remittance fees are robbery, cheaper app?"),
    (B, "", "grandpa's pension was late again so i covered this month, no big deal, but can u ask the office "
            "back home what's going on, they don't answer my calls"),
])

F.add("en11-b-32-scam-warnings", 0, "friend_chat", "chat", True, [
    (B, "", "careful, someone msged me pretending to be a recruiter from a big bank, asking for a deposit to "
            "'secure the interview'. blocked and reported, tell ur sister too"),
    (B, "", "is this legit? a job liking videos?"),
    (B, "", "mum got a call saying my brother was arrested, total scam, he's fine"),
    (B, "", "if anyone texts u from my name asking for money, it's not me"),
    (B, "", "aunty almost sent gift cards to a 'boss'"),
    (B, "", "someone wanted me on telegram for a 'job', nope"),
    (B, "", "reported the fake HR account"),
    (B, "", "don't click that parcel link, it's fake"),
    (B, "", "some 'consultant' offered to pay me for reports on my work, wanted to chat on another app and said "
            "no need to tell my boss. textbook, right? told security this morning"),
])

F.add("en11-b-33-favours", 0, "friend_chat", "chat", False, [
    (B, "", "can u help me move sat"),
    (B, "", "need a favour, pick up my kid at 3?"),
    (B, "", "can u water my plants next wk"),
    (B, "", "could u proofread my cover letter, it's due friday and i hate it"),
    (B, "", "ur car free sun? furniture run"),
    (B, "", "help!! red wine on the carpet"),
    (B, "", "can u feed the cat, keys under mat"),
    (B, "", "my laptop won't turn on and my thesis is on it, can ur brother look at it this week? i'll cover "
            "the parts obviously and throw in dinner for his trouble"),
    (B, "", "can u come with me to the doctor's tmrw? it's just the results but i'm nervous and i don't want to "
            "tell my parents until i know what it is"),
])

F.add("en11-b-34-study-group", 0, "classmates_chat", "chat", True, [
    (B, "", "class group is on telegram now"),
    (B, "", "join the discord for the study group"),
    (B, "", "the tutor shared the answers on the whatsapp group, check before sat"),
    (B, "", "add me to the project chat? lost my phone"),
    (B, "", "send ur email so i can share the doc"),
    (B, "", "the lecturer's email is on the course page, use that and not her personal one, she said last term "
            "that she won't answer anything sent to her private address"),
    (B, "", "revision call tonite 9pm, link in group"),
    (B, "", "someone leaked the seating plan lol"),
    (B, "", "our tutor gave us her number for emergencies only, so pls nobody text her at midnight asking about "
            "the word count again, that was embarrassing for the whole class"),
])

F.add("en11-b-35-office-collection", 0, "coworker_channel", "chat", True, [
    (B, "", "chipping in for Sue's leaving gift, send to my account or cash in the envelope"),
    (B, "", "card's in my drawer, sign before fri"),
    (B, "", "10 each for the baby shower ok?"),
    (B, "", "moved the collection chat to whatsapp so she can't see it"),
    (B, "", "don't mention it in teams, she's there"),
    (B, "", "raised 240 for Raj's farewell!!"),
    (B, "", "who's booking the restaurant for the team lunch? last time we ended up at the place with the tiny "
            "tables and the boss sat alone at the end, never again"),
    (B, "", "transfer me ur secret santa share"),
    (B, "", "pls keep quiet abt the cake, it's hidden at reception under the desk, and if she asks why we're all "
            "going to the meeting room at 3 just say it's a fire drill briefing"),
])

F.add("en11-b-36-parents-alumni", 0, "parents_group", "chat", True, [
    (B, "", "PTA meeting thurs 7pm in the hall"),
    (B, "", "alumni drinks at the old uni bar {day}"),
    (B, "", "class of 2012 group is back lol"),
    (B, "", "can parents transfer 15 for the teacher's gift by fri, details in the sheet"),
    (B, "", "reunion fund: pls send ur share to the treasurer's account, details pinned in the group. we still "
            "need 12 more people to book the hall, so nudge ur old classmates"),
    (B, "", "who's driving the kids to the match sat"),
    (B, "", "alumni office wants our emails"),
    (B, "", "the school changed the pickup gate, it's near the station road now"),
    (B, "", "someone in the alumni group is selling concert tickets and asking for payment by gift card, "
            "careful, could be a scam, the account was only created last week"),
])

# Words that make a message overt; none may appear in a subtle family.
STOCK = re.compile(
    r"whats\s*app|we\s*chat|telegram|signal|viber|skype|gmail|yahoo|hotmail|\bqq\b|163|\bvx\b|\bwx\b|\btele\b|"
    r"\bwa\b|client|\bfees?\b|pay|paid|cash|crypto|bitcoin|usdt|money|reward|honorarium|confidential|secret|"
    r"classified|between us",
    re.IGNORECASE,
)


def rows() -> list[dict[str, object]]:
    """Every message, built from the families with the fixed seed, subtlety marked."""
    out = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for row in out:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
            hit = STOCK.search(str(row["text"]))
            assert hit is None, f"{row['id']}: stock word {hit.group(0)!r} in a subtle message"
    return out


def summary(data: list[dict[str, object]]) -> str:
    """The counts and length spread quoted in the module docstring."""
    lines = []
    families = {str(r["family"]) for r in data}
    sus = [r for r in data if r["label"] == 1]
    ben = [r for r in data if r["label"] == 0]
    lines.append(f"{len(data)} messages in {len(families)} families; {len(sus)} suspicious "
                 f"({100 * len(sus) / len(data):.1f}%), {len(ben)} benign ({100 * len(ben) / len(data):.1f}%)")
    for name, group in (("suspicious", sus), ("benign", ben)):
        words = [len(str(r["text"]).split()) for r in group]
        fams = {str(r["family"]) for r in group}
        short = sum(1 for w in words if w <= 10)
        lines.append(f"{name}: {len(fams)} families, words {min(words)}-{max(words)}, median "
                     f"{statistics.median(words):g}, 10 or fewer {100 * short / len(words):.1f}%")
    subtle = [r for r in sus if r["subtlety"] == "subtle"]
    lines.append(f"subtle: {len({r['family'] for r in subtle})} families, {len(subtle)} messages; overt "
                 f"{len(sus) - len(subtle)}")
    look = {str(r["family"]) for r in ben if r["lookalike"]}
    lines.append(f"benign families marked lookalike: {len(look)}")
    return "\n".join(lines)


def main() -> None:
    data = rows()
    write(data, OUT)
    if "--summary" in sys.argv:
        print(summary(data))


if __name__ == "__main__":
    main()
