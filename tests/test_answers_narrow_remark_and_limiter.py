"""Two verdicts that contradicted their own numbers on real songs: "what's the stereo width like?" at correlation
0.95, width 0.03 (a narrow remark) got "Wide enough ... nothing piles up in the middle", and "should I use a
limiter on the master?" on a clipping mix at -14.6 LUFS got "No, it's already too loud"."""

from __future__ import annotations

import pytest
from fakes.analyses import clean
from fakes.band_sessions import context

from companion.context import Finding, FindingKind, StereoImage
from model.answer import compose

NEARLY_MONO = StereoImage(correlation=0.95, width=0.03, low_end_correlation=0.99, lr_balance_db=0.1)
NARROW_REMARK = Finding(FindingKind.NARROW, 0.15, "The image is nearly mono (correlation 0.95, width 0.03).")


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        (
            "whats the stereo width like",
            "On the narrow side: correlation 0.95, width 0.03 (0 is mono); most of it",
        ),
        ("is it too narrow?", "A little: correlation 0.95"),
        ("is it wide enough?", "Yes, just about: correlation 0.95"),
    ],
)
def test_a_narrow_remark_is_never_called_wide_enough(question: str, opening: str) -> None:
    ans = compose(context(question, None, clean(stereo=NEARLY_MONO), (NARROW_REMARK,)))
    assert ans.text.startswith(opening), ans.text
    assert "nothing piles up in the middle" not in ans.text and "not enough to call it a problem" in ans.text


def test_a_wide_mix_with_no_remark_is_still_wide_enough() -> None:
    ans = compose(context("whats the stereo width like", None, clean()))
    assert ans.text.startswith("Wide enough: correlation 0.70, width 0.20"), ans.text


def test_a_clipping_mix_asked_about_a_limiter_gets_yes_for_the_peaks() -> None:
    clip = Finding(
        FindingKind.CLIPPING,
        0.6,
        "54 clipped samples (flat tops at full scale, 1.8 per second).",
        {"clipped_samples": 54, "true_peak_dbtp": 0.2},
    )
    analysis = clean(integrated_lufs=-14.6, true_peak_dbtp=0.2, clipped_samples=54)
    ans = compose(context("should i use a limiter on the master?", None, analysis, (clip,)))
    assert ans.text.startswith("Yes, to catch the peaks, not to add loudness: 54 clipped samples"), ans.text
    assert "too loud" not in ans.text
