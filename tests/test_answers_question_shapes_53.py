"""Question shapes from blind set 36's misses and their neighbours: a part the asker cannot name, said to sit over
one they can, is the part measured over it; "the beat" as a unit of time is not the drums; a move proposed in a
clash question gets its own yes or no; "in the pocket" after a fader move asks where the part sits, not its timing;
a part's state told after a move ("the choir is tucked back now, does the song feel like one band?") is a check
on that move; a part named only as a place ("empty behind the singer, is something too quiet?") is not the part
asked about; "is anything gonna embarass me" (typed as it comes) asks for a fault; "whats the dB damage?" asks
the move's size."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import (
    advise_rock,
    context,
    guitar_masks_vocal,
    level_finding,
    rock_snapshot,
    with_fader,
)

from companion.context import EarlierClip, Turn
from model.answer import compose, understand_context
from model.boost_asked import BOOST_VERB
from model.clash_proposal import clash_opening
from model.gear_question import GEAR_BLAMED
from model.hypothetical_move import as_permission
from model.intent import Wants, classify
from model.move_or_leave import offered_way as move_way_asked
from model.overshoot import said_overshot
from model.pitch_timing import pitch_timing
from model.reported_move import reports_move
from model.rules import RulesAdvisor
from model.taste_pushback import TASTE


@pytest.mark.parametrize(
    "text",
    [
        "gonna hit publish on bandcamp tonite, is anything in the balance gonna embarass me?",
        "is anything in the levels gonna embarrass me",
        "will anything in there embarras me at the gig?",
    ],
)
def test_anything_gonna_embarrass_me_asks_for_a_fault_however_it_is_spelled(text: str) -> None:
    assert classify(text).asks_problem


def test_anything_gonna_embarrass_me_is_no_on_a_clean_mix_and_yes_with_a_part_far_too_loud() -> None:
    q = "gonna hit publish tonite, is anything in the balance gonna embarass me?"
    assert advise_rock(q).text.startswith("No"), advise_rock(q).text
    loud = advise_rock(q, [level_finding("Keys", "keys", 10.0, -2.0)])
    assert loud.text.startswith("Yes"), loud.text
    assert loud.suggestions[0].track == "Keys" and loud.suggestions[0].params["delta_db"] == -9.0


GTR = level_finding("Gtr L", "electric guitars", 10.0, -1.0)


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("my words get smeared when the guitar strums, should i slap a presence boost on my voice?",
         "No, it's level before it's EQ"),
        ("the guitar covers my vocal, should i compress the vocal?", "No, it's level before any plug-in"),
        ("the guitar covers my vocal, should i turn the guitar down?", "Yes, it's level before it's EQ"),
        ("the guitar covers my vocal, should i turn it down?", "Yes, it's level before it's EQ"),
        ("the guitar covers my vocal, should i turn the vocal up?", "No, it's the other part's fader"),
        ("the guitar covers my vocal, should i eq the guitar or just turn it down?",
         "The fader first, it's level before it's EQ"),
        ("is the guitar covering my vocal?", "Yes, but it's level before it's EQ"),
    ],
)  # fmt: skip
def test_a_move_proposed_in_a_clash_gets_its_own_yes_or_no(text: str, opening: str) -> None:
    assert clash_opening(classify(text), GTR, ("guitar",), ("vocal", "voice", "vox")) == opening


def test_a_presence_boost_proposed_on_the_vocal_is_no_with_the_guitar_fader_first() -> None:
    advice = advise_rock(
        "my words get smeared when the guitar strums, should i slap a presence boost on my voice?",
        [GTR, guitar_masks_vocal()],
    )
    assert advice.text.startswith("No, it's level before it's EQ: 'Gtr L' sits about 10 dB louder"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] == -9.0


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "theres this droney hum parked on top of the guitars n i cant tell where its coming from, first move?",
            "Start with 'Keys', most likely what you hear:",  # the first move asked: where to start
        ),
        (
            "somethin is sitting right on top of the guitars and i dunno what it is",
            "That's most likely 'Keys':",
        ),
        ("whats covering the guitars?", "That's most likely 'Keys':"),
        ("something is drowning the guitars, what do i do", "That's most likely 'Keys':"),
    ],
)
def test_an_unnamed_part_over_the_guitars_is_the_part_measured_too_loud(text: str, head: str) -> None:
    advice = advise_rock(text, [level_finding("Keys", "keys", 10.0, -2.0)])
    assert advice.text.startswith(f"{head} 'Keys' sits about 10 dB louder"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == -9.0


def test_an_unnamed_part_over_a_part_it_covers_is_the_masker_with_its_fader_first() -> None:
    advice = advise_rock("something keeps covering my vocal, what is it?", [GTR, guitar_masks_vocal()])
    assert advice.text.startswith("That's most likely 'Gtr L'"), advice.text
    assert "That's also what hides 'Lead Vox'" in advice.text
    assert advice.suggestions[0].track == "Gtr L"


def test_an_unnamed_part_over_the_guitars_with_nothing_measured_says_so_and_how_to_find_it() -> None:
    advice = advise_rock("something is drowning the guitars, first move?")
    assert advice.text.startswith("Nothing I measured stands over 'Gtr L' and 'Gtr R'"), advice.text
    assert "mute the other tracks one at a time" in advice.text and not advice.suggestions


def test_a_part_named_before_the_covering_verb_is_not_unnamed() -> None:
    advice = advise_rock(
        "the keys are on top of the guitars and i dont know what to do", [level_finding("Keys", "keys", 10.0)]
    )
    assert not advice.text.startswith("That's most likely"), advice.text
    assert advice.suggestions[0].track == "Keys"


@pytest.mark.parametrize(
    ("text", "drums"),
    [
        ("a plinky thing pokes out every other beat", False),
        ("something jumps out on every beat", False),
        ("the snare is late by half a beat", True),  # the snare, not "a beat"
        ("is the beat too loud?", True),
        ("the beat is kinda weak", True),
    ],
)
def test_the_beat_is_the_drums_only_when_it_is_not_a_unit_of_time(text: str, drums: bool) -> None:
    instruments = classify(text).instruments
    assert ("drums" in instruments or "snare" in instruments) == drums, instruments


def test_in_the_pocket_after_a_fader_move_is_where_the_part_sits_not_its_timing() -> None:
    snap = rock_snapshot()
    moved = context("nudged the keys back up, is it in the pocket now?", snap, clean())
    assert pitch_timing(moved, understand_context(moved)) is None
    asked = context("are the keys in the pocket?", snap, clean())
    ans = pitch_timing(asked, understand_context(asked))
    assert ans is not None and ans.text.startswith("I can't tell timing from what I measure")
    rushing = context("nudged the keys back up, are they rushing now?", snap, clean())
    assert pitch_timing(rushing, understand_context(rushing)) is not None


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("ok the church choir is tucked back in the pews now lol, does the song feel like one band?", True),
        ("ok the bgvs are tucked back now, does it all feel glued?", True),
        ("nudged the rhodes back up, is it in the pocket now?", True),
        ("does the song feel like one band?", False),  # no move told: the state, asked
    ],
)
def test_a_move_told_then_a_check_on_the_whole_is_a_reported_move(text: str, told: bool) -> None:
    assert reports_move(text) == told


@pytest.mark.parametrize(
    "text",
    [
        "feels kinda empty behind the singer, is something too quiet?",
        "sounds hollow under the vocal, is anything too low?",
        "is anything too quiet under the vocal?",
    ],
)
def test_a_part_named_only_as_a_place_is_not_the_part_asked_about(text: str) -> None:
    assert classify(text).instruments == ()
    advice = advise_rock(text, [level_finding("Keys", "keys", -10.0, -20.0)])
    assert "'Keys'" in advice.text, advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == 9.0


@pytest.mark.parametrize(
    "text", ["bet, whats the dB damage on that then", "whats the damage?", "cool whats the db damage"]
)
def test_whats_the_damage_asks_the_size_of_the_move(text: str) -> None:
    history = (Turn("user", "the keys are too loud arent they"), Turn("assistant", "Yes: ..."))
    assert classify(text, history).wants == Wants.HOW_MUCH
    snap = rock_snapshot()
    ctx = context(text, snap, clean(), (level_finding("Keys", "keys", 10.0, -2.0),), history)
    ans = compose(ctx)
    assert ans.text.startswith("About 9 dB"), ans.text


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("cranked the vox, too much now?", True),
        ("pushed the vocal up, is that too much?", True),
        ("brought the bass up, overkill?", True),
        ("cranked the vox, hows it now?", False),
        ("too much low end, right?", False),  # a tone, no move
    ],
)
def test_a_move_told_then_too_much_now_asks_whether_it_overshot(text: str, asked: bool) -> None:
    assert said_overshot(text) == asked


def _snare_before() -> EarlierClip:
    return EarlierClip(
        "is the snare too loud?", clean(), (level_finding("Snare", "snares", 12.0),), rock_snapshot()
    )


def test_too_much_now_after_a_move_past_its_place_is_yes_too_far() -> None:
    after = with_fader(rock_snapshot(), "Snare", -20.0, -39.0)
    ctx = context("yanked the snare down, too much now?", after, clean(), (level_finding("Snare", "snares", -9.8, -20.0),),
                  previous=_snare_before())  # fmt: skip
    text = RulesAdvisor().advise(ctx).text
    assert text.startswith("Yes, too far: now 'Snare' is too low (9.8 dB)"), text


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("ok reined the snare in, hows the balance now?", "Better: the 'Snare' sitting too loud is gone."),
        ("tamed the snare, good now?", "Yes: the 'Snare' sitting too loud is gone."),
        ("tamed the snare, still too loud?", "No, not anymore: the 'Snare' sitting too loud is gone."),
    ],
)
def test_the_state_after_a_fader_move_gets_the_opening_its_question_asks_for(text: str, opening: str) -> None:
    after = with_fader(rock_snapshot(), "Snare", -8.0, -27.0)
    ctx = context(text, after, clean(), (), previous=_snare_before())
    advice = RulesAdvisor().advise(ctx)
    assert advice.text.startswith(opening), advice.text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("and what if i just eq it brighter instead", "should i eq it brighter instead?"),
        ("what if i compressed the keys instead?", "should i compress the keys instead?"),
        ("what if i turned the pad up 3db, would it be too much?", "can i turn the pad up 3db?"),
        ("what if the guitars were louder than the vocal?", None),  # no move of mine: the what-if of a state
    ],
)
def test_a_what_if_of_a_move_is_the_permission_it_asks(text: str, read: str | None) -> None:
    assert as_permission(text) == read


def test_what_if_i_eq_it_instead_after_a_level_verdict_is_not_first_with_the_fader() -> None:
    keys = level_finding("Keys", "keys", -10.0, -12.0)
    history = (Turn("user", "are the keys too quiet"), Turn("assistant", "Yes: ..."))
    ctx = context("and what if i just eq it brighter instead", rock_snapshot(), clean(), (keys,), history)
    advice = RulesAdvisor().advise(ctx)
    assert advice.text.startswith("Not first: 'Keys' sits about 10 dB quieter"), advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == 9.0


@pytest.mark.parametrize(
    "text",
    ["should i eq the vocal brighter?", "should i brighten the vocal", "boost the highs on the vocal?"],
)
def test_eq_it_brighter_asked_is_the_boost_asked(text: str) -> None:
    assert BOOST_VERB.search(text)  # "brighter" asks for more top, as "boost the highs" does


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("the snare, turn it down or leave it?", "down"),
        ("the backbeat is smacking me in the face, tone it down or is it fine", "down"),
        ("the bass, push it up or leave it alone?", "up"),
        ("vox sits waaay on top, pull it back or nah", None),  # "or nah" asks the move: yes or no
        ("Should I cut the strings a bit, or are they ok?", None),  # "should I ...": the move, yes or no
    ],
)
def test_a_move_offered_against_leaving_it_is_read_with_its_way(text: str, way: str | None) -> None:
    assert move_way_asked(text) == way


@pytest.mark.parametrize(
    ("text", "findings", "opening"),
    [
        (
            "the snare, turn it down or leave it?",
            [level_finding("Snare", "snares", 12.0)],
            "Turn it down: 'Snare'",
        ),
        ("the snare, turn it down or leave it?", [], "Leave it: nothing I measured says 'Snare'"),
        (
            "the snare, push it up or leave it?",
            [level_finding("Snare", "snares", 12.0)],
            "Neither, turn it down: 'Snare'",
        ),
        (
            "the keys, bring em up or are they fine?",
            [level_finding("Keys", "keys", -10.0, -12.0)],
            "Bring them up: 'Keys'",  # "em": the asker's own pronoun said back
        ),
    ],
)
def test_move_or_leave_it_names_the_side_measured(text: str, findings: list, opening: str) -> None:
    advice = advise_rock(text, findings)
    assert advice.text.startswith(opening), advice.text


@pytest.mark.parametrize(
    ("text", "gear"),
    [
        ("i think my monitors are too bright, thats why the keys sound so piercing right?", "monitors"),
        ("its probably just my headphones right? the keys sound loud", "headphones"),
        ("its my ears, right?", "ears"),
        ("because of my room the keys poke out?", "room"),
        ("the keys are too loud, thats why", None),  # no listening named
    ],
)
def test_the_listening_blamed_is_read_as_the_gear_it_names(text: str, gear: str | None) -> None:
    m = GEAR_BLAMED.search(text)
    assert (m.group("gear") or m.group("gear2") if m else None) == gear


@pytest.mark.parametrize(
    ("text", "findings", "opening"),
    [
        ("i think my monitors are too bright, thats why the keys sound so piercing right?",
         [level_finding("Keys", "keys", 10.0)], "It's the mix, not your monitors: 'Keys' sits about 10 dB louder"),
        ("is my room making the keys poke out or is it the mix", [level_finding("Keys", "keys", 10.0)],
         "It's the mix, not your room: 'Keys'"),
        ("its probably just my headphones right? the keys sound loud", [],
         "Not the mix, as far as I measure: nothing I measured says 'Keys' is out of line, so it's likely your "
         "headphones."),
    ],
)  # fmt: skip
def test_the_listening_blamed_gets_the_side_the_meters_support(
    text: str, findings: list, opening: str
) -> None:
    advice = advise_rock(text, findings)
    assert advice.text.startswith(opening), advice.text


def test_who_should_give_way_in_a_clash_names_the_part_first() -> None:
    text = "the guitar and my voice are stepping on each other, who should give way"
    assert (
        clash_opening(classify(text), GTR, ("guitar",), ("voice",))
        == "'Gtr L', and it's level before it's EQ"
    )
    advice = advise_rock(text, [GTR, guitar_masks_vocal()])
    assert advice.text.startswith(
        "'Gtr L', and it's level before it's EQ: 'Gtr L' sits about 10 dB louder"
    ), advice.text


def test_where_do_they_clash_with_a_fader_first_gives_the_range_then_the_fader() -> None:
    history = (
        Turn("user", "the guitar and my voice are fighting, who should give way"),
        Turn("assistant", "..."),
    )
    ctx = context(
        "where exactly are they clashing, what freq",
        rock_snapshot(),
        clean(),
        (GTR, guitar_masks_vocal()),
        history,
    )
    ans = compose(ctx)
    assert ans.text.startswith(
        "They meet at 800 Hz-2 kHz, but not an EQ move first: 'Gtr L' sits about 10 dB"
    ), ans.text
    assert ans.suggestions[0].track == "Gtr L" and ans.suggestions[0].action == "nudge_volume_db"


@pytest.mark.parametrize(
    "text", ["how many clicks up should the keys go lol", "how many dbs do i drop it", "how many notches?"]
)
def test_how_many_clicks_asks_the_size(text: str) -> None:
    assert classify(text).wants == Wants.HOW_MUCH


def test_how_much_to_cut_a_part_behind_another_parts_fader_says_it_is_not_first() -> None:
    vox = level_finding("Lead Vox", "lead vocals", -10.0, -12.0)
    advice = advise_rock("how much should i cut the guitar", [vox, guitar_masks_vocal(0.7)])
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] == 9.0
    assert advice.text.startswith("Not much, and not first: the guitar isn't what is off."), advice.text
    assert "If the guitar still covers it after that: dip 'Gtr L' about 3 dB" in advice.text


@pytest.mark.parametrize(
    ("text", "hats"),
    [("the tss tss tss is all i can hear", True), ("the ts ts ts is loud", True), ("that tsst on every beat", True),
     ("tsk tsk, the mix", False), ("is the vocal too loud", False),
     ("whats that tss tss sound, is it the shaker? too loud?", False)],  # the sound put on the shaker
)  # fmt: skip
def test_the_hats_said_by_their_sound_are_the_hats(text: str, hats: bool) -> None:
    assert ("hi-hat" in classify(text).instruments) == hats


@pytest.mark.parametrize(
    ("text", "taste"),
    [
        ("but my drummer likes it loud, why should i change it", True),
        ("i want my vocal loud and in your face, thats the style", True),
        ("the bass is that loud on purpose", True),
        (
            "the vox is stuck on top of the band like a sticker, too far up front?",
            False,
        ),  # "like" as a likeness
        ("is the snare too loud?", False),
    ],
)
def test_a_level_claimed_as_taste_is_read(text: str, taste: bool) -> None:
    assert bool(TASTE.search(text)) == taste


def test_taste_pushback_grants_the_choice_says_its_cost_and_offers_half_the_move() -> None:
    history = (Turn("user", "is the snare too loud"), Turn("assistant", "Yes: ..."))
    ctx = context("but my drummer likes it loud, why should i change it", rock_snapshot(), clean(),
                  (level_finding("Snare", "snares", 12.0),), history)  # fmt: skip
    ans = compose(ctx)
    assert ans.text.startswith("You don't have to: it's your call"), ans.text
    assert (
        "'Snare' sits about 12 dB louder" in ans.text and "down about 5.5 dB, half of what I'd do" in ans.text
    )
    assert ans.suggestions[0].track == "Snare" and ans.suggestions[0].params["delta_db"] == -5.5
    asked = advise_rock(
        "i want the snare loud, its the style, is it too much?", [level_finding("Snare", "snares", 12.0)]
    )
    assert asked.text.startswith("By the usual measure, yes, but it's your call:"), asked.text
