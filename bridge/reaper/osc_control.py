"""The companion's own OSC control messages: ``/mixassist/ask [question]`` and its acknowledgement.

``mixassist hear`` (for any OS hotkey tool, a MIDI mapper, a Wayland compositor shortcut) sends
``/mixassist/ask`` with an optional question string to the port the companion listens on (127.0.0.1:9000
by default, the same port REAPER's OSC feedback arrives on). The running companion (``gui`` or
``run --headless``) hands the question over to its own thread and answers the sender at once with
``/mixassist/ack "ask"``: that reply is how ``hear`` knows a companion is running. No reply within the
timeout (or the OS saying the port is closed) means none is, and ``hear`` exits 1 with one line.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bridge.reaper.osc_io import DecodeOnly, encode_message, start_server
from companion.errors import BridgeError, BridgeTimeout

log = logging.getLogger(__name__)

ASK_ADDRESS = "/mixassist/ask"
ACK_ADDRESS = "/mixassist/ack"
ERROR_ADDRESS = "/mixassist/error"
HEAR_TIMEOUT_S = 1.0
MAX_QUESTION_CHARS = 500


@dataclass(frozen=True, slots=True)
class ControlAsk:
    """One ``/mixassist/ask``: the question (None = "What do you hear?") and when it arrived (monotonic s)."""

    question: str | None
    received_s: float


def decode_ask(args: tuple[Any, ...]) -> str | None:
    """The question of a ``/mixassist/ask`` message: its first string argument, trimmed; None when absent."""
    if not args or not isinstance(args[0], str):
        return None
    text = " ".join(args[0].split())[:MAX_QUESTION_CHARS]
    return text or None


class ControlHandler:
    """Decodes control messages and hands asks to ``on_ask`` (which must only enqueue or emit a signal)."""

    def __init__(self, on_ask: Callable[[ControlAsk], None]) -> None:
        self._on_ask = on_ask
        self.asks = 0

    def __call__(self, address: str, args: tuple[Any, ...]) -> tuple[Any, ...] | None:
        if address == ASK_ADDRESS:
            self.asks += 1
            self._on_ask(ControlAsk(decode_ask(args), time.monotonic()))
            return (ACK_ADDRESS, "ask")
        log.info("unknown control message %s", address)
        return (ERROR_ADDRESS, f"unknown message {address[:64]}")


class ControlListener:
    """Listens for control messages alone (``run --headless``, which has no OSC mirror on the port)."""

    def __init__(
        self, on_ask: Callable[[ControlAsk], None], host: str = "127.0.0.1", port: int = 9000
    ) -> None:
        self.handler = ControlHandler(on_ask)
        self.host, self.requested_port = host, int(port)
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise BridgeError("the control listener is not started")
        return int(self._server.server_address[1])

    def start(self) -> ControlListener:
        decoder = DecodeOnly(lambda *_: None, self.handler)  # REAPER feedback is not ours to mirror here
        try:
            self._server, self._thread = start_server(self.host, self.requested_port, decoder, "osc-control")
        except OSError as exc:
            raise BridgeError(
                f"cannot listen for 'mixassist hear' on {self.host}:{self.requested_port}: {exc.strerror}"
            ) from None
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> ControlListener:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def send_ask(
    question: str | None, host: str = "127.0.0.1", port: int = 9000, timeout_s: float = HEAR_TIMEOUT_S
) -> str:
    """Ask the running companion; returns its acknowledgement. BridgeTimeout (one line) when none answers."""
    from pythonosc import osc_packet

    nobody = (
        f"no MixAssist companion is listening on {host}:{port} "
        "(start 'mixassist gui' or 'mixassist run --headless' first)"
    )
    args = [question] if question else []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.connect((host, port))  # connected: Linux reports a closed port as ConnectionRefusedError
        sock.settimeout(timeout_s)
        deadline = time.monotonic() + timeout_s
        try:
            sock.send(encode_message(ASK_ADDRESS, *args))
            while True:
                sock.settimeout(max(0.01, deadline - time.monotonic()))
                data = sock.recv(65536)
                try:
                    messages = osc_packet.OscPacket(data).messages
                except Exception:  # something else answers on that port: not a companion
                    continue
                for timed in messages:
                    if timed.message.address == ACK_ADDRESS:
                        return str(timed.message.params[0]) if timed.message.params else "ask"
                    if timed.message.address == ERROR_ADDRESS:
                        raise BridgeError(f"the companion refused: {timed.message.params}")
        except (ConnectionRefusedError, TimeoutError):
            raise BridgeTimeout(nobody) from None
        except OSError as exc:
            raise BridgeTimeout(f"{nobody}: {exc.strerror or exc}") from None
