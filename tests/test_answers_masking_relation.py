"""Whose fault a hidden part is (blind set 28, q2839 and q2842): a masking remark is not a clash, and a part
measured too loud that covers the vocal is what hides the words.

"Is the strumming overpowering me?" on a session whose guitar comes within 1 dB of the vocal in one band (a
remark under the problem line) is a no, said with how close they come, never "yes, they fight" with a dip.
"Why do the words get lost when the guitar kicks in?" / "the words get lost, is the guitar too loud?" with the
guitar 8 dB over and covering the vocal: yes, its fader, and the masking as what it hides; "... is the guitar
too quiet?" stays "no, the opposite"."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, guitar_masks_vocal, level_finding

from companion.context import Finding, FindingKind
from model.intent import classify
from model.quiet_of_other import own_complaint, quiet_of_other

NEAR = Finding(
    FindingKind.MASKING,
    0.1,
    "'Gtr L' covers 'Lead Vox' at 500 Hz-2 kHz, where 'Lead Vox' is strongest: 'Gtr L' is only 1 dB under "
    "'Lead Vox' there; dip 'Gtr L' about 3 dB around 1000 Hz (Q 0.7).",
    {"other_track": "Lead Vox", "range_hz": [500, 2000], "over_db": -0.9, "band": "mid", "dip_db": 3.0},
    track="Gtr L",
)
LOUD_GTR = level_finding("Gtr L", "electric guitars", 8.0, fader_db=-4.0)


def test_a_masking_remark_is_no_clash_and_says_how_close() -> None:
    for q in ("is the left guitar drowning out my vocal?", "is the left guitar fighting the vocal?"):
        advice = advise_rock(q, [NEAR])
        assert advice.text.startswith("No"), advice.text
        assert "comes within 1 dB of it: close, but not covering it" in advice.text
        assert "at 500 Hz-2 kHz, where 'Lead Vox' is strongest" in advice.text
        assert not advice.suggestions  # a remark asks for no move


def test_a_loud_part_covering_the_vocal_is_what_hides_the_words() -> None:
    found = [LOUD_GTR, guitar_masks_vocal()]
    for q in (
        "the words get lost, is the left guitar too loud?",
        "is the left guitar making my vocal hard to hear?",
    ):
        advice = advise_rock(q, found)
        assert advice.text.startswith("Yes:"), (q, advice.text)
        assert "That's also what hides 'Lead Vox'" in advice.text
        first = advice.suggestions[0]
        assert first.track == "Gtr L" and first.params["delta_db"] < 0
    opposite = advise_rock("the words get lost, is the left guitar too quiet?", found)
    assert opposite.text.startswith("No, the opposite:"), opposite.text
    why = advise_rock("why do the words get lost when the left guitar kicks in?", found)
    assert "That's also what hides 'Lead Vox'" in why.text and why.suggestions[0].track == "Gtr L"


def test_a_loud_claim_with_the_words_as_reason_is_a_loud_question() -> None:
    advice = advise_rock("is the left guitar too loud, i cant hear the words", [])
    assert advice.text.startswith("No"), advice.text
    assert "is too loud" in advice.text and "too low" not in advice.text


def test_whose_quiet() -> None:
    assert quiet_of_other(classify("the words get lost, is the guitar too loud?"))
    assert quiet_of_other(classify("is the guitar making my vocal hard to hear?"))
    assert not quiet_of_other(classify("is the guitar too quiet?"))
    assert not quiet_of_other(classify("the words get lost, is the guitar too quiet?"))
    loud_claim = classify("is the guitar too loud, i cant hear the words")
    assert own_complaint(loud_claim, "quiet") == "loud"
    assert own_complaint(classify("the words get lost, is the guitar too quiet?"), "quiet") == "quiet"
    # "buried" is said of the part hidden: the vocal's own quiet, not a loud claim on the bass (p782)
    assert own_complaint(classify("the vocals buried, shud i high pass the synth bass"), "quiet") == "quiet"
