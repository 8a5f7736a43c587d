"""Question shapes found after set 59's one run: "is the mix actually too harsh or is that just me playing it stupid
loud" asks the mix's side first, with loud playback as what adds to it; "whats a good starting point ... attack
release ratio pls" asks the numbers, not what a compressor is; "how do i sidechain the synth bass to the kick so they
quit stepping on each other" with nothing covering gets the sidechain asked for; "do they feel matched left to right
or is one side beefier" asks theirs, not whether a pair should match; "my voice goes boxy once the acoustic is in"
is the two clashing; "the pad is way up now ... thats the sound right?" reports the move and asks, it claims no
taste; "her timings a bit loose.. should i tighten the takes first?" puts the level measured before any edit; "do i
need to ride it up or is it loud enough on top" is answered by its second side. From reading the set's passing
answers: "whats the raise on it then, in db?" and "what do i pull her fader down by" ask a size; a why whose part is
fine names the cause first; a level claim said of the second part named leads with that part; "whats the eq move"
asks the move, not the EQs read back; a tom fill with no tom track is ridden down, not up; a passage that jumps out is
dipped by automation there; a gated reverb gets its build; "what stands out?" on a clean mix is not a bare "No.".
Probing further: "or is that just my car playing it loud" is the listening level; "horns are way up now, thats the
vibe right?" with no clip before gets the part as it is now."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model.answer import _claim_subject
from model.focus import Asked
from model.gated_reverb import GATED_Q
from model.gear_question import _MIX_OR_ME, LOUD_MONITORING
from model.intent import classify
from model.intent_forms import COMES_IN, MOVE_OR_ENOUGH
from model.own_eq import EQ_SETTINGS
from model.pitch_timing import _EDIT_PROPOSED, PITCH, TIMING
from model.section_bump import _SECTION, SECTION_DIP
from model.taste_pushback import TASTE


def test_the_listening_level_and_the_mix_or_me() -> None:
    assert LOUD_MONITORING.search("when i crank it in my room tho it gets kinda piercing up top")
    assert LOUD_MONITORING.search("or is that just me playing it stupid loud")
    assert LOUD_MONITORING.search("it gets ear-piercing when i turn it up")
    assert LOUD_MONITORING.search("i cranked it up 6 db, better?") is None
    assert LOUD_MONITORING.search("or is that just my car playing it loud")
    assert _MIX_OR_ME.search("is the mix boomy or is that just my car playing it loud")
    assert _MIX_OR_ME.search("is the mix actually too harsh or is that just me playing it stupid loud")
    assert _MIX_OR_ME.search("is the mix too harsh?") is None


@pytest.mark.parametrize(
    ("question", "wants", "explain", "complaint"),
    [
        (
            "whats a good starting point for a bus comp on the master? attack release ratio pls",
            "how_to",
            False,
            None,
        ),
        ("what's a compressor?", "how_to", True, None),
        (
            "ok the pad is way up now n the chorus is HUGE lol. thats the sound right?",
            "better_now",
            False,
            None,
        ),
        ("gotcha. whats the raise on it then, in db?", "how_much", False, None),
        ("ok yeah. so roughly what do i pull her fader down by", "how_much", False, "loud"),
        ("my voice goes all boxy once the acoustic is in, why?", "why", False, "clash"),
        ("my voice goes all boxy in the verses, why?", "why", False, "boxy"),
        ("whats the eq move on an acoustic so it leaves room for the singer?", "how_to", False, "clash"),
    ],
)
def test_the_asks_read(question: str, wants: str, explain: bool, complaint: str | None) -> None:
    intent = classify(question)
    assert (intent.wants, intent.explain) == (wants, explain)
    assert intent.complaint == complaint


def test_the_forms_found() -> None:
    assert COMES_IN.search("why does it fall apart once the acoustic is in?")
    assert COMES_IN.search("the bass gets muddy when the chorus kicks in") is None
    assert TASTE.search("ok the pad is way up now. thats the sound right?") is None
    assert TASTE.search("the vocal is that loud, it's the sound, leave it") is not None
    assert TASTE.search("horns are way up now, that's the vibe?") is None
    assert TIMING.search("i reckon her timings a bit loose")
    assert _EDIT_PROPOSED.search("should i go thru n tighten up the harmony takes first?")
    assert PITCH.search("is my harmony singer flat?")
    assert MOVE_OR_ENOUGH.search("do i need to ride it up a bit more or is it loud enough on top")
    assert MOVE_OR_ENOUGH.search("is it loud enough?") is None
    assert EQ_SETTINGS.search("what's the eq move on an acoustic") is None
    assert EQ_SETTINGS.search("what are my eq settings on the vocal?") is not None
    assert SECTION_DIP.search("should i automate it down there?") and _SECTION.search(
        "should i automate it down there?"
    )
    assert GATED_Q.search("want that massive 80s gated snare verb thing")
    assert GATED_Q.search("how much reverb on the snare?") is None


def test_a_level_claim_is_said_of_the_part_named_last_before_it() -> None:
    voice = Asked(word="vocal", said="voice", tracks=(object(),), how="name")  # type: ignore[arg-type]
    harmony = Asked(word="backing vocals", said="harmony", tracks=(object(),), how="name")  # type: ignore[arg-type]
    q = "how do my voice n the harmony sit together? my sister sang the harmony n shes worried shes way too loud"
    assert _claim_subject(q, [voice, harmony]) is harmony
    assert _claim_subject("is my voice too loud against the harmony?", [voice, harmony]) is None
    assert _claim_subject("how do my voice n the harmony sit together?", [voice, harmony]) is None


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("soul_kit", "clean", "when i crank it in my room it gets kinda piercing up top.. is the mix actually too harsh or is that just me playing it stupid loud",
         "A little, and not just the volume: the mix leans a little harsh.", ("Hats", {"freq_hz": 3000, "gain_db": -2.5, "q": 2.0})),
        ("soul", "clean", "whats a good starting point for a bus comp on the master so the song feels glued? attack release ratio pls",
         "Typical: glue on a bus: 2:1 to 4:1, slow attack 10-30 ms", None),
        ("pop", "clean", "how do i sidechain the synth bass to the kick in reaper so they quit stepping on each other? what comp settings",
         "Nothing I measured shows 'Synth Bass' covering 'Kick' on its own tracks, so keep the ducking light. Typical: bass keyed from the kick", None),
        ("rock", "clean", "ok n the two gtrs, do they feel matched left to right or is one side beefier",
         "Yes, they're matched: 'Gtr L' reads", None),
        ("rock", "Gtr R -10", "do the two guitars feel even or is one side weaker",
         "No, they aren't: 'Gtr L' reads", ("Gtr R", {"delta_db": 6.0})),
        ("rock", "clean", "should both guitars be the same level?", "Roughly, yes: a pair playing one part", None),
        ("folk", "masking", "my voice goes all boxy n hard to follow in the verses but solo'd it sounds great.. why does it fall apart once the acoustic is in?",
         "Because of its level: 'Acoustic Gtr' sits about", ("Acoustic Gtr", {"delta_db": -6.0})),
        ("folk", "Harmony Vox +10", "the harmony keeps treading on my lead line, i reckon her timings a bit loose.. should i go thru n tighten up the harmony takes first?",
         "Before any edit, the level, which I do measure: 'Harmony Vox' sits", ("Harmony Vox", {"delta_db": -4.0})),
        ("rock", "clean", "should i ride the vocal up in the chorus or is it loud enough?",
         "It's loud enough, no need: nothing I measured says 'Lead Vocal' is too low.", None),
        ("rock", "Lead Vocal -10", "do i need to push the vocal up more or is it loud enough?",
         "Not loud enough: 'Lead Vocal' sits about", ("Lead Vocal", {"delta_db": 5.5})),
        ("pop", "Synth Bass +10", "why does the whole song feel so bottom heavy, like the vocal is a tiny boat riding on top of it?",
         "Because of 'Synth Bass', not 'Lead Vocal': 'Synth Bass' sits about", ("Synth Bass", {"delta_db": -6.0})),
        ("folk", "clean", "can u tell me how my voice n the harmony sit together? my sister sang the harmony n shes worried shes way too loud on it",
         "No: nothing I measured says 'Harmony Vox' is too loud.", None),
        ("folk", "clean", "whats the eq move on an acoustic so it leaves room for the singer? rough freqs pls",
         "Nothing I measured shows 'Acoustic Gtr' covering 'Lead Vocal'", ("Acoustic Gtr", {"freq_hz": 3000, "gain_db": -2.0, "q": 1.4})),
        ("soul_kit", "clean", "theres a tom fill going into the last chorus n it thuds way louder than the rest of the kit.. should i automate the toms down there?",
         "(There's no tom in this session;", None),
        ("rock", "clean", "the snare in the last chorus is way too loud, should i automate it down there?",
         "Yes, automate it down there: on 'Snare' show the Volume envelope", None),
        ("rock", "Snare +10", "snare gets way too loud in the bridge, should i automate it down there?",
         "Its fader first: 'Snare' sits about", ("Snare", {"delta_db": -6.0})),
        ("soul_kit", "clean", "want that massive 80s gated snare verb thing on my snare.. how do i build it in reaper, what settings on the verb n the gate",
         "That's a big, bright reverb chopped off by a gate", None),
        ("soul", "clean", "be brutally honest, what stands out to u in this mix? my drummer says it sounds amateur",
         "Only a lean stands out, nothing that needs fixing. At most, the mix leans a little harsh.", ("Lead Vocal", {"freq_hz": 3000, "gain_db": -2.5, "q": 2.0})),
    ],
)  # fmt: skip
def test_the_shapes_answered_on_a_rendered_session(
    style: str, scenario: str, question: str, opening: str, card: tuple[str, dict[str, float]] | None
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(opening), advice.text
    got = (advice.suggestions[0].track, advice.suggestions[0].params) if advice.suggestions else None
    assert got == card


@needs_fluidsynth
def test_follow_ups_and_a_move_reported() -> None:
    pad = ask_after(
        "pop",
        ("Pad -10", "the chorus feels empty, have i got the pad too low?"),
        "Pad +10",
        "ok the pad is way up now n the chorus is HUGE lol. thats the sound right?",
    )
    assert pad.text.startswith("No, too far: now 'Pad' is too loud; before, it was too low."), pad.text
    raise_ = conversation(
        "soul_kit",
        [("Organ -10", "i can barely hear the organ under everything, is it too far down?"),
         ("Organ -10", "gotcha, makes sense. whats the raise on it then, in db?")],
    )[1]  # fmt: skip
    assert raise_.text.startswith("About 6 dB: bring the fader on 'Organ'"), raise_.text
    ride = conversation(
        "pop",
        [("clean", "hows my vocal sitting against the beat overall?"),
         ("clean", "ok but for the chorus specifically, do i need to ride it up a bit more or is it loud enough on top")],
    )[1]  # fmt: skip
    assert ride.text.startswith(
        "It's loud enough, no need: nothing I measured says 'Lead Vocal' is too low."
    ), ride.text
    tom = ask_once(
        "soul_kit",
        "clean",
        "theres a tom fill going into the last chorus n it thuds way louder.. should i automate the toms down there?",
    )
    assert "pull the passage that jumps out down by 2-4 dB" in tom.text and "drop back up" not in tom.text
    car = ask_once("soul", "clean", "is the mix boomy or is that just my car playing it loud")
    assert car.text.startswith("Not the mix, as far as I measure: nothing in its lows is out of line"), (
        car.text
    )
    vibe = ask_once("soul", "Horns +10", "horns are way up now, thats the vibe right?")
    assert vibe.text.startswith("I have no clip from before to compare, so as it is now: 'Horns' is"), (
        vibe.text
    )
    assert vibe.suggestions[0].track == "Horns" and vibe.suggestions[0].params["delta_db"] < 0
    gated = ask_once("rock", "clean", "how do i get that gated reverb sound on my snare like phil collins")
    assert "ReaVerbate" in gated.text and "ReaGate" in gated.text and "'Snare'" in gated.text
