"""recruitscreen: screen inbound messages for suspicious recruiter approaches, and say why.

>>> import recruitscreen as rs
>>> a = rs.screen("Let's continue on WeChat, my client pays well for short reports.")
>>> a.level in ("medium", "high")
True

Only light, standard-library modules are imported here; scikit-learn and pandas load when a
model or a DataFrame is used.
"""

from __future__ import annotations

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
    "RuleSet",
    "ScoringConfig",
    "Screener",
    "Suppression",
    "__version__",
    "normalize",
    "screen",
]
