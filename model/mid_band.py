"""The whole mix's mids asked about in an amateur's words: too much ("is it mid-heavy?", "too much mids in the
mix?", "sounds midrangey") or too little ("is the mix too scooped?", "not enough mids?", "how do i get more mids").

Why: no finding kind covers the mid band (500 Hz-2 kHz), so these questions fell to whatever stood out ("Yes, one
thing: 'Lead Vocal' sits about 8 dB quieter" to "is it mid-heavy?", a loudness verdict to "too much mids?", "On the
mix:" to "too scooped?"). An engineer answers the mids asked about with the mids' own number (the mid band against
the median real mix, ``balance_vs_target_db``), yes, a little or no first, then the move that follows (a broad dip
or lift on the parts that fill the mids), and what else stands out when the mids are fine.
"""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext, Suggestion
from model.band_remark import whole_band_words
from model.focus import Focus
from model.intent import Wants, asks_yes_no
from model.phrasing import MAX_WORDS, Answer, capital, first_sentence, fit, lower_first
from model.recipes import GUITAR_KEYS, Move, recipe
from model.session_view import quote_list

CLEAR_DB = 3.0
"""A mid band this far or more from the median real mix, on the side asked, is a plain yes."""
LEAN_DB = 1.5
"""From this far (to ``CLEAR_DB``) it is "a little": a lean to check by ear (as ``by_ear_tone.GUARD_DB``)."""
MID_HZ = 800.0
"""The centre of a broad mid move (the middle of 500 Hz-2 kHz on a log scale is ~1 kHz; 800 Hz is where most
guitars, keys and voices carry their body)."""
STEP_DB = 2.0
"""A broad 2 dB move (Q ~1): a mid-band lean is fixed gently."""

_MIDS = r"(?<!low )(?<!low-)(?<!lower )(?<!high )(?<!high-)(?<!upper )(mid|mids|midrange|mid-?range|middle)"
"""The mids by name; "low mids" and "high mids" are other bands (the mud, the bite), never this one."""
HEAVY = re.compile(
    rf"\bmid[- ]?(range[- ]?)?heavy\b|\bmid-?rangey\b|\bmiddy\b|\btoo much (of )?(the )?{_MIDS}\b|"
    rf"\b{_MIDS} (is |are )?((way|too|kinda|so|a bit) )*(loud|much|heavy|forward|strong|overpowering|thick)\b|"
    rf"\b(less|fewer) {_MIDS}\b",
    re.IGNORECASE,
)
"""The mids said to be too much."""
HOLLOW = re.compile(r"\bhollow(er|ness)?\b", re.IGNORECASE)
"""'Hollow' said of the whole mix: the mids scooped, or a part missing from the balance (``model.intent_claim``'s
lack words): with a fault measured the claim routes answer it (the part first), with none the mid band does."""
SCOOPED = re.compile(
    rf"\bscoop(ed|y)\b|\b(not enough|no|lacks?|lacking|missing|need more|needs more|more|zero) (of )?(the )?{_MIDS}\b|"
    rf"\b{_MIDS} (is |are )?((way|too|kinda|so|a bit) )*(missing|gone|lacking|scooped|quiet|weak|thin|hollow)\b|"
    # "the mix sounds hollow": engineers' word for a mix missing its middle (the body between ~300 Hz and 2 kHz)
    + HOLLOW.pattern,
    re.IGNORECASE,
)
"""The mids said to be too little ("scooped": the smiley-curve EQ that takes them out; "hollow": the sound of it)."""
_OWN_MOVE = re.compile(
    r"\b(i|we|i've|i have|just|already)\s+(\w+\s+)?(scooped|cut|dipped|boosted|added)\b", re.I
)
"""'I scooped the mids, better?': a move the user made, the compare routes' question."""


def _side(question: str) -> int | None:
    """+1 for mids said to be too much, -1 for too little, None when the mids are not asked about."""
    if _OWN_MOVE.search(question):
        return None
    if HEAVY.search(question):
        return +1
    if SCOOPED.search(question):
        return -1
    return None


def _move(focus: Focus, way: int) -> Move:
    """A broad 2 dB dip (too much) or lift (too little) around 800 Hz on the parts that fill the mids."""
    targets = focus.session.by_roles(*GUITAR_KEYS, "lead_vocal")
    gain = STEP_DB * way
    verb = "lift" if way > 0 else "dip"
    where = quote_list(targets) if targets else "the guitars and keys"
    text = f"On {where}, {verb} {STEP_DB:g} dB around {MID_HZ:.0f} Hz with a wide Q (~1)"
    if way > 0:
        text += ", or undo any smiley-curve EQ (bass and treble up) on the master"
    why = "fills the mids back in" if way > 0 else "thins the crowded mids"
    sugg = [
        Suggestion("eq_band", rt.name, {"freq_hz": round(MID_HZ), "gain_db": gain, "q": 1.0}, why)
        for rt in targets[:3]
    ]
    check = "Flip it at matched level: the vocal and guitars should sit forward without honk or harshness."
    return Move(text + ".", check, sugg)


MISSING = re.compile(
    r"\b(missing|a hole|hole where|gap where|something'?s? (gone|absent)|empty)\b", re.IGNORECASE
)
"""A part claimed missing beside the hollow: a too-quiet part measured makes the claim true."""


def mid_answer(ctx: MixContext, focus: Focus) -> Answer | None:
    """The mids asked about, judged on the mid band; None when the whole mix's mids are not what is asked."""
    intent = focus.intent
    if intent.instruments or intent.technique is not None or ctx.analysis is None:
        return None
    side = _side(intent.question)
    hollow_only = (
        side == -1
        and HOLLOW.search(intent.question)
        and not re.search(rf"\b{_MIDS}\b", intent.question, re.I)
    )
    if hollow_only and any(not f.is_lean for f in ctx.problems):
        return None  # "does it sound hollow?" with the bass 10 dB low: that part, as the lack claim answers
    dev = ctx.analysis.balance_vs_target_db.get("mid")
    if side is None or dev is None:
        return None
    said = whole_band_words(ctx.analysis, "mid", dev)
    toward = round(dev * side, 1)  # how far the mids sit on the side asked, as said
    verdict = "Yes" if toward >= CLEAR_DB else "A little" if toward >= LEAN_DB else "No"
    # "the mix sounds hollow": a statement with no question mark wants the fix, as a how-to does
    said_only = intent.wants == Wants.JUDGE and "?" not in intent.question and not intent.tag
    how = (intent.wants in (Wants.HOW_TO, Wants.WHAT_FIRST) and not asks_yes_no(intent)) or said_only
    moves: list[Move] = []
    if how and toward <= -LEAN_DB:  # "how do i get more mids" with the mids already over: not a lift
        way = "more" if side < 0 else "less"
        head = f"By the numbers it's the other way: {said}, so I'd not go for {way} mids on the whole mix"
        fault = next((f for f in ctx.problems if not f.is_lean), None)
        if fault is None:
            return Answer(f"{head}; if one part sounds off there, ask about that part and I'll check its own level "
                          "and range.")  # fmt: skip
        # "the mix sounds hollow" with a guitar 10 dB low: the part missing from the middle is what stands out
        fix = recipe(fault, focus.session)
        text = fit([f"{head}. What does stand out: {lower_first(first_sentence(fault.summary))}", fix.try_text,
                    fix.check_text], MAX_WORDS, keep=2)  # fmt: skip
        return Answer(text, [fix], fault)
    if verdict != "No" or how:
        move = _move(focus, -side)  # too much: a dip; too little: a lift
        head = f"{verdict}: {said}." if not how else f"{capital(said)}."
        if how and verdict == "No":
            head = f"{capital(said)}, so go gently if you still hear it:"
        parts = [head, lower_first(move.try_text) if head.endswith(":") else move.try_text, move.check_text]
        moves.append(move)
    else:
        parts = [f"No: {said}."]
        other = ctx.problems[0] if ctx.problems else None
        if (
            other is not None
            and other.kind is FindingKind.TRACK_TOO_QUIET
            and MISSING.search(intent.question)
        ):
            # "a hole where something should be, something missing right?" with the pad 10 dB low: the ear is right
            parts = [f"Yes, something is missing, but not the mids: {said}."]
        if other is not None:
            move = recipe(other, focus.session)
            parts += [f"What does stand out: {lower_first(first_sentence(other.summary))}", move.try_text]
            moves.append(move)
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, None)
