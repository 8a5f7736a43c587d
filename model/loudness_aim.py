""" "How loud should I master this for YouTube?" when nothing measured is a loudness problem: the platform asked
(not the default target), where the mix is against it, and what to do about each gap, the level and the peaks.
It said "you're at -17.3 LUFS and -0.0 dBTP now, so leave it there" for Spotify when YouTube was asked, with the
peaks over the -1 dBTP ceiling it had just named."""

from __future__ import annotations

from companion.context import Analysis, Suggestion
from companion.knowledge.targets import LoudnessTarget
from model.phrasing import Answer
from model.recipes import Move

PEAK_SLACK_DB = 0.05  # a true peak printed as -1.0 dBTP is at the ceiling, not over it


def peaks_over(t: LoudnessTarget, a: Analysis, lead: str = "The peaks are the one thing to fix") -> str:
    """The sentence about true peaks over the platform's ceiling, or "" when they are under it; ``lead`` opens it
    ("the one thing" only when nothing else is said to fix)."""
    if a.true_peak_dbtp <= t.true_peak_max_dbtp + PEAK_SLACK_DB:
        return ""
    why = (
        "lossy encoding turns peaks there into distortion"
        if t.normalised
        else "a player's converter clips them"
    )
    return (
        f"{lead}: at {a.true_peak_dbtp:.1f} dBTP they're over the "
        f"{t.true_peak_max_dbtp:g} dBTP ceiling, and {why}; set the limiter's ceiling to {t.true_peak_max_dbtp:g} dBTP."
    )


def louder_note(t: LoudnessTarget, a: Analysis) -> str:
    """After "it sits fine": why pushing louder gains nothing, true only at or over the target's range; under it,
    louder is the user's choice, not a fix. Nothing turns a CD up, so under its range the gap is said."""
    if not t.normalised:
        if a.integrated_lufs >= t.range_lufs[0]:
            return ""
        gap = t.integrated_lufs - a.integrated_lufs
        return (
            f"It's {gap:.1f} LU under the {t.integrated_lufs:g} LUFS {t.said} masters usually sit at, and nothing "
            f"turns a {t.said} up, so it plays that much quieter than them; louder is a choice, not a fix."
        )
    if a.integrated_lufs > t.range_lufs[1]:  # over the range but under the diagnosis's remark point: said
        over = a.integrated_lufs - t.integrated_lufs
        return (
            f"It's {over:.1f} LU over {t.said}'s {t.integrated_lufs:g} LUFS, so it gets turned down that much there; "
            "pushing it louder would only get it turned down more."
        )
    if a.integrated_lufs >= t.range_lufs[0]:
        return "Pushing it louder would only get it turned down again."
    return f"It's under {t.said}'s {t.integrated_lufs:g} LUFS, so nothing turns it down; louder is a choice, not a fix."


def limiter_push(t: LoudnessTarget, gain: float, text: str) -> Move:
    """The push to ``t``'s loudness as one move: ``text``, the limiter card (gain in, the target's ceiling) and the
    check; shared by "how loud for X?" and "how do I get it louder?" so both carry the same card."""
    card = Suggestion(
        "limiter",
        None,
        {"input_gain_db": gain, "ceiling_dbtp": t.true_peak_max_dbtp},
        f"reach {t.said}'s loudness without clipping",
    )
    return Move(text, "Check it reads about the target integrated and the limiter isn't pumping.", [card])


def loudness_aim(t: LoudnessTarget, a: Analysis) -> Answer:
    """The target's loudness and ceiling, the mix's own numbers, and the move for each gap: leave a level inside
    the target's tolerance, offer the gain (with a limiter) to reach it from below, say a louder one gets turned
    down; the peaks over the ceiling said either way."""
    head = (
        f"For {t.said}, aim for about {t.integrated_lufs:g} LUFS integrated with peaks at or under "
        f"{t.true_peak_max_dbtp:g} dBTP; you're at {a.integrated_lufs:.1f} LUFS and {a.true_peak_dbtp:.1f} dBTP now"
    )
    lo, hi = t.range_lufs
    moves: list[Move] = []
    if a.integrated_lufs < lo:
        gain = float(round(t.integrated_lufs - a.integrated_lufs))
        text = (
            f"{head}. To sit with songs mastered there, bring it up about {gain:.0f} dB with a limiter last on the "
            f"master (ceiling {t.true_peak_max_dbtp:g} dBTP); if you'd rather keep its dynamics, quieter is fine."
        )
        moves.append(limiter_push(t, gain, text))
    elif a.integrated_lufs > hi and t.normalised:
        text = f"{head}. It'll be turned down to about {t.integrated_lufs:g} LUFS there, so pushing harder gains nothing."
    else:
        text = f"{head}, so leave the level there."
    peaks = peaks_over(t, a)
    return Answer(f"{text} {peaks}".strip(), moves, None)
