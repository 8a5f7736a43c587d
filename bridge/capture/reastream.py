"""A receiver for REAPER's stock ReaStream plug-in (on the master bus, sending to 127.0.0.1:58710): any OS, no
driver. Packet format as published by Cockos (1014.org/shiz/reastream.txt), all integers little-endian::

    4 bytes 'MRSR' | u32 packet size (= 47 + block bytes) | 32 bytes identifier, zero padded |
    u8 channels [1-64] | u32 sample rate | u16 block bytes (<= 1200; bigger blocks are split) |
    block bytes of float32 samples, NOT interleaved (all of channel 1, then channel 2, ...)

MIDI packets ('mRSR') share the port and are ignored. Anything malformed is counted and dropped: a packet off
the network must never crash the companion. The format has no sequence numbers, so a lost packet just makes
the stream shorter and reordered packets are kept in arrival order.
"""

from __future__ import annotations

import logging
import socket
import struct
import threading
from dataclasses import dataclass

import numpy as np

from bridge.capture.base import BlockSink, DeviceInfo, DeviceNotFound
from companion.errors import CaptureError

log = logging.getLogger(__name__)

NAME = "reastream"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 58710
DEFAULT_IDENTIFIER = "default"
AUDIO_MAGIC = b"MRSR"
MIDI_MAGIC = b"mRSR"
HEADER = struct.Struct("<4sI32sBIH")
HEADER_BYTES = HEADER.size  # 47
MAX_CHANNELS = 64
STANDARD_BLOCK_BYTES = 1200
MIN_RATE_HZ, MAX_RATE_HZ = 8000, 384000
POLL_S = 0.2


class MalformedPacket(ValueError):
    """A datagram that is not a well-formed ReaStream audio packet (the message says why)."""


@dataclass(frozen=True, slots=True)
class AudioPacket:
    identifier: str
    sample_rate_hz: int
    samples: np.ndarray  # float32 (frames, channels)


def parse_packet(data: bytes) -> AudioPacket | None:
    """Decode one datagram: an ``AudioPacket``, None for a MIDI packet, ``MalformedPacket`` for anything else."""
    if len(data) < 4:
        raise MalformedPacket(f"truncated: {len(data)} bytes")
    magic = bytes(data[:4])
    if magic == MIDI_MAGIC:
        return None
    if magic != AUDIO_MAGIC:
        raise MalformedPacket(f"wrong magic {magic!r}")
    if len(data) < HEADER_BYTES:
        raise MalformedPacket(f"truncated header: {len(data)} of {HEADER_BYTES} bytes")
    _, packet_size, raw_id, channels, rate_hz, block_bytes = HEADER.unpack_from(data)
    if packet_size != len(data):
        raise MalformedPacket(f"size field says {packet_size} bytes, datagram has {len(data)}")
    if packet_size != HEADER_BYTES + block_bytes:
        raise MalformedPacket(f"size field {packet_size} != header + block ({HEADER_BYTES} + {block_bytes})")
    if not 1 <= channels <= MAX_CHANNELS:
        raise MalformedPacket(f"absurd channel count {channels}")
    if not MIN_RATE_HZ <= rate_hz <= MAX_RATE_HZ:
        raise MalformedPacket(f"absurd sample rate {rate_hz}")
    if block_bytes % (4 * channels):
        raise MalformedPacket(f"block of {block_bytes} bytes does not split into {channels} float32 channels")
    frames = block_bytes // (4 * channels)
    planar = np.frombuffer(data, dtype="<f4", count=frames * channels, offset=HEADER_BYTES)
    samples = np.ascontiguousarray(planar.reshape(channels, frames).T, dtype=np.float32)
    if not np.isfinite(samples).all():
        raise MalformedPacket("NaN or infinite samples")
    identifier = raw_id.split(b"\0", 1)[0].decode("utf-8", errors="replace")
    return AudioPacket(identifier=identifier, sample_rate_hz=int(rate_hz), samples=samples)


class ReaStreamBackend:
    """One "device": the ReaStream identifier to listen for on a UDP address (the device name = identifier)."""

    name = NAME
    idle_is_silent = True  # nothing arrives while REAPER does not run the master FX

    def __init__(
        self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, identifier: str = DEFAULT_IDENTIFIER
    ):
        self.host = host
        self.port = int(port)
        self.identifier = identifier

    def unavailable_reason(self) -> str | None:
        return None

    def list_devices(self) -> list[DeviceInfo]:
        return [self.device_named(self.identifier)]

    def default_device(self) -> DeviceInfo:
        return self.device_named(self.identifier)

    def device_named(self, identifier: str) -> DeviceInfo:
        """Any identifier is a valid device: ReaStream filters by it (31 characters at most)."""
        if len(identifier.encode("utf-8")) > 31:
            raise DeviceNotFound(f"ReaStream identifier {identifier!r} is longer than 31 bytes")
        return DeviceInfo(
            backend=NAME,
            name=identifier,
            index=None,
            channels=2,
            default_rate_hz=0,
            is_loopback=True,
            hint=f"ReaStream on REAPER's master, sending identifier {identifier!r} to udp://{self.host}:{self.port}",
            key=identifier,
        )

    def open_stream(
        self, device: DeviceInfo, sample_rate_hz: int, channels: int, sink: BlockSink
    ) -> ReaStreamReceiver:
        return ReaStreamReceiver(sink, host=self.host, port=self.port, identifier=str(device.key))


class ReaStreamReceiver:
    """Binds the UDP port, decodes packets on a daemon thread and hands the matching ones to the sink."""

    def __init__(
        self,
        sink: BlockSink,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        identifier: str = DEFAULT_IDENTIFIER,
    ) -> None:
        self._sink = sink
        self.identifier = identifier
        self.sample_rate_hz = 0  # known from the first packet
        self.channels = 0
        self.packets = 0
        self.malformed = 0
        self.other_identifier = 0
        self.midi = 0
        self.last_problem: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
            self._sock.bind((host, int(port)))
        except OSError as exc:
            self._sock.close()
            raise CaptureError(
                f"ReaStream receiver cannot listen on udp://{host}:{port}: {exc.strerror or exc}"
            ) from None
        self._sock.settimeout(POLL_S)
        self.address: tuple[str, int] = self._sock.getsockname()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="capture-reastream", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data = self._sock.recv(65536)
            except TimeoutError:
                continue
            except OSError as exc:
                if not self._stop.is_set():
                    self._sink.on_error(f"ReaStream socket failed: {exc}")
                return
            self.handle_datagram(data)

    def handle_datagram(self, data: bytes) -> None:
        """Decode one datagram and deliver it; never raises on bad input."""
        try:
            packet = parse_packet(data)
        except MalformedPacket as exc:
            self.malformed += 1
            self.last_problem = str(exc)
            log.debug("dropped ReaStream packet: %s", exc)
            return
        if packet is None:
            self.midi += 1
            return
        if packet.identifier != self.identifier:
            self.other_identifier += 1
            return
        self.packets += 1
        self.sample_rate_hz = packet.sample_rate_hz
        self.channels = packet.samples.shape[1]
        self._sink.on_block(packet.samples, packet.sample_rate_hz)

    def counters(self) -> dict[str, int | str | None]:
        return {
            "packets": self.packets,
            "malformed": self.malformed,
            "other_identifier": self.other_identifier,
            "midi": self.midi,
            "last_problem": self.last_problem,
        }

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=2.0)
        self._sock.close()
