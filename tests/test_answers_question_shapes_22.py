"""Yes/no questions shaped as more than one plain claim (issue 10): an either/or with the level as one
alternative opens with the level; more (less) of a part measured too quiet (too loud) is a yes, the other way
round a no; a compound answers its first asked claim ("the bass is fine right? it's the kick that's too loud");
a negated tag ("the hats aren't too loud, are they?") is a yes/no whose yes cannot be read as agreeing."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from model.intent import classify
from model.intent_forms import strip_tag
from model.intent_more import more_complaint

SNARE_LOW = level_finding("Snare", "snares", -10.0, fader_db=-8.0)
BASS_HOT = level_finding("Bass", "basses", 10.0, fader_db=2.0)
HATS_HOT = level_finding("Hats", "hi-hats", 9.0, fader_db=-4.0)


def _first_card(ans):
    return (ans.suggestions[0].track, ans.suggestions[0].params.get("delta_db", 0.0) > 0)


def test_an_either_or_opens_with_the_level_whichever_side_it_was_said_on():
    for q in ("is it just too quiet or do i need a different snare sample",
              "do i need a new snare sample or is it just too low",
              "snare has no crack, is it the level or do i need compression"):  # fmt: skip
        ans = advise_rock(q, (SNARE_LOW,))
        assert ans.text.startswith(
            (
                "It's too quiet: 'Snare' sits",
                "It's the level, too quiet: 'Snare' sits",
                "It's the level, too quiet, not compression: 'Snare' sits",
            )  # the tool offered, named as not it
        ), (
            q,
            ans.text,
        )
        assert _first_card(ans) == ("Snare", True), q


def test_an_either_or_whose_level_points_the_other_way_says_so():
    ans = advise_rock("is the bass too quiet or do i need more low end on it", (BASS_HOT,))
    assert ans.text.startswith("It's the level, the other way round: 'Bass' sits about 10 dB louder"), (
        ans.text
    )


def test_an_either_or_with_no_level_alternative_keeps_its_path():
    ans = advise_rock("does the snare need eq or compression", (SNARE_LOW,))
    assert not ans.text.startswith("It's the level"), ans.text


def test_more_of_a_part_measured_too_quiet_is_yes_and_too_loud_the_opposite():
    ans = advise_rock("do i need more low end from the snare", (SNARE_LOW,))
    assert ans.text.startswith("Yes: 'Snare' sits about 10 dB quieter"), ans.text
    assert _first_card(ans) == ("Snare", True)
    ans = advise_rock("do i need more low end from the bass", (BASS_HOT,))
    assert ans.text.startswith("No, the opposite: 'Bass' sits about 10 dB louder"), ans.text
    ans = advise_rock("do the hats need less", (HATS_HOT,))
    assert ans.text.startswith("Yes: 'Hats' sits about 9 dB louder"), ans.text


def test_more_of_the_part_itself_is_a_too_quiet_question_and_more_of_a_quality_is_not():
    assert more_complaint("do i need more from the organ?", ("organ",)) == "quiet"
    assert more_complaint("do i need more snare", ("snare",)) == "quiet"
    assert more_complaint("the bass doesn't need more?", ("bass",)) == "quiet"
    assert more_complaint("should the hats be a bit less", ("hats",)) == "loud"
    assert more_complaint("do i need more low end from the bass", ("bass",)) is None
    assert more_complaint("does the vocal need more presence", ("vocal",)) is None
    assert more_complaint("do i need more", ()) is None
    ans = advise_rock("do i need more from the keys?")  # nothing measured off
    assert ans.text.startswith("No: nothing I measured says 'Keys' is too low."), ans.text


def test_a_compound_answers_its_first_claim():
    ans = advise_rock("bass is fine right? its the kick that's too loud i think", (BASS_HOT,))
    assert ans.text.startswith("No, 'Bass' is what's off: 'Bass' sits about 10 dB louder"), ans.text
    assert _first_card(ans) == ("Bass", False)
    ans = advise_rock("the kick is fine right? its the bass that's too loud i think", (BASS_HOT,))
    # both claims answered (test_answers_question_shapes_25): yes to the first, then the bass's fault
    assert ans.text.startswith("Yes, 'Kick' sits fine; and you're right about the bass:"), ans.text
    assert "'Kick' is too loud" not in ans.text.replace("says 'Kick' is too loud", "")


def test_a_negated_tag_is_a_yes_no_question():
    assert strip_tag("that shaker isnt annoyingly loud is it") == ("that shaker isnt annoyingly loud?", True)
    assert strip_tag("the bass doesn't need more, does it?") == ("the bass doesn't need more?", True)
    assert strip_tag("is it loud") == ("is it loud", False)  # no negation: a question of its own
    assert classify("that shaker isnt annoyingly loud is it", []).wants == "judge"


def test_a_negated_tag_on_a_part_measured_fine_is_no_without_a_move():
    for q in ("the hats aren't too loud, are they?", "hats isnt annoyingly loud is it"):
        ans = advise_rock(q)
        assert ans.text.startswith("No: nothing I measured says 'Hats' is too loud."), (q, ans.text)
        assert not ans.suggestions, q


def test_a_negated_tag_on_a_faulty_part_says_the_claim_in_its_own_verb():
    ans = advise_rock("the hats aren't too loud, are they?", (HATS_HOT,))
    assert ans.text.startswith("They are, actually: 'Hats' sits about 9 dB louder"), ans.text
    ans = advise_rock("the snare doesn't need more, does it?", (SNARE_LOW,))
    assert ans.text.startswith("It does, actually: 'Snare' sits about 10 dB quieter"), ans.text
    ans = advise_rock("the snare isn't too quiet, is it?", (SNARE_LOW,))
    assert ans.text.startswith("It is, actually:"), ans.text


def test_an_either_or_with_a_good_state_keeps_its_yes_and_a_stated_claim_keeps_its_verdict():
    ans = advise_rock("is the snare buried or is it fine", (SNARE_LOW,))
    assert ans.text.startswith("Yes: 'Snare' sits about 10 dB quieter"), ans.text
    ans = advise_rock("is the snare too quiet, or should i leave it?", (SNARE_LOW,))
    assert ans.text.startswith("Yes: 'Snare' sits about 10 dB quieter"), ans.text
    ans = advise_rock("snare seems quiet, or is that just the sample", (SNARE_LOW,))
    assert ans.text.startswith("Yes: 'Snare' sits about 10 dB quieter"), ans.text
