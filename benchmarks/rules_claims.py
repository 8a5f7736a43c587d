"""The built-in advisor never contradicts the measurement: the truth check over rules answers on the planted clips.

Builds the clips of benchmarks/planted_problems.py (clean mixes and one planted problem per clip, same seeds),
and the realistic sessions of benchmarks/sessions (every style and scenario, rendered from real instrument
samples, with snapshots that carry each track's measured loudness), asks the rules advisor a handful of questions about each (with no session, and with the mix's own REAPER
snapshot) and runs ``model.checks.check_answer`` on every answer. Reports how many answers and claims were
checked and every claim found false. Goal (issue 11): none. The baseline in the same run is the naive
one-regex-per-quantity extractor of benchmarks/claim_checks.py, which flags the targets and conventions the
rules answers quote ("lands near -14 LUFS") as false claims. A measurement: always exits 0.

    .venv/bin/python benchmarks/rules_claims.py [--seed 1] [--per-kind 12] [--quick] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.claim_checks import naive_claims
from benchmarks.planted_problems import clean_pool
from benchmarks.planting import KINDS, plant
from companion.app import Companion
from companion.context import AudioClip, MixContext
from model.checks import check_answer

QUESTIONS = (
    "What do you hear?",
    "Is it loud enough for Spotify?",
    "Explain in detail what's wrong with my mix and why.",
    "How do the drums sound?",
    "What about the bass?",
    "And the vocals?",
    "How should I compress the vocal?",
)
_NAIVE_MEASURED = {
    "integrated_lufs": lambda c: c.analysis.integrated_lufs,
    "true_peak_dbtp": lambda c: c.analysis.true_peak_dbtp,
    "sample_peak_dbfs": lambda c: c.analysis.sample_peak_dbfs,
    "plr_db": lambda c: c.analysis.plr_db,
    "lra_lu": lambda c: c.analysis.lra_lu,
    "crest_db": lambda c: c.analysis.crest_db,
    "stereo.correlation": lambda c: c.analysis.stereo.correlation,
    "stereo.width": lambda c: c.analysis.stereo.width,
}
_NAIVE_TOLERANCE = 1.0


def naive_false(text: str, context: MixContext) -> int:
    """Claims the naive baseline would call false (every match held against the measurement, 1 unit slack)."""
    bad = 0
    for quantity, stated in naive_claims(text):
        measured = _NAIVE_MEASURED[quantity](context)
        tol = 0.1 if quantity.startswith("stereo.") else _NAIVE_TOLERANCE
        bad += math.isfinite(measured) and abs(stated - measured) > tol
    return bad


def clips(seed: int, per_kind: int, pool_size: int, seconds: float) -> list[tuple[str, Any, np.ndarray]]:
    """(label, base mix, samples): the clean pool, then ``per_kind`` planted clips per kind (planted_problems)."""
    pool = clean_pool(seed, pool_size, seconds)
    out = [(f"clean/{m.arrangement}", m, m.mix) for m in pool]
    rng = np.random.default_rng([seed, 0xBAD])
    for kind in KINDS:
        for _ in range(per_kind):
            base = pool[int(rng.integers(len(pool)))]
            out.append((f"{kind}/{base.arrangement}", base, plant(kind, base, rng).mix))
    return out


def session_items(seed: int, seconds: float) -> list[tuple[str, Any, np.ndarray]]:
    """(label, session, mix) for every scenario of every style of benchmarks/sessions: multitracks rendered from
    the FluidR3 GM samples, with their snapshots (per-track loudness from the track meter). [] without fluidsynth."""
    from benchmarks.sessions import STYLES, missing, render_session, scenarios

    if missing() is not None:
        print(f"realistic sessions skipped: {missing()}")
        return []
    out = []
    for style in STYLES:
        for scenario in scenarios(style):
            s = render_session(style, seed, scenario.name, seconds=seconds)
            out.append((f"session {style}/{scenario.name}", s, s.mix))
    return out


def run(seed: int, per_kind: int, pool_size: int, seconds: float, sessions: bool = True) -> dict[str, Any]:
    t0 = time.perf_counter()
    items = clips(seed, per_kind, pool_size, seconds)
    if sessions:
        items += session_items(seed, min(seconds, 16.0))
    t_render = time.perf_counter() - t0
    answers = claims = naive_bad = 0
    false: list[dict[str, Any]] = []
    check_s = 0.0
    for label, base, samples in items:
        clip = AudioClip(samples, base.sample_rate, source=label)
        genre = getattr(base, "genre", None) or getattr(base, "style", None)
        for snapshot in (None, base.snapshot):
            companion = Companion(genre=genre)
            for question in QUESTIONS:
                result = companion.ask(question, clip=clip, snapshot=snapshot)
                t1 = time.perf_counter()
                checks = check_answer(result.advice.text, result.context)
                check_s += time.perf_counter() - t1
                answers += 1
                claims += len(checks)
                naive_bad += naive_false(result.advice.text, result.context)
                for c in checks:
                    if not c.ok:
                        where = "session" if snapshot is not None else "no session"
                        false.append({"clip": label, "with": where, "question": question, **c.to_dict()})
    return {
        "seed": seed,
        "clips": len(items),
        "answers": answers,
        "claims": claims,
        "false_claims": len(false),
        "naive_false_claims": naive_bad,
        "render_s": round(t_render, 1),
        "check_ms_per_answer": check_s / max(answers, 1) * 1000.0,
        "false": false,
        "pass": not false,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--per-kind", type=int, default=12)
    parser.add_argument("--clean", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--quick", action="store_true", help="5 clean mixes of 10 s, 3 planted per kind")
    parser.add_argument("--no-sessions", action="store_true", help="skip the realistic rendered sessions")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    per_kind, clean, seconds = args.per_kind, args.clean, args.seconds
    if args.quick:
        per_kind, clean, seconds = 3, 5, 10.0
    if per_kind < 1 or clean < 1 or not 2.0 <= seconds <= 120.0:
        parser.error("--per-kind and --clean must be at least 1, --seconds between 2 and 120")
    r = run(args.seed, per_kind, clean, seconds, sessions=not args.no_sessions)
    print(
        f"rules answers on the planted clips and sessions: seed {r['seed']}, {r['clips']} clips x {len(QUESTIONS)} questions x "
        f"(no session, session) = {r['answers']} answers, {r['claims']} numeric claims checked "
        f"({r['check_ms_per_answer']:.3f} ms per answer; rendering {r['render_s']} s)"
    )
    print(
        f"false claims: {r['false_claims']} (goal 0); naive regex baseline would flag {r['naive_false_claims']}"
    )
    for f in r["false"][:20]:
        print(f"  {f['clip']} ({f['with']}) {f['question']!r}: {f['claim']!r} -> {f['quantity']} "
              f"stated {f['stated']} measured {f['measured']}")  # fmt: skip
    print("PASS" if r["pass"] else "FAIL")
    if args.json is not None:
        args.json.write_text(json.dumps(r, indent=1, default=float))
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
