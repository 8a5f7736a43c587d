"""Question shapes found after set 48's one run: "good enough to hand off to a mastering guy?" hands the mix on, so
"off" there names no fault and a clean mix is a yes; "can i hand it off yet?" and "ok to ship?" ask whether it is
ready; "levels ok to hand off or will he laugh at me" is answered on the ready question, its feared outcome the
other way; "cant hear my bvs under the lead, how many dB up?" leads with the move's size, the gap real mixes keep
after it; "bvs too loud under the lead, how much down?" on a quiet lead says the lead's move, never a bare "leave
it" with the lead's card unexplained; "cut thru without just turning it up" rules the fader out, so the EQ (and the
saturator asked about) answers, with the level fault said as what the EQ can't do; "is it just panning or do i need
a widener?" picks panning first; "wider without it falling apart on a mono phone speaker" asks for width, the phone
being where it is heard (no telephone effect, no "small" complaint, no "No, nothing cancels"); "ok to send it to
mastering?" is ready or not even with its "ok" read as a lead-in, and so is "would this pass a mastering engineers
sniff test?"; "how can the piano be heard better but not louder?" asks how, the fader ruled out; "tame the hats" is
the part's bite, a low part's boom; "is my vocal buried or nah, my mate reckons its fine" asks about the vocal, the
mate's view aside; "bandmate thinks the bass is missing, is he tripping?" is answered about him ("No, he's right");
"snare level out of 10?" gets no score and the part's own verdict; "punchier without them getting louder" on a part
with no named range is the compressor, not the fader; "if i drop the clap will the groove die?" answers the fear
("No, it's the fix" when the part needs the move); "muted the strings for a sec, does it breathe more?" compares with
the clip before; "main issue and then the next one?" asks a list of two, so one fault alone is "Just one thing stands
out"."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.claim_doubted import CLAIMED, DOUBTED
from model.creative_fx import effect_of
from model.intent import classify
from model.intent_forms import READY_Q
from model.level_gap import _MOVE_ASKED
from model.move_fear import MOVE_FEAR
from model.no_faders import fader_declined
from model.pan_or_widener import PAN_OR_WIDENER


@pytest.mark.parametrize(
    ("question", "problem"),
    [
        ("ok real talk, are the levels in this good enough to hand off to a mastering guy?", False),
        ("levels ok to hand off to mastering or will he laugh at me", False),
        ("is something off with the bass before i send it off?", True),
        ("is the mix off?", True),
    ],
)
def test_a_mix_handed_off_is_no_fault_asked(question: str, problem: bool) -> None:
    assert classify(question).asks_problem is problem


@pytest.mark.parametrize(
    ("question", "ready"),
    [
        ("good enough to ship off to the label?", True),
        ("can i hand it off to the mastering guy yet?", True),
        ("is this ok to hand over to the mastering engineer?", True),
        ("is the mix good enough?", False),
        ("can i hand-clap on the two and four?", False),
    ],
)
def test_handing_the_mix_on_is_a_ready_question(question: str, ready: bool) -> None:
    assert bool(READY_Q.search(question)) is ready


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("how do i get the pluck to cut thru without just turning it up?", True),
        ("how can i get the keys to poke out without touching the fader?", True),
        ("pluck keeps getting lost, eq or saturation? not the fader pls, what settings", True),
        ("how do i make the horns cut through without making them louder?", True),
        ("separate them without turning anything down?", True),
        ("how do i make the pluck cut through?", False),
        ("is it not the fader?", False),
    ],
)
def test_a_fader_ruled_out_is_read_for_one_part_or_all(question: str, declined: bool) -> None:
    assert fader_declined(question) is declined


@pytest.mark.parametrize(
    ("question", "move"),
    [
        ("cant hear my bvs under the lead at all in the chorus, how many dB up?", True),
        ("bvs are buried under the lead, how much should i raise them?", True),
        ("how many dB under the lead should the backing vox be?", False),
    ],
)
def test_a_move_size_is_told_from_the_gap_itself(question: str, move: bool) -> None:
    assert bool(_MOVE_ASKED.search(question)) is move


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("is it just panning or do i need a widener plugin", True),
        ("widener plugin or just pan stuff out more?", True),
        ("do i need a stereo widener or is panning enough?", True),
        ("how do i widen the pad?", False),
        ("is the panning ok or too wide?", False),
    ],
)
def test_panning_and_a_widener_offered_as_the_two_ways(question: str, offered: bool) -> None:
    assert bool(PAN_OR_WIDENER.search(question)) is offered


def test_a_phone_is_where_the_mix_is_heard_not_an_effect() -> None:
    assert effect_of("how do i get the mix wider without it falling apart on a mono phone speaker?") is None
    assert effect_of("bass vanishes on my phone speaker, why") is None
    effect = effect_of("make the lead vocal sound like a phone for the intro, how?")
    assert effect is not None and effect.name == "telephone effect"


def test_width_asked_with_a_phone_named_is_a_width_complaint() -> None:
    assert classify(
        "how do i get the mix wider without it falling apart on a mono phone speaker?"
    ).complaint == ("narrow")
    assert classify("how do i widen the mix without it collapsing in mono on phones?").complaint == "narrow"
    assert classify("why does my mix sound small on my phone?").complaint == "small"


@needs_fluidsynth
def test_levels_good_enough_to_hand_off_is_a_yes_on_a_clean_mix() -> None:
    advice = ask_once("soul_kit", "clean", "are the levels good enough to hand off to a mastering guy?")
    assert advice.text.startswith("Yes: no track's level stands out"), advice.text


@needs_fluidsynth
def test_ready_or_the_feared_outcome_is_answered_on_the_ready_question() -> None:
    advice = ask_once("soul_kit", "Organ +10", "levels ok to hand off to mastering or will he laugh at me")
    assert advice.text.startswith("No: 'Organ' sits 2 dB over your lead vocal"), advice.text
    advice = ask_once("rock", "Lead Vocal -10", "can i hand it off to the mastering guy yet?")
    assert advice.text.startswith("Not quite, one thing: 'Lead Vocal' sits about 8 dB quieter"), advice.text


@needs_fluidsynth
def test_how_many_db_up_under_the_lead_leads_with_the_size() -> None:
    advice = ask_once("soul_kit", "Backing Vox -10", "backing vox vanish under the lead, how many db up?")
    assert advice.text.startswith("About 6 dB: bring the fader on 'Backing Vox' (it's at -19.0 dB now) up"), (
        advice.text
    )
    assert "6.5 dB on the median" in advice.text and "an 18.4 dB gap" in advice.text, advice.text
    assert advice.suggestions[0].track == "Backing Vox" and advice.suggestions[0].params["delta_db"] == 6.0


@needs_fluidsynth
def test_a_part_asked_down_under_a_quiet_lead_says_the_leads_move() -> None:
    advice = ask_once(
        "soul_kit", "Lead Vocal -10", "bvs are too loud under the lead, how much should i pull them down?"
    )
    assert advice.text.startswith("Leave 'Backing Vox' where it is"), advice.text
    assert "What is off instead: 'Lead Vocal' sits about 9 dB quieter" in advice.text, advice.text
    assert "Bring the fader on 'Lead Vocal' (it's at -12.0 dB now) up about 6 dB" in advice.text, advice.text
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_cut_through_without_the_fader_gets_the_eq_and_the_saturator_asked_about() -> None:
    advice = ask_once(
        "pop", "clean", "how do i get the pluck to cut thru without just turning it up? eq, saturation, what"
    )
    assert advice.text.startswith("On 'Pluck Synth', add 2 dB around 3.5 kHz (Q ~1.4)"), advice.text
    assert "A saturator helps too" in advice.text, advice.text
    card = advice.suggestions[0]
    assert (card.action, card.track, card.params["gain_db"]) == ("eq_band", "Pluck Synth", 2.0)


@needs_fluidsynth
def test_cut_through_without_the_fader_says_what_the_eq_cannot_do_on_a_quiet_part() -> None:
    advice = ask_once(
        "pop", "Pluck Synth -10", "how do i get the pluck to cut through without pushing it up?"
    )
    assert advice.suggestions[0].action == "eq_band", advice.suggestions
    assert "It only goes so far: 'Pluck Synth' sits about 13 dB quieter" in advice.text, advice.text
    assert "Only its fader fixes that." in advice.text, advice.text


@needs_fluidsynth
def test_fiddle_cut_through_without_pushing_it_up_is_no_fader_answer() -> None:
    advice = ask_once("folk", "clean", "how do i make the fiddle cut through without pushing it up?")
    assert advice.text.startswith("On 'Fiddle', dip 3 dB around 320 Hz"), advice.text
    assert all(s.action != "nudge_volume_db" for s in advice.suggestions), advice.suggestions


@needs_fluidsynth
def test_wider_safe_on_a_mono_phone_then_panning_or_widener() -> None:
    advice = ask_once(
        "rock",
        "clean",
        "how do i get the mix wider without it falling apart on a mono phone speaker? is it just panning or do i "
        "need a widener plugin",
    )
    assert advice.text.startswith("It isn't narrow now (correlation 0.52, width 0.24"), advice.text
    assert "And is it just panning or do i need a widener plugin? Panning first:" in advice.text, advice.text
    assert "A widener is for one part mono at its source" in advice.text, advice.text
    assert "telephone" not in advice.text and len(advice.text.split()) <= 120, advice.text


@needs_fluidsynth
def test_widen_without_collapsing_in_mono_is_a_how_not_a_no() -> None:
    advice = ask_once("rock", "clean", "how do i widen the mix without it collapsing in mono on phones?")
    assert advice.text.startswith("It isn't narrow now (correlation 0.52"), advice.text


def test_ok_to_send_it_with_its_ok_read_as_a_lead_in_is_still_a_ready_question() -> None:
    intent = classify("ok to send it to mastering?")
    assert intent.asks_problem is False and intent.asks_ok is True, intent
    assert bool(READY_Q.search("ok to pass it on to mastering?"))


@pytest.mark.parametrize(
    ("question", "declined"),
    [
        ("how do i get the snare to crack through more without just pushing the fader?", True),
        ("how can the piano be heard better but not louder?", True),
        ("how can the piano be heard better?", False),
    ],
)
def test_more_ways_to_rule_the_fader_out(question: str, declined: bool) -> None:
    assert fader_declined(question) is declined


def test_the_part_as_the_subject_of_a_how_is_still_a_how() -> None:
    assert classify("how can the piano be heard better but not louder?").wants == "how_to"
    assert classify("how do the drums come across to you").wants != "how_to"


@needs_fluidsynth
def test_ok_to_pass_it_on_with_a_part_off_is_not_yet() -> None:
    advice = ask_once("rock", "Bass +10", "ok to pass it on to mastering?")
    assert advice.text.startswith("Not quite, one thing: 'Bass' sits about 10 dB louder"), advice.text
    advice = ask_once("rock", "clean", "ok to send it to mastering?")
    assert advice.text.startswith("Yes, you can bounce it: nothing needs fixing."), advice.text


@needs_fluidsynth
def test_crack_through_without_the_fader_is_the_compressor_and_what_it_cannot_do() -> None:
    advice = ask_once("rock", "Snare -10", "how do i get the snare to crack through without turning it up?")
    assert advice.text.startswith("Put a compressor on 'Snare' (it has none)"), advice.text
    assert "It only goes so far: 'Snare' sits about 10 dB quieter" in advice.text, advice.text


@needs_fluidsynth
def test_heard_better_but_not_louder_is_an_eq_move_not_a_no() -> None:
    advice = ask_once("folk", "clean", "how can the piano be heard better but not louder?")
    assert advice.text.startswith("On 'Piano', dip 3 dB around 320 Hz"), advice.text
    assert advice.suggestions[0].track == "Piano" and advice.suggestions[0].action == "eq_band"


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("how do i tame the hats without killing the groove", "harsh"),
        ("how do i tame the bass?", "boomy"),
        ("how do i tame the fiddle a bit", "harsh"),
        ("gtrs sound kinda tame, how do i make them bigger?", None),
    ],
)
def test_taming_a_part_is_its_bite_or_a_low_parts_boom(question: str, complaint: str | None) -> None:
    assert classify(question).complaint == complaint


@needs_fluidsynth
def test_tame_the_hats_on_a_clean_mix_is_a_how_with_nothing_measured_said() -> None:
    advice = ask_once("pop", "clean", "how do i tame the hats without killing the groove")
    assert advice.text.startswith("On 'Hats', dip 2.5 dB around"), advice.text
    assert "Nothing I measured says 'Hats' is harsh." in advice.text, advice.text


@pytest.mark.parametrize(
    ("question", "ok"),
    [
        ("ngl is my vocal buried or nah, my mate reckons its fine", False),
        ("are the horns too quiet? my drummer says theyre fine", False),
        ("my mate reckons the vocal is fine, is it?", True),
    ],
)
def test_someone_elses_view_after_the_question_is_not_what_is_asked(question: str, ok: bool) -> None:
    assert classify(question).asks_ok is ok


def test_a_mix_held_to_someones_check_is_a_ready_question() -> None:
    intent = classify("would this pass a mastering engineers sniff test or nah")
    assert intent.asks_problem is False and intent.asks_ok is True, intent
    assert bool(READY_Q.search("will it get past the labels quality check?"))


@needs_fluidsynth
def test_buried_or_nah_with_a_mates_view_after_is_a_yes_on_a_buried_vocal() -> None:
    advice = ask_once("rock", "Lead Vocal -10", "ngl is my vocal buried or nah, my mate reckons its fine")
    assert advice.text.startswith("Yes: 'Lead Vocal' sits about 8 dB quieter"), advice.text


@needs_fluidsynth
def test_a_sniff_test_passed_on_a_clean_mix_and_failed_on_a_loud_pad() -> None:
    advice = ask_once("pop", "clean", "would this pass a mastering engineers sniff test or nah")
    assert advice.text.startswith("Yes, you can bounce it: nothing needs fixing."), advice.text
    advice = ask_once("pop", "Pad +10", "would this pass a mastering engineers sniff test or nah")
    assert advice.text.startswith("Not quite, one thing: 'Pad' sits level with your lead vocal"), advice.text


@pytest.mark.parametrize(
    ("question", "doubted"),
    [
        ("bandmate thinks the bass is missing, is he tripping", True),
        ("my teacher says the harmony is too loud, is she wrong?", True),
        ("my bandmates say the horns are buried, are they hearing things?", True),
        ("producer says the kick needs to hit harder, is he right", False),
        ("is the bass missing? is it tripping", False),
    ],
)
def test_a_claim_doubted_in_a_yes_no_on_its_maker(question: str, doubted: bool) -> None:
    m = DOUBTED.search(question)
    assert (m is not None and CLAIMED.search(question[: m.start()]) is not None) is doubted


@needs_fluidsynth
def test_is_he_tripping_is_answered_about_him() -> None:
    advice = ask_once("rock", "Bass -10", "bandmate thinks the bass is missing, is he tripping")
    assert advice.text.startswith("No, he's right: 'Bass' sits about 10 dB quieter"), advice.text
    advice = ask_once("rock", "clean", "bandmate thinks the bass is missing, is he tripping")
    assert advice.text.startswith("Yes, he's off on this one: nothing I measured says 'Bass'"), advice.text


@needs_fluidsynth
def test_a_score_asked_of_one_part_gets_no_score_and_the_parts_own_verdict() -> None:
    advice = ask_once("soul_kit", "Snare +10", "snare level out of 10?")
    assert advice.text.startswith("I don't give scores: a mark out of 10 is taste"), advice.text
    assert "'Snare' sits about 12 dB louder" in advice.text and "Yes" not in advice.text, advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] < 0


@needs_fluidsynth
def test_punchier_without_getting_louder_on_a_part_with_no_named_range_is_no_fader_move() -> None:
    assert fader_declined("whats the move to make the horns punchier without them getting louder")
    advice = ask_once(
        "soul", "clean", "whats the move to make the horns punchier without them getting louder"
    )
    assert advice.text.startswith("Not with the fader on 'Horns', then: a compressor with a slower attack"), (
        advice.text
    )
    assert "20-30 ms attack" in advice.text and not advice.suggestions, advice.text


@pytest.mark.parametrize(
    ("question", "fear"),
    [
        ("if i drop the clap will the groove die?", True),
        ("if i turn the bass down wont the mix lose its weight?", True),
        ("if i pull the rhodes back is the song gonna feel empty?", True),
        ("if i turn the bass down is it better?", False),
        ("what if i turned the pad up 3 dB, would it be too much?", False),
    ],
)
def test_a_move_weighed_against_what_it_might_cost(question: str, fear: bool) -> None:
    assert bool(MOVE_FEAR.search(question)) is fear


@needs_fluidsynth
def test_the_fear_of_a_move_is_answered_by_what_the_part_needs() -> None:
    advice = ask_once("pop", "Clap +10", "if i drop the clap will the groove die?")
    assert advice.text.startswith("No, it's the fix: 'Clap' sits about 11 dB louder"), advice.text
    assert advice.suggestions[0].track == "Clap" and advice.suggestions[0].params["delta_db"] < 0
    advice = ask_once("soul_kit", "Bass -10", "if i turn the bass down wont the mix lose its weight?")
    assert advice.text.startswith("Yes, it would: 'Bass' is too quiet already."), advice.text
    assert advice.suggestions[0].params["delta_db"] > 0
    advice = ask_once("soul_kit", "clean", "if i turn the bass down wont the mix lose its weight?")
    assert advice.text.startswith("It could, if you go far: nothing I measured says 'Bass' is off"), (
        advice.text
    )
    assert "dB of room down before the balance check would call it too quiet" in advice.text, advice.text


def test_a_part_muted_then_how_the_mix_is_asked_is_a_better_now_question() -> None:
    assert classify("muted the strings for a sec, does it breathe more?").wants == "better_now"
    assert classify("muted the strings, does it sound better?").wants == "better_now"


@needs_fluidsynth
def test_muted_then_does_it_breathe_compares_with_the_clip_before() -> None:
    advice = ask_after(
        "soul",
        ("Strings +10", "strings too loud?"),
        "clean",
        "muted the strings for a sec, does it breathe more?",
    )
    assert advice.text.startswith("Yes: the 'Strings' sitting too loud is gone"), advice.text


@needs_fluidsynth
def test_the_first_and_the_second_asked_one_by_one_is_a_list_ask() -> None:
    advice = ask_once("soul_kit", "Kick +10", "main issue and then the next one?")
    assert advice.text.startswith("Just one thing stands out: 'Kick' sits about 12 dB louder"), advice.text
