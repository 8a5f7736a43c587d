""" "Turned it up 3db, better?" while the track's fader reads what it read on the last clip: the change never reached
this playback (another track, or the clip played before the move), and the answer says so instead of only "the
same number as on the last clip"."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, level_finding, rock_snapshot, with_fader

from companion.context import EarlierClip
from model.answer_compare import CLAIMED_MOVE
from model.rules import RulesAdvisor


def _ask(question: str, after_fader: float):
    before = with_fader(rock_snapshot(), "Lead Vox", -12.0, -30.0)
    after = with_fader(rock_snapshot(), "Lead Vox", after_fader, -30.0 + (after_fader + 12.0))
    finding = level_finding("Lead Vox", "lead vocals", -8.4, -12.0)
    previous = EarlierClip("the vocal is getting lost", None, (finding,), before)
    return RulesAdvisor().advise(context(question, after, clean(), (finding,), (), previous))


def test_a_move_claimed_with_the_fader_unmoved_is_said() -> None:
    advice = _ask("turned the vocal up 3db, better?", -12.0)
    assert (
        "Its fader still reads -12.0 dB, as on the last clip, so the change you made isn't in this playback"
        in advice.text
    )
    assert "check it went on 'Lead Vox'" in advice.text


def test_a_moved_fader_gets_no_such_note() -> None:
    advice = _ask("turned the vocal up 3db, better?", -9.0)
    assert "isn't in this playback" not in advice.text
    assert "You moved its fader from -12.0 to -9.0 dB" in advice.text, advice.text


@pytest.mark.parametrize(
    ("question", "claims"),
    [("turned it up 3db, better?", True), ("i pulled the guitars back, any better", True),
     ("cut it by 2 db, did that help", True), ("is it better now?", False), ("did that help?", False)],
)  # fmt: skip
def test_what_counts_as_a_claimed_move(question: str, claims: bool) -> None:
    assert bool(CLAIMED_MOVE.search(question)) is claims
