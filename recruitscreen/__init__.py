"""recruitscreen: screen inbound messages for suspicious recruiter approaches, and say why.

>>> import recruitscreen as rs
>>> a = rs.screen("Let's continue on WeChat, my client pays well for short reports.")
>>> a.level in ("medium", "high")
True

Only light, standard-library modules are imported here; scikit-learn and pandas load when a
model or a DataFrame is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import InputError, ModelError, RecruitscreenError, RuleError
from .normalize import NormalizedText, normalize
from .rules import ContextRule, Rule, RuleSet
from .scoring import ScoringConfig
from .screener import DEFAULT_MAX_CHARS, Allowlist, Screener, screen
from .types import (
    CATEGORIES,
    LEVELS,
    STAGES,
    Assessment,
    ConversationAssessment,
    Finding,
    Message,
    Suppression,
)

if TYPE_CHECKING:
    from .featurizer import RuleFeaturizer

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "DEFAULT_MAX_CHARS",
    "LEVELS",
    "STAGES",
    "Allowlist",
    "Assessment",
    "ContextRule",
    "ConversationAssessment",
    "Finding",
    "InputError",
    "Message",
    "ModelError",
    "NormalizedText",
    "RecruitscreenError",
    "Rule",
    "RuleError",
    "RuleFeaturizer",
    "RuleSet",
    "ScoringConfig",
    "Screener",
    "Suppression",
    "__version__",
    "normalize",
    "screen",
]


def __getattr__(name: str) -> Any:
    # RuleFeaturizer needs scikit-learn: import it on first use, not with the package.
    if name == "RuleFeaturizer":
        from .featurizer import RuleFeaturizer

        return RuleFeaturizer
    raise AttributeError(f"module 'recruitscreen' has no attribute {name!r}")
