"""A part lifted for a passage and set back after: "how do i make a gtr lick jump out for like 8 bars n then sit
back down after? automation? how many db of bump".

Why: the router read the part named and its fader ("Leave the guitar where they are: nothing I measured says they
are too loud"), which answers a question nobody asked: the asker does not think the part is off, they want it to
lead for a few bars and step back. That is volume automation over the passage, with a size and ramps, which no
meter here measures: the numbers are craft, labelled so ("common practice"). A part measured at the wrong level
overall comes first (its fader sets where it steps back to)."""

from __future__ import annotations

import re

from companion.context import MixContext
from model.evidence import TRACK_LEVEL_KINDS, ranked_problems
from model.focus import Focus
from model.intent import Wants
from model.phrasing import MAX_WORDS, Answer, first_sentence, fit, lower_first
from model.recipes import recipe
from model.session_view import quote_list

BUMP_DB = (2, 3)
"""How much a part is lifted to lead a passage (common practice: a few dB reads as "forward", not as "louder")."""
SOLO_DB = (4, 6)
"""A lift for a solo that must take the lead over a full band (common practice)."""
DIP_DB = (2, 4)
"""A passage's part that jumps out, ridden down there (common practice: a few dB, the fader kept for the rest)."""
_PASSAGE = (
    r"(for|during|in|over|through) (like |about |around |just |the |a |those |these |that |its |his |her )*"
    r"(\d+|one|two|four|eight|sixteen|few|couple( of)?)? ?(bars?|measures?|beats?|seconds?|solos?|fills?|licks?|"
    r"breaks?|bridge|section|riffs?|hook|intro|outro|turnaround)\b"
)
SECTION_BUMP = re.compile(
    # "make the lick jump out for like 8 bars", "have the solo pop during the bridge"
    rf"\b(jump|pop|poke|stick|stand|come|cut|leap|step)s? (out|through|forward|up|in front)\b[^?.]{{0,30}}\b{_PASSAGE}|"
    # "... n then sit back down after", "then drop back in"
    r"\bthen (sit|settle|go|drop|come|tuck|fall|step)s? (back )?(down|back|in|under)\b|"
    # "bump the gtr up for the solo", "lift it during the fill"
    rf"\b(bump|lift|boost|push|raise|ride)\w* (it|them|(the|my) [\w'-]+( [\w'-]+)?) (up )?{_PASSAGE}",
    re.IGNORECASE,
)
"""A part wished forward for a passage, then back: a lift drawn in over bars, not a new fader position."""
_SOLO = re.compile(r"\bsolo\b|\blead (line|break)\b", re.IGNORECASE)
SECTION_DIP = re.compile(
    r"\b(automat\w*|ride|riding|pull|duck|bring|tuck|drop|dip)\b( (it|them|that|those|(the|my) [\w'-]+( [\w'-]+)?))? "
    r"(down|back|lower)\b",
    re.IGNORECASE,
)
"""A passage's part asked down by automation ("should i automate it down there?")."""
_SECTION = re.compile(
    r"\b(the |that |this |last |first |final |each |every )(chorus|choruses|verse|verses|bridge|fill|drop|hook|intro|"
    r"outro|break|breakdown|solo|section|part|bit)\b|\bdown there\b",
    re.IGNORECASE,
)
"""A passage named: a section of the song, where the ride goes."""
_LEAVE_OFFERED = re.compile(
    r"\bor (just )?(leave|keep) (it|them|that|'em|em)\b|\b\d+(\.\d+)? ?db\b|"
    r"\bor (just )?((pull|turn|drop|lower|bring|take) (\w+ ){0,3}(down|back|track)|(the |its |their )?fader)\b",
    re.IGNORECASE,
)
"""Leaving the part as it is offered, the ride's size already chosen, or the fader offered as the other way
("automate them down in the chorus or just pull the whole track"): the choice is what's asked."""


def section_bump(ctx: MixContext, focus: Focus) -> Answer | None:
    """Volume automation over the passage for the part named, with its size; None for any other question (a
    complaint about a part that jumps out is a level question, not a wish)."""
    intent = focus.intent
    # "ride it down 2 dB or leave it be?": a sized ride weighed against leaving it is a yes or no on the part,
    # not the how of a dip
    dip = (
        SECTION_DIP.search(intent.question) is not None
        and _SECTION.search(intent.question) is not None
        and _LEAVE_OFFERED.search(intent.question) is None
        and SECTION_BUMP.search(intent.question) is None  # "pop out for 4 bars then drop back in": a lift
    )
    if (
        (SECTION_BUMP.search(intent.question) is None and not dip)
        or not focus.tracks
        or intent.complaint not in (None, "quiet", "loud")  # "then sit back": the wish, no level heard
        or intent.wants not in (Wants.HOW_TO, Wants.HOW_MUCH, Wants.JUDGE)
    ):
        return None
    if intent.wants == Wants.JUDGE and intent.technique != "automation":
        return None  # "does the lick jump out for those 8 bars?": a verdict on it, not the how
    if dip and focus.missing:
        return None  # "automate the toms down there?" with no tom track: the ride on whichever track plays it
    names = {rt.name for rt in focus.tracks}
    said = quote_list(list(focus.tracks), 3)
    lo, hi = DIP_DB if dip else SOLO_DB if _SOLO.search(intent.question) else BUMP_DB
    way = "dip" if dip else "lift"
    move = (
        f"On {said} show the Volume envelope (the Trim Volume one leaves the fader free), set points "
        f"at the start and end of the passage and {way} the stretch between by about {lo}-{hi} dB, with a short ramp "
        f"(a beat or so) in and out so the {way} sounds played, not switched; after the last point it sits back where "
        "the fader has it (common practice)."
    )
    head = (
        f"About {lo}-{hi} dB, drawn in as automation:"
        if intent.wants == Wants.HOW_MUCH
        else "Yes, automate it down there:"
        if dip and intent.wants == Wants.JUDGE
        else "Automate it:"
    )
    parts = [f"{head} {lower_first(move)}"]
    moves = []
    fault = next(
        (
            f
            for f in ranked_problems(ctx, focus.session)
            if f.kind in TRACK_LEVEL_KINDS and f.is_problem and f.track in names
        ),
        None,
    )
    if fault is not None:  # where it steps back to is its fader: a part off overall is set first
        level = recipe(fault, focus.session)
        parts.insert(0, f"Its fader first: {lower_first(first_sentence(fault.summary))} {level.try_text}")
        if dip:  # the ride after the fader, only if the passage still jumps out
            parts[1] = f"Then, if that passage still jumps out: {lower_first(move)}"
        moves.append(level)
    elif ctx.analysis is not None:
        one = len(focus.tracks) == 1
        stay = "Its fader can stay" if one else "Their faders can stay"
        parts.append(f"{stay}: nothing I measured says {said} {'is' if one else 'are'} out of line.")
    parts.append(
        "Check in Read mode: the passage should sit with the rest now, with no jump down where the dip starts."
        if dip
        else "Check in Read mode: the part should lead those bars without jumping, and the bar after should feel "
        "like it stepped back, not vanished."
    )
    return Answer(fit(parts, MAX_WORDS, keep=2), moves, fault)
