"""A question about ONE part's level or place (issue 10) gets that part's verdict first, each a rule an engineer
would state: "how's the bass level" / "how's the vox sitting" / "where's the vocal sitting" is the part's level
verdict, never the whole mix's lean read as the part's fault; a whole-mix lean is put on a part only where the
part is strong (its meter's main bands), not in any area it has some energy in (a bass's string attack at 3 kHz
is no "bass range"); "hi hat ..." is the hi-hat, no greeting, so "hi hat is so sizzly n loud" is the hats' level."""

from __future__ import annotations

from fakes.band_sessions import advise_rock, level_finding, metered_rock, rock_snapshot

from companion.context import Finding, FindingKind
from model.intent import _parse
from model.intent_place_ask import asks_level_place

METERS = {  # the track meter's seven bands, dB FS: the bass strong from sub to low-mids, the vocal in the mids
    "Bass": {"sub": -22.0, "bass": -20.0, "low_mid": -23.0, "mid": -36.0, "high_mid": -45.0, "presence": -52.0,
             "air": -60.0},
    "Lead Vox": {"sub": -60.0, "bass": -40.0, "low_mid": -26.0, "mid": -21.0, "high_mid": -22.0, "presence": -24.0,
                 "air": -38.0},
}  # fmt: skip
HARSH = Finding(FindingKind.HARSH, 0.4, "The mix leans a little harsh. The upper mids (around 3.2 kHz): a build-up "
                "of 10.5 dB, like a broad EQ boost there.", {"center_hz": 3200.0, "range_hz": [2000.0, 4500.0]},
                None)  # fmt: skip


def test_the_level_or_place_is_read_from_how_and_where_questions():
    for q in ("how's the bass guitar level", "how's the lead vox sitting", "where's the vocal sitting",
              "how are the keys placed in the mix", "how does the snare sit?", "hows the bass level rn",
              "is the bass sitting right", "how is the organ volume"):  # fmt: skip
        assert asks_level_place(q), q
    for q in ("how's the snare", "how do I get the bass sitting right", "how do i fix the vocal level",
              "how should the bass sit", "what's the best level for a kick"):  # fmt: skip
        assert not asks_level_place(q), q


def test_a_parts_level_asked_gets_its_own_verdict_not_the_whole_mix_lean():
    for q in ("how's the bass guitar level", "how's the bass sitting", "where's the bass sitting in the mix"):
        ans = advise_rock(q, (HARSH,), snapshot=rock_snapshot())  # peak meters only: the role's areas decide
        assert ans.text.startswith("It's fine: nothing I measured says 'Bass' is out of line"), (q, ans.text)
        assert "that's the bass range" not in ans.text and not ans.suggestions, (q, ans.text)


def test_a_part_too_loud_asked_by_its_level_gets_the_fader_first():
    loud = (level_finding("Bass", "basses", 9.0), HARSH)
    ans = advise_rock("how's the bass level", loud)
    assert "'Bass' sits about 9 dB louder" in ans.text and not ans.text.startswith("It's fine"), ans.text
    assert ans.suggestions[0].track == "Bass" and ans.suggestions[0].action == "nudge_volume_db"


def test_a_lean_is_put_on_a_part_only_where_its_main_bands_are():
    bass = advise_rock("how's the bass", (HARSH,), snapshot=metered_rock(METERS))
    assert "that's the bass range" not in bass.text and bass.text.startswith("It's fine"), bass.text
    vox = advise_rock("how's the vocal", (HARSH,), snapshot=metered_rock(METERS))
    # fine on its own, the lean in its range "at most" (model.lean_part_opening), not a bare "Possibly:"
    assert (
        vox.text.startswith("Fine on its own; at most this:") and "that's the lead vocal range" in vox.text
    ), vox.text
    assert vox.suggestions[0].track == "Lead Vox"


def test_hi_hat_is_the_part_and_loud_said_of_it_is_its_level():
    intent = _parse("hi hat is so sizzly n loud, how to tame it")
    assert intent.instruments == ("hi-hat",) and intent.complaint == "loud" and not intent.about_master
    assert _parse("hi, is the snare ok").instruments == ("snare",)
    ans = advise_rock("hi hat is so sizzly n loud, how to tame it", (level_finding("Hats", "hi-hats", 10.0),))
    assert "LUFS" not in ans.text and "'Hats'" in ans.text, ans.text
    assert ans.suggestions[0].track == "Hats" and ans.suggestions[0].action == "nudge_volume_db"


def test_a_level_asked_right_now_with_nothing_before_is_its_state_not_a_comparison():
    from model.intent import Wants, classify

    assert classify("how's the kick level rn").wants == Wants.JUDGE
    assert classify("how's the bass sitting right now?").wants == Wants.JUDGE
    assert classify("did that help?").wants == Wants.BETTER  # nothing to judge but the change
    ans = advise_rock("how's the bass level right now", (level_finding("Bass", "basses", 9.0),))
    assert "earlier clip" not in ans.text and "'Bass' sits about 9 dB louder" in ans.text, ans.text
    assert (
        classify("turned down the snare, hows the balance now").wants == Wants.BETTER
    )  # a move said: compare
