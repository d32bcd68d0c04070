"""A self-contained HTML report, and redaction of evidence for sharing.

The report is one file with no external resources (it opens offline): summary counts,
conversations sorted by risk, every message with its evidence in ``<mark>`` and the explanation
and advice beside it, and a filter by level (a few lines of inline JavaScript). Every piece of
text that comes from a message, a file name or a finding goes through :func:`html.escape`; a
Content-Security-Policy allows no resource but the report's own style and its one script (by
hash), so even markup that escaped the escaping could not load or run anything.

**Redaction** (``--redact``) replaces the words of each piece of evidence by its category, in
the excerpts, in the one-line reasons, in the notes that quote the text, and in the message
text of the HTML report (``[off_platform]`` instead of "WeChat"). What is kept: the rule ids,
categories, stages, scores and contributions, and the ``start``/``end`` offsets, which still
index the *original* message, so whoever holds the original can find the words. The
classifier's explanation names words from the text, so it is reduced to its probability.
The rest of the message text (names, greetings) stays in the HTML report: redaction hides the
evidence, it does not anonymise a message.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .types import LEVELS, Assessment, ConversationAssessment, Finding, Suppression

__all__ = ["ReportItem", "redact_assessment", "redact_conversation", "redact_text", "render_report"]

_QUOTED = re.compile("\u201c[^\u201d]{0,2000}\u201d")


def _redact_finding(f: Finding) -> Finding:
    if f.category == "model":
        return replace(f, excerpt="[model]",
                       explanation="The trained classifier's share (its terms are withheld: "
                                   "the report is redacted).")
    return replace(f, excerpt=f"[{f.category}]")


def _redact_note(note: str) -> str:
    return _QUOTED.sub("\u201c[redacted]\u201d", note)


def redact_assessment(a: Assessment) -> Assessment:
    """The assessment with every excerpt replaced by its category (offsets kept)."""
    return replace(
        a,
        findings=tuple(_redact_finding(f) for f in a.findings),
        suppressed=tuple(Suppression(_redact_finding(s.finding), _redact_note(s.reason))
                         for s in a.suppressed),
        notes=tuple(_redact_note(n) for n in a.notes),
    )


def redact_conversation(c: ConversationAssessment) -> ConversationAssessment:
    """The conversation with every excerpt, in every message, replaced by its category."""
    return replace(
        c,
        messages=tuple(redact_assessment(a) for a in c.messages),
        findings=tuple(_redact_finding(f) for f in c.findings),
        notes=tuple(_redact_note(n) for n in c.notes),
    )


def _spans(findings: Sequence[Finding], length: int) -> list[tuple[int, int, list[Finding]]]:
    """Non-overlapping ``(start, end, findings)`` spans of the rule evidence, overlaps merged.

    The classifier's finding points at one word it weighed; it is listed beside the message
    but not marked in it.
    """
    items = sorted((f for f in findings
                    if f.category != "model" and f.contribution > 0 and 0 <= f.start < f.end <= length),
                   key=lambda f: (f.start, -f.end))
    out: list[tuple[int, int, list[Finding]]] = []
    for f in items:
        if out and f.start < out[-1][1]:
            s, e, fs = out[-1]
            out[-1] = (s, max(e, f.end), [*fs, f])
        else:
            out.append((f.start, f.end, [f]))
    return out


def redact_text(text: str, findings: Sequence[Finding]) -> str:
    """``text`` with the words of each finding replaced by ``[category]``."""
    out: list[str] = []
    pos = 0
    for start, end, fs in _spans(findings, len(text)):
        out.append(text[pos:start])
        out.append("[" + "/".join(dict.fromkeys(f.category for f in fs)) + "]")
        pos = end
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True, slots=True)
class ReportItem:
    """One conversation of the report (a single message is a conversation of one).

    ``texts`` are the message texts (``None`` for a row that could not be read), ``sources``
    where each came from, ``errors`` what went wrong with an unreadable row.
    """

    id: str
    texts: tuple[str | None, ...]
    sources: tuple[str, ...]
    senders: tuple[str, ...]
    assessments: tuple[Assessment | None, ...]
    conversation: ConversationAssessment | None = None
    errors: tuple[str | None, ...] = ()
    times: tuple[str | None, ...] = ()

    @property
    def score(self) -> float:
        if self.conversation is not None:
            return self.conversation.score
        return max((a.score for a in self.assessments if a is not None), default=-1.0)

    @property
    def level(self) -> str:
        if self.conversation is not None:
            return self.conversation.level
        known = [a.level for a in self.assessments if a is not None]
        return max(known, key=LEVELS.index) if known else "error"


_E = html.escape

_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:72rem;
padding:1rem 1.5rem;color:#1d232a;background:#fafafa}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.1rem;margin:0 0 .3rem}
.summary{display:flex;gap:1rem;flex-wrap:wrap;margin:.6rem 0}
.count{background:#fff;border:1px solid #d6dbe0;border-radius:.4rem;padding:.4rem .8rem}
.count b{font-size:1.3rem;display:block}
#filter{margin:.6rem 0 1rem}#filter label{margin-right:1rem;cursor:pointer}
section.conv{background:#fff;border:1px solid #d6dbe0;border-left:6px solid #7a8a99;border-radius:.4rem;
margin:0 0 1rem;padding:.8rem 1rem}
section.level-high{border-left-color:#c62828}section.level-medium{border-left-color:#ef8f00}
section.level-low{border-left-color:#2e7d32}section.level-error{border-left-color:#555}
.badge{display:inline-block;border-radius:.3rem;padding:0 .45rem;color:#fff;font-size:.8rem;
font-weight:600;text-transform:uppercase;background:#7a8a99}
.badge.high{background:#c62828}.badge.medium{background:#b26a00}.badge.low{background:#2e7d32}
.stages{color:#4a5560;font-size:.9rem;margin:.1rem 0 .5rem}
ol.msgs{list-style:none;margin:0;padding:0}
li.msg{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;border-top:1px solid #eceff1;
padding:.6rem 0}
li.msg.me .text{background:#f3f6f9}
.meta{color:#5c6670;font-size:.8rem;margin-bottom:.2rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;padding:.3rem .5rem;border-radius:.3rem}
mark{background:#ffe08a;padding:0 .1em;border-radius:.15em}
aside ul{margin:0;padding-left:1.1rem;font-size:.9rem}aside li{margin-bottom:.35rem}
.advice{color:#33506b}.note{color:#5c6670;font-size:.85rem}
.error{color:#8b1a1a}
footer{color:#5c6670;font-size:.8rem;margin-top:2rem}
"""

_SCRIPT = """
(function(){
  var boxes=document.querySelectorAll('#filter input[data-level]');
  function apply(){
    var on={};
    for(var i=0;i<boxes.length;i++){on[boxes[i].getAttribute('data-level')]=boxes[i].checked;}
    var secs=document.querySelectorAll('section.conv');
    var shown=0;
    for(var j=0;j<secs.length;j++){
      var vis=!!on[secs[j].getAttribute('data-level')];
      secs[j].hidden=!vis; if(vis){shown++;}
    }
    document.getElementById('shown').textContent=String(shown);
  }
  for(var k=0;k<boxes.length;k++){boxes[k].addEventListener('change',apply);}
  apply();
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
    return (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


def _marked(text: str, findings: Sequence[Finding], redact: bool) -> str:
    out: list[str] = []
    pos = 0
    for start, end, fs in _spans(findings, len(text)):
        out.append(_E(text[pos:start]))
        cats = "/".join(dict.fromkeys(f.category for f in fs))
        title = "; ".join(f"{f.category}: {f.explanation}" for f in fs)
        words = f"[{cats}]" if redact else text[start:end]
        out.append(f'<mark data-category="{_E(cats)}" title="{_E(title)}">{_E(words)}</mark>')
        pos = end
    out.append(_E(text[pos:]))
    return "".join(out)


def _evidence(a: Assessment) -> str:
    items: list[str] = []
    for f in a.findings:
        advice = f'<div class="advice">Advice: {_E(f.advice)}</div>' if f.advice else ""
        items.append(
            f'<li><b>{_E(f.category)}</b> <code>{_E(f.rule_id)}</code> '
            f'\u201c{_E(" ".join(f.excerpt.split()))}\u201d ({f.contribution:+.2f})'
            f"<div>{_E(f.explanation)}</div>{advice}</li>"
        )
    for s in a.suppressed:
        items.append(f'<li class="note">not counted: {_E(s.finding.category)} '
                     f'\u201c{_E(" ".join(s.finding.excerpt.split()))}\u201d ({_E(s.reason)})</li>')
    for note in a.notes:
        items.append(f'<li class="note">note: {_E(note)}</li>')
    if not items:
        return '<p class="note">No warning signs in this message.</p>'
    return "<ul>" + "".join(items) + "</ul>"


def _message(item: ReportItem, i: int, redact: bool) -> str:
    sender = item.senders[i] if i < len(item.senders) else "them"
    a = item.assessments[i]
    text = item.texts[i]
    time = item.times[i] if i < len(item.times) else None
    meta = [f"#{i + 1}", "me" if sender == "me" else "them", item.sources[i]]
    if time:
        meta.append(time)
    err = item.errors[i] if i < len(item.errors) else None
    if a is None or text is None:
        body = f'<div class="text error">could not be read: {_E(err or "unknown error")}</div>'
        return (f'<li class="msg {sender}"><div><div class="meta">{_E(" · ".join(meta))}</div>'
                f"{body}</div><aside></aside></li>")
    meta.append(f"{a.level} {a.score:.2f}")
    if sender == "me":
        meta.append("context only, not counted")
    return (
        f'<li class="msg {sender} level-{a.level}"><div><div class="meta">{_E(" · ".join(meta))}'
        f'</div><div class="text">{_marked(text, a.findings, redact)}</div></div>'
        f"<aside>{_evidence(a)}</aside></li>"
    )


def _conversation(item: ReportItem, redact: bool) -> str:
    level = item.level
    head_score = f"{item.score:.2f}" if item.score >= 0 else "n/a"
    lines = [f'<section class="conv level-{_E(level)}" data-level="{_E(level)}">',
             f'<h2><span class="badge {_E(level)}">{_E(level)}</span> {_E(item.id)} '
             f'<small>score {head_score} · {len(item.texts)} message(s)</small></h2>']
    c = item.conversation
    if c is not None:
        stages = " \u2192 ".join(c.stages) if c.stages else "none seen"
        extra = f"; off-platform move in their message no. {c.pivot_rank}" if c.pivot_rank else ""
        lines.append(f'<p class="stages">Funnel stages, in order: {_E(stages)}{_E(extra)}</p>')
        for note in c.notes:
            lines.append(f'<p class="note">note: {_E(note)}</p>')
    lines.append('<ol class="msgs">')
    lines.extend(_message(item, i, redact) for i in range(len(item.texts)))
    lines.append("</ol></section>")
    return "\n".join(lines)


def render_report(items: Sequence[ReportItem], *, title: str = "recruitscreen report",
                  redact: bool = False, sources: Sequence[str] = ()) -> str:
    """The whole report as one HTML document (a ``str``; write it as UTF-8).

    ``items`` are shown most risky first. With ``redact`` the evidence words are replaced by
    their categories (pass redacted assessments too, so excerpts and notes match).
    """
    ordered = sorted(items, key=lambda it: (-it.score, it.id))
    levels: Counter[str] = Counter(it.level for it in ordered)
    n_messages = sum(len(it.texts) for it in ordered)
    msg_levels: Counter[str] = Counter(
        a.level for it in ordered for a in it.assessments if a is not None)
    unreadable = sum(1 for it in ordered for a in it.assessments if a is None)
    counts = [("conversations", len(ordered)), ("messages", n_messages),
              ("high", levels["high"]), ("medium", levels["medium"]), ("low", levels["low"]),
              ("unreadable rows", unreadable)]
    summary = "".join(f'<div class="count"><b>{n}</b>{_E(label)}</div>' for label, n in counts)
    boxes = "".join(
        f'<label><input type="checkbox" data-level="{lv}" checked> {lv} '
        f"({levels[lv]})</label>" for lv in (*reversed(LEVELS), "error") if lv != "error" or levels[lv]
    )
    body = "\n".join(_conversation(it, redact) for it in ordered)
    src = ", ".join(sources)
    red = " Evidence is redacted: each piece is replaced by its category." if redact else ""
    per_message = ", ".join(f"{msg_levels[lv]} {lv}" for lv in reversed(LEVELS))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_E(_csp())}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_E(title)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>{_E(title)}</h1>
<p class="note">Screened: {_E(src) or "(no files)"}. Conversations are listed most risky first; per
message: {_E(per_message)}.{_E(red)} Medium and high mean flagged; read the evidence before acting.</p>
<div class="summary">{summary}</div>
<div id="filter">Show: {boxes} <span class="note">(<span id="shown">{len(ordered)}</span> shown)</span></div>
{body}
<footer>Made by recruitscreen. Offline report: it loads nothing from the network.</footer>
<script>{_SCRIPT}</script>
</body>
</html>
"""

