"""Processes of one bot that share a database: telling the others about a reload, and what they said.

A replica that reloads its knowledge base announces the new version (its fingerprint); every
other replica loads the same files, checks it reaches the same fingerprint, swaps, and answers.
``records.postgres_replicas`` does this over PostgreSQL; with SQLite there is only one process
(``SingleReplica``), and nobody to tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ReplicaAnswer:
    """What one other replica did with an announced version."""

    replica: str
    ok: bool  # it serves the announced version now
    fingerprint: str  # the version it serves
    detail: str = ""  # why it refused


@dataclass(frozen=True)
class ReloadRound:
    """The others' answers to one announcement, and who stayed silent within the wait."""

    fingerprint: str
    answers: tuple[ReplicaAnswer, ...] = ()
    silent: tuple[str, ...] = ()  # known to be running, no answer within ``wait`` seconds
    wait: float = 0.0
    unreachable: str = ""  # why the others could not be told at all

    @property
    def serving(self) -> int:
        """Replicas serving the new version: this one and every other that took it."""
        return 1 + sum(a.ok and a.fingerprint == self.fingerprint for a in self.answers)

    @property
    def refused(self) -> tuple[ReplicaAnswer, ...]:
        return tuple(a for a in self.answers if not a.ok)

    @property
    def total(self) -> int:
        return 1 + len(self.answers) + len(self.silent)


class Replicas(Protocol):
    name: str

    async def announce_reload(self, fingerprint: str) -> ReloadRound | None:
        """Tell the other replicas to serve ``fingerprint``; their answers, or None if there are none to tell."""


class SingleReplica:
    """One process, nobody else to tell."""

    name = "this"

    async def announce_reload(self, fingerprint: str) -> ReloadRound | None:
        return None
