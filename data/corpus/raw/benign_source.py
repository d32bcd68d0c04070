"""Hand-written BENIGN half of the English training corpus for recruitscreen.

Every message below was written by hand as a message BODY only: no greeting
line and no sign-off / signature block (the build script adds those from a
shared pool to both classes).  Each family is one scenario / author voice;
the train/test split is done by family.

Run:  python benign_source.py          -> writes benign.jsonl beside this file
      python benign_source.py --check  -> validate and print counts only
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "benign.jsonl"

FAMILIES: list[dict] = []
_REG_PREFIX = re.compile(r"^@(chat|email|inmail)\s+")


def F(name: str, kind: str, lookalike: bool, register: str, body: str) -> None:
    """Register one family. Messages are separated by a line holding only '~~'.

    A message may start with '@chat ', '@email ' or '@inmail ' to override the
    family's register for that message.
    """
    msgs = []
    for raw in body.strip("\n").split("\n~~\n"):
        text = raw.strip()
        reg = register
        m = _REG_PREFIX.match(text)
        if m:
            reg = m.group(1)
            text = text[m.end():].strip()
        # collapse hard-wrapped lines inside a paragraph, keep paragraph breaks
        paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
        text = "\n\n".join(p for p in paras if p)
        if text:
            msgs.append((text, reg))
    FAMILIES.append(
        {"name": name, "kind": kind, "lookalike": lookalike, "register": register, "msgs": msgs}
    )


# ---------------------------------------------------------------------------
# 1. Recruiters (genuine) who pivot to corporate e-mail, phone, Teams, Zoom
# ---------------------------------------------------------------------------

F("agency_cleared_aero_phone", "recruiter_cleared_role", True, "inmail", """
I'm a recruiter with Corvane Talent Partners and I'm working on a Guidance, Navigation and Control
engineer opening with one of our aerospace clients in Huntsville. The role needs an active Secret
clearance (TS eligible preferred) because the program sits on a classified contract, so I can't share
the program name here. Would you be open to a 15-minute phone call this week? My direct line is
256-555-0148, or send me a time that works and I'll call you.
~~
Following up on my note from Tuesday. The GNC role is still open and the hiring manager liked your
background on the flight software side. Easiest next step is a quick call. Are you free Thursday
after 3pm Central? If LinkedIn messages are easier for you, that works too.
~~
To answer your question: the client is a prime contractor, and I can give you the company name once
you agree to be submitted. That's standard for us so nobody gets submitted twice by two agencies.
Salary band is 145-170k plus relocation. Can I call you on the number on your resume tomorrow morning?
~~
Quick one: do you currently hold an active Secret, or is it current but inactive? If you've been out
of a cleared position for more than 24 months it may need a fresh investigation, which the client can
sponsor, but it pushes the start date. Happy to walk through it on the phone.
~~
Left you a voicemail just now, no rush. It was about the avionics integration lead role in
Melbourne, FL. Call back on 321-555-0193 whenever suits, or reply here.
~~
Great talking with you today. As promised, the job description is in your inbox from my
corvanetalent.com address. Have a look at the on-site requirement (five days a week inside a SCIF,
no remote) and tell me if you still want me to submit you.
~~
Just so you know where the line is: I will never ask you about the programs you've worked on. The
hiring manager will talk about that in the interview within whatever you're allowed to say. For the
submission I only need your clearance level, the date of your last investigation and your availability.
~~
Your interview is confirmed for Monday 10:00 Eastern on Teams. Panel is Dana Whitfield (chief
engineer) and two leads from flight test. The calendar invite will come from their HR system, not from me.
~~
The client's feedback was positive and they want a second round on site. They'll cover flights and
one night at the hotel next to the plant; their travel desk will contact you directly. Can you jump on
a call at 4 to go over logistics?
~~
Offer's in! They're coming in at 162k with a 10k sign-on, start date subject to the clearance
transfer going through. I'd rather go through the details by phone than type it all out here. When's good?
~~
Not a problem at all if the timing is wrong. I'll keep your profile on file and reach out if
something comes up closer to Denver. Good luck with the current program.
""")

F("inhouse_semis_recruiter_email", "recruiter_pivot_email", True, "inmail", """
I lead technical recruiting at Veltrix Semiconductor in Hillsboro. We're hiring a senior process
integration engineer for our 3nm-class development line and your etch background stood out. Could we
move this to e-mail? LinkedIn strips attachments and I'd like to send you the full posting. My address
is r.okafor@veltrixsemi.com.
~~
Thanks for replying. I've sent the posting to the address you gave me, from r.okafor@veltrixsemi.com.
If it's in your spam folder, that's our mail gateway being over-zealous again.
~~
One practical thing before we go further: the role involves export-controlled technology, so we're
required to confirm work authorization and, for some foreign nationals, apply for a deemed export
licence. It doesn't rule anyone out, it just affects timing. Could you tell me your current work status?
~~
Please don't send me anything from your current employer. No process recipes, no yield data, no slides.
We hire people for what they know how to do, and our legal team is very strict about this. Your CV and
a list of publications are all we need.
~~
The hiring manager, Priya Natarajan, would like a 45-minute Teams call next week. I'll send the invite
from our corporate calendar. Tuesday or Wednesday afternoon Pacific?
~~
Candidates sometimes ask whether we do take-home assignments. We don't. The technical round is a
conversation about a public case study we'll send you the day before.
~~
Sent you the interview prep pack by e-mail. It's a two-page PDF with the agenda, names of the panel,
and directions to the Parkline campus visitor lobby for the on-site day.
~~
We'd like to bring you to Hillsboro for the final round. Our travel agency, Corporate Journeys, will
book your flight and hotel; you don't pay anything up front and there's nothing to reimburse.
~~
Verbal offer approved today. The written offer will arrive through our Workday portal within 24 hours.
Please don't forward it around until you've signed, as compensation details are confidential.
~~
Background check vendor is Sterling-Reeve; they'll e-mail you a link from their own domain to collect
your consent. That's the only place you should enter your SSN, never by reply to me.
~~
Totally understand that you're staying put after the counter-offer. Mind if I reconnect in a year?
""")

F("telecom_recruiter_teams_call", "recruiter_phone_call", True, "email", """
I'm a talent acquisition partner at Nordvik Telecom. We're building out our 5G core security team in
Espoo and Dublin and I came across your talk on signalling firewalls. Would you have 20 minutes for a
Teams call next week to hear about it? No preparation needed.
~~
Thanks, Thursday at 14:00 CET works. I've sent a Teams invitation from my nordvik.com calendar. If
the link doesn't open on your side, my mobile is +353 1 555 0172 and I'll call you instead.
~~
Agenda for Thursday, so there are no surprises: 5 minutes on the team and the RAN/core split, 10
minutes on your experience, 5 minutes for your questions. It's not a technical interview.
~~
Sorry, I have to move our call. Our Dublin office has a fire drill at 14:00. Could we do 15:30 the same
day? Same Teams link.
~~
It was good to talk. As discussed, the next step is a technical interview with Mikko Laine, who leads
the packet core security group. He'll ask about threat modelling and GTP, nothing about your employer's
network specifics.
~~
Mikko asked me to pass on that he's happy to talk about publicly documented 3GPP specs, but please don't
bring any vendor's confidential documentation to the interview. We've had candidates offer and we always
decline.
~~
The role is hybrid, three days a week in the office. Relocation support to Espoo is available, including
a Finnish language course for the family if you want it.
~~
Could you send me your CV as a PDF to careers-emea@nordvik.com with the reference NT-4471 in the subject?
Our system files it automatically.
~~
Decision from the panel: they'd like to make you an offer. I'll call you this afternoon to talk it
through; is your mobile still the best number?
~~
I've noted that you'd prefer to wait until after your project ships in March. I've set a reminder and
will e-mail you in February.
""")

F("ai_startup_recruiter_zoom", "recruiter_phone_call", True, "inmail", """
Talent partner at Lumora AI here. We train retrieval models for legal search and we're hiring an ML
infrastructure engineer. Your open-source work on distributed data loaders is exactly what we need.
Fancy a 20-min Zoom? Here's my calendar link: calendly.com/lumora-jess
~~
Cool, booked for Wednesday. Zoom link is in the invite. Camera optional, honestly.
~~
To be upfront about comp: base 190-230k, equity on top, fully remote within US time zones. We're
Series B, 60 people.
~~
Our process: intro call with me, a 60-min systems chat with an engineer, a paid take-home (we pay $500
for it because it takes about 4 hours), then a final loop on Zoom. Usually two to three weeks end to end.
~~
For the take-home you'll get a repo invite on GitHub from lumora-ai. It's synthetic data, nothing
proprietary, and you keep your code.
~~
Payment for the take-home goes through our normal AP system. Just fill in the W-9 link that finance
sends and it arrives by ACH within two weeks.
~~
Final loop is four 45-min Zooms on Friday with breaks in between. I'll send individual invites from
jess@lumora.ai so you can see who's who.
~~
We don't need you to tell us anything about your current employer's models or customers. Questions
will be about your own design choices on public or personal projects.
~~
One more thing: the CTO is travelling and asked to do her part by phone rather than Zoom. She'll
call the number you gave me at 11 PT.
~~
Offer letter coming via DocuSign today from our HR platform. Take your time with it, we don't do
exploding offers.
~~
Bummer, but I get it. Good luck at the new place and ping me anytime.
""")

F("nuclear_utility_recruiter_phone", "recruiter_phone_call", True, "email", """
I'm a recruiter for Ashgrove Power's nuclear fleet. We have an opening for a reactor engineer at our
Carrow Point station, and a colleague from your old plant suggested your name. Are you open to a phone
call? You can reach me at 704-555-0126 between 8 and 5 Eastern.
~~
The position requires unescorted access authorization, which includes a background check, psychological
evaluation and fitness-for-duty testing. We handle all of that after an offer, so it's nothing you need to
do now.
~~
I tried calling the number on your application but it went to a full mailbox. Could you reply with a good
time and number? Evenings are fine.
~~
Thanks for the chat earlier. To recap: shift schedule is 12-hour rotating, the SRO certification program
starts in the fall, and relocation is covered up to $15,000.
~~
The interview will be in person at the station. You'll need a government-issued ID at the gate and
you'll be escorted the whole time. Please leave your phone and laptop in the car, as they aren't allowed
beyond the protected area.
~~
Quick heads-up that our site does not discuss plant-specific security arrangements with candidates, so
if those come up in the interview the panel will steer away from them. It's nothing personal.
~~
We reimburse interview mileage at the federal rate. Just keep your receipts and hand them to Tamika at
the front desk.
~~
Your reference check is done and everyone said lovely things. The conditional offer should reach your
e-mail by Friday from careers@ashgrovepower.com.
~~
I know the drug screen appointment letter sounds stern, but it's the same for everyone who works inside
the fence, including me.
~~
If you'd rather talk it over with your family before deciding, please do. Call me Monday and we'll go
from there.
""")

F("uk_defence_sc_dv_recruiter", "recruiter_cleared_role", True, "inmail", """
I'm a consultant at Harrowgate Resourcing, specialising in UK defence electronics. I've got a permanent
Systems Engineer role in Bristol with a Tier 1 supplier. You'll need to be eligible for SC, which in
practice means five years' UK residency. Fancy a chat on the phone?
~~
Cheers for coming back to me. The role is on an air-defence radar upgrade, all on site because of the
classified environment. Salary is up to £62k plus a 10% bonus. Could you give me a ring on 0117 555 0194?
~~
To clarify the vetting: SC is needed from day one, and they'd sponsor DV after six months if you moved onto
the wider programme. If you already hold DV that's a plus but not essential.
~~
I can't tell you the client name in writing until you give me the right to represent you, sorry. I'm happy to
say it on the phone though.
~~
Just sent the spec over to your email from my harrowgate.co.uk account. Give it a read and let me know.
~~
Interview is at their Filton site, 10am on the 14th. Bring your passport and a utility bill for the
security desk, and don't bring a laptop.
~~
A reminder that the interview panel won't want to hear details of anything you've worked on under a
previous clearance, so keep your examples at the level you'd put on a CV.
~~
They've come back with an offer subject to SC. The vetting questionnaire will come through the
government's online system and can take eight to ten weeks. I'll chase for you.
~~
Ah fair enough. Keep me in mind if you ever want to look at contract work, outside IR35 ones do come up
in Portsmouth now and then.
~~
Just a nudge on the Bristol role, the client wants to close the shortlist Friday. Ring me if
you've got five minutes.
~~
Sorry, I should've said, the job is on a four-day compressed week, Fridays off. Makes a difference to some people.
""")

F("aus_baseline_nv1_job_ads", "job_ad_cleared", True, "email", """
Job alert: Cyber Security Analyst (NV1), Canberra. Our client, a federal agency, is seeking an analyst
for a 12-month contract with a possible 12-month extension. Applicants must be Australian citizens and
hold a current NV1 security clearance. Daily rate $950-$1,050 + super. Apply through the portal before 5pm Friday.
~~
Position: Senior Systems Administrator, Defence Precinct, Canberra. Requirements: active Baseline clearance
minimum, ability to obtain NV1; experience with Windows Server and Red Hat; ITIL an advantage. Please do
not apply if you are not an Australian citizen, as clearance sponsorship is not available for this role.
~~
We're hiring: Test Engineer, Naval Shipbuilding, Osborne SA. Must be eligible for an AGSVA Baseline
clearance. Permanent full-time, relocation assistance available. Apply with your resume and a one-page
cover letter.
~~
Thank you for your application for the NV2 Solutions Architect role. Unfortunately your clearance has
lapsed, and the client cannot wait for reinstatement. We will keep your details for future roles.
~~
New role matching your saved search: Intelligence Analyst, NV2 (Positive Vetting considered), Canberra
CBD. 6-month contract. Strong report writing skills required; you will produce written assessments for
senior stakeholders.
~~
Reminder: applications for the Graduate Engineering Program at Carrick Defence close on 31 March.
Graduates must be eligible for Baseline clearance and hold Australian citizenship at time of application.
~~
The Project Manager (NV1) role you applied for has
been filled. Two similar roles in Adelaide open next month, and we'll let you know.
~~
Contract role: Data Engineer, Baseline, Canberra or remote within Australia, 3 days onsite. Python,
Spark, Azure. Our client will NOT sponsor clearances for this role. Rate negotiable.
~~
Your profile was viewed 6 times this week. 3 recruiters searched for "NV1 Canberra" and found you.
~~
Job of the week: Avionics Technician, RAAF Base Amberley, Baseline required. The role includes
shift allowances and 17.5% leave loading. Apply by replying to this email with your resume attached.
~~
Due to the classified nature of the work, the successful candidate will not be able to discuss the
program externally. Further details will be provided at interview to shortlisted applicants holding NV1 or above.
""")

F("us_tssci_job_board", "job_ad_cleared", True, "email", """
New jobs for you: Software Engineer III, Chantilly, VA. Active TS/SCI with Full Scope Polygraph required.
C++, Linux, real-time systems. 100% on site. Salary $155,000-$195,000. Apply on ClearPath Careers.
~~
Cyber Threat Analyst - Fort Meade area. Clearance: TS/SCI with CI poly (must be active at time of
application). Shift work, 24x7 SOC. Sign-on bonus offered. US citizenship required.
~~
Your saved search "systems engineer secret huntsville" has 14 new matches. Top match: Flight Test
Engineer, Secret clearance required, Redstone Arsenal area.
~~
Job posting: Network Engineer, Colorado Springs. Must hold an active Secret clearance and Security+
certification (DoD 8570 IAT Level II). Cisco experience preferred. Full benefits, 401k match, tuition assistance.
~~
Application received. Thank you for applying for Intelligence Analyst II (Job ID 88213). Due to the
volume of applications we may not respond individually. Applicants must hold an active TS/SCI.
~~
Hiring event! Cleared professionals only. Meet hiring managers from six defense contractors on
Thursday, 4-8 PM at the Herndon Conference Center. Bring copies of your resume; clearance verification on site.
~~
Your resume is about to become invisible to recruiters. Update your clearance status (last updated 14
months ago) so employers can find you.
~~
Position closed: Sr. RF Engineer, TS/SCI, San Diego. The employer has filled this position. Here are
similar jobs you might like.
~~
We noticed you listed "TS/SCI (inactive)". Many employers can reinstate clearances that have been
inactive for less than 24 months. Filter your search with "reinstatement considered".
~~
Salary insights for cleared jobs in your area: median for TS/SCI + Full Scope Poly is 23% higher than for
Secret. Read our annual Cleared Compensation Report.
~~
Please remember: never post classified information or program names on your profile. Describe your
experience in unclassified terms, and check with your FSO if unsure.
""")

F("canada_reliability_secret_postings", "job_ad_cleared", True, "email", """
Job alert: Policy Analyst (EC-05), Ottawa. Security requirement: Secret. Language requirement: bilingual
imperative CBC/CBC. Indeterminate. Closing date: 2024-11-18 at 23:59 Pacific Time.
~~
Poste : Analyste, rendement. Sorry, English: Performance Analyst, Gatineau. Security: Enhanced Reliability.
Apply via the jobs portal; we do not accept applications by e-mail.
~~
Thank you for your interest in the Software Developer position with Tamarack Defence Systems. This
position requires a Canadian government Secret clearance; candidates must be eligible (5 years of
residency history in Canada is typically needed).
~~
Reminder: your pre-qualified pool for CS-02 positions expires in 30 days. To stay in the pool, confirm
your availability and that your Reliability Status is still valid.
~~
We're looking for a Naval Combat Systems Engineer in Halifax. Controlled Goods Program registration and a
Secret clearance are conditions of employment. Relocation assistance provided.
~~
Your security screening request has been received. A security officer may contact you by phone to verify
your address history and references. Please keep your phone on during business hours next week.
~~
New job: Aerospace Technician, Mirabel. Requirement: Reliability status (we will sponsor). Must be a
Canadian citizen or permanent resident. Day shift, union position.
~~
The hiring board has reviewed your application for the Intelligence Analyst (Top Secret) position. You
have been screened in and invited to a written exam on March 7. Instructions follow in a separate e-mail.
~~
Notice: applicants who have lived outside Canada for extended periods may experience longer security
screening. This does not disqualify you; it just means we need to verify foreign records.
~~
Position: Cyber Defence Specialist, Secret (Level II), Kingston, ON. 3-year term. Send your CV
through the link below; we don't accept CVs via LinkedIn messages.
""")

F("recruiter_nonnative_taiwan_semis", "recruiter_pivot_email", True, "inmail", """
Nice to meet you here. I am recruiter in Hsinchu office of Yuanfeng Microelectronics. We are looking for
lithography engineer with EUV experience, your profile is very match. Can I send you the JD by email? My
email is amy.lin@yuanfeng-micro.com.tw
~~
Thank you for reply! I already send JD to your email. Please check, maybe in junk folder. Position is in
Hsinchu, company provide housing for first 3 months and flight ticket for relocation.
~~
About your question for the salary, it is depend on the level. For senior engineer, annual package is
around TWD 3.2M to 4.5M including bonus. We can discuss more detail in the phone interview.
~~
Our manager Mr. Hsu want to have video interview with you. Is Teams OK for you? Time will be Taiwan 9pm,
it should be your morning 8am. Please confirm.
~~
Sorry for my English, I want to make sure: our company will not ask you bring any document from your
current company. Our legal department is very strict for this. Interview is only about your experience.
~~
For the onsite interview, company will book the ticket and hotel. You will receive e-ticket from our
travel agent, their corporate team. You don't need to pay anything.
~~
Mr. Hsu say thank you for the interview. Second round will be with the fab director, also on
Teams. Do you prefer Tuesday or Thursday?
~~
Offer letter is ready, I send it to your email from HR system. Please keep the offer confidential, it is
our company policy, and reply before 15th.
~~
If you want to talk by phone is also OK, my office number is +886 3 555 0117 ext 2231. Office hour 9 to 6.
~~
I understand you decide to stay in your company. No problem, if you change your mind in future, my email is always same.
""")

F("exec_search_confidential_board", "recruiter_confidential_search", True, "email", """
I'm a partner at Ellery & Voss, an executive search firm. We've been retained by a listed energy company
to find a Chief Information Security Officer. The search is confidential at this stage because the
incumbent hasn't announced their departure, so I can't name the company in writing yet. Would you take a
call this week?
~~
Thank you for your time on the phone. As promised, here is the position specification. The client's name
is on page one; please treat it as confidential until the appointment is announced publicly.
~~
Our fee is paid entirely by our client. You will never be asked to pay anything at any stage of our
process. I say it because candidates sometimes ask.
~~
Next step is a longer conversation with me and my colleague Sanjay in our London office. We'll cover your
career history in depth, about two hours. Lunch is on us. Would the 9th or the 11th suit?
~~
Following our meeting, we've presented a shortlist of five to the nomination committee, and you're on
it. The committee chair will meet each candidate in person in Rotterdam; we'll arrange and pay for your
travel through our travel desk.
~~
A word on referencing: we'll take references only with your explicit consent and never from your current
employer until an offer is made.
~~
The committee asked me to convey that they don't expect you to discuss anything non-public about your
current company. They're interested in how you lead, not in what your employer is doing.
~~
We're at the final stage. The client would like you to meet two board members by video on Thursday. I
will send the Teams invite from my ellery-voss.com address.
~~
Delighted to tell you the board has approved your appointment. The formal offer will come from the
company's General Counsel. Until the stock exchange announcement, please keep this strictly to yourself
and your family.
~~
I understand your decision to withdraw. It's been a pleasure, and I hope we work together in future.
""")


# ---------------------------------------------------------------------------
# 2. Expert networks, paid consultations, surveys
# ---------------------------------------------------------------------------

F("expert_network_consult_compliance", "expert_network", True, "email", """
I'm a research associate at Meridian Insight Partners, an expert network. One of our clients, an
investment firm, is looking to speak with former engineers in power semiconductor packaging for a
one-hour phone consultation. The honorarium is $350 per hour. Would you be interested?
~~
Before we schedule anything, please note: our client does not want, and you must not share, any
confidential, proprietary or material non-public information about your current or former employers.
Please also check whether your employer's policy allows you to take part in paid consultations.
~~
Thank you for confirming. To proceed, please complete our compliance questionnaire and terms of
engagement at the link in our portal (meridianinsight.com). It takes about ten minutes and covers
conflicts of interest and confidentiality.
~~
The client would like to discuss general market trends for SiC MOSFETs in EV inverters: demand outlook,
pricing pressure, and how manufacturers evaluate suppliers. They will not ask about specific customers
or contracts.
~~
The client has asked to remain unnamed, which is standard for investment clients on our platform. If you
would like to run a conflict check, I can tell you the industry they invest in and whether they hold
positions in your employer's competitors.
~~
The call is confirmed for Wednesday 9:00 ET. You'll dial in via our conference bridge; the number and PIN
are in the calendar invitation. A Meridian compliance officer may listen in on the first few minutes.
~~
Thanks for your time today. The client found the conversation useful. Your honorarium of $350 will be
paid via our payments provider within 15 business days; please make sure your bank details on the portal
are up to date.
~~
The same client would like a 30-minute follow-up next month. Same terms. Would that be OK?
~~
Reminder: you've been with us for 12 months, so we need you to re-confirm your employment status and
re-accept our terms before your next consultation.
~~
If at any point during a call you feel a question strays into confidential territory, you can decline to
answer or end the call. Just let us know afterwards and we'll follow up with the client.
~~
We understand that your new employer does not permit outside consulting. We've marked your profile as
inactive and won't contact you for projects unless you tell us otherwise.
""")

F("expert_network_scheduler_terse", "expert_network", True, "inmail", """
Quick one: Atlasford Expert Network here. Paid 45-min call on satellite ground-station market, client is a
consulting firm doing commercial due diligence. $250/hr. Interested?
~~
Great. Can you do Thu 2pm or Fri 11am EST? Call is by phone, we'll dial you.
~~
Need your work email for our compliance records, not for contacting you. Also confirm you left Orbitline
more than 6 months ago?
~~
Just a reminder that calls are about industry-level views only. No confidential info about Orbitline or
anyone else. You can say "I can't comment" any time.
~~
Call confirmed Fri 11am. The consultant's name is Raj, from a strategy firm; he'll introduce his project
at the start.
~~
Sorry, client's running 10 min late. Will ring you at 11:10.
~~
Thx for doing the call. Payment processed, should hit your account via our payroll partner in 5-7 days.
~~
Another project: private equity client looking at tower companies in the Nordics. Ok to share your profile?
~~
Noted, we'll skip that one since it's too close to your current role. Appreciate you saying.
""")

F("expert_network_survey_paid", "expert_network", True, "email", """
You're invited to a paid 15-minute online survey on data center cooling. Compensation: $75, paid via
PayPal or bank transfer. The survey is conducted by Halden Research on behalf of a consulting client.
~~
This survey does not ask for any confidential information. Questions are about your professional opinion
on technology adoption and vendor perception. You may skip any question.
~~
Screener results: thank you for your interest, but you do not qualify for this survey (we're looking for
respondents who purchase cooling equipment directly).
~~
Thank you for completing the survey on grid-scale batteries. Your $100 payment has been issued. Please
allow 3-5 business days.
~~
New survey available: Purchasing decisions for EDA software at semiconductor companies (20 minutes,
$120). Eligible respondents: design managers and above. Take the survey here.
~~
Your payment of $60 for the survey "Cloud security budgets 2025" failed because your PayPal address is
not verified. Please update your payment details in your profile.
~~
As part of our annual compliance review, please re-confirm that participating in paid surveys is
permitted by your employer. You can update your answer in the profile section.
~~
We're recruiting for a paid 60-minute focus group with defence procurement professionals in
Washington, DC. Compensation $400. No classified or controlled information will be discussed, and
participants must not share any.
~~
The survey closes tomorrow. 7 minutes, $40.
~~
Thank you for your feedback on our survey platform. We've fixed the issue where the progress bar
reset after question 12.
""")

F("expert_network_compliance_training", "expert_network", True, "email", """
Annual compliance training is due. As an expert on the Kestrel Advisors network, you must complete the
20-minute module on material non-public information (MNPI) before accepting new consultations.
~~
Module 1 recap: Material non-public information is information that a reasonable investor would consider
important and that has not been made public. Examples include unannounced earnings, M&A discussions, and
unreleased product plans. Never share MNPI on a consultation.
~~
Module 2 recap: Confidential information includes anything you are obligated to keep confidential under
an employment agreement, NDA, or duty of confidentiality, whether or not it is material.
~~
Scenario: a client asks, "Without naming names, what did your employer's last quarter look like compared
to plan?" Correct answer: decline. That is confidential and possibly MNPI, even without names.
~~
Scenario: a client asks for your view on which suppliers are gaining share in the industry, based on
publicly available information and your general experience. Correct answer: you may answer.
~~
If you are a current government employee, you may not participate in consultations about your agency or
any matter you work on. Please update your profile if your employment status has changed.
~~
Congratulations, you have completed the Kestrel compliance training. Your certificate is valid for 12
months.
~~
Reminder: you have three days left to complete your compliance training. Consultations will be paused
for experts who have not completed it.
~~
Our policy has changed: consultations with experts currently employed by a company that is the subject of
a project are no longer permitted, even on general topics.
""")

F("expert_network_academic_consult", "expert_network", True, "email", """
I'm reaching out from Brookvale Scientific Connect, which arranges paid consultations between
academics and life-science companies. A mid-sized biotech, Orenza Therapeutics, would like to consult
you on CRISPR delivery methods for one hour at $500. Would you be available next month?
~~
Orenza has asked that the conversation be limited to published literature and your general expertise.
They explicitly do not want any unpublished data from your lab or information covered by your
university's confidentiality agreements.
~~
Many universities require faculty to disclose outside consulting. If your institution has such a policy,
please let us know whether you'll need a letter from us describing the engagement.
~~
Attached is the consulting agreement. It names Orenza as the client, sets the fee, and includes an IP
clause stating that nothing you share in the call transfers any rights.
~~
The call will be on Zoom with Dr. Hale (VP Research) and two scientists from Orenza's platform team.
~~
Payment will be made by bank transfer to the account you list on the W-8BEN or W-9 form. We can also pay
your university directly if your policy requires it.
~~
Orenza would like to invite you to their scientific advisory board meeting in Cambridge, MA in June.
They'll cover travel and pay an honorarium of $3,000. The SAB agreement will be sent separately for your
review.
~~
Thanks for flagging that the follow-up questions touched your unpublished mouse data. We've passed that
on to Orenza, and they've withdrawn the question.
~~
Your university's conflict-of-interest office has approved the engagement. We'll schedule the call now.
""")

# ---------------------------------------------------------------------------
# 3. Think tanks, journals, consultancies commissioning signed / published work
# ---------------------------------------------------------------------------

F("think_tank_commissioned_paper", "commissioned_publication", True, "email", """
I'm a senior fellow at the Calloway Institute for Security Studies. We're commissioning a series of
signed policy papers on the future of undersea cable resilience, to be published on our website and
launched at an event in May. Would you be interested in writing one of about 5,000 words? The fee is
£3,500.
~~
Thank you for your interest. The commissioning contract is attached. It covers the fee, deadlines, our
editorial process and a clause that you retain moral rights. The paper will carry your name and
affiliation.
~~
To be clear on sources: the paper should rely on open sources, public data and your own analysis. We
cannot publish anything that draws on classified or commercially confidential material, and we'd ask you
to confirm that in the contract.
~~
Outline looks great. Two suggestions from the editorial board: add a section on repair ship capacity, and
say a bit more about the legal regime in international waters.
~~
First draft received, thank you! Our peer reviewers will send comments within three weeks. Reviews are
anonymous but the final paper is not.
~~
Please submit your invoice to accounts@callowayinstitute.org.uk, quoting PO 2024-118. Payment terms are
30 days.
~~
We'd love you to present the paper at the launch event in London on 22 May. We'll cover your train fare
and a hotel night. The event is public and will be livestreamed.
~~
Your paper is now live on our website. Thank you for a superb piece. It has already been picked up by
two newsletters.
~~
A journalist from the Harbour Times has asked to interview you about the paper. Are you happy for us
to pass on your e-mail address?
~~
We're planning a second series next year on port security. Would you be open to serving as a peer
reviewer rather than an author?
""")

F("think_tank_roundtable_chatham", "roundtable_invitation", True, "email", """
The Halberd Forum is convening a closed roundtable on export controls for advanced semiconductors on 12
March in Washington. The discussion will be held under the Chatham House Rule. We'd be delighted if you
could join as a discussant.
~~
Under the Chatham House Rule, participants may use the information received but may not reveal the
identity or affiliation of any speaker. A short unattributed summary will be published on our website
afterwards.
~~
Participants include officials from three governments, industry representatives and academics. We ask
that nobody share non-public information about their organisations; the discussion is about policy options.
~~
We can cover economy travel and one night's accommodation for speakers coming from outside the DC area.
Please send your receipts to our events team after the meeting.
~~
Please find the agenda attached. You're on the second panel, "Enforcement and the chokepoints debate",
with a 7-minute opening statement.
~~
Logistics: the venue is our office on the fourth floor. Please bring photo ID for building security.
Wi-Fi details will be on the tables.
~~
Thank you for your contribution yesterday. The draft summary is attached; please check that nothing in it
could be attributed to you.
~~
Because of the interest, we're planning a follow-up session in Brussels in the autumn with European
partners. Would you like to be on the invitation list?
~~
Apologies, we need to move the roundtable to 19 March because of a Congressional hearing. We hope you can
still make it.
""")

F("journal_special_issue_invite", "journal_invitation", True, "email", """
On behalf of the editors of the Journal of Energy Systems Policy, I'd like to invite you to contribute
an article to our special issue on hydrogen infrastructure. Submissions are due 30 June and go through
normal double-blind peer review.
~~
Thank you for your abstract. The guest editors found it a good fit. Please prepare the full manuscript
following our author guidelines (8,000 words maximum including references).
~~
Your manuscript JESP-2024-0417 has been sent out for review. You can follow its status in the editorial
system.
~~
Reviewer comments are attached. The decision is major revision. Reviewer 2 asks for more detail on the
data sources; please make clear which data are public and how they were obtained.
~~
Our journal requires authors to disclose any funding and conflicts of interest. Please complete the
disclosure form before we can proceed to acceptance.
~~
Congratulations, your article has been accepted. The publisher will contact you about the copyright
transfer or open access licence.
~~
Because this issue is open access, the article processing charge is waived for invited authors. You will
not receive an invoice.
~~
Proofs are ready. Please check them within 48 hours and answer the copyeditor's queries.
~~
Your article is now published online. A free-access link for 50 days is below; feel free to share it.
""")

F("peer_review_request_confidential", "peer_review", True, "email", """
Would you be willing to review manuscript MS-2291 "Side-channel leakage in post-quantum key encapsulation
on embedded targets" for the Transactions on Hardware Security? The abstract is below. We would need your
report within 21 days.
~~
Thank you for agreeing to review. Please remember that the manuscript is a confidential document. Do not
share it, discuss it with others, or use its contents before publication.
~~
If you wish to involve a student in the review, please ask the editor first and tell us their name.
~~
A gentle reminder that your review report for MS-2291 is due in three days.
~~
Thank you for your report. The editor has made a decision, and the authors' response will be sent to you
for a second round.
~~
We'd like to acknowledge our reviewers in the December issue. Reply if you'd prefer not to be listed.
~~
As a thank-you, reviewers receive a 30-day access voucher to the publisher's database. It's not
transferable.
~~
You declared a potential conflict of interest (you co-authored with one of the authors in the past three
years). We'll assign the manuscript to another reviewer. Thank you for being transparent.
~~
Could you review a revised version of a paper you saw last year? It's a shorter task, around two hours.
""")

F("consultancy_market_report_freelance", "commissioned_report", True, "email", """
I'm a project manager at Tessaly Consulting. We're preparing a market study on grid-scale battery storage
in Southeast Asia for our client, Pelora Energy, and we'd like to commission you to write the chapter on
Vietnam. About 6,000 words, based on public sources and interviews you conduct yourself. Fee: USD 4,800.
~~
Attached is the statement of work and our standard subcontractor agreement. It names Pelora as the end
client, says the report will be delivered to them, and that Tessaly owns the copyright with attribution to
you as contributing author.
~~
Please make sure nothing you include is confidential to your current or previous employers. If you use
interviews, get consent and note that the content may be quoted anonymously.
~~
The kick-off call with Pelora's strategy team is on Thursday at 10:00 SGT on Teams. They'll explain what
they want to use the study for (an investment decision on a project in Ninh Thuan).
~~
Draft received. Our QA reviewer has a few comments on the regulatory section, mainly about the 2023
power development plan. Tracked changes attached.
~~
Invoice received. Payment will be made by bank transfer within 30 days. Please don't forget to include
your tax registration number; our finance team is strict about it.
~~
Pelora was very happy with the chapter and would like to present the key findings at their board meeting.
They asked whether you'd join by video for 20 minutes to take questions. It would be billed at your hourly rate.
~~
We have another project coming up on hydrogen in Australia. Are you available in Q3?
~~
Sorry for the late payment. Our new ERP system held a batch of invoices. The transfer went out today.
""")

F("whitepaper_ghostwriting_agency", "freelance_writing", True, "email", """
I run content at Brightline B2B, a marketing agency. One of our clients, Calder Networks (a mid-size
SD-WAN vendor), needs a 12-page white paper on zero-trust branch networking. Would you be available to
write it? Budget is $3,000 for research, two drafts and revisions.
~~
Brief attached. It includes Calder's product positioning, three customer case studies they've approved
for publication, and the tone guide. The paper will be published under Calder's brand.
~~
Our standard freelance contract is attached. It includes a confidentiality clause covering the client's
unreleased product information they share with you for the brief. Standard stuff, but please read it.
~~
Calder's product marketing lead, Ines, would like a 30-minute Zoom with you to talk through the outline.
Does Monday at 1 work?
~~
First draft looks strong. Calder's legal team asks us to remove the comparison with a named competitor's
throughput figures, because they can't substantiate them publicly.
~~
Please invoice us directly (not Calder) for 50% now and 50% on final approval. We pay on net-15.
~~
The white paper went live yesterday and they're getting good downloads. They'd like a shorter e-book
version. Same rate per word?
~~
Just FYI, they decided to credit you as a contributing author on the landing page. You OK with that?
~~
Could you do a quick round of edits for the Japanese localisation team? They had questions about two idioms.
""")

# ---------------------------------------------------------------------------
# 4. Conferences, workshops, visiting positions, paid travel
# ---------------------------------------------------------------------------

F("conference_china_university_travel", "conference_invitation", True, "email", """
On behalf of the organizing committee, I am pleased to invite you to give a keynote at the 9th
International Symposium on Photonic Integrated Circuits, hosted by Southlake University of Science and
Technology in Shenzhen, 14-16 October. The university will cover your round-trip economy airfare and
four nights of hotel accommodation.
~~
Thank you for accepting! For the visa application, our international office will send you an official
invitation letter stamped by the university. Please send us a scan of your passport's photo page through
the conference registration system.
~~
The symposium is an open academic meeting. All talks are public and will be published in the proceedings.
Please only present material that you are free to publish.
~~
Regarding travel reimbursement: please book your own ticket and keep the boarding passes and itinerary.
The university finance office will reimburse you by international bank transfer after the conference,
usually within six weeks.
~~
Alternatively, our conference travel agent can book the ticket for you directly and the university will
pay the agent. Please tell us your preferred flight times.
~~
Many foreign participants ask about internet access. The hotel has Wi-Fi, and you may want to arrange
roaming with your mobile operator before coming. Some international websites are not accessible.
~~
Our students set up a WeChat group for speakers to coordinate airport pickups. Joining is optional; we
will also send all important information by e-mail.
~~
The honorarium for keynote speakers is RMB 5,000 before tax. The university's rules require us to withhold
tax and pay it by bank transfer; we can't pay cash.
~~
Thank you for a wonderful talk. The slides and recording will be on the symposium website next week
unless you prefer not to share them.
~~
We are organizing a short visit to the university's photonics lab on the last afternoon for interested
speakers. It's optional, and the lab's work is all published.
""")

F("workshop_singapore_dubai_travel", "conference_invitation", True, "email", """
The Centre for Maritime Technology at the Straits Institute of Technology invites you to a two-day
workshop on autonomous vessel navigation in Singapore, 3-4 September. Travel and three nights'
accommodation are covered for invited speakers.
~~
We have reserved a room for you at the hotel adjacent to the campus. Check-in 2 September. Please send
your flight details so our driver can pick you up at Changi.
~~
For reimbursement, we need your bank details on our official form (attached), not by e-mail text. SIT
pays by wire transfer in SGD or USD.
~~
The workshop is open to the public and industry participants. Please don't present anything covered by
export control or non-disclosure agreements.
~~
Invitation: Gulf Energy Transition Dialogue, Dubai, 18-19 November, organized by the Al Rimal University
Energy Institute. We'd like you to speak on a panel about green hydrogen offtake. Business-class travel
and accommodation are provided for panelists.
~~
Al Rimal's protocol office will send your flight e-ticket and hotel voucher. Visa on arrival is available
for your passport, so you don't need to do anything in advance.
~~
Our panel moderator, Dr. Layla Haddad, would like a 30-minute prep call with all panelists next week on
Zoom. She'll share the questions in advance.
~~
Per diem of AED 600 per day will be paid by bank transfer after the event, along with the speaker fee
stated in your agreement.
~~
Thank you for participating. The recordings are now on our YouTube channel, and the workshop report
(with all speakers named) will be published in December.
~~
Some speakers asked about a group photo: it's on the shared drive link we sent, along with your slides.
""")

F("speaker_logistics_conference_staff", "conference_logistics", True, "email", """
Your speaker badge will be waiting at the registration desk. Please bring photo ID. Speaker ready room is
B204, open from 7:30.
~~
We need your final slides by Friday so AV can load them. 16:9 please, and let us know if you have videos
with sound.
~~
Reminder: the conference covers one night of hotel for speakers. Additional nights are at your own cost
at the group rate until 5 August.
~~
Your session has been moved from Hall C to Hall A due to high registration numbers. Great news!
~~
Our travel reimbursement form is attached. Please submit it within 30 days with original receipts.
Reimbursement is by bank transfer only.
~~
Could you send us a 60-word bio and a headshot for the app? We'll use the one from your website otherwise.
~~
Speakers' dinner is on Tuesday at 19:30 at the harbour restaurant. Dietary requirements to Maya by Monday.
~~
A reminder that sessions in the government track are closed to the press but not off the record; please
assume anything you say may be repeated.
~~
Your travel grant of EUR 800 has been approved. It'll be paid after the event against receipts.
~~
Do you need a visa invitation letter? We can issue one within three working days once you register.
~~
The recording release form is attached. If you don't want your talk recorded, just tick the box and we'll
turn the camera off.
""")

F("visiting_fellowship_invite", "academic_invitation", True, "email", """
I'm writing on behalf of the Institute for Advanced Study in Technology Governance at Renwick University.
We'd like to invite you to spend three months with us as a visiting fellow next spring. The fellowship
covers a monthly stipend, campus housing and round-trip travel.
~~
The fellowship carries no teaching duties. We'd ask you to give one public lecture and take part in our
weekly seminar. Fellows are free to pursue their own research.
~~
Fellows are encouraged to publish their work openly. The Institute claims no rights over your research
output, apart from a line acknowledging the fellowship.
~~
Please send us your CV and a two-page research proposal by 1 November. The selection committee meets in
December.
~~
Congratulations! The committee was delighted to offer you the fellowship. The formal letter from the
Dean is attached.
~~
Our international office will help with your visa. You'll need the offer letter, proof of funding (the
letter covers it) and your passport. They'll walk you through the process on a call.
~~
Your apartment is in the Hawthorn building, five minutes from the Institute. Keys will be at the porters'
lodge.
~~
The stipend is paid monthly through university payroll. You'll need to visit HR in your first week to
register for the payroll system.
~~
Your public lecture is scheduled for 14 April at 17:00 in the Senate Room. We'll advertise it on our
website next month.
""")

F("standards_body_working_group", "standards_meeting", True, "email", """
The next meeting of Working Group 7 (radio access security) will take place in Kyoto from 9 to 13 June.
Please register through the member portal by 10 May. Host: Taneda Electric.
~~
Contributions must be uploaded to the document server at least one week before the meeting. Documents
marked confidential will not be accepted; all WG documents are public once uploaded.
~~
The host has arranged a discounted rate at two hotels near the venue. Delegates book and pay for their
own travel and accommodation, which are usually covered by their member company.
~~
The draft agenda is on the server. Please send comments to the chair by Friday.
~~
Reminder of the IPR policy: members are obliged to declare essential patents in a timely manner. See the
policy link on the portal.
~~
Due to the typhoon forecast, the host will decide by Wednesday whether to switch to a virtual meeting.
~~
The meeting report is now available. Action points: Ericsen and Taneda to merge their proposals on key
derivation; the rapporteur to circulate a revised draft by 1 July.
~~
We're setting up a conference call series between meetings. Calls are on Webex, Tuesdays 13:00 UTC.
Minutes will be posted publicly.
~~
Visa letters for the meeting in Chengdu later this year can be requested via the host's form. Please
allow four weeks.
""")

F("onsite_interview_travel_paid", "interview_logistics", True, "email", """
We're delighted to invite you to our final-round interviews at Quellan Robotics in Pittsburgh on 18
March. We'll cover your flights, one night at the Hotel Allegheny Grand and meals. Our travel coordinator, Erin,
will reach out to book.
~~
Erin here from Quellan's recruiting team. Please reply with your preferred departure airport and times,
and your full name as it appears on your ID. I'll send your itinerary within a day.
~~
Your itinerary is attached. The car service will meet you at arrivals holding a Quellan sign. If anything
changes, call our travel line on 412-555-0163.
~~
Meals: please keep receipts up to $75 per day and submit them through the expense link after your visit.
Reimbursement is by direct deposit or check.
~~
On the day, you'll meet five people over four hours: two technical interviews, a lunch with the team
(not evaluated, promise), the hiring manager and an HR conversation.
~~
Visitors to our test lab must sign our standard visitor NDA at reception, since you'll see hardware that
isn't public yet. You can read it in advance; it's attached.
~~
Your flight was cancelled by the airline. Erin has rebooked you on the 7:05 departure and moved your
hotel by one night. No action needed from you.
~~
Thanks for coming out! Your expense reimbursement of $143.20 was approved today.
~~
The team would like to meet you once more, virtually this time. Could you do Thursday?
""")

F("relocation_agency_new_job", "relocation", True, "email", """
Welcome to Harbor Relocation. Sentrel Aerospace has engaged us to support your move from Toronto to
Toulouse. Your consultant is Claire Dubois; she'll call you this week to talk about housing and schools.
~~
To start your work permit application, we'll need a scan of your passport, your signed employment
contract and your degree certificates. Please upload them to our secure portal rather than e-mail.
~~
Your temporary apartment is booked for 60 days, paid directly by Sentrel. The address and key
collection instructions are attached.
~~
The house-hunting tour is on 3-4 April. Claire will pick you up at the hotel at 9:00 and show you six
properties in Blagnac and Colomiers.
~~
For your French bank account, we've booked an appointment at a branch near the office. You'll need your
passport, contract and proof of address (the temporary apartment letter works).
~~
The movers will come to pack on 14 May. Please set aside anything you want to take on the plane.
~~
Sentrel's relocation allowance (EUR 8,000) is paid through payroll in your first month, net of tax.
~~
Reminder: your residence permit appointment at the prefecture is on 2 June at 10:15. Bring all the
original documents on the checklist.
~~
Your household goods cleared customs and will be delivered Friday morning. Someone needs to be home.
""")

# ---------------------------------------------------------------------------
# 5. Family and friends on WeChat / WhatsApp / Telegram
# ---------------------------------------------------------------------------

F("family_wechat_mother", "family_chat", True, "chat", """
妈妈 says: when are you coming home for Spring Festival? Your grandmother keeps asking. Tell me soon so I
can buy the fish
~~
Dad's check-up went fine, the doctor said his blood pressure is better. Don't worry. You just take care
of your work and eat properly
~~
I sent you 520 on WeChat Pay for your birthday, buy yourself something nice. Don't tell your brother it's more than his haha
~~
Did you get the photo? This is Auntie Li's daughter's wedding, so many people. Everyone asked about you
~~
mum the video call keeps freezing, let's try again tonight after 9 your time
~~
Your dad wants to know if you can still read the WeChat articles he forwards. I told him you're busy. He
says just read the one about the health tea
~~
Flight price went up again. Maybe come in April instead? Cheaper and weather is better
~~
Don't work too late. Are you sleeping enough? The weather there is so cold, wear the scarf I sent
~~
Your cousin Xiaoming passed his exam!! He will study in Shanghai. Send him a red packet in the family group
~~
Grandma is in hospital for a few days, only for observation, nothing serious. I will send updates
~~
OK received the money you sent via Alipay, you don't need to send us money, keep it for yourself
~~
Can you help me check the English on this form? It's for Dad's visa to visit you in summer. Sending a photo now
""")

F("family_whatsapp_india", "family_chat", True, "chat", """
Beta when are you coming for Diwali? Ma is already making the list of sweets lol
~~
Papa's knee surgery is fixed for the 14th at City Care hospital. Doctor says it is routine. Don't take leave unnecessarily, we will manage
~~
Sending the photos from Chinni's naming ceremony on the family group, check
~~
Bro I transferred 5k on GPay for Ma's birthday gift from both of us, you pay me your half whenever
~~
Nani wants to talk on video, she can't figure out WhatsApp video so I'll call from my phone at 8 IST ok?
~~
Who is bringing the cake on Sunday?? Don't all buy one again like last year
~~
Please don't forward fake news in this group uncle 🙏 that message about the new currency notes is not true
~~
Ma says your flat needs curtains. She is sending them with Sunil mama who is coming to London next month
~~
Reached home safe. Flight was delayed 2 hours. Thanks for picking up Ma from the airport
~~
Can someone send me the PDF of Papa's discharge summary? The insurance company needs it
~~
Happy anniversary Mummy Papa ❤️ 35 years!!
~~
When is your visa appointment? Ma keeps asking if you will get it before the wedding
""")

F("cousin_wechat_hongbao_birthday", "family_chat", True, "chat", """
Happy birthday!! Sent you a hongbao in WeChat, don't forget to open it before it expires lol
~~
Thank you cousin!! You didn't have to. Received the 200 on WeChat Pay
~~
Can you pay me back the 350 for the concert tickets? Alipay or WeChat both fine
~~
Transferred. Check
~~
Our family group is so noisy today, Uncle sent 40 red packets of 1 yuan each and everyone is fighting lol
~~
When you come back next month, can you bring the vitamin brand grandma likes? I'll transfer you the money
~~
Ok I'll buy 3 bottles. Just pay me when I'm home, no hurry
~~
Did you see my mom's message? She wants you to call her, nothing serious, she just misses you
~~
Add me on Telegram too, WeChat sometimes doesn't send my videos when I'm abroad
~~
I'll send the wedding gift money via Alipay to my mom and she'll give it to them in cash, easier
""")

F("sibling_parents_health_whatsapp", "family_chat", True, "chat", """
Mum had another fall this morning. She's ok, just bruised, but I think we need to talk about getting someone in to help
~~
Called the GP, they'll do a home visit Thursday. Can you come up this weekend or is work mad?
~~
I can come Saturday. Flight lands 10:40. Don't pick me up, I'll get the bus
~~
Dad keeps saying he's fine. He's not fine. He forgot to take his tablets twice this week
~~
Do you know his NHS number? The pharmacy needs it for the blister packs
~~
When are you coming home for good? Joking. Sort of. It would be nice to have you nearby
~~
I'll transfer you half of the carer's invoice. Monzo ok?
~~
Mum wants to know if you're still doing the "secret project" at work. I told her you can't talk about it and she said "so it's spies then" 🙄
~~
Sent you the hospital's discharge letter. Can you read it? I can't make sense of the abbreviations
~~
Good news, the physio says she's doing really well. Already walking to the end of the garden
~~
Video call Sunday with both of them? 4pm our time
""")

F("friends_telegram_group", "friends_chat", True, "chat", """
who's in for hotpot on Friday? Same place as last time
~~
Moving this group to Telegram, WhatsApp keeps compressing the photos from the trip. Link's in the old group
~~
Can someone drop the Airbnb receipt here? Need to split it
~~
I paid 1,240 for the house. Divided by 6 that's 206.67 each. PayPal, Revolut or cash, whatever
~~
lmaooo who took this photo of me sleeping on the train
~~
Ok serious question, anyone have a spare charger for a Pixel? Left mine at the office
~~
Reminder: Lena's birthday drinks are Saturday 8pm. Don't mention the surprise in the main group, she's in it
~~
Sorry guys I can't make it tonight, stuck finishing a report for my manager
~~
Trivia night results: we came 4th out of 12. Respectable. We lost on the geography round again
~~
Is the Telegram channel for the hiking club still active or did everyone move to Discord?
~~
Ahmed's flight lands at 7, I'll grab him. Dinner at 9?
""")

F("chinese_student_parents_wechat", "family_chat", True, "chat", """
Mom I got my grade for the thesis, 86! Supervisor was happy
~~
Your father says well done. He wants you to send him the thesis so he can show the neighbours haha even though he can't read English
~~
I applied for jobs at three companies, one semiconductor company and two in finance. Don't tell relatives yet
~~
Don't stay up too late doing applications. Also have you registered with the consulate for your passport renewal? It expires next year
~~
Yes I booked the appointment online, it's in March. It's just normal renewal
~~
Your aunt asks if you want to come back and work in Suzhou, her friend's company is hiring. I said you decide yourself
~~
I want to stay here a few years first for experience. I'll come home in summer to visit
~~
OK. We're proud of you. I transferred 3000 to your card for rent, don't refuse
~~
The WeChat voice call isn't working today, maybe the network. Let's try FaceTime?
~~
Grandpa's 80th is on the 12th. If you can't come, record a video and we'll play it at dinner
""")

F("whatsapp_family_nigeria", "family_chat", True, "chat", """
Reminder to everybody that Mummy's 70th thanksgiving service is on the 23rd. Everybody should confirm attendance
~~
Bros I don't think I can get leave in December, the project deadline is brutal. I'll join on video
~~
Sent my contribution for the party to Tunde's account. Please confirm receipt Tunde
~~
Received with thanks. We're at 80% of the budget now
~~
Daddy asked when you people abroad will come home. He's not getting younger o
~~
Aunty Funmi has been admitted for malaria but she's responding to treatment. Keep her in your prayers
~~
Please who has the photo of all of us from the 2019 reunion? I want to print it for Mummy
~~
Lol this group is too quiet. Is everyone ok?
~~
I'm coming home in April for two weeks! Booked today
~~
Let's do the family Zoom on Sunday by 6pm Lagos time. Tolu will send the link
""")

F("russian_speaking_family_telegram", "family_chat", True, "chat", """
Mama asks if you got the parcel. She sent honey and warm socks, the post said it'll take a month
~~
Still waiting, tracking says it's in customs. Tell her thank you anyway
~~
Papa had his cataract operation, went fine. He's already complaining that he can't watch TV for a week
~~
When are you coming to visit? It's been two years. We understand it's complicated with flights now
~~
Maybe in summer, via Istanbul. I'll look at tickets this week
~~
Babushka learned to send voice messages on Telegram, so be ready for 5-minute messages about the garden
~~
I sent you money for your birthday through the bank app, it should arrive in 2-3 days
~~
Don't send us money, you have your own expenses. We are fine here, really
~~
Happy New Year!!! Everyone is at Aunt Vera's, we called but you didn't answer, call back when you wake up
~~
Your cousin Dima is getting married in September. He asked me to ask if you can come. No pressure
""")

# ---------------------------------------------------------------------------
# 6. Coworkers switching channels
# ---------------------------------------------------------------------------

F("coworkers_move_to_signal_slack", "coworker_channel", True, "chat", """
Can we move this to Slack? Teams keeps eating my notifications. I made a channel #ops-migration
~~
Moving the on-call chatter to Signal for the weekend since the VPN is down. Group's called "oncall-sat". Only use it for paging, no customer data
~~
ok joined. is the incident bridge still on Zoom or did they switch to Teams?
~~
Teams. Link is in the calendar invite from Priyanka
~~
Reminder that per IT policy we shouldn't put anything confidential in the Signal group, it's not an approved channel for company data. Use it to say "check Slack"
~~
Can you DM me on Slack? Don't want to spam the whole channel with my dumb question about the build
~~
Just call me, faster than typing. My mobile is in the directory
~~
Whoever added the intern to the WhatsApp group, thank you, but please also add him to the proper Slack channel
~~
I'm out of Slack credits lol, jk. Back online in 10
~~
Fine by me. Let's keep decisions in Jira though so we have a record
~~
Can you send that doc by email instead? Our Slack connect with the vendor doesn't allow attachments
""")

F("team_lead_channel_announcement", "coworker_channel", True, "email", """
Starting Monday we're moving the project's day-to-day chat from the email thread to a Teams channel
called "Falcon-Integration". Decisions and formal approvals still go by email so we have an audit trail.
~~
For those who asked: no, we're not allowed to use WhatsApp for project comms, even for quick questions.
Our client's security requirements only permit company-managed tools. Please uninstall any project
groups you made on personal phones.
~~
Our partner team in Bangalore prefers Zoom over Teams. For the joint calls only, we'll use their Zoom
link. Internal calls stay on Teams.
~~
If you need to reach me urgently while I'm travelling, call or text my work mobile. I won't be checking
Teams regularly.
~~
We'll be switching from Skype for Business to Teams on the 15th. Your contacts migrate automatically.
~~
The vendor has invited us into their Slack Connect workspace. Please keep conversations there to
what's covered by the contract and our NDA with them.
~~
Reminder: customer names and contract values don't go in the public Teams channels. Use the restricted
"Deals" channel.
~~
As of this week, the weekly sync is a Teams meeting rather than a conference-room booking. Camera optional.
~~
A few people asked about Signal. It's approved on company phones for the security team only, for
incident response when corporate systems are down.
""")

# ---------------------------------------------------------------------------
# 7. Security awareness: notices, training, news, reports of suspicious contact
# ---------------------------------------------------------------------------

F("security_awareness_notice_corporate", "security_awareness", True, "email", """
Security reminder: foreign intelligence services use fake recruiter profiles on LinkedIn to approach
employees. Warning signs include a recruiter who quickly asks you to move the conversation to WeChat,
WhatsApp or a personal email address, offers to pay you for "reports" or "analysis" for an unnamed
client, and invites you abroad to meet that client. If this happens to you, don't engage; report it to
security@halcyon-dynamics.com.
~~
This month's security tip: be careful about what you put on your professional profile. Listing your
clearance level, program names or the systems you work on makes you an easy target for approaches from
fake headhunters and "consultants".
~~
Have you been approached by someone offering generous payment for a "white paper" on your area of work,
who asks you to keep it between yourselves and not tell your employer? That is a classic elicitation
technique. Contact the Insider Risk team; you will not be in trouble for reporting.
~~
Reminder to all staff travelling to conferences abroad: if someone offers to pay for your travel to
meet a "client" in another country, or asks about internal projects "just in general", report the
contact on your return via the travel debrief form.
~~
Why do we ask you to report suspicious contacts? Because one report often reveals a campaign targeting
dozens of colleagues. Last quarter, reports from three engineers helped us identify a fake recruitment
firm that had messaged over 40 employees.
~~
Phishing and social engineering awareness week starts Monday. Drop by the lobby booth for a quiz, a
coffee and a demonstration of how a fake recruiter builds trust over several weeks.
~~
What to do if you receive a suspicious approach: (1) don't click links or move to another app; (2) take
screenshots of the profile and messages; (3) forward them to security; (4) don't confront the person.
~~
Please note: legitimate recruiters and expert networks exist, and taking a genuine recruiter's call is
fine. What matters is whether you are being asked for non-public information, secrecy or unusual payment.
~~
Don't accept payment in cryptocurrency, gift cards or cash for "consulting" that you haven't cleared with
the Ethics Office. Outside work must be declared on the Outside Activities form.
~~
A reminder that security clearance holders must report close and continuing contact with foreign
nationals and any attempts by unknown people to obtain protected information.
""")

F("security_training_quiz_items", "security_training", True, "email", """
Question 4 of 10: A recruiter you've never met offers $2,000 for a short report on "industry trends" for
a client they won't name, and suggests continuing the conversation on WeChat. What should you do? (a)
Accept, it's only trends (b) Report it to Security (c) Ask for more money. Correct answer: (b).
~~
Question 7 of 10: A colleague forwards you a LinkedIn message from a "think tank" asking you to write
about your team's unannounced product. The sender says "nothing classified, just what's discussed
internally". Is this a legitimate request? Correct answer: No. Internal information is still protected.
~~
Module 3: The recruitment funnel. Contact, then a move to a private channel, then small paid tasks, then
requests for more sensitive material, then an invitation to travel. Each step feels small. That is the
point.
~~
Scenario: You receive a Teams call invitation from the recruiter of a well-known company, using the
company's domain, to discuss a role. Suspicious? Not by itself. Verify the domain and carry on.
~~
You've completed "Insider Threat Awareness 2024". Score: 9/10. The question you missed was about
reporting unsolicited gifts from foreign nationals.
~~
Reminder: this training is mandatory for all employees with access to export-controlled data. It's due by
30 November.
~~
Case study: an engineer was paid for "consulting reports" over eighteen months through a foreign
payment app. The payments started at $200 and increased as the questions became more specific.
~~
Scenario: Your cousin messages you on WhatsApp to ask when you're visiting home. Should you report this?
No. Family contact is normal. What would change that is someone pressuring you on behalf of an authority.
~~
Knowledge check: Which of these is NOT a warning sign? (a) Request to switch to Telegram right away (b)
Offer to pay via crypto (c) A recruiter sharing their corporate email address (d) Requests for
confidential documents. Answer: (c).
~~
Thank you for completing the course. Your certificate is available in the learning portal.
""")

F("news_article_fake_recruiters", "security_news", True, "email", """
Canada's spy agency warns that hostile states are using fake recruiters on professional networking sites
to lure experts. The approaches often begin with flattering offers and quickly move to private apps such
as WeChat, where targets are asked to write paid reports for clients they never meet.
~~
According to the court filings, the defendant set up a fake consulting company and posted job ads, then
sent the resumes of government employees and military personnel to his handlers. He was paid to write
reports for what he was told were Asian clients.
~~
The British security service has relaunched its "Think Before You Link" campaign, warning that tens of
thousands of people have been approached online by fake profiles linked to foreign intelligence.
~~
The former officer was asked to produce "white papers" and meet the client in Shanghai, prosecutors said.
He used a covert communications device he had been given and was paid in cash.
~~
Experts say the pattern is consistent: an offer of paid consulting, a pivot to encrypted messaging, a
gradual escalation to sensitive material, and an all-expenses-paid trip to meet the "client".
~~
Newsletter roundup: this week we cover a new report on job scams that ask applicants to buy equipment
up front, and a warning about recruiters who insist on moving to Telegram.
~~
Opinion: We shouldn't let fear of espionage turn every LinkedIn message into a threat. Most recruiters
are who they say they are. The trick is knowing the specific signs.
~~
The FBI's public service announcement said job seekers should be wary of employers who only
communicate through chat apps, who ask for personal financial information early, or who send checks to
buy home-office equipment.
~~
Researchers analysing 5,000 fake profiles found that most used AI-generated headshots and claimed to
work for recruitment firms with no web presence other than a single page.
~~
The report also documented so-called overseas police stations, which pressured members of diaspora
communities to return home, sometimes by threatening relatives.
""")

F("employee_reports_suspicious_contact", "security_report", True, "email", """
I'd like to report a LinkedIn message I received yesterday. The sender claims to be a recruiter for a
consultancy and asked me to add him on WhatsApp to discuss "paid research on my area". I didn't reply.
Screenshots attached.
~~
Forwarding this for your review. A "headhunter" offered me $500 per report on satellite payloads for an
unnamed client and asked me not to mention it to anyone at work. It feels off. I still have the full
thread if you need the original messages.
~~
Thanks for the quick response. I've blocked the profile as you suggested and won't engage further.
~~
@chat is this legit? Someone called "Global Talent Solutions" wants me to write a paper about our 6G
roadmap and move to Telegram. I'm reporting it to security but wanted to check you hadn't had the same
~~
@chat Yeah I got the same one last week, same profile photo. Reported it too. Security said it's a known fake
~~
Security team reply: Thank you for reporting. We've confirmed this is part of a known campaign and have
asked LinkedIn to remove the profile. You did exactly the right thing.
~~
Follow-up from the Insider Risk team: we'd like a short call to go over the contact in more detail. It's
routine and voluntary, and won't go on your personnel record.
~~
I'm reporting an odd conversation at last week's conference. A man introduced himself as a consultant,
asked about my team's supplier relationships, and offered to fly me to Hong Kong to "meet his client". I
gave him my public business card only.
~~
Not sure if this counts, but my aunt's friend contacted me on WeChat offering a consulting job. I'm
reporting it in case. I have not answered.
~~
Update: the "recruiter" deleted the profile after I asked for a company email address. I'm closing the
ticket on my side.
""")

F("fso_foreign_contact_reporting", "security_compliance", True, "email", """
Reminder from your Facility Security Officer: cleared employees must report foreign travel at least 30
days before departure, including personal trips. Use the Foreign Travel form on the security portal.
~~
Please report any suspicious contacts, including unsolicited LinkedIn messages that ask about your
clearance, your program or your coworkers. When in doubt, report. It takes five minutes.
~~
Your periodic reinvestigation is due. The investigator may contact you by phone to schedule an
interview. Please respond promptly; the interview can be done in our office.
~~
A note on continuous evaluation: unreported foreign financial interests, including accounts opened while
abroad, can affect your eligibility. Please update your disclosures if anything has changed.
~~
The pre-travel defensive briefing for your trip to Singapore is scheduled for Tuesday at 10:00 in Room
3B. It takes about 30 minutes.
~~
Upon your return, please complete the post-travel debrief within five working days, even if nothing
happened. Include anyone who asked about your work.
~~
We're required to remind you that cleared employees may not keep classified material at home or discuss
it on personal devices, messaging apps or social media.
~~
Thank you for reporting your contact with a foreign national at the trade show. No further action is
required; it's been logged.
~~
Your access to the program area will be suspended on Friday because your annual refresher training is
overdue. Please complete it today.
~~
Marriage, cohabitation with a foreign national, or a foreign relative moving in with you are all
reportable. Reporting doesn't mean there is a problem.
""")

F("pre_travel_defensive_briefing", "security_compliance", True, "email", """
Ahead of your trip to the conference in Beijing, here's the travel security guidance. Take a loaner
laptop and phone from IT; don't take your regular devices. Assume hotel Wi-Fi and business centres are
monitored.
~~
Be aware that you may be approached by people who seem very interested in your work. Be polite, stick to
what's in your published papers and report any unusual follow-up, such as invitations to private dinners
or paid "consulting".
~~
Your loaner devices are ready for collection at the IT desk from Thursday. They'll be wiped when you
return; please don't connect them to our network afterwards until IT has checked them.
~~
If someone offers to pay for future travel to meet a client or partner, take their card, thank them, and
tell us when you're back. Don't agree to anything on the spot.
~~
VPN access from your destination may not work. Plan to work offline, and don't use personal
messaging accounts for company business while away.
~~
Your hotel and flights are booked through our travel agency. If you change your itinerary, let the
security office know as well as the travel desk.
~~
A reminder that gifts over $100 from foreign hosts must be declared when you return. Conference swag
and meals are fine.
~~
Emergency contacts for your trip: the 24-hour security line is +1 703 555 0109; the local office of our
travel assistance provider is on the card attached.
~~
Welcome back! Please drop off your loaner devices and complete the five-question debrief.
""")

# ---------------------------------------------------------------------------
# 8. HR, legal, confidentiality, outside activities
# ---------------------------------------------------------------------------

F("hr_offer_keep_confidential", "hr_confidentiality", True, "email", """
We're pleased to offer you the position of Principal Engineer, Propulsion, at Stratos Launch Systems.
Your offer letter is attached. Please keep the offer and its terms confidential until your start date has
been announced internally.
~~
Just a reminder that the reorganisation won't be announced until Thursday's all-hands. Until then, please
keep your new reporting line between us. Your current manager already knows.
~~
Your promotion to Senior Manager takes effect on 1 April. As usual, compensation details are confidential
and shouldn't be discussed with colleagues who report to you.
~~
Could you sign and return the offer by Friday? If you have questions about the equity grant, I'm happy to
set up a call with our compensation team.
~~
Welcome aboard! Before day one, please complete the onboarding forms in the HR portal, including the
confidentiality and invention assignment agreement.
~~
We can't confirm your start date publicly yet because the team you're joining is tied to an acquisition
that hasn't closed. Please don't update LinkedIn until we give the go-ahead.
~~
Your relocation bonus will be paid in your first paycheck. If you leave within 12 months, the standard
repayment clause applies (see section 6 of your offer).
~~
Per our policy, salary negotiations are handled only by HR and the hiring manager. If anyone else
contacts you about your offer, please let me know.
~~
Sorry for the delay. The background check took longer because of your time working abroad. Everything
has cleared and we're good to go.
~~
Exit interview reminder: your last day is Friday. IT will collect your laptop and badge at 4pm. Please
review the confidentiality obligations that survive your employment.
""")

F("legal_nda_vendor_evaluation", "legal_nda", True, "email", """
Attached is our mutual non-disclosure agreement for the evaluation of your LiDAR module. Please have your
legal team review and send back a signed copy. Once we have it, our engineers can share the integration
requirements.
~~
We've accepted most of your redlines. The only open point is the term: we need five years for
confidentiality obligations rather than two, because of the nature of the design data.
~~
Fully executed NDA attached for your records. Note that it covers only the evaluation; any commercial
terms need a separate agreement.
~~
Please remember that under the NDA, the prototype specifications we shared are confidential. Share them
only with employees who need to know for the evaluation.
~~
The NDA expires next month. Do you want to renew, or should we ask you to return or destroy the
confidential materials as per clause 9?
~~
Our standard NDA doesn't allow sharing with subcontractors. If you need to bring in your test lab, we'll
need an amendment naming them.
~~
Certificate of destruction received, thanks. That closes out our obligations under the evaluation NDA.
~~
Before the site visit, each visitor must sign the visitor confidentiality agreement at reception. It takes
two minutes.
~~
Counsel for Vantrel has asked whether the NDA covers export-controlled technical data. It doesn't; that
needs a separate technology control plan.
""")

F("confidentiality_policy_reminders", "hr_confidentiality", True, "email", """
Policy reminder: company information classified as Confidential or Restricted may only be shared with
people who need it for their work. Don't post it on social media, discuss it in public places, or forward
it to personal e-mail accounts.
~~
Ahead of quarterly results, employees in the insider list are reminded that trading is prohibited during
the blackout period, and that results are material non-public information until published.
~~
We've seen an increase in employees forwarding work documents to personal Gmail accounts "to work from
home". Please don't. Use your managed laptop or the VPN.
~~
The new data classification labels (Public, Internal, Confidential, Restricted) are now available in
Word and Outlook. Please label documents you create from today.
~~
If a journalist, analyst or investor contacts you about the company, please refer them to Corporate
Communications. Only authorised spokespeople may comment.
~~
Reminder: social media posts about unreleased products, customer wins or internal events need approval
from Communications, even on your personal accounts.
~~
Please keep today's announcement about the plant closure internal until we've informed the works council
on Monday.
~~
Consultants and contractors must sign our NDA before they are given access to the project SharePoint.
Project managers, please check this for your teams.
~~
Don't discuss customer projects in the lifts, the canteen or on the train. You never know who's listening.
""")

F("outside_activity_approval_hr", "hr_outside_activity", True, "email", """
Thanks for submitting the outside activity form for your paid advisory role with Greywell Analytics. Ethics
has approved it on the condition that it doesn't involve any of our customers or competitors and takes no
more than four hours a month.
~~
We need a little more information about the consulting engagement you disclosed: who is the client, what
topics will you cover, and will you be paid? Please add it to the form so we can review.
~~
Your request to write paid articles for an industry magazine has been approved. Please add a line saying
the views are your own and don't use any company information that isn't public.
~~
Unfortunately we can't approve the expert network consultations you asked about while you're working on
the Merlin program, because of conflict-of-interest rules. You can reapply when you move off the program.
~~
A reminder that outside teaching, paid speaking and board memberships all need to be declared, even if
they're unpaid or in an unrelated field.
~~
Your annual conflict-of-interest declaration is due by 31 January. If nothing has changed, just tick the
box and submit.
~~
Approved: your invitation to speak at the Lisbon conference, with travel paid by the organiser. As the
organiser is a university and the talk is public, there's no conflict.
~~
The Ethics Office has reviewed the gift you reported (a bottle of wine from a supplier). It's within
limits; you may keep it.
~~
We noticed you listed a side business on your LinkedIn profile. Please submit an outside activity form so
we can confirm it's compatible with your role.
""")

# ---------------------------------------------------------------------------
# 9. Payroll, invoices, freelance work with named clients
# ---------------------------------------------------------------------------

F("payroll_notices", "payroll", True, "email", """
Your payslip for March is now available in the Employee Portal. Net pay will reach your account on the
28th.
~~
We noticed your bank details were updated yesterday. If you didn't make this change, contact Payroll on
extension 4410 immediately. We'll never ask you to confirm bank details by replying to an e-mail.
~~
Reminder: expense claims submitted after the 20th will be paid next month.
~~
Your annual bonus will be paid with the April salary. The bonus letter is in the portal under Documents.
~~
To update your tax withholding, please use the W-4 form in the portal. We can't make changes from e-mail
requests.
~~
Payroll cut-off is earlier this month because of the holiday. Timesheets must be approved by Wednesday noon.
~~
You have an overpayment of $212.40 from the previous pay period due to a duplicated overtime entry. It will
be recovered from your next paycheck unless you'd prefer to discuss a payment plan.
~~
Your P60 for the tax year is available to download. Keep it safe; you may need it for your tax return.
~~
The company is switching payroll providers on 1 July. Your pay date won't change, but you'll need to
register for the new portal. The instructions will come from the new provider; we'll publish their sender
address on the intranet beforehand so you know the e-mail is genuine.
~~
Per diems for the Houston trip have been added to your next payslip, not paid separately.
""")

F("accounts_payable_invoices", "invoice", True, "email", """
Invoice INV-20418 from Marwick Engineering Services for the April load-testing work is attached. Payment
is due within 30 days by bank transfer to the account on the invoice.
~~
We've received your invoice, but it's missing the purchase order number. Please reissue it with PO
4500091872 so our system can match it.
~~
Remittance advice: we've paid invoices 1187, 1192 and 1201 in a single transfer of EUR 14,380.00 today.
~~
Important: our bank details have NOT changed. If you receive an e-mail claiming they have, please call
our finance team on the number in your contract before paying anything.
~~
Your supplier account has been set up. Please submit invoices only through the supplier portal from now
on; invoices sent by e-mail will be returned.
~~
Invoice for translation services (technical manual, 42 pages) attached. Client reference:
Helvion Aerospace, project HX-2. Payment terms 14 days.
~~
Can you split the invoice between the two cost centres? 60% to R&D and 40% to Manufacturing, same PO.
~~
Reminder: invoice 2024-033 is now 15 days overdue. Could you check on its status?
~~
Thank you for the reminder. The invoice was stuck in approval because the project manager was on leave.
It has been approved and will go out in Friday's payment run.
~~
For our year-end audit, please confirm the balance we owe you as of 31 December: GBP 6,240.00.
""")

F("freelance_translator_named_clients", "freelance_work", True, "chat", """
New job from Lingua Bridge: 3,200 words, Chinese to English, patent application for a battery
electrolyte. Client is Orvane Chemicals. Deadline Thursday. Can you take it?
~~
Yes, I can. Please send the termbase if there is one. Rate as usual?
~~
Same rate, 0.11 per word. The files are in the portal. Please sign the client's NDA first, it's in the
job folder
~~
@email Attached is my invoice for the Orvane patent translation (3,200 words at USD 0.11 = USD 352). Payment by bank
transfer to the account on file, please.
~~
Quick question on term 17, "隔膜". Client's glossary says "separator" but the drawing notes say
"diaphragm". Which do they prefer?
~~
Client says separator everywhere. Thanks for asking
~~
Do you have capacity next week? Kessler Medical needs their device manual translated into simplified
Chinese. About 12k words
~~
Next week I only have 3 days. Maybe split with another translator and I do QA?
~~
Payment for March has been sent via Wise. Let me know if it doesn't arrive
~~
Received, thank you. By the way, my WeChat is the same number if you need me quickly, but I'll keep
files in the portal as always
""")

F("freelance_dev_upwork_style", "freelance_work", True, "chat", """
Thanks for the proposal. We're Harlow Home, a small furniture brand. We need our Shopify store's checkout
customised to add delivery-slot booking. Budget around $1,500. Can you do a call on Zoom to scope it?
~~
Sure, Tuesday 4pm your time works. I'll send a short list of questions beforehand so we don't waste time
~~
Contract sent through the platform. First milestone: slot picker UI, $500. Payment released on approval
~~
I'll need staff access to the Shopify admin. Please add me as a collaborator rather than sending me your
password
~~
Added you. Let me know if you need anything else
~~
Milestone 1 delivered, demo video attached. Please test on your phone too
~~
Looks great! Released payment. One small change: can the cut-off time be 2pm instead of 12?
~~
Done. Pushed to the preview theme, not live yet
~~
Can we keep in touch off the platform for future work? Happy to do it through the platform if you
prefer, our accountant says both are fine if we invoice properly
~~
Through the platform is fine for now, it's simpler for both of us. Thanks for the great review
""")

F("freelance_illustrator_commission", "freelance_work", True, "email", """
I'm the art director at Pinecone Press. We'd like to commission eight illustrations for a children's
book about space exploration, "Mira and the Moon Base". Fee: GBP 2,400, paid 50% on signing and 50% on
delivery.
~~
The contract is attached. You'll keep the copyright; we get an exclusive licence for print and e-book
editions for 10 years. Your name will appear on the cover.
~~
The author's manuscript is confidential until publication, so please don't share the text or sketches on
social media until we announce the book.
~~
Love the character sketches! Small note from the author: Mira's helmet should have a visor that flips up.
~~
Please send an invoice for the first 50%. Our finance team pays within 14 days by bank transfer.
~~
The book launch is on 12 October at Barlow's Bookshop. We'd love you to come and sign copies, and we'll pay
your train fare.
~~
The publicity team would like to share some of your process sketches on Instagram next week. Are you OK
with that?
~~
Payment of the second instalment went out today. Thank you for such lovely work.
~~
We've had interest from a German publisher in translation rights. Your contract covers that, but I wanted
to let you know.
""")

# ---------------------------------------------------------------------------
# 10. Mentors, alumni, journalists, podcasts
# ---------------------------------------------------------------------------

F("mentor_offers_referral", "mentor_referral", True, "chat", """
Saw the opening at Corrigan Space for a thermal engineer. I know the hiring manager from my old team.
Want me to refer you? Send me your latest CV and I'll put it through their referral portal
~~
Just submitted it. You'll get an automated e-mail from their system asking you to confirm. The referral
bonus goes to me if you're hired, so full disclosure, I'm not totally selfless lol
~~
Before your interview, call me if you want to do a mock. I can do Sunday evening. My number's the same
~~
Quick tip: they care a lot about how you explain trade-offs. And don't worry about the clearance, they
sponsor Secret for new hires, it just takes a few months
~~
Don't bring up anything from your current program in the interview beyond what's on your CV. They'll
respect you more for saying "I can't go into that"
~~
How did it go?? Want to grab a coffee on Thursday and debrief?
~~
I'd negotiate the base up. Their first number is usually 5-8% below what they'll go to
~~
Congrats!!! Told you. Drinks on me. Well, on the referral bonus
~~
Also, happy to keep our monthly calls going after you start. Zoom or phone, whichever
~~
If you ever want an intro to the people at the Lisbon office, just say
""")

F("alumni_networking_coffee", "alumni_networking", True, "inmail", """
I saw we both studied aerospace at Westbrook. I'm a final-year student thinking about careers in launch
vehicles and would love 20 minutes of your time for advice, whenever works for you. Happy to do a
phone call or video.
~~
Thanks so much for accepting! I'll send a Google Meet invite for Thursday at 5pm. If a phone call is
easier, my number is 617-555-0180.
~~
I'm organising the Westbrook Alumni in Tech meetup in Seattle next month. We'd love to have you on a
panel about moving from academia to industry. Free pizza, no pay, sorry!
~~
Your old advisor Prof. Kowalski asked me to pass on that the department is collecting career stories for
the 50th anniversary booklet. Would you write 200 words?
~~
Following up from the alumni dinner: you mentioned you might know someone at the battery startup in
Austin. Would you be comfortable introducing me by e-mail? No pressure at all.
~~
The alumni mentoring program matched us! I'm a mid-career engineer moving into policy. Could we set up a
monthly call? I'll send a few topics beforehand.
~~
Here's the link to the alumni Slack. There's a #jobs channel where people post openings. Recruiters
aren't allowed in, it's alumni only.
~~
I won't ask anything about your current company, just about how you made the jump from research to
product management. Would next week work?
~~
Thank you again for the chat. I followed your advice and applied through the referral program. Fingers
crossed!
~~
Small world. Your brother was my TA in thermodynamics. Say hi from me.
""")

F("journalist_on_record_interview", "journalist_request", True, "email", """
I'm a reporter at the Northern Ledger covering technology and security. I'm working on a story about how
semiconductor engineers are being approached by fake recruiters on LinkedIn, and I'd like to interview you
on the record about your research into these networks. Would you have 30 minutes this week?
~~
To be clear about terms: I'd like to quote you by name and affiliation. If there's anything you'd prefer
to say on background, just tell me before you say it and I'll respect that.
~~
Thanks for agreeing. Can we do a phone call on Wednesday at 11? Or Zoom if you'd rather. My direct line
is 312-555-0157.
~~
I've written up the quotes I'd like to use. Our policy is not to share the full article before
publication, but I'm happy to read back your quotes to check accuracy.
~~
The piece runs tomorrow morning online and in Sunday's print edition. I'll send you the link as soon as it's up.
~~
A producer from our podcast would like to follow up with you for an episode. Would you be up for it?
~~
One of the companies mentioned in the story has asked us to clarify a point. Could I quickly check a fact
with you by phone?
~~
We got a lot of e-mails from readers who said they received exactly the messages you described. Would you
be willing to look at a few anonymised ones for a follow-up?
~~
I'm covering the export control hearing next week. Could I call you for some background context? Not for
quotation.
""")

F("podcast_guest_invitation", "media_invitation", True, "inmail", """
I host "Orbital Mechanics", a podcast about the space industry with about 40k listeners. Would you be a
guest to talk about your path from the Air Force to commercial launch? We record remotely on Riverside,
about an hour.
~~
Totally understand if there are topics you can't talk about. We stick to career stories and public
industry trends, and you can ask us to cut anything in the edit.
~~
Thanks for saying yes! Here's my scheduling link. I'll send a short prep doc with the questions.
~~
Recording tips: wired headphones, a quiet room, and please close Slack so notifications don't ping.
~~
The episode is live! Thanks again. Here's the link and a couple of audiograms for social.
~~
We have a small budget for guests: a $150 honorarium or a donation to a charity of your choice. Which would
you prefer?
~~
A listener wants to reach you about a job. I didn't share your details; do you want me to pass on their
e-mail?
~~
Would you be up for a live recording at the Space Symposium in Colorado Springs? We'd cover your hotel.
""")

# ---------------------------------------------------------------------------
# 11. Security research, bug bounty, crypto jobs
# ---------------------------------------------------------------------------

F("bug_bounty_triage", "bug_bounty", True, "email", """
Thank you for your report #48213 to the Calderon Bank bug bounty program. Our triage team has reproduced
the issue (IDOR on the statements endpoint) and rated it High. A bounty of $4,000 has been awarded.
~~
Please don't test beyond the scope in the program policy. Accessing other customers' data beyond what is
needed to demonstrate the issue is not permitted.
~~
We've deployed a fix. Could you verify on the staging environment? Credentials for a test account are in
the report thread.
~~
Bounty payments are processed through the platform within 14 days. You'll need a valid tax form on file.
~~
We'd like to publicly disclose the report after 30 days. Do you want to be credited by your handle
"nullroute_kat" or remain anonymous?
~~
Your report was marked as a duplicate of #47990, submitted two days earlier. We appreciate the effort.
~~
Our security team would like to invite a small group of top researchers to a private program for our new
payments API. Participation requires signing a confidentiality agreement covering unreleased features.
~~
Thanks for the detailed write-up. Could you jump on a quick Zoom with our AppSec lead to walk through
the exploit chain? It's faster than going back and forth in comments.
~~
We can't award a bounty for this report because the affected domain is out of scope (it belongs to a
third-party vendor). We've forwarded it to them.
~~
Bonus: we've added a $500 bonus for the quality of your report.
""")

F("coordinated_vuln_disclosure", "security_research", True, "email", """
I'm a security researcher and I believe I've found a vulnerability in the firmware update process of your
industrial gateway (model IG-400). I'd like to report it privately. Do you have a PSIRT contact or PGP key?
~~
Thank you for reaching out. Please send details to psirt@ardent-controls.com, encrypted with the key on
our security page. We'll acknowledge within two business days.
~~
Report sent, encrypted. Summary: unsigned update packages are accepted over the local network, allowing
arbitrary code execution. I'm following a 90-day disclosure timeline starting today.
~~
We've confirmed the issue and assigned a CVE. Our engineers are working on a fix. Could we set up a call
to discuss the timeline? We may need a short extension because of customer testing.
~~
I can agree to a 30-day extension if the advisory is published together with the fix. Happy to talk on
Teams or Signal, whichever your team prefers.
~~
Our advisory will credit you by name unless you prefer otherwise. Draft attached for your review.
~~
Just checking: please don't share the proof-of-concept publicly until the coordinated disclosure date.
~~
The fix is out. Advisory published. Thank you for working with us responsibly; we've sent some swag to
the address you gave.
~~
I'm presenting this research at a conference in November. I'll share my slides with your team in advance
so you can check I haven't included anything not yet public.
""")

F("crypto_exchange_genuine_jobs", "crypto_job_genuine", True, "inmail", """
I'm a technical recruiter at Kestrelcoin Exchange, a regulated crypto exchange licensed in Lithuania and
Singapore. We're hiring a Senior Security Engineer (custody and HSMs). Remote in Europe. Interested in
hearing more?
~~
Here's the posting on our careers page (kestrelcoin.com/careers). You can apply directly there; I'll
flag your application to the hiring manager.
~~
Compensation is paid in EUR through our EU entity. Some people ask about being paid in crypto; we don't
offer that for salaries.
~~
The first interview is a 30-minute video call with me, then a technical interview with our head of
custody security. All interviews are on Google Meet.
~~
We'll never ask you to transfer funds, buy equipment or share your wallet keys as part of recruitment.
If someone claiming to be us does, it's a scam. Please report it.
~~
Compliance note: because we're regulated, the final stage includes a background check and a
fitness-and-propriety questionnaire.
~~
You'll need to disclose personal crypto holdings above a threshold under our trading policy. Standard for
exchanges.
~~
Following up: the hiring manager would like a second chat on Thursday. Same Google Meet link.
~~
Offer letter sent from our HR system. Equity is in our parent company, not in tokens.
~~
Just so you know, there are fake profiles pretending to be our recruiters on Telegram. All of our real
recruiters have @kestrelcoin.com e-mails and appear on our website.
""")

# ---------------------------------------------------------------------------
# 12. Volunteers, community, diaspora, consulates, immigration
# ---------------------------------------------------------------------------

F("volunteer_coordination_whatsapp", "volunteer", True, "chat", """
Food bank rota for Saturday: we still need two people for the 9-12 shift. Reply here if you can
~~
I can do 9-12. Will bring my own gloves
~~
New volunteers: please fill in the DBS form before your first shift working with kids. Link in the group description
~~
Can someone drive the van to the supermarket pickup on Thursday? Fuel is reimbursed, just keep the receipt
~~
Reminder that this WhatsApp group is only for rota stuff. For anything about clients' personal
situations, please talk to Maria directly, not in the group
~~
Thanks everyone, we packed 340 parcels today! Record
~~
Donations page is updated. If anyone asks how to donate, send them there, not to anyone's personal account
~~
Sorry, I have to cancel Sunday, my daughter is sick
~~
No worries, hope she feels better! Jamal covered you
~~
Training session for the new intake is on the 14th at the community hall. Tea and biscuits provided
""")

F("diaspora_community_association", "community_association", True, "email", """
The Hamilton Chinese Community Association invites all members to our Lunar New Year gala on 10 February.
Tickets are $25 for adults and free for children under 12. Performances, dinner and a lucky draw.
~~
We're looking for volunteers to help seniors with their tax returns this spring. Mandarin or Cantonese
speakers especially welcome.
~~
Notice: there have been reports of people calling community members and claiming to be "police" from
back home, demanding that they return or report on others. This is not legitimate. Please tell the police
here, and let us know so we can support you.
~~
The weekend language school starts again on 7 September. Registration for Mandarin and Cantonese classes
is open.
~~
Our WeChat group has reached 500 members, so we've created a second group. Scan the QR code on our
website to join.
~~
A free legal information session on immigration and citizenship with lawyer Grace Wu will be held on the
22nd at the library.
~~
Congratulations to the dragon boat team for winning silver at the regional festival!
~~
The annual general meeting is on 3 May. Members can vote on the new board. Proxy forms are attached.
~~
Parents have asked us to share information about youth summer camps. The list is attached; the
association doesn't endorse any of them.
~~
We're collecting winter coats for newcomers. Drop-off at the community centre, Tuesdays and Thursdays.
""")

F("consulate_routine_services", "consular_notice", True, "email", """
Your appointment for passport renewal at the Consulate General is confirmed for 14 March at 10:30. Please
bring your current passport, two photos and the completed application form.
~~
Due to high demand, the consulate is extending opening hours for document services on Saturdays during
April and May.
~~
Your new passport is ready for collection. Please bring your receipt and ID. Collection by another person
requires a signed authorisation.
~~
Citizens living abroad can now register to vote in the upcoming elections online. The deadline is 30 days
before election day.
~~
The consulate will be closed on 1 and 2 October for the national holiday. Emergency assistance is
available on the 24-hour hotline.
~~
Reminder: notarial services (power of attorney, certificates of life) require an appointment. Walk-ins
cannot be served.
~~
Your application is incomplete: the birth certificate must be an apostilled copy. Please upload it through
the online portal.
~~
Travel advisory update: citizens planning to visit home during the festival season should check the
latest health and entry requirements on our website.
~~
The consulate does not call citizens to demand payments or personal information. If you receive such a
call, hang up and report it to local police.
""")

F("immigration_lawyer_client", "legal_advice", True, "email", """
We've received the Request for Evidence from USCIS on your O-1 petition. It asks for more evidence of
your original contributions. Let's schedule a call this week to go through your publications and
reference letters.
~~
Please don't worry. RFEs are common for O-1 petitions. We have 87 days to respond, and your file is strong.
~~
Attached are drafts of three recommendation letters based on our conversation. Please send them to your
recommenders to review, edit and sign on their letterhead.
~~
Could you send me your travel history for the last five years? We need the dates of every trip outside
the US, including short ones.
~~
Regarding your question about visiting your parents in China this summer: you can travel while the
petition is pending, but you'll need a visa stamp to return. Let's discuss timing on a call.
~~
Our invoice for the RFE response is attached. The flat fee is $3,500 as agreed in the engagement letter.
~~
Good news: the petition was approved. The approval notice is attached. Please keep the original safe.
~~
Your spouse's dependent visa application can go in now. We'll need her passport and your marriage
certificate with a certified translation.
~~
If anyone contacts you claiming to be from immigration and asks for payment by phone, it's a scam.
Agencies communicate by mail. Call us if in doubt.
""")

# ---------------------------------------------------------------------------
# 13. More look-alikes: WhatsApp-first recruiters, grants, collaborations,
#     analysts, paid studies, consultations, advisors, references, vetting
# ---------------------------------------------------------------------------

F("gulf_energy_recruiter_whatsapp", "recruiter_pivot_messaging", True, "chat", """
This is Faisal from Dunecrest Energy Recruitment, Abu Dhabi. I got your number from your CV on
our portal. We have a Senior Process Safety Engineer role at a gas processing plant in Ruwais. Is this a
good time to send details here on WhatsApp?
~~
Thanks. Package: AED 42,000 per month, tax free, family status, housing and schooling allowance. Rotation
is office based, Sunday to Thursday. Full JD sent to your email from faisal@dunecrest-recruit.ae
~~
The client is a national energy company, they will appear on the offer letter. I can tell you the name on a
call, my office number is +971 2 555 0138
~~
Please note we do not charge candidates any fee. Visa, medical and flights are paid by the employer.
If anyone asks you to pay for a visa on our behalf, it is fraud
~~
Interview is Teams, Tuesday 11 am UAE time, with the process safety manager and HR. Link will come by email
~~
Brother the interview feedback is good, they want to go ahead. Can you send the attested copy of your
degree? Attestation is done through the embassy in your country
~~
Offer letter sent to your email. Please review with your family, no rush, reply by next week
~~
Medical test can be done in your home city at an approved clinic, employer pays directly
~~
Your flight ticket is issued, direct flight on 3 September. Someone from the company will meet you at arrivals
~~
Welcome to UAE! Any problem with your accommodation just message me here
""")

F("research_grant_program_officer", "grant_funding", True, "email", """
I'm the program officer for the Quantum Sensing call at the Harcourt Foundation. Your pre-proposal was
selected for a full proposal. Full proposals are due 15 May and can request up to $750,000 over three years.
~~
Happy to answer questions about fit on a 20-minute call. Please book a slot using the link in the call
document.
~~
A reminder that all results from Foundation-funded projects must be published openly. We don't fund
classified or proprietary research.
~~
Please declare any foreign funding or foreign appointments in the Other Support section. This is a
condition of the award and is checked against public records.
~~
Your proposal has been recommended for funding. The award letter and the terms and conditions are
attached. The first payment will be made to your university, not to you personally.
~~
Annual report is due 60 days after the end of each project year. It's a short template, 3-4 pages.
~~
The Foundation is hosting a grantee meeting in Boulder in October. Travel for one person per project is
covered; our travel agent will contact you.
~~
If you want to move budget between categories (e.g. from equipment to personnel), please submit a
rebudget request. Moves under 10% don't need approval.
~~
We noticed your progress report lists a collaborator at an overseas university who wasn't in the proposal.
Could you tell us a bit about that collaboration for our records?
""")

F("academic_collab_china_wechat", "academic_collaboration", True, "chat", """
Prof. Zhang and I finished the revisions on the joint paper. I'll upload to arXiv tonight and submit to
the journal tomorrow. Sending you the PDF on WeChat since email is slow from Hefei
~~
Got it, thanks. Can you also email it so I can share it with my postdoc? WeChat files expire
~~
Sure, emailed. The simulation code is on our GitHub repo, public
~~
Our university asks all visiting scholars to register the collaboration with the international office.
I sent them the MoU draft, it's the standard open-research one
~~
Your student's visa came through, he can start in September. We'll pick him up at the airport
~~
For the workshop in Hangzhou next spring, our school can pay for your flight and hotel. I'll send the
official invitation letter when dates are fixed
~~
I need to check with my university's export control office first because the workshop includes hardware
demonstrations. Usually it's fine for fundamental research
~~
No problem, take your time. Everything we present will be published anyway
~~
Congratulations on the acceptance! Let's have a video call next week to plan the next paper. Zoom or VooV?
~~
Zoom is easier for me. Thursday 9pm your time?
""")

F("industry_analyst_briefing_nda", "analyst_briefing", True, "email", """
I'm an analyst at Tarrant Research covering the industrial IoT security market. We're updating our
vendor landscape report and would like a 45-minute briefing with your product team. Briefings can be
held under NDA if you'd like to share roadmap items.
~~
Thanks for setting this up. To confirm: anything you mark as under NDA will be used only to inform our
analysis and won't be published or attributed. Public statements can be quoted.
~~
Our briefing template is attached. Please send us customer references we can speak with, ideally two or
three. We'll keep their names confidential if they prefer.
~~
Briefing notes summary attached. Please flag anything you believe we've mischaracterised by Friday.
~~
The report publishes on 3 June. As a participating vendor, you'll receive a 10-day preview for fact-check
only; the analysis and ratings are not negotiable.
~~
There's no fee to be included in our reports. If you want to license the report for marketing, that's a
separate conversation with our sales team.
~~
Would your CISO be available for a short quote in our annual outlook piece? It would be on the record.
~~
Thanks for the inquiry call last week. As a subscriber, you have six more inquiry calls this year.
~~
Our analyst day is in Boston in September. Vendors attend at their own expense.
""")

F("customer_reference_call_request", "customer_reference", True, "email", """
I'm the customer marketing lead at Pallas Data. Your team has been using our pipeline tool for a year,
and your account manager says you've been happy with it. Would you be willing to do a 20-minute reference
call with a prospective customer in the energy sector?
~~
Reference calls are informal. The prospect usually asks about implementation, support and what you'd do
differently. Please don't share anything confidential about your company's data or systems.
~~
As a thank-you, we'd like to send you a $100 gift card or make a donation to a charity you choose. If your
employer's policy doesn't allow gifts, no problem at all.
~~
The prospect is Harlan Utilities. Their data lead, Omar, will call you on Tuesday at 2 pm. If you prefer
Teams, let me know and I'll send an invite.
~~
Thanks for taking the call! Omar said it was really helpful. Your donation has been made to the food bank.
~~
Would you be open to a written case study? We'd draft it from an interview and you'd approve every word
before publication. Your legal team will also need to sign off.
~~
We're organising a customer advisory board. Members meet twice a year, once in person in Denver (travel
covered) and once online, to give feedback on our roadmap under NDA.
~~
Our CEO would love to thank you in person at our user conference. Would you like a complimentary pass?
~~
I completely understand that your comms team says no to case studies. Thanks for checking.
""")

F("ux_research_paid_study", "paid_user_study", True, "email", """
We're the user research team at Vireo Maps. We'd like to invite you to a 45-minute remote interview
about how you plan outdoor trips. Participants receive a $75 e-gift card.
~~
The session will be on Zoom and recorded for internal use. We won't share your name outside the
research team.
~~
Please sign the consent form before the session. It explains how we store your data and that you can
withdraw at any time.
~~
In the session, we'll show you some early designs that aren't public yet. We'd ask you not to share
screenshots or details.
~~
Your session is confirmed for Thursday at 3 pm. The moderator will be Hana. Please use a laptop if
possible.
~~
Thank you for taking part! Your gift card code will be e-mailed within five business days from our
incentive provider, Rewardly.
~~
We're running a diary study over two weeks: a few short entries about your commute. Compensation is $150.
~~
Due to a scheduling error, two participants were booked in your slot. Could you move to Friday at 10?
~~
This study is for people in the US only. We noticed you're in Canada; we'll let you know about future
studies there.
""")

F("government_consultation_call_for_evidence", "government_consultation", True, "email", """
The Parliamentary Committee on Science and Technology has launched an inquiry into the security of the
semiconductor supply chain. We invite written evidence from experts. Submissions of up to 3,000 words by
28 February.
~~
Written evidence will normally be published on the Committee's website with the author's name. If you'd
like your submission to be anonymous or confidential, please explain why when you submit.
~~
Thank you for your submission. The Committee would like to invite you to give oral evidence on 14 March.
Sessions are public and broadcast online.
~~
Travel expenses for witnesses can be reimbursed in line with the standard rates. Please keep your
receipts.
~~
A transcript of your oral evidence is attached. You may correct factual errors but not change the
substance of what you said.
~~
The Department is consulting on draft export control guidance for AI chips. Responses can be submitted
through the online portal. Industry, academia and the public are all welcome.
~~
Please don't include commercially sensitive information in responses unless you're comfortable with it
being published. If you must, mark it clearly and we'll consider redaction under the FOI rules.
~~
The Committee's report has been published. Your evidence is cited in paragraphs 42 and 57.
~~
We're holding a stakeholder workshop on the consultation in Leeds. Places are limited; register by Friday.
""")

F("startup_advisor_equity_offer", "advisor_offer", True, "inmail", """
I'm the co-founder of Tidewater Robotics, a seed-stage startup building inspection drones for offshore
wind. We'd love you to join our advisory board. It's roughly two hours a month, compensated with 0.25%
equity vesting over two years.
~~
Nothing confidential from your current job, obviously. We'd want your general advice on certification and
how operators make buying decisions.
~~
Here's our standard advisor agreement (FAST template). Please have a look and run it past your employer if
you need to.
~~
Could we do a Zoom with my co-founder next week to see if it's a good fit on both sides?
~~
Our first advisor meeting is in Aberdeen, we'll cover the train and hotel. Totally fine to join remotely
instead.
~~
Your employer's conflict check came back fine as long as you don't advise on anything about inspection
contracts with them. Makes sense to us.
~~
We've just closed our seed round! Thanks for the intro to the investor, it helped.
~~
Board deck attached for your comments before Thursday. It's confidential to our team and advisors, so
please don't forward it.
~~
Would you be up for a quick call with a prospective customer? They want to hear from someone independent.
""")

F("reference_check_recruiter_call", "reference_check", True, "email", """
Your former colleague, Marta Sørensen, has given your name as a professional reference for a role at
Fenwick Marine. Would you be available for a 15-minute phone call this week? I'd like to ask about her
work style and strengths.
~~
I'll only ask about your experience working with Marta, not about your company's projects or anything
confidential.
~~
Thanks for agreeing. Could I call you on Wednesday at 10? Please confirm the best number.
~~
If you'd rather give the reference in writing, I can send five short questions by e-mail.
~~
Thanks for your time on the phone. Your comments were very helpful, and Marta has been offered the job.
~~
Sorry to bother you again: the client asked one more question about how Marta handled a difficult
stakeholder. Could you send two or three lines?
~~
Our reference policy requires us to verify that referees actually worked with the candidate. Could you
confirm your job title and the period you worked together?
~~
We received your voicemail. No problem if you're not comfortable giving a reference; your company's
policy sounds sensible.
""")

F("background_investigator_contact", "clearance_vetting", True, "email", """
I'm a background investigator conducting a security clearance investigation for your neighbour, Daniel
Reyes, who listed you as a reference. Could I interview you for about 20 minutes? I can meet you in person
or speak by phone.
~~
The interview is voluntary. I'll show you my credentials at the start. You can verify my identity by
calling our regional office on the number on the agency's public website.
~~
Questions will be about how long you've known Daniel, his character, and whether you know of any foreign
contacts, financial difficulties or other issues. You don't need to prepare.
~~
Thanks for meeting me today. Your information is protected under the Privacy Act, and you won't be asked
to sign anything further.
~~
I'm following up on a point from our interview. You mentioned Daniel travels to see family abroad every
summer. Do you know if he has ever been asked about his work while there?
~~
Please note I will never ask you for money, bank details or your own passwords. If someone does, it isn't us.
~~
Your own reinvestigation is due. I'll need to interview you about your SF-86 answers, including foreign
travel and foreign contacts. Let's find a date.
~~
During your subject interview we'll go through any contact with foreign nationals, including family and
friends overseas. It's routine; almost everyone has some.
~~
Your investigation is closed and has been sent for adjudication. You'll hear from your FSO.
""")

F("language_exchange_partner_chat", "language_exchange", True, "chat", """
Thanks for accepting my language exchange request, 很高兴认识你! I'm learning Mandarin for my job, and you want to
practise English, right? How about 30 minutes each on WeChat video?
~~
Yes! My English is not so good but I want to improve for my master in Leeds. Saturday morning for you is
OK?
~~
Saturday 10am UK is fine. That's 6pm for you?
~~
Haha your tones were much better today. You said "mǎi" (buy) instead of "mài" (sell) only once
~~
Can you correct my cover letter? It's for internship at an engineering company. I send in Telegram because
the file is big
~~
Sure, I'll look tonight. Just one thing, "I am very passion" should be "I am very passionate"
~~
Next week I can't, I have exam. Week after?
~~
I'm visiting Chengdu in May with my partner! Any tips for food that isn't too spicy? 😅
~~
Impossible haha. But try 甜水面, it's sweet
~~
Thank you for helping me this year. I got the internship! Let me buy you a coffee when you come to Leeds
""")

F("tutoring_payment_alipay_paypal", "tutoring", True, "chat", """
Can we move Leo's maths lesson from Tuesday to Wednesday this week? He has a school trip
~~
Wednesday 5pm works. I'll send the new Zoom link
~~
Mrs Chen asked whether she can pay for the lessons via Alipay since she's in Shanghai for the month.
Is that OK or only bank transfer?
~~
Bank transfer or PayPal please, I can't receive Alipay here. Sorry about that
~~
Invoice for October attached: 8 lessons x £40 = £320
~~
Sent via PayPal, thank you. Leo says he finally understands quadratic equations
~~
Reminder: mock exam on Saturday. Ask him to bring a calculator and a spare pen
~~
Can you do an extra session before the exam? Happy to pay the usual rate
~~
His results came in, grade 8! He's over the moon
~~
Would you be able to tutor his sister in physics from January? She's in Year 10
""")

# ---------------------------------------------------------------------------
# 14. Ordinary personal and work messages (not look-alikes)
# ---------------------------------------------------------------------------

F("weekend_plans_friends", "personal_chat", False, "chat", """
still on for the climbing gym tomorrow?
~~
yes! 10am? I'll bring the spare shoes for Sam
~~
Running 15 min late, bus didn't show
~~
Did anyone book the table for Saturday or are we just turning up
~~
I booked it for 8, under my name. 7 people
~~
omg the new season of that baking show is out. no spoilers please
~~
Can I borrow your tent for the long weekend? I'll clean it this time, promise
~~
Brunch at Mabel's? They finally reopened after the renovation
~~
I'm knackered, staying in tonight. Next week though!
~~
Happy birthday you old thing!! Dinner's on us Friday
~~
Left my scarf at your place I think. Grey one. No rush
""")

F("flatmates_household_chat", "personal_chat", False, "chat", """
Who finished the milk and put the empty carton back in the fridge 🙃
~~
Bin day tomorrow, it's recycling week
~~
Landlord says the boiler guy is coming Thursday between 8 and 12. Can anyone be home?
~~
I'm WFH Thursday, I'll let him in
~~
Electricity bill came, £186 for the quarter. £62 each, I'll send bank details
~~
Can we get a new shower curtain? The current one has developed a personality
~~
Having a few people over Saturday night, hope that's ok? Will keep it down after 11
~~
Parcel for Jess in the hallway
~~
Does anyone know where the spare key went? It's not on the hook
~~
Found it, it was in my coat. Sorry!!
""")

F("football_club_group", "personal_chat", False, "chat", """
Training moved to the astro pitch this week, the grass is waterlogged
~~
Squad for Sunday: Tom, Raj, Kofi, Liam, Dev, Marco, Ben, Olu, Pete, Sami, Jack. Subs: Chris, Nathan.
Meet 9:15 at the clubhouse
~~
Can't make Sunday, hamstring's still dodgy
~~
Subs are due for this month, £15 to the club account please
~~
Great win lads! 3-1 away from home in that wind
~~
Whoever has the spare kit bag, can you bring it Wednesday
~~
End-of-season awards night is booked for 24 May. Partners welcome
~~
Ref just cancelled, match is postponed. Fixtures secretary will let us know the new date
~~
anyone need a lift from the station? I've got two seats
~~
New goalie gloves arrived. Cheers to the sponsor
""")

F("school_parents_group", "personal_chat", False, "chat", """
Does anyone know if the school trip money is due this Friday or next?
~~
It's this Friday, £12 through the ParentPay app
~~
Reminder: Year 3 harvest festival assembly Thursday at 9. Tins for the food bank welcome
~~
Ella's party is at the trampoline park on the 16th, 2-4pm. Invitations are in book bags
~~
Has anyone else's child come home with someone else's jumper? We've got a "J. Patel"
~~
That's ours! Thank you, will swap tomorrow
~~
Sports day has been moved to Tuesday because of the forecast
~~
Anyone doing the school run on Wednesday who could take Noah? I have a hospital appointment
~~
Can do! I'll grab him at 8:30
~~
Homework this week is a poster about the solar system. Apparently "big enough to see from the back"
""")

F("engineering_standup_updates", "work_chat", False, "chat", """
Yesterday: finished the telemetry parser refactor. Today: writing tests for the CAN bus decoder. Blockers: none
~~
PR #412 is ready for review, it's the fix for the flaky thermal test
~~
I'm out this afternoon, dentist. Back online around 4
~~
Build is red on main. Looks like someone bumped the numpy version. Looking
~~
Fixed. Was the lockfile. Sorry all
~~
Demo for the avionics team moved to Thursday 2pm
~~
Can someone pair with me on the HIL rig setup? The harness documentation is... optimistic
~~
Sprint goal reminder: get the wafer map viewer to feature-complete by Friday
~~
I'll take the on-call handover tomorrow, Alex is travelling
~~
Retro notes are in Confluence. Top action: stop scheduling deploys at 5pm on Fridays
~~
Nice work on the latency numbers, 40% faster than last release
""")

F("code_review_comments", "work_chat", False, "chat", """
nit: this variable name shadows the builtin `input`, maybe `raw_input_bytes`?
~~
Can you add a test for the empty-list case? I think it'll throw here
~~
LGTM once CI passes
~~
This loop is O(n^2) on the number of sensors. Probably fine for now but worth a comment
~~
Why do we catch Exception here? I'd prefer catching ValueError specifically so real bugs surface
~~
Good catch, changed it
~~
Could we move the retry logic into the client rather than repeating it in every call site?
~~
Docs need updating for the new config key, otherwise looks great
~~
Approved. Squash and merge when you're ready
~~
This breaks the Windows build, path separator issue on line 88
""")

F("customer_support_ticket", "work_email", False, "email", """
Thank you for contacting Novalink support. Your ticket number is 77812. We aim to respond within one
business day.
~~
I'm sorry you're having trouble connecting your router. Could you tell me the colour of the status light
on the front and whether you've tried restarting it?
~~
We've detected an outage in your area affecting broadband services. Engineers are on site and we expect
service to be restored by 18:00.
~~
Your replacement device has been dispatched and should arrive within three working days. Please return the
old one using the prepaid label.
~~
We've applied a credit of £15 to your account for the disruption.
~~
Your ticket has been escalated to our second-line team, who will contact you directly.
~~
We haven't heard from you in five days, so we'll close this ticket. Reply to reopen it.
~~
Please rate your experience with our support team. It takes less than a minute.
~~
Unfortunately the order can't be cancelled as it has already shipped. You can return it within 30 days.
~~
We've reset your two-factor authentication. You'll be asked to set it up again at your next login.
""")

F("landlord_tenant_maintenance", "personal_email", False, "email", """
The kitchen tap has been dripping for a week and it's getting worse. Could you arrange for a plumber?
~~
Thanks for letting me know. I've asked Dave the plumber to call you to arrange a time. He's usually quick.
~~
The annual gas safety inspection is due. The engineer will be at the property on 3 November between 9 and
1. Please make sure someone is in.
~~
Your tenancy renews at the end of March. The rent will go up by 3% in line with the agreement. Let me know
if you want to discuss it.
~~
Just to confirm, the rent for this month has been received and the receipt is in the tenant portal.
~~
There's a damp patch on the bedroom ceiling after the storm. Photos attached.
~~
I'll get a roofer to look at it this week. Sorry about that, it's an old house.
~~
The deposit has been returned to your account in full. It was a pleasure having you as a tenant.
~~
Can we put up a couple of shelves in the living room? We'll fill the holes when we move out.
""")

F("book_club_group", "personal_chat", False, "chat", """
Next month's book is "The Salt Path". Library has three copies
~~
I'm only halfway through this month's, don't start without me
~~
Venue for Thursday is Priya's, bring wine or snacks
~~
That ending!!! I need to talk about it
~~
Can we pick something shorter for December, everyone's busy
~~
Voting poll for next year's list is up, pick 3
~~
Sorry, I'm out this month, work trip to Munich
~~
Honestly the audiobook narrator made it for me
~~
Who's got my copy of Klara and the Sun? Not accusing anyone 👀
~~
Great discussion tonight, thanks for hosting
""")

F("couple_holiday_planning", "personal_chat", False, "chat", """
Found flights to Porto for £89 each in May, shall I book?
~~
Yes!! Book before they go up. Window seat for me
~~
Booked. Now hotel or apartment?
~~
Apartment near the river would be nice. Something with a balcony
~~
This one looks good, 4.8 stars, 10 min walk to the bridge
~~
Did you renew your passport? Mine expires in August, I think that's fine
~~
Check, some places want 6 months left
~~
Ugh ok, appointment booked for next week
~~
Port tasting tour on Saturday? Or is that too touristy
~~
Too touristy and I want to do it anyway
~~
Can you pack the adapter? I always forget
""")

F("project_status_update_email", "work_email", False, "email", """
Weekly status for the turbine blade inspection project: data collection is 80% complete, the labelling
vendor is on schedule, and the first model training run starts Monday. Risks: GPU capacity next week.
~~
Attached are the minutes from Tuesday's steering committee. Key decision: the go-live date moves to 15
September to allow more user testing.
~~
The budget report for Q2 is ready. We're 4% under plan, mostly because of delayed hiring.
~~
Can everyone update their tasks in the tracker before Thursday's review? Several items still show "in
progress" from last month.
~~
Reminder that the office will be closed on Monday for the bank holiday. The weekly sync moves to Tuesday.
~~
Great news: the substation monitoring pilot passed acceptance testing with the utility. Well done, everyone.
~~
Please review the updated project plan and send comments by Friday. Changes are highlighted in yellow.
~~
We're behind on the firmware milestone by about a week. I've talked to the team and we'll recover by
cutting two nice-to-have features from this release.
~~
Lessons-learned session for the 5G small-cell rollout is booked for 10 October. Bring your honest opinions.
""")

F("lab_group_academic_email", "work_email", False, "email", """
Lab meeting this week is on Wednesday at 11 instead of Thursday. Aiko will present her work on gallium
nitride transistors.
~~
The cleanroom will be closed for maintenance from 5 to 9 August. Please plan your fabrication runs around it.
~~
Reminder: lab notebooks need to be signed by your supervisor every month.
~~
The department seminar on Friday is by Prof. Delacroix on reinforcement learning for plasma control. Coffee
from 15:30.
~~
Please label your samples in the shared freezer. Unlabelled tubes will be thrown out on Monday.
~~
Congratulations to Tomasz on passing his PhD viva with minor corrections!
~~
The SEM is booked solid next week. If you have urgent imaging, talk to me and we'll try to squeeze you in.
~~
Could everyone send me their conference travel plans for the autumn so I can check the grant budget?
~~
New safety induction for the laser lab is required for all first-year students. Sign up on the sheet.
""")

F("it_helpdesk_notices", "work_email", False, "email", """
Your password will expire in 7 days. Change it from any company laptop via Ctrl+Alt+Del, or on the IT
self-service page.
~~
Scheduled maintenance: the file servers will be unavailable on Saturday from 22:00 to 02:00.
~~
Your laptop replacement is ready. Please bring your old laptop to the IT desk on the 2nd floor.
~~
We've received your request for access to the CAD licence server. Your manager needs to approve it in the
service portal.
~~
Ticket INC0045521 has been resolved: the printer on floor 4 has a new toner cartridge.
~~
Reminder: please restart your computer at least once a week so security updates can install.
~~
The VPN client will update automatically tonight. If you have problems connecting tomorrow, restart your
laptop first.
~~
New Wi-Fi network for guests is "Visitor-Net". Passwords are printed daily at reception.
~~
Your mailbox is 95% full. Please archive or delete old messages.
~~
Microsoft Office will be upgraded on all laptops over the next two weeks. No action is needed.
""")

F("running_club_chat", "personal_chat", False, "chat", """
Long run Sunday: 18k along the canal, meet at the lock at 8
~~
Anyone doing the half marathon in October? Entries open tomorrow
~~
Track session Tuesday: 6 x 800m, 90 sec recovery
~~
I'll be the slow group leader this week, 6:15/km pace
~~
PB at parkrun!! 22:48
~~
Nice one!! That hill is brutal
~~
Club kit order closes Friday. Vests £22, T-shirts £18
~~
Is the Thursday run still on with this rain
~~
Yes, we run in all weather. That's what makes us mad
~~
Physio recommendation anyone? Calf keeps tightening
""")

F("linkedin_peer_congrats", "personal_inmail", False, "inmail", """
Congrats on the new role! Very well deserved. Let's catch up when things settle
~~
Thanks for the connection. We met at the grid modernisation panel in Austin. Enjoyed your question about
inverter standards
~~
Saw your post about the launch, amazing photos. How long were you on site?
~~
Long time no see! Are you still in Toulouse? I'll be there in June for work
~~
Thanks for endorsing me for Python, returned the favour for Kubernetes
~~
Happy work anniversary! 5 years already
~~
Loved your article on battery recycling. Sharing it with my team
~~
Did you end up going to the reunion? Sorry I missed it, kid was sick
~~
Just wanted to say your talk on onboarding junior engineers really stuck with me. We've changed our process
~~
Would you mind if I quoted your comment in my newsletter this week? With credit obviously
""")

F("manager_one_on_one_email", "work_email", False, "email", """
Moving our 1:1 to Thursday this week because of the customer visit. Same time.
~~
Thanks for the update on the radar test results. Could you prepare a one-page summary for the program
review? Focus on the open anomalies.
~~
I've approved your leave request for 12-16 August. Enjoy!
~~
Your mid-year review is scheduled for 20 June. Please fill in the self-assessment beforehand, it doesn't
have to be long.
~~
Great job handling the supplier escalation last week. The plant manager mentioned it specifically.
~~
For your development plan: I'd suggest the project management course in the autumn. The company pays.
~~
I'd like you to take over the monthly safety report from Rosa when she goes on parental leave. Can we chat
about it?
~~
Heads-up: the team offsite is 18-19 September in Harrogate. Travel and hotel booked by the office manager.
~~
Could you mentor the two new graduates joining in September? It's about an hour a week.
""")

# ---------------------------------------------------------------------------
# 15. Extra look-alikes (more inmail / chat voices) and one more ordinary
# ---------------------------------------------------------------------------

F("govcon_cyber_recruiter_number", "recruiter_cleared_role", True, "inmail", """
Are you open to new opportunities? I'm with Ridgeline Federal Staffing and I have a Cyber Security
Engineer role on a DoD contract in San Antonio, TS/SCI required. What's the best number to reach you?
~~
Thanks for the reply! Sounds like your clearance is current, great. I'll give you a call tomorrow around
noon Central if that works. Mine is 210-555-0166 in case you want to save it.
~~
Missed you by phone. Not urgent. Just text me a better time or reply here.
~~
Rate on this one is $78-85/hr W2 with benefits, or salaried if you prefer. Contract runs through the end of
the option year, and the incumbent prime has been on this work for 9 years.
~~
Please send your resume as a Word doc to my work address, dwebb@ridgelinefed.com. The prime's portal
only accepts .docx for some reason.
~~
Need to verify your clearance in DISS before submitting you. I'll need your full legal name and date of
birth by phone, not on LinkedIn. Our FSO runs the check.
~~
Interview's set: Thursday 1pm, on site at the prime's office off Loop 410. Bring two forms of ID.
~~
They want you! Offer is contingent on the clearance crossover, which usually takes a few days. I'll call
you this evening with the details.
~~
If you know anyone else with a TS/SCI and Splunk experience, we pay a $1,500 referral bonus.
~~
Totally fine, good luck with the federal job. Let me know if that falls through.
""")

F("india_it_recruiter_whatsapp", "recruiter_pivot_messaging", True, "chat", """
This is Sneha from Tekvara Solutions HR team, Pune. Got your profile from the job portal for Java backend
developer 5+ yrs. Are you open for job change? Please share your updated CV and current CTC
~~
Client is a large bank's technology centre in Pune, hybrid 3 days. Budget up to 28 LPA. JD sent to your
mail from sneha.k@tekvara.in, pls check
~~
Interview process: 1 online coding test, 2 technical rounds on Teams, 1 HR round. No fees anywhere
in the process
~~
Pls confirm your notice period. If 90 days, is it negotiable?
~~
First technical round scheduled Thursday 11 AM. Teams link in mail. Pls join 5 min early
~~
Feedback is positive sir. Second round on Monday with the engineering manager
~~
HR round done. Offer letter will come from the client's HR email id, not from me. Pls do not share with anybody till you accept
~~
Please beware of fake messages using our company name asking money for job. Tekvara never asks candidates to pay
~~
Congratulations on joining! Please share your joining date so we can close the requirement
~~
Sir one more opening in Hyderabad for a friend if any, Spring Boot + Kafka
""")

F("phd_research_interview_request", "research_interview_request", True, "inmail", """
I'm a PhD candidate at Aldgate University researching how small aerospace suppliers manage export
control compliance. I'm looking for practitioners for 45-minute interviews. Participation is anonymous
and the study has ethics approval (ref. AU-ETH-2291). Would you be willing to take part?
~~
Thank you for considering it! The participant information sheet and consent form are attached. They
explain that I won't ask for any confidential company information, and you can skip any question.
~~
I'd prefer a Teams call, but a phone call is fine too. I'll send an invite from my university e-mail
address, j.mbeki@aldgate.ac.uk, so you can check it's me.
~~
Unfortunately I can't pay participants, as our ethics board doesn't allow it for professional interviews,
but I'll send you a summary of the findings when the thesis is done.
~~
Interview questions cover your general practices: how you classify items, what training staff receive
and what you find difficult. No questions about specific customers, contracts or products.
~~
With your permission, I'd like to record the call for transcription. Recordings are deleted once the
transcript is anonymised.
~~
Thank you for the interview today. Here is the anonymised transcript for you to check. If anything could
identify you or your employer, tell me and I'll remove it.
~~
My supervisor, Dr. Halloran, asked if you'd also be willing to comment on a draft chapter. Entirely
optional.
~~
The thesis has been submitted! Attached is the two-page summary I promised.
""")

F("supplier_procurement_wechat", "supplier_chat", True, "chat", """
This is Lily from Jinhong PCB sales. The samples for order JH-0412 are ready, we will ship
by DHL tomorrow. Tracking number I will send here on WeChat
~~
Thanks Lily. Please also email the test reports to purchasing@altonaudio.com so they go in our system
~~
Sure. Impedance test and X-ray report will come by email today. Invoice also by email
~~
Payment for the proforma invoice by T/T to our company account only, bank details are on the invoice.
Our bank account never changes by WeChat message, if you see this please call me
~~
Our factory has Golden Week holiday 1-7 October, please place the next order before 20 Sept for on-time delivery
~~
Welcome to visit our factory in Shenzhen when you come to the trade fair in April. We can arrange hotel
booking for you, but of course your company pays, this is normal
~~
Ok, I'll check with my manager about the April trip. Can you send the factory audit report from last year?
~~
Yes, sending the audit PDF. Also the ISO certificate renewed
~~
Boards received, thank you. Two of them have a scratch on the solder mask, sending photos
~~
Sorry for this, we will remake them free and add to the next shipment
""")

F("iranian_family_whatsapp", "family_chat", True, "chat", """
Maman asks when you will come home for Nowruz. She has already started cleaning the house lol
~~
I can't come this year, work is very busy and the tickets are crazy expensive. Maybe in summer
~~
Baba had his heart check-up, everything is ok, the doctor changed his medicine a little. Don't worry
~~
Send me a photo of your new apartment! Is it warm enough?
~~
Khaleh Shirin is asking for your address to send you saffron and dried limes
~~
The internet is very slow here these days, if my messages are late that's why. Try Telegram if WhatsApp doesn't work
~~
Happy birthday azizam! We miss you so much. Your father recorded a song for you, listen to the voice note 😂
~~
I transferred money to your account through Arash's cousin's exchange office, should arrive next week.
For your master's books
~~
Thank you but you really don't need to. I have my scholarship
~~
Grandma watched your graduation video five times. She tells everyone at the bazaar
""")

F("china_tech_ai_lab_recruiter", "recruiter_pivot_email", True, "inmail", """
I'm a technical recruiter at Hengyu Technology's AI Research Lab in Beijing. We're hiring research
scientists in speech recognition and your Interspeech papers are very relevant. The role is full-time in
Beijing with relocation support. Would you like to learn more?
~~
Thank you for your reply. You can see the official posting on our careers site, careers.hengyu-tech.com,
job ID HY-AI-0387. I'll e-mail you the details from wenjing.zhao@hengyu-tech.com.
~~
Many of my Chinese colleagues prefer WeChat for quick questions, but we're happy to use e-mail and
LinkedIn with international candidates. Whatever you are comfortable with.
~~
The interview has three rounds on Zoom: a research talk (45 minutes, on your published work), a coding
round and a meeting with the lab director. We won't ask about any unpublished work from your current lab.
~~
Regarding your question about publication: researchers in our lab publish at major conferences, and our
speech toolkit is open source on GitHub.
~~
If you receive an offer, the company will support the work permit application and pay for relocation,
including flights for your family. The offer letter comes from our HR system.
~~
I understand you need to check with your university about any export-control or conflict-of-interest rules
before interviewing. Please take the time you need.
~~
The lab director would like to meet you in person when you attend the conference in Singapore in
September. It's a normal coffee chat at the conference venue. No obligation.
~~
Thank you for letting me know you've decided to stay in academia. Best of luck with the tenure process.
""")

F("phd_admissions_funded_visit", "academic_admissions", True, "email", """
Congratulations! The Graduate Admissions Committee of the Department of Nuclear Engineering at Corliss
Institute of Technology is pleased to offer you admission to our PhD program with full funding: tuition,
health insurance and a stipend of $38,000 per year.
~~
We'd like to invite you to our visit weekend on 15-17 March. The department will cover your flight and two
nights at the campus inn. Our coordinator, Ms. Okoye, will help with booking.
~~
Because some of our reactor labs handle export-controlled information, international students may need a
licence for certain projects. This doesn't affect admission; your advisor will guide you.
~~
Please reply to accept or decline the offer by 15 April, the common deadline. You're welcome to ask
current students about their experience; a list of volunteer contacts is attached.
~~
Your I-20 form has been issued. You'll need it for your F-1 visa interview. The international office
sends it by courier; please check the address on file.
~~
Please note that the stipend is paid monthly through university payroll starting in September, after you
complete tax registration.
~~
The department has an orientation week in late August. Attendance is required for all new students.
~~
Prof. Lindqvist would like to talk with you about possible research projects before you decide. Could you
do a Zoom call next week?
~~
If you have questions about housing, the graduate housing office holds a webinar on 2 May.
""")

F("ctf_competition_organisers", "security_competition", True, "chat", """
Registration for SpringCTF 2025 is open! Teams of up to 4. Qualifiers online on 12 April, finals in Lisbon
in June. Travel for finalist teams is covered by sponsors
~~
Reminder: no attacking the scoring infrastructure or other teams. Doing so gets you disqualified
~~
Hint for the "Stego Sunset" challenge has been posted in the #hints channel on Discord
~~
Scoreboard frozen for the last hour. Results will be announced at 20:00 UTC on the stream
~~
Congrats to the top 10 teams! Finalists, please DM an organiser your team captain's e-mail so we can
send the travel forms
~~
Prize money (€3,000 / €1,500 / €750) is paid by bank transfer to the team captain after the final. We
don't pay in crypto, sorry to disappoint
~~
Writeups are welcome after the competition ends. Please don't post flags before then
~~
Sponsor booth in Lisbon: three companies are hiring, and they'll have recruiters at the venue. Totally
optional to talk to them
~~
The hotel block for finalists is at the Alfama Inn, check-in from 14:00 on the 5th
~~
Thanks everyone for an amazing event. Feedback form is pinned
""")

F("saas_sales_prospecting_inmail", "sales_outreach", False, "inmail", """
I noticed your team is growing fast. We help engineering teams cut cloud costs by 20-30% with automated
rightsizing. Open to a 15-minute demo next week?
~~
Following up on my last note. Would it make sense to loop in whoever owns your AWS bill?
~~
Quick question: is reducing CI build times on your roadmap this quarter? Our customers usually see a 40%
drop in the first month.
~~
We just published a benchmark comparing three observability tools on Kubernetes. Happy to send it over, no
strings attached.
~~
I'll stop reaching out after this one. If the timing's ever right, my calendar link is on my profile.
~~
Congrats on the Series C! Would love to show you how we help teams scale their on-call process.
~~
Are you going to KubeCon? We're hosting a small dinner for platform engineers on the Tuesday night.
~~
Thanks for the reply. Understood that you've just signed with another vendor. I'll check back next year.
~~
A customer of ours in the satellite industry said you might be interested in our data labelling service.
""")


# ---------------------------------------------------------------------------
# 16. Longer messages (120-200 words) added to existing families
# ---------------------------------------------------------------------------

def ADD(name: str, body: str) -> None:
    """Append hand-written messages to an already registered family."""
    fam = next(f for f in FAMILIES if f["name"] == name)
    F("__tmp__", fam["kind"], fam["lookalike"], fam["register"], body)
    fam["msgs"].extend(FAMILIES.pop()["msgs"])


ADD("agency_cleared_aero_phone", """
I wanted to give you the full picture in one message since we keep missing each other. The role is a
Senior GNC Engineer on a hypersonic flight test program with a prime contractor in north Alabama. It's a
direct hire, not a contract. The team is about twelve engineers, mostly six-DOF simulation and flight
software, and they're short on someone who has taken a vehicle from simulation through to flight test.

Requirements from the client: an active Secret (they'll upgrade to TS where needed), a degree in
aerospace or mechanical engineering, and MATLAB/Simulink plus C++. The work is 100% on site because most of
it happens in a closed area.

Compensation is 150-175k depending on experience, a 6% 401k match, and relocation up to 20k. They don't
need anything from you beyond a resume at this stage, and I'd rather talk it through on the phone than do
it all in writing. I'm free most afternoons this week on 256-555-0148.
""")

ADD("inhouse_semis_recruiter_email", """
Here's what to expect over the next few weeks so nothing comes as a surprise. After this e-mail you'll
get an invitation from our applicant tracking system to create a candidate profile; please upload your CV
there rather than sending it to me directly, because our data-protection rules require it.

The first interview is a 45-minute Teams call with Priya, the hiring manager. She'll ask about your
experience with etch integration and how you approach yield problems in general terms. Please don't bring
or describe any proprietary process data from your current or former employers; we genuinely don't want
it, and our legal team reviews interview notes.

If that goes well, we'll invite you to Hillsboro for a day of interviews with the integration team, a
short presentation (a public paper of your choice is ideal) and lunch. We'll cover travel. Offers are
usually made within a week of the on-site day. Any questions, my direct line is 503-555-0127.
""")

ADD("expert_network_consult_compliance", """
Thank you for joining the Meridian Insight Partners network. Before your first consultation, here is a
summary of the rules that apply to every engagement.

You must not disclose confidential information belonging to your current or former employer or any
other party, including trade secrets, customer lists, pricing, internal forecasts or anything covered by
a non-disclosure agreement. You must not disclose material non-public information about any listed
company. If you are a current employee, please check your employer's policies on outside consulting and
confirm on the portal that you're permitted to take part.

Clients are typically investment firms, consultancies and corporations. Some investment clients ask not
to be named; in that case we will still tell you the type of client and the topic in advance, and you may
decline any project without giving a reason. Every consultation has a written topic description, and you
can end a call at any time if the questions go beyond it.

Honoraria are paid by bank transfer through our payments provider. We never pay in cash, gift cards or
cryptocurrency.
""")

ADD("think_tank_commissioned_paper", """
To follow up on our call, here are the terms of the commission in writing. The Calloway Institute would
like you to write a signed paper of 5,000 to 6,000 words on the resilience of undersea cable repair
capacity in the North Atlantic. The paper will be published under your name on our website and in print,
with the usual disclaimer that the views are the author's own.

Timeline: outline by 15 January, first draft by 1 March, final version after peer review by 15 April.
The fee is £3,500, paid in two instalments against your invoices: half on acceptance of the outline and
half on publication.

The paper must be based on open sources and your own expertise. Please don't use any information you
hold under a security clearance or a confidentiality obligation; our editors will ask you to confirm this
in the contract. Funding for the series comes from a grant by the Harlowe Trust, which has no editorial
control and is acknowledged in the front matter.
""")

ADD("consultancy_market_report_freelance", """
Following our conversation, here's a summary of the engagement before the formal statement of work
arrives from our contracts team. Tessaly Consulting is working for Pelora Energy on a market entry study
for grid-scale battery storage in Southeast Asia. We'd like you to write the Vietnam chapter: market size,
the regulatory framework, the grid operator's procurement process, and the main developers active in the
market.

Please use public sources (government plans, tender documents, company filings, press) and up to eight
interviews that you arrange yourself. Interviewees should know who the work is for; you can tell them the
client is Pelora. Don't use anything you know from previous employers under confidentiality.

Deliverables are a draft by 20 May and a final by 10 June, about 6,000 words with charts. The fee is USD
4,800, invoiced 40% on signing and 60% on delivery, paid by bank transfer within 30 days. Pelora's team
may want a one-hour debrief call after they've read it, which we'd pay at your day rate pro rata.
""")

ADD("conference_china_university_travel", """
Please find below the practical information for your trip. Your flight ticket has been issued by the
university's travel agency: flight SX 934 from Frankfurt on 12 October, returning on 17 October. The
e-ticket is attached. A student volunteer, Mr. Chen Bo, will meet you at the arrivals hall holding a sign
with the symposium logo and take you to the Southlake International Conference Hotel.

Your room is booked for five nights and paid directly by the university, so you only need to pay for
extras such as the minibar. Breakfast is included. Lunches and the conference dinner are provided at the
venue.

Your keynote is on 14 October at 9:00 in the main auditorium, 45 minutes plus 15 minutes for questions.
The talk will be recorded and published on the symposium website unless you tell us otherwise. Simultaneous
interpretation into Chinese is available, so please send your slides by 8 October so the interpreters can
prepare. If anything is unclear, please write to the secretariat e-mail or call our office during working
hours.
""")

ADD("security_awareness_notice_corporate", """
This quarter's insider risk bulletin focuses on online approaches. Over the past six months, 63
colleagues reported unsolicited contact from people who claimed to be recruiters, consultants or
think-tank researchers. Most were harmless. Eleven matched a pattern that national security agencies
have described publicly.

The pattern usually goes like this. The first message is flattering and vague. Within a few messages the
person asks to continue on WeChat, WhatsApp, Telegram or a personal e-mail address. Then comes a small
paid task, such as a short report on industry trends for a client who is never named, paid through an app
or in cryptocurrency. Over time, the questions become more specific and move towards internal or
non-public information, and eventually there is an invitation to travel abroad to meet the client, with
all expenses paid.

None of these steps is proof on its own, and genuine recruiters do ask for a phone call. What matters is
the combination. If you recognise it, stop replying, keep the messages, and report it through the
Security portal. You won't get into trouble for reporting, and you may protect a colleague.
""")

ADD("news_article_fake_recruiters", """
The messages arrived on a Tuesday, three weeks after the engineer updated her profile to say she was
"open to work". The sender described himself as a headhunter for a Singapore consultancy and said a client
in the energy sector was interested in her experience with grid control systems. Within two days he
suggested they continue on WhatsApp, "because LinkedIn is slow".

What followed, according to documents she later shared with her employer's security team and with this
newspaper, fits a pattern that intelligence agencies in several countries have warned about. She was
offered $800 for a "short industry report". When she delivered a summary of public information, the
consultant praised it and asked for a second report, this time about "how utilities actually configure
these systems in practice". She declined and reported the contact.

Security officials say such approaches are common and that most people who receive them are not at fault.
"The important thing is to recognise the signs early and tell someone," one official said. "Being
approached is not a crime. Hiding it is what causes problems."
""")

ADD("employee_reports_suspicious_contact", """
I want to report a series of messages I received over the last three weeks. A person calling himself
Kevin Lau, "senior partner at Pacific Bridge Consulting", contacted me on LinkedIn about a consulting
opportunity. After two messages he asked me to add him on WeChat, which I did not do. He then e-mailed my
personal address (I don't know how he got it) offering $1,200 for a ten-page report on "trends in radar
signal processing" for a client he wouldn't name.

When I asked for the client's name and a contract, he said the client prefers privacy and that payment
could be made through PayPal or Alipay. He also said there was no need to tell my employer because it was
"just public information". In the last message he suggested I could meet the client in Macau, with
flights and hotel paid.

I haven't sent anything and I've stopped replying. Screenshots of the LinkedIn messages and the e-mails,
with headers, are attached. Please let me know if you want me to do anything else, or whether I should
keep the conversation open.
""")

ADD("hr_offer_keep_confidential", """
Thank you for the conversations over the past few weeks. I'm delighted to confirm our offer for the
position of Principal Engineer, Propulsion Test, reporting to Dr. Amara Osei. The key terms are: a base
salary of $205,000, an annual target bonus of 15%, an initial grant of restricted stock units vesting over
four years, and a start date of 3 June, or a later date we agree.

The offer is subject to the usual conditions: a background check, proof of eligibility to work in the
United States, and, because the role gives access to ITAR-controlled technical data, confirmation of US
person status. You'll receive separate e-mails from our background check provider and from DocuSign.

We ask that you keep the offer and its terms confidential, both to protect your own negotiating position
and because the expansion of the propulsion test team hasn't been announced yet. You're of course free to
discuss it with your family and your advisers.

If you'd like to talk through any part of the package, I'm happy to set up a call with Amara or with our
compensation team this week.
""")

ADD("legal_nda_vendor_evaluation", """
Please find attached the mutual non-disclosure agreement for our evaluation of your radiation-hardened
FPGA family. A few points to flag before your legal team reviews it.

First, the purpose clause is deliberately narrow: the agreement covers only the technical evaluation for
the Aurora payload program. If we move to procurement, the commercial terms will sit in a separate supply
agreement. Second, some of the information you may share could be subject to export controls. The NDA
doesn't replace export licences; please mark any controlled technical data and send it only through our
secure file transfer site, not by e-mail. Third, the confidentiality period is five years from
disclosure, which is our standard for hardware design information.

We'd like to sign by the end of the month so that our engineers can receive the datasheets and errata
before the design review. If it helps, our counsel, Rebecca Tan, is available for a call with yours next
week.
""")

ADD("fso_foreign_contact_reporting", """
This is the annual reminder of your reporting obligations as a cleared employee. Please read it even if
you've seen it before, as two items changed this year.

You must report: foreign travel, in advance, including day trips across the border; close and continuing
contact with foreign nationals, including through social media; any attempt by anyone to obtain
classified or sensitive information without authorisation; any contact that seems suspicious, including
unsolicited job offers or consulting offers that ask about your clearance or your program; and changes in
your personal situation such as marriage, cohabitation, bankruptcy or arrest.

New this year: offers of paid "research", "reports" or "consulting" from people you don't know must be
reported before you reply, even if they say they only want public information. And foreign financial
interests now include digital wallets and accounts in payment apps.

Reporting doesn't mean you've done anything wrong. It protects you. If you're unsure whether something is
reportable, call me on extension 2206 and we'll work it out together.
""")

ADD("journalist_on_record_interview", """
I'm a science and technology reporter at the Coastal Review, working on a long-form piece about the
shortage of nuclear engineers and how the industry is trying to recruit the next generation. Your name
came up in several conversations, including with the dean of your former department, as someone who has
thought hard about this.

I'd like to interview you for about 45 minutes, on the record, about your career, what drew you to the
field and what you think would help. I'm not looking for anything about your employer's internal
business, and I'll be clear throughout about what's on the record. If your company's communications team
needs to approve the interview, I'm happy to contact them first; just tell me who to write to.

The piece is scheduled for early next month. I'm flexible on format: phone, Zoom, or in person if you're
near Charlotte. My direct line is 704-555-0188, and you can check my previous work on the paper's
website.
""")

ADD("exec_search_confidential_board", """
Thank you for taking my call yesterday. As promised, here's a written summary of the opportunity. Ellery &
Voss has been retained by the board of a listed European energy company to appoint a Group Chief
Information Security Officer. The role reports to the CEO, with a dotted line to the audit committee, and
leads a team of about 220 people across operational technology and corporate IT.

The search is confidential at this stage. The current CISO is retiring, but the company won't announce it
until the successor is chosen. For that reason, I'll share the client's name once you confirm you'd like to
be considered and sign our candidate confidentiality note. It's a one-page document that protects the
company's announcement, not anything about you.

Our process is the same for every candidate: an in-depth interview with me, a meeting with the CEO and the
chair of the audit committee, referencing and a psychometric assessment. We pay all travel costs. We do
not charge candidates anything, ever. If you'd like to talk further, I'm free on Thursday afternoon.
""")

ADD("coordinated_vuln_disclosure", """
Following our call, I'm putting the agreed disclosure plan in writing so we all have the same
understanding. Ardent Controls will release firmware version 4.2.1 for the IG-400 and IG-450 gateways on
14 November. The fix adds signature verification to the update process and disables the unauthenticated
local update endpoint by default.

On the same day, Ardent will publish a security advisory crediting me by name, and the CVE record will be
updated with the affected versions. I'll publish my technical write-up on my blog 30 days later, on 14
December, to give customers time to patch. The write-up will not include a working exploit, only enough
detail for defenders to understand the issue and detect exploitation attempts.

If Ardent needs more time, for example because a major customer can't patch, please let me know by 1
November and we'll discuss it. I'm available by e-mail or on Signal at the number I shared with your
PSIRT lead.
""")

ADD("diaspora_community_association", """
This notice is more serious than our usual newsletter items. Several members
have told us they received calls or WeChat messages from people claiming to represent police or
government offices from their home country. In some cases the callers asked them to "come back to resolve
a matter", to report on other community members, or said relatives back home would face problems.

We want to be clear. These requests have no legal force here. Nobody is entitled to interrogate you, ask
you to spy on your neighbours, or pressure you through your family. If you receive such a call, do not
argue and do not agree to anything. Write down the date, the number and what was said, and report it to
the local police non-emergency line. You can also tell the association in confidence, and we'll help you
find support, including a lawyer who speaks Mandarin.

This is not about politics. Our association is for everyone. We simply want all our members to feel safe.
""")

ADD("research_grant_program_officer", """
Thank you for submitting your full proposal. Before it goes to external review, I have a few
administrative points that need attention within ten working days.

First, the budget justification lists travel to two international workshops, one in Shanghai and one in
Zurich. Both are allowable costs; please just add a sentence explaining how each relates to the project
aims. Second, the Current and Pending Support section doesn't mention the visiting appointment at Marlow
University that appears in your biosketch. Please add it, even if it's unpaid; our terms require all
appointments to be disclosed, and omissions delay awards. Third, the data management plan should say
where the code will be deposited when the project ends.

None of this affects the scientific merit review; it's simply so the file is complete. If it's easier to
talk it through, I'm happy to have a short call. My direct line is in the call document.
""")

ADD("project_status_update_email", """
Here's the monthly update for the substation digitisation program. Overall status is amber, unchanged
from last month.

Progress: 14 of 22 substations now have the new protection relays installed and commissioned. The
remaining eight are scheduled for the spring outage window. The SCADA integration for the northern region
went live on 9 October without major issues; two minor alarm-mapping defects are being fixed.

Risks: the relay supplier has warned of a six-week delay on the last batch due to a component shortage. We
are looking at whether we can re-sequence the outages so the substations that are ready go first. The
second risk is staffing: two of our commissioning engineers are leaving in December, and recruitment is
under way.

Budget: spend to date is 61% of the approved budget against 58% of planned progress, so we're slightly
ahead on spend. The finance team will present a forecast at the November steering committee. Please send
me any corrections to this summary by Wednesday.
""")

ADD("manager_one_on_one_email", """
Thanks for a good conversation this afternoon. Here's what I took away so we can both refer back to it.

You'd like to spend more of your time on system architecture and less on test coordination. I agree
that's the right direction, and I'll talk to Jonas about moving the test coordinator duties to Emily from
next quarter, as she's asked for more responsibility anyway.

You also mentioned that the late-evening calls with the Seoul team are wearing you down. Let's try
rotating them across the team so nobody does more than one a week, and I'll raise it at the leads' meeting.

On development: I'd support you taking the systems engineering certification next year. The training
budget covers the course and the exam, and we can build study time into your schedule.

Finally, the promotion question. I think you're close, and the architecture work will give you the
evidence the panel looks for. Let's review progress at our next quarterly check-in. Do add anything I
missed.
""")

ADD("landlord_tenant_maintenance", """
I wanted to let you know about a few things at the flat before the inspection next week, so you're not
surprised. The extractor fan in the bathroom stopped working about a month ago; we've been opening the
window, but there's some mould starting on the ceiling above the shower. We've cleaned it, but it keeps
coming back.

The back door lock is also sticking. It opens with some effort, but I'm worried it might jam completely,
and it's our only way to the garden and the bins.

The last thing is minor: one of the kitchen cupboard doors has come off its hinge. I kept the screws and
the door is in the hall cupboard.

We're around most evenings and on Saturday mornings if a tradesperson needs to come in, and we're happy to
let them in with a key from the neighbour if that's easier. Photos of all three are attached.
""")

ADD("sibling_parents_health_whatsapp", """
Ok long message sorry. Talked to the consultant today. Dad's scan showed a narrowing in one of the
arteries, not an emergency but they want to put in a stent in the next few weeks. He's on the list at
the General, probably early next month. Mum is pretending to be calm but she's rung me four times today.
I think it would mean a lot if you could be here for the procedure, even just a day or two. I know work is
mad and flights aren't cheap. If it helps I can pay half your ticket. Also can you call Mum tonight? She
listens to you more than me, and she needs to hear that it's a routine procedure. I'll send you the letter
from the hospital so you can read it yourself
""")

ADD("family_wechat_mother", """
Your dad and I talked last night. We are not trying to pressure you, we know your job is good there and
you are happy. But your dad is getting older and his knees are bad now, and grandma needs more help every
month. Maybe in a few years you can think about coming back to work closer to home? Your uncle says there
are many good companies in Hangzhou now. Only if you want. Whatever you decide we support you. Just come
home for a visit this year, we miss you a lot, and bring your girlfriend if she wants to come
""")

ADD("outside_activity_approval_hr", """
Thank you for your outside activity request regarding paid consultations through an expert network. The
Ethics Committee reviewed it on Tuesday and approved it, with the following conditions.

You may not consult on any company that is a customer, supplier or competitor of ours, or on any matter
related to your work here. You may not use or disclose any confidential information of the company,
including information about our products, pricing, strategy or customers. If a consultation request
touches on any of these areas, decline it. The expert network's compliance questionnaire will ask you to
confirm your employer's policy; you can answer that you have written approval subject to these
conditions.

Please keep a simple log of your consultations (date, expert network, general topic) and send it to the
Ethics Office once a year with your conflict-of-interest declaration. If your role changes, for example
if you join the strategy team, the approval will need to be reviewed.
""")

ADD("phd_research_interview_request", """
Thank you for agreeing to take part in my study. I wanted to explain in more detail what the interview
will involve so you can decide whether you're comfortable.

The interview lasts about 45 minutes. I'll ask about your role, how your organisation decides whether a
component or piece of technical data is export-controlled, the training staff receive, and the practical
difficulties you've experienced, for example with foreign-national employees or international customers. I
won't ask you to name customers, products or specific licence applications, and you can decline any
question.

With your consent, I'll record the conversation and transcribe it. The transcript will be anonymised:
your name, your employer and any identifying details will be removed, and the recording deleted. Quotes in
my thesis will be attributed to a code such as "Compliance manager, small supplier, UK".

If you'd like your employer to approve your participation, I can send a letter from my supervisor
describing the study.
""")

ADD("background_investigator_contact", """
I'm contacting you as part of a routine background investigation for a security clearance. Ms. Helena
Vasquez has listed you as a former supervisor and has given written permission for us to contact you. I'd
like to arrange an interview of about 30 minutes, in person at your workplace or by telephone, at a time
that suits you.

The questions will cover how long and in what capacity you supervised Ms. Vasquez, her reliability and
trustworthiness, and whether you're aware of anything that might raise concerns, such as financial
problems, foreign influence or misuse of information technology. There are no right or wrong answers, and
you can say "I don't know".

At the start of the interview, I'll show you my credentials. If you'd like to verify that I am who I say
I am before we meet, please call our regional office using the number listed on the agency's public
website rather than any number in this e-mail. Your participation is voluntary.
""")

ADD("visiting_fellowship_invite", """
I'm delighted to write with more details about the visiting fellowship, as promised. Fellows spend
between three and six months in residence at the Institute. This year's cohort includes a legal scholar
from Nairobi, a former telecom regulator from Brazil, and two computer scientists working on AI auditing.

The fellowship provides a monthly stipend of 3,200 euros, a furnished apartment within walking distance of
the Institute, return travel in economy class, and health insurance for the duration of your stay. You'll
have an office, library access and a modest research budget for conference travel.

In return, we ask fellows to give one public lecture and to take part in the weekly seminar, where each
fellow presents work in progress. There are no teaching obligations, and everything you produce during the
fellowship belongs to you. We'd be grateful for an acknowledgement in publications.

If you'd like to talk it over, my colleague Dr. Ines Moreau or I would be happy to arrange a video call
at your convenience.
""")


# ---------------------------------------------------------------------------
# Build + validation
# ---------------------------------------------------------------------------

_GREETING = re.compile(
    r"^(hi|hey|hello|dear|good (morning|afternoon|evening)|greetings|morning|hiya|yo)\b[ ,!]",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(
    r"(\n|^)\s*(best|regards|kind regards|best regards|cheers|thanks|thank you|sincerely|warm regards)"
    r"[,!.]?\s*(\n.*)?$",
    re.IGNORECASE,
)


def build() -> list[dict]:
    rows = []
    n = 0
    for i, fam in enumerate(FAMILIES, start=1):
        family_id = f"b-fam-{i:03d}-{fam['name']}"
        for text, reg in fam["msgs"]:
            n += 1
            rows.append(
                {
                    "id": f"b-{n:04d}",
                    "text": text,
                    "label": 0,
                    "family": family_id,
                    "kind": fam["kind"],
                    "categories": [],
                    "stage": "none",
                    "lookalike": fam["lookalike"],
                    "register": reg,
                }
            )
    return rows


def validate(rows: list[dict]) -> list[str]:
    problems = []
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    texts = collections.Counter(r["text"] for r in rows)
    for t, c in texts.items():
        if c > 1:
            problems.append(f"duplicate text x{c}: {t[:60]!r}")
    names = [f["name"] for f in FAMILIES]
    if len(names) != len(set(names)):
        problems.append("duplicate family names")
    sizes = collections.Counter(r["family"] for r in rows)
    for fam, c in sizes.items():
        if not 8 <= c <= 15:
            problems.append(f"family size {c} out of 8..15: {fam}")
    for r in rows:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", r["kind"]):
            problems.append(f"kind not snake_case: {r['kind']}")
        if r["register"] not in {"chat", "email", "inmail"}:
            problems.append(f"bad register {r['register']} in {r['id']}")
        if _GREETING.match(r["text"]):
            problems.append(f"greeting at start of {r['id']}: {r['text'][:40]!r}")
        if _SIGNOFF.search(r["text"][-40:]):
            problems.append(f"sign-off at end of {r['id']}: {r['text'][-40:]!r}")
    if len(rows) < 900:
        problems.append(f"only {len(rows)} rows (<900)")
    if len(sizes) < 75:
        problems.append(f"only {len(sizes)} families (<75)")
    share = sum(r["lookalike"] for r in rows) / max(len(rows), 1)
    if share < 0.75:
        problems.append(f"lookalike share {share:.2%} < 75%")
    return problems


def report(rows: list[dict]) -> None:
    print(f"rows: {len(rows)}   families: {len({r['family'] for r in rows})}")
    la = collections.Counter(r["lookalike"] for r in rows)
    print(f"lookalike: true={la[True]} false={la[False]} ({la[True] / len(rows):.1%} true)")
    print("register:", dict(collections.Counter(r["register"] for r in rows).most_common()))
    print("kind:")
    for k, c in collections.Counter(r["kind"] for r in rows).most_common():
        print(f"  {k:34s} {c}")
    sizes = collections.Counter(r["family"] for r in rows)
    print("family sizes:", dict(sorted(collections.Counter(sizes.values()).items())),
          f"(min {min(sizes.values())}, max {max(sizes.values())})")
    for fam, c in sizes.items():
        print(f"  {fam:58s} {c}")
    words = [len(r["text"].split()) for r in rows]
    print(f"words per message: min {min(words)}, median {sorted(words)[len(words) // 2]}, max {max(words)}")


def main(argv: list[str]) -> int:
    rows = build()
    problems = validate(rows)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    if "--check" not in argv and not problems:
        with OUT.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {OUT}")
    report(rows)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
