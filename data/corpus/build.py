"""Assemble the English training corpus from the hand-written bodies.

    python data/corpus/build.py            # writes data/corpus/en.jsonl

The bodies in raw/suspicious.jsonl and raw/benign.jsonl were written without greetings or
sign-offs. This script wraps each body in a greeting and a sign-off drawn from ONE shared pool,
chosen by the message's register (chat, inmail, email) and a seeded random generator, never by
its label, so that boilerplate cannot tell the classes apart (tests/test_corpus.py proves it).
It then splits train/test BY FAMILY: about a quarter of each class's families, picked with a
fixed seed, go to the test split; no family has messages on both sides.

MORE_AUTHORS lists files of families by further authors (each wrote both classes), written later
and never read by the rule authors. Each file has its own seeded generator (so earlier rows keep
their wrapping and split); 30% of each class's families go to "test" and the rest to "calib":
the classifier trains on them, and the step combining it with the rules is fitted on them (see
scripts/build_model.py).

French and Chinese (OTHER_LANGUAGES, written by the engineer who wrote fr.toml and zh.toml, from
templates in raw/fr_source.py and raw/zh_source.py) are wrapped with greetings and sign-offs in
their own language, from pools shared by both classes, and split by family the same way (25% of
each class's families to "test"); they go to fr.jsonl and zh.jsonl. OTHER_MORE_AUTHORS are French and
Chinese families by further authors who never read the rule packs (raw/fr_author{2,...,7}_source.py, raw/zh_author{2,...,6}_source.py);
like MORE_AUTHORS, each file has its own seeded generator and 30% of each
class's families go to "test", the rest to "calib". Every row has a "lang" field and an
"author" field: the raw file it comes from (the first two English authors wrote suspicious.jsonl and
benign.jsonl, one class each).
Train on all three languages with the rows of en.jsonl, fr.jsonl and zh.jsonl together.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261121
TEST_SHARE = 0.25
MORE_TEST_SHARE = 0.3
MORE_AUTHORS = (
    "en_more.jsonl", "en_author3.jsonl", "en_author4.jsonl", "en_author5.jsonl", "en_author6.jsonl", "en_author7.jsonl",
    "en_author8.jsonl", "en_author9.jsonl", "en_author10.jsonl", "en_author11.jsonl", "en_author12.jsonl",
    "en_author13.jsonl", "en_author14.jsonl", "en_author15.jsonl", "en_author16.jsonl", "en_author17.jsonl",
    "en_author18.jsonl", "en_author19.jsonl", "en_author20.jsonl", "en_author21.jsonl", "en_author22.jsonl",
    "en_author23.jsonl", "en_author24.jsonl", "en_author25.jsonl", "en_author26.jsonl", "en_author27.jsonl",
    "en_author28.jsonl",
)
OTHER_LANGUAGES = {"fr": "fr_messages.jsonl", "zh": "zh_messages.jsonl"}
OTHER_MORE_AUTHORS = {
    "fr": ("fr_author2.jsonl", "fr_author3.jsonl", "fr_author4.jsonl", "fr_author5.jsonl", "fr_author6.jsonl", "fr_author7.jsonl",
           "fr_author8.jsonl", "fr_author9.jsonl"),
    "zh": ("zh_author2.jsonl", "zh_author3.jsonl", "zh_author4.jsonl", "zh_author5.jsonl", "zh_author6.jsonl", "zh_author7.jsonl",
           "zh_author8.jsonl", "zh_author9.jsonl"),
}

NAMES = [
    "Alex", "Priya", "Daniel", "Mei", "Olusegun", "Sofia", "Tomasz", "Aisha", "Kenji", "Laura",
    "Mohammed", "Chloe", "Rafael", "Anika", "Liam", "Yuki", "Fatima", "Jonas", "Grace", "Arjun",
    "Elena", "Wei", "Nadia", "Patrick", "Hana", "Marcus", "Ines", "Samuel", "Leila", "Owen",
]  # fmt: skip
SURNAMES = [
    "Nguyen", "Okafor", "Schmidt", "Patel", "Kowalski", "Tremblay", "Garcia", "Haddad", "Sato",
    "Murphy", "Li", "Andersson", "Rossi", "Mensah", "Dubois", "Chen", "Novak", "Costa", "Ivanova",
]  # fmt: skip
TITLES = [
    "Talent Partner", "Senior Consultant", "Research Director", "Programme Manager", "Associate",
    "Head of Partnerships", "Project Lead", "Recruitment Consultant", "Analyst", "Coordinator", "",
]  # fmt: skip

GREETINGS = {
    "email": ["Dear {n},", "Hi {n},", "Hello {n},", "Good morning {n},", "Good afternoon {n},",
              "{n},", "Dear Dr. {s},", "Dear Ms. {s},", "Dear Mr. {s},", "Hi there,", ""],
    "inmail": ["Hi {n},", "Hello {n},", "Hi {n}!", "Hey {n},", "Dear {n},", "Good day {n},",
               "Greetings {n},", "Hello,", ""],
    "chat": ["", "", "", "", "hi", "hey", "Hi {n}", "hello", "Hey {n}!", "morning"],
}  # fmt: skip
SIGNOFFS = {
    "email": ["Best regards,\n{sn}", "Kind regards,\n{sn}\n{t}", "Thanks,\n{sn}", "Best,\n{f}",
              "Sincerely,\n{sn}\n{t}", "Cheers,\n{f}", "Warm regards,\n{sn}", "Regards,\n{f}",
              "Many thanks,\n{sn}\n{t}", "{f}"],
    "inmail": ["Best,\n{f}", "Thanks!\n{f}", "Regards,\n{sn}", "{f}", "Cheers,\n{f}",
               "Looking forward to hearing from you.\n{f}", "Kind regards,\n{sn}", ""],
    "chat": ["", "", "", "", "", "thx", "cheers", "ok?", "ttyl", "thanks"],
}  # fmt: skip


# French and Chinese boilerplate, shared by both classes like the English pools above.
FR_GREETINGS = {
    "email": ["Bonjour {n},", "Bonjour M. {s},", "Bonjour Mme {s},", "Madame, Monsieur,", "Bonsoir {n},", "{n},", ""],
    "inmail": ["Bonjour {n},", "Salut {n},", "Bonjour,", "Allô {n}!", ""],
    "chat": ["", "", "", "salut", "allô", "coucou", "Salut {n}"],
}  # fmt: skip
FR_SIGNOFFS = {
    "email": ["Cordialement,\n{sn}", "Bien à vous,\n{sn}\n{t}", "Merci,\n{f}", "Au plaisir,\n{f}", "{f}"],
    "inmail": ["Bonne journée,\n{f}", "Merci!\n{f}", "Au plaisir,\n{sn}", ""],
    "chat": ["", "", "", "merci", "bye", "à+"],
}  # fmt: skip
ZH_GREETINGS = {
    "email": ["{s}先生您好：", "{s}女士您好：", "您好：", "尊敬的{s}老师：", ""],
    "inmail": ["您好，", "{s}老师好，", "你好！", ""],
    "chat": ["", "", "", "哈喽", "在不", "早"],
}  # fmt: skip
ZH_SIGNOFFS = {
    "email": ["此致\n敬礼\n{sn}", "祝好！\n{sn}", "谢谢！\n{f}", "{sn}"],
    "inmail": ["期待您的回复。", "祝好，{f}", ""],
    "chat": ["", "", "", "好的", "谢啦", "回头聊"],
}  # fmt: skip
ZH_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"]
BOILERPLATE = {"fr": (FR_GREETINGS, FR_SIGNOFFS, SURNAMES), "zh": (ZH_GREETINGS, ZH_SIGNOFFS, ZH_SURNAMES)}


REGISTER_POOLS = {
    "sms": "chat", "texto": "chat", "chat_export": "bare", "transcript": "bare", "voice_note": "bare",
}
"""Writers' own register names that need other than the e-mail pools, which every unknown name
(long_email, short_email, notice, ...) gets: text messages take the chat pools, and a chat export or
a voice-note transcript takes nothing (it has its own timestamps and speakers). Until session 9 these
fell to the e-mail pools, so some text messages carried an e-mail greeting and signature."""


def wrap(body: str, register: str, rng: random.Random, lang: str = "en") -> tuple[str, str, str]:
    """The message with a greeting and a sign-off from the shared pool (and both separately)."""
    greetings, signoffs, surnames = BOILERPLATE.get(lang, (GREETINGS, SIGNOFFS, SURNAMES))
    pool = REGISTER_POOLS.get(register, register)
    reg = "chat" if pool == "bare" else pool if pool in greetings else "email"
    first, surname, title = rng.choice(NAMES), rng.choice(surnames), rng.choice(TITLES)
    sender = f"{rng.choice(NAMES)} {rng.choice(surnames)}"
    greeting = rng.choice(greetings[reg]).format(n=first, s=surname)
    signoff = rng.choice(signoffs[reg]).format(sn=sender, f=sender.split()[0], t=title).strip()
    if pool == "bare":  # the random draws above still happen, so later rows keep theirs
        greeting = signoff = ""
    sep = " " if reg == "chat" else "\n\n"
    parts = [p for p in (greeting, body.strip(), signoff) if p]
    return sep.join(parts), greeting, signoff


def load(name: str) -> list[dict]:
    """The rows of ``raw/name``, each marked with its author (the file's stem)."""
    path = HERE / "raw" / name
    return [{**json.loads(x), "author": path.stem} for x in path.read_text("utf-8").splitlines() if x.strip()]


def build() -> list[dict]:
    out = wrapped(load("suspicious.jsonl") + load("benign.jsonl"), SEED, TEST_SHARE, "train")
    for k, name in enumerate(MORE_AUTHORS, start=1):
        out += wrapped(load(name), SEED + k, MORE_TEST_SHARE, "calib")
    return out


def wrapped(rows: list[dict], seed: int, test_share: float, rest: str) -> list[dict]:
    """Rows with greetings and sign-offs, split by family into "test" and ``rest``."""
    rng = random.Random(seed)
    test_families: set[str] = set()
    for label in (0, 1):
        fams = sorted({r["family"] for r in rows if r["label"] == label})
        rng.shuffle(fams)
        test_families.update(fams[: round(len(fams) * test_share)])
    out = []
    for r in rows:
        text, greeting, signoff = wrap(r["text"], r.get("register", "email"), rng, r.get("lang", "en"))
        out.append({
            "id": r["id"],
            "text": text,
            "label": int(r["label"]),
            "family": r["family"],
            "kind": r.get("kind", ""),
            "categories": r.get("categories", []),
            "stage": r.get("stage", "none"),
            "subtle": r.get("subtlety") == "subtle",
            "lookalike": bool(r.get("lookalike", False)),
            "register": r.get("register", "email"),
            "greeting": greeting,
            "signoff": signoff,
            "split": "test" if r["family"] in test_families else rest,
            "lang": r.get("lang", "en"),
            "author": r["author"],
        })
    return out


def main() -> None:
    rows = build()
    path = HERE / "en.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for split in ("train", "calib", "test"):
        part = [r for r in rows if r["split"] == split]
        pos = sum(r["label"] for r in part)
        fams = len({r["family"] for r in part})
        print(f"{split:<5} {len(part):>5} messages ({pos} suspicious, {len(part) - pos} benign), "
              f"{fams} families")
    print(f"wrote {path}")
    for k, (lang, name) in enumerate(OTHER_LANGUAGES.items(), start=100):
        other = wrapped(load(name), SEED + k, TEST_SHARE, "train")
        for j, more in enumerate(OTHER_MORE_AUTHORS.get(lang, ()), start=1):
            other += wrapped(load(more), SEED + k + 10 * j, MORE_TEST_SHARE, "calib")
        out_path = HERE / f"{lang}.jsonl"
        with out_path.open("w", encoding="utf-8") as fh:
            for r in other:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        for split in ("train", "calib", "test"):
            part = [r for r in other if r["split"] == split]
            pos = sum(r["label"] for r in part)
            print(f"{lang} {split:<5} {len(part):>4} messages ({pos} suspicious, {len(part) - pos} benign), "
                  f"{len({r['family'] for r in part})} families")
        print(f"wrote {out_path}")


if __name__ == "__main__":
    main()
