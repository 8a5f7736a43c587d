"""ReaStream over real UDP on loopback: a sender written from the published format into the receiver; the
samples that come out are compared with what went in; malformed datagrams are counted, never fatal."""

from __future__ import annotations

import struct
import threading
import time

import numpy as np
import pytest
from fakes.reastream_sender import ReaStreamSender, audio_packet, split_block

from bridge.capture.reastream import (
    HEADER_BYTES,
    MalformedPacket,
    ReaStreamBackend,
    ReaStreamReceiver,
    parse_packet,
)
from bridge.capture.registry import open_capture


class CollectingSink:
    """Keeps every block the receiver delivers, in order."""

    def __init__(self) -> None:
        self.blocks: list[np.ndarray] = []
        self.rates: list[int] = []
        self.errors: list[str] = []
        self.frames = 0
        self.arrived = threading.Condition()

    def on_block(self, block: np.ndarray, sample_rate_hz: int) -> None:
        with self.arrived:
            self.blocks.append(block.copy())
            self.rates.append(sample_rate_hz)
            self.frames += block.shape[0]
            self.arrived.notify_all()

    def on_xrun(self, overflow: bool) -> None:
        pass

    def on_error(self, message: str) -> None:
        self.errors.append(message)

    def wait_frames(self, frames: int, timeout_s: float = 5.0) -> None:
        with self.arrived:
            assert self.arrived.wait_for(lambda: self.frames >= frames, timeout_s), (
                f"{self.frames} < {frames}"
            )


def signal(frames: int, channels: int, rate_hz: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    t = np.arange(frames) / rate_hz
    cols = [
        0.5 * np.sin(2 * np.pi * (220 + 110 * c) * t) + 0.01 * rng.standard_normal(frames)
        for c in range(channels)
    ]
    return np.stack(cols, axis=1).astype(np.float32)


@pytest.fixture
def receiver():
    sink = CollectingSink()
    rx = ReaStreamReceiver(sink, host="127.0.0.1", port=0, identifier="default")
    rx.start()
    yield rx, sink
    rx.close()


@pytest.mark.parametrize(
    "channels, rate_hz, block_frames",
    [(2, 48000, 512), (2, 44100, 150), (1, 48000, 300), (1, 44100, 64), (2, 48000, 37)],
)
def test_samples_arrive_exactly(receiver, channels, rate_hz, block_frames):
    rx, sink = receiver
    audio = signal(4000, channels, rate_hz, seed=channels * 7 + block_frames)
    with ReaStreamSender(rx.address) as tx:
        for start in range(0, audio.shape[0], block_frames):
            for packet in split_block(audio[start : start + block_frames], rate_hz):
                tx.send(packet)
                time.sleep(0.0002)  # a real plug-in paces its blocks; a burst could overrun the socket buffer
    sink.wait_frames(audio.shape[0])
    got = np.concatenate(sink.blocks)
    np.testing.assert_array_equal(got, audio)
    assert set(sink.rates) == {rate_hz}
    assert (rx.packets, rx.malformed, rx.sample_rate_hz, rx.channels) == (
        len(sink.blocks),
        0,
        rate_hz,
        channels,
    )


def test_a_lost_and_a_reordered_packet_come_out_as_they_arrived(receiver):
    """ReaStream carries no sequence numbers: a lost packet shortens the stream, swapped packets stay swapped.
    The receiver must deliver exactly the arrival order, no more, no less."""
    rx, sink = receiver
    audio = signal(150 * 10, 2, 48000, seed=3)
    packets = split_block(audio, 48000)
    assert len(packets) == 10
    order = [0, 1, 2, 4, 3, 5, 7, 8, 9]  # 6 lost, 3 and 4 swapped
    with ReaStreamSender(rx.address) as tx:
        for i in order:
            tx.send(packets[i])
            time.sleep(0.0005)
    sink.wait_frames(150 * len(order))
    got = np.concatenate(sink.blocks)
    expected = np.concatenate([audio[i * 150 : (i + 1) * 150] for i in order])
    np.testing.assert_array_equal(got, expected)
    assert rx.packets == 9 and rx.malformed == 0


def good() -> bytes:
    return audio_packet(signal(100, 2, 48000, seed=1), 48000)


def with_field(packet: bytes, fmt: str, offset: int, value: int) -> bytes:
    raw = bytearray(packet)
    struct.pack_into(fmt, raw, offset, value)
    return bytes(raw)


MALFORMED = {
    "wrong magic": b"XRSR" + good()[4:],
    "empty": b"",
    "truncated header": good()[:30],
    "truncated samples": good()[:-8],
    "size field too big": with_field(good(), "<I", 4, 0xFFFFFFFF),
    "zero channels": with_field(good(), "<B", 40, 0),
    "absurd channels": with_field(good(), "<B", 40, 200),
    "absurd rate": with_field(good(), "<I", 41, 7),
    "block not a whole frame": with_field(
        with_field(good()[:-2], "<H", 45, 798), "<I", 4, HEADER_BYTES + 798
    ),
    "block bytes vs size": with_field(good(), "<H", 45, 400),
    "NaN samples": good()[:HEADER_BYTES] + np.full(200, np.nan, "<f4").tobytes(),
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_parse_rejects_malformed(name):
    with pytest.raises(MalformedPacket):
        parse_packet(MALFORMED[name])


def test_malformed_datagrams_are_counted_and_dropped_and_the_stream_goes_on(receiver):
    rx, sink = receiver
    audio = signal(300, 2, 48000, seed=5)
    with ReaStreamSender(rx.address) as tx:
        tx.send(audio_packet(audio[:150], 48000))
        for name in sorted(MALFORMED):
            tx.send(MALFORMED[name])
        tx.send(b"mRSR" + (40).to_bytes(4, "little") + b"default".ljust(32, b"\0"))  # MIDI: ignored
        tx.send(audio_packet(audio[150:], 48000, identifier="other"))  # another stream: ignored
        tx.send(audio_packet(audio[150:], 48000))
    sink.wait_frames(300)
    np.testing.assert_array_equal(np.concatenate(sink.blocks), audio)
    deadline = time.monotonic() + 2.0
    while rx.malformed < len(MALFORMED) - 1 and time.monotonic() < deadline:  # "empty" never arrives as UDP
        time.sleep(0.01)
    counters = rx.counters()
    assert counters["malformed"] >= len(MALFORMED) - 1
    assert (counters["midi"], counters["other_identifier"], counters["packets"]) == (1, 1, 2)
    assert not sink.errors


def test_live_capture_from_reastream_resamples_44k1_to_48k_and_fills_silence():
    """Through the whole live capture: a 44.1 kHz mono sender, read back as 48 kHz stereo; after the sender
    stops, wall-clock silence is filled in (ReaStream sends nothing while REAPER is stopped)."""
    backend = ReaStreamBackend(host="127.0.0.1", port=0)
    capture = open_capture(backend, "default", sample_rate=48000, channels=2, buffer_seconds=10.0)
    with capture:
        stream = capture._stream
        rate_hz = 44100
        tone = (0.5 * np.sin(2 * np.pi * 1000 * np.arange(rate_hz) / rate_hz)).astype(np.float32)[:, None]
        with ReaStreamSender(stream.address) as tx:
            for start in range(0, rate_hz, 300):  # 1 s of audio in real time
                for packet in split_block(tone[start : start + 300], rate_hz):
                    tx.send(packet)
                time.sleep(300 / rate_hz)
        tx_bad = ReaStreamSender(stream.address)
        tx_bad.send(b"MRSR" + bytes(10))
        tx_bad.close()
        time.sleep(0.8)
        stats = capture.stats
        clip = capture.last(1.5)
        heard = capture.heard(5.0)
    assert stats.device_rate_hz == 44100 and stats.device_channels == 1
    assert stats.gaps >= 1 and stats.gap_frames > 0.3 * 44100
    assert stats.details["malformed"] == 1 and stats.details["packets"] == 147
    assert stats.state == "capturing from default (reastream)"
    assert clip.sample_rate == 48000 and clip.samples.shape[1] == 2
    assert not clip.samples[-int(0.3 * 48000) :].any()  # the filled silence at the end
    assert heard.duration_s == pytest.approx(1.0, abs=0.03)  # trailing silence trimmed
    spectrum = np.abs(np.fft.rfft(heard.samples[:, 0]))
    assert np.argmax(spectrum) * 48000 / heard.samples.shape[0] == pytest.approx(1000, abs=2)
    rms = float(np.sqrt(np.mean(heard.samples[2000:-2000] ** 2)))
    assert rms == pytest.approx(0.5 / np.sqrt(2), rel=0.01)
