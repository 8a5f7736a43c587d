"""Capture cost and reliability on a private PulseAudio null sink (the CI set-up of notes/capture.md).

Prints, for 48 kHz stereo:
  1. capture CPU (process CPU time / wall time, % of one core) per Linux backend, against a baseline of
     sounddevice with PortAudio's own variable block size (what a naive InputStream does);
  2. ``last(20 s)`` from a 60 s ring, against the np.roll baseline;
  3. a long capture (60 s; ``--long-s 10`` to shorten) per backend: frames vs wall clock, overflows, xruns,
     gaps, and discontinuities of a played sine (a lost block breaks the sine's recurrence);
  4. latency from handing a click to PulseAudio to seeing it in the ring.

Run: .venv/bin/python benchmarks/capture_cpu.py [--cpu-s 10] [--long-s 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fakes.pulse_server import MONITOR, RATE_HZ, SINK, PulseUnavailable, play, private_pulse, stop  # noqa: E402

TONE_HZ = 997.0
BACKENDS = ("sounddevice", "soundcard")


def write_tone(path: Path, seconds: float, peak: float = 0.5) -> None:
    t = np.arange(int(seconds * RATE_HZ)) / RATE_HZ
    sf.write(path, np.repeat((peak * np.sin(2 * np.pi * TONE_HZ * t))[:, None], 2, axis=1), RATE_HZ)


def cpu_share(seconds: float, work=None) -> float:
    """% of one core this process used over ``seconds`` of wall time (all its threads)."""
    c0, w0 = time.process_time(), time.perf_counter()
    if work is None:
        time.sleep(seconds)
    else:
        work(seconds)
    return 100.0 * (time.process_time() - c0) / (time.perf_counter() - w0)


def capture_cpu(backend: str, seconds: float) -> tuple[float, object]:
    from bridge.capture.registry import open_capture

    capture = open_capture(backend, MONITOR)
    with capture:
        if not capture.wait_for_audio(10.0):
            raise SystemExit(f"{backend}: no audio")
        time.sleep(1.0)
        share = cpu_share(seconds)
        stats = capture.stats
    return share, stats


def naive_sounddevice_cpu(seconds: float) -> float:
    """Baseline: sounddevice InputStream on the pulse device with PortAudio's variable block size, a
    callback that only counts frames (the 8-21 % route in notes/capture.md)."""
    import sounddevice as sd

    os.environ["PULSE_SOURCE"] = MONITOR
    frames = [0]

    def callback(indata, n, t, status):
        frames[0] += n

    with sd.InputStream(device="pulse", samplerate=RATE_HZ, channels=2, dtype="float32", callback=callback):
        time.sleep(1.5)
        share = cpu_share(seconds)
    os.environ.pop("PULSE_SOURCE", None)
    return share


def last_timing() -> tuple[float, float]:
    from bridge.capture.ring_buffer import RingBuffer

    ring = RingBuffer(60 * RATE_HZ, 2)
    rng = np.random.default_rng(0)
    ring.write(rng.standard_normal((37 * RATE_HZ, 2)).astype(np.float32))
    ring.write(rng.standard_normal((40 * RATE_HZ, 2)).astype(np.float32))  # the seam is mid-ring
    wanted = 20 * RATE_HZ
    ours = []
    for _ in range(30):
        t0 = time.perf_counter()
        ring.last(wanted)
        ours.append(time.perf_counter() - t0)
    data, index = ring._data, ring._write_index
    rolled = []
    for _ in range(30):
        t0 = time.perf_counter()
        np.roll(data, -index, axis=0)[-wanted:].copy()
        rolled.append(time.perf_counter() - t0)
    np.testing.assert_array_equal(ring.last(wanted), np.roll(data, -index, axis=0)[-wanted:])
    return statistics.median(ours), statistics.median(rolled)


def sine_breaks(x: np.ndarray) -> int:
    """Places where the sine's recurrence x[n+1] = 2cos(w)x[n] - x[n-1] breaks (a lost or repeated block)."""
    w = 2 * np.pi * TONE_HZ / RATE_HZ
    residual = np.abs(x[2:] - 2 * np.cos(w) * x[1:-1] + x[:-2])
    bad = np.flatnonzero(residual > 0.01)  # s16 quantisation gives < 1e-4
    return int(np.count_nonzero(np.diff(bad) > 4) + (1 if bad.size else 0))


def long_capture(env: dict[str, str], tmp: Path, backend: str, seconds: float) -> dict[str, object]:
    from bridge.capture.registry import open_capture

    tone = tmp / "long.wav"
    write_tone(tone, seconds + 15)
    player = play(env, tone)
    try:
        capture = open_capture(backend, MONITOR, buffer_seconds=seconds + 5)
        with capture:
            if not capture.wait_for_audio(10.0):
                raise SystemExit(f"{backend}: no audio")
            time.sleep(1.0)
            ring = capture.ring
            start_frame, start_s = ring.total_frames, time.perf_counter()
            share = cpu_share(seconds)
            end_frame, end_s = ring.total_frames, time.perf_counter()
            stats = capture.stats
            data = capture.read_range(start_frame, end_frame).samples
    finally:
        stop(player)
    return {
        "seconds": end_s - start_s,
        "frames": end_frame - start_frame,
        "expected": (end_s - start_s) * RATE_HZ,
        "breaks": sine_breaks(data[:, 0].astype(np.float64)),
        "cpu": share,
        "stats": stats,
    }


def click_latency(env_backend: str, repeats: int = 7) -> list[float]:
    """Hand a click to PulseAudio (soundcard player on the null sink, 256-frame blocks) and poll the ring
    every 0.5 ms until it shows: the whole path play -> sink -> monitor -> capture block -> ring."""
    import soundcard as sc

    from bridge.capture.registry import open_capture

    capture = open_capture(env_backend, MONITOR)
    speaker = sc.get_speaker(SINK)
    click = np.zeros((4800, 2), np.float32)
    click[:48] = 0.9
    out = []
    with capture, speaker.player(samplerate=RATE_HZ, channels=2, blocksize=256) as player:
        capture.wait_for_audio(10.0)
        player.play(np.zeros((4800, 2), np.float32))
        time.sleep(1.0)
        for _ in range(repeats):
            position = capture.ring.total_frames
            t0 = time.perf_counter()
            player.play(click)
            while True:
                data = capture.ring.read_since(position)[0]
                if data.size and np.abs(data).max() > 0.5:
                    out.append(time.perf_counter() - t0)
                    break
                if time.perf_counter() - t0 > 2.0:
                    out.append(float("nan"))
                    break
                time.sleep(0.0005)
            player.play(np.zeros((24000, 2), np.float32))
            time.sleep(0.3)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cpu-s", type=float, default=10.0, help="seconds per CPU measurement")
    parser.add_argument("--long-s", type=float, default=60.0, help="length of the no-loss capture")
    args = parser.parse_args()

    median_s, roll_s = last_timing()
    print(f"last(20 s) of a 60 s 48 kHz stereo ring: {median_s * 1e3:.2f} ms (median of 30)")
    print(f"  baseline np.roll + slice: {roll_s * 1e3:.2f} ms; ratio {roll_s / median_s:.1f}x faster")

    tmp = Path(tempfile.mkdtemp(prefix="capture-bench-"))
    try:
        with private_pulse(tmp / "xdg") as env:
            os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]
            tone = tmp / "tone.wav"
            write_tone(tone, 3 * args.cpu_s + 20)
            player = play(env, tone)
            try:
                baseline = naive_sounddevice_cpu(args.cpu_s)
                print(
                    f"\ncapture CPU, 48 kHz stereo from {MONITOR}, {args.cpu_s:.0f} s each (% of one core):"
                )
                print(
                    f"  baseline sounddevice, PortAudio's variable blocks, no-op callback: {baseline:.2f} %"
                )
                for backend in BACKENDS:
                    share, stats = capture_cpu(backend, args.cpu_s)
                    print(
                        f"  {backend:<12} LiveCapture (ring, watchdog, device checks): {share:.2f} %"
                        f"  (baseline / this = {baseline / max(share, 1e-3):.1f}x); xruns {stats.xruns}"
                    )
            finally:
                stop(player)

            print(f"\n{args.long_s:.0f} s capture of a {TONE_HZ:.0f} Hz sine, per backend:")
            for backend in BACKENDS:
                r = long_capture(env, tmp, backend, args.long_s)
                s = r["stats"]
                lost = s.overflows + s.xruns + s.gaps + r["breaks"]
                print(
                    f"  {backend:<12} {r['frames']} frames in {r['seconds']:.2f} s "
                    f"({r['frames'] / r['expected'] * 100:.2f} % of wall clock); overflows {s.overflows}, "
                    f"xruns {s.xruns}, gaps {s.gaps}, sine breaks {r['breaks']}, reopens {s.reopen_count}; "
                    f"CPU {r['cpu']:.2f} %; lost blocks: {lost}"
                )

            print("\nlatency, click handed to PulseAudio -> seen in the ring (7 clicks):")
            for backend in BACKENDS:
                lat = [x * 1e3 for x in click_latency(backend)]
                print(
                    f"  {backend:<12} median {statistics.median(lat):.1f} ms, min {min(lat):.1f}, max {max(lat):.1f}"
                )
    except PulseUnavailable as exc:
        print(f"PulseAudio not available, capture figures skipped: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
