"""The Companion: one ask end to end (clip + snapshot -> analysis -> findings -> advisor), and the conversation.

It keeps the history of the conversation with the MixAssist topic of each turn, so a follow-up ("and the
snare?") is answered in context and a model backend sees the earlier turns.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from companion.context import Advice, AudioClip, MixContext, Snapshot, Topic, Turn
from companion.knowledge.targets import loudness_target
from companion.listening.analysis import analyze
from companion.listening.diagnosis import diagnose
from companion.session import SessionError, SessionLog, TurnRef
from model.base import Advisor, TokenSink
from model.checks import Check, check_answer, measured_line
from model.intent import classify

log = logging.getLogger(__name__)

DEFAULT_QUESTION = "What do you hear?"


@dataclass(frozen=True, slots=True)
class AskResult:
    """One exchange: what the advisor was given and what it answered."""

    context: MixContext
    advice: Advice
    timings_s: dict[str, float] = field(default_factory=dict)
    turn: TurnRef | None = None  # where the session log keeps this exchange (None: not recorded)
    record_error: str | None = None  # why it was not recorded, when recording was on
    checks: tuple[Check, ...] = ()  # the answer's numbers against the measurement (model answers only)

    @property
    def measured_note(self) -> str | None:
        """One line with the measured values where the answer's numbers disagree, for the CLI and the overlay
        ("measured: -9.8 LUFS integrated (the answer said -6)"); None when they all agree or none was checked."""
        return measured_line(self.checks)

    def to_json_dict(self) -> dict[str, Any]:
        """The ``ask --json`` contract object (ARCHITECTURE.md)."""
        return {
            "question": self.context.question,
            "backend": self.advice.backend,
            "answer": self.advice.text,
            "fallback": self.advice.fallback,
            "grounding": self.advice.grounding,
            "analysis": None if self.context.analysis is None else self.context.analysis.to_dict(),
            "findings": [f.to_dict() for f in self.context.findings],
            "suggestions": [s.to_dict() for s in self.advice.suggestions],
            "checks": [c.to_dict() for c in self.checks],
        }


class Companion:
    """Holds the advisor, the loudness target and genre, and the conversation so far.

    With a ``session_log`` every ask is recorded there (off the answer path) and the conversation starts
    from the log's history, so a later process continues it.
    """

    def __init__(
        self,
        advisor: Advisor | None = None,
        *,
        target: str = "spotify",
        genre: str | None = None,
        session_log: SessionLog | None = None,
    ) -> None:
        if advisor is None:
            from model.rules import RulesAdvisor

            advisor = RulesAdvisor()
        loudness_target(target)  # fail early on a bad target, not at the first ask
        self.advisor = advisor
        self.target = target
        self.genre = genre
        self.session_log = session_log
        self.history: list[Turn] = list(session_log.history()) if session_log is not None else []

    def ask(
        self,
        question: str = DEFAULT_QUESTION,
        clip: AudioClip | None = None,
        snapshot: Snapshot | None = None,
        on_token: TokenSink | None = None,
    ) -> AskResult:
        """Analyse ``clip`` (if any), diagnose with the session, ask the advisor, remember the turn."""
        question = (question or "").strip() or DEFAULT_QUESTION
        t0 = time.perf_counter()
        analysis = analyze(clip.samples, clip.sample_rate, genre=self.genre) if clip is not None else None
        t1 = time.perf_counter()
        findings = diagnose(analysis, snapshot, target=self.target, genre=self.genre)
        history = tuple(self.history)
        topic = classify(question, history).topic
        context = MixContext(
            question=question,
            clip=clip,
            snapshot=snapshot,
            analysis=analysis,
            findings=tuple(findings),
            history=history,
            topic=topic,
            target=self.target,
            genre=self.genre,
        )
        t2 = time.perf_counter()
        advice = self.advisor.advise(context, on_token=on_token)
        t3 = time.perf_counter()
        # the built-in advisor only quotes the measurement; a model's numbers are held against it
        checks = () if advice.backend == "rules" else check_answer(advice.text, context)
        t4 = time.perf_counter()
        timings = {
            "analysis": t1 - t0,
            "diagnosis": t2 - t1,
            "advisor": t3 - t2,
            "checks": t4 - t3,
            "total": t4 - t0,
        }
        turn, record_error = None, None
        if self.session_log is not None:
            try:
                turn = self.session_log.record(context, advice)
            except SessionError as exc:  # the user still gets the answer; the log says why it is missing
                record_error = str(exc)
                log.info("%s", exc)
            timings["record"] = time.perf_counter() - t4
        audio_name = clip.source if clip is not None and clip.source else None
        if turn is not None:
            audio_name = turn.audio_file
        self.history.append(Turn("user", question, audio_name, topic))
        self.history.append(Turn("assistant", advice.text, None, topic))
        return AskResult(context, advice, timings, turn, record_error, checks)

    @property
    def topics(self) -> list[Topic]:
        """The topic of each exchange so far, in order."""
        return [t.topic for t in self.history if t.role == "user" and t.topic is not None]
