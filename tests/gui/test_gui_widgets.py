"""The overlay's widgets on a real (offscreen) Qt: flags, collapse, cards, conversation, the Mix view,
settings, previews and the MIDI mapping. Numbers are measured on real signals, not mocked."""

from __future__ import annotations

import numpy as np
import pytest
from PyQt6.QtCore import Qt

from companion.config import load_config, save_config
from companion.context import Advice, BridgeCommand, Finding, FindingKind, Suggestion
from companion.errors import BadInput
from gui.cards import SuggestionCard, describe
from gui.conversation import NO_LOG, ConversationView
from gui.environment import Material
from gui.mixview import MixView
from gui.preview import NoPreview, process, render_ab
from gui.settings import validate
from gui.triggers import MidiInput, MidiTrigger, Relay
from gui.window import COLLAPSED_HEIGHT, OverlayWindow
from gui.worker import ApplyOutcome, describe_change, scaled_command
from tests.analysis_signals import music_like

RATE = 48000
VOX = Suggestion(
    "nudge_volume_db",
    "Lead Vox",
    {"delta_db": 11.0},
    "'Lead Vox' sits about 12 dB under where lead vocals usually sit.",
    BridgeCommand("nudge_volume_db", "{V}", 11.0, undo_label="MixAssist: Lead Vox +11.0 dB"),
)
EQ = Suggestion("eq_band", "Gtr L", {"freq_hz": 1000, "gain_db": -6.0, "q": 1.0}, "clears the mud")


def level_db(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(np.square(x, dtype=np.float64)))))


def sine(freq_hz: float, seconds: float = 2.0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return np.repeat((0.3 * np.sin(2 * np.pi * freq_hz * t))[:, None], 2, axis=1).astype(np.float32)


def test_window_never_takes_the_focus_and_stays_on_top(qtbot) -> None:
    w = OverlayWindow()
    qtbot.addWidget(w)
    flags = w.windowFlags()
    for flag in (
        Qt.WindowType.FramelessWindowHint,
        Qt.WindowType.WindowStaysOnTopHint,
        Qt.WindowType.Tool,
        Qt.WindowType.WindowDoesNotAcceptFocus,
    ):
        assert flags & flag, flag
    assert w.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert w.hear_button.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_collapse_keeps_only_the_header_and_expand_restores(qtbot) -> None:
    w = OverlayWindow()
    qtbot.addWidget(w)
    w.show()
    w.resize(440, 700)
    w.set_collapsed(True)
    assert w.collapsed and w.height() == COLLAPSED_HEIGHT
    w.set_collapsed(False)
    assert not w.collapsed and w.height() == 700


def test_strength_knob_scales_the_card_and_the_command(qtbot) -> None:
    card = SuggestionCard(1, VOX)
    qtbot.addWidget(card)
    assert card.title.text() == "Lead Vox: fader +11.0 dB"
    card.dial.setValue(50)
    assert card.title.text() == "Lead Vox: fader +5.5 dB" and card.strength_label.text() == "50 %"
    with qtbot.waitSignal(card.apply_requested) as sent:
        card.apply_button.click()
    assert sent.args[0] == 1 and sent.args[2] == pytest.approx(0.5)
    command = scaled_command(VOX, 0.5)
    assert command.value == 5.5 and command.undo_label == "MixAssist: Lead Vox +5.5 dB"
    assert scaled_command(VOX, 0.1).value == pytest.approx(2.8)  # the knob's floor is 25 %


def test_card_shows_before_after_then_undo(qtbot) -> None:
    card = SuggestionCard(7, VOX)
    qtbot.addWidget(card)
    command = scaled_command(VOX, 1.0)
    text = "Applied: " + describe_change({"volume_db": -9.5}, {"volume_db": 1.5})
    card.show_result(ApplyOutcome(7, True, text, command, {"volume_db": -9.5}, {"volume_db": 1.5}))
    assert "volume -9.5 -> +1.5 dB" in card.result.text()
    assert card.undo_button.isVisibleTo(card) and not card.apply_button.isEnabled()
    with qtbot.waitSignal(card.undo_requested) as sent:
        card.undo_button.click()
    assert sent.args[1] is command
    card.show_result(ApplyOutcome(7, True, "Undone in REAPER", command, undone=True))
    assert card.apply_button.isEnabled() and not card.undo_button.isVisibleTo(card)


def test_card_without_a_bridge_command_cannot_apply_but_can_preview(qtbot) -> None:
    card = SuggestionCard(2, EQ)
    qtbot.addWidget(card)
    assert not card.apply_button.isEnabled() and card.b_button.isEnabled()
    assert describe(EQ, 0.5) == "Gtr L: EQ -3.0 dB at 1000 Hz, Q 1.0"
    low_pass = Suggestion("low_pass", "Gtr L", {"freq_hz": 8500, "slope_db_oct": 12}, "")
    assert (
        describe(low_pass, 0.5) == "Gtr L: low-pass at 17000 Hz, 12 dB/oct"
    )  # a gentler low-pass sits higher
    card.findChildren(type(card.apply_button))[4].click()  # Why?
    assert card.why.isVisibleTo(card) and "mud" in card.why.text()


def test_conversation_streams_tokens_and_shows_fallback_and_checks(qtbot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.add_question(1, "how loud is it?", "typed")
    for piece in ("It is ", "-6 ", "LUFS."):
        view.append_token(1, piece)
    assert view.turns[1].answer.text() == "It is "  # the first words at once, the rest gathered
    qtbot.waitUntil(lambda: view.turns[1].answer.text() == "It is -6 LUFS.", timeout=1000)

    class Result:
        advice = Advice("It is -6 LUFS.", backend="rules", fallback={"from": "remote", "reason": "HTTP 500"})

        def to_json_dict(self):
            return {"checks": [{"claim": "-6 LUFS", "quantity": "integrated_lufs", "track": None, "stated": -6.0,
                                "measured": -14.0, "ok": False}]}  # fmt: skip

    view.finish(1, Result(), ("No live audio this time.",), log_note=NO_LOG, turn=None)
    turn = view.turns[1]
    assert "answered by rules (instead of remote: HTTP 500)" in turn.meta.text()
    assert "No live audio this time." in turn.meta.text()
    assert turn.measured.text() == "measured: integrated lufs -14.0 (the answer said -6.0)"
    assert not turn.up.isEnabled() and turn.feedback_note.text() == NO_LOG


def test_feedback_is_emitted_with_the_turn_when_a_log_exists(qtbot) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.add_question(3, "and the snare?", "button")

    class Result:
        advice = Advice("Snare is fine.")

        def to_json_dict(self):
            return {}

    from companion.session import TurnRef

    ref = TurnRef("gui-2026-11-29", "gui-2026-11-29_conv1", 3)
    view.finish(3, Result(), (), log_note=None, turn=ref)
    turn = view.turns[3]
    with qtbot.waitSignal(view.feedback) as voted:
        turn.down.click()
    assert voted.args == [ref, "down", None]
    turn.correction.setText("I cut 2 dB at 200 Hz on the snare instead")
    with qtbot.waitSignal(view.feedback) as corrected:
        turn.save.click()
    assert corrected.args == [ref, "down", "I cut 2 dB at 200 Hz on the snare instead"]


def test_mix_view_draws_one_analysed_clip(qtbot) -> None:
    from companion.listening.analysis import analyze
    from companion.listening.diagnosis import diagnose

    clip = music_like(8.0, RATE, seed=5)
    analysis = analyze(clip, RATE)
    findings = (
        *diagnose(analysis, None, target="spotify"),
        Finding(
            FindingKind.HARSH, 0.8, "Harsh at 3 kHz.", {"deviation_db": 4.2, "compared_with": "rock curve"}
        ),
    )
    view = MixView()
    qtbot.addWidget(view)
    view.show_result(analysis, findings, None, "spotify")
    assert view.gauges["integrated"].value is None and view.findings.count() == 0  # hidden: drawn when shown
    view.show()
    qtbot.waitUntil(lambda: view.findings.count() == len(findings), timeout=2000)
    assert view.gauges["integrated"].value == pytest.approx(analysis.integrated_lufs)
    assert view.gauges["integrated"].marker == -14.0
    assert view.findings.count() == len(findings)
    assert view.findings.item(0).text().startswith("0.80  harsh")  # most severe first
    view.findings.setCurrentRow(0)
    assert "deviation db 4.20" in view.detail.text() and "Compared with: rock curve" in view.detail.text()
    assert len(view.plot.listDataItems()) >= 3  # range edges, the clip, (out-of-range marks)


def test_settings_are_checked_then_saved_as_toml(config_file) -> None:
    good = {"backend": "remote", "url": "http://127.0.0.1:8000/v1", "target": "apple", "genre": "rock",
            "capture_backend": "reastream", "intervention": "nudge", "midi_ask": "note:60", "midi_apply": "cc:21"}  # fmt: skip
    updates = validate(good)
    save_config(updates)
    config = load_config()
    assert config["backend"] == "remote" and config["target"] == "apple" and config["genre"] == "rock"
    assert config["model"]["remote"]["url"] == "http://127.0.0.1:8000/v1"
    assert config["gui"]["midi_ask"] == "note:60" and config["gui"]["intervention"] == "nudge"
    assert config["osc"]["listen_port"] == 9000  # defaults still under what the user saved
    save_config({"gui": {"geometry": [10, 20, 400, 600]}})
    assert load_config()["gui"]["geometry"] == [10, 20, 400, 600] and load_config()["target"] == "apple"
    for bad, message in (
        ({"genre": "polka-metal"}, "unknown genre"),
        ({"backend": "remote"}, "needs the server's URL"),
        ({"midi_ask": "pitch:3"}, "use note:N or cc:N"),
        ({"reference_track": "/no/such.wav"}, "no such file"),
    ):
        with pytest.raises(BadInput, match=message):
            validate({**good, **bad} if "backend" not in bad else {**good, "url": "", **bad})


def test_midi_mapping_matches_only_its_note_or_cc() -> None:
    mido = pytest.importorskip("mido")
    ask = MidiTrigger.parse("note:60")
    assert ask.matches(mido.Message("note_on", note=60, velocity=90))
    assert not ask.matches(mido.Message("note_on", note=60, velocity=0))  # a note-off in disguise
    assert not ask.matches(mido.Message("note_on", note=61, velocity=90))
    apply = MidiTrigger.parse("CC:21")
    assert apply.matches(mido.Message("control_change", control=21, value=127))
    assert not apply.matches(mido.Message("control_change", control=21, value=10))
    with pytest.raises(ValueError):
        MidiTrigger.parse("note:128")


def test_midi_input_hands_over_and_says_why_when_it_cannot_open(qtbot) -> None:
    mido = pytest.importorskip("mido")
    relay = Relay()
    midi = MidiInput("No Such Port", "note:60", "cc:21", relay)
    with qtbot.waitSignal(relay.ask) as asked:
        midi.handle(mido.Message("note_on", note=60, velocity=100))
    assert asked.args == [None, "MIDI"]
    with qtbot.waitSignal(relay.apply_top):
        midi.handle(mido.Message("control_change", control=21, value=100))
    midi.start()
    assert midi.port is None and midi.reason  # no such port here (or no MIDI system at all): one line


def test_preview_eq_and_gain_change_the_level_by_the_suggested_amount() -> None:
    tone = sine(1000.0)
    cut = process(tone, RATE, EQ, 1.0)
    assert level_db(cut) - level_db(tone) == pytest.approx(-6.0, abs=0.1)
    half = process(tone, RATE, EQ, 0.5)
    assert level_db(half) - level_db(tone) == pytest.approx(-3.0, abs=0.1)
    up = process(tone, RATE, VOX, 1.0)
    assert level_db(up) - level_db(tone) == pytest.approx(11.0, abs=0.01)
    hp = Suggestion("high_pass", "Gtr L", {"freq_hz": 110, "slope_db_oct": 12}, "")
    assert level_db(process(sine(40.0), RATE, hp, 1.0)[RATE // 2 :]) < level_db(sine(40.0)) - 14.0
    lp = Suggestion("low_pass", "Gtr L", {"freq_hz": 4000, "slope_db_oct": 12}, "")
    assert level_db(process(sine(20000.0), RATE, lp, 1.0)[RATE // 2 :]) < level_db(sine(20000.0)) - 14.0
    assert level_db(process(tone, RATE, lp, 1.0)[RATE // 2 :]) == pytest.approx(level_db(tone), abs=0.1)
    with pytest.raises(NoPreview):
        process(tone, RATE, Suggestion("compressor", None, {}, ""), 1.0)


def test_preview_processes_only_the_track_when_the_session_gives_stems() -> None:
    from companion.context import AudioClip

    gtr, vox = sine(1000.0, 9.0), sine(300.0, 9.0)
    clip = AudioClip((gtr + vox).astype(np.float32), RATE, "demo")
    a, b, rate, note = render_ab(EQ, Material(clip, None, (), {"Gtr L": gtr, "Lead Vox": vox}), 1.0)
    assert rate == RATE and a.shape[0] == 8 * RATE and "only 'Gtr L'" in note
    spectrum = lambda x, hz: np.abs(np.fft.rfft(x[:, 0]))[int(hz * x.shape[0] / RATE)]  # noqa: E731
    assert 20 * np.log10(spectrum(b, 1000) / spectrum(a, 1000)) == pytest.approx(-6.0, abs=0.3)
    assert 20 * np.log10(spectrum(b, 300) / spectrum(a, 300)) == pytest.approx(0.0, abs=0.3)
    a, b, _, note = render_ab(EQ, Material(clip, None, ()), 1.0)
    assert "whole mix" in note


def test_no_output_device_is_said_in_one_line() -> None:
    """In a process of its own: sounddevice initialises PortAudio at import and keeps that device list, which
    would hide devices that tests started later (the private PulseAudio daemon) from this process."""
    import subprocess
    import sys

    code = (
        "from gui.preview import NoOutput, output_device_name\n"
        "try:\n    print('device:', output_device_name())\n"
        "except NoOutput as exc:\n    print('none:', exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout
    assert len(out.strip().splitlines()) == 1, out
    if out.startswith("none:"):
        assert "no audio output device to preview on" in out
    else:  # a machine with a sound card: its name is what the panel shows
        assert out.startswith("device: ") and len(out.strip()) > len("device: ")


@pytest.mark.parametrize(
    ("reaper", "expected"),
    [
        (None, (1592 - 440, 8)),  # no REAPER: the right edge of the screen
        ((0, 0, 1000, 900), (1008, 0)),  # room on the right of REAPER
        ((600, 50, 1000, 900), (152, 50)),  # REAPER on the right half: on its left
        ((0, 0, 1600, 1000), (1152, 40)),  # REAPER full screen: inside its right edge
    ],
)
def test_dock_beside_reaper_or_at_the_screen_edge(reaper, expected) -> None:
    from gui.placement import Rect, dock_beside

    screen = Rect(0, 0, 1600, 1000)
    assert dock_beside(None if reaper is None else Rect(*reaper), screen, (440, 720)) == expected


def test_settings_dialog_saves_what_it_checked(qtbot, config_file) -> None:
    from gui.settings import SettingsDialog

    dialog = SettingsDialog(load_config())
    qtbot.addWidget(dialog)
    dialog.fields["genre"].setCurrentText("polka-metal")
    dialog._save()
    assert "unknown genre" in dialog.error.text() and dialog.updates is None  # said in the dialog, not saved
    dialog.fields["genre"].setCurrentText("rock")
    dialog.fields["intervention"].setCurrentIndex(1)
    dialog.fields["hotkey"].setText("<ctrl>+<alt>+h")
    dialog._save()
    assert dialog.updates["genre"] == "rock" and dialog.updates["gui"]["intervention"] == "nudge"
    assert dialog.updates["gui"]["hotkey"] == "<ctrl>+<alt>+h"


def test_gentle_nudge_reports_a_problem_of_at_least_0_7(qtbot) -> None:
    from gui.demo_session import DemoEnvironment
    from gui.worker import AdvisorSettings, AskWorker

    env = DemoEnvironment().start()
    try:
        qtbot.waitUntil(env.files.is_alive, timeout=10000)  # the session (and its track levels) is there
        worker = AskWorker(env, AdvisorSettings(genre=env.genre))
        with qtbot.waitSignal(worker.nudge, timeout=10000) as nudged:
            worker.listen_for_problems()
        kind, track, summary = nudged.args
        assert kind in ("track_too_loud", "track_too_quiet") and track in summary
    finally:
        env.close()


def test_track_rows_use_loudness_when_the_track_meter_gives_it() -> None:
    from dataclasses import replace

    from companion.synth.demo import render_demo
    from gui.mixdata import track_rows

    demo = render_demo().snapshot  # it carries the track meter's loudness: take it out for the peaks case
    snapshot = replace(
        demo,
        tracks=tuple(replace(t, level=replace(t.level, lufs=None)) if t.level else t for t in demo.tracks),
    )
    peaks = track_rows(snapshot)
    assert peaks and {r.unit for r in peaks} == {"dB"}
    by_name = {r.name: r for r in peaks}
    assert (
        by_name["Lead Vox"].deviation_db < -6 and by_name["Gtr L"].deviation_db > 4
    )  # what the demo planted
    tracks = tuple(
        replace(t, level=replace(t.level, lufs=t.level.avg_peak_db - 6.0)) if t.level else t
        for t in snapshot.tracks
    )
    loud = track_rows(replace(snapshot, tracks=tracks))
    assert {r.unit for r in loud} == {"LUFS"}
    assert {r.name: round(r.level_db, 1) for r in loud} == {r.name: round(r.level_db - 6.0, 1) for r in peaks}


def test_the_reference_track_setting_reaches_the_answer_and_a_missing_one_is_said(qtbot, tmp_path) -> None:
    """The Settings field is used, not decorative: the answer's analysis is judged against that file, and
    a file that went missing is said in the panel while the answer still comes (against the genre range)."""
    import soundfile as sf

    from gui.demo_session import DemoEnvironment
    from gui.worker import AdvisorSettings, AskJob, AskWorker

    song = tmp_path / "my reference.wav"
    sf.write(song, music_like(12.0, RATE, seed=5), RATE)
    env = DemoEnvironment().start()
    try:
        qtbot.waitUntil(env.files.is_alive, timeout=10000)
        worker = AskWorker(env, AdvisorSettings(genre=env.genre, reference_track=str(song)))
        with qtbot.waitSignal(worker.answered, timeout=20000) as answered:
            worker.ask(AskJob(1, "how does it compare?", "typed", 0.0))
        ctx = answered.args[0].result.context
        assert ctx.analysis.extra["reference_track"] == "my reference.wav"
        assert worker.companion.reference.name == "my reference.wav"

        gone = AskWorker(env, AdvisorSettings(genre=env.genre, reference_track=str(tmp_path / "gone.wav")))
        notices: list[str] = []
        gone.notice.connect(notices.append)
        with qtbot.waitSignal(gone.answered, timeout=20000) as answered:
            gone.ask(AskJob(2, None, "button", 0.0))
        assert notices and "Reference track not used" in notices[0] and "no such file" in notices[0]
        assert "reference_track" not in answered.args[0].result.context.analysis.extra
    finally:
        env.close()
