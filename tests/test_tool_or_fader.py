"""An either/or between a tool and the fader ("is it the eq or just the fader", "an eq thing or a level thing",
"compressor or the fader?") is answered with the side measured on the part, named against the other: the fader
for a part at the wrong level, the EQ for a part whose level is fine and whose tone (or a part covering it) is
off, neither on a clean part; a level claimed before it ("thats too much innit?") gets its yes or no first."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, guitar_masks_vocal, level_finding

from model.intent_forms import BLANKET
from model.tool_or_fader import offered

Q2701 = "snare's cracking like a whip every bar, thats too much innit? is it the eq or just the fader"


@pytest.mark.parametrize(
    ("question", "tool", "level"),
    [
        (Q2701, "the EQ", "fader"),
        ("is the snare an eq thing or a level thing?", "the EQ", "level"),
        ("snare too loud, is it the compressor or just the fader?", "compression", "fader"),
        ("is it a tone thing with the fiddle or is it just too loud", "the tone", "loud"),
        ("kick has no punch, is it the level or do i need compression", "compression", "level"),
        ("kick's eating the low end, turn it down or squash it with a comp?", "compression", "fader"),
        ("guitar sounds off, eq or just the fader?", "the EQ", "fader"),
    ],
)
def test_a_tool_and_the_fader_offered_as_the_two_answers_are_read_as_one_choice(question, tool, level):
    found = offered(question)
    assert found is not None and found[:2] == (tool, level), (question, found)


@pytest.mark.parametrize(
    "question",
    [
        "should i eq the pad or just turn it down",  # two moves offered: its route says which to make
        "is the vocal level ok or should i eq it",  # a good state or a move
        "is it too loud or too bright",  # no tool offered
        "is the eq or the compressor doing that",  # no fader offered
        "is the eq level fine or not",  # one side names both
    ],
)
def test_other_either_ors_are_not_a_tool_or_fader_choice(question):
    assert offered(question) is None, question


def test_every_bar_is_how_often_a_part_plays_not_a_habit_on_every_track():
    for q in (Q2701, "the kick hits every beat way too hard", "every so often the vocal jumps out"):
        assert BLANKET.search(q) is None, q
    for q in ("should i eq every track", "a de-esser on every vocal?", "compress everything by default?"):
        assert BLANKET.search(q) is not None, q


def test_a_part_too_loud_is_the_fader_not_the_eq_with_the_claim_answered_first():
    snare = level_finding("Snare", "snares", 10.0)
    advice = advise_rock(Q2701, (snare,))
    assert advice.text.startswith(
        "Yes, too loud, and it's the fader, not the EQ: 'Snare' sits about 10 dB"
    ), advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -9.0
    # the EQ's own bands, read from the session, back the pick
    assert "Your ReaEQ on 'Snare' has no boost of 3 dB or more" in advice.text, advice.text
    level_thing = advise_rock("is the snare an eq thing or a level thing?", (snare,))
    assert level_thing.text.startswith("It's the level, too loud, not the EQ: 'Snare' sits about 10 dB"), (
        level_thing.text
    )
    comp = advise_rock("snare too loud, is it the compressor or just the fader?", (snare,))
    assert comp.text.startswith("Yes, too loud, and it's the fader, not compression:"), comp.text
    assert "'Snare' has ReaComp" in comp.text  # the compressor the session shows, said after


def test_a_part_too_quiet_claimed_too_loud_gets_the_opposite_then_the_fader():
    quiet = level_finding("Snare", "snares", -10.0)
    advice = advise_rock(Q2701, (quiet,))
    assert advice.text.startswith("No, the opposite: too quiet, and it's the fader, not the EQ:"), advice.text
    assert advice.suggestions[0].params["delta_db"] == 9.0
    said = advise_rock("is the snare too quiet or does it need eq", (quiet,))
    assert said.text.startswith("It's too quiet, not the EQ: 'Snare' sits about 10 dB quieter"), said.text


def test_a_clean_part_needs_neither_and_gets_no_card():
    advice = advise_rock(Q2701)
    assert advice.text.startswith(
        "No, and neither needs changing: nothing I measured says 'Snare' is too loud."
    ), advice.text
    assert not advice.suggestions
    plain = advise_rock("is the snare an eq thing or a level thing?")
    assert plain.text.startswith("Neither, as far as I can measure: nothing I measured says 'Snare'"), (
        plain.text
    )
    assert "Its meter averages -19.0 dBFS peak" in plain.text and not plain.suggestions


def test_a_tone_fault_at_a_fine_level_is_the_eq_with_its_move():
    mask = guitar_masks_vocal()
    advice = advise_rock("is the guitar an eq thing or a level thing?", (mask,))
    assert advice.text.startswith("It's the EQ, not the level: 'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz."), (
        advice.text
    )
    card = advice.suggestions[0]
    assert card.action == "eq_band" and card.track == "Gtr L" and card.params["gain_db"] < 0
    # the vocal asked about is fine itself: the part covering it is named with its side
    vocal = advise_rock("vocal's buried, is it the eq or the fader?", (mask,))
    assert vocal.text.startswith("It's the EQ on 'Gtr L', not the fader:"), vocal.text
    loud = level_finding("Gtr L", "electric guitars", 10.0)
    both = advise_rock("is the vocal an eq thing or a level thing?", (loud, mask))
    assert both.text.startswith("It's the level on 'Gtr L', not the EQ:"), both.text
    assert both.suggestions[0].track == "Gtr L" and both.suggestions[0].params["delta_db"] == -9.0
