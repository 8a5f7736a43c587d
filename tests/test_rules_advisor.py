"""The built-in advisor: voice, numbers, the user's own tracks, and honesty about what was measured."""

from __future__ import annotations

import re

import pytest

from companion.context import Fx, FxParam, MixContext, Snapshot, StereoImage, Track, TrackLevel, Turn
from companion.listening.diagnosis import diagnose
from model.rules import RulesAdvisor
from tests.fakes.analyses import clean, tilted

EQ = Fx(0, "ReaEQ (Cockos)", True, (FxParam(0, "Freq-Band 1", 0.3, "300.0"),))
COMP = Fx(
    0, "ReaComp (Cockos)", True, (FxParam(0, "Thresh", 0.6, "-18.0"), FxParam(1, "Ratio", 0.1, "4.0:1"))
)


def session(vocal_db: float = -16.0) -> Snapshot:
    def t(i: int, name: str, avg: float, pan: float = 0.0, fx: tuple[Fx, ...] = ()) -> Track:
        return Track(f"{{G{i}}}", i, name, 0.0, pan, level=TrackLevel(avg, avg + 9, 20.0), fx=fx)

    return Snapshot(
        tracks=(
            t(1, "Kick", -18.0, fx=(EQ,)),
            t(2, "Snare", -19.0, fx=(EQ, COMP)),
            t(3, "Bass", -14.0, fx=(COMP,)),
            t(4, "Gtr L", -15.0, -0.3),
            t(5, "Gtr R", -15.0, 0.3),
            t(6, "Lead Vox", vocal_db),
        )
    )


def ask(question: str, analysis=None, snapshot: Snapshot | None = None, history: tuple[Turn, ...] = ()):
    analysis = clean() if analysis is None else analysis
    snap = session() if snapshot is None else snapshot
    ctx = MixContext(question, None, snap, analysis, tuple(diagnose(analysis, snap)), history)
    return RulesAdvisor().advise(ctx)


MUDDY = {"low_mid": 16.0}
"""Low-mids 16 dB up on the median real song: beyond the range real mixes of every family occupy (with no
genre given that range is broad: a 6 dB lift stays well inside it)."""


def words(text: str) -> int:
    return len(text.split())


def test_muddy_mix_names_the_guitars_with_numbers():
    advice = ask("What do you hear?", clean(**tilted(MUDDY)))
    text = advice.text
    assert "'Gtr L'" in text and "'Gtr R'" in text
    assert "no EQ" in text
    assert re.search(r"build-up of \d+(\.\d)? dB", text), text
    assert "315 Hz" in text or "300 Hz" in text
    assert 40 <= words(text) <= 120, words(text)
    hp = [s for s in advice.suggestions if s.action == "high_pass"]
    assert {s.track for s in hp} >= {"Gtr L", "Gtr R"}
    assert all(60 <= s.params["freq_hz"] <= 200 for s in hp)
    assert "LUFS" in advice.grounding and "Gtr L" in advice.grounding


def test_clean_mix_says_so_with_the_numbers():
    text = ask("What do you hear?").text
    assert "nothing in the numbers needs fixing" in text
    assert "-14.2 LUFS" in text
    assert words(text) <= 120


def test_buried_vocal_gets_a_one_click_fader_move():
    advice = ask("What do you hear?", snapshot=session(vocal_db=-34.0))
    assert "'Lead Vox'" in advice.text
    cmds = [s.command for s in advice.suggestions if s.command is not None]
    assert cmds and cmds[0].action == "nudge_volume_db"
    assert cmds[0].track_guid == "{G6}"
    assert 3.0 <= cmds[0].value <= 12.0
    assert cmds[0].undo_label.startswith("MixAssist: Lead Vox")


def test_silence_says_what_to_check():
    silent = clean(
        integrated_lufs=float("-inf"), sample_peak_dbfs=float("-inf"), true_peak_dbtp=float("-inf")
    )
    text = ask("What do you hear?", silent).text
    assert "REAPER" in text and "mixassist devices" in text
    assert "LUFS" not in text


def test_ambiguous_question_asks_one_clarifying_question():
    text = ask("make it better", clean(**tilted(MUDDY))).text
    assert text.count("?") == 1
    assert "low-mids" in text.lower()


def test_topic_without_measured_problem_is_honest():
    text = ask("How are the drums?").text
    assert text.startswith(
        "They're fine: nothing I measured says 'Kick' and 'Snare' are out of line."
    )  # one part, two tracks
    assert "'Kick' averages -18.0 dBFS peak" in text  # their own meters, said as theirs


def test_topic_with_problem_answers_it():
    advice = ask("how do the guitars sound?", clean(**tilted(MUDDY)))
    assert advice.text.startswith("Possibly: the low-mids")
    assert "on the whole mix" in advice.text  # a master number, said as the master's
    assert "'Gtr L'" in advice.text
    assert {s.track for s in advice.suggestions} >= {"Gtr L", "Gtr R"}


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("How should I compress the vocals?", ["'Lead Vox'", ":1"]),
        ("what ratio on the snare?", ["ReaComp", "4.0:1"]),
        ("should I high-pass the guitars?", ["high-passed", "Hz"]),
        ("how do I use a gate on drums", ["gat"]),
        ("explain sidechain", ["sidechain"]),
        ("how much reverb?", ["reverb"]),
        ("what about delay on the vocal", ["delay"]),
        ("how should I pan things", ["pan"]),
        ("how hard should I limit?", ["limit"]),
    ],
)
def test_technique_answers_explain_with_numbers(question, must):
    text = ask(question).text
    for m in must:
        assert m.lower() in text.lower(), (m, text)
    assert re.search(r"\d", text), text


def test_never_claims_to_hear():
    for q in ("What do you hear?", "How are the drums?", "how's the bass?"):
        for a in (clean(), clean(**tilted({"bass": 14.0})), clean(stereo=StereoImage(0.99, 0.004, 1.0, 0.0))):
            text = ask(q, a).text
            assert not re.search(r"\bI (can )?hear (a|the|some|too)\b", text), text


def test_explain_mode_adds_why():
    a = clean(**tilted(MUDDY))
    short = ask("what do you hear?", a).text
    long = ask("what do you hear? explain why", a).text
    assert "Why:" in long and "Why:" not in short


def test_loudness_question_answers_loudness():
    fine = ask("Is it loud enough for Spotify?").text
    assert fine.startswith("Yes: -14.2 LUFS") and "-14 LUFS" in fine
    loud = ask("is it loud enough for spotify?", clean(integrated_lufs=-8.0, plr_db=7.0)).text
    assert loud.startswith("More than enough, too loud in fact:") and "-8.0 LUFS" in loud
    too = ask("is my mix too loud?", clean(integrated_lufs=-8.0, plr_db=7.0)).text
    assert too.startswith("Yes:") and "-8.0 LUFS" in too
    # a tonal problem does not hijack a loudness question
    muddy = ask("is the master loud enough?", clean(**tilted(MUDDY))).text
    assert muddy.startswith("Yes:")
