"""Question shapes about moves, how-tos and sound-source words: the sung words as the vocal, the kick and bass
asked to lock, the range a word names (crack, click), the sample or the mix, and a reverb send asked about."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import COMP, EQ, advise_rock, level_finding, rock_snapshot, soul_snapshot

from companion.context import Fx, FxParam, Send, Topic
from companion.knowledge.areas import frequency_areas
from model.intent import classify
from model.intent_claim import first_claim
from model.quiet_of_other import quiet_of_other
from model.sample_or_mix import SAMPLE_OR_MIX
from model.sung_words import sung_part
from model.tone_home import kept_area, worded_areas

FLAT = {"sub": 0.0, "bass": 0.0, "low_mid": 0.0, "mid": 0.0, "high_mid": 0.0, "presence": 0.0, "air": 0.0}
VOCAL_BANDS_FULL = clean(balance_vs_target_db={**FLAT, "high_mid": 4.0, "presence": 4.0})
"""The whole mix 4 dB over the median in the vocal's clarity and presence bands: no boost there for the words."""
SNARE_EDGE_FULL = clean(balance_vs_target_db={**FLAT, "high_mid": 6.0})
"""The whole mix 6 dB over the median at 2-4 kHz, where a snare's crack sits."""
VERB = Fx(2, "ReaVerbate (Cockos)", True, (FxParam(0, "Wet", 0.5, "-6.0"),))


def _vocal(**changes: object):
    """The rock session with its 'Lead Vox' track changed (its plug-ins, its sends)."""
    snap = rock_snapshot()
    return dataclasses.replace(
        snap,
        tracks=tuple(dataclasses.replace(t, **changes) if t.name == "Lead Vox" else t for t in snap.tracks),
    )


# the sung words


@pytest.mark.parametrize(
    "question",
    [
        "i can't make out the words",
        "cant understand half the words",
        "her diction gets lost",
        "what's he saying",
    ],
)
def test_the_sung_words_with_no_part_named_are_the_vocal(question: str) -> None:
    intent = classify(question)
    assert intent.instruments == ("vocal",)
    assert intent.topic is Topic.VOCALS


def test_a_part_named_beside_the_words_keeps_that_part() -> None:
    found = (("guitar",), ("guitar",), (Topic.GUITARS,))
    assert sung_part("the guitar hides the words", found) == found
    assert sung_part("in other words is the mix ok", ((), (), ())) == ((), (), ())


def test_the_words_quiet_is_the_vocals_own_when_it_is_the_only_part() -> None:
    assert not quiet_of_other(classify("cant make out the lyrics"))
    assert quiet_of_other(classify("is the guitar too loud, i can't hear the words"))


def test_words_hard_to_make_out_with_the_vocal_fine_say_what_else_blurs_them() -> None:
    advice = advise_rock("i can't make out the words", analysis=VOCAL_BANDS_FULL)
    assert advice.text.startswith(
        "No: nothing I measured says 'Lead Vox' is too low. Its meter averages -13.0 dBFS"
    )
    assert "The fader isn't it, then: at a fine level, words blur for other reasons." in advice.text
    assert "'Lead Vox' has no reverb now, so wetness isn't it." in advice.text
    assert "It has no compressor: about 3:1 with 3-6 dB of gain reduction" in advice.text
    assert advice.suggestions == ()


def test_words_hard_to_make_out_with_a_reverb_on_the_vocal_name_that_reverb() -> None:
    advice = advise_rock(
        "lyrics are hard to understand", analysis=VOCAL_BANDS_FULL, snapshot=_vocal(fx=(EQ, COMP, VERB))
    )
    assert "too loud" not in advice.text
    assert "'Lead Vox' already has a reverb: mute it for a bar" in advice.text
    assert "Its compressor is there" in advice.text


# the kick and bass asked to lock


def test_kick_and_bass_asked_to_glue_get_the_slot_and_the_sidechain() -> None:
    advice = advise_rock("how do i glue the kick and bass together")
    assert advice.text.startswith("Nothing I measured shows 'Kick' covering 'Bass' on its own tracks.")
    assert "sidechain the bass to the kick: ReaComp on 'Bass' keyed from 'Kick'" in advice.text
    assert "3:1 to 4:1, attack 1-5 ms, release 50-150 ms" in advice.text
    card = advice.suggestions[0]
    assert (card.action, card.track, card.params["freq_hz"], card.params["gain_db"]) == (
        "eq_band",
        "Bass",
        80,
        -2.0,
    )


def test_kick_and_bass_asked_if_they_lock_with_the_bass_far_up_get_not_yet_and_its_fader() -> None:
    advice = advise_rock("do my kick and bass lock together?", (level_finding("Bass", "basses", 10.0),))
    assert advice.text.startswith("Not yet, it's their levels first: 'Bass' sits about 10 dB louder"), (
        advice.text
    )
    assert "Once the fader is set: to make them lock" in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == -9.0


def test_kick_and_bass_that_dont_lock_is_no_verdict_of_both_fine() -> None:
    advice = advise_rock("kick and bass dont lock")
    assert not advice.text.startswith("Both are fine")
    assert "keyed from 'Kick'" in advice.text


# the range a word names


def test_a_word_names_its_range_on_the_part_that_has_it() -> None:
    kick, snare = list(frequency_areas("kick")), list(frequency_areas("snare"))
    assert [a.name for a in worded_areas(kick, "more click on the kick")] == ["attack"]
    assert [a.name for a in worded_areas(snare, "snappier snare")] == ["crack"]
    assert [a.name for a in worded_areas(snare, "more crack")] == ["crack"]


def test_a_named_range_barred_is_not_swapped_for_another() -> None:
    snare = list(frequency_areas("snare"))
    body = [a for a in snare if a.name == "body"]
    assert kept_area(body, snare, "how do i get more crack on the snare") is None
    assert kept_area(body, snare, "how do i get more punch on the snare") == body[0]


def test_more_crack_boosts_the_snares_crack_range_not_its_body() -> None:
    advice = advise_rock("how do i get more crack on the snare")
    assert "add 2 dB around 3.2 kHz (Q ~1.4) in its crack range (2 kHz-5 kHz)" in advice.text
    card = advice.suggestions[0]
    assert (card.track, card.params["freq_hz"], card.params["gain_db"]) == ("Snare", 3200, 2.0)


def test_more_crack_with_the_mix_already_full_there_says_why_no_boost() -> None:
    advice = advise_rock("how do i get more crack on the snare", analysis=SNARE_EDGE_FULL)
    assert "190 Hz" not in advice.text
    assert (
        "No EQ boost for its crack: where the snare's crack sits, the whole mix's high-mid band (2 kHz-4 kHz) is 6.0 dB above"
        in advice.text
    )
    assert not any(s.action == "eq_band" for s in advice.suggestions)


def test_more_click_on_the_kick_lifts_its_attack() -> None:
    advice = advise_rock("how do i get more click on the kick")
    card = advice.suggestions[0]
    assert (card.action, card.track, card.params["freq_hz"], card.params["gain_db"]) == (
        "eq_band",
        "Kick",
        3200,
        2.0,
    )
    assert "in its attack range (2.5 kHz-4 kHz)" in advice.text


# the sample or the mix


@pytest.mark.parametrize(
    "question",
    [
        "is it the sample or the mix",
        "my kick sounds weak, is it the sample or my mixing?",
        "the recording or the eq?",
        "is it my mix or the sound itself",
    ],
)
def test_the_sound_or_the_mix_offered_as_causes_is_read(question: str) -> None:
    assert SAMPLE_OR_MIX.search(question)


def test_sample_or_mix_with_the_kick_far_down_is_the_mix() -> None:
    advice = advise_rock(
        "my kick sounds weak, is it the sample or the mix?", (level_finding("Kick", "kick drums", -9.0),)
    )
    assert advice.text.startswith("The mix, not the sample: 'Kick' sits about 9 dB quieter"), advice.text
    assert "A new sound at the same wrong level comes across just as off" in advice.text
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] == 8.0


def test_sample_or_mix_with_nothing_against_the_kick_is_not_the_mix() -> None:
    advice = advise_rock("my kick sounds weak, is it the sample or the mix?")
    assert advice.text.startswith(
        "Not the mix, as far as I can measure: nothing I measured says 'Kick' is out of line (its meter averages "
        "-18.0 dBFS peak) and no part covers it."
    ), advice.text
    assert "its punch (60 Hz-100 Hz) or its attack (2.5 kHz-4 kHz)" in advice.text
    assert advice.suggestions == ()


def test_sample_or_mix_with_no_part_named_takes_the_part_at_the_wrong_level() -> None:
    advice = advise_rock("is it the sample or the mix", (level_finding("Kick", "kick drums", -9.0),))
    assert advice.text.startswith("The mix, not the sample: 'Kick' sits about 9 dB quieter"), advice.text


# a reverb send asked about


def test_a_send_level_asked_gets_the_roles_usual_start_not_a_fader_move() -> None:
    advice = advise_rock("how loud should my reverb send be on the vocal")
    assert advice.text.startswith("Start the send on 'Lead Vox' around -15 to -20 dB (common practice)")
    assert "Now 'Lead Vox' has no reverb and no sends." in advice.text
    assert "In REAPER: add a new track with ReaVerbate" in advice.text
    assert advice.suggestions == ()


def test_a_send_already_there_is_read_against_the_usual_start() -> None:
    advice = advise_rock(
        "how loud should my reverb send be on the vocal", snapshot=_vocal(sends=(Send("{V}", "Verb", -12.0),))
    )
    assert "Now 'Lead Vox' sends to 'Verb' at -12.0 dB, 3.0 dB hotter than that start." in advice.text
    assert "In REAPER" not in advice.text


def test_pre_delay_asked_gets_a_number_not_a_yes() -> None:
    advice = advise_rock("what predelay on the vocal verb")
    assert advice.text.startswith("About 20-40 ms of pre-delay on 'Lead Vox' (common practice)")


def test_the_bass_to_a_reverb_bus_is_little_or_none() -> None:
    advice = advise_rock("should i send the bass to the reverb bus")
    assert advice.text.startswith(
        "Little or none: reverb smears the low end, so most engineers keep 'Bass' dry"
    )


def test_how_to_set_up_a_send_gives_the_reaper_steps_first() -> None:
    advice = advise_rock("how do i set up a reverb send in reaper")
    assert advice.text.startswith(
        "In REAPER: add a new track with ReaVerbate (or ReaVerb) at 100% wet and no dry"
    )


# one rule for a claim ruled out


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("so its my vox being too loud, not the band being too quiet, right?", "loud"),
        ("i think the bass is too loud rather than too quiet", "loud"),
        ("not too quiet, the guitar is too loud", "loud"),
        ("is the vocal too quiet?", "quiet"),
    ],
)
def test_the_complaint_is_the_claim_made_not_the_one_ruled_out(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


def test_first_claim_reads_a_negated_clause_anywhere() -> None:
    find = first_claim(lambda t: "quiet" if "quiet" in t else "loud" if "loud" in t else None)
    assert find("kick is too loud instead of too quiet?") == "loud"
    assert find("the kick is too quiet") == "quiet"


# a quality asked of a drum inside a kit track


def test_more_body_on_a_snare_inside_the_kit_lifts_the_kit_narrowly_in_its_body() -> None:
    advice = advise_rock("how do i get more body on the snare", snapshot=soul_snapshot())
    assert advice.text.startswith("Your snare has no track of its own: it's inside 'Drums'"), advice.text
    assert "On 'Drums', add 2 dB around 190 Hz (Q ~2) for the snare's body (150 Hz-250 Hz)" in advice.text
    card = advice.suggestions[0]
    assert (card.track, card.params["freq_hz"], card.params["gain_db"], card.params["q"]) == (
        "Drums",
        190,
        2.0,
        2.0,
    )


def test_more_crack_on_a_snare_inside_the_kit_with_the_mix_full_there_gets_no_lift() -> None:
    advice = advise_rock(
        "how do i get more crack on the snare", snapshot=soul_snapshot(), analysis=SNARE_EDGE_FULL
    )
    assert (
        "No boost on 'Drums' for the snare's crack: where the snare's crack sits, the whole mix's high-mid band (2 kHz-4 kHz) is 6.0 dB above"
        in advice.text
    )
    assert advice.suggestions == ()


def test_a_reverb_send_guessed_as_the_cause_is_not_taken_as_a_send_asked_about() -> None:
    advice = advise_rock("keys way too big, is it my reverb send?", (level_finding("Keys", "keys", 10.0),))
    assert not advice.text.startswith("Yes, a send"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0


def test_the_words_with_the_voice_named_keep_the_part_over_it_as_the_fault() -> None:
    from fakes.band_sessions import guitar_masks_vocal

    q = "can't make out the words, should i boost the highs on the vocal?"
    advice = advise_rock(q, (level_finding("Gtr L", "electric guitars", 9.0), guitar_masks_vocal()))
    assert advice.text.startswith("Not first: what is off is 'Gtr L'"), advice.text
    assert advice.text.count("what is off is") == 1
