"""Everything the bot sends, as Telegram HTML: every text is escaped with ``html.escape``,
split to at most 4,096 characters per message and never empty.

Buttons come along as an ``InlineKeyboardMarkup`` on the last message.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
)
from telegram.constants import ParseMode

from handlers.callbacks import Answer, Button, Feedback, Forget, Language, Related, TopicPage, Topics
from handlers.review import Review
from handlers.texts import LANGUAGE_NAMES, text
from knowledge.base import KnowledgeBase
from knowledge.reply import Reply, Suggestion
from knowledge.schema import LANGS, Lang, Source
from knowledge.store import ReloadReport
from records import Stats
from records.replicas import ReloadRound

MAX_CHARS = 4096  # Telegram's limit per message, in UTF-16 code units
MAX_BUTTON_CHARS = 60
TOPIC_PAGE_SIZE = 8
ECHO_CHARS = 200
REVIEW_TOP = 5  # items of each list in /review


@dataclass(frozen=True)
class Outgoing:
    """One reply: one or more HTML messages; the keyboard goes under the last."""

    texts: tuple[str, ...]
    keyboard: InlineKeyboardMarkup | None = None


# -- replies to questions ------------------------------------------------------------


def reply(
    found: Reply, asked: str = "", group: bool = False, retention_days: int | None = None, ref: str | None = None
) -> Outgoing:
    """The reply to a question, whatever ``kb.ask`` decided; suggestion buttons carry the question's ``ref``."""
    if found.status == "urgent":
        return hotline(found)
    if found.status in ("suggest", "overview"):  # an overview: its topic in a few sentences above the buttons
        return suggestions(found, ref)
    if found.status == "smalltalk":
        return Outgoing(_Pages().text(with_settings(found.body, retention_days)).done())
    if found.status == "decline" and found.id is None:
        return short_decline(found.lang) if group else decline(found, asked)
    return answer(found)


def answer(found: Reply) -> Outgoing:
    """Headline, answer, source lines; related questions and 👍/👎 under it."""
    pages = _Pages()
    if found.question:
        pages.text(found.question, tag="b")
    pages.text(found.body)
    if found.original:
        # Folded away until tapped: the English answer comes first, the source's wording after.
        pages.text(text("original", found.lang), tag="i")
        pages.text(found.original, tag="blockquote expandable", sep="\n")
    _add_sources(pages, found.sources, found.lang)
    rows = _question_rows(found.related[:3], lambda s: Related(found.lang, s.id))
    if found.id:
        up, down = Feedback(found.id, True).pack(), Feedback(found.id, False).pack()
        if up and down:
            rows.append([InlineKeyboardButton("👍", callback_data=up), InlineKeyboardButton("👎", callback_data=down)])
    return Outgoing(pages.done(), _keyboard(rows))


def hotline(card: Reply) -> Outgoing:
    """The urgent card on its own: nothing comes before it."""
    pages = _Pages().text(card.body)
    _add_sources(pages, card.sources, card.lang)
    return Outgoing(pages.done())


def suggestions(found: Reply, ref: str | None = None) -> Outgoing:
    rows = _question_rows(found.suggestions, lambda s: Answer(found.lang, s.id, found.years, ref))
    pages = _Pages().text(found.question, tag="b") if found.question else _Pages()
    pages.text(found.body)
    _add_sources(pages, found.sources, found.lang)
    return Outgoing(pages.done(), _keyboard(rows))


def decline(found: Reply, asked: str) -> Outgoing:
    """A kind "not in my knowledge base", what was asked, the topics and the hotline."""
    pages = _Pages()
    if asked.strip():
        pages.text(f"{text('you_asked', found.lang)}: «{_shorten(asked, ECHO_CHARS)}»", tag="i")
    pages.text(found.body).text(text("hotline_hint", found.lang))
    return Outgoing(pages.done(), _topics_button(found.lang))


def short_decline(lang: Lang) -> Outgoing:
    return Outgoing(_Pages().text(text("group_decline", lang)).done())


def notice(key: str, lang: Lang, **values: str) -> Outgoing:
    """One of the bot's own sentences."""
    return Outgoing(_Pages().text(text(key, lang).format(**values)).done())


# -- commands ------------------------------------------------------------------------


def welcome(lang: Lang) -> Outgoing:
    return Outgoing(_Pages().text(text("welcome", lang)).done(), _topics_button(lang))


def help_text(lang: Lang, bot_username: str) -> Outgoing:
    return Outgoing(_Pages().text(text("help", lang).format(bot=bot_username)).done(), _topics_button(lang))


def topics(kb: KnowledgeBase, lang: Lang) -> Outgoing:
    rows = []
    for topic in kb.topics.values():
        data = TopicPage(lang, topic.id).pack()
        if data:
            rows.append([InlineKeyboardButton(_shorten(topic.name.get(lang), MAX_BUTTON_CHARS), callback_data=data)])
    return Outgoing(_Pages().text(text("topics_title", lang)).done(), _keyboard(rows))


def topic_questions(kb: KnowledgeBase, topic_id: str, lang: Lang, page: int = 0) -> Outgoing:
    """One page of a topic's questions as buttons, with paging and a way back."""
    topic = kb.topics[topic_id]
    items = kb.items_in_topic(topic_id)
    last_page = max(0, (len(items) - 1) // TOPIC_PAGE_SIZE)
    page = min(max(page, 0), last_page)
    shown = items[page * TOPIC_PAGE_SIZE:(page + 1) * TOPIC_PAGE_SIZE]
    pages = _Pages().text(topic.name.get(lang), tag="b")
    if topic.description:
        pages.text(topic.description.get(lang))
    rows = _question_rows([Suggestion(i.id, i.questions.first(lang)) for i in shown], lambda s: Answer(lang, s.id))
    paging = []
    if page > 0 and (data := TopicPage(lang, topic_id, page - 1).pack()):
        paging.append(InlineKeyboardButton(text("previous", lang), callback_data=data))
    if page < last_page and (data := TopicPage(lang, topic_id, page + 1).pack()):
        paging.append(InlineKeyboardButton(text("next", lang), callback_data=data))
    if paging:
        rows.append(paging)
    rows.append([InlineKeyboardButton(text("back_to_topics", lang), callback_data=Topics(lang).pack())])
    return Outgoing(pages.done(), _keyboard(rows))


def sources(kb: KnowledgeBase, lang: Lang) -> Outgoing:
    pages = _Pages().text(text("sources_title", lang), tag="b")
    for number, source in enumerate(kb.sources.values(), 1):
        pages.html(f"{number}. {source_html(source, lang)}", sep="\n\n")
    return Outgoing(pages.done())


def privacy(kb: KnowledgeBase, lang: Lang, retention_days: int) -> Outgoing:
    """What is kept, for how long, and how to delete it: the facts "who are you" tells too."""
    return Outgoing(_Pages().text(with_settings(kb.smalltalk.answer_of("privacy", lang), retention_days)).done())


def forget_confirm(lang: Lang) -> Outgoing:
    row = [InlineKeyboardButton(text("forget_yes", lang), callback_data=Forget(True).pack()),
           InlineKeyboardButton(text("forget_no", lang), callback_data=Forget(False).pack())]
    return Outgoing(_Pages().text(text("forget_confirm", lang)).done(), InlineKeyboardMarkup([row]))


def with_settings(body: str, retention_days: int | None) -> str:
    """Small-talk answers name the retention period, which is a setting of the running bot."""
    return body.replace("{retention_days}", str(retention_days)) if retention_days is not None else body


def language_choice(lang: Lang) -> Outgoing:
    row = [InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=Language(code).pack()) for code in LANGS]
    return Outgoing(_Pages().text(text("choose_language", lang)).done(), InlineKeyboardMarkup([row]))


def source_html(source: Source, lang: Lang) -> str:
    """Title (linked where there is a URL), author and publisher, date."""
    title = html.escape(source.title)
    parts = [f'<a href="{html.escape(source.url)}">{title}</a>' if source.url else title]
    by = ", ".join(p for p in (source.author, source.publisher) if p)
    if by:
        parts.append(html.escape(by))
    if source.date:
        parts.append(source.date.strftime("%d/%m/%Y") if lang == "vi" else source.date.isoformat())
    return " — ".join(parts)


# -- admins --------------------------------------------------------------------------


def reload_report(report: ReloadReport, lang: Lang, fleet: ReloadRound | None = None) -> Outgoing:
    """What a reload changed and, with several replicas, which of them serve the new version."""
    pages = _Pages().text(text("reload_ok", lang), tag="b")
    pages.text(f"entries: {report.entries}, facts: {report.facts}, load: {report.load_ms:.0f} ms")
    for label, ids in (("added", report.added), ("removed", report.removed), ("changed", report.changed)):
        pages.text(f"{label}: {len(ids)}{_few(ids)}", sep="\n")
    if report.warnings:
        pages.text(f"self-test warnings: {len(report.warnings)}{_few(report.warnings)}", sep="\n")
    if fleet is not None:
        _replicas(pages, fleet)
    return Outgoing(pages.done())


def _replicas(pages: _Pages, fleet: ReloadRound) -> None:
    if fleet.unreachable:
        pages.text(f"version {fleet.fingerprint} serves here only: the other replicas could not be told "
                   f"({fleet.unreachable})")
        return
    pages.text(f"replicas serving version {fleet.fingerprint}: {fleet.serving} of {fleet.total}")
    for answer in fleet.refused:
        pages.text(f"refused by {answer.replica} (still serving {answer.fingerprint}): "
                   f"{_shorten(answer.detail, 300)}", sep="\n")
    if fleet.silent:
        pages.text(f"no answer within {fleet.wait:g} s: {', '.join(fleet.silent)}", sep="\n")


def reload_failed(error: Exception, lang: Lang) -> Outgoing:
    pages = _Pages().text(text("reload_failed", lang), tag="b")
    pages.text(_shorten(str(error), 3000), tag="code")
    return Outgoing(pages.done())


def stats(found: Stats, kb: KnowledgeBase, lang: Lang, stale: int = 0) -> Outgoing:
    pages = _Pages().text(f"Stats, last {found.days} days", tag="b")
    pages.text(f"questions: {found.questions}")
    for outcome in ("answer", "overview", "suggest", "decline", "urgent", "smalltalk"):
        count = found.outcomes.get(outcome, 0)
        share = 100 * count / found.questions if found.questions else 0.0
        pages.text(f"{outcome}: {count} ({share:.0f}%)", sep="\n")
    pages.text(f"feedback: 👍 {found.feedback.get(1, 0)} / 👎 {found.feedback.get(-1, 0)}", sep="\n")
    pages.text(f"stale entries: {stale} (see /review)", sep="\n")
    if found.top_entries:
        pages.text("most asked:", tag="b")
        for entry_id, count in found.top_entries:
            question = kb.question_for(entry_id, lang) if entry_id in kb.items else "?"
            pages.text(f"{count} × {entry_id} — {question}", sep="\n")
    if found.unanswered:
        pages.text("most frequent unanswered:", tag="b")
        for question, count in found.unanswered:
            pages.text(f"{count} × «{_shorten(question, ECHO_CHARS)}»", sep="\n")
    return Outgoing(pages.done())


def review(found: Review, lang: Lang, top: int = REVIEW_TOP) -> Outgoing:
    """The top of each review list, a line per item; ``python -m bot review`` has them all."""
    pages = _Pages().text(f"Review, last {found.days} days", tag="b")

    def section(title: str, lines: list[str], total: int) -> None:
        more = f", top {top}" if total > top else ""
        pages.text(f"{title} ({total}{more})", tag="b")
        for line in lines[:top] or ["—"]:
            pages.text(line, sep="\n")

    section("unanswered", [f"{u.count} × «{_shorten(u.question, ECHO_CHARS)}» → {u.best_guess or '?'}"
                           for u in found.unanswered], len(found.unanswered))
    section("learned", [f"{item.count} × «{_shorten(item.question, ECHO_CHARS)}» → {item.entry_id}"
                        for item in found.learned], len(found.learned))
    section("disliked 👎", [f"{d.count} × {d.entry_id}" for d in found.disliked], len(found.disliked))
    section("stale", [f"{s.id} — {s.checked.isoformat()}" for s in found.stale], len(found.stale))
    pages.text(text("review_more", lang))
    return Outgoing(pages.done())


# -- inline mode ---------------------------------------------------------------------


def inline_answer(found: Reply) -> InlineQueryResultArticle:
    """An answer to send into any chat; its id is the entry id."""
    return InlineQueryResultArticle(
        id=found.id or "answer",
        title=found.question or _shorten(found.body, MAX_BUTTON_CHARS),
        description=_shorten(found.body, 100),
        input_message_content=InputTextMessageContent(answer(found).texts[0], parse_mode=ParseMode.HTML),
    )


def inline_hotline(card: Reply) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id="hotline",
        title=text("hotline_title", card.lang),
        description=_shorten(card.body, 100),
        input_message_content=InputTextMessageContent(hotline(card).texts[0], parse_mode=ParseMode.HTML),
    )


# -- building blocks -----------------------------------------------------------------


def _add_sources(pages: _Pages, found: Sequence[Source], lang: Lang) -> None:
    label = html.escape(text("source_label", lang))
    for number, source in enumerate(found):
        pages.html(f"<i>{label}: {source_html(source, lang)}</i>", sep="\n\n" if number == 0 else "\n")


def _question_rows(
    questions: Iterable[Suggestion], button: Callable[[Suggestion], Button]
) -> list[list[InlineKeyboardButton]]:
    rows = []
    for question in questions:
        data = button(question).pack()
        if data:  # an id too long for callback data gets no button
            rows.append([InlineKeyboardButton(_shorten(question.question, MAX_BUTTON_CHARS), callback_data=data)])
    return rows


def _topics_button(lang: Lang) -> InlineKeyboardMarkup:
    button = InlineKeyboardButton(text("topics_button", lang), callback_data=Topics(lang).pack())
    return InlineKeyboardMarkup([[button]])


def _keyboard(rows: list[list[InlineKeyboardButton]]) -> InlineKeyboardMarkup | None:
    return InlineKeyboardMarkup(rows) if rows else None


def _few(ids: Sequence[str], limit: int = 5) -> str:
    if not ids:
        return ""
    more = f" (+{len(ids) - limit})" if len(ids) > limit else ""
    return " — " + ", ".join(ids[:limit]) + more


def _shorten(value: str, limit: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def telegram_length(value: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(value.encode("utf-16-le")) // 2


_TAG = re.compile(r"<[^>]*>")


def visible_text(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


class _Pages:
    """Builds messages of at most ``limit`` characters from escaped, never-split pieces."""

    def __init__(self, limit: int = MAX_CHARS) -> None:
        self.limit = limit
        self._pages = [""]

    def text(self, plain: str, tag: str | None = None, sep: str = "\n\n") -> _Pages:
        """Add plain text, escaped, in ``<tag>`` if given; long lines are cut between words."""
        opening, closing = (f"<{tag}>", f"</{tag.split()[0]}>") if tag else ("", "")
        room = self.limit - telegram_length(opening + closing)
        for number, line in enumerate(plain.split("\n")):
            for piece_number, piece in enumerate(_cut(line, room)):
                fragment = f"{opening}{html.escape(piece)}{closing}" if piece.strip() else piece
                if number == 0 and piece_number == 0:
                    self._put(fragment, sep)
                else:
                    self._put(fragment, "" if piece_number else "\n")
        return self

    def html(self, fragment: str, sep: str = "\n\n") -> _Pages:
        """Add a short piece of ready HTML; one too long is added as its plain text instead."""
        if telegram_length(fragment) > self.limit:
            return self.text(visible_text(fragment), sep=sep)
        self._put(fragment, sep)
        return self

    def done(self) -> tuple[str, ...]:
        pages = tuple(page.strip() for page in self._pages if visible_text(page).strip())
        return pages or ("…",)

    def _put(self, fragment: str, sep: str) -> None:
        page = self._pages[-1]
        joined = f"{page}{sep}{fragment}" if page else fragment
        if telegram_length(joined) <= self.limit:
            self._pages[-1] = joined
        else:
            self._pages.append(fragment)


def _cut(line: str, room: int) -> list[str]:
    """Pieces of ``line`` whose escaped form fits in ``room``, cut after a space where possible."""
    pieces = []
    rest = line
    while telegram_length(html.escape(rest)) > room:
        low, high = 1, len(rest)
        while low < high:  # the longest prefix that fits
            middle = (low + high + 1) // 2
            if telegram_length(html.escape(rest[:middle])) <= room:
                low = middle
            else:
                high = middle - 1
        end = low
        space = rest.rfind(" ", 0, end)
        if space > end // 2:
            end = space + 1
        pieces.append(rest[:end])
        rest = rest[end:]
    pieces.append(rest)
    return pieces
