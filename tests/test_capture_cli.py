"""`mixassist listen` / `devices` without a sound server (the file and ReaStream backends, bad input), and the
live capture's "heard" view, silence handling and normalisation."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from fakes.reastream_sender import ReaStreamSender, split_block

from bridge.capture.base import normalise
from bridge.capture.file_backend import FileBackend
from bridge.capture.registry import open_capture, record
from bridge.capture.ring_buffer import FLAG_PLAYING

MIXASSIST = str(Path(sys.executable).with_name("mixassist"))


@pytest.fixture
def no_sound_server(tmp_path):
    """An environment in which no PulseAudio/PipeWire can be reached (a fresh, empty runtime dir)."""
    runtime = tmp_path / "xdg"
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE")}
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["MIXASSIST_CONFIG"] = str(tmp_path / "no-config.toml")
    return env


def run_cli(env: dict[str, str], *args: str, timeout_s: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([MIXASSIST, *args], env=env, capture_output=True, text=True, timeout=timeout_s)


def tone(
    path: Path, freq_hz: float, seconds: float, rate_hz: int, channels: int = 2, peak: float = 0.5
) -> np.ndarray:
    t = np.arange(int(seconds * rate_hz)) / rate_hz
    data = np.repeat((peak * np.sin(2 * np.pi * freq_hz * t)).astype(np.float32)[:, None], channels, axis=1)
    sf.write(path, data, rate_hz, subtype="FLOAT")
    return data


def test_listen_from_a_file_writes_the_same_samples(no_sound_server, tmp_path):
    src = tmp_path / "mix.wav"
    data = tone(src, 440.0, 3.0, 48000)
    out = tmp_path / "out.wav"
    done = run_cli(
        no_sound_server,
        "listen",
        "--seconds",
        "1",
        "--out",
        str(out),
        "--backend",
        "file",
        "--device",
        str(src),
    )
    assert done.returncode == 0, done.stderr
    got, rate = sf.read(out, dtype="float32", always_2d=True)
    assert rate == 48000 and got.shape == (48000, 2)
    # the file starts at frame 0; record() drops 0.1 s after the first 50 ms block
    offset = int(np.argmin([np.abs(got[:64, 0] - data[i : i + 64, 0]).max() for i in range(0, 20000)]))
    np.testing.assert_array_equal(got, data[offset : offset + 48000])
    assert 4800 <= offset <= 4800 + 2400


def test_listen_resamples_a_44k1_mono_source_to_48k_stereo(no_sound_server, tmp_path):
    src = tmp_path / "mono44.wav"
    tone(src, 1000.0, 3.0, 44100, channels=1)
    out = tmp_path / "out.flac"
    done = run_cli(
        no_sound_server,
        "listen",
        "--seconds",
        "1",
        "--out",
        str(out),
        "--backend",
        "file",
        "--device",
        str(src),
    )
    assert done.returncode == 0, done.stderr
    got, rate = sf.read(out, dtype="float32", always_2d=True)
    assert rate == 48000 and got.shape == (48000, 2)
    spectrum = np.abs(np.fft.rfft(got[:, 0]))
    assert np.argmax(spectrum) == 1000  # 1 Hz bins over exactly 1 s
    assert float(np.sqrt(np.mean(got[100:-100] ** 2))) == pytest.approx(0.5 / np.sqrt(2), rel=0.01)


def test_listen_over_reastream_with_a_configured_port(no_sound_server, tmp_path):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = tmp_path / "config.toml"
    config.write_text(f'[reastream]\nport = {port}\nidentifier = "master"\n', encoding="utf-8")
    env = dict(no_sound_server, MIXASSIST_CONFIG=str(config))
    stop = threading.Event()
    rate_hz = 44100
    t = np.arange(rate_hz) / rate_hz
    second = np.stack([0.25 * np.sin(2 * np.pi * 600 * t), 0.5 * np.sin(2 * np.pi * 600 * t)], 1).astype(
        np.float32
    )

    def sender() -> None:
        with ReaStreamSender(("127.0.0.1", port)) as tx:
            sent = 0
            start_s = time.monotonic()
            while not stop.is_set():
                chunk = np.roll(second, -(sent % rate_hz), axis=0)[:512]
                for packet in split_block(chunk, rate_hz, identifier="master"):
                    tx.send(packet)
                sent += 512
                time.sleep(max(0.0, start_s + sent / rate_hz - time.monotonic()))

    thread = threading.Thread(target=sender, daemon=True)
    thread.start()
    try:
        out = tmp_path / "rs.wav"
        done = run_cli(
            env, "listen", "--seconds", "1", "--out", str(out), "--backend", "reastream", "--device", "master"
        )
    finally:
        stop.set()
        thread.join()
    assert done.returncode == 0, done.stderr
    assert "from master (reastream) at 48000 Hz" in done.stdout
    got, rate = sf.read(out, dtype="float32", always_2d=True)
    assert rate == 48000
    rms = np.sqrt(np.mean(got[200:-200] ** 2, axis=0))
    np.testing.assert_allclose(rms, [0.25 / np.sqrt(2), 0.5 / np.sqrt(2)], rtol=0.01)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--backend", "pyaudiowpatch"], "Windows only"),
        (["--backend", "file"], "needs the audio file"),
        (["--backend", "file", "--device", "missing.wav"], "is not a file"),
        (["--seconds", "0"], "--seconds must be between"),
        (["--seconds", "-3"], "--seconds must be between"),
        (["--out", "clip.mp3"], "give a file ending in"),
        (["--out", "no/such/folder/clip.wav"], "does not exist"),
        (["--seconds", "abc"], "invalid float value"),
        (["--backend", "nosuch"], "invalid choice"),
    ],
)
def test_listen_bad_input_is_one_line_and_exit_2(no_sound_server, tmp_path, args, message):
    base = {"--seconds": "1", "--out": "clip.wav"}
    for i in range(0, len(args), 2):
        base[args[i]] = args[i + 1]
    argv = [item for pair in base.items() for item in pair]
    done = subprocess.run(
        [MIXASSIST, "listen", *argv],
        env=no_sound_server,
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert message in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "clip.wav").exists()


def test_backend_not_available_names_the_ones_that_are(no_sound_server, tmp_path):
    done = run_cli(
        no_sound_server,
        "listen",
        "--seconds",
        "1",
        "--out",
        str(tmp_path / "c.wav"),
        "--backend",
        "soundcard",
    )
    assert done.returncode == 2
    assert "cannot reach the sound server" in done.stderr
    assert "available here: sounddevice, reastream, file" in done.stderr


def test_reastream_with_no_sender_says_how_to_set_it_up(no_sound_server, tmp_path, monkeypatch):
    import bridge.capture.registry as capture_mod

    monkeypatch.setenv("MIXASSIST_CONFIG", str(tmp_path / "c.toml"))
    (tmp_path / "c.toml").write_text("[reastream]\nport = 0\n", encoding="utf-8")
    from companion.errors import CaptureError

    with pytest.raises(CaptureError, match="put ReaStream on REAPER's master"):
        capture_mod.record(1.0, backend="reastream", first_audio_timeout_s=0.5)


def test_devices_without_a_sound_server_gives_the_setup_hint(no_sound_server):
    done = run_cli(no_sound_server, "devices")
    assert done.returncode == 0, done.stderr
    assert "no loopback source found: on Linux" in done.stdout
    assert "soundcard: not available" in done.stdout
    report = json.loads(run_cli(no_sound_server, "devices", "--json").stdout)
    assert report["loopback_found"] is False and report["hint"].startswith("on Linux")
    assert report["backends"]["reastream"]["devices"][0]["is_loopback"] is True


def _feed(capture, blocks: list[tuple[np.ndarray, bool | None]], state: dict) -> None:
    """Deliver blocks as a device would, with the transport saying ``playing`` for each."""
    for block, playing in blocks:
        state["playing"] = playing
        capture._poll_transport()  # what the watchdog does every 50 ms
        capture.on_block(block, 48000)


def test_heard_keeps_only_what_played_while_the_transport_said_playing(tmp_path):
    src = tmp_path / "x.wav"
    tone(src, 100.0, 1.0, 48000)
    state: dict = {"playing": None}
    capture = open_capture(FileBackend(), str(src), buffer_seconds=10.0, transport=lambda: state["playing"])
    a = np.full((24000, 2), 0.1, np.float32)
    b = np.full((24000, 2), 0.2, np.float32)
    c = np.full((24000, 2), 0.3, np.float32)
    _feed(capture, [(a, True), (b, False), (c, True), (b, False)], state)
    heard = capture.heard(0.75)
    assert heard.samples.shape == (36000, 2)
    assert (heard.samples[:12000] == 0.1).all() and (heard.samples[12000:] == 0.3).all()
    assert capture.heard(5.0).note == "REAPER played only 1.0 s"
    _feed(capture, [(b, False)] * 20, state)  # 10 s of stopped transport: nothing played is left in the ring
    empty = capture.heard(5.0)
    assert empty.samples.shape == (0, 2) and "did not play" in empty.note


def test_heard_without_transport_trims_silence_and_reports_pure_silence(tmp_path):
    src = tmp_path / "x.wav"
    tone(src, 100.0, 1.0, 48000)
    capture = open_capture(FileBackend(), str(src), buffer_seconds=10.0)
    silence = np.zeros((48000, 2), np.float32)
    assert capture.heard(1.0).note == "nothing captured yet"
    capture.on_block(silence, 48000)
    all_silent = capture.heard(0.5)
    assert (
        all_silent.samples.shape == (24000, 2)
        and "nothing is playing, or the wrong device" in all_silent.note
    )
    music = np.full((72000, 2), 0.25, np.float32)
    capture.on_block(music, 48000)
    capture.on_block(silence, 48000)
    heard = capture.heard(1.0)
    assert heard.samples.shape == (48000, 2) and (heard.samples == 0.25).all()
    longer = capture.heard(10.0)
    assert longer.samples.shape == (72000, 2) and longer.note == "only 1.5 s was heard"


def test_record_from_a_file_in_real_time_returns_exactly_n_seconds_and_fills_silence_after(tmp_path):
    src = tmp_path / "short.wav"
    tone(src, 250.0, 1.0, 48000)
    clip = record(1.5, backend=FileBackend(), device=str(src))
    assert clip.samples.shape == (72000, 2) and clip.sample_rate == 48000
    assert np.abs(clip.samples[:20000]).max() == pytest.approx(0.5, abs=1e-3)
    assert not clip.samples[-12000:].any()  # the file ended: silence filled by the wall clock


def test_stats_tell_the_state_and_the_gap(tmp_path):
    src = tmp_path / "short.wav"
    tone(src, 250.0, 0.3, 48000)
    capture = open_capture(FileBackend(), str(src), buffer_seconds=5.0)
    with capture:
        assert capture.wait_for_audio(2.0)
        time.sleep(0.9)
        stats = capture.stats
    assert stats.state == f"capturing from {src} (file)"
    assert stats.gaps >= 1 and stats.gap_frames > 0.3 * 48000
    assert stats.frames_captured == int(0.3 * 48000) + stats.gap_frames
    assert capture.stats.state == "stopped"


@pytest.mark.parametrize(
    "channels_in, rate_in, channels_out, rate_out",
    [
        (1, 48000, 2, 48000),
        (2, 48000, 1, 48000),
        (6, 48000, 2, 48000),
        (2, 44100, 2, 48000),
        (2, 96000, 2, 48000),
    ],
)
def test_normalise_keeps_level_and_pitch(channels_in, rate_in, channels_out, rate_out):
    t = np.arange(rate_in) / rate_in
    samples = np.repeat((0.5 * np.sin(2 * np.pi * 500 * t)).astype(np.float32)[:, None], channels_in, axis=1)
    out = normalise(samples, rate_in, rate_out, channels_out)
    assert out.shape == (rate_out, channels_out) and out.dtype == np.float32
    assert np.argmax(np.abs(np.fft.rfft(out[:, 0]))) == 500
    assert float(np.sqrt(np.mean(out[200:-200] ** 2))) == pytest.approx(0.5 / np.sqrt(2), rel=0.005)


def test_flag_values_are_stored_per_frame(tmp_path):
    src = tmp_path / "x.wav"
    tone(src, 100.0, 1.0, 48000)
    state = {"playing": True}
    capture = open_capture(FileBackend(), str(src), buffer_seconds=1.0, transport=lambda: state["playing"])
    _feed(capture, [(np.ones((100, 2), np.float32), True)], state)
    assert (capture.ring.last_with_flags(100)[1] == FLAG_PLAYING).all()


@pytest.mark.parametrize(
    "name, expected",
    [
        ("alsa_output.pci-0000_00_1f.3.analog-stereo.monitor", True),
        ("Monitor of Built-in Audio", True),
        ("BlackHole 2ch", True),
        ("Loopback Audio", True),
        ("Stereo Mix (Realtek High Definition Audio)", True),
        ("CABLE Output (VB-Audio Virtual Cable)", True),
        ("Speakers (Realtek(R) Audio) [Loopback]", True),
        ("ReaStream", True),
        ("Microphone (USB Audio Device)", False),
        ("MacBook Pro Microphone", False),
        ("pulse", False),
    ],
)
def test_loopback_names_are_recognised(name, expected):
    from bridge.capture.base import looks_like_loopback

    assert looks_like_loopback(name) is expected
