"""How much EQ and how much limiting: "too much EQ on the rhodes?", "is the limiter on the master too much?".

EQ: the user's own ReaEQ bands (the snapshot carries their frequency and gain) against the EQ moves engineers
made on that instrument in the MixologyDB mixes: a boost or cut beyond the usual size is named, with its
number. Limiting: the master's limiter settings with what the analysis measures of it (peak-to-loudness, the
over-compression finding, the integrated loudness).
"""

from __future__ import annotations

import math
import re

from companion.context import FindingKind, MixContext
from companion.knowledge.priors import quotable, starting_points
from companion.knowledge.roles import ROLE_WORDS
from model.band_remark import finding_centre
from model.focus import Focus
from model.phrasing import NOTHING_HEARD, Answer, capital, first_sentence, fit, lower_first, say_khz
from model.session_view import EQ_WORDS, LIMIT_WORDS, RoleTrack

_EXCESS = frozenset({FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.HARSH})
HEAVY_PLR_DB = 8.0  # project notes: a PLR under about 8 dB reads as heavily limited for most genres
_NUMBER = re.compile(r"[-+]?\d+(\.\d+)?")


def eq_bands(rt: RoleTrack) -> list[tuple[float, float]]:
    """(frequency Hz, gain dB) of each enabled EQ band that boosts or cuts (high- and low-pass left out)."""
    out = []
    for fx in rt.track.fx:
        if not fx.enabled or not any(w in fx.name.lower() for w in EQ_WORDS):
            continue
        freqs = {
            p.name.split("-", 1)[-1]: p.formatted for p in fx.params if p.name.lower().startswith("freq")
        }
        for p in fx.params:
            band = p.name.split("-", 1)[-1]
            if not p.name.lower().startswith("gain") or "pass" in band.lower() or band not in freqs:
                continue
            g, f = _NUMBER.search(p.formatted), _NUMBER.search(freqs[band])
            if g is not None and f is not None and abs(float(g.group(0))) >= 0.1:
                out.append((float(f.group(0)), float(g.group(0))))
    return out


def _gain_unreadable(rt: RoleTrack) -> bool:
    """An enabled EQ with a band gain whose value the snapshot does not show as a number."""
    return any(
        fx.enabled and any(w in fx.name.lower() for w in EQ_WORDS)
        and any(p.name.lower().startswith("gain") and "pass" not in p.name.lower() and not _NUMBER.search(p.formatted)
                for p in fx.params)
        for fx in rt.track.fx
    )  # fmt: skip


def _usual(role: str | None) -> tuple[float, float] | None:
    """(largest usual boost, deepest usual cut) in dB on ``role``: the upper quartile of its common boosts, the
    lower quartile of its common cuts, in the MixologyDB mixes."""
    if role not in ROLE_WORDS:
        return None
    moves = [m for m in starting_points(role or "").eq_moves if m.gain_db is not None and quotable(m.gain_db)]
    boosts = [m.gain_db.q3 for m in moves if m.gain_db is not None and m.gain_db.median > 0]
    cuts = [m.gain_db.q1 for m in moves if m.gain_db is not None and m.gain_db.median < 0]
    return (max(boosts), min(cuts)) if boosts and cuts else None


def eq_amount(ctx: MixContext, focus: Focus, tracks: list[RoleTrack]) -> Answer:
    """Each asked track's EQ bands against the usual move sizes on its instrument."""
    said, heavy = [], []
    for rt in tracks:
        bands = eq_bands(rt)
        if not bands:
            continue
        said.append(f"{rt.quoted}: " + ", ".join(f"{g:+.1f} dB at {say_khz(f)}" for f, g in bands[:3]))
        usual = _usual(rt.role)
        for f, g in bands:
            if usual is not None and (g > usual[0] or g < usual[1]):
                limit = usual[0] if g > 0 else usual[1]
                heavy.append(f"{g:+.1f} dB at {say_khz(f)} on {rt.quoted} is bigger than the {limit:+.1f} dB "
                             f"engineers' usual {'boosts' if g > 0 else 'cuts'} on {ROLE_WORDS[rt.role or '']} reached "
                             "in 90 real mixes (MixologyDB)")  # fmt: skip
    tonal = next((f for f in ctx.problems if f.track is None and f.kind in _TONAL), None)
    centre = finding_centre(tonal) if tonal is not None else None
    if centre is not None and tonal is not None and tonal.kind in _EXCESS:
        for rt in tracks:  # a boost of theirs right where the whole mix builds up is the first thing to undo
            for f, g in eq_bands(rt):
                if g > 0 and abs(math.log2(f / float(centre))) <= 0.5:
                    heavy.insert(0, f"{g:+.1f} dB at {say_khz(f)} on {rt.quoted} boosts right where the whole mix "
                                    f"builds up ({tonal.kind}, around {say_khz(float(centre))}): set it back to 0 first")  # fmt: skip
    where = "on " + ", ".join(rt.quoted for rt in tracks[:4]) if focus.tracks else "in this session"
    unread = [rt for rt in tracks if not eq_bands(rt) and _gain_unreadable(rt)]
    if not said and unread:
        parts = [f"I can't tell: the session doesn't show the band gains of the EQ on {unread[0].quoted}, so I can't "
                 "size your moves; open it and tell me the boosts and cuts, or judge by flipping it in and out."]  # fmt: skip
    elif not said:
        parts = [f"No: there's no EQ band boosting or cutting anything {where} (high-pass filters aside)."]
    elif heavy:
        parts = [f"Maybe one move: {heavy[0]}.", f"Your EQ bands: {'; '.join(said[:3])}."]
    else:
        parts = [f"No: your EQ moves are gentle. {'; '.join(said[:3])}.",
                 "Each is within the size engineers used on that instrument in 90 real mixes (MixologyDB)."
                 if any(_usual(rt.role) for rt in tracks) else ""]  # fmt: skip
    if tonal is not None and not (heavy and "builds up" in heavy[0]):  # not said twice
        parts.append(
            f"What the audio does show, on the whole mix: {lower_first(first_sentence(tonal.summary))}"
        )
    if ctx.analysis is None:
        parts.append(f"{NOTHING_HEARD}: this is from your session's plug-ins only.")
    return Answer(fit([p for p in parts if p], keep=1), [], None)


_TONAL = frozenset(
    {FindingKind.MUDDY, FindingKind.BOOMY, FindingKind.HARSH, FindingKind.DULL, FindingKind.THIN}
)


def limiting_amount(ctx: MixContext, focus: Focus, less: bool) -> Answer:
    """The master limiter's settings and what the analysis measures of its effect."""
    snap = ctx.snapshot
    limiter = next(
        (fx for fx in (snap.master.fx if snap else ()) if any(w in fx.name.lower() for w in LIMIT_WORDS)),
        None,
    )
    a = ctx.analysis
    if limiter is None:
        head = "No: there's no limiter on your master."
    else:
        shown = [p for p in (limiter.param("thresh"), limiter.param("ceiling")) if p and p.formatted]
        detail = f" ({', '.join(f'{p.name} {p.formatted}' for p in shown)})" if shown else ""
        head = f"Your master has {limiter.name.split(' (')[0].removeprefix('VST: ')}{detail}."
    squash = next((f for f in ctx.findings if f.kind is FindingKind.OVER_COMPRESSED and f.is_problem), None)
    if a is None:
        verdict = "I can't tell how hard it works without a clip."
    elif squash is not None:
        verdict = f"Yes: {first_sentence(squash.summary)}"
    elif a.plr_db < HEAVY_PLR_DB:
        verdict = (f"Probably: the mix keeps only {a.plr_db:.1f} dB of peak-to-loudness (PLR); under about "
                   f"{HEAVY_PLR_DB:.0f} dB a master reads as heavily limited (project notes).")  # fmt: skip
    else:
        verdict = (f"No: the mix keeps {a.plr_db:.1f} dB of peak-to-loudness (PLR) at {a.integrated_lufs:.1f} LUFS; "
                   f"only under about {HEAVY_PLR_DB:.0f} dB does a master read as heavily limited (project notes).")  # fmt: skip
    parts = [head, verdict] if limiter is None else [verdict, head]
    if limiter is None and a is not None and not less:
        parts[1] = capital(parts[1])
    return Answer(fit(parts, keep=2), [], None)
