"""A move on one band of the whole mix that the asker reports and asks about, with no clip before it to compare
("I scooped the mids on the master, better?", "boosted the highs on the mix, did it help?", "cut some low end on
the master bus, is that better?"): judged on where that band sits now.

Why: with no earlier clip the compare route has nothing to hold the new numbers against, and the EQ word sent the
question to the EQ lesson ("Yes: EQ makes room ..."), a verdict on a tool instead of on the user's own move. An
engineer who did not hear the before still hears the after: the band now against real mixes says whether the move
went too far (a scoop that leaves the mids under what real mixes carry), not far enough (the band still over), or
landed in range, and what to do next; then how to check it (bypass at matched level), since only the user heard
the before.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.band_remark import real_range_words, whole_band_words
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, capital, first_sentence, fit, lower_first

CLEAR_DB = 3.0
"""A band this far from the median real mix, past where the move was aimed, is overshot (or not reached)."""
_BANDS: tuple[tuple[str, str], ...] = (
    ("low_mid", r"low(er)?[- ]?mids?|mud"),
    ("high_mid", r"upper[- ]?mids?|high[- ]?mids?|presence"),
    ("mid", r"mids?|mid-?range|middle"),
    ("bass", r"lows|low[- ]?end|bottom( end)?|bass|sub|low frequencies"),
    ("air", r"highs|high[- ]?end|top( end)?|treble|air|top"),
)
"""The band a reported move names, in the amateur's words (the narrower names first)."""
_CUT = r"scoop(ed)?|cut|dipp?(ed)?|pulled( out| down| back)?|rolled off|took out|taken out|reduced|lowered|removed|notched"
_BOOST = r"boost(ed)?|added|lift(ed)?|raised|pushed( up)?|bumped( up)?|brought up|more"
MOVE = re.compile(
    rf"\b(?P<verb>{_CUT}|{_BOOST})\b( (some|a bit of|a little|a touch of|the|a lot of|lots of|loads of|a bunch of|heaps of|tons of|\d+(\.\d+)? ?db( of)?))*"
    rf" (?P<band>{'|'.join(p for _, p in _BANDS)})\b",
    re.IGNORECASE,
)
"""A move on a band reported ("scooped the mids", "added some high end", "cut 2 db of low end")."""
WHOLE_MIX = re.compile(r"\b(master\w*|mix\b|mix ?bus|2[- ]?bus|stereo bus|whole (mix|song|thing)|everything)",
                       re.IGNORECASE)  # fmt: skip
"""Where the move went: the whole mix, not one part."""
PAST: dict[tuple[str, int], FindingKind] = {
    ("air", -1): FindingKind.DULL,
    ("bass", -1): FindingKind.THIN,
    ("bass", 1): FindingKind.BOOMY,
    ("low_mid", 1): FindingKind.MUDDY,
    ("high_mid", 1): FindingKind.HARSH,
}
"""The whole-mix tone fault a move on a band overshoots into (a high cut into a dull mix, a low boost into boom)."""
SHORT: dict[tuple[str, int], FindingKind] = {
    ("air", 1): FindingKind.DULL,
    ("bass", 1): FindingKind.THIN,
    ("bass", -1): FindingKind.BOOMY,
    ("low_mid", -1): FindingKind.MUDDY,
    ("high_mid", -1): FindingKind.HARSH,
}
"""The whole-mix tone fault a move on a band was aimed at and has not cleared yet (highs boosted, still dull)."""
TOO_MUCH_Q = re.compile(r"\btoo (much|far|hard|big)\b|\bover(do|did|done|board|kill)\w*", re.IGNORECASE)
"""The move asked as possibly overdone ("too much?"): a yes means overshot, so the verdict words turn round."""
CHECKED = re.compile(
    r"\b(better|help(ed)?|work(ed)?|improv\w*|fix(ed)?|sorted|any good|ok|okay|right|good|too (much|far))\b",
    re.IGNORECASE,
)
"""The move asked about ("better?", "did it help?", "too much?")."""


PLANNED = re.compile(
    r"\b(gonna|going to|about to|should i|shall i|can i|could i|would|will i|i'?ll|want to|wanna|thinking of|"
    r"planning|plan to|if i|maybe|might|idea)\b",
    re.IGNORECASE,
)
"""A move not made yet ("gonna cut some low end on the master, good idea?"): a move asked about, not one to judge
by its result (the move routes answer it)."""


def _band_of(said: str) -> str:
    return next(band for band, pattern in _BANDS if re.fullmatch(pattern, said, re.IGNORECASE))


def band_move_check(ctx: MixContext, focus: Focus) -> Answer | None:
    """The reported whole-mix band move judged on that band now; None when no such move is asked about, or an
    earlier clip is there to compare (the compare route's question)."""
    intent = focus.intent
    q = intent.question
    if ctx.previous is not None or ctx.analysis is None or intent.instruments:
        return None
    if intent.wants not in (Wants.BETTER, Wants.JUDGE) or not CHECKED.search(q) or not WHOLE_MIX.search(q):
        return None
    m = MOVE.search(q)
    if m is None or PLANNED.search(q):
        return None
    band = _band_of(m.group("band"))
    dev = ctx.analysis.balance_vs_target_db.get(band)
    if dev is None:
        return None
    way = -1 if re.fullmatch(_CUT, m.group("verb"), re.IGNORECASE) else 1
    said = whole_band_words(ctx.analysis, band, dev)
    toward = dev * way  # how far the band now sits on the side the move pushed it
    standing = real_range_words(ctx.analysis, band)
    if standing is not None and standing.startswith("inside"):
        toward = 0.0  # inside the range real mixes use: in range, however far from the median
    did = "cut" if way < 0 else "boost"
    past = next((f for f in ctx.problems if f.track is None and f.kind is PAST.get((band, way))), None)
    short = next((f for f in ctx.problems if f.track is None and f.kind is SHORT.get((band, way))), None)
    over = TOO_MUCH_Q.search(q) is not None
    if past is not None:
        head = f"{'Yes' if over else 'No'}, too far: {lower_first(first_sentence(past.summary))}"
        move = "Ease it back to about half and compare at matched level."
    elif short is not None:
        head = f"{'No' if over else 'Not yet'}: {lower_first(first_sentence(short.summary))}"
        move = f"A little more {did} there (1-2 dB, wide Q) would bring it in."
    elif toward >= CLEAR_DB:
        head = f"{'Yes' if over else 'No'}, too far: {said}, so the {did} overshot."
        move = "Ease it back to about half and compare at matched level."
    elif toward <= -CLEAR_DB:
        head = f"{'No' if over else 'Not yet'}: {said}."
        move = f"A little more {did} there (1-2 dB, wide Q) would bring it in."
    else:
        head = f"{'No' if over else 'Yes'}, by the numbers it lands in range: {said}."
        move = "Keep it if it sounds better to you."
    check = (
        f"I didn't hear the mix before the {did}, so bypass it at matched level and keep the version that sounds "
        "clearer without going thin or harsh."
    )
    return Answer(fit([capital(head), move, check], MAX_WORDS, keep=2))
