"""'Is mine brighter than my reference?' is answered from the top end against the reference, either way (before, it
got the first reference finding, the low end). The number is the loudness-matched difference the companion puts in
the analysis (``reference_top_db``), the same mean the dull-against-reference verdict reads."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from fakes.analyses import clean
from fakes.band_sessions import context

from companion.listening.reference_compare import REMARK_DB, top_difference_db
from companion.listening.reference_track import reference_from_analysis
from model.rules import RulesAdvisor


def ask(question: str, top_db: float | None) -> str:
    extra = {"reference_track": "ref.wav", "reference_top_db": top_db}
    a = dataclasses.replace(clean(), extra={**clean().extra, **extra})
    return RulesAdvisor().advise(context(question, None, a, ())).text


@pytest.mark.parametrize(
    ("question", "top_db", "opening"),
    [
        (
            "is mine brighter than the reference?",
            -5.5,
            "No, darker: your top end (above 4.5 kHz) has 5.5 dB less",
        ),
        ("is my mix darker than the ref?", -5.5, "Yes: your top end (above 4.5 kHz) has 5.5 dB less"),
        ("is mine brighter than the reference?", 4.0, "Yes: your top end (above 4.5 kHz) has 4.0 dB more"),
        ("is it duller than my reference", 4.0, "No, brighter: your top end"),
        (
            "is mine brighter than the reference?",
            0.6,
            "No, about the same: your top end (above 4.5 kHz) has 0.6 dB more",
        ),
    ],
)
def test_the_top_end_against_the_reference_in_the_questions_terms(question: str, top_db: float, opening: str):
    text = ask(question, top_db)
    assert text.startswith(opening), text
    assert "than your reference (ref.wav) at matched loudness" in text, text


def test_without_a_reference_the_comparison_is_not_made_up():
    """It used to say "Yes. Honestly, nothing in the numbers needs fixing" to a comparison with nothing to compare."""
    text = RulesAdvisor().advise(context("is mine brighter than the reference?", None, clean(), ())).text
    assert text.startswith(
        "I have no reference track to compare with. Against real mixes, the whole mix's air"
    ), text
    assert "--reference" in text, text


def test_the_top_difference_is_zero_against_itself_and_signed():
    rng = np.random.default_rng(5)
    noise = rng.standard_normal((48000 * 8, 2)).astype(np.float32) * 0.1
    from scipy import signal

    from companion.listening.analysis import analyze

    a = analyze(noise, 48000)
    ref = reference_from_analysis(a, "self.wav")
    assert top_difference_db(a, ref) == pytest.approx(0.0, abs=0.01)
    shelf = signal.butter(2, 3000, "lowpass", fs=48000, output="sos")
    darker = analyze((noise + signal.sosfilt(shelf, noise, axis=0)).astype(np.float32), 48000)
    assert top_difference_db(darker, ref) < -REMARK_DB  # more low than top: darker, a negative number


def test_darker_than_pro_mixes_is_the_top_against_real_mixes():
    """ "pro mixes" are released music in general: what the verdicts compare with, so no reference is asked for."""
    from companion.context import Finding, FindingKind

    dull = Finding(FindingKind.DULL, 0.36, "The mix leans a little dull. The top end (4.5-10 kHz): falling 25.5 dB per "
                   "octave; act only if you hear it.", {"range_hz": [4500, 10000]})  # fmt: skip
    text = RulesAdvisor().advise(context("is mine darker than pro mixes?", None, clean(), (dull,))).text
    assert text.startswith("Yes: the mix leans a little dull. The top end (4.5-10 kHz): falling 25.5 dB"), (
        text
    )
    assert "--reference" not in text, text
