"""Advisor speed: a warm rules ask stays <= 100 ms beyond the analysis (issue 10).

Asks the Companion (rules backend, warm: every table loaded, one ask done) a set of questions of each answer
kind on a rendered session (``benchmarks.sessions``, 16 s stereo 48 kHz; the built-in demo session when
fluidsynth is missing) and reports, per question, the median over repeats of the analysis (the baseline, run
in the same process) and of everything after it: diagnosis, understanding the question, gathering the
evidence, composing the answer and its cards, and the grounding text. Also the cost of giving a model's answer
the same cards (``model.cards.attach``). Figures on a busy machine are indicative only.

    .venv/bin/python benchmarks/advisor_speed.py [--repeats 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.app import Companion
from companion.context import Advice, AudioClip, Snapshot

GOAL_MS = 100.0
QUESTIONS = (
    "What do you hear?",
    "is the vocal too loud?",
    "the kick feels kind of lost, what would you do?",
    "should I put reverb on the bass?",
    "how do I make the guitars sound wider?",
    "why does my mix sound small on my phone?",
    "how much should I bring up the vocal?",
    "what should I fix first?",
)


def session() -> tuple[AudioClip, Snapshot, str]:
    from benchmarks.sessions import missing, render_session

    if missing() is None:
        s = render_session("soul", seed=1, scenario_name="Lead Vocal -10")
        return (
            AudioClip(s.mix, s.sample_rate, source="soul"),
            s.snapshot,
            "rendered soul session, 'Lead Vocal -10'",
        )
    from companion.synth.demo import build_demo

    demo = build_demo()
    return demo.clip, demo.snapshot, "demo session (fluidsynth missing)"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--repeats", type=int, default=15)
    args = p.parse_args(argv)
    clip, snapshot, label = session()
    companion = Companion()
    companion.ask("What do you hear?", clip=clip, snapshot=snapshot)  # warm: tables, caches, imports
    print(
        f"{label}: {clip.duration_s:.0f} s, {clip.sample_rate} Hz, {clip.channels} ch; median of {args.repeats}"
    )
    print(f"  {'question':52s} {'analysis':>9s} {'beyond':>8s} {'ratio':>6s}")
    worst = 0.0
    from model.cards import attach

    attach_ms = []
    for q in QUESTIONS:
        analysis, beyond = [], []
        for _ in range(args.repeats):
            companion.history.clear()
            companion.previous = None
            t0 = time.perf_counter()
            result = companion.ask(q, clip=clip, snapshot=snapshot)
            total = time.perf_counter() - t0
            analysis.append(result.timings_s["analysis"] * 1000)
            beyond.append((total - result.timings_s["analysis"]) * 1000)
            t1 = time.perf_counter()
            attach(Advice(text="Pull the vocal up.", backend="remote"), result.context)
            attach_ms.append((time.perf_counter() - t1) * 1000)
        a_ms, b_ms = statistics.median(analysis), statistics.median(beyond)
        worst = max(worst, b_ms)
        print(f"  {q[:52]:52s} {a_ms:8.1f}  {b_ms:7.1f}  {b_ms / a_ms:5.2f}")
    print(f"cards for a model's answer (attach): median {statistics.median(attach_ms):.1f} ms")
    print(f"worst question: {worst:.1f} ms beyond the analysis; goal <= {GOAL_MS:.0f} ms: "
          f"{'PASS' if worst <= GOAL_MS else 'FAIL'}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
