"""Question shapes found after set 53's one run: "whats your take on my vocal here, does it cut through?" asks
whether it is heard even after a lead-in clause (a vocal 9 dB low is a no, never a yes to "is there a problem");
"gonna slap some distortion on it, thats the move?" proposes distortion as a colour (saturation), not clipping
heard, so a part at the wrong level gets "Not first:"; "is the left gtr stepping on my voice or is my vocal eq just
off?" with the guitar too loud names the first story against the plug-in guessed ("It's 'Gtr L' covering 'Lead
Vocal', not your EQ:"), and "... or is my reverb the problem?" is "Not the reverb:"; "did that help or is there more
to do?" after a fix asks the result first, so it opens "Yes, that worked:" ("is anything else sticking out?" alone
keeps "That worked:", where a yes would read as more to fix, and "is it all balanced now or is anything still
sticking out?" with another part still out is "That worked, but not everything sits yet:"); "lopsided, like the whole right side dropped out"
says the right side weak, so the ear is pulled left and a right-panned part too low is the cause, and a what-first
on a lean gets no "Yes"; "spread the two gtrs wide and still leave room for the vocal" gets the pair's spread and
the words' slot dipped on both takes, and "huge and wide" on a pair is the spread, never a fader step; "should i
pull them or eq them?" offers the fader with the bare lowering verb ("Turn them down first:"); "more reverb or
less?" picks a side, never a yes or no (with none there: "Not more" when the part sounds far away, else what real
mixes do); "huge in my car but fine on headphones, whats the truth?" asks which to trust, so the meters settle it;
"pulled the organ back, does it sit under the vocal now?" asks about the organ ("it"), the vocal only where it
sits against; "too much or not enough?" (even after "rate my low end") names the side measured, never "Yes:" or a
refusal to score; "which is louder, gtr l or gtr r?" sets the pair's two sides against each other by their meters;
"am i louder than the horns?" holds the singer's voice against the horns; "is the fiddle too far left?" with the
fiddle panned right says where it is; "wait why" is the bare why after a beat; "thanks!" or "ok got it" is no
question to ask back about ("Better how, though: ..."), so the answer says you're welcome and how to go on; "gate
the snare, threshold n release?" is gating (its threshold is no compressor's); "tell me whats off up top, its all
tizzy" asks what, so no "Yes:"; "where should i set my limiter ceiling?" asks the setting (-1 dBTP), not the peak
it reads now; "does my mix have enough low end?" with the low end heavy is "Yes, more than enough:", never "Not
quite:"; "how deep should that dip be?" asks the dip's size; "is it the vocal thats too loud or everything else too quiet?" is one claim said from both
sides, the vocal's own word leading; "what should i do first, eq or fader?" is a pick of the two, not an EQ
lesson; "is the harmony tucked too far under?" asks where it sits (no move told, so no "too far: now"); "snare
verb too low or is it the snare itself?" names the part itself; "kick's not too loud right?" is a negated claim
(its subject alone is no claim the "not" rules out), and "..., agree?" is a tag like "right?"; "more kick or less
bass?", "vocal up or band down?", "left gtr up or right gtr down?" and "horns down a bit or leave em?" offer two
moves with no verb, so the answer picks one, never "Yes:" (so does "hats a bit less or fine?"); "rhodes needs more
right?" ends on the tag "right?", more of the Rhodes, not a pan to the right; "vox needs to come up yeah? how
much" gets its yes (or "No, the other way") before the size; "is it the level or the sound?" names the level as
said."""

from __future__ import annotations

import pytest
from fakes.rendering import ask_after, ask_once, conversation, needs_fluidsynth

from model.answer_compare import result_asked
from model.asked_direction import tool_faulted_opening
from model.intent import Wants, classify
from model.intent_lead import without_lead_in
from model.thanks import thanked


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("real talk whats ur take on my vocal in this, does it cut thru or nah", "quiet"),
        ("honest opinion on my singing here, does it cut through the band?", "quiet"),
        ("how are the horns sounding, do they come through?", "quiet"),
        ("is the snare too loud?", "loud"),
    ],
)
def test_cut_through_after_a_lead_in_asks_if_heard(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


@pytest.mark.parametrize(
    ("question", "complaint", "technique"),
    [
        (
            "bass has zero definition, gonna slap some distortion on it, thats the move yeah?",
            None,
            "saturation",
        ),
        ("organ feels weak, gonna put a distortion plugin on it, yes?", "quiet", "saturation"),
        ("should i add a touch of overdrive to the bass?", None, "saturation"),
        ("is the bass distorting?", "clipping", None),
        ("theres distortion on the vocal, is it clipping?", "clipping", None),
    ],
)
def test_distortion_added_is_a_colour_not_clipping(
    question: str, complaint: str | None, technique: str | None
) -> None:
    intent = classify(question)
    assert (intent.complaint, intent.technique) == (complaint, technique)


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        (
            "brought the drums down, does the band feel even now or is something else still sticking out",
            "whole",
        ),
        ("fixed the pad, is it all balanced now or is anything still sticking out?", "whole"),
        ("raised the fiddle like u said, did that help or is there more to do?", "part"),
        ("pulled the pad down, did that fix it or is there more?", "part"),
        ("pulled the pad down, is anything else sticking out?", ""),
        ("pad is down like you said, anything else now?", ""),
        ("is there anything else or are we good?", ""),
    ],
)
def test_the_result_asked_before_anything_else(question: str, asked: str) -> None:
    assert result_asked(question) == asked


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("is the horn section burying the vocal or is my reverb the problem?", "Not the reverb:"),
        ("is the left guitar burying the vocal or is my compression the problem?", "Not the compression:"),
        ("is my kick eq'd wrong?", "Not the EQ:"),
        ("is the horn section burying the vocal?", "Not first:"),
    ],
)
def test_a_plugin_blamed_as_the_other_story(question: str, opening: str) -> None:
    assert tool_faulted_opening(question, "Not first:") == opening


@needs_fluidsynth
def test_cut_through_after_a_lead_in_on_a_low_vocal_is_no() -> None:
    advice = ask_once(
        "soul_kit",
        "Lead Vocal -10",
        "real talk, whats your take on my vocal here, does it cut through or nah",
    )
    assert advice.text.startswith("No: 'Lead Vocal' sits about 9 dB quieter against the rest of your tracks")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Lead Vocal", {"delta_db": 6.0})


@needs_fluidsynth
def test_distortion_proposed_on_a_low_bass_is_not_first() -> None:
    advice = ask_once(
        "rock",
        "Bass -10",
        "bass has no definition, gonna throw some distortion on it so it cuts through, thats the move right?",
    )
    assert advice.text.startswith(
        "Not first: 'Bass' sits about 10 dB quieter against the rest of your tracks"
    )
    assert "a saturator won't fix a part sitting at the wrong level" in advice.text
    assert "clip" not in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Bass", {"delta_db": 6.0})


@needs_fluidsynth
def test_the_clash_named_against_the_eq_guessed() -> None:
    advice = ask_once("rock", "masking", "is the left gtr stepping on my voice or is my vocal eq off?")
    assert advice.text.startswith(
        "It's 'Gtr L' covering 'Lead Vocal', not your EQ: 'Gtr L' sits about 8 dB louder"
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Gtr L", {"delta_db": -3.5})


@needs_fluidsynth
def test_the_reverb_guessed_against_a_part_too_loud() -> None:
    advice = ask_once("soul", "horns too loud", "are the horns burying me or is my reverb the problem?")
    assert advice.text.startswith(
        "Not the reverb: 'Horns' is 5 dB louder than your lead vocal ('Lead Vocal')."
    )
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Horns", {"delta_db": -6.0})


@needs_fluidsynth
def test_the_result_asked_first_gets_its_yes() -> None:
    before = ("Fiddle -10", "cant hear the fiddle, too quiet?")
    helped = ask_after(
        "folk", before, "clean", "raised the fiddle like u said, did that help or is there more to do?"
    )
    assert helped.text.startswith("Yes, that worked: the 'Fiddle' sitting too low is gone.")
    assert helped.text.endswith("Nothing else I measured is out of line.")
    more = ask_after("folk", before, "clean", "raised the fiddle, is anything else sticking out?")
    assert more.text.startswith("That worked: the 'Fiddle' sitting too low is gone.")
    whole = ask_after(
        "pop",
        ("Pad +10", "pad too loud?"),
        "Kick +10",
        "fixed the pad, is it all balanced now or is anything still sticking out?",
    )
    assert whole.text.startswith(
        "That worked, but not everything sits yet: the 'Pad' sitting too loud is gone."
    )
    assert "Next up: 'Kick' sits about 14 dB louder" in whole.text
    assert (whole.suggestions[0].track, whole.suggestions[0].params) == ("Kick", {"delta_db": -6.0})


@needs_fluidsynth
def test_a_side_said_weak_leans_the_other_way() -> None:
    advice = ask_once(
        "rock", "Gtr R -10", "mix feels lopsided, like the whole right side dropped out, what do i fix first"
    )
    assert advice.text.startswith("It leans left:")
    assert "'Gtr R' is panned right, and it sits about 13 dB quieter" in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Gtr R", {"delta_db": 6.0})
    loud = ask_once("rock", "Gtr L +10", "mix feels lopsided, what do i fix first")
    assert loud.text.startswith(
        "It leans left: the left channel is 4.7 dB louder overall. 'Gtr L' is panned left"
    )


@needs_fluidsynth
def test_a_pair_spread_with_room_for_the_vocal() -> None:
    advice = ask_once(
        "rock", "clean", "how do i spread the two gtrs wide and still leave room for the vocal?"
    )
    assert "Pan 'Gtr L' about 100% left and 'Gtr R' 100% right" in advice.text
    assert (
        "And for 'Lead Vocal': on 'Gtr L', dip 2 dB around 3 kHz (Q ~1.4) to leave the words their slot. Do the "
        "same on 'Gtr R'. Then check in mono" in advice.text
    )
    assert [(s.action, s.track) for s in advice.suggestions] == [
        ("set_pan", "Gtr L"),
        ("set_pan", "Gtr R"),
        ("eq_band", "Gtr L"),
        ("eq_band", "Gtr R"),
    ]
    assert advice.suggestions[2].params == {"freq_hz": 3000, "gain_db": -2.0, "q": 1.4}
    huge = ask_once("rock", "clean", "make the two gtrs huge and wide, how?")
    assert [(s.action, s.track, s.params) for s in huge.suggestions] == [
        ("set_pan", "Gtr L", {"pan": -1.0}),
        ("set_pan", "Gtr R", {"pan": 1.0}),
    ]


@needs_fluidsynth
def test_a_lowering_verb_alone_offers_the_fader() -> None:
    advice = ask_once(
        "soul_kit", "Backing Vox +10", "the backing vox are stepping on me, should i pull them or eq them?"
    )
    assert advice.text.startswith("Turn them down first: 'Backing Vox' sits 2 dB over your lead vocal.")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Backing Vox", {"delta_db": -3.5})


@needs_fluidsynth
def test_more_reverb_or_less_picks_a_side() -> None:
    far = ask_once("soul", "clean", "the horns sound so far away, more reverb or less?")
    assert far.text.startswith(
        "Not more: there's no reverb on 'Horns' at all (no plug-in and no send to one), so the distance isn't "
        "reverb; adding some would push it further back."
    )
    snare = ask_once("rock", "clean", "snare, more reverb or less?")
    assert snare.text.startswith("Neither, dry is fine: there's no reverb on 'Snare' at all")
    assert "48% of 143 snares had reverb" in snare.text
    vocal = ask_once("folk", "clean", "lead vocal, more reverb or less?")
    assert vocal.text.startswith("More, if anything: there's no reverb on 'Lead Vocal' at all")
    assert "86% of 194 lead vocals had reverb" in vocal.text


@needs_fluidsynth
def test_the_truth_between_two_speakers() -> None:
    advice = ask_once(
        "pop", "Synth Bass +10", "bass is huge in my car but fine on my headphones, whats the truth?"
    )
    assert advice.text.startswith("Trust the meters over either speaker: bring the fader on 'Synth Bass'")
    assert "Then play it on a third system you know well" in advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Synth Bass", {"delta_db": -6.0})


@needs_fluidsynth
def test_it_after_a_move_is_the_part_moved() -> None:
    advice = ask_after(
        "soul_kit",
        ("Organ +10", "organ too loud?"),
        "clean",
        "pulled the organ down a bit, does it sit under the vocal now?",
    )
    assert advice.text.startswith(
        "Yes: the 'Organ' sitting too loud is gone. You moved its fader from +1.4 to -8.6 dB"
    )
    assert "nothing I measured says 'Lead Vocal'" not in advice.text


@pytest.mark.parametrize(
    ("style", "scenario", "question", "head"),
    [
        (
            "pop",
            "Synth Bass +10",
            "is the low end too much or not enough?",
            "Too much: 'Synth Bass' sits about 9 dB",
        ),
        (
            "rock",
            "clean",
            "is the low end too much or not enough?",
            "Neither, it's about right: nothing in the low end (50-160 Hz) stands out",
        ),
        (
            "rock",
            "clean",
            "rate my low end, too much or not enough?",
            "Neither, it's about right: nothing in the low end (50-160 Hz) stands out",
        ),
        (
            "folk",
            "Upright Bass -10",
            "the upright bass, too much or not enough?",
            "Not enough: 'Upright Bass' sits about 9 dB quieter",
        ),
    ],
)
@needs_fluidsynth
def test_too_much_or_not_enough_names_the_side(style: str, scenario: str, question: str, head: str) -> None:
    assert ask_once(style, scenario, question).text.startswith(head)


@needs_fluidsynth
def test_a_pairs_two_sides_compared() -> None:
    clean = ask_once("rock", "clean", "which one is louder, gtr l or gtr r?")
    assert (
        clean.text == "'Gtr L' is the louder one: its meter reads -24.9 LUFS against -26.7 LUFS for 'Gtr R'."
    )
    low = ask_once("rock", "Gtr R -10", "left gtr or right gtr, which ones quieter?")
    assert low.text.startswith(
        "'Gtr R' is the quieter of your 2 guitar tracks: -36.7 LUFS against -24.9 LUFS"
    )
    assert (low.suggestions[0].track, low.suggestions[0].params) == ("Gtr R", {"delta_db": 6.0})


@needs_fluidsynth
def test_the_singer_held_against_a_part() -> None:
    low = ask_once("soul", "Lead Vocal -10", "am i louder than the horns?")
    assert low.text.startswith("No: 'Lead Vocal' reads -30.0 LUFS against -25.7 LUFS for 'Horns'.")
    assert (low.suggestions[0].track, low.suggestions[0].params) == ("Lead Vocal", {"delta_db": 6.0})
    clean = ask_once("soul", "clean", "am i louder than the horns?")
    assert clean.text.startswith("Yes: 'Lead Vocal' reads -20.0 LUFS against -25.7 LUFS for 'Horns'.")


@needs_fluidsynth
def test_a_side_asked_of_a_part_panned_the_other_way() -> None:
    left = ask_once("folk", "clean", "is the fiddle panned too far left?")
    assert left.text.startswith("No: 'Fiddle' is panned 40% right, not left.")
    right = ask_once("folk", "clean", "is the fiddle panned too far right?")
    assert right.text.startswith("No: 'Fiddle' is panned 40% right, partway out, not hard;")


@pytest.mark.parametrize(
    ("question", "read"),
    [("wait why", "why"), ("hang on, how?", "how?"), ("ok thanks", "ok thanks"), ("wait why tho", "why tho")],
)
def test_a_beat_before_a_one_word_question(question: str, read: str) -> None:
    assert without_lead_in(question) == read


@pytest.mark.parametrize(
    ("question", "thanks"),
    [
        ("thanks!", True),
        ("cheers mate", True),
        ("ok got it", True),
        ("got it, thanks", True),
        ("make it better", False),
    ],
)
def test_a_thank_you_is_no_question(question: str, thanks: bool) -> None:
    assert thanked(question) is thanks


@needs_fluidsynth
def test_thanks_after_an_answer() -> None:
    low, thanks = conversation(
        "soul", [("Horns -10", "are the horns too quiet?"), ("Horns -10", "cheers mate!")]
    )
    assert low.text.startswith("Yes: 'Horns' sits 16 dB under your lead vocal")
    assert thanks.text == (
        "You're welcome. Make the change, play the same part again, and ask me whether it's better: I'll compare the "
        "two clips. Still open on this clip: 'Horns' sits 16 dB under your lead vocal ('Lead Vocal')."
    )
    why = conversation("soul", [("Horns -10", "are the horns too quiet?"), ("Horns -10", "wait why")])[1]
    assert why.text.startswith("Because a part that far down is covered by the others")


def test_a_gate_asked_with_its_threshold_is_gating() -> None:
    intent = classify(
        "how do i gate the snare so the hat bleed stops leaking in? threshold n release ballpark"
    )
    assert intent.technique == "gating"
    assert classify("what threshold should my vocal compressor use?").technique == "compression"


@needs_fluidsynth
def test_gate_settings_and_what_is_off() -> None:
    gate = ask_once(
        "soul_kit", "clean", "how do i gate the snare so the hat bleed stops? threshold n release ballpark"
    )
    assert gate.text.startswith(
        "On snares, 25% were gated, threshold -26.5 dB (IQR -53.5 to -21 dB), release 200 ms"
    )
    assert "Your 'Snare' has no gate." in gate.text
    off = ask_once("soul_kit", "Hats +10", "have a listen n tell me whats off up top, its all tizzy n ticky")
    assert off.text.startswith("What's off: 'Hats' sits about 8 dB louder")


@needs_fluidsynth
def test_the_limiter_ceiling_asked_as_a_setting() -> None:
    ceiling = ask_once("pop", "clean", "where should i set my limiter ceiling?")
    assert ceiling.text == (
        "Set the limiter's ceiling to -1 dBTP with its true-peak mode on: that's what Spotify asks a master to stay "
        "under. Your master peaks at -1.3 dBTP now, under it."
    )
    both = ask_once(
        "pop", "clean", "where do i set the limiter ceiling n what lufs should i land on for spotify?"
    )
    assert both.text.startswith("Set the limiter's ceiling to -1 dBTP with its true-peak mode on")
    assert "For Spotify, aim for about -14 LUFS integrated with peaks at or under -1 dBTP" in both.text


@needs_fluidsynth
def test_enough_of_a_region_that_has_too_much() -> None:
    boomy = ask_once("pop", "clean", "does my mix have enough low end?")
    assert boomy.text.startswith("Yes, more than enough: the mix leans a little boomy.")


@pytest.mark.parametrize(
    ("question", "wants"),
    [("how deep should that dip be?", Wants.HOW_MUCH), ("how deep a cut?", Wants.HOW_MUCH)],
)
def test_how_deep_asks_a_size(question: str, wants: Wants) -> None:
    assert classify(question).wants == wants


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("is it the vocal thats too loud or everything else too quiet?", "loud"),
        ("is the bass too low or is everything else too loud?", "quiet"),
        ("is everything too quiet?", "loudness"),
    ],
)
def test_the_rest_said_the_other_way_is_the_same_claim(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint


@needs_fluidsynth
def test_what_first_offered_as_eq_or_fader() -> None:
    advice = ask_once("soul", "Horns +10", "horns r brutal, what should i do first, eq or fader")
    assert advice.text.startswith("It's the fader, not the EQ: 'Horns' is 4 dB louder than your lead vocal")
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == ("Horns", {"delta_db": -6.0})


@needs_fluidsynth
def test_a_state_asked_with_a_move_verb_and_the_part_itself() -> None:
    tucked = ask_once("folk", "Harmony Vox -10", "is the harmony tucked too far under?")
    assert tucked.text.startswith("Yes: 'Harmony Vox' sits about 14 dB quieter")
    moved = ask_once("folk", "Harmony Vox -10", "i tucked the harmony way under, too far?")
    assert moved.text.startswith("Yes, too far: now 'Harmony Vox' is too low.")
    itself = ask_once("rock", "Snare -10", "snare verb too low or is it the snare itself?")
    assert itself.text.startswith("It's 'Snare' itself, too quiet: 'Snare' sits about 10 dB quieter")


@pytest.mark.parametrize(
    ("question", "tag"),
    [
        ("right guitar doesnt seem too loud to me, agree?", True),
        ("the bass is too loud, do you agree?", True),
        ("i agree the bass is loud", False),
    ],
)
def test_agree_is_a_tag(question: str, tag: bool) -> None:
    assert classify(question).tag is tag


@needs_fluidsynth
def test_a_negated_claim_with_its_subject_alone() -> None:
    kick = ask_once("pop", "Kick +10", "kick's not too loud right?")
    assert kick.text.startswith("It is, actually: 'Kick' sits about 14 dB louder")
    gtr = ask_once("rock", "Gtr R +10", "right guitar doesnt seem too loud to me, agree?")
    assert gtr.text.startswith("It does, actually: 'Gtr R' sits about 7 dB louder")


@pytest.mark.parametrize(
    ("style", "scenario", "question", "head", "track", "delta"),
    [
        (
            "rock",
            "Kick -10",
            "kick's lost, more kick or less bass?",
            "'Kick' up, not 'Bass' down:",
            "Kick",
            4.5,
        ),
        (
            "soul",
            "Lead Vocal -10",
            "vocal up or band down?",
            "'Lead Vocal' up, not the band down:",
            "Lead Vocal",
            6.0,
        ),
        (
            "rock",
            "Gtr L -10",
            "left gtr up or right gtr down?",
            "'Gtr L' up, not 'Gtr R' down:",
            "Gtr L",
            6.0,
        ),
        ("soul_kit", "Horns +10", "horns down a bit or leave em?", "Turn them down:", "Horns", -5.0),
        ("rock", "Hats +10", "hats a bit less or fine?", "Turn it down:", "Hats", -6.0),
        ("soul", "Rhodes -10", "rhodes needs more right?", "Yes:", "Rhodes", 6.0),
    ],
)
@needs_fluidsynth
def test_two_moves_offered_without_a_verb(
    style: str, scenario: str, question: str, head: str, track: str, delta: float
) -> None:
    advice = ask_once(style, scenario, question)
    assert advice.text.startswith(head), advice.text
    assert (advice.suggestions[0].track, advice.suggestions[0].params) == (track, {"delta_db": delta})


@needs_fluidsynth
def test_a_tagged_claim_then_its_size() -> None:
    low = ask_once("pop", "Lead Vocal -10", "vox needs to come up yeah? how much")
    assert low.text.startswith("Yes, about 6 dB: bring the fader on 'Lead Vocal'")
    hot = ask_once("pop", "Lead Vocal +10", "vox needs to come up yeah? how much")
    assert hot.text.startswith("No, the other way, about 6 dB: bring the fader on 'Lead Vocal'")
    assert hot.suggestions[0].params == {"delta_db": -6.0}
    level = ask_once("pop", "Pluck Synth +10", "pluck synth is annoying me, is it the level or the sound?")
    assert level.text.startswith("The level, not the sound: 'Pluck Synth' sits level with your lead vocal")
