""" "Guitars and vocal are a blur, how do i separate them without turning anything down?": every fader move declined
while one part covers another.

Why: the route gave the fader move anyway ("Bring the fader on 'Gtr L' down about 3 dB"), the one move the asker
ruled out. An engineer gives the move that is left, the EQ dip where one part covers the other, and says plainly
what it cannot do: a part sitting several dB over its place is most of the blur, and only its level fixes that."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.focus import Focus
from model.masker_level import balance_fault
from model.moves import masking_move
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first

NO_FADERS = re.compile(
    r"\bwithout (turning|moving|touching|pulling|changing|riding|lowering|raising) (anything|any( of the)? faders?|"
    r"the faders?|faders|levels?|volumes?|the levels?|the volumes?)( (down|up))?\b|"
    r"\b(no|not with|not by) (fader|level|volume) (moves?|changes?|rides?)\b|"
    r"\b(don'?t|do not|dont) want to (touch|move|change) (the |any )?(faders?|levels?|volumes?)\b",
    re.IGNORECASE,
)
"""Every fader move declined ("without turning anything down", "no fader moves", "don't want to touch the faders")."""


_ONE_DECLINED = re.compile(
    r"\bwithout (just |simply |only )?(turning|pushing|bringing|cranking|pulling|riding|jacking|pumping) (it|them|this|"
    r"that|the [\w' -]{1,20}?|my [\w' -]{1,20}?) (up|down|louder|quieter)\b|"
    r"\bwithout (just |simply |only )?making (it|them) (louder|quieter)\b|"
    # "punchier without them getting louder": the level's change ruled out, said of the part
    r"\bwithout (it|them|the [\w' -]{1,20}?|my [\w' -]{1,20}?) (getting|going|sounding|being) (any )?(louder|quieter)\b|"
    r"\b(other than|besides|apart from) (just )?(turning|pushing|bringing) (it|them) (up|down)\b|"
    r"\bwithout (just |simply |only )?(touching|using|moving|pushing|riding|raising|turning up) (the|its|their|that|my) "
    r"(fader|volume)s?\b|\bbut not (just )?(louder|by (the )?fader)\b|"
    # "eq or saturation? not the fader pls": the fader refused in a word
    r"(^|[,;.!?]\s*)(but |and )?(not|no) (just )?(the |its |a )?(fader|volume)( (pls|please|thanks|thx|move|moves|ride))?\s*([,;.!?]|$)",
    re.IGNORECASE,
)
"""One part's fader move declined ("cut thru without just turning it up", "without touching its fader")."""


def fader_declined(question: str) -> bool:
    """True when the asker rules the fader out, for every part or for the one asked about."""
    return bool(NO_FADERS.search(question) or _ONE_DECLINED.search(question))


def _covering(ctx: MixContext, focus: Focus) -> Finding | None:
    """The masking between the parts asked about (either way round), else the first one measured."""
    names = {rt.name for rt in focus.tracks}
    maskings = [f for f in ctx.problems if f.kind is FindingKind.MASKING and not f.is_lean]
    asked = [f for f in maskings if {f.track, f.evidence.get("other_track")} & names]
    return next(iter(asked or maskings), None)


def no_faders(ctx: MixContext, focus: Focus) -> Answer | None:
    """The EQ dip where one part covers another, when the asker rules out fader moves; None otherwise."""
    if ctx.analysis is None or focus.session is None or not NO_FADERS.search(focus.intent.question):
        return None
    masking = _covering(ctx, focus)
    if masking is None:
        return None
    move = masking_move(masking, focus.session)
    parts = [f"Then carve it: {lower_first(first_sentence(masking.summary))}", move.try_text]
    level = balance_fault(ctx, masking)
    if level is not None:  # what the dip cannot do, said plainly
        off = re.search(r"\b(about )?\d+(\.\d+)? dB (louder|quieter|over|under)\b", level.summary)
        said = (
            f"{level.track!r} sits {off.group(0)} than its usual place"
            if off
            else first_sentence(level.summary)
        )
        parts.append(f"It only goes so far: {said}, most of the blur, and only its fader fixes that.")
    parts.append(move.check_text)
    limit = EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS
    return Answer(fit(parts, limit, keep=3), [move], masking)
