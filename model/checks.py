"""The truth check: every number an answer states about the mix or a track, held against what was measured.

``check_answer(text, context)`` is the public entry point (the CLI, the overlay and ``mixassist eval`` use it);
``false_claim_share(pairs)`` is the evaluation's column: the share of answers with at least one false claim.
It runs on the whole text once the stream has ended, and costs well under a millisecond per answer
(benchmarks/claim_checks.py).

A claim agrees with the measurement when it lies within the tolerance of its quantity (``TOLERANCES``): the
spread of honest rounding ("about -10 LUFS" for -9.8) and of meters that disagree a little, never a spread
that would let a wrong reading through. A range ("-14 to -13 LUFS") agrees when the measurement lies within it
widened by the tolerance. Where a quantity has several measurements the answer could fairly quote (a band's
level against the reference and the finding's deviation for that region, the sample peak and the master
meter) the claim agrees when it matches any of them, and ``measured`` is the nearest. A claim about something
nothing measured (a loudness with no audio, a track the session does not have) is not ok, with ``measured``
null: the model made it up.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from companion.context import TONAL_KINDS, Finding, FindingKind, MixContext, Snapshot, Track
from companion.knowledge.roles import instrument_role
from companion.knowledge.targets import LOUDNESS_TARGETS, loudness_target
from companion.listening.track_levels import SILENT_TRACK_DB, expected_relative_db
from model.claim_text import TrackIndex
from model.claims import Claim, extract_claims

TOLERANCES: dict[str, float] = {
    "integrated_lufs": 1.0,  # LU: a model rounding to the nearest LU; two meters gated differently
    "short_term_max_lufs": 1.0,
    "loudness_vs_target_lu": 1.0,
    "lra_lu": 1.0,
    "true_peak_dbtp": 0.5,  # dB: a true-peak reading is exact to a few tenths across meters
    "sample_peak_dbfs": 0.5,
    "true_peak_over_ceiling_db": 0.5,
    "plr_db": 1.0,
    "crest_db": 1.0,
    "balance_vs_target_db": 1.5,  # dB: a band is a broad average; the finding and the band table differ by ~1
    "stereo.correlation": 0.1,
    "stereo.width": 0.1,
    "stereo.low_end_correlation": 0.1,
    "stereo.lr_balance_db": 0.5,
    "volume_db": 0.5,  # a fader is a setting: only rounding to the nearest half dB
    "level_db": 1.5,  # a peak meter read by eye, average or maximum
    "vs_mix_db": 2.0,  # the diagnosis itself says "about N dB" rounded to whole dB
    "track_vs_track_db": 2.0,  # one track against another (loudness or one band): said in whole dB, like vs_mix
    "gain_change_db": 1.0,  # a whole-mix move to a stated LUFS target: the loudness tolerance
}
"""Per quantity, how far a stated number may sit from the measurement and still agree with it."""
CLIPPED_TOLERANCE = (2.0, 0.1)
"""Clipped samples: within 2 samples or 10 % of the count, whichever is larger."""
DC_TOLERANCE = (0.001, 0.2)
TRACK_MOVE_SLACK = (2.0, 0.5)
"""A fader move on a track the diagnosis found too loud or quiet: always the right direction; and when the answer
ties the move to the track's level ("8 dB too loud, pull it down 7 dB"), a size within 2 dB or half the measured
imbalance of it (a mentor may move it part of the way, not a third of it). A move for another reason ("bring the
bass up 2 dB" for a thin low end) is judged by its direction only."""
CEILING_OVERSHOOT_DB = 3.0
"""A move "so the peaks stay under -1 dBTP" may go this much further down than needed, not less far."""


_TRACK_LEVEL_KINDS = frozenset({FindingKind.TRACK_TOO_LOUD, FindingKind.TRACK_TOO_QUIET})
_NOT_A_CLAIM = object()


@dataclass(frozen=True, slots=True)
class Check:
    """One numeric claim of an answer and its verdict (the ``checks`` items of ``ask --json``).

    ``measured`` is None when nothing measured that quantity (then ``ok`` is False).
    """

    claim: str
    quantity: str
    track: str | None
    stated: float
    measured: float | None
    ok: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "quantity": self.quantity,
            "track": self.track,
            "stated": self.stated,
            "measured": self.measured,
            "ok": self.ok,
        }


def _finite(values: Iterable[float | None]) -> list[float]:
    return [float(v) for v in values if v is not None and math.isfinite(float(v))]


def _track(snapshot: Snapshot | None, name: str | None) -> Track | None:
    return None if snapshot is None or name is None else snapshot.track(name)


def _track_finding(context: MixContext, name: str) -> Finding | None:
    lowered = name.lower()
    return next(
        (f for f in context.findings if f.kind in _TRACK_LEVEL_KINDS and (f.track or "").lower() == lowered),
        None,
    )


def _track_deviations(snapshot: Snapshot) -> dict[str, float]:
    """Each playing track's level against what its role usually gets, after the session's median offset: the
    measure behind track_too_loud/quiet (companion.listening.track_levels), for tracks without a finding."""
    rows = []
    for t in snapshot.tracks:
        level = t.level.avg_peak_db if t.level is not None else None
        if (
            t.mute
            or level is None
            or not math.isfinite(level)
            or level <= SILENT_TRACK_DB
            or t.folder_depth > 0
        ):
            continue
        role = instrument_role(t.name)
        expected = expected_relative_db(role) if role is not None else None
        if expected is not None:
            rows.append((t.name, level - expected))
    if not rows:
        return {}
    offset = float(np.median([r for _, r in rows]))
    return {name: rel - offset for name, rel in rows}


def _balance_candidates(claim: Claim, context: MixContext) -> list[float]:
    """A region's level against the reference: the bands it overlaps, and the deviation of any tonal finding
    whose range overlaps it (the diagnosis measures a bell-shaped build-up more precisely than a band)."""
    from companion.knowledge.bands import BANDS

    lo, hi = claim.region_hz or BANDS[claim.quantity.split(".", 1)[1]]
    a = context.analysis
    values: list[float | None] = []
    if a is not None:
        values += [
            a.balance_vs_target_db.get(b) for b, (b_lo, b_hi) in BANDS.items() if b_lo < hi and lo < b_hi
        ]
    for f in context.findings:
        span = f.evidence.get("range_hz")
        overlaps = (
            isinstance(span, (list, tuple)) and len(span) == 2 and float(span[0]) < hi and lo < float(span[1])
        )
        if f.kind in TONAL_KINDS and overlaps:
            values.append(f.evidence.get("deviation_db"))
    return _finite(values)


def _is_lead(name: str) -> bool:
    return instrument_role(name) == "lead_vocal"


def _pair_candidates(claim: Claim, context: MixContext) -> list[float]:
    """Track against track: what the diagnosis measured between the two (the masking findings' per-band gaps,
    either way round, and a track finding's relation to the lead); only when it measured neither, the two
    tracks' own meters (loudness, else peaks)."""
    me = (claim.track or "").lower()
    other = (claim.other or "").lower()

    def is_other(name: str | None) -> bool:
        return bool(name) and (name.lower() == other or (other == "lead" and _is_lead(name)))  # type: ignore[union-attr]

    values: list[float | None] = []
    for f in context.findings:
        ev = f.evidence
        covered = ev.get("other_track")
        maskers = ev.get("maskers") or [{"track": f.track, "over_db": ev.get("over_db")}]
        for row in maskers if isinstance(maskers, list) else []:
            if not isinstance(row, dict):
                continue
            masker, over = row.get("track"), row.get("over_db")
            if over is None or f.kind != FindingKind.MASKING:
                continue
            if (masker or "").lower() == me and (not other or is_other(covered)):
                values.append(over)
            elif (covered or "").lower() == me and is_other(masker):
                values.append(-float(over))
    for f in context.findings:
        ev = f.evidence
        if (
            (f.track or "").lower() == me
            and "vs_lead_db" in ev
            and (not other or other == "lead" or _is_lead(other))
        ):
            values.append(ev.get("vs_lead_db"))
    if _finite(
        values
    ):  # what the diagnosis measured between the two (a band, or against the lead): its numbers
        return _finite(values)
    snap = context.snapshot
    mine = _track(snap, claim.track)
    theirs = [t for t in (snap.tracks if snap is not None else ()) if is_other(t.name)]
    if mine is not None and mine.level is not None:
        for t in theirs:
            if t.level is None:
                continue
            for a, b in ((mine.level.lufs, t.level.lufs), (mine.level.avg_peak_db, t.level.avg_peak_db)):
                if a is not None and b is not None:
                    values.append(float(a) - float(b))
    return _finite(values)


def _candidates(claim: Claim, context: MixContext) -> list[float] | object:
    """The measurements a claim may be held against ([] when nothing measured it, ``_NOT_A_CLAIM`` for a move
    whose size no measurement fixes)."""
    a, snap, q = context.analysis, context.snapshot, claim.quantity
    if q.startswith("balance_vs_target_db."):
        return _balance_candidates(claim, context)
    if q == "track_vs_track_db":
        return _pair_candidates(claim, context)
    if q in ("volume_db", "level_db", "vs_mix_db") or (q == "gain_change_db" and claim.track is not None):
        return _track_candidates(claim, context)
    if q == "volume_db" and claim.track is None:
        return _finite([snap.master.volume_db] if snap is not None else [])
    if a is None:
        return []
    if q == "gain_change_db":
        if claim.target_unit == "lufs":
            return _finite([claim.target - a.integrated_lufs]) if claim.target is not None else []
        return _finite([claim.target - a.true_peak_dbtp]) if claim.target is not None else []
    target = loudness_target(claim.platform if claim.platform in LOUDNESS_TARGETS else context.target)
    simple: dict[str, list[float | None]] = {
        "integrated_lufs": [a.integrated_lufs],
        "short_term_max_lufs": [a.short_term_max_lufs],
        "lra_lu": [a.lra_lu],
        "true_peak_dbtp": [a.true_peak_dbtp],
        "sample_peak_dbfs": [a.sample_peak_dbfs, snap.master.peak_db if snap is not None else None],
        "clipped_samples": [float(a.clipped_samples)],
        "plr_db": [a.plr_db],
        "crest_db": [a.crest_db],
        "dc_offset": [a.dc_offset],
        "loudness_vs_target_lu": [a.integrated_lufs - target.integrated_lufs],
        "true_peak_over_ceiling_db": [a.true_peak_dbtp - target.true_peak_max_dbtp],
        "stereo.correlation": [a.stereo.correlation],
        "stereo.width": [a.stereo.width],
        "stereo.low_end_correlation": [a.stereo.low_end_correlation],
        "stereo.lr_balance_db": [a.stereo.lr_balance_db],
    }
    return _finite(simple.get(q, []))


def _track_candidates(claim: Claim, context: MixContext) -> list[float] | object:
    if claim.quantity == "volume_db" and claim.track is None:
        snap = context.snapshot
        return _finite([snap.master.volume_db] if snap is not None else [])
    track = _track(context.snapshot, claim.track)
    if track is None:
        return []
    finding = _track_finding(context, track.name)
    if claim.quantity == "volume_db":
        return _finite([track.volume_db])
    if claim.quantity == "level_db":
        level = track.level
        if level is None:
            return []
        return _finite([level.avg_peak_db, level.max_peak_db, getattr(level, "lufs", None)])
    deviation = finding.evidence.get("deviation_db") if finding is not None else None
    if claim.quantity == "gain_change_db":
        if deviation is None:
            return _NOT_A_CLAIM
        return _finite([-float(deviation)] + _landing_inside(claim, finding))
    if deviation is None and context.snapshot is not None:
        deviation = _track_deviations(context.snapshot).get(track.name)
    return _finite([deviation])


def _landing_inside(claim: Claim, finding: Finding | None) -> list[float]:
    """[the stated move] when it brings the track back inside the range real mixes give its role (the finding's
    ``typical_spread_db``) without crossing to the other side of it: a first step a mentor may well suggest
    ("8.6 dB under, most sit within -6..+5: up 4 dB"), which the half-the-gap rule would call wrong; or the
    largest single move the diagnosis allows (``move_cap_db``) when the gap is larger than that."""
    spread = finding.evidence.get("typical_spread_db") if finding is not None else None
    deviation = finding.evidence.get("deviation_db") if finding is not None else None
    if not (isinstance(spread, (list, tuple)) and len(spread) == 2 and deviation is not None):
        return []
    after = float(deviation) + claim.stated
    lo, hi = float(spread[0]), float(spread[1])
    cap = finding.evidence.get("move_cap_db") if finding is not None else None
    capped = (
        cap is not None and abs(float(deviation)) > float(cap) and abs(abs(claim.stated) - float(cap)) <= 0.5
    )
    return [claim.stated] if lo <= after <= hi or capped else []


def _tolerance(quantity: str, measured: float) -> float:
    if quantity == "clipped_samples":
        return max(CLIPPED_TOLERANCE[0], CLIPPED_TOLERANCE[1] * abs(measured))
    if quantity == "dc_offset":
        return max(DC_TOLERANCE[0], DC_TOLERANCE[1] * abs(measured))
    return TOLERANCES[quantity.split(".", 1)[0] if quantity.startswith("balance_vs") else quantity]


def _agrees(claim: Claim, measured: float) -> bool:
    if claim.quantity == "gain_change_db" and claim.track is not None:
        if measured == 0.0 or (claim.stated > 0) != (measured > 0):
            return False
        if not claim.sized:
            return True
        slack = max(TRACK_MOVE_SLACK[0], TRACK_MOVE_SLACK[1] * abs(measured))
        return abs(abs(claim.stated) - abs(measured)) <= slack
    if claim.quantity == "gain_change_db" and claim.target_unit == "dbtp":
        return measured - CEILING_OVERSHOOT_DB <= claim.stated <= measured + TOLERANCES["true_peak_dbtp"]
    distance = max(claim.lo - measured, 0.0, measured - claim.hi)
    return distance <= _tolerance(claim.quantity, measured) + 1e-9


def _is_pair(claim: Claim, context: MixContext) -> bool:
    """Does a "louder than X" claim compare two different tracks of the session? "quieter than keys usually
    sit" on 'Keys', or "under the kit" with no such track, compares the track with the rest: a vs_mix claim."""
    snap = context.snapshot
    if snap is None or claim.other is None:
        return False
    me = (claim.track or "").lower()
    for t in snap.tracks:
        if t.name.lower() == me:
            continue
        if t.name.lower() == claim.other.lower() or (claim.other == "lead" and _is_lead(t.name)):
            return True
    return False


def _judge(claim: Claim, context: MixContext) -> Check | None:
    if claim.quantity == "track_vs_track_db" and not _is_pair(claim, context):
        claim = dataclasses.replace(claim, quantity="vs_mix_db", other=None)
    found = _candidates(claim, context)
    if found is _NOT_A_CLAIM:
        return None
    assert isinstance(found, list)
    if not found:
        return Check(claim.text, claim.quantity, claim.track, claim.stated, None, False)
    verdicts = [(_agrees(claim, m), -abs(m - claim.stated), m) for m in found]
    ok, _, measured = max(verdicts)
    digits = 4 if claim.quantity == "dc_offset" else 2
    return Check(claim.text, claim.quantity, claim.track, claim.stated, round(measured, digits), ok)


def check_answer(text: str, context: MixContext) -> tuple[Check, ...]:
    """Every numeric claim ``text`` makes about the mix or a named track, each held against ``context``'s
    analysis, findings and snapshot. Call it on the whole answer (a stream once it has ended)."""
    if not text.strip():
        return ()
    checks = (_judge(c, context) for c in extract_claims(text, TrackIndex(context.snapshot)))
    return tuple(c for c in checks if c is not None)


# ---------------------------------------------------------------- saying it, and counting it

_SAY: dict[str, str] = {
    "integrated_lufs": "{v:.1f} LUFS integrated",
    "short_term_max_lufs": "short-term max {v:.1f} LUFS",
    "lra_lu": "LRA {v:.1f} LU",
    "true_peak_dbtp": "true peak {v:+.1f} dBTP",
    "sample_peak_dbfs": "sample peak {v:.1f} dBFS",
    "clipped_samples": "{v:.0f} clipped samples",
    "plr_db": "PLR {v:.1f} dB",
    "crest_db": "crest {v:.1f} dB",
    "dc_offset": "DC offset {v:+.4f}",
    "loudness_vs_target_lu": "{v:+.1f} LU against the target",
    "true_peak_over_ceiling_db": "true peak {v:+.1f} dB against the ceiling",
    "stereo.correlation": "correlation {v:.2f}",
    "stereo.width": "width {v:.2f}",
    "stereo.low_end_correlation": "low-end correlation {v:.2f}",
    "stereo.lr_balance_db": "L-R balance {v:+.1f} dB",
    "volume_db": "{who} fader {v:+.1f} dB",
    "level_db": "{who} meter {v:.1f} dB",
    "vs_mix_db": "{who} {v:+.1f} dB against the rest",
    "gain_change_db": "{who} needs {v:+.1f} dB",
    "track_vs_track_db": "{who} {v:+.1f} dB against the track it was compared with",
}


def describe(check: Check) -> str:
    """ "-14.0 LUFS integrated (the answer said -6.0)": what was measured, in the user's words."""
    who = check.track or ("the master" if check.quantity == "volume_db" else "the mix")
    if check.quantity.startswith("balance_vs_target_db."):
        pattern = check.quantity.split(".", 1)[1].replace("_", "-") + " {v:+.1f} dB vs the reference"
    else:
        pattern = _SAY.get(check.quantity, check.quantity + " {v:.2f}")
    said = f"{check.stated:g}"
    if check.measured is None:
        name = pattern.split("{v")[0].strip() or check.quantity
        return f"{name.format(who=who)} not measured (the answer said {said})".replace("  ", " ")
    return f"{pattern.format(v=check.measured, who=who)} (the answer said {said})"


def measured_line(checks: Iterable[Check]) -> str | None:
    """One line with the measured values where the answer's numbers disagree ("measured: -14.0 LUFS
    integrated (the answer said -6), ..."), or None when every number agrees. Each quantity once."""
    seen: set[tuple[str, str | None]] = set()
    parts = []
    for c in checks:
        if c.ok or (c.quantity, c.track) in seen:
            continue
        seen.add((c.quantity, c.track))
        parts.append(describe(c))
    return "measured: " + "; ".join(parts) if parts else None


@dataclass(frozen=True, slots=True)
class FalseClaimShare:
    """How many answers state at least one number the measurement contradicts (the eval's column)."""

    answers: int
    with_false_claim: int
    claims: int
    false_claims: int

    @property
    def share(self) -> float | None:
        """Answers with a false claim / answers (None for no answers)."""
        return None if self.answers == 0 else self.with_false_claim / self.answers

    def to_dict(self) -> dict[str, Any]:
        return {
            "answers": self.answers,
            "with_false_claim": self.with_false_claim,
            "claims": self.claims,
            "false_claims": self.false_claims,
            "share": None if self.share is None else round(self.share, 4),
        }


def false_claim_share(pairs: Iterable[tuple[str, MixContext]]) -> FalseClaimShare:
    """Check each (answer, context) pair and count: for ``mixassist eval``, per backend."""
    answers = with_false = claims = false_claims = 0
    for text, context in pairs:
        checks = check_answer(text, context)
        answers += 1
        claims += len(checks)
        bad = sum(not c.ok for c in checks)
        false_claims += bad
        with_false += bad > 0
    return FalseClaimShare(answers, with_false, claims, false_claims)
