"""OSC plumbing shared by the mirror and the virtual REAPER: a decode-only UDP server and bundle packing.

python-osc does the codec; what we add is (1) a server whose socket thread only decodes and hands over
(never applies state), counting garbage instead of swallowing it silently as python-osc's dispatcher does,
and (2) packing many messages into ``#bundle`` datagrams up to a size limit, as REAPER's surface does.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

log = logging.getLogger(__name__)

BUNDLE_HEADER_BYTES = 16  # "#bundle\0" + 8-byte time tag
ELEMENT_SIZE_BYTES = 4  # each bundle element is prefixed by its int32 size

HandOver = Callable[[str, tuple[Any, ...], float], None]  # (address, args, time.monotonic() at receipt)
Control = Callable[[str, tuple[Any, ...]], "tuple[Any, ...] | None"]
"""Takes a ``/mixassist/...`` control message, hands it over (never works on the socket thread) and returns
the reply message ``(address, *args)`` to send back to the sender, or None."""

CONTROL_PREFIX = "/mixassist/"


class DecodeOnly:
    """A python-osc dispatcher stand-in: decodes one datagram (bundles unpacked) and hands each message
    over; counts datagrams that do not parse (python-osc raises ParseError, struct or Unicode errors).

    With ``control``, messages under ``/mixassist/`` go to it instead, and what it returns is sent back to
    the sender (python-osc sends a dispatcher's returned messages as replies): the acknowledgement that lets
    ``mixassist hear`` tell a running companion from none."""

    def __init__(self, hand_over: HandOver, control: Control | None = None) -> None:
        self._hand_over = hand_over
        self._control = control
        self.datagrams = 0  # written by the socket thread only
        self.bad_datagrams = 0

    def call_handlers_for_packet(self, data: bytes, client_address: tuple[str, int]) -> list[Any]:
        from pythonosc import osc_packet

        now_s = time.monotonic()
        try:
            messages = osc_packet.OscPacket(data).messages
        except Exception as exc:  # junk can raise more than ParseError inside python-osc
            self.bad_datagrams += 1
            log.debug("garbage OSC datagram from %s: %s", client_address, exc)
            return []
        replies: list[Any] = []
        for timed in messages:
            address, params = timed.message.address, tuple(timed.message.params)
            if self._control is not None and address.startswith(CONTROL_PREFIX):
                reply = self._control(address, params)
                if reply is not None:
                    replies.append(reply)
                continue
            self._hand_over(address, params, now_s)
        return replies


def start_server(host: str, port: int, dispatcher: DecodeOnly, name: str) -> tuple[Any, threading.Thread]:
    """Bind a ``BlockingOSCUDPServer`` on ``host:port`` and serve it in a daemon thread.

    Datagrams that python-osc's pre-check rejects (not starting with ``/`` or ``#bundle``) are counted as
    bad too. Raises OSError when the address cannot be bound.
    """
    from pythonosc import osc_server

    class _Server(osc_server.BlockingOSCUDPServer):
        def verify_request(self, request: Any, client_address: Any) -> bool:
            dispatcher.datagrams += 1
            if super().verify_request(request, client_address):
                return True
            dispatcher.bad_datagrams += 1
            return False

    server = _Server((host, port), dispatcher)  # type: ignore[arg-type]
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=name, daemon=True
    )
    thread.start()
    return server, thread


def encode_message(address: str, *args: Any) -> bytes:
    """One OSC message datagram (floats go out as float32 ``f``, str as ``s``, int as ``i``)."""
    from pythonosc.osc_message_builder import build_msg

    return build_msg(address, list(args)).dgram


def pack_bundles(messages: Sequence[bytes], max_packet_bytes: int) -> list[bytes]:
    """Greedily pack encoded messages into ``#bundle`` datagrams of at most ``max_packet_bytes``.

    A message too big for any bundle goes out alone, unbundled; ``max_packet_bytes <= 0`` sends every
    message as its own datagram (the unbundled baseline). Hand-packed (header + size-prefixed elements,
    OSC 1.0 spec) because python-osc's bundle builder re-encodes every message object: this is the hot
    path of a full refresh.
    """
    if max_packet_bytes <= 0:
        return list(messages)
    header = b"#bundle\x00" + (1).to_bytes(8, "big")  # time tag 1 = "immediately"
    packets: list[bytes] = []
    current: list[bytes] = []
    size = BUNDLE_HEADER_BYTES
    for dgram in messages:
        need = ELEMENT_SIZE_BYTES + len(dgram)
        if current and size + need > max_packet_bytes:
            packets.append(header + b"".join(current))
            current, size = [], BUNDLE_HEADER_BYTES
        if BUNDLE_HEADER_BYTES + need > max_packet_bytes:
            packets.append(dgram)
            continue
        current.append(len(dgram).to_bytes(4, "big") + dgram)
        size += need
    if current:
        packets.append(header + b"".join(current))
    return packets
