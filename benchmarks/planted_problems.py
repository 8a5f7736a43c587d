"""Planted-problem benchmark: does the diagnosis find each problem kind, and stay quiet on clean mixes?

Builds clean synthetic mixes (five arrangements and genres, several seeds, tempi and loudness levels), then for
every finding kind the master audio can show plants that one problem at a realistic, randomly varied strength
(benchmarks/planting.py) on a randomly chosen clean mix, and runs ``companion.analysis.analyze`` +
``diagnose(analysis, target="spotify", genre=...)``.

Reports per kind: recall (a finding of that kind with severity >= 0.3), false alarms on the clean mixes
(any finding with severity >= 0.3: per kind and the overall rate of clean mixes with at least one), and a
confusion summary (which other kinds fired on each planted set). Goals (issue 2): recall >= 95 % for every
kind, false alarms <= 5 %. The baseline in the same run is the clean set itself (what fires with nothing
planted). It is a measurement: it always exits 0 after printing PASS/FAIL.

    .venv/bin/python benchmarks/planted_problems.py [--seed 1] [--per-kind 12] [--quick] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.planting import KINDS, Planted, plant
from companion.context import PROBLEM_SEVERITY
from companion.synth.mix import ARRANGEMENTS, SyntheticMix, render_mix

RECALL_GOAL = 0.95
FALSE_ALARM_GOAL = 0.05
TARGET = "spotify"


def clean_pool(seed: int, count: int, seconds: float) -> list[SyntheticMix]:
    """``count`` clean mixes cycling through the arrangements, each with its own seed and loudness."""
    rng = np.random.default_rng([seed, 0xC1EA])
    names = list(ARRANGEMENTS)
    pool = []
    for i in range(count):
        arrangement = names[i % len(names)]
        mix_seed = int(rng.integers(1, 1_000_000))
        level = float(rng.uniform(-15.5, -12.5))  # clean masters are not all exactly -14
        pool.append(render_mix(arrangement, mix_seed, seconds, target_lufs=level))
    return pool


def findings_of(
    samples: np.ndarray, sample_rate: int, genre: str | None
) -> list[tuple[str, float, dict[str, Any]]]:
    """(kind, severity, evidence) of every finding (remarks too), from the real analysis + diagnosis."""
    from companion.analysis import analyze, diagnose

    analysis = analyze(samples, sample_rate, genre=genre)
    findings = diagnose(analysis, target=TARGET, genre=genre)
    return [(str(f.kind), float(f.severity), dict(f.evidence)) for f in findings]


def problems(found: list[tuple[str, float, dict[str, Any]]]) -> list[tuple[str, float]]:
    """The findings worth an answer (severity >= 0.3)."""
    return [(kind, severity) for kind, severity, _ in found if severity >= PROBLEM_SEVERITY]


def run(seed: int, per_kind: int, pool_size: int, seconds: float, with_genre: bool = True) -> dict[str, Any]:
    t0 = time.perf_counter()
    pool = clean_pool(seed, pool_size, seconds)
    t_render = time.perf_counter() - t0

    clean_rows = []
    for m in pool:
        found = findings_of(m.mix, m.sample_rate, m.genre if with_genre else None)
        clean_rows.append(
            {
                "arrangement": m.arrangement,
                "seed": m.seed,
                "genre": m.genre,
                "problems": problems(found),
                "remarks": [(k, round(sev, 3)) for k, sev, _ in found if sev < PROBLEM_SEVERITY],
            }
        )
    false_by_kind = Counter(kind for row in clean_rows for kind, _ in row["problems"])
    false_mixes = sum(1 for row in clean_rows if row["problems"])

    rng = np.random.default_rng([seed, 0xBAD])
    per_kind_rows: dict[str, list[dict[str, Any]]] = {}
    t1 = time.perf_counter()
    for kind in KINDS:
        rows = []
        for _ in range(per_kind):
            base = pool[int(rng.integers(len(pool)))]
            planted: Planted = plant(kind, base, rng)
            everything = findings_of(planted.mix, base.sample_rate, base.genre if with_genre else None)
            found = problems(everything)
            own = [(sev, ev) for k, sev, ev in everything if k == kind]
            severity, evidence = max(own, key=lambda item: item[0], default=(0.0, {}))
            rows.append(
                {
                    "arrangement": base.arrangement,
                    "seed": base.seed,
                    "params": planted.params,
                    "hit": severity >= PROBLEM_SEVERITY,
                    "severity": round(severity, 3),
                    "evidence": evidence,
                    "others": sorted({k for k, _ in found if k != kind}),
                }
            )
        per_kind_rows[kind] = rows
    t_planted = time.perf_counter() - t1

    summary = {}
    for kind, rows in per_kind_rows.items():
        hits = sum(r["hit"] for r in rows)
        others = Counter(k for r in rows for k in r["others"])
        summary[kind] = {
            "recall": hits / len(rows),
            "hits": hits,
            "n": len(rows),
            "false_alarms_on_clean": false_by_kind.get(kind, 0),
            "also_fired": dict(others.most_common()),
            "missed_params": [r["params"] for r in rows if not r["hit"]],
            "severity_min": min(r["severity"] for r in rows),
            "severity_median": float(np.median([r["severity"] for r in rows])),
        }
    recalls = [s["recall"] for s in summary.values()]
    false_rate = false_mixes / len(pool)
    return {
        "seed": seed,
        "per_kind": per_kind,
        "clean_mixes": len(pool),
        "seconds": seconds,
        "render_s": round(t_render, 2),
        "planted_s": round(t_planted, 2),
        "kinds": summary,
        "clean": clean_rows,
        "false_alarm_rate": false_rate,
        "false_alarms_by_kind": dict(false_by_kind),
        "min_recall": min(recalls),
        "mean_recall": float(np.mean(recalls)),
        "pass": min(recalls) >= RECALL_GOAL and false_rate <= FALSE_ALARM_GOAL,
        "planted_rows": per_kind_rows,
    }


def print_report(r: dict[str, Any]) -> None:
    print(
        f"planted-problem benchmark: seed {r['seed']}, {r['clean_mixes']} clean mixes x {r['seconds']:.0f} s "
        f"({len(ARRANGEMENTS)} arrangements), {r['per_kind']} planted mixes per kind, target {TARGET}"
    )
    print(f"rendering {r['render_s']} s, planting + analysis {r['planted_s']} s\n")
    print(f"{'kind':18s} {'recall':>8s} {'clean FA':>9s} {'sev min/med':>12s}  also fired on the planted set")
    for kind, s in r["kinds"].items():
        also = ", ".join(f"{k} {v}" for k, v in s["also_fired"].items()) or "-"
        sev = f"{s['severity_min']:.2f}/{s['severity_median']:.2f}"
        print(f"{kind:18s} {s['hits']:3d}/{s['n']:<3d} {s['false_alarms_on_clean']:>6d} {sev:>12s}   {also}")
    print()
    baseline = ", ".join(f"{k} {v}" for k, v in sorted(r["false_alarms_by_kind"].items())) or "none"
    print(f"baseline (clean mixes, nothing planted): problems fired: {baseline}")
    print(
        f"false alarms: {r['false_alarm_rate'] * 100:.1f} % of clean mixes (goal <= {FALSE_ALARM_GOAL * 100:.0f} %)"
    )
    print(
        f"recall: min {r['min_recall'] * 100:.1f} %, mean {r['mean_recall'] * 100:.1f} % (goal >= 95 % per kind)"
    )
    for kind, rows in r["planted_rows"].items():
        for row in [row for row in rows if not row["hit"]][:3]:
            dev = row["evidence"].get("deviation_db")
            seen = f", measured deviation {dev:+.1f} dB" if isinstance(dev, float) else ""
            print(
                f"  missed {kind} on {row['arrangement']}: {row['params']} (severity {row['severity']:.3f}{seen})"
            )
    print("PASS" if r["pass"] else "FAIL")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-kind", type=int, default=12, help="planted mixes per kind (default 12)")
    parser.add_argument("--clean", type=int, default=20, help="clean mixes (default 20, 4 per arrangement)")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument(
        "--no-genre",
        action="store_true",
        help="diagnose without telling the genre (judged against the range of every family)",
    )
    parser.add_argument("--quick", action="store_true", help="5 clean mixes of 10 s, 3 planted per kind")
    parser.add_argument("--json", type=Path, default=None, help="write the full results here")
    args = parser.parse_args(argv)
    per_kind, clean, seconds = args.per_kind, args.clean, args.seconds
    if args.quick:
        per_kind, clean, seconds = 3, 5, 10.0
    if per_kind < 1 or clean < 1 or not 2.0 <= seconds <= 120.0:
        parser.error("--per-kind and --clean must be at least 1, --seconds between 2 and 120")
    result = run(args.seed, per_kind, clean, seconds, with_genre=not args.no_genre)
    print_report(result)
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=1, default=float))
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
