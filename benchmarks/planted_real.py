"""Problems planted on real released music: is each one found, and does adding it never lower its verdict?

For every usable excerpt of the corpus (the middle 30 s) eight problems are planted at the strengths of
issue 9: a low-mid bell +6 dB at 300 Hz (Q 1), a low shelf +8 dB at 100 Hz, a bell +6 dB at 3.5 kHz (Q 1),
a 12 dB/octave low-pass at 4 kHz, a 12 dB/octave high-pass at 200 Hz, a mono sum, one side -5 dB, and a
limiter to -7.5 LUFS. Each planted mix is diagnosed three ways: no genre (the range of every family), its own
family named, and against the original as the reference (``--reference original``). A problem counts as
found when its kind reaches >= 0.3 and at least 0.2 above the original's own severity in the same mode.
Bars (issue 9): adding a problem never lowers that kind's severity; level and stereo ones found in >= 90 %;
tonal ones in >= 2/3 without a reference and >= 90 % with it. The original against itself: no tonal finding
>= 0.3. Reported per split (tuning / held-out) and family. It always exits 0 after PASS/FAIL (2: no corpus).

    .venv/bin/python benchmarks/planted_real.py /work/corpus/manifest.json [--limit N] [--split tune|holdout] [--json out.json]

Recall round (issue 9, no genre; tune / held-out): the no-genre range's own points for the 100 Hz shelf and the
3.2 kHz bell (``RECALL_POINTS``, chosen with ``benchmarks/tonal_tradeoff.py``) raised the shelf 30 -> 54 % /
20 -> 51 % and the 3.5 kHz bell 47 -> 52 % / 24 -> 45 %; the 300 Hz bell stays 24 % / 37 %, the low-pass
54 -> 53 % / 53 %; verdicts >= 0.5 on the originals 4.1 -> 5.7 % / 4.1 -> 6.1 %; own family unchanged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus_tracks import Track, corpus_tracks, require_corpus
from benchmarks.planting import _butter, _filter, _sos_peaking, _sos_shelf
from companion.listening.analysis import analyze
from companion.listening.diagnosis import diagnose
from companion.listening.reference_track import reference_from_analysis

TONAL = ("muddy", "boomy", "thin", "harsh", "dull")
FOUND_AT, RISE = 0.3, 0.2
BARS = {"tonal": {"no genre": 2 / 3, "own family": 2 / 3, "reference": 0.9}, "other": 0.9}


def _eq(x: np.ndarray, sos: np.ndarray) -> np.ndarray:
    y = _filter(x.astype(np.float64), sos)
    peak, before = float(np.max(np.abs(y))), float(np.max(np.abs(x)))
    return (y * min(1.0, before / peak) if peak > 0 else y).astype(
        np.float32
    )  # never louder peaks than before


def _limit(x: np.ndarray, sr: int) -> np.ndarray:
    from companion.synth.bus import master_bus  # a generic gain + look-ahead limiter, used here as a tool

    stereo = np.repeat(x, 2, axis=1) if x.shape[1] == 1 else x  # the limiter links two channels
    return master_bus(stereo.astype(np.float64), sr, -7.5, -1.0)[0][:, : x.shape[1]].astype(np.float32)


def _side(x: np.ndarray, sr: int) -> np.ndarray:
    """The quieter side 5 dB down: the imbalance grows (on the louder side it could cancel the song's own)."""
    y = x.copy()
    quieter = int(np.argmin(np.sum(np.square(x.astype(np.float64)), axis=0)))
    y[:, quieter] *= 10 ** (-5.0 / 20.0)
    return y


PLANTS: dict[str, tuple[str, Callable[[np.ndarray, int], np.ndarray]]] = {
    "bell +6 dB 300 Hz": ("muddy", lambda x, sr: _eq(x, _sos_peaking(300.0, 6.0, 1.0, sr))),
    "low shelf +8 dB 100 Hz": ("boomy", lambda x, sr: _eq(x, _sos_shelf(100.0, 8.0, sr, high=False))),
    "bell +6 dB 3.5 kHz": ("harsh", lambda x, sr: _eq(x, _sos_peaking(3500.0, 6.0, 1.0, sr))),
    "low-pass 4 kHz": (
        "dull",
        lambda x, sr: _butter(x.astype(np.float64), "lowpass", 4000.0, 2, sr).astype(np.float32),
    ),
    "high-pass 200 Hz": (
        "thin",
        lambda x, sr: _butter(x.astype(np.float64), "highpass", 200.0, 2, sr).astype(np.float32),
    ),
    "mono sum": ("narrow", lambda x, sr: np.repeat(x.mean(axis=1, keepdims=True), 2, axis=1)),
    "one side -5 dB": ("lr_imbalance", _side),
    "limited to -7.5 LUFS": ("too_loud", _limit),
}
STEREO_ONLY = {"mono sum", "one side -5 dB"}
LIMIT_NOT_APPLICABLE_LUFS = -9.0
MONO_WIDTH = 0.01
"""Side power under 1 % of the whole: the song is mono already (several retro tracks are)."""


def severities(x: np.ndarray, sr: int, genre: str | None, reference: Any = None) -> dict[str, float]:
    a = analyze(x, sr, genre=genre)
    out: dict[str, float] = {}
    for f in diagnose(a, genre=genre, reference=reference):
        out[str(f.kind)] = max(out.get(str(f.kind), 0.0), f.severity)
    return out


def run_track(track: Track) -> list[dict[str, Any]]:
    x, sr = track.samples, track.sample_rate
    original = analyze(x, sr)
    reference = reference_from_analysis(original, "original")
    modes = {"no genre": (None, None), "own family": (track.family, None), "reference": (None, reference)}
    base = {mode: severities(x, sr, genre, ref) for mode, (genre, ref) in modes.items()}
    rows = [
        {
            "track": track.name,
            "split": track.split,
            "family": track.family,
            "plant": "itself as reference",
            "self_tonal_problems": [k for k, v in base["reference"].items() if k in TONAL and v >= FOUND_AT],
        }
    ]
    for plant, (kind, planter) in PLANTS.items():
        if plant in STEREO_ONLY and x.shape[1] < 2:
            continue  # a mono source: no stereo to take away
        if plant.startswith("limited") and original.integrated_lufs > LIMIT_NOT_APPLICABLE_LUFS:
            continue  # already as loud as the limiter would make it: nothing is added
        if plant == "mono sum" and original.stereo.width < MONO_WIDTH:
            continue  # already (nearly) mono: summing adds nothing
        y = planter(x, sr)
        for mode, (genre, ref) in modes.items():
            before = base[mode].get(kind, 0.0)
            after = severities(y, sr, genre, ref).get(kind, 0.0)
            rows.append(
                {
                    "track": track.name,
                    "split": track.split,
                    "family": track.family,
                    "plant": plant,
                    "kind": kind,
                    "mode": mode,
                    "before": round(before, 3),
                    "after": round(after, 3),
                    "found": after >= FOUND_AT and after >= before + RISE,
                    "lowered": after < before - 1e-9,
                    "saturated": before >= 1.0 - RISE + 1e-9,
                }
            )
    return rows


def report(rows: list[dict[str, Any]]) -> bool:
    ok = True
    planted = [r for r in rows if "mode" in r]
    print(f"{'plant':24s} {'mode':11s} {'split':8s} {'found':>11s} {'lowered':>8s}  per family (found)")
    table: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in planted:
        table[(r["plant"], r["mode"], r["split"])].append(r)
    for (plant, mode, split), group in sorted(
        table.items(), key=lambda item: (list(PLANTS).index(item[0][0]), item[0][1:])
    ):
        kind = PLANTS[plant][0]
        bar = BARS["tonal"][mode] if kind in TONAL else BARS["other"]
        lowered = sum(r["lowered"] for r in group)
        saturated = sum(r["saturated"] for r in group)
        group = [r for r in group if not r["saturated"]]  # a verdict already >= 0.8 cannot rise by 0.2
        found = sum(r["found"] for r in group)
        share = found / max(len(group), 1)
        fam = defaultdict(lambda: [0, 0])
        for r in group:
            fam[r["family"]][0] += r["found"]
            fam[r["family"]][1] += 1
        per = ", ".join(f"{f} {a}/{n}" for f, (a, n) in sorted(fam.items()))
        met = share >= bar and lowered == 0
        ok &= met
        note = f" ({saturated} already >= {1 - RISE:.1f} left out)" if saturated else ""
        print(f"{plant:24s} {mode:11s} {split:8s} {found:4d}/{len(group):<3d}{share * 100:4.0f}% {lowered:8d}  {per}  "
              f"{'ok' if met else 'FAIL'} (bar {bar:.0%}){note}")  # fmt: skip
    selfs = [r for r in rows if r["plant"] == "itself as reference"]
    bad = [r for r in selfs if r["self_tonal_problems"]]
    print(f"original against itself: {len(bad)}/{len(selfs)} with a tonal finding >= 0.3 (bar: 0)")
    ok &= not bad
    print("PASS" if ok else "FAIL")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", help="corpus folders, files or JSON manifests")
    parser.add_argument("--limit", type=int, default=None, help="use about N tracks (spread over the corpus)")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--split", choices=("tune", "holdout"), default=None, help="only that part of the corpus"
    )
    args = parser.parse_args(argv)
    require_corpus(args.corpus)
    rows: list[dict[str, Any]] = []
    for i, track in enumerate(corpus_tracks(args.corpus, limit=args.limit), 1):
        if args.split and track.split != args.split:
            continue
        rows.extend(run_track(track))
        print(f"[{i}] {track.name}", file=sys.stderr)
    report(rows)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
