"""The REAPER track meter's own code, run: MixAssist_TrackMeter.jsfx in an EEL2 host, against the Python mirror.

Why: the meter is JSFX (EEL2), which only REAPER and ysfx can run, and neither is on the CI machine (REAPER is
not free software, ysfx is on GitHub only). CI holds the Python mirror (``companion.listening.track_meter``)
against pyloudnorm and the Lua bridge against the mirror; this check closes the chain by hand: it compiles
``benchmarks/jsfx_host/meter_host.cpp`` against a ysfx build (the open-source JSFX host, built on Cockos' EEL2
from WDL, the compiler REAPER uses), plays test signals through the meter as REAPER would (blocks of a host's
size, the transport playing or stopped), reads the meter's slot of shared memory (gmem), and compares every
record with the mirror's, then the loudness the bridge would report from those records with pyloudnorm.

Cases: 44.1, 48 and 96 kHz (a 4096 and an 8192 frame); host blocks of 64, 512 and 1001 samples (a step is never
a whole number of blocks at 1001); pink noise with unequal channels, a 1 kHz sine, a 30 Hz sine (the sub band),
silence, playback stopped and restarted mid-clip (the meter starts over, as at a new play), and 15 s (the
128-record ring wraps). Goals: every record within 0.01 dB of the mirror (bands more than 100 dB under full
scale excepted: float rounding), bands the mirror leaves unknown also unknown (-1), the audio passed through
untouched, and the records' loudness within 0.1 LU of pyloudnorm. Also printed: the CPU the meter takes per
track (60 s at 48 kHz, noise and noise that falls silent halfway), against the same host with the transport
stopped as the baseline. Exits 0 when all goals hold, 1 when one fails, 2 when ysfx or a compiler is missing.

    # once: ysfx (github.com/JoepVanlier/ysfx, with its thirdparty/dr_libs submodule), then
    cmake -S ysfx -B ysfx/build -G Ninja -DCMAKE_BUILD_TYPE=Release -DYSFX_PLUGIN=OFF -DYSFX_GFX=OFF
    ninja -C ysfx/build
    .venv/bin/python benchmarks/jsfx_meter.py --ysfx path/to/ysfx
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.listening import track_meter as tm

ROOT = Path(__file__).resolve().parents[1]
METER = ROOT / "reaper_scripts" / "MixAssist_TrackMeter.jsfx"
HOST_DIR = Path(__file__).with_name("jsfx_host")
SLOT_STRIDE = 4096
HEADER = 16
RECORD = 16
RING = 128
PROTOCOL = 17701
NBANDS = 7
RECORD_DB_GOAL = 0.01
LUFS_GOAL_LU = 0.1
FLOOR_DB = -100.0
"""Band powers this far under full scale are float noise in both meters (the JSFX sums in doubles, the mirror
frames in float32); they are not compared."""


def steps_from_slot(values: np.ndarray, sample_rate: int) -> tm.MeterSteps:
    """The records of one gmem slot (``SLOT_STRIDE`` values: the JSFX's header and ring), oldest first, as the
    Lua bridge reads them: the last ``min(written, RING)`` records; a band written as -1 (no frame) is NaN."""
    if len(values) < SLOT_STRIDE or int(values[0]) != PROTOCOL:
        raise ValueError("not a MixAssist track meter slot (no protocol id)")
    written = int(values[1])
    first = max(0, written - RING)
    rows = np.array(
        [
            values[HEADER + (n % RING) * RECORD : HEADER + (n % RING) * RECORD + RECORD]
            for n in range(first, written)
        ]
    ).reshape(-1, RECORD)
    bands = rows[:, 2 : 2 + 2 * NBANDS].reshape(-1, 2, NBANDS).copy()
    bands[bands < 0] = np.nan
    return tm.MeterSteps(rows[:, :2].copy(), bands, sample_rate)


@dataclass(frozen=True)
class Case:
    name: str
    rate: int
    block: int
    samples: np.ndarray  # (frames, 2 * tracks) float32: each track's two channels in turn
    play: str = "1"  # per host block, cycled: '1' playing, '0' stopped

    @property
    def tracks(self) -> int:
        return self.samples.shape[1] // 2

    def track(self, index: int) -> Case:
        """One track's audio (its meter sees only that)."""
        return Case(self.name, self.rate, self.block, self.samples[:, 2 * index : 2 * index + 2], self.play)

    def stretches(self) -> list[np.ndarray]:
        """The stretches of audio the meter hears while playing (each one starts the meter over)."""
        out, start = [], None
        n_blocks = math.ceil(len(self.samples) / self.block)
        for i in range(n_blocks + 1):
            playing = i < n_blocks and self.play[i % len(self.play)] == "1"
            if playing and start is None:
                start = i * self.block
            elif not playing and start is not None:
                out.append(self.samples[start : i * self.block])
                start = None
        return out


def pink(rng: np.random.Generator, frames: int) -> np.ndarray:
    """Pink noise (1/f power), unit RMS."""
    spectrum = np.fft.rfft(rng.standard_normal(frames))
    spectrum[1:] /= np.sqrt(np.arange(1, spectrum.size))
    spectrum[0] = 0.0
    x = np.fft.irfft(spectrum, frames)
    return x / np.sqrt(np.mean(x * x))


def cases() -> list[Case]:
    rng = np.random.default_rng(20261130)
    out = []
    for rate, block in ((44100, 512), (48000, 64), (48000, 1001), (96000, 512)):
        n = rate * 4
        noise = np.stack([0.1 * pink(rng, n), 0.05 * pink(rng, n)], axis=1)
        out.append(Case(f"pink noise, L 6 dB over R, {rate} Hz, blocks of {block}", rate, block, noise))
    t = np.arange(48000 * 3) / 48000
    sine = 0.25 * np.sin(2 * np.pi * 1000.0 * t)
    out.append(Case("1 kHz sine at -12 dBFS, 48 kHz", 48000, 512, np.stack([sine, sine], axis=1)))
    low = 0.5 * np.sin(2 * np.pi * 30.0 * t)
    out.append(Case("30 Hz sine (the sub band), 48 kHz", 48000, 512, np.stack([low, 0.5 * low], axis=1)))
    out.append(Case("silence, 48 kHz", 48000, 512, np.zeros((48000 * 2, 2))))
    n = 48000 * 5
    stop = np.stack([0.1 * pink(rng, n), 0.1 * pink(rng, n)], axis=1)
    out.append(Case("stopped and restarted twice, 48 kHz", 48000, 1024, stop, "1" * 80 + "0" * 30 + "1" * 60))
    n = 48000 * 15
    long = np.stack([0.1 * pink(rng, n), 0.08 * pink(rng, n)], axis=1)
    out.append(Case("15 s: the 128-record ring wraps, 48 kHz", 48000, 512, long))
    n = 48000 * 4
    three = [0.2 * pink(rng, n), 0.05 * pink(rng, n), 0.3 * np.sin(2 * np.pi * 110.0 * np.arange(n) / 48000)]
    tracks = np.stack([three[0], three[0], three[1], 0.5 * three[1], three[2], three[2]], axis=1)
    out.append(Case("three tracks metered at once (slots 3, 4, 9)", 48000, 512, tracks))
    return [Case(c.name, c.rate, c.block, c.samples.astype(np.float32), c.play) for c in out]


def build_host(ysfx: Path, work: Path) -> Path:
    """meter_host compiled against the ysfx build in ``ysfx/build``."""
    compiler = shutil.which("g++") or shutil.which("c++")
    libs = sorted((ysfx / "build").glob("*.a"))
    if compiler is None or not libs or not (ysfx / "include" / "ysfx.h").is_file():
        raise FileNotFoundError(f"need g++ and a ysfx build (include/ysfx.h, build/libysfx.a) under {ysfx}")
    exe = work / "meter_host"
    cmd = [compiler, "-O2", "-std=c++17", f"-I{ysfx / 'include'}", str(HOST_DIR / "meter_host.cpp")]
    subprocess.run([*cmd, *map(str, libs), "-o", str(exe), "-lpthread", "-ldl"], check=True)
    return exe


SLOTS = (3, 4, 9)
"""The slots the bridge gave the tracks of a case (any numbers; not in a row, as after a track was deleted)."""


def run_case(exe: Path, case: Case, work: Path) -> tuple[list[tm.MeterSteps], list[int], int]:
    """Each track meter's records and instance id after playing ``case`` through them, and how many output
    samples they changed."""
    slots = SLOTS[: case.tracks]
    (work / "in.f32").write_bytes(np.ascontiguousarray(case.samples).tobytes())
    out = subprocess.run(
        [str(exe), str(METER), str(HOST_DIR / "gmem_reader.jsfx"), str(case.rate), str(case.block)]
        + [",".join(map(str, slots)), str(work / "in.f32"), str(work / "out.f64"), case.play],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "meter_host failed")
    dump = np.fromfile(work / "out.f64", dtype=np.float64).reshape(len(slots), SLOT_STRIDE)
    steps = [steps_from_slot(values, case.rate) for values in dump]
    return steps, [int(values[3]) for values in dump], int(out.stdout.split()[-1])


CPU_SECONDS = 60.0


def _child_cpu() -> float:
    """CPU seconds spent so far by finished child processes (the host runs as one)."""
    t = os.times()
    return t.children_user + t.children_system


def cpu_share(exe: Path, work: Path) -> tuple[float, float]:
    """Share of one core the meter takes per track at 48 kHz (blocks of 512) while playing, on music-level noise
    and on noise that stops dead for its second half (silence after sound: where a filter's state would sink
    into slow denormals). The baseline, run in the same way, is the host with the transport stopped (the meter
    does nothing then): reading the file and calling the plug-in cost the same in both."""
    rng = np.random.default_rng(7)
    n = int(CPU_SECONDS * 48000)
    noise = (0.1 * rng.standard_normal((n, 2))).astype(np.float32)
    tail = noise.copy()
    tail[n // 2 :] = 0.0
    shares = []
    for audio in (noise, tail):
        (work / "in.f32").write_bytes(audio.tobytes())
        spent = {}
        for play in ("0", "1"):
            best = math.inf
            for _ in range(3):
                t0 = _child_cpu()
                subprocess.run(
                    [str(exe), str(METER), str(HOST_DIR / "gmem_reader.jsfx"), "48000", "512", "3"]
                    + [str(work / "in.f32"), str(work / "out.f64"), play],
                    capture_output=True,
                    check=True,
                )
                best = min(best, _child_cpu() - t0)
            spent[play] = best
        shares.append(max(0.0, spent["1"] - spent["0"]) / CPU_SECONDS)
    return shares[0], shares[1]


def mirror(case: Case) -> tm.MeterSteps:
    """The Python mirror's records for the same playback: each stretch measured from a fresh meter, the last
    ``RING`` records kept."""
    parts = [tm.meter_steps(s.astype(np.float64), case.rate) for s in case.stretches()]
    k = np.concatenate([p.k_energy for p in parts])[-RING:]
    bands = np.concatenate([p.band_power for p in parts])[-RING:]
    return tm.MeterSteps(k, bands, case.rate)


def lua_lufs(steps: tm.MeterSteps) -> float:
    """``level.lufs`` as the real bridge module (``reaper_scripts/mixassist_loudness.lua``, under lua5.4) makes it
    from these records at unity gain, centre pan (NaN when lua5.4 is missing)."""
    import json

    from tests.fakes.lua_bridge import LUA, lua_literal, run_lua

    if shutil.which(LUA) is None:
        return math.nan
    recs = [
        {"kl": float(k[0]), "kr": float(k[1]), "bl": [-1.0 if math.isnan(v) else float(v) for v in b[0]]}
        | {"br": [-1.0 if math.isnan(v) else float(v) for v in b[1]]}
        for k, b in zip(steps.k_energy, steps.band_power, strict=True)
    ]
    out = run_lua(
        "local loudness = require('mixassist_loudness')\n"
        "local json = require('mixassist_json')\n"
        f"local recs = {lua_literal(recs)}\n"
        f"local w = loudness.new_window({steps.seconds + 1.0})\n"
        "for _, r in ipairs(recs) do\n"
        "  w.push(loudness.post_fader({kl = r.kl, kr = r.kr, bands_l = r.bl, bands_r = r.br}, 1.0, 0.0, false))\n"
        "end\n"
        "io.write(json.encode({lufs = loudness.summary(w).lufs or json.null}))"
    )
    value = json.loads(out)["lufs"]
    return -math.inf if value is None else float(value)


def _db(x: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore"):
        return 10.0 * np.log10(np.maximum(x, 1e-30))


def compare(case: Case, jsfx: tm.MeterSteps, py: tm.MeterSteps) -> dict[str, float | int | bool]:
    """Worst record differences (dB), unknown-band agreement, and both loudness readings against pyloudnorm."""
    import pyloudnorm

    same_count = jsfx.n_steps == py.n_steps
    n = min(jsfx.n_steps, py.n_steps)
    kj, kp = jsfx.k_energy[:n], py.k_energy[:n]
    loud = (_db(kj) > FLOOR_DB) | (_db(kp) > FLOOR_DB)
    k_diff = float(np.max(np.abs(_db(kj) - _db(kp))[loud], initial=0.0))
    bj, bp = jsfx.band_power[:n], py.band_power[:n]
    unknown_same = bool(np.array_equal(np.isnan(bj), np.isnan(bp)))
    known = ~np.isnan(bj) & ~np.isnan(bp)
    audible = known & ((_db(np.nan_to_num(bj)) > FLOOR_DB) | (_db(np.nan_to_num(bp)) > FLOOR_DB))
    band_diff = float(np.max(np.abs(_db(np.nan_to_num(bj)) - _db(np.nan_to_num(bp)))[audible], initial=0.0))
    lufs = tm.summarize(jsfx).lufs
    reference = math.nan
    if len(case.stretches()) == 1 and case.samples.any() and len(case.samples) <= RING * case.rate // 10:
        reference = float(pyloudnorm.Meter(case.rate).integrated_loudness(case.samples.astype(np.float64)))
    return {
        "records": jsfx.n_steps,
        "same_count": same_count,
        "k_db": k_diff,
        "band_db": band_diff,
        "unknown_same": unknown_same,
        "lufs": lufs,
        "lua_lufs": lua_lufs(jsfx),
        "pyloudnorm": reference,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument(
        "--ysfx", type=Path, default=os.environ.get("MIXASSIST_YSFX"), help="a built ysfx checkout"
    )
    args = p.parse_args(argv)
    if args.ysfx is None:
        print("jsfx_meter: give --ysfx DIR (a built ysfx checkout) or set MIXASSIST_YSFX", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        try:
            exe = build_host(args.ysfx, work)
        except (FileNotFoundError, subprocess.CalledProcessError) as err:
            print(f"jsfx_meter: cannot build the host: {err}", file=sys.stderr)
            return 2
        failures = 0
        print(
            f"{'case':58s} {'records':>7s} {'K dB':>9s} {'band dB':>9s} {'LUFS':>8s} {'Lua':>8s} {'pyln':>8s}  pass-through"
        )
        for case in cases():
            try:
                metered, instances, changed = run_case(exe, case, work)
            except RuntimeError as err:
                print(f"{case.name:58s} FAIL: {err}")
                failures += 1
                continue
            if len(set(instances)) != len(instances):
                print(f"{case.name:58s} FAIL: two meters share an instance id {instances}")
                failures += 1
            for index, jsfx in enumerate(metered):
                failures += report_track(case.track(index), jsfx, changed, len(metered) > 1, index)
        try:
            busy, quiet = cpu_share(exe, work)
        except subprocess.CalledProcessError:
            print("CPU per metered track: not measured (the host could not run the meter)")
        else:
            print(
                f"CPU per metered track at 48 kHz: {100 * busy:.2f} % of one core on noise, {100 * quiet:.2f} % "
                f"when it falls silent halfway (baseline: the same host with the transport stopped)"
            )
    print(
        f"goals: records within {RECORD_DB_GOAL} dB of the mirror, unknown bands alike, audio untouched, "
        f"loudness within {LUFS_GOAL_LU} LU of pyloudnorm: {'PASS' if failures == 0 else f'FAIL ({failures})'}"
    )
    return 1 if failures else 0


def report_track(case: Case, jsfx: tm.MeterSteps, changed: int, several: bool, index: int) -> int:
    """Print one meter's row; 1 when it misses a goal."""
    row = compare(case, jsfx, mirror(case))
    lufs_ok = all(
        math.isnan(row["pyloudnorm"]) or abs(row[key] - row["pyloudnorm"]) <= LUFS_GOAL_LU
        for key in ("lufs", "lua_lufs")
        if not math.isnan(row[key])
    )
    ok = (
        row["same_count"]
        and row["unknown_same"]
        and row["k_db"] <= RECORD_DB_GOAL
        and row["band_db"] <= RECORD_DB_GOAL
        and lufs_ok
        and changed == 0
    )
    name = f"{case.name}: track {index + 1}" if several else case.name
    passed = "untouched" if changed == 0 else f"{changed} changed"
    print(
        f"{name:58s} {row['records']:7d} {row['k_db']:9.2e} {row['band_db']:9.2e} {row['lufs']:8.2f} "
        f"{row['lua_lufs']:8.2f} {row['pyloudnorm']:8.2f}  {passed}{'' if ok else '  FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
