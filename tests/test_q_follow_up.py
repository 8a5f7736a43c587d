""" "What Q for that dip?" after a dip was given was answered with the answer before again (the fader first, the
Q never said) or an EQ lesson. The width on the EQ card last given comes first, with that card."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import context, guitar_masks_vocal, rock_snapshot

from companion.context import Turn
from model.q_follow_up import Q_ASKED
from model.rules import RulesAdvisor


def _ask(question: str, before: str) -> tuple[str, object]:
    findings = (guitar_masks_vocal(),)
    advisor = RulesAdvisor()
    said = advisor.advise(context(before, rock_snapshot(), clean(), findings)).text
    history = (Turn("user", before), Turn("assistant", said))
    advice = advisor.advise(context(question, rock_snapshot(), clean(), findings, history))
    return advice.text, advice


def test_the_width_asked_is_the_dip_just_given() -> None:
    text, advice = _ask("what Q for that dip", "how do i make room for the vocal")
    assert text.startswith("Q 1.0, a medium one"), text
    card = advice.suggestions[0]  # type: ignore[attr-defined]
    assert card.action == "eq_band" and card.track == "Gtr L" and card.params["q"] == 1.0
    assert f"dip {abs(card.params['gain_db']):g} dB" in text


def test_width_words_are_read() -> None:
    assert Q_ASKED.search("how wide should the cut be") and Q_ASKED.search("which q?")
    assert not Q_ASKED.search("how wide is the mix") and not Q_ASKED.search("what frequency")
