"""Build ``en_blind5.jsonl``: the fifth blind English evaluation set.

Every message below is written out by hand, in full. Nothing is generated from templates or slots;
the script only checks the records, shuffles them with a fixed seed and numbers them.

Held-out data: measured once by the lead, never used to tune rules, weights, thresholds or models.
Rebuild with ``.venv/bin/python data/eval/build_en_blind5.py`` (byte-identical output).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

# The ten categories, aliased to two letters so that each record below stays short.
CATEGORY_NAMES = (
    "credential_targeting off_platform paid_task vague_client sensitive_info"
    " client_meeting secrecy unusual_payment coercion job_scam"
).split()
CT, OP, PT, VC, SI, CM, SE, UP, CO, JS = CATEGORY_NAMES
CATEGORIES = frozenset(CATEGORY_NAMES)
STAGES = frozenset(("contact", "pivot", "paid_task", "elicitation", "meeting"))
# Four steps outside the library's own stage list.
STAGES |= {"secrecy", "payment", "coercion", "job_scam"}

# Stock words a "subtle" suspicious message must not contain: app names and handles, mail words,
# client, fee and payment words, secrecy words, "internal", "report", "police", "return".
TELLTALE = re.compile(
    r"\b(?:whatsapp|wechat|weixin|telegram|signal|gmail|proton|qq\.com|163\.com|vx|wx|clients?|fees?"
    r"|pay|paid|payments?|cash|crypto|bitcoin|btc|usdt|money|rewards?|rewarded|honorari(?:um|a)"
    r"|gift ?cards?|confidential|secret|classified|between us|internal(?:ly)?|non-public|reports?"
    r"|deposit|cheque|police|return|don't tell|your employer|stipend|compensat\w*)\b|[@$£€]",
    re.IGNORECASE,
)

OUT = Path(__file__).with_name("en_blind5.jsonl")
SEED = 5_2026_1122
Record = dict[str, object]
RECORDS: list[Record] = []
FIELDS = ("text", "label", "kind", "lookalike", "categories", "stage", "subtlety")


def sus(text: str, kind: str, categories: list[str], stage: str, subtlety: str) -> None:
    """Add one suspicious message (label 1); the text loses only its framing newlines."""
    values = (text.strip("\n"), 1, kind, False, categories, stage, subtlety)
    RECORDS.append(dict(zip(FIELDS, values, strict=True)))


def ben(text: str, kind: str, lookalike: bool = True) -> None:
    """Add one benign message (label 0): no categories, no stage, no subtlety."""
    values = (text.strip("\n"), 0, kind, lookalike, [], "none", "none")
    RECORDS.append(dict(zip(FIELDS, values, strict=True)))


# ---------------------------------------------------------------------------------------------
# Suspicious: contact
# ---------------------------------------------------------------------------------------------

sus(
    """
Subject: Senior avionics role - discreet search

Dear Ms. Okafor,

I lead a retained search for a client in the aerospace sector who would rather not be named at this
stage. Your work on the Kestrel avionics integration, together with your current DV clearance, makes you
a rare fit. The package is well above market and the first step is only an informal conversation.

To save time, could you send a CV that lists each programme you've supported and the clearance level
attached to it?

Kind regards,
Julian Marchetti
Principal, Ashgrove Talent Partners
julian.marchetti@ashgrove-talent.example.com
""",
    "fake_headhunter",
    [CT, VC],
    "contact",
    "overt",
)

sus(
    """
Dr. Lindqvist, we noticed from the public staff directory that you're the reliability lead for the
eastern district's control systems at Northgate Water. Our institute hosts a handful of visiting
engineers each year for a three-month residency, with flights and housing arranged. Would you be open to
a short call so we can understand which systems you look after day to day?
""",
    "fake_visiting_scholar",
    [CT, CM],
    "contact",
    "subtle",
)

sus(
    "Hi Priya, saw you're SC cleared at a defence prime. Confidential role, double salary. Interested?",
    "fake_recruiter",
    [CT, VC],
    "contact",
    "overt",
)

sus(
    """
Dear Mr. Haddad,

I am a research fellow at the Meridian Dialogue Forum, an independent platform that connects policy
practitioners in Europe and Asia. Given your years on defence procurement files at Treasury Board, our
members would value your perspective a great deal. We offer honoraria for short commentaries (800-1,200
words).

LinkedIn is not ideal for longer exchanges; could we continue by personal email? Mine is
meridian.lin.forum@example.net.

With respect,
Lin Qiao
""",
    "fake_think_tank",
    [CT, PT, OP],
    "contact",
    "overt",
)

sus(
    """
You're the one with the TS clearance on the Halcyon sonar upgrade, right? Some people I know would
very much like to meet you.
""",
    "fake_consultant",
    [CT, CM],
    "contact",
    "subtle",
)

sus(
    """
Subject: Advisory seat - Vantor Silicon

Hi Deepa,

We're a small fund backing edge-AI silicon, and your name keeps coming up as the person who actually
makes Vantor's tape-outs work. We would like to offer you a personal advisory seat with us: USD 8,000 a
month for roughly four hours of calls. To be clear, this is with you, not with Vantor's founders, so
please keep it between us for now.

Could you do a call on Sunday?

Regards,
Marcus Bell
Sable Rock Capital (HK) Ltd
""",
    "fake_investor",
    [CT, PT, SE],
    "contact",
    "overt",
)

sus(
    """
Hi Tomás! Fellow Glenmore College '09 here. I'm pulling together a small circle of alumni who ended up in
telecoms policy in Ottawa. Informal dinners, no agenda, good wine. A friend who's visiting from abroad
would especially like to meet people from the spectrum auction side of the house. Are you free Thursday?
""",
    "fake_alumni",
    [CT, CM],
    "contact",
    "subtle",
)

sus(
    "Hello sir, recruiter for overseas defence consultancy. Clearance holders only. Very good pay. Reply?",
    "fake_recruiter",
    [CT, PT],
    "contact",
    "overt",
)

sus(
    """
Hi Grace - I came across your remarks at the Ottawa energy security panel last month. I'm assembling a
small advisory bench for a client, an Asian infrastructure group that is studying Canadian
transmission. People who have sat on the system operator's side of the table are exactly who we need.
Would you have 20 minutes next week?
""",
    "fake_consultant",
    [CT, VC],
    "contact",
    "overt",
)

sus(
    """
Great meeting you at the DSEI stand, Owen! As I mentioned, my firm consults for a client with a keen
interest in your actuator programme, and they reward expertise generously. Could you send me a personal
email? Your corporate filter keeps bouncing my messages.
""",
    "fake_trade_contact",
    [CT, VC, OP, PT],
    "contact",
    "overt",
)

sus(
    """
Subject: Part-time Policy Advisor (remote) - Asia-Pacific government affairs

Good afternoon,

We are recruiting on behalf of a client's Asia-Pacific government affairs practice for a part-time
Policy Advisor (8-10 hours a week, fully remote, very competitive day rate). The ideal candidate
currently works in a Member's office or on a committee secretariat and follows the defence and
foreign-investment files closely.

Because our client's interest is commercially sensitive, we ask that you not discuss this opportunity
with your current office while the process is under way.

Best regards,
Fiona Keane
Talent Lead | Crestmoor Advisory
+44 20 7946 0158
""",
    "fake_recruiter",
    [CT, VC, SE],
    "contact",
    "overt",
)

sus(
    "Saw your name on the committee staff list. Do you ever take outside work?",
    "fake_consultant",
    [CT],
    "contact",
    "subtle",
)

sus(
    """
Ambassador, a mutual friend from your Beijing years suggested I write. A few of us meet every quarter
to hear from people who have seen how decisions really get made in Ottawa. Lunch is always somewhere
quiet. Would you join us in May?
""",
    "fake_policy_circle",
    [CT, CM],
    "contact",
    "subtle",
)

# ---------------------------------------------------------------------------------------------
# Suspicious: pivot
# ---------------------------------------------------------------------------------------------

sus(
    "LinkedIn keeps logging me out. Add me on WeChat? ID jadeharbor_71",
    "handler_followup",
    [OP],
    "pivot",
    "overt",
)

sus(
    "Easier on your own phone, not the work one. Text me: 555-0143.",
    "handler_followup",
    [OP],
    "pivot",
    "subtle",
)

sus(
    "Find me on the paper plane app, same name plus 88.",
    "obfuscated_pivot",
    [OP],
    "pivot",
    "subtle",
)

sus(
    "pls add me W-h-a-t-s-A-p-p +44 7700 900412 , messages here get flagged by ur IT",
    "obfuscated_pivot",
    [OP],
    "pivot",
    "overt",
)

sus(
    """
Subject: Re: Technical advisory - next steps

Hi Daniel,

Thanks for the quick reply. Our compliance people prefer that we continue outside corporate systems for
now, so please write to h.wexford.advisory@gmail.example.com from a personal address and I'll share the
brief there.

Henry Wexford
Wexford & Lyle Strategic

> On Tue, Daniel Osei wrote:
> Happy to hear more about the advisory work. What would it involve?
""",
    "fake_consultant",
    [OP, SE],
    "pivot",
    "overt",
)

sus(
    """
Thanks for accepting my request! We're an expert network, but our platform is still in beta, so we do
all scheduling over Signal for the moment. What's your number?
""",
    "fake_expert_network",
    [OP],
    "pivot",
    "overt",
)

sus(
    """
[09:14] Lena Voss: Sorry to keep moving you around! My laptop is being repaired, could you reply to the gmail address on the card I gave you at the fair instead of this one?
[09:15] Lena Voss: And maybe not from your office account, their filter ate my last one.
""",
    "fake_trade_contact",
    [OP],
    "pivot",
    "overt",
)

sus(
    "Can we move this to Telegram? Faster and more private. @silverkite_hr",
    "fake_recruiter",
    [OP],
    "pivot",
    "overt",
)

sus(
    """
I'd rather not go through the switchboard for this. Is there a number that's just yours? Evenings are
best for me.
""",
    "handler_followup",
    [OP],
    "pivot",
    "subtle",
)

sus(
    """
Dear Dr Nakamura,

Thank you again for agreeing to contribute to the volume. For speed, our director prefers WhatsApp for
the drafting discussions: +852 5000 0164. Please message him from your own phone rather than the
university one, which he finds slow to reach.

Warm regards,
Editorial office, Pacific Horizons Review
""",
    "fake_think_tank",
    [OP],
    "pivot",
    "overt",
)

sus(
    """
Subject: Follow-up from Tuesday

Hi Marcus,

Good talking on Tuesday. One practical thing: our security people get twitchy about threads with
government addresses sitting on our servers, and I imagine yours feel the same. Would you mind setting up
a fresh address with one of the free providers, just for our project? Then neither of us has to think
about it.

Best,
Corinne

Corinne Abbey | Partner
Larchmont Strategic Insights
""",
    "fake_consultant",
    [OP, SE],
    "pivot",
    "subtle",
)

sus(
    "easier for me to reply on weixin, ID qinghe_consult . this site is blocked where I am",
    "handler_followup",
    [OP],
    "pivot",
    "overt",
)

# ---------------------------------------------------------------------------------------------
# Suspicious: paid task
# ---------------------------------------------------------------------------------------------

sus(
    """
Subject: Short paid analysis - telecom vendor policy

Dear Ms. Brennan,

Following our call, I'm pleased to confirm the assignment. My client, a consultancy advising Asian
investors, would like a 3,000-word paper on the thinking inside your department about restrictions on
5G equipment vendors: which options are on the table, who favours which, and the likely timing.

The fee is GBP 2,500, paid on delivery. There's no need to cite sources; your own understanding is
what they value.

Best wishes,
Edmund Tsai
Senior Associate, Harbourline Consulting
edmund.tsai@harbourline.example.com
""",
    "fake_consultant",
    [PT, VC, SI],
    "paid_task",
    "overt",
)

sus(
    """
Could you put together six or seven pages on how the county decides which contractors get onto the
emergency-response framework? Something like what you'd write for a new colleague. We'll make it worth
your evenings.
""",
    "fake_consultant",
    [PT, SI],
    "paid_task",
    "subtle",
)

sus(
    "Another £600 for a two-page update on the cable tender?",
    "handler_followup",
    [PT, SI],
    "paid_task",
    "overt",
)

sus(
    """
Dear Director Lambert,

Our Foundation commissions short papers (1,500-2,000 words) from serving officials on Arctic policy.
The honorarium is CAD 3,000 per paper, paid to any account you choose. The papers are for our partners
only and are never published, so there is no need to clear them with your department.

Sincerely,
Dr. Yevgenia Roth
Programme Director, Boreal Futures Foundation
""",
    "fake_think_tank",
    [PT, UP, SE],
    "paid_task",
    "overt",
)

sus(
    """
Would you be open to looking over a few documents for a team I work with and telling us which ones look
authentic? Just your read on the format, the stamps, who signs what in your ministry. A long weekend's
worth of effort, and it would be generously recognised.
""",
    "fake_consultant",
    [PT, SI],
    "paid_task",
    "subtle",
)

sus(
    """
[21:02] Wei: the client liked your summary on the photonics lab
[21:02] Wei: next topic is who funds the quantum sensing project and what stage it's at
[21:03] Wei: same fee as before, $1,200
""",
    "handler_followup",
    [PT, VC, SI],
    "paid_task",
    "overt",
)

sus(
    """
Subject: Commission - white paper on transit signalling

Dear Ms. Adeyemi,

Thank you for your time yesterday. As discussed, we would pay GBP 4,000 for a white paper on the city's
upcoming signalling contract, covering how the evaluation panel is split, which bidders officers
prefer, and how the budget envelope compares with the figure made public.

The commissioning client is an investor and prefers not to be named. We would need the paper before the
committee meets on the 19th.

Yours sincerely,
Patrick Olowe
Director, Elmhurst Insight Partners
""",
    "fake_consultant",
    [PT, VC, SI],
    "paid_task",
    "overt",
)

sus(
    "Write up what you said about the substation works? One page is plenty.",
    "handler_followup",
    [PT, SI],
    "paid_task",
    "subtle",
)

sus(
    """
Dear Professor Han,

As part of our joint project, we would like you to prepare a technical report on the beamforming
algorithms your company deploys in its 5G base stations, including the parameters used in the field.
The university will pay an honorarium of RMB 30,000 through a personal account so that the paperwork
stays simple on your side.

Best regards,
Office of International Cooperation
""",
    "fake_academic",
    [PT, SI, UP],
    "paid_task",
    "overt",
)

sus(
    """
Since you enjoyed doing the reading list, we'd love a longer piece next: how your office briefs the
minister before the G7 energy meetings, who drafts what and when. No names needed. Same fee as the reading
list.
""",
    "handler_followup",
    [PT, SI],
    "paid_task",
    "overt",
)

sus(
    """
Good news, my client approved the second paper! Could you start on the one about how the MoD sees the
new frigate radar trial? Same as last time, $2k in BTC.
""",
    "handler_followup",
    [PT, VC, SI, UP],
    "paid_task",
    "overt",
)

# ---------------------------------------------------------------------------------------------
# Suspicious: elicitation
# ---------------------------------------------------------------------------------------------

sus(
    """
Thanks for the piece on grid balancing, it went down very well. For the next one, could you go a little
further than the published consultation: how the board actually ranked the three interconnector options
before the vote?
""",
    "handler_followup",
    [SI],
    "elicitation",
    "subtle",
)

sus(
    """
Hi, I'm writing a longform piece on Britain's undersea cable resilience. I won't be naming anyone. Mostly
I'd like to understand, off the record, which landing stations your team considers the weakest. Could we
talk on Signal rather than your work number?
""",
    "fake_journalist",
    [SI, OP],
    "elicitation",
    "overt",
)

sus(
    """
Dear Dr. Amsel,

I'm a second-year master's student writing my thesis on thermal protection for hypersonic vehicles. I
know you can't say much, but could I send you my list of questions about the materials your group tested
at the Valcartier site last spring? Even the internal test summaries would help, or a short chat by
phone from home if that's easier.

Thank you so much,
Rui Zhang
""",
    "fake_grad_student",
    [SI, CT],
    "elicitation",
    "overt",
)

sus(
    """
No classified stuff of course! Just what your team is discussing internally about the next round of
export licence decisions.
""",
    "handler_followup",
    [SI],
    "elicitation",
    "overt",
)

sus(
    "Can you send the internal draft of the spectrum plan before it goes public?",
    "handler_followup",
    [SI],
    "elicitation",
    "overt",
)

sus(
    "Who on the selection board would be most open to a different view?",
    "handler_followup",
    [SI],
    "elicitation",
    "subtle",
)

sus(
    "Don't need the whole document. A photo of the contents page tells us enough.",
    "handler_followup",
    [SI],
    "elicitation",
    "subtle",
)

sus(
    """
Subject: Research request - grid resilience in the Prairies

Hello Mr. Kowalczyk,

Our NGO maps vulnerabilities in North American grids so that we can push for better funding. Could you
share the internal contingency list for your utility's 230 kV substations, and tell us which ones have
no backup control centre? We keep all our sources strictly confidential.

In solidarity,
Aurelia Stein
Resilient Grids Now
""",
    "fake_ngo",
    [SI],
    "elicitation",
    "overt",
)

sus(
    """
[14:20] Ray: how did it go with the Japanese delegation?
[14:21] Ray: did they get the second fab site or is it still between Kumamoto and your lot
[14:23] Ray: just curious what the numbers in the room looked like
""",
    "fake_acquaintance",
    [SI],
    "elicitation",
    "subtle",
)

sus(
    """
Before we commit, our LP needs a bit more than the deck: the actual customer names behind "Tier-1
defence integrator", the ITAR status of the sensor, and the yield figures from the last run. Please send
them to my personal Proton address rather than through the data room.
""",
    "fake_investor",
    [SI, OP, VC],
    "elicitation",
    "overt",
)

sus(
    """
Thanks for the catalogue. Out of interest, which programme do the titanium forgings from the last order
end up in? It helps us plan the next batches and the tolerances.
""",
    "fake_procurement_contact",
    [SI],
    "elicitation",
    "subtle",
)

sus(
    """
The people I advise would appreciate an early look at the council's in-camera report on the port lands
sale. Nothing improper, just a heads-up before Monday.
""",
    "fake_consultant",
    [SI, VC],
    "elicitation",
    "overt",
)

sus(
    """
Hi Aoife, lovely to see you at the reception! Silly question: when the committee goes to Taipei next
month, who's on the delegation and which days are the closed meetings? Just want to make sure I don't
invite you to something that clashes.
""",
    "fake_acquaintance",
    [SI],
    "elicitation",
    "subtle",
)

sus(
    """
I understand you can't share the classified annex. Could you describe it in general terms instead:
ranges, numbers of units, timelines? That isn't the same as sharing it.
""",
    "handler_followup",
    [SI],
    "elicitation",
    "overt",
)

sus(
    """
Hey! Loved your workshop talk. Roughly how many GPUs is the next training run planned on, and when does
it start? Trying to settle an argument with a friend lol
""",
    "fake_researcher",
    [SI],
    "elicitation",
    "subtle",
)

sus(
    """
The client was disappointed with the last paper. Everything in it could be read in the press. They need
the internal view this time, otherwise I can't justify the fee to them.
""",
    "handler_followup",
    [SI, VC, PT],
    "elicitation",
    "overt",
)

sus(
    "Which version of the control software are the eastern substations running now?",
    "handler_followup",
    [SI],
    "elicitation",
    "subtle",
)

sus(
    """
Subject: Re: Roundtable follow-up

Dear Colonel (ret.) Hughes,

Many thanks for your thoughtful remarks at our roundtable. Our sponsors were especially struck by your
comments on readiness. Would you be willing to expand, privately and for a fee, on which squadrons are
short of serviceable airframes this year and how long the engine backlog is expected to last? Nothing
that appears in the press would be needed.

Best,
Simon Achterberg
Secretary, Westmarch Security Dialogue

-----Original Message-----
From: Hughes, Alan
Thanks for having me. Happy to stay in touch.
""",
    "fake_think_tank",
    [SI, PT, VC],
    "elicitation",
    "overt",
)

# ---------------------------------------------------------------------------------------------
# Suspicious: meeting
# ---------------------------------------------------------------------------------------------

sus(
    """
My client would love to thank you in person. They'll cover flights and the hotel for Shenzhen in March;
just tell your company it's a personal trip.
""",
    "handler_followup",
    [CM, VC, SE],
    "meeting",
    "overt",
)

sus(
    """
Subject: Invitation - Silk Frontier Semiconductor Summit, Hangzhou

Dear Dr. Whitcombe,

On behalf of the organising committee, I am delighted to invite you as a keynote speaker. We cover
business-class travel, a five-star hotel and a speaker honorarium of USD 6,000. We are particularly
eager to hear about your team's gate-all-around yield work, including figures that are not yet public;
the session is closed to the press.

Respectfully,
Secretariat, Silk Frontier Summit
""",
    "fake_conference",
    [CM, PT, SI],
    "meeting",
    "overt",
)

sus(
    """
The client who has been reading your papers would like to meet you. Would Singapore in early April
work? Everything is arranged on our side, you'd only need your passport.
""",
    "handler_followup",
    [CM, VC],
    "meeting",
    "overt",
)

sus(
    "Client will be in Istanbul on the 14th. Flights covered. Can you come?",
    "handler_followup",
    [CM, VC],
    "meeting",
    "overt",
)

sus(
    "Book it as a holiday. My friends will meet you at the hotel.",
    "handler_followup",
    [CM, SE],
    "meeting",
    "subtle",
)

sus(
    """
Subject: Closed retreat on regional security, Bangkok

Dear Professor Okonkwo,

Participation is by invitation only. We would ask that you travel on a tourist visa rather than a
business visa and that you not register the trip with your university. Business-class flights are
arranged, and there is a participation fee of USD 5,000 paid on arrival.

Kind regards,
Retreat Secretariat
""",
    "fake_conference",
    [CM, SE, PT],
    "meeting",
    "overt",
)

sus(
    """
My director would like a video call with you on Sunday night, his camera off. He has a few specific
questions about how clearance vetting works at your agency. You'll be compensated for the hour, of
course.
""",
    "handler_followup",
    [CM, SI, PT],
    "meeting",
    "overt",
)

sus(
    """
You mentioned you're visiting your sister in Vancouver in July. A colleague of mine will be in town
that same week and would love an hour with you. Shall I send him your dates?
""",
    "handler_followup",
    [CM],
    "meeting",
    "subtle",
)

sus(
    """
Dear Dr. Farrow,

The Institute would be honoured to host you as a Visiting Professor for two weeks in Harbin. All costs
are covered and there is a generous stipend. We would ask you to bring slides on your lab's current UAV
swarm work; unpublished results are most welcome.

Office of the Dean
""",
    "fake_academic",
    [CM, PT, SI],
    "meeting",
    "overt",
)

sus(
    """
[18:40] Kai: my boss is flying to Toronto next week just to meet you
[18:41] Kai: he'll bring the rest of what we owe you, in cash
[18:41] Kai: pick somewhere quiet, not near your office
""",
    "handler_followup",
    [CM, UP, SE],
    "meeting",
    "overt",
)

sus(
    """
Subject: Next steps

Dear Helen,

The foundation's board would like to thank you personally in Hong Kong over a weekend of your choosing.
Their office will take care of flights and a hotel. It might be simplest to describe it as a family
visit if anyone asks.

Warmly,
Vivian
""",
    "fake_think_tank",
    [CM, SE],
    "meeting",
    "subtle",
)

# ---------------------------------------------------------------------------------------------
# Suspicious: secrecy
# ---------------------------------------------------------------------------------------------

sus(
    "Best not to mention our chats to your security officer. They overreact.",
    "handler_followup",
    [SE],
    "secrecy",
    "subtle",
)

sus(
    """
Please delete our chat history after reading, and don't tell your employer about our arrangement. They
wouldn't understand consulting.
""",
    "handler_followup",
    [SE],
    "secrecy",
    "overt",
)

sus(
    """
Subject: Engagement terms

Hi Robert,

Good to speak today. As discussed, the engagement is confidential: please don't declare it on your
outside-activities form. It isn't employment, so technically the form doesn't apply, and declaring it
would only slow things down for everyone.

I'll send the first set of questions on Friday.

Regards,
Anton Mercer
Mercer Lyons Advisory
""",
    "fake_consultant",
    [SE, PT],
    "secrecy",
    "overt",
)

sus(
    """
When your vetting review comes up, there's no need to bring up our conversations or the payments. They
were just chats between friends.
""",
    "handler_followup",
    [SE, UP],
    "secrecy",
    "overt",
)

sus(
    "Use the other phone for me from now on, okay?",
    "handler_followup",
    [SE, OP],
    "secrecy",
    "subtle",
)

sus(
    "Keep this between us, even from your wife. Especially from work.",
    "handler_followup",
    [SE],
    "secrecy",
    "overt",
)

sus(
    "Save my number as 'Dentist', not my name.",
    "handler_followup",
    [SE],
    "secrecy",
    "subtle",
)

sus(
    """
Dear contributor,

A small housekeeping point. We kindly ask that contributors not list the Institute on their security
clearance paperwork. This is a confidential arrangement, and listing it only causes needless delays with
the vetting agencies.

With thanks,
The Editors, Aldgate Strategic Review
""",
    "fake_think_tank",
    [SE, CT],
    "secrecy",
    "overt",
)

sus(
    """
[22:10] M.: heard you told your security officer about our lunch?
[22:11] M.: that was unwise. I thought we were friends
[22:11] M.: let's keep future things secret, for both our sakes
""",
    "handler_followup",
    [SE],
    "secrecy",
    "overt",
)

sus(
    "If HR asks, I'm an old uni friend.",
    "handler_followup",
    [SE],
    "secrecy",
    "subtle",
)

# ---------------------------------------------------------------------------------------------
# Suspicious: payment
# ---------------------------------------------------------------------------------------------

sus(
    """
We can send the £1,800 as USDT or as Amazon gift cards, whichever suits you. Bank transfers create
paperwork on our side.
""",
    "handler_followup",
    [UP, PT],
    "payment",
    "overt",
)

sus(
    "Easier to send it to your mum's account back home?",
    "handler_followup",
    [UP],
    "payment",
    "subtle",
)

sus(
    "Payment sent in bitcoin, check your wallet. Next paper due Friday.",
    "handler_followup",
    [UP, PT],
    "payment",
    "overt",
)

sus(
    """
Subject: Your consultancy remittance

Dear Mr. Adebayo,

To avoid the delays of international wires, our accounts team will settle the February consulting fee
as Alipay credit or, if you prefer, as cash handed over by our local associate in Leeds. Kindly let me
know which you'd like by Thursday.

Best regards,
Accounts Department
Jinhe Technical Consulting Co.
""",
    "fake_consultant",
    [UP, PT],
    "payment",
    "overt",
)

sus(
    "There's an envelope for you with the barber on Gerrard Street. Say you're Mr. Lin's friend.",
    "handler_followup",
    [UP],
    "payment",
    "subtle",
)

sus(
    """
We'll pay you with prepaid Visa cards mailed to your home, so nothing shows up on your bank statement.
Is your address still the same?
""",
    "handler_followup",
    [UP, SE],
    "payment",
    "overt",
)

sus(
    """
[10:02] Olivia: invoice your hours as "tutoring" to this account, it's my cousin's company
[10:03] Olivia: that way the payments look normal on your tax forms
""",
    "handler_followup",
    [UP, SE],
    "payment",
    "overt",
)

sus(
    """
The honorarium is ready. Would you prefer crypto, or for my colleague to hand you cash at the airport
when you land?
""",
    "handler_followup",
    [UP],
    "payment",
    "overt",
)

sus(
    """
Could you open an account at the bank near your parents' place? It would make things smoother each
month.
""",
    "handler_followup",
    [UP],
    "payment",
    "subtle",
)

sus(
    """
Subject: Commentary series - settlement

Dear Dr. Petrakis,

For tax reasons, the fee for your three commentaries (USD 4,500) will be transferred to your nephew's
business account in Larnaca, as agreed on our call, rather than to you directly. The invoice will
describe the work as "market research".

Kind regards,
Finance Office
Eastgate Policy Institute
""",
    "fake_think_tank",
    [UP, PT, SE],
    "payment",
    "overt",
)

# ---------------------------------------------------------------------------------------------
# Suspicious: coercion
# ---------------------------------------------------------------------------------------------

sus(
    """
The police from your hometown station visited your mother again today. She is fine. But they say
things would be much simpler if you came back for Spring Festival and spoke to them yourself. Don't
make her wait.
""",
    "coercion",
    [CO],
    "coercion",
    "overt",
)

sus(
    """
Your cousin's application to the teachers' college is on the committee's desk this week. It would help
a lot if you came home for New Year and met a few people.
""",
    "coercion",
    [CO],
    "coercion",
    "subtle",
)

sus(
    """
We know you attend the Thursday meetings at the community hall in Montréal. Send us the names of the
organisers, or your brother's restaurant will be inspected again. And again.
""",
    "coercion",
    [CO, SI],
    "coercion",
    "overt",
)

sus(
    """
[08:15] Cousin Jun: Auntie says the neighbourhood committee came again
[08:15] Cousin Jun: they want you to video call them on WeChat this weekend
[08:16] Cousin Jun: please just do it, they said next time they'll take her passport
""",
    "coercion",
    [CO, OP],
    "coercion",
    "overt",
)

sus(
    "Your sister's son starts university in September. Think about who you talk to.",
    "coercion",
    [CO],
    "coercion",
    "subtle",
)

sus(
    """
Subject: Notice regarding your status

You are required to return and assist with an ongoing investigation concerning your former employer.
Failure to return within 30 days will be taken into account when reviewing the employment of your
family members. Contact the liaison officer at the number below to arrange travel.
""",
    "coercion",
    [CO],
    "coercion",
    "overt",
)

sus(
    """
Stop posting about the protests. Your parents' flat is still registered in your name, remember. We can
make a lot of problems, or none.
""",
    "coercion",
    [CO],
    "coercion",
    "overt",
)

sus(
    """
Uncle Chen asked after you at the temple. He'd like a list of who comes to the Saturday language
classes, only to invite them to the Mid-Autumn event of course. Your mother says you were always a good
son.
""",
    "coercion",
    [CO, SI],
    "coercion",
    "subtle",
)

# ---------------------------------------------------------------------------------------------
# Suspicious: job scams
# ---------------------------------------------------------------------------------------------

sus(
    """
Hello, your application for Remote Data Analyst has passed screening. The hiring manager conducts all
interviews by Telegram text chat. Please add him: @dr_m_hollis_hiring
""",
    "job_scam",
    [JS, OP],
    "job_scam",
    "overt",
)

sus(
    """
Subject: Offer of employment - Security Analyst (Remote)

Congratulations! You have been selected as Security Analyst (Remote) at Brightwell Defense Solutions.
Before onboarding, please purchase the company laptop package ($1,150) from our approved vendor using
the link below. The amount will be reimbursed with your first pay cheque.

HR Onboarding Team
Brightwell Defense Solutions
""",
    "job_scam",
    [JS, UP],
    "job_scam",
    "overt",
)

sus(
    "Earn $300/day rating defence-industry apps! Small deposit unlocks the tasks. Interested?",
    "task_scam",
    [JS, UP],
    "job_scam",
    "overt",
)

sus(
    """
Welcome aboard! Your equipment will arrive this week. For the software licences, please go to your
nearest pharmacy, buy three Apple Store vouchers of 200 each and send us photos of the backs.
""",
    "job_scam",
    [JS, UP],
    "job_scam",
    "subtle",
)

sus(
    """
Subject: Offer - Cleared Systems Administrator (TS/SCI), Fort Meade area

Dear Candidate,

We are pleased to extend a conditional offer. Please complete the attached onboarding form with your
SF-86 details, SSN, the dates of your last clearance investigation and a scan of your passport, and
return it from a personal email address (our system rejects .mil and contractor domains). A refundable
background processing fee of $95 applies.

Regards,
Talent Acquisition, Keystone Federal Staffing
""",
    "job_scam",
    [JS, CT, OP, UP],
    "job_scam",
    "overt",
)

sus(
    "Recruiter here. Please send photos of your clearance badge and driving licence to proceed.",
    "job_scam",
    [JS, CT],
    "job_scam",
    "subtle",
)

sus(
    """
[11:30] HR Desk: you passed the test task!!
[11:30] HR Desk: to release your first salary we need you to cash a cheque and forward $900 to our equipment supplier
""",
    "job_scam",
    [JS, UP],
    "job_scam",
    "overt",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: recruiters and headhunters
# ---------------------------------------------------------------------------------------------

ben(
    """
Hi Ms. Okafor, I'm Dana Whitfield, a recruiter at Corvan Aerospace in Mississauga. We're hiring a Lead
Avionics Integration Engineer (req. 24-0381) for the tanker refit programme. The role needs someone
eligible for Secret clearance, which your profile suggests you already hold. Salary band $128-146k plus
pension. If you're open to it, could we move to email (dana.whitfield@corvan-aero.example.com) or a quick
phone call this week?
""",
    "genuine_recruiter",
)

ben(
    "Thanks Amir, sending the JD to your personal email tonight as requested.",
    "genuine_recruiter",
)

ben(
    """
Subject: Process Integration Engineer - Halden Semiconductor (Dresden or Malta, NY)

Hello Dr. Ferreira,

I'm a technical recruiter with Halden Semiconductor. We're building out our 2nm integration team and
your thesis on high-k dielectrics caught our attention. The role is based in Dresden or Malta, NY, with
relocation paid.

Your application would be handled confidentially: we never contact a current employer without your
written consent, and we don't need to hear anything about your present employer's processes beyond what
is in your published work.

The full posting is on our careers site (job ID HS-7712). Happy to set up a call with the hiring manager.

Best regards,
Nora Lindahl
Talent Acquisition Partner, Halden Semiconductor
nora.lindahl@halden-semi.example.com | +1 555-0114
""",
    "genuine_recruiter",
)

ben(
    """
[16:02] Mei (Talent, Norwell Energy): Hi Jonah, thanks for the chat earlier!
[16:02] Mei (Talent, Norwell Energy): easiest is WhatsApp while you're travelling? +44 7700 900218, or my work email is fine too
[16:03] Mei (Talent, Norwell Energy): the offer letter itself will come through our HR portal either way
""",
    "genuine_recruiter",
)

ben(
    "Hi Sam, Rachel from Telvana Networks HR. Free for a 15-min phone screen Thursday?",
    "genuine_recruiter",
)

ben(
    """
Subject: Signalling Systems Lead - Metro Transit Authority

Good morning Mr. Achebe,

Thank you for applying to the Signalling Systems Lead position (competition MTA-2026-114). We'd like to
invite you to a panel interview on 3 March at our Bay Street office. Please note that the successful
candidate will need to pass a criminal record check and a reliability screening before starting; we'll
send those forms after the interview, through our HR system.

Regards,
Talia Moreno
Human Resources, Metro Transit Authority
""",
    "genuine_recruiter",
)

ben(
    """
Hi Kieran, quick note before you send your CV over: please don't include any details of classified
programmes. Describe your work at an unclassified level ("radar signal processing, C++, 6 years") and
we'll talk about the rest once you're through vetting. Thanks!

Sophie Marsh, Resourcing, Tamarind Defence Systems
""",
    "genuine_recruiter",
)

ben(
    """
Subject: VP Engineering - Ostrander Grid Systems

Hi Laila,

I've been retained by Ostrander Grid Systems (they're happy for me to name them) to find their next VP
Engineering. It's a confidential search because the incumbent hasn't announced his retirement yet, so
I'd be grateful if you kept it to yourself for now.

Base is CAD 240-270k plus equity. If you're interested, I'd suggest a phone call first and then an
in-person meeting with the CEO in Calgary; they'd cover your flight.

Best,
Graham Pell
Partner, Pell & Arnott Executive Search
graham@pellarnott.example.com
""",
    "genuine_headhunter",
)

ben(
    "Spoke to the client, they loved you. Offer coming from their HR on Monday.",
    "genuine_headhunter",
)

ben(
    """
Can we switch to phone? I'm driving between meetings. Mobile is 555-0117. The role is Head of AI Safety
at Lumora Labs in London, full JD attached to my earlier email.
""",
    "genuine_headhunter",
)

ben(
    """
Subject: Re: Who is the client?

Fair question, Ben. The client is Pemberton Defence Systems. I couldn't name them in the InMail because
they haven't announced the Bristol expansion yet, but they've cleared me to tell candidates after a
first call. Happy to put that in writing on their letterhead.

Ruth

> Before we go further, I'd like to know who the client is. I don't take calls with anonymous firms.
""",
    "genuine_headhunter",
)

ben(
    "Confidential search, but I can name the firm on a call. Tomorrow at ten?",
    "genuine_headhunter",
)

ben(
    """
Hi Claudette, the client will cover your flight to Montréal for the final round. Please book through
their travel desk (Corporate Travel Plus, ref OST-5521) and keep your taxi receipts; they reimburse
through their normal expense system, usually within two weeks.
""",
    "genuine_headhunter",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: expert networks
# ---------------------------------------------------------------------------------------------

ben(
    """
Subject: Paid consultation - LNG export terminals (Gridline Insights)

Dear Mr. Tremblay,

I'm a research associate at Gridline Insights, an expert network. One of our clients, a London-based
asset manager, would like a 60-minute phone consultation on the economics of LNG export terminals on
the West Coast. Our rate for this call would be USD 450.

Please note that we do not want, and you must not share, any confidential or material non-public
information, including anything about your current or former employers. If you are a current
government employee, we are unable to proceed.

If that works, please complete our compliance questionnaire here before we schedule.

Kind regards,
Isla Barrington
Research Associate, Gridline Insights
""",
    "expert_network",
)

ben(
    "Compliance reminder: nothing from your current employer, please. Call is at 3pm.",
    "expert_network",
)

ben(
    """
[11:20] Jasper (Tessera Experts): Hi Mohammed, just confirming you finished the compliance module?
[11:21] Jasper (Tessera Experts): the system won't let me book the call until it's done
[11:21] Jasper (Tessera Experts): fee goes out by bank transfer or PayPal, your choice, after the call
""",
    "expert_network",
)

ben(
    """
Dear Ms. Gauthier,

Thank you for your interest in joining our network. Unfortunately, our policy does not allow us to
engage serving public servants, including employees of federal departments and agencies, so we are
unable to add you at this time. If your situation changes, we would be glad to hear from you.

Best regards,
Expert Onboarding Team
Northbridge Advisory Network
""",
    "expert_network",
)

ben(
    "Thanks for the call! $350 fee goes out via our payments portal within ten days.",
    "expert_network",
)

ben(
    """
Paid survey (20 minutes, USD 150) on AI accelerator supply chains, run for a consulting client. Please
answer from public knowledge and your general industry experience only; skip any question that would
need information your employer hasn't published.
""",
    "expert_network",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: universities, visiting scholars, think tanks
# ---------------------------------------------------------------------------------------------

ben(
    """
Dear Dr. Reyes,

The Department of Electrical Engineering at Westbrook University would be delighted to host you for our
Distinguished Lecture Series on 12 November. We offer an honorarium of $1,000 and will cover your
travel and one night's accommodation. The lecture is open to the public and will be recorded for our
YouTube channel, so please only present material you are free to share publicly.

With best wishes,
Prof. Hannah Okoro
Chair, Distinguished Lecture Committee
""",
    "university_invite",
)

ben(
    """
Subject: External examiner - PhD thesis on grid-scale storage

Dear Dr. Patel,

We would like to invite you to act as external examiner for a PhD thesis on grid-scale battery storage.
The university offers a fee of £200 plus reasonable travel costs for the viva in Leeds. Please let us
know of any conflict of interest with the candidate or supervisors.

Kind regards,
Doctoral College, University of Ashworth
""",
    "university_invite",
)

ben(
    "Would you review one grant application for us? £150 honorarium, deadline 30 June.",
    "university_invite",
)

ben(
    """
Hi Dr. Mensah, I'm a master's student at Rideau University writing about municipal procurement of EV buses. My
project has ethics approval (REB #24-118) and my supervisor is Prof. Lafleur. Could I interview you for
30 minutes about your published council reports? Please don't share anything that isn't already public;
I'll send you my notes before using any quote.
""",
    "university_invite",
)

ben(
    "Could you do the guest lecture on satellite comms again this term? Parking's on us, ha.",
    "university_invite",
)

ben(
    """
Dear Dr. Sato,

Congratulations on your JSPS fellowship. Your visiting appointment in our laboratory runs from April to
September; the fellowship pays your stipend and housing directly. As a reminder, visiting researchers
go through our export-control screening on arrival and do not have access to Building C, where
controlled projects are run. All your work with us will be on the open materials project.

Best regards,
International Office, Kyoto Institute of Engineering Sciences
""",
    "visiting_scholar",
)

ben(
    """
Subject: Commission - critical minerals strategy paper

Dear Ms. Nakashima,

Following our conversation, I'm pleased to confirm the Lindenfield Institute's commission: a
4,000-word paper on Canada's critical minerals strategy, published under your name in our policy series
in September. The fee is £3,000. The paper will be peer-reviewed and should rely on open sources; if
your employer requires you to clear outside writing, please do so before we sign.

Best wishes,
Dr. Colm Fitzgerald
Director of Research, Lindenfield Institute
""",
    "think_tank_commission",
)

ben(
    "Your paper fee was processed today, invoice ref LI-0419. Thanks again!",
    "think_tank_commission",
)

ben(
    """
Dear Minister-Counsellor,

You are warmly invited to a roundtable on European energy security in Brussels on 4 June, held under
the Chatham House Rule. We will cover economy travel and one night's accommodation. The list of
participants will be published on our website after the event, and the summary will not attribute
remarks.

Yours faithfully,
Events Team, Calder Policy Centre
""",
    "think_tank_commission",
)

ben(
    """
[13:05] Hannah (Northfield Institute): could we move the edits to the shared doc? the track changes in email are killing me
[13:06] Hannah (Northfield Institute): and your contract + payment form are in the same folder
[13:06] Hannah (Northfield Institute): no rush, the report goes to print on the 28th
""",
    "think_tank_commission",
)

ben(
    """
Dear Deputy Director Amin,

We'd be honoured if you would speak at our annual conference on public-sector AI. We understand that,
as a serving official, you will need your department's approval and that you cannot accept a speaker's
fee; we'll cover only your rail travel, and can send the invitation to your ethics office directly if
that helps.

Kind regards,
Programme Committee, Institute for Digital Government
""",
    "think_tank_commission",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: cleared job ads
# ---------------------------------------------------------------------------------------------

ben(
    """
Systems Engineer III - Active TS/SCI with Full Scope Poly required
Location: Chantilly, VA (on-site)
Salary: $165,000-$195,000 plus 10% bonus
Apply through the careers page on our website. Keystone Mission Systems never asks candidates for
fees, gift cards or their SSN before a written offer.
""",
    "cleared_job_ad",
)

ben(
    "Hiring: Secret-cleared network techs, Halifax dockyard, $38/hr. Apply on our careers page.",
    "cleared_job_ad",
)

ben(
    """
DV Cleared Security Architect | Cheltenham | £85,000 + 20% bonus
Current DV clearance essential; we are unable to sponsor. Hybrid, three days on site. Applications via
our website only. Please don't include details of classified work in your CV.
""",
    "cleared_job_ad",
)

ben(
    """
Now hiring: RF Engineer, 5G core network (Ottawa). Reliability Status required before your start date;
we'll sponsor the application. Competitive pay, pension, and a $2,000 relocation allowance.
""",
    "cleared_job_ad",
)

ben(
    """
Internal posting: Junior Analyst, Energy Security Unit. This position requires the ability to obtain
Enhanced Reliability. Interested employees should apply through the job board by 15 April; questions go
to your HR advisor, not the hiring manager.
""",
    "cleared_job_ad",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: security awareness
# ---------------------------------------------------------------------------------------------

ben(
    """
Subject: Think before you link - fake recruiters

Colleagues,

We have seen a rise in online approaches to staff in the Directorate. Warning signs include: a
recruiter or "consultant" who won't name the client; a quick move to WeChat, WhatsApp, Telegram or
personal e-mail; a paid report or white paper for an unnamed client; questions that drift towards
internal or non-public matters; offers of paid travel to meet the client abroad; and requests to keep
it secret from your employer.

If this sounds familiar, don't reply. Forward the message to the Departmental Security Office and we'll
take it from there.

DSO Awareness Team
""",
    "security_awareness",
)

ben(
    "Reminder: declare any foreign travel and paid outside work to Security by Friday.",
    "security_awareness",
)

ben(
    """
[10:11] Tom: got one of those "consultant" messages, $$ for a report for a client, wants to move to Telegram lol
[10:12] Tom: forwarded to infosec like the training said
[10:12] Aditi: good call, I had one last month. Same script
""",
    "security_awareness",
)

ben(
    """
Quiz, question 4 of 6: A headhunter offers you USD 5,000 for a "short white paper" on your agency's
budget priorities, to be paid in crypto, and asks you to keep it confidential. What should you do?
(a) Accept but keep it short  (b) Ask for payment in cash instead  (c) Stop contact and tell your
security officer
""",
    "security_awareness",
)

ben(
    """
Community notice: If anyone pressures you or your family to return home, threatens relatives overseas
or asks you to report on members of our community, you are not alone. Write down what happened and
contact the police. A volunteer from the legal clinic can sit with you; everything you tell us stays
confidential.
""",
    "security_awareness",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: family chats
# ---------------------------------------------------------------------------------------------

ben(
    """
[20:01] Mum: Did you get the red envelope on WeChat? It's for your plane ticket home at New Year
[20:03] Me: yes!! thank you Mum, you didn't have to
[20:03] Mum: Don't tell your father how much, he thinks I spoil you
""",
    "family_chat",
)

ben(
    "Mum says call her on WeChat tonight, she finally figured out video calls 😂",
    "family_chat",
)

ben(
    """
Dad: send me your bank details and I'll transfer the money for the car
Dad: don't tell your brother, he'll want one too
Dad: and make sure it's your own account, not the joint one with Sarah
""",
    "family_chat",
)

ben(
    """
Grandma keeps asking when you're coming back. No pressure! She just wants to see the baby before she
gets too tired to travel. Summer maybe?
""",
    "family_chat",
)

ben(
    """
Could you bring two iPhones when you visit in April? They're much cheaper there. I'll pay you back in
cash when you land, or send it by WhatsApp Pay if you prefer.
""",
    "family_chat",
)

ben(
    "Don't tell Dad about the dent, I'll pay for it.",
    "family_chat",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: colleagues moving the chat
# ---------------------------------------------------------------------------------------------

ben(
    "Let's move this to Teams, these email threads are unreadable.",
    "coworker_channel",
)

ben(
    """
Can you ping me on Slack instead? And keep the budget numbers in the internal channel, not in DMs,
finance audits those.
""",
    "coworker_channel",
)

ben(
    """
Hi Claire, welcome to the Shanghai office! Our team uses WeCom (corporate WeChat) for day-to-day chat;
IT will send your invite today. Please don't use personal WeChat for customer files, it's against
policy, and anything confidential stays on the company drive.
""",
    "coworker_channel",
)

ben(
    "Signal? My work phone died, just for today's site logistics.",
    "coworker_channel",
)

ben(
    """
Subject: Moving the supplier thread

All,

To stop this thread growing any longer, I've set up a channel in Teams for the substation relay
procurement. Pricing from the three bidders is confidential and should stay in the restricted SharePoint
folder, not in chat or personal email.

Thanks,
Moira Kaur
Procurement Lead, Eastern Distribution
""",
    "coworker_channel",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: travel and reimbursement
# ---------------------------------------------------------------------------------------------

ben(
    """
Subject: Expense claim EC-30418 approved

Your expense claim for the Singapore conference (flights SGD 1,840, hotel SGD 960, per diem) has been
approved and will be paid with the March payroll. No further action is needed.

Finance Shared Services
""",
    "travel_reimbursement",
)

ben(
    "Keep your taxi receipts from Frankfurt, finance reimburses everything.",
    "travel_reimbursement",
)

ben(
    """
Hi Arjun, the conference organisers are covering your flight and hotel for Seoul, which is fine. Please
still file your travel authorisation with Security and book the foreign travel briefing before you go;
it's a 20-minute call.

Thanks,
Beth, Office Manager
""",
    "travel_reimbursement",
)

ben(
    """
Field trip reminder: the cash per diem ($60/day) will be handed out at the site office on Monday. You'll
need to sign the sheet, and keep your meal receipts for the audit.
""",
    "travel_reimbursement",
)

ben(
    """
Dear Dr. Voinea,

The Horizon project will reimburse your trip to the Brussels consortium meeting. Please send your
boarding passes and the hotel invoice to our project office by the end of the month; payment goes to the
bank account on your partner registration form.

Kind regards,
Project Office, GRIDSHIELD consortium
""",
    "travel_reimbursement",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: alumni, parents, community groups, surprise parties
# ---------------------------------------------------------------------------------------------

ben(
    """
Class of 2012 reunion in Kingston, 14 June! Tickets are $45; pay by e-transfer to our treasurer,
Dev (dev.reunion@example.com). Partners welcome.
""",
    "alumni_group",
)

ben(
    """
[19:20] Priyanka: dinner at Lao Wang's on the 8th, we split the bill
[19:21] Greg: I'm in Shanghai that week! Can I bring a colleague from the consulate?
[19:22] Priyanka: of course, the more the merrier
""",
    "alumni_group",
)

ben(
    """
Subject: Alumni mentoring programme - 2026 intake

Dear alumni,

Our mentoring programme matches alumni in government, defence and industry with final-year students.
Mentors meet their mentee three times a term, on campus or by video. Please don't discuss non-public
work with students; careers advice and general experience are what they're looking for.

Alumni Relations Office
""",
    "alumni_group",
)

ben(
    "Alumni drinks in Hong Kong on 8 June, anyone around? First round on me.",
    "alumni_group",
)

ben(
    """
Reminder: $20 each for Ms. Patel's end-of-year gift, e-transfer to me by Friday. It's a surprise, so
please don't tell the kids!
""",
    "parents_group",
)

ben(
    """
Hi all, the deposit for the Quebec City trip ($150) is due Friday. Pay through the school's online payment portal only.
The school never asks for payment by text or e-mail, so ignore anything like that.
""",
    "parents_group",
)

ben(
    "Can someone pick up Leo too? Happy to e-transfer gas money.",
    "parents_group",
)

ben(
    """
The Chinese Canadian Seniors Association is collecting $10 per person for the Lunar New Year banquet.
Cash to Mrs. Wong at the Tuesday mah-jong session, or e-transfer. Volunteers needed for set-up!
""",
    "community_association",
)

ben(
    """
Our Tamil community centre is hosting a free session with an immigration lawyer on 12 March: what to
do if someone pressures your family back home, and how to report it. Tea and snacks provided.
""",
    "community_association",
)

ben(
    """
Shh! Surprise party for Raj's 25 years at the utility, Friday 4pm, control room kitchen. Don't tell
him! $25 each to Karen for the cake and gift.
""",
    "surprise_party",
)

ben(
    "Keep it secret from Dana, she thinks it's a budget meeting 🎉",
    "surprise_party",
)

ben(
    """
[17:45] Lucy: ok the plan for Ahmed's retirement: he thinks he's going to a briefing at HQ
[17:46] Lucy: please don't mention anything on the team channel, he reads everything
[17:46] Lucy: collection envelope is in my drawer, cash or e-transfer
""",
    "surprise_party",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: journalists and NGO researchers
# ---------------------------------------------------------------------------------------------

ben(
    """
Subject: Interview request - Lakeshore grid upgrade

Hello Ms. Sandhu,

I'm a reporter at The Harbour Ledger, writing about the Lakeshore transmission upgrade. I'd like to
interview you on the record about the project's public timeline and costs. Your comments would be
attributed to you by name and title. If you need sign-off from your communications team first, I'm
happy to wait; I've copied them here.

Thanks,
Marcus Oyelaran
Energy reporter, The Harbour Ledger
555-0126
""",
    "journalist_interview",
)

ben(
    "Reporter at Northline News. On the record, 10 minutes, about the port strike?",
    "journalist_interview",
)

ben(
    """
If you prefer, we can talk on Signal: my number is on my staff page. I'll still only quote what you
agree to on the record, and I won't ask you for documents or anything your employer hasn't made public.
""",
    "journalist_interview",
)

ben(
    """
[09:40] Ines (Courier desk): thanks for agreeing! Your press office set it up, so 2pm still okay?
[09:41] Dr. Ko: yes, 2pm. I'll stick to the published results
[09:41] Ines (Courier desk): perfect, I'll send the quotes back for a fact check
""",
    "journalist_interview",
)

ben(
    """
Dear Mr. Tursun,

I'm a researcher at Open Borders Watch. We're documenting cases where families abroad have been
pressured to get relatives in Canada to return. If you're willing, we would like to interview you; you
can remain anonymous, you decide what to share, and we will never contact your relatives. We can talk
by phone, in person, or on Signal if you feel safer there.

With respect,
Sarah Kimani
Senior Researcher, Open Borders Watch
""",
    "ngo_research",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: conferences and trade fairs
# ---------------------------------------------------------------------------------------------

ben(
    """
Call for speakers: EnergyTech North 2027, Calgary, 9-11 March. Accepted speakers get free
registration; travel bursaries of up to $800 are available for students and early-career engineers.
Abstracts through the conference website by 1 October.
""",
    "conference_invite",
)

ben(
    "Your registration for ChipWorld Dublin is confirmed. Badge pickup at Hall B.",
    "conference_invite",
)

ben(
    """
Subject: Paper accepted - International Conference on Power Electronics, Shanghai

Dear Dr. Abara,

Congratulations, your paper #412 has been accepted for oral presentation. A visa invitation letter is
attached. Registration (USD 550) can be paid by card on the conference website. If your institution
requires an export-control or travel-security review before travel to China, please allow time for it;
we are happy to provide the full programme.

Organising Committee, ICPE 2026
""",
    "conference_invite",
)

ben(
    """
Hi Dr. Obi, we'd love to have you on our AI governance panel at the Ottawa Policy Forum on 22 May. We
cover economy travel and one hotel night. All sessions are public and livestreamed, so no off-the-record
content, please!
""",
    "conference_invite",
)

ben(
    """
Thank you for visiting the Aurelon Composites stand at the Singapore Airshow! As promised, our brochure
and price list are attached. I'm the sales manager for North America; please reach me at this address
or on 555-0183. We'd be glad to quote through your procurement office.

Best,
Evan Liu
""",
    "trade_fair",
)

ben(
    """
Exhibitor notice: visitors have reported messages from people claiming to be our staff and asking to
continue "on WhatsApp" or by personal email. Our team only contacts you from @aurelon.example.com
addresses. If in doubt, come and see us at Stand 4C.
""",
    "trade_fair",
)

# ---------------------------------------------------------------------------------------------
# Benign look-alikes: HR onboarding, bank and payroll, investors, procurement
# ---------------------------------------------------------------------------------------------

ben(
    """
Subject: Welcome to Valemont Defence - before your first day

Hi Jordan,

Welcome aboard! Before 6 January, please complete the security questionnaire on our secure onboarding
portal and bring two pieces of government ID on day one. Your manager will meet you at reception.

We will never ask for your bank password, a fee, or for you to buy equipment yourself. If anyone does,
tell us.

People Team, Valemont Defence
""",
    "hr_onboarding",
)

ben(
    "Please bring your passport and a void cheque on Monday for payroll setup.",
    "hr_onboarding",
)

ben(
    """
Hi Ms. Reid, your Reliability Status check is in progress. The Departmental Security Officer may call
you from 555-0132 to confirm a few details; it's a normal part of the process.
""",
    "hr_onboarding",
)

ben(
    """
[08:55] Kerry (HR): welcome! your laptop ships Monday by courier
[08:56] Kerry (HR): any equipment costs are on us, you should never pay for anything yourself
[08:56] Kerry (HR): ping me on Teams once you're logged in
""",
    "hr_onboarding",
)

ben(
    """
Subject: Confidentiality agreement - please sign

Hello Priyanka,

Attached is the standard confidentiality and intellectual property agreement for new staff in the
Research Division. Please review and sign it electronically before your start date. If you have
questions, reply to this email or call HR on 555-0149.

Onboarding, Kestrel Micro Devices
""",
    "hr_onboarding",
)

ben(
    """
Northshore Bank: We will never ask for your password or a one-time code by text, email or phone. If
someone does, hang up and call the number on the back of your card.
""",
    "bank_notice",
)

ben(
    "Northshore Bank: Transfer of $2,400.00 received from WESTBROOK UNIV - HONORARIUM.",
    "bank_notice",
)

ben(
    """
Incoming international wire: USD 3,000.00 from GRIDLINE INSIGHTS LTD, reference CONSULT-0917, credited
to your chequing account. If you don't recognise this payment, call us on 555-0161.
""",
    "bank_notice",
)

ben(
    """
Subject: Your March payslip

Your March payslip is available on the portal. It includes a one-off payment of £650 (on-call
allowance, February) and the reimbursement of your Bristol travel claim.

Payroll Services
""",
    "payroll_notice",
)

ben(
    "Payroll: direct deposit change confirmed. If this wasn't you, call 555-0129.",
    "payroll_notice",
)

ben(
    """
Dear Dr. Abenov, your honorarium for the external review panel ($750) will be paid through payroll
with tax withheld, as required for non-employee payments. It should appear on your 30 April statement.
""",
    "payroll_notice",
)

ben(
    """
Hi Yusra, I'm a partner at Fernhill Ventures. We've been following Quillon's work on low-power radar
chips and would love to meet you and your co-founder in London; we'll cover travel. If things progress,
we'd ask for data room access under a standard NDA, nothing before that.

Best,
Oliver Grant
""",
    "genuine_investor",
)

ben(
    "Term sheet attached. Our counsel will call yours tomorrow. Congrats!",
    "genuine_investor",
)

ben(
    """
Subject: Bid blackout - Relay Protection Upgrade RFP

Colleagues,

The Relay Protection Upgrade RFP is in its evaluation period. Until the award is announced, do not
discuss the tender, the evaluation or the budget with any bidder or their representatives, including at
conferences or social events. Refer all questions to the contracting authority.

Strategic Procurement
""",
    "procurement_notice",
)

ben(
    """
Hello, for the export paperwork on order 7781 we need a signed end-user certificate. Please confirm the
end user and the end use as stated on your permit; we can't ship the forgings without it.

Export Compliance, Brennock Alloys
""",
    "procurement_notice",
)

# ---------------------------------------------------------------------------------------------
# Benign, plain
# ---------------------------------------------------------------------------------------------

ben("are we still on for squash at 7?", "ordinary_chat", False)

ben(
    """
[12:04] Jess: lunch at the pho place?
[12:05] Omar: yes but I have to be back for a 1pm
""",
    "ordinary_chat",
    False,
)

ben(
    "Running 10 mins late, save me a seat at the back.",
    "ordinary_chat",
    False,
)

ben(
    """
Hi team, the quarterly maintenance window for the billing system moves to Saturday 02:00-04:00. Please
save your work before you leave on Friday.

Thanks,
IT Operations
""",
    "work_email",
    False,
)

ben(
    """
Subject: Minutes - design review, 14 Feb

Attached are the minutes from Tuesday's design review. Actions: Li to update the load calculations,
Sandra to book the test rig for March. Next review 28 Feb.
""",
    "work_email",
    False,
)

ben(
    "Your library book 'The Salt Orchard' is due back on 3 May.",
    "notification",
    False,
)


def check(records: list[Record]) -> None:
    """Fail loudly if the hand-written records break the set's conventions."""
    assert len(records) == 200, len(records)
    labels = [r["label"] for r in records]
    assert labels.count(1) == 100 and labels.count(0) == 100
    assert sum(1 for r in records if r["label"] == 0 and r["lookalike"]) >= 90
    texts = [str(r["text"]) for r in records]
    assert len(set(texts)) == len(texts), "duplicate text"
    for r in records:
        text = str(r["text"])
        assert text == text.strip() and text, text[:40]
        kind = str(r["kind"])
        assert re.fullmatch(r"[a-z]+(?:_[a-z]+)*", kind), kind
        cats = r["categories"]
        assert isinstance(cats, list)
        if r["label"] == 1:
            assert cats and set(cats) <= CATEGORIES and len(set(cats)) == len(cats), text[:40]
            assert r["stage"] in STAGES, text[:40]
            assert r["subtlety"] in {"overt", "subtle"}
            has_stock_word = TELLTALE.search(text) is not None
            if r["subtlety"] == "subtle":
                assert not has_stock_word, (TELLTALE.search(text), text[:60])
        else:
            assert cats == [] and r["stage"] == "none" and r["subtlety"] == "none"


def main() -> None:
    check(RECORDS)
    shuffled = RECORDS[:]
    random.Random(SEED).shuffle(shuffled)
    body = "".join(
        json.dumps({"id": f"enb5-{n:03d}", **rec}, ensure_ascii=False) + "\n"
        for n, rec in enumerate(shuffled, start=1)
    )
    OUT.write_text(body, encoding="utf-8")
    print(f"{OUT.name}: {len(shuffled)} records")


if __name__ == "__main__":
    main()
