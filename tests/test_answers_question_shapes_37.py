"""A raise asked beside a lack word ("kick sounds small, turn it up more?", "bass feels tiny, bump it up?") is a
yes/no on the move: when the part measures too LOUD the answer is "No, the opposite" with a cut, whatever the
lack word (small, tiny, puny) made of the complaint; blind set 26 had two answers open "Yes:" above a cut."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, soul_snapshot

from model.intent import classify
from model.rules import RulesAdvisor

RHODES_LOUD = level_finding("Rhodes", "keys", 10.0)
RHODES_QUIET = level_finding("Rhodes", "keys", -10.0)


@pytest.mark.parametrize(
    "question",
    ["bump the rhodes up?", "crank the rhodes up a bit?", "lift the rhodes up some?", "jack up the rhodes?"],
)
def test_more_raise_verbs_ask_for_a_raise(question: str) -> None:
    assert classify(question).asks_raise, question


@pytest.mark.parametrize(
    "question",
    [
        "rhodes sounds kinda small, turn it up more?",
        "the rhodes feels tiny, bump it up a touch?",
        "rhodes feels puny, crank it up a bit?",
    ],
)
def test_a_raise_asked_on_a_part_too_loud_is_the_opposite(question: str) -> None:
    advice = RulesAdvisor().advise(context(question, soul_snapshot(), clean(), (RHODES_LOUD,)))
    assert advice.text.startswith("No, the opposite: 'Rhodes' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Rhodes" and advice.suggestions[0].params["delta_db"] < 0
    # the same words on a part too quiet: yes, raise it
    advice = RulesAdvisor().advise(context(question, soul_snapshot(), clean(), (RHODES_QUIET,)))
    assert advice.text.startswith("Yes: 'Rhodes' sits about 10 dB quieter"), advice.text
    assert advice.suggestions[0].params["delta_db"] > 0
