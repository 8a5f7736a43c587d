"""How the rules advisor reads shortened instrument kinds and cause guesses across turns, as rules an engineer would
state: "ac bass" is an acoustic bass (a bass), "e-gtr" an electric guitar, never a part called "ac"; "is my limiter
doing that?" guesses the limiter, and with nothing measured wrong the answer is about the limiter itself (the
master's numbers), never a fader move; a move the previous answer declined on the same measurement is not then
recommended; "are the drums boomy?" leads with the low end, not with a level the answer would leave alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, rock_snapshot, soul_snapshot

from companion.context import Finding, FindingKind, Fx, Turn
from model.declined_move import declined_before, without_declined
from model.guessed_cause import CAUSE_VERB, GUESS
from model.guessed_tool import guessed_tool
from model.intent import classify
from model.intent_spelling import normalise
from model.moves import fader
from model.phrasing import Answer
from model.rules import RulesAdvisor
from model.session_view import SessionView


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("the ac bass is too quiet?", "the acoustic bass is too quiet?"),
        ("is the ac gtr too loud", "is the acoustic guitar too loud"),
        ("is the ac. guitar too loud", "is the acoustic guitar too loud"),
        ("acc gtr too quiet?", "acoustic guitar too quiet?"),
        ("the a-gtr is harsh", "the acoustic guitar is harsh"),
        ("the e-gtr is harsh", "the electric guitar is harsh"),
        ("elec gtr too loud?", "electric guitar too loud?"),
        ("is the el. guitar buried", "is the electric guitar buried"),
        ("the e-bass is muddy", "the electric bass is muddy"),
        ("is a guitar too loud", "is a guitar too loud"),  # the article, not a kind
        ("the low e string buzzes", "the low e string buzzes"),
    ],
)
def test_a_shortened_kind_reads_as_the_word(said: str, read: str):
    assert normalise(said) == read


@pytest.mark.parametrize(
    ("question", "instruments"),
    [
        ("the ac bass is too quiet?", ("bass",)),
        ("is the acc. bass too loud", ("bass",)),
        ("is the ac gtr too loud", ("acoustic guitar",)),
        ("is the e-gtr too loud", ("guitar",)),
        ("is the acoustic too loud", ("acoustic guitar",)),
        ("is the acoustic piano too loud", ("piano",)),  # a piano's kind, not a guitar
        ("are the acoustic drums too loud", ("drums",)),
    ],
)
def test_a_kind_names_one_instrument(question: str, instruments: tuple[str, ...]):
    assert classify(question).instruments == instruments


def _soul(question: str, findings=(), history=()):
    return RulesAdvisor().advise(context(question, soul_snapshot(), clean(), tuple(findings), tuple(history)))


def test_the_ac_bass_is_the_bass_of_the_session():
    advice = _soul("the ac bass is too quiet?")
    assert "no ac" not in advice.text.lower()
    assert "'Bass'" in advice.text and advice.text.startswith("No:"), advice.text


@pytest.mark.parametrize(
    ("question", "guess"),
    [
        ("is my limiter doing that?", "limiter"),
        ("is the compressor causing this", "compressor"),
        ("could the reverb be behind it?", "reverb"),
        ("does the eq cause that?", "eq"),
        ("is the reverb making the vocal muddy?", "reverb"),
        ("so is the master limiter doing this", "master limiter"),
    ],
)
def test_a_cause_said_with_what_it_does_is_a_guess(question: str, guess: str):
    m = CAUSE_VERB.search(question)
    assert m is not None and m.group("guess") == guess
    assert GUESS.search(question)


@pytest.mark.parametrize(
    ("question", "tool"),
    [
        ("is my limiter doing that?", "limiting"),
        ("is the compressor causing that?", "compression"),
        ("is it the reverb?", "reverb"),
        ("could it be the delay?", "delay"),
        ("is it the kick?", None),  # a part guessed, not a plug-in
        ("what is the limiter doing?", None),  # asks what it does, guesses nothing
        ("should I add a limiter?", None),  # a move asked about
        ("is my limiter too much?", None),  # its amount, the amount route's question
    ],
)
def test_the_tool_guessed(question: str, tool: str | None):
    assert guessed_tool(question) == tool


BOOMY_LEAN = Finding(
    FindingKind.BOOMY,
    0.32,
    "The mix leans a little boomy. The low end (below 100 Hz): 7.8 dB heavier, like a low-shelf boost, against the "
    "usual shape of 122 real mixes we measured, more than 7 in 10 of them; act only if you hear it.",
    {"measure": "low_shelf_db", "range_hz": [20.0, 160.0]},
)


def _kick_remark(deviation_db: float = 5.5) -> Finding:
    """The kick a little loud, inside the spread real mixes show (a remark an answer leaves alone)."""
    return Finding(
        FindingKind.TRACK_TOO_LOUD,
        0.14,
        f"'Kick' sits about {deviation_db:.0f} dB louder against the rest of your tracks than kick drums do in 47 "
        "well-rated real mixes (MixologyDB).",
        {
            "role": "kick",
            "deviation_db": deviation_db,
            "typical_spread_db": [-9.0, 7.9],
            "suggested_delta_db": -3.0,
        },
        track="Kick",
    )


def test_boomy_drums_lead_with_the_low_end_not_a_level_left_alone():
    advice = advise_rock("are the drums too boomy?", (BOOMY_LEAN, _kick_remark()))
    assert advice.text.startswith("Maybe: the mix leans a little boomy."), advice.text
    assert "I'd leave it" not in advice.text and "7.8 dB heavier" in advice.text
    assert not any(s.action == "nudge_volume_db" for s in advice.suggestions)


KICK_12_LOUD = Finding(
    FindingKind.TRACK_TOO_LOUD,
    0.9,
    "'Kick' sits about 12 dB louder against your other drum mics than kick drums do in real mixes.",
    {"role": "kick", "deviation_db": 12.0, "typical_spread_db": [-9.0, 7.9], "suggested_delta_db": -6.0},
    track="Kick",
)


def test_a_real_boom_from_the_kick_is_still_a_yes():
    advice = advise_rock("are the drums too boomy?", (KICK_12_LOUD, BOOMY_LEAN))
    assert advice.text.startswith("Yes: 'Kick' sits about 12 dB louder"), advice.text
    assert advice.suggestions[0].track == "Kick" and advice.suggestions[0].params["delta_db"] == -6.0


def _follow_up(question: str, findings: tuple[Finding, ...], snapshot=None):
    first = "are the drums too boomy?"
    before = advise_rock(first, findings, snapshot=snapshot)
    history = (Turn("user", first), Turn("assistant", before.text))
    ctx = context(question, snapshot or rock_snapshot(), clean(), findings, history)
    return RulesAdvisor().advise(ctx)


def test_a_limiter_guessed_with_nothing_wrong_is_answered_from_the_master():
    advice = _follow_up("is my limiter doing that?", (BOOMY_LEAN, _kick_remark()))
    a = clean()
    assert advice.text.startswith("No: there's no limiter on your master"), advice.text
    assert (
        f"{a.integrated_lufs:.1f} LUFS" in advice.text
        and f"{a.plr_db:.1f} dB of peak-to-loudness" in advice.text
    )
    assert f"{a.true_peak_dbtp:.1f} dBTP" in advice.text and "leans a little boomy" in advice.text
    assert not advice.suggestions  # no fader move: nothing measured is wrong


def test_a_limiter_on_the_master_with_room_left_is_a_no():
    snap = rock_snapshot()
    snap = replace(snap, master=replace(snap.master, fx=(Fx(0, "ReaLimit (Cockos)", True, ()),)))
    advice = _follow_up("is the limiter causing that?", (BOOMY_LEAN, _kick_remark()), snapshot=snap)
    assert advice.text.startswith("No, not the limiter: the master measures -14.2 LUFS with 13.0 dB"), (
        advice.text
    )
    squashed = clean(plr_db=6.5)
    ctx = context("is my limiter doing that?", snap, squashed, (BOOMY_LEAN,), (Turn("user", "is it boomy?"),))
    assert RulesAdvisor().advise(ctx).text.startswith("Possibly: the master measures -14.2 LUFS with 6.5 dB")


def test_a_plugin_guessed_that_the_parts_do_not_carry():
    advice = _follow_up("is it the reverb?", (BOOMY_LEAN, _kick_remark()))
    assert advice.text.startswith("No: there's no reverb on 'Kick', 'Snare' and 'Hats' at all"), advice.text


def test_a_guess_over_a_measured_fault_keeps_the_fault():
    advice = _follow_up("is my limiter doing that?", (KICK_12_LOUD, BOOMY_LEAN))
    assert advice.text.startswith("Not first: 'Kick' sits about 12 dB louder"), advice.text
    assert advice.suggestions[0].track == "Kick"


def test_a_level_declined_before_is_not_moved_by_the_next_answer():
    remark = _kick_remark()
    names = {"Kick", "Snare"}
    said = f"No: {remark.summary} That's inside the range most well-rated mixes use, so I'd leave it."
    history = (Turn("user", "is the kick too loud?"), Turn("assistant", said))
    assert declined_before(history, (remark,), names) == {"Kick"}
    moved = _kick_remark(9.0)  # a new clip, another reading: the earlier decline no longer stands
    assert declined_before(history, (moved,), names) == set()
    assert declined_before((), (remark,), names) == set()
    kick = SessionView(rock_snapshot()).by_roles("kick")[0]
    move = fader(kick, -3.0, "it sits a little loud")
    ans = Answer(f"Not first: {remark.summary} {move.try_text} {move.check_text}", [move], remark)
    kept = without_declined(ans, names, {"Kick"})
    assert kept.moves == [] and move.try_text not in kept.text
    assert without_declined(ans, names).moves == [move]  # no earlier decline: the move stands
