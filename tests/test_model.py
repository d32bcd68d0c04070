"""The classifier: exact agreement with scikit-learn, safe loading, reproducible training."""

from __future__ import annotations

import json
import math
import pickle
import zipfile
from pathlib import Path

import pytest

import recruitscreen as rs
from recruitscreen.model import load_model, read_model_bytes, write_model
from recruitscreen.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus" / "en.jsonl"


def _rows(n: int | None = None) -> list[dict]:
    rows = [json.loads(x) for x in CORPUS.read_text("utf-8").splitlines() if x.strip()]
    if n is None:
        return rows
    pos = [r for r in rows if r["label"] == 1][: n // 2]
    neg = [r for r in rows if r["label"] == 0][: n // 2]
    return pos + neg


@pytest.fixture(scope="module")
def small_spec() -> dict:
    from recruitscreen.train import train_model

    rows = _rows(300)
    return train_model([r["text"] for r in rows], [r["label"] for r in rows],
                       [r["family"] for r in rows], folds=3)


def test_pure_python_prediction_equals_scikit_learn(small_spec: dict) -> None:
    """Our re-implementation of the TF-IDF analyzers gives scikit-learn's decision values."""
    from recruitscreen.train import build_pipeline

    rows = _rows(300)
    norm = [normalize(r["text"]).text for r in rows]
    pipe = build_pipeline(0).fit(norm, [r["label"] for r in rows])
    model = rs.model.LinearTextModel(small_spec)
    probe = [normalize(r["text"]).text for r in _rows()[-40:]] + ["", "a", "x y z  \n\t w"]
    expected = pipe.decision_function(probe)
    for text, want in zip(probe, expected, strict=True):
        got, _ = model.decision(text)
        assert got == pytest.approx(float(want), abs=1e-6)


_CHINESE = [
    ("加我微信，我的客户愿意为一份内部报告付报酬。", 1),
    ("别跟单位说，来上海见面，机票我们出。", 1),
    ("妈妈问你春节回不回家，记得加我微信发照片。", 0),
    ("公司年会在周五，请大家准时参加。", 0),
] * 3


def test_chinese_is_read_character_by_character_and_matches_scikit_learn(tmp_path: Path) -> None:
    """Han characters are words of their own, and the pure-Python model agrees with scikit-learn
    on Chinese and on Chinese glued to Latin letters."""
    import re

    from recruitscreen.train import TOKEN_PATTERN, build_pipeline, train_model

    assert re.findall(TOKEN_PATTERN, "加我微信abc def 報告") == ["加", "我", "微", "信", "abc", "def", "報", "告"]
    rows = _rows(120)
    texts = [r["text"] for r in rows] + [t for t, _ in _CHINESE]
    labels = [r["label"] for r in rows] + [y for _, y in _CHINESE]
    groups = [r["family"] for r in rows] + [f"zh{i % 4}" for i in range(len(_CHINESE))]
    spec = train_model(texts, labels, groups, folds=3)
    model = rs.model.LinearTextModel(spec)
    pipe = build_pipeline(0).fit([normalize(t).text for t in texts], labels)
    assert any("微 信" in term for term in pipe.named_steps["features"].get_feature_names_out())
    probe = [normalize(t).text for t in ("请加我微信wx123，报告有报酬。", "春节回家吗", "no chinese")]
    for text, want in zip(probe, pipe.decision_function(probe), strict=True):
        got, _ = model.decision(text)
        assert got == pytest.approx(float(want), abs=1e-6)


def test_training_twice_gives_the_same_file(small_spec: dict, tmp_path: Path) -> None:
    from recruitscreen.train import train_model

    rows = _rows(300)
    again = train_model([r["text"] for r in rows], [r["label"] for r in rows],
                        [r["family"] for r in rows], folds=3)
    assert write_model(small_spec, tmp_path / "a.rsmodel") == write_model(again, tmp_path / "b.rsmodel")


def test_a_trained_model_screens_and_explains(small_spec: dict, tmp_path: Path) -> None:
    path = tmp_path / "m.rsmodel"
    write_model(small_spec, path)
    s = rs.Screener(model=path)
    text = "Add me on WeChat, my client pays well for a short report on internal plans."
    a = s.screen(text)
    assert a.model_probability is not None and 0 <= a.model_probability <= 1
    (mf,) = [f for f in a.findings if f.category == "model"]
    assert mf.rule_id == "model.classifier" and "classifier" in mf.explanation
    assert text[mf.start : mf.end] == mf.excerpt
    total = a.base_log_odds + math.fsum(f.contribution for f in a.findings)
    assert 1 / (1 + math.exp(-total)) == pytest.approx(a.score, rel=1e-12)
    assert total == pytest.approx(a.log_odds)


class _Boom:
    """Unpickling this object writes a file: the proof that a pickle runs code."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (Path(self.marker).write_text, ("pwned",))


def test_a_pickle_is_refused_and_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "marker.txt"
    for name in ("evil.pkl", "evil.rsmodel", "evil.joblib"):
        path = tmp_path / name
        path.write_bytes(pickle.dumps(_Boom(str(marker))))
        with pytest.raises(rs.ModelError, match="pickle"):
            rs.Screener(model=path)
        assert not marker.exists()


def test_a_trusted_pickle_is_loaded(tmp_path: Path) -> None:
    import joblib

    from recruitscreen.train import build_pipeline

    rows = _rows(100)
    pipe = build_pipeline(0).fit([normalize(r["text"]).text for r in rows], [r["label"] for r in rows])
    path = tmp_path / "mine.joblib"
    joblib.dump(pipe, path)
    a = rs.Screener(model=path, trusted=True).screen("Add me on WeChat for paid reports")
    assert a.model_probability is not None


@pytest.mark.parametrize(
    ("payload", "match"),
    [
        (b"PK\x03\x04 not really a zip", "corrupt"),
        (b"plain text", "not a recruitscreen model"),
    ],
)
def test_corrupt_files_raise_model_error(tmp_path: Path, payload: bytes, match: str) -> None:
    path = tmp_path / "bad.rsmodel"
    path.write_bytes(payload)
    with pytest.raises(rs.ModelError, match=match):
        load_model(path)


def test_version_mismatch_says_what_to_do(small_spec: dict, tmp_path: Path) -> None:
    spec = dict(small_spec, format_version=99)
    path = tmp_path / "future.rsmodel"
    write_model(spec, path)
    with pytest.raises(rs.ModelError, match="retrain it"):
        load_model(path)
    broken = {k: v for k, v in small_spec.items() if k != "combiner"}
    write_model(broken, path)
    with pytest.raises(rs.ModelError, match="incomplete or malformed"):
        load_model(path)


def test_missing_model_json_in_zip(tmp_path: Path) -> None:
    path = tmp_path / "empty.rsmodel"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("other.txt", "x")
    with pytest.raises(rs.ModelError, match=r"no model\.json"):
        read_model_bytes(path.read_bytes(), str(path))


def test_shipped_model_is_pinned_and_verified(tmp_path: Path) -> None:
    from recruitscreen.model import shipped_model_path
    from recruitscreen.models import SHIPPED_SHA256

    path = shipped_model_path()
    assert path.exists() and len(SHIPPED_SHA256) == 64
    tampered = tmp_path / "tampered.rsmodel"
    tampered.write_bytes(path.read_bytes() + b"\x00")
    with pytest.raises(rs.ModelError, match="SHA-256 does not match"):
        load_model(tampered, expected_sha256=SHIPPED_SHA256)


def test_default_screener_uses_the_shipped_model_and_rules_only_does_not() -> None:
    import subprocess
    import sys

    code = (
        "import sys, recruitscreen as rs; "
        "a = rs.Screener(model=None).screen('add me on wechat'); assert a.model_probability is None; "
        "assert 'sklearn' not in sys.modules; "
        "b = rs.screen('add me on wechat'); assert b.model_probability is not None; "
        "print('sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"  # even the default screener never needs scikit-learn


def test_the_combiner_weighs_rule_categories_apart_and_never_negatively() -> None:
    """A category whose evidence predicts the label gets more weight than a noisy one; no
    weight is negative; a category with no hits in training keeps the shared rules weight."""
    import random

    from recruitscreen.train import fit_combiner
    from recruitscreen.types import CATEGORIES

    rng = random.Random(0)
    y, model_logit, rows, groups = [], [], [], []
    for i in range(600):
        label = int(rng.random() < 0.4)
        feats = [0.0] * len(CATEGORIES)
        if label and rng.random() < 0.7:
            feats[0] = 2.0  # informative: fires on most positives only
        if rng.random() < 0.3:
            feats[1] = 2.0  # noise: fires at random
        y.append(label)
        model_logit.append(rng.gauss(1.0 if label else -1.0, 1.5))
        rows.append(feats)
        groups.append(f"g{i % 30}")
    fit = fit_combiner(model_logit, rows, y, groups, folds=3)
    w = fit["w_categories"]
    assert all(v >= 0 for v in (*w.values(), fit["w_model"], fit["w_rules"]))
    assert w[CATEGORIES[0]] > w[CATEGORIES[1]]
    assert w[CATEGORIES[-1]] == pytest.approx(fit["w_rules"], abs=1e-3)
    assert len(fit["oof"]) == len(y)


def test_per_category_weights_scale_findings_and_still_add_up(small_spec: dict, tmp_path: Path) -> None:
    spec = json.loads(json.dumps(small_spec))
    spec["combiner"]["w_categories"] = {"off_platform": 2.5, "paid_task": 0.0}
    path = tmp_path / "m.rsmodel"
    write_model(spec, path)
    text = "Add me on WeChat, my client pays well for a short report on internal plans."
    plain = rs.Screener(model=None).screen(text)
    a = rs.Screener(model=path).screen(text)
    by_rule = {f.rule_id: f.contribution for f in plain.findings}
    off = [f for f in a.findings if f.category == "off_platform"]
    paid = [f for f in a.findings if f.category == "paid_task"]
    assert off and paid
    for f in off:
        assert f.contribution == pytest.approx(2.5 * by_rule[f.rule_id])
    assert all(f.contribution == 0 for f in paid)
    total = a.base_log_odds + math.fsum(f.contribution for f in a.findings)
    assert total == pytest.approx(a.log_odds)


def test_the_combiner_trusts_the_model_less_in_a_language_where_it_is_noise() -> None:
    import random

    from recruitscreen.train import fit_combiner

    rng = random.Random(1)
    y, model_logit, langs, groups = [], [], [], []
    for i in range(800):
        label = int(rng.random() < 0.5)
        lang = "fr" if i % 4 == 0 else "en"
        signal = (1.5 if label else -1.5) if lang == "en" else 0.0
        y.append(label)
        model_logit.append(rng.gauss(signal, 1.0))
        langs.append(lang)
        groups.append(f"g{i % 40}")
    rows = [[0.0] * 10 for _ in y]
    fit = fit_combiner(model_logit, rows, y, groups, languages=langs, folds=4)
    assert set(fit["languages"]) == {"fr"}
    assert fit["languages"]["fr"]["w_model"] < 0.5 * fit["w_model"]
    assert fit["w_model"] > 1.0


def test_a_text_longer_than_the_classifier_reads_says_so() -> None:
    import recruitscreen as rs

    screener = rs.Screener()
    limit = screener.model.max_chars
    short = screener.screen("See you at lunch. " * 10)
    assert not any("classifier read the first" in n for n in short.notes)
    long_text = "See you at lunch. " * (limit // 18 + 10)
    notes = screener.screen(long_text).notes
    assert any(f"first {limit:,} of {len(long_text):,} characters" in n for n in notes)


def test_the_classifier_finding_points_at_a_word_not_at_a_whole_chinese_text() -> None:
    """Chinese has no spaces: widening a term to "its word" used to take the whole text."""
    text = "加我微信聊报告的报酬好说别跟单位说" * 300  # no punctuation either
    (mf,) = [f for f in rs.Screener().screen(text).findings if f.category == "model"]
    assert 0 < mf.end - mf.start <= 100
    assert text[mf.start : mf.end] == mf.excerpt


def test_sample_weights_reach_the_classifier_and_are_checked(small_spec: dict) -> None:
    from recruitscreen.train import train_model

    rows = _rows(300)
    texts, labels, groups = [r["text"] for r in rows], [r["label"] for r in rows], [r["family"] for r in rows]
    with pytest.raises(ValueError, match="one positive weight per text"):
        train_model(texts, labels, groups, folds=3, sample_weight=[1.0] * 5)
    with pytest.raises(ValueError, match="one positive weight per text"):
        train_model(texts, labels, groups, folds=3, sample_weight=[0.0] * len(texts))

    def coefficients(spec: dict) -> list[float]:
        return [w for v in spec["vectorizers"] for w in v["coef"][:200]]

    # equal weights are no weights; unequal ones change the classifier
    even = train_model(texts, labels, groups, folds=3, sample_weight=[1.0] * len(texts))
    heavy = train_model(texts, labels, groups, folds=3, sample_weight=[10.0 if y else 1.0 for y in labels])
    assert even["info"]["weighted"] and not small_spec["info"]["weighted"]
    assert coefficients(even) == pytest.approx(coefficients(small_spec), abs=1e-4)
    assert coefficients(heavy) != pytest.approx(coefficients(small_spec), abs=1e-2)


def test_nb_scale_shrinks_features_both_classes_share() -> None:
    """NBScale weighs a feature by how unevenly the classes use it; power 0 is the identity."""
    import numpy as np
    from scipy.sparse import csr_matrix

    from recruitscreen.train import NBScale

    # column 0: only suspicious texts; column 1: every text; column 2: mostly benign texts
    X = csr_matrix(np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 1.0, 1.0], [0.0, 1.0, 1.0], [0.0, 1.0, 0.0]]))
    y = [1, 1, 0, 0, 0]
    scale = NBScale().fit(X, y).scale_
    assert scale[0] > 2 * scale[1] and scale[2] > scale[1]
    assert np.allclose(NBScale(power=0.0).fit_transform(X, y).toarray(), X.toarray())
    with pytest.raises(ValueError, match="no parameter"):
        NBScale().set_params(beta=1.0)


def test_the_model_finding_names_no_blank_term() -> None:
    # the shipped model has a character n-gram of one space; its weight is real, but a list of
    # terms "that read most benign" showing an empty quote points at nothing
    s = rs.Screener()
    for text in ("And how's your husband.", "see you at the station at six", "ok sure"):
        (mf,) = [f for f in s.screen(text).findings if f.category == "model"]
        assert "\u201c\u201d" not in mf.explanation, text


def test_a_version_1_model_still_loads_and_gives_the_same_scores(small_spec: dict, tmp_path: Path) -> None:
    # version 1 kept each vectorizer's features as {term: [idf, coef]}; files trained before
    # session 9 are in it, and must give the scores they always gave
    old = json.loads(json.dumps(small_spec))
    old["format_version"] = 1
    for v in old["vectorizers"]:
        v["features"] = {t: [i, c] for t, i, c in zip(v.pop("terms"), v.pop("idf"), v.pop("coef"), strict=True)}
    write_model(small_spec, tmp_path / "v2.rsmodel")
    write_model(old, tmp_path / "v1.rsmodel")
    v2, v1 = rs.Screener(model=tmp_path / "v2.rsmodel"), rs.Screener(model=tmp_path / "v1.rsmodel")
    for text in ("Add me on WeChat, my client pays for reports", "see you at lunch", "Hi Sam, quick question"):
        assert v1.screen(text).to_dict() == v2.screen(text).to_dict()
