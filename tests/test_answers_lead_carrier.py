"""A whole-mix tone complaint that the lead vocal's own level may be causing is answered about the lead first
(model/lead_carrier.py): the listening side marks the verdict ``explained_by`` the lead's level problem, and the
advisor says "set the vocal first, then listen again" instead of an EQ dip for the hole the vocal left. Found by
hand on rock seed 23 with the lead 10 dB down: "is the mix too harsh?" was answered with a 3 kHz dip."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind

LEAD_QUIET = level_finding("Lead Vox", "lead_vocal", -9.0)
HARSH = Finding(
    FindingKind.HARSH,
    0.54,
    "The upper mids (around 3.2 kHz): a build-up of 12.6 dB. The lead vocal 'Lead Vox' is too quiet, which can "
    "by itself make the rest of the mix read this way: fix the fader first, then listen again.",
    {"shape_center_hz": 3175.0, "explained_by": "track_too_quiet on 'Lead Vox'"},
)
HARSH_ALONE = Finding(
    FindingKind.HARSH,
    0.54,
    "The upper mids (around 3.2 kHz): a build-up of 12.6 dB.",
    {"shape_center_hz": 3175.0},
)


def test_a_harsh_verdict_the_quiet_lead_explains_is_answered_about_the_lead() -> None:
    for q in ("is the mix too harsh?", "why is my mix so harsh", "the mix sounds harsh, should i cut 3k?"):
        advice = advise_rock(q, (LEAD_QUIET, HARSH))
        assert "'Lead Vox' sits about 9 dB quieter" in advice.text.split(". ")[0], (q, advice.text)
        assert "That can be why the mix reads harsh" in advice.text, (q, advice.text)
        first = advice.suggestions[0]
        assert (first.action, first.track) == ("nudge_volume_db", "Lead Vox"), (q, advice.suggestions)
        assert first.params["delta_db"] > 0, (q, first.params)


def test_without_the_lead_named_as_its_cause_the_verdict_keeps_its_own_answer() -> None:
    advice = advise_rock("is the mix too harsh?", (LEAD_QUIET, HARSH_ALONE))
    assert "That can be why the mix reads harsh" not in advice.text, advice.text
