"""'Top 3 things?' with one thing measured off says the list is one long; with a second clear fault in the mix it
never says "just one" (the answer's word budget may have left the second out, but it is there)."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind

VOX_LOW = level_finding("Lead Vox", "lead vocals", -9.0, fader_db=-12.0)
HARSH = Finding(
    FindingKind.HARSH,
    0.6,
    "The mix sounds harsh. The upper mids (around 3.2 kHz): a build-up of 7.0 dB against the usual shape of real mixes.",
    {"band": "high_mid", "deviation_db": 7.0},
)


def test_a_list_asked_with_one_fault_says_just_one() -> None:
    advice = advise_rock("top 3 things?", (VOX_LOW,))
    assert advice.text.startswith("Just one thing stands out: 'Lead Vox'"), advice.text
    assert advice.suggestions[0].track == "Lead Vox"


def test_a_list_asked_with_a_second_fault_never_says_just_one() -> None:
    advice = advise_rock("top 3 things?", (VOX_LOW, HARSH))
    assert not advice.text.startswith("Just one thing"), advice.text
