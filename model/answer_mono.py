"""A width question on a mix that is too wide in the wrong way: out of phase, or a low end spread wider than real
records keep it. "Is the stereo ok?", "will it hold up in mono?", "is it too wide?" then get that problem first,
not "yes, it's wide enough": the width an engineer worries about is the kind that cancels on a phone."""

from __future__ import annotations

import re

from companion.context import FindingKind, MixContext
from model.focus import Focus
from model.intent import Wants
from model.phrasing import EXPLAIN_WORDS, MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe

TOO_WIDE_KINDS = (FindingKind.PHASE_ISSUE, FindingKind.LOW_END_NOT_MONO)
_ENOUGH = re.compile(r"\bwide enough\b|\benough (width|stereo|spread)\b", re.IGNORECASE)
_PROBLEM = re.compile(
    r"\btoo (wide|spread|stereo|big)\b|\bcollaps|\bcancel|\bphas(e|ey|ing)\b|\bproblem|\bissue|\blos(e|es|ing) ",
    re.IGNORECASE,
)
_OK = re.compile(
    r"\b(ok|okay|fine|good|alright|compatible|work|hold up|survive|translate|safe)\b", re.IGNORECASE
)


def too_wide_first(ctx: MixContext, focus: Focus) -> Answer | None:
    """The out-of-phase or too-wide low end problem, answered in the words the question asked, or None."""
    found = next((f for f in ctx.problems if f.kind in TOO_WIDE_KINDS), None)
    if found is None:
        return None
    question = focus.intent.question
    if _ENOUGH.search(question):
        opener = "Yes, wide enough, too wide in fact:"
    elif _PROBLEM.search(question):
        opener = "Yes:"  # "is it too wide?", "does it collapse in mono?": the problem is there
    elif _OK.search(question):
        opener = "No:"  # "is the stereo ok?", "is it mono compatible?"
    else:
        opener = "Main thing:"
    move = recipe(found, focus.session)
    parts = [f"{opener} {lower_first(first_sentence(found.summary))}", move.try_text, move.check_text]
    return Answer(fit(parts, EXPLAIN_WORDS if focus.intent.explain else MAX_WORDS, keep=2), [move], found)


_TOO_WIDE_Q = re.compile(
    r"\btoo (wide|spread|stereo|big)\b|\bover-?wide\b|\btoo much (width|stereo|spread)\b", re.I
)
_LOW = re.compile(r"\b(low[- ]?end|lows|bass|bottom|sub)\b", re.IGNORECASE)


def too_wide_asked(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "is it too wide?" / "is the low end too wide?" with no width problem measured: a no (or, for the low end
    with a remark on it, "a little") in the question's terms with the numbers, never "yes, it's wide enough"."""
    a = ctx.analysis
    question = focus.intent.question
    if a is None or a.channels < 2 or not _TOO_WIDE_Q.search(question):
        return None
    remark = next((f for f in ctx.findings if f.kind in TOO_WIDE_KINDS and not f.is_problem), None)
    said = lower_first(first_sentence(remark.summary)) if remark is not None else None
    if _LOW.search(question):  # the low end's own width: its correlation against real records
        if said is not None:
            return Answer(
                f"A little: {said} It's a remark, not a fault: act only if the low end wanders in mono."
            )
        return Answer(f"No: below 150 Hz the channels correlate {a.stereo.low_end_correlation:.2f} (1 is mono), "
                      "no wider than most real records keep it.")  # fmt: skip
    stereo = f"correlation {a.stereo.correlation:.2f}, width {a.stereo.width:.2f} (0 is mono)"
    nearest = f" The nearest thing to it: {said}" if said is not None else ""
    phase = any(f.kind is FindingKind.PHASE_ISSUE for f in ctx.findings)
    cancels = "" if phase else ", and nothing cancels in mono"  # a phase remark is said as the nearest thing
    return Answer(f"No, not too wide: {stereo}{cancels}.{nearest}")


_MONO_Q = re.compile(
    r"\bin mono\b|\bmono[- ]?compat\w*|\b(sum|fold|collaps)\w* (\w+ )?(to|into) mono\b|\bcancel\w*|\bcollaps\w*|"
    r"\b(low[- ]?end|lows|bass|bottom|subs?|kick)\b[^?.!]{0,20}\bmono\b",
    re.IGNORECASE,
)
"""A question about what survives when the two sides are summed ("will it hold up in mono?", "does it collapse in
mono?", "is the low end mono?"); "does it sound too mono?" is a narrow complaint, and a phase word ("is anything
out of phase?") is ``model.phase_word``'s."""
_LOW_MONO = re.compile(r"\b(low[- ]?end|lows|bass|bottom|subs?|kick)\b[^?.!]{0,20}\bmono\b", re.IGNORECASE)
_SURVIVES = re.compile(
    r"\b(hold up|survive|translate|work|compatible|ok|okay|fine|safe|good|alright)\b", re.IGNORECASE
)


def mono_asked(ctx: MixContext, focus: Focus) -> Answer | None:
    """ "Will it hold up in mono?", "is anything out of phase?", "is the low end mono?" with no phase or low-end
    width problem measured: the yes or no in the question's terms, with the correlation that says it, never
    "No, it's wide enough" (a width answer to a mono question) or a tonal lean."""
    a = ctx.analysis
    q = focus.intent.question
    if a is None or a.channels < 2 or not _MONO_Q.search(q) or _TOO_WIDE_Q.search(q):
        return None
    # the diagnosis's own phase and low-end findings say when the sum loses something (a problem is answered by
    # too_wide_first, a remark by the width answer); a part's own phase is another question (part_width)
    if any(f.kind in TOO_WIDE_KINDS for f in ctx.findings) or focus.intent.instruments:
        return None
    if focus.intent.wants == Wants.HOW_TO and focus.intent.complaint == "narrow":
        # "how do i widen it without it collapsing in mono?": width asked how, mono the check on it
        return None
    if _LOW_MONO.search(q):
        low = a.stereo.low_end_correlation
        return Answer(f"Yes, the low end is mono: below 150 Hz the channels correlate {low:.2f} (1 is mono), so the "
                      "kick and bass sit in the middle as real records keep them.")  # fmt: skip
    stereo = f"the two sides correlate {a.stereo.correlation:.2f} (1 is mono, under 0 cancels)"
    # a verdict with its reason in it, so no later pass reads a bare "Yes:" against a complaint: "is anything out of
    # phase?", "does it collapse in mono?" ask after the problem (no), "will it hold up?" after the good state (yes)
    verdict = "Yes, it holds up in mono" if _SURVIVES.search(q) else "No, nothing cancels"
    return Answer(f"{verdict}: {stereo}, so no part drops out when the sides are summed. To hear it, press the "
                  "master's mono button: every part should stay, only a little narrower.")  # fmt: skip


_CHECK_HOW = re.compile(
    r"\bhow (do|can|would|should|to) ((i|you|we|u) )?[^?.]{0,40}\b(flip|switch|toggle|check|listen|hear|put|sum|fold|"
    r"collaps|monitor|test|play)\w*\b[^?.]{0,30}\bmono\b|"
    r"\b(check|listen|test)\w* (\w+ ){0,3}in mono\b[^?.]{0,60}\bhow (do|can|to)\b",
    re.IGNORECASE,
)
"""How to hear the mix in mono asked ("how do i actually flip to mono in reaper n what am i listening for")."""
_WIDEN = re.compile(r"\bwid(e|er|en|ening|th)\b|\bspread\b|\bstereo image\b", re.IGNORECASE)


def mono_check_how(ctx: MixContext, focus: Focus) -> Answer | None:
    """How to switch REAPER's master to mono and what to listen for, then what this mix's correlation says to
    expect; None for any other question (a width wish with mono as its check is the width answer's)."""
    a = ctx.analysis
    q = focus.intent.question
    if (
        a is None
        or a.channels < 2
        or focus.intent.instruments
        or not _CHECK_HOW.search(q)
        or _WIDEN.search(q)
    ):
        return None
    parts = [
        "In REAPER's mixer, left-click the master's output (stereo/mono) button to switch it from stereo to "
        "mono (it turns orange); right-click it for the other mono modes. Flip back and forth at your normal level.",
        "Listen for a part that drops, thins or goes hollow (something out of phase cancels), for the vocal and "
        "bass holding their level, and for reverbs and wide parts sinking a little but not vanishing.",
    ]
    found = next((f for f in ctx.problems if f.kind in TOO_WIDE_KINDS), None)
    moves = []
    if found is not None:
        move = recipe(found, focus.session)
        parts += [
            f"On this mix, listen for one thing: {lower_first(first_sentence(found.summary))}",
            move.try_text,
        ]
        moves.append(move)
    else:
        parts.append(
            f"On this mix the two sides correlate {a.stereo.correlation:.2f} (1 is mono, under 0 cancels) and the "
            f"low end {a.stereo.low_end_correlation:.2f}, so expect it to hold up: every part should stay, only "
            "a little narrower."
        )
    return Answer(fit(parts, EXPLAIN_WORDS, keep=3), moves, found)
