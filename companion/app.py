"""The Companion: one ask end to end (clip + snapshot -> analysis -> findings -> advisor), and the conversation.

It keeps the history of the conversation with the MixAssist topic of each turn, so a follow-up ("and the
snare?") is answered in context and a model backend sees the earlier turns.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from companion.context import Advice, AudioClip, EarlierClip, Finding, MixContext, Snapshot, Topic, Turn
from companion.knowledge.targets import loudness_target
from companion.listening.analysis import analyze
from companion.listening.diagnosis import diagnose
from companion.listening.genre_words import genre_in_question
from companion.listening.reference_compare import ReferenceTrack, top_difference_db
from companion.session import SessionError, SessionLog, TurnRef
from model.base import Advisor, TokenSink
from model.checks import Check, check_answer, measured_line
from model.focus import name_words
from model.intent import classify
from model.session_view import SessionView

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
            "agreement": self.advice.agreement,
        }


def previous_from_log(session_log: SessionLog) -> EarlierClip | None:
    """The conversation's last measured exchange in the session log (its findings and snapshot), so "did that
    help?" compares with it when a later ``ask --session`` continues the conversation."""
    for row in reversed(session_log.rows()):
        if row.get("conversation_id") != session_log.conversation_id:
            continue
        if row.get("analysis") is None and not row.get("snapshot_file"):
            continue  # a question answered from knowledge: nothing was measured
        try:
            findings = tuple(Finding.from_dict(f) for f in row.get("findings") or [])
            snapshot = None
            if row.get("snapshot_file"):
                raw = (session_log.folder / str(row["snapshot_file"])).read_text(encoding="utf-8")
                snapshot = Snapshot.from_dict(json.loads(raw))
        except (
            OSError,
            ValueError,
            KeyError,
            TypeError,
        ) as exc:  # a damaged row: no comparison, never a crash
            log.info("session %s: the last measured turn cannot be read back: %s", session_log.name, exc)
            return None
        return EarlierClip(str(row.get("user", "")), None, findings, snapshot)
    return None


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
        reference: ReferenceTrack | None = None,
        session_log: SessionLog | None = None,
        front_end: str = "cli",
    ) -> None:
        if advisor is None:
            from model.rules import RulesAdvisor

            advisor = RulesAdvisor()
        loudness_target(target)  # fail early on a bad target, not at the first ask
        self.advisor = advisor
        self.target = target
        self.genre = genre
        self.reference = reference  # the user's reference track: tonal balance judged against it
        self.session_log = session_log
        self.front_end = front_end  # how the user can act on a hint (a CLI flag, an overlay setting)
        self.history: list[Turn] = list(session_log.history()) if session_log is not None else []
        # the last measured clip, for "did that help?" (from the log when a later process continues it)
        self.previous: EarlierClip | None = (
            previous_from_log(session_log) if session_log is not None else None
        )

    def ask(
        self,
        question: str = DEFAULT_QUESTION,
        clip: AudioClip | None = None,
        snapshot: Snapshot | None = None,
        on_token: TokenSink | None = None,
    ) -> AskResult:
        """Analyse ``clip`` (if any), diagnose with the session, ask the advisor, remember the turn."""
        question = (question or "").strip() or DEFAULT_QUESTION
        # "too much low end for rock?": the user just said what the song is, and it stays so from now on
        if (named := genre_in_question(question)) is not None:
            self.genre = named
        t0 = time.perf_counter()
        analysis = analyze(clip.samples, clip.sample_rate, genre=self.genre) if clip is not None else None
        if analysis is not None and self.reference is not None:
            analysis = dataclasses.replace(
                analysis,
                extra={
                    **analysis.extra,
                    "reference_track": self.reference.name,
                    "reference_lufs": self.reference.integrated_lufs,
                    "reference_plr_db": self.reference.plr_db,
                    "reference_width": self.reference.width if self.reference.channels >= 2 else None,
                    "reference_window": self.reference.note,  # "the middle 30 s of a 214 s file"
                    # "is mine brighter than the reference?": the top end against it, either way
                    "reference_top_db": top_difference_db(analysis, self.reference),
                },
            )
        t1 = time.perf_counter()
        findings = diagnose(
            analysis, snapshot, target=self.target, genre=self.genre, reference=self.reference
        )
        history = tuple(self.history)
        topic = classify(question, history, names=name_words(SessionView(snapshot))).topic
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
            previous=self.previous,
            front_end=self.front_end,
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
        if analysis is not None or snapshot is not None:
            self.previous = EarlierClip(question, analysis, tuple(findings), snapshot)
        return AskResult(context, advice, timings, turn, record_error, checks)

    @property
    def topics(self) -> list[Topic]:
        """The topic of each exchange so far, in order."""
        return [t.topic for t in self.history if t.role == "user" and t.topic is not None]
