"""Plain-text rendering of a reply, for the console and the JSON output."""

from __future__ import annotations

from knowledge.reply import Reply
from knowledge.schema import Lang, Source

ORIGINAL_LABEL = "In the Vietnamese source"


def source_line(source: Source, lang: Lang) -> str:
    parts = [source.title]
    by = ", ".join(p for p in (source.author, source.publisher) if p)
    if by:
        parts.append(by)
    if source.date:
        parts.append(source.date.strftime("%d/%m/%Y") if lang == "vi" else source.date.isoformat())
    if source.url:
        parts.append(source.url)
    return " — ".join(parts)


def render_text(reply: Reply) -> str:
    lines = []
    if reply.question and reply.status in ("answer", "overview"):
        lines += [reply.question, ""]
    lines.append(reply.body)
    if reply.original:
        lines += ["", f"{ORIGINAL_LABEL}:", reply.original]
    for number, suggestion in enumerate(reply.suggestions, 1):
        lines.append(f"  {number}. {suggestion.question}")
    if reply.sources:
        label = "Nguồn" if reply.lang == "vi" else "Source"
        lines.append("")
        lines += [f"{label}: {source_line(s, reply.lang)}" for s in reply.sources]
    return "\n".join(lines)
