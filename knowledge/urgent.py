"""Recognise a message from someone in danger, so the hotline card comes first."""

from __future__ import annotations

from knowledge.normalize import fold
from knowledge.schema import UrgentRules

# "em" and "bé" are personal markers ("em bị đánh") but also part of "trẻ em"/"em bé",
# which is how statistics questions talk about children in general.
_NOT_PERSONAL = ("tre em", "em be", "tre be")


class UrgentDetector:
    def __init__(self, rules: UrgentRules) -> None:
        self._danger = _phrases(rules.danger)
        self._harm = _phrases(rules.harm)
        self._personal = _phrases(rules.personal)
        self._informational = _phrases(rules.informational)

    def __call__(self, folded: str) -> bool:
        """Whether the message, already folded (``normalize.fold``), reads as someone in danger."""
        padded = f" {folded} "
        danger = _contains_any(padded, self._danger)
        if not danger and not _contains_any(padded, self._harm):
            return False
        for phrase in _NOT_PERSONAL:
            padded = padded.replace(f" {phrase} ", " ")
        personal = _contains_any(padded, self._personal)
        if danger:
            return personal or not _contains_any(padded, self._informational)
        return personal


def _phrases(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f" {fold(p)} " for p in items if fold(p)))


def _contains_any(padded: str, phrases: tuple[str, ...]) -> bool:
    return any(p in padded for p in phrases)
