"""Question shapes about technique and a part's own sound: keeping a part at one steady level is a compressor and
automation, not a level verdict; a part called washy is its reverb; "should i boost the highs on the vocal" is that
boost, yes or no from the mix's top, with a shelf; phase asked of a part says what the session and the mix can and
cannot show; a phaser is a taste choice; grit wished for is saturation; "they seem loud" after a question about
named parts is those parts."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot

from companion.context import Turn
from model.creative_fx import effect_of
from model.even_level import EVEN_ASKED, uneven_said
from model.intent import classify
from model.intent_state import plain_state_question
from model.pronoun_part import pronoun_part
from model.rules import RulesAdvisor
from model.vibe_craft import vibe_of

BASS_HOT = level_finding("Bass", "basses", 10.0, fader_db=2.5)
"""The rock session's bass 10 dB over its place."""


@pytest.mark.parametrize(
    "question",
    [
        "how do i keep the bass at one steady level the whole song, some notes jump out n others just vanish",
        "how do i even out the bass",
    ],
)
def test_a_steady_level_asked_of_a_part_is_a_compressor_then_automation(question: str) -> None:
    text = advise_rock(question).text
    assert text.startswith("That's the part's note-to-note range, not its fader"), text
    assert "On basses, engineers ran a median 3:1, attack 7 ms" in text
    assert "3-6 dB of gain reduction" in text and "volume automation" in text
    assert "out of line" not in text


def test_a_steady_level_on_a_part_too_loud_names_its_fader_first() -> None:
    advice = advise_rock("how do i keep the bass at one steady level", (BASS_HOT,))
    assert advice.text.startswith("First its fader: 'Bass' sits about 10 dB louder"), advice.text
    assert "Then even out its note-to-note range" in advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == -9.0


@pytest.mark.parametrize(
    ("question", "asked"),
    [("some notes jump out n others vanish", True), ("is the bass too loud", False), ("notes poke out", False),
     ("its level is all over the place", True)],
)  # fmt: skip
def test_the_words_for_a_level_that_will_not_stay_put(question: str, asked: bool) -> None:
    assert uneven_said(question) is asked


def test_a_part_called_washy_is_its_reverb_not_its_level() -> None:
    text = advise_rock("is the vocal washy?").text
    assert text.startswith("No: there's no reverb on 'Lead Vox' at all"), text
    assert "86% of 194 lead vocals had reverb" in text


def test_too_washy_with_feels_like_is_no_liking() -> None:
    q = "is the pad too washy? kinda feels like its blurring the vocal"
    assert not plain_state_question(True, ("pad", "vocal"), None, None, q, False)
    assert plain_state_question(True, ("pad",), None, None, "do you like the pad?", False)


def test_a_boost_of_the_highs_asked_where_the_mix_has_room_is_yes_with_the_move() -> None:
    advice = advise_rock("should i boost the highs on the vocal")
    assert advice.text.startswith("Yes, a little: on 'Lead Vox', add 2.5 dB around 12.6 kHz"), advice.text
    assert "high-passed lead vocals" not in advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["gain_db"] == 2.5


def test_a_boost_of_the_highs_where_the_mix_is_bright_is_no_with_a_small_shelf() -> None:
    bright = clean(balance_vs_target_db={"sub": 0, "bass": 0, "low_mid": 0, "mid": 0, "high_mid": 2.0,
                                         "presence": 4.0, "air": 7.0})  # fmt: skip
    advice = RulesAdvisor().advise(context("should i boost the highs on the vocal", rock_snapshot(), bright))
    text = advice.text
    assert text.startswith("No, not much on 'Lead Vox': where the lead vocal's air sits"), text
    assert "7.0 dB above the median real mix" in text
    assert "high shelf of +1-2 dB from about 10 kHz" in text and not advice.suggestions


def test_the_top_end_asked_for_by_name_gets_the_move_not_its_fine() -> None:
    text = advise_rock("how do i add some top end to the vocal?").text
    assert text.startswith("On 'Lead Vox', add 2.5 dB around 12.6 kHz"), text


def test_phase_asked_of_a_part_reads_its_polarity_and_says_what_the_mix_cannot_show() -> None:
    text = advise_rock("is the snare out of phase").text
    assert text.startswith("Not that I can measure: 'Snare' is a single track with normal polarity"), text
    assert "+0.70" in text and "can't be read from the mix" in text and "flip polarity" in text


def test_a_flipped_track_is_named() -> None:
    snap = rock_snapshot()
    tracks = tuple(dataclasses.replace(t, phase_inverted=t.name == "Snare") for t in snap.tracks)
    text = advise_rock("is the snare out of phase", snapshot=dataclasses.replace(snap, tracks=tracks)).text
    assert "'Snare' has polarity flipped in REAPER" in text, text


def test_a_phaser_on_the_mix_is_a_taste_choice_not_the_lean() -> None:
    advice = advise_rock("should i add a phaser to the mix?")
    assert advice.text.startswith("I wouldn't on the whole mix: nothing I measured calls for a phaser"), (
        advice.text
    )
    assert "0.2-1 Hz" in advice.text and not advice.suggestions


def test_a_phaser_beside_a_fault_names_the_fault_with_its_card() -> None:
    advice = advise_rock("should i add a phaser to the mix?", (BASS_HOT,))
    assert "Fix this first: 'Bass' sits about 10 dB louder" in advice.text, advice.text
    assert advice.suggestions[0].track == "Bass"


@pytest.mark.parametrize(
    ("question", "effect"),
    [("put a flanger on the vocal?", "flanger"), ("add some chorus to the keys", "chorus"),
     ("is the chorus too loud?", None), ("is the snare out of phase", None)],
)  # fmt: skip
def test_the_effect_named(question: str, effect: str | None) -> None:
    found = effect_of(question)
    assert (found.name if found else None) == effect


def test_grit_wished_for_is_saturation_not_the_harsh_lean() -> None:
    text = advise_rock("i want the mix more gritty").text
    assert text.startswith("Grit is saturation or distortion"), text
    assert "10-30%" in text and "de-esser" not in text
    assert vibe_of("is the mix too gritty?") is not None  # the words match, and the route steps aside:
    assert not advise_rock("is the mix too gritty?").text.startswith("Grit is")


def test_they_after_a_question_about_parts_is_those_parts() -> None:
    history = (
        Turn("user", "are the keys too loud?"),
        Turn("assistant", "No: nothing I measured says 'Keys' is too loud."),
    )
    q = "how come? they honestly seem loud to me"
    intent = pronoun_part(classify(q, history), q, history)
    assert intent.instruments == ("keys",) and intent.complaint == "loud" and not intent.about_master
    advice = RulesAdvisor().advise(context(q, rock_snapshot(), clean(), (), history))
    assert "'Keys'" in advice.text and "Spotify" not in advice.text, advice.text


def test_it_with_a_tone_still_means_the_mix() -> None:
    history = (Turn("user", "are the keys too loud?"),)
    q = "it sounds thin to me"
    assert pronoun_part(classify(q, history), q, history) == classify(q, history)


def test_heavier_asks_for_size_not_a_verdict() -> None:
    advice = advise_rock("how do i make the guitars sound heavier")
    assert advice.text.startswith("Bring the fader on 'Gtr L' (it's at +0.0 dB now) up about 1.5 dB."), (
        advice.text
    )
    assert advice.suggestions[0].params["delta_db"] == 1.5


def test_more_crack_is_the_punch_craft_on_the_snare() -> None:
    advice = advise_rock("how do i make the snare crack more")
    assert "ratio about 3.2:1, attack about 16 ms" in advice.text, advice.text
    assert "around 3.2 kHz" in advice.text and advice.suggestions[0].params["freq_hz"] == 3200


@pytest.mark.parametrize(
    ("question", "ride"),
    [("how do i make the vocal louder", True), ("how do i stop the vocal getting lost in the chorus", True),
     ("how do i make the bass quieter", False)],
)  # fmt: skip
def test_a_level_move_asked_how_on_a_part_in_range_gets_its_room(question: str, ride: bool) -> None:
    advice = advise_rock(question)
    assert advice.text.startswith("Its fader is the move: nothing I measured says"), advice.text
    assert ("automate it up 1-2 dB" in advice.text) is ride
    assert abs(advice.suggestions[0].params["delta_db"]) == 2.0


@pytest.mark.parametrize(
    ("question", "said"),
    [("should i add distortion to the vocal", "calls for distortion. On a vocal or a drum bus"),
     ("should i use autotune on the vocal", "calls for pitch correction. I don't measure pitch"),
     ("should i double the vocal", "calls for a double. A real second take works best: keep it 6-10 dB under")],
)  # fmt: skip
def test_a_production_effect_on_a_part_is_a_taste_choice(question: str, said: str) -> None:
    text = advise_rock(question).text
    assert text.startswith("That's a taste choice, not a fix: nothing I measured") and said in text, text
    assert "out of line" not in text


def test_double_the_level_is_no_doubled_part() -> None:
    assert "second take" not in advise_rock("should i double the bass level").text


def test_a_level_remark_on_the_part_keeps_its_own_nudge_for_a_how() -> None:
    loud = level_finding("Kick", "kick drums", 4.0, -1.5)
    text = advise_rock("how do I make the kick louder?", (dataclasses.replace(loud, severity=0.2),)).text
    assert not text.startswith("Its fader is the move"), text


def test_a_how_then_a_yes_no_answers_both_in_the_order_asked() -> None:
    advice = advise_rock("how do i make the kick hit harder and is the bass ok?")
    text = advice.text
    assert text.startswith(
        "Put a compressor on 'Kick' (it has none): ratio about 3.9:1, attack about 17 ms"
    ), text
    assert text.index("And is the bass ok? Yes: nothing I measured says 'Bass' is out of line.") > text.index(
        "75 Hz"
    )
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["freq_hz"] == 75


def test_a_telephone_effect_is_a_band_pass() -> None:
    text = advise_rock("how do i get a telephone effect on the vocal").text
    assert text.startswith("Nothing I measured calls for a telephone effect: it's a colour, not a fix."), text
    assert "high-pass at about 300-500 Hz and low-pass at about 3-4 kHz" in text


def test_it_pushing_back_on_a_parts_level_is_that_part_unless_the_mix_is_named() -> None:
    history = (Turn("user", "is the vocal too loud?"),)
    pushed = "why? it seems loud to me"
    intent = pronoun_part(classify(pushed, history), pushed, history)
    assert intent.instruments == ("vocal",) and intent.complaint == "loud"
    overall = "is it too loud overall?"
    assert pronoun_part(classify(overall, history), overall, history).instruments == ()


def test_they_keeps_a_tone_complaint_on_the_parts() -> None:
    history = (Turn("user", "are the drums ok?"),)
    q = "why do they sound thin"
    intent = pronoun_part(classify(q, history), q, history)
    assert intent.instruments and intent.complaint == "thin"


def test_hiss_is_never_answered_with_a_top_boost() -> None:
    dull = clean(balance_vs_target_db={"sub": 0, "bass": 0, "low_mid": 0, "mid": 0, "high_mid": -2.0,
                                       "presence": -5.0, "air": -9.0})  # fmt: skip
    advice = RulesAdvisor().advise(context("how do i get rid of the hiss", rock_snapshot(), dull))
    assert advice.text.startswith("I can't measure noise under the music in a full clip"), advice.text
    assert "ReaFIR in Subtract mode" in advice.text and "+2" not in advice.text and not advice.suggestions


def test_hum_on_a_part_is_notched_on_that_part() -> None:
    text = advise_rock("theres a hum on the bass how do i fix it").text
    assert "Solo 'Bass' in a quiet bit" in text and "at 50 or 60 Hz" in text, text


def test_a_noise_gate_is_no_noise_question() -> None:
    assert not advise_rock("should i use a noise gate on the snare").text.startswith("I can't")


def test_even_as_a_filler_word_asks_no_steady_level() -> None:
    assert not EVEN_ASKED.search(
        "if u had to touch one thing, guitar or anything else, what would it even be"
    )
    assert EVEN_ASKED.search("how do i even it out")


def test_an_effect_on_a_part_not_in_the_session_says_it_is_not_there() -> None:
    text = advise_rock("should i double the horns to make them bigger?").text
    assert "taste choice" not in text and "horn" in text.lower(), text


def test_a_ringing_part_is_found_by_a_sweep_not_judged_on_its_level() -> None:
    advice = advise_rock("is the snare too ringy")
    assert advice.text.startswith("I can't tell from the mix: a ring is one narrow frequency"), advice.text
    assert (
        "on 'Snare': a narrow ReaEQ band (Q ~8, +10 dB)" in advice.text
        and "release about 100-200 ms" in advice.text
    )


def test_ringing_ears_are_no_ringing_part() -> None:
    assert "narrow ReaEQ band" not in advise_rock("my ears are ringing, are the hats too loud?").text


def test_a_part_pushed_further_back_is_depth_not_its_fader_room() -> None:
    assert not advise_rock("how do i push the keys further back in the mix").text.startswith(
        "Its fader is the move"
    )


def test_a_crunchy_master_asked_about_is_no_grit_wish() -> None:
    assert not advise_rock("is the master crunchy?").text.startswith(("Grit is", "Not something a meter"))


def test_a_voice_vanishing_behind_another_part_is_no_steady_level_ask() -> None:
    assert not advise_rock(
        "my voice kinda disappears behind the guitars, what do you hear there"
    ).text.startswith(("That's the part's note-to-note range", "First its fader"))


def test_noise_with_a_part_measured_off_leaves_that_part_to_the_router() -> None:
    hats = level_finding("Hats", "hi-hats", 9.0)
    advice = advise_rock("is it just me or is there a weird hissy rattle all over the mix", (hats,))
    assert "'Hats'" in advice.text and not advice.text.startswith("I can't"), advice.text


def test_a_washy_part_at_the_wrong_level_gets_its_fader_first() -> None:
    pad = level_finding("Keys", "keys", 10.0)
    advice = advise_rock("keys sound washy, should i put less reverb on them?", (pad,))
    assert advice.suggestions and advice.suggestions[0].track == "Keys", advice.text


def test_a_double_bass_is_the_instrument_not_a_double() -> None:
    assert effect_of("double bass sitting right?") is None
    assert effect_of("gave the double bass a big lift, is the bottom end there now?") is None
    assert effect_of("should i double the vocal") is not None
