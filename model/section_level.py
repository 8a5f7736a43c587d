""" "Should the vocal be louder in the verse than the chorus?": a part's level asked section against section.

Why: the track route answered the part's level over the whole clip ("Yes: nothing I measured says 'Lead Vocal' is
too low"), as if the sections had been measured apart. They are not: the clip is read as one stretch. An engineer
says so, gives the common practice (parts are set for the song and ridden a dB or two where a section needs them;
the chorus carries the most, so a part louder in the verse than the chorus is the exception), reads the part over
the clip, and says how to shape it by section (its volume envelope). A level fault on the part comes with its move. A fader move
offered for one section beside leaving it ("should i push it up a few db in the drop or is it already where it should
be") gets the side that is true first: it stays, it goes up, or neither (it is past its place the other way).
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.evidence import TRACK_LEVEL_KINDS
from model.focus import Focus
from model.level_gap import level_meter
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.session_view import RoleTrack

SECTION = (
    r"(verses?|chorus(?:es)?|hooks?|bridges?|intros?|outros?|pre-?chorus(?:es)?|breakdowns?|"
    # "should i pan it more or drop it?": drop the verb, with its object, is no section
    r"(?<=the )drops?|drops?(?!\s+(it|them|em|'em|this|that|the|my|our|a|an|down|back|off|out|by|like|\d)\b))"
)
SECTIONS = re.compile(rf"\b{SECTION}\b", re.IGNORECASE)
BIG = re.compile(r"^(chorus|hook|drop)", re.IGNORECASE)
"""The sections that usually carry the most (the chorus, the hook, the drop)."""
UP = re.compile(r"\b(louder|higher|hotter|bigger|up|more|lift\w*|push\w*|boost\w*)\b", re.IGNORECASE)
DOWN = re.compile(r"\b(quieter|softer|lower|down|less|back|tuck\w*)\b", re.IGNORECASE)
NORM = re.compile(
    r"\b(should|shouldn'?t|supposed to|normal|usual|is it (ok|okay|fine)|do (people|pros))\b", re.I
)
"""The level asked as a norm ("should", "is it normal"), not a fault claimed ("vocal too quiet in the verse?")."""
_OVER_ITS_PLACE = re.compile(
    r"\b(louder|quieter|higher|lower|hotter|softer) than (it|they|she|he|that|this|i|we|you) (should|ought|needs?)\b|"
    r"\b((feels?|seems?|sounds?|looks?) like )?(it|they|she|he|that|this) (really |definitely |probably |kinda )?"
    r"(should|ought)\b",
    re.IGNORECASE,
)
"""'is she mixed louder than she should be', 'feels like it should be more obvious', 'they should be more in ur
face': a fault claimed against the part's place, or a wish said as a statement ("should they ...?" asks the norm),
with no norm asked by section."""
NOT_THIS = re.compile(
    r"\b(how|automat\w*|ride|riding|envelope|plug-?in|eq|compress\w*|chorus (effect|plug)|layer\w*|samples?|"
    r"reverb|delay|saturat\w*|distort\w*|transient\w*)\b",
    re.I,
)
"""A how-to (automation asked for), a tool or a source ("should i layer a second snare sample under it ... in the
hook"): their own routes answer them."""


_CLAIMED_IN = re.compile(
    r"\b(gets?|getting|goes|going|is|sounds?|feels?|jumps?|comes?|creeps?)\b[^?.,;]{0,25}?\b(?P<way>loud|louder|hot|"
    r"hotter|too much|quiet|quieter|soft|softer|buried|lost)\b[^?.,;]{0,20}?\b(once|when|whenever|as soon as|in|"
    rf"during) (the )?(?P<section>{SECTION})\b",
    re.IGNORECASE,
)
"""'piano gets a bit clangy n loud once the chorus kicks in, should it come down some?': a level heard in one
section, the fix asked; not a norm between sections."""
_QUIET_WAY = re.compile(r"quiet|soft|buried|lost", re.IGNORECASE)


def _claimed_in_section(
    ctx: MixContext, tracks: tuple[RoleTrack, ...], claim: re.Match[str]
) -> Answer | None:
    """A part heard too loud (or low) in one section with its level fine over the clip: not its fader, a ride in
    that section; None when a fault is measured on it (its own route answers that, fader first)."""
    names = {rt.name for rt in tracks}
    if any(f.track in names or f.evidence.get("other_track") in names for f in ctx.problems):
        return None  # a level fault on it, or a part covered or covering: that fault's own route comes first
    read = level_meter(ctx, tracks)
    if not read:
        return None
    section = claim["section"].lower()
    way, heard, shape = (
        ("up", "drops back", "lift") if _QUIET_WAY.match(claim["way"]) else ("down", "jumps out", "dip")
    )
    parts = [
        f"Not on the fader: over this clip {read[0].quoted} reads {read[1]:.1f} LUFS, and nothing I measured says it "
        "is out of line.",
        "I can't split it by section, though: I read the whole clip as one stretch.",
        f"If it {heard} in the {section}, ride it {way} a dB or two there: select {read[0].quoted}, press V for the "
        f"volume envelope and draw the {shape} over that section.",
    ]
    return Answer(fit(parts, MAX_WORDS, keep=3))


_STAY_SIDE = re.compile(
    r"\bor (is|are|'s|'re) (it|they|she|he|that) (already |just |actually )?(where (it|they|she|he) (should|ought|needs?)|"
    r"fine|ok|okay|good|right|sitting (fine|right|ok|okay)|in (a good|the right|its) (place|spot))\b|"
    r"\bor (just )?(leave|keep) (it|them|her|him)( where| as)\b",
    re.IGNORECASE,
)
"""'should i push it up a few db or is it already where it should be': the fader move offered beside leaving it."""


_MOVE_OFFERED = re.compile(
    r"\b(should|shall|do|can|could|would|must) (i|we|u|you)( just)? (push|turn|bring|raise|lift|boost|bump|nudge|crank|"
    r"ride|pull|drop|lower|cut|tuck|give|take)\b|"
    # "..., turn it up or is it fine": the move offered bare
    r"(^|[,.;?!]\s*)(just )?(push|turn|bring|raise|lift|boost|bump|nudge|crank|pull|drop|lower|tuck) (it|them|her|him)\b",
    re.IGNORECASE,
)
"""'should i push it up a few db', 'turn it up or is it fine': the asker's own fader move offered (not "is it turned
up too much")."""


def _move_or_stay(ctx: MixContext, focus: Focus, q: str) -> Answer | None:
    """A fader move on a part in one section offered beside leaving it ("needs more weight in the drop, should i push
    it up a few db or is it already where it should be") with nothing measured against the part: the side that is
    true (it stays), then that one clip can't split the sections and how to ride it there; None otherwise."""
    stay = _STAY_SIDE.search(q)
    section = SECTIONS.search(PART_IS_HOOK.sub(" ", q[: stay.start()])) if stay else None
    tracks = tuple(rt for a in focus.asked if a.tracks and not a.stand_in for rt in a.tracks)
    if stay is None or section is None or len(focus.asked) != 1 or not tracks or focus.missing:
        return None
    offered = q[: stay.start()]
    if not _MOVE_OFFERED.search(offered):
        return None  # "is it turned up too much or is it fine": a state claimed, not a move offered
    up, down = UP.search(offered) is not None, DOWN.search(offered) is not None
    if up == down:
        return None
    names = {rt.name for rt in tracks}
    said = "where it should be" if "where" in stay.group(0).lower() else "fine"
    fault = next((f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track in names), None)
    if fault is not None and (fault.kind is FindingKind.TRACK_TOO_QUIET) == up and focus.session is not None:
        # "... push it up a few db or is it already where it should be?" with it 11 dB under its place: the move
        move = level_move(fault, focus.session)
        verb = "Push it up" if up else "Pull it down"
        after = "still wants more" if up else "still jumps out"
        parts = [f"{verb}, it isn't where it should be yet: {lower_first(first_sentence(fault.summary))}", move.try_text,
                 f"That's over the whole clip; ride it by section after, if the {section.group(0).lower()} {after}."]  # fmt: skip
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)
    if fault is not None and focus.session is not None:
        # the same with it 9 dB over its place: neither side, the other way
        move = level_move(fault, focus.session)
        state = "past" if up else "under"
        parts = [f"Neither: it's already {state} where it should be: {lower_first(first_sentence(fault.summary))}", move.try_text,
                 "That's over the whole clip, before any ride by section."]  # fmt: skip
        return Answer(fit(parts, MAX_WORDS, keep=2), [move], fault)
    if any(f.track in names or f.evidence.get("other_track") in names for f in ctx.problems):
        return None  # a fault on it, or a part covered or covering: that fault's own route answers
    read = level_meter(ctx, tracks)
    if not read:
        return None
    too, way, shape, feels = (
        ("too low", "up", "lift", "light") if up else ("too loud", "down", "dip", "too big")
    )
    parts = [
        f"It's already {said} on the fader: over this clip {read[0].quoted} reads {read[1]:.1f} LUFS, and nothing I "
        f"measured says it is {too}.",
        "I can't split it by section, though: I read the whole clip as one stretch.",
        f"If it still feels {feels} in the {section.group(0).lower()}, ride it {way} a dB or two there: select "
        f"{read[0].quoted}, press V for the volume envelope and draw the {shape} over that section.",
    ]
    return Answer(fit(parts, MAX_WORDS, keep=3))


PART_IS_HOOK = re.compile(
    r"\b(is|'s|are|as)( kind of| kinda| basically| like| really| literally)? (the|my|our)( main| whole| big| real)? hooks?\b",
    re.IGNORECASE,
)
"""'the pluck is the hook': the part named as the song's hook, not a section it plays in."""


def _louder_in(q: str) -> str | None:
    """The section the part is asked to be louder in ("chorus", "verse"), or None when the question does not say."""
    said = [m for m in SECTIONS.finditer(PART_IS_HOOK.sub(" ", q))]
    if not said:
        return None
    up, down = UP.search(q), DOWN.search(q)
    if (up is None) == (down is None):
        return None
    first = said[0].group(0).lower()
    if len(said) >= 2:  # "louder in the verse than the chorus": the first section takes the comparative
        second = said[1].group(0).lower()
        return first if up else second
    return first if up else ("verse" if BIG.match(first) else "chorus")


def section_level(ctx: MixContext, focus: Focus) -> Answer | None:
    """The common practice for a part's level section against section, the part over the clip, and how to shape
    it; None when the question is no such norm."""
    q = focus.intent.question
    if ctx.analysis is None or focus.session is None or NOT_THIS.search(q):
        return None
    if (stays := _move_or_stay(ctx, focus, q)) is not None:
        return stays
    if not NORM.search(_OVER_ITS_PLACE.sub(" ", q)):
        return _sections_compared(ctx, focus)
    if focus.intent.complaint not in (None, "loud", "quiet"):
        return None  # "vocal muffled in the chorus, should i crank it?": the symptom's cause answers it
    tracks = tuple(rt for a in focus.asked if a.tracks and not a.stand_in for rt in a.tracks)
    if (
        len(focus.asked) == 1
        and tracks
        and not focus.missing
        and (claim := _CLAIMED_IN.search(q)) is not None
    ):
        return _claimed_in_section(ctx, tracks, claim)
    if len(focus.asked) != 1 or not tracks or focus.missing or (louder := _louder_in(q)) is None:
        return None
    big = BIG.match(louder) is not None
    ridden = "parts are set for the song and ridden a dB or two where a section needs them"
    if big:
        verdict = f"Yes, usually by a dB or two: the {louder} carries the most, and {ridden}."
    else:
        verdict = f"Not usually: the chorus carries the most, so a part louder in the {louder} is the exception; {ridden}."
    clip = "I can't split it by section, though: I read the whole clip as one stretch."
    read = level_meter(ctx, tracks)
    where = f"Over this clip {read[0].quoted} reads {read[1]:.1f} LUFS" if read else ""
    names = {rt.name for rt in tracks}
    fault = max(
        (f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track in names),
        key=lambda f: f.severity,
        default=None,
    )
    covered = any(f.track in names or f.evidence.get("other_track") in names for f in ctx.problems)
    if fault is None and covered:
        return None  # a part covered or covering, its level fine: that fault's own route comes first
    quoted = " and ".join(rt.quoted for rt in tracks[:2])
    how = f"To shape it by section, select {quoted}, press V for the volume envelope and ride it there."
    if fault is None:
        parts = [
            verdict,
            clip,
            f"{where}, and nothing I measured says it is out of line." if where else "",
            how,
        ]
        return Answer(fit([p for p in parts if p], MAX_WORDS, keep=3))
    move = level_move(fault, focus.session)
    said = f"But first, over the whole clip: {lower_first(first_sentence(fault.summary))}"
    return Answer(fit([verdict, clip, said, move.try_text, how], MAX_WORDS, keep=4), [move], fault)


def _sections_compared(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "Is the vocal louder in the chorus than the verse?": two sections compared on one part, which one clip
    read as a whole cannot answer; the part over the clip, and how to get the two sections measured."""
    q = focus.intent.question
    said = {m.group(0).lower().rstrip("s") for m in SECTIONS.finditer(q)}
    if len(said) < 2 or focus.intent.complaint not in (None, "loud", "quiet") or len(focus.asked) != 1:
        return None
    tracks = tuple(rt for a in focus.asked if a.tracks and not a.stand_in for rt in a.tracks)
    if not tracks or focus.missing:
        return None
    read = level_meter(ctx, tracks)
    where = f"Over this clip {read[0].quoted} reads {read[1]:.1f} LUFS." if read else ""
    names = {rt.name for rt in tracks}
    fault = max((f for f in ctx.problems if f.kind in TRACK_LEVEL_KINDS and f.track in names),
                key=lambda f: f.severity, default=None)  # fmt: skip
    head = "I can't tell the sections apart: I read the whole clip as one stretch, not section by section."
    how = ("To compare them, loop just one section in REAPER, play it and ask me, then loop the other and ask "
           "\"did that change?\": I'll put the two readings side by side.")  # fmt: skip
    if fault is None:
        return Answer(fit([head, where, how], MAX_WORDS, keep=3))
    move = level_move(fault, focus.session)
    lead = f"Over the whole clip, though: {lower_first(first_sentence(fault.summary))}"
    return Answer(fit([head, lead, move.try_text, how], MAX_WORDS, keep=3), [move], fault)
