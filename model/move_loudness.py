""" "Will that make the mix too loud?" after a fader move was given ("bring 'Fiddle' up about 6 dB"): the answer is
about that move, not the mix as it is now. It was answered "No: -14.0 LUFS ... sits fine", a verdict on a mix the
move had not touched yet.

The estimate: tracks sum roughly in power (parts that are not the same signal), so raising a track by g dB adds
its power times (10^(g/10) - 1) to the mix's; its own post-fader meter (``TrackLevel.lufs``) and the mix's
integrated loudness give both powers. An estimate, said as one: the peaks can rise by more, so the check is the
master's meter after the move."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from companion.context import MixContext, Suggestion
from companion.knowledge.targets import loudness_target
from model.focus import Focus
from model.intent import previous_question
from model.phrasing import Answer, Composer

WILL_IT_Q = re.compile(
    r"\b(will|would|won'?t|wont|could|gonna|going to)\b[^?]{0,30}\b(that|this|it|doing that|the boost|"
    r"the change|the move)\b[^?]{0,40}\b(too loud|louder|clip|clipping|distort\w*|overload\w*|(in|into) the red|peak\w*)\b",
    re.IGNORECASE,
)
"""A question about what the move just given will do to the whole mix's level ("is it clipping?" asks about now)."""


def fader_card(answer: Answer) -> Suggestion | None:
    """The first fader move of ``answer`` on a track, or None: the move an answer just gave."""
    return next(
        (s for m in answer.moves for s in m.suggestions if s.action == "nudge_volume_db" and s.track),
        None,
    )


def mix_rise_db(mix_lufs: float, track_lufs: float, gain_db: float) -> float:
    """How much the mix's loudness moves when one track moves ``gain_db`` (power sum of uncorrelated parts)."""
    p_mix = 10.0 ** (mix_lufs / 10.0)
    p_track = min(10.0 ** (track_lufs / 10.0), p_mix)
    after = p_mix + p_track * (10.0 ** (gain_db / 10.0) - 1.0)
    return 10.0 * math.log10(max(after, p_mix * 1e-6) / p_mix)


def move_loudness(ctx: MixContext, focus: Focus, compose: Composer) -> Answer | None:
    """The move of the previous answer and what it does to the mix's loudness and peaks; None when the question is
    not about a move just given, or that move is not a fader on a track with its own meter."""
    q = focus.intent.question
    before = previous_question(ctx.history)
    a = ctx.analysis
    if (
        not WILL_IT_Q.search(q)
        or focus.intent.instruments
        or before is None
        or a is None
        or ctx.snapshot is None
    ):
        return None
    earlier = compose(replace(ctx, question=before[0], history=before[1]))
    card = fader_card(earlier)
    track = ctx.snapshot.track(card.track) if card is not None and card.track else None
    if card is None or track is None or track.level is None or track.level.lufs is None:
        return None
    gain = float(card.params["delta_db"])
    rise = mix_rise_db(a.integrated_lufs, track.level.lufs, gain)
    t = loudness_target(ctx.target)
    over = a.integrated_lufs + rise > t.range_lufs[1]
    verdict = "It could" if over else "No"
    way = "up" if gain > 0 else "down"
    size = f"roughly {abs(rise):.1f} dB" if abs(rise) >= 0.05 else "less than 0.1 dB"
    said = f"{'raises' if rise >= 0 else 'lowers'} the whole mix by {size}"
    head = (
        f"{verdict}: {way} {abs(gain):g} dB on '{card.track}' (its meter reads {track.level.lufs:.1f} LUFS, the mix "
        f"{a.integrated_lufs:.1f} LUFS) {said}, an estimate from the two meters."
    )
    if over:
        tail = f"That would take it past {t.short}'s {t.integrated_lufs:g} LUFS: pull the master down by as much after the move."
    else:
        tail = (
            f"The true peak is at {a.true_peak_dbtp:.1f} dBTP now and a part's peaks can rise more than its loudness, "
            "so after the move play the loudest bar and check the master meter stays out of the red."
        )
    return Answer(f"{head} {tail}", [], None)
