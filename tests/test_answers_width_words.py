"""Width questions answered in their own words: "too narrow?" takes the opposite yes/no of "wide enough?", a
"how's the stereo image?" takes neither, and "how is the stereo field" judges the mix instead of teaching panning.
The measured narrow image comes from the real diagnosis of a nearly mono analysis."""

from __future__ import annotations

from fakes.analyses import clean
from fakes.band_sessions import advise_rock

from companion.analysis import diagnose
from companion.context import FindingKind, StereoImage


def _mono():
    analysis = clean(stereo=StereoImage(0.99, 0.005, 0.999, 0.0))
    narrow = tuple(f for f in diagnose(analysis) if f.kind is FindingKind.NARROW)
    assert narrow and narrow[0].severity >= 0.3
    return analysis, narrow


def test_width_with_nothing_narrow_answers_the_question_as_asked():
    assert advise_rock("is the mix wide enough?").text.startswith("Yes, it's wide enough: correlation"), (
        "enough"
    )
    for q in ("is it too narrow?", "does it sound too mono", "is the stereo field too narrow"):
        text = advise_rock(q).text
        assert text.startswith("No, it's wide enough: correlation"), (q, text)
    for q in ("how's the stereo image?", "how is the stereo field"):
        text = advise_rock(q).text
        assert text.startswith("Wide enough: correlation"), (q, text)


def test_width_with_a_narrow_mix_says_yes_to_too_narrow_and_no_to_wide_enough():
    analysis, narrow = _mono()
    assert advise_rock("is it too narrow?", narrow, analysis=analysis).text.startswith(
        "Yes: the image is nearly mono"
    )
    assert advise_rock("is it wide enough?", narrow, analysis=analysis).text.startswith(
        "No: the image is nearly mono"
    )
    said = advise_rock("how's the stereo image?", narrow, analysis=analysis).text
    assert said.startswith("It is narrow: the image is nearly mono (correlation 0.99"), said


def test_how_to_use_the_stereo_field_is_still_a_panning_lesson():
    text = advise_rock("how do i use the stereo field").text
    assert text.startswith("Panning spreads sounds left to right"), text


def test_a_spread_move_after_wide_enough_is_offered_as_an_option():
    """ "No, it's wide enough: ... Pan 'Keys' ..." read as a fix the verdict had just ruled out: the move is now an
    option, and after a heading that ends in a colon it goes on in lower case."""
    judged = advise_rock("is it too narrow?").text
    assert "wide enough" in judged and "If you want it wider: pan '" in judged, judged
    how = advise_rock("how do i make it wider").text
    assert how.startswith("It isn't narrow now") and "rather than more width: pan '" in how, how
