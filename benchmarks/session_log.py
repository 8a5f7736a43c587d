"""Session log: what recording adds to the answer the user waits for, and what it keeps off that path.

Baseline (same process, same clip and snapshot): ``Companion.ask`` with no session log. Measured: the same
ask with recording on (``record`` returns at once; FLAC, snapshot and row go to the writer thread), and,
for scale, encoding the clip to FLAC in the foreground. Goal: <= 15 ms more per answer (issue 13).

    .venv/bin/python benchmarks/session_log.py [--runs 15] [--seconds 20]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.sample_context import sample_snapshot, stereo_clip  # noqa: E402

from companion.app import Companion  # noqa: E402
from companion.session import SessionLog  # noqa: E402

GOAL_MS = 15.0


def one_ask(companion: Companion, clip, snapshot, question: str) -> tuple[float, float]:
    """(seconds until the answer is back, seconds spent in record())."""
    start = time.perf_counter()
    result = companion.ask(question, clip=clip, snapshot=snapshot)
    return time.perf_counter() - start, result.timings_s.get("record", 0.0)


def paired(
    plain: Companion, recording: Companion, clip, snapshot, runs: int
) -> tuple[list[float], list[float], list[float]]:
    """Asks alternating without and with recording (a busy machine drifts; pairs cancel the drift)."""
    base, rec, inside = [], [], []
    for i in range(runs):
        question = "How is the mix?" if i % 2 else "and the drums?"
        if i % 2:  # who goes first alternates too
            base.append(one_ask(plain, clip, snapshot, question)[0])
        total, record_s = one_ask(recording, clip, snapshot, question)
        rec.append(total)
        inside.append(record_s)
        recording.session_log.flush()  # one ask at a time, as a user asks: the writer is idle again
        if not i % 2:
            base.append(one_ask(plain, clip, snapshot, question)[0])
    return base, rec, inside


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=21)
    p.add_argument("--seconds", type=float, default=20.0)
    args = p.parse_args()
    clip = stereo_clip(args.seconds)
    snapshot = sample_snapshot()
    with tempfile.TemporaryDirectory() as tmp:
        plain = Companion()
        log = SessionLog.open("bench", data_dir=Path(tmp))
        recording = Companion(session_log=log)
        paired(plain, recording, clip, snapshot, 2)  # warm-up: imports, caches
        base, rec, inside = paired(plain, recording, clip, snapshot, args.runs)
        log.close()
        import soundfile as sf

        flac = []
        for _ in range(5):
            buf = io.BytesIO()
            start = time.perf_counter()
            sf.write(buf, clip.samples, clip.sample_rate, format="FLAC", subtype="PCM_24")
            flac.append(time.perf_counter() - start)
    b, r = statistics.median(base), statistics.median(rec)
    extra_ms = statistics.median(x - y for x, y in zip(rec, base, strict=True)) * 1000
    print(f"clip: {args.seconds:g} s stereo at {clip.sample_rate} Hz; {args.runs} asks each (rules advisor)")
    print(f"  answer without recording: median {b * 1000:7.1f} ms")
    print(
        f"  answer with recording:    median {r * 1000:7.1f} ms  (record() itself: median {statistics.median(inside) * 1000:.2f} ms)"
    )
    print(
        f"  FLAC encode in the foreground would cost {statistics.median(flac) * 1000:.1f} ms (kept off the path)"
    )
    print(
        f"ratio recording/baseline: {r / b:.3f}; extra per answer (median of pairs) {extra_ms:+.1f} ms (goal <= {GOAL_MS:g} ms)"
    )
    return 0 if extra_ms <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
