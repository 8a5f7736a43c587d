""" "Isn't that a lot?", "why only 2.5 dB?", "why that much?" after an EQ move was given: the size of that dip or lift
and why, the way ``model.move_size`` answers it for a fader move.

Why: with no fader card in the answer before, the question fell to the router, which answered the harshness
again ("A little: the mix leans a little harsh ... Try a 2-3 dB dip"), never saying why the dip is the size it is.
Its reason is in the finding: a whole-mix build-up is shared by every part that plays in that range, so the dip
goes on each of them and small cuts add up, while one broad dip deeper than about 4 dB starts to hollow a part
out; a clash is dipped by how far the covering part sits over the covered one there, only in that range."""

from __future__ import annotations

import re

from companion.context import Finding, FindingKind, MixContext, Suggestion
from companion.knowledge.wording import say_hz, say_number
from model.phrasing import MAX_WORDS, Answer, fit, lower_first

BIG_Q = re.compile(
    r"\b(that much|so much|a lot|too much|big|huge|drastic|extreme|a bit much)\b", re.IGNORECASE
)
"""The move said to be too big (the others say too small: "why only 2.5 dB?")."""
WHY = re.compile(r"^\W*(so |but |ok |and )?(why|how come)\b", re.IGNORECASE)
"""Asked as a why, which takes a because, not a yes or no."""
HOLLOW_DB = 4.0
"""A broad dip deeper than this on one part starts to hollow it out (common practice: gentle broad cuts)."""


def eq_card(answer: Answer) -> Suggestion | None:
    """The first EQ band move of ``answer`` on a track, with a gain, or None."""
    return next(
        (
            s
            for m in answer.moves
            for s in m.suggestions
            if s.action == "eq_band" and s.track and isinstance(s.params.get("gain_db"), (int, float))
        ),
        None,
    )


def _same_move(answer: Answer, card: Suggestion) -> list[str]:
    """The tracks the same band move goes on (a whole-mix dip shared by the parts in that range)."""
    names: list[str] = []
    for m in answer.moves:
        for s in m.suggestions:
            if s.action == "eq_band" and s.track and s.params == card.params and s.track not in names:
                names.append(s.track)
    return names


def eq_move_size(ctx: MixContext, question: str, earlier: Answer) -> Answer | None:
    """Why the EQ move of the answer before is the size it is; None when it gave none or no finding explains it."""
    card = eq_card(earlier)
    f: Finding | None = earlier.first
    if card is None or f is None:
        return None
    gain = float(card.params["gain_db"])
    size = abs(gain)
    way = "dip" if gain < 0 else "lift"
    freq = say_hz(float(card.params.get("freq_hz", 0.0)))
    big = BIG_Q.search(question) is not None
    why = WHY.search(question) is not None
    tracks = _same_move(earlier, card)
    quoted = [f"'{t}'" for t in tracks[:3]]
    named = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    if f.kind is FindingKind.MASKING and f.track == card.track:
        over = f.evidence.get("over_db")
        other = f.evidence.get("other_track")
        if not isinstance(over, (int, float)) or not other:
            return None
        head = "Because of the clash:" if why or not big else "No, it's sized to the clash:"
        after = size - float(over)
        where = f"about {say_number(after)} dB under it" if after >= 0.5 else "about level with it"
        parts = [
            f"{head} '{card.track}' sits {say_number(float(over))} dB over '{other}' in the range where '{other}' "
            f"is strongest.",
            f"A {say_number(size)} dB {way} at {freq} takes it to {where} there, and only there, so the rest of "
            f"'{card.track}' keeps its level.",
            f"Make it, then listen for '{other}' coming through; go further by ear only if it still hides.",
        ]
        return Answer(
            fit(parts, MAX_WORDS, keep=2), [m for m in earlier.moves if card in m.suggestions][:1], f
        )
    dev = f.evidence.get("deviation_db")
    if f.track is not None or not isinstance(dev, (int, float)):
        return None
    head = "Because it's shared:" if why else "No, it's small on purpose:" if big else "Because it's shared:"
    found = lower_first(f.summary.split(". ")[0].rstrip("."))  # "the mix leans a little harsh"
    what = "build-up" if gain < 0 else "lack"
    number = f"{abs(float(dev)):.1f} dB"
    said = f", a {what} of about {number} on the whole mix" if number in f.summary else ""
    if len(tracks) > 1:
        reason = (
            f"{say_number(size)} dB at {freq} on each of {named}, the parts that play in that range, adds up on the "
            f"whole mix, where the {what} is."
        )
    else:
        reason = f"{say_number(size)} dB at {freq} on {named} is a first step, not the whole {what}."
    limit = (
        f"One broad dip deeper than about {HOLLOW_DB:.0f} dB starts to hollow a part out"
        if gain < 0
        else f"A lift bigger than about {HOLLOW_DB:.0f} dB on one part starts to sound forced and eats headroom"
    )
    parts = [
        f"{head} {found}{said}.",
        reason,
        f"{limit}, so start there, flip it in and out at matched level, and go further by ear only if you still "
        "hear it.",
    ]
    return Answer(fit(parts, MAX_WORDS, keep=3), [m for m in earlier.moves if card in m.suggestions][:1], f)
