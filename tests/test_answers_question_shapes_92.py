"""Question shapes found after set 68's one run: a tape plug-in blamed for a sizzle the hats make, "is the car alarm
thing gone? or is there another part jumping at me now" after a move said as "the pluck lost 10db", "stacked to the
ceiling" (no limiter), "have i got my low end back yet" after a 1 dB nudge, "step one?" on a kick inside the kit with
the bass low, a strat on a session with no guitar, a low-pass asked where and how steep, "nuked that 1k boost" then
whether the lyrics come through, and "does it want lifting or is it sitting where it should" on a faint part that is
fine. From reading the passing answers: high-passes for "the other instruments" so the bass owns the low end, the
hats asked after the kick and snare are praised, "give it like 3db more or nah" in the drop, "how did it end up that
hot? i never went near it", lining a mix up against a commercial song, and "how do the gtrs n my vocal get along? i
panned them hard". Probing further: the same shapes in other words.
"""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.asked_direction import asked_way
from model.guessed_part import TAIL
from model.intent import classify
from model.just_my_ears import JUST_MY_EARS
from model.reported_move import reports_move, says_moved
from model.top_symptoms import says_top_symptom
from model.untouched_drift import HOW_IT_GOT, UNTOUCHED


def test_the_forms_found() -> None:
    assert says_top_symptom("the whole mix has this hissy sizzle over the top")
    assert not says_top_symptom("how do i get more sizzle on the hats")
    assert not says_top_symptom("how do i get that sizzle on the hats")
    assert asked_way("the bass is weak in a drop. give it like 3db more?") == "up"
    assert (
        classify("in the chorus its all ooohs stacked to the ceiling. what do i grab first").technique is None
    )
    assert classify("what should the ceiling on my limiter be").technique == "limiting"
    assert classify("the clean strat part needs more presence").instruments == ("guitar",)
    assert classify("my tele part sounds thin").instruments == ("guitar",)
    assert classify("the chords are hovering in mid air").complaint is None
    assert classify("the mix has no air").complaint == "dull"
    assert classify("the rhodes feels a touch faint behind the strings").complaint == "quiet"
    assert says_moved("ok the pluck lost 10db")
    assert not says_moved("the vocal lost its presence at 3 khz")
    assert reports_move(
        "ok the pluck lost 10db. is the car alarm thing gone? or is there another part jumping at me now"
    )
    assert reports_move("gave the synth bass a teeny 1db nudge up. have i got my low end back yet")
    assert reports_move("nuked that 1k eq boost on the acoustic. are my lyrics poking thru the strumming now")
    raise_asked = classify("synth bass feels kinda polite in the drop. give it like 3db more or nah")
    assert (raise_asked.asks_raise, raise_asked.complaint) == (True, "quiet")
    assert not classify("kick's alright yeah? was gonna give it a bit more low end").asks_raise
    assert asked_way("the bass is weak in the drop. give it like 3db more?") == "up"
    assert asked_way("should i drop the bass 3db") == "down"
    fooled = classify(
        "how do i line my mix up against a commercial song so im not fooled by whichever one is louder"
    )
    assert fooled.complaint is None
    panned = classify(
        "how do the gtrs n my vocal get along in the chorus? i double tracked them n panned them hard"
    )
    assert (panned.technique, panned.should) == (None, False)
    assert classify("should i pan the gtrs hard?").technique == "panning"
    assert reports_move("the upright lost 10 db. is the boom gone?")
    assert not TAIL.search("the words vanish when the left gtr comes in. is it stepping on my vocal?")
    assert TAIL.search("the words vanish when the left gtr comes in. is it the guitar?")
    assert classify("how do i match my mix with a reference so louder doesnt fool me").complaint is None
    assert reports_move("went up 4db on the vocal, closer?")
    assert JUST_MY_EARS.search("the right guitar jumps out more than the left one, is that just my ears")
    assert not JUST_MY_EARS.search("the bass is a bit boomy or is that just me")
    sitting = classify("does the kick want pushin up or is it sittin where it should")
    assert "sitting where it should" in sitting.question and "pushing up" in sitting.question
    assert HOW_IT_GOT.search("ok but how did it end up that hot?") and HOW_IT_GOT.search(
        "how come it got so quiet"
    )
    assert UNTOUCHED.search("i set it once on day one n never went near it again")
    assert not UNTOUCHED.search("i turned it down yesterday")


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("rock", "Hats +10", "the whole mix has this hissy sizzle over the top like an old radio, my ears are knackered. is the tape saturation plugin on my master adding hiss",
         "Not the tape plug-in: 'Hats' sits about", ("Hats", -1)),
        ("pop", "Hats +10", "theres this constant sizzle on top of everything, feels like tinnitus. is the tape plugin on my mix bus adding noise",
         "Not the tape plug-in: 'Hats' sits about", ("Hats", -1)),
        ("soul_kit", "Backing Vox +10", "in the chorus its all ooohs n aaahs stacked to the ceiling, i cant tell whos singing lead anymore n the horns have vanished into it. what do i grab first",
         "Bring the fader on 'Backing Vox'", ("Backing Vox", -1)),
        ("soul", "Bass -10", "theres no weight anywhere in this, the kick drum is ticking along on its own n the chords are just kinda hovering in mid air. step one?",
         "Start with 'Bass', not the kick drum: 'Bass' sits about", ("Bass", 1)),
        ("soul", "clean", "the clean strat part in the bridge needs a touch more presence i reckon. worth a couple db on the fader?",
         "There is no strat in this session", None),
        ("soul", "clean", "the rhodes feels a touch faint behind the strings in the bridge. does it want lifting or is it sitting where it should",
         "No, it's fine: nothing I measured says 'Rhodes' is too low.", None),
        ("soul_kit", "clean", "does the organ want lifting or is it sitting where it should",
         "It's fine: nothing I measured says 'Organ' is out of line.", None),
        ("rock", "clean", "kick n snare are landing nicely in my chest but are the hi hats maybe a hair too loud? they tickle my ears a bit",
         "No: nothing I measured says 'Hats' is too loud.", None),
        ("pop", "clean", "the synth bass feels kinda polite in the drop on my monitors, not enough wobble. give it like 3db more or nah",
         "No: nothing I measured says 'Synth Bass' is too low.", None),
        ("pop", "Synth Bass -10", "synth bass feels kinda polite in the drop. give it like 3db more or nah",
         "Yes, and a bit more: about 6 dB, not 3.", ("Synth Bass", 1)),
        ("rock", "masking", "how do the gtrs n my vocal get along in the chorus to ur ears? i double tracked the rhythm parts n panned them hard",
         "Too loud: 'Gtr L' sits about", ("Gtr L", -1)),
        ("pop", "Hats +10", "kick and clap sit great but are the hats a touch too loud?",
         "Yes: 'Hats' sits about", ("Hats", -1)),
        ("rock", "masking", "the words kinda vanish whenever the left gtr comes in. is it stepping on my vocal?",
         "Yes, but it's level before it's EQ: 'Gtr L' sits about", ("Gtr L", -1)),
        ("soul_kit", "clean", "i cant feel the bass at all, is the kick too loud",
         "No: nothing I measured says 'Kick' is too loud.", None),
        ("rock", "Gtr R +10", "the right guitar seems to jump out at me more than the left one, is that just my ears",
         "No, it's not your ears: 'Gtr R' sits about", ("Gtr R", -1)),
        ("pop", "clean", "pad seems a bit loud in the verse, is it just me",
         "Probably your ears: nothing I measured says 'Pad' is too loud.", None),
        ("rock", "clean", "does the kick want pushin up or is it sittin where it should",
         "No: 'Kick' sits about 4 dB louder", None),
        ("folk", "Piano -10", "how come the piano got so quiet? i never moved its fader",
         "Your fader can stay put while the balance moves around it: 'Piano' sits", ("Piano", 1)),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, int] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert re.match(re.escape(opening), advice.text), advice.text
    first = advice.suggestions[0] if advice.suggestions else None
    got = (first.track, 1 if first.params["delta_db"] > 0 else -1) if first is not None else None
    assert got == card
    assert len(advice.text.split()) <= 120


@needs_fluidsynth
def test_a_move_reported_and_its_result_asked() -> None:
    """A fix said as what the part lost is judged gone; a 1 dB nudge that is not in the clip is "Not yet" and said
    so; a boost taken out answers whether the words come through."""
    gone = ask_after(
        "pop",
        (
            "Pluck Synth +10",
            "that plucky synth line is stabbing thru the whole track like a car alarm, way too hot",
        ),
        "clean",
        "ok the pluck lost 10db. is the car alarm thing gone? or is there another part jumping at me now",
    )
    assert gone.text.startswith("Yes: the 'Pluck Synth' sitting too loud is gone"), gone.text
    nudged = ask_after(
        "pop",
        (
            "Synth Bass -10",
            "the drop is missing its sub, the synth bass is set way under where it should be right",
        ),
        "Synth Bass -10",
        "gave the synth bass a teeny 1db nudge up. have i got my low end back yet",
    )
    assert nudged.text.startswith("Not yet: the 'Synth Bass' sitting too low is still there"), nudged.text
    assert "Its fader still reads -17.5 dB, as on the last clip" in nudged.text
    assert nudged.suggestions[0].track == "Synth Bass" and nudged.suggestions[0].params["delta_db"] > 0
    cleared = ask_after(
        "folk",
        ("masking", "my voice n the guitar turn into one big blur in the verse, is the guitar covering me"),
        "clean",
        "nuked that 1k eq boost on the acoustic. are my lyrics poking thru the strumming now",
    )
    assert cleared.text.startswith("Yes: the 'Acoustic Gtr' sitting too loud is gone."), cleared.text


@needs_fluidsynth
def test_filters_asked_for_by_name() -> None:
    """A low-pass asked where and how steep gets the filter on the parts named, at MixologyDB's figure where enough
    real mixes low-passed that kind of part (common practice otherwise), 12 dB/oct; high-passes asked for "the other
    instruments" leave out the part they make room for."""
    low = ask_once(
        "rock",
        "clean",
        "my distorted gtrs have this fizzy bee-in-a-jar buzz right at the top. where should i put a low pass on them "
        "n how steep, without them going dull",
    )
    assert low.text.startswith("Put a low-pass on 'Gtr L' and 'Gtr R' at about 8.5 kHz"), low.text
    assert "12 dB/oct" in low.text and "around 8.4 kHz (IQR 3.83 kHz-10.7 kHz) in 90 real mixes" in low.text
    assert [(s.action, s.track, s.params["freq_hz"]) for s in low.suggestions] == [
        ("low_pass", "Gtr L", 8500),
        ("low_pass", "Gtr R", 8500),
    ]
    vocal = ask_once("pop", "clean", "what freq should i put an lpf at on my vocal to tame the hiss")
    assert (
        vocal.text.startswith("Put a low-pass on 'Lead Vocal' at about 15 kHz")
        and "(common practice)" in vocal.text
    )
    # a part off its level keeps its fader answer: balance before any filter
    loud = ask_once("rock", "Gtr L +10", "where should i put a low pass on gtr l, its fizzy")
    assert loud.suggestions[0].action == "nudge_volume_db" and loud.suggestions[0].params["delta_db"] < 0
    high = ask_once(
        "folk",
        "clean",
        "how should i high pass the other instruments so the upright gets its own space down low? like what freqs for "
        "the guitar, piano n fiddle",
    )
    assert "'Upright Bass'" not in high.text and "'Piano' at 80 Hz: raise it to about 100 Hz" in high.text, (
        high.text
    )
    assert "acoustic guitars around 105 Hz" in high.text and "string parts around 100 Hz" in high.text
    assert [(s.action, s.track) for s in high.suggestions] == [("high_pass", "Piano")]


@needs_fluidsynth
def test_how_a_balance_drifts_and_a_reference_lined_up() -> None:
    """ "How did it end up that hot?" with the fader never touched: how a balance moves round a fader, the part's own
    plug-ins named, then the move; lining up a reference is the loudness-matching craft on this mix's level."""
    drift = ask_once(
        "folk",
        "Upright Bass +10",
        "the upright is booming thru the verses. how did it end up that hot? i set it once on day one n never went "
        "near it again",
    )
    assert drift.text.startswith(
        "Your fader can stay put while the balance moves around it: 'Upright Bass' sits"
    )
    assert (
        "(it has ReaEQ: check its output gain)" in drift.text and "headphones or small speakers" in drift.text
    )
    assert drift.suggestions[0].track == "Upright Bass" and drift.suggestions[0].params["delta_db"] < 0
    ref = ask_once(
        "rock",
        "clean",
        "how do i line my mix up against a commercial song in reaper so im not just fooled by whichever one is "
        "louder? never done the reference thing before",
    )
    assert ref.text.startswith("The usual way (common practice): pick a released song"), ref.text
    assert re.search(r"Yours reads -1\d\.\d LUFS integrated, the level to match", ref.text)
