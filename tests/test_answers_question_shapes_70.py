"""Question shapes found after set 46's one run: "would the levels give me away as a bedroom guy?" asks after a
fault; "squash it harder or is the loudness already there?" puts the loudness second; "how many dB do the horns
need? gonna draw it in as automation" asks for a size; "cranked the hats, gave em 20 dB" reports a move made;
"not even the shaker? i was sure it was poking out" claims a part too loud; "kick n bass phase cancelling?" with
the bass 10 dB over blames phase for a level; "808 feels weak, layer a sub?" at a fine level says the level is not
it; "pan the rhythm guitar for the organ?" with no guitar moves nothing; "too quiet or a tone thing?" picks the
tone when the mix leans that way on the part; "a gap between the gtrs n the vocal" asks what is missing there."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model import music_facts as music_facts_mod
from model.answer_loudness import _ENOUGH_SECOND, _limiter_asked
from model.guessed_technique import FADER_PROPOSED
from model.intent import Wants, classify
from model.intent_forms import BLANKET, without_position
from model.intent_lead import rising_statement
from model.intent_open import OPINION_ON
from model.intent_verdict import asks_bad_state
from model.intent_yes_no import takes_yes_no
from model.lean_only import WHAT_MISSING
from model.part_home import HOME_Q
from model.part_or_source import _TONE_THING
from model.size_enough import ALREADY_MOVED, proposed_size
from model.which_leads import LEADS_Q


@pytest.mark.parametrize(
    ("question", "bad"),
    [
        ("would the levels give me away as a bedroom guy?", True),
        ("is there anything that gives it away as a home recording?", True),
        ("will this out me as an amateur?", True),
        ("would the mix peg me as a beginner?", True),
        ("would you give it away to a friend?", False),
        ("is the mix balanced?", False),
    ],
)
def test_found_out_by_the_mix_is_a_bad_state_asked(question: str, bad: bool) -> None:
    assert asks_bad_state(question) is bad


@needs_fluidsynth
def test_a_clean_mix_would_not_give_the_asker_away() -> None:
    advice = ask_once(
        "soul_kit", "clean", "would the levels give me away as a bedroom guy next to real records?"
    )
    assert advice.text.startswith("No, nothing is off: no track's level stands out"), advice.text


@needs_fluidsynth
def test_a_part_too_low_gives_the_asker_away() -> None:
    advice = ask_once("pop", "Lead Vocal -10", "would the levels out me as an amateur on a playlist?")
    assert advice.text.startswith("Yes: 'Lead Vocal' sits about"), advice.text
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    ("question", "second", "alone"),
    [
        ("do i need to squash it harder first or is the loudness already there?", True, False),
        ("should i compress the mix harder or is the volume already there?", True, False),
        ("do i need a limiter or is it loud enough already?", True, False),
        ("is it loud enough or do i need a limiter?", False, False),
        ("does my mix need a limiter?", False, True),
    ],
)
def test_the_loudness_asked_second_is_one_half_of_the_question(
    question: str, second: bool, alone: bool
) -> None:
    assert bool(_ENOUGH_SECOND.search(question)) is second
    assert _limiter_asked(question) is alone


@needs_fluidsynth
def test_a_squash_or_loudness_there_question_is_a_no_and_loud_enough() -> None:
    advice = ask_once("pop", "clean", "do i need to squash it harder first or is the loudness already there?")
    assert advice.text.startswith("No, loud enough as it is: -14.1 LUFS integrated"), advice.text
    alone = ask_once("pop", "clean", "do i need more compression on the mix for spotify?")
    assert alone.text.startswith("Not to get louder:"), alone.text


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("how many dB do the horns need? gonna draw it in as automation", None),
        ("gonna automate the strings in, how much louder do they need to be?", None),
        ("how much should i automate the vocal up in the chorus?", "automation"),
        ("how do i automate the vocal?", "automation"),
    ],
)
def test_a_size_in_db_asked_beside_automation_is_a_level_size(question: str, technique: str | None) -> None:
    assert classify(question).technique == technique


@needs_fluidsynth
def test_how_many_db_after_an_empty_chorus_is_the_size_first() -> None:
    _, advice = conversation(
        "soul_kit",
        [
            ("Horns -10", "chorus feels empty next to the verse, like somethings missing. what is it?"),
            ("Horns -10", "right, so how many dB do the horns need? gonna draw it in as automation"),
        ],
    )
    assert advice.text.startswith("About 6 dB: bring the fader on 'Horns'"), advice.text
    assert advice.suggestions[0].track == "Horns" and advice.suggestions[0].params["delta_db"] == 6.0


@pytest.mark.parametrize(
    ("question", "made"),
    [
        ("cranked the hats, gave em like 20 dB to be safe lol. sitting good now?", True),
        ("boosted the clap 20 dB, sitting right now?", True),
        ("i gave the snare 6 dB, better?", True),
        ("should i crank the hats like 6 dB?", False),
        ("give em 3 dB more?", False),
    ],
)
def test_a_clause_opened_by_a_past_move_is_a_move_made(question: str, made: bool) -> None:
    assert bool(ALREADY_MOVED.search(question)) is made
    if made:
        assert proposed_size(question) is None


@needs_fluidsynth
def test_an_overshoot_reported_with_a_size_is_a_no_not_a_smaller_yes() -> None:
    advice = ask_after(
        "soul_kit",
        ("Hats -10", "i cant hear the hats at all, theyre too quiet right?"),
        "Hats +10",
        "cranked the hats, gave em like 20 dB to be safe lol. sitting good now?",
    )
    assert advice.text.startswith("No, too far: now 'Hats' is too loud"), advice.text
    assert advice.suggestions[0].track == "Hats" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("not even the shaker? i was sure it was poking out", "loud"),
        ("the snare is popping out way too much right", "loud"),
        ("is the organ sticking out?", "loud"),
        ("should i compress the vocal more so it pokes out", None),
        ("theres this plinky thing poking out every other beat", None),
    ],
)
def test_a_named_part_poking_out_is_said_too_loud(question: str, complaint: str | None) -> None:
    assert classify(question).complaint == complaint


@needs_fluidsynth
def test_not_even_the_shaker_answers_the_shaker() -> None:
    _, advice = conversation(
        "folk",
        [
            ("clean", "does anything sound off in the balance to u?"),
            ("clean", "really, nothing? not even the shaker? i was sure it was poking out"),
        ],
    )
    assert advice.text.startswith("No: nothing I measured says 'Shaker' is too loud."), advice.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "track", "way"),
    [
        (
            "soul_kit",
            "Bass +10",
            "low end is a total mess. pretty sure the kick n bass are phase cancelling, should i flip the polarity on "
            "the bass?",
            "Bass",
            -1,
        ),
        ("rock", "Kick -10", "is my kick out of phase? it sounds so thin", "Kick", 1),
    ],
)
def test_phase_blamed_for_a_level_fault_gets_the_level_instead(
    style: str, scenario: str, question: str, track: str, way: int
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith("Not that I can measure:"), advice.text
    assert f"Rather: '{track}' sits about" in advice.text
    assert advice.suggestions[0].track == track and advice.suggestions[0].params["delta_db"] * way > 0


@needs_fluidsynth
def test_phase_on_a_fine_part_keeps_the_ear_check() -> None:
    advice = ask_once("rock", "clean", "is the snare out of phase")
    assert advice.text.startswith("Not that I can measure:") and "Rather" not in advice.text, advice.text
    assert "flip polarity on one of its mics" in advice.text and not advice.suggestions


@needs_fluidsynth
def test_a_part_said_weak_at_a_fine_level_is_not_a_level_fault_before_a_new_source() -> None:
    weak = ask_once("pop", "clean", "808 feels a lil weak to me. should i layer a second sub under it?")
    assert weak.text.startswith(
        "Not for the level: nothing I measured says 'Synth Bass' is too low. The meters can't judge a sub layer's "
        "sound, though."
    ), weak.text
    assert "a sub layer is a fair call" in weak.text
    plain = ask_once("soul", "clean", "should i add a sub synth under the bass?")
    assert plain.text.startswith("Maybe: the meters can't judge a sub layer's sound"), plain.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("question", "gone", "there"),
    [
        (
            "should i pan the rhythm guitar hard right to make more room for the organ?",
            "guitar",
            "'Organ' is panned",
        ),
        ("should i compress the piano so the organ fits?", "piano", "'Organ' has no compressor"),
    ],
)
def test_a_move_on_a_part_the_session_lacks_says_so_first(question: str, gone: str, there: str) -> None:
    advice = ask_once("soul_kit", "clean", question)
    assert advice.text.startswith(f"There's no {gone} in this session; your tracks are 'Kick'"), advice.text
    assert there in advice.text and not advice.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "tone"),
    [
        ("too loud or a tone thing?", True),
        ("is that more of a tone thing", True),
        ("is it the guitar or my tone?", False),
        ("or is it just the tone?", False),
    ],
)
def test_a_tone_thing_is_the_eq_side_not_the_players_tone(question: str, tone: bool) -> None:
    assert bool(_TONE_THING.search(question)) is tone


@needs_fluidsynth
def test_too_quiet_or_a_tone_thing_picks_the_tone_when_the_mix_leans_there_on_the_part() -> None:
    advice = ask_once(
        "rock",
        "clean",
        "gtrs sound a bit thin n fizzy in the chorus. are they too quiet or is that more of a tone thing",
    )
    assert advice.text.startswith(
        "It's the tone, not the level: nothing I measured says 'Gtr L' or 'Gtr R'"
    ), advice.text
    assert advice.suggestions[0].action == "eq_band" and advice.suggestions[0].track in ("Gtr L", "Gtr R")


@needs_fluidsynth
def test_too_loud_or_a_tone_thing_on_a_loud_part_opens_once() -> None:
    advice = ask_once("rock", "Gtr L +10", "gtrs sound fizzy, too loud or a tone thing?")
    assert advice.text.startswith("It's too loud, not the tone: 'Gtr L' sits about"), advice.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("theres like a gap between the gtrs n the vocal, somethings missing in there", False),
        ("theres a hole between the guitars and the vocal, what do i fix first?", False),
        ("feels empty between the bass and the vocal, what's missing?", False),
        ("is there enough space between the kick and the bass?", True),
        ("the bass is fighting between the kick and the gtrs", True),
        ("whats the gap between the kick and the bass supposed to be", True),
    ],
)
def test_two_parts_naming_where_a_hole_is_are_not_asked_about(text: str, kept: bool) -> None:
    import re

    whole = re.compile(r"\b(the mix|my mix|the song)\b", re.I)
    assert (without_position(text, whole) == text) is kept


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "track"),
    [
        (
            "rock",
            "Keys -10",
            "theres like a gap between the gtrs n the vocal, somethings missing in there. what do i "
            "tackle first?",
            "Keys",
        ),
        ("soul", "Rhodes -10", "feels empty between the bass and the vocal, what's missing?", "Rhodes"),
    ],
)
def test_a_hole_between_two_parts_finds_the_part_too_low(
    style: str, scenario: str, question: str, track: str
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.suggestions[0].track == track and advice.suggestions[0].params["delta_db"] > 0, advice.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("feels empty, what's missing?", True),
        ("the mix feels kinda bare, what am i missing?", True),
        ("what else could i add?", True),
        ("is something missing?", False),
        ("what's the vocal missing?", False),
    ],
)
def test_what_is_missing_words(question: str, asked: bool) -> None:
    assert bool(WHAT_MISSING.search(question)) is asked


@needs_fluidsynth
def test_what_is_missing_on_a_mix_with_only_a_lean_is_nothing_missing() -> None:
    advice = ask_once("rock", "clean", "feels empty, what's missing?")
    assert advice.text.startswith(
        "Nothing is missing from the balance: no part sits under its usual level. At most,"
    )
    assert all(s.rationale.startswith("only if you hear it") for s in advice.suggestions), advice.text
    assert classify("feels empty, what's missing?").wants == Wants.HOW_TO


@needs_fluidsynth
@pytest.mark.parametrize(
    ("scenario", "asked", "question", "head"),
    [
        (
            "Kick +10",
            "is the kick too loud?",
            "what happens if i leave it?",
            "It stays out of line, so I'd move it:",
        ),
        (
            "clean",
            "is the kick too loud?",
            "what happens if i leave it as is?",
            "Nothing bad, leave it: 'Kick'",
        ),
    ],
)
def test_what_happens_if_i_leave_it_says_what_leaving_it_does(
    scenario: str, asked: str, question: str, head: str
) -> None:
    _, advice = conversation("rock", [(scenario, asked), (scenario, question)])
    assert advice.text.startswith(head), advice.text


@needs_fluidsynth
def test_leaving_them_is_said_of_them() -> None:
    _, advice = conversation(
        "soul",
        [("Strings +10", "strings too loud?"), ("Strings +10", "what would happen if i just leave them?")],
    )
    assert advice.text.startswith("They stay out of line, so I'd move them: 'Strings' sits"), advice.text


@pytest.mark.parametrize(
    ("question", "proposed"),
    [
        ("so just pull the fader? no eq?", True),
        ("just push the fader up then, no compression?", True),
        ("fader only, or do i need a compressor?", True),
        ("should i eq the vocal?", False),
        ("the fader is at -6, should i compress?", False),
    ],
)
def test_the_fader_proposed_in_place_of_a_plug_in(question: str, proposed: bool) -> None:
    assert bool(FADER_PROPOSED.search(question)) is proposed


@needs_fluidsynth
def test_just_the_fader_no_eq_is_a_yes_to_the_fader() -> None:
    _, advice = conversation(
        "soul_kit",
        [
            ("Lead Vocal +10", "what's wrong with the vocal?"),
            ("Lead Vocal +10", "so just pull the fader? no eq?"),
        ],
    )
    assert advice.text.startswith("Yes, the fader, not the EQ: 'Lead Vocal' sits about 11 dB louder"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Lead Vocal" and advice.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "more"),
    [
        ("is that it or is there more?", True),
        ("is that the only problem?", True),
        ("is that the main thing or is there more?", True),
        ("is that it?", True),
        ("is that it too loud?", False),
        ("is that the kick?", False),
        ("so is that the main problem then", False),
    ],
)
def test_whether_anything_follows_is_a_more_question(question: str, more: bool) -> None:
    assert classify(question).more is more


@needs_fluidsynth
def test_is_that_the_only_problem_says_no_and_the_next_one() -> None:
    _, advice = conversation(
        "rock", [("Bass +10", "what's wrong with my mix?"), ("Bass +10", "is that the only problem?")]
    )
    assert advice.text.startswith("No, there's more. Next: 'Bass' covers 'Kick'"), advice.text
    _, alone = conversation(
        "folk",
        [
            ("Acoustic Gtr -10", "what stands out to you?"),
            ("Acoustic Gtr -10", "is that it or is there more?"),
        ],
    )
    assert alone.text.startswith("That's everything the numbers flag"), alone.text


@pytest.mark.parametrize(
    ("question", "opinion"),
    [
        ("thoughts on the violin?", True),
        ("any thoughts on the rhodes?", True),
        ("your take on the bass?", True),
        ("feedback on the vocal?", True),
        ("the bass feels huge?", False),
        ("is the bass too loud?", False),
    ],
)
def test_an_opinion_asked_of_a_part_takes_no_yes_or_no(question: str, opinion: bool) -> None:
    assert bool(OPINION_ON.search(question)) is opinion
    if opinion:
        assert not takes_yes_no(question, False) and not rising_statement(question)


@needs_fluidsynth
def test_thoughts_on_a_part_open_with_its_state_not_a_yes_or_no() -> None:
    fine = ask_once("folk", "clean", "thoughts on the violin?")
    assert fine.text.startswith("It's fine: nothing I measured says 'Fiddle' is out of line."), fine.text
    loud = ask_once("rock", "Bass +10", "thoughts on the bass?")
    assert loud.text.startswith("Too loud: 'Bass' sits about 10 dB louder"), loud.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "low"),
    [
        ("rock", "Keys -10", "guitars feel too loud, drop them?", "Keys"),
        ("soul", "Rhodes -10", "the strings are too loud right?", "Rhodes"),
    ],
)
def test_a_bed_part_said_too_loud_while_another_bed_part_is_buried_names_the_buried_one(
    style: str, scenario: str, question: str, low: str
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith("Not really:") and "so I'd leave it" in advice.text, advice.text
    assert f"What is off is '{low}': '{low}' sits about" in advice.text
    assert advice.suggestions[0].track == low and advice.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_a_bed_part_said_too_loud_on_a_clean_mix_names_nothing_else() -> None:
    advice = ask_once("rock", "clean", "guitars feel too loud, drop them?")
    assert "What is off" not in advice.text and not advice.suggestions, advice.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("fiddle or piano, which one leads?", True),
        ("pad or pluck, which goes in front?", True),
        ("rhodes or strings, which should be more upfront?", True),
        ("which one leads the chorus, the fiddle?", False),
        ("is the fiddle or the piano too loud?", False),
    ],
)
def test_which_of_two_leads_asked_in_the_present(question: str, asked: bool) -> None:
    assert bool(LEADS_Q.search(question)) is asked


@needs_fluidsynth
def test_a_pair_real_mixes_hold_no_gap_for_is_the_arrangements_call_with_the_meters() -> None:
    advice = ask_once("soul", "clean", "rhodes or strings, which should be more upfront?")
    assert advice.text.startswith("No fixed rule for those two: the real mixes we have (MixologyDB)"), (
        advice.text
    )
    assert "Yours: 'Rhodes' reads -27.6 LUFS and 'Strings' -31.5 LUFS, a gap of +3.9 dB." in advice.text
    assert not advice.suggestions
    off = ask_once("soul", "Rhodes -10", "rhodes or strings, which should be more upfront?")
    assert "What is off: 'Rhodes' sits about 10 dB quieter" in off.text
    assert off.suggestions[0].track == "Rhodes" and off.suggestions[0].params["delta_db"] > 0


@needs_fluidsynth
def test_a_part_then_the_mix_answers_both_and_a_shared_fader_once() -> None:
    bright = ask_once("rock", "Lead Vocal +10", "vocal too loud? also is the mix too bright?")
    assert bright.text.startswith("Yes: 'Lead Vocal' sits about 12 dB louder"), bright.text
    assert "As for the mix: yes, and that same fader comes first." in bright.text
    muddy = ask_once("rock", "Kick +10", "is the kick too loud? also is the mix muddy?")
    assert "As for the mix: no: nothing in the low-mids (160-500 Hz) stands out" in muddy.text, muddy.text
    assert muddy.text.count("'Kick' sits about 12 dB louder") == 1


@needs_fluidsynth
def test_the_mix_then_a_part_already_named_says_it_once() -> None:
    advice = ask_once("rock", "Bass +10", "is the mix too loud for spotify, and is the bass ok?")
    assert advice.text.startswith("No: -14.0 LUFS integrated"), advice.text
    assert advice.text.endswith("As for the bass: no, that's the part above.")


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "second"),
    [
        (
            "soul_kit",
            "Organ +10",
            "is the organ too loud, and is the vocal loud enough?",
            "Yes, 'Organ' is too loud:",
            "And yes, 'Lead Vocal' is loud enough: its own meter reads -20.0 LUFS.",
        ),
        (
            "rock",
            "Lead Vocal -10",
            "are the guitars too loud and is the vocal loud enough?",
            "No, 'Gtr L' and 'Gtr R' aren't too loud:",
            "And no, 'Lead Vocal' is too quiet: it sits about 8 dB quieter",
        ),
    ],
)
def test_loud_enough_asked_of_a_second_part_gets_its_own_verdict(
    style: str, scenario: str, question: str, opening: str, second: str
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening) and second in advice.text, advice.text


@pytest.mark.parametrize(
    ("question", "instrument"),
    [
        ("is the string section too loud", "strings"),
        ("are the string parts too loud", "strings"),
        ("string pad too loud?", "pad"),
    ],
)
def test_a_string_section_is_the_strings(question: str, instrument: str) -> None:
    assert classify(question).instruments == (instrument,)


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "track"),
    [
        (
            "soul",
            "Strings +10",
            "by how many db should i bring the string section down so it stops fighting the singer",
            "Strings",
        ),
        ("soul_kit", "Organ +10", "how many db down on the organ so it stops masking the vocal", "Organ"),
    ],
)
def test_a_size_asked_for_a_part_that_fights_another_is_the_size_first(
    style: str, scenario: str, question: str, track: str
) -> None:
    advice = ask_once(style, scenario, question)
    card = advice.suggestions[0]
    assert card.track == track and card.params["delta_db"] < 0
    assert advice.text.startswith(
        f"About {abs(card.params['delta_db']):g} dB: bring the fader on '{track}'"
    ), advice.text


@needs_fluidsynth
def test_a_size_said_as_n_more_or_way_more_is_answered_more_or_less() -> None:
    advice = ask_once("rock", "Hats -10", "hats need like 3 db more or way more than that?")
    assert advice.text.startswith("More: about 6 dB, not 3."), advice.text


@needs_fluidsynth
def test_a_second_question_by_pronoun_is_the_same_part() -> None:
    advice = ask_once("rock", "Bass -10", "can you even hear the bass? is it too quiet?")
    assert "As for the mix" not in advice.text and advice.suggestions[0].track == "Bass", advice.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what key is this in?", "key"),
        ("whats the key of this song", "key"),
        ("what bpm is this?", "tempo"),
        ("how fast is this song?", "tempo"),
        ("what genre does this sound like?", "genre"),
        ("which era is this from?", "genre"),
        ("what style should i mix it in?", None),
        ("is the key too loud?", None),
    ],
)
def test_key_tempo_and_genre_asked(question: str, asked: str | None) -> None:
    found = (
        "key"
        if music_facts_mod.KEY_Q.search(question)
        else "tempo"
        if music_facts_mod.TEMPO_Q.search(question)
        else "genre"
        if music_facts_mod.GENRE_Q.search(question)
        else None
    )
    assert found == asked


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "question", "head"),
    [
        ("rock", "what key is this in?", "I can't tell the key from what I measure"),
        ("pop", "what bpm is this?", "I can't tell the tempo from what I measure"),
        ("soul", "what genre does this sound like?", "I can't hear a genre as such"),
    ],
)
def test_key_tempo_and_genre_say_what_is_not_measured(style: str, question: str, head: str) -> None:
    advice = ask_once(style, "clean", question)
    assert advice.text.startswith(head) and not advice.suggestions, advice.text


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("what frequency is the synth bass strongest at?", True),
        ("where does the kick live frequency wise?", True),
        ("where's the rhodes strongest?", True),
        ("what range does the fiddle sit in?", True),
        ("where does the vocal sit in the mix?", False),
        ("what frequency should i cut on the pad?", False),
    ],
)
def test_where_a_part_lives_is_asked(question: str, asked: bool) -> None:
    assert bool(HOME_Q.search(question)) is asked


@needs_fluidsynth
def test_where_a_part_lives_reads_its_band_meter() -> None:
    advice = ask_once("pop", "clean", "what frequency is the synth bass strongest at?")
    assert advice.text.startswith(
        "'Synth Bass' is strongest in the bass band (60-250 Hz), by its own band meter, with the sub band (20-60 Hz) "
        "close behind (within 6 dB)."
    ), advice.text
    assert "sweep a narrow 6-8 dB boost" in advice.text and not advice.suggestions


@pytest.mark.parametrize(
    ("question", "habit"),
    [
        ("should I compress every track?", True),
        ("de-esser on every vocal by default?", True),
        ("compress every vocal track?", True),
        ("is my limiter pumping? the mix keeps ducking on every snare hit", False),
        ("the vocal jumps out on every chorus, compress it?", False),
    ],
)
def test_every_hit_is_no_habit_asked(question: str, habit: bool) -> None:
    assert bool(BLANKET.search(question)) is habit


@pytest.mark.parametrize(
    ("question", "instruments"),
    [
        ("strumming is harsh, bad strings maybe?", ("guitar",)),
        ("need new guitar strings?", ("guitar",)),
        ("are the strings too loud", ("strings",)),
    ],
)
def test_a_guitars_strings_are_no_string_section(question: str, instruments: tuple[str, ...]) -> None:
    assert classify(question).instruments == instruments


@needs_fluidsynth
def test_the_mix_then_a_fine_part_is_not_the_part_above() -> None:
    advice = ask_once("folk", "Shaker +10", "is anything too loud, and is the vocal ok?")
    assert advice.text.startswith("Yes: 'Shaker' sits about 9 dB louder"), advice.text
    assert advice.text.endswith("As for the vocal: yes, 'Lead Vocal' is fine on its own.")
