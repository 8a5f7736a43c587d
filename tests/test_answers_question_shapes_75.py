"""Question shapes found after set 51's one run: "my cousin who's mastering it tmrw" is a person doing the mastering,
not the master blamed as a place, and "is the balance solid enough to hand over or is some track sticking out?" asks
whether it is ready (yes when nothing stands out, "Not quite, one thing:" when a part does), never "No, nothing is
off", which reads as not ready; "hand off" is the mix leaving, no fault; "gave the snare like 1.5 db more, is it
poppin now?" tells a move made and asks the state after it, so its size is no proposal ("Yes, and a bit more") but
the check ("Not yet: ... still there"); "is the acoustic covering my vocal or do i just need to turn myself up?"
offers two stories, the asker's own part said as "myself", so the answer names the one measured ("It's 'Acoustic
Gtr', not 'Lead Vocal':", "not you" when the asker's part has no name there), and a part blamed for covering that
sits too low itself is not covering anything; "why did the chorus get so cluttered once i added the keys? it was
clean b4" asks why, its move the time it started, so the cause is measured now, never "I have no earlier clip"; and
"i thought it was barely loud enough lol, ur sure its too loud?" holds the asker's belief first, so the claim asked
is too loud and the answer is yes, not "More than enough"; "should i pan it more or drop it?" drops the part (a
verb), it names no section; and "vocal or low end first?" offers two places for the first fix, so the answer names
the one it is on and the other ("'Lead Vocal' first, not the low end:"), or "Neither" when the fix that comes first
is elsewhere or nothing is off; "turn me up or the band down?" offers two moves, the asker's own part and every other
track, so the answer picks one ("'Lead Vocal' up, not the band down:", or the part of the band that is off), never a
"Yes:" that agrees with both; and "gave the bass a couple db, any difference?" asks about the change, so the clips
are compared, as are "kick up 3, hear it now?" and "bvs tucked under now right?"; "is that how soul mixes go?" and
"is that typical?" ask the genre's norm, so a fault found is a no; "how much do i pull the hats, and is eq needed
too?" asks a size, then a tool: the size (with its card) first, then "As for the EQ: not first.", never the EQ lesson
alone; and a claim on the kick in a session with one 'Drums' track is still one side of the choice ("It's 'Bass', not
the kick:"); "on purpose or mistake?" answered under a "Too quiet:" label still says which it reads as; "why is the
snare so brutal? i compressed it already" tells the tool as context, so the why is answered from the level, not with
the compressor lesson; "and the kick?" after "whats the biggest issue?" asks whether the kick is one, so it is judged
("'Bass' covers it:"), not given the bass's move first."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from companion.context import Turn
from model.asked_direction import asked_way
from model.blamed_location import PLACE
from model.either_claims import OWN_PART
from model.further_move import further_size
from model.intent import Wants, classify
from model.intent_claim import BELIEF
from model.intent_forms import READY_Q
from model.section_level import SECTIONS


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("sending it to my cousin whos mastering it tmrw", None),
        ("im mastering this myself", None),
        ("is the mastering too loud?", "the mastering"),
        ("is my mastering chain wrong?", "my mastering chain"),
        ("is it the master eq?", "the master eq"),
    ],
)
def test_someone_mastering_it_is_no_place_blamed(question: str, place: str | None) -> None:
    found = PLACE.search(question)
    assert (found[0] if found else None) == place


@pytest.mark.parametrize(
    ("question", "ready"),
    [
        ("is the balance solid enough to hand over", True),
        ("is it decent enough to send", True),
        ("is the low end solid", False),
    ],
)
def test_solid_enough_to_hand_over_asks_ready(question: str, ready: bool) -> None:
    assert bool(READY_Q.search(question)) is ready


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("gave the snare like 1.5 db more, is it poppin now?", None),
        ("added like 2 db more to the kick, is it thumping now?", None),
        ("gave the clap maybe 3db more, does it snap now?", None),
        ("pushed it 2 dB already, maybe 2 more?", "2 more"),
        ("gave it 2 more, should i go another 2?", "another 2"),
        ("another 3?", "another 3"),
    ],
)
def test_a_size_said_of_a_move_made_is_no_further_size(question: str, size: str | None) -> None:
    found = further_size(question)
    assert (found[0] if found else None) == size


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("gave the snare like 1.5 db more, is it poppin now?", Wants.BETTER),
        ("pushed it 2 dB already, maybe 2 more?", Wants.JUDGE),
        ("why did the chorus get so cluttered n boxy once i added the keys part? it was clean b4", Wants.WHY),
        ("how come the verse went muddy when i brought the piano in?", Wants.WHY),
        ("i added a cut on the keys, better now?", Wants.BETTER),
    ],
)
def test_what_the_words_ask_for(question: str, wants: str) -> None:
    assert classify(question).wants == wants


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("or do i just need to turn myself up?", True),
        ("or should i bring me up?", True),
        ("or is the fiddle too quiet?", False),
    ],
)
def test_the_asker_s_own_part_said_without_its_name(question: str, own: bool) -> None:
    assert bool(OWN_PART.search(question)) is own


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("is the guitar masking me or should i just turn myself up?", "clash"),
        ("is the piano stepping on the fiddle or is the fiddle just too quiet?", "clash"),
    ],
)
def test_a_cover_claimed_before_the_asker_s_own_part_is_the_claim(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


@pytest.mark.parametrize(
    ("question", "complaint", "enough"),
    [
        ("wait the vocal?? i thought it was barely loud enough lol, ur sure its too loud?", "loud", False),
        ("i thought the bass was loud enough?", "quiet", True),
        ("is the bass loud enough?", "quiet", True),
    ],
)
def test_a_belief_held_before_the_question_is_not_the_claim(
    question: str, complaint: str, enough: bool
) -> None:
    asked = classify(question)
    assert (asked.complaint, asked.enough) == (complaint, enough)
    assert bool(BELIEF.search(question)) is not enough


@needs_fluidsynth
def test_a_cousin_mastering_it_leaves_the_balance_asked() -> None:
    advice = ask_once(
        "folk",
        "clean",
        "sending the stems n a bounce to my cousin whos mastering it tmrw, is the balance solid enough to hand over "
        "or is some track sticking out?",
    )
    assert advice.text.startswith("Yes: no track's level stands out against the range its role gets")
    assert not advice.suggestions


@needs_fluidsynth
def test_ready_or_a_part_jumping_out_is_not_quite_with_the_part() -> None:
    advice = ask_once(
        "soul",
        "Horns +10",
        "bro is mastering it tonight, is the mix solid enough to hand off or is some part jumping out?",
    )
    assert advice.text.startswith(
        "Not quite, one thing: 'Horns' is 4 dB louder than your lead vocal ('Lead Vocal')"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Horns", -6.0)
    clean = ask_once("soul", "clean", "is the mix good enough to hand off or is some part jumping out?")
    assert clean.text.startswith("Yes, you can bounce it: nothing needs fixing.")


@needs_fluidsynth
def test_a_move_made_with_more_is_checked_not_sized() -> None:
    advice = ask_after(
        "rock",
        ("Snare -10", "is the snare buried? feels way too soft in the chorus"),
        "Snare -10",
        "gave the snare like 1.5 db more, is it poppin now?",
    )
    # the move said ("gave the snare like 1.5 db more") is not in this playback: its fader still reads the same
    assert advice.text.startswith(
        "Not yet: the 'Snare' sitting too low is still there (9.8 dB). Its fader still reads -17.6 dB, as on the last "
        "clip, so the change you made isn't in this playback"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Snare", 6.0)


@needs_fluidsynth
def test_covering_or_turn_myself_up_names_the_story_measured() -> None:
    advice = ask_once(
        "folk",
        "masking",
        "my lyrics get swallowed every time the strumming digs in, is the acoustic covering my vocal or do i just "
        "need to turn myself up?",
    )
    assert advice.text.startswith(
        "It's 'Acoustic Gtr', not 'Lead Vocal': 'Acoustic Gtr' sits about 8 dB louder"
    )
    assert "what is off is" not in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Acoustic Gtr", -6.0)
    guitars = ask_once(
        "rock",
        "masking",
        "my singing gets buried when the guitars kick in, are the guitars burying my vocal or should i bring myself up?",
    )
    assert guitars.text.startswith(
        "It's 'Gtr L' and 'Gtr R', not 'Lead Vocal': 'Gtr L' sits about 8 dB louder"
    )
    me = ask_once("folk", "masking", "is the guitar masking me or should i just turn myself up?")
    assert me.text.startswith("It's 'Acoustic Gtr', not you: 'Acoustic Gtr' sits about 8 dB louder")
    assert (me.suggestions[0].track, me.suggestions[0].params["delta_db"]) == ("Acoustic Gtr", -6.0)


@needs_fluidsynth
def test_a_part_blamed_for_covering_that_sits_too_low_covers_nothing() -> None:
    organ = ask_once(
        "soul_kit",
        "Organ -10",
        "my words vanish whenever the organ swells, is the organ covering my vocal or do i just need to turn myself up?",
    )
    assert organ.text.startswith("No, it sits too low to cover anything: 'Organ' sits about 10 dB quieter")
    assert len(organ.text.split()) <= 120
    assert (organ.suggestions[0].track, organ.suggestions[0].params["delta_db"]) == ("Organ", 6.0)
    named = ask_once(
        "soul_kit", "Organ -10", "is the organ covering my vocal or do i need to turn the vocal up?"
    )
    assert named.text.startswith(
        "No: 'Organ' isn't covering 'Lead Vocal', it sits too low itself: 'Organ' sits"
    )
    assert len(named.text.split()) <= 120
    rhodes = ask_once("soul", "Rhodes -10", "is the rhodes masking the vocal or what?")
    assert rhodes.text.startswith("No, it sits too low to cover anything: 'Rhodes' sits about 10 dB quieter")
    assert (rhodes.suggestions[0].track, rhodes.suggestions[0].params["delta_db"]) == ("Rhodes", 6.0)


@needs_fluidsynth
def test_why_since_a_part_came_in_is_answered_from_now() -> None:
    advice = ask_once(
        "rock",
        "Keys +10",
        "why did the chorus get so cluttered n boxy once i added the keys part? it was clean b4",
    )
    # the part added is the part come in too loud, said as the cause (``model.added_since``, since set 67)
    assert advice.text.startswith("The new part came in too loud: 'Keys' sits level with your lead vocal")
    assert "earlier clip" not in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Keys", -4.5)


@needs_fluidsynth
def test_sure_its_too_loud_after_a_belief_is_yes() -> None:
    advice = conversation(
        "soul",
        [
            ("Lead Vocal +10", "any track jump out at u level wise?"),
            (
                "Lead Vocal +10",
                "wait the vocal?? i thought it was barely loud enough lol, ur sure its too loud?",
            ),
        ],
    )[1]
    assert advice.text.startswith("Yes: 'Lead Vocal' sits about 11 dB louder against the rest of your tracks")
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Lead Vocal", -6.0)


@pytest.mark.parametrize(
    ("question", "section"),
    [
        ("should i pan it more or drop it?", False),
        ("drop the guitar 3 db?", False),
        ("is the bass too loud in the drop?", True),
        ("in the drop the bass is huge", True),
        ("the drops feel weak", True),
    ],
)
def test_drop_the_verb_is_no_section(question: str, section: bool) -> None:
    assert bool(SECTIONS.search(question)) is section


@needs_fluidsynth
def test_pan_it_or_drop_it_is_the_fader_not_a_section() -> None:
    advice = ask_once(
        "rock", "Gtr L +10", "my left guitar feels like its in my face, should i pan it more or drop it?"
    )
    assert advice.text.startswith("Turn it down first: 'Gtr L' sits about 9 dB louder")
    assert "the drop carries" not in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Gtr L", -5.0)


@needs_fluidsynth
def test_two_places_offered_for_the_first_fix_name_the_one_it_is_on() -> None:
    vocal = ask_once("pop", "Lead Vocal -10", "what should i tackle first, vocal or low end?")
    assert vocal.text.startswith("'Lead Vocal' first, not the low end: bring the fader on 'Lead Vocal'")
    assert (vocal.suggestions[0].track, vocal.suggestions[0].params["delta_db"]) == ("Lead Vocal", 6.0)
    low = ask_once("pop", "Synth Bass +10", "vocal or low end first?")
    assert low.text.startswith("The low end first, not 'Lead Vocal': 'Synth Bass' sits about 9 dB louder")
    assert (low.suggestions[0].track, low.suggestions[0].params["delta_db"]) == ("Synth Bass", -6.0)


@needs_fluidsynth
def test_two_places_offered_for_the_first_fix_with_neither_off() -> None:
    elsewhere = ask_once("rock", "Hats +10", "guitars or bass, what do i fix first?")
    assert elsewhere.text.startswith(
        "Neither: nothing I measured puts 'Gtr L' and 'Gtr R' out of line, nor 'Bass'. What is off is 'Hats':"
    )
    assert (elsewhere.suggestions[0].track, elsewhere.suggestions[0].params["delta_db"]) == ("Hats", -6.0)
    clean = ask_once("pop", "clean", "vocal or low end, which first?")
    assert clean.text.startswith("Neither stands out: nothing I measured says 'Lead Vocal' is out of line.")
    assert not clean.suggestions


@pytest.mark.parametrize(
    ("question", "way"),
    [
        ("turn me up", "up"),
        ("should i bring myself up", "up"),
        ("bring everything else down", "down"),
        ("turn it up", "up"),
    ],
)
def test_the_asker_s_own_part_moved_has_a_way(question: str, way: str) -> None:
    assert asked_way(question) == way


@needs_fluidsynth
def test_me_up_or_the_band_down_picks_a_side() -> None:
    me = ask_once(
        "soul", "Lead Vocal -10", "cant hear my own voice over the band lol, turn me up or the band down?"
    )
    assert me.text.startswith("'Lead Vocal' up, not the band down: 'Lead Vocal' sits about 9 dB quieter")
    assert (me.suggestions[0].track, me.suggestions[0].params["delta_db"]) == ("Lead Vocal", 6.0)
    band = ask_once(
        "soul", "Horns +10", "my vocal gets lost in the chorus, push my vocal up or pull the band down?"
    )
    assert band.text.startswith(
        "'Horns' down, not 'Lead Vocal' up: 'Horns' is 4 dB louder than your lead vocal"
    )
    assert (band.suggestions[0].track, band.suggestions[0].params["delta_db"]) == ("Horns", -6.0)
    clean = ask_once("soul", "clean", "vocal up or the band down, what do you reckon?")
    assert clean.text == "Neither: nothing I measured says 'Lead Vocal' or the band should move."
    assert not clean.suggestions


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("gave the bass a couple db, any difference?", Wants.BETTER),
        ("did that make a difference?", Wants.BETTER),
        ("what difference would that make?", Wants.WHY),
        ("what's the difference between the clap and the kick in db?", Wants.HOW_MUCH),
    ],
)
def test_any_difference_after_a_move_asks_about_the_change(question: str, wants: str) -> None:
    assert classify(question).wants == wants


@needs_fluidsynth
def test_any_difference_with_nothing_changed_is_not_yet() -> None:
    advice = ask_after(
        "soul",
        ("Bass -10", "where did my bass go?"),
        "Bass -10",
        "gave the bass a couple db, any difference?",
    )
    assert advice.text.startswith("Not yet: the 'Bass' sitting too low is still there")
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Bass", 6.0)


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("kick up 3, hear it now?", Wants.BETTER),
        ("bvs tucked under now right?", Wants.BETTER),
        ("can you hear the kick?", Wants.JUDGE),
    ],
)
def test_a_move_told_without_its_verb_or_auxiliary_asks_about_now(question: str, wants: str) -> None:
    assert classify(question).wants == wants


@pytest.mark.parametrize(
    ("question", "asks_ok"),
    [
        ("my voice is way out front, is that how soul mixes go?", True),
        ("hats are barely there, is that how rock mixes usually are?", True),
        ("vocal is way out front, is that typical?", True),
        ("how do soul mixes usually go?", False),
    ],
)
def test_the_genre_s_norm_asked_is_a_yes_when_nothing_is_off(question: str, asks_ok: bool) -> None:
    assert classify(question).asks_ok is asks_ok


@needs_fluidsynth
def test_is_that_how_soul_mixes_go_with_the_vocal_far_out_front_is_no() -> None:
    advice = ask_once("soul_kit", "Lead Vocal +10", "my voice is way out front, is that how soul mixes go?")
    assert advice.text.startswith("No: 'Lead Vocal' sits about 11 dB louder against the rest of your tracks")
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Lead Vocal", -6.0)


@needs_fluidsynth
def test_a_size_asked_then_a_tool_gives_the_size_then_the_tool() -> None:
    advice = ask_once("pop", "Hats +10", "how much do i pull the hats, and is eq needed too?")
    assert advice.text.startswith(
        "About 6 dB: bring the fader on 'Hats' (it's at -4.8 dB now) down about 6 dB. As for the EQ: not first."
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Hats", -6.0)


@needs_fluidsynth
def test_a_claim_on_a_part_inside_another_track_is_one_side() -> None:
    bass = ask_once(
        "soul", "Bass +10", "is the bass too loud or is the kick too quiet? soul has no kick track tho"
    )
    assert bass.text.startswith("It's 'Bass', not the kick: 'Bass' sits about 10 dB louder")
    assert (bass.suggestions[0].track, bass.suggestions[0].params["delta_db"]) == ("Bass", -6.0)
    kick = ask_once("soul", "Drums -10", "bass too loud, or the kick too quiet?")
    assert kick.text.startswith("It's the kick, not 'Bass': 'Drums' sits about 13 dB quieter")
    assert (kick.suggestions[0].track, kick.suggestions[0].params["delta_db"]) == ("Drums", 6.0)


@needs_fluidsynth
def test_on_purpose_or_a_mistake_after_a_level_label_says_which() -> None:
    advice = ask_once("soul", "Strings -10", "strings are a ghost, on purpose or mistake?")
    assert advice.text.startswith(
        "It reads as a slip more than a choice: 'Strings' sits 21 dB under your lead vocal"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Strings", 6.0)


@pytest.mark.parametrize(
    ("question", "technique"),
    [
        ("why is the snare so brutal? i compressed it already", None),
        ("why is my vocal so in my face? i slapped a comp on it", None),
        ("why does the snare sound squashed? i compressed it already", "compression"),
        ("why is my compressor on the snare not working?", "compression"),
    ],
)
def test_a_tool_told_as_used_is_context_for_a_level_why(question: str, technique: str | None) -> None:
    assert classify(question).technique == technique


def test_and_the_kick_after_the_biggest_issue_asks_whether_it_is_one() -> None:
    assert classify("and the kick?", [Turn("user", "whats the biggest issue?")]).wants == Wants.JUDGE
    assert classify("and the kick?", [Turn("user", "how do i fix the bass?")]).wants == Wants.HOW_TO
    history = [Turn("user", "what's the biggest problem in here")]
    assert classify("and should the bass come down", history).wants == Wants.WHAT_FIRST


@needs_fluidsynth
def test_and_the_kick_after_the_biggest_issue_says_what_covers_it() -> None:
    advice = conversation("rock", [("Bass +10", "whats the biggest issue?"), ("Bass +10", "and the kick?")])[
        1
    ]
    assert advice.text.startswith(
        "'Bass' covers it: 'Bass' sits about 10 dB louder against the rest of your tracks"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params["delta_db"]) == ("Bass", -6.0)


@needs_fluidsynth
def test_a_size_asked_then_a_tool_on_a_part_in_place_says_no_move_then_the_tool() -> None:
    advice = ask_once("pop", "clean", "how much do i pull the hats, and is eq needed too?")
    assert advice.text.startswith(
        "No need to move the fader on 'Hats': nothing I measured says it is out of line. As for the EQ: engineers"
    )
    assert not advice.suggestions
