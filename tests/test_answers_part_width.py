"""A width question about one part ("are the hats mono?", "is the kick in stereo?", "is the piano too wide?") is
answered from what the session shows (its pan, a widener or mono plug-in on it with its width setting), what
engineers did with that role in MixologyDB's real mixes, and what the mix alone cannot tell (whether the source is
stereo); never with the part's level."""

from __future__ import annotations

import dataclasses

import pytest
from fakes.band_sessions import advise_rock, rock_snapshot

from companion.context import Fx, FxParam
from companion.knowledge.priors import priors_table

WIDENER = Fx(1, "Stereo Width (JS)", True, (FxParam(0, "Width", 0.75, "150%"),))


def _with_fx(name: str, fx: Fx):
    snap = rock_snapshot()
    tracks = tuple(dataclasses.replace(t, fx=(*t.fx, fx)) if t.name == name else t for t in snap.tracks)
    return dataclasses.replace(snap, tracks=tracks)


@pytest.mark.parametrize("asked", ["are the hats mono?", "is the kick in stereo?", "is the keys too wide?",
                                   "is the snare wide enough?", "are the hats stereo or mono?"])  # fmt: skip
def test_a_width_question_is_never_a_level_answer(asked):
    text = advise_rock(asked).text
    assert "meter" not in text and "LUFS" not in text and "louder" not in text, text
    assert "can't tell" in text and "stereo source" in text, text  # what the mix alone cannot show


def test_the_session_facts_lead():
    text = advise_rock("are the hats mono?").text
    assert text.startswith("Yes, as far as the session shows: 'Hats' is panned 30% right, with no widener"), (
        text
    )
    n = priors_table()["roles"]["hihat"]["pan"]["n_mono"]
    assert f"every one of the {n} hi-hat tracks was mono" in text
    kick = advise_rock("is the kick in stereo?").text
    assert kick.startswith("No, not that the session shows: 'Kick' is centred (pan 0)"), kick


def test_a_widener_on_the_part_is_said_with_its_setting():
    snap = _with_fx("Keys", WIDENER)
    text = advise_rock("are the keys too wide?", snapshot=snap).text
    assert text.startswith("Possibly: 'Stereo Width' (width 150%) on 'Keys' spreads it"), text
    mono = advise_rock("are the keys mono?", snapshot=snap).text
    assert mono.startswith("No, not as the session has it"), mono


def test_should_it_be_stereo_is_what_engineers_did():
    text = advise_rock("should the snare be in stereo?").text
    pan = priors_table()["roles"]["snare"]["pan"]
    assert text.startswith(f"Not usually: in MixologyDB's real mixes {pan['n_mono']} of "
                           f"{pan['n_mono'] + pan['n_stereo']} snare tracks were mono."), text  # fmt: skip


def test_a_pan_question_keeps_the_pan_route():
    text = advise_rock("are the hats panned too wide?").text
    assert "stereo source" not in text, text


@pytest.mark.parametrize(
    ("asked", "word"), [("are the hats mono?", "hats"), ("is the kick in stereo?", "kick")]
)
def test_a_width_question_of_a_mix_file_says_what_it_cannot_show(asked, word):
    """With no session a part's width cannot be read: the answer says so, gives the whole mix's measured width
    (every part together), what engineers did with the role, and the check in REAPER; never a level or tone."""
    from fakes.analyses import clean
    from fakes.band_sessions import context

    from model.rules import RulesAdvisor

    a = clean()
    text = RulesAdvisor().advise(context(asked, None, a)).text
    assert text.startswith("I can't tell from the mix file alone"), text
    assert f"correlation {a.stereo.correlation:.2f}" in text and "MixologyDB" in text, text
    assert f"To check the {word}" in text and "LUFS" not in text, text
