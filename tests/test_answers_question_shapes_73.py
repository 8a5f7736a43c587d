"""Question shapes found after set 49's one run: "is this gonna sound weak next to the songs on spotify?" is a yes or
no, so a loudness in range is a "No:" (a fault that does make it weak said after "No, not on loudness:"), while "why
does it sound weak next to..." still rules the loudness out with "Not the loudness:"; "should i compress the kick?"
with no kick at all says so first and gives what engineers do only as general, never a "Yes" to a move on nothing;
"carve out some 300hz" is an EQ cut, so on a part far too loud it is "Not first:" and the fader; "leslie swirl" and
"leslie spin" name the rotary effect (with its speeds), "a leslie sim on the rhodes" is no missing "leslie" part, and
a how-to on a part 10 dB low says its fader and still the effect; "kick up 3db done. better?" reports a move made, so
it is no size proposed ("Yes: about 2.5 dB does it"), and a fader that never moved is said to be so; a part too low
before and inside the range now has its fault gone, not "went from 5.8 dB to 5.5 dB"; "do i need a compressor on the
master?" is answered from the mix's own squash (a processor asked for is no cause guessed), with the bus compressor
as optional glue and its settings; "how should i eq the acoustic?" with it 11 dB over says its level first, then the
settings, as "what eq on the bass?" does; "mute it or turn down?" is the mute's answer; "or is it fine for rock" is
the other answer of a yes/no, so a part 12 dB low is a yes; "pad is down like you said, anything else now?" with only
a lean left is "That worked:" and nothing else to fix, not a "Yes" that reads as more to fix; "turn everything else
up instead" names the other parts, not the master (so the part off answers, not the loudness); "how much louder
should the vocal be than the beat?" at a fine level is "leave it", not the size of an EQ lift; "right gtr too loud or
is the left too quiet?" measures both sides and names the one whose story holds ("It's the left one:"), "Neither"
with both meters, or "Neither, the other way round"; "should the harmony be panned or kept centre?" names the one
real mixes use ("Panned:", "Centred:"), not a "Yes"; and a number spoken with a vowel takes "an" ("an 11.3 dB
ratio")."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.answer_compare import claims_move
from model.answer_knowledge import PAN_OR_CENTRE
from model.answer_tracks import asks_norm_gap
from model.creative_fx import effect_of, in_effect_name
from model.intent import classify
from model.intent_forms import OR_FINE_TAIL
from model.mute_it import MUTE_IT
from model.phrasing import article


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("the piano is clogging up the low mids, should i just carve out some 300hz on it?", "eq"),
        ("should i carve some 300hz out of the piano?", "eq"),
        ("carve out some low mids on the guitars?", "eq"),
        ("how do i carve out space for the vocal?", None),
    ],
)
def test_carving_a_band_is_an_eq_cut(question: str, technique: str | None) -> None:
    assert classify(question).technique == technique


@pytest.mark.parametrize(
    ("question", "effect"),
    [
        ("how do i get that leslie swirl on the organ in reaper?", "rotary speaker"),
        ("how do i get a leslie spin on the organ", "rotary speaker"),
        ("should i put a leslie sim on the rhodes?", "rotary speaker"),
        ("leslie played the organ on this one, is it too loud?", None),
    ],
)
def test_the_rotary_effect_is_named_by_its_swirl(question: str, effect: str | None) -> None:
    found = effect_of(question)
    assert (found.name if found else None) == effect


def test_a_leslie_sim_names_no_part() -> None:
    assert in_effect_name("leslie", "should i put a leslie sim on the rhodes?")
    assert not in_effect_name("rhodes", "should i put a leslie sim on the rhodes?")


@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        ("kick up 3db done. better?", True),
        ("lowered the left guitar by 3, still loud?", True),
        ("vocal down 2db done, hows that", True),
        ("should i push the kick up 3db?", False),
        ("is the kick done?", False),
    ],
)
def test_a_move_said_done_is_a_move_made(question: str, claimed: bool) -> None:
    assert claims_move(question) is claimed


@needs_fluidsynth
def test_weak_next_to_spotify_asked_yes_or_no_is_a_no_on_a_loudness_in_range() -> None:
    advice = ask_once("pop", "clean", "is this gonna sound weak next to the other songs on spotify?")
    assert advice.text.startswith(
        "No: -14.1 LUFS integrated is in range for Spotify (-14 LUFS). Nothing else I measured is out of line"
    )


@needs_fluidsynth
def test_weak_next_to_spotify_with_a_part_off_is_no_on_loudness_then_the_part() -> None:
    advice = ask_once("pop", "Kick -10", "is this gonna sound weak next to the other songs on spotify?")
    assert advice.text.startswith(
        "No, not on loudness: -14.0 LUFS integrated is in range for Spotify (-14 LUFS). What I measured that does "
        "make it weak: 'Kick' sits about 6 dB quieter"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Kick", 2.5)
    why = ask_once("pop", "Kick -10", "why does it sound so weak next to songs on spotify")
    assert why.text.startswith("Not the loudness: -14.0 LUFS integrated is in range for Spotify (-14 LUFS).")


@needs_fluidsynth
def test_a_technique_on_a_part_the_session_lacks_says_so_first() -> None:
    advice = ask_once("folk", "clean", "should i compress the kick?")
    assert advice.text.startswith(
        "There's no kick in this session; your tracks are 'Acoustic Gtr', 'Upright Bass', 'Piano', 'Fiddle', "
        "'Shaker', 'Lead Vocal', 'Harmony Vox'. In general, yes, most engineers do: in 90 real mixes (MixologyDB), "
        "66% of 160 kick drums were compressed"
    )


@needs_fluidsynth
def test_carving_300hz_on_a_part_far_too_loud_is_not_first() -> None:
    advice = ask_once(
        "soul",
        "Rhodes +10",
        "the piano is clogging up the low mids, should i just carve out some 300hz on it?",
    )
    assert advice.text.startswith("Not first: 'Rhodes' sits 2 dB over your lead vocal")
    assert "EQ won't fix a part sitting at the wrong level" in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Rhodes", -6.0)


@needs_fluidsynth
def test_a_leslie_swirl_how_to_gives_the_rotary_effect_and_its_speeds() -> None:
    advice = ask_once("soul_kit", "clean", "how do i get that leslie swirl on the organ in reaper?")
    assert advice.text.startswith("Nothing I measured calls for a rotary speaker: it's a colour, not a fix.")
    assert (
        "slow (chorale, the horn about 0.8 Hz) for verses and pads, fast (tremolo, about 6-7 Hz)"
        in advice.text
    )


@needs_fluidsynth
def test_a_leslie_sim_on_the_rhodes_is_no_missing_part() -> None:
    clean = ask_once("soul", "clean", "should i put a leslie sim on the rhodes?")
    assert clean.text.startswith(
        "That's a taste choice, not a fix: nothing I measured calls for a rotary speaker."
    )
    loud = ask_once("soul", "Rhodes +10", "should i put a leslie sim on the rhodes?")
    assert loud.text.startswith("Not first: 'Rhodes' sits 2 dB over your lead vocal")
    assert "no leslie" not in (clean.text + loud.text).lower()


@needs_fluidsynth
def test_a_leslie_how_to_on_a_part_10_db_low_says_its_fader_and_the_effect() -> None:
    advice = ask_once("soul_kit", "Organ -10", "how do i get a leslie spin on the organ")
    assert "Fix this first: 'Organ' sits about 10 dB quieter" in advice.text
    assert "Bring the fader on 'Organ' (it's at -18.6 dB now) up about 6 dB." in advice.text
    assert "a rotary-speaker plug-in" in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Organ", 6.0)


@needs_fluidsynth
def test_a_move_said_done_with_the_fader_unmoved_is_not_yet() -> None:
    advice = ask_after("pop", ("Kick -10", "kick feels weak"), "Kick -10", "kick up 3db done. better?")
    assert advice.text.startswith(
        "Not yet: the 'Kick' sitting too low is still there (5.8 dB). Its fader still reads -16.4 dB, as on the "
        "last clip, so the change you made isn't in this playback"
    )
    guitar = ask_after(
        "rock", ("Gtr L +10", "guitars unbalanced?"), "Gtr L +10", "lowered the left guitar by 3, still loud?"
    )
    assert guitar.text.startswith(
        "Yes, still: the 'Gtr L' sitting too loud is still there (9.1 dB). Its fader still"
    )


@needs_fluidsynth
def test_a_part_too_low_before_and_inside_the_range_now_has_its_fault_gone() -> None:
    advice = ask_after("pop", ("Kick -10", "kick feels weak"), "clean", "kick up 3db done. better?")
    assert advice.text.startswith(
        "Yes: the 'Kick' sitting too low is gone; it now sits inside the range real mixes use. You moved its fader "
        "from -16.4 to -6.4 dB"
    )


@pytest.mark.parametrize(
    ("number", "said"),
    [
        ("11.3", "an"),
        ("8.0", "an"),
        ("18", "an"),
        ("80.5", "an"),
        ("12.6", "a"),
        ("1.5", "a"),
        ("-8", "a"),
        ("110", "a"),
    ],
)
def test_a_number_takes_the_article_it_is_spoken_with(number: str, said: str) -> None:
    assert article(number) == said


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        ("shaker is annoying af, mute it or turn down?", True),
        ("organ is everywhere, should i mute it or just pull it back a bit?", True),
        ("should i just mute the organ", True),
        ("should i turn it down or up?", False),
    ],
)
def test_a_mute_offered_before_the_fader_is_a_mute_offered(question: str, offered: bool) -> None:
    assert bool(MUTE_IT.search(question)) is offered


@pytest.mark.parametrize(
    ("question", "tail"),
    [
        ("should they be louder or is it fine for rock", True),
        ("too loud or is that ok for this kind of song", True),
        ("is the bass boomy or is it fine?", True),
        ("is it fine for rock?", False),
    ],
)
def test_or_is_it_fine_for_a_style_is_the_other_answer(question: str, tail: bool) -> None:
    assert bool(OR_FINE_TAIL.search(question)) is tail


@needs_fluidsynth
def test_a_compressor_on_the_master_asked_for_is_answered_from_the_mix_squash() -> None:
    advice = ask_once("pop", "clean", "do i need a compressor on the master")
    assert advice.text == (
        "No, not for its dynamics: a 12.8 dB peak-to-loudness ratio leaves room for transients, and nothing is "
        "squashed or clipping. On the mix bus a compressor is optional glue, not a fix: about 2:1, attack 10-30 ms, "
        "auto release, 1-2 dB of gain reduction, if you like how it ties the parts together; the loudness of a "
        "release comes from a limiter last on the master."
    )
    bass = ask_once("rock", "Bass +10", "does my mix bus need a compressor?")
    assert bass.text.startswith("No, not for its dynamics: an 11.3 dB peak-to-loudness ratio")
    assert "What does stand out: 'Bass' sits about 10 dB louder" in bass.text
    assert (bass.suggestions[0].track, bass.suggestions[0].params["delta_db"]) == ("Bass", -6.0)


@needs_fluidsynth
def test_a_technique_how_to_on_a_part_off_gives_its_fader_then_the_technique() -> None:
    advice = ask_once("folk", "Acoustic Gtr +10", "how should i eq the acoustic")
    assert advice.text.startswith(
        "First its level: 'Acoustic Gtr' sits about 11 dB louder against the rest of your tracks than acoustic "
        "guitars do in 21 well-rated real mixes (MixologyDB). Bring the fader on 'Acoustic Gtr' (it's at +4.4 dB "
        "now) down about 6 dB. Then the settings: engineers high-passed acoustic guitars around 105 Hz"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Acoustic Gtr", -6.0)
    side = ask_once("pop", "Synth Bass +10", "how do i sidechain the bass to the kick")
    assert "Then the settings: bass keyed from the kick: ratio 3:1 to 4:1" in side.text
    clean = ask_once("soul", "clean", "how should i compress the vocal")
    assert clean.text.startswith("On lead vocals, engineers ran a median 3:1")


@needs_fluidsynth
def test_mute_or_turn_down_is_the_mute_answered() -> None:
    advice = ask_once("folk", "Shaker +10", "shaker is annoying af, mute it or turn down?")
    assert advice.text.startswith("No need to mute it: turn it down. 'Shaker' sits about 9 dB louder")
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Shaker", -6.0)


@needs_fluidsynth
def test_louder_or_fine_for_a_style_on_a_part_12_db_low_is_a_yes() -> None:
    advice = ask_once(
        "rock", "Hats -10", "cant really hear the hats, should they be louder or is it fine for rock"
    )
    assert advice.text.startswith("Yes: 'Hats' sits about 12 dB quieter against your other drum mics")
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Hats", 6.0)


@pytest.mark.parametrize(
    ("question", "master"),
    [
        ("what if i just turn everything else up instead", False),
        ("can i just bring everything else up instead?", False),
        ("should i turn everything up for spotify?", True),
    ],
)
def test_everything_else_is_the_other_parts_not_the_master(question: str, master: bool) -> None:
    assert classify(question).about_master is master


@needs_fluidsynth
def test_anything_else_after_a_fix_with_only_a_lean_left_is_nothing_else_to_fix() -> None:
    advice = ask_after(
        "pop", ("Pad +10", "whats wrong"), "clean", "pad is down 6 like you said, anything else now?"
    )
    assert advice.text.startswith("That worked: the 'Pad' sitting too loud is gone.")
    assert "Nothing else needs fixing; at most, the mix leans a little boomy." in advice.text
    assert "If you hear it: dip 3 dB around 120 Hz (Q ~1.4) on 'Synth Bass'" in advice.text


@needs_fluidsynth
def test_everything_else_up_instead_answers_the_part_off() -> None:
    advice = ask_after(
        "rock", ("Keys +10", "keys too loud?"), "Keys +10", "what if i just turn everything else up instead"
    )
    assert advice.text.startswith(
        "No, nothing sits too low; the opposite: 'Keys' sits level with your lead vocal"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Keys", -4.5)


@pytest.mark.parametrize(
    ("question", "norm"),
    [
        ("how much louder should the vocal be than the beat", True),
        ("how loud should the vocal be compared to the band", True),
        ("how much louder should i make the vocal", False),
        ("how much should i boost the vocal at 3k", False),
        ("how many db louder than the music should my vox be?", True),
    ],
)
def test_a_level_against_another_asked_as_a_norm(question: str, norm: bool) -> None:
    assert asks_norm_gap(question) is norm


@needs_fluidsynth
def test_how_much_louder_than_the_beat_at_a_fine_level_is_leave_it_not_an_eq_lift() -> None:
    advice = ask_once("pop", "clean", "how much louder should the vocal be than the beat")
    assert advice.text.startswith(
        "Leave 'Lead Vocal' where it is: nothing I measured says it is out of line, so at most a small nudge by "
        "ear. Its own meter reads -20.0 LUFS, above 'Kick'."
    )
    assert not advice.suggestions


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "question", "head", "card"),
    [
        ("Gtr R +10", "right gtr too loud or is the left too quiet?", "It's the right one: 'Gtr R' sits about 7 dB louder",
         ("Gtr R", -3.5)),
        ("Gtr L -10", "right gtr too loud or is the left too quiet?", "It's the left one: 'Gtr L' sits about 11 dB quieter",
         ("Gtr L", 6.0)),
        ("Gtr R -10", "right guitar too loud or left one too quiet?",
         "Neither, the other way round: 'Gtr R' sits about 13 dB quieter", ("Gtr R", 6.0)),
    ],
)  # fmt: skip
def test_two_stories_on_two_sides_name_the_side_that_holds(
    scenario: str, question: str, head: str, card: tuple[str, float]
) -> None:
    advice = ask_once("rock", scenario, question)
    assert advice.text.startswith(head), advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == card


@needs_fluidsynth
def test_two_stories_on_two_sides_with_neither_off_give_both_meters() -> None:
    advice = ask_once("rock", "clean", "is the left guitar too quiet or the right one too loud")
    assert advice.text == (
        "Neither: nothing I measured says 'Gtr L' is too quiet or 'Gtr R' too loud; 'Gtr L' reads -24.9 LUFS and "
        "'Gtr R' reads -26.7 LUFS."
    )


@pytest.mark.parametrize(
    ("question", "choice"),
    [
        ("should the harmony be panned or kept centre", True),
        ("keep the bvs centered or pan them out?", True),
        ("should i pan the harmony?", False),
        ("is the bass in mono?", False),
    ],
)
def test_panned_or_centred_is_a_choice_offered(question: str, choice: bool) -> None:
    assert bool(PAN_OR_CENTRE.search(question)) is choice


@needs_fluidsynth
def test_panned_or_centred_names_the_one_real_mixes_use() -> None:
    harmony = ask_once("folk", "clean", "should the harmony be panned or kept centre")
    assert harmony.text.startswith(
        "Panned: in 90 real mixes (MixologyDB), 18% of 450 backing vocals sat dead centre. Your 'Harmony Vox' is "
        "panned 30% left."
    )
    bass = ask_once("rock", "clean", "should the bass be panned or in the middle")
    assert bass.text.startswith("Centred: in 90 real mixes (MixologyDB), 95% of 118 basses sat dead centre.")
