"""Companion.ask end to end on the demo: context, history with topics, timings, JSON contract."""

from __future__ import annotations

import json

from companion.app import Companion
from companion.context import FindingKind, Topic
from companion.synth.demo import build_demo


def test_conversation_keeps_history_and_topics():
    demo = build_demo()
    companion = Companion()
    first = companion.ask(clip=demo.clip, snapshot=demo.snapshot)
    assert first.context.history == ()
    assert first.context.analysis is not None and first.context.findings
    second = companion.ask("how are the drums?", clip=demo.clip, snapshot=demo.snapshot)
    assert [t.role for t in second.context.history] == ["user", "assistant"]
    assert second.context.history[0].content == "What do you hear?"
    third = companion.ask("and what about compression on them?", clip=demo.clip, snapshot=demo.snapshot)
    assert third.context.topic is Topic.DRUMS
    assert companion.topics == [Topic.OVERALL_MIX, Topic.DRUMS, Topic.DRUMS]
    assert len(companion.history) == 6


def test_result_serialises_without_nan():
    demo = build_demo()
    result = Companion(target="ebu").ask(clip=demo.clip, snapshot=demo.snapshot)
    text = json.dumps(result.to_json_dict(), allow_nan=False)
    data = json.loads(text)
    assert data["backend"] == "rules"
    assert any(f["kind"] == FindingKind.TOO_LOUD for f in data["findings"])  # -14 LUFS is 9 LU over EBU R128
    assert set(result.timings_s) == {"analysis", "diagnosis", "advisor", "checks", "total"}


def test_session_only_ask_without_audio():
    demo = build_demo()
    result = Companion().ask(snapshot=demo.snapshot)
    assert result.context.analysis is None
    assert "Lead Vox" in result.advice.text or "didn't get any audio" in result.advice.text
