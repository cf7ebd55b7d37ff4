"""Read the YAML files of a knowledge base and check them as a whole.

Any problem raises one :class:`KnowledgeBaseError` that names the file, the
entry id and the field, so an editor can fix it without reading a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import ValidationError

from knowledge.normalize import fold
from knowledge.schema import (
    LANGS,
    MAX_ANSWER_CHARS,
    MIN_QUESTIONS,
    CrisisRules,
    Entry,
    Fact,
    KnowledgeFile,
    Phrasings,
    Questions,
    Shorthand,
    SmallTalk,
    Source,
    SynonymGroup,
    Table,
    Topic,
)

DEFAULT_DATA_DIR = Path(__file__).parent / "data"

ItemT = TypeVar("ItemT", Entry, Fact)

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
    shorthand: tuple[Shorthand, ...]
    smalltalk: tuple[SmallTalk, ...]
    particles: tuple[str, ...]
    crisis: CrisisRules
    files: tuple[str, ...]
    phrasings: tuple[Phrasings, ...] = ()  # already added to the questions of their entries and facts
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
            if isinstance(item, dict) and ("id" in item or "entry" in item):
                return str(item.get("id", item.get("entry")))
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
    shorthand: list[Shorthand] = []
    spelt: dict[str, tuple[str, str]] = {}  # folded form -> (word, file), for error messages
    smalltalk: list[SmallTalk] = []
    particles: list[str] = []
    crisis: CrisisRules | None = None
    crisis_file = ""
    phrasings: list[tuple[str, Phrasings]] = []  # (file, phrasings)
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
        for short in kf.shorthand:
            _check_shorthand(short, _rel(path, root), spelt)
        if kf.crisis is not None:
            if crisis is not None:
                raise KnowledgeBaseError(_rel(path, root), None, "crisis", f"defined twice, also in {crisis_file}")
            crisis, crisis_file = kf.crisis, _rel(path, root)
        sources += kf.sources
        topics += kf.topics
        entries += kf.entries
        facts += kf.facts
        tables += kf.tables
        synonyms += kf.synonyms
        shorthand += kf.shorthand
        smalltalk += kf.smalltalk
        particles += kf.particles
        phrasings += [(_rel(path, root), more) for more in kf.phrasings]
    if crisis is None:
        raise KnowledgeBaseError(str(root), None, "crisis", "no file defines the crisis cues and hotline card")

    source_ids = {s.id for s in sources}
    topic_ids = {t.id for t in topics}
    item_ids = {i.id for i in entries} | {f.id for f in facts}
    all_items: tuple[Entry | Fact, ...] = (*entries, *facts)
    for bad in set(crisis.sources) - source_ids:
        raise KnowledgeBaseError(crisis_file, None, "crisis.sources", f"unknown source id '{bad}'")
    talk_ids = {t.id for t in smalltalk}
    for talk in smalltalk:
        if talk.then is not None and talk.then not in talk_ids:
            file = where[f"smalltalk:{talk.id}"]
            raise KnowledgeBaseError(file, talk.id, "then", f"unknown small talk '{talk.then}'")

    items_by_id = {i.id: i for i in all_items}
    keywords: dict[str, str] = {}
    for topic in topics:
        _check_topic(topic, where[f"topic:{topic.id}"], items_by_id, keywords)
    seen_questions: dict[str, str] = {}
    for item in all_items:
        name = where[f"item:{item.id}"]
        _check_item(item, name, source_ids, topic_ids, item_ids, seen_questions)
    more = _more_questions(phrasings, item_ids, seen_questions)
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
        entries=tuple(_with_questions(e, more) for e in entries),
        facts=tuple(_with_questions(f, more) for f in facts),
        synonyms=tuple(synonyms),
        shorthand=tuple(shorthand),
        smalltalk=tuple(smalltalk),
        particles=tuple(particles),
        crisis=crisis,
        files=tuple(_rel(p, root) for p, _ in parsed),
        phrasings=tuple(p for _, p in phrasings),
        tables=tuple(tables),
    )


def _more_questions(
    phrasings: list[tuple[str, Phrasings]], item_ids: set[str], seen_questions: dict[str, str]
) -> dict[str, Questions]:
    """The phrasings to add, by entry or fact id; one already stored under another item is an error."""
    more: dict[str, Questions] = {}
    for file, found in phrasings:
        if found.entry not in item_ids:
            raise KnowledgeBaseError(file, found.entry, "phrasings.entry", f"unknown entry or fact id '{found.entry}'")
        for question in found.questions.all():
            other = seen_questions.setdefault(question_key(question), found.entry)
            if other != found.entry:
                raise KnowledgeBaseError(file, found.entry, "phrasings.questions",
                                         f"the phrasing '{question}' is also under '{other}'")
        earlier = more.get(found.entry, Questions(vi=(), en=()))
        more[found.entry] = Questions(vi=earlier.vi + found.questions.vi, en=earlier.en + found.questions.en)
    return more


def _with_questions(item: ItemT, more: dict[str, Questions]) -> ItemT:
    """``item`` with the phrasings added to its questions, each question once."""
    extra = more.get(item.id)
    if extra is None:
        return item

    def joined(own: tuple[str, ...], added: tuple[str, ...]) -> tuple[str, ...]:
        known = {question_key(q) for q in own}
        out = list(own)
        for question in added:
            if question_key(question) not in known:
                known.add(question_key(question))
                out.append(question)
        return tuple(out)

    questions = Questions(vi=joined(item.questions.vi, extra.vi), en=joined(item.questions.en, extra.en))
    return item.model_copy(update={"questions": questions})


def question_key(question: str) -> str:
    """A question as the duplicate check compares phrasings: case and spacing do not count."""
    return " ".join(question.casefold().split())


def _rel(path: Path, root: Path) -> str:
    return str(path.relative_to(root))


def _check_topic(topic: Topic, file: str, items: dict[str, Entry | Fact], keywords: dict[str, str]) -> None:
    """Main entries exist and belong to the topic; a keyword means one topic only."""
    for item_id in topic.main:
        if item_id not in items:
            raise KnowledgeBaseError(file, topic.id, "main", f"unknown entry id '{item_id}'")
        if items[item_id].topic != topic.id:
            raise KnowledgeBaseError(file, topic.id, "main", f"'{item_id}' belongs to topic '{items[item_id].topic}'")
    for keyword in topic.keywords:
        other = keywords.setdefault(fold(keyword), topic.id)
        if other != topic.id:
            raise KnowledgeBaseError(file, topic.id, "keywords", f"'{keyword}' is also a keyword of '{other}'")


def _check_shorthand(short: Shorthand, file: str, spelt: dict[str, tuple[str, str]]) -> None:
    """A form stands for one word only, and is not just that word typed differently."""
    word = fold(short.word)
    if not word:
        raise KnowledgeBaseError(file, short.word, "shorthand.word", "has no letters or digits")
    for form in short.forms:
        key = fold(form)
        if not key:
            raise KnowledgeBaseError(file, short.word, "shorthand.forms", f"'{form}' has no letters or digits")
        if key == word:  # tone marks and case are folded away for every word already
            raise KnowledgeBaseError(file, short.word, "shorthand.forms", f"'{form}' folds to the word itself")
        other, other_file = spelt.setdefault(key, (short.word, file))
        if fold(other) != word:
            problem = f"'{form}' also stands for '{other}' in {other_file}"
            raise KnowledgeBaseError(file, short.word, "shorthand.forms", problem)


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

    _check_references(fail, item.topic, item.sources, topic_ids, source_ids)
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
        other = seen_questions.setdefault(question_key(question), item.id)
        if other != item.id:
            raise fail("questions", f"the phrasing '{question}' is also under '{other}'")
    if isinstance(item, Entry):
        for lang in LANGS:
            if len(item.answer.get(lang)) > MAX_ANSWER_CHARS:
                raise fail(f"answer.{lang}", f"longer than {MAX_ANSWER_CHARS} characters")


def _check_references(
    fail: Callable[[str, str], KnowledgeBaseError],
    topic: str,
    sources: Iterable[str],
    topic_ids: set[str],
    source_ids: set[str],
) -> None:
    """An entry's, a fact's or a table's topic and sources are ones the knowledge base defines."""
    if topic not in topic_ids:
        raise fail("topic", f"unknown topic '{topic}'")
    for source in sources:
        if source not in source_ids:
            raise fail("sources", f"unknown source id '{source}'")


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

    _check_references(fail, table.topic, table.sources, topic_ids, source_ids)
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
        key = question_key(question)
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
