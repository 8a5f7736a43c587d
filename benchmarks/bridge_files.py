"""File-bridge speed: snapshot read + validation, and the command round trip through the files.

Goals (issue 3): reading and validating the snapshot of 64 tracks x 8 FX x 40 parameters < 20 ms; a command
round trip (companion writes command_<id>.json -> bridge loop at 30 Hz applies it -> companion reads
response_<id>.json) < 150 ms, measured against the virtual REAPER's file side at 30 Hz, and also against the
real Lua bridge under lua5.4 (mock REAPER, ~30 Hz ticks) when lua5.4 is installed.

Baselines in the same process: the snapshot read the plain way (json + jsonschema + Snapshot.from_dict), and
the round trip with a companion that polls for the response every 100 ms instead of every 5 ms.

    .venv/bin/python benchmarks/bridge_files.py [--round-trips N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bridge.reaper import files as reaper_files
from bridge.reaper import schemas
from bridge.reaper.files import BridgeFiles
from bridge.virtual.files import VirtualReaperFiles
from bridge.virtual.project import build_project
from companion.context import BridgeCommand, Snapshot

SNAPSHOT_GOAL_MS = 20.0
ROUND_TRIP_GOAL_MS = 150.0
LOOP_HZ = 30.0


def _best_and_median(fn, repeats: int) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return min(times), statistics.median(times)


def bench_snapshot(folder: Path) -> float:
    project = build_project(n_tracks=64, n_fx=8, n_params=40, seed=0)
    for number in range(1, 65):  # levels too, as during playback
        project.set_meters(number, [-12.0 - number % 7, -13.0])
    project.set_play_state("playing")
    project.advance(5.0)
    doc = project.to_snapshot(captured_at=time.time()).to_dict()
    files = BridgeFiles(folder)
    files.path("snapshot.json").write_text(json.dumps(doc), encoding="utf-8")
    size_kb = files.path("snapshot.json").stat().st_size / 1024
    n_params = sum(len(fx["params"]) for t in doc["tracks"] for fx in t["fx"])
    snap = files.snapshot()
    assert len(snap.tracks) == 64 and sum(len(f.params) for t in snap.tracks for f in t.fx) == n_params

    def plain() -> Snapshot:
        data = json.loads(files.path("snapshot.json").read_text(encoding="utf-8"))
        schemas.validate("snapshot", data)
        return Snapshot.from_dict(data)

    best, median = _best_and_median(files.snapshot, 30)
    base_best, base_median = _best_and_median(plain, 3)
    print(f"snapshot: 64 tracks x 8 FX x 40 params = {n_params} params, {size_kb:.0f} KiB")
    print(
        f"  read + validate (msgspec, strict):      best {best:7.2f} ms  median {median:7.2f} ms  (goal < {SNAPSHOT_GOAL_MS:g} ms)"
    )
    print(f"  baseline json + jsonschema + from_dict: best {base_best:7.2f} ms  median {base_median:7.2f} ms")
    print(f"  speed-up (median): {base_median / median:.0f}x   goal met: {median < SNAPSHOT_GOAL_MS}")
    return median


def _round_trips(files: BridgeFiles, guid: str, n: int) -> list[float]:
    times = []
    for i in range(n):
        command = BridgeCommand("nudge_volume_db", guid, 1.0 if i % 2 == 0 else -1.0)
        t0 = time.perf_counter()
        response = files.send_command(command, timeout_s=5.0)
        times.append((time.perf_counter() - t0) * 1000)
        assert response.ok, response.error
        time.sleep(0.007 * (i % 5))  # do not stay in phase with the loop
    return times


def _summary(label: str, times: list[float]) -> float:
    times = sorted(times)
    p90 = times[int(0.9 * (len(times) - 1))]
    median = statistics.median(times)
    print(f"  {label:<44} median {median:6.1f} ms  p90 {p90:6.1f} ms  max {times[-1]:6.1f} ms")
    return median


def bench_round_trip_virtual(folder: Path, n: int) -> float:
    project = build_project(n_tracks=64, n_fx=8, n_params=40, seed=0)
    with VirtualReaperFiles(project, folder, loop_hz=LOOP_HZ, drive_clock=True):
        files = BridgeFiles(folder)
        while not files.is_alive():
            time.sleep(0.01)
        guid = project.tracks[5].guid
        print(
            f"command round trip, virtual REAPER file side at {LOOP_HZ:g} Hz, 64-track project, {n} commands:"
        )
        median = _summary("companion polls every 5 ms:", _round_trips(files, guid, n))
        saved = reaper_files.POLL_S
        reaper_files.POLL_S = 0.100
        try:
            base = _summary(
                "baseline, companion polls every 100 ms:", _round_trips(files, guid, max(5, n // 3))
            )
        finally:
            reaper_files.POLL_S = saved
    print(
        f"  loop period {1000 / LOOP_HZ:.1f} ms; baseline/ours (median): {base / median:.1f}x;"
        f" goal < {ROUND_TRIP_GOAL_MS:g} ms met: {median < ROUND_TRIP_GOAL_MS}"
    )
    return median


def bench_round_trip_lua(folder: Path, n: int) -> float | None:
    if shutil.which("lua5.4") is None:
        print("real Lua bridge: skipped (lua5.4 not installed)")
        return None
    from tests.fakes.lua_bridge import small_project, start_realtime

    resource = folder / "REAPER"
    resource.mkdir()
    stop = folder / "stop"
    proc = start_realtime(
        folder, "MixAssist_Bridge.lua", small_project(resource), run_s=120.0, stop_file=stop
    )
    try:
        files = BridgeFiles(reaper_files.locate_bridge_dir(resource))
        deadline = time.monotonic() + 10
        while not files.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        guid = files.snapshot().track("Bass").guid
        print(
            f"command round trip, REAL MixAssist_Bridge.lua under lua5.4 (mock REAPER, ~30 Hz ticks), {n} commands:"
        )
        median = _summary("companion polls every 5 ms:", _round_trips(files, guid, n))
    finally:
        stop.write_text("")
        proc.wait(timeout=10)
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--round-trips", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "snap").mkdir()
        snap_ms = bench_snapshot(root / "snap")
        trip_ms = bench_round_trip_virtual(root / "virtual", args.round_trips)
        (root / "lua").mkdir()
        lua_ms = bench_round_trip_lua(root / "lua", args.round_trips)
    ok = (
        snap_ms < SNAPSHOT_GOAL_MS
        and trip_ms < ROUND_TRIP_GOAL_MS
        and (lua_ms is None or lua_ms < ROUND_TRIP_GOAL_MS)
    )
    print(f"all goals met: {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
