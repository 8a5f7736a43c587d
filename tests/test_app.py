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


def test_did_that_help_compares_with_the_clip_before_even_in_a_new_process(tmp_path):
    import dataclasses

    from companion.session import SessionLog

    demo = build_demo()
    first = SessionLog.open("song", data_dir=tmp_path, fsync=False)
    before = Companion(session_log=first).ask(
        "is the vocal too quiet?", clip=demo.clip, snapshot=demo.snapshot
    )
    assert before.advice.text.startswith("Yes: 'Lead Vox' sits about")
    first.close()
    fixed = dataclasses.replace(
        demo.snapshot,
        tracks=tuple(
            dataclasses.replace(t, volume_db=1.5) if t.name == "Lead Vox" else t for t in demo.snapshot.tracks
        ),
    )
    again = SessionLog.open("song", data_dir=tmp_path, fsync=False)  # a later `ask --session song`
    companion = Companion(session_log=again)
    assert companion.previous is not None and companion.previous.question == "is the vocal too quiet?"
    text = companion.ask("did that help?", clip=demo.clip, snapshot=fixed).advice.text
    again.close()
    was = next(t.volume_db for t in demo.snapshot.tracks if t.name == "Lead Vox")
    assert "'Lead Vox'" in text and f"You moved its fader from {was:+.1f} to +1.5 dB" in text
