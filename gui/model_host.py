"""A model backend in a process of its own, so loading it never freezes the panel.

Why a process and not a thread: ``import torch`` and ``import transformers`` run C initialisation that holds
Python's GIL for hundreds of milliseconds (measured here: 540 ms and 230 ms of a 5 ms probe thread not
running), and a thread of the GUI's process would stall the GUI thread for that long. The host process
imports and loads the model, then answers asks sent over a pipe: tokens stream back one message each, then
the Advice. The GUI process keeps the analysis, the session and the rules fallback; if the host dies (out
of memory, killed), the rules advisor answers and the panel says why. Closing the panel ends the host.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from typing import Any

from companion.context import Advice, MixContext
from companion.errors import ModelUnavailable
from model.base import TokenSink

log = logging.getLogger(__name__)

LOAD_TIMEOUT_S = 1800.0  # a 7B model from a slow disk
HOST_NICENESS = 5


def _serve(conn: Any, backend: str, options: dict[str, Any]) -> None:
    """The host process: load, say so, then answer asks until the pipe closes. It runs a little nicer than
    the panel, so a CPU-bound load or generation never starves the GUI thread of the machine's cores."""
    if hasattr(os, "nice"):
        os.nice(HOST_NICENESS)
    try:
        from model.registry import create_advisor

        advisor = create_advisor(backend, options)
    except Exception as exc:  # BadInput (a bad option) or anything the loader raises: one line back
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", advisor.name))
    while True:
        try:
            context = conn.recv()
        except (EOFError, OSError):
            return
        try:
            advice = advisor.advise(context, on_token=lambda text: conn.send(("token", text)))
        except Exception as exc:
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))
            continue
        conn.send(("advice", advice))


class ProcessAdvisor:
    """The Advisor protocol over a host process; ``load`` blocks (call it on a worker thread)."""

    def __init__(self, backend: str, options: dict[str, Any]) -> None:
        self.name = backend
        self.backend, self.options = backend, dict(options)
        self._conn: Any = None
        self._proc: Any = None

    def load(self) -> None:
        ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no Qt, no threads inherited
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(
            target=_serve, args=(child, self.backend, self.options), name="mixassist-model", daemon=True
        )
        self._proc.start()
        child.close()
        self._conn = parent
        if not parent.poll(LOAD_TIMEOUT_S):
            self.close()
            raise ModelUnavailable(f"the {self.backend} model did not load within {LOAD_TIMEOUT_S:.0f} s")
        try:
            kind, value = parent.recv()
        except EOFError:
            self.close()
            raise ModelUnavailable(f"the {self.backend} model process ended while loading") from None
        if kind != "ready":
            self.close()
            raise ModelUnavailable(str(value))
        self.name = value

    def advise(self, context: MixContext, on_token: TokenSink | None = None) -> Advice:
        if self._conn is None:
            self.load()
        try:
            self._conn.send(context)
            while True:
                kind, value = self._conn.recv()
                if kind == "token":
                    if on_token is not None:
                        on_token(value)  # may raise (the panel closed): then the host is ended below
                elif kind == "advice":
                    return value
                else:
                    raise ModelUnavailable(str(value))
        except (EOFError, OSError, BrokenPipeError):
            self.close()
            return self._rules(context, on_token, f"the {self.backend} model process ended")
        except BaseException:
            self.close()  # mid-stream: the host may still be talking; a fresh one loads at the next ask
            raise

    def _rules(self, context: MixContext, on_token: TokenSink | None, reason: str) -> Advice:
        from dataclasses import replace

        from model.registry import rules_advisor

        log.warning("%s; the rules advisor answers", reason)
        advice = rules_advisor().advise(context, on_token=on_token)
        return replace(advice, fallback={"from": self.backend, "reason": reason})

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            self._proc.terminate()
            self._proc.join(timeout=5)
            if self._proc.is_alive():
                self._proc.kill()
            self._proc = None
