"""The prompt builder: grounding text, MixAssist-form history, the audio placeholder, the token budget."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.sample_context import sample_analysis, sample_context, sample_history

from companion.context import Finding, FindingKind, Fx, FxParam, MixContext, Topic, Track, Turn
from model.prompt import (
    SYSTEM_PROMPT,
    audio_tokens,
    build_grounding,
    build_messages,
    count_message_tokens,
    estimate_tokens,
    grounding_of,
    message_text,
    split_history,
    summarize_history,
)


def test_grounding_holds_the_measured_numbers() -> None:
    text = build_grounding(sample_context())
    lines = text.splitlines()
    assert lines[0].startswith("LISTENING NOTES (measured on 20.0 s, 48000 Hz stereo")
    # loudness vs the target: -9.8 LUFS is 4.2 LU over Spotify's -14
    assert "-9.8 LUFS integrated (4.2 LU louder than the spotify target -14 LUFS)" in text
    assert "true peak 0.4 dBTP (over the -1 dBTP ceiling by 1.4 dB)" in text
    assert "37 clipped samples" in text
    assert "PLR 10.2 dB" in text and "LRA 3.2 LU" in text
    assert "low_mid +3.6" in text and "air -2.3" in text
    assert "presence n/a" in text  # NaN is "not measurable", never "nan"
    assert "correlation 0.62, width 0.31, low-end correlation 0.97, L-R balance +0.4 dB" in text
    assert "nan" not in text.lower().replace("n/a", "")


def test_grounding_lists_findings_most_severe_first_with_numbers() -> None:
    text = build_grounding(sample_context())
    kinds = [
        line.split()[1]
        for line in text.splitlines()
        if line.startswith("- ") and "[" in line and "]:" in line
    ]
    assert kinds == ["clipping", "muddy", "track_too_loud", "dull"]
    assert "- muddy [0.60 problem]: Low mids 3.6 dB over the reference (low_mid_vs_target_db=3.60)" in text
    assert "- dull [0.20 remark]" in text
    assert "track_too_loud on Gtr L [0.45 problem]" in text


def test_grounding_session_facts() -> None:
    text = build_grounding(sample_context())
    assert "SESSION (REAPER project 'Song', 124 BPM, 48000 Hz, playing)" in text
    assert "- Master: fader +0.0 dB, peak -0.1 dBFS; FX: ReaLimit (Cockos) [Ceiling=-0.1]" in text
    kick = next(line for line in text.splitlines() if line.startswith("- 1 Kick"))
    assert "fader -3.0 dB, pan C" in kick
    assert "level avg -18.0 / max -8.0 dBFS peak over 20 s" in kick
    assert "ReaEQ (Cockos) [Freq-Low Shelf=100.0, Gain-Low Shelf=+0.0, Freq-Band 2=320.0" in kick
    gtr = next(line for line in text.splitlines() if line.startswith("- 2 Gtr L"))
    assert "fader +1.5 dB, pan 60L" in gtr
    assert "ReaComp (Cockos) (bypassed) [Thresh=-18.0, Ratio=4.0:1, Attack=20.0]" in gtr
    assert "sends: Verb -12.0 dB" in gtr
    bass = next(line for line in text.splitlines() if line.startswith("- 3 Bass"))
    assert "MUTED, phase inverted" in bass


def test_grounding_without_audio_or_snapshot_says_so() -> None:
    ctx = dataclasses.replace(sample_context(), analysis=None, snapshot=None, findings=())
    text = build_grounding(ctx)
    assert text.splitlines() == [
        "LISTENING NOTES: none (no audio was analysed; do not describe how it sounds)",
        "FINDINGS: none",
        "SESSION: unknown (no REAPER snapshot; do not name tracks or plug-ins)",
    ]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("apple", "(6.2 LU louder than the apple target -16 LUFS)"),
        ("ebu", "(13.2 LU louder than the ebu target -23 LUFS)"),
        ("cd", "(0.7 LU louder than the cd convention -10.5 LUFS; not normalised)"),
    ],
)
def test_grounding_loudness_per_target(target: str, expected: str) -> None:
    assert expected in build_grounding(dataclasses.replace(sample_context(), target=target))


def test_quiet_mix_reads_quieter_than_target() -> None:
    quiet = dataclasses.replace(sample_analysis(), integrated_lufs=-20.5, true_peak_dbtp=-6.0)
    text = build_grounding(dataclasses.replace(sample_context(), analysis=quiet))
    assert "6.5 LU quieter than the spotify target" in text
    assert "under the -1 dBTP ceiling by 5.0 dB" in text


def test_split_history_current_topic_is_the_trailing_run() -> None:
    earlier, current = split_history(sample_history(6), Topic.GUITARS)
    assert [t.topic for t in earlier] == [Topic.DRUMS, Topic.DRUMS]
    assert len(current) == 4 and all(t.topic == Topic.GUITARS for t in current)
    earlier, current = split_history(sample_history(6), Topic.DRUMS)
    assert len(earlier) == 6 and current == []


def test_summary_names_topic_question_and_advice() -> None:
    summary = summarize_history(sample_history(6)[:2])
    assert summary.startswith('Earlier in this session: drums (2 turns): they asked "How does my kick sit?"')
    assert 'you said "Kick is fine, maybe a touch boomy around 80 Hz' in summary


def test_messages_text_backend_shape() -> None:
    msgs = build_messages(sample_context(), with_audio=False)
    assert [m["role"] for m in msgs] == ["system", "user", "assistant", "user", "assistant", "user"]
    assert msgs[0]["content"].startswith(SYSTEM_PROMPT)
    assert "Earlier in this session: drums" in msgs[0]["content"]
    assert msgs[1]["content"] == "Now the guitars, they feel loud."
    last = msgs[-1]["content"]
    assert isinstance(last, str) and last.endswith("The amateur says: What do you hear?")
    assert grounding_of(msgs) == build_grounding(sample_context())


def test_messages_audio_backend_has_placeholder_first() -> None:
    msgs = build_messages(sample_context(), with_audio=True)
    parts = msgs[-1]["content"]
    assert parts[0] == {"type": "audio", "audio": "test:tone"}
    assert parts[1]["type"] == "text" and "LISTENING NOTES" in parts[1]["text"]
    assert grounding_of(msgs) == build_grounding(sample_context())


def test_messages_without_clip_have_no_audio_part() -> None:
    msgs = build_messages(sample_context(with_clip=False), with_audio=True)
    assert isinstance(msgs[-1]["content"], str)


def test_consecutive_same_role_turns_are_joined() -> None:
    history = (Turn("user", "one", topic=Topic.OVERALL_MIX), Turn("user", "two", topic=Topic.OVERALL_MIX))
    ctx = dataclasses.replace(sample_context(), history=history, topic=Topic.OVERALL_MIX)
    msgs = build_messages(ctx, with_audio=False)
    assert [m["role"] for m in msgs] == ["system", "user", "user"]
    assert msgs[1]["content"] == "one\ntwo"


def test_quality_bar_20s_clip_6_turns_fits_2048_tokens() -> None:
    ctx = sample_context(seconds=20.0, history_turns=6)
    msgs = build_messages(ctx, with_audio=True, token_budget=2048)
    total = count_message_tokens(msgs, estimate_tokens, audio_tokens(ctx))
    assert audio_tokens(ctx) == 500
    assert total <= 2048
    assert len(msgs) == 6  # nothing had to be dropped


def test_budget_drops_oldest_turns_first() -> None:
    ctx = sample_context(history_turns=40)
    full = build_messages(ctx, with_audio=False, token_budget=100_000)
    budget = count_message_tokens(full, estimate_tokens) - 60
    msgs = build_messages(ctx, with_audio=False, token_budget=budget)
    assert count_message_tokens(msgs, estimate_tokens) <= budget
    kept = [message_text(m) for m in msgs[1:-1]]
    assert 0 < len(kept) < len(full) - 2
    assert kept == [message_text(m) for m in full[-1 - len(kept) : -1]]  # the newest turns survive


def test_budget_shrinks_grounding_last() -> None:
    ctx = sample_context(history_turns=6)
    msgs = build_messages(ctx, with_audio=False, token_budget=330)
    assert [m["role"] for m in msgs] == ["system", "user"]
    assert "Earlier in this session" not in msgs[0]["content"]
    grounding = grounding_of(msgs)
    assert "[Freq-Low Shelf" not in grounding and "ReaEQ (Cockos)" in grounding
    assert "- dull" not in grounding and "- clipping" in grounding


def test_a_tight_budget_drops_the_findings_evidence_but_keeps_their_summaries() -> None:
    ctx = sample_context(history_turns=0)
    roomy = grounding_of(build_messages(ctx, with_audio=False, token_budget=100_000))
    problem = next(f for f in ctx.findings if f.is_problem and f.evidence)
    line = next(x for x in roomy.splitlines() if x.startswith(f"- {problem.kind}"))
    assert line.endswith(")")  # the evidence list, in parentheses
    tight = grounding_of(build_messages(ctx, with_audio=False, token_budget=1))  # every trimming step taken
    kept = next(x for x in tight.splitlines() if x.startswith(f"- {problem.kind}"))
    assert problem.summary in kept and len(kept) < len(line)


def test_pluggable_counter_is_used() -> None:
    calls: list[str] = []

    def by_words(text: str) -> int:
        calls.append(text)
        return len(text.split())

    build_messages(sample_context(), with_audio=False, count_tokens=by_words)
    assert calls


def test_finding_with_non_numeric_evidence() -> None:
    f = Finding(FindingKind.PHASE_ISSUE, 0.5, "Out of phase", {"bands": ["sub", "bass"], "inverted": True})
    ctx = MixContext("q", None, None, None, (f,))
    assert "(bands=['sub', 'bass'], inverted=True)" in build_grounding(ctx)


def test_big_session_keeps_latest_exchange_and_trims_plugin_details() -> None:
    fx = Fx(0, "ReaEQ (Cockos)", True, tuple(FxParam(j, f"Gain-Band {j}", 0.5, f"{j}.0") for j in range(12)))
    tracks = tuple(Track(f"{{T{i}}}", i + 1, f"Track {i + 1}", -6.0, 0.0, fx=(fx,)) for i in range(24))
    ctx = sample_context(history_turns=6)
    ctx = dataclasses.replace(ctx, snapshot=dataclasses.replace(ctx.snapshot, tracks=tracks))
    msgs = build_messages(ctx, with_audio=True, token_budget=2048)
    assert count_message_tokens(msgs, estimate_tokens, audio_tokens(ctx)) <= 2048
    assert [message_text(m) for m in msgs[1:-1]] == [t.content for t in ctx.history[-2:]]
    grounding = grounding_of(msgs)
    assert "- 24 Track 24: fader -6.0 dB" in grounding  # every track is still named
    assert "Gain-Band 0=0.0, Gain-Band 1=1.0]" in grounding and "Gain-Band 2=" not in grounding


@pytest.mark.parametrize(
    ("names", "shown"),
    [
        (("Pre-comp", "RMS size", "Thresh", "Ratio"), "[Thresh=2, Ratio=3]"),
        (
            ("Sequence", "Equalizer mode"),
            "[Sequence=0, Equalizer mode=1]",
        ),  # none is a key name: the first ones
        (("Q-Band 1", "BW-Band 2"), "[Q-Band 1=0, BW-Band 2=1]"),
    ],
)
def test_key_fx_params(names: tuple[str, ...], shown: str) -> None:
    fx = Fx(0, "Plug", True, tuple(FxParam(i, n, 0.5, str(i)) for i, n in enumerate(names)))
    ctx = dataclasses.replace(
        sample_context(),
        snapshot=dataclasses.replace(sample_context().snapshot, tracks=(Track("{X}", 1, "X", fx=(fx,)),)),
    )
    assert f"FX: Plug {shown}" in build_grounding(ctx)


def test_grounding_puts_the_evidence_for_what_was_asked_first() -> None:
    from fakes.analyses import clean
    from fakes.band_sessions import context, level_finding, soul_snapshot

    harsh = Finding(FindingKind.HARSH, 0.8, "The upper mids, around 2500 Hz: 7.7 dB above typical.",
                    {"deviation_db": 7.7, "center_hz": 2500})  # fmt: skip
    vocal = level_finding("Lead Vocal", "lead vocals", -10.0)
    text = build_grounding(context("is the vocal too loud?", soul_snapshot(), clean(), (harsh, vocal)))
    lines = text.splitlines()
    assert lines[0] == "QUESTION FOCUS (answer what was asked, first)"
    assert (
        lines[1]
        == "- The amateur wants a yes/no judgement: say yes or no first, about the vocal and the complaint 'loud'"
    )
    assert (
        lines[2]
        == "- 'Lead Vocal': role lead_vocal; fader +0.0 dB; its meter averages -14.0 dBFS peak (the track's own)"
    )
    assert lines[3].startswith("  - balance finding [0.77]: 'Lead Vocal' sits about 10 dB quieter")
    move = next(line for line in lines if line.startswith("- the measured first move"))
    assert "Bring the fader on 'Lead Vocal' (it's at +0.0 dB now) up about 9 dB" in move
    assert lines.index(move) < lines.index(next(line for line in lines if line.startswith("LISTENING NOTES")))
    kick = build_grounding(context("the kick feels kind of lost", soul_snapshot(), clean(), (harsh,)))
    assert "- the kick has no track of its own: it plays inside 'Drums'" in kick.splitlines()
    gtr = build_grounding(context("how do I make the guitars wider?", soul_snapshot(), clean(), ()))
    assert any(line.startswith("- there is NO guitars in this session") for line in gtr.splitlines())
