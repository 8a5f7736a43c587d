"""Question shapes from blind set 38's misses and their families: an exciter guessed over a fader fault is "Not
the exciter first" (and "wrapped in cling film" is a dull complaint); an opinion of the whole mix ("how does it come
across?", "your honest take?") is "in good shape" when only a lean is measured and "One thing stands out" with a
fault, never a label or a bare move; a why ending "is it fighting me?" with that part measured over opens yes; the
low end as the subject of its own clause beside a move on another part is boomy, so the fault in the low end
answers; "mono or pan it a bit?" on a bass or kick picks centred; and a move reported before a vibe asked ("brought
the bass up, does the groove have legs now") checks the level first."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_once, conversation, needs_fluidsynth

from model.clash_proposal import fight_asked
from model.intent import classify
from model.intent_forms import MONO_Q
from model.lean_only import OVERVIEW_Q
from model.reported_move import reports_move, says_move_done

# the words


@pytest.mark.parametrize(
    "question",
    [
        "everything sounds like its wrapped in cling film, should i put an exciter on the master to open it up?",
        "the whole thing sounds like its under a blanket, would an exciter on the mix bus fix it?",
        "sounds smothered, like its behind a curtain, should i throw an exciter on the master",
    ],
)
def test_an_exciter_over_a_covered_sound_is_a_dull_complaint_and_a_saturation_move(question):
    intent = classify(question)
    assert intent.technique == "saturation"
    assert intent.complaint == "dull" or "smothered" in question


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("play critic for a sec, how does the overall thing come across to you", "judge"),
        ("give me your honest take on the mix", "judge"),
        ("give me more punch on the kick", "how_to"),  # a wish is still a how-to
        ("the vocal is harsh, how do i fix it", "how_to"),  # "how do I" after a comma stays a how-to
    ],
)
def test_an_opinion_after_a_lead_in_is_a_verdict_not_a_how_to(question, wants):
    assert classify(question).wants == wants


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what do you think of my mix?", True),
        ("how does the mix come across to you", True),
        ("whats your honest take", True),
        ("be the critic for a sec, how does the whole thing land?", True),
        ("how do i make the mix louder?", False),
        ("is the vocal too loud?", False),
    ],
)
def test_overview_words(question, asked):
    assert bool(OVERVIEW_Q.search(question)) is asked


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("why do my lyrics turn to mush whenever the left guitar comes in, is it fighting me?", True),
        ("why does the singer vanish when the horns hit, are they drowning her out?", True),
        ("why cant i make out the words when the guitar kicks in, is it stepping on the vocal?", True),
        ("why is the vocal buried?", False),
        ("why is the vocal buried, is it my reverb?", False),  # a plug-in guessed, not a part fighting
    ],
)
def test_fight_asked_after_a_why(question, asked):
    assert fight_asked(question) is asked


@pytest.mark.parametrize(
    "question",
    [
        "the low end is swamping everything, should i high pass the guitars more?",
        "the lows are swamping the whole mix, should i high pass the organ?",
        "the low end is burying everything, should i low cut the piano more?",
    ],
)
def test_the_low_end_as_its_own_clauses_subject_is_boomy(question):
    assert classify(question).complaint == "boomy"


def test_a_part_named_in_the_complaints_own_clause_keeps_its_level_complaint():
    assert classify("the bass low end is too loud, should i cut it?").complaint != "boomy"


@pytest.mark.parametrize(
    ("question", "mono"),
    [
        ("should my bass be mono or is it cool to pan it a bit, how do u handle that", True),
        ("kick in mono or can i pan it a little?", True),
        ("should the upright be mono or is panning it ok", True),
        ("is the bass in mono?", True),
        ("should i pan the guitars wider?", False),
    ],
)
def test_mono_or_a_pan_offered_asks_where_the_part_sits(question, mono):
    assert bool(MONO_Q.search(question)) is mono


@pytest.mark.parametrize(
    "question",
    [
        "brought the bass up like 10, does the groove have legs now",
        "turned the bass up around 10, has the groove got legs now",
        "pushed the bass up a bit, does the groove feel funky now",
    ],
)
def test_a_move_reported_before_a_vibe_is_a_move_done(question):
    assert says_move_done(question)


def test_does_the_groove_have_legs_now_is_a_check_after_the_move():
    assert reports_move("brought the bass up like 10, does the groove have legs now")
    assert not reports_move("does the groove have legs")


# the answers, on rendered sessions


@needs_fluidsynth
def test_an_exciter_on_the_master_with_a_part_over_is_not_first():
    ans = ask_once(
        "pop",
        "Pad +10",
        "everything sounds like its wrapped in cling film, should i put an exciter on the master to open it up?",
    )
    assert ans.text.startswith("Not the exciter first: the fault I measured is 'Pad'"), ans.text
    assert "an exciter won't fix" in ans.text and "a exciter" not in ans.text
    assert ans.suggestions[0].track == "Pad" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
@pytest.mark.parametrize(
    "question",
    [
        "play critic for a sec, how does the overall thing come across to you",
        "give me your honest take on the mix",
        "what do you think of my mix?",
    ],
)
def test_an_opinion_of_a_mix_with_only_a_lean_is_in_good_shape(question):
    ans = ask_once("soul_kit", "clean", question)  # a harsh lean measured, no fault
    assert ans.text.startswith("It's in good shape overall: nothing needs fixing. At most, "), ans.text
    assert "If you hear it:" in ans.text
    assert all(s.rationale.startswith("only if you hear it") for s in ans.suggestions)


@needs_fluidsynth
def test_an_opinion_of_a_mix_with_nothing_measured_says_nothing_needs_fixing():
    ans = ask_once("folk", "clean", "play critic for a sec, how does the overall thing come across to you")
    assert ans.text.startswith("Honestly, nothing in the numbers needs fixing: -14.0 LUFS"), ans.text


@needs_fluidsynth
def test_an_opinion_of_a_mix_with_a_fault_names_the_one_thing():
    ans = ask_once("rock", "Bass +10", "give me your honest take on the mix")
    assert ans.text.startswith("One thing stands out: 'Bass' sits about"), ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_a_why_ending_is_it_fighting_me_opens_yes_on_the_part_measured_over():
    ans = ask_once(
        "rock",
        "masking",
        "why do my lyrics turn to mush whenever the left guitar comes in, is it fighting me?",
    )
    assert ans.text.startswith("Yes, but it's level before it's EQ: 'Gtr L'"), ans.text
    ans = ask_once(
        "folk",
        "masking",
        "why cant i make out the words when the guitar kicks in, is it stepping on the vocal?",
    )
    assert ans.text.startswith("Yes, most likely this: 'Acoustic Gtr'"), ans.text
    assert ans.suggestions[0].track == "Acoustic Gtr"


@needs_fluidsynth
def test_a_why_ending_is_it_fighting_with_the_part_fine_gets_no_yes():
    ans = ask_once(
        "soul", "Strings +10", "why does the singer vanish when the horns hit, are they drowning her out?"
    )
    assert not ans.text.startswith("Yes"), ans.text


@needs_fluidsynth
def test_the_low_end_swamping_with_a_high_pass_on_the_guitars_proposed_is_the_bass_first():
    ans = ask_once(
        "rock", "Bass +10", "the low end is swamping everything, should i high pass the guitars more?"
    )
    assert ans.text.startswith(
        "Not 'Gtr L' and 'Gtr R' first: the fault I measured in the low end is 'Bass'"
    ), ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_mono_or_pan_it_a_bit_keeps_the_bass_centred():
    ans = ask_once(
        "rock", "clean", "should my bass be mono or is it cool to pan it a bit, how do u handle that"
    )
    assert ans.text.startswith("Keep it centred, in mono:"), ans.text
    assert "'Bass' is centred (pan 0)" in ans.text
    assert ask_once("rock", "clean", "is the bass in mono?").text.startswith("Yes: 'Bass' is centred")


@needs_fluidsynth
def test_a_move_reported_then_the_groove_asked_checks_the_level_first():
    ans = ask_once("soul_kit", "clean", "brought the bass up like 10, does the groove have legs now")
    assert ans.text.startswith("'Bass' sits right now: nothing I measured says 'Bass' is out of line."), (
        ans.text
    )
    assert "I can't measure groove as such" in ans.text
    low = ask_once("soul_kit", "Bass -10", "turned the bass up around 10, has the groove got legs now")
    assert low.text.startswith("Not yet: 'Bass' is still too low."), low.text
    assert low.suggestions[0].track == "Bass" and low.suggestions[0].params["delta_db"] > 0


# a second round of the same families: a yes before the size, one claim on two parts, a side's guitar, a part ok


@needs_fluidsynth
def test_a_level_claim_then_how_much_opens_yes_then_the_size():
    ans = ask_once("folk", "Shaker +10", "is the shaker too loud and how much should i pull it")
    assert ans.text.startswith("Yes, about 6 dB: bring the fader on 'Shaker'"), ans.text
    wrong_way = ask_once("folk", "Shaker +10", "is the shaker too quiet and how much should i raise it")
    assert not wrong_way.text.startswith("Yes"), wrong_way.text
    assert wrong_way.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "shared"),
    [
        ("is the kick or the bass too loud", True),
        ("is the bass or the drums way too quiet?", True),
        ("is the kick too quiet or is the snare too loud?", False),  # two claims, each its own
        ("is the kick louder than the bass", False),
    ],
)
def test_one_claim_said_of_two_parts(question, shared):
    from model.intent_forms import SHARED_CLAIM

    assert bool(SHARED_CLAIM.search(question)) is shared


@needs_fluidsynth
def test_one_claim_on_two_parts_names_the_one_it_holds_for_or_neither():
    ans = ask_once("rock", "Bass +10", "is the kick or the bass too loud")
    assert ans.text.startswith("It's 'Bass', not 'Kick': 'Bass' sits about"), ans.text
    assert ans.suggestions[0].track == "Bass"
    ans = ask_once("rock", "Bass +10", "is the bass or the kick too quiet")
    assert ans.text.startswith("Neither is too quiet: the opposite, 'Bass' sits about"), ans.text
    assert ans.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_which_side_guitar_is_louder_ranks_the_guitars():
    ans = ask_once("rock", "Bass +10", "which side guitar is louder")
    assert ans.text.startswith("'Gtr L' is the louder of your 2 guitar tracks:"), ans.text


@needs_fluidsynth
def test_a_claim_on_one_part_and_is_the_other_ok_gets_a_verdict_each():
    ans = ask_once("folk", "Shaker +10", "fiddle too loud and is the vocal ok")
    assert ans.text.startswith("No, 'Fiddle' isn't too loud: its own meter reads"), ans.text
    assert "And yes, 'Lead Vocal' is fine" in ans.text
    assert "What is off instead: 'Shaker'" in ans.text and ans.suggestions[0].track == "Shaker"
    covered = ask_once("soul", "Horns +10", "horns too much and is the singer sitting ok")
    assert covered.text.startswith("Yes, 'Horns' is too loud:"), covered.text
    assert "'Lead Vocal' is fine on its own level" in covered.text and "but 'Horns' covers it" in covered.text


# a part said to be sorted: checked against the clip before "what's next"


@pytest.mark.parametrize(
    ("question", "sorted_", "next_"),
    [
        ("ok the bass is sorted, whats next", True, True),
        ("i fixed the kick, whats next?", True, True),
        ("ok horns are sorted now, what else?", True, True),
        ("the bass is sorted", True, False),
        ("whats next", False, True),
    ],
)
def test_sorted_and_next_words(question, sorted_, next_):
    from model.claimed_fixed import NEXT, SORTED

    assert bool(SORTED.search(question)) is sorted_
    assert bool(NEXT.search(question)) is next_


@needs_fluidsynth
def test_a_part_said_sorted_but_still_off_is_not_yet():
    answers = conversation(
        "rock", [("Bass +10", "whats wrong with my mix"), ("Bass +10", "ok the bass is sorted, whats next")]
    )
    ans = answers[-1]
    assert ans.text.startswith("Not yet: 'Bass' still sits about"), ans.text
    assert "play the part again after the change" in ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].params["delta_db"] < 0
    horns = ask_once("soul", "Horns +10", "ok horns are sorted now, what else?")
    assert horns.text.startswith("Not yet: 'Horns' is still"), horns.text


@needs_fluidsynth
def test_a_part_said_sorted_and_in_place_is_confirmed_before_the_next_thing():
    ans = ask_once("rock", "Bass +10", "i fixed the kick, whats next?")
    assert ans.text.startswith("'Kick' sits right now. Next: 'Bass' sits about"), ans.text


# "it sounds small" with no speaker named; two sections compared on one part


@needs_fluidsynth
def test_small_with_nothing_measured_and_no_phone_named_clears_the_numbers():
    ans = ask_once("rock", "clean", "it sounds small")
    assert ans.text.startswith("Nothing I measured makes it small: no part's level stands out"), ans.text
    assert "phone" not in ans.text and not ans.suggestions
    assert "phone" in ask_once("rock", "clean", "why does my mix sound small on my phone").text


@needs_fluidsynth
def test_two_sections_compared_on_a_part_says_the_clip_is_one_stretch():
    ans = ask_once("soul_kit", "clean", "is the vocal louder in the chorus than the verse")
    assert ans.text.startswith("I can't tell the sections apart: I read the whole clip as one stretch"), (
        ans.text
    )
    assert "'Lead Vocal' reads -20.0 LUFS" in ans.text and not ans.suggestions
    low = ask_once("soul_kit", "Lead Vocal -10", "is the vocal louder in the chorus than the verse")
    assert "Over the whole clip, though: 'Lead Vocal' sits about" in low.text
    assert low.suggestions[0].track == "Lead Vocal" and low.suggestions[0].params["delta_db"] > 0
    norm = ask_once("soul_kit", "clean", "should the vocal be louder in the chorus than the verse?")
    assert norm.text.startswith("Yes, usually by a dB or two"), norm.text


# a part blamed for covering another, both fine, a third part off


@needs_fluidsynth
def test_a_part_blamed_for_covering_the_voice_is_cleared_and_the_fault_elsewhere_named():
    ans = ask_once(
        "soul", "Strings +10", "why does the singer vanish when the horns hit, are they drowning her out?"
    )
    assert ans.text.startswith("Not 'Horns': nothing I measured says it is out of line"), ans.text
    assert "What is off is 'Strings'" in ans.text
    assert ans.suggestions[0].track == "Strings" and ans.suggestions[0].params["delta_db"] < 0
    judged = ask_once("soul", "Strings +10", "are the horns drowning the singer?")
    assert judged.text.startswith("No, not 'Horns':"), judged.text
    clean = ask_once("soul", "clean", "are the horns drowning the singer?")
    assert "What is off" not in clean.text and not clean.suggestions
    guilty = ask_once("soul", "Horns +10", "are the horns drowning the singer?")
    assert guilty.text.startswith("Yes: 'Horns'"), guilty.text
