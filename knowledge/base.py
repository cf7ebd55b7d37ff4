"""The knowledge base as the bot uses it: validated data plus the indexes to answer from."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise, takewhile
from pathlib import Path

from knowledge.acronyms import Acronyms
from knowledge.asked import HELD_TITLES, LAST_ITEM, Shape, gives, people_asked_about, said_by
from knowledge.crisis import CrisisDetector, CrisisVerdict
from knowledge.crisis_model import CrisisModel
from knowledge.decision import ANSWER_PROBABILITY, QUESTION_WORDS, SUGGEST_PROBABILITY, Evidence, evidence
from knowledge.decision_model import DecisionModel
from knowledge.facts import answer_fact, extreme_asked
from knowledge.loader import DEFAULT_DATA_DIR, RawKnowledge, load_raw
from knowledge.matcher import Document, Match, Matcher
from knowledge.normalize import FUNCTION_WORDS, Normalizer, fold, years_in
from knowledge.reply import Reply, Status, Suggestion
from knowledge.schema import Entry, Fact, Lang, Localized, SmallTalk, Source, Topic
from knowledge.smalltalk import WHO_ARE_YOU, SmallTalkFinder
from knowledge.smalltalk_model import SmallTalkModel
from knowledge.table import TablePlanner
from knowledge.understand import (
    DEMONYMS,
    DONE_BY,
    FOLDED_COUNTRIES,
    SPEECHES,
    VICE_PRESIDENT,
    Message,
    capitalised,
    name_pairs,
    short_core,
    story_words,
    typed_words,
    understand,
    unframed,
)


@dataclass(frozen=True)
class Thresholds:
    """Where "answer", "suggest" and "decline" part (see ``knowledge.decision`` and ``eval/fit_decision.py``).

    With the word-by-word reading of ``knowledge.decision_model`` shipped, its own two thresholds
    replace the first two: they are on its probability, not the features'.
    """

    answer: float = ANSWER_PROBABILITY  # the model's probability that the best entry is right
    suggest: float = SUGGEST_PROBABILITY  # below this, decline
    floor: float = 0.30  # a best score below this is no candidate at all
    related: float = 0.50  # from this score, an entry that lacks what was asked is shown as what the documents say
    # Beside a danger cue, an answer must also score this much: a wrong answer to a person in
    # danger costs the card.
    sure: float = 0.80
    close: float = 0.05  # an alternative beside an answer, or a second suggestion, scores at most this much less
    focus_gap: float = 0.10  # an entry this close to the best comes first if it has what "which ..." asks about
    # An entry scoring this close to a best one the model doubts is the answer if the model is this sure
    # of it: near-ties are ordered by which stored question happened to be worded closer.
    rival_gap: float = 0.05
    rival_answer: float = 0.98
    alternatives: int = 2


Item = Entry | Fact
# A word in at most this many entries names something in them: it keeps a message from being small talk.
RARE_TOPIC_DOCUMENTS = 5
RARE_NAME_DOCUMENTS = 3
# A whole long message matched this weakly may be pulled by its story; its asking clause, matched this
# much better, answers instead.
WEAK_WHOLE = 0.5
CLAUSE_BETTER = 0.35
# ... or this much better when the rest is the writer's story ("I'm writing a piece about the HRC 54th
# session."), which tells who asks, not what.
STORY_BETTER = 0.15
CLAUSE_SURER = 0.15  # over a whole message that found two entries close, the clause that asks breaks the tie


# Two entries whose scores differ by less than this are scored alike: the matcher's order between
# them says nothing (a wider band lets entries that give a number answer questions out of scope).
_TIE = 0.001


class KnowledgeBase:
    def __init__(self, raw: RawKnowledge, thresholds: Thresholds | None = None, load_ms: float = 0.0) -> None:
        self.raw = raw
        self.decision_model = DecisionModel.load()
        if thresholds is None and self.decision_model is not None:
            thresholds = Thresholds(answer=self.decision_model.answer, suggest=self.decision_model.suggest)
        self.thresholds = thresholds or Thresholds()
        self.load_ms = load_ms
        self.sources: dict[str, Source] = {s.id: s for s in raw.sources}
        self.topics: dict[str, Topic] = {t.id: t for t in raw.topics}
        self.items: dict[str, Item] = {e.id: e for e in raw.entries} | {f.id: f for f in raw.facts}
        self.normalizer = Normalizer(
            ((g.canonical, g.variants) for g in raw.synonyms),
            entities=[g.canonical for g in raw.synonyms if g.entity],
            countries=[g.canonical for g in raw.synonyms if g.country],
            shorthand=((s.word, s.forms) for s in raw.shorthand),
        )
        # Questions on a statistics table (a year's row, a change, the highest year) are answered
        # from the table itself; the matcher keeps the words the table planner reads as typed.
        self.table = TablePlanner(raw, self.normalizer)
        self.matcher = Matcher([_document(i) for i in self.items.values()], self.normalizer, self.table.vocabulary)
        self._keywords = {
            key: topic.id for topic in raw.topics for keyword in topic.keywords
            if (key := _keyword(self.normalizer.tokens(keyword)))
        }
        self.crisis = CrisisDetector(raw.crisis)
        self.crisis_model = CrisisModel.load()
        self.acronyms = Acronyms((item_id, _texts(item)) for item_id, item in self.items.items())
        self.smalltalk = SmallTalkFinder(raw.smalltalk, raw.particles)
        self.smalltalk_model = SmallTalkModel.load()
        # Every answer read once, here, not on a user's question (a long one takes milliseconds);
        # copies of one text share one reading.
        read: dict[tuple[str, ...], Shape] = {}
        self._shapes: dict[str, Shape] = {}
        people = people_asked_about(q for item in self.items.values() for q in item.questions.all())
        for item_id, item in self.items.items():
            texts = _texts(item)
            if texts not in read:
                read[texts] = Shape.of(texts, self.normalizer, people)
            self._shapes[item_id] = read[texts]
        self._people = frozenset(tuple(fold(name).split()) for name in people)
        self._name_pairs: set[tuple[str, str]] = set()  # two words of a name the documents use
        self._typed: set[str] = set()  # every word the documents use, lower-cased with its diacritics
        self._capitals: set[str] = set()  # those they type with a capital inside a sentence
        for text in {text for item in self.items.values() for text in (*item.questions.all(), *_texts(item))}:
            self._name_pairs |= name_pairs(text)
            self._typed |= typed_words(text)
            self._capitals |= capitalised(text)
        self._fingerprint: str | None = None

    @classmethod
    def load(cls, directory: Path = DEFAULT_DATA_DIR, thresholds: Thresholds | None = None) -> KnowledgeBase:
        started = time.perf_counter()
        raw = load_raw(directory)
        base = cls(raw, thresholds)
        base.load_ms = (time.perf_counter() - started) * 1000
        return base

    # -- answering ---------------------------------------------------------------

    def understand(self, text: str, lang: Lang | None = None) -> Message:
        """Read a message once; ``decide`` and every front work from the result."""
        return self._names_apart(understand(text, self.matcher, lang))

    def _names_apart(self, message: Message) -> Message:
        """Two names typed side by side, each one the documents use, are two names.

        "Nguyễn Thanh Sơn Ban Chỉ đạo nhân quyền chức vụ" runs a person and a board together in
        capitals; read as one name, "Sơn Ban" is a pair no entry uses and the question names
        something the documents never speak of. A run is cut only where a pair is unknown and
        every piece is a name of two words or more the documents use, so that "Thái Lan", or
        an unknown name beside a known one, stays what it is.
        """
        if not any(len(name) >= 4 for name in message.proper):
            return message
        proper: list[tuple[str, ...]] = []
        typed: list[str] = []
        for name, said in zip(message.proper, message.typed, strict=True):
            pieces = self._pieces(name)
            words = said.split()
            if len(pieces) == 1 or len(words) != len(name):
                proper.append(name)
                typed.append(said)
                continue
            at = 0
            for piece in pieces:
                proper.append(piece)
                typed.append(" ".join(words[at : at + len(piece)]))
                at += len(piece)
        return replace(message, proper=tuple(proper), typed=tuple(typed))

    def _pieces(self, name: tuple[str, ...]) -> list[tuple[str, ...]]:
        """A name cut where two of its words are never side by side in the documents, if every
        piece is then a name of theirs of two words or more; else the name whole."""
        pieces = [[name[0]]]
        for first, second in pairwise(name):
            if (first, second) in self._name_pairs:
                pieces[-1].append(second)
            else:
                pieces.append([second])
        if any(len(piece) < 2 for piece in pieces):
            return [name]
        return [tuple(piece) for piece in pieces]

    def ask(self, text: str, lang: Lang | None = None) -> Reply:
        """The bot's reply to one message, in ``lang`` if the person chose one."""
        return self.decide(self.understand(text, lang))

    def cues(self, message: Message) -> CrisisVerdict:
        """The crisis rules' verdict alone, on what they read of a message: its folded words and laughter."""
        return self.crisis(message.folded, message.laughing)

    def danger(self, message: Message) -> CrisisVerdict:
        """Whether the writer, or someone they speak for, is in danger: the cues, then the model."""
        verdict = self.cues(message)
        return verdict if self.crisis_model is None else self.crisis_model.judge(message.spelt, verdict)

    def decide(self, message: Message) -> Reply:
        """Answer, suggest, decline, small talk or the urgent card: the one decision every front renders."""
        crisis = self.danger(message)
        if crisis.level == "crisis":
            return self.hotline(message.lang)
        topic = self._keywords.get(_keyword(message.words)) if message.asks == "other" else None
        # "Nguyễn Vũ Minh là ai" asks about the author, not "who are you" ("mình"), and "mẹ bỏ em đi
        # rồi" is no "ok": a name the documents use, or a harm to someone, is never small talk.
        # Nor is one that names a post: "Đại sứ Anh tên j" asks the UK ambassador's name, not "anh tên gì".
        # The title spelt out too: "đs anh tên j" is "đại sứ Anh".
        held = _HOLDER.search(f" {message.folded} ") or _HOLDER.search(f" {' '.join(message.spelt)} ")
        may_talk = not (crisis.bound or self._names_a_person(message) or held)
        # Before the empty check: "👍" or "🙏" folds to nothing and is small talk all the same.
        folded = " ".join(self.smalltalk.as_typed(message.text, message.folded.split()))
        talk = self.smalltalk.find(message.text, folded, self._talk_words(message), self._topical) if may_talk else None
        if crisis.level == "cue" and crisis.situation is None and talk is not None:
            # Only the model's doubt, no danger word: a message that is small talk through and through
            # ("em là trợ lý ảo à?") is answered as such.
            return self._small_talk(talk, message)
        if crisis.level == "cue":
            # A danger cue that may also be a topical question ("tung ảnh nóng"): an
            # answer the knowledge base is sure of, else the card. Sure means past the
            # bar where no margin is needed: a keyword's best match is not enough when
            # the price of a wrong answer is a person in danger without the card. A bare
            # topic ("tell me about human trafficking") is asking for the overview, unless it names
            # someone it happened to ("I was trafficked").
            if topic is not None and "person" not in crisis.signs:
                return self.overview(topic, message.lang)
            decided = self._answer(message)
            sure = decided.status == "answer" and decided.score >= self.thresholds.sure
            return decided if sure else self.hotline(message.lang)
        if talk is not None:
            return self._small_talk(talk, message)
        if message.empty:
            return Reply("decline", message.lang, self._empty_text(message.lang))
        if may_talk and _IS_THIS_THE_HOTLINE.search(f" {message.folded} "):
            # "đây có phải tổng đài 111 không": the writer may think a person at the hotline reads
            # this; who answers says it is a bot, and that 111 is called.
            hotline = self.smalltalk.talk(WHO_ARE_YOU)
            if hotline is not None:
                return self._small_talk((hotline, None), message)
        if topic is not None:
            # "Bot này của UN hả, what is it for?" names a topic but asks about the bot.
            if "bot" in message.spelt and may_talk:
                guessed = self._guessed_talk(message, answered=False, suggested=False)
                if guessed is not None:
                    return self._small_talk(guessed, message)
            return self.overview(topic, message.lang)
        # A short message with a small-talk cue is small talk when nothing answers it, or when it
        # speaks of the bot itself ("bot này dùng để làm gì" is not MEDEVAC's "dùng để làm gì").
        about_bot = "bot" in message.spelt or bool(_THIS_PAGE.search(message.folded))
        reply = None if about_bot else self._keyword_answer(message) or self._answer(message)
        if not may_talk:
            return reply if reply is not None else self._answer(message)
        answered = reply is not None and reply.status not in ("decline", "suggest")
        guessed = self._guessed_talk(message, answered, suggested=reply is not None and reply.status == "suggest")
        if guessed is not None:
            return self._small_talk(guessed, message)
        return reply if reply is not None else self._answer(message)

    def _keyword_answer(self, message: Message) -> Reply | None:
        """A keyword asked for in framing words ("tell me about 111", "giới thiệu về tổng đài 111"), as
        the keyword alone is answered: the framing words matched stored questions of their own ("tell"
        is the "báo" of what people reported to 111)."""
        framed = _ABOUT.match(message.folded)
        if framed is None or message.asks != "other":
            return None
        rest = _ABOUT_END.sub("", message.folded[framed.end() :]).split()
        if not 0 < len(rest) <= 3:
            return None
        reply = self._answer(understand(" ".join(rest), self.matcher, message.lang))
        return reply if reply.status == "answer" else None

    def _guessed_talk(self, message: Message, answered: bool, suggested: bool) -> tuple[SmallTalk, Lang | None] | None:
        """Small talk read from its cues (only an opening one over an answer), else by the model."""
        spelt = self._talk_words(message)
        guessed = (
            self.smalltalk.opening(spelt, self._names_topic, message.words)
            if answered
            else self.smalltalk.guess(spelt, self._names_topic, message.words)
        )
        return guessed if guessed is not None else self._learned_talk(message, answered, suggested)

    def _learned_talk(self, message: Message, answered: bool, suggested: bool) -> tuple[SmallTalk, Lang | None] | None:
        """The small-talk model, for what the phrases and cues miss.

        Where nothing answers; and, only where it is all but sure, over an answer or a "did you
        mean" (which found something the question may be about), or for a message that names a
        topic or a number ("is this UNICEF's bot?" is small talk, "gọi 111 có sai số không" is not);
        never over an answer to a message that names a topic. A question for a number, a date or a
        place ("Hà Giang ở đâu") is no small talk, whatever the model makes of words it never saw;
        one for a person only when the model is all but sure ("ai làm ra bot này" is small talk,
        "ai leo Fansipan đầu tiên" is not).
        """
        if self.smalltalk_model is None or message.asks in ("number", "date", "place"):
            return None
        plain = self.smalltalk.names_nothing(message.spelt, self._names_topic, message.words)
        if answered and not plain:
            return None
        # A word typed with other marks than small talk's ("giá vàng" is no "vâng") reads, folded, like
        # small talk: the model must be all but sure.
        marked = self.smalltalk.sets_apart(message.text)
        sure = answered or suggested or not plain or message.asks == "person" or marked
        kind = self.smalltalk_model.guess(message.spelt, sure=sure)
        if message.asks == "person" and message.proper and kind != WHO_ARE_YOU:
            # "ai leo Fansipan đầu tiên?" asks who someone named is, and is no greeting whatever its
            # letters; "alo, có ai ở đó không" names no one and is.
            return None
        if message.asks == "person" and any(
            len(name) > 3 and self.matcher.document_frequency(name) for name in message.names
        ):
            # "MOLISA MPS MOD MOFA ... who chaired": who of the bodies the documents name, not "who
            # are you" read in a moderator's "mod". ("Bạn là AI à" names no body.)
            return None
        learned = self.smalltalk.talk(kind)
        return None if learned is None else (learned, None)

    def _talk_words(self, message: Message) -> list[str]:
        """The words small talk reads: spelt out, and set apart where typed with other marks."""
        return self.smalltalk.as_typed(message.text, message.spelt)

    def _small_talk(self, talk: tuple[SmallTalk, Lang | None], message: Message) -> Reply:
        """The reply to small talk, in the language chosen, else the one its words are in."""
        found, talk_lang = talk
        lang = message.chosen or talk_lang or message.lang
        return Reply("smalltalk", lang, self.smalltalk.answer(found, lang), id=found.id, score=1.0)

    def _names_a_person(self, message: Message) -> bool:
        """Whether the message says two words of a name the documents use, side by side."""
        # Sentences open with a capital too ("Can I reach 111 online?"): a pair with a function
        # word, or of two small-talk words, is no name.
        return any(
            pair in self._name_pairs
            and not (pair[0] in FUNCTION_WORDS or pair[1] in FUNCTION_WORDS)
            and not self.smalltalk.particles >= set(pair)
            for pair in pairwise(message.folded.split())
        )

    def _names_topic(self, word: str) -> bool:
        """Whether a word is one of the knowledge base's named things: a synonym's token ("lhq", "tổng đài")."""
        names = self.normalizer
        tokens = names.rewrite([word])
        return any((t in names.canonical and t not in names.numerals) or t in names.entities for t in tokens)

    def _topical(self, word: str) -> bool:
        """Whether a word names something the knowledge base is about: a synonym's token, or a word
        only a few entries use (a name: "kendra rinas là ai" is no "who are you")."""
        return self._names_topic(word) or 0 < self.matcher.document_frequency(word) <= RARE_TOPIC_DOCUMENTS

    def _answer(self, message: Message) -> Reply:
        """The matcher's decision (on the whole message, else on the clause that asks), or the table's answer."""
        matches = self.candidates(message)
        reply = self._decide(message, matches)
        if reply.status == "suggest" and (core := short_core(message, self.matcher)) is not None:
            reply = self._confirmed(core, reply)
        elif reply.status == "decline" and reply.id is None and (core := short_core(message, self.matcher)) is not None:
            # "bão số 3 tên j ấy nhỉ, quên mất r": the aside pulls the whole message under the floor;
            # the clause that asks answers, with the entry the whole message found first, if the
            # aside names nothing of its own and asks nothing: no "..., year cụ thể?", no choice
            # ("..., pfizer hay astra z").
            rest = self._rest(message, core)
            asks = "?" in rest.text or _asks(rest) or _CHOICE.search(f" {rest.folded} ") is not None
            aside = message.names <= core.names and not asks
            if aside and _ASKING.search(core.folded) and matches:
                clause = self._decided(core)
                reply = clause if clause.status == "answer" and clause.id == matches[0].id else reply
        elif reply.status == "answer" and message.core is not None and reply.score < WEAK_WHOLE:
            # A story around the question may pull the whole message to a weak match ("I'm writing a
            # piece on the child helpline. How many calls ... in 2022, and how many cases ..."): the
            # clause that asks, matched far better, answers instead.
            clause = self._decided(message.core)
            dropped = self._dropped(message)
            margin = STORY_BETTER if story_words(message.text) else CLAUSE_BETTER
            better = clause.score >= reply.score + margin
            alone = _stands_alone(message.core, clause, matches)
            if clause.status == "answer" and better and alone and self._holds(message, clause):
                if self._keeps_names(message, clause, dropped):
                    reply = self._with_years(clause, message)
                else:
                    # The weak whole may be the second question's entry: the first answered, it offered.
                    reply = self._with_second(message, clause, dropped) or reply
        elif reply.status == "answer" and message.core is not None:
            reply = self._tie_broken(message, matches, reply)
        if reply.status != "answer" and message.core is not None:
            clause = self._decided(message.core)
            # The clause alone may match something the whole message is not about, unless the
            # whole message matches nothing it could be related to (the rest is a story).
            whole = {m.id for m in matches if m.score >= self.thresholds.related}
            # Nor may it drop what the whole message names: "Diễn đàn ... (IMRF) lần đầu tiên được tổ
            # chức vào năm nào" is not the first time Viet Nam sat on the Security Council.
            dropped = self._dropped(message)
            named = self._keeps_names(message, clause, dropped)
            taken = (clause.id in {m.id for m in matches} or not whole) and _stands_alone(message.core, clause, matches)
            kept = not self._lacking(message, matches, clause) and self._holds(message, clause)
            # Nor may it give, as an answer, the entry the whole message found lacking what it asks
            # ("Đại sứ Hàn Quốc tại UN, người đọc tuyên bố ấy, tên là gì": the entry names no one).
            lacking = reply.status == "decline" and reply.id is not None and clause.id == reply.id
            if clause.status == "answer" and named and taken and kept and not lacking:
                reply = self._with_years(clause, message)
            elif clause.status == "answer" and taken and not named:
                reply = self._with_second(message, clause, dropped) or reply
            elif clause.status == "suggest" and clause.suggestions and reply.status == "decline" and reply.id is None:
                # Better a "did you mean" on what was asked than "not in my knowledge base" for the
                # story around it, if the whole message was matched to the entry offered first too.
                offered = replace(clause, id=clause.suggestions[0].id)
                if offered.id in {m.id for m in matches} and self._keeps_names(message, offered, dropped):
                    reply = clause
        # The story is read once, here if nothing answered yet, else below for the table if need be.
        unread = reply.status == "answer"
        plain = None if unread else unframed(message, self.matcher)
        if plain is not None:
            # "I'm writing a piece on Vietnam's record at the UN Human Rights Council. Which terms has
            # Vietnam served?": the story's words pull the match down; what it is about stays.
            told = self._decided(plain)
            # Or matched well enough alone that the story's words were all that hid it ("..., mk cần
            # viết bài thu hoạch" pulls the whole message to entries on articles).
            near = told.id in {m.id for m in matches[:3]}
            if told.status == "answer" and (near or told.score >= self.thresholds.sure):
                reply = told
        # "DaO là viết tắt của gì": the entry that spells the acronym out, whatever else scored.
        acronym = self.acronyms.asked(message.text, message.folded, message.spelt)
        owners = self.acronyms.owners(acronym) if acronym is not None else frozenset()
        if owners and not (reply.status == "answer" and reply.id in owners):
            ranked = [m for m in matches if m.id in owners]
            best = ranked[0] if ranked else None
            if best is not None and message.asked.attribute is not None and not self.gives(best.id, message):
                # "GIZ tên đầy đủ tiếng Đức": the entry spells it out, in no other language.
                return self._not_given(message, best, detail=True)
            return self.answer_for(best.id if best else min(owners), message.lang, words=message.words, match=best)
        if reply.status == "answer" and self.acronyms.unspelt(message.text, message.spelt) is not None:
            # The long name of an acronym no entry spells out: what they do say of it, as not the answer.
            said = next((m for m in matches if m.id == reply.id), None)
            if said is not None:
                return self._not_given(message, said, detail=True)
        # A question on a statistics table is answered from the table, unless the matcher is sure
        # it is about an entry beside it ("ASEAN's 2021 declaration on bullying" is no count of calls).
        table = self._tabled(message, message)
        if table is None and (reply.status != "answer" or self.table.owns(reply.id)):
            # "I'm analysing trends for a UNICEF brief - how far did calls fall ...": the story's
            # words are no part of a figure the table breaks down.
            plain = unframed(message, self.matcher) if unread else plain
            table = None if plain is None else self._tabled(plain, message)
        # A table of counts gives no share: "bao nhiêu % trẻ em bị bắt nạt" is not its calls, unless
        # the share asked is a change the table computes.
        if table is not None and message.asked.percent and "%" not in table.body:
            table = None
        if table is not None and (reply.status != "answer" or self.table.owns(reply.id)):
            return table
        return reply

    def _tabled(self, asked: Message, message: Message) -> Reply | None:
        """The table's answer to what is asked, unless the message asks a fine, a price or an age, or
        names what no entry uses or another country."""
        # A table counts calls and cases: it gives no fine, price or age. A name no entry uses is
        # about something else: "kids in the Philippines call ... like 111".
        # Nor a sum of money: "ADB cho VN vay bao nhiêu tiền" is no count of calls.
        if asked.asked.attribute is not None or asked.asked.money or self._names_nowhere(asked):
            return None
        # So is another country, whatever entries speak of it: hotline 111's table is Viet Nam's.
        if not self.normalizer.countries.isdisjoint(message.words) or message.countries_of_things:
            return None
        return self.table.answer(asked.words, message.lang, whole_year=asked.whole_year)

    def _tie_broken(self, message: Message, matches: Sequence[Match], reply: Reply) -> Reply:
        """Two entries close on the whole message, the clause that asks sure of the second: the second.
        "năm 2021 có bn ca xâm hại trẻ em trên mạng báo về 111 z, con mk cx hay lên mạng nên lo wa": the
        worry told after the question, which asks nothing, pulls to the count of personal details posted "lên mạng"."""
        assert message.core is not None
        top = matches[0].score
        close = {m.id for m in matches[1:3] if m.score >= top - self.thresholds.focus_gap}
        if not close:
            return reply
        clause = self._decided(message.core)
        if clause.status != "answer" or clause.id not in close or clause.score < reply.score + CLAUSE_SURER:
            return reply
        if not (self._keeps_names(message, clause, self._dropped(message)) and self._holds(message, clause)):
            return reply
        # "Mấy phương hướng? Phương hướng thứ ba là gì?": the rest asks too, and the whole knows both;
        # "Mấy phương hướng? Kể ra giúp tôi": the list the rest asks for is the whole's entry, not a count.
        if _asks(self._rest(message)) or (self._lists(message, reply.id) and not self._lists(message, clause.id)):
            return reply
        return self._with_years(clause, message)

    def _lists(self, message: Message, item_id: str | None) -> bool:
        """Whether the message asks for the items of a list and the entry lists them one by one."""
        return item_id is not None and message.lists and self._shape(item_id).whole_list

    def _decided(self, message: Message) -> Reply:
        """The matcher's decision on a message's own candidates (a clause, or what is left of it)."""
        return self._decide(message, self.candidates(message))

    def _confirmed(self, core: Message, reply: Reply) -> Reply:
        """A "did you mean" whose first entry the clause that asks, read alone, answers: that answer.
        The chat around a short question ("..., e cần làm bài gấp") is no doubt about which entry."""
        if not reply.suggestions:
            return reply
        clause = self._decided(core)
        return clause if clause.status == "answer" and clause.id == reply.suggestions[0].id else reply

    def _with_years(self, clause: Reply, message: Message) -> Reply:
        """The clause's answer, with the years the rest of the message names: "How many calls ... in
        2021, compared with 2020?" asks both, though the clause that asks names one."""
        assert message.core is not None and clause.id is not None
        if not message.years - message.core.years or not isinstance(self.items[clause.id], Fact):
            return clause
        again = self.answer_for(clause.id, message.lang, words=message.words)
        if again.status == "decline":
            # "Trong giai đoạn 2012-2016, tổng viện trợ ... bao nhiêu": the years asked have no figure, and
            # the table says so with the periods it has, not the whole table as if it answered them.
            return again
        return replace(clause, body=again.body) if again.status == "answer" else clause

    def _holds(self, message: Message, clause: Reply) -> bool:
        """Whether the clause's entry speaks of what the whole message asks about its subject: "What
        nationality is Park Mi-hyung, the former IOM chief of mission?" asks a nationality, though the
        clause that ends in "?" names only the post."""
        return message.asked.attribute is None or clause.id is None or self.gives(clause.id, message)

    def _lacking(self, message: Message, matches: Sequence[Match], clause: Reply) -> bool:
        """Whether a long message asks a second thing beside its asking clause, which the clause's
        entry was found not to hold ("ký ở đâu, bao nhiêu nước ký rồi", "IMRF 2026 kết quả ra sao,
        VN có thành quốc gia đi đầu không"). A story around the clause asks nothing ("mình đọc news
        thấy nói ..."); the rest is read only when the entry lacks what the whole message asks."""
        if not matches or clause.id != matches[0].id or self.gives(clause.id, message):
            return False
        return _asks(self._rest(message))

    def _rest(self, message: Message, clause: Message | None = None) -> Message:
        """A message without its asking clause (its ``core`` unless said), read on its own."""
        clause = clause or message.core
        assert clause is not None
        return understand(message.text.replace(clause.text, " "), self.matcher, message.lang)

    def _dropped(self, message: Message) -> list[str]:
        """The names a long message says outside its asking clause. (A name no entry uses, "Mình làm
        cho một INGO", is the writer's story; so is any name said only where the writer tells about
        themselves: "I work for an NGO and I'm preparing a report: how many calls ...".)"""
        assert message.core is not None
        story = story_words(message.text)
        return [n for n in message.names - message.core.names if self.matcher.document_frequency(n) and n not in story]

    def _elsewhere(self, message: Message, item_id: str | None) -> bool:
        """Whether the message names a country (one that folds to an everyday word) the entry does not."""
        return any(
            item_id is None or not any(self.mentions(item_id, name) for name in FOLDED_COUNTRIES[country])
            for country in message.located
        )

    def _keeps_names(self, message: Message, clause: Reply, dropped: Sequence[str]) -> bool:
        """Whether the clause's entry mentions every name the clause left out, and every country the
        whole message places someone in ("e ở úc")."""
        return (
            clause.id is not None
            and all(self.mentions(clause.id, (name,)) for name in dropped)
            and not self._elsewhere(message, clause.id)
            and self._keeps_years(message, clause.id)
        )

    def _keeps_years(self, message: Message, item_id: str) -> bool:
        """Whether an entry says a year the rest of a long message names, or is a table of figures
        that gives them ("Sau khi sắp xếp lại các bộ năm 2025, Cục Trẻ em trực thuộc bộ nào?" is not
        answered by what the Department belonged to before)."""
        assert message.core is not None
        years = message.years - message.core.years
        # One of them will do: "Between 2012 and 2016, what terms ..." is answered by "2014-2016".
        return not years or isinstance(self.items[item_id], Fact) or any(
            self.mentions(item_id, (str(year),)) for year in years
        )

    def _with_second(self, message: Message, clause: Reply, dropped: Sequence[str]) -> Reply | None:
        """The clause's answer with a second question's entries offered first among the related ones.

        A name the clause's entry does not use may be said in a second question of its own ("In what
        year did Viet Nam start sending peacekeepers, and when did it first sit on the Security
        Council?"): when other entries answer it, or may, the first is answered and the second
        offered. (A second thing asked without a name, "bao nhiêu nước ký rồi", read alone, matches
        anything: None.)"""
        second = self._second(message, dropped)
        if second is None or not (seconds := self._offered(second, clause)):
            return None
        offered = {s.id for s in seconds}
        return replace(clause, related=(*seconds, *(r for r in clause.related if r.id not in offered)))

    def _second(self, message: Message, dropped: Sequence[str]) -> Reply | None:
        """The decision on the rest of a long message, if it asks a question of its own that says
        every name the asking clause leaves out."""
        rest = self._rest(message)
        if not _asks(rest) or not all(name in rest.names for name in dropped):
            return None
        return self._decided(rest)

    def _offered(self, second: Reply, clause: Reply) -> tuple[Suggestion, ...]:
        """What answers, or may answer, a second question beside the clause's entry: its entry, or
        the entries a "did you mean" offered for it; nothing if it is declined."""
        if second.status == "answer" and second.id is not None:
            found: tuple[Suggestion, ...] = (Suggestion(second.id, self.question_for(second.id, second.lang)),)
        else:
            found = second.suggestions if second.status == "suggest" else ()
        return tuple(s for s in found if s.id != clause.id)

    def candidates(self, message: Message) -> list[Match]:
        """The best matches, the first of them one that has what a "which ..." question asks about.

        Of entries that score almost alike, one that mentions what the question is about comes
        first ("What is the website of hotline 111?" is about a website). Moving ahead one that
        gives the kind of thing asked, instead, answered more questions wrongly on the tune sets:
        an entry on another subject often has some number or date.
        """
        matches = self.matcher.search(message.text, limit=5, words=message.words, names=message.names)
        long_names = [name for name in message.proper if len(name) > 1]
        if long_names and len(matches) > 1 and not any(self.mentions(matches[0].id, n) for n in long_names):
            # "which decree guides the Cybersecurity Law": of entries that score almost alike, the
            # one that names what the question names, not a decree on another law. Only as close as
            # a "did you mean": a place named in passing ("the VN rep in New York") may be in neither.
            matches = self._first_that(
                matches, lambda item_id: all(self.mentions(item_id, n) for n in long_names), gap=self.thresholds.close
            )
        code = _text_code(message.words)
        if code and len(matches) > 1:
            # "Thông tư 09/2017 quy định những gì": the entry asked about that text by its number, not a
            # list of the laws that names it among others, though the list's words match as well.
            matches = self._first_that(
                matches,
                lambda item_id: any(all(n in q.split() for n in code) for q in self.matcher.questions_of(item_id)),
                gap=self.thresholds.focus_gap,
            )
        if message.focus and len(matches) > 1:
            # Not past the names typed: "Cô Lê Thị Thu Hằng giữ chức vụ gì" is about her, and the
            # entry on another official's "chức vụ" is not.
            # An act asked by who did it ("who opened ..."): few entries tell an opener, so one
            # further behind that does is the answer, not the event's own entry, whose name
            # ("the Global Plan of Action") the opener's entry need not repeat.
            acted = message.asks == "person" and any(w in DONE_BY or w in SPEECHES for w in message.focus)
            # Nor past a name or acronym the best entry has ("ECOSOC ... giai đoạn nào" is not the GCM
            # plan's "giai đoạn").
            typed = [n for n in message.proper if len(n) > 1] + [(n,) for n in sorted(message.names)]
            named = [] if acted else [n for n in typed if self.mentions(matches[0].id, n)]
            matches = self._first_that(
                matches,
                lambda item_id: self._has_all(item_id, message.focus) and all(self.mentions(item_id, n) for n in named),
                gap=2 * self.thresholds.focus_gap if acted else None,
            )
        if len(matches) > 1 and message.lists:
            # "mấy phương hướng, kể ra giùm e": of entries that score almost alike, the one that lists
            # them item by item, not the one that counts them or tells how they were agreed.
            matches = self._first_that(matches, lambda item_id: self._shape(item_id).whole_list)
        return matches

    def _first_that(self, matches: list[Match], test: Callable[[str], bool], gap: float | None = None) -> list[Match]:
        """``matches`` with the first that passes ``test`` moved ahead, if the best fails it and it is
        close: within ``gap`` of it (the focus gap unless said)."""
        if test(matches[0].id):
            return matches
        gap = self.thresholds.focus_gap if gap is None else gap
        for k, other in enumerate(matches[1:], 1):
            if other.score < matches[0].score - gap:
                break
            if test(other.id):
                return [other, *matches[:k], *matches[k + 1 :]]
        return matches

    def _has_all(self, item_id: str, words: Sequence[str]) -> bool:
        question_words, text_words = self.matcher.words_of(item_id)
        return all(w in question_words or w in text_words for w in words)

    def assess(self, message: Message, matches: Sequence[Match]) -> tuple[bool, Evidence | None]:
        """Whether the best match gives the kind of thing asked, and if so the evidence it is right."""
        if not matches:
            return False, None
        top = matches[0].id
        if not self.gives(top, message):
            return False, None
        founding = message.asks == "date" and _FOUNDED.search(message.folded)
        if founding and self._founding_of_another(message, matches[0]):
            return False, None
        unmentioned = [
            (name, typed)
            for name, typed in zip(message.proper, message.typed, strict=True)
            if (self._is_name(name) or self._unseen(name, typed) or typed in self._capitals)
            and not self.mentions(top, name)
            # "I'm a Japanese researcher": an adjective of a country is the writer's, or is read with
            # the official or the institution it qualifies (countries_of_people, countries_of_things).
            and not (len(name) == 1 and name[0] in DEMONYMS)
        ]
        # A country however typed ("han quoc", "Thái Lan"): the synonyms made most of them one token
        # that capitals no longer mark; one whose token is its typed word ("Indonesia") is read above.
        countries = [
            (w,)
            for w in dict.fromkeys(message.words)
            if w in self.normalizer.countries and (w,) not in message.proper and not self.mentions(top, (w,))
        ]
        countries += [
            (c,) for c in sorted(message.countries_of_things) if (c,) not in countries and not self.mentions(top, (c,))
        ]
        # Another country's hotline, law or figures are not this entry's, however alike the rest.
        if countries or any(len(n) == 1 and n[0] in self.normalizer.countries for n, _ in unmentioned):
            return False, None
        if self._elsewhere(message, top):
            return False, None
        # An acronym no entry uses ("UNODC"), though spelling correction took it for one they do ("UNDCP").
        acronyms = [(n,) for n in sorted(message.names) if n not in message.words and self._nowhere((n,))]
        unmentioned += [(name, name[0]) for name in acronyms if (name, name[0]) not in unmentioned]
        nowhere = sum(self._nowhere(name) or self._unseen(name, typed) for name, typed in unmentioned)
        nowhere += sum(self._nowhere(name) for name in countries)
        # A rival that does not give what is asked is no reason to doubt: "những đại sứ nào gửi thông
        # điệp" is not between the signatories and the day's date, however alike their questions.
        rivals = [m for m in matches[1:] if self.gives(m.id, message)]
        found = evidence(
            message,
            [matches[0], *rivals],
            self.matcher,
            unmentioned=len(unmentioned) + len(countries) - nowhere,
            nowhere=nowhere,
        )
        # "Nguyễn Vũ Minh vụ nào": a name the documents use grounds an answer, though its syllables are common.
        return True, found if found.grounded else replace(found, grounded=self._names_a_person(message))

    def _founding_of_another(self, message: Message, match: Match) -> bool:
        """Whether a question on when something was founded found a stored question on when another,
        named one was: "LHQ thành lập năm nào" is no question on MEDEVAC's founding, though
        "MEDEVAC của UN thành lập năm nào" holds every other word of it. The other is an acronym
        the stored question writes in capitals and the question never says. An acronym of words the
        question spells out ("MTM" of "môi trường mạng") is said."""
        said = set(message.folded.split()) | set(message.words)
        return any(
            fold(acronym) not in said and not said.issuperset(self.normalizer.tokens(acronym))
            for acronym in _ACRONYM.findall(match.matched)
        )

    def confidence(self, found: Evidence) -> float:
        """How sure the bot is that the best entry answers: the features, read again word by word."""
        return found.probability() if self.decision_model is None else self.decision_model.probability(found)

    def gives(self, item_id: str, message: Message) -> bool:
        """Whether an entry's answer holds what the question asks: a number of the thing counted, a date...
        and the second thing it asks, if any ("... and when was it established?")."""
        if not self._gives(item_id, message):
            return False
        if message.also is None:
            return True
        asks, asked = message.also
        return self._gives(item_id, replace(message, asks=asks, asked=asked, also=None))

    def _gives(self, item_id: str, message: Message) -> bool:
        item = self.items[item_id]
        fact = isinstance(item, Fact)
        tabled = self.table.owns(item_id)
        if tabled and message.asked.duration:
            return False  # calls and cases counted by period, not how long one takes ("mất bao lâu")
        if tabled and (fact or message.asks == "number"):
            # A statistics table, or an entry about one, gives no part of a figure the table does
            # not break down ("cuộc gọi từ Hà Nội", "ở TP.HCM"); a row gives a year only as its
            # highest or lowest ("năm nào nhiều cuộc gọi nhất", not "thành lập năm nào").
            question_words, text_words = self.matcher.words_of(item_id)
            if self.table.narrows(message.words, question_words | text_words):
                return False
            if fact and message.asked.year and extreme_asked(" ".join(message.words)) is None:
                if message.asked.since:
                    return False  # "lập từ năm nào": when it began, which a row's years are not
                # "năm nào có ca can thiệp ...": the years of the row, if the question says nothing
                # the row does not, word for word and two words side by side ("được thành lập năm
                # nào" is not "ghi nhận thành hồ sơ", "lập hồ sơ").
                said = question_words | text_words | QUESTION_WORDS | _OF_A_TABLE
                if not all(w in said for w in message.content_words):
                    return False
                return all(self.mentions(item_id, pair) for pair in _word_pairs(message.words))
        shape = self._shape(item_id)
        if message.asks == "number" and "viet_nam" in message.words and shape.world_only:
            # "What % of GDP could Vietnam specifically lose": a world figure is not Viet Nam's.
            return False
        # "ILO phát biểu gì": an entry that lists the ILO among those present says nothing it said.
        speaker = said_by(message.folded, message.names)
        if speaker is not None and not shape.quotes(speaker):
            return False
        # "Phó Chủ tịch Đại hội đồng khóa 78": a session the entry does not name is not the one it tells.
        if message.session and not self.mentions(item_id, (message.session,)):
            return False
        # "bệnh viện dã chiến số 1": the entry numbers it otherwise ("số 2"): another one.
        for head, number in message.numbered:
            if self.mentions(item_id, (head, "so")) and not self.mentions(item_id, (head, "so", number)):
                return False
        # "Phó Chủ tịch Hội đồng Nhân quyền": a vice-presidency of a body is not given by an entry that
        # names the body and a vice-presidency of another ("Phó Chủ tịch Đại hội đồng ...; thành viên HĐNQ").
        body = message.vice_presidency
        if body is not None and not self.mentions(item_id, (VICE_PRESIDENT, body)):
            return False
        asked = message.asked
        if asked.item == LAST_ITEM and self.mentions(item_id, ("cuoi", "cung")):
            asked = replace(asked, item=0)  # an item its editors call the last ("phương hướng cuối cùng")
        # "tỷ lệ biết chữ": a share of something the entry does not speak of is no share it gives,
        # whatever other percentage it has (women among peacekeepers).
        if asked.percent and message.share_of is not None and not self.mentions(item_id, (message.share_of,)):
            return False
        if asked.kind == "date" and asked.year and extreme_asked(" ".join(message.words)):
            # "năm nào nhiều người đi xuất khẩu lao động nhất": figures year by year, not one total.
            return shape.compares_years()
        wanted = asked.procedure or asked.web or asked.winner or asked.members or asked.item or asked.strict_person
        if fact and (wanted or asked.future):
            # A table of numbers holds no steps to follow, website, winner, members or name, and its
            # periods are what happened ("khi nào Việt Nam sẽ ...", "when will ...").
            return False
        if fact and asked.percent and not (shape.has_percent or self.table.asks_change(message.words)):
            return False  # a count of calls is no share of children ("bao nhiêu % trẻ em bị bắt nạt")
        # "nước nào ... nhiều nhất", "which ... the most": the one that ranks first.
        extreme = ("nao" in message.words or "which" in message.words) and extreme_asked(" ".join(message.words))
        if fact and extreme and not _PLACES.isdisjoint(message.words):
            return False  # "nhiều nhất từ nước nào": a table ranks its periods, no country or province
        counted = message.asks == "number" and not _MEMBERS.isdisjoint(asked.unit)
        if isinstance(item, Fact) and counted and _terms_only(item):
            return False  # "Hội đồng Nhân quyền có bao nhiêu thành viên": Viet Nam's terms on it count no members
        if isinstance(item, Fact) and _counted_places(message.asks, asked.unit) and not _counts_places(item):
            return False  # "bao nhiêu tỉnh cử người dự": "gần 100 đại biểu" counts people, not provinces
        if fact and asked.attribute is None:
            return True  # a fact is a table of numbers by period; it says itself when a year is missing
        # "nước nào viện trợ nhiều nhất": which one is ahead of the others, which an answer that ranks
        # nothing (donors listed side by side) does not say. ("khó khăn lớn nhất là gì" asks the main
        # one, which a list of them tells.)
        if extreme and asked.kind != "number" and not any(
            shape.mentions((word,)) for word in _RANKING
        ):
            return False
        # What the answer says it does not give, asked in its words: "Lê Xuân Tùng trình bày chuyên đề
        # nào" of "Bài viết không nói rõ ông trình bày chuyên đề nào".
        if self._withholds(item_id, message):
            return False
        # Someone of a country ("Which Canadian official ...", "who represented Canada", "đại sứ
        # Australia trong thông điệp"): an answer that names a holder of a title of that country
        # ("Tham tán Canada Leigh McCumber"), not one that says only that the country took part.
        if asked.kind in ("person", "other") and not (
            shape.titled_countries >= message.countries_of_people and shape.titled_pairs >= message.titled_people
        ):
            return False
        if asked.kind == "other" and not asked.detail():
            return True
        # "officers in the Central African Republic specifically": an answer that counts the place
        # with others ("to missions in South Sudan and the Central African Republic") gives no
        # figure for it alone.
        one_of = asked.kind == "number" and message.one_of
        if one_of and any(shape.pooled(name, self.normalizer.entities) for name in message.names):
            return False
        # "hội nghị ngày 19/12 tổ chức ở tp nào": an answer that names that day and places other
        # conferences, not that one, does not say where it was.
        if asked.kind == "place" and not (asked.web or asked.country) and shape.days:
            named = message.days & shape.days
            if named and named.isdisjoint(shape.placed_days):
                return False
        if asked.attribute == "post" and not shape.post_near(message.proper or _after_titles(message.words)):
            return False
        # Whom a person asked for is read in the words as typed ("dai su", not the rewritten "dai_su").
        return gives(asked, shape, message.numbers, message.years, message.spelt)

    def _is_name(self, words: Sequence[str]) -> bool:
        """Capitalised words name something when there are several ("Nhật Bản") or the one is rare.

        English capitalises common nouns in titles ("the Department of Children"); a word that
        many entries use is not a name the question insists on.
        """
        return len(words) > 1 or self.matcher.document_frequency(words[0]) <= RARE_NAME_DOCUMENTS

    def _unseen(self, name: Sequence[str], typed: str) -> bool:
        """A one-word name the documents never write as typed, though it folds to a word they use.

        "Laos" folds to the "lao" of "lao động", "Lào" too; written with its diacritics (or its
        final "s", which folding reads as an English plural) it is a name no entry uses. So is
        "Đức" (Germany), which the documents write only as the "đức" of "đạo đức", never capitalised.
        """
        return len(name) == 1 and " " not in typed and (typed not in self._typed or typed not in self._capitals)

    def _names_nowhere(self, message: Message) -> bool:
        """Whether the message names, with capitals, something no entry speaks of ("Philippines", "Thái Lan")."""
        return any(
            self._unseen(name, typed) or (self._is_name(name) and self._nowhere(name))
            for name, typed in zip(message.proper, message.typed, strict=True)
        )

    def _nowhere(self, name: Sequence[str]) -> bool:
        """Whether no entry uses this name: its one word in none, or two of its words never side by side."""
        if len(name) == 1:
            return self.matcher.document_frequency(name[0]) == 0
        return any(pair not in self._name_pairs for pair in pairwise(name))

    def mentions(self, item_id: str, name: Sequence[str]) -> bool:
        """Whether an entry says a name (normalised words, one after the other) in a question or its answer."""
        if len(name) == 1:
            question_words, text_words = self.matcher.words_of(item_id)
            return name[0] in question_words or name[0] in text_words
        said = f" {' '.join(name)} "
        return any(said in f" {q} " for q in self.matcher.questions_of(item_id)) or self._shape(item_id).mentions(name)

    def _is_person(self, name: Sequence[str]) -> bool:
        """Whether words typed with capitals are a person's name the documents use, in full: one
        asked about by name in a stored question, or a Vietnamese name of three words or more (not
        "New York", "General Assembly")."""
        if tuple(name) in self._people:
            return True
        vietnamese = len(name) >= 3 and name[0] in _SURNAMES
        return vietnamese and all(pair in self._name_pairs for pair in pairwise(name))

    def _about_named(self, item_id: str, message: Message) -> bool:
        """Whether an entry's stored questions say a name the message types with capitals."""
        question_words, _ = self.matcher.words_of(item_id)
        return any(all(w in question_words for w in name) for name in message.proper)

    def _withholds(self, item_id: str, message: Message) -> bool:
        """Whether the question asks, in its words, a thing the entry says it does not give. Not a
        thing its stored questions name word for word: "không nêu ngày của Ngày Quốc tế Người cao
        tuổi" withholds a date, and the day's name is what the entry is about."""
        things = self._shape(item_id).withheld_things
        if not things:
            return False
        asked = frozenset(message.words)
        questions = [f" {q} " for q in self.matcher.questions_of(item_id)]
        return any(
            asked.issuperset(thing) and not any(f" {' '.join(thing)} " in q for q in questions) for thing in things
        )

    def _shape(self, item_id: str) -> Shape:
        return self._shapes[item_id]

    def _decide(self, message: Message, matches: list[Match]) -> Reply:
        t = self.thresholds
        lang = message.lang
        if not matches or matches[0].score < t.floor:
            return self._decline(lang, matches[0].score if matches else 0.0)
        top = matches[0]
        # An entry that says it does not give what the question asks, in the question's words ("Bài
        # viết không nói rõ ông trình bày chuyên đề nào"), tells that the documents do not, though a
        # neighbour about the same event gives other things in those words.
        # The first match, or one just behind about the very person named ("Lê Xuân Tùng trình bày ...").
        withheld = next(
            (
                m for m in matches[:2]
                if (m is top or (m.score >= top.score - t.focus_gap and self._about_named(m.id, message)))
                and m.score >= t.related
                and self._withholds(m.id, message)
            ),
            None,
        )  # fmt: skip
        if withheld is not None:
            # Said as the kind asked, if it is one; else as a detail ("other" is of figures).
            return self._not_given(message, withheld, detail=True)
        # "Ông Nguyễn Vũ Minh, ..., giữ chức vụ gì": a person named in full whom the first entry never
        # mentions is asked about in the one just behind that does.
        person = next((name for name in message.proper if self._is_person(name)), None)
        if person is not None and not self.mentions(top.id, person):
            named = next(
                (m for m in matches[1:3] if m.score >= top.score - t.focus_gap and self.mentions(m.id, person)), None
            )
            if named is not None:
                matches = [named, *(m for m in matches if m is not named)]
                top = named
        given, found = self.assess(message, matches)
        if not given and top.matched is not None and fold(top.matched) == fold(message.text):
            # A stored phrasing typed as stored ("Decree 119/2020 press penalties"): its editors wrote it
            # for this entry, whatever kind of thing its words seem to ask for ("penalties": a fine).
            given, found = True, evidence(message, matches, self.matcher, unmentioned=0, nowhere=0)
        asked = message.asked
        if not given and (
            asked.web or asked.item or asked.attribute or asked.title or asked.members or message.asks == "person"
            or message.titled_people or message.countries_of_people or asked.duration
        ):
            # "còn web nào nhận tin báo ...": few entries give a website, so one close behind that
            # does is the answer, not a neighbour about the same channels that names none; "the
            # third task" likewise is in the list that numbers it, not in the entry on one task, and
            # "công ước nào" in the entry that names one (an attribute: a convention, a fine, an age),
            # and "đại biểu từ những tỉnh nào" in the one that names them, not in the delegates' count.
            # "Who opened the meeting" is the entry on its opening, not the one on its date and
            # place; a person within the focus gap only, since many entries name someone, but a
            # holder of a title by name ("which US ambassador") as far as a website: few name one.
            # Someone who spoke, as for a title: few entries name a speaker. "How long" likewise: few
            # entries give a span of years ("40 năm"), and the signing of a memorandum is not one.
            titled = asked.title or message.titled_people or message.countries_of_people or asked.speaker
            narrow = (message.asks == "person" or asked.duration) and not (asked.web or titled)
            gap = t.focus_gap if narrow else 2 * t.focus_gap
            matches = self._first_that(matches, lambda item_id: self.gives(item_id, message), gap=gap)
            if asked.item and asked.item != LAST_ITEM:
                # "phương hướng thứ nhất ...": the entry on that one item, if as close, rather than
                # the list of them all, whose words match the rest of the question as well.
                def one_item(item_id: str) -> bool:
                    return self._shape(item_id).items == {asked.item} and self.gives(item_id, message)

                matches = self._first_that(matches, one_item, gap=gap)
            if matches[0] is not top:
                top = matches[0]
                given, found = self.assess(message, matches)
        # Scored alike, the order of two entries says nothing: the one that gives what is asked.
        tied = not given and len(matches) > 1 and matches[1].score >= top.score - _TIE
        if tied and self.gives(matches[1].id, message):
            matches = [matches[1], top, *matches[2:]]
            top = matches[0]
            given, found = self.assess(message, matches)
        if not given and message.asks == "number" and message.years:
            # "viện trợ ... thời kỳ Đổi mới đến năm 2011 bao nhiêu tiền": the period's entry tells
            # of it without the sum, and the table of that figure just behind has it for the years asked.
            behind = self._table_behind(matches)
            if behind is not None and self.gives(behind.id, message) and self._periods_missing(message, behind) is None:
                matches = [behind, *(m for m in matches if m is not behind)]
                top = behind
                given, found = self.assess(message, matches)
        if not given and top.score >= t.related and message.also is not None:
            # Two things asked, the best entry lacking the second: an entry its editors linked to it that
            # gives both. "What is the UN MEDEVAC mechanism that Vietnam joined ..., and when was it
            # created?" is on Viet Nam's role, and the year is in the definition the role's entry points to.
            # (Not for one thing asked: an entry beside it then answers the traps its neighbour declines.)
            linked = self.items[top.id].related
            pointed = next(
                (m for m in matches[1:4] if m.id in linked and m.score >= t.floor and self.gives(m.id, message)), None
            )
            if pointed is not None:
                matches = [pointed, *(m for m in matches if m is not pointed)]
                top = pointed
                given, found = self.assess(message, matches)
        if not given:
            if top.score < t.related:
                return self._decline(lang, top.score)
            # A table of the figure asked, just behind, says which periods it has figures for.
            behind = self._table_behind(matches)
            periods = self._periods_missing(message, behind) if behind and message.asks == "number" else None
            return periods if periods is not None else self._not_given(message, top)
        assert found is not None
        p = self.confidence(found)
        if p < t.answer:
            # "ai đại diện Việt Nam phát biểu ở phiên họp cấp cao ..." scores as high on the meeting's
            # organiser ("Ai tổ chức phiên họp cấp cao ...") as on its speaker, which has every word.
            rival = self._surer_rival(message, matches)
            if rival is not None:
                matches, found, p = rival
                top = matches[0]
        if p >= t.answer:
            reply = self.answer_for(top.id, lang, words=message.words, match=top)
            close = [m for m in matches[1:] if m.score >= top.score - t.close]
            alternatives = tuple(Suggestion(m.id, self.question_for(m.id, lang)) for m in close[: t.alternatives])
            return replace(reply, alternatives=alternatives)
        periods = self._periods_missing(message, top)
        if periods is not None:
            return periods
        if p < t.suggest:
            return self._decline(lang, top.score)
        # A choice only between entries that are genuinely close; otherwise the one "did you mean".
        candidates = [top, *(m for m in matches[1:3] if m.score >= top.score - t.close)]
        return Reply(
            "suggest",
            lang,
            _suggest_text(lang),
            score=top.score,
            matched=top.matched,
            suggestions=tuple(Suggestion(m.id, self.question_for(m.id, lang)) for m in candidates),
            years=tuple(sorted(message.years)),
        )

    def _surer_rival(self, message: Message, matches: list[Match]) -> tuple[list[Match], Evidence, float] | None:
        """The matches with the second or third first, its evidence and probability, if it scores within
        the rival gap of the best and the model is sure of it (``Thresholds.rival_answer``)."""
        t = self.thresholds
        for rival in matches[1:3]:
            if rival.score < matches[0].score - t.rival_gap:
                break
            order = [rival, *(m for m in matches if m is not rival)]
            given, found = self.assess(message, order)
            if given and found is not None:
                p = self.confidence(found)
                if p >= max(t.answer, t.rival_answer):
                    return order, found, p
        return None

    def _table_behind(self, matches: Sequence[Match]) -> Match | None:
        """A table of figures just behind the best entry (second or third), scoring as a related entry."""
        related = self.thresholds.related
        return next((m for m in matches[1:3] if m.score >= related and isinstance(self.items[m.id], Fact)), None)

    def _periods_missing(self, message: Message, match: Match) -> Reply | None:
        """A table asked for a year it has no figure for: the reply that says so, and which years it has."""
        if not message.years or match.score < self.thresholds.related or not isinstance(self.items[match.id], Fact):
            return None
        reply = self.answer_for(match.id, message.lang, words=message.words, match=match)
        return reply if reply.status == "decline" else None

    def _not_given(self, message: Message, top: Match, detail: bool = False) -> Reply:
        """The entry is about what was asked but does not say it: say so, and show what it does say.

        ``detail``: what is missing is a detail the entry says it lacks (a topic presented, a long
        name), not figures broken down, if the question asks no kind of thing by itself."""
        lang = message.lang
        found = self.answer_for(top.id, lang, words=message.words, match=top)
        kind = (
            "year" if message.asked.year
            else "website" if message.asked.web
            else "winner" if message.asked.winner
            else "members" if message.asked.members
            else "outcome" if message.asked.outcome
            else "procedure" if message.asked.procedure
            else "duration" if message.asked.duration
            else "attribute" if message.asked.attribute or (detail and message.asked.kind == "other")
            else message.asked.kind
        )  # fmt: skip
        lead = _NOT_GIVEN[kind][0 if lang == "vi" else 1]
        if message.years and kind == "number":
            first, last = min(message.years), max(message.years)
            period = str(first) if first == last else f"{first}–{last}"
            lead = (
                f"Tài liệu của mình không nêu con số bạn hỏi cho {period}. Về giai đoạn này, tài liệu có nói:"
                if lang == "vi"
                else f"The documents I draw on give no such figure for {period}. About that period they say:"
            )
        return replace(
            found,
            status="decline",
            body=f"{lead}\n\n{found.body}",
            suggestions=(Suggestion(top.id, self.question_for(top.id, lang)),),
        )

    def answer_for(
        self,
        item_id: str,
        lang: Lang,
        words: Sequence[str] = (),
        match: Match | None = None,
        years: Iterable[int] = (),
    ) -> Reply:
        """The answer of one entry or fact, as when a button for it is pressed.

        ``words`` are the asking query's normalised words, from which a fact takes the years
        (and "highest"/"lowest"); ``years`` adds those of a question asked earlier, as a
        suggestion button carries them.
        """
        item = self.items[item_id]
        sources = tuple(self.sources[s] for s in item.sources)
        related = tuple(Suggestion(r, self.question_for(r, lang)) for r in item.related if r in self.items)
        score = match.score if match else 1.0
        matched = match.matched if match else None
        status: Status
        original = None
        if isinstance(item, Entry):
            body = item.answer.get(lang)
            status = "answer"
            if lang == "en" and item.answer.vi.strip() != body.strip():
                original = item.answer.vi
        else:
            asked = (years_in(words) - _excepted(words)) | set(years)
            result = answer_fact(item, lang, asked, " ".join(words), whole=self.table.whole(item.id))
            body = result.text
            status = "answer" if result.found else "decline"
        return Reply(
            status,
            lang,
            body,
            id=item.id,
            score=score,
            question=item.questions.first(lang),
            matched=matched,
            sources=sources,
            related=related,
            topic=item.topic,
            original=original,
        )

    def overview(self, topic_id: str, lang: Lang) -> Reply:
        """A topic in a few sentences, with its main questions to press and the documents it sums up."""
        topic = self.topics[topic_id]
        assert topic.overview is not None, f"topic {topic_id} has no overview"
        main = [self.items[i] for i in topic.main]
        return Reply(
            "overview",
            lang,
            f"{topic.overview.get(lang)}\n\n{_overview_prompt(lang)}",
            score=1.0,
            question=topic.name.get(lang),
            sources=tuple(dict.fromkeys(self.sources[s] for item in main for s in item.sources)),
            suggestions=tuple(Suggestion(item.id, item.questions.first(lang)) for item in main),
            topic=topic.id,
        )

    def hotline(self, lang: Lang) -> Reply:
        """The urgent card: hotline 111 and police 113, from the knowledge base."""
        crisis = self.raw.crisis
        return Reply(
            "urgent",
            lang,
            crisis.card.get(lang),
            score=1.0,
            sources=tuple(self.sources[s] for s in crisis.sources),
        )

    def question_for(self, item_id: str, lang: Lang) -> str:
        return self.items[item_id].questions.first(lang)

    def items_in_topic(self, topic_id: str) -> list[Item]:
        return [i for i in self.items.values() if i.topic == topic_id]

    def _decline(self, lang: Lang, score: float) -> Reply:
        names = "\n".join(f"• {t.name.get(lang)}" for t in self.topics.values())
        if lang == "vi":
            body = (
                "Xin lỗi, câu hỏi này chưa có trong bộ dữ liệu của mình nên mình không trả lời được. "
                f"Mình có thể trả lời về:\n{names}\n"
                "Nếu bạn hoặc một trẻ em cần giúp đỡ, hãy gọi Tổng đài 111."
            )
        else:
            body = (
                "Sorry, that is not in my knowledge base, so I cannot answer it. "
                f"I can answer questions about:\n{names}\n"
                "If you or a child need help, call hotline 111."
            )
        return Reply("decline", lang, body, score=score)

    @staticmethod
    def _empty_text(lang: Lang) -> str:
        if lang == "vi":
            return 'Bạn hãy gõ câu hỏi bằng chữ nhé, ví dụ: "Tổng đài 111 là gì?"'
        return 'Please type your question in words, for example: "What is hotline 111?"'

    # -- editors' tools ----------------------------------------------------------

    def closest(self, text: str) -> Match | None:
        """The entry or fact that matches ``text`` best, whatever ``decide`` makes of it: the best guess."""
        message = self.understand(text)
        if message.empty:
            return None
        matches = self.matcher.search(message.text, limit=1, words=message.words, names=message.names)
        return matches[0] if matches else None

    def stale(self, days: int, today: dt.date | None = None) -> list[Item]:
        """Entries and facts last checked more than ``days`` days before ``today``, oldest first."""
        limit = (today or dt.date.today()) - dt.timedelta(days=days)
        return sorted((i for i in self.items.values() if i.checked < limit), key=lambda i: (i.checked, i.id))

    def self_test(self) -> list[str]:
        """Every stored question must still find its own entry first; returns the failures."""
        return [f'{item_id}: "{question}" finds {found or "nothing"}' for item_id, question, found in self.misfits()]

    def misfits(self) -> list[tuple[str, str, str | None]]:
        """(item id, stored question, id it finds first or None) for each stored question that misses its item."""
        found = []
        for item in self.items.values():
            for question in item.questions.all():
                matches = self.matcher.search(question, limit=1)
                if not matches or matches[0].id != item.id:
                    found.append((item.id, question, matches[0].id if matches else None))
        return found

    def fingerprints(self) -> dict[str, str]:
        """A hash per entry and fact, to tell editors what a reload changed."""
        return {
            item_id: hashlib.sha256(item.model_dump_json().encode()).hexdigest()[:16]
            for item_id, item in self.items.items()
        }

    def fingerprint(self) -> str:
        """One hash of everything loaded (every section of every file, not where the folder is).

        Two processes that loaded the same files get the same fingerprint, so replicas can
        check that they serve the same version.
        """
        if self._fingerprint is None:
            raw = self.raw
            digest = hashlib.sha256()
            for part in (*raw.sources, *raw.topics, *raw.entries, *raw.facts, *raw.synonyms, *raw.shorthand,
                         *raw.smalltalk, raw.crisis, *raw.phrasings, *raw.tables):
                digest.update(part.model_dump_json().encode())
                digest.update(b"\0")
            digest.update("\0".join((*raw.particles, *raw.files)).encode())
            self._fingerprint = digest.hexdigest()[:16]
        return self._fingerprint


# "..., and when was it set up?": a clause whose subject is said in the rest of the message.
_REFERS_BACK = frozenset({"it", "its", "they", "them", "their"})


# Whether this chat is the hotline itself: "đây có phải tổng đài 111 không", "is this the 111 hotline".
_IS_THIS_THE_HOTLINE = re.compile(
    r" (?:day|ben nay|cho nay|o day|trang nay|bot nay) (?:co )?(?:phai|la) (?:la )?"
    r"(?:tong dai|hotline|duong day nong|so)(?: 111)?(?: (?:khong|ko|k|ha|a|vay|v|z|nhi|the))* $"
    r"| is this (?:the )?(?:111|hotline|child (?:protection )?hotline)"
    # "đây là official page của UN hả", "is this the official UN page": whose page this is.
    r"| (?:day|ben nay|trang nay|bot nay) (?:co )?(?:phai|la) (?:la )?(?:trang|page|fanpage|kenh|bot|tai khoan)?"
    r" ?(?:official|chinh thuc)\b| is this (?:the |an )?official\b"
    # "có phải tổng đài viên đang trả lời tôi không": a person at the hotline taken to be writing
    r"| (?:co )?phai (?:la )?(?:tong dai vien|nhan vien tong dai|nguoi that) (?:dang )?"
    r"(?:tra loi|nhan tin|nhan|noi chuyen|chat)"
)
# "trang này", "kênh này", "this page": the bot itself, as people who found it call it.
_THIS_PAGE = re.compile(r"\b(?:trang|kenh) nay\b|\bthis (?:page|site|channel)\b")
# The commonest Vietnamese family names, folded: a capitalised name that opens on one is a person's.
_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh truong lam mai ha to ton "
    "trinh dao cao luong ta quach doan thai kieu chu lai".split()
)
# Words of an answer that puts one thing ahead of others ("lớn nhất", "dẫn đầu", "the largest").
_RANKING = ("nhat", "most", "largest", "biggest", "highest", "top", "dau", "leading", "first")
# Places a question may rank ("nhiều nhất từ nước nào"), which a table by period does not.
_PLACES = frozenset("nuoc quoc_gia country countries tinh province provinces thanh_pho city cities".split())
# Counted, the members or seats of a body: what a list of the terms Viet Nam held on it does not count.
_MEMBERS = frozenset("thanh_vien member members ghe seat seats".split())
_YEARS_AND_MONTHS = re.compile(r"\b\d{1,2}/(?=\d{4})|\b(?:19|20)\d{2}\b")  # "9/2022", "2014"


# A post someone holds, as folded: whoever is asked about by it is not the bot.
_HOLDER = re.compile(rf" (?:{'|'.join(HELD_TITLES)}) ")
# Places counted, as a fact's label, unit or values say them (folded, before synonyms are rewritten).
_PLACE_WORDS = re.compile(
    r"\b(?:nuoc|quoc gia|tinh|thanh pho|dia phuong|countr(?:y|ies)|provinces?|cit(?:y|ies)|localit(?:y|ies))\b"
)


def _counted_places(asks: str, unit: Sequence[str]) -> bool:
    """Whether a number of places is asked: "bao nhiêu tỉnh", "how many countries"."""
    return asks == "number" and bool(unit) and unit[0] in _PLACES


def _counts_places(fact: Fact) -> bool:
    """Whether a fact counts places: its label, unit or values name a kind of place."""
    texts = [fact.label.vi, fact.label.en] if fact.label else []
    texts += [fact.unit.vi, fact.unit.en] if fact.unit else []
    texts += [v.value.vi for v in fact.values if not isinstance(v.value, int | float)]
    return any(_PLACE_WORDS.search(fold(t)) for t in texts)


def _terms_only(fact: Fact) -> bool:
    """Whether a fact's values are periods alone ("2014-2016", "nhiệm kỳ 2000-2002"): no count in them."""
    texts = (v.value if isinstance(v.value, int | float) else v.value.vi for v in fact.values)
    return fact.unit is None and not any(re.search(r"\d", _YEARS_AND_MONTHS.sub("", str(t))) for t in texts)


def _stands_alone(clause: Message, reply: Reply, matches: Sequence[Match]) -> bool:
    """Whether a clause can be answered from its own words: one that points back with "it" or
    "they" answers only with the entry the whole message is best matched to."""
    return _REFERS_BACK.isdisjoint(clause.folded.split()) or (bool(matches) and reply.id == matches[0].id)


def _asks(clause: Message) -> bool:
    """Whether a clause asks for something in particular: a kind of thing, or one of the details.
    An attribute only with a word that asks: "and what's the budget?", not "Of the USD 542 million
    budget, ..."."""
    asked = clause.asked
    if asked.attribute is not None and _ASKING.search(clause.folded):
        return True
    return asked.kind != "other" or asked.detail(attribute=False)


_ASKING = re.compile(r"\b(?:what|which|how|gi|j|nao|sao|bao nhieu|bn)\b")
_CHOICE = re.compile(r" \w+ (?:hay|hoac|or) \w+ ")
# When something was founded or set up: its name must be the question's.
_FOUNDED = re.compile(r"\b(?:thanh lap|founded|established|ra doi)\b")
_ACRONYM = re.compile(r"\b[A-Z]{3,}\b")


# The kinds of legal text a number names: "thông tư 09/2017", "Decree 56/2017", "NĐ 130".
_TEXT_KINDS = frozenset(
    "thong_tu nghi_dinh quyet_dinh nghi_quyet chi_thi circular decree decision resolution directive".split()
)


def _text_code(words: Sequence[str]) -> tuple[str, ...]:
    """The number of a legal text the question names ("thông tư 09/2017" -> ("09", "2017")), or ()."""
    for i, word in enumerate(words[:-1]):
        if word in _TEXT_KINDS and words[i + 1].isdigit():
            return tuple(takewhile(str.isdigit, words[i + 1 : i + 3]))
    return ()


def _word_pairs(words: Sequence[str]) -> list[tuple[str, str]]:
    """Two words side by side that both carry meaning: a Vietnamese compound is two such syllables.

    Not two words the synonyms already made compounds ("hotline intervene" is "tong_dai can_thiep"):
    each is whole, and English puts them side by side where a row says "Tổng đài 111 can thiệp"."""
    ignored = FUNCTION_WORDS | QUESTION_WORDS | _OF_A_TABLE
    return [
        (a, b)
        for a, b in pairwise(words)
        if a not in ignored and b not in ignored and not a.isdigit() and not b.isdigit() and not ("_" in a and "_" in b)
    ]


def _texts(item: Item) -> tuple[str, ...]:
    """An entry's answer in both languages; a fact's label, notes and values."""
    return (item.answer.vi, item.answer.en) if isinstance(item, Entry) else (_document(item).text,)


def _document(item: Item) -> Document:
    if isinstance(item, Entry):
        text = f"{item.answer.vi}\n{item.answer.en}"
        periods: tuple[tuple[int, int], ...] = ()
    else:
        parts = [item.label.vi, item.label.en]
        if item.note:
            parts += [item.note.vi, item.note.en]
        for value in item.values:
            if value.period:
                parts.append(value.period)
            for text_part in (value.value, value.period_label, value.note):
                if isinstance(text_part, Localized):
                    parts += [text_part.vi, text_part.en]
        text = "\n".join(parts)
        periods = tuple(v.years for v in item.values if v.years)
    return Document(item.id, item.questions.all(), text, periods)


# Words that may stand beside a topic keyword and still leave it bare: "LHQ là gì?",
# "cho hỏi về di cư", "thông tin nhân quyền", "tell me about migration".
_BESIDE_KEYWORD = FUNCTION_WORDS | frozenset(
    "thong tin info information overview tong quan gioi thieu chu de topic ke noi di biet explain".split()
)
# A keyword asked for in a few framing words: "tell me about 111", "giới thiệu về tổng đài 111 đi".
_ABOUT = re.compile(
    r"^(?:(?:can you |pls |please )?tell (?:me|us) (?:more |a bit |something )?about|gioi thieu (?:ve|cho \w+ ve)"
    r"|(?:noi|ke) (?:cho \w+ (?:nghe )?)?ve|cho (?:minh|toi|em|mk|tui|chau|ba) biet (?:ve|thong tin ve)"
    r"|(?:thong tin|info|information) (?:ve|on|about)|what about) "
)
_ABOUT_END = re.compile(r"\b(?:di|nhe|nha|voi|vs|please|pls|duoc khong|dc ko|a)$")


# Words that speak of a table's rows, not of what they count: "in which year did cases appear in the
# data", "xuất hiện năm nào".
_OF_A_TABLE = frozenset("data figures statistics stats appear appeared appearing xuat hien so_lieu".split())


# "Besides 2008-2009, which other term", "ngoài nhiệm kỳ 2008-2009 còn nhiệm kỳ nào": years set aside.
_EXCEPT = frozenset({"beside", "besides", "apart", "except", "excluding", "ngoai", "tru"})


# Words that may stand between the years set aside: "2008 and 2009", "nhiệm kỳ 2008", "about the 2016-2018 term".
_BETWEEN_YEARS = frozenset(("and", "va", "nhiem_ki", "term", "the", "nam", "in", "from", "giai", "doan", "about", "of"))


def _excepted(words: Sequence[str]) -> set[int]:
    """The years a question sets aside: those after "besides"/"ngoài", up to the next word that is
    neither a year nor a joining word ("2008-2009", "2008 and 2009", "nhiệm kỳ 2008")."""
    out: set[int] = set()
    for i, word in enumerate(words):
        # "nước ngoài 2022" is abroad in 2022, not 2022 set aside.
        before = words[i - 1] if i else ""
        # "not the 2016 one", "other than 2016", "không phải 2016".
        negated = word == "not" or (word == "than" and before in ("other", "rather")) or (
            word == "phai" and before in ("khong", "ko", "k", "chu")
        )
        # "I only know about the 2016-2018 term", "mình chỉ biết nhiệm kỳ 2016-2018": a term known, the
        # others asked. Read, "know" is "now", the nearer word the matcher knows.
        negated = negated or (word in ("know", "knew", "now", "biet") and before in ("only", "chi"))
        if not negated and (word not in _EXCEPT or before in ("nuoc", "ben", "o", "di")):
            continue
        for later in words[i + 1 : i + 6]:
            if found := years_in([later]):
                out |= found
            elif later not in _BETWEEN_YEARS:
                break
    return out


def _keyword(words: Sequence[str]) -> frozenset[str]:
    """The words of a message that would make it more than a topic keyword."""
    return frozenset(w for w in words if w not in _BESIDE_KEYWORD)


def _overview_prompt(lang: Lang) -> str:
    return "Các câu hỏi chính:" if lang == "vi" else "Main questions:"


# What a "not given" reply opens with, by what was asked (Vietnamese, English).
_NOT_GIVEN = {
    "number": (
        "Tài liệu của mình không nêu con số bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not give that figure. On this subject they say:",
    ),
    "date": (
        "Tài liệu của mình không nêu thời điểm bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not give that date. On this subject they say:",
    ),
    "year": (
        "Tài liệu của mình không nêu năm bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not give that year. On this subject they say:",
    ),
    "person": (
        "Tài liệu của mình không nêu tên người bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not name the person you ask about. On this subject they say:",
    ),
    "place": (
        "Tài liệu của mình không nêu địa điểm bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not give that place. On this subject they say:",
    ),
    "other": (
        "Tài liệu của mình không có số liệu chi tiết đến mức bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not break the figures down that far. On this subject they say:",
    ),
    "winner": (
        "Tài liệu của mình không nêu ai đoạt giải. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not say who won. On this subject they say:",
    ),
    "members": (
        "Tài liệu của mình không nêu tên từng đơn vị, địa phương bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not name them one by one. On this subject they say:",
    ),
    "outcome": (
        "Tài liệu của mình chỉ nói về sự kiện này như một việc sắp diễn ra, chưa có kết quả. Tài liệu có nói:",
        "The documents I draw on speak of this only as an event still to come, with no outcome yet. They say:",
    ),
    "attribute": (
        "Tài liệu của mình không nêu chi tiết bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not give that detail. On this subject they say:",
    ),
    "duration": (
        "Tài liệu của mình không nêu thời hạn bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not say how long. On this subject they say:",
    ),
    "procedure": (
        "Tài liệu của mình không mô tả thủ tục hay các bước bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not describe that procedure. On this subject they say:",
    ),
    "website": (
        "Tài liệu của mình không nêu địa chỉ website bạn hỏi. Về nội dung này, tài liệu có nói:",
        "The documents I draw on do not give that website. On this subject they say:",
    ),
}


# Before someone's name typed without capitals: "ts lê xuân tùng", "ông nguyễn vũ minh".
_NAME_TITLES = frozenset("ts ths gs pgs ong ba dr mr ms mrs".split())


def _after_titles(words: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """The three words after each title, and the two, as the name they may be."""
    return tuple(
        tuple(words[i + 1 : i + 1 + n]) for i, w in enumerate(words) if w in _NAME_TITLES for n in (3, 2)
        if i + n < len(words)
    )


def _suggest_text(lang: Lang) -> str:
    if lang == "vi":
        return "Mình chưa chắc bạn hỏi điều nào. Có phải bạn muốn hỏi:"
    return "I am not sure which of these you mean. Did you mean:"
