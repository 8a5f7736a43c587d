"""Question shapes from held-out set 33's misses: "enough" negated in a statement of lack ("kick ain't hitting hard
enough imo, louder?") turns the yes/no back round; a part said to sit "behind the band" is said too quiet (not
"behind the beat"); a ride asked with a level claim ("should i ride the keys up, they sit behind the horns") is a
level question, and "ride" as a verb is not the ride cymbal; "shove"/"hike" raise a fader."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, guitar_masks_vocal, level_finding

from model.intent import Wants, classify
from model.intent_yes_no import asks_enough

KICK_QUIET = level_finding("Kick", "kick drums", -8.0)
GTR_LOUD = level_finding("Gtr L", "electric guitars", 7.0)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("is the bass loud enough?", True),
        ("isn't the vocal loud enough?", True),
        ("the kick is loud enough, right?", True),
        ("kick aint hitting hard enough imo, louder?", False),
        ("is the vocal not loud enough?", False),
        ("drums dont punch enough, why", False),
        ("is the snare cutting through?", False),
    ],
)
def test_enough_is_asked_as_a_good_state_only_when_not_negated(question: str, asks: bool) -> None:
    assert asks_enough(question) is asks


def test_a_negated_enough_with_the_part_measured_quiet_answers_yes() -> None:
    lack = advise_rock("kick aint hitting hard enough imo, louder?", (KICK_QUIET,))
    assert lack.text.startswith("Yes"), lack.text
    assert lack.suggestions[0].track == "Kick" and lack.suggestions[0].params["delta_db"] > 0
    asked = advise_rock("is the kick loud enough?", (KICK_QUIET,))
    assert asked.text.startswith("No"), asked.text


def test_a_negated_enough_on_a_part_measured_fine_answers_no() -> None:
    ans = advise_rock("kick aint hitting hard enough imo, should it be louder?")
    assert ans.text.startswith("No"), ans.text
    assert "'Kick'" in ans.text and not ans.suggestions


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("vocal feels a tad behind the band", "quiet"),
        ("the vocal sits behind the guitars", "quiet"),
        ("vocal sits too far behind the band", "quiet"),
        ("vocal is behind the beat", None),
        ("snare feels behind the beat", None),
        ("why does the track feel so empty behind the vocal", None),  # the space under the vocal, not a part
        ("the keys are way behind the horns", "quiet"),
    ],
)
def test_behind_the_band_is_a_part_too_quiet_but_behind_the_beat_is_timing(
    question: str, complaint: str | None
) -> None:
    assert classify(question).complaint == complaint


def test_a_ride_with_a_level_claim_on_a_fine_part_answers_the_level_not_the_ride_lesson() -> None:
    ans = advise_rock("should i ride the vocal up some, feels a tad behind the band")
    assert ans.text.startswith("No: nothing I measured says 'Lead Vox' is too low"), ans.text
    assert "Trim Volume envelope" not in ans.text


@pytest.mark.parametrize(
    "question",
    ["should i ride the keys up a touch", "i'll ride the keys down in the verse", "just ride it up"],
)
def test_ride_as_a_verb_is_not_the_ride_cymbal(question: str) -> None:
    assert "cymbals" not in classify(question).instruments


@pytest.mark.parametrize(
    "question", ["is the ride too loud?", "the ride cymbal is harsh", "ride is drowning the vocal"]
)
def test_the_ride_cymbal_is_still_a_cymbal(question: str) -> None:
    assert "cymbals" in classify(question).instruments


@pytest.mark.parametrize("verb", ["shove", "hike", "push"])
def test_shove_and_hike_raise_a_fader_a_masker_answers_no(verb: str) -> None:
    ans = advise_rock(
        f"cant make out my lyrics over the band, should i just {verb} the vocal fader up?",
        (GTR_LOUD, guitar_masks_vocal()),
    )
    assert ans.text.startswith(("No", "Not")), ans.text
    assert ans.suggestions[0].track == "Gtr L" and ans.suggestions[0].params["delta_db"] < 0


def test_a_whole_mix_sound_stated_with_no_question_gets_the_gentle_move() -> None:
    said = advise_rock("the mix sounds boxy")
    assert said.text.startswith("Nothing in the 400 Hz-1 kHz range stands out"), said.text
    assert "sweep a narrow boost through 400 Hz-1 kHz" in said.text, said.text
    assert said.suggestions and all(s.params["gain_db"] == -2.5 for s in said.suggestions)
    asked = advise_rock("is the mix boxy?")  # a yes/no keeps its verdict alone
    assert asked.text.startswith("No: nothing in the 400 Hz-1 kHz range") and not asked.suggestions, (
        asked.text
    )
    tagged = advise_rock("mix is boxy, right?")
    assert tagged.text.startswith("No:") and not tagged.suggestions, tagged.text


@pytest.mark.parametrize(
    "question", ["mix sounds boxy to me, ideas?", "kick is flabby. tips?", "vocal is harsh - suggestions?"]
)
def test_ideas_asked_after_a_statement_is_a_how_to(question: str) -> None:
    assert classify(question).wants == Wants.HOW_TO
