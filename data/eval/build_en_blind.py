"""Build data/eval/en_blind.jsonl: 200 blind, hand-written English evaluation messages.

Written by a helper session that never opened the rule packs, the training corpus, the development
data or any other evaluation file. Every text is written out in full by hand; every name, firm,
handle, address and number in it is invented (example.com/.net/.org, 555-01xx, 07700 900xxx,
+86 138 0000 0000). The rows are shuffled with a fixed seed; ids enb-001 ... enb-200 follow the
shuffled order.

HELD-OUT DATA: measured by the lead only. Never tune rules, weights, thresholds or models on it; never
copy its texts into rule examples, tests or training data.

Run:  .venv/bin/python data/eval/build_en_blind.py
"""

from __future__ import annotations

import json
import random
import re
import textwrap
from pathlib import Path

from recruitscreen.types import CATEGORIES

TARGET = Path(__file__).with_name("en_blind.jsonl")
SHUFFLE_SEED = 5_2026_1121

# The screen's ten categories, in the order used for each row's list, with short names for the table below.
CATEGORY_ORDER = CATEGORIES  # the library's ten categories, in its order
CT, OP, PT, VC, SI, CM, SE, UP, CO, JS = CATEGORY_ORDER
STAGES = ("contact", "pivot", "paid_task", "elicitation", "meeting", "secrecy", "payment", "coercion", "job_scam")

ROWS: list[dict[str, object]] = []


_FIELD_LINE = re.compile(r"^[A-Z][A-Za-z ]{1,20}: ")


def _clean(text: str) -> str:
    """Undo the source layout of a triple-quoted text.

    The texts are hard-wrapped at about 100 columns in this file. A long line followed by another line of
    the same paragraph is such a wrap and is joined with a space; short lines (signatures, headers), chat
    lines starting with "[" and "Field: value" lines keep their line breaks.
    """
    lines = textwrap.dedent(text).strip("\n").rstrip().split("\n")
    out: list[str] = []
    for line in lines:
        joins = (
            out and len(out[-1]) >= 70 and line.strip()
            and not line.startswith("[") and not _FIELD_LINE.match(line)
        )
        if joins:
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line.rstrip())
    return "\n".join(out)


def sus(text: str, kind: str, cats: list[str], stage: str, subtlety: str) -> None:
    """Record one suspicious message (label 1); the stage is the funnel step it shows."""
    assert stage in STAGES and subtlety in ("overt", "subtle") and cats
    assert all(c in CATEGORY_ORDER for c in cats), cats
    ROWS.append({
        "text": _clean(text), "label": 1, "kind": kind, "lookalike": False,
        "categories": sorted(set(cats), key=CATEGORY_ORDER.index), "stage": stage, "subtlety": subtlety,
    })


def ben(text: str, kind: str, lookalike: bool = True) -> None:
    """Record one benign message (label 0)."""
    ROWS.append({
        "text": _clean(text), "label": 0, "kind": kind, "lookalike": lookalike,
        "categories": [], "stage": "none", "subtlety": "none",
    })


# =====================================================================================================
# Suspicious (label 1)
# =====================================================================================================

# ---- first contact -----------------------------------------------------------------------------------

sus("""
    Hi Daniel,

    I run a small search practice out of Singapore and I'm retained by a government-linked client in
    aerospace who prefers not to be named at this stage. Your time on the sustainment programme at
    Halvorsen Aero really stood out. Could you tell me whether you still hold an active SC or DV
    clearance? My client puts a lot of weight on people who have worked under clearance, and the package
    will be well above what you're on now.

    Best regards,
    Vivian Tan
    Principal, Tan & Lowe Executive Search
    """, "fake_headhunter", [CT, VC], "contact", "overt")

sus("""
    Hi Priya, I caught your talk at the photonics symposium last spring, great stuff. Are you still on
    the directed-energy side at Northgate? And is what you work on these days the government programme
    or the commercial spin-off? I may have something that suits you better than either, happy to explain.
    Tom
    """, "fake_recruiter", [CT], "contact", "subtle")

sus("""
    Subject: Advisory roles for former NSC staff

    Dear Mr Aldridge,

    I came across your profile while researching people who served on the National
    Security Council staff. I head talent strategy for a consultancy that advises overseas institutional
    investors on policy risk. Former officials with current or recent TS clearance are exactly who we
    want on our advisory bench, part-time, very generous terms. Would you be open to a conversation?

    Kind regards,
    Helena Marsh
    Head of Talent Strategy | Caldwell Policy Risk Advisory
    +1 202 555 0163 | hmarsh@caldwellpra.example.com
    """, "fake_recruiter", [CT, VC], "contact", "overt")

sus("""
    Hey Marcus! Saw you jsut left the Air Force for the private side, congrats on the move. I connect
    ex-intel and ex-acquisition folks with overseas firms that want to understand how DoD buys things.
    Your last assignment (the one at Wright-Patt, right?) is a perfect fit. Mostly writing and the odd
    call. Lmk if you want details.
    """, "fake_headhunter", [CT, PT, VC], "contact", "overt")

sus("""
    Subject: Research exchange - advanced lithography

    Good afternoon Dr. Whitfield,

    I'm reaching out on behalf of a research institute that follows developments in advanced lithography.
    You were listed as a co-author on the 2024 EUV pellicle paper
    and I noticed your profile says you now work at Cascade Semiconductor. Could we have a short chat
    about how your group there is organised and who leads the next-node work? I think there is room for
    a very interesting collaboration.

    Best wishes,
    Dr Lin Hao
    Senior Fellow, Institute for Frontier Manufacturing Studies
    """, "fake_think_tank", [CT, SI], "contact", "subtle")

sus("""
    Hello, I'm Grace from Brightpath Talent. We are hiring for a Senior Systems Engineer role with a
    confidential client in the defence sector. Requirement: must currently hold a Secret or higher
    clearance and have worked on missile-defence radar. Salary 2x market rate. Please confirm your
    clearance level and the name of your current programme so I can put you forward.
    """, "fake_recruiter", [CT, VC, SI], "contact", "overt")

sus("""
    Hi Colin, we haven't met but a mutual contact mentioned you're the person who keeps the SCADA side of
    Eastbrook Water running. I'm putting together a small circle of practitioners for an occasional
    exchange of views with some people overseas who are building similar systems. Nothing formal. Would
    you be up for a coffee when I'm in Leeds next week?
    """, "fake_consultant", [CT, VC], "contact", "subtle")

sus("""
    Subject: Fellowship invitation

    Greetings Ms. Lindqvist.

    Your profile shows you worked in the Department of Energy's Office of Nuclear Energy
    until last year. A foundation I advise is seeking former civil servants for a
    paid fellowship: one short essay a month on US energy policy, plus your frank reading of where
    decisions are heading. Fellows are kept anonymous. Shall I send the details?

    Warm regards,

    Marcus Bell
    Programme Director, Harbourview Foundation
    This e-mail and any attachments are intended solely for the addressee.
    """, "fake_think_tank", [CT, PT, SE], "contact", "overt")

sus("""
    hi, i came across ur profile. u work on 6G at Telvora? we have opening for senior engineer with big
    company in asia, salary very high. tell me ur project and who is your manager pls so i can check
    fit
    """, "fake_recruiter", [CT, SI, VC], "contact", "overt")

sus("""
    Dear Flight Lieutenant Harper,

    Please forgive the unsolicited message. I'm with Orion Strategic Advisory in Hong Kong. We help
    aerospace investors understand capability trends, and we value the judgement of people who have
    actually flown and maintained the aircraft. I would welcome a short conversation about your
    experience with the Typhoon upgrade programme and what you see coming over the next few years.

    With best wishes,
    Raymond Cheung
    """, "fake_consultant", [CT, SI], "contact", "subtle")

sus("""
    Subject: Opportunity - AI safety research lead (remote)

    Dear Dr. Obi,

    I am a headhunter retained by a well-funded AI lab that is still in stealth. Given your work on the
    model evaluation team at Lumen Labs, you are on our very short list. Before we go further, could you
    outline which frontier models you've had access to and the evaluation methods your team uses that
    haven't been published? It helps my client judge seniority.

    Regards,
    Oliver Grant
    """, "fake_headhunter", [CT, VC, SI], "contact", "overt")

sus("""
    Hi Ayesha, hope you don't mind me dropping in. I saw from your posts that you sit on the export
    licensing desk at the Department for Business and Trade. I'm compiling a short guide for companies
    new to the UK market and would love to pick your brain on how applications are actually weighed,
    which ones are currently stuck, and why. Lunch on me?
    """, "fake_consultant", [CT, SI], "contact", "subtle")

sus("""
    Good morning. I am a senior researcher at the Institute for Pacific Strategic Dialogue. We are
    inviting mid-career officials from Five Eyes defence ministries to join a Track 2 network. Members
    receive a stipend and attend discussions abroad. To confirm eligibility please tell me your current
    grade, your directorate and whether you hold developed vetting.
    """, "fake_think_tank", [CT, PT, CM], "contact", "overt")

# ---- pivot off the platform ----------------------------------------------------------------------------

sus("""
    Hello Ms. Okafor, I'm a talent partner for an international energy consultancy. We're building a
    small advisory panel of people with grid-operations experience. I rarely log into LinkedIn, could you
    add me on WhatsApp at +44 7700 900123 so we can talk more freely? Regards, James Whitcombe
    """, "fake_recruiter", [OP, CT], "pivot", "overt")

sus("""
    Great chatting today. This site keeps cutting my messages off, so rather than fight with it, what's a
    number I can reach you on in the evenings? I'll explain the rest there.
    """, "fake_headhunter", [OP], "pivot", "subtle")

sus("""
    Thanks for accepting my connection request, Mr Patel. My principal is an investment house in
    Shenzhen interested in UK defence supply chains. It's easier for them to follow the conversation on
    WeChat, my ID is hr_lily_example. Please add me and mention "Ferranti" so I know it's you.
    """, "fake_headhunter", [OP, VC], "pivot", "overt")

sus("""
    Hi David, sorry to be a pain, but my company's email filters are terrible. Could you send your CV and
    a short note on your current project to my personal address, d.hale.talent@gmail.example.com? I'll
    get it straight to the hiring side. Also, do you use Telegram? Much faster.
    """, "fake_recruiter", [OP], "pivot", "overt")

sus("""
    Perfect, thank you. One more thing before we go further: could you give me an address that isn't your
    work one? Anything that goes through the lab's server gets read by IT, and I'd rather the first
    conversation just be between the two of us.
    """, "handler_followup", [OP, SE], "pivot", "subtle")

sus("""
    [14/03/2026, 09:12] Lucy Chen: Hi Simon! Glad we connected
    [14/03/2026, 09:12] Lucy Chen: my boss read your article on undersea cables, really impressed
    [14/03/2026, 09:13] Lucy Chen: he'd like to chat but he doesn't use LinkedIn
    [14/03/2026, 09:13] Lucy Chen: can you add him on Signal? +852 5000 0100
    [14/03/2026, 09:14] Lucy Chen: he's a very generous person 😊
    """, "fake_consultant", [OP, VC], "pivot", "overt")

sus("""
    Hi Rebecca, great profile. Let's move this off here, the messaging is clunky. Can you download the
    app I use for all my candidates? It's called Wickr, nothing gets stored. My handle is
    talentbridge_example. Talk soon!
    """, "fake_recruiter", [OP, SE], "pivot", "overt")

sus("""
    Hello Sir, I am recruiter for overseas semiconductor firm. Position very attractive. Kindly add me on
    W e C h a t (id: semi_hr_example) for fast communication, LinkedIn is blocked in my country.
    """, "obfuscated_pivot", [OP, VC], "pivot", "overt")

sus("""
    Thanks Ben. I'm not on here much. Find me on T.e.l.e.g.r.a.m, same name as my profile, and I'll send
    over the brief from the people I'm working with. They're keen to hear from engineers like you.
    """, "obfuscated_pivot", [OP, VC], "pivot", "overt")

sus("""
    Hi Andrea, thx for the reply. My mail is gwen.hr (at) 163 (dot) com, please write there with your CV
    and clearance status, the corporate system has problems with attachments.
    """, "obfuscated_pivot", [OP, CT], "pivot", "overt")

sus("""
    Great to hear from you. Easiest is to add me on Whats\u200bApp: +1 555 0142. I'll explain the
    opportunity there, my client prefers fewer written traces on work platforms.
    """, "obfuscated_pivot", [OP, VC, SE], "pivot", "overt")

sus("""
    Subject: Re: your application

    Hi Jordan,

    Thanks for applying. Our hiring manager does preliminary interviews over vx only — please add
    hr_nancy_example and send a photo of your badge or clearance letter so we can verify you.

    Nancy
    """, "obfuscated_pivot", [OP, CT], "pivot", "overt")

sus("""
    Lovely to meet you at the reception last night, Fiona. As promised, here's my personal email rather
    than the business card one: mei.l.home@example.net. I'd much prefer we kept things there from now
    on. Let me know when you're next free.
    """, "fake_consultant", [OP], "pivot", "subtle")

# ---- paid tasks ------------------------------------------------------------------------------------------

sus("""
    Subject: Research commission - UK semiconductor export policy

    Dear Mr Rowe,

    Thank you for your time on the phone. As discussed, our client, an Asian investment group, would like
    a 3,000-word report on how the UK government is likely to apply export controls to chip design
    tools over the next 18 months. The fee is GBP 2,000, payable on delivery. Please draw on your own
    experience rather than press coverage; that is what makes your view valuable to them.

    Regards,
    Sophie Lam
    Meridian Insight Partners
    """, "fake_consultant", [PT, VC, SI], "paid_task", "overt")

sus("""
    Subject: A favour

    Hi Ethan,

    could you write up a few pages on how your team decides which suppliers get onto the
    approved list for the new frigate programme, and who signs off? A colleague of mine would find it
    very useful, and I'd see that you're looked after properly for your time.

    Best,
    Richard

    --
    Richard Holm | Holm Maritime Consulting
    +44 20 7946 0488
    """, "handler_followup", [PT, SI, VC], "paid_task", "subtle")

sus("""
    Subject: Research reports - Canadian quantum programmes

    Dear Dr Brennan,

    We're a consultancy serving several overseas research institutions. We'd like to
    commission you for short analytical reports (2–3 pages) on Canadian quantum research priorities,
    USD 1,500 per report. The client is a long-standing partner who prefers to remain anonymous. Reports
    should go to our Gmail, not your university account.

    Sincerely,
    Angela Wu
    Senior Partner, Polaris Advisory Group
    angela.wu.polaris@gmail.example.com
    """, "fake_consultant", [PT, VC, OP], "paid_task", "overt")

sus("""
    Hey, quick follow-up. The people I mentioned loved your notes on the battery plant permits. They
    wondered if you could do one every couple of weeks, just whatever crosses your desk that seems
    worth knowing. Same arrangement as last time.
    """, "handler_followup", [PT, VC, SI], "paid_task", "subtle")

sus("""
    Hi Sandra, thanks for agreeing to help. The white paper should cover: (1) the main technical hurdles
    in your lab's solid-state battery programme, (2) which partners you're working with, (3) timelines.
    My client will pay $3,000 in advanve and $3,000 on delivery. Please don't mention this to anyone at
    work, these things get misunderstood.
    """, "handler_followup", [PT, VC, SI, SE], "paid_task", "overt")

sus("""
    Subject: Paid policy briefing

    Dear Councillor Hughes,

    I am writing on behalf of Global Horizons Analysis. We produce briefings for a private client with
    interests in British local infrastructure. We would like you to prepare monthly notes on your
    council's discussions about the port expansion and any contracts being considered. Each note is
    remunerated at GBP 800.

    Yours sincerely,
    Alan Pike
    """, "fake_consultant", [PT, VC, SI], "paid_task", "overt")

sus("""
    Subject: Re: coffee last week

    Mike, thanks again for the chat. I'd love to turn it into something more regular. Could you put
    together a short piece each month on how the procurement side at the Pentagon is thinking about
    drones? Doesn't have to be polished. Tell me what you'd normally charge and I'll match it.

    Cheers,
    Andy

    On Mon, 3 Nov 2026 at 18:41, Mike Sullivan wrote:
    > Good to meet you too. Happy to chat again some time, though I can't
    > say much about work obviously.
    """, "handler_followup", [PT, SI], "paid_task", "subtle")

sus("""
    Subject: Young Professionals Essay Programme 2027

    Hello Ms. Ng,

    Our research centre runs an essay programme for young professionals in Canadian
    government. Topics are chosen by our sponsors. This round: "Decision-making inside Global Affairs
    Canada on Indo-Pacific strategy". CAD 1,200 per essay, paid via PayPal to any account you choose.
    Essays are not published.

    Best regards,
    Essay Programme Coordinator
    Centre for Global Governance Research
    """, "fake_think_tank", [PT, VC, SI, UP], "paid_task", "overt")

sus("""
    Hi Laura, a friend of mine runs a small research shop and is looking for someone who understands how
    the Ministry of Defence evaluates bids. Would you be willing to write up how the last two big
    evaluations you sat on actually went: scores, who pushed for what? She'd be grateful and generous.
    """, "fake_consultant", [PT, SI, VC], "paid_task", "subtle")

sus("""
    Subject: Follow-up: reports

    Hi Tom,

    Thank you for the first report, really solid. For the next three, my client asks for more depth on
    your company's 5G core roll-out: vendors, weak points, which sites are delayed. USD 5,000 each. I'll
    send a new Proton address for delivery.

    Best,
    Kevin
    """, "handler_followup", [PT, VC, SI, OP], "paid_task", "overt")

sus("""
    hi Jess, so basically my firm is hiring freelance "industry analysts" — you'd write 2 short reports a
    month about your workplace (you're at the nuclear regulator right?). easy money, 1k per report.
    client's in the energy sector overseas, they just want to understand how things work from the
    inside.
    """, "fake_recruiter", [PT, VC, SI, CT], "paid_task", "overt")

sus("""
    Subject: Proposal: sponsored literature review

    Dear Prof. Kowalski,

    A foundation I work with would like to sponsor a literature review on hypersonic
    materials. Nothing unusual, except they'd also like an annex on the testing work your lab is doing
    with the Defence Science team that hasn't appeared in print yet. Of course the honorarium reflects
    that.

    Kind regards,
    Dr. Peter Vogel
    Research Liaison, Ostrava Materials Foundation
    """, "fake_think_tank", [PT, SI, VC], "paid_task", "overt")

sus("""
    Could you do me a favour and jot down, in your own words, how your unit's rotation schedule works
    for the next deployment window? Just a page. I'll owe you a good dinner and more.
    """, "handler_followup", [PT, SI], "paid_task", "subtle")

# ---- elicitation -------------------------------------------------------------------------------------------

sus("""
    Thanks for the last paper, my client was very pleased. For the next one they'd like something more
    specific: what's being discussed internally at the department about the telecoms vendor review before
    the decision is public. Nothing classified, just your sense of the internal debate. Same fee, and as
    before, best to keep this between us.
    """, "handler_followup", [SI, PT, VC, SE], "elicitation", "overt")

sus("""
    That's really helpful, thank you. Just so I understand: when you say the test slipped, is that the
    second flight article or the first? And roughly what was the failure, thermal or guidance? I won't
    quote you, I just want to get the picture right.
    """, "handler_followup", [SI], "elicitation", "subtle")

sus("""
    Hi Nadia, my contacts are keen to know which way the minister is leaning on the foreign-investment
    screening case before it's announced. Anything you've heard in the corridors would be invaluable.
    There's a bonus in it if it's before Friday.
    """, "handler_followup", [SI, PT, VC], "elicitation", "overt")

sus("""
    Loved the draft. A couple of gaps: could you add the names of the engineers on the tape-out team and
    who among them is thinking of leaving? People move around, and it helps to know who's who.
    """, "handler_followup", [SI], "elicitation", "subtle")

sus("""
    Dear Raj, my principal would appreciate the agenda and the attendee list for next month's NATO
    capability workshop you're attending, plus your notes afterwards. We understand these aren't public;
    that's why your help is so valued. Usual arrangement.
    """, "handler_followup", [SI, VC, PT], "elicitation", "overt")

sus("""
    I know you can't send documents, and I'd never ask that. But if you could just describe what's in
    the roadmap slides from Tuesday's all-hands, roughly which products move up and which get cut, that
    would be more than enough.
    """, "handler_followup", [SI], "elicitation", "subtle")

sus("""
    Good to talk again. Before the next report, can you check what the integration team says about the
    radar software bugs? My client says everything public is useless, they need what engineers actually
    say to each other. Same rate, double if it includes the test logs.
    """, "handler_followup", [SI, VC, PT], "elicitation", "overt")

sus("""
    Quick one: your colleague on the reactor safety panel, do you know how she voted on the restart and
    why? And is there anyone on the panel who's had money troubles lately or is unhappy in their job?
    """, "handler_followup", [SI], "elicitation", "subtle")

sus("""
    Hi Mei, I'm writing a market report for an energy fund. Could you tell me the current storage levels
    and the maintenance schedule at the LNG terminal for next quarter, the figures your ops team uses,
    not the published ones? I'd pay for the time of course.
    """, "fake_consultant", [SI, PT, VC], "elicitation", "overt")

sus("""
    So just between us — what do the people in your section actually think of the new China strategy?
    Who's for it, who's quietly against? The official line I can read in the papers.
    """, "handler_followup", [SI, SE], "elicitation", "overt")

sus("""
    Subject: Re: offshore wind report

    Dear Ms Fraser,

    As a follow-up to your excellent report on offshore wind, could you describe how the
    Crown Estate shortlists bidders in the next round, and who sits on the panel? Our client would like
    to understand the internal weighting that isn't in the guidance.

    Kind regards,
    Daniel Wu
    Eastgate Advisory

    -----Original Message-----
    From: Fiona Fraser
    Sent: 28 October 2026 09:12
    Subject: offshore wind report

    Daniel, attached as agreed. Let me know if anything is unclear.
    Fiona
    """, "handler_followup", [SI, VC], "elicitation", "overt")

sus("""
    You mentioned the new access badges. Out of interest, which buildings on the campus do they cover now
    and is the night shift still skeleton-staffed? My brother-in-law is thinking of applying for a job
    there.
    """, "fake_consultant", [SI], "elicitation", "subtle")

# ---- meeting -------------------------------------------------------------------------------------------------

sus("""
    My client would like to thank you in person. They'll cover flights and hotel for you to visit Shanghai
    next month, business class, four nights. They're keen to discuss a longer-term consulting
    arrangement and to hear more about your work on the satellite ground segment.
    """, "handler_followup", [CM, VC, PT], "meeting", "overt")

sus("""
    Hi Greg, the people I've been telling you about are going to be in Hong Kong the week of the 12th.
    Any chance you could fly out? Everything's taken care of, you'd only need a few days off. I think
    you'll get on very well.
    """, "handler_followup", [CM, VC], "meeting", "subtle")

sus("""
    Subject: Invitation - closed roundtable, Singapore

    Dear Dr Evans,

    On behalf of the Asia-Pacific Technology Dialogue, I am delighted to invite you to a closed
    roundtable in Singapore. Travel, accommodation and an honorarium of USD 4,000 are covered. We ask
    participants to share candid insights from their current government roles; discussions are
    off the record and no list of participants is published.

    Warm regards,
    Jasmine Koh
    """, "fake_think_tank", [CM, PT, SI, SE], "meeting", "overt")

sus("""
    If it's easier, we could meet somewhere in between, Istanbul or Dubai, so you don't have to file any
    travel paperwork. My partner would fly in too. Let me know dates and I'll book it all.
    """, "handler_followup", [CM, SE, VC], "meeting", "subtle")

sus("""
    Hi Laura, my director is very happy with your analysis. He'd like a short video call with you next
    Tuesday, camera on, just to get to know you. After that he may invite you to Beijing for a seminar,
    all paid. Please use your home laptop, not your work one.
    """, "handler_followup", [CM, VC, PT, SE], "meeting", "overt")

sus("""
    We'd love for you to join the study tour in Chengdu this autumn: meetings with local industry, some
    sightseeing, all arranged by our hosts. Your wife is very welcome too. Just send passport scans and
    we'll handle the rest.
    """, "fake_think_tank", [CM], "meeting", "subtle")

sus("""
    [19:02] Kev: hey man
    [19:02] Kev: my boss is in Toronto next week, wants to take you to dinner, his treat
    [19:03] Kev: he wants to talk about the reports and maybe a bigger project
    [19:03] Kev: pls don't bring anything with the company logo, just come as you
    [19:04] Kev: and no need to mention it at work ok? 🙏
    """, "handler_followup", [CM, VC, SE], "meeting", "overt")

sus("""
    Thanks for your patience, Siobhan. The team would like to host you in Macau for a few days to talk
    through how your experience could help them. Flights are booked in your name; I'll forward the
    e-tickets to your personal address.
    """, "handler_followup", [CM, OP], "meeting", "subtle")

sus("""
    Subject: Private seminar, spring

    Dear Colonel (ret.) Vance,

    Our sponsor would be honoured to host you at a private seminar in Minsk on
    European air defence. All costs are covered plus a generous speaking fee paid in cash on arrival.
    Kindly bring notes on your former command's readiness.

    Respectfully,
    Sergei Antonov
    Executive Secretary, Eurasian Security Dialogue
    """, "fake_think_tank", [CM, PT, UP, SI, CT], "meeting", "overt")

# ---- secrecy -------------------------------------------------------------------------------------------------

sus("""
    One thing: please don't mention our arrangement to your employer or your security officer. They
    tend to misread this kind of consulting and it would only make things awkward for you. Better
    that it stays between the two of us.
    """, "handler_followup", [SE], "secrecy", "overt")

sus("""
    When you file your travel declaration, maybe just put down that you're visiting friends. That's true
    enough, and it saves you a lot of forms.
    """, "handler_followup", [SE, CM], "secrecy", "subtle")

sus("""
    Also, going forward let's not use your real name in our messages. I'll call you "the engineer" and
    you can call me Alex. Delete the chat after you read it, it's just good hygiene.
    """, "handler_followup", [SE], "secrecy", "overt")

sus("""
    I'd rather you didn't bring this up with the people at work just yet. It's early, and I'd hate for
    anyone to get the wrong idea before there's anything concrete.
    """, "fake_headhunter", [SE], "secrecy", "subtle")

sus("""
    Please remember: no work laptop, no work phone, nothing on the office network when you send things
    to me. And if your vetting officer ever asks, we met through a hiking group.
    """, "handler_followup", [SE, OP], "secrecy", "overt")

sus("""
    Also, for the annual review form they make you fill in, there's no need to list me under foreign
    contacts. We're just friends who talk about work sometimes, right?
    """, "handler_followup", [SE], "secrecy", "subtle")

sus("""
    Kindly keep this opportunity strictly confidential, including from your current manager and your
    facility security officer. Disclosure would end the process immediately.
    """, "fake_recruiter", [SE], "secrecy", "overt")

# ---- payment ---------------------------------------------------------------------------------------------------

sus("""
    For the payment this time, would you prefer USDT or BTC? Bank transfers from overseas tend to draw
    attention, which neither of us wants.
    """, "handler_followup", [UP, SE], "payment", "overt")

sus("""
    [06/10/2026, 22:15] R. Lau: Hi Paul, the transfer for your last two papers is ready
    [06/10/2026, 22:16] R. Lau: To keep it simple, could it go to your daughter's account instead of yours?
    [06/10/2026, 22:16] R. Lau: Just send me her details when you can
    """, "handler_followup", [UP, PT], "payment", "subtle")

sus("""
    Your honorarium will be handed to you in cash when we meet in Bangkok. Please do not declare it; it
    is a personal gift from my director.
    """, "handler_followup", [UP, CM, SE], "payment", "overt")

sus("""
    As thanks for the notes, I've sent you ten Amazon gift cards of $100 each, codes below. Let me know
    when you've redeemed them and I'll send the next lot after the next piece.
    """, "handler_followup", [UP, PT], "payment", "overt")

sus("""
    I've put something aside for you for the last few pieces. Rather than a transfer, I'll leave it with
    your cousin when I'm in Vancouver, she said she'd pass it on.
    """, "handler_followup", [UP], "payment", "subtle")

sus("""
    Subject: RE: invoice for the second instalment

    Dear Dr Morgan,

    The remaining USD 7,500 will be paid through a company in Cyprus as a "software
    licence" so it doesn't look like consulting income. Please invoice them, I will send the template.

    Regards,
    K. Petrov
    """, "handler_followup", [UP, PT, SE], "payment", "overt")

sus("""
    The easiest way is for you to open a second account at an online bank, one that doesn't send letters
    home. I'll top it up each month. You'd be surprised how many of my contacts do it this way.
    """, "handler_followup", [UP, SE], "payment", "subtle")

# ---- coercion ---------------------------------------------------------------------------------------------------

sus("""
    Mr Zhang, this message comes from the public security bureau in your hometown. Your mother is well,
    for now. You have been abroad long enough; it is time to come back and explain your activities with
    the association in Toronto. Contact us at +86 138 0000 0000 before the 15th. Your family will
    appreciate your cooperation.
    """, "coercion", [CO], "coercion", "overt")

sus("""
    Your father came to see us today. He's worried about you and so are we. It would be best for
    everyone if you came home before the holiday. He has a lot of years left at his job. Think about it.
    """, "coercion", [CO], "coercion", "subtle")

sus("""
    [23:51] Ayşe: Brother the people from the office visited Mum again
    [23:51] Ayşe: they say if you stop posting about the camps and send them the names of who organised the London vigil they will leave her alone
    [23:52] Ayşe: please. do it for her
    [23:52] Ayşe: call me on WhatsApp tonight
    """, "coercion", [CO, OP, SI], "coercion", "overt")

sus("""
    Hello Ms Rahimi. We know where you study and we know your sister's address in Tehran. Your articles
    are being read. A short visit to the consulate in Ottawa to "clarify" your position would resolve a
    lot of difficulties for her.
    """, "coercion", [CO], "coercion", "overt")

sus("""
    Subject: Community liaison

    Dear Li Wei,

    As a student from our province it would be natural for you to help the community. We
    would like you to send us short notes on who attends the meetings of the students' association at
    your university and what they talk about. Your parents' pension review is next month.

    Office for Overseas Students' Affairs
    """, "coercion", [CO, SI], "coercion", "overt")

sus("""
    Hi, it's your uncle. I was asked to pass on that your passport renewal will be a lot easier if you
    come back for a while. A few people would like to talk to you. Nothing to worry about, as long as
    you come yourself.
    """, "coercion", [CO], "coercion", "subtle")

sus("""
    [02/11/2026 21:40] Auntie Mai: Kim, your cousin's business licence was suspended today
    [02/11/2026 21:41] Auntie Mai: the officials said it can be sorted if you stop the videos
    [02/11/2026 21:41] Auntie Mai: and they want to know who helps you make them
    [02/11/2026 21:42] Auntie Mai: we are all scared here. please just do what they ask
    """, "coercion", [CO, SI], "coercion", "overt")

sus("""
    Good evening. We understand you have been in Australia for eight years now. Your grandmother is
    getting old and your brother has just applied for a government job. We think it is time you
    visited. We can arrange the ticket.
    """, "coercion", [CO], "coercion", "subtle")

# ---- job scams ---------------------------------------------------------------------------------------------------

sus("""
    Congratulations! You've been selected for the Remote Data Entry Specialist position ($32/hr). Before
    onboarding you'll need your work laptop from our approved vendor. We'll mail you a cheque to cover
    it; deposit it, then send the vendor $1,850 by Zelle. Please reply from your personal email.
    """, "job_scam", [JS, UP, OP], "job_scam", "overt")

sus("""
    Hi! I'm Amy from a digital marketing agency. Part-time job: rate apps on your phone, 20–30 min a
    day, earn $150–$400 daily. To unlock premium tasks you top up your account with USDT, refunded with
    commission. Interested? Add me on Telegram @amy_tasks_example
    """, "task_scam", [JS, UP, OP], "job_scam", "overt")

sus("""
    Subject: Offer of Employment - Next Steps

    Dear Applicant,

    Your interview with Northshore Logistics was successful. To secure your start date,
    a refundable training and background-check deposit of GBP 250 is required within 48 hours. Pay by
    bank transfer to our HR coordinator's account: sort code 00-00-00, account 00000000.

    Kind Regards,
    Recruitment Department
    Northshore Logistics Ltd
    Unit 4, Example Park, Leeds
    """, "job_scam", [JS, UP], "job_scam", "overt")

sus("""
    Hello, we saw your CV on a job board. We're hiring payment processing assistants: you receive
    customer payments into your own bank account and forward them to our suppliers, keeping 10%. Work
    from home, no experience required.
    """, "job_scam", [JS, UP], "job_scam", "overt")

sus("""
    Hi Chloe, thanks for your interest in the brand ambassador role! Next step is the starter kit
    (samples, lanyard, training login), $89. Once you've ordered it we'll get you on the schedule for
    next week. Link: kit-order.example.com
    """, "job_scam", [JS], "job_scam", "overt")

sus("""
    [09:02] Recruiter Sarah: hi!! ready for task 3?
    [09:02] Recruiter Sarah: today we do 40 product boosts, commission 0.5% each
    [09:05] Recruiter Sarah: oh your account is negative, pls recharge 520 USDT to continue, this is normal
    [09:05] Recruiter Sarah: after task 40 you withdraw everything incl. the recharge
    """, "task_scam", [JS, UP], "job_scam", "overt")

sus("""
    Thank you for interviewing for the Virtual Assistant job. Your first assignment: buy five $100 Apple
    gift cards for our CEO's client meeting, scratch off the backs and email photos of the codes. You'll
    be reimbursed with your first paycheck.
    """, "job_scam", [JS, UP], "job_scam", "overt")

sus("""
    Hi Jack, good news, the hiring team liked you. They just need you to verify your identity before the
    contract: please send a photo of your passport, your bank card front and back, and the code you'll
    get by text in a minute. Then you're all set for Monday.
    """, "job_scam", [JS], "job_scam", "subtle")

sus("""
    Offer of employment: Mystery Shopper (UK). You'll evaluate a money transfer service. Enclosed is a
    cheque for GBP 1,950. Pay it in, keep GBP 300 as your wage, and send the rest through the transfer
    service to the recipient named in the brief, then report on your experience.
    """, "job_scam", [JS, UP], "job_scam", "overt")

sus("""
    Hello! Saw your post looking for remote work. We have an opening reviewing hotel listings from home,
    flexible hours. Before we can start your training, the platform needs a small activation balance
    on your account, which you get back with your first earnings. Shall I send you the link?
    """, "task_scam", [JS], "job_scam", "subtle")

# ---- more mixed approaches -------------------------------------------------------------------------------------------

sus("""
    Subject: Speaker invitation - International Forum on Emerging Technology

    Dear Ms. Johansson,

    We would be honoured to have you speak at our forum in Shenzhen. As you hold a senior role at the
    Swedish Defence Materiel Administration, our organisers would especially welcome a candid
    presentation on current procurement priorities that aren't yet public. Business-class travel, five
    nights and an honorarium of EUR 5,000 are provided. Kindly keep the invitation private for now.

    Sincerely,
    Organising Committee
    """, "fake_conference", [CM, PT, SI, SE, CT], "meeting", "overt")

sus("""
    Hi Alex, I'm a freelance journalist writing a feature on AI chips. I can't name my outlet yet. Would
    you tell me, off the record, which customers your team at Quanta Silicon is sampling the new
    accelerator to, and the yields you're seeing? I can offer a consultancy fee for your time, paid to
    whatever account you like.
    """, "fake_journalist", [SI, PT, UP, VC], "elicitation", "overt")

sus("""
    Dear Dr Ahmed, I'm a PhD student abroad working on satellite communications. Your papers have been
    a great inspiration. My supervisor wonders whether you could share the link-budget numbers from
    your group's current military satcom project, the real ones, to help validate our model. We'd of
    course acknowledge you.
    """, "fake_academic", [SI], "elicitation", "subtle")

sus("""
    Hi Victoria, thanks for the connect! I work for a consultancy based in Kuala Lumpur advising a client
    on the UK's Global Combat Air Programme. They'd like to talk to someone who knows the programme from
    inside. Would you be open to a paid call, and could we take it on WhatsApp?
    """, "fake_consultant", [CT, VC, PT, OP, SI], "pivot", "overt")

sus("""
    Hello Mr. Dubois, a recruiter for a private intelligence firm here. We place ex-CSIS and ex-CSE
    analysts with overseas principals. The work is discreet: bespoke reports, occasional travel, payment
    offshore. Could you confirm when your clearance lapses and what your last files covered?
    """, "fake_recruiter", [CT, PT, VC, CM, UP, SE, SI], "contact", "overt")

sus("""
    Subject: Your profile

    Good day, Ms. Adeyemi,

    Our organisation supports researchers who move abroad. Your expertise in gas-turbine coatings is in
    high demand. We offer a salary triple your current one, a lab, housing and a one-off relocation
    bonus. We only ask that you bring your research materials and that the move stays private until
    you arrive.

    Regards,
    Talent Programme Office
    """, "fake_recruiter", [CT, SI, SE, VC], "contact", "overt")

sus("""
    Hello, I represent a Hong Kong investor who wants to understand why the Canadian government blocked
    the lithium deal. You were in the room. He will pay USD 10,000 for a one-hour chat, by crypto if you
    prefer, and nobody needs to know.
    """, "fake_consultant", [SI, PT, VC, UP, SE], "elicitation", "overt")

sus("""
    Nice to finally talk on the phone, Eleanor. As I said, we'd like you to keep doing exactly what you
    do at the ministry, and tell us a bit about it now and then. No documents, just your impressions.
    We'll make sure it's worth your while.
    """, "handler_followup", [SI, PT], "elicitation", "subtle")


# =====================================================================================================
# Benign (label 0): look-alikes first, then a few plain messages
# =====================================================================================================

# ---- genuine recruiters and headhunters --------------------------------------------------------------

ben("""
    Hi Daniel, I'm Rachel Ortiz, a technical recruiter at Brackwell Aerospace in Wichita. We're hiring a
    Senior Avionics Integration Engineer (req 24-1187) for our flight-test group. The role requires an
    active Secret clearance, which I see you mention on your profile. Would you be up for a 20-minute
    phone call this week? My direct line is 316-555-0147, or email rachel.ortiz@brackwell.example.com.
    """, "genuine_recruiter")

ben("""
    Hi Priya! Thanks for getting back to me. LinkedIn messaging is a bit limited, so could we switch to
    email? I'm at j.nguyen@photonworks.example.com. I'll send the job description for the Laser Systems
    Lead role and the salary band, and we can set up a call with the hiring manager, Dr. Karen Molloy.
    Cheers, Jamie (Talent Acquisition, PhotonWorks)
    """, "genuine_recruiter")

ben("""
    Subject: Your application - Network Security Architect (Ref. NS-2291)

    Dear Mr Bakshi,

    Thank you for your application. The hiring panel would like to invite you to an onsite interview at
    our Reading office on 3 December. We'll reimburse standard-class rail travel and, if you need it, one
    night at the hotel by the station; please keep receipts and submit them using the attached
    expenses form. Please bring photo ID; as the role needs SC clearance, our security team will explain
    the vetting process on the day.

    Kind regards,
    Harriet Coles
    Recruitment Team, Telvora UK Ltd
    careers@telvora.example.com
    """, "genuine_recruiter")

ben("""
    hey Marcus, it's Dev from Kestrel Defense recruiting 👋 saw you're transitioning out, thank you for
    your service! we have a couple of program manager roles in Dayton that'd use your acquisition
    background. text me at 937-555-0113 if you want to grab a coffee or a quick call, whatever's easier
    """, "genuine_recruiter")

ben("""
    Hi Rebecca, thanks for your time on the phone today. As promised, I've added you to our WhatsApp
    group for the Halifax shipyard open day on the 14th (it's just logistics: parking, which gate to
    use). The formal offer letter will come from our HR system, hr-noreply@maritimeworks.example.com, not
    from me personally. Any questions, just shout. Leah, Talent Partner, Maritime Works
    """, "genuine_recruiter")

ben("""
    Hello Ms. Okafor, I'm recruiting for Northern Grid Operator's new Control Room Engineering team in
    Calgary. We're looking for people with SCADA and EMS experience, your time at Prairie Power looks
    ideal. Salary range CAD 125–145k plus pension. If you're interested, reply here or send your resume
    to talent@northerngrid.example.com and I'll set up a screening call on Teams.
    """, "genuine_recruiter")

ben("""
    Hi Tom, quick follow-up from the interview. The team enjoyed meeting you. Before we make an offer we
    need to run the standard background check, so you'll receive an email from our screening provider,
    VeriCheck, asking for your ID and the consent form. Please don't send ID documents to me directly by
    email or chat. Thanks! Sophie, HR, Cascade Semiconductor
    """, "genuine_recruiter")

ben("""
    Hi Jordan, it's Maya from the TA team at Ardent Robotics. Our hiring manager is based in Shenzhen and
    uses WeChat Work for interviews with candidates in Asia. I'll send you an invite from our company
    WeChat Work account (the account name is "Ardent Robotics - Talent") for a video interview next
    Thursday. If you'd rather use Zoom, that's fine too, just let me know.
    """, "genuine_recruiter")

ben("""
    Hi Ben, Olivia from Sentinel Dynamics resourcing. Here's my mobile for tomorrow in case you can't find
    the Farnborough site: 07700 900456. Good luck!
    """, "genuine_recruiter")

ben("""
    Subject: Confidential search - Chief Technology Officer

    Dear Dr Obi,

    I lead the technology practice at Harrow & Keane. We've been retained by Lumen Labs' competitor,
    Veritas AI, to find their next CTO. The search is confidential on both sides, so I'd ask you not to
    share the details widely; likewise, we'll never approach your employer without your consent. If
    you'd like to hear more, I'm happy to talk by phone (+44 20 7946 0321) or meet at our office on
    Berkeley Square. Our clients pay our fees; candidates never pay anything.

    Best,
    Charlotte Keane
    Partner, Harrow & Keane Executive Search
    """, "genuine_headhunter")

ben("""
    Hi Victoria, Simon Reid here, headhunter at Falconer Search. I'm working on a confidential brief
    for a Tier 1 defence prime (I can share the name once you've signed our standard NDA) for a Head of
    Systems Engineering. Think you'd be a strong fit. Can I call you this week? Happy to use your
    personal mobile if you'd prefer not to take the call at work.
    """, "genuine_headhunter")

ben("""
    Hey Colin, hope all's well! Following up on my note last week about the Head of OT Security role at
    Severn Water. I've shortlisted you with the client. Next step is a call with their CISO, Gareth
    Lewis. He's flexible: phone, Teams or in person in Bristol. Let me know which works. Cheers, Ros
    (Aldwych Executive, rosalind@aldwychexec.example.com)
    """, "genuine_headhunter")

ben("""
    Good morning Ms Lindqvist. I'm an executive recruiter at Pinecrest Partners, specialising in the
    energy transition. One of our clients, Helios Nuclear (a small modular reactor developer in Ottawa),
    is hiring a Director of Regulatory Affairs. Your DOE background would be valuable. The package is
    CAD 210k plus equity. Could we set up a call? I've attached the position spec.
    """, "genuine_headhunter")

ben("""
    [09/10/2026, 18:22] Hana (Larkfield): Hi Mei! Just checking you got the job spec I emailed
    [09/10/2026, 18:22] Hana (Larkfield): the client is Northwind LNG, role is Operations Planning Lead
    [09/10/2026, 18:23] Hana (Larkfield): they'd like to see you Thursday at their Vancouver office, can I confirm 2pm?
    [09/10/2026, 18:30] Hana (Larkfield): also they'll cover parking, just keep the ticket 🙂
    """, "genuine_headhunter")

ben("""
    Hi Greg, I'm a headhunter with Calder & Finch. I'm working on a senior role for a satellite operator
    I can't name just yet (they haven't announced the expansion). Based in Luxembourg, relocation paid.
    If you're open to it, could we have a quick call? I'll share the company name and the full spec by
    email before anything else happens, and nothing goes to them without your say-so.
    """, "genuine_headhunter")

ben("""
    [Tue 14:02] Claire Dunn (recruiter): Hi Sam, thanks for applying for the drone software role at Skyrise!
    [Tue 14:03] Claire Dunn (recruiter): easier to chat by phone than here, ok if I ring you tomorrow at 11?
    [Tue 14:03] Claire Dunn (recruiter): it'll be about 15 mins, mostly your notice period and salary expectations
    [Tue 14:10] Sam: sure, 11 works
    """, "genuine_recruiter")

# ---- expert networks ---------------------------------------------------------------------------------

ben("""
    Subject: Paid consultation request - semiconductor equipment market

    Hi Dr Whitfield,

    I'm a research associate at Tessera Expert Network. One of our clients, a US asset manager, would like
    a 60-minute phone consultation about the lithography equipment market, public trends only. We pay
    USD 450 for the hour. Before the call you'll complete a short compliance tutorial and confirm that
    you will not share any confidential information of your current or former employers. If your
    employer's policy doesn't allow outside consultations, please let us know and we'll close the
    request.

    Regards,
    Naomi Fischer, Tessera Expert Network
    """, "expert_network")

ben("""
    Hi Jenna, thanks for joining the Arbor Insights expert network! A client (a private equity firm, name
    shared once you accept) would like a 45-min call on US transmission permitting. Rate: your quoted
    $300/hr. Reminder: do not discuss anything non-public about your employer or the ISO, including
    queue positions that haven't been published. If in doubt, don't answer the question.
    """, "expert_network")

ben("""
    Dear Mr Rowe, as part of our compliance process, please confirm the following before your call with
    our client Brightwater Capital on Tuesday: (1) you are not currently employed by a government body,
    (2) you will not disclose material non-public information, (3) you have no confidentiality
    obligation that prevents you from discussing export control policy in general terms. The fee of
    GBP 350 will be paid to your bank account within 10 business days. Thank you. Compliance Team,
    Ledgerline Experts
    """, "expert_network")

ben("""
    hey! it's Kat from Pathway Expert Network. quick one, our client wants to do a follow-up call with you
    next week on drone procurement trends. same rate as last time ($400/hr). they asked about the
    specific contract values in your current team's pipeline, I've told them that's off limits and
    you won't be discussing it. Still ok?
    """, "expert_network")

ben("""
    Subject: Your consultation is scheduled

    Hello Ethan,

    Your 1-hour consultation with Halden Research (client: Fjord Asset Management, Oslo) is confirmed
    for Wednesday 10:00 GMT via our dial-in. Topic: shipbuilding supply chains in the UK, based on your
    general industry expertise. Please remember our expert terms: no confidential information, no
    information about current procurements you are involved in. Honorarium GBP 300, paid by bank
    transfer after the call.

    Halden Research Scheduling Team
    """, "expert_network")

ben("""
    Hi Dr Brennan, I'm with Qubitscope Insights, an expert network. A consulting firm working for a
    Canadian pension fund wants to understand the commercial quantum computing landscape. Would you
    take a paid 1-hour call (CAD 500)? We screen out anyone who'd need to discuss unpublished research or
    government-funded work that isn't public. You can decline any question.
    """, "expert_network")

ben("""
    Dear Ms Fraser, thanks for completing the Meridian Expert Network profile. We noticed you recently
    worked for the Crown Estate. Our policy is that former public servants must wait 12 months after
    leaving before consulting on matters they worked on, so we'll hold off on offshore wind projects
    until March. We'll still send you other requests that fit.
    """, "expert_network")

ben("""
    hi Noah, Atlas Expert Panels here: 15-min survey on fibre build costs for a telecom investor client, $75
    Amazon voucher. Industry averages only, pls skip anything about your employer's own numbers. Link is in
    your inbox.
    """, "expert_network")

# ---- think tanks and universities --------------------------------------------------------------------

ben("""
    Subject: Commissioned paper - Canada's critical minerals strategy

    Dear Ms Ng,

    The Laurentian Policy Institute would like to commission a 5,000-word paper from you on Canada's
    critical minerals strategy, to be published under your name in our spring policy series. The
    honorarium is CAD 3,000. The paper should rest on public sources; we ask authors in government
    roles to obtain their department's approval for outside writing before accepting. I've attached our
    standard author agreement.

    With thanks,
    Dr Paul Girard, Director of Research
    """, "think_tank_commission")

ben("""
    Hi Laura, great to meet you at the defence procurement forum. As I said, we're putting together an edited volume on
    defence procurement reform and would love a chapter from you: 6,000 words, public sources, your
    name on it, peer reviewed. We offer GBP 1,000 per chapter. Publisher is Ashgrove University Press.
    Let me know and I'll send the contributor brief.
    """, "think_tank_commission")

ben("""
    Dear Colonel (retd) Vance, the Atlantic Defence Forum would be delighted to commission a short
    analysis (2,500 words) on European air-defence integration for our public website. Fee EUR 1,200,
    paid on publication by bank transfer. Authors are named and we publish a conflict-of-interest
    statement with each piece. Our editorial guidelines are attached.
    """, "think_tank_commission")

ben("""
    Subject: Review request - working paper on grid security

    Hi Colin,

    Would you be willing to peer-review a 20-page working paper on OT security in UK water utilities
    for the Centre for Infrastructure Resilience at Midlands University? We offer a GBP 250
    honorarium. The paper will be published openly; reviewers can be named or anonymous, as you prefer.
    Deadline is the end of the month.

    Best wishes,
    Dr Aisha Karim
    """, "university_invite")

ben("""
    Dear Prof. Kowalski, on behalf of the School of Engineering at Northgate University, I'd like to
    invite you to give our annual materials science lecture on 12 March. We can offer a speaker fee of
    CAD 1,500, economy return flights and two nights' accommodation. The lecture will be public and
    recorded for our YouTube channel. Please let us know by the end of January.
    """, "university_invite")

ben("""
    hi Dr Ahmed! I'm a PhD student at Kingsford University working on satellite link budgets (public
    data only). My supervisor, Prof. Liu, suggested I reach out: would you be willing to sit on my
    thesis committee as external examiner? The university pays a small examiner's fee (GBP 200) and
    travel to the viva. Totally understand if you're too busy.
    """, "university_invite")

ben("""
    Dear Ms. Johansson, the Centre for Security Studies at Nordvik University would be honoured if you would give a
    guest seminar to our master's students on how defence procurement works in practice. We can cover
    your train fare and offer a modest honorarium of SEK 5,000. The seminar is open to the public and
    only requires material you'd use in a public talk.
    """, "university_invite")

ben("""
    Hi Hannah, I'm organising a paid panel of practitioners for the Public Policy school's capstone
    projects. You'd review 3 student reports on UK government digital strategy (all from public
    sources) and give written feedback. We pay GBP 150 per report via the university's casual payroll.
    No contact with students outside the portal.
    """, "university_invite")

# ---- clearance job ads --------------------------------------------------------------------------------

ben("""
    Job: Systems Engineer III - Missile Warning (Colorado Springs, CO)
    Clearance: Active TS/SCI with CI polygraph required at start
    Salary: $135,000 - $160,000 + 10% bonus
    Apply via careers.orbitalshield.example.com, req #OS-4412. We never ask for payment during hiring.
    """, "cleared_job_ad")

ben("""
    We're hiring! Cyber Threat Analyst (SC cleared or SC-eligible), Cheltenham. Work on classified
    networks supporting UK government customers. Sole UK nationals only, due to the nature of the work.
    Competitive salary, 25 days holiday, pension. Apply through our careers page, no agencies please.
    """, "cleared_job_ad")

ben("""
    Position: Policy Analyst, Indo-Pacific (EC-05), federal public service
    Security level: Top Secret. Candidates must be eligible to obtain a TS clearance.
    Language: English essential, French bilingual imperative (CBC/CBC).
    Apply via the government jobs website before 30 November. Selection may include a written exam and interview.
    """, "cleared_job_ad")

ben("""
    Hiring: Nuclear Reactor Operator Trainee, Bruce County, ON. Applicants must pass a site-access
    security clearance and drug and alcohol testing. Paid training programme, 18 months. No fees are ever
    charged to applicants. Submit your application through our website only.
    """, "cleared_job_ad")

ben("""
    📢 Job alert: RF Engineer | DV clearance required | Bristol | £70–85k | hybrid 3 days on site |
    defence comms programme | apply via link in bio or DM me for the full spec. Referral bonus for
    anyone who passes someone on who gets hired!
    """, "cleared_job_ad")

ben("""
    Subject: Job posting - Data Scientist (Public Trust), Washington DC

    Contractor supporting a federal health agency. Public Trust clearance required (we sponsor). Python,
    SQL, AWS. Remote-friendly. Pay $120-145k. Interviews are conducted by phone and on Zoom with our
    hiring managers; we will never interview by chat app or ask you to buy equipment.
    """, "cleared_job_ad")

ben("""
    Vacancy: Telecoms Security Engineer, Government Communications Programme, Canberra. Candidates
    must hold or be able to obtain a Negative Vetting Level 1 clearance. Applications close 5pm Friday.
    For enquiries contact the recruitment team on (02) 5550 1234.
    """, "cleared_job_ad")

# ---- security awareness ----------------------------------------------------------------------------------

ben("""
    Subject: Security reminder - fake recruiters on LinkedIn

    All staff,

    We've seen a rise in approaches from "headhunters" and "consultants" who contact colleagues with
    clearances, offer well-paid reports for an unnamed client, and quickly ask to move to WhatsApp,
    WeChat or a personal email. Later they ask for internal information, suggest an all-expenses-paid
    trip abroad to "meet the client", and ask you to keep it from your manager. If this sounds familiar,
    don't reply; report it to security@northgate.example.com.

    Thanks,
    Protective Security Team
    """, "security_awareness")

ben("""
    Think Before You Link quiz, question 4: A recruiter offers you $5,000 for a white paper, asks you to
    move to Telegram, and tells you there's no need to tell your employer. What should you do? (a) accept,
    it's good money (b) ask for payment in crypto (c) stop, and report it to your security officer.
    Correct answer: (c).
    """, "security_awareness")

ben("""
    Reminder from the IT helpdesk: scammers are sending fake job offers asking new hires to buy gift
    cards, pay for "training kits" or deposit a cheque and wire back the difference. Our company never
    asks for payment. Forward anything suspicious to phishing@company.example.com.
    """, "security_awareness")

ben("""
    Community notice from the Richmond Chinese Students & Scholars Association: if anyone contacts you
    claiming to be police from home, threatens your family, or demands that you return or report on
    other students, you are not alone. You can contact the RCMP National Security line or campus
    security in confidence. This message was agreed by the association committee.
    """, "security_awareness")

ben("""
    hey all, just a PSA for the team channel: I got one of those "consultant" InMails this morning, super
    flattering, paid report for an anonymous client, wanted my Signal. Forwarded it to security. They
    said it's a known pattern, so if you get one, same thing 👍
    """, "security_awareness")

ben("""
    Subject: Annual foreign-contact reporting - due 31 December

    Colleagues, this is the yearly reminder to declare any close and continuing contact with foreign
    nationals, any offers of paid consultancy, and any unsolicited invitations to conferences abroad with
    travel paid. Declaring is not an accusation; it protects you. The form is on the intranet.

    Departmental Security Officer
    """, "security_awareness")

ben("""
    From the FSO: a reminder before the holiday travel season. If you're travelling overseas, submit your
    foreign travel notice at least 30 days before departure. Be cautious of people who show unusual
    interest in your work, ask you to bring documents, or offer gifts or cash. Keep devices with you.
    """, "security_awareness")

# ---- family chats --------------------------------------------------------------------------------------------

ben("""
    [12/02/2026, 20:01] Mum: Wei, did you get the red envelope I sent on WeChat? 😊
    [12/02/2026, 20:02] Mum: Don't tell your dad how much, he'll say I spoil you
    [12/02/2026, 20:02] Mum: When are you coming home for the holiday? Grandma keeps asking
    [12/02/2026, 20:05] Me: Got it, thank you Mum! Probably the 25th, still checking flights
    """, "family_chat")

ben("""
    Hi beta, your uncle says the job at the ministry back home is still open if you want to come back.
    No pressure, we just miss you. Call me on WhatsApp tonight when you're off work, your father wants
    to talk about the house.
    """, "family_chat")

ben("""
    Auntie Lin: Xiaoming, I transferred 2,000 yuan to your Alipay for the tuition top-up. Keep it between
    us, your cousin will be jealous 😂 Study hard and call your grandmother this weekend!
    """, "family_chat")

ben("""
    Dad, can you send me the password for the family Netflix again? Also I'm flying home on the 18th, can
    someone pick me up from the airport? Mum said you'd pay for my ticket this time 🙏
    """, "family_chat")

ben("""
    [21:14] Sis: ok but DON'T tell mum about the surprise party, she reads the family group
    [21:14] Sis: let's plan it here instead
    [21:15] Sis: I'll pay for the cake, you do the flights for Grandpa?
    [21:17] Sis: and delete these messages when you're done lol she checks your phone
    """, "family_chat")

ben("""
    Son, your cousin Minh has an interview at your company next week. Can you tell him what questions they
    ask and what the team is working on? He's very nervous. Your mother sends her love, and call your
    grandma, she is worried you work too much.
    """, "family_chat")

ben("""
    Hi darling, the police from the village office came by today, just the annual household registration
    check, nothing to worry about, they asked how you are and I said you're doing well in Canada. Your
    dad's blood pressure is better. Send us photos of the baby!
    """, "family_chat")

ben("""
    Gran: Thank you for the money you sent through Western Union, we got it today. You don't have to keep
    sending it every month, we are fine. Come home for Easter if you can, your uncle will pay half.
    """, "family_chat")

# ---- colleagues moving channels -------------------------------------------------------------------------------

ben("""
    can we move this to Teams? slack keeps logging me out. and pls don't paste the supplier pricing in chat,
    just link the sharepoint file
    """, "coworker_channel")

ben("""
    hi, I'm the new analyst on the desk, Grace told me to ping you. could you add me to the teams Signal
    group? apparently that's where the on-call rota lives. my number is 07700 900789
    """, "coworker_channel")

ben("""
    [08:45] Raj: morning all, the VPN is down again so let's use WhatsApp for the standup today
    [08:46] Raj: reminder: no client names or anything confidential in here, just status
    [08:46] Raj: I'll write the proper notes up in Confluence after
    """, "coworker_channel")

ben("""
    Hi Mei, our Shanghai colleagues prefer corporate WeChat (WeCom), so I've added you to the "Supply
    Chain Q4" group there. Please use your company account, not your personal WeChat, and keep
    attachments on the company drive as usual.
    """, "coworker_channel")

ben("""
    Sandra, my work laptop is in for repair so I'm sending this from my personal Gmail, sorry! It's the
    draft agenda for Thursday's lab meeting, nothing sensitive. Will switch back to my work address
    tomorrow.
    """, "coworker_channel")

ben("""
    Hey, could you send me your personal number? I'm organising Priya's leaving do and want to set up a
    WhatsApp group that isn't on the work system so she doesn't see it. It's a surprise, so keep it
    quiet!
    """, "coworker_channel")

ben("""
    Hi Tom, it was great working with you on the bid. Now that I've left Telvora, let's keep in touch on
    LinkedIn or my personal email (mark.f@example.net). I obviously can't talk about the bid anymore, but
    I'd love to grab a pint when your in London.
    """, "coworker_channel")

# ---- travel reimbursement at work -------------------------------------------------------------------------------

ben("""
    Subject: Travel approved - Singapore Air Show

    Hi Evan,

    Your trip to the Singapore Air Show (14–18 Feb) has been approved. The company will pay flights and
    the hotel directly via Concur; meals are reimbursed up to SGD 100/day. As you hold a clearance, please
    also submit the foreign travel notification to the security office and attend the pre-travel
    briefing on 6 Feb.

    Travel Desk
    """, "travel_reimbursement")

ben("""
    hey Priya, finance says your Hong Kong conference expenses are approved, the money should hit your
    account on the next payroll run. next time put the taxi receipts in the same claim, saves them a step
    """, "travel_reimbursement")

ben("""
    Dear Dr Brennan, thank you for speaking at the workshop in Montréal. Please send your receipts
    (flights, hotel, meals) and a completed supplier form so we can reimburse you by direct deposit. We
    cannot reimburse in cash or to a third party's account.
    """, "travel_reimbursement")

ben("""
    Reminder: per diem for the Taipei trip is paid in advance to your corporate card. If you'd rather
    have it in local currency, the travel office can issue a cash advance against your signature. Please
    return any unused amount with your expense report.
    """, "travel_reimbursement")

ben("""
    Hi Siobhan, we've booked your flights to Tokyo for the partner meeting on the company account. E-tickets
    will come to your work email from our travel agency. Hotel is the one next to the office, as usual. Please
    register the trip with Security and pick up a loaner laptop from IT before you go.
    """, "travel_reimbursement")

# ---- alumni and parent groups ---------------------------------------------------------------------------------------

ben("""
    Hi everyone! Class of 2012 reunion is on 22 June at the Old Library. Tickets £35, pay through the
    alumni office page (not to me!). Please join the WhatsApp group for updates, link below. Can't wait to
    see you all.
    """, "alumni_group")

ben("""
    [Lakeshore ECE alumni] Jason: anyone here at Telvora? my friend is interviewing for the RF team next
    week and wants to know what the culture's like. happy to buy coffee for whoever can chat for 15 min,
    he's not looking for anything confidential, just vibes
    """, "alumni_group")

ben("""
    Hi all, the Huaxia University alumni association of Ottawa is hosting a mid-autumn festival dinner. We'll have
    a WeChat group for RSVPs; dinner is CAD 40 per person via e-transfer to the association's account.
    Bring your families!
    """, "alumni_group")

ben("""
    Hey guys, mentoring programme update from the alumni office: we're pairing recent grads with alumni in
    defence, aerospace and policy. Mentors volunteer, nobody gets paid and nobody should ask about your
    current job's details. Sign up on the portal.
    """, "alumni_group")

ben("""
    Year 4 parents: the school trip to the science museum is on the 9th. Please pay £12 via ParentPay by
    Friday. Also, the class WhatsApp is for trip logistics only, please don't share photos of other
    children. Thanks! - Jo (class rep)
    """, "parents_group")

ben("""
    Hi parents! A reminder that the school will NEVER ask you to pay fees by gift card or to a personal
    bank account. Someone has been messaging parents on WeChat pretending to be a teacher and asking for
    "tutoring deposits". Please report it to the office.
    """, "parents_group")

ben("""
    Hockey moms & dads 🏒 carpool for Saturday's tournament in Kingston: I can take 3 kids. Hotel is
    booked under the team name, each family e-transfers $95 to the team treasurer. Let's keep planning in
    this group chat rather than email.
    """, "parents_group")

# ---- journalists, conferences -----------------------------------------------------------------------------------------

ben("""
    Subject: Interview request - critical minerals feature

    Dear Ms Ng,

    I'm a reporter at the Northern Ledger working on a piece about Canada's critical minerals strategy.
    I'd like to interview you on the record about your published work on supply chains. I don't expect
    you to discuss anything your department hasn't made public, and I'm happy to go through your press
    office. I can call at your convenience: 613-555-0188.

    Regards,
    Martin Leclerc, Northern Ledger
    """, "journalist_interview")

ben("""
    hi Alex, I'm a tech reporter at Silicon Weekly. Writing about AI accelerator supply. Would you do a
    15-min phone interview on the record? I'm only after your take on public market trends, nothing
    about Quanta's customers. If your comms team needs to sign off, totally fine, cc them.
    """, "journalist_interview")

ben("""
    Hi Hannah, Sarah Holt from the Westminster Gazette. I'm writing about how the civil service is
    adopting AI. Would you be willing to speak on the record, or on background if your department
    prefers? I'd go through the press office first, of course. You can reach me on Signal if that's
    easier (my number's in my Twitter bio).
    """, "journalist_interview")

ben("""
    Dear Dr Ahmed, I'm producing a radio documentary on satellite communications for Meridian Radio.
    Would you be willing to be interviewed in our London studio? We'll pay your rail fare and a
    contributor fee of GBP 100. The interview is on the record and will be broadcast.
    """, "journalist_interview")

ben("""
    Hello Mr Zhang, I'm a journalist at the Toronto Observer writing about diaspora communities and the
    pressure some of them face from authorities back home. If you'd be willing to share your experience,
    we can talk on or off the record, and we'll protect your identity if you want. No pressure at all.
    """, "journalist_interview")

ben("""
    Subject: Invitation to speak - Shanghai International Semiconductor Forum

    Dear Dr Whitfield,

    We are pleased to invite you to speak at the Shanghai International Semiconductor Forum on 18–19 May.
    The organisers cover economy flights, three nights at the conference hotel and a speaker fee of
    USD 1,000. Talks are public, recorded and published on our website; please present only material
    cleared for public release by your employer.

    Programme Committee, SISF 2027
    """, "conference_invite")

ben("""
    Hi Colin! Saw your abstract come through for the ICS Security Summit in Amsterdam, and its accepted
    🎉 Speakers get free registration and two hotel nights; unfortunately we can't cover flights. Slides
    due 2 weeks before. Any questions, ping me here or on email.
    """, "conference_invite")

ben("""
    Dear Colonel (retd) Vance, the Allied Staff College alumni association invites you to its annual
    conference in Rome, 4–6 October. As a panel chair, your travel and accommodation will be covered by
    the association. Sessions are under the Chatham House rule; the programme and speaker list are public.
    """, "conference_invite")

ben("""
    Dear Ms. Lindqvist, we'd love you to join a panel at the Energy Futures Conference in Calgary. We can
    offer an honorarium of CAD 750 and cover your travel. Your employer's approval may be needed; we can
    provide a formal invitation letter for that purpose.
    """, "conference_invite")

ben("""
    Hi Laura! Still a few funded places for the Beijing OSINT methods workshop, flights + hotel covered by
    the host university, papers go in the public proceedings. Want me to put your name down?
    """, "conference_invite")

# ---- HR onboarding, payroll, banks ---------------------------------------------------------------------------------------

ben("""
    Subject: Welcome to Sentinel Dynamics - your first week

    Hi Ben,

    Welcome aboard! On day one you'll sign our NDA and the confidentiality and IP agreement, and complete
    security induction. Please keep the terms of your offer confidential, as per company policy. Your
    manager, Olivia Shaw, will meet you at reception at 9:00. Your work phone and laptop will be ready.

    People Team
    """, "hr_onboarding")

ben("""
    Hi Jordan! Welcome to the team 🎉 For payroll, please enter your bank details in Workday yourself,
    don't email them to anyone (including me). You'll also get a link from our clearance sponsor to start
    your SF-86. Shout if you have questions, the first week is a lot!
    """, "hr_onboarding")

ben("""
    Dear Tom, congratulations on your new role. As part of onboarding, please bring two forms of ID on
    your first day; we'll verify them in person. Your laptop will be delivered to the office, not to
    your home, and the company pays for all equipment. We never ask new starters to buy anything.
    """, "hr_onboarding")

ben("""
    Onboarding reminder: all new hires working on the Typhoon programme must complete the BPSS check and
    declare any outside business interests, including paid consultancy or expert-network work, before
    the end of their first month.
    """, "hr_onboarding")

ben("""
    Hi Chloe, welcome to the store team! Your uniform (2 shirts + lanyard) is provided free, pick it up
    from the back office on Monday. Training is paid at your normal rate. Let me know your shirt size by
    text. Ana, Store Manager
    """, "hr_onboarding")

ben("""
    Payroll notice: from 1 January salaries will be paid on the 25th. If you want to change the account
    your salary goes into, update it in the HR portal; Payroll will never ask you to change bank details
    by email, phone or text, and we never pay in gift cards or crypto.
    """, "payroll_notice")

ben("""
    Hi Paul, a quick one from payroll: your consultancy invoice for the review was paid today to the
    business account on file. If you'd like future payments to go to a different account, please send
    a new supplier form signed by you; we can't pay third parties on verbal instruction.
    """, "payroll_notice")

ben("""
    Your P60 for the tax year is now available in the employee portal. If you had any outside income
    (speaking fees, consultancy), remember to include it in your self-assessment return.
    """, "payroll_notice")

ben("""
    Northbank alert: a payment of $2,000.00 from ACME PAYROLL has been deposited to your chequing account
    ending 4411. We will never ask you to move money to a "safe account" or to buy gift cards. Questions?
    Call the number on the back of your card.
    """, "bank_notice")

ben("""
    Hi, this is Greenfield Bank. Your new debit card was posted today. For your security, never share
    your PIN or the one-time codes we send you, not even with our staff or an employer.
    """, "bank_notice")

ben("""
    FYI: the wire transfer of GBP 3,500 from Tessera Expert Network Ltd to your account has been
    received. Reference: CONSULT-0492. No action needed.
    """, "bank_notice")

# ---- plain messages --------------------------------------------------------------------------------------------------------

ben("""
    Running 10 min late, the bus broke down. Order me a flat white?
    """, "ordinary_chat", lookalike=False)

ben("""
    Subject: Kitchen rota

    Hi all, a reminder that the dishwasher needs emptying by whoever's on the rota that day. This week:
    Mon Sam, Tue Priya, Wed Gary, Thu Lin, Fri whoever ate the last biscuit. Thanks!
    """, "work_email", lookalike=False)

ben("""
    lol did you see the game last night?? 3-0 in the first half and they still almost blew it
    """, "ordinary_chat", lookalike=False)

ben("""
    Subject: Q3 sprint review moved to Thursday

    Hi team, the sprint review is moving to Thursday at 2pm because of the fire drill on Wednesday.
    Same room. Please have your demos ready.

    Thanks, Nadia
    """, "work_email", lookalike=False)

ben("""
    Hey! Are we still on for climbing Saturday? I can drive if you bring the rope.
    """, "ordinary_chat", lookalike=False)

ben("""
    Subject: Printer on floor 3

    The printer on floor 3 is jammed again. Facilities are aware and someone will come this afternoon.
    Please use the one by the lifts in the meantime.
    """, "work_email", lookalike=False)


def build() -> list[dict[str, object]]:
    """Shuffle the hand-written rows with the fixed seed and number them in that order."""
    rows = list(ROWS)
    random.Random(SHUFFLE_SEED).shuffle(rows)
    return [{"id": f"enb-{n:03d}", **row} for n, row in enumerate(rows, start=1)]


def main() -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in build()]
    TARGET.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{TARGET.name}: {len(lines)} rows")


if __name__ == "__main__":
    main()
