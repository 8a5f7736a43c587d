"""Does the diffuse share rise with reverb? ``python -m benchmarks.reverb_validation [SOURCE...]``.

Adds a known reverb to a dry rendered session or a real song and measures
``companion.listening.reverb_diffuse.diffuse_share`` at each setting. The reverb is a synthetic impulse
response: independent Gaussian noise per channel under an exponential decay reaching -60 dB at RT60, 10 ms of
pre-delay. Its wet level is set as a plug-in's wet gain is: 0 dB gives a 1 s decay the energy of the dry
mix, and a longer decay at the same wet level carries more energy (as a longer tail does). The check: at
every RT60 the figure does not fall as the wet level rises, at every wet level it does not fall as the RT60
grows (each within ``TOLERANCE``), and 0 dB wet at 2 s lifts it clearly (``MIN_RISE``) over the dry mix.

Then the check that decides whether an absolute verdict could rest on it: where each dry session (no reverb
at all) falls among the real songs' diffuse shares (``reverb_ranges.json``, the tuning songs). A measure an
advisor could say "too wet" from must keep every dry mix in the lower half; this one does not (dry rock and
soul read wetter than 4 in 5 real records), so the advisor does not use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from companion.listening.reverb_diffuse import diffuse_share

RT60S = (0.5, 1.0, 2.0, 3.0)
WETS_DB = (-24.0, -18.0, -12.0, -6.0, 0.0)
TOLERANCE = 0.005
"""The figure's own jitter between noise seeds of the same reverb, measured at about 0.002."""
MIN_RISE = 0.05
DEFAULT_SOURCES = (
    "soul",
    "rock",
    "pop",
    "folk",
    "/work/corpus/x/flare-game/usr/share/games/flare/mods/fantasycore/music/battle_theme.ogg",
    "/work/corpus/x/supertuxkart-data/usr/share/games/supertuxkart/data/music/Boom_boom_boom.ogg",
)


def impulse_response(rt60_s: float, sample_rate: int, seed: int = 0) -> np.ndarray:
    """``(frames, 2)`` exponentially decaying noise, independent per channel, 10 ms pre-delay."""
    n = int(rt60_s * 1.2 * sample_rate)
    t = np.arange(n) / sample_rate
    h = np.random.default_rng(seed).standard_normal((n, 2)) * np.exp(-np.log(1000.0) * t / rt60_s)[:, None]
    h[: int(0.01 * sample_rate)] = 0.0
    return h


def with_reverb(dry: np.ndarray, sample_rate: int, rt60_s: float, wet_db: float, seed: int = 0) -> np.ndarray:
    """``dry`` plus its reverb at ``wet_db`` (0 dB: a 1 s decay as loud, in energy, as the dry mix)."""
    from scipy.signal import fftconvolve

    h = impulse_response(rt60_s, sample_rate, seed)
    wet = np.stack([fftconvolve(dry[:, c], h[:, c])[: len(dry)] for c in range(2)], axis=1)
    gain = np.sqrt((dry**2).mean() / (wet**2).mean()) * np.sqrt(rt60_s)
    return dry + wet * gain * 10 ** (wet_db / 20)


def grid(dry: np.ndarray, sample_rate: int) -> np.ndarray:
    """``(len(RT60S), len(WETS_DB))`` diffuse shares."""
    return np.array([[diffuse_share(with_reverb(dry, sample_rate, rt, w), sample_rate) for w in WETS_DB]
                     for rt in RT60S])  # fmt: skip


def passes(dry_value: float, table: np.ndarray) -> bool:
    rising_wet = bool(np.all(np.diff(table, axis=1) >= -TOLERANCE))
    rising_rt = bool(np.all(np.diff(table, axis=0) >= -TOLERANCE))
    return rising_wet and rising_rt and table[RT60S.index(2.0), -1] - dry_value >= MIN_RISE


def load(source: str) -> tuple[str, np.ndarray, int]:
    if Path(source).suffix:
        from companion.listening.corpus import read_excerpt

        excerpt = read_excerpt(Path(source), 20.0)
        if excerpt is None:
            raise SystemExit(f"{source} is shorter than 20 s")
        return Path(source).stem, excerpt.samples.astype(np.float64), excerpt.sample_rate
    from benchmarks.sessions import render_session

    s = render_session(source, 1)
    return f"{source} session", s.mix.astype(np.float64), s.sample_rate


def real_percentile(share: float) -> float:
    """Where ``share`` falls among the calibration's tuning songs, 0-100."""
    import json

    from companion.listening.calibrate_reverb import RANGES_FILE

    data = json.loads(RANGES_FILE.read_text(encoding="utf-8"))
    tune = sorted(r["diffuse_share"] for r in data["provenance"]["files"] if r["split"] == "tune")
    return 100.0 * float(np.searchsorted(tune, share)) / len(tune)


def main(argv: list[str] | None = None) -> int:
    ok = True
    dry_high = []
    for source in argv or list(DEFAULT_SOURCES):
        name, dry, rate = load(source)
        base = diffuse_share(dry, rate)
        table = grid(dry, rate)
        good = base is not None and passes(base, table)
        ok &= good
        where = real_percentile(base) if base is not None else float("nan")
        if name.endswith(" session") and where >= 50.0:
            dry_high.append(name)
        print(
            f"{name}: dry {base:.3f} (wetter than {where:.0f}% of real songs) -> {'PASS' if good else 'FAIL'}"
        )
        print("  rt60 \\ wet " + " ".join(f"{w:+6.0f}" for w in WETS_DB))
        for rt, row in zip(RT60S, table, strict=True):
            print(f"  {rt:9.1f} s " + " ".join(f"{v:6.3f}" for v in row))
    print(f"rises with reverb: {'PASS' if ok else 'FAIL'}; dry sessions in the upper half of real songs: "
          f"{', '.join(dry_high) or 'none'} -> {'NOT usable as a verdict' if dry_high else 'usable'}")  # fmt: skip
    return 0 if ok and not dry_high else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
