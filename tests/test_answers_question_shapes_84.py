"""Question shapes found after set 60's one run: "so is it done then or is there one last thing id wanna tweak" names
the side ("It's done:"), not a "Yes" to both; "is the synth bass too quiet?? on my laptop i cant hear any low end"
answers the part first, then the laptop, and the same claim on a bass 10 dB over is "No, the opposite"; "my gf
reckons the snare is all she can hear, is she right or is she just being dramatic" is a level claim whose "right" is
hers, not a good state; "where should i set a high pass on the hi hats ... how steep should the slope be" gets the
filter and its slope, not a mud dip; "is the acoustic set too low or is the fiddle just too loud" clears the fiddle
of the claim made on it (too loud), within the word limit; "i can only just make out the keyboard in the chorus, is
it sat too low? feels like it should be more obvious" is a level claim, not a section norm; "pad is 10 down now. is
the fog gone ... or am i still swimming in it" reports the move; "the organ chords go kinda thick n cloudy" complains
of thickness, it asks for none. From reading the set's passing answers: "whats the number to drop it by" asks a size;
"does the singer finally have some room to breathe?" after a move on the horns weighs that move; "clanging over the
top of her voice" sets the voice beside the part asked; "r they too loud or is it just my crappy car speakers" with
nothing off names the car. Probing further: "make the snare crack more, what eq" asks for punch; "without it being
too loud" is a limit, not a complaint; "get the horns to stop poking out" wants less; "the backing vocals" missing
from the session is said; "why cant i hear the bass on my phone" is the phone's low end; "is the acoustic set too
low" names the guitar, not an acoustic set; compression on "the drum bus" is glue on the kit, not the kick's own
settings; "my fiddle goes thin when the acoustic comes in, why" with nothing covering names the body overlap and
offers the slot dip; a lean in a part's range "may well come from" that part, by name; "hows the reverb on my vocal,
too much?" asks the reverb's amount, not the vocal's level; "do they sit nicer now or did i overdo it" is answered by
its side ("Better:")."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model.answer_quality import quality_of
from model.beside_part import only_beside
from model.done_or_more import done_or_more
from model.each_part import _claimed_of
from model.gear_tail import GEAR_OFFERED
from model.intent import classify
from model.intent_forms import level_said
from model.intent_lead import either_state
from model.low_cut_how import HIGH_PASS_SET, SLOPE_ASKED
from model.phone_bass import LOST
from model.phrasing import Answer, within_limit
from model.recipes import Move
from model.still_verdict import HELPED_OR_STILL, HOW_NOW


@pytest.mark.parametrize(
    ("question", "wants", "complaint"),
    [
        ("ugh fine lol, my ego will survive. whats the number to drop it by", "how_much", None),
        ("fair. whats the number then", "how_much", None),
        ("what's the number on the master", "judge", "loudness"),
        (
            "pad is 10 down now. is the fog gone from the chorus or am i still swimming in it",
            "better_now",
            None,
        ),
        ("my gf reckons the snare is all she can hear in the chorus, is she right", "judge", "loud"),
        ("all i can hear is the kick", None, "loud"),
        ("how do i eq the snare for more crack", "how_to", "punch"),
        ("whats the best way to get my vocal to sit in the mix without it being too loud", "how_to", None),
    ],
)
def test_the_asks_read(question: str, wants: str | None, complaint: str | None) -> None:
    intent = classify(question)
    if wants is not None:
        assert intent.wants == wants
    assert intent.complaint == complaint


def test_the_forms_found() -> None:
    assert quality_of("the organ chords go kinda thick n cloudy in the low mids") is None
    assert quality_of("how do i get the organ thicker").name == "full"  # type: ignore[union-attr]
    assert quality_of("how do i make the organ warmer").name == "full"  # type: ignore[union-attr]
    assert quality_of("how do i get more click on the kick").name == "punch"  # type: ignore[union-attr]
    assert quality_of("how do i make the bass heavy").name == "big"  # type: ignore[union-attr]
    assert HOW_NOW.search("organ is tucked in now. hows the rest sitting?")
    assert quality_of("how do i get the horns to stop poking out without killing them") is None
    assert LOST.search("why can't i hear the bass on my phone")
    assert classify("is the acoustic set too low").instruments == ("acoustic guitar",)
    assert classify("we play an acoustic set on friday, how should the mix sound").instruments == ()
    assert HIGH_PASS_SET.search("where should i set a high pass on the hi hats")
    assert HIGH_PASS_SET.search("how steep should the high pass slope be on the hats")
    assert HIGH_PASS_SET.search("did my high pass kill the vocal?") is None
    assert (
        SLOPE_ASKED.search("n how steep should the slope be") and SLOPE_ASKED.search("where do i cut") is None
    )
    assert _claimed_of("is the acoustic set too low or is the fiddle just too loud", "fiddle") == "loud"
    assert _claimed_of("is the acoustic set too low or is the fiddle just too loud", "acoustic") == "quiet"
    assert _claimed_of("are the acoustic and the fiddle ok?", "fiddle") is None
    assert level_said("is the synth bass too quiet?? on my laptop") == "quiet"
    assert level_said("is the bass too hot") == "loud" and level_said("on my laptop it sounds tiny") is None
    assert either_state("is she right or is she just being dramatic") is None
    assert either_state("is it right or too loud") is not None
    assert either_state("bumped the strings, do they sit nicer now or did i overdo it") is not None
    assert HELPED_OR_STILL.search("is the fog gone from the chorus or am i still swimming in it")
    assert only_beside("the piano chords keep clanging over the top of her voice", "voice")
    assert not only_beside("is her voice too loud?", "voice")
    car = GEAR_OFFERED.search("r they too loud or is it just my crappy car speakers")
    assert car is not None and car["gear"] == "car speakers"
    phone = GEAR_OFFERED.search("is it too loud or is it just the phone speaker")
    assert phone is not None and phone["gear"] == "phone speaker"


def test_an_answer_pushed_past_its_limit_keeps_its_lead_and_its_move() -> None:
    move = Move("Bring the fader on 'Keys' down about 4.5 dB.", "Check at low volume.", [])
    long = " ".join(["The keys on the guitars, as you said: 'Keys' sits level with your lead vocal."] + [
        f"Aside number {i} says a few more words about nothing much here." for i in range(12)
    ] + ["Bring the fader on 'Keys' down about 4.5 dB."])  # fmt: skip
    cut = within_limit(Answer(long, [move]), 60)
    assert len(cut.text.split()) <= 60 and cut.text.endswith("Bring the fader on 'Keys' down about 4.5 dB.")
    assert cut.text.startswith("The keys on the guitars, as you said:")
    assert within_limit(Answer("Short.", [move])).text == "Short."


def test_done_or_more_names_the_side() -> None:
    q = "so is it done then or is there one last thing"
    said = done_or_more(q, Answer("Yes, you can bounce it: nothing needs fixing. At most, ...")).text
    assert said == "It's done: nothing needs fixing. At most, ..."
    assert done_or_more(q, Answer("Yes. Honestly, nothing ...")).text == "It's done. Honestly, nothing ..."
    assert done_or_more("is it ready?", Answer("Yes. Honestly")).text == "Yes. Honestly"


@needs_fluidsynth
@pytest.mark.parametrize(
    ("style", "scenario", "question", "opening", "card"),
    [
        ("folk", "clean", "sweet. so is it done then or is there one last thing id wanna tweak before i send it to the rest of the band",
         "It's done. Honestly, nothing in the numbers needs fixing", None),
        ("pop", "clean", "is the synth bass too quiet?? on my laptop i literally cant hear any low end at all",
         "No, not 'Synth Bass' itself; it's the laptop more than the mix:", ("Synth Bass", {"freq_hz": 900, "gain_db": 2.0, "q": 1.0})),
        ("pop", "Synth Bass +10", "is the synth bass too quiet? on my laptop it sounds tiny",
         "No, the opposite: 'Synth Bass' sits about 9 dB louder", ("Synth Bass", {"delta_db": -6.0})),
        ("pop", "Clap +10", "my gf reckons the snare is all she can hear in the chorus lol. is she right or is she just being dramatic",
         "Yes: 'Clap' sits about 11 dB louder", ("Clap", {"delta_db": -6.0})),
        ("pop", "clean", "where should i set a high pass on the hi hats so they stop clogging up the mids? n how steep should the slope be",
         "Your ReaEQ already high-passes 'Hats' at 300 Hz", None),
        ("soul", "clean", "where should i set the hpf on the vocal",
         "Your ReaEQ already high-passes 'Lead Vocal' at 100 Hz, inside the range engineers used.", None),
        ("folk", "Acoustic Gtr -10", "my strumming kinda disappears once the fiddle comes in.. is the acoustic set too low or is the fiddle just too loud",
         "It's 'Acoustic Gtr', not 'Fiddle':", ("Acoustic Gtr", {"delta_db": 6.0})),
        ("rock", "clean", "i can only just make out the keyboard in the chorus, is it sat too low? feels like it should be more obvious",
         "No: nothing I measured says 'Keys' is too low.", None),
        ("soul_kit", "clean", "the organ chords go kinda thick n cloudy in the low mids, where would u cut on it n by how much? rough numbers pls",
         "On 'Organ', dip 3 dB around 320 Hz", ("Organ", {"freq_hz": 320, "gain_db": -3.0, "q": 1.0})),
        ("soul", "clean", "the horn stabs kinda blare at me when i play it in the car, r they too loud or is it just my crappy car speakers",
         "No: nothing I measured says 'Horns' is too loud, so it's more likely your car speakers.", None),
        ("pop", "clean", "is the kick too loud or is it my headphones",
         "Not the kick in the mix, as far as I can measure: 'Kick' sits about 6 dB louder", None),
        ("soul", "Rhodes +10", "the piano chords keep clanging over the top of her voice in the verses.. have i got it cranked way too loud?",
         "Yes: 'Rhodes' sits 2 dB over your lead vocal", ("Rhodes", {"delta_db": -6.0})),
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
def test_what_the_answers_also_say() -> None:
    hats = ask_once(
        "pop", "clean", "where should i set a high pass on the hats? n how steep should the slope be"
    )
    assert "12 dB/oct is the usual start" in hats.text and "24 dB/oct" in hats.text
    gtr = ask_once("folk", "Acoustic Gtr -10", "is the acoustic set too low or is the fiddle just too loud")
    assert "'Fiddle': nothing I measured says it is too loud" in gtr.text
    rhodes = ask_once(
        "soul", "Rhodes +10", "the piano keeps clanging over the top of her voice, is it way too loud?"
    )
    assert "'Lead Vocal': nothing I measured" not in rhodes.text
    kick = ask_once("pop", "clean", "is the kick too loud or is it my headphones")
    assert "That's inside the range most well-rated mixes use" in kick.text


@needs_fluidsynth
def test_what_probing_further_found() -> None:
    crack = ask_once("rock", "clean", "how do i make the snare crack more in reaper, what eq")
    assert "'Snare'" in crack.text and "crack" in crack.text and "192 Hz" not in crack.text
    seat = ask_once(
        "rock", "clean", "whats the best way to get my vocal to sit in the mix without it being too loud"
    )
    assert "down about" not in seat.text, seat.text
    horns = ask_once("soul", "clean", "how do i get the horns to stop poking out without killing them")
    assert horns.suggestions[0].track == "Horns" and horns.suggestions[0].params["delta_db"] < 0
    bvs = ask_once("soul", "clean", "how do i make the backing vocals sit behind the lead")
    assert bvs.text.startswith("There are no backing vocals in this session"), bvs.text
    phone = ask_once("rock", "clean", "why cant i hear the bass on my phone")
    assert phone.text.startswith("It's the phone more than the mix"), phone.text
    set_ = ask_once("folk", "Acoustic Gtr -10", "is the acoustic set too low or is the fiddle just too loud")
    assert set_.text.startswith("It's 'Acoustic Gtr', not 'Fiddle':"), set_.text
    bus = ask_once("rock", "clean", "what compressor settings for the drum bus")
    assert (
        bus.text.startswith("Glue is gentle compression across the group") and "On kick drums" not in bus.text
    )
    assert "Route 'Kick', 'Snare' and 'Hats' to one folder or bus track in REAPER" in bus.text
    stem = ask_once("soul", "clean", "how should i compress my drum buss")
    assert (
        stem.text.startswith("Glue is gentle compression")
        and "Your 'Drums' has no compressor yet." in stem.text
    )
    thin = ask_once("folk", "clean", "my fiddle goes thin when the acoustic comes in, why")
    assert "So it's likely the overlap you hear" in thin.text
    assert thin.suggestions[0].track == "Acoustic Gtr" and thin.suggestions[0].params["gain_db"] < 0
    heavy = ask_once("pop", "clean", "is the mix too bass heavy?")
    assert "so it may well come from 'Synth Bass': solo it to confirm" in heavy.text, heavy.text
    wet = ask_once("soul", "clean", "hows the reverb on my vocal, too much?")
    assert wet.text.startswith("No: there's no reverb on 'Lead Vocal' at all"), wet.text


@needs_fluidsynth
def test_follow_ups_and_a_move_reported() -> None:
    fog = ask_after(
        "pop",
        ("Pad +10", "the pad is smothering the whole chorus like a fog machine, its up way too high isnt it"),
        "clean",
        "pad is 10 down now. is the fog gone from the chorus or am i still swimming in it",
    )
    assert fog.text.startswith("Yes: the 'Pad' sitting too loud is gone."), fog.text
    room = ask_after(
        "soul",
        ("horns too loud", "the brass is honking over absolutely everything, its way too loud right?"),
        "clean",
        "did what u said n took 11db off the brass.. hows it sound now, does the singer finally have some room to breathe?",
    )
    assert room.text.startswith("Yes: the 'Horns' sitting too loud is gone."), room.text
    drop = conversation(
        "rock",
        [("Lead Vocal +10", "my singing is sticking out like a sore thumb over the band, is it way too loud?"),
         ("Lead Vocal +10", "ugh fine lol, my ego will survive. whats the number to drop it by")],
    )[1]  # fmt: skip
    assert drop.text.startswith("About 6 dB: bring the fader on 'Lead Vocal'"), drop.text
    nicer = ask_after(
        "soul", ("Strings -10", "cant hear the strings at all, too low?"), "clean",
        "bumped the strings, do they sit nicer now or did i overdo it",
    )  # fmt: skip
    assert nicer.text.startswith("Better: the 'Strings' sitting too low is gone."), nicer.text
