""" "What attack?" after talking about compressing the snare asks the snare compressor's attack: it was read as an
unclear question ("Better how, though?"), and "what ratio?" as a general compressor lesson, or the snare's
fader again. A bare setting leans on the part just discussed, as a setting, not as the part's level complaint."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Turn
from model.intent import classify
from model.rules import RulesAdvisor

HISTORY = (
    Turn("user", "snare sounds weak"),
    Turn("assistant", "Bring the fader on 'Snare' up about 6 dB."),
    Turn("user", "should i compress it more?"),
    Turn("assistant", "Not first: set the fader."),
)


@pytest.mark.parametrize(
    "question", ["what attack", "what ratio?", "what release should i use", "and the threshold?"]
)
def test_a_bare_setting_is_the_compressor_of_the_part_just_discussed(question: str) -> None:
    intent = classify(question, HISTORY)
    assert intent.technique == "compression" and intent.instruments == ("snare",) and intent.follow_up
    assert intent.complaint is None  # the setting, not the part's level complaint again


@pytest.mark.parametrize("question", ["the snare attack is weak", "when should i release the song"])
def test_attack_and_release_as_words_of_their_own_are_not_settings(question: str) -> None:
    assert classify(question).technique is None


def test_what_attack_gets_the_attack_engineers_ran_on_that_part() -> None:
    findings = (level_finding("Snare", "snares", -10.0, -17.6),)
    advice = RulesAdvisor().advise(context("what attack", rock_snapshot(), clean(), findings, HISTORY))
    # the level stays first while the part is at the wrong level (model.settings_level), then the settings
    assert "on snares, engineers ran a median" in advice.text.lower(), advice.text
    assert "attack 16 ms" in advice.text and "Better how" not in advice.text
