"""Question shapes found after set 65's one run: "does she ride on top of the band now" is a part riding, not the
ride cymbal, and with "or have i overcooked it" after a move the good side is named ("Better"); "its meant to be
this big warm blanket ... is it too low" asks a plain yes/no (the norm's own sentence says no level); "worth
pulling them down a notch or leave em" gets the side that is true ("Leave them"); "blur into one thing" is two
parts merged, not a first thing asked; "should i layer a second snare sample under it ... in the hook" is a layer
proposed, not a section's level; "bass n rhodes are doing their thing but theres no backbone" clears the praised
parts; "room sound so they stop sounding so dry n boxy ... what reverb" is the room first, then the tone word. From
reading the set's passing answers: "how do i even that out, automation or a comp" is the evening out; "how would u
pan a pair of double tracked gtrs" asks the panning, not whether to double; "fiddle fader came down 10db. does the
whole thing sit together now or should i keep going" reports a move and is "Better", not a bare "It's fine". Probing
further: "too much or is it just the hook being the hook", "is that how it should be for folk?", "same level or
no?", "a me problem or a mix problem", "good idea or leave em?", "too boomy or too loud", "roll off some top or
turn them down" and "or is it just how soul kicks are" each get the side measured; "is it meant to be that subtle?"
asks the norm of the part said before it; "gimme the brutal truth, what sticks out to u" is the open look."""

from __future__ import annotations

import re

import pytest
from fakes.rendering import ask_after, ask_once, needs_fluidsynth

from model.intent import classify
from model.leave_it import OR_LEAVE
from model.praised_parts import without_praised
from model.reported_move import reports_move
from model.still_verdict import good_or_more


@pytest.mark.parametrize(
    ("question", "wants", "complaint", "technique", "instruments"),
    [
        ("pushed her fader up 10db. does she ride on top of the band now or have i overcooked it",
         "better_now", "loud", None, ()),
        ("my voice n the guitar kind of blur into one thing in the verses, i cant tell where one ends n the other starts. is something clashing there or is that just how acoustic songs sound",
         "judge", "clash", None, ("vocal", "guitar")),
        ("why does the groove feel so limp? bass n rhodes are doing their thing but theres no backbone, like the beat is leaking thru a wall from next door",
         "why", "dull", None, ("drums",)),
        ("she gets way louder on the big chorus notes n then kind of disappears on the quiet lines. how do i even that out in reaper, automation or a comp or what",
         "how_to", "loud", "automation", ("vocal",)),
        ("ok fiddle fader came down 10db. does the whole thing sit together now or should i keep going",
         "better_now", None, None, ("strings",)),
    ],
)  # fmt: skip
def test_the_asks_read(
    question: str, wants: str, complaint: str | None, technique: str | None, instruments: tuple[str, ...]
) -> None:
    intent = classify(question)
    assert intent.wants == wants
    assert intent.complaint == complaint
    assert intent.technique == technique
    assert intent.instruments == instruments


def test_the_forms_found() -> None:
    assert "cymbals" not in classify("does she ride on top of the band").instruments
    assert classify("the ride is way too loud").instruments == ("cymbals",)
    assert OR_LEAVE.search("worth pulling them down a notch or leave em")
    assert OR_LEAVE.search("turn it up a hair or just leave it?")
    assert not OR_LEAVE.search("leave it or turn it up?")
    assert not OR_LEAVE.search(
        "Are the hi-hats too quiet, or should I leave them?"
    )  # a state, not a move, first
    # the praised parts blanked, the part after the "but" kept; a "but" with little after it keeps the praise
    assert "bass" not in without_praised("bass n rhodes are doing their thing but theres no backbone at all")
    assert without_praised("the vocal is fine but") == "the vocal is fine but"
    said = "my ears say the vocal is fine but the meter disagrees, which do i trust"
    assert without_praised(said) == said  # a claim reported keeps its part
    assert reports_move(
        "ok fiddle fader came down 10db. does the whole thing sit together now or should i keep going"
    )
    assert good_or_more("does it sit together now or should i keep going")
    assert not good_or_more("does it sit together now or did i overdo it")


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("pop", "Pad -10", "wheres my pad gone?? in the chorus its meant to be this big warm blanket n i can only just about hear it. is it too low",
         "Yes: 'Pad' sits 20 dB under your lead vocal", ("Pad", {"delta_db": 5.0})),
        ("soul_kit", "clean", "the keys feel a bit loud under my vocal in the verses, kinda droney. worth pulling them down a notch or leave em",
         "Leave them: nothing I measured says 'Organ' is too loud.", ("Organ", {"delta_db": -3.0})),
        ("folk", "masking", "my voice n the guitar kind of blur into one thing in the verses, i cant tell where one ends n the other starts. is something clashing there or is that just how acoustic songs sound",
         "Yes, but it's level before it's EQ: 'Acoustic Gtr' sits about", ("Acoustic Gtr", {"delta_db": -6.0})),
        ("pop", "Clap -10", "my snare has zero smack in the hook, it just kinda pats along somewhere in the background. should i layer a second snare sample under it to beef it up",
         "No, not a second layer first: 'Clap' sits about 12 dB quieter", ("Clap", {"delta_db": 6.0})),
        ("soul", "Drums -10", "why does the groove feel so limp? bass n rhodes are doing their thing but theres no backbone, like the beat is leaking thru a wall from next door",
         "Most likely this: 'Drums' sits about 13 dB quieter", ("Drums", {"delta_db": 6.0})),
        ("soul", "clean", "she gets way louder on the big chorus notes n then kind of disappears on the quiet lines. how do i even that out in reaper, automation or a comp or what",
         "That's the part's note-to-note range, not its fader: even it out with a compressor first, then automation.", None),
        ("rock", "clean", "how would u pan a pair of double tracked rhythm gtrs so they sound big n wide but the middle doesnt go all hollow",
         "They're panned 80% left and right now. Pan 'Gtr L' about 100% left", ("Gtr L", {"pan": -1.0})),
        ("pop", "Hats +10", "the hats feel a touch loud to me, pull them down or leave em?",
         "Turn them down: 'Hats' sits about 8 dB louder", ("Hats", {"delta_db": -6.0})),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, dict[str, float]] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert re.match(re.escape(opening), advice.text), advice.text
    got = (advice.suggestions[0].track, advice.suggestions[0].params) if advice.suggestions else None
    assert got == card
    assert len(advice.text.split()) <= 120


@needs_fluidsynth
def test_a_room_asked_for_dryness_comes_before_the_tone_word() -> None:
    room = ask_once(
        "soul",
        "clean",
        "how do i give the drums a bit of room sound so they stop sounding so dry n boxy, without them washing out? "
        "like what reverb n what settings would u use in reaper",
    )
    assert room.text.startswith("Use a plate or room on a send: rooms decayed around 1.4 s"), room.text
    assert (
        "A room cures the dry sound, not the boxy one. Nothing I measured says 'Drums' is boxy." in room.text
    )
    assert room.suggestions[0].track == "Drums"
    # a part at the wrong level keeps its fader first
    low = ask_once(
        "rock", "Snare -10", "the snare sounds dry n boxy, how do i add some room to it with a reverb"
    )
    assert "A room cures" not in low.text and low.suggestions[0].params["delta_db"] > 0, low.text


@needs_fluidsynth
def test_a_move_then_the_good_side_or_more() -> None:
    """ "does she ride on top now or have i overcooked it" after a fix that landed is "Better", after one past the
    mark "Too far the other way"; "does the whole thing sit together now or should i keep going" is "Better"."""
    landed = ask_after(
        "soul",
        (
            "Lead Vocal -10",
            "shes getting buried under the band in every chorus, i reckon her fader is way too low?",
        ),
        "clean",
        "pushed her fader up 10db. does she ride on top of the band now or have i overcooked it",
    )
    assert landed.text.startswith("Better: the 'Lead Vocal' sitting too low is gone."), landed.text
    over = ask_after(
        "soul",
        ("Lead Vocal -10", "is her vocal buried?"),
        "Lead Vocal +10",
        "pushed her up a ton. does she sit on top of the band now or have i overcooked it",
    )
    assert over.text.startswith("Too far the other way: now 'Lead Vocal' is too loud"), over.text
    going = ask_after(
        "folk",
        (
            "Fiddle +10",
            "the fiddle is screeching over everything like a cat on a fence, its set way too loud isnt it",
        ),
        "clean",
        "ok fiddle fader came down 10db. does the whole thing sit together now or should i keep going",
    )
    assert going.text.startswith("Better: the 'Fiddle' sitting too loud is gone. You moved its fader"), (
        going.text
    )


@needs_fluidsynth
def test_probing_further_the_side_offered_is_named() -> None:
    """ "is that too much or is it just the hook being the hook" names the side measured; "is that how it should be
    for folk?" is a no with the part 10 dB low; "same level or no?" is a no with one guitar 10 dB under; "a me
    problem or a mix problem" is the mix with a part off, the speakers with nothing off; "good idea or leave em?" on
    parts in place is "Leave them"."""
    hook = ask_once(
        "pop",
        "Pluck Synth +10",
        "the pluck is super in your face, is that too much or is it just the hook being the hook",
    )
    assert hook.text.startswith("Too much, not just the hook: 'Pluck Synth'"), hook.text
    fine = ask_once(
        "pop",
        "clean",
        "the pluck is super in your face, is that too much or is it just the hook being the hook",
    )
    assert fine.text.startswith("It's just the hook being the hook:"), fine.text
    folk = ask_once(
        "folk",
        "Piano -10",
        "piano is there but only if i really listen for it, is that how it should be for folk?",
    )
    assert folk.text.startswith("No: 'Piano' sits 20 dB under"), folk.text
    same = ask_once(
        "rock", "Gtr L -10", "my left rhythm guitar feels timid compared to the right. same level or no?"
    )
    assert same.text.startswith("No: 'Gtr L' sits about"), same.text
    me = ask_once(
        "rock",
        "Kick +10",
        "every kick hit makes my speaker cone flap lol, is that a me problem or a mix problem",
    )
    assert me.text.startswith("The mix, first: 'Kick' sits about"), me.text
    gear = ask_once(
        "rock",
        "clean",
        "every kick hit makes my speaker cone flap lol, is that a me problem or a mix problem",
    )
    assert gear.text.startswith("Not the mix, as far as I can measure:") and "the speakers" in gear.text, (
        gear.text
    )
    both = ask_once(
        "rock",
        "clean",
        "thinking of pulling both gtrs down a bit so theres more space for my voice.. good idea or leave em?",
    )
    assert both.text.startswith("Leave them:"), both.text
    state = ask_once("rock", "Hats -10", "Are the hi-hats too quiet, or should I leave them?")
    assert state.text.startswith("Yes: 'Hats' sits about"), state.text


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening"),
    [
        ("pop", "Synth Bass +10", "the 808 is rattling my car, too boomy or too loud", "Too loud, not too boomy: bring the fader on 'Synth Bass'"),
        ("rock", "Lead Vocal -10", "vocal sounds far away, too much reverb or too quiet", "Too quiet, not too much reverb: bring the fader on 'Lead Vocal'"),
        ("soul", "Horns +10", "the horns sound nasty n piercing, should i roll off some top or turn them down", "Turn them down: 'Horns' is"),
        ("soul_kit", "Kick +10", "kick is thumping my chest, is that too much or is it just how soul kicks are", "Too much, not just how soul kicks are: 'Kick'"),
        ("soul_kit", "clean", "kick is thumping my chest, is that too much or is it just how soul kicks are", "It's just how soul kicks are: 'Kick'"),
        ("folk", "Shaker -10", "can barely hear the shaker, is it meant to be that subtle?", "Not this quiet: 'Shaker'"),
        ("folk", "clean", "can barely hear the shaker, is it meant to be that subtle?", "About where it is now: nothing I measured says 'Shaker'"),
    ],
)  # fmt: skip
def test_two_ways_offered_get_the_side_measured(
    style: str, scenario: str, question: str, opening: str
) -> None:
    """A level offered against a tone, an effect or the style ("too boomy or too loud", "roll off some top or turn
    them down", "or is it just how soul kicks are") opens with the side measured; "is it meant to be that subtle?"
    asks the norm of the part said before the pronoun."""
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text


@needs_fluidsynth
def test_what_sticks_out_after_a_statement_is_the_open_look() -> None:
    """ "gimme the brutal truth, what sticks out to u": the loud word is the open look itself, so the answer is what
    was found (a part when one is off), never a how-to on the mix's lean."""
    fine = ask_once("pop", "clean", "gimme the brutal truth, what sticks out to u")
    assert fine.text.startswith("No single track stands out in level; what does:"), fine.text
    hats = ask_once("pop", "Hats +10", "gimme the brutal truth, what sticks out to u")
    assert hats.text.startswith("It's 'Hats': 'Hats' sits about"), hats.text
    assert classify("gimme the brutal truth, what sticks out to u").wants == "what_do_you_hear"
