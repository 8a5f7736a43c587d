"""Full OSC refresh of 64 tracks x 8 FX, mirrored: goal < 1 s at REAPER's defaults (1024-byte packets,
10 ms between packets).

Runs the real mirror against the virtual REAPER over loopback UDP, from an empty mirror to a complete one
(``OscMirror.refresh``), several times. Baselines in the same process: the same refresh sent unbundled
(one message per datagram, each followed by the 10 ms wait: the time is messages x wait, computed from the
messages actually sent rather than waited out for ~17 s), and the floor of the bundled run (datagrams x wait).

    .venv/bin/python benchmarks/osc_refresh.py [--repeats N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

from bridge.reaper.osc import OscMirror
from bridge.virtual.osc import VirtualReaperOsc
from bridge.virtual.project import build_project

N_TRACKS, N_FX, N_PARAMS = 64, 8, 4
MAX_PACKET_BYTES = 1024
PACKET_WAIT_S = 0.010
GOAL_S = 1.0


def one_refresh() -> tuple[float, int, int]:
    """Seconds from the first request to a complete mirror; datagrams and messages REAPER sent."""
    project = build_project(N_TRACKS, N_FX, N_PARAMS)
    with (
        OscMirror(listen_port=0, reaper_port=9, track_count=N_TRACKS, fx_count=N_FX) as mirror,
        VirtualReaperOsc(
            project,
            device_port=mirror.port,
            max_packet_bytes=MAX_PACKET_BYTES,
            packet_wait_s=PACKET_WAIT_S,
            prime_cache=True,  # REAPER was already running: nothing arrives until the mirror asks
        ) as reaper,
    ):
        mirror.reaper_address = ("127.0.0.1", reaper.port)
        started = time.perf_counter()
        complete = mirror.refresh(timeout_s=10.0)
        elapsed_s = time.perf_counter() - started
        if not complete:
            raise SystemExit(f"refresh incomplete: {mirror.missing()} values missing")
        return elapsed_s, reaper.datagrams_sent, reaper.messages_sent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    runs = [one_refresh() for _ in range(args.repeats)]
    times = [r[0] for r in runs]
    _, datagrams, messages = runs[-1]
    median_s = statistics.median(times)
    unbundled_s = messages * PACKET_WAIT_S
    floor_s = (datagrams - 1) * PACKET_WAIT_S
    print(
        f"full refresh {N_TRACKS} tracks x {N_FX} FX, {MAX_PACKET_BYTES}-byte packets, {PACKET_WAIT_S * 1000:.0f} ms wait"
    )
    print(f"  runs (s): {', '.join(f'{t:.3f}' for t in times)}")
    print(f"  median: {median_s:.3f} s  ({messages} messages in {datagrams} datagrams)")
    print(
        f"  goal: {GOAL_S:.1f} s  ratio median/goal: {median_s / GOAL_S:.2f}  ({'PASS' if median_s < GOAL_S else 'FAIL'})"
    )
    print(
        f"  bundled floor (datagrams-1) x wait: {floor_s:.3f} s  overhead above it: {median_s - floor_s:.3f} s"
    )
    print(
        f"  baseline unbundled, messages x wait: {unbundled_s:.2f} s  speed-up: {unbundled_s / median_s:.1f}x"
    )
    return 0 if median_s < GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main())
