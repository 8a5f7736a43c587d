"""A real capture through PulseAudio: a null sink "daw_out" stands in for REAPER's output, paplay plays a known
signal into it, and `mixassist listen` records its monitor with sounddevice and with soundcard. Frequency and
level are checked; a vanished device is reopened. Skips only when no PulseAudio daemon can be started, and fails then under CI=true."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from fakes.pulse_server import RATE_HZ, SINK_ARGS, PulseUnavailable, pactl, play, private_pulse, stop
from system_tools import skip_or_fail

MIXASSIST = str(Path(sys.executable).with_name("mixassist"))
TONE_HZ = 997.0
TONE_PEAK = 0.5


@pytest.fixture(scope="module")
def pulse(tmp_path_factory):
    """A private PulseAudio daemon with the null sink, and a 30 s tone to play into it; stopped afterwards."""
    runtime = tmp_path_factory.mktemp("xdg")
    tone = runtime / "tone.wav"
    t = np.arange(30 * RATE_HZ) / RATE_HZ
    sf.write(tone, np.repeat((TONE_PEAK * np.sin(2 * np.pi * TONE_HZ * t))[:, None], 2, axis=1), RATE_HZ)
    try:
        with private_pulse(runtime) as env:
            yield env, tone
    except PulseUnavailable as exc:
        skip_or_fail(str(exc))


def listen(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([MIXASSIST, "listen", *args], env=env, capture_output=True, text=True, timeout=60)


def tone_of(path: Path) -> tuple[float, float, np.ndarray]:
    data, rate = sf.read(path, dtype="float32", always_2d=True)
    spectrum = np.abs(np.fft.rfft(data[:, 0] * np.hanning(data.shape[0])))
    peak_bin = int(np.argmax(spectrum))
    # parabolic interpolation of the peak bin for a sub-bin frequency estimate
    a, b, c = np.log(spectrum[peak_bin - 1 : peak_bin + 2])
    freq_hz = (peak_bin + 0.5 * (a - c) / (a - 2 * b + c)) * rate / data.shape[0]
    rms = float(np.sqrt(np.mean(data.astype(np.float64) ** 2)))
    return freq_hz, rms, data


@pytest.mark.parametrize("backend", ["sounddevice", "soundcard"])
def test_listen_captures_the_tone_from_the_monitor(pulse, tmp_path, backend):
    env, tone = pulse
    out = tmp_path / f"{backend}.wav"
    player = play(env, tone)
    try:
        done = listen(
            env, "--seconds", "1.5", "--out", str(out), "--backend", backend, "--device", "daw_out.monitor"
        )
    finally:
        stop(player)
    assert done.returncode == 0, done.stderr
    assert f"from daw_out.monitor ({backend}) at 48000 Hz" in done.stdout
    assert "warning" not in done.stderr
    freq_hz, rms, data = tone_of(out)
    assert data.shape == (72000, 2)
    assert freq_hz == pytest.approx(TONE_HZ, abs=0.5)
    assert rms == pytest.approx(TONE_PEAK / np.sqrt(2), rel=0.002)  # -9.03 dBFS RMS, s16 in the sink
    np.testing.assert_allclose(data[:, 0], data[:, 1], atol=1e-4)


def test_default_device_is_the_monitor_of_the_default_output(pulse, tmp_path):
    env, tone = pulse
    out = tmp_path / "default.wav"
    player = play(env, tone)
    try:
        done = listen(env, "--seconds", "1", "--out", str(out))
    finally:
        stop(player)
    assert done.returncode == 0, done.stderr
    assert "daw_out.monitor (sounddevice)" in done.stdout
    assert tone_of(out)[0] == pytest.approx(TONE_HZ, abs=1.0)


def test_silence_is_written_with_a_warning(pulse, tmp_path):
    env, _ = pulse
    out = tmp_path / "silence.wav"
    done = listen(
        env, "--seconds", "1", "--out", str(out), "--backend", "soundcard", "--device", "daw_out.monitor"
    )
    assert done.returncode == 0
    assert "nothing is playing, or the wrong device is selected" in done.stderr
    data, _ = sf.read(out)
    assert data.shape[0] == 48000 and not np.abs(data).max() > 1e-4


@pytest.mark.parametrize("backend", ["sounddevice", "soundcard"])
def test_unknown_device_lists_what_exists(pulse, tmp_path, backend):
    env, _ = pulse
    done = listen(
        env, "--seconds", "1", "--out", str(tmp_path / "x.wav"), "--backend", backend, "--device", "nosuch"
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert "'nosuch'" in done.stderr and "daw_out.monitor" in done.stderr
    assert not (tmp_path / "x.wav").exists()


def test_devices_marks_the_monitor_as_loopback(pulse):
    env, _ = pulse
    done = subprocess.run(
        [MIXASSIST, "devices", "--json"], env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    for backend in ("sounddevice", "soundcard"):
        entry = report["backends"][backend]
        monitors = [d for d in entry["devices"] if d["name"] == "daw_out.monitor"]
        assert monitors and monitors[0]["is_loopback"] and monitors[0]["channels"] == 2
        assert entry["default"] == "daw_out.monitor"
    assert report["loopback_found"] is True and report["hint"] is None
    assert report["backends"]["pyaudiowpatch"]["available"] is False


@pytest.mark.parametrize("backend", ["soundcard", "sounddevice"])
def test_a_vanished_device_is_reopened_when_it_comes_back(pulse, monkeypatch, backend):
    env, tone = pulse
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    from bridge.capture.registry import open_capture

    capture = open_capture(backend, "daw_out.monitor", buffer_seconds=20.0)
    with capture:
        assert capture.wait_for_audio(8.0)
        module_id = next(
            line.split()[0]
            for line in pactl(env, "list", "short", "modules").splitlines()
            if "sink_name=daw_out" in line
        )
        pactl(env, "unload-module", module_id)
        states = _wait_for(capture, lambda s: s.state.startswith("reopening"), 6.0)
        assert "daw_out.monitor" in states.state
        pactl(env, "load-module", *SINK_ARGS)
        player = play(env, tone)
        try:
            stats = _wait_for(
                capture, lambda s: s.reopen_count >= 1 and s.state.startswith("capturing"), 15.0
            )
            time.sleep(1.0)
            clip = capture.last(0.5)
        finally:
            stop(player)
    assert stats.state == f"capturing from daw_out.monitor ({backend})"
    rms = float(np.sqrt(np.mean(clip.samples**2)))
    assert rms == pytest.approx(TONE_PEAK / np.sqrt(2), rel=0.01)


def _wait_for(capture, predicate, timeout_s: float):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        stats = capture.stats
        if predicate(stats):
            return stats
        time.sleep(0.05)
    raise AssertionError(f"capture never got there: {capture.stats}")


@pytest.mark.parametrize(
    "wanted, found",
    [("daw_out.monitor", "daw_out.monitor"), ("DAW_OUT", "daw_out.monitor"), ("0", "pulse"), (0, "pulse")],
)
def test_devices_resolve_by_name_part_and_index(pulse, monkeypatch, wanted, found):
    env, _ = pulse
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    from bridge.capture.registry import find_device, get_backend

    assert find_device(get_backend("sounddevice"), wanted).name == found
