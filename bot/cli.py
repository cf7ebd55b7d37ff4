"""Command line of the bot.

Usage::

    python -m bot ask "Tổng đài 111 là gì?"      # one answer, as a person would read it
    python -m bot ask --json < questions.txt      # one JSON object per input line
    python -m bot chat                            # a console conversation
    python -m bot check                           # validate the knowledge base, print counts
    python -m bot export --format json|csv        # the whole knowledge base, for review
    python -m bot eval ../shared/eval/dev.yaml    # accuracy on a question file
    python -m bot crisis-eval FILE.yaml           # who gets the hotline card, on items with crisis: true|false
    python -m bot smalltalk-eval FILE.yaml        # thanks, "ok", greetings... taken as small talk
    python -m bot review [--days 30] [--format text|json|csv]   # what the bot's records say editors should do
    python -m bot review --write knowledge/data/learned.yaml    # the questions people chose an entry for
    python -m bot run [--webhook]                 # the Telegram bot (needs TELEGRAM_BOT_TOKEN)
    python -m bot stats [--days N] [--format json]  # statistics of the configured database
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

import yaml
from pydantic import ValidationError

from bot.settings import DEFAULT_RETENTION_DAYS, DEFAULT_STALE_DAYS, Settings, describe
from handlers.review import DEFAULT_DAYS as REVIEW_DAYS
from knowledge.base import KnowledgeBase
from knowledge.evaluation import (
    Kind,
    SmallTalkOutcome,
    detection_ms,
    evaluate,
    evaluate_crisis,
    evaluate_smalltalk,
    load_crisis_items,
    load_items,
)
from knowledge.loader import DEFAULT_DATA_DIR, KnowledgeBaseError
from knowledge.reply import Reply
from knowledge.schema import Entry, Fact
from knowledge.text import render_text


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    if args.command == "run":
        from bot.run import main as run_bot  # telegram is imported only for this command

        code: int = run_bot(args)
        return code
    if args.command == "stats":
        return _stats(args)
    if args.command == "review":
        return _review(args)
    args.knowledge = args.knowledge or DEFAULT_DATA_DIR
    try:
        base = KnowledgeBase.load(args.knowledge)
    except KnowledgeBaseError as error:
        print(f"error: the knowledge base cannot be loaded: {error}", file=sys.stderr)
        return 1
    command = {
        "ask": _ask,
        "chat": _chat,
        "check": _check,
        "export": _export,
        "eval": _eval,
        "crisis-eval": _crisis_eval,
        "smalltalk-eval": _smalltalk_eval,
    }[args.command]
    if args.command.endswith("eval"):
        # A set that is not there or not YAML is the user's typo, told in one line, not a traceback.
        try:
            return command(base, args)
        except OSError as error:
            print(f"error: cannot read {args.file}: {error.strerror or error}", file=sys.stderr)
            return 1
        except yaml.YAMLError as error:
            print(f"error: {args.file} is not valid YAML: {error}", file=sys.stderr)
            return 1
    return command(base, args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="Q&A bot on Viet Nam-UN, hotline 111 and anti-trafficking."
    )
    parser.add_argument("--knowledge", type=Path, default=None,
                        help="knowledge base folder (default: the packaged one; for review, BOT_KNOWLEDGE_DIR)")
    sub = parser.add_subparsers(dest="command")
    ask = sub.add_parser("ask", help="answer one question, or one per stdin line with --json")
    ask.add_argument("question", nargs="*")
    ask.add_argument("--json", action="store_true", help="one JSON object per line")
    ask.add_argument("--lang", choices=["vi", "en"], default=None)
    sub.add_parser("chat", help="an interactive console conversation")
    sub.add_parser("check", help="validate the knowledge base and print counts")
    export = sub.add_parser("export", help="write the whole knowledge base to stdout")
    export.add_argument("--format", choices=["json", "csv"], default="json")
    ev = sub.add_parser("eval", help="accuracy on a question file in the format of shared/eval/dev.yaml")
    ev.add_argument("file", type=Path)
    ev.add_argument("--quiet", action="store_true", help="summary only, no list of misses")
    stats = sub.add_parser("stats", help="statistics of the configured database (BOT_DATABASE_URL or BOT_DATA_DIR)")
    stats.add_argument("--days", type=int, default=7, help="the last N days (default 7)")
    stats.add_argument("--format", choices=["text", "json"], default="text")
    crisis = sub.add_parser("crisis-eval", help="who gets the hotline card, on a file of items with crisis: true|false")
    crisis.add_argument("file", type=Path)
    crisis.add_argument("--quiet", action="store_true", help="summary only, no list of misses")
    talk = sub.add_parser("smalltalk-eval", help="how many small-talk messages are taken as small talk")
    talk.add_argument("file", type=Path)
    review = sub.add_parser("review", help="unanswered questions, chosen suggestions, 👎 and stale entries, from"
                            " the records (BOT_DATABASE_URL or BOT_DATA_DIR)")
    review.add_argument("--days", type=int, default=REVIEW_DAYS, help=f"the last N days (default {REVIEW_DAYS})")
    review.add_argument("--format", choices=["text", "json", "csv"], default="text")
    review.add_argument("--write", type=Path, metavar="FILE",
                        help="add the learned questions to this phrasings file (put it in the knowledge folder)")
    review.add_argument("--min-count", type=int, default=2, metavar="K",
                        help="with --write: only questions people chose the entry for at least K times (default 2)")
    run = sub.add_parser("run", help="run the Telegram bot")
    try:
        from bot.run import add_arguments
    except ImportError:  # the Telegram front is optional for the console commands
        pass
    else:
        add_arguments(run)
    return parser


def _stats(args: argparse.Namespace) -> int:
    import logging

    from pydantic import ValidationError

    from bot import stats
    from bot.settings import Settings
    from records.migrations import MigrationError

    try:
        settings = Settings()
    except ValidationError as error:
        first = error.errors()[0]
        print(f"error: setting {'.'.join(str(p) for p in first['loc'])}: {first['msg']}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.ERROR)  # the one line below says what went wrong
    try:
        data = stats.read(settings, max(1, args.days))
    except (stats.StatsError, MigrationError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(stats.dumps(data) if args.format == "json" else stats.as_text(data))
    return 0


def reply_json(question: str, reply: Reply) -> dict[str, Any]:
    return {
        "question": question,
        "status": reply.status,
        "id": reply.id,
        "score": round(reply.score, 4),
        "lang": reply.lang,
        "text": _text(reply),
        "sources": [{"title": s.title, "url": s.url} for s in reply.sources],
        "suggestions": [{"id": s.id, "question": s.question} for s in reply.suggestions],
        "matched": reply.matched,
    }


def _text(reply: Reply) -> str:
    """The reply as plain text; the privacy facts name the bot's default retention period."""
    return render_text(reply).replace("{retention_days}", str(DEFAULT_RETENTION_DAYS))


def _ask(base: KnowledgeBase, args: argparse.Namespace) -> int:
    if args.question:
        questions: list[str] = [" ".join(args.question)]
    elif args.json or not sys.stdin.isatty():
        questions = [line.rstrip("\n") for line in sys.stdin]
    else:
        print('usage: python -m bot ask "question"  (or --json with questions on stdin)', file=sys.stderr)
        return 2
    for question in questions:
        reply = base.ask(question, args.lang)
        if args.json:
            print(json.dumps(reply_json(question, reply), ensure_ascii=False), flush=False)
        else:
            print(_text(reply))
            if len(questions) > 1:
                print("-" * 40)
    sys.stdout.flush()
    return 0


def _chat(base: KnowledgeBase, args: argparse.Namespace, stdin: TextIO = sys.stdin) -> int:
    print("Hỏi mình điều gì đó (Ctrl+D để thoát). Ask me something (Ctrl+D to quit).")
    last: Reply | None = None
    while True:
        try:
            line = input("> ") if stdin.isatty() else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not line:
            return 0
        line = line.strip()
        # A bare number picks one of the "did you mean" suggestions just shown.
        if last is not None and last.suggestions and line.isdigit() and 1 <= int(line) <= len(last.suggestions):
            reply = base.answer_for(last.suggestions[int(line) - 1].id, last.lang, years=last.years)
        else:
            reply = base.ask(line)
        print(_text(reply))
        if reply.suggestions:
            hint = "(gõ số để chọn)" if reply.lang == "vi" else "(type a number to choose)"
            print(hint)
        print()
        last = reply


def _check(base: KnowledgeBase, args: argparse.Namespace) -> int:
    raw = base.raw
    print(f"knowledge base: {args.knowledge}")
    print(
        f"files: {len(raw.files)}  sources: {len(raw.sources)}  topics: {len(raw.topics)}  "
        f"entries: {len(raw.entries)}  facts: {len(raw.facts)}  tables: {len(raw.tables)}  "
        f"synonym groups: {len(raw.synonyms)}  small talk: {len(raw.smalltalk)}  load: {base.load_ms:.0f} ms"
    )
    print(f"{'topic':<16}{'entries':>8}{'facts':>7}{'vi questions':>14}{'en questions':>14}")
    entries = Counter(e.topic for e in raw.entries)
    facts = Counter(f.topic for f in raw.facts)
    for topic in raw.topics:
        items = base.items_in_topic(topic.id)
        vi = sum(len(i.questions.vi) for i in items)
        en = sum(len(i.questions.en) for i in items)
        print(f"{topic.id:<16}{entries[topic.id]:>8}{facts[topic.id]:>7}{vi:>14}{en:>14}")
    if raw.phrasings:
        print(f"phrasings sections: {len(raw.phrasings)}, for {len({p.entry for p in raw.phrasings})} entries")
    failures = base.self_test()
    total = sum(len(i.questions.all()) for i in base.items.values())
    print(f"self-test: {total - len(failures)}/{total} stored questions find their own entry first")
    for failure in failures[:20]:
        print(f"  ! {failure}")
    stale_days = _stale_days()
    for item in base.stale(stale_days):
        print(f"warning: {item.id} is stale: checked {item.checked.isoformat()}, over {stale_days} days ago"
              " (BOT_STALE_DAYS)", file=sys.stderr)
    return 1 if failures else 0


def _stale_days() -> int:
    try:
        return Settings().stale_days
    except ValidationError as error:
        print(f"warning: setting {describe(error)}; stale means over {DEFAULT_STALE_DAYS} days", file=sys.stderr)
        return DEFAULT_STALE_DAYS


def _review(args: argparse.Namespace) -> int:
    """The review lists from the bot's own records and knowledge base, or the learned phrasings written."""
    from bot import review
    from handlers.review import build
    from records.sqlite import DB_FILE, SQLiteRecords

    try:
        settings = Settings()
    except ValidationError as error:
        print(f"error: setting {describe(error)}", file=sys.stderr)
        return 2
    if args.days < 1 or args.min_count < 1:
        print("error: --days and --min-count must be at least 1", file=sys.stderr)
        return 2
    knowledge_dir: Path = args.knowledge or settings.knowledge_dir
    try:
        base = KnowledgeBase.load(knowledge_dir)
    except KnowledgeBaseError as error:
        print(f"error: the knowledge base cannot be loaded: {error}", file=sys.stderr)
        return 1
    if settings.database_url is not None:
        import logging

        from bot.stats import StatsError, read_review_postgres
        from records.migrations import MigrationError

        logging.basicConfig(level=logging.ERROR)  # the one line below says what went wrong
        try:
            data = read_review_postgres(settings, args.days)
        except (StatsError, MigrationError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    else:
        if not (settings.data_dir / DB_FILE).exists():
            print(f"error: no records in {settings.data_dir} (BOT_DATA_DIR)", file=sys.stderr)
            return 2
        # The review reads no user's rows by id, so it needs no salt (and must not create one).
        records = SQLiteRecords.open(settings.data_dir, salt="", retention_days=settings.retention_days)
        try:
            data = asyncio.run(records.review(args.days))
        finally:
            records.close()
    found = build(data, base, settings.stale_days)
    if args.write is None:
        review.show(found, args.format, sys.stdout)
        return 0
    try:
        written = review.write_phrasings(found.learned, base, knowledge_dir, args.write, args.min_count, args.days)
    except (review.WriteError, KnowledgeBaseError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for line in review.written_lines(written, args.write):
        print(line)
    return 0


def _export(base: KnowledgeBase, args: argparse.Namespace) -> int:
    raw = base.raw
    if args.format == "json":
        data = {
            "sources": [s.model_dump(mode="json", exclude={"seed"}) for s in raw.sources],
            "topics": [t.model_dump(mode="json") for t in raw.topics],
            "entries": [_entry_row(e) for e in raw.entries],
            "facts": [f.model_dump(mode="json") | {"questions": list(f.questions.all())} for f in raw.facts],
            "tables": [t.model_dump(mode="json") for t in raw.tables],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    writer = csv.writer(sys.stdout)
    writer.writerow(
        ["kind", "id", "topic", "questions_vi", "questions_en", "answer_vi", "answer_en", "sources", "checked"]
    )
    items: tuple[Entry | Fact, ...] = (*raw.entries, *raw.facts)
    for item in items:
        writer.writerow(_csv_row(item))
    return 0


def _entry_row(entry: Entry) -> dict[str, Any]:
    row = entry.model_dump(mode="json")
    row["questions_by_lang"] = row.pop("questions")
    row["questions"] = list(entry.questions.all())
    return row


def _csv_row(item: Entry | Fact) -> list[str]:
    if isinstance(item, Entry):
        kind, vi, en = "entry", item.answer.vi, item.answer.en
    else:
        from knowledge.facts import answer_fact

        kind = "fact"
        vi = answer_fact(item, "vi", set(), "").text
        en = answer_fact(item, "en", set(), "").text
    return [
        kind,
        item.id,
        item.topic,
        "\n".join(item.questions.vi),
        "\n".join(item.questions.en),
        vi,
        en,
        " ".join(item.sources),
        item.checked.isoformat(),
    ]


def _eval(base: KnowledgeBase, args: argparse.Namespace) -> int:
    items = load_items(args.file)
    report = evaluate(items, base.ask)
    if not args.quiet:
        for miss in report.misses:
            print(f"MISS [{miss.item.style}/{miss.item.topic}] {miss.item.question}")
            print(
                f"     -> {miss.why}; got {miss.reply.status} {miss.reply.id} ({miss.reply.score:.3f})"
                f" matched: {miss.reply.matched!r}"
            )
        print()
    _print_kinds("style", report.kinds(lambda i: i.style))
    _print_kinds("topic", report.kinds(lambda i: i.topic))
    in_scope = report.in_scope
    counts = Counter(o.kind for o in in_scope)
    print(f"in-scope accuracy: {counts['right']}/{len(in_scope)} = {report.accuracy:.1%}")
    print(
        f"in-scope answered wrong: {counts['wrong']} ({report.wrong_answer_rate:.1%}), "
        f"suggested: {counts['suggested']}, declined: {counts['declined']}, other: {counts['other']}"
    )
    oos = report.out_of_scope
    wrong = sum(not o.right for o in oos)
    print(f"out-of-scope answered: {wrong}/{len(oos)} = {report.false_answer_rate:.1%}")
    return 0


def _crisis_eval(base: KnowledgeBase, args: argparse.Namespace) -> int:
    items = load_crisis_items(args.file)
    if not items:
        print(f"error: no item in {args.file} says crisis: true or false", file=sys.stderr)
        return 1
    report = evaluate_crisis(items, base.ask, lambda text: base.danger(base.understand(text)))
    if not args.quiet:
        for miss in report.misses:
            what = "MISS crisis without the card" if miss.item.crisis else "FALSE card"
            item = miss.item
            print(f"{what} [{item.situation}/{item.style}/{item.kind}/{item.voice}] {item.question}")
            verdict = miss.verdict
            print(f"     -> got {miss.status}; detector: {verdict.level} {verdict.situation} ({verdict.reason})")
        print()
    for title, key in (
        ("situation", lambda i: i.situation),
        ("style", lambda i: i.style),
        ("kind", lambda i: i.kind),
        ("voice", lambda i: i.voice),
    ):
        _print_crisis_groups(title, report.by(key))
    got, total = report.carded(True)
    print(f"crisis messages that got the card: {got}/{total} = {_share(got, total)}")
    got, total = report.carded(False)
    print(f"non-crisis messages that got the card: {got}/{total} = {_share(got, total)}")
    messages = [base.understand(i.question) for i in items]
    print(f"detection: median {detection_ms(messages, base.danger):.4f} ms per message")
    return 0


def _smalltalk_eval(base: KnowledgeBase, args: argparse.Namespace) -> int:
    outcomes = evaluate_smalltalk(args.file, base.ask)
    for miss in (o for o in outcomes if not o.right):
        print(f"MISS [{miss.kind}/{miss.style}] {miss.question} -> {miss.status}")
    for title in ("kind", "style"):
        print(f"by {title}:")
        groups: dict[str, list[SmallTalkOutcome]] = {}
        for outcome in outcomes:
            groups.setdefault(getattr(outcome, title), []).append(outcome)
        for name, group in sorted(groups.items()):
            right = sum(o.right for o in group)
            print(f"  {name:<24}{right:>4}/{len(group):<4}{_share(right, len(group)):>8}")
    right = sum(o.right for o in outcomes)
    print(f"taken as small talk: {right}/{len(outcomes)} = {_share(right, len(outcomes))}")
    return 0


def _print_crisis_groups(title: str, groups: dict[str, tuple[tuple[int, int], tuple[int, int]]]) -> None:
    print(f"by {title}:{'crisis carded':>30}{'non-crisis carded':>24}")
    for name, ((c_got, c_total), (n_got, n_total)) in groups.items():
        crisis = f"{c_got}/{c_total} {_share(c_got, c_total)}" if c_total else "-"
        other = f"{n_got}/{n_total} {_share(n_got, n_total)}" if n_total else "-"
        print(f"  {name:<24}{crisis:>20}{other:>24}")


def _share(part: int, total: int) -> str:
    return f"{part / total:.1%}" if total else "-"


def _print_kinds(name: str, groups: dict[str, Counter[Kind]]) -> None:
    """One line per group: in-scope right of all in scope, how the rest went, out-of-scope answered."""
    print(f"by {name}:{'right':>{36 - len(name)}}{'wrong':>7}{'sugg.':>7}{'decl.':>7}{'other':>7}{'oos answered':>15}")
    for key, kinds in groups.items():
        in_scope = sum(n for kind, n in kinds.items() if not kind.startswith("oos"))
        oos = kinds["oos-answered"] + kinds["oos-kept"]
        share = f"{kinds['right'] / in_scope:>7.1%}" if in_scope else " " * 7
        right = f"{kinds['right']}/{in_scope}" if in_scope else "-"
        answered = f"{kinds['oos-answered']}/{oos}" if oos else "-"
        print(
            f"  {key:<28}{right:>9}{share}{kinds['wrong']:>7}{kinds['suggested']:>7}{kinds['declined']:>7}"
            f"{kinds['other']:>7}{answered:>15}"
        )
