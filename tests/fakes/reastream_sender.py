"""A ReaStream sender written from Cockos' published format (1014.org/shiz/reastream.txt), independent of the
receiver's decoder so that a shared misreading cannot pass unnoticed. Stands in for REAPER's plug-in."""

from __future__ import annotations

import socket

import numpy as np

MAX_BLOCK_BYTES = 1200  # "largest supported is 1200 (larger blocks are separated)"


def audio_packet(samples: np.ndarray, sample_rate_hz: int, identifier: str = "default") -> bytes:
    """One 'MRSR' packet for ``samples`` (frames, channels): header fields one by one, then the channels
    one after the other (not interleaved), float32 little-endian."""
    channels = samples.shape[1]
    block = b"".join(np.asarray(samples[:, c], dtype="<f4").tobytes() for c in range(channels))
    ident = identifier.encode("utf-8")[:31].ljust(32, b"\0")
    size = 4 + 4 + 32 + 1 + 4 + 2 + len(block)
    return (
        b"MRSR"
        + size.to_bytes(4, "little")
        + ident
        + channels.to_bytes(1, "little")
        + int(sample_rate_hz).to_bytes(4, "little")
        + len(block).to_bytes(2, "little")
        + block
    )


def split_block(samples: np.ndarray, sample_rate_hz: int, identifier: str = "default") -> list[bytes]:
    """What the plug-in does with one audio block: packets of at most 1200 sample bytes."""
    channels = samples.shape[1]
    frames_per_packet = MAX_BLOCK_BYTES // (4 * channels)
    return [
        audio_packet(samples[i : i + frames_per_packet], sample_rate_hz, identifier)
        for i in range(0, samples.shape[0], frames_per_packet)
    ]


class ReaStreamSender:
    """Sends packets over real UDP to the receiver."""

    def __init__(self, address: tuple[str, int]) -> None:
        self.address = address
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def send(self, packet: bytes) -> None:
        self._sock.sendto(packet, self.address)

    def close(self) -> None:
        self._sock.close()

    def __enter__(self) -> ReaStreamSender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
