"""The running overlay in-process (offscreen Qt, real threads, the real virtual REAPER, real UDP): the demo
loop (ask -> answer -> look -> Apply with its undo label -> Undo), `mixassist hear`, a lost REAPER, a model
that fails, a model streaming while the window closes."""

from __future__ import annotations

import argparse
import time

import pytest

from bridge.reaper.osc_control import send_ask
from gui.launch import App
from tests.fakes.openai_server import FakeOpenAIServer


def gui_args(**over) -> argparse.Namespace:
    base = dict(demo=True, port=0, resource_path=None, bridge_dir=None, audio=None, backend=None, model=None,
                adapter=None, lora=None, url=None, genre=None, target=None, quit_after=None)  # fmt: skip
    base.update(over)
    return argparse.Namespace(**base)


READY_MS = 60000
"""How long a test waits for the demo song to render on its helper thread: about 3 s on a quiet machine, 15.3 s on
a 2-core one running two question-bank streams beside the suite (how fast it starts is benchmarks/gui_latency.py's
measure, not a test's)."""


def shut(qtbot, running: App) -> None:
    """Close the app and delete its window inside the test that made it, so no later event reaches its plot's
    half-freed label items (a pyqtgraph LabelItem resized after its text item was freed segfaulted the next test, under
    load: once after the fixture's app, once after an app a test built itself)."""
    running.close()
    running.window.close()
    running.window.deleteLater()
    qtbot.wait(50)


@pytest.fixture
def app(qtbot, config_file):
    running = App(gui_args())
    try:
        qtbot.waitUntil(lambda: running.controller is not None, timeout=READY_MS)
    except BaseException:
        shut(qtbot, running)  # never leave its threads running into the next test (a later one aborted in Qt)
        raise
    yield running
    shut(qtbot, running)


def ask_and_wait(qtbot, app: App, question: str | None = None, via: str = "button"):
    with qtbot.waitSignal(app.controller.answered, timeout=15000) as answered:
        app.controller.ask(question, via)
    return answered.args[0]


def test_demo_loop_ask_look_apply_undo(qtbot, app) -> None:
    c, w = app.controller, app.window
    assert app.shown_s < 2.0 and w.isVisible()
    outcome = ask_and_wait(qtbot, app)
    turn = w.conversation.turns[outcome.job.job_id]
    assert turn.answer.text() == outcome.result.advice.text and "answered by rules" in turn.meta.text()
    # looking: the Mix view shows this clip's numbers and findings
    analysis = outcome.result.context.analysis
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: w.mix.gauges["integrated"].value is not None, timeout=2000)
    assert w.mix.gauges["integrated"].value == pytest.approx(analysis.integrated_lufs)
    assert w.mix.findings.count() == len(outcome.result.context.findings) > 0
    assert w.mix._track_gauges  # the demo session gives per-track levels
    # a one-click card: Apply reaches the virtual REAPER as one named undo step
    card = next(k for k in c.cards.values() if k.suggestion.command is not None)
    project = c.environment.project
    track = project.track(project.track_number(card.suggestion.command.track_guid))
    before_db = track.volume_db
    card.dial.setValue(50)
    card.apply_button.click()
    qtbot.waitUntil(lambda: card.result.text().startswith("Applied"), timeout=5000)
    label = card.applied.undo_label
    assert project.undo_labels()[-1] == label
    assert track.volume_db == pytest.approx(before_db + card.applied.value)
    assert abs(card.applied.value) == pytest.approx(abs(card.suggestion.command.value) * 0.5, abs=0.06)
    assert f"(undo: {label})" in card.result.text() and f"{before_db:+.1f} -> " in card.result.text()
    card.undo_button.click()
    qtbot.waitUntil(lambda: card.result.text().startswith("Undone"), timeout=5000)
    assert track.volume_db == pytest.approx(before_db) and label not in project.undo_labels()


def test_mixassist_hear_reaches_the_panel(qtbot, app) -> None:
    with qtbot.waitSignal(app.controller.answered, timeout=15000) as answered:
        assert send_ask("how is the low end?", port=app.mirror.port) == "ask"
    outcome = answered.args[0]
    assert outcome.job.via == "mixassist hear" and outcome.job.question == "how is the low end?"
    assert app.controller.latencies_s and app.controller.latencies_s[-1] > 0


def test_a_lost_reaper_is_a_message_and_the_app_goes_on(qtbot, app) -> None:
    ask_and_wait(qtbot, app)
    card = next(k for k in app.controller.cards.values() if k.suggestion.command is not None)
    app.controller.environment.reaper.stop()  # REAPER closes
    card.apply_button.click()
    qtbot.waitUntil(lambda: card.result.text().startswith("Not applied"), timeout=5000)
    assert "not running" in card.result.text() and card.apply_button.isEnabled()
    outcome = ask_and_wait(qtbot, app, "and now?")
    assert "The REAPER bridge is not running: using its last snapshot." in outcome.material.notes
    assert "using its last snapshot" in app.window.conversation.turns[outcome.job.job_id].meta.text()


def test_a_failing_model_falls_back_and_says_so(qtbot, config_file) -> None:
    with FakeOpenAIServer(mode="error500") as server:
        running = App(gui_args(backend="remote", url=server.url, model="mix-model"))
        try:
            qtbot.waitUntil(lambda: running.controller is not None, timeout=READY_MS)
            outcome = ask_and_wait(qtbot, running)
            meta = running.window.conversation.turns[outcome.job.job_id].meta.text()
            assert outcome.result.advice.fallback["from"] == "remote"
            assert "answered by rules (instead of remote:" in meta
        finally:
            shut(qtbot, running)


def test_a_streamed_answer_arrives_token_by_token_and_closing_mid_stream_is_clean(qtbot, config_file) -> None:
    pieces = tuple(f"word{i} " for i in range(40))
    with FakeOpenAIServer(mode="stream", reply=pieces, token_delay_s=0.05) as server:
        running = App(gui_args(backend="remote", url=server.url, model="mix-model"))
        qtbot.waitUntil(lambda: running.controller is not None, timeout=READY_MS)
        c = running.controller
        c.ask(None, "button")
        job_id = c.job_id
        qtbot.waitUntil(
            lambda: "word3" in running.window.conversation.turns[job_id].answer.text(), timeout=15000
        )
        assert "word39" not in running.window.conversation.turns[job_id].answer.text()  # still streaming
        started = time.monotonic()
        running.window.close()
        assert c._closed and not c.ask_thread.isRunning() and not c.bridge_thread.isRunning()
        assert time.monotonic() - started < 3.0  # the cancel flag ended the stream at its next token
        running.window.deleteLater()
        qtbot.wait(50)


def test_an_ask_heard_while_the_demo_still_renders_is_answered_once_ready(qtbot, config_file) -> None:
    running = App(gui_args())
    try:
        assert running.controller is None  # the demo song is still rendering on its helper thread
        assert send_ask("early question", port=running.mirror.port) == "ask"
        qtbot.waitUntil(lambda: running.controller is not None, timeout=READY_MS)
        with qtbot.waitSignal(running.controller.answered, timeout=15000) as answered:
            pass
        assert answered.args[0].job.question == "early question"
    finally:
        shut(qtbot, running)


def test_the_reaper_action_asks_through_the_bridge_folder(qtbot, app) -> None:
    import json
    import os

    folder = app.controller.environment.files.folder
    request = {
        "schema": "mixassist.request/1",
        "id": "hotkey1",
        "at": time.time(),
        "kind": "ask",
        "question": None,
    }
    (folder / "request_hotkey1.json.tmp").write_text(json.dumps(request))
    with qtbot.waitSignal(app.controller.answered, timeout=15000) as answered:
        os.replace(
            folder / "request_hotkey1.json.tmp", folder / "request_hotkey1.json"
        )  # as the Lua action does
    assert answered.args[0].job.via == "REAPER"
    assert not (folder / "request_hotkey1.json").exists()  # taken once


def test_the_panel_comes_back_where_the_user_left_it(qtbot, config_file) -> None:
    from companion.config import load_config, save_config

    save_config({"gui": {"geometry": [50, 40, 400, 500]}})
    running = App(gui_args())
    try:
        g = running.window.geometry()
        assert (g.x(), g.y(), g.width(), g.height()) == (50, 40, 400, 500)
        qtbot.waitUntil(lambda: running.controller is not None, timeout=READY_MS)
        running.window.move(60, 45)
        qtbot.waitUntil(lambda: load_config()["gui"]["geometry"][:2] == [60, 45], timeout=5000)
    finally:
        shut(qtbot, running)


def test_answers_are_recorded_and_thumbs_and_corrections_reach_the_session_log(qtbot, config_file) -> None:
    from companion.session import SessionLog

    running = App(gui_args(), open_log=lambda: SessionLog.open(source="gui"))
    try:
        qtbot.waitUntil(lambda: running.controller is not None, timeout=READY_MS)
        outcome = ask_and_wait(qtbot, running)
        assert outcome.turn is not None and outcome.turn.session.endswith(
            "-gui"
        )  # one session per day for the gui
        turn = running.window.conversation.turns[outcome.job.job_id]
        assert turn.up.isEnabled() and turn.correction.isEnabled()
        turn.down.click()
        turn.correction.setText("I pulled both guitars down 4 dB and high-passed them at 120 Hz")
        turn.save.click()
        log = running.controller.session_log

        def row() -> dict:
            rows = [r for r in log.rows() if int(r["turn_id"]) == outcome.turn.turn_id]
            return rows[0] if rows and rows[0]["corrected_assistant"] else {}

        qtbot.waitUntil(lambda: bool(row()), timeout=5000)
        stored = row()
        assert stored["feedback"] == "down" and stored["conversation_id"] == outcome.turn.conversation_id
        assert (
            stored["corrected_assistant"] == "I pulled both guitars down 4 dB and high-passed them at 120 Hz"
        )
        assert stored["assistant"] == outcome.result.advice.text and stored["backend"] == "rules"
    finally:
        shut(qtbot, running)


def test_without_a_session_log_feedback_says_so(qtbot, app) -> None:
    outcome = ask_and_wait(qtbot, app)
    turn = app.window.conversation.turns[outcome.job.job_id]
    assert not turn.up.isEnabled() and "session log not available" in turn.feedback_note.text()
