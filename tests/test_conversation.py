"""Conversation screening: accumulation across messages, stages in order, "me" as context,
quoted replies counted once, and the figures on the held-out thread set."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import recruitscreen as rs
from recruitscreen.conversation import FEATURES, THREAD_WEIGHTS, mask_quoted
from recruitscreen.errors import InputError
from recruitscreen.io.threads import read_thread_file
from recruitscreen.thread_evaluation import evaluate_threads

ROOT = Path(__file__).resolve().parent.parent

# A small pack of deliberately weak rules, one per funnel stage: no message that trips one of
# them is suspicious alone (weight 1.2 against a base of -4), so the tests below do not depend
# on the shipped pack's current weights.
_WEAK_RULES = [  # stage, category, keyword, pattern, an example that matches
    ("contact", "credential_targeting", "background", r"\byour\W{1,3}background\b",
     "your background"),
    ("pivot", "off_platform", "elsewhere", r"\btalk\W{1,3}elsewhere\b", "talk elsewhere"),
    ("tasking", "paid_task", "write-up", r"\bpaid\W{1,3}write-up\b", "a paid write-up"),
    ("elicitation", "sensitive_info", "internal", r"\binternal\W{1,3}plans\b", "internal plans"),
    ("meeting", "client_meeting", "visit", r"\bvisit\W{1,3}my\W{1,3}partner\b",
     "visit my partner"),
]


def _weak_pack() -> str:
    parts = ['[pack]\nlanguage = "en"\n']
    for stage, category, keyword, pattern, example in _WEAK_RULES:
        parts.append(
            f'[[rule]]\nid = "test.{stage}"\ncategory = "{category}"\nstage = "{stage}"\n'
            f'weight = 1.2\nkeywords = ["{keyword}"]\npatterns = [\'{pattern}\']\n'
            f'explanation = "Test: the {stage} step."\nadvice = "Test advice."\n'
            f'[rule.examples]\nmatch = ["{example}"]\nno_match = ["nothing here"]\n'
        )
    return "\n".join(parts)


FUNNEL = [
    {"sender": "them", "text": "Hello, your background in avionics is impressive."},
    {"sender": "me", "text": "Thanks, what is this about?"},
    {"sender": "them", "text": "Could we talk elsewhere? This site is slow."},
    {"sender": "them", "text": "My partner would value a paid write-up on the market."},
    {"sender": "them", "text": "Mostly about your internal plans for next year."},
    {"sender": "them", "text": "Then you could visit my partner in the spring."},
]


@pytest.fixture(scope="module")
def weak(tmp_path_factory: pytest.TempPathFactory) -> rs.Screener:
    path = tmp_path_factory.mktemp("pack") / "weak.toml"
    path.write_text(_weak_pack(), encoding="utf-8")
    return rs.Screener(model=None, rules=rs.RuleSet.from_files(path))


@pytest.fixture(scope="module")
def default() -> rs.Screener:
    return rs.Screener()


def test_a_funnel_of_mild_messages_is_flagged_as_a_thread(weak: rs.Screener) -> None:
    c = weak.screen_conversation(FUNNEL)
    assert all(not a.flagged for a in c.messages), "each message alone must be mild"
    assert c.flagged and c.level == "high"
    assert c.stages == ("contact", "pivot", "tasking", "elicitation", "meeting")
    assert c.pivot_index == 2 and c.pivot_rank == 2  # their second message
    assert len(c.messages) == len(FUNNEL)


def test_one_stage_repeated_is_not_a_funnel(weak: rs.Screener) -> None:
    only_pivot = [{"sender": "them", "text": "Could we talk elsewhere? Thanks."}] * 4
    c = weak.screen_conversation(only_pivot)
    assert c.stages == ("pivot",)
    assert not c.flagged
    assert c.score < weak.screen_conversation(FUNNEL).score


def test_stages_come_in_order_of_first_appearance(weak: rs.Screener) -> None:
    reordered = [FUNNEL[5], FUNNEL[2], FUNNEL[0]]
    c = weak.screen_conversation(reordered)
    assert c.stages == ("meeting", "pivot", "contact")
    assert c.pivot_rank == 2


def test_messages_from_me_are_context_not_evidence(weak: rs.Screener) -> None:
    mine = [{"sender": "me" if m["sender"] == "them" else "them", "text": m["text"]}
            for m in FUNNEL]
    c = weak.screen_conversation(mine)
    assert c.stages == ()
    assert not c.flagged
    assert c.findings == ()
    # the messages are still screened (for display), one Assessment each
    assert len(c.messages) == len(FUNNEL) and any(a.findings for a in c.messages)


def test_findings_carry_their_message_index_and_original_offsets(weak: rs.Screener) -> None:
    c = weak.screen_conversation(FUNNEL)
    assert c.findings
    for f in c.findings:
        assert f.message_index is not None
        assert FUNNEL[f.message_index]["sender"] == "them"
        text = FUNNEL[f.message_index]["text"]
        assert text[f.start:f.end] == f.excerpt


def test_more_evidence_never_lowers_the_score(weak: rs.Screener) -> None:
    for name in ("rules", "rules+model"):
        assert all(THREAD_WEIGHTS[name][k] >= 0 for k in FEATURES)
    scores = [weak.screen_conversation(FUNNEL[:n]).score for n in range(1, len(FUNNEL) + 1)]
    assert scores == sorted(scores)


def test_the_score_adds_up(weak: rs.Screener) -> None:
    c = weak.screen_conversation(FUNNEL)
    total = c.base_log_odds + math.fsum(v for _, v in c.components)
    assert math.isclose(1 / (1 + math.exp(-total)), c.score, rel_tol=1e-9)
    assert [n for n, _ in c.components] == list(FEATURES)


def test_a_quoted_reply_is_not_counted_twice(weak: rs.Screener) -> None:
    theirs = [m["text"] for m in FUNNEL if m["sender"] == "them"]
    quoted = "Thanks!\n\nOn Tue, 4 Jun 2024 at 10:02, Lee <lee@example.com> wrote:\n" + "\n".join(
        "> " + t for t in theirs)
    plain = weak.screen_conversation([*FUNNEL, {"sender": "them", "text": "Thanks!"}])
    with_quote = weak.screen_conversation([*FUNNEL, {"sender": "them", "text": quoted}])
    assert with_quote.stages == plain.stages
    assert with_quote.score == pytest.approx(plain.score, abs=1e-12)
    assert with_quote.messages[-1].findings == ()
    assert any("quoted" in n for n in with_quote.notes)


def test_a_genuine_quote_of_a_suspicious_message_counts_once(rules_only: rs.Screener) -> None:
    thread = [{"sender": "them", "text": APPROACH}, {"sender": "me", "text": "Who is the client?"}]
    reply = ("I cannot name them yet.\n\nOn Mon, 3 Jun 2024 at 09:00, Kim <kim@example.com> wrote:\n"
             + "\n".join("> " + line for line in APPROACH.split("\n")))
    once = rules_only.screen_conversation([*thread, {"sender": "them", "text": "I cannot name them yet."}])
    quoted = rules_only.screen_conversation([*thread, {"sender": "them", "text": reply}])
    assert quoted.messages[0].flagged and quoted.messages[2].findings == ()
    assert quoted.score == pytest.approx(once.score, abs=1e-12)
    assert len(quoted.findings) == len(once.findings) == len(quoted.messages[0].findings)


APPROACH = ("Let's continue on WeChat, my ID is kx2024.\n"
            "My client pays USD 2,000 for each short report, keep it between us.")

_FAKE_QUOTES = [
    "Thanks!\nOn Mon, Bob wrote:\n{}",
    "Thanks!\nOn Mon, Bob wrote:\n> {}",
    "Thanks!\n\n-----Original Message-----\nFrom: Bob\n{}",
    "Thanks!\n---------- Forwarded message ----------\n{}",
    "Thanks!\n> {}",
]


@pytest.fixture(scope="module")
def rules_only() -> rs.Screener:
    return rs.Screener(model=None)


@pytest.mark.parametrize("template", _FAKE_QUOTES)
def test_a_made_up_quote_does_not_hide_an_approach(rules_only: rs.Screener, template: str) -> None:
    """Text dressed up as a quote of something the thread never said is screened as it stands."""
    approach = "\n> ".join(APPROACH.split("\n")) if "> {}" in template else APPROACH
    text = template.format(approach)
    c = rules_only.screen_conversation([{"sender": "them", "text": "Hello Sam, nice profile."},
                                        {"sender": "them", "text": text}])
    alone = rules_only.screen(APPROACH)
    assert alone.flagged
    assert c.messages[1].flagged and c.flagged
    assert {f.rule_id for f in c.messages[1].findings} >= {f.rule_id for f in alone.findings}
    assert not any("quoted" in n for n in c.notes)
    for f in c.findings:
        assert text[f.start:f.end] == f.excerpt


@pytest.mark.parametrize(
    ("text", "earlier", "kept"),
    [
        ("Sure.\n> add me on telegram\n> thanks", ["Add me on Telegram,  thanks"], ["Sure."]),
        ("Fine by me.\nOn Mon, 3 Jun 2024, Ann <a@example.com> wrote:\nadd me on telegram",
         ["Hi.\nAdd me on Telegram"], ["Fine by me."]),
        ("Fine.\nOn Mon, 3 Jun 2024 at 09:00, a very long name\n<a@example.com> wrote:\nold text",
         ["old text"], ["Fine."]),
        ("Top.\n-----Original Message-----\nFrom: x\nSent: Monday\nadd me on telegram",
         ["add me on telegram"], ["Top."]),
        ("Answer one.\nOn Mon, Ann wrote:\n> question one\nmy answer\n> question two\nanswer two",
         ["question one?", "and question two"], ["Answer one.", "my answer", "answer two"]),
        # a client that re-wraps what it quotes: each line is found inside the earlier message
        ("Yes.\n> we pay well for\n> short reports", ["We pay well for short reports."], ["Yes."]),
        # a quote of a quote
        ("Ok.\n>> add me on telegram", ["Sure.\n> add me on telegram"], ["Ok."]),
    ],
)
def test_mask_quoted_blanks_what_an_earlier_message_said(
    text: str, earlier: list[str], kept: list[str]
) -> None:
    masked, blanked = mask_quoted(text, earlier)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert [ln for ln in masked.split("\n") if ln.strip()] == kept
    assert blanked == sum(len(ln) for ln in text.split("\n")) - sum(len(ln) for ln in kept)


@pytest.mark.parametrize(
    ("text", "earlier", "kept"),
    [
        # nothing earlier: the header and the "quote" stay
        ("Fine.\nOn Mon, Ann wrote:\nadd me on telegram", [],
         ["Fine.", "On Mon, Ann wrote:", "add me on telegram"]),
        # one genuine line quoted, one made up below it: only the genuine one goes
        ("Fine.\nOn Mon, Ann wrote:\n> see you soon\n> add me on telegram", ["See you soon!"],
         ["Fine.", "> add me on telegram"]),
        # an empty quoted line goes with its quote: here nothing is genuine, nothing is blanked
        ("Hi.\n>\n> made up", ["Hello"], ["Hi.", ">", "> made up"]),
        # a word of an earlier message is not a quote of it ("add" is not inside "address")
        ("Hi.\n> add", ["my address"], ["Hi.", "> add"]),
        # a forward header with nothing genuine under it stays, fields included
        ("Hi.\n-----Original Message-----\nSubject: add me on telegram\nnew text", ["old text"],
         ["Hi.", "-----Original Message-----", "Subject: add me on telegram", "new text"]),
    ],
)
def test_mask_quoted_keeps_what_no_earlier_message_said(
    text: str, earlier: list[str], kept: list[str]
) -> None:
    masked, _ = mask_quoted(text, earlier)
    assert len(masked) == len(text)
    assert [ln.strip() for ln in masked.split("\n") if ln.strip()] == kept


def test_text_without_quotes_is_unchanged() -> None:
    text = "Regards, Ann > Bob in chess\nI wrote: nothing"
    assert mask_quoted(text, [text]) == (text, 0)


def test_a_hostile_quote_flood_stays_bounded() -> None:
    """Thousands of "> x" lines against a huge earlier message: bounded work, nothing hidden."""
    import time

    earlier = ["word " * 200_000]
    text = "\n".join(f"> token{i}" for i in range(20_000))
    t0 = time.perf_counter()
    masked, blanked = mask_quoted(text, earlier)
    assert time.perf_counter() - t0 < 10  # generous: a correctness guard, not a benchmark
    assert (masked, blanked) == (text, 0)


def test_messages_may_be_Message_objects_or_strings(weak: rs.Screener) -> None:
    as_dicts = weak.screen_conversation(FUNNEL)
    as_objects = weak.screen_conversation([rs.Message(m["text"], m["sender"]) for m in FUNNEL])  # type: ignore[arg-type]
    assert as_objects.score == as_dicts.score
    assert weak.screen_conversation([FUNNEL[0]["text"]]).senders == ("them",)


def test_bad_input_is_named(weak: rs.Screener) -> None:
    with pytest.raises(InputError, match=r"messages\[1\].*sender"):
        weak.screen_conversation([FUNNEL[0], {"sender": "recruiter", "text": "hi"}])
    with pytest.raises(InputError, match=r"messages\[0\].*text"):
        weak.screen_conversation([{"sender": "them"}])
    with pytest.raises(TypeError):
        weak.screen_conversation("a single string")  # type: ignore[arg-type]


def test_empty_conversation_is_low_with_a_note(weak: rs.Screener) -> None:
    c = weak.screen_conversation([])
    assert c.level == "low" and c.stages == () and c.messages == ()
    assert c.notes


def test_to_dict_is_json_and_explain_reads(weak: rs.Screener) -> None:
    c = weak.screen_conversation(FUNNEL)
    d = json.loads(json.dumps(c.to_dict()))
    assert d["stages"] == list(c.stages) and d["level"] == c.level
    assert [m["sender"] for m in d["messages"]] == [m["sender"] for m in FUNNEL]
    assert "contact \u2192 pivot" in c.explain()


def test_an_honest_recruiter_moving_to_email_and_a_call_is_not_flagged(default: rs.Screener) -> None:
    thread = [
        {"sender": "them", "text": "Hi Sam, I'm a recruiter at Kestrel Software. We're hiring a "
                                   "platform engineer in Leeds, 70-80k. Interested?"},
        {"sender": "me", "text": "Yes, tell me more."},
        {"sender": "them", "text": "Great, could you email your CV to jobs@kestrel.example? "
                                   "Then I'll give you a call on Thursday."},
    ]
    assert not default.screen_conversation(thread).flagged


def test_the_held_out_thread_set_meets_the_bar(default: rs.Screener) -> None:
    """The issue's figures: conversation ROC AUC >= 0.95, at most one benign thread flagged."""
    report = evaluate_threads(default, read_thread_file(ROOT / "data/eval/threads_eval.jsonl"))
    assert report.n >= 40 and report.positives * 2 == report.n
    assert report.auc is not None and report.auc >= 0.95
    assert len(report.benign_flagged) <= 1, (
        f"benign threads flagged: {report.benign_flagged}. If the rules or the model changed, "
        "refit the thread weights on the dev set: python scripts/fit_thread_weights.py")


def test_a_from_address_lets_the_allowlist_apply(tmp_path: Path) -> None:
    path = tmp_path / "weak.toml"
    path.write_text(_weak_pack(), encoding="utf-8")
    trusted = rs.Screener(model=None, rules=rs.RuleSet.from_files(path),
                          allowlist=rs.Allowlist(domains=["kestrel.example"]))
    plain = trusted.screen_conversation(FUNNEL)
    sent = [{**m, "from": "hr@kestrel.example"} for m in FUNNEL]
    allowed = trusted.screen_conversation(sent)
    assert plain.flagged and not allowed.flagged and allowed.findings == ()
    assert any(a.suppressed for a in allowed.messages)


def test_the_shipped_thread_weights_are_those_the_dev_threads_give_today() -> None:
    """Rules or model changed without refitting (python scripts/fit_thread_weights.py) fails here."""
    import importlib.util

    from sklearn.linear_model import LogisticRegression

    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("fit_thread_weights", root / "scripts" / "fit_thread_weights.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    threads = [t for t in read_thread_file(root / "data" / "threads" / "threads_dev.jsonl") if t.error is None]
    for name, screener in (("rules", rs.Screener(model=None)), ("rules+model", rs.Screener())):
        fitted = script._fit(screener, threads, LogisticRegression)
        stale = {k: (THREAD_WEIGHTS[name][k], round(v, 4)) for k, v in fitted.items()
                 if abs(THREAD_WEIGHTS[name][k] - v) > 2e-3}
        assert not stale, f"{name}: shipped vs refitted weights differ: {stale}; run scripts/fit_thread_weights.py"
