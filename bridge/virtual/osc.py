"""The OSC side of the virtual REAPER: speaks REAPER's OSC surface dialect over real UDP.

Behaviour modelled on REAPER's ``csurf_osc.cpp`` (see ``shared/notes/reaper.md``):
- a run loop (~30 Hz, REAPER's UI timer) sends feedback for a bank of ``track_count`` tracks (1-based,
  ``/device/track/count N`` changes it) and ``fx_count`` FX slots, each value only when it changed since it
  was last sent (a per-address cache; ``/action/41743`` clears it, so everything is re-sent);
- numbers go out as float32 (mute/solo/bypass too), names as strings; slots past the last track or FX get
  an empty name; ``/fx/M/bypass 1`` means enabled; pan is normalized 0..1; VU is the mean of the L/R linear
  peaks in dB mapped linearly from the VU range to 0..1;
- feedback is packed into ``#bundle`` datagrams of at most ``max_packet_bytes`` with ``packet_wait_s``
  between datagrams, sent to a fixed device ip:port from the listening socket;
- incoming ``/track/N/volume/db``, ``/pan``, ``/mute``, ``/solo``, ``/fx/M/bypass`` change the project as
  undoable steps; ``/play``, ``/stop``, ``/pause``, ``/time`` drive the transport.
``prime_cache=True`` models a REAPER already running before the companion started. ``drop_rate`` drops that fraction of outgoing datagrams (seeded RNG), to test recovery; ``quit()`` is
REAPER closing: nothing is sent or answered any more.
"""

from __future__ import annotations

import logging
import math
import queue
import random
import struct
import threading
import time
from typing import Any

from bridge.reaper.osc_io import DecodeOnly, encode_message, pack_bundles, start_server
from bridge.reaper.osc_state import VU_MAX_DB, VU_MIN_DB
from bridge.virtual.project import VirtualProject

log = logging.getLogger(__name__)

DEFAULT_MAX_PACKET_BYTES = 1024  # REAPER's default "max packet size"
DEFAULT_PACKET_WAIT_S = 0.010  # REAPER's default "wait between packets" (10 ms)
DEFAULT_TRACK_COUNT = 8  # DEVICE_TRACK_COUNT of Default.ReaperOSC
DEFAULT_FX_COUNT = 8
REFRESH_ACTION = 41743
LOOP_HZ = 30.0

Feedback = tuple[str, Any]  # (address, float | str)


def _float32(value: float) -> float:
    """What a float becomes on the wire: REAPER compares float32 values to decide what changed."""
    return struct.unpack(">f", struct.pack(">f", value))[0]


def _truthy(args: tuple[Any, ...]) -> bool | None:
    """A ``b``/``t`` argument: None when absent (a bare trigger), else value >= 0.5."""
    if not args:
        return None
    try:
        return float(args[0]) >= 0.5
    except (TypeError, ValueError):
        return None


class VirtualReaperOsc:
    """REAPER's OSC surface over one ``VirtualProject``; a context manager (``with ... as reaper:``)."""

    def __init__(
        self,
        project: VirtualProject,
        device_port: int,
        device_host: str = "127.0.0.1",
        listen_port: int = 0,
        *,
        max_packet_bytes: int = DEFAULT_MAX_PACKET_BYTES,
        packet_wait_s: float = DEFAULT_PACKET_WAIT_S,
        track_count: int = DEFAULT_TRACK_COUNT,
        fx_count: int = DEFAULT_FX_COUNT,
        drop_rate: float = 0.0,
        seed: int = 0,
        loop_hz: float = LOOP_HZ,
        drive_clock: bool = True,
        prime_cache: bool = False,
        vu_min_db: float = VU_MIN_DB,
        vu_max_db: float = VU_MAX_DB,
    ) -> None:
        if not 0.0 <= drop_rate < 1.0:
            raise ValueError("drop_rate must be in [0, 1)")
        self.project = project
        self.device_address = (device_host, int(device_port))
        self.requested_port = int(listen_port)
        self.max_packet_bytes = int(max_packet_bytes)
        self.packet_wait_s = float(packet_wait_s)
        self.track_count = int(track_count)
        self.fx_count = int(fx_count)
        self.drop_rate = drop_rate
        self.loop_s = 1.0 / loop_hz
        self.drive_clock = drive_clock
        self.prime_cache = prime_cache
        self.vu_min_db, self.vu_max_db = vu_min_db, vu_max_db
        self._rng = random.Random(seed)
        self._cache: dict[str, Any] = {}
        self._inbox: queue.SimpleQueue[tuple[str, tuple[Any, ...]]] = queue.SimpleQueue()
        self._decoder = DecodeOnly(lambda address, args, _t: self._inbox.put((address, args)))
        self._server: Any = None
        self._threads: list[threading.Thread] = []
        self._running = threading.Event()
        self.bank_start = 0  # 0-based index of the first bank track
        self.datagrams_sent = 0
        self.datagrams_dropped = 0
        self.messages_sent = 0
        self.refreshes = 0
        self.messages_received = 0

    # ------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        """The port this virtual REAPER listens on (its "local listen port")."""
        return int(self._server.server_address[1])

    def start(self) -> VirtualReaperOsc:
        """Listen and start the run loop. With ``prime_cache`` the surface counts the current state as
        already sent: a REAPER that was running before the companion started, which sees nothing until
        it asks for a refresh."""
        if self.prime_cache:
            self._cache = dict(self.feedback())
        self._server, recv_thread = start_server(
            "127.0.0.1", self.requested_port, self._decoder, "vreaper-recv"
        )
        self._running.set()
        loop = threading.Thread(target=self._run, name="vreaper-run", daemon=True)
        loop.start()
        self._threads = [recv_thread, loop]
        return self

    def quit(self) -> None:
        """REAPER closes: the surface stops sending and listening."""
        if not self._running.is_set():
            return
        self._running.clear()
        self._server.shutdown()
        for thread in self._threads:
            thread.join(timeout=5.0)
        self._server.server_close()

    stop = quit

    def __enter__(self) -> VirtualReaperOsc:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.quit()

    def full_resend(self) -> None:
        """What action 41743 does: forget what was sent, so the next cycle sends everything."""
        self._cache.clear()
        self.refreshes += 1

    # ------------------------------------------------------------ run loop

    def _run(self) -> None:
        last_s = time.monotonic()
        while self._running.is_set():
            started_s = time.monotonic()
            self._handle_incoming()
            if self.drive_clock:
                self.project.advance(started_s - last_s)
            last_s = started_s
            self.send_changes()
            time.sleep(max(0.0, self.loop_s - (time.monotonic() - started_s)))

    def send_changes(self) -> int:
        """One surface cycle: send every value that differs from what was last sent; returns datagrams."""
        changed = [(a, v) for a, v in self.feedback() if self._cache.get(a) != v]
        if not changed:
            return 0
        for address, value in changed:
            self._cache[address] = value
        packets = pack_bundles([encode_message(a, v) for a, v in changed], self.max_packet_bytes)
        self.messages_sent += len(changed)
        for i, packet in enumerate(packets):
            if not self._running.is_set():
                break
            if i:
                time.sleep(self.packet_wait_s)
            self._send_datagram(packet)
        return len(packets)

    def _send_datagram(self, packet: bytes) -> None:
        if self.drop_rate and self._rng.random() < self.drop_rate:
            self.datagrams_dropped += 1
            return
        try:
            self._server.socket.sendto(packet, self.device_address)
            self.datagrams_sent += 1
        except OSError as exc:  # the device is not listening (yet): REAPER does not care either
            log.debug("virtual REAPER send failed: %s", exc)

    # ------------------------------------------------------------ what REAPER would show

    def _vu(self, meters_db: list[float]) -> float:
        linear = sum(10.0 ** (db / 20.0) for db in meters_db[:2]) / max(1, len(meters_db[:2]))
        db = 20.0 * math.log10(linear) if linear > 0 else -math.inf
        if db < self.vu_min_db:
            return 0.0
        if db > self.vu_max_db:
            return 1.0
        return _float32((db - self.vu_min_db) / (self.vu_max_db - self.vu_min_db))

    def feedback(self) -> list[Feedback]:
        """Every (address, value) the surface currently shows: transport, master, then the bank."""
        p = self.project
        f32 = _float32
        with p.lock:
            state = p.play_state
            out: list[Feedback] = [
                ("/play", f32(1.0 if state in ("playing", "recording") else 0.0)),
                ("/stop", f32(1.0 if state == "stopped" else 0.0)),
                ("/pause", f32(1.0 if state == "paused" else 0.0)),
                ("/record", f32(1.0 if state == "recording" else 0.0)),
                ("/time", f32(p.position_s)),
                ("/master/volume/db", f32(p.master.volume_db)),
                ("/master/vu", self._vu(p.master.meters_db)),
            ]
            for slot in range(1, self.track_count + 1):
                index = self.bank_start + slot - 1
                prefix = f"/track/{slot}"
                track = p.tracks[index] if index < len(p.tracks) else None
                if track is None:
                    out.append((f"{prefix}/name", ""))
                    out.append((f"{prefix}/vu", 0.0))
                    out.extend((f"{prefix}/fx/{k}/name", "") for k in range(1, self.fx_count + 1))
                    continue
                out += [
                    (f"{prefix}/name", track.name),
                    (f"{prefix}/volume/db", f32(track.volume_db)),
                    (f"{prefix}/volume/str", f"{track.volume_db:.2f}dB"),
                    (f"{prefix}/pan", f32((track.pan + 1.0) / 2.0)),
                    (f"{prefix}/mute", f32(float(track.mute))),
                    (f"{prefix}/solo", f32(float(track.solo))),
                    (f"{prefix}/vu", self._vu(track.meters_db)),
                ]
                for k in range(1, self.fx_count + 1):
                    fx = track.fx[k - 1] if k <= len(track.fx) else None
                    out.append((f"{prefix}/fx/{k}/name", fx.name if fx else ""))
                    if fx:
                        out.append((f"{prefix}/fx/{k}/bypass", f32(1.0 if fx.enabled else 0.0)))
        return out

    # ------------------------------------------------------------ incoming

    def _handle_incoming(self) -> None:
        while True:
            try:
                address, args = self._inbox.get_nowait()
            except queue.Empty:
                return
            self.messages_received += 1
            try:
                self._handle(address, args)
            except (IndexError, KeyError, TypeError, ValueError) as exc:  # REAPER ignores what it cannot use
                log.debug("virtual REAPER ignored %s %r: %s", address, args, exc)

    def _handle(self, address: str, args: tuple[Any, ...]) -> None:
        parts = address.strip("/").split("/")
        p = self.project
        if address == "/device/track/count":
            self.track_count = max(0, int(args[0]))
        elif address == f"/action/{REFRESH_ACTION}" and _truthy(args) is not False:
            self.full_resend()
        elif parts[0] == "action" and len(parts) in (1, 2) and args and str(args[0]) == str(REFRESH_ACTION):
            self.full_resend()  # "/action i 41743" and "/action/str s 41743"
        elif address == "/play" and _truthy(args) is not False:
            p.set_play_state("playing")
        elif address == "/stop" and _truthy(args) is not False:
            p.set_play_state("stopped")
        elif address == "/pause" and _truthy(args) is not False:
            p.set_play_state("paused" if p.play_state != "paused" else "playing")
        elif address == "/time":
            p.set_position_s(float(args[0]))
        elif parts[0] == "track" and len(parts) >= 3 and parts[1].isdigit():
            self._handle_track(self.bank_start + int(parts[1]), parts[2:], args)

    def _handle_track(self, number: int, rest: list[str], args: tuple[Any, ...]) -> None:
        p = self.project
        label = f"OSC: track {number} {'/'.join(rest)}"
        if rest == ["volume", "db"]:
            p.set_track_value(number, "volume_db", float(args[0]), label)
        elif rest == ["pan"]:
            p.set_track_value(number, "pan", min(max(float(args[0]), 0.0), 1.0) * 2.0 - 1.0, label)
        elif rest in (["mute"], ["solo"]):
            on = _truthy(args)
            field = rest[0]
            current = getattr(p.track(number), field)
            p.set_track_value(number, field, (not current) if on is None else on, label)
        elif len(rest) == 3 and rest[0] == "fx" and rest[1].isdigit() and rest[2] == "bypass":
            on = _truthy(args)
            fx_index = int(rest[1]) - 1
            current = p.track(number).fx[fx_index].enabled
            p.set_fx_enabled(number, fx_index, (not current) if on is None else on, label)
