""" "Not the vocal, the harmony" was answered on the lead vocal, the part taken back. A part after a
clause-opening "not" is a correction, dropped when another part is named; a contrast ("and not") is not."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Turn
from model.intent import classify
from model.rules import RulesAdvisor


@pytest.mark.parametrize(
    ("question", "parts"),
    [("not the vocal, the harmony", ("backing vocals",)), ("i meant the harmony not the vocal", ("backing vocals",)),
     ("not the bass i mean the kick", ("kick",)), ("it's not the kick that's too loud, it's the snare", ("snare",)),
     ("why that guitar and not the vocal?", ("guitar", "vocal")), ("not the vocal", ("vocal",))],
)  # fmt: skip
def test_a_part_taken_back_is_not_asked_about(question: str, parts: tuple[str, ...]) -> None:
    assert classify(question).instruments == parts


def test_a_correction_asks_the_last_question_of_the_part_it_names() -> None:
    history = (
        Turn("user", "is the kick too loud"),
        Turn("assistant", "No: nothing I measured says 'Kick' is."),
    )
    intent = classify("sorry, not the kick, i meant the snare", history)
    assert intent.instruments == ("snare",) and intent.complaint == "loud" and intent.follow_up


def test_the_answer_is_on_the_part_named() -> None:
    findings = (level_finding("Snare", "snares", 10.0, 2.0),)
    history = (
        Turn("user", "is the kick too loud"),
        Turn("assistant", "No: nothing I measured says 'Kick' is."),
    )
    advice = RulesAdvisor().advise(
        context("not the kick, the snare", rock_snapshot(), clean(), findings, history)
    )
    assert advice.text.split(".")[0].count("'Snare'") and "'Kick'" not in advice.text.split(".")[0], (
        advice.text
    )
    assert advice.suggestions[0].track == "Snare"
