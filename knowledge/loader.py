"""Read the YAML files of a knowledge base and check them as a whole.

Any problem raises one :class:`KnowledgeBaseError` that names the file, the
entry id and the field, so an editor can fix it without reading a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from knowledge.schema import (
    LANGS,
    MAX_ANSWER_CHARS,
    MIN_QUESTIONS,
    Entry,
    Fact,
    KnowledgeFile,
    SmallTalk,
    Source,
    SynonymGroup,
    Table,
    Topic,
    UrgentRules,
)

DEFAULT_DATA_DIR = Path(__file__).parent / "data"

# libyaml's parser is about ten times faster than the pure-Python one; both are safe.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class KnowledgeBaseError(Exception):
    """The knowledge base on disk cannot be used; the message says where and why."""

    def __init__(self, file: str, item: str | None, field: str | None, problem: str) -> None:
        self.file, self.item, self.field, self.problem = file, item, field, problem
        where = file
        if item:
            where += f", entry '{item}'"
        if field:
            where += f", field '{field}'"
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class RawKnowledge:
    """Everything read from disk, validated, before any index is built."""

    sources: tuple[Source, ...]
    topics: tuple[Topic, ...]
    entries: tuple[Entry, ...]
    facts: tuple[Fact, ...]
    synonyms: tuple[SynonymGroup, ...]
    smalltalk: tuple[SmallTalk, ...]
    urgent: UrgentRules
    files: tuple[str, ...]
    tables: tuple[Table, ...] = ()


def load_raw(directory: Path = DEFAULT_DATA_DIR) -> RawKnowledge:
    files = sorted(p for p in Path(directory).rglob("*.yaml") if p.is_file())
    if not files:
        raise KnowledgeBaseError(str(directory), None, None, "no .yaml files found")
    parsed = [(path, _parse_file(path, directory)) for path in files]
    return _check_whole(parsed, directory)


def _parse_file(path: Path, root: Path) -> KnowledgeFile:
    name = str(path.relative_to(root))
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(name, None, None, f"not valid YAML: {_one_line(exc)}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise KnowledgeBaseError(name, None, None, "the top level must be a mapping of sections")
    try:
        return KnowledgeFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = error["loc"]
        item = _item_id(data, loc)
        field = ".".join(str(part) for part in loc)
        raise KnowledgeBaseError(name, item, field, error["msg"]) from exc


def _item_id(data: dict[str, object], loc: tuple[int | str, ...]) -> str | None:
    if len(loc) >= 2 and isinstance(loc[1], int):
        section = data.get(str(loc[0]))
        if isinstance(section, list) and loc[1] < len(section):
            item = section[loc[1]]
            if isinstance(item, dict) and "id" in item:
                return str(item["id"])
            return f"#{loc[1] + 1}"
    return None


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _check_whole(parsed: list[tuple[Path, KnowledgeFile]], root: Path) -> RawKnowledge:
    where: dict[str, str] = {}  # id -> file, for error messages

    def claim(kind: str, ident: str, path: Path) -> None:
        key = f"{kind}:{ident}"
        name = str(path.relative_to(root))
        if key in where:
            raise KnowledgeBaseError(name, ident, "id", f"duplicate id, also in {where[key]}")
        where[key] = name

    sources: list[Source] = []
    topics: list[Topic] = []
    entries: list[Entry] = []
    facts: list[Fact] = []
    tables: list[Table] = []
    synonyms: list[SynonymGroup] = []
    smalltalk: list[SmallTalk] = []
    urgent: UrgentRules | None = None
    urgent_file = ""
    for path, kf in parsed:
        for source in kf.sources:
            claim("source", source.id, path)
        for topic in kf.topics:
            claim("topic", topic.id, path)
        file_items: tuple[Entry | Fact, ...] = (*kf.entries, *kf.facts)
        for item in file_items:
            claim("item", item.id, path)
        # A table's answers carry its id where an entry's carry theirs, so they share ids.
        for table in kf.tables:
            claim("item", table.id, path)
        for talk in kf.smalltalk:
            claim("smalltalk", talk.id, path)
        if kf.urgent is not None:
            if urgent is not None:
                raise KnowledgeBaseError(_rel(path, root), None, "urgent", f"defined twice, also in {urgent_file}")
            urgent, urgent_file = kf.urgent, _rel(path, root)
        sources += kf.sources
        topics += kf.topics
        entries += kf.entries
        facts += kf.facts
        tables += kf.tables
        synonyms += kf.synonyms
        smalltalk += kf.smalltalk
    if urgent is None:
        raise KnowledgeBaseError(str(root), None, "urgent", "no file defines the urgent rules and hotline card")

    source_ids = {s.id for s in sources}
    topic_ids = {t.id for t in topics}
    item_ids = {i.id for i in entries} | {f.id for f in facts}
    all_items: tuple[Entry | Fact, ...] = (*entries, *facts)
    for bad in set(urgent.sources) - source_ids:
        raise KnowledgeBaseError(urgent_file, None, "urgent.sources", f"unknown source id '{bad}'")

    seen_questions: dict[str, str] = {}
    for item in all_items:
        name = where[f"item:{item.id}"]
        _check_item(item, name, source_ids, topic_ids, item_ids, seen_questions)
    in_table: dict[str, str] = {}
    for table in tables:
        name = where[f"item:{table.id}"]
        _check_table(table, name, source_ids, topic_ids, {f.id: f for f in facts}, in_table)
        for related in table.related:
            if related not in item_ids:
                raise KnowledgeBaseError(name, table.id, "related", f"unknown entry id '{related}'")
    return RawKnowledge(
        sources=tuple(sources),
        topics=tuple(topics),
        entries=tuple(entries),
        facts=tuple(facts),
        synonyms=tuple(synonyms),
        smalltalk=tuple(smalltalk),
        urgent=urgent,
        files=tuple(_rel(p, root) for p, _ in parsed),
        tables=tuple(tables),
    )


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root))


def _check_item(
    item: Entry | Fact,
    file: str,
    source_ids: set[str],
    topic_ids: set[str],
    item_ids: set[str],
    seen_questions: dict[str, str],
) -> None:
    def fail(field: str, problem: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(file, item.id, field, problem)

    if item.topic not in topic_ids:
        raise fail("topic", f"unknown topic '{item.topic}'")
    for source in item.sources:
        if source not in source_ids:
            raise fail("sources", f"unknown source id '{source}'")
    for related in item.related:
        if related not in item_ids:
            raise fail("related", f"unknown entry id '{related}'")
        if related == item.id:
            raise fail("related", "an entry cannot be related to itself")
    for lang in LANGS:
        phrasings = getattr(item.questions, lang)
        if len(phrasings) < MIN_QUESTIONS[lang]:
            raise fail(f"questions.{lang}", f"needs at least {MIN_QUESTIONS[lang]} phrasings, has {len(phrasings)}")
    for question in _questions(item):
        key = " ".join(question.casefold().split())
        other = seen_questions.setdefault(key, item.id)
        if other != item.id:
            raise fail("questions", f"the phrasing '{question}' is also under '{other}'")
    if isinstance(item, Entry):
        for lang in LANGS:
            if len(item.answer.get(lang)) > MAX_ANSWER_CHARS:
                raise fail(f"answer.{lang}", f"longer than {MAX_ANSWER_CHARS} characters")


def _check_table(
    table: Table,
    file: str,
    source_ids: set[str],
    topic_ids: set[str],
    facts: dict[str, Fact],
    in_table: dict[str, str],
) -> None:
    """A table's rows are facts with aliases, in no other table, all with the same periods."""

    def fail(field: str, problem: str) -> KnowledgeBaseError:
        return KnowledgeBaseError(file, table.id, field, problem)

    if table.topic not in topic_ids:
        raise fail("topic", f"unknown topic '{table.topic}'")
    for source in table.sources:
        if source not in source_ids:
            raise fail("sources", f"unknown source id '{source}'")
    periods: tuple[str | None, ...] | None = None
    for number, row in enumerate(table.rows):
        field = f"rows.{number}.fact"
        fact = facts.get(row.fact)
        if fact is None:
            raise fail(field, f"unknown fact id '{row.fact}'")
        other = in_table.setdefault(row.fact, table.id)
        if other != table.id or sum(r.fact == row.fact for r in table.rows) > 1:
            raise fail(field, f"the fact '{row.fact}' is already a row of '{other}'")
        if not fact.aliases:
            raise fail(field, f"the fact '{row.fact}' has no aliases, so no question could name its row")
        these = tuple(v.period for v in fact.values)
        if None in these:
            raise fail(field, f"the fact '{row.fact}' has a value without a period")
        if periods is not None and these != periods:
            raise fail(field, f"the fact '{row.fact}' has the periods {these}, the rows above {periods}")
        periods = these


def _questions(item: Entry | Fact) -> Iterable[str]:
    seen: set[str] = set()
    for question in item.questions.all():
        key = " ".join(question.casefold().split())
        if key not in seen:
            seen.add(key)
            yield question


if __name__ == "__main__":  # a quick check for editors: python -m knowledge.loader [DIR]
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA_DIR
    try:
        raw = load_raw(target)
    except KnowledgeBaseError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)
    print(f"ok: {len(raw.entries)} entries, {len(raw.facts)} facts, {len(raw.sources)} sources")
