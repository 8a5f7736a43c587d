"""A part asked about while the mix leans a way another part's level explains (issue 10), found by hand on a
rendered folk session with the fiddle 10 dB up: "and the piano?" was answered "Possibly: the mix leans a little
harsh ... that's the piano range ... dip 2.5 dB around 3.2 kHz on 'Piano'", though the harsh verdict's evidence
named the fiddle's level as its likely cause. An engineer moves the fiddle first."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding

from companion.context import Finding, FindingKind

GTR_LOUD = level_finding("Gtr L", "electric guitars", 10.0)


def harsh(explained_by: str | None) -> Finding:
    evidence: dict = {"center_hz": 3200.0}
    if explained_by:
        evidence["explained_by"] = explained_by
    return Finding(
        FindingKind.HARSH,
        0.55,
        "The mix is harsh. The upper mids (around 3.2 kHz): a build-up of 10 dB, like a broad EQ boost there.",
        evidence,
        None,
    )


def test_a_part_asked_about_gets_the_level_that_explains_the_mix_verdict_first():
    ans = advise_rock("are the keys harsh?", (GTR_LOUD, harsh("track_too_loud on 'Gtr L'")))
    assert ans.text.startswith("Not 'Keys' first: the mix is harsh."), ans.text
    assert "the level of 'Gtr L' may be why: 'Gtr L' sits about 10 dB louder" in ans.text, ans.text
    card = ans.suggestions[0]
    assert (card.track, card.action, card.params["delta_db"] < 0) == ("Gtr L", "nudge_volume_db", True)


def test_without_a_named_cause_the_part_keeps_its_own_tone_answer():
    ans = advise_rock("are the keys harsh?", (GTR_LOUD, harsh(None)))
    assert not ans.text.startswith("Not 'Keys' first"), ans.text
    # the cause named is the asked part's own level: its own answer, not "not first"
    keys_loud = level_finding("Keys", "keys", 10.0)
    ans = advise_rock("are the keys harsh?", (keys_loud, harsh("track_too_loud on 'Keys'")))
    assert not ans.text.startswith("Not 'Keys' first"), ans.text
