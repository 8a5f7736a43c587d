"""A private PulseAudio daemon with a null sink ``daw_out`` standing in for REAPER's output (recipe tested in
shared/notes/capture.md). Its own XDG_RUNTIME_DIR, so it never touches a user's sound server."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SINK = "daw_out"
MONITOR = f"{SINK}.monitor"
RATE_HZ = 48000
SINK_ARGS = ["module-null-sink", f"sink_name={SINK}", f"rate={RATE_HZ}", "channels=2"]


class PulseUnavailable(RuntimeError):
    """PulseAudio is not installed or would not start here (the reason is the message)."""


def pactl(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["pactl", *args], env=env, capture_output=True, text=True, timeout=10, check=True
    ).stdout


@contextmanager
def private_pulse(runtime_dir: Path | None = None) -> Iterator[dict[str, str]]:
    """Start the daemon, yield the environment to reach it (XDG_RUNTIME_DIR set), stop it afterwards."""
    if shutil.which("pulseaudio") is None or shutil.which("paplay") is None:
        raise PulseUnavailable(
            "pulseaudio/paplay not installed (apt-get install pulseaudio pulseaudio-utils)"
        )
    runtime = Path(runtime_dir or tempfile.mkdtemp(prefix="mixassist-pulse-"))
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PULSE")}
    env["XDG_RUNTIME_DIR"] = str(runtime)
    started = subprocess.run(
        [
            "pulseaudio",
            "-D",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "-n",
            "--load=module-native-protocol-unix",
            "--load=" + " ".join(SINK_ARGS),
            "--load=module-always-sink",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
    )
    deadline = time.monotonic() + 10
    while subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode != 0:
        if time.monotonic() > deadline:
            raise PulseUnavailable(f"PulseAudio could not be started: {started.stderr.strip()[-300:]}")
        time.sleep(0.1)
    try:
        yield env
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=10)


def play(env: dict[str, str], path: Path) -> subprocess.Popen:
    """paplay ``path`` into the null sink (what the "DAW" plays)."""
    return subprocess.Popen(["paplay", f"--device={SINK}", str(path)], env=env)


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(timeout=5)
