"""English training families from a sixteenth hand: talk about the threat, and the threat dressed as that talk.

Written by a sixteenth helper session (an AI assistant) in session 8, by hand, from the threat
description in DESIGN.md and the public warnings it cites (CSIS, MI5/NPSA "Think Before You Link", FBI)
only: blind to the rule packs, the rest of the training corpus, data/dev and the evaluation sets. The
screener was never run on the output. Every person, firm, institute, address and number is invented
(example domains, 555-01xx numbers); public bodies appear only as the source of a warning.

Run: ``.venv/bin/python data/corpus/raw/en_author16_source.py`` (rewrites ``en_author16.jsonl`` next to
it, byte-identical for the fixed SEED). Each family holds three templates written in their own words;
each template is filled PER_TEMPLATE = 3 times from POOLS with a shared opener and closer, duplicates
dropped.

Angle: messages that *talk about* the threat without being it, and the threat dressed as them.
Benign look-alikes: security-awareness bulletins, quizzes and briefings quoting the warning signs word for
word; employees forwarding a suspicious InMail to their security office (forwarded headers, quoted
text); the security office's replies; managers' reminders of the foreign-contact form; HR compliance and
onboarding notices; news digests of court cases; colleagues joking about a spammy headhunter; plus a
recruiter naming role and salary, expert networks with a compliance attestation, a paid public review
and a paid lecture, a conference paying a speaker's travel, a journalist on the record, consultants
invoicing a named client, a public tender, clearance adverts, payroll and bank notices, family chats
about going home and sending money. Suspicious: approaches that borrow that language ("I know there are
warnings about fake recruiters", "our compliance team has cleared this", a "research project" on
approaches that wants the internal handling process), follow-ups after the target logged the contact
("no need to loop the Security Office in on our coffee"), paid papers for an unnamed sponsor, hosted
visits abroad, a "background only" journalist, a fake new-joiner verification, diaspora coercion, job and
task scams. A suspicious family is "subtle" (SUBTLE below) when none of its rows matches TELLTALE (no app
name, client, fee, pay, confidential, internal, report, police, return ...): asserted at build time.

Counts (printed by running the file, and by
``.venv/bin/python -c "import json,collections as c; r=[json.loads(l) for l in
open('data/corpus/raw/en_author16.jsonl')]; print(c.Counter((x['label'],x['subtlety'],x['lookalike'])
for x in r))"``): 443 messages in 50 families. Suspicious 178 (40%) in 20 families: 11 subtle families
(98 messages), 9 overt (80). Benign 265 in 30 families: 27 look-alike families (238 messages), 3 plain
(27). Whitespace-separated words, 3-20 / 30-120 / 121-300: suspicious 61 / 63 / 54, benign 86 / 89 / 90
(no message has 21-29 words; asserted). Stages (label 1): elicitation 36, contact 24, pivot 21,
paid_task 21, job_scam 17, coercion 17, secrecy 15, meeting 15, payment 12.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from template_families import Families, build, write

SEED = 1620261122
PER_TEMPLATE = 3

POOLS: dict[str, list[str]] = {
    "name": ["Dana Whitlock", "Priya Raman", "Tomas Ekberg", "Grace Oyelaran", "Martin Cho",
             "Helen Varga", "Sam Okafor", "Lucy Brennan", "Ravi Menon", "Claire Dufresne"],
    "first": ["Jess", "Omar", "Mei", "Tom", "Aisha", "Ben", "Nadia", "Luke", "Wen", "Fergus"],
    "firm": ["Norrland Avionics", "Kestrel Photonics", "Halden Grid Systems", "Bluewater Semiconductor",
             "Corvid Telecom", "Ashgrove Defence Systems", "Tern Robotics"],
    "sector": ["radar", "satellite comms", "grid control systems", "chip packaging", "5G core networks",
               "drone autonomy", "battery chemistry"],
    "city": ["Singapore", "Dubai", "Istanbul", "Macau", "Bangkok", "Kuala Lumpur", "Hong Kong"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["09:14", "11:02", "13:47", "16:20", "18:05", "21:33", "07:58"],
    "secteam": ["Security Office", "Protective Security team", "Insider Risk team", "Security & Resilience team"],
    "program": ["Project Kittiwake", "the Harrier upgrade", "the Fenwick bid", "Programme Larch",
                "the Osprey refit", "the Tamar substation work"],
    "amt": ["$1,500", "$2,000", "£1,800", "€2,500", "$3,000"],
    "phone": ["555-0142", "555-0117", "555-0188", "555-0163", "555-0129"],
    "title": ["Talent Partner", "Senior Consultant", "Research Director", "Principal Advisor", "Associate Director"],
    "ref": ["FC-2291", "FC-3307", "FC-4120", "FC-5186", "FC-6034"],
    "month": ["March", "April", "May", "June", "September", "October"],
}

OPENERS = ["", "", "", "", "", "Hi,\n", "Hello,\n", "Hi again,\n", "Morning,\n"]
CLOSERS = ["", "", "", "", "", "\nThanks", "\nCheers", "\nBest", "\nThanks!"]

F = Families()

# --------------------------------------------------------------------------------------------
# Suspicious: short chat lines
# --------------------------------------------------------------------------------------------
F.add("en16-s-01-warning-aware-pivot", 1, "fake_recruiter", "chat", False, [
    ("pivot", "off_platform",
     "Everyone warns about recruiters moving you to WeChat, so just text {phone} instead 🙂"),
    ("pivot", "off_platform secrecy",
     "Not one of those WhatsApp scam guys lol. Telegram is safer anyway, I'm {first}_hr there. Keep it quiet"),
    ("pivot", "off_platform vague_client",
     "Yes I saw the LinkedIn warning too. My client prefers Signal, only for privacy. Add {phone}?"),
])
F.add("en16-s-02-coffee-after-report", 1, "handler_followup", "chat", False, [
    ("secrecy", "secrecy",
     "No need to loop the {secteam} in on our coffee, it's two engineers talking shop"),
    ("secrecy", "secrecy",
     "[{time}] {first}: maybe skip mentioning {day} to anyone at work? people get the wrong idea"),
    ("secrecy", "secrecy",
     "Saw they made you fill in a form about me 😅 let's just meet somewhere quieter next time"),
])
F.add("en16-s-03-what-hasnt-gone-out", 1, "handler_followup", "chat", False, [
    ("elicitation", "sensitive_info",
     "did {program} slip again? anything you've heard that hasn't gone out yet"),
    ("elicitation", "sensitive_info",
     "[{time}] {first}: what did the test rig numbers look like before they got tidied for the slides?"),
    ("elicitation", "sensitive_info",
     "Who's on the shortlist for {program}? I won't say where I heard it"),
])
F.add("en16-s-04-task-scam", 1, "task_scam", "chat", False, [
    ("job_scam", "job_scam unusual_payment",
     "Task 3 done ✅ To unlock level 2 commission, top up 100 USDT to the wallet I sent"),
    ("job_scam", "job_scam",
     "Hi {first}, part-time rating job, 30 mins a day, paid {amt} weekly. Interested? Reply Y"),
    ("job_scam", "job_scam unusual_payment",
     "Your account is frozen by the system. Deposit 250 to release your earnings, it is normal procedure"),
])
F.add("en16-s-05-come-home-for-a-chat", 1, "coercion", "chat", False, [
    ("coercion", "coercion",
     "They visited your mother again today. Best you came home for a talk soon."),
    ("coercion", "coercion",
     "[{time}] Uncle: the officer said your brother's job depends on you being sensible. call him."),
    ("coercion", "coercion",
     "Send names of who attends the Saturday meetings in {city}. Then your father rests easy."),
])
F.add("en16-s-06-another-number", 1, "fake_recruiter", "chat", False, [
    ("pivot", "off_platform",
     "This site keeps eating my messages. Is there a number I can reach you on outside work?"),
    ("pivot", "off_platform",
     "Could we carry on somewhere other than your work address? I'd rather not clog it up"),
    ("pivot", "off_platform secrecy",
     "Easier to chat on your own phone, {first}. Your company one probably gets looked at"),
])
F.add("en16-s-07-sisters-account", 1, "handler_followup", "chat", False, [
    ("payment", "unusual_payment",
     "Easier if it goes to your sister's account rather than yours. Just send me her details"),
    ("payment", "unusual_payment",
     "I'll bring the envelope on {day}. Nicer than a transfer with everyone's name on it"),
    ("payment", "unusual_payment",
     "We can put it through as your cousin's tutoring. Nothing shows up under your name then"),
])

# --------------------------------------------------------------------------------------------
# Suspicious: InMail / short e-mail
# --------------------------------------------------------------------------------------------
F.add("en16-s-08-transparent-recruiter", 1, "fake_recruiter", "inmail", False, [
    ("contact", "credential_targeting vague_client off_platform",
     "Hi {first}, I know there are warnings about fake recruiters, so let me be transparent from the start: "
     "I work for a private consultancy whose client is building a {sector} team in Asia. They value people "
     "with active clearance. LinkedIn is slow for me, so could we move to WhatsApp? I'm on {phone}. "
     "Thanks, {name}, {title}"),
    ("contact", "credential_targeting vague_client paid_task",
     "Hello {first}. Before you ask: yes I am real, and no I will not ask you for anything classified! "
     "My client only needs an experienced {sector} person with government clearance to write short "
     "industry notes, {amt} each, flexible hours. Happy to share more if you reply. {name}"),
    ("contact", "vague_client secrecy off_platform",
     "Dear {first}, I read the NPSA 'Think Before You Link' guidance myself, so I understand caution. "
     "That is why I prefer a private channel: send me your personal e-mail and I will explain the role. "
     "The client's name is under NDA for now, and there is no need to involve your employer at this stage. "
     "Regards, {name}"),
])
F.add("en16-s-09-compliance-cleared", 1, "handler_followup", "short_email", False, [
    ("elicitation", "sensitive_info off_platform secrecy",
     "Hi {first}, good news: our compliance team has reviewed this and cleared it, so you can send the "
     "draft of the {program} cost model to my personal address, {first}.notes@mail.example.net. No need to "
     "copy anyone at {firm}, it only slows things down. Thanks, {name}"),
    ("elicitation", "sensitive_info vague_client",
     "{first}, just so you're comfortable: our legal people checked and confirmed that internal planning "
     "slides are fine to share with the client as long as you strip the logos. Could you send the "
     "{month} roadmap deck by {day}? {name}, {title}"),
    ("paid_task", "paid_task sensitive_info secrecy",
     "Quick one. Our ethics officer has signed off on the paper, so the {amt} can go out as soon as you "
     "add the section on how {firm} is pricing {program}. Please keep the arrangement between us until "
     "it's paid. Best, {name}"),
])
F.add("en16-s-10-inside-view", 1, "fake_consultant", "inmail", False, [
    ("contact", "credential_targeting",
     "{first}, your talk on {sector} last spring stayed with me. The small group I advise is keen to "
     "understand how things look from the inside at {firm}: a few informal conversations over the coming "
     "months, and we would look after you well for your time. Would you be open to a first chat? {name}"),
    ("contact", "credential_targeting sensitive_info",
     "Hello {first}, people who hold the kind of access you do are rare in {sector}. The people I work "
     "with are not after anything published; they want a sense of where the programme is really heading "
     "and who is making the calls. An hour over lunch, at your convenience. Warmly, {name}"),
    ("contact", "credential_targeting",
     "Dear {first}, I am putting together a circle of senior engineers who have worked on government "
     "{sector} programmes. It is small, discreet and generous. The conversations go further than the "
     "conference circuit does. If that sounds interesting, tell me a good evening for a call. {name}, {title}"),
])
F.add("en16-s-11-hosted-visit", 1, "fake_think_tank", "inmail", False, [
    ("meeting", "client_meeting",
     "{first}, would you be in {city} in {month}? My colleagues would like to host you for two days: "
     "flights and hotel arranged on our side, a relaxed dinner, and a morning with the people who have "
     "been reading your work. Nothing formal. Let me know which dates suit. {name}"),
    ("meeting", "client_meeting",
     "Hello {first}, the people behind the questions I've been sending would very much like to meet you in "
     "person. They suggest {city}, any weekend that works, everything arranged. Just bring your thoughts "
     "on how {program} is going. Best, {name}"),
    ("meeting", "client_meeting secrecy",
     "Dear {first}, a short trip to {city} would let you meet my principals properly. You would travel as "
     "a tourist; there is no need to put it in any travel form. They will take care of the arrangements. "
     "Shall I hold the {month} dates? {name}"),
])
F.add("en16-s-12-how-decisions-get-made", 1, "fake_consultant", "short_email", False, [
    ("paid_task", "paid_task sensitive_info",
     "Hi {first}, could you write up a few pages on how procurement decisions actually get made at {firm}, "
     "the kind of thing that never makes it into the annual review? Names of who pushes which option would "
     "help. We will make it well worth the evening. {name}"),
    ("paid_task", "paid_task sensitive_info",
     "{first}, for the next piece we would love your take on the {program} schedule as it stands in the "
     "planning meetings, not as announced. Two pages is plenty. The same arrangement as before, of course. "
     "Thanks, {name}"),
    ("elicitation", "sensitive_info",
     "Dear {first}, your overview was useful. The people I work with were hoping for more about what "
     "hasn't been made public yet: the test dates, the suppliers still in the running and anything said "
     "about budget after the {month} review. Whenever you get a moment. {name}, {title}"),
])
F.add("en16-s-13-network-with-a-twist", 1, "fake_expert_network", "inmail", False, [
    ("payment", "paid_task vague_client unusual_payment secrecy",
     "Hi {first}, like any expert network we have a compliance attestation for you to sign. The only "
     "difference is that our client is private, so we pay in USDT rather than by bank, and you don't need "
     "to disclose the consultation to your employer. {amt} per hour. {name}, {title}"),
    ("paid_task", "paid_task vague_client sensitive_info",
     "{first}, thanks for accepting. The attestation says no confidential information, and that's standard "
     "wording, but honestly the client is paying {amt} for the hour because they want colour on {firm}'s "
     "unannounced contracts. Whatever you feel comfortable with. {name}"),
    ("pivot", "paid_task off_platform vague_client",
     "Dear {first}, our platform is in maintenance, so the consultation will run on Telegram this time. "
     "The client is a fund in {city} interested in {sector}. Fee {amt}, paid to a card of your choice. "
     "Add @{first}_experts_desk. Regards, {name}"),
])
F.add("en16-s-14-equipment-cheque", 1, "job_scam", "short_email", False, [
    ("job_scam", "job_scam unusual_payment",
     "Congratulations {first}, you have been selected for the Remote HR Assistant role. We will mail a "
     "cheque for {amt}; buy your laptop from our approved vendor and send back the difference by gift cards. "
     "Reply from your personal e-mail. HR Department"),
    ("job_scam", "job_scam off_platform",
     "Dear applicant, your interview for Data Entry Clerk will be held by text chat on Telegram with our "
     "hiring manager. Please have your ID and bank card ready. Starting salary {amt}/week. Regards, {name}"),
    ("job_scam", "job_scam unusual_payment",
     "Hi {first}, to finish onboarding, pay the 85 dollar background-check deposit in Bitcoin to the "
     "address attached. It is refunded with your first salary. Security is our priority! {name}, Recruitment"),
])

# --------------------------------------------------------------------------------------------
# Suspicious: longer e-mails with signatures, quoted replies or forwarded headers
# --------------------------------------------------------------------------------------------
F.add("en16-s-15-awareness-research-cover", 1, "fake_consultant", "long_email", False, [
    ("paid_task", "paid_task sensitive_info off_platform",
     """Dear {first},

I lead a small research project on how engineers in strategic industries respond to approaches from
foreign recruiters. You may have seen the CSIS and FBI warnings; our work builds on them, and we hope
to publish a practitioner guide next year.

We are interviewing people in {sector} and would value ninety minutes of your time. Participants
receive {amt} for the interview and a short written follow-up. To make the guide realistic, we ask
each participant to describe how their own organisation handles such contacts internally: who is told,
what forms exist, which programmes the security team considers most exposed, and which colleagues have
been approached recently.

Because the topic is sensitive, we run interviews over Proton Mail rather than corporate e-mail.
Please write to {first}.study@proton.example.org and we will send the consent sheet.

With thanks,
{name}
{title}, Resilient Workforce Study
"""),
    ("elicitation", "sensitive_info paid_task secrecy",
     """Hi {first},

Thanks again for the interview last week; your account of the approach you received was one of the
most useful we have.

For the second part of the study we would like to look at how the {secteam} at {firm} decides which
projects need extra protection. If you can share the current list of programmes on the enhanced
watch list, and the internal guidance that goes with it, we can compare it with what other firms do.
It stays anonymous in the published guide.

Please don't run this through your security colleagues: the study only works if we see the picture as
staff see it, not as the policy team would like it to look. The second honorarium of {amt} will go out
as soon as the material arrives.

Kind regards,
{name}
{title}
Resilient Workforce Study

> On {day}, {first} wrote:
> Happy to help with part two if it's similar to the first.
"""),
    ("contact", "credential_targeting vague_client paid_task off_platform",
     """Hello {first},

I'll be upfront, because I know the Think Before You Link campaign tells you to be suspicious of
messages like this one. I am a security consultant; my firm advises a client that wants to
understand how cleared engineers are targeted, so that it can train its own staff better.

We are paying {amt} per short report to people who hold or have held a government clearance and work
in {sector}. The reports describe your own experience: what approaches looked like, what they asked
for, and what your employer's current procedures are. Nothing classified, obviously.

If you are interested, the simplest route is WhatsApp on {phone}, as my work inbox is heavily filtered.
I can send a sample report so you can see the level of detail.

Best regards,
{name}
{title}
Meridian Assurance Partners
"""),
])
F.add("en16-s-16-after-you-mentioned-me", 1, "handler_followup", "long_email", False, [
    ("secrecy", "secrecy sensitive_info",
     """{first},

I gather you mentioned our chats to someone at work. Completely understandable: they make everyone do
that now, and I would probably have done the same in your place. It doesn't change anything for me.

Let's just keep the next one simple. Same place as before, {day} after six, only the two of us. I
won't bring my colleague this time, I know that made it feel more formal than it is.

What I'd most like to hear about is the bit you started to tell me last time: how the test results
were received upstairs before the announcement, and whether the second site is still going ahead.
If you could jot down the dates on a piece of paper rather than in an e-mail, that would be easiest
for both of us.

Take care, and thanks for trusting me.
{name}
"""),
    ("secrecy", "secrecy",
     """Hi {first},

Sorry for the silence; I heard from a mutual friend that you'd been asked some questions at work about
the people you meet outside. I hope it wasn't unpleasant.

I want to make sure you are comfortable. There is nothing wrong with two people in the same field
having dinner, and there is no need to go back and add anything to whatever you told them. If they ask
again, I'm an old contact from the trade show, which is true.

I'll be around again in {month}. Maybe we can go somewhere away from the usual places near your office
this time; I know a quiet restaurant across town. I'll bring the book I promised, and the photos from the harbour walk.

Warmly,
{name}

-----
Sent from my phone, please excuse brevity
"""),
    ("elicitation", "sensitive_info secrecy",
     """{first},

Thanks for your note. I understand the new rule means you have to write down every outside contact.
Perhaps it would be simpler if our conversations weren't the kind anyone needs to write down: a walk,
a coffee, nothing on the calendar.

On the subject we touched on: I'm still trying to understand how the team divided the work on
{program} after the reorganisation. Who is leading the integration now, and did the date for the
field trials move? You mentioned a disagreement between the two site leads, and that is exactly the
kind of human detail the people I speak with find valuable.

No rush at all. Whenever it's natural.
{name}

On {day}, {first} wrote:
> Just so you know, we've been asked to log any meetings with people from outside the company.
> Nothing personal, it's the new policy.
"""),
])
F.add("en16-s-17-foundation-white-paper", 1, "fake_think_tank", "long_email", False, [
    ("paid_task", "paid_task vague_client client_meeting",
     """Dear {first},

The Lanternfield Foundation for Technology Dialogue invites you to contribute a white paper to our
{month} series on {sector}. The series is funded by a partner institution that prefers not to be
named at this stage; its researchers read every paper closely and often invite the authors to a
closed round table.

The fee is {amt} for a paper of around 3,000 words. We are particularly keen on perspectives that go
beyond what is already in the public literature: where your organisation sees its weaknesses, what
the next funding round is likely to prioritise, and which partners are being considered.

Authors of the most useful papers are invited to present them in {city}, with flights, hotel and a
daily allowance covered by the partner.

Sincerely,
{name}
{title}, Lanternfield Foundation
papers@lanternfield.example.org
"""),
    ("meeting", "client_meeting vague_client secrecy",
     """Dear {first},

Thank you for the excellent paper. Our sponsor was very impressed and would like to meet you in person
in {city} in {month}. They will cover business-class flights, five nights at a good hotel and an
additional honorarium of {amt} for your time.

The visit is informal: dinner, a half-day discussion with two of their specialists, and some
sightseeing. Given the sensitivity of the subject matter, we suggest you describe the trip to
your employer as a personal holiday; the foundation does not list its sponsor's guests publicly.

Could you send us a scan of your passport so that the hotel can be booked? We will also need your preferred
departure airport and any dietary requirements for the dinner.

With warm regards,
{name}
{title}
Lanternfield Foundation for Technology Dialogue
"""),
    ("paid_task", "paid_task vague_client sensitive_info",
     """Hello {first},

Following up on your draft. The sponsor's readers found the historical section very good but felt the
second half stays a little too close to what {firm} has already published.

Could you revise it to cover:
- the internal timeline for {program}, as the team is working to it now;
- any issues with suppliers that have not been disclosed;
- your sense of which senior staff are likely to move on.

We'll increase the fee to {amt} for the revised version, and the sponsor has asked whether you'd be
willing to do a second paper on the same basis. Please send the revision to this address only, and not through the submissions portal, which other
staff at the foundation can see. We would need it within three weeks.

Best,
{name}
Editorial Office, Lanternfield Foundation
"""),
])
F.add("en16-s-18-background-only-journalist", 1, "fake_journalist", "long_email", False, [
    ("elicitation", "sensitive_info",
     """Hi {first},

I'm writing a long feature on the {sector} industry and your name came up twice as someone who really
understands how {firm} works. I won't quote you or name you; this is purely background, to help me get
the story right.

What I'm missing is the part nobody will say on the record: how far behind the test campaign really is,
what the board was told in {month}, and which of the overseas partners has been quietly dropped. Even a
rough sense of the numbers would help me avoid getting it wrong.

Happy to meet somewhere away from your office, or to talk in the evening on your own phone if that's
easier. I protect my sources, always.

Best,
{name}
Freelance correspondent
"""),
    ("elicitation", "sensitive_info",
     """{first},

Thanks for the call yesterday, that was really helpful context. Just to follow up on the two things you
said you might be able to check:

1. the revised delivery dates for {program} that the programme board agreed last week;
2. whether the second supplier is still in the running after the audit.

I know neither has been announced, which is exactly why it would make the piece. As before, nothing
will be traced to you; I'll describe it as coming from "people familiar with the matter". If it's easier
to write the dates down and give them to me when we next meet, that's fine too.

Thanks again,
{name}

> On {day}, {first} wrote:
> I can't promise anything but I'll see what's on the shared drive.
"""),
    ("meeting", "sensitive_info client_meeting",
     """Dear {first},

I run a small newsletter for people who follow {sector} closely; our readers are mostly investors and
analysts who want to be a few weeks ahead of the announcements.

I'd love to take you to dinner when I'm next in town. An editor I work with would join us; she's
travelling from {city} and would be glad to arrange a visit there for you later in the year, if you
ever fancy giving a private briefing to a few of our readers.

What interests us is the period before things become official: how decisions form, who argues for what,
the figures people are working with before they are polished. Your perspective from inside {firm}
would be unique.

Let me know which evening suits.

{name}
Editor
"""),
])
F.add("en16-s-19-liaison-office-letter", 1, "coercion", "long_email", False, [
    ("coercion", "coercion secrecy",
     """Dear {first},

I am writing on behalf of the overseas community liaison office in {city}. Your family has been very
cooperative, and your mother asked us to pass on her wish that you visit this summer.

We are aware that you have been attending events of an organisation that our authorities consider
harmful. We would like to give you the chance to clarify this in person. It would also help resolve the
difficulties with your father's pension and your brother's business licence, which are currently under
review.

Please contact the liaison officer on {phone} within two weeks. There is no need to discuss this letter
with your employer or with the police where you live; it is a family matter and they will not understand
it. Your cooperation will be noted.

Respectfully,
Community Liaison Office
"""),
    ("coercion", "coercion",
     """{first},

This is your cousin. I'm sorry to write like this. Two men came to the house again on {day}. They were
polite but they stayed a long time, and they asked Mum for your address and the names of the friends you
go to the association with.

They say if you come back for a short visit and talk to them, everything will be fine, and your father
can keep his job at the depot. They also said it would help if you told them who organises the
gatherings over there and who gives money.

Mum is not sleeping. Please call her, and please don't post anything online about this. They look.
They showed her printouts of things you shared last year. I don't know what else to tell you.

Your cousin
"""),
    ("coercion", "coercion off_platform",
     """Dear compatriot {first},

Our office assists citizens abroad with documents and family matters. Your passport renewal cannot be
completed until you attend an interview with our staff. The interview can be done at our service point
in {city} or by video on WeChat, account liaison_desk_{first}.

During the interview you will be asked about your activities abroad and the people you associate with.
Full cooperation is expected. Relatives at home have already been informed of this requirement and are
waiting to hear that you have made contact.

If you do not respond within 10 days, your file will be passed to the local police at your registered
address at home. Your parents will be asked to explain your absence, and their travel permits may be
suspended until the matter is resolved.

Service Point for Overseas Citizens
"""),
])
F.add("en16-s-20-new-joiner-verification", 1, "fake_recruiter", "long_email", False, [
    ("elicitation", "credential_targeting sensitive_info",
     """Hi {first},

Welcome aboard, and congratulations on the offer! Before your start date we run a short verification
step for everyone joining a role that touches government work.

Please reply with:
- a scan of your passport and your current building badge (both sides);
- the level and expiry date of your clearance, and the sponsoring department;
- the names of the programmes you worked on at {firm} in the last two years, and the colleagues you
  worked with most closely, so we can check for conflicts.

A plain list is fine. The sooner we have it, the sooner the team can get your laptop ready. You can
send photos from your phone if a scanner isn't handy; nobody expects perfect copies at this stage.

Kind regards,
{name}
{title}
People Operations
"""),
    ("elicitation", "credential_targeting sensitive_info",
     """Dear {first},

Thank you for the call on {day}. As discussed, the hiring panel would like a short written example of
your work before the final interview. Most candidates pick something recent.

Ideally, describe the architecture of the {sector} system you look after now: the main components, how
it is connected to the rest of the site, and any known weaknesses the team is still working on. Diagrams
are welcome, photos of a whiteboard are fine. It doesn't need to be polished, and nobody outside the panel
will see it.

We hope to make a decision by the end of {month}. If you have material from an earlier project that
shows the same thinking, feel free to include it as well; the more concrete, the better.

Best wishes,
{name}
{title}
Talent Acquisition
"""),
    ("contact", "credential_targeting",
     """Hello {first},

I came across your profile while building a shortlist for a senior {sector} role. I'm not able to name
the organisation yet, but it is well funded, growing fast, and especially interested in people who have
held a government clearance and worked close to test and evaluation.

To see whether it's a fit, could you tell me a little more than what is on your profile? Specifically,
which programmes you've supported, who your main counterparts are on the government side, and how long
your current access runs. Nothing formal; a few lines back will do and I'll take it from there.

I'll also be at the {month} trade show if it's easier to chat in person.

Regards,
{name}
{title}
"""),
])

# --------------------------------------------------------------------------------------------
# Benign: short chat lines
# --------------------------------------------------------------------------------------------
F.add("en16-b-01-spammy-headhunter-joke", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "lol another 'recruiter' wants me on WhatsApp for a 'client'. forwarded to security"),
    ("none", "",
     "[{time}] {first}: the guy offering {amt} per white paper is back. third time. reported again 🙄"),
    ("none", "",
     "Bingo card: unnamed client ✔ Telegram ✔ trip to {city} ✔. forwarding to security"),
])
F.add("en16-b-02-board-slides-draft", 0, "coworker_channel", "chat", True, [
    ("none", "",
     "can you send me the draft of the board slides before {day}? internal version is fine"),
    ("none", "",
     "[{time}] {first}: moving this to Teams, the {program} numbers shouldn't sit in WhatsApp"),
    ("none", "",
     "Pls don't forward the confidential budget tab outside the team yet, finance still checking"),
])
F.add("en16-b-03-family-visit-home", 0, "family_chat", "chat", True, [
    ("none", "",
     "[{time}] Mum: Dad's check-up went fine. When are you coming home? Everyone asks 😊"),
    ("none", "",
     "Sent the red envelope on WeChat for cousin's wedding, don't tell Grandma how much"),
    ("none", "",
     "[{time}] Auntie: your passport is expiring, renew before the trip home in {month}!"),
])
F.add("en16-b-04-foreign-contact-form-nudge", 0, "security_awareness", "chat", True, [
    ("none", "",
     "Reminder: going to {city} for the expo? File the foreign-contact form ({ref}) before you fly"),
    ("none", "",
     "[{time}] {first}: if anyone at the booth asks for your personal email, note it for the form"),
    ("none", "",
     "Met someone interesting abroad? Log it on the travel debrief form, takes 5 min"),
])
F.add("en16-b-05-quiz-answers", 0, "security_awareness", "chat", True, [
    ("none", "",
     "Quiz Q3: 'recruiter asks you to move to WeChat, keep it between you' → B, report it"),
    ("none", "",
     "Q5: payment for a report for an unnamed client = red flag. Did you get it?"),
    ("none", "",
     "[{time}] {first}: got 9/10 on the insider-risk quiz, missed the crypto payment one lol"),
])
F.add("en16-b-06-briefing-announcement", 0, "security_awareness", "chat", True, [
    ("none", "",
     "Briefing {day} 2pm, room 4: fake recruiters, paid reports, trips abroad. Bring questions"),
    ("none", "",
     "[{time}] {first}: the Think Before You Link session is full, added a second slot {day}"),
    ("none", "",
     "Anyone want the slides from the 'approaches on LinkedIn' talk? DM me on Slack"),
])
F.add("en16-b-07-money-to-relatives", 0, "family_chat", "chat", True, [
    ("none", "",
     "Sent ¥2000 to Auntie for Grandma's hospital bill via Alipay. Tell me when it lands"),
    ("none", "",
     "[{time}] Bro: can you cover half the flights home for Dad's 70th? I'll Venmo you back"),
    ("none", "",
     "Wired Mum the money for the roof through the bank, keep it between us, Dad will argue"),
])
F.add("en16-b-08-lunch-and-football", 0, "ordinary_chat", "chat", False, [
    ("none", "",
     "[{time}] {first}: lunch at the noodle place {day}? my treat"),
    ("none", "",
     "{first} did you see that penalty last night?? robbed"),
    ("none", "",
     "Running 10 min late for the {day} call, start without me"),
])
F.add("en16-b-09-network-call-confirm", 0, "expert_network", "chat", True, [
    ("none", "",
     "Confirming your 1-hour call with Larkspur Insights {day} 3pm. Please share nothing confidential"),
    ("none", "",
     "[{time}] Larkspur: client is a {sector} investor. Fee {amt} after you sign the attestation"),
    ("none", "",
     "Reminder: your Larkspur call is today. Public information only, compliance is on the line"),
])
F.add("en16-b-10-public-tender-chat", 0, "procurement_notice", "chat", True, [
    ("none", "",
     "Tender for {program} closes {day} noon. Clarifications are public on the portal"),
    ("none", "",
     "[{time}] {first}: bid team, blackout starts now. no chats with the buyer outside the portal"),
    ("none", "",
     "Did procurement publish the Q&A for {program}? client asked about the deadline"),
])

# --------------------------------------------------------------------------------------------
# Benign: InMail / short e-mail
# --------------------------------------------------------------------------------------------
F.add("en16-b-11-forwarding-odd-inmail", 0, "security_report", "short_email", True, [
    ("none", "",
     "Hi {secteam}, forwarding an InMail I got this morning. A 'consultant' says his client pays {amt} per "
     "report on {sector} trends, wants me on WhatsApp and says there is no need to tell my employer. "
     "I haven't replied. Screenshot attached. {first}, {firm}"),
    ("none", "",
     "Hello, I think this one is for you. Someone claiming to be from a think tank in {city} invited me to "
     "a fully paid trip to present my work, then asked which programmes I'm on. Profile was created last "
     "month, no mutual connections. Not engaging. {name}"),
    ("none", "",
     "{secteam} - flagging a message sent to my personal Gmail. Sender wants a 'white paper' on our "
     "{program} schedule for an unnamed client, payment in crypto. I've blocked the address and kept a "
     "copy. Tell me if you need the headers. Thanks, {first}"),
])
F.add("en16-b-12-bulletin-warning-signs", 0, "security_awareness", "short_email", True, [
    ("none", "",
     "Security bulletin: be wary if a recruiter you do not know asks you to move to WeChat, Telegram or "
     "your personal e-mail, offers payment for reports for an unnamed client, or invites you abroad with "
     "travel paid. Never move to WeChat with a recruiter you do not know. Report it via the {secteam} page."),
    ("none", "",
     "This month's reminder from the {secteam}: approaches often start with flattery and a vague client, "
     "then ask you to keep it between you and them. Nobody legitimate needs you to hide a job offer from "
     "your employer. Forward anything odd to us; you will never get in trouble for asking."),
    ("none", "",
     "Three signs worth remembering, from the NPSA guidance: a fee for writing about your work for "
     "someone who won't say who they are; questions that drift to internal or upcoming matters; and a "
     "request for secrecy. If you see two of them, talk to the {secteam} before replying."),
])
F.add("en16-b-13-hr-compliance-notice", 0, "hr_notice", "short_email", True, [
    ("none", "",
     "HR compliance reminder: outside paid work, including paid surveys and expert-network calls, must be "
     "declared on the conflicts register before you accept. Gifts and hospitality over {amt} need "
     "approval. Questions to hr-compliance@{firm}.example.com."),
    ("none", "",
     "Dear colleagues, under the updated Code of Conduct, all travel abroad for conferences must be "
     "approved in advance and any contact with foreign officials logged on form {ref}. This is routine and "
     "protects you as well as the company. Thank you, HR Compliance"),
    ("none", "",
     "Hi {first}, your annual declaration is due by {day}. Please confirm any secondary employment, "
     "directorships, paid speaking and payments from foreign entities. A nil return is fine if nothing "
     "applies. Regards, {name}, HR"),
])
F.add("en16-b-14-recruiter-named-role", 0, "genuine_recruiter", "inmail", True, [
    ("none", "",
     "Hi {first}, I'm {name}, {title} at {firm}. We're hiring a Senior {sector} Engineer in Leeds, "
     "salary £78-90k plus bonus, SC clearance needed. Would you send a CV or book a 20-minute call? "
     "If WhatsApp is easier for scheduling, I'm on {phone}, but everything formal goes through our portal."),
    ("none", "",
     "Hello {first}, {firm} has a Principal {sector} Lead role open (US$160-185k, hybrid, Secret clearance "
     "preferred). Happy to share the full job description by e-mail. If you're interested, my work e-mail is "
     "talent@{first}.example.com and I can set up a call with the hiring manager. {name}"),
    ("none", "",
     "{first}, thanks for the quick reply! I've sent the calendar invite for {day}. Feel free to text "
     "{phone} if you're running late. The offer process, references and ID checks all go through "
     "the {firm} careers portal, never through chat. {name}, {title}"),
])
F.add("en16-b-15-journalist-on-record", 0, "journalist_interview", "short_email", True, [
    ("none", "",
     "Dear {first}, I'm a reporter at the Northern Ledger writing about the government's announced {sector} "
     "programme. Would you comment on the record about what it means for suppliers like {firm}? I'll send "
     "quotes back for checking. Our press office cc'd. {name}"),
    ("none", "",
     "Hi {first}, following yesterday's public announcement on {program}, could I interview you for "
     "15 minutes, on the record, about the skills shortage in {sector}? Nothing about contracts or "
     "internal matters. Deadline {day}. {name}, Trade Weekly"),
    ("none", "",
     "{first}, thanks for clearing it with your comms team. Confirming: the interview is on the record, "
     "attributed by name and title, about publicly announced work only. I'll call your desk phone at "
     "11. {name}"),
])
F.add("en16-b-16-onboarding-id-portal", 0, "hr_onboarding", "short_email", True, [
    ("none", "",
     "Welcome to {firm}, {first}! Before day one, upload your passport and proof of address to the "
     "onboarding portal (link in your offer letter). Please do not e-mail ID documents to anyone, "
     "including me. {name}, People Team"),
    ("none", "",
     "Hi {first}, your security vetting form is ready in the portal. Vetting staff will never ask you "
     "to send documents over WhatsApp or to a personal address. Complete it by {day}. {name}"),
    ("none", "",
     "{first}, reminder to bring your original ID to the first-day check. Bank details for payroll go "
     "into the HR system yourself; nobody from payroll will ask for them by phone. See you {day}! {name}"),
])
F.add("en16-b-17-clearance-job-ad", 0, "cleared_job_ad", "inmail", True, [
    ("none", "",
     "{firm} is hiring: {sector} Systems Engineer, Bristol, £65-75k. Active SC required, DV-eligible. "
     "Work on classified programmes in a secure facility with a friendly team of twelve. Apply via our careers site, ref {ref}, or ask questions at our open evening."),
    ("none", "",
     "Now hiring: Test Engineer, {sector}, TS/SCI with polygraph required. Salary $140-165k, relocation "
     "paid. US citizens only. Full benefits and a 9/80 schedule. Apply on the {firm} careers page; no agencies, and no offers are made by chat or text."),
    ("none", "",
     "Cleared roles at {firm}: Secret clearance, {sector} integration, travel up to 20% to partner sites "
     "abroad, expenses paid through our travel system. Interviews on site in two stages. Apply online, questions to our recruiting team by e-mail."),
])
F.add("en16-b-18-payroll-never-ask", 0, "payroll_notice", "short_email", True, [
    ("none", "",
     "Payroll notice: your {month} salary and expense reimbursement for the {city} trip will be paid on "
     "the 28th. We never ask for payment in gift cards or crypto, and never change bank details by e-mail."),
    ("none", "",
     "Dear {first}, your honorarium of {amt} for the guest lecture has been paid to the account on file. "
     "If you did not expect this payment, contact Finance on {phone}. University Finance Office"),
    ("none", "",
     "Fraud alert from your bank: criminals pose as employers and ask for a deposit before hiring. "
     "We will never ask you to move money to a 'safe account'. Call the number on your card."),
])
F.add("en16-b-19-room-booking", 0, "work_email", "short_email", False, [
    ("none", "",
     "Hi all, I've booked the big meeting room for {day} 10-12 for the quarterly planning session. "
     "Coffee and pastries will be there. Please bring your team's priorities list for next quarter, one slide each, and any open risks. {first}"),
    ("none", "",
     "{first}, the printer on floor 3 is jammed again. I've logged a ticket with facilities, but use the "
     "one by the kitchen meanwhile. Also, leaving drinks for {name} are {day} at five in the Crown, all welcome, first round is on the team."),
    ("none", "",
     "Quick note: the car park is closed {day} for resurfacing. The council lot on Mill Street is "
     "free with your staff pass, and there is a shuttle every twenty minutes from 7am. Thanks for your patience. Facilities"),
])
F.add("en16-b-20-conference-speaker-travel", 0, "conference_invite", "inmail", True, [
    ("none", "",
     "Dear {first}, on behalf of the programme committee of the International {sector} Symposium in "
     "{city}, we invite you to give a 30-minute talk on your published work. We cover economy flights, "
     "three hotel nights and registration. Slides will be posted publicly. {name}, Chair"),
    ("none", "",
     "Hi {first}, confirming your keynote in {city} on {day} 12 {month}. Our travel desk will book your "
     "flights; please send your preferred times. Your employer's approval letter is needed for our "
     "records. {name}, Conference Secretariat"),
    ("none", "",
     "{first}, thank you for speaking! Please submit receipts through the reimbursement form within 30 "
     "days; we reimburse by bank transfer only. Recordings of all public sessions are online. {name}"),
])

# --------------------------------------------------------------------------------------------
# Benign: longer e-mails with signatures, quoted replies or forwarded headers
# --------------------------------------------------------------------------------------------
F.add("en16-b-21-news-digest-court-cases", 0, "news_article", "long_email", True, [
    ("none", "",
     """Weekly security digest, {month}

1. Court sentences former analyst over fake consulting work. Prosecutors said the defendant was first
contacted on a professional networking site by a man posing as a recruiter for a consultancy. The
conversation moved to WeChat within days. He was paid for "reports" on policy topics for an unnamed
client, then asked for non-public material and invited abroad with travel paid. He did not tell his
employer.

2. Guilty plea in a fake-consultancy case. A man admitted setting up a sham consulting firm and
advertising jobs to collect CVs from people with security clearances, passing them to intelligence
officers who paid him.

3. Job scam warning. Police report a rise in "task" scams: victims are paid small sums for rating
products, then asked to top up in crypto to unlock larger earnings.

What to take from it: the pattern is the same every time. If any of it sounds familiar, talk to the
{secteam}.

Compiled by {name}, {secteam}
"""),
    ("none", "",
     """From the news this week (summaries, links in the intranet version)

Engineer charged after selling test data. According to the indictment, the engineer at a {sector}
supplier met a "consultant" at a trade show in {city}. Over several months he was asked for increasingly
internal material: first public brochures, then draft schedules, then test results. Payments were made in
cash and to a relative's bank account. The consultant told him to keep it confidential and not to mention
it to the security office.

Diaspora coercion case. Prosecutors described an overseas "service station" whose staff pressured
residents to return home, threatened their families and demanded that they report on community members.

Our take: none of these started with anything that looked like espionage. They started with flattery,
money for easy work and a move to a private channel.

{name}
Editor, Threat Awareness Digest
"""),
    ("none", "",
     """Subject: Lunch-and-learn reading: three cases in one page

Hi team,

For {day}'s lunch-and-learn, here are the three cases we'll discuss. Please skim before you come.

- The think-tank case: a researcher was invited to write paid papers for a "foundation" whose sponsor
  was never named; the fee grew as the questions moved from public policy to internal deliberations.
- The headhunter case: a cleared engineer was approached for a role in {city}, asked to move to
  Telegram and to send a "writing sample" describing the systems he worked on.
- The family case: a student abroad was told that her parents' jobs depended on her coming home and
  naming the organisers of a protest.

Questions for discussion: at which point would you have noticed? Who would you have told?

Sandwiches provided. Vegetarian options on the left.

{name}
{title}, Training & Awareness
"""),
])
F.add("en16-b-22-bulletin-long", 0, "security_awareness", "long_email", True, [
    ("none", "",
     """Subject: Think Before You Link: what an approach looks like

Dear colleagues,

Online approaches to staff in {sector} have increased this year. Most are ordinary recruitment. Some
are not. The warning signs, word for word from the national guidance:

- a recruiter or consultant you do not know asks you to move to WeChat, WhatsApp, Telegram or your
  personal e-mail early on;
- you are offered payment for a report or white paper for an unnamed client;
- questions drift towards internal, upcoming or non-public information ("nothing classified, just what's
  discussed internally");
- you are invited to meet the client abroad with travel and hotel paid;
- you are asked to keep it secret, or told there is no need to tell your employer;
- payment is offered in cash, crypto, gift cards or to a relative's account.

None of these alone proves anything. Genuine recruiters also use phones and WhatsApp. What matters is
the combination. If in doubt, forward the message to the {secteam}; we reply within a working day.

{name}
Head of Protective Security, {firm}
"""),
    ("none", "",
     """Quarterly insider-risk quiz: answers and explanations

Thanks to the 412 people who took part. Here are the answers.

Q1. A recruiter you have never met offers {amt} per report and asks you to continue on Telegram. Correct
answer: C, forward it to the {secteam}. Paid reports for a vague client plus a move off the platform is
the classic pattern.

Q2. An expert network names itself, names the client's industry, pays for a one-hour call and asks you to
sign that you will share no confidential information. Correct answer: A, this is normal, but declare it
on the conflicts register first.

Q3. A "journalist" says your comments will be background only and asks about unannounced contract
dates. Correct answer: B, decline and tell the press office.

Q4. Your mother asks you on WeChat to send money for your cousin's wedding. Correct answer: A, no action
needed. Family chat on WeChat is not a warning sign on its own.

Well done to the Finance team, who scored highest.

{name}
{secteam}
"""),
    ("none", "",
     """Subject: New guidance on overseas travel and approaches

All staff,

Before you travel to {city} or anywhere abroad for work, please read the updated guidance. The short
version:

Before you go: file the pre-travel form ({ref}), take the loan laptop, not your own, and leave
anything you don't need at home.

While you're there: if someone you've just met offers to pay for "consulting", invites you to a private
dinner with their "client", or asks about upcoming programmes, be polite, don't commit, and make a note.
Hotel business centres and free Wi-Fi are not places for work documents.

When you're back: complete the debrief within five working days, including any contact that felt odd,
even if nothing came of it. No one gets into trouble for reporting a contact. People do get into trouble
for hiding one.

Questions to the {secteam}.

{name}
{title}, Security & Travel Risk
"""),
])
F.add("en16-b-23-forward-to-security", 0, "security_report", "long_email", True, [
    ("none", "",
     """Hi {secteam},

Forwarding the message below. I've had three like it this month. He says his client is a "strategic
consultancy" that pays {amt} per short report on {sector}, and in the second message he asked me to move
to WhatsApp because "LinkedIn is monitored". I have not replied and won't. I'm logging it on the
foreign-contact form as well (ref {ref}).

Thanks,
{first}

---------- Forwarded message ---------
From: {name} <{first}.talent@mail.example.net>
Date: {day}
Subject: Opportunity for a {sector} expert

Dear {first}, your profile is impressive. My client, a consultancy in {city}, needs experts to write
short reports on industry trends. {amt} each, paid quickly. There is no need to mention it to your
employer, it is just private consulting. Please add me on WhatsApp, {phone}.
"""),
    ("none", "",
     """Hello,

I'd like to report a contact, as the briefing told us to. At the {month} trade show in {city} a man who
said he worked for a "research foundation" took my card. Since then he has e-mailed twice, first to
invite me to give a paid talk, with flights and hotel covered, then to ask whether I could bring "a few
slides on where {program} is heading, not the public version".

I told him I can only talk about published work and that I'd need my manager's approval for any travel.
He hasn't replied. I've saved both e-mails and can forward them with headers.

I'm not sure whether this is worth your time, but the second question made me uncomfortable.

Best regards,
{name}
Senior Engineer, {firm}
Desk: {phone}
"""),
    ("none", "",
     """{secteam},

Quick one for your files. A "headhunter" on LinkedIn with 11 connections, a stock photo and no company
page sent me the message pasted below. The role has no employer name and no location, the salary is
three times the market, and the second line asks whether I still hold my clearance. When I asked for the
company name, he said it was confidential and suggested we continue on Signal.

I've blocked him. Pasting the text so you can warn others if it's a campaign:

> Hello {first}, I have a discreet opportunity with a well-funded client. They are interested
> in cleared professionals in {sector}. Remuneration is very attractive. Are you still cleared?
> Let's talk somewhere more private.

Cheers,
{name}
{title}
"""),
])
F.add("en16-b-24-manager-form-reminder", 0, "manager_reminder", "long_email", True, [
    ("none", "",
     """Subject: Before the {city} trade show

Team,

A few of us are heading to {city} next month for the {sector} expo. Please, before you book anything:

1. File the foreign-contact and travel form (it's ref {ref} on the intranet). It takes five minutes.
2. Take the loaner laptops, not your work machines. IT has six ready.
3. If anyone at the show offers to pay you for a "report", a "consultation" or a private presentation to
   their client, take their card, say you'll think about it, and tell me or the {secteam} when you're back.
4. Don't take draft material for {program}. Only the public brochure and the approved deck.

This isn't because anyone has done anything wrong. Last year two people from another site were
approached at the same event, and both did exactly the right thing by reporting it.

Expenses: hotel and flights go through the travel portal as usual; per diems are paid with your next
salary.

Thanks,
{name}
Engineering Manager, {firm}
"""),
    ("none", "",
     """Hi all,

Gentle reminder from me, since the {secteam} audit is next month. Our team is behind on two things:

First, annual declarations. Anyone who does paid outside work (lecturing, expert-network calls, reviewing
for journals, paid surveys) must declare it, even if it's small. Not declaring is the problem, not the
work itself.

Second, foreign-contact logs. If you've had contact with someone from a foreign government, a
foreign-state-owned company, or anyone who asked about our programmes and made you uneasy, it goes on the
form. That includes people met at conferences and online. Family contacts don't need logging unless
someone asks you about work.

I'll block out half an hour on {day} so we can all do it together, with coffee.

Thanks for keeping this boring,
{name}
Team Lead, {sector}
"""),
    ("none", "",
     """{first},

Thanks for telling me about the dinner invitation from the visiting delegation. You did the right thing.
Please put it on the foreign-contact form today (reference {ref}), with the names on their cards and what
they asked. From what you describe, the questions about our supplier list and the {program} schedule
are exactly the sort of thing the {secteam} wants to see.

You're welcome to go to the public session on {day}. For the dinner, I'd suggest declining politely.
If you do go, go with {name} and keep to published material.

Nothing here is a criticism. The form exists so that none of us has to judge these things alone.

Best,
{name}
Programme Manager

> On {day}, {first} wrote:
> One of the visitors asked if I'd join them for dinner and said they'd like to hear more about our
> supply chain. Is that OK?
"""),
])
F.add("en16-b-25-expert-network-attestation", 0, "expert_network", "long_email", True, [
    ("none", "",
     """Dear {first},

I'm {name}, a research manager at Larkspur Insights, an expert network. One of our clients, an
investment firm researching the {sector} market, would like a one-hour phone consultation about publicly
available market trends: customer demand, pricing pressure and the competitive landscape.

The fee is {amt} for the hour, paid by bank transfer within 30 days.

Before the call we ask you to complete our compliance attestation, which confirms that:
- you will not share confidential or material non-public information about your current or former
  employers;
- you are permitted by your employer to take part in paid consultations;
- you will not discuss any government programme you work on.

If your employer's policy requires approval, please obtain it first; we can send a letter describing the
engagement. You can decline any question.

Kind regards,
{name}
Research Manager, Larkspur Insights
compliance@larkspur.example.com
"""),
    ("none", "",
     """Hi {first},

Thanks for signing the attestation. A few practical points before {day}'s call:

- The client is a European asset manager looking at {sector} suppliers. They will introduce themselves
  at the start; their compliance officer may listen in.
- Please stick to public information and your general industry experience. If a question touches
  anything confidential, non-public, or about your employer's internal plans, just say you can't discuss
  it. The client has been briefed on the same rules.
- The call is recorded for compliance and the recording is kept for 90 days.
- Payment of {amt} goes to the bank account in your profile. We don't pay in crypto, gift cards or to
  third parties.

If anything in the call makes you uncomfortable, end it and tell us; we take it seriously.

Best,
{name}
Larkspur Insights

> On {month} 3, {first} wrote:
> Attestation signed. My manager approved it in writing.
"""),
    ("none", "",
     """Dear {first},

Thank you for your application to join the Corbel Expert Network. Before we can place you on any
project, we need to confirm a few things, as required by our compliance policy.

1. Current employer and role. We do not place people on projects about their current employer.
2. Any government employment or security clearance in the last two years. Where relevant, we will
   exclude projects touching those programmes.
3. Your employer's policy on outside paid work. Many employers require prior approval.

Consultations are paid at a rate you set (most experts in {sector} choose between {amt} and double
that), by bank transfer. Clients are named by industry and region before every call, and you can always
decline. Everything discussed must be public or your own professional opinion.

Please complete the form in the expert portal. If you have questions, call me on {phone}.

Best regards,
{name}
Expert Onboarding, Corbel Expert Network
"""),
])
F.add("en16-b-26-paid-public-review", 0, "think_tank_commission", "long_email", True, [
    ("none", "",
     """Dear {first},

The Brackenridge Institute for Public Policy is preparing a report on {sector} supply-chain resilience,
to be published in {month}. We would like to invite you to act as one of three external reviewers.

The review concerns the draft only, which is based on public sources; we are not asking for any
information from your employer. Reviewers are named in the acknowledgements (you may opt out) and
receive an honorarium of {amt}. We would also be glad to invite you to the public launch in London,
with rail travel and one hotel night reimbursed against receipts.

If your employer requires approval for external work, we are happy to write to them. The draft is
around 40 pages; comments would be needed within four weeks.

With best wishes,
{name}
{title}, Brackenridge Institute
"""),
    ("none", "",
     """Dear {first},

On behalf of the Department of Engineering at Harrowgate University, I'd like to invite you to give
this year's Pellow Lecture on {sector}. The lecture is public, recorded and posted online, and is
usually followed by a dinner with faculty and students.

We offer a fee of {amt}, economy return travel and two nights' accommodation, booked by our events
office. If you are a public servant or your employer does not allow fees, we can instead make a
donation to a charity of your choice, or simply cover travel.

The audience is mixed: students, alumni and people from local industry. We'd suggest a talk based on
your published work; nothing needs to be new.

Possible dates are in {month}. Please let me know if any suit.

Warm regards,
{name}
Head of Department
"""),
    ("none", "",
     """Hi {first},

Great to hear you can write the policy paper for our {sector} series. Here is the formal commission:

Title: working title "Skills, standards and security in {sector}"
Length: 5,000-6,000 words
Fee: {amt}, paid by bank transfer on delivery of the final draft, invoice to our finance office
Publication: on our website under your name, with the usual disclaimer that views are your own
Review: one round of editorial comments from our research team, plus an external referee

We only want public information and your own analysis. Please don't include anything from your
employer that isn't published; if in doubt, leave it out or ask your comms team.

There is a launch event in Brussels; we will reimburse travel within our expenses policy.

Contract attached for signature.

Best,
{name}
{title}, Westmarch Policy Forum
"""),
])
F.add("en16-b-27-consultant-invoice", 0, "consulting_engagement", "long_email", True, [
    ("none", "",
     """Hi {first},

Please find attached invoice INV-2291 for the {month} work on the Dunmore Water network assessment,
as agreed in the statement of work signed with Dunmore Water Ltd.

Summary:
- 6 days on site in Dunmore, reviewing the control-system documentation provided by your team;
- 2 days writing the assessment report, delivered on {day};
- travel and hotel, at cost, receipts attached.

Total: {amt} plus VAT. Payment terms 30 days, to the business account on the invoice. Please note our
bank details have not changed; if you ever receive a message saying they have, call me on {phone} before
paying anything.

All working papers are stored on your SharePoint, as required by the NDA, and I've deleted my local
copies. Let me know if your finance team needs a PO number added.

Best regards,
{name}
Principal Consultant, Fenwick & Rowe Engineering Advisory
"""),
    ("none", "",
     """Dear {name},

Following our call, I'm confirming the terms of the subcontract for the Corvid Telecom network
resilience review:

- End client: Corvid Telecom plc (named in the head contract, ref {ref}).
- Scope: review of published standards compliance and the test plans Corvid provides under NDA.
- Rate: {amt} per day, invoiced monthly, paid to your limited company's account.
- Confidentiality: all Corvid material stays on their systems; we'll issue you a client laptop.
- Travel: to Corvid's Manchester site only, expensed under our policy.

Please confirm you have no conflict of interest and that your current employer, if any, permits this
work. Corvid's vetting team will also run a basic identity check before site access is granted. I'll send the subcontract for signature once you reply.

Thanks,
{first}
Delivery Lead, Altamont Consulting
"""),
    ("none", "",
     """Hi {first},

Quick update for your records. Our client, Halden Grid Systems, has approved the second phase of the
substation monitoring study, so I'll be invoicing against PO 44102 from next month.

Three things:
1. Halden's security team asked that all meetings about the study take place on their Teams tenant,
   not ours, and that no documents leave their SharePoint. I've agreed.
2. They'll pay our travel to the Tamar site at cost; I'll include receipts with each invoice.
3. They have asked me not to mention the project publicly until their announcement on {day}; that's in
   the NDA and is normal for them.

Invoice for phase one ({amt}) went out last week. Let me know if Finance needs anything else.

Best,
{name}
{title}
"""),
])
F.add("en16-b-28-security-office-reply", 0, "security_awareness", "long_email", True, [
    ("none", "",
     """Hi {first},

Thank you for forwarding the InMail and for filling in the contact form. You did exactly what we ask.

We've looked at the profile. It was created recently, uses a photo found elsewhere online, and has sent
near-identical messages to at least four other people in {sector} this month, all offering {amt} per
report for an unnamed client and all asking to move to WhatsApp. We've reported it to the platform and
shared the details with the relevant authorities.

There is nothing more you need to do. Please don't reply to him. If he contacts you again on another
channel, including your personal phone, just forward it to us.

Best regards,
{name}
{secteam}

> On {day}, {first} wrote:
> Not sure if this is anything, but this recruiter has messaged me twice and now wants to
> talk on WhatsApp. Forwarding just in case.
"""),
    ("none", "",
     """Dear {first},

Thank you for coming to see us about the approach from the "research foundation". We appreciate how
uncomfortable it can be to talk about this, particularly as the invitation was flattering.

Our advice:
- Don't accept the trip to {city}. If you'd like to keep the contact for professional reasons, tell
  them your employer requires all invitations through the official channel, and copy us.
- Don't send any further material, even public slides, until we've spoken again.
- Keep a note of any new contact, including calls to your personal phone.

You are not in any trouble; you've done the right thing, and early. We'll follow up on {day}. If you
feel pressured before then, call the duty officer on the number in the staff directory.

Kind regards,
{name}
{title}, {secteam}
"""),
    ("none", "",
     """Hello {first},

Following up on your report from last week about your family. First, we're sorry you're dealing with
this; it sounds frightening.

What you described (officials visiting your parents, pressure on you to go back, and requests for the
names of people in your community association) fits a pattern that several national agencies have
warned about. You are not obliged to do any of it, and you have done nothing wrong by telling us.

With your agreement, we'd like to put you in touch with our employee assistance line and, if you wish,
with the police contact point for this kind of intimidation. Nothing will be shared without your
consent.

In the meantime, please don't travel on the passport issue until we've spoken, and keep any messages
you receive.

With care,
{name}
{secteam}
Direct line: {phone}
"""),
])
F.add("en16-b-29-trainer-briefing-long", 0, "security_awareness", "long_email", True, [
    ("none", "",
     """Subject: Briefing on {day}: recruitment approaches and how to spot them

Hi everyone,

I'm running a 45-minute briefing on {day} at 2pm in the main auditorium (also on Teams). It's aimed at
anyone in {sector}, but all are welcome.

We'll cover:
- how fake recruiters and "consultants" find people (LinkedIn, conferences, alumni groups);
- the pivot: "let's continue on WeChat / WhatsApp / Telegram" or "send me your personal e-mail";
- the paid report for an unnamed client, and how the questions drift to internal and upcoming work;
- invitations abroad with travel paid, and requests to keep it secret from your employer;
- what happens when you report something (short answer: we thank you).

There'll be real-looking examples and a short quiz with a prize. Bring your questions; nothing you ask
will be held against you.

{name}
{title}, Security Awareness Programme
"""),
    ("none", "",
     """Hi {first},

Thanks for booking your team onto the awareness session. A few details:

Date: {day}, 10:00-11:30, training room B
Trainer: {name}, {secteam}
Format: 30 minutes of examples, 30 minutes of role play, 30 minutes of questions

In the role play, one person plays a friendly headhunter who wants to "talk somewhere more private", offers
{amt} for a short paper for his client, and asks what's coming up on {program}. The others practise
saying no politely and noting the details for the contact form.

Please let me know if anyone needs adjustments, for example a seat near the door or a copy of the
slides in large print. Coffee and pastries provided; I'll bring the quiz
sheets. Feedback forms go round at the end and help us improve the course.

Best,
{name}
Learning & Development
"""),
    ("none", "",
     """Subject: Slides and recording: "Think Before You Link" session

Dear colleagues,

Thank you to the 80 people who joined yesterday. The slides and recording are on the intranet under
Security > Awareness.

Three points people asked about:

1. "Is it always suspicious when a recruiter asks to move to WhatsApp?" No. Genuine recruiters do it
   for scheduling. What matters is what comes next: vague clients, payment for reports, questions about
   non-public work, secrecy.
2. "What if my family messages me on WeChat about money?" That's family life. The warning sign is
   someone using your family to get at your work, or to make you go back home.
3. "Will I get in trouble if I already replied?" No. Tell us now and we'll help.

Next session: {month}, for the {city} office.

{name}
{title}, {secteam}
"""),
])
F.add("en16-b-30-office-newsletter", 0, "work_email", "long_email", False, [
    ("none", "",
     """Subject: Site newsletter, {month}

Hello everyone,

Here's what's happening on site this month.

New starters: please welcome {name}, who joins the test team, and {first}, our new apprentice in the
workshop. Say hello if you see them in the canteen.

Canteen: the new menu starts on {day}, with a hot vegetarian option every day and curry on Fridays. The
salad bar moves next to the window.

Car park: the east car park is being resurfaced from the 14th for two weeks. Please use the overflow lot
and allow a few extra minutes.

Charity: the bake sale raised 412 pounds for the children's hospice. Thank you to everyone who baked,
bought or both.

Sports: the five-a-side league restarts next month. Teams of six, mixed, sign-up sheet outside reception.

That's all for now. Send ideas for next month's newsletter to the comms team.

Comms Team
"""),
    ("none", "",
     """Hi {first},

Following today's planning meeting, here are the actions as I noted them:

- {name}: update the test schedule with the new delivery dates from the supplier and circulate by {day}.
- {first}: book the environmental chamber for the second week of {month}.
- Me: chase facilities about the air conditioning in lab 2, which is still tripping in the afternoons.
- Everyone: review the draft test procedure and send comments on the shared document by the end of next
  week.

We agreed to move the weekly stand-up to 9:30 so it no longer clashes with the supplier call. I'll update
the invite.

One more thing: the lab will be closed on the bank holiday, and the cleaners are coming on the Tuesday
after, so please clear your benches on the Friday before.

Thanks, and let me know if I've missed anything.

{name}
Test Lead
"""),
    ("none", "",
     """Dear all,

A reminder about this year's staff survey, which closes on {day}. It takes about ten minutes, and the
results really do change things: last year's survey led to the flexible Friday policy and the new bike
shelter.

The survey is anonymous. Results are reported only for groups of ten or more people, and managers see
team summaries, not individual answers.

Topics this year: workload, training opportunities, the new office layout, and how well we communicate
changes. There is also a free-text box at the end; please use it.

If you have trouble accessing the survey, contact the HR helpdesk on extension 4410. Paper copies are
available at reception for colleagues without a computer at work, with a sealed box for returns.

Thank you for taking part.

{name}
{title}, People & Culture
"""),
])

# Suspicious families with no stock word: the intent shows only in what is asked.
SUBTLE = {
    "en16-s-02-coffee-after-report", "en16-s-03-what-hasnt-gone-out", "en16-s-05-come-home-for-a-chat",
    "en16-s-06-another-number", "en16-s-07-sisters-account", "en16-s-10-inside-view",
    "en16-s-11-hosted-visit", "en16-s-12-how-decisions-get-made", "en16-s-16-after-you-mentioned-me",
    "en16-s-18-background-only-journalist", "en16-s-20-new-joiner-verification",
}
TELLTALE = re.compile(
    r"whats\s*app|wechat|telegram|signal|gmail|proton|\bvx\b|\bwx\b|weixin|@|[$£€¥]|client|\bfees?\b"
    r"|\bpa(y|id|ying|yment)s?\b|\bcash\b|crypto|bitcoin|\bmoney\b|reward|honorarium|stipend|gift card"
    r"|deposit|cheque|confidential|secret|classified|between us|internal|non-public|report|police"
    r"|\breturn|don'?t tell|your employer",
    re.IGNORECASE,
)


def words(text: str) -> int:
    return len(text.split())


def band(n: int) -> str:
    return "3-20" if n <= 20 else "30-120" if n <= 120 else "121-300"


def main() -> None:
    rows = build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE)
    for row in rows:
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
            hit = TELLTALE.search(str(row["text"]))
            assert hit is None, (row["id"], hit.group(0) if hit else "")
        n = words(str(row["text"]))
        assert 3 <= n <= 300 and not 20 < n < 30, (row["id"], n)
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"] for r in rows}) == len(rows)
    write(rows, Path(__file__).resolve().parent / "en_author16.jsonl")
    for label in (1, 0):
        spread: dict[str, int] = {}
        for r in rows:
            if r["label"] == label:
                spread[band(words(str(r["text"])))] = spread.get(band(words(str(r["text"]))), 0) + 1
        print(label, {k: spread.get(k, 0) for k in ("3-20", "30-120", "121-300")})


if __name__ == "__main__":
    main()
