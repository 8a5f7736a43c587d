""" "EQ or compression for the snare?", "should i eq or compress the bass": two tools offered for one part, answered
for both.

Why: the router keeps one technique per question (the last one named), so such a question got the compression's
answer alone ("Nothing I can fault in the compression itself: ...") and the EQ was never mentioned, half of what
was asked. An engineer answers both: with the part (or what covers it) at the wrong level, neither comes first
("Neither first: ... Balance comes first: neither EQ nor compression fixes a part sitting at the wrong level");
otherwise each tool's own verdict, in the order asked ("EQ: ... Compression: ..."). Each side is the advisor's own
answer to that tool alone (the same measurements and cards); only the two are put side by side. When neither tool
has a move and a level fault sits on another part, that fault and its move follow: it is the first fix."""

from __future__ import annotations

import re
from dataclasses import replace

from companion.context import MixContext
from model.fault_elsewhere import fault_elsewhere
from model.focus import Focus
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, Composer, fit, lower_first, split_sentences
from model.tool_or_fader import LEVEL
from model.verdict_opening import opening

_TOOLS = {
    "eq": r"eq|eqs|eq'?ing|eq'?d|equali[sz]\w*",
    "comp": r"compress\w*|comp|comps|comping|a compressor",
    "limit": r"limiter|limiting|limit",
}
TOOL_PAIR = re.compile(
    rf"\b(?P<a>{'|'.join(_TOOLS.values())})\b\s*(?:\bor\b|/|\bvs\.?|\bversus\b)\s*(?:maybe |just |some |a )?"
    rf"\b(?P<b>{'|'.join(_TOOLS.values())})\b",
    re.IGNORECASE,
)
"""Two tools offered side by side: "eq or compression", "compress or eq", "eq/comp"."""
SAID = {"eq": "EQ", "comp": "Compression", "limit": "A limiter"}
WHY_LEVEL = re.compile(
    r"Balance comes first: [^;.]+? won't fix a part sitting at the wrong level; set the fader, then judge the [^.]+\."
)
NEITHER_WHY = (
    "Balance comes first: neither EQ nor compression fixes a part sitting at the wrong level; "
    "set the fader, then judge both."
)


def _kind(word: str) -> str:
    return next(k for k, pat in _TOOLS.items() if re.fullmatch(pat, word, re.IGNORECASE))


def offered_tools(question: str) -> tuple[tuple[str, str], tuple[str, str], tuple[int, int]] | None:
    """((kind, word), (kind, word), span) of two different tools offered with "or"; None otherwise, or when the
    fader is offered too (``model.tool_or_fader`` picks between a tool and the fader)."""
    m = TOOL_PAIR.search(question)
    if m is None or LEVEL.search(question):
        return None
    a, b = (_kind(m.group("a")), m.group("a")), (_kind(m.group("b")), m.group("b"))
    if a[0] == b[0]:
        return None
    return a, b, m.span()


def _lead(ans: Answer) -> tuple[str, str] | None:
    opened = opening(ans.text)
    return (opened.group("verdict"), ans.text[opened.end() :]) if opened else None


def either_tool(ctx: MixContext, focus: Focus, ans: Answer, compose: Composer) -> Answer:
    """``ans`` answering both tools offered for a named part; ``ans`` itself for any other question."""
    question = focus.intent.question
    offered = offered_tools(question)
    if offered is None or not focus.intent.instruments:
        return ans
    (ka, wa), (kb, wb), (start, end) = offered
    sides = [compose(replace(ctx, question=question[:start] + w + question[end:])) for w in (wa, wb)]
    leads = [_lead(s) for s in sides]
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    a, b = sides
    same = (
        a.first is not None
        and b.first is not None
        and (a.first.kind, a.first.track) == (b.first.kind, b.first.track)
    )
    if (
        same and leads[0] and leads[1] and leads[0][0] == leads[1][0] == "Not first"
    ):  # a level fault: neither tool before the fader
        body = WHY_LEVEL.sub(NEITHER_WHY, leads[0][1], count=1)
        return Answer(fit(split_sentences(f"Neither first: {body}"), limit, keep=2), a.moves, a.first)
    parts_a, parts_b = split_sentences(a.text), split_sentences(b.text)
    parts = [
        f"{SAID[ka]}: {lower_first(parts_a[0])}",
        *parts_a[1:2],
        f"{SAID[kb]}: {lower_first(parts_b[0])}",
    ]
    parts += parts_b[1:2]
    if not a.moves and not b.moves and (elsewhere := fault_elsewhere(ctx, focus)) is not None:
        said, move, finding = elsewhere  # "eq or comp for the vocal?" with the snare 13 dB over: that first
        return Answer(fit([*parts, *said], limit, keep=len(parts) + 1), [move], finding)
    return Answer(fit(parts, limit, keep=3), [*a.moves, *b.moves], a.first or b.first)
