"""How much reverb or delay to use ("how much reverb should I add?", "how wet should the vocal verb be?"): no send
level is annotated anywhere, so the answer says how to set it by ear, on the part asked about, before the
settings engineers used; "how much reverb is on the snare?" stays a question about what the session has."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context, soul_snapshot

from companion.knowledge.techniques import technique
from model.rules import RulesAdvisor


def _ask(question: str) -> str:
    return RulesAdvisor().advise(context(question, soul_snapshot(), clean(), ())).text


def test_send_effects_carry_an_amount_said_by_ear() -> None:
    for name in ("reverb", "delay"):
        amount = technique(name).amount
        assert "{track}" in amount and "(common practice)" in amount and "back it off" in amount
    assert technique("compression").amount == ""  # its amount is measured (ratio, gain reduction)


@pytest.mark.parametrize(
    ("question", "part", "effect"),
    [
        ("how much reverb on the rhodes?", "'Rhodes'", "reverb"),
        ("how wet should the vocal verb be", "'Lead Vocal'", "reverb"),
        ("how much delay for the vocal", "'Lead Vocal'", "echoes"),
        ("how much reverb should i add?", "the part", "reverb"),
    ],
)
def test_how_much_leads_with_the_amount_on_the_part(question: str, part: str, effect: str) -> None:
    text = _ask(question)
    assert text.startswith(("Less than sounds right", "Tuck the repeats")), text
    assert f"around {part}" in text or f"after {part}" in text, text
    assert effect in text and "back it off" in text


def test_how_much_to_send_is_the_send_level_in_db() -> None:
    """A send asked about ("how much verb do i send the horns") is the send's level (``model.send_craft``), with the
    same set-by-ear rule after it."""
    text = _ask("how much verb do i send the horns")
    assert text.startswith("Start the send on 'Horns' around -12 to -18 dB (common practice)"), text
    assert "back it off 2-3 dB" in text and "'Horns' has no reverb and no sends" in text


def test_what_the_session_has_is_not_an_amount_to_use() -> None:
    text = _ask("how much reverb is on the horns")
    assert text.startswith("None: 'Horns' has no reverb"), text
    assert _ask("what is reverb?").startswith("Reverb puts a sound in a space")
