"""A whole-mix claim ("does it feel kinda empty?", "too busy?") is about the mix (issue 10), found by hand on
rendered sessions: after "the oohs too loud?" it was answered as a follow-up about the backing vocals, and on a
lean-only session it got "Yes, you're good", a yes to a question that asks whether something is wrong."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import advise_rock, context, level_finding, rock_snapshot

from companion.context import Finding, FindingKind, Turn
from model.intent import classify
from model.rules import RulesAdvisor

KEYS_QUIET = level_finding("Keys", "keys", -10.0)
LEAN = Finding(
    FindingKind.HARSH,
    0.35,
    "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up of 7 dB; act only if you hear it.",
    {"center_hz": 3200.0},
    None,
)
AFTER_A_PART = (
    Turn("user", "is the bass too loud?"),
    Turn("assistant", "No: nothing I measured says 'Bass' is too loud."),
)


def test_a_whole_mix_claim_after_a_part_question_is_about_the_mix_not_that_part():
    intent = classify("does it feel kinda empty", AFTER_A_PART)
    assert not intent.follow_up and not intent.instruments
    ctx = context("does it feel kinda empty", rock_snapshot(), clean(), (KEYS_QUIET,), AFTER_A_PART)
    answer = RulesAdvisor().advise(ctx)
    assert answer.text.startswith("Yes: 'Keys' sits about 10 dB quieter"), answer.text
    # a part named, or a bare pronoun with no claim, still follows the conversation
    assert classify("and the keys?", AFTER_A_PART).follow_up
    assert classify("why is it like that?", AFTER_A_PART).follow_up


def test_a_whole_mix_claim_on_a_lean_only_session_is_no_with_the_lean_at_most():
    for q in ("does it feel kinda empty", "is it too busy?", "mix sounds kinda sparse no?"):
        text = advise_rock(q, (LEAN,)).text
        assert text.startswith("No, nothing needs fixing. At most, the mix leans a little harsh."), (q, text)
    text = advise_rock("are we good?", (LEAN,)).text
    assert text.startswith("Yes, you're good: nothing needs fixing."), text
