"""'How does my mix compare to my reference?' with a reference given: the whole comparison an engineer makes when
A/B-ing against a song, at matched loudness, biggest difference first: the tonal differences that pass a remark
(each with its number), then the loudness of each, the dynamics (peak-to-loudness ratio) and the width, then the
first move. Without this the router answered with its single biggest finding ("On the mix: ...") and never said the
loudness, dynamics or width it had measured against that song."""

from __future__ import annotations

import math
import re

from companion.context import TONAL_KINDS, Finding, MixContext
from model.focus import Focus
from model.intent import asks_yes_no
from model.intent_reference import LOUDNESS_SAID, REFERENCE
from model.phrasing import MAX_WORDS, Answer, first_sentence, join, lower_first, words
from model.recipes import recipe
from model.spectrum_regions import region_of

OVERVIEW_Q = re.compile(
    r"\b(compar\w*|how close|close to|how far( off)?|far from|differen\w*|differ|stack(s)? up|measure(s)? up|"
    r"match(es|ing)?|versus|vs\.?|next to|side by side|a/?b)\b",
    re.IGNORECASE,
)
"""The comparison asked as a whole ("how does it compare", "how close am I to", "what's different from")."""
_ONE_SIDE = re.compile(r"\b(brighter|darker|duller|crisper|wider|narrower|punchier|bassier|muddier)\b", re.I)
"""One dimension named: its own answer (``reference_top_answer``, the loudness answer, the region answer)."""
SAME_LU = 1.0  # within 1 LU two songs play as equally loud
PLR_SAME_DB = 1.0  # peak-to-loudness ratios within 1 dB: about as open
WIDTH_SAME = 0.05  # widths within 0.05 (0 mono .. 1 wide): about as wide
MAX_TONAL = 3


def _tonal(ctx: MixContext, words: str) -> list[Finding]:
    """The tonal differences from the reference, largest first (remarks too: this is the picture, not advice)."""
    found = [
        f
        for f in ctx.findings
        if f.kind in TONAL_KINDS and f.track is None and f.evidence.get("compared_with") == words
    ]
    return sorted(found, key=lambda f: -abs(float(f.evidence.get("deviation_db", 0.0))))[:MAX_TONAL]


def _tonal_words(found: list[Finding], words: str) -> str:
    """'the upper mids around 4.0 kHz: 10.6 dB more; the low end: 2.2 dB less' (the reference named once)."""
    said = []
    for f in found:
        text = first_sentence(f.summary).rstrip(".")
        text = text.replace(f" than {words} at matched loudness", "").split(";")[0]
        said.append(lower_first(text))
    return "; ".join(said)


def _finite(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


def reference_overview(ctx: MixContext, focus: Focus) -> Answer | None:
    """The whole mix against the reference; None when no reference was given or one dimension is asked."""
    a = ctx.analysis
    q = focus.intent.question
    name = a.extra.get("reference_track") if a is not None else None
    if (
        a is None
        or not name
        or not REFERENCE.search(q)
        or not OVERVIEW_Q.search(q)
        or _ONE_SIDE.search(q)
        or LOUDNESS_SAID.search(q)
        or region_of(q) is not None
        or focus.intent.instruments
    ):
        return None
    ref_words = f"your reference ({name})"
    tonal = _tonal(ctx, ref_words)
    big = [f for f in tonal if f.is_problem]
    head = ("Not quite" if big else "Close") if asks_yes_no(focus.intent) else "Side by side"
    differences = _tonal_words(tonal, ref_words) if tonal else "no band differs by more than a remark"
    parts: dict[str, str] = {"tonal": f"{head}: against {ref_words} at matched loudness, {differences}."}
    ref_lufs = _finite(a.extra.get("reference_lufs"))
    if ref_lufs is not None and math.isfinite(a.integrated_lufs):
        d = a.integrated_lufs - ref_lufs
        way = "level with it" if abs(d) <= SAME_LU else f"{abs(d):.1f} LU {'louder' if d > 0 else 'quieter'}"
        parts["loudness"] = (
            f"Loudness: yours reads {a.integrated_lufs:.1f} LUFS and the reference {ref_lufs:.1f}, so yours is {way}."
        )
    ref_plr = _finite(a.extra.get("reference_plr_db"))
    if ref_plr is not None and math.isfinite(a.plr_db):
        d = a.plr_db - ref_plr
        way = "about as open" if abs(d) <= PLR_SAME_DB else "more squeezed" if d < 0 else "more open"
        parts["dynamics"] = (
            f"Dynamics: a peak-to-loudness ratio of {a.plr_db:.1f} dB against its {ref_plr:.1f} dB, {way}."
        )
    ref_width = _finite(a.extra.get("reference_width"))
    if ref_width is not None and a.channels >= 2:
        d = a.stereo.width - ref_width
        way = "about as wide" if abs(d) <= WIDTH_SAME else "wider" if d > 0 else "narrower"
        parts["width"] = f"Width: {a.stereo.width:.2f} against its {ref_width:.2f} (0 is mono), {way}."
    moves = []
    if big:
        move = recipe(big[0], focus.session)
        parts["move"] = f"First move: {lower_first(move.try_text)}"
        parts["check"] = move.check_text
        moves.append(move)
    # over the word budget, the check goes first, then the width and the dynamics: never the move itself
    for drop in ("check", "width", "dynamics"):
        if words(join(*parts.values())) <= MAX_WORDS:
            break
        parts.pop(drop, None)
    return Answer(join(*parts.values()), moves, big[0] if big else None)
