"""RuleFeaturizer: a scikit-learn transformer over the rules' evidence."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, cross_val_score
from sklearn.pipeline import make_pipeline

import recruitscreen as rs

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus" / "en.jsonl"
PIVOT_AND_PAY = "Add me on WeChat. My client pays USD 2,000 for each short report."
LUNCH = "Are we still on for lunch on Friday?"


@pytest.fixture(scope="module")
def train_split() -> tuple[list[str], list[int]]:
    rows = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["split"] == "train"][::4]
    return [r["text"] for r in rows], [int(r["label"]) for r in rows]


def test_import_recruitscreen_does_not_load_sklearn() -> None:
    heavy = "('sklearn', 'scipy', 'pandas', 'joblib')"
    code = (
        "import sys, recruitscreen as rs; rs.Screener(model=None).screen('hi');"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy})));"
        "rs.RuleFeaturizer; print('sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]", "True"]  # loaded when RuleFeaturizer is first used


def test_columns_are_rules_and_values_follow_the_screener() -> None:
    f = rs.RuleFeaturizer().fit([LUNCH])
    names = f.get_feature_names_out()
    assert list(names) == list(rs.RuleSet.default().ids)
    X = f.transform([PIVOT_AND_PAY, LUNCH, ""])
    assert X.shape == (3, len(names))
    a = rs.Screener(model=None).screen(PIVOT_AND_PAY)
    fired = {names[j] for j in X[0].nonzero()[1]}
    assert fired == {x.rule_id for x in a.findings} and fired
    assert X[1].nnz == 0 and X[2].nnz == 0


def test_contribution_values_add_up_to_the_rules_log_odds() -> None:
    X = rs.RuleFeaturizer(value="contribution").fit([LUNCH]).transform([PIVOT_AND_PAY])
    a = rs.Screener(model=None).screen(PIVOT_AND_PAY)
    assert X.sum() == pytest.approx(a.log_odds - a.base_log_odds)
    binary = rs.RuleFeaturizer(value="binary").fit([LUNCH]).transform([PIVOT_AND_PAY + " " + PIVOT_AND_PAY])
    assert set(binary.data) == {1.0}
    count = rs.RuleFeaturizer().fit([LUNCH]).transform([PIVOT_AND_PAY + " " + PIVOT_AND_PAY])
    assert count.max() >= 2


def test_custom_rules_and_estimator_conventions(tmp_path: Path) -> None:
    dropped = rs.RuleSet.default().ids[0]
    rules = rs.RuleSet.default().without([dropped])
    f = rs.RuleFeaturizer(rules=rules, value="binary")
    assert not hasattr(f, "rule_ids_")  # __init__ stores arguments only
    assert f.get_params() == {"rules": rules, "value": "binary", "n_jobs": 1}
    g = clone(f)
    assert g.get_params()["value"] == "binary" and len(g.get_params()["rules"]) == len(rules)
    g.fit([LUNCH])
    assert dropped not in g.get_feature_names_out()
    assert len(g.get_feature_names_out()) == len(rs.RuleSet.default()) - 1
    restored = pickle.loads(pickle.dumps(g))
    assert (restored.transform([PIVOT_AND_PAY]) != g.transform([PIVOT_AND_PAY])).nnz == 0


def test_fit_transform_reads_a_generator_once() -> None:
    texts = ["Add me on WeChat, my client pays for each report", "See you at lunch"]
    expected = rs.RuleFeaturizer().fit(texts).transform(texts)
    got = rs.RuleFeaturizer().fit_transform(t for t in texts)
    assert got.shape == expected.shape == (2, expected.shape[1])
    assert (got != expected).nnz == 0 and got.nnz > 0


def test_bad_input_and_parameters_say_what_to_do() -> None:
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        rs.RuleFeaturizer().transform([LUNCH])
    with pytest.raises(TypeError, match="single string"):
        rs.RuleFeaturizer().fit(LUNCH)
    with pytest.raises(TypeError, match=r"X\[1\] is NoneType"):
        rs.RuleFeaturizer().fit([LUNCH, None])
    with pytest.raises(ValueError, match="value must be one of"):
        rs.RuleFeaturizer(value="tfidf").fit([LUNCH])
    with pytest.raises(ValueError, match="1-D"):
        rs.RuleFeaturizer().fit(np.array([[LUNCH, LUNCH]]))
    with pytest.raises(TypeError, match="RuleSet"):
        rs.RuleFeaturizer(rules=["some.rule"]).fit([LUNCH])  # type: ignore[arg-type]


def test_pipeline_cross_validation_and_grid_search(train_split: tuple[list[str], list[int]]) -> None:
    texts, labels = train_split
    pipe = make_pipeline(rs.RuleFeaturizer(), LogisticRegression(max_iter=1000))
    scores = cross_val_score(pipe, texts, labels, cv=3, scoring="roc_auc")
    # The rules alone reach a ROC AUC of about 0.62 on this corpus (see the model card): a
    # model on their evidence must do clearly better than chance too.
    assert len(scores) == 3 and scores.mean() > 0.55
    grid = GridSearchCV(pipe, {"rulefeaturizer__value": ["count", "binary"]}, cv=2)
    grid.fit(texts, labels)
    assert grid.best_params_["rulefeaturizer__value"] in ("count", "binary")
    coef = grid.best_estimator_[-1].coef_[0]
    names = grid.best_estimator_[0].get_feature_names_out()
    assert len(coef) == len(names)


def test_sklearn_estimator_checks_for_text_transformers() -> None:
    from sklearn.utils import estimator_checks

    # The generic checks feed numeric arrays, which a text transformer refuses by design; the
    # checks that apply to any estimator do run.
    f = rs.RuleFeaturizer()
    estimator_checks.check_get_params_invariance("RuleFeaturizer", f)
    estimator_checks.check_set_params("RuleFeaturizer", f)
    estimator_checks.check_no_attributes_set_in_init("RuleFeaturizer", f)
    estimator_checks.check_parameters_default_constructible("RuleFeaturizer", f)
