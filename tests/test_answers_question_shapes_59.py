"""Question shapes that lean on the answer before or ask two things: a bare "which one?" after a move names the
part that move was on (never "Better how, though: ..."), or "None" when nothing measures off."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot

from companion.context import Turn
from model.rules import RulesAdvisor
from model.which_one import WHICH_BARE

BASS_LOUD = level_finding("Bass", "basses", 10.0, fader_db=2.5)


def _then(first: str, then: str, findings=(BASS_LOUD,)):  # type: ignore[no-untyped-def]
    """The answer to ``first``, then to ``then`` asked right after it, on the rock session."""
    advisor = RulesAdvisor()
    said = advisor.advise(context(first, rock_snapshot(), clean(), tuple(findings)))
    history = (Turn("user", first), Turn("assistant", said.text))
    return said, advisor.advise(context(then, rock_snapshot(), clean(), tuple(findings), history))


# "which one?" after a move: the part it was on


@pytest.mark.parametrize(
    "asked",
    ["which one", "which one?", "what track", "wich one u mean", "ok which fader do i move", "which 1"],
)
def test_which_one_after_a_move_names_the_part_it_was_on(asked):
    said, ans = _then("whats wrong with my mix", asked)
    assert said.suggestions[0].track == "Bass"
    assert ans.text.startswith("It's 'Bass':"), ans.text
    assert "Better how" not in ans.text
    assert ans.suggestions and ans.suggestions[0].track == "Bass"
    assert ans.suggestions[0].params["delta_db"] < 0


def test_which_one_with_nothing_off_says_none():
    _, ans = _then("is my mix ok", "which one", findings=())
    assert ans.text.startswith("None:"), ans.text
    assert not ans.suggestions


@pytest.mark.parametrize(
    "asked", ["which eq", "which one is louder, kick or bass", "what frequency", "what?"]
)
def test_which_with_its_own_subject_is_not_a_bare_which(asked):
    assert not WHICH_BARE.search(asked)
