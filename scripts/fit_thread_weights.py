"""Fit the conversation weights on the thread development set and write them into the package.

    python scripts/fit_thread_weights.py [data/threads/threads_dev.jsonl] [--dry-run]

Two sets of weights are fitted: one for a rules-only screener, one for rules + the shipped
classifier (their per-message scores are spread differently). A logistic regression (scikit-learn, L2, C=1) is
fitted on the four thread features, a benign thread weighing twice a suspicious one (a screen
that cries wolf on honest recruiters is not used); a feature whose weight comes out negative is dropped and
the fit repeated, so that more evidence never lowers a thread's score. The weights go into
``recruitscreen/conversation.py`` as plain numbers. The evaluation set
(``data/eval/threads_eval.jsonl``) is never read here.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recruitscreen.conversation import FEATURES, screen_messages, thread_features  # noqa: E402
from recruitscreen.io.threads import read_thread_file  # noqa: E402
from recruitscreen.screener import Screener  # noqa: E402


def _fit(screener: Screener, threads: list[Any], lr: Any) -> dict[str, float]:
    X: list[list[float]] = []
    y: list[int] = []
    for t in threads:
        senders = [m.sender for m in t.messages]
        assessments, _ = screen_messages(screener, t.messages)  # as screen_conversation does
        X.append(thread_features(senders, assessments).vector())
        y.append(int(t.label or 0))
    keep = list(range(len(FEATURES)))
    while True:
        clf = lr(C=1.0, max_iter=1000, class_weight={0: 2.0, 1: 1.0})
        clf.fit([[row[j] for j in keep] for row in X], y)
        coefs = list(clf.coef_[0])
        negative = [keep[k] for k, c in enumerate(coefs) if c < 0]
        if not negative:
            break
        keep = [j for j in keep if j not in negative]
    weights = {"bias": float(clf.intercept_[0])}
    for j, name in enumerate(FEATURES):
        weights[name] = float(coefs[keep.index(j)]) if j in keep else 0.0
    return weights


def main(argv: list[str]) -> int:
    dry = "--dry-run" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else ROOT / "data" / "threads" / "threads_dev.jsonl"
    if "eval" in path.name:
        print("refusing to fit on an evaluation file", file=sys.stderr)
        return 2
    from sklearn.linear_model import LogisticRegression

    threads = [t for t in read_thread_file(path) if t.error is None]
    fitted = {name: _fit(screener, threads, LogisticRegression)
              for name, screener in (("rules", Screener(model=None)), ("rules+model", Screener()))}
    for name, weights in fitted.items():
        print(f"{name}, fitted on {len(threads)} dev threads:")
        for k, v in weights.items():
            print(f"  {k:<13} {v:+.4f}")
    if dry:
        return 0
    target = ROOT / "recruitscreen" / "conversation.py"
    src = target.read_text(encoding="utf-8")
    block = "THREAD_WEIGHTS: dict[str, dict[str, float]] = {\n" + "".join(
        f'    "{name}": {{' + ", ".join(f'"{k}": {round(v, 4)!r}' for k, v in w.items()) + "},\n"
        for name, w in fitted.items()) + "}\n"
    new, n = re.subn(r"THREAD_WEIGHTS: dict\[str, dict\[str, float\]\] = \{\n.*?\n\}\n",
                     lambda _: block, src,
                     count=1, flags=re.DOTALL)
    if n != 1:
        print(f"{target}: cannot find the THREAD_WEIGHTS block", file=sys.stderr)
        return 1
    target.write_text(new, encoding="utf-8")
    print(f"wrote the weights into {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
