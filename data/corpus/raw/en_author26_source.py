"""English family and friends' chats, honest and not: hand-written families for the corpus (author 26).

Who and how
-----------
Written by a helper session (an AI assistant), the twenty-sixth English hand. Every template was
hand-written from the threat description in ``../shared/DESIGN.md`` and the public warnings it cites
(CSIS 2023, NPSA/MI5 "Think Before You Link", FBI guidance on fake recruiters and on transnational
repression), blind to the rule packs, the training corpus, ``data/dev/`` and the evaluation sets. The
only file under ``data/corpus/`` that was opened is ``template_families.py``, the shared helper.

Run
---
``.venv/bin/python data/corpus/raw/en_author26_source.py`` rewrites ``en_author26.jsonl`` next to it
(byte-identical output for the fixed ``SEED``).

What the families cover
-----------------------
The angle is the classifier's most frequent false alarm: chats in family groups and between friends,
on WhatsApp, WeChat, Signal, LINE, Telegram and SMS, from families spread across countries (Chinese,
Indian, Iranian, Nigerian, Filipino, Eritrean, Ukrainian, Vietnamese, Hong Kong and Uyghur diaspora,
and ordinary local families). Benign look-alikes: a parent asking when you will visit, school fees for
a sibling, an uncle asking what the new employer pays, a cousin's shopping list from abroad, a
grandmother's health, a wedding with tickets paid by an uncle, moving the family group to another app,
a relative's new number, "don't tell dad yet", "delete this after you read it" about a surprise party,
money home for medicine, a vetting referee call, a community association's warning notice that quotes
the signs word for word, friends who refer you to a named employer, a journalist friend on the record,
a conference abroad with flights covered, an expert network that refuses confidential information, a
colleague asking for the board-slide draft on Teams. Suspicious, in the same voices and lengths:
officers visiting a mother, a father urging a return "easier for everyone", a "relative" relaying
questions about your work, a cousin's friend who wants to meet abroad, money to a parent in exchange
for a favour, pressure to name fellow students, task and deposit scams sent through a sibling.
More than half of the suspicious families are subtle: no app name, no "client", no fee, no
"confidential", no "police" or "return" (``TELLTALE`` below is checked on every subtle row).

Counts (printed by ``.venv/bin/python data/corpus/raw/en_author26_source.py --stats``)
-------------------------------------------------------------------------------------
451 messages in 51 families (8 or 9 messages each, three hand-written templates per family):

- suspicious (label 1): 178 messages (39.5%) in 20 families, 11 of them subtle (98 subtle messages,
  80 overt). Stages: coercion 44, elicitation 36, contact 18, payment 18, job_scam 18, meeting 17,
  pivot 9, paid_task 9, secrecy 9.
- benign (label 0): 273 messages in 31 families, 28 of them hard look-alikes (246 look-alike messages);
  3 plain families (dinner, football, delivery and pharmacy notices).
- Length in words (suspicious / benign): 3-20: 48 / 90; 21-60: 75 / 106; 61-120: 53 / 74;
  121-300: 2 / 3. Medians 37 / 35 words, range 14-122 / 7-128. Mostly chat lines under 60 words,
  about a third longer (voice-note transcripts, long family messages, a few e-mails).
- Register (suspicious / benign): chat 144 / 223, sms 9 / 17, e-mail 11 / 16 (``Subject:`` letters,
  notices), voice-note transcripts 8 / 11, chat exports with ``[hh:mm] Name:`` lines 6 / 6.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write

SEED = 26_2611_22
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "en_author26.jsonl"

# Stock words whose absence makes a suspicious message "subtle".
TELLTALE = re.compile(
    r"whatsapp|wechat|weixin|telegram|signal|\bline\b|viber|\bsms\b|gmail|proton|@|[$€£¥]|\busdt?\b|"
    r"client|\bfees?\b|\bpa(?:y|id|yment)|cash|crypto|bitcoin|money|reward|honorari|stipend|gift card|"
    r"deposit|cheque|confidential|secret|classified|between us|internal|non-public|report|police|"
    r"\breturn|don't tell|your employer|yuan|naira|rupee",
    re.IGNORECASE,
)

# Shared by both classes; chat-sized on purpose (most texts here are chat lines).
OPENERS = ["", "", "", "", "", "", "hi ", "Hey, ", "hello dear, ", "Hiya. ", "ok so ", "Morning! "]
CLOSERS = ["", "", "", "", "", "", " x", " 🙏", " ❤️", " 😊", "\n\nSent from my phone", " ok?"]

POOLS: dict[str, list[str]] = {
    "day": ["Thursday", "Friday", "Saturday", "Sunday", "next Monday", "the 14th", "the weekend"],
    "time": ["7pm", "after dinner", "9:30", "tonight", "lunchtime", "8 your time"],
    "city": ["Leeds", "Toronto", "Melbourne", "Frankfurt", "Vancouver", "Manchester", "Houston", "Auckland"],
    "abroad": ["Istanbul", "Dubai", "Bangkok", "Kuala Lumpur", "Belgrade", "Doha", "Almaty", "Singapore"],
    "firm": ["Harwell Avionics", "Northgate Semiconductors", "Keswick Grid Systems", "Brightwater Telecom",
             "Aldermoor Defence Systems", "Tarrow Photonics", "Pellham AI Labs"],
    "field": ["radar", "chip packaging", "grid control", "satellite links", "battery chemistry",
              "drone navigation", "5G core networks"],
    "month": ["March", "April", "May", "June", "September", "October"],
    "sum": ["200", "300", "350", "500", "150"],
    "phone": ["07700 900143", "555-0147", "+1 555 0182", "+86 138 0000 0000", "+852 5000 0121",
              "07700 900982", "555-0119"],
    "hhmm": ["07:42", "08:15", "12:03", "13:27", "18:56", "21:10", "22:34"],
    "hh2": ["07:45", "08:19", "12:09", "13:31", "19:02", "21:14", "22:41"],
    "date": ["3/4/25", "12/06/2025", "21/09/25", "2025-10-02", "5/5/25"],
    "sec": ["07", "12", "19", "26", "33", "41", "54"],
    "snack": ["the ginger sweets", "dried mangoes", "two jars of the chilli oil", "the good tea",
              "that hand cream", "a box of pastries"],
}

F = Families()

# ---------------------------------------------------------------- suspicious (label 1)

F.add("en26-s-01-officers-visit-mother", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "The officers came to Mum's flat again on {day}. They asked when you are coming back. She hasn't slept."),
    ("coercion", "coercion",
     "Brother, please call home. Two men from the local police station sat with Mum for three hours. They "
     "know the name of your company in {city} and they say if you come back for a short visit everything "
     "will be cleared up. Mum is crying, she begged me to write to you."),
    ("coercion", "coercion secrecy",
     "[voice message, 1:{sec}, transcribed]\nIt's me. I don't know if this is safe to send but I have to. They came "
     "again this morning, the same two from the neighbourhood committee and one from the bureau who doesn't "
     "give his name. They had a printout of your posts, the ones about the camps. They were polite, they "
     "drank tea, but they said Mum's pension papers are 'under review' and that Dilnur's job at the school "
     "depends on the family showing good attitude. They want you to phone the number they left, {phone}, "
     "and talk to them yourself. They said do not tell the people in your association. I'm only telling "
     "you what they said. Please just call them, for Mum."),
])

F.add("en26-s-02-easier-for-everyone", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Your father says you should come home before {month}. It would be easier for everyone. You understand."),
    ("coercion", "coercion",
     "Son, the men who visited were very respectful this time. They only want to talk to you face to face. "
     "They said your cousin can keep his place at the university if you come back for the holiday. Think "
     "of the family first, not of those people you spend time with in {city}."),
    ("coercion", "coercion",
     "Subject: A letter from your father\n\nDear daughter. I have thought a long time before writing this. Your mother is not well and the "
     "visits do not help her. The gentleman who comes on {day}s says the matter of your travel can be "
     "closed with one conversation, here, at home, nothing more. He says your name could come off the "
     "list and your brother could get his licence for the shop back. I am old and I don't understand "
     "your life there, but I understand that a door is open now and may not stay open. Come in {month}. "
     "Book the flight and tell me the date, I will tell him. Your father."),
])

F.add("en26-s-03-uncle-relays-questions", 1, "fake_relative", "chat", False, [
    ("elicitation", "sensitive_info",
     "Uncle asks which labs your team in {city} works with now. His friend is just curious."),
    ("elicitation", "sensitive_info",
     "Your uncle's friend was at dinner again. He was asking me which programme your group moved to after "
     "{month} and who leads it now. I said I don't know these things, you tell him next time 😅"),
    ("elicitation", "sensitive_info credential_targeting",
     "Hi nephew, Uncle Jian here. Long time! My old friend Mr Gao, you met him at the New Year dinner, has "
     "a nephew who wants to study {field}. He asked me some questions I can't answer: how many people are "
     "on your project, when the next test is, and which of the partners you work with are from overseas. "
     "He says even the names of the meetings would help the boy understand the field. No rush, next time "
     "you call your auntie just tell her and she'll pass it on. Take care of yourself, eat properly."),
])

F.add("en26-s-04-cousins-friend-abroad", 1, "fake_acquaintance", "chat", False, [
    ("meeting", "client_meeting unusual_payment",
     "my friend will cover your ticket to {abroad}, he just wants to meet you. Hotel too"),
    ("meeting", "client_meeting secrecy",
     "Cuz, that guy I told you about is flying to {abroad} in {month}. He'll sort the flights and the "
     "hotel for you, he just wants an hour with someone from {firm}. Don't mention it at your work, they "
     "get weird about travel."),
    ("meeting", "client_meeting vague_client unusual_payment secrecy",
     "Okay long message sorry. So my friend Arash, the one who does business between here and {abroad}, "
     "he has some partners who are building something in {field} and they are very serious. When I said "
     "my cousin works at {firm} he got really excited. He wants to invite you to {abroad} for three days, "
     "business class, five star, and they give you an envelope for your time, cash so no tax headache. "
     "They just want to ask you some questions about how your side does things. I said you're careful, he "
     "said no problem, nobody needs to know, you take leave, it's a holiday. Think about it? It would help "
     "me a lot with him too."),
])

F.add("en26-s-05-money-to-mother", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment vague_client",
     "They will send 3,000 yuan to your mother each month from {month}. She doesn't need to know why."),
    ("payment", "unusual_payment paid_task secrecy",
     "Don't worry about your mum's hospital bill. My people already paid it. In return they only want a "
     "short write-up every few weeks about your lab in {city}. Keep it between us, she thinks it's from the church."),
    ("payment", "unusual_payment sensitive_info vague_client",
     "Hello Minh, this is Thao's friend, we met at the wedding. I wanted you to know your parents are fine, "
     "I visited them in Hai Phong last week and gave them the envelope from my boss, 20 million dong, your "
     "father was very happy. My boss has helped many families like yours. He only asks a small thing: "
     "the technical notes from your team's {month} review, the version that was not sent to customers. "
     "You can send photos, it's fine. The next envelope will be bigger. Please reply here, not on the "
     "old number."),
])

F.add("en26-s-06-who-comes-on-fridays", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Just let them know who comes to the gatherings in {city}. Names are enough."),
    ("coercion", "coercion",
     "Your aunt says it would help a lot if you could tell the gentleman which students organised the "
     "vigil in {city} and what they say about home. Then he leaves her alone."),
    ("coercion", "coercion",
     "[voice note, 1:{sec}, transcribed]\nLittle sister, I'm speaking carefully. The man from the office here says you are in the student "
     "society in {city}. He gave me a list of six names and asked if you know them. He wants to know who "
     "talks to journalists, who goes to the protests, and where the new ones live. He says if you help "
     "with this, my application for the flat goes through and Mum can visit you next year with a passport. "
     "If you don't, he says he will have to 'look into' our family again. Please think carefully and "
     "answer only me."),
])

F.add("en26-s-07-auntie-adds-number", 1, "fake_relative", "chat", False, [
    ("pivot", "off_platform",
     "Auntie says add her friend on Telegram, {phone}. He wants to talk about your job."),
    ("pivot", "off_platform secrecy",
     "I made a new group on Signal with just you, me and Mr Rahimi. Delete this chat afterwards. He has "
     "questions about your visa and your work in {city}, it's easier there."),
    ("pivot", "off_platform credential_targeting vague_client",
     "Hi Sina jan, your auntie gave me your number, I am an old friend of the family from Shiraz. I help "
     "young engineers abroad to make connections with companies back home that need expertise in {field}. "
     "I hear you have the security access at {firm}, that's impressive. WhatsApp is not good for me, can "
     "you install Telegram and message me at {phone}? I have a proposal from a client that would be very "
     "good for you and for your parents."),
])

F.add("en26-s-08-cousin-friend-hiring", 1, "fake_acquaintance", "chat", False, [
    ("contact", "credential_targeting",
     "A friend of mine is hiring people with your background in {field}. Can I give him your number?"),
    ("contact", "credential_targeting sensitive_info",
     "Remember Wen, my classmate? He runs a small company now. When I told him what you do at {firm} he "
     "asked if you'd have a coffee with him, he'd love to hear what your team is building this year."),
    ("contact", "credential_targeting",
     "Hey cuz. Random one. My friend Leo from uni started a consultancy a while back, I don't totally "
     "understand it, something about helping overseas companies with {field}. He asked me if I knew anyone "
     "who'd worked on government projects with clearance and obviously I thought of you. He says he'd fly "
     "up to {city} to meet, whenever suits. He mostly wants to understand how projects like yours get "
     "decided, who is in the room and what's coming next. I said I'd ask. Can I give him your number or "
     "would you rather he messaged you on here?"),
])

F.add("en26-s-09-paid-writeups-via-relative", 1, "handler_followup", "chat", False, [
    ("paid_task", "paid_task vague_client",
     "my friend's company pays {sum} USD per short report on your industry. easy money"),
    ("paid_task", "paid_task unusual_payment vague_client",
     "Bro, the guy paid again. {sum} pounds for two pages about how {firm} picks suppliers. I'll give you "
     "the cash when you visit, no bank stuff. His client wants one more next month."),
    ("paid_task", "paid_task vague_client unusual_payment sensitive_info",
     "Okay so I spoke to Mr Okafor again. He says his client in {abroad} is preparing an investment in "
     "{field} and needs someone on the inside to write short analysis reports, maybe once a month, about "
     "where the industry is going and especially what your company is planning before it is announced. "
     "He pays 800 dollars each, in USDT if you want, or he can send it to Mummy's account in Enugu so you "
     "don't have to declare it. He said don't put your name on anything and don't use your work laptop."),
])

F.add("en26-s-10-before-the-announcement", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info",
     "The people I'm with were hoping for more about what hasn't been made public yet. Maybe by {day}?"),
    ("elicitation", "sensitive_info",
     "[{hhmm}] Farid: That summary was nice but it's all on the website\n[{hh2}] Farid: could you find out "
     "which suppliers are going to lose out before the announcement in {month}?\n[{hh2}] Farid: that's the "
     "part they care about"),
    ("elicitation", "sensitive_info",
     "Hey, thanks again for lunch. Honestly the overview was great, my friends liked how clearly you "
     "explained it. They asked me to ask you something more specific though, and I feel a bit awkward "
     "passing it on. They'd like to understand the draft numbers for the {field} budget before the "
     "minister signs it, and the names of the two sites that are being considered. They know it's not out "
     "yet, that's why it's useful to them. Whatever you remember from the meetings is fine, it doesn't "
     "need to be written up properly. And they'd like to have lunch again soon, same place?"),
])

F.add("en26-s-11-better-she-doesnt-know", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "Better that your wife doesn't know about my friend's visit. Nobody at your office in {city} either."),
    ("secrecy", "secrecy",
     "When you come to dinner on {day} just say it's a family thing. No need to mention him to anyone. "
     "It keeps things simple for you."),
    ("secrecy", "secrecy sensitive_info",
     "Mai, I wanted to say this properly, not in a rush. You did very well at the dinner. My friend was "
     "impressed and he would like to meet again, just the two of you, somewhere quiet. Please, nothing on "
     "your work phone about him, and no need to tell your manager you know people from home in this "
     "field. If anyone at your company asks, he is a family friend, which is true. Next time maybe bring "
     "the paper you mentioned, the one from the {month} planning meeting. He will take care of the rest."),
])

F.add("en26-s-12-classmate-in-dubai", 1, "fake_acquaintance", "chat", False, [
    ("meeting", "client_meeting",
     "My old classmate will be in {abroad} in {month}. Flights and hotel are taken care of."),
    ("meeting", "client_meeting sensitive_info",
     "He'd like to sit down with you for an afternoon in {abroad}. Everything is arranged. Just bring "
     "your notes from the programme, the ones you spoke about."),
    ("meeting", "client_meeting sensitive_info",
     "Subject: Old friends\n\nHi Olek, it's Sasha from the old football team. Long time! My friend Pavel, who you met at my "
     "birthday, is opening an office in {abroad} and is looking for advice in {field}. He would like to "
     "invite you for a few days, everything arranged from his side, tickets, the hotel, a driver. He is "
     "very interested in the testing you described, especially how the units behave at the front and "
     "which changes your team made after the summer. He asks that you bring whatever notes you have. "
     "Tell me the dates that suit you and I will pass them on. Nobody else needs to be involved.\n\nSasha"),
])

F.add("en26-s-13-task-scam-via-friend", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam unusual_payment",
     "I make {sum} a day rating hotels on an app! You just deposit 100 USDT first to unlock tasks"),
    ("job_scam", "job_scam off_platform unusual_payment",
     "Ate, my friend showed me this online job, like and review products, they pay every evening. You "
     "need to top up {sum} first for the VIP level then you get it back with commission. Add the mentor "
     "on Telegram {phone}"),
    ("job_scam", "job_scam unusual_payment off_platform",
     "Kuya please read this, I'm not joking. My officemate's cousin has been doing this for three months. "
     "It's an agency that needs people to do 'order boosting' for shops online. You do 40 tasks a day on "
     "your phone, it takes one hour. The first day they give you free credits, then you need to recharge "
     "your account with crypto to unlock the bigger orders, and you get 30% back. She already withdrew "
     "enough to pay her rent. The bonus level closes on {day}. The mentor only talks on WhatsApp, I'll send you her number. Please try it, "
     "then we can send more to Nanay for her meds."),
])

F.add("en26-s-14-visa-deposit-via-sister", 1, "job_scam", "sms", False, [
    ("job_scam", "job_scam unusual_payment",
     "Send 1,500 for the visa deposit by {day} please, the agency only takes gift cards"),
    ("job_scam", "job_scam unusual_payment",
     "The agency in {abroad} says the job at the hotel is confirmed but the processing fee must be paid "
     "by {day}. They said buy Apple gift cards and send photos of the codes. Can you help me? I'll pay "
     "you back from my first salary."),
    ("job_scam", "job_scam unusual_payment off_platform",
     "Hello brother, good news finally! The recruiter called me, I got the caregiver job in {abroad}, "
     "salary 2,400 a month plus accommodation. They sent me a contract on WhatsApp, it has a stamp and "
     "everything. Before the visa they need a refundable deposit of 1,800 for the medical and the "
     "training kit, and it must go to the personal account of the agent, Mr Yonas, because the company "
     "account is being changed. If you can send it through your app today I can start the medical on "
     "Monday. Please don't tell Mama yet, I want to surprise her when the visa comes."),
])

F.add("en26-s-15-consulate-posts-brother", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "They said if you keep posting, your brother will lose his job at the port. They came again on {day}."),
    ("coercion", "coercion secrecy",
     "The people from the consulate called Baba. They know your account name. They say delete the posts "
     "and come to the consulate in {city} for a chat, otherwise they can't protect the family. Tell no one."),
    ("coercion", "coercion off_platform",
     "[voice message, 0:{sec}, transcribed]\nMy dear, I'm sorry to send this. The police from the district office came with a man who said he "
     "works for the embassy. They showed your uncle screenshots from your Facebook and from the group "
     "chat of the association in {city}. They want you to stop going to the rallies, and they want you "
     "to add this number on WeChat, {phone}, and 'explain yourself'. They also asked for the names of "
     "the other organisers. Your uncle's business licence is being checked. We are all fine, but please "
     "do something before {month}."),
])

F.add("en26-s-16-new-badge-level", 1, "fake_relative", "chat", False, [
    ("contact", "credential_targeting",
     "Mum says you got a new badge at work! What level is it? My friend from {city} asked 😊"),
    ("contact", "credential_targeting sensitive_info",
     "Congrats on the vetting! A friend from my church works with people in {field}, he'd like to know "
     "which building you're in now and who your manager is. Just to connect, he says."),
    ("contact", "credential_targeting sensitive_info",
     "Sis, so proud of you, Mum told everyone at the dinner about your new clearance. There was a man "
     "there, Mr Li, very polite, he runs an education agency and he has contacts everywhere. He asked me "
     "lots of things about you: what level it is, how long the checks took, whether you can travel now, "
     "which projects it lets you see. I didn't know half of it. He'd like to meet you when you are in "
     "town in {month}, just a meal, he says people with your access are rare and he could open doors "
     "for you. Shall I give him your details?"),
])

F.add("en26-s-17-photos-of-slides", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info secrecy",
     "Just take photos of the internal slides. Nobody will know, my friend pays {sum} a page"),
    ("elicitation", "sensitive_info paid_task unusual_payment",
     "He liked the pictures of the whiteboard. For the confidential pages from the {month} meeting he "
     "says 2,000, sent to your dad's account so it looks like family money."),
    ("elicitation", "sensitive_info paid_task vague_client secrecy",
     "[{hhmm}] Kemi: you there?\n[{hh2}] Kemi: my guy says thanks for last time. his client wants the "
     "classified annex now, the one you said is only on the secure floor. he said even phone pictures are "
     "ok, he'll pay double. delete this chat after, abeg, and don't use the office wifi."),
])

F.add("en26-s-18-tuition-sorted", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment",
     "Your brother's tuition is sorted for this term. Don't worry about it anymore. See you on {day}."),
    ("payment", "unusual_payment client_meeting",
     "Everything for the hospital has been arranged for your mother, no bills. In exchange they'd like "
     "you to have a coffee with someone when you're back in town in {month}. Just a coffee."),
    ("payment", "unusual_payment sensitive_info",
     "Subject: Your family\n\nDear Quang, I am the friend your father mentioned. I want you to know that your sister's school "
     "costs for the whole year are settled, and the loan your parents had with the neighbour is closed. "
     "You don't owe anything. We help people who have done well abroad and remember where they come "
     "from. When you have time, I would like to hear more about your work on {field}, especially the "
     "parts your company has not spoken about publicly. There's no hurry. Your family is well looked after.\n\nWith respect,\nMr Dung"),
])

F.add("en26-s-19-passport-saturday", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "Your passport renewal will go smoothly if you come in on {day} and have a chat."),
    ("coercion", "coercion",
     "The man from home wants to meet you at the community office on {day}. He says it's about your "
     "passport and about the people you march with. Please go, for Mama's sake."),
    ("coercion", "coercion",
     "Selam, it's your cousin Tesfay. I went to the office about my papers and they asked about you by "
     "name. They said your passport can't be renewed until the family's contribution for the last three "
     "years is settled and until you sign the letter saying you regret what you wrote online. They "
     "said your mother's house is 'being reviewed' too. He was friendly but it was not a friendly "
     "meeting. They want to see you in person in {city} on {day}. I'm only passing it on. Please be careful."),
])

F.add("en26-s-20-bits-not-in-minutes", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info",
     "That was great. Next time could you bring what the {month} committee said that didn't go in the minutes?"),
    ("elicitation", "sensitive_info",
     "My friends read your notes twice. They'd really like the draft version from before the board "
     "changed it, and the names of who pushed back in {month}. Only if you can get to it easily."),
    ("elicitation", "sensitive_info client_meeting",
     "Subject: Lovely to see you at the reunion\n\nHi Anh, it was so good to catch up at the reunion, you haven't changed at all. I mentioned to my "
     "partner's colleagues how you explained the {field} trials, and they were fascinated. They asked if "
     "you might share more detail about the results that weren't in the published paper, the earlier "
     "runs and the failures especially, and what the team plans to try next before it goes to the "
     "ministry. They'll be in {abroad} in {month} and would love to meet you there, everything arranged. "
     "It could be a nice break for you.\n\nWarmly,\nHuong"),
])

# ---------------------------------------------------------------- benign (label 0)

F.add("en26-b-01-mum-when-visit", 0, "family_chat", "chat", True, [
    ("none", "", "Mum asks when you are coming back for Spring Festival. She already bought the duck. Tell her by {day}."),
    ("none", "",
     "Baobei, we moved the family group to WeChat because Grandpa can't use the other one. When you come "
     "home in {month} bring nothing, just yourself. Your father will pay for the train to Grandma's, "
     "don't argue with him."),
    ("none", "",
     "[voice message, 1:{sec}, transcribed]\nHello, hello, can you hear me? It's Mum. Your father is at his "
     "chess. I just wanted to ask if you booked the ticket yet, because your auntie says prices go up "
     "after the 10th. If money is tight we can send some on WeChat, it's no problem, we'd rather you come. "
     "Your cousin will pick you up at the airport, she has a new car, she's very proud. And don't work so "
     "late, your boss at {firm} can wait, your health cannot. Call me on {day} after {time}, not before, "
     "I have dancing. Okay. Bye bye. Eat something warm."),
])

F.add("en26-b-02-school-fees-sibling", 0, "family_chat", "chat", True, [
    ("none", "", "Bro abeg the school fees deadline is {day}. 85k naira. I'll pay you back when I start work"),
    ("none", "",
     "Sister, Chidi's school sent the invoice for second term. Can you send to Daddy's account like last "
     "time? Same details, First Bank, by {day}. He said to tell you thank you and that Chidi came 3rd in maths."),
    ("none", "",
     "Good evening my dear. I know it's been a heavy month for you in {city} with the rent, so please say "
     "if it's too much. Ada's university fees for this session came to 310,000 naira, plus hostel. Your "
     "father has 200 from the shop. If you can cover the rest we are fine. Send it straight to the school "
     "account this time, the bursar gave a reference number, I'll forward the photo of the invoice so "
     "you can see it's correct. And don't let anyone who calls you saying they're from the school get "
     "you to send it anywhere else, Mrs Eze's son was nearly scammed last month. God bless you. Mummy."),
])

F.add("en26-b-03-uncle-what-they-pay", 0, "family_chat", "chat", True, [
    ("none", "", "So what do they pay there at {firm}? Your auntie wants to know, don't shoot the messenger 😂"),
    ("none", "",
     "Congratulations on the new job at {firm}!! Uncle Ravi says now you can take everyone to dinner. "
     "Is it a government project? Don't tell us anything you're not allowed, we only want the salary 😄"),
    ("none", "",
     "Beta, your uncle here. Proud of you. I told the whole building that my nephew is an engineer in "
     "{field} at {firm}. Mr Desai downstairs asked me what exactly you do and I said something with "
     "computers and satellites, that's all I know and that's all I need to know. Now tell me honestly, "
     "are they paying you properly? In my day a first job paid nothing and we were grateful. If they "
     "offer you a transfer abroad, talk to your father before you say yes. And send your mother a photo "
     "in the office shirt, she will frame it."),
])

F.add("en26-b-04-bring-from-abroad", 0, "family_chat", "chat", True, [
    ("none", "", "Pasalubong list: {snack}, and vitamins for Lola. I'll pay you back"),
    ("none", "",
     "Insan, since you're flying to Manila on {day}, can you bring the laptop charger I ordered? It's at "
     "Tita Baby's. I already paid, just carry it. Message me on Viber when you land."),
    ("none", "",
     "Hi couz! So excited you're coming home for the fiesta. Okay here's the list, sorry it's long: "
     "{snack}, the brand of milk that Junjun drinks (I'll send a picture), two of those cheap power banks "
     "from the airport, and if you have space, my friend Joy ordered shoes online and the seller only "
     "ships to {city}. She'll send the money to your GCash or wherever you want before you buy anything, "
     "don't worry. If the box is too big just leave it, Tita Cora said she'll bring it in {month}."),
])

F.add("en26-b-05-grandmother-health", 0, "family_chat", "chat", True, [
    ("none", "", "Bà is out of hospital. Tired but eating. Call her on {day}?"),
    ("none", "",
     "The doctor in Da Nang says Grandma needs the scan. It's 4 million dong. Your dad and uncle Tuan "
     "will split it, you don't need to send anything this time, just call her, she keeps asking for you. {day} is good."),
    ("none", "",
     "Em oi, quick update on Bà Nội so you're not worried. The fever is gone and they took the drip out "
     "this morning. The nurse said she can go home on {day} if her sugar stays normal. Auntie Lan is "
     "sleeping at the hospital tonight, Mum tomorrow. Bà asked for you three times, she thinks you're "
     "still at school 😅. If you can do a video call at {time} your time she'll be awake. And please don't "
     "book a flight in a panic, the doctor says there's no need, wait for the results next week. Love you."),
])

F.add("en26-b-06-cousin-wedding", 0, "family_chat", "chat", True, [
    ("none", "", "Wedding is confirmed for 12 {month}! Mehendi the night before. You MUST come"),
    ("none", "",
     "Bhai, Mama ji says he's paying for your flight to Jaipur for Pooja's wedding, no discussion. Send "
     "him your passport name exactly as written so the travel agent can book. Send it by {day}. Hotel is sorted too."),
    ("none", "",
     "Hi everyone, Pooja's mum here 🌸 Final details for the wedding: sangeet on Friday at the community "
     "hall, wedding on Saturday morning, reception on Sunday in the garden. For family coming from "
     "abroad, Vikram uncle has booked rooms at the Hotel Chandni, the bill is with him, please don't try "
     "to pay at checkout, he will be offended 😂 If you need a pickup from the airport put your flight "
     "number in this group by {day}. Gifts: Pooja and Arjun asked for no gifts, if you insist there is a "
     "box at the reception. Dress code for sangeet is yellow. See you all soon!!"),
])

F.add("en26-b-07-moving-family-group", 0, "family_chat", "chat", True, [
    ("none", "", "We're moving the family group to Signal. Link below, join before {day} pls"),
    ("none", "",
     "Hi all, since WhatsApp keeps crashing on Dad's old phone we're making a new Telegram group for the "
     "cousins from {day}. Same people, same rules, no politics, only food photos and baby photos."),
    ("none", "",
     "Everyone please read 🙏 Maman and Baba's internet is very bad lately and the WhatsApp calls "
     "drop all the time. Dariush set up a group on Signal that works better with the VPN. I've added "
     "Maman already, I showed her on the video call how to open it. Please install it and join with the "
     "link I'll post below by {day}. We'll keep this old group for a month and then leave it. Also, Khaleh Mina, "
     "please stop forwarding the long videos, Baba's phone is full 😂 Love you all, see you at Nowruz."),
])

F.add("en26-b-08-relatives-new-number", 0, "family_chat", "sms", True, [
    ("none", "", "Hi it's Aunty Funmi, new number {phone}. Save it and delete the old one x"),
    ("none", "",
     "This is Dad. My phone fell in the sink, this is my new number. Not sending money requests, don't "
     "worry, it's really me. Ask me the name of our first dog if you don't believe me. Call after {time}."),
    ("none", "",
     "Hello dear, Uncle Kwame here with a new number ({phone}). The old SIM was stolen at the market and "
     "someone has been messaging people from it asking for money for 'hospital bills'. That is NOT me. "
     "If anyone messages you from my old number asking you to send anything, ignore it and call me on "
     "this one. Please tell your mother too, she forwards everything. I'll update the family group on "
     "WhatsApp once I get it back."),
])

F.add("en26-b-09-dont-tell-dad-yet", 0, "family_chat", "chat", True, [
    ("none", "", "Don't tell Dad yet!! I got the offer. I want to tell him myself on {day}"),
    ("none", "",
     "Keep this between us for now: I'm pregnant 🥹 We're telling Maman and Baba at dinner on {day}. "
     "Please act surprised. And no hints in the family group, Khaleh reads everything."),
    ("none", "",
     "Okay Shirin, this is top secret until {day}. Dad's retirement is official on the 30th and Mum "
     "wants to surprise him with a trip to Tehran to see Amoo Hossein. She's paying for the tickets from "
     "her savings, she's been putting money aside for two years. Your job: get him to take the week off "
     "without him guessing. Tell him there's a family thing at your place. Don't tell him anything on "
     "the phone, he listens on speaker. I'll send you the booking so you know the dates."),
])

F.add("en26-b-10-delete-after-reading", 0, "surprise_party", "chat", True, [
    ("none", "", "Delete this after you read it: party for Mum, {day} 7pm, my place. Bring nothing!"),
    ("none", "",
     "Surprise party group 🤫 Party's on {day}. Please delete this chat after. Collecting 20 each for the cake and the "
     "photo book, send it to my account, not to Lisa, she has a loose mouth 😂"),
    ("none", "",
     "[{hhmm}] Jess: ok everyone this chat is secret, Dad is NOT in it\n[{hh2}] Jess: party is Saturday "
     "at the bowling club, 6:30, he thinks he's going to a work dinner\n[{hh2}] Tom: lol he'll hate the "
     "attention\n[{hh2}] Jess: I've paid the deposit, everyone send me 25 when you can\n[{hh2}] Jess: "
     "and delete this group after, he reads my phone when I'm not looking"),
])

F.add("en26-b-11-money-for-medicine", 0, "family_chat", "chat", True, [
    ("none", "", "Sent {sum} for Abba's medicine through the transfer app. Tell him it's from all of us"),
    ("none", "",
     "Selam sis. The pharmacy in Asmara finally has the insulin. Aunt Letay will pick it up, please send "
     "the money to her, not to Abba, he'll spend it on the church roof again 😅 She goes on {day}."),
    ("none", "",
     "Dear all, quick family update. Adey's eye operation went well and she's home. The clinic bill came "
     "to a bit more than we thought, so here's the split we agreed on the call: Yonas 150, Saba 150, me "
     "the rest. Please send through the licensed transfer shop in {city} or the app, with the receipt, "
     "so Aunt Letay can show it when she collects. Don't give anything to people who come round saying "
     "they collect for the family back home, we don't know them. Thank you all, God bless."),
])

F.add("en26-b-12-ukrainian-parents", 0, "family_chat", "chat", True, [
    ("none", "", "Mama, did the generator arrive? Courier said {day}, I paid in full"),
    ("none", "",
     "Tato, the bank transfer should be there by {day}. Please don't keep it all as cash at home, put "
     "some in the card. And go to the shelter when the siren starts, not after the news."),
    ("none", "",
     "Oksana, hi. Just so you know, Dad's phone is broken so write to me or Mum on Viber. The lights "
     "were off for two days but it's better now. The money you sent paid for the window and there is "
     "some left for Mum's tablets. Don't send more this month, really. Your cousin Taras is home on leave "
     "for a week, he asks whether you could come to Lviv in {month}, he'd meet you at the border crossing "
     "and drive you. Everyone's okay. Don't worry so much, you work too hard over there."),
])

F.add("en26-b-13-hk-family-move", 0, "family_chat", "chat", True, [
    ("none", "", "Grandpa's flight lands {day} at 6, I'll pick him up. Don't tell him about the heating bill 😂"),
    ("none", "",
     "Ah Mui, Dad wants to know if you can send the bank statement for his BNO visa, the official form "
     "asks for proof of funds. Upload it on the government site, not by WhatsApp please. Deadline {day}."),
    ("none", "",
     "Hi all, small reminder from Mum 🙏 When you call Ah Yeh in Hong Kong, talk about the grandchildren "
     "and his hip, not politics, he gets upset and his blood pressure goes up. Also he's asking again "
     "when someone is coming back to visit. Ka-yan, you said maybe in {month}? If you go, he wants "
     "{snack} from the shop on the high street, and he'll pay you back in Hong Kong dollars no matter how "
     "much you refuse, just take it. Mum will put some money together for the flowers for Grandma's grave."),
])

F.add("en26-b-14-uyghur-association-notice", 0, "security_awareness", "email", True, [
    ("none", "",
     "Reminder from the association: if anyone calls saying they are police from home, do not reply. Tell the committee in {city} or call our line, {phone}."),
    ("none", "",
     "Dear members, several families have received WeChat messages from strangers claiming to carry news "
     "of relatives, then asking for names of people who attend our meetings in {city}. Do not answer. Screenshot "
     "it and send it to the committee before {day}."),
    ("none", "",
     "Subject: Safety note for members and families\n\nDear members,\n\nSome of you have told us about "
     "messages and calls that follow a pattern. Please share this with your relatives. Warning signs: "
     "'the officers visited your mother again'; 'your father says you should come back, it would be "
     "easier for everyone'; a 'relative' or 'friend of the family' who asks about your work, your "
     "passport or who comes to our events; offers of money to family at home in exchange for "
     "information; requests to move to a new app or number. You are not alone and you owe nobody an "
     "answer. Keep the messages, note dates, and contact the committee or the police here. Our "
     "volunteer line, {phone}, is open every week.\n\nWith solidarity,\nThe Welfare Committee"),
])

F.add("en26-b-15-friend-refers-job", 0, "genuine_recruiter", "chat", True, [
    ("none", "",
     "My team at {firm} is hiring a {field} engineer, 70-85k. Want me to refer you? Need your CV"),
    ("none", "",
     "Hey! Talked to our hiring manager, she'd like a quick call. It's the senior role at {firm} I sent "
     "you, band is 90-105k plus bonus. Easier to sort a time on WhatsApp? Interview would be on Teams."),
    ("none", "",
     "Right so I've done the referral 🙌 You'll get an e-mail from careers@tarrow-photonics.example.com "
     "with the official application link, fill that in, don't send your CV to me directly because HR "
     "needs it through the portal for the referral bonus (which I'll happily spend on your leaving drinks "
     "😂). The role needs SC clearance, they'll sponsor it, so list every address from the last five "
     "years. Salary they mentioned was 78k plus 10% bonus. First round is a video call with Priya, the "
     "team lead, second is on site in {city}, travel reimbursed. Message me on WhatsApp if you want to "
     "prep, I'm rubbish at e-mail."),
])

F.add("en26-b-16-friend-congrats-launch", 0, "friend_chat", "chat", True, [
    ("none", "", "Saw your team in the news! The {field} launch. Congrats, drinks on me"),
    ("none", "",
     "Mate, that press release about the new {field} contract was you lot, right? Don't tell me anything you "
     "can't, I just want to know if you're getting a bonus 😂"),
    ("none", "",
     "Hey, just read the article in the paper about {firm}'s new site in {city}, the one your minister "
     "opened. Dad cut it out and stuck it on the fridge, I'm not joking. I know you can't talk about the "
     "work side and that's fine, I don't need to understand it. Mostly I wanted to say we're proud of you, "
     "and also to ask: does this mean you'll be moving? Because if so I want your sofa. Call me {day}."),
])

F.add("en26-b-17-parents-group-trip", 0, "parents_group", "chat", True, [
    ("none", "", "Deposit for the Year 9 trip to Berlin is due {day}. Pay through the school portal only"),
    ("none", "",
     "Parents, the school confirmed the exchange trip to {abroad}. Flights and hotel are paid from the "
     "grant, families only cover pocket money. Passport copies go to Ms Okoye on the school system, not "
     "on this chat please."),
    ("none", "",
     "Hi all, class rep here. Few things: 1) The PTA is collecting 10 each for Mrs Hallam's leaving gift, "
     "cash in the envelope at reception or transfer to the PTA account (details on the newsletter, NOT "
     "to anyone who messages you privately). 2) It's a surprise, so please don't tell the kids, they "
     "can't keep anything quiet. 3) The residential trip is {day} to Sunday, the kit list is on the "
     "portal. 4) Someone left a blue water bottle at football. That's all, thanks everyone."),
])

F.add("en26-b-18-alumni-dinner-abroad", 0, "alumni_group", "chat", True, [
    ("none", "", "Alumni dinner in {abroad} on {day}, the association pays the first round 🎉"),
    ("none", "",
     "Class of 2012! Reunion in {abroad} this {month}. The alumni office covers the dinner, you book "
     "your own flights. Add your name to the sheet, and please update your work e-mail on the portal."),
    ("none", "",
     "Hello everyone 👋 Great news from the alumni office: the university is hosting a networking evening "
     "at the consulate in {abroad} in {month}, drinks and canapés covered, and a talk by our Dean on the "
     "new engineering building. Those of you who flew in for the last one said it was worth it. There "
     "are five travel grants for recent graduates, apply through the official alumni website with your "
     "student number. Please note the university will never ask for your bank details in a chat or "
     "offer to pay you to attend. See you there!"),
])

F.add("en26-b-19-journalist-friend", 0, "journalist_interview", "chat", True, [
    ("none", "", "Would you talk to me on the record about the {field} programme? Quick call {day}?"),
    ("none", "",
     "Hey, it's Nadia (from uni, now at the Courier). I'm writing about the new {field} plant that was "
     "announced. Could I quote you by name? Only about what's public, I'll send the quotes before print."),
    ("none", "",
     "Hi Daniel, hope you and Mara are well! Work question, so feel free to say no. I'm doing a piece for "
     "the Evening Ledger on the government's announced {field} programme and the jobs it brings to {city}. "
     "I'd love ten minutes on the record, your name and job title, about what the announcement means for "
     "engineers starting out. Nothing about your company's internal plans, obviously, and if your press "
     "office needs to approve it, I'm happy to go through them. Deadline is {day}. Either way, dinner soon?"),
])

F.add("en26-b-20-conference-flights-covered", 0, "conference_invite", "chat", True, [
    ("none", "", "Did you get the speaker invite for {abroad}? They cover flights and the hotel!"),
    ("none", "",
     "My prof is organising the {field} workshop in {abroad} in {month}. They pay economy flights and "
     "three nights for speakers. I put your name forward, the official invite comes from the university."),
    ("none", "",
     "Hi sis, so the conference people wrote back. They're paying my flight to {abroad} and the hotel, "
     "and there's an honorarium of 500 for the keynote, which is funny because I'd have gone for free. "
     "Mum is convinced it's a scam because 'nobody pays for nothing', so I showed her the university "
     "website, the programme with my name on it and the contract. HR at work approved the trip and the "
     "talk is all public stuff from our paper. Can you water my plants while I'm gone, {day} to Thursday?"),
])

F.add("en26-b-21-sister-expert-network", 0, "expert_network", "chat", True, [
    ("none", "", "Lol my firm pays {sum} an hour for expert calls. No confidential stuff allowed though"),
    ("none", "",
     "Sis, my work (Lindqvist Insight) has a one-hour call on {field}, for a client in the investment "
     "industry. Paid 250. You'd sign an attestation that you won't share confidential or non-public info. "
     "Interested?"),
    ("none", "",
     "Okay I asked compliance like you said. The project is for an asset manager looking at the {field} "
     "market, public-domain questions only: market size, how buyers choose suppliers in general, that "
     "kind of thing. You'd get the usual form: you confirm your employer allows it, that you won't "
     "discuss anything confidential or about your own company's plans, and they can end the call if "
     "it drifts. Fee is 300 for the hour, paid through our platform to your own bank, with an invoice. "
     "If your contract at {firm} says no outside work, just say no, honestly, I won't be offended."),
])

F.add("en26-b-22-dad-invoices-client", 0, "consulting_engagement", "chat", True, [
    ("none", "", "Dad says the Harlow Foods invoice is paid. He wants to take us to dinner on {day}"),
    ("none", "",
     "Can you help Mum with the invoice for Marston Logistics? Her client wants a PDF with her VAT number "
     "and the bank details. Two days of bookkeeping, {sum} a day."),
    ("none", "",
     "Hi beta, your father is asking again. He finished the translation job for Delacroix Pharma (the "
     "packaging leaflets, 40 pages) and the client's accounts team wants an invoice on paper with his "
     "registration number and the bank account, and they will pay in 30 days. He doesn't trust the "
     "template you made last year because it says 'consultancy'. Can you fix it on {day} when you come "
     "for lunch? He says he will pay you in biryani."),
])

F.add("en26-b-23-keep-quiet-proposal", 0, "friend_chat", "chat", True, [
    ("none", "", "Between us: I'm proposing in {abroad}. Don't say a word to anyone"),
    ("none", "",
     "Okay don't tell anyone but I bought the ring. Flying to {abroad} on {day}, I've paid the hotel for "
     "the two of us. Can you keep her busy on the phone if she suspects?"),
    ("none", "",
     "Right, top secret plan, delete this after you've read it because she borrows my laptop. Thursday I "
     "'have a work trip' to {abroad}, actually I'm meeting her sister there to get the ring resized at the "
     "jeweller her grandmother used. Friday I fly back and pretend I'm tired. Saturday the picnic. I need "
     "you to text her in the morning and suggest the park, like it's your idea. I owe you forever. Also "
     "I've paid you back for the flowers, check your account."),
])

F.add("en26-b-24-vetting-referee", 0, "family_chat", "chat", True, [
    ("none", "", "A vetting officer called me on {day} about your clearance! I said you're boringly honest 😂"),
    ("none", "",
     "Your security check lady rang. She asked how long I've known you, about your trip to {abroad} and "
     "whether anyone ever asked you for money or information. All fine. Is that normal?"),
    ("none", "",
     "Hi love, the government vetting person phoned on {day} for your new job, I was your referee "
     "like you asked. She was lovely. She asked about your friends from university, whether you have "
     "family overseas (I mentioned Auntie Mei in Guangzhou, was that right?), whether you've ever been in "
     "debt, and whether anyone has ever approached you offering money for information about your work. "
     "I said not that I know of. She said you'd be told the outcome through your employer. Am I allowed "
     "to tell Dad or is it all secret now? x"),
])

F.add("en26-b-25-visa-invitation-docs", 0, "family_chat", "chat", True, [
    ("none", "", "Send me a photo of your passport for the visa invitation, I'll upload it myself before {day}"),
    ("none", "",
     "Son, the embassy needs your payslips, a bank statement and a copy of your work contract for our "
     "visitor visa. Upload them on the official visa site, the agent said not to send by WeChat. Appointment is {day}."),
    ("none", "",
     "Hi Tinh, for Mum and Dad's visa to come to your graduation: the invitation letter needs your "
     "address, your student ID and the dates. They also want proof that someone will pay for the trip, "
     "so I'll send my bank statement and you send yours, straight to the visa centre, don't forward it "
     "around. The appointment in Hanoi is on {day}. Mum is practising her English, she says 'nice to meet "
     "you' to everyone now."),
])

F.add("en26-b-26-plain-dinner", 0, "ordinary_chat", "chat", False, [
    ("none", "", "Dinner at 7? Mum is making {snack} for dessert"),
    ("none", "", "Who took the car keys? I need to get Nana from the dentist at half three on {day}"),
    ("none", "",
     "Reminder that the bin collection moved to {day} because of the bank holiday. Also the boiler man is "
     "coming between 8 and 12, someone has to be home. I can't, I'm on early shift."),
])

F.add("en26-b-27-plain-football", 0, "ordinary_chat", "chat", False, [
    ("none", "", "5-a-side {day}, {time}. We need a keeper"),
    ("none", "", "Ref was blind last night. Still, three points is three points. Same again {day}?"),
    ("none", "",
     "Lads, pitch is booked for the next six weeks from {day}, same slot. It's 6 each per game, bring change for "
     "the jar. Sam's knee is still bad so we need a sub, anyone got a mate who can play at the back?"),
])

F.add("en26-b-28-plain-delivery", 0, "notification", "sms", False, [
    ("none", "", "Your parcel will arrive {day} between 10:00 and 14:00. Reply STOP to opt out."),
    ("none", "", "Dr Patel's surgery: your appointment is confirmed for {date} at {hhmm}. Reply C to cancel."),
    ("none", "",
     "Harbour Pharmacy: your repeat prescription is ready to collect. Bring photo ID if collecting for "
     "someone else. Open until 6pm on weekdays, 1pm on Saturdays. Collect by {day}."),
])

F.add("en26-b-29-student-society-warning", 0, "security_awareness", "email", True, [
    ("none", "",
     "Never move to WeChat with a recruiter you do not know. If in doubt, ask the careers office in {city}."),
    ("none", "",
     "International Students' Society: if someone from home asks you to name classmates who attend "
     "protests, or offers money to your family, you can talk to the university safeguarding team in confidence. Drop-in on {day}."),
    ("none", "",
     "Subject: Be careful with 'opportunities' this term\n\nHi all,\n\nThe careers service has asked us to "
     "pass this on. Students in engineering and computing have received messages from 'recruiters' and "
     "'consultants' that follow the same pattern: flattery, a vague client, a quick move to WhatsApp or "
     "Telegram, paid reports about your lab or your internship, then questions about what is not public "
     "and an invitation to meet abroad with flights paid. Some include pressure through family at home. "
     "If something feels off, do not reply, keep the messages and book a slot with the careers office "
     "or the security team (next drop-in: {day}). Genuine employers will name themselves and use official channels.\n\n"
     "Cheers,\nThe Welfare Officer, International Students' Society"),
])

F.add("en26-b-30-grandpa-voice-note", 0, "family_chat", "voice_note", True, [
    ("none", "", "[voice note, 0:{sec}] Grandpa says: call your mother before {day}, she worries. And wear a coat."),
    ("none", "",
     "[voice note, 0:{sec}] Nana here. I put {sum} in your account for your birthday, don't say "
     "anything to your brother, he got his already. Buy something for yourself, not for the flat."),
    ("none", "",
     "[voice note, 2:{sec}, transcribed]\nAh, is it recording? Okay. Chinedu, it's Grandpa. Your mother "
     "says you have a big job now with the government people, working on the electricity for the whole "
     "country. I don't understand it but I am proud. Listen to an old man. Work hard, respect your "
     "superiors, and don't let anybody flatter you. When I was at the railways men would come with "
     "envelopes and sweet words, and the ones who took the envelopes all ended badly. If anyone offers "
     "you money for what is not yours to sell, you come and tell your grandfather. Okay. Come home for "
     "Christmas, your grandmother is cooking already. God keep you."),
])

F.add("en26-b-31-colleague-board-slides", 0, "coworker_channel", "chat", True, [
    ("none", "", "can you send me the draft of the board slides before {day}? Teams is fine"),
    ("none", "",
     "Hey, the internal version of the budget deck is on SharePoint, not the one in your inbox. Please "
     "don't forward it outside the team until the board has seen it on {day}. Thanks!"),
    ("none", "",
     "[{hhmm}] Priya: morning! quick one, did finance send the confidential annex for the board pack?\n"
     "[{hh2}] Tom: yes, it's in the restricted folder, I'll grant you access\n[{hh2}] Priya: thanks, I'll "
     "read it before {day}\n[{hh2}] Tom: no screenshots on personal phones pls, comms are nervous about "
     "leaks before the announcement\n[{hh2}] Priya: of course 👍"),
])

SUBTLE = {
    "en26-s-02-easier-for-everyone", "en26-s-03-uncle-relays-questions", "en26-s-06-who-comes-on-fridays",
    "en26-s-08-cousin-friend-hiring", "en26-s-10-before-the-announcement", "en26-s-11-better-she-doesnt-know",
    "en26-s-12-classmate-in-dubai", "en26-s-16-new-badge-level", "en26-s-18-tuition-sorted",
    "en26-s-19-passport-saturday", "en26-s-20-bits-not-in-minutes",
}
EXPORT_START = re.compile(r"\[(?:\d\d:\d\d|voice)|Subject:")
OWN_GREETING = re.compile(r"(?:Hi|Hello|Hey|Dear|Good evening|Selam|Morning)\b")
NOTICE_KINDS = {"notification", "security_awareness"}


def _register(text: str, family_register: str) -> str:
    """A chat export, a voice note or an e-mail is told by its first line; otherwise the family's register."""
    if re.search(r"^\[\d\d:\d\d\] ", text, re.MULTILINE):
        return "chat_export"
    if text.startswith("[voice"):
        return "voice_note"
    if text.startswith("Subject:"):
        return "email"
    return family_register


def _unwrap(text: str, kind: str) -> str:
    """Drop a shared opener before a text's own greeting; exports, transcripts, e-mails with a subject
    line and notices carry neither the shared opener nor the shared closer."""
    bare = EXPORT_START.match if kind not in NOTICE_KINDS else (lambda _body: True)
    for opener in OPENERS:
        if opener and text.startswith(opener):
            body = text[len(opener):]
            if OWN_GREETING.match(body) or bare(body):
                text = body
            break
    if bare(text):
        for closer in CLOSERS:
            if closer and text.endswith(closer):
                text = text[: -len(closer)]
                break
    return text


def rows() -> list[dict[str, object]]:
    """Build, unwrap exports, set register and subtlety, drop any text that repeats."""
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for row in build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE):
        text = _unwrap(str(row["text"]), str(row["kind"]))
        if text in seen:
            continue
        seen.add(text)
        row["text"] = text
        row["register"] = _register(text, str(row["register"]))
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
        out.append(row)
    return out


def check(data: list[dict[str, object]]) -> None:
    """The promises of the docstring, asserted."""
    ids = [str(r["id"]) for r in data]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert all(re.fullmatch(r"en26-[sb]-\d\d-[a-z0-9-]+-\d\d", i) for i in ids)
    for r in data:
        assert (r["label"] == 1) == str(r["family"]).startswith("en26-s-")
        assert "{" not in str(r["text"]) and "}" not in str(r["text"])
        if r["subtlety"] == "subtle":
            hit = TELLTALE.search(str(r["text"]))
            assert hit is None, (r["id"], hit.group(0) if hit else "")
        if r["label"] == 0:
            assert r["categories"] == [] and r["stage"] == "none"
        else:
            assert r["categories"] and not r["lookalike"]
    assert SUBTLE <= {str(r["family"]) for r in data}


def band(text: str) -> str:
    n = len(text.split())
    return "3-20" if n <= 20 else "21-60" if n <= 60 else "61-120" if n <= 120 else "121-300"


def stats(data: list[dict[str, object]]) -> None:
    fams = {r["family"]: r for r in data}
    print(f"{len(data)} messages in {len(fams)} families")
    for label in (1, 0):
        part = [r for r in data if r["label"] == label]
        fl = [f for f, r in fams.items() if r["label"] == label]
        words = sorted(len(str(r["text"]).split()) for r in part)
        print(f"label {label}: {len(part)} messages, {len(fl)} families, "
              f"look-alike families {sum(1 for f in fl if fams[f]['lookalike'])}, "
              f"words {words[0]}-{words[-1]} (median {words[len(words) // 2]})")
        print("  lengths (words):", dict(sorted(Counter(band(str(r["text"])) for r in part).items())))
        print("  register:", dict(Counter(str(r["register"]) for r in part).most_common()))
        print("  subtlety:", dict(Counter(str(r["subtlety"]) for r in part)))
        print("  stage:", dict(Counter(str(r["stage"]) for r in part).most_common()))
    per = Counter(str(r["family"]) for r in data)
    print("messages per family:", min(per.values()), "-", max(per.values()))


if __name__ == "__main__":
    DATA = rows()
    check(DATA)
    if "--stats" in sys.argv:
        stats(DATA)
    else:
        write(DATA, OUT)
