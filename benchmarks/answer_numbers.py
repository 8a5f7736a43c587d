"""Every number an answer states as a measurement must equal the measurement it cites (question bank check).

A claim is a number in a measuring phrase ("-14.2 LUFS", "sits about 10 dB quieter", "correlation 0.95",
"12% of 118 basses", "62% of your mix's energy", "(it's at -3.0 dB now)") or a move's size ("up about 9 dB",
"dip 2 dB"). Each is held against what was measured for this ask, computed here from the context on its own:
the analysis, the findings' numbers, the snapshot's faders and meters, the master's bands against the
reference (what an instrument's range is said against), the MixologyDB priors, and the suggestion cards for the
moves. Numbers in rules of thumb ("2-3 dB", "Q ~1.4", "3:1", "150-300 Hz") are not claims and are not checked.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from companion.context import Advice, MixContext
from companion.knowledge.priors import priors_table
from companion.knowledge.roles import ROLE_WORDS
from companion.knowledge.targets import LOUDNESS_TARGETS

NUM = r"([-+]?\d+(?:\.\d+)?)"


@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    value: float
    ok: bool


def _finite(values) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for v in values:
        if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(float(v)):
            out.append(float(v))
    return out


def _near(value: float, allowed: list[float], tol: float) -> bool:
    return any(abs(value - a) <= tol for a in allowed)


def _track_levels(ctx: MixContext) -> tuple[list[float], list[float], list[float]]:
    """(track LUFS, track averaged/max peaks, faders) from the snapshot."""
    lufs, peaks, faders = [], [], []
    for t in ctx.snapshot.tracks if ctx.snapshot is not None else ():
        if t.volume_db is not None:
            faders.append(float(t.volume_db))
        if t.level is not None:
            lufs += _finite([getattr(t.level, "lufs", None)])
            peaks += _finite([t.level.avg_peak_db, t.level.max_peak_db])
    return lufs, peaks, faders


def _finding_numbers(ctx: MixContext) -> list[float]:
    out: list[float] = []
    for f in ctx.findings:
        for v in f.evidence.values():
            if isinstance(v, (list, tuple)):
                out += _finite(v)
            else:
                out += _finite([v])
        out += [float(x) for x in re.findall(r"\d+(?:\.\d+)?", f.summary)]
    return [abs(v) for v in out]


def _band_numbers(ctx: MixContext) -> list[float]:
    """The master's bands against the reference (what an instrument's range is said against)."""
    a = ctx.analysis
    return [] if a is None else [abs(round(v, 1)) for v in _finite(a.balance_vs_target_db.values())]


def _low_share(ctx: MixContext) -> tuple[list[float], list[float]]:
    a = ctx.analysis
    if a is None:
        return [], []
    mine = sum(10.0 ** (a.bands_db[b] / 10.0) for b in ("sub", "bass"))
    ref = sum(10.0 ** ((a.bands_db[b] - a.balance_vs_target_db[b]) / 10.0) for b in ("sub", "bass"))
    return [100.0 * mine], [abs(10.0 * math.log10(mine / ref))]


def _low_range_gaps(ctx: MixContext) -> list[float]:
    """How far the mix's low end (sub + bass power, against the mid band) sits outside the range real mixes of its
    family use (their 10th and 90th percentiles of the two bands added as powers): "outside ... by 1.2 dB"."""
    from companion.listening.reference_curves import band_range_vs_mid

    a = ctx.analysis
    if a is None:
        return []
    top = float(a.extra.get("bands_measured_to_hz", min(20000.0, a.sample_rate / 2.0)))
    spreads = [band_range_vs_mid(a.genre_family, b, top_hz=top) for b in ("sub", "bass")]
    if any(s is None for s in spreads):
        return []

    def total(values: list[float]) -> float:
        return 10.0 * math.log10(sum(10.0 ** (v / 10.0) for v in values))

    mine = total([a.bands_db["sub"], a.bands_db["bass"]]) - a.bands_db["mid"]
    low, high = total([s[0] for s in spreads if s]), total([s[1] for s in spreads if s])
    return [low - mine, mine - high]


def _band_range_gaps(ctx: MixContext) -> list[float]:
    """How far each contract band (against the mid band) sits outside the range real mixes of its family use
    (its 10th and 90th percentiles, cut at the measured bandwidth): "the air band ... outside ... by 1.2 dB"."""
    from companion.knowledge.bands import BANDS
    from companion.listening.reference_curves import band_range_vs_mid

    a = ctx.analysis
    if a is None:
        return []
    top = float(a.extra.get("bands_measured_to_hz", min(20000.0, a.sample_rate / 2.0)))
    out = []
    for band in BANDS:
        spread = band_range_vs_mid(a.genre_family, band, top_hz=top)
        level, mid = a.bands_db.get(band), a.bands_db.get("mid")
        if spread is not None and level is not None and mid is not None:
            out += [gap for gap in (spread[0] - (level - mid), (level - mid) - spread[1]) if gap > 0]
    return out


def _prior_shares(n: int) -> list[float]:
    """Every share (in %) a role with ``n`` tracks has in the priors table."""
    out = []
    for row in priors_table()["roles"].values():
        if row.get("n_tracks") != n:
            continue
        for key in ("reverb_share", "delay_share"):
            out.append(100.0 * float(row.get(key, 0.0)))
        for key in ("hpf", "eq", "compressor", "gate"):
            out.append(100.0 * float((row.get(key) or {}).get("share", 0.0)))
        centred = float((row.get("pan") or {}).get("centred_share", 0.0))
        out += [100.0 * centred, 100.0 * (1.0 - centred)]
    return out


def check_numbers(ctx: MixContext, advice: Advice) -> list[Claim]:
    """Every measuring claim of ``advice.text`` with whether it equals what was measured."""
    text = advice.text
    a = ctx.analysis
    lufs, peaks, faders = _track_levels(ctx)
    found = _finding_numbers(ctx)
    share, low_dev = _low_share(ctx)
    cards = [abs(float(v)) for s in advice.suggestions for k, v in s.params.items()
             if k in ("delta_db", "gain_db", "input_gain_db") and isinstance(v, (int, float))]  # fmt: skip
    loud = [t.integrated_lufs for t in LOUDNESS_TARGETS.values()] + lufs
    # the mix's loudness, and a reference track's when one was given (measured the same way)
    if a is not None:
        loud += _finite([a.integrated_lufs, a.short_term_max_lufs, a.extra.get("reference_lufs")])
    claims: list[Claim] = []

    def add(pattern: str, allowed: list[float], tol: float, group: int = 1) -> None:
        for m in re.finditer(pattern, text, re.IGNORECASE):
            value = float(m.group(group))
            claims.append(Claim(m.group(0), value, _near(abs(value), [abs(x) for x in allowed], tol)))

    add(NUM + r" LUFS", loud + found, 0.051)
    tp = _finite([a.true_peak_dbtp]) if a is not None else []
    # each platform's true-peak ceiling, as said when that platform is asked
    ceilings = [t.true_peak_max_dbtp for t in LOUDNESS_TARGETS.values()]
    add(NUM + r" dBTP", tp + [-1.0, -2.0] + ceilings + found, 0.051)
    add(NUM + r" dBFS", peaks + (_finite([a.sample_peak_dbfs]) if a else []), 0.051)
    if a is not None and a.channels == 2:
        s = a.stereo
        add(r"correlation " + NUM, _finite([s.correlation]), 0.0051)
        add(r"width " + NUM, _finite([s.width]), 0.0051)
        add(r"low end " + NUM, _finite([s.low_end_correlation]), 0.0051)
    # "6.7 LU under CD's -10.5 LUFS": the mix against any destination's target, as an asked platform is judged
    gaps = (
        [abs(a.integrated_lufs - t.integrated_lufs) for t in LOUDNESS_TARGETS.values()]
        if a is not None
        else []
    )
    add(NUM + r" LU (over|under|louder|quieter)", found + _finite(gaps), 0.051)
    measured = found + _band_numbers(ctx) + low_dev
    add(
        r"(?<!about )(?<![-\d.])" + NUM + r" dB (above|below|quieter|louder|under|over|more than|less than)",
        measured,
        0.051,
    )
    add(r"about " + NUM + r" dB (above|below|quieter|louder|under|over)", measured, 0.5)
    add(NUM + r"% of your mix's energy", share, 0.5)
    add(
        r"outside the range real mixes use by " + NUM + r" dB",
        _low_range_gaps(ctx) + _band_range_gaps(ctx),
        0.051,
    )
    for m in re.finditer(r"(\d+)% of (\d+) (" + "|".join(map(re.escape, ROLE_WORDS.values())) + ")", text):
        value, n = float(m.group(1)), int(m.group(2))
        claims.append(Claim(m.group(0), value, _near(value, _prior_shares(n), 0.5)))
    add(r"\(it's at " + NUM + r" dB now\)", faders, 0.051)
    add(r"\b(?:up|down) about " + NUM + r" dB", cards, 0.01)
    add(r"\b(?:add|dip) " + NUM + r" dB around", cards, 0.01)
    add(r"^About " + NUM + r" dB:", cards, 0.01)
    if a is not None:
        add(NUM + r" dB (?:of )?peak-to-loudness", _finite([a.plr_db]), 0.51)
        add(r"peak-to-loudness ratio (?:is )?(?:only )?" + NUM + r" dB", _finite([a.plr_db]), 0.051)
        add(r"\ba " + NUM + r" dB peak-to-loudness ratio", _finite([a.plr_db]), 0.051)
    return claims
