"""The exception tree: one base class, a few specific errors, messages that say what to do next."""

from __future__ import annotations

__all__ = ["InputError", "ModelError", "RecruitscreenError", "RuleError"]


class RecruitscreenError(Exception):
    """Base class of every error this library raises on purpose."""


class RuleError(RecruitscreenError, ValueError):
    """A rule pack is malformed: the message names the file, the rule id and the field."""


class InputError(RecruitscreenError, ValueError):
    """An input could not be screened (too long, unreadable, wrong shape)."""


class ModelError(RecruitscreenError, RuntimeError):
    """A model file was refused, is corrupt or does not fit this version."""
