"""English training messages by author 19: formal defence, aerospace, nuclear, space and telecoms mail.

Who and how: written by a project engineer (an AI assistant) by hand from the threat description in
``DESIGN.md`` only (the funnel, the categories, the look-alikes) and from what public warnings describe
(CSIS, MI5/NPSA "Think Before You Link", FBI). The author did not open the rule packs, the training corpus
(apart from the shared helper ``template_families.py``) or any evaluation set. Every name, firm, number,
programme and address is invented; e-mail domains are example.com/.net/.org, phone numbers come from
ranges reserved for fiction (07700 900xxx, 020 7946 0xxx, 555-01xx).

Run from the repository root: ``python data/corpus/raw/en_author19_source.py``. It rewrites
``data/corpus/raw/en_author19.jsonl`` (fixed seed, so the output is stable).

What the families cover. The angle is the formal register of the UK, Canadian, Australian and US defence,
aerospace, nuclear, space, telecoms and public-sector world. Each family has three hand-written templates:
a short chat line, an InMail or short e-mail, and a long e-mail with a signature, a quoted reply or a
forwarded header.

- Suspicious (``en19-s-*``, label 1): a headhunter for an unnamed board, consultancies paying for briefs,
  pivots to a personal address or an app (also spelt out with spaces), think-tank invitations abroad with
  everything paid, secrecy from the employer, payment to a relative or in crypto, equipment-fee and task
  scams, pressure on diaspora family. Eleven of the twenty families are ``subtle``: no app name, no
  "client", no fee, no "confidential"; only what is asked shows the intent (what has not been announced,
  the draft scoring before the minister sees it, a visit to "the people I work with", settling up through
  a cousin).
- Benign (``en19-b-*``, label 0): executive-search partners who name the board and the role ("this search
  is confidential"), in-house talent teams with a salary band, a recruiter who uses WhatsApp only to fix a
  time, expert networks that pay for one hour and refuse non-public information, think tanks and
  universities paying for public reviews and talks, conference organisers and travel desks paying
  flights, journalists on the record, colleagues on the work channel, procurement and bid teams on a
  published tender, security-awareness notices that quote the warning signs, vetting and export-control
  offices, family and diaspora chats, clearance job adverts, HR onboarding through the official portal,
  consultants invoicing a named client, investor-relations days, industry working groups. 25 of the 30
  benign families are look-alikes; five are plain work and chat traffic.

Counts and length spread (words split on white space; ``main()`` prints them after writing the file)::

    447 messages in 50 families (7-9 each); 179 suspicious in 20 families, 11 of them subtle (98
    messages); 268 benign in 30 families, 25 of them look-alikes (223 messages)
    short, 3-20 words:      150 (60 suspicious / 90 benign)
    medium, 21-120 words:   149 (60 suspicious / 89 benign)
    long, 121-300 words:    148 (59 suspicious / 89 benign)

Each template is drawn three times; a draw that repeats an earlier text of its family is dropped, which
is why a few families have fewer than nine messages.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from textwrap import dedent

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_families import Families, build, write

SEED = 1919
PER_TEMPLATE = 3
OUT = Path(__file__).resolve().parent / "en_author19.jsonl"


_ITEM = re.compile(r"^(?:\[|>|-|\d+\.|[A-Z][\w ,'-]{0,30}:)")


def T(text: str) -> str:
    """A template written as an indented block: source lines wrapped mid-sentence are joined again.

    A line continues the previous one when that one is long (it was wrapped to fit this file) and the
    line does not open a chat line, a quote, a list item or a "Field:" line. Signatures, greetings and
    list items keep their own lines, as in a real e-mail.
    """
    out: list[str] = []
    for line in dedent(text).strip("\n").split("\n"):
        if out and line and len(out[-1]) > 60 and not _ITEM.match(line):
            out[-1] += " " + line.strip()
        elif out and line.startswith("  ") and out[-1]:
            out[-1] += " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


POOLS: dict[str, list[str]] = {
    "t": ["Dr Whitcombe", "Ms Abernethy", "Mr Okonjo", "Dr Lachance", "Ms Varga", "Mr Pemberton-Hale",
          "Dr Ranasinghe", "Ms Delacroix-Bell"],
    "f": ["Imogen", "Callum", "Priya", "Marc-André", "Siobhan", "Tobias", "Mei", "Declan"],
    "s": ["Harriet Kingsley", "Owen Tremayne", "Lucinda Farrow", "Raj Menon", "Gabrielle Tessier", "Nathan Cole",
          "Fiona McAllister", "Daniel Whitlock"],
    "sf": ["Harriet", "Owen", "Lucy", "Raj", "Gabby", "Nate", "Fi", "Dan"],
    "prime": ["Northmere Aerospace", "Castlegate Defence Systems", "Borealis Avionics Canada",
              "Tasman Maritime Systems", "Redfern Space Industries", "Albion Nuclear Services",
              "Keystone Secure Networks"],
    "search": ["Halloran Pierce Partners", "Whitmore & Vance Executive Search", "Ashdown Grey Associates",
               "Lindqvist Board Practice"],
    "en": ["Meridian Expert Network", "Keel & Compass Insights", "Tallgrass Advisory Panels",
           "Brightwater Expert Calls"],
    "uni": ["the University of Carrowmore", "Lakeshore Institute of Technology", "Northgate University",
            "the University of Wyndham Bay"],
    "tt": ["the Harcourt Institute for Security Studies", "the Ridgeway Policy Centre",
           "the Atlantic Resilience Forum", "the Southern Cross Strategy Institute"],
    "abroad": ["Singapore", "Istanbul", "Dubai", "Kuala Lumpur", "Hong Kong", "Macau", "Bangkok"],
    "home": ["Bristol", "Ottawa", "Adelaide", "Huntsville", "Derby", "Montréal", "Canberra"],
    "prog": ["the Kestrel radar refresh", "the Halberd frigate upgrade", "the SkyWarden ground segment",
             "the Tern small modular reactor", "the Northlight 5G core migration",
             "the Aurora constellation bid"],
    # No currency: the band is quoted in the currency of whatever site {home} names.
    "salary": ["92,000–108,000 plus a 12% bonus", "145,000–165,000", "180,000–200,000 plus pension",
               "155,000–175,000", "70,000–80,000 plus car allowance"],
    "ph": ["07700 900143", "07700 900876", "+1 613 555 0142", "+1 256 555 0187", "020 7946 0321",
           "+1 604 555 0119"],
    "pmail": ["h.kingsley.work@example.com", "owen.t.consult@example.net", "rmenon.private@example.org",
              "g.tessier88@example.com"],
    "day": ["Tuesday 12 May", "Thursday the 21st", "Monday 1 June", "next Wednesday", "Friday 29 May"],
    "conf": ["the Pacific Space Security Summit", "the Nordic Nuclear Safety Symposium",
             "the Gulf Aerospace Forum", "the Asia-Pacific Telecoms Resilience Conference"],
    "amount": ["£450", "USD 600", "CAD 500", "AUD 650", "£800"],
    "tender": ["DPS-2026-0417", "RFT-CN-5512", "AU-DSG-2026-088", "PSC-2026-1173"],
    "rel": ["Mum", "Dad", "Auntie Lan", "Uncle Farid", "Nani", "Grandpa"],
    "town": ["Wuxi", "Shiraz", "Kazan", "Da Nang", "Multan"],
    "time": ["09:14", "11:52", "13:07", "16:40", "21:03", "22:48"],
}

# Shared by both classes: most messages carry none, a few a bare greeting or a two-word postscript.
OPENERS = ["", "", "", "", "", "Hi — ", "Hello — ", "Good morning — "]
CLOSERS = ["", "", "", "", "", " Thanks.", " Best wishes.", " Cheers."]
# A greeting does not go before a Subject line, a chat export or a message that greets already, and a
# postscript does not go after a signature, a quote or a multi-line chat export: ``tidy`` drops them there.
_GREETS = ("Subject:", "[", "Dear", "Hi", "Hello")


def tidy(text: str) -> str:
    """Drop an opener or a closer that ``build`` put where a real writer would not."""
    for opener in set(OPENERS) - {""}:
        if text.startswith(opener) and text[len(opener):].startswith(_GREETS):
            text = text[len(opener):]
    for closer in set(CLOSERS) - {""}:
        body = text[: -len(closer)]
        if text.endswith(closer) and ("\n" in body or not body.rstrip().endswith((".", "?", "!", ")"))):
            text = body
    return text



def B(text: str) -> tuple[str, str, str]:
    """A benign template: no stage, no category."""
    return ("none", "", text)

F = Families()

# ----------------------------------------------------------------------------------------------------
# Suspicious, overt
# ----------------------------------------------------------------------------------------------------
F.add("en19-s-01-board-headhunter", 1, "fake_headhunter", "email", False, [
    ("contact", "credential_targeting vague_client",
     "Your clearance and {prog} background are exactly what my client wants. Free to talk?"),
    ("contact", "credential_targeting vague_client", T("""
        Dear {t},

        I lead a discreet search for a client in the aerospace space who is building an advisory board.
        They prefer not to be named at this stage, but they were impressed by your work on {prog} and by
        the fact that you hold current security clearance. The role is part-time, well remunerated and
        fully remote. Could we speak this week?

        {s}
    """)),
    ("pivot", "credential_targeting vague_client off_platform", T("""
        Subject: Board advisory role - strictly private

        Dear {t},

        Thank you for accepting my connection. I will be direct, because senior people appreciate that. I
        represent a client group with significant interests in defence electronics and satellite
        communications across Asia and the Gulf. They are assembling a small circle of advisers with
        first-hand experience of Western programmes, and your name came up in connection with
        {prog}. The client is well known but values discretion, so I cannot share its name in writing.

        The engagement would be around two days a month, with a retainer that I think you will find
        generous, and occasional travel at their expense. No conflict with your current position is
        expected, and there is no need to involve your employer at this stage.

        LinkedIn is not ideal for the detail. If you could write to me at {pmail} or send me a mobile
        number, I will share the outline and arrange an introductory call with the principal.

        With best regards,

        {s}
        Managing Partner, Global Board Practice
    """)),
])

F.add("en19-s-02-paid-brief", 1, "fake_consultant", "email", False, [
    ("tasking", "paid_task vague_client", "Client will pay {amount} for a 3-page note on {prog}. Interested?"),
    ("tasking", "paid_task vague_client", T("""
        Hello {f},

        I run a small research consultancy that supports an overseas client on procurement trends in the
        defence and nuclear sectors. They are looking for short written reports from practitioners, two
        to four pages each, and pay {amount} per report on delivery. The first topic would be the
        decision timeline for {prog}. Happy to explain more if this appeals.

        {s}
    """)),
    ("tasking", "paid_task vague_client sensitive_info", T("""
        Subject: Follow-up on the research note

        Dear {t},

        Many thanks for the first paper. My client found it clear and well structured, and the payment of
        {amount} has been sent as agreed. They have asked whether you could take on a second report,
        this time on {prog}.

        The published material is well covered on their side already, so the value you add is your
        perspective from inside the programme: how the requirement is likely to change before the next
        gate, which suppliers are in favour, and where the budget pressure really sits. A page or two of
        bullet points would be enough. If you have access to the latest version of the requirement
        document, a summary of the changes would be most helpful, but only in your own words.

        For a report of this depth the client would double the fee. As before, I suggest we keep this
        correspondence off your work account.

        Best regards,

        {s}
        Director, Lanyard Strategic Research Ltd
        {ph}

        > On {day}, {t} wrote:
        > Attached is the note on the market outlook. Let me know if anything is unclear.
    """)),
])

F.add("en19-s-03-pivot-personal-mail", 1, "fake_recruiter", "inmail", False, [
    ("pivot", "off_platform vague_client", "Please reply to my private email {pmail}, the client does not use LinkedIn."),
    ("pivot", "off_platform credential_targeting", T("""
        Hi {f}, thanks for getting back to me. Before we go further, could you add me on WhatsApp at
        {ph}? Our client prefers to keep all candidate communication off LinkedIn and off corporate email
        for privacy reasons. Please also mention which level of clearance you currently hold so I can
        match you with the right opening.
    """)),
    ("pivot", "off_platform vague_client secrecy", T("""
        Subject: Re: Principal Systems Engineer opportunity

        Dear {t},

        Thank you for your interest. To move forward I need to take our conversation to a more secure
        channel. The hiring organisation is a sovereign-backed technology group and, for reasons of
        commercial sensitivity, it does not allow vacancy details to be shared on networking platforms
        or sent to corporate mailboxes, which may be monitored.

        Please send your CV, a short note on your role in {prog} and your current clearance status to
        {pmail} from a personal address. Once received, I will set up a Telegram group with the hiring
        manager so that you can speak freely.

        I would also ask you not to mention this opportunity to colleagues until an offer is made; the
        client is very sensitive about competitors learning of its plans.

        Kind regards,

        {s}
        Senior Talent Partner
        {ph}

        ---------- Forwarded message ----------
        From: {s}
        Date: {day}
        Subject: Principal Systems Engineer opportunity
    """)),
])

F.add("en19-s-04-think-tank-abroad", 1, "fake_think_tank", "email", False, [
    ("meeting", "client_meeting paid_task", "All costs covered - fly to {abroad}, meet our sponsors, small honorarium for your paper."),
    ("meeting", "client_meeting paid_task vague_client", T("""
        Dear {t},

        Our foundation would like to invite you to a closed roundtable in {abroad} next month on
        space-based communications. Business-class flights, five nights at a five-star hotel and an
        honorarium of {amount} per day will be covered by our sponsor, who would like to meet you
        privately after the sessions. Please reply to confirm your availability.

        {s}
    """)),
    ("meeting", "client_meeting paid_task vague_client secrecy", T("""
        Subject: Invitation - Closed Expert Workshop, {abroad}

        Dear {t},

        On behalf of the Pacific Horizons Strategy Foundation, I am delighted to invite you to a closed
        expert workshop in {abroad} on the future of allied naval procurement. The workshop is held under
        strict non-attribution and is not publicised, so that participants can speak frankly.

        We cover everything: flights in business class, a suite at the venue, all meals and a per-day
        honorarium paid in cash on arrival or to any account you nominate. Participants are asked to
        prepare a short paper in advance on {prog}, with particular attention to matters that have not yet
        been reported in the press.

        Our principal sponsor, a private group with interests across the region, will host a dinner on the
        second evening and would value a one-to-one conversation with you.

        Given the nature of the event, we recommend you book the time as personal leave rather than as
        an official trip.

        Warm regards,

        {s}
        Programme Director
        Pacific Horizons Strategy Foundation
    """)),
])

F.add("en19-s-05-handler-payment", 1, "handler_followup", "chat", False, [
    ("tasking", "unusual_payment paid_task", "[{time}] {sf}: Sent 0.05 BTC for the last report. Wallet ok?"),
    ("tasking", "unusual_payment secrecy paid_task", T("""
        {f}, the payment for the second analysis is ready. Our accountant suggests we avoid a bank
        transfer this time, so I can offer USDT to a wallet of your choice, or gift cards if that is
        easier. Please do not declare it as consulting income; it only complicates things for everyone.
    """)),
    ("tasking", "unusual_payment paid_task vague_client", T("""
        Subject: Settlement for March papers

        Dear {t},

        Thank you again for the two papers on {prog}. My principals were very pleased, in particular with
        the section on supplier selection, and they would like to continue the arrangement on a monthly
        basis.

        On payment: after the difficulties with your bank last time, we propose to change the method. We
        can either transfer the amount to a relative's account (some of our contributors use a spouse or
        sibling), or pay in cryptocurrency to a wallet that you set up for this purpose. A third option is
        cash, handed over when you travel for the workshop in {abroad}. The amount would remain {amount}
        per paper, with a bonus for anything that reaches us before it is made public.

        Kindly let me know which option you prefer by replying to this address and not to my
        professional one. I will delete this thread on my side once we agree.

        With appreciation,

        {s}
        Partner, Eastbridge Advisory
    """)),
])

F.add("en19-s-06-equipment-fee-scam", 1, "job_scam", "email", False, [
    ("none", "job_scam unusual_payment", "Congrats on the offer! Pay the $350 clearance processing fee today to confirm."),
    ("none", "job_scam unusual_payment", T("""
        Dear candidate, following your interview for the Remote Avionics Test Analyst position with
        {prime}, we are pleased to offer you the role. Before your start date you must purchase the
        company laptop and test kit from our approved vendor. A cheque will be sent to you to cover the
        cost; please deposit it and transfer the funds to the vendor the same day.
    """)),
    ("none", "job_scam unusual_payment off_platform", T("""
        Subject: Offer of Employment - Remote Systems Verification Engineer

        Dear {f},

        Following your online interview with our hiring panel, we are pleased to confirm your appointment
        as Remote Systems Verification Engineer at a starting salary of {salary}.

        Before onboarding can proceed, new staff in defence-related roles must complete a background
        screening package. Under our agreement with the vetting contractor, the candidate pays the
        screening charge of $480 up front and it is refunded with the first salary. Payment can be made
        by Apple gift cards (please send photographs of the card backs) or by Bitcoin to the address
        provided by our finance officer.

        Please also download the Telegram app and contact our onboarding coordinator, Mr Grant, at
        {ph} to receive your equipment list. All correspondence from now on must come from your
        personal e-mail, as our corporate servers are under maintenance.

        We look forward to welcoming you to the team.

        Sincerely,

        Human Resources Department
        Redfern Space Industries (Recruitment Division)
    """)),
])

F.add("en19-s-07-diaspora-police", 1, "coercion", "chat", False, [
    ("none", "coercion", "[{time}] Unknown: Your father was visited again. Call this number or it gets worse."),
    ("none", "coercion off_platform", T("""
        {f}, this is the community liaison office for {town}. We know you work in {home} and have access
        to sensitive work. Your parents are well for now. Add us on WeChat so we can discuss your return
        and the list of association members we need from you.
    """)),
    ("none", "coercion secrecy", T("""
        Dear {f},

        I am writing on behalf of the public security bureau of {town}. We have spoken to your mother
        several times about your activities abroad, and she is worried for you and for herself. Her
        pension and your brother's position at the municipal office are under review.

        It would be best for everyone if you returned home for a conversation before the end of the
        month. If this is not possible, we can meet at a service station in {home}, which helps citizens
        abroad with such matters. Please bring the names of the people who organise the evening meetings
        at the cultural association, and the details of the engineers from your company who attend.

        There is no need to involve lawyers or the local police; this is a family matter, and involving
        outsiders will only make it harder for your relatives. Do not discuss this message with anyone.

        We will call your mother again on {day} to hear your answer.

        Office for Overseas Compatriot Affairs
    """)),
])

F.add("en19-s-08-spaced-pivot", 1, "obfuscated_pivot", "inmail", False, [
    ("pivot", "off_platform", "{f} pls add me on W h a t s A p p {ph}"),
    ("pivot", "off_platform vague_client", T("""
        Dear {f}, the client would like to brief you directly. Please add me on v x (same id as my
        name) or on te le gram. LinkedIn cuts long messages and the team overseas cannot access it.
        Kindly also bring a copy of your latest project summary for {prog}.
    """)),
    ("pivot", "off_platform vague_client paid_task", T("""
        Subject: Next steps - research partnership

        Dear {t},

        Thank you for the interesting exchange last week. As mentioned, my client is a private analytics
        group preparing a market study on allied space programmes and would like to commission a set of
        short papers from you, paid per paper.

        For data-protection reasons they do not correspond through professional networks. Please
        contact their research coordinator on S-i-g-n-a-l at {ph}, or on W.e.C.h.a.t with the id
        harbour_research_example. If neither works for you, a personal e-mail (not a work address) is
        acceptable; Gmail or Proton are both fine.

        The coordinator will explain the format and the first topic, which concerns {prog}. Please
        introduce yourself with the reference HR-19 so that she knows who you are.

        I look forward to hearing that you have connected.

        Best regards,

        {s}
        Associate Director, Strategic Insights
    """)),
])

F.add("en19-s-09-dont-tell-employer", 1, "fake_consultant", "email", False, [
    ("tasking", "secrecy paid_task", "No need to tell your manager about the papers. Keep this between us."),
    ("tasking", "secrecy paid_task vague_client", T("""
        Hi {f}, just a reminder that my client values discretion. Please do not mention our paid
        arrangement to your security officer or list it on the outside-interest form; these forms are
        read by too many people. Treat it as a private hobby and we will all be fine.
    """)),
    ("tasking", "secrecy paid_task sensitive_info", T("""
        Subject: Re: Re: Second paper

        {f},

        I understand your hesitation, and I appreciate that you raised it with me rather than with
        anyone at work. Let me reassure you. Nothing we ask for is classified. We want your professional
        judgement, the kind of thing you would say over coffee to a friend: how the programme board is
        thinking, which options have been dropped, what the minister's office is pushing for.

        There is no reason for your employer or the vetting office to be involved. They would only
        misread a normal consulting relationship. If you are asked, this is advice to a private
        research company on public market trends, which is true as far as it goes.

        Please continue to use your personal address and delete these messages after reading. The fee
        for the next paper will be {amount} plus a bonus once it is delivered.

        Kind regards,

        {s}

        > I am not comfortable keeping this from my line manager. Is that really necessary?
        > Sent from my phone
    """)),
])

# ----------------------------------------------------------------------------------------------------
# Suspicious, subtle (no app name, no "client", no fee, no "confidential")
# ----------------------------------------------------------------------------------------------------
F.add("en19-s-10-subtle-flattery-contact", 1, "subtle_approach", "inmail", False, [
    ("contact", "credential_targeting vague_client",
     "Your access on {prog} is rare; the people I work with want to meet you."),
    ("contact", "credential_targeting vague_client", T("""
        Dear {t}, I came across your profile while looking for people who have worked inside allied
        programmes rather than around them. Your years on {prog}, and the vetting level that goes with
        such a post, set you apart. The group I advise likes to build long relationships with people of
        your calibre. Might you have half an hour for an informal chat?
    """)),
    ("contact", "credential_targeting vague_client", T("""
        Subject: An introduction

        Dear {t},

        Please forgive an unsolicited note. I have followed your career with interest since your talk in
        {home} two years ago, and I was struck by how clearly you explained the trade-offs on {prog}.
        There are very few people who have seen both the engineering and the ministry side of a
        programme of that size, and fewer still who hold the clearance that such a post requires.

        I help a small group of private investors who take a long view of the sector. They are not
        looking for anything formal, only for thoughtful people they can talk to from time to time about
        where things are heading. Over the years they have looked after the people they talk to very
        well, and several of those relationships have lasted a decade.

        I would be glad to buy you lunch when I am next in {home}, or to speak by phone at any time that
        suits you. There is no obligation of any kind, and of course nothing you are not comfortable
        discussing.

        With kind regards,

        {s}
    """)),
])

F.add("en19-s-11-subtle-unannounced", 1, "subtle_approach", "email", False, [
    ("elicitation", "sensitive_info vague_client",
     "The people I work with were hoping for more on what hasn't been announced yet."),
    ("elicitation", "sensitive_info vague_client", T("""
        Thanks for the overview, {f}. It matched what is already in the trade press, which is useful in
        its own way. What my colleagues would really value is the part that is still being decided: the
        shortlist before it is published, and the figures the board saw last month. Even a rough sense
        would help.
    """)),
    ("elicitation", "sensitive_info vague_client", T("""
        Subject: Re: Notes from our conversation

        Dear {t},

        Thank you for your notes on {prog}; they were thorough and I have passed them on. I should be
        honest that most of the material was already familiar to the people I work with, because it
        follows the ministry's public statement closely.

        Where you could really help is in the period before the next announcement. They would like to
        understand which of the three options the steering group now favours, what the revised cost
        estimate looks like, and whether the delivery date in the draft plan differs from the one
        given to parliament. None of this needs documents. Your own recollection of the discussion
        would be enough, written up in a page or two.

        I know these things are sensitive within your organisation, so please take the time you need
        and send it whenever convenient, to the same address as before.

        With thanks and best wishes,

        {s}

        > On {day}, {t} wrote:
        > Please find my notes below. Everything here is based on the published documents.
    """)),
])

F.add("en19-s-12-subtle-worth-your-while", 1, "subtle_approach", "email", False, [
    ("tasking", "paid_task vague_client",
     "{f}, write up how the review board is leaning and we'll make it worth your while."),
    ("tasking", "paid_task vague_client", T("""
        Dear {f}, my associates would appreciate a short written view from you every month on how
        {prog} is progressing: who is gaining ground, which decisions are slipping, what is worrying the
        programme office. They always look after people who help them think clearly, and generously.
    """)),
    ("tasking", "paid_task vague_client sensitive_info", T("""
        Subject: A regular note

        Dear {t},

        It was a pleasure to meet you at the reception in {home}. As I mentioned over drinks, the
        partners I support are building a picture of how large allied programmes are really managed,
        as opposed to how they appear from outside.

        What would help them most is a short, regular note from someone who sits in the right meetings.
        Once a month would be ideal: a page on the decisions taken, the ones deferred, the names that
        come up, and anything that has changed since the last review. It does not need to be polished,
        and there is no need for attachments; your own words are best.

        They are used to recognising that kind of effort properly, and the first note would be
        recognised at once. If travel is ever useful for a longer conversation, that can also be
        arranged at no cost to you.

        Would you be open to trying it once, to see how it feels?

        Best wishes,

        {s}
    """)),
])

F.add("en19-s-13-subtle-visit", 1, "subtle_approach", "email", False, [
    ("meeting", "client_meeting vague_client",
     "Come to {abroad} for a few days, {f}; everything is arranged. They'd like to meet you."),
    ("meeting", "client_meeting vague_client", T("""
        {f}, the people I mentioned will be in {abroad} the week after next and would very much like to
        meet you in person. Tickets and the hotel are already taken care of; you only need to tell me
        which dates work. It is better if the trip looks like a short holiday.
    """)),
    ("meeting", "client_meeting vague_client secrecy", T("""
        Subject: Your trip

        Dear {t},

        I am glad the last conversation went well. My friends have asked whether you could join them for
        two days in {abroad} at the end of the month. They have booked a quiet place away from the
        conference hotels, with a car to meet you at the airport, and they will take care of every
        expense, including a few extra days if you would like to bring your family.

        They would like to go through the points you raised about {prog} in more depth, with a couple of
        their technical people present, and to discuss how the relationship might develop over the
        coming years.

        I suggest you book the days as annual leave and keep the itinerary to yourself; travel
        declarations at your organisation tend to raise questions that have nothing to do with a
        private visit. I will send the details to the same address as before.

        Looking forward to seeing you there,

        {s}
    """)),
])

F.add("en19-s-14-subtle-keep-it-quiet", 1, "subtle_approach", "chat", False, [
    ("none", "secrecy", "[{time}] {sf}: Best not to mention our chats at work. HR wouldn't understand."),
    ("elicitation", "secrecy sensitive_info", T("""
        {f}, one more thing. Please don't put our talks on any form or in your diary. People at your
        place get nervous about outside contact, and what you told me about the test results was only
        ever meant for the two of us. Can we keep going like that?
    """)),
    ("elicitation", "secrecy sensitive_info vague_client", T("""
        Subject: Re: Thursday

        {f},

        I have been thinking about what you said on Thursday about the security briefing at your site. I
        understand why they run those sessions, but I hope you can see that our conversations are not
        what they are warning you about. We are two professionals exchanging views, nothing more.

        Still, I would ask you not to mention me to the security team or to your line manager, and not to
        record our meetings in the contact log they asked you to keep. Once something is written down
        there, it takes on a life of its own and it would end a friendship that I value.

        For next time, the people I talk to were curious about the figures you mentioned from the
        trial at {home}, in particular the failure rate that was not in the public summary. If you
        could bring your own notes, that would be enough.

        Same place, same time?

        {sf}

        > I had to sit through an hour on "suspicious approaches" today. Slightly awkward.
    """)),
])

F.add("en19-s-15-subtle-handler-scoring", 1, "handler_followup", "email", False, [
    ("elicitation", "sensitive_info",
     "Tender notes helpful, {f}. Next, the draft scoring before it reaches the minister on {day}?"),
    ("elicitation", "sensitive_info vague_client", T("""
        Dear {f}, the notes on the evaluation panel were just what my partners needed, thank you. The
        next step would be the moderated scores for {prog}, ideally before the recommendation is signed.
        A photograph of the summary sheet would do, or your own reconstruction if that is easier.
    """)),
    ("elicitation", "sensitive_info vague_client paid_task", T("""
        Subject: Following our last meeting

        Dear {t},

        Thank you for the time on Saturday and for your candour about the tender for {prog}. Your
        explanation of how the panel weighs price against capability was exactly what we lacked, and the
        people I work with were grateful. The envelope I left is a small sign of that.

        They now have three questions, which I list so that you can think about them at leisure:

        1. The provisional ranking of the four bidders after moderation.
        2. Whether the cost ceiling in the business case has been revised since the spring.
        3. Which members of the panel have reservations about the front-runner, and why.

        These are matters that will be public in a few months anyway, so you would only be helping us see
        them a little earlier. A page of notes would be more than enough, handed over as before rather
        than sent electronically.

        I will be in {home} from {day}. Shall we say the same café?

        Warm regards,

        {s}
    """)),
])

F.add("en19-s-16-subtle-family-pressure", 1, "coercion", "chat", False, [
    ("none", "coercion", "[{time}] {rel}: The officers came again. They want you to visit them when you are home."),
    ("none", "coercion", T("""
        {f}, your mother asked after you today. The office in her district has some questions about
        the association you help run in {home}, and about who comes to the meetings. They think it would
        be simpler if you came back this summer to talk. She is very anxious, so please answer soon.
    """)),
    ("none", "coercion", T("""
        Dear {f},

        I am an old friend of your father's from {town}, and he asked me to write because he does not
        want to worry you on the phone. Since the spring, people from the local office have been coming
        to the house. They are polite, but they ask about you: where you work, what your company in
        {home} makes, who your friends are, whether you still go to the community evenings.

        Your father's licence for the shop is up for renewal in the autumn, and your sister has applied
        for a teaching post. They mentioned both, in a way that was hard to misunderstand.

        They would like you to come home for a short visit, or, if that is difficult, to meet someone
        from their side in {home} who will explain what they need. They said it is mostly a list of
        names and some information about your work, nothing that would trouble you.

        Your father says do what you think is right, but he is not sleeping well.

        With respect,

        Mr Wen
    """)),
])

F.add("en19-s-17-subtle-outside-hours", 1, "subtle_approach", "inmail", False, [
    ("pivot", "off_platform", "{f}, could you send me a number I can reach you on outside office hours?"),
    ("pivot", "off_platform vague_client", T("""
        Dear {t}, I would rather not continue on this site, and certainly not on your work address.
        Could you give me a mobile number that is not tied to your employer, or a home address for
        e-mail? The people I represent would like to speak to you directly about {prog}.
    """)),
    ("pivot", "off_platform vague_client credential_targeting", T("""
        Subject: Re: Your question

        Dear {t},

        Thank you for the quick reply. You asked why I would rather not use your work address. It is
        simply that conversations of this kind are best kept away from systems that your organisation
        reads; the people I represent have learned over the years that their interest in someone can be
        misunderstood by colleagues who do not know the full picture.

        Given your role on {prog} and the vetting that goes with it, I think you will understand the
        need for some care. So could we continue through a private address that you set up for the
        purpose, or could you send a number for a phone that you do not use for work? Evenings and
        weekends suit me well.

        When we speak, I will explain who they are and what kind of long-term relationship they have in
        mind. I think you will find it interesting, and rewarding.

        With best regards,

        {s}

        > Happy to talk, but why not through my work e-mail?
    """)),
])

F.add("en19-s-18-subtle-task-scam", 1, "job_scam", "chat", False, [
    ("none", "job_scam", "{f}, finish 30 rating tasks today, then top up your account to unlock level 2."),
    ("none", "job_scam unusual_payment", T("""
        Hi {f}, great work on day one, you have earned your first commission. To withdraw it you need a
        balance of at least $200 in your task account, so please top up the difference today. Level 2
        tasks pay three times as much, and most of our aerospace reviewers reach it within a week.
    """)),
    ("none", "job_scam unusual_payment", T("""
        Subject: Your reviewer account - action needed

        Dear {f},

        Welcome to the Aerospace Supplier Review Programme. As part of our quality team, you rate supplier
        listings for defence and aviation buyers from home, about thirty minutes a day, and earn a
        commission on every completed set.

        Your account shows 28 of 30 tasks completed for today. The last two are "combination tasks",
        which carry a higher commission but require your account balance to cover the order value
        temporarily. Your current balance is short by $740. Once you add the difference, the two tasks
        will complete automatically and your full balance, plus commission, can be withdrawn within 24
        hours.

        Please note that an account that does not complete its daily set within 48 hours is frozen and
        the balance is lost. Several members of your cohort have already moved to level 3.

        Your personal mentor, Ms Carter, is available until midnight to guide you through the deposit.

        Kind regards,

        Member Services
        Aerospace Supplier Review Programme
    """)),
])

F.add("en19-s-19-subtle-settle-via-cousin", 1, "handler_followup", "email", False, [
    ("none", "unusual_payment secrecy", "{f}, easier to settle this through your cousin in {town} than your own bank, yes?"),
    ("tasking", "unusual_payment paid_task", T("""
        {f}, about the thank-you for your summary. Rather than anything through payroll or your own
        account, my friend suggests sending it to your brother in {town}; he can pass it on whenever you
        visit. It keeps everything simple for you at home and at work.
    """)),
    ("tasking", "unusual_payment paid_task secrecy", T("""
        Subject: The arrangement

        Dear {f},

        Thank you for your patience while we sorted this out. The people I work with want to recognise
        your help with the summaries on {prog}, and they have asked me to find the most comfortable way
        of doing so.

        A transfer to your own account would appear on your statements and, given the checks that people
        in your position go through, that could lead to questions you would rather not answer. So we
        suggest one of two routes. Either the amount goes to a relative abroad, your cousin in {town}
        for example, who can hold it for you, or it is handed over in person when we next meet, in an
        envelope, as before.

        Please let me know which you prefer, and the name and details for the transfer if you choose the
        first. There is no need to write anything about this in your annual declaration; it is a private
        gift between friends.

        With warm regards,

        {s}
    """)),
])

F.add("en19-s-20-subtle-workshop-access", 1, "subtle_approach", "email", False, [
    ("contact", "credential_targeting",
     "Your access to the programme office is exactly what our workshop is missing."),
    ("contact", "credential_targeting vague_client", T("""
        Dear {t}, we are bringing together a handful of people who work inside cleared programmes for an
        informal, unrecorded discussion. Your position on {prog} makes you an ideal participant. There are
        no papers to write; we only ask that you speak openly about what you see day to day.
    """)),
    ("meeting", "credential_targeting client_meeting", T("""
        Subject: An informal workshop

        Dear {t},

        I am organising a very small, informal workshop for people who work inside sensitive programmes,
        and I would be delighted if you could join us. There will be six participants, no press, no
        recording and no published output. The aim is simply to let practitioners speak about their
        daily work more openly than a public conference allows.

        You were suggested because of your role on {prog} and because you hold the kind of vetting that
        lets you see the whole picture. The other participants come from similar positions in allied
        countries, and our hosts are keen to hear, in particular, how decisions are actually made before
        they are announced.

        The workshop will take place over two days in {abroad}. Our hosts will look after the journey and
        your stay, and a car will collect you from the airport. We ask only that you do not circulate the
        invitation, as the group is kept small by design.

        Do let me know if you would like to take part.

        With best wishes,

        {s}
        Convenor
    """)),
])

# ----------------------------------------------------------------------------------------------------
# Benign look-alikes
# ----------------------------------------------------------------------------------------------------
F.add("en19-b-01-exec-search-board", 0, "genuine_recruiter", "email", True, [
    B("{search}: non-exec seat on the {prime} board. Confidential search; call me?"),
    B(T("""
        Dear {t}, I am a partner at {search}, retained by the board of {prime} to appoint a
        non-executive director with programme experience. The role is three days a month, with a fee of
        £60,000 a year disclosed in the annual report. This search is confidential until the appointment
        is announced. Could we speak by phone this week? My direct line is {ph}.
    """)),
    B(T("""
        Subject: Non-Executive Director, {prime} - confidential search

        Dear {t},

        I lead the aerospace and defence board practice at {search}. We have been retained by the
        Chair of {prime} to find a non-executive director to join the board and, in time, chair its
        Safety and Programmes Committee. The appointment follows the planned retirement of a long-serving
        director, which the company will announce with its results next month.

        The board is looking for someone who has delivered complex programmes in a regulated
        environment; your leadership of {prog} is exactly the kind of experience the Chair has in mind.
        The commitment is around twenty-five days a year. The fee is £65,000, in line with the
        remuneration policy published in the company's annual report, plus reasonable travel expenses.

        As is usual, this search is confidential until the announcement, so I would be grateful if you
        kept it to yourself for now. There is no need to involve your employer at this stage; should you
        go forward, the company's conflicts process would of course apply, and any appointment would
        require your current employer's consent.

        I attach the role specification. Would you be free for a call on {day}? Alternatively my
        assistant can find a time on {ph}.

        With kind regards,

        {s}
        Partner, Board Practice
        {search}
        {ph}
    """)),
])

F.add("en19-b-02-prime-talent-team", 0, "genuine_recruiter", "inmail", True, [
    B("Hi {f}, {prime} talent team. Lead Systems Engineer, {home}, {salary}. Send your CV?"),
    B(T("""
        Hi {f}, I'm in the in-house talent team at {prime}. We are hiring a Lead Systems Engineer for
        {prog} in {home}, salary {salary}. The role needs SC clearance or eligibility, which we sponsor.
        If you are open to it, could you send your CV through the careers portal and book a call with me
        using the link in my profile?
    """)),
    B(T("""
        Subject: Lead Systems Engineer - {prog} - {prime}

        Hi {f},

        Thanks for replying so quickly. As promised, here is the full picture.

        Role: Lead Systems Engineer, reporting to the Chief Engineer for {prog}.
        Location: our {home} site, hybrid (three days on site, because much of the work happens in secure
        areas).
        Salary: {salary}, pension at 10% employer contribution, 27 days' leave.
        Clearance: the role requires security clearance. If you do not hold it, we sponsor the
        application once an offer is accepted; it usually takes eight to twelve weeks.

        The process is two interviews: a technical conversation with the Chief Engineer, then a panel
        with the programme director and someone from HR. Both can be on Teams or on site, whichever you
        prefer, and we reimburse travel for on-site interviews.

        Please apply through the careers portal (reference LSE-4471) so that your details sit in our
        system rather than in my inbox; I can then move you straight to the first interview.

        Happy to talk through any of this by phone on {ph}.

        Best,

        {s}
        Talent Acquisition Partner, {prime}
    """)),
])

F.add("en19-b-03-recruiter-whatsapp-scheduling", 0, "genuine_recruiter", "chat", True, [
    B("[{time}] {sf}: WhatsApp ok for interview times only? Details stay on {prime} email."),
    B(T("""
        Hi {f}, it's {sf} from {prime} recruitment. Your on-site interview is on {day} at 10:00 in
        {home}. I've sent the formal invite and the expenses form to your email. If it's easier, I can
        text you on WhatsApp on the day in case of delays at security reception; just reply with a yes.
    """)),
    B(T("""
        Subject: Interview arrangements - {day}

        Dear {f},

        Thank you for confirming your availability. I am pleased to confirm your final interview for the
        Principal Test Engineer role at {prime} on {day} at our {home} site.

        The panel will be the Head of Test and Evaluation, a senior engineer from {prog} and me. The
        interview lasts ninety minutes and includes a short presentation; the brief is attached. Please
        bring your passport or driving licence, as the site requires photo ID at the gate.

        Travel: please book standard-class rail or mileage and claim it through the candidate expenses
        form attached; we reimburse within fifteen working days to the bank account you give on the form.

        On the day, if anything goes wrong with trains or parking, you can reach me on my work mobile,
        {ph}. Several candidates find it easier to message on WhatsApp on the day itself, and that is fine
        for logistics only; everything about the role, the offer and your documents will stay on this
        e-mail address and our careers portal.

        I look forward to meeting you.

        Kind regards,

        {s}
        Recruitment Coordinator, {prime}
    """)),
])

F.add("en19-b-04-expert-network-call", 0, "expert_network", "email", True, [
    B("{en}: paid 1-hour call on public space-launch policy, {amount}. No non-public info, ever."),
    B(T("""
        Dear {t}, I work at {en}. Our client, an infrastructure investment fund, would like a one-hour
        call on the public regulatory path for small modular reactors in Canada and the UK. We pay
        {amount} for the hour. You must not share confidential or non-public information about your
        current or former employers, and you will be asked to sign our compliance attestation first.
    """)),
    B(T("""
        Subject: Consultation request - satellite ground segment market ({en})

        Dear {t},

        I am a research associate at {en}, an expert network that arranges paid consultations between
        industry specialists and investment professionals.

        One of our clients, a European asset manager looking at the satellite services sector, would like
        to speak to someone with hands-on experience of ground-segment procurement in allied
        governments. The call would last one hour and cover public market structure, typical contract
        lengths and how buyers think about resilience. We pay {amount} per hour, invoiced through our
        expert portal, with payment to the bank account you register there.

        Our rules are strict and they protect you. You may not disclose confidential, classified or
        other non-public information, including anything about current or upcoming procurements by your
        employer. If your employment contract or clearance conditions restrict outside consulting, please
        decline. Before the call you will complete a short attestation confirming this, and our compliance
        team may join the call.

        If you are able to help, please reply with three time slots. If not, no problem at all.

        Kind regards,

        {s}
        Research Associate, {en}
        compliance@en-expert.example.com
    """)),
])

F.add("en19-b-05-expert-network-followup", 0, "expert_network", "email", True, [
    B("Thanks for the call. {amount} paid via the {en} portal; invoice attached."),
    B(T("""
        Hi {f}, thanks again for yesterday's consultation. Our client has asked for a short follow-up
        call next week on the same public topics. Before we schedule it, please re-confirm the compliance
        attestation in the {en} portal; it reminds you not to discuss any non-public information about
        {prog} or your employer.
    """)),
    B(T("""
        Subject: Re: Follow-up consultation and your attestation

        Dear {t},

        Thank you for flagging your concern before the call, that was exactly the right thing to do. To
        answer your question directly: no, our client does not want, and we will not pass on, anything
        about the current tender for {prog}. Our compliance team has added a note to the project that the
        topic is off limits, and the moderator will stop the call if it comes up.

        The follow-up will cover the same ground as before: published defence budgets, publicly
        announced contract awards and your view of industry capacity in general terms. The fee is
        unchanged at {amount} for the hour, paid through the portal to your registered account.

        If your employer's outside-interests policy requires you to declare this engagement, we are
        happy to provide a letter describing it. Many of our experts do so.

        Best regards,

        {s}
        Compliance and Project Management, {en}

        > I'm happy to continue, but I want to be clear that I can't discuss anything about the current
        > competition. Is that understood on your side?
    """)),
])

F.add("en19-b-06-think-tank-review", 0, "think_tank_commission", "email", True, [
    B("{tt} offers {amount} to peer-review our published drone-export paper. Interested?"),
    B(T("""
        Dear {t}, {tt} is preparing a public report on supply-chain resilience in allied shipbuilding,
        to be published in the autumn under the authors' names. We would like to commission you to review
        the draft and join the launch panel in {home}. We offer an honorarium of {amount}, and travel is
        reimbursed against receipts under our published expenses policy.
    """)),
    B(T("""
        Subject: Commissioned review - "Securing the Space Supply Chain" ({tt})

        Dear {t},

        I am the research director at {tt}, an independent, registered charity that publishes its
        funding sources on its website. We are completing a public report on the space industrial base
        and would be honoured if you would act as one of two external reviewers.

        The draft is 40 pages and draws only on published sources: government strategies, company annual
        reports and open trade data. We would ask you for written comments of two to three pages within
        four weeks. Your name would appear in the acknowledgements unless you prefer otherwise, and the
        report will be published in full on our website next month.

        We offer an honorarium of {amount}, paid by bank transfer against an invoice, and we would also
        invite you to speak at the public launch in {home}. Economy travel and one night's hotel would be
        booked by our events team or reimbursed against receipts.

        Please note that we do not seek, and cannot use, any non-public or classified information; if your
        employer requires you to seek approval for outside work, we are happy to write to them.

        With best wishes,

        {s}
        Director of Research, {tt}
    """)),
])

F.add("en19-b-07-university-partnership", 0, "conference_invite", "email", True, [
    B("{uni} partnerships: guest lecture on nuclear safety culture, paid, travel covered. Keen?"),
    B(T("""
        Dear {t}, I manage industry partnerships at {uni}. Our MSc in Space Systems would like to invite
        you to give the annual guest lecture in March. We pay a speaker fee of {amount} and book your
        travel and hotel. The lecture is public and recorded for our website, so please speak only to
        material your employer has cleared for public release.
    """)),
    B(T("""
        Subject: Visiting Industry Fellowship - {uni}

        Dear {t},

        Following our conversation at the industry day, I am pleased to write formally on behalf of
        {uni} to invite you to become a Visiting Industry Fellow in our School of Engineering for the
        coming academic year.

        The fellowship involves four teaching visits, one public lecture and occasional advice to final-
        year students on their design projects. It carries an honorarium of £3,000 for the year, paid
        through the university payroll, and all travel and accommodation for the visits is booked by our
        travel office or reimbursed under the university's expenses policy.

        All teaching material is public, and we neither need nor want any information that is not already
        in the open literature. Because the fellowship is an outside appointment, we will send a letter
        to your employer describing it, so that you can register it under their outside-interests
        policy; {prime} has approved similar arrangements for two of your colleagues.

        The announcement of the new fellows is planned for next month. Could you let me know by
        {day} whether you are willing to accept?

        Kind regards,

        {s}
        Head of Industry Partnerships, {uni}
    """)),
])

F.add("en19-b-08-conference-speaker-abroad", 0, "conference_invite", "email", True, [
    B("Speaker invite: {conf} in {abroad}. Flights and hotel covered by the organisers."),
    B(T("""
        Dear {t}, on behalf of the programme committee of {conf}, I am pleased to invite you to speak on
        the public panel on resilience standards. The conference takes place in {abroad}; as an invited
        speaker your economy flights, three hotel nights and conference pass are covered. The programme
        and the list of sponsors are on our website.
    """)),
    B(T("""
        Subject: Invited speaker - {conf}, {abroad}

        Dear {t},

        I am writing as chair of the programme committee of {conf}, which will be held in {abroad} this
        November. The conference is organised by an industry association with more than 300 member
        companies, and the full programme, sponsor list and past proceedings are on our website.

        We would be delighted if you could give a 25-minute talk in the session on safety assurance for
        complex systems, based on your published paper from last year. The session will be streamed and
        the slides published, so please prepare material that you are free to share publicly.

        For invited speakers we cover economy-class flights, three nights at the conference hotel and
        the registration fee; our travel agent will contact you to book. There is no speaking fee. If
        your organisation requires the trip to be approved in advance, I can send an official letter of
        invitation addressed to your employer.

        Please reply by {day} so that we can finalise the programme, which will be announced next month.

        Yours sincerely,

        {s}
        Chair, Programme Committee
        {conf}
    """)),
])

F.add("en19-b-09-travel-desk", 0, "work_email", "email", True, [
    B("Travel desk: your {abroad} flights for {conf} are booked, ticket in your inbox."),
    B(T("""
        Hi {f}, corporate travel here. Your trip to {conf} in {abroad} is approved by your cost-centre
        manager and booked: outbound {day}, four nights at the conference hotel. Please complete the
        overseas travel security briefing before you go. On the day of travel we can message you on
        WhatsApp if flights change; that line is monitored by the agency 24/7.
    """)),
    B(T("""
        Subject: Itinerary confirmation - {conf}, {abroad} (trip ref TRV-88213)

        Dear {f},

        Your business trip has been approved and booked through the corporate travel agency.

        Flights: outbound {day}, return four days later, economy class on the approved airline.
        Hotel: the conference hotel, four nights, paid centrally by the company.
        Allowance: meals are claimed at the published overseas rate through the expenses system on
        your return, with receipts.

        Before travelling, please:
        - complete the overseas travel security briefing in the learning portal (mandatory for all staff
          holding clearance travelling to this destination);
        - take the travel laptop from IT rather than your usual device;
        - report any unexpected approach, gift or invitation during the trip to the security team on your
          return, as set out in the briefing.

        On the day of travel, the agency's duty desk can reach you by SMS or WhatsApp on {ph} for
        delays and gate changes only. Nothing about your work should be sent over that channel.

        Safe travels,

        Corporate Travel Team
        {prime}
    """)),
])

F.add("en19-b-10-journalist-on-record", 0, "journalist_request", "email", True, [
    B("Journalist at Defence Weekly Review: on-record comment on the announced {prog} award?"),
    B(T("""
        Dear {t}, I am a reporter at Orbit & Industry Weekly. Following the ministry's announcement this
        morning about {prog}, I am writing a piece on what it means for suppliers. Would you be willing to
        give a short on-the-record comment, by phone or e-mail, before 4pm? I can also go through your
        press office if you prefer.
    """)),
    B(T("""
        Subject: Interview request - {prog} announcement

        Dear {t},

        I am the defence correspondent at The Northern Ledger. I am writing a feature on the
        government's announcement last week that {prog} will go ahead, and on what the upcoming decision on
        the second phase means for engineering jobs in {home}.

        I would like to interview you on the record about your published work on programme management
        and about the public documents released with the announcement. I am not asking for anything that
        has not been made public, and I will not name you as a source for anything you say off the record;
        I would simply prefer to quote you by name.

        The interview would take around thirty minutes, by phone or in person. If your employer's media
        policy requires the press office to be involved, I have copied them in and am happy to work
        through them. I hope to file by {day}.

        Best regards,

        {s}
        Defence Correspondent, The Northern Ledger
        {ph}
        cc: press.office@prime-media.example.com
    """)),
])

F.add("en19-b-11-colleague-board-slides", 0, "coworker_channel", "chat", True, [
    B("[{time}] {sf}: can you send me the draft board slides before Thursday?"),
    B(T("""
        [{time}] {sf}: Morning {f}. The internal review of {prog} moved to Thursday, so I need your
        section of the draft board slides by Wednesday close. Put it in the programme Teams folder, not
        email please, the confidential markings have to stay on it.
    """)),
    B(T("""
        Subject: Board pack - draft v3 for your section

        Hi {f},

        Quick one ahead of Thursday's internal board. The company secretary has moved the deadline for
        the board pack to Wednesday noon, so I am collecting the final sections now.

        For your part (risks and schedule for {prog}), could you:
        - update the schedule chart with the slip we agreed at Monday's review;
        - add the revised cost-to-complete figure from finance (it is in the restricted folder on the
          programme SharePoint, not the general one);
        - keep the "Commercial in Confidence" marking on every slide, as the pack goes to the board only.

        Please upload it to the board-pack library rather than attaching it here; the security team
        asked us to stop circulating the pack by e-mail after last quarter's audit. If you are working
        from home, use the VPN.

        The upcoming announcement about the second phase is still embargoed until the results
        statement, so please don't mention it in the covering note either.

        Thanks, and shout if you need me; I'm on Teams all day.

        {sf}
        Programme Office, {prime}
    """)),
])

F.add("en19-b-12-procurement-tender", 0, "procurement_notice", "email", True, [
    B("Clarification 4 for tender {tender} is now on the procurement portal. Deadline unchanged."),
    B(T("""
        Dear Bidder, this is a reminder that the deadline for tenders under {tender} is 12:00 on {day}.
        All questions must be submitted through the e-procurement portal; we cannot answer questions by
        phone, e-mail or in person during the standstill. Canvassing officials in any way will lead to
        disqualification.
    """)),
    B(T("""
        Subject: Tender {tender} - Clarification responses and site visit

        Dear Supplier,

        Thank you for your interest in the published tender {tender} for maintenance and support of
        secure communications equipment. This message is sent to all registered bidders at the same time.

        1. Responses to clarification questions 11 to 18 have been published on the procurement portal.
           Please read them alongside the original specification.
        2. A site visit will take place on {day} in {home}. Attendance is limited to two people per
           bidder, who must register through the portal at least five working days in advance and bring
           photo ID. Bidders pay their own travel costs.
        3. Some annexes contain information marked OFFICIAL-SENSITIVE. These are released only to
           bidders who have signed the confidentiality undertaking in the portal, and may not be shared
           outside the bid team.

        Contracting authority staff may not discuss the tender outside the portal. Any attempt to obtain
        information about other bids, the evaluation or the scoring will lead to exclusion.

        The deadline for submission remains 12:00 on the date published in the contract notice.

        Regards,

        Commercial Officer, Defence Support Procurement
        procurement@dsp.example.org
    """)),
])

F.add("en19-b-13-bid-team-chat", 0, "coworker_channel", "chat", True, [
    B("[{time}] {sf}: pricing volume for {tender} is in the bid room. Don't email it externally."),
    B(T("""
        [{time}] {sf}: {f}, can you check the compliance matrix for {tender} before the 4pm bid review?
        The client's clarification answers came out this morning on the portal and two of our
        assumptions changed. Internal only for now, red team sees it tomorrow.
    """)),
    B(T("""
        Subject: Bid {tender} - red team review and sign-off

        Team,

        Thanks for a huge effort this week. Where we are on the submission for the customer's published
        tender:

        - Technical volume: v0.9 in the bid room. Red team review tomorrow at 9:00 in the secure meeting
          room; please read it before, not during.
        - Pricing: finance has the final model. Only the pricing lead and I hold it; please do not
          save copies locally or send it anywhere outside the bid room, including personal accounts.
        - Partner input: our subcontractor has signed the teaming agreement and NDA; their annex is in the
          shared folder.
        - Clarifications: the contracting authority published answers 11-18 on the portal this morning.
          Please do not contact anyone at the authority directly about them; all questions go through the
          portal, as the rules require.

        Final sign-off by the bid board is {day}, and we upload the day after. Thanks again, and please
        take the weekend off once it's in.

        {s}
        Bid Manager, {prime}
    """)),
])

F.add("en19-b-14-security-awareness", 0, "security_awareness", "email", True, [
    B("{f}, {prime} security reminder: never move to WeChat with a recruiter you do not know."),
    B(T("""
        Security notice from {prime}: staff have received LinkedIn messages from "headhunters" offering paid reports
        for an unnamed client, then asking to continue on Telegram or a personal e-mail. If this happens
        to you, do not reply, take a screenshot and report it to {s} in the security team. Genuine recruiters
        name the company and the role.
    """)),
    B(T("""
        Subject: Think before you link - warning signs of a hostile approach

        Dear colleagues,

        As part of this month's security awareness campaign, here are the warning signs that allied
        security services describe in online approaches to staff in defence, aerospace and nuclear roles.
        Please read them, even if you think you have seen them before.

        Be cautious if someone you do not know:
        - flatters you about your clearance or your access to a programme;
        - works for a "client" they will not name;
        - asks to move the conversation to WhatsApp, WeChat, Telegram, Signal or a personal e-mail;
        - offers a fee for "reports" or "white papers", then asks about internal or upcoming decisions;
        - invites you to meet the client abroad with all travel paid;
        - asks you to keep it from your employer, or offers payment in crypto, cash or to a relative.

        None of these is proof on its own, and most recruiters are genuine. But if you see two or more,
        stop, do not send anything, and report it through the security portal or on extension 4455.
        Reports are treated in confidence and you will not be in trouble for reporting.

        {s}
        Security and Resilience Team, {prime}
    """)),
])

F.add("en19-b-15-vetting-export-office", 0, "vetting_notice", "email", True, [
    B("Vetting office: your clearance review is due. Forms via the official portal only."),
    B(T("""
        Dear {f}, the export control office needs to confirm the classification of the technical data
        you plan to present at {conf} in {abroad}. Please submit the slides through the export-licence
        request form at least ten working days before travel. Do not take controlled technical data
        abroad without a licence.
    """)),
    B(T("""
        Subject: Security clearance renewal - action required

        Dear {t},

        Your security clearance is due for its periodic review. This message comes from the company
        Security Vetting Office; you can check that it is genuine by calling the number on the intranet
        page, not the number in any e-mail.

        Please complete the following within 30 days:
        1. The vetting questionnaire, through the official government vetting portal (link on the
           intranet). Never send forms or copies of your passport by e-mail.
        2. A declaration of foreign travel in the last five years, including personal trips.
        3. A declaration of any outside paid work, such as expert-network calls, paid reviews or
           lectures, with the name of the organisation that paid.
        4. Any contact you have had, online or in person, with someone who asked about your work in a
           way that made you uncomfortable.

        Declaring something is not a mark against you. Failing to declare it can be.

        You will then be invited to a short interview with a vetting officer; the interview can be held
        at your site or on a secure video call.

        Security Vetting Office
        {prime}
    """)),
])

F.add("en19-b-16-family-visit-home", 0, "family_chat", "chat", True, [
    B("[{time}] {rel}: When are you coming home? Everyone asks. Send photos on WeChat!"),
    B(T("""
        [{time}] {rel}: Your father's check-up went fine, the doctor says his blood pressure is better.
        Don't worry so much. Will you come home for the Spring Festival this year? I'll cook. Call
        on WeChat video tonight when you finish work?
    """)),
    B(T("""
        [19:02] {rel}: {f}, the hospital in {town} says Dad can go home on Friday. The surgery went
        well, he is tired but already complaining about the food, so he is fine.
        [19:05] {f}: Oh thank goodness. I'll call him tonight. Can I talk to the doctor myself?
        [19:06] {rel}: I'll ask the nurse for a time. Are you still coming home in July? Your cousins
        want to know, they are planning the trip to the mountains around your dates.
        [19:11] {f}: I've booked it, landing on the 14th. Work signed off the leave yesterday, and I
        told the security office I'm travelling, we have to do that in my job.
        [19:12] {rel}: Good, good. Bring the chocolates your aunt likes. And don't spend so much money
        on gifts this time, we just want to see you.
        [19:20] {f}: Ha, no promises. Send me the list of what Dad needs for his recovery and I'll
        transfer money to you for it this weekend.
        [19:21] {rel}: No need, we have enough. Just come home safely and rest.
    """)),
])

F.add("en19-b-17-diaspora-money-wedding", 0, "family_chat", "chat", True, [
    B("[{time}] {f}: Sent £200 to Auntie for the wedding via the bank app. Tell her!"),
    B(T("""
        [{time}] {rel}: The wedding is in {town} on the 20th, your cousin asks if you can come. If not,
        she says don't send cash, just a video message for the reception. Keep it a surprise from the
        groom!
    """)),
    B(T("""
        Subject: Re: Re: Wedding plans and the money for Grandma

        Hi {f},

        Thanks for offering to help with Grandma's medicine while Uncle is away. The pharmacy in {town}
        takes bank transfers, so you can pay them directly rather than sending cash with someone; I've
        put their account details in the family group. Keep the receipt in case your bank asks.

        About the wedding: it's definitely on the 20th, in the hall by the river. Your cousin says she
        completely understands if you can't get leave, flights are expensive at that time. If you do
        come, my husband can meet you at the airport and you can stay with us, no need for a hotel.

        One more thing, and don't laugh: Grandma wants you to bring the photo album you took to {home}
        when you moved. She says it's hers and she wants the pictures of Grandpa back for the wedding.

        Love from all of us,

        {rel}

        > Tell me how much the medicine costs each month and I'll set up a transfer. Also, is the
        > wedding still on the 20th? I'm trying to get the time off.
    """)),
])

F.add("en19-b-18-cleared-job-ad", 0, "cleared_job_ad", "email", True, [
    B("Hiring: Cyber Security Engineer, DV clearance required, {home}, {salary}."),
    B(T("""
        Job alert: Senior Satellite Payload Engineer at {prime}, {home}. Salary {salary}. Active
        Secret clearance or ability to obtain one required; applicants must be eligible under national
        security vetting rules. Apply through the company careers site, reference SPE-2207. No agencies.
    """)),
    B(T("""
        Subject: New role matching your alert - Principal Nuclear Safety Case Engineer

        Principal Nuclear Safety Case Engineer
        {prime} - {home} (hybrid, minimum three days on site)
        Salary: {salary}, plus pension and relocation support

        About the role
        You will lead safety case development for {prog}, working with the regulator and the design
        authority. You will own the safety case strategy, review hazard analyses and present to internal
        and external safety committees.

        What you need
        - Chartered engineer status, or working towards it.
        - At least eight years in nuclear, defence or another high-hazard industry.
        - Security clearance: the post requires national security vetting at SC level, and DV for some
          work. Applicants must meet the nationality and residency rules for vetting. We sponsor the
          clearance for the right candidate.

        How to apply
        Apply through the {prime} careers site only, with a CV and covering letter. We never ask for
        payment at any stage of recruitment, never conduct interviews by text message, and never ask
        you to contact us on a personal messaging app.

        Closing date: {day}.
    """)),
])

F.add("en19-b-19-hr-onboarding", 0, "hr_onboarding", "email", True, [
    B("Welcome aboard! Upload your passport scan in the onboarding portal, not by email please."),
    B(T("""
        Dear {f}, congratulations on accepting our offer. To complete your right-to-work and
        pre-employment checks, please upload your passport and proof of address through the official
        {prime} onboarding portal. We will never ask you to send ID documents by e-mail or messaging
        app, or to pay for any check or equipment.
    """)),
    B(T("""
        Subject: Your onboarding at {prime} - next steps

        Dear {f},

        We are delighted that you will join {prime} on {day}. This e-mail explains what happens before
        your first day.

        1. Pre-employment checks. Please upload your passport, proof of address and degree certificate
           through the onboarding portal (you will receive a separate activation e-mail). Do not send
           copies of ID by e-mail or on any messaging app; our portal is encrypted.
        2. Security vetting. Your role requires clearance. The vetting questionnaire is completed in the
           government vetting system; we will send the link once your checks are done.
        3. Policies. You will be asked to read and sign the confidentiality and acceptable-use policies
           and the code of conduct, which covers outside interests and gifts.
        4. Equipment. Your laptop and pass are issued on your first day. You will never be asked to buy
           equipment or pay any fee yourself.

        If anyone contacts you claiming to be from {prime} and asks for money or documents outside the
        portal, please forward the message to onboarding@prime-hr.example.com.

        Kind regards,

        {s}
        People Services, {prime}
    """)),
])

F.add("en19-b-20-consultant-invoice", 0, "consulting_engagement", "email", True, [
    B("Invoice 2026-031 to {prime} for the March safety review, per SOW 7. Net 30."),
    B(T("""
        Hi {f}, attached is my invoice for the independent review of {prime}'s supplier assurance process,
        as set out in statement of work 7 and the NDA we signed in January. The report itself was
        delivered through your secure file share on Friday. Payment to the company account on the
        invoice, net 30, please.
    """)),
    B(T("""
        Subject: Invoice and close-out - independent review for {prime}

        Dear {f},

        Please find attached invoice 2026-031 for the independent review of the configuration management
        process on {prog}, carried out for {prime} under purchase order PO-55821 and statement of work 7.

        Summary of the engagement:
        - Twelve days of review between February and March, on site in {home} and remotely.
        - Final report delivered through your secure file-transfer service on {day}, marked
          "Commercial in Confidence" in line with the NDA between our companies.
        - All working papers containing your data have been deleted from my systems, as required by
          clause 9 of the NDA; the certificate of destruction is attached.

        Fees are as agreed in the SOW: twelve days at the day rate, plus travel expenses with receipts
        attached. Payment to the company bank account shown on the invoice (Whitlock Assurance Ltd),
        within thirty days.

        Thank you for a well-run engagement. I would be glad to help with the follow-up audit in the
        autumn if your procurement team opens one.

        Best regards,

        {s}
        Director, Whitlock Assurance Ltd
        {ph}
    """)),
])

F.add("en19-b-21-consultancy-pitch", 0, "consulting_engagement", "email", True, [
    B("We could support your {prog} digital twin work. Intro call {day}?"),
    B(T("""
        Dear {t}, I lead the space practice at Cairnfield Consulting. We recently supported two national
        space agencies on ground-segment cyber assurance, both named as case studies on our website. I
        would welcome a short call to understand whether a similar engagement could help {prime} ahead of
        the upcoming framework competition.
    """)),
    B(T("""
        Subject: Proposal - independent schedule assurance for {prog}

        Dear {t},

        Thank you for your time at the industry day. As promised, I set out below how Cairnfield
        Consulting could support {prime} on schedule assurance for {prog}.

        Our proposal is a six-week engagement with a team of three: a lead with twenty years of defence
        programme experience, a schedule analyst and a risk specialist. We would review the integrated
        master schedule, interview the control account managers and deliver a report with
        recommendations to the programme director. All work would be on your premises and systems,
        under your NDA and information-handling rules; we would take no data away.

        Our fees would be on a fixed-price basis, which I would be glad to discuss once we understand the
        scope. We are on the government's published consultancy framework, so the engagement could be
        let through a call-off under that framework or through your own procurement process.

        References from two comparable engagements are available on request; both clients have agreed to
        be named.

        Kind regards,

        {s}
        Partner, Cairnfield Consulting
        {ph}
    """)),
])

F.add("en19-b-22-investor-day", 0, "conference_invite", "email", True, [
    B("IR team: {prime} capital markets day {day}, London. Registration open."),
    B(T("""
        Dear {t}, the investor relations team of {prime} invites you to our analyst day on {day},
        following the upcoming results. Management will present the strategy for the space division. All
        material will be published on our website at the same time, in line with disclosure rules.
        Analysts arrange their own travel.
    """)),
    B(T("""
        Subject: Invitation - {prime} Capital Markets Day

        Dear {t},

        On behalf of the board of {prime}, we are pleased to invite you to our Capital Markets Day on
        {day}, to be held at our site in {home} and webcast live.

        The programme will include presentations from the Chief Executive and the Chief Financial Officer
        on the group's medium-term targets, a session on the defence electronics division, and a guided
        tour of the new integration facility (restricted areas excluded).

        Please note that, in line with our disclosure obligations, management will not discuss any
        information that has not been made public. The presentations and a transcript will be published
        on the investor website at the start of the event, so that all investors have access to the same
        information at the same time.

        Attendees are responsible for their own travel; for those joining in person we have arranged a
        coach from the railway station. Lunch will be provided.

        Please register through the investor relations website by {day}.

        Yours sincerely,

        Investor Relations
        {prime}
        ir@prime-group.example.com
    """)),
])

F.add("en19-b-23-industry-working-group", 0, "work_email", "email", True, [
    B("Working group draft v2 is in the members' area, {f}. Not for circulation until the AGM."),
    B(T("""
        Dear members, the telecoms resilience working group meets on {day} in {home}. The draft guidance
        on supply-chain security is in the members' area; it is a working draft, not for circulation
        outside member companies until it is published next month. Travel to meetings is at members' own
        cost.
    """)),
    B(T("""
        Subject: Space Industry Working Group - agenda and draft guidance

        Dear working group members,

        Our next meeting is on {day}, hosted by {prime} at their {home} site. Please register in advance,
        as the host requires names for site security.

        Agenda:
        1. Minutes of the last meeting (in the members' area).
        2. Draft guidance on secure supply chains for satellite components: comments received, and next
           steps towards publication next month.
        3. Update from the government liaison on the upcoming consultation, which is expected to open
           after the spring statement.
        4. Any other business.

        A reminder of our competition-law rules: members must not discuss prices, bids, customers,
        capacity or any other commercially sensitive information. The draft guidance is shared with
        members for comment only and must not be circulated outside member companies until it is
        published.

        Travel and accommodation are at members' own cost. Lunch is kindly provided by our host.

        Best regards,

        {s}
        Secretary, Space Industry Working Group
    """)),
])

F.add("en19-b-24-expenses-reimbursement", 0, "payroll", "email", True, [
    B("Your expense claim EXP-4410 for the {abroad} trip is approved, paid with May salary."),
    B(T("""
        Hi {f}, payroll here. Your travel reimbursement for {conf} has been approved and will be paid into
        your salary account on the 28th. We only pay to the account on your payroll record, never in
        cash, gift cards or crypto, and never to a relative's account.
    """)),
    B(T("""
        Subject: Expenses - changes to overseas travel claims

        Dear colleagues,

        From next month, claims for overseas business travel must be submitted through the new
        expenses system within thirty days of return. A few reminders, since we have seen several
        problems this quarter:

        - Flights and hotels for approved trips are booked and paid centrally by the travel desk. Do
          not accept flights or hotels paid by a supplier, customer or conference host unless the
          invitation has been approved through the gifts and hospitality register.
        - Meals and local transport are reimbursed at the published overseas rates, with receipts.
        - Reimbursement is paid only to the bank account held on your payroll record. We never pay
          expenses in cash, by gift card, in cryptocurrency or to a third party.
        - If anyone contacts you claiming to be from payroll and asks you to change your bank details,
          do not reply; forward the message to the service desk.

        Questions to the payroll team on extension 3320.

        Payroll and Expenses
        {prime}
    """)),
])

F.add("en19-b-25-former-colleague-lunch", 0, "friendly_meetup", "chat", True, [
    B("[{time}] {sf}: Heard you moved to {prime}! Lunch on me next week to celebrate?"),
    B(T("""
        [{time}] {sf}: Congrats on the new role, {f}! Still in {home}? Let me buy you lunch when I'm up
        for the trade show. Won't ask about the work, I know the drill, just want to catch up on the
        kids and the allotment.
    """)),
    B(T("""
        Subject: Long time no see!

        Hi {f},

        I saw on LinkedIn that you've moved to {prime}, many congratulations! It feels like yesterday that
        we were both graduates fighting over the one working printer in the test hangar.

        I'm coming up to {home} for the careers fair at {uni} on {day} (I'm on the alumni panel, of all
        things) and I'd love to buy you lunch if you're free. No agenda at all. I know you can't say much
        about what you're working on these days and I wouldn't dream of asking. I just want to hear how
        the family is, whether you still run, and whether you ever finished restoring that motorbike.

        My mobile is the same as ever, {ph}, or reply here. If lunch doesn't work, a quick coffee would be
        lovely too.

        All the best,

        {s}

        P.S. Priya from our old team says hello. She's moved to Adelaide and is loving it.
    """)),
])

# ----------------------------------------------------------------------------------------------------
# Benign, plain
# ----------------------------------------------------------------------------------------------------
F.add("en19-b-26-meeting-notes", 0, "work_email", "email", False, [
    B("{f}, minutes from this morning's design review are on SharePoint. Actions in red."),
    B(T("""
        Hi all, thanks for a productive design review. Three actions: {sf} to rerun the thermal analysis
        with the new harness routing, {f} to book the vibration rig for the week of the 9th, and me to
        chase the supplier for the connector drawings. Next review in a fortnight, same room.
    """)),
    B(T("""
        Subject: Actions from the test readiness review

        Hi everyone,

        Thanks for your time at yesterday's test readiness review. A quick summary so we stay aligned.

        Decisions
        - We proceed with the qualification test campaign on {day}, subject to the two open actions
          below being closed.
        - The spare unit stays in bonded stores as a fallback; we will not use it for development tests.

        Actions
        1. {sf}: close the non-conformance on the mounting bracket and update the build record.
        2. {f}: confirm the calibration certificates for the accelerometers are in date.
        3. Me: book the environmental chamber and confirm shift cover for the two weekend runs.

        Risks
        - The chamber has had two unplanned outages this quarter. Facilities have promised a service
          visit before our slot, and I'll confirm when it's done.
        - Annual leave in August is tight; please put your dates in the team calendar by Friday.

        Thanks again, and well done on getting the unit through integration ahead of plan.

        {s}
        Test Lead
    """)),
])

F.add("en19-b-27-ordinary-chat", 0, "ordinary_chat", "chat", False, [
    B("[{time}] {sf}: Running ten minutes late, save me a seat?"),
    B(T("""
        [{time}] {sf}: Are we still on for five-a-side on Thursday? Dave's knee is bad again so we
        might need a sub. Also whose turn is it to book the pitch, I did it last two times.
    """)),
    B(T("""
        [20:14] {sf}: Right, holiday planning. Cottage in the Lakes or the one in Cornwall?
        [20:15] {f}: Lakes. Cornwall was packed last year and the kids hated the drive.
        [20:15] {sf}: Fair. Lakes cottage sleeps six, has a log burner, dogs allowed. Second week of August?
        [20:17] {f}: Works for me if I can swap my on-call week. Let me check with my manager tomorrow.
        [20:18] {sf}: Cool. Deposit is £150, I'll pay it and you send me half whenever.
        [20:18] {f}: Deal. Bring the board games this time, not just the cards.
        [20:19] {sf}: Ha. And you're in charge of the barbecue, you owe us after last year's burgers.
        [20:21] {f}: Those burgers were a masterpiece and you know it.
        [20:22] {sf}: They were charcoal, {f}. Booking now, will send the confirmation to the group.
        [20:30] {f}: Legend. Mum says she can have the dog that week so we don't need to take him.
    """)),
])

F.add("en19-b-28-it-notification", 0, "notification", "email", False, [
    B("IT: VPN maintenance {day}, 02:00-06:00. Save your work, {f}."),
    B(T("""
        Service notice: the engineering file server in {home} will be unavailable on {day} from 06:00 to 12:00
        for a storage upgrade. Please save and close any open models by Friday evening. Automatic backups
        will run as normal. Contact the service desk on extension 2200 with any questions.
    """)),
    B(T("""
        Subject: Service update - new laptops for engineering staff

        Dear colleagues,

        Over the next six weeks IT will replace laptops for all engineering staff as part of the device
        refresh programme. Here is what to expect.

        When: from {day}; you will receive a calendar invitation at least five working days before your slot.
        Swaps are done at the IT bar on the ground floor of Building 3 and take about forty minutes.

        Before your slot:
        - make sure your files are saved to your network drive or OneDrive, not the desktop;
        - note any specialist software you use that is not on the standard list, and raise a ticket;
        - bring your old laptop, charger and docking station cable.

        Your engineering contact for the {home} site is {s}. After the swap, your old device will be securely wiped and recycled by our approved partner.
        Please do not keep or reuse old chargers; they are collected for recycling.

        If you are on leave during your slot, reply to the invitation and we will rebook. Any questions,
        call the service desk on extension 2200.

        IT Service Desk
    """)),
])

F.add("en19-b-29-team-social", 0, "ordinary_chat", "chat", False, [
    B("[{time}] {sf}: Cake in the kitchen for {f}'s birthday, come quick!"),
    B(T("""
        Hi team, the summer social is on {day} at the Fox and Hounds from 5pm. First round is on
        the department. Partners welcome. Let me know by Wednesday if you're coming so I can book enough
        tables, and any dietary needs.
    """)),
    B(T("""
        Subject: Charity quiz night - teams needed!

        Hi all,

        The sports and social club is running its annual charity quiz night on {day} in the staff
        restaurant, starting at 6:30pm. This year we're raising money for the local hospice, which looked
        after a member of our team's family last winter.

        Teams of up to six, £5 per person, paid on the night (cash or card). There'll be a picture round,
        a music round and the dreaded engineering trivia round, which the finance team won last year, to
        the great shame of everyone in systems engineering.

        Food: pizza will be ordered for everyone who signs up by Wednesday. Please tell me about any
        dietary needs.

        Prizes: a trophy of questionable taste for the winners and a wooden spoon for last place.

        To enter a team, reply to this e-mail with your team name and members. Individuals welcome too;
        we'll put you in a team.

        Hope to see lots of you there.

        {s}
        Sports and Social Club
    """)),
])

F.add("en19-b-30-newsletter", 0, "newsletter", "email", False, [
    B("New issue of the engineering newsletter is out: apprentices, awards and the canteen menu."),
    B(T("""
        This month in the site newsletter: our apprentices win a regional award, the new bike shelters
        open by Gate 2, and the wellbeing team launches lunchtime walks on Tuesdays. Plus a farewell to
        {s}, who retires after 34 years in the test department.
    """)),
    B(T("""
        Subject: Site News - June edition

        Hello everyone, and welcome to the June edition of Site News.

        Apprentices shine
        Congratulations to our second-year apprentices, who won the regional engineering skills award for
        their redesign of the tooling trolley. Their trolley is now in use in three workshops and has
        cut set-up time by a quarter.

        Farewell to a legend
        After 34 years with the company, {s} retires from the test department at the end of the month.
        Colleagues are invited to a leaving do in the canteen on the last Friday; contributions to the
        collection can be made at reception.

        Green travel
        The new bike shelters by Gate 2 are open, with space for 60 bikes and two repair stations. The
        cycle-to-work scheme reopens in July.

        Wellbeing
        Lunchtime walks start on Tuesdays at 12:15 from the main entrance. All paces welcome.

        Got a story? Send it to the internal communications team by the 20th for the next edition.

        Internal Communications
    """)),
])

SUBTLE = {family for family, label, *_ in F if label == 1 and "-subtle-" in family}


def main() -> None:
    rows = []
    seen: set[str] = set()
    for row in build(F, POOLS, OPENERS, CLOSERS, "en", SEED, PER_TEMPLATE):
        row["text"] = tidy(str(row["text"]))
        if row["text"] in seen:  # tidying can make two texts equal: keep the first
            continue
        seen.add(str(row["text"]))
        rows.append(row)
    for row in rows:
        words = len(str(row["text"]).split())
        if row["label"] == 0:
            row["subtlety"] = "none"
        elif row["family"] in SUBTLE:
            row["subtlety"] = "subtle"
        if words <= 20:
            row["register"] = "chat"
    write(rows, OUT)
    spread: dict[str, list[int]] = {"short": [0, 0], "medium": [0, 0], "long": [0, 0]}
    for row in rows:
        words = len(str(row["text"]).split())
        band = "short" if words <= 20 else "medium" if words <= 120 else "long"
        spread[band][int(row["label"] == 0)] += 1
    families = {str(r["family"]) for r in rows}
    print(
        f"{len(rows)} messages in {len(families)} families; subtle suspicious families: {len(SUBTLE)}; "
        f"benign look-alike families: {sum(1 for f in F if f[1] == 0 and f[4])}/{sum(1 for f in F if f[1] == 0)}"
    )
    for band, (s, b) in spread.items():
        print(f"  {band}: {s + b} ({s} suspicious / {b} benign)")


if __name__ == "__main__":
    main()
