"""``python -m bot review``: the editors' review in the console, and what was learned as phrasings.

Usage::

    python -m bot review [--days 30] [--format text|json|csv]
    python -m bot review --write knowledge/data/learned.yaml [--min-count 2]

The lists come from ``handlers.review.build``, as for the admins' ``/review``. ``--write`` turns
the ``learned`` pairs into a ``phrasings:`` file (see ``knowledge.schema.Phrasings``): each question
is added only if, with it, the knowledge base still loads, passes its self-test and answers that
question directly with the entry people chose; what is left out is listed with the reason.
An existing file is kept and added to, so an editor's changes to it stay.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import yaml
from pydantic import ValidationError
from rapidfuzz import fuzz

from handlers.review import Learned, Review
from knowledge.base import KnowledgeBase
from knowledge.language import guess_language
from knowledge.loader import question_key
from knowledge.normalize import fold
from knowledge.schema import KnowledgeFile, Lang, Phrasings

MASKED = ("[số]", "[email]")  # what records.mask_personal leaves in place of personal data


class WriteError(Exception):
    """The phrasings file cannot be written; the message says why."""


# -- showing the lists ---------------------------------------------------------------


def show(found: Review, form: str, out: TextIO) -> None:
    """Print the review as ``text``, ``json`` (one object) or ``csv`` (one row per item, ``list`` first)."""
    if form == "json":
        json.dump(found.as_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif form == "csv":
        _csv(found, out)
    else:
        out.write(text(found))


def text(found: Review) -> str:
    lines = [f"Review of the last {found.days} days", ""]
    lines.append(f"unanswered ({len(found.unanswered)}): declined, or no suggestion pressed (or pressed, then 👎)")
    for item in found.unanswered:
        lines.append(f"  {item.count:>4} × {item.question}   best guess: {item.best_guess or '-'}")
        others = [e for e in item.examples if e != item.question]
        if others:
            lines.append("         also: " + " | ".join(others))
    lines += ["", f"learned ({len(found.learned)}): the entry people chose for a question"]
    lines += [f"  {item.count:>4} × {item.question}  ->  {item.entry_id}" for item in found.learned]
    lines += ["", f"disliked ({len(found.disliked)}): entries with 👎"]
    lines += [f"  {item.count:>4} × {item.entry_id}" for item in found.disliked]
    lines += ["", f"stale ({len(found.stale)}): not checked for longer than BOT_STALE_DAYS"]
    lines += [f"  {item.checked.isoformat()}  {item.id}" for item in found.stale]
    return "\n".join(lines) + "\n"


def _csv(found: Review, out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(["list", "question", "entry_id", "count", "examples", "best_guess", "checked"])
    for u in found.unanswered:
        writer.writerow(["unanswered", u.question, "", u.count, " | ".join(u.examples), u.best_guess or "", ""])
    for learned in found.learned:
        writer.writerow(["learned", learned.question, learned.entry_id, learned.count, "", "", ""])
    for d in found.disliked:
        writer.writerow(["disliked", "", d.entry_id, d.count, "", "", ""])
    for s in found.stale:
        writer.writerow(["stale", "", s.id, "", "", "", s.checked.isoformat()])


# -- writing the learned phrasings --------------------------------------------------------


@dataclass
class Written:
    added: list[Learned] = field(default_factory=list)
    kept: int = 0  # questions already in the file
    left_out: list[tuple[Learned, str]] = field(default_factory=list)  # and why
    rare: int = 0  # pairs chosen fewer than --min-count times


def write_phrasings(learned: list[Learned], kb: KnowledgeBase, knowledge_dir: Path, target: Path, min_count: int,
                    days: int) -> Written:
    """Add the pairs chosen at least ``min_count`` times to the phrasings file ``target``."""
    existing = _read(target)
    comments = _comments(target)
    report = Written(kept=sum(len(p.questions.all()) for p in existing))
    stored = {question_key(q): item.id for item in kb.items.values() for q in item.questions.all()}
    for phrasings in existing:
        for question in phrasings.questions.all():
            stored.setdefault(question_key(question), phrasings.entry)
    candidates: dict[str, Learned] = {}
    for pair in learned:  # the most chosen first
        key = question_key(pair.question)
        if pair.count < min_count:
            report.rare += 1
        elif stored.get(key) == pair.entry_id:
            continue  # a question of that entry already
        elif key in stored:
            report.left_out.append((pair, f"already a question of {stored[key]}"))
        elif key in candidates:
            report.left_out.append((pair, f"chosen more often for {candidates[key].entry_id}"))
        elif pair.entry_id not in kb.items:
            report.left_out.append((pair, "no such entry or fact now"))
        elif any(mark in pair.question for mark in MASKED):
            report.left_out.append((pair, "it had personal data, masked"))
        elif not fold(pair.question):
            report.left_out.append((pair, "no words to match"))
        else:
            candidates[key] = pair
    misfits = {(item, question) for item, question, _ in kb.misfits()}
    while candidates:
        problems = _problems(list(candidates.values()), existing, knowledge_dir, target, misfits)
        if not problems:
            break
        for key, why in problems.items():
            report.left_out.append((candidates.pop(key), why))
    report.added = list(candidates.values())
    note = f"chosen at least {min_count} times in the {days} days before {dt.date.today().isoformat()}"
    _write_atomically(target, _yaml(existing, report.added, note, comments))
    return report


def _problems(pairs: list[Learned], existing: list[Phrasings], knowledge_dir: Path, target: Path,
              misfits: set[tuple[str, str]]) -> dict[str, str]:
    """Why some of ``pairs`` cannot be added, by question key: the knowledge base is loaded with them all."""
    with _copy(knowledge_dir, target, _yaml(existing, pairs, "")) as folder:
        trial = KnowledgeBase.load(folder)
    problems: dict[str, str] = {}
    for pair in pairs:
        reply = trial.ask(pair.question)
        if (reply.status, reply.id) != ("answer", pair.entry_id):
            problems[question_key(pair.question)] = f"it would get {reply.status} {reply.id or ''}".rstrip()
    for item, question, found in trial.misfits():
        if (item, question) in misfits:
            continue
        # The culprit: of the questions added to the entry that took this one (else to its own entry,
        # else to any), the one closest to it. One is left out per round until the self-test passes.
        suspects = [p for p in pairs if p.entry_id == found] or [p for p in pairs if p.entry_id == item] or pairs
        culprit = max(suspects, key=lambda p: fuzz.token_set_ratio(fold(p.question), fold(question)))
        problems[question_key(culprit.question)] = f"the self-test would fail: '{question}' of {item} finds {found}"
    return problems


@contextmanager
def _copy(knowledge_dir: Path, target: Path, content: str) -> Iterator[Path]:
    """A temporary copy of the knowledge folder with ``content`` as the phrasings file."""
    with tempfile.TemporaryDirectory(prefix="review-") as name:
        folder = Path(name)
        for path in knowledge_dir.rglob("*.yaml"):
            copy = folder / path.relative_to(knowledge_dir)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)
        try:
            inside = target.resolve().relative_to(knowledge_dir.resolve())
        except ValueError:  # a file outside the folder: checked beside it all the same
            inside = Path("review-phrasings.yaml")
        (folder / inside).parent.mkdir(parents=True, exist_ok=True)
        (folder / inside).write_text(content, encoding="utf-8")
        yield folder


def _read(target: Path) -> list[Phrasings]:
    """The phrasings already in ``target``; a file with other sections is not ours to rewrite."""
    if not target.exists():
        return []
    try:
        data = yaml.safe_load(target.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict) or set(data) - {"phrasings"}:
            raise WriteError(f"{target} holds more than a 'phrasings' section; write to a file of its own")
        return list(KnowledgeFile.model_validate(data).phrasings)
    except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as error:
        raise WriteError(f"{target} is not a valid phrasings file: {' '.join(str(error).split())[:300]}") from error


def _yaml(existing: list[Phrasings], added: list[Learned], note: str, comments: dict[str, str] | None = None) -> str:
    """The phrasings file: what it had (with the comments of its questions), then what is added,
    by entry and language, with how often each was chosen."""
    comments = comments or {}
    by_entry: dict[str, dict[Lang, list[tuple[str, str]]]] = {}
    for phrasings in existing:
        entry = by_entry.setdefault(phrasings.entry, {"vi": [], "en": []})
        entry["vi"] += [(q, comments.get(q, "")) for q in phrasings.questions.vi]
        entry["en"] += [(q, comments.get(q, "")) for q in phrasings.questions.en]
    for pair in added:
        entry = by_entry.setdefault(pair.entry_id, {"vi": [], "en": []})
        entry[guess_language(pair.question)].append((pair.question, f"chosen {pair.count} times"))
    lines = [
        "# Phrasings people used for these entries: the suggestion they pressed for a question.",
        "# Written by `python -m bot review --write`" + (f", {note}." if note else "."),
        "# Read them, delete any that do not belong, run `python -m bot check`, commit, then /reload.",
        "phrasings:",
    ]
    for entry_id, questions in by_entry.items():
        lines += [f"  - entry: {entry_id}", "    questions:"]
        for lang in ("vi", "en"):
            if questions[lang]:
                lines.append(f"      {lang}:")
                for question, comment in questions[lang]:
                    lines.append(f"        - {_scalar(question)}" + (f"  # {comment}" if comment else ""))
    if not by_entry:
        lines[-1] = "phrasings: []"
    return "\n".join(lines) + "\n"


def _comments(target: Path) -> dict[str, str]:
    """The comment after each question of the file (``- "question"  # comment``), to write them again."""
    found: dict[str, str] = {}
    lines = target.read_text(encoding="utf-8").splitlines() if target.exists() else []
    for line in lines:
        item, mark, comment = line.strip().rpartition("  # ")
        if mark and item.startswith("- "):
            try:
                question = yaml.safe_load(item[2:])
            except yaml.YAMLError:
                continue
            if isinstance(question, str):
                found[question] = comment.strip()
    return found


def _scalar(value: str) -> str:
    """``value`` as one double-quoted YAML scalar, whatever characters it holds."""
    return yaml.safe_dump(value, allow_unicode=True, default_style='"', width=1 << 20).strip()


def _write_atomically(target: Path, content: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(content, encoding="utf-8")
    os.replace(temporary, target)


def written_lines(report: Written, target: Path) -> Iterator[str]:
    """What ``--write`` did, in lines for the console."""
    entries = len({pair.entry_id for pair in report.added})
    yield f"wrote {target}: {len(report.added)} new questions for {entries} entries, {report.kept} kept from before"
    if report.rare:
        yield f"  {report.rare} pairs chosen fewer times than --min-count were not written"
    for pair, why in report.left_out:
        yield f"  left out: {pair.question!r} -> {pair.entry_id} ({pair.count}×): {why}"
