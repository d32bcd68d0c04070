"""Shared machinery of fr_source.py and zh_source.py: families of slot templates -> rows.

Each template is instantiated ``per_template`` times with slots drawn from ``pools`` and an
opener and a closer drawn from pools that BOTH classes share (so they vary the wording without
telling the classes apart); identical results are kept once.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

Template = tuple[str, str, str]  # (stage, categories separated by spaces, text with {slots})
Family = tuple[str, int, str, str, bool, list[Template]]  # id, label, kind, register, lookalike


class Families(list[Family]):
    """The families of one language, in the order they are written."""

    def add(self, family: str, label: int, kind: str, register: str, lookalike: bool, templates: list[Template]) -> None:
        """A family: (stage, categories separated by spaces, template) for each message template."""
        self.append((family, label, kind, register, lookalike, templates))


def build(
    families: list[Family],
    pools: dict[str, list[str]],
    openers: list[str],
    closers: list[str],
    lang: str,
    seed: int,
    per_template: int,
) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    for family, label, kind, register, lookalike, templates in families:
        seen: set[str] = set()
        for stage, cats, template in templates:
            for _ in range(per_template):
                body = template.format(**{k: rng.choice(v) for k, v in pools.items()})
                text = rng.choice(openers) + body + rng.choice(closers)
                if text in seen:
                    continue
                seen.add(text)
                rows.append({
                    "id": f"{family}-{len(seen):02d}",
                    "text": text,
                    "label": label,
                    "family": family,
                    "kind": kind,
                    "categories": cats.split(),
                    "stage": stage,
                    "subtlety": "overt",
                    "register": register,
                    "lookalike": lookalike,
                    "lang": lang,
                })
    return rows


def write(rows: list[dict[str, object]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path.name}: {len(rows)} messages, {sum(1 for r in rows if r['label'] == 1)} suspicious")
