"""Fifth author's English training families for recruitscreen.

Every message body below was written by hand for this file (no slot templates).
Names, firms, handles, addresses and numbers are invented: example.com / example.org
domains, 555-01xx and 07700 900xxx style numbers. Bodies carry no greeting or
sign-off; ``data/corpus/build.py`` adds those from a pool shared by both classes.

Running this file rewrites ``en_author5.jsonl`` next to it, byte for byte.
``--check`` validates and prints counts without writing.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("en_author5.jsonl")

CATEGORIES = {
    "credential_targeting", "off_platform", "paid_task", "vague_client", "sensitive_info",
    "client_meeting", "secrecy", "unusual_payment", "coercion", "job_scam",
}
STAGES = {"contact", "pivot", "tasking", "elicitation", "meeting", "none"}
REGISTERS = {"chat", "email", "inmail"}

FAMILIES: list[dict] = []


def fam(label, slug, kind, register, messages, lookalike=None):
    """Register one family.

    Suspicious messages are tuples (stage, "cat1 cat2", subtlety, text[, register]);
    subtlety is "s" (subtle) or "o" (overt). Benign messages are plain strings or
    (text, register) tuples; lookalike is set per family.
    """
    FAMILIES.append(dict(label=label, slug=slug, kind=kind, register=register,
                         messages=messages, lookalike=lookalike))


def susp(slug, kind, register, messages):
    fam(1, slug, kind, register, messages)


def ben(slug, kind, register, messages, lookalike=True):
    fam(0, slug, kind, register, messages, lookalike=lookalike)


# ---- families start ----

susp("litho-headhunter", "fake_headhunter", "inmail", [
    ("contact", "credential_targeting", "o",
     "Your profile came up when I was mapping lithography process engineers with hands-on EUV time. "
     "I represent a fast-growing fab group in Asia that prefers not to be named at this stage. "
     "Package would be roughly double what you are on now, plus housing."),
    ("contact", "credential_targeting vague_client", "o",
     "Following up on my note. The group is serious and has budget. They specifically want someone who has "
     "worked inside a leading-edge line in the US or the Netherlands, ideally with overlay and dose control "
     "experience. Are you open to a quiet conversation?"),
    ("pivot", "off_platform", "o",
     "LinkedIn messaging is a bit clunky for this, and my inbox here fills up. Could you add me on WhatsApp? "
     "+44 7700 900412. I'll send the role outline there."),
    ("pivot", "off_platform secrecy", "o",
     "Great, thanks for adding me. Better we keep the details on this chat rather than your work email, "
     "these searches are sensitive for both sides.", "chat"),
    ("tasking", "paid_task vague_client", "o",
     "Before the hiring committee meets, they'd like a short write-up from you: how your line handles "
     "pellicle changes, yield ramp timelines, that sort of thing. They pay 800 USD for it, just as a "
     "sign of good faith.", "chat"),
    ("elicitation", "sensitive_info", "s",
     "The write-up was good but a bit general. Could you add the numbers you see day to day? The committee "
     "felt it read like the conference papers.", "chat"),
    ("elicitation", "sensitive_info", "s",
     "One more thing they asked: which tool upgrades is your site expecting next year, and from which vendor. "
     "Just your best understanding is fine.", "chat"),
    ("meeting", "client_meeting", "o",
     "Good news, the chairman would like to meet you in person in Singapore next month. Flights and hotel on "
     "them, business class. Two days, very relaxed.", "chat"),
    ("meeting", "client_meeting secrecy", "o",
     "For the trip, maybe tell work it's a family holiday. No need to complicate things before there is a "
     "signed offer.", "chat"),
    ("contact", "credential_targeting", "s",
     "Haven't heard back from you in a while. The door is still open, they remember you fondly.", "chat"),
])

susp("ministry-rapport", "slow_rapport", "chat", [
    ("contact", "credential_targeting", "s",
     "Loved your comment in the trade-policy thread yesterday, you clearly know how these negotiations "
     "actually work rather than how the papers describe them. Are you in Ottawa?"),
    ("contact", "credential_targeting", "s",
     "Ha, I guessed right. I was posted there for a year with my old firm. Best poutine place near the canal, "
     "still the one on Elgin?"),
    ("contact", "credential_targeting", "s",
     "How was your week? Mine was all spreadsheets. You mentioned the long hours before the summit, hope "
     "they're treating you well."),
    ("elicitation", "sensitive_info", "s",
     "Curious, how do you lot decide what goes in the final position and what gets dropped? From the outside "
     "it always looks so tidy."),
    ("elicitation", "sensitive_info", "s",
     "That's fascinating about the agriculture chapter. Was that your minister's own view or did the "
     "department push him there?"),
    ("elicitation", "sensitive_info", "s",
     "I have a friend in the import business who keeps guessing wrong about where the quotas will land. "
     "If you ever had a sense before the announcement it would make his year, haha."),
    ("elicitation", "sensitive_info", "s",
     "No pressure at all. Just, when the briefing notes go round, is it mostly the same five or six people "
     "reading them? Trying to picture your office."),
    ("tasking", "paid_task", "s",
     "My friend would honestly be happy to thank you properly for your time. He's generous, and it's only "
     "your view on things, nothing you'd have to write up formally."),
    ("pivot", "off_platform", "s",
     "Let me give you my other number, this app eats my battery. Shall we move over to the one with the green "
     "icon?"),
    ("meeting", "client_meeting", "s",
     "He's in Montreal for a week in March. Dinner on him, you'd like him, he reads the same books you do."),
])

susp("grid-consultancy", "fake_consultancy_tasking", "email", [
    ("contact", "credential_targeting", "o",
     "I run a small advisory practice, Halverstone Insight, focused on transmission networks. We noticed your "
     "work on the northern interconnector and wondered whether you would take on occasional paid consulting. "
     "Our client is a large infrastructure investor who asked us not to share its name."),
    ("tasking", "paid_task vague_client", "o",
     "Thank you for replying. The first assignment is a 3,000-word report on the outlook for grid "
     "reinforcement in your region over the next five years. Fee is 2,500 GBP. Our client mostly wants "
     "a practitioner's perspective, public sources are fine for this one."),
    ("tasking", "paid_task vague_client", "o",
     "Received with thanks, the client was very pleased. Payment will reach you this week. A second paper, "
     "on the same terms, would look at cyber resilience of substations. Could you start by the 15th?"),
    ("elicitation", "sensitive_info vague_client", "o",
     "On the substation piece, the client felt the public literature was thin. They would value anything on "
     "which sites your operator considers most exposed, and how the internal risk register ranks them. "
     "Nothing classified, obviously."),
    ("elicitation", "sensitive_info paid_task", "o",
     "We can increase the fee to 6,000 for the next one if it includes the draft investment plan that's going "
     "to the regulator in autumn. Even an earlier version would help."),
    ("elicitation", "sensitive_info", "s",
     "The people I work with were hoping for more about what hasn't been made public yet. The last piece was "
     "solid but they already had most of it."),
    ("pivot", "off_platform", "o",
     "Going forward it may be easier if you write to my personal address, halverstone.ops@example.com, "
     "rather than from your company account. Our IT filters sometimes bounce corporate mail."),
    ("tasking", "secrecy", "o",
     "Just to say: these engagements work best when kept discreet. There's no need to list us on any "
     "conflict-of-interest form, it's only occasional advice."),
    ("meeting", "client_meeting", "o",
     "The client's director will be in Istanbul in May and would like to thank you in person. We would cover "
     "flights and three nights. It would also be a chance to talk about a longer retainer."),
    ("elicitation", "sensitive_info", "s",
     "Small follow-up from the meeting: he mentioned you had a view on who in your team is unhappy with the "
     "restructuring. He'd love to hear more when you have a minute."),
])

susp("telegram-handler", "terse_handler", "chat", [
    ("tasking", "paid_task", "s", "Received. Next one by Friday."),
    ("elicitation", "sensitive_info", "s", "Too general. Need names and dates."),
    ("tasking", "paid_task", "s", "Same as before. Usual arrangement."),
    ("elicitation", "sensitive_info", "s", "The slides from Tuesday. Photo is fine."),
    ("pivot", "secrecy off_platform", "s", "Use the other phone only."),
    ("elicitation", "sensitive_info", "s", "Who else was in the room?"),
    ("tasking", "unusual_payment", "o", "Sent to the same wallet. Check tonight."),
    ("pivot", "off_platform", "o", "Don't reply here. Telegram, the new handle I gave you."),
    ("tasking", "secrecy", "o", "Delete this thread after reading."),
    ("elicitation", "sensitive_info", "s", "What is the new budget line for the program? Exact figure."),
    ("meeting", "client_meeting", "s", "Thursday. Same cafe. Come alone."),
])

susp("think-tank-papers", "fake_think_tank", "email", [
    ("contact", "credential_targeting", "o",
     """I am a research coordinator at the Pacific Horizons Policy Forum, a young think tank based in Hong Kong.
     We follow your writing on naval procurement closely and admired your years at the defence ministry.

     We are building a small circle of senior practitioners who contribute short analytical papers for our
     members. Contributions are remunerated generously and, unusually for our field, they are not published:
     they circulate only among a handful of our partners. Would you consider joining?"""),
    ("tasking", "paid_task vague_client", "o",
     "Thank you for your interest. Our partners would like a first paper of about 2,000 words on how the "
     "frigate replacement programme is likely to evolve after the election. The honorarium is 3,000 USD. "
     "It will not carry your name."),
    ("tasking", "paid_task vague_client", "s",
     "A short note to say the paper was very well received. One of our partners asked whether you could go "
     "further on the thinking behind the timeline slip, which the newspapers only guess at."),
    ("elicitation", "sensitive_info", "o",
     "For the next paper we would welcome your knowledge of the internal debate: which options the "
     "ministry's capability board has shortlisted and who argued for what. Draft documents you still have "
     "from your time there would of course make it much stronger."),
    ("elicitation", "sensitive_info credential_targeting", "s",
     "You mentioned you are still in touch with some of your former team. Their impressions of how things are "
     "going would be very welcome, even informally."),
    ("tasking", "unusual_payment", "o",
     "Regarding the honorarium: our bank transfers abroad have been slow, so we can pay in USDT or, if you "
     "prefer, to an account of a family member. Just let me know which suits you."),
    ("meeting", "client_meeting", "o",
     "Our chairman will host a closed roundtable in Shanghai in October and would be honoured if you "
     "attended. Business-class travel, a suite at the Bund, and a speaking fee. Only eight participants."),
    ("meeting", "client_meeting secrecy", "o",
     "There is no need to register the trip with your former department; it is a private academic visit. "
     "We will arrange the visa invitation letter so that it simply says tourism."),
    ("tasking", "paid_task", "s",
     "Looking forward to the next piece. Same length, same arrangement as last time, whenever you are ready."),
    ("pivot", "off_platform", "o",
     "Please add me on WeChat, my ID is phpf_coord_lin. It is easier to share travel documents there than "
     "by e-mail."),
])

susp("macau-client-meeting", "fake_client_meeting", "chat", [
    ("meeting", "client_meeting", "o",
     "My client is flying in from Shenzhen and would like to meet you in Macau, he will cover everything, "
     "flights, hotel, meals. Just two days."),
    ("meeting", "client_meeting", "s",
     "He really enjoyed your last piece and wants to put a face to the name. Nothing formal, dinner and a "
     "chat about where your work is heading."),
    ("meeting", "client_meeting secrecy", "o",
     "Probably best not to put this on your travel declaration, it's a private trip after all. Book leave "
     "for a long weekend."),
    ("meeting", "client_meeting", "s",
     "Bring your work laptop if you can, he'd like to see how the modelling tool looks in practice."),
    ("meeting", "client_meeting", "o",
     "Flights are booked under your name, the e-ticket is attached. Someone from his office will collect "
     "you at the ferry terminal."),
    ("meeting", "client_meeting unusual_payment", "o",
     "He'll hand you an envelope for your time at dinner. Cash is simpler for him than a transfer, you "
     "understand."),
    ("elicitation", "sensitive_info", "s",
     "At the dinner he'll probably ask about the next version of the system and who's leading it. Just be "
     "yourself, he's a good listener."),
    ("meeting", "client_meeting", "o",
     "If Macau is difficult, Bangkok works too. Or a video call first if you prefer, camera off is fine on "
     "his side."),
    ("meeting", "client_meeting", "s",
     "Lovely to finally meet him, right? He said you're welcome back any time, same arrangement."),
])

susp("quiet-payments", "secrecy_payment", "chat", [
    ("tasking", "unusual_payment", "o",
     "Payment for last month is ready. We can do USDT to your wallet or Amazon gift cards, which do you "
     "prefer?"),
    ("tasking", "unusual_payment", "o",
     "Bank transfer is tricky from our side, accounting asks questions. Can I send it to your brother's "
     "account instead? Or your wife's?"),
    ("tasking", "secrecy", "o",
     "Please don't mention our arrangement to your employer, it would only confuse things. It's consulting "
     "on your own time."),
    ("tasking", "secrecy", "o",
     "Keep this between us, ok? Even your friends at work don't need to know."),
    ("tasking", "unusual_payment", "s",
     "The usual amount will be in the locker at the gym on Friday. Same code."),
    ("tasking", "unusual_payment secrecy", "o",
     "Don't put it on your tax return, it's a gift, not income. That's how we always do it."),
    ("tasking", "secrecy", "s",
     "Better to clear our chat history every week. Just good hygiene."),
    ("tasking", "unusual_payment", "o",
     "Sent 0.05 BTC to the address you gave. If the wallet asks for a memo, leave it blank."),
    ("tasking", "unusual_payment", "s",
     "There's a little extra this month as a thank you for the last delivery. My friend was very happy."),
    ("tasking", "secrecy", "s",
     "If anyone ever asks how we know each other, say we met at the climbing gym. Which is true, in a way."),
])

susp("police-station-student", "overseas_police_station", "chat", [
    ("none", "coercion", "o",
     "This is the service centre for your home province in Toronto. We need you to come to our office this "
     "week to update your registration. It is about your parents."),
    ("none", "coercion", "o",
     "Your posts in the student forum were noticed back home. Your father was invited for tea by the local "
     "bureau yesterday. You can make this easy for him."),
    ("none", "coercion", "s",
     "Your mother is worried about you. She asked us to tell you that a quiet life is the best life."),
    ("none", "coercion", "o",
     "We know you attend the Friday meetings of the rights group on campus. Tell us who organises them and "
     "your family's business licence will have no problems."),
    ("none", "coercion", "o",
     "If you refuse to cooperate, your scholarship at home can be cancelled and your sister may lose her "
     "job at the hospital. Think carefully."),
    ("none", "coercion secrecy", "o",
     "Do not speak to Canadian police about this. They cannot help you and it will only make things worse "
     "for your parents."),
    ("none", "coercion", "s",
     "Just send us the list of people who came to the last gathering. Names and photos, nothing more."),
    ("none", "coercion", "o",
     "Your passport renewal can be handled smoothly if you show a good attitude. Come in on Thursday."),
    ("none", "coercion", "s",
     "We are patient. Your grandmother is getting old, she would like to see you at home before the "
     "winter."),
])

susp("community-reporting", "diaspora_reporting", "chat", [
    ("none", "coercion", "s",
     "You're close to the people who run the cultural association, aren't you? Friends back home would "
     "like to understand them better."),
    ("none", "coercion", "s",
     "Who comes to the language school on Saturdays, other than the children? Parents' names would help."),
    ("none", "coercion", "o",
     "Report to me after each committee meeting: who spoke, who disagreed with the consulate's line. "
     "It's a small thing and your cousin's case will go faster."),
    ("none", "coercion paid_task", "o",
     "We'll pay you 500 a month for updates on the association. More if you can get the membership list."),
    ("none", "coercion", "s",
     "The woman who organised the vigil, where does she work? Do you know where her children study?"),
    ("none", "coercion secrecy", "o",
     "Don't tell the others we talk. If they find out, you lose their trust and we lose your help."),
    ("none", "coercion", "s",
     "Your uncle's shop has been doing well lately. It would be nice if that continued."),
    ("none", "coercion", "s",
     "Send photos of the next event. Faces visible, please."),
    ("none", "coercion off_platform", "o",
     "Use WeChat only for family things. For our conversations use the Signal number I gave you."),
])

susp("persuade-return", "persuade_to_return", "email", [
    ("none", "coercion", "o",
     """This letter is sent on behalf of the public security bureau of your home county. You are advised that
     a case concerning you remains open and can only be resolved if you return in person.

     Your parents have been informed. Your cooperation will be taken into account."""),
    ("none", "coercion", "o",
     "Your brother came to see us yesterday. He understands the situation and agrees that you should come "
     "home. He is ready to buy your ticket.", "chat"),
    ("none", "coercion", "s",
     "Son, the officers were here again, very polite. They said everything will be fine if you come back "
     "and explain. Please think of your mother.", "chat"),
    ("none", "coercion", "o",
     "If you do not return by the end of the month, your family's property will be reviewed and your "
     "father's pension may be suspended."),
    ("none", "coercion", "s",
     "Nobody wants trouble. You talk to them once, in person, and then you can go back to your life "
     "abroad. That is what they promised us.", "chat"),
    ("none", "coercion", "o",
     "We can arrange a meeting in a third country if returning feels difficult. Belgrade or Dubai. An "
     "officer will explain your options there."),
    ("none", "coercion secrecy", "o",
     "Do not involve lawyers or the local authorities where you live. This is a family matter and it "
     "should stay one.", "chat"),
    ("none", "coercion", "s",
     "Your aunt has been asked to stop visiting us until you decide. It is hard for everyone. Please call.",
     "chat"),
    ("none", "coercion", "s",
     "Remember who raised you and who pays when you make choices far away. Come home for the holiday and "
     "we will talk about it properly.", "chat"),
])

susp("cheque-admin", "job_scam_cheque", "email", [
    ("none", "job_scam", "o",
     "Congratulations! After reviewing your CV on the job board we are pleased to offer you the remote "
     "Administrative Assistant position at Brightwell Logistics, 28 USD per hour, no interview required."),
    ("none", "job_scam off_platform", "o",
     "To complete onboarding please reply from your personal Gmail and send a photo of your driver's "
     "licence front and back, plus your banking details for direct deposit."),
    ("none", "job_scam unusual_payment", "o",
     "You will receive a cheque for 3,850 USD by courier. Deposit it with your mobile banking app, keep 350 "
     "for yourself and send the rest to our approved equipment vendor by Zelle the same day."),
    ("none", "job_scam", "o",
     "The cheque has cleared on your side? Please send the vendor payment now, our IT team cannot ship "
     "your laptop until they receive it. Time sensitive."),
    ("none", "job_scam unusual_payment", "o",
     "The vendor cannot accept Zelle today. Please buy Apple gift cards for the balance and send photos "
     "of the back of the cards to this e-mail."),
    ("none", "job_scam", "s",
     "hi just checking, did you get to the store yet? supervisor is asking for an update before 4pm",
     "chat"),
    ("none", "job_scam", "o",
     "Your bank reversed the cheque? That is a mistake by your bank. You must still settle the vendor "
     "balance or we will have to report you for breach of your employment contract."),
    ("none", "job_scam", "o",
     "Interviews are done by text on the Teams chat only, our hiring manager is travelling. Please have "
     "your SSN ready for the W-4 form.", "chat"),
    ("none", "job_scam", "s",
     "Good news, we have a second position for a friend of yours. Same pay, same process, send me their "
     "number.", "chat"),
])

susp("reshipping", "job_scam_reshipping", "chat", [
    ("none", "job_scam", "o",
     "Work from home as a Quality Control Inspector! Receive parcels at your address, check the contents, "
     "reship with the labels we send. 2,800 per month plus bonus."),
    ("none", "job_scam", "s",
     "Your first package arrives Tuesday. Please photograph the items and the box before relabelling."),
    ("none", "job_scam", "s",
     "Labels are in the portal now. Drop the parcels at the post office before noon, keep the receipts."),
    ("none", "job_scam", "o",
     "Please don't open the phone boxes, just check they are sealed and ship them on to the address in "
     "Lagos. Customs forms are prefilled."),
    ("none", "job_scam unusual_payment", "o",
     "Salary is paid after the 30-day trial period. Until then we can only offer small bonuses in Bitcoin."),
    ("none", "job_scam", "o",
     "Why did you not ship yesterday? Our client is waiting. Reply asap."),
    ("none", "job_scam off_platform", "o",
     "Our support is on WhatsApp only, message Ms Carter on +1 555 0143. Do not call the number on the "
     "parcel, that is the supplier."),
    ("none", "job_scam", "o",
     "Some parcels have a different name on them. That's normal, those are our corporate buyers. Just "
     "sign for them."),
    ("none", "job_scam", "s",
     "Three more boxes this week. You are doing great, manager says you could become team lead."),
])

susp("rating-task-scam", "job_scam_task", "chat", [
    ("none", "job_scam", "o",
     "Hello, I'm Jenny from Starlit Media hiring part time. Simple online task, like and rate hotels, "
     "earn 200-800 per day. Interested?"),
    ("none", "job_scam off_platform", "o",
     "Please add our mentor on Telegram @starlit_mentor_55 to receive your first tasks and a 10 USDT "
     "welcome bonus."),
    ("none", "job_scam", "s",
     "Completed 30 ratings, your commission 54.20 has been credited to the platform. Well done!"),
    ("none", "job_scam unusual_payment", "o",
     "You have received a combination task. To unlock it please top up 100 USDT, it will be returned with "
     "30% commission when the set is complete."),
    ("none", "job_scam unusual_payment", "o",
     "Account balance negative -480. You must recharge to withdraw. This is normal, everyone in the group "
     "has done it."),
    ("none", "job_scam", "s",
     "Look at the group, Anna just withdrew 1,900 today. Only one more set and you are at VIP level."),
    ("none", "job_scam", "o",
     "Withdrawal fee is 15% due to tax regulations. Pay the fee first and your funds will be released in "
     "24 hours."),
    ("none", "job_scam", "s",
     "Why so quiet? Your account will be frozen in two hours if not topped up. I am trying to help you."),
    ("none", "job_scam", "s",
     "Do you have a friend who can lend you the amount? You will pay back from the earnings tomorrow."),
])

susp("visa-fee-job", "job_scam_fee", "email", [
    ("none", "job_scam", "o",
     "We are pleased to inform you that you have been selected for the position of Site Engineer with "
     "Maplecrest Energy in Toronto, salary CAD 9,500 per month, accommodation provided."),
    ("none", "job_scam", "o",
     "Before your work permit can be processed you must pay the LMIA processing fee of CAD 1,150 to our "
     "immigration consultant. The company refunds it with your first salary."),
    ("none", "job_scam unusual_payment", "o",
     "Payment must be made by Western Union to the name of our agent, Mr. D. Okafor. Bank transfers are "
     "not accepted because of the visa timeline."),
    ("none", "job_scam off_platform", "o",
     "Kindly reply to maplecrest.hr.canada@example.net only, our official domain is under maintenance."),
    ("none", "job_scam", "o",
     "We noticed the payment has not arrived. Other candidates are waiting for this slot. Please confirm "
     "by tomorrow."),
    ("none", "job_scam", "o",
     "Also required: medical certificate fee 240 and orientation training kit 180, paid to the same agent."),
    ("none", "job_scam", "s",
     "Dear candidate, kindly send scanned copy of passport bio page and your parents' names for the "
     "security file. Regards."),
    ("none", "job_scam", "o",
     "This offer is strictly confidential. Do not share it with other agencies, or it will be withdrawn "
     "and your fee forfeited."),
])

susp("ai-lab-student", "fake_researcher", "email", [
    ("contact", "credential_targeting", "s",
     "I'm a second-year PhD student working on evaluation of large language models. Your talk at the "
     "workshop on training stability was the clearest explanation I've heard. Would you have 15 minutes "
     "for a few follow-up questions?"),
    ("elicitation", "sensitive_info", "s",
     "Thank you so much for the call. Out of curiosity, roughly how many accelerators did your group use "
     "for the run you described? Order of magnitude is fine."),
    ("elicitation", "sensitive_info", "s",
     "My supervisor was amazed. He wondered whether the learning-rate schedule in the talk is the same one "
     "used for the model you're releasing next, or whether that changed."),
    ("pivot", "off_platform", "s",
     "Our university mail server is very strict with attachments. Could I write to your personal address "
     "instead? Mine is lin.research.ai@example.com."),
    ("elicitation", "sensitive_info", "s",
     "I'd love to see how your team structures the evaluation harness. Even a screenshot of the config "
     "would teach me more than any paper."),
    ("tasking", "paid_task", "s",
     "My lab has a small fund for external advisers. It would be an honour to compensate you for your "
     "time, perhaps a short memo each quarter on where you think the field is going."),
    ("elicitation", "sensitive_info", "s",
     "Is it true that your company is moving away from the current architecture? I heard rumours at "
     "NeurIPS and wasn't sure whom to believe."),
    ("meeting", "client_meeting", "s",
     "My supervisor is organising a small invited workshop in Hangzhou in spring and would love you to "
     "visit. The department takes care of everything, flights and accommodation."),
    ("elicitation", "sensitive_info", "s",
     "Before the visit, could you bring whatever you can share about the unreleased benchmarks? We'd "
     "keep them within the group of course."),
    ("contact", "credential_targeting", "s",
     "Apologies for my many questions. You're one of very few people who actually know how this works at "
     "scale, so I get a bit excited."),
])

susp("space-investor", "fake_investor", "inmail", [
    ("contact", "credential_targeting", "s",
     "I manage a small family office that has been building a position in the small-satellite supply chain. "
     "Your background in launch integration stood out. Would you be open to an informal chat with our "
     "investment committee? Happy to compensate your time."),
    ("contact", "credential_targeting", "s",
     "We're not looking for anything you can't talk about, just an experienced eye. Most of our advisers "
     "are engineers like you who enjoy the strategy side."),
    ("elicitation", "sensitive_info", "s",
     "Helpful conversation, thank you. The committee keeps coming back to one point: whether your company "
     "is likely to win the next constellation contract. Any feel for how the bid is going?", "email"),
    ("elicitation", "sensitive_info", "s",
     "Do you know roughly what price your side put in? Even a range would tell us whether the market has "
     "this right.", "email"),
    ("tasking", "paid_task", "s",
     "We'd like to formalise this as a monthly advisory retainer, 4,000 a month, a call and a short note "
     "each time. Entirely flexible around your day job.", "email"),
    ("elicitation", "sensitive_info", "s",
     "For next month's note, anything on the delays with the second-stage engine would be gold. We hear "
     "different stories.", "email"),
    ("tasking", "secrecy", "s",
     "Probably simplest not to mention the retainer at work, people get funny about advisory roles even "
     "when there's no conflict.", "email"),
    ("tasking", "unusual_payment", "s",
     "We'll route the retainer through our Cyprus entity, so it'll arrive as consultancy income from "
     "abroad. Let me know if another account works better for you.", "email"),
    ("meeting", "client_meeting", "s",
     "One of our limited partners would like to meet you when you're next in Europe. We'd fly you to "
     "Limassol and put you up for a couple of nights.", "email"),
])

susp("clearance-recruiter", "fake_recruiter_clearance", "inmail", [
    ("contact", "credential_targeting", "o",
     "Saw you hold an active TS/SCI with polygraph. I have several consulting opportunities for cleared "
     "professionals, flexible hours, 250/hour. Interested?"),
    ("contact", "credential_targeting", "o",
     "To match you to the right project, can you confirm your clearance level, the date of your last "
     "reinvestigation and which agency sponsors it?"),
    ("contact", "credential_targeting vague_client", "o",
     "The client is a foreign government research body, nothing unusual, they prefer to work with people "
     "who have seen how the US side operates. They'd rather not be named until you've signed."),
    ("pivot", "off_platform", "o",
     "Let's move this off LinkedIn. What's a personal cell I can text you on? Or email me at "
     "cleared.talent.partners@example.com."),
    ("tasking", "paid_task", "o",
     "First task is easy: a 5-page white paper on how program offices evaluate cyber supply-chain risk. "
     "5,000 flat, paid on delivery.", "email"),
    ("elicitation", "sensitive_info vague_client", "o",
     "The paper was good. They want the next one to cover the actual vendor list and scoring you used "
     "on your last program. Doesn't have to be marked anything, just what you remember.", "email"),
    ("tasking", "secrecy", "o",
     "You don't need to report this as foreign contact, it's just a consulting gig through a US LLC. "
     "Keeps your file clean.", "email"),
    ("meeting", "client_meeting", "o",
     "They'd like to meet in Shanghai or, if that's awkward, Vienna. All travel paid. Don't bring your "
     "work phone.", "email"),
    ("elicitation", "sensitive_info", "s",
     "Any chance you could bring along whatever notes you have from the last program review? They'd "
     "value it a lot.", "email"),
])

susp("telecom-old-colleague", "former_colleague", "chat", [
    ("contact", "credential_targeting", "s",
     "Long time! It's Marcus from the old radio planning team. Saw you're at the operator now, big job. "
     "How's the family?"),
    ("contact", "credential_targeting", "s",
     "Ha, yes, I'm doing independent advisory these days. Much better hours. We should grab a beer when "
     "you're next in Manchester."),
    ("elicitation", "sensitive_info", "s",
     "Random question, is your lot still leaning towards the same vendor for the core refresh, or has that "
     "opened up again?"),
    ("elicitation", "sensitive_info", "s",
     "What does your boss actually think about it? Publicly they say one thing but I always found he had "
     "strong opinions over a pint."),
    ("tasking", "paid_task", "s",
     "I've a few firms asking me about the UK market. If you wanted to help me out now and then I'd split "
     "what I get with you, fair's fair."),
    ("elicitation", "sensitive_info", "s",
     "Has the board signed off the budget for next year yet? Don't need details, just whether it went up "
     "or down."),
    ("elicitation", "sensitive_info", "s",
     "Who else on the programme is open to a chat, do you think? Someone fed up maybe, looking for a "
     "change?"),
    ("pivot", "off_platform", "s",
     "Easier on my other number, this one's the work phone. 07700 900233. Drop me a line there."),
    ("tasking", "secrecy", "s",
     "Obviously no need to mention I asked. People gossip."),
    ("meeting", "client_meeting", "s",
     "One of the firms I advise would love to host you for a day at their office in Shenzhen, all on them. "
     "Good networking, you'd learn loads."),
])

susp("background-journalist", "fake_journalist", "email", [
    ("contact", "credential_targeting", "s",
     "I'm a freelance correspondent covering trade for several Asian outlets. I'm told you're one of the "
     "few people who really understands the rare-earths negotiations. Could we talk on background?"),
    ("contact", "credential_targeting", "o",
     "Nothing would be attributed to you, of course. I never name sources, and I can offer a modest "
     "consultancy payment for your time, which is how my editors handle expert briefings."),
    ("tasking", "paid_task", "o",
     "Would you be willing to put your thoughts in a short briefing note? A page or two. My outlet pays "
     "1,200 EUR for these and they are never published as such, they inform our coverage."),
    ("elicitation", "sensitive_info", "o",
     "What I'm really missing is the negotiating mandate itself, or at least the red lines. If you have "
     "seen the internal brief, even a paraphrase would help."),
    ("elicitation", "sensitive_info", "s",
     "How did the other delegations react on Tuesday? I only have the press statement, which says "
     "nothing."),
    ("pivot", "off_platform", "o",
     "For the next exchange, Signal might be better than e-mail. My number is +1 555 0177."),
    ("tasking", "unusual_payment", "o",
     "My editor wants to send the fee in cash when I'm in Brussels next week. I'll pass it to you over "
     "coffee, no paperwork needed."),
    ("meeting", "client_meeting", "s",
     "My editor-in-chief is visiting from Beijing and would love to host you for dinner. He's very keen "
     "on your perspective."),
    ("elicitation", "sensitive_info", "s",
     "Any chance of seeing the draft text before it's tabled? I'd only use it to get the context right."),
])

susp("spelled-out-pivots", "obfuscated_pivot", "inmail", [
    ("pivot", "off_platform", "o",
     "Very interesting background in radar signal processing. Can we talk on W e C h a t? My id is "
     "hr_anna_2024."),
    ("pivot", "off_platform", "o",
     "Pls add my vx for job detail: tech_recruit_88. LinkedIn msg not stable for me."),
    ("pivot", "off_platform", "o",
     "Kindly send your CV to talentdesk.asia at gmail dot com, we review quickly."),
    ("pivot", "off_platform", "o",
     "Position in aerospace, very good salary. Contact me on Tele gram, handle @ huang_hr, space "
     "removed.", "chat"),
    ("pivot", "off_platform", "o",
     "Better to talk on wx or 纸飞机, both fine. My boss reads both."),
    ("pivot", "off_platform", "o",
     "My WhatsApp: plus four four, seven seven zero zero, nine zero zero, five one eight. Message anytime."),
    ("pivot", "off_platform", "o",
     "You can write to chenyu_talent at one six three dot com, I answer faster there than here."),
    ("pivot", "off_platform", "o",
     "Add me on We\u200bChat please, search hunter_lily. I share full JD there.", "chat"),
    ("contact", "credential_targeting off_platform", "o",
     "Role needs security clearance holder, avionics or missile guidance. Details only on S1gnal, number "
     "follows on request."),
    ("pivot", "off_platform", "s",
     "Do you use the green chat app? Easier for voice notes, my English typing is slow."),
])

susp("nuclear-symposium", "fake_conference", "email", [
    ("contact", "credential_targeting", "o",
     """On behalf of the organising committee, I am delighted to invite you as a keynote speaker at the
     International Symposium on Advanced Reactor Safety, to be held in Kuala Lumpur this November.

     The committee was impressed by your long experience at the national laboratory. Economy-plus travel,
     five nights' accommodation and an honorarium of 2,000 USD are offered."""),
    ("meeting", "client_meeting", "o",
     "The symposium has no registration website yet; all arrangements go through my office. Please send "
     "your passport scan so that we can book flights."),
    ("tasking", "paid_task", "s",
     "For your keynote, the committee hopes you will go beyond what is in your published papers. The "
     "audience is small and expert, they appreciate practical detail."),
    ("elicitation", "sensitive_info", "s",
     "Could you include some of the results from your lab's current test programme? Preliminary figures "
     "are fine, we understand they are not final."),
    ("meeting", "client_meeting", "o",
     "After the sessions, our sponsors would like to invite you to a private dinner. They are from an "
     "industrial group interested in a longer collaboration."),
    ("meeting", "client_meeting secrecy", "o",
     "The sponsors prefer the dinner not to be mentioned in any report to your employer. It is only a "
     "social occasion."),
    ("elicitation", "sensitive_info", "o",
     "The sponsors asked whether you could bring a copy of the safety case you mentioned at dinner. They "
     "will of course treat it in confidence."),
    ("pivot", "off_platform", "o",
     "From now on please contact me on my private e-mail, symposium.kl.office@example.com, as the "
     "university account is being migrated."),
    ("tasking", "paid_task vague_client", "o",
     "The industrial group would like to commission a series of technical notes from you, 5,000 USD "
     "each. They prefer to remain anonymous for commercial reasons."),
])

susp("language-partner", "online_friend_tasking", "chat", [
    ("contact", "credential_targeting", "s",
     "Thanks for being such a patient language partner! Your Mandarin is really getting better. What do "
     "you do for work again? Something with ports?"),
    ("contact", "credential_targeting", "s",
     "Customs! That sounds interesting. My uncle imports machine parts, he always complains about the "
     "inspections lol"),
    ("elicitation", "sensitive_info", "s",
     "How do you decide which containers get checked? Is it random or is there a system?"),
    ("elicitation", "sensitive_info", "s",
     "My uncle asked, jokingly, if there are certain days when fewer people are on shift. I told him "
     "you'd laugh."),
    ("tasking", "paid_task", "s",
     "He'd like to pay you for some advice, honestly. Just a little summary of how the rules changed this "
     "year, in simple words. He'll send something nice for your birthday."),
    ("elicitation", "sensitive_info", "s",
     "Do you have the list of goods you're watching more closely now? He keeps getting surprised."),
    ("tasking", "unusual_payment", "s",
     "He sent a red packet to my account for you, I'll pass it on when we meet. Don't worry about "
     "thanking him."),
    ("tasking", "secrecy", "o",
     "Maybe don't tell your colleagues you help my uncle, they might be jealous haha"),
    ("meeting", "client_meeting", "s",
     "He's in town next week and wants to take us both to dinner. He'll bring his business partner too."),
    ("elicitation", "sensitive_info", "s",
     "His partner asked if you could check one shipment number in your system for him, just to see the "
     "status. 30 seconds of work."),
])

susp("psu-hr-scam", "fake_hr_defence", "email", [
    ("contact", "credential_targeting", "o",
     "Greetings from HR cell. We are shortlisting retired officers from DRDO and defence PSUs for a "
     "prestigious overseas advisory assignment. Your profile on the veterans portal is very suitable."),
    ("contact", "credential_targeting vague_client", "o",
     "The assignment is with a reputed foreign organisation which does not wish to disclose its name at "
     "this stage. Remuneration is USD 6,000 per month, work from home only."),
    ("pivot", "off_platform", "o",
     "Kindly revert on my WhatsApp for faster processing, official e-mail is very slow these days. "
     "Number will be shared on request, please send your personal mobile first."),
    ("tasking", "paid_task vague_client", "o",
     "As a first step, please prepare a detailed note on procurement procedures of your previous "
     "directorate, including names of officers handling the files. This will be evaluated by the client."),
    ("elicitation", "sensitive_info", "o",
     "Also mention the ongoing projects you were aware of before retirement and their status. Details of "
     "trials will add weightage to your profile."),
    ("tasking", "unusual_payment", "o",
     "Remuneration will be credited in cryptocurrency to avoid foreign exchange delays. Kindly create a "
     "wallet and share the address."),
    ("tasking", "secrecy", "o",
     "Please do not discuss this assignment with your batchmates or the ex-servicemen association, as "
     "other candidates are in process."),
    ("meeting", "client_meeting", "o",
     "Selected candidates will be invited to Kathmandu for a short interaction with the client. Air fare "
     "and five-star stay will be borne by us."),
])

ben("exec-search-fab", "genuine_recruiter", "inmail", [
    "I'm a partner at Northgate Search Partners. We've been retained by Veltrix Semiconductor to find a "
    "Director of Lithography for their new fab in Dresden. Your overlay work at your current employer fits "
    "the brief closely. Would you be open to a 20-minute call this week?",
    "The role reports to the VP of Operations, leads a team of about 40, and the base is in the range of "
    "EUR 180-210k plus bonus and relocation. The job description is on Veltrix's careers page under "
    "reference DR-2291.",
    ("Thanks for getting back to me. Easiest is a phone call: I'm on +44 20 7946 0321, or I can send a "
     "Teams invite from my northgate-search.example.com address, whichever you prefer.", "email"),
    ("Confirming our call on Thursday at 14:00 CET. Teams link below. There's nothing to prepare; I'll walk "
     "you through the team and the timeline and you can ask anything you like.", "email"),
    ("A quick note after our call: please don't share anything about your current employer's processes "
     "or roadmap in the interviews. Veltrix is only interested in your experience and how you lead, and "
     "their interviewers are briefed the same way.", "email"),
    ("The next step is a video interview with Dr Ilse Brandt, Veltrix's VP of Operations. Her assistant "
     "will send the invite from veltrix.example.com. Travel to Dresden for the final round would be booked "
     "and paid by Veltrix through their travel agency.", "email"),
    ("Just to be transparent on process: Veltrix will run standard background checks and ask for two "
     "references only once there is a conditional offer. You won't be asked for any documents before then.",
     "email"),
    "Totally understand the timing isn't right. Mind if I check in again in six months? No hard feelings "
    "either way.",
    ("Offer letter is on its way from Veltrix HR. Take your time to read it, and if you'd like to discuss "
     "the notice period with them I'm happy to set up a call.", "email"),
    "Confidential search, I'm afraid: the client hasn't announced the Rotterdam site yet, so I can share the "
    "company name only on a call. It's a listed European chip equipment maker, and the role is a senior "
    "field application engineer. Call me on the number in my profile if curious.",
])

ben("whatsapp-business-recruiter", "genuine_recruiter", "chat", [
    "Hello, this is Priya from Al Noor Engineering Services recruitment team (WhatsApp Business). We "
    "received your application for the Senior Electrical Engineer role in Abu Dhabi, ref ANES-EE-114. Is "
    "now a good time to share the next steps?",
    "The full job advert is on our website alnoor-eng.example.com/careers. Salary AED 28,000 per month, "
    "family status visa, annual flights. We never charge candidates any fee.",
    "Interview slot: Sunday 10 am UAE time on Teams with our projects manager Mr Rahul Menon. Invite will "
    "come from careers@alnoor-eng.example.com.",
    "Please upload your documents only on the company portal, not on WhatsApp. We use this chat only for "
    "scheduling.",
    "Hi, reminder for tomorrow's interview. If you need to reschedule just reply here or call the office "
    "landline listed on our website.",
    "Good news, the panel has recommended you. Formal offer will come by e-mail from HR. Medical and visa "
    "costs are paid by the company directly.",
    "Yes you can take the offer letter to your current employer for the notice period discussion, no "
    "problem at all.",
    "Sorry for the late reply, Eid holidays. Your visa application is with immigration, expected 2-3 weeks.",
    "Flight booked by our travel desk, e-ticket sent to your e-mail. Someone from HR will meet you at "
    "arrivals with a company sign.",
])

ben("expert-network-pharma", "expert_network", "email", [
    "I work at Larchmont Expert Partners, an expert network. A client of ours, an investment firm, is "
    "looking for a one-hour phone consultation on the market for biosimilar insulin in Europe. Your "
    "background at a hospital pharmacy fits well. The fee is 300 GBP per hour.",
    "Before scheduling, we need you to complete our compliance tutorial and confirm that you will not "
    "disclose any confidential information of your current or former employers. We will not proceed if "
    "your employer prohibits such consultations.",
    "Thanks for completing the screening. Our client is Redfern Capital; their analyst will ask general "
    "questions about purchasing patterns and switching. Please decline anything you are not sure you may "
    "answer.",
    "A reminder that all calls are chaperoned by a Larchmont compliance officer, who may stop the call if "
    "it strays into non-public information.",
    "Your payment for the consultation on 12 March has been processed to the bank account in your "
    "profile. You'll receive a remittance e-mail from payments@larchmont.example.com.",
    "We have a follow-up request from another client on hospital tendering. If you are employed by an NHS "
    "trust currently involved in a tender, please let us know and we'll exclude you from this project.",
    "We've noticed that you recently changed roles. Please update your employment history in the portal "
    "and re-confirm our terms before taking further consultations.",
    "Just to clarify your question: no, we never pay in cash or crypto, and you'll never be asked to meet a "
    "client in person or travel. Everything is by phone or video through our platform.",
    "Survey request (15 min, 80 GBP): general views on digital prescribing tools. Anonymous and aggregated. "
    "Please do not include any information about specific patients or your trust's internal plans.",
])

ben("think-tank-commission", "think_tank_commission", "email", [
    """I'm the research director at the Ashbury Institute for Public Policy. We're putting together a
    collection of essays on resilience in the energy transition, to be published online and in print in
    the spring, and we'd like to commission a chapter from you under your own name.

    The fee is 1,500 GBP for about 5,000 words. Contributors sign a standard publishing agreement, and all
    chapters go through peer review.""",
    "The essay should draw on published work and your own expertise; we don't want or need anything from "
    "your employer that isn't public. Please check with them about outside writing, as you normally would.",
    "Attached is the contract. The fee will be paid by BACS on publication, and you keep the right to "
    "republish your chapter after twelve months.",
    "We'll hold a launch event at our London office in May, open to the press. Travel within the UK is "
    "reimbursed on receipts.",
    "Many thanks for the draft, the reviewers' comments are attached. Mostly small points; one reviewer "
    "asks for more on the 2019 blackout, using the official inquiry report.",
    "Our funders are listed on the website, as required by our transparency policy. This project is funded "
    "by a charitable foundation, the Hollins Trust.",
    "Proofs are ready. Please check your affiliation line; we'll print it exactly as you give it.",
    "Could you record a 10-minute podcast about your chapter for our series? It's public and would go out "
    "under your name, no extra fee I'm afraid, but we'll promote the book.",
])

ben("publisher-contract", "publisher_contract", "email", [
    "Following our chat at the book fair, I'm delighted to say the editorial board has approved your "
    "proposal on the history of undersea cables. Harwood & Pike would like to offer an advance of "
    "8,000 GBP, half on signature and half on delivery.",
    "The contract will be sent by our rights department via DocuSign. Please have your agent look over "
    "clause 14 on permissions for images.",
    "I'll need the manuscript by 30 September. If your employer's publication clearance process takes "
    "time, factor that in; we've worked with several former civil servants and are used to it.",
    "Royalty statements go out twice a year, in April and October, and payment is by bank transfer to "
    "the account you gave in the author form.",
    "The copy-editor has sent queries, mostly about dates. She's flagged one paragraph quoting a 1988 "
    "memo: could you confirm it's from the published archive collection?",
    "Cover options attached! Marketing prefers the blue one. We'll put your name above the title.",
    "We'd like to submit your book for the Orwell longlist. Nothing needed from you except a short bio.",
    "Good news: the Chinese translation rights have been sold to a Shanghai publisher. The translation "
    "will go through our rights team, and you'll get 50% of the licence fee, as in the contract.",
])

ben("clearance-job-ads", "cleared_job_ad", "email", [
    "Job alert: Systems Engineer, Active TS/SCI required, Huntsville AL. Kestrel Dynamics Inc. Salary "
    "135-160k. Apply via kestrel-dynamics.example.com/careers. US citizenship required.",
    "New role matching your saved search: Network Security Analyst (SC clearance), Bristol. Permanent, "
    "GBP 55,000. Employer: Arden Defence Systems. Apply through this job board.",
    "We're hiring cleared software developers for a mission-critical program in Colorado Springs. Must "
    "hold an active Secret clearance. Interviews on site; we do not ask for clearance paperwork before an "
    "offer. Contact recruiting@halcyon-space.example.com.",
    "DV-cleared or eligible? Our Cheltenham team is growing. Sponsorship for clearance available to UK "
    "nationals. See the full advert and salary bands on our site.",
    "Reminder: the virtual career fair for cleared professionals is this Thursday. Bring your resume; "
    "don't bring classified or controlled information, and please don't discuss program specifics with "
    "any recruiter.",
    "Thank you for applying to Position 22-481, Radar Test Engineer. Our talent team will contact you "
    "from an @veracore.example.com address. We will never ask you to pay a fee or contact you via "
    "WhatsApp or Telegram.",
    "Government job posting: Policy Officer (Defence Industrial Strategy), security vetting to SC level "
    "required after appointment. Closing date 14 June. Apply on the Civil Service Jobs website only.",
    "Polygraph-cleared? Join us at Ironwood Federal Solutions, sign-on bonus 15k. Full listing with "
    "contract number and location on our careers page; recruiter Dana Whitfield, 555-0164.",
    "Canadian applicants: this position with Nordbridge Aerospace requires Secret clearance under the "
    "Contract Security Program. We will initiate the process for the selected candidate.",
])

ben("conference-invites", "speaking_invitation", "email", [
    """On behalf of the programme committee of the 2027 Asia-Pacific Workshop on Climate Modelling, hosted by
    the Department of Earth System Science at Tsinghua University in Beijing, I am pleased to invite you to
    give an invited talk in the session on regional downscaling.

    The workshop covers economy-class travel and four nights at the campus hotel. The programme and the list
    of speakers are on the workshop website, and talks will be recorded and posted publicly.""",
    "The workshop is open: registration is through the website and all abstracts are published in the "
    "proceedings. Please speak only about your published or publishable work.",
    "Your travel is booked through the university's travel office; you'll receive the itinerary from "
    "travel@ess.example.edu.cn. If your institution requires pre-travel approval, we can send a formal "
    "invitation letter for your file.",
    "Many of our European speakers ask about security guidance for the trip. We're happy for you to follow "
    "your employer's travel advice, including bringing a loaner laptop.",
    "The Singapore Energy Week committee invites you to moderate a public panel on grid storage. We cover "
    "a return economy flight and three hotel nights; there is no speaking fee. The session will be "
    "livestreamed.",
    "Reminder: slides for the Ottawa Aerospace Forum are due Friday. They will be posted on the forum site "
    "after the event, so please remove anything your company hasn't cleared for public release.",
    "Thank you for your talk in Beijing! Your reimbursement form for the taxi receipts is attached; "
    "please return it to the department administrator, Ms Wang, by e-mail.",
    "The International Cryptography Conference in Shenzhen has accepted your paper. Student travel grants "
    "are available; apply through the conference site with your supervisor's letter.",
    "We'd love to have you back for next year's summit in Dubai as a keynote. Our events team will send "
    "the speaker agreement, which lists the honorarium, travel class and recording rights.",
    "Joining instructions for the Cape Town workshop: bring your passport and the invitation letter; "
    "lunches are provided, dinners at your own expense, except the conference dinner on Wednesday.",
])

ben("colleagues-channels", "colleague_channel_move", "chat", [
    "Can we move this to Teams? Slack keeps eating my notifications today.",
    "Let's take the incident discussion to the #ops-bridge channel so the on-call folks can see it.",
    "Heads up, the security team wants us on Signal for the out-of-hours escalation, the number list is "
    "in the runbook.",
    "I'll ping you on WhatsApp when I land, the Wi-Fi at the client site is awful.",
    "Quick one, can you DM me your personal mobile for the emergency contact sheet? HR wants it by Friday. "
    "It stays in the HR system only.",
    "Moving the procurement thread to e-mail so we have a record for the audit.",
    "Can't talk on the phone, on the train, let's sort it in the Teams chat.",
    "Please don't discuss the tender on WhatsApp, use the project SharePoint, compliance flagged it last "
    "time.",
    "Telegram group for the cycling club is up, link in my status, nothing work related!",
    "Ok I'll send the slides to your work e-mail, not gmail, the DLP thing blocks personal addresses.",
])

ben("wechat-family", "family_chat", "chat", [
    "Mum sent you a red envelope on WeChat for your birthday, did you get it? 888 for luck!",
    "When are you coming home for Spring Festival? Grandpa keeps asking. Tickets are cheaper if you book "
    "now.",
    "Don't tell Dad about the watch, it's his 60th, keep it between us until the party!",
    "Your auntie asked what your company does again, I told her 'computers' haha. She wants to introduce "
    "you to her colleague's daughter.",
    "I transferred the tuition for your cousin via Alipay, can you pay the school fee on your side and I'll "
    "settle with you at New Year?",
    "Come home soon, your mother misses you. The persimmons are ripe.",
    "Video call tonight at 8 my time? Grandma learned to use WeChat by herself!",
    "Please delete that embarrassing photo of me from the family group before Uncle sees it 😂",
    "The red packet is for the baby, not for you, don't spend it on bubble tea!",
    "Your sister says you got promoted, congratulations! Who do we need to thank, your boss? Send him "
    "some tea from home.",
])

ben("whatsapp-family-india", "family_chat", "chat", [
    "Beta, I have sent 20,000 to your account for the flat deposit, check and tell. Don't tell Papa, he "
    "thinks you are still at hostel 😄",
    "When are you coming for Diwali? Book the tickets na, prices are going up every day.",
    "Arre, surprise party for Nani on Sunday, nobody tell her. Keep it secret!!",
    "Your chacha asked if you can get his son an internship in your company. I said I'll ask, no promise.",
    "Please send the photos of the new house on WhatsApp, your mother is not able to open e-mail.",
    "Can you transfer 5k to Meena didi's GPay, I will give you back when you come home.",
    "Everyone is asking when you will come back to India for good. I tell them he is happy in Canada, leave "
    "him.",
    "Uncle's number changed, save +91 new one I'll forward. Old one lost with the phone.",
    "Did you eat? Don't skip dinner again because of the office work.",
])

ben("security-awareness", "security_awareness", "email", [
    """Security reminder: fake recruiters on professional networks

    Several colleagues have recently been approached by "headhunters" offering well-paid consulting.
    Warning signs include: moving quickly to WhatsApp, WeChat or Telegram; asking you to write reports or
    white papers for an unnamed client; requests for internal or non-public information; offers of paid
    travel to meet the client abroad; payment in cash, gift cards or cryptocurrency; and asking you to keep
    it secret from your employer. If this sounds familiar, please report it to security@example.com.""",
    "This month's Think Before You Link tip: genuine recruiters will name their firm and the role. If "
    "someone won't say who the client is but offers money for 'industry insights', stop and report.",
    "Reminder to staff holding clearances: any unusual foreign contact, including online, must be reported "
    "within 7 days. Examples: an invitation to a conference abroad with all expenses paid by an unknown "
    "sponsor, or a request to continue a conversation on a personal e-mail address.",
    "Job scams are rising. Nobody legitimate will send you a cheque and ask you to forward part of it, ask "
    "for gift cards, or charge a fee for training materials. Our HR team never recruits via Telegram.",
    "Transnational repression: if you or your family are being pressured by people claiming to represent "
    "a foreign police service, to return home or report on community members, you can contact the police "
    "confidentially. You are not alone.",
    "Phishing season: expect fake invoices and 'urgent payroll update' e-mails before year end. Never "
    "change bank details on the basis of an e-mail.",
    "Travel security briefing for delegates going to the trade fair: leave your work phone at home, use "
    "the loaner device, and report any approach where someone offers money for information.",
    "Quick reminder: do not discuss non-public project information with anyone outside the company, even "
    "if they say they already know it. 'Just your opinion' is a classic elicitation line.",
    "The insider-risk team has published a short video about elicitation techniques used at conferences: "
    "flattery, false statements you'll want to correct, and questions about colleagues. 8 minutes, "
    "recommended.",
])

ben("quiz-and-news", "training_news", "email", [
    "Quiz question 3: A recruiter you have never met offers 500 USD for a short report on your team's "
    "upcoming product decisions for a client they won't name, and asks to move to WeChat. What should you "
    "do? a) Reply from your personal e-mail b) Report it to security c) Ask for payment in crypto",
    "Correct answer: (b). Moving off-platform, paid 'reports' for a vague client and requests for "
    "non-public information are the three classic signs. Well done, you scored 9/10.",
    "News: A former defence contractor employee was sentenced to 10 years for passing information to "
    "foreign intelligence officers who had posed as think-tank researchers, paying him in cash and "
    "arranging trips to meet 'clients' in Shanghai, court documents show.",
    "Canada's intelligence service warns that foreign states use professional networking sites to target "
    "public servants with fake job offers, asking them to continue the conversation on encrypted apps and "
    "to write paid reports.",
    "Scenario 2 of 5: You receive a message saying your parents back home will have trouble unless you "
    "report on members of your community association. Which of the following is the best response? "
    "(Select all that apply.)",
    "News in brief: Police warn of a wave of task scams in which victims are paid small sums to 'rate "
    "products', then asked to deposit USDT to unlock larger tasks. Victims lost an average of 8,000.",
    "Module complete. Summary: be wary of flattery, unsolicited offers, requests for secrecy, unusual "
    "payment methods and offers of paid travel. When in doubt, ask the security team.",
    "Tabletop exercise tomorrow at 10: the red team will play a 'consultant' who asks staff for drafts of "
    "the board paper. Observers please take notes on which phrases gave it away.",
    "The podcast episode 'The headhunter who wasn't' is now online: a former counter-intelligence officer "
    "explains how a LinkedIn approach turned into requests for classified documents.",
])

ben("hr-nda-notices", "hr_policy_notice", "email", [
    "Please sign the attached non-disclosure agreement before your first day. It covers confidential "
    "information such as unreleased product plans, internal financials and customer data, and continues "
    "after you leave.",
    "Reminder: outside employment and paid consulting must be declared on the conflicts-of-interest form "
    "before you start. Most requests are approved within a week.",
    "The all-hands on Thursday will discuss the reorganisation. Until then, please keep the slides internal "
    "and don't forward them outside the company.",
    "Confidential: salary review letters will be issued next week. Please don't discuss individual "
    "outcomes on team channels.",
    "As part of your exit process, please return your laptop and badge, and note that your confidentiality "
    "obligations continue. HR can answer any questions about what you may discuss with future employers.",
    "Gifts and hospitality policy update: any trip, meal or gift from a supplier or foreign organisation "
    "above 50 GBP must be logged in the register, including conference travel paid by the host.",
    "Your security clearance renewal is due. The vetting team will contact you from vetting@example.gov.uk; "
    "they will never ask you to pay or to reply to a personal address.",
    "Parental leave: keep it between you and your manager until you're ready to tell the team, that's "
    "completely your call.",
    "Export control training is mandatory for everyone working on the radar programme. It explains what "
    "you may share with foreign nationals, including at conferences and on LinkedIn.",
    "We've updated the whistleblowing policy. You can raise concerns confidentially with the ethics line; "
    "retaliation is prohibited.",
])

ben("payroll-invoices", "finance_admin", "email", [
    "Your November payslip is available on the HR portal. Net pay will be deposited on the 25th.",
    "Invoice INV-20931 from Bramble Catering for the offsite, 1,480 GBP, payable within 30 days by bank "
    "transfer to the account on file.",
    "Expense claim approved: hotel and taxi for the Munich trip, 612.40 EUR, paid with the next salary.",
    "Reminder: gift cards given as staff rewards are taxable benefits and appear on your P11D.",
    "Please submit your timesheet by Friday; contractors' invoices without an approved timesheet cannot be "
    "paid this cycle.",
    "Our crypto custody team's bonuses are paid partly in USDC this year, as described in your contract "
    "addendum. Tax is withheld as usual.",
    "Supplier change request received: Finance will confirm new bank details by phone using the number we "
    "already hold, never the one in the e-mail.",
    "Per diem rates for the Singapore conference are attached. Keep your receipts; cash advances must be "
    "reconciled within 14 days.",
    "Pension contribution changes take effect from April. No action needed unless you want to opt out.",
])

ben("diaspora-association", "diaspora_association", "email", [
    "The Vancouver Hakka Cultural Association invites all members to our Lunar New Year banquet on 8 "
    "February. Tickets 45 CAD, children free. Lion dance at 7 pm!",
    "Volunteers needed for the Saturday language school. Please reply if you can help with the 6-8 age "
    "group.",
    "Notice from the consulate: passport renewal appointments are now booked online only. Beware of people "
    "offering to speed up your application for a fee.",
    "Our association is independent and non-political. We have received reports of people photographing "
    "attendees at community events; if you are approached or pressured, you can speak confidentially to "
    "our welfare officer or the RCMP.",
    "Minutes of the committee meeting are attached for members. Please don't share them on public social "
    "media.",
    "The WhatsApp group for the dragon boat team is here, link below. Training Sundays 9 am at False Creek.",
    "Thank you to everyone who donated to the flood relief fund. We raised 12,400 CAD, transferred to the "
    "Red Cross; receipts available.",
    "Scholarship applications for members' children close on 31 March. Winners are announced at the AGM.",
    "Lost property from the gala: one blue scarf and a child's shoe. Contact the secretary.",
])

ben("bug-bounty", "bug_bounty", "email", [
    "Thank you for your report to the Corvid Networks bug bounty programme. Our triage team has confirmed "
    "the issue as valid, severity High. Bounty: 4,000 USD, paid via the bounty platform.",
    "Please do not disclose the vulnerability publicly until we've released a fix. Coordinated disclosure "
    "is expected within 90 days, and we'll credit you in the advisory unless you prefer not to be named.",
    "We can pay bounties in cryptocurrency through the platform if you prefer, as described in the "
    "programme rules; tax forms are still required.",
    "Out-of-scope reminder: do not access customer data, internal systems or employee accounts. Stop and "
    "report if you accidentally reach non-public information.",
    "Our security team would like a short call to reproduce the issue. Teams invite from "
    "psirt@corvid.example.com; please don't send exploit code over e-mail.",
    "Congratulations, you've been invited to our private programme. Rules and scope are in the portal; "
    "findings are rewarded per our published table.",
    "The fix is deployed. Your name will appear in our hall of fame next week, and you're welcome to blog "
    "about it after the advisory goes out.",
    "We're hosting a live hacking event in Las Vegas in August. Invited researchers get travel and hotel "
    "covered. Terms and NDA attached.",
    "Duplicate report, I'm afraid: this issue was reported by another researcher two days earlier. Thanks "
    "for the clear write-up though.",
])

ben("visiting-scholar", "academic_invitation", "email", [
    "The Department of Materials Science at the University of Leeds is pleased to offer you a three-month "
    "visiting fellowship from September, with a stipend of 2,500 GBP per month and accommodation.",
    "Visiting fellows work on open research; your project on sodium-ion cathodes would be published in "
    "the usual way. Please obtain your home institution's approval.",
    "Our research security office will do a short due-diligence check, standard for all visitors. They "
    "may ask about your funding sources.",
    "Your access badge and e-mail account will be ready on arrival. The lab induction is on the first "
    "Monday.",
    "We'd like to invite you to present at our Friday seminar series. Talks are open to the public and "
    "recorded.",
    "Application for the Lecturer in Cyber Security post: shortlisted candidates will be invited to an "
    "interview on campus; reasonable travel costs are reimbursed.",
    "Thank you for your interest in our PhD programme. Funded places cover fees and a stipend; there is "
    "no application fee.",
    "The joint workshop with Zhejiang University has been approved by our partnerships committee; the "
    "agreement with IP terms is on the research office page.",
])

ben("genuine-journalist", "journalist_request", "email", [
    "I'm a reporter at the Northern Chronicle working on a piece about delays to the regional rail "
    "signalling upgrade. Would you be willing to talk on the record about what's been made public so far?",
    "If you'd rather not be quoted, I understand. I'd never ask you for internal documents; I'm mostly "
    "trying to explain the published timeline to readers.",
    "Our deadline is Thursday 5pm. A phone call is easiest: 0161 496 0732. Your press office has already "
    "said they're happy for you to speak.",
    "Thanks for the interview. Here's the quote I plan to use, so you can check accuracy. I won't change "
    "anything else.",
    "The story is live now, link below. I included your point about the supplier market, attributed to "
    "you as you agreed.",
    "We don't pay sources, I'm afraid, it's against our editorial code. But I'm grateful for your time.",
    "Podcast invitation: our weekly show would like you on to discuss the report, recorded in our studio, "
    "broadcast publicly.",
    "Correction: we mistakenly attributed a figure to you; it came from the annual report. We've fixed it "
    "online.",
])

ben("employee-reports", "employee_incident_report", "email", [
    "Reporting a LinkedIn approach: a 'headhunter' from an unnamed Asian firm offered me 800 USD to write "
    "a report on our yield numbers and asked to move to WhatsApp. I didn't reply. Screenshots attached.",
    "FYI security team, someone at the Vienna conference asked me a lot of questions about the next "
    "firmware release and offered to fly me to Shanghai to meet his 'client'. I said no and I'm logging it "
    "as required.",
    "I got a message saying my parents back home would face problems unless I reported on people at the "
    "cultural association. Is there someone I can talk to confidentially?",
    "My cousin got a job offer that came with a cheque and a request to buy gift cards for 'equipment'. I "
    "told her it's a scam, but forwarding here in case it's hitting our staff too.",
    "Suspicious InMail received: 'we pay in crypto, keep this between us, no need to tell your employer'. "
    "Blocked and reported. Let me know if you need the profile URL.",
    "Follow-up on my report from last week: the same person tried again from a new account, this time "
    "offering a paid 'white paper' for a think tank that has no website.",
    "Thanks for the quick response on my report. Good to know the 'consultant' had approached others "
    "too.",
    "Not sure if this is anything: a former colleague I hadn't heard from in years asked whether our "
    "board had approved next year's budget. Felt off, so flagging.",
])

ben("friends-chat", "friends_chat", "chat", [
    "pub quiz thurs? we need someone who knows football, none of us do",
    "Running late, save me a seat, the 38 bus is a disaster",
    "did you finish the book? no spoilers but OMG chapter 12",
    "happy bday mate!! drinks on me saturday",
    "lah the hawker centre near my office closed already, where to makan tomorrow?",
    "Can you return my drill when you get a chance, no rush",
    "ngl that movie was mid, the first one was better",
    "Hiking this weekend if the weather holds, Grouse Grind or something easier?",
    "lost my phone charger at yours I think, the white one",
], False)

ben("team-logistics", "work_logistics", "email", [
    "The 3rd floor meeting room is booked for the retro, 2-3pm. Bring snacks if you're feeling generous.",
    "Reminder: the office is closed Monday for the bank holiday.",
    "Can everyone update their tickets before stand-up tomorrow? The sprint board is out of date.",
    ("parking garage gate is broken again, use the side entrance", "chat"),
    "Please fill in the offsite dietary form by Wednesday so the caterer can plan.",
    "New coffee machine arrived! Instructions taped to the side, please descale weekly.",
    ("who has the HDMI adapter from room 4B", "chat"),
    "Fire drill at 11am on Tuesday. Please leave by the nearest exit and meet at the car park.",
    "Welcome Aisha to the data team! She starts Monday, say hi.",
], False)

ben("freelance-writing", "freelance_commission", "email", [
    "Thanks for joining the Quillbank freelance network. Our client for this brief is Solent Water, and "
    "they want a 1,200-word explainer on household water metering for their customer blog. Fee: 450 GBP. "
    "Your byline will appear.",
    "All briefs on Quillbank name the client, and all articles are published. If a brief ever asks you for "
    "non-public information about a previous employer, decline it and tell us.",
    "Payment for 'Smart meters explained' has been released to your bank account; invoice attached for "
    "your records.",
    "New brief from Harbourline Ferries: a published case study on their electric vessel trial, based on "
    "interviews they'll arrange with their engineers. 600 GBP.",
    "Editor's note on your draft: please add sources for the statistics, public ones only, and trim the "
    "intro.",
    "Market research invitation from the Pollwick Insights panel: 20-minute online survey on "
    "broadband providers, 10 GBP voucher. Responses are anonymous.",
    "Reminder: you can't take briefs from competitors of your day-job employer without telling us, per "
    "our conflicts policy.",
    "Your profile has been featured on the Quillbank homepage this week, congratulations!",
])

ben("india-defence-recruiter", "genuine_recruiter", "email", [
    "Greetings from Tejas Talent Solutions, Bengaluru. We are hiring for Aeronautical Design Engineers for "
    "our client Garuda Aerostructures Pvt Ltd, Hosur plant. Job code GA-DE-07. Kindly find the JD attached.",
    "Interview will be conducted at the Garuda office in Hosur or on MS Teams. No fees are charged at any "
    "stage by us or by the client.",
    "Please note the role involves defence programmes; the client will do police verification and may "
    "require a security clearance after joining, as per MoD norms.",
    "Kindly share your updated CV and notice period on this e-mail id only. Our office landline is "
    "on the company website for any queries.",
    "The panel has shortlisted you. Interview on Tuesday 11 am, venue details and contact person Mr. "
    "Suresh Iyer, HR Manager, are in the calendar invite.",
    "Regarding your query on WhatsApp: yes, you can message me there for scheduling, but please send "
    "documents only through the Garuda careers portal.",
    "Offer letter will be issued by Garuda HR directly. Relocation allowance as per company policy.",
    "Do not share any details of projects from your present employer during interviews; the panel is "
    "instructed not to ask.",
])

ben("singapore-recruiter-chat", "genuine_recruiter", "chat", [
    "Hi, Jasmine here from Lumen Talent (EA licence 19C0000). Saw your application for the Data Centre "
    "Facilities Manager role with Keppelstone Infra. Can call you later?",
    "Role is perm, based Jurong, salary 9-11k SGD depending. Client is Keppelstone, JD I send to your "
    "email.",
    "I call you at 3pm ok? My office line is in the email signature.",
    "Interview confirmed Monday 10am at Keppelstone office, bring your NRIC and certs. Their HR will email "
    "you.",
    "They like you leh! Second round with the regional director, on Zoom this time.",
    "Offer coming from Keppelstone HR directly. Any questions on notice period let me know.",
    "No no, we don't collect any fee from candidates, client pays us. Don't worry.",
    "Congrats ah, all the best in the new role! Keep in touch.",
])

ben("genuine-vc-scout", "genuine_investor_dd", "email", [
    "I'm a partner at Fenwick Ridge Ventures, a seed fund investing in climate hardware; our portfolio "
    "and LPs are on our website. We're doing diligence on a heat-pump start-up and would value an hour of "
    "your public-domain expertise. We pay a 250 GBP honorarium via invoice.",
    "To be clear, we're not asking about your employer, its customers or anything non-public. If a "
    "question strays there, please just say so.",
    "Our compliance team needs you to confirm you aren't subject to any restriction on advising investors.",
    "Thanks for the call. Invoice to accounts@fenwickridge.example.com, 30-day terms.",
    "We're hosting a public demo day in London in June; you're welcome to attend, tickets free.",
    "Would you join our scientific advisory board? The agreement, fee, and time commitment are attached; "
    "the role is listed publicly on our website.",
    "Apologies for the delay in payment, our new finance system. It will be paid by bank transfer this "
    "Friday.",
    "Quick note: the start-up has asked to contact you directly about a job. Happy to pass on your work "
    "e-mail if you agree.",
])

susp("chip-hr-inmail", "fake_big_tech_hr", "inmail", [
    ("contact", "credential_targeting", "o",
     "Dear Sir, I am HR of big technology company in chip design, we are looking senior engineer for AI "
     "accelerator team, your experience in verification very match. Salary is 2 times your current."),
    ("contact", "credential_targeting", "s",
     "Our team leader read your profile, he say you are best candidate. Can you tell which project you "
     "work now and how many person in your team?"),
    ("pivot", "off_platform", "o",
     "For interview we use WeChat video, more convenient for our director. Please add my ID, I send you "
     "on next message."),
    ("elicitation", "sensitive_info", "o",
     "Before the interview, director want to understand your level. Please share some design document "
     "from your current work, architecture diagram is enough. Only for assessment."),
    ("elicitation", "sensitive_info", "s",
     "Also he ask when your company will tape out the next chip and which process node. Just to know your "
     "involvement."),
    ("tasking", "paid_task", "o",
     "We pay 1,000 USD for technical test, you write short analysis about verification flow in your company "
     "compare with industry. Pay by PayPal or USDT as you like."),
    ("meeting", "client_meeting", "o",
     "Final interview in our Shenzhen office, we pay flight ticket and hotel. You can come on weekend, no "
     "need tell your company."),
    ("contact", "credential_targeting", "s",
     "Why you not reply? Position still open for you. Our offer is very good, many people want."),
    ("pivot", "off_platform", "s",
     "If LinkedIn not convenient, give me your phone number, I call you from my personal."),
])

susp("policy-advisory-long", "fake_consultancy_tasking", "email", [
    ("contact", "credential_targeting", "s",
     """I hope you don't mind a note out of the blue. I lead a small strategic advisory practice that helps
     long-term investors understand how public policy is made in Canada, and a mutual acquaintance at the
     Carleton alumni dinner mentioned that you had recently moved into the Privy Council Office after
     several years at Global Affairs.

     We are not lobbyists and we never ask anyone to advocate for anything. What our investors value is
     perspective: how people who have actually worked inside government think about the issues of the day,
     what kind of considerations weigh on a file, how long things really take. It is the sort of
     understanding you can't get from reading the newspaper.

     If you would be open to an occasional conversation, I would be delighted to buy you a coffee next time
     I'm in Ottawa. There is no obligation of any kind, and I would of course respect any limits your
     position places on you."""),
    ("tasking", "paid_task", "s",
     """Thank you for the lovely conversation on Tuesday. I took the liberty of writing up some of the themes
     you raised, and our investors found them extraordinarily helpful.

     As I mentioned, it is our practice to recognise people's time. Would you be comfortable if we arranged
     a modest honorarium for each conversation? Some of our contributors also prefer to put their thoughts
     in writing, a page or two whenever something interesting is happening, which we can compensate at a
     higher rate."""),
    ("elicitation", "sensitive_info", "s",
     """I wanted to follow up on something you said in passing, about the cabinet committee being divided on
     the critical minerals strategy. Our investors would be very interested in how that discussion is
     likely to resolve, and on what timetable, since it affects a number of their decisions.

     I understand you can't share documents, and I would never ask you to. But your sense of where the
     different ministers stand, and which options are still on the table, would be invaluable. Even a
     sentence or two would do."""),
    ("elicitation", "sensitive_info", "s",
     "One of our investors asked whether the memo to cabinet has gone forward yet, and whether the "
     "recommendation changed from the earlier version you mentioned. Anything you feel able to say."),
    ("tasking", "secrecy", "s",
     """A practical point. Given your position, I think it is wiser for both of us if our conversations stay
     informal and between ourselves. Your colleagues might not understand the nature of what we do, and
     I'd hate for a misunderstanding to complicate your career.

     For the same reason I'd suggest we use your personal e-mail rather than the government account. I've
     noted it down from your card."""),
    ("tasking", "unusual_payment", "o",
     "Regarding the honorarium, our investors are based overseas and their accounting is complicated. "
     "Would it suit you if it were paid to your partner's account, or alternatively in cash when we meet?"),
    ("meeting", "client_meeting", "o",
     """Our principal investor will be in Geneva in June and has asked whether you might join him for a
     quiet lunch. We would of course take care of your travel and accommodation; a weekend would do.

     He's a thoughtful man with a long interest in Canada, and I think you would enjoy the conversation.
     It might also be the start of something more substantial for you after government."""),
])

ben("inmail-genuine", "genuine_recruiter", "inmail", [
    "I'm a talent partner at Orrin Robotics, the warehouse automation company in Pittsburgh. We're hiring a "
    "Staff Controls Engineer (req 4471) and your PLC work caught my eye. Open to a quick call? My corporate "
    "e-mail is in my profile.",
    "Hi! I lead recruiting for the Canadian Space Agency contractor Borealis Orbital. We have a Flight "
    "Software Lead role in Montreal, posted on our site. Would you like me to send the full description to "
    "your e-mail?",
    "Reaching out from the Ministry of Defence's recruitment partner for digital roles. The Lead Data "
    "Engineer post (SC clearance required) is advertised on Civil Service Jobs, ref 334120. Happy to answer "
    "questions by phone.",
    "I'm with Pemberton Hale, an executive search firm. We're retained by a FTSE 250 water utility for a "
    "Chief Information Security Officer. I can name the client on a call once you confirm interest; the "
    "brief, salary band and process will all come from my firm's e-mail.",
    "Thanks for connecting. I'm building a team at Quorra AI, we're a public-benefit AI safety lab in "
    "London. No pressure at all, but if you're ever curious, our open roles are on the website and I'm "
    "happy to chat over Zoom.",
    "I'm a recruiter at Helix Grid, the battery storage developer. We're hiring a Grid Connections Manager "
    "in Glasgow. I'd love to send you the advert, and if it appeals, set up a Teams call with the hiring "
    "manager, Fiona Reid.",
    "Hello, I'm an in-house recruiter at Sanderling Telecom. The 5G Core Architect role is open again. We "
    "won't ask you about your current employer's network; the interview is a system design exercise on a "
    "made-up case.",
    """Hope you're well. I'm reaching out from Ravensworth Search, where I lead our aerospace practice. We're
    helping Calder Aerospace, the UK engine component maker, hire a Head of Manufacturing Engineering for
    their Derby site.

    The role leads a team of 60 across three shifts and reports to the Operations Director. Base salary is
    in the 120-140k range with a 20% bonus, car allowance and relocation support. The job description and
    an outline of the interview process are on Calder's careers site under reference CA-MFG-12.

    If you're interested, the next step would be a 30-minute phone call with me, then an interview with
    Calder's leadership at their Derby office. Calder pays travel expenses for on-site interviews in the
    usual way, through their travel agent. I can send everything in writing from my ravensworth.example.com
    address.""",
    "Following up once in case my last message got buried. If the timing isn't right, no problem, I'll "
    "leave it there.",
])

ben("language-exchange", "language_exchange", "chat", [
    "Thanks for today's session! Your Spanish is improving so fast. Same time next week?",
    "My job? I'm a nurse, night shifts mostly. What about you, still at the port authority?",
    "Haha I can't imagine doing customs work, all those forms. I'd get lost.",
    "My mum wants to visit from Guangzhou in spring, any tips for the visa? You went through it, right?",
    "Can we switch to WeChat for the voice notes? The app here compresses audio weirdly.",
    "I made dumplings, bring your flatmate on Saturday if she wants to practise Mandarin too.",
    "No work talk today please, I had the worst shift. Let's do the restaurant vocab.",
    "Happy Mid-Autumn! I'll bring mooncakes to class, don't tell the others, it's a surprise for the "
    "teacher.",
])

ben("consulate-and-parents", "family_chat", "chat", [
    "Dad, the passport office appointment is on the 12th, I'll do it in Toronto, don't worry.",
    "Your father wants you to come home this summer, just to rest. We will pay for the ticket, no "
    "arguing.",
    "Did the money arrive? I sent it through the bank this time, the fee was lower.",
    "Grandma asked again if you've found a girlfriend. I said you're busy with important work 🙄",
    "Keep the new flat a secret from your brother, he'll want to stay for a month 😂",
    "Your cousin got into university in Melbourne! She might call you for advice.",
    "We're fine here, the weather is hot. Call us on Sunday if you're free.",
    ("Long message from Mum, sorry. I know your job is demanding and that you can't tell us much about it, "
     "and that's fine, we're proud of you anyway. Just please sleep more, eat properly and think about "
     "coming home for New Year. Your aunt is making the fish you like.", "email"),
])

susp("insights-platform", "fake_market_intelligence", "email", [
    ("contact", "credential_targeting vague_client", "o",
     "We run a private insights platform connecting senior practitioners with decision-makers who need "
     "ground truth. One of our clients, a major player in the telecom equipment space whose name we keep "
     "confidential, is looking for your perspective on spectrum policy. Paid, flexible, remote."),
    ("tasking", "paid_task vague_client", "o",
     "The client would like answers to twelve questions, in writing, by next Friday. 150 USD per answer. "
     "No call required, and the client will never know who you are."),
    ("tasking", "paid_task vague_client", "s",
     "Your answers were excellent. The person we're helping has a second set of questions, more specific "
     "this time, and has doubled the budget."),
    ("elicitation", "sensitive_info vague_client", "o",
     "Question 4 in the new set asks about the regulator's internal position on the auction reserve price. "
     "The client understands you sit on the advisory panel. Please answer as fully as you can."),
    ("elicitation", "sensitive_info", "s",
     "Would you be able to say which operators met with the panel last month and what they pushed for? "
     "Impressions are enough."),
    ("tasking", "paid_task", "s",
     "Same arrangement as before for the next round. We've added a bonus if it arrives before the panel "
     "meets."),
    ("pivot", "off_platform", "s",
     "Our platform's messaging is being upgraded. Could we continue by phone for now? Send me a number "
     "that isn't your office one."),
    ("tasking", "secrecy vague_client", "o",
     "Our client asks that the engagement not be disclosed, including to the panel secretariat. This is "
     "standard in our industry."),
    ("meeting", "client_meeting vague_client", "o",
     "The client would like a video call with you, camera off on their side for privacy. Then, if it goes "
     "well, a visit to their offices in Hong Kong at their expense."),
])

ben("job-hunt-friends", "friends_job_hunt", "chat", [
    "omg a recruiter just asked me to move to WhatsApp, is that sketchy?? 😬",
    "depends, did they say which company? mine from Tarang Consultancy did that for scheduling and it was "
    "legit, everything else came by official email",
    "yeah it's Helix Grid, the job is on their website, same reference number. I called their switchboard "
    "and she's real",
    "nice! then fine. the dodgy ones never name the company and want you to pay for 'training'",
    "ok interview Tuesday on Teams 🙏 wish me luck",
    "got the offer!!! drinks friday, I'm paying",
    "btw my cousin got one of those 'rate hotels and earn' texts, told her to block it",
    "lol my uncle keeps asking me to come back home to Lagos and work for his company, tempting honestly",
    "whatever you do don't tell Femi about the party, it's a surprise",
])

# ---- families end ----


def rows():
    out = []
    counters = {1: 0, 0: 0}
    for f in FAMILIES:
        counters[f["label"]] += 1
        cls = "s" if f["label"] == 1 else "b"
        family = f"en5-{cls}-{counters[f['label']]:02d}-{f['slug']}"
        for i, m in enumerate(f["messages"], 1):
            if f["label"] == 1:
                stage, cats, sub, text, *reg = m
                categories = cats.split()
                subtlety = {"s": "subtle", "o": "overt"}[sub]
                lookalike = False
                label = 1
            else:
                if isinstance(m, tuple):
                    text, *reg = m
                else:
                    text, reg = m, []
                stage, categories, subtlety = "none", [], "overt"
                lookalike = bool(f["lookalike"])
                label = 0
            register = reg[0] if reg else f["register"]
            out.append({
                "id": f"{family}-{i:02d}",
                "text": "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())),
                "label": label,
                "family": family,
                "kind": f["kind"],
                "categories": categories,
                "stage": stage,
                "subtlety": subtlety,
                "register": register,
                "lookalike": lookalike,
                "lang": "en",
            })
    return out


def check(rs):
    ids = set()
    texts = set()
    for r in rs:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        assert r["text"] not in texts, r["id"]
        texts.add(r["text"])
        assert r["register"] in REGISTERS, r["id"]
        assert r["stage"] in STAGES, r["id"]
        assert set(r["categories"]) <= CATEGORIES, r["id"]
        if r["label"] == 1:
            assert r["categories"], r["id"]
        else:
            assert not r["categories"] and r["stage"] == "none", r["id"]
    fams = Counter(r["family"] for r in rs)
    for fname, n in fams.items():
        assert 6 <= n <= 15, (fname, n)


def summary(rs):
    s = [r for r in rs if r["label"] == 1]
    b = [r for r in rs if r["label"] == 0]
    print(f"rows {len(rs)}: suspicious {len(s)} in {len({r['family'] for r in s})} families, "
          f"benign {len(b)} in {len({r['family'] for r in b})} families")
    print("subtle", sum(r["subtlety"] == "subtle" for r in s), "of", len(s))
    print("stages", dict(Counter(r["stage"] for r in s).most_common()))
    print("categories", dict(Counter(c for r in s for c in r["categories"]).most_common()))
    print("lookalike", sum(r["lookalike"] for r in b), "of", len(b))
    print("registers susp", dict(Counter(r["register"] for r in s)),
          "benign", dict(Counter(r["register"] for r in b)))
    print("kinds", dict(Counter(r["kind"] for r in rs).most_common()))
    words = sorted(len(r["text"].split()) for r in rs)
    print("words min", words[0], "median", words[len(words) // 2], "max", words[-1])


def main(argv):
    rs = rows()
    check(rs)
    if "--check" not in argv:
        with OUT.open("w", encoding="utf-8", newline="\n") as fh:
            for r in rs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    summary(rs)


if __name__ == "__main__":
    main(sys.argv[1:])
