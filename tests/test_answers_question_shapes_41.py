"""Blind set 32's four misses, each a family: "soupy" is a whole mix said to have too much in it (it opened
"On the mix:" with no verdict); "the backing vocals in the hook" is no move back ("backing ... in" read as
"rein it in", so a buried part got "No, the opposite:"), "can barely make out" is a part too quiet and "they to
low" a typo for "too low"; "glued together instead of like separate loops" asks for glue on the mix bus (it got
the low-end lean); "sparkly n expensive" asks for brightness (it got "It's fine:")."""

from __future__ import annotations

import pytest
from fakes.band_sessions import advise_rock, level_finding

from model.answer_quality import quality_of
from model.intent import classify
from model.intent_claim import mix_claim

KEYS_LOUD = level_finding("Keys", "keyboards", 10.0)
KEYS_QUIET = level_finding("Keys", "keyboards", -10.0)


@pytest.mark.parametrize(
    "question",
    ["does the whole track come across kinda soupy to u?", "it all sounds like soup", "is the mix overstuffed?",
     "everything feels crowded"],
)  # fmt: skip
def test_soupy_and_its_kin_say_the_mix_has_too_much_in_it(question: str) -> None:
    assert mix_claim(question) == "excess", question


def test_a_soupy_mix_with_a_part_too_loud_is_a_yes_with_that_fader() -> None:
    ans = advise_rock("does the whole track come across kinda soupy to u?", (KEYS_LOUD,))
    assert ans.text.startswith("Yes") and "'Keys'" in ans.text.split(". ")[0], ans.text
    assert ans.suggestions[0].track == "Keys" and ans.suggestions[0].params["delta_db"] < 0


@pytest.mark.parametrize(
    ("question", "complaint"),
    [
        ("can barely make out the bgvs in the hook, they to low?", "quiet"),
        ("the backing vocals in the chorus are lost", "quiet"),
        ("i can barely make out the vocal", "quiet"),
        ("they to low?", "quiet"),
        # a move back is still a move back
        ("should i be backing the keys off a bit", "loud"),
        ("rein in the bass?", "loud"),
    ],
)
def test_backing_vocals_in_a_section_are_no_move_back(question: str, complaint: str) -> None:
    assert classify(question).complaint == complaint, question


def test_buried_backing_vocals_in_the_hook_get_a_yes_and_a_raise() -> None:
    from fakes.band_sessions import soul_snapshot

    bgv = level_finding("Lead Vocal", "lead vocals", -10.0)
    ans = advise_rock(
        "can barely make out the vocal in the hook, it to low?", (bgv,), snapshot=soul_snapshot()
    )
    assert ans.text.startswith("Yes"), ans.text
    assert ans.suggestions[0].track == "Lead Vocal" and ans.suggestions[0].params["delta_db"] > 0


@pytest.mark.parametrize(
    "question",
    [
        "how do i make everything sound more glued together instead of like separate loops",
        "everything sounds like separate tracks, how do i fix it",
        "how do i make the mix more cohesive",
        "how do i get the whole song to gel together",
    ],
)
def test_a_mix_asked_to_hold_together_is_glue_on_the_bus(question: str) -> None:
    assert classify(question).technique == "compression", question
    ans = advise_rock(question)
    assert "glue on a bus" in ans.text, ans.text
    assert not ans.text.startswith(("Yes", "No", "It's fine")), ans.text


def test_glued_to_my_face_is_too_close_not_glue() -> None:
    assert classify("how do i get depth, not glued to my face").technique != "compression"


def test_glue_with_a_part_at_the_wrong_level_sets_the_fader_first() -> None:
    ans = advise_rock(
        "how do i make everything sound more glued together instead of like separate loops", (KEYS_LOUD,)
    )
    assert ans.suggestions[0].track == "Keys" and ans.suggestions[0].params["delta_db"] < 0, ans.text
    assert "Balance comes first" in ans.text, ans.text


@pytest.mark.parametrize(
    "question",
    ["how do i make my acoustic sound more sparkly n expensive", "make the vocal shimmery",
     "how do i get a glossy hi-fi top on the mix", "how do i make the mix sound more expensive"],
)  # fmt: skip
def test_sparkly_and_expensive_ask_for_brightness(question: str) -> None:
    q = quality_of(question)
    assert q is not None and q.name == "bright", question


def test_a_part_asked_to_sparkle_gets_a_top_end_move_not_its_fine() -> None:
    ans = advise_rock("how do i make the keys sound more sparkly n expensive")
    assert not ans.text.startswith("It's fine"), ans.text
    shelf = [s for s in ans.suggestions if s.action == "eq_band" and s.track == "Keys"]
    assert shelf and shelf[0].params["gain_db"] > 0 and shelf[0].params["freq_hz"] >= 2500, ans.text


def test_a_fault_asked_of_the_whole_mix_with_only_a_lean_gets_a_verdict_not_a_label() -> None:
    """'is the mix too busy?' on a mix with one whole-mix lean opened "On the mix:", answering no yes/no."""
    from fakes.analyses import clean
    from fakes.band_sessions import context, rock_snapshot

    from companion.context import Finding, FindingKind
    from model.rules import RulesAdvisor

    lean = Finding(
        FindingKind.BOOMY,
        0.35,
        "The mix leans a little boomy. The low end (below 100 Hz): 7.8 dB heavier than typical.",
        {"band": "bass", "deviation_db": 7.8},
    )
    ans = RulesAdvisor().advise(context("is the mix too busy?", rock_snapshot(), clean(), (lean,)))
    assert not ans.text.startswith("On the mix"), ans.text
    assert ans.text.startswith(("No", "Not")), ans.text
