"""Question shapes that lean on the answer before, rank parts or ask two things: a bare "which one?" (or "where is
it?") after a move names the part that move was on (never "Better how, though: ..."), or "None" when nothing
measures off; "which guitar is louder" ranks that part's tracks by their meters, then the fault; "whats louder the
vocal or the bass" names the louder one first; "it sounds small" with no speaker named and one part far too loud is
that part's fader, no phone; two level claims on two parts get a verdict each; "and the other one?" is the part's
other track; a bare "eq or just the fader" after a part is about that part; "how much headroom" and "whats my true
peak" open on the true peak; "do i need to master it" is "Not yet" with a fault, else the numbers; and "is anything
too loud, and is the vocal ok" answers the mix first, then the part."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot
from fakes.rendering import ask_once, needs_fluidsynth, rendered

from companion.context import Turn
from model.rules import RulesAdvisor
from model.which_one import WHICH_BARE

BASS_LOUD = level_finding("Bass", "basses", 10.0, fader_db=2.5)


def _then(first: str, then: str, findings=(BASS_LOUD,)):  # type: ignore[no-untyped-def]
    """The answer to ``first``, then to ``then`` asked right after it, on the rock session."""
    advisor = RulesAdvisor()
    said = advisor.advise(context(first, rock_snapshot(), clean(), tuple(findings)))
    history = (Turn("user", first), Turn("assistant", said.text))
    return said, advisor.advise(context(then, rock_snapshot(), clean(), tuple(findings), history))


# "which one?" after a move: the part it was on


@pytest.mark.parametrize(
    "asked",
    ["which one", "which one?", "what track", "wich one u mean", "ok which fader do i move", "which 1"],
)
def test_which_one_after_a_move_names_the_part_it_was_on(asked):
    said, ans = _then("whats wrong with my mix", asked)
    assert said.suggestions[0].track == "Bass"
    assert ans.text.startswith("It's 'Bass':"), ans.text
    assert "Better how" not in ans.text
    assert ans.suggestions and ans.suggestions[0].track == "Bass"
    assert ans.suggestions[0].params["delta_db"] < 0


def test_which_one_with_nothing_off_says_none():
    _, ans = _then("is my mix ok", "which one", findings=())
    assert ans.text.startswith("None:"), ans.text
    assert not ans.suggestions


@pytest.mark.parametrize(
    "asked",
    ["which eq", "which one is louder, kick or bass", "what frequency", "what?", "where should i cut?"],
)
def test_which_with_its_own_subject_is_not_a_bare_which(asked):
    assert not WHICH_BARE.search(asked)


# one part's tracks ranked: "which guitar is louder"


@needs_fluidsynth
@pytest.mark.parametrize(
    "asked", ["which guitar is louder", "which of the guitars is louder", "wich gtr is louder"]
)
def test_which_guitar_is_louder_ranks_the_guitars_then_the_fault_on_one(asked):
    ans = ask_once("rock", "Gtr L +10", asked)
    assert ans.text.startswith("'Gtr L' is the louder of your 2 guitar tracks:"), ans.text
    assert "'Gtr R'" in ans.text
    assert ans.suggestions[0].track == "Gtr L" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_which_guitar_is_quieter_names_the_quieter_one():
    ans = ask_once("rock", "Gtr L +10", "which of the guitars is quieter")
    assert ans.text.startswith("'Gtr R' is the quieter"), ans.text


@needs_fluidsynth
def test_which_guitar_with_the_fault_elsewhere_says_neither_then_that_fault():
    ans = ask_once("rock", "Bass +10", "which guitar is louder")
    assert ans.text.startswith("'Gtr L' is the louder"), ans.text
    assert "Neither is off against real mixes" in ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_which_vocal_reads_the_vocals_not_the_lead_alone():
    ans = ask_once("folk", "clean", "which vocal is louder")
    assert ans.text.startswith("'Lead Vocal' is the louder of your 2 vocal tracks:"), ans.text
    assert "'Harmony Vox'" in ans.text
    assert not ans.suggestions


@needs_fluidsynth
@pytest.mark.parametrize(
    "asked", ["whats louder the vocal or the bass", "which is louder, the vocal or the bass"]
)
def test_whats_louder_x_or_y_names_the_louder_one_first(asked):
    ans = ask_once("rock", "Bass +10", asked)
    assert ans.text.startswith("'Bass' is the louder one:"), ans.text
    assert ans.suggestions[0].track == "Bass"


# "it sounds small", no speaker named


@needs_fluidsynth
@pytest.mark.parametrize(("style", "part"), [("pop", "Synth Bass"), ("rock", "Bass")])
def test_sounds_small_with_one_part_far_too_loud_is_that_parts_fader_no_phone(style, part):
    ans = ask_once(style, f"{part} +10", "it sounds small")
    assert ans.text.startswith("Most likely one part crowding the rest:"), ans.text
    assert "phone" not in ans.text.lower()
    assert ans.suggestions[0].track == part and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_small_on_a_phone_keeps_the_phone_answer():
    ans = ask_once("pop", "Synth Bass +10", "sounds small on my phone")
    assert "phone" in ans.text.lower()


# two parts, each with its own level claim


@needs_fluidsynth
def test_each_level_claim_gets_its_own_verdict_in_the_order_asked():
    ans = ask_once("rock", "Bass +10", "is the vocal too quiet and the bass too loud")
    assert ans.text.startswith("No, 'Lead Vocal' isn't too quiet: its own meter reads"), ans.text
    assert "And yes, 'Bass' is too loud:" in ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_claim_the_wrong_way_round_is_said_to_be_the_other_way():
    ans = ask_once("rock", "Bass +10", "are the guitars too loud and the bass too quiet")
    assert ans.text.startswith("No, 'Gtr L' and 'Gtr R' aren't too loud: their meters read"), ans.text
    assert "'Bass' is the other way, too loud" in ans.text
    assert "too low" not in ans.text


@needs_fluidsynth
def test_two_claims_both_wrong_name_the_fault_elsewhere():
    ans = ask_once("rock", "Bass +10", "is the kick too loud and the vocal too quiet")
    assert ans.text.startswith("No, 'Kick' isn't too loud"), ans.text
    assert "And no, 'Lead Vocal' isn't too quiet" in ans.text
    assert "What is off instead: 'Bass'" in ans.text
    assert ans.suggestions[0].track == "Bass"


@needs_fluidsynth
def test_one_claim_alone_is_left_to_its_own_route():
    ans = ask_once("rock", "Bass +10", "is the bass too loud")
    assert ans.text.startswith("Yes"), ans.text
    assert "And " not in ans.text.split(".")[0]


# a bare tool-or-fader choice after a question about a part: about that part


def _said_after(style: str, scenario: str, first: str, then: str):  # type: ignore[no-untyped-def]
    """The answer to ``then`` asked right after ``first`` on one Companion, on a rendered session."""
    from companion.app import Companion
    from companion.context import AudioClip

    s = rendered(style, scenario)
    clip = AudioClip(s.mix, s.sample_rate, source=f"{style}:{scenario}")
    companion = Companion()
    companion.ask(first, clip=clip, snapshot=s.snapshot)
    return companion.ask(then, clip=clip, snapshot=s.snapshot).advice


@needs_fluidsynth
@pytest.mark.parametrize(
    "asked", ["eq or just the fader", "eq or fader?", "is it an eq thing or a level thing"]
)
def test_a_bare_eq_or_fader_after_a_part_is_about_that_part(asked):
    ans = _said_after("rock", "Bass +10", "is the bass too loud", asked)
    assert ans.text.startswith(("It's the fader, not the EQ:", "It's the level, too loud, not the EQ:")), (
        ans.text
    )
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_bare_compression_or_volume_after_a_part_is_about_that_part():
    ans = _said_after("rock", "Lead Vocal -10", "hows the vocal", "compression or volume")
    assert ans.text.startswith("It's the level"), ans.text
    assert "not compression" in ans.text
    assert ans.suggestions[0].track == "Lead Vocal" and ans.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_a_bare_choice_with_nothing_asked_before_keeps_its_own_route():
    ans = ask_once("rock", "Bass +10", "eq or just the fader")
    assert not ans.text.startswith("It's the fader, not the EQ")


# "and the other one?": the part's other track, asked what the last question asked


@needs_fluidsynth
@pytest.mark.parametrize("asked", ["and the other one?", "what about the other one", "n the other guitar"])
def test_the_other_one_after_one_track_of_a_pair_is_the_other_track(asked):
    ans = _said_after("rock", "Gtr L +10", "is the left guitar too loud", asked)
    assert ans.text.startswith("No: 'Gtr R'"), ans.text
    assert not ans.suggestions


@needs_fluidsynth
def test_the_other_one_after_a_ranking_is_the_track_not_named_first():
    ans = _said_after("rock", "Gtr L +10", "which guitar is louder", "what about the other one")
    assert "'Gtr R'" in ans.text.split(".")[0], ans.text
    assert not ans.text.startswith("No, the opposite")


@needs_fluidsynth
def test_the_other_one_with_no_pair_keeps_the_part():
    ans = _said_after("rock", "Bass +10", "is the bass too loud", "and the other one?")
    assert "'Bass'" in ans.text


# the master's peak number asked for: that number first


@needs_fluidsynth
@pytest.mark.parametrize("asked", ["how much headroom do i have", "headroom?", "how close am i to clipping"])
def test_headroom_asked_is_the_true_peaks_distance_under_full_scale(asked):
    ans = ask_once("soul", "clean", asked)
    assert ans.text.startswith("1.5 dB: the true peak reaches -1.5 dBTP"), ans.text
    assert "under the -1 dBTP ceiling" in ans.text
    assert not ans.suggestions


@needs_fluidsynth
@pytest.mark.parametrize("asked", ["whats my true peak", "whats the peak level"])
def test_true_peak_asked_opens_on_the_true_peak(asked):
    ans = ask_once("soul", "clean", asked)
    assert ans.text.startswith("-1.5 dBTP true peak"), ans.text


def test_a_peak_asked_of_a_part_is_not_the_masters():
    from model.peak_number import ASKED

    assert ASKED.search("whats the peak on the kick")  # the route itself stands down on a part named
    ans = advise_rock("whats the peak on the kick", [BASS_LOUD])
    assert "dBTP true peak" not in ans.text.split(".")[0]


# a mastering step asked about as a need


@needs_fluidsynth
@pytest.mark.parametrize("asked", ["should i master it", "does it need mastering", "do i need to master it"])
def test_mastering_asked_of_a_clean_mix_is_not_for_the_numbers(asked):
    ans = ask_once("soul", "clean", asked)
    assert ans.text.startswith("Not for the numbers: it already reads -14.1 LUFS"), ans.text
    assert not ans.text.startswith("Yes")


@needs_fluidsynth
def test_mastering_asked_with_a_part_far_off_is_not_yet_then_its_fader():
    ans = ask_once("rock", "Bass +10", "do i need to master it")
    assert ans.text.startswith("Not yet: fix the mix first"), ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_ready_for_mastering_keeps_its_own_route():
    ans = ask_once("pop", "clean", "is it ready for mastering")
    assert ans.text.startswith("Yes"), ans.text


# "where is it?" after an answer: the part it was on


def test_where_after_a_move_names_the_part():
    _, ans = _then("whats wrong with my mix", "where is it")
    assert ans.text.startswith("It's 'Bass':"), ans.text


# a question on the whole mix, then one on a part: both answered, in that order


@needs_fluidsynth
def test_anything_too_loud_and_a_part_ok_answers_the_mix_first():
    ans = ask_once("folk", "Shaker +10", "is anything too loud, and is the vocal ok")
    assert ans.text.startswith("Yes: 'Shaker' sits about 9 dB louder"), ans.text
    assert "As for the vocal: yes, 'Lead Vocal' is fine" in ans.text
    assert ans.suggestions[0].track == "Shaker" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_anything_off_and_a_part_claimed_too_loud_clears_the_part():
    ans = ask_once("rock", "Bass +10", "is anything off and is the kick too loud")
    assert ans.text.startswith("Yes, one thing: 'Bass'"), ans.text
    assert "As for the kick: no" in ans.text
    assert ans.suggestions[0].track == "Bass"


# "can you just do it?" after a move: the card's Apply, with that card


@pytest.mark.parametrize("asked", ["can you just do it", "do it for me", "ok can u do that pls"])
def test_do_it_after_a_move_says_how_the_card_lands(asked):
    _, ans = _then("is the bass too loud", asked)
    assert ans.text.startswith("Yes: press Apply on the card and it's done: bring the fader on 'Bass'"), (
        ans.text
    )
    assert "one named undo step" in ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


def test_do_it_with_nothing_to_move_says_so():
    _, ans = _then("is my mix ok", "can you just do it", findings=())
    assert ans.text.startswith("Nothing to do:"), ans.text
    assert not ans.suggestions
