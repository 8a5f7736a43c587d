"""Rebuild ``companion/knowledge/data/reference_curves.json`` (the listening reference curves) from the
project's balanced synthetic mixes.

Run: ``python -m companion.synth.fit_reference_curves [--seeds N]``. Each family's curve is the mean, over
arrangements of that family and seeds (the default family ``pop_rock`` pools pop and rock), of the band levels
``companion.listening`` measures on the clean mixes of ``companion.synth.mix`` (mastered to about -14 LUFS,
-1 dBTP). Why synthetic mixes: they are the balanced references the diagnosis is tested against and ship with
the project, while commercial recordings cannot. The spread over seeds is stored next to each curve, so a
reader sees how tight "typical" is. It lives in the synth room because it renders mixes: listening never
imports the synthesizer (tests/test_architecture.py).
"""

from __future__ import annotations

import argparse
import json
import math
from collections import defaultdict

import numpy as np

from companion.listening.frames import frame_spectra
from companion.listening.reference_curves import CURVES_FILE, genre_family
from companion.listening.spectrum import measured_bands
from companion.synth.mix import ARRANGEMENTS, render_mix


def fit(seeds: int) -> dict[str, dict[str, dict[str, float]]]:
    """Per family: ``bands_db`` (mean level per band) and ``spread_db`` (largest distance of a mix from it)."""
    levels: dict[str, list[dict[str, float]]] = defaultdict(list)
    fine: dict[str, list[tuple[float, ...]]] = defaultdict(list)
    for name, arrangement in ARRANGEMENTS.items():
        family = genre_family(arrangement.genre)
        for seed in range(1, seeds + 1):
            mix = render_mix(name, seed)
            measure = measured_bands(frame_spectra(mix.mix, mix.sample_rate))
            levels[family].append(measure.levels_db)
            fine[family].append(measure.third_octave_db)
    # the default family (no genre given) is pop and rock together
    levels["pop_rock"] = levels["pop"] + levels["rock"]
    fine["pop_rock"] = fine["pop"] + fine["rock"]
    curves = {}
    for family, rows in levels.items():
        bands = list(rows[0])
        table = np.array([[row[b] for b in bands] for row in rows])
        mean = table.mean(axis=0)
        spread = np.abs(table - mean).max(axis=0)
        curves[family] = {
            "bands_db": {b: round(float(m), 2) for b, m in zip(bands, mean, strict=True)},
            "spread_db": {b: round(float(s), 2) for b, s in zip(bands, spread, strict=True)},
            "mixes": len(rows),
            # mean of the power shares per third octave (dB), THIRD_OCTAVE_CENTERS_HZ order
            "third_octave_db": [
                round(float(10.0 * np.log10(np.mean(10.0 ** (np.array(col) / 10.0)))), 2)
                for col in zip(*fine[family], strict=True)
            ],
        }
        assert all(math.isfinite(v) for v in mean)
    return curves


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=6, help="mixes per arrangement (6)")
    args = parser.parse_args()
    data = json.loads(CURVES_FILE.read_text(encoding="utf-8"))
    for family, curve in fit(args.seeds).items():
        data["families"][family].update(curve)
    CURVES_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {CURVES_FILE}")


if __name__ == "__main__":
    main()
