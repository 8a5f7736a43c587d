"""Question shapes found after set 61's one run: "have i got that thing cranked?" claims too loud; "should i grab one
of those sub harmonic enhancer plugins" offers a saturation tool, answered "Not first" with the fader; "our drummer
swears hes buried but the bass player says its perfect" asks about the drums (the bass player is a person); "is the
low end overdone or is that just his sub" is the mix's low end against a friend's subwoofer, no part; "the limiter
on my master is slammed.. where do i even begin" is the first move, the part feeding the limiter; "u sure its not
the kick eating it? or is it just the bass fader" is sure of the bass; "is my acoustic sitting right on top of my
singing, or do i just need to belt it louder" is a clash, the take offered is no level claim; "should it be more up
front or is that how folk stuff sits" is about "it", the part named first; "so i dont need to slam more compression
on it then?" is a yes or no, answered "Right"; "what kind of number do i bring it up, 3db? 6?" asks a size; "really?
why tho, it felt right ... on my phone" asks why, the phone is where it sounded right; "gave the upright a couple
db, is that enough or does it still need a shove", "bumped the hats, are they tucked into the groove now or ...",
"dropped the bvs, am i the main voice again or ..." report moves and are answered by their side. Probing further:
"who do i listen to" weighs two people; "the bassist says hes too quiet" quotes a person; "when the beat drops" is a
section; "ducks n pumps a little" is a pump wanted; "do they gel with the snare or do they stick out" is about
"they", not the snare. From reading the set's passing answers: "sounds like a phone demo" is a small mix, no
telephone effect wished; "my bassist reckons theyre fine, which one of us is right" sides with the asker when the
part is off; "under the distorted gtrs" is the guitars' sound, not clipping; "even louder than her voice.. is it too
hot or is that normal for soul" judges the level heard, not a what-if; "scrawny" is thin. Probing further: "the
fiddle player says" is a person; "can we release it" is a yes or no; "cranked or too low" offers both ways; "what's the number on the master" asks
the master's loudness; "my bandmates say im too loud" is several people's claim ("are")."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model.creative_fx import effect_of
from model.gear_tail import GEAR_OFFERED
from model.intent import classify
from model.opinion_holder import is_person
from model.reported_move import reports_move
from model.still_verdict import GOOD_SIDE, HELPED_OR_STILL
from model.who_is_right import WHO_RIGHT


@pytest.mark.parametrize(
    ("question", "wants", "complaint", "instruments"),
    [
        ("the upright goes woof woof under everything, have i got that thing cranked?", "judge", "loud", ("bass",)),
        ("our drummer swears hes buried but the bass player says its perfect, can i publish", None, "quiet",
         ("drums",)),
        ("is the low end in my mix overdone or is that just his sub", None, "boomy", ()),
        ("the song pumps n ducks like crazy and the limiter on my master is slammed.. where do i even begin",
         "what_first", "squashed", ()),
        ("how do i sidechain the pad off the kick so it ducks n pumps a little", "how_to", None, ("pad", "kick")),
        ("is my acoustic sitting right on top of my singing, or do i just need to belt it louder", "judge", "clash",
         ("acoustic guitar", "vocal")),
        ("so i dont need to slam more compression on my vocal then?", "judge", None, ("vocal",)),
        ("yeah ok. so what kind of number do i bring the vocal up, 3db? 6? more?", "how_much", "quiet", ("vocal",)),
        ("when the beat drops my voice just sinks, is it set too quiet?", "judge", "quiet", ("vocal",)),
        ("can u make out my lead line properly over all the band stuff?", "judge", None, ("vocal",)),
        ("should i grab one of those sub harmonic enhancer plugins to make the bass poke out", "judge", None,
         ("bass",)),
    ],
)  # fmt: skip
def test_the_asks_read(
    question: str, wants: str | None, complaint: str | None, instruments: tuple[str, ...]
) -> None:
    intent = classify(question)
    if wants is not None:
        assert intent.wants == wants
    assert intent.complaint == complaint
    assert intent.instruments == instruments
    if "enhancer" in question:
        assert intent.technique == "saturation"


def test_the_forms_found() -> None:
    assert (
        classify("really? why tho, it felt right when i was tracking it n listening back on my phone").wants
        == "why"
    )
    assert reports_move(
        "gave the upright a couple db. i can kinda hear it but is that enough or does it still need more"
    )
    assert reports_move("nudged the bass up a hair, is that enough or does it need more")
    assert not reports_move("the bass is quiet, is that enough?")
    assert reports_move("dropped the bvs 10db. am i the main voice again or are they still fighting me")
    assert HELPED_OR_STILL.search("is that enough or does it still need a shove")
    assert HELPED_OR_STILL.search("am i the main voice again or are they still fighting me")
    assert GOOD_SIDE.search("are they tucked into the groove now or have they gone too far")
    sub = GEAR_OFFERED.search("is the low end overdone or is that just his sub")
    assert sub is not None and sub["gear"] == "sub" and sub["whose"] == "his"
    assert WHO_RIGHT.search("the singer thinks its fine. who do i listen to")
    assert is_person("bassist") and is_person("drummer")
    assert classify("the fiddle player says its perfect, is the singer buried?").instruments == ("vocal",)
    assert classify("can we release it?").wants == "judge"
    assert classify("i slammed more compression on the vocal, is it ok?").complaint != "punch"
    assert (
        classify("can you make the snare stand out more").wants == "how_to"
    )  # a change wished, not "make out"
    assert classify("whats my master reading at?").complaint == "loudness"
    assert effect_of("groove has no floor, sounds like a phone demo") is None
    assert effect_of("make the lead vocal sound like a phone for the intro") is not None
    assert (
        classify("my voice turns to mush under the distorted gtrs, time for a compressor?").complaint
        != "clipping"
    )
    assert classify("my bass sounds distorted, is it clipping?").complaint == "clipping"


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("folk", "Upright Bass +10", "the upright goes woof woof under everything n i can barely pick out the guitar strums anymore, have i got that thing cranked?",
         "Yes: 'Upright Bass' sits about 11 dB louder", ("Upright Bass", {"delta_db": -6.0})),
        ("rock", "Bass -10", "cant feel the bass guitar at all on my laptop, should i grab one of those sub harmonic enhancer plugins to make it poke out",
         "Not first: 'Bass' sits about 10 dB quieter", ("Bass", {"delta_db": 6.0})),
        ("soul", "clean", "our drummer swears hes buried but the bass player says its perfect. is anyone out of whack or can i just hit publish",
         "No: 'Drums' sits about 3 dB quieter", None),
        ("soul", "Drums +10", "the whole song pumps n ducks like crazy n the limiter on my master is slammed the entire time.. where do i even begin",
         "Start with 'Drums', not the limiter:", ("Drums", {"delta_db": -5.5})),
        ("folk", "masking", "is my acoustic sitting right on top of my singing in the mids, or do i just need to belt it louder when i record lol",
         "Yes, but it's level before it's EQ: 'Acoustic Gtr' sits about", ("Acoustic Gtr", {"delta_db": -6.0})),
        ("folk", "clean", "piano feels kinda tucked away behind the guitar n fiddle.. should it be more up front or is that how folk stuff normally sits",
         "No: 'Piano' sits 10 dB under your lead vocal", None),
        ("soul_kit", "clean", "what do u think of the hats, do they gel with the snare or do they stick out",
         "No: nothing I measured says 'Hats' is too loud.", None),
        ("pop", "Hats +10", "whole track sounds hissy n cheap like a bad youtube rip, where do i even begin",
         "Start with 'Hats': 'Hats' sits about 8 dB louder", ("Hats", {"delta_db": -6.0})),
        ("soul", "Drums -10", "the drummer swears his kit is buried, the rest of us think its fine. whos right",
         "Your drummer is: 'Drums' sits about 13 dB quieter", ("Drums", {"delta_db": 6.0})),
        ("soul_kit", "Bass -10", "groove feels like its got no floor under it, sounds like a phone demo.. whats the first thing ud touch",
         "Start here: 'Bass' sits about", ("Bass", {"delta_db": 6.0})),
        ("rock", "Hats +10", "the hihats go tss tss tss right in my face the whole song, my bassist reckons theyre fine tho. which one of us is right",
         "You are: 'Hats' sits about", ("Hats", {"delta_db": -6.0})),
        ("soul_kit", "clean", "the organ feels a bit loud to me but my drummer says its fine, whos right",
         "Your drummer is: nothing I measured says 'Organ' is out of line", None),
        ("soul", "Rhodes +10", "the piano is clanging away right up front, even louder than her voice in bits.. is it too hot or is that normal for soul",
         "Yes, too hot: 'Rhodes' sits 2 dB over your lead vocal", ("Rhodes", {"delta_db": -6.0})),
        ("rock", "clean", "my voice comes off kinda scrawny against them distorted guitars, push the fader?",
         "No: nothing I measured says 'Lead Vocal' is thin.", None),
        ("folk", "Lead Vocal -10", "our singer swears shes buried but the fiddle player says its perfect, can we release it",
         "No: 'Lead Vocal' sits about 7 dB quieter", ("Lead Vocal", {"delta_db": 4.0})),
        ("folk", "Fiddle -10", "is the fiddle cranked or too low? cant tell",
         "Too quiet: 'Fiddle' sits 18 dB under your lead vocal", ("Fiddle", {"delta_db": 6.0})),
        ("rock", "clean", "what's the number on the master", "You're at -14.0 LUFS integrated", None),
        ("rock", "Kick +10", "the kick feels too quiet to me but my friend says its fine, whos right",
         "Neither of you, it's the other way round: 'Kick' sits about", ("Kick", {"delta_db": -6.0})),
        ("rock", "Lead Vocal +10", "my bandmates say im way too loud but i think im fine, whos right",
         "Your bandmates are: 'Lead Vocal' sits about", ("Lead Vocal", {"delta_db": -6.0})),
        ("soul", "clean", "are the horns too loud or is it just my car speakers",
         "No: nothing I measured says 'Horns' is too loud, so it's more likely your car speakers.", None),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, dict[str, float]] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text
    got = (advice.suggestions[0].track, advice.suggestions[0].params) if advice.suggestions else None
    assert got == card
    assert len(advice.text.split()) <= 120


@needs_fluidsynth
def test_follow_ups_answer_what_was_asked_before() -> None:
    sure = conversation(
        "soul",
        [("Bass -10", "the bottom of the tune feels kinda hollow n floaty, is the bass set too low?"),
         ("Bass -10", "huh ok. u sure its not the kick eating it tho? or is it honestly just the bass fader")],
    )[1]  # fmt: skip
    assert sure.text.startswith("Yes, I'm sure it's 'Bass' itself:"), sure.text
    doubt = conversation(
        "rock", [("Kick +10", "is the bass too quiet?"), ("Kick +10", "are you sure its not the kick?")]
    )
    assert doubt[1].text.startswith("No, you're right: 'Kick'"), doubt[1].text
    comp = conversation(
        "soul_kit",
        [("clean", "can u actually make out my lead line properly over all the band stuff?"),
         ("clean", "ok cool.. so i dont need to slam more compression on it to keep it on top then?")],
    )[1]  # fmt: skip
    assert comp.text.startswith(
        "Right, not for its level: nothing I measured says 'Lead Vocal' sits too low"
    ), comp.text
    size = conversation(
        "pop",
        [("Lead Vocal -10", "when the beat drops my voice just sinks into the track, is it set too quiet?"),
         ("Lead Vocal -10", "yeah thought so. so what kind of number do i bring it up, 3db? 6? more?")],
    )[1]  # fmt: skip
    assert size.text.startswith("About 6 dB: bring the fader on 'Lead Vocal'"), size.text
    why = conversation(
        "soul",
        [("Lead Vocal +10", "i think my singing is drowning out the whole band now, have i overcooked the vocal level?"),
         ("Lead Vocal +10", "really? why tho, it felt right when i was tracking it n listening back on my phone")],
    )[1]  # fmt: skip
    assert "'Lead Vocal' sits about 11 dB louder" in why.text and why.suggestions[0].track == "Lead Vocal"
    no_need = conversation(
        "rock", [("clean", "is my vocal loud enough?"), ("clean", "ok so i dont need to add a compressor to keep it up front then?")]
    )[1]  # fmt: skip
    assert no_need.text.startswith(
        "Right, you don't need to: nothing I measured says 'Lead Vocal' is too low"
    ), no_need.text


@needs_fluidsynth
def test_moves_reported_are_answered_by_their_side() -> None:
    shove = ask_after(
        "folk", ("Upright Bass -10", "literally cannot hear the upright, its too quiet isnt it"), "Upright Bass -10",
        "gave the upright a couple db. i can kinda hear it but is that enough or does it still need a shove",
    )  # fmt: skip
    assert shove.text.startswith("Not yet: the 'Upright Bass' sitting too low is still there"), shove.text
    hats = ask_after(
        "pop", ("Hats -10", "i can hardly make out any hi hats, theyre set too low right?"), "clean",
        "bumped the hats 10db. are they tucked into the groove now or have they gone too far the other way",
    )  # fmt: skip
    assert hats.text.startswith("Better: the 'Hats' sitting too low is gone."), hats.text
    bvs = ask_after(
        "soul_kit", ("Backing Vox +10", "the bvs take over n i vanish behind them, too hot?"), "clean",
        "dropped the bvs 10db. am i the main voice again or are they still fighting me",
    )  # fmt: skip
    assert bvs.text.startswith("Yes: the 'Backing Vox' sitting too loud is gone."), bvs.text
    bass = ask_after(
        "rock", ("Bass -10", "the bass is way too quiet right?"), "Bass -10",
        "nudged the bass up a hair, is that enough or does it need more",
    )  # fmt: skip
    assert bass.text.startswith("Not yet:") and bass.suggestions[0].params["delta_db"] > 0, bass.text
