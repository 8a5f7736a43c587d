"""A part asked to sit, blend or fit ("how do I make the vocal sit better?") with nothing about it measured as a
fault gets the ways to seat it (its level said fine, a compressor, the high-pass and reverb where they suit, a
slot against the other low part for a bass), not a bare "It's fine"; another part far too loud is named first,
with its fader card."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, soul_snapshot

from model.rules import RulesAdvisor

RHODES_LOUD = level_finding("Rhodes", "keys", 10.0)


def _ask(question: str, findings: tuple = ()):  # type: ignore[no-untyped-def]
    return RulesAdvisor().advise(context(question, soul_snapshot(), clean(), findings))


def test_a_part_with_no_fault_gets_the_ways_to_seat_it() -> None:
    advice = _ask("how can i get the horns to blend in")
    text = advice.text
    assert text.startswith("Its level is already where real mixes put it"), text
    assert "To seat 'Horns'" in text and "compressor" in text and "same reverb" in text, text
    assert advice.suggestions == ()


def test_a_bass_is_seated_against_the_kick() -> None:
    text = _ask("how do i get the bass to gel with the drums").text
    assert "To seat 'Bass' against the kick" in text and "sidechain" in text and "50-130 Hz" in text, text
    assert "same reverb" not in text  # the low end stays dry


def test_another_part_too_loud_is_named_first_with_its_card() -> None:
    advice = _ask("how do i make the vocal sit better", (RHODES_LOUD,))
    assert "What keeps it from sitting is 'Rhodes'" in advice.text, advice.text
    card = advice.suggestions[0]
    assert card.track == "Rhodes" and card.params["delta_db"] < 0


def test_a_tone_asked_for_is_not_a_seat() -> None:
    assert not _ask("how do i make the vocal warmer").text.startswith("Its level is already")
