"""Question shapes met by a new user: a level asked both ways on one part ("too loud or too quiet"), a cause
guessed on one part for a symptom on another with the guess wrong (or right), one size offered after a move
("would -4 be enough?"), a boost asked at a frequency on a part whose fader is the fault, and what to leave alone
among some parts ("on the drums")."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Turn
from model.intent_forms import hz_move
from model.level_both_ways import both_ways_clause
from model.rules import RulesAdvisor
from model.size_enough import offered_size


def _ask(question: str, findings=(), history: tuple[Turn, ...] = ()):
    return RulesAdvisor().advise(context(question, rock_snapshot(), clean(), tuple(findings), history))


@pytest.mark.parametrize(
    ("question", "clause"),
    [("is the snare too loud or too quiet", "is the snare too loud or too quiet"),
     ("vocal's lost, are the keys too low or too hot?", "are the keys too low or too hot"),
     ("is the bass loud enough or too loud", "is the bass loud enough or too loud"),
     ("is the snare too loud", None), ("is it the kick or the snare that's too loud", None)],
)  # fmt: skip
def test_a_level_offered_both_ways(question: str, clause: str | None) -> None:
    assert both_ways_clause(question) == clause


def test_both_ways_on_a_part_too_loud_picks_too_loud() -> None:
    advice = _ask("is the keys too quiet or too loud?", [level_finding("Keys", "keys", 9.0)])
    assert advice.text.startswith("Too loud: 'Keys' sits about 9 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] < 0


def test_both_ways_on_a_part_in_place_is_neither_then_what_is_off() -> None:
    advice = _ask(
        "vocal's lost, are the keys too loud or too quiet?", [level_finding("Lead Vox", "lead vocals", -9.0)]
    )
    assert advice.text.startswith("Neither: nothing I measured says 'Keys' is too loud or too quiet."), (
        advice.text
    )
    assert "What is off: 'Lead Vox' sits about 9 dB quieter" in advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] > 0


def test_a_wrong_guess_on_a_clean_mix_is_cleared_by_name() -> None:
    advice = _ask("the bass has no punch, is the kick too loud")
    assert advice.text.startswith("No: nothing I measured says 'Kick' is too loud."), advice.text
    assert not advice.suggestions


def test_a_right_guess_leads_with_its_fault() -> None:
    advice = _ask("cant hear the bass, is the kick too loud", [level_finding("Kick", "kick drums", 10.0)])
    assert advice.text.startswith("Yes, it's 'Kick': 'Kick' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "offered"),
    [("would -4 be enough?", (4.0, "down")), ("is 3 dB plenty", (3.0, None)), ("would +2 do it", (2.0, "up")),
     ("would 3 or 6 be enough", None), ("is it enough", None), ("is 2k enough", None),
     ("will -14 LUFS be enough", None)],
)  # fmt: skip
def test_one_size_offered(question: str, offered: tuple[float, str | None] | None) -> None:
    assert offered_size(question) == offered


def _after_bass_up(question: str):
    findings = [level_finding("Bass", "basses", -10.0)]
    first = _ask("is the bass too quiet?", findings)
    history = (Turn("user", "is the bass too quiet?"), Turn("assistant", first.text))
    return _ask(question, findings, history)


def test_a_size_offered_the_wrong_way_is_a_no() -> None:
    advice = _after_bass_up("would -4 be enough?")
    assert advice.text.startswith("No: it needs to come up, not down: about 9 dB up."), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == 9.0


def test_a_size_short_of_the_move_is_not_quite() -> None:
    advice = _after_bass_up("is 4 enough?")
    assert advice.text.startswith("Not quite: about 9 dB."), advice.text


@pytest.mark.parametrize(
    ("question", "move"),
    [("should i boost the snare at 200", True), ("cut the keys around 300hz?", True),
     ("boost the vocal at 2 dB", False), ("should i boost the snare", False)],
)  # fmt: skip
def test_a_boost_at_a_frequency_is_an_eq_move(question: str, move: bool) -> None:
    assert hz_move(question) is move


def test_a_boost_at_a_frequency_on_a_part_too_quiet_is_fader_first() -> None:
    advice = _ask("should i boost the snare at 200", [level_finding("Snare", "snares", -10.0)])
    assert advice.text.startswith("Not first:"), advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] > 0


def test_leave_alone_among_named_parts() -> None:
    advice = _ask(
        "what should i leave alone on the guitars", [level_finding("Gtr L", "electric guitars", 9.0)]
    )
    assert advice.text.startswith("Leave 'Gtr R' as it is:"), advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] < 0
    fine = _ask("what can i leave alone on the guitars?")
    assert fine.text.startswith("All of them: nothing I measured on 'Gtr L' and 'Gtr R' needs changing"), (
        fine.text
    )
