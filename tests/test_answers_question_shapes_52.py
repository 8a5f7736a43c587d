"""Question shapes from blind set 35's misses and their neighbours: an alternative the asker rules out ("too loud,
not the band too quiet") is not the claim; a clash said before an either/or's second subject stays the clash; the
low end burying a named part is the bass; what would make an ear wince or cringe is a fault; a hole in the middle
with a part far too low is that part; and "is it my interface or something in the mix?" is answered in the
asker's words; "why only 6 dB?" after a fader move asks the move's size, which the capped first step or the
range's edge explains; and "still too boomy?" or "better or worse?" after a move gets the comparison's verdict
said for that form; a list asked for ("top 3 things to fix?") is no statement to agree with, and a clash the
diagnosis explains by a fault is that fault again; "is the clap the loudest thing?" is every part's meter, ranked; "should the kick or the snare be louder?" is which one usually sits on top in real
mixes; "pull it down 2 dB?" is a size proposed, judged against the move; pitch and timing, which nothing here measures, are said so, with how
to check them in REAPER; "how far can i push the bass up?" is the room the part has; "mp3 or wav?", "should i dither?" are the delivery, on the mix's numbers."""

from __future__ import annotations

import dataclasses
import re

import pytest
from fakes.analyses import clean
from fakes.band_sessions import (
    LOW_END_METERS,
    advise_rock,
    context,
    level_finding,
    metered_rock,
    rock_snapshot,
)

from companion.context import Finding, FindingKind, Turn
from model.answer import compose, understand_context
from model.burying import low_end_as_bass
from model.intent import classify
from model.intent_lead import rising_statement
from model.intent_verdict import asks_bad_state
from model.list_ask import list_faults
from model.list_words import LIST_ASK
from model.loudest_part import EXTREME_Q, FAULT_ASKED
from model.move_size import SIZE_Q, move_size
from model.permission_move import ROOM_Q, room_way
from model.phrasing import Answer
from model.pitch_timing import PITCH, TIMING
from model.rules import RulesAdvisor
from model.size_enough import proposed_size
from model.still_verdict import still_opening
from model.which_leads import LEADS_Q


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("so its my vox being too loud, not the band being too quiet, right?", "loud"),
        ("the vocal is too loud, not the band too quiet, right?", "loud"),
        ("is the piano stepping on the fiddle or is the fiddle just too quiet", "clash"),
        ("the bass is too quiet", "quiet"),  # nothing ruled out: the claim as said
        ("is the kick too quiet, not too loud?", "quiet"),  # no part after "not": nothing taken out
    ],
)
def test_the_claim_is_what_is_said_not_the_alternative_ruled_out(text: str, complaint: str) -> None:
    assert classify(text).complaint == complaint


def test_vocal_too_loud_not_the_band_too_quiet_is_agreed_with_and_pulls_the_vocal_down() -> None:
    advice = advise_rock(
        "the vocal is too loud, not the band too quiet, right?",
        [level_finding("Lead Vox", "lead vocals", 12.0, 8.0)],
    )
    assert not advice.text.startswith("No"), advice.text
    assert "'Lead Vox'" in advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] == -11.0


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "the low end is kind of bullying the kick, too much?",
            "the bass is kind of bullying the kick, too much?",
        ),
        ("is the low end drowning the kick?", "is the bass drowning the kick?"),
        ("the lows eat the vocal", "the bass eat the vocal"),
        ("the low end is burying everything", "the low end is burying everything"),  # the mix's share: boomy
        ("is the low end ok?", "is the low end ok?"),
    ],
)
def test_the_low_end_burying_a_named_part_is_the_bass(text: str, read: str) -> None:
    assert low_end_as_bass(text) == read


def test_low_end_bullying_the_kick_names_the_bass_first_and_pulls_it_down() -> None:
    intent = classify("the low end is kinda bullying the kick n everything else, too much?")
    assert intent.instruments[:2] == ("bass", "kick")
    advice = advise_rock(
        "the low end is kinda bullying the kick n everything else, too much?",
        [level_finding("Bass", "basses", 9.0, 2.5)],
    )
    assert advice.text.startswith("Yes"), advice.text
    assert advice.suggestions[0].track == "Bass" and advice.suggestions[0].params["delta_db"] == -8.0


@pytest.mark.parametrize(
    "text",
    [
        "sending this to my cousin who mixes for a living, is anything in here gonna make him wince?",
        "will anything in this make a pro cringe?",
        "is it going to make the engineer flinch",
    ],
)
def test_what_would_make_an_ear_wince_asks_whether_something_is_wrong(text: str) -> None:
    assert asks_bad_state(text)


def test_wince_on_a_fine_balance_is_no_and_on_a_loud_snare_is_yes() -> None:
    question = "is anything in here gonna make him wince?"
    assert advise_rock(question).text.startswith("No"), advise_rock(question).text
    loud = advise_rock(question, [level_finding("Snare", "snares", 13.0, 2.4)])
    assert loud.text.startswith("Yes"), loud.text
    assert loud.suggestions[0].track == "Snare" and loud.suggestions[0].params["delta_db"] == -12.0


def test_a_hole_in_the_middle_with_a_guitar_far_too_low_is_that_guitar() -> None:
    advice = advise_rock(
        "the song feels hollow in the middle, like a part is missing?",
        [level_finding("Gtr L", "electric guitars", -11.0, -14.0)],
    )
    assert advice.text.startswith("Yes"), advice.text
    assert "'Gtr L'" in advice.text
    assert advice.suggestions[0].track == "Gtr L" and advice.suggestions[0].params["delta_db"] == 10.0


def test_interface_or_something_in_the_mix_is_answered_in_the_askers_words() -> None:
    advice = advise_rock(
        "whole track has this hissy layer on top, is that my cheap interface or something in the mix?",
        [level_finding("Hats", "hi-hats", 10.0, 0.0)],
    )
    assert advice.text.startswith("Something in the mix: 'Hats'"), advice.text
    assert advice.suggestions[0].track == "Hats" and advice.suggestions[0].params["delta_db"] == -9.0


def _sized(track: str, role: str, deviation_db: float, delta_db: float, spread: tuple[float, float]):
    """A level finding as the diagnosis gives it: its range around the usual place and the capped first move."""
    f = level_finding(track, role, deviation_db, 2.4)
    evidence = {
        **f.evidence,
        "suggested_delta_db": delta_db,
        "move_cap_db": 6.0,
        "typical_spread_db": list(spread),
    }
    return dataclasses.replace(f, evidence=evidence)


def _after_whats_wrong(question: str, finding):
    snap, analysis = rock_snapshot(), clean()
    advisor = RulesAdvisor()
    first = advisor.advise(context("whats wrong here", snap, analysis, (finding,)))
    history = (Turn("user", "whats wrong here"), Turn("assistant", first.text))
    return first, advisor.advise(context(question, snap, analysis, (finding,), history))


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("why only 6 db, its like 13 over?", True),
        ("why not just pull it all the way down", True),
        ("isnt 6 db a lot?", True),
        ("isnt that a lot?", True),
        ("why that much?", True),
        ("thats a big move", True),
        ("why so much bass?", False),  # an amount of the mix, not of the move
        ("why not more reverb", False),
        ("is it too much?", False),  # the part's level again
        ("isnt that a lot of reverb?", False),
    ],
)
def test_the_size_of_the_move_just_given_is_asked(text: str, asks: bool) -> None:
    assert bool(SIZE_Q.search(text)) is asks


def test_why_only_six_on_a_snare_thirteen_over_says_the_first_step_cap() -> None:
    first, advice = _after_whats_wrong(
        "why only 6 db, its like 13 over?", _sized("Snare", "snares", 13.0, -6.0, (-8.0, 5.0))
    )
    assert first.suggestions[0].params["delta_db"] == -6.0
    assert advice.text.startswith(
        "Because it's a first step, not the whole way: 'Snare' sits about 13 dB louder"
    ), advice.text
    assert "at most 6 dB at a time" in advice.text and "down 6 dB" in advice.text
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -6.0


def test_isnt_that_a_lot_on_a_move_that_only_reaches_the_range_edge_is_no() -> None:
    _, advice = _after_whats_wrong("isnt that a lot?", _sized("Snare", "snares", 8.0, -3.0, (-8.0, 5.0)))
    assert advice.text.startswith("No, it's the distance back to the usual range: 'Snare'"), advice.text
    assert "3 dB down takes it back to the edge" in advice.text
    assert advice.suggestions[0].params["delta_db"] == -3.0


def test_a_size_question_with_no_fader_move_before_is_left_to_the_router() -> None:
    assert move_size_of("why that much?") is None


def move_size_of(question: str):
    ctx = context(question, rock_snapshot(), clean(), ())
    return move_size(ctx, understand_context(ctx), compose)


@pytest.mark.parametrize(
    ("question", "opening", "turned"),
    [
        (
            "hows it now, still too boomy?",
            "Yes: the 'Bass' sitting too loud is gone.",
            "No, not anymore: the",
        ),
        (
            "is the snare still sticking out?",
            "Not yet: the 'Snare' sitting too loud is still",
            "Yes, still: the",
        ),
        ("still too loud?", "Not yet, but closer: the 'Snare' sitting too loud", "Yes, but less: the"),
        (
            "still too loud?",
            "No, too far: now 'Snare' sits too low",
            "No, it went too far the other way: now",
        ),
        ("is that better or worse", "Yes: the 'Bass' sitting too loud is gone.", "Better: the"),
        ("better or worse?", "No, it got worse: the 'Bass' sitting too loud went", "Worse: the"),
        ("did that help or is it still buried", "Not yet: the 'Lead Vox' sitting too low", "Not yet: the"),
        ("whats still wrong?", "Yes: the 'Bass' sitting too loud is gone.", "Yes: the"),  # a wh-question
        ("does it still sound good?", "Yes: the 'Bass' sitting too loud is gone.", "Yes: the"),
    ],
)
def test_a_comparison_is_opened_for_still_and_for_better_or_worse(
    question: str, opening: str, turned: str
) -> None:
    assert still_opening(question, Answer(opening)).text.startswith(turned)


@pytest.mark.parametrize(
    "text",
    ["top 3 things to fix?", "3 biggest issues?", "give me a list of what to fix", "a few quick wins?"],
)
def test_a_list_asked_for_is_an_open_ask_not_a_statement_to_agree_with(text: str) -> None:
    assert LIST_ASK.search(text)
    assert not rising_statement(text)
    assert not classify(text).tag


def test_a_list_asked_of_a_buried_vocal_and_the_clash_it_explains_is_one_thing() -> None:
    buried = level_finding("Lead Vox", "lead vocals", -9.0, -12.0)
    covered = Finding(
        FindingKind.MASKING,
        0.57,
        "'Gtr L' covers 'Lead Vox' at 800 Hz-2 kHz: the guitar sits 5 dB over the vocal in its main range.",
        {"other_track": "Lead Vox", "range_hz": [800, 2000], "explained_by": "track_too_quiet on 'Lead Vox'"},
        track="Gtr L",
    )
    ctx = context("top 3 things to fix?", rock_snapshot(), clean(), (buried, covered))
    assert list_faults(ctx) == [buried]
    advice = advise_rock("top 3 things to fix?", [buried, covered])
    assert not advice.text.startswith(("Yes", "No")), advice.text
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] == 8.0


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        ("is the clap the loudest thing in the mix", True),
        ("whats the loudest track", True),
        ("which track is the quietest?", True),
        ("whats the loudest thing in here that shouldnt be", False),  # the worst fault asked
        ("what's the loudest problem", False),
        ("is the loudest part of the chorus clipping?", False),  # a moment of the song
    ],
)
def test_a_part_asked_as_the_loudest_or_quietest_is_a_ranking_of_the_meters(text: str, ranks: bool) -> None:
    assert bool(EXTREME_Q.search(text) and not FAULT_ASKED.search(text)) is ranks


def test_is_the_snare_the_loudest_reads_every_meter() -> None:
    advice = advise_rock("is the snare the loudest thing?")
    assert advice.text.startswith(
        "No: 'Lead Vox' is, at -13.0 dBFS peak; 'Snare' reads -19.0 dBFS peak, 6th of 8 parts."
    ), advice.text
    assert "balance choice" in advice.text and not advice.suggestions


def test_the_loudest_part_asked_with_a_fault_on_it_gets_its_move() -> None:
    advice = advise_rock(
        "is the vocal the loudest thing?", [level_finding("Lead Vox", "lead vocals", 9.0, 4.0)]
    )
    assert advice.text.startswith("Yes: 'Lead Vox' is the loudest part, its meter at -13.0 dBFS peak"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Lead Vox" and advice.suggestions[0].params["delta_db"] == -8.0


def test_the_loudest_track_asked_with_the_fault_elsewhere_says_so() -> None:
    advice = advise_rock("whats the loudest track", [level_finding("Keys", "keys", -10.0, -8.0)])
    assert advice.text.startswith("'Lead Vox' is the loudest part"), advice.text
    assert "What is off is another part: 'Keys'" in advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] == 9.0


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("should the kick or the snare be louder", True),
        ("which should be on top, bass or kick", True),
        ("kick vs snare, which one should lead", True),
        ("should the bass be as loud as the kick?", True),
        ("should the vocal be louder than the guitars?", False),  # a norm asked: model.what_if_louder
        ("is the kick louder than the snare?", False),  # the meters now: model.louder_than
        ("how loud should the snare be vs the kick?", False),  # the gap as a number: model.pair_gap
    ],
)
def test_which_of_two_parts_usually_leads_is_asked(text: str, asks: bool) -> None:
    assert bool(LEADS_Q.search(text)) is asks


def test_kick_or_snare_louder_says_which_usually_sits_on_top_in_real_mixes() -> None:
    kit = {"Kick": LOW_END_METERS["Kick"], "Snare": LOW_END_METERS["Kick"]}
    snap = metered_rock(kit)
    advice = advise_rock("should the kick or the snare be louder", snapshot=snap)
    assert advice.text.startswith(
        "The snare, usually: the kick drum sits a median -2.0 dB against the snare"
    ), advice.text
    assert "Yours: 'Kick' reads -20.0 LUFS and 'Snare' -20.0 LUFS, a gap of +0.0 dB." in advice.text


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("should i pull the harmony down 2 db?", (2.0, "down")),
        ("harmony down like 10db?", (10.0, "down")),
        ("should i turn the harmony up 3db", (3.0, "up")),
        ("cut 2 db at 300 hz?", None),  # a frequency too: an EQ move, not a fader's size
        ("is it 2db or 4db", None),
    ],
)
def test_a_fader_move_proposed_with_its_size(text: str, size: tuple[float, str] | None) -> None:
    assert proposed_size(text) == size


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        ("should i pull the snare down 2 db?", "Yes, and a bit more: about 12 dB, not 2."),
        ("snare down like 15db?", "Yes, but less: about 12 dB, not 15, then listen."),
        ("should i pull the snare down 12 db?", "Yes: about 12 dB does it."),
        ("should i turn the snare up 3db", "No: it needs to come down, not up: about 12 dB down."),
    ],
)
def test_a_proposed_size_is_judged_against_the_move(question: str, opening: str) -> None:
    advice = advise_rock(question, [level_finding("Snare", "snares", 13.0, 2.4)])
    assert advice.text.startswith(opening), advice.text
    assert advice.suggestions[0].params["delta_db"] == -12.0


@pytest.mark.parametrize(
    ("text", "pitch", "timing"),
    [
        ("is the guitar out of tune?", True, False),
        ("does the vocal need autotune", False, False),  # pitch correction asked: model.creative_fx
        ("sounds like the singer is a bit sharp in the chorus", True, False),
        ("is the drummer rushing?", False, True),
        ("is the bass in time with the kick", False, True),
        ("the mix sounds flat", False, False),  # a dull or lifeless mix, not a pitch
        ("whats the main thing dragging this mix down", False, False),  # a fault asked, not timing
    ],
)
def test_pitch_and_timing_asked(text: str, pitch: bool, timing: bool) -> None:
    assert bool(PITCH.search(text)) is pitch and bool(TIMING.search(text)) is timing


def test_out_of_tune_is_never_a_level_verdict_and_a_level_fault_on_it_still_gets_its_move() -> None:
    fine = advise_rock("is the guitar out of tune?")
    assert fine.text.startswith("I can't tell pitch from what I measure"), fine.text
    assert "ReaTune" in fine.text and "'Gtr L' and 'Gtr R'" in fine.text and not fine.suggestions
    low = advise_rock("is the bass in tune? sounds weird", [level_finding("Bass", "basses", -9.0, -18.0)])
    assert low.text.startswith("I can't tell pitch"), low.text
    assert "What I do measure on it: 'Bass' sits about 9 dB quieter" in low.text
    assert low.suggestions[0].track == "Bass" and low.suggestions[0].params["delta_db"] == 8.0


def test_timing_asked_says_how_to_check_it_against_the_grid() -> None:
    advice = advise_rock("is the drummer rushing?")
    assert advice.text.startswith("I can't tell timing from what I measure"), advice.text
    assert "grid" in advice.text and not advice.suggestions


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("how far can i push the synth bass up", True),
        ("how much room does the bass have before its too loud", True),
        ("how loud can the bass go", True),
        ("how quiet can the pad go", False),
        ("what would it take for it to be too loud?", True),
        ("how much should I turn up the fiddle?", None),  # advice asked: the route's own "leave it"
    ],
)
def test_the_room_a_move_has_is_asked_as_a_size(text: str, way: bool | None) -> None:
    assert (room_way(text) if ROOM_Q.search(text) else None) is way


def test_how_far_can_i_push_a_part_inside_its_range_says_its_room_first() -> None:
    advice = advise_rock("how far can i push the keys up")
    assert re.match(r"About \d+(\.5)? dB up: ", advice.text), advice.text
    assert "dB of room up before the balance check would call" in advice.text
    assert advice.suggestions[0].track == "Keys" and advice.suggestions[0].params["delta_db"] > 0
    limit = advise_rock("what would it take for the keys to be too loud?")
    assert re.match(r"About \d+(\.5)? dB up: ", limit.text) and not limit.suggestions, limit.text


def test_delivery_questions_get_the_render_settings_on_the_mixs_numbers() -> None:
    analysis = clean()
    rate = advise_rock("what sample rate should i export at")
    assert rate.text.startswith("Render at the rate you mixed at (48 kHz here) and 24-bit WAV"), rate.text
    dither = advise_rock("should i dither when i bounce")
    assert dither.text.startswith("Only when you reduce the bit depth"), dither.text
    fmt = advise_rock("mp3 or wav for soundcloud?")
    assert fmt.text.startswith("WAV (or FLAC) when the site takes it"), fmt.text
    assert f"yours is at {analysis.true_peak_dbtp:.1f} dBTP" in fmt.text
    norm = advise_rock("do i need to normalize before uploading")
    assert norm.text.startswith("No: streaming services normalize playback themselves"), norm.text
    assert f"Yours reads {analysis.integrated_lufs:.1f} LUFS" in norm.text
    assert not (rate.suggestions or dither.suggestions or fmt.suggestions or norm.suggestions)


def test_a_part_named_is_not_a_delivery_question() -> None:
    assert not advise_rock("should i normalize the vocal before uploading").text.startswith("No: streaming")


@pytest.mark.parametrize("kind", list(FindingKind))
def test_every_finding_kind_a_listener_hears_has_a_reason_to_give(kind: FindingKind) -> None:
    """'why?' after a quiet master said "Because . How I know: ...": every kind but silence (nothing plays) and a
    clash (its reason names the covered part) says what it does to a listener."""
    from model.listener_impact import listener_impact

    if kind in (FindingKind.SILENCE, FindingKind.MASKING):
        return
    said = listener_impact(Finding(kind, 0.6, "x", {}, None))
    assert len(said.split()) >= 8, (kind, said)


def test_a_part_is_ranked_against_parts_not_buses_or_returns() -> None:
    """'is the vocal on top of the band?' and 'the loudest thing' rank parts: a drum bus or a reverb return summing
    other tracks is no part of its own (it read as "the loudest track" over a vocal that sits on top)."""
    from fakes.band_sessions import _track

    from model.focus import SessionView, understand
    from model.loudest_part import session_parts

    snap = rock_snapshot()
    snap = dataclasses.replace(
        snap, tracks=(*snap.tracks, _track(9, "Drum Bus", -8.0), _track(10, "Verb Return", -9.0))
    )
    focus = understand(classify("is the vocal on top of the band?"), SessionView(snap))
    names = [rt.name for rt in session_parts(focus)]
    assert names == ["Kick", "Snare", "Hats", "Bass", "Gtr L", "Gtr R", "Keys", "Lead Vox"]
    assert advise_rock("is the vocal the loudest thing?", snapshot=snap).text.startswith(
        "Yes: 'Lead Vox' is the loudest part"
    )
