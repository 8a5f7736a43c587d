"""A question about the reference gets what the reference comparison found first (model.evidence.
against_reference_first), and "smaller than my reference" is a size complaint, answered from it."""

from __future__ import annotations

from fakes.band_sessions import advise_rock

from companion.context import Finding, FindingKind
from model.intent import classify

DC = Finding(
    FindingKind.DC_OFFSET,
    1.0,
    "There's a DC offset of -0.061 (full scale = 1): it wastes headroom and clicks at edits.",
    {"dc_offset": -0.061},
)
THIN = Finding(
    FindingKind.THIN,
    0.63,
    "The low end (below 160 Hz): 5.8 dB less than your reference (Snowy.ogg) at matched loudness; the mix sounds "
    "thin next to it.",
    {"compared_with": "your reference (Snowy.ogg)", "reference": "Snowy.ogg", "deviation_db": -5.8},
)


def test_a_question_about_the_reference_leads_with_the_comparison():
    text = advise_rock("how does it compare to my reference?", (DC, THIN)).text
    assert "5.8 dB less than your reference" in text.split(". ")[0], text
    assert "DC offset" in text  # still said, after it
    # a question that does not name the reference keeps the ranking: the worst problem first
    assert advise_rock("what do you hear?", (DC, THIN)).text.startswith(
        "First thing I notice: there's a DC offset"
    )


def test_smaller_than_the_reference_is_answered_from_the_low_end_not_the_dc_offset():
    assert classify("why does my mix sound smaller than the reference").complaint == "thin"
    assert classify("it sounds tinier than pro mixes").complaint == "thin"
    text = advise_rock("why does my mix sound smaller than the reference", (DC, THIN)).text
    assert text.startswith("Here's why: the low end (below 160 Hz): 5.8 dB less than your reference"), text
    assert "DC offset" not in text
