"""The OSC mirror: live REAPER state (faders, mutes, FX bypass, transport, meters) over REAPER's OSC surface.

REAPER re-sends only values that changed, so a mirror that (re)starts sees nothing until it asks:
``request_refresh`` sends ``/device/track/count N`` and ``/action/41743`` ("Control surface: Refresh all
surfaces"); ``wait_for_feedback`` and ``refresh`` retry that until feedback arrives (messages sent before
REAPER listens are lost, and UDP drops datagrams).

Threads: python-osc's ``BlockingOSCUDPServer`` runs in its own thread and ONLY decodes datagrams (bundles
unpacked, garbage counted) and hands the messages over a queue; a worker thread folds them into
``LiveState`` under a lock and wakes waiters. Readers get frozen values. The listener binds 127.0.0.1 only.
We send from the listening socket, so REAPER in "Local port" mode replies to the right port too.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bridge.reaper.osc_io import Control, DecodeOnly, encode_message, start_server
from bridge.reaper.osc_state import VU_MAX_DB, VU_MIN_DB, BadValue, LiveState, LiveTrack, Transport
from companion.context import Fx, Master, Project, Snapshot, Track
from companion.errors import BadInput, BridgeError

log = logging.getLogger(__name__)

DEFAULT_LISTEN_PORT = 9000  # REAPER's default "device port": where REAPER sends feedback
DEFAULT_REAPER_PORT = 8000  # REAPER's default local listen port
REFRESH_ACTION = 41743  # "Control surface: Refresh all surfaces"
DEFAULT_TRACK_COUNT = 64  # bank size asked for (the pattern file's DEVICE_TRACK_COUNT is overridden)
DEFAULT_FX_COUNT = 8  # FX slots per track REAPER reports (DEVICE_FX_COUNT in the pattern file)
LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
OSC_GUID_PREFIX = "osc:track/"  # synthesized GUIDs: OSC has none, and indices shift when tracks move


class OscBindError(BridgeError, BadInput):
    """The OSC listen address is not usable (port taken, not loopback)."""


def _loopback_only(host: str) -> str:
    if host not in LOOPBACK_HOSTS:
        raise OscBindError(f"the OSC listener binds 127.0.0.1 only, not {host!r}")
    return "127.0.0.1"


class OscMirror:
    """Mirror of REAPER's OSC feedback; use as a context manager (``with OscMirror(port=0) as m:``).

    ``track_count``/``fx_count`` are the bank sizes asked for and expected in a full refresh;
    ``stale_after_s``: while playing, REAPER sends ``/time`` every cycle, so this much silence means it is
    gone; while stopped, an idle mirror probes with a refresh every ``probe_every_s`` and calls the feedback
    stale when a probe went unanswered for ``stale_after_s``.
    """

    def __init__(
        self,
        listen_host: str = "127.0.0.1",
        listen_port: int = DEFAULT_LISTEN_PORT,
        reaper_host: str = "127.0.0.1",
        reaper_port: int = DEFAULT_REAPER_PORT,
        *,
        track_count: int = DEFAULT_TRACK_COUNT,
        fx_count: int = DEFAULT_FX_COUNT,
        level_window_s: float = 20.0,
        stale_after_s: float = 3.0,
        probe_every_s: float = 5.0,
        vu_min_db: float = VU_MIN_DB,
        vu_max_db: float = VU_MAX_DB,
        control: Control | None = None,
    ) -> None:
        self.listen_host = _loopback_only(listen_host)
        self._control = control  # the companion's own /mixassist/... messages on the same port
        self.requested_port = int(listen_port)
        self.reaper_address = (reaper_host, int(reaper_port))
        self.track_count = int(track_count)
        self.fx_count = int(fx_count)
        self.level_window_s = level_window_s
        self.stale_after_s = stale_after_s
        self.probe_every_s = probe_every_s
        self._state = LiveState(vu_min_db, vu_max_db)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._inbox: queue.SimpleQueue[tuple[str, tuple[Any, ...], float] | None] = queue.SimpleQueue()
        self._server: Any = None
        self._threads: list[threading.Thread] = []
        self._running = False
        # each counter has ONE writer thread: the decoder's on the socket thread, these on the worker
        self._decoder = DecodeOnly(self._hand_over)
        self._bad_messages = 0  # OSC, but arguments REAPER would never send
        self._messages = 0
        self.last_feedback_s: float | None = None  # time.monotonic() of the last message
        self.last_state_message_s: float | None = None  # same, ignoring meters and the play clock
        self.last_request_s: float | None = None
        self._unanswered_since_s: float | None = None

    # ------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        """The port actually bound (useful with ``listen_port=0``)."""
        if self._server is None:
            raise BridgeError("the OSC mirror is not started")
        return int(self._server.server_address[1])

    def start(self) -> OscMirror:
        self._decoder = DecodeOnly(self._hand_over, self._control)
        try:
            self._server, recv_thread = start_server(
                self.listen_host, self.requested_port, self._decoder, "osc-recv"
            )
        except OSError as exc:
            raise OscBindError(
                f"cannot listen for OSC on {self.listen_host}:{self.requested_port}: {exc.strerror}"
            ) from None
        self._running = True
        worker = threading.Thread(target=self._work, name="osc-apply", daemon=True)
        worker.start()
        self._threads = [recv_thread, worker]
        log.info(
            "OSC mirror listening on %s:%d, REAPER at %s:%d",
            self.listen_host,
            self.port,
            *self.reaper_address,
        )
        return self

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._server.shutdown()
        self._inbox.put(None)
        for thread in self._threads:
            thread.join(timeout=2.0)
        self._server.server_close()

    def __enter__(self) -> OscMirror:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ talking to REAPER

    def send(self, address: str, *args: Any) -> None:
        """Send one OSC message to REAPER from the listening socket."""
        if self._server is None:
            raise BridgeError("the OSC mirror is not started")
        try:
            self._server.socket.sendto(encode_message(address, *args), self.reaper_address)
        except OSError as exc:  # unknown host name, no route: say so in one line
            host, port = self.reaper_address
            raise BridgeError(f"cannot send OSC to REAPER at {host}:{port}: {exc.strerror or exc}") from None

    def request_refresh(self) -> None:
        """Ask REAPER to re-send everything for a ``track_count`` bank."""
        with self._lock:  # the worker's probe and a caller may both ask
            now = time.monotonic()
            pending = self._unanswered_since_s
            if pending is None or (self.last_feedback_s is not None and self.last_feedback_s >= pending):
                self._unanswered_since_s = now  # the first request REAPER has not answered yet
            self.last_request_s = now
        self.send("/device/track/count", self.track_count)
        self.send(f"/action/{REFRESH_ACTION}")

    def wait_for_feedback(self, timeout_s: float, retry_s: float = 0.5) -> bool:
        """Request a refresh, re-requesting every ``retry_s``, until any feedback arrives (True) or
        ``timeout_s`` passes (False)."""
        deadline = time.monotonic() + timeout_s
        while True:
            asked_s = time.monotonic()
            self.request_refresh()
            with self._changed:
                answered = self._changed.wait_for(
                    lambda asked_s=asked_s: (
                        self.last_feedback_s is not None and self.last_feedback_s >= asked_s
                    ),
                    timeout=max(0.0, min(retry_s, deadline - time.monotonic())),
                )
            if answered:
                return True
            if time.monotonic() >= deadline:
                return False

    def refresh(self, timeout_s: float = 5.0, settle_s: float = 0.2) -> bool:
        """A complete mirror: request a full refresh and, while values are missing once REAPER has gone
        quiet for ``settle_s`` (datagrams lost), request again. True when nothing is missing."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            asked_s = time.monotonic()
            self.request_refresh()
            with self._changed:
                while True:
                    if self._state.missing(self.track_count, self.fx_count) == 0:
                        return True
                    now = time.monotonic()
                    quiet_since = max(asked_s, self.last_state_message_s or asked_s)
                    if now >= deadline or (now - quiet_since >= settle_s and now - asked_s >= settle_s):
                        break
                    self._changed.wait(timeout=min(settle_s / 4, max(0.0, deadline - now)))
            log.info("OSC refresh incomplete (%d values missing): asking again", self.missing())
        return self.missing() == 0

    # ------------------------------------------------------------ reading

    def missing(self) -> int:
        with self._lock:
            return self._state.missing(self.track_count, self.fx_count)

    def tracks(self) -> tuple[LiveTrack, ...]:
        """Bank slots holding a track, with level statistics over ``level_window_s``."""
        with self._lock:
            return self._state.tracks(self.level_window_s, time.monotonic())

    def transport(self) -> Transport:
        with self._lock:
            return self._state.transport()

    def is_playing(self) -> bool | None:
        """True/False as REAPER last said; None when it has not said (yet)."""
        with self._lock:
            return self._state.play

    def is_stale(self) -> bool:
        """True when REAPER's feedback cannot be trusted to be live (never came, or stopped coming)."""
        now = time.monotonic()
        with self._lock:
            last = self.last_feedback_s
            if last is None:
                return True
            if self._state.play:
                return now - last > self.stale_after_s
            asked = self._unanswered_since_s
            return asked is not None and asked > last and now - asked > self.stale_after_s

    def wait_for(self, predicate: Callable[[OscMirror], bool], timeout_s: float) -> bool:
        """Wait until ``predicate(self)`` holds (checked whenever feedback arrives); False on timeout.
        The predicate runs with the lock free, so it may call ``tracks()`` and friends."""
        deadline = time.monotonic() + timeout_s
        while True:
            if predicate(self):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with self._changed:
                self._changed.wait(timeout=min(remaining, 0.05))

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "datagrams": self._decoder.datagrams,
                "messages": self._messages,
                "garbage": self._decoder.bad_datagrams + self._bad_messages,
                "applied": self._state.applied,
                "ignored": self._state.ignored,
            }

    # ------------------------------------------------------------ snapshots

    def apply_live_state(self, snapshot: Snapshot) -> Snapshot:
        """``snapshot`` (from the file bridge) with the live faders, pans, mutes, solos, FX enable states,
        levels, transport and master merged in. A live track matches a snapshot track by bank number when
        the names agree, else by a unique name (indices shift when tracks move; OSC has no GUIDs)."""
        live = self.tracks()
        transport = self.transport()
        by_number = {t.number: t for t in live}
        names: dict[str, list[LiveTrack]] = {}
        for t in live:
            names.setdefault(t.name, []).append(t)
        merged = []
        for track in snapshot.tracks:
            match = by_number.get(track.index)
            if match is None or match.name != track.name:
                same = names.get(track.name, [])
                match = same[0] if len(same) == 1 else None
            merged.append(track if match is None else _merge_track(track, match))
        project = snapshot.project
        if transport.play_state is not None:
            project = replace(project, play_state=transport.play_state)
        if transport.position_s is not None:
            project = replace(project, position_s=transport.position_s)
        master = snapshot.master
        if transport.master_volume_db is not None:
            master = replace(master, volume_db=round(transport.master_volume_db, 2))
        if transport.master_vu_db is not None:
            master = replace(master, peak_db=round(transport.master_vu_db, 2))
        return replace(snapshot, project=project, master=master, tracks=tuple(merged))

    def to_snapshot(self) -> Snapshot:
        """A snapshot from OSC alone (no file bridge): no FX parameters, no sends, and GUIDs synthesized
        from the bank number (``osc:track/N``), so they do NOT survive track moves."""
        transport = self.transport()
        tracks = tuple(
            Track(
                guid=f"{OSC_GUID_PREFIX}{t.number}",
                index=t.number,
                name=t.name,
                volume_db=None if t.volume_db is None else round(t.volume_db, 2),
                pan=t.pan or 0.0,
                mute=bool(t.mute),
                solo=bool(t.solo),
                level=t.level,
                fx=tuple(Fx(index=f.number - 1, name=f.name, enabled=f.enabled is not False) for f in t.fx),
            )
            for t in self.tracks()
        )
        return Snapshot(
            captured_at=time.time(),
            reaper_version="osc",
            project=Project(
                play_state=transport.play_state or "stopped", position_s=transport.position_s or 0.0
            ),
            master=Master(
                volume_db=None
                if transport.master_volume_db is None
                else round(transport.master_volume_db, 2),
                peak_db=None if transport.master_vu_db is None else round(transport.master_vu_db, 2),
            ),
            tracks=tracks,
        )

    # ------------------------------------------------------------ worker

    def _hand_over(self, address: str, args: tuple[Any, ...], t_s: float) -> None:
        """Called on the socket thread: no work beyond queueing."""
        self._inbox.put((address, args, t_s))

    def _work(self) -> None:
        """Fold queued messages into the state, wake waiters, and probe an idle REAPER."""
        while self._running:
            try:
                item = self._inbox.get(timeout=0.1)
            except queue.Empty:
                item = None
                self._maybe_probe()
            if item is None:
                continue
            batch = [item]
            while len(batch) < 4096:
                try:
                    more = self._inbox.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    break
                batch.append(more)
            with self._changed:
                for address, args, t_s in batch:
                    self._apply_one(address, args, t_s)
                self._changed.notify_all()

    def _apply_one(self, address: str, args: tuple[Any, ...], t_s: float) -> None:
        self._messages += 1
        try:
            understood = self._state.apply(address, args, t_s)
        except BadValue as exc:
            self._bad_messages += 1
            log.debug("OSC %s %r ignored: %s", address, args, exc)
            return
        if understood:
            self.last_feedback_s = t_s
            if not (address.endswith("/vu") or address == "/time"):
                self.last_state_message_s = t_s

    def _maybe_probe(self) -> None:
        now = time.monotonic()
        last = self.last_feedback_s
        if last is None or self.probe_every_s <= 0 or self._state.play:
            return
        if now - last > self.probe_every_s and (
            self.last_request_s is None or now - self.last_request_s > self.probe_every_s
        ):
            try:
                self.request_refresh()
            except OSError as exc:
                log.warning("OSC probe to REAPER failed: %s", exc)


def _merge_track(track: Track, live: LiveTrack) -> Track:
    fx = list(track.fx)
    for live_fx in live.fx:
        k = live_fx.number - 1
        if k < len(fx) and _same_fx(fx[k].name, live_fx.name) and live_fx.enabled is not None:
            fx[k] = replace(fx[k], enabled=live_fx.enabled)
    return replace(
        track,
        volume_db=track.volume_db if live.volume_db is None else round(live.volume_db, 2),
        pan=track.pan if live.pan is None else live.pan,
        mute=track.mute if live.mute is None else live.mute,
        solo=track.solo if live.solo is None else live.solo,
        level=live.level or track.level,
        fx=tuple(fx),
    )


def _same_fx(snapshot_name: str, osc_name: str) -> bool:
    """OSC may show a shortened FX name ("ReaEQ" for "VST: ReaEQ (Cockos)") [check]: accept containment."""
    a, b = snapshot_name.lower(), osc_name.lower()
    return bool(a and b) and (a in b or b in a)
