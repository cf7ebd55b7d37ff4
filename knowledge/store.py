"""Holds the knowledge base in service and swaps in a new one only when it is sound."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.base import KnowledgeBase, Thresholds
from knowledge.loader import DEFAULT_DATA_DIR, KnowledgeBaseError


class SelfTestError(Exception):
    """A new knowledge base loaded but some stored questions no longer find their entry."""

    def __init__(self, failures: list[str]) -> None:
        self.failures = failures
        shown = "; ".join(failures[:5])
        more = f" (and {len(failures) - 5} more)" if len(failures) > 5 else ""
        super().__init__(f"self-test failed for {len(failures)} questions: {shown}{more}")


class FingerprintMismatch(Exception):
    """The files on disk are not the version another replica announced (they changed since)."""

    def __init__(self, expected: str, found: str) -> None:
        self.expected = expected
        self.found = found
        super().__init__(f"the files give version {found}, not the announced {expected}")


@dataclass(frozen=True)
class ReloadReport:
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    load_ms: float = 0.0
    entries: int = 0
    facts: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)
    fingerprint: str = ""


class KnowledgeStore:
    """The current knowledge base; readers take ``store.current`` once per question.

    Replacing the reference is atomic, so a question in flight during a reload is
    answered wholly by the old base or wholly by the new one.
    """

    def __init__(
        self,
        base: KnowledgeBase,
        directory: Path = DEFAULT_DATA_DIR,
        thresholds: Thresholds | None = None,
        max_self_test_failures: int = 0,
    ) -> None:
        self._current = base
        self.directory = directory
        self.thresholds = thresholds
        self.max_self_test_failures = max_self_test_failures
        self._lock = threading.Lock()

    @classmethod
    def open(cls, directory: Path = DEFAULT_DATA_DIR, thresholds: Thresholds | None = None) -> KnowledgeStore:
        return cls(KnowledgeBase.load(directory, thresholds), directory, thresholds)

    @property
    def current(self) -> KnowledgeBase:
        return self._current

    def reload(self, expect: str | None = None) -> ReloadReport:
        """Load, validate and self-test the base on disk, then swap it in.

        With ``expect``, the new base must also have that fingerprint (the version another
        replica announced). That replica self-tested those very files before announcing them,
        and the self-test depends on nothing else, so it is not run again: it takes as long as
        the load, and the announcer's /reload waits for every follower. Raises
        ``KnowledgeBaseError``, ``SelfTestError`` or ``FingerprintMismatch`` and keeps the old base.
        """
        with self._lock:  # two admins reloading at once must not interleave
            started = time.perf_counter()
            new = KnowledgeBase.load(self.directory, self.thresholds)
            if expect is not None and new.fingerprint() != expect:
                raise FingerprintMismatch(expect, new.fingerprint())
            failures = new.self_test() if expect is None else []
            if len(failures) > self.max_self_test_failures:
                raise SelfTestError(failures)
            elapsed = (time.perf_counter() - started) * 1000
            old_prints, new_prints = self._current.fingerprints(), new.fingerprints()
            self._current = new
        return ReloadReport(
            added=tuple(sorted(new_prints.keys() - old_prints.keys())),
            removed=tuple(sorted(old_prints.keys() - new_prints.keys())),
            changed=tuple(sorted(k for k in new_prints.keys() & old_prints.keys() if new_prints[k] != old_prints[k])),
            load_ms=elapsed,
            entries=len(new.raw.entries),
            facts=len(new.raw.facts),
            warnings=tuple(failures),
            fingerprint=new.fingerprint(),
        )

    def follow(self, fingerprint: str) -> ReloadReport | None:
        """Serve the version another replica announced: None if this one already does, else ``reload``."""
        if self._current.fingerprint() == fingerprint:
            return None
        return self.reload(expect=fingerprint)


__all__ = ["FingerprintMismatch", "KnowledgeBaseError", "KnowledgeStore", "ReloadReport", "SelfTestError"]
