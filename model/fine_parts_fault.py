""" "How's the horns n strings?" with both fine and the bass 10 dB over: the parts are fine on their own, and the
trouble is elsewhere, with that part's fader.

Why: the track route judges each asked part on its own evidence; a part whose ranges the fault does not reach
comes back "It's fine: nothing I measured says 'Horns' is out of line", and the mix's real fault (a part at the
wrong level somewhere else) goes unsaid, so the user leaves thinking the mix is fine. An engineer asked how two
parts sound says they are fine, then points at what is not ("the trouble is elsewhere: the bass is 10 dB hot").
A part whose range the fault reaches is already answered that way (``model.elsewhere_opening``); this pass covers
the parts it does not reach. Only a question on the parts' state ("how's X?", "is X ok?": yes, and the fault): a
complaint, a tool or a level keeps its own answer.
"""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext
from model.elsewhere_opening import HOWS
from model.evidence import track_evidence
from model.focus import Focus
from model.intent import asks_yes_no
from model.moves import level_move
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first

LEVEL_KINDS = (FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET)
FINE_OPENING = "It's fine:"
YES_OPENING = "Yes:"
"""How the track route opens a part with nothing measured against it: to "how's it?", and to "is it ok?"."""
BAND_ASK = re.compile(r"\b(band|bands|frequenc\w*|freqs?|range|region)\b", re.IGNORECASE)
"""'is the bass band ok?': a frequency band asked about, which the answer's band sentence answers, not a part."""
LEAN_OPENING = re.compile(r"^(Both fine|Fine) on (its|their) own; at most this:")
"""How ``model.lean_part_opening`` opens a part fine beside a whole-mix lean in its range."""
WHY_LEVEL = "Balance comes first: that fader is the fix, not anything on the parts you asked about."


def lean_words(lean: Finding) -> str:
    """ "leans a little thin": the lean as its summary says it, else by its kind."""
    m = re.search(r"\bleans [^.:;,]*", lean.summary)
    return m.group(0) if m else f"leans a little {lean.kind.value}"


def _names(quoted: list[str]) -> str:
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"


def _reading(measured: str) -> str:
    """ "its own meter reads -25.9 LUFS" -> "-25.9 LUFS"."""
    return measured.removeprefix("its own meter reads ").removeprefix("its meter averages ")


def elsewhere_fault(ctx: MixContext, asked: set[str]) -> Finding | None:
    """The most severe part-level fault (a problem, not a lean) on a track not among ``asked``, when none of the
    asked tracks has a problem of its own or is covered by another part."""
    if any(f.track in asked or f.evidence.get("other_track") in asked for f in ctx.problems):
        return None
    off = [
        f
        for f in ctx.problems
        if f.kind in LEVEL_KINDS and not f.is_lean and f.track is not None and f.track not in asked
    ]
    return max(off, key=lambda f: f.severity, default=None)


def said_before(ctx: MixContext, fault: Finding) -> bool:
    """True when the last answer in the conversation already named the part at fault ("and the kick?" right after
    "No: 'Harmony Vox' sits about 9 dB louder"): the follow-up asks about the new part, not for the fault again."""
    last = next((t.content for t in reversed(ctx.history) if t.role == "assistant"), "")
    return f"'{fault.track}'" in last


def fine_parts_fault(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` (every asked part fine) rewritten as the parts fine on their own and the fault found elsewhere."""
    intent = focus.intent
    lean = ans.first is not None and ans.first.is_lean and LEAN_OPENING.match(ans.text) is not None
    if (ans.first is not None and not lean) or focus.session is None or intent.complaint or intent.technique:
        return ans
    opened = ans.text.startswith(FINE_OPENING) or lean  # "Fine on its own; at most this:" a lean in its range
    open_ask = opened and HOWS.search(intent.question) and not asks_yes_no(intent)
    ok_ask = (
        ans.text.startswith(YES_OPENING) and intent.asks_ok and not intent.asks_problem
    )  # "is the rhodes ok?"
    if not (open_ask or ok_ask) or BAND_ASK.search(intent.question):
        return ans
    tracks = [rt for a in focus.asked if a.found for rt in a.tracks]
    if not tracks or any(a.inside is not None for a in focus.asked):
        return ans
    fault = elsewhere_fault(ctx, {rt.name for rt in tracks})
    if fault is None or said_before(ctx, fault):
        return ans
    move = level_move(fault, focus.session)
    quoted = [rt.quoted for rt in tracks]
    verb, own = ("is", "its") if len(quoted) == 1 else ("are", "their")
    meters = [
        f"{rt.quoted} {_reading(m)}" for rt in tracks if (m := track_evidence(ctx, rt).measured_level())
    ]
    head = (
        f"{'Yes, ' if ok_ask else ''}{_names(quoted)} {verb} fine on {own} own; the trouble is elsewhere: "
        f"{lower_first(first_sentence(fault.summary))}"
    )
    meter = f"{'Its meter' if len(quoted) == 1 else 'Their meters'}: {', '.join(meters)}." if meters else ""
    also = f"The mix also {lean_words(ans.first)}; judge that after the fader." if lean and ans.first else ""
    text = fit([head, move.try_text, meter, WHY_LEVEL, also, move.check_text], MAX_WORDS, keep=2)
    return Answer(text, [move, *ans.moves], fault)
