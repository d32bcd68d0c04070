"""The optional classifier: a linear text model stored as plain numbers, and its safe loading.

A model file (``.rsmodel``) is a ZIP archive holding one JSON document: the TF-IDF vocabularies
(term -> idf, coefficient), the logistic-regression intercept, the Platt calibration and the
fitted weights that combine the classifier with the rule evidence. Loading it runs no code
from the file — it is data — and does not need scikit-learn: prediction re-implements
the two TF-IDF analyzers (word 1-2-grams, ``char_wb`` n-grams) exactly as scikit-learn defines
them (NumPy, imported when a model loads, does the arithmetic), which ``tests/test_model.py`` checks against scikit-learn itself.

A pickle is code. :func:`load_model` refuses one unless the caller passes ``trusted=True``, and
the shipped model is verified against a SHA-256 pinned in :mod:`recruitscreen.models`.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any

from .errors import ModelError
from .types import CATEGORIES

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_CHARS",
    "Combiner",
    "LinearTextModel",
    "PickledModel",
    "load_model",
    "shipped_model_path",
]

FORMAT = "recruitscreen-linear-text-model"
FORMAT_VERSION = 2
"""Version 2 (session 9) stores each vectorizer's features as three parallel lists, ``terms``,
``idf`` and ``coef``, which load about three times faster than version 1's ``features`` object
(term -> [idf, coef]). Both versions are read; version 2 is written."""
READABLE_VERSIONS = (1, 2)
MAX_CHARS = 20_000
"""How much of a message a classifier reads when its file does not say (the rules read all of it)."""
SHIPPED_NAME = "default.rsmodel"
_MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Combiner:
    """Fitted weights: ``logit(score) = bias + w_model * logit(p_model) + sum_c w_c * rules_c``.

    ``rules_c`` is the rules' log-odds from category ``c`` (their base log-odds counts with
    ``w_rules``); ``w_c`` is ``w_categories[c]``, or ``w_rules`` for a category the combiner
    does not name. A model without per-category weights weighs every category ``w_rules``.
    ``languages`` maps a message's main language to its own ``(bias offset, w_model, rules
    factor)``: the classifier and the rule packs are not equally good in every language.
    """

    bias: float
    w_model: float
    w_rules: float
    w_categories: Mapping[str, float] = field(default_factory=dict)
    languages: Mapping[str, tuple[float, float, float]] = field(default_factory=dict)

    def for_language(self, language: str) -> tuple[float, float, float]:
        """``(bias, w_model, rules factor)`` for a message whose main language is ``language``."""
        offset, w_model, factor = self.languages.get(language, (0.0, self.w_model, 1.0))
        return self.bias + offset, w_model, factor

    def rule_scale(self, factor: float = 1.0) -> float | dict[str, float]:
        """What :func:`recruitscreen.scoring.score_findings` multiplies rule evidence by."""
        if not self.w_categories:
            return factor * self.w_rules
        return {c: factor * self.w_categories.get(c, self.w_rules) for c in CATEGORIES}


class _GramCache(dict[str, bytes]):
    """Word -> the vocabulary indices of its ``char_wb`` n-grams, packed as bytes.

    A word's character n-grams never change, and words repeat, so each is analysed once;
    a message is then one ``b"".join`` of its words' entries (``__missing__`` fills a new one).
    """

    __slots__ = ("dtype", "ngram_range", "vocab")
    LIMIT = 200_000

    def __init__(self, vocab: dict[str, int], ngram_range: tuple[int, int], dtype: Any) -> None:
        super().__init__()
        self.vocab = vocab
        self.ngram_range = ngram_range
        self.dtype = dtype

    def __missing__(self, word: str) -> bytes:
        import numpy as np

        lo, hi = self.ngram_range
        w = f" {word} "
        size = len(w)
        grams: list[str] = []
        for n in range(lo, hi + 1):
            if size <= n:  # scikit-learn counts a word shorter than n once, then stops
                grams.append(w)
                break
            grams.extend(w[i : i + n] for i in range(size - n + 1))
        vocab = self.vocab
        packed = np.array([vocab[g] for g in grams if g in vocab], dtype=self.dtype).tobytes()
        if len(self) < self.LIMIT:
            self[word] = packed
        return packed


class _Vectorizer:
    """One TF-IDF analyzer, re-implemented to give scikit-learn's exact values (NumPy arrays).

    Terms become vocabulary indices without building any sparse matrix: word n-grams by one
    dictionary lookup each, character n-grams through a per-word cache (:class:`_GramCache`).
    """

    def __init__(
        self,
        analyzer: str,
        ngram_range: tuple[int, int],
        sublinear_tf: bool,
        token_pattern: re.Pattern[str] | None,
        names: list[str],
        idf: Any,
        coef: Any,
    ) -> None:
        import numpy as np

        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.sublinear_tf = sublinear_tf
        self.token_pattern = token_pattern
        self.names = names
        self.vocab = {t: i for i, t in enumerate(names)}
        if len(self.vocab) != len(names):
            raise ModelError("vectorizer terms must be unique")
        self.idf = np.asarray(idf, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float64)
        if self.idf.shape != (len(names),) or self.coef.shape != (len(names),):
            raise ModelError("vectorizer terms, idf and coef must be lists of the same length")
        # Indices fit 16 bits in most models, and NumPy sorts 16-bit integers by radix,
        # several times faster than wider ones; counting terms is a sort.
        self.dtype = np.dtype(np.uint16 if len(self.names) <= 1 << 16 else np.int32)
        self._word_grams = _GramCache(self.vocab, ngram_range, self.dtype)

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        del state["_word_grams"]  # a cache: rebuilt empty rather than pickled
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._word_grams = _GramCache(self.vocab, self.ngram_range, self.dtype)

    def indices(self, text: str) -> Any:
        """Vocabulary indices (an array of ``self.dtype``) of the terms of ``text``, with
        repeats, as scikit-learn makes them (in no particular order)."""
        import numpy as np

        if self.analyzer == "word":
            assert self.token_pattern is not None
            lo, hi = self.ngram_range
            tokens = self.token_pattern.findall(text)
            terms: list[str] = list(tokens) if lo == 1 else []
            for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
                terms.extend(map(" ".join, zip(*(tokens[i:] for i in range(n)), strict=False)))
            ids = np.fromiter(map(self.vocab.get, terms, repeat(-1)), dtype=np.int64, count=len(terms))
            return ids[ids >= 0].astype(self.dtype)
        # scikit-learn collapses runs of white space, then splits: str.split() does both
        return np.frombuffer(b"".join(map(self._word_grams.__getitem__, text.split())), dtype=self.dtype)

    def contributions(self, text: str) -> tuple[Any, Any]:
        """(sorted vocabulary indices, coefficient x TF-IDF value) of the known terms of ``text``."""
        import numpy as np

        idx = np.sort(self.indices(text), kind="stable")  # radix sort for 16-bit indices
        if not len(idx):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64)
        first = np.empty(len(idx), dtype=bool)
        first[0] = True
        np.not_equal(idx[1:], idx[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        uniq = idx[starts]
        counts = np.diff(np.append(starts, len(idx)))
        tf = 1.0 + np.log(counts) if self.sublinear_tf else counts.astype(np.float64)
        values = tf * self.idf[uniq]
        norm = math.sqrt(float(values @ values))
        return uniq, values * self.coef[uniq] / norm


def _extremes(contrib: Any, top: int) -> Any:
    """Positions of the ``top`` lowest and ``top`` highest values, each position once.

    The same choice as a stable ``argsort``'s first and last ``top`` (ties go to the lower
    position at the low end, to the higher one at the high end), without sorting everything.
    """
    import numpy as np

    n = len(contrib)
    if n <= 2 * top:
        return np.arange(n)
    kth = np.partition(contrib, (top - 1, n - top))
    low = np.flatnonzero(contrib <= kth[top - 1])
    high = np.flatnonzero(contrib >= kth[n - top])
    low = low[np.argsort(contrib[low], kind="stable")[:top]]
    high = high[np.argsort(contrib[high], kind="stable")[-top:]]
    return np.concatenate((low, high))


class LinearTextModel:
    """TF-IDF (word + character n-grams) + logistic regression + Platt calibration, as data."""

    kind = "linear"

    def __init__(self, spec: dict[str, Any], *, source: str = "<memory>") -> None:
        try:
            if spec.get("format") != FORMAT:
                raise ModelError(f"{source}: not a recruitscreen model (format {spec.get('format')!r})")
            if int(spec.get("format_version", -1)) not in READABLE_VERSIONS:
                raise ModelError(
                    f"{source}: model format version {spec.get('format_version')} is not "
                    f"supported by this recruitscreen (it reads versions "
                    f"{', '.join(map(str, READABLE_VERSIONS))}); "
                    "retrain it with `recruitscreen train` or upgrade recruitscreen"
                )
            self.vectorizers = [_parse_vectorizer(v) for v in spec["vectorizers"]]
            self.intercept = float(spec["intercept"])
            cal = spec["calibration"]
            self.cal_a, self.cal_b = float(cal["a"]), float(cal["b"])
            comb = spec["combiner"]
            self.combiner = Combiner(
                float(comb["bias"]),
                float(comb["w_model"]),
                float(comb["w_rules"]),
                {str(c): float(w) for c, w in comb.get("w_categories", {}).items()},
                {
                    str(lang): (float(v["bias_offset"]), float(v["w_model"]), float(v["rules_factor"]))
                    for lang, v in comb.get("languages", {}).items()
                },
            )
            self.max_chars = int(spec.get("max_chars", MAX_CHARS))
            self.info: dict[str, Any] = dict(spec.get("info", {}))
            _require_finite(self, source)
        except ModelError:
            raise
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            raise ModelError(
                f"{source}: the model file is incomplete or malformed ({type(exc).__name__}: {exc}); "
                "rebuild it with `recruitscreen train`"
            ) from None
        self.source = source

    def __repr__(self) -> str:
        n = sum(len(v.names) for v in self.vectorizers)
        return f"LinearTextModel({self.source!r}, {n:,} features)"

    def decision(self, norm_text: str, top: int = 5) -> tuple[float, dict[str, float]]:
        """The decision value and the ``top`` terms pushing it up and down (term -> share)."""
        text = norm_text[: self.max_chars]
        total = self.intercept
        terms: dict[str, float] = {}
        for vec in self.vectorizers:
            uniq, contrib = vec.contributions(text)
            if not len(uniq):
                continue
            total += float(contrib.sum())
            chosen = _extremes(contrib, top)
            for i, value in zip(uniq[chosen].tolist(), contrib[chosen].tolist(), strict=True):
                name = vec.names[i]
                terms[name] = terms.get(name, 0.0) + value
        return total, terms

    def calibrated_logit(self, decision: float) -> float:
        """Platt scaling as scikit-learn writes it: p = 1 / (1 + exp(a * f + b))."""
        return -(self.cal_a * decision + self.cal_b)

    def predict_logit(self, norm_text: str) -> tuple[float, dict[str, float]]:
        f, terms = self.decision(norm_text)
        return self.calibrated_logit(f), terms


class PickledModel:
    """A scikit-learn classifier from a pickle the caller trusts, fed normalized text.

    Its probability is combined with the rules by plain addition of log-odds (no fitted
    weights travel with a foreign pickle); retrain with ``recruitscreen train`` for a fitted
    combination.
    """

    kind = "pickle"

    def __init__(self, estimator: Any, source: str) -> None:
        if not hasattr(estimator, "predict_proba"):
            raise ModelError(f"{source}: the pickled object has no predict_proba(); expected a classifier")
        self.estimator = estimator
        self.source = source
        self.combiner = Combiner(0.0, 1.0, 1.0)
        self.max_chars = MAX_CHARS
        self.info: dict[str, Any] = {}

    def predict_logit(self, norm_text: str) -> tuple[float, dict[str, float]]:
        p = float(self.estimator.predict_proba([norm_text[: self.max_chars]])[0][1])
        p = min(max(p, 1e-9), 1 - 1e-9)
        return math.log(p / (1 - p)), {}


def _require_finite(model: LinearTextModel, source: str) -> None:
    """JSON allows NaN and infinity; one of them in a weight would make every score NaN."""
    import numpy as np

    c = model.combiner
    numbers = [model.intercept, model.cal_a, model.cal_b, c.bias, c.w_model, c.w_rules,
               *c.w_categories.values(), *(x for pair in c.languages.values() for x in pair)]
    arrays_ok = all(bool(np.isfinite(v.idf).all() and np.isfinite(v.coef).all()) for v in model.vectorizers)
    if not arrays_ok or not all(math.isfinite(x) for x in numbers):
        raise ModelError(
            f"{source}: the model holds numbers that are not finite (NaN or infinity); "
            "rebuild it with `recruitscreen train`"
        )


def _parse_vectorizer(v: dict[str, Any]) -> _Vectorizer:
    analyzer = v["analyzer"]
    if analyzer not in ("word", "char_wb"):
        raise ModelError(f"unsupported analyzer {analyzer!r}")
    if "features" in v:  # version 1: {term: [idf, coef]}
        features = v["features"]
        if not isinstance(features, dict) or not all(
            isinstance(x, list) and len(x) == 2 for x in features.values()
        ):
            raise ModelError("vectorizer features must map each term to [idf, coefficient]")
        names = sorted(features)
        idf, coef = [features[t][0] for t in names], [features[t][1] for t in names]
    else:  # version 2: three parallel lists
        names, idf, coef = v["terms"], v["idf"], v["coef"]
        if not isinstance(names, list) or not all(isinstance(t, str) for t in names):
            raise ModelError("vectorizer terms must be a list of strings")
    pattern = re.compile(v.get("token_pattern", r"(?u)\b\w\w+\b")) if analyzer == "word" else None
    lo, hi = v["ngram_range"]
    return _Vectorizer(analyzer, (int(lo), int(hi)), bool(v.get("sublinear_tf", True)), pattern, names, idf, coef)


def shipped_model_path() -> Path:
    return Path(str(resources.files("recruitscreen").joinpath("models", SHIPPED_NAME)))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_model_bytes(data: bytes, source: str) -> LinearTextModel:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("model.json")
            if info.file_size > _MAX_FILE_BYTES:
                raise ModelError(f"{source}: model.json is {info.file_size:,} bytes, above the limit")
            spec = json.loads(zf.read("model.json").decode("utf-8"))
    except ModelError:
        raise
    except KeyError:
        raise ModelError(f"{source}: the archive has no model.json; not a recruitscreen model") from None
    except (zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError, EOFError) as exc:
        raise ModelError(
            f"{source}: corrupt model file ({exc}); rebuild it with `recruitscreen train`"
        ) from None
    if not isinstance(spec, dict):
        raise ModelError(f"{source}: model.json is not an object")
    return LinearTextModel(spec, source=source)


def load_model(
    path: str | Path, *, trusted: bool = False, expected_sha256: str | None = None
) -> LinearTextModel | PickledModel:
    """Load a model file safely.

    ``.rsmodel`` archives are data and always safe. Anything that looks like a pickle (or a
    joblib file) is refused with :class:`ModelError` unless ``trusted=True``: unpickling runs
    whatever code the file's author put in it.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > _MAX_FILE_BYTES:
            raise ModelError(f"{p}: {size:,} bytes is larger than any model this library makes")
        data = p.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"{p}: no such model file; train one with `recruitscreen train`") from None
    except IsADirectoryError:
        raise ModelError(f"{p}: is a directory, not a model file") from None
    except OSError as exc:
        raise ModelError(f"{p}: cannot read the model file: {exc.strerror or exc}") from None
    if expected_sha256 is not None and _sha256(data) != expected_sha256:
        raise ModelError(
            f"{p}: SHA-256 does not match the pinned value; the shipped model was modified or "
            "damaged. Reinstall recruitscreen, or use Screener(model=None) for the rules alone"
        )
    if data[:4] == b"PK\x03\x04":
        return read_model_bytes(data, str(p))
    looks_pickle = data[:1] == b"\x80" or p.suffix.lower() in (".pkl", ".pickle", ".joblib")
    if looks_pickle and not trusted:
        raise ModelError(
            f"{p}: this is a pickle, and loading a pickle runs code from the file. It was refused. "
            "Pass trusted=True (CLI: --trust-model) only for a file you made yourself, or export "
            "the model with `recruitscreen train`, whose .rsmodel files are plain data"
        )
    if looks_pickle:
        import joblib

        try:
            est = joblib.load(p)
        except Exception as exc:
            raise ModelError(f"{p}: could not unpickle the model ({type(exc).__name__}: {exc})") from None
        return PickledModel(est, str(p))
    raise ModelError(f"{p}: not a recruitscreen model file (.rsmodel) nor a pickle")


_SHIPPED: LinearTextModel | None = None


def load_shipped_model() -> LinearTextModel | None:
    """The model installed with the package, verified against its pinned SHA-256; None if absent."""
    global _SHIPPED
    if _SHIPPED is None:
        from .models import SHIPPED_SHA256

        path = shipped_model_path()
        if not path.exists() or not SHIPPED_SHA256:
            return None
        model = load_model(path, expected_sha256=SHIPPED_SHA256)
        assert isinstance(model, LinearTextModel)
        _SHIPPED = model
    return _SHIPPED


def write_model(spec: dict[str, Any], path: str | Path) -> str:
    """Write ``spec`` as a deterministic, compressed .rsmodel archive; returns its SHA-256."""
    p = Path(path)
    payload = json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    info = zipfile.ZipInfo("model.json", date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    p.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr(info, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return _sha256(p.read_bytes())
