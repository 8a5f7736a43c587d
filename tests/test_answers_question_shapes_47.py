"""Question shapes from blind set 34's misses and their neighbours: low end said as weight ("bloated", "heavy in the
low end", "bottom-heavy") is the boomy complaint; "anything ... gonna make me look bad?" is a yes/no with its verb
left out; "down the hall" is a far-off place, not a hall reverb; an amp, cab or amp sim swapped is a new source
guessed (the fader first when the level is off); a track's own name with its side letter ("Gtr R") is that track;
and the sidechain pump asked by its sound ("breathe with the kick", "that pumping thing") gets the pump's settings
timed to the session's tempo."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot

from model.focus import SessionView, understand
from model.intent import Wants, classify
from model.intent_source import guesses_new_source
from model.intent_verdict import asks_bad_state
from model.rules import RulesAdvisor


@pytest.mark.parametrize(
    "text",
    [
        "does the mix feel bloated n heavy in the trunk to u?",
        "is the low end bloated",
        "does the mix feel heavy in the low end?",
        "is the mix bottom-heavy?",
        "kinda heavy on the bottom end",
    ],
)
def test_low_end_said_as_weight_is_boomy(text: str) -> None:
    assert classify(text).complaint == "boomy"


@pytest.mark.parametrize("text", ["is the vocal heavy handed?", "heavy guitars sound great", "a heavy song"])
def test_heavy_alone_is_not_boomy(text: str) -> None:
    assert classify(text).complaint != "boomy"


def test_bloated_low_end_with_the_bass_too_loud_is_yes_and_pulls_the_bass_down() -> None:
    advice = advise_rock("does the mix feel bloated to you?", [level_finding("Bass", "basses", 9.0, 2.0)])
    assert advice.text.startswith("Yes"), advice.text
    assert advice.suggestions[0].track == "Bass"
    assert advice.suggestions[0].params["delta_db"] == -8.0


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("playing this for the band tmrw, anything in the balance gonna make me look bad?", True),
        ("anything wrong?", True),
        ("something off in the levels?", True),
        ("anything sticking out?", True),
        ("anything i should add?", False),
        ("how do i fix anything that sounds off", False),
    ],
)
def test_anything_bad_with_its_verb_left_out_asks_whether_something_is_wrong(text: str, bad: bool) -> None:
    assert asks_bad_state(text) is bad
    if bad:
        intent = classify(text)
        assert intent.wants == Wants.JUDGE and intent.asks_problem


def test_anything_bad_on_a_fine_balance_is_no_and_on_a_loud_snare_is_yes() -> None:
    question = "playing this for the band tmrw, anything in the balance gonna make me look bad?"
    assert advise_rock(question).text.startswith("No"), advise_rock(question).text
    loud = advise_rock(question, [level_finding("Snare", "snares", 13.0, 2.4)])
    assert loud.text.startswith("Yes"), loud.text
    assert loud.suggestions[0].track == "Snare" and loud.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("text", "reverb"),
    [
        ("the acoustic sounds like someones strumming it down the hall, too quiet?", False),
        ("vocal sounds like its across the hall", False),
        ("too much hall on the acoustic?", True),
        ("should i use a hall or a plate on the vocal", True),
    ],
)
def test_down_the_hall_is_a_place_and_a_hall_is_a_reverb(text: str, reverb: bool) -> None:
    assert (classify(text).technique == "reverb") is reverb


def test_a_part_down_the_hall_and_too_quiet_is_yes_with_its_fader_up() -> None:
    advice = advise_rock(
        "the keys sound like someones playing them down the hall, too quiet?",
        [level_finding("Keys", "keys", -9.0, -15.0)],
    )
    assert advice.text.startswith("Yes"), advice.text
    assert "reverb" not in advice.text.lower()
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == 8.0


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("right side gtr is a buzzsaw, gonna swap the cab in my amp sim, thats the fix right?", True),
        ("should i change the amp sim on gtr r?", True),
        ("maybe try a different amp on the right gtr?", True),
        ("thinking i'll try another IR", True),
        ("should i change the eq on the amp", False),
        ("turn the amp down?", False),
    ],
)
def test_an_amp_or_cab_swapped_is_a_new_source_guessed(text: str, guess: bool) -> None:
    assert guesses_new_source(text) is guess


def test_a_cab_swap_on_a_loud_guitar_is_not_first_and_the_fader_comes_down() -> None:
    advice = advise_rock(
        "right side gtr is a buzzsaw, gonna swap the cab in my amp sim, thats the fix right?",
        [level_finding("Gtr R", "electric guitars", 7.0, 4.1)],
    )
    assert advice.text.startswith("No, not a new amp or cab first: 'Gtr R' sits about 7 dB louder"), (
        advice.text
    )
    assert "a new amp or cab at the same wrong level sounds as loud as the old one" in advice.text
    assert advice.suggestions[0].track == "Gtr R" and advice.suggestions[0].params["delta_db"] == -6.0


def test_an_amp_swap_on_fine_guitars_says_the_meters_cannot_judge_an_amp() -> None:
    advice = advise_rock("should i swap the amp sim on the guitars?")
    assert advice.text.startswith("Maybe: the meters can't judge an amp or cab's sound"), advice.text


@pytest.mark.parametrize(
    ("text", "tracks"),
    [
        ("is Gtr R harsh?", ["Gtr R"]),
        ("is gtr l too loud?", ["Gtr L"]),
        ("is the right gtr harsh?", ["Gtr R"]),
        ("gtrs r too loud?", ["Gtr L", "Gtr R"]),
        ("are the guitars too loud?", ["Gtr L", "Gtr R"]),
    ],
)
def test_a_tracks_own_name_with_its_side_letter_is_that_track(text: str, tracks: list[str]) -> None:
    focus = understand(classify(text), SessionView(rock_snapshot()))
    assert sorted(t.name for t in focus.tracks) == tracks


@pytest.mark.parametrize(
    "text",
    [
        "how do i get the keys to kinda breathe with the kick, that pumping thing",
        "how do i get the keys pumping with the kick",
        "how do i get that edm pump effect on the keys",
        "how do i sidechain the keys to the kick",
    ],
)
def test_the_sidechain_pump_asked_by_its_sound_gets_the_pump_timed_to_the_tempo(text: str) -> None:
    intent = classify(text)
    assert intent.technique == "sidechain" and intent.complaint != "squashed"
    advice = advise_rock(text)
    assert advice.text.startswith(
        "Typical: a sustained part (pad, synth, keys, organ, strings) keyed from the kick"
    )
    # the rock session runs at 120 BPM: a beat is 500 ms, the release a quarter to half of it
    assert "At your 120 BPM a beat is 500 ms, so a release of about 125-250 ms." in advice.text


def test_a_bass_keyed_from_the_kick_keeps_the_bass_rule_and_a_pumping_limiter_stays_squashed() -> None:
    advice = advise_rock("how do i sidechain the bass to the kick")
    assert "bass keyed from the kick: ratio 3:1 to 4:1" in advice.text
    assert "audible pump" not in advice.text
    assert classify("my limiter is pumping, why").complaint == "squashed"


def test_the_pump_on_a_session_with_no_tempo_gives_the_rule_without_a_beat() -> None:
    import dataclasses

    snap = rock_snapshot()
    snap = dataclasses.replace(snap, project=dataclasses.replace(snap.project, tempo_bpm=0.0))
    ctx = context("how do i get the keys pumping with the kick", snap, clean())
    advice = RulesAdvisor().advise(ctx)
    assert "BPM" not in advice.text
    assert "keyed from the kick" in advice.text


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("i think a new snare sample is the fix, right?", True),
        ("gonna redo the drums, good idea?", True),
        ("going to re-record the snare", True),
        ("gonna swap the guitars left and right", False),
        ("maybe swap the gtrs around", False),
        ("gonna swap the kick eq", False),
        ("maybe swap the compressor", False),
    ],
)
def test_a_plan_said_with_gonna_or_a_new_sample_named_the_fix_is_a_guess_and_swapped_sides_are_not(
    text: str, guess: bool
) -> None:
    assert guesses_new_source(text) is guess


def test_a_new_sample_named_the_fix_over_a_loud_snare_is_not_first() -> None:
    advice = advise_rock(
        "i think a new snare sample is the fix, right?", [level_finding("Snare", "snares", 13.0, 2.4)]
    )
    assert advice.text.startswith("No, not a new sample first: 'Snare' sits about 13 dB louder"), advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -12.0


@pytest.mark.parametrize(
    ("text", "instrument"),
    [
        ("the backbeat is too in your face innit", "snare"),
        ("is the skins too loud", "drums"),
        ("the tubs sound ok?", "drums"),
        ("the b3 is hogging everything", "organ"),
        ("leslie too much?", "organ"),
        ("the ivories ok?", "piano"),
        ("cant hear the 88s", "piano"),
    ],
)
def test_players_slang_names_the_part(text: str, instrument: str) -> None:
    assert classify(text).instruments == (instrument,)


def test_a_slang_name_for_a_missing_piano_is_said_as_the_piano() -> None:
    from fakes.band_sessions import soul_snapshot

    advice = RulesAdvisor().advise(
        context("the ivories ok?", soul_snapshot(), clean(), (level_finding("Rhodes", "keys", -10.0, -18.4),))
    )
    assert "There's no piano in this session, so I took it as 'Rhodes'" in advice.text, advice.text
    assert "ivory" not in advice.text
    assert advice.suggestions[0].track == "Rhodes" and advice.suggestions[0].params["delta_db"] == 9.0


def test_a_clash_said_not_asked_clears_the_pair_and_names_the_part_off() -> None:
    advice = advise_rock(
        "the keys n the vocal r fighting", [level_finding("Gtr L", "electric guitars", 8.0, 6.0)]
    )
    assert advice.text.startswith("Not each other: nothing I measured shows 'Keys' covering 'Lead Vox'"), (
        advice.text
    )
    assert "What is off is 'Gtr L'" in advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] == -7.0
    asked = advise_rock(
        "are the keys n the vocal fighting?", [level_finding("Gtr L", "electric guitars", 8.0, 6.0)]
    )
    assert asked.text.startswith("No, not each other: nothing I measured shows 'Keys' covering 'Lead Vox'"), (
        asked.text
    )


def test_a_part_blamed_for_lost_words_is_cleared_of_being_too_loud_not_too_low() -> None:
    from model.quiet_of_other import cleared

    assert cleared(classify("words get lost when the keys come in, fix?"), "quiet") == "loud"
    assert cleared(classify("the keys are too quiet, cant hear the words"), "quiet") == "quiet"
    assert cleared(classify("vocal feels buried"), "quiet") == "quiet"
    advice = advise_rock(
        "words get lost when the keys come in, fix?", [level_finding("Gtr L", "electric guitars", 8.0)]
    )
    assert "Nothing I measured says 'Keys' is too loud." in advice.text, advice.text
    assert "too low" not in advice.text
    assert advice.suggestions[0].track == "Gtr L"


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("overall is the mix balanced?", "Yes: no track's level stands out"),
        ("is the mix over compressed?", "No, it isn't squashed:"),
        ("is the mix overcompressed overall", "No, it isn't squashed:"),
        ("is there too much reverb overall", "No: there's no reverb in this session at all"),
        ("too much reverb on the mix?", "No: there's no reverb in this session at all"),
    ],
)
def test_whole_mix_scope_words_keep_the_measured_verdict(text: str, opening: str) -> None:
    advice = advise_rock(text)
    assert advice.text.startswith(opening), advice.text


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("overall is the mix balanced?", "is the mix balanced?"),
        ("in general, does it sound ok", "does it sound ok"),
        ("overall the mix is muddy", "overall the mix is muddy"),
    ],
)
def test_a_summing_up_word_before_a_question_is_a_lead_in(text: str, stripped: str) -> None:
    from model.intent_lead import without_lead_in

    assert without_lead_in(text) == stripped


@pytest.mark.parametrize("text", ["what delay time for the vocal", "what reverb type for the snare"])
def test_what_setting_of_an_effect_for_a_part_asks_how(text: str) -> None:
    assert classify(text).wants == Wants.HOW_TO


def test_a_delay_time_asked_gets_the_quarter_eighth_and_dotted_eighth_at_the_tempo() -> None:
    text = advise_rock("what delay time for the vocal").text
    # the rock session runs at 120 BPM: 500, 250 and 375 ms
    assert text.startswith(
        "At your 120 BPM a quarter note is 500 ms, an eighth 250 ms and a dotted eighth 375 ms."
    ), text


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("will it hold up in mono", "Yes, it holds up in mono: the two sides correlate"),
        ("is it mono compatible?", "Yes, it holds up in mono:"),
        ("does it collapse in mono?", "No, nothing cancels:"),
        ("is anything out of phase", "No: the two sides correlate"),  # phase_word (explore12)
        ("is the low end mono", "Yes, the low end is mono: below 150 Hz the channels correlate"),
        ("are my gtrs phasey in mono", "No, not from anything the session shows: 'Gtr L' is panned 80% left"),
    ],
)
def test_a_mono_question_on_a_mix_that_sums_fine_is_answered_by_what_survives(
    text: str, opening: str
) -> None:
    advice = advise_rock(text)
    assert advice.text.startswith(opening), advice.text
    assert "wide enough" not in advice.text


def test_headphones_or_the_mix_names_the_side_the_meters_support() -> None:
    quiet = advise_rock(
        "is it my headphones or is the bass actually quiet", [level_finding("Bass", "basses", -10.0, -17.5)]
    )
    assert quiet.text.startswith("It's the mix, not your headphones: 'Bass' sits about 10 dB quieter"), (
        quiet.text
    )
    assert quiet.suggestions[0].track == "Bass" and quiet.suggestions[0].params["delta_db"] == 9.0
    fine = advise_rock("is it my headphones or is the bass actually quiet").text
    assert fine.startswith(
        "Not the mix, as far as I measure: nothing I measured says 'Bass' is out of line"
    ), fine


@pytest.mark.parametrize(
    ("text", "guess"),
    [
        ("should i buy a new bass amp sim", True),
        ("do i need a better amp", True),
        ("get the amp up", False),
        ("need the bass amp louder", False),
        ("grab the amp sim settings", False),
    ],
)
def test_a_new_amp_got_is_a_new_source_and_the_one_there_turned_up_is_not(text: str, guess: bool) -> None:
    assert guesses_new_source(text) is guess


@pytest.mark.parametrize(
    ("text", "overshot"),
    [
        ("tucked the keys way under, did i overshoot?", True),
        ("pulled the organ down, did i overdo it?", True),
        ("did i go overboard on the bass cut", True),
        ("did i overdo the reverb", False),
        ("is the mix overcompressed", False),
    ],
)
def test_a_move_gone_too_far_said_in_one_word_is_an_overshoot(text: str, overshot: bool) -> None:
    from model.overshoot import said_overshot

    assert said_overshot(text) is overshot


@pytest.mark.parametrize(
    ("text", "opening", "track", "role"),
    [
        ("how do i cut some low end off the keys?", "High-pass 'Keys' at about", "Keys", "keys"),
        ("can i cut some low end off the keys?", "Yes: high-pass 'Keys' at about", "Keys", "keys"),
        (
            "how do i clean up the bottom end of the vocal",
            "High-pass 'Lead Vox' at about",
            "Lead Vox",
            "lead_vocal",
        ),
    ],
)
def test_a_low_cut_asked_for_on_a_part_with_no_move_gets_the_high_pass(
    text: str, opening: str, track: str, role: str
) -> None:
    """The route's bare "No: nothing I measured says 'Keys' is boomy" (no move) becomes the high-pass at the
    frequency engineers used on that kind of part."""
    from model.low_cut_how import low_cut_how
    from model.phrasing import Answer
    from model.recipes import hpf_hz

    focus = understand(classify(text), SessionView(rock_snapshot()))
    out = low_cut_how(focus, Answer(f"No: nothing I measured says '{track}' is boomy.", [], None))
    assert out.text.startswith(opening), out.text
    assert f"{hpf_hz(role, 100.0):.0f} Hz" in out.text and "clean-up, not a fix" in out.text
    card = out.moves[0].suggestions[0]
    assert (
        card.action == "high_pass"
        and card.track == track
        and card.params["freq_hz"] == round(hpf_hz(role, 100.0))
    )


def test_a_cut_already_made_or_an_answer_with_a_move_is_left_alone() -> None:
    from model.low_cut_how import low_cut_how
    from model.phrasing import Answer

    made = understand(classify("did i cut too much low end on the keys?"), SessionView(rock_snapshot()))
    plain = Answer("No: nothing I measured says 'Keys' is thin.", [], None)
    assert low_cut_how(made, plain) is plain
    assert advise_rock("how do i cut some low end off the keys?").suggestions[0].action == "eq_band"


def test_a_processor_named_as_the_cause_keeps_the_blame_answer_not_the_mix_squash() -> None:
    from model.answer_dynamics import mix_squash_asked

    assert mix_squash_asked(classify("is the mix over compressed?"), None, True)
    assert not mix_squash_asked(classify("mix is harsh, is my master limiter squashing it"), None, True)
    assert not mix_squash_asked(classify("mix feels flat, is it the master bus compressor?"), None, True)
    assert mix_squash_asked(classify("is my master limiter squashing it"), None, False)  # no session: the PLR


def test_an_either_or_on_an_overshoot_keeps_its_own_opening() -> None:
    from model.overshoot_verdict import overshoot_opening
    from model.phrasing import Answer

    said = Answer("No, too far: now 'Rhodes' is too loud (10.9 dB).", [], None)
    assert overshoot_opening("cranked the rhodes, better or did i overdo it", said).text.startswith(
        "No, too far:"
    )
    assert overshoot_opening("cranked the rhodes, did i overdo it?", said).text.startswith("Yes, too far:")
